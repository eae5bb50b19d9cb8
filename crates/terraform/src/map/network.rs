//! Traffic: Elastic Load Balancing (v2 and classic), CloudFront, API Gateway, App Mesh,
//! Cloud Map, security groups.

use super::{
    Mapping, Output, attach, bool_text, field, first_block, generic, nested, sub_list, sub_map,
};
use crate::module::RawResource;
use phiguard_model::{Node, Value};

/// Maps the network types.
pub fn map(raw: &RawResource) -> Option<Output> {
    let mut m = Mapping::new(raw);
    let kind = match raw.ty.as_str() {
        "aws_lb" | "aws_alb" => {
            load_balancer(&mut m);
            "AWS::ElasticLoadBalancingV2::LoadBalancer"
        }
        "aws_lb_listener" | "aws_alb_listener" => {
            m.renames(&[
                ("load_balancer_arn", "LoadBalancerArn"),
                ("port", "Port"),
                ("protocol", "Protocol"),
                ("ssl_policy", "SslPolicy"),
            ]);
            if let Some(c) = m.take("certificate_arn") {
                let loc = c.location.clone();
                let cert = Node::new(Value::Map(vec![("CertificateArn".into(), c)]), loc.clone());
                m.set("Certificates", Node::new(Value::List(vec![cert]), loc));
            }
            if let Some(a) = m.take("alpn_policy") {
                let loc = a.location.clone();
                m.set("AlpnPolicy", Node::new(Value::List(vec![a]), loc));
            }
            if let Some(a) = m.take("default_action") {
                m.set("DefaultActions", actions(&a));
            }
            "AWS::ElasticLoadBalancingV2::Listener"
        }
        "aws_lb_listener_rule" | "aws_alb_listener_rule" => {
            m.renames(&[("listener_arn", "ListenerArn"), ("priority", "Priority")]);
            if let Some(a) = m.take("action") {
                m.set("Actions", actions(&a));
            }
            if let Some(c) = m.take("condition") {
                m.set("Conditions", generic(&c));
            }
            "AWS::ElasticLoadBalancingV2::ListenerRule"
        }
        "aws_lb_target_group" | "aws_alb_target_group" => {
            m.renames(&[
                ("name", "Name"),
                ("port", "Port"),
                ("protocol", "Protocol"),
                ("protocol_version", "ProtocolVersion"),
                ("target_type", "TargetType"),
                ("vpc_id", "VpcId"),
            ]);
            if let Some(h) = m.block("health_check") {
                for (tf, cfn) in [
                    ("enabled", "HealthCheckEnabled"),
                    ("protocol", "HealthCheckProtocol"),
                    ("path", "HealthCheckPath"),
                    ("port", "HealthCheckPort"),
                    ("interval", "HealthCheckIntervalSeconds"),
                    ("timeout", "HealthCheckTimeoutSeconds"),
                    ("healthy_threshold", "HealthyThresholdCount"),
                    ("unhealthy_threshold", "UnhealthyThresholdCount"),
                    ("matcher", "Matcher.HttpCode"),
                ] {
                    if let Some(v) = field(&h, tf) {
                        m.set(cfn, v.clone());
                    }
                }
            }
            "AWS::ElasticLoadBalancingV2::TargetGroup"
        }
        "aws_lb_listener_certificate" => {
            m.rename("listener_arn", "ListenerArn");
            if let Some(c) = m.take("certificate_arn") {
                let loc = c.location.clone();
                let cert = Node::new(Value::Map(vec![("CertificateArn".into(), c)]), loc.clone());
                m.set("Certificates", Node::new(Value::List(vec![cert]), loc));
            }
            "AWS::ElasticLoadBalancingV2::ListenerCertificate"
        }
        "aws_elb" => {
            classic_elb(&mut m);
            "AWS::ElasticLoadBalancing::LoadBalancer"
        }
        "aws_cloudfront_distribution" => {
            cloudfront(&mut m);
            "AWS::CloudFront::Distribution"
        }
        "aws_api_gateway_rest_api" => {
            m.renames(&[
                ("name", "Name"),
                ("description", "Description"),
                ("minimum_compression_size", "MinimumCompressionSize"),
                ("disable_execute_api_endpoint", "DisableExecuteApiEndpoint"),
                ("api_key_source", "ApiKeySourceType"),
                ("binary_media_types", "BinaryMediaTypes"),
            ]);
            m.document("policy", "Policy");
            m.document("body", "Body");
            m.block_map(
                "endpoint_configuration",
                "EndpointConfiguration",
                &[("types", "Types"), ("vpc_endpoint_ids", "VpcEndpointIds")],
            );
            "AWS::ApiGateway::RestApi"
        }
        "aws_api_gateway_stage" => {
            m.renames(&[
                ("stage_name", "StageName"),
                ("rest_api_id", "RestApiId"),
                ("deployment_id", "DeploymentId"),
                ("client_certificate_id", "ClientCertificateId"),
                ("cache_cluster_enabled", "CacheClusterEnabled"),
                ("cache_cluster_size", "CacheClusterSize"),
                ("xray_tracing_enabled", "TracingEnabled"),
                ("variables", "Variables"),
                ("description", "Description"),
            ]);
            m.block_map(
                "access_log_settings",
                "AccessLogSetting",
                &[("destination_arn", "DestinationArn"), ("format", "Format")],
            );
            "AWS::ApiGateway::Stage"
        }
        "aws_api_gateway_method_settings" => {
            // Merged into the stage it configures, matched by stage name.
            let rest_api = m.take("rest_api_id");
            let mut a = attach(
                &mut m,
                "stage_name",
                &["AWS::ApiGateway::Stage"],
                "StageName",
            );
            let path = m.take("method_path");
            let mut e: Vec<(String, Node)> = Vec::new();
            if let Some(p) = &path {
                let (res, method) = match p.as_str().and_then(|s| s.rsplit_once('/')) {
                    Some((r, meth)) => (
                        Value::Str(format!("/{}", r.trim_start_matches('/'))),
                        Value::Str(meth.to_string()),
                    ),
                    None => (p.value.clone(), p.value.clone()),
                };
                e.push(("ResourcePath".into(), Node::new(res, p.location.clone())));
                e.push(("HttpMethod".into(), Node::new(method, p.location.clone())));
            }
            if let Some(s) = m.block("settings") {
                let s = sub_map(
                    &s,
                    &[
                        ("logging_level", "LoggingLevel"),
                        ("metrics_enabled", "MetricsEnabled"),
                        ("data_trace_enabled", "DataTraceEnabled"),
                        ("caching_enabled", "CachingEnabled"),
                        ("cache_data_encrypted", "CacheDataEncrypted"),
                        ("cache_ttl_in_seconds", "CacheTtlInSeconds"),
                        ("throttling_burst_limit", "ThrottlingBurstLimit"),
                        ("throttling_rate_limit", "ThrottlingRateLimit"),
                        (
                            "require_authorization_for_cache_control",
                            "RequireAuthorizationForCacheControl",
                        ),
                    ],
                );
                e.extend(s.entries().iter().cloned());
            }
            let _ = rest_api;
            a.append.push((
                "MethodSettings".into(),
                Node::new(Value::Map(e), Some(raw.location.clone())),
            ));
            return Some(Output::Attach(a));
        }
        "aws_api_gateway_integration"
            if matches!(
                raw.attrs.get("http_method").node().map(|n| &n.value),
                Some(Value::Ref { .. })
            ) =>
        {
            // Merged into the method it integrates (CloudFormation writes it inside the
            // method), when `http_method` refers to that method as Terraform style guides do.
            let mut a = attach(
                &mut m,
                "http_method",
                &["AWS::ApiGateway::Method"],
                "HttpMethod",
            );
            let integration = sub_map(
                &raw.attrs,
                &[
                    ("type", "Type"),
                    ("integration_http_method", "IntegrationHttpMethod"),
                    ("uri", "Uri"),
                    ("connection_type", "ConnectionType"),
                    ("connection_id", "ConnectionId"),
                    ("credentials", "Credentials"),
                    ("passthrough_behavior", "PassthroughBehavior"),
                    ("timeout_milliseconds", "TimeoutInMillis"),
                ],
            );
            a.set.push(("Integration".into(), integration));
            return Some(Output::Attach(a));
        }
        "aws_api_gateway_method" => {
            m.renames(&[
                ("rest_api_id", "RestApiId"),
                ("resource_id", "ResourceId"),
                ("http_method", "HttpMethod"),
                ("authorization", "AuthorizationType"),
                ("authorizer_id", "AuthorizerId"),
                ("api_key_required", "ApiKeyRequired"),
            ]);
            "AWS::ApiGateway::Method"
        }
        "aws_api_gateway_domain_name" => {
            m.renames(&[
                ("domain_name", "DomainName"),
                ("certificate_arn", "CertificateArn"),
                ("regional_certificate_arn", "RegionalCertificateArn"),
                ("security_policy", "SecurityPolicy"),
            ]);
            m.block_map(
                "endpoint_configuration",
                "EndpointConfiguration",
                &[("types", "Types")],
            );
            "AWS::ApiGateway::DomainName"
        }
        "aws_apigatewayv2_api" => {
            m.renames(&[
                ("name", "Name"),
                ("protocol_type", "ProtocolType"),
                ("disable_execute_api_endpoint", "DisableExecuteApiEndpoint"),
            ]);
            "AWS::ApiGatewayV2::Api"
        }
        "aws_apigatewayv2_stage" => {
            m.renames(&[
                ("api_id", "ApiId"),
                ("name", "StageName"),
                ("auto_deploy", "AutoDeploy"),
                ("deployment_id", "DeploymentId"),
            ]);
            m.block_map(
                "access_log_settings",
                "AccessLogSettings",
                &[("destination_arn", "DestinationArn"), ("format", "Format")],
            );
            m.block_map("default_route_settings", "DefaultRouteSettings", &[]);
            "AWS::ApiGatewayV2::Stage"
        }
        "aws_apigatewayv2_domain_name" => {
            m.rename("domain_name", "DomainName");
            if let Some(c) = m.take("domain_name_configuration") {
                m.set(
                    "DomainNameConfigurations",
                    sub_list(
                        &c,
                        &[
                            ("certificate_arn", "CertificateArn"),
                            ("endpoint_type", "EndpointType"),
                            ("security_policy", "SecurityPolicy"),
                        ],
                    ),
                );
            }
            "AWS::ApiGatewayV2::DomainName"
        }
        "aws_appmesh_mesh"
        | "aws_appmesh_virtual_node"
        | "aws_appmesh_virtual_gateway"
        | "aws_appmesh_virtual_router"
        | "aws_appmesh_virtual_service"
        | "aws_appmesh_route"
        | "aws_appmesh_gateway_route" => return Some(app_mesh(m)),
        "aws_service_discovery_instance" => {
            m.renames(&[
                ("instance_id", "InstanceId"),
                ("service_id", "ServiceId"),
                ("attributes", "InstanceAttributes"),
            ]);
            "AWS::ServiceDiscovery::Instance"
        }
        "aws_security_group" | "aws_default_security_group" => {
            m.renames(&[
                ("name", "GroupName"),
                ("description", "GroupDescription"),
                ("vpc_id", "VpcId"),
            ]);
            let me = Node::new(
                Value::Ref {
                    target: raw.address.clone(),
                    attribute: None,
                },
                Some(raw.location.clone()),
            );
            if let Some(i) = m.take("ingress") {
                m.set("SecurityGroupIngress", group_rules(&i, true, &me));
            }
            if let Some(e) = m.take("egress") {
                m.set("SecurityGroupEgress", group_rules(&e, false, &me));
            }
            "AWS::EC2::SecurityGroup"
        }
        "aws_security_group_rule" => return security_group_rule(raw),
        "aws_vpc_security_group_ingress_rule" | "aws_vpc_security_group_egress_rule" => {
            let ingress = raw.ty == "aws_vpc_security_group_ingress_rule";
            let (group, list) = if ingress {
                ("SourceSecurityGroupId", "SourcePrefixListId")
            } else {
                ("DestinationSecurityGroupId", "DestinationPrefixListId")
            };
            m.renames(&[
                ("security_group_id", "GroupId"),
                ("cidr_ipv4", "CidrIp"),
                ("cidr_ipv6", "CidrIpv6"),
                ("ip_protocol", "IpProtocol"),
                ("from_port", "FromPort"),
                ("to_port", "ToPort"),
                ("description", "Description"),
                ("referenced_security_group_id", group),
                ("prefix_list_id", list),
            ]);
            if ingress {
                "AWS::EC2::SecurityGroupIngress"
            } else {
                "AWS::EC2::SecurityGroupEgress"
            }
        }
        "aws_flow_log" => {
            flow_log(&mut m);
            "AWS::EC2::FlowLog"
        }
        "aws_globalaccelerator_accelerator" => {
            m.renames(&[
                ("name", "Name"),
                ("enabled", "Enabled"),
                ("ip_address_type", "IpAddressType"),
                ("ip_addresses", "IpAddresses"),
            ]);
            "AWS::GlobalAccelerator::Accelerator"
        }
        "aws_globalaccelerator_listener" => {
            m.renames(&[
                ("accelerator_arn", "AcceleratorArn"),
                ("protocol", "Protocol"),
                ("client_affinity", "ClientAffinity"),
            ]);
            if let Some(p) = m.take("port_range") {
                m.set(
                    "PortRanges",
                    sub_list(&p, &[("from_port", "FromPort"), ("to_port", "ToPort")]),
                );
            }
            "AWS::GlobalAccelerator::Listener"
        }
        "aws_globalaccelerator_endpoint_group" => {
            m.renames(&[
                ("listener_arn", "ListenerArn"),
                ("endpoint_group_region", "EndpointGroupRegion"),
                ("traffic_dial_percentage", "TrafficDialPercentage"),
                ("health_check_port", "HealthCheckPort"),
                ("health_check_protocol", "HealthCheckProtocol"),
                ("health_check_path", "HealthCheckPath"),
                (
                    "health_check_interval_seconds",
                    "HealthCheckIntervalSeconds",
                ),
                ("threshold_count", "ThresholdCount"),
            ]);
            if let Some(p) = m.take("port_override") {
                m.set(
                    "PortOverrides",
                    sub_list(
                        &p,
                        &[
                            ("listener_port", "ListenerPort"),
                            ("endpoint_port", "EndpointPort"),
                        ],
                    ),
                );
            }
            if let Some(e) = m.take("endpoint_configuration") {
                m.set(
                    "EndpointConfigurations",
                    sub_list(
                        &e,
                        &[
                            ("endpoint_id", "EndpointId"),
                            ("weight", "Weight"),
                            (
                                "client_ip_preservation_enabled",
                                "ClientIPPreservationEnabled",
                            ),
                        ],
                    ),
                );
            }
            "AWS::GlobalAccelerator::EndpointGroup"
        }
        _ => return None,
    };
    Some(Output::Resource(kind.into(), m.finish()))
}

