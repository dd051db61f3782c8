//! Coordinator logins: passwords hashed with argon2 (never stored or logged in clear).

use argon2::Argon2;
use argon2::password_hash::{
    PasswordHash, PasswordHasher, PasswordVerifier, SaltString, rand_core::OsRng,
};
use chrono::{DateTime, Utc};

use crate::store::{Db, coordinators, schools};

#[derive(Debug, thiserror::Error)]
pub enum AuthError {
    #[error("\"{0}\" is not an email address")]
    BadEmail(String),
    #[error("the password must have at least 10 characters")]
    WeakPassword,
    #[error("cannot hash the password: {0}")]
    Hash(String),
    #[error(transparent)]
    Store(#[from] crate::store::StoreError),
}

pub fn hash_password(password: &str) -> Result<String, AuthError> {
    let salt = SaltString::generate(&mut OsRng);
    Argon2::default()
        .hash_password(password.as_bytes(), &salt)
        .map(|h| h.to_string())
        .map_err(|e| AuthError::Hash(e.to_string()))
}

pub fn verify_password(password: &str, hash: &str) -> bool {
    PasswordHash::new(hash)
        .map(|parsed| {
            Argon2::default()
                .verify_password(password.as_bytes(), &parsed)
                .is_ok()
        })
        .unwrap_or(false)
}

/// Creates a coordinator login for a school (or resets the password).
pub async fn add_coordinator(
    db: &Db,
    school_key: &str,
    email: &str,
    password: &str,
    now: DateTime<Utc>,
) -> Result<i64, AuthError> {
    let email = email.trim().to_lowercase();
    let valid = email
        .split_once('@')
        .is_some_and(|(user, host)| !user.is_empty() && host.contains('.'));
    if !valid {
        return Err(AuthError::BadEmail(email));
    }
    if password.chars().count() < 10 {
        return Err(AuthError::WeakPassword);
    }
    let hash = hash_password(password)?;
    let mut tx = db.begin().await?;
    let school = schools::by_key(&mut tx, school_key).await?;
    let id = coordinators::upsert(&mut tx, school.id, &email, &hash, now.timestamp()).await?;
    tx.commit().await?;
    Ok(id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_hash_verifies_its_password_only() {
        let hash = hash_password("correct horse battery").unwrap();
        assert!(hash.starts_with("$argon2"));
        assert!(verify_password("correct horse battery", &hash));
        assert!(!verify_password("wrong horse battery", &hash));
        assert!(!verify_password("anything", "not a hash"));
    }
}

/// A signed-in coordinator, as the dashboard (session cookie) and the JSON API (bearer token
/// or session) know them. Every page and API object is scoped to `school_id`: another school's
/// answers 404.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Coordinator {
    pub id: i64,
    pub school_id: i64,
    pub email: String,
}
