//! The report as a terminal table, Markdown and CSV rows.

use std::collections::BTreeMap;
use std::fmt::Write;

use super::report::{Metrics, Report, RuleMetrics};

/// Columns of [`csv_rows`].
pub const CSV_HEADER: &[&str] = &[
    "section",
    "name",
    "gold",
    "pred",
    "matched",
    "precision",
    "recall",
    "f1",
    "speaker_accuracy",
    "speaker_accuracy_named",
    "e2e_precision",
    "e2e_recall",
    "e2e_f1",
];

fn kind_rows(r: &Report) -> impl Iterator<Item = (&str, &str, &Metrics)> {
    std::iter::once(("overall", "ALL", &r.overall))
        .chain(r.per_kind.iter().map(|(k, m)| ("kind", k.as_str(), m)))
}

/// Decimals of the figures in the tables, and in CSV.
const TABLE_PLACES: usize = 3;
const CSV_PLACES: usize = 4;

/// The eleven figure columns of a kind row, rates with `places` decimals.
fn kind_cells(m: &Metrics, places: usize) -> [String; 11] {
    let f = |x: f64| format!("{x:.places$}");
    [
        m.gold.to_string(),
        m.pred.to_string(),
        m.matched.to_string(),
        f(m.precision),
        f(m.recall),
        f(m.f1),
        f(m.speaker_accuracy),
        f(m.speaker_accuracy_named),
        f(m.e2e_precision),
        f(m.e2e_recall),
        f(m.e2e_f1),
    ]
}

/// The same columns for a rule row; the figures a rule does not have are
/// `missing`.
fn rule_cells(m: &RuleMetrics, places: usize, missing: &str) -> [String; 11] {
    let f = |x: f64| format!("{x:.places$}");
    let gap = || missing.to_string();
    [
        gap(),
        m.pred.to_string(),
        m.matched.to_string(),
        f(m.precision),
        gap(),
        gap(),
        f(m.speaker_accuracy),
        f(m.speaker_accuracy_named),
        f(m.e2e_precision),
        gap(),
        gap(),
    ]
}

const COLUMNS: [&str; 12] = [
    "gold", "pred", "match", "P", "R", "F1", "spk_acc", "spk_nmd", "e2e_P", "e2e_R", "e2e_F1", "",
];

/// The report as `score.py` prints it, with a section per rule.
pub fn table(r: &Report) -> String {
    let mut out = String::new();
    let d = &r.documents;
    let _ = writeln!(
        out,
        "documents: gold {}, predicted {}, gold documents without prediction {}",
        d.gold, d.predicted, d.gold_missing_from_predictions
    );
    if let Some(k) = &r.kind_filter {
        let _ = writeln!(out, "kind filter: {}", k.join(","));
    }
    let row = |out: &mut String, name: &str, cells: &[String; 11]| {
        let _ = write!(out, "{name:<10}");
        for (i, c) in cells.iter().enumerate() {
            let w = if i == 6 || i == 7 { 8 } else { 7 };
            let _ = write!(out, " {c:>w$}");
        }
        out.push('\n');
    };
    let header: [String; 11] = std::array::from_fn(|i| COLUMNS[i].to_string());
    row(&mut out, "kind", &header);
    for (_, name, m) in kind_rows(r) {
        row(&mut out, name, &kind_cells(m, TABLE_PLACES));
    }
    for (section, rows) in row_sections(r) {
        out.push('\n');
        row(&mut out, section, &header);
        for (name, m) in rows {
            row(&mut out, name, &rule_cells(m, TABLE_PLACES, "-"));
        }
    }
    let w = &r.warnings;
    if w.offset_text_mismatch > 0 || w.no_valid_offsets > 0 {
        let _ = writeln!(
            out,
            "warnings: {} predicted quotes whose text differs from text[start:end]; \
             {} without valid offsets (scored by their text)",
            w.offset_text_mismatch, w.no_valid_offsets
        );
    }
    out.push_str(
        "(spk_acc: over matched quotes; spk_nmd: over matched quotes whose gold speaker is not \
         null; per-kind false alarms go by the predicted kind; a rule row counts the \
         predictions of that rule, a confidence row those whose confidence is in that \
         band)\n",
    );
    out
}

/// The sections of rows over predictions that are not empty: by rule,
/// then by confidence band.
fn row_sections(
    r: &Report,
) -> impl Iterator<Item = (&'static str, &BTreeMap<String, RuleMetrics>)> {
    [("rule", &r.per_rule), ("confidence", &r.per_confidence)]
        .into_iter()
        .filter(|(_, rows)| !rows.is_empty())
}

/// The report as Markdown tables (kinds, then rules, then confidence
/// bands).
pub fn markdown(r: &Report) -> String {
    let mut out = String::new();
    let head = |out: &mut String, first: &str| {
        let _ = writeln!(out, "| {first} | {} |", COLUMNS[..11].join(" | "));
        let _ = writeln!(out, "|---{}|", "|---:".repeat(11));
    };
    let row = |out: &mut String, name: &str, cells: &[String; 11]| {
        let _ = writeln!(out, "| {name} | {} |", cells.join(" | "));
    };
    head(&mut out, "kind");
    for (_, name, m) in kind_rows(r) {
        row(&mut out, name, &kind_cells(m, TABLE_PLACES));
    }
    for (section, rows) in row_sections(r) {
        out.push('\n');
        head(&mut out, section);
        for (name, m) in rows {
            row(&mut out, name, &rule_cells(m, TABLE_PLACES, "-"));
        }
    }
    out
}

/// One row per kind, per rule and per confidence band, with
/// [`CSV_HEADER`]'s columns; figures a rule or band does not have are
/// empty.
pub fn csv_rows(r: &Report) -> Vec<Vec<String>> {
    let row = |section: &str, name: &str, cells: [String; 11]| {
        [section.to_string(), name.to_string()]
            .into_iter()
            .chain(cells)
            .collect()
    };
    let kinds =
        kind_rows(r).map(|(section, name, m)| row(section, name, kind_cells(m, CSV_PLACES)));
    let rules = row_sections(r).flat_map(|(section, rows)| {
        rows.iter()
            .map(move |(name, m)| row(section, name, rule_cells(m, CSV_PLACES, "")))
    });
    kinds.chain(rules).collect()
}
