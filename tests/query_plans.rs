//! No statement a reply, a status callback or the sender runs reads a whole table (issue 18).
//!
//! The app runs on SQLite while this test records every statement sqlx runs (its
//! `sqlx::query` events); then SQLite's `EXPLAIN QUERY PLAN` of each must name an index or a
//! key for every table it reads. A table that grows with the district (families, students,
//! invitations, messages, visits…) read in full on every reply makes each reply slower as the
//! roster grows: at 100,000 families, several such scans per reply. The bench's 500 families
//! hid them; this test does not depend on the roster's size.

mod common;

use std::collections::BTreeSet;
use std::sync::{Arc, Mutex};

use common::app::spawn_app;
use common::db::TestDb;
use homevisit::store::Db;
use tracing::field::{Field, Visit};
use tracing_subscriber::Layer;
use tracing_subscriber::layer::{Context, SubscriberExt};

const MARIA: &str = "+19165550201"; // Spanish, two children
const THANH: &str = "+19165550202"; // vi
const MAI: &str = "+19165550203"; // hmn, called
const WEI: &str = "+19165550204"; // zh-Hant
const IRYNA: &str = "+19165550205"; // uk
const ANA: &str = "+19165550101"; // an educator
const STRANGER: &str = "+19165550999";

/// Keeps the text of every statement sqlx runs.
struct Statements(Arc<Mutex<Vec<String>>>);

impl<S: tracing::Subscriber> Layer<S> for Statements {
    fn on_event(&self, event: &tracing::Event<'_>, _: Context<'_, S>) {
        if event.metadata().target() != "sqlx::query" {
            return;
        }
        struct Statement(Option<String>);
        impl Visit for Statement {
            fn record_str(&mut self, field: &Field, value: &str) {
                if field.name() == "db.statement" {
                    self.0 = Some(value.to_string());
                }
            }
            fn record_debug(&mut self, field: &Field, value: &dyn std::fmt::Debug) {
                if field.name() == "db.statement" {
                    self.0 = Some(format!("{value:?}"));
                }
            }
        }
        let mut statement = Statement(None);
        event.record(&mut statement);
        if let Some(sql) = statement.0 {
            self.0.lock().unwrap().push(sql);
        }
    }
}

/// Tables small by nature (one row per school, campaign or coordinator): a scan is fine.
const SMALL: [&str; 3] = ["schools", "campaigns", "coordinators"];

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn no_reply_reads_a_whole_table() {
    let seen = Arc::new(Mutex::new(Vec::new()));
    tracing::subscriber::set_global_default(
        tracing_subscriber::registry().with(Statements(seen.clone())),
    )
    .expect("the only subscriber of this test binary");

    let app = spawn_app(TestDb::sqlite().await).await;
    app.launch(None).await;
    app.drain().await;
    seen.lock().unwrap().clear();

    // Replies of every kind: a choice, a question (reads the open slots), no, STOP, a choice
    // then a change and a cancellation, a number on no roster, an educator.
    for (from, body) in [
        (MARIA, "el 2 porfa"),
        (THANH, "what times do you have on saturday?"),
        (MAI, "no"),
        (WEI, "STOP"),
        (IRYNA, "1"),
        (IRYNA, "can we change the time?"),
        (IRYNA, "cancel"),
        (STRANGER, "hello?"),
        (ANA, "who do I visit tomorrow?"),
    ] {
        let reply = app.text(from, body).await;
        assert_eq!(reply.status, 200, "{from} {body}");
    }
    // The sender, then a delivery callback for what it sent.
    app.drain().await;
    let sent = app.provider.sent();
    let last = sent.last().expect("the sender sent the educators' notices");
    app.provider
        .send_status_callback(&last.sid, "delivered", None)
        .await;

    let statements: BTreeSet<String> = seen.lock().unwrap().drain(..).collect();
    assert!(
        statements.len() > 20,
        "the statements were recorded: {statements:?}"
    );
    let Db::Sqlite(pool) = &app.db else {
        unreachable!("the app runs on SQLite")
    };
    let mut scans = Vec::new();
    for sql in &statements {
        let head = sql.trim_start().to_ascii_uppercase();
        if !(head.starts_with("SELECT") || head.starts_with("UPDATE") || head.starts_with("DELETE"))
        {
            continue;
        }
        let plan: Vec<(i64, i64, i64, String)> =
            sqlx::query_as(&format!("EXPLAIN QUERY PLAN {sql}"))
                .fetch_all(pool)
                .await
                .unwrap_or_else(|e| panic!("EXPLAIN of {sql}: {e}"));
        for (_, _, _, detail) in plan {
            let Some(table) = detail.strip_prefix("SCAN ") else {
                continue;
            };
            let table = table.split_whitespace().next().unwrap_or("");
            if table == "CONSTANT" || SMALL.contains(&table) {
                continue;
            }
            scans.push(format!(
                "{detail}\n    in: {}",
                sql.split_whitespace().collect::<Vec<_>>().join(" ")
            ));
        }
    }
    assert!(
        scans.is_empty(),
        "statements that read a whole table:\n{}",
        scans.join("\n")
    );
    app.stop().await;
}
