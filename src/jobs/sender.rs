//! The outbound sender: drains the persistent queue through the provider.
//!
//! One step: take the sender's shared rate budget for the next due text (segments per second,
//! counted across all processes) and wait for it; only then claim the text (so a claim's lease
//! covers one HTTP call, and a crashed process's text is free again in seconds); skip it if
//! the phone opted out since it was queued; send with no transaction open; record the outcome
//! under the claim's token. Quiet hours are checked again at the claim, in the recipient's
//! local time. Network errors, 429 and 5xx are retried with exponential backoff and jitter;
//! other 4xx fail for good with their code (21610 also opts the phone out); a send whose
//! answer never came, or whose process died, is `unknown` — looked up at the provider and
//! settled, never blindly re-sent.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;

use chrono::Utc;
use rand::Rng;
use tokio::sync::{Notify, watch};

use crate::clock::Clock;
use crate::config::Config;
use crate::engine::{self, Env};
use crate::i18n::Locales;
use crate::provider::{Lookup, Provider, SendOutcome};
use crate::store::outbox::{Claimed, OutboxState};
use crate::store::writer::Writes;
use crate::store::{self, Db, opt_outs, outbox};

/// Retries before a transient failure is recorded as permanent.
pub const MAX_ATTEMPTS: i64 = 12;
/// How long an `unknown` send waits for its status callback before it is looked up.
pub const LOOK_UP_AFTER: chrono::Duration = chrono::Duration::seconds(60);
/// How many times a failed post-send write is tried before the row is left to its lease
/// (then it is looked up, not re-sent).
const RECORD_TRIES: u32 = 8;

/// What a step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Idle,
    Sent,
    Retried,
    Failed,
    Unknown,
    Skipped,
    /// An `unknown` send was looked up at the provider.
    LookedUp,
}

#[derive(Clone)]
pub struct SenderWorker {
    /// The database, and where the claims, budgets and outcomes are written: on SQLite through
    /// the webhooks' writer, several to a commit (`store::writer`).
    pub writes: Writes,
    pub provider: Provider,
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock>,
    pub locales: Arc<Locales>,
    /// Woken when new texts are queued.
    pub wake: Arc<Notify>,
    /// The clock's second (epoch) when the process's senders last looked for due `unknown`
    /// sends ([`SenderWorker::new`] starts it at `i64::MIN`).
    pub unknown_checked: Arc<AtomicI64>,
}

impl SenderWorker {
    fn db(&self) -> &Db {
        self.writes.db()
    }

    fn lease_until(&self) -> chrono::DateTime<Utc> {
        self.clock.now() + chrono::Duration::from_std(self.config.send_lease).unwrap_or_default()
    }

    /// Looks up one due `unknown` send, or sends one due text.
    pub async fn step(&self) -> store::Result<Step> {
        self.step_as(0).await
    }

    /// [`SenderWorker::step`] for the `worker`-th of the process's concurrent senders: it
    /// budgets for the `worker`-th due text, so the workers wait on different numbers' budgets.
    pub async fn step_as(&self, worker: usize) -> store::Result<Step> {
        let now = self.clock.now();
        // Unknown sends are looked up a minute after the fact at the earliest: checking for
        // them (a write transaction) once a second per process is enough.
        let last = self.unknown_checked.load(Ordering::Relaxed);
        if now.timestamp() != last
            && self
                .unknown_checked
                .compare_exchange(last, now.timestamp(), Ordering::Relaxed, Ordering::Relaxed)
                .is_ok()
            && let Some(job) = outbox::claim_unknown(&self.writes, now, now + LOOK_UP_AFTER).await?
        {
            self.look_up(&job).await?;
            // Let the next step look again at once: more may be due.
            self.unknown_checked.store(i64::MIN, Ordering::Relaxed);
            return Ok(Step::LookedUp);
        }
        let Some(due) = outbox::peek(self.db(), now, worker).await? else {
            return Ok(Step::Idle);
        };
        let budgeted = self.provider.sender_key(&due.phone);
        self.wait_for_budget(&budgeted, due.segments).await?;
        let now = self.clock.now();
        let Some(job) = outbox::claim(
            &self.writes,
            now,
            self.lease_until(),
            self.config.quiet_hours,
        )
        .await?
        else {
            return Ok(Step::Idle);
        };
        let key = self.provider.sender_key(&job.phone);
        // Another sender took the text we budgeted for: this one's number must have budget
        // of its own (what was taken for the other number is left unused, never borrowed).
        let missing = if key != budgeted {
            job.segments
        } else {
            job.segments - due.segments
        };
        if missing > 0 {
            self.wait_for_budget(&key, missing).await?;
            if !outbox::renew(&self.writes, &job, self.lease_until()).await? {
                return Ok(Step::Idle);
            }
        }
        if job.opted_out {
            let mut tx = self.db().begin().await?;
            outbox::finish(
                &mut tx,
                &job,
                OutboxState::Cancelled,
                "canceled",
                None,
                "recipient opted out",
                now,
                now,
            )
            .await?;
            tx.commit().await?;
            crate::metrics::outbound(crate::metrics::Outbound::Cancelled);
            return Ok(Step::Skipped);
        }
        let outcome = if job.is_call() {
            // The call's words are fetched when it is answered (`/twilio/voice`), from the
            // family's state then; its progress comes to `/twilio/voice/status`.
            let url = format!(
                "{}/twilio/voice?m={}",
                self.config.public_url, job.message_id
            );
            let callback = format!(
                "{}/twilio/voice/status?m={}",
                self.config.public_url, job.message_id
            );
            self.provider.call(&job.phone, &url, &callback).await
        } else {
            let callback = format!(
                "{}/twilio/status?m={}",
                self.config.public_url, job.message_id
            );
            self.provider
                .send(&job.phone, &job.body, Some(&callback))
                .await
        };
        self.record(&job, outcome).await
    }

