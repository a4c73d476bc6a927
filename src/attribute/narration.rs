//! The narration around a quotation without a cue: the last person named
//! or referred to as the subject of a clause before the quotation in its
//! paragraph (`Syme struck his hands together. “How true that is!”`), or
//! failing that the first after it (`“No.” Poirot looked round the room.`).

use super::subject::subjects;
use super::{Context, Found};

pub fn find(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let para = quote.paragraph;
    let sentences = ctx.sentences_of(para);
    let mut before = None;
    let mut after = None;
    for s in sentences {
        for m in subjects(ctx, s, 0, ctx.toks(s).len()) {
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
