//! The subject of a clause: the first person named or pronoun that stands
//! before a verb, outside quotations. Used when a speech verb has no subject
//! right before it (`she turned, threw herself into the sofa, and sighed
//! out: “…”`, `protesters interrupted her speech, shouting “…”`) and for
//! the narration around a quotation (`Syme struck his hands together.`).

use super::Context;
use crate::lexicon;
use crate::speaker::mention::{Mention, MentionKind};

/// Is token `i` of sentence `s` a lower-case word that may be the verb of
/// a subject before it?
fn lower_word(ctx: &Context, s: usize, i: usize) -> bool {
    ctx.toks(s).get(i).is_some_and(|t| {
        t.is_word()
            && t.text().starts_with(|c: char| c.is_lowercase())
            && !lexicon::is_not_after_subject(&ctx.word(s, i))
    })
}

/// The most tokens of a relative clause between a subject and its verb.
const MAX_RELATIVE: usize = 30;

/// Where the verb of a subject that ends at token `end` is: right after it
/// (a lower-case word), after an aside between dashes, or after a
/// relative clause or a prepositional phrase between commas (`Republicans,
/// who hold a majority, have blocked`; `Mr. Trump, in an interview on
/// Friday, dwelled`; `Ruiz, whose plans have angered her party, last year
/// proposed`).
fn verb_after(ctx: &Context, s: usize, end: usize, to: usize) -> Option<usize> {
    if lower_word(ctx, s, end) {
        // (Not a conjunction or `of`: `worked with Manafort or Gates and
        // said`.)
        return (!matches!(
            ctx.word(s, end).as_ref(),
            "and" | "or" | "nor" | "but" | "of"
        ))
        .then_some(end);
    }
    if end < to
        && dash(ctx, s, end)
        && let Some(close) = aside_end(ctx, s, end, to)
    {
        // `Mrs. Clinton -- whose husband signed the act -- has derided`.
        return lower_word(ctx, s, close + 1).then_some(close + 1);
    }
    let toks = ctx.toks(s);
    let opener = ctx.word(s, end + 1);
    if !(toks.get(end).is_some_and(|t| t.is(','))
        && (matches!(opener.as_ref(), "who" | "whose") || lexicon::is_preposition(&opener)))
    {
        return None;
    }
    let close = (end + 2..to.min(end + MAX_RELATIVE)).find(|&k| toks[k].is(','))?;
    lower_word(ctx, s, close + 1).then_some(close + 1)
}

/// `still time for Ruiz to build bridges`: the verb of an infinitive
/// whose subject is the name `m` after `for`.
fn infinitive_after(ctx: &Context, s: usize, m: &Mention, to: usize) -> Option<usize> {
    let end = m.tokens.1;
    (m.tokens.0 > 0
        && end + 1 < to
        && ctx.word(s, m.tokens.0 - 1) == "for"
        && ctx.word(s, end) == "to"
        && lower_word(ctx, s, end + 1))
    .then_some(end + 1)
}

/// Does the organisation `m` open tokens `from..` of sentence `s`, after
/// an article at most, with a verb after it (not `Wall Street analysts`)?
/// It must name a body by an organisation word or an acronym (`The ACLU`,
/// `The Trump Organization`; not `Iowa`, nor `Presumptive Democratic
/// presidential nominee Hillary Clinton`, a role before its name).
fn opens_with(ctx: &Context, s: usize, from: usize, m: &Mention) -> bool {
    let toks = ctx.toks(s);
    let body = toks[m.tokens.0..m.tokens.1].iter().any(|t| {
        let w = t.text();
        t.has(lexicon::class::ORG_WORD)
            || w.len() > 1
                && w.bytes().all(|b| b.is_ascii_uppercase())
                && !t.has(lexicon::class::PLACE)
    });
    body && (m.tokens.0 == from || m.tokens.0 == from + 1 && ctx.word(s, from) == "the")
        && !toks
            .get(m.tokens.1)
            .is_some_and(|t| t.has(lexicon::class::ROLE))
}

/// Is token `i` a dash: `—`, `–`, or the first of `--`?
fn dash(ctx: &Context, s: usize, i: usize) -> bool {
    let toks = ctx.toks(s);
    toks[i].is('—')
        || toks[i].is('–')
        || toks[i].is('-')
            && toks.get(i + 1).is_some_and(|t| t.is('-'))
            && (i == 0 || !toks[i - 1].is('-'))
}

/// When token `i` opens an aside that closes before `to` (a bracket, or a
/// dash with its closing dash and a lower-case word after it: not a
/// dateline, `WASHINGTON — Sen. Chuck Grassley …`), the token that closes
/// it.
fn aside_end(ctx: &Context, s: usize, i: usize, to: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    if toks[i].is('(') {
        (i + 1..to).find(|&k| toks[k].is(')'))
    } else if dash(ctx, s, i)
        && (i + 1..to)
            .find(|&k| toks[k].is_word())
            .is_some_and(|k| toks[k].text().starts_with(char::is_lowercase))
    {
        (i + 2..to)
            .find(|&k| dash(ctx, s, k))
            .map(|k| if toks[k].is('-') { k + 1 } else { k })
    } else {
        None
    }
}

