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
        Ok(outcome) if outcome.failures == 0 => ExitCode::SUCCESS,
        Ok(outcome) => {
            eprint!("{}", outcome.summary());
            ExitCode::from(1)
        }
        Err(e) if is_broken_pipe(&e) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("whosaid: error: {e:#}");
            ExitCode::from(1)
        }
    }
}

fn is_broken_pipe(e: &anyhow::Error) -> bool {
    e.chain().any(|c| {
        c.downcast_ref::<io::Error>().is_some_and(|io| io.kind() == io::ErrorKind::BrokenPipe)
            || c.downcast_ref::<csv::Error>().is_some_and(|c| matches!(c.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
    })
}
