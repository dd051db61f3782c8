//! The outbound queue across real `homevisit serve` processes (the built binary, configured by
//! its environment, sending to the fake provider over HTTP):
//!
//! - two processes on one database send each queued text exactly once, each phone's texts in
//!   the order they were queued, and both processes take a share of the work;
//! - a process killed with SIGKILL mid-campaign and started again loses nothing and sends
//!   nothing twice: the text in flight when it died is looked up at the provider once its
//!   lease runs out, and sent only if the provider does not have it.
//!
//! Each process sets its own `HOMEVISIT_PUBLIC_URL`, so the `StatusCallback` of every text the
//! fake received says which process sent it (and, in `?m=`, which queued message it was).
//!
//! `CARGO_BIN_EXE_homevisit` is the binary cargo built for this test run. Worktrees that share one
//! target folder overwrite it in turn, so locally it may be another branch's build (CI builds one
//! tree): [`this_trees_binary`] notices and says so, rather than letting a test time out.

mod common;

use std::collections::{HashMap, HashSet};
use std::fs::File;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::OnceLock;
use std::time::Duration;

use chrono::Utc;
use common::db::TestDb;
use common::fake_provider::{self, FakeProvider, SentMessage};
use homevisit::store::Db;
use homevisit::store::messages::{self, Party};

/// Every test here gives up after this long (each normally takes a few seconds).
const DEADLINE: Duration = Duration::from_secs(45);

/// One text as it was queued.
#[derive(Debug, Clone)]
struct Queued {
    phone: String,
    body: String,
}

/// Queues `rounds` texts to each of `phones` phones in one transaction, round by round (so one
/// phone's texts are spread through the whole queue), and returns them in queue order.
async fn queue_campaign(db: &Db, phones: usize, rounds: usize) -> Vec<Queued> {
    let now = Utc::now();
    let mut queued = Vec::with_capacity(phones * rounds);
    let mut tx = db.begin().await.expect("a write transaction");
    for round in 1..=rounds {
        for family in 0..phones {
            let text = Queued {
                phone: format!("+1415555{:04}", 1000 + family),
                body: format!("Home visit news {round} for family {family}"),
            };
            messages::enqueue(
                &mut tx,
                Party::default(),
                &text.phone,
                &text.body,
                1,
                now,
                now,
            )
            .await
            .expect("enqueue");
            queued.push(text);
        }
    }
    tx.commit().await.expect("the campaign is queued");
    queued
}

/// The `homevisit` binary, once it has shown it is this tree's build: it must refuse a
/// `HOMEVISIT_SEND_LEASE_SECS` of 0 naming the variable (a build without the variable would
/// ignore it and hold a dead process's texts for the default two minutes).
fn this_trees_binary() -> &'static str {
    static CHECKED: OnceLock<()> = OnceLock::new();
    let binary = env!("CARGO_BIN_EXE_homevisit");
    CHECKED.get_or_init(|| {
        let scratch = tempfile::tempdir().expect("a scratch dir");
        let output = Command::new(binary)
            .arg("migrate")
            .env_clear()
            .env(
                "DATABASE_URL",
                format!("sqlite://{}", scratch.path().join("probe.db").display()),
            )
            .env("HOMEVISIT_SEND_LEASE_SECS", "0")
            .output()
            .unwrap_or_else(|e| panic!("running {binary}: {e}"));
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert!(
            !output.status.success() && stderr.contains("HOMEVISIT_SEND_LEASE_SECS"),
            "{binary} does not read HOMEVISIT_SEND_LEASE_SECS: it is not this tree's build \
             (another worktree sharing the target folder rebuilt it?); build this tree and rerun"
        );
    });
    binary
}

/// A `homevisit serve` child process; killed (SIGKILL) and reaped when dropped, so a failing
/// test leaves nothing running.
struct Serve {
    name: &'static str,
    child: Child,
    log: PathBuf,
}

