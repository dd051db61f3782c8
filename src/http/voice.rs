//! The voice channel adapter: phone calls, answered with `<Say>` and `<Gather>`.
//!
//! - `POST /twilio/voice` — a call is answered: one we placed (`Direction=outbound-api`, the
//!   family is `To`) or one coming in (the caller is `From`). An answering machine
//!   (`AnsweredBy=machine_…`/`fax`) hears only who called and the number to call back, never
//!   an offer. A known family hears where they are: the times on offer (1, 2, 3; 9 not now;
//!   0 a person), their booked visit (1 keep, 2 change, 3 cancel), or that there is nothing to
//!   choose. Someone we do not know hears the program's name and how to reach the school.
//! - `POST /twilio/voice/gather` — a key was pressed. It is stored first (keyed by the call
//!   and the prompt's step, so a replayed post changes nothing), read as what that prompt
//!   offered it for, and handed to the one inbound path (`inbound::handle`) exactly as a
//!   text's words are; what it answers is said.
//! - `POST /twilio/voice/status` — the call's progress: a busy line or no answer is called
//!   again on a later day, at most twice, then left as no reply.
//!
//! All three take [`SignedForm`]: unsigned or tampered posts are refused with 403.

use axum::extract::{OriginalUri, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::webhooks::{Form, SignedForm};
use super::{AppState, Error};
use crate::conversation::machine::State as Stage;
use crate::conversation::messages::{FamilyFacts, FamilyMessage};
use crate::conversation::understand::Intent;
use crate::domain::phone::mask;
use crate::domain::{Country, LanguageTag, Phone};
use crate::engine::{self, Env, Household, Outcome};
use crate::i18n::voice::{Line, Menu, Spoken};
use crate::inbound::{self, Channel, Inbound, Said};
use crate::provider::twiml::{self, Say, Verb};
use crate::store::messages::{self, Party};
use crate::store::{self, Tx, educators, invitations};

/// Seconds a prompt waits for a key.
const GATHER_TIMEOUT: u32 = 6;
/// Calls placed again after a busy line or no answer, each on a later day.
pub const MAX_CALL_RETRIES: i64 = 2;

fn twiml_response(xml: String) -> Response {
    ([(header::CONTENT_TYPE, twiml::CONTENT_TYPE)], xml).into_response()
}

/// The family's phone on this call: `To` on a call we placed, `From` on one that came in.
fn family_phone(form: &Form) -> Result<&str, Error> {
    let outbound = form
        .get("Direction")
        .is_some_and(|d| d.starts_with("outbound"));
    form.required(if outbound { "To" } else { "From" })
}

/// A query parameter of the (signed) request URL.
fn query<'a>(uri: &'a axum::http::Uri, name: &str) -> Option<&'a str> {
    uri.query()?.split('&').find_map(|kv| {
        let (k, v) = kv.split_once('=')?;
        (k == name).then_some(v)
    })
}

/// `POST /twilio/voice`: a call is answered.
pub async fn answer(
    State(state): State<AppState>,
    SignedForm(form): SignedForm,
) -> Result<Response, Error> {
    let call = form.required("CallSid")?.to_string();
    let phone = family_phone(&form)?.to_string();
    let answered_by = form.get("AnsweredBy").unwrap_or("").to_string();
    let now = state.clock.now();
    let span = tracing::info_span!("voice", from = %mask(&phone), call);
    let xml = state
        .write(span, move |tx, state| {
            Box::pin(async move { answered(tx, state, &call, &phone, &answered_by, now).await })
        })
        .await?;
    Ok(twiml_response(xml))
}

