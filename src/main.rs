//! The careergraph binary: parse arguments, run, map the outcome to an exit code.

use std::process::ExitCode;

use clap::Parser;

fn main() -> ExitCode {
    let cli = careergraph::cli::Cli::parse();
    match careergraph::run(&cli) {
        Ok(outcome) => outcome.exit_code(),
        Err(err) if careergraph::is_broken_pipe(&err) => ExitCode::SUCCESS,
        Err(err) => {
            eprintln!("careergraph: {err:#}");
            ExitCode::from(2)
        }
    }
}
