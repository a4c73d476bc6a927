//! Reported speech (`indirect`): `CLAUSE, X said.`, `X said (that)
//! CLAUSE.`, `X told Y (that) CLAUSE.`, `According to X, CLAUSE.`, `X asked
//! Y whether CLAUSE.` — the clause span with its speaker. A sentence that
//! holds a quotation is left to the quotation: its reported clause is not
//! a second record (`Nuland insisted Kerry was “relaxed”` is one partial
//! quotation).

use super::{Context, Found};
use crate::document::{Attribution, Quote};
use crate::lexicon;
use crate::quote::Kind;
use crate::span::Span;
use crate::speaker::mention::{Mention, MentionKind, spoken_time_back};
use crate::token::Token;

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
        "find" => {
            m.kind == MentionKind::Nominal && lexicon::is_finding_noun(&ctx.word(s, m.tokens.1 - 1))
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
    (v.saturating_sub(3)..v).any(|k| {
        let w = ctx.word(s, k);
        matches!(w.as_ref(), "not" | "never" | "cannot") || w.ends_with("n't")
    })
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

/// A reported clause that the text attributes to no one: the rule that
/// found it and why it has no speaker.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct Unsourced {
    pub rule: &'static str,
    pub reason: &'static str,
}

/// A question put by someone the text does not name (`unnamed_questions`).
const UNNAMED_ASKER: Unsourced = Unsourced {
    rule: "unnamed-asker",
    reason: "asked by someone the text does not name",
};

/// What a passive `expected` says is to come (`expectations`).
const EXPECTATION: Unsourced = Unsourced {
    rule: "expected",
    reason: "an expectation the text attributes to no one",
};

/// What a passive `said`, `believed`, `alleged`, `reported` or `thought`
/// says someone holds (`expectations`: `Some aides are said to be urging
/// him to run`).
const HEARSAY: Unsourced = Unsourced {
    rule: "said-to",
    reason: "a report the text attributes to no one",
};

/// What a passive verb of speech with no agent says of its subject
/// (`unsourced_passives`: `The plan was criticized as too costly`).
const PASSIVE: Unsourced = Unsourced {
    rule: "passive",
    reason: "said of it by someone the text does not name",
};

/// What a form of `seem` or `appear` says looks true (`seemings`).
const SEEMING: Unsourced = Unsourced {
    rule: "seeming",
    reason: "a judgment the text attributes to no one",
};

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
        let seem = !fiction && toks.iter().any(|t| is_seem_form(t.text()));
        let label = headline_label(ctx, s);
        let source = source_adjunct(ctx, s);
        if !(speech
            || topic
            || noun_topic
            || intention
            || refusal
            || seem
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
            candidates.extend(according_to(ctx, s));
            candidates.extend(as_reported(ctx, s));
            candidates.extend(headline(ctx, s));
            candidates.extend(participles(ctx, s));
            candidates.extend(opening_participle(ctx, s));
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
            let span = Span::new(toks[clause.0].span.start, toks[clause.1 - 1].span.end);
            // (A headline reports its clause whole, the fragments it quotes
            // included: `Obama slams GOP’s ‘doom and despair’ on economy`.)
            let speech = if found.rule == "colon-label" || title_line(ctx, s) {
                ctx.overlaps_speech_around_fragments(span)
            } else {
                ctx.overlaps_speech(span)
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

/// `When asked whether he would run, Hale said …`, `Ruiz was asked to
/// name one achievement`, `Asked about the toll, …`: the question put to
/// someone by a person the text does not name (a passive `asked` with no
/// `by`), which PolNeAR annotates with no speaker. An opening question
/// ends at its comma. Each comes with the token of its `asked`.
fn unnamed_questions(ctx: &Context, s: usize) -> Vec<(usize, (usize, usize))> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let first = first_word(toks, 0);
    let mut out = Vec::new();
    for v in first..end.saturating_sub(1) {
        // (The class bit first: most words are no verb of speech.)
        if !toks[v].has(lexicon::class::SPEECH_VERB)
            || !toks[v].text().eq_ignore_ascii_case("asked")
            || ctx.inside_quote(toks[v].span.start)
        {
            continue;
        }
        let before = if v > first {
            ctx.word(s, v - 1)
        } else {
            "".into()
        };
        let opening = v == first
            || matches!(
                before.as_ref(),
                "when" | "whenever" | "if" | "after" | "once" | "before" | "while"
            );
        let passive = lexicon::is_be_form(&before);
        if !(opening || passive) {
            continue;
        }
        let at = asked_time_end(ctx, s, v + 1);
        let next = ctx.word(s, at);
        let start = match next.as_ref() {
            // (Not `asked about it`: a pronoun names no topic here, but a
            // possessive does: `asked about her record`.)
            "about" if !object_pronoun(ctx, s, at + 1) => at + 1,
            "to" | "a" | "an" => at,
            w if lexicon::is_question_word(w) => at,
            _ => continue,
        };
        let stop = if opening {
            (start..end).find(|&k| toks[k].is(',')).unwrap_or(end)
        } else {
            clause_end(ctx, s, start, end)
        };
        if stop > start {
            out.push((v, (start, stop)));
        }
    }
    out
}

/// An unsourced infinitive's tokens, with its subject's.
type Infinitive = (Option<(usize, usize)>, (usize, usize));

/// `The House is expected to pass the bill`, `Sanders is widely expected
/// to win`: what a passive `expected` says is to come, `to` included, is
/// an expectation the text attributes to no one, as PolNeAR annotates it
/// (with no speaker); so is what a passive `said`, `believed`, `alleged`,
/// `reported` or `thought` (`expectation_verbs.txt`) says someone holds
/// (`Some aides are said to be urging him to run`, `Sanders, who is said
/// to have pressed for …`). Not the active verb (`Ruiz expected to win`:
/// her own), nor a participle before anything but an infinitive.
fn expectations(ctx: &Context, s: usize) -> Vec<(Infinitive, Unsourced)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 1..end.saturating_sub(2) {
        // (The class bit first: most words are no clause verb.)
        if !toks[v].has(lexicon::class::CLAUSE_VERB)
            || !toks[v + 1].text().eq_ignore_ascii_case("to")
            || !toks[v + 2].is_word()
            || ctx.inside_quote(toks[v].span.start)
        {
            continue;
        }
        let verb = ctx.word(s, v);
        if !lexicon::is_expectation_verb(&verb) {
            continue;
        }
        let u = if verb == "expected" {
            EXPECTATION
        } else {
            HEARSAY
        };
        // (`is expected`, `are also expected`, `is not expected`.)
        let be = if lexicon::is_verb_modifier(&ctx.word(s, v - 1)) {
            v.saturating_sub(2)
        } else {
            v - 1
        };
        if !lexicon::is_be_form(&ctx.word(s, be)) {
            continue;
        }
        let Some(infinitive) = unsourced_infinitive(ctx, s, v, end) else {
            continue;
        };
        out.push(((unsourced_subject(ctx, s, be), infinitive), u));
    }
    out
}

/// The subject of an unsourced infinitive, whose verb (`is expected`,
/// `seems`) starts at token `e`: part of what is expected or judged, a
/// record of its own before the infinitive, as PolNeAR marks it (`The
/// House is expected to pass …`; `delegates who are expected to …`: the
/// relative pronoun). (`had been expected`, `also seems`: the subject
/// before the auxiliaries and adverbs.)
fn unsourced_subject(ctx: &Context, s: usize, e: usize) -> Option<(usize, usize)> {
    let mut e = e;
    while e > 0 && {
        let w = ctx.word(s, e - 1);
        lexicon::is_auxiliary(&w) || lexicon::is_verb_modifier(&w)
    } {
        e -= 1;
    }
    if e > 0 && matches!(ctx.word(s, e - 1).as_ref(), "who" | "which" | "that") {
        return Some((e - 1, e));
    }
    ctx.subject_before(s, e)
        .map(|m| m.tokens)
        .filter(|&(a, b)| b == e && a < b)
        .map(|(a, b)| (head_phrase_start(ctx, s, a), b))
}

/// Where the noun phrase whose last noun starts at token `a` begins: the
/// words before it that no comma, conjunction, subordinator or verb parts
/// from it, eight at most (`The birth of the newest Clinton`, `About one
/// of every nine voters this fall`, `more than 250,000 Iowans`).
fn head_phrase_start(ctx: &Context, s: usize, a: usize) -> usize {
    let toks = ctx.toks(s);
    let mut k = a;
    // (`250,000`: a comma inside a number.)
    let digit = |k: usize| toks[k].text().starts_with(|c: char| c.is_ascii_digit());
    while k > 1 && a - k < 8 && toks[k - 1].is(',') && digit(k) && digit(k - 2)
        || k > 0 && a - k < 8 && toks[k - 1].is_word()
    {
        let w = ctx.word(s, k - 1);
        if lexicon::is_subordinator(&w)
            || lexicon::is_relative_word(&w)
            || matches!(w.as_ref(), "and" | "but" | "or" | "than" | "that")
            || lexicon::is_auxiliary(&w)
            || lexicon::is_be_form(&w)
            || is_clause_cue(ctx, s, k - 1)
            || opens_predicate(ctx, s, k - 1)
            // `Later the plan was`, `Now Melania seems`: an adverb of
            // the verb before an article or a capital opens no noun phrase
            // (`the now defunct group` keeps it).
            || lexicon::is_verb_modifier(&w)
                && (toks[k].is_capitalized() || lexicon::is_determiner(&ctx.word(s, k)))
        {
            break;
        }
        k -= 1;
    }
    k
}

/// The infinitive after the verb at `v` that the text attributes to no
/// one, `to` included, up to its first comma (`to pass a bill this week
/// that would end the program, the sweeping law that …`; not one in a
/// number, `50,000`) or the clause's end; none shorter than a clause.
fn unsourced_infinitive(ctx: &Context, s: usize, v: usize, end: usize) -> Option<(usize, usize)> {
    let toks = ctx.toks(s);
    let start = v + 1;
    let stop = clause_end(ctx, s, start, end);
    let stop = (start + 1..stop)
        .find(|&k| {
            toks[k].is(',')
                && !toks
                    .get(k + 1)
                    .is_some_and(|t| t.text().starts_with(|c: char| c.is_ascii_digit()))
        })
        .unwrap_or(stop);
    (words(toks, start, stop) >= MIN_CLAUSE_WORDS).then_some((start, stop))
}

/// `The bill appears to have stalled`, `Sanders seemed to gain ground`:
/// what `seems` or `appears` says looks true, `to` included, is a judgment
/// the text attributes to no one, as PolNeAR annotates it (with no
/// speaker). Not negated (`never seems to`), nor after a relative (`what
/// appears to be a camera`), nor `seems to her`; the past tense too, which
/// novels narrate in (`she seemed to suit her`), only in news.
fn seemings(ctx: &Context, s: usize) -> Vec<Infinitive> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 1..end.saturating_sub(2) {
        if !is_seem_form(toks[v].text())
            || ctx.word(s, v + 1) != "to"
            || !toks[v + 2].is_word()
            || toks[v + 2].has(lexicon::class::PRONOUN | lexicon::class::CAPITAL)
            || ctx.inside_quote(toks[v].span.start)
            || matches!(
                ctx.word(s, v - 1).as_ref(),
                "what" | "that" | "which" | "who"
            )
            || negated(ctx, s, toks[v].span)
        {
            continue;
        }
        if let Some(infinitive) = unsourced_infinitive(ctx, s, v, end) {
            out.push((unsourced_subject(ctx, s, v), infinitive));
        }
    }
    out
}

/// A passive's subject, if any, and its complement's tokens, if any.
type Passive = (Option<(usize, usize)>, Option<(usize, usize)>);

/// `Internet companies have been criticized for not taking down …`, `a
/// leader who was accused of ties to traffickers`, `The deal was widely
/// condemned as a threat`, `a curfew was announced`: the subject of a
/// passive verb whose direct object is what was said (`topic_verbs.txt`,
/// `-`), with no `by` naming who said it, is what someone the text does
/// not name said, as PolNeAR annotates it (with no speaker); so is what
/// its `for`, `of`, `as` or `about` puts after it, up to its first comma
/// or the clause's end, a record of its own. (A passive with its agent is the
/// topics rule's: `passive_topics`.) Each comes as its subject's tokens,
/// if any, and its complement's.
fn unsourced_passives(ctx: &Context, s: usize) -> Vec<Passive> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 2..end {
        if !toks[v].has(lexicon::class::TOPIC_VERB)
            || !reports_object_participle(ctx, s, v)
            || ctx.inside_quote(toks[v].span.start)
        {
            continue;
        }
        // `was criticized`, `has been widely criticized`, `was already
        // being criticized`.
        let mut b = v - 1;
        while b > 0 && v - b <= 2 && {
            let w = ctx.word(s, b);
            w.ends_with("ly") || lexicon::is_verb_modifier(&w)
        } {
            b -= 1;
        }
        if !lexicon::is_be_form(&ctx.word(s, b)) {
            continue;
        }
        let stop = clause_end(ctx, s, v + 1, end);
        if (v + 1..stop).any(|k| ctx.word(s, k) == "by") {
            continue;
        }
        // `When Trump was questioned about the dispute`: before `about`,
        // the subject is the one questioned, and what the `about` puts
        // after it is what was said.
        let next = ctx.word(s, v + 1);
        let about = next == "about";
        let complement = match next.as_ref() {
            "for" | "of" | "as" | "about"
                if v + 2 < stop && !(about && object_pronoun(ctx, s, v + 2)) =>
            {
                let start = v + 2;
                let stop = (start + 1..stop).find(|&k| toks[k].is(',')).unwrap_or(stop);
                Some((start, stop))
            }
            _ => None,
        };
        // (A subject that holds a relative: from its `whose` on, `a leader
        // whose government was criticized`; none where the relative opens
        // a clause in it, `Officials who made statements were mocked`, but
        // the relative alone, `a leader who was accused of …`.)
        let relative =
            |k: &usize| matches!(ctx.word(s, *k).as_ref(), "who" | "whose" | "which" | "that");
        let subject =
            unsourced_subject(ctx, s, b).and_then(|(a, e)| match (a..e).rev().find(relative) {
                Some(k) if ctx.word(s, k) == "whose" => Some((k, e)),
                Some(_) if e - a > 1 => None,
                _ => Some((a, e)),
            });
        // (Nor a noun phrase after a word that opens no clause: the object
        // of a verb, `Riders who signed the petition were mocked`.)
        let subject = subject.filter(|&(a, _)| {
            !about
                && (a == 0 || !toks[a - 1].is_word() || relative(&a) || {
                    let w = ctx.word(s, a - 1);
                    lexicon::is_conjunction(&w)
                        || lexicon::is_subordinator(&w)
                        || lexicon::is_relative_word(&w)
                        || lexicon::is_verb_modifier(&w)
                        || lexicon::is_preposition(&w)
                        || w == "that"
                })
        });
        if subject.is_some() || complement.is_some() {
            out.push((subject, complement));
        }
    }
    out
}

/// Is token `i` a pronoun that stands for a whole object (`asked about
/// it`, `about her.`), not a possessive before its noun (`about her
/// record`, `about their plans`)?
fn object_pronoun(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    let possessive = matches!(
        w.as_ref(),
        "her" | "his" | "their" | "its" | "my" | "our" | "your"
    ) && ctx.toks(s).get(i + 1).is_some_and(|t| t.is_word());
    lexicon::pronoun(&w).is_some() && !possessive
}

/// `when asked in May if he would run`, `was asked on Tuesday whether`,
/// `when asked specifically what`: the token after a time phrase of a
/// month or a day, or an adverb in -ly, that opens at token `i`, else
/// `i`.
fn asked_time_end(ctx: &Context, s: usize, i: usize) -> usize {
    let toks = ctx.toks(s);
    let timed = matches!(ctx.word(s, i).as_ref(), "in" | "on")
        && toks
            .get(i + 1)
            .is_some_and(|t| lexicon::is_day(t.text()) || lexicon::is_month(t.text()));
    let adverb = ctx.word(s, i).ends_with("ly") && toks[i].is_word();
    if timed {
        i + 2
    } else {
        i + usize::from(adverb)
    }
}

/// `said that he would run`: the clause is reported with the `that`
/// (`whether`, `if`) that opens it, and the comma after it (`said that,
/// if elected, he would …`), as PolNeAR marks it (849 of the 863 clauses
/// in polnear-dev that follow a `that`).
fn with_complementizer(ctx: &Context, s: usize, clause: (usize, usize)) -> (usize, usize) {
    let toks = ctx.toks(s);
    let comma = clause.0 >= 2 && toks[clause.0 - 1].is(',');
    let k = clause.0 - usize::from(comma);
    if k >= 1 && complementizer(&ctx.word(s, k - 1)) {
        (k - 1, clause.1)
    } else {
        clause
    }
}

/// `He said he had not seen the episode, and when asked whether …, he
/// said, “I hope not.”`: a clause that runs into a quotation with a verb
/// of speech of its own ends at the `, and` (or `, but`, `;`) before that
/// verb. A quotation inside the clause itself (`insisted Kerry was
/// “relaxed”`) leaves it whole, and the clause to the quotation.
fn before_own_quotation(ctx: &Context, s: usize, clause: (usize, usize)) -> (usize, usize) {
    let toks = ctx.toks(s);
    let Some(q) = (clause.0..clause.1).find(|&k| ctx.inside_quote(toks[k].span.start)) else {
        return clause;
    };
    let Some(b) = (clause.0 + 1..q).rev().find(|&k| {
        toks[k].is(';') || toks[k].is(',') && matches!(ctx.word(s, k + 1).as_ref(), "and" | "but")
    }) else {
        return clause;
    };
    let own_verb = (b + 1..q).any(|k| ctx.is_cue(s, k));
    if own_verb && words(toks, clause.0, b) >= MIN_CLAUSE_WORDS {
        (clause.0, b)
    } else {
        clause
    }
}

