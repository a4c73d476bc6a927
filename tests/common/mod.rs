//! What several integration tests share: running the `whosaid` binary, and
//! what the seed article's record must hold.
#![allow(dead_code)] // each test crate uses only some of these

use std::io::Write;
use std::process::{Command, Output, Stdio};

use whosaid::output::DocumentRecord;

/// Run whosaid in the package directory with `input` on standard input.
pub fn whosaid_with_input(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("whosaid runs");
    let mut stdin = child.stdin.take().expect("stdin is piped");
    stdin.write_all(input).expect("stdin takes the input");
    drop(stdin);
    child.wait_with_output().expect("whosaid finishes")
}

/// The non-speech quotations of a record as (text, kind) pairs.
pub fn non_speech(record: &DocumentRecord) -> Vec<(&str, &str)> {
    record
        .non_speech
        .iter()
        .map(|q| (q.text.as_str(), q.kind.as_str()))
        .collect()
}

/// The seed article's boilerplate names its series twice; both are titles.
pub const SEED_SERIES_TITLES: [(&str, &str); 2] = [
    ("Confronting the Caliphate", "title"),
    ("Confronting the Caliphate", "title"),
];
