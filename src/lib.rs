//! whosaid finds the quotations in news articles and fiction and says who
//! said each one.
//!
//! A text flows one way through the pipeline:
//!
//! ```text
//! text → segment (paragraphs, sentences) → quote (pairs, kinds)
//!      → attribute (cues, mentions, rules) → speaker (canonical) → output
//! ```
//!
//! ```
//! let text = "“They have not connected,” Nuland replied.";
//! let analysis = whosaid::analyze(text);
//! let quote = &analysis.quotes[0];
//! assert_eq!(quote.span.slice(text), "They have not connected,");
//! assert_eq!(quote.kind, whosaid::Kind::Direct);
//! ```

pub mod attribute;
pub mod document;
pub mod error;
pub mod eval;
pub mod input;
pub mod lexicon;
pub mod output;
pub mod quote;
pub mod segment;
pub mod span;
pub mod speaker;
pub mod token;

pub use document::{Analysis, Attribution, Genre, Quote};
pub use error::{Error, Result};
pub use quote::Kind;
pub use span::Span;

/// Build the word lists and every other table analysis reads, now, on the
/// calling thread. A program that analyses on several threads calls this
/// before it starts them, so that the tables live in the calling thread's
/// memory rather than among one worker's own allocations (measured on two
/// threads: 1.65 times one thread without it, 1.8 and more with it).
pub fn prepare() {
    lexicon::load();
    // The tables outside the word lists (characters of words, sentence
    // breaks, markup) are built by analysing a text that needs them.
    analyze("“It’s fine,” Mr. Smith said. The U.S. Senate <b>said</b> that it was. Ça va.");
}

/// Analyse one text. Never fails and never panics: problems with the text
/// (an unclosed quotation mark) become warnings.
pub fn analyze(text: &str) -> Analysis {
    let (paragraphs, sentences) = segment::segment(text);
    let mut analysis = Analysis {
        paragraphs,
        sentences,
        ..Analysis::default()
    };
    quotes(text, &mut analysis);
    attribute::attribute(text, &mut analysis);
    analysis
}

/// The quote stage of [`analyze`]: pair the quotation marks of a segmented
/// text and give each quotation its kind (attribution left empty).
pub fn quotes(text: &str, analysis: &mut Analysis) {
    let skip = quote::markup_spans(text);
    let pairing = quote::pair(text, &analysis.paragraphs, &skip);
    analysis.warnings = pairing.warnings;
    analysis.more_warnings = pairing.more_warnings;
    for q in &pairing.quotations {
        let outer = q.outer();
        let open_s = analysis.sentence_at(outer.start);
        let close_s = analysis.sentence_at(outer.end.saturating_sub(1));
        let sentence_span = |i: usize| analysis.sentences.get(i).map_or(outer, |s| s.span);
        let (before, after) =
            quote::context(text, q, sentence_span(open_s), sentence_span(close_s));
        let kind = quote::kind_of(text, q, before, after);
        let first = q.parts.first().map_or(0, |p| p.paragraph);
        analysis.quotes.push(Quote {
            kind,
            span: q.content(),
            parts: q.parts.iter().map(|p| p.content).collect(),
            outer,
            paragraph: first,
            sentence: open_s,
            attribution: Attribution::default(),
        });
    }
}
