//! Test and benchmark support for factpack; not part of the shipped library.
//!
//! - [`corpus`]: a seeded generator of synthetic news articles.
//! - [`fuzzing`]: the properties the fuzz targets check, as plain functions.

pub mod corpus;
pub mod fuzzing;
