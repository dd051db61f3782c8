//! Sending safely, on SQLite and PostgreSQL, through the real webhooks and the real sender
//! against the fake provider, with the clock moved by hand:
//! - quiet hours hold when a text is sent, not only when it was queued (a launch at 20:59, a
//!   retry that falls after 21:00);
//! - after STOP only an opt-in word (START) opts back in; "ok", "thanks", 👍 or "yes" get nothing;
//! - a STOP is kept per phone, whoever sends it (a number on no roster, imported later), and
//!   the provider's `OptOutType` is obeyed;
//! - a send whose process died (or whose answer never came) is looked up at the provider, never
//!   re-sent blindly, and a process whose claim ran out cannot overwrite the new owner's result;
//! - a time that has passed is never booked;
//! - `serve` without credentials refuses to start unless the simulated provider is chosen.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::app::{NowUtc, OUR_NUMBER, TestApp, spawn_app, spawn_app_with};
use common::db::TestDb;
use homevisit::store::messages::{self, Party};
use homevisit::store::outbox;

const MARIA: &str = "+19165550201";
const IRYNA: &str = "+19165550205";
const STRANGER: &str = "+19165550299";

/// 20:59:50 in Los Angeles (PDT, UTC-7) on 2026-09-01.
fn just_before_quiet_hours() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 2, 3, 59, 50).unwrap()
}

/// 08:00 the next morning in Los Angeles.
fn next_local_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 2, 15, 0, 0).unwrap()
}

fn quiet() -> [(&'static str, &'static str); 1] {
    [("HOMEVISIT_QUIET_HOURS", "21:00-08:00")]
}

async fn sends_one(app: &TestApp) -> usize {
    let before = app.provider.sent().len();
    app.app.sender.step().await.expect("a sender step");
    app.provider.sent().len() - before
}

async fn a_launch_at_20_59_stops_texting_at_21_00_and_resumes_at_8(t: TestDb) {
    let app = spawn_app_with(t, &quiet()).await;
    app.clock.set(just_before_quiet_hours());
    let launch = app.launch(None).await;
    assert!(launch.invited >= 5, "{launch:?}");
    assert_eq!(sends_one(&app).await, 1, "20:59:50 is outside quiet hours");

    app.clock
        .set(just_before_quiet_hours() + Duration::seconds(15)); // 21:00:05
    app.drain().await;
    assert_eq!(
        app.provider.sent().len(),
        1,
        "nothing goes out after 21:00 local, though every text was due before it"
    );
    let waiting = app
        .count(&format!(
            "SELECT COUNT(*) FROM outbox WHERE state = 'queued' AND not_before = {}",
            next_local_morning().timestamp()
        ))
        .await;
    assert_eq!(waiting as usize, launch.invited - 1, "all wait for 08:00");

    app.clock.set(next_local_morning() - Duration::seconds(1));
    app.drain().await;
    assert_eq!(app.provider.sent().len(), 1, "07:59:59 is still quiet");
    app.clock.set(next_local_morning());
    app.drain().await;
    assert_eq!(app.provider.outreach(), launch.invited);
    app.stop().await;
}

async fn a_retry_that_falls_in_quiet_hours_waits_for_morning(t: TestDb) {
    let app = spawn_app_with(t, &quiet()).await;
    app.clock.set(just_before_quiet_hours());
    let mut tx = app.db.begin().await.unwrap();
    let school: i64 = 1;
    let party = Party {
        school_id: Some(school),
        ..Party::default()
    };
    let now = app.clock.now_utc();
    messages::enqueue(&mut tx, party, MARIA, "hello", 1, now, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app.provider.fail_next(1, 503);
    app.drain().await;
    assert!(app.provider.sent().is_empty(), "the provider was down");
    // The backoff (2–3 s) ends after 21:00.
    app.clock
        .set(just_before_quiet_hours() + Duration::seconds(20));
    app.drain().await;
    assert!(app.provider.sent().is_empty(), "no retry in quiet hours");
    app.clock.set(next_local_morning());
    app.drain().await;
    assert_eq!(app.provider.sent_to(MARIA).len(), 1);
    app.stop().await;
}

async fn after_stop_only_start_opts_back_in(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    let stop = app.text(MARIA, "STOP").await;
    assert!(stop.body.contains("<Message>"), "one confirmation");
    for word in ["ok", "Ok thanks", "👍", "yes", "sí", "1", "gracias"] {
        let reply = app.text(MARIA, word).await;
        assert_eq!(reply.status, 200);
        assert!(
            !reply.body.contains("<Message>"),
            "{word:?} after STOP gets nothing: {}",
            reply.body
        );
    }
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM phone_opt_outs WHERE phone = '{MARIA}'"
        ))
        .await,
        1,
        "still opted out"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits").await,
        0,
        "\"1\" after STOP booked nothing"
    );
    let start = app.text(MARIA, "START").await;
    assert!(start.body.contains("<Message>"), "{}", start.body);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM phone_opt_outs WHERE phone = '{MARIA}'"
        ))
        .await,
        0
    );
    app.stop().await;
}