/// App Mesh names and specs: `name` is the `<Type>Name` property, `spec` the `Spec`
/// map, with repeatable blocks as lists and the acronyms CloudFormation spells in capitals.
fn app_mesh(mut m: Mapping<'_>) -> Output {
    let kind = super::kind_of(&m.raw.ty);
    let short = kind.rsplit("::").next().unwrap_or_default();
    m.rename("name", &format!("{short}Name"));
    if let Some(spec) = m.block("spec") {
        let spec = nested(
            &spec,
            &[
                ("tls", "TLS"),
                ("acm", "ACM"),
                ("sds", "SDS"),
                ("dns", "DNS"),
                ("aws_cloud_map", "AWSCloudMap"),
                ("grpc_route", "GrpcRoute"),
                ("http2_route", "Http2Route"),
            ],
            &[
                ("listener", "Listeners"),
                ("backend", "Backends"),
                ("weighted_target", "WeightedTargets"),
                ("header", "Headers"),
                ("metadata", "Metadata"),
                ("query_parameter", "QueryParameters"),
            ],
        );
        m.set("Spec", spec);
    }
    Output::Resource(kind, m.finish())
}

/// Load balancer arguments that CloudFormation writes as `LoadBalancerAttributes`.
const LB_ATTRIBUTES: &[(&str, &str)] = &[
    ("enable_deletion_protection", "deletion_protection.enabled"),
    ("idle_timeout", "idle_timeout.timeout_seconds"),
    (
        "drop_invalid_header_fields",
        "routing.http.drop_invalid_header_fields.enabled",
    ),
    (
        "desync_mitigation_mode",
        "routing.http.desync_mitigation_mode",
    ),
    ("enable_http2", "routing.http2.enabled"),
    (
        "enable_cross_zone_load_balancing",
        "load_balancing.cross_zone.enabled",
    ),
    ("enable_waf_fail_open", "waf.fail_open.enabled"),
    (
        "preserve_host_header",
        "routing.http.preserve_host_header.enabled",
    ),
    (
        "xff_header_processing_mode",
        "routing.http.xff_header_processing.mode",
    ),
];

