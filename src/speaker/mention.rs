//! Mentions of speakers: the noun phrase next to a speech verb.
//!
//! `subject_before` reads the phrase that ends just before a verb
//! (`State Department spokeswoman Victoria Nuland said`, `Hugh Hill, a
//! doctor, said`, `another reporter asked`, `she said`); `phrase_after`
//! reads the phrase that starts just after it (`said Nuland`, `asked one
//! reporter`, `said Ashley Spillane, president of Rock the Vote`). Both work
//! on the tokens of one sentence.

use crate::lexicon::{self, Gender, class};
use crate::span::Span;
use crate::token::{Token, TokenKind};

/// What a mention is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum MentionKind {
    /// A personal name: `Victoria Nuland`, `Mr. Gradgrind`, `Nuland`.
    Name,
    /// `she`, `he`, `they`.
    Pronoun,
    /// A description: `one reporter`, `a senior official`, `the spokeswoman`.
    Nominal,
    /// `the State Department`, `Reuters`.
    Organisation,
}

/// A speaker mention.
#[derive(Clone, Debug, PartialEq)]
pub struct Mention {
    pub kind: MentionKind,
    /// The whole phrase as written, role and title included.
    pub span: Span,
    /// The name (for names), the description (nominal), the pronoun, or
    /// the organisation's name without `the`.
    pub name: Span,
    /// Role words: before the name (`State Department spokeswoman`) or in
    /// apposition after it (`a doctor`).
    pub role: Option<Span>,
    /// A title or honorific before a name: `Mr.`, `Sen.`.
    pub title: Option<Span>,
    pub gender: Gender,
    pub plural: bool,
    /// Index of the first and one past the last token of the phrase
    /// (apposition included).
    pub tokens: (usize, usize),
}

impl Mention {
    /// A pronoun: the one token `t`, at index `i`.
    pub fn pronoun(t: &Token, i: usize, gender: Gender, plural: bool) -> Mention {
        Mention {
            kind: MentionKind::Pronoun,
            span: t.span,
            name: t.span,
            role: None,
            title: None,
            gender,
            plural,
            tokens: (i, i + 1),
        }
    }

    /// The description runs on to token `end` (one past its last), all of
    /// it the name: `a spokesman for the buyer`, `the man who founded the
    /// company`.
    pub(crate) fn run_to(&mut self, toks: &[Token], end: usize) {
        self.span = Span::new(self.span.start, toks[end - 1].span.end);
        self.name = self.span;
        self.tokens.1 = end;
    }

    /// Can this mention speak as written: a name, pronoun or organisation,
    /// or a description headed by a word for a person or a body (`a
    /// spokesman for the buyer`, not `an unprompted call` or `a statement`)?
    pub fn is_person_like(&self, text: &str) -> bool {
        if self.kind != MentionKind::Nominal {
            return true;
        }
        // (`a handful of Democrats`: the people counted head it; `a city
        // official who was not authorized to speak`: the word before its
        // relative clause.)
        let name = self.name.slice(text);
        let head = after_quantity(name)
            .unwrap_or(name)
            .split_whitespace()
            .map(lexicon::to_lowercase)
            .take_while(|w| !lexicon::is_preposition(w) && !lexicon::opens_relative(w))
            .last();
        head.is_some_and(|w| lexicon::speaker_noun(&w).is_some() || is_age_noun(&w))
    }

    /// A description or organisation written as `span`, tokens `tokens`.
    pub(crate) fn phrase(
        kind: MentionKind,
        span: Span,
        tokens: (usize, usize),
        gender: Gender,
        plural: bool,
    ) -> Mention {
        Mention {
            kind,
            span,
            name: span,
            role: None,
            title: None,
            gender,
            plural,
            tokens,
        }
    }
}

/// `a handful of Democrats` → `Democrats`, `most of the organizers` → `the
/// organizers`: what a phrase that opens with a quantity and `of` counts
/// (`None` if it opens with none).
fn after_quantity(phrase: &str) -> Option<&str> {
    let mut rest = phrase;
    for _ in 0..2 {
        let (w, tail) = rest.split_once(' ')?;
        let w = lexicon::to_lowercase(w);
        if lexicon::is_quantity_head(&w) {
            return tail.strip_prefix("of ");
        }
        if !matches!(w.as_ref(), "a" | "an") {
            return None;
        }
        rest = tail;
    }
    None
}

/// The token after the `of` of a quantity opening at `start` (`a handful
/// of`, `dozens of`, `most of`).
fn quantity_of(toks: &[Token], start: usize) -> Option<usize> {
    let article = matches!(toks[start].lower().as_ref(), "a" | "an");
    let head = start + usize::from(article);
    (toks.get(head + 1)?.lower() == "of" && lexicon::is_quantity_head(&toks[head].lower()))
        .then_some(head + 2)
}

/// Is `word` a capitalized function word that shows a run of capitals is a
/// headline? A `match`, compiled to a test of the length and of a few
/// bytes: every word of every name is asked.
fn is_headline_word(word: &str) -> bool {
    matches!(
        word,
        "A" | "About"
            | "After"
            | "An"
            | "And"
            | "Are"
            | "As"
            | "At"
            | "Be"
            | "But"
            | "By"
            | "For"
            | "From"
            | "Has"
            | "Have"
            | "How"
            | "In"
            | "Into"
            | "Is"
            | "It"
            | "Not"
            | "On"
            | "Or"
            | "Over"
            | "Says"
            | "Should"
            | "That"
            | "The"
            | "To"
            | "Was"
            | "What"
            | "When"
            | "Who"
            | "Why"
            | "Will"
            | "With"
    )
}

/// Is the token a pronoun? An abbreviation in capitals is not: `US`, `IT`.
fn is_pronoun(t: &Token) -> bool {
    let w = t.text();
    let capitals = w.chars().count() > 1 && !w.chars().any(char::is_lowercase);
    t.has(class::PRONOUN) && !capitals && lexicon::pronoun(&t.lower()).is_some()
}

/// A word written with a capital that may be part of a name or a role
/// (the tokenizer's `class::CAPITAL`).
#[inline]
fn capital(t: &Token) -> bool {
    t.has(class::CAPITAL)
}

/// Is the token a possessive (`Clinton’s`, `Reuters'`)?
pub(crate) fn possessive(t: &Token, text: &str) -> bool {
    // Read as bytes (the endings are suffixes of bytes as of characters),
    // without slicing the text at character boundaries.
    let w = &text.as_bytes()[t.span.start..t.span.end];
    // Each ending ends in `s`, `'` or the last byte of `’`.
    let ends = |e: &str| w.ends_with(e.as_bytes());
    matches!(w.last(), Some(b's' | b'\'' | 0x99))
        && (ends("’s") || ends("'s") || ends("s’") || ends("s'"))
}

/// Is the token the word `of`? (Its length first, then its bytes.)
fn is_of(t: &Token, text: &str) -> bool {
    t.span.end - t.span.start == 2 && &text.as_bytes()[t.span.start..t.span.end] == b"of"
}

/// The gender that an honorific among `toks` gives (`Mr.`, `Ms.`, `Sir`,
/// `Queen`): the strongest evidence there is.
fn honorific_gender(toks: &[Token]) -> Gender {
    for t in toks.iter().filter(|t| t.has(class::TITLE)) {
        match t.lower().trim_end_matches('.') {
            "mr" | "sir" | "lord" | "king" | "prince" | "father" | "monsieur" | "messrs" => {
                return Gender::Male;
            }
            "mrs" | "ms" | "miss" | "madam" | "madame" | "mme" | "mlle" | "lady" | "dame"
            | "queen" | "princess" | "sister" => return Gender::Female,
            _ => {}
        }
    }
    Gender::Unknown
}

/// The gender that a word for a person among `toks` gives (`spokeswoman`,
/// `chairman`): weaker than a first name, as `Trump spokesman Hope Hicks`
/// shows.
fn noun_gender(toks: &[Token]) -> Gender {
    toks.iter()
        .filter(|t| t.has(class::SPEAKER_NOUN))
        .find_map(|t| {
            lexicon::speaker_noun(t.lower().trim_end_matches('.')).filter(|&g| g != Gender::Unknown)
        })
        .unwrap_or(Gender::Unknown)
}

/// Does the `of` at token `i` join a name: `Secretary of State`,
/// `University of Texas`, `CEO of Washington Restaurant Association`; not
/// `Michael Brown of Washington`, a person and where they come from.
///
/// A place may open with `New` or `San` (`of New York`); a title word
/// after a first name is a surname (`Peter King of New York`, not `the
/// King of Spain`).
fn of_joins(toks: &[Token], text: &str, i: usize) -> bool {
    let place_after = toks.get(i + 1).is_some_and(|t| {
        t.has(class::PLACE)
            || lexicon::is_place_opener(t.text())
                && toks
                    .get(i + 2)
                    .is_some_and(|n| n.has(class::PLACE) || capital(n))
    });
    let org_after = toks[i + 1..]
        .iter()
        .take(4)
        .take_while(|t| t.is_word())
        .any(|t| t.has(class::ORG_WORD));
    let title_before = i > 0 && is_role(toks, text, i - 1, i);
    // `Stacy Baker of Columbia, South Carolina`: a first name and a
    // surname before `of` make a person's name, which `of` ends when a
    // town and its state follow (where the person is from). (Not `Bank of
    // America`, `Secretary of State`; a body stays in the run: `Robert
    // Gordon of Northwestern University`.)
    let town_after = || {
        let town_end = (i + 1..toks.len().min(i + 5))
            .take_while(|&k| capital(&toks[k]))
            .last();
        town_end.is_some_and(|k| {
            toks.get(k + 1).is_some_and(|t| t.is(','))
                && toks[k + 2..toks.len().min(k + 4)]
                    .iter()
                    .take_while(|t| capital(t))
                    .any(|t| t.has(class::PLACE))
        })
    };
    let person_before = i >= 2
        && toks[i - 2].has(class::FIRST_NAME)
        && capital(&toks[i - 1])
        && !toks[i - 1].has(class::ROLE | class::TITLE | class::ORG_WORD)
        && town_after();
    !place_after && !person_before || org_after || title_before
}

/// Is token `i` a role or title word (`Secretary`, `King`), not a surname
/// that is one: the last word of a name after a first name or an initial
/// (`Peter King`, `Peter T. King of New York`; but `Charlotte Mayor
/// Jennifer Roberts`). `end` is where the name's run ends.
fn is_role(toks: &[Token], text: &str, i: usize, end: usize) -> bool {
    toks[i].has(class::ROLE)
        && !honorific_surname(toks, i, end)
        && !(i > 0 && (i + 1 == end || toks.get(i + 1).is_some_and(|t| is_of(t, text))) && {
            let before = &toks[i - 1];
            let w = before.text();
            before.has(class::FIRST_NAME)
                || w.len() == 2 && w.ends_with('.') && w.starts_with(char::is_uppercase)
        })
}

/// Is token `i`, the last of a name (`end`), a surname after an
/// honorific that is also a word for a body (`Mrs. Hall`, `Mr. Church`)?
/// The honorific makes it a person's, not an organisation's.
fn honorific_surname(toks: &[Token], i: usize, end: usize) -> bool {
    i > 0
        && i + 1 == end
        && toks[i].has(class::ORG_WORD)
        && !toks[i].has(class::TITLE | class::SPEAKER_NOUN)
        && toks[i - 1].has(class::TITLE)
        && lexicon::is_honorific(&toks[i - 1].lower())
}

/// The word for a person that the lower-case word at `i` completes with
/// `of` before it (`secretary of state`, `director of communications`).
fn noun_of(toks: &[Token], text: &str, i: usize) -> Option<usize> {
    (i >= 2
        && is_of(&toks[i - 1], text)
        && toks[i - 2].has(class::SPEAKER_NOUN)
        && toks[i].is_word()
        && !capital(&toks[i])
        && !lexicon::is_determiner(&toks[i].lower())
        && lexicon::speaker_noun(&toks[i - 2].lower()).is_some())
    .then(|| i - 2)
}

/// Does the `and` at token `i` join an organisation's name (`Organization
/// for Economic Cooperation and Development`, `Citizenship and Immigration
/// Services`): a word for a body near it, and no body's name ending before
/// it (`the Justice Department and FBI` are two)? `end` is where the
/// name's run ends.
fn and_joins(toks: &[Token], i: usize, end: usize) -> bool {
    let body = |t: &Token| capital(t) && t.has(class::ORG_WORD);
    !body(&toks[i - 1])
        && (toks[i + 1..end].iter().any(body) || toks[i.saturating_sub(4)..i - 1].iter().any(body))
}

/// A run of tokens that can make a name: capitalized words, initials,
/// particles between them, suffixes, and `of` inside titles
/// (`Secretary of State`). Returns the start of the run that ends at `end`
/// (exclusive), walking backwards.
fn name_run_back(toks: &[Token], text: &str, end: usize) -> usize {
    let mut i = end;
    while i > 0 {
        let t = &toks[i - 1];
        let w = t.text();
        // `Mrs. van der Luyden`: particles one after another.
        let particles_before = || {
            i >= 3
                && w.len() <= 5
                && capital(&toks[i - 3])
                && lexicon::is_name_particle(w)
                && lexicon::is_name_particle(toks[i - 2].text())
        };
        // `#Franceisstrong Mr. Trump`: a hashtag or a handle is no word
        // of a name or role.
        let tagged = || {
            i >= 2
                && (toks[i - 2].is('#') || toks[i - 2].is('@'))
                && toks[i - 2].span.end == t.span.start
        };
        let ok = capital(t) && !tagged()
            || (t.is_word()
                && i < end
                && i >= 2
                && capital(&toks[i - 2])
                && (lexicon::is_name_particle(w)
                    || w == "of" && of_joins(toks, text, i - 1)
                    || w == "al"
                    || w == "for" && toks[i - 2].has(class::ORG_WORD)
                    || w == "and" && and_joins(toks, i - 1, end)))
            || t.is_word() && i < end && particles_before();
        if !ok {
            break;
        }
        // A possessive ends the run it belongs to: `Clinton’s aide Jake
        // Sullivan` holds two runs.
        if possessive(t, text) && i < end {
            break;
        }
        i -= 1;
    }
    // `On Thursday`, `The`, a sentence-opening `Suddenly`: not names.
    // Nor is an opening adverb alone before a participle (`Hastily
    // politicizing the tragedy, Trump …`; but `Connolly said`).
    while i < end && {
        let w = || toks[i].text().trim_end_matches('.');
        toks[i].has(class::NOT_NAME) && lexicon::is_not_name(w())
            || i == 0
                && (i + 1 < end
                    && (w().ends_with("ly")
                        || w().ends_with("ing")
                        || lexicon::is_sentence_starter(w()))
                    || i + 1 == end
                        && w().ends_with("ly")
                        && toks.get(end).is_some_and(|t| {
                            t.is_word() && !capital(t) && t.text().ends_with("ing")
                        }))
                && lexicon::first_name(w()).is_none()
    } {
        i += 1;
    }
    i
}

/// Split a run of capitalized tokens into role words and name words: the
/// name starts after the last role, title or organisation word.
fn split_role(toks: &[Token], text: &str, start: usize, end: usize) -> usize {
    let mut name_start = start;
    let role_or_of = |i: usize| is_role(toks, text, i, end) || is_of(&toks[i], text);
    for i in start..end {
        if role_or_of(i) {
            name_start = i + 1;
        }
    }
    // `Martin Luther King Jr.`: a title word followed only by suffixes is
    // part of the name.
    if name_start > start
        && name_start < end
        && toks[name_start..end]
            .iter()
            .all(|t| lexicon::is_name_suffix(t.text()))
    {
        name_start = (start..name_start - 1)
            .rev()
            .find(|&i| role_or_of(i))
            .map_or(start, |i| i + 1);
    }
    name_start
}

