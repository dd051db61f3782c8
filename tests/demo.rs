//! `homevisit demo`, the binary, in a temp directory: the invitations reach the simulated
//! phones, a reply typed through the simulator's HTTP endpoint books the visit, and both
//! educators get their confirmation. Re-running reuses the data; `--reset` starts over.

mod common;

use std::path::Path;

use homevisit::store::Db;

use common::db::scalar;
use common::demo::{Demo, to_phone};

/// The Spanish-speaking family the README tells newcomers to reply as.
const MARIA: &str = "+12015550121";
/// Rosa Dela Cruz (Tagalog) prefers calls: the demo calls her.
const ROSA: &str = "+12015550132";

async fn open(dir: &Path) -> Db {
    let url = format!("sqlite://{}", dir.join("homevisit-demo.db").display());
    Db::connect(&url).await.expect("the demo's database opens")
}

/// The phones of the two educators of Maria's booked visit.
async fn maria_educators(db: &Db) -> Vec<String> {
    educators_of(db, MARIA).await
}

async fn educators_of(db: &Db, family: &str) -> Vec<String> {
    let sql = "SELECT e.phone FROM visits v
               JOIN slots s ON s.id = v.slot_id
               JOIN educators e ON e.id = s.educator_1 OR e.id = s.educator_2
               JOIN families f ON f.id = v.family_id
               WHERE f.phone = $1 AND v.state = 'booked' ORDER BY e.phone";
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(sql)
            .bind(family)
            .fetch_all(pool)
            .await
            .unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(sql)
            .bind(family)
            .fetch_all(pool)
            .await
            .unwrap(),
    }
}

#[tokio::test(flavor = "multi_thread")]
async fn demo_books_a_reply_and_tells_both_educators() {
    let dir = tempfile::tempdir().unwrap();
    let demo = Demo::start(dir.path(), &[]);
    assert!(demo.banner.contains("12 families"), "{}", demo.banner);
    assert!(
        demo.banner.contains("quiet hours are off"),
        "{}",
        demo.banner
    );
    assert!(dir.path().join("homevisit-demo.db").exists());

    // Twelve families get their invitation (the Brown siblings share one phone): eleven
    // texts, and a call to Rosa, who prefers calls.
    let messages = demo
        .wait_for("eleven delivered invitations and a call", |m| {
            m.iter()
                .filter(|m| m["direction"] == "to_phone" && m["status"] == "delivered")
                .count()
                == 11
                && to_phone(m, ROSA).len() == 1
        })
        .await;
    assert!(
        to_phone(&messages, ROSA)[0]["sid"]
            .as_str()
            .unwrap()
            .starts_with("CA")
    );
    let invitation = to_phone(&messages, MARIA)[0]["body"].as_str().unwrap();
    assert!(
        invitation.contains("Sofia") && invitation.contains("2)"),
        "{invitation}"
    );

    // Maria replies 2 through the simulator.
    let answer: serde_json::Value = reqwest::Client::new()
        .post(format!("{}/simulator/reply", demo.url))
        .header("Accept", "application/json")
        .form(&[("phone", MARIA), ("body", "2")])
        .send()
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    let confirmation = answer["replies"][0].as_str().unwrap().to_string();

    let db = open(dir.path()).await;
    let educators = maria_educators(&db).await;
    assert_eq!(educators.len(), 2, "one booked visit with two educators");
    let messages = demo
        .wait_for("both educators' confirmations", |m| {
            educators.iter().all(|e| !to_phone(m, e).is_empty())
        })
        .await;
    assert_eq!(
        to_phone(&messages, MARIA).last().unwrap()["body"],
        confirmation.as_str()
    );
    for educator in &educators {
        let told = to_phone(&messages, educator);
        assert_eq!(told.len(), 1, "{educator}: {told:?}");
        assert!(
            told[0]["body"]
                .as_str()
                .unwrap()
                .contains("Maria Hernandez")
        );
    }
    // Nothing else was sent, nothing twice: 12 invitations, 1 confirmation, 2 educators.
    let sent = messages
        .iter()
        .filter(|m| m["direction"] == "to_phone")
        .count();
    assert_eq!(sent, 15, "{messages:#?}");

    // Rosa answers the call in the simulator, hears the times in Tagalog, and presses 1.
    let http = reqwest::Client::new();
    let call = |key: &'static str| {
        http.post(format!("{}/simulator/call", demo.url))
            .header("Accept", "application/json")
            .form(&[("phone", ROSA), ("key", key)])
            .send()
    };
    let heard: serde_json::Value = call("answer")
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    let words = heard["said"].to_string();
    assert!(words.contains("Rosa"), "{words}");
    assert!(
        words.to_lowercase().contains("pindutin"),
        "Tagalog: {words}"
    );
    let booked: serde_json::Value = call("1")
        .await
        .unwrap()
        .error_for_status()
        .unwrap()
        .json()
        .await
        .unwrap();
    assert!(!booked["said"].as_array().unwrap().is_empty(), "{booked}");
    let pair = educators_of(&db, ROSA).await;
    assert_eq!(pair.len(), 2, "Rosa's visit is booked with a pair");
    demo.wait_for("Rosa's educators' confirmations", |m| {
        pair.iter().all(|e| {
            to_phone(m, e).iter().any(|t| {
                t["body"]
                    .as_str()
                    .unwrap_or_default()
                    .contains("Rosa Dela Cruz (Miguel)")
            })
        })
    })
    .await;
    // The call is over: another key is refused.
    assert_eq!(call("2").await.unwrap().status(), 400);

    // A second demo on the same port fails before it touches the data, even with --reset.
    let listen = demo.url.trim_start_matches("http://").to_string();
    let second = std::process::Command::new(env!("CARGO_BIN_EXE_homevisit"))
        .args(["demo", "--reset"])
        .current_dir(dir.path())
        .env("HOMEVISIT_LISTEN", &listen)
        .env_remove("DATABASE_URL")
        .output()
        .unwrap();
    assert!(!second.status.success());
    let why = String::from_utf8_lossy(&second.stderr);
    assert!(why.contains("another homevisit"), "{why}");
    assert_eq!(
        scalar(&db, "SELECT COUNT(*) FROM visits WHERE state = 'booked'").await,
        2,
        "the running demo's data is intact (Maria's and Rosa's visits)"
    );

    // Stopping waits for the simulated carrier's last delivery reports.
    demo.stop();
    assert_eq!(
        scalar(
            &db,
            "SELECT COUNT(*) FROM sim_messages WHERE status IN ('queued', 'sent')"
        )
        .await,
        0
    );

    // Again: the same data, nothing new launched or sent.
    let families = scalar(&db, "SELECT COUNT(*) FROM families").await;
    let sent = scalar(&db, "SELECT COUNT(*) FROM messages").await;
    let demo = Demo::start(dir.path(), &[]);
    assert!(demo.banner.contains("reusing"), "{}", demo.banner);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM families").await, families);
    // The summer welcome visit two weeks ago, and this campaign.
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM campaigns").await, 2);
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM messages").await, sent);
    assert_eq!(
        scalar(&db, "SELECT COUNT(*) FROM visits WHERE state = 'booked'").await,
        2
    );
    demo.stop();
    db.close().await;

    // --reset: fresh data, a fresh campaign, no visits yet.
    let demo = Demo::start(dir.path(), &["--reset"]);
    assert!(demo.banner.contains("12 families"), "{}", demo.banner);
    let db = open(dir.path()).await;
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM campaigns").await, 2);
    assert_eq!(
        scalar(&db, "SELECT COUNT(*) FROM visits WHERE state = 'booked'").await,
        0
    );
    // One visit already happened, with a reflection the coordinator can read.
    assert_eq!(
        scalar(&db, "SELECT COUNT(*) FROM visits WHERE state = 'completed'").await,
        1
    );
    assert_eq!(
        scalar(
            &db,
            "SELECT COUNT(*) FROM reflections WHERE words IS NOT NULL"
        )
        .await,
        1
    );
    demo.stop();
}

