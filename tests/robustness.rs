//! Bad and unusual input, through the binary: every case has a clear message
//! naming the input, a defined exit code, and never stops the other inputs
//! of a batch. Also the other real-world inputs: HTML pages, encodings and
//! markup inside text.

mod common;

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

use whosaid::output::DocumentRecord;

const SEED_TXT: &str = "fixtures/seed/washington-post-kerry-lavrov.txt";
const SEED_HTML: &str = "fixtures/seed/washington-post-kerry-lavrov.html";

fn run(args: &[&str], stdin: Stdio) -> Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(stdin)
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .output()
        .expect("whosaid runs")
}

fn whosaid(args: &[&str]) -> Output {
    run(args, Stdio::null())
}

fn whosaid_stdin(args: &[&str], input: &[u8]) -> Output {
    common::whosaid_with_input(args, input)
}

fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// The JSON Lines records of a run.
fn records(o: &Output) -> Vec<DocumentRecord> {
    String::from_utf8(o.stdout.clone())
        .expect("output is UTF-8")
        .lines()
        .map(|l| serde_json::from_str(l).unwrap_or_else(|e| panic!("{e}: {l}")))
        .collect()
}

fn quote_texts(d: &DocumentRecord) -> Vec<&str> {
    d.quotes.iter().map(|q| q.text.as_str()).collect()
}

/// A scratch directory for one test.
fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("whosaid-robust-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("scratch directory");
    dir
}

fn s(p: &Path) -> &str {
    p.to_str().expect("UTF-8 path")
}

/// Exit code 1, not a panic (101) or a crash (no code).
fn assert_failed_cleanly(o: &Output) {
    assert_eq!(o.status.code(), Some(1), "{}", stderr(o));
    assert!(!stderr(o).contains("panicked"), "{}", stderr(o));
}

/// How many quotations (speech) the seed article has.
fn seed_quotes() -> usize {
    seed_record(SEED_TXT).quotes.len()
}

// ---- HTML ----

fn seed_record(path: &str) -> DocumentRecord {
    let o = whosaid(&["extract", path, "-f", "jsonl", "--with-text"]);
    assert!(o.status.success(), "{}", stderr(&o));
    records(&o).remove(0)
}

#[test]
fn the_seed_page_as_html_gives_the_same_quotations_as_the_text() {
    let text = seed_record(SEED_TXT);
    let html = seed_record(SEED_HTML);
    let key = |d: &DocumentRecord| -> Vec<(String, String, Option<String>, Option<String>)> {
        d.quotes
            .iter()
            .map(|q| {
                (
                    q.text.clone(),
                    q.kind.clone(),
                    q.speaker.clone(),
                    q.speaker_mention.clone(),
                )
            })
            .collect()
    };
    let marked = |d: &DocumentRecord| {
        d.quotes
            .iter()
            .filter(|q| matches!(q.kind.as_str(), "direct" | "partial"))
            .count()
    };
    assert_eq!(
        marked(&text),
        8,
        "the gold file's direct and partial quotations"
    );
    assert_eq!(
        key(&html),
        key(&text),
        "same quotations, kinds and speakers"
    );
    // The offsets of the HTML records refer to the extracted text.
    let extracted = html.text.as_deref().expect("--with-text");
    let chars: Vec<char> = extracted.chars().collect();
    for q in &html.quotes {
        assert_eq!(chars[q.start..q.end].iter().collect::<String>(), q.text);
    }
    // Scripts, navigation, the newsletter and paywall blocks, the comments
    // and the footer are not in the text.
    for gone in [
        "googletag",
        "not a quotation",
        "Politics",
        "Please provide a valid email address",
        "You’re all set",
        "Campaign 2016 Email Updates",
        "Confronting the Caliphate",
        "Show Comments",
        "Ridiculous",
        "Most Read",
        "Close video player",
        "To keep reading",
        "Terms of Service",
        "Please enable JavaScript",
        "Advertisement",
    ] {
        assert!(
            !extracted.contains(gone),
            "{gone:?} left in the article text"
        );
    }
    assert!(extracted.contains("Anne Gearan is a national politics correspondent"));
    // The plain text keeps its boilerplate, whose quoted series title stays
    // a non-speech title; the page leaves that boilerplate out.
    assert_eq!(common::non_speech(&text), common::SEED_SERIES_TITLES);
    assert!(html.non_speech.is_empty());
}

