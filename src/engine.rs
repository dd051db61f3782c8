//! Carries out the state machine's decisions inside one transaction.
//!
//! Every caller — the SMS webhook, the campaign launcher, the scheduler, the sender (a 21610
//! refusal) — goes through [`run`]: load the family's conversation, step the pure machine,
//! apply each effect (book in the database, render and queue texts, record opt-outs, keep
//! free text for a coordinator), feed a booking's outcome back into the machine, and save.
//! Nothing here decides what to do; `conversation::machine` does.

use std::collections::VecDeque;

use chrono::{DateTime, Utc};

use crate::config::Config;
use crate::conversation::machine::{self, Conversation, Effect, Event, Facts, Notice, Open, State};
use crate::conversation::messages::{EducatorMessage, FamilyFacts, FamilyMessage, VisitFacts};
use crate::conversation::understand::{Intent, stop_by_sentence, understand};
use crate::i18n::voice::{Line, Spoken};
use crate::i18n::{Locales, segments};
use crate::store::families::{Family, Student};
use crate::store::invitations::{self, Invitation};
use crate::store::messages::{self, Channel, Party};
use crate::store::schools::School;
use crate::store::{self, Tx, educators, families, opt_outs, visits};

/// The most texts answered automatically (TwiML) to one phone in an hour; beyond it, texts
/// are stored and kept for a coordinator but not answered. A family having a conversation
/// needs a handful.
pub const MAX_REPLIES_PER_HOUR: i64 = 20;

/// What the engine needs besides the transaction.
pub struct Env<'a> {
    pub config: &'a Config,
    pub locales: &'a Locales,
    pub now: DateTime<Utc>,
}

/// How the family's messages leave: in the webhook's answer (the family just wrote to us),
/// spoken on the call they are on, or through the queue (a text, or a call for a family
/// whose contact is voice or whose phone takes no texts).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Delivery {
    Reply,
    Spoken,
    Queue,
}

/// A family with what messages about them need.
#[derive(Debug, Clone)]
pub struct Household {
    pub family: Family,
    pub school: School,
    pub students: Vec<Student>,
}

impl Household {
    pub async fn load(tx: &mut Tx, family: Family) -> store::Result<Household> {
        let school = store::schools::by_id(tx, family.school_id).await?;
        let students = families::students(tx, family.id).await?;
        Ok(Household {
            family,
            school,
            students,
        })
    }

    /// How the school is reached: its contact, else its name.
    pub fn contact(&self) -> String {
        self.school
            .contact
            .clone()
            .unwrap_or_else(|| self.school.name.clone())
    }

    pub fn party(&self) -> Party {
        Party {
            school_id: Some(self.school.id),
            family_id: Some(self.family.id),
            educator_id: None,
        }
    }

    /// The children's first names, as families call them.
    pub fn children(&self) -> Vec<String> {
        self.students
            .iter()
            .map(|s| {
                s.name
                    .split_whitespace()
                    .next()
                    .unwrap_or(&s.name)
                    .to_string()
            })
            .collect()
    }

    pub fn facts(&self) -> FamilyFacts {
        FamilyFacts {
            guardian: self.family.guardian.clone(),
            children: self.children(),
            school: self.school.name.clone(),
        }
    }
}

/// What happened to one input, for the caller.
#[derive(Debug, Default)]
pub struct Outcome {
    /// Texts to answer in the webhook's TwiML (with `Delivery::Reply`).
    pub replies: Vec<String>,
    /// How a reply was understood.
    pub intent: Option<Intent>,
    /// Messages to say on the call the family is on (with `Delivery::Spoken`), in order.
    pub spoken: Vec<FamilyMessage>,
}

/// What comes in.
#[derive(Debug, Clone)]
pub enum Input {
    Event(Event),
    /// A family's text, understood against what they were last offered.
    Reply {
        text: String,
        /// What the provider's own opt-out handling matched (Twilio's `OptOutType`: STOP,
        /// START or HELP as `Stop`, `Start`, `Help`). It is authoritative: the provider has
        /// already answered the family and blocks or unblocks the number by it.
        provider: Option<Intent>,
    },
    /// A key pressed on a call, already read as what its prompt offered it for.
    Pressed {
        digits: String,
        intent: Intent,
    },
}

