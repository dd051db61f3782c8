//! The coordinator dashboard over real HTTP, on both databases: logging in and out, the
//! session cookie, CSRF, throttling, one school never seeing another's, and pages whose
//! figures are the CLI's.

mod common;

use std::collections::BTreeMap;

use common::app::{NowUtc, TestApp, spawn_app, spawn_app_with};
use common::db::TestDb;
use homevisit::store::schools;
use reqwest::StatusCode;
use reqwest::header::{COOKIE, LOCATION, SET_COOKIE};

const MARIA: &str = "+19165550201";
const LAYLA: &str = "+19165550206";
const LAYLAS_QUESTION: &str = "هل يستطيع والد الطفل أن يحضر أيضاً؟";
const ANA: &str = "+19165550101";
const BEN: &str = "+19165550102";
const LINH: &str = "+19165550103";
const SAM: &str = "+19165550106";
const THANH: &str = "+19165550202";
const IRYNA: &str = "+19165550205";
const EMAIL: &str = "coordinator@lincoln.example.org";
const PASSWORD: &str = "correct horse battery staple";
const OAK_EMAIL: &str = "coordinator@oak.example.org";

/// A browser without JavaScript: keeps the session cookie, never follows redirects.
struct Browser {
    base: String,
    client: reqwest::Client,
    /// Cookies by name (all on this one host).
    cookies: BTreeMap<String, String>,
}

struct Page {
    status: StatusCode,
    location: Option<String>,
    set_cookie: Option<String>,
    body: String,
}

impl Browser {
    fn new(app: &TestApp) -> Browser {
        Browser {
            base: app.url.clone(),
            client: reqwest::Client::builder()
                .redirect(reqwest::redirect::Policy::none())
                .build()
                .unwrap(),
            cookies: BTreeMap::new(),
        }
    }

    async fn get(&mut self, path: &str) -> Page {
        let request = self.client.get(format!("{}{path}", self.base));
        self.send(request).await
    }

    async fn post(&mut self, path: &str, form: &[(&str, &str)]) -> Page {
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
    async fn log_in(&mut self, email: &str, password: &str) -> Page {
        let csrf = self.csrf("/login").await;
        self.post(
            "/login",
            &[("csrf", &csrf), ("email", email), ("password", password)],
        )
        .await
    }

    /// The CSRF token of the forms on `path`.
    async fn csrf(&mut self, path: &str) -> String {
        let page = self.get(path).await;
        hidden(&page.body, "csrf").expect("the page has a form with a CSRF token")
    }
}

/// The value of the first `<input … name="NAME" value="…">` on a page.
fn hidden(body: &str, name: &str) -> Option<String> {
    let at = body.find(&format!("name=\"{name}\" value=\""))?;
    let rest = &body[at + name.len() + 15..];
    Some(rest[..rest.find('"')?].to_string())
}

/// The text of the element marked `data-figure="KEY"`.
fn figure(body: &str, key: &str) -> String {
    let marker = format!("data-figure=\"{key}\">");
    let at = body
        .find(&marker)
        .unwrap_or_else(|| panic!("no figure {key}"));
    let rest = &body[at + marker.len()..];
    rest[..rest.find('<').unwrap()].to_string()
}

async fn with_coordinators(app: &TestApp) {
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

async fn every_page_sends_a_visitor_without_a_login_to_the_login_page(t: TestDb) {
    let app = spawn_app(t).await;
    let campaign = app.launch(None).await.campaign.unwrap();
    let mut visitor = Browser::new(&app);
    let campaign_page = format!("/campaigns/{campaign}");
    for path in [
        "/",
        campaign_page.as_str(),
        "/visits",
        "/visits/1",
        "/inbox",
        "/hours",
        "/hours.csv?from=2026-10-01&to=2026-10-31",
    ] {
        let page = visitor.get(path).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(page.location.as_deref(), Some("/login"), "{path}");
        assert!(!page.body.contains("Fall visits"), "{path}");
    }
    for path in [
        "/logout",
        "/visits/1/cancel",
        "/visits/1/move",
        "/inbox/1/handled",
        "/inbox/1/answer",
    ] {
        let page = visitor.post(path, &[("csrf", "x")]).await;
        assert_eq!(page.status, StatusCode::SEE_OTHER, "{path}");
        assert_eq!(page.location.as_deref(), Some("/login"), "{path}");
    }
    let login = visitor.get("/login").await;
    assert_eq!(login.status, StatusCode::OK);
    assert!(login.body.contains("<html lang=\"en\">"));
    assert!(login.body.contains("<label for=\"email\">"));
    assert!(login.body.contains("<label for=\"password\">"));
    app.stop().await;
}

async fn a_coordinator_logs_in_sees_their_campaigns_and_logging_out_ends_the_session(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    app.launch(None).await;
    let mut coordinator = Browser::new(&app);

    let login = coordinator
        .log_in("Coordinator@Lincoln.example.org ", PASSWORD)
        .await;
    assert_eq!(login.status, StatusCode::SEE_OTHER, "{}", login.body);
    assert_eq!(login.location.as_deref(), Some("/"));
    let cookie = login.set_cookie.expect("a session cookie");
    for attribute in ["HttpOnly", "SameSite=Lax", "Path=/"] {
        assert!(cookie.contains(attribute), "{cookie}");
    }
    assert!(!cookie.contains("Secure"), "plain http: {cookie}");
    let token = cookie.split(';').next().unwrap().split_once('=').unwrap().1;
    assert_eq!(token.len(), 43, "32 random bytes, base64url");
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM dashboard_sessions WHERE token_hash = '{token}'"
        ))
        .await,
        0,
        "the token itself is not stored"
    );

    let campaigns = coordinator.get("/").await;
    assert_eq!(campaigns.status, StatusCode::OK);
    assert!(campaigns.body.contains("Fall visits"));
    assert!(campaigns.body.contains(EMAIL));

    let csrf = coordinator.csrf("/").await;
    let stolen = coordinator.cookies.clone();
    let logout = coordinator.post("/logout", &[("csrf", &csrf)]).await;
    assert_eq!(logout.status, StatusCode::SEE_OTHER);
    assert!(logout.set_cookie.unwrap().contains("Max-Age=0"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM dashboard_sessions").await,
        0
    );

    // The old cookie, kept by someone, signs nobody in any more.
    coordinator.cookies = stolen;
    let after = coordinator.get("/").await;
    assert_eq!(after.status, StatusCode::SEE_OTHER);
    assert_eq!(after.location.as_deref(), Some("/login"));
    app.stop().await;
}

