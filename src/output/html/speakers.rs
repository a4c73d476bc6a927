//! Speaker rows for the report: a document's own (`DocumentRecord::speakers`,
//! made by the attribution stage), ranked; and the rows of several documents
//! merged by canonical name.

use std::collections::HashMap;

use unicode_segmentation::UnicodeSegmentation;

use crate::output::record::UNKNOWN_SPEAKER;
use crate::output::{DocumentRecord, QuoteRecord, SpeakerRecord};

/// Counts of speech by kind.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct KindCounts {
    pub direct: usize,
    pub partial: usize,
    pub indirect: usize,
}

impl KindCounts {
    pub fn total(&self) -> usize {
        self.direct + self.partial + self.indirect
    }

    pub fn add(&mut self, kind: &str) {
        match kind {
            "direct" => self.direct += 1,
            "partial" => self.partial += 1,
            "indirect" => self.indirect += 1,
            _ => {}
        }
    }

    pub fn of(s: &SpeakerRecord) -> Self {
        KindCounts {
            direct: s.direct,
            partial: s.partial,
            indirect: s.indirect,
        }
    }
}

/// Is this the row of the quotations nobody is found to have said?
pub fn is_unknown(s: &SpeakerRecord) -> bool {
    s.name == UNKNOWN_SPEAKER
}

/// Most quoted first, ties in their order, the unknown row last.
fn rank<T>(rows: &mut [T], row: impl Fn(&T) -> &SpeakerRecord) {
    rows.sort_by_key(|r| {
        let s = row(r);
        (is_unknown(s), std::cmp::Reverse(KindCounts::of(s).total()))
    });
}

/// The document's speaker rows, most quoted first and the unknown row last.
/// A record that carries no rows though it has speech (one read back from
/// older JSON, or built by hand) gets them counted from its quotations, as
/// the attribution stage counts them.
pub fn speakers(doc: &DocumentRecord) -> Vec<SpeakerRecord> {
    let mut rows = if doc.speakers.is_empty() {
        count(&doc.quotes)
    } else {
        doc.speakers.clone()
    };
    rank(&mut rows, |r| r);
    rows
}

/// Speaker rows counted from quotation records, in order of first quotation,
/// then a row for those without a speaker.
fn count(quotes: &[QuoteRecord]) -> Vec<SpeakerRecord> {
    let mut rows: Vec<SpeakerRecord> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut sorted: Vec<&QuoteRecord> = quotes.iter().collect();
    sorted.sort_by_key(|q| q.start);
    let mut unknown: Option<SpeakerRecord> = None;
    for q in sorted {
        let row = match q.speaker.as_deref() {
            Some(name) => {
                let i = *index.entry(name).or_insert_with(|| {
                    rows.push(empty_row(name, q.speaker_kind.as_deref().unwrap_or("")));
                    rows.len() - 1
                });
                &mut rows[i]
            }
            None => unknown.get_or_insert_with(|| empty_row(UNKNOWN_SPEAKER, "unknown")),
        };
        if row.role.is_none() {
            row.role.clone_from(&q.role);
        }
        let mut counts = KindCounts::of(row);
        counts.add(&q.kind);
        (row.direct, row.partial, row.indirect) = (counts.direct, counts.partial, counts.indirect);
        row.words += q.text.unicode_words().count();
        row.first_paragraph = row.first_paragraph.min(q.paragraph);
    }
    rows.extend(unknown);
    rows
}

fn empty_row(name: &str, kind: &str) -> SpeakerRecord {
    SpeakerRecord {
        name: name.to_string(),
        role: None,
        kind: kind.to_string(),
        direct: 0,
        partial: 0,
        indirect: 0,
        words: 0,
        first_paragraph: usize::MAX,
    }
}

/// A speaker over several documents.
#[derive(Clone, Debug, PartialEq)]
pub struct MergedSpeaker {
    /// `first_paragraph` is that of the first document the speaker is in.
    pub speaker: SpeakerRecord,
    /// How many documents quote the speaker.
    pub documents: usize,
}

