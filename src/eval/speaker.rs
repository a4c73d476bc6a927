//! Speaker normalization and the speaker-right rule of `score.py`.

use super::text::{fold, is_py_space, is_py_word};

/// Titles dropped from the front of a speaker name (`TITLES`).
pub const TITLES: &[&str] = &[
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "sir",
    "dame",
    "lord",
    "lady",
    "sen",
    "senator",
    "rep",
    "representative",
    "gov",
    "governor",
    "president",
    "vice",
    "secretary",
    "minister",
    "spokesman",
    "spokeswoman",
    "spokesperson",
    "rev",
    "gen",
    "col",
    "capt",
    "judge",
    "mayor",
    "chancellor",
];

/// Suffixes skipped when taking the last name (`NAME_SUFFIXES`).
pub const NAME_SUFFIXES: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// The normalized tokens of a speaker string (empty for none): folded,
/// lower-cased, possessives dropped, punctuation other than inner hyphens
/// turned to spaces, leading titles dropped unless nothing else is left.
pub fn norm_speaker(s: Option<&str>) -> Vec<String> {
    let Some(s) = s else {
        return Vec::new();
    };
    let lower = fold(s).to_lowercase();
    let chars: Vec<char> = lower.trim_matches(is_py_space).chars().collect();
    let chars = drop_possessives(&chars);
    let cleaned: String = chars
        .iter()
        .map(|&c| {
            if is_py_word(c) || is_py_space(c) || c == '-' {
                c
            } else {
                ' '
            }
        })
        .collect();
    let full: Vec<String> = cleaned
        .split(is_py_space)
        .map(|t| t.trim_matches('-'))
        .filter(|t| !t.is_empty())
        .map(str::to_string)
        .collect();
    let titles = full
        .iter()
        .take_while(|t| TITLES.contains(&t.as_str()))
        .count();
    if titles < full.len() {
        full[titles..].to_vec()
    } else {
        full
    }
}

/// `re.sub(r"'s\b", "", s)` then `re.sub(r"s'(?=\s|$)", "s", s)`, with
/// Python's `\w` and `\s`.
fn drop_possessives(chars: &[char]) -> Vec<char> {
    let mut once = Vec::with_capacity(chars.len());
    let mut i = 0;
    while i < chars.len() {
        let boundary = chars.get(i + 2).is_none_or(|&c| !is_py_word(c));
        if chars[i] == '\'' && chars.get(i + 1) == Some(&'s') && boundary {
            i += 2;
        } else {
            once.push(chars[i]);
            i += 1;
        }
    }
    let mut out = Vec::with_capacity(once.len());
    let mut i = 0;
    while i < once.len() {
        let followed = once.get(i + 2).is_none_or(|&c| is_py_space(c));
        if once[i] == 's' && once.get(i + 1) == Some(&'\'') && followed {
            out.push('s');
            i += 2;
        } else {
            out.push(once[i]);
            i += 1;
        }
    }
    out
}

/// The last token that is not a suffix such as `jr`.
pub fn last_name(toks: &[String]) -> Option<&str> {
    toks.iter()
        .rev()
        .find(|t| !NAME_SUFFIXES.contains(&t.as_str()))
        .map(String::as_str)
}

/// Whether a predicted speaker is right for a gold speaker and its aliases:
/// equal after normalization to the speaker or an alias, or the same last
/// name as the speaker (or as an alias of two or more tokens). A null gold
/// speaker is only matched by a null or empty prediction.
pub fn speaker_right(pred: Option<&str>, gold: Option<&str>, aliases: &[String]) -> bool {
    let p = norm_speaker(pred);
    let g = norm_speaker(gold);
    if g.is_empty() {
        return p.is_empty();
    }
    if p.is_empty() {
        return false;
    }
    let aliases: Vec<Vec<String>> = aliases
        .iter()
        .map(|a| norm_speaker(Some(a)))
        .filter(|a| !a.is_empty())
        .collect();
    if p == g || aliases.contains(&p) {
        return true;
    }
    let Some(pl) = last_name(&p) else {
        return false;
    };
    if Some(pl) == last_name(&g) {
        return true;
    }
    aliases
        .iter()
        .any(|a| a.len() >= 2 && Some(pl) == last_name(a))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn norm(s: &str) -> Vec<String> {
        norm_speaker(Some(s))
    }

    fn right(pred: &str, gold: &str, aliases: &[&str]) -> bool {
        let aliases: Vec<String> = aliases.iter().map(|a| a.to_string()).collect();
        speaker_right(Some(pred), Some(gold), &aliases)
    }

    #[test]
    fn titles_go_unless_they_are_all_there_is() {
        assert_eq!(norm("Mr. John Smith"), ["john", "smith"]);
        assert_eq!(norm("Vice President Pence"), ["pence"]);
        assert_eq!(norm("the President"), ["the", "president"]);
        assert_eq!(norm("President"), ["president"]);
    }

    #[test]
    fn possessives_and_punctuation() {
        assert_eq!(norm("Nuland’s"), ["nuland"]);
        assert_eq!(norm("the Joneses' lawyer"), ["the", "joneses", "lawyer"]);
        assert_eq!(norm("Jones'"), ["jones"]);
        // 's followed by a letter is not a possessive.
        assert_eq!(norm("o'shea"), ["o", "shea"]);
        assert_eq!(norm("Jean-Luc -Picard-"), ["jean-luc", "picard"]);
    }

    #[test]
    fn rules_of_score_py() {
        assert!(right("smith", "Mr. Smith", &[]));
        assert!(right("Toria Nuland", "Victoria Nuland", &[]));
        assert!(right("She", "Victoria Nuland", &["she"]));
        assert!(right("Secretary Kerry", "John Kerry", &[]));
        assert!(right("Bob Jr.", "Robert Bob Sr.", &[]));
        assert!(right("Ms. Psaki", "the spokeswoman", &["Jen Psaki"]));
        assert!(right("Psaki", "the spokeswoman", &["Psaki"]));
        assert!(!right("Jen Psaki", "the spokeswoman", &["Psaki"]));
        assert!(!right("Smith", "Nuland", &["she"]));
        assert!(speaker_right(None, None, &[]));
        assert!(speaker_right(Some(" "), None, &[]));
        assert!(!speaker_right(Some("Nuland"), None, &[]));
        assert!(!speaker_right(None, Some("Nuland"), &[]));
    }
}
