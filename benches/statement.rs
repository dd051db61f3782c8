//! What one SQL statement costs the server, to explain bench (1): the CPU time (user + system,
//! this whole process) per statement when 32 tasks run statements through an sqlx pool like
//! the server's (SQLite: 4 connections, WAL, `synchronous=NORMAL`; PostgreSQL: 10), on a
//! multi-threaded tokio runtime pinned to one core as `benches/inbound.rs` pins the server.
//!
//! Three shapes: `SELECT 1`; a one-row read by primary key; and a write transaction of one
//! `INSERT` (`BEGIN IMMEDIATE` … `COMMIT` on SQLite). Baseline in the same run: the same
//! `SELECT 1` straight through SQLite's C API (`libsqlite3-sys`, the library sqlx bundles) on
//! one thread, with no async handoff at all.
//!
//! Run: `cargo bench --bench statement` (PostgreSQL too when `HOMEVISIT_TEST_POSTGRES_URL` is
//! set).

mod common;

use std::time::Instant;

use homevisit::store::Db;

const TASKS: usize = 32;
const PER_TASK: usize = 2_000;

fn main() {
    if std::env::args().any(|a| a == "--list") {
        return;
    }
    // The whole process on core 0, like the server in bench (1).
    let _ = std::process::Command::new("taskset")
        .args(["-a", "-p", "-c", "0", &std::process::id().to_string()])
        .stdout(std::process::Stdio::null())
        .status();
    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    println!("| statement | through | CPU per statement | statements/s |");
    println!("|---|---|---|---|");
    let raw = raw_select_one(5_000_000);
    println!(
        "| `SELECT 1` | SQLite C API, one thread (baseline) | {:.2} µs | {:.0} |",
        raw.0, raw.1
    );
    runtime.block_on(async {
        let sqlite = common::BenchDb::sqlite().await;
        shapes(&sqlite.db, "sqlx SQLite pool, 32 tasks").await;
        sqlite.finish().await;
        // The same write transaction with `synchronous=FULL` (an fsync per commit) instead of
        // the server's NORMAL: what durability against power loss would cost per reply.
        let dir = tempfile::tempdir().expect("temp dir");
        let options = sqlx::sqlite::SqliteConnectOptions::new()
            .filename(dir.path().join("full.db"))
            .create_if_missing(true)
            .journal_mode(sqlx::sqlite::SqliteJournalMode::Wal)
            .synchronous(sqlx::sqlite::SqliteSynchronous::Full)
            .busy_timeout(std::time::Duration::from_secs(10));
        let pool = sqlx::sqlite::SqlitePoolOptions::new()
            .max_connections(4)
            .connect_with(options)
            .await
            .expect("sqlite with synchronous=FULL");
        let full = Db::Sqlite(pool);
        setup(&full).await;
        let started = Instant::now();
        let (cpu_us, per_second) = run_n(&full, Shape::WriteTx, 50).await;
        println!(
            "| `BEGIN`, one `INSERT`, `COMMIT`, `synchronous=FULL` | sqlx SQLite pool, 32 tasks | {cpu_us:.1} µs | {per_second:.0} ({:.0} commits/s) |",
            (TASKS * 50) as f64 / started.elapsed().as_secs_f64()
        );
        full.close().await;
        if let Ok(admin) = std::env::var("HOMEVISIT_TEST_POSTGRES_URL") {
            let pg = common::BenchDb::postgres(&admin).await;
            shapes(&pg.db, "sqlx PostgreSQL pool, 32 tasks").await;
            pg.finish().await;
        }
    });
}

async fn shapes(db: &Db, through: &str) {
    setup(db).await;
    for (name, shape) in [
        ("`SELECT 1`", Shape::SelectOne),
        ("one row by primary key", Shape::ReadRow),
        ("`BEGIN`, one `INSERT`, `COMMIT`", Shape::WriteTx),
    ] {
        let (cpu_us, per_second) = run(db, shape).await;
        println!("| {name} | {through} | {cpu_us:.1} µs | {per_second:.0} |");
    }
}

#[derive(Clone, Copy)]
enum Shape {
    SelectOne,
    ReadRow,
    WriteTx,
}

