//! Quotation marks: which characters are marks, their families, and which
//! closing marks may end a quotation opened by a given mark.

/// The characters treated as quotation marks.
pub fn is_quote_mark(c: char) -> bool {
    matches!(
        c,
        '"' | '\''
            | '“'
            | '”'
            | '‘'
            | '’'
            | '«'
            | '»'
            | '„'
            | '‚'
            | '‹'
            | '›'
            | '「'
            | '」'
            | '『'
            | '』'
    )
}

/// Double marks open primary quotations in most English text; single marks
/// open nested (or British primary) quotations. Corner brackets are their own.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Family {
    Double,
    Single,
    Guillemet,
    SingleGuillemet,
    Corner,
    WhiteCorner,
}

/// What a mark can do, before context decides.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Role {
    /// Only ever opens (`“`, `„`, `«`, `「`).
    Open,
    /// Only ever closes (`”`, `»`, `」`).
    Close,
    /// Straight marks and the ones whose role depends on the language.
    Either,
}

/// Family and role of a quotation mark, `None` for any other character.
pub fn classify(c: char) -> Option<(Family, Role)> {
    use Family::*;
    use Role::*;
    Some(match c {
        '"' => (Double, Either),
        '“' => (Double, Either), // opens in English, closes in German („…“)
        '”' => (Double, Close),
        '„' => (Double, Open),
        '\'' => (Single, Either),
        '‘' => (Single, Either), // opens in English, closes after ‚
        '’' => (Single, Close),
        '‚' => (Single, Open),
        '«' => (Guillemet, Either), // »…« is Danish and Swedish style
        '»' => (Guillemet, Either),
        '‹' => (SingleGuillemet, Either),
        '›' => (SingleGuillemet, Either),
        '「' => (Corner, Open),
        '」' => (Corner, Close),
        '『' => (WhiteCorner, Open),
        '』' => (WhiteCorner, Close),
        _ => return None,
    })
}

/// Can `close` end a quotation opened by `open`? Mismatched straight and
/// curly marks of one family pair up (`“…"`), as scraped text mixes them.
pub fn closes(open: char, close: char) -> bool {
    match open {
        '“' => matches!(close, '”' | '"' | '“'),
        '"' => matches!(close, '"' | '”' | '“'),
        '”' => matches!(close, '”' | '"' | '“'), // sloppy text opens with ”
        '„' => matches!(close, '“' | '”' | '"'),
        '‘' => matches!(close, '’' | '\'' | '‘'),
        '\'' => matches!(close, '\'' | '’'),
        '‚' => matches!(close, '‘' | '’'),
        '«' => close == '»',
        '»' => close == '«',
        '‹' => close == '›',
        '›' => close == '‹',
        '「' => close == '」',
        '『' => close == '』',
        _ => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn pairs() {
        assert!(closes('“', '”') && closes('“', '"') && closes('„', '“'));
        assert!(closes('«', '»') && closes('»', '«') && closes('「', '」'));
        assert!(!closes('“', '’') && !closes('«', '”'));
    }

    #[test]
    fn families() {
        assert_eq!(classify('„'), Some((Family::Double, Role::Open)));
        assert_eq!(classify('’'), Some((Family::Single, Role::Close)));
        assert_eq!(classify('x'), None);
    }
}
