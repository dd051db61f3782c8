//! Every text in and out, and the outbound queue.
//!
//! Inbound texts are inserted first, unique on the provider's `MessageSid`, so a retried
//! webhook is recognised and changes nothing. Outbound texts are a `messages` row plus an
//! `outbox` row, written in the same transaction as the event that caused them; a sender worker
//! claims due rows (one phone's messages strictly in order), sends outside any transaction, and
//! records the outcome.

use chrono::{DateTime, Utc};

use super::{Classify, Result, StoreError, Tx};
use crate::{execute, on_tx};

/// Who a message is to or from, as far as we know.
#[derive(Debug, Clone, Copy, Default)]
pub struct Party {
    pub school_id: Option<i64>,
    pub family_id: Option<i64>,
    pub educator_id: Option<i64>,
}

/// Stores an inbound text; `None` when this `MessageSid` was already stored (a retry).
pub async fn insert_inbound(
    tx: &mut Tx,
    sid: &str,
    phone: &str,
    body: &str,
    segments: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO messages (direction, phone, body, provider_sid, status, segments, created_at, updated_at)
         VALUES ('in', $1, $2, $3, 'received', $4, $5, $5)
         ON CONFLICT (provider_sid) DO NOTHING RETURNING id"
    )
    .bind(phone)
    .bind(body)
    .bind(sid)
    .bind(segments)
    .bind(now.timestamp())
    .fetch_optional(c)
    .await)
    .classify()
}

/// Notes who sent an inbound text and how it was understood.
pub async fn annotate_inbound(
    tx: &mut Tx,
    id: i64,
    party: Party,
    intent: Option<&str>,
) -> Result<()> {
    execute!(
        tx,
        "UPDATE messages SET school_id = $1, family_id = $2, educator_id = $3, intent = $4 WHERE id = $5",
        party.school_id,
        party.family_id,
        party.educator_id,
        intent,
        id
    )?;
    Ok(())
}

/// Records a text answered directly in the webhook's TwiML (sent by the provider as part of
/// the same conversation, not through the queue).
pub async fn record_reply(
    tx: &mut Tx,
    party: Party,
    phone: &str,
    body: &str,
    segments: i64,
    now: DateTime<Utc>,
) -> Result<()> {
    let out = Out {
        segments,
        status: "replied",
        channel: "sms",
    };
    insert_out(tx, party, phone, body, out, now, None).await?;
    Ok(())
}

/// [`record_reply`] unless `phone` has had `cap` answers recorded since `since`; `None`, and
/// nothing recorded, when it has (the count and the insert in one statement).
#[allow(clippy::too_many_arguments)]
pub async fn record_reply_capped(
    tx: &mut Tx,
    party: Party,
    phone: &str,
    body: &str,
    segments: i64,
    now: DateTime<Utc>,
    since: DateTime<Utc>,
    cap: i64,
) -> Result<Option<i64>> {
    let out = Out {
        segments,
        status: "replied",
        channel: "sms",
    };
    insert_out(tx, party, phone, body, out, now, Some((since, cap))).await
}

/// Records what was said on a call the family is on (answered in the webhook's TwiML).
pub async fn record_spoken(
    tx: &mut Tx,
    party: Party,
    phone: &str,
    words: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    let out = Out {
        segments: 0,
        status: "spoken",
        channel: "voice",
    };
    insert_out(tx, party, phone, words, out, now, None).await?;
    Ok(())
}

/// How an outbound message answered in the webhook is recorded.
struct Out {
    segments: i64,
    status: &'static str,
    channel: &'static str,
}

/// Inserts an outbound message answered in the webhook; with `cap` (since, most), only if the
/// phone has had fewer than `most` messages of the same status since `since` (`None` then).
async fn insert_out(
    tx: &mut Tx,
    party: Party,
    phone: &str,
    body: &str,
    out: Out,
    now: DateTime<Utc>,
    cap: Option<(DateTime<Utc>, i64)>,
) -> Result<Option<i64>> {
    let under_cap = match cap {
        Some(_) => {
            "WHERE (SELECT COUNT(*) FROM messages
                    WHERE phone = $4 AND direction = 'out' AND status = $6 AND created_at > $10) < $11"
        }
        None => "",
    };
    let sql = format!(
        "INSERT INTO messages (direction, school_id, family_id, educator_id, phone, body, status, segments, created_at, updated_at, channel)
         SELECT 'out', $1, $2, $3, $4, $5, $6, $7, $8, $8, $9 {under_cap}
         RETURNING id"
    );
    on_tx!(tx, |c| {
        let mut query = sqlx::query_scalar(&sql)
            .bind(party.school_id)
            .bind(party.family_id)
            .bind(party.educator_id)
            .bind(phone)
            .bind(body)
            .bind(out.status)
            .bind(out.segments)
            .bind(now.timestamp())
            .bind(out.channel);
        if let Some((since, most)) = cap {
            query = query.bind(since.timestamp()).bind(most);
        }
        query.fetch_optional(c).await
    })
    .classify()
}