/// `The good news for Cruz, Woolson said, is that …`: a clause with its
/// attribution inside is two parts, the words before the comma that
/// opens the attribution (two words or more in a novel) and those after the comma
/// that closes it.
fn parts_around(
    ctx: &Context,
    s: usize,
    clause: (usize, usize),
    found: &Found,
    fiction: bool,
) -> Option<Vec<Span>> {
    let toks = ctx.toks(s);
    let open = found.mention.tokens.0.checked_sub(1)?;
    if open <= clause.0 || open >= clause.1 || !toks[open].is(',') {
        return None;
    }
    let close = (open + 1..clause.1).find(|&k| toks[k].is(','))?;
    let resume = first_word(toks, close + 1);
    if resume >= clause.1 {
        return None;
    }
    let after = Span::new(toks[resume].span.start, toks[clause.1 - 1].span.end);
    // A single word before the attribution is a part of its own too
    // (`Compaq, she said, was …`), but not in a novel (`Maria, he said,
    // was …`).
    Some(if !fiction || words(toks, clause.0, open) >= 2 {
        vec![
            Span::new(toks[clause.0].span.start, toks[open - 1].span.end),
            after,
        ]
    } else {
        vec![after]
    })
}

/// Index one past the last word of the sentence (final punctuation and
/// closing brackets dropped).
fn content_end(toks: &[Token]) -> usize {
    toks.iter().rposition(Token::is_word).map_or(0, |i| i + 1)
}

/// Where a reported clause that starts at `start` ends: at the sentence's
/// end, or before `, but`, `, while`, `; ` and the like, which open a
/// clause of the writer's own (`Cook said Carter stopped the practice, but
/// Cook did not say when`), and before `, said`, which closes a relative
/// clause (`Podesta, who said the project was vetted, said`), and before a
/// participle of speech (`…, adding that`; another goes on with the
/// clause: `…, bringing its total to $9 million`). A comma
/// before a pronoun and its verb ends it too (`…, he appears uneasy`),
/// unless the clause opened with an adjunct or holds a subordinate clause
/// (`that if the bond fails, she will cut …`).
fn clause_end(ctx: &Context, s: usize, start: usize, end: usize) -> usize {
    let toks = ctx.toks(s);
    let end = end.min(start + MAX_CLAUSE_TOKENS);
    (start + 1..end)
        .find(|&k| {
            toks[k].is(';')
                || toks[k].is(',')
                    && (clause_break(ctx, s, k + 1) && !participle_aside(ctx, s, k)
                        || speaker_cue(ctx, s, k + 1)
                        || participle_after_comma(ctx, s, k + 1)
                            && (speaking_participle(ctx, s, k + 1) || !plain_rest(ctx, s, k))
                            && !participle_aside(ctx, s, k))
                || toks[k].is(',') && new_subject_after_and(ctx, s, k + 1)
                || toks[k].is(',') && attribution_after_comma(ctx, s, k + 1)
                || toks[k].is(',') && summary_apposition(ctx, s, k + 1)
                || toks[k].is(',') && comparison_tag(ctx, s, k + 1)
                || words(toks, start, k) >= MIN_NEW_REPORTER_AFTER && new_reporter(ctx, s, k)
                || toks[k].is(',')
                    && new_pronoun_subject(ctx, s, k + 1)
                    && !is_clause_cue(ctx, s, k + 2)
                    && !lexicon::is_preposition(&ctx.word(s, start))
                    && !(start..k).any(|j| lexicon::is_subordinator(&ctx.word(s, j)))
                || coordinated_predicate(ctx, s, k)
                || dash_conjunction(ctx, s, start, end, k)
        })
        .map_or(end, |k| {
            if k > start + 1 && toks[k - 1].is(',') {
                k - 1
            } else {
                k
            }
        })
}

/// Is token `k` a dash (`-`, `–`, `—`, `―`)?
fn is_dash(t: &Token) -> bool {
    t.is('-') || t.is('–') || t.is('—') || t.is('―')
}

/// `said the ferry would run again - and the port has since sold it`: a
/// lone dash (or `--`) before `and` or `but` opens the writer's own
/// afterthought, which ends the clause. Not a pair of dashes, which sets
/// off an aside inside it (`said the riders -- mostly commuters -- and
/// the port …`), nor `- and that`, a second clause of what was said, nor
/// a hyphen that shares its first part (`fourth- and eighth-grade`).
fn dash_conjunction(ctx: &Context, s: usize, start: usize, end: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    // (`fourth- and eighth-grade`: a hyphen after a word is no dash.)
    if !is_dash(&toks[k]) || is_dash(&toks[k - 1]) || toks[k - 1].span.end == toks[k].span.start {
        return false;
    }
    let mut j = k + 1;
    while j < end && is_dash(&toks[j]) {
        j += 1;
    }
    matches!(ctx.word(s, j).as_ref(), "and" | "but")
        && ctx.word(s, j + 1) != "that"
        && !(start..k).chain(j..end).any(|i| is_dash(&toks[i]))
}

/// Does the word at `k`, after a comma, open the writer's own clause
/// (`…, but Cook did not say when`)? Not when the reported clause goes on
/// after it: `said the port needs a pier, but that it cannot pay`, `should
/// be punished, but not the riders`, `…, while 23 percent favored the
/// ferry` (see `plain_rest`).
fn clause_break(ctx: &Context, s: usize, k: usize) -> bool {
    lexicon::is_clause_break(&ctx.word(s, k))
        && !((lexicon::is_break_continuation(&ctx.word(s, k + 1)) || figure(ctx, s, k + 1))
            && plain_rest(ctx, s, k))
}

/// Is the token at `i` a number, the next figure of a poll or a count
/// (`found 28 percent backed the toll, while 23 percent favored the
/// ferry`)?
fn figure(ctx: &Context, s: usize, i: usize) -> bool {
    ctx.toks(s)
        .get(i)
        .is_some_and(|t| t.text().starts_with(|c: char| c.is_ascii_digit()))
}

/// Can a reported clause go on over the tokens of sentence `s` from `k`,
/// with no quotation, which it must not take in (`…, but that he “did
/// everything”`, `…, giving rise to “rent a face” firms`)?
fn plain_rest(ctx: &Context, s: usize, k: usize) -> bool {
    !ctx.toks(s)[k..]
        .iter()
        .any(|t| ctx.inside_quote(t.span.start))
}

/// `When Ms. Ruiz announced that the plant would close, the union
/// protested`: what a verb at `v` reports from `start` inside an opening
/// subordinate clause ends at the comma that closes it (else at `end`).
/// So does what it reports inside a relative or subordinate clause of an
/// opening adjunct (`And in a summer in which most riders say they
/// distrust the ferry, its backers …`), or as its participle (`Despite
/// his letters urging a lower toll, Tom Hale voted for it`; `despite` and
/// the like of `oblique_prepositions.txt` too). (After a preposition a
/// plain verb of report may be the main clause's: `At the meeting Ana
/// Ruiz said the new toll, set in May, was too high`.)
fn subordinate_end(ctx: &Context, s: usize, v: usize, start: usize, end: usize) -> usize {
    let toks = ctx.toks(s);
    let mut first = first_word(toks, 0);
    if matches!(ctx.word(s, first).as_ref(), "and" | "but") {
        first = first_word(toks, first + 1);
    }
    let w = ctx.word(s, first);
    let opening = lexicon::is_subordinator(&w)
        || (lexicon::is_preposition(&w) || lexicon::is_oblique_preposition(&w))
            && ((first + 1..v).any(|k| {
                let w = ctx.word(s, k);
                lexicon::is_relative_word(&w) || lexicon::is_subordinator(&w)
            }) || ctx.word(s, v).ends_with("ing"));
    if opening && !(first..v).any(|k| toks[k].is(',')) {
        (start..end)
            .find(|&k| clause_comma(ctx, s, k))
            .unwrap_or(end)
    } else {
        end
    }
}

