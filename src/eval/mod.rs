//! Scoring quotations and speakers against gold annotation, with the rules
//! of `../shared/eval/FORMAT.md` and `score.py` (its figures agree with
//! `score.py` to the last decimal):
//!
//! - a predicted quote matches a gold quote of the same document when the
//!   Jaccard overlap of their word-token sets is ≥ 0.5 (tokens: NFKC, curly
//!   single quotes folded to `'`, quote marks and punctuation stripped from
//!   the edges, lower case, `\w+(?:'\w+)*` with Python's `\w`);
//! - pairs are taken greedily, best overlap first (ties: larger character
//!   overlap, then nearer start), one to one;
//! - a speaker is right when it equals the gold speaker or an alias after
//!   normalization (titles, possessives, punctuation), or shares its last
//!   name ([`speaker::speaker_right`]).
//!
//! Figures are given overall, per gold kind, per attribution rule of the
//! predictions and per tenth of their confidence ([`Report`]).
//!
//! ```
//! use whosaid::eval::{Corpus, score};
//! let gold = concat!(
//!     r#"{"id": "d", "text": "“Go,” Mr. Kerry said.", "quotes": [{"start": 1, "end": 3, "#,
//!     r#""text": "Go", "speaker": "John Kerry", "kind": "direct"}]}"#
//! );
//! let gold = Corpus::parse(gold, "gold")?;
//! let pred = Corpus::parse(r#"{"id": "d", "quotes": [{"start": 0, "end": 5, "speaker": "Kerry"}]}"#, "prediction")?;
//! let report = score(&gold, &pred, None)?;
//! assert_eq!((report.overall.f1, report.overall.e2e_f1), (1.0, 1.0));
//! # Ok::<(), whosaid::eval::EvalError>(())
//! ```

mod format;
mod matching;
mod report;
pub mod speaker;
mod text;

use std::collections::{BTreeMap, HashMap};

use serde_json::Value;

pub use format::{CSV_HEADER, csv_rows, markdown, table};
pub use matching::{Item, JACCARD_MIN, match_doc};
pub use report::{Counts, Documents, Metrics, Report, RuleMetrics, Warnings, confidence_band};
pub use speaker::{norm_speaker, speaker_right};
pub use text::quote_tokens;

use crate::output::DocumentRecord;

/// A gold or prediction file that cannot be scored. `score.py` exits with
/// status 2 on the same errors.
#[derive(Debug, thiserror::Error)]
pub enum EvalError {
    #[error("{what} line {line}: bad JSON ({message})")]
    Json {
        what: String,
        line: usize,
        message: String,
    },
    #[error("{what} line {line}: {message}")]
    Record {
        what: String,
        line: usize,
        message: String,
    },
    #[error("{what}: document id {id} appears twice")]
    DuplicateId { what: String, id: String },
    #[error("predicted document(s) not in gold: {}", .ids.join(", "))]
    UnknownIds { ids: Vec<String> },
}

/// One gold or predicted quotation, as far as scoring needs it.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvalQuote {
    /// Code point offsets, when given as integers.
    pub start: Option<i64>,
    pub end: Option<i64>,
    pub text: Option<String>,
    pub speaker: Option<String>,
    /// Gold only: other names of the speaker.
    pub aliases: Vec<String>,
    pub kind: Option<String>,
    /// Predictions only: the attribution rule.
    pub rule: Option<String>,
    /// Predictions only: how sure the analyzer is of the speaker (0–1).
    pub confidence: Option<f64>,
}

/// One document of a gold or prediction file.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct EvalDoc {
    /// The id as printed (a string id as is, another JSON value as JSON).
    pub id: String,
    pub text: Option<String>,
    pub quotes: Vec<EvalQuote>,
}

/// The documents of a gold or prediction file, in file order, by id.
#[derive(Clone, Debug, Default)]
pub struct Corpus {
    pub docs: Vec<EvalDoc>,
    index: HashMap<String, usize>,
}

/// Python's `str()` of a JSON value, for speakers given as numbers.
fn py_str(v: &Value) -> Option<String> {
    match v {
        Value::Null => None,
        Value::String(s) => Some(s.clone()),
        Value::Bool(true) => Some("True".into()),
        Value::Bool(false) => Some("False".into()),
        other => Some(other.to_string()),
    }
}

