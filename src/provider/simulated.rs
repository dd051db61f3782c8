//! The simulated provider: phones that live in the database, for the demo and for trying
//! homevisit without a provider account (`TWILIO_ACCOUNT_SID`/`TWILIO_AUTH_TOKEN` unset).
//!
//! It plays the provider's side of the wire and nothing else, so every other part of homevisit
//! runs exactly as in production:
//! - **Outbound**: the outbound queue hands it a text as it would hand one to Twilio. It stores
//!   the text on the recipient's simulated phone (`sim_messages`) with a Twilio-shaped sid,
//!   answers `queued`, then posts signed `sent` and `delivered` status callbacks to the
//!   callback URL, through the same `/twilio/status` webhook a real provider calls.
//! - **Inbound**: a reply typed in the simulator is stored on the phone, then posted to
//!   `/twilio/sms` as Twilio's form with a valid `X-Twilio-Signature`, and the TwiML answer's
//!   `<Message>`s are delivered back to the phone, as Twilio would.
//!
//! Webhooks are signed against `HOMEVISIT_PUBLIC_URL`, as a real provider signs them, but sent
//! to the address the service really listens on, so the simulator works behind any public URL.

use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::{Duration, Instant};

use rand::RngCore;

use super::signature;
use super::twilio::{Lookup, SendOutcome};
use crate::clock::Clock;
use crate::i18n::segments;

/// Homevisit texted the simulated phone.
pub const TO_PHONE: &str = "to_phone";
/// The simulated phone texted homevisit.
pub const FROM_PHONE: &str = "from_phone";

/// A future the phones' storage answers with (the trait is used as `dyn`).
pub type StoreFuture<'a, T> =
    std::pin::Pin<Box<dyn std::future::Future<Output = Result<T, String>> + Send + 'a>>;

/// Where the simulated phones keep their texts. The provider layer never imports `store/`:
/// `store::simulator` implements this for the database, and `app` hands it in.
pub trait PhoneStore: Send + Sync {
    /// Records a text on the simulated phone `phone` (`direction`: [`TO_PHONE`] or
    /// [`FROM_PHONE`]).
    fn insert<'a>(
        &'a self,
        phone: &'a str,
        direction: &'static str,
        body: &'a str,
        sid: &'a str,
        status: &'a str,
        at: i64,
    ) -> StoreFuture<'a, ()>;
    /// Moves a text to `status` (the simulated carrier's delivery report).
    fn set_status<'a>(&'a self, sid: &'a str, status: &'a str) -> StoreFuture<'a, ()>;
    /// A text homevisit sent to `phone` with this `body` at or after `since`: its sid and
    /// status (the provider's message list, for a send whose answer was lost).
    fn find<'a>(
        &'a self,
        phone: &'a str,
        body: &'a str,
        since: i64,
    ) -> StoreFuture<'a, Option<(String, String)>>;
}

/// What a simulated phone shows for a call from homevisit.
pub const CALL_BODY: &str = "📞 Call from the school";

/// The number the simulated phones see homevisit's texts come from.
pub const NUMBER: &str = "+12015550100";
/// The simulated account (Twilio's shape: `AC` and 32 hex digits).
pub const ACCOUNT_SID: &str = "AC00000000000000000000000000000000";
/// How long the simulated carrier takes to report `sent`, then `delivered`.
const CARRIER_DELAY: Duration = Duration::from_millis(250);

