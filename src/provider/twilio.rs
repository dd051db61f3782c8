//! The provider's REST API: sending a text and looking one up, over HTTPS with reqwest.
//!
//! The outbound queue (`jobs::sender`) calls [`TwilioClient::send`] for one claimed row and
//! records what came back. The answer is a [`SendOutcome`] that says what the queue may do
//! next, because that is the decision that matters and the one easiest to get wrong:
//!
//! - `Accepted`: the provider has the message; store its `sid` and wait for status callbacks.
//! - `Retry`: the provider certainly did not take it (we never connected, or it said 429/5xx):
//!   try again later with backoff.
//! - `Failed`: the provider refused this message for good (opted out, invalid number…).
//! - `Unknown`: the request was written but no answer came. The provider may have sent the
//!   text, so sending again could text a family twice; settle it by the status callback or a
//!   later [`TwilioClient::fetch`], never by re-sending blindly.
//!
//! Telling `Retry` from `Unknown` relies on how reqwest reports errors: `is_connect()` is true
//! for anything that failed before a connection was up (DNS, refused, TLS, the connect
//! timeout), so nothing was sent; any other transport error (the overall timeout, a connection
//! dropped mid-answer) came after the request may have left.
//!
//! Phone numbers are personal data: logs carry them masked (`+1••••••••42`), and the reason
//! strings of outcomes (which the queue stores and logs) mask any number the provider's error
//! message repeats. Message bodies are never logged.

use std::fmt;
use std::time::Duration;

use chrono::{DateTime, Utc};
use serde::Deserialize;

use crate::domain::phone::mask;

/// How long to wait for a connection to the provider.
pub const CONNECT_TIMEOUT: Duration = Duration::from_secs(5);
/// How long a whole request may take before its outcome becomes `Unknown`.
pub const REQUEST_TIMEOUT: Duration = Duration::from_secs(15);

/// Twilio error 21610: the recipient replied STOP to this sender; treat the family as opted out.
pub const ERROR_OPTED_OUT: u32 = 21610;
/// Twilio error 21211: the `To` number is not a valid phone number.
pub const ERROR_INVALID_TO: u32 = 21211;
/// Twilio error 21614: the `To` number is not a mobile number (a landline: call instead).
pub const ERROR_NOT_MOBILE: u32 = 21614;
/// Twilio error 21408: sending to this region is not enabled on the account.
pub const ERROR_REGION_DISABLED: u32 = 21408;
/// Twilio error 20003: the account SID or auth token is wrong.
pub const ERROR_AUTHENTICATE: u32 = 20003;
/// Twilio error 20404: no such resource (a message sid the account does not have).
pub const ERROR_NOT_FOUND: u32 = 20404;
/// Twilio error 20429: too many requests; slow down and retry.
pub const ERROR_TOO_MANY_REQUESTS: u32 = 20429;

/// Whether a provider error code means the recipient has opted out (Twilio's 21610).
pub fn is_opt_out(code: u32) -> bool {
    code == ERROR_OPTED_OUT
}

pub use crate::config::Sender;

/// What happened to one send; see the module documentation for what the queue does with each.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SendOutcome {
    /// The provider took the message (`201`): `status` is `queued` (a `From` number) or
    /// `accepted` (a Messaging Service); `segments` is how many SMS parts it will bill.
    Accepted {
        sid: String,
        status: String,
        segments: Option<u32>,
    },
    /// Nothing was sent: no connection, or the provider said 429 (`20429`) or 5xx. Send again
    /// later, with backoff.
    Retry { code: Option<u32>, reason: String },
    /// The provider refused this message for good (other 4xx): `21610` opted out (see
    /// [`is_opt_out`]), `21211` invalid `To`, `21614` not a mobile, `21408` region disabled,
    /// `20003` bad credentials…
    Failed { code: Option<u32>, reason: String },
    /// The request may have reached the provider but no answer came (a timeout after the
    /// request was written, or a `201` without a readable sid). Never re-send blindly.
    Unknown { reason: String },
}

