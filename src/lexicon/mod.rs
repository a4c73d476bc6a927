//! Word lists: plain UTF-8 files under `src/lexicon/data/`, one entry per
//! line, `#` starts a comment. They are embedded with `include_str!` and
//! parsed once, on first use.

use std::collections::{HashMap, HashSet};
use std::sync::LazyLock;

/// The entries of a word list file: trimmed, non-empty, comments removed.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    data.lines()
        .map(|l| l.split('#').next().unwrap_or("").trim())
        .filter(|l| !l.is_empty())
}

fn set(data: &'static str) -> HashSet<&'static str> {
    entries(data).collect()
}

/// Every file under `data/`, by name, for the tests that keep them tidy.
pub const FILES: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("data/abbreviations.txt")),
    ("naming_words.txt", include_str!("data/naming_words.txt")),
    (
        "sentence_starters.txt",
        include_str!("data/sentence_starters.txt"),
    ),
    ("speech_verbs.txt", include_str!("data/speech_verbs.txt")),
    ("titles.txt", include_str!("data/titles.txt")),
    ("work_nouns.txt", include_str!("data/work_nouns.txt")),
];

fn file(name: &str) -> &'static str {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, d)| *d)
        .unwrap_or_else(|| panic!("no word list {name}"))
}

/// A speech verb form and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbForm {
    /// Base form, as the first word of its line in `speech_verbs.txt`.
    pub lemma: &'static str,
}

static SPEECH_VERBS: LazyLock<HashMap<&'static str, VerbForm>> = LazyLock::new(|| {
    let mut map = HashMap::new();
    for line in entries(file("speech_verbs.txt")) {
        let mut words = line.split_whitespace();
        let lemma = words.next().unwrap_or_default();
        map.insert(lemma, VerbForm { lemma });
        for w in words {
            map.insert(w, VerbForm { lemma });
        }
    }
    map
});

/// The speech verb `word` is a form of (lower-case input).
pub fn speech_verb(word: &str) -> Option<VerbForm> {
    SPEECH_VERBS.get(word).copied()
}

static TITLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(file("titles.txt")));

/// Is `word` a title before a name (`Sen.`, `Sen`, `senator`, any case)?
pub fn is_title(word: &str) -> bool {
    let lower = word.to_lowercase();
    TITLES.contains(lower.as_str()) || TITLES.contains(format!("{lower}.").as_str())
}

/// Is `word` (without its final period) an abbreviated title such as `Mr`
/// or `Sen`, after which a sentence never ends?
pub fn is_abbreviated_title(word: &str) -> bool {
    TITLES.contains(format!("{}.", word.to_lowercase()).as_str())
}

static STARTERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(file("sentence_starters.txt")));

/// Is `word` a capitalized word that usually begins a sentence?
pub fn is_sentence_starter(word: &str) -> bool {
    STARTERS.contains(word)
}

static ABBREVIATIONS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(file("abbreviations.txt")));

/// Is `word` (as written, without its final period) an abbreviation that
/// does not end a sentence?
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(word)
}

static WORK_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set(file("work_nouns.txt")));

/// Is `word` (lower case) a noun that follows a quoted title (`series`)?
pub fn is_work_noun(word: &str) -> bool {
    WORK_NOUNS.contains(word)
}

static NAMING_WORDS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set(file("naming_words.txt")));

/// Is `word` (lower case) a word before a quoted name (`dubbed`)?
pub fn is_naming_word(word: &str) -> bool {
    NAMING_WORDS.contains(word)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_list_is_sorted_and_free_of_duplicates() {
        for (name, data) in FILES {
            let keys: Vec<&str> = entries(data)
                .map(|l| l.split_whitespace().next().unwrap_or(l))
                .collect();
            for pair in keys.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
        }
    }

    #[test]
    fn speech_verbs_know_their_inflections() {
        assert_eq!(speech_verb("replied").unwrap().lemma, "reply");
        assert_eq!(speech_verb("told").unwrap().lemma, "tell");
        assert_eq!(speech_verb("says").unwrap().lemma, "say");
        assert!(speech_verb("table").is_none());
    }

    #[test]
    fn titles_and_abbreviations() {
        assert!(is_title("Sen.") && is_title("sen") && is_title("Senator"));
        assert!(!is_title("spokeswoman"));
        assert!(is_abbreviated_title("Gov") && !is_abbreviated_title("Governor"));
        assert!(is_sentence_starter("The") && !is_sentence_starter("Senate"));
        assert!(is_abbreviation("Feb") && is_abbreviation("a.m"));
        assert!(!is_abbreviation("Kerry"));
    }
}
