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
    let threads = run::threads(&args.input);
    let each = |f: &mut dyn FnMut(SegmentRecord) -> anyhow::Result<()>| {
        run::for_each_document(&args.input, threads, record, f)
    };
    let outcome = match args.format {
        SegmentFormat::Jsonl => each(&mut |r| Ok(output::write_jsonl(&mut out, &r)?))?,
        SegmentFormat::Json => {
            let mut array = JsonArray::new(&mut out);
            let outcome = each(&mut |r| Ok(array.push(&r)?))?;
            array.finish()?;
            outcome
        }
        SegmentFormat::Table => each(&mut |r| {
            if r.error.is_none() {
                out.write_all(output::sentence_table(&r).as_bytes())?;
            }
            Ok(())
        })?,
    };
    out.flush()?;
    Ok(outcome)
}
