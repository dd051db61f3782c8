//! All SQL lives here. One `Db` serves SQLite (the embedded default) and PostgreSQL (scale).
//!
//! The design: SQL is written once, in the subset both databases speak (`$1` parameters,
//! `RETURNING`, `ON CONFLICT`, times as BIGINT epoch seconds, partial unique indexes), and run
//! through [`on_tx!`]/[`on_pool!`], which expand the same code once per driver so each arm is
//! compiled and type-checked against its own database. Where the dialects must differ
//! (`FOR UPDATE SKIP LOCKED`, exclusion constraints, `BEGIN IMMEDIATE`), the arms differ. The
//! same contract tests run against both databases, which replaces sqlx's compile-time checks
//! (those check against one database per crate).

pub mod api_tokens;
pub mod calendar;
pub mod campaigns;
pub mod coordinators;
pub mod dashboard;
pub mod educators;
pub mod families;
pub mod history;
pub mod hours;
pub mod invitations;
pub mod messages;
pub mod opt_outs;
pub mod outbox;
pub mod overview;
pub mod privacy;
pub mod reflections;
pub mod schools;
pub mod sessions;
pub mod simulator;
pub mod slots;
pub mod visits;
pub mod writer;

use std::str::FromStr;
use std::time::Duration;

use sqlx::postgres::{PgConnectOptions, PgPoolOptions};
use sqlx::sqlite::{SqliteConnectOptions, SqliteJournalMode, SqlitePoolOptions, SqliteSynchronous};
use sqlx::{PgPool, Postgres, Sqlite, SqlitePool, Transaction};

/// A connection pool on one of the two databases.
#[derive(Clone, Debug)]
pub enum Db {
    Sqlite(SqlitePool),
    Postgres(PgPool),
}