fn span_of(toks: &[Token], start: usize, end: usize) -> Span {
    Span::new(toks[start].span.start, toks[end - 1].span.end)
}

/// A mention of a name or organisation made from the capitalized run
/// `start..end` and the role words before it, `role_start..start`.
fn named(
    toks: &[Token],
    text: &str,
    role_start: usize,
    start: usize,
    end: usize,
) -> Option<Mention> {
    if start >= end {
        return None;
    }
    // `Pence Thursday`, `Sanders Iowa`: a day or place after a name is not
    // part of it (after `of` it is: `Union of Ohio`).
    let mut end = end;
    while end - start > 1
        && toks[end - 1].has(class::PLACE | class::NOT_NAME)
        && !is_of(&toks[end - 2], text)
        && !ends_name(toks, end - 1)
    {
        end -= 1;
    }
    // `Trump Booed After Telling Jeb Bush To Pipe Down`: a headline in
    // title case, not a name.
    // A first name among them (`Will`) reads as a name in a name's two
    // words: `said Will Doyle`, not `Will Trump Win`; so does a surname
    // (`Al From`).
    let headline = toks[start..end].iter().any(|t| {
        is_headline_word(t.text())
            && !(end - start <= 2 && t.has(class::FIRST_NAME | class::SURNAME))
    });
    // `Could Cassandra`, `Unhappy Maria`: a capitalized word before a known
    // first name that is neither a title nor a first name itself; not the
    // first word of a place (`New York Daily News`, `San Antonio`).
    let (role_start, start) = if end - start >= 2
        && role_start == start
        && toks[start + 1].has(class::FIRST_NAME)
        && !toks[start].has(class::FIRST_NAME | class::ROLE)
        && !lexicon::is_place_opener(toks[start].text())
    {
        (start + 1, start + 1)
    } else {
        (role_start, start)
    };
    let mut name_start = split_role(toks, text, start, end);
    // `American Civil Liberties Union of Ohio`, `Communications Workers of
    // America`: a place after an organisation's `of` belongs to its name,
    // and so does one after a capitalized plural word for people.
    let body = |t: &Token| {
        t.has(class::ORG_WORD)
            || t.has(class::SPEAKER_NOUN) && capital(t) && t.text().ends_with('s')
    };
    if name_start >= start + 2
        && name_start < end
        && is_of(&toks[name_start - 1], text)
        && body(&toks[name_start - 2])
        && toks[name_start..end].iter().all(|t| t.has(class::PLACE))
    {
        name_start = end;
    }
    // `Organization for Economic Cooperation and Development`: a name
    // does not open with `for` or `and`; the word for a body before it is
    // the name's.
    if name_start > start
        && name_start < end
        && matches!(toks[name_start].text(), "for" | "and")
        && toks[name_start - 1].has(class::ORG_WORD)
    {
        name_start -= 1;
    }
    let joined = toks[name_start..end]
        .iter()
        .any(|t| matches!(t.text(), "for" | "and"));
    if headline || end.saturating_sub(name_start) > 5 + usize::from(joined) {
        return None;
    }
    let mut mention = Mention {
        kind: MentionKind::Name,
        span: span_of(toks, role_start, end),
        name: span_of(toks, start, end),
        role: None,
        title: None,
        gender: honorific_gender(&toks[role_start..end]),
        plural: false,
        tokens: (role_start, end),
    };
    let role_end = name_start.max(start);
    if name_start >= end {
        // No name after the roles: an organisation (`State Department`) or a
        // bare title (`the President`).
        let last_token = &toks[end - 1];
        let last = last_token.lower();
        let last = last.trim_end_matches('.');
        if last_token.has(class::ORG_WORD)
            || toks[start..end].len() > 1 && !last_token.has(class::TITLE | class::SPEAKER_NOUN)
        {
            mention.kind = MentionKind::Organisation;
            mention.gender = Gender::Neuter;
            return Some(mention);
        }
        mention.kind = MentionKind::Nominal;
        mention.plural = last.ends_with('s') && !last_token.has(class::TITLE);
        return Some(mention);
    }
    if role_end > role_start {
        let role = span_of(toks, role_start, role_end);
        // A lone honorific is a title, not a role.
        let only_title = role_end - role_start == 1
            && lexicon::is_abbreviated_title(toks[role_start].text().trim_end_matches('.'));
        if only_title {
            mention.title = Some(role);
        } else {
            mention.role = Some(role);
            if toks[role_end - 1].has(class::TITLE) {
                mention.title = Some(toks[role_end - 1].span);
            }
        }
    }
    mention.name = span_of(toks, name_start, end);
    let first = toks[name_start].text();
    if mention.gender == Gender::Unknown
        && let Some(g) = if toks[name_start].has(class::FIRST_NAME) {
            lexicon::first_name(first)
        } else {
            // (Only a name of more than one word: `Zoë` alone is no
            // person's full name.)
            (end - name_start > 1)
                .then(|| lexicon::accented_first_name(first))
                .flatten()
        }
    {
        mention.gender = g;
    }
    if mention.gender == Gender::Unknown {
        mention.gender = noun_gender(&toks[role_start..end]);
    }
    if toks[name_start..end].len() == 1 && toks[name_start].has(class::NOT_NAME) {
        return None;
    }
    // `the Coalition Against Trump`: an organisation's name goes on past
    // its org word with a word that opens no name.
    let org_goes_on = toks[name_start].has(class::NOT_NAME)
        && name_start > start
        && toks[name_start - 1].has(class::ORG_WORD)
        && lexicon::is_not_name(first);
    if org_goes_on
        || toks[name_start..end].iter().any(|t| t.has(class::ORG_WORD))
            && !honorific_surname(toks, name_start, end)
        || toks[name_start..end].iter().all(|t| t.has(class::PLACE))
        || end - name_start == 1 && is_acronym_or_site(toks[name_start].text())
    {
        mention.kind = MentionKind::Organisation;
        mention.gender = Gender::Neuter;
    }
    Some(mention)
}

