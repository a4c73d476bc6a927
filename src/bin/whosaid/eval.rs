//! `whosaid eval`: score the analyzer (or a prediction file) against gold.
//!
//! Exit status: 0 when scored (and above the floors), 1 when a floor
//! (`--min-f1`, `--min-e2e-f1`) is not reached or a file cannot be read or
//! written, 2 on usage errors and on gold or prediction files that cannot be
//! scored (bad JSON, a duplicate id, a predicted id not in gold), as
//! `score.py` does.

use std::io::{self, Write};
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::Context;
use clap::{Args, ValueEnum};
use rayon::prelude::*;
use whosaid::eval::{self, Corpus, EvalDoc, EvalError, Report};
use whosaid::output::DocumentRecord;

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum EvalFormat {
    Table,
    Json,
    Csv,
    Markdown,
}

#[derive(Args, Debug)]
pub struct EvalArgs {
    /// Gold annotation, JSON Lines ({"id", "text", "quotes"}).
    #[arg(long, value_name = "GOLD.jsonl")]
    pub gold: PathBuf,
    /// Predictions to score (e.g. `whosaid extract -f jsonl` output); without it the analyzer runs on the gold texts.
    #[arg(long, value_name = "PRED.jsonl")]
    pub pred: Option<PathBuf>,
    /// Score only gold quotes of these kinds (comma-separated), as score.py --kind.
    #[arg(long, value_name = "K1,K2", value_delimiter = ',')]
    pub kind: Vec<String>,
    /// Exit 1 when the overall quote F1 (extraction, speakers aside) is below X.
    #[arg(long, value_name = "X")]
    pub min_f1: Option<f64>,
    /// Exit 1 when the overall end-to-end F1 (quote matched and speaker right) is below X.
    #[arg(long, value_name = "X")]
    pub min_e2e_f1: Option<f64>,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "table")]
    pub format: EvalFormat,
    /// Also list every miss, wrong speaker and false alarm (on standard error with -f json or csv).
    #[arg(short, long)]
    pub verbose: bool,
}

enum Failure {
    /// A file cannot be read or written: exit 1.
    Io(anyhow::Error),
    /// A file cannot be scored: exit 2, like score.py.
    Input(EvalError),
}

fn read(path: &Path) -> Result<String, Failure> {
    std::fs::read_to_string(path)
        .with_context(|| format!("{}: cannot read", path.display()))
        .map_err(Failure::Io)
}

/// The analyzer's predictions for the gold texts, in gold order.
fn analyze(gold: &Corpus) -> Corpus {
    let docs: Vec<EvalDoc> = gold
        .docs
        .par_iter()
        .map(|d| {
            let text = d.text.as_deref().unwrap_or("");
            let record = DocumentRecord::new(&d.id, text, &whosaid::analyze(text));
            EvalDoc::from_record(&record)
        })
        .collect();
    let mut pred = Corpus::default();
    for d in docs {
        // Ids are unique in gold, so they are here.
        let _ = pred.push(d, "prediction");
    }
    pred
}

fn evaluate(args: &EvalArgs) -> Result<Report, Failure> {
    let gold = Corpus::parse(&read(&args.gold)?, "gold").map_err(Failure::Input)?;
    let pred = match &args.pred {
        Some(path) => Corpus::parse(&read(path)?, "prediction").map_err(Failure::Input)?,
        None => analyze(&gold),
    };
    let kinds: Vec<String> = args
        .kind
        .iter()
        .map(|k| k.trim().to_string())
        .filter(|k| !k.is_empty())
        .collect();
    eval::score_with(&gold, &pred, Some(&kinds), args.verbose).map_err(Failure::Input)
}

fn print(args: &EvalArgs, report: &Report) -> anyhow::Result<()> {
    let mut out = io::BufWriter::new(io::stdout().lock());
    if !report.details.is_empty() {
        let details = report.details.join("\n") + "\n";
        match args.format {
            EvalFormat::Table | EvalFormat::Markdown => writeln!(out, "{details}")?,
            _ => eprint!("{details}"),
        }
    }
    match args.format {
        EvalFormat::Table => out.write_all(eval::table(report).as_bytes())?,
        EvalFormat::Markdown => out.write_all(eval::markdown(report).as_bytes())?,
        EvalFormat::Json => {
            let mut report = report.clone();
            report.details.clear();
            serde_json::to_writer_pretty(&mut out, &report)?;
            out.write_all(b"\n")?;
        }
        EvalFormat::Csv => {
            let mut csv = csv::Writer::from_writer(&mut out);
            csv.write_record(eval::CSV_HEADER)?;
            for row in eval::csv_rows(report) {
                csv.write_record(row)?;
            }
            csv.flush()?;
        }
    }
    out.flush()?;
    Ok(())
}

/// Run `whosaid eval` and give its exit status.
pub fn run(args: &EvalArgs) -> ExitCode {
    let report = match evaluate(args) {
        Ok(r) => r,
        Err(Failure::Io(e)) => {
            eprintln!("whosaid: error: {e:#}");
            return ExitCode::from(1);
        }
        Err(Failure::Input(e)) => {
            eprintln!("whosaid: error: {e}");
            return ExitCode::from(2);
        }
    };
    if let Err(e) = print(args, &report) {
        if crate::is_broken_pipe(&e) {
            return ExitCode::SUCCESS;
        }
        eprintln!("whosaid: error: {e:#}");
        return ExitCode::from(1);
    }
    let mut below = false;
    let overall = &report.overall;
    for (name, floor, value) in [
        ("quote F1", args.min_f1, overall.f1),
        ("end-to-end F1", args.min_e2e_f1, overall.e2e_f1),
    ] {
        if let Some(floor) = floor
            && value < floor
        {
            eprintln!("whosaid: {name} {value:.4} is below the floor {floor}");
            below = true;
        }
    }
    if below {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}