async fn a_wrong_password_is_refused_and_the_cookie_is_secure_behind_https(t: TestDb) {
    let app = spawn_app_with(t, &[("HOMEVISIT_PUBLIC_URL", "https://visits.example.org")]).await;
    with_coordinators(&app).await;
    let mut coordinator = Browser::new(&app);
    let wrong = coordinator.log_in(EMAIL, "not the password").await;
    assert_eq!(wrong.status, StatusCode::UNAUTHORIZED);
    assert!(wrong.set_cookie.is_none());
    assert!(wrong.body.contains("do not match"));
    let unknown = coordinator.log_in("nobody@example.org", PASSWORD).await;
    assert_eq!(unknown.status, StatusCode::UNAUTHORIZED);
    assert!(
        unknown.body.contains("do not match"),
        "same answer as a wrong password"
    );

    let right = coordinator.log_in(EMAIL, PASSWORD).await;
    assert_eq!(right.status, StatusCode::SEE_OTHER);
    assert!(right.set_cookie.unwrap().contains("; Secure"));
    app.stop().await;
}

async fn a_form_without_its_csrf_token_or_with_another_sessions_is_refused_and_changes_nothing(
    t: TestDb,
) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let mut lincoln = Browser::new(&app);
    lincoln.log_in(EMAIL, PASSWORD).await;
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let oak_csrf = oak.csrf("/").await;

    let missing = lincoln.post("/logout", &[]).await;
    assert_eq!(missing.status, StatusCode::FORBIDDEN);
    let empty = lincoln.post("/logout", &[("csrf", "")]).await;
    assert_eq!(empty.status, StatusCode::FORBIDDEN);
    let foreign = lincoln.post("/logout", &[("csrf", &oak_csrf)]).await;
    assert_eq!(foreign.status, StatusCode::FORBIDDEN);

    assert_eq!(
        app.count("SELECT COUNT(*) FROM dashboard_sessions").await,
        2
    );
    assert_eq!(
        lincoln.get("/").await.status,
        StatusCode::OK,
        "still signed in"
    );
    app.stop().await;
}

