//! Long writes (an import, a campaign launch) as a run of short transactions, so that a
//! family's text arriving meanwhile is never kept waiting past the database's busy timeout.
//!
//! On SQLite a write transaction holds the one write lock of the file (`BEGIN IMMEDIATE`), and
//! every webhook waits for it. A batch therefore ends after [`MAX_ROWS`] rows or [`MAX_WORK`]
//! of work, whichever comes first, and then — on SQLite — the run pauses before taking the
//! lock again. The pause is what lets a waiting writer in: SQLite's busy handler sleeps between
//! retries (1, 2, 5, 10, 15, 20, 25, 25, 25, 50, 50, then 100 ms), each sleep at most a couple
//! of milliseconds longer than the time it has waited so far, so a writer that waited through
//! a batch retries within that batch's duration (capped at 100 ms). Pausing for as long as the
//! batch took (at most [`MAX_PAUSE`]) makes sure it has retried, and won, before we ask again.
//! On PostgreSQL writers lock rows, not the database, and a batch only yields to the runtime.
//!
//! The cost is throughput: on SQLite a long write runs at roughly half speed. Measured figures
//! are in the README.

use std::time::{Duration, Instant};

use crate::store::{Db, Result, Tx};

/// Rows per transaction at most.
pub const MAX_ROWS: usize = 250;
/// Work per transaction at most (checked after each row).
pub const MAX_WORK: Duration = Duration::from_millis(200);
/// Longest pause between two batches on SQLite: just over SQLite's longest busy-handler sleep.
pub const MAX_PAUSE: Duration = Duration::from_millis(110);

/// What a run of batches did (for logs and the README's figures).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Stats {
    pub batches: usize,
    pub rows: usize,
    /// Rows in the largest batch.
    pub largest: usize,
    /// The longest time one batch held its transaction open.
    pub longest: Duration,
}

/// Hands out the open transaction of the current batch and closes it when it is full.
pub struct Batches<'a> {
    db: &'a Db,
    /// `false` rolls every batch back (a dry run: nothing is ever written).
    commit: bool,
    open: Option<(Tx, Instant, usize)>,
    stats: Stats,
}

impl<'a> Batches<'a> {
    pub fn new(db: &'a Db, commit: bool) -> Batches<'a> {
        Batches {
            db,
            commit,
            open: None,
            stats: Stats::default(),
        }
    }

    /// The current batch's transaction, opening one if needed; `true` when it was just opened
    /// (the caller may need to set something up in it, as a dry run does).
    pub async fn tx(&mut self) -> Result<(&mut Tx, bool)> {
        let fresh = self.open.is_none();
        if fresh {
            let tx = self.db.begin().await?;
            self.open = Some((tx, Instant::now(), 0));
        }
        let (tx, _, _) = self.open.as_mut().expect("a batch is open");
        Ok((tx, fresh))
    }

    /// One row is done: ends the batch when it has [`MAX_ROWS`] rows or took [`MAX_WORK`].
    pub async fn row_done(&mut self) -> Result<()> {
        let full = match &mut self.open {
            Some((_, started, rows)) => {
                *rows += 1;
                *rows >= MAX_ROWS || started.elapsed() >= MAX_WORK
            }
            None => false,
        };
        if full {
            let took = self.close().await?;
            self.pause(took).await;
        }
        Ok(())
    }

    /// Ends the last batch.
    pub async fn finish(mut self) -> Result<Stats> {
        self.close().await?;
        Ok(self.stats)
    }

    async fn close(&mut self) -> Result<Duration> {
        let Some((tx, started, rows)) = self.open.take() else {
            return Ok(Duration::ZERO);
        };
        if self.commit {
            tx.commit().await?;
        } else {
            tx.rollback().await?;
        }
        let took = started.elapsed();
        self.stats.batches += 1;
        self.stats.rows += rows;
        self.stats.largest = self.stats.largest.max(rows);
        self.stats.longest = self.stats.longest.max(took);
        Ok(took)
    }

    async fn pause(&self, took: Duration) {
        match self.db {
            Db::Sqlite(_) => {
                tokio::time::sleep((took + Duration::from_millis(5)).min(MAX_PAUSE)).await
            }
            Db::Postgres(_) => tokio::task::yield_now().await,
        }
    }
}