/// `43-year-old`: an age that stands for a person (`the 43-year-old
/// wrote`).
fn is_age_noun(word: &str) -> bool {
    word.strip_suffix("-year-old")
        .or_else(|| word.strip_suffix("-year-olds"))
        .is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

/// `HP`, `NATO`, `YouTube.com`: a lone word that names a body or a site,
/// not a person (no `she` refers to it).
fn is_acronym_or_site(word: &str) -> bool {
    if [".com", ".org", ".net"].iter().any(|d| word.ends_with(d)) {
        return true;
    }
    // Two to five letters, every character a capital, `&` or `-`; most
    // names fail at their second letter.
    let mut letters = 0;
    for c in word.chars() {
        if c.is_uppercase() {
            letters += usize::from(c.is_alphabetic());
        } else if c != '&' && c != '-' {
            return false;
        }
    }
    (2..=5).contains(&letters)
}

/// `lemonde.fr`, `ouest-france.fr`, `politico.com`: a web address (a
/// lower-case top-level domain of two to four letters after a host of
/// letters, digits and hyphens) names a source.
fn is_web_domain(word: &str) -> bool {
    let word = word.strip_suffix('.').unwrap_or(word);
    word.rsplit_once('.').is_some_and(|(host, tld)| {
        (2..=4).contains(&tld.len())
            && tld.bytes().all(|b| b.is_ascii_lowercase())
            && host.bytes().any(|b| b.is_ascii_alphabetic())
            && host
                .bytes()
                .all(|b| b.is_ascii_alphanumeric() || b == b'-' || b == b'.')
    })
}

/// Lower-case words before a speaker noun that belong to its phrase
/// (`top foreign policy aide`), back to a determiner or possessive.
fn description_back(toks: &[Token], text: &str, head: usize) -> usize {
    let mut i = head;
    let mut steps = 0;
    while i > 0 && steps < 5 {
        let t = &toks[i - 1];
        if !t.is_word() {
            break;
        }
        let w = t.lower();
        if lexicon::is_determiner(&w) || possessive(t, text) {
            return i - 1;
        }
        if t.has(class::SPEECH_VERB) && lexicon::speech_verb(&w).is_some()
            || t.has(class::CLAUSE_VERB) && lexicon::clause_verb(&w).is_some()
            || t.has(class::PRONOUN) && lexicon::pronoun(&w).is_some()
            || t.has(class::VERB_MODIFIER) && lexicon::is_verb_modifier(&w)
            // (`…, while 22 percent said`: a subordinator opens the clause.)
            || lexicon::is_subordinator(&w)
            // (`Clinton is hoping voters see`: a participle after a form of
            // `be` is the verb of a progressive, no modifier of the noun;
            // so is one in -ed after `be` or an auxiliary, a passive or a
            // perfect: `Clinton will be awarded delegates`, `has named
            // delegates`.)
            || w.ends_with("ing") && i > 1 && lexicon::is_be_form(&toks[i - 2].lower())
            || w.ends_with("ed") && i > 1 && {
                let v = toks[i - 2].lower();
                lexicon::is_be_form(&v) || lexicon::is_auxiliary(&v)
            }
        {
            break;
        }
        if matches!(
            w.as_ref(),
            "and"
                | "or"
                | "but"
                | "that"
                | "who"
                // (`what researchers say they need`, `whom people call`:
                // a free relative's pronoun is the verb's object.)
                | "what"
                | "whom"
                | "which"
                | "to"
                | "in"
                | "on"
                | "at"
                | "for"
                | "with"
                | "by"
                | "from"
                | "of"
                | "as"
                // (`Sanders leads among voters`; not `inside` or `near`,
                // adjectives too: `an inside source`.)
                | "among"
                | "across"
                | "around"
                | "behind"
                | "into"
                | "through"
                | "within"
        ) || lexicon::is_be_form(&w)
            // (`Clinton will be awarded delegates`: a verb's auxiliary or
            // `be` is no modifier of the noun.)
            || lexicon::is_auxiliary(&w)
        {
            break;
        }
        i -= 1;
        steps += 1;
    }
    i
}

/// Two-word adverbials between a subject and its verb: `the Grandmother at
/// last ejaculated`.
const ADVERBIAL_PAIRS: &[(&str, &str)] = &[
    ("at", "first"),
    ("at", "last"),
    ("at", "length"),
    ("at", "once"),
    ("in", "reply"),
    ("in", "return"),
    ("in", "turn"),
    ("once", "again"),
    ("once", "more"),
];

/// Tokens of a time phrase that ends at `end`: `on Thursday`, `Thursday`,
/// `last week`, `earlier this week`, `yesterday`. Returns where it starts
/// (`end` when there is none).
pub(crate) fn time_phrase_back(toks: &[Token], end: usize) -> usize {
    let Some(last) = end.checked_sub(1).map(|i| &toks[i]) else {
        return end;
    };
    if !last.is_word() {
        return end;
    }
    let w = last.text();
    // `a month later`, `two years ago` (`later` may have been read as a
    // verb modifier already).
    let count = |k: usize| {
        let n = toks[k].lower();
        matches!(n.as_ref(), "a" | "an" | "several" | "few")
            || is_number_word(&n)
            || n.bytes().all(|b| b.is_ascii_digit())
    };
    let time = |k: usize| lexicon::is_time_noun(toks[k].lower().trim_end_matches('s'));
    let relative = |k: usize| {
        toks.get(k)
            .is_some_and(|t| one_of(t.text(), &["later", "earlier", "ago"]))
    };
    if end >= 3 && relative(end - 1) && time(end - 2) && count(end - 3) {
        return count_qualifier_back(toks, end - 3);
    }
    if end >= 2 && relative(end) && time(end - 1) && count(end - 2) {
        return count_qualifier_back(toks, end - 2);
    }
    // `have in the past said`, `has for years said`, `have in recent weeks
    // said`: a stretch of time.
    // (Read as they stand, without a copy in lower case: this is asked for
    // every subject.)
    let is = |k: usize, w: &str| toks[k].text().eq_ignore_ascii_case(w);
    let stretch = |k: usize| stretch_of_time(toks[k].text());
    if end >= 3
        && is(end - 3, "in")
        && (is(end - 2, "the") && is(end - 1, "past") || is(end - 2, "recent") && stretch(end - 1))
    {
        return end - 3;
    }
    if end >= 2 && is(end - 2, "for") && stretch(end - 1) {
        return end - 2;
    }
    let day = lexicon::is_day(w);
    if !(day || lexicon::is_time_noun(w)) {
        return end;
    }
    if ends_name(toks, end - 1) {
        return end;
    }
    let mut i = end - 1;
    // `on Thursday evening`: a day before the part of it.
    let day = day
        || i > 0 && lexicon::is_day(toks[i - 1].text()) && {
            i -= 1;
            true
        };
    while i > 0
        && i + 4 > end
        && toks[i - 1].is_word()
        && lexicon::is_time_opener(toks[i - 1].text())
    {
        i -= 1;
    }
    if i == end - 1 && !day && !one_of(w, &["today", "yesterday", "tonight"]) {
        return end;
    }
    i
}

/// Where the words that qualify the count at token `k` start (`k` when
/// none do): `more`, `fewer` or `less than`, or a word of
/// `count_qualifiers.txt` (`less than two weeks ago`, `nearly eight in
/// 10`, `of about four years`).
fn count_qualifier_back(toks: &[Token], k: usize) -> usize {
    let w = |i: usize| toks[i].lower();
    if k >= 2 && w(k - 1) == "than" && matches!(w(k - 2).as_ref(), "more" | "fewer" | "less") {
        k - 2
    } else if k >= 1 && lexicon::is_count_qualifier(&w(k - 1)) {
        k - 1
    } else {
        k
    }
}

/// Is token `k` a `Today` or `Tonight` that ends a name (`A reporter for
/// USA Today spotted`): with a capital, after a word with one that does
/// not open the sentence? It tells no time.
fn ends_name(toks: &[Token], k: usize) -> bool {
    k >= 2
        && capital(&toks[k])
        && one_of(toks[k].text(), &["today", "tonight"])
        && capital(&toks[k - 1])
        && toks[k - 1].is_word()
}

/// Where the phrase `start..end` ends when a time at its end says when a
/// source spoke (`the ferry board last week`, `a spokesman for the port
/// on Monday`): the time's start, or `end` when there is none or the time
/// is when what the source holds was made (`figures her campaign released
/// Friday`).
pub(crate) fn spoken_time_back(toks: &[Token], start: usize, end: usize) -> usize {
    let time = time_phrase_back(toks, end);
    if time <= start || toks[time - 1].lower().ends_with("ed") {
        end
    } else {
        time
    }
}

/// Is `word` (any ASCII case) a plural unit of time that makes a stretch
/// (`for weeks`, `in recent years`)?
pub(crate) fn stretch_of_time(word: &str) -> bool {
    one_of(word, &["days", "weeks", "months", "years", "decades"])
}

/// Is `word` one of `list` (lower-case words), in any ASCII case? Read
/// without lower-casing it, as the subject is looked for at every cue.
fn one_of(word: &str, list: &[&str]) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// Is the phrase starting at token `i` where a subject stands: at the
/// start of the sentence or after punctuation, a quotation mark or a word
/// that opens a clause; not after a preposition or a determiner?
pub(crate) fn subject_position(toks: &[Token], text: &str, i: usize) -> bool {
    let Some(prev) = i.checked_sub(1).map(|k| &toks[k]) else {
        return true;
    };
    if !prev.is_word() {
        return true;
    }
    let w = prev.lower();
    !(lexicon::is_preposition(&w) || lexicon::is_determiner(&w) || possessive(prev, text))
}

/// Does the phrase starting at token `i` stand after a preposition, right
/// after it or after a determiner (`for the deaths of Ambassador Chris
/// Stevens`, `in the Trump release`, `to Clinton`): a person named there
/// is no subject of the clause?
pub(crate) fn after_preposition(toks: &[Token], i: usize) -> bool {
    // (Asked of every mention: a word longer than any preposition or
    // determiner is none, without lower-casing it.)
    let word = |k: usize| {
        let t = &toks[k];
        (t.is_word() && t.span.end - t.span.start <= 8).then(|| t.lower())
    };
    let prep = |w: &str| w == "to" || lexicon::is_any_preposition(w);
    let Some(k) = i.checked_sub(1) else {
        return false;
    };
    match word(k) {
        Some(w) if prep(&w) => true,
        Some(w) if k > 0 && lexicon::is_determiner(&w) => word(k - 1).is_some_and(|p| prep(&p)),
        _ => false,
    }
}

/// `a Democratic staffer in the room`, `protesters marching through the
/// streets`: when a phrase follows a preposition, the subject is the phrase
/// before the preposition (and a participle before it), which takes the
/// whole span.
fn subject_over_modifiers(toks: &[Token], text: &str, m: Mention) -> Mention {
    let mut m = m;
    for _ in 0..3 {
        // `A spokesman for the Gazette`: a name after its article.
        let start = match m.kind {
            MentionKind::Nominal => m.tokens.0,
            _ => with_article(toks, m.tokens.0),
        };
        let Some(prep) = start.checked_sub(1) else {
            break;
        };
        let p = toks[prep].lower();
        // `Aides to Clinton`, `an adviser to the mayor`: `to` after a word
        // for a person joins it to whom it serves.
        let to_person = prep > 0
            && p == "to"
            && toks[prep - 1].has(class::SPEAKER_NOUN)
            && lexicon::speaker_noun(&toks[prep - 1].lower()).is_some();
        // (`sources close to the campaign`, `people privy to the talks`.)
        let to_source = p == "to"
            && prep > 0
            && toks[prep - 1].is_word()
            && lexicon::is_source_adjective(&toks[prep - 1].lower());
        // `Sanders’ fundraising email to his supporters notes`: what is
        // written to someone is the subject, not its addressee.
        let to_reader = p == "to"
            && prep > 0
            && toks[prep - 1].is_word()
            && lexicon::is_statement_noun(&toks[prep - 1].lower());
        // `a report issued over the summer by the OECD`: the body or
        // person named after `by` is who speaks, not what comes before it.
        if !toks[prep].is_word()
            || !(to_person || to_source || to_reader || lexicon::is_preposition(&p))
            || p == "by" && m.kind != MentionKind::Nominal
        {
            break;
        }
        let mut k = prep;
        // `people familiar with the matter`, `sources close to the
        // campaign`, `people briefed on the talks`: an adjective or a
        // participle in -ed that describes people as a source.
        // (A participle in -ed only after a word for people: not `A study
        // that appeared in the journal found`.)
        let (participle, source) = match toks[..k].last() {
            Some(t) if t.is_word() && !capital(t) => {
                let w = t.lower();
                let long = w.len() > 4;
                let people = || k >= 2 && toks[k - 2].has(class::SPEAKER_NOUN);
                (
                    long && w.ends_with("ing"),
                    lexicon::is_source_adjective(&w) || long && w.ends_with("ed") && people(),
                )
            }
            _ => (false, false),
        };
        if participle || source {
            k -= 1;
        }
        // `a spokesman for the buyer`, `people in Fort Pierce` belong to
        // the description; `a staffer in the room` does not.
        let affiliation = source
            || !participle
                && (to_person
                    || to_reader
                    || matches!(p.as_ref(), "of" | "for" | "from" | "at" | "with")
                    || toks[m.tokens.0..m.tokens.1].iter().any(capital));
        // (`In a speech on Monday Ana Ruiz said`: a phrase that opens
        // with a preposition is no head.)
        // (`Sanders’ email to`: the author of what is written, named in
        // the possessive.)
        let Some(head) = subject_before_simple(toks, text, k).filter(|h| {
            h.kind != MentionKind::Pronoun
                && (h.tokens.1 == k || to_reader && possessive(&toks[h.tokens.1 - 1], text))
                && !opens_with_preposition(toks, h)
        }) else {
            break;
        };
        // `this tweet from Rikkie Wells`, `a reaction from Barack Obama`:
        // a thing from a person does not head the person named after it.
        if m.kind == MentionKind::Name
            && head.kind == MentionKind::Nominal
            && p == "from"
            && !toks[k - 1].has(class::SPEAKER_NOUN)
        {
            break;
        }
        // `Trump leads among the voters who say`: the people `among` whom
        // something stands speak, unless a word for people or a quantifier
        // heads them (`activists among the protesters`, `many among them`).
        if p == "among" && {
            let h = &toks[head.tokens.1 - 1];
            !(h.has(class::SPEAKER_NOUN) && lexicon::speaker_noun(&h.lower()).is_some()
                || lexicon::is_quantifier(h.text()))
        } {
            break;
        }
        // `Centers for Disease Control Director Thomas Frieden`: a titled
        // name after a body's name is the person; the body is in the role.
        if m.kind == MentionKind::Name
            && m.title.is_some()
            && matches!(head.kind, MentionKind::Name | MentionKind::Organisation)
        {
            break;
        }
        let (end, last, object) = (m.span.end, m.tokens.1, m.span);
        // `Residents in the town say`, `many voters in the state`: people
        // in a place, read as a group, keep it (a plural that opens the
        // sentence is a description, not a name for its capital).
        let mut head = head;
        if plural_opener(toks, &head) {
            head.kind = MentionKind::Nominal;
            head.plural = true;
            head.role = None;
            head.title = None;
        }
        let affiliation = affiliation || !participle && head.plural;
        // `A group of doctors`, `a coalition of unions`: a body in lower
        // case of the people counted is a description of them (not `the
        // Obama campaign of 2008`).
        if p == "of"
            && m.plural
            && head.kind == MentionKind::Organisation
            && !capital(&toks[head.tokens.1 - 1])
        {
            head.kind = MentionKind::Nominal;
            head.plural = true;
            head.role = None;
            head.title = None;
        }
        // `Most of the candidates`, `One of his advisers`: a quantifier
        // heads a description, even with a capital.
        if head.tokens.1 - head.tokens.0 == 1
            && lexicon::is_determiner(&toks[head.tokens.0].lower())
        {
            head.kind = MentionKind::Nominal;
            head.role = None;
            head.title = None;
        }
        m = head;
        // (The author alone names the speaker: `Sanders’`.)
        if !(to_reader && m.kind == MentionKind::Name) {
            m.span = Span::new(m.span.start, end);
        }
        m.tokens.1 = last;
        match m.kind {
            // `a spokesman for the buyer`, `many of his supporters`: the
            // description is the whole phrase.
            MentionKind::Nominal if affiliation => m.name = m.span,
            // `Jeffrey Lewis of the James Martin Center`: the place or
            // body is the role.
            MentionKind::Name if m.role.is_none() && !to_reader => m.role = Some(object),
            _ => {}
        }
    }
    m
}

/// The phrase that ends at token `end` (exclusive): the subject of a verb
/// at `end`. Verb modifiers (`later`, `has`) and a time (`on Thursday`)
/// before the verb are skipped, and so are `went on to` before `say`.
pub fn subject_before(toks: &[Token], text: &str, end: usize) -> Option<Mention> {
    let mut j = end;
    loop {
        let before = j;
        while j > 0
            && toks[j - 1].has(class::VERB_MODIFIER)
            && toks[j - 1].is_word()
            && if capital(&toks[j - 1]) {
                lexicon::is_listed_verb_modifier(&toks[j - 1].lower())
            } else {
                lexicon::is_verb_modifier(&toks[j - 1].lower())
            }
            && !since_a_stretch(toks, j - 1)
            && !ends_name(toks, j - 1)
        {
            j -= 1;
        }
        j = time_phrase_back(toks, j);
        // `A Quinnipiac poll released Tuesday found`: a participle after
        // a poll or study, before its time.
        if j >= 2
            && j < before
            && toks[j - 1].is_word()
            && toks[j - 1].lower().ends_with("ed")
            && lexicon::is_finding_noun(&toks[j - 2].lower())
        {
            j -= 1;
        }
        if j >= 2
            && toks[j - 2].is_word()
            && ADVERBIAL_PAIRS.iter().any(|(a, b)| {
                toks[j - 2].text().eq_ignore_ascii_case(a)
                    && toks[j - 1].text().eq_ignore_ascii_case(b)
            })
        {
            j -= 2;
        }
        if j == before {
            break;
        }
    }
    if let Some(m) = including_subject(toks, text, j) {
        return Some(m);
    }
    // `the influential US daily wrote`: a word in -ly that ends the subject.
    subject_ending_at(toks, text, j)
        .or_else(|| {
            (j < end)
                .then(|| subject_ending_at(toks, text, end))
                .flatten()
        })
        .and_then(|m| without_preposition(toks, m))
}

/// The most tokens of an `including` aside between a subject and its verb.
const MAX_INCLUDING_TOKENS: usize = 40;

/// `Proponents, including the Conference of Mayors, have urged`,
/// `Democrats -- including Clinton -- quickly accused`: a group with the
/// members it includes set off after it, before the verb at `j`. The
/// whole phrase is the subject, a description, as PolNeAR marks it (not
/// the last name in the list). The group must stand where a subject does
/// (not `met voters, including farmers`).
fn including_subject(toks: &[Token], text: &str, j: usize) -> Option<Mention> {
    // (The word's length first: most subjects have no such aside.)
    let inc = (j.saturating_sub(MAX_INCLUDING_TOKENS)..j)
        .rev()
        .take_while(|&k| toks[k].kind != TokenKind::Quote && !toks[k].is(';') && !toks[k].is(':'))
        .find(|&k| toks[k].span.len() == 9 && toks[k].text().eq_ignore_ascii_case("including"))?;
    // The aside closes right before the verb: a comma, a dash or the
    // bracket of a party (`… and Chuck Grassley (Iowa) have denounced`).
    let close = j.checked_sub(1)?;
    if !(toks[close].is(',') || toks[close].is(')') || toks[close].is_dash()) {
        return None;
    }
    let sep = inc.checked_sub(1)?;
    let open = if dash_ends_at(toks, sep) && toks[sep].is('-') {
        sep - 1
    } else if toks[sep].is(',') || dash_ends_at(toks, sep) || toks[sep].is('-') {
        sep
    } else {
        return None;
    };
    let last = (inc + 1..j)
        .rev()
        .find(|&k| toks[k].is_word() || toks[k].is(')'))?;
    let head = subject_before_simple(toks, text, open)
        .filter(|m| m.kind != MentionKind::Pronoun && m.tokens.1 == open)
        .map(|m| subject_over_modifiers(toks, text, m))?;
    if !subject_position(toks, text, head.tokens.0) {
        return None;
    }
    let mut m = head;
    m.span = Span::new(m.span.start, toks[last].span.end);
    m.name = m.span;
    m.kind = MentionKind::Nominal;
    m.role = None;
    m.title = None;
    m.plural = true;
    m.tokens.1 = j;
    Some(m)
}

/// Is token `k` the `since` of a stretch of time (`In the six months
/// since announcing her decision, …`): a preposition after the stretch,
/// not a modifier of the verb after it (`has since said`)? The stretch is
/// an adjunct, no subject.
fn since_a_stretch(toks: &[Token], k: usize) -> bool {
    k > 0
        && toks[k].text().eq_ignore_ascii_case("since")
        && toks[k - 1].is_word()
        && stretch_of_time(toks[k - 1].text())
}

/// Does the phrase `m` open with a preposition (`In`, `Despite`, `Of`
/// capitalized at the sentence's start)? Not `about`, which counts
/// (`About 4 in 10 say`).
fn opens_with_preposition(toks: &[Token], m: &Mention) -> bool {
    let t = &toks[m.tokens.0];
    t.is_word() && t.span.end - t.span.start <= 10 && {
        let w = t.lower();
        w != "about" && lexicon::is_any_preposition(&w)
    }
}

/// `Despite union leaders urging …`, `Of Clinton: …`: a speaker never
/// opens with a preposition; the phrase after it is the mention (none if
/// no word is left).
fn without_preposition(toks: &[Token], m: Mention) -> Option<Mention> {
    // (A capital elsewhere than at the sentence's start is a name: `Al
    // From said`.)
    let start = m.tokens.0 + 1;
    if m.kind == MentionKind::Pronoun
        || start >= m.tokens.1
        || !opens_with_preposition(toks, &m)
        || capital(&toks[m.tokens.0]) && toks[..m.tokens.0].iter().any(|t| t.is_word())
    {
        return Some(m);
    }
    if !toks[start].is_word() {
        return None;
    }
    let mut m = m;
    let from = toks[start].span.start;
    m.tokens.0 = start;
    m.span = Span::new(from, m.span.end);
    m.name = Span::new(m.name.start.max(from), m.name.end.max(from));
    m.role = m
        .role
        .filter(|r| r.end > from)
        .map(|r| Span::new(r.start.max(from), r.end));
    m.title = m.title.filter(|t| t.start >= from);
    Some(m)
}

/// The subject that ends at token `j`, the verb (or `to` before it) at `j`.
fn subject_ending_at(toks: &[Token], text: &str, j: usize) -> Option<Mention> {
    let mut j = j;
    j = infinitive_back(toks, text, j);
    if j == 0 {
        return None;
    }
    // `Podesta, who said …`: the subject of `who` is the phrase before it.
    if j >= 2 && toks[j - 1].lower() == "who" && toks[j - 2].is(',') {
        let m = subject_before_simple(toks, text, j - 2)
            .filter(|m| m.kind != MentionKind::Pronoun)
            .map(|m| subject_over_modifiers(toks, text, m))?;
        // `Nicky Driscoll, 24, from Manchester, who said`, `Alfonso
        // Aguilar, the director of the Latino Partnership, who said`:
        // `who` is a person, not the place or body that ends the
        // apposition before it; the person opens the apposition.
        let place = toks[m.tokens.0..m.tokens.1]
            .iter()
            .all(|t| t.has(class::PLACE) || !capital(t));
        let object = |k: usize| {
            toks[..k].last().is_some_and(|t| {
                t.is_word()
                    && (lexicon::is_preposition(&t.lower())
                        || t.lower() == "the"
                            && k >= 2
                            && lexicon::is_preposition(&toks[k - 2].lower()))
            })
        };
        let person = |p: &Mention| p.gender != Gender::Unknown || p.title.is_some();
        // So is a description set off after a comma (`Ana Ruiz, the
        // director of the Center, who said`).
        let apposition =
            m.kind == MentionKind::Nominal && m.tokens.0 > 0 && toks[m.tokens.0 - 1].is(',');
        if m.kind == MentionKind::Organisation
            || apposition
            || m.kind == MentionKind::Name && !person(&m) && (place || object(m.tokens.0))
        {
            return (m.tokens.0.saturating_sub(12)..m.tokens.0)
                .rev()
                .filter(|&k| toks[k].is(','))
                .find_map(|k| {
                    subject_before_simple(toks, text, k)
                        .filter(|p| p.kind == MentionKind::Name && p.tokens.1 == k && person(p))
                })
                .or(Some(m));
        }
        return Some(m);
    }
    // `Sen. Elizabeth Warren (D-Mass.) said`: a parenthesis before the verb.
    // A long one is an aside, no role (`Sen. Chris Murphy (a Connecticut
    // Democrat so boyish he has been mistaken for a staffer) says`).
    let mut paren: Option<Span> = None;
    if toks[j - 1].is(')')
        && let Some(open) = (j.saturating_sub(MAX_PAREN_ASIDE_TOKENS)..j - 1)
            .rev()
            .find(|&k| toks[k].is('('))
    {
        paren = (j - open <= MAX_PAREN_ROLE_TOKENS).then(|| span_of(toks, open, j));
        j = open;
    }
    if j == 0 {
        return None;
    }
    // `Jason Sims — a teacher from Mount Pleasant — says`: an apposition
    // between dashes is the name's role.
    // So is one after a description (`A representative for the brand —
    // a 12-employee business — noted`).
    if let Some((open, inner)) = dash_aside_before(toks, text, j)
        && let Some(mut m) = subject_before_simple(toks, text, open)
            .filter(|m| m.kind != MentionKind::Pronoun && m.tokens.1 == open)
    {
        // (`Mrs. Clinton -- whose husband signed the act -- has derided`:
        // a relative clause is no role.)
        let first = (open..j).find(|&k| toks[k].is_word()).unwrap_or(open);
        let relative = matches!(
            toks[first].lower().as_ref(),
            "who" | "whose" | "which" | "where" | "when" | "whom"
        );
        // `A former Republican presidential candidate -- John McCain, who
        // lost … --`: a name that opens the aside names the description
        // (not a list after a plural: `three scholars -- Mr. Tribe, …`).
        if m.kind != MentionKind::Name
            && !m.plural
            && let Some(mut n) =
                phrase_at(toks, text, first).filter(|n| n.kind == MentionKind::Name)
        {
            n.role = Some(m.span);
            n.tokens = (m.tokens.0, j);
            return Some(n);
        }
        // A description names itself; the aside is a name's role.
        if !relative && m.kind == MentionKind::Name {
            m.span = Span::new(m.span.start, inner.end);
            m.role = Some(m.role.unwrap_or(inner));
        }
        m.tokens.1 = j;
        return Some(subject_over_modifiers(toks, text, m));
    }
    if toks[j - 1].is(',') {
        // `Gov. John Kasich (R-OH), said`: a comma after a party
        // affiliation closes no apposition.
        if let Some(m) = party_before(toks, text, j - 1)
            .and_then(|_| subject_ending_at(toks, text, j - 1))
            .filter(|m| m.kind == MentionKind::Name)
        {
            return Some(m);
        }
        return apposition_subject(toks, text, j - 1).or_else(|| relative_head(toks, text, j - 1));
    }
    // `Trump, star of the show “The Apprentice,” said`: an apposition
    // that ends in a quoted title, its comma inside the marks.
    if j >= 3 && toks[j - 2].is(',') && quoted_title_before(toks, j - 1) {
        return apposition_subject(toks, text, j - 2);
    }
    if let Some(m) = source_description(toks, text, j) {
        return Some(m);
    }
    // `Stacy Baker of Columbia, South Carolina says`: a state after the
    // comma of a place that follows `of`, `from` or `in` tells where that
    // place is; the subject is read as if the place ended it.
    if let Some(comma) = state_after_place(toks, text, j)
        && let Some(mut place) = subject_before_simple(toks, text, comma)
            .filter(|m| m.kind != MentionKind::Pronoun && m.tokens.1 == comma)
    {
        place.span = Span::new(place.span.start, toks[j - 1].span.end);
        place.tokens.1 = j;
        let m = subject_over_modifiers(toks, text, place.clone());
        if m.tokens.0 < place.tokens.0 {
            return Some(m);
        }
    }
    let Some(mut m) = subject_before_simple(toks, text, j) else {
        return relative_head(toks, text, j)
            .or_else(|| source_close_to_pronoun(toks, text, j))
            .or_else(|| infinitive_head(toks, text, j));
    };
    // `A spokesman that the campaign hired said`, `the ad that the
    // campaign released said`: a phrase after `that` or `whom` that ends
    // in a verb in the past is a relative clause whose object is gone; the
    // phrase before the pronoun is the subject.
    if m.kind == MentionKind::Nominal
        && m.tokens.1 == j
        && m.tokens.0 >= 2
        && matches!(toks[m.tokens.0 - 1].lower().as_ref(), "that" | "whom")
        && {
            let w = toks[j - 1].lower();
            w.len() > 4 && w.ends_with("ed") || lexicon::is_irregular_participle(&w)
        }
        && let Some(head) = subject_before_simple(toks, text, m.tokens.0 - 1)
            .filter(|h| h.kind != MentionKind::Pronoun && h.tokens.1 == m.tokens.0 - 1)
    {
        return Some(subject_over_modifiers(toks, text, head));
    }
    // `The first woman to lead the port said`: the port is the object of
    // the infinitive, the woman the subject.
    if m.kind != MentionKind::Name
        && m.kind != MentionKind::Pronoun
        && m.tokens.0 >= 2
        && toks[m.tokens.0 - 2].lower() == "to"
        && let Some(head) = infinitive_head(toks, text, j)
    {
        return Some(head);
    }
    // `Officials who spoke with The Washington Post said`, `The man who
    // founded the company says`: a phrase after `who` is inside a
    // restrictive relative clause, the object of its verb or of a
    // preposition; the person the clause describes is the subject. The
    // object of a verb defines the person, and the description takes the
    // clause to the verb (`the man who founded the company`, PolNeAR's
    // span); one after a preposition tells where or how (`who spoke with
    // The Post`), and the description stops before `who`.
    if m.kind != MentionKind::Pronoun
        && let Some(mut head) = relative_head(toks, text, j).filter(|h| h.tokens.1 < m.tokens.0)
    {
        if !object_of_preposition(toks, m.tokens.0) {
            head.run_to(toks, m.tokens.1);
        }
        return Some(subject_over_modifiers(toks, text, head));
    }
    // `several women who said`: a description read through a restrictive
    // `who` is the phrase before it.
    if m.kind == MentionKind::Nominal
        && j >= 2
        && m.tokens.1 == j
        && toks[j - 1].lower() == "who"
        && let Some(head) =
            subject_before_simple(toks, text, j - 1).filter(|m| m.kind != MentionKind::Pronoun)
    {
        m = head;
    }
    if let Some(p) = paren {
        m.span = Span::new(m.span.start, p.end);
        m.role = Some(m.role.map_or(p, |r| Span::new(r.start, r.end)));
    }
    Some(subject_over_modifiers(toks, text, m))
}

/// `of Columbia, South Carolina`: the comma before a run of capitalized
/// words that ends in a place at token `j` (exclusive), when a run of
/// capitalized words after `of`, `from` or `in` stands before the comma.
fn state_after_place(toks: &[Token], text: &str, j: usize) -> Option<usize> {
    let last = toks.get(j.checked_sub(1)?)?;
    if !(capital(last) && last.has(class::PLACE)) {
        return None;
    }
    let comma = name_run_back(toks, text, j).checked_sub(1)?;
    if comma + 1 >= j || !toks[comma].is(',') {
        return None;
    }
    let place = name_run_back(toks, text, comma);
    (place >= 1
        && place < comma
        && matches!(toks[place - 1].lower().as_ref(), "of" | "from" | "in"))
    .then_some(comma)
}

/// Is `word` (lower case) a personal pronoun in the object case, which is
/// no subject (`me`, `him`, `her`, `us`, `them`)?
fn is_object_pronoun(word: &str) -> bool {
    matches!(word, "me" | "him" | "her" | "us" | "them")
}

/// `People close to her said`, `sources familiar with them say`: a source
/// phrase whose object is a pronoun (which speaks for no one itself).
fn source_close_to_pronoun(toks: &[Token], text: &str, j: usize) -> Option<Mention> {
    let last = toks.get(j.checked_sub(1)?)?;
    if !is_object_pronoun(&last.lower()) {
        return None;
    }
    // (The phrase that heads it takes its place, gender and number.)
    let object = Mention::pronoun(last, j - 1, Gender::Unknown, false);
    let m = subject_over_modifiers(toks, text, object);
    (m.tokens.0 < j - 1 && m.kind == MentionKind::Nominal).then_some(m)
}

/// The most tokens between a word for people and the verb at `j` in a
/// source description (`with direct knowledge of the governor's plan`).
const MAX_SOURCE_TAIL: usize = 12;

/// `Officials with knowledge of the talks said`, `sources privy to
/// negotiations say`, `another source familiar with Cruz's thinking
/// said`: a word for people described as a source, by an adjective
/// (`familiar` with, `close` to), a participle in -ed (`briefed` on) or a
/// noun after `with` (`with direct knowledge of`), with the object of its
/// preposition running to the verb at `j`. The whole phrase is the subject,
/// a description, as PolNeAR marks it (not the object, which may read as a
/// phrase of its own). Punctuation ends it: `The mayor, close to tears,
/// said` is the mayor's.
fn source_description(toks: &[Token], text: &str, j: usize) -> Option<Mention> {
    let from = j.saturating_sub(MAX_SOURCE_TAIL);
    // (The class bit of the word for people first: most subjects have
    // none before an adjective or `with`.)
    let mut h = j.checked_sub(3)?;
    loop {
        if !toks[h + 1].is_word() || !toks[h + 2].is_word() {
            return None;
        }
        if toks[h].has(class::SPEAKER_NOUN)
            && toks[h].is_word()
            && let Some(object) = source_object(toks, h)
            && object < j
            && (object..j).all(|k| in_object(&toks[k]))
            && ends_object(&toks[j - 1].lower())
            && lexicon::speaker_noun(&toks[h].lower()).is_some()
            && let Some(head) = subject_before_simple(toks, text, h + 1)
                .filter(|m| m.kind == MentionKind::Nominal && m.tokens.1 == h + 1)
        {
            let span = Span::new(head.span.start, toks[j - 1].span.end);
            return Some(Mention::phrase(
                MentionKind::Nominal,
                span,
                (head.tokens.0, j),
                head.gender,
                head.plural,
            ));
        }
        if h == from || !toks[h].is_word() {
            return None;
        }
        h -= 1;
    }
}

/// Can the token `t` be part of the object of a source description? Not
/// a word that opens a clause of its own (`Republicans pointed at what
/// they called`: a verb in -ed, no participle), nor a pronoun that is a
/// subject; an object pronoun is (`people close to him`).
fn in_object(t: &Token) -> bool {
    t.is_word() && {
        let w = t.lower();
        !(lexicon::opens_relative(&w)
            || lexicon::is_question_word(&w)
            || lexicon::is_subordinator(&w)
            || is_pronoun(t) && !is_object_pronoun(&w))
    }
}

/// Can `word` (lower case) end the object of a source description before
/// its verb? Not a word that joins more to it (`Democrats voted for the
/// bill and said`: `and` opens a second predicate).
fn ends_object(word: &str) -> bool {
    !(word == "to"
        || lexicon::is_conjunction(word)
        || lexicon::is_preposition(word)
        || lexicon::is_determiner(word))
}

/// When the word for people at `h` is described as a source by the words
/// after it (`familiar with`, `briefed on`, `with knowledge of`), the
/// first token of the object of their preposition.
fn source_object(toks: &[Token], h: usize) -> Option<usize> {
    let word = |k: usize| {
        toks.get(k)
            .filter(|t| t.is_word() && !capital(t))
            .map(|t| t.lower())
    };
    let prep = |k: usize| word(k).is_some_and(|w| w == "to" || lexicon::is_preposition(&w));
    let next = word(h + 1)?;
    if next == "with" {
        // `with knowledge of`, `with direct knowledge of`.
        let noun =
            (h + 2..h + 4).find(|&k| word(k).is_some_and(|w| lexicon::is_source_noun(&w)))?;
        let adjective = word(h + 2).is_some_and(|w| !lexicon::is_determiner(&w));
        return ((noun == h + 2 || adjective) && prep(noun + 1)).then_some(noun + 2);
    }
    // (A participle before `to` may be a verb before an infinitive: `The
    // two men continued to look at each other till Archer said`.)
    let participle =
        next.len() > 4 && next.ends_with("ed") && word(h + 2).is_some_and(|w| w != "to");
    ((lexicon::is_source_adjective(&next) || participle) && prep(h + 2)).then_some(h + 3)
}

/// When the tokens before `j` are a party affiliation in brackets (`(R-OH)`,
/// `(D-Mass.)`, `(I)`), the index of the opening bracket.
fn party_before(toks: &[Token], text: &str, j: usize) -> Option<usize> {
    let close = j.checked_sub(1).filter(|&c| toks[c].is(')'))?;
    let open = (close.saturating_sub(6)..close)
        .rev()
        .find(|&k| toks[k].is('('))?;
    is_party_tag(&text[toks[open].span.end..toks[close].span.start]).then_some(open)
}

/// Is `s` a party affiliation (`R-OH`, `D-Mass.`, `I`), as written in
/// brackets or between commas after a name?
fn is_party_tag(s: &str) -> bool {
    let mut chars = s.chars();
    matches!(chars.next(), Some('D' | 'R' | 'I'))
        && matches!(chars.next(), None | Some('-'))
        && !s.contains(' ')
}

/// The most tokens of a parenthesis before a verb that is the role of the
/// name before it (`(D-Mass.)`, `(a Democrat)`), and of one that is an
/// aside.
const MAX_PAREN_ROLE_TOKENS: usize = 10;
const MAX_PAREN_ASIDE_TOKENS: usize = 24;

/// The most tokens between the dashes of an aside before a verb.
const MAX_DASH_ASIDE_TOKENS: usize = 14;

/// When the token before `j` is a dash that closes an aside (`— a teacher
/// from Mount Pleasant —`), the index of the opening dash and the span of
/// the words between.
fn dash_aside_before(toks: &[Token], text: &str, j: usize) -> Option<(usize, Span)> {
    // The first token of the dash that ends at `k` (`--` is two).
    let dash_start = |k: usize| {
        if k > 0 && toks[k].is('-') && toks[k - 1].is('-') {
            k - 1
        } else {
            k
        }
    };
    // A dash, or a hyphen with a space on each side (`brand - a business -`).
    let dash = |k: usize| {
        dash_ends_at(toks, k)
            || toks[k].is('-')
                && text[..toks[k].span.start].ends_with(' ')
                && text[toks[k].span.end..].starts_with(' ')
    };
    let close = j - 1;
    if !dash(close) {
        return None;
    }
    let close_start = dash_start(close);
    let open = (close_start.saturating_sub(MAX_DASH_ASIDE_TOKENS)..close_start)
        .rev()
        .find(|&k| dash(k))?;
    let open = dash_start(open);
    let first = (open..close_start).find(|&k| toks[k].is_word())?;
    let last = (open..close_start).rev().find(|&k| toks[k].is_word())?;
    Some((open, Span::new(toks[first].span.start, toks[last].span.end)))
}

/// Does a dash end at token `k`: `—`, `–`, or the second of `--`?
pub(crate) fn dash_ends_at(toks: &[Token], k: usize) -> bool {
    toks[k].is('—') || toks[k].is('–') || k > 0 && toks[k].is('-') && toks[k - 1].is('-')
}

/// `The last man to mount a third-party race says`, `the first woman to
/// lead the party said`: a description of a person with an infinitive
/// after it (no punctuation inside) before the verb at `j`. The whole
/// phrase is the description.
fn infinitive_head(toks: &[Token], text: &str, j: usize) -> Option<Mention> {
    let to = (j.saturating_sub(MAX_RELATIVE_TOKENS)..j)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].lower() == "to")?;
    if to == 0
        || to + 2 > j
        || capital(&toks[to + 1])
        || (to..j).any(|k| lexicon::is_conjunction(&toks[k].lower()))
    {
        return None;
    }
    let mut m = subject_before_simple(toks, text, to).filter(|m| {
        m.kind == MentionKind::Nominal
            && toks[to - 1].has(class::SPEAKER_NOUN)
            && lexicon::is_determiner(&toks[m.tokens.0].lower())
    })?;
    m.run_to(toks, j);
    Some(m)
}

