//! Bench (2): a campaign launch of N families (default 100,000; `HOMEVISIT_BENCH_FAMILIES`
//! shrinks it) through `campaign::launch`, as `homevisit campaign launch` runs it, against the
//! baseline in the same run: one batched raw insert of as many rows.
//!
//! Two baselines, both multi-row `INSERT`s of 500 rows in one transaction, timed on the same
//! database right after the launch:
//! - `raw invitations`: N rows into `invitations` (the issue's baseline: "one batched insert of
//!   as many rows");
//! - `raw 3 tables`: the rows a launch writes per family — an `invitations`, a `messages` (a
//!   300-character body) and an `outbox` row — N of each.
//!
//! SQLite on a temp file always; PostgreSQL too when `HOMEVISIT_TEST_POSTGRES_URL` is set.
//! Run: `cargo bench --bench launch` (see benches/README.md). No assertion: it prints.

mod common;

use std::time::{Duration, Instant};

use common::BenchDb;
use homevisit::campaign;
use homevisit::i18n::Locales;
use homevisit::store::Db;

/// Rows per statement of the raw baseline.
const RAW_ROWS_PER_INSERT: usize = 500;

fn main() {
    // `cargo bench` passes `--bench`; a filter argument (as for criterion) is ignored.
    let families = common::env_usize("HOMEVISIT_BENCH_FAMILIES", 100_000);
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .worker_threads(2)
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async {
        println!("campaign launch of {families} families vs one batched raw insert");
        let sqlite = BenchDb::sqlite().await;
        run(&sqlite, families).await;
        sqlite.finish().await;
        match std::env::var("HOMEVISIT_TEST_POSTGRES_URL") {
            Ok(admin) => {
                let pg = BenchDb::postgres(&admin).await;
                run(&pg, families).await;
                pg.finish().await;
            }
            Err(_) => println!("postgres: not measured (HOMEVISIT_TEST_POSTGRES_URL not set)"),
        }
    });
}

async fn run(bench: &BenchDb, families: usize) {
    let db = &bench.db;
    common::seed_school(db, families).await;
    let config = common::config(&bench.url);
    let locales = Locales::load().expect("locales");
    let me = std::process::id();
    let cpu_before = common::cpu_seconds(me);
    let started = Instant::now();
    let launch = campaign::launch(
        db,
        &config,
        &locales,
        campaign::Request {
            school: common::SCHOOL,
            name: "Fall visits",
            sampling: None,
            dry_run: false,
            second_visit_of: None,
        },
        common::now(),
    )
    .await
    .expect("launch");
    let launch_took = started.elapsed();
    let launch_cpu = common::cpu_seconds(me) - cpu_before;
    assert_eq!(launch.invited, families, "every family is invited");
    let campaign = launch.campaign.expect("a real launch has a campaign");
    let cpu_before = common::cpu_seconds(me);
    let raw_invitations = raw_insert(db, families, campaign, false).await;
    let raw_invitations_cpu = common::cpu_seconds(me) - cpu_before;
    let raw_three = raw_insert(db, families, campaign, true).await;
    let dialect = db.dialect();
    println!(
        "{dialect}: launch {families} families {:.3} s ({:.1} µs/family, {} segments)",
        launch_took.as_secs_f64(),
        launch_took.as_secs_f64() * 1e6 / families as f64,
        launch.segments
    );
    // This process's CPU (every thread: the runtime's and sqlx's SQLite workers; on PostgreSQL
    // the server's backends are not counted), in ticks of 10 ms.
    println!(
        "{dialect}: launch CPU {launch_cpu:.2} s (this process) against {raw_invitations_cpu:.2} s for the raw invitations insert"
    );
    for (what, took) in [
        ("raw invitations", raw_invitations),
        ("raw 3 tables", raw_three),
    ] {
        println!(
            "{dialect}: {what} insert of {families} rows {:.3} s; ratio (raw time / launch time) {:.3}",
            took.as_secs_f64(),
            took.as_secs_f64() / launch_took.as_secs_f64()
        );
    }
}

