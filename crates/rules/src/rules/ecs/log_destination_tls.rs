//! Container logs leave the host over TLS.
use crate::judge::ecs_task;
use crate::judge::endpoint_url::is_local;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ecs-log-destination-tls",
    title: "ECS container logs are shipped to their destination over TLS",
    severity: Severity::Medium,
    service: "Amazon ECS",
    section: "Amazon Elastic Container Service",
    cfr: &["45 CFR 164.312(e)(1)"],
    requirements: &["ECS-LOG-DEST-TLS"],
    kinds: &["AWS::ECS::TaskDefinition"],
    phi_only: false,
    rationale: "Logs of services that handle PHI can contain PHI, so the connection that carries them \
to a log store must be encrypted. The awslogs driver and the AWS Fluent Bit outputs (CloudWatch, \
Firehose, Kinesis, S3) always use TLS. Fluent Bit's network outputs (http, forward, es, opensearch, \
splunk, datadog, loki, tcp) send cleartext unless `tls` is On, and the Docker splunk, syslog and \
gelf drivers send cleartext to http://, tcp:// or udp:// addresses.",
    remediation: "For FireLens outputs, add `tls: \"On\"` (and `tls.verify: \"On\"`) to the \
`LogConfiguration.Options`; for the splunk driver use an `https://` `splunk-url`; for syslog use a \
`tcp+tls://` address. In Terraform, the same `logConfiguration.options` in the \
`container_definitions` JSON of `aws_ecs_task_definition`.",
    check: Check::Resource(check),
};

/// Where one container's logs go.
enum Dest {
    Tls(String),
    Cleartext(String),
    Local,
    Unknown(String),
}

fn opt<'a>(opts: &[(&'a str, &'a Node)], key: &str) -> Option<&'a Node> {
    opts.iter()
        .find(|(k, _)| k.eq_ignore_ascii_case(key))
        .map(|(_, v)| *v)
}

fn on(n: Option<&Node>) -> bool {
    n.and_then(Node::scalar_text)
        .is_some_and(|v| matches!(v.to_ascii_lowercase().as_str(), "on" | "true" | "yes" | "1"))
}

fn firelens(opts: &[(&str, &Node)]) -> Dest {
    let Some(name) = opt(opts, "Name") else {
        return Dest::Unknown(
            "the FireLens output is defined in a configuration file, not in the task definition"
                .into(),
        );
    };
    let Some(name) = name.as_str() else {
        return Dest::Unknown(format!(
            "the FireLens output name {}",
            crate::unknown_reason(name)
        ));
    };
    let plugin = name.to_ascii_lowercase();
    if matches!(
        plugin.as_str(),
        "cloudwatch"
            | "cloudwatch_logs"
            | "kinesis_firehose"
            | "firehose"
            | "kinesis_streams"
            | "kinesis"
            | "s3"
    ) {
        return Dest::Tls(format!("the AWS Fluent Bit output {name}"));
    }
    if !matches!(
        plugin.as_str(),
        "http"
            | "forward"
            | "es"
            | "opensearch"
            | "splunk"
            | "datadog"
            | "loki"
            | "tcp"
            | "syslog"
            | "gelf"
    ) {
        return Dest::Unknown(format!(
            "the Fluent Bit output {name} is not one phiguard knows"
        ));
    }
    let host = opt(opts, "Host").and_then(Node::as_str);
    if host.is_some_and(is_local) {
        return Dest::Local;
    }
    let mode_tls = opt(opts, "Mode")
        .and_then(Node::as_str)
        .is_some_and(|m| m.eq_ignore_ascii_case("tls"));
    if on(opt(opts, "tls")) || mode_tls {
        return Dest::Tls(format!("the Fluent Bit output {name} with TLS on"));
    }
    if let Some(t) = opt(opts, "tls")
        && t.scalar_text().is_none()
    {
        return Dest::Unknown(format!(
            "the tls option of the {name} output {}",
            crate::unknown_reason(t)
        ));
    }
    Dest::Cleartext(format!(
        "the Fluent Bit {name} output to {} without tls On",
        host.unwrap_or("its host")
    ))
}

/// A Docker driver's address option: scheme and host.
fn address(opts: &[(&str, &Node)], key: &str, tls_schemes: &[&str]) -> Dest {
    let Some(n) = opt(opts, key) else {
        return Dest::Unknown(format!("{key} is not set"));
    };
    let Some(url) = n.as_str() else {
        return Dest::Unknown(format!("{key} {}", crate::unknown_reason(n)));
    };
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', ':']).next().unwrap_or("");
    let scheme = scheme.to_ascii_lowercase();
    if scheme == "unix" || is_local(host) {
        Dest::Local
    } else if tls_schemes.contains(&scheme.as_str()) {
        Dest::Tls(url.to_string())
    } else {
        Dest::Cleartext(url.to_string())
    }
}

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let containers = match ecs_task::containers(r) {
        Ok(c) => c,
        Err(unknown) => return unknown,
    };
    let (mut tls, mut unknown) = (None, None);
    for (i, c) in containers.iter().enumerate() {
        let name = ecs_task::name(c);
        let p = format!("ContainerDefinitions.{i}.LogConfiguration");
        let Lookup::Set(cfg) = ecs_task::field(c, "LogConfiguration") else {
            continue;
        };
        let opts = ecs_task::options(cfg, &["Options"]);
        let dest = match ecs_task::field(cfg, "LogDriver")
            .node()
            .and_then(Node::as_str)
        {
            Some("awslogs") => Dest::Tls("CloudWatch Logs (awslogs)".into()),
            Some("awsfirelens") => firelens(&opts),
            Some("splunk") => address(&opts, "splunk-url", &["https"]),
            Some("syslog") => address(&opts, "syslog-address", &["tcp+tls"]),
            Some("gelf") => address(&opts, "gelf-address", &[]),
            Some("fluentd") => Dest::Unknown(
                "the fluentd driver's transport security depends on the receiving agent".into(),
            ),
            Some(_) => Dest::Local,
            None => Dest::Unknown(format!("{p}.LogDriver is not resolvable")),
        };
        match dest {
            Dest::Cleartext(what) => {
                return Outcome::fail(format!(
                    "the container '{name}' ships its logs to {what}, in cleartext"
                ))
                .at(&p, cfg.location.as_ref());
            }
            Dest::Tls(what) => {
                tls.get_or_insert(what);
            }
            Dest::Unknown(why) => {
                unknown.get_or_insert((
                    format!("the container '{name}': {why}"),
                    cfg.location.clone(),
                ));
            }
            Dest::Local => {}
        }
    }
    match (unknown, tls) {
        (Some((why, at)), _) => Outcome::unknown(why).at("ContainerDefinitions", at.as_ref()),
        (None, Some(what)) => {
            Outcome::pass(format!("container logs leave the host over TLS ({what})"))
        }
        (None, None) => Outcome::not_applicable("no container ships its logs off the host"),
    }
}