fn int(v: Option<&Value>) -> Option<i64> {
    match v? {
        Value::Number(n) if n.is_i64() => n.as_i64(),
        // An integer too large for i64 is still an integer: out of range.
        Value::Number(n) if n.is_u64() => Some(i64::MAX),
        _ => None,
    }
}

fn quote_from_json(q: &serde_json::Map<String, Value>) -> EvalQuote {
    let string = |k: &str| q.get(k).and_then(Value::as_str).map(str::to_string);
    EvalQuote {
        start: int(q.get("start")),
        end: int(q.get("end")),
        text: string("text"),
        speaker: q.get("speaker").and_then(py_str),
        aliases: match q.get("speaker_aliases") {
            Some(Value::Array(a)) => a.iter().filter_map(py_str).collect(),
            Some(Value::String(s)) => vec![s.clone()],
            _ => Vec::new(),
        },
        kind: string("kind"),
        rule: q.get("rule").and_then(py_str),
        confidence: q.get("confidence").and_then(Value::as_f64),
    }
}

/// Split like Python's text-mode line iteration (`\n`, `\r\n` and `\r`).
fn lines(s: &str) -> impl Iterator<Item = &str> {
    s.split('\n')
        .flat_map(|l| l.strip_suffix('\r').unwrap_or(l).split('\r'))
}

impl Corpus {
    /// Read a JSON Lines gold or prediction file (`what` names it in
    /// errors). Blank lines are skipped; every other line is an object with
    /// an `id` and, optionally, `text` and a `quotes` list. A predicted quote
    /// that is not an object is ignored; a gold one is an error.
    pub fn parse(s: &str, what: &str) -> Result<Corpus, EvalError> {
        let s = s.strip_prefix('\u{feff}').unwrap_or(s);
        let mut corpus = Corpus::default();
        for (n, line) in lines(s).enumerate() {
            let n = n + 1;
            if line.trim().is_empty() {
                continue;
            }
            let value: Value = serde_json::from_str(line).map_err(|e| EvalError::Json {
                what: what.into(),
                line: n,
                message: e.to_string(),
            })?;
            let record_error = |message: &str| EvalError::Record {
                what: what.into(),
                line: n,
                message: message.into(),
            };
            let Value::Object(mut obj) = value else {
                return Err(record_error("no document id"));
            };
            let id = match obj.get("id") {
                None => return Err(record_error("no document id")),
                Some(Value::String(s)) => s.clone(),
                Some(other) => other.to_string(),
            };
            let quotes = match obj.remove("quotes") {
                None => Vec::new(),
                Some(Value::Array(qs)) => {
                    let mut quotes = Vec::with_capacity(qs.len());
                    for q in qs {
                        match q {
                            Value::Object(q) => quotes.push(quote_from_json(&q)),
                            _ if what == "gold" => {
                                return Err(record_error("a quote is not an object"));
                            }
                            _ => {}
                        }
                    }
                    quotes
                }
                Some(_) => return Err(record_error("quotes is not a list")),
            };
            let text = match obj.remove("text") {
                Some(Value::String(t)) => Some(t),
                _ => None,
            };
            corpus.push(EvalDoc { id, text, quotes }, what)?;
        }
        Ok(corpus)
    }

    /// Add a document; its id must be new.
    pub fn push(&mut self, doc: EvalDoc, what: &str) -> Result<(), EvalError> {
        if self.index.contains_key(&doc.id) {
            return Err(EvalError::DuplicateId {
                what: what.into(),
                id: doc.id,
            });
        }
        self.index.insert(doc.id.clone(), self.docs.len());
        self.docs.push(doc);
        Ok(())
    }

    /// The document with this id.
    pub fn get(&self, id: &str) -> Option<&EvalDoc> {
        self.index.get(id).map(|&i| &self.docs[i])
    }
}

impl EvalDoc {
    /// The prediction of whosaid's own output record: its speech
    /// quotations (not the quoted spans that are not speech).
    pub fn from_record(record: &DocumentRecord) -> EvalDoc {
        EvalDoc {
            id: record.id.clone(),
            text: None,
            quotes: record
                .quotes
                .iter()
                .map(|q| EvalQuote {
                    start: i64::try_from(q.start).ok(),
                    end: i64::try_from(q.end).ok(),
                    text: Some(q.text.clone()),
                    speaker: q.speaker.clone(),
                    aliases: Vec::new(),
                    kind: Some(q.kind.clone()),
                    rule: q.rule.clone(),
                    confidence: q.confidence,
                })
                .collect(),
        }
    }
}

