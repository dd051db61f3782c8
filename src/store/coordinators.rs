//! Coordinators: dashboard logins (argon2 password hashes). Their API bearer tokens are in
//! [`super::api_tokens`] (stored as SHA-256 digests, so a leaked database does not leak
//! usable tokens).

use super::{Classify, Result, Tx};
use crate::on_tx;

/// Creates the coordinator or replaces their password; returns the id. An email that is
/// already another school's coordinator is refused (`Conflict`), never silently moved.
pub async fn upsert(
    tx: &mut Tx,
    school_id: i64,
    email: &str,
    password_hash: &str,
    now: i64,
) -> Result<i64> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO coordinators (school_id, email, password_hash, created_at) VALUES ($1, $2, $3, $4)
         ON CONFLICT (email) DO UPDATE SET password_hash = excluded.password_hash
         WHERE coordinators.school_id = excluded.school_id
         RETURNING id"
    )
    .bind(school_id)
    .bind(email)
    .bind(password_hash)
    .bind(now)
    .fetch_optional(c)
    .await)
    .classify()?
    .ok_or_else(|| {
        super::StoreError::Conflict(format!(
            "{email} is a coordinator of another school; it is not moved (use another email)"
        ))
    })
}

/// The stored hash of a coordinator's password, with their id and school.
pub async fn password_hash(tx: &mut Tx, email: &str) -> Result<Option<(i64, i64, String)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, password_hash FROM coordinators WHERE email = $1"
    )
    .bind(email)
    .fetch_optional(c)
    .await)
    .classify()
}
