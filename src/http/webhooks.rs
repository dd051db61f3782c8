//! The provider's webhooks: inbound texts (`/twilio/sms`) and delivery status callbacks
//! (`/twilio/status`).
//!
//! Order of work, as `CONTRACT.md` fixes it: a body over 64 KiB is refused (413) by the body
//! limit before anything reads it; a body that is not a UTF-8 form is 400; a bad or missing
//! `X-Twilio-Signature` is 403 — checked against `HOMEVISIT_PUBLIC_URL` and the raw path and
//! query, never against `Host` or `X-Forwarded-*`; a signed request without `From` or
//! `MessageSid` is 400. None of these stores anything. Then the text is stored (unique on
//! `MessageSid`, so a retry changes nothing) and handled in the same transaction.

use axum::body::Bytes;
use axum::extract::{OriginalUri, State};
use axum::http::{HeaderMap, header};
use axum::response::{IntoResponse, Response};
use tracing::Instrument;

use super::{AppState, Error};
use crate::conversation::machine::Event;
use crate::conversation::messages::{EducatorMessage, FamilyMessage, VisitFacts};
use crate::conversation::understand::{Intent, understand};
use crate::domain::{Country, LanguageTag, Phone, phone::mask};
use crate::engine::{self, Delivery, Env, Household, Input, Outcome};
use crate::i18n::segments;
use crate::provider::{signature, twiml};
use crate::store::messages::{self, Party};
use crate::store::{self, Tx, educators, families, invitations, opt_outs, visits};

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
    headers: &HeaderMap,
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

fn twiml_response(replies: &[String]) -> Response {
    (
        [(header::CONTENT_TYPE, twiml::CONTENT_TYPE)],
        twiml::messages(replies),
    )
        .into_response()
}