/// Why a simulated phone's text could not be handed to homevisit.
#[derive(Debug, thiserror::Error)]
pub enum SimError {
    #[error("cannot store the simulated text: {0}")]
    Store(String),
    #[error("homevisit did not answer the webhook: {0}")]
    Http(#[from] reqwest::Error),
    #[error("homevisit answered the webhook with {0}")]
    Status(reqwest::StatusCode),
    #[error("no call is going on with this phone")]
    NoCall,
    #[error("homevisit's answer is not TwiML: {0}")]
    Twiml(#[from] roxmltree::Error),
}

/// The simulated provider. Cheap to clone.
#[derive(Clone)]
pub struct SimulatedProvider {
    inner: Arc<Inner>,
}

struct Inner {
    phones: Arc<dyn PhoneStore>,
    clock: Arc<dyn Clock>,
    http: reqwest::Client,
    /// The key webhooks are signed with (the service's `webhook_token`).
    auth_token: String,
    /// `HOMEVISIT_PUBLIC_URL`: what signatures cover.
    public_url: String,
    /// `http://` + the address the service listens on: where requests really go.
    local_url: String,
    /// Delivery reports not yet posted (the service waits for them when it stops).
    reporting: AtomicUsize,
    /// Calls placed to the simulated phones and not yet ended, by call sid.
    calls: std::sync::Mutex<std::collections::HashMap<String, SimCall>>,
}

/// A call ringing (or answered) on a simulated phone.
#[derive(Debug, Clone)]
pub struct SimCall {
    pub sid: String,
    pub to: String,
    /// Where the call's TwiML is fetched when it is answered.
    pub url: String,
    pub status_callback: String,
    /// The `<Gather>` action of the last prompt, once answered.
    pub action: Option<String>,
    /// What the call said so far.
    pub said: Vec<String>,
}

impl std::fmt::Debug for SimulatedProvider {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("SimulatedProvider")
            .field("public_url", &self.inner.public_url)
            .field("local_url", &self.inner.local_url)
            .finish()
    }
}

impl SimulatedProvider {
    pub fn new(
        phones: Arc<dyn PhoneStore>,
        clock: Arc<dyn Clock>,
        auth_token: &str,
        public_url: &str,
        local_url: &str,
    ) -> SimulatedProvider {
        SimulatedProvider {
            inner: Arc::new(Inner {
                phones,
                clock,
                http: reqwest::Client::builder()
                    .timeout(Duration::from_secs(30))
                    .build()
                    .unwrap_or_else(|e| {
                        // Only a TLS back-end that cannot start fails here; say so rather
                        // than lose the timeout silently.
                        tracing::error!(error = %e, "simulated provider: HTTP client without its 30 s timeout");
                        reqwest::Client::new()
                    }),
                auth_token: auth_token.to_string(),
                public_url: public_url.trim_end_matches('/').to_string(),
                local_url: local_url.trim_end_matches('/').to_string(),
                reporting: AtomicUsize::new(0),
                calls: std::sync::Mutex::new(std::collections::HashMap::new()),
            }),
        }
    }

    /// Delivers a text to the simulated phone `to`, as the provider's `POST …/Messages.json`
    /// would accept it; the delivery reports follow as status callbacks.
    pub async fn send(&self, to: &str, body: &str, status_callback: Option<&str>) -> SendOutcome {
        let sid = new_sid("SM");
        let now = self.inner.clock.now().timestamp();
        if let Err(e) = self
            .inner
            .phones
            .insert(to, TO_PHONE, body, &sid, "queued", now)
            .await
        {
            return SendOutcome::Retry {
                code: None,
                reason: format!("simulated provider: {e}"),
            };
        }
        if let Some(url) = status_callback {
            let this = self.clone();
            let (sid, to, url) = (sid.clone(), to.to_string(), url.to_string());
            self.inner.reporting.fetch_add(1, Ordering::SeqCst);
            tokio::spawn(async move {
                this.report_delivery(&sid, &to, &url).await;
                this.inner.reporting.fetch_sub(1, Ordering::SeqCst);
            });
        }
        SendOutcome::Accepted {
            sid,
            status: "queued".into(),
            segments: Some(segments::count(body).parts as u32),
        }
    }

