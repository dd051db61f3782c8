//! Reminders and follow-ups, on the injected clock.
//!
//! - **Follow-up**: one gentle text to a family that has not answered `HOMEVISIT_FOLLOW_UP_DAYS`
//!   after the invitation (the state machine refuses a second one, and any after a decline or
//!   STOP).
//! - **Reminder**: the day before a booked visit, at 17:00 local — or the last hour before
//!   quiet hours begin, when 17:00 is inside them — to the family and both educators.
//!
//! Each pass runs in one transaction whose rows are locked (`FOR UPDATE SKIP LOCKED` on
//! PostgreSQL; SQLite's single writer), and marks what it did, so with several processes each
//! reminder and follow-up goes out once. Texts go through the queue, which keeps quiet hours.

use std::sync::Arc;
use std::time::Duration;

use chrono::{DateTime, NaiveTime, Utc};
use chrono_tz::Tz;
use tokio::sync::watch;

use crate::clock::Clock;
use crate::config::{Config, QuietHours};
use crate::conversation::machine::Event;
use crate::engine::{self, Delivery, Env, Household, Input};
use crate::i18n::Locales;
use crate::store::{self, Db, families, invitations, visits};

#[derive(Clone)]
pub struct Scheduler {
    pub db: Db,
    pub config: Arc<Config>,
    pub clock: Arc<dyn Clock>,
    pub locales: Arc<Locales>,
}

/// What a pass did.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Pass {
    pub follow_ups: usize,
    pub reminders: usize,
}

/// When the reminder for a visit starting at `start` is due: 17:00 local the day before, or
/// the last hour before quiet hours if 17:00 is quiet.
pub fn reminder_time(start: DateTime<Utc>, zone: Tz, quiet: Option<QuietHours>) -> DateTime<Utc> {
    let day_before = start - chrono::Duration::days(1);
    let five_pm = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
    let local = match quiet {
        Some(q) if q.contains(five_pm) => q.start - chrono::Duration::hours(1),
        _ => five_pm,
    };
    engine::at_local(zone, day_before, local).unwrap_or(day_before)
}

impl Scheduler {
    /// One pass: every follow-up and reminder that is due now.
    pub async fn step(&self) -> store::Result<Pass> {
        let now = self.clock.now();
        let env = Env {
            config: &self.config,
            locales: &self.locales,
            now,
        };
        let mut pass = Pass::default();

        let mut tx = self.db.begin().await?;
        let due = now - chrono::Duration::days(self.config.follow_up_days);
        for invitation in invitations::awaiting_follow_up(&mut tx, due).await? {
            let family = families::by_id(&mut tx, invitation.family_id).await?;
            if !family.is_opted_out() {
                let home = Household::load(&mut tx, family).await?;
                let before = invitation.followed_up_at;
                engine::run(
                    &mut tx,
                    &env,
                    &home,
                    &invitation,
                    Input::Event(Event::NoAnswer),
                    Delivery::Queue,
                    None,
                )
                .await?;
                if before.is_none()
                    && invitations::by_id(&mut tx, invitation.id)
                        .await?
                        .followed_up_at
                        .is_some()
                {
                    pass.follow_ups += 1;
                }
            }
            invitations::mark_followed_up(&mut tx, invitation.id, now).await?;
        }
        tx.commit().await?;

        let mut tx = self.db.begin().await?;
        for visit in
            visits::awaiting_reminder(&mut tx, now, now + chrono::Duration::days(2)).await?
        {
            let family = families::by_id(&mut tx, visit.family_id).await?;
            let home = Household::load(&mut tx, family).await?;
            let start = DateTime::from_timestamp(visit.start_at, 0).unwrap_or(now);
            if now < reminder_time(start, home.school.zone, self.config.quiet_hours) {
                continue;
            }
            let invitation = invitations::by_id(&mut tx, visit.invitation_id).await?;
            engine::run(
                &mut tx,
                &env,
                &home,
                &invitation,
                Input::Event(Event::ReminderDue),
                Delivery::Queue,
                None,
            )
            .await?;
            visits::mark_reminded(&mut tx, visit.id, now).await?;
            pass.reminders += 1;
        }
        tx.commit().await?;
        Ok(pass)
    }

    /// Runs a pass every minute until `stop` turns true.
    pub async fn run(self, mut stop: watch::Receiver<bool>) {
        loop {
            if *stop.borrow() {
                return;
            }
            if let Err(e) = self.step().await {
                tracing::error!(error = %e, "scheduler pass failed");
            }
            tokio::select! {
                _ = stop.changed() => {},
                _ = tokio::time::sleep(Duration::from_secs(60)) => {},
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_quiet_hours;
    use chrono::TimeZone;

    const LA: Tz = chrono_tz::America::Los_Angeles;

    #[test]
    fn the_reminder_is_at_five_the_evening_before() {
        // Visit Thursday 2026-12-03 16:30 PST (00:30 UTC Friday).
        let start = Utc.with_ymd_and_hms(2026, 12, 4, 0, 30, 0).unwrap();
        let at = reminder_time(start, LA, parse_quiet_hours("21:00-08:00").unwrap());
        assert_eq!(
            at,
            Utc.with_ymd_and_hms(2026, 12, 3, 1, 0, 0).unwrap(),
            "Wed 17:00 PST"
        );
    }

    #[test]
    fn when_five_is_quiet_the_reminder_comes_an_hour_before_quiet_hours() {
        let start = Utc.with_ymd_and_hms(2026, 12, 4, 0, 30, 0).unwrap();
        let at = reminder_time(start, LA, parse_quiet_hours("16:00-09:00").unwrap());
        assert_eq!(
            at,
            Utc.with_ymd_and_hms(2026, 12, 2, 23, 0, 0).unwrap(),
            "Wed 15:00 PST"
        );
    }

    #[test]
    fn the_evening_before_a_dst_change_is_local_five() {
        // Visit Sunday 2026-11-01 10:00 PST (after fall-back); Saturday 17:00 is still PDT.
        let start = Utc.with_ymd_and_hms(2026, 11, 1, 18, 0, 0).unwrap();
        let at = reminder_time(start, LA, None);
        assert_eq!(
            at,
            Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap(),
            "Sat 17:00 PDT"
        );
    }
}
