//! Attribution: linking every quotation to its speaker.
//!
//! Rules are tried in order of reliability, each a small unit with its own
//! tests: the speaker and cue next to the quotation (`adjacent`), a cue
//! elsewhere in its sentence (`sentence`), the paragraph around it and the
//! paragraph before (`paragraph`), and in fiction the alternation of turns
//! (`dialogue`). Mentions are then resolved to canonical speakers
//! (`crate::speaker::roster`). When no rule applies the speaker stays empty
//! with a reason.

mod adjacent;
mod confidence;
mod context;
mod dialogue;
mod narration;
mod paragraph;
mod reported;
mod sentence;
mod subject;

use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

use crate::document::{Analysis, Attribution, Genre, Quote};
use crate::lexicon::{self, Gender};
use crate::quote::Kind;
use crate::span::Span;
use crate::speaker::mention::{Mention, MentionKind};
use crate::speaker::roster::Roster;
use crate::speaker::{Speaker, SpeakerKind};

use confidence::confidence;
pub use context::Context;

/// What a rule found for a quotation: the speaker's mention, the cue, and
/// the rule's name.
#[derive(Clone, Debug, PartialEq)]
pub struct Found {
    pub mention: Mention,
    pub cue: Span,
    pub rule: &'static str,
}

/// Sentences back that a pronoun looks for its person in news: past them
/// it is left unresolved (or goes to the latest speaker), not linked to
/// a name from paragraphs before.
const NEWS_PRONOUN_REACH: usize = 6;
/// In a novel the scene goes on over many short paragraphs of dialogue
/// (`He shook his head.` `“No,” he said.`): pdnc-dev speaker accuracy
/// 0.708 at 6 sentences, 0.714 at 12, 0.715 at 20, 0.714 at 40; news
/// gains nothing past 6.
const FICTION_PRONOUN_REACH: usize = 20;

