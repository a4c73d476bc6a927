//! The `whosaid` command line: parses flags, runs the library over the
//! inputs, picks a writer and sets the exit code (0 success, 1 an input or
//! the output failed, 2 usage).

mod args;
mod eval;
mod extract;
mod report;
mod run;
mod segment;
mod speakers;

use std::io;
use std::process::ExitCode;
use std::sync::Mutex;

use clap::Parser;

/// mimalloc: documents are read, analysed and written on different threads,
/// and glibc's allocator serializes the frees that cross them (two threads
/// ran at 1.1 times one); it is faster on one thread too.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

use args::{Cli, Command};

fn main() -> ExitCode {
    let cli = match Cli::try_parse() {
        Ok(cli) => cli,
        Err(e) => {
            let code = if e.use_stderr() { 2 } else { 0 };
            let _ = e.print();
            return ExitCode::from(code);
        }
    };
    let result = match cli.command {
        Some(Command::Extract(a)) => extract::run(&a),
        Some(Command::Segment(a)) => segment::run(&a),
        Some(Command::Speakers(a)) => speakers::run(&a),
        Some(Command::Report(a)) => report::run(&a.input),
        Some(Command::Eval(a)) => return eval::run(&a),
        None => extract::run_default(&cli.default),
    };
    match result {
        Ok(run::Outcome { failures: 0 }) => ExitCode::SUCCESS,
        Ok(run::Outcome { failures }) => {
            eprint!("{}", failure_summary(failures));
            ExitCode::from(1)
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

/// The most failed inputs listed in the summary; the rest are counted.
const MAX_LISTED: usize = 1000;

/// Every input that failed, in order, for the summary at the end of a run.
static FAILED: Mutex<Vec<String>> = Mutex::new(Vec::new());

/// Remember a failed input (file or JSON Lines record) for the summary.
pub fn note_failure(e: &whosaid::Error) {
    if let Ok(mut failed) = FAILED.lock()
        && failed.len() < MAX_LISTED
    {
        failed.push(e.to_string());
    }
}

/// The summary printed after all inputs: how many failed, and which.
fn failure_summary(failures: usize) -> String {
    let mut out = format!("whosaid: {failures} input(s) could not be read:\n");
    let failed = FAILED.lock().map(|f| f.clone()).unwrap_or_default();
    for f in &failed {
        out.push_str(&format!("  {f}\n"));
    }
    if failures > failed.len() {
        out.push_str(&format!("  … and {} more\n", failures - failed.len()));
    }
    out
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
    })
}
