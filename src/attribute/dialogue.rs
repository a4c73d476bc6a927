//! Dialogue in fiction: a paragraph that is only a quotation, with no cue,
//! is the next turn of a conversation, so it goes to the speaker of the
//! turn before the previous one (`A: "…" B: "…" A: "…"`).

use super::Context;
use super::paragraph::quote_only_paragraph;

/// Does the text read like fiction? Inverted cues (`said he`, `cried
/// Mrs. Welland`) and many quote-only paragraphs mark dialogue.
pub fn is_fiction(ctx: &Context) -> bool {
    let quotes = &ctx.analysis.quotes;
    if quotes.len() < 8 {
        return false;
    }
    let text = ctx.text;
    let past_tense_he_she = ["said he", "said she", "cried", "exclaimed", "returned", "rejoined", "replied he", "replied she"];
    let inverted = past_tense_he_she.iter().map(|p| text.matches(p).take(50).count()).sum::<usize>();
    inverted * 40 >= quotes.len()
}

/// The speaker two turns back, when the previous turn is the quotation
/// just before and its speaker differs.
pub fn find(ctx: &Context, i: usize, entity: &[Option<usize>]) -> Option<(usize, &'static str)> {
    let quotes = &ctx.analysis.quotes;
    if !quote_only_paragraph(ctx, i) {
        return None;
    }
    let prev = i.checked_sub(1)?;
    let before = prev.checked_sub(1)?;
    let (a, b) = (entity[before]?, entity[prev]?);
    let q = &quotes[i];
    let consecutive = quotes[prev].paragraph + 1 == q.paragraph && quotes[before].paragraph < quotes[prev].paragraph;
    (consecutive && a != b).then_some((a, "alternation"))
}
