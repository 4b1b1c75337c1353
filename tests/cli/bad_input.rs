//! Hostile and broken input: every case exits 0 with a warning or 2 with a message naming the
//! file (and line where there is one), and nothing panics. docs/bad-input.md lists them.

use crate::util::{repo, Run, Workdir};

/// A small valid page, so that a bad input next to it is the only problem.
const PAGE: &str = "Information Technology\nNOC Technician\nLast updated\nWatches networks.\n\
                    Role at a glance\n- Typical experience\n- 1-2 years\n- Key certifications\n- Net+\n\
                    Career outlook\nMost NOC technicians move into network administration.\n";

/// Runs `careergraph ARGS roles --format csv` and checks the status and that nothing panicked.
fn roles(w: &Workdir, args: &[&str], status: i32) -> Run {
    let mut all = args.to_vec();
    all.extend(["roles", "--format", "csv"]);
    let run = w.run(&all);
    run.expect_status(status);
    assert!(!run.stderr.contains("panicked"), "{}", run.report());
    if status == 2 {
        assert!(run.stderr.starts_with("careergraph: "), "{}", run.report());
        assert!(run.stdout.is_empty(), "{}", run.report());
    }
    run
}

fn has(run: &Run, text: &str) {
    assert!(run.stderr.contains(text), "stderr lacks {text:?}\n{}", run.report());
}

fn role_names(run: &Run) -> Vec<String> {
    run.stdout
        .lines()
        .skip(1)
        .filter_map(|l| l.split(',').next())
        .map(str::to_string)
        .collect()
}

#[test]
fn a_path_that_does_not_exist() {
    let w = Workdir::new();
    let run = roles(&w, &["--seeds", "nope/missing.txt"], 2);
    has(&run, "careergraph: nope/missing.txt: No such file or directory");
    // The system's message once, not twice.
    assert_eq!(run.stderr.matches("os error").count(), 1, "{}", run.report());
}

#[test]
fn a_directory_with_no_pages() {
    let w = Workdir::new();
    w.write("pages/notes.pdf", "not a page");
    std::fs::create_dir_all(w.path().join("empty")).unwrap();
    let run = roles(&w, &["--seeds", "pages"], 2);
    has(&run, "careergraph: pages: no role pages (*.txt, *.md) to read");
    let run = roles(&w, &["--seeds", "empty"], 2);
    has(&run, "careergraph: empty: no role pages");
}

#[test]
fn an_empty_file() {
    let w = Workdir::new();
    w.write("empty.txt", "");
    w.write("blank.md", "\n \r\n\t\n");
    let run = roles(&w, &["--seeds", "empty.txt", "--seeds", "blank.md"], 0);
    has(&run, "warning: empty.txt: empty page: no text to read");
    has(&run, "warning: blank.md: empty page");
    assert!(role_names(&run).is_empty(), "{}", run.report());
}

#[test]
fn a_binary_file() {
    let w = Workdir::new();
    let bytes: Vec<u8> = (0..4096u32).map(|i| (i * 7919 % 256) as u8).collect();
    w.write("dir/image.txt", &bytes);
    w.write("dir/noc.txt", PAGE);
    let run = roles(&w, &["--seeds", "dir"], 0);
    has(
        &run,
        "image.txt: looks like a binary file (contains NUL bytes); not a role page",
    );
    assert_eq!(role_names(&run), ["Network Administrator", "NOC Technician"]);
}

#[test]
fn invalid_utf8() {
    let w = Workdir::new();
    w.write(
        "latin1.txt",
        b"IT\nCaf\xe9 Manager\nLast updated\nRuns the caf\xe9 network \xff\xfe well.\n".as_slice(),
    );
    let run = roles(&w, &["--seeds", "latin1.txt"], 0);
    has(
        &run,
        "warning: latin1.txt: not valid UTF-8; invalid bytes were replaced",
    );
    assert_eq!(role_names(&run), ["Caf\u{fffd} Manager"]);
}

/// A 50 MB file that starts like a page: a sparse file, so it costs no disk. Were it read, its
/// title would become a role (or the NUL bytes a "binary" warning).
fn huge_page(w: &Workdir, name: &str) {
    let path = w.write(name, "IT\nHuge Page Analyst\nLast updated\nA summary sentence.\n");
    let f = std::fs::OpenOptions::new().write(true).open(path).unwrap();
    f.set_len(50 * 1024 * 1024).unwrap();
}

