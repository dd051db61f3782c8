//! A campaign launch or a roster import of thousands of families, while families keep texting:
//! every text is answered 200 and stored, and some are answered and stored while the long write
//! is still going on (on SQLite the launch used to hold the one write lock for its whole run,
//! and a text arriving meanwhile got a 5xx that Twilio does not retry). Also: a dry run writes
//! nothing, and a launch that died before it finished is resumed, not repeated.
//!
//! The long write runs in its own task on its own connection pool, as `homevisit campaign
//! launch` would in its own process.

mod common;

use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::{Duration, Instant};

use common::app::{NowUtc, TestApp, spawn_app};
use common::db::TestDb;
use homevisit::campaign::{self, Launch};
use homevisit::store::Db;
use tokio::task::JoinHandle;

/// Families in the generated roster of the import and the launch under traffic.
const FAMILIES: usize = 1500;
/// Fixture families who text while the long write runs.
const TEXTERS: [&str; 3] = ["+19165550201", "+19165550202", "+19165550204"];

/// A roster of `n` families, one student each, in English and Spanish.
fn roster(n: usize) -> String {
    let mut csv = String::from("student,guardian,phone,language\n");
    for i in 0..n {
        let language = if i % 2 == 0 { "en" } else { "es" };
        csv += &format!(
            "Kid {i},Parent {i},+1916{:03}{:04},{language}\n",
            300 + i / 10_000,
            i % 10_000
        );
    }
    csv
}

/// One text that was answered: its status, how long the answer took, its sid, and whether the
/// long write was still running when the answer came back.
struct Answer {
    status: u16,
    latency: Duration,
    sid: String,
    during: bool,
}

/// Texts from the fixture families, one after another, until `work` has finished; the first
/// text goes out before `started` is set, so the server is known to be answering.
async fn text_until_done<T>(
    app: &TestApp,
    started: Arc<AtomicBool>,
    work: JoinHandle<T>,
) -> (T, Vec<Answer>) {
    let mut answers = Vec::new();
    let mut i = 0;
    loop {
        let done = work.is_finished();
        let params = app.provider.inbound_sms(
            TEXTERS[i % TEXTERS.len()],
            common::app::OUR_NUMBER,
            "hello?",
        );
        let sid = params
            .iter()
            .find(|(k, _)| k == "MessageSid")
            .map(|(_, v)| v.clone())
            .unwrap();
        let sent = Instant::now();
        let reply = app.post(&params).await;
        answers.push(Answer {
            status: reply.status.as_u16(),
            latency: sent.elapsed(),
            sid,
            during: started.load(Ordering::SeqCst) && !work.is_finished(),
        });
        started.store(true, Ordering::SeqCst);
        i += 1;
        if done {
            break;
        }
    }
    (work.await.expect("the long write does not panic"), answers)
}

/// Every text answered 200 and stored; at least one answered while the write was running.
async fn assert_every_text_answered(app: &TestApp, answers: &[Answer], what: &str) {
    for a in answers {
        assert_eq!(
            a.status, 200,
            "a text during the {what} was answered {}",
            a.status
        );
        let stored = app
            .count(&format!(
                "SELECT COUNT(*) FROM messages WHERE direction = 'in' AND provider_sid = '{}'",
                a.sid
            ))
            .await;
        assert_eq!(stored, 1, "every text answered is stored");
    }
    let during = answers.iter().filter(|a| a.during).count();
    assert!(
        during >= 1,
        "at least one text was answered and stored while the {what} was still running"
    );
    let slowest = answers.iter().map(|a| a.latency).max().unwrap_or_default();
    let mut latencies: Vec<_> = answers.iter().map(|a| a.latency).collect();
    latencies.sort();
    eprintln!(
        "{} on {}: {} texts answered ({during} while it ran), median {:?}, slowest {slowest:?}",
        what,
        app.db.dialect(),
        answers.len(),
        latencies[latencies.len() / 2],
    );
}

/// A separate connection pool on the app's database, as a CLI process would have.
async fn own_pool(app: &TestApp) -> Db {
    Db::connect(&app.app.state.config.database_url)
        .await
        .expect("a second pool opens")
}

/// Launches "Fall visits" in its own task on `db`, once `go` is set.
fn launch_on(db: Db, app: &TestApp, dry_run: bool, go: Arc<AtomicBool>) -> JoinHandle<Launch> {
    let state = app.app.state.clone();
    let now = app.clock.now_utc();
    tokio::spawn(async move {
        while !go.load(Ordering::SeqCst) {
            tokio::task::yield_now().await;
        }
        let began = Instant::now();
        let launched = campaign::launch(
            &db,
            &state.config,
            &state.locales,
            campaign::Request {
                school: "lincoln",
                name: "Fall visits",
                sampling: None,
                dry_run,
                second_visit_of: None,
            },
            now,
        )
        .await
        .expect("campaign launches");
        eprintln!(
            "launch of {} families on {}: {:?}",
            launched.roster,
            db.dialect(),
            began.elapsed()
        );
        db.close().await;
        launched
    })
}

