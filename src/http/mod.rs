//! The HTTP face of homevisit: provider webhooks, health, and (later) the dashboard and API.
//!
//! One [`AppState`] (config, database, clock) is shared by every handler. Every request runs
//! under a body limit and a timeout; every connection under a header read timeout and a cap on
//! connections ([`serve_with`]); the server stops gracefully on SIGTERM or ctrl-c.

pub mod api;
pub mod auth;
pub mod calendar;
pub mod dashboard;
mod error;
pub mod session;
pub mod simulator;
pub mod voice;
pub mod webhooks;

use std::net::SocketAddr;
use std::sync::Arc;
use std::time::Duration;

use axum::Router;
use axum::extract::{ConnectInfo, State};
use axum::http::{Request, StatusCode};
use axum::routing::{get, post};
use hyper::body::Incoming;
use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
use hyper_util::server::conn::auto;
use hyper_util::server::graceful::GracefulShutdown;
use tokio::net::TcpListener;
use tokio::sync::Semaphore;
use tower::ServiceExt;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::timeout::TimeoutLayer;
use tower_http::trace::TraceLayer;

pub use error::Error;

use crate::clock::Clock;
use crate::config::Config;
use crate::engine::Env;
use crate::i18n::Locales;
use crate::provider::SimulatedProvider;
use crate::store::writer::{BoxFuture, Writes};
use crate::store::{self, Db, Tx};

/// Bodies larger than this are refused with 413 before anything reads them.
pub const MAX_BODY: usize = 64 * 1024;

/// What every handler can reach.
#[derive(Clone)]
pub struct AppState {
    pub config: Arc<Config>,
    pub db: Db,
    /// Where the provider's webhooks write: on SQLite one task, several to a commit.
    pub writes: Writes,
    pub clock: Arc<dyn Clock>,
    pub locales: Arc<Locales>,
    /// The key webhooks are signed with: the Twilio auth token, or the simulated provider's.
    pub webhook_token: String,
    /// The simulated phones, when no provider account is configured (`/simulator`).
    pub simulator: Option<SimulatedProvider>,
}

impl AppState {
    /// What the engine needs besides a transaction, at `now`.
    pub fn env(&self, now: chrono::DateTime<chrono::Utc>) -> Env<'_> {
        Env {
            config: &self.config,
            locales: &self.locales,
            now,
        }
    }

    /// Runs a provider webhook's `work` through the webhooks' writer (`store::writer`), in
    /// `span`: its writes are committed, or all undone, before it answers. Takes the
    /// handler's own state (the work runs in the writer's task).
    pub async fn write<T, F>(self, span: tracing::Span, work: F) -> store::Result<T>
    where
        T: Send + 'static,
        F: for<'a> FnOnce(&'a mut Tx, &'a AppState) -> BoxFuture<'a, store::Result<T>>
            + Send
            + 'static,
    {
        let writes = self.writes.clone();
        writes
            .run(move |tx| {
                Box::pin(tracing::Instrument::instrument(
                    async move { work(tx, &self).await },
                    span,
                ))
            })
            .await
    }
}

pub fn router(state: AppState) -> Router {
    let timeout = state.config.request_timeout;
    let mut routes = Router::new();
    if state.simulator.is_some() {
        routes = routes.merge(simulator::routes());
    }
    routes
        .merge(dashboard::routes())
        .route("/healthz", get(healthz))
        .route("/calendar/{file}", get(calendar::feed))
        .route("/twilio/sms", post(webhooks::sms))
        .route("/twilio/status", post(webhooks::status))
        .route("/twilio/voice", post(voice::answer))
        .route("/twilio/voice/gather", post(voice::gather))
        .route("/twilio/voice/status", post(voice::status))
        .merge(api::routes())
        .merge(crate::metrics::routes())
        .layer(axum::middleware::from_fn(crate::metrics::time_webhooks))
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

/// How the server treats connections (see [`serve_with`]).
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// A client must send a whole request head within this time of opening the connection,
    /// or of its previous response on a kept-alive connection; otherwise the connection is
    /// closed. This is also the idle timeout of keep-alive connections.
    pub header_read_timeout: Duration,
    /// Connections served at once. When all are taken, new connections wait in the kernel's
    /// accept queue and are served, in order, as connections close.
    pub max_connections: usize,
}