/// Is token `k` a comma between phrases, not inside a number (`6,000`)?
fn clause_comma(ctx: &Context, s: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    toks[k].is(',')
        && !toks.get(k + 1).is_some_and(|n| {
            n.span.start == toks[k].span.end && n.text().starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Is `word` (lower case) a personal pronoun that opens a clause as its
/// subject (`he`, `she`, `they`, `we`, `i`)?
fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i")
}

/// `journalists cannot have any political affiliation, he appears
/// uneasy`: after a comma a personal pronoun with its verb is the writer's
/// next clause.
fn new_pronoun_subject(ctx: &Context, s: usize, k: usize) -> bool {
    is_subject_pronoun(&ctx.word(s, k))
        && ctx
            .toks(s)
            .get(k + 1)
            .is_some_and(|t| t.is_word() && t.text().starts_with(|c: char| c.is_lowercase()))
}

/// `Rubio said the extremist is Clinton, and he railed against …`: after
/// `, and` a personal pronoun with its verb opens the writer's next
/// clause about the speaker.
/// So do a verb in the past tense (`…, and urged that everyone`), a new
/// speaker with a verb of speech (`…, and Trump said`) and a new subject
/// with an auxiliary (`…, and the port has sued the city`).
fn new_subject_after_and(ctx: &Context, s: usize, k: usize) -> bool {
    if !matches!(ctx.word(s, k).as_ref(), "and" | "but") {
        return false;
    }
    let next = ctx.word(s, k + 1);
    (matches!(next.as_ref(), "he" | "she" | "they" | "we")
        && ctx.toks(s).get(k + 2).is_some_and(|t| t.is_word())
        || next.len() > 4 && next.ends_with("ed")
        || (k + 2..(k + 7).min(ctx.toks(s).len())).any(|v| {
            is_clause_cue(ctx, s, v)
                && ctx
                    .subject_before(s, v)
                    .is_some_and(|m| m.tokens.0 == k + 1)
        })
        || subject_with_auxiliary(ctx, s, k + 1))
}

/// The most words of a subject before its auxiliary after `, and` (a
/// name with its place: `the Harbor Riders Union of East Bay has`).
const MAX_AND_SUBJECT_WORDS: usize = 7;

/// `said the toll is fair, and the port has already sued the city`: does
/// a subject open at `i` (an article or a name, up to
/// `MAX_AND_SUBJECT_WORDS` words) with an auxiliary after it?
fn subject_with_auxiliary(ctx: &Context, s: usize, i: usize) -> bool {
    let toks = ctx.toks(s);
    let Some(first) = toks.get(i).filter(|t| t.is_word()) else {
        return false;
    };
    let opens = lexicon::is_determiner(&ctx.word(s, i)) || first.is_capitalized();
    opens
        && (i + 1..toks.len().min(i + 1 + MAX_AND_SUBJECT_WORDS))
            .take_while(|&j| toks[j].is_word())
            .any(|j| lexicon::is_auxiliary(&ctx.word(s, j)))
}

/// `said the ferry should be sold, a view the mayor later adopted`: does
/// the phrase at `k`, after a comma, sum up the clause before it in the
/// writer's words (`a` or `an` and a noun of `summary_nouns.txt`, an
/// adjective between at most: `, a sharp reversal`)?
fn summary_apposition(ctx: &Context, s: usize, k: usize) -> bool {
    matches!(ctx.word(s, k).as_ref(), "a" | "an")
        && (lexicon::is_summary_noun(&ctx.word(s, k + 1))
            || lexicon::is_summary_noun(&ctx.word(s, k + 2)))
}

/// `said he would end the tax break, as did Ana Ruiz`: is the `as` at `k`,
/// after a comma, with an auxiliary (or `did`), a comparison of the
/// writer's, who says someone else holds the same?
fn comparison_tag(ctx: &Context, s: usize, k: usize) -> bool {
    ctx.word(s, k) == "as" && {
        let next = ctx.word(s, k + 1);
        lexicon::is_auxiliary(&next) || matches!(next.as_ref(), "did" | "does" | "do")
    }
}

/// The most words of the subject of a new verb of report inside a clause.
const MAX_NEW_REPORTER_WORDS: usize = 3;

/// The fewest words of a clause before a new verb of report ends it (not
/// `both he` in `said both he and Ruiz promised …`).
const MIN_NEW_REPORTER_AFTER: usize = 3;

/// `300 riders have said they back the ferry, 40 have said they back the
/// bridge`, `… will skip the vote and others have said they …`: after a
/// comma or `and` (or `but`), a short subject with its own verb of speech
/// (an auxiliary may be among its words) reports a clause of its own,
/// which ends the one before. Not a passive (`…, when he speaks, he is
/// often asked`), nor a relative clause (`a pier that she says is old`, `,
/// a point Ruiz acknowledged to reporters`, whose verb opens no clause),
/// nor one set off inside the clause (`The truth, Ruiz said then, was`).
fn new_reporter(ctx: &Context, s: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    let conjunction = |i: usize| matches!(ctx.word(s, i).as_ref(), "and" | "but");
    let from = if toks[k].is(',') {
        k + 1 + usize::from(conjunction(k + 1))
    } else if conjunction(k) {
        k + 1
    } else {
        return false;
    };
    if from >= toks.len() || !opens_clause(ctx, s, from, false) {
        return false;
    }
    (from + 1..toks.len().min(from + MAX_NEW_REPORTER_WORDS + 2))
        .take_while(|&j| {
            let w = ctx.word(s, j - 1);
            toks[j - 1].is_word()
                && !lexicon::is_not_after_set_off_verb(&w)
                && !complementizer(&w)
                && !lexicon::is_be_form(&w)
        })
        .any(|v| {
            toks[v].has(lexicon::class::CLAUSE_VERB)
                && speaker_cue(ctx, s, v)
                && v + 1 < toks.len()
                && (complementizer(&ctx.word(s, v + 1)) || opens_clause(ctx, s, v + 1, false))
        })
}

/// `Clinton thinks the government requires too many tests, former
/// President Bill Clinton said`: after a comma a subject with its verb of
/// speech attributes what came before; it is not part of a clause. (Set
/// off by commas, `The good news, Woolson said, is that …`, it sits inside
/// the clause.)
fn attribution_after_comma(ctx: &Context, s: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (k + 1..(k + 8).min(toks.len())).any(|v| {
        speaker_cue(ctx, s, v)
            && {
                // (`the senator said then, was …`: a word of time may follow.)
                let after = v
                    + 1
                    + usize::from(toks.get(v + 1).is_some_and(|t| {
                        t.has(lexicon::class::VERB_MODIFIER) || lexicon::is_day(t.text())
                    }));
                !toks.get(after).is_some_and(|t| t.is(','))
            }
            && ctx.subject_before(s, v).is_some_and(|m| {
                // (`…, while 22 percent said`: after a subordinator too.)
                (m.tokens.0 == k
                    || m.tokens.0 == k + 1 && lexicon::is_subordinator(&ctx.word(s, k)))
                    && m.kind != MentionKind::Pronoun
            })
    })
}

/// `She said she has no plans to change her vote and would not identify
/// …`: `and` or `but` before a verb of speech, before `also`, before an
/// auxiliary with `not` or `also`, or before the perfect (`and has asked
/// the council`) goes on with the speaker's own predicate, not the
/// reported clause. Another auxiliary goes on with the clause: `said the
/// ferry is too slow and would cost the port too much`, `said the pier is
/// old and has a crack in it`.
fn coordinated_predicate(ctx: &Context, s: usize, k: usize) -> bool {
    if !matches!(ctx.word(s, k).as_ref(), "and" | "but") {
        return false;
    }
    let next = ctx.word(s, k + 1);
    // `and openly talks about`: an adverb may come first.
    let v = k + 1 + usize::from(next.ends_with("ly"));
    let aux = lexicon::is_auxiliary(&next) || matches!(next.as_ref(), "did" | "does");
    next == "also"
        || aux && matches!(ctx.word(s, k + 2).as_ref(), "not" | "also")
        || matches!(next.as_ref(), "has" | "had") && !lexicon::is_determiner(&ctx.word(s, k + 2))
        || aux && speaker_cue(ctx, s, k + 2)
        || aux && talk_verb(ctx, s, k + 2)
        || speaker_cue(ctx, s, v)
        || talk_verb(ctx, s, v)
        // `pointing to his record and saying that …`: a second participle.
        || lexicon::is_reporting_participle(&ctx.word(s, v))
}

/// Is the token at `v` a verb of `topic_verbs.txt` used as one, and one
/// that reports outside a headline too, and without a preposition of
/// several words after it (not `and wanted to see`, `and will vote`)?
fn talk_verb(ctx: &Context, s: usize, v: usize) -> bool {
    ctx.used_as_verb(s, v, lexicon::class::TOPIC_VERB, is_not_reporting)
        && lexicon::is_talk_topic(&ctx.word(s, v))
}

/// `…, insisting that`, `…, arguing`: a participle after a comma opens a
/// clause of the sentence's subject, not of the reported clause.
fn participle_after_comma(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    w.len() > 5 && w.ends_with("ing") && !matches!(w.as_ref(), "including" | "according")
}

/// Is the participle at `i` one of speech, thought or a topic (`saying`,
/// `believing`, `calling for`), which opens a clause of the sentence's
/// subject? Another (`said it raised $2 million, bringing its total to
/// $9 million`) goes on with what was said.
fn speaking_participle(ctx: &Context, s: usize, i: usize) -> bool {
    let t = &ctx.toks(s)[i];
    t.has(lexicon::class::SPEECH_VERB | lexicon::class::CLAUSE_VERB)
        || t.has(lexicon::class::TOPIC_VERB) && lexicon::is_talk_topic(&ctx.word(s, i))
}

/// The most tokens of a participle phrase set off inside a clause.
const MAX_ASIDE_TOKENS: usize = 10;

/// `says Millennials, numbering 75.3 million, surpassed Baby Boomers`: is
/// the participle after the comma at `k` an aside that a second comma
/// closes before the clause's predicate? So may be a phrase that opens
/// with a clause break (`says the deal, however messy, was worth it`,
/// `the firms, which include two banks, are still …`).
fn participle_aside(ctx: &Context, s: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (k + 2..toks.len().min(k + 2 + MAX_ASIDE_TOKENS))
        .take_while(|&c| toks[c].is_word() || toks[c].is(','))
        .find(|&c| toks[c].is(','))
        .is_some_and(|c| c + 1 < toks.len() && opens_predicate(ctx, s, c + 1))
}

fn words(toks: &[Token], from: usize, to: usize) -> usize {
    toks[from..to].iter().filter(|t| t.is_word()).count()
}

/// Are the tokens `from..end` of sentence `s`, after an attribution that
/// follows its clause, adjuncts of that attribution: up to
/// `MAX_ADJUNCT_TAIL_WORDS` words that open with a preposition or a time
/// (`in a memo to State Department staff`, `Thursday on 38 North, a
/// website devoted to North Korea`) or with a participle after a comma
/// (`, taking a step toward …`), with no clause of their own (no `that`,
/// no verb of report, no subject pronoun)? (Not `to`, which may open an
/// infinitive: `…, told Merrylegs to jump up`.)
fn adjunct_tail(ctx: &Context, s: usize, from: usize, end: usize) -> bool {
    let toks = ctx.toks(s);
    let first = first_word(toks, from);
    if first >= end {
        return false;
    }
    let w = ctx.word(s, first);
    let opens = if first > from {
        toks[from].is(',') && first == from + 1 && participle_after_comma(ctx, s, first)
    } else {
        lexicon::is_preposition(&w)
            || matches!(w.as_ref(), "during" | "after" | "before" | "via")
            || lexicon::is_time_opener(&w)
            || lexicon::is_time_noun(&w)
            || lexicon::is_day(toks[first].text())
    };
    opens
        && words(toks, from, end) <= MAX_ADJUNCT_TAIL_WORDS
        && toks[from..end].iter().all(|t| t.is_word() || t.is(','))
        && !(from..end).any(|k| {
            let w = ctx.word(s, k);
            complementizer(&w) || is_subject_pronoun(&w) || is_clause_cue(ctx, s, k)
        })
}

fn found(m: Mention, cue: Span) -> Found {
    Found {
        mention: m,
        cue,
        rule: "reported",
    }
}

/// `CLAUSE, X said [at the time].` and `CLAUSE, said X.`; and `CLAUSE, X
/// said, and CLAUSE.`, where the words after the attribution go on with
/// what was said (`He had no known affiliations, the airline added, and
/// had passed all checks`): two records, the second with its `and` or
/// `but`, as PolNeAR marks them. (Not in a novel, where such a sentence
/// narrates: `Mary thought, and shut the window`.)
fn clause_before(ctx: &Context, s: usize, fiction: bool) -> [Option<((usize, usize), Found)>; 2] {
    let toks = ctx.toks(s);
    // (The class bit first: most words are no verb, and `is_clause_cue`
    // finds the sentence's tokens again.)
    let end = content_end(toks);
    let Some(v) = (0..end)
        .rev()
        .find(|&v| toks[v].has(lexicon::class::CLAUSE_VERB) && is_clause_cue(ctx, s, v))
    else {
        return [None, None];
    };
    // (Not `Rodney said, and then left the room`, nor `…, Hale said,
    // and walked out`: the speaker's own predicate.)
    let go_on = (v + 1..end.saturating_sub(MIN_CLAUSE_WORDS))
        .find(|&k| toks[k].is(',') && matches!(ctx.word(s, k + 1).as_ref(), "and" | "but"))
        .filter(|&k| {
            let next = ctx.word(s, k + 2);
            let own_predicate = matches!(next.as_ref(), "then" | "later")
                || next.len() > 4 && next.ends_with("ed")
                || toks[k + 2].has(lexicon::class::SPEECH_VERB);
            !fiction && !own_predicate
        });
    let first = before_attribution(ctx, s, v, go_on);
    // (A quotation after the conjunction is a record of its own: `…, she
    // said, and “…”`.)
    let second = go_on
        .filter(|&k| !(k..end).any(|j| ctx.inside_quote(toks[j].span.start)))
        .zip(first.as_ref())
        .map(|(k, (_, f))| ((k + 1, end), f.clone()));
    [first, second]
}

/// `clause_before` for the verb at `v`, the sentence ending at the comma
/// `go_on` when the words after it go on with what was said.
fn before_attribution(
    ctx: &Context,
    s: usize,
    v: usize,
    go_on: Option<usize>,
) -> Option<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    // `CLAUSE, Spicer said, adding, “…”`: a participle after the verb
    // introduces a quotation of its own; so may the verb itself (`CLAUSE,
    // he said, “not only by …”`).
    let quote_after = (v + 1..toks.len())
        .find(|&k| ctx.inside_quote(toks[k].span.start))
        .filter(|&q| {
            let words: Vec<usize> = (v + 1..q).filter(|&k| toks[k].is_word()).collect();
            words.is_empty() || words.len() == 1 && ctx.word(s, words[0]).ends_with("ing")
        });
    let end = quote_after.or(go_on).unwrap_or_else(|| content_end(toks));
    // Before a quotation, the words before the attribution must read as a
    // clause: not an adjunct (`On Dec. 7 on MSNBC, Bush said, “…”`), not
    // a subject with its relative clause, not a reported clause of an
    // earlier verb (`He said he had not seen …, and when asked, he said,
    // “…”`).
    // Nor is an opening subordinate clause or adjunct alone, with no comma
    // of its own (`When Hale called for new homes, the council agreed`, `In
    // a 1963 speech, he declared:`; but `If elected, I will act, he said`).
    // (Nor is an opening participle of report: `Noting that …, Hale
    // asked`; `opening_participle` reports it.)
    let reads_as_clause = |from: usize, to: usize| {
        let opener = ctx.word(s, from);
        !lexicon::is_reporting_participle(&opener)
            && !((opener != "whether" && lexicon::is_subordinator(&opener)
                || lexicon::is_adjunct_opener(&opener))
                && !(from..to).any(|k| clause_comma(ctx, s, k)))
            && (quote_after.is_none()
                || !(lexicon::is_adjunct_opener(&opener)
                    || (from..to).any(|k| ctx.word(s, k) == "who" || is_clause_cue(ctx, s, k))))
    };
    let trailing = &toks[v + 1..end];
    // `For Clinton so far, polls suggest she shouldn't try`: a subject
    // (or, after most verbs, an article) after the verb opens the clause
    // it reports; the words before the comma are no clause of their own.
    let lemma = lexicon::clause_verb(toks[v].text()).unwrap_or_default();
    let opens_own = trailing.first().is_some_and(|t| {
        let w = lexicon::to_lowercase(t.text());
        matches!(
            w.as_ref(),
            "he" | "she" | "they" | "we" | "i" | "it" | "there"
        ) || !takes_object(lemma) && matches!(w.as_ref(), "the" | "a" | "an" | "these" | "this")
    });
    let trailing_ok = !opens_own
        && (trailing.iter().all(|t| t.is_word() || t.is(','))
            && trailing.iter().filter(|t| t.is_word()).count() <= MAX_TRAILING_WORDS
            && !trailing
                .iter()
                .any(|t| complementizer(&lexicon::to_lowercase(t.text())))
            || adjunct_tail(ctx, s, v + 1, end));
    // `…, said Nuland.`
    // (`…, explained his support.`: an object, not an inverted speaker;
    // `…, Kennedy, the undersecretary, wrote.`: no speaker after the
    // verb, the subject and its apposition before it.)
    // (Not after `told`, whose object is who heard it: `One delegate,
    // Kelly Schmidt, told POLITICO she …`.)
    if v > 0
        && toks[v - 1].is(',')
        && lemma != "tell"
        && let Some(m) = ctx
            .phrase_after(s, v + 1)
            .filter(|m| m.is_person_like(ctx.text))
    {
        // `…, said he was unaware`: a pronoun with its own verb opens the
        // verb's clause; it is not an inverted speaker (`…, said he.`).
        // Nor is a name with a predicate after it (`Mr. Sarukhan, the
        // ambassador, said Mexico must rebut the claims`).
        if m.kind == MentionKind::Pronoun && toks.get(m.tokens.1).is_some_and(|t| t.is_word())
            || m.tokens.1 < end && opens_predicate(ctx, s, m.tokens.1)
        {
            return None;
        }
        // `…, said Brian Baker, a longtime adviser to the family who …`:
        // an apposition may run to the sentence's end.
        let apposition = toks.get(m.tokens.1).is_some_and(|t| t.is(','));
        let rest_ok = apposition
            || toks[m.tokens.1..end]
                .iter()
                .all(|t| t.is_word() || t.is(','))
                && words(toks, m.tokens.1, end) <= MAX_TRAILING_WORDS
            || adjunct_tail(ctx, s, m.tokens.1, end);
        let clause = (first_word(toks, 0), v - 1);
        return (rest_ok
            && reports_for(ctx, s, lemma, &m)
            && reads_as_clause(clause.0, clause.1)
            && clause.1 > clause.0
            && words(toks, clause.0, clause.1) >= MIN_CLAUSE_WORDS)
            .then(|| (clause, found(m, toks[v].span)));
    }
    if !trailing_ok {
        return None;
    }
    // (An apposition before the verb and a quotation after it: `Just last
    // week, J.J. Goldberg, editor at large of The Forward, wrote, “…”`
    // quotes him; the words before his name are no clause.)
    if v > 0 && toks[v - 1].is(',') && quote_after.is_some() {
        return None;
    }
    let m = ctx.subject_before(s, v)?;
    let comma = m.tokens.0.checked_sub(1)?;
    if !toks[comma].is(',') {
        return None;
    }
    let clause = (first_word(toks, 0), comma);
    // (`…, which, its lawyers believe, would end …`: the verb reports the
    // predicate after it, `clause_after`; and so does the verb set off
    // before the comma in `Instead, she said, her boss told her …`.)
    (clause.1 > clause.0
        && ctx.word(s, comma - 1) != "which"
        && !is_clause_cue(ctx, s, comma - 1)
        && reports_for(ctx, s, lemma, &m)
        && reads_as_clause(clause.0, clause.1)
        && words(toks, clause.0, clause.1) >= MIN_CLAUSE_WORDS)
        .then(|| (clause, found(m, toks[v].span)))
}

/// The first word token at or after `i`.
fn first_word(toks: &[Token], i: usize) -> usize {
    crate::speaker::mention::first_word_at(toks, i).unwrap_or(toks.len())
}

/// `X said (that) CLAUSE.`, `X told Y that CLAUSE.`, `X asked Y whether CLAUSE.`
fn clause_after(ctx: &Context, s: usize, fiction: bool) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 0..end {
        if !toks[v].has(lexicon::class::CLAUSE_VERB | lexicon::class::SPEECH_VERB)
            || !is_clause_cue(ctx, s, v)
            || v > 0 && toks[v - 1].is(',') && participle_after_comma(ctx, s, v)
        {
            // `…, saying CLAUSE` is the sentence subject's (`participles`).
            continue;
        }
        // `…, said Tom Hale, a pollster.`: the speaker after the verb; what
        // follows is no clause.
        if super::subject::inverted_speaker(ctx, s, v).is_some() {
            continue;
        }
        // `Fields tweeted a photograph and said CLAUSE`: the subject of a
        // second predicate is the sentence's.
        // `Trump is saying`: the subject stands before `is`.
        // `officials are quick to add`, `he went on to say`: the subject
        // stands before the verb that governs the infinitive.
        let verb_start = if progressive(ctx, s, v) {
            v - 1
        } else if reports_after_to(ctx, s, v) {
            governing_verb(ctx, s, v)
        } else {
            v
        };
        let subject = ctx.subject_before(s, verb_start).or_else(|| {
            conjunction_before(ctx, s, verb_start).and_then(|c| {
                subordinate_subject(ctx, s, c)
                    .or_else(|| {
                        super::subject::clause_subject(ctx, s, main_clause_start(ctx, s, c), c)
                    })
                    .or_else(|| sentence_subject(ctx, s, c))
            })
        });
        let lemma = lemma(toks[v].text()).unwrap_or_default();
        // `A poll from Marquette Law School released Wednesday found`: the
        // poll, not a name inside its modifier; but the body after `by`
        // that ends it speaks for its report (`A report issued by the OECD
        // noted`; not `Interviews conducted by The Post with workers found`).
        let by_body = |m: &Mention| {
            matches!(m.kind, MentionKind::Name | MentionKind::Organisation)
                && m.tokens.1 == verb_start
                && (m.tokens.0.checked_sub(1)).is_some_and(|k| {
                    ctx.word(s, k) == "by"
                        || ctx.word(s, k) == "the" && k > 0 && ctx.word(s, k - 1) == "by"
                })
        };
        let finding = crate::speaker::mention::finding_subject(toks, verb_start);
        let m = match (finding, subject) {
            (Some(f), m)
                if m.as_ref()
                    .is_none_or(|m| m.tokens.0 > f.tokens.0 && !by_body(m)) =>
            {
                f
            }
            // `the Department of Justice found that`, `Clinton's lawyers
            // found that`: in news a body or a description that finds with
            // `that` reports what it found, as an inquiry does (not a
            // person named or a pronoun: `Tom Hale found that the door was
            // locked`; nor an infinitive: `seems to have found that`, a
            // seeming no one holds).
            (f, Some(m))
                if reports_for(ctx, s, lemma, &m)
                    || f.is_some() && by_body(&m)
                    || !fiction
                        && lemma == "find"
                        && matches!(m.kind, MentionKind::Organisation | MentionKind::Nominal)
                        && ctx.word(s, v + 1) == "that"
                        && !infinitive_verb(ctx, s, v) =>
            {
                m
            }
            _ => continue,
        };
        // The clause starts after `that`/`whether` within a few words, or
        // right after the verb (or its object) when it reads as a clause.
        // `told reporters that`, but not `tells so many lies that`: the
        // object of `tell` and its kind is a person.
        // (After a phrasal verb's particle: `made it clear to … that`.)
        let particle = particle_len(ctx, s, v).unwrap_or(0);
        // `asked Sanders how he was feeling`: after `ask` a question word
        // opens the question, and is part of it. (In a novel such a
        // question narrates: `asked her how long she had stayed`.)
        // `did not say when`, `wouldn't say Tuesday how the party …`,
        // `can't say with any certainty what she'll do`: after a negated
        // `say` a question word opens what was not said, as PolNeAR marks
        // it (`said what we all know` reports no question).
        let question = |k: usize| {
            !fiction
                && lexicon::is_question_word(&ctx.word(s, k))
                && (lemma == "ask"
                    && (complementizer(&ctx.word(s, k))
                        || question_object(ctx, s, v + 1 + particle, k))
                    || lemma == "say"
                        && negated(ctx, s, toks[v].span)
                        && unsaid_question_gap(ctx, s, v + 1, k))
        };
        // (`said Thursday during a taping of a town hall in Buffalo, New
        // York, that …`: an adjunct may run longer; not in a novel, where
        // `said, as if …, that` narrates.)
        let reach = if !fiction && v + 1 < toks.len() && opens_adjunct(ctx, s, v + 1) {
            18
        } else {
            9
        };
        let window = (v + 1 + particle..end.min(v + reach + particle))
            .find(|&k| complementizer(&ctx.word(s, k)) || question(k))
            .filter(|&k| {
                skippable_before_complementizer(ctx, s, v + 1 + particle, k)
                    && (k == v + 1 || !takes_object(lemma) || person_object(ctx, s, v + 1, k))
                    // `said of a list that included`: a relative `that`.
                    && !(k > v + 1 && !question(k) && opens_predicate(ctx, s, k + 1))
            });
        // `“We will win,” she said on Tuesday after the rally`: a verb whose
        // subject follows a quotation attributes it; what comes after the
        // verb, unless `that` opens it (`“It's bad luck,” he said, that
        // …`), is the time and place of that quotation, no clause.
        if window.is_none() && quotation_before(ctx, s, m.tokens.0) {
            continue;
        }
        // `said Wednesday she wants`, `said this week the wall …`: a time
        // between the verb and its clause; `The truth, the senator said
        // then, was …`: a word of time.
        // (`announced Monday morning on Twitter`: a day and its part.)
        // `has said for weeks he is`: a stretch of time.
        let this_week = matches!(ctx.word(s, v + 1).as_ref(), "this" | "last")
            && lexicon::is_time_noun(&ctx.word(s, v + 2))
            || ctx.word(s, v + 1) == "for"
                && toks
                    .get(v + 2)
                    .is_some_and(|t| crate::speaker::mention::stretch_of_time(t.text()))
            || toks.get(v + 1).is_some_and(|t| lexicon::is_day(t.text()))
                && matches!(
                    ctx.word(s, v + 2).as_ref(),
                    "morning" | "afternoon" | "evening" | "night"
                );
        let time_word = toks.get(v + 1).is_some_and(|t| {
            lexicon::is_day(t.text())
                || t.has(lexicon::class::VERB_MODIFIER)
                    && matches!(ctx.word(s, v + 1).as_ref(), "then" | "later")
                    && toks.get(v + 2).is_some_and(|c| c.is(','))
        });
        // `what he said four years ago about …`: a stretch of time back.
        let after = v
            + 1
            + if this_week {
                2
            } else if time_ago(ctx, s, v + 1) {
                3
            } else {
                usize::from(time_word)
            };
        let mut opening = None;
        let start = match window {
            // `said that, if elected, he’d …`: an adjunct of the clause
            // may follow the comma.
            Some(k) if question(k) => k,
            Some(k) => k + 1 + usize::from(toks.get(k + 1).is_some_and(|t| t.is(','))),
            // `Still, he says, CLAUSE`: a verb set off by commas, its
            // subject after a comma too, reports the rest of the sentence.
            // When the rest goes on with a verb (`The good news for Cruz,
            // Woolson said, is that …`), the sentence around the
            // attribution is the clause (in two parts); so is it when the
            // sentence opens with an adjunct of two words or more (`In the
            // long run, many economists say, this effect could …`).
            _ if toks.get(after).is_some_and(|t| t.is(','))
                && parenthetical_subject(ctx, s, &m) =>
            {
                // `a victory in Iowa, which, his advisers believe, would
                // lead to …`: the predicate that fills the relative's gap.
                // (Not `On top of that, opponents say, …`.)
                if m.tokens.0 >= 2 && ctx.word(s, m.tokens.0 - 2) == "which" {
                    after + 1
                } else if after + 1 < end
                    && opens_predicate(ctx, s, after + 1)
                    && !(after..end).any(|k| ctx.inside_quote(toks[k].span.start))
                    || opening_adjunct_part(ctx, s, m.tokens.0 - 1, after + 1)
                {
                    first_word(toks, 0)
                } else {
                    // `Instead, she said, her boss told her …`, `A comic
                    // tone, she said, would make it “accessible”`: the words
                    // before the attribution are what was said too, a
                    // record of their own (two words or more: not `But,
                    // he noted, “…”`, nor `Instead, she said, …`, a word
                    // that says nothing alone). Not words with
                    // a quotation or a verb of report of their own; nor a
                    // time with no verb, the writer's setting (`By then,
                    // they said, …`; but `Things have changed over the
                    // years, she says, …`).
                    let first = first_word(toks, 0);
                    let comma = m.tokens.0 - 1;
                    let predicate = (first..comma).any(|k| opens_predicate(ctx, s, k));
                    opening = (!fiction
                        && first < comma
                        && words(toks, first, comma) >= 2
                        && !(first..comma).any(|k| {
                            ctx.inside_quote(toks[k].span.start)
                                || is_clause_cue(ctx, s, k)
                                || !predicate && names_time(ctx, s, k)
                        }))
                    .then_some((first, comma));
                    after + 1
                }
            }
            // `charged the officer with murder`: `charge` reports only
            // with `that`.
            _ if lemma == "charge" => continue,
            _ if takes_object(lemma) => {
                // `told him the plan was dead`, `told POLITICO he planned`,
                // `is assuring voters he is tough enough`: a one-word
                // object, a pronoun, a name or people.
                let obj = v + 1;
                let w = ctx.word(s, obj);
                let named = toks.get(obj).is_some_and(|t| t.is_capitalized())
                    && lexicon::pronoun(&ctx.word(s, obj + 1)).is_some();
                let people = w
                    .strip_suffix('s')
                    .is_some_and(|n| lexicon::speaker_noun(n).is_some());
                if !(lexicon::pronoun(&w).is_some() || people || named) {
                    continue;
                }
                obj + 1
            }
            // (`pointed out the wards to me` is no report: a phrasal verb
            // reports a clause after `that`.)
            _ if particle > 0 => continue,
            _ => after,
        };
        let around = start < m.tokens.0;
        // After a verb set off by commas any word but a conjunction or a
        // preposition opens the clause (`Still, he says, this effect …`;
        // not `…, the airline said, and had passed …`, nor `Katharine
        // said, with ironical composure, …`).
        let set_off = start > 0 && toks[start - 1].is(',') && start == after + 1 && {
            let w = ctx.word(s, start);
            !(lexicon::is_not_after_set_off_verb(&w)
                || lexicon::is_preposition(&w)
                || lexicon::is_adjunct_opener(&w))
        };
        // `policies, which he said had harmed the economy`: the verb's
        // subject stands in a relative clause whose gap is the reported
        // clause's subject; what it reports opens with its predicate.
        let gap = window.is_none()
            && start == after
            && start < end
            && relative_gap(ctx, s, m.tokens.0)
            && (opens_predicate(ctx, s, start)
                || !fiction && finite_verb(ctx, s, start) && relative_that(ctx, s, m.tokens.0 - 1));
        if start >= end
            || !around && !gap && !opens_clause(ctx, s, start, window.is_some() || set_off)
        {
            continue;
        }
        let mut stop = clause_end(ctx, s, start, subordinate_end(ctx, s, v, start, end));
        // `The plan, which she said was a mistake, failed`: a relative
        // clause set off by commas ends at the next one.
        if gap && m.tokens.0 >= 2 && toks[m.tokens.0 - 2].is(',') {
            stop = (start..stop)
                .find(|&k| clause_comma(ctx, s, k))
                .unwrap_or(stop);
        }
        // `Sanders conceded the race`, `Rubio maintains a lead`: after such
        // a verb words with no `that` are its object, unless they read as
        // a clause (`has maintained they were`, `conceded the tax code is
        // unfair`).
        if window.is_none()
            && !around
            && lexicon::is_thing_object_verb(lemma)
            && !reads_as_clause(ctx, s, start, stop)
        {
            continue;
        }
        // (A predicate after a relative's gap may be two words: `a finish
        // that he said defied expectations`.)
        // (What was not said may be its question word alone: `Cook did
        // not say when.`)
        let unsaid = lemma == "say" && window.is_some_and(question);
        if !unsaid && words(toks, start, stop) < MIN_CLAUSE_WORDS - usize::from(gap && !fiction) {
            continue;
        }
        // The words before a set-off attribution (`opening`, above).
        if let Some(o) = opening {
            out.push((o, found(m.clone(), toks[v].span)));
        }
        // The relative pronoun stands for the gap's subject and is part of
        // what was said, a record of its own before the predicate, as
        // PolNeAR marks it (`policies, which he said had harmed …`). (Not
        // in a novel; nor a free `what`, which stands for no antecedent:
        // `what she said was a Russian effort to “re-Sovietize”`.)
        // (A gap has its pronoun right before the subject: `relative_gap`.)
        if gap && !fiction && ctx.word(s, m.tokens.0 - 1) != "what" {
            let pronoun = m.tokens.0 - 1;
            out.push(((pronoun, pronoun + 1), found(m.clone(), toks[v].span)));
        }
        out.push(((start, stop), found(m, toks[v].span)));
    }
    out
}

