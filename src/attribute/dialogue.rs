//! Dialogue in fiction: paragraphs whose quotations found no speaker (only
//! a quotation, or with narration that names no one: `“…,” sighing
//! heavily, “…”`) are turns of a conversation. Turns alternate between two
//! speakers, and a person addressed by name in one turn (`Have you gone to
//! sleep, Loo?`) usually speaks the next.

use super::Context;
use super::context::Style;
use super::paragraph::quote_only_paragraph;
use crate::lexicon;
use crate::span::Span;
use crate::speaker::SpeakerKind;
use crate::speaker::roster::Roster;
use crate::token::{Token, TokenKind};

/// Does the text read like fiction? Its style says so when it is far
/// from news (`style_score`); a text between the two is fiction when
/// inverted cues (`said he`, `cried Mrs. Welland`) mark its dialogue. A
/// chapter may quote little or use no cue (Austen narrates most speech)
/// and still read as a novel; news may quote someone who `cried` and
/// still read as news.
pub fn is_fiction(ctx: &Context) -> bool {
    let style = ctx.style();
    let words = style.words as i64;
    // (Per 1000 words.)
    let score = style_score(style) * 1000;
    if words >= MIN_STYLE_WORDS {
        if score < NEWS_STYLE * words {
            return false;
        }
        if score >= NOVEL_STYLE * words {
            return true;
        }
    }
    let quotes = &ctx.analysis.quotes;
    if quotes.len() < 8 {
        return false;
    }
    let needed = quotes.len().div_ceil(150);
    lexicon::fiction_cues(ctx.text, needed) >= needed
}

/// How much a text reads like a novel rather than news: a semicolon or
/// exclamation mark counts 12, a word of narration (`had`, `she`) 4, a
/// capitalized word inside a sentence (a name, a body) -3, a figure -12.
/// In twelfths per 1000 words, pdnc-dev chapters score -1.4 to 44 (those
/// with no inverted cue 8.7 and up) and polnear-dev articles -124 to -3.2
/// (those with an inverted cue -14.7 and below); the thresholds stand
/// midway.
fn style_score(style: &Style) -> i64 {
    12 * style.marks as i64 + 4 * style.narration as i64
        - 3 * style.capitalized as i64
        - 12 * style.figures as i64
}

/// A text scoring this (`style_score` per 1000 words: 3 in twelfths) or
/// more reads as a novel whatever its quotations…
const NOVEL_STYLE: i64 = 36;
/// …and one scoring less (-8 in twelfths) reads as news whatever its
/// cues.
const NEWS_STYLE: i64 = -96;
/// Fewer words say too little of the style either way.
const MIN_STYLE_WORDS: i64 = 150;

/// A turn: the paragraph, its speech quotations, and its speaker.
struct Turn {
    paragraph: usize,
    /// The first speech quotation of the paragraph.
    quote: usize,
    /// The speech quotations after it, which take its speaker.
    more: Vec<usize>,
    speaker: Option<usize>,
    /// Whom the turn addresses by name.
    addressee: Option<usize>,
    /// Everyone the names it addresses may stand for (`Frank` is both
    /// `Frank` and `Frank Oakley` while the roster keeps them apart): none
    /// of them speaks the turn.
    addressed: Vec<usize>,
    /// No quotation of it has a speaker, so alternation may give them one.
    open: bool,
    /// The person acting in the narration that ends the paragraph just
    /// before the turn (`Japp closed one eye knowingly.`), who often speaks
    /// next; not the speaker of a turn in that paragraph (`“…?” asked
    /// Robert. Robert looked away.`), whom the other party answers.
    actor: Option<usize>,
}