#[test]
fn a_50_mb_file_is_skipped_without_being_read() {
    let w = Workdir::new();
    huge_page(&w, "dir/huge.txt");
    w.write("dir/noc.txt", PAGE);
    let run = roles(&w, &["--seeds", "dir"], 0);
    has(
        &run,
        "warning: dir/huge.txt: 52428800 bytes is larger than 5000000 (--max-page-size); skipped",
    );
    assert!(!run.stderr.contains("binary"), "{}", run.report());
    assert!(!run.stdout.contains("Huge Page Analyst"), "{}", run.report());
    // The limit is configurable; with every page skipped there is nothing to read.
    let run = roles(&w, &["--seeds", "dir", "--max-page-size", "100"], 2);
    has(&run, "careergraph: dir: no role pages (*.txt, *.md) to read (skipped: ");
    has(
        &run,
        "dir/noc.txt: 217 bytes is larger than 100 (--max-page-size); skipped)",
    );
    // Alone, there is nothing left to read: an error that says why.
    let run = roles(&w, &["--seeds", "dir/huge.txt"], 2);
    has(&run, "careergraph: dir/huge.txt: no role pages (*.txt, *.md) to read (skipped: dir/huge.txt: 52428800 bytes is larger than 5000000 (--max-page-size); skipped)");
    // Standard input is read no further than the limit either.
    let mut input = PAGE.as_bytes().to_vec();
    input.resize(6_000_000, b' ');
    let mut child = std::process::Command::new(crate::util::bin())
        .args(["--seeds", "-", "roles", "--format", "csv"])
        .current_dir(w.path())
        .stdin(std::process::Stdio::piped())
        .stdout(std::process::Stdio::piped())
        .stderr(std::process::Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdin = child.stdin.take().unwrap();
    // careergraph stops reading after the limit, so the rest of the write may meet a closed pipe.
    let writer = std::thread::spawn(move || {
        let _ = std::io::Write::write_all(&mut stdin, &input);
    });
    let out = child.wait_with_output().unwrap();
    writer.join().unwrap();
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(out.status.code(), Some(2), "{stderr}");
    assert!(
        stderr.contains("<stdin>: larger than 5000000 bytes (--max-page-size); skipped"),
        "{stderr}"
    );
}

#[cfg(unix)]
#[test]
fn a_symlink_loop() {
    let w = Workdir::new();
    w.write("dir/noc.txt", PAGE);
    std::os::unix::fs::symlink("../dir", w.path().join("dir/loop")).unwrap();
    std::os::unix::fs::symlink("self.txt", w.path().join("dir/self.txt")).unwrap();
    let run = roles(&w, &["--seeds", "dir"], 0);
    has(&run, "warning: dir/loop: symbolic link loop (back to ");
    has(&run, "warning: dir/self.txt: broken or looping symbolic link; skipped");
    assert_eq!(role_names(&run), ["Network Administrator", "NOC Technician"]);
    // Following links does not change that.
    let run = roles(&w, &["--seeds", "dir", "--follow-links"], 0);
    has(&run, "warning: dir/loop: symbolic link loop");
}

#[cfg(unix)]
#[test]
fn a_symlink_leading_outside_the_directory() {
    let w = Workdir::new();
    w.write("dir/noc.txt", PAGE);
    let outside = repo().join("seeds").join("it-manager.txt");
    std::os::unix::fs::symlink(&outside, w.path().join("dir/it-manager.txt")).unwrap();
    std::os::unix::fs::symlink(repo().join("seeds"), w.path().join("dir/more")).unwrap();
    let run = roles(&w, &["--seeds", "dir"], 0);
    has(&run, "warning: dir/it-manager.txt: symbolic link leads outside ");
    has(&run, "warning: dir/more: symbolic link leads outside ");
    has(&run, "; skipped (use --follow-links)");
    assert!(!run.stdout.contains("IT Manager"), "{}", run.report());
    let run = roles(&w, &["--seeds", "dir", "--follow-links"], 0);
    assert!(!run.stderr.contains("outside"), "{}", run.report());
    assert!(run.stdout.contains("\nIT Manager,"), "{}", run.report());
    assert!(run.stdout.contains("\nCloud Engineer,"), "{}", run.report());
}

#[test]
fn two_pages_with_the_same_title() {
    let w = Workdir::new();
    w.write("a.txt", PAGE);
    w.write("b.txt", PAGE.replace("NOC Technician", "noc  TECHNICIAN"));
    let run = roles(&w, &["--seeds", "b.txt", "--seeds", "a.txt"], 0);
    has(
        &run,
        "warning: b.txt:2: \"noc TECHNICIAN\" is also defined by a.txt:2; the pages are merged (the first one's fields win)",
    );
    assert_eq!(role_names(&run), ["Network Administrator", "NOC Technician"]);
    assert!(run.stdout.contains("a.txt:2;b.txt:2"), "{}", run.report());
}

#[test]
fn a_page_with_no_title() {
    let w = Workdir::new();
    w.write(
        "dir/untitled.txt",
        "This is a long sentence that is not a title at all, and it ends with a period.\n",
    );
    w.write("dir/noc.txt", PAGE);
    let run = roles(&w, &["--seeds", "dir"], 0);
    has(&run, "warning: dir/untitled.txt: no role title found; not a role page");
    assert_eq!(role_names(&run), ["Network Administrator", "NOC Technician"]);
    // A title of punctuation alone names no role either (this once panicked).
    w.write(
        "dots.txt",
        "IT\n\"\nLast updated\nA summary sentence.\nCareer outlook\nMost move into network administration.\n",
    );
    let run = roles(&w, &["--seeds", "dots.txt"], 0);
    has(&run, "warning: dots.txt: no role title found; not a role page");
    assert!(role_names(&run).is_empty(), "{}", run.report());
}

/// Writes `roles.csv` and `moves.csv` of the built-in graph into `dir`, then edits one.
fn graph_dir(w: &Workdir, dir: &str, file: &str, edit: impl Fn(&str) -> String) {
    let run = w.run(&["export", "csv", "-o", dir]);
    run.expect_status(0);
    let path = w.path().join(dir).join(file);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, edit(&text)).unwrap();
}

