//! The ways data moves between resources, and how each hop travels.

/// How data moves along a [`phiguard_model::EdgeKind::DataFlow`] edge. The edge's
/// `via` text starts with the mechanism's [`label`](Mechanism::label) and may add
/// detail after a colon (`iam: s3:GetObject`, `sam event: SQS`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Mechanism {
    /// An IAM policy of the compute's role grants data access (`iam: s3:GetObject`).
    Iam,
    /// A SAM policy template on a function (`sam policy: S3ReadPolicy`).
    SamPolicy,
    /// A SAM connector (`sam connector: Read`).
    SamConnector,
    /// A function's environment variable names the store (`environment variable: TABLE`).
    EnvironmentVariable,
    /// An S3 bucket notifies a function, queue or topic.
    S3Notification,
    /// An SNS topic delivers to a subscription (the subscription decides the protocol).
    SnsSubscription,
    /// A subscription hands the message to its endpoint resource.
    SnsDelivery,
    /// A Lambda event source mapping polls a stream or queue.
    EventSourceMapping,
    /// A SAM function event (`sam event: SQS`).
    SamEvent,
    /// A function's dead-letter queue or asynchronous-invocation destination, or a queue's
    /// redrive target.
    DeadLetter,
    /// A Firehose delivery stream reads its source stream.
    FirehoseSource,
    /// A Firehose delivery stream writes to its destination (or backup bucket).
    FirehoseDestination,
    /// S3 replication to another bucket.
    S3Replication,
    /// A database replica or clone of another database.
    DatabaseReplica,
    /// A CloudWatch Logs subscription filter.
    LogsSubscription,
    /// API Gateway passes a request to its method or route.
    ApiRoute,
    /// API Gateway calls its integration (request).
    ApiIntegration,
    /// The integration's response returns through API Gateway.
    ApiIntegrationResponse,
    /// A Step Functions task (input, and output back to the state machine).
    StepFunctionsTask,
    /// A load balancer hands a request to its listener, a listener to its target group
    /// (inside the load balancer).
    LoadBalancerForward,
    /// A target group sends a request to its targets.
    LoadBalancerTarget,
    /// A target answers through its target group, listener and load balancer.
    LoadBalancerResponse,
    /// A CloudFront distribution fetches from its origin.
    CloudFrontOrigin,
    /// AWS Backup copies a resource into a vault.
    Backup,
    /// An EventBridge event bus hands matching events to a rule.
    EventRule,
    /// An EventBridge rule sends the event to its target.
    EventTarget,
    /// An EventBridge pipe reads its source and sends to its target.
    Pipe,
}

/// Which way a request/response mechanism carries data.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Leg {
    /// Toward the backend (client → API → function, listener → target group → target).
    Request,
    /// Back toward the client.
    Response,
}

/// Who decides whether a hop is encrypted in transit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Hop {
    /// AWS services call each other's HTTPS APIs (SDK calls, event delivery, replication,
    /// API Gateway integrations with AWS services).
    ServiceApi,
    /// The configuration of one of the two resources decides (an SNS subscription's
    /// protocol, a target group's protocol, a CloudFront origin's protocol policy).
    Configured,
    /// The data stays inside one service (a listener handing a request to its target group).
    Internal,
}

const ALL: &[Mechanism] = &[
    Mechanism::Iam,
    Mechanism::SamPolicy,
    Mechanism::SamConnector,
    Mechanism::EnvironmentVariable,
    Mechanism::S3Notification,
    Mechanism::SnsSubscription,
    Mechanism::SnsDelivery,
    Mechanism::EventSourceMapping,
    Mechanism::SamEvent,
    Mechanism::DeadLetter,
    Mechanism::FirehoseSource,
    Mechanism::FirehoseDestination,
    Mechanism::S3Replication,
    Mechanism::DatabaseReplica,
    Mechanism::LogsSubscription,
    Mechanism::ApiRoute,
    Mechanism::ApiIntegrationResponse,
    Mechanism::ApiIntegration,
    Mechanism::StepFunctionsTask,
    Mechanism::LoadBalancerForward,
    Mechanism::LoadBalancerTarget,
    Mechanism::LoadBalancerResponse,
    Mechanism::CloudFrontOrigin,
    Mechanism::Backup,
    Mechanism::EventRule,
    Mechanism::EventTarget,
    Mechanism::Pipe,
];

