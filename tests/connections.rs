//! Connections that never finish a request cannot starve the webhooks: a client that sends half
//! a header line, or keeps a connection idle after its answer, is cut off after the header read
//! timeout; when every connection slot is taken by idle clients, a family's text waits in the
//! accept queue and is answered once a slot frees; and a shutdown finishes a request in flight.
//!
//! Each test serves the running app's router through `http::serve_with` on its own port, with
//! a one-second header timeout instead of the default ten.

mod common;

use std::net::SocketAddr;
use std::time::{Duration, Instant};

use common::app::{OUR_NUMBER, TestApp, spawn_app};
use common::db::TestDb;
use common::fake_provider::AUTH_TOKEN;
use homevisit::http::{self, Limits};
use homevisit::provider::signature;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

const TIMEOUT: Duration = Duration::from_secs(1);

/// Only so that a broken server fails the test instead of hanging it; never reached when the
/// server works.
const HANG_GUARD: Duration = Duration::from_secs(60);

struct Server {
    addr: SocketAddr,
    stop: oneshot::Sender<()>,
    served: JoinHandle<std::io::Result<()>>,
}

async fn serve(app: &TestApp, max_connections: usize) -> Server {
    let (listener, addr) = http::bind("127.0.0.1:0".parse().unwrap()).await.unwrap();
    let (stop, stopped) = oneshot::channel::<()>();
    let served = tokio::spawn(http::serve_with(
        listener,
        app.app.state.clone(),
        async {
            let _ = stopped.await;
        },
        Limits {
            header_read_timeout: TIMEOUT,
            max_connections,
        },
    ));
    Server { addr, stop, served }
}

/// A family's text as the provider posts it: the form body and its signature (for the app's
/// public URL, wherever it is delivered).
fn signed_text(app: &TestApp, from: &str, body: &str) -> (String, String) {
    let params = app.provider.inbound_sms(from, OUR_NUMBER, body);
    let url = format!("{}/twilio/sms", app.app.state.config.public_url);
    let signature = signature::compute(AUTH_TOKEN, &url, &params);
    (serde_urlencoded::to_string(&params).unwrap(), signature)
}

/// Reads until the server closes the connection; what it sent before closing.
async fn until_closed(stream: &mut TcpStream) -> String {
    let mut got = Vec::new();
    let _ = tokio::time::timeout(HANG_GUARD, stream.read_to_end(&mut got))
        .await
        .expect("the server closed the connection");
    String::from_utf8_lossy(&got).into_owned()
}

async fn a_client_that_sends_half_a_header_line_is_disconnected(t: TestDb) {
    let app = spawn_app(t).await;
    let server = serve(&app, 16).await;
    let mut slow = TcpStream::connect(server.addr).await.unwrap();
    slow.write_all(b"POST /twilio/sms HTTP/1.1\r\nHo")
        .await
        .unwrap();

    let answer = until_closed(&mut slow).await;

    assert!(
        !answer.contains(" 200 "),
        "no request was served: {answer:?}"
    );
    let _ = server.stop.send(());
    server.served.await.unwrap().unwrap();
    app.stop().await;
}

async fn an_idle_kept_alive_connection_is_closed_after_its_answer(t: TestDb) {
    let app = spawn_app(t).await;
    let server = serve(&app, 16).await;
    let mut client = TcpStream::connect(server.addr).await.unwrap();
    client
        .write_all(b"GET /healthz HTTP/1.1\r\nHost: localhost\r\n\r\n")
        .await
        .unwrap();

    // The answer comes, the connection stays open for another request, then nothing comes.
    let answer = until_closed(&mut client).await;

    assert!(answer.starts_with("HTTP/1.1 200"), "{answer:?}");
    assert!(answer.ends_with("ok\n"), "{answer:?}");
    let _ = server.stop.send(());
    server.served.await.unwrap().unwrap();
    app.stop().await;
}

async fn when_idle_clients_take_every_connection_a_text_waits_and_is_answered(t: TestDb) {
    let app = spawn_app(t).await;
    let server = serve(&app, 2).await;
    // Two clients take both connection slots and send nothing.
    let mut idle_1 = TcpStream::connect(server.addr).await.unwrap();
    let mut idle_2 = TcpStream::connect(server.addr).await.unwrap();
    idle_1.write_all(b"GET /healthz HTT").await.unwrap();

    // The family's text connects third: the kernel queues it until a slot frees, which only
    // the header timeout of an idle client can do.
    let (body, signature) = signed_text(&app, "+19165550201", "hola");
    let url = format!("http://{}/twilio/sms", server.addr);
    let sent = Instant::now();
    let text = tokio::spawn(async move {
        reqwest::Client::new()
            .post(url)
            .header(signature::HEADER, signature)
            .header("content-type", "application/x-www-form-urlencoded")
            .body(body)
            .send()
            .await
            .expect("the text is delivered")
            .status()
    });

    let status = tokio::time::timeout(HANG_GUARD, text)
        .await
        .expect("the text is answered")
        .unwrap();

    assert_eq!(status, 200);
    eprintln!(
        "on {}: the text queued behind two idle clients was answered after {:?} (header timeout {TIMEOUT:?})",
        app.db.dialect(),
        sent.elapsed()
    );
    until_closed(&mut idle_1).await;
    until_closed(&mut idle_2).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE direction = 'in' AND body = 'hola'")
            .await,
        1,
        "the text is stored"
    );
    let _ = server.stop.send(());
    server.served.await.unwrap().unwrap();
    app.stop().await;
}

async fn a_shutdown_finishes_the_request_in_flight(t: TestDb) {
    let app = spawn_app(t).await;
    let server = serve(&app, 16).await;
    let (body, signature) = signed_text(&app, "+19165550201", "hola");
    let mut client = TcpStream::connect(server.addr).await.unwrap();
    client
        .write_all(
            format!(
                "POST /twilio/sms HTTP/1.1\r\nHost: localhost\r\n{}: {signature}\r\n\
                 Content-Type: application/x-www-form-urlencoded\r\nContent-Length: {}\r\n\
                 Expect: 100-continue\r\n\r\n",
                signature::HEADER,
                body.len()
            )
            .as_bytes(),
        )
        .await
        .unwrap();
    // hyper says "100 Continue" when the handler starts reading the body: from then on the
    // request is in flight, waiting for its body.
    let mut continue_line = [0u8; 25];
    client.read_exact(&mut continue_line).await.unwrap();
    assert_eq!(&continue_line, b"HTTP/1.1 100 Continue\r\n\r\n");

    // The server is told to stop; once it no longer accepts connections, it has begun
    // shutting down. Only then does the body come.
    server.stop.send(()).unwrap();
    while TcpStream::connect(server.addr).await.is_ok() {}
    client.write_all(body.as_bytes()).await.unwrap();

    let answer = until_closed(&mut client).await;
    assert!(answer.starts_with("HTTP/1.1 200"), "{answer:?}");
    server.served.await.unwrap().unwrap();
    assert_eq!(
        app.count("SELECT COUNT(*) FROM messages WHERE direction = 'in' AND body = 'hola'")
            .await,
        1,
        "the text is stored"
    );
    app.stop().await;
}

on_both_databases!(
    a_client_that_sends_half_a_header_line_is_disconnected,
    an_idle_kept_alive_connection_is_closed_after_its_answer,
    when_idle_clients_take_every_connection_a_text_waits_and_is_answered,
    a_shutdown_finishes_the_request_in_flight,
);
