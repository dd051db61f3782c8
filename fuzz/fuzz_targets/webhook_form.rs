//! Any webhook body and path: parsing the form never panics; whatever parses, signed with
//! Twilio's algorithm for the URL the app expects, validates; and the same signature never
//! validates a different body or URL.
#![no_main]

use homevisit::provider::signature::{compute, expected_url, parse_form, validate};
use libfuzzer_sys::fuzz_target;

const TOKEN: &str = "fuzz-auth-token";

fuzz_target!(|data: &[u8]| {
    // The first line is the path and query, the rest the body.
    let split = data.iter().position(|b| *b == b'\n').unwrap_or(data.len());
    let (path, body) = data.split_at(split);
    let body = body.get(1..).unwrap_or(&[]);
    let Ok(path) = std::str::from_utf8(path) else {
        return;
    };
    let url = expected_url("https://visits.example.org", path);
    let Ok(params) = parse_form(body) else {
        return;
    };
    let signature = compute(TOKEN, &url, &params);
    assert!(validate(TOKEN, &url, &params, &signature), "{url} {params:?}");
    assert!(!validate("another-token", &url, &params, &signature));
    let mut other = params.clone();
    other.push(("Body".into(), "x".into()));
    assert!(!validate(TOKEN, &url, &other, &signature), "{params:?}");
    assert!(!validate(TOKEN, &format!("{url}x"), &params, &signature));
});
