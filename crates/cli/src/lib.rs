//! phiguard as a library: find inputs, adapt them into one graph, run the rules.
//!
//! The `phiguard` binary is a thin command line over [`scan`].

pub mod baseline;
pub mod catalog;
pub mod config;
pub mod coverage;
pub mod diff;
pub mod help;
pub mod history;
pub mod inline;
pub mod inputs;
pub mod policy;
pub mod progress;
mod scan;

pub use scan::{ScanOptions, scan, scan_with_progress};