/// An open transaction. Every inbound event is handled in one.
pub enum Tx {
    Sqlite(Transaction<'static, Sqlite>),
    Postgres(Transaction<'static, Postgres>),
}

/// Runs the same expression with `$c` bound to the transaction's connection, per driver.
#[macro_export]
macro_rules! on_tx {
    ($tx:expr, |$c:ident| $body:expr) => {
        match $tx {
            $crate::store::Tx::Sqlite(t) => {
                let $c = &mut **t;
                $body
            }
            $crate::store::Tx::Postgres(t) => {
                let $c = &mut **t;
                $body
            }
        }
    };
}

/// Runs one statement in the transaction with its bound values, on either driver, and gives
/// the number of rows it changed (as a [`Result`], constraint violations named).
#[macro_export]
macro_rules! execute {
    ($tx:expr, $sql:expr $(, $arg:expr)* $(,)?) => {
        $crate::store::Classify::classify($crate::on_tx!($tx, |c| sqlx::query($sql)
            $(.bind($arg))*
            .execute(c)
            .await
            .map(|done| done.rows_affected())))
    };
}

/// Runs the same expression with `$c` bound to the pool, per driver.
#[macro_export]
macro_rules! on_pool {
    ($db:expr, |$c:ident| $body:expr) => {
        match $db {
            $crate::store::Db::Sqlite(p) => {
                let $c = p;
                $body
            }
            $crate::store::Db::Postgres(p) => {
                let $c = p;
                $body
            }
        }
    };
}

/// Database failures, with the constraint violations the domain cares about named.
#[derive(Debug, thiserror::Error)]
pub enum StoreError {
    #[error("already exists: {0}")]
    Conflict(String),
    #[error("not allowed by the data model: {0}")]
    Check(String),
    #[error("not found: {0}")]
    NotFound(String),
    #[error("database error: {0}")]
    Database(#[from] sqlx::Error),
    /// A stored value the code cannot read (a state no version wrote): never replaced by a
    /// default.
    #[error("invalid stored data: {0}")]
    Invalid(String),
    #[error("migration failed: {0}")]
    Migrate(#[from] sqlx::migrate::MigrateError),
    /// A database setting from the environment that cannot be used.
    #[error("{0}")]
    Setting(String),
    /// The webhooks' writer (`writer::Writes`) could not carry a request's writes through:
    /// they were undone.
    #[error("{0}")]
    Writer(String),
}

impl StoreError {
    /// Turns unique/check violations into `Conflict`/`Check` so callers can answer kindly
    /// (a slot that was just taken is a `Conflict`, not a crash).
    pub fn classify(e: sqlx::Error) -> StoreError {
        if let sqlx::Error::Database(db) = &e {
            let what = db
                .constraint()
                .map(str::to_string)
                .unwrap_or_else(|| db.message().to_string());
            match db.kind() {
                sqlx::error::ErrorKind::UniqueViolation => return StoreError::Conflict(what),
                sqlx::error::ErrorKind::CheckViolation => return StoreError::Check(what),
                _ => {}
            }
            // PostgreSQL exclusion constraints (23P01) have no ErrorKind of their own.
            if db.code().as_deref() == Some("23P01") {
                return StoreError::Conflict(what);
            }
        }
        StoreError::Database(e)
    }

    pub fn is_conflict(&self) -> bool {
        matches!(self, StoreError::Conflict(_))
    }
}

pub type Result<T> = std::result::Result<T, StoreError>;

/// Extension for query results: constraint violations become domain errors.
pub trait Classify<T> {
    fn classify(self) -> Result<T>;
}

impl<T> Classify<T> for std::result::Result<T, sqlx::Error> {
    fn classify(self) -> Result<T> {
        self.map_err(StoreError::classify)
    }
}

impl Db {
    /// Connects to `sqlite://…` (created if missing; WAL with `synchronous=FULL`, foreign keys,
    /// busy timeout) or
    /// `postgres://…`.
    pub async fn connect(url: &str) -> Result<Db> {
        if url.starts_with("postgres://") || url.starts_with("postgresql://") {
            let options = PgConnectOptions::from_str(url)?;
            let pool = PgPoolOptions::new()
                .max_connections(10)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Ok(Db::Postgres(pool))
        } else {
            let options = SqliteConnectOptions::from_str(url)?
                .create_if_missing(true)
                // WAL: readers (the dashboard, the sender's peeks) never wait for the writer.
                .journal_mode(SqliteJournalMode::Wal)
                // FULL (the default): the WAL is synced at every commit, so a webhook is
                // answered only once its text survives a power cut, and a claimed text stays
                // claimed (looked up, never sent twice). NORMAL survives a crash of this
                // process but not of the machine; it is faster (benches/README.md: replies
                // +16%, the sender 2×). HOMEVISIT_SQLITE_SYNCHRONOUS=normal chooses it.
                .synchronous(sqlite_synchronous()?)
                .foreign_keys(true)
                .busy_timeout(Duration::from_secs(10))
                // Erased words (forget, retention) are overwritten with zeros, not left in
                // free space.
                .pragma("secure_delete", "on");
            create_private(options.get_filename())?;
            let pool = SqlitePoolOptions::new()
                .max_connections(4)
                .acquire_timeout(Duration::from_secs(10))
                .connect_with(options)
                .await?;
            Ok(Db::Sqlite(pool))
        }
    }

    /// Applies the migrations of this database's dialect.
    pub async fn migrate(&self) -> Result<()> {
        match self {
            Db::Sqlite(pool) => sqlx::migrate!("./migrations/sqlite").run(pool).await?,
            Db::Postgres(pool) => sqlx::migrate!("./migrations/postgres").run(pool).await?,
        }
        Ok(())
    }

    /// Starts a write transaction. On SQLite it takes the write lock at once
    /// (`BEGIN IMMEDIATE`), so two transactions never interleave and never fail half-way on a
    /// lock upgrade; on PostgreSQL row locks and constraints do that job.
    pub async fn begin(&self) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin_with("BEGIN IMMEDIATE").await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Starts a read transaction (no write lock on SQLite).
    pub async fn read(&self) -> Result<Tx> {
        Ok(match self {
            Db::Sqlite(pool) => Tx::Sqlite(pool.begin().await?),
            Db::Postgres(pool) => Tx::Postgres(pool.begin().await?),
        })
    }

    /// Whether the database answers (for `/healthz`).
    pub async fn ping(&self) -> Result<()> {
        on_pool!(self, |c| sqlx::query("SELECT 1")
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
        Ok(())
    }

    pub fn dialect(&self) -> &'static str {
        match self {
            Db::Sqlite(_) => "sqlite",
            Db::Postgres(_) => "postgres",
        }
    }

    pub async fn close(&self) {
        on_pool!(self, |c| c.close().await)
    }
}

impl Tx {
    /// The dialect's clause that makes a `SELECT … LIMIT 1` skip rows other processes hold:
    /// `FOR UPDATE SKIP LOCKED` on PostgreSQL; nothing on SQLite, whose single writer
    /// (`BEGIN IMMEDIATE`) already keeps two claims apart.
    pub fn skip_locked(&self) -> &'static str {
        match self {
            Tx::Postgres(_) => " FOR UPDATE SKIP LOCKED",
            Tx::Sqlite(_) => "",
        }
    }

    /// The larger of two SQL expressions (`GREATEST` on PostgreSQL, `MAX` on SQLite).
    pub fn greatest(&self, a: &str, b: &str) -> String {
        match self {
            Tx::Postgres(_) => format!("GREATEST({a}, {b})"),
            Tx::Sqlite(_) => format!("MAX({a}, {b})"),
        }
    }

    pub async fn commit(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.commit().await?,
            Tx::Postgres(t) => t.commit().await?,
        }
        Ok(())
    }

    pub async fn rollback(self) -> Result<()> {
        match self {
            Tx::Sqlite(t) => t.rollback().await?,
            Tx::Postgres(t) => t.rollback().await?,
        }
        Ok(())
    }

    /// Runs `f` inside a savepoint: if it fails, only its own writes are undone and the
    /// transaction stays usable (PostgreSQL otherwise aborts the whole transaction on a
    /// constraint violation).
    pub async fn savepoint<T, F>(&mut self, f: F) -> Result<T>
    where
        F: AsyncFnOnce(&mut Tx) -> Result<T>,
    {
        on_tx!(self, |c| sqlx::query("SAVEPOINT hv_attempt")
            .execute(c)
            .await
            .map(|r| r.rows_affected()))?;
        match f(self).await {
            Ok(v) => {
                on_tx!(self, |c| sqlx::query("RELEASE SAVEPOINT hv_attempt")
                    .execute(c)
                    .await
                    .map(|r| r.rows_affected()))?;
                Ok(v)
            }
            Err(e) => {
                on_tx!(self, |c| sqlx::query("ROLLBACK TO SAVEPOINT hv_attempt")
                    .execute(c)
                    .await
                    .map(|r| r.rows_affected()))?;
                on_tx!(self, |c| sqlx::query("RELEASE SAVEPOINT hv_attempt")
                    .execute(c)
                    .await
                    .map(|r| r.rows_affected()))?;
                Err(e)
            }
        }
    }
}

/// `HOMEVISIT_SQLITE_SYNCHRONOUS`: `full` (default) or `normal`; anything else is refused.
fn sqlite_synchronous() -> Result<SqliteSynchronous> {
    match std::env::var("HOMEVISIT_SQLITE_SYNCHRONOUS")
        .unwrap_or_default()
        .trim()
        .to_ascii_lowercase()
        .as_str()
    {
        "" | "full" => Ok(SqliteSynchronous::Full),
        "normal" => Ok(SqliteSynchronous::Normal),
        other => Err(StoreError::Setting(format!(
            "HOMEVISIT_SQLITE_SYNCHRONOUS is \"{other}\": use full (the default) or normal"
        ))),
    }
}

/// Creates a new SQLite database file readable by its owner only (0600): it holds families'
/// phone numbers, children's names and their words. SQLite gives its `-wal` and `-shm` files
/// the database file's mode. An existing file is left as it is.
fn create_private(path: &std::path::Path) -> Result<()> {
    if path.as_os_str().is_empty() || path.to_str() == Some(":memory:") || path.exists() {
        return Ok(());
    }
    let mut file = std::fs::OpenOptions::new();
    file.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut file, 0o600);
    match file.open(path) {
        Ok(_) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::AlreadyExists => Ok(()),
        Err(e) => Err(StoreError::Database(sqlx::Error::Io(e))),
    }
}

/// Random URL-safe token (calendar feeds, API tokens).
pub fn random_token(bytes: usize) -> String {
    use base64::Engine;
    use rand::RngCore;
    let mut buf = vec![0u8; bytes];
    rand::rngs::OsRng.fill_bytes(&mut buf);
    base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(buf)
}