/// The last subject of the last sentence of paragraph `p - 1` when that
/// sentence is narration (no quotation in it or after it), as a person of
/// the roster; not the subject of a relative clause, who does not act
/// there (`He handed me the keys which Dr. Bauerstein had given him.`:
/// he acts).
fn actor_before(ctx: &Context, roster: &Roster, p: usize) -> Option<usize> {
    let prev = p.checked_sub(1)?;
    let s = ctx.sentences_of(prev).last()?;
    // A turn's paragraph may end in narration of someone else acting
    // (`“…?” he said. And Katharine, glancing back, followed him.`).
    if let Some(q) = ctx.quotes_of(prev).last()
        && ctx.analysis.quotes[q].span.end > ctx.analysis.sentences[s].span.start
    {
        return None;
    }
    super::subject::subjects(ctx, s, 0, ctx.toks(s).len())
        .into_iter()
        .rfind(|m| {
            m.tokens
                .0
                .checked_sub(1)
                .is_none_or(|k| !lexicon::opens_relative(&ctx.word(s, k)))
        })
        .and_then(|m| roster.entity_at(m.span.start))
}

/// Names addressed in a quotation (vocatives): a name next to a comma at
/// its start or end, or before its final punctuation (`No, Tom.`, `Loo,
/// come here`, `And no mistake, Mr. Poirot!`, `Good evening, Alexis
/// Ivanovitch`). Each is the title (when there is one), the name (one to
/// three words) and whether a comma stands before it (`…, Tom`): a name
/// opening a sentence (`Tom, come here`) may be an adverb (`Decidedly,
/// it is`).
pub fn vocatives(ctx: &Context, q: usize) -> Vec<Vocative> {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.span.start);
    let last = ctx.analysis.sentence_at(quote.span.end.saturating_sub(1));
    let mut out = Vec::new();
    for si in s..=last {
        let toks = ctx.toks(si);
        // Only the quotation's own tokens.
        let from = ctx.token_at(si, quote.span.start);
        let to = ctx.token_at(si, quote.span.end);
        let mut i = from;
        while i < to {
            let t = &toks[i];
            if !quote.span.contains(t.span) || !name_word(ctx, t) {
                i += 1;
                continue;
            }
            // The name runs over the capitalized words that follow.
            let end = (i + 1..to.min(i + MAX_VOCATIVE_WORDS))
                .find(|&k| !quote.span.contains(toks[k].span) || !name_word(ctx, &toks[k]))
                .unwrap_or(to.min(i + MAX_VOCATIVE_WORDS));
            if let Some(v) = vocative_at(toks, i, end)
                && !(end == i + 1 && opens_term(ctx, si, end))
                && !in_list(ctx, toks, i, end)
            {
                out.push(v);
            }
            i = end;
        }
    }
    out
}

/// Do the name words `i..end` of `toks` stand in a list of names, a
/// name across the comma on both sides (`Zagorianski, Zagozianski, Madame
/// la Générale`), not addressed? `Yes, Tom, come here` and `Tom, Harry,
/// come here` address: `Yes` and `come` are no names.
fn in_list(ctx: &Context, toks: &[Token], i: usize, end: usize) -> bool {
    let named = |k: Option<usize>| {
        k.and_then(|k| toks.get(k)).is_some_and(|t| {
            name_word(ctx, t)
                || t.is_capitalized() && lexicon::is_title(t.text().trim_end_matches('.'))
        })
    };
    let comma = |k: Option<usize>| k.and_then(|k| toks.get(k)).is_some_and(|t| t.is(','));
    comma(i.checked_sub(1)) && named(i.checked_sub(2)) && comma(Some(end)) && named(Some(end + 1))
}

/// Is the word before token `end` of sentence `s` an abbreviation opening
/// a term that runs into the next sentence (`the official solution, Liq.
/// Strychnine Hydro-clor.`), not a name addressed (`Come here, Tom.`)? It
/// is when it closes the sentence with a period and the next one opens
/// with two capitalized words, the first written in lower case elsewhere
/// in the text (`strychnine`) and not one that usually opens a sentence.
fn opens_term(ctx: &Context, s: usize, end: usize) -> bool {
    let toks = ctx.toks(s);
    if end + 1 != toks.len() || !toks[end].is('.') || s + 1 >= ctx.analysis.sentences.len() {
        return false;
    }
    let next = ctx.toks(s + 1);
    let [first, second, ..] = next else {
        return false;
    };
    if !first.is_capitalized() || !second.is_capitalized() || first.has(lexicon::class::PRONOUN) {
        return false;
    }
    let lower = first.lower();
    !lexicon::is_sentence_starter(first.text())
        && !lexicon::is_determiner(&lower)
        && ctx.is_common(&lower)
}

