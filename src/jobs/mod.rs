//! Background work inside `serve`: the outbound sender (and the scheduler for reminders and
//! follow-ups). Each is safe with several processes on one PostgreSQL, and each can be driven
//! step by step by tests.

pub mod scheduler;
pub mod sender;
