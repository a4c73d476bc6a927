//! The speaker and cue next to a quotation, in every order:
//! `“…,” Nuland replied` (after-quote), `“…,” replied Nuland`
//! (after-quote-inverted), `Nuland said: “…”` and `Nuland said, “…”`
//! (before-quote), `“…,” she said, “…”` (split: the second part takes the
//! attribution between them), `According to X, “…”` and `“…” — X` (dash).

use super::subject::clause_subject;
use super::{Context, Found};
use crate::lexicon;
use crate::speaker::mention::{Mention, MentionKind};
use crate::token::Token;

/// The most tokens between the closing mark and the speech verb.
const MAX_TAIL: usize = 45;
/// The most tokens between the speech verb and the opening mark.
const MAX_HEAD_GAP: usize = 10;
/// The most tokens after the speech verb of a paragraph that leaves its
/// sentence open before the quotation (`said in a curious, strained
/// voice`).
const OPEN_INTRO_TAIL: usize = 10;

pub fn find(ctx: &Context, q: usize) -> Option<Found> {
    what_called(ctx, q)
        .or_else(|| after(ctx, q))
        .or_else(|| before(ctx, q))
        .or_else(|| dash(ctx, q))
        .or_else(|| intro(ctx, q))
        .or_else(|| statement(ctx, q))
}

/// `under what Mr. Hedge called “the prior economy model,”`, `what she
/// described as “…”`: the fragment is the naming of the subject between
/// `what` and the verb, whatever cue follows it.
fn what_called(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.start);
    let toks = ctx.toks(s);
    let open = ctx.token_at(s, quote.outer.start);
    let mut v = open.checked_sub(1)?;
    if ctx.word(s, v) == "as" && v > 0 && ctx.word(s, v - 1).starts_with("describ") {
        v -= 1;
    } else if !matches!(
        ctx.word(s, v).as_ref(),
        "called" | "calls" | "dubbed" | "dubs" | "termed" | "terms" | "labeled" | "labelled"
    ) {
        return None;
    }
    let m = ctx.subject_before(s, v)?;
    (m.tokens.0 > 0 && ctx.word(s, m.tokens.0 - 1) == "what").then(|| Found {
        mention: m,
        cue: toks[v].span,
        rule: "before-quote",
    })
}

/// `President Clinton released the following statement:` or `the DNC
/// issued a statement apologizing to Sanders.` ending the paragraph before
/// a paragraph that is only the quotation: the subject of the sentence
/// issued it.
fn statement(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    if !ctx.quote_only(quote.paragraph) {
        return None;
    }
    let prev = quote.paragraph.checked_sub(1)?;
    if !ctx.quotes_of(prev).is_empty() {
        return None;
    }
    let s = ctx.sentences_of(prev).last()?;
    let toks = ctx.toks(s);
    let n =
        (0..toks.len()).find(|&k| matches!(ctx.word(s, k).as_ref(), "statement" | "statements"))?;
    // `issued a statement`, `released the following statement`.
    let det = (n.saturating_sub(3)..n).find(|&k| {
        matches!(
            ctx.word(s, k).as_ref(),
            "a" | "the" | "this" | "his" | "her" | "its" | "their"
        )
    })?;
    let verb = det.checked_sub(1).filter(|&v| {
        matches!(
            ctx.word(s, v).as_ref(),
            "issued"
                | "issues"
                | "released"
                | "releases"
                | "published"
                | "posted"
                | "sent"
                | "made"
                | "gave"
                | "out"
        )
    })?;
    // `put out a statement`
    let verb = if ctx.word(s, verb) == "out" {
        verb.checked_sub(1)?
    } else {
        verb
    };
    let m = ctx
        .subject_before(s, verb)
        .or_else(|| clause_subject(ctx, s, 0, verb))
        .filter(|m| m.is_person_like(ctx.text))?;
    Some(Found {
        mention: m,
        cue: toks[n].span,
        rule: "intro-colon",
    })
}

