//! Words and punctuation of a span of text, for the attribution rules.
//!
//! A word runs over letters and digits and keeps inner apostrophes,
//! hyphens, periods and ampersands (`isn’t`, `re-Sovietize`, `U.S`, `AT&T`);
//! a final period stays on titles, abbreviations and initials (`Mr.`,
//! `F.`, `U.S.`). Quotation marks are tokens of their own.

use std::borrow::Cow;
use std::sync::LazyLock;

use crate::lexicon;
use crate::quote::marks::is_quote_mark;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Quote,
    Punct,
}

/// A token of a text, borrowed from it: its text is read without slicing
/// (and checking the bounds of) the text again.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    pub span: Span,
    /// The text of `span`, as the tokenizer sliced it.
    word: &'t str,
    /// `word` in lower case when `lower_known`: `word` itself when it has
    /// no capital, else its slice of the lowered text (`lowered_text`).
    lowered: &'t str,
    pub kind: TokenKind,
    /// What the word lists say of a word (`lexicon::class` bits).
    pub class: u32,
    /// Is `lowered` the token's lower case (as `lexicon::lower`)? The
    /// tokenizer has read every byte of it, and rules that lower-case a
    /// word ask again and again; nearly always it is (not for a letter
    /// whose lower case is longer, or a final sigma).
    lower_known: bool,
}

impl<'t> Token<'t> {
    /// The token's text (`span` of the text it was read from).
    #[inline]
    pub fn text(&self) -> &'t str {
        self.word
    }

    /// The token's text in lower case (as `lexicon::lower`), borrowed from
    /// the text or the lowered text when that is it.
    #[inline(always)]
    pub fn lower(&self) -> Cow<'t, str> {
        if self.lower_known {
            Cow::Borrowed(self.lowered)
        } else {
            self.lower_other()
        }
    }

    /// `lower` of a token whose lower case the lowered text does not hold,
    /// out of line.
    #[inline(never)]
    fn lower_other(&self) -> Cow<'t, str> {
        lexicon::lower(self.word)
    }

    #[inline]
    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Is this a word that starts with an upper-case letter?
    #[inline(always)]
    pub fn is_capitalized(&self) -> bool {
        self.is_word() && starts_upper(self.word)
    }

    /// Does the word have any of the `lexicon::class` bits `bits`?
    #[inline]
    pub fn has(&self, bits: u32) -> bool {
        self.class & bits != 0
    }

    /// Is this a dash: hyphen-minus, en dash, em dash or horizontal bar
    /// (`-`, `–`, `—`, `―`)?
    #[inline]
    pub fn is_dash(&self) -> bool {
        self.is('-') || self.is('–') || self.is('—') || self.is('―')
    }

    /// Is this the punctuation character `c`?
    #[inline]
    pub fn is(&self, c: char) -> bool {
        !self.is_word()
            && if c.is_ascii() {
                // The first byte, without decoding a character.
                self.word.as_bytes().first() == Some(&(c as u8))
            } else {
                self.word.starts_with(c)
            }
    }
}

fn joins_word(c: char) -> bool {
    matches!(c, '’' | '\'' | '-' | '.' | '&' | '‑')
}

/// Keep a final period on this word? (`Mr.`, `F.`, `U.S.`, `Inc.`)
fn keeps_period(word: &str) -> bool {
    let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single
        || lexicon::is_dotted_abbreviation(word)
        || lexicon::may_be_abbreviated(word)
            && (lexicon::is_abbreviated_title(word)
                || lexicon::is_abbreviation(word)
                || lexicon::is_name_suffix(word))
}

/// The tokens of `span` in `text`. Whitespace separates and is dropped.
/// `lowered` is `lowered_text(text)` (or `text.to_ascii_lowercase()`),
/// which the tokens borrow (as `tokenize_into`).
pub fn tokenize<'t>(text: &'t str, lowered: &'t str, span: Span) -> Vec<Token<'t>> {
    let mut out = Vec::new();
    tokenize_into(text, lowered, span, &mut out);
    out
}