/// Attribute every quotation of `analysis`, find reported speech, and fill
/// `analysis.speakers`.
pub fn attribute(text: &str, analysis: &mut Analysis) {
    let lowered = crate::token::lowered_text(text);
    let (reported, prepared, fiction) = {
        let ctx = Context::new(text, &lowered, analysis);
        let fiction = ctx.fiction();
        (reported::find(&ctx, fiction), ctx.into_prepared(), fiction)
    };
    analysis.genre = if fiction { Genre::Fiction } else { Genre::News };
    // (`Err`: a clause the text attributes to no one, such as a question
    // put by someone it does not name.)
    let mut reported_at: HashMap<usize, Result<Found, reported::Unsourced>> = HashMap::default();
    // In news a reported clause holds the long fragments it quotes (`said
    // the ferry was “too slow for the riders”`, `reported::long_fragment`):
    // they are no records of their own.
    let mut holding: Vec<Span> = Vec::new();
    for (quote, found) in reported {
        if !fiction && found.is_ok() {
            holding.push(quote.span);
        }
        reported_at.insert(quote.span.start, found);
        analysis.quotes.push(quote);
    }
    if !holding.is_empty() {
        let inside = |c: &Span, q: &Quote| c.start < q.outer.start && q.outer.start < c.end;
        // The clauses that hold one become `mixed`: part of them is verbatim.
        let held: HashSet<usize> = holding
            .iter()
            .filter(|c| {
                analysis
                    .quotes
                    .iter()
                    .any(|q| inside(c, q) && reported::long_fragment(text, q))
            })
            .map(|c| c.start)
            .collect();
        analysis
            .quotes
            .retain(|q| !reported::long_fragment(text, q) || !holding.iter().any(|c| inside(c, q)));
        for q in &mut analysis.quotes {
            if q.kind == Kind::Indirect && held.contains(&q.span.start) {
                q.kind = Kind::Mixed;
            }
        }
    }
    analysis.quotes.sort_by_key(|q| q.span.start);
    let ctx = Context::from_prepared(text, analysis, prepared);
    let n = analysis.quotes.len();
    // Local rules: the mention and cue next to each quotation.
    let found: Vec<Option<Found>> = (0..n)
        .map(|i| {
            let q = &analysis.quotes[i];
            match q.kind {
                k if k.is_reported() => {
                    reported_at.get(&q.span.start).cloned().and_then(Result::ok)
                }
                k if k.is_speech() => adjacent::find(&ctx, i).or_else(|| sentence::find(&ctx, i)),
                _ => None,
            }
        })
        .collect();
    // One pass through the text links names, pronouns and the rules'
    // mentions in order, so that every pronoun sees what came before it.
    let mut entity: Vec<Option<usize>> = vec![None; n];
    let mut attributions: Vec<Attribution> = vec![Attribution::default(); n];
    // A clause the text attributes to no one (a question whose asker it
    // does not name) keeps no speaker; no later rule lends it one.
    for (i, q) in analysis.quotes.iter().enumerate() {
        if q.kind.is_reported()
            && let Some(Err(u)) = reported_at.get(&q.span.start)
        {
            attributions[i].rule = u.rule;
            attributions[i].reason = Some(u.reason);
        }
    }
    let mut roster = Roster::default();
    roster.fiction = fiction;
    roster.pronoun_reach = if fiction {
        FICTION_PRONOUN_REACH
    } else {
        NEWS_PRONOUN_REACH
    };
    let mut pronouns: HashMap<usize, Option<usize>> = HashMap::default();
    let mut speaking = speaking_names(&ctx);
    if fiction {
        speaking.extend(acting_names(&ctx));
    }
    let mut by_sentence: Vec<Vec<usize>> = vec![Vec::new(); analysis.sentences.len()];
    for (i, f) in found.iter().enumerate() {
        if let Some(f) = f {
            by_sentence[analysis.sentence_at(f.mention.span.start)].push(i);
        }
    }
    // In fiction, the person the previous turn addresses by name
    // (`“Mrs. Bounderby, …,” said Harthouse`), who speaks next.
    let mut addressed: Option<(usize, Option<usize>)> = None;
    for (s, toks) in (0..ctx.sentence_count()).map(|s| (s, ctx.toks(s))) {
        let paragraph = analysis.sentences[s].paragraph;
        if fiction && addressed.is_none_or(|(p, _)| p != paragraph) {
            addressed = Some((paragraph, previous_addressee(&ctx, &roster, paragraph)));
        }
        let mut mentions: Vec<(Mention, Vec<usize>)> = ctx
            .names(s, toks.len())
            .cloned()
            .chain(subject::pronouns(&ctx, s))
            .chain(subject::plural_descriptions(&ctx, s))
            .chain(if fiction {
                subject::singular_descriptions(&ctx, s)
            } else {
                Vec::new()
            })
            .filter(|m| !ctx.inside_quote(m.span.start))
            .map(|m| (m, Vec::new()))
            .collect();
        // The rules' mentions replace the ones found at the same place
        // (the map is made only for a sentence where a rule found one).
        let mut at: HashMap<usize, usize> = HashMap::default();
        if !by_sentence[s].is_empty() {
            at.extend(
                mentions
                    .iter()
                    .enumerate()
                    .map(|(k, (m, _))| (m.span.start, k)),
            );
        }
        for &i in &by_sentence[s] {
            let Some(f) = &found[i] else { continue };
            match at.get(&f.mention.span.start) {
                Some(&k) => {
                    // Two rules that read a phrase at the same place: the
                    // longer reading (`Small groups of protesters`, not
                    // `Small`) stands for both.
                    if mentions[k].1.is_empty() || f.mention.span.end > mentions[k].0.span.end {
                        mentions[k].0 = f.mention.clone();
                    }
                    mentions[k].1.push(i);
                }
                None => {
                    at.insert(f.mention.span.start, mentions.len());
                    mentions.push((f.mention.clone(), vec![i]));
                }
            }
        }
        mentions.sort_by_key(|(m, _)| m.span.start);
        // The last person named in the sentence: where their phrase ends,
        // where it starts, and who they are.
        let mut named: Option<(usize, usize, usize)> = None;
        for (m, qs) in mentions {
            let Some(m) = (if qs.is_empty() {
                Some(m)
            } else {
                common_opener(&ctx, &roster, s, m)
            }) else {
                continue;
            };
            let person = !qs.is_empty()
                || m.name
                    .slice(text)
                    .split_whitespace()
                    .last()
                    .is_some_and(|w| speaking.contains(w));
            // `Walz approaches it diplomatically. She said …`: a `she`
            // opening the sentence after one whose subject is a person the
            // list of first names calls a man is that person.
            let opening = m.kind == MentionKind::Pronoun
                && !m.plural
                && !toks[..m.tokens.0].iter().any(|t| t.is_word())
                && matches!(m.name.slice(text), "He" | "She");
            // (Only when the pronoun finds no one of known gender
            // otherwise: `Schlafly had backed Trump's campaign. He …`.)
            let unsure = || {
                roster
                    .resolve_pronoun(m.span.start, s, m.gender, false, roster.pronoun_reach, None)
                    .is_none_or(|e| roster.entities[e].gender == Gender::Unknown)
            };
            if let Some(x) = (opening && !ctx.inside_quote(m.span.start))
                .then(|| roster.subject_against_first_name(s, m.gender))
                .flatten()
                .filter(|_| unsure())
            {
                roster.correct_gender(x, m.gender);
            }
            // `majorities in all five say they want …`: a pronoun opening
            // the clause a speech verb reports is the verb's subject when
            // they agree; when they do not (`members of Congress told The
            // Huffington Post she thinks …`), the subject still reports
            // the pronoun's clause.
            let reporter = (m.kind == MentionKind::Pronoun)
                .then(|| reporter_of_clause(&ctx, s, m.tokens.0))
                .flatten()
                .and_then(|r| link(text, &mut roster, &r, s, true).map(|x| (r, x)));
            let agreeing = reporter.as_ref().filter(|&&(_, x)| {
                let ent = &roster.entities[x];
                m.gender.agrees(ent.gender)
                    && (ent.plural == m.plural || ent.kind == SpeakerKind::Organisation && m.plural)
            });
            let e = match addressed {
                _ if let Some(&(_, x)) = agreeing => {
                    roster.learn_gender(x, m.gender);
                    Some(x)
                }
                Some((_, Some(a)))
                    if !qs.is_empty()
                        && qs
                            .iter()
                            .all(|&q| dialogue::addressee(&ctx, &roster, q) != Some(a)) =>
                {
                    answering(text, &mut roster, &m, a)
                        .or_else(|| link(text, &mut roster, &m, s, person))
                }
                _ => link(text, &mut roster, &m, s, person),
            };
            // A pronoun's speaker is not the person their own quotation
            // addresses by name (`“Mrs. Bounderby, …,” he said`), in either
            // half of a split one (`“You are mistaken, Elinor,” said she,
            // “in …”`): the next candidate is.
            let e = match e {
                Some(x)
                    if fiction
                        && m.kind == MentionKind::Pronoun
                        && !qs.is_empty()
                        && qs
                            .iter()
                            .any(|&q| dialogue::addressee(&ctx, &roster, q) == Some(x)) =>
                {
                    roster.resolve_pronoun(
                        m.span.start,
                        s,
                        m.gender,
                        m.plural,
                        roster.pronoun_reach,
                        Some(x),
                    )
                }
                _ => e,
            };
            if m.kind == MentionKind::Pronoun {
                pronouns.insert(m.span.start, e);
            }
            // (An unnamed relative who speaks waits for the conversation, see
            // below: until then no pronoun refers to them.)
            if let Some(e) = e.filter(|&e| unnamed_relative(text, &roster, &m, e).is_none()) {
                let oblique = crate::speaker::mention::after_preposition(toks, m.tokens.0);
                roster.note(m.span.start, s, e, !qs.is_empty(), oblique);
                // `Wilcox and Beruff argued …`: the two people named with
                // `and` between them are a pair that `they` may refer to.
                let one_person = |e: usize| {
                    let ent = &roster.entities[e];
                    ent.kind == SpeakerKind::Named && ent.human && !ent.plural
                };
                if m.kind == MentionKind::Name && one_person(e) {
                    if let Some((end, start, a)) = named
                        && end + 1 == m.tokens.0
                        && ctx.word(s, end) == "and"
                        && a != e
                    {
                        let pair = roster.link_pair(a, e);
                        let oblique = crate::speaker::mention::after_preposition(toks, start);
                        roster.note(m.span.start, s, pair, false, oblique);
                    }
                    named = Some((m.tokens.1, m.tokens.0, e));
                }
            }
            for i in qs {
                if let Some(f) = &found[i] {
                    let (f, e) = match &reporter {
                        Some((r, x)) if agreeing.is_none() => (
                            &Found {
                                mention: r.clone(),
                                ..f.clone()
                            },
                            Some(*x),
                        ),
                        _ => (f, e),
                    };
                    entity[i] = e;
                    attributions[i] = attribution(text, f, e, analysis.genre);
                }
            }
        }
    }
    // Fiction: `“…,” said her husband`, a relative the text names no
    // one as, leaves the turn to the conversation as if no one were named
    // (the other party is most often that relative); the description
    // stands when the conversation gives no one of its sex.
    let mut relatives: Vec<(usize, usize, String, Attribution)> = Vec::new();
    if fiction {
        for i in 0..n {
            if let (Some(e), Some(f)) = (entity[i], &found[i])
                && let Some(head) = unnamed_relative(text, &roster, &f.mention, e)
            {
                relatives.push((i, e, head, std::mem::take(&mut attributions[i])));
                entity[i] = None;
            }
        }
    }
    // Then the rules that lean on other quotations' speakers.
    // The nearest quotation with its own speaker in the same paragraph, on
    // either side: the one after is known from the local rules; the one
    // before is followed as the loop goes (narration may add one).
    let has_own = |j: usize, entity: &[Option<usize>], attributions: &[Attribution]| {
        let k = analysis.quotes[j].kind;
        k.is_speech()
            && !k.is_reported()
            && entity[j].is_some()
            && attributions[j].mention.is_some()
    };
    let same_paragraph =
        |a: usize, b: usize| analysis.quotes[a].paragraph == analysis.quotes[b].paragraph;
    let mut next_own: Vec<Option<usize>> = vec![None; n];
    let mut next: Option<usize> = None;
    for j in (0..n).rev() {
        next_own[j] = next.filter(|&k| same_paragraph(j, k));
        if has_own(j, &entity, &attributions) {
            next = Some(j);
        }
    }
    // The paragraph around a quotation: the subject of a clause that runs
    // into it (`Sanders shot back, “…”`), another quotation's speaker, or
    // the person acting in its narration. In news, a fragment quoted in the
    // writer's sentence is said by whoever a cue names, not by whoever acts
    // there (`taking shots at Marco Rubio (“Little Marco”)`).
    let mut pending: Vec<usize> = Vec::new();
    let mut last_own: Option<usize> = None;
    for i in 0..n {
        let previous_own = last_own.filter(|&k| same_paragraph(i, k));
        let q = &analysis.quotes[i];
        if q.kind.is_speech() && attributions[i].rule.is_empty() {
            let lead_in = (q.kind == Kind::Direct)
                .then(|| narration::lead_in(&ctx, i))
                .flatten();
            if let Some(f) = lead_in
                && let Some(e) = narrated(text, &mut roster, &pronouns, analysis, &f)
            {
                entity[i] = Some(e);
                attributions[i] = attribution(text, &f, Some(e), analysis.genre);
            } else if let Some((e, rule)) =
                paragraph::find(&ctx, i, previous_own, next_own[i], &entity)
            {
                entity[i] = Some(e);
                attributions[i] = borrowed_attribution(analysis, &mut roster, i, e, rule);
            } else if (fiction || q.kind != Kind::Partial)
                && let Some(f) = narration::find(&ctx, i)
                && let Some(e) = narrated(text, &mut roster, &pronouns, analysis, &f)
            {
                entity[i] = Some(e);
                attributions[i] = attribution(text, &f, Some(e), analysis.genre);
            } else {
                pending.push(i);
            }
        }
        if has_own(i, &entity, &attributions) {
            last_own = Some(i);
        }
    }
    // Then the conversation: in fiction, turns alternate (narrated turns
    // included); in news, a quote-only paragraph continues the speaker.
    let mut alternation: Vec<Option<usize>> = vec![None; n];
    if fiction {
        for (q, e) in dialogue::assign(&ctx, &roster, &entity) {
            alternation[q] = Some(e);
        }
    }
    for i in pending {
        let borrowed = if fiction {
            alternation[i].map(|e| (e, "alternation"))
        } else {
            paragraph::continuation(&ctx, i, &entity)
        };
        match borrowed {
            Some((e, rule)) => {
                entity[i] = Some(e);
                attributions[i] = borrowed_attribution(analysis, &mut roster, i, e, rule);
            }
            None => {
                attributions[i].reason = Some("no speech cue or speaker found near the quotation");
            }
        }
    }
    // A pronoun cue that found no earlier person agreeing with it (`“…,”
    // she said` where no woman was named before) takes the speaker the
    // conversation's alternation gives the turn, when that one agrees.
    if fiction {
        for i in 0..n {
            if entity[i].is_none()
                && let (Some(e), Some(f)) = (alternation[i], &found[i])
                && f.mention.kind == MentionKind::Pronoun
                && matches!(f.mention.gender, Gender::Female | Gender::Male)
                && f.mention.gender.agrees(roster.entities[e].gender)
                && roster.entities[e].human
            {
                entity[i] = Some(e);
                attributions[i].confidence = confidence("alternation", false, analysis.genre);
                attributions[i].reason = None;
            }
        }
    }
    // (Not someone of the other sex, nor one the text calls another
    // relative: `His sister Janey` is not `his mother`.)
    for (i, e, head, own) in relatives {
        let sex = crate::lexicon::speaker_noun(&head).unwrap_or(Gender::Unknown);
        let kept = entity[i].is_some_and(|x| {
            let ent = &roster.entities[x];
            ent.human
                && sex.agrees(ent.gender)
                && !ent.role.as_deref().is_some_and(|r| {
                    r.split_whitespace()
                        .any(|w| w != head && crate::lexicon::is_kinship_word(w))
                })
        });
        if kept {
            // The words the text names them by stay on the record.
            attributions[i].mention = own.mention;
            attributions[i].cue = own.cue;
        } else {
            entity[i] = Some(e);
            attributions[i] = own;
        }
    }
    // A first-person narrator of a story takes the name the other speakers
    // call them (in news, `I` is the writer, whom no one addresses).
    if fiction
        && let Some(n) = roster.narrator_id()
        && let Some((title, name)) =
            dialogue::narrator_name(&ctx, &roster, &entity, &alternation, n)
    {
        roster.name_narrator(title, name);
    }
    // In news, the first person is the writer (`I think Michelle Obama
    // touched my heart`), named `I` as the text names them; one who
    // answers in a dialogue (`“…,” I said`) narrates a story.
    if !fiction
        && let Some(writer) = roster.narrator_id()
        && !(0..n)
            .any(|i| entity[i] == Some(writer) && attributions[i].rule.starts_with("after-quote"))
    {
        roster.name_writer();
    }
    // Partial quotes that no one is said to have said are scare quotes.
    for i in 0..n {
        if analysis.quotes[i].kind == Kind::Partial
            && entity[i].is_none()
            && attributions[i].mention.is_none()
        {
            analysis.quotes[i].kind = Kind::Scare;
            attributions[i].reason = Some("no speech cue governs this fragment");
        }
    }
    // Canonical speakers: the entities that speak, in order of first quotation.
    let mut speaker_of_entity: Vec<Option<usize>> = vec![None; roster.entities.len()];
    let mut speakers: Vec<Speaker> = Vec::new();
    for i in 0..n {
        if let Some(e) = entity[i] {
            let idx = *speaker_of_entity[e].get_or_insert_with(|| {
                let ent = &roster.entities[e];
                speakers.push(Speaker {
                    name: ent.display(),
                    role: ent.role.clone(),
                    kind: ent.kind,
                });
                speakers.len() - 1
            });
            attributions[i].speaker = Some(idx);
        }
    }
    for (q, a) in analysis.quotes.iter_mut().zip(attributions) {
        q.attribution = a;
    }
    analysis.speakers = speakers;
}