/// `Reporter Jomana Karadsheh says:` closing the paragraph before a
/// paragraph that opens with the quotation. A novel may leave the
/// sentence open instead (`then the Secretary said in a low voice`, `…
/// said,` or `… said,--`), where the speech verb ends it but for a phrase
/// of manner.
fn intro(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let para = ctx.analysis.paragraphs.get(quote.paragraph)?;
    if quote.outer.start != para.start {
        return None;
    }
    let prev = ctx
        .analysis
        .paragraphs
        .get(quote.paragraph.checked_sub(1)?)?;
    let ending = prev.slice(ctx.text).trim_end();
    let colon = ending.ends_with(':');
    let open = ending.ends_with([',', '-', '—']) || ending.ends_with(char::is_alphanumeric);
    if !colon && !open {
        return None;
    }
    let s = ctx.analysis.sentence_at(prev.end.saturating_sub(1));
    let toks = ctx.toks(s);
    let v = ctx.cues_of(s).iter().rposition(|&cue| cue)?;
    if !colon && toks.len() - v > OPEN_INTRO_TAIL {
        return None;
    }
    // `put an end to the plan by calmly remarking to her sister`: a
    // participle after a preposition has the clause's subject, not the
    // phrase before the preposition (`the plan by calmly`).
    let participle = ctx.word(s, v).ends_with("ing");
    let mut k = v;
    while participle
        && k > 0
        && toks[k - 1].is_word()
        && crate::lexicon::is_verb_modifier(&ctx.word(s, k - 1))
    {
        k -= 1;
    }
    let after_preposition =
        participle && k > 0 && crate::lexicon::is_preposition(&ctx.word(s, k - 1));
    let m = if after_preposition {
        clause_subject(ctx, s, 0, k - 1)
    } else {
        ctx.subject_before(s, v)
    };
    let m = m
        .or_else(|| {
            ctx.phrase_after(s, v + 1)
                .filter(|_| v > 0 && toks[v - 1].kind == crate::token::TokenKind::Quote)
        })
        .or_else(|| clause_subject(ctx, s, 0, v))?;
    Some(Found {
        mention: m,
        cue: toks[v].span,
        rule: "intro-colon",
    })
}

/// Words that end the search for a verb after a quotation.
fn stops(word: &str) -> bool {
    matches!(
        word,
        "and"
            | "but"
            | "because"
            | "while"
            | "although"
            | "though"
            | "when"
            | "if"
            | "who"
            | "which"
            | "that"
    )
}

/// `“No,” was her answer.`: the owner of the answer speaks.
fn answer(ctx: &Context, s: usize, i: usize) -> Option<Found> {
    let toks = ctx.toks(s);
    if !matches!(ctx.word(s, i).as_ref(), "was" | "came")
        || !lexicon::is_answer_noun(&ctx.word(s, i + 2))
    {
        return None;
    }
    let owner = &toks[i + 1];
    let (gender, plural) = crate::lexicon::owner_pronoun(&ctx.word(s, i + 1))?;
    Some(Found {
        mention: Mention::pronoun(owner, i + 1, gender, plural),
        cue: toks[i + 2].span,
        rule: "after-quote",
    })
}

/// `“…,” Nuland replied.` / `“…,” replied Nuland.` / `“…” she said.`
/// In news, a source the attribution is owed to after it takes the
/// quotation (`source_of_attribution`).
fn after(ctx: &Context, q: usize) -> Option<Found> {
    let found = after_quote(ctx, q)?;
    if ctx.fiction() || found.rule == "according-to" {
        return Some(found);
    }
    Some(source_of_attribution(ctx, found))
}

