//! Claiming and settling outbound texts (the sender worker's side of the queue).
//!
//! A row's life: `queued` → (claimed, with a lease and a claim token) `sending` → `sent`,
//! `failed`, `unknown` or `cancelled`; a retry puts it back to `queued`.
//!
//! - **Quiet hours at send time.** A claim looks at the recipient's local time (the row's
//!   `zone`) again, whenever the row was queued or retried: a text that would go out in quiet
//!   hours is pushed, with every due text of that zone, to the next allowed local time.
//! - **Claim token.** Each claim bumps `attempts`, and every settling write names the value it
//!   claimed with, so a process whose lease ran out can never overwrite the result of the
//!   process that took the row over.
//! - **No blind re-send.** A row whose lease ran out (its process died, or could not record the
//!   outcome) may have reached the provider: it becomes `unknown`, and `unknown` rows are looked
//!   up at the provider (by sid, or by recipient and text since the claim) and settled — sent if
//!   found, queued again only when the provider certainly does not have it.
//!
//! PostgreSQL claims with `FOR UPDATE SKIP LOCKED`, so several processes never take the same
//! row; SQLite's single writer (`BEGIN IMMEDIATE`) does the same job.

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::writer::Writes;
use super::{Classify, Db, Result, Tx};
use crate::config::QuietHours;
use crate::domain::time::allowed_at;
use crate::{execute, on_tx};

/// Where a queued text stands. Stored as text.
#[derive(Debug, Clone, Copy, PartialEq, Eq, sqlx::Type)]
#[sqlx(type_name = "text", rename_all = "snake_case")]
pub enum OutboxState {
    Queued,
    Sending,
    Sent,
    Failed,
    Unknown,
    Cancelled,
}

/// One claimed text.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Claimed {
    pub outbox_id: i64,
    pub message_id: i64,
    pub phone: String,
    pub body: String,
    pub segments: i64,
    /// The claim token: `attempts` as this claim set it.
    pub attempts: i64,
    pub family_id: Option<i64>,
    /// The provider's sid, when an earlier attempt learnt it.
    pub provider_sid: Option<String>,
    /// When the row was last claimed (epoch seconds): an unknown send is looked for since then.
    pub claimed_at: Option<i64>,
    /// `sms`, or `voice` for a call.
    pub channel: String,
    /// The phone opted out since the text was queued (read in the claim's transaction):
    /// the text must be cancelled, not sent.
    #[sqlx(skip)]
    pub opted_out: bool,
}

impl Claimed {
    pub fn is_call(&self) -> bool {
        self.channel == "voice"
    }
}

/// The next due text, before any claim: how many segments the rate budget must cover.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Due {
    pub segments: i64,
    /// The recipient (whose sender number's budget it needs).
    pub phone: String,
}

// A queued row is due when its time has come and no earlier text to the same phone is still
// waiting or unsettled (so one family's texts arrive in order even after retries or a crash).
const DUE: &str = "o.state = 'queued' AND o.not_before <= $1
      AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.phone = o.phone AND p.id < o.id
                      AND p.state IN ('queued', 'sending', 'unknown'))
      ORDER BY o.not_before, o.id LIMIT 1";
const UNKNOWN: &str = "SELECT o.id FROM outbox o WHERE o.state = 'unknown' AND o.not_before <= $1
      ORDER BY o.not_before, o.id LIMIT 1";
const CLAIMED: &str =
    "SELECT o.id AS outbox_id, o.message_id, o.phone, m.body, m.segments, o.attempts,
             m.family_id, m.provider_sid, o.claimed_at, m.channel
      FROM outbox o JOIN messages m ON m.id = o.message_id WHERE o.id = $1";

/// How many zones a claim re-checks before it gives up for this step.
const MAX_ZONES_PER_CLAIM: usize = 16;

fn zone_of(raw: Option<&str>) -> Option<Tz> {
    raw.and_then(|z| z.parse().ok())
}