/// Last words of the names that are the subject of a speech verb
/// somewhere in the text (`Syme said`, `said Syme`): these are people even
/// where they are mentioned alone.
fn speaking_names<'t>(ctx: &Context<'_, 't>) -> HashSet<&'t str> {
    let mut out = HashSet::default();
    for s in 0..ctx.sentence_count() {
        for (v, _) in ctx.cues_of(s).iter().enumerate().filter(|(_, cue)| **cue) {
            for m in [ctx.subject_before(s, v), ctx.phrase_after(s, v + 1)]
                .into_iter()
                .flatten()
            {
                if m.kind == MentionKind::Name
                    && let Some(last) = m.name.slice(ctx.text).split_whitespace().last()
                {
                    out.insert(last);
                }
            }
        }
    }
    out
}

/// In fiction, names of one word that are the subject of a clause of
/// narration somewhere in the text (`Dorcas shook her head.`): a
/// character, though never given a speech verb, whom the conversation may
/// give a turn (see `dialogue::assign`, the person acting before a turn).
/// Not a place, a day, a month, a title or a word for a role, a hyphenated
/// word (`Twenty-five`), a word the text writes in lower case elsewhere,
/// nor a subject after a preposition (`went to Paris yesterday`). The word
/// must follow another word somewhere (a word capitalized only where it
/// opens a sentence, `Scarcely`, is none), and less than half the time a
/// preposition, `to` or a determiner (`to Homburg`, `the two English
/// ladies`: a place or a people, not a person).
fn acting_names<'t>(ctx: &Context<'_, 't>) -> HashSet<&'t str> {
    use crate::lexicon;
    let mut candidates: HashSet<&'t str> = HashSet::default();
    for s in 0..ctx.sentence_count() {
        let toks = ctx.toks(s);
        for m in subject::subjects(ctx, s, 0, toks.len()) {
            if m.kind != MentionKind::Name || m.tokens.1 != m.tokens.0 + 1 {
                continue;
            }
            let t = &toks[m.tokens.0];
            let word = t.text();
            if t.has(lexicon::class::PLACE | lexicon::class::ROLE)
                || word.contains('-')
                || lexicon::is_place(word)
                || lexicon::is_title(word)
                || lexicon::is_day(word)
                || lexicon::is_month(word)
                || lexicon::is_not_name(word)
                || crate::speaker::mention::after_preposition(toks, m.tokens.0)
                || ctx.is_common(&lexicon::lower(word))
            {
                continue;
            }
            candidates.insert(word);
        }
    }
    if candidates.is_empty() {
        return candidates;
    }
    // Per candidate: how often it follows a word, and how often that word
    // is one a place or a thing follows.
    let mut seen: HashMap<&'t str, (usize, usize)> = HashMap::default();
    for s in 0..ctx.sentence_count() {
        let toks = ctx.toks(s);
        for (i, pair) in toks.windows(2).enumerate() {
            let (before, t) = (&pair[0], &pair[1]);
            if !before.is_word() || !t.is_capitalized() || !candidates.contains(t.text()) {
                continue;
            }
            let w = ctx.word(s, i);
            let thing = w == "to"
                || lexicon::is_preposition(&w)
                || lexicon::is_determiner(&w)
                || lexicon::is_quantifier(&w);
            let e = seen.entry(t.text()).or_default();
            e.0 += 1;
            e.1 += usize::from(thing);
        }
    }
    candidates.retain(|w| seen.get(w).is_some_and(|&(n, thing)| 2 * thing < n));
    candidates
}

