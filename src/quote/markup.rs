//! Markup left inside plain text (`<tweet id="1" author="@x">`, `</p>`,
//! `<br/>`): its attribute values are never quotations.

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Span;

static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r#"</?[A-Za-z][A-Za-z0-9:_-]*(?:\s+[^<>]{0,2000}?)?/?>"#).expect("valid tag pattern")
});

/// Byte spans of the tags in `text`, in order.
pub fn markup_spans(text: &str) -> Vec<Span> {
    if memchr::memchr(b'<', text.as_bytes()).is_none() {
        return Vec::new();
    }
    TAG.find_iter(text)
        .map(|m| Span::new(m.start(), m.end()))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_tags_with_quoted_attributes() {
        let t = r#"a <tweet id="1" author="@x">hi</tweet>. b < c and d > e"#;
        let tags: Vec<&str> = markup_spans(t).iter().map(|s| s.slice(t)).collect();
        assert_eq!(tags, [r#"<tweet id="1" author="@x">"#, "</tweet>"]);
    }
}
