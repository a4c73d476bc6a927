//! Speaker rows for the report: a document's own (`DocumentRecord::speakers`,
//! made by the attribution stage), ranked; and the rows of several documents
//! merged by canonical name.

use std::collections::HashMap;

use crate::output::record::UNKNOWN_SPEAKER;
use crate::output::{DocumentRecord, SpeakerRecord};

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
            // Reported speech that quotes some words counts as reported.
            "indirect" | "mixed" => self.indirect += 1,
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

impl std::ops::AddAssign for KindCounts {
    fn add_assign(&mut self, other: Self) {
        self.direct += other.direct;
        self.partial += other.partial;
        self.indirect += other.indirect;
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

/// The document's speaker rows (`DocumentRecord::speakers`), most quoted
/// first and the unknown row last.
pub fn speakers(doc: &DocumentRecord) -> Vec<SpeakerRecord> {
    let mut rows = doc.speakers.clone();
    rank(&mut rows, |r| r);
    rows
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

    /// A row with `direct`, `partial` and `indirect` quotations.
    fn row(name: &str, role: Option<&str>, (d, p, i): (usize, usize, usize)) -> SpeakerRecord {
        let kind = if name == UNKNOWN_SPEAKER {
            "unknown"
        } else {
            "named"
        };
        SpeakerRecord {
            direct: d,
            partial: p,
            indirect: i,
            ..SpeakerRecord::empty(name, role, kind)
        }
    }

    fn doc(speakers: Vec<SpeakerRecord>) -> DocumentRecord {
        DocumentRecord {
            id: "d".into(),
            speakers,
            ..Default::default()
        }
    }

    fn counts(s: &SpeakerRecord) -> (&str, usize, usize, usize) {
        (s.name.as_str(), s.direct, s.partial, s.indirect)
    }

    #[test]
    fn most_quoted_first_ties_in_their_order_unknown_last() {
        let d = doc(vec![
            row(UNKNOWN_SPEAKER, None, (5, 0, 0)),
            row("Ann Lee", None, (1, 0, 0)),
            row("Cy Ng", None, (3, 0, 0)),
            row("Bo Ma", None, (0, 0, 1)),
        ]);
        let names: Vec<String> = speakers(&d).into_iter().map(|s| s.name).collect();
        assert_eq!(names, ["Cy Ng", "Ann Lee", "Bo Ma", UNKNOWN_SPEAKER]);
        assert!(is_unknown(&speakers(&d)[3]) && !is_unknown(&speakers(&d)[0]));
    }

    #[test]
    fn merging_adds_up_the_same_name_across_documents() {
        let a = [
            row("Ann Lee", None, (1, 0, 0)),
            row("Bo Ma", None, (1, 0, 0)),
            row(UNKNOWN_SPEAKER, None, (1, 0, 0)),
        ];
        let b = [
            row("Bo Ma", Some("mayor"), (0, 1, 1)),
            row(UNKNOWN_SPEAKER, None, (0, 2, 0)),
        ];
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
