//! Quotation spans: pairing marks into quotations (`pairs`), skipping
//! markup (`markup`), and deciding what each quoted span is (`kind`).

mod kind;
pub mod marks;
mod markup;
mod pairs;

pub use kind::{Kind, context, kind_of};
pub use markup::markup_spans;
pub use pairs::{MAX_WARNINGS, Pairing, Part, Quotation, Warning, pair};
