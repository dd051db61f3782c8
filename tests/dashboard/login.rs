//! Logging in and out: redirects, the cookie, CSRF, the login form's token, throttling.

use reqwest::StatusCode;

use crate::common::app::{spawn_app, spawn_app_with};
use crate::common::db::TestDb;
use crate::on_both_databases;
use crate::*;

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

async fn the_login_session_opens_the_json_api_too(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let campaign = app.launch(None).await.campaign.unwrap();
    let mut coordinator = Browser::new(&app);
    let before = coordinator.get("/api/campaigns").await;
    assert_eq!(before.status, StatusCode::UNAUTHORIZED, "{}", before.body);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let listed = coordinator.get("/api/campaigns").await;
    assert_eq!(listed.status, StatusCode::OK, "{}", listed.body);
    assert!(listed.body.contains("Fall visits"), "{}", listed.body);
    let stats = coordinator
        .get(&format!("/api/campaigns/{campaign}/stats"))
        .await;
    assert_eq!(
        serde_json::from_str::<serde_json::Value>(&stats.body).unwrap(),
        serde_json::to_value(app.report(campaign).await).unwrap()
    );
    // A wrong password shows in the metrics, which name nobody.
    let mut stranger = Browser::new(&app);
    stranger.log_in(EMAIL, "not the password at all").await;
    let metrics = reqwest::get(format!("{}/metrics", app.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(
        metrics.contains("homevisit_login_failures_total"),
        "{metrics}"
    );
    assert!(!metrics.contains(EMAIL));
    app.stop().await;
}

on_both_databases!(
    the_login_session_opens_the_json_api_too,
    every_page_sends_a_visitor_without_a_login_to_the_login_page,
    a_coordinator_logs_in_sees_their_campaigns_and_logging_out_ends_the_session,
    a_wrong_password_is_refused_and_the_cookie_is_secure_behind_https,
    a_login_form_without_its_own_token_signs_nobody_in,
    every_dashboard_answer_is_kept_out_of_caches_and_frames,
    twenty_wrong_passwords_from_one_address_pause_every_login_from_it,
    a_form_without_its_csrf_token_or_with_another_sessions_is_refused_and_changes_nothing,
    five_wrong_passwords_pause_an_account_for_fifteen_minutes_even_with_the_right_one,
);
