//! A speech cue elsewhere in the quotation's sentence: the verb that
//! governs a partial quote (`Nuland insisted Kerry was “relaxed”`, `one
//! reporter asked Nuland whether Kerry had found his “missing in action”
//! counterpart`, `what she said was a Russian effort to “re-Sovietize”`).
//! The nearest verb before the quotation wins; failing that, the nearest
//! after it.

use super::{Context, Found};
use crate::speaker::mention::subject_before;

pub fn find(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.start);
    let toks = &ctx.tokens[s];
    let open = ctx.token_at(s, quote.outer.start);
    let close = ctx.token_at(s, quote.outer.end);
    let before = (0..open).rev().filter(|&v| ctx.is_cue(s, v));
    let after = (close..toks.len()).filter(|&v| ctx.is_cue(s, v));
    for v in before.chain(after) {
        if let Some(m) = subject_before(toks, ctx.text, v)
            && !ctx.inside_quote(m.span.start)
        {
            return Some(Found { mention: m, cue: toks[v].span, rule: "sentence-cue" });
        }
    }
    None
}
