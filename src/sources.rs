//! Finding and reading input files: `--seeds` paths, directories, standard input.
//!
//! A directory is read recursively, in sorted order, for `*.txt` and `*.md` pages and
//! `aliases.csv` files. Symbolic links are followed only while they stay inside the directory
//! given (unless the caller allows leaving it), and a link loop is detected and skipped. A file
//! larger than the size limit is skipped with a warning, before any of it is read.

use std::collections::BTreeSet;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};

/// One input file's name (as the user would write it) and bytes.
#[derive(Debug, Clone)]
pub struct SourceFile {
    /// The path as given or found, or `<stdin>`.
    pub name: String,
    /// Its contents.
    pub bytes: Vec<u8>,
}

/// What was found under the paths given.
#[derive(Debug, Default)]
pub struct Sources {
    /// Role pages, in a stable order.
    pub pages: Vec<SourceFile>,
    /// `aliases.csv` files.
    pub alias_files: Vec<SourceFile>,
    /// Files and links that were skipped, and why.
    pub warnings: Vec<String>,
}

/// Reading limits and policies.
#[derive(Debug, Clone, Copy)]
pub struct ReadOptions {
    /// Pages larger than this many bytes are skipped.
    pub max_page_size: u64,
    /// Whether links may lead out of a directory given on the command line.
    pub follow_links: bool,
}

/// An input that cannot be read at all.
#[derive(Debug, thiserror::Error)]
pub enum SourceError {
    /// The path does not exist or cannot be read.
    #[error("{path}: {error}")]
    Io {
        /// The path.
        path: String,
        /// What the system said (not a `source`, so that it is not printed twice).
        error: std::io::Error,
    },
    /// A path, or all the paths together, with no readable role page in them.
    #[error("{path}: no role pages (*.txt, *.md) to read{}", skipped_note(.skipped))]
    NoPages {
        /// The path (or paths) given.
        path: String,
        /// Why the files that were found were skipped.
        skipped: Vec<String>,
    },
}

fn skipped_note(skipped: &[String]) -> String {
    if skipped.is_empty() {
        String::new()
    } else {
        format!(" (skipped: {})", skipped.join("; "))
    }
}

fn io_error(path: &str, error: std::io::Error) -> SourceError {
    SourceError::Io {
        path: path.to_string(),
        error,
    }
}

/// Reads every page and alias file under `paths`. `-` is standard input (one page).
///
/// A directory without a page to read is an error, and so is a run where every page found was
/// skipped (too large, a link leading out, a link loop): there is nothing to build a graph from.
/// Inside a directory, a file or subdirectory that cannot be read is skipped with a warning; a
/// path given explicitly that cannot be read is an error. A file reached twice (through links,
/// or given twice) is read once.
pub fn read_sources(paths: &[PathBuf], opts: ReadOptions) -> Result<Sources, SourceError> {
    let mut out = Sources::default();
    let mut seen = BTreeSet::new();
    for path in paths {
        if path.as_os_str() == "-" {
            let bytes =
                read_limited(std::io::stdin().lock(), opts.max_page_size).map_err(|e| io_error("<stdin>", e))?;
            match bytes {
                Some(bytes) => out.pages.push(SourceFile {
                    name: "<stdin>".into(),
                    bytes,
                }),
                None => out.warnings.push(format!(
                    "<stdin>: larger than {} bytes (--max-page-size); skipped",
                    opts.max_page_size
                )),
            }
            continue;
        }
        let display = path.display().to_string();
        let meta = fs::metadata(path).map_err(|e| io_error(&display, e))?;
        if meta.is_dir() {
            let (pages_before, warnings_before) = (out.pages.len(), out.warnings.len());
            let root = fs::canonicalize(path).map_err(|e| io_error(&display, e))?;
            let mut visited = BTreeSet::new();
            visited.insert(root.clone());
            let entries = fs::read_dir(path).map_err(|e| io_error(&display, e))?;
            let found = walk(entries, &root, opts, &mut visited, &mut seen, &mut out);
            if found == 0 && out.pages.len() == pages_before {
                return Err(SourceError::NoPages {
                    path: display,
                    skipped: out.warnings.get(warnings_before..).unwrap_or_default().to_vec(),
                });
            }
        } else {
            if let Ok(c) = fs::canonicalize(path) {
                if meta.is_file() && !seen.insert(c) {
                    continue; // the same file given twice
                }
            }
            read_file(path, opts, &mut out).map_err(|e| io_error(&display, e))?;
        }
    }
    if out.pages.is_empty() && !paths.is_empty() {
        let names: Vec<String> = paths.iter().map(|p| p.display().to_string()).collect();
        return Err(SourceError::NoPages {
            path: names.join(", "),
            skipped: std::mem::take(&mut out.warnings),
        });
    }
    Ok(out)
}

/// Reads up to `limit` bytes; `None` when there is more (nothing beyond `limit + 1` is read).
fn read_limited(reader: impl Read, limit: u64) -> std::io::Result<Option<Vec<u8>>> {
    let mut bytes = Vec::new();
    reader.take(limit.saturating_add(1)).read_to_end(&mut bytes)?;
    Ok((bytes.len() as u64 <= limit).then_some(bytes))
}

