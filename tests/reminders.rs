//! A due reminder is never starved by visits that start sooner but are not due yet (review
//! L6): the scheduler pages through every visit of the next two days, not only the first 200.
//!
//! Two schools on either side of the date line: on the west one (UTC−12) two hundred visits
//! start at 00:30 local on Wednesday 7 October, so their reminders are due Tuesday 17:00 local
//! (05:00 UTC Wednesday); on the east one (UTC+14) one visit starts fifteen minutes later in
//! UTC but on Thursday local, so its reminder was due Wednesday 17:00 local (03:00 UTC). At
//! 04:00 UTC only the east one is due, and it comes after the two hundred in start order.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::app::{TestApp, spawn_app};
use common::db::TestDb;
use homevisit::store::{Db, campaigns, invitations, schools, slots};

/// Adds a school with one educator pair and one family, and books `starts` for that family
/// (straight into the tables: only the reminder query is under test here).
async fn school_with_visits(
    app: &TestApp,
    key: &str,
    zone: chrono_tz::Tz,
    phones: u32,
    starts: &[DateTime<Utc>],
) {
    let now = Utc.with_ymd_and_hms(2026, 9, 1, 19, 0, 0).unwrap();
    let mut tx = app.db.begin().await.unwrap();
    let school = schools::upsert(
        &mut tx,
        key,
        key,
        zone,
        Default::default(),
        None,
        now.timestamp(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let educators = format!(
        "name,phone\n{key} one,+1916600{phones:04}\n{key} two,+1916600{:04}\n",
        phones + 1
    );
    homevisit::import::educators(&app.db, key, educators.as_bytes(), now)
        .await
        .unwrap();
    let families =
        format!("student,guardian,phone,language\n{key} kid,{key} parent,+1916700{phones:04},en\n");
    homevisit::import::families(&app.db, key, families.as_bytes(), now)
        .await
        .unwrap();
    let educator = |n: &str| format!("SELECT id FROM educators WHERE name = '{key} {n}'");
    let pair = (
        app.count(&educator("one")).await,
        app.count(&educator("two")).await,
    );
    let family = app
        .count(&format!(
            "SELECT id FROM families WHERE guardian = '{key} parent'"
        ))
        .await;
    let mut tx = app.db.begin().await.unwrap();
    let campaign = campaigns::create(&mut tx, school.id, "Fall", None, 1, now.timestamp())
        .await
        .unwrap();
    let invitation = invitations::create(&mut tx, campaign, family, now)
        .await
        .unwrap()
        .unwrap();
    let mut slot_ids = Vec::new();
    for start in starts {
        slot_ids.push(
            slots::upsert(
                &mut tx,
                school.id,
                pair,
                start.timestamp(),
                30,
                None,
                now.timestamp(),
            )
            .await
            .unwrap(),
        );
    }
    tx.commit().await.unwrap();
    for slot in slot_ids {
        execute(
            &app.db,
            &format!(
                "INSERT INTO visits (slot_id, family_id, invitation_id, state, booked_at)
                 VALUES ({slot}, {family}, {invitation}, 'booked', {})",
                now.timestamp()
            ),
        )
        .await;
    }
}

async fn execute(db: &Db, sql: &str) {
    match db {
        Db::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(drop),
        Db::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(drop),
    }
    .unwrap();
}

async fn a_due_reminder_behind_two_hundred_not_yet_due_visits_is_sent(t: TestDb) {
    let app = spawn_app(t).await;
    let west_start = Utc.with_ymd_and_hms(2026, 10, 7, 12, 30, 0).unwrap();
    let west: Vec<_> = (0..200)
        .map(|i| west_start + Duration::seconds(i))
        .collect();
    school_with_visits(&app, "west", chrono_tz::Etc::GMTPlus12, 10, &west).await;
    let east = [Utc.with_ymd_and_hms(2026, 10, 7, 12, 45, 0).unwrap()];
    school_with_visits(&app, "east", chrono_tz::Pacific::Kiritimati, 20, &east).await;
    let scheduler = &app.app.scheduler;

    app.clock
        .set(Utc.with_ymd_and_hms(2026, 10, 7, 4, 0, 0).unwrap());
    let pass = scheduler.step().await.unwrap();

    assert_eq!(pass.reminders, 1, "the east visit, due since 03:00 UTC");
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM visits v JOIN slots s ON s.id = v.slot_id
             WHERE v.reminded_at IS NOT NULL AND s.start_at = 1791377100"
        )
        .await,
        1,
        "it is the east visit that was reminded"
    );

    app.clock
        .set(Utc.with_ymd_and_hms(2026, 10, 7, 5, 0, 0).unwrap());
    assert_eq!(
        scheduler.step().await.unwrap().reminders,
        200,
        "then the west ones, all in one pass"
    );
    app.stop().await;
}

on_both_databases!(a_due_reminder_behind_two_hundred_not_yet_due_visits_is_sent);
