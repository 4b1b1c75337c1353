//! `careergraph roles`: every role with its salary (and source), experience and certifications.

use std::io::Write;

use crate::cli::Format;
use crate::graph_csv;
use crate::render;
use crate::{Context, Outcome};

/// Runs `roles`.
pub fn run(ctx: &Context, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    if ctx.global.format == Format::Json {
        let roles: Vec<_> = loaded.graph.roles().map(|n| loaded.graph.role(n)).collect();
        render::write_json(out, &roles)?;
    } else {
        render::write_table(out, &graph_csv::roles_table(&loaded.graph), ctx.global.format)?;
    }
    Ok(Outcome::Success)
}
