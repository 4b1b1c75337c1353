//! `path` and `plan`: exactness on the built-in corpus, and the command's behaviour.

use careergraph::corpus::{default_sources, Corpus};
use careergraph::cost::{step_cost, CertSet, RoleCosting, Weights};
use careergraph::graph::CareerGraph;
use careergraph::names::CertCatalogue;
use careergraph::query::{find_paths, PathRequest};
use petgraph::graph::NodeIndex;

use crate::util::Workdir;

fn default_graph() -> CareerGraph {
    let (aliases, pages): (Vec<_>, Vec<_>) = default_sources()
        .into_iter()
        .partition(|f| f.name.ends_with("aliases.csv"));
    let cat = CertCatalogue::embedded();
    CareerGraph::from_corpus(Corpus::build(&pages, &aliases, &cat), cat, true)
}

/// The k smallest costs over all simple paths, by depth-first enumeration with
/// branch-and-bound (exhaustive: a branch is cut only when it already costs more than the
/// k-th best complete path found so far, and costs are never negative).
struct BruteForce<'a> {
    g: &'a CareerGraph,
    w: &'a Weights,
    to: NodeIndex,
    k: usize,
    on_path: Vec<NodeIndex>,
    best: Vec<f64>,
}

impl BruteForce<'_> {
    fn run(g: &CareerGraph, w: &Weights, from: NodeIndex, to: NodeIndex, k: usize) -> Vec<f64> {
        let mut bf = BruteForce {
            g,
            w,
            to,
            k,
            on_path: vec![from],
            best: Vec::new(),
        };
        let held = g.graph[from].key_certs().clone();
        bf.dfs(from, &held, 0.0);
        bf.best
    }

    fn dfs(&mut self, at: NodeIndex, held: &CertSet, cost: f64) {
        if self.best.len() == self.k && cost > self.best[self.k - 1] + 1e-9 {
            return;
        }
        if at == self.to {
            self.best.push(cost);
            self.best.sort_by(f64::total_cmp);
            self.best.truncate(self.k);
            return;
        }
        let g = self.g;
        let mut next: Vec<NodeIndex> = g.graph.neighbors(at).collect();
        next.sort();
        next.dedup();
        for b in next {
            if self.on_path.contains(&b) {
                continue;
            }
            let s = step_cost(
                self.w,
                g.graph[at].salary_mid(),
                g.graph[b].salary_mid(),
                g.graph[b].key_certs(),
                held,
            );
            let mut h = held.clone();
            h.union_with(g.graph[b].key_certs());
            self.on_path.push(b);
            self.dfs(b, &h, cost + s.total());
            self.on_path.pop();
        }
    }
}

#[test]
fn every_pair_of_the_default_corpus_matches_brute_force() {
    let g = default_graph();
    let roles: Vec<NodeIndex> = g.roles().collect();
    for weights in [
        Weights::default(),
        Weights::new(1.0, 2.0, 0.5).unwrap(),
        Weights::new(0.0, 1.0, 3.0).unwrap(),
    ] {
        let mut compared = 0;
        for &a in &roles {
            for &b in &roles {
                if a == b {
                    continue;
                }
                let want = BruteForce::run(&g, &weights, a, b, 3);
                let req = PathRequest {
                    from: g.title(a).into(),
                    to: g.title(b).into(),
                    have: vec![],
                    avoid: vec![],
                    via: None,
                    k: 3,
                    weights,
                };
                let got: Vec<f64> = find_paths(&g, &req).unwrap().paths.iter().map(|p| p.cost).collect();
                assert_eq!(
                    got.len(),
                    want.len(),
                    "{} -> {}: {got:?} vs {want:?}",
                    g.title(a),
                    g.title(b)
                );
                for (x, y) in got.iter().zip(&want) {
                    assert!(
                        (x - y).abs() < 1e-9,
                        "{} -> {}: {got:?} vs brute force {want:?}",
                        g.title(a),
                        g.title(b)
                    );
                }
                compared += 1;
            }
        }
        assert_eq!(compared, roles.len() * (roles.len() - 1));
    }
}

#[test]
fn the_main_job_answers_with_salaries_and_certs_all_known() {
    let run = Workdir::new().run(&[
        "path",
        "IT Support Specialist",
        "Systems Administrator",
        "--format",
        "json",
    ]);
    run.expect_status(0);
    let v = run.json();
    assert_eq!(v["from"], "IT Support Specialist");
    assert_eq!(v["to"], "Systems Administrator");
    let path = &v["paths"][0];
    assert_eq!(path["roles"][0], "IT Support Specialist");
    for step in path["steps"].as_array().unwrap() {
        assert!(step["salary_delta"].is_number(), "{step}");
        assert!(step["new_certs"].is_array());
        assert!(step["to_salary_source"].is_string());
    }
}