fn load_balancer(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "Name"),
        ("load_balancer_type", "Type"),
        ("subnets", "Subnets"),
        ("security_groups", "SecurityGroups"),
        ("ip_address_type", "IpAddressType"),
    ]);
    if let Some(i) = m.take("internal") {
        let v = match i.as_bool() {
            Some(true) => Value::Str("internal".into()),
            Some(false) => Value::Str("internet-facing".into()),
            None => i.value.clone(),
        };
        m.set("Scheme", Node::new(v, i.location.clone()));
    }
    let mut attrs: Vec<Node> = Vec::new();
    let mut attr = |key: &str, value: Node| {
        let loc = value.location.clone();
        attrs.push(Node::new(
            Value::Map(vec![
                ("Key".into(), Node::new(Value::Str(key.into()), loc.clone())),
                ("Value".into(), bool_text(&value)),
            ]),
            loc,
        ));
    };
    for (tf, key) in LB_ATTRIBUTES {
        if let Some(v) = m.take(tf) {
            attr(key, v);
        }
    }
    for (block, prefix) in [
        ("access_logs", "access_logs.s3"),
        ("connection_logs", "connection_logs.s3"),
    ] {
        let Some(b) = m.block(block) else { continue };
        if b.is_unknown() {
            attr(&format!("{prefix}.enabled"), b);
            continue;
        }
        // The provider's default: `enabled` is false unless written.
        let enabled = field(&b, "enabled")
            .cloned()
            .unwrap_or_else(|| Node::new(Value::Bool(false), b.location.clone()));
        attr(&format!("{prefix}.enabled"), enabled);
        if let Some(v) = field(&b, "bucket") {
            attr(&format!("{prefix}.bucket"), v.clone());
        }
        if let Some(v) = field(&b, "prefix") {
            attr(&format!("{prefix}.prefix"), v.clone());
        }
    }
    if !attrs.is_empty() {
        let loc = attrs[0].location.clone();
        m.set("LoadBalancerAttributes", Node::new(Value::List(attrs), loc));
    }
}

