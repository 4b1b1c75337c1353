//! Command-line definitions shared by all commands: global options, formats, subcommands.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Turn career-path pages into a graph of roles, and ask it how to get from one role to another.
///
/// With no --seeds or --graph, careergraph uses its built-in corpus of IT role pages.
#[derive(Debug, Parser)]
#[command(name = "careergraph", version, about, long_about = None, max_term_width = 100)]
pub struct Cli {
    #[command(flatten)]
    pub global: GlobalArgs,
    #[command(subcommand)]
    pub command: Command,
}

/// Options every command accepts.
#[derive(Debug, Args)]
pub struct GlobalArgs {
    /// Build the graph from these pages instead of the built-in corpus: a file, a directory
    /// (read recursively for *.txt and *.md), or - for one page on standard input. Repeatable.
    #[arg(long, global = true, value_name = "PATH")]
    pub seeds: Vec<PathBuf>,

    /// Load the graph from roles.csv and moves.csv in DIR, as written by `export csv --output`.
    #[arg(long, global = true, value_name = "DIR", conflicts_with = "seeds")]
    pub graph: Option<PathBuf>,

    /// Output format: table for people; csv, tsv and json for programs.
    #[arg(long, global = true, value_enum, default_value_t = Format::Table)]
    pub format: Format,

    /// Leave out the ladder moves inferred from titles (X → X II, X → Senior X → Lead X).
    #[arg(long, global = true)]
    pub no_inferred: bool,

    /// Cost of making any move.
    #[arg(long, global = true, default_value_t = 1.0, value_name = "W")]
    pub move_weight: f64,

    /// Cost of each certification still to earn.
    #[arg(long, global = true, default_value_t = 1.0, value_name = "W")]
    pub cert_weight: f64,

    /// Cost of each $10,000 of pay cut (midpoint to midpoint).
    #[arg(long, global = true, default_value_t = 1.0, value_name = "W")]
    pub salary_weight: f64,

    /// Skip pages larger than this many bytes (with a warning).
    #[arg(long, global = true, default_value_t = 5_000_000, value_name = "BYTES")]
    pub max_page_size: u64,

    /// Follow symbolic links that lead out of a --seeds directory.
    #[arg(long, global = true)]
    pub follow_links: bool,

    /// Print no warnings.
    #[arg(long, short, global = true)]
    pub quiet: bool,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// An aligned table for reading.
    Table,
    /// Comma-separated values with one header row.
    Csv,
    /// Tab-separated values with one header row.
    Tsv,
    /// One JSON document.
    Json,
    /// Graphviz DOT (for `path`; `export dot` always writes DOT).
    Dot,
}

/// The subcommands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// The cheapest way from one role to another: moves, salary changes, certifications.
    Path(crate::cmd::path::PathArgs),
    /// The certifications to earn, in order, along the cheapest path, with fees.
    Plan(crate::cmd::plan::PlanArgs),
    /// The moves out of a role, cheapest first, with their kind.
    Next(crate::cmd::moves::MovesArgs),
    /// The moves into a role (where people come from), cheapest first.
    Feeders(crate::cmd::moves::MovesArgs),
    /// One role's profile: salary and its source, experience, certifications, moves.
    Role(crate::cmd::role::RoleArgs),
    /// Every role with salary, experience and certifications.
    Roles,
    /// Every certification with its facts and the roles that require it.
    Certs,
    /// Validate a corpus (the built-in one, or --seeds): exit 0 when clean, 1 on problems.
    Check,
    /// Show what was extracted from each role page, without building a graph.
    Inspect(crate::cmd::inspect::InspectArgs),
    /// Export the whole graph: DOT for Graphviz, CSV for spreadsheets, JSON for programs.
    Export(crate::cmd::export::ExportArgs),
    /// Print a shell completion script (bash, zsh, fish).
    Completions(crate::cmd::shell::CompletionsArgs),
    /// Print the man page (roff): `careergraph man > careergraph.1`.
    Man,
}

#[cfg(test)]
mod tests {
    use clap::CommandFactory;

    #[test]
    fn the_command_line_definition_is_consistent() {
        super::Cli::command().debug_assert();
    }
}
