//! The speakers of one document: mentions merged into canonical entities.
//!
//! Named mentions link to an entity by surname (and first name when both
//! give one): `Victoria Nuland`, `Nuland` and `Ms. Nuland` are one entity;
//! `Bill Clinton` and `Hillary Clinton` are two, and a bare `Clinton` goes
//! to the one mentioned last. Descriptions (`one reporter`, `another
//! reporter`) are entities of their own; a definite description (`the
//! reporter`) refers back to the last description with the same head.
//! Two people named together (`Mike Crapo and Jim Risch`) are also a pair,
//! a plural entity that `they` may refer to (see `link_pair`). Pronouns go
//! to the most salient earlier person whose gender and number agree (see
//! `resolve_pronoun`).

use super::SpeakerKind;
use super::mention::Mention;
use crate::lexicon::{self, Gender};
use crate::span::Span;

/// The most recent mentions searched for the holder of a title (`the
/// senator`).
const TITLE_REACH: usize = 400;

/// A canonical speaker (or a person who might become one).
#[derive(Clone, Debug, PartialEq)]
pub struct Entity {
    pub kind: SpeakerKind,
    /// Name words of the fullest form seen (`John F. Kerry`), or the words
    /// of a description or organisation.
    pub words: Vec<String>,
    pub first: Option<String>,
    /// Surname (named entities).
    pub last: Option<String>,
    /// Title seen with the name when no first name is known (`Mr.`).
    pub title: Option<String>,
    pub role: Option<String>,
    pub gender: Gender,
    /// The gender is only what the list of first names says of the first
    /// name (`Marty` is mostly a man's): the text may say otherwise (`Ms.
    /// Walz`, `She` opening the next sentence), and then it wins.
    pub gender_from_first_name: bool,
    pub plural: bool,
    /// A person a pronoun can refer to: a named person, or a description
    /// headed by a word for a person (`reporter`, not `document`).
    pub human: bool,
    /// A quotation has been attributed to it (so far in the text).
    pub spoke: bool,
    /// A description of something written that speaks (`the editorial`,
    /// `the report`): `it` may refer to it.
    pub document: bool,
}

impl Entity {
    /// An entity of `kind` named by `words`, with nothing else known yet.
    fn new(
        kind: SpeakerKind,
        words: Vec<String>,
        gender: Gender,
        plural: bool,
        human: bool,
    ) -> Self {
        Entity {
            kind,
            words,
            spoke: false,
            first: None,
            last: None,
            title: None,
            role: None,
            gender,
            gender_from_first_name: false,
            plural,
            human,
            document: false,
        }
    }

    /// Two people named together (`Mike Crapo and Jim Risch`), made by
    /// `Roster::link_pair`: the only named entity that is plural.
    pub fn is_pair(&self) -> bool {
        self.kind == SpeakerKind::Named && self.plural
    }

    /// The canonical name: `Victoria Nuland`, `Mr. Gradgrind`,
    /// `another reporter`, `State Department`.
    pub fn display(&self) -> String {
        let name = self.words.join(" ");
        match (&self.title, self.kind, &self.first) {
            (Some(t), SpeakerKind::Named, None) => format!("{t} {name}"),
            _ => name,
        }
    }
}

/// Sentences back that `the lady` looks for the woman who spoke (see
/// `Roster::speaker_described`): as far as a pronoun in fiction. pdnc-dev
/// against 8: 3 sentences 14 quotations lost, 5 lost 8, 12 gained 2, 20
/// gained 5, 40 gained 10 and lost 1 (and moved 31 wrong ones to another
/// wrong speaker).
const DESCRIBED_REACH: usize = 20;

/// A mention of an entity at a byte offset.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Event {
    pub at: usize,
    pub entity: usize,
    /// The entity spoke here (an attributed quotation), not just mentioned.
    pub spoke: bool,
    pub sentence: usize,
    /// The mention stands where no subject does: after a preposition, or
    /// a preposition and a determiner (`the deaths of Ambassador Chris
    /// Stevens`, `in the Trump release`).
    pub oblique: bool,
}

#[derive(Clone, Debug, Default)]
pub struct Roster {
    pub entities: Vec<Entity>,
    /// Mentions of persons in text order (kept sorted by `at`).
    events: Vec<Event>,
    /// The document is a novel, not news. In news a surname alone that
    /// relatives share is the speaker's (see `link_name`); novels name
    /// relatives by title and surname alike (`Mrs. Archer`, `Archer`), so
    /// there the latest stays. Pronouns, relatives and descriptions read
    /// it too.
    pub fiction: bool,
    /// Sentences back that a pronoun looks for its person (see
    /// `resolve_pronoun`).
    pub pronoun_reach: usize,
}

/// Name words of a mention: possessive and final period of a suffix kept
/// as written, possessive `’s` removed.
fn name_words(text: &str, name: Span) -> Vec<&str> {
    name.slice(text)
        .split_whitespace()
        .map(|w| strip_all(strip_all(w, "’s"), "'s").trim_end_matches(['’', '\'']))
        .filter(|w| !w.is_empty())
        .collect()
}