/// The one place a phone is opted out: recorded per phone (whoever sent it), and every text
/// still queued to it cancelled. Returns whether the opt-out is new.
pub async fn stop_phone(
    tx: &mut Tx,
    phone: &str,
    source: opt_outs::Source,
    now: DateTime<Utc>,
) -> store::Result<bool> {
    let new = opt_outs::opt_out(tx, phone, source, now.timestamp()).await?;
    messages::cancel_queued(tx, phone, now).await?;
    Ok(new)
}

/// The one place a phone opts back in (START): every row with that phone may be texted again.
pub async fn start_phone(tx: &mut Tx, phone: &str, now: DateTime<Utc>) -> store::Result<()> {
    opt_outs::opt_in(tx, phone, now.timestamp()).await
}

/// Steps the conversation of `invitation` with `input` and applies every effect.
pub async fn run(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    invitation: &Invitation,
    input: Input,
    delivery: Delivery,
    inbound: Option<i64>,
) -> store::Result<Outcome> {
    let invitation = &invitations::lock(tx, invitation.id).await?;
    let mut conv = invitations::conversation(tx, invitation).await?;
    // A STOP is kept whoever sent it and through whichever row: a phone opted out elsewhere (another
    // school's roster, an unknown number before it was imported) is opted out here too.
    if conv.state != State::OptedOut && opt_outs::is_opted_out(tx, &home.family.phone).await? {
        conv.state = State::OptedOut;
        conv.offer.clear();
        conv.awaiting_place = false;
    }
    let mut outcome = Outcome::default();
    let mut source = opt_outs::Source::Reply;
    let replied = matches!(input, Input::Reply { .. } | Input::Pressed { .. });
    let first = match input {
        Input::Event(event) => {
            if event == Event::ProviderOptOut {
                source = opt_outs::Source::Provider;
            }
            event
        }
        Input::Reply { text, provider } => {
            let intent = match provider {
                Some(said) => said,
                None => understand(&text, &home.family.language_tag(), conv.offer.len()),
            };
            if provider.is_some() {
                source = opt_outs::Source::Provider;
            } else if intent == Intent::Stop && stop_by_sentence(&text, &home.family.language_tag())
            {
                source = opt_outs::Source::Sentence;
            }
            outcome.intent = Some(intent);
            Event::Reply {
                intent,
                text,
                provider_answered: provider.is_some(),
            }
        }
        Input::Pressed { digits, intent } => {
            outcome.intent = Some(intent);
            Event::Reply {
                intent,
                text: digits,
                provider_answered: false,
            }
        }
    };
    let family_facts = home.facts();
    let contact = home.contact();
    let mut events = VecDeque::from([first]);
    while let Some(event) = events.pop_front() {
        // Most steps (a number, no, yes) never look at the open slots: step without them
        // first, and load them (a query over every open slot) only if the step read them.
        let read = std::sync::atomic::AtomicBool::new(false);
        let probe = Facts {
            family: &family_facts,
            open: Open::probe(&read),
            program: &env.config.program_name,
            contact: &contact,
        };
        let (mut next, mut effects) = machine::step(&conv, event.clone(), &probe, env.now);
        if read.load(std::sync::atomic::Ordering::Relaxed) {
            let open = invitations::open_options(
                tx,
                home.school.id,
                home.family.id,
                &home.family.language_tag(),
                env.config.travel_buffer_minutes,
                env.now,
            )
            .await?;
            let facts = Facts {
                family: &family_facts,
                open: Open::all(&open),
                program: &env.config.program_name,
                contact: &contact,
            };
            (next, effects) = machine::step(&conv, event, &facts, env.now);
        }
        conv = next;
        for effect in effects {
            let at = Applying {
                invitation,
                conv: &conv,
                delivery,
                inbound,
                source,
            };
            if let Some(follow) = apply(tx, env, home, &at, effect, &mut outcome).await? {
                events.push_back(follow);
            }
        }
    }
    invitations::save(tx, invitation.id, &conv, env.now, replied).await?;
    Ok(outcome)
}