/// The most tokens of a restrictive relative clause between its person and
/// the verb (`A voter who asked not to be named said`).
const MAX_RELATIVE_TOKENS: usize = 16;

/// The start of the phrase that opens at token `start` with the `the`
/// before it, if one is (`the Gazette`, `the Obama campaign`).
fn with_article(toks: &[Token], start: usize) -> usize {
    if start > 0 && toks[start - 1].lower() == "the" {
        start - 1
    } else {
        start
    }
}

/// Does a preposition (with `the` at most between) stand right before the
/// phrase that opens at token `start` (`with The Post`, `to the mayor`;
/// `to` is no infinitive before a phrase)?
fn object_of_preposition(toks: &[Token], start: usize) -> bool {
    let k = with_article(toks, start);
    k > 0 && toks[k - 1].is_word() && {
        let w = toks[k - 1].lower();
        w == "to" || lexicon::is_preposition(&w)
    }
}

/// `A voter who asked not to be named said`, `A registered Republican who
/// spoke on the condition of anonymity, said`: a description of a person
/// with a restrictive relative clause (no comma before `who`, none inside
/// it) before the verb at `j`.
fn relative_head(toks: &[Token], text: &str, j: usize) -> Option<Mention> {
    let who = (j.saturating_sub(MAX_RELATIVE_TOKENS)..j)
        .rev()
        .take_while(|&k| {
            !(toks[k].is(',') || toks[k].is('(') || toks[k].is(')'))
                && toks[k].kind != TokenKind::Quote
        })
        .find(|&k| toks[k].text().eq_ignore_ascii_case("who"))?;
    if who == 0 || who + 2 > j || toks[who - 1].is(',') {
        return None;
    }
    subject_before_simple(toks, text, who)
        .filter(|m| m.kind == MentionKind::Nominal && toks[m.tokens.1 - 1].has(class::SPEAKER_NOUN))
}

