//! `/simulator`: every family's and educator's simulated phone as a message thread, with a box
//! to reply as that person. Served only with the simulated provider (no provider account), and
//! only to this machine: it shows the roster's phone numbers and lets anyone reply as a family.
//!
//! Plain server-rendered HTML (maud) and a small script that polls
//! `GET /simulator/messages?after=ID` once a second and posts replies to
//! `POST /simulator/reply`; without the script the form still works (it redirects back).
//! A reply goes through [`SimulatedProvider::receive`]: the signed `/twilio/sms` webhook and the
//! same state machine as a real text.

use std::net::SocketAddr;

use axum::extract::{ConnectInfo, Query, Request, State};
use axum::http::{HeaderMap, header};
use axum::middleware::{self, Next};
use axum::response::{IntoResponse, Redirect, Response};
use axum::routing::{get, post};
use axum::{Form, Json, Router};
use maud::{DOCTYPE, Markup, PreEscaped, html};
use serde::{Deserialize, Serialize};

use super::{AppState, Error};
use crate::domain::{LanguageTag, Phone};
use crate::provider::SimulatedProvider;
use crate::store::simulator::{self, Person, SimMessage};

/// The longest reply the simulator takes (ten SMS segments of plain text).
pub const MAX_REPLY_CHARS: usize = 1600;
/// How many messages one poll returns at most.
const PAGE: i64 = 500;

/// The simulator's routes, all behind [`this_machine_only`]. The router adds them only when
/// the simulated provider is in use.
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/simulator", get(page))
        .route("/simulator/messages", get(messages))
        .route("/simulator/reply", post(reply))
        .route("/simulator/call", post(call))
        .route_layer(middleware::from_fn(guard))
}

async fn guard(
    ConnectInfo(peer): ConnectInfo<SocketAddr>,
    request: Request,
    next: Next,
) -> Result<Response, Error> {
    this_machine_only(peer, request.headers())?;
    Ok(next.run(request).await)
}

/// The simulator answers only a browser or program on this machine, talking to it directly:
/// a loopback peer, a loopback `Host` (so a web page cannot reach it by DNS rebinding), no
/// proxy headers (a proxy on this host would make every peer loopback), and for a browser's
/// requests the same origin (so another site's page cannot post replies as a family).
pub fn this_machine_only(peer: SocketAddr, headers: &HeaderMap) -> Result<(), Error> {
    if !peer.ip().to_canonical().is_loopback() {
        return Err(Error::Forbidden);
    }
    if headers.contains_key("forwarded") || headers.contains_key("x-forwarded-for") {
        return Err(Error::Forbidden);
    }
    let host = headers
        .get(header::HOST)
        .and_then(|h| h.to_str().ok())
        .ok_or(Error::Forbidden)?;
    if !is_loopback_host(host) {
        return Err(Error::Forbidden);
    }
    if let Some(site) = headers.get("sec-fetch-site").and_then(|v| v.to_str().ok())
        && !matches!(site, "same-origin" | "none")
    {
        return Err(Error::Forbidden);
    }
    if let Some(origin) = headers.get(header::ORIGIN).and_then(|v| v.to_str().ok()) {
        let origin_host = origin
            .strip_prefix("http://")
            .or_else(|| origin.strip_prefix("https://"))
            .unwrap_or("");
        if origin_host != host {
            return Err(Error::Forbidden);
        }
    }
    Ok(())
}

/// `localhost`, `127.0.0.1`, `[::1]` or any loopback address, with or without a port.
fn is_loopback_host(host: &str) -> bool {
    let name = match host.strip_prefix('[') {
        Some(rest) => rest.split(']').next().unwrap_or(""),
        None => host.rsplit_once(':').map_or(host, |(name, _)| name),
    };
    name.eq_ignore_ascii_case("localhost")
        || name
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.to_canonical().is_loopback())
}