    /// Rings the simulated phone `to`, as the provider's `POST …/Calls.json` would accept a
    /// call: it waits in `/simulator` until someone answers it there.
    pub async fn call(&self, to: &str, url: &str, status_callback: &str) -> SendOutcome {
        let sid = new_sid("CA");
        let now = self.inner.clock.now().timestamp();
        if let Err(e) = self
            .inner
            .phones
            .insert(to, TO_PHONE, CALL_BODY, &sid, "ringing", now)
            .await
        {
            return SendOutcome::Retry {
                code: None,
                reason: format!("simulated provider: {e}"),
            };
        }
        self.calls().insert(
            sid.clone(),
            SimCall {
                sid: sid.clone(),
                to: to.to_string(),
                url: url.to_string(),
                status_callback: status_callback.to_string(),
                action: None,
                said: Vec::new(),
            },
        );
        SendOutcome::Accepted {
            sid,
            status: "queued".into(),
            segments: None,
        }
    }

    fn calls(&self) -> std::sync::MutexGuard<'_, std::collections::HashMap<String, SimCall>> {
        self.inner
            .calls
            .lock()
            .unwrap_or_else(std::sync::PoisonError::into_inner)
    }

    /// The call ringing or going on with the simulated phone `phone`, if any.
    pub fn call_on(&self, phone: &str) -> Option<SimCall> {
        self.calls().values().find(|c| c.to == phone).cloned()
    }

    /// Looks for a text sent to `to` with this `body` since `since`, as the provider's
    /// message list would.
    pub async fn find(&self, to: &str, body: &str, since: chrono::DateTime<chrono::Utc>) -> Lookup {
        let since = since.timestamp() - 60;
        match self.inner.phones.find(to, body, since).await {
            Ok(Some((sid, status))) => Lookup::Found {
                sid,
                status,
                error_code: None,
            },
            Ok(None) => Lookup::NotFound,
            Err(reason) => Lookup::Retry { reason },
        }
    }

    /// Waits (at most `within`) until every delivery report has been posted: called when the
    /// service stops, before its HTTP server does, so no text is left `queued` for ever.
    pub async fn settle(&self, within: Duration) {
        let deadline = Instant::now() + within;
        while self.inner.reporting.load(Ordering::SeqCst) > 0 && Instant::now() < deadline {
            tokio::time::sleep(Duration::from_millis(20)).await;
        }
    }

    /// The carrier's reports: `sent`, then `delivered`, each posted to the status callback.
    async fn report_delivery(&self, sid: &str, to: &str, url: &str) {
        for status in ["sent", "delivered"] {
            tokio::time::sleep(CARRIER_DELAY).await;
            if let Err(e) = self.inner.phones.set_status(sid, status).await {
                tracing::warn!(error = %e, sid, "simulated provider: cannot record the status");
                return;
            }
            let params = vec![
                ("SmsSid".to_string(), sid.to_string()),
                ("SmsStatus".to_string(), status.to_string()),
                ("MessageStatus".to_string(), status.to_string()),
                ("To".to_string(), to.to_string()),
                ("MessageSid".to_string(), sid.to_string()),
                ("AccountSid".to_string(), ACCOUNT_SID.to_string()),
                ("From".to_string(), NUMBER.to_string()),
                ("ApiVersion".to_string(), "2010-04-01".to_string()),
            ];
            if let Err(e) = self.post_signed(url, &params).await {
                tracing::warn!(error = %e, sid, "simulated provider: status callback failed");
                return;
            }
        }
    }

