//! Twilio's request signature (`X-Twilio-Signature`) and the form bodies it covers.
//!
//! Every provider webhook (`/twilio/sms`, `/twilio/status`, `/twilio/voice…`) must prove it
//! came from the provider before anything is stored. Twilio signs a request with
//! base64(HMAC-SHA1(auth token, URL + parameters)), where the URL is the one it was told to
//! call and the parameters are the decoded form fields, sorted. This module computes and checks
//! that signature exactly as Twilio's own libraries do (twilio-python's `RequestValidator`,
//! twilio-node's `webhooks.ts`), and decodes the form body into the ordered pairs the handler
//! and the signature both need.
//!
//! What it deliberately does not do: look at `Host`, `X-Forwarded-*` or `Forwarded`. The URL
//! always comes from `HOMEVISIT_PUBLIC_URL` (see [`expected_url`]), so a client cannot choose
//! the URL its signature is checked against.

use std::collections::{BTreeMap, BTreeSet};

use base64::Engine;
use hmac::{Hmac, Mac};
use sha1::Sha1;
use subtle::ConstantTimeEq;

/// The header Twilio puts its signature in.
pub const HEADER: &str = "X-Twilio-Signature";

/// The URL Twilio signed: the configured public base URL (scheme, host, and a port only if the
/// configuration has one; a trailing `/` is dropped) followed by the request's path and query
/// string exactly as received — never decoded or re-encoded, since Twilio signs the URL it was
/// configured with byte for byte (`%20` stays `%20`, `+` stays `+`, parameter order is kept).
///
/// `path_and_query` is what the server received, e.g. axum's `OriginalUri` path-and-query
/// (`/twilio/sms?school=a%20b`). A base URL with a path (`https://host/homevisit`) is kept as
/// is, for a proxy that strips that prefix before it reaches us.
pub fn expected_url(public_url: &str, path_and_query: &str) -> String {
    let base = public_url.trim().trim_end_matches('/');
    if path_and_query.starts_with('/') || path_and_query.starts_with('?') {
        format!("{base}{path_and_query}")
    } else {
        format!("{base}/{path_and_query}")
    }
}

/// The signature Twilio would send for `url` and the decoded form `params`:
/// base64(HMAC-SHA1(auth_token, url + name₁ + value₁ + name₂ + value₂ …)).
///
/// As twilio-python (`sorted(set(params))`, then `sorted(set(values))`) and twilio-node
/// (`Object.keys(params).sort()`, then `Array.from(new Set(values)).sort()`) compute it:
/// names sorted, case-sensitively, by code point; a name given several times appears once per
/// *distinct* value, those values sorted too (so `a=2&a=1&a=1` signs as `a1a2`). The order the
/// pairs arrive in never matters.
pub fn compute(auth_token: &str, url: &str, params: &[(String, String)]) -> String {
    // Rust orders `str` by its UTF-8 bytes, which is code point order: the same order
    // Python's `sorted` uses (Node sorts UTF-16 units; they differ only for characters above
    // U+FFFF against U+E000–U+FFFF, never in Twilio's ASCII parameter names).
    let mut sorted: BTreeMap<&str, BTreeSet<&str>> = BTreeMap::new();
    for (name, value) in params {
        sorted.entry(name).or_default().insert(value);
    }
    // HMAC accepts a key of any length (a long one is hashed first), so this cannot fail; an
    // empty string is what `validate` treats as "never matches" should it ever do so.
    let Ok(mut mac) = Hmac::<Sha1>::new_from_slice(auth_token.as_bytes()) else {
        return String::new();
    };
    mac.update(url.as_bytes());
    for (name, values) in &sorted {
        for value in values {
            mac.update(name.as_bytes());
            mac.update(value.as_bytes());
        }
    }
    base64::engine::general_purpose::STANDARD.encode(mac.finalize().into_bytes())
}

