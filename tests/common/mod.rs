//! Shared test support: databases on both engines, fixtures, the fake provider (a real HTTP
//! server), and the running app. Arrange with these, act over HTTP, assert on what came out.
#![allow(dead_code)]

pub mod app;
pub mod db;
pub mod demo;
pub mod fake_provider;

use std::path::PathBuf;

/// A file under `tests/fixtures/`.
pub fn fixture(name: &str) -> Vec<u8> {
    let path = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures")
        .join(name);
    std::fs::read(&path).unwrap_or_else(|e| panic!("fixture {}: {e}", path.display()))
}
