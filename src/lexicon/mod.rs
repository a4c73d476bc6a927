//! Word lists: plain UTF-8 files under `src/lexicon/data/`, one entry per
//! line, `#` starts a comment. They are embedded with `include_str!` and
//! parsed once, on first use (the short lists of function words, at compile
//! time). A test keeps every list sorted and free of duplicates.

use std::borrow::Cow;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};
use std::sync::LazyLock;

/// Every file under `data/`, by name.
pub const FILES: &[(&str, &str)] = &[
    ("abbreviations.txt", include_str!("data/abbreviations.txt")),
    (
        "adjunct_openers.txt",
        include_str!("data/adjunct_openers.txt"),
    ),
    (
        "age_adjectives.txt",
        include_str!("data/age_adjectives.txt"),
    ),
    ("answer_nouns.txt", include_str!("data/answer_nouns.txt")),
    ("sex_nouns.txt", include_str!("data/sex_nouns.txt")),
    (
        "other_person_modifiers.txt",
        include_str!("data/other_person_modifiers.txt"),
    ),
    ("aspect_verbs.txt", include_str!("data/aspect_verbs.txt")),
    ("auxiliaries.txt", include_str!("data/auxiliaries.txt")),
    ("be_forms.txt", include_str!("data/be_forms.txt")),
    (
        "causative_verbs.txt",
        include_str!("data/causative_verbs.txt"),
    ),
    ("clause_breaks.txt", include_str!("data/clause_breaks.txt")),
    (
        "break_continuations.txt",
        include_str!("data/break_continuations.txt"),
    ),
    (
        "boilerplate_markers.txt",
        include_str!("data/boilerplate_markers.txt"),
    ),
    (
        "boilerplate_phrases.txt",
        include_str!("data/boilerplate_phrases.txt"),
    ),
    ("clause_verbs.txt", include_str!("data/clause_verbs.txt")),
    (
        "mandative_verbs.txt",
        include_str!("data/mandative_verbs.txt"),
    ),
    (
        "singular_openers.txt",
        include_str!("data/singular_openers.txt"),
    ),
    (
        "collective_nouns.txt",
        include_str!("data/collective_nouns.txt"),
    ),
    ("body_nouns.txt", include_str!("data/body_nouns.txt")),
    ("conjunctions.txt", include_str!("data/conjunctions.txt")),
    ("determiners.txt", include_str!("data/determiners.txt")),
    ("elder_kin.txt", include_str!("data/elder_kin.txt")),
    ("epithets.txt", include_str!("data/epithets.txt")),
    (
        "expectation_verbs.txt",
        include_str!("data/expectation_verbs.txt"),
    ),
    ("fiction_cues.txt", include_str!("data/fiction_cues.txt")),
    ("finite_verbs.txt", include_str!("data/finite_verbs.txt")),
    ("finding_nouns.txt", include_str!("data/finding_nouns.txt")),
    ("first_names.txt", include_str!("data/first_names.txt")),
    ("hedge_adverbs.txt", include_str!("data/hedge_adverbs.txt")),
    (
        "infinitive_heads.txt",
        include_str!("data/infinitive_heads.txt"),
    ),
    (
        "instrument_verbs.txt",
        include_str!("data/instrument_verbs.txt"),
    ),
    (
        "intention_verbs.txt",
        include_str!("data/intention_verbs.txt"),
    ),
    (
        "interjection_verbs.txt",
        include_str!("data/interjection_verbs.txt"),
    ),
    (
        "irregular_participles.txt",
        include_str!("data/irregular_participles.txt"),
    ),
    ("kinship_words.txt", include_str!("data/kinship_words.txt")),
    ("media_nouns.txt", include_str!("data/media_nouns.txt")),
    ("months.txt", include_str!("data/months.txt")),
    (
        "name_particles.txt",
        include_str!("data/name_particles.txt"),
    ),
    ("name_suffixes.txt", include_str!("data/name_suffixes.txt")),
    (
        "narration_words.txt",
        include_str!("data/narration_words.txt"),
    ),
    ("naming_words.txt", include_str!("data/naming_words.txt")),
    (
        "not_after_subject.txt",
        include_str!("data/not_after_subject.txt"),
    ),
    (
        "not_clause_openers.txt",
        include_str!("data/not_clause_openers.txt"),
    ),
    (
        "not_after_set_off_verb.txt",
        include_str!("data/not_after_set_off_verb.txt"),
    ),
    ("not_adverbs.txt", include_str!("data/not_adverbs.txt")),
    ("not_names.txt", include_str!("data/not_names.txt")),
    ("not_nouns.txt", include_str!("data/not_nouns.txt")),
    (
        "not_plural_nouns.txt",
        include_str!("data/not_plural_nouns.txt"),
    ),
    ("not_speakers.txt", include_str!("data/not_speakers.txt")),
    ("noun_markers.txt", include_str!("data/noun_markers.txt")),
    ("org_words.txt", include_str!("data/org_words.txt")),
    (
        "oblique_prepositions.txt",
        include_str!("data/oblique_prepositions.txt"),
    ),
    (
        "occasion_nouns.txt",
        include_str!("data/occasion_nouns.txt"),
    ),
    ("phrase_stops.txt", include_str!("data/phrase_stops.txt")),
    ("place_openers.txt", include_str!("data/place_openers.txt")),
    ("places.txt", include_str!("data/places.txt")),
    ("prepositions.txt", include_str!("data/prepositions.txt")),
    ("promise_verbs.txt", include_str!("data/promise_verbs.txt")),
    ("pronouns.txt", include_str!("data/pronouns.txt")),
    ("quantifiers.txt", include_str!("data/quantifiers.txt")),
    (
        "quantity_heads.txt",
        include_str!("data/quantity_heads.txt"),
    ),
    ("refusal_verbs.txt", include_str!("data/refusal_verbs.txt")),
    ("request_verbs.txt", include_str!("data/request_verbs.txt")),
    (
        "role_modifiers.txt",
        include_str!("data/role_modifiers.txt"),
    ),
    (
        "sentence_starters.txt",
        include_str!("data/sentence_starters.txt"),
    ),
    (
        "source_adjectives.txt",
        include_str!("data/source_adjectives.txt"),
    ),
    ("source_nouns.txt", include_str!("data/source_nouns.txt")),
    ("source_stops.txt", include_str!("data/source_stops.txt")),
    ("speaker_nouns.txt", include_str!("data/speaker_nouns.txt")),
    ("speech_verbs.txt", include_str!("data/speech_verbs.txt")),
    ("stance_verbs.txt", include_str!("data/stance_verbs.txt")),
    (
        "thing_object_verbs.txt",
        include_str!("data/thing_object_verbs.txt"),
    ),
    ("thought_verbs.txt", include_str!("data/thought_verbs.txt")),
    ("time_nouns.txt", include_str!("data/time_nouns.txt")),
    ("time_openers.txt", include_str!("data/time_openers.txt")),
    ("titles.txt", include_str!("data/titles.txt")),
    (
        "verb_modifiers.txt",
        include_str!("data/verb_modifiers.txt"),
    ),
    ("voice_nouns.txt", include_str!("data/voice_nouns.txt")),
    (
        "count_qualifiers.txt",
        include_str!("data/count_qualifiers.txt"),
    ),
    (
        "indefinite_pronouns.txt",
        include_str!("data/indefinite_pronouns.txt"),
    ),
    ("work_nouns.txt", include_str!("data/work_nouns.txt")),
    (
        "statement_nouns.txt",
        include_str!("data/statement_nouns.txt"),
    ),
    ("topic_verbs.txt", include_str!("data/topic_verbs.txt")),
    ("topic_nouns.txt", include_str!("data/topic_nouns.txt")),
    (
        "topic_noun_verbs.txt",
        include_str!("data/topic_noun_verbs.txt"),
    ),
    (
        "relative_words.txt",
        include_str!("data/relative_words.txt"),
    ),
    (
        "question_words.txt",
        include_str!("data/question_words.txt"),
    ),
    ("subordinators.txt", include_str!("data/subordinators.txt")),
    ("summary_nouns.txt", include_str!("data/summary_nouns.txt")),
];

/// The entries of a word list file: trimmed, non-empty, comments removed.
/// Lines and comments are found a byte at a time: `str::lines` and
/// `str::split` with a char pattern cost about 200 instructions a line,
/// which every run pays at startup for the ten thousand lines of the
/// lists.
pub fn entries(data: &'static str) -> impl Iterator<Item = &'static str> {
    let mut rest = Some(data);
    std::iter::from_fn(move || {
        let (line, after) = split_at_byte(rest?, b'\n');
        rest = after;
        Some(split_at_byte(line, b'#').0.trim())
    })
    .filter(|l| !l.is_empty())
}

/// `s` before its first byte `b` (ASCII), and after it if there is one.
fn split_at_byte(s: &str, b: u8) -> (&str, Option<&str>) {
    match s.bytes().position(|c| c == b) {
        Some(i) => (&s[..i], Some(&s[i + 1..])),
        None => (s, None),
    }
}

fn file(name: &str) -> &'static str {
    FILES
        .iter()
        .find(|(n, _)| *n == name)
        .map(|(_, d)| *d)
        .unwrap_or_else(|| panic!("no word list {name}"))
}

fn set(name: &str) -> HashSet<&'static str> {
    let mut set = HashSet::with_capacity_and_hasher(line_count(name), Default::default());
    set.extend(entries(file(name)));
    set
}

/// How many lines the list `name` has: room for its entries, so that a
/// map of them is not grown again and again as it is built.
fn line_count(name: &str) -> usize {
    file(name).bytes().filter(|&b| b == b'\n').count() + 1
}

/// A list whose lines are `word TAG…`: word → first tag.
fn tagged(name: &str) -> HashMap<&'static str, &'static str> {
    let mut map = HashMap::with_capacity_and_hasher(line_count(name), Default::default());
    map.extend(entries(file(name)).filter_map(|l| l.rsplit_once(' ')));
    map
}

