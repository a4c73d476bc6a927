//! Output records: what every writer prints, and what tests parse back.
//! Offsets are code points (`start`, `end`) and bytes (`byte_start`,
//! `byte_end`); `text` is always the document text between them.

use serde::{Deserialize, Serialize};

use crate::document::{Analysis, Quote};
use crate::quote::Kind;
use crate::quote::Warning;
use crate::span::{CharOffsets, Span};

/// One quoted span of a quotation over several paragraphs.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct PartRecord {
    pub start: usize,
    pub end: usize,
    pub text: String,
}

/// One quotation.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct QuoteRecord {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: String,
    pub kind: String,
    pub paragraph: usize,
    pub sentence: usize,
    pub speaker: Option<String>,
    pub speaker_mention: Option<String>,
    pub role: Option<String>,
    pub speaker_kind: Option<String>,
    pub cue: Option<String>,
    pub confidence: Option<f64>,
    pub rule: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub reason: Option<String>,
    /// Why the speaker is who it is (`--explain`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    /// The paragraphs of a quotation over several paragraphs.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<PartRecord>,
}

/// A problem found in a document's quotation marks.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct WarningRecord {
    /// Code point offset of the mark.
    pub offset: usize,
    pub line: usize,
    pub column: usize,
    pub message: String,
}

/// One canonical speaker with what it said. The quotations nobody could be
/// given are counted on a row of their own, named `(unknown)`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct SpeakerRecord {
    pub name: String,
    pub role: Option<String>,
    /// `named`, `nominal`, `organisation` or `unknown`.
    pub kind: String,
    pub direct: usize,
    pub partial: usize,
    /// Reported speech: `indirect` and `mixed` records.
    pub indirect: usize,
    /// Words quoted or reported, over all the speaker's quotations.
    pub words: usize,
    /// Index of the paragraph of the speaker's first quotation.
    pub first_paragraph: usize,
}

impl SpeakerRecord {
    /// A row with nothing counted yet.
    pub fn empty(name: &str, role: Option<&str>, kind: &str) -> Self {
        SpeakerRecord {
            name: name.to_string(),
            role: role.map(str::to_string),
            kind: kind.to_string(),
            direct: 0,
            partial: 0,
            indirect: 0,
            words: 0,
            first_paragraph: usize::MAX,
        }
    }
}

/// Words of a quotation: runs of non-space characters that hold a letter or
/// a digit (`It’s` and `U.S.-Russia` are one word each).
fn word_count(s: &str) -> usize {
    // `split_whitespace` and a search of each word, in one pass: a word
    // is counted at the space after it when a letter or digit was seen
    // since the last space. ASCII bytes are read from a table, without
    // decoding a character.
    let bytes = s.as_bytes();
    let (mut count, mut alphanumeric) = (0, false);
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        let kind = if b.is_ascii() {
            i += 1;
            ASCII_WORD_BYTES[usize::from(b)]
        } else {
            let c = s[i..].chars().next().unwrap_or_default();
            i += c.len_utf8();
            if c.is_whitespace() {
                WordByte::Space
            } else if crate::token::is_alphanumeric(c) {
                WordByte::Alphanumeric
            } else {
                WordByte::Other
            }
        };
        match kind {
            WordByte::Space => {
                count += usize::from(alphanumeric);
                alphanumeric = false;
            }
            WordByte::Alphanumeric => alphanumeric = true,
            WordByte::Other => {}
        }
    }
    count + usize::from(alphanumeric)
}

/// What a character is to `word_count`.
#[derive(Clone, Copy)]
enum WordByte {
    Space,
    Alphanumeric,
    Other,
}

/// `WordByte` of every ASCII character: `char::is_whitespace` and
/// `char::is_alphanumeric` of ASCII, one load per byte.
static ASCII_WORD_BYTES: [WordByte; 128] = {
    let mut table = [WordByte::Other; 128];
    let mut b = 0;
    while b < 128 {
        let c = b as u8;
        if matches!(c, b' ' | b'\t'..=b'\r') {
            table[b] = WordByte::Space;
        } else if c.is_ascii_alphanumeric() {
            table[b] = WordByte::Alphanumeric;
        }
        b += 1;
    }
    table
};

