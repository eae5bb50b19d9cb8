//! Container logs leave the host over TLS.
use crate::MessagePart;
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
    form: Option<MessagePart>,
}

impl Said {
    fn new(text: impl Into<String>, id: &'static str, args: &[(&'static str, &str)]) -> Self {
        Said {
            text: text.into(),
            form: Some(MessagePart::new(id, args)),
        }
    }
    /// Why `n`, the value of an option, cannot be read: `text` ends with the reason, said
    /// by message `id` with `args` and the reason as nested argument `reason`.
    fn unreadable(text: String, id: &'static str, args: &[(&'static str, &str)], n: &Node) -> Self {
        Said {
            text,
            form: crate::unknown_reason_l10n(n)
                .map(|reason| MessagePart::new(id, args).with("reason", reason)),
        }
    }
    /// `o` said with this form; `o` alone without a form.
    fn say(&self, mut o: Outcome) -> Outcome {
        o.l10n = self.form.clone().map(|p| vec![p]);
        o
    }
    /// `o` said with this form and argument `container` naming the container `c`.
    fn say_in(&self, o: Outcome, c: &Node) -> Outcome {
        match &self.form {
            Some(p) => {
                let args: Vec<(&'static str, &str)> =
                    p.args.iter().map(|(k, v)| (*k, v.as_str())).collect();
                let mut o = ecs_task::said_naming(o, p.id, &args, "container", ecs_task::named(c));
                if let Some(parts) = &mut o.l10n {
                    parts[0].nested.extend(p.nested.iter().cloned());
                }
                o
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
        return Dest::Unknown(Said::unreadable(
            format!("the FireLens output name {}", crate::unknown_reason(name)),
            "ecs-log-output-name-unknown",
            &[],
            name,
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
        return Dest::Unknown(Said::unreadable(
            format!(
                "the tls option of the {name} output {}",
                crate::unknown_reason(t)
            ),
            "ecs-log-tls-option-unknown",
            &[("output", name)],
            t,
        ));
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
        return Dest::Unknown(Said::unreadable(
            format!("{key} {}", crate::unknown_reason(n)),
            "ecs-log-address-unknown",
            &[("key", key)],
            n,
        ));
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
        match dest {
            Dest::Cleartext(what) => {
                return what
                    .say_in(
                        Outcome::fail(format!(
                            "the container '{name}' ships its logs to {}, in cleartext",
                            what.text
                        )),
                        c,
                    )
                    .at(&p, cfg.location.as_ref());
            }
            Dest::Tls(what) => {
                tls.get_or_insert(what);
            }
            Dest::Unknown(why) => {
                unknown.get_or_insert(
                    why.say_in(
                        Outcome::unknown(format!("the container '{name}': {}", why.text)),
                        c,
                    )
                    .at("ContainerDefinitions", cfg.location.as_ref()),
                );
            }
            Dest::Local => {}
        }
    }
    match (unknown, tls) {
        (Some(o), _) => o,
        (None, Some(what)) => what.say(Outcome::pass(format!(
            "container logs leave the host over TLS ({})",
            what.text
        ))),
        (None, None) => Outcome::not_applicable("no container ships its logs off the host")
            .l10n("ecs-log-none-off-host", &[]),
    }
}
