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
use crate::on_tx;

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
        if overlapping > 0 {
            return Err(StoreError::Conflict("educator_no_overlap".into()));
        }
        on_tx!(tx, |c| sqlx::query(
            "INSERT INTO visit_educators (visit_id, educator_id, busy_from, busy_until) VALUES ($1, $2, $3, $4)"
        )
        .bind(visit_id)
        .bind(educator)
        .bind(busy_from)
        .bind(busy_until)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
        .classify()?;
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
        on_tx!(tx, |c| sqlx::query(
            "UPDATE visit_educators SET active = FALSE WHERE visit_id = $1"
        )
        .bind(id)
        .execute(c)
        .await
        .map(|r| r.rows_affected()))
        .classify()?;
    }
    Ok(())
}

/// Sets the meeting place of the family's booked visits.
pub async fn set_place(tx: &mut Tx, invitation_id: i64, place: &str) -> Result<()> {
    on_tx!(tx, |c| sqlx::query(
        "UPDATE visits SET place = $1 WHERE invitation_id = $2 AND state = 'booked'"
    )
    .bind(place)
    .bind(invitation_id)
    .execute(c)
    .await
    .map(|r| r.rows_affected()))
    .classify()?;
    Ok(())
}