/// Grammatical gender as word lists record it.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, Default)]
pub enum Gender {
    Female,
    Male,
    /// `it`: not a person.
    Neuter,
    /// Unknown, or either.
    #[default]
    Unknown,
}

impl Gender {
    fn from_tag(tag: &str) -> Gender {
        match tag {
            "f" => Gender::Female,
            "m" => Gender::Male,
            "n" => Gender::Neuter,
            _ => Gender::Unknown,
        }
    }

    /// Can a mention of gender `self` refer to an entity of gender `other`?
    pub fn agrees(self, other: Gender) -> bool {
        self == Gender::Unknown || other == Gender::Unknown || self == other
    }
}

/// A speech verb form and what it is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct VerbForm {
    /// Base form, as the first word of its line in `speech_verbs.txt`.
    pub lemma: &'static str,
}

static SPEECH_VERBS: LazyLock<HashMap<&'static str, VerbForm>> = LazyLock::new(|| {
    let mut map = HashMap::default();
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

/// Verbs that report a clause: each form → its base form, and the base
/// forms of phrasal verbs → their particle (`point … / out`).
type ClauseVerbs = (
    HashMap<&'static str, &'static str>,
    HashMap<&'static str, &'static str>,
);

static CLAUSE_VERBS: LazyLock<ClauseVerbs> = LazyLock::new(|| {
    let mut map = HashMap::default();
    let mut particles = HashMap::default();
    for line in entries(file("clause_verbs.txt")) {
        let (forms, particle) = line.split_once('/').unwrap_or((line, ""));
        let mut words = forms.split_whitespace();
        let lemma = words.next().unwrap_or_default();
        map.insert(lemma, lemma);
        for w in words {
            map.insert(w, lemma);
        }
        if !particle.trim().is_empty() {
            particles.insert(lemma, particle.trim());
        }
    }
    (map, particles)
});

/// The base form of a verb that reports a clause (`said` → `say`), for
/// reported speech. Lower-case input.
pub fn clause_verb(word: &str) -> Option<&'static str> {
    CLAUSE_VERBS.0.get(word).copied()
}

/// The particle without which the clause verb of base form `lemma` reports
/// nothing (`out` for `point`: `pointed out that`, not `pointed to`), or
/// its alternatives between `|` (`clear | it clear` for `make`).
pub fn clause_verb_particle(lemma: &str) -> Option<&'static str> {
    CLAUSE_VERBS.1.get(lemma).copied()
}

/// Each form of a list of `FORMS / PREPOSITIONS` lines (`topic_verbs.txt`,
/// `topic_nouns.txt`), mapped to the prepositions of its line.
fn forms_to_prepositions(name: &str) -> HashMap<&'static str, &'static str> {
    let mut map = HashMap::default();
    for line in entries(file(name)) {
        let (forms, prepositions) = line.split_once('/').unwrap_or((line, ""));
        for w in forms.split_whitespace() {
            map.insert(w, prepositions.trim());
        }
    }
    map
}

static TOPIC_VERBS: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| forms_to_prepositions("topic_verbs.txt"));

/// Is `word` (lower case) the base form of a verb of `topic_verbs.txt`,
/// the first on its line (`endorse`, not `endorsed`): the form of an
/// infinitive (`refused to endorse Ryan`)?
pub fn is_topic_base(word: &str) -> bool {
    TOPIC_BASES.contains(word)
}

static TOPIC_BASES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| {
    (entries(file("topic_verbs.txt")))
        .filter_map(|line| line.split_whitespace().next())
        .collect()
});

/// The prepositions after which the verb form `word` (lower case) of
/// `topic_verbs.txt` puts what was said (`talked about`, `called for`),
/// `-` for its direct object (`criticized the plan`), as listed.
pub fn topic_prepositions(word: &str) -> Option<&'static str> {
    TOPIC_VERBS.get(word).copied()
}

static TOPIC_NOUNS: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| forms_to_prepositions("topic_nouns.txt"));

/// The prepositions after which the noun `word` (lower case, singular or
/// plural) of `topic_nouns.txt` puts what was said (`attacks on`, `call
/// for`), as listed.
pub fn topic_noun_prepositions(word: &str) -> Option<&'static str> {
    TOPIC_NOUNS.get(word).copied()
}

/// Does the verb form `word` (lower case) of `topic_verbs.txt` count as a
/// verb of talk wherever it stands: not one that reports only in a title
/// (`backs`, every mark ending in `^`), nor only before a preposition of
/// several words (`voted in favor of`: `and will vote together` narrates),
/// nor one of a view or a wish (`=`, `~`: `and wanted to see`)?
pub fn is_talk_topic(word: &str) -> bool {
    topic_prepositions(word).is_some_and(|p| {
        p.split_whitespace().any(|m| {
            !m.ends_with('^')
                && !matches!(m, "=" | "~")
                && (m == "-" || m.starts_with("out-") || !m.contains('-'))
        })
    })
}

/// Is `word` (lower case) the participle of a verb that reports a clause:
/// `saying`, `insisting`, `arguing`?
pub fn is_reporting_participle(word: &str) -> bool {
    word.ends_with("ing") && speech_verb(word).is_some_and(|v| clause_verb(v.lemma).is_some())
}

/// `word` in lower case, borrowed when it has no upper-case letter.
#[inline(always)]
pub fn lower(word: &str) -> Cow<'_, str> {
    // Inlined up to the commonest case, an ASCII word in lower case (a
    // lower-case letter, the commonest byte, is tested first).
    if word
        .bytes()
        .all(|b| b.is_ascii_lowercase() || (b.is_ascii() && !b.is_ascii_uppercase()))
    {
        Cow::Borrowed(word)
    } else {
        lower_other(word)
    }
}

/// `lower` past its first test, out of line.
#[inline(never)]
fn lower_other(word: &str) -> Cow<'_, str> {
    if word.is_ascii() || plain_case(word) {
        if word.bytes().any(|b| b.is_ascii_uppercase()) {
            Cow::Owned(word.to_ascii_lowercase())
        } else {
            Cow::Borrowed(word)
        }
    } else if word.chars().any(char::is_uppercase) {
        Cow::Owned(word.to_lowercase())
    } else {
        Cow::Borrowed(word)
    }
}

/// `word.to_lowercase()`, borrowed when that is `word` itself (an ASCII
/// word without capitals, nearly every word): the same string, without a
/// copy of every word a rule reads.
#[inline]
pub fn to_lowercase(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Does `word` lower-case byte by byte: is every character ASCII or of
/// General Punctuation (U+2000–U+206F: `’`, `‑`, joiners; no case)? Then
/// its lower case is its ASCII letters lower-cased. Read on bytes: the
/// UTF-8 of those characters is E2 80 xx and E2 81 80–AF.
pub fn plain_case(word: &str) -> bool {
    let b = word.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match (b[i], b.get(i + 1), b.get(i + 2)) {
            (..0x80, _, _) => i += 1,
            (0xe2, Some(0x80), Some(_)) => i += 3,
            (0xe2, Some(0x81), Some(..=0xaf)) => i += 3,
            _ => return false,
        }
    }
    true
}

/// Titles written in full (`senator`) and abbreviated ones without their
/// period (`sen`).
static TITLES: LazyLock<(HashSet<&'static str>, HashSet<&'static str>)> = LazyLock::new(|| {
    let (abbreviated, full): (Vec<&str>, Vec<&str>) =
        entries(file("titles.txt")).partition(|t| t.ends_with('.'));
    (
        full.into_iter().collect(),
        abbreviated
            .into_iter()
            .map(|t| t.trim_end_matches('.'))
            .collect(),
    )
});

/// Is `word` a title before a name (`Sen.`, `Sen`, `senator`, any case)?
pub fn is_title(word: &str) -> bool {
    let w = lower(word.trim_end_matches('.'));
    TITLES.0.contains(w.as_ref()) || TITLES.1.contains(w.as_ref())
}

/// Is `word` (lower case) an honorific that says only how a person is
/// addressed (`lady`, `sir`, `mrs`), not an office held by one person?
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "mr" | "mrs"
            | "ms"
            | "miss"
            | "mx"
            | "sir"
            | "madam"
            | "madame"
            | "lady"
            | "lord"
            | "dame"
            | "monsieur"
            | "mademoiselle"
            | "mlle"
            | "mme"
            | "master"
            | "mister"
    )
}

/// Is `word` (without its final period) an abbreviated title such as `Mr`
/// or `Sen`, after which a sentence never ends?
pub fn is_abbreviated_title(word: &str) -> bool {
    may_be_abbreviated(word) && with_lower(word, |w| TITLES.1.contains(w))
}

/// A bit per (first two letters, last letter, length) of the abbreviated
/// titles, abbreviations and name suffixes (as `CLASS_FILTERS`).
static ABBREVIATED_FILTER: LazyLock<Filter> = LazyLock::new(|| {
    let mut bits = [0u64; FILTER_WORDS];
    let words = TITLES
        .1
        .iter()
        .chain(ABBREVIATIONS.iter())
        .chain(SUFFIXES.iter());
    for w in words {
        let i = filter_index(w.as_bytes());
        bits[i / 64] |= 1 << (i % 64);
    }
    bits
});

/// May `word` (final periods allowed) be an abbreviated title, an
/// abbreviation or a name suffix (`is_abbreviated_title`,
/// `is_abbreviation`, `is_name_suffix`)? The tokenizer asks of every word
/// before a period, most of them the last word of a sentence, which this
/// rules out without lower-casing and hashing it. The filter reads ASCII
/// letters in either case; a word with other characters may lower-case to
/// anything, so it may be one.
pub fn may_be_abbreviated(word: &str) -> bool {
    let bare = without_final_periods(word);
    !bare.is_ascii() || may_hold(&ABBREVIATED_FILTER, filter_index(bare.as_bytes()))
}

/// `f` of `lower(word)`: a short ASCII word is lower-cased on the stack,
/// not into a new String (the tokenizer asks of every word before a
/// period).
fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    if word.len() <= buf.len() && word.is_ascii() {
        let b = &mut buf[..word.len()];
        b.copy_from_slice(word.as_bytes());
        b.make_ascii_lowercase();
        f(std::str::from_utf8(b).expect("ASCII is UTF-8"))
    } else {
        f(&lower(word))
    }
}