impl Serve {
    /// Starts `homevisit serve` on `database_url`, sending through `provider` at 2,000 segments
    /// a second, with a 2-second lease; `extra` overrides any of these.
    fn start(
        name: &'static str,
        database_url: &str,
        provider: &FakeProvider,
        logs: &Path,
        extra: &[(&str, &str)],
    ) -> Serve {
        let log = logs.join(format!("{name}.log"));
        let stderr = File::create(&log).expect("a log file");
        let binary = this_trees_binary();
        let mut command = Command::new(binary);
        command
            .arg("serve")
            .env_clear()
            .env("DATABASE_URL", database_url)
            .env("HOMEVISIT_LISTEN", "127.0.0.1:0")
            .env("HOMEVISIT_PUBLIC_URL", public_url(name))
            .env("TWILIO_ACCOUNT_SID", fake_provider::ACCOUNT_SID)
            .env("TWILIO_AUTH_TOKEN", fake_provider::AUTH_TOKEN)
            .env("TWILIO_API_BASE", provider.base_url())
            .env("TWILIO_FROM", common::app::OUR_NUMBER)
            .env("HOMEVISIT_QUIET_HOURS", "none")
            .env("HOMEVISIT_SEND_RATE", "2000")
            .env("HOMEVISIT_SEND_LEASE_SECS", "2")
            .env("HOMEVISIT_PROVIDER_TIMEOUT", "1")
            .env("RUST_LOG", "warn")
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(stderr);
        for (name, value) in extra {
            command.env(name, value);
        }
        let child = command
            .spawn()
            .unwrap_or_else(|e| panic!("starting {binary}: {e}"));
        Serve { name, child, log }
    }

    /// Panics with the process's log if it has exited.
    fn assert_running(&mut self) {
        if let Ok(Some(status)) = self.child.try_wait() {
            panic!(
                "`serve` {} exited ({status}):\n{}",
                self.name,
                self.log_tail()
            );
        }
    }

    /// The end of what the process logged (warnings and errors), for a failure message.
    fn log_tail(&self) -> String {
        let log = std::fs::read_to_string(&self.log).unwrap_or_default();
        let lines: Vec<&str> = log.lines().collect();
        lines[lines.len().saturating_sub(20)..].join("\n")
    }

    /// SIGKILL: no shutdown, no last writes; returns once the process is gone.
    fn kill_9(&mut self) {
        self.assert_running();
        self.child.kill().expect("SIGKILL");
        self.child.wait().expect("reap the killed process");
    }
}

