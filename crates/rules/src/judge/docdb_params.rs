//! DocumentDB cluster parameter groups: the `Parameters` map, written as a map or JSON.

use phiguard_model::{Lookup, Resource};

/// A cluster parameter's value.
pub enum Param {
    /// Not written: the family default applies.
    Unset,
    /// The value as text.
    Value(String),
    /// Not resolvable; the reason.
    Unknown(String),
}

/// Reads `name` from a DocumentDB cluster parameter group's `Parameters`.
pub fn get(group: &Resource, name: &str) -> Param {
    let params = match group.get("Parameters") {
        Lookup::Absent => return Param::Unset,
        Lookup::Unknown(n) => return Param::Unknown(crate::unknown_reason(n)),
        Lookup::Set(n) => n,
    };
    let Some(doc) = crate::judge::json_doc::read(params) else {
        return Param::Unknown("Parameters is not a readable map".into());
    };
    match doc.get(name) {
        Lookup::Absent => Param::Unset,
        Lookup::Unknown(n) => Param::Unknown(crate::unknown_reason(n)),
        Lookup::Set(n) => match n.scalar_text() {
            Some(v) => Param::Value(v),
            None => Param::Unknown(crate::unknown_reason(n)),
        },
    }
}