static ABBREVIATIONS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("abbreviations.txt"));

/// Is `word` (as written, without its final period) an abbreviation that
/// does not end a sentence?
pub fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.contains(word)
}

/// Is `word` (as written, without its final period) an abbreviation of
/// letters with periods inside: `U.S`, `a.m`, `Ph.D`, `D.C`, each part one
/// or two letters? Not a web address (`Politico.com`, `lemonde.fr`) nor a
/// number (`3.5`), whose period at a sentence's end closes the sentence.
pub fn is_dotted_abbreviation(word: &str) -> bool {
    word.contains('.')
        && word.split('.').all(|part| {
            matches!(part.chars().count(), 1 | 2) && part.chars().all(char::is_alphabetic)
        })
}

static STARTERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("sentence_starters.txt"));

/// Is `word` a capitalized word that usually begins a sentence?
pub fn is_sentence_starter(word: &str) -> bool {
    STARTERS.contains(word)
}

static WORK_NOUNS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("work_nouns.txt"));

static STATEMENT_NOUNS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("statement_nouns.txt"));

/// Is `word` (lower case) something a person writes or says, through
/// which its author speaks (`statement`, `tweets`)?
pub fn is_statement_noun(word: &str) -> bool {
    with_plural(word, |w| STATEMENT_NOUNS.contains(w))
}

/// Is `word` in a list of singular nouns (`has`), as it stands or as a
/// plural in -s?
fn with_plural(word: &str, has: impl Fn(&str) -> bool) -> bool {
    has(word)
        || word.strip_suffix('s').is_some_and(&has)
        // `studies`, `inquiries`.
        || word
            .strip_suffix("ies")
            .is_some_and(|stem| has(&format!("{stem}y")))
}

/// The plural of the noun `w` (lower case): `polls`, `studies`.
fn plural(w: &str) -> String {
    match w.strip_suffix('y') {
        Some(stem) if !stem.ends_with(['a', 'e', 'o', 'u']) => format!("{stem}ies"),
        _ => format!("{w}s"),
    }
}

/// Is `word` (lower case) a noun that follows a quoted title (`series`)?
pub fn is_work_noun(word: &str) -> bool {
    WORK_NOUNS.contains(word)
}

static NAMING_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("naming_words.txt"));

/// Is `word` (lower case) a word before a quoted name (`dubbed`)?
pub fn is_naming_word(word: &str) -> bool {
    NAMING_WORDS.contains(word)
}

static PRONOUNS: LazyLock<HashMap<&'static str, (Gender, bool)>> = LazyLock::new(|| {
    entries(file("pronouns.txt"))
        .filter_map(|l| {
            let mut w = l.split_whitespace();
            Some((w.next()?, (Gender::from_tag(w.next()?), w.next()? == "p")))
        })
        .collect()
});

/// Gender and plurality of a personal pronoun (lower case).
pub fn pronoun(word: &str) -> Option<(Gender, bool)> {
    PRONOUNS.get(word).copied()
}

/// Gender and number of a possessive that can stand for its owner as a
/// speaker (`his statement`, `their report`): `his`, `her`, `their`.
/// Lower-case input.
pub fn owner_pronoun(word: &str) -> Option<(Gender, bool)> {
    match word {
        "his" => Some((Gender::Male, false)),
        "her" => Some((Gender::Female, false)),
        "their" => Some((Gender::Unknown, true)),
        _ => None,
    }
}

static SPEAKER_NOUNS: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| tagged("speaker_nouns.txt"));

/// Gender of a noun that describes a speaker (`spokeswoman` → female),
/// `None` when the word is not such a noun. Lower-case input; plurals
/// (`officials`) are recognised.
pub fn speaker_noun(word: &str) -> Option<Gender> {
    let tag = SPEAKER_NOUNS
        .get(word)
        .or_else(|| word.strip_suffix('s').and_then(|w| SPEAKER_NOUNS.get(w)))
        .or_else(|| {
            word.strip_suffix("men")
                .and_then(|w| SPEAKER_NOUNS.get(format!("{w}man").as_str()))
        })?;
    Some(Gender::from_tag(tag))
}

static ORG_WORDS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("org_words.txt"));

/// Does `word` (lower case) make a name an organisation's?
pub fn is_org_word(word: &str) -> bool {
    ORG_WORDS.contains(word)
}

static MODIFIERS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("verb_modifiers.txt"));

/// May `word` (lower case) stand between a speaker and its verb?
pub fn is_verb_modifier(word: &str) -> bool {
    // Adverbs in -ly (`regularly`, `angrily`) all may.
    MODIFIERS.contains(word)
        || word.len() > 4 && word.ends_with("ly") && word.chars().all(|c| c.is_ascii_lowercase())
}

/// Is `word` (lower case) one of the listed verb modifiers (`also`,
/// `later`), not only an adverb by its ending? A capitalized word in -ly
/// before a verb is a name (`Schlafly noted`, `Kelly said`).
pub fn is_listed_verb_modifier(word: &str) -> bool {
    MODIFIERS.contains(word)
}

static ROLE_MODIFIERS: LazyLock<HashSet<&'static str>> =
    LazyLock::new(|| set("role_modifiers.txt"));

/// Is `word` (lower case) a modifier inside a role (`former`, `Russian`)?
pub fn is_role_modifier(word: &str) -> bool {
    ROLE_MODIFIERS.contains(word)
}

static PARTICLES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("name_particles.txt"));

/// Is `word` a lower-case particle inside names (`van`, `al`)?
pub fn is_name_particle(word: &str) -> bool {
    PARTICLES.contains(word)
}

static SUFFIXES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("name_suffixes.txt"));

/// Is `word` (without a final period) a name suffix (`Jr`, `III`)?
pub fn is_name_suffix(word: &str) -> bool {
    SUFFIXES.contains(without_final_periods(word))
}

/// `word.trim_end_matches('.')`, a byte at a time (a period is ASCII).
/// Inlined up to the test of the last byte: nearly every word has no
/// final period.
#[inline(always)]
fn without_final_periods(word: &str) -> &str {
    if word.ends_with('.') {
        trim_final_periods(word)
    } else {
        word
    }
}

/// `without_final_periods` of a word that ends with a period.
#[inline(never)]
fn trim_final_periods(word: &str) -> &str {
    let periods = word.bytes().rev().take_while(|&b| b == b'.').count();
    &word[..word.len() - periods]
}

static NOT_NAMES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("not_names.txt"));

/// Is `word` a capitalized word that is not a name on its own?
pub fn is_not_name(word: &str) -> bool {
    NOT_NAMES.contains(word) || is_sentence_starter(word)
}

/// Is `word` a day of the week (`Thursday`)?
pub fn is_day(word: &str) -> bool {
    matches!(
        word,
        "Monday" | "Tuesday" | "Wednesday" | "Thursday" | "Friday" | "Saturday" | "Sunday"
    )
}

static MONTHS: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("months.txt"));

/// Is `word` a month of the year (`May`)?
pub fn is_month(word: &str) -> bool {
    MONTHS.contains(word)
}

static PLACES: LazyLock<HashSet<&'static str>> = LazyLock::new(|| set("places.txt"));

/// Is `word` a place name (`Iowa`, `Syria`)?
pub fn is_place(word: &str) -> bool {
    PLACES.contains(word)
}

// Closed classes of function words that the attribution rules read
// (`attribute`, `speaker::mention`), for nearly every word near a cue.
// Each list is short, and read at compile time into a constant slice:
// `contains` over it compares the word with strings whose lengths and
// bytes the compiler knows, which costs less than hashing the word.

/// The data of the file `name` of `FILES`, at compile time.
const fn listed(name: &str) -> &'static str {
    let mut i = 0;
    while i < FILES.len() {
        if FILES[i].0.len() == name.len() && {
            let (a, b) = (FILES[i].0.as_bytes(), name.as_bytes());
            let mut k = 0;
            while k < a.len() && a[k] == b[k] {
                k += 1;
            }
            k == a.len()
        } {
            return FILES[i].1;
        }
        i += 1;
    }
    panic!("no such word list")
}

/// The first entry of `data`, as `entries` reads it, and the lines after
/// it; at compile time.
const fn first_entry(mut data: &'static [u8]) -> Option<(&'static str, &'static [u8])> {
    while !data.is_empty() {
        let mut end = 0;
        while end < data.len() && data[end] != b'\n' {
            end += 1;
        }
        let (line, rest) = data.split_at(end);
        data = if rest.is_empty() {
            rest
        } else {
            rest.split_at(1).1
        };
        let mut comment = 0;
        while comment < line.len() && line[comment] != b'#' {
            comment += 1;
        }
        let word = line.split_at(comment).0.trim_ascii();
        if !word.is_empty() {
            match std::str::from_utf8(word) {
                Ok(word) => return Some((word, data)),
                Err(_) => panic!("a word list is not UTF-8"),
            }
        }
    }
    None
}

/// How many entries `data` holds, at compile time.
const fn entry_count(data: &'static str) -> usize {
    let (mut n, mut rest) = (0, data.as_bytes());
    while let Some((_, after)) = first_entry(rest) {
        n += 1;
        rest = after;
    }
    n
}

/// The `N` entries of `data`, at compile time.
const fn entry_array<const N: usize>(data: &'static str) -> [&'static str; N] {
    let mut words = [""; N];
    let (mut i, mut rest) = (0, data.as_bytes());
    while let Some((word, after)) = first_entry(rest) {
        words[i] = word;
        i += 1;
        rest = after;
    }
    words
}

/// The entries of the word list file `name`, read at compile time into a
/// constant slice.
macro_rules! words {
    ($name:literal) => {{
        const DATA: &str = listed($name);
        const WORDS: [&str; entry_count(DATA)] = entry_array(DATA);
        &WORDS
    }};
}