/// What an answered call hears, stored first like a text (a replay finds it and changes
/// nothing).
async fn answered(
    tx: &mut Tx,
    state: &AppState,
    call: &str,
    phone: &str,
    answered_by: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> store::Result<String> {
    let env = state.env(now);
    let stored = store_inbound(
        tx,
        &format!("{call}/answer"),
        phone,
        "📞 call answered",
        now,
    )
    .await?;
    Ok(match caller(tx, phone).await? {
        Caller::Family(home, invitation) => {
            let machine = answered_by.starts_with("machine") || answered_by == "fax";
            let spoken = if machine {
                engine::say(
                    &env,
                    &home,
                    &Line::Machine {
                        program: &state.config.program_name,
                        contact: &home.contact(),
                    },
                )
            } else {
                greeting(tx, &env, &home, invitation.as_ref()).await?
            };
            if let Some(id) = stored {
                messages::annotate_inbound(tx, id, home.party(), None).await?;
                note_interpreter(tx, &env, &home, &spoken, id).await?;
            }
            messages::record_spoken(tx, home.party(), phone, &spoken.words(), now).await?;
            render(state, 1, &spoken)
        }
        Caller::Other => {
            if let Some(id) = stored {
                messages::to_inbox(
                    tx,
                    Party::default(),
                    Some(id),
                    "a call from a number on no roster",
                    now,
                )
                .await?;
            }
            let spoken = env.locales.spoken(
                &LanguageTag::english(),
                chrono_tz::UTC,
                Country::default(),
                "",
                &Line::UnknownCaller {
                    program: &state.config.program_name,
                    contact: "your child's school",
                },
            );
            render(state, 1, &spoken)
        }
    })
}

/// `POST /twilio/voice/gather?menu=…&step=N`: a key pressed at prompt N.
pub async fn gather(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    SignedForm(form): SignedForm,
) -> Result<Response, Error> {
    let call = form.required("CallSid")?.to_string();
    let phone = family_phone(&form)?.to_string();
    let digits = form.get("Digits").unwrap_or("").trim().to_string();
    let step: u32 = query(&uri, "step")
        .and_then(|s| s.parse().ok())
        .ok_or_else(|| Error::BadRequest("step is missing".into()))?;
    let menu = query(&uri, "menu")
        .and_then(Menu::parse)
        .ok_or_else(|| Error::BadRequest("menu is missing".into()))?;
    let now = state.clock.now();
    let span = tracing::info_span!("voice", from = %mask(&phone), call, step);
    let xml = state
        .write(span, move |tx, state| {
            Box::pin(async move {
                let key = Pressed {
                    call: &call,
                    phone: &phone,
                    digits,
                    step,
                    menu,
                };
                pressed(tx, state, key, now).await
            })
        })
        .await?;
    Ok(twiml_response(xml))
}

/// A key pressed at a prompt.
struct Pressed<'a> {
    call: &'a str,
    phone: &'a str,
    digits: String,
    step: u32,
    menu: Menu,
}

/// Stores a pressed key and answers it: what the call says next.
async fn pressed(
    tx: &mut Tx,
    state: &AppState,
    key: Pressed<'_>,
    now: chrono::DateTime<chrono::Utc>,
) -> store::Result<String> {
    let Pressed {
        call,
        phone,
        digits,
        step,
        menu,
    } = key;
    let env = state.env(now);
    let stored = store_inbound(
        tx,
        &format!("{call}/{step}"),
        phone,
        &format!("📞 pressed {digits}"),
        now,
    )
    .await?;
    let Caller::Family(home, invitation) = caller(tx, phone).await? else {
        return Ok(twiml::document(&[Verb::Hangup]));
    };
    let Some(message_id) = stored else {
        // A replayed post: say where they are now, change nothing (nothing was written).
        let spoken = greeting(tx, &env, &home, invitation.as_ref()).await?;
        return Ok(render(state, step + 1, &spoken));
    };
    let Some(intent) = key_intent(menu, &digits) else {
        // Not one of the choices: say so, and where they are, again.
        messages::annotate_inbound(tx, message_id, home.party(), Some("other")).await?;
        let mut spoken = greeting(tx, &env, &home, invitation.as_ref()).await?;
        spoken.say.insert(0, spoken.not_a_choice.clone());
        return Ok(render(state, step + 1, &spoken));
    };
    let event = Inbound {
        message_id,
        from: phone.to_string(),
        said: Said::Pressed {
            digits: digits.clone(),
            intent,
        },
        provider: None,
        channel: Channel::Voice,
    };
    let outcome = inbound::handle(tx, &env, &event).await?;
    let spoken = answer_of(&env, &home, &outcome, intent);
    Ok(render(state, step + 1, &spoken))
}

