//! The SMS webhook at its edges, on SQLite and PostgreSQL: forged and unsigned requests are
//! refused with nothing stored; a provider's retry has the effect of one; a stale retry never
//! undoes a newer reply; bad input gets a clear 4xx or a polite answer, never a 500.

mod common;

use common::app::{OUR_NUMBER, TestApp, spawn_app};
use common::db::TestDb;
use homevisit::provider::signature;

const MARIA: &str = "+19165550201";
const ANA: &str = "+19165550101";

async fn stored(app: &TestApp) -> i64 {
    app.count("SELECT COUNT(*) FROM messages").await + app.count("SELECT COUNT(*) FROM inbox").await
}

async fn raw_post(app: &TestApp, body: Vec<u8>, signature: Option<String>) -> (u16, String) {
    let mut request = reqwest::Client::new()
        .post(format!("{}/twilio/sms", app.url))
        .header("Content-Type", "application/x-www-form-urlencoded")
        .body(body);
    if let Some(s) = signature {
        request = request.header(signature::HEADER, s);
    }
    let response = request.send().await.unwrap();
    (
        response.status().as_u16(),
        response.text().await.unwrap_or_default(),
    )
}

async fn forged_and_unsigned_webhooks_are_refused_and_nothing_is_stored(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    let before = stored(&app).await;
    let params = app.provider.inbound_sms(MARIA, OUR_NUMBER, "1");
    let body = serde_urlencoded::to_string(&params).unwrap().into_bytes();
    let url = format!("{}/twilio/sms", app.url);
    // No signature.
    assert_eq!(raw_post(&app, body.clone(), None).await.0, 403);
    // Signed with another token.
    let forged = signature::compute("not-the-token", &url, &params);
    assert_eq!(raw_post(&app, body.clone(), Some(forged)).await.0, 403);
    // Signed correctly, then the body changed.
    let good = signature::compute(common::fake_provider::AUTH_TOKEN, &url, &params);
    let mut tampered = params.clone();
    tampered.iter_mut().find(|(k, _)| k == "Body").unwrap().1 = "2".into();
    let tampered_body = serde_urlencoded::to_string(&tampered).unwrap().into_bytes();
    assert_eq!(
        raw_post(&app, tampered_body, Some(good.clone())).await.0,
        403
    );
    // Signed for another host (a proxy's Host header never changes the signed URL).
    let other_host = signature::compute(
        common::fake_provider::AUTH_TOKEN,
        "http://evil.example/twilio/sms",
        &params,
    );
    let (status, _) = raw_post(&app, body.clone(), Some(other_host)).await;
    assert_eq!(status, 403);
    assert_eq!(
        stored(&app).await,
        before,
        "nothing stored for refused requests"
    );
    // The genuine one goes through.
    assert_eq!(raw_post(&app, body, Some(good)).await.0, 200);
    assert!(stored(&app).await > before);
    app.stop().await;
}

async fn the_same_message_sid_five_times_has_one_effect(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    let params = app.provider.inbound_sms(MARIA, OUR_NUMBER, "1");
    let first = app.post(&params).await;
    assert!(first.body.contains("<Message>"));
    for _ in 0..4 {
        let again = app.post(&params).await;
        assert_eq!(again.status, 200);
        assert!(
            !again.body.contains("<Message>"),
            "a retry answers an empty Response: {}",
            again.body
        );
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE direction = 'in'")
            .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM visits").await, 1);
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(ANA).len(),
        1,
        "the educators are told once"
    );
    app.stop().await;
}

async fn a_stale_retry_does_not_undo_a_newer_reply(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    let choose = app.provider.inbound_sms(MARIA, OUR_NUMBER, "2");
    app.post(&choose).await;
    app.text(MARIA, "NO").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        0
    );
    // The provider retries the earlier "2".
    let retry = app.post(&choose).await;
    assert!(!retry.body.contains("<Message>"));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        0
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM invitations WHERE state = 'cancelled'")
            .await,
        1
    );
    app.stop().await;
}

