//! One small template per mechanism: the data-flow edges `derive` finds.

use phiguard_model::{EdgeKind, Graph};

/// The data-flow edges of one or more templates, as `From -> To [via]`, sorted.
fn flows_of(templates: &[&str]) -> Vec<String> {
    let mut g = Graph::new();
    for (i, t) in templates.iter().enumerate() {
        let unit = phiguard_cloudformation::read(&format!("t{i}.yaml"), t, &Default::default())
            .expect("parses")
            .expect("is a template");
        g.add_unit(unit.resources);
    }
    phiguard_flow::derive(&mut g);
    let mut out: Vec<String> = g
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
    out.sort();
    out
}

fn flows(template: &str) -> Vec<String> {
    flows_of(&[template])
}

#[test]
fn iam_role_policies_give_read_and_write_directions() {
    let f = flows(
        r#"
Resources:
  PatientRecords:
    Type: AWS::S3::Bucket
  ClaimsTable:
    Type: AWS::DynamoDB::Table
  AuditKey:
    Type: AWS::KMS::Key
  IngestRole:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: data
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [s3:GetObject, s3:ListBucket]
                Resource: !Sub "${PatientRecords.Arn}/*"
              - Effect: Allow
                Action: dynamodb:PutItem
                Resource: !GetAtt ClaimsTable.Arn
              - Effect: Allow
                Action: kms:Decrypt
                Resource: !GetAtt AuditKey.Arn
              - Effect: Deny
                Action: s3:PutObject
                Resource: !Sub "arn:aws:s3:::${PatientRecords}/*"
              - Effect: Allow
                Action: s3:*
                Resource: "*"
  Ingest:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt IngestRole.Arn
"#,
    );
    assert_eq!(
        f,
        vec![
            "Ingest -> Amazon S3 (outside this scan) [iam: s3:*]",
            "Ingest -> ClaimsTable [iam: dynamodb:PutItem]",
            "PatientRecords -> Ingest [iam: s3:GetObject]",
        ]
    );
}

#[test]
fn writes_to_services_outside_the_scan_end_at_one_node_per_service() {
    let f = flows(
        r#"
Resources:
  Letters:
    Type: AWS::S3::Bucket
  Reviews:
    Type: AWS::SQS::Queue
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: data
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: [mechanicalturk:CreateHIT, mechanicalturk:ListHITs]
                Resource: "*"
              - Effect: Allow
                Action: mobiletargeting:Send*
                Resource: arn:aws:mobiletargeting:us-east-1:111122223333:apps/abc/messages
              - Effect: Allow
                Action: sqs:SendMessage
                Resource: [!GetAtt Reviews.Arn, arn:aws:sqs:us-east-1:444455556666:elsewhere]
              - Effect: Allow
                Action: [kms:Encrypt, ec2:CreateNetworkInterface, translate:ListTerminologies, s3:GetObject]
                Resource: "*"
              - Effect: Allow
                Action: "*"
                Resource: "*"
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
  Other:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
"#,
    );
    assert_eq!(
        f,
        vec![
            "Other -> Amazon Mechanical Turk (outside this scan) [iam: mechanicalturk:CreateHIT]",
            "Other -> Amazon Pinpoint (outside this scan) [iam: mobiletargeting:Send*]",
            "Other -> Amazon SQS (outside this scan) [iam: sqs:SendMessage]",
            "Other -> Reviews [iam: sqs:SendMessage]",
            "Worker -> Amazon Mechanical Turk (outside this scan) [iam: mechanicalturk:CreateHIT]",
            "Worker -> Amazon Pinpoint (outside this scan) [iam: mobiletargeting:Send*]",
            "Worker -> Amazon SQS (outside this scan) [iam: sqs:SendMessage]",
            "Worker -> Reviews [iam: sqs:SendMessage]",
        ]
    );
}

