//! `careergraph completions SHELL` and `careergraph man`: generated from the clap definitions.

use std::io::Write;

use clap::{Args, CommandFactory, ValueEnum};

use crate::cli::Cli;
use crate::Outcome;

/// Shells with completion scripts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Shell {
    /// Bash.
    Bash,
    /// Zsh.
    Zsh,
    /// Fish.
    Fish,
}

/// Arguments of `completions`.
#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// The shell to write a completion script for.
    #[arg(value_enum)]
    pub shell: Shell,
}

/// Writes the completion script for a shell.
pub fn completions(args: &CompletionsArgs, out: &mut dyn Write) -> anyhow::Result<Outcome> {
    let mut cmd = Cli::command();
    let shell = match args.shell {
        Shell::Bash => clap_complete::Shell::Bash,
        Shell::Zsh => clap_complete::Shell::Zsh,
        Shell::Fish => clap_complete::Shell::Fish,
    };
    // clap_complete panics when its writer fails, so it writes to memory and a closed pipe
    // is met here instead.
    let mut buf = Vec::new();
    clap_complete::generate(shell, &mut cmd, "careergraph", &mut buf);
    out.write_all(&buf)?;
    Ok(Outcome::Success)
}

/// Writes the man page (roff).
pub fn man(out: &mut dyn Write) -> anyhow::Result<Outcome> {
    clap_mangen::Man::new(Cli::command()).render(out)?;
    Ok(Outcome::Success)
}