/// The name of the row that counts quotations without a speaker.
pub const UNKNOWN_SPEAKER: &str = "(unknown)";

/// One row per canonical speaker, in order of first quotation, and a last
/// row for the quotations without a speaker (when there are any).
pub fn speaker_records(text: &str, analysis: &Analysis) -> Vec<SpeakerRecord> {
    let mut rows: Vec<SpeakerRecord> = analysis
        .speakers
        .iter()
        .map(|s| SpeakerRecord::empty(&s.name, s.role.as_deref(), s.kind.as_str()))
        .collect();
    let mut unknown = SpeakerRecord::empty(
        UNKNOWN_SPEAKER,
        None,
        crate::speaker::SpeakerKind::Unknown.as_str(),
    );
    for q in analysis.speech() {
        let row = match q.attribution.speaker {
            Some(i) => &mut rows[i],
            None => &mut unknown,
        };
        match q.kind {
            Kind::Direct => row.direct += 1,
            Kind::Partial => row.partial += 1,
            // `indirect`, and `mixed` (reported speech quoting some words).
            _ => row.indirect += 1,
        }
        // Only the quoted words: a split quotation's attribution between
        // its parts (`“…,” she said, “…”`) is not counted.
        row.words += if q.parts.len() > 1 {
            q.parts.iter().map(|p| word_count(p.slice(text))).sum()
        } else {
            word_count(q.span.slice(text))
        };
        row.first_paragraph = row.first_paragraph.min(q.paragraph);
    }
    if unknown.direct + unknown.partial + unknown.indirect > 0 {
        rows.push(unknown);
    }
    rows
}

/// Everything printed for one document.
#[derive(Clone, Debug, Default, PartialEq, Serialize, Deserialize)]
pub struct DocumentRecord {
    pub id: String,
    /// How the text was read, `news` or `fiction` (the rules differ);
    /// not set when the document could not be read.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub genre: Option<String>,
    /// Quotations that are speech (direct, partial, indirect, mixed).
    pub quotes: Vec<QuoteRecord>,
    /// Quoted spans that are not speech (titles, names, scare quotes).
    #[serde(default)]
    pub non_speech: Vec<QuoteRecord>,
    /// One row per canonical speaker (see `speaker_records`).
    #[serde(default)]
    pub speakers: Vec<SpeakerRecord>,
    #[serde(default)]
    pub warnings: Vec<WarningRecord>,
    /// Set when the document could not be read; nothing else is then.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    /// The analysed text that the offsets refer to (for HTML input, the
    /// extracted article text); only with `--with-text`.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub text: Option<String>,
}

impl DocumentRecord {
    pub fn failed(id: String, error: String) -> Self {
        DocumentRecord {
            id,
            error: Some(error),
            ..Default::default()
        }
    }

    /// The same record carrying the analysed text.
    pub fn with_text(mut self, text: &str) -> Self {
        self.text = Some(text.to_string());
        self
    }

    pub fn new(id: &str, text: &str, analysis: &Analysis) -> Self {
        Self::build(id, text, analysis, false)
    }

    /// A record, with an explanation of each attribution when `explain`.
    pub fn build(id: &str, text: &str, analysis: &Analysis, explain: bool) -> Self {
        DocumentView::new(id, text, analysis, explain).to_record()
    }
}

/// One quoted span of a quotation over several paragraphs, borrowing its
/// text (see `DocumentView`).
#[derive(Serialize)]
pub struct PartView<'a> {
    pub start: usize,
    pub end: usize,
    pub text: &'a str,
}

/// One quotation, borrowing its strings from the text and the analysis
/// (see `DocumentView`). Fields as `QuoteRecord`, and as
/// `jsonl::write_document` writes them.
#[derive(Serialize)]
pub struct QuoteView<'a> {
    pub start: usize,
    pub end: usize,
    pub byte_start: usize,
    pub byte_end: usize,
    pub text: &'a str,
    pub kind: &'static str,
    pub paragraph: usize,
    pub sentence: usize,
    pub speaker: Option<&'a str>,
    pub speaker_mention: Option<&'a str>,
    pub role: Option<&'a str>,
    pub speaker_kind: Option<&'static str>,
    pub cue: Option<&'a str>,
    pub confidence: Option<f64>,
    pub rule: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub reason: Option<&'static str>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub explanation: Option<String>,
    #[serde(skip_serializing_if = "Vec::is_empty")]
    pub parts: Vec<PartView<'a>>,
}