impl Drop for Serve {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The `HOMEVISIT_PUBLIC_URL` of the process called `name`: its texts' callbacks start with it.
fn public_url(name: &str) -> String {
    // Loopback (Twilio mode refuses plain http elsewhere); the path names the process. Nothing
    // calls it: the fake is not told to post callbacks here.
    format!("http://127.0.0.1:9/{name}")
}

/// How many of `sent` the process called `name` sent.
fn sent_by(sent: &[SentMessage], name: &str) -> usize {
    let prefix = format!("{}/", public_url(name));
    sent.iter()
        .filter(|m| {
            m.status_callback
                .as_deref()
                .is_some_and(|c| c.starts_with(&prefix))
        })
        .count()
}

/// Our message id, from the `?m=` of the text's status callback.
fn message_id(sent: &SentMessage) -> i64 {
    sent.status_callback
        .as_deref()
        .and_then(|url| url.split_once("?m="))
        .and_then(|(_, id)| id.parse().ok())
        .unwrap_or_else(|| panic!("no message id in the callback of {sent:?}"))
}

/// Polls the fake until `enough` holds, checking all the while that every
/// process is still alive; panics after [`DEADLINE`].
async fn wait_until(
    provider: &FakeProvider,
    what: &str,
    processes: &mut [&mut Serve],
    enough: impl Fn(&FakeProvider) -> bool,
) {
    let give_up = tokio::time::Instant::now() + DEADLINE;
    let mut poll = tokio::time::interval(Duration::from_millis(10));
    loop {
        if enough(provider) {
            return;
        }
        for process in processes.iter_mut() {
            process.assert_running();
        }
        if tokio::time::Instant::now() >= give_up {
            let logs: Vec<String> = processes
                .iter()
                .map(|p| format!("--- {} logged:\n{}", p.name, p.log_tail()))
                .collect();
            panic!(
                "waited {DEADLINE:?} for {what}; the fake received {} texts\n{}",
                provider.sent().len(),
                logs.join("\n")
            );
        }
        poll.tick().await;
    }
}

/// Polls the database until every outbox row is `sent`; panics after [`DEADLINE`].
async fn wait_until_outbox_all_sent(db: &Db, rows: usize) {
    let give_up = tokio::time::Instant::now() + DEADLINE;
    let mut poll = tokio::time::interval(Duration::from_millis(10));
    loop {
        let sent = count(db, "SELECT COUNT(*) FROM outbox WHERE state = 'sent'").await;
        let all = count(db, "SELECT COUNT(*) FROM outbox").await;
        assert_eq!(all, rows as i64, "the outbox holds the queued texts");
        if sent == all {
            return;
        }
        assert!(
            tokio::time::Instant::now() < give_up,
            "waited {DEADLINE:?} for the outbox to be all sent; {sent} of {all} are"
        );
        poll.tick().await;
    }
}

async fn count(db: &Db, sql: &str) -> i64 {
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
        Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await,
    }
    .expect("a count")
}

/// The message ids of the outbox rows claimed but not settled (`sending`).
async fn in_flight(db: &Db) -> Vec<i64> {
    let sql = "SELECT message_id FROM outbox WHERE state = 'sending' ORDER BY id";
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await,
        Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await,
    }
    .expect("the in-flight rows")
}

/// How many distinct queued texts the fake received.
fn distinct_bodies(sent: &[SentMessage]) -> usize {
    sent.iter().map(|m| &m.body).collect::<HashSet<_>>().len()
}

/// Every queued text reached the fake at least once, and nothing else did.
fn assert_none_lost(queued: &[Queued], sent: &[SentMessage]) {
    let received: HashSet<(&str, &str)> = sent
        .iter()
        .map(|m| (m.to.as_str(), m.body.as_str()))
        .collect();
    let expected: HashSet<(&str, &str)> = queued
        .iter()
        .map(|q| (q.phone.as_str(), q.body.as_str()))
        .collect();
    let lost: Vec<_> = expected.difference(&received).collect();
    assert!(lost.is_empty(), "lost {} texts: {lost:?}", lost.len());
    let strays: Vec<_> = received.difference(&expected).collect();
    assert!(strays.is_empty(), "texts nobody queued: {strays:?}");
}

/// The texts the fake received more than once, with how many times.
fn doubled(sent: &[SentMessage]) -> HashMap<i64, usize> {
    let mut times: HashMap<i64, usize> = HashMap::new();
    for message in sent {
        *times.entry(message_id(message)).or_default() += 1;
    }
    times.retain(|_, n| *n > 1);
    times
}

/// Each phone got its texts in the order they were queued (counting a text's first arrival).
fn assert_in_queue_order_per_phone(queued: &[Queued], sent: &[SentMessage]) {
    let mut expected: HashMap<&str, Vec<&str>> = HashMap::new();
    for text in queued {
        expected.entry(&text.phone).or_default().push(&text.body);
    }
    let mut received: HashMap<&str, Vec<&str>> = HashMap::new();
    for message in sent {
        let bodies = received.entry(&message.to).or_default();
        if !bodies.contains(&message.body.as_str()) {
            bodies.push(&message.body);
        }
    }
    for (phone, bodies) in &expected {
        assert_eq!(
            received.get(phone),
            Some(bodies),
            "{phone} got its texts out of order"
        );
    }
}

