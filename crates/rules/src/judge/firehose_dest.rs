//! The destination configurations of a Firehose delivery stream.

use phiguard_model::{Node, Resource};

/// Destination configuration properties, primary destinations first.
pub const DESTINATIONS: &[&str] = &[
    "ExtendedS3DestinationConfiguration",
    "S3DestinationConfiguration",
    "RedshiftDestinationConfiguration",
    "ElasticsearchDestinationConfiguration",
    "AmazonopensearchserviceDestinationConfiguration",
    "AmazonOpenSearchServerlessDestinationConfiguration",
    "SplunkDestinationConfiguration",
    "HttpEndpointDestinationConfiguration",
    "SnowflakeDestinationConfiguration",
    "IcebergDestinationConfiguration",
];

/// The destination configurations written on the stream, with their property names.
pub fn destinations(r: &Resource) -> Vec<(&'static str, &Node)> {
    DESTINATIONS
        .iter()
        .filter_map(|p| r.get(p).node().map(|n| (*p, n)))
        .collect()
}

/// Every S3 configuration the stream writes through (the S3 destination itself, the
/// staging or backup bucket of other destinations), with its path.
pub fn s3_configs(r: &Resource) -> Vec<(String, &Node)> {
    let mut out = Vec::new();
    for (p, d) in destinations(r) {
        if p.contains("S3Destination") {
            out.push((p.to_string(), d));
        }
        for sub in ["S3Configuration", "S3BackupConfiguration"] {
            if let Some(n) = d.get(sub).node() {
                out.push((format!("{p}.{sub}"), n));
            }
        }
    }
    out
}
