//! `careergraph certs`: each certification, its facts, and the roles that require it.

use std::io::Write;

use serde::Serialize;

use crate::cli::Format;
use crate::render::{self, Cell, Table};
use crate::{Context, Outcome};

#[derive(Serialize)]
struct CertRow {
    cert: String,
    vendor: Option<String>,
    exam_codes: Vec<String>,
    exams: Option<u32>,
    fee_usd: Option<u32>,
    total_fee_usd: Option<u32>,
    in_catalogue: bool,
    required_by: Vec<String>,
    source: Option<String>,
}

/// Runs `certs`.
pub fn run(ctx: &Context, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let loaded = super::load(ctx)?;
    let g = &loaded.graph;
    let mut rows: Vec<CertRow> = g
        .catalogue
        .iter()
        .map(|c| CertRow {
            cert: c.name.clone(),
            vendor: Some(c.vendor.clone()).filter(|v| !v.is_empty()),
            exam_codes: c.exam_codes.clone(),
            exams: c.exams,
            fee_usd: c.fee_usd,
            total_fee_usd: c.total_fee(),
            in_catalogue: true,
            required_by: Vec::new(),
            source: Some(c.source_url.clone()).filter(|v| !v.is_empty()),
        })
        .collect();
    for n in g.roles() {
        for cert in &g.role(n).key_certs {
            let row = match rows.iter_mut().position(|r| &r.cert == cert) {
                Some(i) => &mut rows[i],
                None => {
                    rows.push(CertRow {
                        cert: cert.clone(),
                        vendor: None,
                        exam_codes: Vec::new(),
                        exams: None,
                        fee_usd: None,
                        total_fee_usd: None,
                        in_catalogue: false,
                        required_by: Vec::new(),
                        source: None,
                    });
                    let last = rows.len() - 1;
                    &mut rows[last]
                }
            };
            row.required_by.push(g.title(n).to_string());
        }
    }
    if ctx.global.format == Format::Json {
        render::write_json(out, &rows)?;
        return Ok(Outcome::Success);
    }
    let mut t = Table::new(&[
        "cert",
        "vendor",
        "exam_codes",
        "exams",
        "fee_usd",
        "total_fee_usd",
        "roles_requiring",
        "required_by",
        "in_catalogue",
        "source",
    ]);
    for r in &rows {
        t.push(vec![
            Cell::text(&r.cert),
            Cell::text(r.vendor.clone().unwrap_or_default()),
            Cell::text(r.exam_codes.join("; ")),
            Cell::opt_int(r.exams),
            Cell::opt_int(r.fee_usd),
            Cell::opt_int(r.total_fee_usd),
            Cell::Int(r.required_by.len() as i64),
            Cell::text(r.required_by.join("; ")),
            Cell::text(if r.in_catalogue { "yes" } else { "no" }),
            Cell::text(r.source.clone().unwrap_or_default()),
        ]);
    }
    render::write_table(out, &t, ctx.global.format)?;
    Ok(Outcome::Success)
}
