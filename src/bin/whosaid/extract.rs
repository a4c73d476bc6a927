//! `whosaid extract` and the default view.

use std::io::Write;

use whosaid::input::Source;
use whosaid::output::{self, DocumentRecord, DocumentView, JsonArray};

use crate::args::{ExtractArgs, QuoteFormat};
use crate::run::{self, Outcome};

fn record(source: Result<Source, &whosaid::Error>, args: &ExtractArgs) -> DocumentRecord {
    match source {
        Ok(s) => {
            let r = DocumentRecord::build(&s.id, &s.text, &whosaid::analyze(&s.text), args.explain);
            if args.with_text {
                r.with_text(&s.text)
            } else {
                r
            }
        }
        Err(e) => DocumentRecord::failed(e.document_id(), e.to_string()),
    }
}

/// The JSON Lines line of a document: the record serialized from a view
/// of the analysis, without copying its strings first.
fn jsonl_line(
    source: Result<Source, &whosaid::Error>,
    args: &ExtractArgs,
) -> std::io::Result<Vec<u8>> {
    match source {
        Ok(s) => {
            let analysis = whosaid::analyze(&s.text);
            let mut view = DocumentView::new(&s.id, &s.text, &analysis, args.explain);
            if args.with_text {
                view.text = Some(&s.text);
            }
            // About the size of the text: one allocation for most lines.
            let mut line = Vec::with_capacity(s.text.len() + 1024);
            output::jsonl::write_document(&mut line, &view);
            Ok(line)
        }
        Err(_) => {
            let mut line = Vec::new();
            output::write_jsonl(&mut line, &record(source, args)).map(|()| line)
        }
    }
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<Outcome> {
    if args.format == QuoteFormat::Html {
        return crate::report::run(&args.input);
    }
    let mut out = run::output(&args.input)?;
    let threads = run::threads(&args.input);
    let work = |doc: Result<Source, &whosaid::Error>| record(doc, args);
    let each = |f: &mut dyn FnMut(DocumentRecord) -> anyhow::Result<()>| {
        run::for_each_document(&args.input, threads, work, f)
    };
    let outcome = match args.format {
        // Serialized by the workers: the writer only copies bytes.
        QuoteFormat::Jsonl => run::for_each_document(
            &args.input,
            threads,
            |doc| jsonl_line(doc, args),
            |line| Ok(out.write_all(&line?)?),
        )?,
        QuoteFormat::Json => {
            let mut array = JsonArray::new(&mut out);
            let outcome = each(&mut |r: DocumentRecord| Ok(array.push(&r)?))?;
            array.finish()?;
            outcome
        }
        QuoteFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(output::QUOTE_CSV_HEADER)?;
            let outcome = each(&mut |r: DocumentRecord| {
                if r.error.is_none() {
                    output::write_quote_csv(&mut csv, &r)?;
                }
                Ok(())
            })?;
            csv.flush()?;
            outcome
        }
        QuoteFormat::Table => each(&mut |r: DocumentRecord| {
            if r.error.is_none() {
                out.write_all(output::quote_table(&r).as_bytes())?;
            }
            Ok(())
        })?,
        QuoteFormat::Html => unreachable!("handled above"),
    };
    out.flush()?;
    Ok(outcome)
}

/// `whosaid FILE…`: who said what — the quotations with their speakers,
/// then the speakers table. Other formats are those of `extract`.
pub fn run_default(args: &ExtractArgs) -> anyhow::Result<Outcome> {
    if args.format != QuoteFormat::Table {
        return run(args);
    }
    let mut out = run::output(&args.input)?;
    let threads = run::threads(&args.input);
    let outcome = run::for_each_document(
        &args.input,
        threads,
        |doc| record(doc, args),
        |r: DocumentRecord| {
            if r.error.is_none() {
                out.write_all(output::quote_table(&r).as_bytes())?;
                out.write_all(output::speaker_table(&r.id, &r.speakers).as_bytes())?;
            }
            Ok(())
        },
    )?;
    out.flush()?;
    Ok(outcome)
}