/// Every list read at compile time, by file name (for the tests).
#[cfg(test)]
const WORD_SLICES: &[(&str, &[&str])] = &[
    ("adjunct_openers.txt", ADJUNCT_OPENERS),
    ("age_adjectives.txt", AGE_ADJECTIVES),
    ("answer_nouns.txt", ANSWER_NOUNS),
    ("sex_nouns.txt", SEX_NOUNS),
    ("other_person_modifiers.txt", OTHER_PERSON_MODIFIERS),
    ("aspect_verbs.txt", ASPECT_VERBS),
    ("auxiliaries.txt", AUXILIARIES),
    ("be_forms.txt", BE_FORMS),
    ("break_continuations.txt", BREAK_CONTINUATIONS),
    ("causative_verbs.txt", CAUSATIVE_VERBS),
    ("mandative_verbs.txt", MANDATIVE_VERBS),
    ("singular_openers.txt", SINGULAR_OPENERS),
    ("clause_breaks.txt", CLAUSE_BREAKS),
    ("collective_nouns.txt", COLLECTIVE_NOUNS),
    ("body_nouns.txt", BODY_NOUNS),
    ("conjunctions.txt", CONJUNCTIONS),
    ("determiners.txt", DETERMINERS),
    ("epithets.txt", EPITHETS),
    ("expectation_verbs.txt", EXPECTATION_VERBS),
    ("finite_verbs.txt", FINITE_VERBS),
    ("finding_nouns.txt", FINDING_NOUNS),
    ("hedge_adverbs.txt", HEDGE_ADVERBS),
    ("infinitive_heads.txt", INFINITIVE_HEADS),
    ("instrument_verbs.txt", INSTRUMENT_VERBS),
    ("intention_verbs.txt", INTENTION_VERBS),
    ("interjection_verbs.txt", INTERJECTION_VERBS),
    ("irregular_participles.txt", IRREGULAR_PARTICIPLES),
    ("kinship_words.txt", KINSHIP_WORDS),
    ("media_nouns.txt", MEDIA_NOUNS),
    ("voice_nouns.txt", VOICE_NOUNS),
    ("count_qualifiers.txt", COUNT_QUALIFIERS),
    ("indefinite_pronouns.txt", INDEFINITE_PRONOUNS),
    ("narration_words.txt", NARRATION_WORDS),
    ("not_after_set_off_verb.txt", NOT_AFTER_SET_OFF_VERB),
    ("not_after_subject.txt", NOT_AFTER_SUBJECT),
    ("not_clause_openers.txt", NOT_CLAUSE_OPENERS),
    ("not_adverbs.txt", NOT_ADVERBS),
    ("not_nouns.txt", NOT_NOUNS),
    ("not_plural_nouns.txt", NOT_PLURAL_NOUNS),
    ("not_speakers.txt", NOT_SPEAKERS),
    ("noun_markers.txt", NOUN_MARKERS),
    ("oblique_prepositions.txt", OBLIQUE_PREPOSITIONS),
    ("occasion_nouns.txt", OCCASION_NOUNS),
    ("phrase_stops.txt", PHRASE_STOPS),
    ("place_openers.txt", PLACE_OPENERS),
    ("prepositions.txt", PREPOSITIONS),
    ("promise_verbs.txt", PROMISE_VERBS),
    ("quantifiers.txt", QUANTIFIERS),
    ("quantity_heads.txt", QUANTITY_HEADS),
    ("question_words.txt", QUESTION_WORDS),
    ("refusal_verbs.txt", REFUSAL_VERBS),
    ("request_verbs.txt", REQUEST_VERBS),
    ("source_adjectives.txt", SOURCE_ADJECTIVES),
    ("source_nouns.txt", SOURCE_NOUNS),
    ("source_stops.txt", SOURCE_STOPS),
    ("stance_verbs.txt", STANCE_VERBS),
    ("thing_object_verbs.txt", THING_OBJECT_VERBS),
    ("relative_words.txt", RELATIVE_WORDS),
    ("subordinators.txt", SUBORDINATORS),
    ("summary_nouns.txt", SUMMARY_NOUNS),
    ("thought_verbs.txt", THOUGHT_VERBS),
    ("time_nouns.txt", TIME_NOUNS),
    ("time_openers.txt", TIME_OPENERS),
    ("topic_noun_verbs.txt", TOPIC_NOUN_VERBS),
];

const NOUN_MARKERS: &[&str] = words!("noun_markers.txt");

/// Is `word` (lower case) a word after which a verb form is a noun (`the`,
/// `his`: `the report`, `his reply`)?
pub fn is_noun_marker(word: &str) -> bool {
    NOUN_MARKERS.contains(&word)
}

const THOUGHT_VERBS: &[&str] = words!("thought_verbs.txt");

/// Is `lemma` (a base form, lower case) a verb of thought (`think`,
/// `hope`)?
pub fn is_thought_verb(lemma: &str) -> bool {
    THOUGHT_VERBS.contains(&lemma)
}

const INTENTION_VERBS: &[&str] = words!("intention_verbs.txt");

/// Is `word` (lower case) a form of a verb of hoping or intending (`hopes`,
/// `planned`)?
pub fn is_intention_verb(word: &str) -> bool {
    INTENTION_VERBS.contains(&word)
}

const NARRATION_WORDS: &[&str] = words!("narration_words.txt");

/// Is `word` (lower case) a word that narration in novels uses far more
/// often than news (`had`, `she`)?
pub fn is_narration_word(word: &str) -> bool {
    NARRATION_WORDS.contains(&word)
}

const ASPECT_VERBS: &[&str] = words!("aspect_verbs.txt");

/// Is `word` (lower case) a form of a verb of beginning or going on
/// (`began`, `kept`), whose subject is the subject of a verb in -ing after
/// it?
pub fn is_aspect_verb(word: &str) -> bool {
    ASPECT_VERBS.contains(&word)
}

const INSTRUMENT_VERBS: &[&str] = words!("instrument_verbs.txt");

/// Is `word` (lower case) a form of a verb of using something (`used`),
/// whose subject is the subject of an infinitive after its object?
pub fn is_instrument_verb(word: &str) -> bool {
    INSTRUMENT_VERBS.contains(&word)
}

const INFINITIVE_HEADS: &[&str] = words!("infinitive_heads.txt");

/// Is `word` (lower case) a word before `to` whose subject is the
/// infinitive's (`refused`, `seemed`, `expected`, `yet`)?
pub fn is_infinitive_head(word: &str) -> bool {
    INFINITIVE_HEADS.contains(&word)
}

const FINITE_VERBS: &[&str] = words!("finite_verbs.txt");

/// Is `word` (lower case) a verb in the third person present that is
/// seldom a noun (`gives`, `makes`)?
pub fn is_finite_verb(word: &str) -> bool {
    FINITE_VERBS.contains(&word)
}

const THING_OBJECT_VERBS: &[&str] = words!("thing_object_verbs.txt");

/// Is `lemma` (a base form) a verb of report whose object without `that`
/// is most often a thing, not a clause (`concede`: `conceded the race`)?
pub fn is_thing_object_verb(lemma: &str) -> bool {
    THING_OBJECT_VERBS.contains(&lemma)
}

const EXPECTATION_VERBS: &[&str] = words!("expectation_verbs.txt");

/// Is `word` (lower case) a participle that after `be` says someone the
/// text does not name expects or reports what follows (`expected`, `said`:
/// `is said to be urging`)?
pub fn is_expectation_verb(word: &str) -> bool {
    EXPECTATION_VERBS.contains(&word)
}

const PROMISE_VERBS: &[&str] = words!("promise_verbs.txt");

/// Is `word` (lower case) a form of a verb of promising or threatening
/// (`vowed`, `pledges`)?
pub fn is_promise_verb(word: &str) -> bool {
    PROMISE_VERBS.contains(&word)
}

const MEDIA_NOUNS: &[&str] = words!("media_nouns.txt");

/// Is `word` (lower case) a noun for a news outlet (`site`, `daily`)?
pub fn is_media_noun(word: &str) -> bool {
    MEDIA_NOUNS.contains(&word)
}

const VOICE_NOUNS: &[&str] = words!("voice_nouns.txt");

/// Is `word` (lower case) a noun for a voice that stands for its speaker
/// (`said a querulous voice`, `the voice of Kemp`)?
pub fn is_voice_noun(word: &str) -> bool {
    VOICE_NOUNS.contains(&word)
}

const COUNT_QUALIFIERS: &[&str] = words!("count_qualifiers.txt");

/// Is `word` (lower case) a word that qualifies a count before it
/// (`nearly`, `about`, `only`)?
pub fn is_count_qualifier(word: &str) -> bool {
    COUNT_QUALIFIERS.contains(&word)
}

const INDEFINITE_PRONOUNS: &[&str] = words!("indefinite_pronouns.txt");

/// Is `word` (lower case) an indefinite pronoun (`everyone`, `nobody`)?
pub fn is_indefinite_pronoun(word: &str) -> bool {
    INDEFINITE_PRONOUNS.contains(&word)
}

const REQUEST_VERBS: &[&str] = words!("request_verbs.txt");

/// Is `word` (lower case) a form of a verb of asking someone to do
/// something (`asked`, `implored`), whose object and infinitive follow?
pub fn is_request_verb(word: &str) -> bool {
    REQUEST_VERBS.contains(&word)
}

const TOPIC_NOUN_VERBS: &[&str] = words!("topic_noun_verbs.txt");

/// Is `word` (lower case) a form of a verb whose subject says what a noun
/// of `topic_nouns.txt` after it names (`made` no mention of, `voiced`
/// criticism of)?
pub fn is_topic_noun_verb(word: &str) -> bool {
    TOPIC_NOUN_VERBS.contains(&word)
}

const STANCE_VERBS: &[&str] = words!("stance_verbs.txt");

/// Is `word` (lower case) a form of `be` or of a verb of `stance_verbs.txt`
/// (`remained`), whose subject holds the stance a word marked `+` in
/// `topic_nouns.txt` names (`is an outspoken supporter of`)?
pub fn is_stance_verb(word: &str) -> bool {
    is_be_form(word) || STANCE_VERBS.contains(&word)
}

