//! The HTML report: one self-contained page (styles and the small filter
//! script inline, nothing fetched) with each article's text, every quotation
//! highlighted in its speaker's colour, and who said what as a chart and a
//! table. For several documents an index comes first, with the speakers of
//! all documents merged by canonical name.
//!
//! Markup is written with `maud`, which escapes every piece of text and every
//! attribute value: article text can never become markup.

mod marks;
pub mod speakers;

use std::collections::HashMap;

use maud::{DOCTYPE, Markup, PreEscaped, html};

use crate::document::Analysis;
use crate::output::{DocumentRecord, QuoteRecord, SpeakerRecord};
use crate::span::{CharOffsets, Span};
use marks::{Node, Segment};
pub use speakers::{KindCounts, MergedSpeaker, is_unknown, merge, speakers};

const CSS: &str = include_str!("report.css");
const JS: &str = include_str!("report.js");
/// Colour classes `c0`…`c9` in the style sheet; unknown speakers are `cu`.
const PALETTE: usize = 10;
/// Bars drawn in a chart; the table below it lists everyone.
const CHART_ROWS: usize = 16;
/// Speakers offered in the filter form.
const FILTER_SPEAKERS: usize = 24;

/// One document of a report: its records, and the text they point into.
#[derive(Clone, Debug)]
pub struct ReportDocument {
    pub record: DocumentRecord,
    pub text: String,
    /// Byte spans of the paragraphs.
    pub paragraphs: Vec<Span>,
}

impl ReportDocument {
    pub fn new(id: &str, text: &str, analysis: &Analysis) -> Self {
        ReportDocument {
            record: DocumentRecord::new(id, text, analysis),
            text: text.to_string(),
            paragraphs: analysis.paragraphs.clone(),
        }
    }

    /// A document that could not be read: listed with its error.
    pub fn failed(id: String, error: String) -> Self {
        ReportDocument {
            record: DocumentRecord::failed(id, error),
            text: String::new(),
            paragraphs: Vec::new(),
        }
    }
}

/// Speakers' colours: the most quoted speakers of the whole report get the
/// first colours (so the ten most quoted never share one), and one person
/// has one colour in every document.
struct Palette(HashMap<String, usize>);

impl Palette {
    fn new(merged: &[MergedSpeaker]) -> Self {
        Palette(
            merged
                .iter()
                .filter(|m| !is_unknown(&m.speaker))
                .enumerate()
                .map(|(i, m)| (m.speaker.name.clone(), i))
                .collect(),
        )
    }

    fn class(&self, speaker: Option<&str>) -> String {
        match speaker.and_then(|s| self.0.get(s)) {
            Some(i) => format!("c{}", i % PALETTE),
            None => "cu".to_string(),
        }
    }
}

/// What a bar of the chart and a row of a speakers table show.
struct SpeakerRow<'a> {
    /// `None`: the quotations nobody is found to have said.
    name: Option<&'a str>,
    role: Option<&'a str>,
    kind: &'a str,
    counts: KindCounts,
    words: usize,
    /// First paragraph (one document) or number of documents (merged).
    extra: usize,
}

impl<'a> SpeakerRow<'a> {
    fn new(s: &'a SpeakerRecord, extra: usize) -> Self {
        SpeakerRow {
            name: (!is_unknown(s)).then_some(s.name.as_str()),
            role: s.role.as_deref(),
            kind: if is_unknown(s) { "" } else { &s.kind },
            counts: KindCounts::of(s),
            words: s.words,
            extra,
        }
    }
}

