//! Read queries only the coordinator dashboard needs (lists and time series). Figures that
//! the CLI also prints come from `campaigns`/`hours`, never from here.

use super::campaigns::Campaign;
use super::{Classify, Result, Tx};
use crate::on_tx;

/// A school's campaigns, newest first.
pub async fn campaigns_of_school(tx: &mut Tx, school_id: i64) -> Result<Vec<Campaign>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, name, sample_percent, seed, roster_size, launched_at FROM campaigns
         WHERE school_id = $1 ORDER BY launched_at DESC, id DESC"
    )
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()
}

/// When each of a campaign's invitations was sent and answered (epoch seconds), for the
/// campaign's timeline.
pub async fn invitation_times(tx: &mut Tx, campaign_id: i64) -> Result<Vec<(i64, Option<i64>)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT invited_at, replied_at FROM invitations WHERE campaign_id = $1"
    )
    .bind(campaign_id)
    .fetch_all(c)
    .await)
    .classify()
}

/// A booked visit, as the visits page lists it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct BookedVisit {
    pub id: i64,
    pub invitation_id: i64,
    pub family_id: i64,
    pub slot_id: i64,
    /// Where the family asked to meet (`None`: the slot's location, or their home).
    pub place: Option<String>,
    pub start_at: i64,
}

const BOOKED_VISIT: &str =
    "SELECT v.id, v.invitation_id, v.family_id, v.slot_id, v.place, s.start_at
     FROM visits v JOIN slots s ON s.id = v.slot_id
     WHERE v.state = 'booked' AND s.school_id = $1";

/// The school's booked visits starting at or after `from`, earliest first, at most `limit`.
pub async fn upcoming_visits(
    tx: &mut Tx,
    school_id: i64,
    from: i64,
    limit: i64,
) -> Result<Vec<BookedVisit>> {
    let sql = format!("{BOOKED_VISIT} AND s.start_at >= $2 ORDER BY s.start_at, v.id LIMIT $3");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .bind(from)
        .bind(limit)
        .fetch_all(c)
        .await)
    .classify()
}

/// One of the school's booked visits (`None` for another school's, or one no longer booked).
pub async fn booked_visit(tx: &mut Tx, school_id: i64, id: i64) -> Result<Option<BookedVisit>> {
    let sql = format!("{BOOKED_VISIT} AND v.id = $2");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()
}

/// Whether the family has a booked visit in this slot (after a move, to see it happened).
pub async fn booked_visit_in_slot(tx: &mut Tx, family_id: i64, slot_id: i64) -> Result<bool> {
    let n: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM visits WHERE family_id = $1 AND slot_id = $2 AND state = 'booked'"
    )
    .bind(family_id)
    .bind(slot_id)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok(n > 0)
}
