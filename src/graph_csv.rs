//! The graph as two CSV files, `roles.csv` and `moves.csv`, and reading them back.
//!
//! The leading columns are the contract's; the rest carry provenance so that the round trip
//! loses nothing: exporting a graph read with `--graph` gives the same bytes. Cells that hold
//! several values join them with `;` (certifications, aliases, pages) or with a newline
//! (evidence, one item per line, file, line and text in three parallel columns).

use std::collections::BTreeMap;
use std::path::Path;

use crate::corpus::{Corpus, Evidence, MoveRecord, RoleRecord, SourcedSalary};
use crate::cost::{step_cost, RoleCosting, Weights};
use crate::graph::CareerGraph;
use crate::names::{self, CertCatalogue};
use crate::page::{Experience, SalaryRange};
use crate::render::{Cell, Table};

/// Columns of `roles.csv`.
pub const ROLE_COLUMNS: &[&str] = &[
    "role",
    "salary_min",
    "salary_max",
    "experience_min",
    "experience_max",
    "certifications",
    "salary_source",
    "category",
    "aliases",
    "pages",
];

/// Columns of `moves.csv`.
pub const MOVE_COLUMNS: &[&str] = &[
    "from",
    "to",
    "cost",
    "salary_delta",
    "cert_gap",
    "new_certs",
    "inferred",
    "evidence_file",
    "evidence_line",
    "evidence_text",
];

/// Every role, one row each, in title order.
pub fn roles_table(g: &CareerGraph) -> Table {
    let mut t = Table::new(ROLE_COLUMNS);
    for n in g.roles() {
        let r = g.role(n);
        t.push(vec![
            Cell::text(&r.title),
            Cell::opt_int(r.salary.as_ref().map(|s| s.range.min)),
            Cell::opt_int(r.salary.as_ref().map(|s| s.range.max)),
            Cell::opt_int(r.experience.min),
            Cell::opt_int(r.experience.max),
            Cell::text(r.key_certs.join(";")),
            Cell::text(r.salary.as_ref().map_or_else(String::new, |s| s.source.clone())),
            Cell::text(r.category.clone().unwrap_or_default()),
            Cell::text(r.aliases.join(";")),
            Cell::text(r.pages.join(";")),
        ]);
    }
    t
}

/// Every move, one row each, in (from, to) title order, with its cost for someone holding
/// exactly the key certifications of the role moved from.
pub fn moves_table(g: &CareerGraph, w: &Weights) -> Table {
    let mut t = Table::new(MOVE_COLUMNS);
    let mut edges: Vec<_> = g
        .graph
        .edge_indices()
        .filter_map(|e| g.graph.edge_endpoints(e).map(|(a, b)| (a, b, e)))
        .collect();
    edges.sort_by_key(|&(a, b, _)| (names::role_key(g.title(a)), names::role_key(g.title(b))));
    for (a, b, e) in edges {
        let (na, nb) = (&g.graph[a], &g.graph[b]);
        let s = step_cost(w, na.salary_mid(), nb.salary_mid(), nb.key_certs(), na.key_certs());
        let m = &g.graph[e];
        let join = |f: &dyn Fn(&Evidence) -> String| m.evidence.iter().map(f).collect::<Vec<_>>().join("\n");
        t.push(vec![
            Cell::text(g.title(a)),
            Cell::text(g.title(b)),
            Cell::Num(crate::query::tidy(s.total())),
            s.salary_delta.map_or(Cell::Empty, Cell::Num),
            Cell::Int(s.new_certs.len() as i64),
            Cell::text(g.cert_names(&s.new_certs).join(";")),
            Cell::text(if m.inferred { "true" } else { "false" }),
            Cell::text(join(&|e| e.file.clone())),
            Cell::text(join(&|e| e.line.to_string())),
            Cell::text(join(&|e| e.text.replace('\n', " "))),
        ]);
    }
    t
}

/// A problem in a `--graph` directory; each names the file and, where there is one, the line.
#[derive(Debug, thiserror::Error)]
pub enum GraphCsvError {
    /// The file cannot be read.
    #[error("{file}: {error}")]
    Io {
        /// The file.
        file: String,
        /// What the system said (not a `source`, so that it is not printed twice).
        error: std::io::Error,
    },
    /// The CSV is malformed.
    #[error("{file}:{line}: {message}")]
    Bad {
        /// The file.
        file: String,
        /// 1-based line.
        line: u64,
        /// What is wrong.
        message: String,
    },
}

fn bad(file: &str, line: u64, message: impl Into<String>) -> GraphCsvError {
    GraphCsvError::Bad {
        file: file.to_string(),
        line,
        message: message.into(),
    }
}

/// Reads `roles.csv` and `moves.csv` from `dir` (as `export csv --output` writes them) into a
/// graph. Unknown extra columns are ignored; missing contract columns, bad numbers, moves
/// between unknown roles and repeated headers are errors.
pub fn read_graph_dir(
    dir: &Path,
    catalogue: CertCatalogue,
    include_inferred: bool,
) -> Result<CareerGraph, GraphCsvError> {
    let corpus = read_corpus(dir)?;
    Ok(CareerGraph::from_corpus(corpus, catalogue, include_inferred))
}

