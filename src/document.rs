//! The result of analysing one text: its paragraphs, sentences, quotations,
//! speakers and warnings. All spans are byte spans into the text.

use crate::quote::{Kind, Warning};
use crate::segment::Sentence;
use crate::span::Span;
use crate::speaker::Speaker;

/// Who said a quotation, and why the analyser thinks so.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Attribution {
    /// Index into `Analysis::speakers`; `None` when no speaker is given.
    pub speaker: Option<usize>,
    /// The mention of the speaker next to the quotation, as written.
    pub mention: Option<Span>,
    /// The mention is a pronoun (`she`) or a possessive standing for its
    /// owner (`his statement`): the speaker was reached through it.
    pub via_pronoun: bool,
    /// The speech cue (`said`, `according to`, `:`).
    pub cue: Option<Span>,
    /// 0–1: how often attributions of this kind were right on the dev data.
    pub confidence: f64,
    /// The rule that produced the attribution (or failed to).
    pub rule: &'static str,
    /// Why the speaker is unknown, when it is.
    pub reason: Option<&'static str>,
}

/// One quotation, direct, partial or reported, or a quoted span that is not
/// speech (a title, a name, a scare quote).
#[derive(Clone, Debug, PartialEq)]
pub struct Quote {
    pub kind: Kind,
    /// The quoted words: from the first content byte to the last (for a
    /// quotation over several paragraphs, this includes the breaks between).
    pub span: Span,
    /// One content span per paragraph the quotation covers.
    pub parts: Vec<Span>,
    /// From the opening mark to the closing mark; for reported speech, the
    /// same as `span`.
    pub outer: Span,
    /// Index of the paragraph and sentence where the quotation starts.
    pub paragraph: usize,
    pub sentence: usize,
    pub attribution: Attribution,
}

/// How the analyzer reads a text: the genre decides which rules apply
/// (in fiction, turns of dialogue alternate between two speakers; in news,
/// a surname alone names the person named in full before).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub enum Genre {
    #[default]
    News,
    Fiction,
}

impl Genre {
    pub fn as_str(self) -> &'static str {
        match self {
            Genre::News => "news",
            Genre::Fiction => "fiction",
        }
    }
}

/// Everything found in one text.
#[derive(Clone, Debug, Default)]
pub struct Analysis {
    pub paragraphs: Vec<Span>,
    pub sentences: Vec<Sentence>,
    /// Quotations in text order.
    pub quotes: Vec<Quote>,
    pub speakers: Vec<Speaker>,
    pub warnings: Vec<Warning>,
    /// Warnings beyond those kept.
    pub more_warnings: usize,
    /// How the text was read (set by attribution).
    pub genre: Genre,
}

impl Analysis {
    /// Index of the sentence that holds byte `offset` (or the last sentence
    /// that starts before it).
    pub fn sentence_at(&self, offset: usize) -> usize {
        self.sentences
            .partition_point(|s| s.span.start <= offset)
            .saturating_sub(1)
    }

    /// The quotations that are somebody's speech.
    pub fn speech(&self) -> impl Iterator<Item = &Quote> {
        self.quotes.iter().filter(|q| q.kind.is_speech())
    }
}