async fn setup(db: &Db) {
    let sql = "CREATE TABLE bench_rows (id BIGINT PRIMARY KEY, body TEXT NOT NULL)";
    let fill = "INSERT INTO bench_rows (id, body) VALUES (1, 'a row to read')";
    match db {
        Db::Sqlite(p) => {
            sqlx::query(sql).execute(p).await.expect("create");
            sqlx::query(fill).execute(p).await.expect("fill");
        }
        Db::Postgres(p) => {
            sqlx::query(sql).execute(p).await.expect("create");
            sqlx::query(fill).execute(p).await.expect("fill");
        }
    }
}

async fn run(db: &Db, shape: Shape) -> (f64, f64) {
    run_n(db, shape, PER_TASK).await
}

async fn run_n(db: &Db, shape: Shape, per_task: usize) -> (f64, f64) {
    let before = common::cpu_seconds(std::process::id());
    let started = Instant::now();
    let mut tasks = Vec::new();
    for task in 0..TASKS {
        let db = db.clone();
        tasks.push(tokio::spawn(async move {
            for n in 0..per_task {
                one(&db, shape, (task * per_task + n) as i64 + 10).await;
            }
        }));
    }
    for task in tasks {
        task.await.expect("task");
    }
    let wall = started.elapsed().as_secs_f64();
    let cpu = common::cpu_seconds(std::process::id()) - before;
    // A write transaction is three statements (BEGIN, INSERT, COMMIT).
    let statements = (TASKS * per_task) as f64
        * match shape {
            Shape::WriteTx => 3.0,
            _ => 1.0,
        };
    (cpu * 1e6 / statements, statements / wall)
}

async fn one(db: &Db, shape: Shape, id: i64) {
    match shape {
        Shape::SelectOne => {
            let _: i32 = match db {
                Db::Sqlite(p) => sqlx::query_scalar("SELECT 1").fetch_one(p).await,
                Db::Postgres(p) => sqlx::query_scalar("SELECT 1").fetch_one(p).await,
            }
            .expect("select 1");
        }
        Shape::ReadRow => {
            let sql = "SELECT body FROM bench_rows WHERE id = $1";
            let _: String = match db {
                Db::Sqlite(p) => sqlx::query_scalar(sql).bind(1i64).fetch_one(p).await,
                Db::Postgres(p) => sqlx::query_scalar(sql).bind(1i64).fetch_one(p).await,
            }
            .expect("read a row");
        }
        Shape::WriteTx => {
            let mut tx = db.begin().await.expect("begin");
            homevisit::execute!(
                &mut tx,
                "INSERT INTO bench_rows (id, body) VALUES ($1, 'x')",
                id
            )
            .expect("insert");
            tx.commit().await.expect("commit");
        }
    }
}

/// `SELECT 1` prepared once and stepped `n` times through the C API: µs per statement and
/// statements per second.
fn raw_select_one(n: usize) -> (f64, f64) {
    use libsqlite3_sys as ffi;
    let dir = tempfile::tempdir().expect("temp dir");
    let path = std::ffi::CString::new(dir.path().join("raw.db").to_str().expect("utf-8 path"))
        .expect("path");
    let sql = std::ffi::CString::new("SELECT 1").expect("sql");
    // SAFETY: a private connection and statement, used on this thread only, finalized and
    // closed before returning; every return code is checked.
    unsafe {
        let mut db = std::ptr::null_mut();
        assert_eq!(ffi::sqlite3_open(path.as_ptr(), &mut db), ffi::SQLITE_OK);
        let mut statement = std::ptr::null_mut();
        assert_eq!(
            ffi::sqlite3_prepare_v2(db, sql.as_ptr(), -1, &mut statement, std::ptr::null_mut()),
            ffi::SQLITE_OK
        );
        let before = common::cpu_seconds(std::process::id());
        let started = Instant::now();
        let mut sum = 0i64;
        for _ in 0..n {
            assert_eq!(ffi::sqlite3_step(statement), ffi::SQLITE_ROW);
            sum += ffi::sqlite3_column_int64(statement, 0);
            assert_eq!(ffi::sqlite3_reset(statement), ffi::SQLITE_OK);
        }
        let wall = started.elapsed().as_secs_f64();
        let cpu = common::cpu_seconds(std::process::id()) - before;
        assert_eq!(sum, n as i64);
        ffi::sqlite3_finalize(statement);
        ffi::sqlite3_close(db);
        (cpu * 1e6 / n as f64, n as f64 / wall)
    }
}
