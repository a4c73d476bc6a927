//! What the attribution rules look at: the tokens of every sentence, and
//! where each quotation's marks fall among them.

use std::borrow::Cow;

use std::cell::{OnceCell, RefCell};

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::document::Analysis;
use crate::lexicon;
use crate::span::Span;
use crate::speaker::mention::{self, Mention, names_in};
use crate::token::{Token, tokenize_into};

/// Tokens of every sentence of a document, and the quotation spans.
pub struct Context<'a, 't> {
    pub text: &'t str,
    pub analysis: &'a Analysis,
    p: Prepared<'t>,
}

/// Counts of the words of a text that tell a novel from news: novels
/// narrate (`she had gone`) and punctuate with `;` and `!`; news names
/// people and bodies, capitalized inside sentences, and gives figures.
#[derive(Clone, Copy, Debug, Default)]
pub struct Style {
    /// Words (figures included).
    pub words: usize,
    /// Capitalized words that open no sentence or clause, but `I`.
    pub capitalized: usize,
    /// Words that start with a digit.
    pub figures: usize,
    /// Semicolons and exclamation marks.
    pub marks: usize,
    /// Words of `narration_words.txt` (`had`, `she`).
    pub narration: usize,
}

impl Style {
    /// Count token `t`, which `opens` a sentence or clause or not.
    #[inline]
    fn count(&mut self, t: &Token, opens: bool) {
        let first = t.text().as_bytes().first().copied().unwrap_or(0);
        if !t.is_word() {
            self.marks += usize::from(first == b';' || first == b'!');
            return;
        }
        self.words += 1;
        if first.is_ascii_digit() {
            self.figures += 1;
        } else if t.has(lexicon::class::NARRATION_WORD) {
            self.narration += 1;
        } else if !opens && t.is_capitalized() && !first_person(t.text()) {
            self.capitalized += 1;
        }
    }
}

/// Is `word` the pronoun `I` (`I`, `I’m`, `I'll`)?
fn first_person(word: &str) -> bool {
    word.strip_prefix('I')
        .is_some_and(|rest| !rest.starts_with(char::is_alphabetic))
}

/// What a `Context` computes from the text, kept while the analysis it
/// borrows changes (reported speech adds quotations).
pub struct Prepared<'t> {
    /// Tokens of all sentences, one after another; `ranges` gives each
    /// sentence's.
    tokens: Vec<Token<'t>>,
    ranges: Vec<(usize, usize)>,
    /// Outer spans (marks included) of quotations, sorted by start.
    quoted: Vec<Span>,
    /// Words that open a sentence or clause with a capital and are written
    /// in lower case somewhere else in the text (lower-cased).
    common: HashSet<String>,
    /// Per token (as `tokens`): is it a speech verb used as one?
    cues: Vec<bool>,
    /// Per sentence: the names and organisations it mentions.
    names: Vec<Vec<Mention>>,
    /// Per paragraph: is every word of it inside a quotation, with no cue?
    quote_only: Vec<bool>,
    /// Tokens (as `tokens`) whose lower case is `according`, in order.
    according: Vec<usize>,
    /// What the words of the text are like (novel or news).
    style: Style,
    /// `subject_before` and `phrase_after` at a token (as `tokens`), once
    /// asked: the rules ask again for the same cues.
    subjects: RefCell<HashMap<usize, Option<Mention>>>,
    phrases_after: RefCell<HashMap<usize, Option<Mention>>>,
    /// Does the text read as a novel (`dialogue::is_fiction`), once asked:
    /// one answer per document, whichever rule asks.
    fiction: OnceCell<bool>,
}