#[test]
fn html_is_read_by_extension_in_directories_and_by_flag_on_stdin() {
    let dir = scratch("html");
    std::fs::write(
        dir.join("a.htm"),
        "<nav>“Menu”</nav><p>&ldquo;Yes,&rdquo; she said.</p>",
    )
    .expect("write");
    std::fs::write(dir.join("b.HTML"), "<p>“No,” he said.</p>").expect("write");
    let o = whosaid(&["extract", s(&dir), "-f", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = records(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(quote_texts(&docs[0]), ["Yes,"]);
    assert_eq!(quote_texts(&docs[1]), ["No,"]);

    let page = b"<script>x = \"\xE2\x80\x9Cno\xE2\x80\x9D\"</script><p>\xE2\x80\x9CStdin,\xE2\x80\x9D she said.</p>";
    let o = whosaid_stdin(
        &[
            "extract",
            "--input",
            "html",
            "-f",
            "jsonl",
            "--with-text",
            "-",
        ],
        page,
    );
    let docs = records(&o);
    assert_eq!(quote_texts(&docs[0]), ["Stdin,"]);
    assert_eq!(docs[0].text.as_deref(), Some("“Stdin,” she said."));
}

#[test]
fn an_html_page_declaring_windows_1252_is_decoded_so() {
    let page = b"<html><head><meta charset=\"windows-1252\"></head><body><p>\x93Caf\xE9,\x94 she said.</p>";
    let o = whosaid_stdin(&["extract", "--input", "html", "-f", "jsonl", "-"], page);
    assert!(o.status.success(), "{}", stderr(&o));
    assert_eq!(quote_texts(&records(&o)[0]), ["Café,"]);
}

// ---- Markup inside text ----

#[test]
fn tweet_markup_never_becomes_a_quotation_and_its_words_are_analysed() {
    // As in the PolNeAr articles.
    let text = "Boyle tweeted it.\n\n<tweet id=\"699320266804092929\" author=\"@TheLloydGrove\" \
        datetime=\"2016-02-15\">“Very good reporter. Very good reporter, this guy”–@realDonaldTrump \
        taking a question</tweet>.\n\n<tweet tweet-author='@x' tweet-date=\"June 29\">Tyson was \
        not asked</tweet>. <tweet/>\n\n“We won,” Trump said.";
    let analysis = whosaid::analyze(text);
    let quotes: Vec<&str> = analysis.quotes.iter().map(|q| q.span.slice(text)).collect();
    assert_eq!(
        quotes,
        [
            "Very good reporter. Very good reporter, this guy",
            "We won,"
        ]
    );
    assert!(analysis.warnings.is_empty(), "{:?}", analysis.warnings);

    // Reported speech never takes a tag in either.
    for text in [
        "Boyle tweeted. <tweet id=\"1\" author=\"@x\">Trump won big</tweet>, said Boyle.",
        "<a href=\"x > y\">,  said B\"",
    ] {
        let analysis = whosaid::analyze(text);
        for q in &analysis.quotes {
            let t = q.span.slice(text);
            assert!(!t.contains(['<', '>']), "{:?} in {text:?}", t);
        }
    }
}

// ---- Encodings ----

#[test]
fn utf16_files_with_a_bom_and_windows_1252_when_named() {
    let dir = scratch("enc");
    let text = "Intro.\n\n“Ça va,” she said — twice.";
    let mut le = vec![0xFF, 0xFE];
    let mut be = vec![0xFE, 0xFF];
    for u in text.encode_utf16() {
        le.extend(u.to_le_bytes());
        be.extend(u.to_be_bytes());
    }
    std::fs::write(dir.join("le.txt"), le).expect("write");
    std::fs::write(dir.join("be.txt"), be).expect("write");
    let o = whosaid(&["extract", s(&dir), "-f", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    for d in records(&o) {
        assert_eq!(quote_texts(&d), ["Ça va,"], "{}", d.id);
        assert_eq!(d.quotes[0].start, 9, "offsets count from after the BOM");
    }

    let cp1252 = dir.join("cp1252.txt");
    std::fs::write(&cp1252, b"\x93Caf\xE9 cr\xE8me,\x94 she said \x96 twice.").expect("write");
    let o = whosaid(&["extract", s(&cp1252), "-f", "jsonl"]);
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("cp1252.txt: invalid UTF-8 at byte 0 (use --encoding"),
        "{}",
        stderr(&o)
    );
    for name in ["windows-1252", "latin1", "ISO-8859-1"] {
        let o = whosaid(&["extract", s(&cp1252), "--encoding", name, "-f", "jsonl"]);
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(quote_texts(&records(&o)[0]), ["Café crème,"]);
    }
    // --lossy reads it, at the price of the marks: no quotation is left.
    let o = whosaid(&[
        "extract",
        s(&cp1252),
        "--lossy",
        "-f",
        "jsonl",
        "--with-text",
    ]);
    assert!(o.status.success());
    let d = records(&o).remove(0);
    assert!(d.quotes.is_empty());
    assert_eq!(
        d.text.as_deref(),
        Some("\u{FFFD}Caf\u{FFFD} cr\u{FFFD}me,\u{FFFD} she said \u{FFFD} twice.")
    );
    let o = whosaid(&["extract", s(&cp1252), "--encoding", "klingon"]);
    assert_eq!(
        o.status.code(),
        Some(2),
        "an unknown encoding is a usage error"
    );
}

// ---- Bad input ----

#[test]
fn a_missing_path_and_a_dangling_symlink_are_named() {
    let dir = scratch("missing");
    let link = dir.join("dangling.txt");
    std::os::unix::fs::symlink(dir.join("nowhere.txt"), &link).expect("symlink");
    let o = whosaid(&["extract", "no/such.txt", s(&link), SEED_TXT, "-f", "jsonl"]);
    assert_failed_cleanly(&o);
    let err = stderr(&o);
    assert!(err.contains("whosaid: error: no/such.txt: no such file or directory"));
    assert!(err.contains(&format!("{}: no such file or directory", s(&link))));
    let docs = records(&o);
    assert_eq!(docs.len(), 3);
    assert_eq!(
        docs[2].quotes.len(),
        seed_quotes(),
        "the good input is still analysed"
    );
}

#[test]
fn an_unreadable_file_is_named() {
    let dir = scratch("unreadable");
    let path = dir.join("secret.txt");
    std::fs::write(&path, "“Hidden,” she said.").expect("write");
    let mut perms = std::fs::metadata(&path).expect("meta").permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perms, 0o000);
    std::fs::set_permissions(&path, perms).expect("chmod 000");
    let o = whosaid(&["extract", s(&path), "-f", "jsonl"]);
    if std::fs::read(&path).is_ok() {
        // Running as root: permissions do not stop reading, and whosaid
        // reads the file like any other.
        assert!(o.status.success(), "{}", stderr(&o));
        assert_eq!(quote_texts(&records(&o)[0]), ["Hidden,"]);
    } else {
        assert_failed_cleanly(&o);
        assert!(
            stderr(&o).contains(&format!("{}: Permission denied", s(&path))),
            "{}",
            stderr(&o)
        );
    }
}

/// A file that fails while it is read, for root too: reading
/// `/proc/self/mem` from its start is an I/O error.
#[test]
#[cfg(target_os = "linux")]
fn a_read_error_is_named() {
    let o = whosaid(&[
        "extract",
        "--input",
        "text",
        "/proc/self/mem",
        SEED_TXT,
        "-f",
        "jsonl",
    ]);
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("whosaid: error: /proc/self/mem: Input/output error"),
        "{}",
        stderr(&o)
    );
    let docs = records(&o);
    assert_eq!(docs[0].id, "/proc/self/mem");
    assert!(docs[0].error.is_some());
    assert_eq!(docs[1].quotes.len(), seed_quotes());
}

#[test]
fn directories_given_as_inputs() {
    let dir = scratch("dirs");
    std::fs::create_dir_all(dir.join("empty")).expect("mkdir");
    std::fs::create_dir_all(dir.join("full")).expect("mkdir");
    std::fs::write(dir.join("full/a.txt"), "“A,” she said.").expect("write");
    std::fs::write(dir.join("full/b.html"), "<p>“B,” he said.</p>").expect("write");
    // --input text reads every file of the directory as text, markup and all.
    let o = whosaid(&[
        "extract",
        "--input",
        "text",
        s(&dir.join("full")),
        "-f",
        "jsonl",
    ]);
    assert!(o.status.success(), "{}", stderr(&o));
    let docs = records(&o);
    assert_eq!(docs.len(), 2);
    assert_eq!(quote_texts(&docs[1]), ["B,"]);
    // A directory with nothing to read is an error, not silently nothing.
    let o = whosaid(&["extract", s(&dir.join("empty")), "-f", "jsonl"]);
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("empty: a directory with no .txt, .jsonl, .html or .htm files"),
        "{}",
        stderr(&o)
    );
    // A directory read as a file (standard input redirected from it).
    let o = run(
        &["extract", "-", "-f", "jsonl"],
        Stdio::from(std::fs::File::open(&dir).expect("open dir")),
    );
    assert_failed_cleanly(&o);
    assert!(stderr(&o).contains("-: Is a directory"), "{}", stderr(&o));
    // A path through a file, as if it were a directory.
    let o = whosaid(&["extract", &format!("{}/x.txt", s(&dir.join("full/a.txt")))]);
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("a.txt/x.txt: Not a directory"),
        "{}",
        stderr(&o)
    );
}

