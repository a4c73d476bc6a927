//! `whosaid eval` against the referee: its figures must be those of
//! `python3 ../shared/eval/score.py` on the fixtures under `fixtures/eval/`
//! (titles, possessives, last names, aliases, null gold speakers, duplicate
//! predictions, a missing document, text-only predictions, bad offsets,
//! NFKC and non-ASCII offsets), with and without a kind filter, and on the
//! dev corpora when `../shared/eval/data` is there.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use serde_json::Value;

const GOLD: &str = "fixtures/eval/news.gold.jsonl";
const PRED: &str = "fixtures/eval/news.pred.jsonl";
const SEED_GOLD: &str = "fixtures/seed/washington-post-kerry-lavrov.gold.jsonl";

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn referee() -> PathBuf {
    let p = root().join("../shared/eval/score.py");
    assert!(p.exists(), "the referee {} is missing", p.display());
    p
}

fn run(cmd: &mut Command) -> Output {
    cmd.current_dir(root()).output().expect("the command runs")
}

fn whosaid(args: &[&str]) -> Output {
    run(Command::new(env!("CARGO_BIN_EXE_whosaid")).args(args))
}

fn score_py(gold: &str, pred: &str, kind: Option<&str>) -> Output {
    let mut cmd = Command::new("python3");
    cmd.arg(referee()).args([gold, pred, "--json"]);
    if let Some(k) = kind {
        cmd.args(["--kind", k]);
    }
    run(&mut cmd)
}

