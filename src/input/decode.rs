//! Bytes to text: UTF-8 (a byte order mark is dropped); NUL bytes mark
//! binary data, which is refused.

use std::path::Path;

use crate::error::{Error, Result};

/// Decode a whole file. Line ends are kept as they are (CRLF and CR work
/// everywhere), so offsets refer to the text as it was read, after the BOM.
pub fn decode(path: &Path, mut bytes: Vec<u8>) -> Result<String> {
    if let Some(offset) = memchr::memchr(0, &bytes) {
        return Err(Error::Binary {
            path: path.to_path_buf(),
            offset,
        });
    }
    let bom = bytes.starts_with(b"\xEF\xBB\xBF");
    if bom {
        bytes.drain(..3);
    }
    String::from_utf8(bytes).map_err(|e| Error::Utf8 {
        path: path.to_path_buf(),
        offset: e.utf8_error().valid_up_to() + if bom { 3 } else { 0 },
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn bom_is_dropped() {
        assert_eq!(
            decode(Path::new("a"), b"\xEF\xBB\xBFhi".to_vec()).unwrap(),
            "hi"
        );
    }

    #[test]
    fn invalid_utf8_names_the_byte() {
        let e = decode(Path::new("a.txt"), b"ok \xFF".to_vec()).unwrap_err();
        assert_eq!(
            e.to_string(),
            "a.txt: invalid UTF-8 at byte 3 (use --encoding to name the file's encoding, or --lossy)"
        );
    }

    #[test]
    fn nul_bytes_are_binary() {
        let e = decode(Path::new("b.bin"), b"ab\0c".to_vec()).unwrap_err();
        assert!(matches!(e, Error::Binary { offset: 2, .. }));
    }
}
