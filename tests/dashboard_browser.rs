//! The dashboard in a real browser: Debian's headless Chromium through chromedriver
//! (fantoccini). A coordinator logs in with the form, opens the campaign, reads the same
//! numbers `homevisit report` gives, sees no sideways scrolling at a phone's 390 px, and
//! follows the inbox to a family's thread.
//!
//! Skips (and says so) when `chromium` or `chromedriver` is not installed, unless
//! `HOMEVISIT_REQUIRE_BROWSER` is set. With `HOMEVISIT_SCREENSHOT_DIR=docs` it also saves the
//! campaign page at desktop and phone width and an inbox thread on a phone
//! (`dashboard-campaign.png`, `dashboard-campaign-phone.png`, `dashboard-inbox-phone.png`: how
//! the README's screenshots were made).

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

use common::app::{NowUtc, spawn_app};
use common::db::TestDb;

const MARIA: &str = "+19165550201";
const THANH: &str = "+19165550202";
const IRYNA: &str = "+19165550205";
const LAYLA: &str = "+19165550206";
const LAYLAS_QUESTION: &str = "هل يستطيع والد الطفل أن يحضر أيضاً؟";
const EMAIL: &str = "coordinator@lincoln.example.org";
const PASSWORD: &str = "correct horse battery staple";

