//! Fluent locales: bundles built once at start-up ([`Locales`]), locale negotiation
//! ([`negotiate`]), slot times and name lists in the family's language (`dates`, through
//! ICU4X), SMS segment counting ([`segments`]), and every message rendered with sample facts
//! for reviewers ([`preview`]).
//!
//! Every word a family or an educator reads comes whole from `locales/<tag>/main.ftl`; Rust
//! only supplies the facts (names, times, numbered options) as Fluent arguments.

pub mod calendar;
mod catalog;
mod dates;
mod educator;
mod family;
pub mod negotiate;
pub mod preview;
pub mod segments;
pub mod voice;

pub use catalog::{I18nError, Locales, SHIPPED_FILES};
pub use negotiate::negotiate;