/// A name addressed: its title, its words, and whether a comma comes
/// before it (the name does not open a sentence).
pub type Vocative = (Option<Span>, Span, bool);

/// The most words of a name addressed (`Alexis Ivanovitch`).
const MAX_VOCATIVE_WORDS: usize = 3;

/// Could token `t` be a word of a name addressed? A capitalized word that
/// is not a title, a word written in lower case elsewhere in the text, or
/// a word known not to be a name (`Nevertheless`); nor an interjection
/// cut by an apostrophe before a small letter (`H’m`, `Ma’am`; `O’Brien`
/// is a name).
fn name_word(ctx: &Context, t: &Token) -> bool {
    if !t.is_capitalized() {
        return false;
    }
    let word = t.text().trim_end_matches('.');
    let clipped = word
        .split(['’', '\''])
        .skip(1)
        .any(|rest| rest.chars().next().is_some_and(char::is_lowercase) && rest != "s");
    !clipped
        && !lexicon::is_not_name(word)
        && !lexicon::is_title(word)
        && !ctx.is_common(&word.to_lowercase())
}

/// The vocative made of the name words `i..end` of `toks`, when the
/// name stands apart: punctuation or a quotation mark on both sides (or a
/// title before it), with a comma beside it or a title before it. `Tcha!`
/// alone is an interjection; `No, Tom.` and `Mr. Poirot!` address.
fn vocative_at(toks: &[Token], i: usize, end: usize) -> Option<Vocative> {
    let edge = |x: Option<&Token>| x.is_none_or(|x| x.kind == TokenKind::Quote || phrase_mark(x));
    let comma = |x: Option<&Token>| x.is_some_and(|x| x.is(','));
    let before = i.checked_sub(1).map(|k| &toks[k]);
    let after = toks.get(end);
    let title = before.filter(|b| lexicon::is_abbreviated_title(b.text().trim_end_matches('.')));
    let before_title = if title.is_some() {
        i.checked_sub(2).map(|k| &toks[k])
    } else {
        before
    };
    let before_ok = edge(before) || title.is_some() && i >= 2 && edge(toks.get(i - 2));
    let stands_apart = before_ok
        && edge(after)
        && (title.is_some() || comma(before_title) || comma(after))
        && before.is_some_and(|b| !b.is('.') || title.is_some());
    if !stands_apart {
        return None;
    }
    // A place is not addressed (`had come from, St. Petersburg, I`).
    let last = &toks[end - 1];
    if title.is_some_and(|t| lexicon::is_place_opener(t.text()))
        || lexicon::is_place(last.text().trim_end_matches('.'))
    {
        return None;
    }
    let word_end = last.span.start + last.text().trim_end_matches('.').len();
    Some((
        title.map(|t| t.span),
        Span::new(toks[i].span.start, word_end),
        comma(before_title),
    ))
}

/// Is `t` a mark that sets a name addressed apart: `,` `?` `!` `.` `;`?
fn phrase_mark(t: &Token) -> bool {
    [',', '?', '!', '.', ';'].iter().any(|&c| t.is(c))
}

/// The known person a quotation addresses by name (its last word: the
/// surname of `Alexis Ivanovitch`), or by a pet name of theirs (`Tom`
/// for `Thomas`; see `Roster::lookup_pet`).
pub fn addressee(ctx: &Context, roster: &Roster, q: usize) -> Option<usize> {
    addressee_of(ctx, roster, q, &vocatives(ctx, q))
}