/// Do the tokens `start..stop` of sentence `s` read as a clause, not a
/// noun phrase: a subject pronoun first (`they were not marked`), or a
/// verb after the first word (`the tax code is unfair`, `the plan failed`;
/// not a word in -ed after a preposition or a determiner, an adjective:
/// `a pace into advanced age`)?
fn reads_as_clause(ctx: &Context, s: usize, start: usize, stop: usize) -> bool {
    is_subject_pronoun(&ctx.word(s, start))
        || (start + 1..stop).any(|k| {
            lexicon::is_be_form(&ctx.word(s, k))
                || opens_predicate(ctx, s, k) && {
                    let before = ctx.word(s, k - 1);
                    !(lexicon::is_preposition(&before) || lexicon::is_determiner(&before))
                }
        })
}

/// Does a direct quotation in sentence `s` end right before the token
/// `subject`, only a comma between (`“We will win,” she`, `“Why?” he`)? Not
/// one that ends its own sentence (`“We won.” She`), which the sentence
/// splitter may have left joined.
fn quotation_before(ctx: &Context, s: usize, subject: usize) -> bool {
    let toks = ctx.toks(s);
    let Some(at) = toks.get(subject).map(|t| t.span.start) else {
        return false;
    };
    let quotes = &ctx.analysis.quotes;
    let i = quotes.partition_point(|q| q.outer.start < at);
    let Some(q) = i.checked_sub(1).map(|i| &quotes[i]) else {
        return false;
    };
    let gap = ctx.text.get(q.outer.end..at).unwrap_or("x");
    q.kind == Kind::Direct
        && q.outer.start >= toks[0].span.start
        && q.outer.end <= at
        && gap.chars().all(|c| c == ',' || c.is_whitespace())
        && (gap.contains(',') || !q.span.slice(ctx.text).trim_end().ends_with('.'))
}

/// Does a relative pronoun whose gap a reported clause fills stand right
/// before the subject that starts at token `subject` (`which he said`,
/// `what she said`, `that officials said`)?
fn relative_gap(ctx: &Context, s: usize, subject: usize) -> bool {
    subject > 0
        && matches!(
            ctx.word(s, subject - 1).as_ref(),
            "which" | "what" | "that" | "who" | "whom"
        )
}

/// Is the pronoun at `r` a relative: `which`, `who`, `whom`, or `that`
/// after a noun (`moves that he said`), not after a verb, a participle or
/// a conjunction, where it opens a clause (`given that polls show`,
/// `argued that`)?
fn relative_that(ctx: &Context, s: usize, r: usize) -> bool {
    if ctx.word(s, r) != "that" {
        return true;
    }
    let toks = ctx.toks(s);
    r > 0 && toks[r - 1].is_word() && {
        let before = ctx.word(s, r - 1);
        !(toks[r - 1].has(lexicon::class::CLAUSE_VERB | lexicon::class::SPEECH_VERB)
            || lexicon::is_be_form(&before)
            || lexicon::is_conjunction(&before)
            || lexicon::is_not_clause_opener(&before)
            || ["ed", "en", "ing"].iter().any(|x| before.ends_with(x))
            || names_time(ctx, s, r - 1))
    }
}

/// Does the word at `i` read as a verb in the present or the past that
/// opens a predicate (`which he argued seeks to`, `which she says favors
/// the`)? A lower-case word in -ed, or in -s before an object, a
/// preposition or `to` (not a plural subject before its verb: `which she
/// says riders love`); not a pronoun, a determiner or a time (`his`,
/// `this`, `days`).
fn finite_verb(ctx: &Context, s: usize, i: usize) -> bool {
    let toks = ctx.toks(s);
    let t = &toks[i];
    if !t.is_word() || !t.text().starts_with(|c: char| c.is_lowercase()) {
        return false;
    }
    let w = ctx.word(s, i);
    let present = || {
        w.ends_with('s') && !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && {
            let next = ctx.word(s, i + 1);
            !toks.get(i + 1).is_some_and(|t| t.is_word())
                || lexicon::is_determiner(&next)
                || lexicon::is_preposition(&next)
                || next == "to"
                || lexicon::pronoun(&next).is_some()
                || toks[i + 1].has(lexicon::class::VERB_MODIFIER)
        }
    };
    w.len() > 3
        && (w.ends_with("ed") || present())
        && !lexicon::is_determiner(&w)
        && lexicon::pronoun(&w).is_none()
        && !lexicon::is_time_noun(w.trim_end_matches('s'))
}

/// The subject of the verb that starts at token `v`: the phrase before
/// it, or, after `and`/`but`/`then`, the subject of the clause the first
/// predicate opens (`Trump criticized the plan and called for …`).
fn verb_subject(ctx: &Context, s: usize, v: usize) -> Option<Mention> {
    ctx.subject_before(s, v).or_else(|| {
        conjunction_before(ctx, s, v)
            .and_then(|c| super::subject::clause_subject(ctx, s, main_clause_start(ctx, s, c), c))
    })
}

/// The token before the verb at `v` past at most two verb modifiers
/// (`has also`, `quietly`): where an auxiliary or a conjunction that goes
/// with the verb stands.
fn past_verb_modifiers(ctx: &Context, s: usize, v: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let mut k = v.checked_sub(1)?;
    while k > 0
        && k + 3 > v
        && toks[k].has(lexicon::class::VERB_MODIFIER)
        && lexicon::is_verb_modifier(&ctx.word(s, k))
    {
        k -= 1;
    }
    Some(k)
}

/// `Fields tweeted a photograph and said …`, `… and has called for …`:
/// the `and`, `but` or `then` that joins the verb at `v` (after verb
/// modifiers such as `has` or `also`) to a predicate before it.
fn conjunction_before(ctx: &Context, s: usize, v: usize) -> Option<usize> {
    let c = past_verb_modifiers(ctx, s, v)?;
    matches!(ctx.word(s, c).as_ref(), "and" | "but" | "then").then_some(c)
}

/// `…, while Mike Huckabee, the former governor, proposed a test and
/// said …`, `… stood with the nominee as he boasted about the course and
/// said …`: a predicate after the conjunction at `c` goes with the last
/// subordinate clause before it, when a subject opens that clause.
fn subordinate_subject(ctx: &Context, s: usize, c: usize) -> Option<Mention> {
    let start = main_clause_start(ctx, s, c);
    let sub = (start + 1..c).rev().find(|&k| {
        let w = ctx.word(s, k);
        lexicon::is_subordinator(&w) && !matches!(w.as_ref(), "whether" | "if" | "even" | "once")
    })?;
    subject_opening(ctx, s, sub + 1, c)
}

/// The subject of the sentence's first predicate, when it stands before
/// token `to`: the phrase at the sentence's start (or after an opening
/// adjunct) that a verb follows. `A spokesman for the mayor defended the
/// route and said …`, `Beyond the footage, the affidavit cited interviews
/// and said …`.
fn sentence_subject(ctx: &Context, s: usize, to: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    let first = first_word(toks, 0);
    let start = match opening_adjunct_end(ctx, s, to) {
        Some(k) => k,
        None if lexicon::is_adjunct_opener(&ctx.word(s, first)) => return None,
        None => first,
    };
    subject_opening(ctx, s, start, to)
}

/// The phrase that opens at token `start` of sentence `s` as the subject
/// of a verb before token `to`.
fn subject_opening(ctx: &Context, s: usize, start: usize, to: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    let mut subjects = (start + 1..to.min(start + MAX_SUBJECT_DISTANCE))
        .filter(|&p| {
            toks[p].is_word()
                && toks[p].text().starts_with(|c: char| c.is_lowercase())
                && !ctx.inside_quote(toks[p].span.start)
        })
        .filter_map(|p| {
            ctx.subject_before(s, p)
                // A description ends in a word for a person or for what
                // one writes (`the affidavit`); its head is its last word
                // (`The enthusiasms of a young girl` is no person).
                .filter(|m| {
                    let last = m.tokens.1 - 1;
                    // `Donald Trump's eldest daughter`: a possessive is no
                    // subject.
                    m.tokens.0 == start
                        && !crate::speaker::mention::possessive(&toks[last], ctx.text)
                        && (m.kind != MentionKind::Nominal
                            || (toks[last].has(lexicon::class::SPEAKER_NOUN)
                                || lexicon::is_statement_noun(&ctx.word(s, last)))
                                && !(m.tokens.0..m.tokens.1).any(|k| ctx.word(s, k) == "of"))
                })
                .map(|m| (m, lexicon::is_preposition(&ctx.word(s, p))))
        });
    // The subject before a verb rather than one before a preposition (`The
    // director of the center, Ina Kirsch, told …`), if there is one.
    let first = subjects.next()?;
    if !first.1 {
        return Some(first.0);
    }
    Some(
        subjects
            .find(|(_, before_preposition)| !before_preposition)
            .unwrap_or(first)
            .0,
    )
}

/// When sentence `s` opens with an adjunct closed by a comma before token
/// `to` (within eight tokens), the first word after that comma. An
/// adjunct opens with a preposition or a subordinator (`In Iowa,`, `When
/// asked,`), or is a phrase of time: `Later,`, `Shortly after the
/// announcement,`, `Minutes later,`, `Later that day,`.
fn opening_adjunct_end(ctx: &Context, s: usize, to: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let first = first_word(toks, 0);
    let opener = ctx.word(s, first);
    // A subordinate clause (`When terrorists are revealed as part of …,`)
    // runs longer than a phrase.
    let reach = if lexicon::is_subordinator(&opener) {
        MAX_SUBORDINATE_TOKENS
    } else {
        8
    };
    let comma = (first..to.min(first + reach)).find(|&k| clause_comma(ctx, s, k))?;
    let time_adverb = |w: &str| {
        lexicon::is_listed_verb_modifier(w)
            || matches!(
                w,
                "meanwhile" | "afterward" | "afterwards" | "earlier" | "ago"
            )
    };
    let adjunct = lexicon::is_adjunct_opener(&opener)
        // (A name in -ly is no adverb: `Kelly, a spokesman, said`.)
        || time_adverb(&opener)
        || opener.ends_with("ly") && lexicon::first_name(toks[first].text()).is_none()
        || comma > first + 1 && time_adverb(&ctx.word(s, comma - 1));
    adjunct.then(|| first_word(toks, comma + 1))
}

/// Where the sentence's main clause may start, for a subject before token
/// `to`: after an opening adjunct (`Asked about the vote, Ruiz …`), else
/// at the sentence's start.
fn main_clause_start(ctx: &Context, s: usize, to: usize) -> usize {
    opening_adjunct_end(ctx, s, to).unwrap_or(0)
}

