//! Voice, over HTTP, on SQLite and PostgreSQL: a family whose contact is voice is called
//! through the queue (with answering-machine detection), hears the invitation in their
//! language as well-formed TwiML (parsed here with an XML parser), presses a key that goes
//! through the same path as a texted reply, and is booked; both educators are texted once.
//! Also: a replayed key, no input, an answering machine, a busy line, a known family and an
//! unknown number calling in, a language with no voice, and a landline's failed text
//! becoming a call.

mod common;

use common::app::{OUR_NUMBER, TestApp, spawn_app};
use common::db::TestDb;
use common::fake_provider::{PlacedCall, WebhookReply};

const MARIA: &str = "+19165550201"; // es, two children
const THANH: &str = "+19165550202"; // vi
const MAI: &str = "+19165550203"; // hmn, contact voice in the roster
const ANA: &str = "+19165550101";
const BEN: &str = "+19165550102";
const STRANGER: &str = "+19165559999";

/// The parts of a TwiML answer a caller hears, checked with a real XML parser.
#[derive(Debug)]
struct Call {
    /// Every `<Say>`'s words, in order (inside `<Gather>` too).
    said: Vec<String>,
    /// Each `<Gather>`'s action.
    gathers: Vec<String>,
    /// `<Say language=…>` of the first `<Say>`.
    language: Option<String>,
    hangs_up: bool,
}

impl Call {
    fn text(&self) -> String {
        self.said.join(" ")
    }
}

fn twiml(reply: &WebhookReply) -> Call {
    assert_eq!(reply.status, 200, "{}", reply.body);
    assert!(
        reply
            .content_type
            .as_deref()
            .unwrap_or("")
            .starts_with("text/xml"),
        "{:?}",
        reply.content_type
    );
    let doc = roxmltree::Document::parse(&reply.body)
        .unwrap_or_else(|e| panic!("not XML ({e}): {}", reply.body));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "Response");
    let mut call = Call {
        said: Vec::new(),
        gathers: Vec::new(),
        language: None,
        hangs_up: false,
    };
    for node in root.descendants().filter(|n| n.is_element()) {
        match node.tag_name().name() {
            "Say" => {
                if call.said.is_empty() {
                    call.language = node.attribute("language").map(str::to_string);
                }
                call.said.push(node.text().unwrap_or("").to_string());
            }
            "Gather" => {
                assert_eq!(node.attribute("input"), Some("dtmf"));
                assert_eq!(node.attribute("numDigits"), Some("1"));
                call.gathers
                    .push(node.attribute("action").expect("action").to_string());
            }
            "Hangup" => call.hangs_up = true,
            "Response" => {}
            other => panic!("unexpected verb <{other}> in {}", reply.body),
        }
    }
    call
}

/// Launches, makes Maria a voice family too (Spanish has a voice; Hmong has none), and sends
/// everything due.
async fn launched(t: TestDb) -> TestApp {
    let app = spawn_app(t).await;
    app.count(&format!(
        "UPDATE families SET contact = 'voice' WHERE phone = '{MARIA}' RETURNING id"
    ))
    .await;
    let launch = app.launch(None).await;
    assert_eq!(launch.invited, 6, "{launch:?}");
    app.drain().await;
    app
}

fn only_call(app: &TestApp, to: &str) -> PlacedCall {
    let calls = app.provider.calls_to(to);
    assert_eq!(calls.len(), 1, "{calls:?}");
    calls.into_iter().next().unwrap()
}

async fn press(app: &TestApp, call: &PlacedCall, action: &str, digits: &str) -> WebhookReply {
    app.provider
        .press(
            action,
            &call.sid,
            &call.from,
            &call.to,
            "outbound-api",
            digits,
        )
        .await
}

