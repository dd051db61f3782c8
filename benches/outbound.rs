//! Bench (3): the outbound sender. A campaign launch queues one invitation per family
//! (`HOMEVISIT_BENCH_TEXTS`, default 20,000); then the release `homevisit serve`, pinned to
//! core 0, drains the queue into the tests' fake provider — a real HTTP server speaking
//! Twilio's REST shapes — which runs in this process on core 1. Quiet hours are off and
//! `HOMEVISIT_SEND_RATE` is 1,000 segments per second per sender number, so the queue, not the
//! rate, is what is measured; the fake's receive times then show whether any one-second window
//! ever held more than the rate for a number.
//!
//! Baseline in the same run: this process posting the same number of texts to the same fake
//! provider through reqwest, one request in flight at a time as the sender keeps it — what the
//! provider's HTTP alone costs. Ratio = the sender's texts/s over the baseline's.
//!
//! Run: `benches/outbound.sh` (builds the release binary, then `cargo bench --bench outbound`).
//! `HOMEVISIT_BENCH_DATABASE=postgres` uses a fresh database under
//! `HOMEVISIT_TEST_POSTGRES_URL` instead of a SQLite file.

mod common;
#[allow(dead_code)]
#[path = "../tests/common/fake_provider.rs"]
mod fake_provider;

use std::collections::HashMap;
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use fake_provider::FakeProvider;

const SENDER: &str = "+15005550006";
const RATE: usize = 1_000;

/// `HOMEVISIT_BENCH_NUMBERS` sender numbers (default 200), as `TWILIO_FROM` lists them.
fn numbers(count: usize) -> Vec<String> {
    (0..count)
        .map(|i| format!("+1500555{:04}", 1000 + i))
        .collect()
}

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    let texts = common::env_usize("HOMEVISIT_BENCH_TEXTS", 20_000);
    let numbers = numbers(common::env_usize("HOMEVISIT_BENCH_NUMBERS", 200));
    let binary = std::env::var("HOMEVISIT_BIN")
        .map(std::path::PathBuf::from)
        .unwrap_or_else(|_| {
            std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("target/release/homevisit")
        });
    assert!(
        binary.exists(),
        "{} is missing: build it with `cargo build --release` (benches/outbound.sh does)",
        binary.display()
    );
    // This process (the fake provider and the baseline client) on core 1.
    let _ = Command::new("taskset")
        .args(["-a", "-p", "-c", "1", &std::process::id().to_string()])
        .stdout(Stdio::null())
        .status();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(1)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(run(texts, &numbers, &binary));
}

