//! Sentence boundaries inside one paragraph.

use super::uax29;
use crate::lexicon;
use crate::quote::marks::is_quote_mark;
use crate::span::Span;

/// Trimmed sentence spans of the paragraph `para` of `text`.
pub fn sentences(text: &str, para: Span) -> Vec<Span> {
    let mut out = Vec::new();
    sentences_into(text, para, &mut out);
    out
}

/// `sentences`, written into `out` (emptied first), so that one buffer
/// serves every paragraph of a text.
pub(super) fn sentences_into(text: &str, para: Span, out: &mut Vec<Span>) {
    let p = para.slice(text);
    out.clear();
    let mut start = 0;
    for i in uax29::boundaries(p) {
        if !joins(&p[start..i], &p[i..]) {
            out.push(Span::new(para.start + start, para.start + i).trim(text));
            start = i;
        }
    }
    out.push(Span::new(para.start + start, para.end).trim(text));
    out.retain(|s| !s.is_empty());
}

/// Should the UAX#29 boundary between `prev` (the sentence so far) and
/// `rest` (the remaining paragraph) be removed?
fn joins(prev: &str, rest: &str) -> bool {
    let prev = prev.trim_end();
    let rest = rest.trim_start();
    let Some(first) = rest.chars().next() else {
        return true;
    };
    if first.is_lowercase() || prev.is_empty() {
        return true;
    }
    if is_list_marker(prev) {
        return true;
    }
    // `(Texas Sen.) Ted Cruz`: a closing bracket after an abbreviation's
    // period ends no sentence either.
    let prev = prev.strip_suffix(')').unwrap_or(prev);
    if let Some(before) = prev.strip_suffix('.') {
        let token = last_token(before);
        let next = first_word(rest);
        if lexicon::is_abbreviated_title(token) {
            return true;
        }
        let initial = token.len() == 1 && token.chars().all(|c| c.is_uppercase());
        let dotted = lexicon::is_dotted_abbreviation(token);
        if (initial || dotted || lexicon::is_abbreviation(token))
            && !next.is_empty()
            && !lexicon::is_sentence_starter(next)
            && !is_quote_mark(first)
        {
            return true;
        }
    }
    ends_in_quoted_stop(prev) && is_attribution_tail(rest)
}

/// The word (letters, digits and inner periods) at the end of `s`.
fn last_token(s: &str) -> &str {
    let start = s
        .char_indices()
        .rev()
        .take_while(|(_, c)| c.is_alphanumeric() || *c == '.')
        .last()
        .map_or(s.len(), |(i, _)| i);
    &s[start..]
}

/// The first word (letters and digits) of `s`.
fn first_word(s: &str) -> &str {
    let end = s
        .char_indices()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(s.len(), |(i, _)| i);
    &s[..end]
}

/// `1.`, `a)`, `(2)`, `iv.`: a list number on its own.
fn is_list_marker(s: &str) -> bool {
    let inner = s.trim_start_matches('(');
    let Some(body) = inner.strip_suffix(['.', ')']) else {
        return false;
    };
    let number = !body.is_empty() && body.len() <= 3 && body.chars().all(|c| c.is_ascii_digit());
    let letter = body.len() == 1 && body.chars().all(|c| c.is_ascii_alphabetic());
    let roman = !body.is_empty() && body.len() <= 4 && body.chars().all(|c| "ivxIVX".contains(c));
    number || letter || roman
}

/// Does `s` end with `?`, `!`, `.` or `…` followed by closing quotation marks?
fn ends_in_quoted_stop(s: &str) -> bool {
    let body = s.trim_end_matches(is_quote_mark);
    body.len() < s.len() && body.ends_with(['?', '!', '.', '…'])
}

/// Is the start of `rest` a short attribution such as `Nuland replied.`,
/// `Another reporter asked.` or `Mr. Smith said on Friday.`?
fn is_attribution_tail(rest: &str) -> bool {
    // The tail is a few words with no punctuation inside: look no further
    // than that, or a paragraph of quotations would be read to its end at
    // every boundary.
    let mut end = rest.len();
    let mut words = 0;
    let mut in_word = false;
    for (i, c) in rest.char_indices() {
        if is_quote_mark(c) || matches!(c, ',' | ';' | ':') {
            return false;
        }
        if matches!(c, '.' | '!' | '?') && ends_sentence_at(rest, i) {
            end = i;
            break;
        }
        if c.is_whitespace() {
            in_word = false;
        } else if !in_word {
            in_word = true;
            words += 1;
            if words > MAX_TAIL_WORDS {
                return false;
            }
        }
    }
    let tail = &rest[..end];
    let words: Vec<&str> = tail.split_whitespace().collect();
    let Some(verb) = words
        .iter()
        .take(6)
        .position(|w| lexicon::speech_verb(&lexicon::to_lowercase(w)).is_some())
    else {
        return false;
    };
    verb >= 1 && words.len() - verb - 1 <= 3 && !words.contains(&"that")
}

