//! The clause rules, `X said (that) CLAUSE`, `X told Y (that) CLAUSE`,
//! `CLAUSE, X said`, and the subject that speaks them.

use super::*;

pub(super) fn found(m: Mention, cue: Span) -> Found {
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
pub(super) fn clause_before(
    ctx: &Context,
    s: usize,
    fiction: bool,
) -> [Option<((usize, usize), Found)>; 2] {
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
    // `…in 2011, records show, and aviation experts say it is …`: when the
    // last verb opens a clause of its own (`clause_after`), an earlier verb
    // set off by commas may still report the words before it. (Not in a
    // novel, where such a sentence narrates.)
    let first = before_attribution(ctx, s, v, go_on).or_else(|| {
        let w = (0..v).rev().filter(|_| !fiction).find(|&w| {
            toks[w].has(lexicon::class::CLAUSE_VERB)
                && is_clause_cue(ctx, s, w)
                && toks.get(w + 1).is_some_and(|t| t.is(','))
                && matches!(ctx.word(s, w + 2).as_ref(), "and" | "but")
        })?;
        before_attribution(ctx, s, w, Some(w + 1))
    });
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
pub(super) fn before_attribution(
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
        // `…, said a handful of Democrats who point to his record with
        // labor`: a relative clause running to the sentence's end with no
        // punctuation is part of the description, PolNeAR's span, however
        // long (`Context::phrase_after` takes one of up to 16 words after
        // any description, where the sentence may go on).
        let mut m = m;
        if m.kind == MentionKind::Nominal
            && m.tokens.1 < end
            && ctx.word(s, m.tokens.1) == "who"
            && toks[m.tokens.1..end].iter().all(Token::is_word)
        {
            m.run_to(toks, end);
        }
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
    // `…, a study by the Council of the Great City Schools found.`: a
    // document with its modifier after the comma, not the name inside it.
    let after_comma = |m: &Mention| m.tokens.0 > 0 && toks[m.tokens.0 - 1].is(',');
    let m = match ctx.subject_before(s, v) {
        Some(m) if after_comma(&m) => m,
        // `…, the news site RTL Info reported`: a name after a description
        // of a few words in lower case, the whole phrase the speaker.
        Some(mut m)
            if m.kind == MentionKind::Name
                && let Some(c) = description_after_comma(ctx, s, m.tokens.0) =>
        {
            m.tokens.0 = c + 1;
            m.span.start = toks[c + 1].span.start;
            m
        }
        _ => finding_after_comma(ctx, s, v).filter(after_comma)?,
    };
    // (Not a negated verb: `…, the PBS debate moderators didn’t ask her
    // about it` says nothing; a negation before the comma, `It will not
    // work, he said`, is the clause's own.)
    if (m.tokens.1..v).any(|k| is_negation(&ctx.word(s, k))) {
        return None;
    }
    let comma = m.tokens.0 - 1;
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

/// The most words of a description between a comma and the name it
/// describes (`, the conservative news site Breitbart`).
const MAX_DESCRIPTION_BEFORE_NAME: usize = 4;

/// `…, the news site RTL Info reported`: the comma before a description
/// that opens with an article and runs in lower-case words (no verb form
/// in -ed or -ing, no preposition) to the name at token `name`, its last
/// word a noun for an outlet (`media_nouns.txt`), people or a body.
fn description_after_comma(ctx: &Context, s: usize, name: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let c = (name.saturating_sub(MAX_DESCRIPTION_BEFORE_NAME + 1)..name)
        .rev()
        .find(|&k| !toks[k].is_word())?;
    let plain = |k: usize| {
        let w = ctx.word(s, k);
        toks[k].is_word()
            && !toks[k].is_capitalized()
            && !lexicon::is_any_preposition(&w)
            && !w.ends_with("ed")
            && !w.ends_with("ing")
    };
    (toks[c].is(',')
        && name > c + 2
        && matches!(ctx.word(s, c + 1).as_ref(), "the" | "a" | "an")
        && (c + 2..name).all(plain)
        && {
            // (Its head a word for an outlet, people or a body: not `, a
            // point Feinstein also acknowledged`.)
            let head = ctx.word(s, name - 1);
            lexicon::is_media_noun(&head)
                || lexicon::speaker_noun(&head).is_some()
                || lexicon::is_org_word(&head)
        })
    .then_some(c)
}

/// The most tokens from the comma's next word to the document that heads
/// a subject after it (`, a new USA TODAY analysis`).
pub(super) const MAX_DOCUMENT_AFTER_COMMA: usize = 4;

/// `…, a study by the Council of the Great City Schools found`, `…, a
/// report released Tuesday by the council found`: the document (with its
/// modifier) after the last comma before the verb at `v`, as
/// `finding_subject` reads one at a sentence's start.
pub(super) fn finding_after_comma(ctx: &Context, s: usize, v: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    let comma = (0..v).rev().find(|&k| toks[k].is(','))?;
    // The document within the first words after the comma (`a new USA
    // TODAY analysis of …`; not `the materials directly echo the message
    // that party officials expect`, a clause of the writer's).
    (comma + 1..v.min(comma + 1 + MAX_DOCUMENT_AFTER_COMMA))
        .find(|&k| lexicon::is_document_noun(&ctx.word(s, k)))?;
    let mut m = crate::speaker::mention::finding_subject(&toks[comma + 1..], v - comma - 1)?;
    m.tokens = (m.tokens.0 + comma + 1, m.tokens.1 + comma + 1);
    (m.tokens.1 == v).then_some(m)
}

/// The first word token at or after `i`.
pub(super) fn first_word(toks: &[Token], i: usize) -> usize {
    crate::speaker::mention::first_word_at(toks, i).unwrap_or(toks.len())
}

/// `X said (that) CLAUSE.`, `X told Y that CLAUSE.`, `X asked Y whether CLAUSE.`
pub(super) fn clause_after(ctx: &Context, s: usize, fiction: bool) -> Vec<((usize, usize), Found)> {
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
        if subject::inverted_speaker(ctx, s, v).is_some() {
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
        // `led Republicans to say that`: the object of the causative verb,
        // the whole phrase up to `to`, says it.
        let causative = causative_to(ctx, s, v);
        let subject = match causative {
            Some((c, to)) => ctx.phrase_after(s, c + 1).filter(|m| m.tokens.1 == to),
            None => ctx.subject_before(s, verb_start).or_else(|| {
                conjunction_before(ctx, s, verb_start).and_then(|c| {
                    subordinate_subject(ctx, s, c)
                        .or_else(|| {
                            subject::clause_subject(ctx, s, main_clause_start(ctx, s, c), c)
                        })
                        .or_else(|| sentence_subject(ctx, s, c))
                })
            }),
        };
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
        // (Not `The ruling prompted officials to say`: the ruling found
        // nothing; the officials said it.)
        let finding = crate::speaker::mention::finding_subject(toks, verb_start)
            .filter(|_| causative.is_none());
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
                        && unsaid_question_gap(ctx, s, v + 1, k)
                    // `The review shows how politics and business met`:
                    // what a document shows may be a question, right
                    // after the verb.
                    || lemma == "show" && k == v + 1 && ctx.word(s, k) != "that")
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
                // `The Saudis warned they could sell`: a subject pronoun
                // is no object; it opens the clause.
                if is_subject_pronoun(&w) { obj } else { obj + 1 }
            }
            // (`pointed out the wards to me` is no report: a phrasal verb
            // reports a clause after `that`.)
            _ if particle > 0 => continue,
            // `said in a statement released by the campaign the report
            // merits …`, `said after the convention he would not …`: in
            // news an adjunct with no `that` may stand before the clause.
            _ if !fiction && let Some(k) = clause_past_adjunct(ctx, s, after, end) => k,
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
        if let Some(r) = (m.tokens.1..v).find(|&k| ctx.word(s, k) == "who") {
            stop = relative_clause_end(ctx, s, r, v, start, stop);
        }
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

/// `Spicer said the party was not in a crisis, and urged that everyone
/// take a deep breath`: a verb of `mandative_verbs.txt` reports the clause
/// right after its `that` when a subject opens it (not `demanded that
/// money back`), for the verb's subject or, after `and`, the first
/// predicate's. In a novel such a demand narrates, and is left out.
pub(super) fn mandative_clauses(
    ctx: &Context,
    s: usize,
    fiction: bool,
) -> Vec<((usize, usize), Found)> {
    let toks = ctx.toks(s);
    let end = content_end(toks);
    let mut out = Vec::new();
    if fiction {
        return out;
    }
    for v in 1..end.saturating_sub(3) {
        if ctx.word(s, v + 1) != "that"
            || !lexicon::is_mandative_verb(&ctx.word(s, v))
            || !ctx.used_as_verb(
                s,
                v,
                lexicon::class::SPEECH_VERB | lexicon::class::TOPIC_VERB,
                lexicon::is_noun_marker,
            )
            || ctx.inside_quote(toks[v].span.start)
            || !subject_opener(ctx, s, v + 2)
        {
            continue;
        }
        let Some(m) = verb_subject(ctx, s, v) else {
            continue;
        };
        let start = v + 2;
        let stop = clause_end(ctx, s, start, subordinate_end(ctx, s, v, start, end));
        if words(toks, start, stop) >= MIN_CLAUSE_WORDS {
            out.push(((start, stop), found(m, toks[v].span)));
        }
    }
    out
}

/// Does the word at `i` open a subject: a pronoun (`she`, `everyone`), a
/// determiner or a quantifier (`the`, `all`), or a name; not a bare noun
/// (`demanded that money back`)?
fn subject_opener(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    lexicon::pronoun(&w).is_some()
        || lexicon::is_determiner(&w)
        || lexicon::is_quantifier(&w)
        || ctx.toks(s)[i].is_capitalized()
        || lexicon::is_indefinite_pronoun(&w)
}

/// Do the tokens `start..stop` of sentence `s` read as a clause, not a
/// noun phrase: a subject pronoun first (`they were not marked`), or a
/// verb after the first word (`the tax code is unfair`, `the plan failed`;
/// not a word in -ed after a preposition or a determiner, an adjective:
/// `a pace into advanced age`)?
pub(super) fn reads_as_clause(ctx: &Context, s: usize, start: usize, stop: usize) -> bool {
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
pub(super) fn quotation_before(ctx: &Context, s: usize, subject: usize) -> bool {
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
pub(super) fn relative_gap(ctx: &Context, s: usize, subject: usize) -> bool {
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
pub(super) fn relative_that(ctx: &Context, s: usize, r: usize) -> bool {
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
pub(super) fn finite_verb(ctx: &Context, s: usize, i: usize) -> bool {
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
pub(super) fn verb_subject(ctx: &Context, s: usize, v: usize) -> Option<Mention> {
    ctx.subject_before(s, v).or_else(|| {
        conjunction_before(ctx, s, v)
            .and_then(|c| subject::clause_subject(ctx, s, main_clause_start(ctx, s, c), c))
    })
}

/// The token before the verb at `v` past at most two verb modifiers
/// (`has also`, `quietly`): where an auxiliary or a conjunction that goes
/// with the verb stands.
pub(super) fn past_verb_modifiers(ctx: &Context, s: usize, v: usize) -> Option<usize> {
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
pub(super) fn conjunction_before(ctx: &Context, s: usize, v: usize) -> Option<usize> {
    let c = past_verb_modifiers(ctx, s, v)?;
    matches!(ctx.word(s, c).as_ref(), "and" | "but" | "then").then_some(c)
}

/// `…, while Mike Huckabee, the former governor, proposed a test and
/// said …`, `… stood with the nominee as he boasted about the course and
/// said …`: a predicate after the conjunction at `c` goes with the last
/// subordinate clause before it, when a subject opens that clause.
pub(super) fn subordinate_subject(ctx: &Context, s: usize, c: usize) -> Option<Mention> {
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
pub(super) fn sentence_subject(ctx: &Context, s: usize, to: usize) -> Option<Mention> {
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
pub(super) fn subject_opening(ctx: &Context, s: usize, start: usize, to: usize) -> Option<Mention> {
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
pub(crate) fn opening_adjunct_end(ctx: &Context, s: usize, to: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let first = first_word(toks, 0);
    let opener = ctx.word(s, first);
    // `Speaking to supporters in South Carolina following the state’s
    // Republican primary, Cruz said …`: a participle with its object opens
    // an adjunct as long as a subordinate clause (its capitalized words are
    // no subject).
    let gerund = crate::speaker::mention::gerund_opener(toks, first);
    // A subordinate clause (`When terrorists are revealed as part of …,`)
    // runs longer than a phrase.
    let reach = if gerund || lexicon::is_subordinator(&opener) {
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
        || gerund
        // (A name in -ly is no adverb: `Kelly, a spokesman, said`.)
        || time_adverb(&opener)
        || opener.ends_with("ly") && lexicon::first_name(toks[first].text()).is_none()
        || comma > first + 1 && time_adverb(&ctx.word(s, comma - 1));
    adjunct.then(|| first_word(toks, comma + 1))
}

/// Where the sentence's main clause may start, for a subject before token
/// `to`: after an opening adjunct (`Asked about the vote, Ruiz …`), else
/// at the sentence's start.
pub(crate) fn main_clause_start(ctx: &Context, s: usize, to: usize) -> usize {
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
pub(super) fn names_a_speaker(ctx: &Context, s: usize, m: &Mention, fiction: bool) -> bool {
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
pub(super) fn document_subject(ctx: &Context, s: usize, m: &Mention) -> bool {
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
pub(super) fn description_head(ctx: &Context, s: usize, m: &Mention) -> usize {
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
pub(super) fn skippable_before_complementizer(
    ctx: &Context,
    s: usize,
    from: usize,
    k: usize,
) -> bool {
    let toks = ctx.toks(s);
    let title = title_in_quotes(ctx, s, from, k);
    (from..k).all(|j| {
        let w = ctx.word(s, j);
        (toks[j].is_word() || toks[j].is(',') || title && is_quote_mark(toks[j].text()))
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

/// The most words of a title in quotation marks inside an adjunct.
const MAX_TITLE_WORDS: usize = 6;

/// `said on NBC's ''Meet the Press'' on Sunday that …`: do the quoted
/// words among tokens `from..k` name a programme or a work, a few words
/// each capitalized or short (`the`), the first capitalized?
pub(super) fn title_in_quotes(ctx: &Context, s: usize, from: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    let quoted: Vec<usize> = (from..k)
        .filter(|&j| toks[j].is_word() && ctx.inside_quote(toks[j].span.start))
        .collect();
    quoted.first().is_some_and(|&j| toks[j].is_capitalized())
        && quoted.len() <= MAX_TITLE_WORDS
        && quoted
            .iter()
            .all(|&j| toks[j].is_capitalized() || toks[j].text().len() <= 3)
}

/// Is `text` a quotation mark (`"`, `''`, `“`, `”`), as the pairing of
/// marks reads them?
fn is_quote_mark(text: &str) -> bool {
    !text.is_empty()
        && text
            .chars()
            .all(|c| crate::quote::marks::classify(c).is_some())
}

/// Can the tokens `from..to` after a verb like `tell` name whom it was
/// told: a phrase with an article or possessive (`the crowd`, `his
/// wife`), a pronoun, a name, or a word for people (`reporters`)? Not
/// `tells so many lies that`.
pub(super) fn person_object(ctx: &Context, s: usize, from: usize, to: usize) -> bool {
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
pub(super) fn question_object(ctx: &Context, s: usize, from: usize, k: usize) -> bool {
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
pub(super) fn unsaid_question_gap(ctx: &Context, s: usize, from: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    from == k
        || k - from <= 4 && toks[from..k].iter().all(Token::is_word) && opens_adjunct(ctx, s, from)
}

/// The most tokens of an adjunct between a verb of report and the subject
/// of its clause with no `that` (`said in a statement released by the
/// Trump campaign the AP report merits …`).
pub(super) const MAX_ADJUNCT_BEFORE_CLAUSE: usize = 12;

/// `said after the convention he would not accept`, `said in a statement
/// released by the campaign the report merits an inquiry`: where the
/// clause starts after an adjunct that opens at `from` with a preposition,
/// of plain words: a subject pronoun with its verb, or a determiner after
/// a noun (no preposition, article or participle before it) whose phrase
/// a verb follows within a few words.
pub(super) fn clause_past_adjunct(
    ctx: &Context,
    s: usize,
    from: usize,
    end: usize,
) -> Option<usize> {
    let toks = ctx.toks(s);
    // (`after the convention`: a subordinator before an article opens a
    // phrase, too.)
    let opener = ctx.word(s, from);
    let phrase = lexicon::is_preposition(&opener)
        || lexicon::is_subordinator(&opener) && lexicon::is_determiner(&ctx.word(s, from + 1));
    if from >= end || !phrase {
        return None;
    }
    let last = end.min(from + 1 + MAX_ADJUNCT_BEFORE_CLAUSE);
    let k = (from + 2..last)
        .take_while(|&k| {
            // The adjunct's words: no quotation, verb of report, or word
            // that opens a clause of its own.
            let w = ctx.word(s, k - 1);
            let opens_own = lexicon::is_subordinator(&w)
                || lexicon::is_relative_word(&w)
                || w == "that"
                || toks[k - 1].has(lexicon::class::CLAUSE_VERB) && is_clause_cue(ctx, s, k - 1);
            toks[k - 1].is_word() && !ctx.inside_quote(toks[k - 1].span.start) && !opens_own
        })
        .find(|&k| {
            let before = ctx.word(s, k - 1);
            let noun_before = toks[k - 1].is_word()
                && !lexicon::is_any_preposition(&before)
                && !lexicon::is_determiner(&before)
                && !lexicon::is_conjunction(&before)
                && !lexicon::is_subordinator(&before)
                && !matches!(before.as_ref(), "than" | "as" | "to")
                && !lexicon::is_auxiliary(&before)
                && !(before.len() > 4 && before.ends_with("ed"))
                && !before.ends_with("ing");
            // (Not a relative with no pronoun, whose verb's `that` follows:
            // `said in a letter to the members he mailed last spring that
            // …`.)
            noun_before
                && !(k..end.min(k + 8)).any(|j| ctx.word(s, j) == "that")
                && (new_pronoun_subject(ctx, s, k)
                    || ctx.word(s, k) == "the"
                        && (k + 2..end.min(k + 6))
                            .take_while(|&j| {
                                toks[j - 1].is_word()
                                    && !lexicon::is_preposition(&ctx.word(s, j - 1))
                            })
                            .any(|j| opens_predicate(ctx, s, j) || finite_verb(ctx, s, j)))
        })?;
    Some(k)
}

/// Does the word at `k` open an adjunct that may stand between a verb of
/// report and what it reports: a day (`said Tuesday that`) or a
/// preposition (`said during a taping … that`, `can't say with any
/// certainty what`)?
pub(super) fn opens_adjunct(ctx: &Context, s: usize, k: usize) -> bool {
    lexicon::is_day(ctx.toks(s)[k].text()) || lexicon::is_preposition(&ctx.word(s, k))
}

/// Is the subject `m` of a verb that a comma follows set off as a
/// parenthesis (`Still, he says,`, `Like his comments, Mr. Graham said,`):
/// after a comma, and not at the sentence's start?
pub(super) fn parenthetical_subject(ctx: &Context, s: usize, m: &Mention) -> bool {
    m.tokens.0 > 0 && ctx.toks(s)[m.tokens.0 - 1].is(',')
}

/// Do the words of sentence `s` before the comma at `comma` make an
/// adjunct of the clause that resumes at `resume` (and opens there with
/// its subject: not `…, the man said, in a high voice`): two words or more,
/// opening with a preposition or a subordinator (`In the long run`, `If the
/// demands are not met`, `As Election Day nears`), with no quotation in
/// the sentence? A time is the writer's setting, not what was said (`At one
/// point on Sunday`, `By then`, `In the early 1990s`).
pub(super) fn opening_adjunct_part(ctx: &Context, s: usize, comma: usize, resume: usize) -> bool {
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
pub(super) fn names_time(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn time_ago(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn opens_predicate(ctx: &Context, s: usize, i: usize) -> bool {
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
pub(super) fn opens_clause(ctx: &Context, s: usize, i: usize, after_complementizer: bool) -> bool {
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
pub(super) fn degree_of_subject(ctx: &Context, s: usize, i: usize) -> bool {
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
pub(super) fn this_subject(ctx: &Context, s: usize, i: usize) -> bool {
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