/// Is token `close` the closing mark of a short quoted title (`“The
/// Apprentice,”`): at most six words, each capitalized or a short
/// function word, the first capitalized?
fn quoted_title_before(toks: &[Token], close: usize) -> bool {
    if toks[close].kind != TokenKind::Quote {
        return false;
    }
    let Some(open) = (close.saturating_sub(9)..close)
        .rev()
        .find(|&k| toks[k].kind == TokenKind::Quote)
    else {
        return false;
    };
    let words: Vec<&Token> = toks[open + 1..close]
        .iter()
        .filter(|t| t.is_word())
        .collect();
    !words.is_empty()
        && words.len() <= 6
        && capital(words[0])
        && words.iter().all(|t| capital(t) || t.span.len() <= 4)
}

/// `The email went on to say`, `Trump declined to say`: before `to` and
/// the verb that governs it, where the subject ends. Returns `j` when the
/// verb at `j` does not follow `to`. The verb may be up to three words
/// (`went on`, `is expected`); the farthest split that leaves a subject
/// before it wins, so that `email` is not read as a verb.
fn infinitive_back(toks: &[Token], text: &str, j: usize) -> usize {
    if j < 2 || !toks[j - 1].text().eq_ignore_ascii_case("to") {
        return j;
    }
    let mut i = j - 1;
    let mut splits = Vec::new();
    while i > 0 && j - i <= 3 {
        let t = &toks[i - 1];
        let w = t.lower();
        let verbish = t.is_word()
            && !t.is_capitalized()
            && !lexicon::is_determiner(&w)
            && !is_pronoun(t)
            && (!lexicon::is_preposition(&w) || w == "on");
        if !verbish {
            break;
        }
        i -= 1;
        splits.push(i);
    }
    splits
        .into_iter()
        .rev()
        .find(|&i| subject_before_simple(toks, text, i).is_some())
        .unwrap_or(j)
}

/// The most comma-separated appositions between a subject and its verb.
const MAX_APPOSITIONS: usize = 4;
/// The most tokens the appositions span.
const MAX_APPOSITION_TOKENS: usize = 40;

/// `Hugh Hill, a doctor, said`, `Scott Pruitt, the attorney general of
/// Oklahoma, one of the states suing, said`, `Bill Eastland, wearing
/// “Ted Cruz” pins, said`: a subject followed by appositions between
/// commas; `comma` is the comma before the verb. Each comma going back may
/// close the subject. Of the phrases that stand where a subject does, the
/// nearest name wins (an apposition is often a description: `the attorney
/// general of Oklahoma`), then the nearest phrase; failing any, the
/// nearest phrase at all.
fn apposition_subject(toks: &[Token], text: &str, comma: usize) -> Option<Mention> {
    let floor = comma.saturating_sub(MAX_APPOSITION_TOKENS);
    let mut close = comma;
    let mut heads: Vec<(Mention, bool)> = Vec::new();
    // The comma before the leftmost relative clause with a head before it.
    let mut relative = None;
    for _ in 0..MAX_APPOSITIONS {
        let open = (floor..close).rev().find(|&k| {
            let t = &toks[k];
            t.is(',')
                || !t.is_word()
                    && t.kind != TokenKind::Quote
                    // (`an analyst at Compass Point Research & Trading`.)
                    && !['-', '(', ')', '.', '’', '\'', '%', '$', '&']
                        .iter()
                        .any(|&c| t.is(c))
        });
        let Some(open) = open.filter(|&o| toks[o].is(',') && o + 1 < close) else {
            break;
        };
        // `Harry Bond, 30, of Raleigh, N.C., who …, said`: a place is
        // where the speaker is from, not the speaker; `Sen. Lindsey
        // Graham, R-S.C., a …, said`: nor is a party.
        let head = apposition_head(toks, text, open, comma).filter(|(m, _)| {
            !is_party_tag(m.name.slice(text))
                && !toks[m.tokens.0..m.tokens.1]
                    .iter()
                    .filter(|t| t.is_word())
                    .all(|t| t.has(class::PLACE))
        });
        if head.is_some() && matches!(toks[open + 1].lower().as_ref(), "who" | "whose") {
            relative = Some(open);
        }
        heads.extend(head);
        close = open;
    }
    // `Mr. Slinker, whose latest start-up, Paradata, sells data, said`: a
    // name inside a relative clause is the clause's, not the subject.
    if let Some(r) = relative {
        heads.retain(|(m, _)| m.tokens.0 < r);
    }
    let at_subject = || heads.iter().filter(|(_, at)| *at).map(|(m, _)| m);
    at_subject()
        .find(|m| m.kind == MentionKind::Name)
        .or_else(|| at_subject().next())
        .or_else(|| heads.first().map(|(m, _)| m))
        .cloned()
}

/// The subject that the comma at `open` closes, with everything from
/// `open` to `comma` (the comma before the verb) read as appositions; and
/// whether it stands where a subject does.
fn apposition_head(
    toks: &[Token],
    text: &str,
    open: usize,
    comma: usize,
) -> Option<(Mention, bool)> {
    // `Rep. Elijah Cummings (D-Md.), chair of …, said`: a parenthesis
    // after the head.
    let paren_open = toks[open.checked_sub(1)?]
        .is(')')
        .then(|| {
            (open.saturating_sub(10)..open - 1)
                .rev()
                .find(|&k| toks[k].is('('))
        })
        .flatten();
    let mut head = subject_over_modifiers(
        toks,
        text,
        subject_before_simple(toks, text, paren_open.unwrap_or(open))?,
    );
    if paren_open.is_some() {
        head.span = Span::new(head.span.start, toks[open - 1].span.end);
    }
    if head.kind == MentionKind::Pronoun {
        return None;
    }
    // Each apposition between the commas.
    let mut seg_start = open + 1;
    let mut role = None;
    for k in open + 1..=comma {
        if k < comma && !toks[k].is(',') {
            continue;
        }
        let seg = (seg_start, k);
        seg_start = k + 1;
        if seg.0 >= seg.1 {
            return None;
        }
        let opener = toks[seg.0].lower();
        let relative = matches!(opener.as_ref(), "who" | "whose" | "which");
        // `Pruitt, who said …,` may hold a verb of speech; an apposition
        // may not (`the states` is a noun).
        // A base form in a phrase that opens with an article is a noun
        // (`a former state party chairman`).
        let noun_phrase = lexicon::is_determiner(&opener);
        // Nor may it be a clause, a name with its verb in -ed (`Facing
        // criticism, Mr. Trump released a statement, insisting`).
        // A verb in a relative clause of the phrase is not its own (`a
        // Democratic pollster who advises the super PAC`).
        let verb_end = (seg.0 + 1..seg.1)
            .find(|&k| matches!(toks[k].lower().as_ref(), "who" | "whose" | "which"))
            .unwrap_or(seg.1);
        let verb = (seg.0..verb_end).any(|k| {
            toks[k].has(class::SPEECH_VERB)
                && toks[k].is_word()
                && lexicon::speech_verb(toks[k].text()).is_some()
                && !(k > seg.0 && lexicon::is_determiner(&toks[k - 1].lower()))
                && !(noun_phrase && toks[k].has(class::VERB_BASE))
                || k > seg.0 && !noun_phrase && capital(&toks[seg.0]) && capital(&toks[k - 1]) && {
                    let w = toks[k].text();
                    w.len() > 4 && w.ends_with("ed") && w.starts_with(char::is_lowercase)
                }
        });
        if verb && !relative {
            return None;
        }
        let seg_role = (!relative)
            .then(|| apposition_role(toks, seg.0, seg.1))
            .flatten();
        // `Blunt, after a long pause, said`: an aside between commas, not a
        // clause of its own (`Purchase, when Sanders protesters interrupted`).
        if seg_role.is_none() || lexicon::is_conjunction(&opener) {
            let clause = toks.get(seg.0 + 1).is_some_and(capital)
                && !relative
                && !matches!(
                    opener.as_ref(),
                    "after" | "before" | "with" | "in" | "at" | "on" | "including"
                );
            if clause {
                return None;
            }
        } else if seg.0 == open + 1 {
            role = seg_role;
        }
    }
    let mut m = head;
    // `a spokeswoman, Anna Richardson White, said`
    let first_seg_end = (open + 1..comma)
        .find(|&k| toks[k].is(','))
        .unwrap_or(comma);
    if m.kind == MentionKind::Nominal
        && let Some(mut name) = simple_name_at(toks, text, open + 1, first_seg_end)
    {
        name.role = Some(m.name);
        if name.gender == Gender::Unknown {
            name.gender = m.gender;
        }
        name.tokens.0 = m.tokens.0;
        name.span = m.span;
        m = name;
    } else {
        if m.role.is_none() {
            m.role = role;
        }
        // An apposition's word for a person gives the gender; an
        // honorific in it is someone else's (`the owner of the Miss
        // Universe pageant`, `a friend of Mrs. Clinton`).
        if m.gender == Gender::Unknown {
            m.gender = noun_gender(&toks[open + 1..comma]);
        }
    }
    m.span = Span::new(m.span.start, toks[comma - 1].span.end);
    m.tokens = (m.tokens.0, comma);
    let at_subject = subject_position(toks, text, m.tokens.0);
    Some((m, at_subject))
}

/// The role an apposition gives, without its article: `a doctor` →
/// `doctor`, `president of Rock the Vote` as it stands.
fn apposition_role(toks: &[Token], start: usize, end: usize) -> Option<Span> {
    let first = toks[start].lower();
    // `smiling`, `turning briskly to John`, `with a shrug`: manner, not a
    // role (but `Kelly Schmidt`, `Sterling Brown`: names).
    let manner = (first.ends_with("ing") || first.ends_with("ly") && first.len() > 4)
        && !capital(&toks[start])
        || matches!(
            first.as_ref(),
            "with"
                | "in"
                | "at"
                | "on"
                | "to"
                | "for"
                | "from"
                | "after"
                | "before"
                | "as"
                | "and"
                | "but"
                | "then"
                | "again"
                | "still"
                | "not"
                | "however"
                // `Carson, who has made …`: a relative clause, not a role.
                | "who"
                | "whom"
                | "whose"
                | "which"
                | "that"
                | "where"
        );
    // `Quina Jones, 25,`: an age, not a role.
    let age = toks[start..end]
        .iter()
        .all(|t| !t.is_word() || t.text().bytes().all(|b| b.is_ascii_digit()));
    if manner || age {
        return None;
    }
    let s = if matches!(first.as_ref(), "a" | "an" | "the") && start + 1 < end {
        start + 1
    } else {
        start
    };
    Some(span_of(toks, s, end))
}

/// A name run that fills exactly `start..end`.
fn simple_name_at(toks: &[Token], text: &str, start: usize, end: usize) -> Option<Mention> {
    if start >= end || name_run_back(toks, text, end) != start {
        return None;
    }
    named(toks, text, start, start, end).filter(|m| m.kind == MentionKind::Name)
}