    /// Records what the provider said about a send, trying the write again if the database is
    /// busy: giving up leaves the row to its lease, after which it is looked up, not re-sent.
    async fn record(&self, job: &Claimed, outcome: SendOutcome) -> store::Result<Step> {
        let mut tries = 0;
        loop {
            match self.settle(job, &outcome).await {
                Ok(step) => return Ok(step),
                Err(e) if tries + 1 < RECORD_TRIES => {
                    tries += 1;
                    tracing::warn!(outbox = job.outbox_id, error = %e, tries, "cannot record a send's outcome; trying again");
                    tokio::time::sleep(Duration::from_millis(50 << tries.min(6))).await;
                }
                Err(e) => return Err(e),
            }
        }
    }

    async fn settle(&self, job: &Claimed, outcome: &SendOutcome) -> store::Result<Step> {
        let now = self.clock.now();
        match outcome {
            SendOutcome::Accepted {
                sid,
                status,
                segments,
            } => {
                outbox::sent(&self.writes, job, sid, status, segments.map(i64::from), now).await?;
                crate::metrics::outbound(crate::metrics::Outbound::Sent);
                Ok(Step::Sent)
            }
            SendOutcome::Retry { code, reason } if job.attempts < MAX_ATTEMPTS => {
                let at = now + backoff(job.attempts);
                tracing::warn!(outbox = job.outbox_id, attempt = job.attempts, ?code, %reason, "send failed; will retry");
                outbox::retry(&self.writes, job, at, reason).await?;
                crate::metrics::outbound(crate::metrics::Outbound::Retried);
                Ok(Step::Retried)
            }
            SendOutcome::Retry { code, reason } | SendOutcome::Failed { code, reason } => {
                tracing::warn!(outbox = job.outbox_id, ?code, %reason, "send failed for good");
                self.fail(job, code.map(i64::from), reason).await?;
                crate::metrics::outbound(crate::metrics::Outbound::Failed);
                Ok(Step::Failed)
            }
            SendOutcome::Unknown { reason } => {
                tracing::warn!(outbox = job.outbox_id, %reason, "no answer from the provider; waiting for its status callback, then looking it up");
                let mut tx = self.db().begin().await?;
                outbox::finish(
                    &mut tx,
                    job,
                    OutboxState::Unknown,
                    "unknown",
                    None,
                    reason,
                    now + LOOK_UP_AFTER,
                    now,
                )
                .await?;
                tx.commit().await?;
                crate::metrics::outbound(crate::metrics::Outbound::Unknown);
                Ok(Step::Unknown)
            }
        }
    }

    /// A permanent failure; 21610 (the recipient opted out at the provider) blocks the phone.
    async fn fail(&self, job: &Claimed, code: Option<i64>, reason: &str) -> store::Result<()> {
        let now = self.clock.now();
        let mut tx = self.db().begin().await?;
        let settled = outbox::finish(
            &mut tx,
            job,
            OutboxState::Failed,
            "failed",
            code,
            reason,
            now,
            now,
        )
        .await?;
        if settled
            && code
                .and_then(|c| u32::try_from(c).ok())
                .is_some_and(crate::provider::twilio::is_opt_out)
        {
            if let Some(family_id) = job.family_id {
                let env = Env {
                    config: &self.config,
                    locales: &self.locales,
                    now,
                };
                engine::provider_opt_out(&mut tx, &env, family_id).await?;
            }
            // The phone is blocked for everyone who uses it.
            engine::stop_phone(&mut tx, &job.phone, opt_outs::Source::Provider, now).await?;
        }
        tx.commit().await
    }

