//! Bytes to text.
//!
//! The policy, in order:
//!
//! 1. A byte order mark decides: UTF-8, UTF-16LE or UTF-16BE. It wins over
//!    `--encoding` and over an HTML `<meta charset>` (as browsers do), and it
//!    is dropped, so offsets count from the first character after it.
//! 2. Otherwise the encoding named with `--encoding` (any WHATWG label:
//!    `utf-8`, `utf-16le`, `windows-1252`, `latin1`, `iso-8859-1`, …; as in
//!    browsers, `latin1` and `iso-8859-1` mean windows-1252).
//! 3. Otherwise, for HTML, the page's own `<meta charset>` declaration.
//! 4. Otherwise UTF-8. Bytes that are not UTF-8 are an error naming the file
//!    and the byte offset, or, with `--lossy`, replaced by U+FFFD. There is
//!    no guessing: a BOM-less file is read as windows-1252 only when it says
//!    so, since a wrong guess silently changes the quotations' text.
//!
//! A NUL byte (a NUL code unit in UTF-16) marks binary data, which is refused.
//! Line ends are kept as they are (CRLF and CR work everywhere).

use std::path::Path;

use encoding_rs::{DecoderResult, Encoding, UTF_8, UTF_16BE, UTF_16LE};

use crate::error::{Error, Result};

/// How an input's bytes become text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Decoding {
    /// The encoding named with `--encoding`; `None` reads UTF-8 unless a BOM
    /// (or an HTML page's `<meta charset>`) says otherwise.
    pub encoding: Option<&'static Encoding>,
    /// Replace malformed byte sequences with U+FFFD instead of failing.
    pub lossy: bool,
}

/// The encoding a command-line name stands for, if it is one that can be
/// decoded (`replacement`, the WHATWG stand-in for unsafe encodings, is not).
pub fn encoding_for_name(name: &str) -> Option<&'static Encoding> {
    Encoding::for_label(name.trim().as_bytes()).filter(|e| *e != encoding_rs::REPLACEMENT)
}

/// Decode a whole file as UTF-8 (a BOM is dropped, and a UTF-16 BOM is
/// honoured), strictly.
pub fn decode(path: &Path, bytes: Vec<u8>) -> Result<String> {
    decode_with(path, bytes, Decoding::default(), None)
}

