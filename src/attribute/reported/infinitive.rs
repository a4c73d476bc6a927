//! Reports in an infinitive: promises, refusals, intentions (`vowed to
//! repeal`, `declined to comment`, `plans to run`).

use super::*;

/// `Some aides are said to be urging him to run`: is the verb at `v` (a
/// progressive after `be`, or a base form) the infinitive of a hearsay
/// participle after a form of `be` (`expectation_verbs.txt`, but
/// `expected`, whose subject is its own: `The Times is expected to
/// endorse her`)? The unsourced record (`expectations`) reports it.
pub(super) fn hearsay_infinitive(ctx: &Context, s: usize, v: usize, be: Option<usize>) -> bool {
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
pub(super) fn progressive_be(ctx: &Context, s: usize, v: usize, verb: &str) -> Option<usize> {
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
pub(super) fn aspect_head(ctx: &Context, s: usize, v: usize, verb: &str) -> Option<usize> {
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
pub(super) const MAX_INSTRUMENT_OBJECT: usize = 4;

/// `refused to endorse`, `is expected to emphatically endorse`, `decided
/// not to recommend`: for a base form of `topic_verbs.txt` at `v` after
/// `to` (and an adverb in -ly), the token of the word before `to` (and
/// `not`) when `infinitive_heads.txt` lists it, or of a form of `be` before
/// that word.
pub(super) fn infinitive_head(ctx: &Context, s: usize, v: usize) -> Option<usize> {
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
pub(super) fn subject_gerund(ctx: &Context, s: usize, v: usize) -> bool {
    v > 0
        && matches!(
            ctx.word(s, v - 1).as_ref(),
            "by" | "in" | "without" | "after" | "before"
        )
}

/// Is token `v` (a word in -ing) a gerund joined by `and` or `or`, with
/// no comma between, to such a gerund before it (`even after mocking them
/// as cranks and calling Hale a liar`)?
pub(super) fn coordinated_gerund(ctx: &Context, s: usize, v: usize) -> bool {
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
pub(super) fn infinitive_reports(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
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
    out.extend(request_reports(ctx, s, end));
    out
}

/// The most words of the object between a verb of asking and the `to`
/// (or `not to`) of what was asked (`asked the network to donate`).
const MAX_REQUEST_OBJECT: usize = 4;

/// `Trump asked the network to donate the profits …`, `…, asking them not
/// to stage protests inside the hall`, `implored her to bring it back`: the
/// infinitive after the object of a verb of asking (`request_verbs.txt`),
/// from its `not` or `to`, is what the subject asked, the object being who
/// was asked. The object is one to four words, none a preposition or a
/// question word (not `asked about the plan to …`, `asked why to …`).
/// After a comma the participle's subject is the sentence's (`Sanders sent
/// a text message …, asking them …`).
fn request_reports(ctx: &Context, s: usize, end: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let mut out = Vec::new();
    for v in 1..end.saturating_sub(3) {
        // (A `to` within reach first: most words have none, and the verb
        // is a look-up in a list.)
        if !toks[v].is_word()
            || !(v + 2..end.min(v + 2 + MAX_REQUEST_OBJECT))
                .any(|k| toks[k].text().eq_ignore_ascii_case("to"))
        {
            continue;
        }
        let w = ctx.word(s, v);
        if !lexicon::is_request_verb(&w) || ctx.inside_quote(toks[v].span.start) {
            continue;
        }
        let Some(start) = object_before_infinitive(ctx, s, v + 1, end) else {
            continue;
        };
        // `…, asking them`: the sentence's subject; `has started asking
        // his supporters`: the subject of the verb of beginning.
        let participle = w.ends_with("ing") && toks[v - 1].is(',');
        let m = if participle {
            sentence_subject(ctx, s, v - 1)
        } else {
            let head = aspect_head(ctx, s, v, &w)
                .or_else(|| progressive_be(ctx, s, v, &w))
                .unwrap_or(v);
            verb_subject(ctx, s, head)
        };
        let Some(m) = m else {
            continue;
        };
        // What was asked ends at a comma or a dash, after which the
        // writer goes on (`… to sign up for a pay cut, 80,000 employees
        // volunteered`, `… to think about their biases against Clinton, who
        // would be …`, `… inside the hall — a message that …`).
        let phrase_end = (start + 1..end)
            .find(|&k| clause_comma(ctx, s, k) || toks[k].is_dash())
            .unwrap_or(end);
        let stop = clause_end(ctx, s, start, phrase_end);
        if stop > start + 1 {
            let mut f = found(m, toks[v].span);
            f.rule = "request";
            out.push(((start, stop), f));
        }
    }
    out
}

/// Does an object with its infinitive start at token `o`, as after a verb
/// listed with `>` in `topic_verbs.txt` (`challenged Trump to debate him`,
/// `has challenged his own bishops to be humbler`; not `challenged him to
/// a debate`, `challenging Schultz in Florida`, nor with `not`)?
pub(super) fn object_infinitive(ctx: &Context, s: usize, o: usize, end: usize) -> bool {
    object_before_infinitive(ctx, s, o, end).is_some_and(|start| ctx.word(s, start) == "to")
}

/// Where the infinitive after an object starting at token `o` starts (its
/// `not` or its `to`): `asked the network to donate`, `asking them not to
/// stage`. The object is one to `MAX_REQUEST_OBJECT` words, none a
/// preposition, question word or modifier of a verb (not `asked about the
/// plan to …`, `asked why to …`); after its `to`, a verb in lower case
/// (not `asked Obama to the White House`, `challenged him to a debate`).
fn object_before_infinitive(ctx: &Context, s: usize, o: usize, end: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let to = (o + 1..end.min(o + 1 + MAX_REQUEST_OBJECT))
        .take_while(|&k| toks[k - 1].is_word())
        .find(|&k| ctx.word(s, k) == "to")?;
    let start = to - usize::from(ctx.word(s, to - 1) == "not");
    let object = (o..start).all(|k| {
        let w = ctx.word(s, k);
        !lexicon::is_preposition(&w)
            && !lexicon::is_question_word(&w)
            && !lexicon::is_verb_modifier(&w)
    });
    let verb_after = toks.get(to + 1).is_some_and(|t| {
        t.is_word() && !t.is_capitalized() && !lexicon::is_determiner(&ctx.word(s, to + 1))
    });
    (start > o && object && verb_after).then_some(start)
}

/// Is the verb at `v` an infinitive, `to` or `to have` before it (`to
/// find`, `to have found`)?
pub(super) fn infinitive_verb(ctx: &Context, s: usize, v: usize) -> bool {
    v >= 1 && ctx.word(s, v - 1) == "to"
        || v >= 2 && ctx.word(s, v - 1) == "have" && ctx.word(s, v - 2) == "to"
}

/// Is token `k` a verb of `topic_verbs.txt` whose direct object is what
/// was said (`-`: `endorse`, `criticize`)?
pub(super) fn direct_object_topic(ctx: &Context, s: usize, k: usize) -> bool {
    ctx.toks(s)[k].has(lexicon::class::TOPIC_VERB)
        && lexicon::topic_prepositions(&ctx.word(s, k))
            .is_some_and(|l| l.split_whitespace().any(|p| p.starts_with('-')))
}
