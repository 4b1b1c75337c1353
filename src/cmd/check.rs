//! `careergraph check`: validates a corpus: missing sections, unknown certifications, next
//! steps that name no known role, salaries without a source or with conflicting sources,
//! roles nothing leads to or out of. Exit 0 when clean, 1 when it found problems.

use std::io::Write;

use crate::cli::Format;
use crate::render::{self, Cell, Table};
use crate::{Context, Outcome};

/// Runs `check`.
pub fn run(ctx: &Context, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load_with(ctx, true)?;
    let Some(findings) = &loaded.findings else {
        anyhow::bail!(
            "check reads role pages; give them with --seeds (or no option for the built-in corpus), not --graph"
        );
    };
    if ctx.global.format == Format::Json {
        render::write_json(out, findings)?;
    } else {
        let mut t = Table::new(&["kind", "place", "problem"]);
        for f in findings {
            t.push(vec![Cell::text(f.kind), Cell::text(&f.place), Cell::text(&f.message)]);
        }
        if ctx.global.format == Format::Table {
            if findings.is_empty() {
                writeln!(
                    out,
                    "No problems: {} roles, {} moves.",
                    loaded.graph.role_count(),
                    loaded.graph.graph.edge_count()
                )?;
            } else {
                render::write_table(out, &t, ctx.global.format)?;
                writeln!(
                    out,
                    "{} problem{} in {} roles.",
                    findings.len(),
                    if findings.len() == 1 { "" } else { "s" },
                    loaded.graph.role_count()
                )?;
            }
        } else {
            render::write_table(out, &t, ctx.global.format)?;
        }
    }
    Ok(if findings.is_empty() {
        Outcome::Success
    } else {
        Outcome::NoAnswer
    })
}
