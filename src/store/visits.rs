//! Visits: a family's booking of one slot for its educator pair.
//!
//! Booking is where double-booking must be impossible, so the database decides: a partial
//! unique index allows one active visit per slot, and `visit_educators` rows (busy from start
//! to end plus the travel buffer) may not overlap for one educator — an exclusion constraint
//! on PostgreSQL; on SQLite an overlap check in the same `BEGIN IMMEDIATE` transaction, which no
//! other writer can interleave with.

use chrono::{DateTime, Utc};

use super::invitations::SlotDetail;
use super::{Classify, Result, StoreError, Tx};
use crate::{execute, on_tx};

/// Books `slot` for the family. A slot already taken, or an educator busy then, is
/// `StoreError::Conflict`. Run it inside [`Tx::savepoint`] so a conflict leaves the rest of
/// the transaction usable.
pub async fn book(
    tx: &mut Tx,
    slot: &SlotDetail,
    family_id: i64,
    invitation_id: i64,
    place: Option<&str>,
    buffer_minutes: i64,
    now: DateTime<Utc>,
) -> Result<i64> {
    // The conversation never asks for a past slot; this holds even if a caller did.
    if slot.start_at < now.timestamp() + super::invitations::MIN_NOTICE_SECONDS {
        return Err(StoreError::Conflict("slot_too_soon".into()));
    }
    let visit_id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO visits (slot_id, family_id, invitation_id, state, place, booked_at)
         VALUES ($1, $2, $3, 'booked', $4, $5) RETURNING id"
    )
    .bind(slot.id)
    .bind(family_id)
    .bind(invitation_id)
    .bind(place)
    .bind(now.timestamp())
    .fetch_one(c)
    .await)
    .classify()?;
    let busy_from = slot.start_at;
    let busy_until = slot.start_at + slot.minutes * 60 + buffer_minutes * 60;
    for educator in [slot.educator_1, slot.educator_2] {
        if busy(tx, educator, busy_from, busy_until).await? {
            return Err(StoreError::Conflict("educator_no_overlap".into()));
        }
        execute!(
            tx,
            "INSERT INTO visit_educators (visit_id, educator_id, busy_from, busy_until) VALUES ($1, $2, $3, $4)",
            visit_id,
            educator,
            busy_from,
            busy_until
        )?;
    }
    Ok(visit_id)
}

/// Cancels the family's active visit in this slot and frees its pair's time.
pub async fn cancel(tx: &mut Tx, slot_id: i64, family_id: i64, now: DateTime<Utc>) -> Result<()> {
    let ids: Vec<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "UPDATE visits SET state = 'cancelled', cancelled_at = $1
         WHERE slot_id = $2 AND family_id = $3 AND state = 'booked' RETURNING id"
    )
    .bind(now.timestamp())
    .bind(slot_id)
    .bind(family_id)
    .fetch_all(c)
    .await)
    .classify()?;
    for id in ids {
        execute!(
            tx,
            "UPDATE visit_educators SET active = FALSE WHERE visit_id = $1",
            id
        )?;
    }
    Ok(())
}

/// Sets the meeting place of the family's booked visits.
pub async fn set_place(tx: &mut Tx, invitation_id: i64, place: &str) -> Result<()> {
    execute!(
        tx,
        "UPDATE visits SET place = $1 WHERE invitation_id = $2 AND state = 'booked'",
        place,
        invitation_id
    )?;
    Ok(())
}

/// A visit as the educator's texts and the scheduler need it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct VisitRef {
    pub id: i64,
    pub slot_id: i64,
    pub family_id: i64,
    pub invitation_id: i64,
    pub start_at: i64,
    pub place: Option<String>,
}

const VISIT_REF: &str = "SELECT v.id, v.slot_id, v.family_id, v.invitation_id, s.start_at, v.place
     FROM visits v JOIN slots s ON s.id = v.slot_id";

/// The educator's visit that started most recently and is not yet completed (for DONE).
pub async fn latest_started(
    tx: &mut Tx,
    educator_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<VisitRef>> {
    let sql = format!(
        "{VISIT_REF} WHERE v.state = 'booked' AND (s.educator_1 = $1 OR s.educator_2 = $1) AND s.start_at <= $2
         ORDER BY s.start_at DESC LIMIT 1"
    );
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(educator_id)
        .bind(now.timestamp())
        .fetch_optional(c)
        .await)
    .classify()
}

/// The educator's next booked visit (for CANT).
pub async fn next_for_educator(
    tx: &mut Tx,
    educator_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<VisitRef>> {
    let sql = format!(
        "{VISIT_REF} WHERE v.state = 'booked' AND (s.educator_1 = $1 OR s.educator_2 = $1) AND s.start_at > $2
         ORDER BY s.start_at LIMIT 1"
    );
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(educator_id)
        .bind(now.timestamp())
        .fetch_optional(c)
        .await)
    .classify()
}

