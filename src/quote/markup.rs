//! Markup left inside plain text (`<tweet id="1" author="@x">`, `</p>`,
//! `<br/>`, `<!-- … -->`): its attribute values are never quotations. The
//! words between tags are text like any other.

use std::sync::LazyLock;

use regex::Regex;

use crate::span::Span;

/// A start or end tag (attribute values may be quoted, and a quoted value
/// may hold `<` and `>`), a comment, a doctype or a processing instruction.
/// The regex crate matches in linear time, so a stray `<` costs little.
static TAG: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(concat!(
        r#"</?[A-Za-z][A-Za-z0-9:_.-]*"#,
        r#"(?:\s+(?:[^<>"'\s=/]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s<>"']+))?\s*)*)?"#,
        r#"\s*/?>"#,
        r#"|<!--[\s\S]*?-->"#,
        r#"|<![A-Za-z][^<>]*>"#,
        r#"|<\?[A-Za-z][^<>]*\?>"#,
    ))
    .expect("valid tag pattern")
});

/// Byte spans of the tags in `text`, in order and disjoint.
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

    fn tags(t: &str) -> Vec<&str> {
        markup_spans(t).iter().map(|s| s.slice(t)).collect()
    }

    #[test]
    fn finds_tags_with_quoted_attributes() {
        let t = r#"a <tweet id="1" author="@x">hi</tweet>. b < c and d > e"#;
        assert_eq!(tags(t), [r#"<tweet id="1" author="@x">"#, "</tweet>"]);
    }

    /// The shapes of tweet markup in the PolNeAr articles.
    #[test]
    fn polnear_tweet_markup() {
        for tag in [
            "<tweet/>",
            r#"<tweet tweet-id="672138506081275904">"#,
            r#"<tweet id="699320266804092929" author="@TheLloydGrove" datetime="2016-02-15">"#,
            r#"<tweet tweet-author="@realDonaldTrump" tweet-date="June 29, 2016">"#,
            r#"<tweet pic="pic.twitter.com/x" author="@a" timestamp="1:02 PM" tweet_id="7">"#,
            r#"<a href="https://t.co/x">"#,
            "</a>",
        ] {
            let t = format!("Before {tag}“Inside,” he said. After");
            assert_eq!(tags(&t), [tag], "{tag}");
        }
    }

    #[test]
    fn quoted_values_may_hold_angle_brackets_and_other_quotes() {
        let t = r#"x <a title="a > b" data-q='say "hi"'>link</a> y"#;
        assert_eq!(tags(t), [r#"<a title="a > b" data-q='say "hi"'>"#, "</a>"]);
        let t = "<p\nclass=\"lead\"\n>Text";
        assert_eq!(tags(t), ["<p\nclass=\"lead\"\n>"]);
    }

    #[test]
    fn comments_doctypes_and_processing_instructions() {
        let t = r#"<!DOCTYPE html><?xml version="1.0"?><!-- "not" a quote -->Text"#;
        assert_eq!(
            tags(t),
            [
                "<!DOCTYPE html>",
                r#"<?xml version="1.0"?>"#,
                r#"<!-- "not" a quote -->"#
            ]
        );
    }

    #[test]
    fn prose_with_angle_brackets_is_not_markup() {
        assert!(tags("if a < b and c > d, \"x\" < 3").is_empty());
        assert!(tags("<3 love it> \"yes\"").is_empty());
        assert!(tags("an unclosed <tweet id=\"1\" and more text").is_empty());
    }
}
