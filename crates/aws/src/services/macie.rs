//! Amazon Macie: the session of each region (whether Macie is enabled, or paused).

use super::Service;
use crate::cx::{Cx, Fault, obj};
use serde_json::json;

const KINDS: &[&str] = &["AWS::Macie::Session"];

pub static SERVICE: Service = Service {
    name: "macie",
    global: false,
    actions: &["macie2:GetMacieSession"],
    kinds: KINDS,
    collect: |cx| Box::pin(collect(cx)),
};

/// Whether a failed GetMacieSession means "Macie is not enabled here" (no session), not a
/// refusal. AWS answers `AccessDeniedException: Macie is not enabled.` to a caller who may
/// read the session when there is none; emulators answer `ResourceNotFoundException`. An
/// IAM refusal of the same code says "is not authorized to perform" and stays a gap.
fn not_enabled(f: &Fault) -> bool {
    match f {
        Fault::NotFound(_) => true,
        Fault::Denied(why) => {
            let why = why.to_ascii_lowercase();
            why.contains("macie is not enabled") && !why.contains("not authorized")
        }
        _ => false,
    }
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_macie2::Client::new(&cx.sdk);
    let action = "macie2:GetMacieSession";
    match cx.call(action, client.get_macie_session().send()).await {
        Ok(s) => cx.add(
            KINDS[0],
            cx.arn("macie2", "session"),
            Vec::new(),
            obj(json!({
                "Status": s.status().map(|x| x.as_str()),
                "FindingPublishingFrequency": s.finding_publishing_frequency().map(|x| x.as_str()),
            })),
            Vec::new(),
        ),
        // Not enabled: no session, which the rules judge as Macie being off.
        Err(f) if not_enabled(&f) => {}
        Err(f) => cx.gap(action, KINDS, &f),
    }
}