impl SendOutcome {
    /// Whether this is a permanent failure because the recipient opted out (21610).
    pub fn is_opt_out(&self) -> bool {
        matches!(self, SendOutcome::Failed { code: Some(code), .. } if is_opt_out(*code))
    }
}

/// What a look-up of one message found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchOutcome {
    /// The provider knows the message: its current `status` (`queued`, `sent`, `delivered`,
    /// `undelivered`, `failed`…) and, once it failed, the error code (30003, 30006…).
    Found {
        status: String,
        error_code: Option<u32>,
    },
    /// The provider has no such message (404), or the sid is not a sid at all.
    NotFound,
    /// No answer could be had (network, 429, 5xx, credentials…): look again later.
    Retry { reason: String },
}

/// Why a [`TwilioClient`] could not be built; all are configuration mistakes.
#[derive(Debug, thiserror::Error)]
pub enum ClientError {
    #[error("TWILIO_API_BASE must be an http:// or https:// URL, not \"{0}\"")]
    ApiBase(String),
    #[error("TWILIO_ACCOUNT_SID must be letters and digits (AC…)")]
    AccountSid,
    #[error("TWILIO_AUTH_TOKEN is empty")]
    AuthToken,
    #[error("the sender (TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID) is empty")]
    Sender,
    #[error("could not set up the HTTP client: {0}")]
    Http(#[source] reqwest::Error),
}

/// A client for the provider's Messages API, for one account and one sender. Cheap to clone
/// (the connection pool is shared).
#[derive(Clone)]
pub struct TwilioClient {
    http: reqwest::Client,
    messages_url: String,
    account_sid: String,
    auth_token: String,
    sender: Sender,
}

impl fmt::Debug for TwilioClient {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("TwilioClient")
            .field("messages_url", &self.messages_url)
            .field("account_sid", &self.account_sid)
            .field("auth_token", &"<redacted>")
            .field("sender", &self.sender)
            .finish()
    }
}

impl TwilioClient {
    /// A client for `{api_base}/2010-04-01/Accounts/{account_sid}/Messages.json`, with a 5 s
    /// connect timeout and a 15 s request timeout.
    pub fn new(
        api_base: &str,
        account_sid: &str,
        auth_token: &str,
        sender: Sender,
    ) -> Result<Self, ClientError> {
        Self::with_timeouts(
            api_base,
            account_sid,
            auth_token,
            sender,
            CONNECT_TIMEOUT,
            REQUEST_TIMEOUT,
        )
    }

    /// [`TwilioClient::new`] with other timeouts (tests use short ones). The connect timeout
    /// is capped at the request timeout, so that a slow connection is always reported as a
    /// connect failure (`Retry`) rather than as an overall timeout (`Unknown`).
    pub fn with_timeouts(
        api_base: &str,
        account_sid: &str,
        auth_token: &str,
        sender: Sender,
        connect_timeout: Duration,
        request_timeout: Duration,
    ) -> Result<Self, ClientError> {
        let base = api_base.trim().trim_end_matches('/');
        let parsed = reqwest::Url::parse(base).map_err(|_| ClientError::ApiBase(base.into()))?;
        if !matches!(parsed.scheme(), "http" | "https") || parsed.host_str().is_none() {
            return Err(ClientError::ApiBase(base.into()));
        }
        if !is_sid(account_sid) {
            return Err(ClientError::AccountSid);
        }
        if auth_token.is_empty() {
            return Err(ClientError::AuthToken);
        }
        if sender.values().is_empty() || sender.values().iter().any(|v| v.trim().is_empty()) {
            return Err(ClientError::Sender);
        }
        let http = reqwest::Client::builder()
            .connect_timeout(connect_timeout.min(request_timeout))
            .timeout(request_timeout)
            // A redirected POST turns into a GET elsewhere; the API never redirects.
            .redirect(reqwest::redirect::Policy::none())
            .user_agent(concat!("homevisit/", env!("CARGO_PKG_VERSION")))
            .build()
            .map_err(ClientError::Http)?;
        Ok(TwilioClient {
            http,
            messages_url: format!("{base}/2010-04-01/Accounts/{account_sid}/Messages"),
            account_sid: account_sid.to_string(),
            auth_token: auth_token.to_string(),
            sender,
        })
    }

