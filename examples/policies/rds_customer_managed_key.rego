# RDS databases are encrypted with a customer-managed KMS key declared in the scan, not
# the AWS managed key `aws/rds`: only a key the organisation owns has a key policy it
# controls and can be disabled to cut off access to every snapshot at once.
package acme.rds_customer_managed_key

metadata := {
	"id": "acme.rds-customer-managed-key",
	"title": "RDS databases use a customer-managed KMS key",
	"severity": "high",
	"service": "Amazon RDS",
	"section": "Acme key management standard, section 4",
	"cfr": ["164.312(a)(2)(iv)", "164.312(b)"],
	"kinds": ["AWS::RDS::DBCluster", "AWS::RDS::DBInstance"],
	"phi_only": true,
	"rationale": "With the AWS managed key aws/rds, the key policy cannot be changed and the key cannot be disabled: the organisation cannot revoke access to the data and its snapshots on its own (164.312(a)(2)(iv)).",
	"remediation": "Create an `AWS::KMS::Key` (Terraform `aws_kms_key`) with rotation enabled and set `KmsKeyId` (`kms_key_id`) to it.",
}

# Resources of the scan by unit and name, to follow references.
named(unit, name) := found if {
	some found in input.resources
	found.unit == unit
	found.name == name
}

# An instance of an Aurora cluster is encrypted by its cluster.
in_cluster(r) if {
	r.kind == "AWS::RDS::DBInstance"
	r.attributes.DBClusterIdentifier
}

results contains {"resource": r.id, "verdict": "not_applicable", "message": "encrypted by its cluster's key"} if {
	some r in input.resources
	in_cluster(r)
}

judged contains r if {
	some r in input.resources
	r.kind in {"AWS::RDS::DBCluster", "AWS::RDS::DBInstance"}
	not in_cluster(r)
}

results contains {"resource": r.id, "verdict": "fail", "message": "no KmsKeyId: the database uses the AWS managed key aws/rds, if it is encrypted at all"} if {
	some r in judged
	not "KmsKeyId" in object.keys(r.attributes)
}

results contains {"resource": r.id, "verdict": "pass", "message": sprintf("encrypted with the customer-managed key %s", [key.name]), "path": "KmsKeyId"} if {
	some r in judged
	key := named(r.unit, r.attributes.KmsKeyId["$ref"])
	key.kind == "AWS::KMS::Key"
}

results contains {"resource": r.id, "verdict": "fail", "message": sprintf("KmsKeyId names the AWS managed key %s", [k]), "path": "KmsKeyId"} if {
	some r in judged
	k := r.attributes.KmsKeyId
	is_string(k)
	contains(k, "alias/aws/")
}

results contains {"resource": r.id, "verdict": "unknown", "message": "KmsKeyId names a key outside this scan: whether it is customer managed cannot be told from here", "path": "KmsKeyId"} if {
	some r in judged
	k := r.attributes.KmsKeyId
	is_string(k)
	not contains(k, "alias/aws/")
}

results contains {"resource": r.id, "verdict": "unknown", "message": sprintf("KmsKeyId is not known before deployment: %s", [r.attributes.KmsKeyId["$unknown"]]), "path": "KmsKeyId"} if {
	some r in judged
	r.attributes.KmsKeyId["$unknown"]
}
