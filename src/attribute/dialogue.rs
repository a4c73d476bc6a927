//! Dialogue in fiction: paragraphs that are only a quotation, with no cue,
//! are turns of a conversation. Turns alternate between two speakers, and a
//! person addressed by name in one turn (`Have you gone to sleep, Loo?`)
//! usually speaks the next.

use super::Context;
use super::paragraph::quote_only_paragraph;
use crate::lexicon;
use crate::span::Span;
use crate::speaker::roster::Roster;
use crate::token::{Token, TokenKind};

/// Does the text read like fiction? Inverted cues (`said he`, `cried
/// Mrs. Welland`) mark dialogue in novels.
pub fn is_fiction(ctx: &Context) -> bool {
    let quotes = &ctx.analysis.quotes;
    if quotes.len() < 8 {
        return false;
    }
    let needed = quotes.len().div_ceil(150);
    lexicon::fiction_cues(ctx.text, needed) >= needed
}

/// A turn: the paragraph, its first speech quotation, and its speaker.
struct Turn {
    paragraph: usize,
    quote: usize,
    speaker: Option<usize>,
    /// Whom the turn addresses by name.
    addressee: Option<usize>,
    /// Only a quotation, so alternation may give it a speaker.
    open: bool,
    /// The person acting in the narration paragraph just before the turn
    /// (`Japp closed one eye knowingly.`), who often speaks next.
    actor: Option<usize>,
}

/// The last subject of the last sentence of paragraph `p - 1` when it is
/// narration (no quotation), as a person of the roster.
fn actor_before(ctx: &Context, roster: &Roster, p: usize) -> Option<usize> {
    let prev = p.checked_sub(1)?;
    if !ctx.quotes_of(prev).is_empty() {
        return None;
    }
    let s = ctx.sentences_of(prev).last()?;
    super::subject::subjects(ctx, s, 0, ctx.toks(s).len())
        .last()
        .and_then(|m| roster.entity_at(m.span.start))
}

/// Names addressed in a quotation (vocatives): a name word next to a comma
/// at its start or end, or before its final punctuation (`No, Tom.`, `Loo,
/// come here`, `And no mistake, Mr. Poirot!`). Each is the title (when
/// there is one) and the name word.
pub fn vocatives(ctx: &Context, q: usize) -> Vec<(Option<Span>, Span)> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.span.start);
    let last = ctx.analysis.sentence_at(quote.span.end.saturating_sub(1));
    let mut out = Vec::new();
    for si in s..=last {
        let toks = ctx.toks(si);
        // Only the quotation's own tokens.
        let from = ctx.token_at(si, quote.span.start);
        let to = ctx.token_at(si, quote.span.end);
        for (i, t) in toks.iter().enumerate().take(to).skip(from) {
            if !t.is_capitalized(ctx.text) || !quote.span.contains(t.span) {
                continue;
            }
            let before = i.checked_sub(1).map(|k| &toks[k]);
            let after = toks.get(i + 1);
            let edge = |x: Option<&Token>| {
                x.is_none_or(|x| {
                    x.kind == TokenKind::Quote
                        || [',', '?', '!', '.', ';'].iter().any(|&c| x.is(ctx.text, c))
                })
            };
            let title = before
                .filter(|b| lexicon::is_abbreviated_title(b.text(ctx.text).trim_end_matches('.')));
            let before_ok = edge(before) || title.is_some() && i >= 2 && edge(toks.get(i - 2));
            let word = t.text(ctx.text).trim_end_matches('.');
            // A comma beside the name, or a title before it: `Tcha!` alone
            // is an interjection, `No, Tom.` and `Mr. Poirot!` address.
            let comma = |x: Option<&Token>| x.is_some_and(|x| x.is(ctx.text, ','));
            let before_title = if title.is_some() {
                i.checked_sub(2).map(|k| &toks[k])
            } else {
                before
            };
            if before_ok
                && edge(after)
                && (title.is_some() || comma(before_title) || comma(after))
                && before.is_some_and(|b| !b.is(ctx.text, '.') || title.is_some())
                && !lexicon::is_not_name(word)
                && !lexicon::is_title(word)
                && !ctx.is_common(&word.to_lowercase())
            {
                let name = crate::Span::new(t.span.start, t.span.start + word.len());
                out.push((title.map(|t| t.span), name));
            }
        }
    }
    out
}

/// The known person a quotation addresses by name.
pub fn addressee(ctx: &Context, roster: &Roster, q: usize) -> Option<usize> {
    vocatives(ctx, q)
        .into_iter()
        .find_map(|(_, name)| roster.lookup(name.slice(ctx.text).trim_end_matches("’s")))
}

