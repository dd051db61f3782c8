//! The coordinators' JSON API and `/metrics`, over HTTP on SQLite and PostgreSQL: a script
//! with a bearer token from `homevisit coordinator token` reads its own school's campaigns,
//! funnel (the same as `homevisit report`), visits, inbox and hours; without a token, or with
//! a revoked one, it reads nothing; another school's campaign does not exist for it; the
//! OpenAPI document lists every route; and `/metrics` moves with the webhooks without ever
//! showing a phone number or a name.

mod common;

use std::collections::BTreeMap;

use chrono::{Duration, TimeZone, Utc};
use homevisit::http::api::tokens;
use homevisit::store::{campaigns, schools};
use serde_json::Value;

use common::app::{NowUtc, TestApp, spawn_app, spawn_app_with};
use common::db::TestDb;

const MARIA: &str = "+19165550201"; // Maria Hernandez, Spanish
const THANH: &str = "+19165550202"; // vi
const IRYNA: &str = "+19165550205"; // uk
const LAYLA: &str = "+19165550206"; // ar
const ANA: &str = "+19165550101"; // Ana Torres, educator

/// The fixture's educators by name, as `/api/visits` names a pair.
const EDUCATOR_PHONES: [(&str, &str); 6] = [
    ("Ana Torres", "+19165550101"),
    ("Ben Carter", "+19165550102"),
    ("Linh Nguyen", "+19165550103"),
    ("Pao Vang", "+19165550104"),
    ("Rosa Delgado", "+19165550105"),
    ("Sam Okafor", "+19165550106"),
];

/// A coordinator of `school` and a fresh API token of theirs.
async fn token_for(app: &TestApp, school: &str, email: &str) -> String {
    homevisit::http::auth::add_coordinator(
        &app.db,
        school,
        email,
        "a long enough password",
        app.clock.now_utc(),
    )
    .await
    .expect("coordinator added");
    tokens::issue(&app.db, email, app.clock.now_utc())
        .await
        .expect("token issued")
}

/// `GET url` with an optional bearer token: the status and the body as JSON (or as a JSON
/// string when it is not JSON).
async fn get(app: &TestApp, path: &str, token: Option<&str>) -> (u16, Value) {
    let mut request = reqwest::Client::new().get(format!("{}{path}", app.url));
    if let Some(token) = token {
        request = request.bearer_auth(token);
    }
    let response = request.send().await.expect("the server answers");
    let status = response.status().as_u16();
    let text = response.text().await.expect("a body");
    let body = serde_json::from_str(&text).unwrap_or(Value::String(text));
    (status, body)
}

async fn metrics_text(app: &TestApp) -> String {
    let response = reqwest::get(format!("{}/metrics", app.url)).await.unwrap();
    assert_eq!(response.status().as_u16(), 200);
    response.text().await.unwrap()
}

/// Prometheus text as `name{labels}` → value (`# …` lines left out).
fn samples(text: &str) -> BTreeMap<String, f64> {
    text.lines()
        .filter(|l| !l.starts_with('#') && !l.trim().is_empty())
        .filter_map(|l| {
            let (key, value) = l.rsplit_once(' ')?;
            Some((key.to_string(), value.parse().ok()?))
        })
        .collect()
}

fn sample(text: &str, key: &str) -> f64 {
    samples(text).get(key).copied().unwrap_or(0.0)
}

