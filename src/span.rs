//! Byte spans inside a document's text, and the conversion of byte offsets to
//! code point offsets (the unit of the eval format and of every output record).

use serde::Serialize;

/// A half-open byte range `start..end` into a document's text.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize)]
pub struct Span {
    pub start: usize,
    pub end: usize,
}

impl Span {
    pub const fn new(start: usize, end: usize) -> Self {
        Span { start, end }
    }

    pub const fn len(&self) -> usize {
        self.end - self.start
    }

    pub const fn is_empty(&self) -> bool {
        self.start >= self.end
    }

    pub const fn contains(&self, other: Span) -> bool {
        self.start <= other.start && other.end <= self.end
    }

    pub const fn contains_offset(&self, offset: usize) -> bool {
        self.start <= offset && offset < self.end
    }

    pub fn slice<'t>(&self, text: &'t str) -> &'t str {
        &text[self.start..self.end]
    }

    /// The same span with leading and trailing whitespace removed.
    pub fn trim(&self, text: &str) -> Span {
        let s = self.slice(text);
        let lead = s.len() - s.trim_start().len();
        let trimmed = s.trim();
        Span::new(self.start + lead, self.start + lead + trimmed.len())
    }
}

/// Converts byte offsets to code point offsets and back. Conversions are cheapest when
/// offsets are asked for in increasing order (the cursor moves forward), which
/// is how output writers walk a document; going backwards restarts the count.
pub struct CharOffsets<'t> {
    text: &'t str,
    ascii: bool,
    byte: usize,
    chars: usize,
}

impl<'t> CharOffsets<'t> {
    pub fn new(text: &'t str) -> Self {
        CharOffsets {
            text,
            ascii: text.is_ascii(),
            byte: 0,
            chars: 0,
        }
    }

    /// Code point offset of the byte offset `byte` (which must lie on a char
    /// boundary, as every span of the analysis does).
    pub fn char_offset(&mut self, byte: usize) -> usize {
        if self.ascii {
            return byte;
        }
        if byte < self.byte {
            self.byte = 0;
            self.chars = 0;
        }
        self.chars += self.text[self.byte..byte].chars().count();
        self.byte = byte;
        self.chars
    }

    /// Byte offset of the code point offset `chars`; `None` past the end of
    /// the text.
    pub fn byte_offset(&mut self, chars: usize) -> Option<usize> {
        if self.ascii {
            return (chars <= self.text.len()).then_some(chars);
        }
        if chars < self.chars {
            self.byte = 0;
            self.chars = 0;
        }
        let rest = &self.text[self.byte..];
        let skip = chars - self.chars;
        let b = match rest.char_indices().nth(skip) {
            Some((b, _)) => b,
            None if rest.chars().count() == skip => rest.len(),
            None => return None,
        };
        self.chars = chars;
        self.byte += b;
        Some(self.byte)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn byte_and_code_point_offsets_convert_both_ways() {
        let t = "a “bé” c";
        let mut o = CharOffsets::new(t);
        for (chars, byte) in t.char_indices().enumerate().map(|(c, (b, _))| (c, b)) {
            assert_eq!(o.byte_offset(chars), Some(byte));
            assert_eq!(o.char_offset(byte), chars);
        }
        // Backwards, at the end, and past it.
        assert_eq!(o.byte_offset(2), Some(2));
        assert_eq!(o.byte_offset(8), Some(t.len()));
        assert_eq!(o.byte_offset(9), None);
        let mut ascii = CharOffsets::new("abc");
        assert_eq!(
            (ascii.byte_offset(3), ascii.byte_offset(4)),
            (Some(3), None)
        );
    }

    #[test]
    fn trim_drops_outer_whitespace_only() {
        let t = "  a b \n";
        assert_eq!(Span::new(0, t.len()).trim(t), Span::new(2, 5));
        assert_eq!(Span::new(0, 2).trim(t), Span::new(2, 2));
    }

    #[test]
    fn char_offsets_count_code_points_in_any_order() {
        let t = "“Hi,” she said — élan";
        let mut c = CharOffsets::new(t);
        let she = t.find("she").unwrap();
        let elan = t.find("élan").unwrap();
        assert_eq!(c.char_offset(she), 6);
        assert_eq!(c.char_offset(elan), 17);
        assert_eq!(c.char_offset(she), 6);
        assert_eq!(c.char_offset(t.len()), t.chars().count());
    }
}
