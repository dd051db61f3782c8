//! The SMS channel adapter: inbound texts (`/twilio/sms`) and delivery status callbacks
//! (`/twilio/status`). It authenticates and stores; `inbound` decides; this renders the
//! outcome as TwiML `<Message>`s. [`SignedForm`] is the extractor every provider webhook
//! (texts and calls) takes, so no handler can forget the signature check.
//!
//! Order of work, as `CONTRACT.md` fixes it: a body over 64 KiB is refused (413) by the body
//! limit before anything reads it; a body that is not a UTF-8 form is 400; a bad or missing
//! `X-Twilio-Signature` is 403 — checked against `HOMEVISIT_PUBLIC_URL` and the raw path and
//! query, never against `Host` or `X-Forwarded-*`; a signed request without `From` or
//! `MessageSid` is 400. None of these stores anything. Then the text is stored (unique on
//! `MessageSid`, so a retry changes nothing) and handled in the same transaction.

use axum::extract::{FromRequest, OriginalUri, Request};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::{AppState, Error};
use crate::domain::phone::mask;
use crate::engine;
use crate::i18n::segments;
use crate::inbound::{self, Channel, Inbound, Said};
use crate::provider::{signature, twiml};
use crate::store::{self, Tx, messages, opt_outs};

/// Form parameters of a webhook, in the order received.
pub struct Form(Vec<(String, String)>);

impl Form {
    pub fn get(&self, name: &str) -> Option<&str> {
        self.0
            .iter()
            .find(|(k, _)| k == name)
            .map(|(_, v)| v.as_str())
    }

    /// A parameter that must be present and not empty: otherwise 400 naming it.
    pub fn required(&self, name: &str) -> Result<&str, Error> {
        self.get(name)
            .filter(|v| !v.is_empty())
            .ok_or_else(|| Error::BadRequest(format!("{name} is missing")))
    }
}

/// Parses and authenticates a webhook body.
pub fn verified_form(
    state: &AppState,
    uri: &axum::http::Uri,
    headers: &axum::http::HeaderMap,
    body: &[u8],
) -> Result<Form, Error> {
    let params =
        signature::parse_form(body).map_err(|e| Error::BadRequest(format!("not a form: {e}")))?;
    let given = headers
        .get(signature::HEADER)
        .and_then(|v| v.to_str().ok())
        .ok_or(Error::Forbidden)?;
    let path_and_query = uri
        .path_and_query()
        .map(|p| p.as_str())
        .unwrap_or(uri.path());
    let url = signature::expected_url(&state.config.public_url, path_and_query);
    if !signature::validate(&state.webhook_token, &url, &params, given) {
        tracing::warn!(
            path = uri.path(),
            "webhook signature does not match; refused"
        );
        return Err(Error::Forbidden);
    }
    Ok(Form(params))
}

/// A webhook's form, parsed and authenticated (see [`verified_form`]): the extractor every
/// provider webhook takes, and `OriginalUri` keeps the path as the provider signed it even
/// when the router is nested.
pub struct SignedForm(pub Form);

impl FromRequest<AppState> for SignedForm {
    type Rejection = Error;

    async fn from_request(request: Request, state: &AppState) -> Result<Self, Error> {
        let uri = match request.extensions().get::<OriginalUri>() {
            Some(OriginalUri(uri)) => uri.clone(),
            None => request.uri().clone(),
        };
        let headers = request.headers().clone();
        let body = axum::body::Bytes::from_request(request, state)
            .await
            .map_err(|e| {
                if e.status() == axum::http::StatusCode::PAYLOAD_TOO_LARGE {
                    Error::TooLarge
                } else {
                    Error::BadRequest(format!("cannot read the body: {e}"))
                }
            })?;
        verified_form(state, &uri, &headers, &body).map(SignedForm)
    }
}

fn twiml_response(replies: &[String]) -> Response {
    (
        [(header::CONTENT_TYPE, twiml::CONTENT_TYPE)],
        twiml::messages(replies),
    )
        .into_response()
}