/// `POST /twilio/voice/status?m=ID`: a placed call's progress.
pub async fn status(
    State(state): State<AppState>,
    OriginalUri(uri): OriginalUri,
    SignedForm(form): SignedForm,
) -> Result<Response, Error> {
    let call = form.required("CallSid")?.to_string();
    let status = form.required("CallStatus")?.to_string();
    let ours = query(&uri, "m").and_then(|m| m.parse::<i64>().ok());
    let now = state.clock.now();
    let span = tracing::info_span!("call status", call);
    state
        .write(span, move |tx, state| {
            Box::pin(async move {
                let settled = messages::apply_status(tx, &call, ours, &status, None, now).await?;
                if let (Some(settled), Some(message_id), "busy" | "no-answer") =
                    (settled, ours, status.as_str())
                {
                    call_again(tx, &state.env(now), message_id, &settled).await?;
                }
                Ok(())
            })
        })
        .await?;
    Ok(twiml_response(twiml::empty()))
}

/// A busy line or no answer: the same call again on a later day (the same local time, outside
/// quiet hours), at most [`MAX_CALL_RETRIES`] times; then it is left as no reply.
async fn call_again(
    tx: &mut Tx,
    env: &Env<'_>,
    message_id: i64,
    settled: &messages::Settled,
) -> store::Result<()> {
    let Some(family_id) = settled.family_id else {
        return Ok(());
    };
    let family = store::families::by_id(tx, family_id).await?;
    let home = Household::load(tx, family).await?;
    let Some(invitation) = invitations::latest_for_family(tx, family_id).await? else {
        return Ok(());
    };
    let conv = invitations::conversation(tx, &invitation).await?;
    if !matches!(
        conv.state,
        Stage::Invited | Stage::FollowedUp | Stage::Clarifying | Stage::Booked
    ) {
        return Ok(());
    }
    let since = chrono::DateTime::from_timestamp(invitation.invited_at, 0).unwrap_or(env.now);
    let unanswered = messages::unanswered_calls(tx, family_id, since).await?;
    if unanswered > MAX_CALL_RETRIES {
        tracing::info!(
            message_id,
            "a call was not answered {unanswered} times; left as no reply"
        );
        return Ok(());
    }
    let body = messages::body(tx, message_id).await?;
    let tomorrow = env.now + chrono::Duration::days(1);
    let at = engine::allowed_at(
        tomorrow,
        home.school.zone,
        home.school.quiet_hours(env.config.quiet_hours),
    );
    messages::enqueue_on(
        tx,
        messages::Channel::Voice,
        home.party(),
        &home.family.phone,
        &body,
        1,
        at,
        env.now,
    )
    .await?;
    Ok(())
}

/// What a key means at a prompt; `None` when it is not one of its choices.
pub fn key_intent(menu: Menu, digits: &str) -> Option<Intent> {
    let key = match digits.as_bytes() {
        [d] if d.is_ascii_digit() => d - b'0',
        _ => return None,
    };
    match (menu, key) {
        (_, 0) => Some(Intent::Other),
        (Menu::Offer, 1..=3) => Some(Intent::Choose {
            choice: u32::from(key),
        }),
        (Menu::Offer, 9) => Some(Intent::Decline),
        (Menu::Visit, 1) => Some(Intent::Accept),
        (Menu::Visit, 2) => Some(Intent::Change),
        (Menu::Visit, 3) => Some(Intent::Decline),
        _ => None,
    }
}