/// A school of its own with one campaign, which Lincoln's coordinators must never see.
async fn other_schools_campaign(app: &TestApp) -> i64 {
    let now = app.clock.now_utc().timestamp();
    let mut tx = app.db.begin().await.unwrap();
    let roosevelt = schools::upsert(
        &mut tx,
        "roosevelt",
        "Roosevelt Middle",
        chrono_tz::America::Chicago,
        Default::default(),
        None,
        now,
    )
    .await
    .unwrap();
    let id = campaigns::create(&mut tx, roosevelt.id, "Spring visits", None, 0, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    id
}

/// The document's routes that need a caller, each as a path a client can call: `{id}` filled
/// with `campaign`, and the query parameters the route declares given sample dates.
fn protected_routes(doc: &Value, campaign: i64) -> Vec<String> {
    let paths = doc["paths"].as_object().expect("paths");
    let mut routes = Vec::new();
    for (path, item) in paths {
        let get = &item["get"];
        if get["security"].as_array().is_none_or(|s| s.is_empty()) {
            continue;
        }
        let mut url = path.replace("{id}", &campaign.to_string());
        let takes_dates = get["parameters"]
            .as_array()
            .into_iter()
            .flatten()
            .any(|p| p["in"] == "query" && p["name"] == "from");
        if takes_dates {
            url += "?from=2026-10-01&to=2026-11-30";
        }
        routes.push(url);
    }
    routes
}

async fn every_api_route_refuses_a_caller_without_a_token_or_with_a_revoked_one(t: TestDb) {
    let app = spawn_app(t).await;
    let campaign = app.launch(None).await.campaign.unwrap();
    let token = token_for(&app, "lincoln", "office@lincoln.example.org").await;
    let (_, doc) = get(&app, "/api/openapi.json", None).await;
    let routes = protected_routes(&doc, campaign);
    assert!(routes.len() >= 5, "{routes:?}");

    for route in &routes {
        let (status, body) = get(&app, route, Some(&token)).await;
        assert_eq!(status, 200, "{route} with a live token: {body}");

        let (status, body) = get(&app, route, None).await;
        assert_eq!(status, 401, "{route} without a token: {body}");
        assert!(
            body["error"].as_str().is_some_and(|e| !e.is_empty()),
            "{body}"
        );

        let (status, _) = get(&app, route, Some("hv_not-a-token-anyone-was-given")).await;
        assert_eq!(status, 401, "{route} with a made-up token");
    }

    let ended = tokens::revoke(&app.db, "Office@Lincoln.example.org", app.clock.now_utc())
        .await
        .unwrap();
    assert_eq!(ended, 1);
    for route in &routes {
        let (status, body) = get(&app, route, Some(&token)).await;
        assert_eq!(status, 401, "{route} with a revoked token: {body}");
    }
    app.stop().await;
}

async fn a_token_is_stored_only_as_its_digest(t: TestDb) {
    let app = spawn_app(t).await;
    let token = token_for(&app, "lincoln", "office@lincoln.example.org").await;
    assert!(token.starts_with("hv_") && token.len() == 3 + 43, "{token}");
    let stored = app
        .count(&format!(
            "SELECT COUNT(*) FROM api_tokens WHERE token_hash = '{}'",
            tokens::digest(&token)
        ))
        .await;
    assert_eq!(stored, 1);
    let in_clear = app
        .count(&format!(
            "SELECT COUNT(*) FROM api_tokens WHERE token_hash LIKE '%{}%'",
            &token[3..]
        ))
        .await;
    assert_eq!(in_clear, 0);
    let unknown = tokens::issue(&app.db, "nobody@example.org", app.clock.now_utc()).await;
    assert!(
        unknown
            .unwrap_err()
            .to_string()
            .contains("nobody@example.org")
    );
    app.stop().await;
}

/// Runs `homevisit ARGS…` on the test's database: exit success, stdout, stderr.
fn homevisit(database_url: &str, args: &[&str]) -> (bool, String, String) {
    let output = std::process::Command::new(env!("CARGO_BIN_EXE_homevisit"))
        .args(args)
        .env("DATABASE_URL", database_url)
        .env("HOMEVISIT_PROVIDER", "simulated")
        .output()
        .expect("the binary runs");
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

async fn the_token_command_prints_a_token_that_opens_the_api_until_revoked(t: TestDb) {
    let database_url = t.url.clone();
    let app = spawn_app(t).await;
    homevisit::http::auth::add_coordinator(
        &app.db,
        "lincoln",
        "office@lincoln.example.org",
        "a long enough password",
        app.clock.now_utc(),
    )
    .await
    .unwrap();

    let (ok, stdout, stderr) = homevisit(
        &database_url,
        &["coordinator", "token", "office@lincoln.example.org"],
    );
    assert!(ok, "{stderr}");
    let token = stdout.trim();
    assert!(token.starts_with("hv_"), "{stdout}");
    let (status, _) = get(&app, "/api/campaigns", Some(token)).await;
    assert_eq!(status, 200);

    let (ok, stdout, stderr) = homevisit(
        &database_url,
        &[
            "coordinator",
            "token",
            "office@lincoln.example.org",
            "--revoke",
        ],
    );
    assert!(ok, "{stderr}");
    assert!(stdout.contains("revoked 1 token"), "{stdout}");
    let (status, _) = get(&app, "/api/campaigns", Some(token)).await;
    assert_eq!(status, 401);

    let (ok, stdout, stderr) = homevisit(
        &database_url,
        &["coordinator", "token", "nobody@example.org"],
    );
    assert!(!ok, "an unknown email fails");
    assert!(stdout.is_empty(), "{stdout}");
    assert_eq!(stderr.trim().lines().count(), 1, "one line: {stderr}");
    assert!(stderr.contains("nobody@example.org"), "{stderr}");
    app.stop().await;
}

async fn another_schools_campaign_is_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    let ours = app.launch(None).await.campaign.unwrap();
    let theirs = other_schools_campaign(&app).await;
    let token = token_for(&app, "lincoln", "office@lincoln.example.org").await;

    let (status, body) = get(
        &app,
        &format!("/api/campaigns/{theirs}/stats"),
        Some(&token),
    )
    .await;
    assert_eq!(status, 404, "{body}");
    assert_eq!(body["error"], "not found");
    let (status, _) = get(&app, "/api/campaigns/999999/stats", Some(&token)).await;
    assert_eq!(status, 404, "a campaign that does not exist reads the same");

    let (status, list) = get(&app, "/api/campaigns", Some(&token)).await;
    assert_eq!(status, 200);
    let ids: Vec<i64> = list
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["id"].as_i64().unwrap())
        .collect();
    assert_eq!(ids, vec![ours]);

    // Roosevelt's coordinator sees their campaign, and not Lincoln's.
    let theirs_token = token_for(&app, "roosevelt", "office@roosevelt.example.org").await;
    let (status, _) = get(
        &app,
        &format!("/api/campaigns/{theirs}/stats"),
        Some(&theirs_token),
    )
    .await;
    assert_eq!(status, 200);
    let (status, _) = get(
        &app,
        &format!("/api/campaigns/{ours}/stats"),
        Some(&theirs_token),
    )
    .await;
    assert_eq!(status, 404);
    app.stop().await;
}

