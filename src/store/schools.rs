//! Schools: the time zone and country every local time and phone number is read in.

use chrono_tz::Tz;

use super::{Classify, Result, StoreError, Tx};
use crate::config::{QuietHours, parse_quiet_hours};
use crate::domain::{Country, parse_zone};
use crate::on_tx;

#[derive(Debug, Clone, sqlx::FromRow)]
struct SchoolRow {
    id: i64,
    key: String,
    name: String,
    timezone: String,
    country: String,
    contact: Option<String>,
    quiet_hours: Option<String>,
}

/// A school, with its zone and country already parsed.
#[derive(Debug, Clone)]
pub struct School {
    pub id: i64,
    pub key: String,
    pub name: String,
    pub zone: Tz,
    pub country: Country,
    /// How families reach the school (named in HELP answers).
    pub contact: Option<String>,
    /// Its own quiet hours (`school add --quiet-hours`), instead of `HOMEVISIT_QUIET_HOURS`:
    /// `None` when it has none, `Some(None)` when they are off.
    pub own_quiet_hours: Option<Option<QuietHours>>,
    /// The same as written (`20:00-08:00`, `none`), as queued rows carry it.
    pub own_quiet_hours_text: Option<String>,
}

impl School {
    /// The quiet hours its families are texted and called outside of: its own, else
    /// `default` (`HOMEVISIT_QUIET_HOURS`).
    pub fn quiet_hours(&self, default: Option<QuietHours>) -> Option<QuietHours> {
        self.own_quiet_hours.unwrap_or(default)
    }
}

impl TryFrom<SchoolRow> for School {
    type Error = StoreError;
    fn try_from(row: SchoolRow) -> Result<School> {
        Ok(School {
            zone: parse_zone(&row.timezone).map_err(|e| StoreError::Check(e.to_string()))?,
            country: Country::parse(&row.country).map_err(|e| StoreError::Check(e.to_string()))?,
            id: row.id,
            key: row.key,
            name: row.name,
            contact: row.contact,
            own_quiet_hours_text: row.quiet_hours.clone(),
            own_quiet_hours: row
                .quiet_hours
                .as_deref()
                .map(parse_quiet_hours)
                .transpose()
                .map_err(StoreError::Check)?,
        })
    }
}

const COLUMNS: &str = "id, key, name, timezone, country, contact, quiet_hours";

/// Creates the school, or updates its name, zone, country and contact.
pub async fn upsert(
    tx: &mut Tx,
    key: &str,
    name: &str,
    zone: Tz,
    country: Country,
    contact: Option<&str>,
    now: i64,
) -> Result<School> {
    let row: SchoolRow = on_tx!(tx, |c| sqlx::query_as(
        "INSERT INTO schools (key, name, timezone, country, contact, created_at)
         VALUES ($1, $2, $3, $4, $5, $6)
         ON CONFLICT (key) DO UPDATE SET name = excluded.name, timezone = excluded.timezone,
             country = excluded.country, contact = COALESCE(excluded.contact, schools.contact)
         RETURNING id, key, name, timezone, country, contact, quiet_hours"
    )
    .bind(key)
    .bind(name)
    .bind(zone.name())
    .bind(country.code())
    .bind(contact)
    .bind(now)
    .fetch_one(c)
    .await)
    .classify()?;
    row.try_into()
}

pub async fn by_key(tx: &mut Tx, key: &str) -> Result<School> {
    let sql = format!("SELECT {COLUMNS} FROM schools WHERE key = $1");
    let row: Option<SchoolRow> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(key)
        .fetch_optional(c)
        .await)
    .classify()?;
    row.ok_or_else(|| {
        StoreError::NotFound(format!(
            "school \"{key}\" (add it with `homevisit school add`)"
        ))
    })?
    .try_into()
}

pub async fn by_id(tx: &mut Tx, id: i64) -> Result<School> {
    let sql = format!("SELECT {COLUMNS} FROM schools WHERE id = $1");
    let row: Option<SchoolRow> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()?;
    row.ok_or_else(|| StoreError::NotFound(format!("school {id}")))?
        .try_into()
}

/// Sets (or, with `None`, removes) a school's own quiet hours, as `HH:MM-HH:MM` or `none`;
/// checked by the caller with `config::parse_quiet_hours`.
pub async fn set_quiet_hours(tx: &mut Tx, school_id: i64, window: Option<&str>) -> Result<()> {
    crate::execute!(
        tx,
        "UPDATE schools SET quiet_hours = $1 WHERE id = $2",
        window,
        school_id
    )?;
    Ok(())
}
