//! Reading every input in order, analysing documents on all cores, and
//! handing each result to a writer in input order.
//!
//! Documents are independent. With more than one thread, a reader thread
//! reads documents one at a time (JSON Lines stream line by line), worker
//! threads turn each into a result, and the calling thread writes results
//! in input order as soon as the next one is ready. Documents travel in
//! batches of at most [`BATCH_DOCS`] documents or [`BATCH_BYTES`] bytes,
//! and at most [`WINDOW_PER_THREAD`] × threads batches are between reading
//! and writing at any time, so memory stays bounded whatever the input size.

use std::collections::BTreeMap;
use std::fs::File;
use std::io::{self, BufWriter, IsTerminal, Write};
use std::panic::AssertUnwindSafe;
use std::sync::Mutex;
use std::time::{Duration, Instant};

use anyhow::Context;
use crossbeam_channel::bounded;
use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};
use whosaid::Error;
use whosaid::input::{self, Source};

use crate::args::InputArgs;

/// What a run did: how many inputs (files or records) could not be read,
/// and the first [`MAX_LISTED`] of their messages, in order.
#[derive(Default)]
pub struct Outcome {
    pub failures: usize,
    failed: Vec<String>,
}

/// The most failed inputs listed in the summary; the rest are counted.
const MAX_LISTED: usize = 1000;

impl Outcome {
    fn note_failure(&mut self, e: &Error) {
        self.failures += 1;
        if self.failed.len() < MAX_LISTED {
            self.failed.push(e.to_string());
        }
    }

    /// Documents whose analysis panicked count as failed inputs.
    fn note_panics(&mut self, panics: Mutex<Vec<Error>>) {
        for e in panics.into_inner().unwrap_or_else(|p| p.into_inner()) {
            self.note_failure(&e);
        }
    }

    /// The summary printed after all inputs: how many failed, and which.
    pub fn summary(&self) -> String {
        let mut out = format!(
            "whosaid: {} input(s) could not be read or analysed:\n",
            self.failures
        );
        for f in &self.failed {
            out.push_str(&format!("  {f}\n"));
        }
        if self.failures > self.failed.len() {
            out.push_str(&format!(
                "  … and {} more\n",
                self.failures - self.failed.len()
            ));
        }
        out
    }
}

/// Batches of documents in flight (read, not yet written) per worker
/// thread.
pub const WINDOW_PER_THREAD: usize = 4;

/// A batch ends at this many documents or this many bytes of text,
/// whichever comes first (a single larger document is a batch of its own).
const BATCH_DOCS: usize = 256;
const BATCH_BYTES: usize = 256 << 10;

/// A progress bar appears after this long, when standard error is a terminal.
const PROGRESS_AFTER: Duration = Duration::from_secs(1);

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

/// Worker threads: `--threads`, else one per core.
pub fn threads(args: &InputArgs) -> usize {
    args.threads.map_or_else(
        || std::thread::available_parallelism().map_or(1, usize::from),
        usize::from,
    )
}

/// Every document of the inputs, in order; one that cannot be read is
/// reported on standard error (above the progress bar) and given as `Err`.
fn documents(
    args: &InputArgs,
    progress: &ProgressBar,
    outcome: &mut Outcome,
) -> impl Iterator<Item = whosaid::Result<Source>> {
    input::expand(&args.inputs, args.read_options())
        .into_iter()
        .flat_map(
            |input| -> Box<dyn Iterator<Item = whosaid::Result<Source>> + Send> {
                match input {
                    Ok(input) => input::documents(&input),
                    Err(e) => Box::new(std::iter::once(Err(e))),
                }
            },
        )
        .inspect(move |doc| {
            if let Err(e) = doc {
                progress.suspend(|| eprintln!("whosaid: error: {e}"));
                outcome.note_failure(e);
            }
        })
}

/// `work` on one document. A panic in the analysis (a bug) loses only
/// this document: it is reported on standard error, kept in `panics` for
/// the summary and exit status, and given to `work` as an error, so that
/// the output still has its line.
fn apply<T>(
    work: &impl Fn(Result<Source, &Error>) -> T,
    doc: whosaid::Result<Source>,
    panics: &Mutex<Vec<Error>>,
) -> T {
    match doc {
        Ok(source) => {
            let id = source.id.clone();
            match std::panic::catch_unwind(AssertUnwindSafe(|| {
                // Debug builds only: make the analysis of the document with
                // this id panic, so tests can check that a bug loses only it.
                #[cfg(debug_assertions)]
                if std::env::var("WHOSAID_TEST_PANIC_ID").is_ok_and(|p| p == source.id) {
                    panic!("WHOSAID_TEST_PANIC_ID");
                }
                work(Ok(source))
            })) {
                Ok(result) => result,
                Err(payload) => {
                    let message = payload
                        .downcast_ref::<&str>()
                        .map(|s| s.to_string())
                        .or_else(|| payload.downcast_ref::<String>().cloned())
                        .unwrap_or_else(|| "panic".into());
                    let e = Error::Analysis { id, message };
                    eprintln!("whosaid: error: {e}");
                    let result = work(Err(&e));
                    panics.lock().unwrap_or_else(|p| p.into_inner()).push(e);
                    result
                }
            }
        }
        Err(e) => work(Err(&e)),
    }
}