#[test]
fn names_are_case_insensitive_and_aliases_work() {
    let w = Workdir::new();
    let a = w.run(&["path", "it  support SPECIALIST", "sysadmin", "--format", "json"]);
    a.expect_status(0);
    assert_eq!(a.json()["to"], "Systems Administrator");
}

#[test]
fn unknown_role_is_exit_2_with_suggestions() {
    let run = Workdir::new().run(&["path", "Help Desk Tech", "Systems Administrator"]);
    run.expect_status(2);
    assert!(
        run.stderr
            .starts_with("careergraph: unknown role \"Help Desk Tech\"; did you mean \"Help Desk Technician\""),
        "{}",
        run.report()
    );
    assert!(run.stdout.is_empty());
}

#[test]
fn no_path_is_exit_1() {
    // Nothing leads back down from management to the help desk.
    let run = Workdir::new().run(&["path", "IT Manager", "Help Desk Technician"]);
    run.expect_status(1);
    assert!(
        run.stderr
            .contains("no path from \"IT Manager\" to \"Help Desk Technician\""),
        "{}",
        run.report()
    );
    let json = Workdir::new().run(&["path", "IT Manager", "Help Desk Technician", "--format", "json"]);
    json.expect_status(1);
    assert_eq!(json.json()["paths"], serde_json::json!([]));
}

#[test]
fn avoid_via_and_alternatives() {
    let w = Workdir::new();
    let base = w.run(&[
        "path",
        "Help Desk Technician",
        "Cloud Engineer",
        "--format",
        "json",
        "-k",
        "3",
    ]);
    base.expect_status(0);
    let v = base.json();
    let paths = v["paths"].as_array().unwrap();
    assert_eq!(paths.len(), 3);
    let costs: Vec<f64> = paths.iter().map(|p| p["cost"].as_f64().unwrap()).collect();
    assert!(costs.windows(2).all(|c| c[0] <= c[1]), "{costs:?}");
    let first: Vec<&str> = paths[0]["roles"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r.as_str().unwrap())
        .collect();
    let middle = first[1];
    let avoided = w.run(&[
        "path",
        "Help Desk Technician",
        "Cloud Engineer",
        "--format",
        "json",
        "--avoid",
        middle,
    ]);
    avoided.expect_status(0);
    let roles = avoided.json()["paths"][0]["roles"].clone();
    assert!(!roles.as_array().unwrap().iter().any(|r| r == middle), "{roles}");
    let via = w.run(&[
        "path",
        "Help Desk Technician",
        "Cloud Engineer",
        "--format",
        "json",
        "--via",
        "Network Administrator",
    ]);
    via.expect_status(0);
    assert!(via.json()["paths"][0]["roles"]
        .as_array()
        .unwrap()
        .iter()
        .any(|r| r == "Network Administrator"));
}

#[test]
fn have_removes_certs_from_the_cost_and_the_plan() {
    let w = Workdir::new();
    let plain = w.run(&[
        "plan",
        "Help Desk Technician",
        "Systems Administrator",
        "--format",
        "json",
    ]);
    plain.expect_status(0);
    let p = plain.json();
    let certs: Vec<String> = p["certs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["cert"].as_str().unwrap().to_string())
        .collect();
    let mut unique = certs.clone();
    unique.sort();
    unique.dedup();
    assert_eq!(unique.len(), certs.len(), "a certification appears twice: {certs:?}");
    assert!(!certs.is_empty());
    let first = certs[0].clone();
    let with = w.run(&[
        "plan",
        "Help Desk Technician",
        "Systems Administrator",
        "--format",
        "json",
        "--have",
        &first,
    ]);
    with.expect_status(0);
    let q = with.json();
    let after: Vec<&str> = q["certs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["cert"].as_str().unwrap())
        .collect();
    assert!(!after.contains(&first.as_str()));
    assert!(after.len() < certs.len());
    // Certifications of the start role are held from the start.
    let start = w.run(&["role", "Help Desk Technician", "--format", "json"]).json();
    for held in start["key_certs"].as_array().unwrap() {
        assert!(!certs.iter().any(|c| c == held.as_str().unwrap()));
    }
}

#[test]
fn explain_shows_every_term_and_the_salary_source() {
    let run = Workdir::new().run(&[
        "path",
        "IT Support Specialist",
        "Systems Administrator",
        "--explain",
        "--format",
        "csv",
    ]);
    run.expect_status(0);
    let header = run.stdout.lines().next().unwrap();
    assert_eq!(header, "path,step,from,to,to_salary_min,to_salary_max,salary_delta,new_certs,cost,move_term,cert_term,pay_cut_term,salary_source");
    assert!(
        run.stdout.contains("BLS OEWS May 2024, SOC 15-1244"),
        "{}",
        run.report()
    );
}
