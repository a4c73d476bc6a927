//! Canonical speakers: mentions of one person or body merged under one name.

pub mod mention;
pub mod roster;

use serde::Serialize;

/// What kind of speaker this is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum SpeakerKind {
    /// A person named in the text.
    Named,
    /// A description: `one reporter`, `a senior official`.
    Nominal,
    /// An organisation: `the State Department`.
    Organisation,
    /// No speaker could be given (the row of unattributed quotations).
    Unknown,
}

/// A canonical speaker of a document.
#[derive(Clone, Debug, PartialEq)]
pub struct Speaker {
    pub name: String,
    pub role: Option<String>,
    pub kind: SpeakerKind,
}

impl SpeakerKind {
    pub fn as_str(self) -> &'static str {
        match self {
            SpeakerKind::Named => "named",
            SpeakerKind::Unknown => "unknown",
            SpeakerKind::Nominal => "nominal",
            SpeakerKind::Organisation => "organisation",
        }
    }
}
