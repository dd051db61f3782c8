//! `GET /metrics`: what an operator graphs and alerts on, in Prometheus text, through the
//! `metrics` facade and `metrics-exporter-prometheus`.
//!
//! The counters are bumped where things happen (one call each in `http::webhooks` and
//! `jobs::sender`, and [`login_failed`] in the dashboard's login); the queue gauges are read
//! from the database at scrape time, so every `serve` process sharing one PostgreSQL reports
//! the same queue (and one that just restarted reports it at once). Labels are a fixed, small set (kinds, intents, statuses, route templates):
//! **never a phone number, a name or a text**.
//!
//! The recorder is process-global. [`install`] puts it in place once (a `OnceLock`), however
//! many apps a process starts (tests start dozens); counters are therefore per process, not
//! per app.

use std::sync::OnceLock;
use std::time::Instant;

use axum::Router;
use axum::extract::{MatchedPath, Request, State};
use axum::http::{HeaderMap, StatusCode, header};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use metrics::{counter, histogram};
use metrics_exporter_prometheus::{Matcher, PrometheusBuilder, PrometheusHandle};

use crate::http::AppState;

/// Texts that reached `/twilio/sms`, by `kind` (`family`, `educator`, `unknown`, `duplicate`)
/// and, for families, the `intent` their reply was understood as. Counted as the text is
/// handled, inside its transaction: a text whose transaction fails (the provider then sends it
/// again) may be counted twice.
pub const INBOUND: &str = "homevisit_inbound_messages_total";
/// Outbound send attempts by how they ended: `status` is `sent`, `failed`, `unknown`,
/// `retried` or `cancelled`. An `unknown` send is counted again when its look-up settles it
/// (`sent` if the provider has it, `retried` if it never got there).
pub const OUTBOUND: &str = "homevisit_outbound_messages_total";
/// Texts waiting in the outbound queue (due or not), read at scrape time.
pub const QUEUE_DEPTH: &str = "homevisit_outbound_queue_depth";
/// How long the oldest due text has been waiting, in seconds (0 when none is due).
pub const OLDEST_DUE_AGE: &str = "homevisit_outbound_oldest_due_age_seconds";
/// Time to answer a provider webhook, by `route` (the route template, e.g. `/twilio/sms`).
pub const WEBHOOK_SECONDS: &str = "homevisit_webhook_duration_seconds";
/// Provider webhooks refused for a missing or wrong signature, by `route`.
pub const SIGNATURE_FAILURES: &str = "homevisit_webhook_signature_failures_total";
/// Dashboard logins refused (wrong email or password, or throttled).
pub const LOGIN_FAILURES: &str = "homevisit_login_failures_total";
/// SQLite only: how many requests each commit of the webhooks' writer made durable
/// (`store::writer`); 1 when traffic is light, up to `MAX_GROUP` under load.
pub const WRITE_GROUP: &str = "homevisit_write_group_size";

/// Group sizes: powers of two up to `store::writer::MAX_GROUP`.
const GROUP_BUCKETS: [f64; 5] = [1.0, 2.0, 4.0, 8.0, 16.0];

/// Webhook latency buckets, in seconds: Twilio gives up after 15 s.
const WEBHOOK_BUCKETS: [f64; 12] = [
    0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 15.0,
];

/// Installs the Prometheus recorder for this process (once; later calls return the same
/// handle). `None` when some other recorder was installed first: the counters then go there,
/// and `/metrics` says it has nothing.
pub fn install() -> Option<&'static PrometheusHandle> {
    static HANDLE: OnceLock<Option<PrometheusHandle>> = OnceLock::new();
    HANDLE
        .get_or_init(|| {
            let recorder = PrometheusBuilder::new()
                .set_buckets_for_metric(Matcher::Full(WEBHOOK_SECONDS.into()), &WEBHOOK_BUCKETS)
                .and_then(|b| {
                    b.set_buckets_for_metric(Matcher::Full(WRITE_GROUP.into()), &GROUP_BUCKETS)
                })
                .map(PrometheusBuilder::build_recorder);
            let recorder = match recorder {
                Ok(recorder) => recorder,
                Err(e) => {
                    tracing::error!(error = %e, "cannot build the metrics recorder");
                    return None;
                }
            };
            let handle = recorder.handle();
            match metrics::set_global_recorder(recorder) {
                Ok(()) => {
                    describe();
                    Some(handle)
                }
                Err(e) => {
                    tracing::warn!(error = %e, "another metrics recorder is installed; /metrics stays empty");
                    None
                }
            }
        })
        .as_ref()
}

fn describe() {
    metrics::describe_counter!(INBOUND, "Inbound texts by kind (and, for families, intent)");
    metrics::describe_counter!(OUTBOUND, "Outbound send attempts by outcome");
    metrics::describe_histogram!(
        WEBHOOK_SECONDS,
        metrics::Unit::Seconds,
        "Time to answer a provider webhook"
    );
    metrics::describe_counter!(SIGNATURE_FAILURES, "Webhooks refused for their signature");
    metrics::describe_counter!(LOGIN_FAILURES, "Dashboard logins refused");
    metrics::describe_histogram!(
        WRITE_GROUP,
        "Requests made durable by one commit of the webhooks' writer (SQLite)"
    );
    // Counters without variable labels start at 0, so a dashboard shows 0 rather than no data.
    for status in ["sent", "failed", "unknown", "retried", "cancelled"] {
        counter!(OUTBOUND, "status" => status).absolute(0);
    }
    counter!(LOGIN_FAILURES).absolute(0);
}