/// The report over `docs` as a complete HTML page.
pub fn render(docs: &[ReportDocument]) -> String {
    let per_doc: Vec<Vec<SpeakerRecord>> = docs.iter().map(|d| speakers(&d.record)).collect();
    let merged = merge(per_doc.iter().map(Vec::as_slice));
    let palette = Palette::new(&merged);
    let title = match docs {
        [one] => format!("whosaid: {}", one.record.id),
        _ => format!("whosaid: {} documents", docs.len()),
    };
    let page = html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                meta name="generator" content=(concat!("whosaid ", env!("CARGO_PKG_VERSION")));
                title { (title) }
                style { (PreEscaped(CSS)) }
            }
            body {
                div.page {
                    header.top {
                        h1 { "Who said what" }
                        span.sub { (summary_line(docs.iter().map(|d| &d.record))) }
                    }
                    @let mixed = docs.iter().any(|d| d.record.quotes.iter().any(|q| q.kind == "mixed"));
                    (key(mixed))
                    (filters(docs, &merged, &palette, mixed))
                    @if docs.len() > 1 {
                        (index(docs, &per_doc, &merged, &palette))
                    }
                    @for (i, doc) in docs.iter().enumerate() {
                        (document(i, doc, &per_doc[i], &palette))
                    }
                    footer {
                        "Made by whosaid " (env!("CARGO_PKG_VERSION"))
                        ". Hover over or tab to a highlighted quotation to see who said it, the cue, the rule and the confidence."
                    }
                }
                script { (PreEscaped(JS)) }
            }
        }
    };
    page.into_string()
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn summary_line<'a>(docs: impl Iterator<Item = &'a DocumentRecord>) -> String {
    let (mut counts, mut other, mut n) = (KindCounts::default(), 0, 0);
    for d in docs {
        n += 1;
        counts += kind_counts(d);
        other += d.non_speech.len();
    }
    format!(
        "{}: {}",
        plural(n, "document", "documents"),
        counts_text(counts, other)
    )
}

/// Quotations by kind, and the quoted spans that are not speech.
fn counts_text(counts: KindCounts, not_speech: usize) -> String {
    format!(
        "{} ({} direct, {} partial, {} reported), {} not speech",
        plural(counts.total(), "quotation", "quotations"),
        counts.direct,
        counts.partial,
        counts.indirect,
        not_speech
    )
}

/// How to read the highlights. `mixed`: some record is reported speech
/// that holds quoted words, shown with the reported styling.
fn key(mixed: bool) -> Markup {
    html! {
        div.key {
            span { mark.q.k-direct.c0 { "direct" } " a quotation, in its speaker’s colour" }
            span { mark.q.k-partial.c0 { "partial" } " a quoted fragment" }
            span { mark.q.k-indirect.c0 { "reported" } " reported speech" }
            @if mixed {
                span { mark.q.k-indirect.k-mixed.c0 { "mixed" } " reported speech that quotes some words" }
            }
            span { mark.q.k-direct.cu { "grey" } " speaker unknown" }
            span { mark.ns { "dotted" } " quoted but not speech (a title, a name, scare quotes)" }
        }
    }
}

/// The filter form; hidden until the script shows it. It offers the most
/// quoted speakers; the others are always shown.
fn filters(
    docs: &[ReportDocument],
    merged: &[MergedSpeaker],
    palette: &Palette,
    mixed: bool,
) -> Markup {
    let names: Vec<&String> = merged
        .iter()
        .filter(|m| !is_unknown(&m.speaker))
        .take(FILTER_SPEAKERS)
        .map(|m| &m.speaker.name)
        .collect();
    let unknown = docs
        .iter()
        .any(|d| d.record.quotes.iter().any(|q| q.speaker.is_none()));
    html! {
        div.sticky-filters {
            form.filters #filters hidden aria-label="Filter the highlighted quotations" {
                fieldset {
                    legend { "Speakers" }
                    @for name in &names {
                        label { input type="checkbox" name="speaker" value=(name) checked; " " span.swatch.(palette.class(Some(name))) {} (name) }
                    }
                    @if unknown {
                        label { input type="checkbox" name="speaker" value="" checked; " " span.swatch.cu {} "unknown" }
                    }
                    button type="button" data-all="on" data-name="speaker" { "all" }
                    button type="button" data-all="off" data-name="speaker" { "none" }
                }
                fieldset {
                    legend { "Kinds" }
                    @for (value, label) in [("direct", "direct"), ("partial", "partial"), ("indirect", "reported"), ("mixed", "mixed"), ("non-speech", "not speech")] {
                        @if value != "mixed" || mixed {
                            label { input type="checkbox" name="kind" value=(value) checked; " " (label) }
                        }
                    }
                }
            }
        }
    }
}