/// `POST /twilio/sms`: a text from a family, an educator, or someone we don't know.
pub async fn sms(
    axum::extract::State(state): axum::extract::State<AppState>,
    SignedForm(form): SignedForm,
) -> Result<Response, Error> {
    let from = form.required("From")?.to_string();
    let sid = form.required("MessageSid")?.to_string();
    let text = form.get("Body").unwrap_or("").to_string();
    let provider = inbound::provider_keyword(form.get("OptOutType"));
    let now = state.clock.now();
    let span = tracing::info_span!("sms", from = %mask(&from), sid);
    // Stored and handled in one transaction, answered once it is committed (on SQLite
    // together with the other webhooks waiting then: `store::writer`).
    let replies = state
        .write(span, move |tx, state| {
            Box::pin(async move {
                let parts = segments::count(&text).parts as i64;
                let Some(message_id) =
                    messages::insert_inbound(tx, &sid, &from, &text, parts, now).await?
                else {
                    crate::metrics::inbound(crate::metrics::Inbound::Duplicate);
                    tracing::info!("repeated MessageSid: already handled");
                    return Ok(Vec::new());
                };
                let event = Inbound {
                    message_id,
                    from,
                    said: Said::Text(text),
                    provider,
                    channel: Channel::Sms,
                };
                Ok(inbound::handle(tx, &state.env(now), &event).await?.replies)
            })
        })
        .await?;
    Ok(twiml_response(&replies))
}

/// `POST /twilio/status`: a delivery status. Never moves a message backwards; settles a send
/// whose answer never came (our message id is in the callback URL); 21610 opts the family out.
pub async fn status(
    axum::extract::State(state): axum::extract::State<AppState>,
    OriginalUri(uri): OriginalUri,
    SignedForm(form): SignedForm,
) -> Result<Response, Error> {
    let sid = form.required("MessageSid")?;
    let status = form.required("MessageStatus")?;
    let code = form
        .get("ErrorCode")
        .and_then(|c| c.trim().parse::<i64>().ok())
        .filter(|c| *c != 0);
    let ours = uri
        .query()
        .and_then(|q| q.split('&').find_map(|kv| kv.strip_prefix("m=")))
        .and_then(|m| m.parse::<i64>().ok());
    let now = state.clock.now();
    let (sid, status) = (sid.to_string(), status.to_string());
    let span = tracing::info_span!("status", sid);
    state
        .write(span, move |tx, state| {
            Box::pin(async move { settle(tx, state, &sid, ours, &status, code, now).await })
        })
        .await?;
    Ok(twiml_response(&[]))
}

/// Records a text's delivery status and what it implies (see [`status`]).
async fn settle(
    tx: &mut Tx,
    state: &AppState,
    sid: &str,
    ours: Option<i64>,
    status: &str,
    code: Option<i64>,
    now: chrono::DateTime<chrono::Utc>,
) -> store::Result<()> {
    let settled = messages::apply_status(tx, sid, ours, status, code, now).await?;
    let env = state.env(now);
    if let (Some(family_id), Some(engine::UNDELIVERABLE_TO_LANDLINE)) =
        (settled.as_ref().and_then(|s| s.family_id), code)
    {
        engine::texts_undeliverable(tx, &env, family_id).await?;
    }
    let mut opted_out = settled.filter(|s| s.opted_out);
    if let Some(settled) = &opted_out {
        // Signatures carry no timestamp: a replayed (or very late) 21610 about a text queued
        // before the phone's START must not opt it out again.
        let since = opt_outs::last_opt_in(tx, &settled.phone).await?;
        if since.is_some_and(|t| t > settled.queued_at) {
            tracing::info!("a 21610 about a text from before the phone's START: ignored");
            opted_out = None;
        }
    }
    if let Some(settled) = opted_out {
        if let Some(family_id) = settled.family_id {
            engine::provider_opt_out(tx, &env, family_id).await?;
        }
        // The phone is blocked for everyone who uses it.
        engine::stop_phone(tx, &settled.phone, opt_outs::Source::Provider, now).await?;
    }
    Ok(())
}
