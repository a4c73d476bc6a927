//! Readable terminal tables.

use comfy_table::presets::UTF8_FULL_CONDENSED;
use comfy_table::{ContentArrangement, Table};

use super::{DocumentRecord, SegmentRecord};

const TEXT_WIDTH: usize = 200;

fn shorten(s: &str, max: usize) -> String {
    let flat: String = s.split_whitespace().collect::<Vec<_>>().join(" ");
    if flat.chars().count() <= max {
        return flat;
    }
    let cut: String = flat.chars().take(max - 1).collect();
    format!("{cut}…")
}

fn table(header: &[&str]) -> Table {
    let mut t = Table::new();
    t.load_style(UTF8_FULL_CONDENSED)
        .set_content_arrangement(ContentArrangement::Dynamic)
        .set_header(header.to_vec());
    if t.width().is_none() {
        t.set_width(120);
    }
    t
}

/// The quotations of one document, with speakers, as a table.
pub fn quote_table(doc: &DocumentRecord) -> String {
    let mut t = table(&["#", "kind", "speaker", "role", "quotation"]);
    let mut all: Vec<_> = doc.quotes.iter().chain(&doc.non_speech).collect();
    all.sort_by_key(|q| q.start);
    for (i, q) in all.iter().enumerate() {
        let speaker = match (&q.speaker, q.kind.as_str()) {
            (Some(s), _) => s.clone(),
            (None, "direct" | "partial" | "indirect" | "mixed") => "(unknown)".to_string(),
            (None, _) => "—".to_string(),
        };
        t.add_row(vec![
            (i + 1).to_string(),
            q.kind.clone(),
            speaker,
            q.role.clone().unwrap_or_default(),
            shorten(&q.text, TEXT_WIDTH),
        ]);
    }
    let mut out = format!("{}\n{t}\n", doc.id);
    for (i, q) in all.iter().enumerate() {
        if let Some(e) = &q.explanation {
            out.push_str(&format!("{:>3}. {e}\n", i + 1));
        }
    }
    out
}

/// The speakers of one document as a table.
pub fn speaker_table(id: &str, speakers: &[super::SpeakerRecord]) -> String {
    let mut t = table(&[
        "speaker",
        "role",
        "kind",
        "direct",
        "partial",
        "indirect",
        "words",
        "first para",
    ]);
    for s in speakers {
        t.add_row(vec![
            s.name.clone(),
            s.role.clone().unwrap_or_default(),
            s.kind.clone(),
            s.direct.to_string(),
            s.partial.to_string(),
            s.indirect.to_string(),
            s.words.to_string(),
            (s.first_paragraph + 1).to_string(),
        ]);
    }
    format!("{id}: who said what\n{t}\n")
}

/// The sentences of one document as a table.
pub fn sentence_table(doc: &SegmentRecord) -> String {
    let mut t = table(&["#", "para", "start", "end", "sentence"]);
    for (i, s) in doc.sentences.iter().enumerate() {
        t.add_row(vec![
            (i + 1).to_string(),
            s.paragraph.to_string(),
            s.start.to_string(),
            s.end.to_string(),
            shorten(&s.text, TEXT_WIDTH),
        ]);
    }
    format!("{}\n{t}\n", doc.id)
}
