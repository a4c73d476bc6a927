//! UAX#29 sentence boundaries, fast.
//!
//! `unicode-segmentation` looks every character up in the sentence-break
//! tables, which costs more than the rest of the analysis of a news article
//! together. A boundary can only fall after a sentence terminator, so the
//! fast path finds the terminators (`.`, `?`, `!` in text whose other
//! characters are letters, digits, ASCII and common punctuation) and runs
//! the UAX#29 algorithm only on a short window around each: from two
//! characters before the terminator to the first letter after it, which is
//! all the context the rules read. Text with any other character takes the
//! full algorithm. Tests check that both give the same boundaries.
//!
//! Line breaks inside a paragraph (a hard-wrapped one) are read as spaces:
//! UAX#29 would end a sentence at every line.

use std::cell::RefCell;
use std::sync::LazyLock;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use unicode_segmentation::UnicodeSegmentation;

/// Non-ASCII characters that are neither letters nor digits and that are
/// never a sentence terminator or separator in UAX#29.
const COMMON: &[char] = &[
    '\u{a0}', '\u{ad}', '\u{2002}', '\u{2003}', '\u{2004}', '\u{2005}', '\u{2006}', '\u{2007}',
    '\u{2008}', '\u{2009}', '\u{200a}', '\u{200b}', '\u{200c}', '\u{200d}', '\u{202f}', '\u{feff}',
    '“', '”', '‘', '’', '«', '»', '‹', '›', '„', '‚', '「', '」', '『', '』', '—', '–', '‐', '‑',
    '‒', '―', '…', '•', '·', '°', '€', '£', '¥', '©', '®', '™', '§', '¶', '†', '‡', '′', '″', '½',
    '¼', '¾', '×', '÷', '±', '¡', '¿', '→', '←', '↑', '↓', '★', '■', '●', '◆', '►', '✓',
];

/// Letters and digits of the Latin, Greek and Cyrillic blocks, and the
/// fullwidth Latin letters and digits (`Ｔｈｅ`, `１２`), whose UAX#29
/// classes (upper, lower, other letter, numeric) Rust's character
/// properties give exactly; combining marks are left out.
fn simple_letter(c: char) -> bool {
    (c as u32) < 0x0530 && crate::token::is_alphanumeric(c) && !('\u{300}'..='\u{36f}').contains(&c)
        || FULLWIDTH_ALPHANUMERIC.iter().any(|r| r.contains(&c))
}

/// Fullwidth digits, capitals and small letters (Numeric, Upper, Lower in
/// UAX#29); the fullwidth punctuation between them (`．`, `！`) is left out.
const FULLWIDTH_ALPHANUMERIC: [std::ops::RangeInclusive<char>; 3] = [
    '\u{ff10}'..='\u{ff19}',
    '\u{ff21}'..='\u{ff3a}',
    '\u{ff41}'..='\u{ff5a}',
];

/// Pictographs (`📰`, `😀`, `🚀`), all of the UAX#29 class Other: no
/// letter, terminator or separator. The skin-tone modifiers (U+1F3FB–
/// U+1F3FF), of the class Extend, are left out.
const PICTOGRAPHS: [std::ops::RangeInclusive<char>; 4] = [
    '\u{1f300}'..='\u{1f3fa}',
    '\u{1f400}'..='\u{1f64f}',
    '\u{1f680}'..='\u{1f6ff}',
    '\u{1f900}'..='\u{1f9ff}',
];

static COMMON_SET: LazyLock<HashSet<char>> = LazyLock::new(|| COMMON.iter().copied().collect());

fn fast_path_applies(p: &str) -> bool {
    // ASCII bytes are skipped without decoding.
    let bytes = p.as_bytes();
    let mut i = 0;
    while let Some(k) = first_non_ascii(&bytes[i..]) {
        i += k;
        let Some(c) = p[i..].chars().next() else {
            break;
        };
        if !(simple_letter(c)
            || COMMON_SET.contains(&c)
            || PICTOGRAPHS.iter().any(|r| r.contains(&c)))
        {
            return false;
        }
        i += c.len_utf8();
    }
    true
}

