//! `careergraph inspect PAGE...`: what was extracted from each role page, without a graph.

use std::io::Write;
use std::path::PathBuf;

use clap::Args;
use serde::Serialize;

use crate::cli::Format;
use crate::names::CertCatalogue;
use crate::page::{read_page, Page};
use crate::render::{self, Cell, Table};
use crate::sources::{self, ReadOptions};
use crate::Context;

/// Arguments of `inspect`.
#[derive(Debug, Args)]
pub struct InspectArgs {
    /// Role pages: files, directories (read recursively), or - for standard input.
    #[arg(required = true, value_name = "PAGE")]
    pub pages: Vec<PathBuf>,

    /// Show the sentence each next step was read from.
    #[arg(long)]
    pub evidence: bool,
}

/// The contract's JSON shape of one inspected page, plus evidence and the extra fields.
#[derive(Debug, Serialize)]
struct PageReport<'a> {
    file: &'a str,
    title: Option<&'a str>,
    category: Option<&'a str>,
    experience_years: crate::page::Experience,
    key_certifications: Vec<&'a str>,
    related: Vec<RelatedReport<'a>>,
    next_steps: Vec<&'a str>,
    warnings: Vec<String>,
    typical_salary: Option<SalaryReport<'a>>,
    certifications: &'a [String],
    aliases: Vec<&'a str>,
    next_step_evidence: Vec<EvidenceReport<'a>>,
}

#[derive(Debug, Serialize)]
struct RelatedReport<'a> {
    title: &'a str,
    salary_min: Option<u32>,
    salary_max: Option<u32>,
    line: usize,
}

#[derive(Debug, Serialize)]
struct SalaryReport<'a> {
    min: u32,
    max: u32,
    note: Option<&'a str>,
    line: usize,
}

#[derive(Debug, Serialize)]
struct EvidenceReport<'a> {
    role: &'a str,
    phrase: &'a str,
    line: usize,
    sentence: &'a str,
}

fn report(page: &Page) -> PageReport<'_> {
    PageReport {
        file: &page.file,
        title: page.title.as_ref().map(|t| t.value.as_str()),
        category: page.category.as_ref().map(|t| t.value.as_str()),
        experience_years: page.glance.experience,
        key_certifications: page
            .glance
            .key_certifications
            .iter()
            .map(|c| c.value.as_str())
            .collect(),
        related: page
            .related
            .iter()
            .map(|r| RelatedReport {
                title: &r.title,
                salary_min: r.salary.map(|s| s.min),
                salary_max: r.salary.map(|s| s.max),
                line: r.line,
            })
            .collect(),
        next_steps: page.next_steps.iter().map(|s| s.role.as_str()).collect(),
        warnings: page.warnings.iter().map(|w| w.display(&page.file)).collect(),
        typical_salary: page.glance.typical_salary.as_ref().map(|s| SalaryReport {
            min: s.value.range.min,
            max: s.value.range.max,
            note: s.value.note.as_deref(),
            line: s.line,
        }),
        certifications: &page.certifications,
        aliases: page.glance.aliases.iter().map(|a| a.value.as_str()).collect(),
        next_step_evidence: page
            .next_steps
            .iter()
            .map(|s| EvidenceReport {
                role: &s.role,
                phrase: &s.phrase,
                line: s.line,
                sentence: &s.sentence,
            })
            .collect(),
    }
}

/// Runs `inspect`.
pub fn run(ctx: &Context, args: &InspectArgs, out: &mut dyn Write) -> anyhow::Result<crate::Outcome> {
    let opts = ReadOptions {
        max_page_size: ctx.global.max_page_size,
        follow_links: ctx.global.follow_links,
    };
    let found = sources::read_sources(&args.pages, opts)?;
    for w in &found.warnings {
        ctx.warn(w);
    }
    let certs = CertCatalogue::embedded();
    let pages: Vec<Page> = found
        .pages
        .iter()
        .map(|f| read_page(&f.name, &f.bytes, &certs))
        .collect();
    for page in &pages {
        for w in &page.warnings {
            ctx.warn(&w.display(&page.file));
        }
    }
    if ctx.global.format == Format::Json {
        let reports: Vec<PageReport> = pages.iter().map(report).collect();
        render::write_json(out, &reports)?;
        return Ok(crate::Outcome::Success);
    }
    let mut table = if args.evidence {
        Table::new(&["file", "title", "next_step", "line", "sentence"])
    } else {
        Table::new(&[
            "file",
            "title",
            "category",
            "experience_min",
            "experience_max",
            "key_certifications",
            "related",
            "next_steps",
            "warnings",
        ])
    };
    for page in &pages {
        let r = report(page);
        if args.evidence {
            for e in &r.next_step_evidence {
                table.push(vec![
                    Cell::text(r.file),
                    Cell::text(r.title.unwrap_or("")),
                    Cell::text(e.role),
                    Cell::Int(e.line as i64),
                    Cell::text(e.sentence),
                ]);
            }
            continue;
        }
        let related: Vec<String> = r
            .related
            .iter()
            .map(|x| match (x.salary_min, x.salary_max) {
                (Some(lo), Some(hi)) => format!("{} ({}–{})", x.title, lo, hi),
                _ => x.title.to_string(),
            })
            .collect();
        table.push(vec![
            Cell::text(r.file),
            Cell::text(r.title.unwrap_or("")),
            Cell::text(r.category.unwrap_or("")),
            Cell::opt_int(r.experience_years.min),
            Cell::opt_int(r.experience_years.max),
            Cell::text(r.key_certifications.join("; ")),
            Cell::text(related.join("; ")),
            Cell::text(r.next_steps.join("; ")),
            Cell::Int(r.warnings.len() as i64),
        ]);
    }
    render::write_table(out, &table, ctx.global.format)?;
    Ok(crate::Outcome::Success)
}