/// Two `serve` processes drain one queue of `phones` × `rounds` texts together.
async fn two_processes_send_each_text_exactly_once(t: TestDb, phones: usize, rounds: usize) {
    let provider = FakeProvider::start().await;
    let logs = tempfile::tempdir().expect("a log dir");
    // Both start idle, then find the whole campaign queued at once (they poll an idle queue
    // every second), so neither has a head start.
    let mut a = Serve::start("serve-a", &t.url, &provider, logs.path(), &[]);
    let mut b = Serve::start("serve-b", &t.url, &provider, logs.path(), &[]);
    let queued = queue_campaign(&t.db, phones, rounds).await;

    wait_until(&provider, "every text", &mut [&mut a, &mut b], |p| {
        p.sent().len() >= queued.len()
    })
    .await;
    wait_until_outbox_all_sent(&t.db, queued.len()).await;

    let sent = provider.sent(); // anything sent twice would be here by now
    assert_none_lost(&queued, &sent);
    assert_eq!(doubled(&sent), HashMap::new(), "texts sent twice");
    assert_eq!(sent.len(), queued.len());
    assert_in_queue_order_per_phone(&queued, &sent);
    let (by_a, by_b) = (sent_by(&sent, "serve-a"), sent_by(&sent, "serve-b"));
    eprintln!(
        "{} texts: serve-a sent {by_a}, serve-b sent {by_b}",
        sent.len()
    );
    assert_eq!(by_a + by_b, sent.len());
    assert!(
        by_a > 0 && by_b > 0,
        "both processes take a share (a: {by_a}, b: {by_b}), or this proves nothing"
    );
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_serve_processes_on_one_postgres_send_each_of_2000_texts_exactly_once() {
    if let Some(t) = TestDb::postgres().await {
        two_processes_send_each_text_exactly_once(t, 200, 10).await;
    }
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn two_serve_processes_on_one_sqlite_file_send_each_text_exactly_once() {
    two_processes_send_each_text_exactly_once(TestDb::sqlite().await, 50, 10).await;
}

/// When the first run is killed.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Kill {
    /// Whatever it is doing once more than 50 texts are out.
    AnyMoment,
    /// While the provider holds a text it has taken but not answered: inside the window for sure.
    WhileTheProviderHoldsAText,
}

/// What a kill and restart came to.
struct Restarted {
    /// Message ids of the rows `sending` right after the kill.
    in_flight: Vec<i64>,
    /// Message ids received more than once, with how many times.
    doubled: HashMap<i64, usize>,
    /// From the restart until every text in flight at the kill was settled (`sent`).
    recovered_in: Duration,
}

/// `serve` is killed with SIGKILL mid-campaign and started again; every text is checked to
/// have arrived once, in order per phone, and the outbox to end all `sent`.
///
/// A claimed row is `sending` from its claim until the provider's answer is recorded. If the
/// process dies in between, the row's lease (`lease` seconds) runs out, the row becomes
/// `unknown`, and the restarted process looks it up at the provider (the message list, by
/// recipient and text since the claim): found, it is recorded as sent; not found, it is queued
/// again and sent for the first time. Nothing is sent twice.
async fn kill_9_and_restart(t: &TestDb, kill: Kill, lease: &str) -> Restarted {
    const PHONES: usize = 50;
    const ROUNDS: usize = 10;
    let total = PHONES * ROUNDS;
    let provider = FakeProvider::start().await;
    let logs = tempfile::tempdir().expect("a log dir");
    let queued = queue_campaign(&t.db, PHONES, ROUNDS).await;
    // 200 segments a second: a few seconds for the campaign, time enough to kill it midway.
    let settings = [
        ("HOMEVISIT_SEND_RATE", "200"),
        ("HOMEVISIT_SEND_LEASE_SECS", lease),
    ];

    let mut first = Serve::start("first-run", &t.url, &provider, logs.path(), &settings);
    wait_until(&provider, "more than 50 texts", &mut [&mut first], |p| {
        p.sent().len() > 50
    })
    .await;
    if kill == Kill::WhileTheProviderHoldsAText {
        provider.hang_next(1);
        wait_until(
            &provider,
            "a text held unanswered",
            &mut [&mut first],
            |p| p.attempts().iter().any(|a| a.answered.is_none()),
        )
        .await;
    }
    first.kill_9();
    let before_kill = provider.sent().len();
    let in_flight = in_flight(&t.db).await;
    assert!(
        before_kill < total,
        "killed mid-campaign ({before_kill} sent)"
    );

    let restarted = std::time::Instant::now();
    let mut second = Serve::start("second-run", &t.url, &provider, logs.path(), &settings);
    let settled = |db: &Db, ids: Vec<i64>| {
        let db = db.clone();
        async move {
            for id in ids {
                let sql = format!(
                    "SELECT COUNT(*) FROM outbox WHERE message_id = {id} AND state = 'sent'"
                );
                if count(&db, &sql).await == 0 {
                    return false;
                }
            }
            true
        }
    };
    let give_up = tokio::time::Instant::now() + DEADLINE;
    while !settled(&t.db, in_flight.clone()).await {
        second.assert_running();
        assert!(
            tokio::time::Instant::now() < give_up,
            "the text in flight at the kill was never settled\n{}",
            second.log_tail()
        );
        tokio::time::sleep(Duration::from_millis(20)).await;
    }
    let recovered_in = restarted.elapsed();
    wait_until(&provider, "every text", &mut [&mut second], |p| {
        distinct_bodies(&p.sent()) >= total
    })
    .await;
    wait_until_outbox_all_sent(&t.db, total).await;

    let sent = provider.sent();
    assert_none_lost(&queued, &sent);
    assert_in_queue_order_per_phone(&queued, &sent);
    let doubled = doubled(&sent);
    eprintln!(
        "{kill:?} (lease {lease} s): {} texts received for {total} queued: {before_kill} before \
         the kill (first run sent {}), {} after (second run sent {}); in flight at the kill: \
         {in_flight:?}, settled {recovered_in:?} after the restart; doubled: {doubled:?}; \
         look-ups: {}",
        sent.len(),
        sent_by(&sent, "first-run"),
        sent.len() - before_kill,
        sent_by(&sent, "second-run"),
        provider.lookups(),
    );
    assert!(in_flight.len() <= 1, "one sender sends one text at a time");
    Restarted {
        in_flight,
        doubled,
        recovered_in,
    }
}

async fn a_serve_killed_at_any_moment_and_restarted_loses_nothing_and_doubles_nothing(t: TestDb) {
    let restarted = kill_9_and_restart(&t, Kill::AnyMoment, "2").await;
    assert_eq!(restarted.doubled, HashMap::new(), "nothing sent twice");
}

/// With the default lease (30 s): the held text is looked up, found, and recorded — not sent
/// again — once the lease runs out.
async fn a_text_the_provider_took_but_had_not_answered_at_the_kill_is_looked_up_not_resent(
    t: TestDb,
) {
    let restarted = kill_9_and_restart(&t, Kill::WhileTheProviderHoldsAText, "30").await;
    assert_eq!(restarted.in_flight.len(), 1, "the held text was in flight");
    assert_eq!(restarted.doubled, HashMap::new(), "never sent twice");
    // The figure for the README (no timing threshold here: DEADLINE bounds the wait).
    eprintln!("recovery: {:?} from restart", restarted.recovered_in);
}

on_both_databases!(
    a_serve_killed_at_any_moment_and_restarted_loses_nothing_and_doubles_nothing,
    a_text_the_provider_took_but_had_not_answered_at_the_kill_is_looked_up_not_resent,
);
