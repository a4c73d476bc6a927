//! Quotations without a cue of their own take a speaker from around them:
//! another attributed quotation of the same paragraph (`“A.” “B,” she
//! said.`), the paragraph before that introduces them with a colon
//! (`Kasich said:` then the quotation), or, in news, the speaker of the
//! quotation in the paragraph before (a quote-only paragraph continues).

use super::Context;
use crate::document::Attribution;
use crate::quote::Kind;

/// Is quotation `i` alone in its paragraph, with no speech cue outside it?
pub fn quote_only_paragraph(ctx: &Context, i: usize) -> bool {
    let q = &ctx.analysis.quotes[i];
    ctx.sentences_of(q.paragraph).all(|si| {
        (0..ctx.toks(si).len()).all(|k| !ctx.is_cue(si, k))
            && ctx
                .toks(si)
                .iter()
                .all(|t| !t.is_word() || ctx.inside_quote(t.span.start))
    })
}

/// Another quotation of the same paragraph with a speaker, nearest first;
/// or the paragraph before, when it ends with a colon and has a speaker.
pub fn find(
    ctx: &Context,
    i: usize,
    entity: &[Option<usize>],
    attributions: &[Attribution],
) -> Option<(usize, &'static str)> {
    let quotes = &ctx.analysis.quotes;
    let q = &quotes[i];
    let speech = |j: usize| quotes[j].kind.is_speech() && quotes[j].kind != Kind::Indirect;
    let same: Vec<usize> = ctx
        .quotes_of(q.paragraph)
        .filter(|&j| {
            j != i && speech(j) && entity[j].is_some() && attributions[j].mention.is_some()
        })
        .collect();
    if let Some(&j) = same.iter().min_by_key(|&&j| j.abs_diff(i)) {
        return entity[j].map(|e| (e, "paragraph"));
    }
    // `As Breitbart’s Joel Pollak reported:` then the quotation.
    let prev_para = q.paragraph.checked_sub(1)?;
    let intro = ctx
        .analysis
        .paragraphs
        .get(prev_para)?
        .slice(ctx.text)
        .trim_end();
    if intro.ends_with(':')
        && q.parts
            .first()
            .is_some_and(|p| ctx.analysis.paragraphs[q.paragraph].start + 1 >= p.start)
    {
        let j = (0..i)
            .rev()
            .find(|&j| quotes[j].paragraph == prev_para && entity[j].is_some())?;
        return entity[j].map(|e| (e, "intro-colon"));
    }
    None
}

/// In news, a paragraph that is only a quotation continues the speaker of
/// the quotation just before it (in the previous paragraph).
pub fn continuation(
    ctx: &Context,
    i: usize,
    entity: &[Option<usize>],
) -> Option<(usize, &'static str)> {
    let quotes = &ctx.analysis.quotes;
    let q = &quotes[i];
    if !quote_only_paragraph(ctx, i) {
        return None;
    }
    let j = i.checked_sub(1)?;
    let prev = &quotes[j];
    (prev.kind.is_speech() && prev.paragraph + 1 == q.paragraph).then_some(())?;
    entity[j].map(|e| (e, "continuation"))
}