fn json(o: &Output, who: &str) -> Value {
    assert!(
        o.status.success(),
        "{who} failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
    serde_json::from_slice(&o.stdout).unwrap_or_else(|e| panic!("{who} printed no JSON: {e}"))
}

/// Every figure of score.py's report equals ours to three decimals (counts
/// exactly); ours has `per_rule` and `per_confidence` besides.
fn assert_agree(ours: &Value, theirs: &Value, path: &str) {
    match (ours, theirs) {
        (Value::Object(a), Value::Object(b)) => {
            let mut keys: Vec<&String> = a
                .keys()
                .filter(|k| *k != "per_rule" && *k != "per_confidence")
                .collect();
            let mut want: Vec<&String> = b.keys().collect();
            keys.sort();
            want.sort();
            assert_eq!(keys, want, "keys of {path}");
            for k in want {
                assert_agree(&a[k], &b[k], &format!("{path}.{k}"));
            }
        }
        (Value::Number(a), Value::Number(b)) if a.is_f64() || b.is_f64() => {
            let (a, b) = (a.as_f64().unwrap(), b.as_f64().unwrap());
            assert!((a - b).abs() < 5e-4, "{path}: whosaid {a}, score.py {b}");
        }
        _ => assert_eq!(ours, theirs, "{path}"),
    }
}

fn compare(gold: &str, pred: Option<&str>, scored_pred: &str, kind: Option<&str>) -> Value {
    let mut args = vec!["eval", "--gold", gold, "-f", "json"];
    if let Some(p) = pred {
        args.extend(["--pred", p]);
    }
    if let Some(k) = kind {
        args.extend(["--kind", k]);
    }
    let ours = json(&whosaid(&args), "whosaid eval");
    let theirs = json(&score_py(gold, scored_pred, kind), "score.py");
    assert_agree(&ours, &theirs, &format!("{gold} --kind {kind:?}"));
    ours
}

#[test]
fn agrees_with_score_py_on_the_fixture_predictions_with_every_kind_filter() {
    for kind in [
        None,
        Some("direct"),
        Some("direct,mixed"),
        Some("indirect,(none)"),
    ] {
        compare(GOLD, Some(PRED), PRED, kind);
    }
}

#[test]
fn fixture_figures_are_the_hand_counted_ones() {
    let r = compare(GOLD, Some(PRED), PRED, None);
    let all = &r["overall"];
    // 14 gold quotes; 19 well-formed predictions (the string is skipped);
    // 13 matches: all but the quote of the document with no prediction.
    assert_eq!(
        (all["gold"].as_u64(), all["pred"].as_u64()),
        (Some(14), Some(19))
    );
    assert_eq!(all["matched"], 13);
    // One wrong speaker: "a deputy" for a quote whose gold speaker is null.
    assert!((all["speaker_accuracy"].as_f64().unwrap() - 12.0 / 13.0).abs() < 1e-12);
    assert_eq!(r["documents"]["gold_missing_from_predictions"], 1);
    assert_eq!(r["warnings"]["no_valid_offsets"], 3);
    assert_eq!(r["warnings"]["offset_text_mismatch"], 1);
    // The duplicate of the "pronoun" quote is its false alarm.
    assert_eq!(r["per_rule"]["pronoun"]["pred"], 2);
    assert_eq!(r["per_rule"]["pronoun"]["matched"], 1);
    assert_eq!(r["per_rule"]["cue-after"]["speaker_accuracy"], 1.0);
}

/// The analyzer's own predictions, as `whosaid extract` writes them.
fn extract(gold: &str, name: &str) -> PathBuf {
    let o = whosaid(&["extract", "--input", "jsonl", "-f", "jsonl", gold]);
    assert!(o.status.success(), "{}", String::from_utf8_lossy(&o.stderr));
    let path = std::env::temp_dir().join(format!("whosaid-eval-{}-{name}", std::process::id()));
    std::fs::write(&path, &o.stdout).expect("temporary prediction file");
    path
}

#[test]
fn scoring_the_analyzer_agrees_with_score_py_on_extract_output() {
    for (gold, name) in [(GOLD, "news"), (SEED_GOLD, "seed")] {
        let pred = extract(gold, name);
        for kind in [None, Some("direct")] {
            compare(gold, None, pred.to_str().unwrap(), kind);
        }
        let _ = std::fs::remove_file(pred);
    }
}

#[test]
fn confidence_bands_count_every_prediction_that_has_a_confidence() {
    let pred = extract(SEED_GOLD, "seed-bands");
    let r = compare(SEED_GOLD, None, pred.to_str().unwrap(), None);
    let _ = std::fs::remove_file(pred);
    let bands = r["per_confidence"]
        .as_object()
        .expect("bands of the analyzer's predictions");
    let total = |key: &str| {
        bands
            .values()
            .map(|b| b[key].as_u64().unwrap())
            .sum::<u64>()
    };
    // Every record of the seed has a speaker, found by a rule that gives
    // it a confidence, and every one matches a gold quote.
    assert_eq!(total("pred"), r["overall"]["pred"].as_u64().unwrap());
    assert_eq!(total("matched"), r["overall"]["matched"].as_u64().unwrap());
    assert!(
        !bands.contains_key("0.0-0.1"),
        "no record without a speaker: {bands:?}"
    );
    // A prediction file without confidences has no bands.
    let fixture = compare(GOLD, Some(PRED), PRED, None);
    assert!(fixture.get("per_confidence").is_none());
}

/// The dev corpora of ../shared/eval/data, in name order; `None` (and a
/// note that `what` is skipped) when that directory is not there.
fn dev_corpora(what: &str) -> Option<Vec<PathBuf>> {
    let data = root().join("../shared/eval/data");
    let Ok(entries) = std::fs::read_dir(&data) else {
        eprintln!("{} is not there: {what} skipped", data.display());
        return None;
    };
    let mut corpora: Vec<PathBuf> = entries
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|e| e == "jsonl"))
        .collect();
    corpora.sort();
    assert!(!corpora.is_empty(), "no corpus in {}", data.display());
    Some(corpora)
}

