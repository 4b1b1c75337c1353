//! The same pages in any order give byte-identical output for every command.
//!
//! The built-in corpus's files are copied into scratch directories in several shuffled orders
//! (which changes the order a directory lists them in) and given on the command line in
//! shuffled orders, always under the same names (`seeds/<file>`), because evidence cites file
//! names. A last variant renames the files with number prefixes in a shuffled order, which
//! changes the order they sort in: only the answers to questions (`path`, `next`, `feeders`)
//! are compared, with the names mapped back and the lists of pages a salary comes from
//! ("related list, a.txt:5, b.txt:9", in page-name order) sorted.
//!
//! The binary is copied once per test process, so that a rebuild while the tests run (other
//! work in the same checkout) cannot make two runs of one comparison use different programs.

use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::OnceLock;

use crate::util::{bin, repo, Workdir};

/// The questions asked of each copy.
const COMMANDS: &[&[&str]] = &[
    &["roles", "--format", "csv"],
    &["roles", "--format", "json"],
    &["export", "csv"],
    &["export", "dot"],
    &["export", "json"],
    &[
        "path",
        "IT Support Specialist",
        "Systems Administrator",
        "--format",
        "json",
        "-k",
        "3",
    ],
    &[
        "path",
        "Help Desk Technician",
        "IT Manager",
        "--format",
        "json",
        "-k",
        "3",
    ],
    &["next", "IT Support Specialist", "--format", "json"],
    &["feeders", "Systems Administrator", "--format", "json"],
    &["check", "--format", "json"],
];

