//! `careergraph export dot|csv|json`: the whole graph for Graphviz, spreadsheets and programs.

use std::io::Write;
use std::path::PathBuf;

use clap::{Args, Subcommand};
use serde::Serialize;

use crate::atomic::write_atomic;
use crate::corpus::{Evidence, RoleRecord};
use crate::graph_csv;
use crate::query::{self, PathRequest};
use crate::render::{self, dot};
use crate::{Context, Outcome};

/// Arguments of `export`.
#[derive(Debug, Args)]
pub struct ExportArgs {
    #[command(subcommand)]
    pub what: ExportKind,
}

/// What to export.
#[derive(Debug, Subcommand)]
pub enum ExportKind {
    /// The graph as Graphviz DOT (`careergraph export dot | dot -Tsvg > careers.svg`).
    Dot {
        /// Emphasise the cheapest path from FROM to TO.
        #[arg(long, num_args = 2, value_names = ["FROM", "TO"])]
        highlight: Option<Vec<String>>,
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
    /// moves.csv on standard output, or roles.csv and moves.csv into --output DIR.
    Csv {
        /// Write roles.csv and moves.csv into this directory (created if needed).
        #[arg(long, short, value_name = "DIR")]
        output: Option<PathBuf>,
    },
    /// The whole graph (roles, moves, evidence, provenance) as one JSON document.
    Json {
        /// Write to this file (atomically) instead of standard output.
        #[arg(long, short, value_name = "FILE")]
        output: Option<PathBuf>,
    },
}

#[derive(Serialize)]
struct GraphJson<'a> {
    roles: Vec<&'a RoleRecord>,
    moves: Vec<MoveJson<'a>>,
}

#[derive(Serialize)]
struct MoveJson<'a> {
    from: &'a str,
    to: &'a str,
    cost: f64,
    salary_delta: Option<f64>,
    cert_gap: usize,
    new_certs: Vec<String>,
    inferred: bool,
    evidence: &'a [Evidence],
}

/// Runs `export`.
pub fn run(ctx: &Context, args: &ExportArgs, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    let g = &loaded.graph;
    let w = super::weights(ctx)?;
    match &args.what {
        ExportKind::Dot { highlight, output } => {
            let path = match highlight.as_deref() {
                Some([from, to]) => {
                    let req = PathRequest {
                        from: from.clone(),
                        to: to.clone(),
                        have: Vec::new(),
                        avoid: Vec::new(),
                        via: None,
                        k: 1,
                        weights: w,
                    };
                    let answer = query::find_paths(g, &req)?;
                    match answer.paths.into_iter().next() {
                        Some(p) => Some(p.roles),
                        None => {
                            ctx.warn(&format!("no path from \"{from}\" to \"{to}\"; nothing highlighted"));
                            None
                        }
                    }
                }
                _ => None,
            };
            let mut buf = Vec::new();
            dot::write_graph(&mut buf, g, &w, path.as_deref())?;
            emit(out, output.as_ref(), &buf)?;
        }
        ExportKind::Csv { output: None } => {
            render::write_delimited(out, &graph_csv::moves_table(g, &w), b',')?;
        }
        ExportKind::Csv { output: Some(dir) } => {
            std::fs::create_dir_all(dir).map_err(|e| anyhow::anyhow!("{}: {e}", dir.display()))?;
            for (name, table) in [
                ("roles.csv", graph_csv::roles_table(g)),
                ("moves.csv", graph_csv::moves_table(g, &w)),
            ] {
                let mut buf = Vec::new();
                render::write_delimited(&mut buf, &table, b',')?;
                let path = dir.join(name);
                write_atomic(&path, &buf).map_err(|e| anyhow::anyhow!("{}: {e}", path.display()))?;
            }
        }
        ExportKind::Json { output } => {
            let moves = query::all_moves(g, &w);
            let doc = GraphJson {
                roles: g.roles().map(|n| g.role(n)).collect(),
                moves: moves
                    .iter()
                    .map(|m| MoveJson {
                        from: &m.from,
                        to: &m.to,
                        cost: m.cost,
                        salary_delta: m.salary_delta,
                        cert_gap: m.new_certs.len(),
                        new_certs: m.new_certs.clone(),
                        inferred: m.inferred,
                        evidence: &m.evidence,
                    })
                    .collect(),
            };
            let mut buf = Vec::new();
            render::write_json(&mut buf, &doc)?;
            emit(out, output.as_ref(), &buf)?;
        }
    }
    Ok(Outcome::Success)
}

fn emit(out: &mut dyn Write, file: Option<&PathBuf>, bytes: &[u8]) -> anyhow::Result<()> {
    match file {
        Some(p) if p.as_os_str() != "-" => write_atomic(p, bytes).map_err(|e| anyhow::anyhow!("{}: {e}", p.display())),
        _ => Ok(out.write_all(bytes)?),
    }
}
