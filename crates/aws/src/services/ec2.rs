//! Amazon EC2 and EBS: the region's EBS encryption default, instances (metadata options),
//! volumes, own snapshots (who may create volumes from them), VPCs, subnets, security
//! groups and flow logs.

use super::Service;
use crate::cx::{Cx, obj};
use serde_json::{Value, json};

pub static SERVICE: Service = Service {
    name: "ec2",
    global: false,
    actions: &[
        "ec2:GetEbsEncryptionByDefault",
        "ec2:GetEbsDefaultKmsKeyId",
        "ec2:DescribeInstances",
        "ec2:DescribeVolumes",
        "ec2:DescribeSnapshots",
        "ec2:DescribeSnapshotAttribute",
        "ec2:DescribeVpcs",
        "ec2:DescribeSubnets",
        "ec2:DescribeSecurityGroups",
        "ec2:DescribeFlowLogs",
    ],
    kinds: &[
        "phiguard::Region",
        "AWS::EC2::Instance",
        "AWS::EC2::Volume",
        "AWS::EC2::Snapshot",
        "AWS::EC2::VPC",
        "AWS::EC2::Subnet",
        "AWS::EC2::SecurityGroup",
        "AWS::EC2::FlowLog",
    ],
    collect: |cx| Box::pin(collect(cx)),
};

fn tags(list: &[aws_sdk_ec2::types::Tag]) -> Vec<(String, String)> {
    list.iter()
        .filter_map(|t| Some((t.key()?.to_string(), t.value().unwrap_or("").to_string())))
        .collect()
}

async fn collect(cx: &Cx) {
    let client = aws_sdk_ec2::Client::new(&cx.sdk);
    region(cx, &client).await;
    instances(cx, &client).await;
    volumes(cx, &client).await;
    snapshots(cx, &client).await;
    network(cx, &client).await;
}

async fn region(cx: &Cx, client: &aws_sdk_ec2::Client) {
    let action = "ec2:GetEbsEncryptionByDefault";
    let by_default = match cx
        .call(action, client.get_ebs_encryption_by_default().send())
        .await
    {
        Ok(o) => json!(o.ebs_encryption_by_default().unwrap_or(false)),
        Err(f) => Cx::unknown(action, &f),
    };
    let action = "ec2:GetEbsDefaultKmsKeyId";
    let key = match cx
        .call(action, client.get_ebs_default_kms_key_id().send())
        .await
    {
        Ok(o) => o.kms_key_id().map_or(Value::Null, |k| json!(k)),
        Err(f) => Cx::unknown(action, &f),
    };
    cx.add(
        "phiguard::Region",
        cx.arn("ec2", "region"),
        Vec::new(),
        obj(json!({
            "AccountId": cx.account,
            "Region": cx.region,
            "EbsEncryptionByDefault": by_default,
            "EbsDefaultKmsKeyId": key,
        })),
        Vec::new(),
    );
}

async fn instances(cx: &Cx, client: &aws_sdk_ec2::Client) {
    let action = "ec2:DescribeInstances";
    let pages = client.describe_instances().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &["AWS::EC2::Instance"], &f),
    };
    for i in pages
        .iter()
        .flat_map(|p| p.reservations())
        .flat_map(|r| r.instances())
    {
        let Some(id) = i.instance_id() else { continue };
        if i.state()
            .and_then(|s| s.name())
            .is_some_and(|s| s.as_str() == "terminated")
        {
            continue;
        }
        let m = i.metadata_options();
        let props = obj(json!({
            "InstanceId": id,
            "ImageId": i.image_id(),
            "InstanceType": i.instance_type().map(|t| t.as_str()),
            "SubnetId": i.subnet_id(),
            "SecurityGroupIds": i.security_groups().iter().filter_map(|g| g.group_id()).collect::<Vec<_>>(),
            "IamInstanceProfile": i.iam_instance_profile().and_then(|p| p.arn()),
            "PublicIpAddress": i.public_ip_address(),
            "MetadataOptions": m.map(|m| obj(json!({
                "HttpTokens": m.http_tokens().map(|t| t.as_str()),
                "HttpEndpoint": m.http_endpoint().map(|t| t.as_str()),
                "HttpPutResponseHopLimit": m.http_put_response_hop_limit(),
            }))),
            "Volumes": i.block_device_mappings().iter().filter_map(|b| {
                Some(obj(json!({"Device": b.device_name(), "VolumeId": b.ebs()?.volume_id()})))
            }).collect::<Vec<_>>(),
            "Monitoring": i.monitoring().and_then(|m| m.state()).map(|s| s.as_str() == "enabled"),
        }));
        cx.add(
            "AWS::EC2::Instance",
            cx.arn("ec2", &format!("instance/{id}")),
            vec![id.to_string()],
            props,
            tags(i.tags()),
        );
    }
}

