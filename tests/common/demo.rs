//! `homevisit demo` as a user runs it: the real binary, in a directory of its own, read from
//! its output and driven over HTTP.

use std::io::{BufRead, BufReader};
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use serde_json::Value;

pub struct Demo {
    child: Child,
    /// `http://127.0.0.1:PORT`
    pub url: String,
    /// What it printed before serving.
    pub banner: String,
}

impl Demo {
    /// Runs `homevisit demo ARGS` in `dir` on a free port and waits for its banner.
    pub fn start(dir: &Path, args: &[&str]) -> Demo {
        let mut child = Command::new(env!("CARGO_BIN_EXE_homevisit"))
            .arg("demo")
            .args(args)
            .current_dir(dir)
            .env("HOMEVISIT_LISTEN", "127.0.0.1:0")
            .env("RUST_LOG", "warn")
            .env_remove("DATABASE_URL")
            .env_remove("TWILIO_ACCOUNT_SID")
            .env_remove("TWILIO_AUTH_TOKEN")
            .env_remove("HOMEVISIT_PUBLIC_URL")
            .env_remove("HOMEVISIT_QUIET_HOURS")
            .env_remove("HOMEVISIT_SEND_RATE")
            .stdout(Stdio::piped())
            .stderr(Stdio::inherit())
            .spawn()
            .expect("homevisit demo starts");
        let stdout = child.stdout.take().unwrap();
        let (lines, banner_lines) = mpsc::channel();
        std::thread::spawn(move || {
            for line in BufReader::new(stdout).lines() {
                let Ok(line) = line else { break };
                if lines.send(line).is_err() {
                    break;
                }
            }
        });
        let deadline = Instant::now() + Duration::from_secs(120);
        let mut banner = String::new();
        loop {
            let left = deadline.saturating_duration_since(Instant::now());
            let line = match banner_lines.recv_timeout(left) {
                Ok(line) => line,
                Err(_) => {
                    let _ = child.kill();
                    let _ = child.wait();
                    panic!("demo printed no simulator URL; it printed:\n{banner}");
                }
            };
            banner.push_str(&line);
            banner.push('\n');
            if let Some(page) = line.strip_prefix("simulator: ") {
                let url = page.trim().trim_end_matches("/simulator").to_string();
                // The rest of the banner follows at once.
                while let Ok(line) = banner_lines.recv_timeout(Duration::from_millis(200)) {
                    banner.push_str(&line);
                    banner.push('\n');
                }
                return Demo { child, url, banner };
            }
        }
    }

    /// Stops it as ctrl-c would (SIGTERM) and checks that it shut down cleanly.
    pub fn stop(mut self) {
        let pid = self.child.id().to_string();
        let status = Command::new("kill").args(["-TERM", &pid]).status().unwrap();
        assert!(status.success());
        let deadline = Instant::now() + Duration::from_secs(30);
        loop {
            if let Some(exit) = self.child.try_wait().unwrap() {
                assert!(exit.success(), "demo exited with {exit}");
                return;
            }
            if Instant::now() > deadline {
                let _ = self.child.kill();
                panic!("demo did not stop within 30 s of SIGTERM");
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Every simulated phone's messages, oldest first.
    pub async fn messages(&self) -> Vec<Value> {
        messages(&self.url).await
    }

    /// Waits until `done` holds for the simulated phones' messages (or fails after 60 s).
    pub async fn wait_for(&self, what: &str, done: impl Fn(&[Value]) -> bool) -> Vec<Value> {
        wait_for(&self.url, what, Duration::from_secs(60), done).await
    }
}

/// Every simulated phone's messages on the service at `url`, oldest first.
pub async fn messages(url: &str) -> Vec<Value> {
    reqwest::get(format!("{url}/simulator/messages?after=0"))
        .await
        .unwrap()
        .json()
        .await
        .unwrap()
}

/// Polls the simulated phones at `url` until `done` holds for their messages (or fails after
/// `within`).
pub async fn wait_for(
    url: &str,
    what: &str,
    within: Duration,
    done: impl Fn(&[Value]) -> bool,
) -> Vec<Value> {
    let deadline = Instant::now() + within;
    loop {
        let messages = messages(url).await;
        if done(&messages) {
            return messages;
        }
        assert!(
            Instant::now() < deadline,
            "timed out waiting for {what}: {messages:#?}"
        );
        tokio::time::sleep(Duration::from_millis(100)).await;
    }
}

impl Drop for Demo {
    fn drop(&mut self) {
        let _ = self.child.kill();
        let _ = self.child.wait();
    }
}

/// The messages homevisit sent to `phone`.
pub fn to_phone<'a>(messages: &'a [Value], phone: &str) -> Vec<&'a Value> {
    messages
        .iter()
        .filter(|m| m["phone"] == phone && m["direction"] == "to_phone")
        .collect()
}