async fn the_stats_are_the_report_after_a_launch_and_replies(t: TestDb) {
    let app = spawn_app(t).await;
    let campaign = app.launch(Some((100, 7))).await.campaign.unwrap();
    assert_eq!(app.drain().await, 6);
    app.text(MARIA, "el 2 porfa").await;
    app.text(THANH, "không, cảm ơn").await;
    app.text(IRYNA, "STOP").await;
    app.drain().await;
    let token = token_for(&app, "lincoln", "office@lincoln.example.org").await;

    let (status, stats) = get(
        &app,
        &format!("/api/campaigns/{campaign}/stats"),
        Some(&token),
    )
    .await;
    assert_eq!(status, 200, "{stats}");
    let report = serde_json::to_value(app.report(campaign).await).unwrap();
    assert_eq!(
        stats, report,
        "the API serves `report --format json` as it is"
    );
    assert_eq!(stats["accepted"], 1);
    assert_eq!(stats["declined"], 1);
    assert_eq!(stats["opted_out"], 1);
    assert_eq!(stats["invited"], 6);

    let (_, list) = get(&app, "/api/campaigns", Some(&token)).await;
    assert_eq!(list[0]["name"], "Fall visits");
    assert_eq!(list[0]["sample"]["percent"], 100);
    assert_eq!(list[0]["sample"]["seed"], 7);
    app.stop().await;
}