    /// The account this client sends for.
    pub fn account_sid(&self) -> &str {
        &self.account_sid
    }

    /// Who the texts come from.
    pub fn sender(&self) -> &Sender {
        &self.sender
    }

    /// Sends `body` to `to` (E.164), asking for delivery callbacks at `status_callback` (an
    /// absolute URL; putting our own message id in its query lets a callback settle an
    /// `Unknown` send even though its sid was never learnt).
    pub async fn send(&self, to: &str, body: &str, status_callback: Option<&str>) -> SendOutcome {
        let mut form: Vec<(&str, &str)> = vec![("To", to)];
        match (&self.sender, self.sender.number_for(to)) {
            (_, Some(from)) => form.push(("From", from)),
            (Sender::MessagingService(sid), None) => form.push(("MessagingServiceSid", sid)),
            (_, None) => {
                return SendOutcome::Failed {
                    code: None,
                    reason: "no sender number is configured".into(),
                };
            }
        }
        form.push(("Body", body));
        if let Some(url) = status_callback {
            form.push(("StatusCallback", url));
        }
        let request = self
            .http
            .post(format!("{}.json", self.messages_url))
            .basic_auth(&self.account_sid, Some(&self.auth_token))
            .form(&form);
        let outcome = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let body = response.bytes().await;
                send_outcome(status, body.as_deref().map_err(describe))
            }
            Err(err) => transport_outcome(&err),
        };
        log_send(to, &outcome);
        outcome
    }

    /// Places a call to `to` (`POST …/Calls.json`): when it is answered the provider fetches
    /// the call's TwiML from `url`, and posts the call's progress to `status_callback`.
    /// Answering-machine detection is on (`MachineDetection=Enable`), so `url` learns
    /// `AnsweredBy` and a machine never hears an offer. Calls need a `From` number: a
    /// Messaging Service cannot place them.
    pub async fn call(&self, to: &str, url: &str, status_callback: &str) -> SendOutcome {
        let Some(from) = self.sender.number_for(to) else {
            return SendOutcome::Failed {
                code: None,
                reason: "calls need a TWILIO_FROM number; a Messaging Service cannot place them"
                    .into(),
            };
        };
        let form: Vec<(&str, &str)> = vec![
            ("To", to),
            ("From", from),
            ("Url", url),
            ("Method", "POST"),
            ("StatusCallback", status_callback),
            ("StatusCallbackMethod", "POST"),
            ("MachineDetection", "Enable"),
        ];
        let calls_url = self.messages_url.replace("/Messages", "/Calls");
        let request = self
            .http
            .post(format!("{calls_url}.json"))
            .basic_auth(&self.account_sid, Some(&self.auth_token))
            .form(&form);
        let outcome = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                let body = response.bytes().await;
                send_outcome(status, body.as_deref().map_err(describe))
            }
            Err(err) => transport_outcome(&err),
        };
        log_send(to, &outcome);
        outcome
    }

    /// Looks for a message we may have sent without learning its sid (the process died, or the
    /// answer never came): the account's messages to `to` (`GET …/Messages.json?To=…`, newest
    /// first), one with exactly this `body` created at or after `since` (less a minute for
    /// clock skew). `NotFound` means the provider does not have it, so sending it is safe.
    pub async fn find(&self, to: &str, body: &str, since: DateTime<Utc>) -> Lookup {
        let request = self
            .http
            .get(format!("{}.json", self.messages_url))
            .query(&[("To", to), ("PageSize", "100")])
            .basic_auth(&self.account_sid, Some(&self.auth_token));
        let answer = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(bytes) if (200..300).contains(&status) => bytes,
                    Ok(bytes) => {
                        return Lookup::Retry {
                            reason: api_error(status, Ok(&bytes)).1,
                        };
                    }
                    Err(err) => {
                        return Lookup::Retry {
                            reason: describe(&err),
                        };
                    }
                }
            }
            Err(err) => {
                return Lookup::Retry {
                    reason: describe(&err),
                };
            }
        };
        let Ok(page) = serde_json::from_slice::<MessagePage>(&answer) else {
            return Lookup::Retry {
                reason: "the message list is not readable".into(),
            };
        };
        let earliest = since - chrono::Duration::seconds(60);
        let found = page.messages.into_iter().find(|m| {
            m.body.as_deref() == Some(body)
                && m.to.as_deref().is_none_or(|t| t == to)
                && m.date_created
                    .as_deref()
                    .and_then(|d| DateTime::parse_from_rfc2822(d).ok())
                    .is_some_and(|d| d.with_timezone(&Utc) >= earliest)
        });
        match found {
            Some(m) => Lookup::Found {
                sid: m.sid,
                status: m.status,
                error_code: m.error_code,
            },
            None => Lookup::NotFound,
        }
    }

    /// Looks up one message by its sid (`GET …/Messages/{sid}.json`): how a send whose answer
    /// never came, or whose callback never came, is settled.
    pub async fn fetch(&self, sid: &str) -> FetchOutcome {
        if !is_sid(sid) {
            return FetchOutcome::NotFound;
        }
        let request = self
            .http
            .get(format!("{}/{sid}.json", self.messages_url))
            .basic_auth(&self.account_sid, Some(&self.auth_token));
        let outcome = match request.send().await {
            Ok(response) => {
                let status = response.status().as_u16();
                match response.bytes().await {
                    Ok(body) => fetch_outcome(status, &body),
                    Err(err) => FetchOutcome::Retry {
                        reason: format!("HTTP {status}, answer unreadable: {}", describe(&err)),
                    },
                }
            }
            Err(err) => FetchOutcome::Retry {
                reason: describe(&err),
            },
        };
        tracing::debug!(sid, ?outcome, "looked up a message at the provider");
        outcome
    }
}

