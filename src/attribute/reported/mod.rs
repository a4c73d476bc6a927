//! Reported speech (`indirect`): `CLAUSE, X said.`, `X said (that)
//! CLAUSE.`, `X told Y (that) CLAUSE.`, `According to X, CLAUSE.`, `X asked
//! Y whether CLAUSE.` — the clause span with its speaker. A clause that
//! holds a quotation is left to the quotation (`Nuland insisted Kerry was
//! “relaxed”` is one partial quotation), but in news one that quotes
//! fragments of four words or more is reported whole with them, as
//! PolNeAR marks a mixed quotation (`long_fragment`).
//!
//! `find` runs the rules of each sentence and keeps the strongest record of
//! each clause. One module per family of rules: `clause` (a verb of report
//! and its clause), `source` (`according to`, headlines), `topic` (what a
//! statement was about), `infinitive` (promises, refusals, intentions),
//! `relative` (`what he calls …`), `participle` (`, saying …`) and
//! `unsourced` (reports with no one named); `bounds` finds where a clause
//! begins and ends.

use super::{Context, Found, subject};
use crate::document::{Attribution, Quote};
use crate::lexicon;
use crate::quote::Kind;
use crate::span::Span;
use crate::speaker::mention::{Mention, MentionKind, spoken_time_back};
use crate::token::Token;

mod bounds;
mod clause;
mod infinitive;
mod participle;
mod relative;
mod source;
mod topic;
mod unsourced;

use bounds::*;
use clause::*;
use infinitive::*;
use participle::*;
use relative::*;
use source::*;
use topic::*;
use unsourced::*;

pub(crate) use clause::main_clause_start;
pub(crate) use source::whole_source;

/// The most tokens a reported clause runs to (a sentence of a thousand
/// words is cut there, not read again for every verb in it).
const MAX_CLAUSE_TOKENS: usize = 150;

/// The most tokens between a participle (`, saying`) and the subject it
/// reports for: a sentence of many participles is not read again from its
/// start for each.
const MAX_SUBJECT_DISTANCE: usize = 60;

/// The most tokens of an opening subordinate clause before its comma.
const MAX_SUBORDINATE_TOKENS: usize = 30;

/// The fewest words a reported clause has.
const MIN_CLAUSE_WORDS: usize = 3;
/// The most words of time and place after a verb that ends a sentence
/// (`, Nuland said at the time.`).
const MAX_TRAILING_WORDS: usize = 6;
/// The most words after such a verb when they open with a preposition, a
/// time or a participle (`, analyst Jack Liu wrote Thursday on 38 North,
/// a website devoted to North Korea.`).
const MAX_ADJUNCT_TAIL_WORDS: usize = 20;

/// Verbs whose object comes before the reported clause (`told reporters
/// that`, `asked Nuland whether`).
fn takes_object(lemma: &str) -> bool {
    matches!(
        lemma,
        "tell" | "ask" | "remind" | "assure" | "warn" | "caution"
    )
}

/// Words that open a reported clause after the verb and its object.
fn complementizer(word: &str) -> bool {
    matches!(word, "that" | "whether" | "if")
}

/// Is `word` (lower case) a word after which a verb form is not a verb of
/// a reported clause: the nouns' markers, and `to`, `be` and its forms
/// (`to report`, `was said`)?
fn is_not_reporting(word: &str) -> bool {
    lexicon::is_noun_marker(word) || word == "to" || lexicon::is_be_form(word)
}

fn is_clause_cue(ctx: &Context, s: usize, i: usize) -> bool {
    (ctx.used_as_verb(s, i, lexicon::class::CLAUSE_VERB, is_not_reporting)
        || reports_after_to(ctx, s, i)
        || causative_to(ctx, s, i).is_some()
        || progressive(ctx, s, i))
        && particle_len(ctx, s, i).is_some()
}

/// How many words a phrasal verb's particle takes after the verb at `i`
/// (`pointed out that`: 1; `made it clear that`: 2; `said that`: 0);
/// `None` when the verb needs a particle that is not there (`pointed to
/// the polls`).
fn particle_len(ctx: &Context, s: usize, i: usize) -> Option<usize> {
    // (The class bit first: nearly every verb has no particle.)
    if !ctx.toks(s)[i].has(lexicon::class::PHRASAL_VERB) {
        return Some(0);
    }
    let Some(particles) = lemma(&ctx.word(s, i)).and_then(lexicon::clause_verb_particle) else {
        return Some(0);
    };
    // `made clear that`, `made it clear that`: alternatives after `|`.
    particles.split('|').find_map(|p| {
        let mut n = 0;
        p.split_whitespace()
            .all(|w| {
                n += 1;
                ctx.word(s, i + n) == w
            })
            .then_some(n)
    })
}

