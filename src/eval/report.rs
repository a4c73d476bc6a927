//! Counts and the figures derived from them.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

/// Raw counts of one row (overall, a kind or a rule).
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct Counts {
    pub gold: usize,
    pub pred: usize,
    /// Matched quotes (true positives).
    pub tp: usize,
    /// Matched quotes whose speaker is right.
    pub spk_ok: usize,
    /// Matched quotes whose gold speaker is not null.
    pub tp_named: usize,
    pub spk_ok_named: usize,
}

fn ratio(a: usize, b: usize) -> f64 {
    if b == 0 { 0.0 } else { a as f64 / b as f64 }
}

fn prf(tp: usize, pred: usize, gold: usize) -> (f64, f64, f64) {
    let p = ratio(tp, pred);
    let r = ratio(tp, gold);
    let f = if p + r > 0.0 {
        2.0 * p * r / (p + r)
    } else {
        0.0
    };
    (p, r, f)
}

impl Counts {
    /// A matched quote (which is also a prediction).
    pub fn add_match(&mut self, speaker_ok: bool, named: bool) {
        self.pred += 1;
        self.tp += 1;
        self.spk_ok += usize::from(speaker_ok);
        self.tp_named += usize::from(named);
        self.spk_ok_named += usize::from(speaker_ok && named);
    }

    pub fn finish(&self) -> Metrics {
        let (precision, recall, f1) = prf(self.tp, self.pred, self.gold);
        let (e2e_precision, e2e_recall, e2e_f1) = prf(self.spk_ok, self.pred, self.gold);
        Metrics {
            gold: self.gold,
            pred: self.pred,
            matched: self.tp,
            precision,
            recall,
            f1,
            speaker_accuracy: ratio(self.spk_ok, self.tp),
            speaker_accuracy_named: ratio(self.spk_ok_named, self.tp_named),
            matched_named: self.tp_named,
            e2e_precision,
            e2e_recall,
            e2e_f1,
        }
    }

    /// The rows of a section over predictions (by rule, by confidence
    /// band), each finished as [`Counts::finish_rule`].
    pub fn finish_rules(rows: BTreeMap<String, Counts>) -> BTreeMap<String, RuleMetrics> {
        rows.into_iter()
            .map(|(k, c)| (k, c.finish_rule()))
            .collect()
    }

    /// A rule's row: a rule only makes predictions, so only the figures
    /// over predictions mean anything.
    pub fn finish_rule(&self) -> RuleMetrics {
        RuleMetrics {
            pred: self.pred,
            matched: self.tp,
            matched_named: self.tp_named,
            precision: ratio(self.tp, self.pred),
            speaker_accuracy: ratio(self.spk_ok, self.tp),
            speaker_accuracy_named: ratio(self.spk_ok_named, self.tp_named),
            e2e_precision: ratio(self.spk_ok, self.pred),
        }
    }
}

/// The tenth of 0–1 a confidence falls in, as `0.7-0.8` (1.0 itself in
/// `0.9-1.0`; values outside 0–1 in the nearest band). Written so that
/// names sort as numbers.
pub fn confidence_band(confidence: f64) -> String {
    // The epsilon keeps 0.7, which is 6.999… tenths in binary, in 0.7-0.8.
    let tenth = (confidence * 10.0 + 1e-9).floor().clamp(0.0, 9.0);
    format!("{:.1}-{:.1}", tenth / 10.0, (tenth + 1.0) / 10.0)
}

/// The figures of one row, named as `score.py --json` names them.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Metrics {
    pub gold: usize,
    pub pred: usize,
    pub matched: usize,
    pub precision: f64,
    pub recall: f64,
    pub f1: f64,
    /// Over matched quotes.
    pub speaker_accuracy: f64,
    /// Over matched quotes whose gold speaker is not null.
    pub speaker_accuracy_named: f64,
    pub matched_named: usize,
    /// Matched and speaker right.
    pub e2e_precision: f64,
    pub e2e_recall: f64,
    pub e2e_f1: f64,
}

/// The figures of one attribution rule: over the predictions it made.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct RuleMetrics {
    pub pred: usize,
    pub matched: usize,
    pub matched_named: usize,
    /// Share of its predictions that match a gold quote.
    pub precision: f64,
    pub speaker_accuracy: f64,
    pub speaker_accuracy_named: f64,
    /// Share of its predictions that match with the right speaker.
    pub e2e_precision: f64,
}

#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Documents {
    pub gold: usize,
    pub predicted: usize,
    pub gold_missing_from_predictions: usize,
}

/// Predicted quotes whose offsets did not give their text.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Warnings {
    pub offset_text_mismatch: usize,
    pub no_valid_offsets: usize,
}

/// Everything `whosaid eval` reports; serializes to the JSON of
/// `score.py --json` plus `per_rule` and `per_confidence`.
#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
pub struct Report {
    pub documents: Documents,
    pub kind_filter: Option<Vec<String>>,
    pub overall: Metrics,
    /// By gold kind (false alarms by predicted kind, `(none)` without one).
    pub per_kind: BTreeMap<String, Metrics>,
    /// By the `rule` of the predictions (`(none)` without one).
    pub per_rule: BTreeMap<String, RuleMetrics>,
    /// By the band of the predictions' `confidence` ([`confidence_band`]);
    /// predictions without one are in no band. It shows whether a higher
    /// confidence means a speaker more often right.
    #[serde(default, skip_serializing_if = "BTreeMap::is_empty")]
    pub per_confidence: BTreeMap<String, RuleMetrics>,
    pub warnings: Warnings,
    /// Misses, wrong speakers and false alarms, when asked for.
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub details: Vec<String>,
}

#[cfg(test)]
mod tests {
    use super::confidence_band;

    #[test]
    fn a_confidence_falls_in_its_tenth_and_names_sort_as_numbers() {
        let band = |c: f64| confidence_band(c);
        assert_eq!(band(0.0), "0.0-0.1");
        assert_eq!(band(0.7), "0.7-0.8", "0.7 is 6.999… tenths in binary");
        assert_eq!(band(0.69), "0.6-0.7");
        assert_eq!(band(0.92), "0.9-1.0");
        assert_eq!(
            band(1.0),
            "0.9-1.0",
            "1.0 is in the top band, not a band of its own"
        );
        assert_eq!(band(-0.2), "0.0-0.1");
        assert_eq!(band(7.0), "0.9-1.0");
        let mut names: Vec<String> = [0.95, 0.05, 0.55].into_iter().map(band).collect();
        names.sort();
        assert_eq!(names, ["0.0-0.1", "0.5-0.6", "0.9-1.0"]);
    }
}