/// A subject without apposition, ending at `end`.
fn subject_before_simple(toks: &[Token], text: &str, end: usize) -> Option<Mention> {
    let last = toks.get(end.checked_sub(1)?)?;
    if !last.is_word() {
        return share(toks, end);
    }
    if last.has(class::PRONOUN) {
        let w = last.lower();
        if let Some((gender, plural)) = lexicon::pronoun(&w) {
            if is_object_pronoun(&w) {
                return None;
            }
            return Some(Mention::pronoun(last, end - 1, gender, plural));
        }
    }
    // `Data show that …`, `Emails show …`: a document or a finding that
    // opens the sentence, capitalized there.
    if capital(last) && last.has(class::DOCUMENT) && (end == 1 || !toks[end - 2].is_word()) {
        let w = last.lower();
        if lexicon::is_document_noun(&w) {
            let plural = w.ends_with('s') && !w.ends_with("ss");
            return Some(description(toks, end - 1, end, plural));
        }
    }
    if capital(last) {
        let start = name_run_back(toks, text, end);
        // Lower-case role words before the name: `spokeswoman Victoria
        // Nuland`, `State Department spokeswoman Victoria Nuland`.
        let mut role_start = start;
        // `former secretary of state Hillary Rodham Clinton`: a word for a
        // person and what it is `of`.
        let head = role_start
            .checked_sub(1)
            .map(|i| noun_of(toks, text, i).unwrap_or(i));
        if let Some(head) = head
            && toks[head].has(class::SPEAKER_NOUN)
            && toks[head].is_word()
            && lexicon::speaker_noun(&toks[head].lower()).is_some()
        {
            role_start = description_back(toks, text, head);
            role_start = name_run_back(toks, text, role_start).min(role_start);
        }
        // `former Wisconsin Gov. Jim Doyle`: lower-case role words before;
        // `old Horace Talbot`, `poor Fanny`: an epithet.
        while role_start > 0 && toks[role_start - 1].is_word() && {
            let t = &toks[role_start - 1];
            let w = t.text();
            t.has(class::ROLE_MODIFIER) && lexicon::is_role_modifier(w) || lexicon::is_epithet(w)
        } {
            role_start -= 1;
        }
        match named(toks, text, role_start, start, end) {
            Some(mut m) => {
                if m.kind == MentionKind::Organisation
                    && role_start > 0
                    && toks[role_start - 1].lower() == "the"
                {
                    m.span = span_of(toks, role_start - 1, end);
                    m.tokens.0 = role_start - 1;
                }
                return Some(m);
            }
            // `Sources close to the campaign said`, `Critics of the plan
            // say`: a word capitalized only because it opens the sentence
            // is read as in lower case.
            None if end == 1 || !toks[end - 2].is_word() => {}
            None => return None,
        }
    }
    let w = last.lower();
    if lexicon::is_statement_noun(&w)
        && let Some(m) = author_of(toks, text, end)
    {
        return Some(m);
    }
    if let Some(gender) = last
        .has(class::SPEAKER_NOUN)
        .then(|| lexicon::speaker_noun(&w))
        .flatten()
    {
        // `another reporter`, `a senior official`, `White House officials`.
        let start = description_back(toks, text, end - 1);
        // (Capitalized words before it join it, but not a verb opening a
        // question: `Were the experts wrong?`.)
        let run = name_run_back(toks, text, start);
        let start = count_back(
            toks,
            if run < start && lexicon::is_auxiliary(&toks[run].lower()) {
                start
            } else {
                run.min(start)
            },
        );
        // `That person said`: `that` opening the sentence points, as
        // `this` does; it joins no clause there.
        let that = start == 1 && toks[0].lower() == "that";
        let start = if that { 0 } else { start };
        // (`…, police said`: a plural with no -s.)
        let plural = w.ends_with('s') && lexicon::speaker_noun(w.trim_end_matches('s')).is_some()
            || lexicon::is_collective_noun(&w);
        let has_det = that || start < end - 1 && lexicon::is_determiner(&toks[start].lower());
        // `the Florida senator and Republican presidential candidate`: one
        // person with two descriptions under one article, named by the
        // first.
        if !has_det
            && !plural
            && start >= 3
            && toks[start - 1].lower() == "and"
            && let Some(first) = subject_before_simple(toks, text, start - 1).filter(|f| {
                f.kind == MentionKind::Nominal
                    && !f.plural
                    && lexicon::is_determiner(&toks[f.tokens.0].lower())
            })
        {
            return Some(first);
        }
        if !has_det && !plural && start == end - 1 {
            // A bare singular noun (`reporter said`) is not a speaker phrase.
            return None;
        }
        let span = span_of(toks, start, end);
        let kind = if lexicon::is_org_word(&w) {
            MentionKind::Organisation
        } else {
            MentionKind::Nominal
        };
        return Some(Mention::phrase(kind, span, (start, end), gender, plural));
    }
    // `The employee of nearly four years`, `his wife of 40 years`: a
    // description and how long it has been so.
    if let Some(of) = tenure_of(toks, end)
        && let Some(mut m) = subject_before_simple(toks, text, of)
            .filter(|m| m.kind == MentionKind::Nominal && m.tokens.1 == of)
    {
        m.run_to(toks, end);
        return Some(m);
    }
    // `The former secretary of state said`: a word for a person and what
    // it is `of` make a description.
    if let Some(head) = noun_of(toks, text, end - 1)
        && let Some(mut m) = subject_before_simple(toks, text, head + 1)
            .filter(|m| m.kind == MentionKind::Nominal && m.tokens.1 == head + 1)
    {
        m.run_to(toks, end);
        return Some(m);
    }
    // A name in the possessive determines a noun for people as an article
    // does: `Romney's associates`, `Sanders' team`; not `Trump's tax
    // history`, `That's`.
    let people_head =
        w.ends_with('s') && !w.ends_with("ss") || last.has(class::SPEAKER_NOUN | class::ORG_WORD);
    let name_possessive = |t: &Token| {
        people_head
            && capital(t)
            && possessive(t, text)
            && !lexicon::is_not_name(t.text().trim_end_matches(['s', '\'', '’']))
    };
    // A body may take more words before its noun (`A major Muslim civil
    // rights group says`).
    // So may a poll or a study (`A USA TODAY/Suffolk University poll`).
    let body = last.has(class::ORG_WORD) && lexicon::is_org_word(&w)
        || last.has(class::DOCUMENT) && lexicon::is_finding_noun(&w);
    let reach = if body { 6 } else { 4 };
    // `his friends make jokes about`: a verb that takes a statement noun,
    // after a plural noun, is that noun's predicate; the phrase before the
    // verb is the subject (not `his friends make`). (Not past an article:
    // `one of the lamps made a gurgling appeal for`, the object is a
    // phrase of its own.)
    // (The plural first: the verb is a look-up in a list.)
    if let Some(k) = (end.saturating_sub(reach).max(2)..end).find(|&k| {
        is_plural_noun(toks[k - 1].text())
            && lexicon::is_topic_noun_verb(&toks[k].lower())
            && !(k + 1..end).any(|j| lexicon::is_determiner(&toks[j].lower()))
    }) {
        return subject_before_simple(toks, text, k);
    }
    if let Some(det) = (end.saturating_sub(reach)..end.saturating_sub(1))
        .rev()
        .find(|&d| lexicon::is_determiner(&toks[d].lower()) || name_possessive(&toks[d]))
        && (det + 1..end).all(|k| {
            let w = toks[k].lower();
            toks[k].is_word() && !is_pronoun(&toks[k]) && !lexicon::is_not_noun(&w)
        })
        && (last.text().starts_with(|c: char| c.is_lowercase()) || is_age_noun(&w))
        && !(last.has(class::ORG_WORD)
            && lexicon::is_org_word(&w)
            && end >= 2
            && capital(&toks[end - 2]))
        && end - det <= reach
        && (w.chars().all(char::is_alphabetic) || is_age_noun(&w))
        // (`the ad`, not `the secretary of`, `an increase if`, nor
        // `prevent her from saying`.)
        && !lexicon::is_preposition(&w)
        && (w.len() > 2
            || w.len() == 2
                && !lexicon::is_conjunction(&w)
                && !lexicon::is_not_clause_opener(&w))
        && !lexicon::is_not_speaker(&w)
        // (`said the Invisible Man many times`, `she and other`, `the
        // Invisible Man rapping it down`: a determiner, or a participle
        // after a capitalized word, heads no noun phrase; `Another ranking
        // says` does. A possessive that waits for its noun, `the tip of
        // his`, is read as before: it names no one.)
        && !(lexicon::is_determiner(&w) && lexicon::owner_pronoun(&w).is_none())
        && !(w.ends_with("ing")
            && end >= 2
            && capital(&toks[end - 2])
            && !lexicon::is_determiner(&toks[end - 2].lower()))
        // (`a tone that reminded`, `a voice which showed`, `a tone that
        // gently reminded`: a relative pronoun ends no noun phrase; it
        // opens a clause.)
        && !(det + 1..end).any(|k| matches!(toks[k].lower().as_ref(), "that" | "which"))
    {
        // `the investor said`, `the first cabman said`: any noun after a
        // determiner can be the subject of a speech verb.
        let det = if name_possessive(&toks[det]) {
            name_run_back(toks, text, det + 1)
        } else {
            det
        };
        let span = span_of(toks, det, end);
        return Some(Mention::phrase(
            MentionKind::Nominal,
            span,
            (det, end),
            Gender::Unknown,
            false,
        ));
    }
    if last.has(class::ORG_WORD) && lexicon::is_org_word(&w) && end >= 2 && capital(&toks[end - 2])
    {
        // `the Obama campaign`, `the Trump administration`. (`A group of
        // doctors sent`: the capital is the article that opens the
        // sentence, and the phrase keeps it.)
        let start = with_article(toks, name_run_back(toks, text, end - 1));
        let start = if start == end - 1 && matches!(toks[start - 1].lower().as_ref(), "a" | "an") {
            start - 1
        } else {
            start
        };
        let span = span_of(toks, start, end);
        return Some(Mention::phrase(
            MentionKind::Organisation,
            span,
            (start, end),
            Gender::Neuter,
            false,
        ));
    }
    bare_plural(toks, text, end)
}

/// `Bush’s statement`, `Bush’s Facebook post`, `Clinton’s written
/// remarks`: the author of what speaks, named in the possessive before
/// it (with at most two words between); the statement noun ends at `end`.
fn author_of(toks: &[Token], text: &str, end: usize) -> Option<Mention> {
    let mut k = end - 1;
    while k > 0 && end - k <= 3 && !possessive(&toks[k - 1], text) {
        let t = &toks[k - 1];
        let w = t.lower();
        if !t.is_word() || lexicon::is_not_noun(&w) {
            return None;
        }
        if lexicon::is_determiner(&w) {
            return put_out_by(toks, text, k - 1);
        }
        // `All three candidates issued statements condemning`: a plural
        // with no article, the object of a verb that takes it, is the
        // verb's subject's.
        if k == end - 1 && lexicon::is_topic_noun_verb(&w) {
            return subject_before(toks, text, k - 1);
        }
        k -= 1;
    }
    possessor(toks, text, k)
}

/// `Trump’s attacks on`, `the senator’s criticism of`: the person named in
/// the possessive whose last token is `end - 1`, a name or a description.
pub(crate) fn possessor(toks: &[Token], text: &str, end: usize) -> Option<Mention> {
    if !possessive(toks.get(end.checked_sub(1)?)?, text) {
        return None;
    }
    subject_before_simple(toks, text, end)
        .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Nominal))
}

/// `Trump issued a statement saying`, `Teneo released a statement`: the
/// statement whose article is at `det` is the subject's of the verb in
/// -ed or -es before it.
fn put_out_by(toks: &[Token], text: &str, det: usize) -> Option<Mention> {
    let verb = toks.get(det.checked_sub(1)?)?;
    let v = verb.lower();
    let put_out = matches!(toks[det].lower().as_ref(), "a" | "an" | "the")
        && verb.is_word()
        && !capital(verb)
        && v.len() > 4
        && (v.ends_with("ed") || v.ends_with("es"));
    put_out
        .then(|| subject_before(toks, text, det - 1))
        .flatten()
}

/// The most words before the finding or document noun that opens a
/// source phrase (`A 2014 study`, `Early results of an entrance poll`).
const MAX_FINDING_HEAD: usize = 6;
/// The most words of the modifier after that noun, up to the verb.
const MAX_FINDING_MODIFIER: usize = 20;

/// `A study by Vanderbilt University found`, `A poll from Marquette Law
/// School released Wednesday found`, `Exit polls taken in South Carolina
/// found` (an irregular participle: `irregular_participles.txt`), `Surveys
/// of caucus-goers taken as they entered the sites showed`, `A 2014 study
/// that appeared in the British Medical Journal found`: a finding or a document that opens the sentence (after a
/// conjunction: `Yet, a 2014 study by …`) with a modifier after it (a
/// preposition, a participle in -ed or `that`), up to the verb at `end`.
/// The whole phrase is the source, a description; no comma, quotation or
/// auxiliary stands in it.
pub fn finding_subject(toks: &[Token], end: usize) -> Option<Mention> {
    // (The class bits first: most sentences open with no such noun. The
    // first words are searched past a conjunction, its comma and a mark.)
    let head = (0..end.min(MAX_FINDING_HEAD + 3))
        .find(|&k| toks[k].has(class::DOCUMENT) && lexicon::is_document_noun(&toks[k].lower()))?;
    let mut start = first_word_at(toks, 0)?;
    if lexicon::is_conjunction(&toks[start].lower()) {
        start = first_word_at(toks, start + 1)?;
    }
    if head < start || head >= start + MAX_FINDING_HEAD {
        return None;
    }
    // `In a speech on Monday Ana Ruiz said`: a document after an opening
    // preposition is in an adjunct, no subject.
    if head > start && {
        let w = toks[start].lower();
        lexicon::is_any_preposition(&w)
    } {
        return None;
    }
    let next = head + 1;
    if next >= end || end - next > MAX_FINDING_MODIFIER {
        return None;
    }
    let w = toks[next].lower();
    // (`released Wednesday`, `taken in`; not `The letter cited an April
    // summit where …`, a verb with its object.)
    let participle = (w.len() > 4 && w.ends_with("ed") || lexicon::is_irregular_participle(&w))
        && !toks
            .get(next + 1)
            .is_some_and(|t| lexicon::is_determiner(&t.lower()));
    // (`figures that the mayor claims are too low`: an object relative,
    // whose own subject speaks.)
    let subject_relative = w == "that"
        && toks
            .get(next + 1)
            .is_some_and(|t| !(lexicon::is_determiner(&t.lower()) || is_pronoun(t) || capital(t)));
    let modifier = lexicon::is_preposition(&w) || subject_relative || participle;
    // (`The port cited figures that`: a verb before the head, with its
    // object; not a participle with its preposition, `Interviews conducted
    // by The Washington Post`.)
    let verb = (start + 1..head).any(|k| {
        let w = toks[k].lower();
        w.len() > 4
            && w.ends_with("ed")
            && !lexicon::is_determiner(&toks[k - 1].lower())
            && !lexicon::is_preposition(&toks[k + 1].lower())
    });
    if verb {
        return None;
    }
    // No auxiliary: the phrase is no clause of its own (`Early results of a
    // poll are showing that about half say they think`).
    // (`Surveys of caucus-goers taken as they entered the sites showed`:
    // a pronoun after a subordinator is the subject of a clause inside
    // the modifier.)
    let plain = |k: usize| {
        let t = &toks[k];
        t.is_word()
            && !(is_pronoun(t) && !(k > start && lexicon::is_subordinator(&toks[k - 1].lower())))
            && !lexicon::is_auxiliary(&t.lower())
    };
    (modifier && (start..end).all(plain)).then(|| {
        let plural = toks[head].lower().ends_with('s');
        description(toks, start, end, plural)
    })
}

/// The first word token at or after `i`.
pub(crate) fn first_word_at(toks: &[Token], i: usize) -> Option<usize> {
    (i..toks.len()).find(|&k| toks[k].is_word())
}

/// `47% say`, `including 18% who say`: a share of those asked, a number
/// and `%` that open a clause.
fn share(toks: &[Token], end: usize) -> Option<Mention> {
    let number =
        |t: &Token| t.is_word() && t.text().bytes().all(|b| b.is_ascii_digit() || b == b'.');
    let opens = |k: usize| {
        k == 0 || !toks[k - 1].is_word() || {
            let w = toks[k - 1].lower();
            lexicon::is_conjunction(&w) || w == "including"
        }
    };
    (end >= 2 && toks[end - 1].is('%') && number(&toks[end - 2]) && opens(end - 2))
        .then(|| description(toks, end - 2, end, true))
}

/// Does the lower-case word `w` read as a plural noun that may name
/// speakers (`critics`, `riders`; not `boss`, nor an adjective in -ous,
/// `his infamous comment about`, nor a word of `not_plural_nouns.txt` or
/// `not_speakers.txt`)?
pub fn is_plural_noun(w: &str) -> bool {
    w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("ous")
        && w.chars().all(|c| c.is_ascii_lowercase())
        && !lexicon::is_not_plural_noun(w)
        && !lexicon::is_not_speaker(w)
}

/// `Social conservatives say`, `polls suggest`, `Critics argue`, `Some
/// say`, `About 4 in 10 say`: a plural noun with no determiner, with at
/// most three words before it (adjectives, `4 in 10`), that opens a
/// clause — at the sentence's start or after punctuation or a word that
/// opens a clause. Such a group or source speaks as a description.
fn bare_plural(toks: &[Token], text: &str, end: usize) -> Option<Mention> {
    let last = toks.get(end.checked_sub(1)?)?;
    // Most words end in no `s` and are no count: leave them before
    // lower-casing anything.
    let raw = last.text();
    if !(raw.ends_with('s') || raw == "10" || lexicon::is_quantifier(raw) || one_of(raw, &["ten"]))
    {
        return None;
    }
    let w = last.lower();
    let plural_noun = is_plural_noun(&w);
    let quantity = lexicon::is_quantifier(&w) || is_ten(&w);
    if !(plural_noun || quantity) || !last.is_word() || last.has(class::VERB_MODIFIER) {
        return None;
    }
    // Walk back over adjectives and a count (`nearly eight in 10`).
    let mut start = end - 1;
    while start > 0 && end - start < 6 {
        let t = &toks[start - 1];
        let pw = t.lower();
        let count = t.is_word() && (pw.chars().all(|c| c.is_ascii_digit()) || is_number_word(&pw))
            || pw == "in" && toks.get(start).is_some_and(|n| is_ten(&n.lower()));
        // `carrying signs saying`: a participle before the noun is a
        // verb with its object, not an adjective; at the sentence's
        // opening it is one (`But hacking specialists say`).
        let opening = |k: usize| {
            k == 0 || k == 1 && toks[0].is_word() && lexicon::is_conjunction(&toks[0].lower())
        };
        let adjective = t.is_word()
            && pw.chars().all(|c| c.is_alphabetic() || c == '-')
            && (!pw.ends_with("ing") || opening(start - 1))
            && !lexicon::is_determiner(&pw)
            && !is_pronoun(t)
            && !possessive(t, text)
            && !lexicon::is_not_noun(&pw)
            && !lexicon::is_preposition(&pw)
            && !lexicon::is_conjunction(&pw)
            && !matches!(pw.as_ref(), "that" | "who" | "which" | "what" | "to")
            // (`Protest groups say`: a verb's base form that opens the
            // phrase right before the noun is a noun; `Findings show
            // voters fear`: after a noun it is a verb with its object.)
            && !(t.has(class::SPEECH_VERB | class::CLAUSE_VERB)
                && (lexicon::speech_verb(&pw).is_some() || lexicon::clause_verb(&pw).is_some())
                && !(t.has(class::VERB_BASE)
                    && start == end - 1
                    && (start < 2 || !toks[start - 2].is_word())))
            && !(t.has(class::VERB_MODIFIER) && lexicon::is_verb_modifier(&pw))
            // (`All three candidates issued statements condemning`: a verb
            // that takes a statement noun, after a plural noun, is its
            // predicate.)
            && !(start >= 2
                && is_plural_noun(toks[start - 2].text())
                && lexicon::is_topic_noun_verb(&pw))
            || lexicon::is_count_qualifier(&pw);
        if !(count || adjective) {
            break;
        }
        start -= 1;
    }
    let opens = start == 0 || !toks[start - 1].is_word() || {
        let pw = toks[start - 1].lower();
        lexicon::is_conjunction(&pw) || pw == "that"
    };
    if !opens {
        return None;
    }
    // `4 in 10` needs its count; a lone adjective-less `says` needs a noun.
    if is_ten(&w) && end - start < 3 {
        return None;
    }
    Some(description(toks, start, end, true))
}