struct Sheet {
    file: String,
    columns: BTreeMap<String, usize>,
    rows: Vec<(u64, csv::StringRecord)>,
}

impl Sheet {
    fn read(path: &Path, required: &[&str]) -> Result<Sheet, GraphCsvError> {
        let file = path.display().to_string();
        let bytes = std::fs::read(path).map_err(|error| GraphCsvError::Io {
            file: file.clone(),
            error,
        })?;
        Sheet::parse(file, &bytes, required)
    }

    fn parse(file: String, bytes: &[u8], required: &[&str]) -> Result<Sheet, GraphCsvError> {
        let bytes = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(bytes);
        let mut rdr = csv::ReaderBuilder::new().flexible(false).from_reader(bytes);
        let headers = rdr.headers().map_err(|e| bad(&file, 1, e.to_string()))?.clone();
        let mut columns = BTreeMap::new();
        for (i, h) in headers.iter().enumerate() {
            if columns.insert(h.trim().to_string(), i).is_some() {
                return Err(bad(&file, 1, format!("column \"{h}\" appears twice in the header")));
            }
        }
        for col in required {
            if !columns.contains_key(*col) {
                return Err(bad(&file, 1, format!("missing column \"{col}\"")));
            }
        }
        let mut rows = Vec::new();
        for rec in rdr.records() {
            let rec = rec.map_err(|e| bad(&file, e.position().map_or(0, |p| p.line()), e.to_string()))?;
            let line = rec.position().map_or(0, |p| p.line());
            if rec.iter().zip(headers.iter()).all(|(a, b)| a == b) {
                return Err(bad(&file, line, "the header row is repeated"));
            }
            rows.push((line, rec));
        }
        Ok(Sheet { file, columns, rows })
    }

    fn get(&self, rec: &csv::StringRecord, col: &str) -> String {
        let raw = self.columns.get(col).and_then(|&i| rec.get(i)).unwrap_or("");
        unneutralise(raw).to_string()
    }

    fn num<T: std::str::FromStr>(
        &self,
        line: u64,
        rec: &csv::StringRecord,
        col: &str,
    ) -> Result<Option<T>, GraphCsvError> {
        let v = self.get(rec, col);
        if v.trim().is_empty() {
            return Ok(None);
        }
        v.trim()
            .parse()
            .map(Some)
            .map_err(|_| bad(&self.file, line, format!("column \"{col}\": \"{v}\" is not a number")))
    }
}

/// Undoes the spreadsheet-safety prefix (`'=…` → `=…`).
fn unneutralise(s: &str) -> &str {
    match s.strip_prefix('\'') {
        Some(rest) if rest.starts_with(['=', '+', '-', '@']) => rest,
        _ => s,
    }
}

fn split(s: &str, sep: char) -> Vec<String> {
    s.split(sep)
        .map(str::trim)
        .filter(|x| !x.is_empty())
        .map(String::from)
        .collect()
}

fn read_corpus(dir: &Path) -> Result<Corpus, GraphCsvError> {
    let roles = Sheet::read(&dir.join("roles.csv"), &ROLE_COLUMNS[..6])?;
    let moves = Sheet::read(&dir.join("moves.csv"), &MOVE_COLUMNS[..6])?;
    corpus_from_sheets(&roles, &moves)
}

/// The built-in graph: `graphs/roles.csv` and `graphs/moves.csv`, exported from `seeds/` and
/// compiled in, so that a query does not parse the pages again (a test keeps them equal to
/// what the pages give).
pub fn default_graph(catalogue: CertCatalogue, include_inferred: bool) -> Result<CareerGraph, GraphCsvError> {
    let roles = Sheet::parse(
        "graphs/roles.csv".into(),
        include_bytes!("../graphs/roles.csv"),
        &ROLE_COLUMNS[..6],
    )?;
    let moves = Sheet::parse(
        "graphs/moves.csv".into(),
        include_bytes!("../graphs/moves.csv"),
        &MOVE_COLUMNS[..6],
    )?;
    let corpus = corpus_from_sheets(&roles, &moves)?;
    Ok(CareerGraph::from_corpus(corpus, catalogue, include_inferred))
}

