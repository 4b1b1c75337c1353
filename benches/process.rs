//! Whole-process time of `careergraph path "IT Support Specialist" "Systems Administrator"` on
//! the built-in corpus: spawn the optimised binary and wait for it.
#![allow(clippy::unwrap_used, clippy::expect_used)]

use std::process::{Command, Stdio};
use std::time::Duration;

use criterion::{criterion_group, criterion_main, Criterion};

fn process(c: &mut Criterion) {
    let bin = env!("CARGO_BIN_EXE_careergraph");
    let run = || {
        let status = Command::new(bin)
            .args(["path", "IT Support Specialist", "Systems Administrator"])
            .stdout(Stdio::null())
            .stderr(Stdio::null())
            .status()
            .unwrap();
        assert!(status.success());
    };
    run();
    c.bench_function("process/path_default_corpus", |b| b.iter(run));
}

criterion_group! {
    name = benches;
    config = Criterion::default().sample_size(30).measurement_time(Duration::from_secs(5));
    targets = process
}
criterion_main!(benches);
