//! Sources named outside the clause: `According to X, CLAUSE`, `As X
//! reported, CLAUSE`, a poll named in an opening adjunct (`In the CBS poll,
//! …`), and headlines, with their source before a colon (`Poll: …`) or
//! their verb in title case.

use super::*;

/// `According to X, CLAUSE.` and `CLAUSE, according to X.` (In `fiction`
/// not before words of the narrator's own: `The meeting was pleasant,
/// according to the usual style of the Grants, being composed of …`.)
pub(super) fn according_to(
    ctx: &Context,
    s: usize,
    fiction: bool,
) -> Option<((usize, usize), Found)> {
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
        if !toks[a - 1].is(',') {
            return None;
        }
        // (Words alone to the sentence's end describe the source: `a
        // campaign official who was not authorized to speak publicly`, `a
        // survey conducted right after the debate`.)
        let to = if words(toks, m.tokens.1, end) <= MAX_TRAILING_WORDS
            || adjunct_tail(ctx, s, m.tokens.1, end)
            || toks[m.tokens.1..end].iter().all(Token::is_word)
        {
            end
        } else if !fiction {
            source_break(ctx, s, m.tokens.1, a, end)?
        } else {
            return None;
        };
        whole_source(ctx, s, &mut m, to);
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

/// `CLAUSE, according to the Tax Policy Center - half a point of GDP.`,
/// `CLAUSE, according to the Labor Department, taking a step toward …`:
/// the comma or dash that ends the source (a few words after `from`)
/// when the writer's own words go on after it. Not when a dash stands
/// before `according` too: the words before are an aside set off by
/// dashes (`most Americans - 63 percent, according to X - still …`); nor
/// when they end with a subordinator or a preposition (`He crossed the
/// border years ago after, according to him, the network …`).
pub(super) fn source_break(
    ctx: &Context,
    s: usize,
    from: usize,
    according: usize,
    end: usize,
) -> Option<usize> {
    let toks = ctx.toks(s);
    let k = (from..end).find(|&k| !toks[k].is_word())?;
    ((toks[k].is(',') || toks[k].is_dash())
        && words(toks, from, k) <= MAX_TRAILING_WORDS
        && !(0..according).any(|d| toks[d].is_dash())
        && according >= 2
        && {
            let last = ctx.word(s, according - 2);
            !lexicon::is_subordinator(&last) && !lexicon::is_any_preposition(&last)
        })
    .then_some(k)
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
pub(crate) fn whole_source(ctx: &Context, s: usize, m: &mut Mention, to: usize) {
    if m.kind == MentionKind::Name || m.tokens.1 >= to {
        return;
    }
    let toks = ctx.toks(s);
    // (A dash closes an aside that holds the source: `most farmers - 60
    // percent, according to the Farm Bureau - still own …`.)
    let stop = (m.tokens.1..to)
        .find(|&k| {
            toks[k].is(',')
                && toks.get(k + 1).is_some_and(|t| {
                    !(t.is_capitalized()
                        || lexicon::is_determiner(&lexicon::to_lowercase(t.text())))
                })
                || toks[k].is_dash()
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
pub(super) fn source_adjunct(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
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
pub(super) fn own_paragraph(ctx: &Context, s: usize) -> bool {
    let sentences = &ctx.analysis.sentences;
    let paragraph = sentences[s].paragraph;
    !(s > 0 && sentences[s - 1].paragraph == paragraph
        || sentences
            .get(s + 1)
            .is_some_and(|n| n.paragraph == paragraph))
}

/// Is sentence `s` the title of the document: its first line, a paragraph
/// of its own with more text after it?
pub(super) fn title_line(ctx: &Context, s: usize) -> bool {
    s == 0 && ctx.sentence_count() > 1 && own_paragraph(ctx, s)
}

/// Is sentence `s` a headline in title case: a paragraph of its own of
/// three words or more, three in four of them capitalized (`Pence
/// Endorses Paul Ryan With Trump’s Blessing`)?
pub(super) fn title_headline(ctx: &Context, s: usize) -> bool {
    if !own_paragraph(ctx, s) {
        return false;
    }
    let toks = ctx.toks(s);
    let words = toks.iter().filter(|t| t.is_word()).count();
    let capitals = toks.iter().filter(|t| t.is_capitalized()).count();
    words >= 3 && capitals * 4 >= words * 3
}

/// The most words of the source before the colon of a headline.
pub(super) const MAX_LABEL_WORDS: usize = 6;

/// `Judicial Watch: State Department Hid Key Clinton Benghazi Email`,
/// `Poll: Trump and Clinton hold narrow leads`: a headline that names its
/// source (a name, an organisation, a poll) before a colon, what it
/// reports after, without quotation marks.
pub(super) fn headline_label(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
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
pub(super) fn surname_elsewhere(ctx: &Context, s: usize, m: &Mention) -> bool {
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
pub(super) fn headline(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
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
pub(super) fn as_reported(ctx: &Context, s: usize) -> Option<((usize, usize), Found)> {
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