/// `“I ask you … not to engage in any kind of protest,” Sanders said,
/// according to CNN.`, `“…,” Trump said at a fundraiser, according to
/// audio obtained by the Texas Tribune.`: the words come to the reader
/// from the source after `according to` (as PolNeAR marks them), not
/// from the speaker the writer did not hear. The source closes the
/// sentence of the attribution, after a comma.
fn source_of_attribution(ctx: &Context, found: Found) -> Found {
    let s = ctx.analysis.sentence_at(found.cue.start);
    let toks = ctx.toks(s);
    let v = ctx.token_at(s, found.cue.end);
    let Some(a) = ctx
        .find_according_to(s, v..toks.len().saturating_sub(2))
        .filter(|&a| a > v && toks[a - 1].is(','))
        .filter(|&a| {
            !toks[v..a]
                .iter()
                .any(|t| t.kind == crate::token::TokenKind::Quote)
        })
    else {
        return found;
    };
    // (`audio obtained by the Texas Tribune`: the whole phrase, as the
    // source of a reported clause.)
    let end = toks.iter().rposition(Token::is_word).map_or(0, |k| k + 1);
    let source = ctx
        .phrase_after(s, a + 2)
        .or_else(|| crate::speaker::mention::source_after(toks, a + 2, end))
        .map(|mut m| {
            super::reported::whole_source(ctx, s, &mut m, end);
            m
        });
    match source {
        Some(m) => Found {
            mention: m,
            cue: crate::Span::new(toks[a].span.start, toks[a + 1].span.end),
            rule: "according-to",
        },
        None => found,
    }
}

fn after_quote(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.end.saturating_sub(1));
    let toks = ctx.toks(s);
    let mut i = ctx.token_at(s, quote.outer.end);
    if toks.get(i).is_some_and(|t| t.is(',')) {
        i += 1;
    }
    let first = toks.get(i)?;
    if !first.is_word() {
        return None;
    }
    if let Some(found) = answer(ctx, s, i) {
        return Some(found);
    }
    // `“…,” according to CNN.`
    if ctx.word(s, i) == "according"
        && ctx.word(s, i + 1) == "to"
        && let Some(m) = ctx.phrase_after(s, i + 2)
    {
        return Some(Found {
            mention: m,
            cue: crate::Span::new(toks[i].span.start, toks[i + 1].span.end),
            rule: "according-to",
        });
    }
    // `“…,” again interrupted De Griers`: an adverb before the inverted verb.
    let inverted = (i..toks.len().min(i + 3))
        .find(|&v| !toks[v].has(lexicon::class::VERB_MODIFIER) || ctx.is_cue(s, v));
    // `“…,” put in Kitty`, `broke in her mother`, `chimed in Mrs. Grey`:
    // a verb with `in` that says the speaker interjected; the speaker
    // follows `in`.
    if let Some(v) = inverted.filter(|&v| {
        ctx.word(s, v + 1) == "in"
            && !ctx.word(s, v).ends_with("ing")
            && (ctx.is_cue(s, v)
                || toks[v].text().starts_with(|c: char| c.is_lowercase())
                    && lexicon::is_interjection_verb(&ctx.word(s, v)))
    }) && let Some(m) = ctx.phrase_after(s, v + 2)
    {
        return Some(Found {
            mention: m,
            cue: crate::Span::new(toks[v].span.start, toks[v + 1].span.end),
            rule: "after-quote-inverted",
        });
    }
    // `“New York values,” saying the city …`: a participle is never
    // inverted; what follows it is the subject of its clause.
    if let Some(v) = inverted.filter(|&v| ctx.is_cue(s, v) && !ctx.word(s, v).ends_with("ing")) {
        let m = ctx.phrase_after(s, v + 1)?;
        return Some(Found {
            mention: m,
            cue: toks[v].span,
            rule: "after-quote-inverted",
        });
    }
    let end = toks.len().min(i + MAX_TAIL);
    for (v, t) in toks.iter().enumerate().take(end).skip(i + 1) {
        // `Sen. Claire McCaskill (D-Mo.) said`: a period closing the
        // abbreviation in a parenthesis ends nothing.
        let in_parenthesis = t.is('.') && toks.get(v + 1).is_some_and(|n| n.is(')'));
        if t.kind == crate::token::TokenKind::Quote
            || !t.is_word()
                && !t.is(',')
                && !t.is('(')
                && !t.is(')')
                && !t.is('-')
                // (`an analyst at Compass Point Research & Trading, wrote`.)
                && !t.is('&')
                && !in_parenthesis
        {
            return None;
        }
        if ctx.is_cue(s, v)
            && !ctx.is_cue(s, v + 1)
            && let Some(m) = ctx.subject_before(s, v)
        {
            return (m.tokens.0 == i).then_some(Found {
                mention: m,
                cue: t.span,
                rule: "after-quote",
            });
        }
        if stops(&ctx.word(s, v)) {
            return None;
        }
    }
    None
}