/// A rule's one-word name that is the capitalized first word of sentence
/// `s`, followed by a word in lower case, is no name when the words of its
/// phrase after it are all in lower case: the phrase is a description
/// (`Small groups of protesters chanted`, `Giant screens showed`). Alone,
/// it names no one when the text writes it in lower case elsewhere
/// (`Asked whether …, Smith shot back`), unless it may be a plural
/// (`Authorities said`), a quantifier (`Several said`) or a first name, or
/// a person already goes by it (`Sharp said` after `Annie Sharp`).
fn common_opener(ctx: &Context, roster: &Roster, s: usize, m: Mention) -> Option<Mention> {
    let toks = ctx.toks(s);
    let i = m.tokens.0;
    let opens = m.kind == MentionKind::Name
        && toks.get(i).is_some_and(|t| t.span == m.name)
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_word() && !t.is_capitalized())
        && !toks[..i].iter().any(|t| t.is_word());
    if !opens {
        return Some(m);
    }
    let word = toks[i].text();
    let rest = &toks[i + 1..m.tokens.1.min(toks.len())];
    let Some(last) = rest.last() else {
        let lower = crate::lexicon::lower(word);
        let named = !ctx.is_common(&lower)
            || word.ends_with('s')
            || crate::lexicon::is_quantifier(&lower)
            || crate::lexicon::first_name(word).is_some()
            || roster.lookup(word).is_some();
        return named.then_some(m);
    };
    if !rest.iter().all(|t| t.is_word() && !t.is_capitalized()) || last.span.end > m.span.end {
        return Some(m);
    }
    Some(Mention {
        kind: MentionKind::Nominal,
        span: m.span,
        name: Span::new(m.name.start, last.span.end),
        role: None,
        title: None,
        gender: Gender::Unknown,
        plural: last.text().ends_with('s'),
        tokens: m.tokens,
    })
}