async fn a_voice_family_is_called_in_their_language_and_books_by_pressing_a_key(t: TestDb) {
    let app = launched(t).await;
    // Called, not texted; four families texted.
    let call = only_call(&app, MARIA);
    assert!(app.provider.sent_to(MARIA).is_empty());
    assert_eq!(app.provider.sent().len(), 4);
    assert_eq!(call.from, OUR_NUMBER);
    assert_eq!(call.machine_detection.as_deref(), Some("Enable"));
    assert!(call.url.contains("/twilio/voice?m="), "{}", call.url);
    assert!(
        call.status_callback
            .as_deref()
            .unwrap_or("")
            .contains("/twilio/voice/status?m=")
    );

    let heard = twiml(&app.provider.answer_call(&call, Some("human")).await);
    assert_eq!(heard.language.as_deref(), Some("es-US"), "{heard:?}");
    let words = heard.text();
    assert!(words.contains("Maria"), "{words}");
    assert!(
        words.contains("Sofia") && words.contains("Mateo"),
        "{words}"
    );
    assert!(words.to_lowercase().contains("oprima"), "{words}");
    // Asked, asked once more without a key, then goodbye.
    assert_eq!(heard.gathers.len(), 2, "{heard:?}");
    assert!(heard.hangs_up);
    let action = heard.gathers[0].clone();
    assert!(
        action.contains("/twilio/voice/gather?menu=offer"),
        "{action}"
    );

    let booked = twiml(&press(&app, &call, &action, "2").await);
    assert!(booked.gathers.is_empty(), "{booked:?}");
    assert!(booked.hangs_up);
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM visits v JOIN families f ON f.id = v.family_id
             WHERE f.phone = '{MARIA}' AND v.state = 'booked'"
        ))
        .await,
        1
    );
    app.drain().await;
    let pair: Vec<_> = [ANA, BEN]
        .iter()
        .map(|p| app.provider.sent_to(p).len())
        .collect();
    assert_eq!(
        pair.iter().sum::<usize>(),
        2,
        "both educators once: {pair:?}"
    );
    // The spoken confirmation is also texted (the number takes texts).
    assert_eq!(app.provider.sent_to(MARIA).len(), 1);

    // The same post again (a provider retry) changes nothing.
    let again = twiml(&press(&app, &call, &action, "2").await);
    assert!(again.hangs_up);
    app.drain().await;
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM visits v JOIN families f ON f.id = v.family_id
             WHERE f.phone = '{MARIA}'"
        ))
        .await,
        1
    );
    assert_eq!(
        app.provider.sent_to(ANA).len() + app.provider.sent_to(BEN).len(),
        2
    );
    assert_eq!(app.provider.sent_to(MARIA).len(), 1);
    app.stop().await;
}

async fn a_key_that_is_not_a_choice_is_asked_again_and_9_declines(t: TestDb) {
    let app = launched(t).await;
    let call = only_call(&app, MARIA);
    let heard = twiml(&app.provider.answer_call(&call, None).await);
    let action = heard.gathers[0].clone();
    let wrong = twiml(&press(&app, &call, &action, "7").await);
    assert_eq!(wrong.gathers.len(), 2, "asked again: {wrong:?}");
    let next = wrong.gathers[0].clone();
    assert_ne!(next, action, "each prompt has its own step");
    let no = twiml(&press(&app, &call, &next, "9").await);
    assert!(no.gathers.is_empty());
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM invitations i JOIN families f ON f.id = i.family_id
             WHERE f.phone = '{MARIA}' AND i.state = 'declined'"
        ))
        .await,
        1
    );
    assert_eq!(app.count("SELECT COUNT(*) FROM visits").await, 0);
    app.stop().await;
}

async fn an_answering_machine_hears_who_called_never_an_offer(t: TestDb) {
    let app = launched(t).await;
    let call = only_call(&app, MARIA);
    let heard = twiml(&app.provider.answer_call(&call, Some("machine_start")).await);
    assert!(heard.gathers.is_empty(), "{heard:?}");
    assert!(heard.hangs_up);
    let words = heard.text();
    assert!(
        words.contains("916-555-0100"),
        "the number to call back: {words}"
    );
    assert!(words.contains("Lincoln Home Visits"), "{words}");
    assert_eq!(app.count("SELECT COUNT(*) FROM visits").await, 0);
    app.stop().await;
}

async fn a_busy_line_is_called_again_on_a_later_day_at_most_twice(t: TestDb) {
    let app = launched(t).await;
    let first = only_call(&app, MARIA);
    twiml(&app.provider.end_call(&first, "busy").await);
    // Not again today.
    app.drain().await;
    assert_eq!(app.provider.calls_to(MARIA).len(), 1);
    for day in 1..=3 {
        app.clock.advance(chrono::Duration::days(1));
        app.drain().await;
        let calls = app.provider.calls_to(MARIA);
        let expected = 1 + day.min(2);
        assert_eq!(calls.len(), expected as usize, "day {day}: {calls:?}");
        let last = calls.last().unwrap().clone();
        if day <= 2 {
            twiml(&app.provider.end_call(&last, "no-answer").await);
        }
    }
    // Counted as no reply: still invited, nothing booked.
    assert_eq!(app.count("SELECT COUNT(*) FROM visits").await, 0);
    app.stop().await;
}

async fn a_known_family_calling_in_hears_their_visit_and_can_cancel(t: TestDb) {
    let app = launched(t).await;
    // Booked by text first.
    let texted = app.text(THANH, "1").await;
    assert_eq!(texted.status, 200);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    let ring = app.provider.inbound_call(THANH, OUR_NUMBER);
    let heard = twiml(
        &app.provider
            .post_signed(&format!("{}/twilio/voice", app.url), &ring)
            .await,
    );
    assert_eq!(heard.language.as_deref(), Some("vi-VN"), "{heard:?}");
    let action = heard.gathers[0].clone();
    assert!(action.contains("menu=visit"), "{action}");
    let sid = ring
        .iter()
        .find(|(k, _)| k == "CallSid")
        .map(|(_, v)| v.clone())
        .unwrap();
    let cancelled = twiml(
        &app.provider
            .press(&action, &sid, THANH, OUR_NUMBER, "inbound", "3")
            .await,
    );
    assert!(cancelled.hangs_up);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        0
    );
    app.stop().await;
}