impl<'a, 't> Context<'a, 't> {
    /// Give up the borrow of the analysis, keeping what was computed.
    pub fn into_prepared(self) -> Prepared<'t> {
        self.p
    }

    /// A context again, over the same text and sentences. Quotations added
    /// since (reported speech) do not change what counts as quoted.
    pub fn from_prepared(text: &'t str, analysis: &'a Analysis, p: Prepared<'t>) -> Self {
        Context { text, analysis, p }
    }

    /// The context of `text`, whose lower case for the tokenizer
    /// (`token::lowered_text`) is `lowered`: the tokens borrow their lower
    /// case from it.
    pub fn new(text: &'t str, lowered: &'t str, analysis: &'a Analysis) -> Self {
        // News text has a token every 4.5 bytes or so: one allocation.
        let mut tokens: Vec<Token> = Vec::with_capacity(text.len() / 4);
        let mut ranges = Vec::with_capacity(analysis.sentences.len());
        for s in &analysis.sentences {
            let start = tokens.len();
            tokenize_into(text, lowered, s.span, &mut tokens);
            ranges.push((start, tokens.len()));
        }
        surnames_as_names(&mut tokens);
        // Reported clauses are not quotations: names and cues inside them
        // count.
        let mut quoted: Vec<Span> = analysis
            .quotes
            .iter()
            .filter(|q| !q.kind.is_reported())
            .flat_map(outer_parts)
            .collect();
        quoted.sort();
        // Capitalized words where a name may start a sentence or clause
        // (lower-cased), each marked once it is seen...
        let mut openers: HashMap<Cow<str>, bool> =
            HashMap::with_capacity_and_hasher(ranges.len(), Default::default());
        let mut unseen = WordShapes::default();
        let mut style = Style::default();
        for &(a, b) in &ranges {
            let toks = &tokens[a..b];
            for (i, t) in toks.iter().enumerate() {
                let opens = i == 0 || !toks[i - 1].is_word() && !toks[i - 1].is(',');
                style.count(t, opens);
                if opens && t.is_capitalized() {
                    let w = t.lower();
                    if let std::collections::hash_map::Entry::Vacant(e) = openers.entry(w) {
                        unseen.add(e.key());
                        e.insert(false);
                    }
                }
            }
        }
        // ...written in lower case elsewhere: a word is looked up only
        // while an opener of its shape is still unseen (`the`, on every
        // line, once). The same pass finds `according`.
        let mut according = Vec::new();
        let mut put = Vec::new();
        // A word is read from its span (first byte and length) until its
        // shape says it may be an unseen opener: most are not.
        for (k, t) in tokens.iter().enumerate() {
            if !t.is_word() {
                continue;
            }
            let len = t.span.end - t.span.start;
            // A word whose lower case is `according` has at least its 9
            // bytes (no character lower-cases to more ASCII bytes than it
            // has), and is `according` in ASCII whatever its case: of the
            // characters beyond ASCII, only the Kelvin sign lower-cases to
            // ASCII (`k`). Compared in place: `lower` would copy every long
            // word with an accented capital (`Présidentielle`).
            if len >= 9 && t.text().eq_ignore_ascii_case("according") {
                according.push(k);
            }
            // (`put it`, a verb of speech: see the cues below.)
            if matches!(len, 3 | 4) && {
                let w = &text.as_bytes()[t.span.start..t.span.end];
                w.eq_ignore_ascii_case(b"put") || w.eq_ignore_ascii_case(b"puts")
            } {
                put.push(k);
            }
            let first = text.as_bytes()[t.span.start];
            if unseen.may_hold_shape(first, len)
                && if first.is_ascii() {
                    first.is_ascii_lowercase()
                } else {
                    t.text().starts_with(|c: char| c.is_lowercase())
                }
                && let Some(seen) = openers.get_mut(t.text())
                && !*seen
            {
                *seen = true;
                unseen.remove(t.text());
            }
        }
        let common: HashSet<String> = openers
            .into_iter()
            .filter(|&(_, seen)| seen)
            .map(|(w, _)| w.into_owned())
            .collect();
        let p = Prepared {
            tokens,
            ranges,
            quoted,
            common,
            cues: Vec::new(),
            names: Vec::new(),
            quote_only: Vec::new(),
            according,
            style,
            subjects: RefCell::default(),
            phrases_after: RefCell::default(),
            fiction: OnceCell::new(),
        };
        let mut context = Context { text, analysis, p };
        // Most tokens are no verb of speech: their bit says so, in one pass
        // over all of them; the few that may be are then asked whether they
        // are used as one.
        let mut cues: Vec<bool> = (context.p.tokens.iter())
            .map(|t| t.has(lexicon::class::SPEECH_VERB))
            .collect();
        for (s, &(a, b)) in context.p.ranges.iter().enumerate() {
            for (i, cue) in cues[a..b].iter_mut().enumerate() {
                if *cue {
                    *cue = context.used_as_verb(
                        s,
                        i,
                        lexicon::class::SPEECH_VERB,
                        lexicon::is_noun_marker,
                    );
                }
            }
        }
        // `as Tom Ridge put it: “…”`: `put it` before a colon, a comma or
        // a full stop is a verb of speech too.
        for k in put {
            let s = context.p.ranges.partition_point(|&(_, b)| b <= k);
            let i = k - context.p.ranges[s].0;
            if context.word(s, i + 1) == "it"
                && context.toks(s).get(i + 2).is_some_and(|t| {
                    t.is(':') || t.is(',') || t.is('.')
                })
                && !context.inside_quote(context.toks(s)[i].span.start)
                // (Its subject before it: not `“…,” put it`.)
                && i > 0
                && context.toks(s)[i - 1].kind != crate::token::TokenKind::Quote
            {
                cues[k] = true;
            }
        }
        // The rules ask for the phrases at the cues: room for as many.
        let cue_count = cues.iter().filter(|&&c| c).count();
        context.p.subjects = RefCell::new(HashMap::with_capacity_and_hasher(
            cue_count,
            Default::default(),
        ));
        context.p.phrases_after = RefCell::new(HashMap::with_capacity_and_hasher(
            cue_count,
            Default::default(),
        ));
        context.p.cues = cues;
        // (Names inside quotations are no one's mention: every reader of
        // the names leaves them out, so they are not looked for.)
        context.p.names = (0..context.sentence_count())
            .map(|s| {
                let mut names = names_in(
                    context.toks(s),
                    text,
                    &|t| {
                        let p = &context.p;
                        !p.common.is_empty() && p.common.contains(t.lower().as_ref())
                    },
                    &|t| context.inside_quote(t.span.start),
                );
                if in_heading(text, analysis, s) {
                    names.retain(|m| !in_capitals(m.name.slice(text)));
                }
                names
            })
            .collect();
        // Tokens are read in order: the quotations before each are counted
        // on from the last, not searched for again.
        let mut quoted = QuotedSoFar::new(&context.p.quoted);
        let quote_only = (0..analysis.paragraphs.len())
            .map(|p| {
                context.sentences_of(p).all(|s| {
                    let cues = context.cues_of(s);
                    context
                        .toks(s)
                        .iter()
                        .zip(cues)
                        .all(|(t, &cue)| !cue && (!t.is_word() || quoted.inside(t.span.start)))
                })
            })
            .collect();
        context.p.quote_only = quote_only;
        context
    }

    /// What the words of the text are like (novel or news).
    pub fn style(&self) -> &Style {
        &self.p.style
    }

    /// Does the text read as a novel (`dialogue::is_fiction`)? Decided
    /// once per document and kept.
    pub fn fiction(&self) -> bool {
        *self
            .p
            .fiction
            .get_or_init(|| super::dialogue::is_fiction(self))
    }

    /// Is paragraph `p` nothing but quotations, with no speech cue outside
    /// them?
    pub fn quote_only(&self, p: usize) -> bool {
        self.p.quote_only.get(p).copied().unwrap_or(false)
    }

    /// The tokens of sentence `s`.
    pub fn toks(&self, s: usize) -> &[Token<'t>] {
        let (a, b) = self.p.ranges[s];
        &self.p.tokens[a..b]
    }

    /// How many sentences there are.
    pub fn sentence_count(&self) -> usize {
        self.p.ranges.len()
    }

    /// Is `word` (lower case), written with a capital at the start of a
    /// sentence, written in lower case somewhere else in the text?
    pub fn is_common(&self, word: &str) -> bool {
        self.p.common.contains(word)
    }

    /// The names of sentence `s` that end by token `end` (see `names_in`).
    pub fn names(&self, s: usize, end: usize) -> impl Iterator<Item = &Mention> {
        self.p.names[s].iter().filter(move |m| m.tokens.1 <= end)
    }

    /// Does `span` overlap a quotation that is speech (marks included)?
    pub fn overlaps_speech(&self, span: Span) -> bool {
        self.overlaps_speech_but(span, |_| false)
    }

    /// Does `span` overlap a quotation that is speech, other than a
    /// fragment quoted inside it (`Paul Ryan: FBI Decision ‘Defies
    /// Explanation,’ Needs More Investigation`)?
    pub fn overlaps_speech_around_fragments(&self, span: Span) -> bool {
        self.overlaps_speech_but(span, |q| {
            q.kind == crate::Kind::Partial && span.start < q.outer.start
        })
    }

    /// Does `span` overlap a quotation that is speech and not `allowed`?
    /// Quotations do not overlap each other, so only those that start
    /// before the span's end and end after its start are candidates.
    fn overlaps_speech_but(&self, span: Span, allowed: impl Fn(&crate::Quote) -> bool) -> bool {
        let quotes = &self.analysis.quotes;
        let i = quotes.partition_point(|q| q.outer.start < span.end);
        quotes[..i]
            .iter()
            .rev()
            .take_while(|q| !q.kind.is_speech() || q.outer.end > span.start)
            .any(|q| q.kind.is_speech() && q.outer.end > span.start && !allowed(q))
    }

    /// Is byte `at` inside a quotation (marks included)?
    pub fn inside_quote(&self, at: usize) -> bool {
        let i = self.p.quoted.partition_point(|s| s.start <= at);
        i > 0 && self.p.quoted[i - 1].contains_offset(at)
    }

    /// The sentences of paragraph `p`, as a range of sentence indices.
    pub fn sentences_of(&self, p: usize) -> std::ops::Range<usize> {
        let sentences = &self.analysis.sentences;
        sentences.partition_point(|s| s.paragraph < p)
            ..sentences.partition_point(|s| s.paragraph <= p)
    }

    /// The quotations of paragraph `p` (where they start), as a range of
    /// quotation indices.
    pub fn quotes_of(&self, p: usize) -> std::ops::Range<usize> {
        let quotes = &self.analysis.quotes;
        quotes.partition_point(|q| q.paragraph < p)..quotes.partition_point(|q| q.paragraph <= p)
    }

    /// Index of the first token of sentence `s` that starts at or after `at`.
    pub fn token_at(&self, s: usize, at: usize) -> usize {
        self.toks(s).partition_point(|t| t.span.start < at)
    }

    /// `mention::subject_before` the token `end` of sentence `s`.
    /// A subject that a relative clause without commas follows (`Voters
    /// who live in the city say`) is the phrase before `who` with the
    /// clause, as PolNeAR marks it, not the clause's object (`the city`).
    pub fn subject_before(&self, s: usize, end: usize) -> Option<Mention> {
        self.memo(&self.p.subjects, s, end, |toks, text, end| {
            let m = mention::subject_before(toks, text, end);
            relative_subject(toks, text, end, m.as_ref()).or(m)
        })
    }

    /// `mention::phrase_after` from the token `start` of sentence `s`.
    /// A description with a relative clause without commas after it
    /// (`said a Mexican official who was not authorized to speak`) takes
    /// the clause, as PolNeAR marks it.
    pub fn phrase_after(&self, s: usize, start: usize) -> Option<Mention> {
        self.memo(&self.p.phrases_after, s, start, |toks, text, start| {
            mention::phrase_after(toks, text, start).map(|m| with_relative(toks, m))
        })
    }

    /// `find(tokens of sentence s, text, i)`, kept in `memo` under the
    /// token's index in the document, so that each rule asking for the
    /// same phrase gets it without computing it again.
    fn memo(
        &self,
        memo: &RefCell<HashMap<usize, Option<Mention>>>,
        s: usize,
        i: usize,
        find: impl FnOnce(&[Token], &str, usize) -> Option<Mention>,
    ) -> Option<Mention> {
        let at = self.p.ranges[s].0 + i;
        if let Some(m) = memo.borrow().get(&at) {
            return m.clone();
        }
        let m = find(self.toks(s), self.text, i);
        memo.borrow_mut().insert(at, m.clone());
        m
    }

    /// The first token `k` of sentence `s` in `range` that starts
    /// `according to` (`word(s, k)` is `according`, `word(s, k + 1)` is
    /// `to`).
    pub fn find_according_to(&self, s: usize, range: std::ops::Range<usize>) -> Option<usize> {
        let (a, _) = self.p.ranges[s];
        let from = self.p.according.partition_point(|&g| g < a + range.start);
        self.p.according[from..]
            .iter()
            .map(|&g| g - a)
            .take_while(|&k| k < range.end)
            .find(|&k| self.word(s, k + 1) == "to")
    }

    /// Is token `i` of sentence `s` a speech verb (a lower-case word, not
    /// inside a quotation)?
    pub fn is_cue(&self, s: usize, i: usize) -> bool {
        let (a, b) = self.p.ranges[s];
        a + i < b && self.p.cues[a + i]
    }

    /// `is_cue` of every token of sentence `s`, for a loop over all of them.
    pub fn cues_of(&self, s: usize) -> &[bool] {
        let (a, b) = self.p.ranges[s];
        &self.p.cues[a..b]
    }

    /// Is token `i` of sentence `s` a lower-case word of the word classes
    /// `verbs`, outside quotations, used as a verb: not after a word that
    /// `is_marker` says marks a noun (`the report`)? The markers are a
    /// function of a constant list, not the list: it compiles to a test of
    /// lengths and bytes, where a list passed in is compared a word at a
    /// time with `memcmp`.
    #[inline]
    pub fn used_as_verb(
        &self,
        s: usize,
        i: usize,
        verbs: u32,
        is_marker: fn(&str) -> bool,
    ) -> bool {
        // Inlined up to the class bit, which nearly every word fails.
        match self.toks(s).get(i) {
            Some(t) if t.has(verbs) => {
                t.text().starts_with(|c: char| c.is_lowercase())
                    && self.verb_use(t, s, i, is_marker)
            }
            _ => false,
        }
    }

    /// `used_as_verb` for the token `t` (`i` of sentence `s`), past its
    /// class and its case. A caller that knows the sentence is a headline
    /// in title case asks this of a verb written with a capital (`Pence
    /// Endorses Paul Ryan`).
    pub fn verb_use(&self, t: &Token, s: usize, i: usize, is_marker: fn(&str) -> bool) -> bool {
        let marker = |k: usize| is_marker(&self.word(s, k));
        // `a Twitter comment`, `an unprompted call`: a base form after a
        // marker and one word that is not a plural subject is a noun too.
        // `Trump’s comments`: a possessive marks a noun too.
        // (`people close to her said`: `her` is an object before a form
        // that is never a noun, neither a base form nor one in -ed.)
        let object_her = || {
            self.word(s, i - 1) == "her"
                && !t.has(lexicon::class::VERB_BASE)
                && !self.word(s, i).ends_with("ed")
        };
        let noun = || {
            i > 0
            && (marker(i - 1) && !object_her()
                || crate::speaker::mention::possessive(&self.toks(s)[i - 1], self.text))
            // `Bush’s Facebook post` (but `Cruz’s advisers say`, and `Aides
            // to Clinton say`: `to` marks no noun two words back).
            || t.has(lexicon::class::VERB_BASE)
                && i > 1
                && ({
                    let w = self.word(s, i - 2);
                    w != "to" && is_marker(&w)
                } || crate::speaker::mention::possessive(&self.toks(s)[i - 2], self.text))
                && !self.word(s, i - 1).ends_with('s')
                // `the editorial read`: what a text does.
                && !lexicon::is_statement_noun(&self.word(s, i - 1))
                // `Commuters who drive into the city say`: the verb of the
                // phrase before a relative clause.
                && !self.after_relative(s, i)
                // `Aides to the governor say`, `People briefed on the
                // situation say`: the verb of a plural phrase that ends in
                // the object of its preposition.
                && !self.after_plural_with_object(s, i)
            // `Jobs report gives Democrats a lift`: a base form before a
            // verb in -s heads that verb's subject.
            || t.has(lexicon::class::VERB_BASE)
                && lexicon::is_finite_verb(&self.word(s, i + 1))
            // `a personally signed tweet that`: two modifiers between.
            || t.has(lexicon::class::VERB_BASE)
                && i > 2
                && is_marker(&self.word(s, i - 3))
                && self.word(s, i - 2).ends_with("ly")
                && self.word(s, i - 1).ends_with("ed")
            // `The storm dampened plans to …`: a form in -s right after a
            // verb in -ed is its object (not after `was`: `the candidate
            // who was defeated plans to run`).
            || i > 1
                && self.word(s, i).ends_with('s')
                && {
                    let before = self.toks(s)[i - 1].text();
                    before.len() > 3
                        && before.ends_with("ed")
                        && before.starts_with(|c: char| c.is_lowercase())
                }
                && {
                    let w = self.word(s, i - 2);
                    !(lexicon::is_be_form(&w) || lexicon::is_auxiliary(&w))
                }
            // `denied the fraud claims`: a form in -s after an article or
            // possessive and a lower-case word is the head of an object
            // when a verb in -ed stands before them (one of report only
            // when punctuation ends the form: `denied the fraud claims,`;
            // not `argued the senator claims that`); not in a relative
            // clause (`the man who founded the company says`), nor after a
            // preposition (`a video of the episode shows`). (The raw text
            // first: this is asked of every verb.)
            || i > 2
                && t.text().ends_with('s')
                && self.toks(s)[i - 1].text().starts_with(char::is_lowercase)
                && self.toks(s)[i - 1].is_word()
                && {
                    let d = self.word(s, i - 2);
                    d != "that" && lexicon::is_noun_marker(&d)
                }
                && {
                    let before = &self.toks(s)[i - 3];
                    let w = self.word(s, i - 3);
                    w.len() > 3
                        && w.ends_with("ed")
                        && before.text().starts_with(char::is_lowercase)
                        && (!before.has(lexicon::class::CLAUSE_VERB | lexicon::class::SPEECH_VERB)
                            || self.toks(s).get(i + 1).is_some_and(|n| {
                                n.is(',') || n.is('.') || n.is(';') || n.is(')')
                            }))
                }
                && !(i.saturating_sub(7)..i - 3).any(|k| lexicon::opens_relative(&self.word(s, k)))
            // `The early estimates are showing`: a form in -s after a
            // marker and a lower-case word, before a plural auxiliary, is
            // the subject's head (not `to`: `to Trump says`; nor a
            // relative's gap: `which the kingdom hopes are signs`).
            // (The raw text first: this is asked of every verb.)
            || i > 1
                && t.text().ends_with('s')
                && self.toks(s)[i - 1].text().starts_with(char::is_lowercase)
                && matches!(self.word(s, i + 1).as_ref(), "are" | "were" | "have")
                && {
                    let w = self.word(s, i - 2);
                    w != "to" && is_marker(&w)
                }
                && !(i > 2 && lexicon::opens_relative(&self.word(s, i - 3)))
            // `the two states that`: a number is no subject of a verb in -s.
            || i > 0
                && self.word(s, i).ends_with('s')
                && {
                    let n = self.word(s, i - 1);
                    n.bytes().all(|b| b.is_ascii_digit())
                        || crate::speaker::mention::is_number_word(&n)
                }
            // `Minnesota state delegate`: `state` after a place is the
            // place's, it states nothing; `secretary of state talked`: a
            // verb form right after `of` is a noun.
            || i > 0 && {
                let before = &self.toks(s)[i - 1];
                before.text().eq_ignore_ascii_case("of")
                    || before.has(lexicon::class::PLACE) && self.word(s, i) == "state"
            }
            // `state parties`, `Other states limit`, `Rust Belt states
            // that`: `state` and `states` are nouns unless a comma, a colon
            // or `that` follows them after a lower-case subject (`the
            // document states,`, `the report states that`).
            || {
                let w = t.text();
                w.eq_ignore_ascii_case("state") || w.eq_ignore_ascii_case("states")
            } && {
                let next = self.toks(s).get(i + 1);
                let before = i.checked_sub(1).map(|k| &self.toks(s)[k]);
                !(next.is_some_and(|n| {
                    n.is(',') || n.is(':') || self.word(s, i + 1) == "that"
                }) && before.is_some_and(|b| {
                    b.is_word() && b.text().starts_with(|c: char| c.is_lowercase())
                }))
            }
        };
        // (The quotation test first: it is a search, `noun` reads words.)
        !self.inside_quote(t.span.start) && !noun()
    }

    /// Does a relative clause without commas end right before token `i`
    /// of sentence `s`, with its subject before `who` (`Voters who live in
    /// the city say`)?
    fn after_relative(&self, s: usize, i: usize) -> bool {
        let toks = self.toks(s);
        // (The clause first: the subject is looked for only after one.)
        bare_relative(toks, i, false).is_some() && {
            let found = mention::subject_before(toks, self.text, i);
            let head_before = found
                .as_ref()
                .is_some_and(|m| bare_relative(toks, i, true).is_some_and(|w| m.tokens.1 == w));
            head_before || relative_subject(toks, self.text, i, found.as_ref()).is_some()
        }
    }

    /// Does a plural description whose head a prepositional phrase
    /// follows end right before token `i` of sentence `s`, as its subject
    /// (`Aides to the governor say`, `Members of the committee say`,
    /// `People briefed on the situation say`)? Its head is the plural noun
    /// before the first preposition, two words or more before `i`.
    fn after_plural_with_object(&self, s: usize, i: usize) -> bool {
        let toks = self.toks(s);
        // (The preposition first: most verbs follow no such phrase.)
        let Some(prep) = (i.saturating_sub(6)..i.saturating_sub(1)).find(|&k| {
            toks[k].is_word() && {
                let w = self.word(s, k);
                w == "to" || lexicon::is_preposition(&w)
            }
        }) else {
            return false;
        };
        // (`People briefed on`: a participle or adjective may come between.)
        // (Not after a singular determiner: `this reeks of some of the
        // greatest fear`.)
        let plural = |k: usize| {
            let w = self.word(s, k);
            (w == "people" || mention::is_plural_noun(&w))
                && !(k > 0 && lexicon::is_singular_opener(&self.word(s, k - 1)))
        };
        prep > 0
            && (plural(prep - 1) || prep >= 2 && plural(prep - 2))
            && mention::subject_before(toks, self.text, i).is_some_and(|m| {
                m.kind == mention::MentionKind::Nominal
                    && m.tokens.1 == i
                    && m.tokens.0 < prep
                    && mention::subject_position(toks, self.text, m.tokens.0)
            })
    }

    /// The lower-case text of token `i` of sentence `s`.
    #[inline]
    pub fn word(&self, s: usize, i: usize) -> Cow<'_, str> {
        self.toks(s).get(i).map_or(Cow::Borrowed(""), Token::lower)
    }
}