/// Turns the rows whose lease ran out into `unknown`, to be looked up now: their process died
/// (or could not record the outcome) at a moment when the provider may have taken the text.
async fn expire_leases(tx: &mut Tx, now: DateTime<Utc>) -> Result<u64> {
    execute!(
        tx,
        "UPDATE outbox SET state = 'unknown', lease_until = NULL, not_before = $1,
             last_error = 'its sender stopped before recording the outcome'
         WHERE state = 'sending' AND lease_until < $1",
        now.timestamp()
    )
}

/// The next text that is due now, without claiming it (the sender takes its rate budget for
/// that many segments first, so a lease covers only the HTTP call). `skip`: the due texts
/// passed over first, so concurrent senders budget for different texts; when fewer than
/// `skip + 1` are due there is nothing for this sender (several senders budgeting for the same
/// text would each take that number's budget, and leave it unused).
pub async fn peek(db: &Db, now: DateTime<Utc>, skip: usize) -> Result<Option<Due>> {
    let mut tx = db.read().await?;
    let sql = format!(
        "SELECT m.segments, o.phone FROM outbox o JOIN messages m ON m.id = o.message_id
          WHERE {DUE} OFFSET {skip}"
    );
    let found = on_tx!(&mut tx, |c| sqlx::query_as::<_, (i64, String)>(&sql)
        .bind(now.timestamp())
        .fetch_optional(c)
        .await)
    .classify()?;
    tx.rollback().await?;
    Ok(found.map(|(segments, phone)| Due { segments, phone }))
}

/// Claims the next due text, if any, leasing it until `lease_until`. A text that falls in its
/// recipient's quiet hours is not claimed: it (and every due text in its zone) waits for the
/// next allowed local time.
pub async fn claim(
    writes: &Writes,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    quiet: Option<QuietHours>,
) -> Result<Option<Claimed>> {
    writes
        .run(move |tx| Box::pin(claim_in(tx, now, lease_until, quiet)))
        .await
}

async fn claim_in(
    tx: &mut Tx,
    now: DateTime<Utc>,
    lease_until: DateTime<Utc>,
    quiet: Option<QuietHours>,
) -> Result<Option<Claimed>> {
    expire_leases(tx, now).await?;
    let lock = tx.skip_locked();
    let sql = format!("SELECT o.id, o.zone, o.quiet_hours FROM outbox o WHERE {DUE}{lock}");
    let mut picked = None;
    for _ in 0..MAX_ZONES_PER_CLAIM {
        let row: Option<(i64, Option<String>, Option<String>)> =
            on_tx!(&mut *tx, |c| sqlx::query_as(&sql)
                .bind(now.timestamp())
                .fetch_optional(c)
                .await)
            .classify()?;
        let Some((id, zone_name, own_quiet)) = row else {
            break;
        };
        // The school's own window (`school add --quiet-hours`), else the default.
        let quiet = match own_quiet.as_deref().map(crate::config::parse_quiet_hours) {
            Some(Ok(window)) => window,
            _ => quiet,
        };
        let Some(zone) = zone_of(zone_name.as_deref()) else {
            picked = Some(id);
            break;
        };
        let allowed = allowed_at(now, zone, quiet);
        if allowed <= now {
            picked = Some(id);
            break;
        }
        // Quiet hours there now: everything due in that zone waits for its local morning.
        let pushed = execute!(
            tx,
            "UPDATE outbox SET not_before = $1 WHERE state = 'queued' AND zone = $2 AND not_before <= $3
                 AND COALESCE(quiet_hours, '') = $4",
            allowed.timestamp(),
            zone_name,
            now.timestamp(),
            own_quiet.clone().unwrap_or_default()
        )?;
        tracing::info!(zone = %zone, texts = pushed, until = %allowed, "quiet hours: texts wait for local morning");
    }
    let Some(id) = picked else {
        return Ok(None);
    };
    execute!(
        tx,
        "UPDATE outbox SET state = 'sending', lease_until = $1, claimed_at = $2,
             attempts = attempts + 1 WHERE id = $3",
        lease_until.timestamp(),
        now.timestamp(),
        id
    )?;
    let mut claimed: Claimed = on_tx!(&mut *tx, |c| sqlx::query_as(CLAIMED)
        .bind(id)
        .fetch_one(c)
        .await)
    .classify()?;
    claimed.opted_out = super::opt_outs::is_opted_out(tx, &claimed.phone).await?;
    Ok(Some(claimed))
}

