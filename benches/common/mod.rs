//! What the benches share: a school the size of the (40 educators, 400 pair slots,
//! N families in a dozen languages), set up through the same library calls as
//! `homevisit import …`, on a fresh SQLite file or a fresh PostgreSQL database.
#![allow(dead_code)] // each bench uses its own part of this module

use std::collections::HashMap;
use std::time::Instant;

use chrono::{DateTime, TimeZone, Utc};
use homevisit::config::Config;
use homevisit::store::{Db, schools};

/// The school key every bench uses.
pub const SCHOOL: &str = "lincoln";
pub const EDUCATORS: usize = 40;
/// Slots per pair: 20 pairs × 20 = 400 slots.
pub const SLOTS_PER_PAIR: usize = 20;

/// The languages of the generated families, weighted as a Sacramento-like district's roster
/// (half English, a quarter Spanish, the rest spread).
pub const FAMILY_LANGUAGES: [&str; 20] = [
    "en", "en", "en", "en", "en", "en", "en", "en", "en", "en", "es", "es", "es", "es", "es", "vi",
    "hmn", "zh-Hans", "ar", "ru",
];

/// The launch time the benches use: before every generated slot (October 2026).
pub fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 1, 19, 0, 0).unwrap()
}

/// An env var as a number, or its default.
pub fn env_usize(name: &str, default: usize) -> usize {
    std::env::var(name)
        .ok()
        .and_then(|v| v.replace('_', "").parse().ok())
        .unwrap_or(default)
}

pub fn educator_name(i: usize) -> String {
    format!("Teacher{i:02} Lopez")
}

pub fn educators_csv() -> String {
    const LANGUAGES: [&str; 8] = [
        "en",
        "es;en",
        "vi;en",
        "en",
        "hmn;en",
        "es",
        "zh-Hans;en",
        "ar;en",
    ];
    let mut csv = String::from("name,phone,languages,email\n");
    for i in 0..EDUCATORS {
        csv += &format!(
            "{},+1916410{:04},{},\n",
            educator_name(i),
            1000 + i,
            LANGUAGES[i % LANGUAGES.len()]
        );
    }
    csv
}

/// 20 pairs, each with 20 slots on five days from 5 Oct 2026 (15:00–18:00 local), never
/// overlapping.
pub fn slots_csv() -> String {
    slots_csv_from(chrono::NaiveDate::from_ymd_opt(2026, 10, 5).unwrap())
}

/// The same slots from `first_day` on.
pub fn slots_csv_from(first_day: chrono::NaiveDate) -> String {
    let mut csv = String::from("educator_1,educator_2,start,minutes,location\n");
    for pair in 0..EDUCATORS / 2 {
        for j in 0..SLOTS_PER_PAIR {
            let day = first_day + chrono::Days::new((j / 4 + 7 * (pair % 3)) as u64);
            let hour = 15 + j % 4;
            let location = if pair % 5 == 0 { "Library" } else { "" };
            csv += &format!(
                "{},{},{} {hour}:00,30,{location}\n",
                educator_name(2 * pair),
                educator_name(2 * pair + 1),
                day.format("%Y-%m-%d")
            );
        }
    }
    csv
}

/// The phone of generated family `i` (valid US numbers, one per family).
pub fn family_phone(i: usize) -> String {
    format!("+1916{:03}{:04}", 300 + i / 10_000, i % 10_000)
}

/// `n` families, one student each (every seventh family has two), each student with a teacher.
pub fn families_csv(n: usize) -> String {
    let mut csv = String::from("student,guardian,phone,language,student_id,teacher\n");
    for i in 0..n {
        let language = FAMILY_LANGUAGES[i % FAMILY_LANGUAGES.len()];
        let phone = family_phone(i);
        let teacher = educator_name((i * 7) % EDUCATORS);
        csv += &format!("Kid{i} Diaz,Parent{i} Diaz,{phone},{language},S{i},{teacher}\n");
        if i % 7 == 0 {
            let other = educator_name((i * 7 + 3) % EDUCATORS);
            csv += &format!("Sib{i} Diaz,Parent{i} Diaz,{phone},{language},T{i},{other}\n");
        }
    }
    csv
}

