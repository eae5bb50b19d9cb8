//! AWS services named by their IAM (and ARN) service prefix, for flows to services whose
//! resource is outside the scan: `Resource: "*"`, an ARN of another stack, an API that
//! has no resource at all (`comprehend:DetectEntities`, `mechanicalturk:CreateHIT`).
//!
//! Each such flow ends at one node per service, of kind [`EXTERNAL_SERVICE`], named
//! "Amazon Pinpoint (outside this scan)". Its `Service` attribute is the service's name
//! in `spec/eligible-services.yaml` (absent when the prefix is not one phiguard knows),
//! so the eligibility rule can judge the hop.

/// The kind of the node that stands for a service outside the scan.
pub const EXTERNAL_SERVICE: &str = "phiguard::ExternalService";

/// An AWS service by IAM prefix: the name people know it by, and the entry of
/// `spec/eligible-services.yaml` that decides its eligibility (`None`: on no list, so not
/// HIPAA eligible in the whitepaper).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Service {
    /// IAM / ARN service prefix (`mobiletargeting`).
    pub prefix: &'static str,
    /// Display name (`Amazon Pinpoint`).
    pub name: &'static str,
    /// The entry of `spec/eligible-services.yaml` it falls under, if any.
    pub listed_as: Option<&'static str>,
}

const fn s(prefix: &'static str, name: &'static str) -> Service {
    Service {
        prefix,
        name,
        listed_as: Some(name),
    }
}

const fn as_(prefix: &'static str, name: &'static str, listed: &'static str) -> Service {
    Service {
        prefix,
        name,
        listed_as: Some(listed),
    }
}

const fn unlisted(prefix: &'static str, name: &'static str) -> Service {
    Service {
        prefix,
        name,
        listed_as: None,
    }
}

/// Services by prefix. Services on no list of `spec/eligible-services.yaml` are not HIPAA
/// eligible: a PHI flow into them fails.
pub const SERVICES: &[Service] = &[
    s("s3", "Amazon S3"),
    s("dynamodb", "Amazon DynamoDB"),
    s("sqs", "Amazon SQS"),
    s("sns", "Amazon SNS"),
    s("kinesis", "Amazon Kinesis Streams"),
    s("firehose", "Amazon Data Firehose"),
    s("logs", "Amazon CloudWatch Logs"),
    s("events", "Amazon EventBridge"),
    as_(
        "scheduler",
        "Amazon EventBridge Scheduler",
        "Amazon EventBridge",
    ),
    as_("pipes", "Amazon EventBridge Pipes", "Amazon EventBridge"),
    s("lambda", "AWS Lambda"),
    s("states", "AWS Step Functions"),
    as_("rds-db", "Amazon RDS", "Amazon RDS for PostgreSQL"),
    as_(
        "rds-data",
        "Amazon Aurora Data API",
        "Amazon Aurora PostgreSQL",
    ),
    s("redshift", "Amazon Redshift"),
    as_(
        "redshift-data",
        "Amazon Redshift Data API",
        "Amazon Redshift",
    ),
    s("es", "Amazon OpenSearch Service"),
    as_("elasticfilesystem", "Amazon EFS", "Amazon EFS"),
    as_("kafka", "Amazon MSK", "Amazon MSK"),
    as_("kafka-cluster", "Amazon MSK", "Amazon MSK"),
    s("healthlake", "Amazon HealthLake"),
    s("mobiletargeting", "Amazon Pinpoint"),
    as_(
        "sms-voice",
        "Amazon Pinpoint SMS and Voice",
        "Amazon Pinpoint",
    ),
    s("ses", "Amazon SES"),
    s("comprehend", "Amazon Comprehend"),
    s("comprehendmedical", "Amazon Comprehend Medical"),
    s("translate", "Amazon Translate"),
    s("textract", "Amazon Textract"),
    s("transcribe", "Amazon Transcribe"),
    s("polly", "Amazon Polly"),
    s("rekognition", "Amazon Rekognition"),
    s("lex", "Amazon Lex"),
    s("forecast", "Amazon Forecast"),
    s("sagemaker", "Amazon SageMaker"),
    s("athena", "Amazon Athena"),
    s("glue", "AWS Glue"),
    s("databrew", "AWS Glue DataBrew"),
    s("appflow", "Amazon AppFlow"),
    s("connect", "Amazon Connect"),
    s("quicksight", "Amazon QuickSight"),
    s("qldb", "Amazon QLDB"),
    s("mq", "Amazon MQ"),
    as_("neptune-db", "Amazon Neptune", "Amazon Neptune"),
    as_(
        "elasticache",
        "Amazon ElastiCache",
        "Amazon ElastiCache for Redis",
    ),
    as_(
        "kinesisanalytics",
        "Amazon Managed Service for Apache Flink",
        "Amazon Managed Service for Apache Flink",
    ),
    s("kinesisvideo", "Amazon Kinesis Video Streams"),
    as_("elasticmapreduce", "Amazon EMR", "Amazon EMR"),
    as_("ecs", "Amazon ECS", "Amazon ECS"),
    as_("eks", "Amazon EKS", "Amazon EKS"),
    s("batch", "AWS Batch"),
    as_("execute-api", "Amazon API Gateway", "Amazon API Gateway"),
    as_("apigateway", "Amazon API Gateway", "Amazon API Gateway"),
    as_("glacier", "Amazon S3 Glacier", "Amazon S3 Glacier"),
    s("backup", "AWS Backup"),
    s("datasync", "AWS DataSync"),
    as_(
        "dms",
        "AWS Database Migration Service",
        "AWS Database Migration Service",
    ),
    as_("transfer", "AWS Transfer Family", "AWS Transfer for SFTP"),
    s("storagegateway", "AWS Storage Gateway"),
    as_(
        "iot",
        "AWS IoT Core",
        "AWS IoT Core and AWS IoT Device Management",
    ),
    as_("dataexchange", "AWS Data Exchange", "AWS Data Exchange"),
    as_(
        "swf",
        "Amazon Simple Workflow Service",
        "Amazon Simple Workflow Service",
    ),
    s("workdocs", "Amazon WorkDocs"),
    s("codecommit", "AWS CodeCommit"),
    // On the list of services the whitepaper does not cover (judged unknown).
    s("bedrock", "Amazon Bedrock"),
    s("appsync", "AWS AppSync"),
    as_(
        "cassandra",
        "Amazon Keyspaces",
        "Amazon Keyspaces (for Apache Cassandra)",
    ),
    as_("timestream", "Amazon Timestream", "Amazon Timestream"),
    s("kendra", "Amazon Kendra"),
    s("personalize", "Amazon Personalize"),
    as_("geo", "Amazon Location Service", "Amazon Location Service"),
    as_(
        "aoss",
        "Amazon OpenSearch Serverless",
        "Amazon OpenSearch Serverless",
    ),
    as_("cognito-idp", "Amazon Cognito", "Amazon Cognito"),
    as_(
        "mediaconvert",
        "AWS Elemental MediaConvert",
        "AWS Elemental MediaConvert",
    ),
    as_("chime", "Amazon Chime", "Amazon Chime"),
    // Not HIPAA eligible.
    unlisted("mechanicalturk", "Amazon Mechanical Turk"),
    unlisted("gamelift", "Amazon GameLift"),
];