#[test]
fn binary_data_is_skipped_with_a_message() {
    let dir = scratch("binary");
    let bin = dir.join("image.txt");
    std::fs::write(&bin, b"GIF89a\x01\x00\x00\x00\xFF").expect("write");
    let o = whosaid(&["extract", s(&bin), SEED_TXT, "-f", "jsonl"]);
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("image.txt: binary data (NUL byte at byte 7), skipped"),
        "{}",
        stderr(&o)
    );
    let docs = records(&o);
    assert!(
        docs[0]
            .error
            .as_deref()
            .is_some_and(|e| e.contains("binary"))
    );
    assert_eq!(docs[1].quotes.len(), seed_quotes());
}

#[test]
fn an_empty_file_is_success_with_no_quotations() {
    let dir = scratch("empty-file");
    let path = dir.join("empty.txt");
    std::fs::write(&path, "").expect("write");
    for format in ["jsonl", "csv", "table", "json"] {
        let o = whosaid(&["extract", s(&path), "-f", format]);
        assert!(o.status.success(), "{format}: {}", stderr(&o));
        assert!(o.stderr.is_empty());
    }
    let d = records(&whosaid(&["extract", s(&path), "-f", "jsonl"])).remove(0);
    assert!(d.quotes.is_empty() && d.non_speech.is_empty() && d.error.is_none());
}

