//! Pairing quotation marks into quotations.
//!
//! Marks are paired paragraph by paragraph with a stack. What a straight or
//! ambiguous mark does is decided from the characters around it and from
//! what is open; an apostrophe (`isn’t`, `’90s`, `Jones’ car`) is never a
//! mark, and two apostrophes (`''`, an old newspaper convention) are one
//! double mark. A paragraph that opens a quotation without closing it,
//! followed by a paragraph that opens with a mark of the same family,
//! continues the quotation (the news and fiction convention for quotations
//! of several paragraphs). A mark that cannot be paired becomes a warning
//! and never swallows text beyond its paragraph; quotations nested inside a
//! mark that was never closed are kept as quotations of their own.

use super::marks::{Family, Role, classify, closes};
use crate::span::Span;

/// A quoted span inside one paragraph.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Part {
    /// The opening mark.
    pub open: Span,
    /// The closing mark; `None` when the quotation runs on into the next
    /// paragraph.
    pub close: Option<Span>,
    /// The text between the marks (to the paragraph's end without a close).
    pub content: Span,
    pub paragraph: usize,
}

/// A quotation: one part, or several for a quotation over paragraphs.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Quotation {
    pub parts: Vec<Part>,
    /// Content spans of quotations nested inside this one.
    pub nested: Vec<Span>,
}

impl Quotation {
    /// From the first content byte to the last.
    pub fn content(&self) -> Span {
        let first = self.parts.first().map_or(Span::default(), |p| p.content);
        let last = self.parts.last().map_or(first, |p| p.content);
        Span::new(first.start, last.end)
    }

    /// From the opening mark to the closing mark (or the last content byte).
    pub fn outer(&self) -> Span {
        let start = self.parts.first().map_or(0, |p| p.open.start);
        let end = self
            .parts
            .last()
            .map_or(start, |p| p.close.map_or(p.content.end, |c| c.end));
        Span::new(start, end)
    }
}

/// A problem with the quotation marks of a text; analysis goes on.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Warning {
    /// Byte offset of the mark.
    pub offset: usize,
    pub message: String,
}

/// The most warnings kept per document; the rest are counted.
pub const MAX_WARNINGS: usize = 100;

/// The deepest nesting followed; deeper opening marks are ignored.
const MAX_DEPTH: usize = 8;

/// Everything `pair` finds in a text.
#[derive(Debug, Default)]
pub struct Pairing {
    pub quotations: Vec<Quotation>,
    pub warnings: Vec<Warning>,
    /// Warnings beyond `MAX_WARNINGS`, counted but not kept.
    pub more_warnings: usize,
}

impl Pairing {
    fn warn(&mut self, offset: usize, message: String) {
        if self.warnings.len() < MAX_WARNINGS {
            self.warnings.push(Warning { offset, message });
        } else {
            self.more_warnings += 1;
        }
    }
}

/// An opening mark met in the current paragraph.
#[derive(Clone, Copy, Debug)]
struct Open {
    /// The mark as paired (`''` pairs as `"`).
    mark: char,
    at: Span,
    family: Family,
    /// The opening mark that was on top of the stack when this one opened.
    parent: Option<usize>,
    close: Option<Span>,
    /// The mark was given up as never closed.
    dropped: bool,
}

fn open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace()
            || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '>')
            || classify(p).is_some_and(|(_, r)| r != Role::Close)
    })
}

fn close_context(next: Option<char>) -> bool {
    next.is_none_or(|n| !n.is_alphanumeric())
}

/// Is this single mark an apostrophe? `open` says whether a single-family
/// quotation is open, so that a mark after a word can close it.
fn is_apostrophe(c: char, prev: Option<char>, next: Option<char>, open: bool) -> bool {
    let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    match c {
        '’' | '\'' | '‘' if letter(prev) && letter(next) => true, // isn’t, O’Brien
        '’' | '\'' | '‘' if !letter(prev) && next.is_some_and(|n| n.is_ascii_digit()) => true, // ’90s
        '’' | '\'' if letter(prev) => !open, // Jones’ car, goin’
        _ => false,
    }
}

/// A quotation mark of the text: where, which character it pairs as, and the
/// characters around it.
struct Mark {
    at: Span,
    c: char,
    family: Family,
    role: Role,
    prev: Option<char>,
    next: Option<char>,
}

/// The bytes a quotation mark can start with: `"`, `'`, and every
/// non-ASCII byte (a table: one load per byte of text).
static MAY_START_A_MARK: [bool; 256] = {
    let mut table = [false; 256];
    let mut b = 0;
    while b < 256 {
        table[b] = b == b'"' as usize || b == b'\'' as usize || b >= 0x80;
        b += 1;
    }
    table
};

