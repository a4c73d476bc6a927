//! `whosaid extract` and the default view.

use std::io::Write;

use whosaid::output::{self, DocumentRecord, JsonArray};

use crate::args::{ExtractArgs, QuoteFormat};
use crate::run::{self, Outcome};

fn record(
    source: Result<whosaid::input::Source, &whosaid::Error>,
    explain: bool,
) -> DocumentRecord {
    match source {
        Ok(s) => DocumentRecord::build(&s.id, &s.text, &whosaid::analyze(&s.text), explain),
        Err(e) => DocumentRecord::failed(e.document_id(), e.to_string()),
    }
}

pub fn run(args: &ExtractArgs) -> anyhow::Result<Outcome> {
    if args.format == QuoteFormat::Html {
        return crate::report::run(&args.input);
    }
    let mut out = run::output(&args.input)?;
    let outcome = match args.format {
        QuoteFormat::Jsonl => run::for_each_document(&args.input, |doc| {
            Ok(output::write_jsonl(&mut out, &record(doc, args.explain))?)
        })?,
        QuoteFormat::Json => {
            let mut array = JsonArray::new(&mut out);
            let outcome = run::for_each_document(&args.input, |doc| {
                Ok(array.push(&record(doc, args.explain))?)
            })?;
            array.finish()?;
            outcome
        }
        QuoteFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(output::QUOTE_CSV_HEADER)?;
            let outcome = run::for_each_document(&args.input, |doc| {
                if let Ok(source) = doc {
                    output::write_quote_csv(&mut csv, &record(Ok(source), args.explain))?;
                }
                Ok(())
            })?;
            csv.flush()?;
            outcome
        }
        QuoteFormat::Table => run::for_each_document(&args.input, |doc| {
            if let Ok(source) = doc {
                out.write_all(output::quote_table(&record(Ok(source), args.explain)).as_bytes())?;
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
    let outcome = run::for_each_document(&args.input, |doc| {
        if let Ok(source) = doc {
            let r = record(Ok(source), args.explain);
            out.write_all(output::quote_table(&r).as_bytes())?;
            out.write_all(output::speaker_table(&r.id, &r.speakers).as_bytes())?;
        }
        Ok(())
    })?;
    out.flush()?;
    Ok(outcome)
}
