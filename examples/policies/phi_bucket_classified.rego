# Every bucket that holds PHI, or that PHI reaches through a data flow, carries a data
# classification tag, so that the risk analysis and the asset inventory can find it.
package acme.phi_bucket_classified

metadata := {
	"id": "acme.phi-bucket-classified",
	"title": "Buckets that hold PHI carry a data classification tag",
	"severity": "medium",
	"service": "Amazon S3",
	"section": "Acme data handling standard, section 2.1",
	"cfr": ["164.308(a)(1)(ii)(A)", "164.310(d)(1)"],
	"kinds": ["AWS::S3::Bucket"],
	"phi_only": true,
	"rationale": "A bucket that PHI reaches without a classification tag is invisible to the inventory the risk analysis (164.308(a)(1)(ii)(A)) starts from, and to the media controls that decide how it is backed up and disposed of (164.310(d)(1)).",
	"remediation": "Tag the bucket with `data-classification: phi` (or `DataClassification`).",
}

# Tag keys that classify data, in any case.
classification_keys := {"data-classification", "dataclassification"}

classification(r) := value if {
	some key, value in r.tags
	lower(key) in classification_keys
}

results contains {
	"resource": r.id,
	"verdict": "fail",
	"message": "PHI reaches this bucket, but it has no data-classification tag",
	"path": "Tags",
} if {
	some r in input.resources
	r.kind == "AWS::S3::Bucket"
	not classification(r)
}

# A tag value that cannot be resolved before deployment (a parameter without a default).
results contains {
	"resource": r.id,
	"verdict": "unknown",
	"message": sprintf("the data-classification tag is not known before deployment: %s", [v["$unknown"]]),
	"path": "Tags",
} if {
	some r in input.resources
	r.kind == "AWS::S3::Bucket"
	v := classification(r)
	is_object(v)
	v["$unknown"]
}

results contains {
	"resource": r.id,
	"verdict": "pass",
	"message": sprintf("classified as '%s'", [v]),
	"path": "Tags",
} if {
	some r in input.resources
	r.kind == "AWS::S3::Bucket"
	v := classification(r)
	is_string(v)
}