/// `default_action` / `action` blocks into listener `Actions`.
fn actions(a: &Node) -> Node {
    let Value::List(items) = &a.value else {
        return a.clone();
    };
    let out = items
        .iter()
        .map(|b| {
            let mut e: Vec<(String, Node)> = Vec::new();
            for (k, v) in b.entries() {
                let (name, value) = match k.as_str() {
                    "type" => ("Type", v.clone()),
                    "order" => ("Order", v.clone()),
                    "target_group_arn" => ("TargetGroupArn", v.clone()),
                    "redirect" => (
                        "RedirectConfig",
                        first_block(v).map_or_else(
                            || v.clone(),
                            |r| {
                                sub_map(
                                    &r,
                                    &[
                                        ("port", "Port"),
                                        ("protocol", "Protocol"),
                                        ("status_code", "StatusCode"),
                                        ("host", "Host"),
                                        ("path", "Path"),
                                        ("query", "Query"),
                                    ],
                                )
                            },
                        ),
                    ),
                    "fixed_response" => (
                        "FixedResponseConfig",
                        first_block(v).map_or_else(|| v.clone(), |r| sub_map(&r, &[])),
                    ),
                    "forward" => (
                        "ForwardConfig",
                        first_block(v).map_or_else(|| v.clone(), |r| generic_block(&r)),
                    ),
                    "authenticate_cognito" => (
                        "AuthenticateCognitoConfig",
                        first_block(v).map_or_else(|| v.clone(), |r| generic_block(&r)),
                    ),
                    "authenticate_oidc" => (
                        "AuthenticateOidcConfig",
                        first_block(v).map_or_else(|| v.clone(), |r| generic_block(&r)),
                    ),
                    _ => continue,
                };
                e.push((name.to_string(), value));
            }
            Node::new(Value::Map(e), b.location.clone())
        })
        .collect();
    Node::new(Value::List(out), a.location.clone())
}

