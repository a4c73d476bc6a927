//! The HTML report as a person sees it: rendered by headless Chromium, then
//! checked through the DOM and the computed styles, and photographed; and
//! the `whosaid report` command around it.
//!
//! Needs Chromium (`apt-get install -y chromium`; `.ci/run` installs it);
//! without it the tests fail and say so. `WHOSAID_UPDATE_REPORTS=1 cargo
//! test --test browser` rewrites the example under `reports/` (the page
//! and its screenshot); otherwise the committed page must equal what
//! `whosaid report` makes of the seed article now.

#[path = "browser/cdp.rs"]
mod cdp;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;

use serde::Deserialize;
use whosaid::output::{DocumentRecord, QuoteRecord, SpeakerRecord};

use cdp::Browser;

const SEED: &str = "fixtures/seed/washington-post-kerry-lavrov.txt";
const WIDTH: u32 = 1280;

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn scratch() -> PathBuf {
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join("browser");
    std::fs::create_dir_all(&dir).expect("a scratch directory");
    dir
}

/// Run `whosaid report INPUT -o OUT` in the project directory.
fn report(input: &str, out: &Path) {
    let o = Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(["report", input, "-o"])
        .arg(out)
        .current_dir(root())
        .output()
        .expect("whosaid runs");
    assert!(
        o.status.success(),
        "whosaid report failed: {}",
        String::from_utf8_lossy(&o.stderr)
    );
}

fn whosaid(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_whosaid"))
        .args(args)
        .current_dir(root())
        .output()
        .expect("whosaid runs")
}

#[test]
fn report_lists_a_missing_input_and_exits_1() {
    let out = scratch().join("missing-report.html");
    let missing = "fixtures/seed/no-such-article.txt";
    let o = whosaid(&["report", SEED, missing, "-o", out.to_str().expect("UTF-8")]);
    assert_eq!(
        o.status.code(),
        Some(1),
        "{}",
        String::from_utf8_lossy(&o.stderr)
    );
    assert!(String::from_utf8_lossy(&o.stderr).contains("no-such-article.txt"));
    let page = std::fs::read_to_string(&out).expect("the page is still written");
    assert!(page.contains("id=\"index\""), "two inputs, so an index");
    assert!(page.contains("id=\"doc-1\"") && page.contains("id=\"doc-2\""));
    let failed = &page[page.find("id=\"doc-2\"").expect("the second document")..];
    assert!(failed.contains("Could not be read"), "{failed}");
}

#[test]
fn extract_as_html_is_the_report_and_usage_errors_exit_2() {
    let report = whosaid(&["report", SEED]);
    let extract = whosaid(&["extract", SEED, "-f", "html"]);
    assert!(report.status.success() && extract.status.success());
    assert!(report.stdout.starts_with(b"<!DOCTYPE html>"));
    assert_eq!(report.stdout, extract.stdout);
    assert_eq!(whosaid(&["report"]).status.code(), Some(2));
}

/// A highlighted quotation as the browser shows it.
#[derive(Debug, Deserialize)]
struct DomMark {
    quote: usize,
    part: Option<String>,
    text: String,
    speaker: Option<String>,
    kind: String,
    paragraph: usize,
    background: String,
    underline: String,
    visible: bool,
}

/// A bar of the who-said-what chart.
#[derive(Debug, Deserialize)]
struct DomBar {
    speaker: Option<String>,
    counts: BTreeMap<String, usize>,
    visible: bool,
}

#[derive(Debug, Deserialize)]
struct Dom {
    /// Colour of each speaker's swatch in the speakers table ("" unknown).
    swatches: BTreeMap<String, String>,
    marks: Vec<DomMark>,
    bars: Vec<DomBar>,
    /// Visible text of the article column.
    text: String,
}

const READ_DOM: &str = r#"(() => {
  const visible = (e) => {
    const r = e.getBoundingClientRect(), s = getComputedStyle(e);
    return r.width > 0 && r.height > 0 && s.visibility === "visible" && s.display !== "none";
  };
  const swatches = {};
  for (const s of document.querySelectorAll("article [data-swatch]"))
    swatches[s.dataset.swatch] = getComputedStyle(s).backgroundColor;
  const marks = [...document.querySelectorAll("article .text mark.q")].map((m) => {
    const s = getComputedStyle(m);
    return {
      quote: Number(m.dataset.quote), part: m.dataset.part ?? null, text: m.textContent,
      speaker: m.dataset.speaker ?? null, kind: m.dataset.kind,
      paragraph: Number(m.closest("p").dataset.paragraph),
      background: s.backgroundColor, underline: s.borderBottomColor, visible: visible(m),
    };
  });
  const bars = [...document.querySelectorAll("article svg.chart g.speaker")].map((g) => ({
    speaker: g.dataset.speaker ?? null, visible: visible(g),
    counts: Object.fromEntries([...g.querySelectorAll("rect")].map((r) => [r.dataset.kind, Number(r.dataset.count)])),
  }));
  return JSON.stringify({ swatches, marks, bars, text: document.querySelector("article .text").innerText });
})()"#;

