//! Dashboard sessions and the record of wrong passwords that throttles logins.
//!
//! Sessions are looked up by the SHA-256 digest of their token (the caller hashes); the token
//! itself is never stored. Times are epoch seconds from the injected clock, never the
//! database's own `now()`.

use super::{Classify, Result, Tx};
use crate::{execute, on_tx};

/// A live session and the coordinator it signs in.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SessionRow {
    pub coordinator_id: i64,
    pub school_id: i64,
    pub email: String,
    pub csrf_token: String,
    pub last_seen_at: i64,
}

/// Stores a new session.
pub async fn create(
    tx: &mut Tx,
    token_hash: &str,
    coordinator_id: i64,
    csrf_token: &str,
    now: i64,
    expires_at: i64,
) -> Result<()> {
    execute!(
        tx,
        "INSERT INTO dashboard_sessions (token_hash, coordinator_id, csrf_token, created_at, last_seen_at, expires_at)
         VALUES ($1, $2, $3, $4, $4, $5)",
        token_hash,
        coordinator_id,
        csrf_token,
        now,
        expires_at
    )?;
    Ok(())
}

/// The session with this token digest, unless it has expired or lain unused since `idle_since`.
pub async fn live(
    tx: &mut Tx,
    token_hash: &str,
    now: i64,
    idle_since: i64,
) -> Result<Option<SessionRow>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT s.coordinator_id, c.school_id, c.email, s.csrf_token, s.last_seen_at
         FROM dashboard_sessions s JOIN coordinators c ON c.id = s.coordinator_id
         WHERE s.token_hash = $1 AND s.expires_at > $2 AND s.last_seen_at > $3"
    )
    .bind(token_hash)
    .bind(now)
    .bind(idle_since)
    .fetch_optional(c)
    .await)
    .classify()
}

/// Marks the session used now (it keeps it from going idle).
pub async fn touch(tx: &mut Tx, token_hash: &str, now: i64) -> Result<()> {
    execute!(
        tx,
        "UPDATE dashboard_sessions SET last_seen_at = $2 WHERE token_hash = $1",
        token_hash,
        now
    )?;
    Ok(())
}

/// Ends a session (logout). Ending one that is already gone is not an error.
pub async fn end(tx: &mut Tx, token_hash: &str) -> Result<()> {
    execute!(
        tx,
        "DELETE FROM dashboard_sessions WHERE token_hash = $1",
        token_hash
    )?;
    Ok(())
}

/// Deletes sessions past their expiry and failures older than `failures_before`.
pub async fn prune(tx: &mut Tx, now: i64, failures_before: i64) -> Result<()> {
    execute!(
        tx,
        "DELETE FROM dashboard_sessions WHERE expires_at <= $1",
        now
    )?;
    execute!(
        tx,
        "DELETE FROM login_failures WHERE failed_at <= $1",
        failures_before
    )?;
    Ok(())
}

/// Records a wrong password for `email` from `address`.
pub async fn record_failure(tx: &mut Tx, email: &str, address: &str, now: i64) -> Result<()> {
    execute!(
        tx,
        "INSERT INTO login_failures (email, address, failed_at) VALUES ($1, $2, $3)",
        email,
        address,
        now
    )?;
    Ok(())
}

/// Wrong passwords since `since` (exclusive): for this email, and from this address.
pub async fn recent_failures(
    tx: &mut Tx,
    email: &str,
    address: &str,
    since: i64,
) -> Result<(i64, i64)> {
    let for_email: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM login_failures WHERE email = $1 AND failed_at > $2"
    )
    .bind(email)
    .bind(since)
    .fetch_one(c)
    .await)
    .classify()?;
    let from_address: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM login_failures WHERE address = $1 AND failed_at > $2"
    )
    .bind(address)
    .bind(since)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok((for_email, from_address))
}

/// Forgets an account's wrong passwords (after its right one). The address's stay counted.
pub async fn clear_failures(tx: &mut Tx, email: &str) -> Result<()> {
    execute!(tx, "DELETE FROM login_failures WHERE email = $1", email)?;
    Ok(())
}