/// The built-in corpus's files, in name order.
fn seed_files() -> Vec<(String, Vec<u8>)> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(repo().join("seeds"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_file())
        .collect();
    files.sort();
    files
        .into_iter()
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// A fixed permutation of `0..n` from a seed (a small LCG; no randomness between runs).
fn shuffled(n: usize, seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..n).collect();
    let mut state = seed.wrapping_mul(6364136223846793005).wrapping_add(1442695040888963407);
    for i in (1..n).rev() {
        state = state
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        let j = ((state >> 33) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    order
}

/// Writes the files into `seeds/` of a new scratch directory in the given order.
fn copy_in_order(files: &[(String, Vec<u8>)], order: &[usize], rename: impl Fn(usize, &str) -> String) -> Workdir {
    let w = Workdir::new();
    for (k, &i) in order.iter().enumerate() {
        let (name, bytes) = &files[i];
        w.write(&format!("seeds/{}", rename(k, name)), bytes);
    }
    w
}

/// A private copy of the binary under test.
fn program() -> &'static Path {
    static COPY: OnceLock<(tempfile::TempDir, PathBuf)> = OnceLock::new();
    let (_, path) = COPY.get_or_init(|| {
        let dir = tempfile::tempdir().unwrap();
        let path = dir.path().join("careergraph");
        std::fs::copy(bin(), &path).unwrap();
        (dir, path)
    });
    path
}

/// Runs each command with `seeds` as the `--seeds` arguments; returns the outputs.
fn outputs_of(w: &Workdir, seeds: &[String], commands: &[&[&str]]) -> Vec<String> {
    commands
        .iter()
        .map(|cmd| {
            let mut args: Vec<&str> = Vec::new();
            for s in seeds {
                args.extend(["--seeds", s.as_str()]);
            }
            args.extend(cmd.iter().copied());
            let out = Command::new(program())
                .args(&args)
                .current_dir(w.path())
                .stdin(Stdio::null())
                .output()
                .unwrap();
            let (stdout, stderr) = (
                String::from_utf8_lossy(&out.stdout),
                String::from_utf8_lossy(&out.stderr),
            );
            let report = format!(
                "careergraph {}
{stderr}",
                args.join(" ")
            );
            assert!(matches!(out.status.code(), Some(0 | 1)), "{report}");
            assert!(!stdout.is_empty(), "{report}");
            stdout.into_owned()
        })
        .collect()
}

fn outputs(w: &Workdir, seeds: &[String]) -> Vec<String> {
    outputs_of(w, seeds, COMMANDS)
}

fn assert_same(want: &[String], got: &[String], what: &str) {
    assert_same_of(COMMANDS, want, got, what);
}

fn assert_same_of(commands: &[&[&str]], want: &[String], got: &[String], what: &str) {
    assert_eq!(want.len(), got.len());
    for ((cmd, a), b) in commands.iter().zip(want).zip(got) {
        if a != b {
            let line = a.lines().zip(b.lines()).position(|(x, y)| x != y).unwrap_or(0);
            panic!(
                "{what}: `{}` differs, first at output line {}:\n  {:?}\n  {:?}",
                cmd.join(" "),
                line + 1,
                a.lines().nth(line),
                b.lines().nth(line)
            );
        }
    }
}

#[test]
fn any_directory_order_gives_the_same_bytes() {
    let files = seed_files();
    let n = files.len();
    let base = copy_in_order(&files, &(0..n).collect::<Vec<_>>(), |_, name| name.to_string());
    let want = outputs(&base, &["seeds".to_string()]);
    let mut orders = vec![(0..n).rev().collect::<Vec<_>>()];
    orders.extend((1..=2).map(|seed| shuffled(n, seed)));
    for (k, order) in orders.iter().enumerate() {
        let w = copy_in_order(&files, order, |_, name| name.to_string());
        assert_same(
            &want,
            &outputs(&w, &["seeds".to_string()]),
            &format!("directory order {k}"),
        );
    }
}

#[test]
fn any_command_line_order_gives_the_same_bytes() {
    let files = seed_files();
    let n = files.len();
    let w = copy_in_order(&files, &(0..n).collect::<Vec<_>>(), |_, name| name.to_string());
    let want = outputs(&w, &["seeds".to_string()]);
    for seed in 3..=5 {
        let args: Vec<String> = shuffled(n, seed)
            .into_iter()
            .map(|i| format!("seeds/{}", files[i].0))
            .collect();
        assert_same(&want, &outputs(&w, &args), &format!("command-line order {seed}"));
    }
    // A file given twice, and the directory with some of its files again, change nothing.
    let mut args = vec!["seeds".to_string()];
    args.extend(files.iter().take(3).map(|(name, _)| format!("seeds/{name}")));
    assert_same(&want, &outputs(&w, &args), "files given twice");
}

#[test]
fn file_names_change_only_the_names_cited() {
    let files = seed_files();
    let n = files.len();
    let questions: Vec<&[&str]> = COMMANDS
        .iter()
        .copied()
        .filter(|c| matches!(c.first(), Some(&("path" | "next" | "feeders"))))
        .collect();
    let base = copy_in_order(&files, &(0..n).collect::<Vec<_>>(), |_, name| name.to_string());
    let want = outputs_of(&base, &["seeds".to_string()], &questions);
    // Number prefixes in a shuffled order: the files now sort in another order.
    let order = shuffled(n, 7);
    let prefixed = |k: usize, name: &str| {
        if name == "aliases.csv" {
            name.to_string()
        } else {
            format!("{k:02}-{name}")
        }
    };
    let w = copy_in_order(&files, &order, prefixed);
    let got: Vec<String> = outputs_of(&w, &["seeds".to_string()], &questions)
        .into_iter()
        .map(|mut out| {
            for (k, &i) in order.iter().enumerate() {
                let name = &files[i].0;
                out = out.replace(&format!("seeds/{}", prefixed(k, name)), &format!("seeds/{name}"));
            }
            sort_source_lists(&out)
        })
        .collect();
    let want: Vec<String> = want.iter().map(|o| sort_source_lists(o)).collect();
    assert_same_of(&questions, &want, &got, "renamed files");
}

/// Sorts the page list of each "related list, a.txt:5, b.txt:9" in the text.
fn sort_source_lists(text: &str) -> String {
    const MARK: &str = "related list, ";
    text.lines()
        .map(|line| match line.find(MARK) {
            Some(at) => {
                let start = at + MARK.len();
                let rest = &line[start..];
                let end = rest.find('"').unwrap_or(rest.len());
                let mut items: Vec<&str> = rest[..end].split(", ").collect();
                items.sort_unstable();
                format!("{}{}{}\n", &line[..start], items.join(", "), &rest[end..])
            }
            None => format!("{line}\n"),
        })
        .collect()
}