/// Does a subject name someone who speaks: a name, a pronoun, an
/// organisation, or a description that is plural or whose head is a word
/// for a person (`A spokesman`, `A lawmaker in the Philippines`; not `the
/// deal` or `a fairly measured`)? The head is the word before the first
/// preposition but `of`, else the last (`A group of nurses`). In news a
/// head for a body (`the harbor council`) or a plural after an article,
/// which the description leaves singular (`The riders`), names one too
/// (in a novel, `a torrent of ideas pressing for` does not).
fn names_a_speaker(ctx: &Context, s: usize, m: &Mention, fiction: bool) -> bool {
    m.kind != MentionKind::Nominal || m.plural || {
        let head = description_head(ctx, s, m);
        let t = &ctx.toks(s)[head];
        t.has(lexicon::class::SPEAKER_NOUN)
            || !fiction && {
                let w = ctx.word(s, head);
                t.has(lexicon::class::ORG_WORD) && lexicon::is_org_word(&w)
                    || crate::speaker::mention::is_plural_noun(&w)
            }
    }
}

/// Does a description headed by a document or a finding (`The Post
/// editorial`, `the report`, `A letter to members`) stand as a subject,
/// not as the object of a verb before it (`the docs who sent the letter
/// called`)?
fn document_subject(ctx: &Context, s: usize, m: &Mention) -> bool {
    let toks = ctx.toks(s);
    m.kind == MentionKind::Nominal
        && toks[description_head(ctx, s, m)].has(lexicon::class::DOCUMENT)
        && (m.tokens.0 == 0 || !toks[m.tokens.0 - 1].is_word() || {
            let w = ctx.word(s, m.tokens.0 - 1);
            lexicon::is_preposition(&w)
                || lexicon::is_subordinator(&w)
                || matches!(w.as_ref(), "and" | "but")
        })
}

/// The head of a description: the word before its first preposition but
/// `of`, else its last (`A group of nurses`, `A letter to members`).
fn description_head(ctx: &Context, s: usize, m: &Mention) -> usize {
    (m.tokens.0 + 1..m.tokens.1)
        .find(|&k| {
            let w = ctx.word(s, k);
            w != "of" && lexicon::is_preposition(&w)
        })
        .unwrap_or(m.tokens.1)
        - 1
}

/// Can the tokens `from..k` stand between a verb and the `that` at `k`
/// (`said in a statement that`, `told reporters that`)? Words and commas
/// only, and no subject, auxiliary or verb of report of a clause of their
/// own: in `said he is being asked about incidents that happened`, `that`
/// is in the clause; in `said his research shows that`, so is `his
/// research shows`.
fn skippable_before_complementizer(ctx: &Context, s: usize, from: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (from..k).all(|j| {
        let w = ctx.word(s, j);
        (toks[j].is_word() || toks[j].is(','))
            && !(toks[j].has(lexicon::class::CLAUSE_VERB) && is_clause_cue(ctx, s, j))
            && !matches!(
                w.as_ref(),
                "he" | "she"
                    | "they"
                    | "we"
                    | "i"
                    | "it"
                    | "is"
                    | "was"
                    | "are"
                    | "were"
                    | "has"
                    | "have"
                    | "had"
                    | "will"
                    | "would"
                    | "can"
                    | "could"
                    | "should"
                    | "did"
            )
    })
}

/// Can the tokens `from..to` after a verb like `tell` name whom it was
/// told: a phrase with an article or possessive (`the crowd`, `his
/// wife`), a pronoun, a name, or a word for people (`reporters`)? Not
/// `tells so many lies that`.
fn person_object(ctx: &Context, s: usize, from: usize, to: usize) -> bool {
    lexicon::is_determiner(&ctx.word(s, from))
        || ctx.toks(s)[from..to].iter().any(|t| {
            t.is_capitalized()
                || t.has(
                    lexicon::class::PRONOUN
                        | lexicon::class::SPEAKER_NOUN
                        | lexicon::class::ORG_WORD,
                )
        })
}

/// Can the tokens `from..k` stand between `ask` and the question word at
/// `k`: nothing, an adverb (`asked specifically what`), or whom it was
/// asked, a pronoun or a name (`asked Sanders how`) or a short phrase
/// with an article (`asked the network how`), unless the question word
/// reads as a relative, `who` or `which` before a verb (not `asked the
/// woman who sat …`, but `asked our followers who their favorite was`)?
/// Not `asked Marianne to sing a song which …`.
fn question_object(ctx: &Context, s: usize, from: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    let next = ctx.word(s, k + 1);
    let relative = matches!(ctx.word(s, k).as_ref(), "who" | "whom" | "which")
        && !(lexicon::is_determiner(&next) || lexicon::pronoun(&next).is_some());
    let between = &toks[from..k];
    between.len() <= 3
        && between.iter().all(|t| {
            t.is_capitalized()
                || t.has(lexicon::class::PRONOUN)
                || t.text().ends_with("ly") && between.len() == 1
        })
        || !relative
            && between.len() <= 3
            && lexicon::is_determiner(&ctx.word(s, from))
            && between
                .iter()
                .all(|t| t.is_word() && !lexicon::is_preposition(t.text()))
}

/// Can the tokens `from..k` stand between a negated `say` and the
/// question word at `k`: nothing, a day (`wouldn't say Tuesday how`), or
/// a short phrase that opens with a preposition (`can't say with any
/// certainty what`, `not willing to say for certain who`)?
fn unsaid_question_gap(ctx: &Context, s: usize, from: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    from == k
        || k - from <= 4 && toks[from..k].iter().all(Token::is_word) && opens_adjunct(ctx, s, from)
}

/// Does the word at `k` open an adjunct that may stand between a verb of
/// report and what it reports: a day (`said Tuesday that`) or a
/// preposition (`said during a taping … that`, `can't say with any
/// certainty what`)?
fn opens_adjunct(ctx: &Context, s: usize, k: usize) -> bool {
    lexicon::is_day(ctx.toks(s)[k].text()) || lexicon::is_preposition(&ctx.word(s, k))
}

/// Is the subject `m` of a verb that a comma follows set off as a
/// parenthesis (`Still, he says,`, `Like his comments, Mr. Graham said,`):
/// after a comma, and not at the sentence's start?
fn parenthetical_subject(ctx: &Context, s: usize, m: &Mention) -> bool {
    m.tokens.0 > 0 && ctx.toks(s)[m.tokens.0 - 1].is(',')
}

/// Do the words of sentence `s` before the comma at `comma` make an
/// adjunct of the clause that resumes at `resume` (and opens there with
/// its subject: not `…, the man said, in a high voice`): two words or more,
/// opening with a preposition or a subordinator (`In the long run`, `If the
/// demands are not met`, `As Election Day nears`), with no quotation in
/// the sentence? A time is the writer's setting, not what was said (`At one
/// point on Sunday`, `By then`, `In the early 1990s`).
fn opening_adjunct_part(ctx: &Context, s: usize, comma: usize, resume: usize) -> bool {
    let toks = ctx.toks(s);
    let first = first_word(toks, 0);
    let w = ctx.word(s, first);
    (lexicon::is_preposition(&w) || lexicon::is_subordinator(&w) || lexicon::is_adjunct_opener(&w))
        && words(toks, first, comma) >= 2
        && resume < toks.len()
        && opens_clause(ctx, s, resume, false)
        && !(first..comma).any(|k| names_time(ctx, s, k))
        && !(first..content_end(toks).max(resume)).any(|k| ctx.inside_quote(toks[k].span.start))
}

/// Is the word at `k` one of a time (`Sunday`, `1990s`, `then`, `point`,
/// `four years ago`)?
fn names_time(ctx: &Context, s: usize, k: usize) -> bool {
    let w = ctx.word(s, k);
    lexicon::is_time_noun(w.trim_end_matches('s'))
        || lexicon::is_day(ctx.toks(s)[k].text())
        || w.bytes().any(|b| b.is_ascii_digit())
        || matches!(w.as_ref(), "then" | "once" | "point" | "later" | "earlier")
        || time_ago(ctx, s, k)
}

/// Does a stretch of time back from now start at `k`: a number in words
/// (or `a`, `several`, `few`), a unit and `ago` (`four years ago`, `a
/// year ago`, `two days ago`)?
fn time_ago(ctx: &Context, s: usize, k: usize) -> bool {
    let w = ctx.word(s, k);
    (crate::speaker::mention::is_number_word(&w) || matches!(w.as_ref(), "a" | "several" | "few"))
        && ctx.word(s, k + 2) == "ago"
        && {
            let unit = ctx.word(s, k + 1);
            let one = unit.trim_end_matches('s');
            lexicon::is_time_noun(one) || crate::speaker::mention::stretch_of_time(&unit)
        }
}

/// Does the word at `i` go on with a predicate (`is that`, `has been`)
/// rather than open a clause of its own?
fn opens_predicate(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    lexicon::is_auxiliary(&w)
        || w.len() > 4
            && w.ends_with("ed")
            && ctx.toks(s)[i]
                .text()
                .starts_with(|c: char| c.is_lowercase())
}

/// Does a reported clause start at token `i`? After `that` anything does;
/// otherwise a subject must: a pronoun, a determiner or a name.
fn opens_clause(ctx: &Context, s: usize, i: usize, after_complementizer: bool) -> bool {
    let t = ctx.toks(s)[i];
    if !t.is_word() {
        return false;
    }
    if after_complementizer {
        return true;
    }
    let w = ctx.word(s, i);
    // `he’s`, `they’re`: a subject with its verb.
    let w = w.split(['’', '\'']).next().unwrap_or("");
    // A clause starts with its subject: a pronoun, a determiner, a name, a
    // number, a noun; not a preposition, an adverb or a word that is the
    // object itself (`said in politics`, `said nothing`, `said yes`).
    let not_subject = lexicon::is_not_clause_opener(w)
        || t.has(lexicon::class::VERB_MODIFIER | lexicon::class::SPEECH_VERB)
        // `Rust Belt states underscored how …`: a verb in -ed, no subject.
        || w.len() > 4 && w.ends_with("ed") && t.text().starts_with(|c: char| c.is_lowercase())
        || t.is_capitalized() && t.has(lexicon::class::NOT_NAME);
    !not_subject || w == "this" && this_subject(ctx, s, i) || degree_of_subject(ctx, s, i)
}

/// Is the word at `i` an adverb in -ly that grades the subject after it
/// (`said nearly every conversation`, `said roughly 40 percent of`), not
/// one of the verb's (`said quietly that`)? Or `too` before `many` or
/// `few` and a noun (`says too many women are`; not `said too many
/// times`)?
fn degree_of_subject(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    let next = ctx.word(s, i + 1);
    w.ends_with("ly")
        && !lexicon::is_listed_verb_modifier(&w)
        && (lexicon::is_determiner(&next)
            || lexicon::is_quantifier(&next)
            || next.starts_with(|c: char| c.is_ascii_digit()))
        || w == "too"
            && matches!(next.as_ref(), "many" | "few")
            && !lexicon::is_time_noun(ctx.word(s, i + 2).trim_end_matches('s'))
}

/// Is `this` at token `i` the subject of a verb after it (`believe this
/// provides`, `said this is`), not the object (`said this`) or a time
/// (`said this week`)?
fn this_subject(ctx: &Context, s: usize, i: usize) -> bool {
    let Some(t) = ctx.toks(s).get(i + 1).filter(|t| t.is_word()) else {
        return false;
    };
    let w = ctx.word(s, i + 1);
    lexicon::is_auxiliary(&w)
        || t.text().starts_with(|c: char| c.is_lowercase())
            && w.len() > 3
            && (w.ends_with('s') && !w.ends_with("ss") || w.ends_with("ed"))
            && !lexicon::is_time_noun(w.trim_end_matches('s'))
}

/// `According to X, CLAUSE.` and `CLAUSE, according to X.`
fn according_to(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let a = ctx.find_according_to(s, 0..end.saturating_sub(2))?;
    let m = ctx
        .phrase_after(s, a + 2)
        .filter(|m| m.kind != MentionKind::Nominal || !continues_noun(ctx, s, m.tokens.1))
        .filter(|m| !document_after(ctx, s, m.tokens.1))
        .or_else(|| crate::speaker::mention::source_after(toks, a + 2, end))?;
    let cue = Span::new(toks[a].span.start, toks[a + 1].span.end);
    // `But the next day, according to Roffman, Trump made further
    // demands.`: after an adjunct (a few words), the clause follows the
    // source (and is no apposition of it).
    let mut m = m;
    let comma_after = |from: usize| {
        (from..end.min(from + MAX_TRAILING_WORDS))
            .find(|&k| toks[k].is(','))
            .filter(|&k| toks[from..k].iter().all(Token::is_word) && k + 1 < end)
    };
    // `, another former envoy,`: an apposition of the source, skipped.
    let apposition =
        |k: usize| matches!(ctx.word(s, k + 1).as_ref(), "a" | "an" | "another" | "one");
    let source_comma = comma_after(m.tokens.1)
        .and_then(|k| {
            if apposition(k) {
                comma_after(k + 2)
            } else {
                Some(k)
            }
        })
        .filter(|&k| {
            // What follows goes on with the sentence: a clause (`Trump
            // made further demands`), the predicate of the words before
            // the attribution (`The heart of the trouble, according to
            // X, was …`) or its object (`G4S receives, according to one
            // report, $234 million`); not a participle (`, becoming …`).
            opens_clause(ctx, s, k + 1, false)
                && !apposition(k)
                && !ctx.word(s, k + 1).ends_with("ing")
                || toks[k + 1].text().starts_with(['$', '€', '£'])
        });
    let clause = if a == 0 || a == first_word(toks, 0) {
        // `According to X, CLAUSE.`
        let comma = (m.tokens.1..end).find(|&k| toks[k].is(','))?;
        whole_source(ctx, s, &mut m, comma);
        (comma + 1, end)
    } else if let Some(comma) =
        source_comma.filter(|_| toks[a - 1].is(',') && words(toks, 0, a) <= MAX_TRAILING_WORDS)
    {
        m.role = None;
        m.tokens.1 = m.tokens.1.min(comma);
        (comma + 1, end)
    } else {
        // `CLAUSE, according to X.`
        if !toks[a - 1].is(',')
            || words(toks, m.tokens.1, end) > MAX_TRAILING_WORDS
                && !adjunct_tail(ctx, s, m.tokens.1, end)
        {
            return None;
        }
        whole_source(ctx, s, &mut m, end);
        (first_word(toks, 0), a - 1)
    };
    let found = Found {
        mention: m,
        cue,
        rule: "according-to",
    };
    (clause.1 > clause.0 && words(toks, clause.0, clause.1) >= MIN_CLAUSE_WORDS)
        .then_some((clause, found))
}

/// The source after `according to` is the whole phrase up to `to`, the
/// comma before the clause or the sentence's end, with what describes it
/// (PolNeAR's span): `a memo released Friday by the watchdog`, `a source
/// on the call`, `figures her campaign released Friday` (not the junk
/// `figures her campaign`, cut before the verb of its relative clause). A
/// comma before a word that is neither an article nor a capital opens a
/// clause of the writer's own (`…, although Carson keeps it close`) and
/// ends the phrase, and so does a time at its end (`a spokesman for the
/// port on Monday`). A person's name keeps its own span: its role goes in
/// an apposition of its own.
fn whole_source(ctx: &Context, s: usize, m: &mut Mention, to: usize) {
    if m.kind == MentionKind::Name || m.tokens.1 >= to {
        return;
    }
    let toks = ctx.toks(s);
    let stop = (m.tokens.1..to)
        .find(|&k| {
            toks[k].is(',')
                && toks.get(k + 1).is_some_and(|t| {
                    !(t.is_capitalized()
                        || lexicon::is_determiner(&lexicon::to_lowercase(t.text())))
                })
        })
        .unwrap_or(to);
    let Some(last) = (m.tokens.1..stop).rev().find(|&k| toks[k].is_word()) else {
        return;
    };
    let last = spoken_time_back(toks, m.tokens.0, last + 1) - 1;
    if last < m.tokens.1 {
        return;
    }
    m.run_to(toks, last + 1);
    m.kind = MentionKind::Nominal;
    m.role = None;
}

/// `In the CBS poll, Trump’s lead over Cruz remained in double digits`,
/// `By the Associated Press's tally, he now has 739`: a poll, study or
/// count named in an opening adjunct is the source of the clause after it
/// (after one participle set off by commas at most: `In the latest poll,
/// conducted in May, Clinton led`). A clause with a verb of report of its
/// own is that verb's (`In a new poll, most voters said …`).
fn source_adjunct(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let first = first_word(toks, 0);
    if !matches!(ctx.word(s, first).as_ref(), "in" | "by") {
        return None;
    }
    let comma_after =
        |from: usize| (from..end.min(from + MAX_TRAILING_WORDS)).find(|&k| toks[k].is(','));
    let comma = comma_after(first + 1)?;
    let head = ctx.word(s, comma - 1);
    let singular = head.strip_suffix('s').unwrap_or(&head);
    if !(lexicon::is_finding_noun(&head) || lexicon::is_finding_noun(singular)) {
        return None;
    }
    let m = crate::speaker::mention::source_after(toks, first + 1, comma)
        .filter(|m| m.tokens.1 == comma)?;
    let w = ctx.word(s, comma + 1);
    let start = if w.len() > 4 && w.ends_with("ed") {
        comma_after(comma + 2)? + 1
    } else {
        comma + 1
    };
    if start >= end
        || !opens_clause(ctx, s, start, false)
        || (start..end)
            .any(|k| toks[k].has(lexicon::class::CLAUSE_VERB) && is_clause_cue(ctx, s, k))
    {
        return None;
    }
    let stop = clause_end(ctx, s, start, end);
    let found = Found {
        mention: m,
        cue: Span::new(toks[first].span.start, toks[comma - 1].span.end),
        rule: "source",
    };
    (words(toks, start, stop) >= MIN_CLAUSE_WORDS).then_some(((start, stop), found))
}

