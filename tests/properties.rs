//! Properties over arbitrary text: analysis never panics, every span lies in
//! bounds and on char boundaries, and every record's text is the document's
//! text at its offsets.

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
        "[A-Za-z]{1,8}",
        "\\PC{1,4}",
    ];
    proptest::collection::vec(piece, 0..60).prop_map(|v| v.concat())
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
}

#[test]
fn many_quotation_marks() {
    check(&"“".repeat(100_000));
    check(&"\"a ".repeat(50_000));
    check(&"‘".repeat(50_000));
}