/// Where the first byte of `bytes` that may start a quotation mark is
/// (`MAY_START_A_MARK`). Chunks of 32 bytes are tested first with
/// comparisons folded over the whole chunk, which the compiler turns into a
/// few vector instructions: a table lookup per byte of the whole text cost
/// five instructions a byte.
fn next_mark_start(bytes: &[u8]) -> Option<usize> {
    let mut at = 0;
    let mut chunks = bytes.chunks_exact(32);
    for chunk in &mut chunks {
        let any = chunk.iter().fold(false, |any, &b| {
            any | (b >= 0x80) | (b == b'"') | (b == b'\'')
        });
        if any {
            break;
        }
        at += 32;
    }
    bytes[at..]
        .iter()
        .position(|&b| MAY_START_A_MARK[usize::from(b)])
        .map(|k| at + k)
}

/// The quotation marks of one paragraph, outside `skip` spans.
/// (Written into `out`, emptied first: one buffer serves every paragraph.)
fn marks(text: &str, para: Span, skip: &[Span], skip_at: &mut usize, out: &mut Vec<Mark>) {
    let p = para.slice(text);
    let bytes = p.as_bytes();
    out.clear();
    let mut from = 0;
    // The only ASCII marks are `"` and `'`: other ASCII bytes are skipped
    // without decoding, and every other mark starts with a non-ASCII byte.
    while let Some(k) = next_mark_start(&bytes[from..]) {
        let i = from + k;
        let Some(c) = p[i..].chars().next() else {
            break;
        };
        from = i + c.len_utf8();
        let Some((mut family, mut role)) = classify(c) else {
            continue;
        };
        let this_prev = p[..i].chars().next_back();
        let mut next = p[from..].chars().next();
        let at = para.start + i;
        let mut len = c.len_utf8();
        let mut pairs_as = c;
        if c == '\'' && next == Some('\'') {
            // `''`: a double mark written with two apostrophes.
            from += 1;
            next = p[from..].chars().next();
            (family, role, pairs_as, len) = (Family::Double, Role::Either, '"', 2);
        }
        while *skip_at < skip.len() && skip[*skip_at].end <= at {
            *skip_at += 1;
        }
        if skip.get(*skip_at).is_some_and(|s| s.contains_offset(at)) {
            continue;
        }
        out.push(Mark {
            at: Span::new(at, at + len),
            c: pairs_as,
            family,
            role,
            prev: this_prev,
            next,
        });
    }
}