/// `addressee` of quotation `q`, whose `vocatives` are `names`.
fn addressee_of(ctx: &Context, roster: &Roster, q: usize, names: &[Vocative]) -> Option<usize> {
    names
        .iter()
        .find_map(|(_, name, _)| {
            let last = name.slice(ctx.text).split_whitespace().last()?;
            let last = last.trim_end_matches("’s");
            roster.lookup(last).or_else(|| roster.lookup_pet(last))
        })
        .or_else(|| title_addressed(ctx, roster, q))
}

/// The person a quotation addresses (`addressee`), and everyone it may
/// address by name: that person and every other named person whose first
/// name or surname is a name it addresses (`“That's noble of you, Frank,
/// …”`: `Frank` and `Frank Oakley` alike, when the roster holds both).
/// (Its names are read once for both.)
fn addressed(ctx: &Context, roster: &Roster, q: usize) -> (Option<usize>, Vec<usize>) {
    let names = vocatives(ctx, q);
    let addressee = addressee_of(ctx, roster, q, &names);
    let mut out: Vec<usize> = addressee.into_iter().collect();
    for (_, name, _) in &names {
        let word = last_word(name.slice(ctx.text)).trim_end_matches("’s");
        let bears = |e: &crate::speaker::roster::Entity| {
            e.kind == SpeakerKind::Named
                && (e.last.as_deref() == Some(word) || e.first.as_deref() == Some(word))
        };
        out.extend((0..roster.entities.len()).filter(|&i| bears(&roster.entities[i])));
    }
    (addressee, out)
}

/// The person a quotation addresses by a title alone (`But pray,
/// Colonel, how did you know?`): the named person last mentioned with
/// that title. A title of address only (`sir`, `madam`) names no one.
fn title_addressed(ctx: &Context, roster: &Roster, q: usize) -> Option<usize> {
    let quote = &ctx.analysis.quotes[q];
    let first = ctx.analysis.sentence_at(quote.span.start);
    let last = ctx.analysis.sentence_at(quote.span.end.saturating_sub(1));
    for si in first..=last {
        let toks = ctx.toks(si);
        let from = ctx.token_at(si, quote.span.start);
        let to = ctx.token_at(si, quote.span.end);
        for i in from..to {
            let t = &toks[i];
            if !t.is_capitalized() || !quote.span.contains(t.span) {
                continue;
            }
            let word = lexicon::lower(t.text());
            if !lexicon::is_title(&word) || lexicon::is_honorific(&word) {
                continue;
            }
            let comma_before = i > from && toks[i - 1].is(',');
            let after = toks.get(i + 1).filter(|_| i + 1 < to);
            let ends = after.is_none_or(|a| phrase_mark(a));
            if comma_before && ends {
                return roster.titled(&word);
            }
        }
    }
    None
}