async fn texts_during_an_import_of_thousands_of_families_are_all_answered(t: TestDb) {
    let app = spawn_app(t).await;
    let db = own_pool(&app).await;
    let started = Arc::new(AtomicBool::new(false));
    let now = app.clock.now_utc();
    let csv = roster(FAMILIES);
    let go = started.clone();
    let import = tokio::spawn(async move {
        while !go.load(Ordering::SeqCst) {
            tokio::task::yield_now().await;
        }
        let began = Instant::now();
        let imported = homevisit::import::families(&db, "lincoln", csv.as_bytes(), now)
            .await
            .expect("the roster imports");
        eprintln!(
            "import of {} rows on {}: {:?}",
            imported.rows,
            db.dialect(),
            began.elapsed()
        );
        db.close().await;
        imported
    });

    let (imported, answers) = text_until_done(&app, started, import).await;

    assert_eq!(imported.records, FAMILIES);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM families").await,
        FAMILIES as i64 + 6
    );
    assert_every_text_answered(&app, &answers, "import").await;
    app.stop().await;
}

async fn texts_during_a_launch_to_thousands_of_families_are_all_answered(t: TestDb) {
    let app = spawn_app(t).await;
    homevisit::import::families(
        &app.db,
        "lincoln",
        roster(FAMILIES).as_bytes(),
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    let started = Arc::new(AtomicBool::new(false));
    let launch = launch_on(own_pool(&app).await, &app, false, started.clone());

    let (launched, answers) = text_until_done(&app, started, launch).await;

    assert_eq!(launched.roster, FAMILIES + 6);
    assert_eq!(launched.no_open_slot, 0);
    assert_eq!(
        launched.invited + launched.opted_out_skipped,
        launched.roster
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM invitations").await,
        launched.invited as i64,
        "one invitation per family invited"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM campaigns WHERE launch_finished_at IS NOT NULL")
            .await,
        1,
        "the campaign records that its launch finished"
    );
    assert_every_text_answered(&app, &answers, "launch").await;
    app.stop().await;
}

async fn a_dry_run_counts_what_the_launch_then_does_and_writes_nothing(t: TestDb) {
    let app = spawn_app(t).await;
    homevisit::import::families(
        &app.db,
        "lincoln",
        roster(300).as_bytes(),
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    let messages_before = app.count("SELECT COUNT(*) FROM messages").await;

    let go = Arc::new(AtomicBool::new(true));
    let dry = launch_on(own_pool(&app).await, &app, true, go)
        .await
        .unwrap();

    assert!(dry.dry_run);
    assert_eq!(dry.campaign, None);
    assert_eq!(app.count("SELECT COUNT(*) FROM campaigns").await, 0);
    assert_eq!(app.count("SELECT COUNT(*) FROM invitations").await, 0);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages").await,
        messages_before
    );

    let real = app.launch(None).await;
    assert_eq!(
        (
            real.roster,
            real.invited,
            real.opted_out_skipped,
            real.no_open_slot,
            real.segments
        ),
        (
            dry.roster,
            dry.invited,
            dry.opted_out_skipped,
            dry.no_open_slot,
            dry.segments
        )
    );
    assert_eq!(real.by_language, dry.by_language);
    app.stop().await;
}

async fn a_launch_that_did_not_finish_is_resumed_without_inviting_anyone_twice(t: TestDb) {
    let app = spawn_app(t).await;
    homevisit::import::families(
        &app.db,
        "lincoln",
        roster(260).as_bytes(),
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    let first = app.launch(None).await;
    let queued = app.count("SELECT COUNT(*) FROM outbox").await;
    // As if the process had died after its last batch of invitations, and a family had been
    // added to the roster before the coordinator launched again.
    let unfinish = "UPDATE campaigns SET launch_finished_at = NULL";
    match &app.db {
        Db::Sqlite(pool) => sqlx::query(unfinish).execute(pool).await.map(drop),
        Db::Postgres(pool) => sqlx::query(unfinish).execute(pool).await.map(drop),
    }
    .unwrap();
    homevisit::import::families(
        &app.db,
        "lincoln",
        b"student,guardian,phone,language\nNew Kid,New Parent,+19164000001,en\n",
        app.clock.now_utc(),
    )
    .await
    .unwrap();

    let again = app.launch(None).await;

    assert_eq!(again.campaign, first.campaign, "the same campaign, resumed");
    assert_eq!(again.invited, first.invited + 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM outbox").await,
        queued + 1,
        "only the new family is texted"
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM campaigns").await, 1);
    app.stop().await;
}

on_both_databases!(
    texts_during_an_import_of_thousands_of_families_are_all_answered,
    texts_during_a_launch_to_thousands_of_families_are_all_answered,
    a_dry_run_counts_what_the_launch_then_does_and_writes_nothing,
    a_launch_that_did_not_finish_is_resumed_without_inviting_anyone_twice,
);