/// What an effect is applied for: the invitation, its conversation, and how the input came.
struct Applying<'a> {
    invitation: &'a Invitation,
    conv: &'a Conversation,
    delivery: Delivery,
    inbound: Option<i64>,
    source: opt_outs::Source,
}

async fn apply(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    at: &Applying<'_>,
    effect: Effect,
    outcome: &mut Outcome,
) -> store::Result<Option<Event>> {
    let Applying {
        invitation,
        conv,
        delivery,
        inbound,
        source,
    } = *at;
    match effect {
        Effect::Family(message) => {
            send_family(tx, env, home, &message, delivery, outcome).await?;
        }
        Effect::Educators {
            option,
            place,
            notice,
        } => {
            notify_pair(tx, env, home, option.slot_id, place, notice).await?;
        }
        Effect::Book(option) => {
            let slot = invitations::slot(tx, option.slot_id).await?;
            let place = conv.place.clone();
            let buffer = env.config.travel_buffer_minutes;
            let (family_id, invitation_id, now) = (home.family.id, invitation.id, env.now);
            let booked = tx
                .savepoint(async |tx: &mut Tx| {
                    visits::book(
                        tx,
                        &slot,
                        family_id,
                        invitation_id,
                        place.as_deref(),
                        buffer,
                        now,
                    )
                    .await
                })
                .await;
            return match booked {
                Ok(visit_id) => {
                    add_interpreter(tx, env, home, &slot, visit_id).await?;
                    Ok(Some(Event::Booked(slot.option())))
                }
                Err(e) if e.is_conflict() => Ok(Some(Event::SlotTaken)),
                Err(e) => Err(e),
            };
        }
        Effect::CancelVisit(option) => {
            visits::cancel(tx, option.slot_id, home.family.id, env.now).await?
        }
        Effect::SetPlace(place) => visits::set_place(tx, invitation.id, &place).await?,
        Effect::OptOut { at } => {
            stop_phone(tx, &home.family.phone, source, at).await?;
            if source == opt_outs::Source::Sentence {
                messages::to_inbox(
                    tx,
                    home.party(),
                    inbound,
                    "a plain-language request to stop was taken as STOP: no more texts reach this family until they text START",
                    env.now,
                )
                .await?;
            }
        }
        Effect::OptIn { at } => start_phone(tx, &home.family.phone, at).await?,
        Effect::Handoff => {
            messages::to_inbox(
                tx,
                home.party(),
                inbound,
                "family reply for a person",
                env.now,
            )
            .await?;
        }
    }
    Ok(None)
}

/// A visit whose pair does not speak the family's language gets the first free interpreter
/// who does (in a savepoint: a lost race for the interpreter leaves the booking standing).
async fn add_interpreter(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    slot: &invitations::SlotDetail,
    visit_id: i64,
) -> store::Result<()> {
    let language = home.family.language_tag();
    if slot.speaks(&language) {
        return Ok(());
    }
    let candidates: Vec<i64> = educators::interpreters(tx, home.school.id)
        .await?
        .into_iter()
        .filter(|i| i.speaks(&language))
        .map(|i| i.id)
        .collect();
    if candidates.is_empty() {
        return Ok(());
    }
    let buffer = env.config.travel_buffer_minutes;
    let slot = slot.clone();
    let assigned = tx
        .savepoint(async |tx: &mut Tx| {
            visits::assign_interpreter(tx, visit_id, &slot, &candidates, buffer).await
        })
        .await;
    match assigned {
        Ok(_) => Ok(()),
        Err(e) if e.is_conflict() => Ok(()),
        Err(e) => Err(e),
    }
}

