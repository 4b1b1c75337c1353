//! `export`, `--graph`, `roles` and pipeline manners: DOT that Graphviz renders, a lossless
//! CSV round trip, networkx agreeing on costs, committed graphs/ kept fresh, closed pipes.

use std::io::Read;
use std::process::{Command, Stdio};

use crate::util::{bin, repo, Workdir};

fn have(tool: &str) -> bool {
    Command::new("sh")
        .args(["-c", &format!("command -v {tool}")])
        .stdout(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// Runs careergraph in the repository root (so `--seeds seeds` names files as the built-in
/// corpus does) and returns stdout.
fn run_in_repo(args: &[&str]) -> Vec<u8> {
    let out = Command::new(bin()).args(args).current_dir(repo()).output().unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    out.stdout
}

#[test]
fn committed_graphs_are_up_to_date() {
    // graphs/ is what the pages of seeds/ give; the binary answers from its compiled-in copy.
    let stale = "graphs/ is stale: run scripts/regen-graphs.sh";
    let from_pages = run_in_repo(&["--seeds", "seeds", "export", "dot"]);
    assert_eq!(
        from_pages,
        std::fs::read(repo().join("graphs/careers.dot")).unwrap(),
        "{stale}"
    );
    assert_eq!(
        run_in_repo(&["export", "dot"]),
        from_pages,
        "the compiled-in graph differs: rebuild after {stale}"
    );
    let w = Workdir::new();
    let seeds = repo().join("seeds");
    let out = Command::new(bin())
        .args(["--seeds", "seeds", "export", "csv", "--output"])
        .arg(w.path().join("out"))
        .current_dir(repo())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", String::from_utf8_lossy(&out.stderr));
    assert!(seeds.is_dir());
    for f in ["roles.csv", "moves.csv"] {
        assert_eq!(
            std::fs::read(w.path().join("out").join(f)).unwrap(),
            std::fs::read(repo().join("graphs").join(f)).unwrap(),
            "{f}: {stale}"
        );
    }
    // The answers from the pages and from the compiled-in graph agree.
    for args in [
        vec![
            "path",
            "Help Desk Technician",
            "IT Manager",
            "-k",
            "3",
            "--format",
            "json",
        ],
        vec!["next", "IT Support Specialist", "--format", "json"],
        vec!["roles", "--format", "csv"],
        vec!["export", "json"],
    ] {
        let mut with_pages = vec!["--seeds", "seeds"];
        with_pages.extend(&args);
        assert_eq!(run_in_repo(&args), run_in_repo(&with_pages), "{}", args.join(" "));
    }
    // The SVG names exactly the roles of the graph.
    let svg = std::fs::read_to_string(repo().join("graphs/careers.svg")).unwrap();
    let roles = w.run(&["roles", "--format", "json"]).json();
    for r in roles.as_array().unwrap() {
        let title = r["title"].as_str().unwrap().replace('&', "&amp;");
        assert!(
            svg.contains(&format!("<title>{title}</title>")),
            "careers.svg lacks {title}: {stale}"
        );
    }
}

#[test]
fn dot_renders_with_graphviz_also_for_hostile_names() {
    if !have("dot") {
        eprintln!("skipped: Graphviz `dot` is not installed");
        return;
    }
    let w = Workdir::new();
    let hostile = [
        "Quote \"Lead\" Engineer",
        "Back\\slash {Brace} <Angle> Analyst",
        "Café Ünïcode Technician",
        "Semi; colon -> Arrow Manager",
    ];
    for (i, t) in hostile.iter().enumerate() {
        let next = hostile[(i + 1) % hostile.len()];
        w.write(
            &format!("p/{i}.txt"),
            format!("IT\n{t}\nLast updated\nSummary text.\nCareer outlook\nThe usual next step is {next}.\n"),
        );
    }
    let corpora: [&[&str]; 2] = [&["export", "dot"], &["--seeds", "p", "export", "dot"]];
    for args in corpora {
        let run = w.run(args);
        run.expect_status(0);
        let mut child = Command::new("dot")
            .arg("-Tsvg")
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        std::io::Write::write_all(&mut child.stdin.take().unwrap(), run.stdout.as_bytes()).unwrap();
        let out = child.wait_with_output().unwrap();
        assert!(
            out.status.success(),
            "dot failed: {}\n{}",
            String::from_utf8_lossy(&out.stderr),
            run.stdout
        );
        assert!(String::from_utf8_lossy(&out.stdout).contains("<svg"));
    }
    let hostile_run = w.run(&["--seeds", "p", "export", "dot"]);
    assert!(
        hostile_run.stdout.contains("\"Quote \\\"Lead\\\" Engineer\""),
        "{}",
        hostile_run.stdout
    );
}

#[test]
fn csv_round_trip_is_lossless_and_queries_agree() {
    let w = Workdir::new();
    w.run(&["export", "csv", "--output", "d1"]).expect_status(0);
    w.run(&["--graph", "d1", "export", "csv", "--output", "d2"])
        .expect_status(0);
    for f in ["roles.csv", "moves.csv"] {
        assert_eq!(
            std::fs::read(w.path().join("d1").join(f)).unwrap(),
            std::fs::read(w.path().join("d2").join(f)).unwrap(),
            "{f} differs"
        );
    }
    for args in [
        vec![
            "path",
            "Help Desk Technician",
            "IT Manager",
            "-k",
            "3",
            "--format",
            "json",
        ],
        vec!["plan", "IT Support Specialist", "Cloud Engineer", "--format", "json"],
        vec!["next", "IT Support Specialist", "--format", "json"],
        vec!["feeders", "Systems Administrator", "--format", "json"],
        vec!["roles", "--format", "csv"],
        vec!["role", "sysadmin", "--format", "json"],
    ] {
        let a = w.run(&args);
        let mut with_graph = vec!["--graph", "d1"];
        with_graph.extend(&args);
        let b = w.run(&with_graph);
        a.expect_status(0);
        assert_eq!(a.stdout, b.stdout, "{} differs with --graph", args.join(" "));
    }
}

#[test]
fn json_export_is_one_document_with_provenance() {
    let run = Workdir::new().run(&["export", "json"]);
    run.expect_status(0);
    let v = run.json();
    assert!(v["roles"].as_array().unwrap().len() >= 30);
    let m = &v["moves"][0];
    for k in [
        "from",
        "to",
        "cost",
        "salary_delta",
        "cert_gap",
        "new_certs",
        "inferred",
        "evidence",
    ] {
        assert!(m.get(k).is_some(), "missing {k}");
    }
    assert!(v["roles"][0]["salary"]["source"].is_string());
}

#[test]
fn networkx_dijkstra_agrees_with_the_exported_costs() {
    let ok = Command::new("python3")
        .args(["-c", "import networkx"])
        .stderr(Stdio::null())
        .status()
        .is_ok_and(|s| s.success());
    if !ok {
        eprintln!("skipped: python3 with networkx is not installed");
        return;
    }
    let w = Workdir::new();
    w.run(&["export", "csv", "--output", "g"]).expect_status(0);
    let out = Command::new("python3")
        .arg(repo().join("tests/networkx_check.py"))
        .arg(w.path().join("g/moves.csv"))
        .arg(bin())
        .output()
        .unwrap();
    assert!(
        out.status.success(),
        "{}\n{}",
        String::from_utf8_lossy(&out.stdout),
        String::from_utf8_lossy(&out.stderr)
    );
}

#[test]
fn a_closed_pipe_is_quiet_success_even_for_large_output() {
    let w = Workdir::new();
    // A corpus big enough that the output is far larger than a pipe buffer.
    for i in 0..400 {
        w.write(&format!("big/{i:03}.txt"), format!("IT\nRole Number {i} Analyst\nLast updated\nSummary text for role {i}.\nRole at a glance\n- Key certifications\n- Net+\n"));
    }
    for args in [
        vec!["--seeds", "big", "roles", "--format", "csv"],
        vec!["roles", "--format", "json"],
        vec!["completions", "bash"],
    ] {
        let mut child = Command::new(bin())
            .args(&args)
            .current_dir(w.path())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .unwrap();
        let mut stdout = child.stdout.take().unwrap();
        let mut first = [0u8; 16];
        stdout.read_exact(&mut first).unwrap();
        drop(stdout);
        let out = child.wait_with_output().unwrap();
        assert_eq!(
            out.status.code(),
            Some(0),
            "{}: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
        assert!(
            out.stderr.is_empty(),
            "{}: stderr: {}",
            args.join(" "),
            String::from_utf8_lossy(&out.stderr)
        );
    }
}

#[test]
fn output_files_are_written_atomically_and_never_clobber_on_error() {
    let w = Workdir::new();
    w.write("out.dot", "old");
    // An unknown role fails before anything is written.
    let run = w.run(&["export", "dot", "--highlight", "Nobody", "IT Manager", "-o", "out.dot"]);
    run.expect_status(2);
    assert_eq!(std::fs::read_to_string(w.path().join("out.dot")).unwrap(), "old");
    w.run(&[
        "export",
        "dot",
        "--highlight",
        "IT Support Specialist",
        "Systems Administrator",
        "-o",
        "out.dot",
    ])
    .expect_status(0);
    let dot = std::fs::read_to_string(w.path().join("out.dot")).unwrap();
    assert!(dot.contains("penwidth=3, color=red"));
    let leftovers: Vec<_> = std::fs::read_dir(w.path())
        .unwrap()
        .filter_map(|e| e.ok())
        .filter(|e| e.file_name().to_string_lossy().ends_with(".tmp"))
        .collect();
    assert!(leftovers.is_empty());
}

#[test]
fn every_command_speaks_json() {
    let w = Workdir::new();
    for args in [
        vec!["path", "IT Support Specialist", "Systems Administrator"],
        vec!["plan", "IT Support Specialist", "Systems Administrator"],
        vec!["next", "IT Support Specialist"],
        vec!["feeders", "IT Support Specialist"],
        vec!["role", "IT Support Specialist"],
        vec!["roles"],
        vec!["certs"],
        vec!["check"],
        vec!["export", "json"],
    ] {
        let mut a = args.clone();
        a.extend(["--format", "json"]);
        let run = w.run(&a);
        run.expect_status(0);
        run.json();
    }
}