fn phones(state: &AppState) -> Result<&SimulatedProvider, Error> {
    state.simulator.as_ref().ok_or(Error::NotFound)
}

#[derive(Deserialize)]
pub struct After {
    #[serde(default)]
    after: i64,
    /// The last id wanted (none: up to the newest).
    until: Option<i64>,
}

/// A simulated phone's text as the page's script reads it.
#[derive(Serialize)]
struct Bubble {
    id: i64,
    phone: String,
    /// `to_phone` (homevisit texted the phone) or `from_phone`.
    direction: String,
    body: String,
    /// The provider's message sid (`SM…`).
    sid: String,
    status: String,
    /// Seconds since the epoch.
    at: i64,
}

impl From<SimMessage> for Bubble {
    fn from(m: SimMessage) -> Bubble {
        Bubble {
            id: m.id,
            phone: m.phone,
            direction: m.direction,
            body: m.body,
            sid: m.sid,
            status: m.status,
            at: m.created_at,
        }
    }
}

/// `GET /simulator/messages?after=ID`: messages with a larger id, oldest first.
async fn messages(
    State(state): State<AppState>,
    Query(After { after, until }): Query<After>,
) -> Result<Response, Error> {
    let list = simulator::since(&state.db, after, until.unwrap_or(i64::MAX), PAGE).await?;
    let list: Vec<Bubble> = list.into_iter().map(Bubble::from).collect();
    Ok(([(header::CACHE_CONTROL, "no-store")], Json(list)).into_response())
}

#[derive(Deserialize)]
pub struct ReplyForm {
    phone: String,
    body: String,
}

#[derive(Serialize)]
struct Replied {
    /// What homevisit answered at once (its TwiML), as delivered to the phone.
    replies: Vec<String>,
}

/// `POST /simulator/reply` (`phone`, `body`): the simulated phone texts homevisit.
async fn reply(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<ReplyForm>,
) -> Result<Response, Error> {
    let phones = phones(&state)?.clone();
    let phone = Phone::parse_e164(form.phone.trim())
        .map_err(|e| Error::BadRequest(format!("phone: {e}")))?;
    let mut tx = state.db.read().await?;
    let known = simulator::knows(&mut tx, phone.as_e164()).await?;
    tx.rollback().await?;
    if !known {
        return Err(Error::BadRequest(
            "phone: no family or educator has this number".into(),
        ));
    }
    let body = form.body.trim();
    if body.is_empty() {
        return Err(Error::BadRequest("the reply is empty".into()));
    }
    if body.chars().count() > MAX_REPLY_CHARS {
        return Err(Error::BadRequest(format!(
            "the reply is longer than {MAX_REPLY_CHARS} characters"
        )));
    }
    // In its own task, so that once the text is on its way it is handled to the end (its
    // answer delivered to the phone) even if this request is cut off by the timeout.
    let (from, text) = (phone.as_e164().to_string(), body.to_string());
    let replies = tokio::spawn(async move { phones.receive(&from, &text).await })
        .await
        .map_err(|e| Error::Internal(e.into()))?
        .map_err(|e| Error::Internal(e.into()))?;
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    if wants_json {
        Ok(Json(Replied { replies }).into_response())
    } else {
        Ok(Redirect::to(&format!("/simulator#{}", anchor(phone.as_e164()))).into_response())
    }
}

#[derive(Deserialize)]
pub struct CallForm {
    phone: String,
    /// `answer`, or the key pressed (`0`–`9`).
    key: String,
}

#[derive(Serialize)]
struct Heard {
    /// What the call said, one entry per `<Say>`.
    said: Vec<String>,
}

