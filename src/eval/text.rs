//! Text helpers with the semantics of Python's `str` and `re`, as `score.py`
//! uses them: NFKC and quote folding, edge stripping, word tokens, Python's
//! `\w` and `\s`.

use std::collections::HashSet;
use std::sync::LazyLock;

use regex::Regex;
use unicode_normalization::{IsNormalized, UnicodeNormalization, is_nfkc_quick};

/// Quotation marks stripped from the edges of a quote (`QUOTE_CHARS`).
const QUOTE_CHARS: &[char] = &[
    '"', '\'', '\u{201c}', '\u{201d}', '\u{2018}', '\u{2019}', '\u{201e}', '\u{201a}', '\u{ab}',
    '\u{bb}', '\u{2039}', '\u{203a}', '`', '\u{b4}',
];

/// Everything else stripped from the edges of a quote (`EDGE_STRIP`).
const EDGE_OTHER: &[char] = &[
    ' ', '\t', '\r', '\n', '\u{a0}', '.', ',', ';', ':', '!', '?', '-', '\u{2013}', '\u{2014}',
    '(', ')', '[', ']', '{', '}', '\u{2026}', '*', '_',
];

/// Python's `\w` on `str`: `str.isalnum()` or `_`, that is letters (L*),
/// numbers (N*) and the underscore. Unlike the regex crate's `\w`, it does
/// not match combining marks or connector punctuation other than `_`.
pub(crate) const PY_WORD_CLASS: &str = r"[\p{L}\p{N}_]";

/// Python's `\w` for one character.
pub(crate) fn is_py_word(c: char) -> bool {
    static WORD: LazyLock<Regex> =
        LazyLock::new(|| Regex::new(&format!("^{PY_WORD_CLASS}$")).expect("valid"));
    if c.is_ascii() {
        return c.is_ascii_alphanumeric() || c == '_';
    }
    let mut buf = [0; 4];
    WORD.is_match(c.encode_utf8(&mut buf))
}

/// Python's `str.isspace()` (and `\s`): Unicode White_Space plus the
/// information separators U+001C–U+001F.
pub(crate) fn is_py_space(c: char) -> bool {
    c.is_whitespace() || ('\u{1c}'..='\u{1f}').contains(&c)
}

/// NFKC, then the curly single quotes and the backtick become `'`.
pub(crate) fn fold(s: &str) -> String {
    let normal: String = if is_nfkc_quick(s.chars()) == IsNormalized::Yes {
        s.to_string()
    } else {
        s.nfkc().collect()
    };
    if normal.contains(['\u{2019}', '\u{2018}', '`']) {
        normal.replace(['\u{2019}', '\u{2018}', '`'], "'")
    } else {
        normal
    }
}

/// The set of lower-cased word tokens of a quote: folded, stripped of quote
/// marks, spaces and punctuation at both edges, then `\w+(?:'\w+)*`.
pub fn quote_tokens(s: &str) -> HashSet<String> {
    static TOKEN: LazyLock<Regex> = LazyLock::new(|| {
        let w = PY_WORD_CLASS;
        Regex::new(&format!("{w}+(?:'{w}+)*")).expect("valid token pattern")
    });
    let folded = fold(s);
    let stripped = folded.trim_matches(|c| QUOTE_CHARS.contains(&c) || EDGE_OTHER.contains(&c));
    let lower = stripped.to_lowercase();
    TOKEN
        .find_iter(&lower)
        .map(|m| m.as_str().to_string())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn tokens(s: &str) -> Vec<String> {
        let mut v: Vec<String> = quote_tokens(s).into_iter().collect();
        v.sort();
        v
    }

    #[test]
    fn quote_marks_and_edge_punctuation_go_and_case_folds() {
        assert_eq!(
            tokens("“They have NOT connected,”"),
            ["connected", "have", "not", "they"]
        );
        assert_eq!(tokens("...(ok)!"), ["ok"]);
    }

    #[test]
    fn apostrophes_join_words_after_folding() {
        assert_eq!(tokens("It’s up to him"), ["him", "it's", "to", "up"]);
        assert_eq!(tokens("rock `n' roll"), ["n", "rock", "roll"]);
    }

    #[test]
    fn nfkc_folds_compatibility_characters() {
        // Fullwidth letters and a ligature become plain letters.
        assert_eq!(tokens("ＡＢＣ ﬁne"), ["abc", "fine"]);
    }

    #[test]
    fn python_word_characters_exclude_combining_marks() {
        // NFKC leaves "n" + U+0308 alone (no precomposed form); Python's \w
        // does not match the mark, so the word splits.
        assert_eq!(tokens("man\u{0308}ner"), ["man", "ner"]);
        // Lower-casing İ gives i + U+0307, which splits the same way.
        assert_eq!(tokens("İstanbul"), ["i", "stanbul"]);
        // Numbers of every kind are word characters; ½ folds to 1⁄2.
        assert_eq!(tokens("Ⅳ ½"), ["1", "2", "iv"]);
    }

    #[test]
    fn python_space_includes_information_separators() {
        assert!(is_py_space('\u{1f}') && is_py_space('\u{3000}') && !is_py_space('x'));
        assert!(is_py_word('_') && is_py_word('é') && !is_py_word('\u{301}') && !is_py_word('‿'));
    }
}