/// Renders a family message in their language and answers, says or queues it.
pub async fn send_family(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    message: &FamilyMessage,
    delivery: Delivery,
    outcome: &mut Outcome,
) -> store::Result<()> {
    match delivery {
        Delivery::Reply => {
            let body = family_text(tx, env, home, message).await?;
            // Nothing but the compliance answers reaches a phone that opted out.
            let compliance = matches!(
                message,
                FamilyMessage::StopConfirmation
                    | FamilyMessage::StartConfirmation
                    | FamilyMessage::Help { .. }
            );
            if !compliance && opt_outs::is_opted_out(tx, &home.family.phone).await? {
                return Ok(());
            }
            let parts = segments::count(&body).parts as i64;
            let (party, phone) = (home.party(), &home.family.phone);
            if compliance {
                messages::record_reply(tx, party, phone, &body, parts, env.now).await?;
            } else {
                // Anyone can text the number: a flood of texts gets a bounded number of
                // answers (each costs money), then is only stored for a coordinator to read.
                let hour_ago = env.now - chrono::Duration::hours(1);
                let cap = MAX_REPLIES_PER_HOUR;
                let recorded = messages::record_reply_capped(
                    tx, party, phone, &body, parts, env.now, hour_ago, cap,
                )
                .await?;
                if recorded.is_none() {
                    tracing::warn!("automatic answers to this phone capped for the hour");
                    return Ok(());
                }
            }
            outcome.replies.push(body);
        }
        Delivery::Spoken => {
            // The family is on the line: it is said now (the call adapter renders it).
            let spoken = say(env, home, &Line::Family(message));
            messages::record_spoken(
                tx,
                home.party(),
                &home.family.phone,
                &spoken.words(),
                env.now,
            )
            .await?;
            outcome.spoken.push(message.clone());
            // A confirmation is also texted, to keep, when the phone takes texts.
            let confirmation = matches!(
                message,
                FamilyMessage::Booked { .. } | FamilyMessage::Cancelled
            );
            if confirmation && home.family.takes_texts() {
                queue_family(tx, env, home, message, Channel::Sms).await?;
            }
        }
        Delivery::Queue => {
            let channel = if home.family.is_called() {
                Channel::Voice
            } else {
                Channel::Sms
            };
            queue_family(tx, env, home, message, channel).await?;
        }
    }
    Ok(())
}

/// A family's text: the message in their language, and for a booked visit that an
/// interpreter joins, who.
async fn family_text(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    message: &FamilyMessage,
) -> store::Result<String> {
    let language = home.family.language_tag();
    let mut body = env
        .locales
        .family(&language, home.school.zone, home.school.country, message);
    if matches!(
        message,
        FamilyMessage::Booked { .. }
            | FamilyMessage::AlreadyBooked { .. }
            | FamilyMessage::Reminder { .. }
    ) && let Some(name) = visits::booked_interpreter_name(tx, home.family.id).await?
    {
        body.push(' ');
        body.push_str(&env.locales.interpreter_note(&language, &name));
    }
    Ok(body)
}

/// What a call to or from this family says for `line`, in their language.
pub fn say(env: &Env<'_>, home: &Household, line: &Line<'_>) -> Spoken {
    env.locales.spoken(
        &home.family.language_tag(),
        home.school.zone,
        home.school.country,
        &home.school.name,
        line,
    )
}

/// Queues a family message as a text, or as a call that says it, outside quiet hours.
pub async fn queue_family(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    message: &FamilyMessage,
    channel: Channel,
) -> store::Result<i64> {
    let at = allowed_at(
        env.now,
        home.school.zone,
        home.school.quiet_hours(env.config.quiet_hours),
    );
    let (body, parts) = match channel {
        Channel::Sms => {
            let body = family_text(tx, env, home, message).await?;
            let parts = segments::count(&body).parts as i64;
            (body, parts)
        }
        Channel::Voice => (say(env, home, &Line::Family(message)).words(), 1),
    };
    messages::enqueue_on(
        tx,
        channel,
        home.party(),
        &home.family.phone,
        &body,
        parts,
        at,
        env.now,
    )
    .await
}