/// Where the first byte of `bytes` that is not ASCII is: 32 bytes at a
/// time through `<[u8]>::is_ascii`, which reads a word at a time, then the
/// chunk that holds it byte by byte (a byte-by-byte search of the whole
/// paragraph cost five instructions a byte).
fn first_non_ascii(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    for chunk in bytes.chunks(32) {
        if !chunk.is_ascii() {
            return chunk.iter().position(|b| !b.is_ascii()).map(|k| at + k);
        }
        at += chunk.len();
    }
    None
}

/// Replace line breaks with spaces (same byte length) when there are any.
fn without_line_breaks(s: &str) -> std::borrow::Cow<'_, str> {
    if s.contains(['\n', '\r']) {
        std::borrow::Cow::Owned(s.replace(['\n', '\r'], " "))
    } else {
        std::borrow::Cow::Borrowed(s)
    }
}

/// UAX#29 boundaries of `p` by the full algorithm: byte offsets where a
/// sentence starts, the first (0) left out.
pub fn boundaries_slow(p: &str) -> Vec<usize> {
    without_line_breaks(p)
        .split_sentence_bound_indices()
        .skip(1)
        .map(|(i, _)| i)
        .collect()
}

/// UAX#29 boundaries of `p`: byte offsets where a sentence starts, the
/// first (0) left out. The same as `boundaries_slow`, faster.
pub fn boundaries(p: &str) -> Vec<usize> {
    if !fast_path_applies(p) {
        return boundaries_slow(p);
    }
    let bytes = p.as_bytes();
    let mut out = Vec::new();
    let mut from = 0;
    while let Some(k) = memchr::memchr3(b'.', b'?', b'!', &bytes[from..]) {
        let t = from + k;
        // Two characters of context before the terminator.
        let mut start = t;
        for _ in 0..2 {
            if start > 0 {
                start = p.floor_char_boundary(start - 1);
            }
        }
        // After it: more terminators, then anything up to and including
        // the first letter (the rules look that far, and no further).
        let mut end = t;
        let mut letter_at = None;
        for c in p[t..].chars() {
            if c.is_alphabetic() {
                letter_at = Some(end);
            }
            end += c.len_utf8();
            if letter_at.is_some() {
                break;
            }
        }
        if letter_at.is_some() {
            // One character more, so that a boundary before the letter is
            // not the window's end.
            end = p[end..].chars().next().map_or(end, |c| end + c.len_utf8());
        }
        window_boundaries(&p[start..end], |i| {
            let b = start + i;
            if b > t && out.last().is_none_or(|&last| last < b) {
                out.push(b);
            }
        });
        // Every terminator before that letter had its whole context in
        // this window: continue at the letter, or stop when the window ran
        // to the end. (Continuing after the terminator alone made a
        // paragraph of numbers, "1.5 2.3 …", quadratic.)
        match letter_at {
            Some(l) => from = l,
            None => break,
        }
    }
    out.retain(|&b| b < p.len());
    out
}

/// Windows whose boundaries are known, by shape (see `window_boundaries`).
const MAX_SHAPES: usize = 1 << 14;

/// Known shapes with their boundaries, and a buffer to write the next one in.
type Shapes = (HashMap<Box<[u8]>, Vec<usize>>, Vec<u8>);

thread_local! {
    static SHAPES: RefCell<Shapes> = RefCell::default();
}

