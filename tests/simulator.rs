//! The simulated provider and `/simulator`, in process, on SQLite and PostgreSQL: invitations
//! reach the simulated phones through the real outbound queue and come back as signed status
//! callbacks; a reply typed in the simulator goes through the signed SMS webhook and books.

mod common;

use std::collections::HashMap;
use std::sync::Arc;
use std::time::{Duration, Instant};

use homevisit::app::{self, RunningApp};
use homevisit::campaign;
use homevisit::clock::ManualClock;
use homevisit::config::Config;
use homevisit::store::Db;
use serde_json::Value;

use common::app::{seed_roster, spawn_app, start_time};
use common::db::TestDb;
use common::demo::to_phone;

const MARIA: &str = "+19165550201";
const LAYLA: &str = "+19165550206";

struct Simulated {
    app: RunningApp,
    db: Db,
    url: String,
    http: reqwest::Client,
    _database: TestDb,
}

async fn start(database: TestDb) -> Simulated {
    let vars: HashMap<String, String> = [
        ("DATABASE_URL", database.url.as_str()),
        ("HOMEVISIT_LISTEN", "127.0.0.1:0"),
        ("HOMEVISIT_PROVIDER", "simulated"),
        ("HOMEVISIT_QUIET_HOURS", "none"),
        ("HOMEVISIT_SEND_RATE", "1000"),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect();
    let config = Config::from_vars(&vars).unwrap();
    let db = database.db.clone();
    seed_roster(&db).await;
    let clock = Arc::new(ManualClock::new(start_time()));
    let app = app::start(config, db.clone(), clock).await.unwrap();
    let url = app.url();
    Simulated {
        app,
        db,
        url,
        http: reqwest::Client::new(),
        _database: database,
    }
}

impl Simulated {
    async fn launch(&self) -> usize {
        let state = &self.app.state;
        let launch = campaign::launch(
            &self.db,
            &state.config,
            &state.locales,
            campaign::Request {
                school: "lincoln",
                name: "Fall visits",
                sampling: None,
                dry_run: false,
                second_visit_of: None,
            },
            start_time(),
        )
        .await
        .unwrap();
        self.app.sender.wake.notify_one();
        launch.invited
    }

    async fn messages(&self) -> Vec<Value> {
        common::demo::messages(&self.url).await
    }

    /// Waits until `done` holds for the simulated phones' messages (or fails after 20 s).
    async fn wait_for(&self, what: &str, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        common::demo::wait_for(&self.url, what, Duration::from_secs(20), done).await
    }

    async fn reply(&self, phone: &str, body: &str) -> reqwest::Response {
        self.http
            .post(format!("{}/simulator/reply", self.url))
            .header("Accept", "application/json")
            .form(&[("phone", phone), ("body", body)])
            .send()
            .await
            .unwrap()
    }

    async fn count(&self, sql: &str) -> i64 {
        common::db::scalar(&self.db, sql).await
    }
}

async fn journey(database: TestDb) {
    let sim = start(database).await;
    let invited = sim.launch().await;
    assert_eq!(invited, 6, "six families in the fixture roster");

    // Every invitation reaches its phone and the carrier's reports come back through
    // /twilio/status into homevisit's own records.
    // Mai's roster contact is voice: her phone rings instead.
    let messages = sim
        .wait_for("five delivered invitations and a call", |m| {
            m.len() == 6
                && m.iter()
                    .filter(|m| m["sid"].as_str().unwrap_or_default().starts_with("SM"))
                    .all(|m| m["status"] == "delivered")
        })
        .await;
    assert!(messages.iter().all(|m| {
        let sid = m["sid"].as_str().unwrap_or_default();
        sid.len() == 34 && (sid.starts_with("SM") || sid.starts_with("CA"))
    }));
    let calls: Vec<_> = messages
        .iter()
        .filter(|m| m["sid"].as_str().unwrap_or_default().starts_with("CA"))
        .collect();
    assert_eq!(calls.len(), 1, "{messages:#?}");
    assert_eq!(calls[0]["phone"], "+19165550203");
    let deadline = Instant::now() + Duration::from_secs(20);
    while sim
        .count("SELECT COUNT(*) FROM messages WHERE status = 'delivered'")
        .await
        < 5
    {
        assert!(Instant::now() < deadline, "status callbacks never arrived");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
    let invitation = to_phone(&messages, MARIA)[0]["body"]
        .as_str()
        .unwrap()
        .to_string();
    assert!(invitation.contains("Sofia"), "{invitation}");
    assert!(invitation.contains("2)"), "{invitation}");

    // Maria takes the second time, from the simulator.
    let answer = sim.reply(MARIA, "2").await;
    assert_eq!(answer.status(), 200);
    let answer: Value = answer.json().await.unwrap();
    let replies = answer["replies"].as_array().unwrap();
    assert_eq!(replies.len(), 1, "{answer}");
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    // The confirmation is on her phone, her reply too, and both educators are told.
    let ana = "+19165550101";
    let ben = "+19165550102";
    let messages = sim
        .wait_for("both educators' confirmations", |m| {
            to_phone(m, ana).len() == 1 && to_phone(m, ben).len() == 1
        })
        .await;
    assert_eq!(
        to_phone(&messages, MARIA)
            .last()
            .map(|m| m["body"].clone())
            .unwrap(),
        replies[0]
    );
    assert!(
        messages
            .iter()
            .any(|m| m["phone"] == MARIA && m["direction"] == "from_phone" && m["body"] == "2")
    );
    for educator in [ana, ben] {
        let body = to_phone(&messages, educator)[0]["body"].as_str().unwrap();
        assert!(body.contains("Maria Hernandez"), "{body}");
    }
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM messages WHERE direction = 'in'")
            .await,
        1,
        "the reply was stored by the webhook, like a real text"
    );

    // Bad input is refused with a reason and stores nothing.
    let before = sim.messages().await.len();
    let bad = sim.reply("not a phone", "2").await;
    assert_eq!(bad.status(), 400);
    assert!(bad.text().await.unwrap().contains("phone"));
    let empty = sim.reply(LAYLA, "   ").await;
    assert_eq!(empty.status(), 400);
    let long = sim.reply(LAYLA, &"a".repeat(1601)).await;
    assert_eq!(long.status(), 400);
    let stranger = sim.reply("+12025550123", "2").await;
    assert_eq!(
        stranger.status(),
        400,
        "only the phones on the page can reply"
    );
    // Another site's page cannot post a reply as a family, nor read the page.
    let forged = sim
        .http
        .post(format!("{}/simulator/reply", sim.url))
        .header("Origin", "http://evil.example")
        .form(&[("phone", LAYLA), ("body", "STOP")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status(), 403);
    let rebound = sim
        .http
        .get(format!("{}/simulator/messages", sim.url))
        .header("Host", "attacker.example")
        .send()
        .await
        .unwrap();
    assert_eq!(rebound.status(), 403);
    assert_eq!(sim.messages().await.len(), before);
    assert_eq!(
        sim.count("SELECT COUNT(*) FROM families WHERE opted_out_at IS NOT NULL")
            .await,
        0
    );

    // The page shows every phone, Arabic right to left.
    let page = sim
        .http
        .get(format!("{}/simulator", sim.url))
        .send()
        .await
        .unwrap();
    assert_eq!(page.status(), 200);
    let html = page.text().await.unwrap();
    for name in [
        "Maria Hernandez",
        "Layla Haddad",
        "Ana Torres",
        "Sam Okafor",
    ] {
        assert!(html.contains(name), "{name} is missing from the page");
    }
    assert!(
        html.contains(r#"lang="ar" dir="rtl""#),
        "Arabic thread is not rtl"
    );
    assert!(html.contains(r#"lang="es" dir="ltr""#));
    // Each educator's card links their calendar feed, which shows Maria's booked visit.
    let link = html
        .split(r#"href="/calendar/"#)
        .nth(1)
        .and_then(|rest| rest.split('"').next())
        .expect("a calendar link");
    let feed = sim
        .http
        .get(format!("{}/calendar/{link}", sim.url))
        .send()
        .await
        .unwrap();
    assert_eq!(feed.status(), 200);
    let ics = feed.text().await.unwrap();
    assert!(
        ics.contains("BEGIN:VCALENDAR") && ics.contains("Maria Hernandez"),
        "{ics}"
    );
    // Without the script, the form posts and comes back to the page.
    let plain = reqwest::Client::builder()
        .redirect(reqwest::redirect::Policy::none())
        .build()
        .unwrap()
        .post(format!("{}/simulator/reply", sim.url))
        .form(&[("phone", LAYLA), ("body", "HELP")])
        .send()
        .await
        .unwrap();
    assert_eq!(plain.status(), 303);
    assert_eq!(
        plain.headers()["location"].to_str().unwrap(),
        "/simulator#phone-19165550206"
    );
    sim.app.stop().await.unwrap();
}

#[tokio::test]
async fn simulated_phones_go_through_the_real_webhooks_on_sqlite() {
    journey(TestDb::sqlite().await).await;
}

#[tokio::test]
async fn simulated_phones_go_through_the_real_webhooks_on_postgres() {
    if let Some(database) = TestDb::postgres().await {
        journey(database).await;
    }
}

#[tokio::test]
async fn there_is_no_simulator_with_a_real_provider() {
    let app = spawn_app(TestDb::sqlite().await).await;
    for path in ["/simulator", "/simulator/messages"] {
        let response = reqwest::get(format!("{}{path}", app.url)).await.unwrap();
        assert_eq!(response.status(), 404, "{path}");
    }
    let response = reqwest::Client::new()
        .post(format!("{}/simulator/reply", app.url))
        .form(&[("phone", MARIA), ("body", "2")])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 404);
    app.stop().await;
}