async fn visits_inbox_and_hours_are_the_schools_own(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "el 2 porfa").await;
    app.text(LAYLA, "Who gave you my number? My son is sick this week")
        .await;
    app.text(ANA, "running late, traffic").await;
    app.drain().await;
    let token = token_for(&app, "lincoln", "office@lincoln.example.org").await;

    let (status, visits) = get(
        &app,
        "/api/visits?from=2026-10-01&to=2026-11-30",
        Some(&token),
    )
    .await;
    assert_eq!(status, 200, "{visits}");
    let visits = visits.as_array().unwrap().clone();
    assert_eq!(visits.len(), 1, "{visits:?}");
    let visit = &visits[0];
    assert_eq!(visit["family"], "Maria Hernandez");
    assert_eq!(visit["status"], "booked");
    assert!(visit["language"].as_str().unwrap().starts_with("es"));
    assert!(
        visit["start"].as_str().unwrap().ends_with("-07:00"),
        "{visit}"
    );
    let (_, september) = get(
        &app,
        "/api/visits?from=2026-09-01&to=2026-09-30",
        Some(&token),
    )
    .await;
    assert_eq!(september, Value::Array(vec![]), "outside the range");

    let (status, inbox) = get(&app, "/api/inbox", Some(&token)).await;
    assert_eq!(status, 200);
    let texts: Vec<&str> = inbox
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|i| i["text"].as_str())
        .collect();
    assert!(
        texts.contains(&"Who gave you my number? My son is sick this week"),
        "{inbox}"
    );
    assert!(texts.contains(&"running late, traffic"), "{inbox}");

    // The pair's first educator says DONE once the visit has started.
    let educator = visit["pair"][0].as_str().unwrap();
    let phone = EDUCATOR_PHONES
        .iter()
        .find(|(n, _)| *n == educator)
        .unwrap()
        .1;
    app.clock
        .set(Utc.with_ymd_and_hms(2026, 11, 20, 12, 0, 0).unwrap());
    app.text(phone, "DONE").await;

    let (status, hours) = get(
        &app,
        "/api/hours?from=2026-10-01&to=2026-11-30",
        Some(&token),
    )
    .await;
    assert_eq!(status, 200, "{hours}");
    let range = homevisit::hours::DateRange::parse("2026-10-01", "2026-11-30").unwrap();
    let expected = homevisit::hours::report(&app.db, "lincoln", range)
        .await
        .unwrap();
    assert_eq!(hours["visits"], 1);
    assert_eq!(hours["visits"], expected.visits);
    let served: Vec<(String, i64, i64)> = hours["educators"]
        .as_array()
        .unwrap()
        .iter()
        .map(|e| {
            (
                e["name"].as_str().unwrap().to_string(),
                e["visits"].as_i64().unwrap(),
                e["minutes"].as_i64().unwrap(),
            )
        })
        .collect();
    let figures: Vec<(String, i64, i64)> = expected
        .educators
        .iter()
        .map(|e| (e.name.clone(), e.visits, e.minutes))
        .collect();
    assert_eq!(served, figures, "the same figures as `homevisit hours`");
    app.stop().await;
}

async fn unreadable_query_parameters_are_refused_with_a_reason(t: TestDb) {
    let app = spawn_app(t).await;
    let token = token_for(&app, "lincoln", "office@lincoln.example.org").await;
    let refused = [
        ("/api/visits?from=yesterday&to=2026-10-01", "yesterday"),
        ("/api/visits?from=2026-10-31&to=2026-10-01", "after"),
        ("/api/visits?from=2026-10-01", "both"),
        ("/api/visits?form=2026-10-01", "form"),
        ("/api/hours", "required"),
        ("/api/hours?from=2026-13-01&to=2026-12-31", "2026-13-01"),
        ("/api/campaigns/fall/stats", "fall"),
    ];
    for (path, reason) in refused {
        let (status, body) = get(&app, path, Some(&token)).await;
        assert_eq!(status, 400, "{path}: {body}");
        let error = body["error"].as_str().unwrap_or_default();
        assert!(
            error.contains(reason),
            "{path}: {error:?} should name {reason:?}"
        );
    }
    app.stop().await;
}

async fn the_openapi_document_is_openapi_3_and_lists_every_route(t: TestDb) {
    let app = spawn_app(t).await;
    let (status, doc) = get(&app, "/api/openapi.json", None).await;
    assert_eq!(status, 200);
    assert!(
        doc["openapi"].as_str().unwrap().starts_with("3."),
        "{}",
        doc["openapi"]
    );
    assert_eq!(
        doc["components"]["securitySchemes"]["bearer"]["scheme"],
        "bearer"
    );
    let paths = doc["paths"].as_object().unwrap();
    for route in [
        "/api/campaigns",
        "/api/campaigns/{id}/stats",
        "/api/visits",
        "/api/inbox",
        "/api/hours",
        "/api/openapi.json",
    ] {
        assert!(paths.contains_key(route), "{route} is not in the document");
    }
    // The router is built from the same `routes!` list as the document (`http::api::parts`),
    // so nothing is served undocumented; and every documented route but the document itself
    // names the bearer scheme (the 401 test walks them all).
    for (path, item) in paths {
        assert!(path.starts_with("/api/"), "{path}");
        let security = &item["get"]["security"];
        if path != "/api/openapi.json" {
            assert_eq!(security[0]["bearer"], Value::Array(vec![]), "{path}");
        }
    }
    // The served document is the library's.
    assert_eq!(
        doc,
        serde_json::to_value(homevisit::http::api::openapi()).unwrap()
    );
    app.stop().await;
}