fn walk(
    entries: fs::ReadDir,
    root: &Path,
    opts: ReadOptions,
    visited: &mut BTreeSet<PathBuf>,
    seen: &mut BTreeSet<PathBuf>,
    out: &mut Sources,
) -> usize {
    let mut found = 0;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.display().to_string();
        let link_meta = match fs::symlink_metadata(&path) {
            Ok(m) => m,
            Err(e) => {
                out.warnings.push(format!("{name}: cannot be read ({e}); skipped"));
                continue;
            }
        };
        let is_link = link_meta.file_type().is_symlink();
        let meta = if is_link {
            match fs::metadata(&path) {
                Ok(m) => m,
                Err(_) => {
                    out.warnings
                        .push(format!("{name}: broken or looping symbolic link; skipped"));
                    continue;
                }
            }
        } else {
            link_meta
        };
        if !meta.is_dir() && !is_input_name(&path) {
            continue;
        }
        let Ok(target) = fs::canonicalize(&path) else {
            out.warnings
                .push(format!("{name}: broken or looping symbolic link; skipped"));
            continue;
        };
        if is_link && !opts.follow_links && !target.starts_with(root) {
            out.warnings.push(format!(
                "{name}: symbolic link leads outside {}; skipped (use --follow-links)",
                root.display()
            ));
            continue;
        }
        if meta.is_dir() {
            if !visited.insert(target.clone()) {
                let ancestor = path
                    .parent()
                    .and_then(|p| fs::canonicalize(p).ok())
                    .is_some_and(|p| p.starts_with(&target));
                out.warnings.push(if ancestor {
                    format!("{name}: symbolic link loop (back to {}); skipped", target.display())
                } else {
                    format!("{name}: leads to {}, which is read already; skipped", target.display())
                });
                continue;
            }
            match fs::read_dir(&path) {
                Ok(entries) => found += walk(entries, root, opts, visited, seen, out),
                Err(e) => out.warnings.push(format!("{name}: cannot be read ({e}); skipped")),
            }
        } else if meta.is_file() {
            if !seen.insert(target) {
                // Read already (given twice, or reached through a link): found, not read again.
                found += 1;
                out.warnings
                    .push(format!("{name}: the same file as one read already; skipped"));
                continue;
            }
            if let Err(e) = read_file(&path, opts, out) {
                out.warnings.push(format!("{name}: cannot be read ({e}); skipped"));
            }
        }
    }
    found
}

/// Whether a file found in a directory is an input: a page (`*.txt`, `*.md`) or `aliases.csv`.
fn is_input_name(path: &Path) -> bool {
    let file_name = lower_file_name(path);
    file_name == "aliases.csv" || file_name.ends_with(".txt") || file_name.ends_with(".md")
}

fn lower_file_name(path: &Path) -> String {
    path.file_name()
        .map(|f| f.to_string_lossy().to_lowercase())
        .unwrap_or_default()
}

/// Reads one file as a page (or as `aliases.csv`), unless it is larger than the limit: then it
/// is skipped with a warning, without reading it (the size is checked before and while reading,
/// so a file that grows, or a device or pipe with no size, is never read past the limit).
fn read_file(path: &Path, opts: ReadOptions, out: &mut Sources) -> std::io::Result<()> {
    let name = path.display().to_string();
    let is_alias = lower_file_name(path) == "aliases.csv";
    let file = fs::File::open(path)?;
    let len = file.metadata()?.len();
    let limit = opts.max_page_size;
    if len > limit {
        out.warnings.push(format!(
            "{name}: {len} bytes is larger than {limit} (--max-page-size); skipped"
        ));
        return Ok(());
    }
    let Some(bytes) = read_limited(file, limit)? else {
        out.warnings
            .push(format!("{name}: larger than {limit} bytes (--max-page-size); skipped"));
        return Ok(());
    };
    let file = SourceFile { name, bytes };
    if is_alias {
        out.alias_files.push(file);
    } else {
        out.pages.push(file);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    const OPTS: ReadOptions = ReadOptions {
        max_page_size: 100,
        follow_links: false,
    };

    #[test]
    fn a_device_with_no_size_is_read_only_up_to_the_limit() {
        // /dev/zero says it is empty and never ends: reading it whole would never finish.
        let dev = Path::new("/dev/zero");
        if !dev.exists() {
            return;
        }
        let err = read_sources(&[dev.to_path_buf()], OPTS).unwrap_err().to_string();
        assert!(err.contains("/dev/zero: larger than 100 bytes"), "{err}");
    }

    #[test]
    fn an_error_names_the_path_once() {
        let err = read_sources(&[PathBuf::from("/no/such/dir/x.txt")], OPTS).unwrap_err();
        let text = format!("{:#}", anyhow::Error::from(err));
        assert_eq!(text.matches("os error").count(), 1, "{text}");
        assert!(text.starts_with("/no/such/dir/x.txt: "), "{text}");
    }

    #[test]
    fn a_file_given_twice_is_read_once() {
        let dir = tempfile::tempdir().unwrap();
        let p = dir.path().join("a.txt");
        fs::write(&p, "IT\nX Analyst\n").unwrap();
        let found = read_sources(&[p.clone(), p.clone(), dir.path().to_path_buf()], OPTS).unwrap();
        assert_eq!(found.pages.len(), 1);
    }

    #[test]
    fn a_link_to_a_directory_read_already_is_not_a_loop() {
        let dir = tempfile::tempdir().unwrap();
        fs::create_dir(dir.path().join("b")).unwrap();
        fs::write(dir.path().join("b/x.txt"), "IT\nX Analyst\n").unwrap();
        #[cfg(unix)]
        std::os::unix::fs::symlink("b", dir.path().join("a")).unwrap();
        let found = read_sources(&[dir.path().to_path_buf()], OPTS).unwrap();
        assert_eq!(found.pages.len(), 1, "{:?}", found.warnings);
    }
}