/// The most tokens of a relative clause without commas between a
/// subject and its verb (`those who have sketched out paths … acknowledge`).
const MAX_BARE_RELATIVE: usize = 16;

/// The `who` of a relative clause without punctuation that ends right
/// before token `end` (`Commuters who drive into the city say`), with at
/// least two words in it. Not when the verb at `end` may be the clause's
/// own: after a conjunction (`a man who speaks and says`, `who gained
/// attention when he shouted`), `to` (`who dared to say`) or an
/// auxiliary with no participle after it in the clause (`who could in
/// any degree command`, `who has successfully predicted`; but `who have
/// sketched out paths … acknowledge`); nor when a verb of speech or
/// thought in it may govern a clause of its own (`voters who told him the
/// mayor says`) when a subject stands in it (`inner`).
fn bare_relative(toks: &[Token], end: usize, inner: bool) -> Option<usize> {
    // (The word's length first: most verbs follow no such clause.)
    let who = (end.saturating_sub(MAX_BARE_RELATIVE)..end)
        .rev()
        .take_while(|&k| toks[k].is_word())
        .find(|&k| is_who(&toks[k]))?;
    if !(who > 0 && who + 2 < end && toks[who - 1].is_word()) {
        return None;
    }
    let participle = |t: &Token| {
        let w = t.text();
        w.ends_with("ed") || w.ends_with("en") || w.ends_with("ing")
    };
    let clause = &toks[who + 1..end];
    if clause.iter().enumerate().any(|(k, t)| {
        let w = t.lower();
        inner && t.has(lexicon::class::CLAUSE_VERB | lexicon::class::SPEECH_VERB)
            || w == "or"
            || lexicon::is_conjunction(&w)
            || lexicon::is_auxiliary(&w) && !clause[k + 1..].iter().any(participle)
    }) {
        return None;
    }
    (toks[end - 1].lower() != "to").then_some(who)
}