/// Append the tokens of `span` in `text` to `out`. `lowered` is the text
/// with its ASCII letters in lower case (`str::to_ascii_lowercase`, the
/// same byte offsets; `lowered_text` lowers other capitals too), where the
/// word lists are looked up and where the tokens' lower case is read.
pub fn tokenize_into<'t>(text: &'t str, lowered: &'t str, span: Span, out: &mut Vec<Token<'t>>) {
    debug_assert_eq!(text.len(), lowered.len());
    let s = span.slice(text);
    let lowered = span.slice(lowered);
    let mut i = 0;
    while let Some(&b) = s.as_bytes().get(i) {
        // An ASCII space or letter, most of news text, is told by its
        // byte, without decoding a character.
        if b.is_ascii() {
            if matches!(b, b' ' | b'\t'..=b'\r') {
                i += 1;
                continue;
            }
            if ASCII_WORD[usize::from(b)] != 0 {
                i = push_word(s, lowered, span.start, i, i, true, out);
                continue;
            }
        }
        let Some(c) = char_at(s, i) else { break };
        let n = c.len_utf8();
        if c.is_whitespace() {
            i += n;
            continue;
        }
        if is_alphanumeric(c) {
            i = push_word(s, lowered, span.start, i, i + n, c.is_ascii(), out);
            continue;
        }
        let kind = if is_quote_mark(c) {
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        let word = &s[i..i + n];
        out.push(Token {
            span: Span::new(span.start + i, span.start + i + n),
            word,
            // (No punctuation changes case.)
            lowered: word,
            kind,
            class: 0,
            lower_known: true,
        });
        i += n;
    }
}

/// Push the word that starts at byte `start` of `s` (at `offset` in the
/// text; `lowered` is `s` with ASCII letters in lower case), read on from
/// `end` (`start` itself, or the end of a first character that is not
/// ASCII; ASCII or not, `ascii`), and say where it ends.
fn push_word<'t>(
    s: &'t str,
    lowered: &'t str,
    offset: usize,
    start: usize,
    end: usize,
    ascii: bool,
    out: &mut Vec<Token<'t>>,
) -> usize {
    let (end, rest_ascii, capitals) = word_end(s, start, end);
    let ascii = ascii && rest_ascii;
    let word = &s[start..end];
    // Without ASCII capitals, a word is its own ASCII lower case.
    let ascii_lower = if capitals { &lowered[start..end] } else { word };
    let (lowered, lower_known) = if ascii {
        (ascii_lower, true)
    } else {
        other_lower(word, &lowered[start..end], ascii_lower)
    };
    let mut class = lexicon::classes_of(word, lowered.as_bytes(), lower_known);
    if starts_upper(word) && !lexicon::is_compound_adjective(word) {
        class |= lexicon::class::CAPITAL;
    }
    out.push(Token {
        span: Span::new(offset + start, offset + end),
        word,
        lowered,
        kind: TokenKind::Word,
        class,
        lower_known,
    });
    end
}

/// The lower case of a `word` that is not ASCII, given its slice of the
/// lowered text (`lowered`) and of its ASCII lower case (`ascii_lower`),
/// and whether that is it (see `Token::lower_known`). Lower-cased here
/// once, not by every rule that reads the word (`Présidentielle`).
#[inline(never)]
fn other_lower<'t>(word: &'t str, lowered: &'t str, ascii_lower: &'t str) -> (&'t str, bool) {
    if lexicon::plain_case(word) {
        (ascii_lower, true)
    } else {
        (lowered, lexicon::lower(word) == lowered)
    }
}

/// `text` lowered for the tokenizer, at the same byte offsets: its ASCII
/// capitals in lower case (`str::to_ascii_lowercase`), and the capitals
/// of Latin-1 and Latin Extended-A, Greek and Cyrillic whose lower case is
/// one character of as many bytes (`É`, `Ł`, `Σ`, `Д`). A word's slice of
/// it is then the word's lower case, but for the few that `push_word`
/// finds otherwise (other letters, a final sigma).
pub fn lowered_text(text: &str) -> String {
    let mut lowered = text.to_ascii_lowercase();
    let bytes = text.as_bytes();
    // The first bytes of those letters in UTF-8, found by `memchr` (the
    // bytes of curly quotation marks and dashes are passed over).
    let firsts = memchr::memchr3_iter(0xc3, 0xc4, 0xc5, bytes)
        .chain(memchr::memchr3_iter(0xce, 0xcf, 0xd0, bytes));
    let mut buf = [0; 4];
    for at in firsts {
        // (No later byte of a character is C0 or over: `at` starts one.)
        if let Some(l) = text[at..].chars().next().and_then(same_length_lower) {
            lowered.replace_range(at..at + l.len_utf8(), l.encode_utf8(&mut buf));
        }
    }
    lowered
}

/// The lower case of the capital `c` when it is one character of as many
/// bytes in UTF-8.
fn same_length_lower(c: char) -> Option<char> {
    if !c.is_uppercase() {
        return None;
    }
    let mut lower = c.to_lowercase();
    match (lower.next(), lower.next()) {
        (Some(l), None) if l.len_utf8() == c.len_utf8() => Some(l),
        _ => None,
    }
}

