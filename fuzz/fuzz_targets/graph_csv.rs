//! Arbitrary bytes as a `--graph` directory: the part before the first 0x1E byte (ASCII
//! "record separator") is `roles.csv`, the rest `moves.csv`. Both are written to a scratch
//! directory and read with `read_graph_dir`; a graph that reads is exported again.
#![no_main]

use careergraph::cost::Weights;
use careergraph::graph_csv::{moves_table, read_graph_dir, roles_table};
use careergraph::names::CertCatalogue;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn catalogue() -> &'static CertCatalogue {
    static CAT: OnceLock<CertCatalogue> = OnceLock::new();
    CAT.get_or_init(CertCatalogue::embedded)
}

fn scratch() -> &'static tempfile::TempDir {
    static DIR: OnceLock<tempfile::TempDir> = OnceLock::new();
    DIR.get_or_init(|| tempfile::tempdir().unwrap_or_else(|e| panic!("scratch directory: {e}")))
}

fuzz_target!(|data: &[u8]| {
    let (roles, moves) = match data.iter().position(|&b| b == 0x1E) {
        Some(i) => (&data[..i], &data[i + 1..]),
        None => (data, &[][..]),
    };
    let dir = scratch().path();
    if std::fs::write(dir.join("roles.csv"), roles).is_err() || std::fs::write(dir.join("moves.csv"), moves).is_err() {
        return;
    }
    if let Ok(graph) = read_graph_dir(dir, catalogue().clone(), true) {
        let _ = roles_table(&graph);
        let _ = moves_table(&graph, &Weights::default());
    }
});
