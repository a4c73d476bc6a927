//! `whosaid segment`: paragraphs and sentences.

use whosaid::output::{self, JsonArray, SegmentRecord};

use crate::args::{SegmentArgs, SegmentFormat};
use crate::run::{self, Outcome};

fn record(source: Result<whosaid::input::Source, &whosaid::Error>) -> SegmentRecord {
    match source {
        Ok(s) => {
            let (_, sentences) = whosaid::segment::segment(&s.text);
            SegmentRecord::new(&s.id, &s.text, &sentences)
        }
        Err(e) => SegmentRecord {
            id: e.document_id(),
            sentences: Vec::new(),
            error: Some(e.to_string()),
        },
    }
}

pub fn run(args: &SegmentArgs) -> anyhow::Result<Outcome> {
    let mut out = run::output(&args.input)?;
    let outcome = match args.format {
        SegmentFormat::Jsonl => run::for_each_document(&args.input, |doc| {
            Ok(output::write_jsonl(&mut out, &record(doc))?)
        })?,
        SegmentFormat::Json => {
            let mut array = JsonArray::new(&mut out);
            let outcome = run::for_each_document(&args.input, |doc| Ok(array.push(&record(doc))?))?;
            array.finish()?;
            outcome
        }
        SegmentFormat::Table => run::for_each_document(&args.input, |doc| {
            if let Ok(source) = doc {
                out.write_all(output::sentence_table(&record(Ok(source))).as_bytes())?;
            }
            Ok(())
        })?,
    };
    out.flush()?;
    Ok(outcome)
}
