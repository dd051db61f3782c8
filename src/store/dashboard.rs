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

/// An inbox item with the text that caused it and who sent it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct InboxItem {
    pub id: i64,
    pub reason: String,
    pub created_at: i64,
    /// When a coordinator marked it handled (`inbox.resolved_at`).
    pub handled_at: Option<i64>,
    pub family_id: Option<i64>,
    pub educator_id: Option<i64>,
    /// The text, as written (`None` when there is none, or it was erased).
    pub body: Option<String>,
    /// The guardian's or educator's name.
    pub sender: Option<String>,
    pub phone: Option<String>,
}

const INBOX_ITEM: &str = "SELECT i.id, i.reason, i.created_at, i.resolved_at AS handled_at,
        i.family_id, i.educator_id, m.body, COALESCE(f.guardian, e.name) AS sender,
        COALESCE(f.phone, e.phone) AS phone
     FROM inbox i
     LEFT JOIN messages m ON m.id = i.message_id
     LEFT JOIN families f ON f.id = i.family_id
     LEFT JOIN educators e ON e.id = i.educator_id
     WHERE i.school_id = $1";

/// The school's inbox: items not yet handled first, newest first within each, at most `limit`.
pub async fn inbox(tx: &mut Tx, school_id: i64, limit: i64) -> Result<Vec<InboxItem>> {
    let sql = format!(
        "{INBOX_ITEM} ORDER BY CASE WHEN i.resolved_at IS NULL THEN 0 ELSE 1 END, i.id DESC LIMIT $2"
    );
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .bind(limit)
        .fetch_all(c)
        .await)
    .classify()
}

/// One of the school's inbox items (`None` for another school's).
pub async fn inbox_item(tx: &mut Tx, school_id: i64, id: i64) -> Result<Option<InboxItem>> {
    let sql = format!("{INBOX_ITEM} AND i.id = $2");
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()
}

/// Marks an item handled (once: the first time is kept).
pub async fn mark_handled(tx: &mut Tx, school_id: i64, id: i64, now: i64) -> Result<()> {
    crate::execute!(
        tx,
        "UPDATE inbox SET resolved_at = $3 WHERE id = $2 AND school_id = $1 AND resolved_at IS NULL",
        school_id,
        id,
        now
    )?;
    Ok(())
}

/// One text of a thread.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct ThreadText {
    pub id: i64,
    /// `in` or `out`.
    pub direction: String,
    pub body: String,
    pub status: String,
    pub created_at: i64,
}

/// The school's texts with one phone, both ways, oldest first (the latest `limit`).
pub async fn thread(
    tx: &mut Tx,
    school_id: i64,
    phone: &str,
    limit: i64,
) -> Result<Vec<ThreadText>> {
    let mut texts: Vec<ThreadText> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, direction, body, status, created_at FROM messages
         WHERE phone = $1 AND school_id = $2 ORDER BY id DESC LIMIT $3"
    )
    .bind(phone)
    .bind(school_id)
    .bind(limit)
    .fetch_all(c)
    .await)
    .classify()?;
    texts.reverse();
    Ok(texts)
}
