//! Reading inputs: files, directories (recursively: `.txt`, `.jsonl`,
//! `.html`, `.htm`), and `-` for standard input; plain text, saved web pages
//! (`html`, whose article text is analysed) or JSON Lines records with `id`
//! and `text`. Each document is read when it is needed, so JSON Lines
//! streams. How bytes become text is in `decode`.

mod decode;
pub mod html;
mod jsonl;

use std::fs::File;
use std::io::{self, BufRead, BufReader, Read};
use std::path::{Path, PathBuf};

pub use encoding_rs::Encoding;

pub use decode::{Decoding, decode, decode_with, encoding_for_name, html_declared_encoding};
pub use jsonl::JsonlDocuments;

use crate::error::{Error, Result};

/// How an input's bytes are to be read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// By extension: `.jsonl` is JSON Lines, `.html` and `.htm` HTML,
    /// anything else plain text.
    #[default]
    Auto,
    Text,
    Jsonl,
    /// A saved web page: its article text is analysed.
    Html,
}

/// How inputs are read: their format and how their bytes become text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Options {
    pub format: Format,
    pub decoding: Decoding,
}

impl From<Format> for Options {
    fn from(format: Format) -> Self {
        Options {
            format,
            decoding: Decoding::default(),
        }
    }
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
    pub decoding: Decoding,
}

impl Input {
    pub fn is_stdin(&self) -> bool {
        self.path.as_os_str() == "-"
    }

    /// The format this input is read in.
    pub fn resolved_format(&self) -> Format {
        match self.format {
            Format::Auto if has_extension(&self.path, &["jsonl"]) => Format::Jsonl,
            Format::Auto if has_extension(&self.path, &["html", "htm"]) => Format::Html,
            Format::Auto => Format::Text,
            f => f,
        }
    }
}

fn has_extension(path: &Path, wanted: &[&str]) -> bool {
    path.extension()
        .and_then(|e| e.to_str())
        .is_some_and(|e| wanted.iter().any(|w| e.eq_ignore_ascii_case(w)))
}

fn wanted_in_directory(path: &Path) -> bool {
    has_extension(path, &["txt", "jsonl", "html", "htm"])
}

/// Expand command-line paths: a directory becomes its `.txt`, `.jsonl`,
/// `.html` and `.htm` files (recursively, sorted by name); a missing path, or
/// a directory without such files, is an error in place.
pub fn expand(paths: &[PathBuf], options: impl Into<Options>) -> Vec<Result<Input>> {
    let Options { format, decoding } = options.into();
    let mut out = Vec::new();
    for path in paths {
        if path.as_os_str() == "-" {
            out.push(Ok(Input {
                path: path.clone(),
                format,
                decoding,
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
                let before = out.len();
                for entry in walkdir::WalkDir::new(path).sort_by_file_name() {
                    match entry {
                        Ok(e) if e.file_type().is_file() && wanted_in_directory(e.path()) => out
                            .push(Ok(Input {
                                path: e.into_path(),
                                format,
                                decoding,
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
                if out.len() == before {
                    out.push(Err(Error::EmptyDirectory { path: path.clone() }));
                }
            }
            Ok(_) => out.push(Ok(Input {
                path: path.clone(),
                format,
                decoding,
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

/// The documents of one input, read lazily: one for a text or HTML file, one
/// per line for JSON Lines. An error reading one JSON Lines record does not end
/// the stream; an error opening the input is its only item.
pub fn documents(input: &Input) -> Box<dyn Iterator<Item = Result<Source>> + Send> {
    let reader = match open(input) {
        Ok(r) => r,
        Err(e) => return Box::new(std::iter::once(Err(e))),
    };
    match input.resolved_format() {
        Format::Jsonl => {
            Box::new(JsonlDocuments::new(input.path.clone(), reader).lossy(input.decoding.lossy))
        }
        format => Box::new(std::iter::once(read_text(input, reader, format))),
    }
}

/// A whole text or HTML file. The file is read in one piece (analysis needs
/// all of it), growing the buffer geometrically, so a file of any size costs
/// linear time and its own size in memory.
fn read_text(input: &Input, mut reader: Box<dyn BufRead + Send>, format: Format) -> Result<Source> {
    let mut bytes = Vec::new();
    reader.read_to_end(&mut bytes).map_err(|source| Error::Io {
        path: input.path.clone(),
        source,
    })?;
    let html = format == Format::Html;
    let declared = if html {
        html_declared_encoding(&bytes)
    } else {
        None
    };
    let mut text = decode_with(&input.path, bytes, input.decoding, declared)?;
    if html {
        text = html::extract_text(&text);
    }
    Ok(Source {
        id: input.path.display().to_string(),
        text,
    })
}