async fn a_stop_from_a_number_on_no_roster_holds_when_it_is_imported_later(t: TestDb) {
    let app = spawn_app(t).await;
    let reply = app.text(STRANGER, "stop").await;
    assert_eq!(reply.status, 200);
    assert!(reply.body.contains("<Message>"), "confirmed once");
    assert!(
        !app.text(STRANGER, "STOP").await.body.contains("<Message>"),
        "only once"
    );
    let csv = format!("student,guardian,phone,language\nNoor Ali,Amina Ali,{STRANGER},Arabic\n");
    homevisit::import::families(&app.db, "lincoln", csv.as_bytes(), app.clock.now_utc())
        .await
        .expect("import");
    let launch = app.launch(None).await;
    assert_eq!(launch.opted_out_skipped, 1, "{launch:?}");
    app.drain().await;
    assert!(
        app.provider.sent_to(STRANGER).is_empty(),
        "an opted-out number is never invited, whichever row it is on"
    );
    let reply = app.text(STRANGER, "hello").await;
    assert!(!reply.body.contains("<Message>"), "{}", reply.body);
    app.text(STRANGER, "START").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM families WHERE phone = '{STRANGER}' AND opted_out_at IS NULL"
        ))
        .await,
        1,
        "START opted the new row in"
    );
    app.stop().await;
}

async fn the_providers_opt_out_type_is_obeyed(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    // The provider matched its own custom keyword and already answered the family.
    let mut params = app.provider.inbound_sms(IRYNA, OUR_NUMBER, "Finish");
    params.push(("OptOutType".into(), "STOP".into()));
    let reply = app.post(&params).await;
    assert_eq!(reply.status, 200);
    assert!(!reply.body.contains("<Message>"), "the provider answered");
    app.drain().await;
    assert!(
        app.provider.sent_to(IRYNA).is_empty(),
        "the queued invitation was cancelled"
    );
    let mut params = app.provider.inbound_sms(IRYNA, OUR_NUMBER, "Resume");
    params.push(("OptOutType".into(), "START".into()));
    app.post(&params).await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM phone_opt_outs WHERE phone = '{IRYNA}'"
        ))
        .await,
        0
    );
    app.stop().await;
}

async fn a_plain_language_stop_is_kept_and_the_coordinator_told(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "please stop texting me").await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM phone_opt_outs WHERE phone = '{MARIA}' AND source = 'sentence'"
        ))
        .await,
        1,
        "a plain request to stop is a STOP"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE '%plain-language%'")
            .await,
        1,
        "and the coordinator is told"
    );
    // A keyword is not a sentence: no note.
    app.text(IRYNA, "STOP").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE '%plain-language%'")
            .await,
        1
    );
    app.stop().await;
}

async fn a_claim_that_ran_out_is_looked_up_not_resent(t: TestDb) {
    let app = spawn_app(t).await;
    let now = app.clock.now_utc();
    let mut tx = app.db.begin().await.unwrap();
    messages::enqueue(&mut tx, Party::default(), MARIA, "one", 1, now, now)
        .await
        .unwrap();
    messages::enqueue(&mut tx, Party::default(), IRYNA, "two", 1, now, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // A process claims Maria's text, sends it, and dies before recording the outcome.
    let lease = now + Duration::seconds(30);
    let dead = outbox::claim(&app.app.sender.writes, now, lease, None)
        .await
        .unwrap()
        .expect("a claim");
    assert_eq!(dead.phone, MARIA);
    let Some(sid) = app.send_directly(MARIA, "one").await else {
        panic!("the fake takes the text");
    };
    // Before the lease runs out, nobody else takes it.
    app.drain().await;
    assert_eq!(app.provider.sent_to(MARIA).len(), 1);
    // After it, the text is looked up and settled, not sent again.
    app.clock.set(lease + Duration::seconds(1));
    app.drain().await;
    assert_eq!(app.provider.sent_to(MARIA).len(), 1, "never re-sent");
    assert!(app.provider.lookups() >= 1, "it was looked up");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM messages WHERE provider_sid = '{sid}'"
        ))
        .await,
        1,
        "its sid is recorded"
    );
    // The dead process wakes up late: its claim token no longer holds, nothing is overwritten.
    let retried = outbox::retry(&app.app.sender.writes, &dead, now, "late")
        .await
        .unwrap();
    assert!(!retried, "a lost claim cannot requeue the text");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox WHERE state = 'sent'")
            .await,
        2
    );
    app.stop().await;
}

