//! Pairing quotation marks into quotations.
//!
//! Marks are paired paragraph by paragraph with a stack. What a straight or
//! ambiguous mark does is decided from the characters around it and from
//! what is open; an apostrophe (`isn’t`, `’90s`, `Jones’ car`) is never a
//! mark. A paragraph that opens a quotation without closing it, followed by a
//! paragraph that opens with a mark of the same family, continues the
//! quotation (the news and fiction convention for quotations of several
//! paragraphs). A mark that cannot be paired becomes a warning; it never
//! swallows text beyond its paragraph.

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
#[derive(Clone, Debug, PartialEq, Eq)]
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

#[derive(Clone, Copy, Debug)]
struct Open {
    mark: char,
    at: Span,
    family: Family,
}

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

fn open_context(prev: Option<char>) -> bool {
    prev.is_none_or(|p| {
        p.is_whitespace() || matches!(p, '(' | '[' | '{' | '—' | '–' | '-' | '/' | ':' | '>')
            || classify(p).is_some_and(|(_, r)| r != Role::Close)
    })
}

fn close_context(next: Option<char>) -> bool {
    next.is_none_or(|n| !n.is_alphanumeric())
}

/// Is this single mark an apostrophe? `open` says whether a single-family
/// quotation is open, so that a closing mark after a word can end it.
fn is_apostrophe(c: char, prev: Option<char>, next: Option<char>, open: bool) -> bool {
    let letter = |x: Option<char>| x.is_some_and(char::is_alphanumeric);
    match c {
        '’' | '\'' | '‘' if letter(prev) && letter(next) => true, // isn’t, O’Brien
        '’' | '\'' | '‘' if !letter(prev) && next.is_some_and(|n| n.is_ascii_digit()) => true, // ’90s
        '’' | '\'' if letter(prev) => !open,                   // Jones’ car, goin’
        _ => false,
    }
}

