//! What a family's reply means: reply text + their language + how many options they were
//! offered → an [`Intent`]. Pure: no I/O, no state.

use serde::Serialize;

use crate::domain::LanguageTag;

/// What a reply asks for. What each does in each state is `CONVERSATION.md`'s table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "intent", rename_all = "lowercase")]
pub enum Intent {
    /// A numbered option (1-based), possibly beyond what was offered.
    Choose {
        choice: u32,
    },
    /// Two or more different numbers ("1 or 2"): never guessed into a booking.
    Ambiguous,
    /// Yes without a number.
    Accept,
    /// No.
    Decline,
    /// Move the visit / other times.
    Change,
    /// Meet somewhere other than home.
    Place,
    Stop,
    Start,
    Help,
    /// Anything else: kept for a coordinator.
    Other,
}

/// Understands a reply in `language` to an offer of `offered` options.
pub fn understand(reply: &str, language: &LanguageTag, offered: usize) -> Intent {
    let _ = (reply, language, offered);
    Intent::Other
}
