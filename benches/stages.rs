//! Throughput of each pipeline stage and of the whole, in bytes of text per
//! second, on the seed article and on a ~10 MB corpus of news documents
//! built from the fixtures at bench time.
//!
//!     cargo bench --bench stages
//!
//! Each stage is timed alone: its input (the earlier stages' result) is
//! made outside the timed region.

use std::sync::LazyLock;

use divan::counter::BytesCount;
use divan::{Bencher, black_box};
use whosaid::Analysis;
use whosaid::output::{self, DocumentRecord};

fn main() {
    divan::main();
}

const SEED: &str = include_str!("../fixtures/seed/washington-post-kerry-lavrov.txt");
const EVAL_GOLD: &str = include_str!("../fixtures/eval/news.gold.jsonl");

/// The texts of the fixtures: the seed article and the eval fixture's.
fn fixture_texts() -> Vec<String> {
    let mut texts = vec![SEED.to_string()];
    for line in EVAL_GOLD.lines() {
        let doc: serde_json::Value = serde_json::from_str(line).expect("fixture parses");
        texts.push(doc["text"].as_str().expect("fixture has text").to_string());
    }
    texts
}

/// Documents of a corpus, one `Vec` of texts.
static CORPORA: LazyLock<Vec<(&'static str, Vec<String>)>> = LazyLock::new(|| {
    let fixtures = fixture_texts();
    let mut large = Vec::new();
    let mut size = 0;
    while size < 10 << 20 {
        for t in &fixtures {
            size += t.len();
            large.push(t.clone());
        }
    }
    vec![
        ("seed", vec![SEED.to_string()]),
        ("fixtures", fixtures),
        ("corpus-10MB", large),
    ]
});

const CORPUS_NAMES: &[&str] = &["seed", "fixtures", "corpus-10MB"];

fn corpus(name: &str) -> &'static [String] {
    &CORPORA
        .iter()
        .find(|(n, _)| *n == name)
        .expect("a known corpus")
        .1
}

fn bytes(docs: &[String]) -> BytesCount {
    BytesCount::new(docs.iter().map(String::len).sum::<usize>())
}

/// Segmented texts, the input of the quote stage.
fn segmented(docs: &[String]) -> Vec<Analysis> {
    docs.iter()
        .map(|t| {
            let (paragraphs, sentences) = whosaid::segment::segment(t);
            Analysis {
                paragraphs,
                sentences,
                ..Analysis::default()
            }
        })
        .collect()
}

/// Texts through the quote stage, the input of attribution.
fn quoted(docs: &[String]) -> Vec<Analysis> {
    let mut all = segmented(docs);
    for (t, a) in docs.iter().zip(&mut all) {
        whosaid::quotes(t, a);
    }
    all
}

#[divan::bench(args = CORPUS_NAMES, max_time = 3)]
fn segment(bencher: Bencher, name: &str) {
    let docs = corpus(name);
    bencher.counter(bytes(docs)).bench(|| {
        for t in docs {
            black_box(whosaid::segment::segment(black_box(t)));
        }
    });
}

#[divan::bench(args = CORPUS_NAMES, max_time = 3)]
fn quotes(bencher: Bencher, name: &str) {
    let docs = corpus(name);
    bencher
        .counter(bytes(docs))
        .with_inputs(|| segmented(docs))
        .bench_local_refs(|analyses| {
            for (t, a) in docs.iter().zip(analyses) {
                whosaid::quotes(t, a);
            }
        });
}

/// Attribution: cues, mentions, rules and speakers over quoted texts.
#[divan::bench(args = CORPUS_NAMES, max_time = 3)]
fn attribute(bencher: Bencher, name: &str) {
    let docs = corpus(name);
    bencher
        .counter(bytes(docs))
        .with_inputs(|| quoted(docs))
        .bench_local_refs(|analyses| {
            for (t, a) in docs.iter().zip(analyses) {
                whosaid::attribute::attribute(t, a);
            }
        });
}

/// Output: records with code point offsets, serialized as JSON Lines.
#[divan::bench(args = CORPUS_NAMES, max_time = 3)]
fn output(bencher: Bencher, name: &str) {
    let docs = corpus(name);
    let analyses: Vec<Analysis> = docs.iter().map(|t| whosaid::analyze(t)).collect();
    let mut out = Vec::new();
    bencher.counter(bytes(docs)).bench_local(|| {
        out.clear();
        for (t, a) in docs.iter().zip(&analyses) {
            let record = DocumentRecord::new("doc", t, a);
            output::write_jsonl(&mut out, &record).expect("writes to memory");
        }
        black_box(out.len());
    });
}

/// Everything `whosaid extract -f jsonl` does to a text in memory.
#[divan::bench(args = CORPUS_NAMES, max_time = 3)]
fn end_to_end(bencher: Bencher, name: &str) {
    let docs = corpus(name);
    let mut out = Vec::new();
    bencher.counter(bytes(docs)).bench_local(|| {
        out.clear();
        for t in docs {
            let record = DocumentRecord::new("doc", t, &whosaid::analyze(t));
            output::write_jsonl(&mut out, &record).expect("writes to memory");
        }
        black_box(out.len());
    });
}

/// Texts made to find paths that grow faster than the input: one paragraph
/// (or one sentence) of a repeated pattern, 1 MB each. Their MB/s should
/// stay of the order of the news corpus's; a quadratic path shows here
/// first (a paragraph of 60,000 quotations once took minutes).
const PATHOLOGICAL: &[Pattern] = &[
    Pattern::new("quotes-one-paragraph", "“Hi!” A "),
    Pattern::new("split-quotes-one-sentence", "“A,” she said, “B,” "),
    Pattern::new(
        "cues-one-sentence",
        "Smith said the plan, which Jones said was good, and ",
    ),
    Pattern::new(
        "pronouns-one-sentence",
        "Smith met Jones and he said that it rained and ",
    ),
    Pattern::new(
        "dialogue-turns",
        "“Yes,” said Tom.\n\n“No,” said Ann.\n\n“Why?”\n\n",
    ),
    Pattern::new(
        "participles-one-sentence",
        "it rained, saying that it poured, ",
    ),
    Pattern::new(
        "appositions-one-sentence",
        "“a,” Smith, a farmer in the room, said, ",
    ),
    Pattern::new("titles-one-paragraph", "the senator said it rained. "),
    Pattern::new("bare-quotes-one-sentence", "“a” "),
    Pattern::new("nested-quotes-one-sentence", "“a ‘b’ c” "),
    Pattern::new("numbers-one-paragraph", "1.5 "),
];

/// A pathological input: `text` repeated to 1 MB, benchmarked as `name`.
#[derive(Clone, Copy)]
struct Pattern {
    name: &'static str,
    text: &'static str,
}

impl Pattern {
    const fn new(name: &'static str, text: &'static str) -> Self {
        Pattern { name, text }
    }
}

impl std::fmt::Display for Pattern {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.name)
    }
}

#[divan::bench(args = PATHOLOGICAL, max_time = 3)]
fn pathological(bencher: Bencher, pattern: Pattern) {
    let text = pattern.text.repeat((1 << 20) / pattern.text.len());
    bencher.counter(BytesCount::new(text.len())).bench(|| {
        black_box(DocumentRecord::new("doc", &text, &whosaid::analyze(&text)));
    });
}