impl QuoteView<'_> {
    fn to_record(&self) -> QuoteRecord {
        let owned = |s: Option<&str>| s.map(str::to_string);
        QuoteRecord {
            start: self.start,
            end: self.end,
            byte_start: self.byte_start,
            byte_end: self.byte_end,
            text: self.text.to_string(),
            kind: self.kind.to_string(),
            paragraph: self.paragraph,
            sentence: self.sentence,
            speaker: owned(self.speaker),
            speaker_mention: owned(self.speaker_mention),
            role: owned(self.role),
            speaker_kind: owned(self.speaker_kind),
            cue: owned(self.cue),
            confidence: self.confidence,
            rule: owned(self.rule),
            reason: owned(self.reason),
            explanation: self.explanation.clone(),
            parts: self
                .parts
                .iter()
                .map(|p| PartRecord {
                    start: p.start,
                    end: p.end,
                    text: p.text.to_string(),
                })
                .collect(),
        }
    }
}

/// What a `DocumentRecord` holds, its strings borrowed from the text and
/// the analysis: JSON Lines output writes it straight away
/// (`super::jsonl::write_document`, the JSON serde would write) instead of
/// copying every string into a record first. The one place records are
/// made (`DocumentRecord::build` copies a view); it serializes exactly as
/// the record (a test checks).
#[derive(Serialize)]
pub struct DocumentView<'a> {
    pub id: &'a str,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub genre: Option<&'static str>,
    pub quotes: Vec<QuoteView<'a>>,
    pub non_speech: Vec<QuoteView<'a>>,
    pub speakers: Vec<SpeakerRecord>,
    pub warnings: Vec<WarningRecord>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
    #[serde(skip_serializing_if = "Option::is_none")]
    pub text: Option<&'a str>,
}

impl<'a> DocumentView<'a> {
    /// The view of an analysis, with an explanation of each attribution
    /// when `explain`.
    pub fn new(id: &'a str, text: &'a str, analysis: &'a Analysis, explain: bool) -> Self {
        // Offsets are converted in increasing order, which `CharOffsets` is
        // fastest at: quotations are sorted by start.
        let mut chars = CharOffsets::new(text);
        let mut quotes = Vec::new();
        let mut non_speech = Vec::new();
        for q in &analysis.quotes {
            let mut view = quote_view(text, analysis, q, &mut chars);
            if explain {
                view.explanation = Some(crate::attribute::explain(q, text, &analysis.speakers));
            }
            if q.kind.is_speech() {
                quotes.push(view)
            } else {
                non_speech.push(view)
            }
        }
        DocumentView {
            id,
            genre: Some(analysis.genre.as_str()),
            quotes,
            non_speech,
            speakers: speaker_records(text, analysis),
            warnings: warning_records(text, &analysis.warnings, analysis.more_warnings),
            error: None,
            text: None,
        }
    }

    /// The same, owning its strings.
    pub fn to_record(&self) -> DocumentRecord {
        DocumentRecord {
            id: self.id.to_string(),
            genre: self.genre.map(str::to_string),
            quotes: self.quotes.iter().map(QuoteView::to_record).collect(),
            non_speech: self.non_speech.iter().map(QuoteView::to_record).collect(),
            speakers: self.speakers.clone(),
            warnings: self.warnings.clone(),
            error: self.error.clone(),
            text: self.text.map(str::to_string),
        }
    }
}