/// Marks a booked visit completed; `false` if it was not booked (a second DONE).
pub async fn complete(tx: &mut Tx, visit_id: i64, now: DateTime<Utc>) -> Result<bool> {
    let changed = execute!(
        tx,
        "UPDATE visits SET state = 'completed', completed_at = $1 WHERE id = $2 AND state = 'booked'",
        now.timestamp(),
        visit_id
    )?;
    Ok(changed == 1)
}

/// How many visits [`awaiting_reminder`] returns at most; page on with the last one's
/// `(start_at, id)`.
pub const REMINDER_PAGE: usize = 200;

/// Booked visits starting between `from` and `until` that have had no reminder, in order of
/// start then id, after the `(start_at, id)` of `after` when given; at most [`REMINDER_PAGE`],
/// locked for this transaction (PostgreSQL skips rows another process is reminding).
pub async fn awaiting_reminder(
    tx: &mut Tx,
    from: DateTime<Utc>,
    until: DateTime<Utc>,
    after: Option<(i64, i64)>,
) -> Result<Vec<VisitRef>> {
    let (after_start, after_id) = after.unwrap_or((i64::MIN, i64::MIN));
    let base = format!(
        "{VISIT_REF} WHERE v.state = 'booked' AND v.reminded_at IS NULL AND s.start_at > $1 AND s.start_at <= $2
             AND (s.start_at > $3 OR (s.start_at = $3 AND v.id > $4))
         ORDER BY s.start_at, v.id LIMIT {REMINDER_PAGE}"
    );
    let sql = match tx {
        Tx::Postgres(_) => format!("{base} FOR UPDATE OF v SKIP LOCKED"),
        Tx::Sqlite(_) => base,
    };
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(from.timestamp())
        .bind(until.timestamp())
        .bind(after_start)
        .bind(after_id)
        .fetch_all(c)
        .await)
    .classify()
}

pub async fn mark_reminded(tx: &mut Tx, visit_id: i64, now: DateTime<Utc>) -> Result<()> {
    execute!(
        tx,
        "UPDATE visits SET reminded_at = $1 WHERE id = $2",
        now.timestamp(),
        visit_id
    )?;
    Ok(())
}

/// Adds the first of `candidates` (interpreters who speak the family's language) who is free
/// for the visit's time plus the travel buffer — the same overlap rule as the pair's — to the
/// visit: a `visit_educators` row and `visits.interpreter_id`. Returns who, or `None` when
/// none is free. Run it inside [`Tx::savepoint`]: on PostgreSQL a racing booking of the same
/// interpreter is refused by the exclusion constraint.
pub async fn assign_interpreter(
    tx: &mut Tx,
    visit_id: i64,
    slot: &SlotDetail,
    candidates: &[i64],
    buffer_minutes: i64,
) -> Result<Option<i64>> {
    let busy_from = slot.start_at;
    let busy_until = slot.start_at + slot.minutes * 60 + buffer_minutes * 60;
    for &interpreter in candidates {
        if busy(tx, interpreter, busy_from, busy_until).await? {
            continue;
        }
        execute!(
            tx,
            "INSERT INTO visit_educators (visit_id, educator_id, busy_from, busy_until) VALUES ($1, $2, $3, $4)",
            visit_id,
            interpreter,
            busy_from,
            busy_until
        )?;
        execute!(
            tx,
            "UPDATE visits SET interpreter_id = $1 WHERE id = $2",
            interpreter,
            visit_id
        )?;
        return Ok(Some(interpreter));
    }
    Ok(None)
}

/// The interpreter of the family's newest visit in this slot, if one was assigned.
pub async fn interpreter_of(tx: &mut Tx, slot_id: i64, family_id: i64) -> Result<Option<i64>> {
    let found: Option<Option<i64>> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT interpreter_id FROM visits WHERE slot_id = $1 AND family_id = $2
         ORDER BY id DESC LIMIT 1"
    )
    .bind(slot_id)
    .bind(family_id)
    .fetch_optional(c)
    .await)
    .classify()?;
    Ok(found.flatten())
}

/// The name of the interpreter of the family's booked visit, if it has one.
pub async fn booked_interpreter_name(tx: &mut Tx, family_id: i64) -> Result<Option<String>> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT e.name FROM visits v JOIN educators e ON e.id = v.interpreter_id
         WHERE v.family_id = $1 AND v.state = 'booked' ORDER BY v.id DESC LIMIT 1"
    )
    .bind(family_id)
    .fetch_optional(c)
    .await)
    .classify()
}

/// Whether `educator` is already busy (an active visit, with its travel buffer) at some moment
/// of `[busy_from, busy_until)`.
async fn busy(tx: &mut Tx, educator: i64, busy_from: i64, busy_until: i64) -> Result<bool> {
    let overlapping: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM visit_educators
         WHERE active AND educator_id = $1 AND busy_from < $3 AND $2 < busy_until"
    )
    .bind(educator)
    .bind(busy_from)
    .bind(busy_until)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok(overlapping > 0)
}