#[test]
fn external_nodes_record_where_each_hop_is_declared() {
    let mut g = Graph::new();
    let unit = phiguard_cloudformation::read(
        "t.yaml",
        r#"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: p
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: gamelift:StartGameSessionPlacement
                Resource: "*"
              - Effect: Allow
                Action: someday:PutThing
                Resource: "*"
  Worker:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
"#,
        &Default::default(),
    )
    .unwrap()
    .unwrap();
    g.add_unit(unit.resources);
    phiguard_flow::derive(&mut g);
    let worker = g
        .resources()
        .iter()
        .find(|r| r.name == "Worker")
        .unwrap()
        .id;
    let ext: Vec<_> = g
        .resources()
        .iter()
        .filter(|r| phiguard_flow::is_external(r))
        .collect();
    assert_eq!(ext.len(), 2);
    let gamelift = ext
        .iter()
        .find(|r| r.name.starts_with("Amazon GameLift"))
        .unwrap();
    assert_eq!(
        gamelift.get("Service").node().unwrap().as_str(),
        Some("Amazon GameLift")
    );
    assert!(
        gamelift.get("ListedAs").is_absent(),
        "GameLift is on no list"
    );
    let at = phiguard_flow::hop_location(gamelift, worker).expect("located");
    assert_eq!(at.line, 11);
    let unknown = ext.iter().find(|r| r.name.contains("someday")).unwrap();
    assert!(unknown.get("Service").is_absent());
}

#[test]
fn eventbridge_rules_pipes_and_subscriptions_reach_services_outside_the_scan() {
    let f = flows(
        r#"
Resources:
  Bus:
    Type: AWS::Events::EventBus
    Properties: { Name: referrals }
  Forward:
    Type: AWS::Events::Rule
    Properties:
      EventBusName: !Ref Bus
      Targets:
        - { Id: local, Arn: !GetAtt Review.Arn }
        - { Id: remote, Arn: "arn:aws:sqs:us-east-1:444455556666:referral-review" }
  Review:
    Type: AWS::Lambda::Function
  Stream:
    Type: AWS::Kinesis::Stream
  Pipe:
    Type: AWS::Pipes::Pipe
    Properties:
      Source: !GetAtt Stream.Arn
      Target: arn:aws:states:us-east-1:444455556666:stateMachine:triage
  Topic:
    Type: AWS::SNS::Topic
  Sub:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Topic
      Protocol: lambda
      Endpoint: arn:aws:lambda:us-east-1:444455556666:function:notify
"#,
    );
    assert_eq!(
        f,
        vec![
            "Bus -> Forward [eventbridge rule]",
            "Forward -> Amazon SQS (outside this scan) [eventbridge target: remote]",
            "Forward -> Review [eventbridge target: local]",
            "Pipe -> AWS Step Functions (outside this scan) [eventbridge pipe: target]",
            "Stream -> Pipe [eventbridge pipe: source]",
            "Sub -> AWS Lambda (outside this scan) [sns delivery: lambda]",
            "Topic -> Sub [sns subscription: lambda]",
        ]
    );
}

#[test]
fn integrations_with_services_outside_the_scan() {
    let f = flows(
        r#"
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  Send:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      Integration:
        Type: AWS
        Uri: !Sub "arn:aws:apigateway:${AWS::Region}:sqs:path/444455556666/intake"
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
  Put:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref HttpApi
      IntegrationType: AWS_PROXY
      IntegrationSubtype: EventBridge-PutEvents
      RequestParameters: { Detail: $request.body, EventBusName: shared-bus }
  Flow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      Definition:
        StartAt: Translate
        States:
          Translate:
            Type: Task
            Resource: arn:aws:states:::aws-sdk:translate:translateText
            Next: List
          List:
            Type: Task
            Resource: arn:aws:states:::aws-sdk:translate:listTerminologies
            End: true
"#,
    );
    assert_eq!(
        f,
        vec![
            "Api -> Send [api gateway route]",
            "Flow -> Amazon Translate (outside this scan) [step functions task: aws-sdk:translate:translateText]",
            "HttpApi -> Put [api gateway route]",
            "Put -> Amazon EventBridge (outside this scan) [api gateway integration: EventBridge-PutEvents]",
            "Send -> Amazon SQS (outside this scan) [api gateway integration: AWS]",
        ]
    );
}