/// Who is on the line.
enum Caller {
    Family(Box<Household>, Option<invitations::Invitation>),
    /// An educator, or a number on no roster.
    Other,
}

async fn caller(tx: &mut Tx, phone: &str) -> store::Result<Caller> {
    let Ok(phone) = Phone::parse_e164(phone) else {
        return Ok(Caller::Other);
    };
    if !educators::by_phone(tx, phone.as_e164()).await?.is_empty() {
        return Ok(Caller::Other);
    }
    Ok(match inbound::household_of(tx, &phone).await? {
        Some((family, invitation)) => {
            Caller::Family(Box::new(Household::load(tx, family).await?), invitation)
        }
        None => Caller::Other,
    })
}

/// Stores a call event as an inbound message (`channel = voice`), unique on `key`; `None`
/// when it was stored before (a replay).
async fn store_inbound(
    tx: &mut Tx,
    key: &str,
    phone: &str,
    words: &str,
    now: chrono::DateTime<chrono::Utc>,
) -> store::Result<Option<i64>> {
    let id = messages::insert_inbound(tx, key, phone, words, 0, now).await?;
    if let Some(id) = id {
        messages::set_channel(tx, id, messages::Channel::Voice).await?;
    }
    Ok(id)
}

/// Where a known family is: the times on offer, their booked visit, or nothing to choose.
async fn greeting(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    invitation: Option<&invitations::Invitation>,
) -> store::Result<Spoken> {
    let conv = match invitation {
        Some(invitation) => Some(invitations::conversation(tx, invitation).await?),
        None => None,
    };
    let offered = |c: &crate::conversation::machine::Conversation| {
        matches!(
            c.state,
            Stage::Invited | Stage::FollowedUp | Stage::Clarifying
        ) && !c.offer.is_empty()
    };
    Ok(match conv {
        Some(c) if offered(&c) => {
            let family = FamilyFacts {
                guardian: home.family.guardian.clone(),
                children: home.children(),
                school: home.school.name.clone(),
            };
            // A second-visit offer names the pair who came the first time.
            let visited = match invitation {
                Some(i) => second_visit_pair(tx, i.campaign_id, home.family.id).await?,
                None => None,
            };
            let message = match visited {
                Some(visited) => FamilyMessage::SecondInvitation {
                    family,
                    options: c.offer.clone(),
                    visited,
                },
                None => FamilyMessage::Invitation {
                    family,
                    options: c.offer.clone(),
                },
            };
            engine::say(env, home, &Line::Family(&message))
        }
        Some(c) if c.state == Stage::Booked && c.booking.is_some() => {
            let booking = c.booking.as_ref().map(|b| &b.option);
            match booking {
                Some(option) => engine::say(
                    env,
                    home,
                    &Line::Visit {
                        option,
                        place: c.place.as_deref(),
                    },
                ),
                None => engine::say(env, home, &Line::NothingOpen),
            }
        }
        _ => engine::say(env, home, &Line::NothingOpen),
    })
}

/// The pair who came to the family's first visit, when `campaign_id` is a second visit.
async fn second_visit_pair(
    tx: &mut Tx,
    campaign_id: i64,
    family_id: i64,
) -> store::Result<Option<[String; 2]>> {
    let Some(first) = store::campaigns::second_visit_of(tx, campaign_id).await? else {
        return Ok(None);
    };
    Ok(store::campaigns::completed_visits_of(tx, first)
        .await?
        .into_iter()
        .find(|(family, ..)| *family == family_id)
        .map(|(_, _, _, a, b)| [a, b]))
}