/// Does `word` start with an upper-case letter? ASCII is tested inline;
/// anything else is decoded out of line.
#[inline(always)]
fn starts_upper(word: &str) -> bool {
    match word.as_bytes().first() {
        Some(b) if b.is_ascii() => b.is_ascii_uppercase(),
        Some(_) => starts_upper_other(word),
        None => false,
    }
}

/// `starts_upper` past its ASCII test.
#[inline(never)]
fn starts_upper_other(word: &str) -> bool {
    word.chars().next().is_some_and(char::is_uppercase)
}

/// The character at byte `i` of `s` (a character boundary), decoded only
/// when it is not ASCII: news text is nearly all ASCII.
fn char_at(s: &str, i: usize) -> Option<char> {
    match *s.as_bytes().get(i)? {
        b if b.is_ascii() => Some(char::from(b)),
        _ => s[i..].chars().next(),
    }
}

/// Where the word that starts at byte `start` of `s` ends, read on from
/// `end` (`start`, or the end of a first character that is not ASCII);
/// whether the characters from `end` are all ASCII (so that the word's
/// classes are looked up without checking it again); and whether they
/// hold an ASCII capital.
fn word_end(s: &str, start: usize, mut end: usize) -> (usize, bool, bool) {
    let bytes = s.as_bytes();
    let mut ascii = true;
    // `ASCII_WORD` bits of the ASCII letters and digits read.
    let mut seen = 0;
    loop {
        let (n, bits) = ascii_run(&bytes[end..]);
        end += n;
        seen |= bits;
        let capitals = seen & CAPITAL != 0;
        // A space and most ASCII punctuation end a word at once: of ASCII,
        // only these join words.
        match bytes.get(end) {
            Some(b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b'&' | b'/') => {
                return (end, ascii, capitals);
            }
            _ => {}
        }
        let Some(d) = char_at(s, end) else {
            return (end, ascii, capitals);
        };
        let next = end + d.len_utf8();
        if is_alphanumeric(d) || d == '\u{200d}' || is_mark(d) {
            ascii &= d.is_ascii();
            end = next;
            continue;
        }
        // `Times/CBS`, `NBC/WSJ`: a slash between capitalized words joins
        // the names of a poll's sponsors into one (not `and/or`, `9/11`).
        if d == '/'
            && starts_upper(&s[start..end])
            && char_at(s, next).is_some_and(|c| c.is_ascii_uppercase())
        {
            end = next;
            continue;
        }
        if joins_word(d) {
            // Only when a letter or digit follows: `isn’t`, `U.S`.
            let after = char_at(s, next);
            if after.is_some_and(is_alphanumeric) {
                ascii &= d.is_ascii();
                end = next;
                continue;
            }
            // A plural possessive: `Sanders’ campaign manager`.
            if matches!(d, '’' | '\'')
                && s[start..end].ends_with('s')
                && after.is_some_and(char::is_whitespace)
            {
                return (next, ascii && d.is_ascii(), capitals);
            }
            if d == '.' && keeps_period(&s[start..end]) {
                return (next, ascii, capitals);
            }
        }
        return (end, ascii, capitals);
    }
}

/// How many ASCII letters and digits `bytes` starts with, and the
/// `ASCII_WORD` bits of them all.
#[inline(always)]
fn ascii_run(bytes: &[u8]) -> (usize, u8) {
    let mut seen = 0;
    for (n, &b) in bytes.iter().enumerate() {
        let bits = ASCII_WORD[usize::from(b)];
        if bits == 0 {
            return (n, seen);
        }
        seen |= bits;
    }
    (bytes.len(), seen)
}

/// `ASCII_WORD` bit of every ASCII letter and digit.
const ALPHANUMERIC: u8 = 1;
/// `ASCII_WORD` bit of an ASCII capital.
const CAPITAL: u8 = 2;

/// `u8::is_ascii_alphanumeric` and `u8::is_ascii_uppercase` as a table of
/// bits: one load per byte of a word.
static ASCII_WORD: [u8; 256] = {
    let mut table = [0; 256];
    let mut b = 0;
    while b < 256 {
        if (b as u8).is_ascii_alphanumeric() {
            table[b] = ALPHANUMERIC;
        }
        if (b as u8).is_ascii_uppercase() {
            table[b] |= CAPITAL;
        }
        b += 1;
    }
    table
};

