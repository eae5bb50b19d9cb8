//! SageMaker jobs defined in templates encrypt their outputs with a named KMS key.
use crate::MessagePart;
use crate::judge::policy::document;
use crate::judge::reference::{with_reason, with_why};
use crate::prelude::*;

pub static RULE: Rule = Rule {
    id: "sagemaker-job-output-kms",
    title: "SageMaker training, processing, transform and monitoring jobs defined in templates encrypt outputs with a named KMS key",
    severity: Severity::High,
    service: "Amazon SageMaker",
    section: "Amazon SageMaker",
    cfr: &["45 CFR 164.312(a)(2)(iv)"],
    requirements: &["SAGEMAKER-TRAINING-OUTPUT-KMS"],
    kinds: &[
        "AWS::SageMaker::Pipeline",
        "AWS::SageMaker::DataQualityJobDefinition",
        "AWS::SageMaker::ModelQualityJobDefinition",
        "AWS::SageMaker::ModelBiasJobDefinition",
        "AWS::SageMaker::ModelExplainabilityJobDefinition",
        "AWS::SageMaker::MonitoringSchedule",
    ],
    phi_only: false,
    rationale: "Training artifacts, processing and transform outputs and monitoring reports are \
derived from PHI. The whitepaper asks to encrypt them with a KMS key given in the job's output \
configuration (OutputDataConfig.KmsKeyId for training); otherwise SageMaker falls back to the \
account's AWS managed S3 key. Training jobs started from code are API calls outside any template; \
this rule reads the jobs templates do define: SageMaker Pipelines steps and model-monitor job \
definitions.",
    remediation: "Name a KMS key in each job's output configuration: `OutputDataConfig.KmsKeyId` \
for training steps, `ProcessingOutputConfig.KmsKeyId` for processing, `TransformOutput.KmsKeyId` for \
transform, `<Kind>JobOutputConfig.KmsKeyId` or `MonitoringOutputConfig.KmsKeyId` for monitoring \
(Terraform: the `kms_key_id` of the same blocks). Also name the volume key \
(`ResourceConfig.VolumeKmsKeyId`, `ClusterConfig.VolumeKmsKeyId`).",
    check: Check::Resource(check),
};

fn output_key_path(kind: &str) -> Option<&'static str> {
    Some(match kind {
        "AWS::SageMaker::DataQualityJobDefinition" => "DataQualityJobOutputConfig.KmsKeyId",
        "AWS::SageMaker::ModelQualityJobDefinition" => "ModelQualityJobOutputConfig.KmsKeyId",
        "AWS::SageMaker::ModelBiasJobDefinition" => "ModelBiasJobOutputConfig.KmsKeyId",
        "AWS::SageMaker::ModelExplainabilityJobDefinition" => {
            "ModelExplainabilityJobOutputConfig.KmsKeyId"
        }
        "AWS::SageMaker::MonitoringSchedule" => {
            "MonitoringScheduleConfig.MonitoringJobDefinition.MonitoringOutputConfig.KmsKeyId"
        }
        _ => return None,
    })
}

fn check(ctx: &Ctx, r: &Resource) -> Outcome {
    if r.kind == "AWS::SageMaker::Pipeline" {
        return pipeline(ctx, r);
    }
    if r.kind == "AWS::SageMaker::MonitoringSchedule"
        && r.get("MonitoringScheduleConfig.MonitoringJobDefinition")
            .is_absent()
    {
        return Outcome::not_applicable(
            "the schedule runs a named job definition, which carries the verdict",
        )
        .l10n("sagemaker-schedule-named-job", &[]);
    }
    let Some(path) = output_key_path(&r.kind) else {
        return Outcome::not_applicable("not a job definition").l10n("sagemaker-job-not-job", &[]);
    };
    match is_set(r, path) {
        Ok(true) => Outcome::pass("job outputs are encrypted with the named KMS key")
            .l10n("sagemaker-job-output-kms-set", &[])
            .at_lookup(path, r.get(path)),
        Ok(false) => ctx.aws_default_said(
            path,
            (
                "No KMS key is named for the job's outputs",
                "sagemaker-job-output-kms-default-missing",
            ),
            (
                "encrypts them with the account's AWS managed S3 key",
                "sagemaker-job-output-kms-default-does",
            ),
        ),
        Err(unknown) => unknown,
    }
}

