//! Slots: a time two educators made themselves available, together, for one visit.

use super::{Classify, Result, Tx};
use crate::on_tx;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Slot {
    pub id: i64,
    pub school_id: i64,
    pub educator_1: i64,
    pub educator_2: i64,
    pub start_at: i64,
    pub minutes: i64,
    pub location: Option<String>,
}

pub const COLUMNS: &str = "id, school_id, educator_1, educator_2, start_at, minutes, location";

/// Creates a slot or updates its length and location. The pair is stored in id order (the
/// database refuses a pair of one educator).
pub async fn upsert(
    tx: &mut Tx,
    school_id: i64,
    pair: (i64, i64),
    start_at: i64,
    minutes: i64,
    location: Option<&str>,
    now: i64,
) -> Result<i64> {
    let (a, b) = if pair.0 <= pair.1 {
        pair
    } else {
        (pair.1, pair.0)
    };
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO slots (school_id, educator_1, educator_2, start_at, minutes, location, created_at)
         VALUES ($1, $2, $3, $4, $5, $6, $7)
         ON CONFLICT (educator_1, educator_2, start_at) DO UPDATE SET minutes = excluded.minutes,
             location = excluded.location
         RETURNING id"
    )
    .bind(school_id)
    .bind(a)
    .bind(b)
    .bind(start_at)
    .bind(minutes)
    .bind(location)
    .bind(now)
    .fetch_one(c)
    .await)
    .classify()
}

pub async fn all(tx: &mut Tx, school_id: i64) -> Result<Vec<Slot>> {
    let sql = format!("SELECT {COLUMNS} FROM slots WHERE school_id = $1 ORDER BY start_at, id");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .fetch_all(c)
        .await)
    .classify()
}

/// How many of the school's slots start after `now`.
pub async fn count_upcoming(tx: &mut Tx, school_id: i64, now: i64) -> Result<i64> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM slots WHERE school_id = $1 AND start_at > $2"
    )
    .bind(school_id)
    .bind(now)
    .fetch_one(c)
    .await)
    .classify()
}