async fn a_claim_that_ran_out_before_the_send_is_sent_once(t: TestDb) {
    let app = spawn_app(t).await;
    let now = app.clock.now_utc();
    let mut tx = app.db.begin().await.unwrap();
    messages::enqueue(&mut tx, Party::default(), MARIA, "one", 1, now, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Claimed, then the process died before any request left.
    let lease = now + Duration::seconds(30);
    outbox::claim(&app.app.sender.writes, now, lease, None)
        .await
        .unwrap()
        .expect("a claim");
    app.clock.set(lease + Duration::seconds(1));
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(MARIA).len(),
        1,
        "the provider did not have it, so it was sent, once"
    );
    app.stop().await;
}

async fn a_time_that_has_passed_is_never_booked(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    let invitation = app.provider.sent_to(MARIA)[0].body.clone();
    assert!(invitation.contains('1'), "{invitation}");
    // The family answers weeks later, after every offered time.
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 12, 1, 18, 0, 0).unwrap());
    let reply = app.text(MARIA, "1").await;
    assert_eq!(reply.status, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits").await,
        0,
        "nothing booked in the past: {}",
        reply.body
    );
    app.stop().await;
}

async fn a_flood_of_texts_gets_a_bounded_number_of_answers(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    let mut answered = 0;
    for i in 0..30 {
        let reply = app.text(MARIA, &format!("1 or 2? {i}")).await;
        assert_eq!(reply.status, 200);
        if reply.body.contains("<Message>") {
            answered += 1;
        }
    }
    assert_eq!(answered, homevisit::MAX_REPLIES_PER_HOUR);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND phone = '{MARIA}'"
        ))
        .await,
        30,
        "every text is stored"
    );
    app.clock.advance(Duration::hours(1));
    let after_an_hour = app.text(MARIA, "cambiar").await;
    assert!(
        after_an_hour.body.contains("<Message>"),
        "{}",
        after_an_hour.body
    );
    // STOP is always confirmed, cap or not.
    for i in 0..25 {
        app.text(IRYNA, &format!("1 or 2? {i}")).await;
    }
    assert!(app.text(IRYNA, "STOP").await.body.contains("<Message>"));
    app.stop().await;
}

