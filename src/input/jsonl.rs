//! JSON Lines input: one object per line with `id` and `text`; other fields
//! are ignored. A bad line is an error for that line only.

use std::io::BufRead;
use std::path::PathBuf;

use serde::Deserialize;

use super::Source;
use crate::error::{Error, Result};

#[derive(Deserialize)]
struct Record {
    id: Option<serde_json::Value>,
    text: Option<String>,
}

/// Documents of a JSON Lines stream, one per non-blank line.
pub struct JsonlDocuments<R> {
    path: PathBuf,
    reader: R,
    line: usize,
    buf: Vec<u8>,
    done: bool,
    lossy: bool,
}

impl<R: BufRead> JsonlDocuments<R> {
    pub fn new(path: PathBuf, reader: R) -> Self {
        JsonlDocuments {
            path,
            reader,
            line: 0,
            buf: Vec::new(),
            done: false,
            lossy: false,
        }
    }

    /// Replace bytes that are not UTF-8 with U+FFFD instead of failing the
    /// line (`--lossy`). JSON Lines is always UTF-8 (RFC 8259).
    pub fn lossy(mut self, lossy: bool) -> Self {
        self.lossy = lossy;
        self
    }

    fn record_error(&self, message: impl Into<String>) -> Error {
        Error::Record {
            path: self.path.clone(),
            line: self.line,
            message: message.into(),
        }
    }

    fn parse(&self, bytes: &[u8]) -> Result<Source> {
        let line = match std::str::from_utf8(bytes) {
            Ok(line) => std::borrow::Cow::Borrowed(line),
            Err(_) if self.lossy => String::from_utf8_lossy(bytes),
            Err(e) => {
                return Err(self.record_error(format!(
                    "invalid UTF-8 at byte {} of the line (or use --lossy)",
                    e.valid_up_to()
                )));
            }
        };
        let record: Record = serde_json::from_str(&line).map_err(|e| Error::Json {
            path: self.path.clone(),
            line: self.line,
            message: e.to_string(),
        })?;
        let id = match record.id {
            Some(serde_json::Value::String(s)) => s,
            Some(serde_json::Value::Number(n)) => n.to_string(),
            Some(_) => return Err(self.record_error("`id` must be a string or a number")),
            None => return Err(self.record_error("no `id` field")),
        };
        let text = record
            .text
            .ok_or_else(|| self.record_error(format!("document {id}: no `text` field")))?;
        Ok(Source { id, text })
    }
}

impl<R: BufRead> Iterator for JsonlDocuments<R> {
    type Item = Result<Source>;

    fn next(&mut self) -> Option<Self::Item> {
        while !self.done {
            self.buf.clear();
            match self.reader.read_until(b'\n', &mut self.buf) {
                Ok(0) => self.done = true,
                Ok(_) => {
                    self.line += 1;
                    let mut bytes = std::mem::take(&mut self.buf);
                    if self.line == 1 && bytes.starts_with(b"\xEF\xBB\xBF") {
                        bytes.drain(..3);
                    }
                    let trimmed = bytes.trim_ascii();
                    if trimmed.is_empty() {
                        self.buf = bytes;
                        continue;
                    }
                    let item = self.parse(trimmed);
                    self.buf = bytes;
                    return Some(item);
                }
                Err(source) => {
                    self.done = true;
                    return Some(Err(Error::Io {
                        path: self.path.clone(),
                        source,
                    }));
                }
            }
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn docs(s: &str) -> Vec<Result<Source>> {
        JsonlDocuments::new(PathBuf::from("in.jsonl"), s.as_bytes()).collect()
    }

    #[test]
    fn reads_id_and_text_and_ignores_the_rest() {
        let d = docs(
            "{\"id\": \"a\", \"text\": \"Hi.\", \"quotes\": []}\n\n{\"id\": 7, \"text\": \"\"}\r\n",
        );
        let ok: Vec<Source> = d.into_iter().map(|r| r.unwrap()).collect();
        assert_eq!(
            ok,
            [
                Source {
                    id: "a".into(),
                    text: "Hi.".into()
                },
                Source {
                    id: "7".into(),
                    text: String::new()
                }
            ]
        );
    }

    #[test]
    fn a_bad_line_is_reported_and_the_rest_are_read() {
        let d = docs(
            "{\"id\": \"a\", \"text\": \"x\"}\n{oops\n{\"text\": \"y\"}\n{\"id\": \"b\", \"text\": \"z\"}",
        );
        assert!(d[0].is_ok() && d[3].is_ok());
        assert!(matches!(&d[1], Err(Error::Json { line: 2, .. })));
        assert_eq!(
            d[2].as_ref().unwrap_err().to_string(),
            "in.jsonl: line 3: no `id` field"
        );
    }
}
