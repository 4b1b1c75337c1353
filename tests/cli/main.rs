//! End-to-end tests: each module runs the real binary for one command.
#![allow(clippy::unwrap_used, clippy::expect_used)]

mod corpus;
mod export;
mod inspect;
mod path;
mod util;
