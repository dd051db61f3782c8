//! Opt-outs, kept per phone: whoever sends STOP (a family, an educator, a number on no roster)
//! blocks every text to that phone, from every school, until the phone sends START.
//!
//! The families' and educators' own `opted_out_at`/`opted_in_at` columns are kept in step for
//! reports ("opted out" in a campaign's funnel), but the sender, the campaign launcher and every
//! TwiML answer ask [`is_opted_out`], so a family row created after the STOP (a later import,
//! another school) never undoes it.

use super::{Classify, Result, Tx};
use crate::{execute, on_tx};

/// What recorded an opt-out.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Source {
    /// A STOP keyword texted to us.
    Reply,
    /// A plain-language request to stop ("stop texting me"); a coordinator is told.
    Sentence,
    /// The provider: error 21610 on a send, or its `OptOutType=STOP` on a webhook.
    Provider,
}

impl Source {
    pub fn as_str(self) -> &'static str {
        match self {
            Source::Reply => "reply",
            Source::Sentence => "sentence",
            Source::Provider => "provider",
        }
    }
}

/// Records an opt-out of `phone` at `now` (epoch seconds). Returns whether it is new (the
/// phone was not opted out already): only a new STOP is confirmed.
pub async fn opt_out(tx: &mut Tx, phone: &str, source: Source, now: i64) -> Result<bool> {
    let inserted = execute!(
        tx,
        "INSERT INTO phone_opt_outs (phone, opted_out_at, source) VALUES ($1, $2, $3)
         ON CONFLICT (phone) DO NOTHING",
        phone,
        now,
        source.as_str()
    )?;
    execute!(
        tx,
        "UPDATE families SET opted_out_at = $1 WHERE phone = $2 AND opted_out_at IS NULL",
        now,
        phone
    )?;
    execute!(
        tx,
        "UPDATE educators SET opted_out_at = $1 WHERE phone = $2 AND opted_out_at IS NULL",
        now,
        phone
    )?;
    Ok(inserted > 0)
}

/// Records START from `phone`: every row with that phone may be texted again.
pub async fn opt_in(tx: &mut Tx, phone: &str, now: i64) -> Result<()> {
    let hashed = super::privacy::phone_key(tx, phone).await?;
    execute!(
        tx,
        "DELETE FROM phone_opt_outs WHERE phone = $1 OR phone = $2",
        phone,
        hashed
    )?;
    execute!(
        tx,
        "UPDATE families SET opted_out_at = NULL, opted_in_at = $1 WHERE phone = $2",
        now,
        phone
    )?;
    execute!(
        tx,
        "UPDATE educators SET opted_out_at = NULL, opted_in_at = $1 WHERE phone = $2",
        now,
        phone
    )?;
    Ok(())
}

/// The condition on `phone_opt_outs.phone` that picks the keyed hashes of forgotten phones.
fn hashed_condition(tx: &Tx) -> &'static str {
    match tx {
        // Binary collation: a range over the primary key.
        Tx::Sqlite(_) => "phone >= 'hmac:' AND phone < 'hmac;'",
        // The database's collation may ignore punctuation in ranges; LIKE never does.
        Tx::Postgres(_) => "phone LIKE 'hmac:%'",
    }
}

/// Whether the opt-out list holds any keyed hash of a forgotten phone (only `forget` makes
/// them): when it does not, a phone's own row alone says whether it opted out.
pub async fn any_hashed(tx: &mut Tx) -> Result<bool> {
    let sql = format!(
        "SELECT EXISTS (SELECT 1 FROM phone_opt_outs WHERE {})",
        hashed_condition(tx)
    );
    on_tx!(tx, |c| sqlx::query_scalar(&sql).fetch_one(c).await).classify()
}

/// Whether `phone` opted out (and has not opted back in): then nothing may be sent to it.
pub async fn is_opted_out(tx: &mut Tx, phone: &str) -> Result<bool> {
    Ok(opted_out_at(tx, phone).await?.is_some())
}

/// When `phone` opted out, if it did (a new family row with this phone starts opted out). A
/// forgotten phone's opt-out is kept under its keyed hash ([`super::privacy::phone_key`]).
pub async fn opted_out_at(tx: &mut Tx, phone: &str) -> Result<Option<i64>> {
    // Most databases hold no hashed opt-out (only `forget` makes them): then one statement
    // answers, instead of reading the erasure key and hashing the phone on every reply.
    let any_hashed = hashed_condition(tx);
    let sql = format!(
        "SELECT (SELECT MIN(opted_out_at) FROM phone_opt_outs WHERE phone = $1),
                EXISTS (SELECT 1 FROM phone_opt_outs WHERE {any_hashed})"
    );
    let (plain, hashed_exist): (Option<i64>, bool) =
        on_tx!(tx, |c| sqlx::query_as(&sql).bind(phone).fetch_one(c).await).classify()?;
    if !hashed_exist {
        return Ok(plain);
    }
    let hashed = super::privacy::phone_key(tx, phone).await?;
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT MIN(opted_out_at) FROM phone_opt_outs WHERE phone = $1 OR phone = $2"
    )
    .bind(phone)
    .bind(hashed)
    .fetch_one(c)
    .await)
    .classify()
}

/// When `phone` last opted back in (START), if ever: a provider's 21610 about a text queued
/// before that is old news (a replayed or late callback) and must not opt it out again.
pub async fn last_opt_in(tx: &mut Tx, phone: &str) -> Result<Option<i64>> {
    let (families, educators): (Option<i64>, Option<i64>) = on_tx!(tx, |c| sqlx::query_as(
        "SELECT (SELECT MAX(opted_in_at) FROM families WHERE phone = $1),
                (SELECT MAX(opted_in_at) FROM educators WHERE phone = $1)"
    )
    .bind(phone)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok(families.max(educators))
}
