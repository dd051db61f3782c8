//! The soak: `HOMEVISIT_BENCH_SOAK_SECONDS` (default 1,800) of mixed traffic against the
//! release `homevisit serve` on SQLite (or PostgreSQL with `HOMEVISIT_BENCH_DATABASE=postgres`),
//! with the tests' fake provider (a real HTTP server) in this process:
//! - signed replies from families (`HOMEVISIT_BENCH_SOAK_RATE` per second, default 20): numbers,
//!   yes, no, questions, HELP, STOP then START, and texts from numbers on no roster;
//! - a signed delivery callback (`sent`, then `delivered`) for every text the sender sends;
//! - a second campaign launched through the CLI a third of the way in, while replies go on;
//! - reminders: the slots are tomorrow in the school's zone, so every booking is reminded.
//!
//! At the end it waits for the queue to drain and prints: requests and their answers, texts
//! and callbacks, reminders, ERROR/WARN lines in the server's log, the queue, and the server's
//! RSS over time. Nothing is asserted on timing.
//!
//! Run: `benches/soak.sh` (builds the release binary, then `cargo bench --bench soak`).

mod common;
#[allow(dead_code)]
#[path = "../tests/common/fake_provider.rs"]
mod fake_provider;

use std::collections::HashSet;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fake_provider::FakeProvider;

const FAMILIES: usize = 2_000;
const OUR_NUMBER: &str = "+15005550006";

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let seconds = common::env_usize("HOMEVISIT_BENCH_SOAK_SECONDS", 1_800);
    let rate = common::env_usize("HOMEVISIT_BENCH_SOAK_RATE", 20).max(1);
    let binary = std::env::var("HOMEVISIT_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/homevisit")
        });
    assert!(
        binary.exists(),
        "{} is missing: build it with `cargo build --release` (benches/soak.sh does)",
        binary.display()
    );
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(soak(seconds, rate, &binary));
}

fn replies(i: usize) -> &'static str {
    const MIX: [&str; 12] = [
        "1",
        "2",
        "yes",
        "NO",
        "what time is the first one?",
        "3 please",
        "HELP",
        "can we do saturday instead",
        "sí",
        "the second one",
        "thanks!",
        "2",
    ];
    MIX[i % MIX.len()]
}

