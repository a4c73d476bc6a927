//! Properties over arbitrary text: analysis never panics, every span lies in
//! bounds and on char boundaries, sentences re-join to their paragraph,
//! quotations come in text order and never start inside markup, and every
//! record's text is the document's text at its offsets. The HTML reader
//! never panics on any markup either.

use proptest::prelude::*;
use whosaid::output::DocumentRecord;

/// Text built from the pieces that make quotation detection hard.
fn texty() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("'".to_string()),
        Just("''".to_string()),
        Just("«".to_string()),
        Just("»".to_string()),
        Just("„".to_string()),
        Just("「".to_string()),
        Just("」".to_string()),
        Just("\n\n".to_string()),
        Just("\r\n".to_string()),
        Just("\n".to_string()),
        Just(" ".to_string()),
        Just(". ".to_string()),
        Just(", ".to_string()),
        Just("? ".to_string()),
        Just("Mr. ".to_string()),
        Just(" said ".to_string()),
        Just("<tweet a=\"x\">".to_string()),
        Just("<tweet id=\"1\" author=\"@a “b”\" datetime='2016'>".to_string()),
        Just("</tweet>".to_string()),
        Just("<tweet/>".to_string()),
        Just("<a href=\"x > y\">".to_string()),
        Just("<!-- \"c\" -->".to_string()),
        Just("<".to_string()),
        Just(">".to_string()),
        Just("=".to_string()),
        "[A-Za-z]{1,8}",
        "\\PC{1,4}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
}

/// Tag soup: well-formed and broken elements, text with quotation marks.
fn html_soup() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<p>".to_string()),
        Just("</p>".to_string()),
        Just("<div class=\"newsletter\">".to_string()),
        Just("<div>".to_string()),
        Just("</div>".to_string()),
        Just("<br>".to_string()),
        Just("<blockquote>".to_string()),
        Just("</blockquote>".to_string()),
        Just("<script>SCRIPT \"x\" </p> <div>".to_string()),
        Just("</script>".to_string()),
        Just("<style>SCRIPT{}</style>".to_string()),
        Just("<table><tr><td>".to_string()),
        Just("<li>".to_string()),
        Just("&ldquo;".to_string()),
        Just("&rdquo;".to_string()),
        Just("&amp;".to_string()),
        Just("&#0;".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("\"".to_string()),
        Just(" said ".to_string()),
        Just("\n".to_string()),
        Just("a < b".to_string()),
        "[A-Za-z .,]{1,12}",
        // No `<`: glued to the next piece it would make a new tag name.
        "[^<\\p{C}]{1,3}",
    ];
    proptest::collection::vec(piece, 0..50).prop_map(|v| v.concat())
}

fn check(text: &str) {
    let analysis = whosaid::analyze(text);
    for s in analysis
        .paragraphs
        .iter()
        .chain(analysis.sentences.iter().map(|s| &s.span))
    {
        assert!(s.start <= s.end && s.end <= text.len());
        assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
    }
    for w in analysis.sentences.windows(2) {
        assert!(
            w[0].span.end <= w[1].span.start,
            "sentences are ordered and disjoint"
        );
    }
    // Sentences re-join to their paragraph: each lies inside it, the first
    // starts it, the last ends it, and only whitespace lies between.
    for (i, para) in analysis.paragraphs.iter().enumerate() {
        let sents: Vec<_> = analysis
            .sentences
            .iter()
            .filter(|s| s.paragraph == i)
            .map(|s| s.span)
            .collect();
        assert!(!sents.is_empty(), "paragraph {i} has sentences");
        assert_eq!(sents[0].start, para.start);
        assert_eq!(sents[sents.len() - 1].end, para.end);
        for s in &sents {
            assert!(para.contains(*s));
        }
        for w in sents.windows(2) {
            assert!(
                text[w[0].end..w[1].start].trim().is_empty(),
                "only whitespace between sentences: {:?}",
                &text[w[0].end..w[1].start]
            );
        }
    }
    for w in analysis.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start, "quotations in order");
    }
    let markup = whosaid::quote::markup_spans(text);
    for q in &analysis.quotes {
        // The opening mark ends where the content starts.
        assert!(
            !markup
                .iter()
                .any(|m| m.start < q.span.start && q.span.start <= m.end),
            "a quotation opened inside markup: {:?}",
            q.span.slice(text)
        );
    }
    for q in &analysis.quotes {
        for s in std::iter::once(&q.span).chain(&q.parts) {
            assert!(s.start <= s.end && s.end <= text.len());
            assert!(text.is_char_boundary(s.start) && text.is_char_boundary(s.end));
        }
    }
    let record = DocumentRecord::new("p", text, &analysis);
    let chars: Vec<char> = text.chars().collect();
    for q in record.quotes.iter().chain(&record.non_speech) {
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
        assert_eq!(&text[q.byte_start..q.byte_end], q.text);
    }
    for w in &record.warnings {
        assert!(w.offset <= chars.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(2000))]

    #[test]
    fn quote_heavy_text_never_breaks_an_invariant(text in texty()) {
        check(&text);
    }

    #[test]
    fn any_string_never_breaks_an_invariant(text in "\\PC*") {
        check(&text);
    }

    #[test]
    fn any_markup_gives_clean_article_text(text in html_soup()) {
        let extracted = whosaid::input::html::extract_text(&text);
        prop_assert_eq!(extracted.trim(), extracted.as_str());
        prop_assert!(!extracted.contains("\n\n\n"));
        prop_assert!(!extracted.contains("SCRIPT"), "script content never leaks");
        check(&extracted);
    }
}

#[test]
fn many_quotation_marks() {
    check(&"“".repeat(100_000));
    check(&"\"a ".repeat(50_000));
    check(&"‘".repeat(50_000));
}