#[test]
fn agrees_with_score_py_on_the_dev_corpora() {
    let Some(corpora) = dev_corpora("comparison with score.py") else {
        return;
    };
    for gold in &corpora {
        let gold = gold.to_str().unwrap();
        let name = Path::new(gold).file_name().unwrap().to_str().unwrap();
        let pred = extract(gold, name);
        for kind in [None, Some("direct")] {
            compare(
                gold,
                Some(pred.to_str().unwrap()),
                pred.to_str().unwrap(),
                kind,
            );
        }
        let _ = std::fs::remove_file(pred);
    }
}

/// A higher confidence means a speaker more often right on each dev
/// corpus: the speaker accuracy of the confidence bands rises with them
/// (bands of fewer than 100 matched quotations, and the band of records
/// without a speaker, are too small or mean nothing here).
#[test]
fn confidence_is_calibrated_on_the_dev_corpora() {
    let Some(corpora) = dev_corpora("calibration check") else {
        return;
    };
    for gold in &corpora {
        let gold = gold.to_str().unwrap();
        let r = json(
            &whosaid(&["eval", "--gold", gold, "-f", "json"]),
            "whosaid eval",
        );
        let bands = r["per_confidence"].as_object().expect("confidence bands");
        let accuracy: Vec<(&String, f64)> = bands
            .iter()
            .filter(|(band, b)| *band != "0.0-0.1" && b["matched"].as_u64().unwrap() >= 100)
            .map(|(band, b)| (band, b["speaker_accuracy"].as_f64().unwrap()))
            .collect();
        assert!(accuracy.len() >= 3, "{gold}: {accuracy:?}");
        for pair in accuracy.windows(2) {
            assert!(pair[0].1 <= pair[1].1, "{gold}: {accuracy:?}");
        }
    }
}

#[test]
fn a_predicted_document_not_in_gold_is_exit_2_like_score_py() {
    let pred = "fixtures/eval/unknown-id.pred.jsonl";
    let o = whosaid(&["eval", "--gold", GOLD, "--pred", pred]);
    assert_eq!(o.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&o.stderr).contains("not-in-gold"));
    assert_eq!(score_py(GOLD, pred, None).status.code(), Some(2));
}

#[test]
fn floors_set_the_exit_status() {
    // Quote F1 is 0.788 and end-to-end F1 0.727 on the fixture.
    let status = |floor: &[&str]| {
        let mut args = vec!["eval", "--gold", GOLD, "--pred", PRED];
        args.extend(floor);
        whosaid(&args).status.code()
    };
    assert_eq!(status(&["--min-f1", "0.78"]), Some(0));
    assert_eq!(status(&["--min-f1", "0.79"]), Some(1));
    assert_eq!(
        status(&["--min-f1", "0.78", "--min-e2e-f1", "0.72"]),
        Some(0)
    );
    assert_eq!(
        status(&["--min-f1", "0.78", "--min-e2e-f1", "0.73"]),
        Some(1)
    );
    assert_eq!(status(&["--min-f1", "x"]), Some(2), "a usage error");
}

#[test]
fn csv_and_markdown_have_a_row_per_kind_and_rule() {
    let o = whosaid(&["eval", "--gold", GOLD, "--pred", PRED, "-f", "csv"]);
    assert!(o.status.success());
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let rows: Vec<csv::StringRecord> = reader.records().map(|r| r.unwrap()).collect();
    let names: Vec<String> = rows
        .iter()
        .map(|r| format!("{}:{}", &r[0], &r[1]))
        .collect();
    assert_eq!(names[..3], ["overall:ALL", "kind:(none)", "kind:direct"]);
    assert!(names.contains(&"rule:cue-before".to_string()));
    assert_eq!(&rows[0][7], "0.7879", "overall F1");
    let o = whosaid(&["eval", "--gold", GOLD, "--pred", PRED, "-f", "markdown"]);
    let md = String::from_utf8(o.stdout).unwrap();
    assert!(
        md.contains("| ALL | 14 | 19 | 13 | 0.684 | 0.929 | 0.788 |"),
        "{md}"
    );
}
