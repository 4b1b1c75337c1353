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
    #[error("{path}: {source}")]
    Io {
        /// The path.
        path: String,
        /// What the system said.
        source: std::io::Error,
    },
    /// A directory with no role page in it.
    #[error("{0}: no role pages (*.txt, *.md) found")]
    NoPages(String),
}

/// Reads every page and alias file under `paths`. `-` is standard input (one page).
pub fn read_sources(paths: &[PathBuf], opts: ReadOptions) -> Result<Sources, SourceError> {
    let mut out = Sources::default();
    for path in paths {
        if path.as_os_str() == "-" {
            let mut bytes = Vec::new();
            std::io::stdin()
                .take(opts.max_page_size.saturating_add(1))
                .read_to_end(&mut bytes)
                .map_err(|source| SourceError::Io {
                    path: "<stdin>".into(),
                    source,
                })?;
            if bytes.len() as u64 > opts.max_page_size {
                out.warnings.push(format!(
                    "<stdin>: larger than {} bytes (--max-page-size); skipped",
                    opts.max_page_size
                ));
            } else {
                out.pages.push(SourceFile {
                    name: "<stdin>".into(),
                    bytes,
                });
            }
            continue;
        }
        let display = path.display().to_string();
        let meta = fs::metadata(path).map_err(|source| SourceError::Io {
            path: display.clone(),
            source,
        })?;
        if meta.is_dir() {
            let before = out.pages.len();
            let root = fs::canonicalize(path).map_err(|source| SourceError::Io {
                path: display.clone(),
                source,
            })?;
            let mut visited = BTreeSet::new();
            visited.insert(root.clone());
            walk(path, &root, opts, &mut visited, &mut out)?;
            if out.pages.len() == before {
                return Err(SourceError::NoPages(display));
            }
        } else {
            read_file(path, meta.len(), opts, &mut out, true)?;
        }
    }
    Ok(out)
}

fn walk(
    dir: &Path,
    root: &Path,
    opts: ReadOptions,
    visited: &mut BTreeSet<PathBuf>,
    out: &mut Sources,
) -> Result<(), SourceError> {
    let display = dir.display().to_string();
    let entries = fs::read_dir(dir).map_err(|source| SourceError::Io {
        path: display.clone(),
        source,
    })?;
    let mut paths: Vec<PathBuf> = entries.filter_map(|e| e.ok().map(|e| e.path())).collect();
    paths.sort();
    for path in paths {
        let name = path.display().to_string();
        let Ok(link_meta) = fs::symlink_metadata(&path) else {
            out.warnings.push(format!("{name}: cannot be read; skipped"));
            continue;
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
        if is_link {
            let Ok(target) = fs::canonicalize(&path) else {
                out.warnings
                    .push(format!("{name}: broken or looping symbolic link; skipped"));
                continue;
            };
            if !opts.follow_links && !target.starts_with(root) {
                out.warnings.push(format!(
                    "{name}: symbolic link leads outside {}; skipped (use --follow-links)",
                    root.display()
                ));
                continue;
            }
            if meta.is_dir() && !visited.insert(target) {
                out.warnings.push(format!("{name}: symbolic link loop; skipped"));
                continue;
            }
        }
        if meta.is_dir() {
            if !is_link {
                if let Ok(c) = fs::canonicalize(&path) {
                    visited.insert(c);
                }
            }
            walk(&path, root, opts, visited, out)?;
        } else if meta.is_file() {
            read_file(&path, meta.len(), opts, out, false)?;
        }
    }
    Ok(())
}

fn read_file(path: &Path, len: u64, opts: ReadOptions, out: &mut Sources, explicit: bool) -> Result<(), SourceError> {
    let name = path.display().to_string();
    let file_name = path
        .file_name()
        .map(|f| f.to_string_lossy().to_lowercase())
        .unwrap_or_default();
    let is_alias = file_name == "aliases.csv";
    let is_page = file_name.ends_with(".txt") || file_name.ends_with(".md");
    if !explicit && !is_alias && !is_page {
        return Ok(());
    }
    if len > opts.max_page_size {
        out.warnings.push(format!(
            "{name}: {len} bytes is larger than {} (--max-page-size); skipped",
            opts.max_page_size
        ));
        return Ok(());
    }
    let bytes = fs::read(path).map_err(|source| SourceError::Io {
        path: name.clone(),
        source,
    })?;
    let file = SourceFile { name, bytes };
    if is_alias {
        out.alias_files.push(file);
    } else {
        out.pages.push(file);
    }
    Ok(())
}