impl Mechanism {
    /// The text an edge's `via` starts with.
    pub fn label(self) -> &'static str {
        match self {
            Mechanism::Iam => "iam",
            Mechanism::SamPolicy => "sam policy",
            Mechanism::SamConnector => "sam connector",
            Mechanism::EnvironmentVariable => "environment variable",
            Mechanism::S3Notification => "s3 event notification",
            Mechanism::SnsSubscription => "sns subscription",
            Mechanism::SnsDelivery => "sns delivery",
            Mechanism::EventSourceMapping => "event source mapping",
            Mechanism::SamEvent => "sam event",
            Mechanism::DeadLetter => "dead-letter or destination",
            Mechanism::FirehoseSource => "firehose source",
            Mechanism::FirehoseDestination => "firehose destination",
            Mechanism::S3Replication => "s3 replication",
            Mechanism::DatabaseReplica => "database replica",
            Mechanism::LogsSubscription => "logs subscription filter",
            Mechanism::ApiRoute => "api gateway route",
            Mechanism::ApiIntegration => "api gateway integration",
            Mechanism::ApiIntegrationResponse => "api gateway integration response",
            Mechanism::StepFunctionsTask => "step functions task",
            Mechanism::LoadBalancerForward => "load balancer forward",
            Mechanism::LoadBalancerTarget => "load balancer target",
            Mechanism::LoadBalancerResponse => "load balancer response",
            Mechanism::CloudFrontOrigin => "cloudfront origin",
            Mechanism::Backup => "aws backup",
            Mechanism::EventRule => "eventbridge rule",
            Mechanism::EventTarget => "eventbridge target",
            Mechanism::Pipe => "eventbridge pipe",
        }
    }

    /// The mechanism an edge's `via` text names, if it is one of these.
    pub fn of(via: &str) -> Option<Mechanism> {
        let head = via.split(':').next().unwrap_or(via).trim();
        ALL.iter().copied().find(|m| m.label() == head)
    }

    /// The `via` text for this mechanism with a detail (`iam: s3:GetObject`).
    pub fn via(self, detail: &str) -> String {
        if detail.is_empty() {
            self.label().to_string()
        } else {
            format!("{}: {detail}", self.label())
        }
    }

    /// Who decides whether the hop is encrypted in transit.
    pub fn hop(self) -> Hop {
        match self {
            Mechanism::SnsSubscription
            | Mechanism::SnsDelivery
            | Mechanism::LoadBalancerTarget
            | Mechanism::LoadBalancerResponse
            | Mechanism::CloudFrontOrigin => Hop::Configured,
            Mechanism::ApiRoute | Mechanism::LoadBalancerForward => Hop::Internal,
            _ => Hop::ServiceApi,
        }
    }
}

impl Mechanism {
    /// For request/response mechanisms, which way the edge goes. A response that reaches
    /// a front door goes back to the client, not into the door's other backends, so PHI
    /// propagation does not turn from a response leg into a request leg.
    pub fn leg(self) -> Option<Leg> {
        match self {
            Mechanism::ApiIntegration
            | Mechanism::LoadBalancerForward
            | Mechanism::LoadBalancerTarget => Some(Leg::Request),
            Mechanism::ApiIntegrationResponse | Mechanism::LoadBalancerResponse => {
                Some(Leg::Response)
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn labels_round_trip() {
        for &m in ALL {
            assert_eq!(Mechanism::of(&m.via("detail")), Some(m), "{m:?}");
            assert_eq!(Mechanism::of(m.label()), Some(m), "{m:?}");
        }
        assert_eq!(
            Mechanism::of("iam: s3:GetObject, s3:PutObject"),
            Some(Mechanism::Iam)
        );
        assert_eq!(Mechanism::of("Properties.Role"), None);
    }
}