/// Is `m` a description of a thing (no word for a person, a statement
/// or an organisation among its words) that a lower-case word other than
/// a conjunction stands before, within the head from `head_start`: the
/// object of a verb or preposition (`took up a newspaper from the table`,
/// `rose from her seat`), not a subject?
fn is_object_thing(ctx: &Context, s: usize, head_start: usize, m: &Mention) -> bool {
    if m.kind != MentionKind::Nominal || m.tokens.0 <= head_start {
        return false;
    }
    let before = ctx.word(s, m.tokens.0 - 1);
    let toks = ctx.toks(s);
    if !toks[m.tokens.0 - 1].is_word()
        || !before.chars().next().is_some_and(char::is_lowercase)
        || lexicon::is_conjunction(&before)
    {
        return false;
    }
    !m.name.slice(ctx.text).split_whitespace().any(|w| {
        let w = lexicon::lower(w.trim_matches(|c: char| !c.is_alphanumeric()));
        lexicon::speaker_noun(&w).is_some()
            || lexicon::is_document_noun(&w)
            || lexicon::is_org_word(&w)
    })
}

/// `Nuland said: “…”`, `Pence added, “…”`, `“…,” she said, “…”` (split).
fn before(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.start);
    let toks = ctx.toks(s);
    let open = ctx.token_at(s, quote.outer.start);
    // The head runs back to the sentence start or the previous quotation.
    let prev_quote = (0..q).rev().map(|p| &ctx.analysis.quotes[p]).find(|p| {
        p.outer.end <= quote.outer.start
            && !(p.kind.is_reported() || p.kind == crate::Kind::Partial)
    });
    let head_start = prev_quote
        .filter(|p| ctx.analysis.sentence_at(p.outer.end.saturating_sub(1)) == s)
        .map_or(0, |p| ctx.token_at(s, p.outer.end));
    let split = head_start > 0;
    let mut end = open;
    while end > head_start && [':', ',', '—', '-'].iter().any(|&c| toks[end - 1].is(c)) {
        end -= 1;
    }
    // `“…,” said her mother, laughing, “…”`: the inverted verb opening
    // the attribution names the speaker, whatever follows it.
    if split
        && ctx.is_cue(s, head_start)
        && let Some(m) = ctx.phrase_after(s, head_start + 1)
    {
        return Some(Found {
            mention: m,
            cue: toks[head_start].span,
            rule: "split",
        });
    }
    let v = (head_start..end)
        .rev()
        .take(MAX_HEAD_GAP + 1)
        .find(|&v| ctx.is_cue(s, v));
    if let Some(v) = v {
        let gap_ok = (v + 1..end).all(|k| toks[k].is_word() || toks[k].is(',') || toks[k].is('.'))
            && !(v + 1..end).any(|k| ctx.is_cue(s, k) || ctx.word(s, k) == "that");
        if gap_ok {
            let rule = if split { "split" } else { "before-quote" };
            if quote.kind == crate::Kind::Partial
                && let Some(found) = governing_cue(ctx, s, head_start, v, rule)
            {
                return Some(found);
            }
            if ctx.word(s, v).ends_with("ing")
                && let Some(m) = participle_subject(ctx, s, head_start, v)
            {
                return Some(Found {
                    mention: m,
                    cue: toks[v].span,
                    rule,
                });
            }
            if let Some(m) = ctx
                .subject_before(s, v)
                .filter(|m| m.tokens.0 >= head_start)
            {
                // `He took up a newspaper from the table, and looking over
                // it, said`: a thing after a verb or preposition is its
                // object; the clause's subject before it speaks.
                if is_object_thing(ctx, s, head_start, &m) {
                    let subject = clause_subject(ctx, s, head_start, m.tokens.0)?;
                    return Some(Found {
                        mention: subject,
                        cue: toks[v].span,
                        rule,
                    });
                }
                return Some(Found {
                    mention: m,
                    cue: toks[v].span,
                    rule,
                });
            }
            // `Pence said …, but added, “…”`: the subject of an earlier verb.
            if v > 0 && matches!(ctx.word(s, v - 1).as_ref(), "and" | "but" | "then") {
                let earlier = (head_start..v - 1).rev().find(|&u| ctx.is_cue(s, u))?;
                let m = ctx
                    .subject_before(s, earlier)
                    .filter(|m| m.tokens.0 >= head_start)?;
                return Some(Found {
                    mention: m,
                    cue: toks[v].span,
                    rule,
                });
            }
            // `“…,” said Nuland, “…”`
            if split && v == head_start {
                let m = ctx.phrase_after(s, v + 1)?;
                return Some(Found {
                    mention: m,
                    cue: toks[v].span,
                    rule,
                });
            }
            // `she turned, threw herself into the sofa, and sighed out:`
            if let Some(m) = clause_subject(ctx, s, head_start, v) {
                return Some(Found {
                    mention: m,
                    cue: toks[v].span,
                    rule,
                });
            }
        }
    }
    // `Rep. Trey Gowdy (R-S.C.): “…”`, `Bush: “…”`: a name as a label.
    let colon = (end..open).any(|k| toks[k].is(':'));
    // `From Bush’s Facebook post: “…”`, `A lesson from Loretta Lynch: “…”`
    let label_start = if matches!(ctx.word(s, head_start).as_ref(), "from" | "in") {
        head_start + 1
    } else {
        head_start
    };
    if colon
        && let Some(m) = ctx.subject_before(s, end)
        && (m.tokens.0 == head_start
            || m.tokens.0 == label_start
            // `A lesson from Loretta Lynch: “…”`
            || m.kind == MentionKind::Name
                && m.tokens.0 > head_start
                && ctx.word(s, m.tokens.0 - 1) == "from")
        && m.kind != MentionKind::Pronoun
    {
        let cue = toks[end].span;
        return Some(Found {
            mention: m,
            cue,
            rule: "colon-label",
        });
    }
    // `Kasich resisted: “…”`: a short clause ending with a colon speaks
    // through its subject, whatever its verb.
    if colon
        && end - head_start <= MAX_HEAD_GAP
        && let Some(m) = clause_subject(ctx, s, head_start, end)
        && m.tokens.0 + 4 >= end.saturating_sub(2)
    {
        let cue = toks[end].span;
        return Some(Found {
            mention: m,
            cue,
            rule: "colon-label",
        });
    }
    according_to(ctx, s, head_start, end)
}

