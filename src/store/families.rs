//! Families (one per phone per school) and their students. Opt-out is a family fact: it
//! holds across campaigns until the family texts START.

use super::{Classify, Result, StoreError, Tx};
use crate::domain::{LanguageTag, Phone};
use crate::on_tx;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Family {
    pub id: i64,
    pub school_id: i64,
    pub guardian: String,
    /// E.164.
    pub phone: String,
    /// A BCP 47 tag.
    pub language: String,
    /// `sms` or `voice`.
    pub contact: String,
    pub opted_out_at: Option<i64>,
    pub opted_in_at: Option<i64>,
    /// When a text to this phone failed as undeliverable to a landline (30006).
    pub no_texts_at: Option<i64>,
}

impl Family {
    /// Whether messages to this family are calls: they asked for calls, or texts cannot reach
    /// their phone.
    pub fn is_called(&self) -> bool {
        self.contact == "voice" || self.no_texts_at.is_some()
    }

    /// Whether a text can reach them (a spoken confirmation is also texted).
    pub fn takes_texts(&self) -> bool {
        self.no_texts_at.is_none()
    }

    pub fn language_tag(&self) -> LanguageTag {
        LanguageTag::parse(&self.language).unwrap_or_else(|_| LanguageTag::english())
    }

    pub fn is_opted_out(&self) -> bool {
        self.opted_out_at.is_some()
    }
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Student {
    pub id: i64,
    pub family_id: i64,
    pub student_ref: Option<String>,
    pub name: String,
    pub teacher_id: Option<i64>,
}

const COLUMNS: &str =
    "id, school_id, guardian, phone, language, contact, opted_out_at, opted_in_at, no_texts_at";

/// Creates or updates (by phone within the school) a family; returns its id. A new row for a
/// phone that opted out starts opted out: a new family row never undoes a STOP.
pub async fn upsert(
    tx: &mut Tx,
    school_id: i64,
    guardian: &str,
    phone: &Phone,
    language: &LanguageTag,
    contact: &str,
    now: i64,
) -> Result<i64> {
    let opted_out = super::opt_outs::opted_out_at(tx, phone.as_e164()).await?;
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO families (school_id, guardian, phone, language, contact, created_at, opted_out_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (school_id, phone) DO UPDATE SET guardian = excluded.guardian,
             language = excluded.language, contact = excluded.contact
         RETURNING id"
    )
    .bind(school_id)
    .bind(guardian)
    .bind(phone.as_e164())
    .bind(language.to_string())
    .bind(contact)
    .bind(now)
    .bind(opted_out)
    .fetch_one(c)
    .await)
    .classify()
}

/// Creates or updates a student: by the school's own id when the roster has one, otherwise
/// by name within the family.
pub async fn upsert_student(
    tx: &mut Tx,
    school_id: i64,
    family_id: i64,
    student_ref: Option<&str>,
    name: &str,
    teacher_id: Option<i64>,
) -> Result<i64> {
    let sql = if student_ref.is_some() {
        "INSERT INTO students (school_id, family_id, student_ref, name, teacher_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (school_id, student_ref) DO UPDATE SET family_id = excluded.family_id,
             name = excluded.name, teacher_id = excluded.teacher_id
         RETURNING id"
    } else {
        "INSERT INTO students (school_id, family_id, student_ref, name, teacher_id)
         VALUES ($1, $2, $3, $4, $5)
         ON CONFLICT (family_id, name) WHERE student_ref IS NULL
             DO UPDATE SET teacher_id = excluded.teacher_id
         RETURNING id"
    };
    on_tx!(tx, |c| sqlx::query_scalar(sql)
        .bind(school_id)
        .bind(family_id)
        .bind(student_ref)
        .bind(name)
        .bind(teacher_id)
        .fetch_one(c)
        .await)
    .classify()
}

pub async fn by_id(tx: &mut Tx, id: i64) -> Result<Family> {
    let sql = format!("SELECT {COLUMNS} FROM families WHERE id = $1");
    let found: Option<Family> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()?;
    found.ok_or_else(|| StoreError::NotFound(format!("family {id}")))
}

/// The families with this phone (one per school that knows it).
pub async fn by_phone(tx: &mut Tx, phone: &str) -> Result<Vec<Family>> {
    let sql = format!("SELECT {COLUMNS} FROM families WHERE phone = $1 ORDER BY id");
    on_tx!(tx, |c| sqlx::query_as(&sql).bind(phone).fetch_all(c).await).classify()
}

pub async fn all(tx: &mut Tx, school_id: i64) -> Result<Vec<Family>> {
    let sql = format!("SELECT {COLUMNS} FROM families WHERE school_id = $1 ORDER BY id");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .fetch_all(c)
        .await)
    .classify()
}

pub async fn students(tx: &mut Tx, family_id: i64) -> Result<Vec<Student>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, family_id, student_ref, name, teacher_id FROM students WHERE family_id = $1 ORDER BY id"
    )
    .bind(family_id)
    .fetch_all(c)
    .await)
    .classify()
}

/// Counts for tests and reports: (families, students).
pub async fn counts(tx: &mut Tx, school_id: i64) -> Result<(i64, i64)> {
    let families: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM families WHERE school_id = $1"
    )
    .bind(school_id)
    .fetch_one(c)
    .await)
    .classify()?;
    let students: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM students WHERE school_id = $1"
    )
    .bind(school_id)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok((families, students))
}

/// Marks every family row with this phone as one texts cannot reach (a 30006). Returns whether
/// any row was not marked before (so the fallback to a call happens once).
pub async fn mark_no_texts(tx: &mut Tx, phone: &str, now: i64) -> Result<bool> {
    let changed = crate::execute!(
        tx,
        "UPDATE families SET no_texts_at = $1 WHERE phone = $2 AND no_texts_at IS NULL",
        now,
        phone
    )?;
    Ok(changed > 0)
}