/// Give each UAX#29 boundary of `window` but its start (a byte offset in
/// the window, line breaks read as spaces) to `each`, in order.
///
/// UAX#29 reads nothing of a character but its Sentence_Break class, and
/// the ASCII letters and digits have three (Lower, Upper, Numeric): windows
/// that differ only in which letter or digit stands where have the same
/// boundaries. Each window is written as its shape (`xx. Xx` for `ed. Th`)
/// and the full algorithm runs once per shape, not once per terminator.
fn window_boundaries(window: &str, mut each: impl FnMut(usize)) {
    SHAPES.with_borrow_mut(|(shapes, shape)| {
        shape.clear();
        shape.extend(window.bytes().map(|b| match b {
            b'a'..=b'z' => b'x',
            b'A'..=b'Z' => b'X',
            b'0'..=b'9' => b'0',
            b'\n' | b'\r' => b' ',
            _ => b,
        }));
        if let Some(known) = shapes.get(shape.as_slice()) {
            known.iter().copied().for_each(&mut each);
            return;
        }
        // ASCII bytes were replaced by ASCII bytes: still UTF-8.
        let text = std::str::from_utf8(shape).expect("a shape is UTF-8");
        let found: Vec<usize> = text
            .split_sentence_bound_indices()
            .skip(1)
            .map(|(i, _)| i)
            .collect();
        found.iter().copied().for_each(&mut each);
        if shapes.len() >= MAX_SHAPES {
            shapes.clear();
        }
        shapes.insert(shape.as_slice().into(), found);
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_characters_are_never_terminators() {
        for &c in COMMON {
            let s = format!("Ab{c} Cd ef");
            assert_eq!(
                boundaries_slow(&s),
                Vec::<usize>::new(),
                "{c:?} ends a sentence"
            );
        }
    }

    #[test]
    fn fast_and_slow_agree_on_tricky_text() {
        for p in [
            "It rained. We left.",
            "The U.S. Senate met at 10 a.m. Monday. It was over.",
            "“Is it over?” another reporter asked. No!",
            "Wait... what? Yes!! Done.",
            "1.5 2.3 4.7 9.1",
            "1.5 2.3 ... 4.7!? 9.1 Then A. 3.2 x.",
            "He said “stop.” Then he left.",
            "Prices rose 3.5 percent. (They fell.) Again.",
            "etc., and so on. Next one.",
            "End with a dot.",
            "A line\nbreak. Next\rline. And\r\nmore.",
            "Ça va. Élan vital. “Oui.” ‘Non.’ — Fin.",
            "x. y. Z. a.b.c. D",
            ". . . Then.",
            "!?!",
        ] {
            assert_eq!(boundaries(p), boundaries_slow(p), "{p:?}");
        }
    }

    #[test]
    fn letters_of_the_fast_path_have_their_uax29_class() {
        // A letter ends the look-ahead of rule SB8 when UAX#29 counts it as
        // a letter: after `. ` a lower-case letter joins the sentences, an
        // upper-case one splits them.
        for c in (0u32..0x530)
            .filter_map(char::from_u32)
            .filter(|&c| simple_letter(c))
        {
            let s = format!("a. {c}b");
            assert_eq!(boundaries(&s), boundaries_slow(&s), "{c:?}");
        }
    }

    #[test]
    fn fullwidth_letters_have_their_uax29_class() {
        for c in FULLWIDTH_ALPHANUMERIC.iter().flat_map(|r| r.clone()) {
            assert!(simple_letter(c), "{c:?}");
            for s in [
                format!("a. {c}b"),
                format!("{c}{c}. {c}b. x"),
                format!("x{c}. y{c}! Z"),
                format!("{c}.{c} {c}? “{c}” a"),
            ] {
                assert!(fast_path_applies(&s), "{s:?}");
                assert_eq!(boundaries(&s), boundaries_slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn pictographs_are_never_letters_or_terminators() {
        for c in PICTOGRAPHS.iter().flat_map(|r| r.clone()) {
            assert!(!c.is_alphanumeric(), "{c:?}");
            assert_eq!(
                boundaries_slow(&format!("Ab{c} Cd ef")),
                Vec::<usize>::new(),
                "{c:?} ends a sentence"
            );
            for s in [
                format!("{c} Politics. It rained{c}. {c} We left."),
                format!("a.{c} b. {c}{c}. X. y{c}! Z"),
                format!("Wait.{c}{c} what? {c}A"),
            ] {
                assert!(fast_path_applies(&s), "{s:?}");
                assert_eq!(boundaries(&s), boundaries_slow(&s), "{s:?}");
            }
        }
    }

    #[test]
    fn other_scripts_take_the_full_algorithm() {
        let p = "大臣は言った。明日話します。";
        assert!(!fast_path_applies(p));
        assert_eq!(boundaries(p), boundaries_slow(p));
        assert_eq!(boundaries(p).len(), 1);
    }
}
