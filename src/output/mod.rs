//! Output: records (`record`) and one writer per format. JSON and JSON Lines
//! serialize any record; CSV and the terminal table know each record kind.

pub mod html;
pub mod jsonl;
pub mod record;
mod table;

use std::io::{self, Write};

use serde::Serialize;

pub use record::{
    DocumentRecord, DocumentView, PartRecord, PartView, QuoteRecord, QuoteView, SpeakerRecord,
    UNKNOWN_SPEAKER, WarningRecord, speaker_records,
};
pub use table::{quote_table, sentence_table, speaker_table};

/// A JSON array written one element at a time, so that output streams.
pub struct JsonArray<W: Write> {
    out: W,
    count: usize,
}

impl<W: Write> JsonArray<W> {
    pub fn new(out: W) -> Self {
        JsonArray { out, count: 0 }
    }

    pub fn push<T: Serialize>(&mut self, item: &T) -> io::Result<()> {
        self.out
            .write_all(if self.count == 0 { b"[\n" } else { b",\n" })?;
        serde_json::to_writer_pretty(&mut self.out, item)?;
        self.count += 1;
        Ok(())
    }

    pub fn finish(mut self) -> io::Result<W> {
        self.out
            .write_all(if self.count == 0 { b"[]\n" } else { b"\n]\n" })?;
        Ok(self.out)
    }
}

/// One JSON object per line.
pub fn write_jsonl<W: Write, T: Serialize>(out: &mut W, item: &T) -> io::Result<()> {
    serde_json::to_writer(&mut *out, item)?;
    out.write_all(b"\n")
}

/// The CSV columns of a quotation, one row per quotation.
pub const QUOTE_CSV_HEADER: &[&str] = &[
    "document",
    "index",
    "kind",
    "speaker",
    "role",
    "speaker_kind",
    "speaker_mention",
    "cue",
    "confidence",
    "rule",
    "paragraph",
    "sentence",
    "start",
    "end",
    "byte_start",
    "byte_end",
    "text",
];

/// Write the rows of one document's quotations (speech first, then the
/// quoted spans that are not speech), numbered in text order.
pub fn write_quote_csv<W: Write>(
    csv: &mut csv::Writer<W>,
    doc: &DocumentRecord,
) -> csv::Result<()> {
    let mut all: Vec<&QuoteRecord> = doc.quotes.iter().chain(&doc.non_speech).collect();
    all.sort_by_key(|q| q.start);
    for (i, q) in all.into_iter().enumerate() {
        let opt = |s: &Option<String>| s.clone().unwrap_or_default();
        csv.write_record([
            doc.id.clone(),
            (i + 1).to_string(),
            q.kind.clone(),
            opt(&q.speaker),
            opt(&q.role),
            opt(&q.speaker_kind),
            opt(&q.speaker_mention),
            opt(&q.cue),
            q.confidence.map(|c| format!("{c:.2}")).unwrap_or_default(),
            opt(&q.rule),
            q.paragraph.to_string(),
            q.sentence.to_string(),
            q.start.to_string(),
            q.end.to_string(),
            q.byte_start.to_string(),
            q.byte_end.to_string(),
            q.text.clone(),
        ])?;
    }
    Ok(())
}

/// The CSV columns of a speaker row.
pub const SPEAKER_CSV_HEADER: &[&str] = &[
    "document",
    "speaker",
    "role",
    "kind",
    "direct",
    "partial",
    "indirect",
    "words",
    "first_paragraph",
];

/// Write one document's speaker rows.
pub fn write_speaker_csv<W: Write>(
    csv: &mut csv::Writer<W>,
    id: &str,
    speakers: &[SpeakerRecord],
) -> csv::Result<()> {
    for s in speakers {
        csv.write_record([
            id.to_string(),
            s.name.clone(),
            s.role.clone().unwrap_or_default(),
            s.kind.clone(),
            s.direct.to_string(),
            s.partial.to_string(),
            s.indirect.to_string(),
            s.words.to_string(),
            s.first_paragraph.to_string(),
        ])?;
    }
    Ok(())
}

/// A document's speakers, as `whosaid speakers -f json` prints them.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct SpeakersRecord {
    pub id: String,
    pub speakers: Vec<SpeakerRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

/// A sentence as `whosaid segment` prints it (code point offsets).
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct SentenceRecord {
    pub start: usize,
    pub end: usize,
    pub paragraph: usize,
    pub text: String,
}

/// The sentences of one document.
#[derive(Clone, Debug, PartialEq, Serialize, serde::Deserialize)]
pub struct SegmentRecord {
    pub id: String,
    pub sentences: Vec<SentenceRecord>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub error: Option<String>,
}

impl SegmentRecord {
    pub fn new(id: &str, text: &str, sentences: &[crate::segment::Sentence]) -> Self {
        let mut chars = crate::span::CharOffsets::new(text);
        let sentences = sentences
            .iter()
            .map(|s| SentenceRecord {
                start: chars.char_offset(s.span.start),
                end: chars.char_offset(s.span.end),
                paragraph: s.paragraph,
                text: s.span.slice(text).to_string(),
            })
            .collect();
        SegmentRecord {
            id: id.to_string(),
            sentences,
            error: None,
        }
    }
}
