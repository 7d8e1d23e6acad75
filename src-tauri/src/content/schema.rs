//! The content store's schema version, shared by the build-time compiler and the runtime reader
//! (the statements themselves are in `schema.sql`, which only the compiler runs).

/// The schema version, kept in `PRAGMA user_version`.
pub const SCHEMA_VERSION: i32 = 4;