/// The name a first-person narrator is addressed by: the name most often
/// addressed in other speakers' quotations within `NARRATOR_REACH`
/// paragraphs of the narrator's own (each quotation counted once), as
/// title and name (`Mr.`, `Hastings`). A name of someone else who speaks
/// in the text (`Lawrence`, given quotations of his own) is not the
/// narrator's, nor one word only ever addressed at the start of a
/// sentence (`Nevertheless, …`), which may be an adverb, unless it is a
/// known first name. A turn the narrator has only by `alternation` counts
/// as another speaker's too: the name it addresses (`“Alexis Ivanovitch,
/// Alexis Ivanovitch!” came a wail`) tells that it is not the narrator's.
/// A quotation its cue says was spoken to someone else (`she cried to an
/// old servant`) names that person, not the narrator.
pub fn narrator_name(
    ctx: &Context,
    roster: &Roster,
    entity: &[Option<usize>],
    alternation: &[Option<usize>],
    narrator: usize,
) -> Option<(Option<String>, String)> {
    let quotes = &ctx.analysis.quotes;
    let others = |j: usize| entity[j] != Some(narrator) || alternation[j] == Some(narrator);
    // Other speakers' quotations near the narrator's.
    let mut near: Vec<usize> = Vec::new();
    for (q, quote) in quotes.iter().enumerate() {
        if entity[q] != Some(narrator) {
            continue;
        }
        // Quotations are in text order: the neighbours are next to `q`.
        let distance = |j: usize| quotes[j].paragraph.abs_diff(quote.paragraph);
        let close = |j: &usize| distance(*j) <= NARRATOR_REACH;
        let back = (0..q).rev().take_while(close);
        let ahead = (q + 1..quotes.len()).take_while(close);
        near.extend(back.chain(ahead).filter(|&j| others(j) && distance(j) > 0));
    }
    near.sort_unstable();
    near.dedup();
    let mut counts: std::collections::HashMap<(Option<String>, String), usize> =
        std::collections::HashMap::new();
    let mut inner: rustc_hash::FxHashSet<String> = Default::default();
    for j in near {
        if spoken_to_other(ctx, j) {
            continue;
        }
        for (title, name, after_comma) in vocatives(ctx, j) {
            let name = name.slice(ctx.text);
            let last = last_word(name);
            if roster.speaks_as_other(last, narrator) {
                continue;
            }
            if after_comma || name != last || lexicon::first_name(last).is_some() {
                inner.insert(last.to_string());
            }
            let key = (
                title.map(|t| t.slice(ctx.text).to_string()),
                name.to_string(),
            );
            *counts.entry(key).or_default() += 1;
        }
    }
    // A name is counted over every form it is addressed by (`Hastings`,
    // `Mr. Hastings`); its most frequent form names the narrator.
    let mut by_last: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for ((_, name), c) in &counts {
        *by_last.entry(last_word(name)).or_default() += c;
    }
    counts
        .iter()
        .filter(|((_, name), _)| inner.contains(last_word(name)))
        .map(|(k, &c)| (k, by_last[last_word(&k.1)], c))
        .max_by(|a, b| a.1.cmp(&b.1).then(a.2.cmp(&b.2)).then_with(|| b.0.cmp(a.0)))
        .map(|(k, _, _)| k.clone())
}

/// Does the cue after quotation `q` say it was spoken to someone other
/// than the narrator (`“Here, Potapitch!” she cried to an old servant`,
/// `said Mrs. Hale to her husband`; not `said to me`)? The names it
/// addresses are that person's.
fn spoken_to_other(ctx: &Context, q: usize) -> bool {
    let quote = &ctx.analysis.quotes[q];
    let s = ctx.analysis.sentence_at(quote.span.end.saturating_sub(1));
    let toks = ctx.toks(s);
    let from = ctx.token_at(s, quote.span.end);
    let to = toks.len().min(from + CUE_TO_REACH);
    let Some(verb) = (from..to)
        .take_while(|&k| k == from || toks[k].kind != TokenKind::Quote)
        .find(|&k| toks[k].has(lexicon::class::SPEECH_VERB))
    else {
        return false;
    };
    // After the verb, the speaker it may name (`Mrs. Hale`, `he`), then `to`.
    let k = (verb + 1..to)
        .find(|&k| !toks[k].is_capitalized() && !toks[k].has(lexicon::class::PRONOUN))
        .unwrap_or(to);
    k < to
        && ctx.word(s, k) == "to"
        && !matches!(
            ctx.word(s, k + 1).as_ref(),
            "me" | "us" | "myself" | "ourselves"
        )
}

/// Tokens after a quotation read for a cue naming whom it was spoken to
/// (closing mark, `said`, `Mrs.`, `Hale`, `to`, `her`).
const CUE_TO_REACH: usize = 6;

/// The last word of a name (`Hastings` of `Arthur Hastings`).
fn last_word(name: &str) -> &str {
    name.split_whitespace().last().unwrap_or(name)
}

/// Paragraphs around the narrator's turns read for the name they are
/// addressed by (pdnc-dev speaker accuracy 0.724 with the adjacent ones
/// only, 0.727 at 3, 0.730 at 6; counting the adjacent ones first, 0.728).
const NARRATOR_REACH: usize = 6;