/// The subject of a verb at `end` that a relative clause without commas
/// follows: the phrase before its `who`, where a subject stands, with the
/// clause (up to `found`, the subject found inside it, or to `end`).
fn relative_subject(
    toks: &[Token],
    text: &str,
    end: usize,
    found: Option<&Mention>,
) -> Option<Mention> {
    // (The subject found ends at most at the verb: where it starts tells.)
    let inner = found.is_some_and(|m| m.tokens.0 > end.saturating_sub(MAX_BARE_RELATIVE));
    let who = bare_relative(toks, end, inner)?;
    if found.is_some_and(|m| m.tokens.0 <= who || m.kind == mention::MentionKind::Pronoun) {
        return None;
    }
    // `Frances who lived by the sea said`: a person's name before the
    // clause is the subject, named as such (not a place: `Democrats in
    // Iowa who watched the debate said`).
    let before = mention::subject_before(toks, text, who);
    if let Some(name) = before.clone().filter(|h| {
        h.kind == mention::MentionKind::Name
            && h.tokens.1 == who
            && !mention::plural_opener(toks, h)
            && !toks[h.tokens.0..who]
                .iter()
                .any(|t| t.has(lexicon::class::PLACE))
    }) {
        return mention::subject_position(toks, text, name.tokens.0).then_some(name);
    }
    // `those who`, `some who`: a determiner that stands for the people.
    let head = before
        .filter(|h| {
            h.tokens.1 == who
                && (h.kind == mention::MentionKind::Nominal
                    // `The lifelong Republican who wrote the speech`.
                    || h.kind != mention::MentionKind::Pronoun
                        && lexicon::is_determiner(&toks[h.tokens.0].lower())
                    // `Commuters who drive into the city say`: a plural
                    // noun that opens the sentence, read as a name for its
                    // capital.
                    || mention::plural_opener(toks, h))
        })
        .or_else(|| {
            let t = &toks[who - 1];
            lexicon::is_determiner(&t.lower()).then(|| {
                Mention::phrase(
                    mention::MentionKind::Nominal,
                    t.span,
                    (who - 1, who),
                    lexicon::Gender::default(),
                    true,
                )
            })
        })?;
    if !mention::subject_position(toks, text, head.tokens.0) {
        return None;
    }
    let mut m = head;
    if mention::plural_opener(toks, &m) {
        m.kind = mention::MentionKind::Nominal;
        m.plural = true;
    }
    m.run_to(toks, found.map_or(end, |f| f.tokens.1));
    m.role = None;
    m.title = None;
    Some(m)
}

