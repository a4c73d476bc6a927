//! Reading inputs: files, directories (recursively: `.txt`, `.jsonl`), and
//! `-` for standard input; plain text or JSON Lines records with `id` and
//! `text`. Each document is read when it is needed, so JSON Lines streams.

mod decode;
mod jsonl;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use decode::decode;
pub use jsonl::JsonlDocuments;

use crate::error::{Error, Result};

/// How an input's bytes are to be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// By extension: `.jsonl` is JSON Lines, anything else plain text.
    #[default]
    Auto,
    Text,
    Jsonl,
}

/// One document to analyse.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Source {
    pub id: String,
    pub text: String,
}

/// A path given on the command line, after directories are expanded.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Input {
    /// `-` is standard input.
    pub path: PathBuf,
    pub format: Format,
}

impl Input {
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The format this input is read in.
    pub fn resolved_format(&self) -> Format {
        match self.format {
            Format::Auto if self.path.extension().is_some_and(|e| e == "jsonl") => Format::Jsonl,
            Format::Auto => Format::Text,
            f => f,
        }
    }
}

fn wanted_in_directory(path: &Path) -> bool {
    path.extension().is_some_and(|e| e == "txt" || e == "jsonl")
}

/// Expand command-line paths: a directory becomes its `.txt` and `.jsonl`
/// files (recursively, sorted by name); a missing path is an error in place.
pub fn expand(paths: &[PathBuf], format: Format) -> Vec<Result<Input>> {
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Input {
                path: path.clone(),
                format,
            }));
            continue;
        }
        match std::fs::metadata(path) {
            Err(e) if e.kind() == io::ErrorKind::NotFound => {
                out.push(Err(Error::NotFound { path: path.clone() }))
            }
            Err(source) => out.push(Err(Error::Io {
                path: path.clone(),
                source,
            })),
            Ok(meta) if meta.is_dir() => {
                for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                    match entry {
                        Ok(e) if e.file_type().is_file() && wanted_in_directory(e.path()) => out
                            .push(Ok(Input {
                                path: e.into_path(),
                                format,
                            })),
                        Ok(_) => {}
                        Err(e) => {
                            let p = e.path().unwrap_or(path).to_path_buf();
                            let source = e
                                .into_io_error()
                                .unwrap_or_else(|| io::Error::other("file system loop"));
                            out.push(Err(Error::Io { path: p, source }));
                        }
                    }
                }
            }
            Ok(_) => out.push(Ok(Input {
                path: path.clone(),
                format,
            })),
        }
    }
    out
}

fn open(input: &Input) -> Result<Box<dyn BufRead + Send>> {
    if input.is_stdin() {
        return Ok(Box::new(BufReader::new(io::stdin())));
    }
    let file = File::open(&input.path).map_err(|source| match source.kind() {
        io::ErrorKind::NotFound => Error::NotFound {
            path: input.path.clone(),
        },
        _ => Error::Io {
            path: input.path.clone(),
            source,
        },
    })?;
    Ok(Box::new(BufReader::with_capacity(1 << 16, file)))
}

/// The documents of one input, read lazily: one for a text file, one per
/// line for JSON Lines. An error reading one JSON Lines record does not end
/// the stream; an error opening the input is its only item.
pub fn documents(input: &Input) -> Box<dyn Iterator<Item = Result<Source>> + Send> {
    let reader = match open(input) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(Err(e))),
    };
    match input.resolved_format() {
        Format::Jsonl => Box::new(JsonlDocuments::new(input.path.clone(), reader)),
        _ => Box::new(std::iter::once(read_text(input, reader))),
    }
}

fn read_text(input: &Input, mut reader: Box<dyn BufRead + Send>) -> Result<Source> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
        path: input.path.clone(),
        source,
    })?;
    let text = decode(&input.path, bytes)?;
    Ok(Source {
        id: input.path.display().to_string(),
        text,
    })
}
