//! Participles of report: one that opens the sentence (`Insisting it
//! wasn’t rehearsed, Trump invited …`) and one after a comma (`The campaign
//! responded Friday, saying CLAUSE.`), said by the sentence's subject.

use super::*;

/// `Noting that Obama’s policy had failed, Trump reminded voters …`,
/// `Insisting it wasn’t rehearsed, Trump invited …`: a participle of a
/// reporting verb that opens the sentence reports the clause up to its
/// comma, said by the subject right after that comma.
pub(super) fn opening_participle(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
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
    let m = subject::clause_subject(ctx, s, comma + 1, end)
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
pub(super) fn object_complement(ctx: &Context, s: usize, o: usize) -> bool {
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
pub(super) fn wish_object(ctx: &Context, s: usize, o: usize) -> bool {
    ctx.toks(s).get(o).is_some_and(Token::is_word) && {
        let w = ctx.word(s, o);
        w != "to" && !lexicon::is_auxiliary(&w)
    }
}

/// The most words of an object before its `as` (`see reauthorization of
/// the program as …`).
pub(super) const MAX_AS_OBJECT_WORDS: usize = 6;

/// Does an object with its complement after `as` start at token `o`, as
/// after a verb listed with `=` in `topic_verbs.txt` (`voters see the plan
/// as a failure`, `viewed him as a threat`)? The object is words only, no
/// preposition first (`seen by some as`); its `as` is none of `such as`,
/// `as well as`, `as much as`, `as if`.
pub(super) fn as_complement(ctx: &Context, s: usize, o: usize, end: usize) -> bool {
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
pub(super) fn continues_noun(ctx: &Context, s: usize, i: usize) -> bool {
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
pub(super) fn document_after(ctx: &Context, s: usize, i: usize) -> bool {
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
/// subject (every such participle of the sentence). Outside `fiction`
/// a linking word may stand after the comma (`participle_link`).
pub(super) fn participles(ctx: &Context, s: usize, fiction: bool) -> Vec<((usize, usize), Found)> {
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
        // (`released a statement saying CLAUSE`); a comma may stand one
        // linking word or adverb before (`, and suggesting`, `, while
        // emphasizing`, `, falsely suggesting`).
        // (Not in novels, where `, and reported the voices of the dead`
        // narrates.)
        let linked =
            !fiction && v >= 2 && toks[v - 2].is(',') && participle_link(&ctx.word(s, v - 1));
        // `blamed it on a “bad earpiece,” claiming CLAUSE`: in news the
        // comma may close a quotation right before the participle.
        // (In a novel `“…,” PARTICIPLE` follows a line of dialogue.)
        let quoted_comma = !fiction
            && v >= 2
            && toks[v - 1].kind == crate::token::TokenKind::Quote
            && toks[v - 2].is(',');
        let lead = if linked || quoted_comma { v - 2 } else { v - 1 };
        // `landed in hot water by saying CLAUSE`: in news a gerund of
        // report after `by` tells how the sentence's subject acted.
        let by = !fiction && ctx.word(s, v - 1) == "by";
        let joined = !fiction && joined_participle(ctx, s, v);
        let after = linked
            || quoted_comma
            || by
            || joined
            || toks[v - 1].is(',')
            || crate::speaker::mention::dash_ends_at(toks, v - 1)
            || lexicon::is_statement_noun(ctx.word(s, v - 1).trim_end_matches('s'));
        if !after && absolute.is_none() {
            continue;
        }
        // (Not in an opening adjunct: `Minutes later, the campaign issued
        // a statement saying`.)
        // (Nor in a dateline: `Washington (AFP) – The Washington Post
        // endorsed …, saying`.)
        let from = v
            .saturating_sub(MAX_SUBJECT_DISTANCE)
            .max(main_clause_start(ctx, s, v))
            .max(dateline_end(ctx, s).filter(|&k| k < v).unwrap_or(0));
        // `prosecutors charged the officer and Emanuel fired his chief,
        // acknowledging that …`: the subject of the last of coordinated
        // clauses.
        let coordinated = (from..lead).rev().find_map(|a| {
            (matches!(ctx.word(s, a).as_ref(), "and" | "but")
                && !ctx.inside_quote(toks[a].span.start))
            .then(|| subject::clause_subject(ctx, s, a + 1, lead))
            .flatten()
            .filter(|m| m.tokens.0 == a + 1)
        });
        // A name inside the sentence's subject is no subject of its own
        // (`the Trump campaign issued a statement saying`); the sentence's
        // subject also finds a description (`The campaign released a
        // statement, saying`).
        let sentence = sentence_subject(ctx, s, lead);
        let clause = subject::clause_subject(ctx, s, from, lead).filter(|c| {
            !sentence
                .as_ref()
                .is_some_and(|m| m.tokens.0 <= c.tokens.0 && c.tokens.1 <= m.tokens.1)
        });
        let Some(m) = absolute
            .or_else(|| {
                (by || joined)
                    .then(|| relative_antecedent(ctx, s, from, lead))
                    .flatten()
            })
            .or(coordinated)
            .or(clause)
            .or(sentence)
        else {
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

/// `sat face to face with House Speaker Paul Ryan, who just a week ago
/// surprised Trump by declaring CLAUSE`: when a relative clause opened by
/// `, who` in tokens `from..lead` is still open at the participle (no
/// comma closes it; the caller asks only for a participle after `by` or
/// `and`, not one after a comma, which may go with the main clause), the
/// participle's subject is the relative's
/// antecedent, the name or description before the comma (not the object
/// of the clause's verb, nor the sentence's subject).
fn relative_antecedent(ctx: &Context, s: usize, from: usize, lead: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    let who = (from + 1..lead)
        .rev()
        .take_while(|&k| !toks[k].is(',') && !toks[k].is(';'))
        .find(|&k| ctx.word(s, k) == "who")
        .filter(|&k| k > from + 1 && toks[k - 1].is(','))?;
    let comma = who - 1;
    ctx.names(s, comma)
        .find(|m| m.tokens.1 == comma && m.kind != MentionKind::Organisation)
        .cloned()
        .or_else(|| ctx.subject_before(s, comma).filter(|m| m.tokens.1 == comma))
        .filter(|m| m.tokens.0 >= from && !ctx.inside_quote(m.span.start))
}

/// The most tokens between a participle joined by `and` and the word in
/// -ing it is joined to.
const MAX_JOINED_TOKENS: usize = 14;

/// `He ducked, pointing to his record and saying CLAUSE`, `She is noting
/// the problems and saying CLAUSE`, `has been making this argument and
/// boldly claiming CLAUSE`: is the participle at `v` joined by `and` (an
/// adverb may stand between) to a participle before it in the same
/// stretch (no comma between), one after a comma, a form of `be`, a
/// preposition (`by invoking`), or one of report (`a response saying …
/// and suggesting`)? Then it is the same subject's.
fn joined_participle(ctx: &Context, s: usize, v: usize) -> bool {
    let toks = ctx.toks(s);
    let Some(and) = (v.saturating_sub(2)..v)
        .rev()
        .find(|&k| ctx.word(s, k) == "and")
        .filter(|&a| {
            a + 1 == v || participle_link(&ctx.word(s, v - 1)) || ctx.word(s, v - 1) == "just"
        })
    else {
        return false;
    };
    (and.saturating_sub(MAX_JOINED_TOKENS).max(1)..and)
        .rev()
        .take_while(|&k| !toks[k].is(',') && !toks[k].is(';') && !toks[k].is('.'))
        .any(|k| {
            let w = ctx.word(s, k);
            w.len() > 5
                && w.ends_with("ing")
                && !ctx.inside_quote(toks[k].span.start)
                && (toks[k].has(lexicon::class::SPEECH_VERB)
                    && lexicon::is_reporting_participle(&w)
                    || toks[k - 1].is(',')
                    || lexicon::is_be_form(&ctx.word(s, k - 1))
                    || lexicon::is_preposition(&ctx.word(s, k - 1)))
        })
}

/// The word a comma may leave before a participle of report: `and`,
/// `while` or an adverb in `-ly` (`, falsely suggesting that …`).
fn participle_link(w: &str) -> bool {
    matches!(w, "and" | "while")
        || w.len() > 4 && w.ends_with("ly") && w.chars().all(char::is_lowercase)
}

/// `polls showing Trump ahead`, `ledgers showing he was paid`, `emails
/// that night showing that …`: the participle `showing` after a finding
/// or a document (`finding_nouns.txt`, `statement_nouns.txt`), its time
/// between, reports what follows, the document its source; and so does
/// `showing` after a form of `be` (`Early results of the poll are showing
/// that …`), its subject no person (`reports_for`). What is shown opens
/// with `that`, a question word, or a subject (a small clause as PolNeAR
/// marks it: `him leading`); not `showing up`, `showing respect`.
pub(super) fn showings(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    for v in 1..end.saturating_sub(2) {
        // (The word itself first: few sentences hold one.)
        if toks[v].text() != "showing" || ctx.inside_quote(toks[v].span.start) {
            continue;
        }
        let be = lexicon::is_be_form(&ctx.word(s, v - 1));
        let m = if be {
            crate::speaker::mention::finding_subject(toks, v - 1)
                .or_else(|| ctx.subject_before(s, v - 1))
                .filter(|m| reports_for(ctx, s, "show", m))
        } else {
            document_before(ctx, s, v)
        };
        let Some(m) = m else {
            continue;
        };
        let next = ctx.word(s, v + 1);
        // (A question word opens what is shown, and is part of it.)
        let start = if next == "that" {
            v + 2
        } else if lexicon::is_question_word(&next)
            || matches!(next.as_ref(), "him" | "her" | "them")
            || toks[v + 1].is_capitalized()
            || !lexicon::is_preposition(&next)
                && !matches!(next.as_ref(), "up" | "off")
                && opens_clause(ctx, s, v + 1, false)
        {
            v + 1
        } else {
            continue;
        };
        let stop = clause_end(ctx, s, start, end);
        if start < stop && words(toks, start, stop) >= MIN_CLAUSE_WORDS - 1 {
            out.push(((start, stop), found(m, toks[v].span)));
        }
    }
    out
}

/// The most words before the noun of `document_before`.
const MAX_DOCUMENT_MODIFIERS: usize = 2;

/// The phrase of a finding or a document that ends before token `v`, a
/// time between (`more national polls`, `handwritten ledgers`, `emails
/// that night`): its noun and the words before it up to a determiner
/// (taken) or a word that is no modifier (a preposition, a verb, a
/// pronoun, an adverb: `along with graphics`, `cited ledgers`).
pub(super) fn document_before(ctx: &Context, s: usize, v: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    let head = crate::speaker::mention::time_phrase_back(toks, v).checked_sub(1)?;
    let t = &toks[head];
    if !(t.is_word()
        && t.has(lexicon::class::DOCUMENT)
        && lexicon::is_document_noun(&ctx.word(s, head)))
        || crate::speaker::mention::possessive(t, ctx.text)
    {
        return None;
    }
    // (Modifiers that reach no determiner and no boundary may hold a
    // verb, `the campaign sent emails`: the noun alone then.)
    let mut from = head;
    loop {
        if from == 0 {
            break;
        }
        if head - from == MAX_DOCUMENT_MODIFIERS {
            from = head;
            break;
        }
        let t = &toks[from - 1];
        let w = ctx.word(s, from - 1);
        if lexicon::is_determiner(&w) || lexicon::is_quantifier(&w) {
            from -= 1;
            break;
        }
        if !t.is_word()
            || t.has(
                lexicon::class::CLAUSE_VERB
                    | lexicon::class::SPEECH_VERB
                    | lexicon::class::PRONOUN
                    | lexicon::class::VERB_MODIFIER,
            )
            || lexicon::is_preposition(&w)
            || lexicon::is_conjunction(&w)
            || lexicon::is_auxiliary(&w)
            || lexicon::is_be_form(&w)
            || w.ends_with("ing")
            || w.ends_with("ed")
        {
            break;
        }
        from -= 1;
    }
    let span = Span::new(toks[from].span.start, toks[v - 1].span.end);
    let noun = ctx.word(s, head);
    Some(Mention {
        kind: MentionKind::Nominal,
        span,
        name: span,
        role: None,
        title: None,
        gender: lexicon::Gender::Unknown,
        plural: noun.ends_with('s') && !noun.ends_with("ss"),
        tokens: (from, v),
    })
}

/// The most tokens of a dateline before its dash (`WASHINGTON, D.C. (AP)
/// —`).
const MAX_DATELINE_TOKENS: usize = 8;

/// When sentence `s` opens with a dateline, a place in capitals with its
/// agency in brackets and a dash (`Washington (AFP) –`, `BOSTON —`), the
/// first token after the dash.
pub(super) fn dateline_end(ctx: &Context, s: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let first = first_word(toks, 0);
    let dash = (first + 1..toks.len().min(first + MAX_DATELINE_TOKENS))
        .find(|&k| crate::speaker::mention::dash_ends_at(toks, k))?;
    (toks[first].is_capitalized()
        && toks[first..dash]
            .iter()
            .all(|t| t.is_capitalized() || t.is('(') || t.is(')') || t.is(',') || t.is('.')))
    .then(|| first_word(toks, dash + 1))
}