/// Queues a text to be sent no earlier than `not_before`, and never in its recipient's quiet
/// hours: the row carries the school's time zone, which the sender checks when it claims it.
pub async fn enqueue(
    tx: &mut Tx,
    party: Party,
    phone: &str,
    body: &str,
    segments: i64,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<i64> {
    enqueue_on(
        tx,
        Channel::Sms,
        party,
        phone,
        body,
        segments,
        not_before,
        now,
    )
    .await
}

/// How a queued message goes out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Channel {
    Sms,
    /// A phone call; the body is what it says.
    Voice,
}

impl Channel {
    pub fn name(self) -> &'static str {
        match self {
            Channel::Sms => "sms",
            Channel::Voice => "voice",
        }
    }
}

/// Queues a text or a call (see [`enqueue`]).
#[allow(clippy::too_many_arguments)]
pub async fn enqueue_on(
    tx: &mut Tx,
    channel: Channel,
    party: Party,
    phone: &str,
    body: &str,
    segments: i64,
    not_before: DateTime<Utc>,
    now: DateTime<Utc>,
) -> Result<i64> {
    let out = Out {
        segments,
        status: "pending",
        channel: channel.name(),
    };
    // Without a cap the row is always written.
    let message_id = insert_out(tx, party, phone, body, out, now, None)
        .await?
        .ok_or_else(|| StoreError::NotFound("the queued message's row".into()))?;
    execute!(
        tx,
        "INSERT INTO outbox (message_id, phone, state, not_before, created_at, zone, quiet_hours)
         VALUES ($1, $2, 'queued', $3, $4, (SELECT timezone FROM schools WHERE id = $5),
                 (SELECT quiet_hours FROM schools WHERE id = $5))",
        message_id,
        phone,
        not_before.timestamp(),
        now.timestamp(),
        party.school_id
    )?;
    Ok(message_id)
}

/// Cancels everything still queued to a phone (after STOP). Returns how many.
pub async fn cancel_queued(tx: &mut Tx, phone: &str, now: DateTime<Utc>) -> Result<u64> {
    let ids: Vec<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "UPDATE outbox SET state = 'cancelled' WHERE phone = $1 AND state = 'queued' RETURNING message_id"
    )
    .bind(phone)
    .fetch_all(c)
    .await)
    .classify()?;
    for id in &ids {
        execute!(
            tx,
            "UPDATE messages SET status = 'canceled', updated_at = $1 WHERE id = $2",
            now.timestamp(),
            id
        )?;
    }
    Ok(ids.len() as u64)
}

/// Keeps a text for a coordinator to read and answer.
pub async fn to_inbox(
    tx: &mut Tx,
    party: Party,
    message_id: Option<i64>,
    reason: &str,
    now: DateTime<Utc>,
) -> Result<()> {
    execute!(
        tx,
        "INSERT INTO inbox (school_id, message_id, family_id, educator_id, reason, created_at) VALUES ($1, $2, $3, $4, $5, $6)",
        party.school_id,
        message_id,
        party.family_id,
        party.educator_id,
        reason,
        now.timestamp()
    )?;
    Ok(())
}

/// Whether this unknown number is new (and remembers it): unknown senders are answered once.
pub async fn first_time_unknown(tx: &mut Tx, phone: &str, now: DateTime<Utc>) -> Result<bool> {
    let inserted: Option<String> = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO unknown_senders (phone, answered_at) VALUES ($1, $2) ON CONFLICT (phone) DO NOTHING RETURNING phone"
    )
    .bind(phone)
    .bind(now.timestamp())
    .fetch_optional(c)
    .await)
    .classify()?;
    Ok(inserted.is_some())
}

