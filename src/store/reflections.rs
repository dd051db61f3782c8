//! The pair's reflections after a visit: asked once per educator after DONE, answered by
//! their next text that is not a keyword (or skipped with SKIP).

use chrono::{DateTime, Utc};

use super::{Classify, Result, Tx};
use crate::{execute, on_tx};

/// Records that `educator_id` is asked for a reflection on `visit_id`; `false` when they were
/// asked before (a reflection is asked for once).
pub async fn ask(tx: &mut Tx, visit_id: i64, educator_id: i64, now: DateTime<Utc>) -> Result<bool> {
    let added = execute!(
        tx,
        "INSERT INTO reflections (visit_id, educator_id, asked_at) VALUES ($1, $2, $3)
         ON CONFLICT (visit_id, educator_id) DO NOTHING",
        visit_id,
        educator_id,
        now.timestamp()
    )?;
    Ok(added > 0)
}

/// The reflection an educator was asked for and has not answered (the newest), with its
/// visit.
pub async fn pending(tx: &mut Tx, educator_id: i64) -> Result<Option<(i64, i64)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, visit_id FROM reflections WHERE educator_id = $1 AND answered_at IS NULL
         ORDER BY asked_at DESC, id DESC LIMIT 1"
    )
    .bind(educator_id)
    .fetch_optional(c)
    .await)
    .classify()
}

/// Keeps the answer: the words, or `None` for SKIP.
pub async fn answer(
    tx: &mut Tx,
    id: i64,
    words: Option<&str>,
    message_id: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    execute!(
        tx,
        "UPDATE reflections SET words = $1, skipped = $2, message_id = $3, answered_at = $4
         WHERE id = $5 AND answered_at IS NULL",
        words,
        words.is_none(),
        message_id,
        now.timestamp(),
        id
    )?;
    Ok(())
}

/// The kept reflections of a school's visits: visit id, educator's name, words.
pub async fn of_school(tx: &mut Tx, school_id: i64) -> Result<Vec<(i64, String, String)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT r.visit_id, e.name, r.words FROM reflections r
         JOIN educators e ON e.id = r.educator_id
         WHERE e.school_id = $1 AND r.words IS NOT NULL ORDER BY r.visit_id, r.id"
    )
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()
}

/// A kept reflection as the dashboard lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Kept {
    pub guardian: String,
    pub start_at: i64,
    pub educator: String,
    pub words: String,
}

/// The school's newest kept reflections, at most `limit`.
pub async fn recent(tx: &mut Tx, school_id: i64, limit: i64) -> Result<Vec<Kept>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT f.guardian, s.start_at, e.name AS educator, r.words FROM reflections r
         JOIN visits v ON v.id = r.visit_id
         JOIN slots s ON s.id = v.slot_id
         JOIN families f ON f.id = v.family_id
         JOIN educators e ON e.id = r.educator_id
         WHERE s.school_id = $1 AND r.words IS NOT NULL
         ORDER BY r.answered_at DESC, r.id DESC LIMIT $2"
    )
    .bind(school_id)
    .bind(limit)
    .fetch_all(c)
    .await)
    .classify()
}