/// The description `m` with the relative clause that follows it up to a
/// comma or the sentence's end, when `who` opens one right after it.
fn with_relative(toks: &[Token], mut m: Mention) -> Mention {
    let who = m.tokens.1;
    // (The word's length first: most phrases end before no `who`.)
    if m.kind != mention::MentionKind::Nominal || !toks.get(who).is_some_and(is_who) {
        return m;
    }
    let Some(close) = (who + 1..toks.len().min(who + MAX_BARE_RELATIVE))
        .find(|&k| !toks[k].is_word())
        .or((toks.len() <= who + MAX_BARE_RELATIVE).then_some(toks.len()))
    else {
        return m;
    };
    if close < who + 2 || close < toks.len() && !(toks[close].is(',') || toks[close].is('.')) {
        return m;
    }
    m.run_to(toks, close);
    m
}

/// Is `t` the word `who`? (Its length first: the test is asked of every
/// word before a verb.)
fn is_who(t: &Token) -> bool {
    t.span.len() == 3 && t.text().eq_ignore_ascii_case("who")
}

/// Is sentence `s` in a line of capitals (`CHAPTER I. THE STRANGE MAN'S
/// ARRIVAL`), a paragraph without a small letter? A name in capitals there
/// (`in_capitals`) names no one who speaks. (Nearly every paragraph has a
/// small letter among its first.)
fn in_heading(text: &str, analysis: &Analysis, s: usize) -> bool {
    let paragraph = analysis.paragraphs[analysis.sentences[s].paragraph].slice(text);
    !paragraph.bytes().any(|b| b.is_ascii_lowercase())
}