/// Inserts `n` invitation rows (with `three`, also a message and an outbox row each) in one
/// transaction, 500 rows per statement, under a second campaign, and gives the time it took.
async fn raw_insert(db: &Db, n: usize, like_campaign: i64, three: bool) -> Duration {
    let body = "Hi Parent Diaz! Two teachers from Lincoln Elementary would like to visit you \
                for 30 minutes to hear your hopes for Kid. It is voluntary. Reply 1 for Mon, \
                Oct 5, 3:00 PM; 2 for Mon, Oct 5, 4:00 PM; 3 for Mon, Oct 5, 5:00 PM. Reply NO \
                if you would rather not. Reply STOP to opt out. Thanks!";
    let ids: Vec<i64> = match db {
        Db::Sqlite(p) => sqlx::query_scalar("SELECT id FROM families ORDER BY id")
            .fetch_all(p)
            .await
            .unwrap(),
        Db::Postgres(p) => sqlx::query_scalar("SELECT id FROM families ORDER BY id")
            .fetch_all(p)
            .await
            .unwrap(),
    };
    let ids = &ids[..n.min(ids.len())];
    let name = if three { "raw 3" } else { "raw 1" };
    let create = format!(
        "INSERT INTO campaigns (school_id, name, roster_size, launched_at)
         SELECT school_id, '{name}', roster_size, launched_at FROM campaigns WHERE id = {like_campaign}
         RETURNING id"
    );
    // As `store::campaigns` writes them: `$N` on PostgreSQL, anonymous `?` on SQLite (sqlx
    // binds numbered SQLite parameters in O(n²); see `campaigns::placeholders`).
    let numbered = matches!(db, Db::Postgres(_));
    let started = Instant::now();
    macro_rules! batch {
        ($pool:expr) => {{
            let mut tx = $pool.begin().await.unwrap();
            let campaign: i64 = sqlx::query_scalar(&create)
                .fetch_one(&mut *tx)
                .await
                .unwrap();
            for chunk in ids.chunks(RAW_ROWS_PER_INSERT) {
                let values = |width: usize| {
                    (0..chunk.len())
                        .map(|r| {
                            let ps: Vec<String> = (1..=width)
                                .map(|k| match numbered {
                                    true => format!("${}", r * width + k),
                                    false => "?".to_string(),
                                })
                                .collect();
                            format!("({})", ps.join(", "))
                        })
                        .collect::<Vec<_>>()
                        .join(", ")
                };
                let sql = format!(
                    "INSERT INTO invitations (campaign_id, family_id, state, offer, invited_at, updated_at) VALUES {}",
                    values(6)
                );
                let mut q = sqlx::query(&sql);
                for id in chunk {
                    q = q
                        .bind(campaign)
                        .bind(*id)
                        .bind("invited")
                        .bind("1,2,3")
                        .bind(1_790_000_000_i64)
                        .bind(1_790_000_000_i64);
                }
                q.execute(&mut *tx).await.unwrap();
                if three {
                    // As `campaigns::queue_texts` writes them: on SQLite no row comes back (the
                    // queue rows are copied from the messages above the largest id before);
                    // on PostgreSQL the message ids come back for the queue rows.
                    let before: i64 = sqlx::query_scalar("SELECT COALESCE(MAX(id), 0) FROM messages")
                        .fetch_one(&mut *tx)
                        .await
                        .unwrap();
                    let sql = format!(
                        "INSERT INTO messages (direction, school_id, family_id, phone, body, status, segments, created_at, updated_at) VALUES {}{}",
                        values(9),
                        if numbered { " RETURNING id" } else { "" }
                    );
                    let mut q = sqlx::query_scalar(&sql);
                    for id in chunk {
                        q = q
                            .bind("out")
                            .bind(1_i64)
                            .bind(*id)
                            .bind("+19160000000")
                            .bind(body)
                            .bind("pending")
                            .bind(3_i64)
                            .bind(1_790_000_000_i64)
                            .bind(1_790_000_000_i64);
                    }
                    let messages: Vec<i64> = q.fetch_all(&mut *tx).await.unwrap();
                    if numbered {
                        let sql = format!(
                            "INSERT INTO outbox (message_id, phone, state, not_before, created_at, zone) VALUES {}",
                            values(6)
                        );
                        let mut q = sqlx::query(&sql);
                        for id in messages {
                            q = q
                                .bind(id)
                                .bind("+19160000000")
                                .bind("queued")
                                .bind(1_790_000_000_i64)
                                .bind(1_790_000_000_i64)
                                .bind("America/Los_Angeles");
                        }
                        q.execute(&mut *tx).await.unwrap();
                    } else {
                        sqlx::query(
                            "INSERT INTO outbox (message_id, phone, state, not_before, created_at, zone)
                             SELECT id, phone, 'queued', 1790000000, 1790000000, 'America/Los_Angeles'
                             FROM messages WHERE id > ? ORDER BY id",
                        )
                        .bind(before)
                        .execute(&mut *tx)
                        .await
                        .unwrap();
                    }
                }
            }
            tx.commit().await.unwrap();
        }};
    }
    match db {
        Db::Sqlite(p) => batch!(p),
        Db::Postgres(p) => batch!(p),
    }
    started.elapsed()
}
