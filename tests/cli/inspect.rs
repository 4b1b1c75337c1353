//! `inspect`: extraction quality against hand-labelled pages, and robustness.

use std::path::Path;

use serde_json::Value;

use crate::util::{repo, shared, Workdir};

fn key(s: &str) -> String {
    s.split_whitespace().collect::<Vec<_>>().join(" ").to_lowercase()
}

/// Scores `inspect --format json` on a folder with an `expected.json`; asserts the exact
/// fields and returns (true positives, false negatives, false positives) of next steps.
fn score(dir: &Path) -> (usize, usize, usize) {
    let expected: Value = serde_json::from_str(&std::fs::read_to_string(dir.join("expected.json")).unwrap()).unwrap();
    let pages = expected["pages"].as_array().unwrap();
    let files: Vec<String> = pages
        .iter()
        .map(|p| dir.join(p["file"].as_str().unwrap()).display().to_string())
        .collect();
    let mut args = vec!["inspect", "--format", "json"];
    args.extend(files.iter().map(String::as_str));
    let run = Workdir::new().run(&args);
    run.expect_status(0);
    let got = run.json();
    let got = got.as_array().unwrap();
    assert_eq!(got.len(), pages.len());
    let (mut tp, mut fn_, mut fp) = (0, 0, 0);
    for (e, g) in pages.iter().zip(got) {
        let file = e["file"].as_str().unwrap();
        assert_eq!(
            key(g["title"].as_str().unwrap_or("")),
            key(e["title"].as_str().unwrap()),
            "{file}: title"
        );
        assert_eq!(
            key(g["category"].as_str().unwrap_or("")),
            key(e["category"].as_str().unwrap()),
            "{file}: category"
        );
        assert_eq!(g["experience_years"], e["experience_years"], "{file}: experience");
        assert_eq!(
            g["key_certifications"], e["key_certifications"],
            "{file}: key certifications"
        );
        let related: Vec<Value> = g["related"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| serde_json::json!({"title": r["title"], "salary_min": r["salary_min"], "salary_max": r["salary_max"]}))
            .collect();
        assert_eq!(Value::Array(related), e["related"], "{file}: related roles");
        let found: Vec<String> = g["next_steps"]
            .as_array()
            .unwrap()
            .iter()
            .map(|s| key(s.as_str().unwrap()))
            .collect();
        let groups = |k: &str| -> Vec<Vec<String>> {
            e["next_steps"][k]
                .as_array()
                .unwrap()
                .iter()
                .map(|g| g.as_array().unwrap().iter().map(|n| key(n.as_str().unwrap())).collect())
                .collect()
        };
        let (must, may) = (groups("must"), groups("may"));
        for group in &must {
            if group.iter().any(|n| found.contains(n)) {
                tp += 1;
            } else {
                fn_ += 1;
                eprintln!("{file}: missed {}", group[0]);
            }
        }
        for f in &found {
            if !must.iter().chain(&may).any(|g| g.contains(f)) {
                fp += 1;
                eprintln!("{file}: extra {f}");
            }
        }
    }
    (tp, fn_, fp)
}

fn assert_quality(dir: &Path, min_recall: f64, min_precision: f64) {
    let (tp, fn_, fp) = score(dir);
    let recall = tp as f64 / (tp + fn_) as f64;
    let precision = tp as f64 / (tp + fp) as f64;
    eprintln!(
        "{}: recall {recall:.3}, precision {precision:.3} (tp {tp}, fn {fn_}, fp {fp})",
        dir.display()
    );
    assert!(recall >= min_recall, "recall {recall:.3} < {min_recall}");
    assert!(precision >= min_precision, "precision {precision:.3} < {min_precision}");
}

#[test]
fn real_seed_pages_match_the_careful_reader() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared/seeds is not beside this checkout");
        return;
    };
    assert_quality(&shared.join("seeds"), 0.9, 0.9);
}