/// `nearly eight in 10 Democratic voters`, `more than 4 in 10 voters`:
/// the count before a description that starts at `start` with `10`.
fn count_back(toks: &[Token], start: usize) -> usize {
    let w = |k: usize| toks[k].lower();
    if !(start >= 2 && is_ten(&w(start)) && w(start - 1) == "in") {
        return start;
    }
    let n = w(start - 2);
    if !(n.chars().all(|c| c.is_ascii_digit()) || is_number_word(&n)) {
        return start;
    }
    count_qualifier_back(toks, start - 2)
}

/// The `of` of a length of time, a number of units, that ends at `end`
/// (`of nearly four years`, `of 40 years`, `of more than 10 years`).
fn tenure_of(toks: &[Token], end: usize) -> Option<usize> {
    let w = |k: usize| toks[k].lower();
    if end < 3 || !stretch_of_time(toks[end - 1].text()) {
        return None;
    }
    let n = w(end - 2);
    if !(n.bytes().all(|b| b.is_ascii_digit()) || is_number_word(&n) || is_ten(&n)) {
        return None;
    }
    let of = count_qualifier_back(toks, end - 2).checked_sub(1)?;
    (w(of) == "of").then_some(of)
}

/// Is the mention `h` one word that opens the sentence with a capital,
/// a plural noun that is no first name (`Commuters`, `Residents`; not
/// `Reagan`, nor `Ross`)?
pub(crate) fn plural_opener(toks: &[Token], h: &Mention) -> bool {
    h.kind == MentionKind::Name
        && h.tokens == (0, 1)
        && lexicon::first_name(toks[0].text()).is_none()
        && is_plural_noun(&toks[0].lower())
}

/// A description of tokens `start..end` whose gender nothing tells.
fn description(toks: &[Token], start: usize, end: usize, plural: bool) -> Mention {
    let span = span_of(toks, start, end);
    Mention::phrase(
        MentionKind::Nominal,
        span,
        (start, end),
        Gender::Unknown,
        plural,
    )
}

fn is_ten(w: &str) -> bool {
    matches!(w, "10" | "ten")
}

/// Is `w` (lower case) a number in words, one to nine?
pub(crate) fn is_number_word(w: &str) -> bool {
    matches!(
        w,
        "one" | "two" | "three" | "four" | "five" | "six" | "seven" | "eight" | "nine"
    )
}

/// Does `word` (lower case) end the noun phrase of a source (`that`,
/// `to`, a participle in -ed: `a poll released Tuesday`)?
pub fn ends_source(word: &str) -> bool {
    lexicon::is_source_stop(word) || word.len() > 4 && word.ends_with("ed")
}

/// The most words of a source after `according to`.
const MAX_SOURCE_WORDS: usize = 8;

/// `according to court documents`, `according to HuffPost Pollster’s
/// polling average`, `according to a new poll released Tuesday`: a source
/// that is no person, from `start` to the first comma, preposition,
/// participle or relative word.
pub fn source_after(toks: &[Token], start: usize, end: usize) -> Option<Mention> {
    let mut stop = start;
    while stop < end && stop - start < MAX_SOURCE_WORDS && toks[stop].is_word() {
        let w = toks[stop].lower();
        if stop > start && (lexicon::is_preposition(&w) || ends_source(&w)) {
            break;
        }
        stop += 1;
    }
    let stop = spoken_time_back(toks, start, stop);
    let last = toks[stop.checked_sub(1)?].lower();
    if stop == start
        || last.len() < 3
        || !last.chars().all(char::is_alphabetic) && !is_web_domain(&last)
    {
        return None;
    }
    let plural = last.ends_with('s');
    let stop = affiliation_end(toks, stop)
        .filter(|&e| e <= end)
        .unwrap_or(stop);
    let mut m = description(toks, start, stop, plural);
    // (`according to t.co.`: an address whose parts have one or two
    // letters keeps the sentence's period as a dotted abbreviation does
    // (`lexicon::is_dotted_abbreviation`); it is no part of it. Longer
    // ones, `lemonde.fr`, leave it in the tokenizer.)
    if last.ends_with('.') && is_web_domain(&last) {
        m.span.end -= 1;
        m.name = m.span;
    }
    Some(m)
}

/// The phrase that starts at token `start`: the speaker after an inverted
/// verb (`said Nuland`, `asked one reporter`, `said the spokeswoman`).
/// A possessive names no speaker (`said Ivanka Trump's statement didn't`)
/// unless a name in apposition follows the noun it owns (`exhorted
/// Clinton's introducer, actress Jamie Lee Curtis`).
pub fn phrase_after(toks: &[Token], text: &str, start: usize) -> Option<Mention> {
    let m = phrase_at(toks, text, start)?;
    if !possessive(&toks[m.tokens.1 - 1], text) {
        return Some(m);
    }
    let comma = (m.tokens.1..toks.len().min(m.tokens.1 + 4))
        .take_while(|&k| toks[k].is_word() || toks[k].is(','))
        .find(|&k| toks[k].is(','))?;
    phrase_at(toks, text, comma + 1)
        .filter(|n| n.kind == MentionKind::Name && !possessive(&toks[n.tokens.1 - 1], text))
}

/// The most lower-case words between an article and the name it goes
/// with (`the less courteous Edmund`).
const MAX_EPITHETS: usize = 2;

/// `phrase_after` without looking past a possessive.
fn phrase_at(toks: &[Token], text: &str, start: usize) -> Option<Mention> {
    let first = toks.get(start)?;
    if !first.is_word() {
        return None;
    }
    let w0 = first.lower();
    // `said her mother`: `her` before a word for a person is the possessive
    // determiner, read as `his` is (`said his mother`), not the object
    // pronoun (`“…,” Ann told her`).
    let possessive_her = w0 == "her"
        && toks.get(start + 1).is_some_and(|t| {
            t.is_word() && !capital(t) && lexicon::speaker_noun(&t.lower()).is_some()
        });
    if is_pronoun(first) && !possessive_her {
        return subject_before_simple(toks, text, start + 1);
    }
    // `said lobbyist and strategist John Black`: two roles joined by `and`
    // before one name.
    if first.has(class::SPEAKER_NOUN)
        && !capital(first)
        && toks.get(start + 1).is_some_and(|t| t.lower() == "and")
        && lexicon::speaker_noun(&w0).is_some()
        && let Some(mut n) = toks
            .get(start + 2)
            .filter(|t| t.is_word())
            .and_then(|_| phrase_at(toks, text, start + 2))
            .filter(|n| n.kind == MentionKind::Name && n.tokens.0 == start + 2)
    {
        let name_start = n.name.start;
        n.role = Some(Span::new(
            first.span.start,
            n.role.map_or(name_start, |r| r.end),
        ));
        n.span = Span::new(first.span.start, n.span.end);
        n.tokens.0 = start;
        return Some(n);
    }
    // `said a handful of Democrats`, `said most of the organizers`: the
    // people counted, the quantity part of the phrase.
    if let Some(of) = quantity_of(toks, start) {
        let mut m = phrase_at(toks, text, of).filter(|m| m.kind != MentionKind::Pronoun)?;
        m.span = Span::new(first.span.start, m.span.end);
        m.name = m.span;
        m.kind = MentionKind::Nominal;
        m.role = None;
        m.title = None;
        m.tokens.0 = start;
        m.plural = !matches!(toks[of - 2].lower().as_ref(), "one" | "each");
        return Some(m);
    }
    // `cried the muffled voice of Kemp`: the voice of a person, after an
    // article and its adjectives, is that person.
    if lexicon::is_determiner(&w0)
        && let Some(v) = (start + 1..toks.len().min(start + 4))
            .find(|&k| toks[k].is_word() && lexicon::is_voice_noun(&toks[k].lower()))
        && toks[start + 1..v]
            .iter()
            .all(|t| t.is_word() && !capital(t) && !lexicon::is_phrase_stop(&t.lower()))
        && toks.get(v + 1).is_some_and(|t| is_of(t, text))
        && let Some(mut n) = phrase_at(toks, text, v + 2).filter(|n| {
            n.kind != MentionKind::Pronoun && n.tokens.0 == v + 2 && n.is_person_like(text)
        })
    {
        n.span = Span::new(first.span.start, n.span.end);
        n.tokens.0 = start;
        return Some(n);
    }
    // `broke in a thin, elderly gentleman`: adjectives in a list, a comma
    // between them, before the noun (not `said the doctor, an expert`).
    if lexicon::is_determiner(&w0)
        && toks.get(start + 2).is_some_and(|t| t.is(','))
        && toks.get(start + 1).is_some_and(|t| {
            t.is_word()
                && !capital(t)
                && !lexicon::is_phrase_stop(&t.lower())
                && lexicon::speaker_noun(&t.lower()).is_none()
        })
        && let Some(head) = (start + 3..toks.len().min(start + 6))
            .take_while(|&k| {
                let t = &toks[k];
                t.is_word()
                    && !capital(t)
                    && !lexicon::is_determiner(&t.lower())
                    && !lexicon::is_phrase_stop(&t.lower())
            })
            .find(|&k| lexicon::speaker_noun(&toks[k].lower()).is_some())
        && toks.get(head + 1).is_none_or(|t| !t.is_word())
    {
        let w = toks[head].lower();
        let plural = w.ends_with('s') && lexicon::speaker_noun(w.trim_end_matches('s')).is_some();
        return Some(description(toks, start, head + 1, plural));
    }
    // `said the Rev. Peter Wherry`: an article before a titled name,
    // which an adverb may follow (`said the Professor sternly`).
    // (`said Al From, who`: a surname is no stop.)
    let phrase_stop = |t: &Token| !t.has(class::SURNAME) && lexicon::is_phrase_stop(&t.lower());
    let stop = |k: usize| toks.get(k).is_none_or(|n| !n.is_word() || phrase_stop(n));
    let adverb = |n: &Token| {
        n.has(class::VERB_MODIFIER) && !capital(n) && !lexicon::is_not_adverb(&n.lower())
    };
    // `said the exasperated Bounderby`: epithets between the article and a
    // name, or a bare title (`said the hopeless Inspector`), or an adverb
    // before a description (`said the eminently practical father`).
    let epithets = |m: &Mention| {
        (m.kind == MentionKind::Name
            || m.kind == MentionKind::Nominal
                && m.tokens.1 == m.tokens.0 + 1
                && toks[m.tokens.0].has(class::TITLE)
            || m.kind == MentionKind::Nominal
                && toks[start + 1..m.tokens.0]
                    .iter()
                    .all(|t| t.lower().ends_with("ly")))
            && m.tokens.0 <= start + 1 + MAX_EPITHETS
            && toks[start + 1..m.tokens.0]
                .iter()
                .all(|t| t.is_word() && !capital(t) && !lexicon::is_phrase_stop(&t.lower()))
    };
    // The longest phrase from `start` that reads as a subject and ends in a
    // name or a word for a person (`the old lady`, not `the old`); failing
    // that, the shortest that reads as a subject at all.
    let mut best: Option<Mention> = None;
    let mut fallback: Option<Mention> = None;
    // Whether the fallback ends the phrase: `said the new guide,` is `the
    // new guide`, not `the new` (a description ends at its noun).
    let mut fallback_ends = false;
    // (Not `an immigrant himself`, `a lawsuit filed`, nor `a flood of
    // complaints`: what a description is of is no part of its head here.)
    let longer = |f: &Option<Mention>, end: usize, w: &str| {
        !(w.len() > 4 && w.ends_with("ed") || w.ends_with("self") || w.ends_with("selves"))
            && f.as_ref().is_some_and(|f| {
                toks[f.tokens.1.min(end)..end]
                    .iter()
                    .all(|t| t.is_word() && !lexicon::is_preposition(&t.lower()))
            })
    };
    for end in start + 1..=toks.len().min(start + 8) {
        let t = &toks[end - 1];
        let w = t.lower();
        if !t.is_word() || end > start + 1 && !t.has(class::SURNAME) && lexicon::is_phrase_stop(&w)
        {
            break;
        }
        // (`said the Invisible Man rapping it down`: a participle after
        // the phrase ends it too.)
        let participle = |k: usize| {
            toks.get(k).is_some_and(|n| {
                let w = n.lower();
                n.is_word() && !capital(n) && w.len() > 4 && w.ends_with("ing")
            })
        };
        let ends = stop(end) || adverb(&toks[end]) && stop(end + 1) || participle(end);
        let article = |m: &Mention| {
            (m.tokens.0 == start + 1 || epithets(m)) && lexicon::is_determiner(&w0) && ends
        };
        let Some(mut m) = subject_before_simple(toks, text, end)
            .filter(|m| m.tokens.0 <= start || m.kind != MentionKind::Pronoun && article(m))
        else {
            continue;
        };
        if m.tokens.0 != start {
            m.span = Span::new(toks[start].span.start, m.span.end);
            m.tokens.0 = start;
            // `said the Colonel`: a definite description.
            if m.kind == MentionKind::Nominal {
                m.name = m.span;
            }
        }
        // (`said a querulous voice behind the door`: a voice stands for
        // its speaker.)
        if capital(t)
            || t.has(class::SPEAKER_NOUN) && lexicon::speaker_noun(&w).is_some()
            || end > start + 1 && lexicon::is_voice_noun(&w)
        {
            best = Some(m);
        } else if (fallback.is_none() || ends && !fallback_ends && longer(&fallback, end, &w))
            && !adverb(t)
        {
            // Not `said the other calmly`: an adverb ends no subject.
            fallback = Some(m);
            fallback_ends = ends;
        }
    }
    let mut m = best.or(fallback)?;
    if m.kind == MentionKind::Nominal
        && let Some(end) = affiliation_end(toks, m.tokens.1)
    {
        m.run_to(toks, end);
    }
    // `said former Pennsylvania Gov. and Democratic National Committee
    // Chairman Ed Rendell`: a role ending in a title, `and`, and a second
    // role with the name are both that person's roles (not `said the
    // governor and Mayor Bill de Blasio`, two people).
    if toks.get(m.tokens.1).is_some_and(|t| t.lower() == "and")
        && toks[m.tokens.1 - 1].has(class::TITLE)
        && capital(&toks[m.tokens.1 - 1])
        && !lexicon::is_determiner(&w0)
        && let Some(mut n) = phrase_at(toks, text, m.tokens.1 + 1).filter(|n| {
            n.kind == MentionKind::Name && n.tokens.0 == m.tokens.1 + 1 && n.role.is_some()
        })
    {
        n.role = Some(Span::new(
            m.span.start,
            n.role.map_or(n.name.start, |r| r.end),
        ));
        n.span = Span::new(m.span.start, n.span.end);
        n.tokens.0 = m.tokens.0;
        return Some(n);
    }
    // `said Clinton's campaign manager, Robby Mook.`: a description with the
    // name after it is that person, the description their role.
    if m.kind == MentionKind::Nominal
        && toks.get(m.tokens.1).is_some_and(|t| t.is(','))
        && let Some(mut n) = phrase_at(toks, text, m.tokens.1 + 1).filter(|n| {
            n.kind == MentionKind::Name && toks.get(n.tokens.1).is_none_or(|t| !t.is_word())
        })
    {
        n.role = n.role.or(Some(m.span));
        n.span = Span::new(m.span.start, n.span.end);
        n.tokens.0 = m.tokens.0;
        return Some(n);
    }
    // `said Ashley Spillane, president of Rock the Vote.`
    let after = m.tokens.1;
    if m.kind == MentionKind::Name && m.role.is_none() && toks.get(after).is_some_and(|t| t.is(','))
    {
        let stop = (after + 1..toks.len().min(after + 20))
            .find(|&k| {
                !toks[k].is_word() && !toks[k].is('-') && !toks[k].is('(') && !toks[k].is(')')
            })
            .unwrap_or(toks.len().min(after + 20));
        if stop > after + 1 {
            m.role = apposition_role(toks, after + 1, stop);
        }
    }
    Some(m)
}

