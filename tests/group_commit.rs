//! The webhooks' writer (`store::writer::Writes`): on SQLite several requests share one
//! commit, each in its own savepoint; on PostgreSQL each has its own transaction. Either way a
//! request's writes are kept exactly when its caller is told it succeeded.

mod common;

use std::sync::Arc;
use std::time::Duration;

use common::db::{TestDb, scalar};
use homevisit::store::writer::Writes;
use homevisit::store::{Db, StoreError};
use tokio::sync::Notify;

async fn scratch_table(db: &Db) {
    let sql = match db {
        Db::Sqlite(_) => {
            "CREATE TABLE scratch (id INTEGER PRIMARY KEY, parent INTEGER REFERENCES scratch(id))"
        }
        Db::Postgres(_) => {
            "CREATE TABLE scratch (id BIGINT PRIMARY KEY, parent BIGINT REFERENCES scratch(id))"
        }
    };
    match db {
        Db::Sqlite(pool) => sqlx::query(sql).execute(pool).await.map(drop),
        Db::Postgres(pool) => sqlx::query(sql).execute(pool).await.map(drop),
    }
    .expect("scratch table");
}

async fn ids(db: &Db) -> Vec<i64> {
    let sql = "SELECT id FROM scratch ORDER BY id";
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(sql).fetch_all(pool).await,
        Db::Postgres(pool) => sqlx::query_scalar(sql).fetch_all(pool).await,
    }
    .expect("scratch ids")
}

/// What a request does after writing its row.
#[derive(Clone, Copy, PartialEq)]
enum Then {
    Succeed,
    Fail,
    Panic,
    /// Holds the writer a while, so the requests sent meanwhile queue behind it.
    Linger,
}

async fn insert(writes: &Writes, id: i64, then: Then) -> Result<i64, String> {
    let writes = writes.clone();
    let run = async move {
        writes
            .run(move |tx| {
                Box::pin(async move {
                    homevisit::execute!(tx, "INSERT INTO scratch (id) VALUES ($1)", id)?;
                    match then {
                        Then::Succeed => {}
                        Then::Fail => {
                            return Err(StoreError::Invalid(format!("request {id} fails")));
                        }
                        Then::Panic => panic!("request {id} panics"),
                        Then::Linger => tokio::time::sleep(Duration::from_millis(300)).await,
                    }
                    Ok(id)
                })
            })
            .await
    };
    // On PostgreSQL a panic unwinds the caller's own task: run it in one to see it as a failure.
    match tokio::spawn(run).await {
        Ok(Ok(id)) => Ok(id),
        Ok(Err(e)) => Err(e.to_string()),
        Err(panic) => Err(panic.to_string()),
    }
}

async fn a_failed_request_is_undone_alone_and_the_rest_of_its_group_is_kept(t: TestDb) {
    scratch_table(&t.db).await;
    let writes = Writes::start(&t.db);
    let first = tokio::spawn({
        let writes = writes.clone();
        async move { insert(&writes, 0, Then::Linger).await }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let plan = [
        (1, Then::Succeed),
        (2, Then::Fail),
        (3, Then::Succeed),
        (4, Then::Panic),
        (5, Then::Succeed),
    ];
    let mut rest = Vec::new();
    for (id, then) in plan {
        let writes = writes.clone();
        rest.push(tokio::spawn(async move { insert(&writes, id, then).await }));
        tokio::task::yield_now().await;
    }
    assert_eq!(first.await.unwrap(), Ok(0));
    for ((id, then), handle) in plan.into_iter().zip(rest) {
        let result = handle.await.unwrap();
        match then {
            Then::Succeed => assert_eq!(result, Ok(id)),
            _ => assert!(result.is_err(), "request {id} must fail: {result:?}"),
        }
    }
    assert_eq!(ids(&t.db).await, vec![0, 1, 3, 5]);
    // The writer goes on after a panic.
    assert_eq!(insert(&writes, 6, Then::Succeed).await, Ok(6));
    assert_eq!(
        scalar(&t.db, "SELECT COUNT(*) FROM scratch WHERE id = 6").await,
        1
    );
}

on_both_databases!(a_failed_request_is_undone_alone_and_the_rest_of_its_group_is_kept);

/// A caller is answered only when its writes are committed: another connection sees them at
/// that moment, even when later requests of its group are still running.
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_caller_hears_only_once_its_group_is_committed() {
    let t = TestDb::sqlite().await;
    scratch_table(&t.db).await;
    let writes = Writes::start(&t.db);
    let checked = Arc::new(Notify::new());
    let blocker = tokio::spawn({
        let writes = writes.clone();
        async move { insert(&writes, 0, Then::Linger).await }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    // Queued behind the lingering request: 1 writes, then 2 waits (at most 1 s) for the test
    // to have looked for 1's row from outside.
    let one = tokio::spawn({
        let writes = writes.clone();
        async move { insert(&writes, 1, Then::Succeed).await }
    });
    tokio::task::yield_now().await;
    let two = tokio::spawn({
        let (writes, checked) = (writes.clone(), checked.clone());
        async move {
            writes
                .run(move |tx| {
                    Box::pin(async move {
                        homevisit::execute!(tx, "INSERT INTO scratch (id) VALUES (2)")?;
                        let _ =
                            tokio::time::timeout(Duration::from_secs(1), checked.notified()).await;
                        Ok(())
                    })
                })
                .await
        }
    });
    assert_eq!(one.await.unwrap(), Ok(1));
    let seen = ids(&t.db).await;
    checked.notify_one();
    assert!(
        seen.contains(&1),
        "request 1 was answered before its writes were committed: {seen:?}"
    );
    two.await.unwrap().expect("request 2");
    blocker.await.unwrap().expect("request 0");
    assert_eq!(ids(&t.db).await, vec![0, 1, 2]);
}

/// When a group's commit fails, every caller in it hears so and nothing of theirs is kept.
/// (A deferred foreign key is checked only at the commit, which makes one fail on purpose.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_failed_commit_fails_every_request_of_its_group() {
    let t = TestDb::sqlite().await;
    scratch_table(&t.db).await;
    let writes = Writes::start(&t.db);
    let bad = tokio::spawn({
        let writes = writes.clone();
        async move {
            writes
                .run(move |tx| {
                    Box::pin(async move {
                        homevisit::execute!(tx, "PRAGMA defer_foreign_keys = ON")?;
                        homevisit::execute!(
                            tx,
                            "INSERT INTO scratch (id, parent) VALUES (10, 999)"
                        )?;
                        tokio::time::sleep(Duration::from_millis(300)).await;
                        Ok(())
                    })
                })
                .await
        }
    });
    tokio::time::sleep(Duration::from_millis(50)).await;
    let good = insert(&writes, 11, Then::Succeed).await;
    assert!(bad.await.unwrap().is_err(), "the group's commit must fail");
    assert!(
        good.as_ref()
            .is_err_and(|e| e.contains("group commit failed")),
        "{good:?}"
    );
    assert!(ids(&t.db).await.is_empty());
    // The next group commits.
    assert_eq!(insert(&writes, 12, Then::Succeed).await, Ok(12));
    assert_eq!(ids(&t.db).await, vec![12]);
}