/// `w.trim_end_matches(suffix)`, without building a substring searcher
/// for every word.
fn strip_all<'a>(mut w: &'a str, suffix: &str) -> &'a str {
    while let Some(rest) = w.strip_suffix(suffix) {
        w = rest;
    }
    w
}

/// A number in Roman figures after a name (`III.`, `IV`), not `Jr.`.
fn is_regnal_number(w: &str) -> bool {
    let t = w.trim_end_matches('.');
    !t.is_empty() && t.chars().all(|c| matches!(c, 'I' | 'V' | 'X'))
}

fn is_initial(w: &str) -> bool {
    let t = w.trim_end_matches('.');
    t.chars().count() == 1 && t.chars().all(char::is_uppercase)
}

/// Surname and first name of name words.
fn name_parts<'a>(words: &[&'a str]) -> (Option<&'a str>, Option<&'a str>) {
    let mut core = words.iter().filter(|w| !lexicon::is_name_suffix(w));
    let first = core.next().copied();
    let last = core.next_back().copied();
    match (first, last) {
        // `van der Luyden`: a surname's particle is no first name.
        (Some(f), Some(l)) => (
            (!is_initial(f) && !lexicon::is_name_particle(f)).then_some(f),
            Some(l),
        ),
        (Some(only), None) => (None, Some(only)),
        _ => (None, None),
    }
}

/// The head noun of a description's words: the last word before `of`
/// (`the former secretary of state`) or before a relative clause (`a
/// Mexican official who was not authorized to speak`).
fn description_head<'w>(words: impl Iterator<Item = &'w str>) -> Option<&'w str> {
    let mut head = None;
    for (k, w) in words.enumerate() {
        if k > 0 && (w == "of" || lexicon::opens_relative(w)) {
            break;
        }
        head = Some(w);
    }
    head
}

fn normalize_description(text: &str, span: Span) -> String {
    let s = span.slice(text);
    let mut chars = s.chars();
    match chars.next() {
        // `Another reporter` at a sentence start is `another reporter`.
        // (`A Quinnipiac University poll`: `A` is one letter.)
        Some(c)
            if c.is_uppercase()
                && chars
                    .clone()
                    .next()
                    .is_some_and(|n| n.is_lowercase() || n == ' ')
                && {
                    let first = s.split_whitespace().next().unwrap_or("").to_lowercase();
                    matches!(
                        first.as_str(),
                        "a" | "an"
                            | "another"
                            | "one"
                            | "the"
                            | "some"
                            | "two"
                            | "three"
                            | "several"
                            | "many"
                            | "most"
                            | "other"
                            | "his"
                            | "her"
                            | "their"
                            | "its"
                    )
                } =>
        {
            c.to_lowercase().chain(chars).collect()
        }
        _ => s.to_string(),
    }
}

/// `words.join(" ").to_lowercase() == key`, without building either
/// string when the words lower-case byte by byte (nearly always).
fn lower_words_are(words: &[String], key: &str) -> bool {
    if !words.iter().all(|w| lexicon::plain_case(w)) {
        return words.join(" ").to_lowercase() == key;
    }
    let joined = words.iter().map(String::len).sum::<usize>() + words.len().saturating_sub(1);
    if joined != key.len() {
        return false;
    }
    let mut rest = key.as_bytes();
    for (i, w) in words.iter().enumerate() {
        if i > 0 {
            let Some(tail) = rest.strip_prefix(b" ") else {
                return false;
            };
            rest = tail;
        }
        let (head, tail) = rest.split_at(w.len());
        if !w
            .as_bytes()
            .iter()
            .map(u8::to_ascii_lowercase)
            .eq(head.iter().copied())
        {
            return false;
        }
        rest = tail;
    }
    true
}

fn without_article(s: &str) -> &str {
    s.strip_prefix("the ")
        .or_else(|| s.strip_prefix("The "))
        .unwrap_or(s)
}

impl Roster {
    fn push(&mut self, e: Entity) -> usize {
        self.entities.push(e);
        self.entities.len() - 1
    }

    /// Record that `entity` is mentioned (or speaks) at `at`, `oblique`
    /// when the mention cannot be the subject of its clause (see
    /// `Event::oblique`).
    pub fn note(&mut self, at: usize, sentence: usize, entity: usize, spoke: bool, oblique: bool) {
        if spoke {
            self.entities[entity].spoke = true;
        }
        let i = self.events.partition_point(|e| e.at <= at);
        self.events.insert(
            i,
            Event {
                at,
                entity,
                spoke,
                sentence,
                oblique,
            },
        );
    }