/// Pair the quotation marks of `text` paragraph by paragraph. `skip` holds
/// byte spans (markup) whose marks are ignored, sorted by start.
pub fn pair(text: &str, paragraphs: &[Span], skip: &[Span]) -> Pairing {
    let mut out = Pairing::default();
    // A quotation running on from the previous paragraph, and its family.
    let mut running: Option<(Quotation, Family)> = None;
    let mut skip_at = 0;
    // Buffers of one paragraph, emptied for the next.
    let (mut marks_of, mut opens, mut stack) = (Vec::new(), Vec::<Open>::new(), Vec::new());
    for (pi, para) in paragraphs.iter().enumerate() {
        marks(text, *para, skip, &mut skip_at, &mut marks_of);
        let marks = &marks_of;
        opens.clear();
        stack.clear();
        let mut current: Option<Quotation> = None;
        let mut first_mark = 0;
        if let Some((q, family)) = running.take() {
            match marks.first() {
                Some(m) if m.at.start == para.start && m.family == family => {
                    // The reopening mark of the running quotation.
                    opens.push(Open {
                        mark: m.c,
                        at: m.at,
                        family,
                        parent: None,
                        close: None,
                        dropped: false,
                    });
                    stack.push(0);
                    current = Some(q);
                    first_mark = 1;
                }
                _ => out.quotations.push(q),
            }
        }
        for m in &marks[first_mark..] {
            let single_open = stack.iter().any(|&o| opens[o].family == Family::Single);
            if m.family == Family::Single && is_apostrophe(m.c, m.prev, m.next, single_open) {
                continue;
            }
            let accepting = stack.iter().rposition(|&o| closes(opens[o].mark, m.c));
            let opens_here = open_context(m.prev) && m.next.is_some_and(|n| !n.is_whitespace());
            let closes_here = !m.prev.is_none_or(char::is_whitespace) && close_context(m.next);
            let top_family = stack.last().map(|&o| opens[o].family);
            let is_open = match m.role {
                Role::Open => true,
                // Sloppy text opens with a closing mark: `”Hello,” he said`.
                Role::Close => {
                    accepting.is_none() && (opens_here && !closes_here || m.prev.is_none())
                }
                // Guillemets are spaced in French (`« oui »`) and reversed in
                // Danish (`»ja«`): one opens unless one is open.
                _ if matches!(m.family, Family::Guillemet | Family::SingleGuillemet) => {
                    accepting.is_none()
                }
                Role::Either if accepting.is_some() => {
                    // Something this mark can close is open: close it, unless
                    // the context clearly opens a new quotation.
                    opens_here && !closes_here && top_family == Some(m.family)
                }
                Role::Either => {
                    opens_here || !closes_here && m.next.is_some_and(|n| !n.is_whitespace())
                }
            };
            if is_open {
                if m.family == Family::Single && !opens_here {
                    continue; // a stray single mark is an apostrophe
                }
                if top_family == Some(m.family)
                    && matches!(m.family, Family::Double | Family::Guillemet)
                {
                    // Same-family marks do not nest: the quotation open before
                    // this one was never closed.
                    let top = stack.pop().expect("top_family is some");
                    opens[top].dropped = true;
                    out.warn(
                        opens[top].at.start,
                        format!(
                            "quotation mark {} is never closed",
                            text_mark(text, opens[top].at)
                        ),
                    );
                }
                if stack.len() >= MAX_DEPTH {
                    out.warn(
                        m.at.start,
                        format!(
                            "quotation mark {} nests too deep; ignored",
                            text_mark(text, m.at)
                        ),
                    );
                    continue;
                }
                opens.push(Open {
                    mark: m.c,
                    at: m.at,
                    family: m.family,
                    parent: stack.last().copied(),
                    close: None,
                    dropped: false,
                });
                stack.push(opens.len() - 1);
                continue;
            }
            let Some(k) = accepting else {
                if m.family != Family::Single {
                    out.warn(
                        m.at.start,
                        format!(
                            "closing quotation mark {} has no opening mark",
                            text_mark(text, m.at)
                        ),
                    );
                }
                continue;
            };
            // Marks opened after the one this mark closes were never closed.
            for o in stack.drain(k + 1..) {
                opens[o].dropped = true;
                if opens[o].family != Family::Single {
                    out.warn(
                        opens[o].at.start,
                        format!(
                            "quotation mark {} is never closed",
                            text_mark(text, opens[o].at)
                        ),
                    );
                }
            }
            let o = stack.pop().expect("k indexes the stack");
            opens[o].close = Some(m.at);
        }
        // What is still open at the paragraph's end.
        let continues_to = |family: Family| {
            paragraphs.get(pi + 1).is_some_and(|next| {
                next.slice(text)
                    .chars()
                    .next()
                    .and_then(classify)
                    .is_some_and(|(f, r)| f == family && r != Role::Close)
            })
        };
        let run_on = stack
            .first()
            .copied()
            .filter(|&b| continues_to(opens[b].family));
        for &o in stack.iter() {
            if Some(o) == run_on {
                continue;
            }
            opens[o].dropped = true;
            if opens[o].family != Family::Single {
                out.warn(
                    opens[o].at.start,
                    format!(
                        "quotation mark {} is never closed in its paragraph",
                        text_mark(text, opens[o].at)
                    ),
                );
            }
        }
        // The nearest kept ancestor of each opening mark.
        let kept = |o: usize| !opens[o].dropped && (opens[o].close.is_some() || Some(o) == run_on);
        let ancestor = |mut o: usize| {
            while let Some(p) = opens[o].parent {
                if kept(p) {
                    return Some(p);
                }
                o = p;
            }
            None
        };
        let mut quotations: Vec<(usize, Quotation)> = Vec::new();
        for (i, open) in opens.iter().enumerate() {
            if !kept(i) || ancestor(i).is_some() {
                continue;
            }
            let part = Part {
                open: open.at,
                close: open.close,
                content: Span::new(open.at.end, open.close.map_or(para.end, |c| c.start)),
                paragraph: pi,
            };
            let mut q = if i == 0 && current.is_some() {
                current.take().unwrap_or_default()
            } else {
                Quotation::default()
            };
            q.parts.push(part);
            quotations.push((i, q));
        }
        if let Some(q) = current.take() {
            // The running quotation's reopening mark was dropped: keep what
            // it quoted in earlier paragraphs.
            out.quotations.push(q);
        }
        for (i, open) in opens.iter().enumerate() {
            if let (true, Some(a)) = (kept(i), ancestor(i)) {
                let mut top = a;
                while let Some(up) = ancestor(top) {
                    top = up;
                }
                // `quotations` is in opening order: a binary search keeps
                // a paragraph of many nested quotations linear.
                if let Ok(at) = quotations.binary_search_by_key(&top, |(j, _)| *j) {
                    let q = &mut quotations[at].1;
                    q.nested.push(Span::new(
                        open.at.end,
                        open.close.map_or(para.end, |c| c.start),
                    ));
                }
            }
        }
        for (i, q) in quotations {
            if Some(i) == run_on {
                running = Some((q, opens[i].family));
            } else {
                out.quotations.push(q);
            }
        }
    }
    if let Some((q, _)) = running {
        out.quotations.push(q);
    }
    out.quotations.sort_by_key(|q| q.outer().start);
    out
}