/// Is `name` written in capitals, at least two, without a small letter?
fn in_capitals(name: &str) -> bool {
    !name.bytes().any(|b| b.is_ascii_lowercase())
        && name.bytes().filter(u8::is_ascii_uppercase).count() >= 2
}

/// `Theresa May`, `Al From`, `George Will`: a word that the lists say is
/// no name (a month, a preposition, a modal; not a day, `Christian
/// Sunday`; a nationality a role may start with, `Mark Cuban`) is a
/// surname after a first name, when no capitalized word follows (not the
/// headline `Hillary May Run`). In that document the word is a name
/// wherever it is capitalized (`“…,” May said`, `From said`, `Will
/// wrote`, `Cuban said`): its bits of no name, of verb modifier and of
/// role modifier give way to `SURNAME` there.
fn surnames_as_names(tokens: &mut [Token]) {
    let blocks =
        lexicon::class::NOT_NAME | lexicon::class::VERB_MODIFIER | lexicon::class::ROLE_MODIFIER;
    let mut surnames: Vec<&str> = Vec::new();
    for (i, pair) in tokens.windows(2).enumerate() {
        let (first, next) = (&pair[0], &pair[1]);
        if first.has(lexicon::class::FIRST_NAME)
            && next.class & blocks != 0
            && next.is_word()
            && !lexicon::is_day(next.text())
            && first.is_capitalized()
            && next.is_capitalized()
            && !tokens.get(i + 2).is_some_and(|t| t.is_capitalized())
            && !surnames.contains(&next.text())
        {
            surnames.push(next.text());
        }
    }
    if surnames.is_empty() {
        return;
    }
    for t in tokens.iter_mut() {
        if t.class & blocks != 0 && surnames.contains(&t.text()) {
            t.class = t.class & !blocks | lexicon::class::SURNAME;
        }
    }
}

