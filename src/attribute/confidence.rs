//! How sure an attribution is: the share of speakers found the same way
//! that were right on the dev corpora, read from `confidence.tsv` (written
//! by `scripts/calibrate.py`). A speaker is found the same way when the
//! rule, the kind of mention (a name or description, or a pronoun) and the
//! genre of the document are the same: the same rule is far surer in one
//! genre than in the other (a pronoun after a quotation, `“…,” he said`,
//! was right 0.80 of the time in novels and 0.52 in news).

use std::sync::OnceLock;

use rustc_hash::FxHashMap as HashMap;

use crate::document::Genre;

const TABLE: &str = include_str!("confidence.tsv");

/// The confidence of a rule that no row covers.
const UNKNOWN: f64 = 0.5;

/// The rows of one rule: by mention (a name, a pronoun), then by genre
/// (news, fiction, both together).
type Rows = [[Option<f64>; 3]; 2];

fn genre_column(genre: Genre) -> usize {
    match genre {
        Genre::News => 0,
        Genre::Fiction => 1,
    }
}

const ANY_GENRE: usize = 2;

fn table() -> &'static HashMap<&'static str, Rows> {
    static TABLE_ROWS: OnceLock<HashMap<&'static str, Rows>> = OnceLock::new();
    TABLE_ROWS.get_or_init(|| {
        let mut rules: HashMap<&'static str, Rows> = HashMap::default();
        for line in TABLE
            .lines()
            .filter(|l| !l.starts_with('#') && !l.is_empty())
        {
            let cells: Vec<&str> = line.split('\t').collect();
            let [rule, mention, genre, value, _measured_on] = cells[..] else {
                panic!("confidence.tsv: not five cells: {line:?}");
            };
            let mention = match mention {
                "name" => 0,
                "pronoun" => 1,
                _ => panic!("confidence.tsv: mention {mention:?}"),
            };
            let genre = match genre {
                "news" => genre_column(Genre::News),
                "fiction" => genre_column(Genre::Fiction),
                "any" => ANY_GENRE,
                _ => panic!("confidence.tsv: genre {genre:?}"),
            };
            let value: f64 = value.parse().expect("confidence.tsv: a number");
            rules.entry(rule).or_default()[mention][genre] = Some(value);
        }
        rules
    })
}

/// The confidence of a speaker that `rule` found through a pronoun or
/// not, in a document of `genre`: the row of that genre, else the row of
/// both genres together, else 0.5.
pub fn confidence(rule: &str, pronoun: bool, genre: Genre) -> f64 {
    let Some(rows) = table().get(rule) else {
        return UNKNOWN;
    };
    let by_genre = &rows[usize::from(pronoun)];
    by_genre[genre_column(genre)]
        .or(by_genre[ANY_GENRE])
        .unwrap_or(UNKNOWN)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_row_parses_and_every_confidence_is_a_share() {
        let rules = table();
        assert!(rules.len() > 20, "{} rules", rules.len());
        for (rule, rows) in rules {
            for by_genre in rows {
                assert!(by_genre.iter().flatten().all(|v| (0.0..=1.0).contains(v)));
                // A mention with a row has one for both genres together.
                if by_genre.iter().any(Option::is_some) {
                    assert!(by_genre[ANY_GENRE].is_some(), "{rule}");
                }
            }
        }
    }

    #[test]
    fn the_genre_row_comes_first_then_both_genres_then_one_half() {
        let news = confidence("after-quote", true, Genre::News);
        let fiction = confidence("after-quote", true, Genre::Fiction);
        assert!(fiction > news + 0.1, "{news} {fiction}");
        // `topic` is a news rule: a novel gets the figure of both genres.
        assert_eq!(
            confidence("topic", false, Genre::Fiction),
            table()["topic"][0][ANY_GENRE].unwrap()
        );
        assert_eq!(confidence("no-such-rule", false, Genre::News), UNKNOWN);
    }
}
