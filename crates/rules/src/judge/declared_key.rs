//! The common "a KMS key is declared" check for services that always encrypt at rest
//! and only let the configuration choose the key.

use crate::outcome::path_unknown;
use crate::{Ctx, Outcome};
use phiguard_model::{Lookup, Resource, Value};

/// Pass when a key is written at `path`, the AWS-default outcome when nothing is
/// (`aws_does`: what AWS does instead), unknown when it cannot be resolved.
pub fn check(ctx: &Ctx, r: &Resource, path: &str, aws_does: &str) -> Outcome {
    match r.get(path) {
        Lookup::Absent => {
            ctx.aws_default(path, &format!("No KMS key is declared ({path})"), aws_does)
        }
        Lookup::Set(n) if matches!(&n.value, Value::Str(s) if s.trim().is_empty()) => ctx
            .aws_default(path, &format!("{path} is empty"), aws_does)
            .at(path, n.location.as_ref()),
        Lookup::Set(n) => match &n.value {
            Value::Ref { target, .. } => {
                Outcome::pass(format!("encrypted with the KMS key '{target}'"))
                    .l10n("declared-key-ref", &[("key", target)])
            }
            Value::Str(s) => Outcome::pass(format!("encrypted with the KMS key {s}"))
                .l10n("declared-key-literal", &[("key", s)]),
            _ => path_unknown(path, n),
        }
        .at(path, n.location.as_ref()),
        Lookup::Unknown(n) => path_unknown(path, n),
    }
}