/// Who speaks through a participle at `v` (`saying`, `adding`): after a
/// comma, the subject of the verb of speech before it (`Spicer said,
/// adding, “…”`) or of its clause; right after a person, that person
/// (`footage of Trump saying “…”`); right after a thing, the subject of
/// the clause (`she released a statement saying “…”`).
fn participle_subject(ctx: &Context, s: usize, start: usize, v: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    let text = ctx.text;
    if v > start && !toks[v - 1].is(',') {
        // `responded … on Facebook writing, “…”`: the object of a
        // preposition is no subject.
        // `with spokesman Glen Caplin saying, “…”`: after `with`, the
        // person is the participle's subject.
        if let Some(m) = ctx.subject_before(s, v).filter(|m| m.tokens.0 >= start)
            && m.is_person_like(text)
            && (crate::speaker::mention::subject_position(toks, text, m.tokens.0)
                || m.tokens.0 > 0 && ctx.word(s, m.tokens.0 - 1) == "with")
        {
            return Some(m);
        }
        return clause_subject(ctx, s, start, v);
    }
    (start..v)
        .rev()
        .filter(|&u| ctx.is_cue(s, u))
        .find_map(|u| ctx.subject_before(s, u))
        .filter(|m| m.tokens.0 >= start && m.is_person_like(text))
        .or_else(|| clause_subject(ctx, s, start, v))
}