async fn an_unknown_caller_hears_the_program_and_how_to_reach_the_school(t: TestDb) {
    let app = launched(t).await;
    let ring = app.provider.inbound_call(STRANGER, OUR_NUMBER);
    let heard = twiml(
        &app.provider
            .post_signed(&format!("{}/twilio/voice", app.url), &ring)
            .await,
    );
    assert!(heard.gathers.is_empty());
    assert!(heard.hangs_up);
    assert!(heard.text().contains("Lincoln Home Visits"), "{heard:?}");
    // Stored, for a coordinator.
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM messages WHERE phone = '{STRANGER}' AND direction = 'in' AND channel = 'voice'"
        ))
        .await,
        1
    );
    app.stop().await;
}

async fn a_language_without_a_voice_is_spoken_in_english_and_an_interpreter_asked_for(t: TestDb) {
    let app = launched(t).await;
    let call = only_call(&app, MAI);
    let heard = twiml(&app.provider.answer_call(&call, Some("human")).await);
    assert_eq!(heard.language.as_deref(), Some("en-US"), "{heard:?}");
    let words = heard.text();
    assert!(words.contains("Hmong"), "{words}");
    assert!(words.contains("press 0"), "{words}");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE 'interpreter call-back needed%'")
            .await,
        1
    );
    app.stop().await;
}

async fn a_landlines_failed_text_becomes_one_call(t: TestDb) {
    let app = launched(t).await;
    let text = app.provider.sent_to(THANH).pop().expect("Thanh is texted");
    app.provider
        .send_status_callback(&text.sid, "undelivered", Some(30006))
        .await;
    app.drain().await;
    let call = only_call(&app, THANH);
    assert!(call.url.contains("/twilio/voice?m="));
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE 'texts cannot reach this number%'")
            .await,
        1
    );
    // A second report changes nothing.
    app.provider
        .send_status_callback(&text.sid, "undelivered", Some(30006))
        .await;
    app.drain().await;
    assert_eq!(app.provider.calls_to(THANH).len(), 1);
    let heard = twiml(&app.provider.answer_call(&call, Some("human")).await);
    assert_eq!(heard.language.as_deref(), Some("vi-VN"));
    assert_eq!(heard.gathers.len(), 2);
    app.stop().await;
}

async fn unsigned_or_tampered_voice_posts_are_refused(t: TestDb) {
    let app = launched(t).await;
    let call = only_call(&app, MARIA);
    let http = reqwest::Client::new();
    for path in [
        "/twilio/voice",
        "/twilio/voice/gather?menu=offer&step=1",
        "/twilio/voice/status",
    ] {
        let response = http
            .post(format!("{}{path}", app.url))
            .form(&[("CallSid", call.sid.as_str()), ("Digits", "1")])
            .send()
            .await
            .unwrap();
        assert_eq!(response.status(), 403, "{path}");
    }
    // Signed for one URL, posted to another (the menu changed).
    let heard = twiml(&app.provider.answer_call(&call, None).await);
    let action = heard.gathers[0].replace("menu=offer", "menu=visit");
    let signature = homevisit::provider::signature::compute(
        common::fake_provider::AUTH_TOKEN,
        &heard.gathers[0],
        &[("CallSid".to_string(), call.sid.clone())],
    );
    let response = http
        .post(&action)
        .header(homevisit::provider::signature::HEADER, signature)
        .form(&[("CallSid", call.sid.as_str())])
        .send()
        .await
        .unwrap();
    assert_eq!(response.status(), 403);
    assert_eq!(app.count("SELECT COUNT(*) FROM visits").await, 0);
    app.stop().await;
}

on_both_databases!(
    a_voice_family_is_called_in_their_language_and_books_by_pressing_a_key,
    a_key_that_is_not_a_choice_is_asked_again_and_9_declines,
    an_answering_machine_hears_who_called_never_an_offer,
    a_busy_line_is_called_again_on_a_later_day_at_most_twice,
    a_known_family_calling_in_hears_their_visit_and_can_cancel,
    an_unknown_caller_hears_the_program_and_how_to_reach_the_school,
    a_language_without_a_voice_is_spoken_in_english_and_an_interpreter_asked_for,
    a_landlines_failed_text_becomes_one_call,
    unsigned_or_tampered_voice_posts_are_refused,
);
