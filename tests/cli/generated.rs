//! A generated corpus reads back whole: every page becomes a role and every next step a page
//! states becomes an edge (see `examples/gen_corpus.rs`).

use std::collections::BTreeSet;

use crate::util::Workdir;

#[path = "../../examples/gen_corpus.rs"]
#[allow(dead_code, clippy::all)]
mod gen_corpus;

fn read_csv(path: &std::path::Path) -> Vec<csv::StringRecord> {
    let mut r = csv::Reader::from_path(path).unwrap();
    r.records().map(Result::unwrap).collect()
}

#[test]
fn every_generated_page_is_a_role_and_every_stated_next_step_an_edge() {
    const N: usize = 300;
    let w = Workdir::new();
    let pages = w.path().join("pages");
    let generated = gen_corpus::write_corpus(N, &pages, 7).unwrap();
    assert_eq!(generated.pages.len(), N);
    // The same seed gives the same corpus.
    assert_eq!(gen_corpus::generate(N, 7).pages, generated.pages);

    w.run(&["--seeds", "pages", "export", "csv", "-o", "out"])
        .expect_status(0);

    let roles = read_csv(&w.path().join("out/roles.csv"));
    let titles: BTreeSet<&str> = roles.iter().map(|r| &r[0]).collect();
    let missing: Vec<&String> = generated
        .titles
        .iter()
        .filter(|t| !titles.contains(t.as_str()))
        .collect();
    assert!(missing.is_empty(), "pages lost: {missing:?}");
    assert_eq!(roles.len(), N, "every page is one role and no other role appears");

    let moves = read_csv(&w.path().join("out/moves.csv"));
    let edges: BTreeSet<(&str, &str)> = moves.iter().map(|m| (&m[0], &m[1])).collect();
    let expected = read_csv(&pages.join("expected_moves.csv"));
    assert_eq!(expected.len(), generated.expected_moves.len());
    let lost: Vec<(&str, &str)> = expected
        .iter()
        .map(|e| (&e[0], &e[1]))
        .filter(|e| !edges.contains(e))
        .collect();
    assert!(
        lost.is_empty(),
        "{} stated next steps are not edges: {lost:?}",
        lost.len()
    );
    // Distractors ("They work closely with X", "Many started as X") are not moves either.
    let stated: BTreeSet<(&str, &str)> = moves
        .iter()
        .filter(|m| &m[6] != "true")
        .map(|m| (&m[0], &m[1]))
        .collect();
    let extra: Vec<_> = stated
        .iter()
        .filter(|m| {
            !generated
                .expected_moves
                .iter()
                .any(|(a, b)| (a.as_str(), b.as_str()) == **m)
        })
        .collect();
    assert!(extra.is_empty(), "moves no page states: {extra:?}");
}
