//! The outbound sender: drains the persistent queue through the provider.
//!
//! For each claimed text: skip it if the family opted out since it was queued; wait for the
//! sender's shared rate budget (segments per second, counted across all processes); send with
//! no transaction open; record the outcome. Network errors, 429 and 5xx are retried with
//! exponential backoff and jitter; other 4xx fail for good with their code (21610 also opts the
//! family out); a send whose answer never came is `unknown` — settled by its status callback,
//! never blindly re-sent.

use std::sync::Arc;
use std::time::Duration;

use chrono::Utc;
use rand::Rng;
use tokio::sync::{Notify, watch};

use crate::clock::Clock;
use crate::config::Config;
use crate::engine::{self, Env};
use crate::i18n::Locales;
use crate::provider::{Provider, SendOutcome};
use crate::store::{self, Db, educators, outbox};

/// How long a claim is held before another process may take the text (its sender died): the
/// default of `HOMEVISIT_SEND_LEASE_SECS`. Longer than any send can take (the provider
/// timeout plus the rate wait), or a slow send would be taken and sent twice.
pub const LEASE: Duration = Duration::from_secs(120);
/// Retries before a transient failure is recorded as permanent.
pub const MAX_ATTEMPTS: i64 = 12;

/// What a step did.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    Idle,
    Sent,
    Retried,
    Failed,
    Unknown,
    Skipped,
}

#[derive(Clone)]
pub struct SenderWorker {
    pub db: Db,
    pub provider: Provider,
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock>,
    pub locales: Arc<Locales>,
    /// Woken when new texts are queued.
    pub wake: Arc<Notify>,
}

impl SenderWorker {
    /// Claims and sends one due text.
    pub async fn step(&self) -> store::Result<Step> {
        let now = self.clock.now();
        let lease = now + chrono::Duration::from_std(self.config.send_lease).unwrap_or_default();
        let Some(job) = outbox::claim(&self.db, now, lease).await? else {
            return Ok(Step::Idle);
        };
        let opted_out = {
            let mut tx = self.db.read().await?;
            let blocked = educators::phone_opted_out(&mut tx, &job.phone).await?;
            tx.rollback().await?;
            blocked.then_some("recipient opted out")
        };
        if let Some(reason) = opted_out {
            let mut tx = self.db.begin().await?;
            outbox::finish(&mut tx, &job, "cancelled", "canceled", None, reason, now).await?;
            tx.commit().await?;
            return Ok(Step::Skipped);
        }
        self.wait_for_budget(job.segments).await?;
        let callback = format!(
            "{}/twilio/status?m={}",
            self.config.public_url, job.message_id
        );
        let outcome = self
            .provider
            .send(&job.phone, &job.body, Some(&callback))
            .await;
        let now = self.clock.now();
        match outcome {
            SendOutcome::Accepted {
                sid,
                status,
                segments,
            } => {
                outbox::sent(&self.db, &job, &sid, &status, segments.map(i64::from), now).await?;
                Ok(Step::Sent)
            }
            SendOutcome::Retry { code, reason } if job.attempts < MAX_ATTEMPTS => {
                let at = now + backoff(job.attempts);
                tracing::warn!(outbox = job.outbox_id, attempt = job.attempts, ?code, %reason, "send failed; will retry");
                outbox::retry(&self.db, &job, at, &reason).await?;
                Ok(Step::Retried)
            }
            SendOutcome::Retry { code, reason } | SendOutcome::Failed { code, reason } => {
                tracing::warn!(outbox = job.outbox_id, ?code, %reason, "send failed for good");
                let mut tx = self.db.begin().await?;
                outbox::finish(
                    &mut tx,
                    &job,
                    "failed",
                    "failed",
                    code.map(i64::from),
                    &reason,
                    now,
                )
                .await?;
                if code.is_some_and(crate::provider::twilio::is_opt_out) {
                    if let Some(family_id) = job.family_id {
                        let env = Env {
                            config: &self.config,
                            locales: &self.locales,
                            now,
                        };
                        engine::provider_opt_out(&mut tx, &env, family_id).await?;
                    }
                    // The phone is blocked for everyone who uses it.
                    educators::opt_out(&mut tx, &job.phone, now.timestamp()).await?;
                }
                tx.commit().await?;
                Ok(Step::Failed)
            }
            SendOutcome::Unknown { reason } => {
                tracing::warn!(outbox = job.outbox_id, %reason, "no answer from the provider; waiting for its status callback");
                let mut tx = self.db.begin().await?;
                outbox::finish(&mut tx, &job, "unknown", "unknown", None, &reason, now).await?;
                tx.commit().await?;
                Ok(Step::Unknown)
            }
        }
    }

    /// Sends everything due now; returns how many steps did something.
    pub async fn drain(&self) -> store::Result<usize> {
        let mut done = 0;
        while self.step().await? != Step::Idle {
            done += 1;
        }
        Ok(done)
    }

    /// Waits (real time) until the sender's shared budget allows `segments` more segments.
    async fn wait_for_budget(&self, segments: i64) -> store::Result<()> {
        let now_ms = Utc::now().timestamp_millis();
        let start = outbox::reserve_budget(
            &self.db,
            &self.provider.sender_key(),
            segments,
            self.config.send_rate,
            now_ms,
        )
        .await?;
        let wait = start - now_ms;
        if wait > 0 {
            tokio::time::sleep(Duration::from_millis(wait as u64)).await;
        }
        Ok(())
    }

    /// Runs until `stop` is notified: sends what is due, then sleeps until woken, the next
    /// text is due, or a second passes.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            if *stop.borrow() {
                return;
            }
            let worked = match self.step().await {
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
