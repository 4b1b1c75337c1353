//! `careergraph plan FROM TO`: which certifications, in which order, along the cheapest path.

use std::io::Write;

use clap::Args;

use super::path::RouteArgs;
use crate::cli::Format;
use crate::page::thousands;
use crate::query;
use crate::render::{self, format_rounded, Cell, Table};
use crate::{Context, Outcome};

/// Arguments of `plan`.
#[derive(Debug, Args)]
pub struct PlanArgs {
    #[command(flatten)]
    pub route: RouteArgs,
}

/// Runs `plan`.
pub fn run(ctx: &Context, args: &PlanArgs, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    let answer = super::path::answer(ctx, &loaded.graph, &args.route, 1)?;
    let Some(plan) = query::plan(&loaded.graph, &answer) else {
        ctx.warn(&format!(
            "no path from \"{}\" to \"{}\" under the given constraints",
            answer.from, answer.to
        ));
        if ctx.global.format == Format::Json {
            render::write_json(
                out,
                &serde_json::json!({"from": answer.from, "to": answer.to, "roles": [], "certs": []}),
            )?;
        }
        return Ok(Outcome::NoAnswer);
    };
    if ctx.global.format == Format::Json {
        render::write_json(out, &plan)?;
        return Ok(Outcome::Success);
    }
    let mut table = Table::new(&[
        "order",
        "cert",
        "for_role",
        "step",
        "vendor",
        "exam_codes",
        "exams",
        "fee_usd",
        "total_fee_usd",
    ]);
    for (i, c) in plan.certs.iter().enumerate() {
        table.push(vec![
            Cell::Int(i as i64 + 1),
            Cell::text(&c.cert),
            Cell::text(&c.for_role),
            Cell::Int(c.step as i64),
            Cell::text(c.vendor.clone().unwrap_or_default()),
            Cell::text(c.exam_codes.join("; ")),
            Cell::opt_int(c.exams),
            Cell::opt_int(c.fee_usd),
            Cell::opt_int(c.total_fee_usd),
        ]);
    }
    render::write_table(out, &table, ctx.global.format)?;
    if ctx.global.format == Format::Table {
        writeln!(
            out,
            "Path: {} (cost {}).",
            plan.roles.join(" → "),
            format_rounded(plan.cost)
        )?;
        if plan.certs.is_empty() {
            writeln!(out, "No certification to earn along this path.")?;
        } else {
            let unknown = match plan.certs_without_fee {
                0 => String::new(),
                n => format!(
                    ", plus {n} certification{} with no known fee",
                    if n == 1 { "" } else { "s" }
                ),
            };
            writeln!(
                out,
                "Exam fees: about ${}{unknown} (approximate list prices from the catalogue; check with the vendor).",
                thousands(plan.known_fees_usd)
            )?;
        }
        if !plan.already_held.is_empty() {
            writeln!(
                out,
                "Already held, so not in the plan: {}.",
                plan.already_held.join(", ")
            )?;
        }
    }
    Ok(Outcome::Success)
}