/// `POST /simulator/call` (`phone`, `key`): the simulated phone answers the call ringing on
/// it, or presses a key on the call going on.
async fn call(
    State(state): State<AppState>,
    headers: HeaderMap,
    Form(form): Form<CallForm>,
) -> Result<Response, Error> {
    let phones = phones(&state)?.clone();
    let phone = Phone::parse_e164(form.phone.trim())
        .map_err(|e| Error::BadRequest(format!("phone: {e}")))?
        .as_e164()
        .to_string();
    let key = form.key.trim().to_string();
    let digit = match key.as_str() {
        "answer" => None,
        k if k.len() == 1 && k.chars().all(|c| c.is_ascii_digit()) => k.chars().next(),
        _ => return Err(Error::BadRequest("key: answer, or one digit 0–9".into())),
    };
    let to = phone.clone();
    let said = tokio::spawn(async move {
        match digit {
            None => phones.answer(&to).await,
            Some(d) => phones.press(&to, d).await,
        }
    })
    .await
    .map_err(|e| Error::Internal(e.into()))?
    .map_err(|e| match e {
        crate::provider::simulated::SimError::NoCall => Error::BadRequest(e.to_string()),
        other => Error::Internal(other.into()),
    })?;
    let wants_json = headers
        .get(header::ACCEPT)
        .and_then(|v| v.to_str().ok())
        .is_some_and(|v| v.contains("application/json"));
    if wants_json {
        Ok(Json(Heard { said }).into_response())
    } else {
        Ok(Redirect::to(&format!("/simulator#{}", anchor(&phone))).into_response())
    }
}

/// `GET /simulator`: the page.
async fn page(State(state): State<AppState>) -> Result<Response, Error> {
    let mut tx = state.db.read().await?;
    let people = simulator::people(&mut tx).await?;
    tx.rollback().await?;
    let mut all = Vec::new();
    let mut after = 0;
    loop {
        let page = simulator::since(&state.db, after, i64::MAX, PAGE).await?;
        let Some(last) = page.last() else { break };
        after = last.id;
        all.extend(page);
    }
    let markup = render(&state.config.program_name, &people, &all, after);
    Ok(([(header::CACHE_CONTROL, "no-store")], markup).into_response())
}

fn anchor(phone: &str) -> String {
    format!("phone-{}", phone.trim_start_matches('+'))
}

/// Renders the whole page: one card per person, their texts in order.
pub fn render(program: &str, people: &[Person], messages: &[SimMessage], last_id: i64) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { "Phone simulator · " (program) }
                style { (PreEscaped(STYLE)) }
            }
            body data-last=(last_id) {
                header {
                    h1 { "Phone simulator" }
                    p {
                        "Each card is a phone. Texts from " (program) " are grey, in the "
                        "family's language; type in the box to reply as that person. "
                        "Replies go through the same signed webhook and state machine as real "
                        "texts, and nothing leaves this machine."
                    }
                    p.hint {
                        "Try it: on a family's phone, reply with the number of a time they were "
                        "offered (for example " code { "2" } "), and watch both educators of that "
                        "visit get their confirmation. " code { "STOP" } ", " code { "HELP" }
                        ", a new time or \"cancel\" work too, in each family's language."
                    }
                    p.hint {
                        "A family that prefers calls gets a phone call instead: press "
                        "\"Answer the call\" on their phone, hear the times in their language, "
                        "and press a key (1, 2 or 3 for a time, 9 for not now, 0 for a person)."
                    }
                }
                main {
                    @for person in people {
                        (card(person, messages))
                    }
                }
                script { (PreEscaped(SCRIPT)) }
            }
        }
    }
}