/// `Donald Trump is saying …`, `The White House is warning that …`: a
/// participle after a form of `be` is a verb in the progressive (not the
/// passive `is said`).
fn progressive(ctx: &Context, s: usize, i: usize) -> bool {
    i > 0
        && ctx.toks(s)[i].has(lexicon::class::SPEECH_VERB)
        && ctx.toks(s)[i].text().ends_with("ing")
        && lexicon::is_reporting_participle(&ctx.word(s, i))
        && lexicon::is_be_form(&ctx.word(s, i - 1))
        && ctx.used_as_verb(s, i, lexicon::class::SPEECH_VERB, lexicon::is_noun_marker)
}

/// The base form of the verb of speech `word`: `say` for `said`, and for
/// the participle `saying`.
fn lemma(word: &str) -> Option<&'static str> {
    lexicon::clause_verb(word).or_else(|| lexicon::speech_verb(word).map(|v| v.lemma))
}

/// A clause cue that a person says (`said`, `argued`): `show` and `find`
/// are a document's or a poll's (`polls show Clinton ahead`, `the survey
/// found that`), and a predicate of its own after `and` (`step up and
/// show that he is worthy`).
fn speaker_cue(ctx: &Context, s: usize, i: usize) -> bool {
    is_clause_cue(ctx, s, i)
        && !matches!(lexicon::clause_verb(&ctx.word(s, i)), Some("show" | "find"))
}

/// Does the verb of base form `lemma` report a clause for the subject `m`?
/// A person who "shows" something reports nothing, and what a person
/// "finds" is no report (`she found that the door was locked`); a poll or
/// a study (`finding_nouns.txt`) finds.
fn reports_for(ctx: &Context, s: usize, lemma: &str, m: &Mention) -> bool {
    match lemma {
        "show" => !matches!(m.kind, MentionKind::Name | MentionKind::Pronoun),
        // `a new study found`; `a study by the Council of the Great City
        // Schools found`: the head before its modifier.
        "find" => {
            m.kind == MentionKind::Nominal
                && (lexicon::is_finding_noun(&ctx.word(s, m.tokens.1 - 1))
                    || lexicon::is_finding_noun(&ctx.word(s, description_head(ctx, s, m))))
        }
        _ => true,
    }
}

/// `was quick to add that`, `went on to say`, `continued to insist`,
/// `appeared to suggest that`: an infinitive after these reports (after
/// `declined to say` or `plans to announce` it does not).
fn reports_after_to(ctx: &Context, s: usize, i: usize) -> bool {
    i >= 2
        && ctx.toks(s)[i].has(lexicon::class::CLAUSE_VERB)
        && ctx.word(s, i - 1) == "to"
        && {
            let trigger = ctx.word(s, i - 2);
            matches!(
                trigger.as_ref(),
                "quick" | "on" | "continued" | "continues" | "proceeded" | "hastened"
            ) || is_seem_form(&trigger)
        }
        && !ctx.inside_quote(ctx.toks(s)[i].span.start)
}

/// `The timing of the debate led Republicans to say that …`, `prompted
/// officials to warn that …`: for a verb of report at `i` after `to`, the
/// tokens of the verb that makes its object say it (`causative_verbs.txt`)
/// and of `to`, an object of one to three words between; the object is
/// who said it.
fn causative_to(ctx: &Context, s: usize, i: usize) -> Option<(usize, usize)> {
    let toks = ctx.toks(s);
    let to = i.checked_sub(1)?;
    if ctx.word(s, to) != "to" || !toks[i].has(lexicon::class::CLAUSE_VERB) {
        return None;
    }
    (to.saturating_sub(4)..to.saturating_sub(1))
        .rev()
        .take_while(|&k| toks[k + 1].is_word())
        .find(|&k| toks[k].is_word() && lexicon::is_causative_verb(&ctx.word(s, k)))
        .map(|k| (k, to))
}

/// Adds to `candidates` each of `found` that overlaps none of them, nor
/// (with `reach` 1) one that starts right after it: a clause another rule
/// found wins over a record of a weaker rule.
fn add_where_free(
    candidates: &mut Vec<((usize, usize), Found)>,
    found: Vec<((usize, usize), Found)>,
    reach: usize,
) {
    let others = candidates.len();
    for (c, f) in found {
        if !candidates[..others]
            .iter()
            .any(|(o, _)| o.0 < c.1 + reach && c.0 < o.1)
        {
            candidates.push((c, f));
        }
    }
}

