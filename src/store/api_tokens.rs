//! Coordinators' API bearer tokens. Only a SHA-256 digest of each token is stored: a token is
//! 32 random bytes, so a digest cannot be reversed by guessing, and a leaked database (or
//! backup) holds nothing that opens the API. A token lives until it is revoked.

use super::{Classify, Result, Tx};
use crate::{execute, on_tx};

/// A coordinator as a token (or an email) names them.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct TokenHolder {
    pub id: i64,
    pub school_id: i64,
    pub email: String,
}

/// The coordinator with this email (stored lower-case), if any.
pub async fn coordinator_by_email(tx: &mut Tx, email: &str) -> Result<Option<TokenHolder>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, email FROM coordinators WHERE email = $1"
    )
    .bind(email)
    .fetch_optional(c)
    .await)
    .classify()
}

/// Stores a new token's digest for a coordinator.
pub async fn insert(tx: &mut Tx, coordinator_id: i64, token_hash: &str, now: i64) -> Result<()> {
    execute!(
        tx,
        "INSERT INTO api_tokens (coordinator_id, token_hash, created_at) VALUES ($1, $2, $3)",
        coordinator_id,
        token_hash,
        now
    )?;
    Ok(())
}

/// Ends every live token of a coordinator; returns how many there were.
pub async fn revoke_all(tx: &mut Tx, coordinator_id: i64, now: i64) -> Result<u64> {
    execute!(
        tx,
        "UPDATE api_tokens SET revoked_at = $2 WHERE coordinator_id = $1 AND revoked_at IS NULL",
        coordinator_id,
        now
    )
}

/// The coordinator holding a live (unrevoked) token with this digest.
pub async fn holder(tx: &mut Tx, token_hash: &str) -> Result<Option<TokenHolder>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT c.id, c.school_id, c.email FROM api_tokens t
         JOIN coordinators c ON c.id = t.coordinator_id
         WHERE t.token_hash = $1 AND t.revoked_at IS NULL"
    )
    .bind(token_hash)
    .fetch_optional(c)
    .await)
    .classify()
}
