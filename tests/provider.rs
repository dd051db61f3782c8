//! The provider client against the fake provider, over real HTTP: what each way a send can
//! end up looks like to the outbound queue, and the webhooks the fake plays back are signed
//! the way the app will check them.

mod common;

use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use axum::Router;
use axum::http::HeaderMap;
use axum::routing::post;
use common::fake_provider::{ACCOUNT_SID, AUTH_TOKEN, FakeProvider, count_by_recipient, segments};
use homevisit::provider::signature;
use homevisit::provider::twilio::{FetchOutcome, SendOutcome, Sender, TwilioClient, is_opt_out};

const SCHOOL_NUMBER: &str = "+15005550006";
const FAMILY: &str = "+15005550001";
const OTHER_FAMILY: &str = "+15005550002";

fn client_for(fake: &FakeProvider) -> TwilioClient {
    TwilioClient::new(
        &fake.base_url(),
        fake.account_sid(),
        fake.auth_token(),
        Sender::From(SCHOOL_NUMBER.into()),
    )
    .expect("client")
}

#[tokio::test]
async fn an_accepted_send_returns_the_sid_the_provider_recorded() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);

    let outcome = client
        .send(
            FAMILY,
            "Hola, ¿martes a las 5?",
            Some("https://visits.example.org/twilio/status?m=7"),
        )
        .await;

    let SendOutcome::Accepted {
        sid,
        status,
        segments,
    } = outcome
    else {
        panic!("expected Accepted, got {outcome:?}");
    };
    assert!(sid.starts_with("SM") && sid.len() == 34, "{sid}");
    assert_eq!(status, "queued");
    assert_eq!(segments, Some(1));
    let sent = fake.sent();
    assert_eq!(sent.len(), 1);
    assert_eq!(sent[0].sid, sid);
    assert_eq!(sent[0].to, FAMILY);
    assert_eq!(sent[0].from.as_deref(), Some(SCHOOL_NUMBER));
    assert_eq!(sent[0].messaging_service_sid, None);
    assert_eq!(sent[0].body, "Hola, ¿martes a las 5?");
    assert_eq!(
        sent[0].status_callback.as_deref(),
        Some("https://visits.example.org/twilio/status?m=7")
    );
}

#[tokio::test]
async fn a_long_text_reports_the_segments_the_provider_will_bill() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);
    let long_gsm = "a".repeat(161);
    let long_unicode = "🙂".repeat(40); // 80 UTF-16 units

    let first = client.send(FAMILY, &long_gsm, None).await;
    let second = client.send(FAMILY, &long_unicode, None).await;

    assert!(
        matches!(
            first,
            SendOutcome::Accepted {
                segments: Some(2),
                ..
            }
        ),
        "{first:?}"
    );
    assert!(
        matches!(
            second,
            SendOutcome::Accepted {
                segments: Some(2),
                ..
            }
        ),
        "{second:?}"
    );
    assert_eq!(segments("x".repeat(160).as_str()), 1);
    assert_eq!(segments("€".repeat(80).as_str()), 1);
    assert_eq!(segments("€".repeat(81).as_str()), 2);
}

#[tokio::test]
async fn a_messaging_service_sender_is_sent_as_messaging_service_sid() {
    let fake = FakeProvider::start().await;
    let service = "MG0123456789abcdef0123456789abcdef";
    let client = TwilioClient::new(
        &fake.base_url(),
        ACCOUNT_SID,
        AUTH_TOKEN,
        Sender::MessagingService(service.into()),
    )
    .unwrap();

    let outcome = client.send(FAMILY, "Hi", None).await;

    assert!(
        matches!(&outcome, SendOutcome::Accepted { status, .. } if status == "accepted"),
        "{outcome:?}"
    );
    let sent = fake.sent();
    assert_eq!(sent[0].messaging_service_sid.as_deref(), Some(service));
    assert_eq!(sent[0].from, None);
}

#[tokio::test]
async fn wrong_credentials_fail_for_good_with_20003_and_send_nothing() {
    let fake = FakeProvider::start().await;
    let client = TwilioClient::new(
        &fake.base_url(),
        ACCOUNT_SID,
        "not-the-token",
        Sender::From(SCHOOL_NUMBER.into()),
    )
    .unwrap();

    let outcome = client.send(FAMILY, "Hi", None).await;

    assert!(
        matches!(
            outcome,
            SendOutcome::Failed {
                code: Some(20003),
                ..
            }
        ),
        "{outcome:?}"
    );
    assert!(fake.sent().is_empty());
    assert_eq!(fake.attempts()[0].answered, Some(401));
}