/// Whether `signature` is Twilio's signature of `url` and `params` under `auth_token`.
///
/// Like Twilio's libraries, it accepts the signature of the URL with or without its port:
/// the URL as given, the URL with any port removed, and the URL with the scheme's default
/// port (`:443`, `:80`) added when it has none. Twilio's own back end has not been consistent
/// about ports (twilio-python #402, twilio-node #411, twilio-csharp #44: HTTPS TwiML requests
/// were once signed without a non-standard port, callbacks with it), so a URL configured with
/// `:8443` also accepts a signature made without the port — but never one made with another
/// port, and a URL configured without a port never accepts one made with `:8443`.
///
/// Comparison is in constant time. An empty auth token or an empty signature never matches:
/// an unconfigured token must not turn into "everything is signed".
pub fn validate(auth_token: &str, url: &str, params: &[(String, String)], signature: &str) -> bool {
    if auth_token.is_empty() || signature.is_empty() {
        return false;
    }
    let mut valid = subtle::Choice::from(0);
    for candidate in url_variants(url) {
        let expected = compute(auth_token, &candidate, params);
        if expected.is_empty() {
            continue;
        }
        valid |= expected.as_bytes().ct_eq(signature.as_bytes());
    }
    valid.into()
}

/// The URL without its port and with the scheme's default port, as twilio-python's
/// `remove_port`/`add_port` build them; one of the two is always the URL as given.
fn url_variants(url: &str) -> Vec<String> {
    let Some(parts) = UrlParts::split(url) else {
        return vec![url.to_string()];
    };
    let without_port = format!("{}{}", parts.before_port, parts.rest);
    let with_port = match (parts.port, default_port(parts.scheme)) {
        (Some(_), _) => url.to_string(),
        (None, Some(default)) => format!("{}:{default}{}", parts.before_port, parts.rest),
        (None, None) => url.to_string(),
    };
    if without_port == with_port {
        vec![without_port]
    } else {
        vec![without_port, with_port]
    }
}

fn default_port(scheme: &str) -> Option<u16> {
    if scheme.eq_ignore_ascii_case("https") {
        Some(443)
    } else if scheme.eq_ignore_ascii_case("http") {
        Some(80)
    } else {
        None
    }
}

/// `https://user@host:8443/path?q` as `before_port` (`https://user@host`), `port` (`8443`)
/// and `rest` (`/path?q`).
struct UrlParts<'a> {
    scheme: &'a str,
    before_port: &'a str,
    port: Option<&'a str>,
    rest: &'a str,
}

impl<'a> UrlParts<'a> {
    fn split(url: &'a str) -> Option<UrlParts<'a>> {
        let scheme_end = url.find("://")?;
        let scheme = &url[..scheme_end];
        let authority_start = scheme_end + 3;
        let authority_len = url[authority_start..]
            .find(['/', '?', '#'])
            .unwrap_or(url.len() - authority_start);
        let authority_end = authority_start + authority_len;
        let authority = &url[authority_start..authority_end];
        // The host starts after any user info; an IPv6 host is in brackets and has colons.
        let host_start = authority.rfind('@').map_or(0, |at| at + 1);
        let host_and_port = &authority[host_start..];
        let search_from = host_and_port.rfind(']').unwrap_or(0);
        let port_colon = host_and_port[search_from..]
            .rfind(':')
            .map(|colon| authority_start + host_start + search_from + colon);
        let (before_port, port) = match port_colon {
            Some(colon) => (&url[..colon], Some(&url[colon + 1..authority_end])),
            None => (&url[..authority_end], None),
        };
        Some(UrlParts {
            scheme,
            before_port,
            port: port.filter(|p| !p.is_empty()),
            rest: &url[authority_end..],
        })
    }
}

/// Why a form body was refused; the handler answers 400 and stores nothing.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum FormError {
    /// A `%` not followed by two hexadecimal digits: not something Twilio ever sends.
    #[error("the form body has a malformed percent escape in field {field}")]
    BadEscape { field: usize },
    /// A name or value that is not UTF-8 once decoded.
    #[error("the form body is not valid UTF-8 in field {field}")]
    InvalidUtf8 { field: usize },
}