fn read_dom(browser: &mut Browser, page: &cdp::Page) -> Dom {
    let json = browser.eval(page, READ_DOM);
    serde_json::from_str(json.as_str().expect("a JSON string")).expect("the DOM summary parses")
}

/// What a speech record should look like in the page: per part, its
/// label and text.
fn expected_parts(q: &QuoteRecord) -> Vec<(Option<String>, String)> {
    if q.parts.is_empty() {
        return vec![(None, q.text.clone())];
    }
    let n = q.parts.len();
    q.parts
        .iter()
        .enumerate()
        .map(|(k, p)| (Some(format!("{}/{n}", k + 1)), p.text.clone()))
        .collect()
}

const TRANSPARENT: &str = "rgba(0, 0, 0, 0)";

/// Every speech quotation of `record` is highlighted, visibly, once, in the
/// colour of the speaker the record gives; the chart counts what the
/// records count.
fn check_against_records(dom: &Dom, record: &DocumentRecord) {
    assert!(!record.quotes.is_empty(), "the document has quotations");
    // Marks of one quotation part, joined in page order (a part split by a
    // crossing span is two marks).
    let mut seen: BTreeMap<(usize, Option<String>), Vec<&DomMark>> = BTreeMap::new();
    for m in &dom.marks {
        seen.entry((m.quote, m.part.clone())).or_default().push(m);
    }
    let mut expected_keys = 0;
    for (i, q) in record.quotes.iter().enumerate() {
        let number = i + 1;
        for (part, text) in expected_parts(q) {
            expected_keys += 1;
            let marks = seen.get(&(number, part.clone())).unwrap_or_else(|| {
                panic!("quotation {number} ({part:?}) “{text}” is not highlighted")
            });
            let shown: String = marks.iter().map(|m| m.text.as_str()).collect();
            assert_eq!(shown, text, "quotation {number} highlights other words");
            for m in marks {
                assert_eq!(m.speaker, q.speaker, "quotation {number} “{text}”: speaker");
                assert_eq!(m.kind, q.kind, "quotation {number} “{text}”: kind");
                assert!(m.visible, "quotation {number} “{text}” is not visible");
                assert_ne!(
                    m.background, TRANSPARENT,
                    "quotation {number} “{text}” has no highlight"
                );
                let key = q.speaker.clone().unwrap_or_default();
                let colour = dom.swatches.get(&key).unwrap_or_else(|| {
                    panic!(
                        "no swatch for {key:?} in the speakers table: {:?}",
                        dom.swatches
                    )
                });
                assert_eq!(
                    &m.underline, colour,
                    "quotation {number} “{text}” is not in {key:?}'s colour"
                );
            }
            if part.as_deref().is_none_or(|p| p.starts_with("1/")) {
                assert_eq!(
                    marks[0].paragraph, q.paragraph,
                    "quotation {number}: paragraph"
                );
            }
        }
    }
    assert_eq!(
        seen.len(),
        expected_keys,
        "the page highlights speech that is not in the records"
    );
    // Distinct speakers, distinct colours (the palette has ten, and grey
    // is for the unknown).
    let colours: std::collections::BTreeSet<&String> = dom.swatches.values().collect();
    let unknown = usize::from(dom.swatches.contains_key(""));
    assert_eq!(
        colours.len(),
        (dom.swatches.len() - unknown).min(10) + unknown,
        "speakers share a colour: {:?}",
        dom.swatches
    );
    // The chart: one visible bar per speaker (and one for the unknown),
    // counting each kind as the records do.
    let mut want: BTreeMap<Option<String>, BTreeMap<String, usize>> = BTreeMap::new();
    for q in &record.quotes {
        *want
            .entry(q.speaker.clone())
            .or_default()
            .entry(q.kind.clone())
            .or_default() += 1;
    }
    let got: BTreeMap<Option<String>, BTreeMap<String, usize>> = dom
        .bars
        .iter()
        .map(|b| {
            assert!(b.visible, "the bar of {:?} is not visible", b.speaker);
            (b.speaker.clone(), b.counts.clone())
        })
        .collect();
    assert_eq!(got, want, "the chart's bars");
}