/// Is sentence `s` a paragraph of its own (a headline)?
fn own_paragraph(ctx: &Context, s: usize) -> bool {
    let sentences = &ctx.analysis.sentences;
    let paragraph = sentences[s].paragraph;
    !(s > 0 && sentences[s - 1].paragraph == paragraph
        || sentences
            .get(s + 1)
            .is_some_and(|n| n.paragraph == paragraph))
}

/// Is sentence `s` the title of the document: its first line, a paragraph
/// of its own with more text after it?
fn title_line(ctx: &Context, s: usize) -> bool {
    s == 0 && ctx.sentence_count() > 1 && own_paragraph(ctx, s)
}

/// Is sentence `s` a headline in title case: a paragraph of its own of
/// three words or more, three in four of them capitalized (`Pence
/// Endorses Paul Ryan With Trump’s Blessing`)?
fn title_headline(ctx: &Context, s: usize) -> bool {
    if !own_paragraph(ctx, s) {
        return false;
    }
    let toks = ctx.toks(s);
    let words = toks.iter().filter(|t| t.is_word()).count();
    let capitals = toks.iter().filter(|t| t.is_capitalized()).count();
    words >= 3 && capitals * 4 >= words * 3
}

/// The most words of the source before the colon of a headline.
const MAX_LABEL_WORDS: usize = 6;

/// `Judicial Watch: State Department Hid Key Clinton Benghazi Email`,
/// `Poll: Trump and Clinton hold narrow leads`: a headline that names its
/// source (a name, an organisation, a poll) before a colon, what it
/// reports after, without quotation marks.
fn headline_label(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
    // (The paragraph first: it is the cheapest test, and most fail it.)
    if !own_paragraph(ctx, s) {
        return None;
    }
    let toks = ctx.toks(s);
    let first = first_word(toks, 0);
    let colon =
        (first + 1..toks.len().min(first + 2 * MAX_LABEL_WORDS)).find(|&k| toks[k].is(':'))?;
    let end = content_end(toks);
    if colon >= end
        || words(toks, first, colon) > MAX_LABEL_WORDS
        || words(toks, colon + 1, end) < MIN_CLAUSE_WORDS
        || !toks[first].is_capitalized()
        // (What opens with a quotation is one: `Kasich: ‘We Are Going …’`.)
        || ctx.inside_quote(toks[first_word(toks, colon + 1)].span.start)
    {
        return None;
    }
    // A name of one word may be a label of the page (`Update:`); unless
    // the document names a person with it (`Lynch: No outside influence
    // on FBI probe` over `Attorney General Loretta Lynch said`).
    let m = ctx.subject_before(s, colon).filter(|m| {
        m.tokens.0 == first
            && (m.kind == MentionKind::Organisation
                || m.kind == MentionKind::Name
                    && (words(toks, m.tokens.0, m.tokens.1) >= 2 || surname_elsewhere(ctx, s, m))
                || lexicon::is_finding_noun(&ctx.word(s, m.tokens.1 - 1)))
    })?;
    let start = first_word(toks, colon + 1);
    // A fragment quoted at the end is reported whole, its closing mark
    // included (`Is ‘Disqualifying.’`).
    let mut end = end;
    while end < toks.len() && ctx.inside_quote(toks[end].span.start) {
        end += 1;
    }
    let mut f = found(m, toks[colon].span);
    f.rule = "colon-label";
    Some(((start, end), f))
}

/// Is the one-word name `m` of sentence `s` the last word of a name of two
/// words or more in another sentence of the document?
fn surname_elsewhere(ctx: &Context, s: usize, m: &Mention) -> bool {
    let word = m.name.slice(ctx.text);
    (0..ctx.sentence_count()).filter(|&o| o != s).any(|o| {
        ctx.names(o, usize::MAX).any(|n| {
            n.kind == MentionKind::Name
                && n.tokens.1 - n.tokens.0 >= 2
                && ctx.toks(o)[n.tokens.1 - 1].text() == word
        })
    })
}

/// `Bernie Sanders Says He’s Already Started Writing His Inaugural
/// Address`: a headline (a paragraph of one sentence) in title case, its
/// verb capitalized too.
fn headline(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
    // A headline is a paragraph of its own.
    if !own_paragraph(ctx, s) {
        return None;
    }
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let capital_verb = lexicon::class::CLAUSE_VERB | lexicon::class::CAPITAL;
    let v = (1..end).find(|&v| {
        toks[v].class & capital_verb == capital_verb
            && toks[v - 1].has(lexicon::class::CAPITAL)
            && {
                // (`United States` is a place.)
                let w = ctx.word(s, v);
                w != "states" && lexicon::clause_verb(&w).is_some()
            }
    })?;
    // (`Voters Have a Point:` is no `Point Out`.)
    let v_end = v + 1 + particle_len(ctx, s, v)?;
    let after: Vec<&Token> = toks[v_end..end].iter().filter(|t| t.is_word()).collect();
    let capitals = after.iter().filter(|t| t.is_capitalized()).count();
    if after.len() < MIN_CLAUSE_WORDS || capitals * 4 < after.len() * 3 {
        return None;
    }
    let lemma = lexicon::clause_verb(&ctx.word(s, v)).unwrap_or_default();
    let m = ctx
        .subject_before(s, v)
        .filter(|m| reports_for(ctx, s, lemma, m))?;
    Some(((v_end, end), found(m, toks[v].span)))
}

/// `As reported by Western Journalism, CLAUSE.` and `As The Washington
/// Post reported, CLAUSE.`: a source in an `as` clause that opens the
/// sentence.
fn as_reported(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let at = first_word(toks, 0);
    // (A test without `word`, which lower-cases every sentence's capital.)
    if !toks
        .get(at)
        .is_some_and(|t| t.text().eq_ignore_ascii_case("as"))
    {
        return None;
    }
    let (m, v) = if ctx.word(s, at + 1) == "reported" && ctx.word(s, at + 2) == "by" {
        let mut m = ctx
            .phrase_after(s, at + 3)
            .or_else(|| crate::speaker::mention::source_after(toks, at + 3, end))?;
        // What follows the comma is the clause, not an apposition.
        m.role = None;
        (m, at + 1)
    } else {
        let v = (at + 2..end.min(at + 8)).find(|&v| is_clause_cue(ctx, s, v))?;
        let lemma = lexicon::clause_verb(&ctx.word(s, v)).unwrap_or_default();
        let m = ctx
            .subject_before(s, v)
            .filter(|m| m.tokens.0 == at + 1 && reports_for(ctx, s, lemma, m))?;
        (m, v)
    };
    // The source ends the `as` clause: a comma follows (`As he said
    // Monday,` may hold a day between).
    let from = m.tokens.1.max(v + 1);
    let comma = (from..end.min(from + 3)).find(|&k| toks[k].is(','))?;
    if !toks[from..comma].iter().all(Token::is_word) {
        return None;
    }
    let stop = clause_end(ctx, s, comma + 1, end);
    (comma + 1 < stop && words(toks, comma + 1, stop) >= MIN_CLAUSE_WORDS)
        .then(|| ((comma + 1, stop), found(m, toks[v].span)))
}

/// `Obama spoke about the need for …`, `protesters called for an
/// inquiry`, `…, railing against the deal`: what a verb of
/// `topic_verbs.txt` puts after its preposition is what was said, however
/// short (`talked about CNN`); in news, so is the direct object of a verb
/// listed with `-` (`Trump criticized Clinton's email use`).
fn topics(ctx: &Context, s: usize, fiction: bool) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    // (Asked only of a capitalized verb, once.)
    let mut title = None;
    for v in 0..end {
        if !toks[v].has(lexicon::class::TOPIC_VERB) {
            continue;
        }
        let verb = ctx.word(s, v);
        // `Clinton is calling for`: the progressive, its form of `be`
        // before an adverb too (`has been quietly pushing for`).
        let be = progressive_be(ctx, s, v, &verb);
        let progressive = be.is_some();
        let marker = if progressive {
            lexicon::is_noun_marker
        } else {
            is_not_reporting
        };
        // `refused to endorse Ryan`: `to` marks no noun before a base form;
        // in news, `began calling for`: the verb of beginning's subject (in
        // a novel one begins talking about the weather, as narration).
        let infinitive = infinitive_head(ctx, s, v)
            .or_else(|| (!fiction).then(|| aspect_head(ctx, s, v, &verb)).flatten());
        // `Pence Endorses Paul Ryan`: in a headline in title case, a verb
        // after a capitalized word is written with a capital too.
        let capital = toks[v].has(lexicon::class::CAPITAL);
        let used = if capital {
            v > 0
                && toks[v - 1].has(lexicon::class::CAPITAL)
                && *title.get_or_insert_with(|| title_headline(ctx, s))
                // (The class bit is tested above.)
                && ctx.verb_use(&toks[v], s, v, marker)
        } else {
            ctx.used_as_verb(s, v, lexicon::class::TOPIC_VERB, marker)
        };
        if infinitive.is_none() && !used || hearsay_infinitive(ctx, s, v, be) {
            continue;
        }
        // `Trump criticized Clinton's email use`: a verb whose direct
        // object is what was said (`-` in the list).
        let Some(listed) = lexicon::topic_prepositions(&verb) else {
            continue;
        };
        // `voted in favor of`, `spoke out in favor of`: a preposition of
        // several words is listed with hyphens, the longest that follows
        // standing; `spoke out against`: a particle is listed with its
        // preposition.
        let prep_after = |a: usize| {
            let phrase = listed
                .split_whitespace()
                .map(|l| l.trim_end_matches(['*', '^']))
                .filter(|l| l.len() > 1 && l.contains('-'))
                .filter(|l| {
                    l.split('-')
                        .enumerate()
                        .all(|(i, p)| ctx.word(s, a + 1 + i) == p)
                })
                .max_by_key(|l| l.len());
            if let Some(l) = phrase {
                (l.to_owned(), a + 2 + l.matches('-').count())
            } else if ctx.word(s, a + 1) == "out" {
                (format!("out-{}", ctx.word(s, a + 2)), a + 3)
            } else {
                (ctx.word(s, a + 1).into_owned(), a + 2)
            }
        };
        let listed = |p: &str| listed.split_whitespace().any(|l| l == p);
        // (`respond to*`: a preposition in news only; `backs^`, `come
        // out-against^`: in the title of a news document only.)
        let title_only = |p: &str| !fiction && title_line(ctx, s) && listed(&format!("{p}^"));
        let opens_topic =
            |p: &str| listed(p) || !fiction && listed(&format!("{p}*")) || title_only(p);
        let (prep, start) = prep_after(v);
        let opens = opens_topic(&prep);
        // `spoke favorably of`, `voted solidly for`: an adverb in -ly
        // between the verb and its listed preposition, in news (in a novel
        // one speaks gravely of the flowers, as narration). (The word's
        // ending first: this is asked of every topic verb.)
        let adverb = !fiction
            && prep.len() > 4
            && prep.ends_with("ly")
            && !opens
            && toks[v + 1].is_word()
            && !toks[v + 1].has(lexicon::class::CAPITAL);
        let after_adverb = adverb
            .then(|| prep_after(v + 1))
            .filter(|(p, _)| opens_topic(p));
        let start = if let Some((_, start)) = after_adverb {
            start
        } else if opens {
            start
        } else if !fiction && (listed("-") || title_only("-")) && !complementizer(&prep)
            || !fiction && listed("+") && object_complement(ctx, s, v + 1)
            || !fiction && listed("=") && as_complement(ctx, s, v + 1, end)
            || !fiction && listed("~") && wish_object(ctx, s, v + 1)
        {
            v + 1
        } else {
            continue;
        };
        if start >= end {
            continue;
        }
        // `won the polls by talking about`: a gerund after `by`, `in`,
        // `without`, `after` or `before` is the sentence subject's; at the
        // sentence's start (`After talking about security, Mr. Netanyahu
        // left`), the subject's of the clause after the adjunct. (After
        // `for`, `of` or `from` it is often the object's: `railed against
        // his rivals for warning about`.)
        let gerund =
            verb.ends_with("ing") && (subject_gerund(ctx, s, v) || coordinated_gerund(ctx, s, v));
        let opening = gerund && v == first_word(toks, 0) + 1;
        let adjunct_end = if opening {
            (v + 1..end).find(|&k| toks[k].is(','))
        } else {
            None
        };
        let subject = if opening {
            adjunct_end.and_then(|c| super::subject::clause_subject(ctx, s, c + 1, end))
        } else if v > 0 && (toks[v - 1].is(',') || gerund) && verb.ends_with("ing") {
            // `…, calling for`: the sentence subject's.
            let from = v
                .saturating_sub(MAX_SUBJECT_DISTANCE)
                .max(main_clause_start(ctx, s, v - 1));
            super::subject::clause_subject(ctx, s, from, v - 1)
        } else {
            // `refused to endorse Ryan`, `is expected to endorse her`: an
            // infinitive's subject is the subject of the verb before `to`.
            let verb_start = infinitive.or(be).unwrap_or(v);
            // `a candidate who criticized the party`: a restrictive
            // relative clause describes its person; it reports nothing.
            let mut k = verb_start;
            while k > 0 && k + 3 > verb_start && lexicon::is_verb_modifier(&ctx.word(s, k - 1)) {
                k -= 1;
            }
            if k >= 2 && ctx.word(s, k - 1) == "who" && !toks[k - 2].is(',') {
                continue;
            }
            verb_subject(ctx, s, verb_start)
        };
        // `several negative comments about`: a verb in -s agrees with a
        // subject in the singular. `a fairly measured talk about`: a
        // description ends in a word for a person (or is plural), else the
        // verb is its noun. `asked for or just were confused`: what was
        // said is not a conjunction.
        // (`Trump Made This Shocking Final Demand`: in a headline, a run
        // of capitals with a determiner is no name.)
        // (`A letter to members calls for`: a document agrees with its
        // verb by its head.)
        let Some(m) = subject.filter(|m| {
            let document = !verb.ends_with("ing") && document_subject(ctx, s, m);
            let plural = if document {
                ctx.word(s, description_head(ctx, s, m)).ends_with('s')
            } else {
                m.plural
            };
            !(plural && verb.ends_with('s'))
                && (document || names_a_speaker(ctx, s, m, fiction))
                && !(capital
                    && (m.tokens.0..m.tokens.1).any(|k| lexicon::is_determiner(&ctx.word(s, k))))
        }) else {
            continue;
        };
        // `which Milton spoke of as shed by the sun`, `pushed for months`:
        // what follows is no object but another phrase.
        let first = ctx.word(s, start);
        if toks[start].is(',')
            || matches!(first.as_ref(), "and" | "or" | "but" | "as")
            || lexicon::is_preposition(&first)
            || lexicon::is_time_noun(first.trim_end_matches('s'))
            || lexicon::is_day(toks[start].text())
        {
            continue;
        }
        let stop = topic_end(ctx, s, v, start, end, adjunct_end);
        if words(toks, start, stop) > 0 {
            let mut f = found(m, toks[v].span);
            f.rule = "topic";
            out.push(((start, stop), f));
        }
    }
    out
}

/// Is token `v` a participle in -ed of a verb whose direct object is what
/// was said (`-` in `topic_verbs.txt`: `criticized`, `attacked`), the verb
/// of a passive report (`passive_topics`, `unsourced_passives`)?
/// (Its caller tests the token's class bit, `TOPIC_VERB`, first: most
/// words are no topic verb, and this reads the sentence's tokens again.)
fn reports_object_participle(ctx: &Context, s: usize, v: usize) -> bool {
    let verb = ctx.word(s, v);
    verb.ends_with("ed")
        && lexicon::topic_prepositions(&verb)
            .is_some_and(|p| p.split_whitespace().any(|m| m == "-"))
}

/// The most tokens between a passive verb of a topic and the `by` of its
/// agent (`was attacked on the speeches by`).
const MAX_PASSIVE_GAP: usize = 5;

/// `Clinton has been attacked on the speeches by Sanders`, `The move was
/// criticized by economists`: the subject of a passive verb whose direct
/// object is what was said (`-` in `topic_verbs.txt`) is what was said,
/// by the agent after `by`, if that names someone who speaks. Not a
/// relative pronoun (`a Democrat who has been endorsed by`), nor without
/// an agent (`Sanders has been criticized for …`: no one is named).
fn passive_topics(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 2..end {
        if !toks[v].has(lexicon::class::TOPIC_VERB) || !reports_object_participle(ctx, s, v) {
            continue;
        }
        // `was attacked`, `has been widely criticized`, `were quickly derided`.
        let mut b = v - 1;
        if b > 0 && ctx.word(s, b).ends_with("ly") {
            b -= 1;
        }
        if !lexicon::is_be_form(&ctx.word(s, b)) {
            continue;
        }
        let Some(by) = (v + 1..end.min(v + 2 + MAX_PASSIVE_GAP))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| ctx.word(s, k) == "by")
        else {
            continue;
        };
        let Some(agent) = ctx
            .phrase_after(s, by + 1)
            .filter(|m| m.tokens.0 == by + 1 && names_a_speaker(ctx, s, m, false))
        else {
            continue;
        };
        // The subject before the auxiliaries (`Clinton has been`).
        while b > 0 && lexicon::is_auxiliary(&ctx.word(s, b - 1)) {
            b -= 1;
        }
        let Some(m) = verb_subject(ctx, s, b) else {
            continue;
        };
        let w = ctx.word(s, m.tokens.0);
        if m.tokens.1 != b || matches!(w.as_ref(), "who" | "which" | "that" | "it") {
            continue;
        }
        let mut f = found(agent, toks[v].span);
        f.rule = "topic";
        out.push((m.tokens, f));
    }
    out
}

