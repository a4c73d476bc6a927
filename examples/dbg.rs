fn main() {
    let text = std::env::args().nth(1).unwrap();
    let toks = whosaid::token::tokenize(&text, whosaid::span::Span::new(0, text.len()));
    for (i, t) in toks.iter().enumerate() {
        eprint!("{i}:{} ", t.text(&text));
    }
    eprintln!();
    for end in 0..toks.len() {
        if let Some(m) = whosaid::speaker::mention::subject_before(&toks, &text, end) {
            eprintln!(
                "subject_before({end}) = {:?} {:?}",
                m.span.slice(&text),
                m.kind
            );
        }
    }
}