    /// The entity a named mention refers to, created when new. `person`
    /// says the mention is known to be a person (it has a first name, title
    /// or role, or it speaks); a lone unknown word (`Syria`) is not made an
    /// entity otherwise.
    pub fn link_name(&mut self, text: &str, m: &Mention, person: bool) -> Option<usize> {
        let words = name_words(text, m.name);
        let (first, last) = name_parts(&words);
        let last = last?;
        // `William III.`: a monarch, a first name and a number, is not the
        // `William` of the story (`William Rodney`), whom a bare first name
        // would otherwise take for a surname of his.
        if !person
            && first.is_none()
            && words.len() == 2
            && is_regnal_number(words[1])
            && lexicon::first_name(last).is_some()
        {
            return None;
        }
        let title = m.title.map(|t| t.slice(text));
        // `his sister Janey`: a relative in lower case is a role, not a
        // title the name is shown with.
        let kin = title.filter(|t| {
            t.starts_with(|c: char| c.is_ascii_lowercase()) && lexicon::is_kinship_word(t)
        });
        let title = title.filter(|_| kin.is_none());
        let role = m
            .role
            .map(|r| r.slice(text).trim_matches(['(', ')', ',']))
            .filter(|r| !r.is_empty())
            .or(kin);
        let named = || {
            self.entities
                .iter()
                .enumerate()
                .rev()
                .filter(|(_, e)| e.kind == SpeakerKind::Named)
        };
        // (In news a surname alone has the gender of a first name only
        // because the word is one too: `Armstrong` after `Kelly
        // Armstrong`. A title gives a real one: `Mr. Cruz` is not `Heidi
        // Cruz`. Fiction calls men alone by their surname: `Crawford` is
        // Henry, not Miss Crawford.)
        let any_gender = !self.fiction && first.is_none() && title.is_none() && words.len() == 1;
        let same_name = |e: &Entity| {
            let same_last = e.last.as_deref() == Some(last);
            let first_ok = || match (first, &e.first) {
                (Some(a), Some(b)) => a == b || is_initial(a) || is_initial(b),
                _ => true,
            };
            same_last && first_ok() && (any_gender || m.gender.agrees(e.gender))
        };
        // A surname alone that two people share (`Ted Cruz`, `Heidi Cruz`)
        // is the one who has spoken: news names a speaker's relatives in
        // full and the speaker by surname. Otherwise the latest.
        // `Ms. Walz` after `Marty Walz`, whose first name the list calls a
        // man's: the title is the better evidence, when no one else of
        // that name agrees with it.
        let titled_against_list = |e: &Entity| {
            !self.fiction
                && title.is_some()
                && e.gender_from_first_name
                && e.last.as_deref() == Some(last)
                && matches!(m.gender, Gender::Female | Gender::Male)
        };
        let by_surname = if first.is_none() && !self.fiction {
            named()
                .filter(|(_, e)| same_name(e))
                .find(|(_, e)| e.spoke)
                .or_else(|| named().find(|(_, e)| same_name(e)))
                .or_else(|| named().find(|(_, e)| titled_against_list(e)))
        } else if first.is_none() && title.is_none() && words.len() == 1 {
            // Fiction: a surname alone is a man's (`Archer looked up`), not
            // that of a woman who bears it with a first name or a title
            // (`Mrs. Archer`, `Janey Archer`); failing a man of that name
            // it is someone new, not her.
            named().find(|(_, e)| {
                same_name(e)
                    && !(e.gender == Gender::Female && (e.first.is_some() || e.title.is_some()))
            })
        } else {
            named().find(|(_, e)| same_name(e))
        };
        // A first name alone (`Sissy`) refers to someone of that first name,
        // when no one has it as a surname.
        let found = by_surname
            .or_else(|| {
                (first.is_none() && words.len() == 1)
                    .then(|| named().find(|(_, e)| e.first.as_deref() == Some(last) && e.human))
                    .flatten()
            })
            .or_else(|| first.and_then(|f| self.known_by_first_name(f, m.gender)));
        let id = match found.map(|(i, _)| i) {
            Some(i) => i,
            None => {
                let known = first.and_then(lexicon::first_name).is_some();
                let place = words.iter().all(|w| lexicon::is_place(w));
                let evidence = !place
                    && (person
                        || known
                        || title.is_some()
                        || role.is_some()
                        || m.gender != Gender::Unknown);
                if !(evidence || words.len() >= 2) {
                    return None;
                }
                self.push(Entity {
                    last: Some(last.to_string()),
                    ..Entity::new(
                        SpeakerKind::Named,
                        Vec::new(),
                        Gender::Unknown,
                        false,
                        evidence,
                    )
                })
            }
        };
        let e = &mut self.entities[id];
        // `Frank` then `Frank Oakley` (see `known_by_first_name`): the
        // surname is now known.
        let known_by_first = first.is_some() && e.first.is_none() && e.last.as_deref() == first;
        if known_by_first {
            e.last = Some(last.to_string());
        }
        // A novel goes on calling them as it first did, `Frank` (until the
        // full name comes again: keeping `Frank` then moved 19 pdnc-dev
        // quotations from right to wrong, by the names the corpus lists).
        let single_first = known_by_first
            || first.is_none() && words.len() == 1 && e.first.as_deref() == Some(last);
        if words.len() > e.words.len() && !single_first {
            e.words = words.iter().map(|w| w.to_string()).collect();
        }
        if e.first.is_none() {
            e.first = first.map(str::to_string);
        }
        if e.title.is_none() {
            e.title = title.map(str::to_string);
        }
        if e.role.is_none() {
            e.role = role.map(str::to_string);
        }
        if e.gender == Gender::Unknown {
            e.gender = m.gender;
            e.gender_from_first_name = title.is_none()
                && first.is_some_and(|f| {
                    lexicon::first_name(f)
                        .or_else(|| lexicon::accented_first_name(f))
                        .is_some_and(|g| g == m.gender && g != Gender::Unknown)
                });
        } else if e.gender_from_first_name
            && title.is_some()
            && matches!(m.gender, Gender::Female | Gender::Male)
        {
            e.gender = m.gender;
            e.gender_from_first_name = false;
        }
        // Evidence that a name is a person's may come with a later mention.
        if !e.human
            && (person
                || e.first.as_deref().and_then(lexicon::first_name).is_some()
                || e.title.is_some()
                || e.role.is_some()
                || e.gender != Gender::Unknown)
        {
            e.human = true;
        }
        Some(id)
    }

