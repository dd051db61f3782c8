//! The visit state machine: `(conversation, event, now) → (conversation, effects)`, pure.
//!
//! It implements `CONVERSATION.md`'s table. The caller (the SMS webhook, the voice gather, the
//! scheduler) loads a [`Conversation`] and the [`Facts`] it needs (the open slots this family
//! may be offered, who they are), calls [`step`], and carries out the [`Effect`]s in the same
//! transaction. Booking is two-phase: a choice yields [`Effect::Book`]; the caller tries it in
//! the database and feeds back [`Event::Booked`] or [`Event::SlotTaken`], because only the
//! database knows whether a slot is still free.
//!
//! Rules that hold on every path (and are tested): no educator hears of a family before the
//! family chose a time; at most one follow-up; nothing is sent after a decline unless the family
//! writes again, and nothing at all after STOP but the one confirmation (HELP is still
//! answered, as carriers require).

use chrono::{DateTime, Utc};

use super::messages::{FamilyFacts, FamilyMessage, SlotOption};
use super::understand::Intent;

/// How many options a family is offered at once.
pub const MAX_OPTIONS: usize = 3;

/// The least notice a pair gets of a visit: an option starting sooner than this (or already
/// past, in an offer made days ago) is not bookable, and the family is offered what is open.
pub const MIN_NOTICE_SECONDS: i64 = 12 * 3600;

/// Where a family's invitation stands.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    Invited,
    /// Invited, and the one follow-up was sent.
    FollowedUp,
    /// Invited, and asked which option they meant.
    Clarifying,
    Booked,
    Declined,
    Cancelled,
    OptedOut,
    Completed,
}

impl State {
    pub const ALL: [State; 8] = [
        State::Invited,
        State::FollowedUp,
        State::Clarifying,
        State::Booked,
        State::Declined,
        State::Cancelled,
        State::OptedOut,
        State::Completed,
    ];

    pub fn as_str(self) -> &'static str {
        match self {
            State::Invited => "invited",
            State::FollowedUp => "followed_up",
            State::Clarifying => "clarifying",
            State::Booked => "booked",
            State::Declined => "declined",
            State::Cancelled => "cancelled",
            State::OptedOut => "opted_out",
            State::Completed => "completed",
        }
    }

    pub fn parse(raw: &str) -> Option<State> {
        State::ALL.into_iter().find(|s| s.as_str() == raw)
    }

    /// Waiting for the family to pick a time.
    pub fn is_open(self) -> bool {
        matches!(self, State::Invited | State::FollowedUp | State::Clarifying)
    }
}

/// A booked visit as the conversation knows it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Booking {
    pub option: SlotOption,
}

/// One family's conversation within one campaign.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Conversation {
    pub state: State,
    /// The numbered options the family last saw, in order (1 is the first).
    pub offer: Vec<SlotOption>,
    pub booking: Option<Booking>,
    /// Where the family wants to meet; `None` is their home.
    pub place: Option<String>,
    /// The next text is the place they want to meet.
    pub awaiting_place: bool,
    pub followed_up: bool,
    /// They have been told once that a person will answer.
    pub handed_off: bool,
}

impl Conversation {
    /// A conversation before its invitation went out.
    pub fn new() -> Conversation {
        Conversation {
            state: State::Invited,
            offer: Vec::new(),
            booking: None,
            place: None,
            awaiting_place: false,
            followed_up: false,
            handed_off: false,
        }
    }
}

impl Default for Conversation {
    fn default() -> Self {
        Conversation::new()
    }
}

/// What the caller knows that the machine may need.
#[derive(Debug, Clone, Copy)]
pub struct Facts<'a> {
    pub family: &'a FamilyFacts,
    /// Slots this family may be offered now, best first; never includes their booked slot.
    pub open: Open<'a>,
    pub program: &'a str,
    pub contact: &'a str,
}

/// The open slots a step may read. Loading them costs a query over every open slot of the
/// school, and most replies (a number, no, yes) never look at them, so a caller may first step
/// with [`Open::probe`]: no slots, but a flag set if the step read them; only then does it
/// load them and step again (the step is pure, so the second step is the one that counts).
#[derive(Debug, Clone, Copy)]
pub struct Open<'a> {
    slots: &'a [SlotOption],
    read: Option<&'a std::sync::atomic::AtomicBool>,
}

