//! `whosaid report` (and `extract -f html`): the HTML report of all inputs.

use std::io::Write;

use whosaid::output::html::{self, ReportDocument};

use crate::args::InputArgs;
use crate::run::{self, Outcome};

pub fn run(args: &InputArgs) -> anyhow::Result<Outcome> {
    // The page needs every document (the index comes first), so they are
    // gathered before anything is written.
    let mut docs = Vec::new();
    let outcome = run::for_each_document(
        args,
        run::threads(args),
        |doc| match doc {
            Ok(s) => ReportDocument::new(&s.id, &s.text, &whosaid::analyze(&s.text)),
            Err(e) => ReportDocument::failed(e.document_id(), e.to_string()),
        },
        |d| {
            docs.push(d);
            Ok(())
        },
    )?;
    let mut out = run::output(args)?;
    out.write_all(html::render(&docs).as_bytes())?;
    out.flush()?;
    Ok(outcome)
}
