//! `/simulator` in a real browser: Debian's headless Chromium, driven through chromedriver by
//! fantoccini. The page loads the demo's phones, a reply typed into Maria's phone and sent with
//! the page's button books her visit, and the confirmation appears on her phone and the
//! educators' without reloading. Then Rosa's phone rings: the call is answered on the page and
//! 1 pressed on its keypad, and her pair is told of the visit.
//!
//! Skips (and says so) when `chromium` or `chromedriver` is not installed, unless
//! `HOMEVISIT_REQUIRE_BROWSER` is set (`.ci/run` sets it, and installs both). With `HOMEVISIT_SCREENSHOT=path.png` it also saves a screenshot of the page (how
//! `docs/simulator.png` was made).

mod common;

use std::net::TcpListener;
use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::time::{Duration, Instant};

use fantoccini::{Client, ClientBuilder, Locator};
use hyper_util::client::legacy::connect::HttpConnector;

use common::demo::{Demo, to_phone};

const MARIA: &str = "+12015550121";
const FATIMA: &str = "+12015550128";
/// Rosa Dela Cruz prefers calls: her phone rings.
const ROSA: &str = "+12015550132";

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
                     "--disable-dev-shm-usage", "--window-size=1400,1000", "--lang=en-US"],
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
            Err(e) if Instant::now() < deadline => {
                let _ = e;
                tokio::time::sleep(Duration::from_millis(200)).await;
            }
            Err(e) => panic!("cannot start a Chromium session through chromedriver: {e}"),
        }
    }
}

/// Polls the page until `selector` matches `count` elements (or fails after 30 s).
async fn wait_for_count(
    client: &Client,
    selector: &str,
    count: usize,
) -> Vec<fantoccini::elements::Element> {
    let deadline = Instant::now() + Duration::from_secs(30);
    loop {
        let found = client.find_all(Locator::Css(selector)).await.unwrap();
        if found.len() >= count {
            return found;
        }
        assert!(
            Instant::now() < deadline,
            "{selector}: {} elements, expected {count}",
            found.len()
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

/// A text to an educator about Rosa's visit ("New visit: Rosa Dela Cruz (Miguel), …").
fn told_of_rosa(m: &serde_json::Value) -> bool {
    m["direction"] == "to_phone"
        && m["phone"] != ROSA
        && m["body"]
            .as_str()
            .unwrap_or_default()
            .contains("Rosa Dela Cruz (Miguel)")
}

#[tokio::test(flavor = "multi_thread")]
async fn a_reply_typed_into_the_page_books_and_shows_the_confirmation() {
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
    let dir = tempfile::tempdir().unwrap();
    let demo = Demo::start(dir.path(), &[]);
    demo.wait_for("Maria's invitation", |m| {
        to_phone(m, MARIA)
            .first()
            .is_some_and(|m| m["status"] == "delivered")
    })
    .await;

    let (_driver, client) = browser(&driver, &chromium).await;
    client
        .goto(&format!("{}/simulator", demo.url))
        .await
        .unwrap();
    let maria = format!(r#"section[data-phone="{MARIA}"]"#);
    let invitation = wait_for_count(&client, &format!("{maria} .msg.in"), 1).await;
    assert!(invitation[0].text().await.unwrap().contains("Sofia"));
    // Arabic is laid out right to left.
    let fatima_thread = client
        .find(Locator::Css(&format!(
            r#"section[data-phone="{FATIMA}"] .thread"#
        )))
        .await
        .unwrap();
    assert_eq!(
        fatima_thread.attr("dir").await.unwrap().as_deref(),
        Some("rtl")
    );

    // Type 2 into Maria's phone and press Send.
    let input = client
        .find(Locator::Css(&format!("{maria} input[name=body]")))
        .await
        .unwrap();
    input.send_keys("2").await.unwrap();
    client
        .find(Locator::Css(&format!("{maria} button")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();

    // Her reply and the confirmation appear without a reload; the input is cleared.
    wait_for_count(&client, &format!("{maria} .msg.out"), 1).await;
    let bubbles = wait_for_count(&client, &format!("{maria} .msg.in"), 2).await;
    let shown = bubbles[1]
        .find(Locator::Css(".body"))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    let messages = demo.messages().await;
    let confirmation = to_phone(&messages, MARIA)[1]["body"]
        .as_str()
        .unwrap()
        .to_string();
    assert_eq!(shown.trim(), confirmation.trim());
    let deadline = Instant::now() + Duration::from_secs(30);
    while input.prop("value").await.unwrap().as_deref() != Some("") {
        assert!(Instant::now() < deadline, "the reply box was never cleared");
        tokio::time::sleep(Duration::from_millis(100)).await;
    }

    // Both educators' phones on the page show the new visit.
    let messages = demo
        .wait_for("the educators' confirmations", |m| {
            m.iter()
                .filter(|m| {
                    m["direction"] == "to_phone"
                        && m["phone"] != MARIA
                        && m["body"].as_str().unwrap().contains("Maria Hernandez")
                })
                .count()
                == 2
        })
        .await;
    for educator in messages.iter().filter(|m| {
        m["direction"] == "to_phone"
            && m["phone"] != MARIA
            && m["body"].as_str().unwrap().contains("Maria Hernandez")
    }) {
        let phone = educator["phone"].as_str().unwrap();
        let card = format!(r#"section[data-phone="{phone}"] .msg.in"#);
        let shown = wait_for_count(&client, &card, 1).await;
        assert!(shown[0].text().await.unwrap().contains("Maria Hernandez"));
    }

    // Rosa's phone rings: answer it on the page, hear the times, press 1.
    let rosa = format!(r#"section[data-phone="{ROSA}"]"#);
    wait_for_count(&client, &format!("{rosa} .msg.in"), 1).await;
    client
        .find(Locator::Css(&format!("{rosa} .keypad button.answer")))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let heard = wait_for_count(&client, &format!("{rosa} .msg.in"), 3).await;
    let mut words = String::new();
    for bubble in &heard {
        words.push_str(&bubble.text().await.unwrap());
    }
    assert!(words.contains("🔊"), "the call's words are shown: {words}");
    client
        .find(Locator::Css(&format!(
            r#"{rosa} .keypad button[value="1"]"#
        )))
        .await
        .unwrap()
        .click()
        .await
        .unwrap();
    let pressed = wait_for_count(&client, &format!("{rosa} .msg.out"), 1).await;
    assert!(pressed[0].text().await.unwrap().contains('1'));
    let rosas_pair = demo
        .wait_for("Rosa's visit told to her pair", |m| {
            m.iter().filter(|m| told_of_rosa(m)).count() == 3
        })
        .await;
    // Her pair, and the Tagalog interpreter who joins them (neither of the pair speaks it).
    assert_eq!(rosas_pair.iter().filter(|m| told_of_rosa(m)).count(), 3);
    assert!(
        rosas_pair
            .iter()
            .any(|m| told_of_rosa(m) && m["phone"] == "+12015550117")
    );

    if let Some(path) = std::env::var_os("HOMEVISIT_SCREENSHOT") {
        let png = client.screenshot().await.unwrap();
        std::fs::write(&path, png).unwrap();
    }
    client.close().await.unwrap();
    demo.stop();
}
