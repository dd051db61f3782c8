//! Claiming and settling outbound texts (the sender worker's side of the queue).
//!
//! A claim marks one due row `sending` with a lease, and commits, before any network call.
//! PostgreSQL claims with `FOR UPDATE SKIP LOCKED`, so several processes never take the same
//! row; SQLite's single writer (`BEGIN IMMEDIATE`) does the same job. A row whose lease ran out
//! (its process died mid-send) is claimed again: that is the one at-least-once window, bounded
//! by the time between the provider accepting a message and us recording its sid.

use chrono::{DateTime, Utc};

use super::{Classify, Db, Result, Tx};
use crate::{execute, on_tx};

/// One claimed text.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub outbox_id: i64,
    pub message_id: i64,
    pub phone: String,
    pub body: String,
    pub segments: i64,
    pub attempts: i64,
    pub family_id: Option<i64>,
}

// A queued row is due when its time has come and no earlier text to the same phone is still
// waiting (so one family's texts arrive in order even after retries). A `sending` row whose
// lease ran out (its process died) is always the head of its phone's queue. The two are picked
// by separate queries so each can walk its index instead of scanning the queue.
const EXPIRED: &str = "SELECT o.id FROM outbox o WHERE o.state = 'sending' AND o.lease_until < $1 ORDER BY o.id LIMIT 1";
const QUEUED: &str = "SELECT o.id FROM outbox o WHERE o.state = 'queued' AND o.not_before <= $1
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.phone = o.phone AND p.id < o.id
                      AND p.state IN ('queued', 'sending'))
      ORDER BY o.not_before, o.id LIMIT 1";

/// Claims the next due text, if any, leasing it until `lease_until`.
pub async fn claim(
    db: &Db,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
) -> Result<Option<Claimed>> {
    let mut tx = db.begin().await?;
    let lock = match &tx {
        Tx::Postgres(_) => " FOR UPDATE SKIP LOCKED",
        Tx::Sqlite(_) => "",
    };
    let mut id: Option<i64> = None;
    for pick in [EXPIRED, QUEUED] {
        let sql = format!("{pick}{lock}");
        id = on_tx!(&mut tx, |c| sqlx::query_scalar(&sql)
            .bind(now.timestamp())
            .fetch_optional(c)
            .await)
        .classify()?;
        if id.is_some() {
            break;
        }
    }
    let Some(id) = id else {
        tx.rollback().await?;
        return Ok(None);
    };
    execute!(
        &mut tx,
        "UPDATE outbox SET state = 'sending', lease_until = $1, attempts = attempts + 1 WHERE id = $2",
        lease_until.timestamp(),
        id
    )?;
    let claimed: Claimed = on_tx!(&mut tx, |c| sqlx::query_as(
        "SELECT o.id AS outbox_id, o.message_id, o.phone, m.body, m.segments, o.attempts, m.family_id
         FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = $1"
    )
    .bind(id)
    .fetch_one(c)
    .await)
    .classify()?;
    tx.commit().await?;
    Ok(Some(claimed))
}

/// The provider took the text.
pub async fn sent(
    db: &Db,
    job: &Claimed,
    sid: &str,
    status: &str,
    segments: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let mut tx = db.begin().await?;
    execute!(
        &mut tx,
        "UPDATE outbox SET state = 'sent', lease_until = NULL WHERE id = $1",
        job.outbox_id
    )?;
    // A status callback may have arrived first (it carries our message id): keep the further one.
    execute!(
        &mut tx,
        "UPDATE messages SET provider_sid = COALESCE(provider_sid, $1),
             status = CASE WHEN status IN ('pending', 'unknown') THEN $2 ELSE status END,
             segments = COALESCE($3, segments), updated_at = $4
         WHERE id = $5",
        sid,
        status,
        segments,
        now.timestamp(),
        job.message_id
    )?;
    tx.commit().await
}

/// Try again at `at` (network error, 429, 5xx).
pub async fn retry(db: &Db, job: &Claimed, at: DateTime<Utc>, reason: &str) -> Result<()> {
    let mut tx = db.begin().await?;
    execute!(
        &mut tx,
        "UPDATE outbox SET state = 'queued', lease_until = NULL, not_before = $1, last_error = $2 WHERE id = $3",
        at.timestamp(),
        reason,
        job.outbox_id
    )?;
    tx.commit().await
}

/// Settles a claimed text as failed for good, or as unknown (the request may have reached the
/// provider; only its status callback or a look-up can tell).
pub async fn finish(
    tx: &mut Tx,
    job: &Claimed,
    state: &str,
    status: &str,
    code: Option<i64>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    execute!(
        tx,
        "UPDATE outbox SET state = $1, lease_until = NULL, last_error = $2 WHERE id = $3",
        state,
        reason,
        job.outbox_id
    )?;
    execute!(
        tx,
        "UPDATE messages SET status = $1, error_code = $2, updated_at = $3 WHERE id = $4",
        status,
        code,
        now.timestamp(),
        job.message_id
    )?;
    Ok(())
}

/// The earliest `not_before` among queued texts (for the worker to sleep until).
pub async fn next_due(db: &Db) -> Result<Option<i64>> {
    let mut tx = db.read().await?;
    let next: Option<i64> = on_tx!(&mut tx, |c| sqlx::query_scalar(
        "SELECT MIN(not_before) FROM outbox WHERE state = 'queued'"
    )
    .fetch_one(c)
    .await)
    .classify()?;
    tx.rollback().await?;
    Ok(next)
}

/// Takes the next slot of the sender's shared budget for `segments` segments at `rate`
/// segments/second; returns when (ms since the epoch) this send may start. Every process
/// shares the one row, so the rate holds for all of them together.
pub async fn reserve_budget(
    db: &Db,
    sender: &str,
    segments: i64,
    rate: f64,
    now_ms: i64,
) -> Result<i64> {
    let cost = ((segments.max(1) as f64) * 1000.0 / rate).ceil() as i64;
    let mut tx = db.begin().await?;
    execute!(
        &mut tx,
        "INSERT INTO send_budget (sender, next_free_ms) VALUES ($1, 0) ON CONFLICT (sender) DO NOTHING",
        sender
    )?;
    let sql = match &tx {
        Tx::Postgres(_) => {
            "UPDATE send_budget SET next_free_ms = GREATEST(next_free_ms, $1) + $2 WHERE sender = $3 RETURNING next_free_ms - $2"
        }
        Tx::Sqlite(_) => {
            "UPDATE send_budget SET next_free_ms = MAX(next_free_ms, $1) + $2 WHERE sender = $3 RETURNING next_free_ms - $2"
        }
    };
    let start: i64 = on_tx!(&mut tx, |c| sqlx::query_scalar(sql)
        .bind(now_ms)
        .bind(cost)
        .bind(sender)
        .fetch_one(c)
        .await)
    .classify()?;
    tx.commit().await?;
    Ok(start)
}