#[test]
fn seed_report_highlights_every_quotation_in_its_speakers_colour() {
    let dir = scratch();
    let html = dir.join("seed-report.html");
    report(SEED, &html);
    let text = std::fs::read_to_string(root().join(SEED)).expect("the seed article");
    let record = DocumentRecord::new(SEED, &text, &whosaid::analyze(&text));

    let mut browser = Browser::launch(&dir);
    let page = browser.new_page(WIDTH, 900);
    browser.open(&page, &html);
    let dom = read_dom(&mut browser, &page);
    check_against_records(&dom, &record);
    // And the speakers are the right ones: every gold quotation of the seed
    // is highlighted with its gold speaker.
    let (_, gold, _) = gold_document();
    assert_eq!(gold.quotes.len(), 11);
    for g in &gold.quotes {
        let shown = dom
            .marks
            .iter()
            .find(|m| m.text == g.text)
            .unwrap_or_else(|| panic!("gold quotation “{}” is not highlighted", g.text));
        assert_eq!(shown.speaker, g.speaker, "“{}”: speaker", g.text);
        assert_eq!(shown.kind, g.kind, "“{}”: kind", g.text);
    }
    let speakers: std::collections::BTreeSet<&String> = dom.swatches.keys().collect();
    assert_eq!(speakers.len(), 4, "four speakers: {speakers:?}");
    // The article column shows the article: its first and last words.
    assert!(dom.text.starts_with("The Washington Post"), "{}", dom.text);
    assert!(
        dom.text
            .contains("activate your free digital subscription.")
    );

    // Keyboard focus shows who said it.
    let tip = browser.eval(
        &page,
        r#"(() => { const m = document.querySelector("article mark.q"); m.focus();
             return getComputedStyle(m, "::after").content; })()"#,
    );
    let tip = tip.as_str().expect("a string").to_string();
    let first = &record.quotes[0];
    let who = first.speaker.as_deref().unwrap_or("speaker unknown");
    assert!(tip.contains(who), "the focused quotation's tooltip: {tip}");
    assert!(tip.contains("quotation") || tip.contains("speech"), "{tip}");

    // The screenshot shows a tooltip, what a reader gets on hover, on the
    // last quotation, where it hides no other.
    browser.eval(
        &page,
        r#"[...document.querySelectorAll("article mark.q")].pop().focus()"#,
    );
    let shot = browser.screenshot(&page, WIDTH);
    assert!(shot.starts_with(b"\x89PNG\r\n\x1a\n"), "a PNG");
    let png = dir.join("seed-report.png");
    std::fs::write(&png, &shot).expect("the screenshot is saved");
    eprintln!("screenshot: {}", png.display());

    let committed = root().join("reports/seed-report.html");
    if std::env::var_os("WHOSAID_UPDATE_REPORTS").is_some() {
        std::fs::create_dir_all(root().join("reports")).expect("reports/");
        std::fs::copy(&html, &committed).expect("the report is saved");
        std::fs::write(root().join("reports/seed-report.png"), &shot).expect("saved");
    } else {
        let now = std::fs::read_to_string(&html).expect("the new report");
        let was = std::fs::read_to_string(&committed).unwrap_or_default();
        assert!(
            now == was,
            "reports/seed-report.html is not what whosaid makes of the seed article now: \
             run `WHOSAID_UPDATE_REPORTS=1 cargo test --test browser`, look at \
             reports/seed-report.png, and commit both"
        );
        assert!(root().join("reports/seed-report.png").exists());
    }
}