/// Claims an `unknown` text whose look-up is due: it stays `unknown`, and its next look-up is
/// pushed to `next_look` (so two processes do not look it up together).
pub async fn claim_unknown(
    writes: &Writes,
    now: DateTime<Utc>,
    next_look: DateTime<Utc>,
) -> Result<Option<Claimed>> {
    writes
        .run(move |tx| {
            Box::pin(async move {
                expire_leases(tx, now).await?;
                let sql = format!("{UNKNOWN}{}", tx.skip_locked());
                let id: Option<i64> = on_tx!(&mut *tx, |c| sqlx::query_scalar(&sql)
                    .bind(now.timestamp())
                    .fetch_optional(c)
                    .await)
                .classify()?;
                let Some(id) = id else {
                    return Ok(None);
                };
                execute!(
                    tx,
                    "UPDATE outbox SET not_before = $1 WHERE id = $2",
                    next_look.timestamp(),
                    id
                )?;
                let claimed: Claimed = on_tx!(&mut *tx, |c| sqlx::query_as(CLAIMED)
                    .bind(id)
                    .fetch_one(c)
                    .await)
                .classify()?;
                Ok(Some(claimed))
            })
        })
        .await
}

/// Extends a claim's lease (before a send that had to wait again for the rate budget).
/// `false`: the claim was lost (its lease ran out and the row moved on).
pub async fn renew(writes: &Writes, job: &Claimed, lease_until: DateTime<Utc>) -> Result<bool> {
    let (id, attempts) = (job.outbox_id, job.attempts);
    writes
        .run(move |tx| {
            Box::pin(async move {
                let n = execute!(
                    tx,
                    "UPDATE outbox SET lease_until = $1 WHERE id = $2 AND state = 'sending' AND attempts = $3",
                    lease_until.timestamp(),
                    id,
                    attempts
                )?;
                Ok(n == 1)
            })
        })
        .await
}

/// The provider took the text. Settles the row whether this claim still holds it or it was
/// turned `unknown` meanwhile (the provider's answer is the truth either way); never a row
/// another process re-queued or settled.
pub async fn sent(
    writes: &Writes,
    job: &Claimed,
    sid: &str,
    status: &str,
    segments: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    let (job, sid, status) = (job.clone(), sid.to_string(), status.to_string());
    writes
        .run(move |tx| {
            Box::pin(async move { sent_in(tx, &job, &sid, &status, segments, now).await })
        })
        .await
}