/// Decode a whole file by the policy above. `declared` is the encoding the
/// document declares itself (an HTML `<meta charset>`), if any.
pub fn decode_with(
    path: &Path,
    mut bytes: Vec<u8>,
    decoding: Decoding,
    declared: Option<&'static Encoding>,
) -> Result<String> {
    let (encoding, bom) = match Encoding::for_bom(&bytes) {
        Some((e, len)) => (e, len),
        None => (decoding.encoding.or(declared).unwrap_or(UTF_8), 0),
    };
    let utf16 = encoding == UTF_16LE || encoding == UTF_16BE;
    let nul = if utf16 {
        bytes[bom..]
            .chunks_exact(2)
            .position(|u| u == [0, 0])
            .map(|i| bom + 2 * i)
    } else {
        memchr::memchr(0, &bytes)
    };
    if let Some(offset) = nul {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    if encoding == UTF_8 {
        bytes.drain(..bom);
        return match String::from_utf8(bytes) {
            Ok(s) => Ok(s),
            Err(e) if decoding.lossy => Ok(String::from_utf8_lossy(e.as_bytes()).into_owned()),
            Err(e) => Err(Error::Utf8 {
                path: path.to_path_buf(),
                offset: e.utf8_error().valid_up_to() + bom,
            }),
        };
    }
    let body = &bytes[bom..];
    if decoding.lossy {
        return Ok(encoding.decode_without_bom_handling(body).0.into_owned());
    }
    let mut decoder = encoding.new_decoder_without_bom_handling();
    let mut text = String::with_capacity(
        decoder
            .max_utf8_buffer_length_without_replacement(body.len())
            .unwrap_or(body.len().saturating_mul(3)),
    );
    let (result, read) = decoder.decode_to_string_without_replacement(body, &mut text, true);
    match result {
        DecoderResult::InputEmpty => Ok(text),
        DecoderResult::Malformed(len, extra) => Err(Error::Malformed {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            offset: bom + read - usize::from(len) - usize::from(extra),
        }),
        // The buffer was sized for the worst case; should it still be short,
        // say so rather than lose text.
        DecoderResult::OutputFull => Err(Error::Malformed {
            path: path.to_path_buf(),
            encoding: encoding.name(),
            offset: bom + read,
        }),
    }
}

/// The encoding an HTML page declares in its first 1024 bytes
/// (`<meta charset="…">` or `<meta http-equiv="Content-Type"
/// content="text/html; charset=…">`). As in browsers, a page that declares
/// UTF-16 without a BOM is read as UTF-8.
pub fn html_declared_encoding(bytes: &[u8]) -> Option<&'static Encoding> {
    let head = &bytes[..bytes.len().min(1024)];
    let lower = head.to_ascii_lowercase();
    let mut from = 0;
    while let Some(i) = memchr::memmem::find(&lower[from..], b"charset") {
        let mut at = from + i + b"charset".len();
        from = at;
        // Only inside a <meta …> tag.
        let tag_start = lower[..at].iter().rposition(|&b| b == b'<');
        let tag_end = lower[..at].iter().rposition(|&b| b == b'>');
        let in_meta = match (tag_start, tag_end) {
            (Some(s), e) if e.is_none_or(|e| e < s) => lower[s..].starts_with(b"<meta"),
            _ => false,
        };
        if !in_meta {
            continue;
        }
        while lower.get(at).is_some_and(u8::is_ascii_whitespace) {
            at += 1;
        }
        if lower.get(at) != Some(&b'=') {
            continue;
        }
        at += 1;
        while lower
            .get(at)
            .is_some_and(|b| b.is_ascii_whitespace() || *b == b'"' || *b == b'\'')
        {
            at += 1;
        }
        let len = lower[at..]
            .iter()
            .position(|b| b.is_ascii_whitespace() || b";\"'>/".contains(b))
            .unwrap_or(lower.len() - at);
        let encoding =
            Encoding::for_label(&lower[at..at + len]).filter(|e| *e != encoding_rs::REPLACEMENT)?;
        return Some(if encoding == UTF_16LE || encoding == UTF_16BE {
            UTF_8
        } else {
            encoding
        });
    }
    None
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with(bytes: &[u8], encoding: Option<&str>, lossy: bool) -> Result<String> {
        let decoding = Decoding {
            encoding: encoding.map(|n| encoding_for_name(n).expect("known encoding")),
            lossy,
        };
        decode_with(Path::new("a.txt"), bytes.to_vec(), decoding, None)
    }

    #[test]
    fn bom_is_dropped() {
        assert_eq!(
            decode(Path::new("a"), b"\xEF\xBB\xBFhi".to_vec()).unwrap(),
            "hi"
        );
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let e = decode(Path::new("a.txt"), b"ok \xFF".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt: invalid UTF-8 at byte 3 (use --encoding to name the file's encoding, or --lossy)"
        );
        let e = decode(Path::new("a.txt"), b"\xEF\xBB\xBFok \xC3(".to_vec()).unwrap_err();
        assert!(
            matches!(e, Error::Utf8 { offset: 6, .. }),
            "offsets count the BOM: {e}"
        );
    }

    #[test]
    fn lossy_replaces_what_is_not_utf8() {
        assert_eq!(
            with(b"caf\xE9 \xFF", None, true).unwrap(),
            "caf\u{FFFD} \u{FFFD}"
        );
    }

    #[test]
    fn nul_bytes_are_binary() {
        let e = decode(Path::new("b.bin"), b"ab\0c".to_vec()).unwrap_err();
        assert!(matches!(e, Error::Binary { offset: 2, .. }));
        let e = with(b"\xFF\xFEa\0\0\0", None, false).unwrap_err();
        assert!(matches!(e, Error::Binary { offset: 4, .. }), "{e}");
    }

    #[test]
    fn utf16_with_a_bom_either_way() {
        let text = "“Oui,” dit-il — ça va.";
        let mut le = vec![0xFF, 0xFE];
        let mut be = vec![0xFE, 0xFF];
        for u in text.encode_utf16() {
            le.extend(u.to_le_bytes());
            be.extend(u.to_be_bytes());
        }
        assert_eq!(with(&le, None, false).unwrap(), text);
        assert_eq!(with(&be, None, false).unwrap(), text);
        // The BOM wins over a wrong --encoding.
        assert_eq!(with(&le, Some("windows-1252"), false).unwrap(), text);
    }

    #[test]
    fn malformed_utf16_names_the_byte_or_is_replaced() {
        // BOM, "a", an unpaired high surrogate, "b".
        let bytes = b"\xFF\xFEa\0\x00\xD8b\0";
        let e = with(bytes, None, false).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt: invalid UTF-16LE at byte 4 (use --lossy to replace what cannot be decoded)"
        );
        assert_eq!(with(bytes, None, true).unwrap(), "a\u{FFFD}b");
    }

    #[test]
    fn windows_1252_only_when_named() {
        let bytes = b"\x93Yes,\x94 she said \x96 caf\xE9.";
        assert_eq!(
            with(bytes, Some("windows-1252"), false).unwrap(),
            "“Yes,” she said – café."
        );
        assert_eq!(
            with(bytes, Some("latin1"), false).unwrap(),
            "“Yes,” she said – café.",
            "latin1 is windows-1252, as in browsers"
        );
        assert!(matches!(
            with(bytes, None, false),
            Err(Error::Utf8 { offset: 0, .. })
        ));
    }

    #[test]
    fn named_utf8_is_still_strict() {
        assert!(matches!(
            with(b"ok \xFF", Some("utf8"), false),
            Err(Error::Utf8 { offset: 3, .. })
        ));
    }

    #[test]
    fn unknown_and_replacement_encodings_are_refused() {
        assert!(encoding_for_name("klingon").is_none());
        assert!(encoding_for_name("iso-2022-kr").is_none());
        assert_eq!(
            encoding_for_name(" Latin1 "),
            Some(encoding_rs::WINDOWS_1252)
        );
    }

    #[test]
    fn html_meta_charset_is_found() {
        let page = b"<!doctype html><html><head><meta charset=\"windows-1252\"><title>x</title>";
        assert_eq!(
            html_declared_encoding(page),
            Some(encoding_rs::WINDOWS_1252)
        );
        let page =
            b"<head><META HTTP-EQUIV=\"Content-Type\" CONTENT=\"text/html; charset=ISO-8859-1\">";
        assert_eq!(
            html_declared_encoding(page),
            Some(encoding_rs::WINDOWS_1252)
        );
        assert_eq!(
            html_declared_encoding(b"<meta charset=utf-16>"),
            Some(UTF_8)
        );
        assert_eq!(
            html_declared_encoding(b"<p>the charset=latin1 trick</p>"),
            None,
            "only inside a meta tag"
        );
        assert_eq!(html_declared_encoding(b"<meta charset=\"nonsense\">"), None);
        assert_eq!(html_declared_encoding(b"<meta charset"), None);
    }
}