const CAUSATIVE_VERBS: &[&str] = words!("causative_verbs.txt");

/// Is `word` (lower case) a verb that makes its object do what an
/// infinitive says (`led`, `prompted`)?
pub fn is_causative_verb(word: &str) -> bool {
    CAUSATIVE_VERBS.contains(&word)
}

const SINGULAR_OPENERS: &[&str] = words!("singular_openers.txt");

/// Is `word` (lower case) one after which a noun is singular (`this`,
/// `each`, `it`)?
pub fn is_singular_opener(word: &str) -> bool {
    SINGULAR_OPENERS.contains(&word)
}

const MANDATIVE_VERBS: &[&str] = words!("mandative_verbs.txt");

/// Is `word` (lower case) a verb that reports what someone asked be done
/// as a clause after `that` (`urged`, `demands`)?
pub fn is_mandative_verb(word: &str) -> bool {
    MANDATIVE_VERBS.contains(&word)
}

const HEDGE_ADVERBS: &[&str] = words!("hedge_adverbs.txt");

/// Is `word` (lower case) an adverb by which the writer infers rather than
/// reports (`apparently`, `reportedly`)?
pub fn is_hedge_adverb(word: &str) -> bool {
    HEDGE_ADVERBS.contains(&word)
}

const REFUSAL_VERBS: &[&str] = words!("refusal_verbs.txt");

/// Is `word` (lower case) a form of a verb of refusing (`declined`,
/// `refuses`)?
pub fn is_refusal_verb(word: &str) -> bool {
    REFUSAL_VERBS.contains(&word)
}

const PLACE_OPENERS: &[&str] = words!("place_openers.txt");

/// Is `word` (any case) the first word of a two-word place whose second
/// word may be a first name (`New`: `New York`; `San`: `San Antonio`)?
pub fn is_place_opener(word: &str) -> bool {
    PLACE_OPENERS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

const BE_FORMS: &[&str] = words!("be_forms.txt");

/// Is `word` (lower case) a form of `be` (`was`, `being`)?
pub fn is_be_form(word: &str) -> bool {
    BE_FORMS.contains(&word)
}

const AUXILIARIES: &[&str] = words!("auxiliaries.txt");

/// Is `word` (lower case) an auxiliary that goes on with a predicate
/// (`is`, `has`, `would`)?
pub fn is_auxiliary(word: &str) -> bool {
    AUXILIARIES.contains(&word)
}

const FINDING_NOUNS: &[&str] = words!("finding_nouns.txt");

/// Is `word` (lower case) a poll, study or document that finds what it
/// reports (`poll`, `surveys`)?
pub fn is_finding_noun(word: &str) -> bool {
    with_plural(word, |w| FINDING_NOUNS.contains(&w))
}

const IRREGULAR_PARTICIPLES: &[&str] = words!("irregular_participles.txt");

/// Is `word` (lower case) a past participle not in -ed that follows a
/// poll or study as its modifier (`taken`, `given`)?
pub fn is_irregular_participle(word: &str) -> bool {
    IRREGULAR_PARTICIPLES.contains(&word)
}

/// Is `word` (lower case) a statement or a finding noun (`editorial`,
/// `polls`): the words the `DOCUMENT` class bit marks?
pub fn is_document_noun(word: &str) -> bool {
    is_statement_noun(word) || is_finding_noun(word)
}

const CLAUSE_BREAKS: &[&str] = words!("clause_breaks.txt");

/// Is `word` (lower case) a word that, after a comma, opens the writer's
/// own clause and ends a reported one (`but`, `which`)?
pub fn is_clause_break(word: &str) -> bool {
    CLAUSE_BREAKS.contains(&word)
}

const BREAK_CONTINUATIONS: &[&str] = words!("break_continuations.txt");

/// Is `word` (lower case) a word that, after a clause break, goes on with
/// the reported clause (`that`, `not`: `…, but that it cannot pay`)?
pub fn is_break_continuation(word: &str) -> bool {
    BREAK_CONTINUATIONS.contains(&word)
}

const RELATIVE_WORDS: &[&str] = words!("relative_words.txt");

/// Is `word` (lower case) a relative word that opens a relative clause
/// inside an adjunct (`which`: `in a year in which …`)?
pub fn is_relative_word(word: &str) -> bool {
    RELATIVE_WORDS.contains(&word)
}

/// Does `word` (lower case) open a relative clause, a verb in it no
/// speaker's (`which`, `that`, `who`)?
pub fn opens_relative(word: &str) -> bool {
    is_relative_word(word) || matches!(word, "that" | "who")
}

const INTERJECTION_VERBS: &[&str] = words!("interjection_verbs.txt");

/// Is `word` (lower case) a verb that with `in` after it says a speaker
/// interjected (`put`, `broke`: `“…,” put in Kitty`)?
pub fn is_interjection_verb(word: &str) -> bool {
    INTERJECTION_VERBS.contains(&word)
}

const QUESTION_WORDS: &[&str] = words!("question_words.txt");

/// Is `word` (lower case) a word that opens an indirect question after
/// `ask` (`whether`, `how`, `what`)?
pub fn is_question_word(word: &str) -> bool {
    QUESTION_WORDS.contains(&word)
}

const SUMMARY_NOUNS: &[&str] = words!("summary_nouns.txt");

/// Is `word` (lower case) a noun that, after `, a`, sums up the clause
/// before it in the writer's words (`move`: `…, a move that surprised
/// the port`)?
pub fn is_summary_noun(word: &str) -> bool {
    SUMMARY_NOUNS.contains(&word)
}

const SUBORDINATORS: &[&str] = words!("subordinators.txt");

/// Is `word` (lower case) a word that opens a subordinate clause (`if`,
/// `because`, `even`)?
pub fn is_subordinator(word: &str) -> bool {
    SUBORDINATORS.contains(&word)
}

const NOT_AFTER_SET_OFF_VERB: &[&str] = words!("not_after_set_off_verb.txt");

/// Is `word` (lower case) a conjunction or relative word that opens no
/// reported clause after a verb set off by commas (`and`, `which`)?
pub fn is_not_after_set_off_verb(word: &str) -> bool {
    NOT_AFTER_SET_OFF_VERB.contains(&word)
}

const ADJUNCT_OPENERS: &[&str] = words!("adjunct_openers.txt");

/// Is `word` (lower case) a word that opens an adjunct, not a clause, at a
/// sentence's start (`on`, `according`, `when`)?
pub fn is_adjunct_opener(word: &str) -> bool {
    ADJUNCT_OPENERS.contains(&word)
}

const NOT_CLAUSE_OPENERS: &[&str] = words!("not_clause_openers.txt");

/// Is `word` (lower case) a word that does not open a reported clause
/// right after its verb (`in`, `nothing`, `yes`)?
pub fn is_not_clause_opener(word: &str) -> bool {
    NOT_CLAUSE_OPENERS.contains(&word)
}

const ANSWER_NOUNS: &[&str] = words!("answer_nouns.txt");

/// Is `word` (lower case) a noun for a turn of speech (`answer`, `reply`)?
pub fn is_answer_noun(word: &str) -> bool {
    ANSWER_NOUNS.contains(&word)
}

const NOT_AFTER_SUBJECT: &[&str] = words!("not_after_subject.txt");

/// Is `word` (lower case) a word after a phrase that shows it is no
/// subject (`the`, `of`, `she`)?
pub fn is_not_after_subject(word: &str) -> bool {
    NOT_AFTER_SUBJECT.contains(&word)
}

const NOT_SPEAKERS: &[&str] = words!("not_speakers.txt");

/// Is `word` (lower case) a word after a determiner that does not make a
/// speaker (`same`, `time`, `others`)?
pub fn is_not_speaker(word: &str) -> bool {
    NOT_SPEAKERS.contains(&word)
}

const SOURCE_ADJECTIVES: &[&str] = words!("source_adjectives.txt");

/// Is `word` (lower case) an adjective that describes people as a source
/// with a preposition after it (`familiar` with, `close` to)?
pub fn is_source_adjective(word: &str) -> bool {
    SOURCE_ADJECTIVES.contains(&word)
}

const SOURCE_NOUNS: &[&str] = words!("source_nouns.txt");

/// Is `word` (lower case) a noun that describes people as a source after
/// `with` (`knowledge` of)?
pub fn is_source_noun(word: &str) -> bool {
    SOURCE_NOUNS.contains(&word)
}

const NOT_ADVERBS: &[&str] = words!("not_adverbs.txt");

/// Is `word` (lower case) a word in -ly that is no adverb (`family`)?
pub fn is_not_adverb(word: &str) -> bool {
    NOT_ADVERBS.contains(&word)
}

const NOT_NOUNS: &[&str] = words!("not_nouns.txt");

/// Is `word` (lower case) a word that cannot end a description (`should`,
/// `been`, `and`)?
pub fn is_not_noun(word: &str) -> bool {
    NOT_NOUNS.contains(&word)
}

const PHRASE_STOPS: &[&str] = words!("phrase_stops.txt");

/// Is `word` (lower case) a word that ends a phrase after an inverted verb
/// (`with`, `and`)?
pub fn is_phrase_stop(word: &str) -> bool {
    PHRASE_STOPS.contains(&word)
}

const CONJUNCTIONS: &[&str] = words!("conjunctions.txt");

/// Is `word` (lower case) a conjunction that opens a clause (`when`,
/// `because`, `and`)?
pub fn is_conjunction(word: &str) -> bool {
    CONJUNCTIONS.contains(&word)
}

const DETERMINERS: &[&str] = words!("determiners.txt");

/// Is `word` (lower case) a determiner that opens a description of a
/// speaker (`a`, `another`, `her`)?
pub fn is_determiner(word: &str) -> bool {
    DETERMINERS.contains(&word)
}

const PREPOSITIONS: &[&str] = words!("prepositions.txt");

/// Is `word` (lower case) a preposition that opens a phrase after a
/// subject (`in`, `through`)?
pub fn is_preposition(word: &str) -> bool {
    PREPOSITIONS.contains(&word)
}

const OBLIQUE_PREPOSITIONS: &[&str] = words!("oblique_prepositions.txt");

/// Is `word` (lower case) a preposition, besides those of
/// `is_preposition`, after which a person named is no subject (`about`,
/// `against`)?
pub fn is_oblique_preposition(word: &str) -> bool {
    OBLIQUE_PREPOSITIONS.contains(&word)
}

/// Is `word` (lower case) a preposition of either list
/// (`is_preposition`, `is_oblique_preposition`): `in`, `of`, `despite`,
/// `about`?
pub fn is_any_preposition(word: &str) -> bool {
    is_preposition(word) || is_oblique_preposition(word)
}

const OCCASION_NOUNS: &[&str] = words!("occasion_nouns.txt");

/// Is `word` (lower case) a noun of an occasion on which something was
/// said (`rally`, `interview`), whose phrase after the object of a topic
/// verb is the writer's (`praised him at a rally`)?
pub fn is_occasion_noun(word: &str) -> bool {
    OCCASION_NOUNS.contains(&word)
}

const KINSHIP_WORDS: &[&str] = words!("kinship_words.txt");

/// Is `word` (lower case) a word for a relative (`sister`, `uncle`)?
pub fn is_kinship_word(word: &str) -> bool {
    KINSHIP_WORDS.contains(&word)
}

const SEX_NOUNS: &[&str] = words!("sex_nouns.txt");

/// Is `word` (lower case) a noun for a person by sex alone (`lady`,
/// `man`), not by a trade or a relation?
pub fn is_sex_noun(word: &str) -> bool {
    SEX_NOUNS.contains(&word)
}

const OTHER_PERSON_MODIFIERS: &[&str] = words!("other_person_modifiers.txt");

/// Does `word` (lower case) set a person described apart from others
/// (`the second gentleman`, `the other man`)?
pub fn is_other_person_modifier(word: &str) -> bool {
    OTHER_PERSON_MODIFIERS.contains(&word)
}

const AGE_ADJECTIVES: &[&str] = words!("age_adjectives.txt");

/// Is `word` (lower case) an adjective of old age (`old`, `elderly`)?
pub fn is_age_adjective(word: &str) -> bool {
    AGE_ADJECTIVES.contains(&word)
}

static ELDER_KIN: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| tagged("elder_kin.txt"));