/// `POST /twilio/sms`: a text from a family, an educator, or someone we don't know.
pub async fn sms(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Error> {
    let form = verified_form(&state, &uri, &headers, &body)?;
    let from = form.required("From")?;
    let sid = form.required("MessageSid")?;
    let text = form.get("Body").unwrap_or("");
    let provider = provider_keyword(form.get("OptOutType"));
    let now = state.clock.now();
    let span = tracing::info_span!("sms", from = %mask(from), sid);
    async {
        let mut tx = state.db.begin().await?;
        let parts = segments::count(text).parts as i64;
        let Some(inbound) = messages::insert_inbound(&mut tx, sid, from, text, parts, now).await?
        else {
            tx.rollback().await?;
            crate::metrics::inbound(crate::metrics::Inbound::Duplicate);
            tracing::info!("repeated MessageSid: already handled");
            return Ok(twiml_response(&[]));
        };
        let env = Env {
            config: &state.config,
            locales: &state.locales,
            now,
        };
        let replies = route(&mut tx, &env, inbound, from, text, provider).await?;
        tx.commit().await?;
        Ok(twiml_response(&replies))
    }
    .instrument(span)
    .await
}

/// Twilio's `OptOutType` (present when its own opt-out handling matched the text and already
/// answered): `STOP`, `START` or `HELP`. `None` when absent, empty, or a value we do not know.
pub fn provider_keyword(opt_out_type: Option<&str>) -> Option<Intent> {
    match opt_out_type?.trim().to_ascii_uppercase().as_str() {
        "STOP" => Some(Intent::Stop),
        "START" => Some(Intent::Start),
        "HELP" => Some(Intent::Help),
        _ => None,
    }
}

/// Decides who wrote and hands the text to the right path.
async fn route(
    tx: &mut Tx,
    env: &Env<'_>,
    inbound: i64,
    from: &str,
    text: &str,
    provider: Option<Intent>,
) -> Result<Vec<String>, Error> {
    let Ok(phone) = Phone::parse_e164(from) else {
        crate::metrics::inbound(crate::metrics::Inbound::Unknown);
        messages::to_inbox(
            tx,
            Party::default(),
            Some(inbound),
            "text from an unreadable number",
            env.now,
        )
        .await?;
        return Ok(Vec::new());
    };
    let staff = educators::by_phone(tx, phone.as_e164()).await?;
    if let Some(educator) = staff.first() {
        crate::metrics::inbound(crate::metrics::Inbound::Educator);
        if let Some(replies) = educator_compliance(tx, env, &staff, inbound, text, provider).await?
        {
            return Ok(replies);
        }
        return educator_text(tx, env, educator, inbound, text).await;
    }
    let mut best: Option<(families::Family, Option<invitations::Invitation>)> = None;
    for family in families::by_phone(tx, phone.as_e164()).await? {
        let invitation = invitations::latest_for_family(tx, family.id).await?;
        let newer = match (&best, &invitation) {
            (None, _) => true,
            (Some((_, None)), Some(_)) => true,
            (Some((_, Some(a))), Some(b)) => b.campaign_id > a.campaign_id,
            _ => false,
        };
        if newer {
            best = Some((family, invitation));
        }
    }
    let Some((family, invitation)) = best else {
        crate::metrics::inbound(crate::metrics::Inbound::Unknown);
        return unknown_sender(tx, env, inbound, &phone, text, provider).await;
    };
    let home = Household::load(tx, family).await?;
    let outcome = match invitation {
        Some(invitation) => {
            let input = Input::Reply {
                text: text.to_string(),
                provider,
            };
            let outcome = engine::run(
                tx,
                env,
                &home,
                &invitation,
                input,
                Delivery::Reply,
                Some(inbound),
            )
            .await?;
            invitations::mark_replied(tx, invitation.id, env.now).await?;
            outcome
        }
        None => no_campaign_yet(tx, env, &home, inbound, text, provider).await?,
    };
    let intent = outcome.intent.map(Intent::name);
    crate::metrics::family_reply(intent);
    let party = Party {
        school_id: Some(home.school.id),
        family_id: Some(home.family.id),
        educator_id: None,
    };
    messages::annotate_inbound(tx, inbound, party, intent).await?;
    Ok(outcome.replies)
}

/// A family on a roster that no campaign has invited yet: compliance words work, anything
/// else is kept for a coordinator.
async fn no_campaign_yet(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    inbound: i64,
    text: &str,
    provider: Option<Intent>,
) -> Result<Outcome, Error> {
    let provider_answered = provider.is_some();
    let intent = provider.unwrap_or_else(|| understand(text, &home.family.language_tag(), 0));
    let mut outcome = Outcome {
        intent: Some(intent),
        ..Outcome::default()
    };
    let opted_out = opt_outs::is_opted_out(tx, &home.family.phone).await?;
    let party = Party {
        school_id: Some(home.school.id),
        family_id: Some(home.family.id),
        educator_id: None,
    };
    let reply = match intent {
        Intent::Stop => {
            let source = stop_source(text, &home.family.language_tag(), provider);
            engine::stop_phone(tx, &home.family.phone, source, env.now).await?;
            if source == opt_outs::Source::Sentence {
                messages::to_inbox(tx, party, Some(inbound), SENTENCE_STOP, env.now).await?;
            }
            (!opted_out && !provider_answered).then_some(FamilyMessage::StopConfirmation)
        }
        Intent::Start => {
            engine::start_phone(tx, &home.family.phone, env.now).await?;
            (!provider_answered).then_some(FamilyMessage::StartConfirmation)
        }
        Intent::Help => (!provider_answered).then(|| FamilyMessage::Help {
            program: env.config.program_name.clone(),
            contact: home
                .school
                .contact
                .clone()
                .unwrap_or_else(|| home.school.name.clone()),
        }),
        _ if opted_out => None,
        _ => {
            messages::to_inbox(
                tx,
                party,
                Some(inbound),
                "family text before any campaign",
                env.now,
            )
            .await?;
            Some(FamilyMessage::Handoff)
        }
    };
    if let Some(message) = reply {
        engine::send_family(tx, env, home, &message, Delivery::Reply, &mut outcome).await?;
    }
    Ok(outcome)
}

/// The inbox note for a plain-language STOP.
const SENTENCE_STOP: &str = "a plain-language request to stop was taken as STOP: no more texts reach this number until it texts START";

/// How an opt-out came: the provider's own handling, a sentence ("please stop texting me",
/// which a coordinator is told of), or a keyword.
fn stop_source(text: &str, language: &LanguageTag, provider: Option<Intent>) -> opt_outs::Source {
    if provider.is_some() {
        opt_outs::Source::Provider
    } else if crate::conversation::understand::stop_by_sentence(text, language) {
        opt_outs::Source::Sentence
    } else {
        opt_outs::Source::Reply
    }
}

/// What a text from a number on no roster asks for, in any shipped language: STOP, START and
/// HELP are honoured whoever sends them (a STOP is kept for the phone, so a family imported
/// later with it is not texted).
fn compliance_in_any_language(text: &str) -> Option<Intent> {
    let english = understand(text, &LanguageTag::english(), 0);
    if matches!(english, Intent::Stop | Intent::Start | Intent::Help) {
        return Some(english);
    }
    crate::i18n::negotiate::SHIPPED
        .iter()
        .filter_map(|tag| LanguageTag::parse(tag).ok())
        .map(|tag| understand(text, &tag, 0))
        .find(|i| *i == Intent::Stop)
}

/// Someone we don't know: STOP, START and HELP work; anything else gets one short answer
/// naming the program, once per number.
async fn unknown_sender(
    tx: &mut Tx,
    env: &Env<'_>,
    inbound: i64,
    phone: &Phone,
    text: &str,
    provider: Option<Intent>,
) -> Result<Vec<String>, Error> {
    let said = provider.or_else(|| compliance_in_any_language(text));
    let answer = match said {
        Some(Intent::Stop) => {
            let source = stop_source(text, &LanguageTag::english(), provider);
            let new = engine::stop_phone(tx, phone.as_e164(), source, env.now).await?;
            messages::annotate_inbound(tx, inbound, Party::default(), Some("stop")).await?;
            (new && provider.is_none()).then_some(FamilyMessage::StopConfirmation)
        }
        Some(Intent::Start) => {
            engine::start_phone(tx, phone.as_e164(), env.now).await?;
            messages::annotate_inbound(tx, inbound, Party::default(), Some("start")).await?;
            provider
                .is_none()
                .then_some(FamilyMessage::StartConfirmation)
        }
        Some(Intent::Help) => {
            messages::annotate_inbound(tx, inbound, Party::default(), Some("help")).await?;
            provider.is_none().then(|| FamilyMessage::Help {
                program: env.config.program_name.clone(),
                contact: "your child's school".into(),
            })
        }
        _ => None,
    };
    if said.is_some() {
        let Some(message) = answer else {
            return Ok(Vec::new());
        };
        let body = env.locales.family(
            &LanguageTag::english(),
            chrono_tz::UTC,
            crate::domain::Country::default(),
            &message,
        );
        let parts = segments::count(&body).parts as i64;
        messages::record_reply(tx, Party::default(), phone.as_e164(), &body, parts, env.now)
            .await?;
        return Ok(vec![body]);
    }
    if opt_outs::is_opted_out(tx, phone.as_e164()).await? {
        messages::to_inbox(
            tx,
            Party::default(),
            Some(inbound),
            "text from an unknown number that opted out",
            env.now,
        )
        .await?;
        return Ok(Vec::new());
    }
    messages::to_inbox(
        tx,
        Party::default(),
        Some(inbound),
        "text from an unknown number",
        env.now,
    )
    .await?;
    if !messages::first_time_unknown(tx, phone.as_e164(), env.now).await? {
        return Ok(Vec::new());
    }
    let message = FamilyMessage::UnknownSender {
        program: env.config.program_name.clone(),
        contact: "your child's school".into(),
    };
    let body = env.locales.family(
        &LanguageTag::english(),
        chrono_tz::UTC,
        Country::default(),
        &message,
    );
    let parts = segments::count(&body).parts as i64;
    messages::record_reply(tx, Party::default(), phone.as_e164(), &body, parts, env.now).await?;
    Ok(vec![body])
}

/// `POST /twilio/status`: a delivery status. Never moves a message backwards; settles a send
/// whose answer never came (our message id is in the callback URL); 21610 opts the family out.
pub async fn status(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    headers: HeaderMap,
    body: Bytes,
) -> Result<Response, Error> {
    let form = verified_form(&state, &uri, &headers, &body)?;
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
    let mut tx = state.db.begin().await?;
    let settled =
        crate::store::messages::apply_status(&mut tx, sid, ours, status, code, now).await?;
    let mut opted_out = settled.filter(|s| s.opted_out);
    if let Some(settled) = &opted_out {
        // Signatures carry no timestamp: a replayed (or very late) 21610 about a text queued
        // before the phone's START must not opt it out again.
        let since = opt_outs::last_opt_in(&mut tx, &settled.phone).await?;
        if since.is_some_and(|t| t > settled.queued_at) {
            tracing::info!("a 21610 about a text from before the phone's START: ignored");
            opted_out = None;
        }
    }
    if let Some(settled) = opted_out {
        if let Some(family_id) = settled.family_id {
            let env = Env {
                config: &state.config,
                locales: &state.locales,
                now,
            };
            engine::provider_opt_out(&mut tx, &env, family_id).await?;
        }
        // The phone is blocked for everyone who uses it.
        engine::stop_phone(&mut tx, &settled.phone, opt_outs::Source::Provider, now).await?;
    }
    tx.commit().await?;
    Ok(twiml_response(&[]))
}

/// What an educator's text asks for: `DONE` after a visit, `CANT` (with a reason) before one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EducatorWord {
    Done,
    Cant,
    Other,
}