fn log_send(to: &str, outcome: &SendOutcome) {
    let to = mask(to);
    match outcome {
        SendOutcome::Accepted {
            sid,
            status,
            segments,
        } => tracing::info!(%to, sid, status, segments, "provider accepted a text"),
        SendOutcome::Retry { code, reason } => {
            tracing::warn!(%to, code, reason, "provider send will be retried")
        }
        SendOutcome::Failed { code, reason } => {
            tracing::warn!(%to, code, reason, "provider refused a text")
        }
        SendOutcome::Unknown { reason } => {
            tracing::error!(%to, reason, "provider send outcome unknown; not re-sending")
        }
    }
}

/// Letters and digits only: what every Twilio sid is (`AC…`, `SM…`, `MG…`), and safe in a
/// URL path as is.
fn is_sid(value: &str) -> bool {
    !value.is_empty() && value.len() <= 64 && value.bytes().all(|b| b.is_ascii_alphanumeric())
}

/// A transport error (no HTTP answer at all) as an outcome.
fn transport_outcome(err: &reqwest::Error) -> SendOutcome {
    let reason = describe(err);
    if err.is_connect() {
        SendOutcome::Retry { code: None, reason }
    } else if err.is_builder() {
        // The request could not even be built: nothing left, and retrying won't help.
        SendOutcome::Failed { code: None, reason }
    } else {
        SendOutcome::Unknown { reason }
    }
}