/// The gender of a word for an old relative that a character may be
/// known by (`grandmother` → female), if `word` (lower case) is one.
pub fn elder_kin(word: &str) -> Option<Gender> {
    ELDER_KIN.get(word).map(|t| Gender::from_tag(t))
}

const EPITHETS: &[&str] = words!("epithets.txt");

/// Is `word` (lower case) an epithet before a name (`old`, `poor`)?
pub fn is_epithet(word: &str) -> bool {
    EPITHETS.contains(&word)
}

const COLLECTIVE_NOUNS: &[&str] = words!("collective_nouns.txt");

/// Is `word` (lower case) a word for people that is plural with no -s
/// (`police`, `staff`)?
pub fn is_collective_noun(word: &str) -> bool {
    COLLECTIVE_NOUNS.contains(&word)
}

const BODY_NOUNS: &[&str] = words!("body_nouns.txt");

/// Is `word` (lower case) a word for a body of people that acts as one
/// with no organisation (`the community`, `the crowd`)?
pub fn is_body_noun(word: &str) -> bool {
    BODY_NOUNS.contains(&word)
}

const NOT_PLURAL_NOUNS: &[&str] = words!("not_plural_nouns.txt");

/// Is `word` (lower case) a word in -s that is no plural noun (`always`,
/// `news`)?
pub fn is_not_plural_noun(word: &str) -> bool {
    NOT_PLURAL_NOUNS.contains(&word)
}

const SOURCE_STOPS: &[&str] = words!("source_stops.txt");

/// Is `word` (lower case) a word that ends the noun phrase of a source
/// after `according to` (`that`, `to`)?
pub fn is_source_stop(word: &str) -> bool {
    SOURCE_STOPS.contains(&word)
}

const TIME_NOUNS: &[&str] = words!("time_nouns.txt");

/// Is `word` (any ASCII case) a word that names a time (`week`, `today`)?
pub fn is_time_noun(word: &str) -> bool {
    any_ascii_case(TIME_NOUNS, word)
}

const TIME_OPENERS: &[&str] = words!("time_openers.txt");

/// Is `word` (any ASCII case) a word that opens a time phrase (`last`,
/// `earlier`, `on`)?
pub fn is_time_opener(word: &str) -> bool {
    any_ascii_case(TIME_OPENERS, word)
}

const QUANTIFIERS: &[&str] = words!("quantifiers.txt");

/// Is `word` (any ASCII case) a quantifier that may stand alone as a
/// subject (`some`, `others`)?
pub fn is_quantifier(word: &str) -> bool {
    any_ascii_case(QUANTIFIERS, word)
}

const QUANTITY_HEADS: &[&str] = words!("quantity_heads.txt");

/// Is `word` (lower case) a word that counts the people named after its
/// `of` (`handful`, `dozens`, `most`)?
pub fn is_quantity_head(word: &str) -> bool {
    QUANTITY_HEADS.binary_search(&word).is_ok()
}

/// Is `word` one of `list` (lower-case words), in any ASCII case? Read
/// without lower-casing it, as these are asked at every cue.
fn any_ascii_case(list: &[&str], word: &str) -> bool {
    list.iter().any(|w| word.eq_ignore_ascii_case(w))
}

/// The whole text is scanned (news holds none of the cues): with SIMD, the
/// packed searcher for a few literals; else a DFA without prefilter, which
/// reads each byte once (rare-byte search finds `r`, `d` and `e` in most
/// words). The packed searcher matches leftmost-first; as no cue holds
/// another (a test says so), the cues found one after another are the
/// same as with the DFA's standard semantics.
enum CueSearcher {
    Packed(aho_corasick::packed::Searcher),
    Dfa(aho_corasick::AhoCorasick),
}

static FICTION_CUES: LazyLock<CueSearcher> = LazyLock::new(|| {
    let cues = || entries(file("fiction_cues.txt")).map(|c| c.replace('_', " "));
    let mut packed = aho_corasick::packed::Config::new().builder();
    match packed.extend(cues()).build() {
        Some(searcher) => CueSearcher::Packed(searcher),
        None => CueSearcher::Dfa(
            aho_corasick::AhoCorasick::builder()
                .kind(Some(aho_corasick::AhoCorasickKind::DFA))
                .prefilter(false)
                .build(cues())
                .expect("the fiction cues build an automaton"),
        ),
    }
});

/// How many phrases that mark dialogue in novels (`said he`, `cried`)
/// `text` holds, counting up to `limit`.
pub fn fiction_cues(text: &str, limit: usize) -> usize {
    match &*FICTION_CUES {
        CueSearcher::Packed(s) => s.find_iter(text).take(limit).count(),
        CueSearcher::Dfa(s) => s.find_iter(text).take(limit).count(),
    }
}

static FIRST_NAMES: LazyLock<HashMap<&'static str, &'static str>> =
    LazyLock::new(|| tagged("first_names.txt"));

/// Gender of a common first name, `None` for names not in the list.
pub fn first_name(word: &str) -> Option<Gender> {
    FIRST_NAMES.get(word).map(|t| Gender::from_tag(t))
}

/// Gender of a first name written with accents that the list writes
/// without (`François`, `José`, `Zoë`), `None` for a name in plain ASCII
/// (`first_name` has looked it up) or not in the list.
pub fn accented_first_name(word: &str) -> Option<Gender> {
    use unicode_normalization::UnicodeNormalization;
    if word.is_ascii() {
        return None;
    }
    let plain: String = word
        .nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .collect();
    first_name(&plain)
}

/// Build every word list now, on the calling thread (see
/// `crate::prepare`).
pub fn load() {
    LazyLock::force(&SPEECH_VERBS);
    LazyLock::force(&CLAUSE_VERBS);
    LazyLock::force(&TOPIC_VERBS);
    LazyLock::force(&TOPIC_NOUNS);
    LazyLock::force(&TITLES);
    LazyLock::force(&ABBREVIATED_FILTER);
    LazyLock::force(&ABBREVIATIONS);
    LazyLock::force(&STARTERS);
    LazyLock::force(&WORK_NOUNS);
    LazyLock::force(&STATEMENT_NOUNS);
    LazyLock::force(&NAMING_WORDS);
    LazyLock::force(&PRONOUNS);
    LazyLock::force(&SPEAKER_NOUNS);
    LazyLock::force(&ORG_WORDS);
    LazyLock::force(&MODIFIERS);
    LazyLock::force(&ROLE_MODIFIERS);
    LazyLock::force(&PARTICLES);
    LazyLock::force(&SUFFIXES);
    LazyLock::force(&NOT_NAMES);
    LazyLock::force(&PLACES);
    LazyLock::force(&FICTION_CUES);
    LazyLock::force(&FIRST_NAMES);
    LazyLock::force(&CLASSES);
    LazyLock::force(&CLASS_FILTERS);
}