#[test]
fn held_out_pages_in_other_phrasings_match_the_careful_reader() {
    assert_quality(&repo().join("tests/fixtures/pages"), 0.9, 0.9);
}

/// A second set written later, blind to the reader's rules (first measured at recall 0.29,
/// precision 0.63; the rules were then generalised). Its thresholds record where the reader
/// stands on phrasings it was not built on, so that a change cannot quietly make it worse.
#[test]
fn second_set_of_pages_in_unseen_phrasings_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-second-set"), 0.85, 0.9);
}

/// A third set, written blind to the reader's rules and scored once before any change
/// (recall 0.70, precision 0.79); the rules were then generalised again (0.94 / 0.94).
#[test]
fn third_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-third-set"), 0.9, 0.9);
}

/// A fourth set, written blind and scored once before any change (recall 0.79, precision
/// 0.93); the rules were then generalised again (0.91 / 0.94).
#[test]
fn fourth_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-fourth-set"), 0.85, 0.9);
}

/// A fifth set, written blind and scored once before any change (recall 0.72, precision
/// 0.74); its false positives then taught three precision rules (0.69 / 0.81), and later
/// rules lifted it to 0.75 / 0.86.
#[test]
fn fifth_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-fifth-set"), 0.7, 0.8);
}

/// A sixth set, written blind and scored once before any change (recall 0.89, precision
/// 0.86); its misses and false positives then taught the rules for titles with their salary on
/// the next line, "…, typically as X", role acronyms (SRE, DBA, CISO), "take turns as" and
/// a rank of the page's own role noun (0.98 / 0.92).
#[test]
fn sixth_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-sixth-set"), 0.95, 0.9);
}

/// A seventh set, held back while the sixth was used and scored once, blind, after the
/// rules were frozen (recall 0.57, precision 0.81): the honest figure for new pages. Its
/// misses then taught "sets you up for", "hire … as", "pursue", negation across an aside,
/// "within reach", "another exit", and certification names that are job titles (0.78 / 0.91).
#[test]
fn seventh_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-seventh-set"), 0.8, 0.9);
}

/// Eighth and ninth sets, written by two more writers and scored once, blind, before any
/// rule was changed for them (0.68 / 0.80 and 0.47 / 0.79); their misses then taught lists
/// announced by a colon, "the main options are", "X absorbs many analysts", "beyond that
/// sits", "director of service delivery", "take on … positions", "aim for", "retrain as",
/// and fields in -ing ("training manager").
#[test]
fn eighth_and_ninth_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-eighth-set"), 0.8, 0.85);
    assert_quality(&repo().join("tests/fixtures/pages-ninth-set"), 0.65, 0.8);
}

/// Tenth and eleventh sets, the last written: scored once, blind, with the rules frozen
/// after the ninth (0.71 / 0.83 and 0.70 / 0.84); then used like the others (0.88 / 0.88 and
/// 0.75 / 0.94).
#[test]
fn tenth_and_eleventh_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-tenth-set"), 0.85, 0.85);
    assert_quality(&repo().join("tests/fixtures/pages-eleventh-set"), 0.7, 0.9);
}

/// Twelfth and thirteenth sets, asked for plain editorial prose like a career site's
/// (the sets before asked for deliberately varied phrasings); scored once, blind, with the
/// rules frozen after the eleventh (0.80 / 0.91 and 0.84 / 0.90), then used (0.92 / 0.96 and
/// 0.93 / 0.93).
#[test]
fn twelfth_and_thirteenth_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twelfth-set"), 0.9, 0.9);
    assert_quality(&repo().join("tests/fixtures/pages-thirteenth-set"), 0.9, 0.9);
}

