//! The article text of a saved web page.
//!
//! The page is parsed with a real HTML5 parser (`scraper`, i.e. html5ever,
//! which repairs broken markup the way browsers do). Its text is then read
//! in document order:
//!
//! - every block element (`p`, `div`, `h1`–`h6`, `li`, `blockquote`, `td`, …)
//!   starts and ends a paragraph; paragraphs are separated by a blank line,
//!   and `<br>` is a line break inside one (two in a row end it);
//! - whitespace collapses as in a browser; character references are decoded;
//! - `<blockquote>` is kept (pull quotes and embedded tweets are quotations);
//! - what is never article text is left out with everything inside it:
//!   `head`, `script`, `style`, `noscript`, `template`, `nav`, `footer`,
//!   `aside`, `form`, `button`, `svg`, media and form controls, a `header`
//!   outside an `article` (a header inside one holds the headline and is
//!   kept), hidden elements (`hidden`, `aria-hidden="true"`,
//!   `display: none`), and landmark roles of site furniture;
//! - site furniture is recognised by data, not code: an element whose class
//!   or id contains a marker of `lexicon/data/boilerplate_markers.txt`
//!   (`newsletter`, `comments`, `related`, `promo`, …) is left out, and so is
//!   a short block whose text is a phrase of
//!   `lexicon/data/boilerplate_phrases.txt` ("Please provide a valid email
//!   address.", "You’re all set!").
//!
//! The offsets of the analysis refer to the text returned here.

use std::collections::HashSet;
use std::sync::LazyLock;

use ego_tree::iter::Edge;
use scraper::node::Element;
use scraper::{Html, Node};

use crate::lexicon;

/// Elements whose content is never article text.
const DROPPED: &[&str] = &[
    "applet", "audio", "button", "canvas", "datalist", "dialog", "embed", "footer", "form",
    "frame", "frameset", "head", "iframe", "input", "map", "math", "menu", "meter", "nav",
    "noembed", "noframes", "noscript", "object", "option", "output", "progress", "script",
    "select", "style", "svg", "template", "textarea", "video", "aside",
];

/// Elements that start and end a paragraph.
const BLOCKS: &[&str] = &[
    "address",
    "article",
    "blockquote",
    "body",
    "caption",
    "center",
    "dd",
    "details",
    "div",
    "dl",
    "dt",
    "figcaption",
    "figure",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "header",
    "hgroup",
    "hr",
    "li",
    "main",
    "ol",
    "p",
    "pre",
    "section",
    "summary",
    "table",
    "tbody",
    "td",
    "tfoot",
    "th",
    "thead",
    "tr",
    "ul",
];

/// ARIA landmark roles of site furniture.
const DROPPED_ROLES: &[&str] = &[
    "alert",
    "banner",
    "complementary",
    "contentinfo",
    "dialog",
    "navigation",
    "search",
];

/// Elements never left out for their class or id.
const CONTAINERS: &[&str] = &["article", "body", "html", "main"];

/// A block of at most this many words may be boilerplate by its phrase.
const MAX_BOILERPLATE_WORDS: usize = 40;

static MARKERS: LazyLock<Vec<&'static str>> = LazyLock::new(|| {
    lexicon::entries(include_str!("../lexicon/data/boilerplate_markers.txt")).collect()
});

/// Boilerplate phrases: whole blocks, prefixes (`… *`) and suffixes (`* …`).
struct Phrases {
    whole: HashSet<&'static str>,
    prefixes: Vec<&'static str>,
    suffixes: Vec<&'static str>,
}

static PHRASES: LazyLock<Phrases> = LazyLock::new(|| {
    let mut p = Phrases {
        whole: HashSet::new(),
        prefixes: Vec::new(),
        suffixes: Vec::new(),
    };
    for line in lexicon::entries(include_str!("../lexicon/data/boilerplate_phrases.txt")) {
        if let Some(prefix) = line.strip_suffix(" *") {
            p.prefixes.push(prefix);
        } else if let Some(suffix) = line.strip_prefix("* ") {
            p.suffixes.push(suffix);
        } else {
            p.whole.insert(line);
        }
    }
    p
});

/// A block's text as boilerplate phrases are written: lower case, without
/// apostrophes, other punctuation as single spaces.
fn normalize(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut space = false;
    for c in text.chars() {
        if matches!(c, '\'' | '’' | '‘' | 'ʼ') {
            continue;
        }
        if c.is_alphanumeric() {
            if space && !out.is_empty() {
                out.push(' ');
            }
            space = false;
            out.extend(c.to_lowercase());
        } else {
            space = true;
        }
    }
    out
}

