//! The SMS/voice provider: Twilio's wire format, which any Twilio-compatible provider speaks.
//!
//! Three concerns, each in its own file so the webhook handlers and the outbound queue depend
//! only on what they use:
//! - [`signature`]: is this webhook really from the provider? (`X-Twilio-Signature`, and the
//!   form body it covers)
//! - [`twiml`]: what a webhook answers (`<Response><Message>…`)
//! - [`twilio`]: the REST client the outbound queue sends through, with outcomes that say
//!   whether a failed send may be retried.

pub mod signature;
pub mod twilio;
pub mod twiml;

pub use twilio::{FetchOutcome, SendOutcome, Sender, TwilioClient};