fn corpus_from_sheets(roles: &Sheet, moves: &Sheet) -> Result<Corpus, GraphCsvError> {
    let mut c = Corpus::default();
    for (line, rec) in &roles.rows {
        let title = roles.get(rec, "role");
        let key = names::role_key(&title);
        if key.is_empty() {
            return Err(bad(&roles.file, *line, format!("empty role name \"{title}\"")));
        }
        let salary = match (
            roles.num::<u32>(*line, rec, "salary_min")?,
            roles.num::<u32>(*line, rec, "salary_max")?,
        ) {
            (Some(min), Some(max)) if min <= max => {
                let source = roles.get(rec, "salary_source");
                let source = if source.is_empty() {
                    format!("{}:{line}", roles.file)
                } else {
                    source
                };
                Some(SourcedSalary {
                    range: SalaryRange { min, max },
                    source,
                })
            }
            (None, None) => None,
            _ => {
                return Err(bad(
                    &roles.file,
                    *line,
                    "salary_min and salary_max must both be given, min ≤ max",
                ))
            }
        };
        let record = RoleRecord {
            title: title.clone(),
            category: Some(roles.get(rec, "category")).filter(|s| !s.is_empty()),
            pages: split(&roles.get(rec, "pages"), ';'),
            experience: Experience {
                min: roles.num(*line, rec, "experience_min")?,
                max: roles.num(*line, rec, "experience_max")?,
            },
            key_certs: split(&roles.get(rec, "certifications"), ';'),
            salary,
            aliases: split(&roles.get(rec, "aliases"), ';'),
        };
        for a in &record.aliases {
            c.aliases.insert(names::role_key(a), key.clone());
        }
        if c.roles.insert(key, record).is_some() {
            return Err(bad(&roles.file, *line, format!("role \"{title}\" appears twice")));
        }
    }
    for (line, rec) in &moves.rows {
        let (from, to) = (moves.get(rec, "from"), moves.get(rec, "to"));
        let mut titles = Vec::with_capacity(2);
        for name in [&from, &to] {
            match c.roles.get(&names::role_key(name)) {
                Some(role) => titles.push(role.title.clone()),
                None => {
                    return Err(bad(
                        &moves.file,
                        *line,
                        format!("move names role \"{name}\", which roles.csv does not list"),
                    ))
                }
            }
        }
        // The computed columns are checked for form, then recomputed from the roles.
        let _: Option<f64> = moves.num(*line, rec, "cost")?;
        let _: Option<f64> = moves.num(*line, rec, "salary_delta")?;
        let _: Option<u32> = moves.num(*line, rec, "cert_gap")?;
        let files = moves.get(rec, "evidence_file");
        let lines = moves.get(rec, "evidence_line");
        let texts = moves.get(rec, "evidence_text");
        let mut evidence = Vec::new();
        let (fs, ls, ts): (Vec<&str>, Vec<&str>, Vec<&str>) = (
            files.split('\n').collect(),
            lines.split('\n').collect(),
            texts.split('\n').collect(),
        );
        if !files.is_empty() {
            if fs.len() != ls.len() || fs.len() != ts.len() {
                return Err(bad(
                    &moves.file,
                    *line,
                    "evidence columns have different numbers of lines",
                ));
            }
            for ((f, l), t) in fs.iter().zip(&ls).zip(&ts) {
                let l = l
                    .trim()
                    .parse()
                    .map_err(|_| bad(&moves.file, *line, format!("evidence_line: \"{l}\" is not a number")))?;
                evidence.push(Evidence {
                    file: (*f).to_string(),
                    line: l,
                    text: (*t).to_string(),
                });
            }
        }
        let inferred = match moves.get(rec, "inferred").trim() {
            "" | "false" | "0" | "no" => false,
            "true" | "1" | "yes" => true,
            other => {
                return Err(bad(
                    &moves.file,
                    *line,
                    format!("inferred: \"{other}\" is not true or false"),
                ))
            }
        };
        let (Some(from), Some(to)) = (titles.first().cloned(), titles.get(1).cloned()) else {
            continue;
        };
        c.moves.push(MoveRecord {
            from,
            to,
            inferred,
            evidence,
        });
    }
    Ok(c)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(roles: &str, moves: &str) -> Result<CareerGraph, GraphCsvError> {
        let dir = tempfile::tempdir().unwrap();
        std::fs::write(dir.path().join("roles.csv"), roles).unwrap();
        std::fs::write(dir.path().join("moves.csv"), moves).unwrap();
        read_graph_dir(dir.path(), CertCatalogue::embedded(), true)
    }

    const MOVES: &str = "from,to,cost,salary_delta,cert_gap,new_certs\n";

    #[test]
    fn a_role_name_of_punctuation_alone_is_an_error() {
        let roles = "role,salary_min,salary_max,experience_min,experience_max,certifications\n\"\"\"\",,,,,\n";
        let err = read(roles, MOVES).err().unwrap().to_string();
        assert!(err.ends_with("roles.csv:2: empty role name \"\"\""), "{err}");
    }

    #[test]
    fn a_move_between_roles_that_differ_only_in_case_and_space_reads() {
        let roles = "role,salary_min,salary_max,experience_min,experience_max,certifications\nA Analyst,,,,,\nB  Engineer,,,,,\n";
        let g = read(roles, &format!("{MOVES}a analyst,b engineer,1,,0,\n")).unwrap();
        assert_eq!(g.graph.edge_count(), 1);
        let err = read(roles, &format!("{MOVES}a analyst,c engineer,1,,0,\n"))
            .err()
            .unwrap()
            .to_string();
        assert!(err.contains("moves.csv:2: move names role \"c engineer\""), "{err}");
    }

    #[test]
    fn the_system_error_is_printed_once() {
        let err = read_graph_dir(Path::new("/no/such/dir"), CertCatalogue::embedded(), true)
            .err()
            .unwrap();
        let text = format!("{:#}", anyhow::Error::from(err));
        assert_eq!(text.matches("os error").count(), 1, "{text}");
    }
}
