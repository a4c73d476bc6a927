//! Reported speech (`indirect`): `CLAUSE, X said.`, `X said (that)
//! CLAUSE.`, `X told Y (that) CLAUSE.`, `According to X, CLAUSE.`, `X asked
//! Y whether CLAUSE.` — the clause span with its speaker.

use super::{Context, Found};
use crate::document::Quote;

/// Reported clauses of the document with what attributes them.
pub fn find(_ctx: &Context) -> Vec<(Quote, Found)> {
    Vec::new()
}