/// Code point slicing of a document text.
struct CharText<'a> {
    text: &'a str,
    /// Byte offset of each code point, and the length; empty for ASCII.
    bounds: Vec<usize>,
}

impl<'a> CharText<'a> {
    fn new(text: &'a str) -> Self {
        let bounds = if text.is_ascii() {
            Vec::new()
        } else {
            text.char_indices()
                .map(|(i, _)| i)
                .chain([text.len()])
                .collect()
        };
        CharText { text, bounds }
    }

    fn len(&self) -> usize {
        if self.bounds.is_empty() {
            self.text.len()
        } else {
            self.bounds.len() - 1
        }
    }

    fn slice(&self, start: usize, end: usize) -> &'a str {
        if self.bounds.is_empty() {
            &self.text[start..end]
        } else {
            &self.text[self.bounds[start]..self.bounds[end]]
        }
    }
}

/// The words of a quote: the text at its offsets when they are valid, else
/// its `text`; with the span when the offsets were used.
fn quote_words<'a>(
    q: &'a EvalQuote,
    text: Option<&CharText<'a>>,
    warnings: Option<&mut Warnings>,
) -> (&'a str, Option<(usize, usize)>) {
    if let (Some(s), Some(e), Some(t)) = (q.start, q.end, text)
        && 0 <= s
        && s <= e
        && (e as u64) <= t.len() as u64
    {
        let (s, e) = (s as usize, e as usize);
        let span = t.slice(s, e);
        if let Some(w) = warnings
            && q.text.as_deref().is_some_and(|qt| qt != span)
        {
            w.offset_text_mismatch += 1;
        }
        return (span, Some((s, e)));
    }
    if let Some(w) = warnings {
        w.no_valid_offsets += 1;
    }
    (q.text.as_deref().unwrap_or(""), None)
}

fn kind_name(kind: &Option<String>) -> &str {
    kind.as_deref()
        .filter(|k| !k.is_empty())
        .unwrap_or("(none)")
}

fn short(words: &str) -> String {
    let w = words.split(text::is_py_space).filter(|t| !t.is_empty());
    let w = w.collect::<Vec<_>>().join(" ");
    if w.chars().count() <= 90 {
        w
    } else {
        format!("{}...", w.chars().take(87).collect::<String>())
    }
}

/// Score predictions against gold. `kinds`: score only gold quotes of
/// these kinds (predictions matched to other kinds, and unmatched
/// predictions of other kinds, are left out; unmatched predictions without
/// a kind count). With `details`, one line per miss, wrong speaker and
/// false alarm is added to the report, as `score.py --verbose` prints them.
pub fn score(gold: &Corpus, pred: &Corpus, kinds: Option<&[String]>) -> Result<Report, EvalError> {
    score_with(gold, pred, kinds, false)
}