/// Tells both educators of a slot about the family's visit, each in their own language.
async fn notify_pair(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    slot_id: i64,
    place: Option<String>,
    notice: Notice,
) -> store::Result<()> {
    let slot = invitations::slot(tx, slot_id).await?;
    let pair = [
        educators::by_id(tx, slot.educator_1).await?,
        educators::by_id(tx, slot.educator_2).await?,
    ];
    let language = home.family.language_tag();
    let speaks = pair.iter().any(|e| e.speaks(&language));
    let interpreter = match speaks {
        true => None,
        false => match visits::interpreter_of(tx, slot_id, home.family.id).await? {
            Some(id) => Some(educators::by_id(tx, id).await?),
            None => None,
        },
    };
    if let Some(interpreter) = &interpreter {
        // The interpreter hears of the visit as the pair does, in their own language.
        let visit = VisitFacts {
            guardian: home.family.guardian.clone(),
            children: home.children(),
            family_language: home.family.language.clone(),
            pair_speaks_language: true,
            option: slot.option(),
            place: place.clone(),
            partner: format!("{} & {}", pair[0].name, pair[1].name),
        };
        tell_educator(tx, env, home, interpreter, visit, &notice).await?;
    }
    if !speaks
        && interpreter.is_none()
        && matches!(notice, Notice::Confirmed | Notice::Changed { .. })
    {
        // No interpreter who speaks it is free then: a coordinator arranges one.
        messages::to_inbox(
            tx,
            home.party(),
            None,
            &format!(
                "interpreter needed: neither {} nor {} speaks {} (visit {})",
                pair[0].name,
                pair[1].name,
                home.family.language,
                slot.option()
                    .start
                    .with_timezone(&home.school.zone)
                    .format("%Y-%m-%d %H:%M")
            ),
            env.now,
        )
        .await?;
    }
    for (me, partner) in [(&pair[0], &pair[1]), (&pair[1], &pair[0])] {
        let visit = VisitFacts {
            guardian: home.family.guardian.clone(),
            children: home.children(),
            family_language: home.family.language.clone(),
            pair_speaks_language: speaks,
            option: slot.option(),
            place: place.clone(),
            partner: partner.name.clone(),
        };
        tell_educator(tx, env, home, me, visit, &notice).await?;
    }
    Ok(())
}

/// Queues one educator's notice of a visit (`visit` as they should read it), in their
/// language, outside the school's quiet hours.
async fn tell_educator(
    tx: &mut Tx,
    env: &Env<'_>,
    home: &Household,
    to: &educators::Educator,
    visit: VisitFacts,
    notice: &Notice,
) -> store::Result<()> {
    let message = match notice {
        Notice::Confirmed => EducatorMessage::Confirmed(visit),
        Notice::Changed { previous_start } => EducatorMessage::Changed {
            visit,
            previous_start: *previous_start,
        },
        Notice::Cancelled => EducatorMessage::Cancelled(visit),
        Notice::Reminder => EducatorMessage::Reminder(visit),
        Notice::PlaceChanged => EducatorMessage::PlaceChanged(visit),
    };
    queue_educator(tx, env, &home.school, to, &message).await
}

/// Queues a text to an educator or interpreter, in their language, outside the school's quiet
/// hours.
pub(crate) async fn queue_educator(
    tx: &mut Tx,
    env: &Env<'_>,
    school: &School,
    to: &educators::Educator,
    message: &EducatorMessage,
) -> store::Result<()> {
    let body = env.locales.educator(
        &to.preferred_language(),
        school.zone,
        school.country,
        message,
    );
    let parts = segments::count(&body).parts as i64;
    let party = Party {
        school_id: Some(school.id),
        family_id: None,
        educator_id: Some(to.id),
    };
    let at = allowed_at(
        env.now,
        school.zone,
        school.quiet_hours(env.config.quiet_hours),
    );
    messages::enqueue(tx, party, &to.phone, &body, parts, at, env.now).await?;
    Ok(())
}

pub use crate::domain::time::{allowed_at, local_instant};

/// The provider refused a text because the number opted out (21610): record it as a STOP,
/// through the family's conversation, without texting them.
pub async fn provider_opt_out(tx: &mut Tx, env: &Env<'_>, family_id: i64) -> store::Result<()> {
    let family = families::by_id(tx, family_id).await?;
    let home = Household::load(tx, family).await?;
    match invitations::latest_for_family(tx, family_id).await? {
        Some(invitation) => {
            run(
                tx,
                env,
                &home,
                &invitation,
                Input::Event(Event::ProviderOptOut),
                Delivery::Queue,
                None,
            )
            .await?;
        }
        None => {
            stop_phone(tx, &home.family.phone, opt_outs::Source::Provider, env.now).await?;
        }
    }
    Ok(())
}