/// Prefixes whose calls carry credentials, configuration or telemetry about the caller
/// rather than the data it handles: no flow.
const NOT_DATA: &[&str] = &[
    "iam",
    "sts",
    "kms",
    "secretsmanager",
    "ssm",
    "ec2",
    "autoscaling",
    "cloudformation",
    "ecr",
    "acm",
    "tag",
    "organizations",
    "cloudwatch",
    "xray",
    "sso",
    "access-analyzer",
    "servicequotas",
    "health",
    // The Systems Manager agent's own channels.
    "ec2messages",
    "ssmmessages",
];

/// Actions whose verb reads as a data action but which report on the caller itself
/// (container agents' state and telemetry).
const NOT_DATA_ACTIONS: &[(&str, &str)] = &[
    ("ecs", "StartTelemetrySession"),
    ("ecs", "SubmitContainerStateChange"),
    ("ecs", "SubmitTaskStateChange"),
    ("ecs", "SubmitAttachmentStateChanges"),
    ("ecs", "PutAttributes"),
];

/// Verbs of API actions that hand the caller's data to the service (write or invoke).
const DATA_VERBS: &[&str] = &[
    "Put",
    "Send",
    "Publish",
    "Invoke",
    "Start",
    "Write",
    "Upload",
    "Import",
    "BatchWrite",
    "BatchPut",
    "BatchExecute",
    "Detect",
    "Analyze",
    "Translate",
    "Synthesize",
    "Recognize",
    "Converse",
    "Classify",
    "Execute",
    "Post",
    "Ingest",
    "Index",
    "Submit",
    "Retrieve",
];

