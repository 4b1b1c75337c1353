//! `careergraph next ROLE` and `careergraph feeders ROLE`: the moves out of and into a role.

use std::io::Write;

use clap::Args;
use petgraph::Direction;
use serde::Serialize;

use crate::cli::Format;
use crate::query::{self, MoveReport};
use crate::render::{self, Cell, Table};
use crate::{Context, Outcome};

/// Arguments of `next` and `feeders`.
#[derive(Debug, Args)]
pub struct MovesArgs {
    /// The role (a title or alias, any case).
    pub role: String,
    /// Certifications you already hold, comma-separated.
    #[arg(long, value_name = "CERT,...")]
    pub have: Vec<String>,
    /// Show the sentence (file:line) that states each move.
    #[arg(long)]
    pub evidence: bool,
}

#[derive(Serialize)]
struct MovesJson<'a> {
    role: &'a str,
    moves: &'a [MoveReport],
}

/// Runs `next` (`Direction::Outgoing`) or `feeders` (`Incoming`).
pub fn run(ctx: &Context, args: &MovesArgs, dir: Direction, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    let g = &loaded.graph;
    let role = g.find(&args.role)?;
    let (have, unknown) = g.cert_set(&super::split_list(&args.have));
    for u in unknown {
        ctx.warn(&format!(
            "--have: \"{u}\" is not a certification any role needs; ignored"
        ));
    }
    let moves = query::moves(g, role, dir, &have, &super::weights(ctx)?);
    if ctx.global.format == Format::Json {
        render::write_json(
            out,
            &MovesJson {
                role: g.title(role),
                moves: &moves,
            },
        )?;
        return Ok(Outcome::Success);
    }
    let other = if dir == Direction::Outgoing { "to" } else { "from" };
    let for_people = ctx.global.format == Format::Table;
    let mut headers = if for_people {
        vec![other, "kind", "salary_change", "certs_to_earn", "cost", "stated_by"]
    } else {
        vec![other, "kind", "salary_delta", "new_certs", "cost", "stated_by"]
    };
    if args.evidence {
        headers.push("evidence");
    }
    let mut table = Table::new(&headers);
    for m in &moves {
        let name = if dir == Direction::Outgoing { &m.to } else { &m.from };
        let stated = if m.inferred {
            "inferred from titles".to_string()
        } else {
            let files: Vec<String> = m.evidence.iter().map(|e| format!("{}:{}", e.file, e.line)).collect();
            files.join(", ")
        };
        let mut row = vec![Cell::text(name), Cell::text(m.kind.label())];
        if for_people {
            row.push(Cell::text(super::money_change(m.salary_delta)));
            row.push(Cell::text(if m.new_certs.is_empty() {
                "none".to_string()
            } else {
                m.new_certs.join("; ")
            }));
        } else {
            row.push(m.salary_delta.map_or(Cell::Empty, Cell::Num));
            row.push(Cell::text(m.new_certs.join(";")));
        }
        row.extend([Cell::Num(m.cost), Cell::text(stated)]);
        if args.evidence {
            row.push(Cell::text(
                m.evidence
                    .iter()
                    .map(|e| e.text.clone())
                    .collect::<Vec<_>>()
                    .join(" | "),
            ));
        }
        table.push(row);
    }
    render::write_table(out, &table, ctx.global.format)?;
    if ctx.global.format == Format::Table {
        if moves.is_empty() {
            let what = if dir == Direction::Outgoing { "out of" } else { "into" };
            writeln!(out, "No move {what} \"{}\" in this corpus.", g.title(role))?;
        } else {
            writeln!(out, "Kinds: advancement = pays over 5% more in the same family; lateral = another family; similar = pay within 5%. Costs assume the certifications of the role moved from.")?;
        }
    }
    Ok(Outcome::Success)
}