/// The provider's error for a text to a number that cannot take texts (a landline or other
/// non-mobile number).
pub const UNDELIVERABLE_TO_LANDLINE: i64 = 30006;

/// A text could not reach the family's phone because it takes no texts (30006): from now on
/// their messages are calls, their pending invitation is called — once: a second 30006
/// changes nothing — and the coordinator is told.
pub async fn texts_undeliverable(tx: &mut Tx, env: &Env<'_>, family_id: i64) -> store::Result<()> {
    let family = families::by_id(tx, family_id).await?;
    if !families::mark_no_texts(tx, &family.phone, env.now.timestamp()).await? {
        return Ok(());
    }
    let family = families::by_id(tx, family_id).await?;
    let home = Household::load(tx, family).await?;
    let mut called = false;
    if let Some(invitation) = invitations::latest_for_family(tx, family_id).await? {
        let conv = invitations::conversation(tx, &invitation).await?;
        let pending = matches!(
            conv.state,
            State::Invited | State::FollowedUp | State::Clarifying
        );
        if pending
            && !conv.offer.is_empty()
            && !opt_outs::is_opted_out(tx, &home.family.phone).await?
        {
            let message = FamilyMessage::Invitation {
                family: home.facts(),
                options: conv.offer.clone(),
            };
            queue_family(tx, env, &home, &message, Channel::Voice).await?;
            called = true;
        }
    }
    let note = if called {
        "texts cannot reach this number (30006: a landline?): the invitation is now a phone call"
    } else {
        "texts cannot reach this number (30006: a landline?): messages to this family are now phone calls"
    };
    messages::to_inbox(tx, home.party(), None, note, env.now).await
}

/// Queues a coordinator's own words to a family or educator, as typed (no translation, no
/// template): outside quiet hours, through the outbound queue like every other text. Returns
/// `false`, queueing nothing, when the phone has opted out.
pub async fn queue_coordinator_text(
    tx: &mut Tx,
    env: &Env<'_>,
    school: &School,
    party: Party,
    phone: &str,
    body: &str,
) -> store::Result<bool> {
    if opt_outs::is_opted_out(tx, phone).await? {
        return Ok(false);
    }
    let parts = segments::count(body).parts as i64;
    let at = allowed_at(
        env.now,
        school.zone,
        school.quiet_hours(env.config.quiet_hours),
    );
    messages::enqueue(tx, party, phone, body, parts, at, env.now).await?;
    Ok(true)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::config::parse_quiet_hours;
    use chrono::TimeZone;
    use chrono_tz::Tz;

    const LA: Tz = chrono_tz::America::Los_Angeles;

    fn utc(y: i32, m: u32, d: u32, h: u32, min: u32) -> DateTime<Utc> {
        Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap()
    }

    #[test]
    fn a_text_due_in_quiet_hours_waits_for_local_morning() {
        let quiet = parse_quiet_hours("21:00-08:00").unwrap();
        // 22:30 in Los Angeles (PST, UTC-8) → 08:00 the next local day.
        assert_eq!(
            allowed_at(utc(2026, 12, 3, 6, 30), LA, quiet),
            utc(2026, 12, 3, 16, 0)
        );
        // 06:00 local → 08:00 the same day.
        assert_eq!(
            allowed_at(utc(2026, 12, 3, 14, 0), LA, quiet),
            utc(2026, 12, 3, 16, 0)
        );
        // Noon local: now.
        assert_eq!(
            allowed_at(utc(2026, 12, 3, 20, 0), LA, quiet),
            utc(2026, 12, 3, 20, 0)
        );
        // Off.
        assert_eq!(
            allowed_at(utc(2026, 12, 3, 6, 30), LA, None),
            utc(2026, 12, 3, 6, 30)
        );
    }

    #[test]
    fn morning_after_a_dst_change_is_local_morning() {
        let quiet = parse_quiet_hours("21:00-08:00").unwrap();
        // Saturday 2026-10-31 23:00 PDT; Sunday 08:00 is PST (UTC-8) after the fall-back.
        assert_eq!(
            allowed_at(utc(2026, 11, 1, 6, 0), LA, quiet),
            utc(2026, 11, 1, 16, 0)
        );
    }
}