/// Pair the quotation marks of `text` paragraph by paragraph. `skip` holds
/// byte spans (markup) whose marks are ignored, sorted by start.
pub fn pair(text: &str, paragraphs: &[Span], skip: &[Span]) -> Pairing {
    let mut out = Pairing::default();
    // A quotation running on from the previous paragraph, and its family.
    let mut running: Option<(Quotation, Family)> = None;
    let mut skip_at = 0;
    for (pi, para) in paragraphs.iter().enumerate() {
        let mut stack: Vec<Open> = Vec::new();
        // Quotations finished inside this paragraph whose parent is on the stack.
        let mut nested_for: Vec<Vec<Span>> = Vec::new();
        let mut current = None;
        if let Some((q, family)) = running.take() {
            let first = para.slice(text).chars().next();
            let in_markup = skip.iter().any(|s| s.contains_offset(para.start));
            match first.and_then(classify) {
                Some((f, _)) if f == family && !in_markup => {
                    // The reopening mark of the running quotation.
                    let c = first.unwrap_or_default();
                    let mark = Span::new(para.start, para.start + c.len_utf8());
                    let mut q = q;
                    q.parts.push(Part {
                        open: mark,
                        close: None,
                        content: Span::new(mark.end, para.end),
                        paragraph: pi,
                    });
                    stack.push(Open { mark: c, at: mark, family });
                    nested_for.push(Vec::new());
                    current = Some(q);
                }
                _ => out.quotations.push(q),
            }
        }
        let p = para.slice(text);
        let mut prev: Option<char> = None;
        let mut chars = p.char_indices().peekable();
        if !stack.is_empty() {
            prev = chars.next().map(|(_, c)| c);
        }
        while let Some((i, c)) = chars.next() {
            let next = chars.peek().map(|&(_, n)| n);
            let at = para.start + i;
            let this_prev = prev;
            prev = Some(c);
            let Some((family, role)) = classify(c) else {
                continue;
            };
            while skip_at < skip.len() && skip[skip_at].end <= at {
                skip_at += 1;
            }
            if skip.get(skip_at).is_some_and(|s| s.contains_offset(at)) {
                continue;
            }
            let mark = Span::new(at, at + c.len_utf8());
            let single_open = stack.iter().any(|o| o.family == Family::Single);
            if family == Family::Single && is_apostrophe(c, this_prev, next, single_open) {
                continue;
            }
            let top_accepts = stack.iter().rposition(|o| closes(o.mark, c));
            let opens = open_context(this_prev) && next.is_some_and(|n| !n.is_whitespace());
            let closes_here = !this_prev.is_none_or(char::is_whitespace) && close_context(next);
            let is_open = match role {
                Role::Open => true,
                Role::Close => false,
                Role::Either => {
                    if top_accepts.is_some() {
                        // Something this mark can close is open: close it,
                        // unless the context clearly opens a new quotation.
                        opens && !closes_here && stack.last().is_some_and(|o| o.family == family)
                    } else {
                        opens || !closes_here && next.is_some_and(|n| !n.is_whitespace())
                    }
                }
            };
            if is_open {
                if family == Family::Single && !opens {
                    continue; // a stray single mark is an apostrophe
                }
                if let Some(top) = stack.last()
                    && top.family == family
                    && matches!(family, Family::Double | Family::Guillemet)
                    && role != Role::Open
                {
                    // Same-family marks do not nest: the quotation open before
                    // this one was never closed.
                    out.warn(top.at.start, format!("quotation mark {} is never closed", top.mark));
                    stack.pop();
                    nested_for.pop();
                    if stack.is_empty() {
                        current = None;
                    }
                }
                if stack.len() >= MAX_DEPTH {
                    out.warn(at, format!("quotation mark {c} nests too deep; ignored"));
                    continue;
                }
                stack.push(Open { mark: c, at: mark, family });
                nested_for.push(Vec::new());
                continue;
            }
            let Some(k) = top_accepts else {
                if family != Family::Single {
                    out.warn(at, format!("closing quotation mark {c} has no opening mark"));
                }
                continue;
            };
            // Marks opened after the one this mark closes were never closed.
            while stack.len() > k + 1 {
                let o = stack.pop().expect("stack is longer than k + 1");
                nested_for.pop();
                if o.family != Family::Single {
                    out.warn(o.at.start, format!("quotation mark {} is never closed", o.mark));
                }
            }
            let o = stack.pop().expect("k indexes the stack");
            let nested = nested_for.pop().unwrap_or_default();
            let content = Span::new(o.at.end, at);
            if stack.is_empty() {
                let mut q = current.take().unwrap_or(Quotation { parts: Vec::new(), nested: Vec::new() });
                if let Some(last) = q.parts.last_mut()
                    && last.paragraph == pi
                    && last.close.is_none()
                {
                    last.close = Some(mark);
                    last.content = Span::new(last.open.end, at);
                } else {
                    q.parts.push(Part { open: o.at, close: Some(mark), content, paragraph: pi });
                }
                q.nested.extend(nested);
                out.quotations.push(q);
            } else if let Some(parent) = nested_for.last_mut() {
                parent.push(content);
                parent.extend(nested);
            }
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
        if let Some(bottom) = stack.first().copied() {
            for o in stack.iter().skip(1) {
                if o.family != Family::Single {
                    out.warn(o.at.start, format!("quotation mark {} is never closed", o.mark));
                }
            }
            let nested = nested_for.into_iter().flatten().collect::<Vec<_>>();
            if bottom.family != Family::Single || continues_to(bottom.family) {
                if continues_to(bottom.family) {
                    let mut q = current.take().unwrap_or(Quotation { parts: Vec::new(), nested: Vec::new() });
                    if q.parts.last().is_none_or(|l| l.paragraph != pi) {
                        q.parts.push(Part {
                            open: bottom.at,
                            close: None,
                            content: Span::new(bottom.at.end, para.end),
                            paragraph: pi,
                        });
                    }
                    q.nested.extend(nested);
                    running = Some((q, bottom.family));
                } else {
                    out.warn(
                        bottom.at.start,
                        format!("quotation mark {} is never closed in its paragraph", bottom.mark),
                    );
                    // The parts of a quotation running on from earlier
                    // paragraphs are kept: their text was quoted.
                    if let Some(mut q) = current.take() {
                        q.parts.retain(|p| p.paragraph != pi);
                        if !q.parts.is_empty() {
                            out.quotations.push(q);
                        }
                    }
                }
            }
        }
    }
    if let Some((q, _)) = running {
        out.quotations.push(q);
    }
    out.quotations.sort_by_key(|q| q.outer().start);
    out
}
