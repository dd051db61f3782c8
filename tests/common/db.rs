//! Test databases: a fresh SQLite file in a temp dir, or a fresh, uniquely named PostgreSQL
//! database (dropped afterwards) when `HOMEVISIT_TEST_POSTGRES_URL` is set.

use homevisit::store::Db;

pub struct TestDb {
    pub db: Db,
    pub url: String,
    _dir: Option<tempfile::TempDir>,
    pg: Option<(String, String)>,
}

impl TestDb {
    pub async fn sqlite() -> TestDb {
        let dir = tempfile::tempdir().expect("temp dir");
        let url = format!("sqlite://{}", dir.path().join("homevisit.db").display());
        let db = Db::connect(&url).await.expect("sqlite opens");
        db.migrate().await.expect("sqlite migrates");
        TestDb {
            db,
            url,
            _dir: Some(dir),
            pg: None,
        }
    }

    /// `None` (and a note on stderr) when no PostgreSQL is configured for tests.
    pub async fn postgres() -> Option<TestDb> {
        let Ok(admin_url) = std::env::var("HOMEVISIT_TEST_POSTGRES_URL") else {
            // CI sets HOMEVISIT_REQUIRE_POSTGRES=1: there a missing database fails, not skips.
            assert!(
                std::env::var("HOMEVISIT_REQUIRE_POSTGRES").as_deref() != Ok("1"),
                "HOMEVISIT_REQUIRE_POSTGRES=1 but HOMEVISIT_TEST_POSTGRES_URL is not set"
            );
            eprintln!("skipped: HOMEVISIT_TEST_POSTGRES_URL is not set (PostgreSQL tests need it)");
            return None;
        };
        let name = format!(
            "homevisit_test_{}_{}",
            std::process::id(),
            rand::random::<u32>()
        );
        let admin = Db::connect(&admin_url)
            .await
            .expect("PostgreSQL answers at HOMEVISIT_TEST_POSTGRES_URL");
        if let Db::Postgres(pool) = &admin {
            sqlx::query(&format!("CREATE DATABASE {name}"))
                .execute(pool)
                .await
                .expect("create test database");
        }
        admin.close().await;
        let url = with_database(&admin_url, &name);
        let db = Db::connect(&url).await.expect("test database opens");
        db.migrate().await.expect("postgres migrates");
        Some(TestDb {
            db,
            url,
            _dir: None,
            pg: Some((admin_url, name)),
        })
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

impl Drop for TestDb {
    fn drop(&mut self) {
        if let Some((admin_url, name)) = self.pg.take() {
            let db = self.db.clone();
            // Drop runs outside async context: use a small runtime on a plain thread.
            let _ = std::thread::spawn(move || {
                let Ok(rt) = tokio::runtime::Builder::new_current_thread()
                    .enable_all()
                    .build()
                else {
                    return;
                };
                rt.block_on(async move {
                    db.close().await;
                    if let Ok(Db::Postgres(pool)) = Db::connect(&admin_url).await {
                        let _ =
                            sqlx::query(&format!("DROP DATABASE IF EXISTS {name} WITH (FORCE)"))
                                .execute(&pool)
                                .await;
                        pool.close().await;
                    }
                });
            })
            .join();
        }
    }
}

/// Declares `NAME_sqlite` and `NAME_postgres` tests running `async fn NAME(TestDb)`.
#[macro_export]
macro_rules! on_both_databases {
    ($($name:ident),* $(,)?) => {
        mod on_sqlite {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    super::$name($crate::common::db::TestDb::sqlite().await).await;
                }
            )*
        }
        mod on_postgres {
            $(
                #[tokio::test(flavor = "multi_thread", worker_threads = 2)]
                async fn $name() {
                    if let Some(db) = $crate::common::db::TestDb::postgres().await {
                        super::$name(db).await;
                    }
                }
            )*
        }
    };
}

/// Runs a scalar query (a COUNT, an id) on either database: for test assertions only.
pub async fn scalar(db: &Db, sql: &str) -> i64 {
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_one(pool).await.unwrap(),
    }
}
