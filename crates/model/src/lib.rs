//! The phiguard resource model: one graph of AWS resources, whatever the input.
//!
//! Sources (CloudFormation, Terraform, a live account) adapt into a [`Graph`];
//! rules read only this graph. The vocabulary is the AWS resource schema: a
//! resource's `kind` is the AWS type name (`AWS::S3::Bucket`) and its attributes
//! use the schema's property names (`BucketEncryption.ServerSideEncryptionConfiguration`),
//! the same shape the Cloud Control API returns for a live resource. Nothing here
//! knows about templates, intrinsic functions or HCL.

mod diagnostic;
mod graph;
mod location;
mod value;

pub use diagnostic::{Diagnostic, Level, MessagePart};
pub use graph::{Edge, EdgeKind, Gap, Graph, Resource, ResourceId, Tag, Unit};
pub use location::{Live, Location, Origin};
pub use value::{Lookup, Node, Value, reason_l10n, template_l10n};