/// `TWILIO_FROM` with several numbers: each family always hears from one number (the same one
/// for every text), several numbers are used, and concurrent senders (one per number) send
/// every text once, each family's in order.
async fn several_numbers_each_family_hears_from_one_and_concurrent_senders_send_once(t: TestDb) {
    const NUMBERS: &str = "+15005550006, +15005550007,+15005550008";
    let app = spawn_app_with(t, &[("TWILIO_FROM", NUMBERS)]).await;
    let config = &app.app.state.config;
    assert_eq!(config.send_workers, 3, "one sender per number by default");
    let homevisit::config::ProviderConfig::Twilio {
        sender: numbers, ..
    } = &config.provider
    else {
        panic!("the test app uses the fake Twilio");
    };
    let launch = app.launch(None).await;
    // A second text to MARIA, queued behind her invitation.
    let mut tx = app.db.begin().await.unwrap();
    let now = app.clock.now_utc();
    let party = Party {
        school_id: Some(1),
        ..Party::default()
    };
    messages::enqueue(&mut tx, party, MARIA, "see you soon", 1, now, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    // Each concurrent sender budgets for a different due text; when fewer are due than
    // senders, the others have none (two budgeting for one text would waste its number's rate).
    let due = app
        .count(&format!(
            "SELECT COUNT(*) FROM outbox o WHERE o.state = 'queued' AND o.not_before <= {}
               AND NOT EXISTS (SELECT 1 FROM outbox p WHERE p.phone = o.phone AND p.id < o.id
                                 AND p.state IN ('queued', 'sending', 'unknown'))",
            now.timestamp()
        ))
        .await as usize;
    assert!(due >= 3, "{due}");
    assert!(outbox::peek(&app.db, now, due - 1).await.unwrap().is_some());
    assert!(outbox::peek(&app.db, now, due).await.unwrap().is_none());
    let sender = &app.app.sender;
    loop {
        let (a, b, c) = tokio::join!(sender.step_as(0), sender.step_as(1), sender.step_as(2));
        let steps = [a.unwrap(), b.unwrap(), c.unwrap()];
        if steps
            .iter()
            .all(|s| *s == homevisit::jobs::sender::Step::Idle)
        {
            break;
        }
    }
    let sent = app.provider.sent();
    assert_eq!(
        sent.len() + app.provider.calls().len(),
        launch.invited + 1,
        "every invitation (a call for the family that takes calls) and the second text, once"
    );
    let mut used: Vec<&str> = Vec::new();
    for message in &sent {
        let from = message.from.as_deref().expect("sent from a number");
        assert_eq!(Some(from), numbers.number_for(&message.to), "{message:?}");
        assert!(NUMBERS.contains(from), "{from}");
        if !used.contains(&from) {
            used.push(from);
        }
    }
    assert!(
        used.len() >= 2,
        "the texts spread over the numbers: {used:?}"
    );
    let to_maria = app.provider.sent_to(MARIA);
    assert_eq!(to_maria.len(), 2, "{to_maria:?}");
    assert_eq!(to_maria[1].body, "see you soon", "her texts in order");
    assert_eq!(to_maria[0].from, to_maria[1].from, "one family, one number");
    let mut phones: Vec<&str> = sent.iter().map(|m| m.to.as_str()).collect();
    phones.sort_unstable();
    phones.dedup();
    assert_eq!(phones.len(), sent.len() - 1, "only MARIA texted twice");
    app.stop().await;
}

on_both_databases!(
    a_flood_of_texts_gets_a_bounded_number_of_answers,
    a_launch_at_20_59_stops_texting_at_21_00_and_resumes_at_8,
    a_retry_that_falls_in_quiet_hours_waits_for_morning,
    after_stop_only_start_opts_back_in,
    a_stop_from_a_number_on_no_roster_holds_when_it_is_imported_later,
    the_providers_opt_out_type_is_obeyed,
    a_plain_language_stop_is_kept_and_the_coordinator_told,
    a_claim_that_ran_out_is_looked_up_not_resent,
    a_claim_that_ran_out_before_the_send_is_sent_once,
    a_time_that_has_passed_is_never_booked,
    several_numbers_each_family_hears_from_one_and_concurrent_senders_send_once,
);

/// `homevisit serve` on a SQLite file `hv.db` in `dir`, on any free port.
fn serve_in(dir: &std::path::Path) -> std::process::Command {
    let mut serve = std::process::Command::new(env!("CARGO_BIN_EXE_homevisit"));
    serve
        .arg("serve")
        .env("DATABASE_URL", format!("sqlite://{}/hv.db", dir.display()))
        .env("HOMEVISIT_LISTEN", "127.0.0.1:0");
    serve
}

#[test]
fn serve_without_credentials_refuses_to_start_and_names_them() {
    let dir = tempfile::tempdir().unwrap();
    let output = serve_in(dir.path())
        .env_remove("TWILIO_ACCOUNT_SID")
        .env_remove("TWILIO_AUTH_TOKEN")
        .env_remove("HOMEVISIT_PROVIDER")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    let line = stderr.trim();
    assert!(
        line.contains("TWILIO_ACCOUNT_SID") && line.contains("TWILIO_AUTH_TOKEN"),
        "{stderr}"
    );
    assert!(line.contains("HOMEVISIT_PROVIDER=simulated"), "{stderr}");
    assert_eq!(line.lines().count(), 1, "one line: {stderr}");
}

#[test]
fn twilio_mode_refuses_a_plain_http_public_url() {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_homevisit"))
        .arg("serve")
        .env("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef")
        .env("TWILIO_AUTH_TOKEN", "token")
        .env("TWILIO_FROM", "+15005550006")
        .env("HOMEVISIT_PUBLIC_URL", "http://visits.example.org")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("HOMEVISIT_PUBLIC_URL"), "{stderr}");
}

/// A text the webhook answered must survive a power cut, not only a crash: SQLite syncs every
/// commit (`synchronous=FULL`) unless `HOMEVISIT_SQLITE_SYNCHRONOUS=normal` says otherwise.
#[tokio::test]
async fn sqlite_syncs_every_commit_by_default() {
    if std::env::var_os("HOMEVISIT_SQLITE_SYNCHRONOUS").is_some() {
        println!("skipped: HOMEVISIT_SQLITE_SYNCHRONOUS is set in this environment");
        return;
    }
    let dir = tempfile::tempdir().unwrap();
    let url = format!("sqlite://{}/hv.db", dir.path().display());
    let db = homevisit::store::Db::connect(&url).await.unwrap();
    let homevisit::store::Db::Sqlite(pool) = &db else {
        panic!("a sqlite URL opens SQLite");
    };
    let level: i64 = sqlx::query_scalar("PRAGMA synchronous")
        .fetch_one(pool)
        .await
        .unwrap();
    assert_eq!(level, 2, "2 is FULL");
    db.close().await;
}

#[test]
fn an_unknown_sqlite_synchronous_setting_is_refused_by_name() {
    let dir = tempfile::tempdir().unwrap();
    let output = serve_in(dir.path())
        .env("HOMEVISIT_SQLITE_SYNCHRONOUS", "off")
        .env("HOMEVISIT_PROVIDER", "simulated")
        .output()
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("HOMEVISIT_SQLITE_SYNCHRONOUS"), "{stderr}");
    assert!(
        !dir.path().join("hv.db").exists(),
        "nothing created: {stderr}"
    );
}
