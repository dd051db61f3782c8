//! The heart of homevisit, with no I/O: what a family's reply means (`understand`), what
//! happens next (`machine`), and the typed messages that result (`messages`). SMS and voice
//! both go through here.

pub mod machine;
pub mod messages;
pub mod understand;

pub use understand::{Intent, understand};
