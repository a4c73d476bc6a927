//! The HTML reader on any bytes: decoding (with the page's own charset
//! declaration) and article extraction never panic, and the extracted text
//! is clean paragraphs (analysing text is the `analyze` target's job).

#![no_main]

use std::path::Path;

use libfuzzer_sys::fuzz_target;
use whosaid::input::{Decoding, decode_with, html, html_declared_encoding};

fuzz_target!(|data: &[u8]| {
    let declared = html_declared_encoding(data);
    for lossy in [false, true] {
        let decoding = Decoding {
            encoding: None,
            lossy,
        };
        let Ok(page) = decode_with(Path::new("fuzz.html"), data.to_vec(), decoding, declared)
        else {
            assert!(
                !lossy || data.contains(&0),
                "lossy decoding fails only on binary data"
            );
            continue;
        };
        let text = html::extract_text(&page);
        assert!(!text.starts_with(char::is_whitespace) && !text.ends_with(char::is_whitespace));
        assert!(
            !text.contains("\n\n\n"),
            "paragraphs are separated by one blank line"
        );
        for para in text.split("\n\n").filter(|_| !text.is_empty()) {
            assert!(!para.is_empty() && para.trim() == para, "{para:?}");
        }
    }
});
