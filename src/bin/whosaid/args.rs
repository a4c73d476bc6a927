//! Command-line flags.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};
use whosaid::input::{Decoding, Encoding, Format as InputFormat, Options as ReadOptions};

/// Find the quotations in news articles and say who said each one.
#[derive(Parser, Debug)]
#[command(name = "whosaid", version, args_conflicts_with_subcommands = true)]
#[command(
    after_help = "With no subcommand, prints who said what for the inputs.\n\
Exit status: 0 success (no quotes found is success), 1 an input or the output failed, 2 usage."
)]
pub struct Cli {
    #[command(subcommand)]
    pub command: Option<Command>,
    #[command(flatten)]
    pub default: ExtractArgs,
}

#[derive(Subcommand, Debug)]
pub enum Command {
    /// One record per quotation: text, offsets, kind and speaker.
    Extract(ExtractArgs),
    /// Paragraphs and sentences, with code point offsets.
    Segment(SegmentArgs),
    /// One row per canonical speaker: role, kind, counts of quotations, words.
    Speakers(SpeakersArgs),
    /// One self-contained HTML page: the texts with every quotation
    /// highlighted in its speaker's colour, and who said what.
    Report(ReportArgs),
    /// Score quotations and speakers against gold annotation (see FORMAT.md of the referee).
    Eval(crate::eval::EvalArgs),
}

#[derive(Args, Debug)]
pub struct InputArgs {
    /// Files, directories (their .txt, .jsonl, .html and .htm files) or - for standard input.
    #[arg(required = true, value_name = "INPUT")]
    pub inputs: Vec<PathBuf>,
    /// How to read the inputs: auto (by extension), text, jsonl (one {"id", "text"} per line) or
    /// html (a saved web page: its article text is analysed).
    #[arg(
        long = "input",
        value_enum,
        default_value = "auto",
        value_name = "FORMAT"
    )]
    pub input_format: InputFormat,
    /// The encoding of text and HTML inputs without a byte order mark, e.g. windows-1252, latin1,
    /// utf-16le (default: UTF-8, or an HTML page's <meta charset>; a BOM always wins).
    #[arg(long, value_name = "NAME", value_parser = parse_encoding)]
    pub encoding: Option<&'static Encoding>,
    /// Replace bytes that cannot be decoded with U+FFFD instead of failing the input.
    #[arg(long)]
    pub lossy: bool,
    /// Write to this file instead of standard output.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Documents analysed at once, output still in input order (default: one per core).
    #[arg(long, value_name = "N")]
    pub threads: Option<std::num::NonZeroUsize>,
}

fn parse_encoding(name: &str) -> Result<&'static Encoding, String> {
    whosaid::input::encoding_for_name(name).ok_or_else(|| {
        format!("unknown encoding {name:?} (try utf-8, utf-16le, utf-16be, windows-1252, latin1)")
    })
}

impl InputArgs {
    /// How the inputs are read.
    pub fn read_options(&self) -> ReadOptions {
        ReadOptions {
            format: self.input_format,
            decoding: Decoding {
                encoding: self.encoding,
                lossy: self.lossy,
            },
        }
    }
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum QuoteFormat {
    Table,
    Csv,
    Json,
    Jsonl,
    /// The HTML report (as `whosaid report`).
    Html,
}

#[derive(Args, Debug)]
pub struct ExtractArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "table")]
    pub format: QuoteFormat,
    /// Explain each attribution: the rule, cue and mention behind it.
    #[arg(long)]
    pub explain: bool,
    /// Put the analysed text (for HTML, the extracted article text) in each JSON record, so
    /// that its offsets can be checked against it.
    #[arg(long)]
    pub with_text: bool,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    Table,
    Json,
    Jsonl,
}

#[derive(Args, Debug)]
pub struct SegmentArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "jsonl")]
    pub format: SegmentFormat,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub enum SpeakerFormat {
    Table,
    Csv,
    Json,
    Jsonl,
}

#[derive(Args, Debug)]
pub struct SpeakersArgs {
    #[command(flatten)]
    pub input: InputArgs,
    /// Output format.
    #[arg(short, long, value_enum, default_value = "table")]
    pub format: SpeakerFormat,
}

#[derive(Args, Debug)]
pub struct ReportArgs {
    #[command(flatten)]
    pub input: InputArgs,
}
