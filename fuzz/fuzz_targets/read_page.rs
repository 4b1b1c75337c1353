//! Arbitrary bytes as one to three role pages (separated by the byte 0x1E, ASCII "record
//! separator"; a fourth part, if any, is an `aliases.csv`): each is read with `read_page`, and
//! all of them go through the corpus builder and the graph, whose tables are rendered.
#![no_main]

use careergraph::corpus::Corpus;
use careergraph::cost::Weights;
use careergraph::graph::CareerGraph;
use careergraph::graph_csv::{moves_table, roles_table};
use careergraph::names::CertCatalogue;
use careergraph::page::read_page;
use careergraph::sources::SourceFile;
use libfuzzer_sys::fuzz_target;
use std::sync::OnceLock;

fn catalogue() -> &'static CertCatalogue {
    static CAT: OnceLock<CertCatalogue> = OnceLock::new();
    CAT.get_or_init(CertCatalogue::embedded)
}

fuzz_target!(|data: &[u8]| {
    let certs = catalogue();
    let mut parts = data.splitn(4, |&b| b == 0x1E);
    let mut pages = Vec::new();
    for name in ["a.txt", "b.txt", "c.txt"] {
        let Some(bytes) = parts.next() else { break };
        let page = read_page(name, bytes, certs);
        // Every next step names a role; the corpus builder turns them into moves.
        for step in &page.next_steps {
            assert!(!step.role.is_empty());
        }
        pages.push(SourceFile {
            name: name.to_string(),
            bytes: bytes.to_vec(),
        });
    }
    let aliases: Vec<SourceFile> = parts
        .next()
        .map(|bytes| SourceFile {
            name: "aliases.csv".to_string(),
            bytes: bytes.to_vec(),
        })
        .into_iter()
        .collect();
    let corpus = Corpus::build(&pages, &aliases, certs);
    let graph = CareerGraph::from_corpus(corpus, certs.clone(), true);
    let _ = roles_table(&graph);
    let _ = moves_table(&graph, &Weights::default());
});