/// Speakers for the quote-only turns of conversations, by alternation and
/// address: `(quotation, speaker)` pairs.
pub fn assign(ctx: &Context, roster: &Roster, entity: &[Option<usize>]) -> Vec<(usize, usize)> {
    let quotes = &ctx.analysis.quotes;
    let mut turns: Vec<Turn> = Vec::new();
    for (q, quote) in quotes.iter().enumerate() {
        if !quote.kind.is_speech() || quote.kind.is_reported() {
            continue;
        }
        match turns.last_mut() {
            Some(t) if t.paragraph == quote.paragraph => {
                t.more.push(q);
                if t.speaker.is_none() {
                    t.speaker = entity[q];
                }
                t.open &= entity[q].is_none();
                let (addressee, addressed) = addressed(ctx, roster, q);
                t.addressee = t.addressee.or(addressee);
                t.addressed.extend(addressed);
            }
            _ => {
                let (addressee, addressed) = addressed(ctx, roster, q);
                turns.push(Turn {
                    paragraph: quote.paragraph,
                    quote: q,
                    more: Vec::new(),
                    speaker: entity[q],
                    addressee,
                    addressed,
                    // A fragment opening a paragraph of narration (news read
                    // as fiction) is no turn.
                    open: entity[q].is_none()
                        && (quote.kind == crate::Kind::Direct || quote_only_paragraph(ctx, q)),
                    actor: actor_before(ctx, roster, quote.paragraph).filter(|&a| {
                        turns.last().is_none_or(|t| {
                            t.paragraph + 1 != quote.paragraph || t.speaker != Some(a)
                        })
                    }),
                });
            }
        }
    }
    let mut out = Vec::new();
    // Conversations: runs of turns in consecutive paragraphs.
    let mut start = 0;
    while start < turns.len() {
        let mut end = start + 1;
        while end < turns.len() && continues(ctx, turns[end - 1].paragraph, turns[end].paragraph) {
            end += 1;
        }
        // The people the narration just before the conversation mentions:
        // one of them is often the party no turn names yet.
        let others = turns[start]
            .paragraph
            .checked_sub(1)
            .and_then(|p| ctx.analysis.paragraphs.get(p))
            .map(|p| roster.mentioned_in(*p))
            .unwrap_or_default();
        let conv = &mut turns[start..end];
        for _ in 0..2 {
            fill(conv, &others, &mut out, true);
            fill(conv, &others, &mut out, false);
        }
        realign(conv, &mut out);
        start = end;
    }
    out
}

/// Does the turn in paragraph `b` carry on the conversation of the turn in
/// paragraph `a`? It does right after it, or after one short paragraph of
/// narration (`She hesitated and stopped.`).
fn continues(ctx: &Context, a: usize, b: usize) -> bool {
    b == a + 1
        || b == a + 2
            && ctx.analysis.paragraphs[a + 1].len() <= SHORT_NARRATION
            && ctx.quotes_of(a + 1).is_empty()
}

/// The longest paragraph of narration (bytes) that keeps a conversation
/// going between two turns (pdnc-dev speaker accuracy 0.793 at 200,
/// 0.7956 at 300, 0.7966 at 400, 0.7963 at 700: a few sentences of a
/// listener's reaction seldom end a conversation).
const SHORT_NARRATION: usize = 400;

/// Turns on the same side of the alternation read ahead for the other
/// party of a conversation.
const PARTY_AHEAD: usize = 3;

/// The speaker of the first of `turns` that has one other than `not`.
fn first_other<'a>(turns: impl Iterator<Item = &'a Turn>, not: usize) -> Option<usize> {
    turns.filter_map(|t| t.speaker).find(|&b| b != not)
}

