//! The lowest protocol a named TLS security policy lets a client negotiate, for Elastic
//! Load Balancing, OpenSearch Service and CloudFront. Names follow AWS's published
//! policy tables; a name this module does not know yields `None` (an unknown verdict,
//! never a guess).

use std::fmt;

/// An SSL/TLS protocol version, oldest first.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum Protocol {
    /// SSL 3.0.
    Ssl3,
    /// TLS 1.0.
    Tls10,
    /// TLS 1.1.
    Tls11,
    /// TLS 1.2.
    Tls12,
    /// TLS 1.3.
    Tls13,
}

impl Protocol {
    fn from_minor(minor: &str) -> Option<Self> {
        match minor {
            "0" => Some(Self::Tls10),
            "1" => Some(Self::Tls11),
            "2" => Some(Self::Tls12),
            "3" => Some(Self::Tls13),
            _ => None,
        }
    }
}

impl fmt::Display for Protocol {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Protocol::Ssl3 => "SSL 3.0",
            Protocol::Tls10 => "TLS 1.0",
            Protocol::Tls11 => "TLS 1.1",
            Protocol::Tls12 => "TLS 1.2",
            Protocol::Tls13 => "TLS 1.3",
        })
    }
}

/// The policy Elastic Load Balancing applies to an HTTPS or TLS listener created through
/// the API (and so through CloudFormation and Terraform) without `SslPolicy`.
pub const ELB_API_DEFAULT_POLICY: &str = "ELBSecurityPolicy-2016-08";

/// Lowest protocol of an Elastic Load Balancing security policy (ALB, NLB and Classic).
///
/// `ELBSecurityPolicy-TLS13-1-2-2021-06` → TLS 1.2, `ELBSecurityPolicy-TLS-1-2-Ext-2018-06`
/// → TLS 1.2, `ELBSecurityPolicy-FS-1-1-2019-08` → TLS 1.1, `ELBSecurityPolicy-2016-08`
/// → TLS 1.0, `ELBSecurityPolicy-2015-05` → TLS 1.0, `ELBSecurityPolicy-2011-08` → SSL 3.0.
pub fn elb_minimum(policy: &str) -> Option<Protocol> {
    let rest = policy.strip_prefix("ELBSecurityPolicy-")?;
    // TLS13-1-2-..., TLS-1-2-..., FS-1-2-...: the two numbers after the family are the
    // lowest TLS version.
    for family in ["TLS13-1-", "TLS-1-", "FS-1-"] {
        if let Some(tail) = rest.strip_prefix(family) {
            let minor = tail.split('-').next()?;
            return Protocol::from_minor(minor);
        }
    }
    match rest {
        // Dated policies before the TLS-named ones all accept TLS 1.0.
        "2016-08" | "2015-05" | "2015-03" | "2015-02" | "FS-2018-06" => Some(Protocol::Tls10),
        "2014-10" | "2014-01" | "2011-08" => Some(Protocol::Ssl3),
        _ => None,
    }
}

/// Lowest protocol of an OpenSearch Service `TLSSecurityPolicy`
/// (`Policy-Min-TLS-1-2-2019-07`, `Policy-Min-TLS-1-2-PFS-2023-10`, `Policy-Min-TLS-1-0-2019-07`).
pub fn opensearch_minimum(policy: &str) -> Option<Protocol> {
    let tail = policy.strip_prefix("Policy-Min-TLS-1-")?;
    Protocol::from_minor(tail.split('-').next()?)
}

/// The TLS policy OpenSearch Service applies when `TLSSecurityPolicy` is not given.
pub const OPENSEARCH_API_DEFAULT_POLICY: &str = "Policy-Min-TLS-1-0-2019-07";

/// Lowest protocol of a CloudFront `ViewerCertificate.MinimumProtocolVersion`
/// (`TLSv1.2_2021`, `TLSv1.1_2016`, `TLSv1`, `SSLv3`).
pub fn cloudfront_minimum(version: &str) -> Option<Protocol> {
    if version == "SSLv3" {
        return Some(Protocol::Ssl3);
    }
    let tail = version.strip_prefix("TLSv1")?;
    let minor = match tail.strip_prefix('.') {
        Some(t) => t.split('_').next()?,
        None if tail.is_empty() || tail.starts_with('_') => "0",
        None => return None,
    };
    Protocol::from_minor(minor)
}

#[cfg(test)]
mod tests {
    use super::*;
    use Protocol::*;

    #[test]
    fn elb_policies() {
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS13-1-2-2021-06"),
            Some(Tls12)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS13-1-2-Res-2021-06"),
            Some(Tls12)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS13-1-3-2021-06"),
            Some(Tls13)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS13-1-0-2021-06"),
            Some(Tls10)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS13-1-2-FIPS-2023-04"),
            Some(Tls12)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS-1-2-Ext-2018-06"),
            Some(Tls12)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS-1-2-2017-01"),
            Some(Tls12)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-TLS-1-1-2017-01"),
            Some(Tls11)
        );
        assert_eq!(
            elb_minimum("ELBSecurityPolicy-FS-1-2-Res-2020-10"),
            Some(Tls12)
        );
        assert_eq!(elb_minimum("ELBSecurityPolicy-FS-1-1-2019-08"), Some(Tls11));
        assert_eq!(elb_minimum("ELBSecurityPolicy-FS-2018-06"), Some(Tls10));
        assert_eq!(elb_minimum(ELB_API_DEFAULT_POLICY), Some(Tls10));
        assert_eq!(elb_minimum("ELBSecurityPolicy-2015-05"), Some(Tls10));
        assert_eq!(elb_minimum("ELBSecurityPolicy-2011-08"), Some(Ssl3));
        assert_eq!(elb_minimum("MyCustomPolicy"), None);
        assert_eq!(elb_minimum("ELBSecurityPolicy-2099-01"), None);
    }

    #[test]
    fn opensearch_policies() {
        assert_eq!(
            opensearch_minimum("Policy-Min-TLS-1-2-2019-07"),
            Some(Tls12)
        );
        assert_eq!(
            opensearch_minimum("Policy-Min-TLS-1-2-PFS-2023-10"),
            Some(Tls12)
        );
        assert_eq!(
            opensearch_minimum(OPENSEARCH_API_DEFAULT_POLICY),
            Some(Tls10)
        );
        assert_eq!(opensearch_minimum("TLS12"), None);
    }

    #[test]
    fn cloudfront_versions() {
        assert_eq!(cloudfront_minimum("TLSv1.2_2021"), Some(Tls12));
        assert_eq!(cloudfront_minimum("TLSv1.2_2019"), Some(Tls12));
        assert_eq!(cloudfront_minimum("TLSv1.3_2025"), Some(Tls13));
        assert_eq!(cloudfront_minimum("TLSv1.1_2016"), Some(Tls11));
        assert_eq!(cloudfront_minimum("TLSv1_2016"), Some(Tls10));
        assert_eq!(cloudfront_minimum("TLSv1"), Some(Tls10));
        assert_eq!(cloudfront_minimum("SSLv3"), Some(Ssl3));
        assert_eq!(cloudfront_minimum("TLSv2"), None);
    }
}
