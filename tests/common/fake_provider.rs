//! A fake Twilio: a real HTTP server on a random loopback port that speaks the provider's REST
//! shapes, so the app's real client is tested over real HTTP (no mocked trait).
//!
//! It records every message it accepts, can be told to fail the next sends (500, 429…), to
//! answer 21610 for an opted-out number, or to take a request and never answer (the
//! "did it go out?" case), and it can play the provider's side of the webhooks: a signed
//! delivery status callback to a message's `StatusCallback`, or a signed inbound text.
//!
//! Waiting is by notification with a deadline (`wait_for`), never by sleeping.
//! It parses forms with `serde_urlencoded`, not with the app's own decoder, so a bug there
//! cannot hide itself.

use std::collections::{HashMap, HashSet};
use std::net::SocketAddr;
use std::sync::{Arc, Mutex, MutexGuard};
use std::time::Duration;

use axum::extract::{Path, State};
use axum::http::{HeaderMap, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::{get, post};
use axum::{Json, Router};
use base64::Engine;
use chrono::{DateTime, Utc};
use serde_json::{Value, json};
use tokio::sync::{Notify, watch};

use homevisit::provider::signature;

/// The account the fake serves unless told otherwise.
pub const ACCOUNT_SID: &str = "AC0123456789abcdef0123456789abcdef";
/// Its auth token (also the key of the webhooks it signs).
pub const AUTH_TOKEN: &str = "fake-provider-auth-token-0123456789";

/// A message the fake accepted, as the client sent it.
#[derive(Debug, Clone, PartialEq)]
pub struct SentMessage {
    pub sid: String,
    pub account_sid: String,
    pub to: String,
    /// `From`, when the client sent from a number.
    pub from: Option<String>,
    /// `MessagingServiceSid`, when the client sent through a service.
    pub messaging_service_sid: Option<String>,
    pub body: String,
    pub status_callback: Option<String>,
    /// The latest status (`queued`/`accepted`, then whatever a callback set).
    pub status: String,
    pub error_code: Option<u32>,
    pub num_segments: u32,
    pub received_at: DateTime<Utc>,
}

/// A call the fake accepted (`POST …/Calls.json`), as the client placed it.
#[derive(Debug, Clone, PartialEq)]
pub struct PlacedCall {
    pub sid: String,
    pub to: String,
    pub from: String,
    /// Where the call's TwiML is fetched when it is answered.
    pub url: String,
    pub status_callback: Option<String>,
    /// `MachineDetection` (`Enable`, `DetectMessageEnd`) when asked for.
    pub machine_detection: Option<String>,
}

/// Every send request that reached the fake, accepted or not, with what it answered
/// (`None`: it never answered).
#[derive(Debug, Clone, PartialEq)]
pub struct Attempt {
    pub to: Option<String>,
    pub answered: Option<u16>,
    pub at: DateTime<Utc>,
}

/// What a signed webhook post got back from the app.
#[derive(Debug, Clone)]
pub struct WebhookReply {
    pub status: StatusCode,
    pub content_type: Option<String>,
    pub body: String,
}

#[derive(Default)]
struct Book {
    sent: Vec<SentMessage>,
    calls: Vec<PlacedCall>,
    attempts: Vec<Attempt>,
    fail_next: Vec<u16>,
    hang_next: usize,
    opted_out: HashSet<String>,
    /// How many times the message list was asked for (a lost send being looked up).
    lookups: usize,
}

struct Shared {
    account_sid: String,
    auth_token: String,
    book: Mutex<Book>,
    changed: Notify,
    shutdown: watch::Receiver<bool>,
}

impl Shared {
    fn book(&self) -> MutexGuard<'_, Book> {
        // A test that panicked while holding the lock has already failed; keep the data.
        self.book
            .lock()
            .unwrap_or_else(|poisoned| poisoned.into_inner())
    }
}

/// The fake provider; stops when dropped.
pub struct FakeProvider {
    shared: Arc<Shared>,
    addr: SocketAddr,
    http: reqwest::Client,
    stop: watch::Sender<bool>,
    server: tokio::task::JoinHandle<()>,
}

