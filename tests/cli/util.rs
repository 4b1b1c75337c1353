//! A small harness: run the built binary in a scratch directory and look at what it did.

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};

/// A scratch directory with helpers to write inputs and run careergraph in it.
pub struct Workdir {
    dir: tempfile::TempDir,
}

/// What a run produced.
pub struct Run {
    pub status: i32,
    pub stdout: String,
    pub stderr: String,
    pub description: String,
}

impl Run {
    /// Panics with everything that is known about the run unless the status matches.
    pub fn expect_status(&self, code: i32) -> &Self {
        assert_eq!(self.status, code, "unexpected exit status\n{}", self.report());
        self
    }

    /// The full story of the run, for failure messages.
    pub fn report(&self) -> String {
        format!(
            "command: {}\nstatus: {}\n--- stdout\n{}\n--- stderr\n{}",
            self.description, self.status, self.stdout, self.stderr
        )
    }

    /// Standard output parsed as JSON.
    pub fn json(&self) -> serde_json::Value {
        serde_json::from_str(&self.stdout).unwrap_or_else(|e| panic!("stdout is not JSON: {e}\n{}", self.report()))
    }
}

impl Workdir {
    pub fn new() -> Self {
        Workdir {
            dir: tempfile::tempdir().unwrap(),
        }
    }

    pub fn path(&self) -> &Path {
        self.dir.path()
    }

    /// Writes a file (creating parent directories) and returns its path.
    pub fn write(&self, name: &str, contents: impl AsRef<[u8]>) -> PathBuf {
        let p = self.dir.path().join(name);
        if let Some(parent) = p.parent() {
            std::fs::create_dir_all(parent).unwrap();
        }
        std::fs::write(&p, contents).unwrap();
        p
    }

    /// Runs careergraph with `args` in the directory.
    pub fn run(&self, args: &[&str]) -> Run {
        self.run_stdin(args, None)
    }

    /// Runs careergraph with `args`, feeding `stdin`.
    pub fn run_stdin(&self, args: &[&str], stdin: Option<&[u8]>) -> Run {
        let mut cmd = Command::new(bin());
        cmd.args(args)
            .current_dir(self.path())
            .env("NO_COLOR", "1")
            .env_remove("COLUMNS");
        cmd.stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() });
        cmd.stdout(Stdio::piped()).stderr(Stdio::piped());
        let mut child = cmd.spawn().unwrap();
        if let Some(input) = stdin {
            child.stdin.take().unwrap().write_all(input).unwrap();
        }
        let Output { status, stdout, stderr } = child.wait_with_output().unwrap();
        Run {
            status: status.code().unwrap_or(-1),
            stdout: String::from_utf8_lossy(&stdout).into_owned(),
            stderr: String::from_utf8_lossy(&stderr).into_owned(),
            description: format!("careergraph {}", args.join(" ")),
        }
    }
}

/// The binary under test.
pub fn bin() -> PathBuf {
    PathBuf::from(env!("CARGO_BIN_EXE_careergraph"))
}

/// The repository root.
pub fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// `../shared` beside the checkout, where CI has it; `None` in a user's clone.
pub fn shared() -> Option<PathBuf> {
    let p = repo().join("..").join("shared");
    p.join("seeds").join("expected.json").is_file().then_some(p)
}