/// An HTTP answer to a send as an outcome; `body` is `Err` when it could not be read.
fn send_outcome(status: u16, body: Result<&[u8], String>) -> SendOutcome {
    match status {
        200..=299 => {
            let body = match body {
                Ok(body) => body,
                Err(err) => {
                    return SendOutcome::Unknown {
                        reason: format!("HTTP {status} but the answer was cut off: {err}"),
                    };
                }
            };
            match serde_json::from_slice::<MessageResource>(body) {
                Ok(message) if is_sid(&message.sid) => SendOutcome::Accepted {
                    sid: message.sid,
                    status: message.status,
                    segments: message.num_segments,
                },
                _ => SendOutcome::Unknown {
                    reason: format!("HTTP {status} without a readable message sid"),
                },
            }
        }
        // A gateway's 502 or 504 can stand in front of a message the API did create: look it
        // up rather than send it again.
        502 | 504 => {
            let (_, reason) = api_error(status, body);
            SendOutcome::Unknown { reason }
        }
        429 | 500..=599 => {
            let (code, reason) = api_error(status, body);
            SendOutcome::Retry { code, reason }
        }
        300..=399 => SendOutcome::Retry {
            code: None,
            reason: format!("HTTP {status}: the API base URL redirects; check TWILIO_API_BASE"),
        },
        _ => {
            let (code, reason) = api_error(status, body);
            SendOutcome::Failed { code, reason }
        }
    }
}

/// An HTTP answer to a look-up as an outcome.
fn fetch_outcome(status: u16, body: &[u8]) -> FetchOutcome {
    match status {
        200..=299 => match serde_json::from_slice::<MessageResource>(body) {
            Ok(message) => FetchOutcome::Found {
                status: message.status,
                error_code: message.error_code,
            },
            Err(_) => FetchOutcome::Retry {
                reason: format!("HTTP {status} without a readable message"),
            },
        },
        404 => FetchOutcome::NotFound,
        _ => FetchOutcome::Retry {
            reason: api_error(status, Ok(body)).1,
        },
    }
}

/// The code and a loggable reason from Twilio's error JSON (`{"code", "message", "status"}`).
fn api_error(status: u16, body: Result<&[u8], String>) -> (Option<u32>, String) {
    let parsed = body
        .as_ref()
        .ok()
        .and_then(|body| serde_json::from_slice::<ApiError>(body).ok());
    match parsed {
        Some(ApiError {
            code,
            message: Some(message),
        }) => {
            let code_text = code.map(|c| format!(" {c}")).unwrap_or_default();
            let reason = format!(
                "HTTP {status}, error{code_text}: {}",
                mask_numbers(&message)
            );
            (code, truncate(reason))
        }
        Some(ApiError {
            code,
            message: None,
        }) => (code, format!("HTTP {status}")),
        None => (None, format!("HTTP {status}")),
    }
}

/// A message resource as the API returns it (only what we use).
#[derive(Deserialize)]
struct MessageResource {
    sid: String,
    status: String,
    #[serde(default)]
    to: Option<String>,
    #[serde(default)]
    body: Option<String>,
    /// RFC 2822, as Twilio writes it (`Thu, 03 Dec 2026 20:58:00 +0000`).
    #[serde(default)]
    date_created: Option<String>,
    #[serde(default, deserialize_with = "lenient_u32")]
    num_segments: Option<u32>,
    #[serde(default, deserialize_with = "lenient_u32")]
    error_code: Option<u32>,
}

/// One page of the message list.
#[derive(Deserialize)]
struct MessagePage {
    #[serde(default)]
    messages: Vec<MessageResource>,
}

/// What looking for a message at the provider found.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Lookup {
    /// The provider has it: record its sid and status.
    Found {
        sid: String,
        status: String,
        error_code: Option<u32>,
    },
    /// The provider certainly does not have it: it may be sent.
    NotFound,
    /// No answer could be had: look again later.
    Retry { reason: String },
}

/// Twilio's error body.
#[derive(Deserialize)]
struct ApiError {
    #[serde(default, deserialize_with = "lenient_u32")]
    code: Option<u32>,
    #[serde(default)]
    message: Option<String>,
}

