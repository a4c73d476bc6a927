//! A speech cue elsewhere in the quotation's sentence: the verb that
//! governs a partial quote (`Nuland insisted Kerry was “relaxed”`, `one
//! reporter asked Nuland whether Kerry had found his “missing in action”
//! counterpart`, `what she said was a Russian effort to “re-Sovietize”`).
//! The nearest verb before the quotation wins; failing that, the nearest
//! after it.

use super::subject::clause_subject;
use super::{Context, Found};

/// The most tokens between the quotation and its governing verb, and
/// between the verb and the subject of its clause.
const REACH: usize = 40;

pub fn find(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.start);
    let toks = ctx.toks(s);
    let open = ctx.token_at(s, quote.outer.start);
    let close = ctx.token_at(s, quote.outer.end);
    let before = (open.saturating_sub(REACH)..open)
        .rev()
        .filter(|&v| ctx.is_cue(s, v));
    let after = (close..toks.len().min(close + REACH)).filter(|&v| ctx.is_cue(s, v));
    let mut fallback: Option<Found> = None;
    for v in before.chain(after) {
        // `…, said Ana Ruiz, a pollster.`: after a comma, a verb with its
        // speaker after it.
        if let Some(m) = super::subject::inverted_speaker(ctx, s, v) {
            return Some(Found {
                mention: m,
                cue: toks[v].span,
                rule: "sentence-cue",
            });
        }
        let participle = ctx.word(s, v).ends_with("ing")
            || v > 0 && (toks[v - 1].is(',') || ctx.word(s, v - 1) == "and");
        let subject = ctx
            .subject_before(s, v)
            .filter(|m| !ctx.inside_quote(m.span.start))
            .or_else(|| {
                // (Past an opening adjunct: `Speaking to supporters after
                // the state’s Republican primary, Cruz said …, adding`.)
                let from = v
                    .saturating_sub(REACH)
                    .max(super::reported::main_clause_start(ctx, s, v));
                participle
                    .then(|| clause_subject(ctx, s, from, v))
                    .flatten()
            });
        if let Some(m) = subject {
            let found = Found {
                mention: m,
                cue: toks[v].span,
                rule: "sentence-cue",
            };
            // `Ryan said the spate of shootings and protests demands that
            // all Americans engage in “more listening”`: a verb whose
            // subject is no one reports for the speaker of a verb before
            // it.
            if v < open && !found.mention.is_person_like(ctx.text) {
                fallback.get_or_insert(found);
                continue;
            }
            return Some(found);
        }
    }
    fallback
}
