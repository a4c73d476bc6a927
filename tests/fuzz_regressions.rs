//! Every input under `fuzz/regressions/` (crashes and slow cases found by
//! fuzzing and testing) replayed through the checks of the fuzz targets.

use std::path::{Path, PathBuf};

use whosaid::input::{Decoding, decode_with, html, html_declared_encoding};
use whosaid::output::DocumentRecord;

fn inputs(target: &str) -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("fuzz/regressions")
        .join(target);
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .unwrap_or_else(|e| panic!("{}: {e}", dir.display()))
        .map(|e| e.expect("directory entry").path())
        .collect();
    files.sort();
    assert!(!files.is_empty(), "{} has regression inputs", dir.display());
    files
}

/// The checks of `fuzz/fuzz_targets/analyze.rs`.
fn check_analysis(text: &str) {
    let analysis = whosaid::analyze(text);
    let in_bounds = |s: &whosaid::Span| {
        s.start <= s.end
            && s.end <= text.len()
            && text.is_char_boundary(s.start)
            && text.is_char_boundary(s.end)
    };
    assert!(analysis.paragraphs.iter().all(in_bounds));
    for s in &analysis.sentences {
        assert!(in_bounds(&s.span));
        assert!(analysis.paragraphs[s.paragraph].contains(s.span));
    }
    for w in analysis.sentences.windows(2) {
        assert!(w[0].span.end <= w[1].span.start);
        if w[0].paragraph == w[1].paragraph {
            assert!(text[w[0].span.end..w[1].span.start].trim().is_empty());
        }
    }
    for w in analysis.quotes.windows(2) {
        assert!(w[0].span.start <= w[1].span.start);
    }
    for q in &analysis.quotes {
        assert!(in_bounds(&q.span));
        assert!(q.parts.iter().all(|p| in_bounds(p) && q.span.contains(*p)));
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
    let record = DocumentRecord::new("regression", text, &analysis);
    for q in record.quotes.iter().chain(&record.non_speech) {
        assert_eq!(&text[q.byte_start..q.byte_end], q.text);
    }
}

#[test]
fn analyzer_regressions() {
    for path in inputs("analyze") {
        let bytes = std::fs::read(&path).expect("readable");
        if let Ok(text) = std::str::from_utf8(&bytes) {
            check_analysis(text);
        }
    }
}

#[test]
fn html_reader_regressions() {
    for path in inputs("html") {
        let bytes = std::fs::read(&path).expect("readable");
        let declared = html_declared_encoding(&bytes);
        for lossy in [false, true] {
            let decoding = Decoding {
                encoding: None,
                lossy,
            };
            let Ok(page) = decode_with(&path, bytes.clone(), decoding, declared) else {
                assert!(!lossy || bytes.contains(&0), "{}", path.display());
                continue;
            };
            let text = html::extract_text(&page);
            assert_eq!(text.trim(), text, "{}", path.display());
            assert!(!text.contains("\n\n\n"), "{}", path.display());
            for para in text.split("\n\n").filter(|_| !text.is_empty()) {
                assert!(!para.is_empty() && para.trim() == para, "{para:?}");
            }
            check_analysis(&text);
        }
    }
}
