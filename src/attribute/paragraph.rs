//! Quotations without a cue of their own take a speaker from around them:
//! another attributed quotation of the same paragraph (`“A.” “B,” she
//! said.`), the paragraph before that introduces them with a colon
//! (`Kasich said:` then the quotation), or, in news, the speaker of the
//! quotation in the paragraph before (a quote-only paragraph continues).

use super::Context;

/// Is quotation `i` alone in its paragraph, with no speech cue outside it?
pub fn quote_only_paragraph(ctx: &Context, i: usize) -> bool {
    ctx.quote_only(ctx.analysis.quotes[i].paragraph)
}

/// Another quotation of the same paragraph with a speaker of its own, the
/// nearest of `before` and `after` (the nearest such quotation on each
/// side); or the paragraph before, when it ends with a colon and has a
/// speaker.
pub fn find(
    ctx: &Context,
    i: usize,
    before: Option<usize>,
    after: Option<usize>,
    entity: &[Option<usize>],
) -> Option<(usize, &'static str)> {
    let quotes = &ctx.analysis.quotes;
    let q = &quotes[i];
    let nearest = match (before, after) {
        (Some(b), Some(a)) => Some(if i - b <= a - i { b } else { a }),
        (b, a) => b.or(a),
    };
    if let Some(j) = nearest {
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
        let j = ctx
            .quotes_of(prev_para)
            .rev()
            .find(|&j| entity[j].is_some())?;
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