fn generic_block(b: &Node) -> Node {
    sub_map(b, &[])
}

fn classic_elb(m: &mut Mapping<'_>) {
    m.renames(&[
        ("name", "LoadBalancerName"),
        ("subnets", "Subnets"),
        ("security_groups", "SecurityGroups"),
        ("availability_zones", "AvailabilityZones"),
        ("instances", "Instances"),
        ("cross_zone_load_balancing", "CrossZone"),
    ]);
    if let Some(i) = m.take("internal")
        && i.as_bool() == Some(true)
    {
        m.set(
            "Scheme",
            Node::new(Value::Str("internal".into()), i.location.clone()),
        );
    }
    if let Some(l) = m.take("listener") {
        m.set(
            "Listeners",
            sub_list(
                &l,
                &[
                    ("instance_port", "InstancePort"),
                    ("instance_protocol", "InstanceProtocol"),
                    ("lb_port", "LoadBalancerPort"),
                    ("lb_protocol", "Protocol"),
                    ("ssl_certificate_id", "SSLCertificateId"),
                ],
            ),
        );
    }
    if let Some(a) = m.block("access_logs") {
        let mut n = sub_map(
            &a,
            &[
                ("bucket", "S3BucketName"),
                ("bucket_prefix", "S3BucketPrefix"),
                ("interval", "EmitInterval"),
                ("enabled", "Enabled"),
            ],
        );
        // The provider's default for a classic load balancer: enabled unless written.
        if let Value::Map(e) = &mut n.value
            && !e.iter().any(|(k, _)| k == "Enabled")
        {
            e.push((
                "Enabled".into(),
                Node::new(Value::Bool(true), a.location.clone()),
            ));
        }
        m.set("AccessLoggingPolicy", n);
    }
    if let Some(e) = m.take("connection_draining") {
        m.set("ConnectionDrainingPolicy.Enabled", e);
    }
    if let Some(t) = m.take("connection_draining_timeout") {
        m.set("ConnectionDrainingPolicy.Timeout", t);
    }
    m.block_map(
        "health_check",
        "HealthCheck",
        &[
            ("target", "Target"),
            ("interval", "Interval"),
            ("timeout", "Timeout"),
            ("healthy_threshold", "HealthyThreshold"),
            ("unhealthy_threshold", "UnhealthyThreshold"),
        ],
    );
}