impl Default for Limits {
    fn default() -> Limits {
        Limits {
            header_read_timeout: Duration::from_secs(10),
            max_connections: 1024,
        }
    }
}

/// Serves until `shutdown` resolves, then finishes in-flight requests, with the default
/// [`Limits`].
pub async fn serve(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
) -> std::io::Result<()> {
    serve_with(listener, state, shutdown, Limits::default()).await
}

/// Serves until `shutdown` resolves, then finishes in-flight requests.
///
/// `axum::serve` builds hyper without a timer, and without a timer hyper's header read
/// timeout never fires: a client that opens a connection and sends half a line, or keeps a
/// connection idle, holds it (and a file descriptor) for ever. So connections are served here
/// with hyper-util's builder, given tokio's timer and [`Limits::header_read_timeout`] (hyper
/// restarts that timer whenever it waits for a request head, so it closes idle kept-alive
/// connections too), and counted by a semaphore ([`Limits::max_connections`]): when every
/// permit is taken the accept loop stops accepting, so a new connection — a webhook, say —
/// waits in the kernel's queue (its TCP connect has already succeeded) until an idle or slow
/// client is cut off by the timeout, at most `header_read_timeout` later, and is then served.
/// Twilio waits 15 s for an answer by default, so a webhook queued behind idle clients is
/// still answered.
///
/// Only HTTP/1.1 is served: every client we have (Twilio, calendar apps, browsers behind a
/// proxy) speaks it, and hyper-util's HTTP/1-or-2 detection reads the first bytes with no
/// timeout at all, which would let a silent client hold a connection again.
///
/// Handlers still get [`ConnectInfo<SocketAddr>`] (the `/simulator` guard reads the peer). On
/// `shutdown` the listener closes (connections still waiting in the accept queue are reset;
/// a webhook among them is lost unless the provider retries it), idle connections close, and
/// requests in flight finish before this returns — each is bounded by the request timeout,
/// and a half-read request head by the header read timeout, so shutting down never waits for
/// a client for ever.
pub async fn serve_with(
    listener: TcpListener,
    state: AppState,
    shutdown: impl std::future::Future<Output = ()> + Send + 'static,
    limits: Limits,
) -> std::io::Result<()> {
    let router = router(state);
    let mut builder = auto::Builder::new(TokioExecutor::new()).http1_only();
    builder
        .http1()
        .timer(TokioTimer::new())
        .header_read_timeout(limits.header_read_timeout)
        .keep_alive(true);
    let permits = Arc::new(Semaphore::new(limits.max_connections.max(1)));
    let graceful = GracefulShutdown::new();
    let mut shutdown = std::pin::pin!(shutdown);
    loop {
        let permit = tokio::select! {
            permit = permits.clone().acquire_owned() => match permit {
                Ok(permit) => permit,
                Err(_) => break,
            },
            () = &mut shutdown => break,
        };
        let (stream, peer) = tokio::select! {
            accepted = listener.accept() => match accepted {
                Ok(accepted) => accepted,
                Err(e) => {
                    // Out of file descriptors and the like: wait a little (as axum does)
                    // rather than spin; the next accept may well work.
                    tracing::warn!(error = %e, "accepting a connection failed");
                    tokio::time::sleep(Duration::from_millis(100)).await;
                    continue;
                }
            },
            () = &mut shutdown => break,
        };
        let router = router.clone();
        let service = hyper::service::service_fn(move |mut request: Request<Incoming>| {
            request.extensions_mut().insert(ConnectInfo(peer));
            router.clone().oneshot(request)
        });
        let connection = builder
            .serve_connection(TokioIo::new(stream), service)
            .into_owned();
        let connection = graceful.watch(connection);
        tokio::spawn(async move {
            if let Err(e) = connection.await {
                tracing::debug!(error = %e, %peer, "connection ended with an error");
            }
            drop(permit);
        });
    }
    drop(listener);
    graceful.shutdown().await;
    Ok(())
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
