//! careergraph turns career-path pages into a graph of roles that can be queried.
//!
//! Data flows one way: [`sources`] finds input files; [`page`] reads one role page into a
//! record; [`corpus`] merges many pages into roles and moves with provenance (the default
//! corpus is embedded); [`graph`] turns them into a petgraph graph; [`cost`] is the cost model
//! and [`search`] the exact cheapest-path search over (role, certifications held); [`query`]
//! answers path, plan and move questions as data; [`render`] writes tables, CSV/TSV, JSON and
//! DOT, and [`graph_csv`] the CSV graph that `--graph` reads back. [`names`] normalises role
//! titles and certification names for everyone. [`cmd`] holds one module per subcommand and
//! [`cli`] their argument definitions; [`run`] is the whole program behind the thin binary.

pub mod atomic;
pub mod cli;
pub mod cmd;
pub mod corpus;
pub mod cost;
pub mod graph;
pub mod graph_csv;
pub mod names;
pub mod page;
pub mod query;
pub mod render;
pub mod search;
pub mod sources;

use std::io::{self, BufWriter, Write};
use std::process::ExitCode;

use cli::{Cli, Command, GlobalArgs};

/// How a run ended, for the exit code.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outcome {
    /// The question was answered (exit 0).
    Success,
    /// The question was valid but has no answer, or a check found problems (exit 1).
    NoAnswer,
}

impl Outcome {
    /// The contract's exit code.
    pub fn exit_code(self) -> ExitCode {
        match self {
            Outcome::Success => ExitCode::SUCCESS,
            Outcome::NoAnswer => ExitCode::from(1),
        }
    }
}

/// What every command gets: the global options and a place for warnings.
#[derive(Debug)]
pub struct Context<'a> {
    /// The global options.
    pub global: &'a GlobalArgs,
}

impl Context<'_> {
    /// Prints a warning on standard error unless `--quiet`.
    pub fn warn(&self, message: &str) {
        if !self.global.quiet {
            let mut err = io::stderr().lock();
            // A closed stderr is not worth failing over.
            let _ = writeln!(err, "careergraph: warning: {}", render::sanitize(message));
        }
    }
}

/// Runs the command line: the whole program behind the binary.
pub fn run(cli: &Cli) -> anyhow::Result<Outcome> {
    let ctx = Context { global: &cli.global };
    let stdout = io::stdout();
    let mut out = BufWriter::new(stdout.lock());
    if cli.global.format == cli::Format::Dot && !matches!(cli.command, Command::Path(_)) {
        anyhow::bail!("--format dot is for `path`; use `export dot` for the whole graph");
    }
    let outcome = match &cli.command {
        Command::Path(args) => cmd::path::run(&ctx, args, &mut out)?,
        Command::Plan(args) => cmd::plan::run(&ctx, args, &mut out)?,
        Command::Next(args) => cmd::moves::run(&ctx, args, petgraph::Direction::Outgoing, &mut out)?,
        Command::Feeders(args) => cmd::moves::run(&ctx, args, petgraph::Direction::Incoming, &mut out)?,
        Command::Role(args) => cmd::role::run(&ctx, args, &mut out)?,
        Command::Roles => cmd::roles::run(&ctx, &mut out)?,
        Command::Certs => cmd::certs::run(&ctx, &mut out)?,
        Command::Check => cmd::check::run(&ctx, &mut out)?,
        Command::Inspect(args) => cmd::inspect::run(&ctx, args, &mut out)?,
        Command::Export(args) => cmd::export::run(&ctx, args, &mut out)?,
        Command::Completions(args) => cmd::shell::completions(args, &mut out)?,
        Command::Man => cmd::shell::man(&mut out)?,
    };
    out.flush()?;
    Ok(outcome)
}

/// Whether an error is, anywhere in its chain, a closed pipe: such a run ends quietly with 0.
pub fn is_broken_pipe(err: &anyhow::Error) -> bool {
    err.chain().any(|cause| {
        cause
            .downcast_ref::<io::Error>()
            .is_some_and(|e| e.kind() == io::ErrorKind::BrokenPipe)
            || cause
                .downcast_ref::<csv::Error>()
                .is_some_and(|e| matches!(e.kind(), csv::ErrorKind::Io(io) if io.kind() == io::ErrorKind::BrokenPipe))
    })
}
