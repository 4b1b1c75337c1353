//! Shared by the benchmarks: a generated corpus in memory, as the library reads it.
#![allow(dead_code)]

#[path = "../../examples/gen_corpus.rs"]
#[allow(clippy::all)]
pub mod gen_corpus;

use careergraph::corpus::{Corpus, Evidence, MoveRecord, RoleRecord, SourcedSalary};
use careergraph::graph::CareerGraph;
use careergraph::names::CertCatalogue;
use careergraph::page::SalaryRange;
use careergraph::sources::SourceFile;

/// The seed every benchmark uses, so the figures are for the same corpora.
pub const SEED: u64 = 1;

/// A generated corpus as source files: (pages, alias files), plus the generator's record.
pub fn sources(n: usize) -> (Vec<SourceFile>, Vec<SourceFile>, gen_corpus::Generated) {
    let g = gen_corpus::generate(n, SEED);
    let pages = g
        .pages
        .iter()
        .map(|(name, text)| SourceFile {
            name: name.clone(),
            bytes: text.clone().into_bytes(),
        })
        .collect();
    let aliases = vec![SourceFile {
        name: "aliases.csv".into(),
        bytes: g.aliases_csv.clone().into_bytes(),
    }];
    (pages, aliases, g)
}

/// Reads and merges the pages and builds the graph, as `careergraph --seeds DIR` does.
pub fn build(pages: &[SourceFile], aliases: &[SourceFile]) -> CareerGraph {
    let catalogue = CertCatalogue::embedded();
    let corpus = Corpus::build(pages, aliases, &catalogue);
    CareerGraph::from_corpus(corpus, catalogue, true)
}

/// The graph of a generated corpus built straight from the generator's record (roles, salaries,
/// certifications, stated moves), without reading the pages: the same roles and stated moves
/// as [`build`] gives, without the few inferred ladder moves. For query benchmarks on graphs
/// too large to build from pages in a benchmark run.
pub fn direct_graph(g: &gen_corpus::Generated) -> CareerGraph {
    let mut corpus = Corpus::default();
    for (i, title) in g.titles.iter().enumerate() {
        let (min, max) = g.salaries[i];
        corpus.roles.insert(
            careergraph::names::role_key(title),
            RoleRecord {
                title: title.clone(),
                category: None,
                pages: vec![format!("{i}")],
                experience: Default::default(),
                key_certs: g.certs[i].clone(),
                salary: Some(SourcedSalary {
                    range: SalaryRange { min, max },
                    source: "generated".into(),
                }),
                aliases: Vec::new(),
            },
        );
    }
    corpus.moves = g
        .expected_moves
        .iter()
        .map(|(from, to)| MoveRecord {
            from: from.clone(),
            to: to.clone(),
            inferred: false,
            evidence: vec![Evidence {
                file: "generated".into(),
                line: 0,
                text: String::new(),
            }],
        })
        .collect();
    CareerGraph::from_corpus(corpus, CertCatalogue::embedded(), true)
}