    /// The person called by the first name `first` alone so far (`Frank`
    /// went out. … `Frank Oakley turned away`), whom a full name that
    /// starts with it names: a person of one word that the list knows as
    /// a first name, shown without a title (`Mr. Frank` is a surname), of
    /// an agreeing gender, when no one else bears that first name (then
    /// `Frank` alone could be either). Fiction only: news that calls
    /// someone `Hillary` in a headline names them `Hillary` there.
    fn known_by_first_name(&self, first: &str, gender: Gender) -> Option<(usize, &Entity)> {
        if !self.fiction {
            return None;
        }
        lexicon::first_name(first)?;
        let bears = |e: &Entity| e.kind == SpeakerKind::Named && !e.plural;
        let mut found = None;
        for (i, e) in self.entities.iter().enumerate() {
            if !bears(e) {
                continue;
            }
            if e.first.as_deref() == Some(first) {
                return None;
            }
            if e.first.is_none()
                && e.title.is_none()
                && e.human
                && e.words.len() == 1
                && e.last.as_deref() == Some(first)
                && gender.agrees(e.gender)
            {
                found = Some((i, e));
            }
        }
        found
    }

    /// The entity of a description: new for `one reporter`, the last one
    /// with the same head for `the reporter`.
    pub fn link_description(&mut self, text: &str, m: &Mention) -> usize {
        let name = normalize_description(text, m.name);
        let head = description_head(name.split_whitespace())
            .unwrap_or("")
            .to_lowercase();
        // (Fiction: `the General replied` may be read as the bare title
        // `General`, the article before it; it is the General met before,
        // not a new person each time.)
        let definite = name.starts_with("the ")
            || name.starts_with("The ")
            || self.fiction
                && text[..m.name.start]
                    .trim_end()
                    .rsplit(' ')
                    .next()
                    .is_some_and(|w| matches!(w, "the" | "The"));
        // `the Colonel`, `the spokeswoman`, `the independent Vermont
        // senator`: the person last mentioned with that title or role.
        // So is `the farmer` after `John Smith, a farmer,` and `the
        // spokeswoman` after `State Department spokeswoman Victoria Nuland`:
        // a word for what a person does that was their role.
        let role_word = || {
            !m.plural
                && lexicon::speaker_noun(&head).is_some()
                && !lexicon::is_sex_noun(&head)
                && !lexicon::is_kinship_word(&head)
        };
        // (The names among its words must be in that role too: `the
        // Republican nominee` is not `Democratic vice-presidential
        // nominee Tim Kaine`.)
        let named_in_role = |i: usize| {
            let role = self.entities[i].role.as_deref().unwrap_or("");
            name.split_whitespace()
                .skip(1)
                .filter(|w| w.starts_with(char::is_uppercase))
                .all(|w| role.split_whitespace().any(|r| r == w))
        };
        if definite
            && name.split_whitespace().count() <= 5
            && !lexicon::is_honorific(&head)
            && let Some(i) = self
                .titled(&head)
                .filter(|&i| lexicon::is_title(&head) || role_word() && named_in_role(i))
        {
            return i;
        }
        // (A name among its modifiers must be in the earlier one too: `the
        // NBC/WSJ survey` is not `a Times/CBS News survey`.)
        let words: Vec<&str> = name.split_whitespace().collect();
        let modifiers = words
            .get(1..words.len().saturating_sub(1))
            .unwrap_or_default();
        if definite
            && self.fiction
            && let Some((i, sex)) = self.elder(modifiers, &head)
        {
            self.learn_gender(i, sex);
            return i;
        }
        // Fiction: `the lady`, `the injured woman`, `the young man` in
        // plain words, with no phrase after it that picks someone out
        // (`the man with the black beard`, `the man who called himself
        // de Worms`), nor a word setting them apart (`the second
        // gentleman`), nor a name among its words (`the Invisible Man`).
        if definite
            && self.fiction
            && words.last().is_some_and(|w| w.to_lowercase() == head)
            && words
                .iter()
                .all(|w| !w.starts_with(char::is_uppercase) || *w == "The")
            && !words.iter().any(|w| lexicon::is_other_person_modifier(w))
            && !text[m.name.end..]
                .split_whitespace()
                .next()
                .is_some_and(|w| lexicon::is_preposition(w) || lexicon::opens_relative(w))
            && let Some(i) = self.speaker_described(m.span.start, &head)
        {
            return i;
        }
        if definite
            && let Some(i) = self.entities.iter().rposition(|e| {
                e.kind == SpeakerKind::Nominal
                    && description_head(e.words.iter().map(String::as_str))
                        .is_some_and(|w| w.to_lowercase() == head)
                    && modifiers
                        .iter()
                        .filter(|n| n.starts_with(char::is_uppercase))
                        .all(|n| e.words.iter().any(|w| w == n))
            })
        {
            return i;
        }
        let words: Vec<String> = name.split_whitespace().map(str::to_string).collect();
        let noun_gender = lexicon::speaker_noun(&head);
        let human = noun_gender.is_some();
        // Fiction: a character known by a title of office written as a
        // name (`the General`, `the Professor`) is a man until a pronoun
        // says otherwise; left unknown, the first `she` near him took him
        // (`“…,” she said` after `the General replied`) and every later
        // `he` went to someone else.
        let gender = if self.fiction
            && m.gender == Gender::Unknown
            && noun_gender == Some(Gender::Unknown)
            && lexicon::is_title(&head)
            && !lexicon::is_honorific(&head)
            && words
                .last()
                .is_some_and(|w| w.starts_with(char::is_uppercase))
        {
            Gender::Male
        } else {
            m.gender
        };
        let mut e = Entity::new(SpeakerKind::Nominal, words, gender, m.plural, human);
        e.document = !human && lexicon::is_document_noun(&head);
        self.push(e)
    }

