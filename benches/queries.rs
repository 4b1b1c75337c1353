//! Query latency after load: `path`, `path -k 3` and `plan` on 10k- and 100k-role graphs.
//!
//! The graphs are built straight from the generator's record (`common::direct_graph`: the same
//! roles, salaries, certifications and stated moves the pages give) because building 100k roles
//! from pages is too slow for a benchmark run today; the query does not care how the graph was
//! loaded.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::hint::black_box;
use std::time::Duration;

use careergraph::cost::Weights;
use careergraph::graph::CareerGraph;
use careergraph::query::{find_paths, plan, PathRequest};
use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion};

fn request(from: &str, to: &str, k: usize) -> PathRequest {
    PathRequest {
        from: from.into(),
        to: to.into(),
        have: Vec::new(),
        avoid: Vec::new(),
        via: None,
        k,
        weights: Weights::default(),
    }
}

/// A start and a target with a path of several moves between them: the first page's role and
/// the first role after the middle one that it reaches in at least four moves.
fn pair(g: &CareerGraph, titles: &[String]) -> (String, String) {
    let from = &titles[0];
    for to in &titles[titles.len() / 2..] {
        let a = find_paths(g, &request(from, to, 1)).unwrap();
        if a.paths.first().is_some_and(|p| p.roles.len() >= 5) {
            return (from.clone(), to.clone());
        }
    }
    panic!("no pair with a long path");
}

fn queries(c: &mut Criterion) {
    let mut group = c.benchmark_group("query");
    group.sample_size(20);
    group.warm_up_time(Duration::from_millis(500));
    group.measurement_time(Duration::from_secs(5));
    for n in [10_000usize, 100_000] {
        let generated = common::gen_corpus::generate(n, common::SEED);
        let g = common::direct_graph(&generated);
        let (from, to) = pair(&g, &generated.titles);
        let p1 = request(&from, &to, 1);
        let p3 = request(&from, &to, 3);
        let found = find_paths(&g, &p1).unwrap();
        eprintln!(
            "query/{n}: {from} -> {to}: {} moves, cost {}",
            found.paths[0].roles.len() - 1,
            found.paths[0].cost
        );
        group.bench_function(BenchmarkId::new("path", n), |b| {
            b.iter(|| black_box(find_paths(&g, &p1).unwrap()))
        });
        group.bench_function(BenchmarkId::new("path_k3", n), |b| {
            b.iter(|| black_box(find_paths(&g, &p3).unwrap()))
        });
        group.bench_function(BenchmarkId::new("plan", n), |b| {
            b.iter(|| {
                let answer = find_paths(&g, &p1).unwrap();
                black_box(plan(&g, &answer))
            })
        });
    }
    group.finish();
}

criterion_group!(benches, queries);
criterion_main!(benches);
