//! `careergraph role ROLE`: one role's profile: salary with its source, experience,
//! certifications, and the moves in and out with their evidence.

use std::io::Write;

use clap::Args;
use petgraph::Direction;
use serde::Serialize;

use crate::cli::Format;
use crate::corpus::RoleRecord;
use crate::cost::CertSet;
use crate::query::{self, MoveReport};
use crate::render::{self, Cell, Table};
use crate::{Context, Outcome};

/// Arguments of `role`.
#[derive(Debug, Args)]
pub struct RoleArgs {
    /// The role (a title or alias, any case).
    pub role: String,
}

#[derive(Serialize)]
struct Profile<'a> {
    #[serde(flatten)]
    record: &'a RoleRecord,
    moves_out: Vec<MoveReport>,
    moves_in: Vec<MoveReport>,
}

/// Runs `role`.
pub fn run(ctx: &Context, args: &RoleArgs, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    let g = &loaded.graph;
    let n = g.find(&args.role)?;
    let w = super::weights(ctx)?;
    let profile = Profile {
        record: g.role(n),
        moves_out: query::moves(g, n, Direction::Outgoing, &CertSet::new(), &w),
        moves_in: query::moves(g, n, Direction::Incoming, &CertSet::new(), &w),
    };
    if ctx.global.format == Format::Json {
        render::write_json(out, &profile)?;
        return Ok(Outcome::Success);
    }
    let r = profile.record;
    let mut t = Table::new(&["field", "value"]);
    let mut add = |k: &str, v: String| t.push(vec![Cell::text(k), Cell::text(v)]);
    add("role", r.title.clone());
    add("aliases", r.aliases.join("; "));
    add("category", r.category.clone().unwrap_or_default());
    add(
        "salary",
        r.salary
            .as_ref()
            .map_or_else(|| "unknown (no source gives one)".into(), |s| s.range.to_string()),
    );
    add(
        "salary_source",
        r.salary.as_ref().map_or_else(String::new, |s| s.source.clone()),
    );
    let exp = match (r.experience.min, r.experience.max) {
        (Some(a), Some(b)) if a == b => format!("{a} years"),
        (Some(a), Some(b)) => format!("{a}–{b} years"),
        (Some(a), None) => format!("{a}+ years"),
        (None, Some(b)) => format!("up to {b} years"),
        (None, None) => "unknown".into(),
    };
    add("experience", exp);
    add("key_certifications", r.key_certs.join("; "));
    add(
        "defined_by",
        if r.pages.is_empty() {
            "no page (named by other pages only)".into()
        } else {
            r.pages.join("; ")
        },
    );
    let describe = |other: &str, m: &MoveReport| {
        format!(
            "{other} ({}, {}): {}",
            m.kind.label(),
            super::money_change(m.salary_delta),
            evidence(m)
        )
    };
    for m in &profile.moves_out {
        add("next", describe(&m.to, m));
    }
    for m in &profile.moves_in {
        add("feeder", describe(&m.from, m));
    }
    render::write_table(out, &t, ctx.global.format)?;
    Ok(Outcome::Success)
}

fn evidence(m: &MoveReport) -> String {
    if m.inferred {
        return "inferred from titles".into();
    }
    m.evidence.iter().map(|e| e.to_string()).collect::<Vec<_>>().join(" | ")
}
