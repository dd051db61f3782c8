//! The HTTP face of homevisit: provider webhooks, health, and (later) the dashboard and API.
//!
//! One [`AppState`] (config, database, clock) is shared by every handler. Every request runs
//! under a body limit and a timeout; the server stops gracefully on SIGTERM or ctrl-c.

pub mod auth;
pub mod calendar;
mod error;
pub mod simulator;
pub mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;

use axum::Router;
use axum::extract::State;
use axum::http::StatusCode;
use axum::routing::{get, post};
use tokio::net::TcpListener;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::Error;

use crate::clock::Clock;
use crate::config::Config;
use crate::i18n::Locales;
use crate::provider::SimulatedProvider;
use crate::store::Db;

/// Bodies larger than this are refused with 413 before anything reads them.
pub const MAX_BODY: usize = 64 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    pub clock: Arc<dyn Clock>,
    pub locales: Arc<Locales>,
    /// The key webhooks are signed with: the Twilio auth token, or the simulated provider's.
    pub webhook_token: String,
    /// The simulated phones, when no provider account is configured (`/simulator`).
    pub simulator: Option<SimulatedProvider>,
}

pub fn router(state: AppState) -> Router {
    let timeout = state.config.request_timeout;
    let mut routes = Router::new();
    if state.simulator.is_some() {
        routes = routes.merge(simulator::routes());
    }
    routes
        .route("/healthz", get(healthz))
        .route("/calendar/{file}", get(calendar::feed))
        .route("/twilio/sms", post(webhooks::sms))
        .route("/twilio/status", post(webhooks::status))
        .with_state(state)
        .layer(RequestBodyLimitLayer::new(MAX_BODY))
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            timeout,
        ))
        .layer(TraceLayer::new_for_http().make_span_with(request_span))
}

/// The span of one request: method and path, with a calendar feed's token (a secret that
/// lets anyone read an educator's visits) left out, whatever the log level.
fn request_span(request: &axum::http::Request<axum::body::Body>) -> tracing::Span {
    let path = request.uri().path();
    let path = if path.starts_with("/calendar/") {
        "/calendar/{token}.ics"
    } else {
        path
    };
    tracing::debug_span!("request", method = %request.method(), path)
}

/// Ready when the database answers.
async fn healthz(
    State(state): State<AppState>,
) -> Result<&'static str, (StatusCode, &'static str)> {
    match state.db.ping().await {
        Ok(()) => Ok("ok\n"),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            Err((StatusCode::SERVICE_UNAVAILABLE, "database unavailable\n"))
        }
    }
}

/// Binds `addr` (port 0 picks a free one) and returns the listener and its real address.
pub async fn bind(addr: SocketAddr) -> std::io::Result<(TcpListener, SocketAddr)> {
    let listener = TcpListener::bind(addr).await?;
    let local = listener.local_addr()?;
    Ok((listener, local))
}

/// Serves until `shutdown` resolves, then finishes in-flight requests.
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    axum::serve(
        listener,
        router(state).into_make_service_with_connect_info::<SocketAddr>(),
    )
    .with_graceful_shutdown(shutdown)
    .await
}

/// Resolves on ctrl-c or SIGTERM.
pub async fn shutdown_signal() {
    let ctrl_c = async {
        if let Err(e) = tokio::signal::ctrl_c().await {
            tracing::warn!(error = %e, "cannot listen for ctrl-c");
            std::future::pending::<()>().await;
        }
    };
    #[cfg(unix)]
    let term = async {
        match tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            Ok(mut s) => {
                s.recv().await;
            }
            Err(e) => {
                tracing::warn!(error = %e, "cannot listen for SIGTERM");
                std::future::pending::<()>().await;
            }
        }
    };
    #[cfg(not(unix))]
    let term = std::future::pending::<()>();
    tokio::select! {
        _ = ctrl_c => {},
        _ = term => {},
    }
    tracing::info!("shutting down");
}