impl Drop for FakeProvider {
    fn drop(&mut self) {
        let _ = self.stop.send(true);
        self.server.abort();
    }
}

impl FakeProvider {
    /// A fake for [`ACCOUNT_SID`] / [`AUTH_TOKEN`].
    pub async fn start() -> FakeProvider {
        FakeProvider::start_with(ACCOUNT_SID, AUTH_TOKEN).await
    }

    /// A fake for another account.
    pub async fn start_with(account_sid: &str, auth_token: &str) -> FakeProvider {
        let (stop, shutdown) = watch::channel(false);
        let shared = Arc::new(Shared {
            account_sid: account_sid.to_string(),
            auth_token: auth_token.to_string(),
            book: Mutex::new(Book::default()),
            changed: Notify::new(),
            shutdown,
        });
        let app = Router::new()
            .route(
                "/2010-04-01/Accounts/{account}/Messages.json",
                post(create_message).get(list_messages),
            )
            .route(
                "/2010-04-01/Accounts/{account}/Messages/{file}",
                get(fetch_message),
            )
            .route(
                "/2010-04-01/Accounts/{account}/Calls.json",
                post(create_call),
            )
            .with_state(shared.clone());
        let listener = tokio::net::TcpListener::bind("127.0.0.1:0")
            .await
            .expect("bind the fake provider");
        let addr = listener.local_addr().expect("fake provider address");
        let server = tokio::spawn(async move {
            let _ = axum::serve(listener, app).await;
        });
        FakeProvider {
            shared,
            addr,
            http: reqwest::Client::new(),
            stop,
            server,
        }
    }

    /// `http://127.0.0.1:{port}`: what `TWILIO_API_BASE` should be.
    pub fn base_url(&self) -> String {
        format!("http://{}", self.addr)
    }

    /// The account sid it expects in the path and in Basic auth.
    pub fn account_sid(&self) -> &str {
        &self.shared.account_sid
    }

    /// The auth token it expects, and signs its webhooks with.
    pub fn auth_token(&self) -> &str {
        &self.shared.auth_token
    }

    /// The next `n` sends answer `http_status` with Twilio's error JSON (429 → code 20429,
    /// 5xx → 20500) and are not recorded as sent.
    pub fn fail_next(&self, n: usize, http_status: u16) {
        self.shared
            .book()
            .fail_next
            .extend(std::iter::repeat_n(http_status, n));
    }

    /// From now on, sends to `number` answer 400 with code 21610 (the recipient replied STOP).
    pub fn opt_out(&self, number: &str) {
        self.shared.book().opted_out.insert(number.to_string());
    }

    /// Undoes [`FakeProvider::opt_out`] (the recipient replied START).
    pub fn opt_in(&self, number: &str) {
        self.shared.book().opted_out.remove(number);
    }

    /// The next `n` sends are taken — recorded as sent, as a provider that got the request
    /// would — but never answered, so the client times out not knowing.
    pub fn hang_next(&self, n: usize) {
        self.shared.book().hang_next += n;
    }

    /// Every message accepted so far, in order.
    pub fn sent(&self) -> Vec<SentMessage> {
        self.shared.book().sent.clone()
    }

    /// The messages accepted for `number`, in order.
    pub fn sent_to(&self, number: &str) -> Vec<SentMessage> {
        self.sent().into_iter().filter(|m| m.to == number).collect()
    }

    /// How many times the app looked for a message in the list (a send it never learnt the
    /// outcome of).
    pub fn lookups(&self) -> usize {
        self.shared.book().lookups
    }

    /// Every send request received, accepted or not.
    pub fn attempts(&self) -> Vec<Attempt> {
        self.shared.book().attempts.clone()
    }

