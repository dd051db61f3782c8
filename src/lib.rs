//! homevisit schedules parent/teacher home visits by text message and phone call.
//!
//! A family's text arrives at `http::webhooks` (a key pressed on a call at `http::voice`;
//! signature checked by `provider::signature`), is stored first (`store`), handed to the one
//! inbound path (`inbound`), understood in the family's language (`conversation::understand`),
//! and stepped through the visit state machine (`conversation::machine`), which yields effects:
//! messages (rendered by `i18n` from Fluent files), a booking for an educator pair, a handoff
//! to a coordinator. The effects commit in the same transaction as the inbound message; outbound
//! texts wait in a persistent queue that `jobs::sender` drains through the provider.
//!
//! Rosters come in through `import`; `config` reads the environment once; `clock` is the
//! injected time; `domain` holds the values that cannot be wrong (phones, languages, times).
//! Educators read their visits through `calendar` (an iCalendar feed per secret token) and
//! coordinators pay them from `hours` (completed visits per educator over local dates).

pub mod app;
pub mod calendar;
pub mod campaign;
pub mod clock;
pub mod config;
pub mod conversation;
pub mod demo;
pub mod domain;
pub(crate) mod engine;
pub mod hours;
pub mod http;
pub mod i18n;
pub mod import;
pub(crate) mod inbound;
pub mod jobs;
pub mod logging;
pub(crate) mod metrics;
pub mod privacy;
pub mod provider;
pub mod report;
pub mod store;

/// The most texts answered automatically to one phone in an hour (see `engine`).
pub use engine::MAX_REPLIES_PER_HOUR;