/// The gold quotations of the seed article, with the gold speakers, as
/// records: what the report will show once attribution gives speakers.
fn gold_document() -> (String, DocumentRecord, Vec<whosaid::Span>) {
    #[derive(Deserialize)]
    struct Gold {
        text: String,
        quotes: Vec<GoldQuote>,
    }
    #[derive(Deserialize)]
    struct GoldQuote {
        start: usize,
        end: usize,
        text: String,
        speaker: String,
        kind: String,
    }
    let path = root().join("fixtures/seed/washington-post-kerry-lavrov.gold.jsonl");
    let gold: Gold =
        serde_json::from_str(&std::fs::read_to_string(path).expect("gold")).expect("gold parses");
    let text = gold.text;
    let paragraphs = whosaid::analyze(&text).paragraphs;
    let byte = |chars: usize| {
        text.char_indices()
            .nth(chars)
            .map_or(text.len(), |(b, _)| b)
    };
    let quotes = gold
        .quotes
        .into_iter()
        .map(|g| {
            let (byte_start, byte_end) = (byte(g.start), byte(g.end));
            assert_eq!(&text[byte_start..byte_end], g.text);
            QuoteRecord {
                start: g.start,
                end: g.end,
                byte_start,
                byte_end,
                text: g.text,
                kind: g.kind,
                paragraph: paragraphs
                    .iter()
                    .position(|p| p.contains_offset(byte_start))
                    .expect("in a paragraph"),
                speaker: Some(g.speaker),
                rule: Some("gold".to_string()),
                ..Default::default()
            }
        })
        .collect::<Vec<_>>();
    // The speakers table: one row per gold speaker, in order of first
    // quotation, with their quotations counted by kind.
    let mut speakers: Vec<SpeakerRecord> = Vec::new();
    for q in &quotes {
        let name = q.speaker.as_deref().expect("a gold speaker");
        let row = match speakers.iter().position(|s| s.name == name) {
            Some(i) => &mut speakers[i],
            None => {
                speakers.push(SpeakerRecord::empty(name, None, "named"));
                speakers.last_mut().expect("just pushed")
            }
        };
        match q.kind.as_str() {
            "direct" => row.direct += 1,
            "partial" => row.partial += 1,
            _ => row.indirect += 1,
        }
    }
    let record = DocumentRecord {
        id: "gold".to_string(),
        quotes,
        speakers,
        ..Default::default()
    };
    (text, record, paragraphs)
}

#[test]
fn gold_speakers_get_four_colours_and_four_bars() {
    use whosaid::output::html::{self, ReportDocument};
    let dir = scratch();
    let (text, record, paragraphs) = gold_document();
    let doc = ReportDocument {
        record: record.clone(),
        text,
        paragraphs,
    };
    let html = dir.join("gold-report.html");
    std::fs::write(&html, html::render(&[doc])).expect("the page is written");
    let mut browser = Browser::launch(&dir);
    let page = browser.new_page(WIDTH, 900);
    browser.open(&page, &html);
    let dom = read_dom(&mut browser, &page);
    check_against_records(&dom, &record);
    assert_eq!(dom.marks.len(), 11);
    assert_eq!(dom.swatches.len(), 4, "{:?}", dom.swatches);
    assert_eq!(dom.bars.len(), 4);
    let shot = browser.screenshot(&page, WIDTH);
    std::fs::write(dir.join("gold-report.png"), shot).expect("the screenshot is saved");
}

#[test]
fn nested_and_multi_paragraph_quotations_are_highlighted_whole() {
    use whosaid::output::html::{self, ReportDocument};
    let dir = scratch();
    let text =
        "Ann said the plan was “bold” and cheap.\n\n“First part.\n\n“Second part,” Bo went on.";
    let analysis = whosaid::analyze(text);
    let mut record = DocumentRecord::new("nested", text, &analysis);
    assert!(
        record.quotes.iter().any(|q| q.parts.len() == 2),
        "the analysis finds the quotation over two paragraphs: {:?}",
        record.quotes
    );
    // Reported speech around the partial quotation, as attribution will
    // give it: its span holds the partial one.
    let reported = "the plan was “bold” and cheap";
    let byte_start = text.find(reported).expect("in the text");
    let start = text[..byte_start].chars().count();
    let mut outer = record
        .quotes
        .iter()
        .find(|q| q.kind == "partial")
        .expect("the partial quotation")
        .clone();
    (outer.start, outer.end) = (start, start + reported.chars().count());
    (outer.byte_start, outer.byte_end) = (byte_start, byte_start + reported.len());
    outer.text = reported.to_string();
    outer.kind = "indirect".to_string();
    outer.speaker = Some("Cy".to_string());
    record.quotes.insert(0, outer);
    // Cy gets a row of the speakers table.
    record.speakers.push(SpeakerRecord {
        indirect: 1,
        ..SpeakerRecord::empty("Cy", None, "named")
    });
    let doc = ReportDocument {
        record: record.clone(),
        text: text.to_string(),
        paragraphs: analysis.paragraphs,
    };
    let html = dir.join("nested-report.html");
    std::fs::write(&html, html::render(&[doc])).expect("the page is written");
    let mut browser = Browser::launch(&dir);
    let page = browser.new_page(WIDTH, 600);
    browser.open(&page, &html);
    let dom = read_dom(&mut browser, &page);
    check_against_records(&dom, &record);
    let nested = browser.eval(
        &page,
        r#"document.querySelector("mark[data-kind=indirect] > mark[data-kind=partial]")?.textContent ?? null"#,
    );
    assert_eq!(
        nested,
        serde_json::json!("bold"),
        "the partial mark sits inside the reported one"
    );
}

