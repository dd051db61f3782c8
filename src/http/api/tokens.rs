//! API bearer tokens (`homevisit coordinator token EMAIL [--revoke]`).
//!
//! A token is 32 random bytes from the OS, URL-safe base64 (43 characters) after an `hv_`
//! prefix (so secret scanners and people can tell what it is). It is shown once, when made;
//! the database keeps only its SHA-256 digest. A slow hash (argon2, as for passwords) buys
//! nothing here: it protects low-entropy secrets from guessing, and 256 random bits cannot be
//! guessed; a fast digest lets every API request be checked with one indexed look-up. A
//! coordinator may hold several tokens (one per script); `--revoke` ends all of them.

use chrono::{DateTime, Utc};
use sha2::{Digest, Sha256};

use crate::http::auth::Coordinator;
use crate::store::{self, Db, api_tokens, random_token};

/// Random bytes in a token.
pub const TOKEN_BYTES: usize = 32;
/// What every token starts with.
pub const PREFIX: &str = "hv_";

#[derive(Debug, thiserror::Error)]
pub enum TokenError {
    #[error("no coordinator has the email {0} (add one with `homevisit coordinator add`)")]
    UnknownCoordinator(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// The digest stored for a token: lower-case hex SHA-256.
pub fn digest(token: &str) -> String {
    Sha256::digest(token.as_bytes())
        .iter()
        .map(|b| format!("{b:02x}"))
        .collect()
}

/// Makes a new token for the coordinator with this email and returns it (the only time it
/// exists in clear).
pub async fn issue(db: &Db, email: &str, now: DateTime<Utc>) -> Result<String, TokenError> {
    let email = email.trim().to_lowercase();
    let mut tx = db.begin().await?;
    let holder = api_tokens::coordinator_by_email(&mut tx, &email)
        .await?
        .ok_or(TokenError::UnknownCoordinator(email))?;
    let token = format!("{PREFIX}{}", random_token(TOKEN_BYTES));
    api_tokens::insert(&mut tx, holder.id, &digest(&token), now.timestamp()).await?;
    tx.commit().await?;
    Ok(token)
}

/// Ends every token of the coordinator with this email; returns how many were live.
pub async fn revoke(db: &Db, email: &str, now: DateTime<Utc>) -> Result<u64, TokenError> {
    let email = email.trim().to_lowercase();
    let mut tx = db.begin().await?;
    let holder = api_tokens::coordinator_by_email(&mut tx, &email)
        .await?
        .ok_or(TokenError::UnknownCoordinator(email))?;
    let ended = api_tokens::revoke_all(&mut tx, holder.id, now.timestamp()).await?;
    tx.commit().await?;
    Ok(ended)
}

/// The coordinator a live token belongs to. A token that does not look like ours is not
/// looked up at all.
pub async fn coordinator_for(db: &Db, token: &str) -> store::Result<Option<Coordinator>> {
    if !token.starts_with(PREFIX) || token.len() > 128 {
        return Ok(None);
    }
    let mut tx = db.read().await?;
    let holder = api_tokens::holder(&mut tx, &digest(token)).await?;
    tx.rollback().await?;
    Ok(holder.map(|h| Coordinator {
        id: h.id,
        school_id: h.school_id,
        email: h.email,
    }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_stored_digest_is_sha256_hex() {
        assert_eq!(
            digest("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }
}