async fn a_login_form_without_its_own_token_signs_nobody_in(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let mut other_site = Browser::new(&app);
    let bare = other_site
        .post("/login", &[("email", EMAIL), ("password", PASSWORD)])
        .await;
    assert_eq!(bare.status, StatusCode::FORBIDDEN);
    let mut someone = Browser::new(&app);
    let their_token = someone.csrf("/login").await;
    let own_token = other_site.csrf("/login").await;
    assert_ne!(own_token, their_token);
    let foreign = other_site
        .post(
            "/login",
            &[
                ("csrf", &their_token),
                ("email", EMAIL),
                ("password", PASSWORD),
            ],
        )
        .await;
    assert_eq!(
        foreign.status,
        StatusCode::FORBIDDEN,
        "another browser's token"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM dashboard_sessions").await,
        0
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM login_failures").await, 0);
    app.stop().await;
}

async fn every_dashboard_answer_is_kept_out_of_caches_and_frames(t: TestDb) {
    let app = spawn_app(t).await;
    let response = reqwest::get(format!("{}/login", app.url)).await.unwrap();
    let headers = response.headers();
    assert_eq!(headers["cache-control"], "no-store");
    assert_eq!(headers["x-frame-options"], "DENY");
    assert!(
        headers["content-security-policy"]
            .to_str()
            .unwrap()
            .contains("frame-ancestors 'none'")
    );
    app.stop().await;
}

async fn five_wrong_passwords_pause_an_account_for_fifteen_minutes_even_with_the_right_one(
    t: TestDb,
) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let mut guesser = Browser::new(&app);
    for guess in 1..=5 {
        let page = guesser
            .log_in(EMAIL, &format!("guess number {guess}"))
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "guess {guess}");
    }
    let mut coordinator = Browser::new(&app);
    let refused = coordinator.log_in(EMAIL, PASSWORD).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    assert!(refused.set_cookie.is_none());
    assert_eq!(
        app.count("SELECT COUNT(*) FROM dashboard_sessions").await,
        0
    );

    // Another account from the same address is not paused.
    assert_eq!(
        coordinator.log_in(OAK_EMAIL, PASSWORD).await.status,
        StatusCode::SEE_OTHER
    );

    app.clock.advance(chrono::Duration::minutes(14));
    let still = Browser::new(&app).log_in(EMAIL, PASSWORD).await;
    assert_eq!(still.status, StatusCode::TOO_MANY_REQUESTS);
    app.clock.advance(chrono::Duration::minutes(1));
    let later = Browser::new(&app).log_in(EMAIL, PASSWORD).await;
    assert_eq!(later.status, StatusCode::SEE_OTHER, "{}", later.body);
    app.stop().await;
}

async fn twenty_wrong_passwords_from_one_address_pause_every_login_from_it(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let mut guesser = Browser::new(&app);
    for guess in 1..=20 {
        let page = guesser
            .log_in(
                &format!("someone{guess}@example.org"),
                "a guess at a password",
            )
            .await;
        assert_eq!(page.status, StatusCode::UNAUTHORIZED, "guess {guess}");
    }
    let refused = Browser::new(&app).log_in(EMAIL, PASSWORD).await;
    assert_eq!(refused.status, StatusCode::TOO_MANY_REQUESTS);
    app.clock.advance(chrono::Duration::minutes(15));
    let later = Browser::new(&app).log_in(EMAIL, PASSWORD).await;
    assert_eq!(later.status, StatusCode::SEE_OTHER);
    app.stop().await;
}

async fn another_schools_campaign_answers_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let campaign = app.launch(None).await.campaign.unwrap();
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let page = oak.get(&format!("/campaigns/{campaign}")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("Fall visits"));
    assert!(!oak.get("/").await.body.contains("Fall visits"));
    assert_eq!(
        oak.get("/campaigns/999999").await.status,
        StatusCode::NOT_FOUND,
        "the same answer as a campaign that does not exist"
    );
    app.stop().await;
}

