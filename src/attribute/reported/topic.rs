//! What a statement was about: the object of a topic verb (`criticized the
//! plan`, `spoke about the plan`) or noun (`his attacks on the plan`).

use super::*;

/// `Obama spoke about the need for …`, `protesters called for an
/// inquiry`, `…, railing against the deal`: what a verb of
/// `topic_verbs.txt` puts after its preposition is what was said, however
/// short (`talked about CNN`); in news, so is the direct object of a verb
/// listed with `-` (`Trump criticized Clinton's email use`).
pub(super) fn topics(ctx: &Context, s: usize, fiction: bool) -> Vec<((usize, usize), Found)> {
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
        // `Trump's widely mocked plan for a wall`, `the hotly disputed
        // claim`: a participle in -ed after an adverb in -ly that follows a
        // determiner or a possessive modifies a noun.
        if verb.ends_with("ed") && v >= 2 && adjectival_participle(ctx, s, v) {
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
            || !fiction && listed(">") && object_infinitive(ctx, s, v + 1, end)
            || !fiction && listed("@") && person_object(ctx, s, v + 1)
        {
            v + 1
        } else {
            continue;
        };
        if start >= end || start == v + 1 && noun_of_speech_object(ctx, s, v, start) {
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
            adjunct_end.and_then(|c| subject::clause_subject(ctx, s, c + 1, end))
        } else if v > 0 && (toks[v - 1].is(',') || gerund) && verb.ends_with("ing") {
            // `…, calling for`: the sentence subject's.
            let from = v
                .saturating_sub(MAX_SUBJECT_DISTANCE)
                .max(main_clause_start(ctx, s, v - 1));
            subject::clause_subject(ctx, s, from, v - 1)
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
                && (document
                    || names_a_speaker(ctx, s, m, fiction)
                    || names_a_body(ctx, s, m, fiction))
                && !(capital
                    && (m.tokens.0..m.tokens.1).any(|k| lexicon::is_determiner(&ctx.word(s, k))))
        }) else {
            continue;
        };
        // `which Milton spoke of as shed by the sun`, `pushed for months`:
        // what follows is no object but another phrase; `the billionaire
        // lists can grow contentious`: nor is a verb's auxiliary (the
        // word in -s was a noun).
        let first = ctx.word(s, start);
        if toks[start].is(',')
            || matches!(first.as_ref(), "and" | "or" | "but" | "as")
            || lexicon::is_auxiliary(&first)
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

/// Is the participle at `v` an adjective: an adverb in -ly before it, and
/// before that a determiner, a possessive pronoun or a possessive (`the
/// widely praised`, `Trump's widely mocked`)?
fn adjectival_participle(ctx: &Context, s: usize, v: usize) -> bool {
    let toks = ctx.toks(s);
    let adverb = ctx.word(s, v - 1);
    let before = ctx.word(s, v - 2);
    adverb.len() > 4
        && adverb.ends_with("ly")
        && (lexicon::is_determiner(&before)
            || lexicon::owner_pronoun(&before).is_some()
            || crate::speaker::mention::possessive(&toks[v - 2], ctx.text))
}

/// The most words of an object before its noun of speech (`offered an
/// increasingly strident defense of`).
pub(super) const MAX_NOUN_OF_SPEECH_WORDS: usize = 4;

/// Is the object at `o` of the verb at `v` a noun of `topic_nouns.txt`
/// with its preposition, after a verb of `topic_noun_verbs.txt`
/// (`offered a spirited defense of the toll plan`)? What was said is the
/// noun's object (`noun_topics`), not the verb's.
fn noun_of_speech_object(ctx: &Context, s: usize, v: usize, o: usize) -> bool {
    let toks = ctx.toks(s);
    lexicon::is_topic_noun_verb(&ctx.word(s, v))
        && (o..toks.len().min(o + MAX_NOUN_OF_SPEECH_WORDS))
            .take_while(|&k| toks[k].is_word())
            .any(|k| {
                toks[k].has(lexicon::class::TOPIC_NOUN)
                    && lexicon::topic_noun_prepositions(&ctx.word(s, k)).is_some_and(|p| {
                        let prep = ctx.word(s, k + 1);
                        p.split_whitespace().any(|l| l == prep)
                    })
            })
}

/// Does a direct object that names someone start at token `o`, as after
/// a verb listed with `@` in `topic_verbs.txt` (`prosecutors charged the
/// officer with murder`, `charged him`; not `the club charged a fee`)?
fn person_object(ctx: &Context, s: usize, o: usize) -> bool {
    ctx.phrase_after(s, o)
        .is_some_and(|m| m.tokens.0 == o && names_a_speaker(ctx, s, &m, false))
}

/// Is token `v` a participle in -ed of a verb whose direct object is what
/// was said (`-` or `@` in `topic_verbs.txt`: `criticized`, `attacked`,
/// `charged`), the verb of a passive report (`passive_topics`,
/// `unsourced_passives`)?
/// (Its caller tests the token's class bit, `TOPIC_VERB`, first: most
/// words are no topic verb, and this reads the sentence's tokens again.)
pub(super) fn reports_object_participle(ctx: &Context, s: usize, v: usize) -> bool {
    let verb = ctx.word(s, v);
    verb.ends_with("ed")
        && lexicon::topic_prepositions(&verb)
            .is_some_and(|p| p.split_whitespace().any(|m| m == "-" || m == "@"))
}

/// The most tokens between a passive verb of a topic and the `by` of its
/// agent (`was attacked on the speeches by`).
pub(super) const MAX_PASSIVE_GAP: usize = 5;

/// `Clinton has been attacked on the speeches by Sanders`, `The move was
/// criticized by economists`: the subject of a passive verb whose direct
/// object is what was said (`-` in `topic_verbs.txt`) is what was said,
/// by the agent after `by`, if that names someone who speaks. Not a
/// relative pronoun (`a Democrat who has been endorsed by`), nor without
/// an agent (`Sanders has been criticized for …`: no one is named).
pub(super) fn passive_topics(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
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
pub(super) fn noun_topics(ctx: &Context, s: usize) -> Vec<((usize, usize), Found)> {
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
            match lexicon::owner_pronoun(&ctx.word(s, o)) {
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

/// Does a description in news name a body of people with no organisation
/// behind it (`the community immediately began calling for`, `the crowd
/// chanted for`)? (`the room began calling for` does not.)
fn names_a_body(ctx: &Context, s: usize, m: &Mention, fiction: bool) -> bool {
    !fiction
        && m.kind == MentionKind::Nominal
        && lexicon::is_body_noun(&ctx.word(s, description_head(ctx, s, m)))
}

/// Where what was talked about from `start` ends, for the cue at `v` (a
/// verb or a noun): `endorsed Ted Cruz on Wednesday`: the time is the
/// writer's. The comma that closes an opening adjunct (`adjunct_end`) ends
/// it, and so does a subordinate clause with a verb of report (`calling
/// for a ban after the candidate said …`).
pub(super) fn topic_end(
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
                || new_subject_after_and(ctx, s, start, k, stop)
                || ctx.word(s, k) == "but" && {
                    let next = k
                        + 1
                        + usize::from(matches!(
                            ctx.word(s, k + 1).as_ref(),
                            "later" | "then" | "also" | "eventually"
                        ));
                    next < stop && opens_predicate(ctx, s, next)
                }
                // `announces a major campaign shakeup, then takes it back`.
                || toks[k].is(',')
                    && ctx.word(s, k + 1) == "then"
                    && k + 2 < stop
                    && (opens_predicate(ctx, s, k + 2) || present_verb(ctx, s, k + 2))
        })
        .unwrap_or(stop);
    // The writer's own words after a comma end it too: an apposition
    // (`universal health care, one of Obama's legacies`), a clause
    // after `, and the` (`endorsed him, and the bad blood …`), a
    // subordinate clause (`ordered such a quarantine, even though she did
    // not carry the virus`) or a relative one (`called for Republicans to
    // back Christie, whom he describes as …`).
    let stop = (start + 1..stop)
        .find(|&k| {
            // (`reiterated them on the radio — where he seemed to differ`:
            // a dash before a relative clause too.)
            toks[k].is_dash() && writer_clause_at(ctx, s, k + 1)
                || toks[k].is(',')
                    && (apposition_at(ctx, s, start, k + 1, stop)
                        || writer_clause_at(ctx, s, k + 1)
                            && !complement_after_aside(ctx, s, k, stop)
                        || participle_tail(ctx, s, start, k)
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
    // `offered some pointed advice to Clinton on Friday in the upcoming
    // debates`, `endorsed Canova in late May and said …`: a date after
    // the object is the writer's, and so is a phrase or clause of the
    // writer's after it. (Not a complement of the verb's that goes on
    // after it: `defended himself on Saturday for bailing on`.)
    let stop = (start + 1..stop)
        .find_map(|k| date_phrase(ctx, s, k).map(|after| (k, after)))
        .filter(|&(k, after)| {
            !clausal_object(ctx, s, start, k)
                && (after >= stop
                    || toks[after].is(',')
                    || matches!(
                        ctx.word(s, after).as_ref(),
                        "and" | "as" | "in" | "at" | "during" | "while" | "when"
                    ))
        })
        .map_or(stop, |(k, _)| k);
    // (Not the comma before `, and Emanuel released`.)
    let stop = (start + 1..=stop)
        .rev()
        .find(|&k| !toks[k - 1].is(','))
        .unwrap_or(stop);
    crate::speaker::mention::time_phrase_back(toks, stop).max(start + 1)
}

/// Is the token at `i` a verb in the present with `-s` (`takes`,
/// `says`): a word in lower case, not a determiner, pronoun or
/// preposition (`his`, `its`, `this`, `across`)?
fn present_verb(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    ctx.toks(s)[i]
        .text()
        .starts_with(|c: char| c.is_lowercase())
        && w.len() > 3
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !lexicon::is_determiner(&w)
        && lexicon::pronoun(&w).is_none()
        && !lexicon::is_any_preposition(&w)
}

/// The most tokens from `and` to the verb of a new subject after it.
pub(super) const MAX_AND_SUBJECT_TOKENS: usize = 5;

/// `asked about Zika and his campaign did not respond`, `endorsed
/// Sanders and 160 have not announced`, `charged Van Dyke with murder,
/// and Emanuel released the video`: `and`, with a comma before it or
/// not, before a new subject and its verb (an auxiliary, `did`, a verb in
/// -ed) opens the writer's next clause, which ends the topic. Not inside
/// a topic that is a clause itself, whose subjects may be a pair (`how
/// Russia and Turkey could hurt`), nor after `between` (`the talks
/// between Ruiz and Hale had stalled`).
fn new_subject_after_and(ctx: &Context, s: usize, start: usize, k: usize, stop: usize) -> bool {
    if ctx.word(s, k) != "and" {
        return false;
    }
    let first = ctx.word(s, start);
    let clausal = lexicon::is_relative_word(&first)
        || lexicon::is_subordinator(&first)
        || complementizer(&first)
        || matches!(first.as_ref(), "how" | "why" | "what" | "where" | "when");
    !clausal
        && !(start..k).any(|j| ctx.word(s, j) == "between")
        && (k + 2..stop.min(k + 1 + MAX_AND_SUBJECT_TOKENS)).any(|v| {
            (opens_predicate(ctx, s, v) || matches!(ctx.word(s, v).as_ref(), "did" | "does"))
                && ctx
                    .subject_before(s, v)
                    .is_some_and(|m| m.tokens.0 == k + 1 && m.tokens.1 == v)
        })
}

/// Does the writer's own clause open at `k`, after a comma: a relative
/// one (`, whom he describes as`, `, who has endorsed`), or a subordinate
/// one, also after `even` (`, even though she did not carry the virus`,
/// `, because …`)? Not `as`, which may go on with what was said (`, as
/// well as`, `, as he put it`), nor a word before `not`, `that`, `also`
/// or `never`, which goes on with it too (`defended the plan, though not
/// the toll`).
fn writer_clause_at(ctx: &Context, s: usize, k: usize) -> bool {
    let k = k + usize::from(ctx.word(s, k) == "even");
    let w = ctx.word(s, k);
    w != "as"
        && !matches!(
            ctx.word(s, k + 1).as_ref(),
            "not" | "that" | "also" | "never"
        )
        && (matches!(w.as_ref(), "who" | "whose")
            || lexicon::is_relative_word(&w)
            || lexicon::is_subordinator(&w))
}

/// `accused Sanders, whose outsider appeal has been key, of being …`: a
/// relative clause set off by the comma at `k` that a second comma closes
/// before `of`, `as` or `for` is an aside inside the topic, whose verb's
/// complement goes on after it.
fn complement_after_aside(ctx: &Context, s: usize, k: usize, stop: usize) -> bool {
    let toks = ctx.toks(s);
    (k + 2..stop)
        .find(|&c| toks[c].is(','))
        .is_some_and(|c| matches!(ctx.word(s, c + 1).as_ref(), "of" | "as" | "for"))
}

/// `sought her ouster, believing she was tipping the scales`, `declined a
/// request for comment, choosing to step back`: a participle after the
/// comma at `k` and an object of two words or more is the writer's
/// account of the subject. Not an item of a list of participles
/// (`guaranteeing security, setting rules, protecting …`, `a kind,
/// loving and admirable person`), nor an aside that a second comma closes
/// before a predicate.
fn participle_tail(ctx: &Context, s: usize, start: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    let gerund = |j: usize| {
        let w = ctx.word(s, j);
        toks[j].is_word() && w.len() > 5 && w.ends_with("ing")
    };
    // (Not a compound adjective, `the big, free-standing firms`, nor a
    // participle that reports or names a topic of its own: `…,
    // recognizing that`, `…, calling for`.)
    participle_after_comma(ctx, s, k + 1)
        && !ctx.word(s, k + 1).contains('-')
        && !speaking_participle(ctx, s, k + 1)
        && !toks[k + 1].has(lexicon::class::TOPIC_VERB)
        && !complementizer(&ctx.word(s, k + 2))
        && words(toks, start, k) >= 2
        && !(start..k).any(gerund)
        && !matches!(ctx.word(s, k + 2).as_ref(), "and" | "or" | ",")
        && !toks.get(k + 2).is_some_and(|t| t.is(','))
        && !participle_aside(ctx, s, k)
}

/// The most words after `at`, `in`, `on` or `during` to a noun of
/// `occasion_nouns.txt` (`at a news conference in Hanahan`).
pub(super) const MAX_OCCASION_WORDS: usize = 5;

/// Does a phrase of the occasion open at `k` before `stop`: `during`, or
/// `at`, `in` or `on` with a noun of `occasion_nouns.txt` at most
/// `MAX_OCCASION_WORDS` words on (`at a rally`, `in an interview`, `on
/// the campaign trail`)?
pub(super) fn occasion_phrase(ctx: &Context, s: usize, k: usize, stop: usize) -> bool {
    let toks = ctx.toks(s);
    let w = ctx.word(s, k);
    w == "during"
        || matches!(w.as_ref(), "at" | "in" | "on")
            && (k + 1..stop.min(k + 1 + MAX_OCCASION_WORDS))
                .any(|j| toks[j].is_word() && lexicon::is_occasion_noun(&ctx.word(s, j)))
}

/// Does a date open at `k`: `on` and a day (`on Friday`), `in` and a
/// month or a year, also after `early`, `late` or `mid` (`in late May`,
/// `in 2012`)? The token after it if so.
fn date_phrase(ctx: &Context, s: usize, k: usize) -> Option<usize> {
    let toks = ctx.toks(s);
    let w = ctx.word(s, k);
    let date = |j: usize| {
        toks.get(j).is_some_and(|t| {
            let t = t.text();
            lexicon::is_month(t)
                || t.len() == 4 && t.starts_with("20") && t.bytes().all(|b| b.is_ascii_digit())
        })
    };
    match w.as_ref() {
        "on" => toks
            .get(k + 1)
            .is_some_and(|t| lexicon::is_day(t.text()))
            .then_some(k + 2),
        "in" if date(k + 1) => Some(k + 2),
        "in" if matches!(ctx.word(s, k + 1).as_ref(), "early" | "late" | "mid") && date(k + 2) => {
            Some(k + 3)
        }
        _ => None,
    }
}

/// Does the object `start..k` hold a clause that a date after it could
/// belong to: a relative or subordinating word, `that`, `if`, `whether`,
/// a dash (`called for an inquiry into what happened on Friday`)?
fn clausal_object(ctx: &Context, s: usize, start: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (start..k).any(|j| {
        let w = ctx.word(s, j);
        toks[j].is_dash()
            || matches!(
                w.as_ref(),
                "that" | "who" | "whose" | "if" | "whether" | "what" | "how" | "when" | "why"
            )
            || lexicon::is_relative_word(&w)
            || lexicon::is_subordinator(&w)
    })
}

/// Is the object `start..k` plain words, with no clause or phrase that an
/// adjunct after it could belong to: no comma or dash, no `to`, `of`,
/// `for`, `as`, relative or subordinating word, no participle in -ed
/// (`urged hackers to look for emails Clinton used during her tenure`)?
pub(super) fn plain_object(ctx: &Context, s: usize, start: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (start..k).all(|j| {
        let w = ctx.word(s, j);
        !(toks[j].is(',')
            || toks[j].is_dash()
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
pub(super) fn apposition_at(ctx: &Context, s: usize, start: usize, k: usize, stop: usize) -> bool {
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
