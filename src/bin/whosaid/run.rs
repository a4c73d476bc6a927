//! Reading every input in order, reporting the ones that fail, and handing
//! each document to a writer.

use std::fs::File;
use std::io::{self, BufWriter, Write};

use anyhow::Context;
use whosaid::Error;
use whosaid::input::{self, Source};

use crate::args::InputArgs;

/// What a run did: how many inputs (files or records) failed.
pub struct Outcome {
    pub failures: usize,
}

/// Standard output or the `-o` file, buffered.
pub fn output(args: &InputArgs) -> anyhow::Result<Box<dyn Write>> {
    Ok(match &args.output {
        Some(path) => {
            Box::new(BufWriter::new(File::create(path).with_context(|| {
                format!("{}: cannot create output file", path.display())
            })?))
        }
        None => Box::new(BufWriter::new(io::stdout().lock())),
    })
}

/// Call `each` with every document of the inputs, in order. A document that
/// cannot be read is reported on standard error and passed as `Err` (so a
/// JSON Lines writer can still print its line); the others go on.
pub fn for_each_document(
    args: &InputArgs,
    mut each: impl FnMut(Result<Source, &Error>) -> anyhow::Result<()>,
) -> anyhow::Result<Outcome> {
    let mut failures = 0;
    for input in input::expand(&args.inputs, args.input_format) {
        let docs: Box<dyn Iterator<Item = whosaid::Result<Source>>> = match input {
            Ok(input) => input::documents(&input),
            Err(e) => Box::new(std::iter::once(Err(e))),
        };
        for doc in docs {
            match doc {
                Ok(source) => each(Ok(source))?,
                Err(e) => {
                    failures += 1;
                    eprintln!("whosaid: error: {e}");
                    each(Err(&e))?;
                }
            }
        }
    }
    Ok(Outcome { failures })
}