/// Where each step type names its output key.
fn step_output_key(step_type: &str) -> Option<(&'static str, &'static str)> {
    Some(match step_type {
        "Training" => (
            "Arguments.OutputDataConfig",
            "Arguments.OutputDataConfig.KmsKeyId",
        ),
        "Processing" => (
            "Arguments.ProcessingOutputConfig",
            "Arguments.ProcessingOutputConfig.KmsKeyId",
        ),
        "Transform" => (
            "Arguments.TransformOutput",
            "Arguments.TransformOutput.KmsKeyId",
        ),
        "Tuning" => (
            "Arguments.TrainingJobDefinition.OutputDataConfig",
            "Arguments.TrainingJobDefinition.OutputDataConfig.KmsKeyId",
        ),
        _ => return None,
    })
}

fn pipeline(ctx: &Ctx, r: &Resource) -> Outcome {
    const BODY: &str = "PipelineDefinition.PipelineDefinitionBody";
    let body = match r.get(BODY) {
        Lookup::Set(n) => n,
        Lookup::Unknown(n) => {
            let o = Outcome::unknown(format!(
                "the pipeline definition {}",
                crate::unknown_reason(n)
            ));
            return with_reason(o, n, "sagemaker-pipeline-definition-unreadable", &[])
                .at(BODY, n.location.as_ref());
        }
        Lookup::Absent => {
            return Outcome::unknown("the pipeline definition is read from S3 (PipelineDefinitionS3Location), so its steps cannot be judged here").l10n("sagemaker-pipeline-s3", &[]).at("PipelineDefinition", None);
        }
    };
    let doc = match document(body) {
        Ok(d) => d,
        Err(why) => {
            let o = Outcome::unknown(format!("the pipeline definition {why}"));
            return with_why(o, &why, "sagemaker-pipeline-definition-unreadable", &[])
                .at(BODY, body.location.as_ref());
        }
    };
    let steps = match doc.get("Steps") {
        Lookup::Set(s) => s.items(),
        _ => {
            return Outcome::unknown("the pipeline definition lists no readable Steps")
                .l10n("sagemaker-pipeline-no-steps", &[])
                .at(BODY, body.location.as_ref());
        }
    };
    let mut judged = Vec::new();
    let mut missing = Vec::new();
    for step in steps {
        let name = step
            .get("Name")
            .node()
            .and_then(Node::as_str)
            .unwrap_or("?")
            .to_string();
        let Some(ty) = step.get("Type").node().and_then(Node::as_str) else {
            continue;
        };
        let Some((_, key)) = step_output_key(ty) else {
            continue;
        };
        judged.push(name.clone());
        // Keys may be pipeline parameters ({"Get": "Parameters.KmsKey"}): any value counts.
        if step.get(key).is_absent() {
            missing.push((ty, name));
        }
    }
    if judged.is_empty() {
        return Outcome::not_applicable(
            "the pipeline has no training, processing, transform or tuning steps",
        )
        .l10n("sagemaker-pipeline-no-job-steps", &[]);
    }
    if missing.is_empty() {
        let steps = judged.join(", ");
        return Outcome::pass(format!("every job step names an output KMS key ({steps})"))
            .l10n("sagemaker-pipeline-all-keys", &[("steps", &steps)])
            .at(BODY, body.location.as_ref());
    }
    let steps: Vec<String> = missing
        .iter()
        .map(|(ty, name)| format!("{ty} step '{name}'"))
        .collect();
    let out = ctx.aws_default(
        BODY,
        &format!("No output KMS key is named for {}", steps.join(", ")),
        "encrypts those outputs with the account's AWS managed S3 key",
    );
    let id = if out.verdict == crate::Verdict::Pass {
        "helper-aws-default-trusted"
    } else {
        "helper-aws-default-fail"
    };
    // The steps, said one message each: "Training step 'A', Processing step 'B'".
    let steps = missing.iter().rev().fold(None, |rest, (ty, name)| {
        let args = [("type", *ty), ("name", name.as_str())];
        Some(match rest {
            None => MessagePart::new("sagemaker-pipeline-step", &args),
            Some(rest) => MessagePart::new("sagemaker-pipeline-step-and", &args).with("rest", rest),
        })
    });
    let mut out = out.l10n_refs(id, &[], &[("does", "sagemaker-pipeline-default-does")]);
    if let (Some(parts), Some(steps)) = (&mut out.l10n, steps) {
        let missing =
            MessagePart::new("sagemaker-pipeline-default-missing", &[]).with("steps", steps);
        parts[0].nested.push(("missing", missing));
    }
    out.at(BODY, body.location.as_ref())
}