    /// In a novel, the named person a definite description by sex alone
    /// refers to (`“Ask away,” said the lady` while Miss Howard talks with
    /// Poirot): the last person of that sex who spoke within the last
    /// `DESCRIBED_REACH` sentences before the last mention, when no
    /// earlier description has that head (`a lady entered` makes `the
    /// lady` someone new). The noun must describe by sex alone
    /// (`sex_nouns.txt`: `the maid` may be a new person). pdnc-dev: 34
    /// quotations gained, 1 lost.
    fn speaker_described(&self, at: usize, head: &str) -> Option<usize> {
        let sex = lexicon::speaker_noun(head)?;
        if sex == Gender::Unknown || !lexicon::is_sex_noun(head) {
            return None;
        }
        let described = self.entities.iter().any(|e| {
            e.kind == SpeakerKind::Nominal
                && description_head(e.words.iter().map(String::as_str))
                    .is_some_and(|w| w.to_lowercase() == head)
        });
        if described {
            return None;
        }
        let before = &self.events[..self.events.partition_point(|e| e.at < at)];
        let last = before.last()?.sentence;
        before
            .iter()
            .rev()
            .take_while(|e| e.sentence + DESCRIBED_REACH >= last)
            .find(|e| {
                let ent = &self.entities[e.entity];
                e.spoke
                    && ent.kind == SpeakerKind::Named
                    && ent.human
                    && !ent.plural
                    && ent.gender == sex
            })
            .map(|e| e.entity)
    }

    /// In a novel, the character known by a word for an old relative
    /// written as a name (`the Grandmother`, `Granny`) whom a description
    /// by old age and sex names (`the old lady`, `the old woman`): the last
    /// one of that sex.
    fn elder(&self, modifiers: &[&str], head: &str) -> Option<(usize, Gender)> {
        let sex = lexicon::speaker_noun(head)?;
        if sex == Gender::Unknown
            || !modifiers
                .iter()
                .any(|w| lexicon::is_age_adjective(&lexicon::lower(w)))
        {
            return None;
        }
        let i = self.entities.iter().rposition(|e| {
            e.kind == SpeakerKind::Named
                && matches!(&e.words[..], [w] if lexicon::elder_kin(&lexicon::lower(w)) == Some(sex))
        })?;
        Some((i, sex))
    }

