//! Case-file tests: texts written for the tests under `tests/cases/`, each
//! with the quotations, kinds and speakers a reader expects.

use serde::Deserialize;

#[derive(Deserialize, Debug)]
struct Expected {
    text: String,
    kind: String,
    speaker: Option<String>,
    role: Option<String>,
    /// The cue as written, when the case names it.
    cue: Option<String>,
    /// `named`, `pronoun-resolved`, `nominal`, …, when the case names it.
    speaker_kind: Option<String>,
}

#[derive(Deserialize, Debug)]
struct ExpectedSpeaker {
    name: String,
    kind: String,
}

#[derive(Deserialize, Debug)]
struct Case {
    name: String,
    text: String,
    quotes: Option<Vec<Expected>>,
    non_speech: Option<Vec<Expected>>,
    warnings: Option<usize>,
    sentences: Option<Vec<String>>,
    /// Every quotation's speaker is checked (`""` for none).
    #[serde(default)]
    check_speakers: bool,
    speakers: Option<Vec<ExpectedSpeaker>>,
}

#[derive(Deserialize)]
struct File {
    case: Vec<Case>,
}

fn load(name: &str) -> Vec<Case> {
    let path = format!("{}/tests/cases/{name}", env!("CARGO_MANIFEST_DIR"));
    let data = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    toml::from_str::<File>(&data)
        .unwrap_or_else(|e| panic!("{path}: {e}"))
        .case
}

/// Check every case of a file; report all failures at once.
fn check(name: &str) {
    let mut failures = Vec::new();
    for case in load(name) {
        let text = case.text.trim_start_matches('\n');
        let record =
            whosaid::output::DocumentRecord::new(&case.name, text, &whosaid::analyze(text));
        let got = |qs: &[whosaid::output::QuoteRecord],
                   with_speaker: bool|
         -> Vec<(String, String, Option<String>)> {
            qs.iter()
                .map(|q| {
                    (
                        q.text.clone(),
                        q.kind.clone(),
                        if with_speaker {
                            q.speaker.clone()
                        } else {
                            None
                        },
                    )
                })
                .collect()
        };
        let want = |qs: &[Expected]| -> Vec<(String, String, Option<String>)> {
            qs.iter()
                .map(|q| {
                    (
                        q.text.clone(),
                        q.kind.clone(),
                        q.speaker.clone().filter(|s| !s.is_empty()),
                    )
                })
                .collect()
        };
        if let Some(quotes) = &case.quotes {
            let with_speakers = case.check_speakers || quotes.iter().any(|q| q.speaker.is_some());
            let (g, w) = (got(&record.quotes, with_speakers), want(quotes));
            if g != w {
                failures.push(format!("{}: quotes\n  got  {g:?}\n  want {w:?}", case.name));
            }
        }
        if let Some(ns) = &case.non_speech {
            let (g, w) = (got(&record.non_speech, false), want(ns));
            if g != w {
                failures.push(format!(
                    "{}: non-speech\n  got  {g:?}\n  want {w:?}",
                    case.name
                ));
            }
        }
        if let Some(quotes) = &case.quotes {
            for (q, e) in record.quotes.iter().zip(quotes) {
                // `role = ""`: the speaker has no role.
                let want = e.role.clone().filter(|r| !r.is_empty());
                if e.role.is_some() && q.role != want {
                    failures.push(format!(
                        "{}: role of {:?}: got {:?}, want {:?}",
                        case.name, q.text, q.role, want
                    ));
                }
                if e.speaker_kind.is_some() && q.speaker_kind != e.speaker_kind {
                    failures.push(format!(
                        "{}: speaker kind of {:?}: got {:?}, want {:?}",
                        case.name, q.text, q.speaker_kind, e.speaker_kind
                    ));
                }
                if e.cue.is_some() && q.cue != e.cue {
                    failures.push(format!(
                        "{}: cue of {:?}: got {:?}, want {:?}",
                        case.name, q.text, q.cue, e.cue
                    ));
                }
            }
        }
        if let Some(want) = &case.speakers {
            let got: Vec<(&str, &str)> = record
                .speakers
                .iter()
                .map(|s| (s.name.as_str(), s.kind.as_str()))
                .collect();
            let want: Vec<(&str, &str)> = want
                .iter()
                .map(|s| (s.name.as_str(), s.kind.as_str()))
                .collect();
            if got != want {
                failures.push(format!(
                    "{}: speakers\n  got  {got:?}\n  want {want:?}",
                    case.name
                ));
            }
        }
        if let Some(want) = &case.sentences {
            let (_, sentences) = whosaid::segment::segment(text);
            let got: Vec<&str> = sentences.iter().map(|s| s.span.slice(text)).collect();
            if got != *want {
                failures.push(format!(
                    "{}: sentences\n  got  {got:?}\n  want {want:?}",
                    case.name
                ));
            }
        }
        if let Some(n) = case.warnings
            && record.warnings.len() != n
        {
            failures.push(format!(
                "{}: {} warnings, want {n}: {:?}",
                case.name,
                record.warnings.len(),
                record.warnings
            ));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn quotes() {
    check("quotes.toml");
}

#[test]
fn sentences() {
    check("sentences.toml");
}

#[test]
fn attribution() {
    check("attribution.toml");
}