const CACHE_BEHAVIOR: &[(&str, &str)] = &[
    ("target_origin_id", "TargetOriginId"),
    ("viewer_protocol_policy", "ViewerProtocolPolicy"),
    ("allowed_methods", "AllowedMethods"),
    ("cached_methods", "CachedMethods"),
    ("compress", "Compress"),
    ("cache_policy_id", "CachePolicyId"),
    ("origin_request_policy_id", "OriginRequestPolicyId"),
    ("response_headers_policy_id", "ResponseHeadersPolicyId"),
    ("field_level_encryption_id", "FieldLevelEncryptionId"),
    ("path_pattern", "PathPattern"),
    ("min_ttl", "MinTTL"),
    ("default_ttl", "DefaultTTL"),
    ("max_ttl", "MaxTTL"),
    ("trusted_signers", "TrustedSigners"),
    ("trusted_key_groups", "TrustedKeyGroups"),
    ("realtime_log_config_arn", "RealtimeLogConfigArn"),
    ("smooth_streaming", "SmoothStreaming"),
    ("lambda_function_association", ""),
    ("function_association", ""),
    ("forwarded_values", ""),
];

fn cache_behavior(b: &Node) -> Node {
    let mut n = sub_map(b, CACHE_BEHAVIOR);
    if let Value::Map(e) = &mut n.value {
        if let Some(l) = field(b, "lambda_function_association") {
            e.push((
                "LambdaFunctionAssociations".into(),
                sub_list(
                    l,
                    &[
                        ("event_type", "EventType"),
                        ("lambda_arn", "LambdaFunctionARN"),
                        ("include_body", "IncludeBody"),
                    ],
                ),
            ));
        }
        if let Some(l) = field(b, "function_association") {
            e.push((
                "FunctionAssociations".into(),
                sub_list(
                    l,
                    &[("event_type", "EventType"), ("function_arn", "FunctionARN")],
                ),
            ));
        }
        if let Some(f) = field(b, "forwarded_values").and_then(first_block) {
            e.push(("ForwardedValues".into(), generic_block(&f)));
        }
    }
    n
}

