//! `whosaid speakers`: one row per canonical speaker.

use std::io::Write;

use whosaid::output::{self, JsonArray, SpeakersRecord};

use crate::args::{SpeakerFormat, SpeakersArgs};
use crate::run::{self, Outcome};

fn record(source: Result<whosaid::input::Source, &whosaid::Error>) -> SpeakersRecord {
    match source {
        Ok(s) => SpeakersRecord {
            speakers: output::speaker_records(&s.text, &whosaid::analyze(&s.text)),
            id: s.id,
            error: None,
        },
        Err(e) => SpeakersRecord {
            id: e.document_id(),
            speakers: Vec::new(),
            error: Some(e.to_string()),
        },
    }
}

pub fn run(args: &SpeakersArgs) -> anyhow::Result<Outcome> {
    let mut out = run::output(&args.input)?;
    let threads = run::threads(&args.input);
    let each = |f: &mut dyn FnMut(SpeakersRecord) -> anyhow::Result<()>| {
        run::for_each_document(&args.input, threads, record, f)
    };
    let outcome = match args.format {
        SpeakerFormat::Json => {
            let mut array = JsonArray::new(&mut out);
            let outcome = each(&mut |r| Ok(array.push(&r)?))?;
            array.finish()?;
            outcome
        }
        SpeakerFormat::Jsonl => each(&mut |r| Ok(output::write_jsonl(&mut out, &r)?))?,
        SpeakerFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(output::SPEAKER_CSV_HEADER)?;
            let outcome = each(&mut |r| {
                output::write_speaker_csv(&mut csv, &r.id, &r.speakers)?;
                Ok(())
            })?;
            csv.flush()?;
            outcome
        }
        SpeakerFormat::Table => each(&mut |r| {
            if r.error.is_none() {
                out.write_all(output::speaker_table(&r.id, &r.speakers).as_bytes())?;
            }
            Ok(())
        })?,
    };
    out.flush()?;
    Ok(outcome)
}
