//! Educators: who visits, their phone (for confirmations and reminders), their languages,
//! and the secret token of their calendar feed.

use super::{Classify, Result, StoreError, Tx, random_token};
use crate::domain::{LanguageTag, Phone};
use crate::{execute, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Educator {
    pub id: i64,
    pub school_id: i64,
    pub name: String,
    /// E.164.
    pub phone: String,
    /// Language tags separated by `;`.
    pub languages: String,
    pub email: Option<String>,
    pub calendar_token: String,
    /// When they texted STOP (no texts until START).
    pub opted_out_at: Option<i64>,
    /// `educator` (half of a pair) or `interpreter` (joins a visit whose pair does not speak
    /// the family's language; never half of a pair).
    pub role: String,
}

impl Educator {
    pub fn language_tags(&self) -> Vec<LanguageTag> {
        self.languages
            .split(';')
            .filter_map(|l| LanguageTag::parse(l).ok())
            .collect()
    }

    /// The language the educator is texted in: their first listed language.
    pub fn preferred_language(&self) -> LanguageTag {
        self.language_tags()
            .into_iter()
            .next()
            .unwrap_or_else(LanguageTag::english)
    }

    pub fn is_opted_out(&self) -> bool {
        self.opted_out_at.is_some()
    }

    pub fn speaks(&self, language: &LanguageTag) -> bool {
        self.language_tags().iter().any(|l| l.understands(language))
    }
}

const COLUMNS: &str =
    "id, school_id, name, phone, languages, email, calendar_token, opted_out_at, role";

/// Creates or updates (by phone) an educator. Returns the id and whether it was new.
#[allow(clippy::too_many_arguments)]
pub async fn upsert(
    tx: &mut Tx,
    school_id: i64,
    name: &str,
    phone: &Phone,
    languages: &[LanguageTag],
    email: Option<&str>,
    role: &str,
    now: i64,
) -> Result<i64> {
    let languages = if languages.is_empty() {
        "en".to_string()
    } else {
        languages
            .iter()
            .map(|l| l.to_string())
            .collect::<Vec<_>>()
            .join(";")
    };
    let id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO educators (school_id, name, phone, languages, email, calendar_token, created_at, role)
         VALUES ($1, $2, $3, $4, $5, $6, $7, $8)
         ON CONFLICT (school_id, phone) DO UPDATE SET name = excluded.name,
             languages = excluded.languages, email = excluded.email, role = excluded.role
         RETURNING id"
    )
    .bind(school_id)
    .bind(name)
    .bind(phone.as_e164())
    .bind(&languages)
    .bind(email)
    .bind(random_token(24))
    .bind(now)
    .bind(role)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok(id)
}

pub async fn all(tx: &mut Tx, school_id: i64) -> Result<Vec<Educator>> {
    let sql = format!("SELECT {COLUMNS} FROM educators WHERE school_id = $1 ORDER BY id");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .fetch_all(c)
        .await)
    .classify()
}

pub async fn by_id(tx: &mut Tx, id: i64) -> Result<Educator> {
    let sql = format!("SELECT {COLUMNS} FROM educators WHERE id = $1");
    let found: Option<Educator> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()?;
    found.ok_or_else(|| StoreError::NotFound(format!("educator {id}")))
}

/// The educators with this phone, in any school (an educator texting in).
pub async fn by_phone(tx: &mut Tx, phone: &str) -> Result<Vec<Educator>> {
    let sql = format!("SELECT {COLUMNS} FROM educators WHERE phone = $1 ORDER BY id");
    on_tx!(tx, |c| sqlx::query_as(&sql).bind(phone).fetch_all(c).await).classify()
}

pub async fn by_calendar_token(tx: &mut Tx, token: &str) -> Result<Option<Educator>> {
    let sql = format!("SELECT {COLUMNS} FROM educators WHERE calendar_token = $1");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(token)
        .fetch_optional(c)
        .await)
    .classify()
}

pub async fn rotate_token(tx: &mut Tx, id: i64) -> Result<String> {
    let token = random_token(24);
    execute!(
        tx,
        "UPDATE educators SET calendar_token = $1 WHERE id = $2",
        &token,
        id
    )?;
    Ok(token)
}

/// Finds one educator of a school by name (case-insensitive) or phone, as rosters write them.
/// Several educators with one name is an error: the roster should use the phone.
pub fn find<'a>(
    educators: &'a [Educator],
    name_or_phone: &str,
    country: crate::domain::Country,
) -> std::result::Result<&'a Educator, String> {
    let wanted = name_or_phone.trim();
    if wanted.is_empty() {
        return Err("educator is empty".into());
    }
    if let Ok(phone) = Phone::parse(wanted, country)
        && let Some(e) = educators.iter().find(|e| e.phone == phone.as_e164())
    {
        return Ok(e);
    }
    let folded = wanted.to_lowercase();
    let by_name: Vec<&Educator> = educators
        .iter()
        .filter(|e| e.name.trim().to_lowercase() == folded)
        .collect();
    match by_name.as_slice() {
        [one] => Ok(one),
        [] => Err(format!(
            "unknown educator \"{wanted}\" (import educators first)"
        )),
        _ => Err(format!(
            "\"{wanted}\" names {} educators; use the phone number",
            by_name.len()
        )),
    }
}

/// The school's interpreters who have not opted out, by id.
pub async fn interpreters(tx: &mut Tx, school_id: i64) -> Result<Vec<Educator>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM educators WHERE school_id = $1 AND role = 'interpreter'
           AND opted_out_at IS NULL ORDER BY id"
    );
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .fetch_all(c)
        .await)
    .classify()
}