/// Is the block `text` (one paragraph) newsletter or widget boilerplate?
pub fn is_boilerplate(text: &str) -> bool {
    if text.split_whitespace().nth(MAX_BOILERPLATE_WORDS).is_some() {
        return false;
    }
    let n = normalize(text);
    let phrases = &*PHRASES;
    let at_word_end = |rest: &str| rest.is_empty() || rest.starts_with(' ');
    phrases.whole.contains(n.as_str())
        || phrases
            .prefixes
            .iter()
            .any(|p| n.strip_prefix(p).is_some_and(at_word_end))
        || phrases.suffixes.iter().any(|s| {
            n.strip_suffix(s)
                .is_some_and(|r| r.is_empty() || r.ends_with(' '))
        })
}

/// Does a class name or id mark site furniture?
fn marks_furniture(name: &str) -> bool {
    let squashed: String = name
        .chars()
        .filter(|c| !matches!(c, '-' | '_'))
        .flat_map(char::to_lowercase)
        .collect();
    MARKERS.iter().any(|m| squashed.contains(m))
}

/// Is this element, and everything inside it, left out?
fn dropped(e: &Element, in_article: bool) -> bool {
    let name = e.name();
    if DROPPED.contains(&name) || (name == "header" && !in_article) {
        return true;
    }
    if e.attr("hidden").is_some()
        || e.attr("aria-hidden")
            .is_some_and(|v| v.trim().eq_ignore_ascii_case("true"))
    {
        return true;
    }
    if let Some(style) = e.attr("style") {
        let s: String = style
            .chars()
            .filter(|c| !c.is_whitespace())
            .flat_map(char::to_lowercase)
            .collect();
        if s.contains("display:none") || s.contains("visibility:hidden") {
            return true;
        }
    }
    if e.attr("role").is_some_and(|r| {
        r.split_whitespace()
            .any(|r| DROPPED_ROLES.iter().any(|d| r.eq_ignore_ascii_case(d)))
    }) {
        return true;
    }
    !CONTAINERS.contains(&name)
        && (e.classes().any(marks_furniture) || e.id().is_some_and(marks_furniture))
}

/// Collects paragraphs.
#[derive(Default)]
struct Text {
    out: String,
    current: String,
    space: bool,
}

impl Text {
    fn push_text(&mut self, t: &str) {
        for c in t.chars() {
            if matches!(c, ' ' | '\t' | '\n' | '\r' | '\x0C') {
                self.space = true;
                continue;
            }
            if self.space && !self.current.is_empty() && !self.current.ends_with('\n') {
                self.current.push(' ');
            }
            self.space = false;
            self.current.push(c);
        }
    }

    fn line_break(&mut self) {
        if self.current.ends_with('\n') {
            self.end_paragraph();
        } else if !self.current.trim().is_empty() {
            self.current.truncate(self.current.trim_end().len());
            self.current.push('\n');
            self.space = false;
        }
    }

    fn end_paragraph(&mut self) {
        self.space = false;
        let para = self.current.trim();
        if !para.is_empty() && !is_boilerplate(para) {
            if !self.out.is_empty() {
                self.out.push_str("\n\n");
            }
            self.out.push_str(para);
        }
        self.current.clear();
    }
}

