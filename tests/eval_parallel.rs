//! `--threads`: the same output, in input order, with the same failures,
//! whatever the number of threads.

use std::process::Command;

#[test]
fn every_thread_count_gives_the_same_output_and_exit_status() {
    let seed = std::fs::read_to_string(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/fixtures/seed/washington-post-kerry-lavrov.txt"
    ))
    .expect("the seed article");
    // Documents of very different lengths, so that they finish out of order,
    // and one bad line in the middle.
    let mut input = String::new();
    for i in 0..120 {
        if i == 57 {
            input.push_str("{\"id\": \"broken\"\n");
            continue;
        }
        let end = seed.floor_char_boundary(seed.len() * (i % 7) / 6);
        let doc = serde_json::json!({"id": format!("d{i}"), "text": &seed[..end]});
        input.push_str(&format!("{doc}\n"));
    }
    let path = std::env::temp_dir().join(format!("whosaid-threads-{}.jsonl", std::process::id()));
    std::fs::write(&path, input).expect("temporary input");
    let run = |threads: &str, format: &str| {
        Command::new(env!("CARGO_BIN_EXE_whosaid"))
            .args(["extract", "--threads", threads, "-f", format])
            .arg(&path)
            .output()
            .expect("whosaid runs")
    };
    for format in ["jsonl", "csv", "json"] {
        let one = run("1", format);
        assert_eq!(one.status.code(), Some(1), "the bad line fails the run");
        for threads in ["2", "5"] {
            let many = run(threads, format);
            assert_eq!(many.status.code(), Some(1));
            assert!(
                one.stdout == many.stdout,
                "{format} with {threads} threads differs"
            );
        }
        if format == "jsonl" {
            let out = String::from_utf8(one.stdout).expect("UTF-8");
            let ids: Vec<String> = out
                .lines()
                .map(|l| serde_json::from_str::<serde_json::Value>(l).unwrap()["id"].to_string())
                .collect();
            assert_eq!(ids.len(), 120);
            assert_eq!(ids[56], "\"d56\"");
            assert!(
                ids[57].ends_with(":58\""),
                "the failed line keeps its place"
            );
            assert_eq!(ids[119], "\"d119\"");
        }
    }
    let _ = std::fs::remove_file(path);
}
