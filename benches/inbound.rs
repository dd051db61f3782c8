//! Bench (1) and (5): signed inbound replies per second through the release `homevisit serve`
//! on SQLite, against a bare axum handler answering the same empty TwiML with the same server
//! settings, in the same run; and the server's footprint (ready time, idle and peak RSS).
//!
//! Black box on purpose (HTTP only), so it survives changes to the reply path. The server runs
//! pinned to core 0 (`taskset -c 0`), the load generator — this binary again, `load` mode, one
//! thread — pinned to core 1. The school: 40 educators, 400 pair slots, 500 families and a
//! launched campaign. Each request is a Twilio-signed form with its own `MessageSid`, from one
//! of the families, with a reply in the family's language (numbers, yes, no, questions).
//!
//! For each server: a closed-loop run (`HOMEVISIT_BENCH_CONNECTIONS` connections, default 32,
//! for `HOMEVISIT_BENCH_SECONDS`, default 10) gives req/s, p50 and p99; then an open-loop run
//! at half that rate gives p99 at half load (latency counted from each request's scheduled
//! time, so a stall is not hidden).
//!
//! Run: `benches/inbound.sh` (builds the release binary, then `cargo bench --bench inbound`).

mod common;

use std::path::{Path, PathBuf};
use std::process::{Child, Command, Stdio};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::TcpStream;

const ACCOUNT_SID: &str = "AC00000000000000000000000000000000";
const AUTH_TOKEN: &str = "bench-auth-token";
const OUR_NUMBER: &str = "+15005550006";

/// Replies by language: what families send to an invitation with three options.
fn replies(language: &str) -> &'static [&'static str] {
    match language {
        "es" => &[
            "2",
            "sí",
            "1 por favor",
            "no gracias",
            "¿a qué hora?",
            "el tercero",
        ],
        "vi" => &["2", "có", "không", "số 1"],
        "zh-Hans" => &["2", "好", "不用了", "第一个"],
        "ar" => &["٢", "نعم", "لا شكرا"],
        "ru" => &["2", "да", "нет, спасибо"],
        "hmn" => &["1", "yog", "tsis"],
        _ => &[
            "2",
            "yes",
            "1 please",
            "NO",
            "what time is the first one?",
            "the third one works",
            "can we do saturday instead",
        ],
    }
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    match args.get(1).map(String::as_str) {
        Some("bare-server") => bare_server(args[2].parse().expect("port")),
        Some("load") => load(&args[2..]),
        _ => orchestrate(),
    }
}

/// One server's figures.
#[derive(Debug, Default, Clone)]
struct Run {
    rps: f64,
    p50_ms: f64,
    p99_ms: f64,
    ok: usize,
    errors: usize,
    half_rate: f64,
    half_p99_ms: f64,
    half_ok: usize,
    ready_ms: f64,
    idle_rss_mb: f64,
    peak_rss_mb: f64,
    /// The server's CPU time (user + system) per answered request in the closed-loop run.
    cpu_us: f64,
    /// The share of one core the server used in the closed-loop run.
    busy: f64,
    /// Requests per commit of the SQLite writer (`/metrics`), closed loop and half load;
    /// `None` where the server has no such histogram (PostgreSQL, the bare handler).
    per_commit: Option<(f64, f64)>,
}