/// The subject of the speech verb whose reported clause the pronoun at
/// token `p` of sentence `s` opens: `majorities in all five` in
/// `majorities in all five say (that) they want …`, `at least a dozen
/// members of Congress` in `… told The Huffington Post she thinks …`. Not
/// a pronoun itself (`He said she …`), and not when the object of `told`
/// may be the pronoun's person (`Smith told Jones he …`).
fn reporter_of_clause(ctx: &Context, s: usize, p: usize) -> Option<Mention> {
    let toks = ctx.toks(s);
    if ctx.inside_quote(toks.get(p)?.span.start) {
        return None;
    }
    let k = match p.checked_sub(1)? {
        k if ctx.word(s, k) == "that" => k,
        _ => p,
    };
    // (A verb of the speech list used as one, as `Context::new` marked
    // it: not the noun of `with a slight shrug he recovered`, nor the
    // `put` of `put it`.)
    let speech = |v: usize| toks[v].has(lexicon::class::SPEECH_VERB) && ctx.is_cue(s, v);
    let v = match k.checked_sub(1)? {
        v if speech(v) => v,
        // `told The Huffington Post she …`, `told reporters they …`: an
        // object that names no person between the verb and the clause.
        _ => (k.saturating_sub(5)..k.saturating_sub(1))
            .rev()
            .find(|&v| {
                toks[v].has(lexicon::class::SPEECH_VERB)
                    && lexicon::speech_verb(&ctx.word(s, v)).is_some_and(|f| f.lemma == "tell")
                    && ctx.phrase_after(s, v + 1).is_some_and(|o| {
                        o.tokens.1 == k
                            && (o.kind == MentionKind::Organisation
                                || o.kind == MentionKind::Nominal && o.plural)
                    })
            })?,
    };
    ctx.subject_before(s, v)
        .or_else(|| {
            // `…, but majorities in all five say they …`: a description
            // that fills the clause from its conjunction to the verb.
            let b = (v.saturating_sub(8)..v)
                .rev()
                .find(|&b| matches!(ctx.word(s, b).as_ref(), "but" | "while" | "and"))?;
            let words = &toks[b + 1..v];
            let plain = words.iter().all(|t| t.is_word() && !t.is_capitalized());
            (plain
                && !words.is_empty()
                && crate::speaker::mention::is_plural_noun(&ctx.word(s, b + 1)))
            .then(|| {
                let span = Span::new(toks[b + 1].span.start, toks[v - 1].span.end);
                Mention::phrase(
                    MentionKind::Nominal,
                    span,
                    (b + 1, v),
                    Gender::Unknown,
                    true,
                )
            })
        })
        .filter(|r| r.kind != MentionKind::Pronoun && !ctx.inside_quote(r.span.start))
}