/// How many words of a set have each shape (first byte and length): most
/// words of a text are not in a small set, and this says so without
/// hashing them; a word removed from the set no longer counts.
struct WordShapes([u16; 512]);

impl Default for WordShapes {
    fn default() -> Self {
        WordShapes([0; 512])
    }
}

impl WordShapes {
    fn shape(w: &str) -> usize {
        Self::shape_of(w.as_bytes().first().copied().unwrap_or(0), w.len())
    }

    /// The shape of a word of `len` bytes whose first byte is `first`.
    fn shape_of(first: u8, len: usize) -> usize {
        ((usize::from(first) & 0x1f) << 4) | len.min(15)
    }

    /// Count `w`, a word new to the set.
    fn add(&mut self, w: &str) {
        let c = &mut self.0[Self::shape(w)];
        *c = c.saturating_add(1);
    }

    /// Uncount `w`, a word of the set, removed from it.
    fn remove(&mut self, w: &str) {
        let c = &mut self.0[Self::shape(w)];
        // A count that reached the top stays there (the shape always may).
        if *c != u16::MAX {
            *c -= 1;
        }
    }

    /// May the set hold a word of `len` bytes whose first byte is `first`?
    fn may_hold_shape(&self, first: u8, len: usize) -> bool {
        self.0[Self::shape_of(first, len)] != 0
    }
}

