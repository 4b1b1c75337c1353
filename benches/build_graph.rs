//! Corpus and graph building from pages: `Corpus::build` + `CareerGraph::from_corpus` for 1k,
//! 10k and 100k generated roles (pages generated beforehand, outside the timing).
//!
//! To keep `cargo bench` short, criterion samples 1k only by default, 10k is built and timed
//! once, and 100k (about 16 s a build) only with `CAREERGRAPH_BENCH_100K=1`.
//! `CAREERGRAPH_BENCH_FULL=1` samples every size with criterion.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::hint::black_box;
use std::time::{Duration, Instant};

use criterion::{criterion_group, criterion_main, BenchmarkId, Criterion, SamplingMode, Throughput};

fn flag(name: &str) -> bool {
    std::env::var(name).is_ok_and(|v| v == "1")
}

fn build_graph(c: &mut Criterion) {
    let full = flag("CAREERGRAPH_BENCH_FULL");
    let big = flag("CAREERGRAPH_BENCH_100K") || full;
    let mut group = c.benchmark_group("build_graph");
    group.sampling_mode(SamplingMode::Flat);
    group.sample_size(10);
    for n in [1_000usize, 10_000, 100_000] {
        if n == 100_000 && !big {
            eprintln!("build_graph/{n}: skipped (set CAREERGRAPH_BENCH_100K=1 to build it)");
            continue;
        }
        let (pages, aliases, _) = common::sources(n);
        let bytes: usize = pages.iter().map(|f| f.bytes.len()).sum();
        if n > 1_000 && !full {
            let t = Instant::now();
            let g = common::build(&pages, &aliases);
            let secs = t.elapsed().as_secs_f64();
            eprintln!(
                "build_graph/{n}: one build {secs:.2} s, {} roles, {:.2} MB/s of page text",
                g.role_count(),
                bytes as f64 / 1e6 / secs
            );
            continue;
        }
        group.throughput(Throughput::Bytes(bytes as u64));
        group.warm_up_time(Duration::from_millis(500));
        group.measurement_time(Duration::from_secs(10));
        group.bench_function(BenchmarkId::from_parameter(n), |b| {
            b.iter(|| black_box(common::build(&pages, &aliases)))
        });
    }
    group.finish();
}

criterion_group!(benches, build_graph);
criterion_main!(benches);