/// The speakers of several documents, the same canonical name merged into
/// one row (and the unknown rows into one); most quoted first, ties in order
/// of first appearance, the unknown row last.
pub fn merge<'a>(
    per_document: impl IntoIterator<Item = &'a [SpeakerRecord]>,
) -> Vec<MergedSpeaker> {
    let mut rows: Vec<MergedSpeaker> = Vec::new();
    let mut index: HashMap<String, usize> = HashMap::new();
    for doc in per_document {
        for s in doc {
            match index.get(&s.name) {
                Some(&i) => {
                    let row = &mut rows[i];
                    row.documents += 1;
                    let m = &mut row.speaker;
                    m.direct += s.direct;
                    m.partial += s.partial;
                    m.indirect += s.indirect;
                    m.words += s.words;
                    if m.role.is_none() {
                        m.role.clone_from(&s.role);
                    }
                    if m.kind.is_empty() {
                        m.kind.clone_from(&s.kind);
                    }
                }
                None => {
                    index.insert(s.name.clone(), rows.len());
                    rows.push(MergedSpeaker {
                        speaker: s.clone(),
                        documents: 1,
                    });
                }
            }
        }
    }
    rank(&mut rows, |m| &m.speaker);
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn quote(start: usize, kind: &str, speaker: Option<&str>, role: Option<&str>) -> QuoteRecord {
        QuoteRecord {
            start,
            end: start + 5,
            byte_start: start,
            byte_end: start + 5,
            text: "a b c".into(),
            kind: kind.into(),
            paragraph: start / 100,
            speaker: speaker.map(str::to_string),
            role: role.map(str::to_string),
            speaker_kind: speaker.map(|_| "named".to_string()),
            ..Default::default()
        }
    }

    fn doc(quotes: Vec<QuoteRecord>) -> DocumentRecord {
        DocumentRecord {
            id: "d".into(),
            quotes,
            ..Default::default()
        }
    }

    fn counts(s: &SpeakerRecord) -> (&str, usize, usize, usize) {
        (s.name.as_str(), s.direct, s.partial, s.indirect)
    }

    #[test]
    fn counts_each_speaker_by_kind_most_quoted_first_unknown_last() {
        let d = doc(vec![
            quote(0, "direct", Some("Ann Lee"), None),
            quote(50, "direct", None, None),
            quote(60, "partial", None, None),
            quote(100, "partial", Some("Bo Ma"), Some("mayor")),
            quote(150, "indirect", Some("Bo Ma"), None),
            quote(300, "partial", Some("Ann Lee"), Some("senator")),
            quote(400, "direct", Some("Bo Ma"), None),
        ]);
        let rows = speakers(&d);
        let got: Vec<_> = rows.iter().map(counts).collect();
        assert_eq!(
            got,
            [
                ("Bo Ma", 1, 1, 1),
                ("Ann Lee", 1, 1, 0),
                (UNKNOWN_SPEAKER, 1, 1, 0)
            ]
        );
        assert_eq!(rows[0].role.as_deref(), Some("mayor"));
        assert_eq!((rows[0].words, rows[0].first_paragraph), (9, 1));
        assert_eq!(rows[1].role.as_deref(), Some("senator"));
        assert!(is_unknown(&rows[2]) && !is_unknown(&rows[0]));
    }

    #[test]
    fn the_records_own_rows_are_used_and_ranked() {
        let mut d = doc(vec![quote(0, "direct", Some("Ann Lee"), None)]);
        let mut late = empty_row("Cy Ng", "named");
        late.direct = 3;
        let mut early = empty_row("Ann Lee", "named");
        early.direct = 1;
        d.speakers = vec![early, late];
        let names: Vec<String> = speakers(&d).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Cy Ng", "Ann Lee"]);
    }

    #[test]
    fn ties_keep_the_order_of_first_quotation() {
        let d = doc(vec![
            quote(300, "direct", Some("Later"), None),
            quote(0, "direct", Some("Earlier"), None),
        ]);
        let names: Vec<String> = speakers(&d).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Earlier", "Later"]);
    }

    #[test]
    fn merging_adds_up_the_same_name_across_documents() {
        let a = speakers(&doc(vec![
            quote(0, "direct", Some("Ann Lee"), None),
            quote(10, "direct", Some("Bo Ma"), None),
            quote(20, "direct", None, None),
        ]));
        let b = speakers(&doc(vec![
            quote(0, "indirect", Some("Bo Ma"), Some("mayor")),
            quote(10, "partial", Some("Bo Ma"), None),
            quote(20, "partial", None, None),
            quote(30, "partial", None, None),
        ]));
        let merged = merge([a.as_slice(), b.as_slice()]);
        let got: Vec<_> = merged
            .iter()
            .map(|m| (counts(&m.speaker), m.documents))
            .collect();
        assert_eq!(
            got,
            [
                (("Bo Ma", 1, 1, 1), 2),
                (("Ann Lee", 1, 0, 0), 1),
                ((UNKNOWN_SPEAKER, 1, 2, 0), 2)
            ]
        );
        assert_eq!(merged[0].speaker.role.as_deref(), Some("mayor"));
    }
}