    /// Waits until at least `count` messages were accepted and returns them all; panics with
    /// what did arrive if `deadline` passes first.
    pub async fn wait_for(&self, count: usize, deadline: Duration) -> Vec<SentMessage> {
        let give_up = tokio::time::Instant::now() + deadline;
        loop {
            let changed = self.shared.changed.notified();
            tokio::pin!(changed);
            changed.as_mut().enable();
            let sent = self.sent();
            if sent.len() >= count {
                return sent;
            }
            if tokio::time::timeout_at(give_up, changed).await.is_err() {
                let sent = self.sent();
                if sent.len() >= count {
                    return sent;
                }
                panic!(
                    "waited {deadline:?} for {count} sent messages, got {}: {:#?}",
                    sent.len(),
                    sent
                );
            }
        }
    }

    /// Texts sent and calls placed: everything that reached a family or educator.
    pub fn outreach(&self) -> usize {
        let book = self.shared.book();
        book.sent.len() + book.calls.len()
    }

    /// Every call placed so far.
    pub fn calls(&self) -> Vec<PlacedCall> {
        self.shared.book().calls.clone()
    }

    /// The calls placed to `number`.
    pub fn calls_to(&self, number: &str) -> Vec<PlacedCall> {
        self.calls()
            .into_iter()
            .filter(|c| c.to == number)
            .collect()
    }

    /// Plays the callee's phone picking up (or an answering machine, with `answered_by`
    /// `machine_start`): POSTs the signed form Twilio sends to the call's `Url`.
    pub async fn answer_call(&self, call: &PlacedCall, answered_by: Option<&str>) -> WebhookReply {
        let mut params = self.call_params(&call.sid, &call.from, &call.to, "outbound-api");
        params.push(("CallStatus".into(), "in-progress".into()));
        if let Some(by) = answered_by {
            params.push(("AnsweredBy".into(), by.into()));
        }
        self.post_signed(&call.url, &params).await
    }

    /// Plays a caller pressing `digits` at a `<Gather>` whose `action` is `action`.
    pub async fn press(
        &self,
        action: &str,
        call_sid: &str,
        from: &str,
        to: &str,
        direction: &str,
        digits: &str,
    ) -> WebhookReply {
        let mut params = self.call_params(call_sid, from, to, direction);
        params.push(("CallStatus".into(), "in-progress".into()));
        params.push(("Digits".into(), digits.into()));
        params.push(("FinishedOnKey".into(), String::new()));
        self.post_signed(action, &params).await
    }

    /// Plays the end of a placed call at its `StatusCallback` (`completed`, `busy`,
    /// `no-answer`, `failed`).
    pub async fn end_call(&self, call: &PlacedCall, status: &str) -> WebhookReply {
        let url = call
            .status_callback
            .clone()
            .unwrap_or_else(|| panic!("{} was placed without a StatusCallback", call.sid));
        let mut params = self.call_params(&call.sid, &call.from, &call.to, "outbound-api");
        params.push(("CallStatus".into(), status.into()));
        params.push(("CallDuration".into(), "0".into()));
        self.post_signed(&url, &params).await
    }

    /// The form of a call coming in from `from` to `to`, with a fresh `CallSid`.
    pub fn inbound_call(&self, from: &str, to: &str) -> Vec<(String, String)> {
        let mut params = self.call_params(&new_sid("CA"), from, to, "inbound");
        params.push(("CallStatus".into(), "ringing".into()));
        params
    }

