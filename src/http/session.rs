//! Dashboard sessions: logging in and out, the cookie, the CSRF token, and login throttling.
//!
//! A login makes a random 32-byte token; the browser keeps it in an `HttpOnly`,
//! `SameSite=Lax` cookie (`Secure` when `HOMEVISIT_PUBLIC_URL` is https) and the database keeps
//! only its SHA-256 digest, with the coordinator, a CSRF token and the session's times
//! (`store::sessions`). Every state-changing form carries the session's CSRF token in a hidden
//! field; [`Session::check_csrf`] refuses a missing or foreign one with 403 before anything
//! changes. SameSite=Lax already keeps other sites' POSTs from carrying the cookie; the token
//! is the second lock, for browsers or proxies that do not honour it. The login form, which
//! has no session yet, carries its own token the same way, matched against a short-lived
//! `homevisit_login` cookie (double submit), so another site cannot sign a browser in to an
//! account of its choosing.
//!
//! Throttling: wrong passwords are stored (email and address) so every process sharing the
//! database counts them together; after [`ACCOUNT_LIMIT`] for one email, or [`ADDRESS_LIMIT`]
//! from one address, within [`THROTTLE_WINDOW`], logins there answer 429 — even with the right
//! password — until the window has passed. Refused attempts are not counted, so a throttle
//! lifts [`THROTTLE_WINDOW`] after the wrong passwords that caused it, whatever comes after.

use std::net::SocketAddr;
use std::sync::LazyLock;

use axum::extract::{ConnectInfo, FromRequestParts, OptionalFromRequestParts};
use axum::http::request::Parts;
use axum::http::{HeaderMap, HeaderValue, header};
use axum::response::{IntoResponse, Redirect, Response};
use chrono::Duration;
use sha2::{Digest, Sha256};
use subtle::ConstantTimeEq;

use super::auth::{Coordinator, hash_password, verify_password};
use super::{AppState, Error};
use crate::store::{self, coordinators, random_token, sessions};

/// The session cookie's name.
pub const COOKIE: &str = "homevisit_session";
/// A session ends this long after login, however busy.
pub const LIFETIME: Duration = Duration::hours(12);
/// A session ends after this long unused.
pub const IDLE: Duration = Duration::hours(2);
/// The stretch over which wrong passwords are counted, and how long a throttle lasts.
pub const THROTTLE_WINDOW: Duration = Duration::minutes(15);
/// Wrong passwords for one email within the window before its logins are refused.
pub const ACCOUNT_LIMIT: i64 = 5;
/// Wrong passwords from one address within the window before its logins are refused.
pub const ADDRESS_LIMIT: i64 = 20;
/// `last_seen_at` is written at most this often (a page view is not worth a write each).
const TOUCH_EVERY: i64 = 60;

/// A signed-in coordinator's session, as handlers receive it. Without a live session the
/// extractor answers 303 to `/login`.
#[derive(Debug, Clone)]
pub struct Session {
    pub coordinator: Coordinator,
    /// Put in a hidden `csrf` field of every form that changes something.
    pub csrf: String,
    token_hash: String,
}

impl Session {
    /// 403 unless `submitted` is this session's CSRF token.
    pub fn check_csrf(&self, submitted: &str) -> Result<(), Error> {
        if !submitted.is_empty() && bool::from(submitted.as_bytes().ct_eq(self.csrf.as_bytes())) {
            Ok(())
        } else {
            tracing::warn!(target: "homevisit::login", "form refused: CSRF token missing or wrong");
            Err(Error::Forbidden)
        }
    }
}

impl FromRequestParts<AppState> for Session {
    type Rejection = Response;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Response> {
        match load(state, &parts.headers).await {
            Ok(Some(session)) => Ok(session),
            Ok(None) => Err(Redirect::to("/login").into_response()),
            Err(e) => Err(Error::from(e).into_response()),
        }
    }
}

/// `Option<Session>`: `None` without a live session (the login page uses it).
impl OptionalFromRequestParts<AppState> for Session {
    type Rejection = Response;