/// A configuration for the benches (quiet hours as shipped, send rate 1/s).
pub fn config(database_url: &str) -> Config {
    let vars: HashMap<String, String> = [
        ("DATABASE_URL", database_url),
        ("HOMEVISIT_PROGRAM_NAME", "Lincoln Home Visits"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    Config::from_vars(&vars).expect("bench config")
}

/// A fresh database: SQLite in a temp dir, or a new PostgreSQL database under `admin_url`.
pub struct BenchDb {
    pub db: Db,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl BenchDb {
    pub async fn sqlite() -> BenchDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("homevisit.db").display());
        let db = Db::connect(&url).await.expect("sqlite opens");
        db.migrate().await.expect("sqlite migrates");
        BenchDb {
            db,
            url,
            _dir: Some(dir),
            pg: None,
        }
    }

    pub async fn postgres(admin_url: &str) -> BenchDb {
        let name = format!("homevisit_bench_{}", std::process::id());
        let admin = Db::connect(admin_url).await.expect("PostgreSQL answers");
        if let Db::Postgres(pool) = &admin {
            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(pool)
                .await
                .expect("drop old bench database");
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(pool)
                .await
                .expect("create bench database");
        }
        admin.close().await;
        let url = with_database(admin_url, &name);
        let db = Db::connect(&url).await.expect("bench database opens");
        db.migrate().await.expect("postgres migrates");
        BenchDb {
            db,
            url,
            _dir: None,
            pg: Some((admin_url.to_string(), name)),
        }
    }

    /// Drops a PostgreSQL bench database (SQLite's temp dir goes with `self`).
    pub async fn finish(mut self) {
        self.db.close().await;
        if let Some((admin_url, name)) = self.pg.take()
            && let Ok(Db::Postgres(pool)) = Db::connect(&admin_url).await
        {
            let _ = sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                .execute(&pool)
                .await;
            pool.close().await;
        }
    }
}

/// The admin URL with its database replaced by `name`.
pub fn with_database(admin_url: &str, name: &str) -> String {
    let (base, query) = match admin_url.split_once('?') {
        Some((b, q)) => (b, Some(q)),
        None => (admin_url, None),
    };
    let after_scheme = base.find("://").map(|i| i + 3).unwrap_or(0);
    let base = match base[after_scheme..].find('/') {
        Some(slash) => &base[..after_scheme + slash],
        None => base,
    };
    match query {
        Some(q) => format!("{base}/{name}?{q}"),
        None => format!("{base}/{name}"),
    }
}

/// The school, its educators and slots, and `families` families, through the import API.
pub async fn seed_school(db: &Db, families: usize) {
    seed_school_with(db, families, &slots_csv(), now()).await
}

/// As [`seed_school`], with these slots, imported at `at`.
pub async fn seed_school_with(db: &Db, families: usize, slots: &str, at: DateTime<Utc>) {
    let started = Instant::now();
    let mut tx = db.begin().await.expect("begin");
    schools::upsert(
        &mut tx,
        SCHOOL,
        "Lincoln Elementary",
        chrono_tz::America::Los_Angeles,
        Default::default(),
        Some("916-555-0100"),
        at.timestamp(),
    )
    .await
    .expect("school");
    tx.commit().await.expect("commit school");
    homevisit::import::educators(db, SCHOOL, educators_csv().as_bytes(), at)
        .await
        .expect("educators import");
    homevisit::import::slots(db, SCHOOL, slots.as_bytes(), at)
        .await
        .expect("slots import");
    homevisit::import::families(db, SCHOOL, families_csv(families).as_bytes(), at)
        .await
        .expect("families import");
    eprintln!(
        "  seeded {EDUCATORS} educators, {} slots, {families} families on {} in {:.1} s",
        EDUCATORS / 2 * SLOTS_PER_PAIR,
        db.dialect(),
        started.elapsed().as_secs_f64()
    );
}

/// Where a server bench keeps its data: a SQLite file in `dir`, or — with
/// `HOMEVISIT_BENCH_DATABASE=postgres` — a fresh database under `HOMEVISIT_TEST_POSTGRES_URL`
/// (dropped by [`ServerDb::finish`]).
pub struct ServerDb {
    pub url: String,
    /// "SQLite" or "PostgreSQL", for the bench's tables.
    pub engine: &'static str,
    pg: Option<BenchDb>,
}

impl ServerDb {
    pub async fn choose(dir: &std::path::Path) -> ServerDb {
        if std::env::var("HOMEVISIT_BENCH_DATABASE").is_ok_and(|d| d == "postgres") {
            let admin = std::env::var("HOMEVISIT_TEST_POSTGRES_URL")
                .expect("HOMEVISIT_BENCH_DATABASE=postgres needs HOMEVISIT_TEST_POSTGRES_URL");
            let pg = BenchDb::postgres(&admin).await;
            ServerDb {
                url: pg.url.clone(),
                engine: "PostgreSQL",
                pg: Some(pg),
            }
        } else {
            ServerDb {
                url: format!("sqlite://{}", dir.join("homevisit.db").display()),
                engine: "SQLite",
                pg: None,
            }
        }
    }

    pub async fn finish(self) {
        if let Some(pg) = self.pg {
            pg.finish().await;
        }
    }
}

/// A scalar `COUNT(*)`-style query on either database.
pub async fn count(db: &Db, sql: &str) -> i64 {
    match db {
        Db::Sqlite(p) => sqlx::query_scalar(sql).fetch_one(p).await,
        Db::Postgres(p) => sqlx::query_scalar(sql).fetch_one(p).await,
    }
    .expect("count")
}

/// A loopback port free right now.
pub fn free_port() -> u16 {
    std::net::TcpListener::bind("127.0.0.1:0")
        .and_then(|l| l.local_addr())
        .map(|a| a.port())
        .expect("a free port")
}

/// User + system CPU seconds of process `pid` so far (`/proc/PID/stat` fields 14 and 15).
pub fn cpu_seconds(pid: u32) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/stat"))
        .ok()
        .and_then(|s| {
            // The command name (field 2) may hold spaces: count fields after its ')'.
            let rest = s.rsplit_once(')')?.1.to_string();
            let fields: Vec<&str> = rest.split_whitespace().collect();
            let user: f64 = fields.get(11)?.parse().ok()?;
            let system: f64 = fields.get(12)?.parse().ok()?;
            // USER_HZ is 100 on Linux.
            Some((user + system) / 100.0)
        })
        .unwrap_or(0.0)
}

/// A `/proc/PID/status` figure in kB (`VmRSS:`, `VmHWM:`).
pub fn status_kb(pid: u32, field: &str) -> f64 {
    std::fs::read_to_string(format!("/proc/{pid}/status"))
        .ok()
        .and_then(|s| {
            s.lines()
                .find(|l| l.starts_with(field))
                .and_then(|l| l.split_whitespace().nth(1))
                .and_then(|v| v.parse().ok())
        })
        .unwrap_or(0.0)
}
