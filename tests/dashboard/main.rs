//! The coordinator dashboard over real HTTP, on both databases: logging in and out, the
//! session cookie, CSRF, throttling, one school never seeing another's, and pages whose
//! figures are the CLI's. One file per page; this one holds the browser the stories use.

#[path = "../common/mod.rs"]
mod common;

mod campaigns;
mod demo;
mod inbox;
mod login;
mod visits;

use std::collections::BTreeMap;

use common::app::{NowUtc, TestApp};
use homevisit::store::schools;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};

pub const MARIA: &str = "+19165550201";
pub const LAYLA: &str = "+19165550206";
pub const LAYLAS_QUESTION: &str = "هل يستطيع والد الطفل أن يحضر أيضاً؟";
pub const ANA: &str = "+19165550101";
pub const BEN: &str = "+19165550102";
pub const LINH: &str = "+19165550103";
pub const SAM: &str = "+19165550106";
pub const THANH: &str = "+19165550202";
pub const IRYNA: &str = "+19165550205";
pub const EMAIL: &str = "coordinator@lincoln.example.org";
pub const PASSWORD: &str = "correct horse battery staple";
pub const OAK_EMAIL: &str = "coordinator@oak.example.org";

/// A browser without JavaScript: keeps the session cookie, never follows redirects.
pub struct Browser {
    base: String,
    client: reqwest::Client,
    /// Cookies by name (all on this one host).
    pub cookies: BTreeMap<String, String>,
}

pub struct Page {
    pub status: StatusCode,
    pub location: Option<String>,
    pub set_cookie: Option<String>,
    pub body: String,
}

impl Browser {
    pub fn new(app: &TestApp) -> Browser {
        Browser {
            base: app.url.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: BTreeMap::new(),
        }
    }

    pub async fn get(&mut self, path: &str) -> Page {
        let request = self.client.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    pub async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
        let body = serde_urlencoded::to_string(form).unwrap();
        let request = self
            .client
            .post(format!("{}{path}", self.base))
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body);
        self.send(request).await
    }

    async fn send(&mut self, mut request: reqwest::RequestBuilder) -> Page {
        if !self.cookies.is_empty() {
            let jar: Vec<String> = self
                .cookies
                .iter()
                .map(|(k, v)| format!("{k}={v}"))
                .collect();
            request = request.header(COOKIE, jar.join("; "));
        }
        let response = request.send().await.unwrap();
        let header = |name| {
            response
                .headers()
                .get(name)
                .map(|v: &reqwest::header::HeaderValue| v.to_str().unwrap().to_string())
        };
        let (location, set_cookie) = (header(LOCATION), header(SET_COOKIE));
        for set in response.headers().get_all(SET_COOKIE) {
            let set = set.to_str().unwrap();
            let (name, value) = set.split(';').next().unwrap().split_once('=').unwrap();
            if value.is_empty() || set.contains("Max-Age=0") {
                self.cookies.remove(name);
            } else {
                self.cookies.insert(name.to_string(), value.to_string());
            }
        }
        Page {
            status: response.status(),
            location,
            set_cookie,
            body: response.text().await.unwrap(),
        }
    }

    /// Opens the login form and submits it.
    pub async fn log_in(&mut self, email: &str, password: &str) -> Page {
        let csrf = self.csrf("/login").await;
        self.post(
            "/login",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
    }

    /// The CSRF token of the forms on `path`.
    pub async fn csrf(&mut self, path: &str) -> String {
        let page = self.get(path).await;
        hidden(&page.body, "csrf").expect("the page has a form with a CSRF token")
    }
}

/// The value of the first `<input … name="NAME" value="…">` on a page.
pub fn hidden(body: &str, name: &str) -> Option<String> {
    let at = body.find(&format!("name=\"{name}\" value=\""))?;
    let rest = &body[at + name.len() + 15..];
    Some(rest[..rest.find('"')?].to_string())
}

/// The text of the element marked `data-figure="KEY"`.
pub fn figure(body: &str, key: &str) -> String {
    let marker = format!("data-figure=\"{key}\">");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no figure {key}"));
    let rest = &body[at + marker.len()..];
    rest[..rest.find('<').unwrap()].to_string()
}

/// Lincoln's coordinator, and a second school (Oak) with its own.
pub async fn with_coordinators(app: &TestApp) {
    let now = app.clock.now_utc();
    homevisit::http::auth::add_coordinator(&app.db, "lincoln", EMAIL, PASSWORD, now)
        .await
        .unwrap();
    let mut tx = app.db.begin().await.unwrap();
    schools::upsert(
        &mut tx,
        "oak",
        "Oak Middle School",
        chrono_tz::America::Chicago,
        Default::default(),
        None,
        now.timestamp(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    homevisit::http::auth::add_coordinator(&app.db, "oak", OAK_EMAIL, PASSWORD, now)
        .await
        .unwrap();
}