    /// Settles an `unknown` send by asking the provider: found, it was sent; certainly not
    /// there, it goes back to the queue (sending it now is the first send, not a second).
    async fn look_up(&self, job: &Claimed) -> store::Result<()> {
        if job.is_call() {
            // A call that may have rung is never placed again: its status callback settles
            // it if it was placed; otherwise a coordinator is told.
            let now = self.clock.now();
            let mut tx = self.db().begin().await?;
            let settled = outbox::finish(
                &mut tx,
                job,
                OutboxState::Failed,
                "failed",
                None,
                "the provider never said whether the call was placed; not placed again",
                now,
                now,
            )
            .await?;
            if settled {
                store::messages::to_inbox(
                    &mut tx,
                    store::messages::Party {
                        school_id: None,
                        family_id: job.family_id,
                        educator_id: None,
                    },
                    Some(job.message_id),
                    "a call may not have been placed (no answer from the provider): call the family",
                    now,
                )
                .await?;
            }
            tx.commit().await?;
            return Ok(());
        }
        let since = job
            .claimed_at
            .and_then(|t| chrono::DateTime::from_timestamp(t, 0))
            .unwrap_or_else(|| self.clock.now() - chrono::Duration::days(1));
        let found = self
            .provider
            .lookup(job.provider_sid.as_deref(), &job.phone, &job.body, since)
            .await;
        let now = self.clock.now();
        match found {
            Lookup::Found {
                sid,
                status,
                error_code,
            } => {
                tracing::info!(
                    outbox = job.outbox_id,
                    "an unknown send was found at the provider; recorded, not re-sent"
                );
                outbox::sent(&self.writes, job, &sid, &status, None, now).await?;
                crate::metrics::outbound(crate::metrics::Outbound::Sent);
                if let Some(code) =
                    error_code.filter(|_| matches!(status.as_str(), "failed" | "undelivered"))
                {
                    let mut tx = self.db().begin().await?;
                    store::messages::apply_status(
                        &mut tx,
                        &sid,
                        Some(job.message_id),
                        &status,
                        Some(i64::from(code)),
                        now,
                    )
                    .await?;
                    tx.commit().await?;
                }
            }
            Lookup::NotFound => {
                tracing::info!(
                    outbox = job.outbox_id,
                    "an unknown send never reached the provider; queued again"
                );
                outbox::retry(
                    &self.writes,
                    job,
                    now,
                    "never reached the provider (looked up)",
                )
                .await?;
                crate::metrics::outbound(crate::metrics::Outbound::Retried);
            }
            Lookup::Retry { reason } => {
                tracing::warn!(outbox = job.outbox_id, %reason, "cannot look up an unknown send; will look again");
            }
        }
        Ok(())
    }

    /// Sends everything due now; returns how many steps did something.
    pub async fn drain(&self) -> store::Result<usize> {
        let mut done = 0;
        while self.step().await? != Step::Idle {
            done += 1;
        }
        Ok(done)
    }

    /// Waits (real time) until the shared budget of sender `key` allows `segments` more
    /// segments.
    async fn wait_for_budget(&self, key: &str, segments: i64) -> store::Result<()> {
        let now_ms = Utc::now().timestamp_millis();
        let start =
            outbox::reserve_budget(&self.writes, key, segments, self.config.send_rate, now_ms)
                .await?;
        let wait = start - now_ms;
        if wait > 0 {
            tokio::time::sleep(Duration::from_millis(wait as u64)).await;
        }
        Ok(())
    }

    /// Runs until `stop` is notified: sends what is due, then sleeps until woken, the next
    /// text is due, or a second passes.
    pub async fn run(self, stop: watch::Receiver<bool>) {
        self.run_as(0, stop).await
    }

    /// [`SenderWorker::run`] as the `worker`-th of the process's concurrent senders
    /// (`HOMEVISIT_SEND_WORKERS`).
    pub async fn run_as(self, worker: usize, mut stop: watch::Receiver<bool>) {
        loop {
            if *stop.borrow() {
                return;
            }
            let worked = match self.step_as(worker).await {
                Ok(Step::Idle) => false,
                Ok(_) => true,
                Err(e) => {
                    tracing::error!(error = %e, "sender step failed");
                    false
                }
            };
            if worked {
                continue;
            }
            tokio::select! {
                _ = stop.changed() => {},
                _ = self.wake.notified() => {},
                _ = tokio::time::sleep(Duration::from_secs(1)) => {},
            }
        }
    }
}

/// 2^attempt seconds (capped at 10 minutes), plus up to 25% jitter so retries from many
/// processes do not arrive together.
pub fn backoff(attempt: i64) -> chrono::Duration {
    let base = 2i64.saturating_pow(attempt.clamp(0, 20) as u32).min(600);
    let jitter = rand::thread_rng().gen_range(0..=base / 4 + 1);
    chrono::Duration::seconds(base + jitter)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn backoff_grows_and_is_capped() {
        let first = backoff(1).num_seconds();
        assert!((2..=3).contains(&first), "{first}");
        let fifth = backoff(5).num_seconds();
        assert!((32..=41).contains(&fifth), "{fifth}");
        let late = backoff(30).num_seconds();
        assert!((600..=751).contains(&late), "{late}");
    }
}
