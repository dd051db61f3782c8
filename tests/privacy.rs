//! Operating homevisit with families' data, on the real app and database files:
//! - `backup` while texts keep arriving: a copy that passes its integrity check and restores to
//!   the same report, created 0600;
//! - `forget`: no byte of the family (phone, names, words) stays in the database files, the
//!   report's counts are unchanged, and a forgotten STOP stays stopped through a re-import;
//! - retention erases old words with the injected clock and keeps the counts;
//! - `export` gives everything held about a phone;
//! - the SQLite file is created 0600.

mod common;

use std::os::unix::fs::PermissionsExt;
use std::path::PathBuf;

use chrono::Duration;
use common::app::{NowUtc, TestApp, spawn_app};
use common::db::TestDb;
use homevisit::store::Db;

const MARIA: &str = "+19165550201";

fn sqlite_path(app: &TestApp) -> PathBuf {
    let url = &app.app.state.config.database_url;
    PathBuf::from(url.strip_prefix("sqlite://").expect("a SQLite URL"))
}

/// The bytes of the database and its WAL, as a disk scan would read them.
fn database_bytes(path: &std::path::Path) -> Vec<u8> {
    let mut bytes = std::fs::read(path).expect("the database file");
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    if let Ok(more) = std::fs::read(&wal) {
        bytes.extend(more);
    }
    bytes
}

fn contains(haystack: &[u8], needle: &str) -> bool {
    haystack
        .windows(needle.len())
        .any(|w| w == needle.as_bytes())
}

fn report_json(report: &homevisit::report::Report) -> serde_json::Value {
    serde_json::to_value(report).unwrap()
}

/// Maria's family books, names a place, and writes words only she wrote.
async fn maria_talks(app: &TestApp) -> i64 {
    let launch = app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "2").await;
    app.text(MARIA, "zanahoria morada").await;
    app.drain().await;
    launch.campaign.unwrap()
}

#[tokio::test]
async fn the_sqlite_file_and_its_wal_are_readable_by_their_owner_only() {
    let app = spawn_app(TestDb::sqlite().await).await;
    maria_talks(&app).await;
    let path = sqlite_path(&app);
    let mode = std::fs::metadata(&path).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600, "{}", path.display());
    let wal = PathBuf::from(format!("{}-wal", path.display()));
    if let Ok(meta) = std::fs::metadata(&wal) {
        assert_eq!(meta.permissions().mode() & 0o077, 0, "the WAL too");
    }
    app.stop().await;
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_backup_taken_while_texts_arrive_restores_to_the_same_report() {
    let app = spawn_app(TestDb::sqlite().await).await;
    let campaign = maria_talks(&app).await;
    let dir = tempfile::tempdir().unwrap();
    // Texts keep arriving while the backup is taken.
    let traffic = {
        let url = app.url.clone();
        let params: Vec<Vec<(String, String)>> = (0..40)
            .map(|i| {
                app.provider.inbound_sms(
                    "+19165550204",
                    common::app::OUR_NUMBER,
                    &format!("hola {i}"),
                )
            })
            .collect();
        let signer = app.provider.auth_token().to_string();
        tokio::spawn(async move {
            let http = reqwest::Client::new();
            let target = format!("{url}/twilio/sms");
            let mut statuses = Vec::new();
            for form in params {
                let signature = homevisit::provider::signature::compute(&signer, &target, &form);
                let response = http
                    .post(&target)
                    .header(homevisit::provider::signature::HEADER, signature)
                    .form(&form)
                    .send()
                    .await
                    .unwrap();
                statuses.push(response.status().as_u16());
            }
            statuses
        })
    };
    let during = dir.path().join("during.db");
    homevisit::privacy::backup(&app.db, &during)
        .await
        .expect("a backup under load");
    let statuses = traffic.await.unwrap();
    assert!(statuses.iter().all(|s| *s == 200), "{statuses:?}");
    let mode = std::fs::metadata(&during).unwrap().permissions().mode() & 0o777;
    assert_eq!(mode, 0o600);
    let restored = Db::connect(&format!("sqlite://{}", during.display()))
        .await
        .unwrap();
    let from_backup = homevisit::report::campaign(&restored, campaign)
        .await
        .unwrap();
    assert_eq!(from_backup.campaign, campaign);
    restored.close().await;

    // Once the texts have stopped, a backup's report equals the live one exactly.
    let after = dir.path().join("after.db");
    homevisit::privacy::backup(&app.db, &after).await.unwrap();
    let restored = Db::connect(&format!("sqlite://{}", after.display()))
        .await
        .unwrap();
    assert_eq!(
        report_json(
            &homevisit::report::campaign(&restored, campaign)
                .await
                .unwrap()
        ),
        report_json(&app.report(campaign).await)
    );
    // A backup never overwrites.
    assert!(homevisit::privacy::backup(&app.db, &after).await.is_err());
    app.stop().await;
}