    /// The named person a possessive description of a relative refers to
    /// (`his sister`, `her anxious mother`): the one last named with that
    /// relation (`his sister Janey`). None when the text names no one so:
    /// the description stays a person of its own. (Taking someone who
    /// shares the surname of the person `his` refers to, `Mrs. Archer` for
    /// `his mother`, moved 33 pdnc-dev quotations from one wrong speaker
    /// to another.) Fiction only: news keeps the description, as its
    /// readers are told it (`his brother`, named in passing before).
    pub fn relative(&self, text: &str, m: &Mention) -> Option<usize> {
        if !self.fiction {
            return None;
        }
        let head = relative_head(text, m)?;
        let gender = lexicon::speaker_noun(&head).unwrap_or(Gender::Unknown);
        self.titled(&head).filter(|&i| {
            let e = &self.entities[i];
            e.kind == SpeakerKind::Named
                && e.human
                && (gender == Gender::Unknown || e.gender == gender)
        })
    }

    /// The named person mentioned last whose title or role holds the word
    /// `head` (lower case), written out or abbreviated (`the senator`:
    /// `Sen. Warren`; `Colonel` addressed alone in a quotation).
    pub fn titled(&self, head: &str) -> Option<usize> {
        let holds = |words: &str| {
            words.split_whitespace().any(|w| {
                let w = lexicon::to_lowercase(w.trim_end_matches(['.', ',']));
                w == head || w.len() >= 3 && head.len() > w.len() && head.starts_with(w.as_ref())
            })
        };
        // Only recent mentions: a title refers back a few paragraphs, and a
        // text of many titles without a holder is not read again for each.
        let recent = &self.events[self.events.len().saturating_sub(TITLE_REACH)..];
        recent.iter().rev().map(|ev| ev.entity).find(|&e| {
            let ent = &self.entities[e];
            ent.kind == SpeakerKind::Named
                && ent.human
                && (ent.role.as_deref().is_some_and(holds)
                    || ent.title.as_deref().is_some_and(holds))
        })
    }

