//! The bundled example: the Washington Post article on Kerry and Lavrov,
//! checked against its hand-made gold file.

mod common;

use serde::Deserialize;
use whosaid::output::DocumentRecord;

#[derive(Deserialize)]
struct GoldQuote {
    start: usize,
    end: usize,
    text: String,
    kind: String,
}

#[derive(Deserialize)]
struct Gold {
    text: String,
    quotes: Vec<GoldQuote>,
}

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/seed/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"))
}

fn seed() -> (String, Gold, DocumentRecord) {
    let text = fixture("washington-post-kerry-lavrov.txt");
    let gold: Gold = serde_json::from_str(&fixture("washington-post-kerry-lavrov.gold.jsonl"))
        .expect("gold parses");
    assert_eq!(
        gold.text, text,
        "the gold file annotates the bundled article"
    );
    let record = DocumentRecord::new("seed", &text, &whosaid::analyze(&text));
    (text, gold, record)
}

#[test]
fn all_direct_and_partial_quotations_with_exact_spans() {
    let (_, gold, record) = seed();
    for kind in ["direct", "partial"] {
        let want: Vec<(usize, usize, &str)> = gold
            .quotes
            .iter()
            .filter(|q| q.kind == kind)
            .map(|q| (q.start, q.end, q.text.as_str()))
            .collect();
        let got: Vec<(usize, usize, &str)> = record
            .quotes
            .iter()
            .filter(|q| q.kind == kind)
            .map(|q| (q.start, q.end, q.text.as_str()))
            .collect();
        assert_eq!(got, want, "{kind} quotations");
    }
    assert_eq!(gold.quotes.iter().filter(|q| q.kind == "direct").count(), 5);
    assert_eq!(
        gold.quotes.iter().filter(|q| q.kind == "partial").count(),
        3
    );
}

#[test]
fn the_series_title_in_the_boilerplate_is_not_speech() {
    let (_, _, record) = seed();
    assert!(record.quotes.iter().all(|q| !q.text.contains("Caliphate")));
    assert_eq!(common::non_speech(&record), common::SEED_SERIES_TITLES);
}

#[test]
fn offsets_are_code_points_and_bytes_of_the_same_text() {
    let (text, _, record) = seed();
    let chars: Vec<char> = text.chars().collect();
    for q in record.quotes.iter().chain(&record.non_speech) {
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
        assert_eq!(&text[q.byte_start..q.byte_end], q.text);
    }
}

#[test]
fn every_item_has_its_gold_speaker() {
    let (_, _, record) = seed();
    #[derive(Deserialize)]
    struct Speaker {
        speaker: String,
        kind: String,
        text: String,
    }
    let gold: Vec<Speaker> = serde_json::from_str::<serde_json::Value>(&fixture(
        "washington-post-kerry-lavrov.gold.jsonl",
    ))
    .ok()
    .and_then(|v| serde_json::from_value(v["quotes"].clone()).ok())
    .expect("gold quotes with speakers");
    let got: Vec<(&str, &str, Option<&str>)> = record
        .quotes
        .iter()
        .map(|q| (q.text.as_str(), q.kind.as_str(), q.speaker.as_deref()))
        .collect();
    let want: Vec<(&str, &str, Option<&str>)> = gold
        .iter()
        .map(|q| (q.text.as_str(), q.kind.as_str(), Some(q.speaker.as_str())))
        .collect();
    assert_eq!(got, want);
    assert_eq!(gold.len(), 11);
}

#[test]
fn the_speakers_table_has_exactly_the_four_speakers() {
    let (_, _, record) = seed();
    type Row<'a> = (&'a str, Option<&'a str>, &'a str, usize, usize, usize);
    let rows: Vec<Row> = record
        .speakers
        .iter()
        .map(|s| {
            (
                s.name.as_str(),
                s.role.as_deref(),
                s.kind.as_str(),
                s.direct,
                s.partial,
                s.indirect,
            )
        })
        .collect();
    assert_eq!(
        rows,
        [
            (
                "Victoria Nuland",
                Some("State Department spokeswoman"),
                "named",
                4,
                1,
                3
            ),
            ("one reporter", None, "nominal", 0, 1, 0),
            ("another reporter", None, "nominal", 1, 0, 0),
            ("Hillary Rodham Clinton", Some("Democrat"), "named", 0, 1, 0),
        ]
    );
}

#[test]
fn every_attribution_says_why() {
    let (_, _, record) = seed();
    for q in &record.quotes {
        assert!(
            q.rule.is_some() && q.cue.is_some() && q.speaker_mention.is_some(),
            "{q:?}"
        );
        assert!(q.confidence.is_some_and(|c| c > 0.0 && c <= 1.0));
    }
    let she = record
        .quotes
        .iter()
        .find(|q| q.text.starts_with("From our perspective"))
        .expect("the quote");
    assert_eq!(
        (she.speaker_mention.as_deref(), she.speaker_kind.as_deref()),
        (Some("she"), Some("pronoun-resolved"))
    );
}