/// Is `m`, linked to entity `e`, a relative described by their owner's
/// pronoun whom the text names no one as (`said her husband`; in fiction
/// only, see `Roster::relative`)? The word for the relative if so.
fn unnamed_relative(text: &str, roster: &Roster, m: &Mention, e: usize) -> Option<String> {
    if !roster.fiction
        || m.kind != MentionKind::Nominal
        || roster.entities[e].kind == SpeakerKind::Named
    {
        return None;
    }
    crate::speaker::roster::relative_head(text, m)
}

/// The entity a mention refers to in sentence `s`: names and descriptions
/// are linked (created when new), pronouns resolved to an earlier entity.
/// First-person and second-person pronouns stay unresolved.
fn link(text: &str, roster: &mut Roster, m: &Mention, s: usize, person: bool) -> Option<usize> {
    match m.kind {
        MentionKind::Name => roster.link_name(text, m, person),
        MentionKind::Nominal => {
            if ends_unfinished(m.name.slice(text)) {
                return None;
            }
            roster
                .relative(text, m)
                .or_else(|| Some(roster.link_description(text, m)))
        }
        MentionKind::Organisation => Some(roster.link_organisation(text, m)),
        MentionKind::Pronoun => {
            let word = crate::lexicon::lower(m.name.slice(text));
            if word == "i" {
                // `“…,” I said`: the first-person narrator of a story, or
                // the writer of an op-ed (see `Roster::name_writer`).
                return Some(roster.narrator());
            }
            if matches!(word.as_ref(), "we" | "you") {
                return None;
            }
            let e = roster.resolve_pronoun(
                m.span.start,
                s,
                m.gender,
                m.plural,
                roster.pronoun_reach,
                None,
            );
            if let Some(e) = e {
                roster.learn_gender(e, m.gender);
            }
            e
        }
    }
}

