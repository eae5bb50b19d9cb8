//! Shared judgements the rule files build on, kept apart from the rules themselves
//! (`src/rules/<service>/<rule>.rs`): following references to other resources, reading
//! resource policies, bucket and database settings, inherited encryption, exposure to
//! the internet.

pub(crate) mod backup;
pub(crate) mod block_devices;
pub(crate) mod bucket;
pub(crate) mod cache_engine;
pub(crate) mod declared_key;
pub(crate) mod distribution;
pub(crate) mod docdb_params;
pub(crate) mod ecs_task;
pub(crate) mod emr_security;
pub(crate) mod endpoint_url;
pub(crate) mod exposure;
pub(crate) mod firehose_dest;
pub(crate) mod glue;
pub(crate) mod inherited;
pub(crate) mod json_doc;
pub(crate) mod live;
pub mod policy;
pub(crate) mod rds_settings;
pub(crate) mod reference;
pub(crate) mod secret_names;
pub(crate) mod tls_policy;
pub(crate) mod trail_events;
pub(crate) mod version;
pub(crate) mod worst;