fn find(names: &[&str]) -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    names.iter().find_map(|name| {
        std::env::split_paths(&path)
            .map(|dir| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

struct Driver(Child);

impl Drop for Driver {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

fn free_port() -> u16 {
    TcpListener::bind("127.0.0.1:0")
        .unwrap()
        .local_addr()
        .unwrap()
        .port()
}

/// Starts chromedriver on a free port and connects a headless Chromium session.
async fn browser(driver: &Path, chromium: &Path) -> (Driver, Client) {
    let port = free_port();
    let child = Command::new(driver)
        .arg(format!("--port={port}"))
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .expect("chromedriver starts");
    let driver = Driver(child);
    let mut capabilities = serde_json::Map::new();
    capabilities.insert(
        "goog:chromeOptions".into(),
        serde_json::json!({
            "binary": chromium,
            "args": ["--headless=new", "--no-sandbox", "--disable-gpu",
                     "--disable-dev-shm-usage", "--window-size=1280,1000", "--lang=en-US",
                     "--hide-scrollbars"],
        }),
    );
    let url = format!("http://127.0.0.1:{port}");
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        match ClientBuilder::new(HttpConnector::new())
            .capabilities(capabilities.clone())
            .connect(&url)
            .await
        {
            Ok(client) => return (driver, client),
            Err(_) if Instant::now() < deadline => {
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("cannot start a Chromium session through chromedriver: {e}"),
        }
    }
}

async fn text(client: &Client, selector: &str) -> String {
    client
        .find(Locator::Css(selector))
        .await
        .unwrap_or_else(|e| panic!("{selector}: {e}"))
        .text()
        .await
        .unwrap()
        .trim()
        .to_string()
}

/// Whether the page is wider than the window (it would scroll sideways).
async fn scrolls_sideways(client: &Client) -> bool {
    client
        .execute(
            "return document.documentElement.scrollWidth > document.documentElement.clientWidth;",
            vec![],
        )
        .await
        .unwrap()
        .as_bool()
        .unwrap()
}

/// Saves a screenshot of the whole page at `width` (the window grows to the page's height).
async fn screenshot(client: &Client, width: u32, path: &Path) {
    client.set_window_size(width, 1000).await.unwrap();
    let height = client
        .execute("return document.documentElement.scrollHeight;", vec![])
        .await
        .unwrap()
        .as_u64()
        .unwrap();
    client
        .set_window_size(width, u32::try_from(height).unwrap() + 100)
        .await
        .unwrap();
    std::fs::write(path, client.screenshot().await.unwrap()).unwrap();
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn a_coordinator_logs_in_reads_the_campaign_and_follows_the_inbox() {
    let (Some(chromium), Some(driver)) = (
        find(&["chromium", "chromium-browser", "google-chrome"]),
        find(&["chromedriver"]),
    ) else {
        assert!(
            std::env::var_os("HOMEVISIT_REQUIRE_BROWSER").is_none(),
            "HOMEVISIT_REQUIRE_BROWSER is set but chromium/chromedriver are not installed"
        );
        eprintln!(
            "skipped: chromium and chromedriver are not installed (apt-get install chromium chromium-driver)"
        );
        return;
    };
    let app = spawn_app(TestDb::sqlite().await).await;
    homevisit::http::auth::add_coordinator(
        &app.db,
        "lincoln",
        EMAIL,
        PASSWORD,
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    let campaign = app.launch(None).await.campaign.unwrap();
    app.drain().await;
    for (phone, reply) in [
        (MARIA, "1"),
        (THANH, "không"),
        (IRYNA, "STOP"),
        (LAYLA, LAYLAS_QUESTION),
    ] {
        app.text(phone, reply).await;
    }
    app.drain().await;
    let report = app.report(campaign).await;

    let (_driver, client) = browser(&driver, &chromium).await;
    client.goto(&format!("{}/", app.url)).await.unwrap();
    assert!(
        client.current_url().await.unwrap().path() == "/login",
        "sent to log in"
    );
    client
        .find(Locator::Css("#email"))
        .await
        .unwrap()
        .send_keys(EMAIL)
        .await
        .unwrap();
    client
        .find(Locator::Css("#password"))
        .await
        .unwrap()
        .send_keys(PASSWORD)
        .await
        .unwrap();
    client
        .find(Locator::Css("main button[type=submit]"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    // The click returns before the form's navigation finishes: wait for it to leave /login.
    let deadline = Instant::now() + Duration::from_secs(10);
    while client.current_url().await.unwrap().path() == "/login" && Instant::now() < deadline {
        tokio::time::sleep(Duration::from_millis(50)).await;
    }
    assert_eq!(client.current_url().await.unwrap().path(), "/");

    client
        .find(Locator::LinkText("Fall visits"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert_eq!(
        client.current_url().await.unwrap().path(),
        format!("/campaigns/{campaign}")
    );
    let c = &report.counts;
    for (key, value) in [
        ("roster", report.roster),
        ("invited", c.invited),
        ("delivered", c.delivered),
        ("replied", c.replied),
        ("accepted", c.accepted),
        ("declined", c.declined),
        ("no_reply", c.no_reply),
        ("opted_out", c.opted_out),
        ("completed", c.completed),
    ] {
        let shown = text(&client, &format!(".figures [data-figure={key}]")).await;
        assert_eq!(shown, value.to_string(), "{key}");
    }
    assert_eq!(
        text(&client, ".figures [data-figure=acceptance_rate]").await,
        format!("{:.1}%", 100.0 * report.acceptance_rate)
    );
    assert!(!scrolls_sideways(&client).await, "at desktop width");
    client.set_window_size(390, 844).await.unwrap();
    assert!(!scrolls_sideways(&client).await, "at 390 px");

    if let Some(dir) = std::env::var_os("HOMEVISIT_SCREENSHOT_DIR") {
        let dir = PathBuf::from(dir);
        screenshot(&client, 1280, &dir.join("dashboard-campaign.png")).await;
        screenshot(&client, 390, &dir.join("dashboard-campaign-phone.png")).await;
        client.set_window_size(1280, 1000).await.unwrap();
    }

    // The inbox: Layla's question, written right to left, opens her thread.
    client
        .find(Locator::LinkText("Inbox"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let question = client
        .find(Locator::XPath(&format!(
            "//td[normalize-space()='{LAYLAS_QUESTION}']"
        )))
        .await
        .unwrap();
    assert_eq!(question.attr("dir").await.unwrap().as_deref(), Some("auto"));
    let row = question
        .find(Locator::XPath("./ancestor::tr"))
        .await
        .unwrap();
    row.find(Locator::Css("a"))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    assert!(text(&client, "h1").await.contains("Layla Haddad"));
    let thread = text(&client, "ol.thread").await;
    assert!(thread.contains(LAYLAS_QUESTION), "{thread}");
    assert!(
        client.find(Locator::Css("label[for=answer]")).await.is_ok(),
        "the answer box has a label"
    );
    assert!(!scrolls_sideways(&client).await);
    if let Some(dir) = std::env::var_os("HOMEVISIT_SCREENSHOT_DIR") {
        screenshot(
            &client,
            390,
            &PathBuf::from(dir).join("dashboard-inbox-phone.png"),
        )
        .await;
    }

    client.close().await.unwrap();
    app.stop().await;
}