/// The index of several documents: per-document counts and the speakers of
/// all documents merged by canonical name.
fn index(
    docs: &[ReportDocument],
    per_doc: &[Vec<SpeakerRecord>],
    merged: &[MergedSpeaker],
    palette: &Palette,
) -> Markup {
    let rows: Vec<SpeakerRow> = merged
        .iter()
        .map(|m| SpeakerRow::new(&m.speaker, m.documents))
        .collect();
    html! {
        section.card #index {
            h2 { "Index" }
            p.summary { (plural(docs.len(), "document", "documents")) "; speakers merged across documents by canonical name." }
            div.layout {
                div {
                    table {
                        thead { tr { th.n { "#" } th { "document" } th.n { "direct" } th.n { "partial" } th.n { "reported" } th.n { "not speech" } th { "speakers" } } }
                        tbody {
                            @for (i, (doc, people)) in docs.iter().zip(per_doc).enumerate() {
                                @let r = &doc.record;
                                @let c = kind_counts(r);
                                tr {
                                    td.n { (i + 1) }
                                    td { a href=(format!("#doc-{}", i + 1)) { (r.id) } }
                                    @if let Some(e) = &r.error {
                                        td.error colspan="5" { "could not be read: " (e) }
                                    } @else {
                                        td.n { (c.direct) } td.n { (c.partial) } td.n { (c.indirect) } td.n { (r.non_speech.len()) }
                                        td { div.chips { @for s in people.iter().filter(|s| !is_unknown(s)) { span { span.swatch.(palette.class(Some(&s.name))) {} (s.name) } } } }
                                    }
                                }
                            }
                        }
                    }
                }
                aside.panel {
                    div {
                        h3 { "Who said what, all documents" }
                        (chart(&rows, palette))
                    }
                }
            }
            h3 style="margin-top:20px" { "Speakers, all documents" }
            (speaker_table(&rows, palette, "documents"))
        }
    }
}

fn document(i: usize, doc: &ReportDocument, people: &[SpeakerRecord], palette: &Palette) -> Markup {
    let r = &doc.record;
    let id = format!("doc-{}", i + 1);
    if let Some(e) = &r.error {
        return html! {
            article.document id=(id) {
                h2 { (r.id) }
                p.error { "Could not be read: " (e) }
            }
        };
    }
    let rows: Vec<SpeakerRow> = people
        .iter()
        .map(|s| SpeakerRow::new(s, s.first_paragraph.saturating_add(1)))
        .collect();
    let named = people.iter().filter(|s| !is_unknown(s)).count();
    html! {
        article.document id=(id) data-id=(r.id) {
            h2 { (r.id) }
            p.summary {
                (counts_text(kind_counts(r), r.non_speech.len()))
                ", " (plural(named, "speaker", "speakers")) " named"
            }
            div.layout {
                div.text { (article_text(doc, palette)) }
                aside.panel {
                    div {
                        h3 { "Who said what" }
                        (chart(&rows, palette))
                    }
                    div {
                        h3 { "Speakers" }
                        (speaker_table(&rows, palette, "first ¶"))
                    }
                    @if !r.warnings.is_empty() {
                        details.warnings {
                            summary { (plural(r.warnings.len(), "warning", "warnings")) }
                            ul { @for w in &r.warnings { li { "line " (w.line) ", column " (w.column) ": " (w.message) } } }
                        }
                    }
                }
            }
        }
    }
}

/// What a mark shows and carries.
struct MarkInfo<'a> {
    q: &'a QuoteRecord,
    speech: bool,
    /// 1-based number among the document's speech (or non-speech) records.
    number: usize,
    /// `k/n` for a quotation over several paragraphs.
    part: Option<String>,
}