/// Does a description end in an article or a possessive that waits for
/// its noun (`the tip of his`, `one of the`)? It names no one. (`her` may
/// be an object: `the woman beside her`.)
fn ends_unfinished(name: &str) -> bool {
    name.rfind(' ').is_some_and(|space| {
        let w = crate::lexicon::lower(&name[space + 1..]);
        w != "her" && crate::lexicon::is_noun_marker(&w) && crate::lexicon::is_determiner(&w)
    })
}

/// The person addressed by name in the last speech quotation of the
/// paragraph before `p`, when that paragraph has one.
fn previous_addressee(ctx: &Context, roster: &Roster, p: usize) -> Option<usize> {
    let prev = p.checked_sub(1)?;
    let q = ctx
        .quotes_of(prev)
        .rev()
        .find(|&q| ctx.analysis.quotes[q].kind == Kind::Direct)?;
    dialogue::addressee(ctx, roster, q)
}

/// A third-person pronoun naming the speaker of a turn that answers one
/// addressed to `addressee` by name (`“Mrs. Bounderby, …,” said
/// Harthouse.` then `“No,” she resumed`): the person addressed, when the
/// pronoun agrees with them (and the turn does not address them too).
fn answering(text: &str, roster: &mut Roster, m: &Mention, addressee: usize) -> Option<usize> {
    if m.kind != MentionKind::Pronoun || m.plural {
        return None;
    }
    let word = crate::lexicon::lower(m.name.slice(text));
    if !matches!(word.as_ref(), "he" | "she") {
        return None;
    }
    let e = &roster.entities[addressee];
    (e.human && !e.plural && m.gender.agrees(e.gender)).then(|| {
        roster.learn_gender(addressee, m.gender);
        addressee
    })
}