    async fn from_request_parts(
        parts: &mut Parts,
        state: &AppState,
    ) -> Result<Option<Self>, Response> {
        load(state, &parts.headers)
            .await
            .map_err(|e| Error::from(e).into_response())
    }
}

/// The coordinator signed in by the request's session cookie, if any (the JSON API accepts
/// the login session as well as bearer tokens). A database failure counts as signed out.
pub async fn coordinator_from_session(
    state: &AppState,
    headers: &HeaderMap,
) -> Option<Coordinator> {
    match load(state, headers).await {
        Ok(session) => session.map(|s| s.coordinator),
        Err(e) => {
            tracing::error!(error = %e, "cannot read a dashboard session");
            None
        }
    }
}

async fn load(state: &AppState, headers: &HeaderMap) -> store::Result<Option<Session>> {
    let Some(token) = cookie_token(headers) else {
        return Ok(None);
    };
    let token_hash = digest(&token);
    let now = state.clock.now().timestamp();
    let mut tx = state.db.read().await?;
    let row = sessions::live(&mut tx, &token_hash, now, now - IDLE.num_seconds()).await?;
    tx.rollback().await?;
    let Some(row) = row else {
        return Ok(None);
    };
    if now - row.last_seen_at >= TOUCH_EVERY {
        let mut tx = state.db.begin().await?;
        sessions::touch(&mut tx, &token_hash, now).await?;
        tx.commit().await?;
    }
    Ok(Some(Session {
        coordinator: Coordinator {
            id: row.coordinator_id,
            school_id: row.school_id,
            email: row.email,
        },
        csrf: row.csrf_token,
        token_hash,
    }))
}

/// The session token from the `Cookie` header(s), if there is one.
fn cookie_token(headers: &HeaderMap) -> Option<String> {
    cookie_value(headers, COOKIE)
}

/// The value of the cookie `name` from the `Cookie` header(s), if there is one.
pub fn cookie_value(headers: &HeaderMap, name: &str) -> Option<String> {
    headers
        .get_all(header::COOKIE)
        .iter()
        .filter_map(|v| v.to_str().ok())
        .flat_map(|v| v.split(';'))
        .filter_map(|pair| pair.trim().split_once('='))
        .find(|(found, value)| *found == name && !value.is_empty())
        .map(|(_, value)| value.to_string())
}

fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// How a login attempt ended.
pub enum Login {
    /// Signed in: set this cookie.
    SignedIn(HeaderValue),
    WrongPassword,
    /// Too many wrong passwords for this email or from this address: 429.
    Throttled,
}

/// The address a request came from (for throttling), as the server saw the connection.
pub fn peer_address(parts_extensions: &axum::http::Extensions) -> String {
    parts_extensions
        .get::<ConnectInfo<SocketAddr>>()
        .map(|ConnectInfo(peer)| peer.ip().to_canonical().to_string())
        .unwrap_or_else(|| "unknown".to_string())
}