/// A counter of written documents on standard error, shown only when it
/// is a terminal and the batch has run for [`PROGRESS_AFTER`].
struct Progress {
    bar: ProgressBar,
    start: Instant,
    shown: bool,
    terminal: bool,
}

impl Progress {
    fn new() -> Self {
        let bar = ProgressBar::hidden();
        bar.set_style(
            ProgressStyle::with_template("{spinner} {human_pos} documents, {elapsed}")
                .expect("valid template"),
        );
        Progress {
            bar,
            start: Instant::now(),
            shown: false,
            terminal: io::stderr().is_terminal(),
        }
    }

    fn inc(&mut self) {
        self.bar.inc(1);
        if self.terminal && !self.shown && self.start.elapsed() >= PROGRESS_AFTER {
            self.bar.set_draw_target(ProgressDrawTarget::stderr());
            self.bar.enable_steady_tick(Duration::from_millis(200));
            self.shown = true;
        }
    }
}

impl Drop for Progress {
    fn drop(&mut self) {
        self.bar.finish_and_clear();
    }
}

/// Turn every document of the inputs into a result with `work` (on
/// `threads` threads) and give the results to `write` in input order. A
/// document that cannot be read is reported on standard error and passed to
/// `work` as `Err` (so a JSON Lines writer can still print its line); the
/// others go on. An error from `write` stops the run.
pub fn for_each_document<T: Send>(
    args: &InputArgs,
    threads: usize,
    work: impl Fn(Result<Source, &Error>) -> T + Sync,
    mut write: impl FnMut(T) -> anyhow::Result<()>,
) -> anyhow::Result<Outcome> {
    let mut progress = Progress::new();
    let bar = progress.bar.clone();
    let mut outcome = Outcome::default();
    let panics = Mutex::new(Vec::new());
    if threads <= 1 {
        for doc in documents(args, &bar, &mut outcome) {
            write(apply(&work, doc, &panics))?;
            progress.inc();
        }
        outcome.note_panics(panics);
        return Ok(outcome);
    }
    whosaid::prepare();
    let window = threads * WINDOW_PER_THREAD;
    // Documents travel in batches, so that a news article of a few
    // kilobytes does not cost a handful of thread wake-ups. A batch is read
    // only with a slot, and its slot comes back when it is written: at most
    // `window` batches are held at once.
    let (slot_tx, slot_rx) = bounded::<()>(window);
    for _ in 0..window {
        slot_tx.send(()).expect("the slot channel has room");
    }
    type Batch = Vec<whosaid::Result<Source>>;
    let (doc_tx, doc_rx) = bounded::<(usize, Batch)>(window);
    let (result_tx, result_rx) = bounded::<(usize, Vec<T>)>(window);
    let work = &work;
    let panics_ref = &panics;
    let failed = &mut outcome;
    std::thread::scope(|scope| -> anyhow::Result<()> {
        // Owned here, so that returning early closes the channels.
        let (slot_tx, result_rx) = (slot_tx, result_rx);
        scope.spawn(move || {
            let mut batch: Batch = Vec::new();
            let mut bytes = 0;
            let mut seq = 0;
            let mut send = |batch: &mut Batch, bytes: &mut usize| {
                *bytes = 0;
                let full = std::mem::take(batch);
                let ok = slot_rx.recv().is_ok() && doc_tx.send((seq, full)).is_ok();
                seq += 1;
                ok
            };
            for doc in documents(args, &bar, failed) {
                bytes += doc.as_ref().map_or(0, |d| d.text.len());
                batch.push(doc);
                if (batch.len() >= BATCH_DOCS || bytes >= BATCH_BYTES)
                    && !send(&mut batch, &mut bytes)
                {
                    return; // the writer stopped
                }
            }
            if !batch.is_empty() {
                send(&mut batch, &mut bytes);
            }
        });
        for _ in 0..threads {
            let (doc_rx, result_tx) = (doc_rx.clone(), result_tx.clone());
            let panics = panics_ref;
            scope.spawn(move || {
                for (seq, batch) in doc_rx {
                    let results = batch
                        .into_iter()
                        .map(|doc| apply(work, doc, panics))
                        .collect();
                    if result_tx.send((seq, results)).is_err() {
                        return;
                    }
                }
            });
        }
        drop((doc_rx, result_tx));
        // Batches that came before their turn, by sequence number.
        let mut waiting = BTreeMap::new();
        let mut next = 0;
        for (seq, results) in result_rx {
            waiting.insert(seq, results);
            while let Some(results) = waiting.remove(&next) {
                for result in results {
                    // On an error the channels close as this returns, and
                    // the reader and workers stop.
                    write(result)?;
                    progress.inc();
                }
                next += 1;
                let _ = slot_tx.send(());
            }
        }
        Ok(())
    })?;
    outcome.note_panics(panics);
    Ok(outcome)
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;
    use std::sync::atomic::{AtomicUsize, Ordering};

    use super::*;

    /// A JSON Lines file of `n` documents whose texts are their numbers,
    /// with a bad line at `bad`.
    fn jsonl(name: &str, n: usize, bad: usize) -> PathBuf {
        let path =
            std::env::temp_dir().join(format!("whosaid-run-{}-{name}.jsonl", std::process::id()));
        let mut s = String::new();
        for i in 0..n {
            if i == bad {
                s.push_str("{not json\n");
            } else {
                s.push_str(&format!("{{\"id\": \"d{i}\", \"text\": \"{i}\"}}\n"));
            }
        }
        std::fs::write(&path, s).expect("temporary input");
        path
    }

    fn args(path: &std::path::Path) -> InputArgs {
        InputArgs {
            inputs: vec![path.to_path_buf()],
            input_format: input::Format::Auto,
            encoding: None,
            lossy: false,
            output: None,
            threads: None,
        }
    }

    /// What `work` made of each document: its text, or "error".
    fn label(doc: Result<Source, &Error>) -> String {
        match doc {
            Ok(s) => s.text,
            Err(_) => "error".into(),
        }
    }

    #[test]
    fn results_come_in_input_order_whatever_order_they_finish_in() {
        let path = jsonl("order", 300, 41);
        for threads in [1, 2, 7] {
            let mut got = Vec::new();
            let work = |doc: Result<Source, &Error>| {
                let l = label(doc);
                // Later documents of each group of 5 finish first.
                let delay = l.parse::<u64>().map_or(0, |i| 4 - i % 5);
                std::thread::sleep(Duration::from_micros(200 * delay));
                l
            };
            let outcome = for_each_document(&args(&path), threads, work, |l| {
                got.push(l);
                Ok(())
            })
            .expect("the run completes");
            let want: Vec<String> = (0..300)
                .map(|i| {
                    if i == 41 {
                        "error".into()
                    } else {
                        i.to_string()
                    }
                })
                .collect();
            assert_eq!(got, want, "{threads} threads");
            assert_eq!(outcome.failures, 1);
        }
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn at_most_a_window_of_documents_is_in_flight() {
        // More documents than a window holds, so that the bound matters.
        let n = 4000;
        let path = jsonl("window", n, usize::MAX);
        let (started, written, most) = (
            AtomicUsize::new(0),
            AtomicUsize::new(0),
            AtomicUsize::new(0),
        );
        let threads = 3;
        let work = |doc: Result<Source, &Error>| {
            let n = started.fetch_add(1, Ordering::SeqCst) + 1;
            most.fetch_max(n - written.load(Ordering::SeqCst), Ordering::SeqCst);
            label(doc)
        };
        for_each_document(&args(&path), threads, work, |_| {
            // A slow writer: readers and workers must wait for it.
            std::thread::sleep(Duration::from_micros(20));
            written.fetch_add(1, Ordering::SeqCst);
            Ok(())
        })
        .expect("the run completes");
        let most = most.load(Ordering::SeqCst);
        let bound = threads * WINDOW_PER_THREAD * BATCH_DOCS;
        assert!(bound < n);
        assert!(most <= bound, "{most} documents in flight");
        assert_eq!(written.load(Ordering::SeqCst), n);
        let _ = std::fs::remove_file(path);
    }

    #[test]
    fn a_write_error_stops_the_run_without_hanging() {
        let path = jsonl("stop", 1000, usize::MAX);
        let mut n = 0;
        let result = for_each_document(&args(&path), 4, label, |_| {
            n += 1;
            if n == 10 {
                anyhow::bail!("disk full");
            }
            Ok(())
        });
        assert_eq!(
            result.err().map(|e| e.to_string()),
            Some("disk full".into())
        );
        assert_eq!(n, 10);
        let _ = std::fs::remove_file(path);
    }
}