/// [`score`], listing every miss, wrong speaker and false alarm in
/// `Report::details` when `details` is set.
pub fn score_with(
    gold: &Corpus,
    pred: &Corpus,
    kinds: Option<&[String]>,
    details: bool,
) -> Result<Report, EvalError> {
    let unknown: Vec<String> = pred
        .docs
        .iter()
        .filter(|d| gold.get(&d.id).is_none())
        .take(10)
        .map(|d| d.id.clone())
        .collect();
    if !unknown.is_empty() {
        return Err(EvalError::UnknownIds { ids: unknown });
    }
    let kind_filter: Option<Vec<String>> = kinds.filter(|k| !k.is_empty()).map(|k| {
        let mut k = k.to_vec();
        k.sort();
        k.dedup();
        k
    });
    let wanted = |k: &str| {
        kind_filter
            .as_ref()
            .is_none_or(|f| f.iter().any(|x| x == k))
    };
    let mut total = Counts::default();
    let mut per_kind: BTreeMap<String, Counts> = BTreeMap::new();
    let mut per_rule: BTreeMap<String, Counts> = BTreeMap::new();
    let mut per_confidence: BTreeMap<String, Counts> = BTreeMap::new();
    let mut warnings = Warnings::default();
    let mut missing = 0;
    let mut lines = Vec::new();

    for gd in &gold.docs {
        let text = gd.text.as_deref().map(CharText::new);
        let pd = pred.get(&gd.id);
        if pd.is_none() {
            missing += 1;
        }
        let pq: &[EvalQuote] = pd.map_or(&[], |d| &d.quotes);
        let g_items: Vec<Item> = gd
            .quotes
            .iter()
            .map(|q| {
                let (w, span) = quote_words(q, text.as_ref(), None);
                Item {
                    tokens: quote_tokens(w),
                    span,
                }
            })
            .collect();
        let p_items: Vec<Item> = pq
            .iter()
            .map(|q| {
                let (w, span) = quote_words(q, text.as_ref(), Some(&mut warnings));
                Item {
                    tokens: quote_tokens(w),
                    span,
                }
            })
            .collect();
        let pairs = match_doc(&g_items, &p_items);
        let mut g2p = vec![None; gd.quotes.len()];
        let mut p_matched = vec![false; pq.len()];
        for &(gi, pi, _) in &pairs {
            g2p[gi] = Some(pi);
            p_matched[pi] = true;
        }
        let mut doc_lines = Vec::new();
        let words = |q: &EvalQuote| short(quote_words(q, text.as_ref(), None).0);
        for (gi, g) in gd.quotes.iter().enumerate() {
            let gk = kind_name(&g.kind);
            if !wanted(gk) {
                continue;
            }
            let kind_counts = per_kind.entry(gk.to_string()).or_default();
            total.gold += 1;
            kind_counts.gold += 1;
            if let Some(pi) = g2p[gi] {
                let p = &pq[pi];
                let ok = speaker_right(p.speaker.as_deref(), g.speaker.as_deref(), &g.aliases);
                let named = !norm_speaker(g.speaker.as_deref()).is_empty();
                let rule = kind_name(&p.rule);
                let rule_counts = per_rule.entry(rule.to_string()).or_default();
                for c in [&mut total, kind_counts, rule_counts] {
                    c.add_match(ok, named);
                }
                if let Some(c) = p.confidence {
                    let band = per_confidence.entry(confidence_band(c)).or_default();
                    band.add_match(ok, named);
                }
                if !ok && details {
                    doc_lines.push(format!(
                        "  WRONG SPEAKER [{gk}] {:?}: gold {:?}, predicted {:?}",
                        words(g),
                        g.speaker,
                        p.speaker
                    ));
                }
            } else if details {
                doc_lines.push(format!(
                    "  MISS [{gk}] {:?} (speaker {:?})",
                    words(g),
                    g.speaker
                ));
            }
        }
        for (pi, p) in pq.iter().enumerate() {
            if p_matched[pi] {
                continue;
            }
            let pk = kind_name(&p.kind);
            if p.kind.as_deref().is_some_and(|k| !k.is_empty()) && !wanted(pk) {
                continue;
            }
            total.pred += 1;
            per_kind.entry(pk.to_string()).or_default().pred += 1;
            per_rule
                .entry(kind_name(&p.rule).to_string())
                .or_default()
                .pred += 1;
            if let Some(c) = p.confidence {
                per_confidence.entry(confidence_band(c)).or_default().pred += 1;
            }
            if details {
                doc_lines.push(format!(
                    "  FALSE ALARM [{pk}] {:?} (speaker {:?})",
                    words(p),
                    p.speaker
                ));
            }
        }
        if !doc_lines.is_empty() {
            let note = if pd.is_none() { " (no prediction)" } else { "" };
            lines.push(format!("{}{note}", gd.id));
            lines.append(&mut doc_lines);
        }
    }
    Ok(Report {
        documents: Documents {
            gold: gold.docs.len(),
            predicted: pred.docs.len(),
            gold_missing_from_predictions: missing,
        },
        kind_filter,
        overall: total.finish(),
        per_kind: per_kind.into_iter().map(|(k, c)| (k, c.finish())).collect(),
        per_rule: Counts::finish_rules(per_rule),
        per_confidence: Counts::finish_rules(per_confidence),
        warnings,
        details: lines,
    })
}