async fn volumes(cx: &Cx, client: &aws_sdk_ec2::Client) {
    let action = "ec2:DescribeVolumes";
    let pages = client.describe_volumes().into_paginator().send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &["AWS::EC2::Volume"], &f),
    };
    for v in pages.iter().flat_map(|p| p.volumes()) {
        let Some(id) = v.volume_id() else { continue };
        cx.add(
            "AWS::EC2::Volume",
            cx.arn("ec2", &format!("volume/{id}")),
            vec![id.to_string()],
            obj(json!({
                "VolumeId": id,
                "AvailabilityZone": v.availability_zone(),
                "Encrypted": v.encrypted(),
                "KmsKeyId": v.kms_key_id(),
                "Size": v.size(),
                "VolumeType": v.volume_type().map(|t| t.as_str()),
                "SnapshotId": v.snapshot_id().filter(|s| !s.is_empty()),
            })),
            tags(v.tags()),
        );
    }
}

async fn snapshots(cx: &Cx, client: &aws_sdk_ec2::Client) {
    let action = "ec2:DescribeSnapshots";
    let pages = client
        .describe_snapshots()
        .owner_ids("self")
        .into_paginator()
        .send();
    let pages = match cx.pages(action, pages).await {
        Ok(p) => p,
        Err(f) => return cx.gap(action, &["AWS::EC2::Snapshot"], &f),
    };
    for s in pages.iter().flat_map(|p| p.snapshots()) {
        let Some(id) = s.snapshot_id() else { continue };
        let action = "ec2:DescribeSnapshotAttribute";
        let permissions = match cx
            .call(
                action,
                client
                    .describe_snapshot_attribute()
                    .snapshot_id(id)
                    .attribute(aws_sdk_ec2::types::SnapshotAttributeName::CreateVolumePermission)
                    .send(),
            )
            .await
        {
            Ok(a) => Value::Array(
                a.create_volume_permissions()
                    .iter()
                    .map(|p| {
                        Value::Object(obj(json!({
                            "Group": p.group().map(|g| g.as_str()),
                            "UserId": p.user_id(),
                        })))
                    })
                    .collect(),
            ),
            Err(f) => Cx::unknown(action, &f),
        };
        cx.add(
            "AWS::EC2::Snapshot",
            cx.arn("ec2", &format!("snapshot/{id}")),
            vec![id.to_string()],
            obj(json!({
                "SnapshotId": id,
                "VolumeId": s.volume_id(),
                "Encrypted": s.encrypted(),
                "KmsKeyId": s.kms_key_id(),
                "CreateVolumePermissions": permissions,
            })),
            tags(s.tags()),
        );
    }
}

fn rules(perms: &[aws_sdk_ec2::types::IpPermission], egress: bool) -> Vec<Value> {
    let mut out = Vec::new();
    let peer = if egress { "Destination" } else { "Source" };
    for p in perms {
        let base = json!({
            "IpProtocol": p.ip_protocol(),
            "FromPort": p.from_port(),
            "ToPort": p.to_port(),
        });
        let with = |k: &str, v: Option<&str>| {
            let mut m = obj(base.clone());
            if let Some(v) = v {
                m.insert(k.into(), json!(v));
            }
            Value::Object(m)
        };
        for r in p.ip_ranges() {
            out.push(with("CidrIp", r.cidr_ip()));
        }
        for r in p.ipv6_ranges() {
            out.push(with("CidrIpv6", r.cidr_ipv6()));
        }
        for g in p.user_id_group_pairs() {
            out.push(with(&format!("{peer}SecurityGroupId"), g.group_id()));
        }
        for l in p.prefix_list_ids() {
            out.push(with(&format!("{peer}PrefixListId"), l.prefix_list_id()));
        }
    }
    out
}

