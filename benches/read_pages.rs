//! Reading throughput: `page::read_page` over generated pages and over the built-in corpus.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod common;

use std::hint::black_box;

use careergraph::names::CertCatalogue;
use careergraph::page::read_page;
use criterion::{criterion_group, criterion_main, Criterion, Throughput};

fn read_pages(c: &mut Criterion) {
    let certs = CertCatalogue::embedded();
    let mut group = c.benchmark_group("read_pages");
    let (generated, _, _) = common::sources(1_000);
    let builtin: Vec<_> = careergraph::corpus::default_sources()
        .into_iter()
        .filter(|f| !f.name.ends_with(".csv"))
        .collect();
    // The five real pages in ../shared/seeds, when the checkout has them beside it.
    let real: Vec<_> = std::fs::read_dir(concat!(env!("CARGO_MANIFEST_DIR"), "/../shared/seeds"))
        .into_iter()
        .flatten()
        .flatten()
        .filter(|e| e.path().extension().is_some_and(|x| x == "txt"))
        .map(|e| careergraph::sources::SourceFile {
            name: e.path().display().to_string(),
            bytes: std::fs::read(e.path()).unwrap(),
        })
        .collect();
    for (name, files) in [
        ("generated_1k", &generated),
        ("builtin_seeds", &builtin),
        ("real_pages", &real),
    ] {
        if files.is_empty() {
            continue;
        }
        let bytes: usize = files.iter().map(|f| f.bytes.len()).sum();
        group.throughput(Throughput::Bytes(bytes as u64));
        group.bench_function(name, |b| {
            b.iter(|| {
                for f in files.iter() {
                    black_box(read_page(&f.name, &f.bytes, &certs));
                }
            })
        });
    }
    group.finish();
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(10).measurement_time(std::time::Duration::from_secs(8));
    targets = read_pages
}
criterion_main!(benches);