/// The last two sets, one in plain prose (fourteenth) and one in deliberately varied
/// phrasings (fifteenth), scored once, blind, with the rules frozen after the thirteenth:
/// 0.93 / 0.83 and 0.63 / 0.97. The fifteenth then taught answers to a question about the
/// ladder, numbered items, "a natural fit", "beckons", "snapped up as" and "pursued by"
/// (0.83 / 0.95); no rule was changed for the fourteenth.
#[test]
fn fourteenth_and_fifteenth_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-fourteenth-set"), 0.9, 0.8);
    assert_quality(&repo().join("tests/fixtures/pages-fifteenth-set"), 0.8, 0.95);
}

/// Three sets in the seeds' own manner (dash layout, bullet layout, both), scored once,
/// blind, with the rules of the fifteenth round: 0.98 / 0.84, 0.96 / 0.75 and 0.94 / 0.88.
/// They taught precision: answers to "How do I become …?", paragraphs about backgrounds,
/// the own role under other names (initials, last words, a bare tier), things that move
/// ("companies move their operations to …"), who moves ("a natural move for SREs"), and
/// hiring or joined units ("SRE teams hire …", "join SRE teams").
#[test]
fn sixteenth_to_eighteenth_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-sixteenth-set"), 0.95, 0.95);
    assert_quality(&repo().join("tests/fixtures/pages-seventeenth-set"), 0.95, 0.95);
    assert_quality(&repo().join("tests/fixtures/pages-eighteenth-set"), 0.95, 0.95);
}

/// Two more sets in the seeds' manner, scored once, blind, with the rules of the eighteenth
/// round: 1.00 / 0.85 (nineteenth) and 0.89 / 0.81 (twentieth). They taught origin paragraphs
/// ("A common route is several years as …, followed by …"), asides after a destination
/// (dashed duties, "roles in legal operations", "office", "line management of"), titles
/// with "in Test" and "chiefs of staff", and cautions ("be cautious about assuming …").
#[test]
fn nineteenth_and_twentieth_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-nineteenth-set"), 0.95, 0.95);
    assert_quality(&repo().join("tests/fixtures/pages-twentieth-set"), 0.95, 0.95);
}

/// A set written in eight different voices (terse lists, second person, figures, hedged,
/// long clauses), scored once, blind, with the rules of the twentieth round: 0.85 / 0.72. It
/// taught list headers that name no destination ("Who you work with:", "Common backgrounds
/// before the role:", "Not a common route:"), items with a colon ("Then one of: …"), advice
/// against a move, "From there, …" and predicates after a destination.
#[test]
fn twenty_first_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twenty-first-set"), 0.95, 0.95);
}

/// A set with long overviews full of colleagues and background stories, scored once, blind,
/// with the rules of the twenty-first round: 0.89 / 0.79. It taught stories ("The common
/// story is a technician who … was promoted to …"), "Those drawn to …", "Many were the …",
/// certification levels left beside a known name, and "full stack" and "major incident"
/// titles.
#[test]
fn twenty_third_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twenty-third-set"), 0.95, 0.95);
}

/// A second set in varied voices, scored once, blind, with the rules of the twenty-third
/// round: 0.91 / 0.78. It taught yes-or-no questions answered "Yes" ("Can an IT support
/// manager become an IT director?"), careers so far ("progressing from A to B to C before
/// …"), warnings ("the risk is becoming …"), "… became detection engineering leads" and
/// describing words that are no part of a title ("vendor-side").
#[test]
fn twenty_fourth_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twenty-fourth-set"), 0.95, 0.95);
}

/// A set in the seeds' dash layout with long outlooks, scored once, blind, with the rules of
/// the twenty-fourth round: 0.88 / 0.89. It taught "manage infrastructure teams", "take on
/// infrastructure management", "that intermediate step is …", "relatively few … end up as",
/// "rolls up to", and examiner, witness and VP titles.
#[test]
fn twenty_second_set_does_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twenty-second-set"), 0.95, 0.95);
}