/// Actions that hand data over although their verb does not say so.
const DATA_ACTIONS: &[(&str, &str)] = &[
    ("mechanicalturk", "CreateHIT"),
    ("mechanicalturk", "CreateHITWithHITType"),
    ("healthlake", "CreateResource"),
    ("healthlake", "UpdateResource"),
    ("dynamodb", "UpdateItem"),
];

/// The service of a prefix (case-insensitive), if phiguard knows it.
pub fn by_prefix(prefix: &str) -> Option<&'static Service> {
    SERVICES
        .iter()
        .find(|s| s.prefix.eq_ignore_ascii_case(prefix))
}

/// Whether calls of this prefix can carry the caller's data.
pub fn carries_data(prefix: &str) -> bool {
    !prefix.is_empty() && prefix != "*" && !NOT_DATA.iter().any(|p| p.eq_ignore_ascii_case(prefix))
}

/// Whether an IAM action pattern (the part after `service:`) may allow an action that
/// hands data to the service: its literal head (up to the first wildcard) is compatible
/// with a data verb or a known data action.
pub fn writes(prefix: &str, pattern: &str) -> bool {
    if !carries_data(prefix)
        || NOT_DATA_ACTIONS
            .iter()
            .any(|(p, a)| p.eq_ignore_ascii_case(prefix) && a.eq_ignore_ascii_case(pattern))
    {
        return false;
    }
    let head = pattern.split(['*', '?']).next().unwrap_or("");
    let wild = head.len() < pattern.len();
    let fits = |name: &str| {
        let (h, n) = (head.to_ascii_lowercase(), name.to_ascii_lowercase());
        if wild {
            n.starts_with(&h) || h.starts_with(&n)
        } else {
            h.starts_with(&n)
        }
    };
    DATA_VERBS.iter().any(|v| fits(v))
        || DATA_ACTIONS.iter().any(|(p, a)| {
            p.eq_ignore_ascii_case(prefix) && (fits(a) || pattern.eq_ignore_ascii_case(a))
        })
}

/// A string with each `${...}` token replaced by `$` (so `${AWS::Region}` no longer
/// splits an ARN at its colons, and a token is still seen as one).
pub fn without_tokens(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(start) = rest.find("${") {
        let Some(end) = rest[start..].find('}') else {
            break;
        };
        out.push_str(&rest[..start]);
        out.push('$');
        rest = &rest[start + end + 1..];
    }
    out.push_str(rest);
    out
}

/// The service prefix of an ARN (`arn:aws:sns:...` → `sns`).
pub fn arn_service(arn: &str) -> Option<String> {
    let arn = without_tokens(arn);
    let rest = arn.strip_prefix("arn:")?;
    let service = rest.split(':').nth(1)?;
    (!service.is_empty() && !service.contains(['$', '{', '}', '*', '/']))
        .then(|| service.to_ascii_lowercase())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_actions_by_verb() {
        assert!(writes("mobiletargeting", "SendMessages"));
        assert!(writes("mobiletargeting", "Send*"));
        assert!(writes("mobiletargeting", "*"));
        assert!(writes("mobiletargeting", "S*"));
        assert!(writes("comprehendmedical", "DetectEntitiesV2"));
        assert!(writes("mechanicalturk", "CreateHIT"));
        assert!(writes("mechanicalturk", "Create*"));
        assert!(!writes("mechanicalturk", "ListHITs"));
        assert!(!writes("mobiletargeting", "Get*"));
        assert!(!writes("kms", "*"));
        assert!(!writes("ec2", "CreateNetworkInterface"));
        assert!(!writes("*", "*"));
        assert!(!writes("translate", "CreateParallelData"));
        assert!(!writes("ecs", "StartTelemetrySession"));
        assert!(writes("ecs", "StartTask"));
        assert!(!writes("ssmmessages", "*"));
    }

    #[test]
    fn arn_services() {
        assert_eq!(
            arn_service("arn:aws:sns:us-east-1:1:topic").as_deref(),
            Some("sns")
        );
        assert_eq!(
            arn_service("arn:${AWS::Partition}:s3:::b").as_deref(),
            Some("s3")
        );
        assert_eq!(arn_service("arn:aws:${Svc}:x"), None);
        assert_eq!(
            without_tokens("arn:${AWS::Partition}:sqs:${AWS::Region}:1:q"),
            "arn:$:sqs:$:1:q"
        );
        assert_eq!(arn_service("topic"), None);
    }

    #[test]
    fn prefixes_are_unique() {
        for (i, a) in SERVICES.iter().enumerate() {
            assert!(
                SERVICES[i + 1..].iter().all(|b| b.prefix != a.prefix),
                "{} twice",
                a.prefix
            );
        }
    }
}
