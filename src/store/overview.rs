//! What a coordinator reads about their school (the JSON API, and the dashboard if it wants):
//! its campaigns, its visits over a time range, and its open inbox. Read-only; every query is
//! scoped by `school_id`, so one school never sees another's rows.

use super::campaigns::Campaign;
use super::{Classify, Result, Tx};
use crate::on_tx;

/// The school's campaigns, newest first.
pub async fn campaigns(tx: &mut Tx, school_id: i64) -> Result<Vec<Campaign>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, name, sample_percent, seed, roster_size, launched_at
         FROM campaigns WHERE school_id = $1 ORDER BY launched_at DESC, id DESC"
    )
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()
}

/// One visit as a coordinator's list shows it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ScheduledVisit {
    pub id: i64,
    /// `booked`, `completed` or `cancelled`.
    pub state: String,
    pub start_at: i64,
    pub minutes: i64,
    /// Where the family asked to meet (`None`: the slot's location, else their home).
    pub place: Option<String>,
    /// The slot's own location, if the roster gave one.
    pub location: Option<String>,
    pub family_id: i64,
    pub guardian: String,
    /// The family's BCP 47 tag.
    pub language: String,
    pub educator_1: String,
    pub educator_2: String,
    /// Each educator's language tags, separated by `;`.
    pub languages_1: String,
    pub languages_2: String,
    /// The interpreter who joins the visit, if one was assigned.
    pub interpreter: Option<String>,
}

/// The school's visits (every state) whose slot starts in `[from, until)` (epoch seconds),
/// earliest first.
pub async fn visits(
    tx: &mut Tx,
    school_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<ScheduledVisit>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT v.id, v.state, s.start_at, s.minutes, v.place, s.location,
                f.id AS family_id, f.guardian, f.language,
                a.name AS educator_1, b.name AS educator_2,
                a.languages AS languages_1, b.languages AS languages_2,
                i.name AS interpreter
         FROM visits v
         JOIN slots s ON s.id = v.slot_id
         JOIN families f ON f.id = v.family_id
         JOIN educators a ON a.id = s.educator_1
         JOIN educators b ON b.id = s.educator_2
         LEFT JOIN educators i ON i.id = v.interpreter_id
         WHERE s.school_id = $1 AND s.start_at >= $2 AND s.start_at < $3
         ORDER BY s.start_at, v.id"
    )
    .bind(school_id)
    .bind(from)
    .bind(until)
    .fetch_all(c)
    .await)
    .classify()
}

/// One unhandled inbox item: why it is there, who wrote, and their words.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InboxItem {
    pub id: i64,
    pub reason: String,
    pub created_at: i64,
    pub family_id: Option<i64>,
    pub guardian: Option<String>,
    /// The family's BCP 47 tag.
    pub language: Option<String>,
    pub educator_id: Option<i64>,
    pub educator: Option<String>,
    /// The text as it was written (`None` once erased by retention or `forget`).
    pub body: Option<String>,
}

/// The school's unhandled inbox items, newest first, at most `limit`.
pub async fn open_inbox(tx: &mut Tx, school_id: i64, limit: i64) -> Result<Vec<InboxItem>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT i.id, i.reason, i.created_at, i.family_id, f.guardian, f.language,
                i.educator_id, e.name AS educator, m.body
         FROM inbox i
         LEFT JOIN families f ON f.id = i.family_id
         LEFT JOIN educators e ON e.id = i.educator_id
         LEFT JOIN messages m ON m.id = i.message_id
         WHERE i.school_id = $1 AND i.resolved_at IS NULL
         ORDER BY i.created_at DESC, i.id DESC
         LIMIT $2"
    )
    .bind(school_id)
    .bind(limit)
    .fetch_all(c)
    .await)
    .classify()
}

/// The guardian's name of a visit's family.
pub async fn guardian_of_visit(tx: &mut Tx, visit_id: i64) -> Result<String> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT f.guardian FROM visits v JOIN families f ON f.id = v.family_id WHERE v.id = $1"
    )
    .bind(visit_id)
    .fetch_one(c)
    .await)
    .classify()
}