async fn forgetting_a_family_leaves_no_byte_and_the_same_counts(t: TestDb) {
    let app = spawn_app(t).await;
    let campaign = maria_talks(&app).await;
    let before = report_json(&app.report(campaign).await);
    let erased = homevisit::privacy::forget(&app.db, MARIA, Some("lincoln"), app.clock.now_utc())
        .await
        .expect("forget");
    assert_eq!(erased.families, 1);
    assert_eq!(erased.students, 2);
    assert!(erased.messages >= 4, "{erased:?}");
    assert_eq!(
        report_json(&app.report(campaign).await),
        before,
        "counts unchanged"
    );
    for sql in [
        "SELECT COUNT(*) FROM families WHERE guardian LIKE '%Hernandez%'",
        "SELECT COUNT(*) FROM students WHERE name LIKE '%Sofia%' OR name LIKE '%Mateo%'",
        "SELECT COUNT(*) FROM messages WHERE body LIKE '%zanahoria%'",
        "SELECT COUNT(*) FROM messages WHERE body LIKE '%Hernandez%' OR body LIKE '%Sofia%'",
        "SELECT COUNT(*) FROM messages WHERE phone = '+19165550201'",
        "SELECT COUNT(*) FROM outbox WHERE phone = '+19165550201'",
    ] {
        assert_eq!(app.count(sql).await, 0, "{sql}");
    }
    assert_eq!(app.count("SELECT COUNT(*) FROM erasures").await, 1);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM erasures WHERE what LIKE '%5550201%'")
            .await,
        0,
        "the log never holds the phone"
    );
    if app.app.state.db.dialect() == "sqlite" {
        let bytes = database_bytes(&sqlite_path(&app));
        for trace in [
            "9165550201",
            "Maria Hernandez",
            "Hernandez",
            "Sofia",
            "Mateo",
            "zanahoria",
        ] {
            assert!(
                !contains(&bytes, trace),
                "{trace:?} is still in the database files"
            );
        }
        assert!(contains(&bytes, "Thanh"), "the scan can find what is there");
    }
    app.stop().await;
}

async fn a_forgotten_stop_stays_stopped_through_a_reimport(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "STOP").await;
    homevisit::privacy::forget(&app.db, MARIA, None, app.clock.now_utc())
        .await
        .unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM phone_opt_outs WHERE phone = '+19165550201'")
            .await,
        0,
        "the phone is not kept in clear"
    );
    // The school imports its roster again, Maria included.
    homevisit::import::families(
        &app.db,
        "lincoln",
        &common::fixture("families.csv"),
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    let sent_before = app.provider.sent_to(MARIA).len();
    let launch = app.launch(None).await;
    app.drain().await;
    assert!(launch.opted_out_skipped >= 1, "{launch:?}");
    assert_eq!(
        app.provider.sent_to(MARIA).len(),
        sent_before,
        "a forgotten STOP is still a STOP"
    );
    // START still works for that number.
    app.text(MARIA, "START").await;
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM families WHERE phone = '+19165550201' AND opted_out_at IS NULL"
        )
        .await,
        1
    );
    app.stop().await;
}

async fn retention_erases_old_words_and_keeps_the_counts(t: TestDb) {
    let app = spawn_app(t).await;
    let campaign = maria_talks(&app).await;
    let before = report_json(&app.report(campaign).await);
    let pass = app.app.scheduler.step().await.unwrap();
    assert_eq!(pass.words_erased, 0, "nothing is old yet");
    app.clock.advance(Duration::days(401));
    let pass = app.app.scheduler.step().await.unwrap();
    assert!(pass.words_erased >= 4, "{pass:?}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE body LIKE '%zanahoria%'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE intent = 'choose'")
            .await,
        1,
        "the fact the words caused stays"
    );
    assert_eq!(report_json(&app.report(campaign).await), before);
    app.stop().await;
}

async fn export_gives_everything_held_about_a_family(t: TestDb) {
    let app = spawn_app(t).await;
    maria_talks(&app).await;
    let found = homevisit::privacy::export(&app.db, "(916) 555-0201", "lincoln")
        .await
        .unwrap();
    let text = found.to_string();
    for expected in [
        "Maria Hernandez",
        "Sofia",
        "Mateo",
        "zanahoria",
        "Fall visits",
    ] {
        assert!(text.contains(expected), "{expected} missing from {text}");
    }
    assert!(
        homevisit::privacy::export(&app.db, "+19165550999", "lincoln")
            .await
            .is_err(),
        "nobody there is an error, not an empty file"
    );
    app.stop().await;
}

on_both_databases!(
    forgetting_a_family_leaves_no_byte_and_the_same_counts,
    a_forgotten_stop_stays_stopped_through_a_reimport,
    retention_erases_old_words_and_keeps_the_counts,
    export_gives_everything_held_about_a_family,
);

#[tokio::test]
async fn backup_on_postgresql_says_to_use_pg_dump() {
    let Some(t) = TestDb::postgres().await else {
        return;
    };
    let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_homevisit"))
        .args(["backup", "/tmp/homevisit-never-written.db"])
        .env("DATABASE_URL", &t.url)
        .output()
        .await
        .unwrap();
    assert!(!output.status.success());
    let stderr = String::from_utf8_lossy(&output.stderr);
    assert!(stderr.contains("pg_dump"), "{stderr}");
    assert!(!std::path::Path::new("/tmp/homevisit-never-written.db").exists());
}
