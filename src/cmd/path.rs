//! `careergraph path FROM TO`: the cheapest sequence of moves, or the k cheapest.

use std::io::Write;

use clap::Args;

use crate::cli::Format;
use crate::query::{self, PathAnswer, PathRequest};
use crate::render::{self, format_rounded, Cell, Table};
use crate::{Context, Outcome};

/// Arguments shared by `path` and `plan`.
#[derive(Debug, Args)]
pub struct RouteArgs {
    /// The role you are in (a title or alias, any case).
    pub from: String,
    /// The role you want.
    pub to: String,
    /// Certifications you already hold, comma-separated (names, aliases or exam codes).
    #[arg(long, value_name = "CERT,...")]
    pub have: Vec<String>,
    /// A role the path must not pass through (repeatable).
    #[arg(long, value_name = "ROLE")]
    pub avoid: Vec<String>,
    /// A role the path must pass through.
    #[arg(long, value_name = "ROLE")]
    pub via: Option<String>,
}

/// Arguments of `path`.
#[derive(Debug, Args)]
pub struct PathArgs {
    #[command(flatten)]
    pub route: RouteArgs,
    /// Show the N cheapest loopless paths, cheapest first.
    #[arg(short = 'k', long = "alternatives", value_name = "N", default_value_t = 1, value_parser = clap::value_parser!(u32).range(1..=1000))]
    pub alternatives: u32,
    /// Show every term of every move's cost, and where each salary comes from.
    #[arg(long)]
    pub explain: bool,
    /// Show the sentence (file:line) that states each move.
    #[arg(long)]
    pub evidence: bool,
}

/// Resolves and answers a route question; prints its warnings.
pub fn answer(
    ctx: &Context,
    graph: &crate::graph::CareerGraph,
    route: &RouteArgs,
    k: usize,
) -> anyhow::Result<PathAnswer> {
    let req = PathRequest {
        from: route.from.clone(),
        to: route.to.clone(),
        have: super::split_list(&route.have),
        avoid: route.avoid.clone(),
        via: route.via.clone(),
        k,
        weights: super::weights(ctx)?,
    };
    let answer = query::find_paths(graph, &req)?;
    for w in &answer.warnings {
        ctx.warn(w);
    }
    Ok(answer)
}

/// Runs `path`.
pub fn run(ctx: &Context, args: &PathArgs, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    let answer = answer(ctx, &loaded.graph, &args.route, args.alternatives as usize)?;
    let outcome = if answer.paths.is_empty() {
        Outcome::NoAnswer
    } else {
        Outcome::Success
    };
    match ctx.global.format {
        Format::Json => render::write_json(out, &answer)?,
        Format::Dot => crate::render::dot::write_paths(out, &loaded.graph, &answer)?,
        format => {
            if answer.paths.is_empty() {
                ctx.warn(&format!(
                    "no path from \"{}\" to \"{}\" under the given constraints",
                    answer.from, answer.to
                ));
            }
            let table = path_table(&answer, args, format == Format::Table);
            render::write_table(out, &table, format)?;
            if format == Format::Table && !answer.paths.is_empty() {
                write_summary(out, &answer, args.explain)?;
            }
        }
    }
    Ok(outcome)
}

/// One row per move. People get formatted money; programs get the numbers
/// (`to_salary_min`, `to_salary_max`, `salary_delta`) and `;`-joined certifications.
fn path_table(answer: &PathAnswer, args: &PathArgs, for_people: bool) -> Table {
    let mut headers = if for_people {
        vec![
            "path",
            "step",
            "from",
            "to",
            "to_salary",
            "salary_change",
            "certs_to_earn",
            "cost",
        ]
    } else {
        vec![
            "path",
            "step",
            "from",
            "to",
            "to_salary_min",
            "to_salary_max",
            "salary_delta",
            "new_certs",
            "cost",
        ]
    };
    if args.explain {
        headers.extend(["move_term", "cert_term", "pay_cut_term", "salary_source"]);
    }
    if args.evidence {
        headers.push("evidence");
    }
    let mut table = Table::new(&headers);
    for (p, path) in answer.paths.iter().enumerate() {
        for (i, s) in path.steps.iter().enumerate() {
            let mut row = vec![
                Cell::Int(p as i64 + 1),
                Cell::Int(i as i64 + 1),
                Cell::text(&s.from),
                Cell::text(&s.to),
            ];
            if for_people {
                row.extend([
                    Cell::text(s.to_salary.map_or_else(|| "unknown".to_string(), |r| r.to_string())),
                    Cell::text(super::money_change(s.salary_delta)),
                    Cell::text(if s.new_certs.is_empty() {
                        "none".to_string()
                    } else {
                        s.new_certs.join("; ")
                    }),
                ]);
            } else {
                row.extend([
                    Cell::opt_int(s.to_salary.map(|r| r.min)),
                    Cell::opt_int(s.to_salary.map(|r| r.max)),
                    s.salary_delta.map_or(Cell::Empty, Cell::Num),
                    Cell::text(s.new_certs.join(";")),
                ]);
            }
            row.push(Cell::Num(s.cost));
            if args.explain {
                row.extend([
                    Cell::Num(s.move_term),
                    Cell::Num(s.cert_term),
                    Cell::Num(s.salary_term),
                    Cell::text(s.to_salary_source.clone().unwrap_or_else(|| "no source".into())),
                ]);
            }
            if args.evidence {
                let ev: Vec<String> = s.evidence.iter().map(|e| e.to_string()).collect();
                row.push(Cell::text(ev.join(" | ")));
            }
            table.push(row);
        }
    }
    table
}

fn write_summary(out: &mut dyn Write, answer: &PathAnswer, explain: bool) -> std::io::Result<()> {
    for (p, path) in answer.paths.iter().enumerate() {
        let certs: usize = path.steps.iter().map(|s| s.new_certs.len()).sum();
        let delta: Option<f64> = path.steps.iter().map(|s| s.salary_delta).sum();
        writeln!(
            out,
            "Path {}: {} — total cost {} ({} move{}, {} certification{} to earn, salary change {}).",
            p + 1,
            path.roles.join(" → "),
            format_rounded(path.cost),
            path.steps.len(),
            if path.steps.len() == 1 { "" } else { "s" },
            certs,
            if certs == 1 { "" } else { "s" },
            super::money_change(delta),
        )?;
    }
    if !answer.held_at_start.is_empty() {
        writeln!(
            out,
            "Already held (not paid again): {}.",
            answer.held_at_start.join(", ")
        )?;
    }
    if explain {
        writeln!(out, "Cost of a move = move weight × 1 + cert weight × certifications to earn + salary weight × max(0, pay cut) / $10,000; a certification held or earned earlier on the path is never paid again.")?;
    }
    if answer.paths.iter().flat_map(|p| &p.steps).any(|s| s.inferred) {
        writeln!(
            out,
            "Some moves are inferred from titles (X → X II, X → Senior X); --no-inferred leaves them out."
        )?;
    }
    Ok(())
}