/// The entity of the person a narration rule found: a pronoun as it was
/// resolved in the pass through the text, any other mention linked now.
fn narrated(
    text: &str,
    roster: &mut Roster,
    pronouns: &HashMap<usize, Option<usize>>,
    analysis: &Analysis,
    f: &Found,
) -> Option<usize> {
    match pronouns.get(&f.mention.span.start) {
        Some(e) => *e,
        None => link(
            text,
            roster,
            &f.mention,
            analysis.sentence_at(f.mention.span.start),
            true,
        ),
    }
}

/// The attribution of quotation `i` when a rule gives it the speaker `e`
/// of other quotations (no mention of its own), noted as `e` speaking.
fn borrowed_attribution(
    analysis: &Analysis,
    roster: &mut Roster,
    i: usize,
    e: usize,
    rule: &'static str,
) -> Attribution {
    let at = analysis.quotes[i].span.start;
    roster.note(at, analysis.sentence_at(at), e, true, false);
    Attribution {
        confidence: confidence(rule, false, analysis.genre),
        rule,
        ..Attribution::default()
    }
}

/// The attribution a rule's finding gives, with the entity it reached.
fn attribution(text: &str, f: &Found, entity: Option<usize>, genre: Genre) -> Attribution {
    let pronoun = f.mention.kind == MentionKind::Pronoun;
    let first_person = pronoun
        && matches!(
            crate::lexicon::lower(f.mention.name.slice(text)).as_ref(),
            "we" | "you"
        );
    Attribution {
        speaker: None,
        mention: Some(f.mention.span),
        via_pronoun: pronoun,
        cue: Some(f.cue),
        confidence: if entity.is_some() {
            confidence(f.rule, pronoun, genre)
        } else {
            0.0
        },
        rule: f.rule,
        reason: entity.is_none().then_some(if first_person {
            "a plural first-person or a second-person speaker (we, you) is not resolved"
        } else if pronoun {
            "the pronoun has no earlier person that agrees with it"
        } else {
            "the speaker could not be resolved"
        }),
    }
}

/// The kind of speaker a quotation's attribution reached, for records:
/// `named`, `pronoun-resolved`, `nominal`, `organisation` or `unknown`.
pub fn speaker_kind(q: &Quote, speakers: &[Speaker]) -> &'static str {
    let a = &q.attribution;
    match a.speaker.and_then(|i| speakers.get(i)) {
        None => "unknown",
        Some(s) => match s.kind {
            SpeakerKind::Named if a.via_pronoun => "pronoun-resolved",
            k => k.as_str(),
        },
    }
}

/// A sentence or two on why a quotation has the speaker it has.
pub fn explain(q: &Quote, text: &str, speakers: &[Speaker]) -> String {
    let a = &q.attribution;
    let quoted = |s: Option<Span>| {
        s.map(|s| format!("“{}”", s.slice(text)))
            .unwrap_or_default()
    };
    let mut out = format!("{} in paragraph {}", q.kind.as_str(), q.paragraph + 1);
    if !q.kind.is_speech() {
        out.push_str(": not speech, no speaker");
        if let Some(r) = a.reason {
            out.push_str(&format!(" ({r})"));
        }
        return out;
    }
    if !a.rule.is_empty() {
        out.push_str(&format!("; rule {}", a.rule));
    }
    if a.cue.is_some() {
        out.push_str(&format!("; cue {}", quoted(a.cue)));
    }
    if a.mention.is_some() {
        out.push_str(&format!("; mention {}", quoted(a.mention)));
    }
    match a.speaker.and_then(|i| speakers.get(i)) {
        Some(s) => {
            out.push_str(&format!(" → {}", s.name));
            if let Some(r) = &s.role {
                out.push_str(&format!(" ({r})"));
            }
            out.push_str(&format!(", confidence {:.2}", a.confidence));
        }
        None => out.push_str(&format!(
            " → no speaker: {}",
            a.reason.unwrap_or("no rule applied")
        )),
    }
    out
}