/// The first subject in tokens `from..to` of sentence `s`.
pub fn clause_subject(ctx: &Context, s: usize, from: usize, to: usize) -> Option<Mention> {
    subjects_in(ctx, s, from, to, true).pop()
}

/// Every subject in tokens `from..to` of sentence `s`, in order: each
/// personal pronoun or name outside quotations that a lower-case word
/// follows.
pub fn subjects(ctx: &Context, s: usize, from: usize, to: usize) -> Vec<Mention> {
    subjects_in(ctx, s, from, to, false)
}

fn subjects_in(ctx: &Context, s: usize, from: usize, to: usize, first_only: bool) -> Vec<Mention> {
    let toks = ctx.toks(s);
    let to = to.min(toks.len());
    let names: Vec<&Mention> = ctx
        .names(s, to)
        .filter(|m| {
            // An organisation that opens the clause is its subject (`The
            // ACLU sued the city, saying …`); not a place, nor a person
            // narration keeps salient.
            (m.kind != MentionKind::Organisation || first_only && opens_with(ctx, s, from, m))
                && m.tokens.0 >= from
                && !ctx.inside_quote(m.span.start)
        })
        .collect();
    let mut out = Vec::new();
    let mut i = from;
    while i < to {
        // `sent a letter to the department (where Oz practices), calling
        // for`, `Mrs. Clinton -- whose husband signed the act -- has
        // derided …, suggesting`: a subject in an aside is the aside's.
        if first_only
            && i > from
            && let Some(close) = aside_end(ctx, s, i, to)
        {
            i = close + 1;
            continue;
        }
        let t = &toks[i];
        i += 1;
        if !t.is_word() || ctx.inside_quote(t.span.start) {
            continue;
        }
        if t.has(lexicon::class::PRONOUN) {
            let w = lexicon::to_lowercase(t.text());
            if let Some((gender, plural)) = lexicon::pronoun(&w)
                && matches!(w.as_ref(), "he" | "she" | "they" | "i" | "we")
                && lower_word(ctx, s, i)
            {
                out.push(Mention::pronoun(t, i - 1, gender, plural));
                if first_only {
                    return out;
                }
                continue;
            }
        }
        // `Although the Scott administration doesn’t recognize … and has
        // maintained`: a name before a lower-case word for a body is the
        // body's name, the description its subject.
        if first_only
            && let Some(m) = names.iter().find(|m| m.tokens.0 == i - 1)
            && org_noun_at(ctx, s, m.tokens.1)
            && !speaker_noun_at(ctx, s, m.tokens.1 + 1)
            && verb_after(ctx, s, m.tokens.1 + 1, to).is_some()
            && let Some(d) = ctx
                .subject_before(s, m.tokens.1 + 1)
                .filter(|d| d.tokens.0 <= m.tokens.0 && d.tokens.0 >= from)
        {
            out.push(d);
            return out;
        }
        // `to back Clinton’s campaign`: a possessive is no subject of a
        // clause (though narration keeps it salient: `was Sissy’s reply`).
        // `The Republican nominee vowed`: a word for a person after a name
        // is the head of a description, not the name's verb.
        if let Some(m) = names.iter().find(|m| m.tokens.0 == i - 1)
            && !(first_only && crate::speaker::mention::possessive(&toks[m.tokens.1 - 1], ctx.text))
            && !(first_only && object_of_modifier(ctx, s, from, m.tokens.0))
            && !speaker_noun_at(ctx, s, m.tokens.1)
            // (`A Clinton campaign official later walked back`: the
            // description that ends in the word for a person, below.)
            && !(first_only
                && org_noun_at(ctx, s, m.tokens.1)
                && speaker_noun_at(ctx, s, m.tokens.1 + 1))
            && let Some(verb) = verb_after(ctx, s, m.tokens.1, to)
                .or_else(|| infinitive_after(ctx, s, m, to).filter(|_| first_only))
        {
            i = verb;
            out.push((*m).clone());
            if first_only {
                return out;
            }
            continue;
        }
        // `A reporter for USA Today spotted the senator and reported`:
        // a prepositional phrase may follow the word before the verb.
        if first_only
            && t.has(lexicon::class::SPEAKER_NOUN)
            && let Some(m) = with_prepositional_phrase(ctx, s, i, from, to)
        {
            out.push(m);
            return out;
        }
        // `Wall Street analysts were …, saying`: a description that ends
        // in a word for people, before its verb, is the subject of a
        // clause (not a person that narration keeps salient: `her head`).
        // (`The Republican candidate`: the description goes on to the last
        // of such words.)
        if first_only
            && t.has(lexicon::class::SPEAKER_NOUN)
            && lower_word(ctx, s, i)
            && !speaker_noun_at(ctx, s, i)
            && let Some(m) = ctx.subject_before(s, i).filter(|m| {
                m.kind == MentionKind::Nominal
                    && m.tokens.0 >= from
                    && !matches!(
                        ctx.word(s, m.tokens.0).as_ref(),
                        "her" | "his" | "their" | "its" | "my" | "your" | "our" | "whose"
                    )
            })
        {
            out.push(m);
            return out;
        }
    }
    out
}

