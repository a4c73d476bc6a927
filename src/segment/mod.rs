//! Paragraphs and sentences.
//!
//! Paragraphs come from blank lines, and from single line breaks where a text
//! is not hard-wrapped. Sentences start from the UAX#29 sentence boundaries of
//! `unicode-segmentation`, then boundaries that are wrong for news and fiction
//! are removed: after titles, abbreviations and initials, after list numbers,
//! and after a quotation that ends in `?`, `!` or `.` when the attribution
//! follows (`“Is it over?” another reporter asked.` is one sentence).

mod paragraphs;
mod sentences;
pub mod uax29;

pub use paragraphs::paragraphs;
pub use sentences::sentences;

use crate::span::Span;

/// A sentence of a document: its trimmed byte span and the index of the
/// paragraph that holds it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Sentence {
    pub span: Span,
    pub paragraph: usize,
}

/// Paragraphs and sentences of a whole text.
pub fn segment(text: &str) -> (Vec<Span>, Vec<Sentence>) {
    let paras = paragraphs(text);
    // News text has a sentence every 120 bytes or so: one allocation.
    let mut sents = Vec::with_capacity(text.len() / 100 + 1);
    let mut spans = Vec::new();
    for (i, p) in paras.iter().enumerate() {
        sentences::sentences_into(text, *p, &mut spans);
        sents.extend(spans.iter().map(|&span| Sentence { span, paragraph: i }));
    }
    (paras, sents)
}
