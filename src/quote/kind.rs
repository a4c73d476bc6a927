//! What a quoted span is: an utterance (`direct`), a fragment inside the
//! writer's own sentence (`partial`), or not speech at all (a `title` of a
//! work, a `name` or nickname). Reported speech without marks is `indirect`,
//! and `mixed` when the clause holds a long quoted fragment (`said the
//! ferry was “too slow for the riders”`); a fragment that no one is found
//! to have said becomes `scare` during attribution.

use serde::Serialize;

use super::pairs::Quotation;
use crate::lexicon;
use crate::span::Span;

#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Kind {
    Direct,
    Partial,
    Indirect,
    /// A reported clause that holds quoted words (PolNeAR's mixed
    /// quotation): `Trump said Ryan's refusal was “not a good thing”`.
    Mixed,
    Title,
    Name,
    Scare,
}

impl Kind {
    /// Is this kind somebody's speech (counted for speakers)?
    pub fn is_speech(self) -> bool {
        matches!(
            self,
            Kind::Direct | Kind::Partial | Kind::Indirect | Kind::Mixed
        )
    }

    /// Is this kind a reported clause (`indirect`, or `mixed` when it holds
    /// quoted words) rather than words inside marks?
    pub fn is_reported(self) -> bool {
        matches!(self, Kind::Indirect | Kind::Mixed)
    }

    pub fn as_str(self) -> &'static str {
        match self {
            Kind::Direct => "direct",
            Kind::Partial => "partial",
            Kind::Indirect => "indirect",
            Kind::Mixed => "mixed",
            Kind::Title => "title",
            Kind::Name => "name",
            Kind::Scare => "scare",
        }
    }
}

/// Punctuation that ends a quoted utterance inside its marks.
fn ends_utterance(s: &str) -> bool {
    s.trim_end().ends_with([
        '.', ',', '?', '!', '…', '—', '–', ':', ';', '-', '。', '！', '？', '，',
    ])
}

fn last_word(s: &str) -> &str {
    s.trim_end_matches(|c: char| !c.is_alphanumeric())
        .rsplit(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
}

fn first_word(s: &str) -> &str {
    s.trim_start_matches(|c: char| !c.is_alphanumeric())
        .split(|c: char| !c.is_alphanumeric() && c != '-')
        .next()
        .unwrap_or("")
}

/// Does `before` end with a capitalized possessive (`CBS's`, `Fox
/// News’s`)?
fn owner_before(before: &str) -> bool {
    before
        .strip_suffix("'s")
        .or_else(|| before.strip_suffix("’s"))
        .and_then(|owner| owner.split(char::is_whitespace).next_back())
        .and_then(|w| w.chars().next())
        .is_some_and(char::is_uppercase)
}

/// Is every word of `s` in lower case a determiner, a preposition or a
/// conjunction (`Face the Nation`, `Fox and Friends`), so that a greeting
/// (`Happy to know you, Mr. Williams`) is no title?
fn small_words_only(s: &str) -> bool {
    s.split(char::is_whitespace)
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| w.chars().next().is_some_and(char::is_lowercase))
        .all(|w| {
            lexicon::is_determiner(w) || lexicon::is_preposition(w) || lexicon::is_conjunction(w)
        })
}

/// Every word capitalized, short words (`the`, `of`) aside: `Confronting
/// the Caliphate`, `Crooked Hillary`.
fn title_case(s: &str) -> bool {
    let words: Vec<&str> = s
        .split(|c: char| c.is_whitespace())
        .map(|w| w.trim_matches(|c: char| !c.is_alphanumeric()))
        .filter(|w| !w.is_empty())
        .collect();
    !words.is_empty()
        && words.len() <= 8
        && words[0]
            .chars()
            .next()
            .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit())
        && words.iter().all(|w| {
            w.chars().next().is_some_and(|c| !c.is_lowercase())
                || (w.len() <= 4 && w.chars().all(|c| c.is_lowercase()))
        })
}

/// Kind of the quotation `q`. `before` is the text of its sentence before the
/// opening mark, `after` the text of the sentence after the closing mark.
pub fn kind_of(text: &str, q: &Quotation, before: &str, after: &str) -> Kind {
    if q.parts.len() > 1 {
        return Kind::Direct;
    }
    let content = q.content().slice(text);
    let body = content.trim();
    if !body.chars().any(char::is_alphabetic) {
        return Kind::Name;
    }
    let before_t = before.trim_end();
    let initial = before_t.is_empty()
        || before_t.ends_with([':', ',', '—', '–', '(', '[', ';', '：', '，', '、'])
        || before_t.ends_with(" -")
        || lexicon::speech_verb(&lexicon::to_lowercase(last_word(before_t))).is_some();
    let starts_upper = body
        .chars()
        .find(|c| c.is_alphanumeric())
        .is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
    let terminal = ends_utterance(body);
    let after_t = after.trim_start();
    // `“Make America Great Again” hats`: a capitalized name that the
    // sentence goes on after is not an utterance.
    let name_in_sentence = !terminal
        && title_case(body)
        && after_t.chars().next().is_some_and(|c| c.is_alphanumeric());
    // `the show, “The Apprentice.”`, `the TV show “The Apprentice,”`: a
    // title in apposition to a work.
    let work_before =
        lexicon::is_work_noun(&lexicon::to_lowercase(last_word(before_t))) && title_case(body);
    // `on CBS's “Face the Nation.”`, `Fox News’s “Fox and Friends,”`: a
    // capitalized title owned by a capitalized name is a program or a
    // work, its marks no quotation (polnear-dev: 11 such fragments, none
    // a quotation).
    let owned_title = owner_before(before_t) && title_case(body) && small_words_only(body);
    if work_before || owned_title {
        return Kind::Title;
    }
    if initial && (starts_upper || terminal) && !name_in_sentence {
        return Kind::Direct;
    }
    if !terminal && title_case(body) {
        let next = lexicon::to_lowercase(first_word(after_t));
        if lexicon::is_work_noun(&next) {
            return Kind::Title;
        }
        let prev = lexicon::to_lowercase(last_word(before_t));
        if lexicon::is_naming_word(&prev) || prev == "as" {
            return Kind::Name;
        }
        if body.split_whitespace().count() >= 2 || !before_t.is_empty() {
            return Kind::Name;
        }
    }
    Kind::Partial
}

/// `before` and `after` of a quotation inside `sentence` (its own sentence
/// when it starts and ends in one).
pub fn context<'t>(
    text: &'t str,
    q: &Quotation,
    open_sentence: Span,
    close_sentence: Span,
) -> (&'t str, &'t str) {
    let outer = q.outer();
    let before = &text[open_sentence.start.min(outer.start)..outer.start];
    let after = &text[outer.end..close_sentence.end.max(outer.end)];
    (before, after)
}