#[tokio::test]
async fn a_provider_error_or_throttling_is_retried_and_then_goes_through() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);
    fake.fail_next(1, 500);
    fake.fail_next(1, 429);
    fake.fail_next(1, 503);

    let first = client.send(FAMILY, "Hi", None).await;
    let second = client.send(FAMILY, "Hi", None).await;
    let third = client.send(FAMILY, "Hi", None).await;
    let fourth = client.send(FAMILY, "Hi", None).await;

    assert!(
        matches!(
            first,
            SendOutcome::Retry {
                code: Some(20500),
                ..
            }
        ),
        "{first:?}"
    );
    assert!(
        matches!(
            second,
            SendOutcome::Retry {
                code: Some(20429),
                ..
            }
        ),
        "{second:?}"
    );
    assert!(matches!(third, SendOutcome::Retry { .. }), "{third:?}");
    assert!(matches!(fourth, SendOutcome::Accepted { .. }), "{fourth:?}");
    assert_eq!(fake.sent().len(), 1);
    let answered: Vec<_> = fake.attempts().iter().map(|a| a.answered).collect();
    assert_eq!(answered, [Some(500), Some(429), Some(503), Some(201)]);
}

#[tokio::test]
async fn an_opted_out_family_fails_with_21610_and_others_still_get_texts() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);
    fake.opt_out(FAMILY);

    let refused = client.send(FAMILY, "Hi", None).await;
    let other = client.send(OTHER_FAMILY, "Hi", None).await;

    assert!(refused.is_opt_out(), "{refused:?}");
    let SendOutcome::Failed {
        code: Some(code),
        reason,
    } = &refused
    else {
        panic!("expected Failed, got {refused:?}");
    };
    assert!(is_opt_out(*code));
    assert!(reason.contains("unsubscribed"), "{reason}");
    assert!(matches!(other, SendOutcome::Accepted { .. }), "{other:?}");
    assert!(fake.sent_to(FAMILY).is_empty());
    assert_eq!(fake.sent_to(OTHER_FAMILY).len(), 1);
}

#[tokio::test]
async fn a_missing_recipient_is_refused_by_the_provider() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);

    let outcome = client.send("", "Hi", None).await;

    assert!(
        matches!(
            outcome,
            SendOutcome::Failed {
                code: Some(21604),
                ..
            }
        ),
        "{outcome:?}"
    );
}

#[tokio::test]
async fn a_send_whose_answer_never_comes_is_unknown_though_the_provider_has_it() {
    let fake = FakeProvider::start().await;
    let client = TwilioClient::with_timeouts(
        &fake.base_url(),
        ACCOUNT_SID,
        AUTH_TOKEN,
        Sender::From(SCHOOL_NUMBER.into()),
        Duration::from_millis(500),
        Duration::from_secs(1),
    )
    .unwrap();
    fake.hang_next(1);
    let started = Instant::now();

    let outcome = client.send(FAMILY, "Hi", None).await;

    assert!(
        matches!(outcome, SendOutcome::Unknown { .. }),
        "{outcome:?}"
    );
    assert!(started.elapsed() < Duration::from_secs(5));
    // This is why Unknown must never be re-sent blindly: the provider did take it.
    assert_eq!(fake.sent_to(FAMILY).len(), 1);
    let after = client.send(OTHER_FAMILY, "Hi", None).await;
    assert!(matches!(after, SendOutcome::Accepted { .. }), "{after:?}");
}

#[tokio::test]
async fn a_provider_that_refuses_connections_is_retried() {
    // A port that was just free: nothing listens there, so the connection is refused.
    let port = {
        let listener = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        listener.local_addr().unwrap().port()
    };
    let client = TwilioClient::new(
        &format!("http://127.0.0.1:{port}"),
        ACCOUNT_SID,
        AUTH_TOKEN,
        Sender::From(SCHOOL_NUMBER.into()),
    )
    .unwrap();

    let outcome = client.send(FAMILY, "Hi", None).await;
    let lookup = client.fetch("SM0123456789abcdef0123456789abcdef").await;

    assert!(
        matches!(outcome, SendOutcome::Retry { code: None, .. }),
        "{outcome:?}"
    );
    assert!(matches!(lookup, FetchOutcome::Retry { .. }), "{lookup:?}");
}

#[tokio::test]
async fn a_message_can_be_looked_up_by_sid_and_an_unknown_one_is_not_found() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);
    let SendOutcome::Accepted { sid, .. } = client.send(FAMILY, "Hi", None).await else {
        panic!("send failed");
    };

    let found = client.fetch(&sid).await;
    let missing = client.fetch("SM00000000000000000000000000000000").await;
    let not_a_sid = client.fetch("../../Calls").await;

    assert_eq!(
        found,
        FetchOutcome::Found {
            status: "queued".into(),
            error_code: None
        }
    );
    assert_eq!(missing, FetchOutcome::NotFound);
    assert_eq!(not_a_sid, FetchOutcome::NotFound);
}

/// The headers and raw body of each request a [`Recorder`] received.
type Posts = Arc<Mutex<Vec<(HeaderMap, Vec<u8>)>>>;

