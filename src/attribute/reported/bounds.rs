//! Where a reported clause begins and ends: its complementizer, the
//! quotation it stops before, the commas, conjunctions, asides and adjuncts
//! that end it.

use super::*;

/// Is token `i` a pronoun that stands for a whole object (`asked about
/// it`, `about her.`), not a possessive before its noun (`about her
/// record`, `about their plans`)?
pub(super) fn object_pronoun(ctx: &Context, s: usize, i: usize) -> bool {
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
pub(super) fn asked_time_end(ctx: &Context, s: usize, i: usize) -> usize {
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
pub(super) fn with_complementizer(
    ctx: &Context,
    s: usize,
    clause: (usize, usize),
) -> (usize, usize) {
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
/// “relaxed”`) leaves it whole.
pub(super) fn before_own_quotation(
    ctx: &Context,
    s: usize,
    clause: (usize, usize),
) -> (usize, usize) {
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

/// `said Rubio will be “a champion for limitless opportunity.”`: a clause
/// that ends inside the fragment it quotes takes in the fragment's closing
/// mark, and the punctuation before it.
pub(super) fn through_closing_quote(
    ctx: &Context,
    s: usize,
    clause: (usize, usize),
) -> (usize, usize) {
    let toks = ctx.toks(s);
    if !ctx.inside_quote(toks[clause.1 - 1].span.start) {
        return clause;
    }
    (clause.1..toks.len())
        .take_while(|&k| !toks[k].is_word())
        .find(|&k| toks[k].kind == crate::token::TokenKind::Quote)
        .map_or(clause, |k| (clause.0, k + 1))
}

/// `The good news for Cruz, Woolson said, is that …`: a clause with its
/// attribution inside is two parts, the words before the comma that
/// opens the attribution (two words or more in a novel) and those after the comma
/// that closes it.
pub(super) fn parts_around(
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
pub(super) fn content_end(toks: &[Token]) -> usize {
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
pub(super) fn clause_end(ctx: &Context, s: usize, start: usize, end: usize) -> usize {
    let toks = ctx.toks(s);
    let end = end.min(start + MAX_CLAUSE_TOKENS);
    let parenthesized = inside_parentheses(toks, start);
    let stop = (start + 1..end)
        .find(|&k| {
            toks[k].is(';')
                // `toward taxing consumption (what economists call
                // spending) and away from …`: a clause that opens inside
                // parentheses ends at their close.
                || parenthesized && toks[k].is(')')
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
                || comparison_phrase(ctx, s, start, k)
                // `…, even as she criticizes its cost`: the writer's aside.
                || toks[k].is(',') && ctx.word(s, k + 1) == "even" && ctx.word(s, k + 2) == "as"
        })
        .map_or(end, |k| {
            if k > start + 1 && toks[k - 1].is(',') {
                k - 1
            } else {
                k
            }
        });
    // `blamed his hesitancy on a “bad earpiece,” claiming he had …`: a
    // participle of speech after a comma that a quotation closes ends the
    // clause too, after the quotation's mark.
    (start + 1..stop.saturating_sub(2))
        .find(|&k| {
            toks[k].is(',')
                && toks[k + 1].kind == crate::token::TokenKind::Quote
                && participle_after_comma(ctx, s, k + 2)
                && speaking_participle(ctx, s, k + 2)
        })
        .map_or(stop, |k| k + 2)
}

/// Does token `i` stand inside parentheses opened before it in the
/// sentence and not yet closed?
pub(super) fn inside_parentheses(toks: &[Token], i: usize) -> bool {
    let opened = toks[..i].iter().filter(|t| t.is('(')).count();
    let closed = toks[..i].iter().filter(|t| t.is(')')).count();
    opened > closed
}

/// `61 percent said they back the toll compared to 30 percent who …`:
/// `compared to` (or `with`) sets the writer's figure beside what was
/// said and ends the clause (after a comma too: `clause_breaks.txt`). Not
/// the clause's own verb (`said the toll was compared to a tax`, `said
/// Ruiz compared the toll to a tax`).
pub(super) fn comparison_phrase(ctx: &Context, s: usize, start: usize, k: usize) -> bool {
    k > start + 1
        && ctx.word(s, k) == "compared"
        && matches!(ctx.word(s, k + 1).as_ref(), "to" | "with")
        && !lexicon::is_auxiliary(&ctx.word(s, k - 1))
}

/// `Sanders, who endorsed Canova and said he would campaign with him,
/// ultimately did not show up`: a verb of report inside a relative clause
/// set off by a comma after its subject (the `who` at `relative`, no
/// comma between it and the verb at `v`) reports up to the comma that
/// closes the relative clause, before the main predicate (an auxiliary,
/// `did` or a verb in -ed, an adverb in -ly first). `stop` when there is
/// none.
pub(super) fn relative_clause_end(
    ctx: &Context,
    s: usize,
    relative: usize,
    v: usize,
    start: usize,
    stop: usize,
) -> usize {
    let toks = ctx.toks(s);
    let set_off = relative > 0
        && toks[relative - 1].is(',')
        && ctx.word(s, relative) == "who"
        && !(relative..v).any(|k| toks[k].is(','));
    if !set_off {
        return stop;
    }
    // (A comma before a word of a list is passed over: `said the ferry
    // was too slow, crowded and late, voted …`; the first other comma
    // ends the clause only before a predicate, not one of a pair inside
    // it: `said that Ruiz, under fire for the delays, would resign`.)
    let listed = |k: usize| {
        toks.get(k + 2).is_some_and(|t| t.is(','))
            || matches!(ctx.word(s, k + 2).as_ref(), "and" | "or")
    };
    (start..stop)
        .find(|&k| clause_comma(ctx, s, k) && !listed(k))
        .filter(|&k| {
            let next = k + 1 + usize::from(ctx.word(s, k + 1).ends_with("ly"));
            next < toks.len()
                && (opens_predicate(ctx, s, next)
                    || matches!(ctx.word(s, next).as_ref(), "did" | "does"))
        })
        .unwrap_or(stop)
}

/// `said the ferry would run again - and the port has since sold it`: a
/// lone dash (or `--`) before `and` or `but` opens the writer's own
/// afterthought, which ends the clause. Not a pair of dashes, which sets
/// off an aside inside it (`said the riders -- mostly commuters -- and
/// the port …`), nor `- and that`, a second clause of what was said, nor
/// a hyphen that shares its first part (`fourth- and eighth-grade`).
pub(super) fn dash_conjunction(
    ctx: &Context,
    s: usize,
    start: usize,
    end: usize,
    k: usize,
) -> bool {
    let toks = ctx.toks(s);
    // (`fourth- and eighth-grade`: a hyphen after a word is no dash.)
    if !toks[k].is_dash() || toks[k - 1].is_dash() || toks[k - 1].span.end == toks[k].span.start {
        return false;
    }
    let mut j = k + 1;
    while j < end && toks[j].is_dash() {
        j += 1;
    }
    matches!(ctx.word(s, j).as_ref(), "and" | "but")
        && ctx.word(s, j + 1) != "that"
        && !(start..k).chain(j..end).any(|i| toks[i].is_dash())
}

/// Does the word at `k`, after a comma, open the writer's own clause
/// (`…, but Cook did not say when`)? Not when the reported clause goes on
/// after it: `said the port needs a pier, but that it cannot pay`, `should
/// be punished, but not the riders`, `…, while 23 percent favored the
/// ferry` (see `plain_rest`).
pub(super) fn clause_break(ctx: &Context, s: usize, k: usize) -> bool {
    lexicon::is_clause_break(&ctx.word(s, k))
        && !((lexicon::is_break_continuation(&ctx.word(s, k + 1)) || figure(ctx, s, k + 1))
            && plain_rest(ctx, s, k))
}

/// Is the token at `i` a number, the next figure of a poll or a count
/// (`found 28 percent backed the toll, while 23 percent favored the
/// ferry`)?
pub(super) fn figure(ctx: &Context, s: usize, i: usize) -> bool {
    ctx.toks(s)
        .get(i)
        .is_some_and(|t| t.text().starts_with(|c: char| c.is_ascii_digit()))
}

/// Can a reported clause go on over the tokens of sentence `s` from `k`,
/// with no quotation, which it must not take in (`…, but that he “did
/// everything”`, `…, giving rise to “rent a face” firms`)?
pub(super) fn plain_rest(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn subordinate_end(
    ctx: &Context,
    s: usize,
    v: usize,
    start: usize,
    end: usize,
) -> usize {
    let toks = ctx.toks(s);
    let mut first = first_word(toks, 0);
    if matches!(ctx.word(s, first).as_ref(), "and" | "but") {
        first = first_word(toks, first + 1);
    }
    // `Years after Clinton claimed that …, Obama won`, `Just two days
    // before Ruiz said …`, `Shortly after …`: a time or an adverb may
    // lead the subordinator.
    if let Some(k) = (first..toks.len().min(first + 1 + MAX_SUBORDINATOR_LEAD))
        .take_while(|&k| toks[k].is_word() && k < v)
        .find(|&k| lexicon::is_subordinator(&ctx.word(s, k)))
        .filter(|&k| (first..k).all(|j| subordinator_lead(ctx, s, j)))
    {
        first = k;
    }
    let w = ctx.word(s, first);
    let opening = lexicon::is_subordinator(&w)
        || lexicon::is_any_preposition(&w)
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

/// The most words before the subordinator of an opening subordinate
/// clause (`Just two days after`).
pub(super) const MAX_SUBORDINATOR_LEAD: usize = 3;

/// Can the word at `j` lead a subordinator that opens the sentence: a
/// stretch of time (`Years after`, `Two weeks before`), a number or an
/// adverb (`Shortly after`, `Just as`, `Even though`)?
fn subordinator_lead(ctx: &Context, s: usize, j: usize) -> bool {
    let w = ctx.word(s, j);
    crate::speaker::mention::stretch_of_time(&w)
        || lexicon::is_time_noun(w.trim_end_matches('s'))
        || figure(ctx, s, j)
        || lexicon::is_determiner(&w) && lexicon::is_quantity_head(&w)
        || lexicon::is_verb_modifier(&w)
        || w.len() > 4 && w.ends_with("ly")
}

/// Is token `k` a comma between phrases, not inside a number (`6,000`)?
pub(super) fn clause_comma(ctx: &Context, s: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    toks[k].is(',')
        && !toks.get(k + 1).is_some_and(|n| {
            n.span.start == toks[k].span.end && n.text().starts_with(|c: char| c.is_ascii_digit())
        })
}

/// Is `word` (lower case) a personal pronoun that opens a clause as its
/// subject (`he`, `she`, `they`, `we`, `i`)?
pub(super) fn is_subject_pronoun(word: &str) -> bool {
    matches!(word, "he" | "she" | "they" | "we" | "i")
}

/// `journalists cannot have any political affiliation, he appears
/// uneasy`: after a comma a personal pronoun with its verb is the writer's
/// next clause.
pub(super) fn new_pronoun_subject(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn new_subject_after_and(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) const MAX_AND_SUBJECT_WORDS: usize = 7;

/// `said the toll is fair, and the port has already sued the city`: does
/// a subject open at `i` (an article or a name, up to
/// `MAX_AND_SUBJECT_WORDS` words) with an auxiliary after it?
pub(super) fn subject_with_auxiliary(ctx: &Context, s: usize, i: usize) -> bool {
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
pub(super) fn summary_apposition(ctx: &Context, s: usize, k: usize) -> bool {
    matches!(ctx.word(s, k).as_ref(), "a" | "an")
        && (lexicon::is_summary_noun(&ctx.word(s, k + 1))
            || lexicon::is_summary_noun(&ctx.word(s, k + 2)))
}

/// `said he would end the tax break, as did Ana Ruiz`: is the `as` at `k`,
/// after a comma, with an auxiliary (or `did`), a comparison of the
/// writer's, who says someone else holds the same?
pub(super) fn comparison_tag(ctx: &Context, s: usize, k: usize) -> bool {
    ctx.word(s, k) == "as" && {
        let next = ctx.word(s, k + 1);
        lexicon::is_auxiliary(&next) || matches!(next.as_ref(), "did" | "does" | "do")
    }
}

/// The most words of the subject of a new verb of report inside a clause.
pub(super) const MAX_NEW_REPORTER_WORDS: usize = 3;

/// The fewest words of a clause before a new verb of report ends it (not
/// `both he` in `said both he and Ruiz promised …`).
pub(super) const MIN_NEW_REPORTER_AFTER: usize = 3;

/// `300 riders have said they back the ferry, 40 have said they back the
/// bridge`, `… will skip the vote and others have said they …`: after a
/// comma or `and` (or `but`), a short subject with its own verb of speech
/// (an auxiliary may be among its words) reports a clause of its own,
/// which ends the one before. Not a passive (`…, when he speaks, he is
/// often asked`), nor a relative clause (`a pier that she says is old`, `,
/// a point Ruiz acknowledged to reporters`, whose verb opens no clause),
/// nor one set off inside the clause (`The truth, Ruiz said then, was`).
pub(super) fn new_reporter(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn attribution_after_comma(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn coordinated_predicate(ctx: &Context, s: usize, k: usize) -> bool {
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
pub(super) fn talk_verb(ctx: &Context, s: usize, v: usize) -> bool {
    ctx.used_as_verb(s, v, lexicon::class::TOPIC_VERB, is_not_reporting)
        && lexicon::is_talk_topic(&ctx.word(s, v))
}

/// `…, insisting that`, `…, arguing`: a participle after a comma opens a
/// clause of the sentence's subject, not of the reported clause.
pub(super) fn participle_after_comma(ctx: &Context, s: usize, i: usize) -> bool {
    let w = ctx.word(s, i);
    w.len() > 5 && w.ends_with("ing") && !matches!(w.as_ref(), "including" | "according")
}

/// Is the participle at `i` one of speech, thought or a topic (`saying`,
/// `believing`, `calling for`), which opens a clause of the sentence's
/// subject? Another (`said it raised $2 million, bringing its total to
/// $9 million`) goes on with what was said.
pub(super) fn speaking_participle(ctx: &Context, s: usize, i: usize) -> bool {
    let t = &ctx.toks(s)[i];
    t.has(lexicon::class::SPEECH_VERB | lexicon::class::CLAUSE_VERB)
        || t.has(lexicon::class::TOPIC_VERB) && lexicon::is_talk_topic(&ctx.word(s, i))
}

/// The most tokens of a participle phrase set off inside a clause.
pub(super) const MAX_ASIDE_TOKENS: usize = 10;

/// `says Millennials, numbering 75.3 million, surpassed Baby Boomers`: is
/// the participle after the comma at `k` an aside that a second comma
/// closes before the clause's predicate? So may be a phrase that opens
/// with a clause break (`says the deal, however messy, was worth it`,
/// `the firms, which include two banks, are still …`).
pub(super) fn participle_aside(ctx: &Context, s: usize, k: usize) -> bool {
    let toks = ctx.toks(s);
    (k + 2..toks.len().min(k + 2 + MAX_ASIDE_TOKENS))
        .take_while(|&c| toks[c].is_word() || toks[c].is(','))
        .find(|&c| toks[c].is(','))
        .is_some_and(|c| c + 1 < toks.len() && opens_predicate(ctx, s, c + 1))
}

pub(super) fn words(toks: &[Token], from: usize, to: usize) -> usize {
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
pub(super) fn adjunct_tail(ctx: &Context, s: usize, from: usize, end: usize) -> bool {
    let toks = ctx.toks(s);
    // `…, lawmakers said Friday afternoon, as they bristled at the plan`:
    // a subordinate clause of the writer's after a comma (`as`, `while`,
    // `after`; not `that`, `if`, `whether`, `because`, which may go on
    // with what was said) ends the tail; its subject pronoun is no clause
    // of what was said.
    if let Some(c) = (from..end).find(|&k| {
        toks[k].is(',')
            && matches!(
                ctx.word(s, k + 1).as_ref(),
                "as" | "while" | "after" | "before" | "when"
            )
            && is_subject_pronoun(&ctx.word(s, k + 2))
    }) {
        return (c == from || adjunct_tail(ctx, s, from, c))
            && words(toks, c, end) <= MAX_ADJUNCT_TAIL_WORDS
            && toks[c..end].iter().all(|t| t.is_word() || t.is(','))
            && !(c..end).any(|k| complementizer(&ctx.word(s, k)) || is_clause_cue(ctx, s, k));
    }
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
