//! The bundled demo architecture (`examples/cloudformation/flow-demo.yaml`): API Gateway →
//! Lambda → S3 + DynamoDB, then S3 event → Lambda → SQS → Lambda → SNS → an HTTP
//! webhook. PHI reaches the webhook subscription over five hops, and that last hop is
//! the one that fails.

use phiguard_model::{EdgeKind, Graph};
use phiguard_rules::{Config, Verdict};

fn demo() -> Graph {
    let path = concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/../../examples/cloudformation/flow-demo.yaml"
    );
    let text = std::fs::read_to_string(path).expect("the demo template exists");
    let unit = phiguard_cloudformation::read(path, &text, &Default::default())
        .expect("parses")
        .expect("is a template");
    let mut g = Graph::new();
    g.add_unit(unit.resources);
    phiguard_flow::derive(&mut g);
    g
}

#[test]
fn demo_flows() {
    let g = demo();
    let mut flows: Vec<String> = g
        .edges()
        .iter()
        .filter(|e| e.kind == EdgeKind::DataFlow)
        .map(|e| {
            format!(
                "{} -> {} [{}]",
                g.resource(e.from).name,
                g.resource(e.to).name,
                e.via
            )
        })
        .collect();
    flows.sort();
    assert_eq!(
        flows,
        vec![
            "CoordinatorAlerts -> PartnerClinicWebhook [sns subscription: http]",
            "ExtractFunction -> ReviewQueue [sam policy: SQSSendMessagePolicy]",
            "IntakeApi -> IntakeFunction [api gateway integration: sam event Api POST /referrals]",
            "IntakeFunction -> IntakeApi [api gateway integration response: sam event Api POST /referrals]",
            "IntakeFunction -> ReferralLetters [sam policy: S3WritePolicy]",
            "IntakeFunction -> ReferralsTable [sam policy: DynamoDBCrudPolicy]",
            "NotifyFunction -> CoordinatorAlerts [sam policy: SNSPublishMessagePolicy]",
            "ReferralLetters -> ExtractFunction [sam event: S3]",
            "ReferralsTable -> IntakeFunction [sam policy: DynamoDBCrudPolicy]",
            "ReviewQueue -> NotifyFunction [sam event: SQS]",
        ]
    );
}

#[test]
fn demo_phi_reaches_the_webhook_and_only_that_hop_fails() {
    let g = demo();
    let (findings, phi) = phiguard_rules::run(&g, &Config::default(), phiguard_rules::all());
    let webhook = g.by_name(0, "PartnerClinicWebhook").unwrap();
    assert_eq!(
        phi.describe_path(&g, webhook.id),
        "Bucket ReferralLetters → Lambda ExtractFunction → Queue ReviewQueue → Lambda NotifyFunction → Topic CoordinatorAlerts → Subscription PartnerClinicWebhook"
    );
    assert!(phi.path(webhook.id).len() > 3);
    // The table is reached from the API through the intake function.
    let table = g.by_name(0, "ReferralsTable").unwrap();
    assert!(phi.is_reached(table.id));

    let transit: Vec<_> = findings
        .iter()
        .filter(|f| f.rule.id == "flow-transmission-encrypted")
        .collect();
    let failing: Vec<_> = transit
        .iter()
        .filter(|f| f.verdict == Verdict::Fail)
        .collect();
    assert_eq!(failing.len(), 1, "{failing:#?}");
    let f = failing[0];
    assert_eq!(f.subject.as_ref().unwrap().name, "PartnerClinicWebhook");
    assert_eq!(f.path.as_deref(), Some("Protocol"));
    assert!(f.message.contains("over plain HTTP"), "{}", f.message);
    assert!(
        f.message
            .contains("PHI path: Bucket ReferralLetters → Lambda ExtractFunction"),
        "{}",
        f.message
    );
    // Every other hop that carries PHI is an AWS API call and passes.
    assert!(
        transit
            .iter()
            .filter(|f| f.verdict == Verdict::Pass)
            .count()
            >= 7
    );
}