/// What the word lists say of a word, as bits: computed once per token
/// (`classes`), so that rules test bits instead of looking words up again.
pub mod class {
    pub const SPEECH_VERB: u32 = 1;
    pub const CLAUSE_VERB: u32 = 1 << 1;
    pub const PRONOUN: u32 = 1 << 2;
    pub const TITLE: u32 = 1 << 3;
    pub const SPEAKER_NOUN: u32 = 1 << 4;
    pub const ORG_WORD: u32 = 1 << 5;
    pub const ROLE_MODIFIER: u32 = 1 << 6;
    pub const VERB_MODIFIER: u32 = 1 << 7;
    pub const NOT_NAME: u32 = 1 << 8;
    pub const FIRST_NAME: u32 = 1 << 9;
    pub const PLACE: u32 = 1 << 10;
    /// The base form of a speech or clause verb (`comment`, `call`), which
    /// may be a noun (`a Twitter comment`).
    pub const VERB_BASE: u32 = 1 << 11;
    /// A word written with a capital that may be part of a name or a role:
    /// not a compound adjective (`Democratic-backed`). Set by the
    /// tokenizer, which reads the first character anyway.
    pub const CAPITAL: u32 = 1 << 12;
    /// A form of a verb whose prepositional object is what was said
    /// (`talked` about, `called` for).
    pub const TOPIC_VERB: u32 = 1 << 13;
    /// A statement or a finding noun, or its plural in -s (`statement`,
    /// `polls`).
    pub const DOCUMENT: u32 = 1 << 14;
    /// A word the lists say is no name (`May`, `From`, `Will`) that the
    /// document uses as a surname (`Theresa May`): set per document by
    /// `attribute::context`, never by the lists.
    pub const SURNAME: u32 = 1 << 15;
    /// A form of a clause verb that reports only with its particle
    /// (`pointed` out, `made` clear): `clause_verb_particle`.
    pub const PHRASAL_VERB: u32 = 1 << 16;
    /// A form of a verb of hoping or intending (`hopes`, `planned`), whose
    /// infinitive is what the subject means to do.
    pub const INTENTION_VERB: u32 = 1 << 17;
    /// A word that narration in novels uses far more often than news
    /// (`narration_words.txt`: `had`, `she`).
    pub const NARRATION_WORD: u32 = 1 << 18;
    /// A noun whose prepositional object is what was said (`attacks` on,
    /// `mention` of): `topic_nouns.txt`.
    pub const TOPIC_NOUN: u32 = 1 << 19;
    /// A form of a verb of refusing (`declined`, `refuses`), whose
    /// infinitive is what the subject would not do: `refusal_verbs.txt`.
    pub const REFUSAL_VERB: u32 = 1 << 20;
    /// A word of a role before a name: title, speaker noun, organisation
    /// word or role modifier.
    pub const ROLE: u32 = TITLE | SPEAKER_NOUN | ORG_WORD | ROLE_MODIFIER;
}

/// `Democratic-backed`, `Obama-era`, `GOP-led`: a capital before a hyphen
/// and a participle or `era`, `style` after it make an adjective, not a
/// name (unlike `García-López`, or `Ki-moon` and `Yong-pyo`, whose second
/// syllable is in lower case).
pub fn is_compound_adjective(word: &str) -> bool {
    // Most capitalized words end in none of these: look no further.
    const ENDINGS: [&str; 6] = ["ed", "era", "style", "like", "born", "based"];
    if !(matches!(word.as_bytes().last(), Some(b'd' | b'a' | b'e' | b'n'))
        && ENDINGS.iter().any(|e| word.ends_with(e)))
    {
        return false;
    }
    word.rsplit_once('-').is_some_and(|(head, tail)| {
        !head.is_empty()
            && tail.len() > 2
            && tail.bytes().all(|b| b.is_ascii_lowercase())
            && (tail.ends_with("ed") || matches!(tail, "era" | "style" | "like" | "born" | "based"))
    })
}