/// The most words of an attribution after a quotation (`Mr. John Smith,
/// the spokesman, said on Friday` is already more).
const MAX_TAIL_WORDS: usize = 10;

/// Is the `.`, `!` or `?` at byte `i` of `s` the end of a sentence (not the
/// period of `Mr.`)?
fn ends_sentence_at(s: &str, i: usize) -> bool {
    let before = &s[..i];
    let token = last_token(before);
    !(s[i..].starts_with('.') && lexicon::is_abbreviated_title(token))
        && s[i + 1..].chars().next().is_none_or(char::is_whitespace)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn split(t: &str) -> Vec<&str> {
        sentences(t, Span::new(0, t.len()))
            .iter()
            .map(|s| s.slice(t))
            .collect()
    }

    #[test]
    fn plain_sentences_split() {
        assert_eq!(split("It rained. We left."), ["It rained.", "We left."]);
    }

    #[test]
    fn titles_never_end_a_sentence() {
        assert_eq!(
            split("Sen. Warren and Mr. Smith spoke. Dr. Who left."),
            ["Sen. Warren and Mr. Smith spoke.", "Dr. Who left."]
        );
    }

    #[test]
    fn an_abbreviation_closing_a_bracket_ends_no_sentence() {
        assert_eq!(
            split("Both Trump and (Texas Sen.) Ted Cruz scare me. (He left.) We stayed."),
            [
                "Both Trump and (Texas Sen.) Ted Cruz scare me.",
                "(He left.)",
                "We stayed."
            ]
        );
    }

    #[test]
    fn initials_and_dotted_abbreviations() {
        assert_eq!(
            split("John F. Kerry met the U.S. Senate at 10 a.m. Monday."),
            ["John F. Kerry met the U.S. Senate at 10 a.m. Monday."]
        );
        assert_eq!(
            split("He lives in the U.S. The rest is history."),
            ["He lives in the U.S.", "The rest is history."]
        );
    }

    #[test]
    fn a_web_address_or_a_number_ends_a_sentence() {
        assert_eq!(
            split("The deal is off, according to Politico.com. Other news followed."),
            [
                "The deal is off, according to Politico.com.",
                "Other news followed."
            ]
        );
        assert_eq!(
            split("Growth was 3.5. Prices rose. She has a Ph.D. Smith said so."),
            [
                "Growth was 3.5.",
                "Prices rose.",
                "She has a Ph.D. Smith said so."
            ]
        );
    }

    #[test]
    fn month_and_company_abbreviations() {
        assert_eq!(
            split("Kerry called on Feb. 11. Apple Inc. Chief Tim Cook agreed."),
            [
                "Kerry called on Feb. 11.",
                "Apple Inc. Chief Tim Cook agreed."
            ]
        );
    }

    #[test]
    fn question_in_quotes_with_attribution_is_one_sentence() {
        assert_eq!(
            split("“Is it over?” another reporter asked. She left."),
            ["“Is it over?” another reporter asked.", "She left."]
        );
        assert_eq!(
            split("“Is it over?” Nuland asked. She left."),
            ["“Is it over?” Nuland asked.", "She left."]
        );
    }

    #[test]
    fn quotation_of_several_sentences_may_split_inside() {
        assert_eq!(
            split("“We will talk. It is up to him,” she said."),
            ["“We will talk.", "It is up to him,” she said."]
        );
    }

    #[test]
    fn quoted_sentence_followed_by_a_new_sentence_splits() {
        assert_eq!(
            split("“We won.” Nuland said the call came later that day."),
            ["“We won.”", "Nuland said the call came later that day."]
        );
    }

    #[test]
    fn list_items_keep_their_number() {
        assert_eq!(split("1. Buy milk."), ["1. Buy milk."]);
        assert_eq!(split("iv. Buy bread."), ["iv. Buy bread."]);
        assert_eq!(split("One. Two."), ["One.", "Two."]);
    }

    #[test]
    fn ellipsis_before_lower_case_does_not_split() {
        assert_eq!(
            split("We waited... and waited. Then nothing."),
            ["We waited... and waited.", "Then nothing."]
        );
    }
}