/// `Syrian hackers backing embattled President Bashar Assad hijacked …,
/// tweeting out`, `other WikiLeaks emails combed through by Vox suggest`:
/// in news, is the name at token `i` the agent after `by` or the object
/// of a participle in -ing (an adjective in -ed may stand between) that
/// modifies the phrase before it? Then it is no subject of the clause.
fn object_of_modifier(ctx: &Context, s: usize, from: usize, i: usize) -> bool {
    let toks = ctx.toks(s);
    if i <= from + 1 || ctx.fiction() {
        return false;
    }
    if ctx.word(s, i - 1) == "by" {
        return true;
    }
    let lower_ending = |k: usize, end: &str| {
        let t = &toks[k];
        t.is_word()
            && t.text().len() > end.len() + 2
            && t.text().starts_with(char::is_lowercase)
            && t.text().ends_with(end)
    };
    let mut k = i - 1;
    if k > from && lower_ending(k, "ed") {
        k -= 1;
    }
    // (Not a noun of time: `On Sunday morning Mr. Trump made`.)
    k > from
        && lower_ending(k, "ing")
        && toks[k - 1].is_word()
        && !lexicon::is_time_noun(&ctx.word(s, k))
}

/// The most tokens of a prepositional phrase after a word for a person
/// before its verb (`for the New York Times`).
const MAX_PREPOSITIONAL: usize = 8;

/// When a preposition other than `of` follows the word for a person
/// before token `i` (`A reporter for USA Today spotted`, `An aide to the
/// governor defended`), the description with the phrase as the subject of
/// the first lower-case word after the phrase's object, its verb.
fn with_prepositional_phrase(
    ctx: &Context,
    s: usize,
    i: usize,
    from: usize,
    to: usize,
) -> Option<Mention> {
    let w = ctx.word(s, i);
    // (In news, which marks the whole phrase; a novel names its speakers:
    // `Some of the younger men in the club box exchanged a smile, and
    // glanced at Lawrence Lefferts, … who remarked`.)
    if !(w == "to" || w != "of" && lexicon::is_preposition(&w))
        || !speaker_noun_at(ctx, s, i - 1)
        || ctx.fiction()
    {
        return None;
    }
    // The verb: the first word in -ed after the object (`spotted`), with
    // no punctuation before it.
    let toks = ctx.toks(s);
    let verb = (i + 2..to.min(i + MAX_PREPOSITIONAL))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| toks[k].text().starts_with(char::is_lowercase) && ctx.word(s, k).ends_with("ed"))
        .filter(|&k| lower_word(ctx, s, k))?;
    ctx.subject_before(s, verb).filter(|m| {
        m.kind == MentionKind::Nominal && m.tokens.0 >= from && m.tokens.0 < i && m.tokens.1 == verb
    })
}

/// Is token `k` of sentence `s` a word for a person (`candidate`,
/// `parents`)?
fn speaker_noun_at(ctx: &Context, s: usize, k: usize) -> bool {
    ctx.toks(s)
        .get(k)
        .is_some_and(|t| t.has(lexicon::class::SPEAKER_NOUN))
        && lexicon::speaker_noun(&ctx.word(s, k)).is_some()
}

/// Is token `k` of sentence `s` a lower-case word for a body
/// (`administration`, `campaign`: `org_words.txt`)?
fn org_noun_at(ctx: &Context, s: usize, k: usize) -> bool {
    ctx.toks(s).get(k).is_some_and(|t| {
        t.has(lexicon::class::ORG_WORD) && t.text().starts_with(char::is_lowercase)
    }) && lexicon::is_org_word(&ctx.word(s, k))
}

/// The personal pronouns `he`, `she` and `they` of sentence `s` outside
/// quotations: mentions that keep a person salient.
pub fn pronouns(ctx: &Context, s: usize) -> Vec<Mention> {
    ctx.toks(s)
        .iter()
        .enumerate()
        .filter(|(_, t)| t.has(lexicon::class::PRONOUN) && !ctx.inside_quote(t.span.start))
        .filter_map(|(i, t)| {
            let w = lexicon::to_lowercase(t.text());
            let (gender, plural) = lexicon::pronoun(&w)?;
            matches!(w.as_ref(), "he" | "she" | "they")
                .then(|| Mention::pronoun(t, i, gender, plural))
        })
        .collect()
}