fn quote_view<'a>(
    text: &'a str,
    analysis: &'a Analysis,
    q: &Quote,
    chars: &mut CharOffsets,
) -> QuoteView<'a> {
    let a = &q.attribution;
    let speaker = a.speaker.and_then(|i| analysis.speakers.get(i));
    let slice = |s: Option<Span>| s.map(|s| s.slice(text));
    let start = chars.char_offset(q.span.start);
    let parts = if q.parts.len() > 1 {
        q.parts
            .iter()
            .map(|p| PartView {
                start: chars.char_offset(p.start),
                end: chars.char_offset(p.end),
                text: p.slice(text),
            })
            .collect()
    } else {
        Vec::new()
    };
    let end = chars.char_offset(q.span.end);
    QuoteView {
        start,
        end,
        byte_start: q.span.start,
        byte_end: q.span.end,
        text: q.span.slice(text),
        kind: q.kind.as_str(),
        paragraph: q.paragraph,
        sentence: q.sentence,
        speaker: speaker.map(|s| s.name.as_str()),
        speaker_mention: slice(a.mention),
        role: speaker.and_then(|s| s.role.as_deref()),
        speaker_kind: q
            .kind
            .is_speech()
            .then(|| crate::attribute::speaker_kind(q, &analysis.speakers)),
        cue: slice(a.cue),
        confidence: (!a.rule.is_empty()).then_some(a.confidence),
        rule: (!a.rule.is_empty()).then_some(a.rule),
        reason: a.reason,
        explanation: None,
        parts,
    }
}

fn warning_records(text: &str, warnings: &[Warning], more: usize) -> Vec<WarningRecord> {
    let mut sorted: Vec<&Warning> = warnings.iter().collect();
    sorted.sort_by_key(|w| w.offset);
    let mut chars = CharOffsets::new(text);
    let mut line_chars = CharOffsets::new(text);
    // Lines are counted forward from the previous warning.
    let (mut at, mut line, mut line_start) = (0, 1, 0);
    let mut out: Vec<WarningRecord> = sorted
        .into_iter()
        .map(|w| {
            for i in memchr::memchr_iter(b'\n', &text.as_bytes()[at..w.offset]) {
                line += 1;
                line_start = at + i + 1;
            }
            at = w.offset;
            let offset = chars.char_offset(w.offset);
            WarningRecord {
                offset,
                line,
                column: offset - line_chars.char_offset(line_start) + 1,
                message: w.message.clone(),
            }
        })
        .collect();
    if more > 0 {
        out.push(WarningRecord {
            offset: chars.char_offset(text.len()),
            line: 0,
            column: 0,
            message: format!("{more} more warnings not shown"),
        });
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_view_serializes_as_its_record() {
        let texts = [
            include_str!("../../fixtures/seed/washington-post-kerry-lavrov.txt"),
            "“We won,” she said.\n\n“Not yet. ‘Later,’ he said.\n\n“Then,” Ann Lee \
             said, “we left.” The \"plan\" was “fine”. <p id=\"x\">",
            "",
        ];
        for (i, text) in texts.into_iter().enumerate() {
            let analysis = crate::analyze(text);
            for explain in [false, true] {
                let mut view = DocumentView::new("doc", text, &analysis, explain);
                if i == 1 {
                    view.text = Some(text);
                }
                let record = view.to_record();
                assert_eq!(
                    serde_json::to_string(&view).unwrap(),
                    serde_json::to_string(&record).unwrap()
                );
            }
        }
    }

    #[test]
    fn word_count_counts_words_with_a_letter_or_digit() {
        for s in [
            "",
            " ",
            "It’s up to him, — he said.",
            "  U.S.-Russia   talks\u{a0}— ok\u{2009}2 ",
            "—",
            "a\u{b}b",
        ] {
            let expected = s
                .split_whitespace()
                .filter(|w| w.chars().any(char::is_alphanumeric))
                .count();
            assert_eq!(word_count(s), expected, "{s:?}");
        }
    }

    #[test]
    fn speaker_rows_count_kinds_words_and_first_paragraph() {
        let text = "Rain fell.\n\n“Nobody knows the U.S.-Russia plan.”\n\nIt was late.\n\n\
                    “We will win,” Ann Lee said.\n\nShe added that the plan was “fine”.";
        let rows = speaker_records(text, &crate::analyze(text));
        let got: Vec<_> = rows
            .iter()
            .map(|s| {
                let counts = (s.direct, s.partial, s.indirect);
                (
                    s.name.as_str(),
                    s.kind.as_str(),
                    counts,
                    s.words,
                    s.first_paragraph,
                )
            })
            .collect();
        assert_eq!(
            got,
            [
                // “We will win,” (3 words) and “fine” (1).
                ("Ann Lee", "named", (1, 1, 0), 4, 3),
                // `U.S.-Russia` is one word; the unknown row comes last.
                (UNKNOWN_SPEAKER, "unknown", (1, 0, 0), 5, 1),
            ]
        );
    }
}