/// `Context::inside_quote` for offsets asked in increasing order: the
/// quotations that start at or before an offset are counted on from the
/// previous offset's, where `inside_quote` searches all of them.
struct QuotedSoFar<'a> {
    /// Outer spans of quotations, sorted by start (as `Prepared::quoted`).
    quoted: &'a [Span],
    /// How many of them start at or before the last offset asked.
    started: usize,
}

impl<'a> QuotedSoFar<'a> {
    fn new(quoted: &'a [Span]) -> Self {
        QuotedSoFar { quoted, started: 0 }
    }

    /// Is byte `at` inside a quotation? `at` is no less than the last
    /// offset asked.
    fn inside(&mut self, at: usize) -> bool {
        while self.quoted.get(self.started).is_some_and(|q| q.start <= at) {
            self.started += 1;
        }
        self.started > 0 && self.quoted[self.started - 1].contains_offset(at)
    }
}

/// Spans of a quotation, marks included, one per paragraph part.
fn outer_parts(q: &crate::document::Quote) -> Vec<Span> {
    if q.parts.len() <= 1 {
        return vec![q.outer];
    }
    let n = q.parts.len();
    q.parts
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let start = if i == 0 {
                q.outer.start
            } else {
                p.start.saturating_sub(3).max(q.outer.start)
            };
            let end = if i + 1 == n { q.outer.end } else { p.end };
            Span::new(start.min(p.start), end)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn quoted_so_far_agrees_with_a_search() {
        let quoted = [Span::new(2, 5), Span::new(5, 9), Span::new(12, 20)];
        let mut so_far = QuotedSoFar::new(&quoted);
        for at in 0..25 {
            let i = quoted.partition_point(|s| s.start <= at);
            let searched = i > 0 && quoted[i - 1].contains_offset(at);
            assert_eq!(so_far.inside(at), searched, "{at}");
        }
    }
}