    /// The entity of an organisation, merged by name (`the State
    /// Department`, `State Department`).
    pub fn link_organisation(&mut self, text: &str, m: &Mention) -> usize {
        let name = without_article(m.name.slice(text)).to_string();
        let key = name.to_lowercase();
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.kind == SpeakerKind::Organisation && lower_words_are(&e.words, &key))
        {
            return i;
        }
        let words = name.split_whitespace().map(str::to_string).collect();
        self.push(Entity::new(
            SpeakerKind::Organisation,
            words,
            Gender::Neuter,
            false,
            false,
        ))
    }

    /// The entity a pronoun at `at` refers to. Every person mentioned in
    /// the last `window` sentences whose gender and number agree is a
    /// candidate, but the entity `except` (the person a speaker addresses
    /// by name is not the speaker); the nearest wins, where a sentence back
    /// counts one, being mentioned after another agreeing person of the
    /// same sentence (not its subject) one, being named after a
    /// preposition (`in the Trump release, Manafort described …`) one and a
    /// half (and such a mention makes no one after it second), an unknown
    /// gender for `he` or `she` two (a first name not in the list: `Aparna
    /// Mathur`), and being
    /// the latest speaker takes one off. Failing any candidate, the latest
    /// agreeing speaker. (The weights were set on the dev corpora; they
    /// move speaker accuracy by less than 0.01 around these values.)
    pub fn resolve_pronoun(
        &self,
        at: usize,
        sentence: usize,
        gender: Gender,
        plural: bool,
        window: usize,
        except: Option<usize>,
    ) -> Option<usize> {
        let agrees = |e: &Entity| {
            // A place is no antecedent: `they` after `Grassley, Republican
            // of Iowa, and Leahy` are the senators, not the state, and a
            // place that speaks is named where it does (`Russia said`).
            let place = || {
                e.words
                    .iter()
                    .map(|w| w.trim_end_matches('.'))
                    .all(|w| lexicon::is_place(w) || lexicon::is_place_opener(w))
            };
            let person = e.human
                || (e.kind == SpeakerKind::Organisation
                    && (plural || gender == Gender::Neuter)
                    && !place())
                // `“…,” the editorial said. … “…,” it read.`: `it` may be a
                // document that spoke.
                || e.document && e.spoke && !plural && gender == Gender::Neuter;
            person
                && gender.agrees(e.gender)
                && (e.plural == plural || e.kind == SpeakerKind::Organisation && plural)
        };
        let gendered = matches!(gender, Gender::Female | Gender::Male);
        let before = &self.events[..self.events.partition_point(|e| e.at < at)];
        let last_speaker = before
            .iter()
            .rev()
            .find(|e| e.spoke && Some(e.entity) != except && agrees(&self.entities[e.entity]))
            .map(|e| e.entity);
        let mut best: Option<(f64, usize)> = None;
        let mut i = before.len();
        while i > 0 {
            let s = before[i - 1].sentence;
            if s + window < sentence {
                break;
            }
            let start = before[..i].partition_point(|e| e.sentence < s);
            let mut rank = 0.0;
            for e in &before[start..i] {
                let ent = &self.entities[e.entity];
                if !agrees(ent) || Some(e.entity) == except {
                    continue;
                }
                // A person named in a phrase after a preposition or a
                // determiner (`for the deaths of Ambassador Chris Stevens,
                // Groberg says`) is not the subject before another.
                let mut score =
                    sentence.saturating_sub(s) as f64 + if e.oblique { 1.5 } else { rank };
                if gendered && ent.gender == Gender::Unknown {
                    score += 2.0;
                }
                if Some(e.entity) == last_speaker {
                    score -= 1.0;
                }
                if best.is_none_or(|(b, _)| score < b) {
                    best = Some((score, e.entity));
                }
                if !e.oblique {
                    rank = 1.0;
                }
            }
            i = start;
        }
        best.map(|(_, e)| e).or(last_speaker)
    }

    /// The person a mention starting at byte `at` was linked to: a named
    /// entity, or another one known to be a person.
    pub fn entity_at(&self, at: usize) -> Option<usize> {
        let i = self.events.partition_point(|e| e.at < at);
        self.events
            .get(i)
            .filter(|e| {
                let ent = &self.entities[e.entity];
                e.at == at && (ent.human || ent.kind == SpeakerKind::Named)
            })
            .map(|e| e.entity)
    }

    /// The people mentioned in `span`, the last mentioned first (each
    /// alone: not a pair named together, see `link_pair`).
    pub fn mentioned_in(&self, span: Span) -> Vec<usize> {
        let from = self.events.partition_point(|e| e.at < span.start);
        let to = self.events.partition_point(|e| e.at < span.end);
        let mut out: Vec<usize> = Vec::new();
        for e in self.events[from..to].iter().rev() {
            let ent = &self.entities[e.entity];
            if ent.human && !ent.is_pair() && !out.contains(&e.entity) {
                out.push(e.entity);
            }
        }
        out
    }

    /// The two people `a` and `b` named together (`Mike Crapo and Jim
    /// Risch`, `Wilcox and Beruff`): one plural entity that a later `they`
    /// may refer to, the same each time the pair is named.
    pub fn link_pair(&mut self, a: usize, b: usize) -> usize {
        let (a, b) = (&self.entities[a], &self.entities[b]);
        let words: Vec<String> = a
            .display()
            .split_whitespace()
            .chain(["and"])
            .chain(b.display().split_whitespace())
            .map(str::to_string)
            .collect();
        if let Some(i) = self
            .entities
            .iter()
            .rposition(|e| e.is_pair() && e.words == words)
        {
            return i;
        }
        self.push(Entity::new(
            SpeakerKind::Named,
            words,
            Gender::Unknown,
            true,
            true,
        ))
    }

    /// The first-person narrator of a story (`“…,” I said`): one entity
    /// per document, which third-person pronouns never refer to.
    pub fn narrator(&mut self) -> usize {
        if let Some(i) = self
            .entities
            .iter()
            .position(|e| e.kind == SpeakerKind::Nominal && e.words == ["the", "narrator"])
        {
            return i;
        }
        let words = vec!["the".to_string(), "narrator".to_string()];
        self.push(Entity::new(
            SpeakerKind::Nominal,
            words,
            Gender::Unknown,
            false,
            false,
        ))
    }

    /// The narrator entity, when there is one.
    pub fn narrator_id(&self) -> Option<usize> {
        self.entities
            .iter()
            .position(|e| e.kind == SpeakerKind::Nominal && e.words == ["the", "narrator"])
    }

    /// Name the first-person speaker of a news text `I`, as the text
    /// names them: the writer of an op-ed or a letter, not a story's
    /// narrator.
    pub fn name_writer(&mut self) {
        if let Some(n) = self.narrator_id() {
            self.entities[n].words = vec!["I".to_string()];
        }
    }

    /// Give the narrator the name the story calls them.
    pub fn name_narrator(&mut self, title: Option<String>, name: String) {
        if let Some(n) = self.narrator_id() {
            let e = &mut self.entities[n];
            e.kind = SpeakerKind::Named;
            e.words = name.split_whitespace().map(str::to_string).collect();
            e.last = e.words.last().cloned();
            e.first = (e.words.len() > 1).then(|| e.words[0].clone());
            e.title = title;
        }
    }

    /// The named entity a single name word refers to (surname or first
    /// name), without creating one: for vocatives (`No, Tom.`).
    pub fn lookup(&self, word: &str) -> Option<usize> {
        self.entities.iter().rposition(|e| {
            e.kind == SpeakerKind::Named
                && (e.last.as_deref() == Some(word) || e.first.as_deref() == Some(word))
        })
    }

    /// The named person a pet name addressed refers to (`Tom`: `Thomas`,
    /// `Fan`: `Fanny`, `Loo`: `Louisa`), when no one bears the pet name
    /// itself (see `lookup`): the last whose first name is longer and holds
    /// its letters in order after the same initial, or, for a word that is
    /// no first name, all but its last letter at its start. The genders
    /// must agree (`Maudie` is not `Maurice`).
    pub fn lookup_pet(&self, word: &str) -> Option<usize> {
        let mut chars = word.chars();
        let initial = chars.next().filter(|c| c.is_uppercase())?;
        let rest = chars.as_str();
        if rest.chars().count() < 2 {
            return None;
        }
        let gender = lexicon::first_name(word);
        let pet_of = |name: &str| {
            let Some(name_rest) = name.strip_prefix(initial) else {
                return false;
            };
            if name.len() <= word.len() {
                return false;
            }
            let mut letters = name_rest.chars();
            let in_order = rest.chars().all(|c| letters.any(|n| n == c));
            let shared = rest
                .chars()
                .zip(name_rest.chars())
                .take_while(|(a, b)| a == b)
                .count();
            in_order || gender.is_none() && shared + 1 >= rest.chars().count()
        };
        self.entities.iter().rposition(|e| {
            e.kind == SpeakerKind::Named
                && e.human
                && !e.plural
                && gender.is_none_or(|g| g.agrees(e.gender))
                && (e.first.as_deref().is_some_and(pet_of)
                    || e.first.is_none()
                        && e.words.len() == 1
                        && e.last
                            .as_deref()
                            .is_some_and(|l| lexicon::first_name(l).is_some() && pet_of(l)))
        })
    }

    /// Has a person named `word` (surname or first name), other than
    /// entity `other`, been given a quotation?
    pub fn speaks_as_other(&self, word: &str, other: usize) -> bool {
        self.entities.iter().enumerate().any(|(i, e)| {
            i != other
                && e.spoke
                && e.kind == SpeakerKind::Named
                && (e.last.as_deref() == Some(word) || e.first.as_deref() == Some(word))
        })
    }

    /// The subject of the sentence before `sentence` when a `he` or `she`
    /// opening `sentence` can only be them, against the gender the list of
    /// first names gave them (`Marty Walz` … `Walz approaches it
    /// diplomatically. She said …`): a named person whose gender came from
    /// the list alone, the first person named there, and no one named in
    /// that sentence agrees with the pronoun.
    pub fn subject_against_first_name(&self, sentence: usize, gender: Gender) -> Option<usize> {
        if self.fiction || !matches!(gender, Gender::Female | Gender::Male) {
            return None;
        }
        let prev = sentence.checked_sub(1)?;
        let from = self.events.partition_point(|e| e.sentence < prev);
        let to = self.events.partition_point(|e| e.sentence <= prev);
        let events = &self.events[from..to];
        let first = events.first()?;
        let x = &self.entities[first.entity];
        let against = !first.oblique
            && x.kind == SpeakerKind::Named
            && x.human
            && !x.plural
            && x.gender_from_first_name
            && x.gender != gender
            && matches!(x.gender, Gender::Female | Gender::Male);
        let other = events.iter().any(|e| {
            let o = &self.entities[e.entity];
            e.entity != first.entity && o.human && !o.plural && gender.agrees(o.gender)
        });
        (against && !other).then_some(first.entity)
    }

    /// Take a gender the text gives an entity (see
    /// `subject_against_first_name`) over the list's.
    pub fn correct_gender(&mut self, entity: usize, gender: Gender) {
        let e = &mut self.entities[entity];
        e.gender = gender;
        e.gender_from_first_name = false;
    }

    /// Learn an entity's gender from a pronoun that referred to it.
    pub fn learn_gender(&mut self, entity: usize, gender: Gender) {
        let e = &mut self.entities[entity];
        if e.gender == Gender::Unknown && matches!(gender, Gender::Female | Gender::Male) {
            e.gender = gender;
        }
    }
}

