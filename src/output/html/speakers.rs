//! Speaker rows aggregated from a document's quotation records, and merged
//! across documents by canonical name.
//!
//! The attribution stage will produce `SpeakerRecord`s itself; until then
//! (and for merging across documents, which no single analysis can do) the
//! report counts them from the records.

use std::collections::HashMap;

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

    fn of(s: &SpeakerRecord) -> Self {
        KindCounts {
            direct: s.direct,
            partial: s.partial,
            indirect: s.indirect,
        }
    }
}

fn words(text: &str) -> usize {
    text.split_whitespace().count()
}

/// One row per speaker of the document's speech quotations, most quoted
/// first (ties: who is quoted first). Quotations without a speaker are not
/// counted here: see [`unattributed`].
pub fn speakers(doc: &DocumentRecord) -> Vec<SpeakerRecord> {
    let mut rows: Vec<SpeakerRecord> = Vec::new();
    let mut index: HashMap<&str, usize> = HashMap::new();
    let mut quotes: Vec<&QuoteRecord> = doc.quotes.iter().collect();
    quotes.sort_by_key(|q| q.start);
    for q in quotes {
        let Some(name) = q.speaker.as_deref() else {
            continue;
        };
        let i = *index.entry(name).or_insert_with(|| {
            rows.push(SpeakerRecord {
                name: name.to_string(),
                role: None,
                kind: q.speaker_kind.clone().unwrap_or_default(),
                direct: 0,
                partial: 0,
                indirect: 0,
                words: 0,
                first_paragraph: q.paragraph,
            });
            rows.len() - 1
        });
        let row = &mut rows[i];
        if row.role.is_none() {
            row.role.clone_from(&q.role);
        }
        let mut counts = KindCounts::of(row);
        counts.add(&q.kind);
        row.direct = counts.direct;
        row.partial = counts.partial;
        row.indirect = counts.indirect;
        row.words += words(&q.text);
        row.first_paragraph = row.first_paragraph.min(q.paragraph);
    }
    // A stable sort keeps first-quoted-first among equal totals.
    rows.sort_by_key(|r| std::cmp::Reverse(KindCounts::of(r).total()));
    rows
}

/// Speech quotations of the document that have no speaker, by kind.
pub fn unattributed(doc: &DocumentRecord) -> (KindCounts, usize) {
    let mut counts = KindCounts::default();
    let mut words_ = 0;
    for q in doc.quotes.iter().filter(|q| q.speaker.is_none()) {
        counts.add(&q.kind);
        words_ += words(&q.text);
    }
    (counts, words_)
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
/// one row; most quoted first (ties: the first to appear).
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
    rows.sort_by_key(|r| std::cmp::Reverse(KindCounts::of(&r.speaker).total()));
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
            sentence: 0,
            speaker: speaker.map(str::to_string),
            speaker_mention: None,
            role: role.map(str::to_string),
            speaker_kind: speaker.map(|_| "named".to_string()),
            cue: None,
            confidence: None,
            rule: None,
            reason: None,
            explanation: None,
            parts: Vec::new(),
        }
    }

    fn doc(quotes: Vec<QuoteRecord>) -> DocumentRecord {
        DocumentRecord {
            id: "d".into(),
            quotes,
            non_speech: Vec::new(),
            warnings: Vec::new(),
            error: None,
        }
    }

    #[test]
    fn counts_each_speaker_by_kind_most_quoted_first() {
        let d = doc(vec![
            quote(0, "direct", Some("Ann Lee"), None),
            quote(100, "partial", Some("Bo Ma"), Some("mayor")),
            quote(150, "indirect", Some("Bo Ma"), None),
            quote(200, "direct", None, None),
            quote(300, "partial", Some("Ann Lee"), Some("senator")),
            quote(400, "direct", Some("Bo Ma"), None),
        ]);
        let rows = speakers(&d);
        assert_eq!(rows.len(), 2);
        let bo = &rows[0];
        assert_eq!(
            (bo.name.as_str(), bo.direct, bo.partial, bo.indirect),
            ("Bo Ma", 1, 1, 1)
        );
        assert_eq!(bo.role.as_deref(), Some("mayor"));
        assert_eq!((bo.words, bo.first_paragraph), (9, 1));
        let ann = &rows[1];
        assert_eq!((ann.direct, ann.partial, ann.indirect), (1, 1, 0));
        assert_eq!(ann.role.as_deref(), Some("senator"));
        assert_eq!(unattributed(&d).0.direct, 1);
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
        ]));
        let b = speakers(&doc(vec![
            quote(0, "indirect", Some("Bo Ma"), Some("mayor")),
            quote(10, "partial", Some("Bo Ma"), None),
        ]));
        let merged = merge([a.as_slice(), b.as_slice()]);
        assert_eq!(merged.len(), 2);
        assert_eq!(merged[0].speaker.name, "Bo Ma");
        assert_eq!(merged[0].documents, 2);
        assert_eq!(
            KindCounts::of(&merged[0].speaker),
            KindCounts {
                direct: 1,
                partial: 1,
                indirect: 1
            }
        );
        assert_eq!(merged[0].speaker.role.as_deref(), Some("mayor"));
        assert_eq!(
            (merged[1].speaker.name.as_str(), merged[1].documents),
            ("Ann Lee", 1)
        );
    }
}
