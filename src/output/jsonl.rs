//! The JSON Lines line of a `DocumentView`, written by hand: exactly what
//! `serde_json::to_writer` writes for it (a test checks), in about half the
//! instructions. Serde escapes every field name of every record again and
//! copies each piece through a writer call; here the names are literals,
//! and a string without a byte to escape (nearly every one) is copied
//! whole. Any field added to a view must be added here too.

use super::record::{DocumentView, PartView, QuoteView, SpeakerRecord, WarningRecord};

/// Append the JSON of `view` and a newline to `out`.
pub fn write_document(out: &mut Vec<u8>, view: &DocumentView) {
    out.extend_from_slice(b"{\"id\":");
    string(out, view.id);
    if let Some(genre) = view.genre {
        out.extend_from_slice(b",\"genre\":");
        string(out, genre);
    }
    out.extend_from_slice(b",\"quotes\":");
    array(out, &view.quotes, quote);
    out.extend_from_slice(b",\"non_speech\":");
    array(out, &view.non_speech, quote);
    out.extend_from_slice(b",\"speakers\":");
    array(out, &view.speakers, speaker);
    out.extend_from_slice(b",\"warnings\":");
    array(out, &view.warnings, warning);
    if let Some(error) = &view.error {
        out.extend_from_slice(b",\"error\":");
        string(out, error);
    }
    if let Some(text) = view.text {
        out.extend_from_slice(b",\"text\":");
        string(out, text);
    }
    out.extend_from_slice(b"}\n");
}

fn quote(out: &mut Vec<u8>, q: &QuoteView) {
    out.extend_from_slice(b"{\"start\":");
    number(out, q.start);
    out.extend_from_slice(b",\"end\":");
    number(out, q.end);
    out.extend_from_slice(b",\"byte_start\":");
    number(out, q.byte_start);
    out.extend_from_slice(b",\"byte_end\":");
    number(out, q.byte_end);
    out.extend_from_slice(b",\"text\":");
    string(out, q.text);
    out.extend_from_slice(b",\"kind\":");
    string(out, q.kind);
    out.extend_from_slice(b",\"paragraph\":");
    number(out, q.paragraph);
    out.extend_from_slice(b",\"sentence\":");
    number(out, q.sentence);
    out.extend_from_slice(b",\"speaker\":");
    optional_string(out, q.speaker);
    out.extend_from_slice(b",\"speaker_mention\":");
    optional_string(out, q.speaker_mention);
    out.extend_from_slice(b",\"role\":");
    optional_string(out, q.role);
    out.extend_from_slice(b",\"speaker_kind\":");
    optional_string(out, q.speaker_kind);
    out.extend_from_slice(b",\"cue\":");
    optional_string(out, q.cue);
    out.extend_from_slice(b",\"confidence\":");
    match q.confidence {
        Some(c) => serde(out, &c),
        None => out.extend_from_slice(b"null"),
    }
    out.extend_from_slice(b",\"rule\":");
    optional_string(out, q.rule);
    if let Some(reason) = q.reason {
        out.extend_from_slice(b",\"reason\":");
        string(out, reason);
    }
    if let Some(explanation) = &q.explanation {
        out.extend_from_slice(b",\"explanation\":");
        string(out, explanation);
    }
    if !q.parts.is_empty() {
        out.extend_from_slice(b",\"parts\":");
        array(out, &q.parts, part);
    }
    out.push(b'}');
}

fn part(out: &mut Vec<u8>, p: &PartView) {
    out.extend_from_slice(b"{\"start\":");
    number(out, p.start);
    out.extend_from_slice(b",\"end\":");
    number(out, p.end);
    out.extend_from_slice(b",\"text\":");
    string(out, p.text);
    out.push(b'}');
}

fn speaker(out: &mut Vec<u8>, s: &SpeakerRecord) {
    out.extend_from_slice(b"{\"name\":");
    string(out, &s.name);
    out.extend_from_slice(b",\"role\":");
    optional_string(out, s.role.as_deref());
    out.extend_from_slice(b",\"kind\":");
    string(out, &s.kind);
    out.extend_from_slice(b",\"direct\":");
    number(out, s.direct);
    out.extend_from_slice(b",\"partial\":");
    number(out, s.partial);
    out.extend_from_slice(b",\"indirect\":");
    number(out, s.indirect);
    out.extend_from_slice(b",\"words\":");
    number(out, s.words);
    out.extend_from_slice(b",\"first_paragraph\":");
    number(out, s.first_paragraph);
    out.push(b'}');
}