#[test]
fn filters_hide_highlights_and_bring_them_back() {
    let dir = scratch();
    let html = dir.join("filters-report.html");
    report(SEED, &html);
    let mut browser = Browser::launch(&dir);
    let page = browser.new_page(WIDTH, 900);
    browser.open(&page, &html);
    let state = |b: &mut Browser| -> Vec<(String, bool)> {
        let v = b.eval(
            &page,
            r#"JSON.stringify([...document.querySelectorAll("article mark[data-kind]")].map((m) =>
                 [m.dataset.kind, getComputedStyle(m).backgroundColor !== "rgba(0, 0, 0, 0)"
                                  || getComputedStyle(m).borderBottomColor !== "rgba(0, 0, 0, 0)"]))"#,
        );
        serde_json::from_str(v.as_str().expect("JSON")).expect("parses")
    };
    let visible_form = browser.eval(&page, "!document.getElementById('filters').hidden");
    assert_eq!(
        visible_form,
        serde_json::json!(true),
        "the script shows the filters"
    );
    let before = state(&mut browser);
    assert!(
        before.iter().all(|(_, on)| *on),
        "everything starts highlighted"
    );
    assert!(before.iter().any(|(k, _)| k == "direct"));

    browser.eval(
        &page,
        r#"document.querySelector("input[name=kind][value=direct]").click()"#,
    );
    let after = state(&mut browser);
    assert_eq!(after.len(), before.len());
    for (kind, on) in &after {
        assert_eq!(
            *on,
            kind != "direct",
            "{kind} after hiding direct quotations"
        );
    }
    // "none" clears every speaker; then nothing spoken stays highlighted.
    browser.eval(
        &page,
        r#"document.querySelector("button[data-all=off][data-name=speaker]").click()"#,
    );
    let speech = ["direct", "partial", "indirect", "mixed"];
    for (kind, on) in state(&mut browser) {
        assert_eq!(
            on,
            !speech.contains(&kind.as_str()),
            "{kind} with no speaker chosen"
        );
    }
    browser.eval(
        &page,
        r#"document.querySelector("button[data-all=on][data-name=speaker]").click();
                           document.querySelector("input[name=kind][value=direct]").click()"#,
    );
    assert!(state(&mut browser).iter().all(|(_, on)| *on), "all back");
}

#[test]
fn markup_in_an_article_stays_text_in_the_browser() {
    let dir = scratch();
    let article = dir.join("hostile.txt");
    let words = "“<script>window.pwned = 1</script> is fine,” she said. \
                 <img src=x onerror=\"window.pwned = 2\"> and </p></article><h1>x</h1>";
    std::fs::write(&article, words).expect("the article is written");
    let html = dir.join("hostile-report.html");
    report(article.to_str().expect("a UTF-8 path"), &html);
    let mut browser = Browser::launch(&dir);
    let page = browser.new_page(WIDTH, 900);
    browser.open(&page, &html);
    let v = browser.eval(
        &page,
        r#"JSON.stringify({ pwned: window.pwned ?? null, scripts: document.scripts.length,
             images: document.images.length, articles: document.querySelectorAll("article").length,
             text: document.querySelector("article .text").textContent,
             quote: document.querySelector("article mark.q").textContent })"#,
    );
    let v: serde_json::Value = serde_json::from_str(v.as_str().expect("JSON")).expect("parses");
    assert_eq!(
        v["pwned"],
        serde_json::Value::Null,
        "article text ran as script"
    );
    assert_eq!(v["scripts"], 1, "only the report's own script");
    assert_eq!(v["images"], 0);
    assert_eq!(v["articles"], 1);
    assert_eq!(v["text"], words);
    assert_eq!(v["quote"], "<script>window.pwned = 1</script> is fine,");
}