/// What the call says after a key: each message the path answered, the last prompt kept.
fn answer_of(env: &Env<'_>, home: &Household, outcome: &Outcome, intent: Intent) -> Spoken {
    let mut spoken = engine::say(env, home, &Line::NothingOpen);
    spoken.say.clear();
    spoken.prompt.clear();
    spoken.menu = None;
    if outcome.spoken.is_empty() && intent == Intent::Other {
        // 0 again: they were told once that a person will call.
        let handoff = engine::say(env, home, &Line::Family(&FamilyMessage::Handoff));
        spoken.say = handoff.say;
        return spoken;
    }
    for message in &outcome.spoken {
        let one = engine::say(env, home, &Line::Family(message));
        spoken.say.extend(one.say);
        spoken.needs_interpreter |= one.needs_interpreter;
        spoken.voice = one.voice;
        if one.menu.is_some() {
            spoken.prompt = one.prompt;
            spoken.menu = one.menu;
        }
    }
    spoken
}

/// A family whose language has no voice heard English: a coordinator arranges a call back
/// with an interpreter.
async fn note_interpreter(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    spoken: &Spoken,
    message_id: i64,
) -> store::Result<()> {
    if !spoken.needs_interpreter {
        return Ok(());
    }
    messages::to_inbox(
        tx,
        home.party(),
        Some(message_id),
        &format!(
            "interpreter call-back needed: no phone voice for {}; the call was in English",
            home.family.language
        ),
        env.now,
    )
    .await
}

/// The TwiML of a call's turn: the words, then (when a key is asked for) the prompt in a
/// `<Gather>`, once more after "we did not hear a choice", then goodbye.
fn render(state: &AppState, step: u32, spoken: &Spoken) -> String {
    let (language, voice) = match &spoken.voice {
        Some(v) => (Some(v.language.as_str()), Some(v.name.as_str())),
        None => (None, None),
    };
    fn say<'a>(text: &'a str, language: Option<&'a str>, voice: Option<&'a str>) -> Say<'a> {
        Say {
            text,
            language,
            voice,
        }
    }
    let mut verbs: Vec<Verb<'_>> = spoken
        .say
        .iter()
        .map(|t| Verb::Say(say(t, language, voice)))
        .collect();
    let action;
    if let Some(menu) = spoken.menu {
        action = format!(
            "{}/twilio/voice/gather?menu={}&step={step}",
            state.config.public_url,
            menu.name()
        );
        let prompt: Vec<Say<'_>> = spoken
            .prompt
            .iter()
            .map(|t| say(t, language, voice))
            .collect();
        verbs.push(Verb::Gather {
            action: &action,
            timeout_seconds: GATHER_TIMEOUT,
            say: prompt.clone(),
        });
        verbs.push(Verb::Say(say(&spoken.no_input, language, voice)));
        verbs.push(Verb::Gather {
            action: &action,
            timeout_seconds: GATHER_TIMEOUT,
            say: prompt,
        });
    }
    verbs.push(Verb::Say(say(&spoken.goodbye, language, voice)));
    verbs.push(Verb::Hangup);
    twiml::document(&verbs)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_mean_what_their_prompt_offered() {
        assert_eq!(
            key_intent(Menu::Offer, "2"),
            Some(Intent::Choose { choice: 2 })
        );
        assert_eq!(key_intent(Menu::Offer, "9"), Some(Intent::Decline));
        assert_eq!(key_intent(Menu::Offer, "0"), Some(Intent::Other));
        assert_eq!(key_intent(Menu::Offer, "5"), None);
        assert_eq!(key_intent(Menu::Visit, "1"), Some(Intent::Accept));
        assert_eq!(key_intent(Menu::Visit, "2"), Some(Intent::Change));
        assert_eq!(key_intent(Menu::Visit, "3"), Some(Intent::Decline));
        assert_eq!(key_intent(Menu::Visit, "9"), None);
        assert_eq!(key_intent(Menu::Visit, ""), None);
        assert_eq!(key_intent(Menu::Visit, "12"), None);
        assert_eq!(key_intent(Menu::Visit, "*"), None);
    }
}
