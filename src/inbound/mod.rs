//! One inbound path for every channel.
//!
//! A channel adapter (`http::webhooks` for texts, `http::voice` for calls) checks the
//! provider's signature, stores what came in (a text, or a key pressed at a prompt) and hands
//! it here as an [`Inbound`]. This module decides who it is from (an educator, a family on a
//! roster, or someone we do not know), applies every rule in the caller's transaction, and
//! returns an [`Outcome`] the adapter renders: TwiML `<Message>`s for a text, `<Say>` and
//! `<Gather>` for a call. Nothing about a family's state is decided or written anywhere else:
//! SMS and voice share the conversation machine (`conversation::machine`, through
//! [`engine::run`]), the opt-out rules ([`engine::stop_phone`], [`engine::start_phone`]) and
//! the compliance answers ([`keyword`]).

mod educator;

use chrono_tz::Tz;

use crate::conversation::messages::FamilyMessage;
use crate::conversation::understand::{Intent, understand};
use crate::domain::{Country, LanguageTag, Phone};
use crate::engine::{self, Delivery, Env, Household, Input, Outcome};
use crate::i18n::segments;
use crate::store::messages::{self, Party};
use crate::store::{self, Tx, educators, families, invitations, opt_outs};

/// How something came in: a text, or a phone call (keys read from the keypad).
pub use crate::store::messages::Channel;

/// What the person said.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Said {
    /// The words of a text, read in the sender's language.
    Text(String),
    /// A key pressed at a prompt, already mapped to what that prompt offered it for.
    Pressed { digits: String, intent: Intent },
}

impl Said {
    /// The words kept for a coordinator and, for a text, read by the reply reader.
    pub fn text(&self) -> &str {
        match self {
            Said::Text(text) => text,
            Said::Pressed { digits, .. } => digits,
        }
    }
}