async fn metrics_move_with_webhooks_and_name_no_one(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.clock.advance(Duration::seconds(90));
    let before = metrics_text(&app).await;
    let oldest: i64 = app
        .count("SELECT MIN(not_before) FROM outbox WHERE state = 'queued'")
        .await;
    assert_eq!(sample(&before, "homevisit_outbound_queue_depth"), 6.0);
    assert_eq!(
        sample(&before, "homevisit_outbound_oldest_due_age_seconds"),
        (app.clock.now_utc().timestamp() - oldest) as f64
    );

    app.drain().await;
    app.text(MARIA, "el 2 porfa").await;
    app.text(ANA, "running late, traffic").await;
    app.text("+14155550199", "hi is this the school").await;
    let repeated = app
        .provider
        .inbound_sms(LAYLA, common::app::OUR_NUMBER, "hello");
    app.post(&repeated).await;
    app.post(&repeated).await;
    let forged = reqwest::Client::new()
        .post(format!("{}/twilio/sms", app.url))
        .header("X-Twilio-Signature", "bm90IGEgc2lnbmF0dXJl")
        .form(&[("From", MARIA), ("Body", "hi"), ("MessageSid", "SMforged")])
        .send()
        .await
        .unwrap();
    assert_eq!(forged.status().as_u16(), 403);

    let after = metrics_text(&app).await;
    let moved = |key: &str| sample(&after, key) - sample(&before, key);
    assert!(
        moved(r#"homevisit_inbound_messages_total{kind="family",intent="choose"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        moved(r#"homevisit_inbound_messages_total{kind="educator"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        moved(r#"homevisit_inbound_messages_total{kind="duplicate"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        moved(r#"homevisit_inbound_messages_total{kind="unknown"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        moved(r#"homevisit_outbound_messages_total{status="sent"}"#) >= 6.0,
        "{after}"
    );
    assert!(
        moved(r#"homevisit_webhook_signature_failures_total{route="/twilio/sms"}"#) >= 1.0,
        "{after}"
    );
    assert!(
        moved(r#"homevisit_webhook_duration_seconds_count{route="/twilio/sms"}"#) >= 5.0,
        "{after}"
    );
    assert!(
        after.contains(
            r#"homevisit_webhook_duration_seconds_bucket{route="/twilio/sms",le="0.005"}"#
        ),
        "a histogram with buckets: {after}"
    );
    if app.db.dialect() == "sqlite" {
        // Every webhook above went through the writer; each commit made at least one durable.
        assert!(moved("homevisit_write_group_size_count") >= 5.0, "{after}");
        assert!(
            after.contains(r#"homevisit_write_group_size_bucket{le="16"}"#),
            "a histogram with group buckets: {after}"
        );
    }
    assert_eq!(
        sample(&after, "homevisit_outbound_queue_depth"),
        app.count("SELECT COUNT(*) FROM outbox WHERE state = 'queued'")
            .await as f64
    );

    for private in [
        "+1415",
        "+1916",
        "916555",
        "5550201",
        "Maria",
        "Hernandez",
        "Ana Torres",
        "running late",
    ] {
        assert!(!after.contains(private), "/metrics shows {private:?}");
    }
    app.stop().await;
}

async fn a_metrics_token_keeps_metrics_for_the_scraper_that_has_it(t: TestDb) {
    let app = spawn_app_with(t, &[("HOMEVISIT_METRICS_TOKEN", "scraper-secret-1")]).await;
    let scrape = |token: Option<&'static str>| {
        let mut request = reqwest::Client::new().get(format!("{}/metrics", app.url));
        if let Some(token) = token {
            request = request.bearer_auth(token);
        }
        request.send()
    };
    assert_eq!(scrape(None).await.unwrap().status().as_u16(), 401);
    assert_eq!(
        scrape(Some("scraper-secret-2"))
            .await
            .unwrap()
            .status()
            .as_u16(),
        401
    );
    let allowed = scrape(Some("scraper-secret-1")).await.unwrap();
    assert_eq!(allowed.status().as_u16(), 200);
    assert!(
        allowed
            .text()
            .await
            .unwrap()
            .contains("homevisit_outbound_queue_depth")
    );
    app.stop().await;
}

on_both_databases!(
    every_api_route_refuses_a_caller_without_a_token_or_with_a_revoked_one,
    a_token_is_stored_only_as_its_digest,
    the_token_command_prints_a_token_that_opens_the_api_until_revoked,
    another_schools_campaign_is_not_found,
    the_stats_are_the_report_after_a_launch_and_replies,
    visits_inbox_and_hours_are_the_schools_own,
    unreadable_query_parameters_are_refused_with_a_reason,
    the_openapi_document_is_openapi_3_and_lists_every_route,
    metrics_move_with_webhooks_and_name_no_one,
    a_metrics_token_keeps_metrics_for_the_scraper_that_has_it,
);