    /// A text typed on the simulated phone `from`: stored on the phone, posted to the SMS
    /// webhook as the provider would post it, and the answer's messages delivered back to the
    /// phone. Returns those messages.
    pub async fn receive(&self, from: &str, body: &str) -> Result<Vec<String>, SimError> {
        let sid = new_sid("SM");
        let phones = &self.inner.phones;
        let now = self.inner.clock.now().timestamp();
        phones
            .insert(from, FROM_PHONE, body, &sid, "received", now)
            .await
            .map_err(SimError::Store)?;
        let parts = segments::count(body).parts.to_string();
        let params: Vec<(String, String)> = [
            ("ToCountry", "US"),
            ("SmsMessageSid", sid.as_str()),
            ("NumMedia", "0"),
            ("SmsSid", sid.as_str()),
            ("SmsStatus", "received"),
            ("Body", body),
            ("To", NUMBER),
            ("NumSegments", parts.as_str()),
            ("MessageSid", sid.as_str()),
            ("AccountSid", ACCOUNT_SID),
            ("From", from),
            ("ApiVersion", "2010-04-01"),
        ]
        .into_iter()
        .map(|(k, v)| (k.to_string(), v.to_string()))
        .collect();
        let url = format!("{}/twilio/sms", self.inner.public_url);
        let twiml = self.post_signed(&url, &params).await?;
        let replies = twiml_messages(&twiml)?;
        for reply in &replies {
            let now = self.inner.clock.now().timestamp();
            let sid = new_sid("SM");
            phones
                .insert(from, TO_PHONE, reply, &sid, "delivered", now)
                .await
                .map_err(SimError::Store)?;
        }
        Ok(replies)
    }

    /// The simulated phone `phone` picks up the call ringing on it: the call's TwiML is
    /// fetched from its `Url` as the provider would (signed, `AnsweredBy=human`) and what it
    /// says is shown on the phone, one bubble per `<Say>` up to the first `<Gather>`.
    pub async fn answer(&self, phone: &str) -> Result<Vec<String>, SimError> {
        let call = self.call_on(phone).ok_or(SimError::NoCall)?;
        if call.action.is_some() {
            return Err(SimError::NoCall);
        }
        let mut params = call_params(&call, "in-progress");
        params.push(("AnsweredBy".into(), "human".into()));
        let twiml = self.post_signed(&call.url, &params).await?;
        self.hear(&call, &twiml).await
    }

    /// The simulated phone `phone` presses `digit` on the call going on with it.
    pub async fn press(&self, phone: &str, digit: char) -> Result<Vec<String>, SimError> {
        let call = self.call_on(phone).ok_or(SimError::NoCall)?;
        let action = call.action.clone().ok_or(SimError::NoCall)?;
        let now = self.inner.clock.now().timestamp();
        self.inner
            .phones
            .insert(
                phone,
                FROM_PHONE,
                &format!("🔢 {digit}"),
                &new_sid("KP"),
                "pressed",
                now,
            )
            .await
            .map_err(SimError::Store)?;
        let mut params = call_params(&call, "in-progress");
        params.push(("Digits".into(), digit.to_string()));
        let twiml = self.post_signed(&action, &params).await?;
        self.hear(&call, &twiml).await
    }

    /// Shows what a call's TwiML says on the phone and keeps its next `<Gather>`; a call with
    /// nothing more to ask ends (its `completed` status is posted, as the provider would).
    async fn hear(&self, call: &SimCall, twiml: &str) -> Result<Vec<String>, SimError> {
        let (said, action) = twiml_speech(twiml)?;
        for words in &said {
            let now = self.inner.clock.now().timestamp();
            self.inner
                .phones
                .insert(
                    &call.to,
                    TO_PHONE,
                    &format!("🔊 {words}"),
                    &new_sid("SP"),
                    "spoken",
                    now,
                )
                .await
                .map_err(SimError::Store)?;
        }
        match action {
            Some(action) => {
                if let Some(c) = self.calls().get_mut(&call.sid) {
                    c.action = Some(action);
                }
                let _ = self.inner.phones.set_status(&call.sid, "in-progress").await;
            }
            None => {
                self.calls().remove(&call.sid);
                let _ = self.inner.phones.set_status(&call.sid, "completed").await;
                let params = call_params(call, "completed");
                self.post_signed(&call.status_callback, &params).await?;
            }
        }
        Ok(said)
    }

