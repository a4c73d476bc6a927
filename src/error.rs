//! Errors of reading input and writing output. Analysis itself cannot
//! fail; a panic in it (a bug) is caught per document and reported as
//! [`Error::Analysis`], so that the other documents go on.

use std::io;
use std::path::PathBuf;

#[derive(Debug, thiserror::Error)]
pub enum Error {
    #[error("{path}: {source}")]
    Io {
        path: PathBuf,
        #[source]
        source: io::Error,
    },
    #[error("{path}: no such file or directory")]
    NotFound { path: PathBuf },
    #[error(
        "{path}: invalid UTF-8 at byte {offset} (use --encoding to name the file's encoding, or --lossy)"
    )]
    Utf8 { path: PathBuf, offset: usize },
    #[error(
        "{path}: invalid {encoding} at byte {offset} (use --lossy to replace what cannot be decoded)"
    )]
    Malformed {
        path: PathBuf,
        encoding: &'static str,
        offset: usize,
    },
    #[error("{path}: a directory with no .txt, .jsonl, .html or .htm files")]
    EmptyDirectory { path: PathBuf },
    #[error("{path}: binary data (NUL byte at byte {offset}), skipped")]
    Binary { path: PathBuf, offset: usize },
    #[error("{path}: line {line}: invalid JSON: {message}")]
    Json {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error("{path}: line {line}: {message}")]
    Record {
        path: PathBuf,
        line: usize,
        message: String,
    },
    #[error(
        "{id}: internal error while analysing this document ({message}); it has no quotations in the output — please report this with the document"
    )]
    Analysis { id: String, message: String },
}

impl Error {
    /// The document id an error belongs to, for output lines of failed
    /// documents: the path, with the line number for JSONL records.
    pub fn document_id(&self) -> String {
        match self {
            Error::Json { path, line, .. } | Error::Record { path, line, .. } => {
                format!("{}:{line}", path.display())
            }
            Error::Io { path, .. }
            | Error::NotFound { path }
            | Error::Utf8 { path, .. }
            | Error::Malformed { path, .. }
            | Error::EmptyDirectory { path }
            | Error::Binary { path, .. } => path.display().to_string(),
            Error::Analysis { id, .. } => id.clone(),
        }
    }
}

pub type Result<T, E = Error> = std::result::Result<T, E>;