/// Checks a password (unless the email or address is throttled) and opens a session.
///
/// The slow argon2 check runs outside any transaction, on a blocking thread. An unknown email
/// is checked against a stand-in hash, so its answer takes as long as a wrong password's.
pub async fn log_in(
    state: &AppState,
    email: &str,
    password: &str,
    address: &str,
) -> Result<Login, Error> {
    let email = email.trim().to_lowercase();
    let now = state.clock.now().timestamp();
    let since = now - THROTTLE_WINDOW.num_seconds();
    let mut tx = state.db.begin().await?;
    sessions::prune(&mut tx, now, since).await?;
    let (for_email, from_address) =
        sessions::recent_failures(&mut tx, &email, address, since).await?;
    let account = coordinators::password_hash(&mut tx, &email).await?;
    tx.commit().await?;
    if for_email >= ACCOUNT_LIMIT || from_address >= ADDRESS_LIMIT {
        tracing::warn!(target: "homevisit::login", "login refused: throttled");
        crate::metrics::login_failed();
        return Ok(Login::Throttled);
    }
    let hash = account.as_ref().map(|(_, _, hash)| hash.clone());
    let password = password.to_string();
    let right = tokio::task::spawn_blocking(move || {
        let hash = hash.unwrap_or_else(|| STAND_IN_HASH.clone());
        verify_password(&password, &hash)
    })
    .await
    .map_err(|e| Error::Internal(e.into()))?;
    let mut tx = state.db.begin().await?;
    let Some((coordinator_id, _, _)) = account.filter(|_| right) else {
        sessions::record_failure(&mut tx, &email, address, now).await?;
        tx.commit().await?;
        tracing::warn!(target: "homevisit::login", "login failed");
        crate::metrics::login_failed();
        return Ok(Login::WrongPassword);
    };
    sessions::clear_failures(&mut tx, &email).await?;
    let token = random_token(32);
    let csrf = random_token(32);
    sessions::create(
        &mut tx,
        &digest(&token),
        coordinator_id,
        &csrf,
        now,
        now + LIFETIME.num_seconds(),
    )
    .await?;
    tx.commit().await?;
    tracing::info!(target: "homevisit::login", coordinator = coordinator_id, "signed in");
    let cookie = cookie(state, COOKIE, &token, "/", LIFETIME.num_seconds())?;
    Ok(Login::SignedIn(cookie))
}

/// Ends the session and gives the cookie that clears it in the browser.
pub async fn log_out(state: &AppState, session: &Session) -> Result<HeaderValue, Error> {
    let mut tx = state.db.begin().await?;
    sessions::end(&mut tx, &session.token_hash).await?;
    tx.commit().await?;
    cookie(state, COOKIE, "", "/", 0)
}

/// The login form's own CSRF cookie: a random value the form repeats in a hidden field
/// (double submit), so another site cannot sign a browser in to an account of its choosing.
pub const LOGIN_COOKIE: &str = "homevisit_login";

/// A new login-form token and the cookie that carries it (for an hour, to `/login` only).
pub fn login_form_token(state: &AppState) -> Result<(String, HeaderValue), Error> {
    let token = random_token(32);
    let cookie = cookie(state, LOGIN_COOKIE, &token, "/login", 3600)?;
    Ok((token, cookie))
}

/// Whether the login form's hidden token matches its cookie.
pub fn login_form_token_matches(headers: &HeaderMap, submitted: &str) -> bool {
    cookie_value(headers, LOGIN_COOKIE).is_some_and(|expected| {
        !submitted.is_empty() && bool::from(submitted.as_bytes().ct_eq(expected.as_bytes()))
    })
}

fn cookie(
    state: &AppState,
    name: &str,
    value: &str,
    path: &str,
    max_age: i64,
) -> Result<HeaderValue, Error> {
    let secure = if state.config.public_url.starts_with("https://") {
        "; Secure"
    } else {
        ""
    };
    HeaderValue::from_str(&format!(
        "{name}={value}; Path={path}; HttpOnly; SameSite=Lax; Max-Age={max_age}{secure}"
    ))
    .map_err(|e| Error::Internal(e.into()))
}

/// A hash of a password nobody has, for unknown emails (see [`log_in`]).
static STAND_IN_HASH: LazyLock<String> = LazyLock::new(|| {
    // Hashing a fixed string with a fresh salt cannot fail short of the OS RNG failing, and
    // then no login could work either; an empty hash simply never verifies.
    hash_password(&random_token(16)).unwrap_or_default()
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_session_cookie_is_found_among_others() {
        let mut headers = HeaderMap::new();
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("theme=dark; homevisit_session=abc; other=1"),
        );
        assert_eq!(cookie_token(&headers).as_deref(), Some("abc"));
        headers.insert(
            header::COOKIE,
            HeaderValue::from_static("homevisit_session="),
        );
        assert_eq!(cookie_token(&headers), None);
    }

    #[test]
    fn a_digest_is_hex_sha256() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