/// The name a first-person narrator is addressed by: the name most often
/// addressed (twice at least) in the turns just before and after the
/// narrator's own, as title and name (`Mr.`, `Hastings`).
pub fn narrator_name(
    ctx: &Context,
    entity: &[Option<usize>],
    narrator: usize,
) -> Option<(Option<String>, String)> {
    let quotes = &ctx.analysis.quotes;
    let mut counts: std::collections::HashMap<(Option<String>, String), usize> =
        std::collections::HashMap::new();
    for (q, quote) in quotes.iter().enumerate() {
        if entity[q] != Some(narrator) {
            continue;
        }
        let near = quotes.iter().enumerate().filter(|(j, other)| {
            entity[*j] != Some(narrator) && other.paragraph.abs_diff(quote.paragraph) == 1
        });
        for (j, _) in near {
            for (title, name) in vocatives(ctx, j) {
                let key = (
                    title.map(|t| t.slice(ctx.text).to_string()),
                    name.slice(ctx.text).to_string(),
                );
                *counts.entry(key).or_default() += 1;
            }
        }
    }
    counts
        .into_iter()
        .filter(|(_, n)| *n >= 2)
        .max_by(|a, b| a.1.cmp(&b.1).then_with(|| b.0.cmp(&a.0)))
        .map(|(k, _)| k)
}

/// Speakers for the quote-only turns of conversations, by alternation and
/// address: `(quotation, speaker)` pairs.
pub fn assign(ctx: &Context, roster: &Roster, entity: &[Option<usize>]) -> Vec<(usize, usize)> {
    let quotes = &ctx.analysis.quotes;
    let mut turns: Vec<Turn> = Vec::new();
    for (q, quote) in quotes.iter().enumerate() {
        if !quote.kind.is_speech() || quote.kind == crate::Kind::Indirect {
            continue;
        }
        match turns.last_mut() {
            Some(t) if t.paragraph == quote.paragraph => {
                if t.speaker.is_none() {
                    t.speaker = entity[q];
                }
                if t.addressee.is_none() {
                    t.addressee = addressee(ctx, roster, q);
                }
            }
            _ => turns.push(Turn {
                paragraph: quote.paragraph,
                quote: q,
                speaker: entity[q],
                addressee: addressee(ctx, roster, q),
                open: entity[q].is_none() && quote_only_paragraph(ctx, q),
                actor: actor_before(ctx, roster, quote.paragraph),
            }),
        }
    }
    let mut out = Vec::new();
    // Conversations: runs of turns in consecutive paragraphs.
    let mut start = 0;
    while start < turns.len() {
        let mut end = start + 1;
        while end < turns.len() && continues(ctx, turns[end - 1].paragraph, turns[end].paragraph) {
            end += 1;
        }
        // The people the narration just before the conversation mentions:
        // one of them is often the party no turn names yet.
        let others = turns[start]
            .paragraph
            .checked_sub(1)
            .and_then(|p| ctx.analysis.paragraphs.get(p))
            .map(|p| roster.mentioned_in(*p))
            .unwrap_or_default();
        let conv = &mut turns[start..end];
        for _ in 0..2 {
            fill(conv, &others, &mut out, true);
            fill(conv, &others, &mut out, false);
        }
        start = end;
    }
    out
}

/// Does the turn in paragraph `b` carry on the conversation of the turn in
/// paragraph `a`? It does right after it, or after one short paragraph of
/// narration (`She hesitated and stopped.`).
fn continues(ctx: &Context, a: usize, b: usize) -> bool {
    b == a + 1
        || b == a + 2
            && ctx.analysis.paragraphs[a + 1].len() <= SHORT_NARRATION
            && ctx.quotes_of(a + 1).is_empty()
}

/// The longest paragraph of narration (bytes) that keeps a conversation
/// going between two turns.
const SHORT_NARRATION: usize = 300;

/// One pass over a conversation, forwards or backwards, giving open turns
/// the speaker that alternation or address implies.
fn fill(conv: &mut [Turn], others: &[usize], out: &mut Vec<(usize, usize)>, forward: bool) {
    let n = conv.len();
    for k in 0..n {
        let i = if forward { k } else { n - 1 - k };
        if !conv[i].open || conv[i].speaker.is_some() {
            continue;
        }
        let near = |d: isize| -> Option<&Turn> {
            let j = if forward {
                i as isize - d
            } else {
                i as isize + d
            };
            (j >= 0 && (j as usize) < n).then(|| &conv[j as usize])
        };
        let prev = near(1);
        let prev2 = near(2);
        let mut guess = conv[i].actor;
        if guess.is_none()
            && forward
            && let Some(p) = prev
            && let Some(a) = p.addressee
            && Some(a) != p.speaker
        {
            guess = Some(a);
        }
        if guess.is_none()
            && let (Some(p), Some(p2)) = (prev, prev2)
            && let (Some(a), Some(b)) = (p.speaker, p2.speaker)
            && a != b
        {
            guess = Some(b);
        }
        // The other party: the last speaker before the previous turn who
        // is not its speaker.
        if guess.is_none()
            && let Some(a) = prev.and_then(|p| p.speaker)
        {
            guess = (2..n as isize)
                .filter_map(near)
                .filter_map(|t| t.speaker)
                .find(|&b| b != a)
                .or_else(|| others.iter().copied().find(|&b| b != a));
        }
        if let Some(g) = guess
            && Some(g) != conv[i].addressee
        {
            conv[i].speaker = Some(g);
            out.push((conv[i].quote, g));
        }
    }
}