/// Plural descriptions of people that are the subject of a clause
/// (`Mexican officials conducted polling`, `Republican lawmakers have
/// said`), outside quotations: groups that a later `they` refers to.
pub fn plural_descriptions(ctx: &Context, s: usize) -> Vec<Mention> {
    let toks = ctx.toks(s);
    let mut out: Vec<Mention> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !(t.has(lexicon::class::SPEAKER_NOUN)
            && t.text().ends_with('s')
            && lower_word(ctx, s, i + 1))
            || ctx.inside_quote(t.span.start)
        {
            continue;
        }
        if let Some(m) = ctx.subject_before(s, i + 1).filter(|m| {
            m.kind == MentionKind::Nominal
                && m.plural
                && m.tokens.1 == i + 1
                && out.last().is_none_or(|p| p.tokens.1 <= m.tokens.0)
                && crate::speaker::mention::subject_position(toks, ctx.text, m.tokens.0)
                && !ctx
                    .names(s, toks.len())
                    .any(|n| n.span.start < m.span.end && m.span.start < n.span.end)
                && !ctx.word(s, m.tokens.0).ends_with("ing")
                && !head_goes_on(ctx, s, i + 1)
        }) {
            out.push(m);
        }
    }
    out
}

/// Fiction: a definite description of one person by a capitalized word
/// for a person that is the subject of a clause (`The Colonel took his
/// leave`, `the Professor had leant forward`), outside quotations: the
/// character a novel calls so, whom a later `he` or `she` may refer to
/// though no name is given (see `Roster::link_description` for `the
/// Colonel` as the last person titled so). Not after a preposition
/// (`beside the Colonel`). A lower-case head (`the old lady looked up`)
/// mostly describes a named character again, and taking it lost pdnc-dev
/// speaker accuracy (0.7859 -> 0.7812).
pub fn singular_descriptions(ctx: &Context, s: usize) -> Vec<Mention> {
    let toks = ctx.toks(s);
    let mut out: Vec<Mention> = Vec::new();
    for (i, t) in toks.iter().enumerate() {
        if !(t.has(lexicon::class::SPEAKER_NOUN) && t.is_capitalized() && lower_word(ctx, s, i + 1))
            || ctx.inside_quote(t.span.start)
        {
            continue;
        }
        if let Some(m) = ctx.subject_before(s, i + 1).filter(|m| {
            m.kind == MentionKind::Nominal
                && !m.plural
                && m.tokens.1 == i + 1
                && m.tokens.0 > 0
                && ctx.word(s, m.tokens.0 - 1) == "the"
                && out.last().is_none_or(|p| p.tokens.1 <= m.tokens.0)
                && crate::speaker::mention::subject_position(toks, ctx.text, m.tokens.0 - 1)
                && !ctx.names(s, toks.len()).any(|n| {
                    n.span.start < m.span.end && m.span.start < n.span.end && n.span != t.span
                })
                && !head_goes_on(ctx, s, i + 1)
        }) {
            let the = toks[m.tokens.0 - 1].span.start;
            out.push(Mention {
                span: crate::span::Span::new(the, m.span.end),
                name: crate::span::Span::new(the, m.name.end),
                tokens: (m.tokens.0 - 1, m.tokens.1),
                ..m
            });
        }
    }
    out
}

/// Does the noun phrase whose head ends before token `k` go on after it,
/// with a preposition, a relative or `or` (`the Colonel from Kent`, `the
/// riders who …`, `the Colonel or his wife`), so that the head alone is
/// no description?
fn head_goes_on(ctx: &Context, s: usize, k: usize) -> bool {
    let w = ctx.word(s, k);
    lexicon::is_any_preposition(&w)
        || lexicon::is_relative_word(&w)
        || matches!(w.as_ref(), "who" | "that" | "or")
}

/// `…, said Tom Hale, a pollster.`: the speaker after the verb at token
/// `v` of sentence `s`, set off by a comma before the verb: a person (no
/// pronoun) that ends the sentence or an apposition. Not after `told`,
/// whose object follows it (`…, told CNN.`).
pub fn inverted_speaker(ctx: &Context, s: usize, v: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    if v == 0
        || !toks[v - 1].is(',')
        || lexicon::speech_verb(&ctx.word(s, v)).is_none_or(|f| f.lemma == "tell")
    {
        return None;
    }
    ctx.phrase_after(s, v + 1).filter(|m| {
        m.is_person_like(ctx.text)
            && m.kind != MentionKind::Pronoun
            && !toks.get(m.tokens.1).is_some_and(|t| t.is_word())
    })
}