/// Is the verb at `cue` in sentence `s` negated (`did not say`, `could
/// never tell`)? In a novel that is narration of what was not said
/// (`she did not tell him the truth about his state`); PolNeAR's news
/// annotation keeps it (`Cook did not say when`).
fn negated(ctx: &Context, s: usize, cue: Span) -> bool {
    let v = cue_token(ctx, s, cue);
    (v.saturating_sub(3)..v).any(|k| is_negation(&ctx.word(s, k)))
}

/// Is `w` (lower case) a word of negation: `not`, `never`, `cannot`, or a
/// contraction in `n't` (`wouldn’t` with a curly apostrophe, too)?
fn is_negation(w: &str) -> bool {
    matches!(w, "not" | "never" | "cannot") || w.ends_with("n't") || w.ends_with("n’t")
}

/// The index in sentence `s` of the token that the cue `cue` starts.
fn cue_token(ctx: &Context, s: usize, cue: Span) -> usize {
    ctx.toks(s).partition_point(|t| t.span.start < cue.start)
}

/// Does `seemed to` or `appeared to` stand before the verb at `cue` in
/// sentence `s`? In news a hedged report (`he appeared to suggest that
/// …`); in a novel a look (`her cheeks seemed to show that …`).
fn seeming(ctx: &Context, s: usize, cue: Span) -> bool {
    let v = cue_token(ctx, s, cue);
    v >= 2 && ctx.word(s, v - 1) == "to" && is_seem_form(&ctx.word(s, v - 2))
}

/// Is `word` (lower case) a form of `appear` or `seem` before an
/// infinitive (`appeared to suggest`, `seems to think`)?
fn is_seem_form(word: &str) -> bool {
    matches!(word, "appeared" | "appears" | "seemed" | "seems")
}

/// The verb that governs the infinitive at `i` that `reports_after_to`
/// accepts: `are` in `are quick to add`, `went` in `went on to say`,
/// `continued` in `continued to insist`.
fn governing_verb(ctx: &Context, s: usize, i: usize) -> usize {
    let trigger = i - 2;
    match ctx.word(s, trigger).as_ref() {
        "quick" if trigger > 0 && lexicon::is_be_form(&ctx.word(s, trigger - 1)) => trigger - 1,
        "on" if trigger > 0 => trigger - 1,
        _ => trigger,
    }
}

/// The fewest words of a quoted fragment that a reported clause in news
/// takes in with it (`long_fragment`).
pub const MIN_HELD_FRAGMENT_WORDS: usize = 4;

/// Does the partial quotation `q` quote enough of what was said, four
/// words or more, to be reported with the clause around it (`said the
/// ferry was “too slow for the riders”`), as PolNeAR marks such a clause
/// (a mixed quotation), the fragment no record of its own (`attribute`)?
/// A shorter fragment is the speaker's word for something, a record of its
/// own (`Nuland insisted Kerry was “relaxed”`).
pub fn long_fragment(text: &str, q: &Quote) -> bool {
    q.kind == Kind::Partial
        && q.span.slice(text).split_whitespace().count() >= MIN_HELD_FRAGMENT_WORDS
}

/// Are the quotations that `span` overlaps all long fragments inside it
/// (`long_fragment`), none opening before it? Not a clause that opens
/// inside a quotation, nor one that holds a whole one (`said, “I will
/// win.”`).
fn held_fragments(ctx: &Context, span: Span) -> bool {
    let quotes = &ctx.analysis.quotes;
    let i = quotes.partition_point(|q| q.outer.start < span.end);
    // (Quotations do not overlap: those before the span's start end before
    // it, once one of speech does.)
    quotes[..i]
        .iter()
        .rev()
        .take_while(|q| !q.kind.is_speech() || q.outer.end > span.start)
        .filter(|q| q.kind.is_speech())
        .all(|q| span.start < q.outer.start && long_fragment(ctx.text, q))
}

/// A reported clause that the text attributes to no one: the rule that
/// found it and why it has no speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unsourced {
    pub rule: &'static str,
    pub reason: &'static str,
}

