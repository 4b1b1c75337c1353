//! One module per subcommand; each resolves its arguments, asks the library and renders.

pub mod inspect;
