//! The analyzer on any text: never panics, and every span of the analysis
//! and every record lies in bounds, on char boundaries, in order.

#![no_main]

use libfuzzer_sys::fuzz_target;
use whosaid::output::DocumentRecord;

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else {
        return;
    };
    let analysis = whosaid::analyze(text);
    let in_bounds = |s: &whosaid::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    for p in &analysis.paragraphs {
        assert!(in_bounds(p));
    }
    for s in &analysis.sentences {
        assert!(in_bounds(&s.span));
        let para = analysis.paragraphs[s.paragraph];
        assert!(
            para.contains(s.span),
            "a sentence lies inside its paragraph"
        );
    }
    for w in analysis.sentences.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
        if w[0].paragraph == w[1].paragraph {
            assert!(text[w[0].span.end..w[1].span.start].trim().is_empty());
        }
    }
    for w in analysis.quotes.windows(2) {
        assert!(
            w[0].span.start <= w[1].span.start,
            "quotations in text order"
        );
    }
    for q in &analysis.quotes {
        assert!(in_bounds(&q.span));
        for p in &q.parts {
            assert!(in_bounds(p) && q.span.contains(*p));
        }
    }
    // Markup is never a quotation: no quotation starts inside a tag.
    let markup = whosaid::quote::markup_spans(text);
    for q in &analysis.quotes {
        let i = markup.partition_point(|m| m.end <= q.span.start);
        assert!(
            markup.get(i).is_none_or(|m| q.span.start <= m.start),
            "a quotation starts inside markup"
        );
    }
    let record = DocumentRecord::new("fuzz", text, &analysis);
    for q in record.quotes.iter().chain(&record.non_speech) {
        assert_eq!(&text[q.byte_start..q.byte_end], q.text);
    }
    // Deterministic: the same text gives the same record.
    assert_eq!(
        record,
        DocumentRecord::new("fuzz", text, &whosaid::analyze(text))
    );
});