fn warning(out: &mut Vec<u8>, w: &WarningRecord) {
    out.extend_from_slice(b"{\"offset\":");
    number(out, w.offset);
    out.extend_from_slice(b",\"line\":");
    number(out, w.line);
    out.extend_from_slice(b",\"column\":");
    number(out, w.column);
    out.extend_from_slice(b",\"message\":");
    string(out, &w.message);
    out.push(b'}');
}

/// `[a,b,…]`, each item written by `item`.
fn array<T>(out: &mut Vec<u8>, items: &[T], item: fn(&mut Vec<u8>, &T)) {
    out.push(b'[');
    for (i, t) in items.iter().enumerate() {
        if i > 0 {
            out.push(b',');
        }
        item(out, t);
    }
    out.push(b']');
}

fn number(out: &mut Vec<u8>, n: usize) {
    out.extend_from_slice(itoa::Buffer::new().format(n).as_bytes());
}

fn optional_string(out: &mut Vec<u8>, s: Option<&str>) {
    match s {
        Some(s) => string(out, s),
        None => out.extend_from_slice(b"null"),
    }
}

/// `s` as a JSON string: copied whole between quotation marks when no byte
/// of it is escaped in JSON, else written by serde_json.
fn string(out: &mut Vec<u8>, s: &str) {
    if is_plain(s.as_bytes()) {
        out.reserve(s.len() + 2);
        out.push(b'"');
        out.extend_from_slice(s.as_bytes());
        out.push(b'"');
    } else {
        serde(out, s);
    }
}

/// Is no byte of `bytes` one that JSON escapes (a quotation mark, a
/// backslash, a control character)? Read 16 bytes at a time, the last
/// ones padded with spaces, so that the test of a chunk compiles to a few
/// vector compares (strings are short: read a byte at a time, their tails
/// would cost most).
fn is_plain(bytes: &[u8]) -> bool {
    let (chunks, tail) = bytes.as_chunks::<16>();
    let mut last = [b' '; 16];
    last[..tail.len()].copy_from_slice(tail);
    chunks.iter().all(plain_chunk) && plain_chunk(&last)
}

/// `is_plain` of 16 bytes, without an exit inside them.
fn plain_chunk(chunk: &[u8; 16]) -> bool {
    chunk.iter().fold(true, |plain, &b| {
        plain & (b >= 0x20) & (b != b'"') & (b != b'\\')
    })
}

/// `value` as serde_json writes it.
fn serde<T: serde::Serialize + ?Sized>(out: &mut Vec<u8>, value: &T) {
    serde_json::to_writer(&mut *out, value).expect("JSON of a string or number into memory");
}

#[cfg(test)]
mod tests {
    use super::*;

    /// What serde_json writes for `view`, with the newline.
    fn by_serde(view: &DocumentView) -> Vec<u8> {
        let mut out = serde_json::to_vec(view).unwrap();
        out.push(b'\n');
        out
    }

    #[test]
    fn lines_are_what_serde_writes() {
        let texts = [
            include_str!("../../fixtures/seed/washington-post-kerry-lavrov.txt"),
            "“It is a \\ backslash, a \"quote\" and a\ttab\u{1},” she said.\n\n\
             “The first part of it,\n\n“and the second,” said Mr. Smith Jr.\n\n\
             “Unclosed, said nobody.\n\nHe said “we” did.",
            "",
            "Nobody spoke here.",
        ];
        for (k, text) in texts.iter().enumerate() {
            let analysis = crate::analyze(text);
            for explain in [false, true] {
                let mut view = DocumentView::new("doc-\"1\"", text, &analysis, explain);
                if k == 1 {
                    view.text = Some(text);
                    view.error = Some("an \"error\"\n".to_string());
                }
                let mut line = Vec::new();
                write_document(&mut line, &view);
                assert_eq!(
                    String::from_utf8(line).unwrap(),
                    String::from_utf8(by_serde(&view)).unwrap()
                );
            }
        }
    }

    #[test]
    fn plain_strings_have_no_byte_to_escape() {
        assert!(is_plain(
            "It’s “plain”, isn’t it? A long one, longer than a chunk.".as_bytes()
        ));
        for s in ["a\"b", "back\\slash", "tab\there", "x\u{1f}", "\n"] {
            assert!(!is_plain(s.as_bytes()), "{s:?}");
        }
    }
}