#[test]
fn invalid_utf8_names_the_byte_and_lossy_reads_it() {
    let o = whosaid_stdin(
        &["extract", "-", "-f", "jsonl"],
        b"\xE2\x80\x9CYes,\xE2\x80\x9D \xFF she said.",
    );
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("-: invalid UTF-8 at byte 11"),
        "{}",
        stderr(&o)
    );
    let o = whosaid_stdin(
        &["extract", "--lossy", "-", "-f", "jsonl"],
        b"\xE2\x80\x9CYes,\xE2\x80\x9D \xFF she said.",
    );
    assert!(o.status.success());
    assert_eq!(quote_texts(&records(&o)[0]), ["Yes,"]);
}

/// A paragraph of 10 MB: one line of prose, a quotation every kilobyte.
#[test]
fn a_10_mb_paragraph() {
    let dir = scratch("10mb");
    let path = dir.join("long.txt");
    let prose = "Officials met for hours and said little, and the talks went on without a break. ";
    let unit = format!(
        "{}“We are not there yet,” the minister said. ",
        prose.repeat(12)
    );
    let n = 10_000_000 / unit.len() + 1;
    std::fs::write(&path, unit.repeat(n)).expect("write");
    let o = whosaid(&["extract", s(&path), "-f", "jsonl"]);
    assert!(o.status.success(), "{}", stderr(&o));
    let d = records(&o).remove(0);
    assert_eq!(d.quotes.len(), n);
    let last = &d.quotes[n - 1];
    assert_eq!(last.text, "We are not there yet,");
    assert_eq!(last.kind, "direct");
    let before_quote = prose.len() * 12 + 1;
    assert_eq!(last.start, (n - 1) * unit.chars().count() + before_quote);
    assert_eq!(last.paragraph, 0);
}

