//! One module per subcommand; each resolves its arguments, asks the library and renders.

pub mod certs;
pub mod check;
pub mod export;
pub mod inspect;
pub mod moves;
pub mod path;
pub mod plan;
pub mod role;
pub mod roles;
pub mod shell;

use crate::corpus::{Corpus, Finding};
use crate::cost::Weights;
use crate::graph::CareerGraph;
use crate::names::CertCatalogue;
use crate::page::thousands;
use crate::sources::{self, ReadOptions};
use crate::Context;

/// The graph a command works on, and what `check` reports about its pages.
pub struct Loaded {
    /// The graph.
    pub graph: CareerGraph,
    /// The corpus's findings, when the pages were read and asked for.
    pub findings: Option<Vec<Finding>>,
}

/// Reads the corpus the global options name (`--seeds`, `--graph`, or the built-in one),
/// prints its warnings, and builds the graph. The built-in graph is read from its compiled-in
/// export unless `pages` asks for the pages themselves (as `check` does).
pub fn load(ctx: &Context) -> anyhow::Result<Loaded> {
    load_with(ctx, false)
}

/// [`load`], reading the built-in corpus from its pages when `pages` is true.
pub fn load_with(ctx: &Context, pages: bool) -> anyhow::Result<Loaded> {
    let g = ctx.global;
    let catalogue = CertCatalogue::embedded();
    if let Some(dir) = &g.graph {
        let graph = crate::graph_csv::read_graph_dir(dir, catalogue, !g.no_inferred)?;
        return Ok(Loaded { graph, findings: None });
    }
    if g.seeds.is_empty() && !pages {
        let graph = crate::graph_csv::default_graph(catalogue, !g.no_inferred)?;
        return Ok(Loaded { graph, findings: None });
    }
    let corpus = if g.seeds.is_empty() {
        let files = crate::corpus::default_sources();
        let (aliases, pages): (Vec<_>, Vec<_>) = files.into_iter().partition(|f| f.name.ends_with("aliases.csv"));
        Corpus::build_owned(pages, &aliases, &catalogue)
    } else {
        let opts = ReadOptions {
            max_page_size: g.max_page_size,
            follow_links: g.follow_links,
        };
        let found = sources::read_sources(&g.seeds, opts)?;
        for w in &found.warnings {
            ctx.warn(w);
        }
        Corpus::build_owned(found.pages, &found.alias_files, &catalogue)
    };
    for w in &corpus.warnings {
        ctx.warn(w);
    }
    let findings = pages.then(|| corpus.findings.clone());
    let graph = CareerGraph::from_corpus(corpus, catalogue, !g.no_inferred);
    Ok(Loaded { graph, findings })
}

/// The cost weights of the global options, validated.
pub fn weights(ctx: &Context) -> anyhow::Result<Weights> {
    let g = ctx.global;
    Ok(Weights::new(g.move_weight, g.cert_weight, g.salary_weight)?)
}

/// Splits `--have` values: each may hold several names separated by commas.
pub fn split_list(values: &[String]) -> Vec<String> {
    values
        .iter()
        .flat_map(|v| v.split(','))
        .map(str::trim)
        .filter(|s| !s.is_empty())
        .map(String::from)
        .collect()
}

/// A dollar change for people: `+$12,000`, `-$3,500`, `±$0`, or `unknown`.
pub fn money_change(delta: Option<f64>) -> String {
    match delta {
        None => "unknown".into(),
        Some(d) if d.abs() < 0.5 => "±$0".into(),
        Some(d) => {
            let sign = if d > 0.0 { '+' } else { '-' };
            format!("{sign}${}", thousands(d.abs().round() as u32))
        }
    }
}