#[test]
fn separate_policies_managed_policies_and_instance_profiles() {
    let f = flows(
        r#"
Resources:
  Referrals:
    Type: AWS::SQS::Queue
    Properties:
      QueueName: referrals
  Letters:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: referral-letters
  WorkerRole:
    Type: AWS::IAM::Role
    Properties:
      ManagedPolicyArns: [!Ref LettersWrite]
  LettersWrite:
    Type: AWS::IAM::ManagedPolicy
    Properties:
      PolicyDocument:
        Statement:
          - Effect: Allow
            Action: ["s3:Put*"]
            Resource: arn:aws:s3:::referral-letters/*
  QueueRead:
    Type: AWS::IAM::Policy
    Properties:
      Roles: [!Ref WorkerRole]
      PolicyDocument: '{"Statement":[{"Effect":"Allow","Action":"sqs:ReceiveMessage","Resource":"arn:aws:sqs:us-east-1:111122223333:referrals"}]}'
  WorkerProfile:
    Type: AWS::IAM::InstanceProfile
    Properties:
      Roles: [!Ref WorkerRole]
  Worker:
    Type: AWS::EC2::Instance
    Properties:
      IamInstanceProfile: !Ref WorkerProfile
  TaskRole:
    Type: AWS::IAM::Role
  TaskRead:
    Type: AWS::IAM::RolePolicy
    Properties:
      RoleName: !Ref TaskRole
      PolicyDocument:
        Statement:
          Effect: Allow
          Action: "*"
          Resource: !GetAtt Referrals.Arn
  Task:
    Type: AWS::ECS::TaskDefinition
    Properties:
      TaskRoleArn: !GetAtt TaskRole.Arn
"#,
    );
    assert_eq!(
        f,
        vec![
            "Referrals -> Task [iam: *]",
            "Referrals -> Worker [iam: sqs:ReceiveMessage]",
            "Task -> Referrals [iam: *]",
            "Worker -> Letters [iam: s3:Put*]",
        ]
    );
}

#[test]
fn sam_policy_templates_connectors_and_environment() {
    let f = flows(
        r#"
Transform: AWS::Serverless-2016-10-31
Resources:
  Intake:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Policies:
        - S3ReadPolicy:
            BucketName: !Ref Scans
        - DynamoDBCrudPolicy:
            TableName: !Ref Patients
      Environment:
        Variables:
          TABLE: !Ref Patients
          AUDIT_QUEUE: !GetAtt Audit.QueueName
          STAGE: prod
  Scans:
    Type: AWS::S3::Bucket
  Patients:
    Type: AWS::Serverless::SimpleTable
  Audit:
    Type: AWS::SQS::Queue
  Notify:
    Type: AWS::SNS::Topic
  IntakeToNotify:
    Type: AWS::Serverless::Connector
    Properties:
      Source: {Id: Intake}
      Destination: {Id: Notify}
      Permissions: [Write]
"#,
    );
    assert_eq!(
        f,
        vec![
            "Audit -> Intake [environment variable: AUDIT_QUEUE]",
            "Intake -> Audit [environment variable: AUDIT_QUEUE]",
            "Intake -> Notify [sam policy: connector IntakeToNotify Write]",
            "Intake -> Patients [sam policy: DynamoDBCrudPolicy]",
            "Patients -> Intake [sam policy: DynamoDBCrudPolicy]",
            "Scans -> Intake [sam policy: S3ReadPolicy]",
        ]
    );
}

#[test]
fn s3_notifications_and_sns_subscriptions() {
    let f = flows(
        r#"
Resources:
  Uploads:
    Type: AWS::S3::Bucket
    Properties:
      NotificationConfiguration:
        LambdaConfigurations:
          - Event: s3:ObjectCreated:*
            Function: !GetAtt Scan.Arn
        QueueConfigurations:
          - Event: s3:ObjectCreated:*
            Queue: !GetAtt Pending.Arn
        TopicConfigurations:
          - Event: s3:ObjectRemoved:*
            Topic: !Ref Alerts
  Scan:
    Type: AWS::Lambda::Function
  Pending:
    Type: AWS::SQS::Queue
  Alerts:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - Protocol: sqs
          Endpoint: !GetAtt Pending.Arn
        - Protocol: https
          Endpoint: https://partner.example.com/hook
  ScanSubscription:
    Type: AWS::SNS::Subscription
    Properties:
      TopicArn: !Ref Alerts
      Protocol: lambda
      Endpoint: !GetAtt Scan.Arn
"#,
    );
    assert_eq!(
        f,
        vec![
            "Alerts -> Pending [sns subscription: sqs]",
            "Alerts -> ScanSubscription [sns subscription: lambda]",
            "ScanSubscription -> Scan [sns delivery: lambda]",
            "Uploads -> Alerts [s3 event notification]",
            "Uploads -> Pending [s3 event notification]",
            "Uploads -> Scan [s3 event notification]",
        ]
    );
}

#[test]
fn event_sources_sam_events_and_dead_letters() {
    let f = flows(
        r#"
Transform: AWS::Serverless-2016-10-31
Resources:
  Vitals:
    Type: AWS::Kinesis::Stream
  Encounters:
    Type: AWS::DynamoDB::Table
  Retry:
    Type: AWS::SQS::Queue
  Orders:
    Type: AWS::SQS::Queue
    Properties:
      RedrivePolicy:
        deadLetterTargetArn: !GetAtt Retry.Arn
        maxReceiveCount: 3
  Api:
    Type: AWS::Serverless::Api
    Properties:
      StageName: prod
  Consumer:
    Type: AWS::Lambda::Function
    Properties:
      FunctionName: vitals-consumer
      DeadLetterConfig:
        TargetArn: !GetAtt Retry.Arn
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !GetAtt Vitals.Arn
      FunctionName: vitals-consumer
  Handler:
    Type: AWS::Serverless::Function
    Properties:
      Events:
        Stream:
          Type: DynamoDB
          Properties:
            Stream: !GetAtt Encounters.StreamArn
        Queue:
          Type: SQS
          Properties:
            Queue: !GetAtt Orders.Arn
        Get:
          Type: Api
          Properties:
            RestApiId: !Ref Api
            Path: /orders
            Method: get
        Nightly:
          Type: Schedule
          Properties:
            Schedule: rate(1 day)
"#,
    );
    assert_eq!(
        f,
        vec![
            "Api -> Handler [api gateway integration: sam event Api GET /orders]",
            "Consumer -> Retry [dead-letter or destination: dead-letter queue]",
            "Encounters -> Handler [sam event: DynamoDB]",
            "Handler -> Api [api gateway integration response: sam event Api GET /orders]",
            "Orders -> Handler [sam event: SQS]",
            "Orders -> Retry [dead-letter or destination: redrive]",
            "Vitals -> Consumer [event source mapping]",
        ]
    );
}

#[test]
fn firehose_replication_replicas_logs_and_backup() {
    let f = flows(
        r#"
Resources:
  Vitals:
    Type: AWS::Kinesis::Stream
  Archive:
    Type: AWS::S3::Bucket
    Properties:
      ReplicationConfiguration:
        Role: arn:aws:iam::111122223333:role/replication
        Rules:
          - Status: Enabled
            Destination:
              Bucket: !GetAtt ArchiveCopy.Arn
  ArchiveCopy:
    Type: AWS::S3::Bucket
    Properties:
      Tags:
        - Key: backup
          Value: daily
  Delivery:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      DeliveryStreamType: KinesisStreamAsSource
      KinesisStreamSourceConfiguration:
        KinesisStreamARN: !GetAtt Vitals.Arn
        RoleARN: arn:aws:iam::111122223333:role/firehose
      HttpEndpointDestinationConfiguration:
        EndpointConfiguration:
          Url: https://analytics.example.com/ingest
        S3Configuration:
          BucketARN: !GetAtt Archive.Arn
  ClaimsDb:
    Type: AWS::RDS::DBInstance
  ClaimsReplica:
    Type: AWS::RDS::DBInstance
    Properties:
      SourceDBInstanceIdentifier: !Ref ClaimsDb
  AppLogs:
    Type: AWS::Logs::LogGroup
  ToFirehose:
    Type: AWS::Logs::SubscriptionFilter
    Properties:
      LogGroupName: !Ref AppLogs
      FilterPattern: ""
      DestinationArn: !GetAtt Delivery.Arn
  Vault:
    Type: AWS::Backup::BackupVault
  Plan:
    Type: AWS::Backup::BackupPlan
    Properties:
      BackupPlan:
        BackupPlanName: daily
        BackupPlanRule:
          - RuleName: daily
            TargetBackupVault: !Ref Vault
  Selection:
    Type: AWS::Backup::BackupSelection
    Properties:
      BackupPlanId: !Ref Plan
      BackupSelection:
        SelectionName: phi
        IamRoleArn: arn:aws:iam::111122223333:role/backup
        Resources:
          - !Sub arn:aws:rds:${AWS::Region}:${AWS::AccountId}:db:${ClaimsDb}
        ListOfTags:
          - ConditionType: STRINGEQUALS
            ConditionKey: backup
            ConditionValue: daily
"#,
    );
    assert_eq!(
        f,
        vec![
            "AppLogs -> Delivery [logs subscription filter]",
            "Archive -> ArchiveCopy [s3 replication]",
            "ArchiveCopy -> Vault [aws backup]",
            "ClaimsDb -> ClaimsReplica [database replica: SourceDBInstanceIdentifier]",
            "ClaimsDb -> Vault [aws backup]",
            "Delivery -> Archive [firehose destination: HttpEndpoint]",
            "Vitals -> Delivery [firehose source]",
        ]
    );
}

#[test]
fn api_gateway_load_balancers_and_cloudfront() {
    let f = flows(
        r#"
Resources:
  Api:
    Type: AWS::ApiGateway::RestApi
  GetPatient:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: GET
      Integration:
        Type: AWS_PROXY
        IntegrationHttpMethod: POST
        Uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Lookup.Arn}/invocations
  Forward:
    Type: AWS::ApiGateway::Method
    Properties:
      RestApiId: !Ref Api
      HttpMethod: POST
      Integration:
        Type: HTTP_PROXY
        Uri: http://legacy.example.com/records
  Lookup:
    Type: AWS::Lambda::Function
  Alb:
    Type: AWS::ElasticLoadBalancingV2::LoadBalancer
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
    Properties:
      LoadBalancerArn: !Ref Alb
      Protocol: HTTPS
      DefaultActions:
        - Type: forward
          TargetGroupArn: !Ref Web
  Web:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Protocol: HTTP
      Targets:
        - Id: !Ref WebServer
  WebServer:
    Type: AWS::EC2::Instance
  Portal:
    Type: AWS::S3::Bucket
  Cdn:
    Type: AWS::CloudFront::Distribution
    Properties:
      DistributionConfig:
        Origins:
          - Id: portal
            DomainName: !GetAtt Portal.RegionalDomainName
            S3OriginConfig: {}
          - Id: app
            DomainName: !GetAtt Alb.DNSName
            CustomOriginConfig:
              OriginProtocolPolicy: https-only
"#,
    );
    assert_eq!(
        f,
        vec![
            "Alb -> Cdn [cloudfront origin: app]",
            "Alb -> Listener [load balancer forward]",
            "Api -> Forward [api gateway route]",
            "Api -> GetPatient [api gateway route]",
            "GetPatient -> Lookup [api gateway integration: AWS_PROXY]",
            "Listener -> Alb [load balancer response]",
            "Listener -> Web [load balancer forward]",
            "Lookup -> GetPatient [api gateway integration response: AWS_PROXY]",
            "Portal -> Cdn [cloudfront origin: portal]",
            "Web -> Listener [load balancer response]",
            "Web -> WebServer [load balancer target]",
            "WebServer -> Web [load balancer response]",
        ]
    );
}

#[test]
fn step_functions_tasks() {
    let f = flows(
        r#"
Resources:
  Validate:
    Type: AWS::Lambda::Function
  Results:
    Type: AWS::DynamoDB::Table
  Done:
    Type: AWS::SNS::Topic
  Workflow:
    Type: AWS::StepFunctions::StateMachine
    Properties:
      DefinitionSubstitutions:
        ValidateArn: !GetAtt Validate.Arn
        DoneTopic: !Ref Done
      DefinitionString: !Sub |
        {
          "StartAt": "Validate",
          "States": {
            "Validate": {"Type": "Task", "Resource": "${!ValidateArn}", "Next": "Save"},
            "Save": {"Type": "Task", "Resource": "arn:aws:states:::dynamodb:putItem",
                     "Parameters": {"TableName": "${Results}", "Item": {}}, "Next": "Tell"},
            "Tell": {"Type": "Task", "Resource": "arn:aws:states:::sns:publish",
                     "Parameters": {"TopicArn": "${!DoneTopic}", "Message.$": "$"}, "End": true}
          }
        }
"#,
    );
    assert_eq!(
        f,
        vec![
            "Validate -> Workflow [step functions task: lambda result]",
            "Workflow -> Done [step functions task: sns:publish]",
            "Workflow -> Results [step functions task: dynamodb:putItem]",
            "Workflow -> Validate [step functions task: lambda]",
        ]
    );
}

#[test]
fn ecs_services_and_auto_scaling_groups_are_load_balancer_targets() {
    let f = flows(
        r#"
Resources:
  Api:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Protocol: HTTPS
  Task:
    Type: AWS::ECS::TaskDefinition
  Service:
    Type: AWS::ECS::Service
    Properties:
      TaskDefinition: !Ref Task
      LoadBalancers:
        - TargetGroupArn: !Ref Api
          ContainerName: app
          ContainerPort: 8443
  Template:
    Type: AWS::EC2::LaunchTemplate
  Fleet:
    Type: AWS::AutoScaling::AutoScalingGroup
    Properties:
      LaunchTemplate:
        LaunchTemplateId: !Ref Template
        Version: !GetAtt Template.LatestVersionNumber
      TargetGroupARNs: [!Ref Api]
"#,
    );
    assert_eq!(
        f,
        vec![
            "Api -> Task [load balancer target: ECS service Service]",
            "Api -> Template [load balancer target: Auto Scaling group Fleet]",
            "Task -> Api [load balancer response: ECS service Service]",
            "Template -> Api [load balancer response: Auto Scaling group Fleet]",
        ]
    );
}

#[test]
fn literal_names_link_templates_but_ambiguous_names_do_not() {
    let store = r#"
Resources:
  Records:
    Type: AWS::S3::Bucket
    Properties:
      BucketName: patient-records
"#;
    let reader = r#"
Resources:
  Role:
    Type: AWS::IAM::Role
    Properties:
      Policies:
        - PolicyName: read
          PolicyDocument:
            Statement:
              - Effect: Allow
                Action: s3:GetObject
                Resource: arn:aws:s3:::patient-records/*
  Reader:
    Type: AWS::Lambda::Function
    Properties:
      Role: !GetAtt Role.Arn
"#;
    assert_eq!(
        flows_of(&[store, reader]),
        vec!["Records -> Reader [iam: s3:GetObject]"]
    );
    assert!(flows_of(&[store, store, reader]).is_empty());
}

#[test]
fn unresolvable_values_add_nothing() {
    let f = flows(
        r#"
Parameters:
  QueueArn:
    Type: String
Resources:
  Fn:
    Type: AWS::Lambda::Function
  Mapping:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !Ref QueueArn
      FunctionName: !Ref Fn
  Imported:
    Type: AWS::Lambda::EventSourceMapping
    Properties:
      EventSourceArn: !ImportValue shared-queue-arn
      FunctionName: !Ref Fn
"#,
    );
    assert!(f.is_empty(), "{f:?}");
}

#[test]
fn carriers_are_the_resources_that_configure_the_hop() {
    let mut g = Graph::new();
    let unit = phiguard_cloudformation::read(
        "t.yaml",
        r#"
Resources:
  Topic:
    Type: AWS::SNS::Topic
    Properties:
      Subscription:
        - {Protocol: lambda, Endpoint: !GetAtt Fn.Arn}
  Sub:
    Type: AWS::SNS::Subscription
    Properties: {TopicArn: !Ref Topic, Protocol: sqs, Endpoint: !GetAtt Queue.Arn}
  Fn:
    Type: AWS::Lambda::Function
  Queue:
    Type: AWS::SQS::Queue
  Tg:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      Targets: [{Id: !Ref Server}]
  Server:
    Type: AWS::EC2::Instance
"#,
        &Default::default(),
    )
    .unwrap()
    .unwrap();
    g.add_unit(unit.resources);
    phiguard_flow::derive(&mut g);
    let mut got: Vec<String> = g
        .edges()
        .iter()
        .filter(|e| e.kind == EdgeKind::DataFlow)
        .map(|e| {
            let c = phiguard_flow::carrier(&g, e)
                .map_or("-".to_string(), |c| g.resource(c).name.clone());
            format!(
                "{} -> {}: {c}",
                g.resource(e.from).name,
                g.resource(e.to).name
            )
        })
        .collect();
    got.sort();
    assert_eq!(
        got,
        vec![
            "Server -> Tg: Tg",
            "Sub -> Queue: Sub",
            "Tg -> Server: Tg",
            "Topic -> Fn: Topic",
            "Topic -> Sub: Sub",
        ]
    );
}

#[test]
fn firehose_destinations_of_every_kind() {
    let f = flows(
        r#"
Resources:
  Claims:
    Type: AWS::Redshift::Cluster
  Search:
    Type: AWS::OpenSearchService::Domain
  Lake:
    Type: AWS::S3::Bucket
  Backup:
    Type: AWS::S3::Bucket
  ToRedshift:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      RedshiftDestinationConfiguration:
        ClusterJDBCURL: !Sub "jdbc:redshift://${Claims.Endpoint.Address}:${Claims.Endpoint.Port}/claims"
        S3Configuration:
          BucketARN: !GetAtt Backup.Arn
  ToSearch:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      AmazonopensearchserviceDestinationConfiguration:
        DomainARN: !GetAtt Search.Arn
        S3Configuration:
          BucketARN: !GetAtt Backup.Arn
  ToLake:
    Type: AWS::KinesisFirehose::DeliveryStream
    Properties:
      ExtendedS3DestinationConfiguration:
        BucketARN: !GetAtt Lake.Arn
        S3BackupMode: Enabled
        S3BackupConfiguration:
          BucketARN: !GetAtt Backup.Arn
"#,
    );
    assert_eq!(
        f,
        vec![
            "ToLake -> Backup [firehose destination: ExtendedS3]",
            "ToLake -> Lake [firehose destination: ExtendedS3]",
            "ToRedshift -> Backup [firehose destination: Redshift]",
            "ToRedshift -> Claims [firehose destination: Redshift]",
            "ToSearch -> Backup [firehose destination: Amazonopensearchservice]",
            "ToSearch -> Search [firehose destination: Amazonopensearchservice]",
        ]
    );
}

#[test]
fn http_apis_openapi_bodies_and_listener_rules() {
    let f = flows(
        r#"
Resources:
  Fn:
    Type: AWS::Lambda::Function
  HttpApi:
    Type: AWS::ApiGatewayV2::Api
    Properties:
      ProtocolType: HTTP
  Integration:
    Type: AWS::ApiGatewayV2::Integration
    Properties:
      ApiId: !Ref HttpApi
      IntegrationType: AWS_PROXY
      IntegrationUri: !GetAtt Fn.Arn
      PayloadFormatVersion: "2.0"
  RestApi:
    Type: AWS::ApiGateway::RestApi
    Properties:
      Body:
        openapi: "3.0.1"
        paths:
          /patients:
            get:
              x-amazon-apigateway-integration:
                type: aws_proxy
                httpMethod: POST
                uri: !Sub arn:aws:apigateway:${AWS::Region}:lambda:path/2015-03-31/functions/${Fn.Arn}/invocations
  Listener:
    Type: AWS::ElasticLoadBalancingV2::Listener
  Api:
    Type: AWS::ElasticLoadBalancingV2::TargetGroup
    Properties:
      TargetType: lambda
      Targets: [{Id: !GetAtt Fn.Arn}]
  Rule:
    Type: AWS::ElasticLoadBalancingV2::ListenerRule
    Properties:
      ListenerArn: !Ref Listener
      Priority: 10
      Actions:
        - Type: forward
          ForwardConfig:
            TargetGroups:
              - TargetGroupArn: !Ref Api
"#,
    );
    assert_eq!(
        f,
        vec![
            "Api -> Fn [load balancer target]",
            "Api -> Listener [load balancer response: Rule]",
            "Fn -> Api [load balancer response]",
            "Fn -> Integration [api gateway integration response: AWS_PROXY]",
            "Fn -> RestApi [api gateway integration response: openapi]",
            "HttpApi -> Integration [api gateway route]",
            "Integration -> Fn [api gateway integration: AWS_PROXY]",
            "Listener -> Api [load balancer forward: Rule]",
            "RestApi -> Fn [api gateway integration: openapi]",
        ]
    );
}

#[test]
fn state_machine_definitions_as_maps_and_invoke_configs() {
    let f = flows(
        r#"
Transform: AWS::Serverless-2016-10-31
Resources:
  Score:
    Type: AWS::Lambda::Function
  Failures:
    Type: AWS::SQS::Queue
  Audit:
    Type: AWS::S3::Bucket
  ScoreAsync:
    Type: AWS::Lambda::EventInvokeConfig
    Properties:
      FunctionName: !Ref Score
      Qualifier: $LATEST
      DestinationConfig:
        OnFailure:
          Destination: !GetAtt Failures.Arn
  Triage:
    Type: AWS::Serverless::StateMachine
    Properties:
      Definition:
        StartAt: Score
        States:
          Score:
            Type: Task
            Resource: arn:aws:states:::lambda:invoke
            Parameters:
              FunctionName: !GetAtt Score.Arn
              Payload.$: $
            Next: Archive
          Archive:
            Type: Task
            Resource: arn:aws:states:::aws-sdk:s3:putObject
            Parameters:
              Bucket: !Ref Audit
              Key: triage.json
              Body.$: $
            End: true
  Writer:
    Type: AWS::Serverless::Function
    Properties:
      Policies:
        - Statement:
            - Effect: Allow
              Action: states:StartExecution
              Resource: !Ref Triage
"#,
    );
    assert_eq!(
        f,
        vec![
            "Score -> Failures [dead-letter or destination: OnFailure]",
            "Score -> Triage [step functions task: lambda:invoke result]",
            "Triage -> Audit [step functions task: aws-sdk:s3:putObject]",
            "Triage -> Score [step functions task: lambda:invoke]",
            "Writer -> Triage [iam: states:StartExecution]",
        ]
    );
}

#[test]
fn sam_policy_templates_for_services_outside_the_scan() {
    let f = flows(
        r#"
Transform: AWS::Serverless-2016-10-31
Resources:
  Intake:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.12
      Policies:
        - ComprehendBasicAccessPolicy: {}
        - SQSSendMessagePolicy:
            QueueName: referrals-of-another-stack
        - SQSPollerPolicy:
            QueueName: inbound-of-another-stack
"#,
    );
    assert_eq!(
        f,
        vec![
            "Intake -> Amazon Comprehend (outside this scan) [sam policy: ComprehendBasicAccessPolicy]",
            "Intake -> Amazon SQS (outside this scan) [sam policy: SQSSendMessagePolicy]",
        ]
    );
}
