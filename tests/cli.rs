//! The `whosaid` binary: formats parsed back, exit codes, failing inputs.

mod common;

use std::path::PathBuf;
use std::process::Output;

use whosaid::output::{DocumentRecord, SegmentRecord};

const SEED: &str = "fixtures/seed/washington-post-kerry-lavrov.txt";

fn whosaid(args: &[&str]) -> Output {
    whosaid_stdin(args, None)
}

fn whosaid_stdin(args: &[&str], stdin: Option<&str>) -> Output {
    common::whosaid_with_input(args, stdin.unwrap_or("").as_bytes())
}

fn stdout(o: &Output) -> String {
    String::from_utf8(o.stdout.clone()).expect("output is UTF-8")
}

fn stderr(o: &Output) -> String {
    String::from_utf8(o.stderr.clone()).expect("messages are UTF-8")
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-cli-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

#[test]
fn jsonl_output_parses_back_into_records() {
    let o = whosaid(&["extract", SEED, "-f", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let out = stdout(&o);
    let lines: Vec<&str> = out.lines().collect();
    assert_eq!(lines.len(), 1);
    let doc: DocumentRecord = serde_json::from_str(lines[0]).expect("one strict record per line");
    assert_eq!(doc.id, SEED);
    assert_eq!(doc.quotes.iter().filter(|q| q.kind == "direct").count(), 5);
    assert_eq!(doc.quotes.iter().filter(|q| q.kind == "partial").count(), 3);
}

#[test]
fn json_output_is_an_array_of_records() {
    let o = whosaid(&["extract", SEED, SEED, "-f", "json"]);
    assert!(o.status.success());
    let docs: Vec<DocumentRecord> =
        serde_json::from_str(&stdout(&o)).expect("a JSON array of records");
    assert_eq!(docs.len(), 2);
    assert_eq!(docs[0], docs[1]);
}

#[test]
fn csv_output_has_a_header_and_one_row_per_quotation() {
    let o = whosaid(&["extract", SEED, "-f", "csv"]);
    assert!(o.status.success());
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("a header row")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, whosaid::output::QUOTE_CSV_HEADER);
    let rows: Vec<csv::StringRecord> = reader
        .records()
        .map(|r| r.expect("a well-formed row"))
        .collect();
    let doc: DocumentRecord =
        serde_json::from_str(&stdout(&whosaid(&["extract", SEED, "-f", "jsonl"]))).expect("jsonl");
    assert_eq!(rows.len(), doc.quotes.len() + doc.non_speech.len());
    let text_col = header
        .iter()
        .position(|h| h == "text")
        .expect("a text column");
    assert!(
        rows.iter()
            .any(|r| &r[text_col] == "They have not connected,")
    );
}

#[test]
fn table_output_and_the_default_view_show_the_quotations() {
    for args in [&["extract", SEED][..], &[SEED][..]] {
        let o = whosaid(args);
        assert!(o.status.success());
        assert!(stdout(&o).contains("They have not connected,"), "{args:?}");
    }
}

#[test]
fn jsonl_input_gives_one_line_per_record_in_order() {
    let input = "{\"id\": \"b\", \"text\": \"“Yes,” she said.\"}\n{\"id\": \"a\", \"text\": \"No quotes.\", \"quotes\": []}\n";
    let o = whosaid_stdin(
        &["extract", "--input", "jsonl", "-f", "jsonl", "-"],
        Some(input),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let docs: Vec<DocumentRecord> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect();
    assert_eq!(
        docs.iter().map(|d| d.id.as_str()).collect::<Vec<_>>(),
        ["b", "a"]
    );
    assert_eq!(docs[0].quotes[0].text, "Yes,");
    assert!(docs[1].quotes.is_empty());
}

#[test]
fn a_bad_jsonl_line_is_reported_and_the_others_processed() {
    let input = "{\"id\": \"a\", \"text\": \"“Yes,” she said.\"}\n{not json\n{\"id\": \"c\", \"text\": \"x\"}\n";
    let o = whosaid_stdin(
        &["extract", "--input", "jsonl", "-f", "jsonl", "-"],
        Some(input),
    );
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("-: line 2: invalid JSON"),
        "{}",
        stderr(&o)
    );
    let docs: Vec<DocumentRecord> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect();
    assert_eq!(docs.len(), 3);
    assert!(
        docs[1]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("line 2"))
    );
    assert_eq!(docs[1].id, "-:2");
    assert!(docs[0].error.is_none() && docs[2].error.is_none());
}

#[test]
fn a_missing_file_fails_with_its_name_and_the_others_are_processed() {
    let o = whosaid(&["extract", "no/such/file.txt", SEED, "-f", "jsonl"]);
    assert_eq!(o.status.code(), Some(1));
    assert!(
        stderr(&o).contains("whosaid: error: no/such/file.txt: no such file or directory"),
        "{}",
        stderr(&o)
    );
    let out = stdout(&o);
    assert_eq!(out.lines().count(), 2);
    assert!(
        out.lines()
            .nth(1)
            .unwrap_or("")
            .contains("They have not connected,")
    );
}

#[test]
fn directories_are_read_recursively_in_name_order() {
    let dir = scratch("dirs");
    std::fs::create_dir_all(dir.join("sub")).expect("mkdir");
    std::fs::write(dir.join("b.txt"), "“B,” he said.").expect("write");
    std::fs::write(dir.join("sub/a.txt"), "“A,” she said.").expect("write");
    std::fs::write(
        dir.join("c.jsonl"),
        "{\"id\": \"c1\", \"text\": \"“C,” they said.\"}\n",
    )
    .expect("write");
    std::fs::write(dir.join("ignored.bin"), [0u8, 1, 2]).expect("write");
    let o = whosaid(&["extract", dir.to_str().expect("utf-8 path"), "-f", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs: Vec<DocumentRecord> = stdout(&o)
        .lines()
        .map(|l| serde_json::from_str(l).expect("record"))
        .collect();
    let texts: Vec<&str> = docs.iter().map(|d| d.quotes[0].text.as_str()).collect();
    assert_eq!(texts, ["B,", "C,", "A,"]);
}

#[test]
fn crlf_and_bom_text_files() {
    let dir = scratch("crlf");
    let path = dir.join("crlf.txt");
    std::fs::write(&path, "\u{feff}Intro.\r\n\r\n“We will see,” she said.\r\n").expect("write");
    let o = whosaid(&["extract", path.to_str().expect("utf-8 path"), "-f", "jsonl"]);
    let doc: DocumentRecord = serde_json::from_str(&stdout(&o)).expect("record");
    assert_eq!(doc.quotes[0].text, "We will see,");
    assert_eq!(doc.quotes[0].start, 11, "offsets count from after the BOM");
}

#[test]
fn no_quotes_is_success_and_usage_errors_exit_2() {
    let o = whosaid_stdin(
        &["extract", "-", "-f", "jsonl"],
        Some("Nothing quoted here."),
    );
    assert!(o.status.success());
    assert_eq!(
        whosaid(&["extract", SEED, "-f", "yaml"]).status.code(),
        Some(2)
    );
    assert_eq!(whosaid(&[]).status.code(), Some(2));
}

#[test]
fn segment_prints_sentences_with_code_point_offsets() {
    let o = whosaid_stdin(
        &["segment", "-", "-f", "jsonl"],
        Some("“Is it over?” another reporter asked. Nuland smiled."),
    );
    assert!(o.status.success());
    let doc: SegmentRecord = serde_json::from_str(&stdout(&o)).expect("record");
    let texts: Vec<&str> = doc.sentences.iter().map(|s| s.text.as_str()).collect();
    assert_eq!(
        texts,
        ["“Is it over?” another reporter asked.", "Nuland smiled."]
    );
    assert_eq!((doc.sentences[1].start, doc.sentences[1].end), (38, 52));
}

#[test]
fn segment_reads_jsonl_input() {
    let input = "{\"id\": \"x\", \"text\": \"One. Two.\"}\n";
    let o = whosaid_stdin(&["segment", "--input", "jsonl", "-"], Some(input));
    let doc: SegmentRecord = serde_json::from_str(&stdout(&o)).expect("record");
    assert_eq!(doc.id, "x");
    assert_eq!(doc.sentences.len(), 2);
}

#[test]
fn speakers_prints_one_row_per_canonical_speaker() {
    let o = whosaid(&["speakers", SEED, "-f", "csv"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let mut reader = csv::Reader::from_reader(o.stdout.as_slice());
    let header: Vec<String> = reader
        .headers()
        .expect("header")
        .iter()
        .map(str::to_string)
        .collect();
    assert_eq!(header, whosaid::output::SPEAKER_CSV_HEADER);
    let names: Vec<String> = reader
        .records()
        .map(|r| r.expect("row")[1].to_string())
        .collect();
    assert_eq!(
        names,
        [
            "Victoria Nuland",
            "one reporter",
            "another reporter",
            "Hillary Rodham Clinton"
        ]
    );
    let o = whosaid(&["speakers", SEED, "-f", "json"]);
    let docs: Vec<whosaid::output::SpeakersRecord> =
        serde_json::from_str(&stdout(&o)).expect("json");
    assert_eq!(
        docs[0].speakers[0].role.as_deref(),
        Some("State Department spokeswoman")
    );
    assert!(stdout(&whosaid(&["speakers", SEED])).contains("Hillary Rodham Clinton"));
}

#[test]
fn unattributed_quotations_are_counted_on_their_own_row() {
    let o = whosaid_stdin(
        &["speakers", "-", "-f", "json"],
        Some("“Nobody knows,” Smith said.\n\n“Who can tell?”\n\nThe end."),
    );
    let docs: Vec<whosaid::output::SpeakersRecord> =
        serde_json::from_str(&stdout(&o)).expect("json");
    let rows: Vec<(&str, usize)> = docs[0]
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.direct))
        .collect();
    assert_eq!(
        rows,
        [("Smith", 2)],
        "a quote-only paragraph continues Smith"
    );
    let o = whosaid_stdin(
        &["speakers", "-", "-f", "json"],
        Some("The end came.\n\n“Who can tell?”"),
    );
    let docs: Vec<whosaid::output::SpeakersRecord> =
        serde_json::from_str(&stdout(&o)).expect("json");
    let rows: Vec<(&str, &str, usize)> = docs[0]
        .speakers
        .iter()
        .map(|s| (s.name.as_str(), s.kind.as_str(), s.direct))
        .collect();
    assert_eq!(rows, [(whosaid::output::UNKNOWN_SPEAKER, "unknown", 1)]);
}

#[test]
fn explain_says_which_rule_cue_and_mention_gave_the_speaker() {
    let o = whosaid(&["extract", SEED, "--explain"]);
    let out = stdout(&o);
    assert!(out.contains("rule after-quote; cue “replied”; mention “Nuland” → Victoria Nuland (State Department spokeswoman)"), "{out}");
    assert!(out.contains("mention “she” → Victoria Nuland"));
}
