//! phiguard as a library: find inputs, adapt them into one graph, run the rules.
//!
//! The `phiguard` binary is a thin command line over [`scan`].

pub mod catalog;
pub mod config;
pub mod coverage;
pub mod history;
pub mod inputs;
mod scan;

pub use scan::{ScanOptions, scan};
