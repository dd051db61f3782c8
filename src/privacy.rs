//! Operating homevisit with families' data: `backup`, `forget`, `export` and the retention of
//! texts' words (`HOMEVISIT_RETAIN_DAYS`), as `CONTRACT.md` names them. The SQL is in
//! `store::privacy`; this module parses what an operator typed and says what happened.

use std::path::Path;

use chrono::{DateTime, Utc};

use crate::domain::{Country, Phone};
use crate::store::{self, Db, privacy, schools};

#[derive(Debug, thiserror::Error)]
pub enum PrivacyError {
    #[error("\"{0}\" is not a phone number")]
    Phone(String),
    #[error("nobody with that phone{0}")]
    NobodyThere(String),
    #[error("the backup fails its integrity check: {0}")]
    Integrity(String),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// A consistent copy of the live SQLite database at `path` (0600), checked with
/// `PRAGMA integrity_check`. On PostgreSQL: an error saying to use `pg_dump`.
pub async fn backup(db: &Db, path: &Path) -> Result<(), PrivacyError> {
    privacy::backup(db, path).await?;
    let url = format!("sqlite://{}", path.display());
    let copy = Db::connect(&url).await?;
    let verdict = privacy::integrity_check(&copy).await?;
    copy.close().await;
    if verdict != "ok" {
        return Err(PrivacyError::Integrity(verdict));
    }
    Ok(())
}

/// The phone as stored (E.164), read in the school's country (or the US without a school).
async fn phone_in(
    db: &Db,
    raw: &str,
    school: Option<&str>,
) -> Result<(Phone, Option<i64>), PrivacyError> {
    let (country, school_id) = match school {
        Some(key) => {
            let mut tx = db.read().await?;
            let school = schools::by_key(&mut tx, key).await?;
            tx.rollback().await?;
            (school.country, Some(school.id))
        }
        None => (Country::default(), None),
    };
    let phone = Phone::parse(raw, country).map_err(|_| PrivacyError::Phone(raw.to_string()))?;
    Ok((phone, school_id))
}

/// Erases a family (or an educator) on request, then rewrites the database so no byte of it
/// stays in its files. Logged with its time and counts, never the phone.
pub async fn forget(
    db: &Db,
    raw_phone: &str,
    school: Option<&str>,
    now: DateTime<Utc>,
) -> Result<privacy::Erased, PrivacyError> {
    let (phone, school_id) = phone_in(db, raw_phone, school).await?;
    let mut tx = db.begin().await?;
    let erased = privacy::forget(&mut tx, phone.as_e164(), school_id, now.timestamp()).await?;
    if erased.families + erased.educators + erased.messages == 0 {
        tx.rollback().await?;
        let within = school
            .map(|k| format!(" in school {k}"))
            .unwrap_or_default();
        return Err(PrivacyError::NobodyThere(within));
    }
    tx.commit().await?;
    privacy::compact(db).await?;
    tracing::info!(
        families = erased.families,
        educators = erased.educators,
        messages = erased.messages,
        "erased on request"
    );
    Ok(erased)
}

/// Everything held about a phone in one school, as JSON.
pub async fn export(
    db: &Db,
    raw_phone: &str,
    school: &str,
) -> Result<serde_json::Value, PrivacyError> {
    let (phone, school_id) = phone_in(db, raw_phone, Some(school)).await?;
    let school_id = school_id.unwrap_or_default();
    let mut tx = db.read().await?;
    let found = privacy::export(&mut tx, phone.as_e164(), school_id).await?;
    tx.rollback().await?;
    if found["people"].as_array().is_none_or(|p| p.is_empty())
        && found["messages"].as_array().is_none_or(|m| m.is_empty())
    {
        return Err(PrivacyError::NobodyThere(format!(" in school {school}")));
    }
    Ok(found)
}

/// Erases the words of texts older than `days` days (the scheduler runs it). Returns how many.
pub async fn retain(db: &Db, days: i64, now: DateTime<Utc>) -> Result<u64, PrivacyError> {
    let before = now - chrono::Duration::days(days);
    let mut tx = db.begin().await?;
    let erased = privacy::erase_words_before(&mut tx, before.timestamp(), now.timestamp()).await?;
    tx.commit().await?;
    Ok(erased)
}