/// One stored inbound event.
#[derive(Debug, Clone)]
pub struct Inbound {
    /// The stored `messages` row.
    pub message_id: i64,
    /// The caller's or sender's phone, as the provider gave it.
    pub from: String,
    pub said: Said,
    /// What the provider's own opt-out handling matched (Twilio's `OptOutType`); it has
    /// already answered the family.
    pub provider: Option<Intent>,
    pub channel: Channel,
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

/// Decides who it is from and handles it.
pub async fn handle(tx: &mut Tx, env: &Env<'_>, inbound: &Inbound) -> store::Result<Outcome> {
    let Ok(phone) = Phone::parse_e164(&inbound.from) else {
        crate::metrics::inbound(crate::metrics::Inbound::Unknown);
        messages::to_inbox(
            tx,
            Party::default(),
            Some(inbound.message_id),
            "text from an unreadable number",
            env.now,
        )
        .await?;
        return Ok(Outcome::default());
    };
    let staff = educators::by_phone(tx, phone.as_e164()).await?;
    if !staff.is_empty() {
        crate::metrics::inbound(crate::metrics::Inbound::Educator);
        return educator::handle(tx, env, &staff, inbound).await;
    }
    let Some((family, invitation)) = household_of(tx, &phone).await? else {
        crate::metrics::inbound(crate::metrics::Inbound::Unknown);
        return unknown_sender(tx, env, inbound, &phone).await;
    };
    let home = Household::load(tx, family).await?;
    let delivery = match inbound.channel {
        Channel::Sms => Delivery::Reply,
        Channel::Voice => Delivery::Spoken,
    };
    let outcome = match invitation {
        Some(invitation) => {
            let input = match &inbound.said {
                Said::Text(text) => Input::Reply {
                    text: text.clone(),
                    provider: inbound.provider,
                },
                Said::Pressed { digits, intent } => Input::Pressed {
                    digits: digits.clone(),
                    intent: *intent,
                },
            };
            engine::run(
                tx,
                env,
                &home,
                &invitation,
                input,
                delivery,
                Some(inbound.message_id),
            )
            .await?
        }
        None => no_campaign_yet(tx, env, &home, inbound, delivery).await?,
    };
    let intent = outcome.intent.map(Intent::name);
    crate::metrics::family_reply(intent);
    messages::annotate_inbound(tx, inbound.message_id, home.party(), intent).await?;
    Ok(outcome)
}

/// The family with this phone and its newest invitation: of the schools' rows with this
/// phone, the one invited by the newest campaign (or any, when none was invited).
pub async fn household_of(
    tx: &mut Tx,
    phone: &Phone,
) -> store::Result<Option<(families::Family, Option<invitations::Invitation>)>> {
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
    Ok(best)
}

/// The one place STOP, START and HELP are carried out outside a family's conversation (an
/// educator, a family no campaign has invited yet, a number on no roster; inside one, the
/// conversation machine decides and [`engine`] applies the same [`engine::stop_phone`] and
/// [`engine::start_phone`]). Returns the answer to send, if any: none when the provider has
/// answered already (`OptOutType`), and a STOP is confirmed only once.
pub(crate) async fn keyword(
    tx: &mut Tx,
    env: &Env<'_>,
    phone: &str,
    intent: Intent,
    source: opt_outs::Source,
    provider: Option<Intent>,
    contact: &str,
) -> store::Result<Keyword> {
    let provider_answered = provider.is_some();
    Ok(match intent {
        Intent::Stop => {
            let new = engine::stop_phone(tx, phone, source, env.now).await?;
            Keyword {
                new_stop: new,
                answer: (new && !provider_answered).then_some(FamilyMessage::StopConfirmation),
            }
        }
        Intent::Start => {
            engine::start_phone(tx, phone, env.now).await?;
            Keyword {
                new_stop: false,
                answer: (!provider_answered).then_some(FamilyMessage::StartConfirmation),
            }
        }
        _ => Keyword {
            new_stop: false,
            answer: (!provider_answered).then(|| FamilyMessage::Help {
                program: env.config.program_name.clone(),
                contact: contact.to_string(),
            }),
        },
    })
}

/// What [`keyword`] did.
pub(crate) struct Keyword {
    /// A STOP that was not already in force.
    pub new_stop: bool,
    pub answer: Option<FamilyMessage>,
}

/// Renders a compliance or courtesy answer to someone outside a family's conversation and
/// records it as a reply.
#[allow(clippy::too_many_arguments)]
pub(crate) async fn answer(
    tx: &mut Tx,
    env: &Env<'_>,
    party: Party,
    phone: &str,
    language: &LanguageTag,
    zone: Tz,
    country: Country,
    message: &FamilyMessage,
) -> store::Result<String> {
    let body = env.locales.family(language, zone, country, message);
    let parts = segments::count(&body).parts as i64;
    messages::record_reply(tx, party, phone, &body, parts, env.now).await?;
    Ok(body)
}

/// The inbox note for a plain-language STOP.
pub(crate) const SENTENCE_STOP: &str = "a plain-language request to stop was taken as STOP: no more texts reach this number until it texts START";

/// How an opt-out came: the provider's own handling, a sentence ("please stop texting me",
/// which a coordinator is told of), or a keyword.
pub(crate) fn stop_source(
    text: &str,
    language: &LanguageTag,
    provider: Option<Intent>,
) -> opt_outs::Source {
    if provider.is_some() {
        opt_outs::Source::Provider
    } else if crate::conversation::understand::stop_by_sentence(text, language) {
        opt_outs::Source::Sentence
    } else {
        opt_outs::Source::Reply
    }
}

/// A family on a roster that no campaign has invited yet: compliance words work, anything
/// else is kept for a coordinator.
async fn no_campaign_yet(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    inbound: &Inbound,
    delivery: Delivery,
) -> store::Result<Outcome> {
    let language = home.family.language_tag();
    let text = inbound.said.text();
    let intent = match (&inbound.said, inbound.provider) {
        (_, Some(said)) => said,
        (Said::Pressed { intent, .. }, None) => *intent,
        (Said::Text(text), None) => understand(text, &language, 0),
    };
    let mut outcome = Outcome {
        intent: Some(intent),
        ..Outcome::default()
    };
    let opted_out = opt_outs::is_opted_out(tx, &home.family.phone).await?;
    let reply = match intent {
        Intent::Stop | Intent::Start | Intent::Help => {
            let source = stop_source(text, &language, inbound.provider);
            let done = keyword(
                tx,
                env,
                &home.family.phone,
                intent,
                source,
                inbound.provider,
                &home.contact(),
            )
            .await?;
            if intent == Intent::Stop && source == opt_outs::Source::Sentence {
                messages::to_inbox(
                    tx,
                    home.party(),
                    Some(inbound.message_id),
                    SENTENCE_STOP,
                    env.now,
                )
                .await?;
            }
            done.answer
        }
        _ if opted_out => None,
        _ => {
            messages::to_inbox(
                tx,
                home.party(),
                Some(inbound.message_id),
                "family text before any campaign",
                env.now,
            )
            .await?;
            Some(FamilyMessage::Handoff)
        }
    };
    if let Some(message) = reply {
        engine::send_family(tx, env, home, &message, delivery, &mut outcome).await?;
    }
    Ok(outcome)
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
    inbound: &Inbound,
    phone: &Phone,
) -> store::Result<Outcome> {
    let text = inbound.said.text();
    let english = LanguageTag::english();
    let said = match &inbound.said {
        Said::Text(text) => inbound
            .provider
            .or_else(|| compliance_in_any_language(text)),
        Said::Pressed { .. } => None,
    };
    let mut outcome = Outcome::default();
    let school = "your child's school";
    let message = if let Some(intent) = said {
        let source = stop_source(text, &english, inbound.provider);
        let done = keyword(
            tx,
            env,
            phone.as_e164(),
            intent,
            source,
            inbound.provider,
            school,
        )
        .await?;
        messages::annotate_inbound(
            tx,
            inbound.message_id,
            Party::default(),
            Some(intent.name()),
        )
        .await?;
        outcome.intent = Some(intent);
        done.answer
    } else {
        let reason = if opt_outs::is_opted_out(tx, phone.as_e164()).await? {
            "text from an unknown number that opted out"
        } else {
            "text from an unknown number"
        };
        messages::to_inbox(
            tx,
            Party::default(),
            Some(inbound.message_id),
            reason,
            env.now,
        )
        .await?;
        let first = !opt_outs::is_opted_out(tx, phone.as_e164()).await?
            && messages::first_time_unknown(tx, phone.as_e164(), env.now).await?;
        first.then(|| FamilyMessage::UnknownSender {
            program: env.config.program_name.clone(),
            contact: school.into(),
        })
    };
    if let (Some(message), Channel::Sms) = (message, inbound.channel) {
        let body = answer(
            tx,
            env,
            Party::default(),
            phone.as_e164(),
            &english,
            chrono_tz::UTC,
            Country::default(),
            &message,
        )
        .await?;
        outcome.replies.push(body);
    }
    Ok(outcome)
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
    fn a_pressed_key_is_kept_as_its_digits() {
        let said = Said::Pressed {
            digits: "2".into(),
            intent: Intent::Choose { choice: 2 },
        };
        assert_eq!(said.text(), "2");
        assert_eq!(Said::Text("sí".into()).text(), "sí");
    }
}