/// The word for the relative in a description of one by its owner's
/// pronoun (`his sister`, `her anxious mother`: `sister`, `mother`).
pub fn relative_head(text: &str, m: &Mention) -> Option<String> {
    let (owner, rest) = m.name.slice(text).split_once(' ')?;
    if !matches!(owner, "his" | "His" | "her" | "Her" | "their" | "Their") {
        return None;
    }
    let head = lexicon::lower(rest.rsplit(' ').next()?);
    lexicon::is_kinship_word(&head).then(|| head.into_owned())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lower_words_are_the_joined_lower_case() {
        let words = |ws: &[&str]| ws.iter().map(|w| w.to_string()).collect::<Vec<_>>();
        for (ws, key) in [
            (&["State", "Department"][..], "state department"),
            (&["State", "Department"][..], "state departmen"),
            (&["State", "Department"][..], "statedepartment "),
            (&["Kremlin’s"][..], "kremlin’s"),
            (&["ÉLYSÉE"][..], "élysée"),
            (&["ΟΔΟΣ"][..], "οδος"),
            (&[][..], ""),
        ] {
            let ws = words(ws);
            assert_eq!(
                lower_words_are(&ws, key),
                ws.join(" ").to_lowercase() == key,
                "{ws:?} {key:?}"
            );
        }
    }
}