/// Two turns in a row by one speaker, the first given by alternation and
/// the second named (`“…”` then `“…,” said Louisa.`), say that the
/// alternation carried forward broke somewhere before: most often where a
/// paragraph of narration lies between two turns, after which the speaker
/// before it went on (`He moved, to support her with his arm.` and Louisa
/// still speaks). The turns after the last such paragraph alternate back
/// from the named turn instead, between its speaker and the other party of
/// the run. (With no narration in the run nothing is changed: pdnc-dev
/// gains as much either way.)
fn realign(conv: &mut [Turn], out: &mut Vec<(usize, usize)>) {
    let filled = |t: &Turn| t.open && t.speaker.is_some();
    for j in 1..conv.len() {
        let Some(s) = conv[j].speaker else { continue };
        if conv[j].open
            || !filled(&conv[j - 1])
            || conv[j - 1].speaker != Some(s)
            || conv[j - 1].paragraph + 1 != conv[j].paragraph
        {
            continue;
        }
        let mut from = j - 1;
        while from > 0 && filled(&conv[from - 1]) {
            from -= 1;
        }
        let Some(gap) = (from + 1..j)
            .rev()
            .find(|&m| conv[m].paragraph == conv[m - 1].paragraph + 2)
        else {
            continue;
        };
        let Some(other) = (from..j).filter_map(|k| conv[k].speaker).find(|&b| b != s) else {
            continue;
        };
        for (k, turn) in conv.iter_mut().enumerate().take(j).skip(gap) {
            let g = if (j - k) % 2 == 0 { s } else { other };
            if turn.addressed.contains(&g) {
                continue;
            }
            turn.speaker = Some(g);
            out.push((turn.quote, g));
            out.extend(turn.more.iter().map(|&q| (q, g)));
        }
    }
}

/// One pass over a conversation, forwards or backwards, giving open turns
/// the speaker that alternation or address implies.
fn fill(conv: &mut [Turn], others: &[usize], out: &mut Vec<(usize, usize)>, forward: bool) {
    let n = conv.len();
    for k in 0..n {
        let i = if forward { k } else { n - 1 - k };
        if !conv[i].open || conv[i].speaker.is_some() {
            continue;
        }
        let near = |d: isize| -> Option<&Turn> {
            let j = if forward {
                i as isize - d
            } else {
                i as isize + d
            };
            (j >= 0 && (j as usize) < n).then(|| &conv[j as usize])
        };
        let prev = near(1);
        let prev2 = near(2);
        // The person the previous turn addresses by name: forwards, the
        // one who answers; backwards (the turn after), the one who has just
        // spoken (`“Not here.”` then `“Where, Louisa?”`).
        let mut guess = conv[i].actor;
        if guess.is_none()
            && let Some(p) = prev
            && let Some(a) = p.addressee
            && Some(a) != p.speaker
        {
            guess = Some(a);
        }
        if guess.is_none()
            && let (Some(p), Some(p2)) = (prev, prev2)
            && let (Some(a), Some(b)) = (p.speaker, p2.speaker)
            && a != b
        {
            guess = Some(b);
        }
        // The other party: the last speaker before the previous turn who
        // is not its speaker, else the speaker of a turn ahead at an even
        // distance (the same side of the alternation), else someone the
        // narration before the conversation mentions.
        if guess.is_none()
            && let Some(a) = prev.and_then(|p| p.speaker)
        {
            guess = first_other((2..n as isize).filter_map(near), a)
                .or_else(|| first_other((1..=PARTY_AHEAD as isize).filter_map(|d| near(-2 * d)), a))
                .or_else(|| others.iter().copied().find(|&b| b != a));
        }
        // A turn that addresses its guessed speaker by name is the other
        // party's: the last one to speak, in the direction read, who is not
        // the one addressed.
        if let Some(g) = guess
            && conv[i].addressed.contains(&g)
        {
            guess = first_other((1..n as isize).filter_map(near), g);
        }
        if let Some(g) = guess
            && !conv[i].addressed.contains(&g)
        {
            conv[i].speaker = Some(g);
            out.push((conv[i].quote, g));
            out.extend(conv[i].more.iter().map(|&q| (q, g)));
        }
    }
}