/// Who sent an inbound text, as `/metrics` counts it.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Inbound {
    Educator,
    /// A number on no roster (or one that cannot be read).
    Unknown,
    /// A `MessageSid` already handled (a provider retry).
    Duplicate,
}

/// One commit of the webhooks' writer made `requests` requests durable.
pub fn write_group(requests: usize) {
    histogram!(WRITE_GROUP).record(requests as f64);
}

/// Counts an inbound text from an educator, an unknown number, or a repeat.
pub fn inbound(kind: Inbound) {
    let kind = match kind {
        Inbound::Educator => "educator",
        Inbound::Unknown => "unknown",
        Inbound::Duplicate => "duplicate",
    };
    counter!(INBOUND, "kind" => kind).increment(1);
}

/// Counts a family's text by the intent it was understood as (`none` when it had none).
pub fn family_reply(intent: Option<&'static str>) {
    counter!(INBOUND, "kind" => "family", "intent" => intent.unwrap_or("none")).increment(1);
}

/// How one outbound send attempt ended.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Outbound {
    Sent,
    Failed,
    /// No answer from the provider: it is looked up later, never blindly re-sent.
    Unknown,
    /// A transient failure: queued again with a back-off.
    Retried,
    /// Not sent: the recipient opted out meanwhile.
    Cancelled,
}

/// Counts an outbound send attempt by how it ended.
pub fn outbound(status: Outbound) {
    let status = match status {
        Outbound::Sent => "sent",
        Outbound::Failed => "failed",
        Outbound::Unknown => "unknown",
        Outbound::Retried => "retried",
        Outbound::Cancelled => "cancelled",
    };
    counter!(OUTBOUND, "status" => status).increment(1);
}

/// Counts a refused dashboard login. For the login handler to call on every refusal.
pub fn login_failed() {
    counter!(LOGIN_FAILURES).increment(1);
}

/// The `/metrics` route (installing the recorder, if no app of this process has yet).
pub fn routes() -> Router<AppState> {
    install();
    Router::new().route("/metrics", get(scrape))
}

/// Middleware for the provider webhooks (`/twilio/…`): their latency, and their 403s — which
/// the webhooks answer only for a missing or wrong signature (CONTRACT.md). Other routes pass
/// through untouched.
pub async fn time_webhooks(request: Request, next: Next) -> Response {
    let route = request
        .extensions()
        .get::<MatchedPath>()
        .map(|p| p.as_str().to_owned())
        .filter(|p| p.starts_with("/twilio/"));
    let Some(route) = route else {
        return next.run(request).await;
    };
    let started = Instant::now();
    let response = next.run(request).await;
    histogram!(WEBHOOK_SECONDS, "route" => route.clone()).record(started.elapsed().as_secs_f64());
    if response.status() == StatusCode::FORBIDDEN {
        counter!(SIGNATURE_FAILURES, "route" => route).increment(1);
    }
    response
}

/// `GET /metrics`: the process's counters, then the queue gauges read from this app's
/// database now. The gauges are written here rather than through the global recorder: they
/// belong to the database, not to the process (one process may serve several apps in tests,
/// and a scrape must not show another app's queue).
async fn scrape(State(state): State<AppState>, headers: HeaderMap) -> Response {
    if !scraper_allowed(state.config.metrics_token.as_deref(), &headers) {
        return (
            StatusCode::UNAUTHORIZED,
            [(header::WWW_AUTHENTICATE, "Bearer")],
            "HOMEVISIT_METRICS_TOKEN is set: send it as Authorization: Bearer\n",
        )
            .into_response();
    }
    let Some(handle) = install() else {
        return (
            StatusCode::SERVICE_UNAVAILABLE,
            "metrics are not recorded\n",
        )
            .into_response();
    };
    let now = state.clock.now();
    handle.run_upkeep();
    let mut text = handle.render();
    match crate::store::outbox::depth(&state.db, now).await {
        Ok((depth, oldest_due)) => {
            let age = oldest_due.map_or(0, |due| (now.timestamp() - due).max(0));
            text += &gauge_text(QUEUE_DEPTH, "Texts waiting in the outbound queue", depth);
            text += &gauge_text(
                OLDEST_DUE_AGE,
                "Seconds the oldest due text has waited",
                age,
            );
        }
        Err(e) => tracing::warn!(error = %e, "metrics: cannot read the queue"),
    }
    (
        [(
            header::CONTENT_TYPE,
            "text/plain; version=0.0.4; charset=utf-8",
        )],
        text,
    )
        .into_response()
}

/// Whether a scrape may read `/metrics`: always when no `HOMEVISIT_METRICS_TOKEN` is set
/// (keep it private by network then); otherwise only with that bearer token, compared in
/// constant time.
fn scraper_allowed(expected: Option<&str>, headers: &HeaderMap) -> bool {
    let Some(expected) = expected else {
        return true;
    };
    let given = headers
        .get(header::AUTHORIZATION)
        .and_then(|v| v.to_str().ok())
        .and_then(|v| v.split_once(' '))
        .filter(|(scheme, _)| scheme.eq_ignore_ascii_case("bearer"))
        .map(|(_, token)| token.trim())
        .unwrap_or("");
    bool::from(subtle::ConstantTimeEq::ct_eq(
        given.as_bytes(),
        expected.as_bytes(),
    ))
}

/// One unlabelled gauge in Prometheus text.
fn gauge_text(name: &str, help: &str, value: i64) -> String {
    format!("# HELP {name} {help}\n# TYPE {name} gauge\n{name} {value}\n")
}
