//! Values that cannot be wrong: once a raw string from a roster, a webhook or the command line
//! has become one of these, the rest of the code trusts it.

pub mod language;
pub mod phone;
pub mod time;

pub use language::{LanguageError, LanguageTag};
pub use phone::{Country, Phone, PhoneError};
pub use time::{TimeError, local_to_utc, parse_zone};
