//! Reminders, follow-ups and educators' DONE/CANT, on the injected clock (no sleeping), on
//! SQLite and PostgreSQL.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::app::{NowUtc, OUR_NUMBER, spawn_app};
use common::db::TestDb;

const MARIA: &str = "+19165550201";
const THANH: &str = "+19165550202";
const IRYNA: &str = "+19165550205";
const ANA: &str = "+19165550101";
const BEN: &str = "+19165550102";
const MAI: &str = "+19165550203";

async fn one_gentle_follow_up_after_three_days_and_never_a_second(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "1").await; // answered
    app.text(THANH, "không").await; // declined
    app.text(IRYNA, "STOP").await; // opted out
    let scheduler = &app.app.scheduler;

    app.clock.advance(Duration::days(2) + Duration::hours(23));
    assert_eq!(scheduler.step().await.unwrap().follow_ups, 0, "not yet");
    app.clock.advance(Duration::hours(2));
    let pass = scheduler.step().await.unwrap();
    assert_eq!(pass.follow_ups, 3, "the three families who never answered");
    app.drain().await;
    for phone in [MARIA, THANH, IRYNA] {
        assert_eq!(
            app.provider.sent_to(phone).len(),
            1,
            "{phone}: only the invitation"
        );
    }
    app.clock.advance(Duration::days(5));
    assert_eq!(
        scheduler.step().await.unwrap().follow_ups,
        0,
        "never a second"
    );
    app.drain().await;
    assert_eq!(
        app.provider.outreach(),
        6 + 3 + 2,
        "invitations, follow-ups (Mai's by phone), Maria's educators"
    );
    app.stop().await;
}

async fn the_day_before_at_five_the_family_and_both_educators_are_reminded_once(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "1").await; // Ana & Ben, Tue 2026-10-06 16:00 PDT
    app.drain().await;
    let scheduler = &app.app.scheduler;
    // Monday 16:59 PDT: not yet.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 10, 5, 23, 59, 0).unwrap());
    assert_eq!(scheduler.step().await.unwrap().reminders, 0);
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 10, 6, 0, 0, 0).unwrap());
    assert_eq!(scheduler.step().await.unwrap().reminders, 1);
    assert_eq!(scheduler.step().await.unwrap().reminders, 0, "once");
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(MARIA).len(),
        2,
        "invitation and reminder"
    );
    assert_eq!(
        app.provider.sent_to(ANA).len(),
        2,
        "confirmation and reminder"
    );
    assert_eq!(app.provider.sent_to(BEN).len(), 2);
    app.stop().await;
}

async fn done_completes_the_visit_for_both_and_a_second_done_changes_nothing(t: TestDb) {
    let app = spawn_app(t).await;
    let campaign = app.launch(None).await.campaign.unwrap();
    app.text(MARIA, "1").await;
    // Before the visit: nothing to mark.
    let early = app.text(BEN, "DONE").await;
    assert!(early.body.contains("<Message>"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'completed'")
            .await,
        0
    );
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 10, 6, 23, 40, 0).unwrap());
    let done = app.text(BEN, "done!").await;
    assert!(done.body.contains("Maria Hernandez"), "{}", done.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'completed'")
            .await,
        1
    );
    app.text(ANA, "DONE").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'completed'")
            .await,
        1
    );
    let report = app.report(campaign).await;
    assert_eq!((report.counts.completed, report.counts.accepted), (1, 1));
    app.stop().await;
}

async fn cant_goes_to_the_coordinator_and_the_family_is_not_told(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.text(MARIA, "1").await;
    app.drain().await;
    let to_maria = app.provider.sent_to(MARIA).len();
    let reply = app.text(ANA, "CANT my car broke down").await;
    assert!(reply.body.contains("<Message>"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason = 'educator cannot make a visit'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1,
        "the coordinator decides"
    );
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(MARIA).len(),
        to_maria,
        "the family hears nothing yet"
    );
    // Anything else from an educator goes to the inbox, never through a family's handling.
    app.text(BEN, "1").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason = 'text from an educator'")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM visits").await, 1);
    let _ = app.clock.now_utc();
    app.stop().await;
}

