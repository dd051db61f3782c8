//! `spawn_app()`: the real service on a random port, on a real database, sending through the
//! fake provider, with a clock the test moves by hand, and a roster already imported.

use std::collections::HashMap;
use std::sync::Arc;

use chrono::{DateTime, TimeZone, Utc};
use homevisit::app::{self, RunningApp};
use homevisit::campaign::{self, Launch};
use homevisit::clock::ManualClock;
use homevisit::config::Config;
use homevisit::report::{self, Report};
use homevisit::store::{Db, schools};

use super::db::TestDb;
use super::fake_provider::{self, FakeProvider, WebhookReply};
use super::fixture;

/// The number families text (our sender).
pub const OUR_NUMBER: &str = "+15005550006";

pub struct TestApp {
    pub app: RunningApp,
    pub provider: FakeProvider,
    pub clock: Arc<ManualClock>,
    pub db: Db,
    pub url: String,
    _database: TestDb,
}

/// Before the fixture slots (October 2026), so every slot is open.
pub fn start_time() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 1, 19, 0, 0).unwrap()
}

pub fn config_for(database: &TestDb, provider: &FakeProvider, extra: &[(&str, &str)]) -> Config {
    let mut vars: HashMap<String, String> = [
        ("DATABASE_URL", database.url.as_str()),
        ("HOMEVISIT_LISTEN", "127.0.0.1:0"),
        ("TWILIO_ACCOUNT_SID", fake_provider::ACCOUNT_SID),
        ("TWILIO_AUTH_TOKEN", fake_provider::AUTH_TOKEN),
        ("TWILIO_FROM", OUR_NUMBER),
        ("HOMEVISIT_QUIET_HOURS", "none"),
        ("HOMEVISIT_SEND_RATE", "1000"),
        ("HOMEVISIT_PROGRAM_NAME", "Lincoln Home Visits"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    vars.insert("TWILIO_API_BASE".into(), provider.base_url());
    for (k, v) in extra {
        vars.insert(k.to_string(), v.to_string());
    }
    Config::from_vars(&vars).expect("test config")
}

/// The app with the fixture roster (6 educators, 7 students in 6 families, 5 slots).
pub async fn spawn_app(database: TestDb) -> TestApp {
    spawn_app_with(database, &[]).await
}

pub async fn spawn_app_with(database: TestDb, extra: &[(&str, &str)]) -> TestApp {
    let provider = FakeProvider::start().await;
    let clock = Arc::new(ManualClock::new(start_time()));
    let config = config_for(&database, &provider, extra);
    let db = database.db.clone();
    seed_roster(&db).await;
    let app = app::start_with(config, db.clone(), clock.clone(), false)
        .await
        .expect("app starts");
    let url = app.url();
    TestApp {
        app,
        provider,
        clock,
        db,
        url,
        _database: database,
    }
}

pub async fn seed_roster(db: &Db) {
    let mut tx = db.begin().await.unwrap();
    schools::upsert(
        &mut tx,
        "lincoln",
        "Lincoln Elementary",
        chrono_tz::America::Los_Angeles,
        Default::default(),
        Some("916-555-0100"),
        start_time().timestamp(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let now = start_time();
    homevisit::import::educators(db, "lincoln", &fixture("educators.csv"), now)
        .await
        .unwrap();
    homevisit::import::families(db, "lincoln", &fixture("families.csv"), now)
        .await
        .unwrap();
    homevisit::import::slots(db, "lincoln", &fixture("slots.csv"), now)
        .await
        .unwrap();
}

impl TestApp {
    /// A family or educator texts us, signed as the provider signs it.
    pub async fn text(&self, from: &str, body: &str) -> WebhookReply {
        let params = self.provider.inbound_sms(from, OUR_NUMBER, body);
        self.post(&params).await
    }

    /// Posts an inbound form (possibly one posted before: a provider retry).
    pub async fn post(&self, params: &[(String, String)]) -> WebhookReply {
        self.provider
            .post_signed(&format!("{}/twilio/sms", self.url), params)
            .await
    }

    pub async fn launch(&self, sampling: Option<(u8, u64)>) -> Launch {
        let state = &self.app.state;
        campaign::launch(
            &self.db,
            &state.config,
            &state.locales,
            campaign::Request {
                school: "lincoln",
                name: "Fall visits",
                sampling,
                dry_run: false,
                second_visit_of: None,
            },
            self.clock.now_utc(),
        )
        .await
        .expect("campaign launches")
    }

    /// Sends a text straight to the fake provider, as a sender process would just before it
    /// died: returns its sid.
    pub async fn send_directly(&self, to: &str, body: &str) -> Option<String> {
        let client = homevisit::provider::TwilioClient::new(
            &self.provider.base_url(),
            fake_provider::ACCOUNT_SID,
            fake_provider::AUTH_TOKEN,
            homevisit::provider::Sender::From(OUR_NUMBER.into()),
        )
        .ok()?;
        match client.send(to, body, None).await {
            homevisit::provider::SendOutcome::Accepted { sid, .. } => Some(sid),
            _ => None,
        }
    }

    /// Sends everything due now through the fake provider.
    pub async fn drain(&self) -> usize {
        self.app.sender.drain().await.expect("sender works")
    }

    pub async fn report(&self, campaign: i64) -> Report {
        report::campaign(&self.db, campaign).await.expect("report")
    }

    /// Runs a scalar COUNT query (test assertions only).
    pub async fn count(&self, sql: &str) -> i64 {
        super::db::scalar(&self.db, sql).await
    }

    /// Runs the real `homevisit` binary against this app's database (as an operator would):
    /// whether it succeeded, its stdout and its stderr.
    pub async fn cli(&self, args: &[&str]) -> (bool, String, String) {
        let output = tokio::process::Command::new(env!("CARGO_BIN_EXE_homevisit"))
            .args(args)
            .env("DATABASE_URL", &self.app.state.config.database_url)
            .env("HOMEVISIT_PUBLIC_URL", &self.url)
            .env_remove("TWILIO_ACCOUNT_SID")
            .env_remove("TWILIO_AUTH_TOKEN")
            .env("RUST_LOG", "warn")
            .output()
            .await
            .unwrap();
        (
            output.status.success(),
            String::from_utf8_lossy(&output.stdout).into_owned(),
            String::from_utf8_lossy(&output.stderr).into_owned(),
        )
    }

    pub async fn stop(self) {
        self.app.stop().await.expect("app stops");
    }
}

/// Reading the manual clock without importing the trait everywhere.
pub trait NowUtc {
    fn now_utc(&self) -> DateTime<Utc>;
}

impl NowUtc for ManualClock {
    fn now_utc(&self) -> DateTime<Utc> {
        homevisit::clock::Clock::now(self)
    }
}
