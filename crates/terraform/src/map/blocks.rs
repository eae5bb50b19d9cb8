//! Nested single blocks (`encryption_info { encryption_in_transit { client_broker } }`)
//! read by dotted paths, for types whose CloudFormation twin nests maps the same way.

use super::{Mapping, field, first_block, generic};
use phiguard_model::Node;

/// The value at a dotted path below `root`, descending into the first block of each
/// nested block type. An unknown block on the way (a dynamic block over an unknown
/// collection) stands for everything below it.
pub fn dig(root: &Node, path: &str) -> Option<Node> {
    let segs: Vec<&str> = path.split('.').collect();
    let mut cur = root.clone();
    for (i, seg) in segs.iter().enumerate() {
        if cur.is_unknown() {
            return Some(cur);
        }
        let next = field(&cur, seg)?;
        // A list on the way is a block list; at the end it is the value itself.
        cur = if i + 1 < segs.len() {
            first_block(next)?
        } else {
            next.clone()
        };
    }
    Some(cur)
}

impl Mapping<'_> {
    /// Renames arguments written inside nested single blocks: each pair is a dotted
    /// Terraform path (`logging_info.broker_logs.s3.bucket`) and the CloudFormation path
    /// its value goes to. The top-level blocks named are used up.
    pub fn nested(&mut self, pairs: &[(&str, &str)]) {
        for (tf, cfn) in pairs {
            let (head, rest) = match tf.split_once('.') {
                Some((h, r)) => (h, Some(r)),
                None => (*tf, None),
            };
            let Some(top) = self.take(head) else {
                continue;
            };
            let value = match rest {
                None => Some(top),
                Some(rest) => first_block(&top).and_then(|b| dig(&b, rest)),
            };
            if let Some(v) = value {
                self.set(cfn, generic(&v));
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use phiguard_model::Value;

    fn map(entries: Vec<(&str, Node)>) -> Node {
        Node::bare(Value::Map(
            entries
                .into_iter()
                .map(|(k, v)| (k.to_string(), v))
                .collect(),
        ))
    }

    #[test]
    fn digs_through_single_blocks_and_stops_at_unknown() {
        let leaf = Node::bare(Value::Str("TLS".into()));
        let inner = Node::bare(Value::List(vec![map(vec![("client_broker", leaf)])]));
        let root = map(vec![("encryption_in_transit", inner)]);
        assert_eq!(
            dig(&root, "encryption_in_transit.client_broker").map(|n| n.value),
            Some(Value::Str("TLS".into()))
        );
        assert!(dig(&root, "encryption_in_transit.in_cluster").is_none());
        let dynamic = map(vec![(
            "encryption_in_transit",
            Node::bare(Value::Unknown("dynamic".into())),
        )]);
        assert!(
            dig(&dynamic, "encryption_in_transit.client_broker").is_some_and(|n| n.is_unknown())
        );
    }
}