async fn an_educator_who_texts_stop_gets_nothing_until_start(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    // Maria books Ana and Ben's slot; both notices wait in the queue when Ana texts STOP.
    app.text(MARIA, "1").await;
    let stop = app.text(ANA, "STOP").await;
    assert!(stop.body.contains("<Message>"), "STOP is confirmed");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM educators WHERE opted_out_at IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE 'an educator texted STOP%'")
            .await,
        1,
        "the coordinator learns that Ana will hear of no new visit"
    );
    app.drain().await;
    assert_eq!(app.provider.sent_to(BEN).len(), 1);
    assert!(
        app.provider.sent_to(ANA).is_empty(),
        "the queued notice was cancelled"
    );
    // Confirmed once: a second STOP changes nothing and gets no answer.
    let again = app.text(ANA, "stop").await;
    assert!(!again.body.contains("<Message>"), "{}", again.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE 'an educator texted STOP%'")
            .await,
        1
    );
    // A phrase is not a keyword from an educator: it goes to the coordinator.
    app.text(BEN, "please take me off the Tuesday visit").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM educators WHERE opted_out_at IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason = 'text from an educator'")
            .await,
        1
    );
    // HELP is answered, unless the provider answered it already (OptOutType).
    let help = app.text(BEN, "HELP").await;
    assert!(help.body.contains("Lincoln Home Visits"), "{}", help.body);
    let mut answered = app.provider.inbound_sms(BEN, OUR_NUMBER, "HELP");
    answered.push(("OptOutType".into(), "HELP".into()));
    let help = app.post(&answered).await;
    assert!(!help.body.contains("<Message>"), "{}", help.body);
    // START: Ana hears of the next change. Ben has meanwhile opted out at the provider (21610).
    let start = app.text(ANA, "START").await;
    assert!(start.body.contains("<Message>"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM educators WHERE opted_in_at IS NOT NULL")
            .await,
        1,
        "START is recorded with its time"
    );
    app.provider.opt_out(BEN);
    app.text(MARIA, "NO").await;
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(ANA).len(),
        1,
        "Ana is told of the cancellation"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM educators WHERE opted_out_at IS NOT NULL AND phone = '+19165550102'"
        )
        .await,
        1,
        "a 21610 on an educator's text opts the educator out"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM educators WHERE opted_out_at IS NOT NULL")
            .await,
        1
    );
    app.stop().await;
}

async fn a_stop_blocks_every_text_to_that_phone_whoever_it_is_for(t: TestDb) {
    // Mai Yang's phone also belongs to an educator (a parent who visits, too). After the
    // family's STOP, a text for the educator at that phone is not sent either.
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(MAI, "STOP").await;
    let now = app.clock.now_utc();
    homevisit::import::educators(
        &app.db,
        "lincoln",
        b"name,phone\nMai Yang,+19165550203\n",
        now,
    )
    .await
    .unwrap();
    let educator = app
        .count("SELECT id FROM educators WHERE phone = '+19165550203'")
        .await;
    let mut tx = app.db.begin().await.unwrap();
    let party = homevisit::store::messages::Party {
        school_id: None,
        family_id: None,
        educator_id: Some(educator),
    };
    homevisit::store::messages::enqueue(&mut tx, party, MAI, "New visit: …", 1, now, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    let before = app.provider.sent_to(MAI).len();
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(MAI).len(),
        before,
        "nothing to a phone that said STOP"
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM outbox o JOIN messages m ON m.id = o.message_id
             WHERE m.educator_id IS NOT NULL AND o.state = 'cancelled'"
        )
        .await,
        1
    );
    app.stop().await;
}

on_both_databases!(
    one_gentle_follow_up_after_three_days_and_never_a_second,
    the_day_before_at_five_the_family_and_both_educators_are_reminded_once,
    done_completes_the_visit_for_both_and_a_second_done_changes_nothing,
    cant_goes_to_the_coordinator_and_the_family_is_not_told,
    an_educator_who_texts_stop_gets_nothing_until_start,
    a_stop_blocks_every_text_to_that_phone_whoever_it_is_for,
);