fn card(person: &Person, messages: &[SimMessage]) -> Markup {
    let first_language = person.language.split(';').next().unwrap_or("en");
    let language = LanguageTag::parse(first_language).unwrap_or_else(|_| LanguageTag::english());
    let dir = if language.is_rtl() { "rtl" } else { "ltr" };
    let is_family = person.kind == "family";
    let role = if is_family {
        let mut role = format!("Family · {}", language.english_name());
        if person.contact == "voice" {
            role.push_str(" · prefers calls");
        }
        role
    } else {
        let languages: Vec<String> = person
            .detail
            .split(';')
            .filter_map(|l| LanguageTag::parse(l).ok())
            .map(|l| l.english_name())
            .collect();
        let role = if person.contact == "interpreter" {
            "Interpreter"
        } else {
            "Educator"
        };
        format!("{role} · speaks {}", languages.join(", "))
    };
    html! {
        section.phone.(person.kind) id=(anchor(&person.phone)) data-phone=(person.phone) {
            div.who {
                h2 { (person.name) }
                p.role { (role) }
                p.number {
                    (person.phone)
                    @if let Some(token) = &person.calendar_token {
                        " · " a href={ "/calendar/" (token) ".ics" } { "calendar feed" }
                    }
                    @if is_family && !person.detail.is_empty() {
                        @if person.detail.contains(", ") {
                            " · students: " (person.detail)
                        } @else {
                            " · student: " (person.detail)
                        }
                    }
                }
            }
            ol.thread lang=(language.to_string()) dir=(dir) {
                @for m in messages.iter().filter(|m| m.phone == person.phone) {
                    (bubble(m))
                }
            }
            @if is_family && person.contact == "voice" {
                form.keypad method="post" action="/simulator/call"
                    aria-label={ "Phone call keypad of " (person.name) } {
                    input type="hidden" name="phone" value=(person.phone);
                    button.answer type="submit" name="key" value="answer" { "📞 Answer the call" }
                    div.keys {
                        @for key in ["1", "2", "3", "4", "5", "6", "7", "8", "9", "0"] {
                            button type="submit" name="key" value=(key)
                                aria-label={ "Press " (key) } { (key) }
                        }
                    }
                }
            }
            form.reply method="post" action="/simulator/reply" {
                input type="hidden" name="phone" value=(person.phone);
                input type="text" name="body" lang=(language.to_string()) dir="auto"
                    autocomplete="off" maxlength=(MAX_REPLY_CHARS)
                    aria-label={ "Reply as " (person.name) }
                    placeholder={ "Reply as " (person.name) };
                button type="submit" { "Send" }
            }
        }
    }
}

fn bubble(m: &SimMessage) -> Markup {
    let class = if m.direction == simulator::TO_PHONE {
        "msg in"
    } else {
        "msg out"
    };
    html! {
        li class=(class) data-id=(m.id) {
            div.body dir="auto" { (m.body) }
            div.meta {
                time data-at=(m.created_at) {}
                " "
                span.status { (m.status) }
            }
        }
    }
}

