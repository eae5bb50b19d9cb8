//! phiguard as a library: find inputs, adapt them into one graph, run the rules.
//!
//! The `phiguard` binary is a thin command line over [`scan`].

pub mod catalog;
pub mod config;
pub mod coverage;
pub mod inputs;
pub mod policy;
mod scan;

pub use scan::{ScanOptions, scan};