/// Decodes an `application/x-www-form-urlencoded` body into its name/value pairs, in the order
/// they came, repeats kept (the signature needs every value; the handler picks what it wants).
///
/// `+` is a space and `%XX` a byte, as in the WHATWG form encoding; empty `&&` pieces are
/// skipped and a piece without `=` has an empty value. Unlike lenient decoders (which replace
/// bad bytes with U+FFFD and so change what was signed), a name or value that is not UTF-8
/// after decoding, or a malformed `%` escape, is refused. `field` in the error counts the
/// non-empty pieces from 0.
pub fn parse_form(body: &[u8]) -> Result<Vec<(String, String)>, FormError> {
    body.split(|&byte| byte == b'&')
        .filter(|piece| !piece.is_empty())
        .enumerate()
        .map(|(field, piece)| {
            let (name, value) = match piece.iter().position(|&byte| byte == b'=') {
                Some(eq) => (&piece[..eq], &piece[eq + 1..]),
                None => (piece, &[][..]),
            };
            Ok((decode(name, field)?, decode(value, field)?))
        })
        .collect()
}

fn decode(raw: &[u8], field: usize) -> Result<String, FormError> {
    let mut bytes = Vec::with_capacity(raw.len());
    let mut i = 0;
    while i < raw.len() {
        match raw[i] {
            b'+' => bytes.push(b' '),
            b'%' => {
                let high = raw.get(i + 1).and_then(|b| hex_value(*b));
                let low = raw.get(i + 2).and_then(|b| hex_value(*b));
                let (Some(high), Some(low)) = (high, low) else {
                    return Err(FormError::BadEscape { field });
                };
                bytes.push(high << 4 | low);
                i += 2;
            }
            other => bytes.push(other),
        }
        i += 1;
    }
    String::from_utf8(bytes).map_err(|_| FormError::InvalidUtf8 { field })
}