const STYLE: &str = r#"
:root { font-family: system-ui, sans-serif; color: #1d2330; background: #eef1f5; }
body { margin: 0; }
header { padding: 1rem 1.5rem 0.5rem; max-width: 70rem; }
h1 { margin: 0 0 0.3rem; font-size: 1.5rem; }
header p { margin: 0.3rem 0; line-height: 1.4; }
.keypad { display: flex; flex-wrap: wrap; gap: 0.3rem; align-items: center; margin: 0.4rem 0; }
.keypad .keys { display: grid; grid-template-columns: repeat(5, 2.2rem); gap: 0.25rem; }
.keypad button { font-size: 1rem; padding: 0.3rem; border-radius: 0.4rem; border: 1px solid #9aa3b2; background: #fff; }
.keypad .answer { background: #1f7a3a; color: #fff; border-color: #1f7a3a; padding: 0.3rem 0.7rem; }
.hint { background: #fff7d6; border-radius: 6px; padding: 0.5rem 0.75rem; }
main { display: grid; grid-template-columns: repeat(auto-fill, minmax(20rem, 1fr));
       gap: 1rem; padding: 1rem 1.5rem 2rem; }
.phone { background: #fff; border-radius: 14px; box-shadow: 0 1px 4px rgb(0 0 0 / 15%);
         display: flex; flex-direction: column; height: 30rem; }
.phone.educator { background: #f8fbf6; }
.who { padding: 0.6rem 0.9rem; border-bottom: 1px solid #e2e6ec; }
.who h2 { margin: 0; font-size: 1.05rem; }
.who p { margin: 0.1rem 0 0; font-size: 0.8rem; color: #5a6473; }
.thread { list-style: none; margin: 0; padding: 0.6rem; overflow-y: auto; flex: 1;
          display: flex; flex-direction: column; gap: 0.4rem; }
.msg { max-width: 85%; padding: 0.45rem 0.65rem; border-radius: 12px; font-size: 0.9rem; }
.msg .body { white-space: pre-wrap; overflow-wrap: anywhere; }
.msg.in { align-self: flex-start; background: #e7eaf0; }
.msg.out { align-self: flex-end; background: #2b6fd6; color: #fff; }
.meta { font-size: 0.7rem; opacity: 0.7; margin-top: 0.15rem; }
.reply { display: flex; gap: 0.4rem; padding: 0.6rem; border-top: 1px solid #e2e6ec; }
.reply input[type=text] { flex: 1; padding: 0.45rem; border: 1px solid #c5ccd6;
                          border-radius: 8px; font-size: 0.95rem; }
.reply button { padding: 0.45rem 0.9rem; border: 0; border-radius: 8px; background: #2b6fd6;
                color: #fff; font-size: 0.95rem; cursor: pointer; }
.reply button:disabled { opacity: 0.5; }
.error { color: #b00020; font-size: 0.8rem; padding: 0 0.6rem 0.4rem; }
"#;

const SCRIPT: &str = r#"
(function () {
  const phones = new Map();
  document.querySelectorAll('.phone').forEach(p => phones.set(p.dataset.phone, p));
  let last = Number(document.body.dataset.last);
  let pending = new Map();
  const settled = s => !['queued', 'accepted', 'sending', 'sent'].includes(s);
  const when = t => new Date(t * 1000).toLocaleString([], {weekday: 'short', hour: '2-digit', minute: '2-digit'});
  document.querySelectorAll('time[data-at]').forEach(t => { t.textContent = when(Number(t.dataset.at)); });
  document.querySelectorAll('.msg').forEach(li => {
    const s = li.querySelector('.status').textContent;
    if (!settled(s)) pending.set(Number(li.dataset.id), true);
  });
  function show(m) {
    let li = document.querySelector('.msg[data-id="' + m.id + '"]');
    if (li) { li.querySelector('.status').textContent = m.status; }
    else {
      const phone = phones.get(m.phone);
      if (!phone) return;
      li = document.createElement('li');
      li.className = 'msg ' + (m.direction === 'to_phone' ? 'in' : 'out');
      li.dataset.id = m.id;
      const body = document.createElement('div');
      body.className = 'body'; body.dir = 'auto'; body.textContent = m.body;
      const meta = document.createElement('div');
      meta.className = 'meta';
      const time = document.createElement('time');
      time.textContent = when(m.at);
      const status = document.createElement('span');
      status.className = 'status'; status.textContent = m.status;
      meta.append(time, ' ', status);
      li.append(body, meta);
      const thread = phone.querySelector('.thread');
      thread.append(li);
      thread.scrollTop = thread.scrollHeight;
    }
    if (settled(m.status)) pending.delete(m.id); else pending.set(m.id, true);
    last = Math.max(last, m.id);
  }
  async function fetchRange(after, until) {
    const q = '/simulator/messages?after=' + after + (until ? '&until=' + until : '');
    const r = await fetch(q, {cache: 'no-store'});
    if (r.ok) (await r.json()).forEach(show);
  }
  let polling = false;
  async function poll() {
    if (polling) return;
    polling = true;
    try {
      // The newest messages, and a few before them: on PostgreSQL a lower id can commit later.
      const recent = Math.max(0, last - 50);
      // Older messages still waiting for their delivery report.
      const older = [...pending.keys()].filter(id => id <= recent);
      if (older.length) await fetchRange(Math.min(...older) - 1, recent);
      await fetchRange(recent);
    } catch (e) { /* the server restarted; try again */ }
    polling = false;
  }
  document.querySelectorAll('.thread').forEach(t => { t.scrollTop = t.scrollHeight; });
  document.querySelectorAll('form.reply').forEach(form => {
    form.addEventListener('submit', async e => {
      e.preventDefault();
      const input = form.querySelector('input[name=body]');
      const button = form.querySelector('button');
      const body = input.value.trim();
      if (!body) return;
      button.disabled = true;
      let error = form.parentElement.querySelector('.error');
      if (error) error.remove();
      try {
        const r = await fetch('/simulator/reply', {
          method: 'POST',
          headers: {'Accept': 'application/json'},
          body: new URLSearchParams({phone: form.phone.value, body: body}),
        });
        if (!r.ok) throw new Error(await r.text());
        input.value = '';
      } catch (err) {
        error = document.createElement('p');
        error.className = 'error';
        error.textContent = 'Not sent: ' + err.message;
        form.after(error);
      }
      button.disabled = false;
      await poll();
    });
  });
  setInterval(poll, 1000);
})();
"#;

#[cfg(test)]
mod tests {
    use super::*;
    use axum::http::HeaderValue;

    fn headers(pairs: &[(&'static str, &'static str)]) -> HeaderMap {
        let mut map = HeaderMap::new();
        for (name, value) in pairs {
            map.insert(*name, HeaderValue::from_static(value));
        }
        map
    }

    fn local() -> SocketAddr {
        "127.0.0.1:50000".parse().unwrap()
    }

    #[test]
    fn this_machine_talking_directly_is_let_in() {
        for host in [
            "127.0.0.1:3000",
            "localhost:3000",
            "[::1]:3000",
            "localhost",
        ] {
            assert!(
                this_machine_only(local(), &headers(&[("host", host)])).is_ok(),
                "{host}"
            );
        }
        let browser = headers(&[
            ("host", "127.0.0.1:3000"),
            ("origin", "http://127.0.0.1:3000"),
            ("sec-fetch-site", "same-origin"),
        ]);
        assert!(this_machine_only(local(), &browser).is_ok());
        let mapped: SocketAddr = "[::ffff:127.0.0.1]:50000".parse().unwrap();
        assert!(this_machine_only(mapped, &headers(&[("host", "127.0.0.1:3000")])).is_ok());
    }

    #[test]
    fn other_machines_other_sites_and_proxies_are_refused() {
        let host = ("host", "127.0.0.1:3000");
        let far: SocketAddr = "192.0.2.7:50000".parse().unwrap();
        assert!(this_machine_only(far, &headers(&[host])).is_err());
        assert!(
            this_machine_only(local(), &headers(&[])).is_err(),
            "no Host"
        );
        // DNS rebinding: a page from another name that resolves to 127.0.0.1.
        assert!(
            this_machine_only(local(), &headers(&[("host", "attacker.example:3000")])).is_err()
        );
        // Another site's page posting a form here.
        assert!(
            this_machine_only(
                local(),
                &headers(&[host, ("origin", "http://evil.example")])
            )
            .is_err()
        );
        assert!(
            this_machine_only(local(), &headers(&[host, ("sec-fetch-site", "cross-site")]))
                .is_err()
        );
        assert!(
            this_machine_only(
                local(),
                &headers(&[host, ("origin", "http://127.0.0.1:3001")])
            )
            .is_err(),
            "another port is another origin"
        );
        // A reverse proxy on this machine makes every peer loopback.
        assert!(
            this_machine_only(
                local(),
                &headers(&[host, ("x-forwarded-for", "198.51.100.1")])
            )
            .is_err()
        );
        assert!(
            this_machine_only(
                local(),
                &headers(&[host, ("forwarded", "for=198.51.100.1")])
            )
            .is_err()
        );
    }
}