impl EducatorWord {
    /// The name stored with the text.
    pub fn name(self) -> &'static str {
        match self {
            EducatorWord::Done => "done",
            EducatorWord::Cant => "cant",
            EducatorWord::Other => "other",
        }
    }
}

/// Reads an educator's text: the first word decides (`done`, `Done!`, `CANT — sick`,
/// `can't make it`).
pub fn educator_word(text: &str) -> EducatorWord {
    let first: String = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_uppercase();
    match first.as_str() {
        "DONE" => EducatorWord::Done,
        "CANT" | "CANNOT" => EducatorWord::Cant,
        _ => EducatorWord::Other,
    }
}

/// STOP, START and HELP from an educator (carrier rules hold for staff too), when they are
/// the whole text: "take me off" from an educator may be about a visit, so it goes to the
/// inbox. STOP blocks the phone (the sender sends nothing to a phone anyone opted out with,
/// educator or family) until START, cancels what is queued for it, and tells each school's
/// coordinator, since the educator will hear of no new visit; it is confirmed once. HELP
/// answers like a family's. With `OptOutType` the provider has answered already. `None` for
/// anything else.
async fn educator_compliance(
    tx: &mut Tx,
    env: &Env<'_>,
    staff: &[educators::Educator],
    inbound: i64,
    text: &str,
    provider: Option<Intent>,
) -> Result<Option<Vec<String>>, Error> {
    let provider_answered = provider.is_some();
    let Some(educator) = staff.first() else {
        return Ok(None);
    };
    let language = educator.preferred_language();
    let intent = match provider {
        Some(said) => said,
        None => {
            // The whole text, one or two words ("STOP", "opt out", "stop all").
            let word = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || word.split_whitespace().count() > 2 {
                return Ok(None);
            }
            understand(word, &language, 0)
        }
    };
    if !matches!(intent, Intent::Stop | Intent::Start | Intent::Help) {
        return Ok(None);
    }
    let party_of = |row: &educators::Educator| Party {
        school_id: Some(row.school_id),
        family_id: None,
        educator_id: Some(row.id),
    };
    messages::annotate_inbound(tx, inbound, party_of(educator), Some(intent.name())).await?;
    let phone = educator.phone.as_str();
    let school = store::schools::by_id(tx, educator.school_id).await?;
    let message = match intent {
        Intent::Stop => {
            let source = stop_source(text, &language, provider);
            let already = !engine::stop_phone(tx, phone, source, env.now).await?;
            if !already {
                for row in staff {
                    messages::to_inbox(
                        tx,
                        party_of(row),
                        Some(inbound),
                        "an educator texted STOP: no confirmations or reminders reach them until they text START",
                        env.now,
                    )
                    .await?;
                }
            }
            if provider_answered || already {
                return Ok(Some(Vec::new()));
            }
            FamilyMessage::StopConfirmation
        }
        Intent::Start => {
            engine::start_phone(tx, phone, env.now).await?;
            if provider_answered {
                return Ok(Some(Vec::new()));
            }
            FamilyMessage::StartConfirmation
        }
        _ => {
            if provider_answered {
                return Ok(Some(Vec::new()));
            }
            FamilyMessage::Help {
                program: env.config.program_name.clone(),
                contact: school
                    .contact
                    .clone()
                    .unwrap_or_else(|| school.name.clone()),
            }
        }
    };
    let body = env
        .locales
        .family(&language, school.zone, school.country, &message);
    let parts = segments::count(&body).parts as i64;
    messages::record_reply(tx, party_of(educator), phone, &body, parts, env.now).await?;
    Ok(Some(vec![body]))
}

