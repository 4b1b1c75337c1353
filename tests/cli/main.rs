//! End-to-end tests: each module runs the real binary for one command.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod bad_input;
mod corpus;
mod determinism;
mod export;
mod generated;
mod inspect;
mod path;
mod util;