/// A stand-in for the app's webhook endpoint: records what was posted to it.
struct Recorder {
    url: String,
    posts: Posts,
    _server: tokio::task::JoinHandle<()>,
}

async fn recorder(path: &str) -> Recorder {
    let posts: Posts = Arc::default();
    let kept = posts.clone();
    let app = Router::new().route(
        path,
        post(move |headers: HeaderMap, body: axum::body::Bytes| {
            let kept = kept.clone();
            async move {
                kept.lock().unwrap().push((headers, body.to_vec()));
                "ok"
            }
        }),
    );
    let listener = tokio::net::TcpListener::bind("127.0.0.1:0").await.unwrap();
    let url = format!("http://{}{path}", listener.local_addr().unwrap());
    let server = tokio::spawn(async move {
        axum::serve(listener, app).await.unwrap();
    });
    Recorder {
        url,
        posts,
        _server: server,
    }
}

fn field<'a>(form: &'a [(String, String)], name: &str) -> Option<&'a str> {
    form.iter()
        .find(|(n, _)| n == name)
        .map(|(_, v)| v.as_str())
}

#[tokio::test]
async fn a_status_callback_is_signed_the_way_the_app_checks_it() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);
    let app = recorder("/twilio/status").await;
    let callback = format!("{}?m=42&school=a%20b", app.url);
    let SendOutcome::Accepted { sid, .. } = client.send(FAMILY, "Hi", Some(&callback)).await else {
        panic!("send failed");
    };

    let reply = fake
        .send_status_callback(&sid, "undelivered", Some(30006))
        .await;

    assert_eq!(reply.status, 200);
    let posts = app.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 1);
    let (headers, body) = &posts[0];
    let form = signature::parse_form(body).unwrap();
    let sent_signature = headers[signature::HEADER].to_str().unwrap();
    assert!(signature::validate(
        AUTH_TOKEN,
        &callback,
        &form,
        sent_signature
    ));
    assert!(!signature::validate(
        "another-token",
        &callback,
        &form,
        sent_signature
    ));
    assert_eq!(field(&form, "MessageSid"), Some(sid.as_str()));
    assert_eq!(field(&form, "MessageStatus"), Some("undelivered"));
    assert_eq!(field(&form, "ErrorCode"), Some("30006"));
    assert_eq!(field(&form, "To"), Some(FAMILY));
    assert_eq!(field(&form, "From"), Some(SCHOOL_NUMBER));
    let done = field(&form, "RawDlrDoneDate").unwrap();
    assert!(
        done.len() == 10 && done.bytes().all(|b| b.is_ascii_digit()),
        "{done}"
    );
    // The provider's own record follows the callback.
    assert_eq!(
        client.fetch(&sid).await,
        FetchOutcome::Found {
            status: "undelivered".into(),
            error_code: Some(30006)
        }
    );
}

#[tokio::test]
async fn an_inbound_text_is_posted_signed_with_twilios_fields() {
    let fake = FakeProvider::start().await;
    let app = recorder("/twilio/sms").await;
    let params = fake.inbound_sms(FAMILY, SCHOOL_NUMBER, "Sí, 2 + 2 & más 🙂");

    fake.post_signed(&app.url, &params).await;
    fake.post_signed(&app.url, &params).await;

    let posts = app.posts.lock().unwrap().clone();
    assert_eq!(posts.len(), 2);
    let (headers, body) = &posts[0];
    let form = signature::parse_form(body).unwrap();
    assert_eq!(form, params);
    let sent_signature = headers[signature::HEADER].to_str().unwrap();
    assert!(signature::validate(
        AUTH_TOKEN,
        &app.url,
        &form,
        sent_signature
    ));
    let message_sid = field(&form, "MessageSid").unwrap();
    assert!(message_sid.starts_with("SM") && message_sid.len() == 34);
    assert_eq!(
        posts[0].1, posts[1].1,
        "the same MessageSid twice, as a provider retry"
    );
}

#[tokio::test]
async fn waiting_for_sends_returns_as_soon_as_they_arrive() {
    let fake = FakeProvider::start().await;
    let client = client_for(&fake);
    for number in [FAMILY, OTHER_FAMILY, FAMILY] {
        let client = client.clone();
        tokio::spawn(async move { client.send(number, "Hi", None).await });
    }

    let sent = fake.wait_for(3, Duration::from_secs(10)).await;

    assert_eq!(sent.len(), 3);
    let counts = count_by_recipient(&sent);
    assert_eq!(counts[FAMILY], 2);
    assert_eq!(counts[OTHER_FAMILY], 1);
}

#[tokio::test]
#[should_panic(expected = "waited")]
async fn waiting_for_sends_that_never_come_fails_at_the_deadline() {
    let fake = FakeProvider::start().await;
    fake.wait_for(1, Duration::from_millis(100)).await;
}