/// An educator texted: DONE marks their most recent started visit completed (both of the pair
/// credited); CANT puts their next visit in the coordinator's inbox (the family is not told);
/// anything else goes to the inbox. Educators never get a family's reply handling.
async fn educator_text(
    tx: &mut Tx,
    env: &Env<'_>,
    educator: &educators::Educator,
    inbound: i64,
    text: &str,
) -> Result<Vec<String>, Error> {
    let party = Party {
        school_id: Some(educator.school_id),
        family_id: None,
        educator_id: Some(educator.id),
    };
    let word = educator_word(text);
    messages::annotate_inbound(tx, inbound, party, Some(word.name())).await?;
    let visit = match word {
        EducatorWord::Done => visits::latest_started(tx, educator.id, env.now).await?,
        EducatorWord::Cant => visits::next_for_educator(tx, educator.id, env.now).await?,
        EducatorWord::Other => {
            messages::to_inbox(tx, party, Some(inbound), "text from an educator", env.now).await?;
            return Ok(Vec::new());
        }
    };
    let reply = match visit {
        None => EducatorMessage::NoVisitFound,
        Some(visit) => {
            let family = families::by_id(tx, visit.family_id).await?;
            let home = Household::load(tx, family).await?;
            let slot = invitations::slot(tx, visit.slot_id).await?;
            let partner_id = if slot.educator_1 == educator.id {
                slot.educator_2
            } else {
                slot.educator_1
            };
            let partner = educators::by_id(tx, partner_id).await?;
            let me = educators::by_id(tx, educator.id).await?;
            let language = home.family.language_tag();
            let facts = VisitFacts {
                guardian: home.family.guardian.clone(),
                children: home.children(),
                family_language: home.family.language.clone(),
                pair_speaks_language: me.speaks(&language) || partner.speaks(&language),
                option: slot.option(),
                place: visit.place.clone(),
                partner: partner.name.clone(),
            };
            if word == EducatorWord::Done {
                if visits::complete(tx, visit.id, env.now).await? {
                    let invitation = invitations::by_id(tx, visit.invitation_id).await?;
                    engine::run(
                        tx,
                        env,
                        &home,
                        &invitation,
                        Input::Event(Event::Completed),
                        Delivery::Queue,
                        None,
                    )
                    .await?;
                }
                EducatorMessage::DoneRecorded(facts)
            } else {
                messages::to_inbox(
                    tx,
                    party,
                    Some(inbound),
                    "educator cannot make a visit",
                    env.now,
                )
                .await?;
                EducatorMessage::CantNoted(facts)
            }
        }
    };
    // Done is done, but nothing is sent to a phone that said STOP.
    if opt_outs::is_opted_out(tx, &educator.phone).await? {
        return Ok(Vec::new());
    }
    let school = store::schools::by_id(tx, educator.school_id).await?;
    let body = env.locales.educator(
        &educator.preferred_language(),
        school.zone,
        school.country,
        &reply,
    );
    let parts = segments::count(&body).parts as i64;
    messages::record_reply(tx, party, &educator.phone, &body, parts, env.now).await?;
    Ok(vec![body])
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_intents_stored_name_is_its_json_name() {
        for intent in [
            Intent::Choose { choice: 2 },
            Intent::Ambiguous,
            Intent::Accept,
            Intent::Decline,
            Intent::Change,
            Intent::Place,
            Intent::Stop,
            Intent::Start,
            Intent::Help,
            Intent::Other,
        ] {
            let json = serde_json::to_value(intent).unwrap();
            assert_eq!(json["intent"], intent.name());
        }
    }

    #[test]
    fn the_providers_opt_out_type_is_read_as_an_intent() {
        assert_eq!(provider_keyword(Some("STOP")), Some(Intent::Stop));
        assert_eq!(provider_keyword(Some("start")), Some(Intent::Start));
        assert_eq!(provider_keyword(Some("HELP")), Some(Intent::Help));
        assert_eq!(provider_keyword(Some("")), None);
        assert_eq!(provider_keyword(Some("OTHER")), None);
        assert_eq!(provider_keyword(None), None);
    }

    #[test]
    fn educators_words_are_read_from_the_first_word() {
        assert_eq!(educator_word("DONE"), EducatorWord::Done);
        assert_eq!(educator_word("done!"), EducatorWord::Done);
        assert_eq!(educator_word("  Done, great visit"), EducatorWord::Done);
        assert_eq!(educator_word("CANT sick kid"), EducatorWord::Cant);
        assert_eq!(educator_word("can't make it"), EducatorWord::Cant);
        assert_eq!(educator_word("cannot"), EducatorWord::Cant);
        assert_eq!(educator_word("where do they live?"), EducatorWord::Other);
        assert_eq!(educator_word(""), EducatorWord::Other);
    }
}