async fn the_campaign_page_shows_the_reports_figures(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let campaign = app.launch(Some((50, 7))).await.campaign.unwrap();
    app.drain().await;
    for (phone, reply) in [(MARIA, "1"), (THANH, "không"), (IRYNA, "STOP")] {
        app.text(phone, reply).await;
    }
    app.drain().await;
    let report = app.report(campaign).await;
    assert!(report.counts.invited > 0);

    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let page = coordinator.get(&format!("/campaigns/{campaign}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let c = &report.counts;
    for (key, value) in [
        ("roster", report.roster),
        ("invited", c.invited),
        ("delivered", c.delivered),
        ("replied", c.replied),
        ("accepted", c.accepted),
        ("completed", c.completed),
        ("declined", c.declined),
        ("no_reply", c.no_reply),
        ("opted_out", c.opted_out),
        ("cancelled", c.cancelled),
        ("failed", c.failed),
    ] {
        assert_eq!(figure(&page.body, key), value.to_string(), "{key}");
    }
    assert_eq!(
        figure(&page.body, "acceptance_rate"),
        format!("{:.1}%", 100.0 * report.acceptance_rate)
    );
    assert_eq!(
        figure(&page.body, "coverage"),
        format!("{:.1}%", 100.0 * c.invited as f64 / report.roster as f64)
    );
    assert!(page.body.contains("Random sample"));
    assert!(
        page.body
            .contains("50% of the roster, drawn by the software with seed 7")
    );
    for language in report.by_language.keys() {
        assert!(
            page.body
                .contains(&format!("<th scope=\"row\">{language}</th>"))
        );
    }
    assert!(page.body.contains("<svg"), "charts drawn on the server");
    app.stop().await;
}

async fn the_hours_page_and_its_csv_are_the_hours_report(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let range = homevisit::hours::DateRange::parse("2026-10-01", "2026-10-31").unwrap();
    let report = homevisit::hours::report(&app.db, "lincoln", range)
        .await
        .unwrap();
    let csv = coordinator
        .get("/hours.csv?from=2026-10-01&to=2026-10-31")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.body, report.to_csv().unwrap());
    let page = coordinator
        .get("/hours?from=2026-10-01&to=2026-10-31")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for educator in &report.educators {
        assert!(page.body.contains(&educator.name));
    }
    let backwards = coordinator
        .get("/hours?from=2026-10-31&to=2026-10-01")
        .await;
    assert_eq!(backwards.status, StatusCode::BAD_REQUEST);
    app.stop().await;
}

/// Maria books the first option (Ana & Ben); returns her visit's id.
async fn maria_books(app: &TestApp) -> i64 {
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "1").await;
    app.drain().await;
    app.count("SELECT id FROM visits WHERE state = 'booked'")
        .await
}

async fn a_coordinator_cancels_a_visit_and_the_family_and_both_educators_are_told(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let visit = maria_books(&app).await;
    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;

    let visits = coordinator.get("/visits").await;
    assert_eq!(visits.status, StatusCode::OK);
    assert!(visits.body.contains("Maria Hernandez"));
    assert!(visits.body.contains("Ana Torres &amp; Ben Carter"));
    assert!(
        !visits.body.contains("Interpreter needed"),
        "Ana speaks Spanish"
    );

    let before = |n: &str| app.provider.sent_to(n).len();
    let (maria, ana, ben) = (before(MARIA), before(ANA), before(BEN));
    let csrf = coordinator.csrf(&format!("/visits/{visit}")).await;
    let done = coordinator
        .post(&format!("/visits/{visit}/cancel"), &[("csrf", &csrf)])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        0
    );
    app.drain().await;
    let told = app.provider.sent_to(MARIA);
    assert_eq!(told.len(), maria + 1);
    assert!(
        told.last()
            .unwrap()
            .body
            .contains("Su visita está cancelada"),
        "in Spanish"
    );
    assert_eq!((before(ANA), before(BEN)), (ana + 1, ben + 1));
    assert!(
        app.provider
            .sent_to(ANA)
            .last()
            .unwrap()
            .body
            .contains("cancel")
    );
    assert!(
        !coordinator
            .get("/visits")
            .await
            .body
            .contains("Maria Hernandez")
    );
    app.stop().await;
}