/// Reported clauses of the document with what attributes them. In
/// `fiction` a verb whose object is what was said narrates (`she praised
/// his courage`, `he slammed the door`) and reports nothing, and so does
/// a verb of thought (`she thought he was gone`): a character's mind, not
/// speech.
pub fn find(ctx: &Context, fiction: bool) -> Vec<(Quote, Result<Found, Unsourced>)> {
    let mut out = Vec::new();
    // Markup is never a quotation: a clause holding a tag is left out.
    let markup = crate::quote::markup_spans(ctx.text);
    let holds_markup = |span: Span| {
        let i = markup.partition_point(|m| m.end <= span.start);
        markup.get(i).is_some_and(|m| m.start < span.end)
    };
    // One pair of buffers for all sentences, emptied for each.
    let mut candidates: Vec<((usize, usize), Found)> = Vec::new();
    let mut clauses: Vec<((usize, usize), Found)> = Vec::new();
    for (s, sentence) in ctx.analysis.sentences.iter().enumerate() {
        let toks = ctx.toks(s);
        // Every pattern needs a verb of speech or `according`; a topic,
        // a verb of `topic_verbs.txt`.
        let classes = toks.iter().fold(0, |c, t| c | t.class);
        let speech = classes & (lexicon::class::CLAUSE_VERB | lexicon::class::SPEECH_VERB) != 0
            || toks
                .iter()
                .any(|t| t.text().eq_ignore_ascii_case("according"));
        let topic = classes & lexicon::class::TOPIC_VERB != 0;
        let noun_topic = !fiction && classes & lexicon::class::TOPIC_NOUN != 0;
        let intention = classes & lexicon::class::INTENTION_VERB != 0;
        let refusal = classes & lexicon::class::REFUSAL_VERB != 0;
        // (One pass for both; the words have 5 to 8 bytes.)
        let (seem, showing) = if fiction {
            (false, false)
        } else {
            toks.iter()
                .filter(|t| matches!(t.text().len(), 5..=8))
                .fold((false, false), |(seem, showing), t| {
                    (
                        seem || is_seem_form(t.text()),
                        showing || t.text() == "showing",
                    )
                })
        };
        let label = headline_label(ctx, s);
        let source = source_adjunct(ctx, s);
        if !(speech
            || topic
            || noun_topic
            || intention
            || refusal
            || seem
            || showing
            || label.is_some()
            || source.is_some())
        {
            continue;
        }
        // Every clause found, in order, but none that overlaps one before
        // it or holds or touches a quotation.
        candidates.clear();
        if speech {
            candidates.extend(clause_before(ctx, s, fiction).into_iter().flatten());
            candidates.extend(clause_after(ctx, s, fiction));
            candidates.extend(according_to(ctx, s, fiction));
            candidates.extend(as_reported(ctx, s));
            candidates.extend(headline(ctx, s));
            candidates.extend(participles(ctx, s, fiction));
            candidates.extend(opening_participle(ctx, s));
        }
        if speech || topic {
            candidates.extend(mandative_clauses(ctx, s, fiction));
        }
        if topic {
            candidates.extend(topics(ctx, s, fiction));
            if !fiction {
                candidates.extend(passive_topics(ctx, s));
            }
        }
        if (speech || intention || refusal) && !fiction {
            candidates.extend(infinitive_reports(ctx, s));
        }
        if showing {
            candidates.extend(showings(ctx, s));
        }
        candidates.extend(label);
        candidates.extend(source);
        // (A clause found by another rule wins over a relative pronoun,
        // one that starts right after it too: `says the increase that
        // Bloomberg decries also makes …` is a clause after its `that`.)
        if (speech || topic) && !fiction {
            add_where_free(&mut candidates, relative_objects(ctx, s), 1);
        }
        // (A clause found by another rule wins over a noun's object.)
        if noun_topic {
            add_where_free(&mut candidates, noun_topics(ctx, s), 0);
        }
        if fiction {
            candidates.retain(|(_, f)| {
                let cue = lexicon::to_lowercase(f.cue.slice(ctx.text));
                !lemma(&cue).is_some_and(lexicon::is_thought_verb)
                    && !negated(ctx, s, f.cue)
                    && !seeming(ctx, s, f.cue)
            });
        }
        candidates.sort_by_key(|(c, _)| c.0);
        let mut taken_to = 0;
        for (clause, found) in candidates.drain(..) {
            let clause = with_complementizer(ctx, s, before_own_quotation(ctx, s, clause));
            let fragments = !fiction && !ctx.inside_quote(toks[clause.0].span.start);
            let clause = if fragments {
                through_closing_quote(ctx, s, clause)
            } else {
                clause
            };
            let span = Span::new(toks[clause.0].span.start, toks[clause.1 - 1].span.end);
            // (A headline reports its clause whole, the fragments it quotes
            // included: `Obama slams GOP’s ‘doom and despair’ on economy`.)
            // So does a clause in news that quotes only fragments of
            // `MIN_HELD_FRAGMENT_WORDS` or more (`held_fragments`).
            let speech = if found.rule == "colon-label" || title_line(ctx, s) {
                ctx.overlaps_speech_around_fragments(span)
            } else {
                ctx.overlaps_speech(span) && !(fragments && held_fragments(ctx, span))
            };
            if clause.0 < taken_to || speech || ctx.overlaps_speech(found.mention.span) {
                continue;
            }
            taken_to = clause.1;
            clauses.push((clause, found));
        }
        let record = |span: Span| Quote {
            kind: Kind::Indirect,
            span,
            parts: vec![span],
            outer: span,
            paragraph: sentence.paragraph,
            sentence: s,
            attribution: Attribution::default(),
        };
        // A question put by someone the text does not name: no speaker.
        // It wins over a clause whose verb is its `asked` or lies inside it
        // (`Whenever asked about the toll`, `was asked why she thinks …`).
        if speech && !fiction {
            for (v, q) in unnamed_questions(ctx, s) {
                // (Not a verb after a comma: `asked to explain their case
                // in an interview, in which he said …`.)
                let from = toks[v].span.start;
                let to = (q.0..q.1)
                    .find(|&k| toks[k].is(','))
                    .map_or(toks[q.1 - 1].span.end, |k| toks[k].span.start);
                clauses.retain(|(c, f)| {
                    !(c.0 < q.1 && q.0 < c.1 && from <= f.cue.start && f.cue.start < to)
                });
                let span = Span::new(toks[q.0].span.start, toks[q.1 - 1].span.end);
                if !(clauses.iter().any(|(c, _)| c.0 < q.1 && q.0 < c.1)
                    || ctx.overlaps_speech(span)
                    || holds_markup(span))
                {
                    out.push((record(span), Err(UNNAMED_ASKER)));
                }
            }
        }
        // An expectation or a judgment no one is said to hold, where no
        // clause is found.
        let expected = if speech && !fiction {
            expectations(ctx, s)
        } else {
            Vec::new()
        };
        let seemed = if seem { seemings(ctx, s) } else { Vec::new() };
        let passives = if topic && !fiction {
            unsourced_passives(ctx, s)
        } else {
            Vec::new()
        };
        let span = |e: (usize, usize)| Span::new(toks[e.0].span.start, toks[e.1 - 1].span.end);
        // (A record of the unsourced wins over a relative pronoun: `seemed
        // to be a part of the establishment that Trump rails against`.)
        let clause = |e: (usize, usize)| {
            clauses
                .iter()
                .any(|(c, f)| c.0 < e.1 && e.0 < c.1 && f.rule != "relative-object")
        };
        let free = |e: (usize, usize)| {
            !(clause(e) || ctx.overlaps_speech(span(e)) || holds_markup(span(e)))
        };
        let unsourced = (expected.into_iter())
            .chain(seemed.into_iter().map(|e| (e, SEEMING)))
            .map(|((subject, e), u)| ((subject, Some(e)), u))
            .chain(passives.into_iter().map(|p| (p, PASSIVE)));
        // (The subject not when a clause another rule found takes its
        // infinitive: `The Gazette is expected to endorse the plan`.)
        let mut unsourced_at = Vec::new();
        for ((subject, e), u) in unsourced {
            if let Some(subject) = subject.filter(|&o| free(o) && !e.is_some_and(clause)) {
                out.push((record(span(subject)), Err(u)));
                unsourced_at.push(subject);
            }
            if let Some(e) = e.filter(|&e| free(e)) {
                out.push((record(span(e)), Err(u)));
                unsourced_at.push(e);
            }
        }
        for (clause, found) in clauses.drain(..) {
            let span = Span::new(toks[clause.0].span.start, toks[clause.1 - 1].span.end);
            if holds_markup(span)
                || found.rule == "relative-object"
                    && unsourced_at
                        .iter()
                        .any(|e| e.0 < clause.1 && clause.0 < e.1)
            {
                continue;
            }
            // Like a split quotation, a clause around its attribution is
            // two records, one per part.
            for span in parts_around(ctx, s, clause, &found, fiction).unwrap_or_else(|| vec![span])
            {
                out.push((record(span), Ok(found.clone())));
            }
        }
    }
    out
}
