//! The common "a KMS key is declared" check for services that always encrypt at rest
//! and only let the configuration choose the key.

use crate::outcome::path_unknown;
use crate::{Ctx, MessagePart, Outcome, Verdict};
use phiguard_model::{Lookup, Resource, Value};

/// Pass when a key is written at `path`, the AWS-default outcome when nothing is
/// (`aws_does`: what AWS does instead, said by the Fluent message `does_id`), unknown
/// when it cannot be resolved.
pub fn check(
    ctx: &Ctx,
    r: &Resource,
    path: &str,
    (aws_does, does_id): (&str, &'static str),
) -> Outcome {
    // `ctx.aws_default` with what is missing said by `missing` (message `missing_id`).
    let default = |missing: String, missing_id: &'static str| {
        let out = ctx.aws_default(path, &missing, aws_does);
        let id = if out.verdict == Verdict::Pass {
            "helper-aws-default-trusted"
        } else {
            "helper-aws-default-fail"
        };
        let mut out = out.l10n_refs(id, &[], &[("does", does_id)]);
        if let Some(parts) = &mut out.l10n {
            parts[0]
                .nested
                .push(("missing", MessagePart::new(missing_id, &[("path", path)])));
        }
        out
    };
    match r.get(path) {
        Lookup::Absent => default(
            format!("No KMS key is declared ({path})"),
            "declared-key-none",
        ),
        Lookup::Set(n) if matches!(&n.value, Value::Str(s) if s.trim().is_empty()) => {
            default(format!("{path} is empty"), "declared-key-empty").at(path, n.location.as_ref())
        }
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
