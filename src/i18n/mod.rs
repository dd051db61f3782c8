//! Fluent locales: bundles built once, locale negotiation, dates in the family's language,
//! and SMS segment counting.

pub mod negotiate;

pub use negotiate::negotiate;