fn text_mark(text: &str, at: Span) -> &str {
    at.slice(text)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::segment::paragraphs;

    /// Content of each quotation, parts joined by `|`.
    fn quoted(text: &str) -> Vec<String> {
        pair(text, &paragraphs(text), &[])
            .quotations
            .iter()
            .map(|q| {
                q.parts
                    .iter()
                    .map(|p| p.content.slice(text))
                    .collect::<Vec<_>>()
                    .join("|")
            })
            .collect()
    }

    fn warnings(text: &str) -> Vec<String> {
        pair(text, &paragraphs(text), &[])
            .warnings
            .into_iter()
            .map(|w| w.message)
            .collect()
    }

    #[test]
    fn every_pair_style() {
        for (t, q) in [
            ("He said \"yes\" twice.", "yes"),
            ("He said “yes” twice.", "yes"),
            ("He said ‘yes’ twice.", "yes"),
            ("Il a dit «oui» deux fois.", "oui"),
            ("Il a dit « oui » deux fois.", " oui "),
            ("Er sagte „ja“ zweimal.", "ja"),
            ("Er sagte ‚ja‘ zweimal.", "ja"),
            ("Il dit ‹oui› ici.", "oui"),
            ("Han sa »ja« två gånger.", "ja"),
            ("彼は「はい」と言った。", "はい"),
            ("彼は『はい』と言った。", "はい"),
            ("He said “yes\" twice.", "yes"),
            ("He said ''yes'' twice.", "yes"),
        ] {
            assert_eq!(quoted(t), [q], "{t}");
        }
    }

    #[test]
    fn apostrophes_are_not_marks() {
        assert_eq!(
            quoted("It isn’t over, in the ’90s or in Jones’ car."),
            Vec::<String>::new()
        );
        assert_eq!(
            quoted("“It isn’t Jones’ car,” she said."),
            ["It isn’t Jones’ car,"]
        );
        assert_eq!(quoted("‘I don’t know,’ he said."), ["I don’t know,"]);
    }

    #[test]
    fn nested_quotes_stay_inside() {
        let t = "“He told me ‘never’ and left,” she said.";
        let p = pair(t, &paragraphs(t), &[]);
        assert_eq!(p.quotations.len(), 1);
        assert_eq!(p.quotations[0].nested[0].slice(t), "never");
    }

    #[test]
    fn multi_paragraph_quotation_is_one_quotation() {
        let t = "“We will talk.\n\n“We will listen.\n\n“We will act,” she said.\n\nThen she left.";
        assert_eq!(quoted(t), ["We will talk.|We will listen.|We will act,"]);
    }

    #[test]
    fn unclosed_mark_warns_and_stays_in_its_paragraph() {
        let t = "He said “this never ends.\n\nNext paragraph, “a quote” here.";
        assert_eq!(quoted(t), ["a quote"]);
        assert_eq!(
            warnings(t),
            ["quotation mark “ is never closed in its paragraph"]
        );
    }

    #[test]
    fn stray_closing_mark_warns() {
        assert_eq!(
            warnings("Nothing” here."),
            ["closing quotation mark ” has no opening mark"]
        );
    }

    #[test]
    fn quotes_inside_an_unclosed_single_mark_are_kept() {
        let t = "Sophie in 't Veld said. \"It's a risk everywhere.\"";
        assert_eq!(quoted(t), ["It's a risk everywhere."]);
    }

    #[test]
    fn sloppy_closing_mark_used_to_open() {
        assert_eq!(
            quoted("” … if the president can visit,” it read."),
            [" … if the president can visit,"]
        );
    }

    #[test]
    fn a_new_straight_quote_after_an_unclosed_one() {
        let t = "\"A, she said. \"B,\" he said.";
        assert_eq!(quoted(t), ["B,"]);
    }

    #[test]
    fn marks_in_markup_are_skipped() {
        let t = r#"<tweet author="@x">Hi</tweet> and “real” quote."#;
        let skip = crate::quote::markup_spans(t);
        let p = pair(t, &paragraphs(t), &skip);
        assert_eq!(p.quotations.len(), 1);
        assert_eq!(p.quotations[0].content().slice(t), "real");
    }
}