/// The article text of the HTML page `html`: its paragraphs, separated by
/// blank lines. Never fails: any byte soup is some HTML.
pub fn extract_text(html: &str) -> String {
    let page = Html::parse_document(html);
    let mut text = Text::default();
    // The element being left out, until it closes.
    let mut skipping = None;
    let mut articles = 0usize;
    for edge in page.tree.root().traverse() {
        match edge {
            Edge::Open(node) if skipping.is_none() => match node.value() {
                Node::Text(t) => text.push_text(t),
                Node::Element(e) => {
                    if dropped(e, articles > 0) {
                        skipping = Some(node.id());
                        continue;
                    }
                    let name = e.name();
                    if name == "article" {
                        articles += 1;
                    }
                    if name == "br" {
                        text.line_break();
                    } else if BLOCKS.contains(&name) {
                        text.end_paragraph();
                    }
                }
                _ => {}
            },
            Edge::Open(_) => {}
            Edge::Close(node) => {
                if skipping.is_some() {
                    if skipping == Some(node.id()) {
                        skipping = None;
                    }
                    continue;
                }
                if let Node::Element(e) = node.value() {
                    let name = e.name();
                    if name == "article" {
                        articles = articles.saturating_sub(1);
                    }
                    if BLOCKS.contains(&name) {
                        text.end_paragraph();
                    }
                }
            }
        }
    }
    text.end_paragraph();
    text.out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paragraphs_from_blocks_and_inline_text_joined() {
        let page = "<html><body><h1>Title</h1><p>One <b>bold</b>\n  word.</p>\
                    <div>Two<br>lines</div><ul><li>a</li><li>b</li></ul></body></html>";
        assert_eq!(
            extract_text(page),
            "Title\n\nOne bold word.\n\nTwo\nlines\n\na\n\nb"
        );
    }

    #[test]
    fn scripts_styles_navigation_and_forms_are_dropped() {
        let page = "<head><title>T</title><style>p{}</style></head><body>\
            <header><a href=/>Home</a></header><nav><a>World</a></nav>\
            <script>var q = \"“not a quote”\";</script><noscript>Enable JS</noscript>\
            <p>“Kept,” she said.</p><form><label>Email</label><button>Go</button></form>\
            <aside>Related</aside><footer>© Post</footer><svg><text>x</text></svg></body>";
        assert_eq!(extract_text(page), "“Kept,” she said.");
    }

    #[test]
    fn blockquotes_and_article_headers_are_kept() {
        let page = "<body><header>Site</header><article><header><h1>Headline</h1></header>\
            <p>Intro.</p><blockquote class=\"twitter-tweet\"><p>“We won,” he wrote.</p>\
            </blockquote></article></body>";
        assert_eq!(
            extract_text(page),
            "Headline\n\nIntro.\n\n“We won,” he wrote."
        );
    }

    #[test]
    fn furniture_is_recognised_by_class_id_role_and_hiding() {
        let page = "<body class=\"promo-page\"><main id=\"related-main\">\
            <p>Article.</p>\
            <div class=\"wp-newsletter_signup\"><p>Get news</p></div>\
            <section id=\"Comments\"><p>Nice!</p></section>\
            <div role=\"complementary\">Side</div><div hidden>Hidden</div>\
            <p aria-hidden=\"true\">Aria</p><p style=\"DISPLAY: none\">Styled</p>\
            <ul class=\"related-links\"><li>Other story</li></ul>\
            </main></body>";
        assert_eq!(extract_text(page), "Article.");
    }

    #[test]
    fn boilerplate_phrases_drop_short_blocks_only() {
        assert!(is_boilerplate("Please provide a valid email address."));
        assert!(is_boilerplate("You’re all set!"));
        assert!(is_boilerplate(
            "Sign up for email updates from the \"Confronting the Caliphate\" series."
        ));
        assert!(is_boilerplate("Campaign 2016 Email Updates"));
        assert!(is_boilerplate("Get Zika news by email"));
        assert!(!is_boilerplate(
            "Please provide a valid email address to the clerk."
        ));
        assert!(!is_boilerplate("Signs of trouble appeared early."));
        assert!(!is_boilerplate(
            "Sign-ups rose 10 percent, the agency said."
        ));
        let long = format!("Sign up {}", "for the draft, he said, ".repeat(10));
        assert!(
            !is_boilerplate(&long),
            "a long paragraph is never boilerplate"
        );
        let page = "<div class=\"x1\">Please provide a valid email address.</div><p>Real.</p>";
        assert_eq!(extract_text(page), "Real.");
    }

    #[test]
    fn entities_whitespace_and_broken_markup() {
        assert_eq!(
            extract_text("<p>&ldquo;Hi,&rdquo;&nbsp;she said &amp; left.<p>Next"),
            "“Hi,”\u{a0}she said & left.\n\nNext"
        );
        assert_eq!(extract_text(""), "");
        assert_eq!(extract_text("plain words"), "plain words");
        assert_eq!(extract_text("<p>a<br><br>b</p>"), "a\n\nb");
        assert_eq!(extract_text("<<<>>></p></div>&&;"), "<<<>>>\n\n&&;");
    }

    /// The walk is iterative, so depth costs no stack. (The HTML5 tree
    /// builder's scope checks make very deep nesting quadratic, so the
    /// depth here is kept modest; see reports/fuzzing.md.)
    #[test]
    fn deep_nesting_does_not_overflow_the_stack() {
        let page = format!("{}“Deep,” he said.", "<div><span>".repeat(3_000));
        assert_eq!(extract_text(&page), "“Deep,” he said.");
    }
}