async fn a_coordinator_moves_a_visit_to_another_pair_and_everyone_is_told(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let visit = maria_books(&app).await;
    let library = app
        .count("SELECT id FROM slots WHERE location = 'Library'")
        .await;
    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let page = coordinator.get(&format!("/visits/{visit}")).await;
    assert!(
        page.body.contains(&format!("<option value=\"{library}\">")),
        "{}",
        page.body
    );
    let csrf = hidden(&page.body, "csrf").unwrap();

    let before = |n: &str| app.provider.sent_to(n).len();
    let counts = [
        before(MARIA),
        before(ANA),
        before(BEN),
        before(LINH),
        before(SAM),
    ];
    let moved = coordinator
        .post(
            &format!("/visits/{visit}/move"),
            &[("csrf", &csrf), ("slot", &library.to_string())],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(
        app.count("SELECT slot_id FROM visits WHERE state = 'booked'")
            .await,
        library
    );
    app.drain().await;
    let after = [
        before(MARIA),
        before(ANA),
        before(BEN),
        before(LINH),
        before(SAM),
    ];
    assert_eq!(
        after,
        counts.map(|n| n + 1),
        "the family, the old pair and the new pair"
    );
    let maria = app.provider.sent_to(MARIA);
    let told = &maria.last().unwrap().body;
    assert!(
        told.contains("Linh Nguyen") && told.contains("Gracias"),
        "{told}"
    );

    // The list says the new pair needs an interpreter (neither Linh nor Sam speaks Spanish).
    let visits = coordinator.get("/visits").await;
    assert!(visits.body.contains("Linh Nguyen &amp; Sam Okafor"));
    assert!(visits.body.contains("Interpreter needed"));
    app.stop().await;
}

async fn visit_forms_need_their_csrf_token_and_another_schools_visit_is_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let visit = maria_books(&app).await;
    let library = app
        .count("SELECT id FROM slots WHERE location = 'Library'")
        .await;
    let sent = app.provider.sent().len();
    let mut lincoln = Browser::new(&app);
    lincoln.log_in(EMAIL, PASSWORD).await;
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let oak_csrf = oak.csrf("/").await;

    let cancel = format!("/visits/{visit}/cancel");
    let move_to = format!("/visits/{visit}/move");
    let slot = library.to_string();
    assert_eq!(
        lincoln.post(&cancel, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        lincoln.post(&cancel, &[("csrf", &oak_csrf)]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        lincoln.post(&move_to, &[("slot", &slot)]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        oak.get(&format!("/visits/{visit}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&cancel, &[("csrf", &oak_csrf)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&move_to, &[("csrf", &oak_csrf), ("slot", &slot)])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(!oak.get("/visits").await.body.contains("Maria"));

    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM visits WHERE state = 'booked' AND slot_id = {library}"
        ))
        .await,
        0
    );
    app.drain().await;
    assert_eq!(app.provider.sent().len(), sent, "nobody was told anything");
    app.stop().await;
}

async fn a_coordinator_reads_the_inbox_answers_a_family_in_their_words_and_marks_it_handled(
    t: TestDb,
) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    app.launch(None).await;
    app.drain().await;
    app.text(LAYLA, LAYLAS_QUESTION).await;
    app.drain().await;
    let item = app.count("SELECT MAX(id) FROM inbox").await;
    assert!(item > 0, "the question waits for a person");

    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let inbox = coordinator.get("/inbox").await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert!(inbox.body.contains("1 to handle"), "{}", inbox.body);
    assert!(inbox.body.contains(&format!(
        "<td dir=\"auto\" lang=\"\">{LAYLAS_QUESTION}</td>"
    )));

    let thread = coordinator.get(&format!("/inbox/{item}")).await;
    assert_eq!(thread.status, StatusCode::OK);
    assert!(thread.body.contains("Layla Haddad"));
    assert!(thread.body.contains(LAYLAS_QUESTION));
    assert!(thread.body.contains("<label for=\"answer\">"));
    let csrf = hidden(&thread.body, "csrf").unwrap();
    let words = "نعم، أهلاً بالوالدين معاً. — Ms. Rivera";
    let sent = coordinator
        .post(
            &format!("/inbox/{item}/answer"),
            &[("csrf", &csrf), ("answer", words)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    app.drain().await;
    let to_layla = app.provider.sent_to(LAYLA);
    assert_eq!(to_layla.last().unwrap().body, words, "sent as typed");
    assert!(
        coordinator
            .get(&format!("/inbox/{item}"))
            .await
            .body
            .contains(words)
    );

    let handled = coordinator
        .post(&format!("/inbox/{item}/handled"), &[("csrf", &csrf)])
        .await;
    assert_eq!(handled.status, StatusCode::SEE_OTHER);
    assert!(coordinator.get("/inbox").await.body.contains("0 to handle"));
    app.stop().await;
}

async fn inbox_forms_need_their_csrf_token_and_another_schools_item_is_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    app.launch(None).await;
    app.drain().await;
    app.text(LAYLA, LAYLAS_QUESTION).await;
    app.drain().await;
    let item = app.count("SELECT MAX(id) FROM inbox").await;
    let sent = app.provider.sent().len();
    let mut lincoln = Browser::new(&app);
    lincoln.log_in(EMAIL, PASSWORD).await;
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let oak_csrf = oak.csrf("/").await;

    let answer = format!("/inbox/{item}/answer");
    let handled = format!("/inbox/{item}/handled");
    for csrf in [None, Some(oak_csrf.as_str())] {
        let mut form = vec![("answer", "hello")];
        form.extend(csrf.map(|c| ("csrf", c)));
        assert_eq!(
            lincoln.post(&answer, &form).await.status,
            StatusCode::FORBIDDEN
        );
        let form: Vec<_> = csrf.map(|c| ("csrf", c)).into_iter().collect();
        assert_eq!(
            lincoln.post(&handled, &form).await.status,
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        oak.get(&format!("/inbox/{item}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&answer, &[("csrf", &oak_csrf), ("answer", "hello")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&handled, &[("csrf", &oak_csrf)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!oak.get("/inbox").await.body.contains(LAYLAS_QUESTION));

    app.drain().await;
    assert_eq!(app.provider.sent().len(), sent, "no answer went out");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE resolved_at IS NOT NULL")
            .await,
        0
    );
    app.stop().await;
}

/// `homevisit demo` prints a login for its school; the password works, and nobody is signed in
/// by the demo itself. (SQLite: the demo always runs on its own SQLite file.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_gives_a_coordinator_login_and_signs_nobody_in() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDb::sqlite().await;
    let provider = common::fake_provider::FakeProvider::start().await;
    let config = common::app::config_for(&database, &provider, &[]);
    let options = homevisit::demo::Options {
        dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    };
    let clock = homevisit::clock::ManualClock::new(common::app::start_time());
    let (_, db, prepared) = homevisit::demo::prepare(config.clone(), &options, &clock)
        .await
        .unwrap();
    let (email, password) = prepared.login.clone();
    assert_eq!(email, homevisit::demo::COORDINATOR_EMAIL);
    assert!(password.len() >= 16);
    let account = {
        let mut tx = db.read().await.unwrap();
        homevisit::store::coordinators::password_hash(&mut tx, &email)
            .await
            .unwrap()
            .expect("the account exists")
    };
    assert!(homevisit::http::auth::verify_password(
        &password, &account.2
    ));
    assert_eq!(
        common::db::scalar(&db, "SELECT COUNT(*) FROM dashboard_sessions").await,
        0
    );
    db.close().await;

    // Run again: the data is reused, and the password is new.
    let (_, db, again) = homevisit::demo::prepare(config, &options, &clock)
        .await
        .unwrap();
    assert!(!again.fresh);
    assert_ne!(again.login.1, password);
    db.close().await;
}

on_both_databases!(
    a_login_form_without_its_own_token_signs_nobody_in,
    every_dashboard_answer_is_kept_out_of_caches_and_frames,
    a_coordinator_reads_the_inbox_answers_a_family_in_their_words_and_marks_it_handled,
    inbox_forms_need_their_csrf_token_and_another_schools_item_is_not_found,
    a_coordinator_cancels_a_visit_and_the_family_and_both_educators_are_told,
    a_coordinator_moves_a_visit_to_another_pair_and_everyone_is_told,
    visit_forms_need_their_csrf_token_and_another_schools_visit_is_not_found,
    every_page_sends_a_visitor_without_a_login_to_the_login_page,
    a_coordinator_logs_in_sees_their_campaigns_and_logging_out_ends_the_session,
    a_wrong_password_is_refused_and_the_cookie_is_secure_behind_https,
    a_form_without_its_csrf_token_or_with_another_sessions_is_refused_and_changes_nothing,
    five_wrong_passwords_pause_an_account_for_fifteen_minutes_even_with_the_right_one,
    twenty_wrong_passwords_from_one_address_pause_every_login_from_it,
    another_schools_campaign_answers_not_found,
    the_campaign_page_shows_the_reports_figures,
    the_hours_page_and_its_csv_are_the_hours_report,
);
