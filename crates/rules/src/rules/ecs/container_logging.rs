//! ECS containers send their logs somewhere durable.
use crate::judge::ecs_task;
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "ecs-container-logging",
    title: "Every container in an ECS task definition sends its logs to CloudWatch Logs or FireLens",
    severity: Severity::Medium,
    service: "Amazon ECS",
    section: "Amazon Elastic Container Service",
    cfr: &["45 CFR 164.312(b)", "45 CFR 164.308(a)(1)(ii)(D)"],
    requirements: &["ECS-LOGGING-CLOUDWATCH"],
    kinds: &["AWS::ECS::TaskDefinition"],
    phi_only: false,
    rationale: "The whitepaper asks that all container logs be directed to CloudWatch. A container \
without a log configuration (or with the none driver) loses its output when the task stops, so the \
activity of a service that handles PHI leaves no record to review. Other remote drivers (Splunk, \
Fluentd, GELF, syslog) and host-local drivers collected by an agent are reported as unknown: the \
template cannot show where the logs end up.",
    remediation: "Give every entry of `ContainerDefinitions` a `LogConfiguration` with `LogDriver: \
awslogs` (and `awslogs-group`, `awslogs-region`) or `awsfirelens`; in Terraform, \
`logConfiguration` in the `container_definitions` JSON of `aws_ecs_task_definition`.",
    check: Check::Resource(check),
};

fn check(_ctx: &Ctx, r: &Resource) -> Outcome {
    let containers = match ecs_task::containers(r) {
        Ok(c) => c,
        Err(unknown) => return unknown,
    };
    if containers.is_empty() {
        return Outcome::not_applicable("no container definitions").l10n("ecs-no-containers", &[]);
    }
    let mut unknown: Option<Outcome> = None;
    for (i, c) in containers.iter().enumerate() {
        let name = ecs_task::name(c);
        let said = |o: Outcome, id: &'static str, args: &[(&'static str, &str)]| {
            ecs_task::said_naming(o, id, args, "container", ecs_task::named(c))
        };
        let p = format!("ContainerDefinitions.{i}.LogConfiguration");
        let driver = match ecs_task::field(c, "LogConfiguration") {
            Lookup::Absent => {
                return said(Outcome::fail(format!("the container '{name}' has no LogConfiguration, so its logs are lost with the task")), "ecs-logging-none", &[])
                    .at(&p, c.location.as_ref());
            }
            Lookup::Unknown(n) => {
                unknown.get_or_insert(crate::outcome::path_unknown(&p, n));
                continue;
            }
            Lookup::Set(n) => ecs_task::field(n, "LogDriver"),
        };
        let driver_path = format!("{p}.LogDriver");
        match driver {
            Lookup::Set(d) => match d.as_str() {
                Some("awslogs" | "awsfirelens") => {}
                Some("none") => {
                    return said(Outcome::fail(format!("the container '{name}' uses the none log driver, so its logs are discarded")), "ecs-logging-none-driver", &[])
                        .at(&p, d.location.as_ref());
                }
                Some(other) => {
                    unknown.get_or_insert(said(Outcome::unknown(
                        format!("the container '{name}' logs with the {other} driver; whether the logs reach CloudWatch or another retained store is not visible here")), "ecs-logging-other-driver", &[("driver", other)])
                        .at(&p, d.location.as_ref()),
                    );
                }
                None => {
                    unknown.get_or_insert(crate::outcome::path_unknown(&driver_path, d));
                }
            },
            Lookup::Unknown(d) => {
                unknown.get_or_insert(crate::outcome::path_unknown(&driver_path, d));
            }
            Lookup::Absent => {
                return said(
                    Outcome::fail(format!(
                        "the container '{name}' has a LogConfiguration without a LogDriver"
                    )),
                    "ecs-logging-no-driver",
                    &[],
                )
                .at(&p, c.location.as_ref());
            }
        }
    }
    match unknown {
        Some(o) => {
            let at = o.location.clone();
            o.at("ContainerDefinitions", at.as_ref())
        }
        None => Outcome::pass("every container sends its logs to CloudWatch Logs or FireLens")
            .l10n("ecs-logging-ok", &[]),
    }
}