fn orchestrate() {
    let families = common::env_usize("HOMEVISIT_BENCH_INBOUND_FAMILIES", 500);
    let seconds = common::env_usize("HOMEVISIT_BENCH_SECONDS", 10);
    let connections = common::env_usize("HOMEVISIT_BENCH_CONNECTIONS", 32);
    let bodies = common::env_usize("HOMEVISIT_BENCH_BODIES", 40_000);
    let manifest = Path::new(env!("CARGO_MANIFEST_DIR"));
    let binary = std::env::var("HOMEVISIT_BIN")
        .map(PathBuf::from)
        .unwrap_or_else(|_| manifest.join("target/release/homevisit"));
    assert!(
        binary.exists(),
        "{} is missing: build it with `cargo build --release` (benches/inbound.sh does)",
        binary.display()
    );
    let dir = tempfile::tempdir().expect("temp dir");
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    let server_db = runtime.block_on(common::ServerDb::choose(dir.path()));
    let (db_url, engine) = (server_db.url.clone(), server_db.engine);
    seed(&db_url, families);

    let me = std::env::current_exe().expect("own path");
    println!(
        "inbound replies on {engine}: {families} families, {connections} connections, {seconds} s per run, server on core 0, load on core 1"
    );

    let port = common::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let full = write_bodies(dir.path(), "full", &url, families, bodies, 0);
    let half = write_bodies(dir.path(), "half", &url, families, bodies, bodies);
    let mut ours = Command::new("taskset");
    ours.args(["-c", "0"])
        .arg(&binary)
        .arg("serve")
        .env("DATABASE_URL", &db_url)
        .env("HOMEVISIT_LISTEN", format!("127.0.0.1:{port}"))
        .env("HOMEVISIT_PUBLIC_URL", &url)
        .env("TWILIO_ACCOUNT_SID", ACCOUNT_SID)
        .env("TWILIO_AUTH_TOKEN", AUTH_TOKEN)
        .env("TWILIO_FROM", OUR_NUMBER)
        // Nothing answers there: queued texts (educators' notices) fail fast and wait to retry.
        .env("TWILIO_API_BASE", "http://127.0.0.1:9")
        .env(
            "RUST_LOG",
            std::env::var("HOMEVISIT_BENCH_SERVER_LOG").unwrap_or_else(|_| "error".into()),
        );
    let homevisit = measure(&me, ours, &url, &full, &half, connections, seconds, false);

    let port = common::free_port();
    let url = format!("http://127.0.0.1:{port}");
    let mut bare = Command::new("taskset");
    bare.args(["-c", "0"])
        .arg(&me)
        .arg("bare-server")
        .arg(port.to_string());
    let bare_run = measure(&me, bare, &url, &full, &half, connections, seconds, true);

    println!("| figure | bare axum handler | homevisit ({engine}) | ratio |");
    println!("|---|---|---|---|");
    println!(
        "| req/s | {:.0} | {:.1} | {:.4} |",
        bare_run.rps,
        homevisit.rps,
        homevisit.rps / bare_run.rps
    );
    println!(
        "| p50 (closed loop, {connections} conn.) | {:.2} ms | {:.1} ms | |",
        bare_run.p50_ms, homevisit.p50_ms
    );
    println!(
        "| p99 (closed loop) | {:.2} ms | {:.1} ms | |",
        bare_run.p99_ms, homevisit.p99_ms
    );
    println!(
        "| p99 at half load | {:.2} ms at {:.0}/s | {:.1} ms at {:.1}/s | |",
        bare_run.half_p99_ms, bare_run.half_rate, homevisit.half_p99_ms, homevisit.half_rate
    );
    println!(
        "| answered / errors | {} / {} | {} / {} | |",
        bare_run.ok, bare_run.errors, homevisit.ok, homevisit.errors
    );
    println!(
        "| server CPU per reply (closed loop) | {:.1} µs ({:.0}% of a core) | {:.1} µs ({:.0}% of a core) | |",
        bare_run.cpu_us,
        bare_run.busy * 100.0,
        homevisit.cpu_us,
        homevisit.busy * 100.0
    );
    println!(
        "| ready (spawn → /healthz 200) | {:.0} ms | {:.0} ms | |",
        bare_run.ready_ms, homevisit.ready_ms
    );
    println!(
        "| idle RSS / peak RSS | {:.1} / {:.1} MB | {:.1} / {:.1} MB | |",
        bare_run.idle_rss_mb, bare_run.peak_rss_mb, homevisit.idle_rss_mb, homevisit.peak_rss_mb
    );
    if let Some((full, half)) = homevisit.per_commit {
        println!(
            "| requests per commit (SQLite writer), closed loop / half load | | {full:.1} / {half:.1} | |"
        );
    }
    runtime.block_on(server_db.finish());
}

/// Seeds the SQLite file: the school with slots from next week, the families, a launch.
fn seed(db_url: &str, families: usize) {
    let runtime = tokio::runtime::Runtime::new().expect("runtime");
    runtime.block_on(async {
        let db = homevisit::store::Db::connect(db_url)
            .await
            .expect("database");
        db.migrate().await.expect("migrate");
        let now = chrono::Utc::now();
        let first_day = (now + chrono::Duration::days(7)).date_naive();
        common::seed_school_with(&db, families, &common::slots_csv_from(first_day), now).await;
        let config = common::config(db_url);
        let locales = homevisit::i18n::Locales::load().expect("locales");
        let launch = homevisit::campaign::launch(
            &db,
            &config,
            &locales,
            homevisit::campaign::Request {
                school: common::SCHOOL,
                name: "Fall visits",
                sampling: None,
                dry_run: false,
                second_visit_of: None,
            },
            now,
        )
        .await
        .expect("launch");
        eprintln!("  launched: {} families invited", launch.invited);
        db.close().await;
    });
}

