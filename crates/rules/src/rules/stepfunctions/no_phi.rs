//! Step Functions state machines and activities hold no PHI and are not marked as handling it.
use crate::phi_scan::{Why, judge};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "stepfunctions-no-phi",
    title: "Step Functions state machines and activities neither handle PHI nor hold it in names, definitions or tags",
    severity: Severity::High,
    service: "AWS Step Functions",
    section: "AWS Step Functions",
    cfr: &["45 CFR 164.312(a)(1)"],
    requirements: &["STEPFUNCTIONS-NO-PHI"],
    kinds: &[
        "AWS::StepFunctions::StateMachine",
        "AWS::StepFunctions::Activity",
    ],
    phi_only: false,
    rationale: "The whitepaper: Step Functions cannot be used to store, transmit or process PHI; \
do not place PHI in its metadata, task definitions or state machine definitions. A state machine \
marked as holding PHI contradicts that; literal values in the definition (Parameters, Result, \
Pass states), substitutions, names and tags are stored and logged as plain text.",
    remediation: "Pass references between states (an S3 key or record id without PHI) and let \
the tasks read PHI from encrypted stores; keep PHI out of `StateMachineName`, `Definition`/\
`DefinitionString`, `DefinitionSubstitutions` and `Tags` (Terraform: `aws_sfn_state_machine` \
`name`, `definition`, `tags`), and do not tag state machines as PHI systems.",
    check: Check::Scan(check),
};

const WHY: Why = (
    "Step Functions must not store, transmit or process PHI; definitions, names and tags are plain text in the console, API results and execution history.",
    "stepfunctions-no-phi-why",
);

fn check(ctx: &Ctx) -> Vec<crate::ScanOutcome> {
    let mut out = Vec::new();
    let kinds: [(&str, &[&str]); 2] = [
        (
            "AWS::StepFunctions::StateMachine",
            &[
                "StateMachineName",
                "Definition",
                "DefinitionString",
                "DefinitionSubstitutions",
                "Tags",
            ],
        ),
        ("AWS::StepFunctions::Activity", &["Name", "Tags"]),
    ];
    for (kind, paths) in kinds {
        for r in ctx.graph.of_kind(kind) {
            if ctx.phi.any_marked && ctx.phi.holds(r) {
                out.push((
                    Some(r.id),
                    Outcome::fail(
                        "marked as holding PHI, but the whitepaper says Step Functions must not store, transmit or process PHI; pass references and keep PHI in eligible data stores",
                    )
                    .l10n("stepfunctions-no-phi-marked", &[]),
                ));
                continue;
            }
            out.extend(judge(ctx, r, paths, WHY));
        }
    }
    out
}