async fn sent_in(
    tx: &mut Tx,
    job: &Claimed,
    sid: &str,
    status: &str,
    segments: Option<i64>,
    now: DateTime<Utc>,
) -> Result<()> {
    execute!(
        tx,
        "UPDATE outbox SET state = 'sent', lease_until = NULL
         WHERE id = $1 AND ((state = 'sending' AND attempts = $2) OR state = 'unknown')",
        job.outbox_id,
        job.attempts
    )?;
    // A status callback may have arrived first (it carries our message id): keep the further one.
    execute!(
        tx,
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
    Ok(())
}

/// Try again at `at` (the provider certainly did not take it: no connection, 429, 5xx, or a
/// look-up that found nothing). `false`: the claim was lost and nothing changed.
pub async fn retry(
    writes: &Writes,
    job: &Claimed,
    at: DateTime<Utc>,
    reason: &str,
) -> Result<bool> {
    let (job, reason) = (job.clone(), reason.to_string());
    writes
        .run(move |tx| Box::pin(async move { retry_in(tx, &job, at, &reason).await }))
        .await
}

async fn retry_in(tx: &mut Tx, job: &Claimed, at: DateTime<Utc>, reason: &str) -> Result<bool> {
    let n = execute!(
        tx,
        "UPDATE outbox SET state = 'queued', lease_until = NULL, not_before = $1, last_error = $2
         WHERE id = $3 AND ((state = 'sending' AND attempts = $4) OR state = 'unknown')",
        at.timestamp(),
        reason,
        job.outbox_id,
        job.attempts
    )?;
    if n == 1 {
        execute!(
            tx,
            "UPDATE messages SET status = 'pending', updated_at = $1 WHERE id = $2 AND status = 'unknown'",
            at.timestamp(),
            job.message_id
        )?;
    }
    Ok(n == 1)
}

/// Settles a claimed text as failed for good, cancelled, or unknown (the request may have
/// reached the provider: it is looked up at `look_at`, never re-sent blindly). Only while this
/// claim holds the row (or it is `unknown`); the message keeps a status a callback already
/// moved further. Returns whether the row was settled.
#[allow(clippy::too_many_arguments)]
pub async fn finish(
    tx: &mut Tx,
    job: &Claimed,
    state: OutboxState,
    status: &str,
    code: Option<i64>,
    reason: &str,
    look_at: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<bool> {
    let n = execute!(
        tx,
        "UPDATE outbox SET state = $1, lease_until = NULL, last_error = $2, not_before = $3
         WHERE id = $4 AND ((state = 'sending' AND attempts = $5) OR state = 'unknown')",
        state,
        reason,
        look_at.timestamp(),
        job.outbox_id,
        job.attempts
    )?;
    if n == 0 {
        return Ok(false);
    }
    execute!(
        tx,
        "UPDATE messages SET status = $1, error_code = COALESCE($2, error_code), updated_at = $3
         WHERE id = $4 AND status IN ('pending', 'unknown')",
        status,
        code,
        now.timestamp(),
        job.message_id
    )?;
    Ok(true)
}

/// The earliest `not_before` among texts waiting to be sent or looked up (for the worker to
/// sleep until).
pub async fn next_due(db: &Db) -> Result<Option<i64>> {
    let mut tx = db.read().await?;
    let next: Option<i64> = on_tx!(&mut tx, |c| sqlx::query_scalar(
        "SELECT MIN(not_before) FROM outbox WHERE state IN ('queued', 'unknown')"
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
    writes: &Writes,
    sender: &str,
    segments: i64,
    rate: f64,
    now_ms: i64,
) -> Result<i64> {
    let cost = ((segments.max(1) as f64) * 1000.0 / rate).ceil() as i64;
    // One statement: the first use of a sender creates its row.
    let sql = |later: &str| {
        format!(
            "INSERT INTO send_budget (sender, next_free_ms) VALUES ($3, $1 + $2)
             ON CONFLICT (sender) DO UPDATE SET next_free_ms = {later} + $2
             RETURNING next_free_ms - $2"
        )
    };
    if let Db::Postgres(pool) = writes.db() {
        // Atomic on its own: no transaction around it (two round trips fewer).
        let sql = sql("GREATEST(send_budget.next_free_ms, $1)");
        return sqlx::query_scalar(&sql)
            .bind(now_ms)
            .bind(cost)
            .bind(sender)
            .fetch_one(pool)
            .await
            .classify();
    }
    let sql = sql("MAX(send_budget.next_free_ms, $1)");
    let sender = sender.to_string();
    writes
        .run(move |tx| {
            Box::pin(async move {
                on_tx!(&mut *tx, |c| sqlx::query_scalar(&sql)
                    .bind(now_ms)
                    .bind(cost)
                    .bind(&sender)
                    .fetch_one(c)
                    .await)
                .classify()
            })
        })
        .await
}

/// The queue as `/metrics` shows it: how many texts wait (`queued`, due or not), and since
/// when (epoch seconds) the oldest due one has been due, if any is.
pub async fn depth(db: &Db, now: DateTime<Utc>) -> Result<(i64, Option<i64>)> {
    let mut tx = db.read().await?;
    let found: (i64, Option<i64>) = on_tx!(&mut tx, |c| sqlx::query_as(
        "SELECT COUNT(*), MIN(CASE WHEN not_before <= $1 THEN not_before END)
         FROM outbox WHERE state = 'queued'"
    )
    .bind(now.timestamp())
    .fetch_one(c)
    .await)
    .classify()?;
    tx.rollback().await?;
    Ok(found)
}
