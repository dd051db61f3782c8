//! Group commit: the provider's webhooks write through one task on SQLite, several to a commit.
//!
//! With `synchronous=FULL` (the default) every SQLite commit waits for the disk to sync the
//! WAL, and a webhook is answered only once what it wrote is durable. One commit per webhook
//! makes every reply wait for its own sync while the write lock is held, and the next writer
//! sleeps in SQLite's busy handler meanwhile. Here every webhook's work is handed to one
//! writer task, which runs each work in its own savepoint of a transaction it shares with the
//! works waiting at that moment (at most [`MAX_GROUP`]) and commits them together:
//! - a work that fails is rolled back to its savepoint alone and its caller gets its error at
//!   once; the others in its group go on;
//! - a work that panics is rolled back the same way and its caller gets an error;
//! - every caller of a group gets its result only after the group's commit, so a TwiML answer
//!   never promises what a power cut could undo; if the commit fails, every caller of the
//!   group gets an error and nothing of theirs is kept (the provider posts them again).
//!
//! Works run one after another, as they did under the write lock each took with
//! `BEGIN IMMEDIATE`: a work sees what the works before it in its group wrote.
//!
//! On PostgreSQL every work runs in its own transaction, as before: several `serve`
//! processes share the server, which syncs concurrent commits together itself.

use std::any::Any;
use std::future::Future;
use std::panic::AssertUnwindSafe;
use std::pin::Pin;

use futures_util::FutureExt;
use sqlx::SqlitePool;
use tokio::sync::{mpsc, oneshot};

use super::{Db, Result, StoreError, Tx};

/// The most works one commit makes durable. A group holds SQLite's write lock while its
/// works run (about a millisecond each), so this bounds how long the sender, the scheduler
/// or a launch in another process waits for it.
pub const MAX_GROUP: usize = 16;

/// A future that can move between tasks.
pub type BoxFuture<'a, T> = Pin<Box<dyn Future<Output = T> + Send + 'a>>;

type Value = Box<dyn Any + Send>;
type Work = Box<dyn for<'a> FnOnce(&'a mut Tx) -> BoxFuture<'a, Result<Value>> + Send>;

struct Job {
    work: Work,
    done: oneshot::Sender<Result<Value>>,
}

/// Where the webhooks' transactions are run (see the module's doc).
#[derive(Clone, Debug)]
pub struct Writes {
    db: Db,
    /// The SQLite writer task's queue; `None` on PostgreSQL.
    jobs: Option<mpsc::Sender<Job>>,
}

impl Writes {
    /// On SQLite, starts the writer task (it ends when the last `Writes` is dropped).
    pub fn start(db: &Db) -> Writes {
        let jobs = match db {
            Db::Sqlite(pool) => {
                let (jobs, queue) = mpsc::channel(1024);
                tokio::spawn(write_groups(pool.clone(), queue));
                Some(jobs)
            }
            Db::Postgres(_) => None,
        };
        Writes {
            db: db.clone(),
            jobs,
        }
    }

    /// The database written to.
    pub fn db(&self) -> &Db {
        &self.db
    }

    /// Runs `work` in a write transaction and gives its result once that is committed; an
    /// error undoes everything `work` wrote.
    pub async fn run<T, F>(&self, work: F) -> Result<T>
    where
        T: Send + 'static,
        F: for<'a> FnOnce(&'a mut Tx) -> BoxFuture<'a, Result<T>> + Send + 'static,
    {
        let Some(jobs) = &self.jobs else {
            let mut tx = self.db.begin().await?;
            let value = work(&mut tx).await?;
            tx.commit().await?;
            return Ok(value);
        };
        let (done, result) = oneshot::channel();
        let work: Work = Box::new(move |tx| {
            Box::pin(async move { work(tx).await.map(|v| Box::new(v) as Value) })
        });
        jobs.send(Job { work, done }).await.map_err(|_| stopped())?;
        let value = result.await.map_err(|_| stopped())??;
        Ok(*value
            .downcast::<T>()
            .expect("the writer gives back what the work returned"))
    }
}

fn stopped() -> StoreError {
    StoreError::Writer("the database writer has stopped".into())
}

/// A group's failure, told to each of its callers (sqlx errors cannot be copied).
fn group_failed(e: &StoreError) -> StoreError {
    StoreError::Writer(format!(
        "the group commit failed, nothing of this request was kept: {e}"
    ))
}

async fn statement(tx: &mut Tx, sql: &str) -> Result<()> {
    crate::execute!(tx, sql).map(drop)
}

/// The writer task: one group per loop, until every `Writes` is dropped.
async fn write_groups(pool: SqlitePool, mut queue: mpsc::Receiver<Job>) {
    while let Some(first) = queue.recv().await {
        let mut tx = match pool.begin_with("BEGIN IMMEDIATE").await {
            Ok(tx) => Tx::Sqlite(tx),
            Err(e) => {
                let e = StoreError::from(e);
                tracing::error!("cannot begin a write: {e}");
                let _ = first.done.send(Err(group_failed(&e)));
                continue;
            }
        };
        let mut written: Vec<(oneshot::Sender<Result<Value>>, Value)> = Vec::new();
        let mut broken = None;
        let mut next = Some(first);
        while let Some(job) = next.take().or_else(|| {
            (written.len() < MAX_GROUP)
                .then(|| queue.try_recv().ok())
                .flatten()
        }) {
            match run_one(&mut tx, job.work).await {
                Ok(Ok(value)) => written.push((job.done, value)),
                Ok(Err(e)) => {
                    let _ = job.done.send(Err(e));
                }
                Err(e) => {
                    let _ = job.done.send(Err(group_failed(&e)));
                    broken = Some(e);
                    break;
                }
            }
        }
        let ended = match broken {
            Some(e) => {
                let _ = tx.rollback().await;
                Err(e)
            }
            None => tx.commit().await,
        };
        match ended {
            Ok(()) => {
                crate::metrics::write_group(written.len());
                for (done, value) in written {
                    let _ = done.send(Ok(value));
                }
            }
            Err(e) => {
                tracing::error!(works = written.len(), "a group of writes failed: {e}");
                for (done, _) in written {
                    let _ = done.send(Err(group_failed(&e)));
                }
            }
        }
    }
}

/// Runs one work in its own savepoint. The outer error is a transaction that can no longer be
/// used (its savepoint could not be set or undone): the group ends there.
async fn run_one(tx: &mut Tx, work: Work) -> Result<Result<Value>> {
    statement(tx, "SAVEPOINT hv_write").await?;
    let outcome = AssertUnwindSafe(async { work(tx).await })
        .catch_unwind()
        .await
        .unwrap_or_else(|_| {
            Err(StoreError::Writer(
                "a request panicked while writing; its writes were undone".into(),
            ))
        });
    match outcome {
        Ok(value) => {
            statement(tx, "RELEASE SAVEPOINT hv_write").await?;
            Ok(Ok(value))
        }
        Err(e) => {
            statement(tx, "ROLLBACK TO SAVEPOINT hv_write").await?;
            statement(tx, "RELEASE SAVEPOINT hv_write").await?;
            Ok(Err(e))
        }
    }
}
