//! Placeholder.

use super::Output;
use crate::module::RawResource;

/// Maps the types of this service group.
pub fn map(raw: &RawResource) -> Option<Output> {
    let _ = raw;
    None
}
