//! The fast path of UAX#29 sentence boundaries agrees with the full
//! algorithm, on the bundled article and on arbitrary text.

use proptest::prelude::*;
use whosaid::segment::uax29::{boundaries, boundaries_slow};

fn pieces() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just(". ".to_string()),
        Just(".".to_string()),
        Just("? ".to_string()),
        Just("!".to_string()),
        Just("...".to_string()),
        Just("…".to_string()),
        Just("“".to_string()),
        Just("” ".to_string()),
        Just("’".to_string()),
        Just(")".to_string()),
        Just(" (".to_string()),
        Just("\n".to_string()),
        Just("\r\n".to_string()),
        Just(" ".to_string()),
        Just("\u{a0}".to_string()),
        Just(", ".to_string()),
        Just("U.S.".to_string()),
        Just("3.5".to_string()),
        Just("—".to_string()),
        "[A-Z][a-z]{0,6}",
        "[a-z]{1,6}",
        "[0-9]{1,3}",
        "[À-ÿ]{1,3}",
        "\\PC{1,2}",
    ];
    proptest::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(5000))]

    #[test]
    fn fast_path_agrees_with_full_uax29(p in pieces()) {
        prop_assert_eq!(boundaries(&p), boundaries_slow(&p));
    }
}

#[test]
fn fast_path_agrees_on_the_seed_article() {
    let path = format!(
        "{}/fixtures/seed/washington-post-kerry-lavrov.txt",
        env!("CARGO_MANIFEST_DIR")
    );
    let text = std::fs::read_to_string(path).expect("the seed article");
    for p in whosaid::segment::paragraphs(&text) {
        let p = p.slice(&text);
        assert_eq!(boundaries(p), boundaries_slow(p), "{p}");
    }
}

/// The dev corpora, when `../shared/eval/data` is there: every paragraph.
/// Slow in debug builds: `cargo test --release --test segment_fast_path -- --ignored`.
#[test]
#[ignore]
fn fast_path_agrees_on_the_dev_corpora() {
    let dir = format!("{}/../shared/eval/data", env!("CARGO_MANIFEST_DIR"));
    let mut paragraphs = 0;
    for entry in std::fs::read_dir(&dir).expect("the dev corpora") {
        let path = entry.expect("entry").path();
        for line in std::fs::read_to_string(&path).expect("readable").lines() {
            let doc: serde_json::Value = serde_json::from_str(line).expect("JSON");
            let text = doc["text"].as_str().expect("text");
            for p in whosaid::segment::paragraphs(text) {
                let p = p.slice(text);
                assert_eq!(boundaries(p), boundaries_slow(p), "{}: {p}", path.display());
                paragraphs += 1;
            }
        }
    }
    assert!(paragraphs > 10_000, "{paragraphs} paragraphs");
}
