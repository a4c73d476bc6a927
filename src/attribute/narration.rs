//! The narration around a quotation without a cue: the last person named
//! or referred to as the subject of a clause before the quotation in its
//! paragraph (`Syme struck his hands together. “How true that is!”`), or
//! failing that the first after it (`“No.” Poirot looked round the room.`).
//! Only the sentences near the quotation are read (`WINDOW` each way), so
//! a paragraph of many quotations costs no more per quotation than a short
//! one.

use super::subject::subjects;
use super::{Context, Found};
use crate::span::Span;
use crate::token::Token;

/// Sentences read before and after the quotation's own.
const WINDOW: usize = 3;

/// Tokens read of a sentence, on the quotation's side of it.
const NEAR_TOKENS: usize = 60;

pub fn find(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let para = ctx.sentences_of(quote.paragraph);
    let first = ctx.analysis.sentence_at(quote.outer.start);
    let last = ctx.analysis.sentence_at(quote.outer.end.saturating_sub(1));
    let sentences = first.saturating_sub(WINDOW).max(para.start)..(last + WINDOW + 1).min(para.end);
    let mut before = None;
    let mut after = None;
    for s in sentences {
        // Within a sentence too, only the words near the quotation.
        let n = ctx.toks(s).len();
        let from = if s == first {
            ctx.token_at(s, quote.outer.start)
                .saturating_sub(NEAR_TOKENS)
        } else if s < first {
            n.saturating_sub(NEAR_TOKENS)
        } else {
            0
        };
        let to = if s == last {
            (ctx.token_at(s, quote.outer.end) + NEAR_TOKENS).min(n)
        } else if s > last {
            NEAR_TOKENS.min(n)
        } else {
            n
        };
        for m in subjects(ctx, s, from, to) {
            if m.span.end <= quote.outer.start {
                before = Some(m);
            } else if m.span.start >= quote.outer.end && after.is_none() {
                after = Some(m);
            }
        }
    }
    let m = before.or(after)?;
    let cue = m.span;
    Some(Found {
        mention: m,
        cue,
        rule: "narration",
    })
}

/// The subject of the clause that runs into quotation `q` through a comma
/// or colon in its own sentence (`Sanders shot back, “…”`): the speaker
/// whatever the verb, before any other quotation of the paragraph.
pub fn lead_in(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let before = ctx.text[..quote.outer.start].trim_end();
    if !(before.ends_with(',') || before.ends_with(':')) {
        return None;
    }
    let s = ctx.analysis.sentence_at(quote.outer.start);
    let to = ctx.token_at(s, quote.outer.start);
    let m = subjects(ctx, s, 0, to)
        .into_iter()
        .rfind(|m| m.span.end <= quote.outer.start)?;
    // The cue is the predicate between the subject and the comma (`shot
    // back`).
    let toks = ctx.toks(s);
    let words: Vec<&Token> = toks
        .get(m.tokens.1..to.min(toks.len()))
        .unwrap_or_default()
        .iter()
        .filter(|t| t.is_word())
        .collect();
    let cue = match (words.first(), words.last()) {
        (Some(a), Some(b)) => Span::new(a.span.start, b.span.end),
        _ => m.span,
    };
    Some(Found {
        mention: m,
        cue,
        rule: "narration",
    })
}
