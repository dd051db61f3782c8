//! Shared test support: arrange with these, act over HTTP, assert on what came out.
#![allow(dead_code)]

pub mod fake_provider;
