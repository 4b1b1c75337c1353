//! Writers for the output formats: aligned tables for people, CSV/TSV and JSON for programs.
//!
//! Commands build a [`Table`] (or a serialisable value for JSON) and hand it here; nothing in
//! this module computes. CSV and TSV cells that are text and begin with `=`, `+`, `-` or `@`
//! are prefixed with `'` so that spreadsheets do not run them as formulas; numbers are written
//! as numbers, unrounded.

pub mod dot;

use std::io::{self, Write};

use serde::Serialize;

use crate::cli::Format;

/// One cell of a result table.
#[derive(Debug, Clone, PartialEq)]
pub enum Cell {
    /// Text.
    Text(String),
    /// A whole number.
    Int(i64),
    /// A number written exactly (shortest form that reads back to the same value).
    Num(f64),
    /// Unknown: an empty cell (and `null` in JSON).
    Empty,
}

impl Cell {
    /// A text cell.
    pub fn text(s: impl Into<String>) -> Self {
        Cell::Text(s.into())
    }

    /// An optional whole number.
    pub fn opt_int<T: Into<i64>>(v: Option<T>) -> Self {
        v.map_or(Cell::Empty, |v| Cell::Int(v.into()))
    }

    fn raw(&self) -> String {
        match self {
            Cell::Text(s) => s.clone(),
            Cell::Int(i) => i.to_string(),
            Cell::Num(n) => format_number(*n),
            Cell::Empty => String::new(),
        }
    }

    fn for_sheet(&self) -> String {
        match self {
            Cell::Text(s) if s.starts_with(['=', '+', '-', '@']) => format!("'{s}"),
            other => other.raw(),
        }
    }

    fn for_terminal(&self) -> String {
        match self {
            Cell::Num(n) => format_rounded(*n),
            Cell::Text(s) => sanitize(s),
            other => other.raw(),
        }
    }
}

/// Writes a number without loss: integers without a fractional part, others in Rust's
/// shortest round-trip form.
pub fn format_number(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// Writes a number for people: at most two decimals, trailing zeros dropped.
pub fn format_rounded(n: f64) -> String {
    let s = format!("{n:.2}");
    let s = s.trim_end_matches('0').trim_end_matches('.');
    if s == "-0" {
        "0".to_string()
    } else {
        s.to_string()
    }
}

/// Replaces control characters so that a name cannot drive the terminal.
pub fn sanitize(s: &str) -> String {
    s.chars()
        .map(|c| if c.is_control() && c != '\n' { '\u{fffd}' } else { c })
        .collect()
}

/// A result table: a header and rows of cells.
#[derive(Debug, Clone, Default)]
pub struct Table {
    /// Column names.
    pub headers: Vec<String>,
    /// Rows, each as long as the header.
    pub rows: Vec<Vec<Cell>>,
}

impl Table {
    /// A table with these column names and no rows.
    pub fn new(headers: &[&str]) -> Self {
        Table {
            headers: headers.iter().map(|h| (*h).to_string()).collect(),
            rows: Vec::new(),
        }
    }

    /// Adds a row.
    pub fn push(&mut self, row: Vec<Cell>) {
        self.rows.push(row);
    }
}

/// Writes a table as an aligned table, CSV or TSV. (JSON output goes through [`write_json`].)
pub fn write_table(out: &mut dyn Write, table: &Table, format: Format) -> io::Result<()> {
    match format {
        Format::Csv | Format::Tsv => write_delimited(out, table, if format == Format::Csv { b',' } else { b'\t' }),
        Format::Table | Format::Json | Format::Dot => write_pretty(out, table),
    }
}

/// Writes CSV or TSV with one header row.
pub fn write_delimited(out: &mut dyn Write, table: &Table, delimiter: u8) -> io::Result<()> {
    let mut w = csv::WriterBuilder::new().delimiter(delimiter).from_writer(out);
    w.write_record(&table.headers).map_err(csv_to_io)?;
    for row in &table.rows {
        w.write_record(row.iter().map(Cell::for_sheet)).map_err(csv_to_io)?;
    }
    w.flush()
}

/// Turns a CSV error into the I/O error inside it where there is one, so that a closed pipe is
/// still recognised as one.
pub fn csv_to_io(e: csv::Error) -> io::Error {
    match e.into_kind() {
        csv::ErrorKind::Io(io) => io,
        other => io::Error::other(format!("{other:?}")),
    }
}

fn write_pretty(out: &mut dyn Write, table: &Table) -> io::Result<()> {
    let mut t = comfy_table::Table::new();
    t.load_preset(comfy_table::presets::UTF8_FULL_CONDENSED);
    t.set_content_arrangement(comfy_table::ContentArrangement::Dynamic);
    if let Some((w, _)) = terminal_width() {
        t.set_width(w);
    } else {
        t.set_width(160);
    }
    t.set_header(table.headers.iter().map(|h| h.replace('_', " ")));
    for row in &table.rows {
        t.add_row(row.iter().map(Cell::for_terminal));
    }
    writeln!(out, "{t}")
}

fn terminal_width() -> Option<(u16, u16)> {
    std::env::var("COLUMNS")
        .ok()
        .and_then(|c| c.parse().ok())
        .map(|w| (w, 0))
}

/// Writes one JSON document followed by a newline.
pub fn write_json<T: Serialize + ?Sized>(out: &mut dyn Write, value: &T) -> io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, value).map_err(|e| match e.io_error_kind() {
        Some(kind) => io::Error::from(kind),
        None => io::Error::other(e),
    })?;
    writeln!(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_neutralises_formulas_but_not_numbers() {
        let mut t = Table::new(&["a", "b", "c"]);
        t.push(vec![Cell::text("=HYPERLINK(1)"), Cell::Int(-12000), Cell::Num(1.5)]);
        let mut buf = Vec::new();
        write_delimited(&mut buf, &t, b',').unwrap();
        assert_eq!(String::from_utf8(buf).unwrap(), "a,b,c\n'=HYPERLINK(1),-12000,1.5\n");
    }

    #[test]
    fn numbers_are_exact_in_files_and_rounded_for_people() {
        assert_eq!(format_number(3.0), "3");
        assert_eq!(format_number(0.1 + 0.2), "0.30000000000000004");
        assert_eq!(format_rounded(2.5), "2.5");
        assert_eq!(format_rounded(4.0), "4");
        assert_eq!(format_rounded(1.23456), "1.23");
    }
}