/// A count or code the API writes as a number (`21610`), a string (`"1"`) or `null`.
fn lenient_u32<'de, D>(deserializer: D) -> Result<Option<u32>, D::Error>
where
    D: serde::Deserializer<'de>,
{
    let value = serde_json::Value::deserialize(deserializer)?;
    Ok(match value {
        serde_json::Value::Number(n) => n.as_u64().and_then(|n| u32::try_from(n).ok()),
        serde_json::Value::String(s) => s.trim().parse().ok(),
        _ => None,
    })
}

/// An error with its causes (`error sending request: connection refused`), which reqwest's
/// own `Display` leaves out.
fn describe(err: &reqwest::Error) -> String {
    let mut text = err.to_string();
    let mut source = std::error::Error::source(err);
    while let Some(cause) = source {
        let cause_text = cause.to_string();
        if !text.contains(&cause_text) {
            text.push_str(": ");
            text.push_str(&cause_text);
        }
        source = cause.source();
    }
    truncate(text)
}

/// Masks every word that is a phone number (7 or more digits, optionally after `+`): the
/// provider's error messages repeat the number (`The 'To' number +15005550001 is not a valid
/// phone number`). Digits inside a longer word (a sid such as `AC0123456789…`) are left alone.
fn mask_numbers(text: &str) -> String {
    let mut masked = String::with_capacity(text.len());
    let mut word = String::new();
    let flush = |word: &mut String, masked: &mut String| {
        let digits = word.strip_prefix('+').unwrap_or(word);
        if digits.len() >= 7 && digits.bytes().all(|b| b.is_ascii_digit()) {
            masked.push_str(&mask(word));
        } else {
            masked.push_str(word);
        }
        word.clear();
    };
    for c in text.chars() {
        if c.is_alphanumeric() || c == '+' {
            word.push(c);
        } else {
            flush(&mut word, &mut masked);
            masked.push(c);
        }
    }
    flush(&mut word, &mut masked);
    masked
}