async fn soak(seconds: usize, rate: usize, binary: &std::path::Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let server_db = common::ServerDb::choose(dir.path()).await;
    let (db_url, engine) = (server_db.url.clone(), server_db.engine);

    // The school, its families and the first campaign, with slots tomorrow (school time).
    let db = homevisit::store::Db::connect(&db_url)
        .await
        .expect("database");
    db.migrate().await.expect("migrate");
    let now = chrono::Utc::now();
    let tomorrow = now
        .with_timezone(&chrono_tz::America::Los_Angeles)
        .date_naive()
        + chrono::Duration::days(1);
    common::seed_school_with(&db, FAMILIES, &common::slots_csv_from(tomorrow), now).await;
    let fake = FakeProvider::start().await;
    let port = common::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let env: Vec<(&str, String)> = vec![
        ("DATABASE_URL", db_url.clone()),
        ("HOMEVISIT_LISTEN", format!("127.0.0.1:{port}")),
        ("HOMEVISIT_PUBLIC_URL", url.clone()),
        ("TWILIO_ACCOUNT_SID", fake.account_sid().to_string()),
        ("TWILIO_AUTH_TOKEN", fake.auth_token().to_string()),
        ("TWILIO_FROM", OUR_NUMBER.to_string()),
        ("TWILIO_API_BASE", fake.base_url()),
        ("HOMEVISIT_SEND_RATE", "200".to_string()),
        ("HOMEVISIT_QUIET_HOURS", "none".to_string()),
        ("HOMEVISIT_PROGRAM_NAME", "Lincoln Home Visits".to_string()),
    ];
    let launch = |name: &str| {
        let mut command = Command::new(binary);
        command.args(["campaign", "launch", "--school", "lincoln", "--name", name]);
        for (k, v) in &env {
            command.env(k, v);
        }
        command
            .env("RUST_LOG", "error")
            .stdout(Stdio::null())
            .status()
            .expect("campaign launch runs")
    };
    assert!(launch("Fall visits").success(), "first launch");
    db.close().await;

    let log_path = dir.path().join("server.log");
    let log = std::fs::File::create(&log_path).expect("log file");
    let mut server = Command::new(binary);
    server.arg("serve");
    for (k, v) in &env {
        server.env(k, v);
    }
    let mut server = server
        .env("RUST_LOG", "warn")
        .env("NO_COLOR", "1")
        .stdout(Stdio::null())
        .stderr(log)
        .spawn()
        .expect("server starts");
    let pid = server.id();
    let http = reqwest::Client::new();
    let ready_by = Instant::now() + Duration::from_secs(20);
    while http
        .get(format!("{url}/healthz"))
        .send()
        .await
        .map(|r| !r.status().is_success())
        .unwrap_or(true)
    {
        assert!(Instant::now() < ready_by, "the server never became ready");
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    println!(
        "soak on {engine}: {seconds} s, {rate} replies/s from {FAMILIES} families, a second launch at {} s",
        seconds / 3
    );

    let started = Instant::now();
    let mut rss: Vec<(u64, f64)> = Vec::new();
    let mut next_rss = 0u64;
    let mut requests = 0usize;
    let mut answered = 0usize;
    let mut failures: Vec<String> = Vec::new();
    let mut callbacks = 0usize;
    let mut called_back: HashSet<String> = HashSet::new();
    let mut launched_second = false;
    let mut second_launch = None;
    let tick = Duration::from_secs_f64(1.0 / rate as f64);
    let mut i = 0usize;
    while started.elapsed().as_secs() < seconds as u64 {
        let elapsed = started.elapsed().as_secs();
        if elapsed >= next_rss {
            rss.push((elapsed, common::status_kb(pid, "VmRSS:") / 1024.0));
            next_rss += 10;
        }
        if !launched_second && elapsed >= (seconds / 3) as u64 {
            launched_second = true;
            let binary = binary.to_path_buf();
            let env = env.clone();
            second_launch = Some(std::thread::spawn(move || {
                let mut command = Command::new(binary);
                command.args([
                    "campaign",
                    "launch",
                    "--school",
                    "lincoln",
                    "--name",
                    "Winter visits",
                ]);
                for (k, v) in &env {
                    command.env(k, v);
                }
                let began = Instant::now();
                let ok = command
                    .env("RUST_LOG", "error")
                    .stdout(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success());
                (ok, began.elapsed().as_secs_f64())
            }));
        }
        // One reply: mostly families, sometimes STOP/START, sometimes a stranger.
        let family = (i * 7919) % FAMILIES;
        let (from, body) = match i % 50 {
            17 => ("+19169990000".to_string(), "who is this?"),
            23 => (common::family_phone(family), "STOP"),
            24 => (common::family_phone((i - 1) * 7919 % FAMILIES), "START"),
            _ => (common::family_phone(family), replies(i / FAMILIES + i)),
        };
        let params = fake.inbound_sms(&from, OUR_NUMBER, body);
        let reply = fake
            .post_signed(&format!("{url}/twilio/sms"), &params)
            .await;
        requests += 1;
        if reply.status == 200 {
            answered += 1;
        } else if failures.len() < 10 {
            failures.push(format!("{} for {body:?}", reply.status));
        }
        callbacks += post_callbacks(&fake, &mut called_back, &mut failures).await;
        i += 1;
        let due = started + tick * i as u32;
        if let Some(wait) = due.checked_duration_since(Instant::now()) {
            tokio::time::sleep(wait).await;
        }
    }
    let traffic_seconds = started.elapsed().as_secs_f64();
    let second = second_launch.map(|h| h.join().expect("launch thread"));

    // Let the queue drain (every due text sent), then read the database.
    let db = homevisit::store::Db::connect(&db_url)
        .await
        .expect("database");
    let drain_started = Instant::now();
    let mut queued = i64::MAX;
    while drain_started.elapsed() < Duration::from_secs(300) {
        queued = common::count(
            &db,
            "SELECT COUNT(*) FROM outbox WHERE state IN ('queued', 'sending')",
        )
        .await;
        callbacks += post_callbacks(&fake, &mut called_back, &mut failures).await;
        if queued == 0 {
            break;
        }
        tokio::time::sleep(Duration::from_millis(500)).await;
    }
    let drained_in = drain_started.elapsed().as_secs_f64();
    rss.push((
        started.elapsed().as_secs(),
        common::status_kb(pid, "VmRSS:") / 1024.0,
    ));
    let booked = common::count(&db, "SELECT COUNT(*) FROM visits WHERE state = 'booked'").await;
    let reminded = common::count(
        &db,
        "SELECT COUNT(*) FROM visits WHERE reminded_at IS NOT NULL",
    )
    .await;
    let failed = common::count(
        &db,
        "SELECT COUNT(*) FROM outbox WHERE state IN ('failed', 'unknown')",
    )
    .await;
    let inbound = common::count(&db, "SELECT COUNT(*) FROM messages WHERE direction = 'in'").await;
    db.close().await;
    let _ = server.kill();
    let _ = server.wait();
    let log = std::fs::read_to_string(&log_path).unwrap_or_default();
    let errors: Vec<&str> = log.lines().filter(|l| l.contains("ERROR")).collect();
    let warnings: Vec<&str> = log.lines().filter(|l| l.contains("WARN")).collect();

    println!("| figure | value |");
    println!("|---|---|");
    println!(
        "| replies posted / answered 200 | {requests} / {answered} ({:.1}/s over {traffic_seconds:.0} s) |",
        requests as f64 / traffic_seconds
    );
    println!("| inbound texts stored | {inbound} |");
    println!(
        "| texts sent / calls placed / callbacks posted | {} / {} / {callbacks} |",
        fake.sent().len(),
        fake.calls().len()
    );
    match second {
        Some((ok, secs)) => println!(
            "| second launch during traffic | {} in {secs:.1} s |",
            if ok { "finished" } else { "FAILED" }
        ),
        None => println!("| second launch during traffic | not reached |"),
    }
    println!("| visits booked / reminded | {booked} / {reminded} |");
    println!(
        "| queue at the end (queued or sending) | {queued}, drained {drained_in:.1} s after traffic |"
    );
    println!("| texts failed or unknown | {failed} |");
    println!(
        "| ERROR / WARN lines in the server log | {} / {} |",
        errors.len(),
        warnings.len()
    );
    let first = rss
        .iter()
        .find(|(t, _)| *t >= 60)
        .or(rss.first())
        .map(|r| r.1);
    let peak = rss.iter().map(|r| r.1).fold(0.0, f64::max);
    let last = rss.last().map(|r| r.1);
    println!(
        "| RSS at 1 min / peak / end | {:.1} / {peak:.1} / {:.1} MB |",
        first.unwrap_or(0.0),
        last.unwrap_or(0.0)
    );
    let series: Vec<String> = rss
        .iter()
        .step_by((rss.len() / 12).max(1))
        .map(|(t, mb)| format!("{t}s {mb:.1}"))
        .collect();
    println!("RSS (MB) over time: {}", series.join(", "));
    for failure in &failures {
        println!("non-200: {failure}");
    }
    for line in errors.iter().take(10) {
        println!("server ERROR: {line}");
    }
    for line in warnings.iter().take(5) {
        println!("server WARN: {line}");
    }
    server_db.finish().await;
}

/// A signed `sent` then `delivered` callback for every text the fake provider accepted and
/// has not called back about yet; returns how many were posted (a non-200 answer is noted in
/// `failures`, up to 10).
async fn post_callbacks(
    fake: &FakeProvider,
    called_back: &mut HashSet<String>,
    failures: &mut Vec<String>,
) -> usize {
    let mut posted = 0;
    for message in fake.sent() {
        if message.status_callback.is_none() || !called_back.insert(message.sid.clone()) {
            continue;
        }
        for status in ["sent", "delivered"] {
            let answer = fake.send_status_callback(&message.sid, status, None).await;
            posted += 1;
            if answer.status != 200 && failures.len() < 10 {
                failures.push(format!("callback {status} → {}", answer.status));
            }
        }
    }
    posted
}
