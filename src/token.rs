//! Words and punctuation of a span of text, for the attribution rules.
//!
//! A word runs over letters and digits and keeps inner apostrophes,
//! hyphens, periods and ampersands (`isn’t`, `re-Sovietize`, `U.S`, `AT&T`);
//! a final period stays on titles, abbreviations and initials (`Mr.`,
//! `F.`, `U.S.`). Quotation marks are tokens of their own.

use crate::lexicon;
use crate::quote::marks::is_quote_mark;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum TokenKind {
    Word,
    Quote,
    Punct,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Token {
    pub span: Span,
    pub kind: TokenKind,
    /// What the word lists say of a word (`lexicon::class` bits).
    pub class: u32,
}

impl Token {
    pub fn text<'t>(&self, text: &'t str) -> &'t str {
        self.span.slice(text)
    }

    pub fn is_word(&self) -> bool {
        self.kind == TokenKind::Word
    }

    /// Is this a word that starts with an upper-case letter?
    pub fn is_capitalized(&self, text: &str) -> bool {
        self.is_word()
            && self
                .text(text)
                .chars()
                .next()
                .is_some_and(char::is_uppercase)
    }

    /// Does the word have any of the `lexicon::class` bits `bits`?
    pub fn has(&self, bits: u32) -> bool {
        self.class & bits != 0
    }

    /// Is this the punctuation character `c`?
    pub fn is(&self, text: &str, c: char) -> bool {
        !self.is_word() && self.text(text).starts_with(c)
    }
}

fn joins_word(c: char) -> bool {
    matches!(c, '’' | '\'' | '-' | '.' | '&' | '‑')
}

/// Keep a final period on this word? (`Mr.`, `F.`, `U.S.`, `Inc.`)
fn keeps_period(word: &str) -> bool {
    let single = word.chars().count() == 1 && word.chars().all(char::is_uppercase);
    single
        || word.contains('.')
        || lexicon::is_abbreviated_title(word)
        || lexicon::is_abbreviation(word)
        || lexicon::is_name_suffix(word)
}

/// The tokens of `span` in `text`. Whitespace separates and is dropped.
pub fn tokenize(text: &str, span: Span) -> Vec<Token> {
    let mut out = Vec::new();
    tokenize_into(text, span, &mut out);
    out
}

/// Append the tokens of `span` in `text` to `out`.
pub fn tokenize_into(text: &str, span: Span, out: &mut Vec<Token>) {
    let s = span.slice(text);
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        if c.is_alphanumeric() {
            let mut end = i + c.len_utf8();
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() || d == '\u{200d}' || is_mark(d) {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                if joins_word(d) {
                    // Only when a letter or digit follows: `isn’t`, `U.S`.
                    let after = s[j + d.len_utf8()..].chars().next();
                    if after.is_some_and(char::is_alphanumeric) {
                        end = j + d.len_utf8();
                        chars.next();
                        continue;
                    }
                    // A plural possessive: `Sanders’ campaign manager`.
                    if matches!(d, '’' | '\'')
                        && s[i..end].ends_with('s')
                        && after.is_some_and(char::is_whitespace)
                    {
                        end = j + d.len_utf8();
                        chars.next();
                        break;
                    }
                    if d == '.' && keeps_period(&s[i..end]) {
                        end = j + 1;
                        chars.next();
                    }
                }
                break;
            }
            out.push(Token {
                span: Span::new(span.start + i, span.start + end),
                kind: TokenKind::Word,
                class: lexicon::classes(&s[i..end]),
            });
            continue;
        }
        let kind = if is_quote_mark(c) {
            TokenKind::Quote
        } else {
            TokenKind::Punct
        };
        out.push(Token {
            span: Span::new(span.start + i, span.start + i + c.len_utf8()),
            kind,
            class: 0,
        });
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
        tokenize(t, Span::new(0, t.len()))
            .iter()
            .map(|k| k.text(t))
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
    fn possessives_and_trailing_apostrophes() {
        assert_eq!(
            words("Nuland’s and Jones’ car"),
            ["Nuland’s", "and", "Jones’", "car"]
        );
    }
}