    /// POSTs a form signed for `url` (a public URL) to the same path on the local address.
    async fn post_signed(
        &self,
        url: &str,
        params: &[(String, String)],
    ) -> Result<String, SimError> {
        let signature = signature::compute(&self.inner.auth_token, url, params);
        let target = match url.strip_prefix(&self.inner.public_url) {
            Some(path) => format!("{}{path}", self.inner.local_url),
            None => url.to_string(),
        };
        let response = self
            .inner
            .http
            .post(target)
            .header(signature::HEADER, signature)
            .form(params)
            .send()
            .await?;
        let status = response.status();
        if !status.is_success() {
            return Err(SimError::Status(status));
        }
        Ok(response.text().await?)
    }
}

/// The form the provider posts about a call we placed.
fn call_params(call: &SimCall, status: &str) -> Vec<(String, String)> {
    [
        ("AccountSid", ACCOUNT_SID),
        ("ApiVersion", "2010-04-01"),
        ("CallSid", call.sid.as_str()),
        ("CallStatus", status),
        ("Direction", "outbound-api"),
        ("From", NUMBER),
        ("To", call.to.as_str()),
    ]
    .into_iter()
    .map(|(k, v)| (k.to_string(), v.to_string()))
    .collect()
}

/// What a call's TwiML says before its first `<Gather>` returns (every `<Say>` outside a
/// `<Gather>` until then, and the first `<Gather>`'s own), and that `<Gather>`'s action. The
/// rest (said when no key is pressed) is not shown: the simulated caller always presses one.
pub fn twiml_speech(xml: &str) -> Result<(Vec<String>, Option<String>), roxmltree::Error> {
    let doc = roxmltree::Document::parse(xml)?;
    let mut said = Vec::new();
    for node in doc.root_element().children().filter(|n| n.is_element()) {
        match node.tag_name().name() {
            "Say" => said.push(node.text().unwrap_or("").to_string()),
            "Gather" => {
                said.extend(
                    node.children()
                        .filter(|n| n.has_tag_name("Say"))
                        .map(|n| n.text().unwrap_or("").to_string()),
                );
                return Ok((said, node.attribute("action").map(str::to_string)));
            }
            _ => {}
        }
    }
    Ok((said, None))
}

/// The bodies of a TwiML answer's `<Message>` verbs, in order.
pub fn twiml_messages(xml: &str) -> Result<Vec<String>, roxmltree::Error> {
    let doc = roxmltree::Document::parse(xml)?;
    Ok(doc
        .descendants()
        .filter(|n| n.has_tag_name("Message"))
        .map(|n| n.text().unwrap_or("").to_string())
        .filter(|body| !body.is_empty())
        .collect())
}

/// A Twilio-shaped sid: the prefix and 32 hex digits.
pub fn new_sid(prefix: &str) -> String {
    let mut bytes = [0u8; 16];
    rand::rngs::OsRng.fill_bytes(&mut bytes);
    let hex: String = bytes.iter().map(|b| format!("{b:02x}")).collect();
    format!("{prefix}{hex}")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::provider::twiml;

    #[test]
    fn reads_back_what_the_webhook_answers() {
        let bodies = vec![
            "Gracias <3 & \"hasta pronto\"".to_string(),
            "مرحبا".to_string(),
        ];
        assert_eq!(twiml_messages(&twiml::messages(&bodies)).unwrap(), bodies);
        assert!(twiml_messages(&twiml::empty()).unwrap().is_empty());
    }

    #[test]
    fn refuses_what_is_not_xml() {
        assert!(twiml_messages("<Response><Message>").is_err());
    }

    #[test]
    fn sids_look_like_twilio_sids() {
        let sid = new_sid("SM");
        assert_eq!(sid.len(), 34);
        assert!(sid.starts_with("SM"));
        assert!(sid[2..].chars().all(|c| c.is_ascii_hexdigit()));
        assert_ne!(sid, new_sid("SM"));
    }
}
