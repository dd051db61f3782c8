//! A campaign's journey over HTTP, on SQLite and PostgreSQL: invitations go out in each
//! family's language, signed replies (yes, no, STOP, free text) do the right thing, both
//! educators hear of a booking, and the report's numbers add up.

mod common;

use common::app::{TestApp, spawn_app};
use common::db::TestDb;

const MARIA: &str = "+19165550201"; // Spanish, two children
const THANH: &str = "+19165550202"; // vi
const MAI: &str = "+19165550203"; // hmn
const WEI: &str = "+19165550204"; // zh-Hant
const IRYNA: &str = "+19165550205"; // uk
const LAYLA: &str = "+19165550206"; // ar
const ANA: &str = "+19165550101";
const BEN: &str = "+19165550102";

fn message(reply: &common::fake_provider::WebhookReply) -> String {
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(
        reply
            .content_type
            .as_deref()
            .unwrap_or("")
            .starts_with("text/xml")
    );
    reply.body.clone()
}

async fn launched(t: TestDb) -> (TestApp, i64) {
    let app = spawn_app(t).await;
    let launch = app.launch(None).await;
    assert_eq!(launch.invited, 6, "{launch:?}");
    assert_eq!(app.drain().await, 6);
    (app, launch.campaign.unwrap())
}

async fn every_family_is_invited_once_in_their_own_language(t: TestDb) {
    let (app, _) = launched(t).await;
    let sent = app.provider.sent();
    assert_eq!(sent.len(), 5, "one invitation per family, not per student");
    // Mai's roster contact is voice: she is called, not texted.
    assert!(app.provider.sent_to(MAI).is_empty());
    assert_eq!(app.provider.calls_to(MAI).len(), 1);
    let to = |n: &str| app.provider.sent_to(n).pop().unwrap().body;
    let spanish = to(MARIA);
    assert!(
        spanish.contains("Sofia") && spanish.contains("Mateo"),
        "{spanish}"
    );
    assert!(spanish.contains("30 min"), "{spanish}");
    assert!(spanish.to_lowercase().contains("visita"), "{spanish}");
    assert!(to(THANH).contains("Bao"));
    assert!(to(THANH).to_lowercase().contains("thăm"), "{}", to(THANH));
    assert!(to(WEI).contains("拜訪"), "{}", to(WEI));
    assert!(to(IRYNA).contains("Olena"));
    assert!(
        to(LAYLA)
            .chars()
            .any(|c| ('\u{0600}'..='\u{06FF}').contains(&c)),
        "{}",
        to(LAYLA)
    );
    for m in &sent {
        assert!(
            m.status_callback
                .as_deref()
                .unwrap_or("")
                .contains("/twilio/status?m=")
        );
        assert!(!m.body.contains('\u{2068}'), "no bidi isolation marks");
    }
    // Nothing to educators before a family chooses.
    assert!(app.provider.sent_to(ANA).is_empty());
    assert!(app.provider.sent_to(BEN).is_empty());
    app.stop().await;
}

async fn a_family_that_replies_a_number_is_booked_and_both_educators_are_told(t: TestDb) {
    let (app, campaign) = launched(t).await;
    let answer = message(&app.text(MARIA, "el 2 porfa").await);
    assert!(answer.contains("<Message>"), "{answer}");
    app.drain().await;
    let ana = app.provider.sent_to(ANA);
    let ben = app.provider.sent_to(BEN);
    assert_eq!(
        (ana.len(), ben.len()),
        (1, 1),
        "both educators told exactly once"
    );
    assert!(ana[0].body.contains("Maria Hernandez"), "{}", ana[0].body);
    assert!(
        ana[0].body.contains("Ben Carter"),
        "partner named: {}",
        ana[0].body
    );
    assert!(ben[0].body.contains("Ana Torres"), "{}", ben[0].body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    let report = app.report(campaign).await;
    assert_eq!((report.counts.accepted, report.counts.replied), (1, 1));
    app.stop().await;
}

async fn a_decline_is_thanked_and_never_followed_by_more_outreach(t: TestDb) {
    let (app, campaign) = launched(t).await;
    let answer = message(&app.text(THANH, "không, cảm ơn").await);
    assert!(answer.contains("<Message>"), "{answer}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM invitations WHERE state = 'declined'")
            .await,
        1
    );
    app.drain().await;
    assert_eq!(
        app.provider.sent_to(THANH).len(),
        1,
        "only the invitation was ever queued"
    );
    let report = app.report(campaign).await;
    assert_eq!(report.counts.declined, 1);
    assert_eq!(report.by_language["vi"].declined, 1);
    app.stop().await;
}