fn hex_value(byte: u8) -> Option<u8> {
    match byte {
        b'0'..=b'9' => Some(byte - b'0'),
        b'a'..=b'f' => Some(byte - b'a' + 10),
        b'A'..=b'F' => Some(byte - b'A' + 10),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
        list.iter()
            .map(|(n, v)| (n.to_string(), v.to_string()))
            .collect()
    }

    const EXAMPLE_URL: &str = "https://mycompany.com/myapp.php?foo=1&bar=2";

    /// The example of Twilio's "Webhooks security" guide (older editions, and many libraries'
    /// tests): auth token `12345`, caller `+12349013030`.
    #[test]
    fn twilios_classic_documented_example_matches() {
        let params = pairs(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+12349013030"),
            ("Digits", "1234"),
            ("From", "+12349013030"),
            ("To", "+18005551212"),
        ]);
        assert_eq!(
            compute("12345", EXAMPLE_URL, &params),
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        );
        assert!(validate(
            "12345",
            EXAMPLE_URL,
            &params,
            "0/KCTR6DLpKmkAf8muzZqo1nDgQ="
        ));
    }

    /// The same example as twilio-python's and twilio-node's own test suites carry it
    /// (`tests/unit/test_request_validator.py`: caller `+14158675309`).
    #[test]
    fn the_example_in_twilios_library_tests_matches_in_any_order() {
        let mut params = pairs(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+14158675309"),
            ("Digits", "1234"),
            ("From", "+14158675309"),
            ("To", "+18005551212"),
        ]);
        assert_eq!(
            compute("12345", EXAMPLE_URL, &params),
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        );
        params.reverse();
        assert_eq!(
            compute("12345", EXAMPLE_URL, &params),
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        );
        params.swap(1, 3);
        assert!(validate(
            "12345",
            EXAMPLE_URL,
            &params,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8="
        ));
    }

    // The vectors below were produced with twilio-python 9.13.0 (pip install twilio) by
    // `RequestValidator(token).compute_signature(url, params)` and `.validate(...)`, with
    // token "0123456789abcdef0123456789abcdef"; repeated names through a dict subclass with
    // `getall`, as Flask's MultiDict offers. The test suite itself does not need Python.
    const TOKEN: &str = "0123456789abcdef0123456789abcdef";
    const SMS_URL: &str = "https://visits.example.org/twilio/sms";

    fn short_form() -> Vec<(String, String)> {
        pairs(&[("Body", "see you soon"), ("From", "+15005550006")])
    }

    #[test]
    fn an_inbound_text_with_accents_emoji_and_markup_matches_twilio_python() {
        let params = pairs(&[
            ("MessageSid", "SM0123456789abcdef0123456789abcdef"),
            ("SmsSid", "SM0123456789abcdef0123456789abcdef"),
            ("AccountSid", "AC0123456789abcdef0123456789abcdef"),
            ("From", "+15005550006"),
            ("To", "+15005550001"),
            ("Body", "Sí, el martes 🙂 a las 5 & <bien>"),
            ("NumMedia", "0"),
            ("NumSegments", "1"),
            ("SmsStatus", "received"),
            ("ApiVersion", "2010-04-01"),
            ("FromCity", ""),
            ("FromState", "CA"),
        ]);
        assert_eq!(
            compute(TOKEN, SMS_URL, &params),
            "OpUS62M3BuQkN1br/uoDP6WmyNA="
        );
        assert_eq!(compute(TOKEN, SMS_URL, &[]), "eJlPLHUUGBSIEME3DNLpXxMkGME=");
    }

    #[test]
    fn values_are_signed_decoded_and_the_query_raw() {
        // `Body=see+you+soon` and `Body=see%20you%20soon` are the same decoded value…
        let plus = parse_form(b"Body=see+you+soon&From=%2B15005550006").unwrap();
        let percent = parse_form(b"From=%2B15005550006&Body=see%20you%20soon").unwrap();
        assert_eq!(
            compute(TOKEN, SMS_URL, &plus),
            "PTkVEYWWUoUH6H7A6k96fSxwADk="
        );
        assert_eq!(
            compute(TOKEN, SMS_URL, &percent),
            "PTkVEYWWUoUH6H7A6k96fSxwADk="
        );
        // …but in the URL, `%20` and `+` are signed as written.
        let raw_query = "https://visits.example.org/twilio/sms?school=a%20b&x=c+d";
        assert_eq!(
            compute(TOKEN, raw_query, &short_form()),
            "Y8D+Oi66o6fNGcKYUQByhgh8BxM="
        );
        let re_encoded = "https://visits.example.org/twilio/sms?school=a+b&x=c%20d";
        assert!(!validate(
            TOKEN,
            re_encoded,
            &short_form(),
            "Y8D+Oi66o6fNGcKYUQByhgh8BxM="
        ));
        let reordered = "https://visits.example.org/twilio/sms?x=c+d&school=a%20b";
        assert!(!validate(
            TOKEN,
            reordered,
            &short_form(),
            "Y8D+Oi66o6fNGcKYUQByhgh8BxM="
        ));
    }

    #[test]
    fn repeated_names_sign_each_distinct_value_once_in_order() {
        let repeated = pairs(&[
            ("Body", "hi"),
            ("MediaUrl", "b"),
            ("MediaUrl", "a"),
            ("MediaUrl", "b"),
            ("From", "+15005550006"),
        ]);
        assert_eq!(
            compute(TOKEN, SMS_URL, &repeated),
            "flb1ESOgr6Mun/6hrGX7WSFpnYw="
        );
        let dropped_one = pairs(&[("Body", "hi"), ("MediaUrl", "b"), ("From", "+15005550006")]);
        assert!(!validate(
            TOKEN,
            SMS_URL,
            &dropped_one,
            "flb1ESOgr6Mun/6hrGX7WSFpnYw="
        ));
    }

    #[test]
    fn names_sort_case_sensitively() {
        let params = pairs(&[("a", "1"), ("B", "2"), ("Ab", "3"), ("AB", "4")]);
        assert_eq!(
            compute(TOKEN, SMS_URL, &params),
            "S9BFjdDtYNWmg7CQYbPUJxhmWpE="
        );
    }

    #[test]
    fn each_url_form_signs_differently() {
        let cases = [
            (
                "https://visits.example.org/twilio/sms",
                "PTkVEYWWUoUH6H7A6k96fSxwADk=",
            ),
            (
                "https://visits.example.org:443/twilio/sms",
                "3tW+cdVLgLf0i7ifISV1Nmmurls=",
            ),
            (
                "https://visits.example.org:8443/twilio/sms",
                "1kl61k1Dt8NBHX24Q8uBFMvoOjw=",
            ),
            (
                "http://visits.example.org/twilio/sms",
                "jYMovjTnIW4goOXzkNWt8ZrSV9o=",
            ),
            (
                "http://visits.example.org:80/twilio/sms",
                "l2VyI5gOgLFhHdG3BbweK1n94as=",
            ),
            (
                "http://127.0.0.1:3000/twilio/status",
                "8mO1ljbVhUeRaMHt5B8KYjKW7e8=",
            ),
        ];
        for (url, signature) in cases {
            assert_eq!(compute(TOKEN, url, &short_form()), signature, "{url}");
        }
    }

    #[test]
    fn the_default_port_may_be_there_or_not() {
        let with_443 = "3tW+cdVLgLf0i7ifISV1Nmmurls=";
        let without = "PTkVEYWWUoUH6H7A6k96fSxwADk=";
        let configured_plain = "https://visits.example.org/twilio/sms";
        let configured_443 = "https://visits.example.org:443/twilio/sms";
        assert!(validate(TOKEN, configured_plain, &short_form(), with_443));
        assert!(validate(TOKEN, configured_plain, &short_form(), without));
        assert!(validate(TOKEN, configured_443, &short_form(), without));
        assert!(validate(TOKEN, configured_443, &short_form(), with_443));
        let http_80 = "l2VyI5gOgLFhHdG3BbweK1n94as=";
        assert!(validate(
            TOKEN,
            "http://visits.example.org/twilio/sms",
            &short_form(),
            http_80
        ));
    }

    #[test]
    fn a_non_standard_port_is_kept_and_no_other_port_is_accepted() {
        let with_8443 = "1kl61k1Dt8NBHX24Q8uBFMvoOjw=";
        let without = "PTkVEYWWUoUH6H7A6k96fSxwADk=";
        let with_443 = "3tW+cdVLgLf0i7ifISV1Nmmurls=";
        let configured_8443 = "https://visits.example.org:8443/twilio/sms";
        let configured_plain = "https://visits.example.org/twilio/sms";
        assert!(validate(TOKEN, configured_8443, &short_form(), with_8443));
        // twilio-python: True (Twilio once signed HTTPS URLs without their port).
        assert!(validate(TOKEN, configured_8443, &short_form(), without));
        // twilio-python: False for both.
        assert!(!validate(TOKEN, configured_8443, &short_form(), with_443));
        assert!(!validate(TOKEN, configured_plain, &short_form(), with_8443));
        // The URL comes from configuration: the port survives expected_url.
        assert_eq!(
            expected_url("https://visits.example.org:8443/", "/twilio/sms"),
            configured_8443
        );
    }

    #[test]
    fn anything_changed_fails() {
        let signature = "RSOYDt4T1cUTdK1PDd93/VVr8B8=";
        let params = pairs(&[
            ("CallSid", "CA1234567890ABCDE"),
            ("Caller", "+14158675309"),
            ("Digits", "1234"),
            ("From", "+14158675309"),
            ("To", "+18005551212"),
        ]);
        assert!(validate("12345", EXAMPLE_URL, &params, signature));
        assert!(!validate("12346", EXAMPLE_URL, &params, signature));
        assert!(!validate(
            "12345",
            "https://mycompany.com/myapp.php?foo=1&bar=3",
            &params,
            signature
        ));
        assert!(!validate(
            "12345",
            "http://mycompany.com/myapp.php?foo=1&bar=2",
            &params,
            signature
        ));
        let mut tampered = params.clone();
        tampered[2].1 = "9999".into();
        assert!(!validate("12345", EXAMPLE_URL, &tampered, signature));
        let mut extra = params.clone();
        extra.push(("Body".into(), "STOP".into()));
        assert!(!validate("12345", EXAMPLE_URL, &extra, signature));
        assert!(!validate("12345", EXAMPLE_URL, &params[1..], signature));
        assert!(!validate(
            "12345",
            EXAMPLE_URL,
            &params,
            "RSOYDt4T1cUTdK1PDd93/VVr8B8"
        ));
        assert!(!validate("12345", EXAMPLE_URL, &params, ""));
    }

    #[test]
    fn an_empty_token_never_validates_even_its_own_signature() {
        let params = short_form();
        let signed_with_nothing = compute("", SMS_URL, &params);
        assert!(!validate("", SMS_URL, &params, &signed_with_nothing));
    }

    #[test]
    fn the_expected_url_is_the_configured_base_plus_the_raw_path_and_query() {
        assert_eq!(
            expected_url("https://visits.example.org", "/twilio/sms"),
            "https://visits.example.org/twilio/sms"
        );
        assert_eq!(
            expected_url(
                "https://visits.example.org/",
                "/twilio/sms?school=a%20b&x=c+d"
            ),
            "https://visits.example.org/twilio/sms?school=a%20b&x=c+d"
        );
        assert_eq!(
            expected_url("https://example.org/homevisit/", "/twilio/status"),
            "https://example.org/homevisit/twilio/status"
        );
        assert_eq!(
            expected_url("http://127.0.0.1:3000", "twilio/sms"),
            "http://127.0.0.1:3000/twilio/sms"
        );
    }

    #[test]
    fn port_variants_follow_twilio_python() {
        assert_eq!(
            url_variants("https://h.example/p?q=1"),
            ["https://h.example/p?q=1", "https://h.example:443/p?q=1"]
        );
        assert_eq!(
            url_variants("https://h.example:8443/p"),
            ["https://h.example/p", "https://h.example:8443/p"]
        );
        assert_eq!(
            url_variants("http://u:pw@h.example"),
            ["http://u:pw@h.example", "http://u:pw@h.example:80"]
        );
        assert_eq!(
            url_variants("http://[::1]:3000/x"),
            ["http://[::1]/x", "http://[::1]:3000/x"]
        );
        assert_eq!(url_variants("not a url"), ["not a url"]);
    }

    #[test]
    fn a_form_decodes_in_order_with_repeats() {
        let form =
            parse_form(b"To=%2B15005550001&Body=S%C3%AD+%F0%9F%99%82&&Empty=&Bare&To=x").unwrap();
        assert_eq!(
            form,
            pairs(&[
                ("To", "+15005550001"),
                ("Body", "Sí 🙂"),
                ("Empty", ""),
                ("Bare", ""),
                ("To", "x"),
            ])
        );
        assert_eq!(parse_form(b"").unwrap(), vec![]);
        assert_eq!(parse_form(b"a=b=c").unwrap(), pairs(&[("a", "b=c")]));
        // A literal `+` must arrive as %2B; unencoded it is a space.
        assert_eq!(
            parse_form(b"From=+1555").unwrap(),
            pairs(&[("From", " 1555")])
        );
    }

    #[test]
    fn a_form_that_is_not_utf8_or_badly_escaped_is_refused() {
        assert_eq!(
            parse_form(b"From=%2B1&Body=%FF%FE"),
            Err(FormError::InvalidUtf8 { field: 1 })
        );
        assert_eq!(
            parse_form(b"Body=\xC3"),
            Err(FormError::InvalidUtf8 { field: 0 })
        );
        assert_eq!(
            parse_form(b"Body=100%"),
            Err(FormError::BadEscape { field: 0 })
        );
        assert_eq!(
            parse_form(b"Body=%G0"),
            Err(FormError::BadEscape { field: 0 })
        );
        // UTF-8 is checked on the decoded bytes: a character split between an escape and a
        // raw byte is fine, a broken sequence across them is not.
        assert_eq!(
            parse_form(b"Body=%C3\xAD").unwrap(),
            pairs(&[("Body", "í")])
        );
        assert_eq!(
            parse_form("Body=%C3©".as_bytes()),
            Err(FormError::InvalidUtf8 { field: 0 })
        );
        assert_eq!(
            parse_form("Body=sí".as_bytes()).unwrap(),
            pairs(&[("Body", "sí")])
        );
    }
}