fn map_lines(text: &str, f: impl Fn(usize, &str) -> Option<String>) -> String {
    text.lines()
        .enumerate()
        .filter_map(|(i, l)| f(i + 1, l))
        .map(|l| l + "\n")
        .collect()
}

#[test]
fn graph_csv_with_missing_columns() {
    let w = Workdir::new();
    // Drop the third column (salary_max) from every row; the data has no quoted commas before it.
    graph_dir(&w, "g", "roles.csv", |t| {
        map_lines(t, |_, l| {
            let cells: Vec<&str> = l.splitn(4, ',').collect();
            Some(format!("{},{},{}", cells[0], cells[1], cells[3]))
        })
    });
    let run = roles(&w, &["--graph", "g"], 2);
    has(&run, "careergraph: g/roles.csv:1: missing column \"salary_max\"");
    // A row with fewer cells than the header.
    graph_dir(&w, "h", "moves.csv", |t| {
        map_lines(t, |n, l| {
            Some(if n == 3 {
                "Cloud Engineer,DevOps Engineer".into()
            } else {
                l.into()
            })
        })
    });
    let run = roles(&w, &["--graph", "h"], 2);
    has(&run, "careergraph: h/moves.csv:3: ");
    has(&run, "found record with 2 fields");
}

#[test]
fn graph_csv_with_a_bad_number() {
    let w = Workdir::new();
    graph_dir(&w, "g", "roles.csv", |t| {
        map_lines(t, |n, l| {
            Some(if n == 4 {
                let cells: Vec<&str> = l.splitn(3, ',').collect();
                format!("{},12x{},{}", cells[0], cells[1], cells[2])
            } else {
                l.into()
            })
        })
    });
    let run = roles(&w, &["--graph", "g"], 2);
    has(&run, "careergraph: g/roles.csv:4: column \"salary_min\": \"12x");
    has(&run, "\" is not a number");
    graph_dir(&w, "h", "moves.csv", |t| {
        map_lines(t, |n, l| {
            Some(if n == 2 {
                let cells: Vec<&str> = l.splitn(4, ',').collect();
                format!("{},{},two,{}", cells[0], cells[1], cells[3])
            } else {
                l.into()
            })
        })
    });
    let run = roles(&w, &["--graph", "h"], 2);
    has(
        &run,
        "careergraph: h/moves.csv:2: column \"cost\": \"two\" is not a number",
    );
}