/// The most words of what a description is of or for (`the Associated
/// Press`, `the city's ferry board`).
const MAX_AFFILIATION_WORDS: usize = 6;

/// `said a spokeswoman for the hotel chain`, `according to a tally by the
/// Associated Press`, `said one person familiar with the talks`, `a report
/// in the Harbor Gazette`: the end (exclusive) of what a description that
/// ends at `at` is of, for or by, when that phrase ends the speaker (a
/// punctuation mark, a relative word or a verb follows it). Not `said the
/// lady with a smile`, `said a spokeswoman in a statement` nor `said an aide
/// on Tuesday`: `with` only after a word that describes a source (`familiar
/// with`), `in`/`on`/`at` only before a name that is no time.
fn affiliation_end(toks: &[Token], at: usize) -> Option<usize> {
    toks.get(at).filter(|t| t.is_word())?;
    // (`one Republican involved in the planning`: the participle may
    // already end the description.)
    let describes = |k: usize| {
        let w = toks[k].lower();
        lexicon::is_source_adjective(&w)
            || k >= 1 && w.ends_with("ed") && w.len() > 4 && {
                let h = &toks[k - 1];
                h.has(class::SPEAKER_NOUN) && lexicon::speaker_noun(&h.lower()).is_some()
            }
    };
    let described = at >= 2 && describes(at - 1);
    let source = described || describes(at);
    // (A word for people or a document heads it: not `a flood of
    // complaints`.)
    let head = &toks[at.checked_sub(1)?];
    if !source && !head.has(class::SPEAKER_NOUN) && !head.has(class::DOCUMENT) {
        return None;
    }
    let k = if source && !described { at + 1 } else { at };
    let p = toks.get(k).filter(|t| t.is_word())?.lower();
    // `one person with knowledge of the talks`, `officials with direct
    // knowledge of the plan`: a source as much as `familiar with`.
    let knowledge = if p == "with" && head.has(class::SPEAKER_NOUN) {
        source_object(toks, k - 1)
    } else {
        None
    };
    let object = knowledge.unwrap_or(k + 1);
    let knowledge = knowledge.is_some();
    let (joins, name_only) = match p.as_ref() {
        "of" | "for" | "from" | "by" => (true, false),
        "to" | "with" | "about" => (source || knowledge, false),
        "in" | "on" | "at" => (true, !source),
        _ => (false, false),
    };
    if !joins {
        return None;
    }
    let words_from = |from: usize| {
        let mut end = from;
        while end < toks.len() && end < from + MAX_AFFILIATION_WORDS {
            let t = &toks[end];
            let w = t.lower();
            if !t.is_word()
                || lexicon::is_phrase_stop(&w)
                || ends_source(&w)
                || t.has(class::SPEECH_VERB)
                || lexicon::is_time_noun(&w)
                    && !(end > from && capital(t) && capital(&toks[end - 1]))
                || lexicon::is_day(t.text())
            {
                break;
            }
            end += 1;
        }
        end
    };
    let mut end = words_from(object);
    // `recent polls compiled by the Herald`: who made the document.
    if end > object
        && toks.get(end).is_some_and(|t| t.lower().ends_with("ed"))
        && toks.get(end + 1).is_some_and(|t| t.lower() == "by")
        && words_from(end + 2) > end + 2
    {
        end = words_from(end + 2);
    }
    let last = toks[end.checked_sub(1)?].lower();
    let closes = toks.get(end).is_none_or(|t| {
        let w = t.lower();
        !t.is_word() || lexicon::is_phrase_stop(&w) || ends_source(&w) || t.has(class::SPEECH_VERB)
    });
    // (`in the Harbor Gazette`, not `in Kemp's ear` nor `on Tuesday`.)
    let name = || {
        let first = object + usize::from(lexicon::is_determiner(&toks[object].lower()));
        first < end
            && toks[first..end]
                .iter()
                .all(|t| capital(t) && !lexicon::is_day(t.text()) && !lexicon::is_month(t.text()))
    };
    (end > object
        && closes
        && (!name_only || name())
        && !lexicon::is_determiner(&last)
        && last.chars().all(|c| c.is_alphabetic() || c == '.'))
    .then_some(end)
}

/// Every name and organisation mentioned in a sentence's tokens, with the
/// roles written before them. `common` says whether a word (its token) is written in
/// lower case elsewhere in the text: a capital at the start of a sentence
/// (`Already Joe was there`) does not make such a word a name.
/// Does a verb or its modifier follow token `i` (`Schlafly also noted`,
/// `Kelly said`), so that a capitalized word in -ly before it is a name,
/// not an adverb (`Finally she turned`, `Suddenly, the`)?
fn before_predicate(toks: &[Token], i: usize) -> bool {
    toks.get(i).is_some_and(|t| {
        let w = t.lower();
        t.is_word()
            && !capital(t)
            && !lexicon::is_determiner(&w)
            && !is_pronoun(t)
            && !lexicon::is_preposition(&w)
            && !lexicon::is_conjunction(&w)
    })
}

/// Is the capitalized word at `i`, which opens a clause, a verb in -ing
/// with its object (`Facing mounting criticism, …`, `Reprising one of her
/// lines, …`), not a name with its verb (`Manning has said`, `Browning
/// wrote`)?
pub(crate) fn gerund_opener(toks: &[Token], i: usize) -> bool {
    let w = toks[i].text();
    w.len() > 5
        && w.ends_with("ing")
        && lexicon::first_name(w).is_none()
        && toks.get(i + 1).is_some_and(|t| {
            let next = t.lower();
            t.is_word()
                && !capital(t)
                && !t.has(class::SPEECH_VERB | class::CLAUSE_VERB | class::VERB_MODIFIER)
                && !lexicon::is_auxiliary(&next)
                && !next.ends_with("ed")
                && !next.ends_with('s')
        })
}

/// The names and organisations of a sentence, `toks`, in order: each run of
/// capitalized words read as `subject_before_simple` reads it. A word that
/// opens a clause and that `common` says the text writes in lower case
/// elsewhere opens no name (`The`, `But`); a run that opens at a token
/// `quoted` holds (inside a quotation) is passed over.
pub fn names_in(
    toks: &[Token],
    text: &str,
    common: &dyn Fn(&Token) -> bool,
    quoted: &dyn Fn(&Token) -> bool,
) -> Vec<Mention> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < toks.len() {
        if !capital(&toks[i]) || quoted(&toks[i]) {
            i += 1;
            continue;
        }
        let opens = i == 0 || !toks[i - 1].is_word() && !toks[i - 1].is(',');
        if opens && (common(&toks[i]) || gerund_opener(toks, i)) {
            i += 1;
            continue;
        }
        // The end of the run of name words that starts here.
        let mut end = i + 1;
        while end < toks.len() {
            let t = &toks[end];
            let w = t.text();
            let joins = capital(t)
                || toks.get(end + 1).is_some_and(capital)
                    && (lexicon::is_name_particle(w) || w == "of" && of_joins(toks, text, end))
                || lexicon::is_name_particle(w)
                    && toks
                        .get(end + 1)
                        .is_some_and(|n| n.is_word() && lexicon::is_name_particle(n.text()))
                    && toks.get(end + 2).is_some_and(capital);
            if !joins || possessive(&toks[end - 1], text) {
                break;
            }
            end += 1;
        }
        // `McConnell spokesman Don Stewart`, `Trump campaign spokesman
        // Jason Miller`: a name before a role noun (after at most two
        // organisation words or role modifiers in lower case) and another
        // name belongs to the role of the second.
        let role_word = |t: &Token| {
            t.has(class::ORG_WORD | class::ROLE_MODIFIER)
                && !capital(t)
                && (lexicon::is_org_word(t.text()) || lexicon::is_role_modifier(t.text()))
        };
        let noun = (end..toks.len().min(end + 3))
            .find(|&k| !role_word(&toks[k]))
            .unwrap_or(end);
        let chained = toks.get(noun).is_some_and(|t| t.has(class::SPEAKER_NOUN))
            && toks.get(noun + 1).is_some_and(capital);
        // A lone word that is never a name (`Please`, `Thursday`), or an
        // adverb opening the sentence (`Finally she turned`).
        let lone = end == i + 1
            && (toks[i].has(class::NOT_NAME)
                || opens
                    && !toks[i].has(class::FIRST_NAME)
                    && toks[i].text().ends_with("ly")
                    && !before_predicate(toks, end));
        if chained || lone {
            i = end;
            continue;
        }
        if let Some(m) = subject_before_simple(toks, text, end)
            .filter(|m| matches!(m.kind, MentionKind::Name | MentionKind::Organisation))
        {
            out.push(m);
        }
        i = end;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::token::tokenize;

    /// (kind, name, role) of the subject of the first speech verb.
    fn subject(t: &str) -> Option<(MentionKind, String, Option<String>)> {
        let lowered = t.to_ascii_lowercase();
        let toks = tokenize(t, &lowered, Span::new(0, t.len()));
        let verb = toks
            .iter()
            .position(|k| lexicon::speech_verb(k.text()).is_some())?;
        let m = subject_before(&toks, t, verb)?;
        Some((
            m.kind,
            m.name.slice(t).to_string(),
            m.role.map(|r| r.slice(t).to_string()),
        ))
    }

    fn after(t: &str) -> Option<(MentionKind, String, Option<String>)> {
        let lowered = t.to_ascii_lowercase();
        let toks = tokenize(t, &lowered, Span::new(0, t.len()));
        let verb = toks
            .iter()
            .position(|k| lexicon::speech_verb(k.text()).is_some())?;
        let m = phrase_after(&toks, t, verb + 1)?;
        Some((
            m.kind,
            m.name.slice(t).to_string(),
            m.role.map(|r| r.slice(t).to_string()),
        ))
    }

    fn s(x: &str) -> String {
        x.to_string()
    }

    #[test]
    fn gender_from_an_accented_first_name() {
        let t = "French President François Hollande said.";
        let lowered = t.to_ascii_lowercase();
        let toks = tokenize(t, &lowered, Span::new(0, t.len()));
        let verb = toks.iter().position(|k| k.text() == "said").unwrap();
        let m = subject_before(&toks, t, verb).unwrap();
        assert_eq!(m.name.slice(t), "François Hollande");
        assert_eq!(m.gender, Gender::Male);
    }

    #[test]
    fn names_with_roles_and_titles() {
        use MentionKind::*;
        assert_eq!(
            subject("State Department spokeswoman Victoria Nuland said."),
            Some((
                Name,
                s("Victoria Nuland"),
                Some(s("State Department spokeswoman"))
            ))
        );
        assert_eq!(
            subject("Secretary of State John F. Kerry said."),
            Some((Name, s("John F. Kerry"), Some(s("Secretary of State"))))
        );
        assert_eq!(
            subject("Russian Foreign Minister Sergey Lavrov said."),
            Some((
                Name,
                s("Sergey Lavrov"),
                Some(s("Russian Foreign Minister"))
            ))
        );
        assert_eq!(subject("Nuland replied."), Some((Name, s("Nuland"), None)));
        assert_eq!(
            subject("Mr. Smith later said."),
            Some((Name, s("Smith"), None))
        );
        assert_eq!(
            subject("Sen. Elizabeth Warren (D-Mass.) said."),
            Some((Name, s("Elizabeth Warren"), Some(s("(D-Mass.)"))))
        );
        assert_eq!(
            subject("Clinton’s top foreign policy aide Jake Sullivan said."),
            Some((
                Name,
                s("Jake Sullivan"),
                Some(s("Clinton’s top foreign policy aide"))
            ))
        );
        assert_eq!(
            subject("Martin Luther King Jr. said."),
            Some((Name, s("Martin Luther King Jr."), None))
        );
    }

    #[test]
    fn appositions() {
        use MentionKind::*;
        assert_eq!(
            subject("Hugh Hill, a doctor, said."),
            Some((Name, s("Hugh Hill"), Some(s("doctor"))))
        );
        assert_eq!(
            subject("a spokeswoman, Anna Richardson White, said."),
            Some((Name, s("Anna Richardson White"), Some(s("a spokeswoman"))))
        );
        assert_eq!(
            after("“Yes,” said Ashley Spillane, president of Rock the Vote."),
            Some((
                Name,
                s("Ashley Spillane"),
                Some(s("president of Rock the Vote"))
            ))
        );
    }

    #[test]
    fn pronouns_descriptions_and_organisations() {
        use MentionKind::*;
        assert_eq!(subject("she said."), Some((Pronoun, s("she"), None)));
        assert_eq!(
            subject("another reporter asked."),
            Some((Nominal, s("another reporter"), None))
        );
        assert_eq!(
            subject("On Friday, one reporter asked."),
            Some((Nominal, s("one reporter"), None))
        );
        assert_eq!(
            subject("White House officials said."),
            Some((Nominal, s("White House officials"), None))
        );
        assert_eq!(
            subject("the State Department said."),
            Some((Organisation, s("State Department"), None))
        );
        assert_eq!(
            subject("the Obama campaign said."),
            Some((Organisation, s("the Obama campaign"), None))
        );
        assert_eq!(
            after("“Yes,” asked one reporter."),
            Some((Nominal, s("one reporter"), None))
        );
        assert_eq!(after("“Yes,” said he."), Some((Pronoun, s("he"), None)));
        assert_eq!(
            after("“Yes,” said Mr. Gradgrind."),
            Some((Name, s("Gradgrind"), None))
        );
    }

    #[test]
    fn names_in_a_sentence() {
        let t = "Kerry and Russian Foreign Minister Sergey Lavrov spoke on Sunday, State Department spokeswoman Victoria Nuland said.";
        let lowered = t.to_ascii_lowercase();
        let toks = tokenize(t, &lowered, Span::new(0, t.len()));
        let names: Vec<&str> = names_in(&toks, t, &|_| false, &|_| false)
            .iter()
            .map(|m| m.name.slice(t))
            .collect();
        assert_eq!(names, ["Kerry", "Sergey Lavrov", "Victoria Nuland"]);
        let t = "McConnell spokesman Don Stewart wouldn’t say when.";
        let lowered = t.to_ascii_lowercase();
        let toks = tokenize(t, &lowered, Span::new(0, t.len()));
        let names: Vec<(&str, Option<&str>)> = names_in(&toks, t, &|_| false, &|_| false)
            .iter()
            .map(|m| (m.name.slice(t), m.role.map(|r| r.slice(t))))
            .collect();
        assert_eq!(names, [("Don Stewart", Some("McConnell spokesman"))]);
    }

    #[test]
    fn not_a_subject() {
        assert_eq!(subject("reporter said."), None);
        assert_eq!(subject("On Thursday said."), None);
    }
}