/// How far along a provider status is; a callback never moves a message backwards.
pub fn status_rank(status: &str) -> i32 {
    match status {
        "pending" | "unknown" => 0,
        "accepted" | "scheduled" => 1,
        "queued" => 2,
        "sending" => 3,
        "sent" | "ringing" => 4,
        "in-progress" | "answered" => 5,
        // Final: nothing moves a message out of these ("read" comes after "delivered" only).
        "delivered" | "undelivered" | "failed" | "canceled" | "read" => 6,
        // A call's end.
        "completed" | "busy" | "no-answer" => 6,
        _ => 0,
    }
}

/// Applies a delivery status callback. Matches the message by sid, or by our own id from the
/// callback URL (a send whose answer never came has no sid yet). Returns the message's family
/// and whether the status says the number opted out (21610), or `None` if no message matched.
pub async fn apply_status(
    tx: &mut Tx,
    sid: &str,
    ours: Option<i64>,
    status: &str,
    code: Option<i64>,
    now: DateTime<Utc>,
) -> Result<Option<Settled>> {
    let found: Option<(i64, String, Option<i64>, String, i64)> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, status, family_id, phone, created_at FROM messages
         WHERE direction = 'out' AND (provider_sid = $1 OR (id = $2 AND provider_sid IS NULL))
         ORDER BY id LIMIT 1"
    )
    .bind(sid)
    .bind(ours)
    .fetch_optional(c)
    .await)
    .classify()?;
    let Some((id, current, family_id, phone, created_at)) = found else {
        return Ok(None);
    };
    let forward = status_rank(status) > status_rank(&current);
    execute!(
        tx,
        "UPDATE messages SET provider_sid = COALESCE(provider_sid, $1),
             status = CASE WHEN $2 THEN $3 ELSE status END,
             error_code = CASE WHEN $2 THEN COALESCE($4, error_code) ELSE error_code END,
             updated_at = $5
         WHERE id = $6",
        sid,
        forward,
        status,
        code,
        now.timestamp(),
        id
    )?;
    // A send we could not confirm (or whose process died before recording it) is settled by
    // its callback: the provider has it.
    let settled = if matches!(status, "failed" | "undelivered") {
        "failed"
    } else {
        "sent"
    };
    execute!(
        tx,
        "UPDATE outbox SET state = $1, lease_until = NULL
         WHERE message_id = $2 AND state IN ('unknown', 'sending')",
        settled,
        id
    )?;
    Ok(Some(Settled {
        family_id,
        phone,
        opted_out: code == Some(21610),
        queued_at: created_at,
    }))
}

/// Whom a status callback's message was for, and whether the provider says they opted out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Settled {
    pub family_id: Option<i64>,
    /// The recipient's phone (E.164).
    pub phone: String,
    /// Error 21610: the recipient replied STOP to the provider.
    pub opted_out: bool,
    /// When the message was queued (epoch seconds).
    pub queued_at: i64,
}

/// Segments of the most recent text queued to a family (the campaign estimate uses it).
pub async fn last_segments(tx: &mut Tx, family_id: i64) -> Result<i64> {
    let parts: Option<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT segments FROM messages WHERE family_id = $1 AND direction = 'out' ORDER BY id DESC LIMIT 1"
    )
    .bind(family_id)
    .fetch_optional(c)
    .await)
    .classify()?;
    Ok(parts.unwrap_or(0))
}

/// Marks a stored message as part of a call.
pub async fn set_channel(tx: &mut Tx, id: i64, channel: Channel) -> Result<()> {
    execute!(
        tx,
        "UPDATE messages SET channel = $1 WHERE id = $2",
        channel.name(),
        id
    )?;
    Ok(())
}

/// Calls to a family since `since` that rang out or found the line busy.
pub async fn unanswered_calls(tx: &mut Tx, family_id: i64, since: DateTime<Utc>) -> Result<i64> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM messages WHERE family_id = $1 AND direction = 'out'
           AND channel = 'voice' AND status IN ('busy', 'no-answer') AND created_at >= $2"
    )
    .bind(family_id)
    .bind(since.timestamp())
    .fetch_one(c)
    .await)
    .classify()
}

/// A message's words.
pub async fn body(tx: &mut Tx, id: i64) -> Result<String> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT body FROM messages WHERE id = $1"
    )
    .bind(id)
    .fetch_one(c)
    .await)
    .classify()
}
