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

/// A description of a destination in English, and its Fluent form: the id of the whole
/// finding message and its arguments (`None` when the text holds a free-text reason, which
/// stays English).
struct Said {
    text: String,
    form: Option<(&'static str, Vec<(&'static str, String)>)>,
}

impl Said {
    fn new(text: impl Into<String>, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        let args = args.iter().map(|(k, v)| (*k, v.to_string())).collect();
        Said {
            text: text.into(),
            form: Some((id, args)),
        }
    }
    fn english(text: String) -> Self {
        Said { text, form: None }
    }
    /// `o` said with this form, `extra` added to its arguments; `o` alone without a form.
    fn say(&self, o: Outcome, extra: Option<(&'static str, &str)>) -> Outcome {
        match &self.form {
            Some((id, args)) => {
                let mut all: Vec<(&'static str, &str)> =
                    args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                all.extend(extra);
                o.l10n(id, &all)
            }
            None => o,
        }
    }
}

/// Where one container's logs go.
enum Dest {
    Tls(Said),
    Cleartext(Said),
    Local,
    Unknown(Said),
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
        return Dest::Unknown(Said::new(
            "the FireLens output is defined in a configuration file, not in the task definition",
            "ecs-log-firelens-config-file",
            &[],
        ));
    };
    let Some(name) = name.as_str() else {
        return Dest::Unknown(Said::english(format!(
            "the FireLens output name {}",
            crate::unknown_reason(name)
        )));
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
        return Dest::Tls(Said::new(
            format!("the AWS Fluent Bit output {name}"),
            "ecs-log-tls-aws-output",
            &[("output", name)],
        ));
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
        return Dest::Unknown(Said::new(
            format!("the Fluent Bit output {name} is not one phiguard knows"),
            "ecs-log-unknown-output",
            &[("output", name)],
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
        return Dest::Tls(Said::new(
            format!("the Fluent Bit output {name} with TLS on"),
            "ecs-log-tls-fluent-bit",
            &[("output", name)],
        ));
    }
    if let Some(t) = opt(opts, "tls")
        && t.scalar_text().is_none()
    {
        return Dest::Unknown(Said::english(format!(
            "the tls option of the {name} output {}",
            crate::unknown_reason(t)
        )));
    }
    Dest::Cleartext(match host {
        Some(host) => Said::new(
            format!("the Fluent Bit {name} output to {host} without tls On"),
            "ecs-log-cleartext-fluent-bit-host",
            &[("output", name), ("host", host)],
        ),
        None => Said::new(
            format!("the Fluent Bit {name} output to its host without tls On"),
            "ecs-log-cleartext-fluent-bit",
            &[("output", name)],
        ),
    })
}

/// A Docker driver's address option: scheme and host.
fn address(opts: &[(&str, &Node)], key: &str, tls_schemes: &[&str]) -> Dest {
    let Some(n) = opt(opts, key) else {
        return Dest::Unknown(Said::new(
            format!("{key} is not set"),
            "ecs-log-address-absent",
            &[("key", key)],
        ));
    };
    let Some(url) = n.as_str() else {
        return Dest::Unknown(Said::english(format!("{key} {}", crate::unknown_reason(n))));
    };
    let (scheme, rest) = url.split_once("://").unwrap_or(("", url));
    let host = rest.split(['/', ':']).next().unwrap_or("");
    let scheme = scheme.to_ascii_lowercase();
    if scheme == "unix" || is_local(host) {
        Dest::Local
    } else if tls_schemes.contains(&scheme.as_str()) {
        Dest::Tls(Said::new(url, "ecs-log-tls-url", &[("url", url)]))
    } else {
        Dest::Cleartext(Said::new(url, "ecs-log-cleartext-url", &[("url", url)]))
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
            Some("awslogs") => Dest::Tls(Said::new(
                "CloudWatch Logs (awslogs)",
                "ecs-log-tls-awslogs",
                &[],
            )),
            Some("awsfirelens") => firelens(&opts),
            Some("splunk") => address(&opts, "splunk-url", &["https"]),
            Some("syslog") => address(&opts, "syslog-address", &["tcp+tls"]),
            Some("gelf") => address(&opts, "gelf-address", &[]),
            Some("fluentd") => Dest::Unknown(Said::new(
                "the fluentd driver's transport security depends on the receiving agent",
                "ecs-log-fluentd",
                &[],
            )),
            Some(_) => Dest::Local,
            None => {
                let driver = format!("{p}.LogDriver");
                Dest::Unknown(Said::new(
                    format!("{driver} is not resolvable"),
                    "ecs-log-driver-unresolvable",
                    &[("path", &driver)],
                ))
            }
        };
        // A message naming the container has a Fluent form only when the container is named.
        let container = |said: &Said, o: Outcome| match ecs_task::named(c) {
            Some(n) => said.say(o, Some(("container", n))),
            None => o,
        };
        match dest {
            Dest::Cleartext(what) => {
                return container(
                    &what,
                    Outcome::fail(format!(
                        "the container '{name}' ships its logs to {}, in cleartext",
                        what.text
                    )),
                )
                .at(&p, cfg.location.as_ref());
            }
            Dest::Tls(what) => {
                tls.get_or_insert(what);
            }
            Dest::Unknown(why) => {
                unknown.get_or_insert(
                    container(
                        &why,
                        Outcome::unknown(format!("the container '{name}': {}", why.text)),
                    )
                    .at("ContainerDefinitions", cfg.location.as_ref()),
                );
            }
            Dest::Local => {}
        }
    }
    match (unknown, tls) {
        (Some(o), _) => o,
        (None, Some(what)) => what.say(
            Outcome::pass(format!(
                "container logs leave the host over TLS ({})",
                what.text
            )),
            None,
        ),
        (None, None) => Outcome::not_applicable("no container ships its logs off the host")
            .l10n("ecs-log-none-off-host", &[]),
    }
}
