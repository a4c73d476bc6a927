//! Paragraph boundaries.

use crate::span::Span;

/// A line of text without its terminator (`\n`, `\r\n` or `\r`).
#[derive(Clone, Copy, Debug)]
struct Line {
    span: Span,
    blank: bool,
}

fn lines(text: &str) -> Vec<Line> {
    let bytes = text.as_bytes();
    let mut out = Vec::new();
    let mut start = 0;
    let mut i = 0;
    while let Some(k) = memchr::memchr2(b'\n', b'\r', &bytes[i..]) {
        i += k;
        let span = Span::new(start, i);
        out.push(Line {
            span,
            blank: span.slice(text).trim().is_empty(),
        });
        i += if bytes[i] == b'\r' && bytes.get(i + 1) == Some(&b'\n') {
            2
        } else {
            1
        };
        start = i;
    }
    if start < text.len() {
        let span = Span::new(start, text.len());
        out.push(Line {
            span,
            blank: span.slice(text).trim().is_empty(),
        });
    }
    out
}

/// Is the text hard-wrapped, like a Project Gutenberg book? Then single line
/// breaks are not paragraph breaks.
fn hard_wrapped(text: &str, lines: &[Line]) -> bool {
    let mut followed = 0usize;
    let mut wrapped = 0usize;
    for pair in lines.windows(2) {
        if pair[0].blank || pair[1].blank {
            continue;
        }
        followed += 1;
        let n = pair[0].span.slice(text).chars().count();
        if (40..=80).contains(&n) {
            wrapped += 1;
        }
    }
    followed >= 5 && wrapped * 4 >= followed * 3
}

/// Does `line` continue the paragraph of the line before it?
fn continues(text: &str, line: &Line) -> bool {
    line.span
        .slice(text)
        .trim_start()
        .chars()
        .next()
        .is_some_and(|c| c.is_lowercase())
}

/// Paragraph spans (trimmed, non-empty), in order.
pub fn paragraphs(text: &str) -> Vec<Span> {
    let lines = lines(text);
    let has_blank = lines.iter().any(|l| l.blank);
    let soft_breaks = has_blank && hard_wrapped(text, &lines);
    let mut out = Vec::new();
    let mut current: Option<Span> = None;
    for line in &lines {
        if line.blank {
            if let Some(p) = current.take() {
                out.push(p);
            }
            continue;
        }
        current = match current {
            Some(p) if soft_breaks || continues(text, line) => {
                Some(Span::new(p.start, line.span.end))
            }
            Some(p) => {
                out.push(p);
                Some(line.span)
            }
            None => Some(line.span),
        };
    }
    out.extend(current);
    out.into_iter()
        .map(|p| p.trim(text))
        .filter(|p| !p.is_empty())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(t: &str) -> Vec<&str> {
        paragraphs(t).iter().map(|p| p.slice(t)).collect()
    }

    #[test]
    fn blank_lines_separate_paragraphs() {
        assert_eq!(
            texts("One.\n\n  Two.\n \nThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn crlf_and_cr_line_ends() {
        assert_eq!(
            texts("One.\r\n\r\nTwo.\r\rThree."),
            ["One.", "Two.", "Three."]
        );
    }

    #[test]
    fn single_breaks_separate_paragraphs_in_unwrapped_text() {
        assert_eq!(
            texts("Headline\nFirst para.\nSecond para."),
            ["Headline", "First para.", "Second para."]
        );
    }

    #[test]
    fn a_line_starting_in_lower_case_continues_its_paragraph() {
        assert_eq!(
            texts("He is a serial liar,\nracist and birther."),
            ["He is a serial liar,\nracist and birther."]
        );
    }

    #[test]
    fn hard_wrapped_text_keeps_its_lines_together() {
        let line = "This line is wrapped at a fixed width like a novel";
        let para = [line; 6].join("\n");
        let text = format!("{para}\n\n{para}");
        assert_eq!(paragraphs(&text).len(), 2);
    }

    #[test]
    fn empty_and_blank_text_have_no_paragraphs() {
        assert!(paragraphs("").is_empty());
        assert!(paragraphs(" \n\r\n ").is_empty());
    }
}