fn cloudfront(m: &mut Mapping<'_>) {
    m.renames(&[
        ("enabled", "DistributionConfig.Enabled"),
        ("aliases", "DistributionConfig.Aliases"),
        ("comment", "DistributionConfig.Comment"),
        (
            "default_root_object",
            "DistributionConfig.DefaultRootObject",
        ),
        ("http_version", "DistributionConfig.HttpVersion"),
        ("is_ipv6_enabled", "DistributionConfig.IPV6Enabled"),
        ("price_class", "DistributionConfig.PriceClass"),
        ("web_acl_id", "DistributionConfig.WebACLId"),
        ("staging", "DistributionConfig.Staging"),
        (
            "continuous_deployment_policy_id",
            "DistributionConfig.ContinuousDeploymentPolicyId",
        ),
    ]);
    if let Some(o) = m.take("origin") {
        let origins = match &o.value {
            Value::List(items) => Node::new(
                Value::List(
                    items
                        .iter()
                        .map(|b| {
                            let mut n = sub_map(
                                b,
                                &[
                                    ("domain_name", "DomainName"),
                                    ("origin_id", "Id"),
                                    ("origin_path", "OriginPath"),
                                    ("origin_access_control_id", "OriginAccessControlId"),
                                    ("connection_attempts", "ConnectionAttempts"),
                                    ("connection_timeout", "ConnectionTimeout"),
                                    ("custom_origin_config", ""),
                                    ("s3_origin_config", ""),
                                    ("vpc_origin_config", ""),
                                    ("custom_header", ""),
                                ],
                            );
                            if let Value::Map(e) = &mut n.value {
                                if let Some(v) = field(b, "vpc_origin_config").and_then(first_block)
                                {
                                    e.push((
                                        "VpcOriginConfig".into(),
                                        sub_map(&v, &[("vpc_origin_id", "VpcOriginId")]),
                                    ));
                                }
                                // The provider sends an S3 origin (with an empty origin access
                                // identity) when no origin configuration is written: the
                                // shape of an S3 origin reached through origin access control.
                                let written = [
                                    "custom_origin_config",
                                    "s3_origin_config",
                                    "vpc_origin_config",
                                ]
                                .iter()
                                .any(|k| field(b, k).is_some());
                                if !written && matches!(b.value, Value::Map(_)) {
                                    e.push((
                                        "S3OriginConfig".into(),
                                        Node::new(
                                            Value::Map(vec![(
                                                "OriginAccessIdentity".into(),
                                                Node::new(
                                                    Value::Str(String::new()),
                                                    b.location.clone(),
                                                ),
                                            )]),
                                            b.location.clone(),
                                        ),
                                    ));
                                }
                                if let Some(c) =
                                    field(b, "custom_origin_config").and_then(first_block)
                                {
                                    e.push((
                                        "CustomOriginConfig".into(),
                                        sub_map(
                                            &c,
                                            &[
                                                ("http_port", "HTTPPort"),
                                                ("https_port", "HTTPSPort"),
                                                ("origin_protocol_policy", "OriginProtocolPolicy"),
                                                ("origin_ssl_protocols", "OriginSSLProtocols"),
                                                ("origin_read_timeout", "OriginReadTimeout"),
                                                (
                                                    "origin_keepalive_timeout",
                                                    "OriginKeepaliveTimeout",
                                                ),
                                            ],
                                        ),
                                    ));
                                }
                                if let Some(s) = field(b, "s3_origin_config").and_then(first_block)
                                {
                                    e.push((
                                        "S3OriginConfig".into(),
                                        sub_map(
                                            &s,
                                            &[("origin_access_identity", "OriginAccessIdentity")],
                                        ),
                                    ));
                                }
                                if let Some(h) = field(b, "custom_header") {
                                    e.push((
                                        "OriginCustomHeaders".into(),
                                        sub_list(
                                            h,
                                            &[("name", "HeaderName"), ("value", "HeaderValue")],
                                        ),
                                    ));
                                }
                            }
                            n
                        })
                        .collect(),
                ),
                o.location.clone(),
            ),
            _ => o.clone(),
        };
        m.set("DistributionConfig.Origins", origins);
    }
    if let Some(d) = m.block("default_cache_behavior") {
        m.set(
            "DistributionConfig.DefaultCacheBehavior",
            cache_behavior(&d),
        );
    }
    if let Some(c) = m.take("ordered_cache_behavior") {
        let v = match &c.value {
            Value::List(items) => Node::new(
                Value::List(items.iter().map(cache_behavior).collect()),
                c.location.clone(),
            ),
            _ => c.clone(),
        };
        m.set("DistributionConfig.CacheBehaviors", v);
    }
    m.block_map(
        "viewer_certificate",
        "DistributionConfig.ViewerCertificate",
        &[
            ("acm_certificate_arn", "AcmCertificateArn"),
            (
                "cloudfront_default_certificate",
                "CloudFrontDefaultCertificate",
            ),
            ("iam_certificate_id", "IamCertificateId"),
            ("minimum_protocol_version", "MinimumProtocolVersion"),
            ("ssl_support_method", "SslSupportMethod"),
        ],
    );
    m.block_map(
        "logging_config",
        "DistributionConfig.Logging",
        &[
            ("bucket", "Bucket"),
            ("include_cookies", "IncludeCookies"),
            ("prefix", "Prefix"),
        ],
    );
    if let Some(r) = m.block("restrictions")
        && let Some(g) = field(&r, "geo_restriction").and_then(first_block)
    {
        m.set(
            "DistributionConfig.Restrictions.GeoRestriction",
            sub_map(
                &g,
                &[
                    ("restriction_type", "RestrictionType"),
                    ("locations", "Locations"),
                ],
            ),
        );
    }
    if let Some(c) = m.take("custom_error_response") {
        m.set("DistributionConfig.CustomErrorResponses", generic(&c));
    }
}

/// The `IpProtocol`, ports and description of a Terraform rule block, by CloudFormation
/// name.
const RULE_FIELDS: &[(&str, &str)] = &[
    ("protocol", "IpProtocol"),
    ("from_port", "FromPort"),
    ("to_port", "ToPort"),
    ("description", "Description"),
];

/// Where a rule's traffic comes from (ingress) or goes to (egress): each Terraform
/// argument and the CloudFormation property one of its items becomes.
fn peers(ingress: bool) -> [(&'static str, &'static str); 4] {
    if ingress {
        [
            ("cidr_blocks", "CidrIp"),
            ("ipv6_cidr_blocks", "CidrIpv6"),
            ("prefix_list_ids", "SourcePrefixListId"),
            ("security_groups", "SourceSecurityGroupId"),
        ]
    } else {
        [
            ("cidr_blocks", "CidrIp"),
            ("ipv6_cidr_blocks", "CidrIpv6"),
            ("prefix_list_ids", "DestinationPrefixListId"),
            ("security_groups", "DestinationSecurityGroupId"),
        ]
    }
}