/// The last round, three sets scored once, blind, with the rules frozen after the
/// twenty-second: 1.00 / 1.00 (dash layout), 0.95 / 0.76 (long overviews full of colleagues)
/// and 0.95 / 0.81 (varied voices). They taught experience had before ("two years as a
/// service desk analyst"), interests ("who gravitate toward …"), conditions ("depending on
/// whether you lean toward …"), "less common", the rank of the destination just named ("and
/// from there to senior engineer") and "How does someone become …?".
#[test]
fn twenty_fifth_to_twenty_seventh_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twenty-fifth-set"), 0.95, 0.95);
    assert_quality(&repo().join("tests/fixtures/pages-twenty-sixth-set"), 0.95, 0.9);
    assert_quality(&repo().join("tests/fixtures/pages-twenty-seventh-set"), 0.95, 0.95);
}

/// The closing round of stop 10, scored once, blind, with the rules frozen after the
/// twenty-seventh: 0.93 / 0.88 (dash layout), 0.98 / 0.82 (colleague-heavy) and 0.80 / 0.80
/// (varied voices). They then taught items of several sentences ("Up: …. This is …"),
/// "After that, choose: …", "few … make the switch", "almost never happens", feeder roles,
/// a career told in the past, and remarks beside key certifications.
#[test]
fn twenty_eighth_to_thirtieth_sets_do_not_regress() {
    assert_quality(&repo().join("tests/fixtures/pages-twenty-eighth-set"), 0.9, 0.85);
    assert_quality(&repo().join("tests/fixtures/pages-twenty-ninth-set"), 0.95, 0.85);
    assert_quality(&repo().join("tests/fixtures/pages-thirtieth-set"), 0.85, 0.95);
}

#[test]
fn standard_input_is_one_page() {
    let page = "Information Technology\nNOC Technician\nLast updated\nWatches the network.\nRole at a glance\n- Typical experience\n- 1-2 years\nCareer outlook\nThe usual next step is network administration.\n";
    let run = Workdir::new().run_stdin(&["inspect", "--format", "json", "-"], Some(page.as_bytes()));
    run.expect_status(0);
    let v = run.json();
    assert_eq!(v[0]["file"], "<stdin>");
    assert_eq!(v[0]["next_steps"], serde_json::json!(["Network Administrator"]));
    assert_eq!(v[0]["experience_years"], serde_json::json!({"min": 1, "max": 2}));
}

#[test]
fn bad_pages_warn_with_file_and_line_and_do_not_fail() {
    let w = Workdir::new();
    w.write("empty.txt", "");
    w.write("binary.txt", [0u8, 159, 146, 150, 0, 1]);
    w.write(
        "latin1.txt",
        b"IT\nCaf\xe9 Manager\nLast updated\nRuns the caf\xe9 network well.\n",
    );
    w.write("certs.txt", "IT\nX Analyst\nLast updated\nSummary text here.\nRole at a glance\n- Key certifications\n- Made Up Cert 9000, Net+\n");
    let run = w.run(&["inspect", "--format", "json", "."]);
    run.expect_status(0);
    assert!(
        run.stderr.contains("binary.txt: looks like a binary file"),
        "{}",
        run.report()
    );
    assert!(run.stderr.contains("empty.txt: empty page"), "{}", run.report());
    assert!(run.stderr.contains("latin1.txt: not valid UTF-8"), "{}", run.report());
    assert!(
        run.stderr
            .contains("certs.txt:7: unknown certification \"Made Up Cert 9000\""),
        "{}",
        run.report()
    );
    assert!(!run.stderr.contains("panicked"));
    let v = run.json();
    let certs = v
        .as_array()
        .unwrap()
        .iter()
        .find(|p| p["file"].as_str().unwrap().ends_with("certs.txt"))
        .unwrap();
    assert_eq!(
        certs["key_certifications"],
        serde_json::json!(["Made Up Cert 9000", "CompTIA Network+"])
    );
}

#[test]
fn a_missing_path_is_an_error_naming_it() {
    let run = Workdir::new().run(&["inspect", "nope.txt"]);
    run.expect_status(2);
    assert!(run.stderr.starts_with("careergraph: nope.txt: "), "{}", run.report());
}