fn tip(q: &QuoteRecord, speech: bool) -> String {
    if !speech {
        return format!("{}: quoted, but not speech", q.kind);
    }
    let kind = match q.kind.as_str() {
        "direct" => "direct quotation",
        "partial" => "partial quotation",
        "indirect" => "reported speech",
        "mixed" => "reported speech that quotes some words",
        other => other,
    };
    let mut lines = vec![match (&q.speaker, &q.role) {
        (Some(s), Some(r)) => format!("{s}, {r}"),
        (Some(s), None) => s.clone(),
        (None, _) => "speaker unknown".to_string(),
    }];
    let mut second = kind.to_string();
    if let Some(c) = &q.cue {
        second.push_str(&format!(" · cue “{c}”"));
    }
    if let Some(m) = &q.speaker_mention {
        second.push_str(&format!(" · mention “{m}”"));
    }
    lines.push(second);
    match (&q.rule, q.confidence) {
        (Some(rule), Some(c)) => lines.push(format!("rule {rule} · confidence {c:.2}")),
        (Some(rule), None) => lines.push(format!("rule {rule}")),
        _ => lines.push("no attribution rule applied".to_string()),
    }
    if let Some(reason) = &q.reason {
        lines.push(reason.clone());
    }
    lines.join("\n")
}

/// The article's paragraphs with every quotation marked.
fn article_text(doc: &ReportDocument, palette: &Palette) -> Markup {
    let text = doc.text.as_str();
    let r = &doc.record;
    let mut infos: Vec<MarkInfo> = Vec::new();
    let mut segments: Vec<Segment> = Vec::new();
    let mut offsets = CharOffsets::new(text);
    for (list, speech) in [(&r.quotes, true), (&r.non_speech, false)] {
        for (n, q) in list.iter().enumerate() {
            if q.parts.is_empty() {
                segments.push(Segment {
                    span: Span::new(q.byte_start, q.byte_end),
                    id: infos.len(),
                });
                infos.push(MarkInfo {
                    q,
                    speech,
                    number: n + 1,
                    part: None,
                });
                continue;
            }
            for (k, p) in q.parts.iter().enumerate() {
                let (Some(a), Some(b)) = (offsets.byte_offset(p.start), offsets.byte_offset(p.end))
                else {
                    continue;
                };
                segments.push(Segment {
                    span: Span::new(a, b),
                    id: infos.len(),
                });
                infos.push(MarkInfo {
                    q,
                    speech,
                    number: n + 1,
                    part: Some(format!("{}/{}", k + 1, q.parts.len())),
                });
            }
        }
    }
    let mut paragraphs = doc.paragraphs.clone();
    if paragraphs.is_empty() && !text.trim().is_empty() {
        paragraphs.push(Span::new(0, text.len()));
    }
    html! {
        @for (i, p) in paragraphs.iter().enumerate() {
            p data-paragraph=(i) { (nodes(&marks::nest(text, *p, &segments), &infos, palette)) }
        }
    }
}

fn nodes(list: &[Node], infos: &[MarkInfo], palette: &Palette) -> Markup {
    html! {
        @for n in list {
            @match n {
                Node::Text(t) => (t),
                Node::Mark(id, kids) => (mark(&infos[*id], nodes(kids, infos, palette), palette)),
            }
        }
    }
}

fn mark(info: &MarkInfo, inner: Markup, palette: &Palette) -> Markup {
    let q = info.q;
    let tip = tip(q, info.speech);
    if !info.speech {
        return html! {
            mark.ns.(format!("k-{}", q.kind)) tabindex="0" data-kind=(q.kind)
                data-quote=(format!("n{}", info.number)) data-part=[&info.part]
                data-tip=(tip) aria-description=(tip) { (inner) }
        };
    }
    // A mixed record (`said Ryan's refusal was “not a good thing”`) keeps
    // the reported styling: `k-indirect k-mixed`.
    let kind = match q.kind.as_str() {
        "mixed" => "indirect k-mixed",
        k => k,
    };
    let class = format!("{} k-{kind}", palette.class(q.speaker.as_deref()));
    html! {
        mark.q.(class) tabindex="0" data-kind=(q.kind) data-quote=(info.number)
            data-part=[&info.part] data-speaker=[&q.speaker] data-role=[&q.role]
            data-cue=[&q.cue] data-rule=[&q.rule]
            data-confidence=[q.confidence.map(|c| format!("{c:.2}"))]
            data-tip=(tip) aria-description=(tip) { (inner) }
    }
}