/// `Cruz said he’s certain Rubio will continue to be “a champion”`: a
/// fragment inside a reported clause takes the speaker of the verb that
/// reports the clause, not of a verb of speech within it (`continue`,
/// `urge`). That verb is the first verb reporting a clause, with a
/// subject, before the cue at `v`.
fn governing_cue(
    ctx: &Context,
    s: usize,
    head_start: usize,
    v: usize,
    rule: &'static str,
) -> Option<Found> {
    let toks = ctx.toks(s);
    let (u, m) = (head_start..v)
        .filter(|&u| ctx.is_cue(s, u) && lexicon::clause_verb(&ctx.word(s, u)).is_some())
        .find_map(|u| {
            ctx.subject_before(s, u)
                .filter(|m| m.tokens.0 >= head_start && m.is_person_like(ctx.text))
                .map(|m| (u, m))
        })?;
    Some(Found {
        mention: m,
        cue: toks[u].span,
        rule,
    })
}

/// `According to X, “…”`
fn according_to(ctx: &Context, s: usize, start: usize, end: usize) -> Option<Found> {
    let toks = ctx.toks(s);
    let a = ctx.find_according_to(s, start..end.saturating_sub(2))?;
    let m = ctx.phrase_after(s, a + 2)?;
    Some(Found {
        mention: m,
        cue: crate::Span::new(toks[a].span.start, toks[a + 1].span.end),
        rule: "according-to",
    })
}

/// `“…” — Commissioner Geoffrey Starks`: a dash and a name after the quote,
/// ending the sentence or paragraph.
fn dash(ctx: &Context, q: usize) -> Option<Found> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.outer.end.saturating_sub(1));
    let i = ctx.token_at(s, quote.outer.end);
    // `“…”` ending its paragraph, and `-President Obama, tweeting after
    // the speech.` as the next: the signature on a line of its own.
    let (s, i) = match ctx.toks(s).get(i) {
        Some(d) if d.is_dash() => (s, i),
        None if s + 1 < ctx.sentence_count()
            && ctx.analysis.sentences[s + 1].paragraph == quote.paragraph + 1
            && ctx.toks(s + 1).first().is_some_and(Token::is_dash) =>
        {
            (s + 1, 0)
        }
        _ => return None,
    };
    let toks = ctx.toks(s);
    let d = toks[i];
    let m: Mention = ctx.phrase_after(s, i + 1)?;
    let rest_ok = toks[m.tokens.1..]
        .iter()
        .all(|t| !t.is_word() || t.span.start >= m.span.end)
        && m.kind != MentionKind::Pronoun;
    let after = &toks[m.tokens.1..];
    let ends = after.iter().all(|t| !t.is_word()) || after.first().is_some_and(|t| t.is(','));
    (rest_ok && ends && !lexicon::is_not_name(m.name.slice(ctx.text))).then_some(Found {
        mention: m,
        cue: d.span,
        rule: "dash",
    })
}
