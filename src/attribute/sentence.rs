//! A speech cue elsewhere in the quotation's sentence: the verb that
//! governs a partial quote (`Nuland insisted Kerry was “relaxed”`, `one
//! reporter asked Nuland whether Kerry had found his “missing in action”
//! counterpart`, `what she said was a Russian effort to “re-Sovietize”`).
//! The nearest verb before the quotation wins; failing that, the nearest
//! after it.

use super::subject::clause_subject;
use super::{Context, Found};
use crate::speaker::mention::subject_before;

pub fn find(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.start);
    let toks = ctx.toks(s);
    let open = ctx.token_at(s, quote.outer.start);
    let close = ctx.token_at(s, quote.outer.end);
    let before = (0..open).rev().filter(|&v| ctx.is_cue(s, v));
    let after = (close..toks.len()).filter(|&v| ctx.is_cue(s, v));
    for v in before.chain(after) {
        let participle = ctx.word(s, v).ends_with("ing")
            || v > 0 && (toks[v - 1].is(ctx.text, ',') || ctx.word(s, v - 1) == "and");
        let subject = subject_before(toks, ctx.text, v)
            .filter(|m| !ctx.inside_quote(m.span.start))
            .or_else(|| participle.then(|| clause_subject(ctx, s, 0, v)).flatten());
        if let Some(m) = subject {
            return Some(Found {
                mention: m,
                cue: toks[v].span,
                rule: "sentence-cue",
            });
        }
    }
    None
}
