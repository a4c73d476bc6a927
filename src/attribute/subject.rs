//! The subject of a clause: the first person named or pronoun that stands
//! before a verb, outside quotations. Used when a speech verb has no subject
//! right before it (`she turned, threw herself into the sofa, and sighed
//! out: “…”`, `protesters interrupted her speech, shouting “…”`) and for
//! the narration around a quotation (`Syme struck his hands together.`).

use super::Context;
use crate::lexicon;
use crate::speaker::mention::{Mention, MentionKind};
use crate::token::TokenKind;

/// Is token `i` of sentence `s` a lower-case word (a verb may follow a
/// subject)?
fn lower_word(ctx: &Context, s: usize, i: usize) -> bool {
    ctx.tokens[s]
        .get(i)
        .is_some_and(|t| t.is_word() && t.text(ctx.text).starts_with(|c: char| c.is_lowercase()))
}

/// The first subject in tokens `from..to` of sentence `s`.
pub fn clause_subject(ctx: &Context, s: usize, from: usize, to: usize) -> Option<Mention> {
    let toks = &ctx.tokens[s];
    let to = to.min(toks.len());
    let names: Vec<Mention> = ctx
        .names(s, to)
        .into_iter()
        .filter(|m| {
            m.kind != MentionKind::Organisation
                && m.tokens.0 >= from
                && !ctx.inside_quote(m.span.start)
        })
        .collect();
    for (i, t) in toks.iter().enumerate().take(to).skip(from) {
        if t.kind == TokenKind::Quote || ctx.inside_quote(t.span.start) || !t.is_word() {
            continue;
        }
        let w = t.text(ctx.text).to_lowercase();
        if let Some((gender, plural)) = lexicon::pronoun(&w)
            && matches!(w.as_str(), "he" | "she" | "they" | "i" | "we")
            && lower_word(ctx, s, i + 1)
        {
            return Some(Mention {
                kind: MentionKind::Pronoun,
                span: t.span,
                name: t.span,
                role: None,
                title: None,
                gender,
                plural,
                tokens: (i, i + 1),
            });
        }
        if let Some(m) = names.iter().find(|m| m.tokens.0 == i)
            && lower_word(ctx, s, m.tokens.1)
            && !matches!(
                ctx.word(s, m.tokens.1).as_ref(),
                "of" | "and" | "in" | "at" | "to" | "for"
            )
        {
            return Some(m.clone());
        }
    }
    None
}

/// Every subject in tokens `from..to` of sentence `s`, in order: each
/// personal pronoun or name outside quotations that a lower-case word
/// follows.
pub fn subjects(ctx: &Context, s: usize, from: usize, to: usize) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = from;
    while let Some(m) = clause_subject(ctx, s, i, to) {
        i = m.tokens.1;
        out.push(m);
    }
    out
}

/// The personal pronouns `he`, `she` and `they` of sentence `s` outside
/// quotations: mentions that keep a person salient.
pub fn pronouns(ctx: &Context, s: usize) -> Vec<Mention> {
    ctx.tokens[s]
        .iter()
        .enumerate()
        .filter(|(_, t)| t.is_word() && !ctx.inside_quote(t.span.start))
        .filter_map(|(i, t)| {
            let w = t.text(ctx.text).to_lowercase();
            let (gender, plural) = lexicon::pronoun(&w)?;
            matches!(w.as_str(), "he" | "she" | "they").then_some(Mention {
                kind: MentionKind::Pronoun,
                span: t.span,
                name: t.span,
                role: None,
                title: None,
                gender,
                plural,
                tokens: (i, i + 1),
            })
        })
        .collect()
}
