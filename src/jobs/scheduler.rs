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
    /// Texts whose words retention erased.
    pub words_erased: u64,
}

/// When the reminder for a visit starting at `start` is due: 17:00 local the day before, or
/// the last hour before quiet hours if 17:00 is quiet.
///
/// "The day before" is a calendar day in the school's zone: the visit's local date minus one.
/// (Subtracting 24 hours first goes wrong near midnight on a DST change: a visit at 00:30 on
/// the Monday after spring-forward is 23 hours after Sunday 00:30, so `start − 24 h` lands on
/// Saturday.)
pub fn reminder_time(start: DateTime<Utc>, zone: Tz, quiet: Option<QuietHours>) -> DateTime<Utc> {
    let five_pm = NaiveTime::from_hms_opt(17, 0, 0).unwrap_or_default();
    let local = match quiet {
        Some(q) if q.contains(five_pm) => q.start - chrono::Duration::hours(1),
        _ => five_pm,
    };
    let visit_day = start.with_timezone(&zone).date_naive();
    let fallback = start - chrono::Duration::days(1);
    visit_day
        .pred_opt()
        .and_then(|day_before| engine::local_instant(zone, day_before.and_time(local)))
        .unwrap_or(fallback)
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

        // Whether a reminder is due depends on each school's zone and quiet hours, so the
        // query cannot pick only due ones: it pages through every candidate (by start, then
        // id) and the not-yet-due ones are skipped here. A page of not-yet-due visits never
        // hides a due one behind it.
        let mut tx = self.db.begin().await?;
        let mut after = None;
        loop {
            let page =
                visits::awaiting_reminder(&mut tx, now, now + chrono::Duration::days(2), after)
                    .await?;
            let Some(last) = page.last() else { break };
            after = Some((last.start_at, last.id));
            let full = page.len() == visits::REMINDER_PAGE;
            for visit in page {
                if self.remind(&mut tx, &env, visit).await? {
                    pass.reminders += 1;
                }
            }
            if !full {
                break;
            }
        }
        tx.commit().await?;

        // Retention: the words of texts older than HOMEVISIT_RETAIN_DAYS are erased (the
        // facts they caused stay). SQLite runs with `secure_delete`, so the old words are
        // zeroed in the database file as they are replaced (the WAL holds them until its
        // next checkpoint).
        let before = now - chrono::Duration::days(self.config.retain_days);
        let mut tx = self.db.begin().await?;
        pass.words_erased =
            store::privacy::erase_words_before(&mut tx, before.timestamp(), now.timestamp())
                .await?;
        tx.commit().await?;
        Ok(pass)
    }

    /// Sends one visit's reminder if it is due; `true` if it did.
    async fn remind(
        &self,
        tx: &mut store::Tx,
        env: &Env<'_>,
        visit: visits::VisitRef,
    ) -> store::Result<bool> {
        let now = env.now;
        let family = families::by_id(tx, visit.family_id).await?;
        let home = Household::load(tx, family).await?;
        let start = DateTime::from_timestamp(visit.start_at, 0).unwrap_or(now);
        if now
            < reminder_time(
                start,
                home.school.zone,
                home.school.quiet_hours(self.config.quiet_hours),
            )
        {
            return Ok(false);
        }
        let invitation = invitations::by_id(tx, visit.invitation_id).await?;
        engine::run(
            tx,
            env,
            &home,
            &invitation,
            Input::Event(Event::ReminderDue),
            Delivery::Queue,
            None,
        )
        .await?;
        visits::mark_reminded(tx, visit.id, now).await?;
        Ok(true)
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

    #[test]
    fn a_visit_just_after_midnight_on_the_monday_after_spring_forward_is_reminded_on_sunday() {
        // Mon 2026-03-09 00:30 PDT is 07:30 UTC; Sunday 03-08 was 23 hours long, so 24 hours
        // before the visit is Saturday 23:30 PST. The reminder is Sunday 17:00 PDT.
        let start = Utc.with_ymd_and_hms(2026, 3, 9, 7, 30, 0).unwrap();
        let at = reminder_time(start, LA, None);
        assert_eq!(
            at,
            Utc.with_ymd_and_hms(2026, 3, 9, 0, 0, 0).unwrap(),
            "Sun 03-08 17:00 PDT, not Sat 03-07"
        );
    }

    #[test]
    fn a_visit_just_before_midnight_after_fall_back_is_reminded_the_day_before() {
        // Sun 2026-11-01 was 25 hours long. A visit Mon 11-02 23:30 PST: its reminder is
        // Sun 11-01 17:00 PST, whatever 24 hours before it is.
        let start = Utc.with_ymd_and_hms(2026, 11, 3, 7, 30, 0).unwrap();
        let at = reminder_time(start, LA, None);
        assert_eq!(at, Utc.with_ymd_and_hms(2026, 11, 2, 1, 0, 0).unwrap());
        // A visit Sun 11-01 00:30 PDT is reminded Sat 10-31 17:00 PDT.
        let start = Utc.with_ymd_and_hms(2026, 11, 1, 7, 30, 0).unwrap();
        let at = reminder_time(start, LA, None);
        assert_eq!(at, Utc.with_ymd_and_hms(2026, 11, 1, 0, 0, 0).unwrap());
    }
}
