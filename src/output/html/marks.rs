//! Highlighted spans that may nest or overlap, turned into a tree of marks.
//!
//! Quotation records do not overlap, except that a partial quotation may lie
//! inside the span of reported speech; but nothing stops two records from
//! crossing, so the tree is built for any spans: a span that crosses the end
//! of an enclosing one is split there and continues in a second mark.

use crate::span::Span;

/// A span to highlight; `id` says what it is (an index of the caller's).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Segment {
    pub span: Span,
    pub id: usize,
}

/// Text, or a mark around more nodes.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Node<'t> {
    Text(&'t str),
    Mark(usize, Vec<Node<'t>>),
}

/// The nodes of `range` of `text` with `segments` (clipped to `range`)
/// marked. Spans that share a range nest with the outer one (earlier start,
/// then later end, then lower id) outside. Segments must lie on char
/// boundaries; those that do not, or that are empty once clipped, are left out.
pub fn nest<'t>(text: &'t str, range: Span, segments: &[Segment]) -> Vec<Node<'t>> {
    let mut segs: Vec<Segment> = segments
        .iter()
        .filter_map(|s| {
            let span = Span::new(s.span.start.max(range.start), s.span.end.min(range.end));
            let ok = !span.is_empty()
                && text.is_char_boundary(span.start)
                && text.is_char_boundary(span.end);
            ok.then_some(Segment { span, id: s.id })
        })
        .collect();
    segs.sort_by_key(|s| (s.span.start, std::cmp::Reverse(s.span.end), s.id));

    let mut bounds: Vec<usize> = vec![range.start, range.end];
    bounds.extend(segs.iter().flat_map(|s| [s.span.start, s.span.end]));
    bounds.sort_unstable();
    bounds.dedup();

    // The open marks, outermost first, each with the children so far.
    let mut root: Vec<Node<'t>> = Vec::new();
    let mut open: Vec<(usize, Vec<Node<'t>>)> = Vec::new();
    fn close<'t>(root: &mut Vec<Node<'t>>, open: &mut Vec<(usize, Vec<Node<'t>>)>) {
        if let Some((id, kids)) = open.pop() {
            let parent = match open.last_mut() {
                Some((_, p)) => p,
                None => root,
            };
            parent.push(Node::Mark(id, kids));
        }
    }
    for w in bounds.windows(2) {
        let (a, b) = (w[0], w[1]);
        let Some(piece) = text.get(a..b) else {
            continue;
        };
        let chain: Vec<usize> = segs
            .iter()
            .filter(|s| s.span.start <= a && b <= s.span.end)
            .map(|s| s.id)
            .collect();
        let keep = open
            .iter()
            .zip(&chain)
            .take_while(|((open_id, _), id)| open_id == *id)
            .count();
        while open.len() > keep {
            close(&mut root, &mut open);
        }
        for &id in &chain[keep..] {
            open.push((id, Vec::new()));
        }
        match open.last_mut() {
            Some((_, kids)) => kids.push(Node::Text(piece)),
            None => root.push(Node::Text(piece)),
        }
    }
    while !open.is_empty() {
        close(&mut root, &mut open);
    }
    root
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tree as text with `[id …]` around marks.
    fn show(nodes: &[Node]) -> String {
        nodes
            .iter()
            .map(|n| match n {
                Node::Text(t) => t.to_string(),
                Node::Mark(id, kids) => format!("[{id} {}]", show(kids)),
            })
            .collect()
    }

    /// Segments numbered in the order of their spans.
    fn segments(spans: &[(usize, usize)]) -> Vec<Segment> {
        spans
            .iter()
            .enumerate()
            .map(|(id, &(s, e))| Segment {
                span: Span::new(s, e),
                id,
            })
            .collect()
    }

    fn marked(text: &str, spans: &[(usize, usize)]) -> String {
        show(&nest(text, Span::new(0, text.len()), &segments(spans)))
    }

    #[test]
    fn disjoint_spans_are_siblings() {
        assert_eq!(marked("ab cd ef", &[(0, 2), (6, 8)]), "[0 ab] cd [1 ef]");
    }

    #[test]
    fn a_span_inside_another_nests() {
        assert_eq!(
            marked("he said x y z today", &[(8, 13), (10, 11)]),
            "he said [0 x [1 y] z] today"
        );
        // Given inner first, the outer still goes outside.
        assert_eq!(marked("abcdef", &[(2, 3), (0, 6)]), "[1 ab[0 c]def]");
    }

    #[test]
    fn crossing_spans_split_the_later_one() {
        assert_eq!(
            marked("abcdefgh", &[(0, 5), (3, 8)]),
            "[0 abc[1 de]][1 fgh]"
        );
    }

    #[test]
    fn equal_spans_nest_by_id_and_shared_ends_work() {
        assert_eq!(marked("abc", &[(0, 3), (0, 3)]), "[0 [1 abc]]");
        assert_eq!(marked("abcd", &[(0, 4), (2, 4)]), "[0 ab[1 cd]]");
        assert_eq!(marked("abcd", &[(0, 4), (0, 2)]), "[0 [1 ab]cd]");
    }

    #[test]
    fn clipping_to_the_range_and_bad_spans() {
        let text = "xx “é” yy";
        let segs = [
            Segment {
                span: Span::new(0, 100),
                id: 0,
            },
            Segment {
                span: Span::new(5, 7), // starts inside “ and ends inside é
                id: 1,
            },
            Segment {
                span: Span::new(3, 3),
                id: 2,
            },
        ];
        let nodes = nest(text, Span::new(3, 11), &segs);
        assert_eq!(show(&nodes), "[0 “é”]");
    }

    #[test]
    fn text_is_kept_whole() {
        let text = "one “two” three “four five” six";
        let spans = [(7, 10), (5, 27), (16, 20), (24, 31)];
        let nodes = nest(text, Span::new(0, text.len()), &[]);
        assert_eq!(show(&nodes), text);
        let segs = segments(&spans);
        fn flat(nodes: &[Node]) -> String {
            nodes
                .iter()
                .map(|n| match n {
                    Node::Text(t) => t.to_string(),
                    Node::Mark(_, kids) => flat(kids),
                })
                .collect()
        }
        assert_eq!(flat(&nest(text, Span::new(0, text.len()), &segs)), text);
    }
}