async fn run(texts: usize, numbers: &[String], binary: &std::path::Path) {
    let dir = tempfile::tempdir().expect("temp dir");
    let server_db = common::ServerDb::choose(dir.path()).await;
    let (db_url, engine) = (server_db.url.clone(), server_db.engine);
    let queued = seed(&db_url, texts).await;
    println!(
        "outbound sender on {engine}: {queued} texts queued, {} sender numbers at HOMEVISIT_SEND_RATE={RATE}, server on core 0, fake provider on core 1",
        numbers.len()
    );

    // Baseline: the provider's HTTP alone, one request in flight.
    let baseline = {
        let fake = FakeProvider::start().await;
        let client = reqwest::Client::new();
        let url = format!(
            "{}/2010-04-01/Accounts/{}/Messages.json",
            fake.base_url(),
            fake.account_sid()
        );
        let started = Instant::now();
        for i in 0..queued {
            let to = common::family_phone(i % texts.max(1));
            let form = [
                ("To", to.as_str()),
                ("From", SENDER),
                ("Body", "Lincoln Elementary: a home visit? Reply 1, 2 or 3."),
                ("StatusCallback", "http://127.0.0.1:9/twilio/status?m=1"),
            ];
            let response = client
                .post(&url)
                .basic_auth(fake.account_sid(), Some(fake.auth_token()))
                .form(&form)
                .send()
                .await
                .expect("fake provider answers");
            assert!(response.status().is_success(), "{}", response.status());
            let _ = response.bytes().await;
        }
        queued as f64 / started.elapsed().as_secs_f64()
    };

    let fake = FakeProvider::start().await;
    let port = common::free_port();
    let cores_before = core_times();
    let started = Instant::now();
    let mut server = Command::new("taskset")
        .args(["-c", "0"])
        .arg(binary)
        .arg("serve")
        .env("DATABASE_URL", &db_url)
        .env("HOMEVISIT_LISTEN", format!("127.0.0.1:{port}"))
        .env("HOMEVISIT_PUBLIC_URL", format!("http://127.0.0.1:{port}"))
        .env("TWILIO_ACCOUNT_SID", fake.account_sid())
        .env("TWILIO_AUTH_TOKEN", fake.auth_token())
        .env("TWILIO_FROM", numbers.join(","))
        .env("TWILIO_API_BASE", fake.base_url())
        .env("HOMEVISIT_SEND_RATE", RATE.to_string())
        .env("HOMEVISIT_QUIET_HOURS", "none")
        .env("RUST_LOG", "error")
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("server starts");
    let deadline = Instant::now() + Duration::from_secs(600);
    while fake.outreach() < queued && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    let wall = started.elapsed().as_secs_f64();
    let cpu = common::cpu_seconds(server.id());
    let busy: Vec<String> = core_times()
        .iter()
        .zip(&cores_before)
        .map(|((busy, total), (busy0, total0))| {
            format!("{:.0}%", 100.0 * (busy - busy0) / (total - total0).max(1.0))
        })
        .collect();
    let _ = server.kill();
    let _ = server.wait();
    let sent = fake.sent();
    let calls = fake.calls().len();
    assert!(
        sent.len() + calls >= queued,
        "only {} of {queued} reached the fake provider in 600 s",
        sent.len() + calls
    );
    let first = sent.iter().map(|m| m.received_at).min().expect("texts");
    let last = sent.iter().map(|m| m.received_at).max().expect("texts");
    let span = (last - first).num_microseconds().unwrap_or(1).max(1) as f64 / 1e6;
    let ours = (sent.len() + calls) as f64 / span;
    let mut by_number: HashMap<String, Vec<(i64, usize)>> = HashMap::new();
    for message in &sent {
        let number = message
            .from
            .clone()
            .or(message.messaging_service_sid.clone())
            .unwrap_or_default();
        by_number.entry(number).or_default().push((
            message.received_at.timestamp_micros(),
            message.num_segments as usize,
        ));
    }
    // The most segments any number sent inside any one-second window (sliding, not calendar
    // seconds): the rate is segments per second per number.
    let mut worst = 0;
    let mut over = 0;
    for times in by_number.values_mut() {
        times.sort_unstable();
        let mut start = 0;
        let mut in_window = 0;
        for end in 0..times.len() {
            in_window += times[end].1;
            while times[end].0 - times[start].0 >= 1_000_000 {
                in_window -= times[start].1;
                start += 1;
            }
            worst = worst.max(in_window);
            if in_window > RATE {
                over += 1;
            }
        }
    }
    let numbers_used = by_number.len();
    let mut duplicates: HashMap<&str, usize> = HashMap::new();
    for message in &sent {
        *duplicates.entry(message.to.as_str()).or_default() += 1;
    }
    let twice = duplicates.values().filter(|n| **n > 1).count();

    println!(
        "| figure | baseline (reqwest → fake provider) | homevisit sender ({engine}) | ratio |"
    );
    println!("|---|---|---|---|");
    println!(
        "| texts/s (first to last text) | {baseline:.0} | {ours:.0} | {:.3} |",
        ours / baseline
    );
    println!(
        "| texts sent / calls placed | {queued} / 0 | {} / {calls} | |",
        sent.len()
    );
    println!("| phones texted twice | — | {twice} | |");
    println!(
        "| worst segments in any 1 s window, per number (rate {RATE}) | — | {worst} ({over} windows over; {numbers_used} numbers used) | |"
    );
    println!(
        "| server CPU per text | — | {:.0} µs ({:.0} s CPU over {wall:.1} s from spawn) | |",
        cpu * 1e6 / (sent.len() + calls).max(1) as f64,
        cpu
    );
    println!(
        "| machine's cores busy from spawn to the last text (core 0, core 1) | — | {} | |",
        busy.join(", ")
    );
    server_db.finish().await;
}

/// Per core (`/proc/stat`): busy and total jiffies so far.
fn core_times() -> Vec<(f64, f64)> {
    std::fs::read_to_string("/proc/stat")
        .unwrap_or_default()
        .lines()
        .filter(|l| l.starts_with("cpu") && !l.starts_with("cpu "))
        .map(|l| {
            let v: Vec<f64> = l
                .split_whitespace()
                .skip(1)
                .filter_map(|x| x.parse().ok())
                .collect();
            let total: f64 = v.iter().take(8).sum();
            let idle = v.get(3).copied().unwrap_or(0.0) + v.get(4).copied().unwrap_or(0.0);
            (total - idle, total)
        })
        .collect()
}

/// Seeds the school, `families` families and a launched campaign (one queued invitation
/// each); returns how many texts and calls are queued.
async fn seed(db_url: &str, families: usize) -> usize {
    let db = homevisit::store::Db::connect(db_url)
        .await
        .expect("database");
    db.migrate().await.expect("migrate");
    let now = chrono::Utc::now();
    let first_day = (now + chrono::Duration::days(7)).date_naive();
    common::seed_school_with(&db, families, &common::slots_csv_from(first_day), now).await;
    let mut vars: HashMap<String, String> = HashMap::new();
    vars.insert("DATABASE_URL".into(), db_url.into());
    vars.insert(
        "HOMEVISIT_PROGRAM_NAME".into(),
        "Lincoln Home Visits".into(),
    );
    vars.insert("HOMEVISIT_QUIET_HOURS".into(), "none".into());
    let config = homevisit::config::Config::from_vars(&vars).expect("config");
    let locales = homevisit::i18n::Locales::load().expect("locales");
    homevisit::campaign::launch(
        &db,
        &config,
        &locales,
        homevisit::campaign::Request {
            school: common::SCHOOL,
            name: "Fall visits",
            sampling: None,
            dry_run: false,
            second_visit_of: None,
        },
        now,
    )
    .await
    .expect("launch");
    let queued = common::count(&db, "SELECT COUNT(*) FROM outbox WHERE state = 'queued'").await;
    db.close().await;
    queued as usize
}
