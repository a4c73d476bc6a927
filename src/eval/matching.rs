//! One-to-one matching of predicted to gold quotes within a document.

use std::cmp::Ordering;
use std::collections::HashSet;

/// A quote ready for matching: its word tokens and, when it has valid
/// offsets, its code point span.
pub struct Item {
    pub tokens: HashSet<String>,
    pub span: Option<(usize, usize)>,
}

/// Jaccard overlap a pair needs to match.
pub const JACCARD_MIN: f64 = 0.5;

/// Pairs `(gold index, predicted index, jaccard)`: every pair with Jaccard ≥
/// 0.5, taken greedily by highest Jaccard, then larger character overlap,
/// then nearer start, then gold and prediction order; each quote at most
/// once.
pub fn match_doc(gold: &[Item], pred: &[Item]) -> Vec<(usize, usize, f64)> {
    struct Cand {
        j: f64,
        overlap: usize,
        dist: usize,
        gi: usize,
        pi: usize,
    }
    let mut cands = Vec::new();
    for (gi, g) in gold.iter().enumerate() {
        if g.tokens.is_empty() {
            continue;
        }
        for (pi, p) in pred.iter().enumerate() {
            if p.tokens.is_empty() {
                continue;
            }
            let inter = g.tokens.intersection(&p.tokens).count();
            if inter == 0 {
                continue;
            }
            let union = g.tokens.len() + p.tokens.len() - inter;
            let j = inter as f64 / union as f64;
            if j < JACCARD_MIN {
                continue;
            }
            let (overlap, dist) = match (g.span, p.span) {
                (Some(gs), Some(ps)) => (
                    gs.1.min(ps.1).saturating_sub(gs.0.max(ps.0)),
                    gs.0.abs_diff(ps.0),
                ),
                _ => (0, 0),
            };
            cands.push(Cand {
                j,
                overlap,
                dist,
                gi,
                pi,
            });
        }
    }
    cands.sort_by(|a, b| {
        b.j.partial_cmp(&a.j)
            .unwrap_or(Ordering::Equal)
            .then(b.overlap.cmp(&a.overlap))
            .then(a.dist.cmp(&b.dist))
            .then(a.gi.cmp(&b.gi))
            .then(a.pi.cmp(&b.pi))
    });
    let mut g_used = vec![false; gold.len()];
    let mut p_used = vec![false; pred.len()];
    let mut pairs = Vec::new();
    for c in cands {
        if g_used[c.gi] || p_used[c.pi] {
            continue;
        }
        g_used[c.gi] = true;
        p_used[c.pi] = true;
        pairs.push((c.gi, c.pi, c.j));
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    fn item(words: &str, span: Option<(usize, usize)>) -> Item {
        Item {
            tokens: words.split(' ').map(str::to_string).collect(),
            span,
        }
    }

    #[test]
    fn best_overlap_first_and_one_to_one() {
        let gold = [item("a b c d", Some((0, 7))), item("a b", Some((20, 23)))];
        let pred = [
            item("a b", Some((20, 23))),
            item("a b c", Some((0, 5))),
            item("a b", Some((20, 23))),
        ];
        // gold 1 = pred 0 (j 1.0), gold 0 = pred 1 (j 0.75); pred 2 is left.
        assert_eq!(match_doc(&gold, &pred), [(1, 0, 1.0), (0, 1, 0.75)]);
    }

    #[test]
    fn ties_go_to_the_larger_character_overlap_then_the_nearer_start() {
        let gold = [item("x y", Some((10, 13)))];
        let pred = [item("x y", Some((30, 33))), item("x y", Some((9, 12)))];
        assert_eq!(match_doc(&gold, &pred), [(0, 1, 1.0)]);
        let below = [item("x z w", None)];
        assert!(
            match_doc(&gold, &below).is_empty(),
            "Jaccard 1/4 is below 0.5"
        );
    }
}