async fn bad_input_gets_a_clear_4xx_and_nothing_half_stored(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    let url = format!("{}/twilio/sms", app.url);
    let before = stored(&app).await;

    // Over 64 KiB: 413 before any other work.
    let big = vec![b'a'; 1024 * 1024];
    assert_eq!(raw_post(&app, big, Some("x".into())).await.0, 413);
    let just_over = format!("Body={}", "a".repeat(64 * 1024));
    assert_eq!(
        raw_post(&app, just_over.into_bytes(), Some("x".into()))
            .await
            .0,
        413
    );

    // Not UTF-8 once decoded, and a broken escape: 400.
    assert_eq!(
        raw_post(&app, b"From=%2B1916&Body=%FF%FE".to_vec(), Some("x".into()))
            .await
            .0,
        400
    );
    assert_eq!(
        raw_post(&app, b"From=%zz".to_vec(), Some("x".into()))
            .await
            .0,
        400
    );
    assert_eq!(
        raw_post(&app, vec![0xff, 0xfe, 0x00], Some("x".into()))
            .await
            .0,
        400
    );

    // Signed but missing From or MessageSid: 400.
    for missing in ["From", "MessageSid"] {
        let mut params = app.provider.inbound_sms(MARIA, OUR_NUMBER, "1");
        params.retain(|(k, _)| k != missing);
        let sig = signature::compute(common::fake_provider::AUTH_TOKEN, &url, &params);
        let body = serde_urlencoded::to_string(&params).unwrap().into_bytes();
        assert_eq!(
            raw_post(&app, body, Some(sig)).await.0,
            400,
            "without {missing}"
        );
    }
    assert_eq!(
        stored(&app).await,
        before,
        "nothing stored for refused requests"
    );

    // 5,000 emoji: stored whole, answered politely.
    let emoji = "😀".repeat(5000);
    let reply = app.text(MARIA, &emoji).await;
    assert_eq!(reply.status, 200);
    let kept: i64 = app
        .count("SELECT COUNT(*) FROM messages WHERE direction = 'in' AND LENGTH(body) = 5000")
        .await;
    assert_eq!(kept, 1, "the family's words are kept whole");

    // An empty body and a strange sender: still never a 500.
    assert_eq!(app.text(MARIA, "").await.status, 200);
    assert_eq!(app.text("not-a-number", "hi").await.status, 200);
    app.stop().await;
}

async fn the_signature_uses_the_configured_public_url(t: TestDb) {
    let app =
        common::app::spawn_app_with(t, &[("HOMEVISIT_PUBLIC_URL", "https://visits.example.org")])
            .await;
    let params = app
        .provider
        .inbound_sms("+14155550100", OUR_NUMBER, "hello");
    let body = serde_urlencoded::to_string(&params).unwrap().into_bytes();
    // Signed for the local address the request really went to: refused.
    let local = signature::compute(
        common::fake_provider::AUTH_TOKEN,
        &format!("{}/twilio/sms", app.url),
        &params,
    );
    assert_eq!(raw_post(&app, body.clone(), Some(local)).await.0, 403);
    // Signed for the public URL, with and without the default port: accepted.
    for public in [
        "https://visits.example.org/twilio/sms",
        "https://visits.example.org:443/twilio/sms",
    ] {
        let mut fresh = params.clone();
        let sid = common::fake_provider::new_sid("SM");
        for (k, v) in fresh.iter_mut() {
            if k == "MessageSid" || k == "SmsSid" || k == "SmsMessageSid" {
                *v = sid.clone();
            }
        }
        let sig = signature::compute(common::fake_provider::AUTH_TOKEN, public, &fresh);
        let body = serde_urlencoded::to_string(&fresh).unwrap().into_bytes();
        let response = reqwest::Client::new()
            .post(format!("{}/twilio/sms", app.url))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("X-Forwarded-Host", "evil.example")
            .header(signature::HEADER, sig)
            .body(body)
            .send()
            .await
            .unwrap();
        assert_eq!(response.status().as_u16(), 200, "{public}");
    }
    app.stop().await;
}

on_both_databases!(
    forged_and_unsigned_webhooks_are_refused_and_nothing_is_stored,
    the_same_message_sid_five_times_has_one_effect,
    a_stale_retry_does_not_undo_a_newer_reply,
    bad_input_gets_a_clear_4xx_and_nothing_half_stored,
    the_signature_uses_the_configured_public_url,
);