/// Lower-case words → classes, from every list that is matched in lower
/// case; and capitalized words → classes, from the lists of names.
/// Lower-case words → classes, and capitalized words → classes.
/// The lower-case words are bytes, so that a word lower-cased on the stack
/// is looked up without checking it is UTF-8 again.
type ClassMaps = (HashMap<Box<[u8]>, u32>, HashMap<&'static str, u32>);

static CLASSES: LazyLock<ClassMaps> = LazyLock::new(|| {
    let mut lower: HashMap<Box<[u8]>, u32> = HashMap::default();
    let mut add = |w: &str, bit: u32| *lower.entry(w.as_bytes().into()).or_default() |= bit;
    for (w, v) in SPEECH_VERBS.iter() {
        add(w, class::SPEECH_VERB);
        if *w == v.lemma {
            add(w, class::VERB_BASE);
        }
    }
    for (w, lemma) in CLAUSE_VERBS.0.iter() {
        add(w, class::CLAUSE_VERB);
        if w == lemma {
            add(w, class::VERB_BASE);
        }
    }
    // (`pointing` is a speech verb whose base form takes a particle.)
    let lemmas = (CLAUSE_VERBS.0.iter().map(|(w, l)| (*w, *l)))
        .chain(SPEECH_VERBS.iter().map(|(w, v)| (*w, v.lemma)));
    for (w, lemma) in lemmas {
        if clause_verb_particle(lemma).is_some() {
            add(w, class::PHRASAL_VERB);
        }
    }
    for w in TOPIC_VERBS.keys() {
        add(w, class::TOPIC_VERB);
    }
    for w in TOPIC_NOUNS.keys() {
        add(w, class::TOPIC_NOUN);
    }
    for w in INTENTION_VERBS {
        add(w, class::INTENTION_VERB);
    }
    for w in REFUSAL_VERBS {
        add(w, class::REFUSAL_VERB);
    }
    for w in NARRATION_WORDS {
        add(w, class::NARRATION_WORD);
    }
    for w in STATEMENT_NOUNS.iter().chain(FINDING_NOUNS.iter()) {
        add(w, class::DOCUMENT);
        add(&plural(w), class::DOCUMENT);
    }
    for (w, _) in PRONOUNS.iter() {
        add(w, class::PRONOUN);
    }
    for w in TITLES.0.iter().chain(TITLES.1.iter()) {
        add(w, class::TITLE);
    }
    for (w, _) in SPEAKER_NOUNS.iter() {
        add(w, class::SPEAKER_NOUN);
        add(&format!("{w}s"), class::SPEAKER_NOUN);
        if let Some(stem) = w.strip_suffix("man") {
            add(&format!("{stem}men"), class::SPEAKER_NOUN);
        }
    }
    for w in ORG_WORDS.iter() {
        add(w, class::ORG_WORD);
    }
    for w in ROLE_MODIFIERS.iter() {
        add(w, class::ROLE_MODIFIER);
    }
    for w in MODIFIERS.iter() {
        add(w, class::VERB_MODIFIER);
    }
    // (Room for every name at once: the lists of names are long.)
    let names = NOT_NAMES.len() + STARTERS.len() + FIRST_NAMES.len() + PLACES.len();
    let mut upper: HashMap<&'static str, u32> =
        HashMap::with_capacity_and_hasher(names, Default::default());
    for w in NOT_NAMES.iter().chain(STARTERS.iter()) {
        *upper.entry(w).or_default() |= class::NOT_NAME;
    }
    for (w, _) in FIRST_NAMES.iter() {
        *upper.entry(w).or_default() |= class::FIRST_NAME;
    }
    for w in PLACES.iter() {
        *upper.entry(w).or_default() |= class::PLACE;
    }
    (lower, upper)
});

/// A bit per (first two letters, last letter, length) of the words of the
/// lists matched in lower case, and of the lists of names (lower-cased):
/// most words of a text are in no list, and this says so without a
/// hash-map lookup. The lists of names hold the commonest words (`The`,
/// `But`, `Will`), hence a filter of their own, read only for capitalized
/// words.
static CLASS_FILTERS: LazyLock<[Filter; 2]> = LazyLock::new(|| {
    let bits = |indices: &mut dyn Iterator<Item = usize>| {
        let mut bits = [0u64; FILTER_WORDS];
        for i in indices {
            bits[i / 64] |= 1 << (i % 64);
        }
        bits
    };
    // (`filter_index` reads ASCII letters in lower case: an ASCII name is
    // not lower-cased into a String first.)
    let lowered_index = |k: &str| match k.is_ascii() {
        true => filter_index(k.as_bytes()),
        false => filter_index(k.to_lowercase().as_bytes()),
    };
    [
        bits(&mut CLASSES.0.keys().map(|k| filter_index(k))),
        bits(&mut CLASSES.1.keys().map(|k| lowered_index(k))),
    ]
});

/// A filter: one bit per `filter_index`, as words of the array (no bounds
/// to check).
type Filter = [u64; FILTER_WORDS];

fn may_hold(filter: &Filter, i: usize) -> bool {
    filter[(i / 64) % FILTER_WORDS] & (1 << (i % 64)) != 0
}

const FILTER_BITS: usize = 1 << 16;
const FILTER_WORDS: usize = FILTER_BITS / 64;

/// The filter bit of `w`, its ASCII letters read in lower case: the same
/// for a word as written and for its lower-case form, whenever the two
/// differ only in ASCII letters.
fn filter_index(w: &[u8]) -> usize {
    let at = |i: usize| w.get(i).map_or(0, |b| u32::from(b.to_ascii_lowercase()));
    let h = (at(0) << 24) ^ (at(1) << 16) ^ (at(w.len().wrapping_sub(1)) << 8) ^ w.len() as u32;
    (h.wrapping_mul(0x9e37_79b1) >> 16) as usize % FILTER_BITS
}

/// `filter_index` of a word without ASCII capitals, which need no
/// lower-casing.
#[inline(always)]
fn filter_index_of_lower(w: &[u8]) -> usize {
    debug_assert!(!w.iter().any(u8::is_ascii_uppercase));
    let at = |i: usize| w.get(i).map_or(0, |&b| u32::from(b));
    let h = (at(0) << 24) ^ (at(1) << 16) ^ (at(w.len().wrapping_sub(1)) << 8) ^ w.len() as u32;
    (h.wrapping_mul(0x9e37_79b1) >> 16) as usize % FILTER_BITS
}

/// The classes of a word as written (any case; a final period allowed):
/// two lookups, whatever the number of lists.
pub fn classes(word: &str) -> u32 {
    classes_of(word, word.to_ascii_lowercase().as_bytes(), word.is_ascii())
}

/// `classes` of `word`, given `lowered`: its lower case (as `lower`) when
/// `known` (the tokenizer reads it from the text lowered once); else read
/// only for a word that lower-cases byte by byte, whose ASCII lower case
/// it is then.
#[inline]
pub fn classes_of(word: &str, lowered: &[u8], known: bool) -> u32 {
    debug_assert!(!known || lowered == lower(word).as_bytes());
    debug_assert!(!plain_case(word) || lowered == word.to_ascii_lowercase().as_bytes());
    let bare = without_final_periods(word);
    // The lower case of a word is `lowered` when known (nearly always),
    // and so for a word whose only other characters than ASCII have no
    // case (`Kerry’s`, `It’s`); any other is lower-cased into a String.
    // (Without its final periods, its lower case is that of `bare`.)
    let owned;
    let w: &[u8] = if known || plain_case(bare) {
        &lowered[..bare.len()]
    } else {
        owned = lower(bare);
        owned.as_bytes()
    };
    let mut c = 0;
    // Adverbs in -ly, as `is_verb_modifier` says.
    if w.len() > 4 && w.ends_with(b"ly") && w.iter().all(u8::is_ascii_alphabetic) {
        c |= class::VERB_MODIFIER;
    }
    let i = filter_index_of_lower(w);
    let [lower_lists, name_lists] = &*CLASS_FILTERS;
    if may_hold(lower_lists, i) {
        c |= CLASSES.0.get(w).copied().unwrap_or(0);
    }
    if may_hold(name_lists, i) && bare.starts_with(|ch: char| ch.is_uppercase()) {
        c |= CLASSES.1.get(bare).copied().unwrap_or(0);
    }
    c
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn entries_are_lines_without_comments_or_blanks() {
        let data = "# a comment\n\nsaid  # trailing\r\n  told \nwrote # x # y\nasked";
        assert_eq!(
            entries(data).collect::<Vec<_>>(),
            ["said", "told", "wrote", "asked"]
        );
        for (_, data) in FILES {
            let by_lines: Vec<&str> = (data.lines())
                .map(|l| l.split('#').next().unwrap_or("").trim())
                .filter(|l| !l.is_empty())
                .collect();
            assert_eq!(entries(data).collect::<Vec<_>>(), by_lines);
        }
    }

    #[test]
    fn every_list_is_sorted_and_free_of_duplicates() {
        for (name, data) in FILES {
            let lines: Vec<&str> = entries(data).collect();
            for pair in lines.windows(2) {
                assert!(
                    pair[0] < pair[1],
                    "{name}: {:?} before {:?}",
                    pair[0],
                    pair[1]
                );
            }
        }
        // Lists of a word and its tags or forms name each word once.
        for name in [
            "clause_verbs.txt",
            "first_names.txt",
            "pronouns.txt",
            "speaker_nouns.txt",
            "speech_verbs.txt",
            "topic_nouns.txt",
            "topic_verbs.txt",
        ] {
            let mut words: Vec<&str> = entries(file(name))
                .filter_map(|l| l.split_whitespace().next())
                .collect();
            let n = words.len();
            words.dedup();
            assert_eq!(words.len(), n, "{name} names a word twice");
        }
    }

    #[test]
    fn lists_read_at_compile_time_are_their_files() {
        for (name, words) in WORD_SLICES {
            let listed: Vec<&str> = entries(file(name)).collect();
            assert_eq!(*words, listed.as_slice(), "{name}");
            for w in *words {
                assert!(
                    w.is_ascii() && *w == w.to_lowercase(),
                    "{name}: {w:?} is not an ASCII word in lower case"
                );
            }
        }
        assert!(is_noun_marker("the") && !is_noun_marker("The"));
        assert!(is_time_noun("Week") && is_quantifier("SOME") && !is_time_opener("next"));
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

    #[test]
    fn abbreviation_filter_admits_every_abbreviation() {
        let words = TITLES
            .1
            .iter()
            .chain(ABBREVIATIONS.iter())
            .chain(SUFFIXES.iter());
        for w in words {
            for v in [w.to_string(), w.to_uppercase(), w.to_lowercase()] {
                assert!(may_be_abbreviated(&v), "{v:?}");
            }
        }
        assert!(!may_be_abbreviated("yesterday"));
    }

    #[test]
    fn genders() {
        assert_eq!(pronoun("she"), Some((Gender::Female, false)));
        assert_eq!(pronoun("they"), Some((Gender::Unknown, true)));
        assert_eq!(speaker_noun("spokeswoman"), Some(Gender::Female));
        assert_eq!(speaker_noun("officials"), Some(Gender::Unknown));
        assert_eq!(speaker_noun("spokesmen"), Some(Gender::Male));
        assert_eq!(first_name("Victoria"), Some(Gender::Female));
        assert_eq!(first_name("John"), Some(Gender::Male));
        assert_eq!(accented_first_name("François"), Some(Gender::Male));
        assert_eq!(accented_first_name("Zoë"), Some(Gender::Female));
        assert_eq!(accented_first_name("John"), None);
        assert!(Gender::Female.agrees(Gender::Unknown) && !Gender::Female.agrees(Gender::Male));
    }

    #[test]
    fn classes_agree_with_the_lists() {
        use class::*;
        for w in [
            "said",
            "Said",
            "told",
            "she",
            "Sen.",
            "spokeswomen",
            "officials",
            "Department",
            "former",
            "later",
            "angrily",
            "Thursday",
            "Victoria",
            "Iowa",
            "table",
            "talked",
            "hopes",
            "railing",
            "attacks",
            "pointed",
            "pointing",
            "made",
            "had",
        ] {
            let c = classes(w);
            let l = w.trim_end_matches('.').to_lowercase();
            assert_eq!(c & SPEECH_VERB != 0, speech_verb(&l).is_some(), "{w}");
            let lemma = clause_verb(&l).or_else(|| speech_verb(&l).map(|v| v.lemma));
            assert_eq!(
                c & PHRASAL_VERB != 0,
                lemma.and_then(clause_verb_particle).is_some(),
                "{w}"
            );
            assert_eq!(c & CLAUSE_VERB != 0, clause_verb(&l).is_some(), "{w}");
            assert_eq!(c & PRONOUN != 0, pronoun(&l).is_some(), "{w}");
            assert_eq!(c & TITLE != 0, is_title(w), "{w}");
            assert_eq!(c & SPEAKER_NOUN != 0, speaker_noun(&l).is_some(), "{w}");
            assert_eq!(c & ORG_WORD != 0, is_org_word(&l), "{w}");
            assert_eq!(c & ROLE_MODIFIER != 0, is_role_modifier(&l), "{w}");
            assert_eq!(c & VERB_MODIFIER != 0, is_verb_modifier(&l), "{w}");
            assert_eq!(c & NOT_NAME != 0, is_not_name(w), "{w}");
            assert_eq!(c & FIRST_NAME != 0, first_name(w).is_some(), "{w}");
            assert_eq!(c & PLACE != 0, is_place(w), "{w}");
            assert_eq!(c & INTENTION_VERB != 0, is_intention_verb(&l), "{w}");
            assert_eq!(c & REFUSAL_VERB != 0, is_refusal_verb(&l), "{w}");
            assert_eq!(c & NARRATION_WORD != 0, is_narration_word(&l), "{w}");
            assert_eq!(
                c & TOPIC_VERB != 0,
                TOPIC_VERBS.contains_key(l.as_str()),
                "{w}"
            );
            assert_eq!(
                c & TOPIC_NOUN != 0,
                TOPIC_NOUNS.contains_key(l.as_str()),
                "{w}"
            );
        }
        assert_eq!(topic_prepositions("railed"), Some("against at*"));
        assert_eq!(topic_prepositions("criticized"), Some("-"));
        assert_eq!(topic_noun_prepositions("attacks"), Some("against on"));
        assert!(is_talk_topic("criticized") && is_talk_topic("lashed"));
        assert!(!is_talk_topic("backs") && !is_talk_topic("voted"));
        assert!(!is_talk_topic("see") && topic_prepositions("viewed") == Some("="));
        assert!(!is_talk_topic("wanted") && topic_prepositions("wants") == Some("-^ ~"));
    }

    /// Rules test a token's class bit before they look its word up in a
    /// list (`t.has(PRONOUN) && pronoun(&w)`), which is right only while the
    /// bit is set for every word the lookup finds: lists matched in lower
    /// case hold lower-case words without a final period, and lists of
    /// names hold capitalized words.
    #[test]
    fn class_bits_cover_the_lookups() {
        for name in [
            "clause_verbs.txt",
            "finding_nouns.txt",
            "org_words.txt",
            "pronouns.txt",
            "role_modifiers.txt",
            "speaker_nouns.txt",
            "speech_verbs.txt",
            "statement_nouns.txt",
            "verb_modifiers.txt",
        ] {
            for line in entries(file(name)) {
                for w in line.split_whitespace() {
                    assert!(
                        !w.ends_with('.') && w == w.to_lowercase(),
                        "{name}: {w:?} is not a lower-case word without a final period"
                    );
                }
            }
        }
        for name in ["not_names.txt", "sentence_starters.txt", "places.txt"] {
            for w in entries(file(name)) {
                assert!(
                    w.starts_with(char::is_uppercase),
                    "{name}: {w:?} is not capitalized"
                );
            }
        }
    }

    #[test]
    fn no_fiction_cue_holds_another() {
        let cues: Vec<String> = entries(file("fiction_cues.txt"))
            .map(|c| c.replace('_', " "))
            .collect();
        for a in &cues {
            for b in &cues {
                assert!(a == b || !a.contains(b), "{a:?} holds {b:?}");
            }
        }
    }

    #[test]
    fn plain_case_is_general_punctuation_and_ascii() {
        for c in (0..0x3000).filter_map(char::from_u32) {
            let w = format!("Ab{c}Cd");
            let plain = c.is_ascii() || ('\u{2000}'..='\u{206f}').contains(&c);
            assert_eq!(plain_case(&w), plain, "{c:?}");
            if plain {
                assert_eq!(lower(&w), w.to_lowercase(), "{c:?}");
            }
        }
    }

    #[test]
    fn name_parts() {
        assert!(is_name_particle("al") && is_name_suffix("Jr.") && is_not_name("Thursday"));
        assert!(is_org_word("department") && is_verb_modifier("later"));
    }
}