/// `char::is_alphanumeric`, without the Unicode tables for ASCII and for
/// General Punctuation (U+2000–U+206F: curly quotation marks, dashes,
/// spaces; none is a letter or digit), the other characters of news text;
/// and read from bits for the Latin, Greek and Cyrillic letters (U+0080–
/// U+052F) and the fullwidth forms (U+FF00–U+FFEF), where the Unicode
/// table is searched at about 250 instructions a character.
#[inline]
pub(crate) fn is_alphanumeric(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        is_other_alphanumeric(c)
    }
}

/// `is_alphanumeric` of a character that is not ASCII, out of line.
#[inline(never)]
fn is_other_alphanumeric(c: char) -> bool {
    let n = c as usize;
    match n {
        ..0x530 => ALPHANUMERIC_BITS.has(n),
        0x2000..=0x206f => false,
        0xff00..=0xffef => ALPHANUMERIC_BITS.has(n - 0xff00 + 0x530),
        _ => c.is_alphanumeric(),
    }
}

/// `char::is_alphanumeric` of U+0000–U+052F, then of U+FF00–U+FFEF, as
/// bits, computed once from `char::is_alphanumeric` itself.
static ALPHANUMERIC_BITS: LazyLock<Bits> = LazyLock::new(|| {
    let mut bits = Bits([0; 28]);
    let chars = (0..0x530).chain(0xff00..0xfff0);
    for (i, c) in chars.enumerate() {
        if char::from_u32(c).is_some_and(char::is_alphanumeric) {
            bits.0[i / 64] |= 1 << (i % 64);
        }
    }
    bits
});

struct Bits([u64; 28]);

impl Bits {
    fn has(&self, i: usize) -> bool {
        self.0[i / 64] & (1 << (i % 64)) != 0
    }
}

/// Combining marks continue a word.
fn is_mark(c: char) -> bool {
    matches!(c as u32, 0x0300..=0x036F)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn words(t: &str) -> Vec<&str> {
        let lowered = t.to_ascii_lowercase();
        tokenize(t, &lowered, Span::new(0, t.len()))
            .iter()
            .map(|k| k.span.slice(t))
            .collect()
    }

    #[test]
    fn words_keep_inner_marks_and_abbreviation_periods() {
        assert_eq!(
            words("“It isn’t,” said Mr. John F. Kerry of the U.S. re-Sovietize."),
            [
                "“",
                "It",
                "isn’t",
                ",",
                "”",
                "said",
                "Mr.",
                "John",
                "F.",
                "Kerry",
                "of",
                "the",
                "U.S.",
                "re-Sovietize",
                "."
            ]
        );
    }

    #[test]
    fn a_web_address_or_a_number_leaves_its_final_period() {
        assert_eq!(
            words("by lemonde.fr. It grew 3.5. At 10 a.m. and"),
            [
                "by",
                "lemonde.fr",
                ".",
                "It",
                "grew",
                "3.5",
                ".",
                "At",
                "10",
                "a.m.",
                "and"
            ]
        );
    }

    #[test]
    fn alphanumeric_shortcut_agrees_with_char() {
        for c in (0..0x3000)
            .chain(0xfe00..0x10100)
            .filter_map(char::from_u32)
        {
            assert_eq!(is_alphanumeric(c), c.is_alphanumeric(), "{c:?}");
        }
    }

    #[test]
    fn lower_case_is_the_lexicons() {
        let t = "said iPhone McCAIN U.S. re-Sovietize O’Neill’s José ÉCOLE x-Ray 3D “Hi,” Ǆemal ΟΔΟΣ İstanbul";
        for lowered in [t.to_ascii_lowercase(), lowered_text(t)] {
            let tokens = tokenize(t, &lowered, Span::new(0, t.len()));
            assert_eq!(tokens.len(), 17);
            for k in &tokens {
                assert_eq!(k.lower(), lexicon::lower(k.text()), "{:?}", k.text());
            }
        }
        // Held by the lowered text but where the lower case is longer
        // (`İ`), depends on the letter's place (a final sigma) or is of
        // a block `lowered_text` passes over (Latin Extended-B: `Ǆ`).
        let lowered = lowered_text(t);
        let unknown = tokenize(t, &lowered, Span::new(0, t.len()))
            .iter()
            .filter(|k| !k.lower_known)
            .map(|k| k.text())
            .collect::<Vec<_>>();
        assert_eq!(unknown, ["Ǆemal", "ΟΔΟΣ", "İstanbul"]);
    }

    #[test]
    fn possessives_and_trailing_apostrophes() {
        assert_eq!(
            words("Nuland’s and Jones’ car"),
            ["Nuland’s", "and", "Jones’", "car"]
        );
    }
}