/// `count` signed bodies for `url`, one per line: `signature TAB form`.
fn write_bodies(
    dir: &Path,
    name: &str,
    url: &str,
    families: usize,
    count: usize,
    offset: usize,
) -> PathBuf {
    let webhook = format!("{url}/twilio/sms");
    let mut out = String::with_capacity(count * 700);
    for n in offset..offset + count {
        let family = (n * 7919) % families;
        let language = common::FAMILY_LANGUAGES[family % common::FAMILY_LANGUAGES.len()];
        let choices = replies(language);
        let body = choices[(n / families) % choices.len()];
        let sid = format!("SM{n:032x}");
        let params: Vec<(String, String)> = [
            ("ToCountry", "US"),
            ("SmsMessageSid", &sid),
            ("NumMedia", "0"),
            ("SmsSid", &sid),
            ("SmsStatus", "received"),
            ("Body", body),
            ("FromCountry", "US"),
            ("To", OUR_NUMBER),
            ("NumSegments", "1"),
            ("MessageSid", &sid),
            ("AccountSid", ACCOUNT_SID),
            ("From", &common::family_phone(family)),
            ("ApiVersion", "2010-04-01"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let signature = homevisit::provider::signature::compute(AUTH_TOKEN, &webhook, &params);
        let form = serde_urlencoded::to_string(&params).expect("form");
        out += &format!("{signature}\t{form}\n");
    }
    let path = dir.join(format!(
        "{name}-{}.bodies",
        url.rsplit(':').next().unwrap_or("")
    ));
    std::fs::write(&path, out).expect("write bodies");
    path
}

#[allow(clippy::too_many_arguments)]
fn measure(
    me: &Path,
    mut server: Command,
    url: &str,
    full: &Path,
    half: &Path,
    connections: usize,
    seconds: usize,
    cycle: bool,
) -> Run {
    let started = Instant::now();
    let mut child: Child = server
        .stdout(Stdio::null())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("server starts");
    let ready = wait_ready(url);
    let ready_ms = started.elapsed().as_secs_f64() * 1000.0;
    assert!(ready, "server at {url} never answered /healthz");
    std::thread::sleep(Duration::from_millis(500));
    let pid = server_pid(&child);
    let idle = common::status_kb(pid, "VmRSS:");
    let load = |bodies: &Path, rate: f64| -> Vec<String> {
        let out = Command::new("taskset")
            .args(["-c", "1"])
            .arg(me)
            .arg("load")
            .arg(url)
            .arg(bodies)
            .arg(connections.to_string())
            .arg(seconds.to_string())
            .arg(rate.to_string())
            .arg(if cycle { "cycle" } else { "once" })
            .output()
            .expect("load generator runs");
        String::from_utf8_lossy(&out.stdout)
            .split_whitespace()
            .map(str::to_string)
            .collect()
    };
    let groups_before = write_groups(url);
    let cpu_before = common::cpu_seconds(pid);
    let wall = Instant::now();
    let figures = load(full, 0.0);
    let wall = wall.elapsed().as_secs_f64();
    let cpu = common::cpu_seconds(pid) - cpu_before;
    let groups_full = write_groups(url);
    let num = |v: &[String], i: usize| v.get(i).and_then(|s| s.parse::<f64>().ok()).unwrap_or(0.0);
    let mut run = Run {
        ok: num(&figures, 0) as usize,
        errors: num(&figures, 1) as usize,
        rps: num(&figures, 2),
        p50_ms: num(&figures, 3),
        p99_ms: num(&figures, 4),
        ready_ms,
        idle_rss_mb: idle / 1024.0,
        busy: cpu / wall,
        ..Run::default()
    };
    run.cpu_us = cpu * 1e6 / (run.ok.max(1) as f64);
    run.half_rate = run.rps / 2.0;
    let figures = load(half, run.half_rate);
    run.half_ok = num(&figures, 0) as usize;
    run.half_p99_ms = num(&figures, 4);
    let groups_half = write_groups(url);
    let mean = |(s0, c0): (f64, f64), (s1, c1): (f64, f64)| (s1 - s0) / (c1 - c0).max(1.0);
    if let (Some(a), Some(b), Some(c)) = (groups_before, groups_full, groups_half)
        && b.1 > a.1
    {
        run.per_commit = Some((mean(a, b), mean(b, c)));
    }
    run.peak_rss_mb = common::status_kb(pid, "VmHWM:") / 1024.0;
    let _ = child.kill();
    let _ = child.wait();
    run
}

/// The `homevisit_write_group_size` histogram's sum and count, from the server's `/metrics`.
fn write_groups(url: &str) -> Option<(f64, f64)> {
    use std::io::{Read, Write};
    let addr = url.trim_start_matches("http://");
    let mut s = std::net::TcpStream::connect(addr).ok()?;
    s.write_all(b"GET /metrics HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
        .ok()?;
    let mut text = String::new();
    s.read_to_string(&mut text).ok()?;
    let value = |name: &str| {
        text.lines().find_map(|l| {
            l.strip_prefix(name)?
                .strip_prefix(' ')?
                .trim()
                .parse::<f64>()
                .ok()
        })
    };
    if !text.starts_with("HTTP/1.1 200") {
        return None;
    }
    // No sample yet (nothing written), or no such histogram (PostgreSQL): zero.
    Some((
        value("homevisit_write_group_size_sum").unwrap_or(0.0),
        value("homevisit_write_group_size_count").unwrap_or(0.0),
    ))
}

/// The server's own pid: `taskset` execs it, so the child's pid is the server's.
fn server_pid(child: &Child) -> u32 {
    child.id()
}

fn wait_ready(url: &str) -> bool {
    let addr = url.trim_start_matches("http://").to_string();
    let deadline = Instant::now() + Duration::from_secs(20);
    while Instant::now() < deadline {
        if let Ok(mut s) = std::net::TcpStream::connect(&addr) {
            use std::io::{Read, Write};
            let _ = s.write_all(b"GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
            let mut buf = String::new();
            let _ = s.read_to_string(&mut buf);
            if buf.starts_with("HTTP/1.1 200") {
                return true;
            }
        }
        std::thread::sleep(Duration::from_millis(2));
    }
    false
}

/// The baseline: the same server settings as `homevisit::http::serve_with` (hyper-util,
/// HTTP/1.1 only, tokio timer, header read timeout, keep-alive; body limit and timeout
/// layers), one route answering the empty TwiML, on a runtime like `#[tokio::main]`'s.
fn bare_server(port: u16) {
    use axum::Router;
    use axum::routing::{get, post};
    use hyper_util::rt::{TokioExecutor, TokioIo, TokioTimer};
    use hyper_util::server::conn::auto;
    use tower::ServiceExt;

    let runtime = tokio::runtime::Builder::new_multi_thread()
        .enable_all()
        .build()
        .expect("runtime");
    runtime.block_on(async move {
        let limits = homevisit::http::Limits::default();
        let router = Router::new()
            .route(
                "/twilio/sms",
                post(|_body: String| async {
                    (
                        [(axum::http::header::CONTENT_TYPE, "text/xml; charset=utf-8")],
                        homevisit::provider::twiml::empty(),
                    )
                }),
            )
            .route("/healthz", get(|| async { "ok" }))
            .layer(tower_http::limit::RequestBodyLimitLayer::new(
                homevisit::http::MAX_BODY,
            ))
            .layer(tower_http::timeout::TimeoutLayer::with_status_code(
                axum::http::StatusCode::REQUEST_TIMEOUT,
                Duration::from_secs(10),
            ));
        let listener = tokio::net::TcpListener::bind(("127.0.0.1", port))
            .await
            .expect("bind");
        let mut builder = auto::Builder::new(TokioExecutor::new()).http1_only();
        builder
            .http1()
            .timer(TokioTimer::new())
            .header_read_timeout(limits.header_read_timeout)
            .keep_alive(true);
        loop {
            let Ok((stream, _)) = listener.accept().await else {
                continue;
            };
            let router = router.clone();
            let service =
                hyper::service::service_fn(move |request| router.clone().oneshot(request));
            let connection = builder
                .serve_connection(TokioIo::new(stream), service)
                .into_owned();
            tokio::spawn(connection);
        }
    });
}

/// `load URL BODIES CONNECTIONS SECONDS RATE cycle|once`: prints
/// `ok errors req/s p50_ms p99_ms`. RATE 0 is a closed loop; otherwise requests are scheduled
/// at RATE per second and latency counts from the scheduled time.
fn load(args: &[String]) {
    let url = args[0].clone();
    let text = std::fs::read_to_string(&args[1]).expect("bodies");
    let connections: usize = args[2].parse().expect("connections");
    let seconds: f64 = args[3].parse().expect("seconds");
    let rate: f64 = args[4].parse().expect("rate");
    let cycle = args[5] == "cycle";
    let bodies: Arc<Vec<(String, String)>> = Arc::new(
        text.lines()
            .filter_map(|l| l.split_once('\t'))
            .map(|(s, f)| (s.to_string(), f.to_string()))
            .collect(),
    );
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("runtime");
    let addr = url.trim_start_matches("http://").to_string();
    let (ok, errors, elapsed, mut latencies) = runtime.block_on(async move {
        let next = Arc::new(AtomicUsize::new(0));
        let started = Instant::now();
        let deadline = started + Duration::from_secs_f64(seconds);
        let mut tasks = Vec::new();
        for _ in 0..connections {
            let (addr, bodies, next) = (addr.clone(), bodies.clone(), next.clone());
            tasks.push(tokio::spawn(async move {
                connection(&addr, &bodies, &next, cycle, started, deadline, rate).await
            }));
        }
        let (mut ok, mut errors, mut latencies) = (0, 0, Vec::new());
        for task in tasks {
            let (o, e, l) = task.await.expect("connection task");
            ok += o;
            errors += e;
            latencies.extend(l);
        }
        (ok, errors, started.elapsed(), latencies)
    });
    latencies.sort_unstable();
    let pct = |p: f64| -> f64 {
        if latencies.is_empty() {
            return 0.0;
        }
        let i = ((latencies.len() as f64 * p).ceil() as usize).clamp(1, latencies.len()) - 1;
        latencies[i] as f64 / 1000.0
    };
    println!(
        "{ok} {errors} {:.2} {:.3} {:.3}",
        ok as f64 / elapsed.as_secs_f64(),
        pct(0.50),
        pct(0.99)
    );
}

/// One kept-alive connection sending requests one after another; (ok, errors, latencies µs).
async fn connection(
    addr: &str,
    bodies: &[(String, String)],
    next: &AtomicUsize,
    cycle: bool,
    started: Instant,
    deadline: Instant,
    rate: f64,
) -> (usize, usize, Vec<u64>) {
    let (mut ok, mut errors, mut latencies) = (0, 0, Vec::new());
    let mut stream: Option<BufReader<TcpStream>> = None;
    loop {
        let i = next.fetch_add(1, Ordering::Relaxed);
        if i >= bodies.len() && !cycle {
            break;
        }
        let scheduled = if rate > 0.0 {
            let at = started + Duration::from_secs_f64(i as f64 / rate);
            if at >= deadline {
                break;
            }
            tokio::time::sleep_until(at.into()).await;
            at
        } else {
            Instant::now()
        };
        if Instant::now() >= deadline {
            break;
        }
        let (signature, form) = &bodies[i % bodies.len()];
        let request = format!(
            "POST /twilio/sms HTTP/1.1\r\nHost: {addr}\r\nContent-Type: application/x-www-form-urlencoded\r\nX-Twilio-Signature: {signature}\r\nContent-Length: {}\r\n\r\n{form}",
            form.len()
        );
        if stream.is_none() {
            match TcpStream::connect(addr).await {
                Ok(s) => {
                    let _ = s.set_nodelay(true);
                    stream = Some(BufReader::new(s));
                }
                Err(_) => {
                    errors += 1;
                    continue;
                }
            }
        }
        let Some(s) = stream.as_mut() else { continue };
        match exchange(s, request.as_bytes()).await {
            Ok(200) => {
                ok += 1;
                latencies.push(scheduled.elapsed().as_micros() as u64);
            }
            Ok(_) => errors += 1,
            Err(_) => {
                errors += 1;
                stream = None;
            }
        }
    }
    (ok, errors, latencies)
}

/// Writes one request and reads its response; gives the status code.
async fn exchange(stream: &mut BufReader<TcpStream>, request: &[u8]) -> std::io::Result<u16> {
    stream.get_mut().write_all(request).await?;
    let mut line = String::new();
    stream.read_line(&mut line).await?;
    let status: u16 = line
        .split_whitespace()
        .nth(1)
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| std::io::Error::other("no status line"))?;
    let mut length = 0usize;
    loop {
        line.clear();
        if stream.read_line(&mut line).await? == 0 {
            return Err(std::io::Error::other("closed"));
        }
        let header = line.trim_end();
        if header.is_empty() {
            break;
        }
        if let Some((name, value)) = header.split_once(':')
            && name.eq_ignore_ascii_case("content-length")
        {
            length = value.trim().parse().unwrap_or(0);
        }
    }
    let mut body = vec![0; length];
    stream.read_exact(&mut body).await?;
    Ok(status)
}
