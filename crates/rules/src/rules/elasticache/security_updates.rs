//! ElastiCache security updates are applied by their recommended date.
use crate::judge::live;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "elasticache-security-updates",
    title: "ElastiCache security updates are applied by their recommended apply-by date (live)",
    severity: Severity::High,
    service: "Amazon ElastiCache for Redis",
    section: "Applying ElastiCache Service Updates",
    cfr: &["45 CFR 164.308(a)(1)(ii)(B)", "45 CFR 164.308(a)(5)(ii)(B)"],
    requirements: &["ELASTICACHE-SECURITY-UPDATES"],
    kinds: &["AWS::ElastiCache::UpdateAction"],
    phi_only: false,
    rationale: "The whitepaper points out that ElastiCache does not apply security service \
updates by itself: the customer must apply each update of type security-update on or before its \
recommended apply-by date (risk management and protection from malicious software, \
164.308(a)(1)(ii)(B), 164.308(a)(5)(ii)(B)). The collector lists update actions \
(elasticache:DescribeUpdateActions); an action of a security update that is not complete after its \
ServiceUpdateRecommendedApplyByDate, measured at the collection time, fails; one not yet due \
passes, naming its date. Other update types are not applicable. Only a live account can answer \
this: template scans give no finding.",
    remediation: "Apply the update: `aws elasticache batch-apply-update-action --service-update-name \
<name> --replication-group-ids <id>` (or from the console's Service Updates page), within the \
cluster's maintenance window if you prefer.",
    check: Check::Resource(check),
};

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    let named = r.get("ServiceUpdateName").node().and_then(Node::as_str);
    let name = named.unwrap_or("(unnamed update)").to_string();
    let on = ["ReplicationGroupId", "CacheClusterId"]
        .iter()
        .find_map(|p| r.get(p).node().and_then(|n| live::text_or_target(&n.value)));
    let target = on.unwrap_or("its cluster").to_string();
    // The Fluent form: the update's name and target as arguments, or, when they are not
    // known, as references to the messages saying so.
    let said = |o: Outcome, id: &'static str, more: &[(&'static str, &str)]| {
        let mut args = more.to_vec();
        let mut refs = Vec::new();
        match named {
            Some(n) => args.push(("name", n)),
            None => refs.push(("name", "elasticache-update-unnamed")),
        }
        match on {
            Some(t) => args.push(("target", t)),
            None => refs.push(("target", "elasticache-update-its-cluster")),
        }
        o.l10n_refs(id, &args, &refs)
    };
    match string_attr(r, "ServiceUpdateType") {
        Err(unknown) => return unknown,
        Ok(Some((t, _))) if t != "security-update" => {
            return said(
                Outcome::not_applicable(format!(
                    "update {name} is of type {t}, not a security update"
                )),
                "elasticache-update-not-security",
                &[("type", t)],
            )
            .at("ServiceUpdateType", None);
        }
        Ok(None) => {
            return Outcome::unknown("ServiceUpdateType was not collected")
                .l10n("elasticache-update-type-not-collected", &[])
                .at("ServiceUpdateType", None);
        }
        Ok(Some(_)) => {}
    }
    let status = match string_attr(r, "UpdateActionStatus") {
        Err(unknown) => return unknown,
        Ok(None) => {
            return Outcome::unknown("UpdateActionStatus was not collected")
                .l10n("elasticache-update-status-not-collected", &[])
                .at("UpdateActionStatus", None);
        }
        Ok(Some((s, _))) => s,
    };
    if matches!(status, "complete" | "not-applicable") {
        return said(
            Outcome::pass(format!("security update {name} is {status} on {target}")),
            "elasticache-update-done",
            &[("status", status)],
        )
        .at("UpdateActionStatus", None);
    }
    let due = r
        .get("ServiceUpdateRecommendedApplyByDate")
        .node()
        .and_then(Node::as_str)
        .and_then(live::parse_time);
    let Some(due) = due else {
        return said(
            Outcome::unknown(format!(
                "security update {name} is {status} on {target}, and its ServiceUpdateRecommendedApplyByDate was not read"
            )),
            "elasticache-update-no-date",
            &[("status", status)],
        )
        .at("ServiceUpdateRecommendedApplyByDate", None);
    };
    let now = match live::now_for(ctx.graph, r) {
        Ok(t) => t,
        Err(unknown) => return unknown,
    };
    let due_day = due.format("%Y-%m-%d").to_string();
    if now > due {
        let days = (now - due).num_days().max(1).to_string();
        said(
            Outcome::fail(format!(
                "security update {name} is {status} on {target}, {days} day(s) past its recommended apply-by date {due_day}"
            )),
            "elasticache-update-overdue",
            &[("status", status), ("days", &days), ("date", &due_day)],
        )
    } else {
        said(
            Outcome::pass(format!(
                "security update {name} is {status} on {target} but not due until {due_day}"
            )),
            "elasticache-update-not-due",
            &[("status", status), ("date", &due_day)],
        )
    }
    .at("ServiceUpdateRecommendedApplyByDate", None)
}