    fn call_params(
        &self,
        sid: &str,
        from: &str,
        to: &str,
        direction: &str,
    ) -> Vec<(String, String)> {
        [
            ("AccountSid", self.shared.account_sid.as_str()),
            ("ApiVersion", "2010-04-01"),
            ("CallSid", sid),
            ("Called", to),
            ("Caller", from),
            ("Direction", direction),
            ("From", from),
            ("FromCountry", "US"),
            ("To", to),
            ("ToCountry", "US"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect()
    }

    /// Plays Twilio's delivery callback: sets the message's status (and error code) and POSTs
    /// the signed form to its `StatusCallback`, as Twilio does (`MessageSid`, `MessageStatus`,
    /// `ErrorCode` when failed, `RawDlrDoneDate` on delivered/undelivered…). Panics if the
    /// message is unknown or has no callback URL.
    pub async fn send_status_callback(
        &self,
        sid: &str,
        status: &str,
        error_code: Option<u32>,
    ) -> WebhookReply {
        let message = {
            let mut book = self.shared.book();
            let message = book
                .sent
                .iter_mut()
                .find(|m| m.sid == sid)
                .unwrap_or_else(|| panic!("the fake provider never sent {sid}"));
            message.status = status.to_string();
            message.error_code = error_code;
            message.clone()
        };
        let url = message
            .status_callback
            .clone()
            .unwrap_or_else(|| panic!("{sid} was sent without a StatusCallback"));
        let mut params = vec![
            ("SmsSid".to_string(), sid.to_string()),
            ("SmsStatus".to_string(), status.to_string()),
            ("MessageStatus".to_string(), status.to_string()),
            ("To".to_string(), message.to.clone()),
            ("MessageSid".to_string(), sid.to_string()),
            ("AccountSid".to_string(), message.account_sid.clone()),
            ("ApiVersion".to_string(), "2010-04-01".to_string()),
        ];
        if let Some(from) = &message.from {
            params.push(("From".to_string(), from.clone()));
        }
        if let Some(service) = &message.messaging_service_sid {
            params.push(("MessagingServiceSid".to_string(), service.clone()));
        }
        if let Some(code) = error_code {
            params.push(("ErrorCode".to_string(), code.to_string()));
        }
        if matches!(status, "delivered" | "undelivered") {
            let done = Utc::now().format("%y%m%d%H%M").to_string();
            params.push(("RawDlrDoneDate".to_string(), done));
        }
        self.post_signed(&url, &params).await
    }

    /// The form of an inbound text as Twilio posts it to the SMS webhook, with a fresh
    /// `MessageSid`: post it (or a changed copy, or the same one twice) with
    /// [`FakeProvider::post_signed`].
    pub fn inbound_sms(&self, from: &str, to: &str, body: &str) -> Vec<(String, String)> {
        let sid = new_sid("SM");
        let segments = segments(body).to_string();
        [
            ("ToCountry", "US"),
            ("ToState", "CA"),
            ("SmsMessageSid", &sid),
            ("NumMedia", "0"),
            ("ToCity", ""),
            ("FromZip", ""),
            ("SmsSid", &sid),
            ("FromState", ""),
            ("SmsStatus", "received"),
            ("FromCity", ""),
            ("Body", body),
            ("FromCountry", "US"),
            ("To", to),
            ("ToZip", ""),
            ("NumSegments", &segments),
            ("MessageSid", &sid),
            ("AccountSid", &self.shared.account_sid),
            ("From", from),
            ("ApiVersion", "2010-04-01"),
        ]
        .into_iter()
        .map(|(name, value)| (name.to_string(), value.to_string()))
        .collect()
    }

    /// POSTs `params` form-encoded to `url` with the `X-Twilio-Signature` Twilio would send
    /// (HMAC-SHA1 with this account's auth token over `url` and the sorted params).
    pub async fn post_signed(&self, url: &str, params: &[(String, String)]) -> WebhookReply {
        let signature = signature::compute(&self.shared.auth_token, url, params);
        let response = self
            .http
            .post(url)
            .header(signature::HEADER, signature)
            .form(params)
            .send()
            .await
            .unwrap_or_else(|err| panic!("posting the webhook to {url}: {err}"));
        let status = response.status();
        let content_type = response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .map(str::to_string);
        let body = response.text().await.unwrap_or_default();
        WebhookReply {
            status,
            content_type,
            body,
        }
    }
}

async fn create_message(
    State(shared): State<Arc<Shared>>,
    Path(account): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let form: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let field = |name: &str| {
        form.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    let to = field("To");
    let answer = |shared: &Shared, status: u16| {
        shared.book().attempts.push(Attempt {
            to: to.clone(),
            answered: Some(status),
            at: Utc::now(),
        });
        shared.changed.notify_waiters();
    };

    if !authorized(&shared, &account, &headers) {
        answer(&shared, 401);
        return error(401, 20003, "Authenticate");
    }
    let failure = {
        let mut book = shared.book();
        (!book.fail_next.is_empty()).then(|| book.fail_next.remove(0))
    };
    if let Some(status) = failure {
        answer(&shared, status);
        let (code, message) = match status {
            429 => (20429, "Too Many Requests"),
            500..=599 => (20500, "Internal Server Error"),
            _ => (20001, "Unknown failure"),
        };
        return error(status, code, message);
    }
    let Some(to) = to.clone() else {
        answer(&shared, 400);
        return error(400, 21604, "A 'To' phone number is required.");
    };
    let Some(message_body) = field("Body") else {
        answer(&shared, 400);
        return error(400, 21602, "Message body is required.");
    };
    let from = field("From");
    let service = field("MessagingServiceSid");
    if from.is_none() && service.is_none() {
        answer(&shared, 400);
        return error(400, 21603, "A 'From' phone number is required.");
    }
    if shared.book().opted_out.contains(&to) {
        answer(&shared, 400);
        return error(400, 21610, "Attempt to send to unsubscribed recipient");
    }

    let message = SentMessage {
        sid: new_sid("SM"),
        account_sid: shared.account_sid.clone(),
        to,
        status: if service.is_some() && from.is_none() {
            "accepted".into()
        } else {
            "queued".into()
        },
        from,
        messaging_service_sid: service,
        num_segments: segments(&message_body),
        body: message_body,
        status_callback: field("StatusCallback"),
        error_code: None,
        received_at: Utc::now(),
    };
    let hang = {
        let mut book = shared.book();
        book.sent.push(message.clone());
        let hang = book.hang_next > 0;
        if hang {
            book.hang_next -= 1;
        }
        hang
    };
    if hang {
        shared.book().attempts.push(Attempt {
            to: Some(message.to.clone()),
            answered: None,
            at: Utc::now(),
        });
        shared.changed.notify_waiters();
        // Never answer; let go only when the fake stops.
        let mut shutdown = shared.shutdown.clone();
        let _ = shutdown.wait_for(|stopped| *stopped).await;
        return StatusCode::SERVICE_UNAVAILABLE.into_response();
    }
    answer(&shared, 201);
    (StatusCode::CREATED, Json(resource(&message))).into_response()
}

async fn create_call(
    State(shared): State<Arc<Shared>>,
    Path(account): Path<String>,
    headers: HeaderMap,
    body: axum::body::Bytes,
) -> Response {
    let form: Vec<(String, String)> = serde_urlencoded::from_bytes(&body).unwrap_or_default();
    let field = |name: &str| {
        form.iter()
            .find(|(n, _)| n == name)
            .map(|(_, v)| v.clone())
            .filter(|v| !v.is_empty())
    };
    if !authorized(&shared, &account, &headers) {
        return error(401, 20003, "Authenticate");
    }
    let (Some(to), Some(from), Some(url)) = (field("To"), field("From"), field("Url")) else {
        return error(400, 21205, "To, From and Url are required.");
    };
    let call = PlacedCall {
        sid: new_sid("CA"),
        to,
        from,
        url,
        status_callback: field("StatusCallback"),
        machine_detection: field("MachineDetection"),
    };
    shared.book().calls.push(call.clone());
    shared.changed.notify_waiters();
    (
        StatusCode::CREATED,
        Json(json!({
            "sid": call.sid,
            "account_sid": shared.account_sid,
            "to": call.to,
            "from": call.from,
            "status": "queued",
            "direction": "outbound-api",
            "api_version": "2010-04-01",
        })),
    )
        .into_response()
}

async fn fetch_message(
    State(shared): State<Arc<Shared>>,
    Path((account, file)): Path<(String, String)>,
    headers: HeaderMap,
) -> Response {
    if !authorized(&shared, &account, &headers) {
        return error(401, 20003, "Authenticate");
    }
    let sid = file.strip_suffix(".json").unwrap_or(&file);
    let found = shared.book().sent.iter().find(|m| m.sid == sid).cloned();
    match found {
        Some(message) => Json(resource(&message)).into_response(),
        None => error(
            404,
            20404,
            &format!(
                "The requested resource /2010-04-01/Accounts/{account}/Messages/{file} was not found"
            ),
        ),
    }
}

/// `GET …/Messages.json?To=…`: the account's messages, newest first (as Twilio lists them),
/// filtered by `To` when given.
async fn list_messages(
    State(shared): State<Arc<Shared>>,
    Path(account): Path<String>,
    axum::extract::Query(query): axum::extract::Query<HashMap<String, String>>,
    headers: HeaderMap,
) -> Response {
    if !authorized(&shared, &account, &headers) {
        return error(401, 20003, "Authenticate");
    }
    shared.book().lookups += 1;
    let to = query.get("To");
    let messages: Vec<Value> = shared
        .book()
        .sent
        .iter()
        .rev()
        .filter(|m| to.is_none_or(|to| &m.to == to))
        .map(resource)
        .collect();
    Json(json!({ "messages": messages, "page": 0, "page_size": messages.len() })).into_response()
}

/// HTTP Basic with this account's sid and token, and the sid in the path.
fn authorized(shared: &Shared, account: &str, headers: &HeaderMap) -> bool {
    let expected = format!("{}:{}", shared.account_sid, shared.auth_token);
    let given = headers
        .get(axum::http::header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.strip_prefix("Basic "))
        .and_then(|b64| base64::engine::general_purpose::STANDARD.decode(b64).ok());
    account == shared.account_sid && given.as_deref() == Some(expected.as_bytes())
}

/// Twilio's error body.
fn error(status: u16, code: u32, message: &str) -> Response {
    let status = StatusCode::from_u16(status).unwrap_or(StatusCode::INTERNAL_SERVER_ERROR);
    let body = json!({
        "code": code,
        "message": message,
        "more_info": format!("https://www.twilio.com/docs/errors/{code}"),
        "status": status.as_u16(),
    });
    (status, Json(body)).into_response()
}

/// A message resource as Twilio renders it.
fn resource(message: &SentMessage) -> Value {
    let created = message.received_at.to_rfc2822();
    json!({
        "account_sid": message.account_sid,
        "api_version": "2010-04-01",
        "body": message.body,
        "date_created": created,
        "date_sent": null,
        "date_updated": created,
        "direction": "outbound-api",
        "error_code": message.error_code,
        "error_message": null,
        "from": message.from,
        "messaging_service_sid": message.messaging_service_sid,
        "num_media": "0",
        "num_segments": message.num_segments.to_string(),
        "price": null,
        "price_unit": "USD",
        "sid": message.sid,
        "status": message.status,
        "subresource_uris": {
            "media": format!("/2010-04-01/Accounts/{}/Messages/{}/Media.json", message.account_sid, message.sid),
        },
        "to": message.to,
        "uri": format!("/2010-04-01/Accounts/{}/Messages/{}.json", message.account_sid, message.sid),
    })
}

/// `SM` + 32 hex digits, like Twilio's sids.
pub fn new_sid(prefix: &str) -> String {
    format!("{prefix}{:032x}", rand::random::<u128>())
}

/// How many SMS parts a body takes: GSM-7 (160 septets alone, 153 per part; the extension
/// characters count twice) if every character has a GSM-7 code, otherwise UCS-2 (70 UTF-16
/// units alone, 67 per part).
pub fn segments(body: &str) -> u32 {
    const BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
                         ¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";
    const EXTENSION: &str = "^{}\\[~]|€\u{0C}";
    let septets: Option<usize> = body
        .chars()
        .map(|c| {
            if BASIC.contains(c) {
                Some(1)
            } else if EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            }
        })
        .sum();
    let (length, single, part) = match septets {
        Some(septets) => (septets, 160, 153),
        None => (body.encode_utf16().count(), 70, 67),
    };
    let parts = if length <= single {
        1
    } else {
        length.div_ceil(part)
    };
    u32::try_from(parts).unwrap_or(u32::MAX)
}

/// The numbers that were sent to, with how many messages each got (handy for "exactly once").
pub fn count_by_recipient(sent: &[SentMessage]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for message in sent {
        *counts.entry(message.to.clone()).or_insert(0) += 1;
    }
    counts
}
