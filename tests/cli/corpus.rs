//! The built-in corpus: coverage, sourced salaries, connectivity, and `check`.

use std::collections::{BTreeMap, BTreeSet, VecDeque};

use crate::util::{repo, shared, Workdir};

fn roles() -> Vec<serde_json::Value> {
    let run = Workdir::new().run(&["roles", "--format", "json"]);
    run.expect_status(0);
    run.json().as_array().unwrap().clone()
}

#[test]
fn the_default_corpus_covers_the_ladder_with_sources() {
    let roles = roles();
    assert!(roles.len() >= 30, "{} roles", roles.len());
    let with_salary = roles.iter().filter(|r| r["salary"].is_object()).count();
    let with_certs = roles
        .iter()
        .filter(|r| !r["key_certs"].as_array().unwrap().is_empty())
        .count();
    assert!(
        with_salary * 10 >= roles.len() * 9,
        "{with_salary} of {} roles have a salary",
        roles.len()
    );
    assert!(
        with_certs * 10 >= roles.len() * 8,
        "{with_certs} of {} roles have key certifications",
        roles.len()
    );
    for r in &roles {
        if r["salary"].is_object() {
            assert!(!r["salary"]["source"].as_str().unwrap().is_empty(), "{r}");
        }
    }
    let titles: BTreeSet<&str> = roles.iter().map(|r| r["title"].as_str().unwrap()).collect();
    for t in [
        "IT Support Specialist",
        "IT Support Specialist II",
        "Technical Support Specialist",
        "Lead IT Support Specialist",
        "Lead IT Support Specialist II",
    ] {
        assert!(titles.contains(t), "{t} missing");
    }
    let csv = Workdir::new().run(&["roles", "--format", "csv"]);
    assert!(csv
        .stdout
        .starts_with("role,salary_min,salary_max,experience_min,experience_max,certifications,salary_source"));
}

#[test]
fn every_role_reaches_or_is_reached_from_it_support_specialist() {
    let run = Workdir::new().run(&["export", "json"]);
    run.expect_status(0);
    let v = run.json();
    let mut out: BTreeMap<String, Vec<String>> = BTreeMap::new();
    let mut inn: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for m in v["moves"].as_array().unwrap() {
        let (a, b) = (
            m["from"].as_str().unwrap().to_string(),
            m["to"].as_str().unwrap().to_string(),
        );
        out.entry(a.clone()).or_default().push(b.clone());
        inn.entry(b).or_default().push(a);
    }
    let reach = |adj: &BTreeMap<String, Vec<String>>| {
        let mut seen = BTreeSet::from(["IT Support Specialist".to_string()]);
        let mut queue = VecDeque::from(["IT Support Specialist".to_string()]);
        while let Some(x) = queue.pop_front() {
            for y in adj.get(&x).into_iter().flatten() {
                if seen.insert(y.clone()) {
                    queue.push_back(y.clone());
                }
            }
        }
        seen
    };
    let (down, up) = (reach(&out), reach(&inn));
    for r in v["roles"].as_array().unwrap() {
        let t = r["title"].as_str().unwrap();
        assert!(
            down.contains(t) || up.contains(t),
            "{t} is cut off from IT Support Specialist"
        );
    }
}

#[test]
fn check_passes_on_the_default_corpus_and_fails_on_problems() {
    let w = Workdir::new();
    let clean = w.run(&["check"]);
    clean.expect_status(0);
    assert!(clean.stdout.starts_with("No problems:"), "{}", clean.report());
    w.write("p/a.txt", "IT\nNOC Technician\nLast updated\nWatches the network.\nRole at a glance\n- Key certifications\n- Net+, Imaginary Cert\nCareer outlook\nThe usual next step is network wizardry engineer.\n");
    let bad = w.run(&["--seeds", "p", "check", "--format", "csv"]);
    bad.expect_status(1);
    for kind in ["unknown-cert", "role-without-page", "no-salary", "missing-section"] {
        assert!(bad.stdout.contains(kind), "{kind} not reported:\n{}", bad.report());
    }
    assert!(bad.stdout.contains("p/a.txt:7"), "{}", bad.report());
}

/// Salaries quoted from BLS on our pages equal the 25th-75th percentiles of data/bls_wages.csv.
#[test]
fn bls_salaries_match_the_wage_table() {
    let mut wages = BTreeMap::new();
    let mut rdr = csv::Reader::from_path(repo().join("data/bls_wages.csv")).unwrap();
    for r in rdr.deserialize::<BTreeMap<String, String>>() {
        let r = r.unwrap();
        wages.insert(
            r["soc"].clone(),
            (r["p25"].parse::<u32>().unwrap(), r["p75"].parse::<u32>().unwrap()),
        );
    }
    let mut checked = 0;
    for r in roles() {
        let Some(source) = r["salary"]["source"].as_str() else {
            continue;
        };
        let Some(soc) = source.split("SOC ").nth(1).map(|s| &s[..7]) else {
            continue;
        };
        let (p25, p75) = wages[soc];
        assert_eq!(
            (
                r["salary"]["range"]["min"].as_u64().unwrap() as u32,
                r["salary"]["range"]["max"].as_u64().unwrap() as u32
            ),
            (p25, p75),
            "{}",
            r["title"]
        );
        checked += 1;
    }
    assert!(checked >= 20, "only {checked} BLS-sourced roles");
}

/// The five real roles keep the facts of their real pages: key certifications, experience,
/// and the salary ranges the real related lists give.
#[test]
fn seed_roles_keep_the_facts_of_the_real_pages() {
    let Some(shared) = shared() else {
        eprintln!("skipped: ../shared is not beside this checkout");
        return;
    };
    let expected: serde_json::Value =
        serde_json::from_str(&std::fs::read_to_string(shared.join("seeds/expected.json")).unwrap()).unwrap();
    let roles = roles();
    let find = |t: &str| {
        roles
            .iter()
            .find(|r| r["title"].as_str().unwrap().eq_ignore_ascii_case(t))
    };
    for page in expected["pages"].as_array().unwrap() {
        let title = page["title"].as_str().unwrap();
        let ours = find(title).unwrap_or_else(|| panic!("{title} missing"));
        let mut theirs: Vec<&str> = page["key_certifications"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        let mut mine: Vec<&str> = ours["key_certs"]
            .as_array()
            .unwrap()
            .iter()
            .map(|c| c.as_str().unwrap())
            .collect();
        theirs.sort_unstable();
        mine.sort_unstable();
        assert_eq!(mine, theirs, "{title}: key certifications");
        assert_eq!(ours["experience"], page["experience_years"], "{title}: experience");
        for rel in page["related"].as_array().unwrap() {
            if let Some(r) = find(rel["title"].as_str().unwrap()) {
                assert_eq!(r["salary"]["range"]["min"], rel["salary_min"], "{}", rel["title"]);
                assert_eq!(r["salary"]["range"]["max"], rel["salary_max"], "{}", rel["title"]);
            }
        }
    }
}