async fn stop_opts_out_and_nothing_is_sent_to_that_number_again(t: TestDb) {
    let (app, campaign) = launched(t).await;
    let answer = message(&app.text(IRYNA, "STOP").await);
    assert!(answer.contains("<Message>"), "one confirmation: {answer}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM families WHERE opted_out_at IS NOT NULL")
            .await,
        1
    );
    let again = message(&app.text(IRYNA, "what?").await);
    assert!(!again.contains("<Message>"), "nothing after STOP: {again}");
    let report = app.report(campaign).await;
    assert_eq!(report.counts.opted_out, 1);
    // START brings them back, with a fresh offer.
    let back = message(&app.text(IRYNA, "START").await);
    assert!(back.matches("<Message>").count() >= 1, "{back}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM families WHERE opted_out_at IS NOT NULL")
            .await,
        0
    );
    app.stop().await;
}

async fn free_text_is_kept_for_a_person_and_the_family_told_once(t: TestDb) {
    let (app, _) = launched(t).await;
    let first = message(
        &app.text(LAYLA, "Who gave you my number? My son is sick this week")
            .await,
    );
    assert!(first.contains("<Message>"), "{first}");
    let second = message(&app.text(LAYLA, "hello??").await);
    assert!(!second.contains("<Message>"), "told once: {second}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE family_id IS NOT NULL")
            .await,
        2
    );
    app.stop().await;
}

async fn an_unknown_number_gets_one_short_answer(t: TestDb) {
    let app = spawn_app(t).await;
    let first = message(&app.text("+14155550199", "hi is this the school").await);
    assert!(first.contains("<Message>"), "{first}");
    let second = message(&app.text("+14155550199", "hello?").await);
    assert!(!second.contains("<Message>"), "{second}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE direction = 'in'")
            .await,
        2,
        "both kept"
    );
    app.stop().await;
}

async fn the_report_adds_up_after_a_mixed_campaign(t: TestDb) {
    let (app, campaign) = launched(t).await;
    message(&app.text(MARIA, "1").await);
    message(&app.text(THANH, "không").await);
    message(&app.text(IRYNA, "STOP").await);
    message(&app.text(LAYLA, "asdfgh").await);
    app.drain().await;
    for m in app.provider.sent() {
        app.provider
            .send_status_callback(&m.sid, "delivered", None)
            .await;
    }
    // Mai's invitation was a call, answered: delivered too.
    for call in app.provider.calls() {
        app.provider.end_call(&call, "completed").await;
    }
    let r = app.report(campaign).await;
    assert_eq!(r.roster, 6);
    assert_eq!(r.counts.invited, 6);
    assert_eq!(r.counts.delivered, 6);
    assert_eq!(r.counts.replied, 4);
    assert_eq!(r.counts.accepted, 1);
    assert_eq!(r.counts.declined, 1);
    assert_eq!(r.counts.opted_out, 1);
    assert_eq!(r.counts.no_reply, 2);
    assert!((r.acceptance_rate - 1.0 / 6.0).abs() < 1e-9);
    let json = serde_json::to_value(&r).unwrap();
    for field in [
        "campaign",
        "roster",
        "invited",
        "delivered",
        "replied",
        "accepted",
        "declined",
        "no_reply",
        "opted_out",
        "cancelled",
        "completed",
        "acceptance_rate",
        "by_language",
    ] {
        assert!(
            json.get(field).is_some(),
            "report JSON lacks {field}: {json}"
        );
    }
    assert_eq!(json["by_language"]["es"]["accepted"], 1);
    app.stop().await;
}

on_both_databases!(
    every_family_is_invited_once_in_their_own_language,
    a_family_that_replies_a_number_is_booked_and_both_educators_are_told,
    a_decline_is_thanked_and_never_followed_by_more_outreach,
    stop_opts_out_and_nothing_is_sent_to_that_number_again,
    free_text_is_kept_for_a_person_and_the_family_told_once,
    an_unknown_number_gets_one_short_answer,
    the_report_adds_up_after_a_mixed_campaign,
);