/// 100,000 quotation marks: 50,000 quotations, and 100,000 marks that never
/// close (their warnings are capped and counted, not lost).
#[test]
fn a_hundred_thousand_quotation_marks() {
    let para = "“Yes,” she said. “No,” he said. ".repeat(25);
    let text = vec![para; 1000].join("\n\n");
    let o = whosaid_stdin(&["extract", "-", "-f", "jsonl"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let d = records(&o).remove(0);
    assert_eq!(d.quotes.len(), 50_000);
    assert!(d.warnings.is_empty());

    let o = whosaid_stdin(
        &["extract", "-", "-f", "jsonl"],
        "“a ".repeat(100_000).as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let d = records(&o).remove(0);
    assert!(d.quotes.is_empty());
    assert_eq!(d.warnings.len(), whosaid::quote::MAX_WARNINGS + 1);
    let more = d.warnings.last().expect("warnings");
    assert_eq!(more.message, "99900 more warnings not shown");
}

/// Pairing and sentence splitting of one paragraph stay linear however
/// many quotations it holds (these shapes used to be quadratic: a scan to
/// the end of the paragraph after every quoted exclamation, and a search
/// of all quotations for every nested one).
#[test]
fn dense_paragraphs_pair_and_split_in_linear_time() {
    let text = "“Hi!” A ".repeat(100_000);
    let (paragraphs, sentences) = whosaid::segment::segment(&text);
    assert_eq!((paragraphs.len(), sentences.len()), (1, 100_001));
    let pairing = whosaid::quote::pair(&text, &paragraphs, &[]);
    assert_eq!(pairing.quotations.len(), 100_000);

    let text = "“a ‘b’ c” ".repeat(50_000);
    let (paragraphs, _) = whosaid::segment::segment(&text);
    let pairing = whosaid::quote::pair(&text, &paragraphs, &[]);
    assert_eq!(pairing.quotations.len(), 50_000);
    assert!(pairing.quotations.iter().all(|q| q.nested.len() == 1));
}

/// One paragraph of 100,000 quotation marks through the whole analysis.
/// Ignored: attribution is still quadratic in the quotations of one
/// paragraph (see fixtures/robustness/big-input.sh).
#[test]
#[ignore = "slow until attribution is linear per paragraph: run fixtures/robustness/big-input.sh"]
fn one_paragraph_of_a_hundred_thousand_quotation_marks() {
    let started = std::time::Instant::now();
    let o = whosaid_stdin(
        &["extract", "-", "-f", "jsonl"],
        "“a” ".repeat(50_000).as_bytes(),
    );
    assert!(o.status.success(), "{}", stderr(&o));
    let d = records(&o).remove(0);
    assert_eq!(d.quotes.len() + d.non_speech.len(), 50_000);
    eprintln!(
        "one paragraph, 100,000 marks: {:.1} s",
        started.elapsed().as_secs_f64()
    );
}

#[test]
fn deeply_nested_and_unbalanced_quotations() {
    let mut deep = String::from("He said ");
    for i in 0..30 {
        deep.push_str(if i % 2 == 0 { "“a " } else { "‘b " });
    }
    for i in (0..30).rev() {
        deep.push_str(if i % 2 == 0 { "c” " } else { "d’ " });
    }
    let text = format!(
        "{deep}end.\n\n“Unclosed, she said, and went on.\n\nThen “closed,” he said. And a stray ” mark."
    );
    let o = whosaid_stdin(&["extract", "-", "-f", "jsonl"], text.as_bytes());
    assert!(o.status.success(), "{}", stderr(&o));
    let d = records(&o).remove(0);
    let all: Vec<&str> = d
        .quotes
        .iter()
        .chain(&d.non_speech)
        .map(|q| q.text.as_str())
        .collect();
    assert!(all.contains(&"closed,"), "{all:?}");
    assert!(
        all.iter().all(|q| !q.contains("Unclosed")),
        "an unclosed mark swallows nothing: {all:?}"
    );
    let messages: Vec<(usize, &str)> = d
        .warnings
        .iter()
        .map(|w| (w.line, w.message.as_str()))
        .collect();
    assert!(
        messages.iter().any(|(line, _)| *line == 1),
        "the deep nest is reported: {messages:?}"
    );
    assert!(
        messages.contains(&(3, "quotation mark “ is never closed in its paragraph")),
        "{messages:?}"
    );
    assert!(
        messages.contains(&(5, "closing quotation mark ” has no opening mark")),
        "{messages:?}"
    );
}

#[test]
fn invalid_json_on_one_line_of_a_jsonl_file() {
    let dir = scratch("jsonl");
    let path = dir.join("docs.jsonl");
    std::fs::write(
        &path,
        "{\"id\": \"a\", \"text\": \"“A,” she said.\"}\n{\"id\": \"b\", \"text\": \"unterminated}\n\n\
         {\"id\": \"c\", \"text\": \"“C,” he said.\"}\n",
    )
    .expect("write");
    let o = whosaid(&["extract", s(&path), "-f", "jsonl"]);
    assert_failed_cleanly(&o);
    assert!(
        stderr(&o).contains("docs.jsonl: line 2: invalid JSON"),
        "{}",
        stderr(&o)
    );
    let docs = records(&o);
    let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
    assert_eq!(ids, ["a", &format!("{}:2", s(&path)), "c"]);
    assert!(docs[1].error.is_some() && docs[1].quotes.is_empty());
    assert_eq!(quote_texts(&docs[2]), ["C,"]);
}

/// Every case above in one batch: every good input is analysed, every bad
/// one named at the end, exit 1, no panic; the output is the same bytes on
/// every run.
#[test]
fn a_batch_of_good_and_bad_inputs() {
    let dir = scratch("batch");
    std::fs::write(dir.join("empty.txt"), "").expect("write");
    std::fs::write(dir.join("binary.txt"), b"ab\0cd").expect("write");
    std::fs::write(dir.join("latin.txt"), b"\x93Oui,\x94 dit-il.").expect("write");
    std::fs::write(
        dir.join("bad.jsonl"),
        "{\"id\": 1, \"text\": \"“J,” I said.\"}\n[1,\n",
    )
    .expect("write");
    std::fs::write(
        dir.join("unbalanced.txt"),
        "“Open ‘and « more.\n\n“Fine,” she said.",
    )
    .expect("write");
    std::fs::create_dir_all(dir.join("nothing")).expect("mkdir");
    let path = |name: &str| s(&dir.join(name)).to_string();
    let (empty, binary, latin, bad, unbalanced, nothing) = (
        path("empty.txt"),
        path("binary.txt"),
        path("latin.txt"),
        path("bad.jsonl"),
        path("unbalanced.txt"),
        path("nothing"),
    );
    let args = [
        "extract",
        SEED_TXT,
        "missing.txt",
        &empty,
        &binary,
        &latin,
        &bad,
        &unbalanced,
        &nothing,
        SEED_HTML,
        "-f",
        "jsonl",
    ];
    let o = whosaid(&args);
    assert_failed_cleanly(&o);
    let docs = records(&o);
    let summary: Vec<(&str, bool, usize)> = docs
        .iter()
        .map(|d| (d.id.as_str(), d.error.is_some(), d.quotes.len()))
        .collect();
    let bad_line = format!("{bad}:2");
    assert_eq!(
        summary,
        [
            (SEED_TXT, false, seed_quotes()),
            ("missing.txt", true, 0),
            (empty.as_str(), false, 0),
            (binary.as_str(), true, 0),
            (latin.as_str(), true, 0),
            ("1", false, 1),
            (bad_line.as_str(), true, 0),
            (unbalanced.as_str(), false, 1),
            (nothing.as_str(), true, 0),
            (SEED_HTML, false, seed_quotes()),
        ]
    );
    // The summary after processing lists every failed input.
    let err = stderr(&o);
    let tail = err
        .split("whosaid: 5 input(s) could not be read or analysed:\n")
        .nth(1)
        .unwrap_or_else(|| panic!("a summary: {err}"));
    let listed: Vec<&str> = tail.lines().collect();
    assert_eq!(listed.len(), 5, "{tail}");
    for (line, name) in listed.iter().zip([
        "missing.txt: no such file",
        "binary.txt: binary data",
        "latin.txt: invalid UTF-8",
        "bad.jsonl: line 2: invalid JSON",
        "nothing: a directory with no",
    ]) {
        assert!(line.contains(name), "{line:?} should name {name:?}");
    }
    // Deterministic: the same bytes again, in every format.
    assert_eq!(whosaid(&args).stdout, o.stdout);
    for format in ["json", "csv", "table"] {
        let mut a = args.to_vec();
        *a.last_mut().expect("format") = format;
        assert_eq!(whosaid(&a).stdout, whosaid(&a).stdout, "{format}");
    }
}

/// A 1 GB file with no newline: read, analysed and written in time and
/// memory linear in its size. Slow, so run by
/// `fixtures/robustness/big-input.sh` (release build), not by `cargo test`.
#[test]
#[ignore = "1 GB: run fixtures/robustness/big-input.sh"]
fn a_1_gb_file_without_a_newline() {
    let dir = scratch("1gb");
    let path = dir.join("huge.txt");
    // News density: a quotation every 1.2 KB, 900,000 of them, one line.
    let prose = "Officials met for hours and said little, and the talks went on without a break. ";
    let unit = format!(
        "{}“We are not there yet,” the minister said on the steps. ",
        prose.repeat(14)
    );
    let n = (1usize << 30) / unit.len() + 1;
    {
        let mut f = std::io::BufWriter::new(std::fs::File::create(&path).expect("create"));
        for _ in 0..n {
            f.write_all(unit.as_bytes()).expect("write");
        }
        f.flush().expect("flush");
    }
    let size = std::fs::metadata(&path).expect("meta").len();
    let started = std::time::Instant::now();
    let out = std::fs::File::create(dir.join("out.jsonl")).expect("create");
    let status = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["extract", s(&path), "-f", "jsonl"])
        .stdout(out)
        .status()
        .expect("whosaid runs");
    let took = started.elapsed();
    assert!(status.success());
    std::fs::remove_file(&path).expect("remove the input");
    let out = std::fs::read_to_string(dir.join("out.jsonl")).expect("output");
    let d: DocumentRecord = serde_json::from_str(out.trim_end()).expect("one record");
    assert_eq!(d.quotes.len(), n);
    assert_eq!(d.quotes[n - 1].text, "We are not there yet,");
    eprintln!(
        "1 GB case: {size} bytes, {n} quotations, {:.1} s",
        took.as_secs_f64()
    );
    let _ = std::fs::remove_dir_all(&dir);
}

/// A bug that panics while analysing one document loses only that
/// document: the others are written in order, the failed one keeps its
/// line with an error naming it, the summary lists it and the exit status
/// is 1 — on one thread and on several. (The panic is injected with the
/// debug-build-only `WHOSAID_TEST_PANIC_ID`.)
#[test]
fn a_panic_in_one_document_loses_only_that_document() {
    if !cfg!(debug_assertions) {
        eprintln!("skipped: the panic is injected in debug builds only (`cargo test`)");
        return;
    }
    let input = "{\"id\": \"a\", \"text\": \"“We are ready,” Nuland said.\"}\n\
                 {\"id\": \"b\", \"text\": \"“Not yet,” Kerry said.\"}\n\
                 {\"id\": \"c\", \"text\": \"“Soon,” Lavrov said.\"}\n";
    for threads in ["1", "2"] {
        let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args([
                "extract",
                "--input",
                "jsonl",
                "-f",
                "jsonl",
                "--threads",
                threads,
                "-",
            ])
            .env("WHOSAID_TEST_PANIC_ID", "b")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("whosaid runs");
        child
            .stdin
            .take()
            .expect("stdin is piped")
            .write_all(input.as_bytes())
            .expect("stdin takes the input");
        let o = child.wait_with_output().expect("whosaid finishes");
        assert_eq!(o.status.code(), Some(1), "{}", stderr(&o));
        let docs = records(&o);
        let ids: Vec<&str> = docs.iter().map(|d| d.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "c"], "threads {threads}");
        assert_eq!(quote_texts(&docs[0]), ["We are ready,"]);
        assert!(docs[1].quotes.is_empty());
        assert!(
            docs[1]
                .error
                .as_deref()
                .is_some_and(|e| e.contains("internal error")),
            "{:?}",
            docs[1].error
        );
        assert_eq!(quote_texts(&docs[2]), ["Soon,"]);
        let err = stderr(&o);
        assert!(
            err.contains("whosaid: error: b: internal error while analysing this document"),
            "{err}"
        );
        assert!(
            err.contains("1 input(s) could not be read or analysed"),
            "{err}"
        );
    }
}
