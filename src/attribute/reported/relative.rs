//! A relative pronoun standing for what was said (`what he calls
//! corruption`, `which he has denied`).

use super::*;

/// Is `word` (lower case) a relative pronoun that may stand for the
/// object of the verb in its clause (`which he has denied`, `what he
/// calls corruption`, `a case that Cruz has pushed`)? Not `who`, a
/// subject.
pub(super) fn object_relative(word: &str) -> bool {
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
pub(super) fn relative_objects(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
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