/// Splits one Terraform rule (an `ingress` block or an `aws_security_group_rule`) into
/// one CloudFormation rule per address range, prefix list or group, as AWS stores them.
/// `me` is the group itself, for `self = true`; an unknown list of peers becomes one
/// rule with that unknown peer.
fn split_rule(b: &Node, ingress: bool, me: &Node, peers_of: &[(&str, &str)]) -> Vec<Node> {
    let mut base: Vec<(String, Node)> = Vec::new();
    for (tf, cfn) in RULE_FIELDS {
        if let Some(v) = field(b, tf) {
            base.push((cfn.to_string(), v.clone()));
        }
    }
    let mut out = Vec::new();
    let mut one = |key: &str, peer: Node| {
        let mut e = base.clone();
        e.push((key.to_string(), peer));
        out.push(Node::new(Value::Map(e), b.location.clone()));
    };
    for (tf, cfn) in peers_of {
        let Some(list) = field(b, tf) else { continue };
        match &list.value {
            Value::List(items) => items.iter().for_each(|i| one(cfn, i.clone())),
            Value::Null => {}
            _ => one(cfn, list.clone()),
        }
    }
    if field(b, "self").and_then(Node::as_bool) == Some(true) {
        let key = if ingress {
            "SourceSecurityGroupId"
        } else {
            "DestinationSecurityGroupId"
        };
        one(key, me.clone());
    }
    if out.is_empty() {
        out.push(Node::new(Value::Map(base), b.location.clone()));
    }
    out
}

/// `ingress` / `egress` blocks of a security group into `SecurityGroupIngress` /
/// `SecurityGroupEgress`.
fn group_rules(blocks: &Node, ingress: bool, me: &Node) -> Node {
    let Value::List(items) = &blocks.value else {
        return blocks.clone();
    };
    let rules = items
        .iter()
        .flat_map(|b| {
            if matches!(b.value, Value::Map(_)) {
                split_rule(b, ingress, me, &peers(ingress))
            } else {
                vec![b.clone()]
            }
        })
        .collect();
    Node::new(Value::List(rules), blocks.location.clone())
}

/// `aws_security_group_rule`: an `AWS::EC2::SecurityGroupIngress` or `...Egress` per
/// peer; the first keeps the Terraform address, the others are named `address#n`.
fn security_group_rule(raw: &RawResource) -> Option<Output> {
    let attrs = &raw.attrs;
    let ingress = match field(attrs, "type").and_then(Node::as_str) {
        Some("ingress") => true,
        Some("egress") => false,
        // An unknown direction: judged by no rule.
        _ => return None,
    };
    let group = field(attrs, "security_group_id")
        .cloned()
        .unwrap_or_else(|| Node::bare(Value::Unknown("security_group_id is not set".into())));
    let mut peers_of = peers(ingress).to_vec();
    peers_of[3].0 = "source_security_group_id";
    let mut rules = split_rule(attrs, ingress, &group, &peers_of).into_iter();
    let with_group = |r: Node| {
        let mut e = r.entries().to_vec();
        e.push(("GroupId".into(), group.clone()));
        Node::new(Value::Map(e), Some(raw.location.clone()))
    };
    let first = with_group(rules.next()?);
    let kind = if ingress {
        "AWS::EC2::SecurityGroupIngress"
    } else {
        "AWS::EC2::SecurityGroupEgress"
    };
    let extra: Vec<(String, String, Node)> = rules
        .enumerate()
        .map(|(i, r)| {
            (
                format!("{}#{}", raw.address, i + 1),
                kind.to_string(),
                with_group(r),
            )
        })
        .collect();
    Some(Output::WithExtra(kind.into(), first, extra))
}

/// The Terraform argument that names what a flow log watches, and its `ResourceType`.
const FLOW_LOG_TARGETS: &[(&str, &str)] = &[
    ("vpc_id", "VPC"),
    ("subnet_id", "Subnet"),
    ("eni_id", "NetworkInterface"),
    ("transit_gateway_id", "TransitGateway"),
    ("transit_gateway_attachment_id", "TransitGatewayAttachment"),
];

fn flow_log(m: &mut Mapping<'_>) {
    for (tf, ty) in FLOW_LOG_TARGETS {
        if let Some(id) = m.take(tf) {
            let loc = id.location.clone();
            m.set("ResourceId", id);
            m.set("ResourceType", Node::new(Value::Str(ty.to_string()), loc));
        }
    }
    m.renames(&[
        ("traffic_type", "TrafficType"),
        ("log_destination", "LogDestination"),
        ("log_destination_type", "LogDestinationType"),
        ("log_group_name", "LogGroupName"),
        ("iam_role_arn", "DeliverLogsPermissionArn"),
        ("log_format", "LogFormat"),
        ("max_aggregation_interval", "MaxAggregationInterval"),
        ("deliver_cross_account_role", "DeliverCrossAccountRole"),
    ]);
    m.block_map(
        "destination_options",
        "DestinationOptions",
        &[
            ("file_format", "FileFormat"),
            ("hive_compatible_partitions", "HiveCompatiblePartitions"),
            ("per_hour_partition", "PerHourPartition"),
        ],
    );
}
