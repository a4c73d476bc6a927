//! Reports whose source the text does not name, each with the reason it
//! has no speaker: a question put by an unnamed asker (`When asked whether
//! he would run, …`), what is expected, what seems (`appears to be`), the
//! subject of a passive verb of report (`The deal was widely condemned`).

use super::*;

/// A question put by someone the text does not name (`unnamed_questions`).
pub(super) const UNNAMED_ASKER: Unsourced = Unsourced {
    rule: "unnamed-asker",
    reason: "asked by someone the text does not name",
};

/// What a passive `expected` says is to come (`expectations`).
pub(super) const EXPECTATION: Unsourced = Unsourced {
    rule: "expected",
    reason: "an expectation the text attributes to no one",
};

/// What a passive `said`, `believed`, `alleged`, `reported` or `thought`
/// says someone holds (`expectations`: `Some aides are said to be urging
/// him to run`).
pub(super) const HEARSAY: Unsourced = Unsourced {
    rule: "said-to",
    reason: "a report the text attributes to no one",
};

/// What a passive verb of speech with no agent says of its subject
/// (`unsourced_passives`: `The plan was criticized as too costly`).
pub(super) const PASSIVE: Unsourced = Unsourced {
    rule: "passive",
    reason: "said of it by someone the text does not name",
};

/// What a form of `seem` or `appear` says looks true (`seemings`).
pub(super) const SEEMING: Unsourced = Unsourced {
    rule: "seeming",
    reason: "a judgment the text attributes to no one",
};

/// `When asked whether he would run, Hale said …`, `Ruiz was asked to
/// name one achievement`, `Asked about the toll, …`: the question put to
/// someone by a person the text does not name (a passive `asked` with no
/// `by`), which PolNeAR annotates with no speaker. An opening question
/// ends at its comma. Each comes with the token of its `asked`.
pub(super) fn unnamed_questions(ctx: &Context, s: usize) -> Vec<(usize, (usize, usize))> {
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
pub(super) type Infinitive = (Option<(usize, usize)>, (usize, usize));

/// `The House is expected to pass the bill`, `Sanders is widely expected
/// to win`: what a passive `expected` says is to come, `to` included, is
/// an expectation the text attributes to no one, as PolNeAR annotates it
/// (with no speaker); so is what a passive `said`, `believed`, `alleged`,
/// `reported` or `thought` (`expectation_verbs.txt`) says someone holds
/// (`Some aides are said to be urging him to run`, `Sanders, who is said
/// to have pressed for …`). Not the active verb (`Ruiz expected to win`:
/// her own), nor a participle before anything but an infinitive.
pub(super) fn expectations(ctx: &Context, s: usize) -> Vec<(Infinitive, Unsourced)> {
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
pub(super) fn unsourced_subject(ctx: &Context, s: usize, e: usize) -> Option<(usize, usize)> {
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
pub(super) fn head_phrase_start(ctx: &Context, s: usize, a: usize) -> usize {
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
pub(super) fn unsourced_infinitive(
    ctx: &Context,
    s: usize,
    v: usize,
    end: usize,
) -> Option<(usize, usize)> {
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
pub(super) fn seemings(ctx: &Context, s: usize) -> Vec<Infinitive> {
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
pub(super) type Passive = (Option<(usize, usize)>, Option<(usize, usize)>);

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
pub(super) fn unsourced_passives(ctx: &Context, s: usize) -> Vec<Passive> {
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