/// `Trump's attacks on Mr. Khan`, `his harsh criticism of the deal`, `the
/// memo made no mention of Clinton`, `Obama sounded a call for calm`: what
/// a noun of `topic_nouns.txt` puts after its preposition is what was
/// said, by the noun's possessor (a name or description in the possessive,
/// or `his`, `her`, `their`, with at most two modifiers between), else by
/// the subject of a verb of `topic_noun_verbs.txt` at most three words
/// before it. Not an article alone (`the attack on the consulate`), nor
/// one the subject did not make (`Clinton faced questions about`). A word
/// of a stance (a preposition marked `+`) is the subject's of `be` or of a
/// verb of `stance_verbs.txt` before it, also negated (`weren't`):
/// `Republicans have been critical of`, `Clinton is an outspoken supporter
/// of`, `aides were coy about`.
fn noun_topics(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for n in 1..end.saturating_sub(2) {
        if !toks[n].has(lexicon::class::TOPIC_NOUN) {
            continue;
        }
        let Some(listed) = lexicon::topic_noun_prepositions(&ctx.word(s, n)) else {
            continue;
        };
        let prep = ctx.word(s, n + 1);
        // `Clinton is an outspoken supporter of`, `Republicans have been
        // critical of`: a preposition marked `+` puts the stance of the
        // subject of `be` (or `remain`) before the word.
        let stance = listed.split_whitespace().find_map(|p| {
            let bare = p.trim_end_matches('+');
            (bare == prep).then_some(bare.len() < p.len())
        });
        let Some(stance) = stance else {
            continue;
        };
        let start = n + 2;
        let first = ctx.word(s, start);
        if !toks[start].is_word()
            || matches!(first.as_ref(), "and" | "or" | "but" | "as")
            || lexicon::is_preposition(&first)
            || lexicon::is_time_noun(first.trim_end_matches('s'))
            || lexicon::is_day(toks[start].text())
        {
            continue;
        }
        // A modifier: a word in lower case that is no article, possessive,
        // preposition or verb (`his harsh attacks`, `made veiled
        // references`).
        let modifier = |k: usize| {
            let w = ctx.word(s, k);
            toks[k].is_word()
                && !toks[k].has(lexicon::class::CAPITAL)
                && !lexicon::is_determiner(&w)
                && !lexicon::is_preposition(&w)
                && !lexicon::is_topic_noun_verb(&w)
                && !matches!(w.as_ref(), "his" | "her" | "their" | "its")
                && !crate::speaker::mention::possessive(&toks[k], ctx.text)
        };
        let mut k = n;
        while k > 0 && n - k < 2 && modifier(k - 1) {
            k -= 1;
        }
        let owner = k.checked_sub(1).filter(|_| !stance).and_then(|o| {
            let gender = match ctx.word(s, o).as_ref() {
                "his" => Some((lexicon::Gender::Male, false)),
                "her" => Some((lexicon::Gender::Female, false)),
                "their" => Some((lexicon::Gender::Unknown, true)),
                _ => None,
            };
            match gender {
                Some((g, plural)) => Some(Mention::pronoun(&toks[o], o, g, plural)),
                // (Not a contraction: `He’s endured questions about`,
                // `There’s criticism of`.)
                None => {
                    let text = toks[o].text();
                    let text = (text.strip_suffix("’s"))
                        .or_else(|| text.strip_suffix("'s"))
                        .unwrap_or(text);
                    let base = lexicon::to_lowercase(text);
                    let contraction = lexicon::pronoun(&base).is_some()
                        || lexicon::is_question_word(&base)
                        || lexicon::is_determiner(&base)
                        || lexicon::is_sentence_starter(text);
                    crate::speaker::mention::possessor(toks, ctx.text, k).filter(|_| !contraction)
                }
            }
        });
        // `made no direct reference to`: the verb's subject.
        let m = owner.or_else(|| {
            let v = (n.saturating_sub(4)..n)
                .rev()
                .take_while(|&j| toks[j].is_word())
                .find(|&j| {
                    let w = ctx.word(s, j);
                    if stance {
                        // (`Republicans weren't too concerned about`.)
                        let bare = w.strip_suffix("n't").or_else(|| w.strip_suffix("n’t"));
                        lexicon::is_stance_verb(bare.unwrap_or(&w))
                    } else {
                        lexicon::is_topic_noun_verb(&w)
                    }
                })?;
            (v + 1..n)
                .all(|j| {
                    let w = ctx.word(s, j);
                    lexicon::is_determiner(&w) || modifier(j)
                })
                .then(|| verb_subject(ctx, s, v))
                .flatten()
        });
        let Some(m) = m.filter(|m| names_a_speaker(ctx, s, m, false)) else {
            continue;
        };
        // A noun phrase ends at its first comma, and at the predicate it
        // is the subject of (`Trump's attacks on him are rippling`), not
        // one of a relative clause in it (`executives who had escaped`),
        // nor of a question it is (`questions about whether he had known`).
        let stop = topic_end(ctx, s, n, start, end, None);
        let mut relative = lexicon::is_question_word(&first);
        let stop = (start + 1..stop)
            .find(|&k| {
                let w = ctx.word(s, k);
                relative |= matches!(w.as_ref(), "who" | "that" | "which");
                toks[k].is(',') || !relative && lexicon::is_auxiliary(&w)
            })
            .unwrap_or(stop);
        if words(toks, start, stop) > 0 {
            let mut f = found(m, toks[n].span);
            f.rule = "topic-noun";
            out.push(((start, stop), f));
        }
    }
    out
}

/// Where what was talked about from `start` ends, for the cue at `v` (a
/// verb or a noun): `endorsed Ted Cruz on Wednesday`: the time is the
/// writer's. The comma that closes an opening adjunct (`adjunct_end`) ends
/// it, and so does a subordinate clause with a verb of report (`calling
/// for a ban after the candidate said …`).
fn topic_end(
    ctx: &Context,
    s: usize,
    v: usize,
    start: usize,
    end: usize,
    adjunct_end: Option<usize>,
) -> usize {
    let toks = ctx.toks(s);
    let stop = clause_end(
        ctx,
        s,
        start,
        adjunct_end.unwrap_or_else(|| subordinate_end(ctx, s, v, start, end)),
    );
    // A predicate of the subject's own ends it too: `blamed the
    // incident on hackers but later fessed up`, `bragging about groping
    // them, is prompting …`.
    let stop = (start + 1..stop)
        .find(|&k| {
            lexicon::is_subordinator(&ctx.word(s, k))
                && (k + 2..stop.min(k + 8))
                    .any(|c| toks[c].has(lexicon::class::CLAUSE_VERB) && is_clause_cue(ctx, s, c))
                || toks[k].is(',') && lexicon::is_auxiliary(&ctx.word(s, k + 1))
                || ctx.word(s, k) == "but" && {
                    let next = k
                        + 1
                        + usize::from(matches!(
                            ctx.word(s, k + 1).as_ref(),
                            "later" | "then" | "also" | "eventually"
                        ));
                    next < stop && opens_predicate(ctx, s, next)
                }
        })
        .unwrap_or(stop);
    // The writer's own words after a comma end it too: an apposition
    // (`universal health care, one of Obama's legacies`) or a clause
    // after `, and the` (`endorsed him, and the bad blood …`).
    let stop = (start + 1..stop)
        .find(|&k| {
            toks[k].is(',')
                && (apposition_at(ctx, s, start, k + 1, stop)
                    || ctx.word(s, k + 1) == "and"
                        && {
                            let w = ctx.word(s, k + 2);
                            w == "there" || lexicon::is_determiner(&w)
                        }
                        && !toks[start..k].iter().any(|t| t.is(',')))
        })
        .unwrap_or(stop);
    // `praised Boyle at a press conference`, `endorsed Trump during a
    // speech`: after an object of plain words, a phrase of the occasion
    // is the writer's.
    let stop = (start + 1..stop)
        .find(|&k| occasion_phrase(ctx, s, k, stop))
        .filter(|&k| plain_object(ctx, s, start, k))
        .unwrap_or(stop);
    crate::speaker::mention::time_phrase_back(toks, stop).max(start + 1)
}

/// The most words after `at`, `in`, `on` or `during` to a noun of
/// `occasion_nouns.txt` (`at a news conference in Hanahan`).
const MAX_OCCASION_WORDS: usize = 5;

/// Does a phrase of the occasion open at `k` before `stop`: `during`, or
/// `at`, `in` or `on` with a noun of `occasion_nouns.txt` at most
/// `MAX_OCCASION_WORDS` words on (`at a rally`, `in an interview`, `on
/// the campaign trail`)?
fn occasion_phrase(ctx: &Context, s: usize, k: usize, stop: usize) -> bool {
    let toks = ctx.toks(s);
    let w = ctx.word(s, k);
    w == "during"
        || matches!(w.as_ref(), "at" | "in" | "on")
            && (k + 1..stop.min(k + 1 + MAX_OCCASION_WORDS))
                .any(|j| toks[j].is_word() && lexicon::is_occasion_noun(&ctx.word(s, j)))
}

/// Is the object `start..k` plain words, with no clause or phrase that an
/// adjunct after it could belong to: no comma or dash, no `to`, `of`,
/// `for`, `as`, relative or subordinating word, no participle in -ed
/// (`urged hackers to look for emails Clinton used during her tenure`)?
fn plain_object(ctx: &Context, s: usize, start: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (start..k).all(|j| {
        let w = ctx.word(s, j);
        !(toks[j].is(',')
            || matches!(w.as_ref(), "-" | "–" | "—")
            || matches!(
                w.as_ref(),
                "to" | "of" | "for" | "as" | "that" | "who" | "whose" | "if" | "whether"
            )
            || lexicon::is_relative_word(&w)
            || lexicon::is_subordinator(&w)
            || w.len() > 4 && w.ends_with("ed"))
    })
}

/// Does an apposition start at `k`, after a comma, and run to `stop`: a
/// determiner or a title (`the father of a slain soldier`, `Mr. Trump's
/// private club`), in no list of such items from `start` (not `the
/// malaise, the lack of jobs, the violence`)?
fn apposition_at(ctx: &Context, s: usize, start: usize, k: usize, stop: usize) -> bool {
    let toks = ctx.toks(s);
    let opens = |k: usize| {
        k < stop && {
            let w = ctx.word(s, k);
            lexicon::is_determiner(&w) || lexicon::is_abbreviated_title(toks[k].text())
        }
    };
    // (A list goes on after the comma with another item, a name or `and`;
    // before it, only an item like this one counts: `criticism from
    // Giles, Millis and Harold Doley, a banker`.)
    let item = |c: usize| toks[c].is(',') && opens(c + 1);
    opens(k)
        && !(start..k - 1).any(item)
        && !(k..stop).any(|c| {
            item(c)
                || toks[c].is(',')
                    && (toks.get(c + 1).is_some_and(Token::is_capitalized)
                        || ctx.word(s, c + 1) == "and")
        })
}

/// `Some aides are said to be urging him to run`: is the verb at `v` (a
/// progressive after `be`, or a base form) the infinitive of a hearsay
/// participle after a form of `be` (`expectation_verbs.txt`, but
/// `expected`, whose subject is its own: `The Times is expected to
/// endorse her`)? The unsourced record (`expectations`) reports it.
fn hearsay_infinitive(ctx: &Context, s: usize, v: usize, be: Option<usize>) -> bool {
    // (The infinitive's first verb: `be` in `to be urging`.)
    let first = be.filter(|&b| ctx.word(s, b) == "be").unwrap_or(v);
    first >= 3 && ctx.word(s, first - 1) == "to" && {
        let w = ctx.word(s, first - 2);
        w != "expected"
            && ctx.toks(s)[first - 2].has(lexicon::class::CLAUSE_VERB)
            && lexicon::is_expectation_verb(&w)
            && lexicon::is_be_form(&ctx.word(s, first - 3))
    }
}

/// `Clinton is calling for`, `has been quietly pushing for`: the token of
/// the form of `be` before the verb in -ing `verb` at `v`, with at most
/// two verb modifiers between (`is also now talking about`).
fn progressive_be(ctx: &Context, s: usize, v: usize, verb: &str) -> Option<usize> {
    if !verb.ends_with("ing") {
        return None;
    }
    let b = past_verb_modifiers(ctx, s, v)?;
    lexicon::is_be_form(&ctx.word(s, b)).then_some(b)
}

/// `began calling for`, `immediately began calling for`, `kept quietly
/// talking about`: for a verb in -ing `verb` at `v` (after an adverb in
/// -ly), the token of a verb of beginning or going on (`aspect_verbs.txt`)
/// before it, whose subject is the verb's.
fn aspect_head(ctx: &Context, s: usize, v: usize, verb: &str) -> Option<usize> {
    if !verb.ends_with("ing") {
        return None;
    }
    let mut head = v.checked_sub(1)?;
    if head > 0
        && ctx.toks(s)[head].has(lexicon::class::VERB_MODIFIER)
        && ctx.word(s, head).ends_with("ly")
    {
        head -= 1;
    }
    (ctx.toks(s)[head].is_word() && lexicon::is_aspect_verb(&ctx.word(s, head))).then_some(head)
}

/// The most words of the object between a verb of using and the `to` of
/// the infinitive that says what for (`used his platform Friday to`).
const MAX_INSTRUMENT_OBJECT: usize = 4;

/// `refused to endorse`, `is expected to emphatically endorse`, `decided
/// not to recommend`: for a base form of `topic_verbs.txt` at `v` after
/// `to` (and an adverb in -ly), the token of the word before `to` (and
/// `not`) when `infinitive_heads.txt` lists it, or of a form of `be` before
/// that word.
fn infinitive_head(ctx: &Context, s: usize, v: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let mut to = v.checked_sub(1)?;
    if to > 0 && ctx.word(s, to).ends_with("ly") {
        to -= 1;
    }
    if to == 0 || ctx.word(s, to) != "to" || !lexicon::is_topic_base(&ctx.word(s, v)) {
        return None;
    }
    let head = to - 1 - usize::from(to > 1 && ctx.word(s, to - 1) == "not");
    if !toks[head].is_word() || !lexicon::is_infinitive_head(&ctx.word(s, head)) {
        // `used his speech to call for`, `used the remarks to urge`: a
        // verb of using (`instrument_verbs.txt`) before its object, of
        // words only.
        return (to.saturating_sub(MAX_INSTRUMENT_OBJECT + 1)..to - 1)
            .rev()
            .take_while(|&k| toks[k].is_word() && toks[k + 1].is_word())
            .find(|&k| lexicon::is_instrument_verb(&ctx.word(s, k)));
    }
    // `is expected to`, `was reluctant to`: the subject stands before `is`.
    Some(head - usize::from(head > 0 && lexicon::is_be_form(&ctx.word(s, head - 1))))
}

/// Is token `v` (a word in -ing) a gerund after `by`, `in`, `without`,
/// `after` or `before`, whose subject is the sentence's (`won the polls by
/// talking about …`)?
fn subject_gerund(ctx: &Context, s: usize, v: usize) -> bool {
    v > 0
        && matches!(
            ctx.word(s, v - 1).as_ref(),
            "by" | "in" | "without" | "after" | "before"
        )
}

/// Is token `v` (a word in -ing) a gerund joined by `and` or `or`, with
/// no comma between, to such a gerund before it (`even after mocking them
/// as cranks and calling Hale a liar`)?
fn coordinated_gerund(ctx: &Context, s: usize, v: usize) -> bool {
    let toks = ctx.toks(s);
    v > 1
        && matches!(ctx.word(s, v - 1).as_ref(), "and" | "or")
        && (v.saturating_sub(12)..v - 1)
            .rev()
            .take_while(|&k| !toks[k].is(','))
            .any(|k| ctx.word(s, k).ends_with("ing") && subject_gerund(ctx, s, k))
}

/// `Cook declined to comment`, `the campaign refused to say whether …`:
/// the infinitive of a verb of speech after a verb of refusing
/// (`refusal_verbs.txt`) is what the subject would not say (not `declined
/// to run`, nor `declined to endorse him`); `Clinton has vowed to honor
/// the agreement`: any infinitive after a verb of promising or threatening
/// (`promise_verbs.txt`; not the noun, `his pledge to build`) is what the
/// subject promised (not `promised to be`, a prospect); `Ruiz hopes to
/// reopen the ferry`: any infinitive but `to be` after a verb of hoping or
/// intending (`intention_verbs.txt`) is what the subject means to do. Each is
/// attributed to the subject as PolNeAR annotates, `to` included. In a
/// novel they narrate (`refused to tell her`), and are left out.
fn infinitive_reports(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let speech = lexicon::class::SPEECH_VERB | lexicon::class::CLAUSE_VERB;
    let mut out = Vec::new();
    for v in 1..end.saturating_sub(2) {
        if ctx.word(s, v + 1) != "to" || !toks[v + 2].is_word() {
            continue;
        }
        let w = ctx.word(s, v);
        // (`the debate promised to be a crucial moment`: a prospect; `wants
        // to be president`: no plan of what to do.)
        let prospect = || matches!(ctx.word(s, v + 2).as_ref(), "be" | "become");
        // `declined to be interviewed`, `refused to sign the agreement`:
        // any infinitive after a verb of refusing is what the subject would
        // not do, but that of a verb whose direct object is what was said,
        // which the topic rule takes (`refused to endorse Ryan`: `Ryan`).
        // (A verb in lower case with a word after it: not `refused to
        // intervene.`, nor `they refuse to define: …`, nor a headline's
        // `Declines To Debate`; nor after an adverb by which the writer
        // infers the refusal: `has also apparently refused to intercede`.)
        let rule = if toks[v].has(lexicon::class::REFUSAL_VERB)
            && (toks[v + 2].has(speech)
                || !toks[v + 2].is_capitalized()
                    && toks.get(v + 3).is_some_and(Token::is_word)
                    && !direct_object_topic(ctx, s, v + 2)
                    && !(v.saturating_sub(3)..v).any(|k| lexicon::is_hedge_adverb(&ctx.word(s, k))))
        {
            "refusal"
        } else if toks[v].has(speech)
            && lexicon::is_promise_verb(&w)
            && ctx.used_as_verb(s, v, speech, lexicon::is_noun_marker)
            && !prospect()
        {
            "promise"
        } else if ctx.used_as_verb(
            s,
            v,
            lexicon::class::INTENTION_VERB,
            lexicon::is_noun_marker,
        ) && !prospect()
        {
            "intention"
        } else {
            continue;
        };
        // `Rubio is seeking to stop …`: the progressive's subject stands
        // before its form of `be`.
        let progressive = w.ends_with("ing") && lexicon::is_be_form(&ctx.word(s, v - 1));
        let Some(m) = verb_subject(ctx, s, v - usize::from(progressive)) else {
            continue;
        };
        let start = v + 1;
        let stop = clause_end(ctx, s, start, subordinate_end(ctx, s, v, start, end));
        let mut f = found(m, toks[v].span);
        f.rule = rule;
        out.push(((start, stop), f));
    }
    out
}