fn truncate(mut text: String) -> String {
    const MAX: usize = 300;
    if text.len() > MAX {
        let mut end = MAX;
        while !text.is_char_boundary(end) {
            end -= 1;
        }
        text.truncate(end);
        text.push('…');
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Twilio's answer to a send, as documented (trimmed).
    const CREATED: &str = r#"{"account_sid":"ACXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX","api_version":"2010-04-01",
        "body":"Hi","date_created":"Thu, 24 Aug 2023 05:01:45 +0000","date_sent":null,
        "direction":"outbound-api","error_code":null,"error_message":null,"from":"+14155552345",
        "num_media":"0","num_segments":"1","price":null,"sid":"SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX",
        "status":"queued","to":"+14155552345"}"#;

    #[test]
    fn a_created_message_is_accepted_with_its_sid_and_segments() {
        assert_eq!(
            send_outcome(201, Ok(CREATED.as_bytes())),
            SendOutcome::Accepted {
                sid: "SMXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXXX".into(),
                status: "queued".into(),
                segments: Some(1),
            }
        );
    }

    #[test]
    fn a_success_without_a_sid_is_unknown_not_retried() {
        assert!(matches!(
            send_outcome(201, Ok(b"{\"status\":\"queued\"}")),
            SendOutcome::Unknown { .. }
        ));
        assert!(matches!(
            send_outcome(201, Err("timed out".into())),
            SendOutcome::Unknown { .. }
        ));
    }

    #[test]
    fn an_opted_out_recipient_fails_for_good_without_leaking_the_number() {
        let body = br#"{"code": 21610, "message": "Attempt to send to unsubscribed recipient +15005550004", "more_info": "https://www.twilio.com/docs/errors/21610", "status": 400}"#;
        let outcome = send_outcome(400, Ok(body));
        assert!(outcome.is_opt_out());
        let SendOutcome::Failed { code, reason } = outcome else {
            panic!("not a failure")
        };
        assert_eq!(code, Some(21610));
        assert!(reason.contains("+1••••••••04"), "{reason}");
        assert!(!reason.contains("5005550004"), "{reason}");
    }

    #[test]
    fn throttling_and_server_errors_are_retried_with_their_code() {
        let throttled = br#"{"code":20429,"message":"Too Many Requests","status":429}"#;
        assert_eq!(
            send_outcome(429, Ok(throttled)),
            SendOutcome::Retry {
                code: Some(20429),
                reason: "HTTP 429, error 20429: Too Many Requests".into()
            }
        );
        assert!(matches!(
            send_outcome(503, Ok(b"<html>Service Unavailable</html>")),
            SendOutcome::Retry { code: None, .. }
        ));
        assert!(matches!(
            send_outcome(500, Err("reset".into())),
            SendOutcome::Retry { code: None, .. }
        ));
    }

    #[test]
    fn other_client_errors_fail_with_their_code() {
        for (status, code) in [(400, 21211), (400, 21614), (400, 21408), (401, 20003)] {
            let body = format!(r#"{{"code":{code},"message":"no","status":{status}}}"#);
            assert_eq!(
                send_outcome(status, Ok(body.as_bytes())),
                SendOutcome::Failed {
                    code: Some(code),
                    reason: format!("HTTP {status}, error {code}: no")
                }
            );
        }
        assert!(!send_outcome(400, Ok(b"{\"code\":21211}")).is_opt_out());
        assert!(is_opt_out(ERROR_OPTED_OUT));
        assert!(!is_opt_out(ERROR_INVALID_TO));
    }

    #[test]
    fn a_lookup_reads_status_and_error_code() {
        let failed =
            br#"{"sid":"SMaaaa","status":"undelivered","error_code":30006,"num_segments":"2"}"#;
        assert_eq!(
            fetch_outcome(200, failed),
            FetchOutcome::Found {
                status: "undelivered".into(),
                error_code: Some(30006)
            }
        );
        assert_eq!(
            fetch_outcome(404, br#"{"code":20404,"status":404}"#),
            FetchOutcome::NotFound
        );
        assert!(matches!(
            fetch_outcome(500, b""),
            FetchOutcome::Retry { .. }
        ));
    }

    #[test]
    fn numbers_are_masked_in_reasons_but_short_codes_stay() {
        assert_eq!(
            mask_numbers("The 'To' number +15005550001 is not valid (code 21211)"),
            "The 'To' number +1••••••••01 is not valid (code 21211)"
        );
        assert_eq!(mask_numbers("port 8443 at 10:30"), "port 8443 at 10:30");
        assert_eq!(
            mask_numbers("/Accounts/AC0123456789abcdef/Messages/SM01234567.json"),
            "/Accounts/AC0123456789abcdef/Messages/SM01234567.json"
        );
        assert_eq!(mask_numbers("to 5005550001."), "to ••••••••01.");
    }

    #[test]
    fn configuration_mistakes_are_refused_at_start() {
        let sender = || Sender::From("+15005550006".into());
        let sid = "AC00000000000000000000000000000001";
        assert!(TwilioClient::new("api.twilio.com", sid, "t", sender()).is_err());
        assert!(TwilioClient::new("ftp://api.twilio.com", sid, "t", sender()).is_err());
        assert!(TwilioClient::new("https://api.twilio.com", "AC/../x", "t", sender()).is_err());
        assert!(TwilioClient::new("https://api.twilio.com", sid, "", sender()).is_err());
        assert!(
            TwilioClient::new("https://api.twilio.com", sid, "t", Sender::From(" ".into()))
                .is_err()
        );
        let client = TwilioClient::new("https://api.twilio.com/", sid, "secret", sender()).unwrap();
        assert_eq!(
            client.messages_url,
            "https://api.twilio.com/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages"
        );
        assert!(!format!("{client:?}").contains("secret"));
    }
}