impl<'a> Open<'a> {
    /// These slots.
    pub fn all(slots: &'a [SlotOption]) -> Open<'a> {
        Open { slots, read: None }
    }

    /// No slots yet; `read` is set if the step looks at them.
    pub fn probe(read: &'a std::sync::atomic::AtomicBool) -> Open<'a> {
        Open {
            slots: &[],
            read: Some(read),
        }
    }

    /// The slots, best first (noting that they were read).
    pub fn slots(&self) -> &'a [SlotOption] {
        if let Some(read) = self.read {
            read.store(true, std::sync::atomic::Ordering::Relaxed);
        }
        self.slots
    }
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// The campaign invites this family now.
    Launch,
    /// The family replied (`text` verbatim, already stored). `provider_answered`: the provider's
    /// own STOP/START/HELP handling already answered them (Twilio's `OptOutType`).
    Reply {
        intent: Intent,
        text: String,
        provider_answered: bool,
    },
    /// The booking asked for by [`Effect::Book`] succeeded.
    Booked(SlotOption),
    /// The slot asked for by [`Effect::Book`] was taken by someone else first.
    SlotTaken,
    /// No answer by the follow-up time.
    NoAnswer,
    /// The day before the visit.
    ReminderDue,
    /// An educator reported the visit done.
    Completed,
    /// The provider refused a send because the number opted out (Twilio 21610).
    ProviderOptOut,
    /// A coordinator cancelled the booked visit (dashboard): as the family's own NO, the pair
    /// and the family are told, and the family may come back with YES.
    CancelledBySchool,
    /// A coordinator moved the booked visit to this open slot (another pair, perhaps another
    /// time): booked as the family's own move is, and both pairs and the family are told. A
    /// slot that is not open for the family is ignored.
    MovedBySchool(SlotOption),
}

/// What an educator pair is told; the caller adds the family's details for each educator.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Notice {
    Confirmed,
    Changed { previous_start: DateTime<Utc> },
    Cancelled,
    Reminder,
    PlaceChanged,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Effect {
    /// Text the family.
    Family(FamilyMessage),
    /// Text both educators of this option's pair.
    Educators {
        option: SlotOption,
        place: Option<String>,
        notice: Notice,
    },
    /// Try to book this slot for the family (answer with `Booked` or `SlotTaken`).
    Book(SlotOption),
    /// Cancel the family's visit in this slot, freeing it.
    CancelVisit(SlotOption),
    /// Remember where the family wants to meet.
    SetPlace(String),
    /// Record the opt-out with its time; cancel queued texts to the number.
    OptOut {
        at: DateTime<Utc>,
    },
    OptIn {
        at: DateTime<Utc>,
    },
    /// Keep the reply in the coordinator's inbox.
    Handoff,
}

/// One step of the conversation.
pub fn step(
    conv: &Conversation,
    event: Event,
    facts: &Facts<'_>,
    now: DateTime<Utc>,
) -> (Conversation, Vec<Effect>) {
    let mut next = conv.clone();
    let mut effects = Vec::new();
    match event {
        Event::Launch => launch(&mut next, &mut effects, facts),
        Event::Reply {
            intent,
            text,
            provider_answered,
        } => reply(
            &mut next,
            &mut effects,
            facts,
            now,
            intent,
            &text,
            provider_answered,
        ),
        Event::Booked(option) => booked(&mut next, &mut effects, option),
        Event::SlotTaken => slot_taken(&mut next, &mut effects, facts),
        Event::NoAnswer => {
            if next.state.is_open() && !next.followed_up && !facts.open.slots().is_empty() {
                next.offer = first_options(facts.open.slots());
                next.followed_up = true;
                next.state = State::FollowedUp;
                effects.push(Effect::Family(FamilyMessage::FollowUp {
                    family: facts.family.clone(),
                    options: next.offer.clone(),
                }));
            }
        }
        Event::ReminderDue => {
            if let (State::Booked, Some(booking)) = (next.state, &next.booking) {
                effects.push(Effect::Family(FamilyMessage::Reminder {
                    option: booking.option.clone(),
                    place: next.place.clone(),
                }));
                effects.push(Effect::Educators {
                    option: booking.option.clone(),
                    place: next.place.clone(),
                    notice: Notice::Reminder,
                });
            }
        }
        Event::Completed => {
            if next.state == State::Booked {
                next.state = State::Completed;
                next.offer.clear();
            }
        }
        Event::ProviderOptOut => opt_out(&mut next, &mut effects, now, false),
        Event::CancelledBySchool => {
            if let (State::Booked, Some(booking)) = (next.state, next.booking.clone()) {
                cancel_booking(&mut next, &mut effects, booking);
            }
        }
        Event::MovedBySchool(option) => {
            let open = facts
                .open
                .slots()
                .iter()
                .any(|o| o.slot_id == option.slot_id);
            if next.state == State::Booked && next.booking.is_some() && open {
                effects.push(Effect::Book(option));
            }
        }
    }
    (next, effects)
}

fn first_options(open: &[SlotOption]) -> Vec<SlotOption> {
    open.iter().take(MAX_OPTIONS).cloned().collect()
}

fn launch(next: &mut Conversation, effects: &mut Vec<Effect>, facts: &Facts<'_>) {
    if next.state != State::Invited || !next.offer.is_empty() || facts.open.slots().is_empty() {
        return;
    }
    next.offer = first_options(facts.open.slots());
    effects.push(Effect::Family(FamilyMessage::Invitation {
        family: facts.family.clone(),
        options: next.offer.clone(),
    }));
}

#[allow(clippy::too_many_arguments)]
fn reply(
    next: &mut Conversation,
    effects: &mut Vec<Effect>,
    facts: &Facts<'_>,
    now: DateTime<Utc>,
    intent: Intent,
    text: &str,
    provider_answered: bool,
) {
    // Compliance first, in every state.
    match intent {
        Intent::Stop => return opt_out(next, effects, now, !provider_answered),
        Intent::Help => {
            if !provider_answered {
                effects.push(Effect::Family(FamilyMessage::Help {
                    program: facts.program.to_string(),
                    contact: facts.contact.to_string(),
                }));
            }
            return;
        }
        _ => {}
    }
    if next.state == State::OptedOut {
        // Only an opt-in word (START, UNSTOP, the locale's start words) opts back in: "ok",
        // "thanks", 👍 or "yes" after the STOP confirmation are not consent. Anything else is
        // stored and not answered.
        if intent == Intent::Start {
            opt_in(next, effects, facts, now, !provider_answered);
        }
        return;
    }
    if intent == Intent::Start {
        if !provider_answered {
            effects.push(Effect::Family(FamilyMessage::StartConfirmation));
        }
        return;
    }
    if next.awaiting_place {
        next.awaiting_place = false;
        // The next text is the place ("Central library, 2nd floor" has a number in it); only a
        // bare answer like "2" or "no" is taken as what it says.
        if matches!(intent, Intent::Other | Intent::Place) || describes_a_place(text) {
            return set_place(next, effects, text);
        }
    }
    match next.state {
        State::Invited | State::FollowedUp | State::Clarifying => {
            open_reply(next, effects, facts, intent, now)
        }
        State::Booked => booked_reply(next, effects, facts, intent, now),
        State::Declined | State::Cancelled => match intent {
            Intent::Choose { .. } | Intent::Accept | Intent::Change | Intent::Ambiguous => {
                fresh_offer(next, effects, facts)
            }
            Intent::Other | Intent::Place => handoff(next, effects),
            _ => {}
        },
        State::Completed => {
            if intent != Intent::Decline {
                handoff(next, effects)
            }
        }
        State::OptedOut => {}
    }
}

fn open_reply(
    next: &mut Conversation,
    effects: &mut Vec<Effect>,
    facts: &Facts<'_>,
    intent: Intent,
    now: DateTime<Utc>,
) {
    match intent {
        Intent::Choose { choice } => {
            if next.offer.is_empty() {
                return change(next, effects, facts);
            }
            match usize::try_from(choice)
                .ok()
                .filter(|n| (1..=next.offer.len()).contains(n))
            {
                Some(n) => book(next, effects, facts, n - 1, now),
                None => clarify(next, effects),
            }
        }
        Intent::Ambiguous => clarify(next, effects),
        Intent::Accept => match next.offer.len() {
            0 => change(next, effects, facts),
            1 => book(next, effects, facts, 0, now),
            _ => {
                next.state = State::Clarifying;
                effects.push(Effect::Family(FamilyMessage::WhichOne {
                    options: next.offer.clone(),
                }));
            }
        },
        Intent::Decline => {
            next.state = State::Declined;
            next.offer.clear();
            effects.push(Effect::Family(FamilyMessage::DeclineThanks));
        }
        Intent::Change => change(next, effects, facts),
        Intent::Place => ask_place(next, effects),
        Intent::Other => handoff(next, effects),
        Intent::Stop | Intent::Start | Intent::Help => {}
    }
}

fn booked_reply(
    next: &mut Conversation,
    effects: &mut Vec<Effect>,
    facts: &Facts<'_>,
    intent: Intent,
    now: DateTime<Utc>,
) {
    let Some(booking) = next.booking.clone() else {
        return handoff(next, effects);
    };
    match intent {
        // A pending change: a number picks the new time.
        Intent::Choose { choice } if !next.offer.is_empty() => {
            match usize::try_from(choice)
                .ok()
                .filter(|n| (1..=next.offer.len()).contains(n))
            {
                Some(n) => book(next, effects, facts, n - 1, now),
                None => effects.push(Effect::Family(FamilyMessage::Clarify {
                    count: next.offer.len(),
                })),
            }
        }
        Intent::Ambiguous if !next.offer.is_empty() => {
            effects.push(Effect::Family(FamilyMessage::Clarify {
                count: next.offer.len(),
            }))
        }
        Intent::Choose { .. } | Intent::Accept | Intent::Ambiguous => {
            effects.push(Effect::Family(FamilyMessage::AlreadyBooked {
                option: booking.option,
                place: next.place.clone(),
            }))
        }
        Intent::Change => {
            if facts.open.slots().is_empty() {
                effects.push(Effect::Family(FamilyMessage::NoOptionsLeft));
                effects.push(Effect::Handoff);
            } else {
                next.offer = first_options(facts.open.slots());
                effects.push(Effect::Family(FamilyMessage::Change {
                    options: next.offer.clone(),
                }));
            }
        }
        Intent::Decline => cancel_booking(next, effects, booking),
        Intent::Place => ask_place(next, effects),
        Intent::Other => handoff(next, effects),
        Intent::Stop | Intent::Start | Intent::Help => {}
    }
}

/// Cancels the booked visit: the slot is freed, the pair and the family told.
fn cancel_booking(next: &mut Conversation, effects: &mut Vec<Effect>, booking: Booking) {
    next.state = State::Cancelled;
    next.offer.clear();
    next.booking = None;
    effects.push(Effect::CancelVisit(booking.option.clone()));
    effects.push(Effect::Educators {
        option: booking.option,
        place: next.place.clone(),
        notice: Notice::Cancelled,
    });
    effects.push(Effect::Family(FamilyMessage::Cancelled));
}

/// Asks to book the offer's option `index`, unless its time has passed or is too close (an
/// offer made days ago): then the family gets what is open now, as for a slot just taken.
fn book(
    next: &mut Conversation,
    effects: &mut Vec<Effect>,
    facts: &Facts<'_>,
    index: usize,
    now: DateTime<Utc>,
) {
    let option = &next.offer[index];
    if (option.start - now).num_seconds() < MIN_NOTICE_SECONDS {
        return slot_taken(next, effects, facts);
    }
    effects.push(Effect::Book(option.clone()));
}

fn booked(next: &mut Conversation, effects: &mut Vec<Effect>, option: SlotOption) {
    let previous = next.booking.take();
    next.state = State::Booked;
    next.offer.clear();
    next.booking = Some(Booking {
        option: option.clone(),
    });
    match previous {
        None => effects.push(Effect::Educators {
            option: option.clone(),
            place: next.place.clone(),
            notice: Notice::Confirmed,
        }),
        Some(old) => {
            effects.push(Effect::CancelVisit(old.option.clone()));
            if same_pair(&old.option, &option) {
                effects.push(Effect::Educators {
                    option: option.clone(),
                    place: next.place.clone(),
                    notice: Notice::Changed {
                        previous_start: old.option.start,
                    },
                });
            } else {
                effects.push(Effect::Educators {
                    option: old.option,
                    place: next.place.clone(),
                    notice: Notice::Cancelled,
                });
                effects.push(Effect::Educators {
                    option: option.clone(),
                    place: next.place.clone(),
                    notice: Notice::Confirmed,
                });
            }
        }
    }
    effects.push(Effect::Family(FamilyMessage::Booked {
        option,
        place: next.place.clone(),
    }));
}

fn same_pair(a: &SlotOption, b: &SlotOption) -> bool {
    let mut x = a.educators.clone();
    let mut y = b.educators.clone();
    x.sort();
    y.sort();
    x == y
}

fn slot_taken(next: &mut Conversation, effects: &mut Vec<Effect>, facts: &Facts<'_>) {
    if facts.open.slots().is_empty() {
        next.offer.clear();
        effects.push(Effect::Family(FamilyMessage::NoOptionsLeft));
        effects.push(Effect::Handoff);
        return;
    }
    next.offer = first_options(facts.open.slots());
    if next.state.is_open() {
        next.state = State::Invited.max_with(next.state);
    }
    effects.push(Effect::Family(FamilyMessage::SlotTaken {
        options: next.offer.clone(),
    }));
}

impl State {
    /// Keeps `FollowedUp` (so a second follow-up never happens) but leaves `Clarifying`.
    fn max_with(self, current: State) -> State {
        if current == State::FollowedUp {
            current
        } else {
            self
        }
    }
}

fn clarify(next: &mut Conversation, effects: &mut Vec<Effect>) {
    next.state = State::Clarifying;
    effects.push(Effect::Family(FamilyMessage::Clarify {
        count: next.offer.len(),
    }));
}

fn change(next: &mut Conversation, effects: &mut Vec<Effect>, facts: &Facts<'_>) {
    let others: Vec<SlotOption> = facts
        .open
        .slots()
        .iter()
        .filter(|o| !next.offer.iter().any(|seen| seen.slot_id == o.slot_id))
        .take(MAX_OPTIONS)
        .cloned()
        .collect();
    if others.is_empty() {
        effects.push(Effect::Family(FamilyMessage::NoOptionsLeft));
        effects.push(Effect::Handoff);
        return;
    }
    next.offer = others;
    effects.push(Effect::Family(FamilyMessage::Change {
        options: next.offer.clone(),
    }));
}

fn fresh_offer(next: &mut Conversation, effects: &mut Vec<Effect>, facts: &Facts<'_>) {
    if facts.open.slots().is_empty() {
        effects.push(Effect::Family(FamilyMessage::NoOptionsLeft));
        effects.push(Effect::Handoff);
        return;
    }
    next.state = State::Invited;
    next.offer = first_options(facts.open.slots());
    effects.push(Effect::Family(FamilyMessage::Change {
        options: next.offer.clone(),
    }));
}

fn ask_place(next: &mut Conversation, effects: &mut Vec<Effect>) {
    next.awaiting_place = true;
    effects.push(Effect::Family(FamilyMessage::AskPlace));
}

/// More than a bare answer: several words, or a longer text.
fn describes_a_place(text: &str) -> bool {
    let text = text.trim();
    text.split_whitespace().count() > 2 || text.chars().count() > 12
}

/// The longest place description kept (a text is up to 1,600 characters).
pub const MAX_PLACE: usize = 200;

fn set_place(next: &mut Conversation, effects: &mut Vec<Effect>, text: &str) {
    // Control characters (a CR, a tab) never reach the pair's texts or calendar feed, where a
    // raw CR could start a new iCalendar property.
    let place: String = text
        .chars()
        .map(|c| if c.is_control() { ' ' } else { c })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
        .chars()
        .take(MAX_PLACE)
        .collect();
    if place.is_empty() {
        return;
    }
    next.place = Some(place.clone());
    effects.push(Effect::SetPlace(place.clone()));
    if let (State::Booked, Some(booking)) = (next.state, &next.booking) {
        effects.push(Effect::Educators {
            option: booking.option.clone(),
            place: Some(place.clone()),
            notice: Notice::PlaceChanged,
        });
    }
    effects.push(Effect::Family(FamilyMessage::PlaceThanks { place }));
}

fn handoff(next: &mut Conversation, effects: &mut Vec<Effect>) {
    effects.push(Effect::Handoff);
    if !next.handed_off {
        next.handed_off = true;
        effects.push(Effect::Family(FamilyMessage::Handoff));
    }
}

fn opt_out(next: &mut Conversation, effects: &mut Vec<Effect>, now: DateTime<Utc>, confirm: bool) {
    if next.state == State::OptedOut {
        return;
    }
    effects.push(Effect::OptOut { at: now });
    if let (State::Booked, Some(booking)) = (next.state, next.booking.take()) {
        effects.push(Effect::CancelVisit(booking.option.clone()));
        effects.push(Effect::Educators {
            option: booking.option,
            place: next.place.clone(),
            notice: Notice::Cancelled,
        });
    }
    next.state = State::OptedOut;
    next.offer.clear();
    next.awaiting_place = false;
    if confirm {
        effects.push(Effect::Family(FamilyMessage::StopConfirmation));
    }
}

fn opt_in(
    next: &mut Conversation,
    effects: &mut Vec<Effect>,
    facts: &Facts<'_>,
    now: DateTime<Utc>,
    confirm: bool,
) {
    effects.push(Effect::OptIn { at: now });
    next.state = State::Invited;
    if confirm {
        effects.push(Effect::Family(FamilyMessage::StartConfirmation));
    }
    next.offer = first_options(facts.open.slots());
    if !next.offer.is_empty() {
        effects.push(Effect::Family(FamilyMessage::Change {
            options: next.offer.clone(),
        }));
    }
}

#[cfg(test)]
mod tests;
