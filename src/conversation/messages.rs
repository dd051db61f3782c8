//! The typed list of everything homevisit ever says, with the facts each message needs.
//!
//! These are data, not text: `i18n` renders each one from the recipient's Fluent locale
//! (`locales/<tag>/main.ftl`), with dates in the school's time zone. Nothing here is
//! translated or concatenated in Rust.

use chrono::{DateTime, Utc};

/// One slot as offered to a family: when, how long, and which two educators come.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SlotOption {
    pub slot_id: i64,
    pub start: DateTime<Utc>,
    pub minutes: i64,
    /// The pair, by the names families know them by.
    pub educators: [String; 2],
    /// Where the pair meets the family when the family has not asked for another place
    /// (`None`: the family's home).
    pub location: Option<String>,
}

/// Who the message is about, for the words that name people and the school.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FamilyFacts {
    pub guardian: String,
    /// The children's first names, in roster order.
    pub children: Vec<String>,
    pub school: String,
}

/// What a family is told.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FamilyMessage {
    /// The first text of a campaign: who, that it is 30 minutes and voluntary, up to three
    /// numbered options, how to say no.
    Invitation {
        family: FamilyFacts,
        options: Vec<SlotOption>,
    },
    /// The year's second visit, to a family whose first was completed: the pair who came
    /// (`visited`), whose times are offered first, then others.
    SecondInvitation {
        family: FamilyFacts,
        options: Vec<SlotOption>,
        visited: [String; 2],
    },
    /// The family chose a time: both names, day, time, 30 minutes, place, how to CHANGE or NO.
    Booked {
        option: SlotOption,
        place: Option<String>,
    },
    /// The time they chose was just taken; the options still open, renumbered.
    SlotTaken {
        options: Vec<SlotOption>,
    },
    /// They sent two numbers, or a number that is not on the list: "reply with 1, 2 or 3".
    Clarify {
        count: usize,
    },
    /// "Yes" without a number while several options are open: which one?
    WhichOne {
        options: Vec<SlotOption>,
    },
    /// They said no: warm thanks, the door left open.
    DeclineThanks,
    /// New options after CHANGE (or after changing their mind).
    Change {
        options: Vec<SlotOption>,
    },
    /// CHANGE with nothing left to offer: someone from the school will call.
    NoOptionsLeft,
    /// Their booked visit is cancelled (they said NO): how to come back.
    Cancelled,
    /// Already booked, and they replied a number or yes again.
    AlreadyBooked {
        option: SlotOption,
        place: Option<String>,
    },
    /// The day before the visit.
    Reminder {
        option: SlotOption,
        place: Option<String>,
    },
    /// The one gentle follow-up to a family that has not answered.
    FollowUp {
        family: FamilyFacts,
        options: Vec<SlotOption>,
    },
    /// They asked to meet elsewhere: where?
    AskPlace,
    /// The place they described was passed on to the pair.
    PlaceThanks {
        place: String,
    },
    StopConfirmation,
    StartConfirmation,
    /// Program name, a contact, "reply STOP to stop".
    Help {
        program: String,
        contact: String,
    },
    /// Free text we keep for a coordinator: "a person will answer you soon".
    Handoff,
    /// A number from someone we don't know: who we are and how to reach the school.
    UnknownSender {
        program: String,
        contact: String,
    },
}

/// What an educator is told about a family's visit (only ever a confirmed one).
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct VisitFacts {
    pub guardian: String,
    pub children: Vec<String>,
    /// The family's language tag (`es-MX`), rendered as a name in the educator's language.
    pub family_language: String,
    /// Whether either educator of the pair speaks the family's language; if not, an
    /// interpreter is needed.
    pub pair_speaks_language: bool,
    pub option: SlotOption,
    /// `None`: the family's home.
    pub place: Option<String>,
    /// The other educator of the pair.
    pub partner: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum EducatorMessage {
    Confirmed(VisitFacts),
    /// The family moved the visit to this new time (sent to the new pair; the old pair, if
    /// different, gets `Cancelled` for the old time).
    Changed {
        visit: VisitFacts,
        previous_start: DateTime<Utc>,
    },
    Cancelled(VisitFacts),
    Reminder(VisitFacts),
    /// The family asked to meet somewhere else.
    PlaceChanged(VisitFacts),
    /// The educator texted DONE: the visit is recorded as completed for both of the pair.
    DoneRecorded(VisitFacts),
    /// The educator texted CANT: the coordinator will arrange it; the family is not told yet.
    CantNoted(VisitFacts),
    /// DONE or CANT, but there is no such visit (none started and open / none coming).
    NoVisitFound,
    /// After DONE, asked once of each educator of the pair: what they learned of the family's
    /// hopes (their next text that is not a keyword is kept with the visit), or SKIP.
    AskReflection(VisitFacts),
    /// Their reflection was kept, or skipped.
    ReflectionKept {
        guardian: String,
        skipped: bool,
    },
}