/// Short enough for the chart's label column.
fn label(name: &str) -> String {
    const MAX: usize = 22;
    if name.chars().count() <= MAX {
        name.to_string()
    } else {
        format!("{}…", name.chars().take(MAX - 1).collect::<String>())
    }
}

/// The non-empty pieces of a stacked bar from `x`: kind, count, x, width;
/// and where the bar ends.
fn stack(c: KindCounts, mut x: f64, scale: f64) -> (Vec<(&'static str, usize, f64, f64)>, f64) {
    let mut bars = Vec::new();
    for (kind, n) in [
        ("direct", c.direct),
        ("partial", c.partial),
        ("indirect", c.indirect),
    ] {
        if n > 0 {
            let w = n as f64 * scale;
            bars.push((kind, n, x, w));
            x += w;
        }
    }
    (bars, x)
}

fn kind_counts(r: &DocumentRecord) -> KindCounts {
    let mut c = KindCounts::default();
    r.quotes.iter().for_each(|q| c.add(&q.kind));
    c
}

/// A horizontal bar per speaker, direct, partial and reported stacked.
fn chart(rows: &[SpeakerRow], palette: &Palette) -> Markup {
    const LABEL: f64 = 150.0;
    const BARS: f64 = 190.0;
    const ROW: f64 = 26.0;
    const TOP: f64 = 6.0;
    let shown = &rows[..rows.len().min(CHART_ROWS)];
    let max = shown
        .iter()
        .map(|r| r.counts.total())
        .max()
        .unwrap_or(0)
        .max(1);
    let scale = BARS / max as f64;
    let height = TOP * 2.0 + ROW * shown.len().max(1) as f64;
    let mut totals = KindCounts::default();
    for r in rows {
        totals += r.counts;
    }
    let described = rows
        .iter()
        .map(|r| {
            format!(
                "{}: {} direct, {} partial, {} reported",
                r.name.unwrap_or("unknown speaker"),
                r.counts.direct,
                r.counts.partial,
                r.counts.indirect
            )
        })
        .collect::<Vec<_>>()
        .join("; ");
    html! {
        div.legend {
            span { i.k-direct {} "direct " b { (totals.direct) } }
            span { i.k-partial {} "partial " b { (totals.partial) } }
            span { i.k-indirect {} "reported " b { (totals.indirect) } }
        }
        @if shown.is_empty() {
            p.more { "No speech found." }
        } @else {
            svg.chart xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 380 {height}"))
                role="img" aria-label=(format!("Quotations per speaker. {described}")) {
                @for (i, r) in shown.iter().enumerate() {
                    @let y = TOP + ROW * i as f64;
                    @let name = r.name.unwrap_or("unknown speaker");
                    g.speaker.(palette.class(r.name)) data-speaker=[r.name] {
                        title { (format!("{name}: {} direct, {} partial, {} reported", r.counts.direct, r.counts.partial, r.counts.indirect)) }
                        text x=(LABEL - 8.0) y=(y + 13.0) text-anchor="end" dominant-baseline="middle" { (label(name)) }
                        @let (bars, end) = stack(r.counts, LABEL, scale);
                        @for (kind, n, x, w) in bars {
                            rect.bar.(format!("k-{kind}")) data-kind=(kind) data-count=(n)
                                x=(format!("{x:.1}")) y=(y + 4.0) width=(format!("{w:.1}")) height="18" {}
                            @if w >= 16.0 {
                                text.count.on-light[kind == "indirect"] x=(format!("{:.1}", x + w / 2.0)) y=(y + 13.0)
                                    text-anchor="middle" dominant-baseline="middle" { (n) }
                            }
                        }
                        text.total x=(format!("{:.1}", end + 6.0)) y=(y + 13.0) dominant-baseline="middle" { (r.counts.total()) }
                    }
                }
            }
            @if rows.len() > shown.len() {
                p.more { (rows.len() - shown.len()) " more in the table" }
            }
        }
    }
}

fn speaker_table(rows: &[SpeakerRow], palette: &Palette, extra: &str) -> Markup {
    html! {
        table.speakers {
            thead {
                tr { th { "speaker" } th.n { "direct" } th.n { "partial" } th.n { "reported" } th.n { "words" } th.n { (extra) } }
            }
            tbody {
                @for r in rows {
                    tr data-speaker=[r.name] {
                        td {
                            span.swatch.(palette.class(r.name)) data-swatch=(r.name.unwrap_or("")) {}
                            @match r.name {
                                Some(n) => { (n) },
                                None => { em { "unknown speaker" } },
                            }
                            @if let Some(role) = r.role { br; span.role { (role) } }
                            @if !r.kind.is_empty() && r.kind != "named" { " " span.role { "(" (r.kind) ")" } }
                        }
                        td.n { (r.counts.direct) } td.n { (r.counts.partial) } td.n { (r.counts.indirect) }
                        td.n { (r.words) } td.n { (r.extra) }
                    }
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::output::record::UNKNOWN_SPEAKER;

    fn report(text: &str) -> String {
        render(&[ReportDocument::new("t", text, &crate::analyze(text))])
    }

    /// The documents' part of a page (not the key and filters above them).
    fn articles(html: &str) -> &str {
        &html[html.find("<article").expect("an article")..]
    }

    #[test]
    fn article_text_is_escaped() {
        let text = "“<script>alert(1)</script>,” she said. <img src=x onerror=alert(2)> & more";
        let html = report(text);
        assert!(!html.contains("<script>alert"), "{html}");
        assert!(!html.contains("<img"), "{html}");
        assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"));
        assert!(html.contains("&lt;img src=x onerror=alert(2)&gt; &amp; more"));
        // The only script is the report's own.
        assert_eq!(html.matches("<script>").count(), 1);
    }

    #[test]
    fn ids_and_attributes_are_escaped() {
        let doc = ReportDocument::new("a\"><b>x", "Hi.", &crate::analyze("Hi."));
        let html = render(&[doc]);
        assert!(!html.contains("\"><b>x"), "{html}");
        assert!(html.contains("a&quot;&gt;&lt;b&gt;x"));
    }

    #[test]
    fn each_quotation_is_one_mark_with_its_kind() {
        let text = "“We are ready,” she said. Critics called it a “stunt” on Monday.\n\nThe film “Jaws” ran.";
        let page = report(text);
        let html = articles(&page);
        assert!(
            html.contains("data-kind=\"direct\" data-quote=\"1\""),
            "{html}"
        );
        assert!(html.contains(">We are ready,</mark>"));
        assert!(html.contains(">stunt</mark>"));
        assert_eq!(html.matches("<mark class=\"q ").count(), 2, "{html}");
        // Two paragraphs; the film's title is dotted as not speech.
        assert_eq!(html.matches("<p data-paragraph=").count(), 2);
        assert!(html.contains("<mark class=\"ns k-title\""), "{html}");
    }

    #[test]
    fn a_quotation_over_paragraphs_is_marked_in_each() {
        let text = "He said: “First part.\n\n“Second part,” he went on.";
        let html = report(text);
        assert!(html.contains("data-part=\"1/2\""), "{html}");
        assert!(html.contains("data-part=\"2/2\""), "{html}");
    }

    fn q(
        byte_start: usize,
        byte_end: usize,
        text: &str,
        kind: &str,
        speaker: Option<&str>,
    ) -> QuoteRecord {
        QuoteRecord {
            start: byte_start,
            end: byte_end,
            byte_start,
            byte_end,
            text: text.to_string(),
            kind: kind.to_string(),
            speaker: speaker.map(str::to_string),
            role: speaker.map(|_| "mayor".to_string()),
            speaker_kind: speaker.map(|_| "named".to_string()),
            cue: Some("said".to_string()),
            confidence: Some(0.9),
            rule: Some("test-rule".to_string()),
            ..Default::default()
        }
    }

    /// A speaker row of `n` direct quotations.
    fn said(name: &str, n: usize) -> SpeakerRecord {
        let kind = if name == UNKNOWN_SPEAKER {
            "unknown"
        } else {
            "named"
        };
        SpeakerRecord {
            direct: n,
            ..SpeakerRecord::empty(name, None, kind)
        }
    }

    fn doc(
        id: &str,
        text: &str,
        quotes: Vec<QuoteRecord>,
        speakers: Vec<SpeakerRecord>,
    ) -> ReportDocument {
        ReportDocument {
            record: DocumentRecord {
                id: id.to_string(),
                quotes,
                speakers,
                ..Default::default()
            },
            text: text.to_string(),
            paragraphs: vec![Span::new(0, text.len())],
        }
    }

    #[test]
    fn a_partial_quote_inside_reported_speech_nests() {
        // Ann said the plan was “bold” and cheap.
        let text = "Ann said the plan was “bold” and cheap.";
        let reported = q(9, 42, &text[9..42], "indirect", Some("Ann"));
        let partial = q(25, 29, "bold", "partial", Some("Ann"));
        let html = render(&[doc(
            "d",
            text,
            vec![reported, partial],
            vec![said("Ann", 2)],
        )]);
        let outer = html.find("data-kind=\"indirect\"").expect("reported mark");
        let inner = html.find("data-kind=\"partial\"").expect("partial mark");
        assert!(outer < inner);
        assert!(html.contains(">the plan was “<mark"), "{html}");
        assert!(html.contains(">bold</mark>” and cheap</mark>."), "{html}");
        assert!(html.contains("rule test-rule · confidence 0.90"));
    }

    #[test]
    fn a_mixed_record_keeps_the_reported_styling_and_gets_its_key_and_filter() {
        // Ann said the plan was “far too bold for us” now.
        let text = "Ann said the plan was “far too bold for us” now.";
        let mixed = q(9, 47, &text[9..47], "mixed", Some("Ann"));
        let html = render(&[doc("d", text, vec![mixed], vec![said("Ann", 1)])]);
        assert!(html.contains("class=\"q c0 k-indirect k-mixed\""), "{html}");
        assert!(html.contains("data-kind=\"mixed\""), "{html}");
        assert!(
            html.contains("reported speech that quotes some words"),
            "{html}"
        );
        assert!(html.contains("value=\"mixed\""), "{html}");
        // Counted with reported speech in the chart.
        assert!(html.contains("0 partial, 1 reported"), "{html}");
    }

    #[test]
    fn without_a_mixed_record_there_is_no_mixed_key_nor_filter() {
        let text = "Ann said the plan was bold.";
        let reported = q(9, 26, &text[9..26], "indirect", Some("Ann"));
        let html = render(&[doc("d", text, vec![reported], vec![said("Ann", 1)])]);
        assert!(!html.contains("value=\"mixed\""), "{html}");
        assert!(!html.contains("k-mixed"), "{html}");
    }

    #[test]
    fn one_speaker_has_one_colour_across_documents() {
        let a = doc(
            "a",
            "Ann: hi. Bo: yo.",
            vec![
                q(5, 7, "hi", "direct", Some("Ann")),
                q(13, 15, "yo", "direct", Some("Bo")),
            ],
            vec![said("Ann", 1), said("Bo", 1)],
        );
        let b = doc(
            "b",
            "Bo: no. Cy: ok.",
            vec![
                q(4, 6, "no", "direct", Some("Bo")),
                q(12, 14, "ok", "direct", None),
            ],
            vec![said("Bo", 1), said(UNKNOWN_SPEAKER, 1)],
        );
        let page = render(&[a, b]);
        let html = &page[page
            .find("<section class=\"card\" id=\"index\"")
            .expect("an index")..];
        // Bo, the most quoted, gets the first colour in both documents.
        assert_eq!(html.matches("class=\"q c0 k-direct\"").count(), 2, "{html}");
        assert_eq!(html.matches("class=\"q c1 k-direct\"").count(), 1, "{html}");
        assert!(html.contains("class=\"q cu k-direct\""));
        // The index merges Bo's two documents.
        let index = &html[html.find("id=\"index\"").unwrap()..html.find("id=\"doc-1\"").unwrap()];
        assert!(index.contains("<tr data-speaker=\"Bo\">"), "{index}");
        assert!(
            index.contains("data-kind=\"direct\" data-count=\"2\""),
            "{index}"
        );
    }
}