#[tokio::test]
async fn a_rerun_after_every_visit_time_has_passed_says_to_reset() {
    use homevisit::clock::ManualClock;
    use homevisit::config::Config;
    use homevisit::demo::{self, Options};

    let dir = tempfile::tempdir().unwrap();
    let config = Config::from_vars(&Default::default()).unwrap();
    let options = Options {
        dir: Some(dir.path().to_path_buf()),
        ..Options::default()
    };
    let clock = ManualClock::new(chrono::Utc::now());
    let (config_used, db, first) = demo::prepare(config.clone(), &options, &clock)
        .await
        .unwrap();
    assert!(first.fresh);
    assert_eq!(first.invited, 12);
    assert_eq!(
        config_used.quiet_hours, None,
        "quiet hours are off in the demo"
    );
    assert!(config_used.database_url.ends_with("homevisit-demo.db"));
    let next_week = scalar(&db, "SELECT COUNT(*) FROM slots").await;
    assert!(next_week > 0);
    db.close().await;

    clock.advance(chrono::Duration::days(3));
    let (_, db, soon) = demo::prepare(config.clone(), &options, &clock)
        .await
        .unwrap();
    assert!(!soon.fresh);
    assert!(
        !soon.notes.iter().any(|n| n.contains("--reset")),
        "{:?}",
        soon.notes
    );
    db.close().await;

    clock.advance(chrono::Duration::days(20));
    let (_, db, late) = demo::prepare(config, &options, &clock).await.unwrap();
    assert!(!late.fresh);
    assert!(
        late.notes.iter().any(|n| n.contains("--reset")),
        "{:?}",
        late.notes
    );
    assert_eq!(scalar(&db, "SELECT COUNT(*) FROM slots").await, next_week);
    db.close().await;
}