#[test]
fn graph_csv_with_an_unknown_role_in_a_move() {
    let w = Workdir::new();
    graph_dir(&w, "g", "moves.csv", |t| {
        map_lines(t, |n, l| {
            Some(if n == 5 {
                let cells: Vec<&str> = l.splitn(3, ',').collect();
                format!("{},Chief Wizard,{}", cells[0], cells[2])
            } else {
                l.into()
            })
        })
    });
    let run = roles(&w, &["--graph", "g"], 2);
    has(
        &run,
        "careergraph: g/moves.csv:5: move names role \"Chief Wizard\", which roles.csv does not list",
    );
}

#[test]
fn graph_csv_with_a_duplicated_header_row() {
    let w = Workdir::new();
    graph_dir(&w, "g", "roles.csv", |t| {
        let header = t.lines().next().unwrap();
        map_lines(t, |n, l| Some(if n == 6 { format!("{header}\n{l}") } else { l.into() }))
    });
    let run = roles(&w, &["--graph", "g"], 2);
    has(&run, "careergraph: g/roles.csv:6: the header row is repeated");
    // A header cell twice is a different mistake, with its own message.
    graph_dir(&w, "h", "moves.csv", |t| t.replacen("from,to,", "from,from,", 1));
    let run = roles(&w, &["--graph", "h"], 2);
    has(
        &run,
        "careergraph: h/moves.csv:1: column \"from\" appears twice in the header",
    );
}

#[test]
fn graph_dir_that_is_missing_or_incomplete() {
    let w = Workdir::new();
    let run = roles(&w, &["--graph", "nowhere"], 2);
    has(&run, "careergraph: nowhere/roles.csv: No such file or directory");
    assert_eq!(run.stderr.matches("os error").count(), 1, "{}", run.report());
    graph_dir(&w, "g", "roles.csv", |t| t.to_string());
    std::fs::remove_file(w.path().join("g/moves.csv")).unwrap();
    let run = roles(&w, &["--graph", "g"], 2);
    has(&run, "careergraph: g/moves.csv: No such file or directory");
    // A binary roles.csv.
    w.write("b/roles.csv", [0xffu8, 0xfe, 0, 1, b',', b'\n']);
    w.write("b/moves.csv", "from,to,cost,salary_delta,cert_gap,new_certs\n");
    let run = roles(&w, &["--graph", "b"], 2);
    has(&run, "careergraph: b/roles.csv:1: ");
}

/// Every file under tests/fixtures/fuzz-regressions/ (inputs the fuzzers once crashed on) as
/// `--seeds` pages and as `--graph` directories: no panic, and the contract's exit codes.
#[test]
fn fuzz_regressions_do_not_panic() {
    let dir = repo().join("tests/fixtures/fuzz-regressions");
    let mut files: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().path()).collect();
    files.sort();
    assert!(!files.is_empty());
    for file in files {
        let bytes = std::fs::read(&file).unwrap();
        let name = file.file_name().unwrap().to_string_lossy().into_owned();
        let w = Workdir::new();
        if name.starts_with("graph_csv-") {
            let (roles_csv, moves_csv) = split_at_rs(&bytes);
            w.write("g/roles.csv", roles_csv);
            w.write("g/moves.csv", moves_csv);
            let run = w.run(&["--graph", "g", "export", "csv"]);
            assert!(matches!(run.status, 0 | 2), "{name}\n{}", run.report());
            assert!(!run.stderr.contains("panicked"), "{name}\n{}", run.report());
        } else {
            let mut args = Vec::new();
            for (i, part) in bytes.split(|&b| b == 0x1e).take(3).enumerate() {
                w.write(&format!("p/{i}.txt"), part);
            }
            args.extend(["--seeds", "p", "export", "csv"]);
            let run = w.run(&args);
            assert!(matches!(run.status, 0 | 2), "{name}\n{}", run.report());
            assert!(!run.stderr.contains("panicked"), "{name}\n{}", run.report());
        }
    }
}

fn split_at_rs(bytes: &[u8]) -> (&[u8], &[u8]) {
    match bytes.iter().position(|&b| b == 0x1e) {
        Some(i) => (&bytes[..i], &bytes[i + 1..]),
        None => (bytes, &[]),
    }
}
