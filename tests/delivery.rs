//! The outbound queue against the fake provider, on SQLite and PostgreSQL: a provider that is
//! down gets everything once it recovers, in order per phone; 21610 opts a family out; STOP
//! cancels what was queued; a send whose answer never came is settled by its callback and
//! never re-sent; callbacks never move a status backwards; quiet hours wait for morning.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::app::{NowUtc, TestApp, spawn_app, spawn_app_with};
use common::db::TestDb;
use homevisit::store::messages::{self, Party};

const IRYNA: &str = "+19165550205";
const LAYLA: &str = "+19165550206";

async fn queue(app: &TestApp, phone: &str, bodies: &[&str]) {
    let mut tx = app.db.begin().await.unwrap();
    let now = app.clock.now_utc();
    for body in bodies {
        messages::enqueue(&mut tx, Party::default(), phone, body, 1, now, now)
            .await
            .unwrap();
    }
    tx.commit().await.unwrap();
}

async fn a_provider_that_is_down_gets_everything_after_it_recovers_in_order(t: TestDb) {
    let app = spawn_app(t).await;
    queue(&app, "+14155550111", &["one", "two", "three"]).await;
    queue(&app, "+14155550122", &["uno", "dos"]).await;
    app.provider.fail_next(3, 503);
    app.drain().await;
    assert!(
        app.provider.sent().len() < 5,
        "some sends failed and wait for their retry"
    );
    for _ in 0..10 {
        app.clock.advance(Duration::minutes(15));
        app.drain().await;
    }
    let bodies = |n: &str| {
        app.provider
            .sent_to(n)
            .into_iter()
            .map(|m| m.body)
            .collect::<Vec<_>>()
    };
    assert_eq!(bodies("+14155550111"), ["one", "two", "three"]);
    assert_eq!(bodies("+14155550122"), ["uno", "dos"]);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
            .await,
        5
    );
    assert!(
        app.provider.attempts().len() >= 8,
        "the failed attempts happened"
    );
    app.stop().await;
}

async fn a_21610_refusal_opts_the_family_out_and_shows_in_the_report(t: TestDb) {
    let app = spawn_app(t).await;
    app.provider.opt_out(LAYLA);
    let campaign = app.launch(None).await.campaign.unwrap();
    app.drain().await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM families WHERE opted_out_at IS NOT NULL")
            .await,
        1
    );
    let report = app.report(campaign).await;
    assert_eq!(report.counts.opted_out, 1);
    assert_eq!(report.failed_by_code.get("21610"), Some(&1));
    // Nothing is tried again for that number.
    let tried = app.provider.attempts().len();
    app.clock.advance(Duration::hours(2));
    app.drain().await;
    assert_eq!(app.provider.attempts().len(), tried);
    app.stop().await;
}

async fn stop_mid_campaign_cancels_that_numbers_queued_texts(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.text(IRYNA, "Stop").await;
    app.drain().await;
    assert!(
        app.provider.sent_to(IRYNA).is_empty(),
        "the queued invitation was cancelled"
    );
    // Four texts and Mai's call (her roster contact is voice).
    assert_eq!(app.provider.outreach(), 5);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE state = 'cancelled'")
            .await,
        1
    );
    app.stop().await;
}

async fn a_send_without_an_answer_is_settled_by_its_callback_and_never_resent(t: TestDb) {
    let app = spawn_app_with(t, &[("HOMEVISIT_PROVIDER_TIMEOUT", "1")]).await;
    queue(&app, "+14155550133", &["did it go?"]).await;
    app.provider.hang_next(1);
    app.drain().await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE state = 'unknown'")
            .await,
        1
    );
    app.clock.advance(Duration::hours(1));
    app.drain().await;
    assert_eq!(app.provider.attempts().len(), 1, "never blindly re-sent");
    let sent = app.provider.sent_to("+14155550133");
    assert_eq!(sent.len(), 1);
    let callback = app
        .provider
        .send_status_callback(&sent[0].sid, "delivered", None)
        .await;
    assert_eq!(callback.status, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
            .await,
        1
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM messages WHERE status = 'delivered' AND provider_sid IS NOT NULL"
        )
        .await,
        1
    );
    app.stop().await;
}

async fn status_callbacks_never_move_a_message_backwards(t: TestDb) {
    let app = spawn_app(t).await;
    queue(&app, "+14155550144", &["hello"]).await;
    app.drain().await;
    let sid = app.provider.sent()[0].sid.clone();
    app.provider
        .send_status_callback(&sid, "delivered", None)
        .await;
    app.provider.send_status_callback(&sid, "sent", None).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE status = 'delivered'")
            .await,
        1
    );
    app.provider
        .send_status_callback(&sid, "undelivered", Some(30003))
        .await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE status = 'delivered'")
            .await,
        1
    );
    app.stop().await;
}

async fn texts_due_in_quiet_hours_wait_for_local_morning(t: TestDb) {
    let app = spawn_app_with(t, &[("HOMEVISIT_QUIET_HOURS", "21:00-08:00")]).await;
    // 22:00 in Los Angeles (PDT, UTC-7).
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 2, 5, 0, 0).unwrap());
    app.launch(None).await;
    app.drain().await;
    assert_eq!(
        app.provider.outreach(),
        0,
        "nobody is texted or called at night"
    );
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 2, 14, 59, 0).unwrap());
    app.drain().await;
    assert_eq!(app.provider.outreach(), 0, "07:59 is still night");
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 9, 2, 15, 0, 0).unwrap());
    app.drain().await;
    assert_eq!(app.provider.outreach(), 6);
    app.stop().await;
}

on_both_databases!(
    a_provider_that_is_down_gets_everything_after_it_recovers_in_order,
    a_21610_refusal_opts_the_family_out_and_shows_in_the_report,
    stop_mid_campaign_cancels_that_numbers_queued_texts,
    a_send_without_an_answer_is_settled_by_its_callback_and_never_resent,
    status_callbacks_never_move_a_message_backwards,
    texts_due_in_quiet_hours_wait_for_local_morning,
);