/// Is the verb at `v` an infinitive, `to` or `to have` before it (`to
/// find`, `to have found`)?
fn infinitive_verb(ctx: &Context, s: usize, v: usize) -> bool {
    v >= 1 && ctx.word(s, v - 1) == "to"
        || v >= 2 && ctx.word(s, v - 1) == "have" && ctx.word(s, v - 2) == "to"
}

/// Is token `k` a verb of `topic_verbs.txt` whose direct object is what
/// was said (`-`: `endorse`, `criticize`)?
fn direct_object_topic(ctx: &Context, s: usize, k: usize) -> bool {
    ctx.toks(s)[k].has(lexicon::class::TOPIC_VERB)
        && lexicon::topic_prepositions(&ctx.word(s, k))
            .is_some_and(|l| l.split_whitespace().any(|p| p.starts_with('-')))
}

/// Is `word` (lower case) a relative pronoun that may stand for the
/// object of the verb in its clause (`which he has denied`, `what he
/// calls corruption`, `a case that Cruz has pushed`)? Not `who`, a
/// subject.
fn object_relative(word: &str) -> bool {
    matches!(word, "which" | "what" | "that" | "whom")
}

/// `Cruz has railed against what he calls the “Washington cartel”`,
/// `allegations that he assaulted her, which he has denied`, `his home
/// state, which he describes as his second home`: a relative pronoun
/// whose clause has a subject that speaks and a verb of report with no
/// object of its own (its gap) stands for what was said, a record of its
/// own attributed to that subject, as PolNeAR marks it. The verb is one
/// of `clause_verbs.txt`, or of `topic_verbs.txt` whose direct object is
/// what was said (`-`, `+`, `=`); with no object after it: the end of
/// the clause, a preposition, `as`, an adverb, a time or a conjunction
/// (`+`: a complement, `called “a cartel”`; `=`: `as`); a listed
/// preposition of a topic verb left at the clause's end (`which he spoke
/// of.`). Not `which he said was wrong` (the predicate after the subject
/// is what was said: `clause_after`), nor `in which he said` (the pronoun
/// is the preposition's), nor after a verb (`asked whom she supported`,
/// `said that Sanders conceded`), nor a passive (`that the request was
/// denied`), nor inside a quotation. In news only (the caller's test):
/// in a novel it made false alarms.
fn relative_objects(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let verbs =
        lexicon::class::CLAUSE_VERB | lexicon::class::SPEECH_VERB | lexicon::class::TOPIC_VERB;
    let mut out = Vec::new();
    // (The pronoun stands before the verb's subject: no verb before the
    // first pronoun need be tested, nor any in a sentence without one.)
    let Some(first) = toks[..end]
        .iter()
        .position(|t| t.text().len() <= 5 && object_relative(&t.lower()))
    else {
        return out;
    };
    for v in (first + 2).max(2)..end {
        if !ctx.used_as_verb(s, v, verbs, lexicon::is_noun_marker) {
            continue;
        }
        let verb = ctx.word(s, v);
        // (A passive, `that the request was denied`; an infinitive, `that
        // he was planning to apologize`.)
        let before_verb = ctx.word(s, v - 1);
        if lexicon::is_be_form(&before_verb) && !verb.ends_with("ing") || before_verb == "to" {
            continue;
        }
        let marks = lexicon::topic_prepositions(&verb).unwrap_or("");
        let mark = |m: &str| marks.split_whitespace().any(|l| l == m);
        // (`made it clear`: a phrasal verb reports with its particle only.)
        let particle = particle_len(ctx, s, v);
        let clause = toks[v].has(lexicon::class::CLAUSE_VERB)
            && lexicon::clause_verb(&verb).is_some()
            && particle.is_some();
        let complement = mark("+") || mark("=");
        let object = clause || complement || mark("-");
        if !object && marks.is_empty() {
            continue;
        }
        let Some(m) = ctx.subject_before(s, v) else {
            continue;
        };
        let Some(r) = m.tokens.0.checked_sub(1) else {
            continue;
        };
        let pronoun = ctx.word(s, r);
        if !object_relative(&pronoun)
            || ctx.inside_quote(toks[r].span.start)
            || !names_a_speaker(ctx, s, &m, false)
        {
            continue;
        }
        // `about whom he has written`, `in which he said`: the pronoun is
        // the preposition's. `asked whom she supported`, `said that
        // Sanders conceded`: a question or a clause after a verb. `concerned
        // that`, `said Tuesday that`, `pointed out that`: `that` after a
        // participle, a time or a particle opens a clause.
        // (`that` set off by a comma is no relative.)
        let relative = pronoun == "what"
            || r > 0 && !toks[r - 1].is_word() && pronoun != "that"
            || r > 0 && toks[r - 1].is_word() && {
                let before = ctx.word(s, r - 1);
                !(lexicon::is_not_clause_opener(&before)
                    || toks[r - 1].has(verbs)
                    || pronoun == "that"
                        && (lexicon::is_be_form(&before)
                            || lexicon::is_conjunction(&before)
                            || before.ends_with("ed")
                            || names_time(ctx, s, r - 1)))
            };
        if !relative {
            continue;
        }
        // The verb's object: none (its gap), or only a complement after it.
        let k = v + particle.unwrap_or(0) + 1;
        let quoted = |k: usize| k < end && ctx.inside_quote(toks[k].span.start);
        let gap = if k >= end {
            object
        } else if !toks[k].is_word() {
            // `called “a cartel”`: a quotation after a verb of a
            // complement is that complement; after another, its object
            // (`said, “I feel …”`).
            object
                && !toks[k].is('(')
                && (complement || !(quoted(k) || toks[k].is(',') && quoted(k + 1)))
        } else {
            let w = ctx.word(s, k);
            // `which he spoke of.`: a preposition of a topic verb left at
            // the clause's end.
            if mark(&w) && (k + 1 >= end || !toks[k + 1].is_word() && !quoted(k + 1)) {
                true
            } else if mark("=") {
                w == "as"
            } else if mark("+") {
                !mark(&w)
            } else if object {
                // (After `that`, a preposition may as well open the
                // adjunct of a verb with no object: `that large majorities
                // agreed with Trump`.)
                w == "as"
                    || pronoun != "that" && lexicon::is_preposition(&w)
                    || matches!(w.as_ref(), "and" | "but" | "or")
                    || toks[k].has(lexicon::class::VERB_MODIFIER)
                    || names_time(ctx, s, k)
            } else {
                false
            }
        };
        if !gap {
            continue;
        }
        // `what he called his self-funded campaign`, `what his aides
        // describe as a coalescing of …`: a free `what` with a complement
        // is reported with it.
        let stop = if pronoun == "what" && (complement || ctx.word(s, k) == "as") && k < end {
            clause_end(ctx, s, k, end)
        } else {
            r + 1
        };
        let mut f = found(m, toks[v].span);
        f.rule = "relative-object";
        out.push(((r, stop), f));
    }
    out
}

/// `Noting that Obama’s policy had failed, Trump reminded voters …`,
/// `Insisting it wasn’t rehearsed, Trump invited …`: a participle of a
/// reporting verb that opens the sentence reports the clause up to its
/// comma, said by the subject right after that comma.
fn opening_participle(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let v = first_word(toks, 0);
    if v >= end
        || !toks[v].has(lexicon::class::SPEECH_VERB)
        || !lexicon::is_reporting_participle(&ctx.word(s, v))
    {
        return None;
    }
    let particle = particle_len(ctx, s, v)?;
    let window =
        (v + 1 + particle..end.min(v + 3 + particle)).find(|&k| complementizer(&ctx.word(s, k)));
    let start = window.map_or(v + 1 + particle, |k| k + 1);
    if start >= end || !opens_clause(ctx, s, start, window.is_some()) {
        return None;
    }
    let comma = (start + 1..end).find(|&k| toks[k].is(','))?;
    let m = super::subject::clause_subject(ctx, s, comma + 1, end)
        .filter(|m| m.tokens.0 == first_word(toks, comma + 1))?;
    (words(toks, start, comma) >= MIN_CLAUSE_WORDS)
        .then(|| ((start, comma), found(m, toks[v].span)))
}

/// Does an object with its complement start at token `o`, as after a
/// verb listed with `+` in `topic_verbs.txt` (`called him divisive`,
/// `called Oz a quack`, `labeled the plan a failure`)? The object is a
/// pronoun, a name, or a determiner and up to three words; its complement
/// `a`/`an`, or (after a pronoun or a name) an adjective. Not `called him
/// back`, `called Hale on Monday`, `called a press conference`.
fn object_complement(ctx: &Context, s: usize, o: usize) -> bool {
    let toks = ctx.toks(s);
    let Some(t) = toks.get(o).filter(|t| t.is_word()) else {
        return false;
    };
    let w = ctx.word(s, o);
    let noun_complement = |k: usize| matches!(ctx.word(s, k).as_ref(), "a" | "an");
    let complement = |k: usize| {
        let c = ctx.word(s, k);
        noun_complement(k)
            || toks
                .get(k)
                .is_some_and(|t| t.is_word() && !t.is_capitalized())
                && !lexicon::is_preposition(&c)
                && !lexicon::is_verb_modifier(&c)
                && (c.starts_with("un")
                    || [
                        "ous", "ive", "ful", "able", "ible", "ic", "al", "ent", "ant", "less",
                        "ish",
                    ]
                    .iter()
                    .any(|suffix| c.ends_with(suffix)))
    };
    if matches!(w.as_ref(), "him" | "her" | "them" | "it") {
        return complement(o + 1);
    }
    if t.is_capitalized() {
        return ctx.phrase_after(s, o).is_some_and(|m| {
            m.kind == MentionKind::Name && m.tokens.0 == o && complement(m.tokens.1)
        });
    }
    lexicon::is_determiner(&w)
        && (o + 2..o + 5).any(|k| {
            noun_complement(k)
                && toks[o + 1..k]
                    .iter()
                    .all(|t| t.is_word() && !t.is_capitalized())
        })
}

/// Does what is wished start at token `o`, after a verb listed with `~` in
/// `topic_verbs.txt` (`Ruiz wants more boats`, `wants voters to know that
/// …`)? A word, not `to` (`wants to keep`: the intention rule's; `wanted
/// to be`: no plan), nor an auxiliary (`what they want is a pier`: the
/// object stood before).
fn wish_object(ctx: &Context, s: usize, o: usize) -> bool {
    ctx.toks(s).get(o).is_some_and(Token::is_word) && {
        let w = ctx.word(s, o);
        w != "to" && !lexicon::is_auxiliary(&w)
    }
}

/// The most words of an object before its `as` (`see reauthorization of
/// the program as …`).
const MAX_AS_OBJECT_WORDS: usize = 6;

/// Does an object with its complement after `as` start at token `o`, as
/// after a verb listed with `=` in `topic_verbs.txt` (`voters see the plan
/// as a failure`, `viewed him as a threat`)? The object is words only, no
/// preposition first (`seen by some as`); its `as` is none of `such as`,
/// `as well as`, `as much as`, `as if`.
fn as_complement(ctx: &Context, s: usize, o: usize, end: usize) -> bool {
    let toks = ctx.toks(s);
    if o >= end || !toks[o].is_word() || lexicon::is_preposition(&ctx.word(s, o)) {
        return false;
    }
    (o + 1..end.min(o + 1 + MAX_AS_OBJECT_WORDS))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| ctx.word(s, k) == "as")
        .is_some_and(|k| {
            !matches!(ctx.word(s, k - 1).as_ref(), "such" | "so" | "just")
                && !matches!(
                    ctx.word(s, k + 1).as_ref(),
                    "well" | "much" | "many" | "long" | "soon" | "far" | "if" | "though"
                )
        })
}

/// Does the word at `i` go on with the noun phrase before it (`a new
/// poll`, where the phrase found was `a new`)?
fn continues_noun(ctx: &Context, s: usize, i: usize) -> bool {
    ctx.toks(s).get(i).is_some_and(|t| {
        t.is_word() && {
            let w = ctx.word(s, i);
            !lexicon::is_not_clause_opener(&w) && !crate::speaker::mention::ends_source(&w)
        }
    })
}

/// `according to Federal Election Commission filings`, `to U.S. lobbying
/// records`, `to the FBI data`: does a noun for a document (up to two
/// lower-case words after token `i`) follow the name, so that the source
/// is the document, not the body that made it?
fn document_after(ctx: &Context, s: usize, i: usize) -> bool {
    let toks = ctx.toks(s);
    (i..toks.len().min(i + 2))
        .take_while(|&k| {
            let w = ctx.word(s, k);
            toks[k].is_word()
                && toks[k].text().starts_with(|c: char| c.is_lowercase())
                && !lexicon::is_preposition(&w)
                && !crate::speaker::mention::ends_source(&w)
        })
        .any(|k| toks[k].has(lexicon::class::DOCUMENT))
}

/// `The Sanders campaign responded Friday, saying CLAUSE.`: a participle
/// of a reporting verb after a comma reports a clause of the sentence's
/// subject (every such participle of the sentence).
fn participles(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 1..end {
        // (The class bit first: most words are no verb of speech.)
        if !toks[v].has(lexicon::class::SPEECH_VERB)
            || ctx.inside_quote(toks[v].span.start)
            || !lexicon::is_reporting_participle(&ctx.word(s, v))
        {
            continue;
        }
        // `pointing out that`: the particle of a phrasal verb.
        let Some(particle) = particle_len(ctx, s, v) else {
            continue;
        };
        // `with about three in 10 saying CLAUSE`: the phrase after `with`
        // is the participle's own subject.
        let absolute = ctx
            .subject_before(s, v)
            .filter(|m| m.tokens.0 > 0 && ctx.word(s, m.tokens.0 - 1) == "with");
        // After a comma or a dash, or after what the subject wrote or said
        // (`released a statement saying CLAUSE`).
        let after = toks[v - 1].is(',')
            || crate::speaker::mention::dash_ends_at(toks, v - 1)
            || lexicon::is_statement_noun(ctx.word(s, v - 1).trim_end_matches('s'));
        if !after && absolute.is_none() {
            continue;
        }
        // (Not in an opening adjunct: `Minutes later, the campaign issued
        // a statement saying`.)
        let from = v
            .saturating_sub(MAX_SUBJECT_DISTANCE)
            .max(main_clause_start(ctx, s, v));
        // `prosecutors charged the officer and Emanuel fired his chief,
        // acknowledging that …`: the subject of the last of coordinated
        // clauses.
        let coordinated = (from..v - 1).rev().find_map(|a| {
            (matches!(ctx.word(s, a).as_ref(), "and" | "but")
                && !ctx.inside_quote(toks[a].span.start))
            .then(|| super::subject::clause_subject(ctx, s, a + 1, v - 1))
            .flatten()
            .filter(|m| m.tokens.0 == a + 1)
        });
        // A name inside the sentence's subject is no subject of its own
        // (`the Trump campaign issued a statement saying`); the sentence's
        // subject also finds a description (`The campaign released a
        // statement, saying`).
        let sentence = sentence_subject(ctx, s, v - 1);
        let clause = super::subject::clause_subject(ctx, s, from, v - 1).filter(|c| {
            !sentence
                .as_ref()
                .is_some_and(|m| m.tokens.0 <= c.tokens.0 && c.tokens.1 <= m.tokens.1)
        });
        let Some(m) = absolute.or(coordinated).or(clause).or(sentence) else {
            continue;
        };
        let window = (v + 1..end.min(v + 4)).find(|&k| complementizer(&ctx.word(s, k)));
        // (`pointed out the wards to me` is no report: a phrasal verb
        // reports a clause after `that`.)
        if particle > 0 && window.is_none() {
            continue;
        }
        let start = window.map_or(v + 1, |k| k + 1);
        if start >= end || !opens_clause(ctx, s, start, window.is_some()) {
            continue;
        }
        let stop = clause_end(ctx, s, start, end);
        // `, conceding the race to Clinton`: an object (`clause_after`).
        if window.is_none()
            && lemma(&ctx.word(s, v)).is_some_and(lexicon::is_thing_object_verb)
            && !reads_as_clause(ctx, s, start, stop)
        {
            continue;
        }
        if words(toks, start, stop) >= MIN_CLAUSE_WORDS {
            out.push(((start, stop), found(m, toks[v].span)));
        }
    }
    out
}