async fn network(cx: &Cx, client: &aws_sdk_ec2::Client) {
    let action = "ec2:DescribeVpcs";
    match cx
        .pages(action, client.describe_vpcs().into_paginator().send())
        .await
    {
        Ok(pages) => {
            for v in pages.iter().flat_map(|p| p.vpcs()) {
                let Some(id) = v.vpc_id() else { continue };
                cx.add(
                    "AWS::EC2::VPC",
                    cx.arn("ec2", &format!("vpc/{id}")),
                    vec![id.to_string()],
                    obj(json!({ "VpcId": id, "CidrBlock": v.cidr_block(), "IsDefault": v.is_default() })),
                    tags(v.tags()),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::EC2::VPC"], &f),
    }
    let action = "ec2:DescribeSubnets";
    match cx
        .pages(action, client.describe_subnets().into_paginator().send())
        .await
    {
        Ok(pages) => {
            for s in pages.iter().flat_map(|p| p.subnets()) {
                let Some(id) = s.subnet_id() else { continue };
                cx.add(
                    "AWS::EC2::Subnet",
                    cx.arn("ec2", &format!("subnet/{id}")),
                    vec![id.to_string()],
                    obj(json!({
                        "SubnetId": id,
                        "VpcId": s.vpc_id(),
                        "CidrBlock": s.cidr_block(),
                        "AvailabilityZone": s.availability_zone(),
                        "MapPublicIpOnLaunch": s.map_public_ip_on_launch(),
                    })),
                    tags(s.tags()),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::EC2::Subnet"], &f),
    }
    let action = "ec2:DescribeSecurityGroups";
    match cx
        .pages(
            action,
            client.describe_security_groups().into_paginator().send(),
        )
        .await
    {
        Ok(pages) => {
            for g in pages.iter().flat_map(|p| p.security_groups()) {
                let Some(id) = g.group_id() else { continue };
                cx.add(
                    "AWS::EC2::SecurityGroup",
                    cx.arn("ec2", &format!("security-group/{id}")),
                    vec![id.to_string()],
                    obj(json!({
                        "GroupId": id,
                        "GroupName": g.group_name(),
                        "GroupDescription": g.description(),
                        "VpcId": g.vpc_id(),
                        "SecurityGroupIngress": rules(g.ip_permissions(), false),
                        "SecurityGroupEgress": rules(g.ip_permissions_egress(), true),
                    })),
                    tags(g.tags()),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::EC2::SecurityGroup"], &f),
    }
    let action = "ec2:DescribeFlowLogs";
    let pages = client.describe_flow_logs().into_paginator().send();
    match cx.pages(action, pages).await {
        Ok(pages) => {
            for l in pages.iter().flat_map(|p| p.flow_logs()) {
                let Some(id) = l.flow_log_id() else { continue };
                let target = l.resource_id().unwrap_or_default();
                let kind = match target.split('-').next() {
                    Some("vpc") => "VPC",
                    Some("subnet") => "Subnet",
                    Some("eni") => "NetworkInterface",
                    Some("tgw") => "TransitGateway",
                    _ => "VPC",
                };
                cx.add(
                    "AWS::EC2::FlowLog",
                    cx.arn("ec2", &format!("vpc-flow-log/{id}")),
                    vec![id.to_string()],
                    obj(json!({
                        "ResourceId": target,
                        "ResourceType": kind,
                        "TrafficType": l.traffic_type().map(|t| t.as_str()),
                        "LogDestinationType": l.log_destination_type().map(|t| t.as_str()),
                        "LogDestination": l.log_destination(),
                        "LogGroupName": l.log_group_name(),
                    })),
                    tags(l.tags()),
                );
            }
        }
        Err(f) => cx.gap(action, &["AWS::EC2::FlowLog"], &f),
    }
}
