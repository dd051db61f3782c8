//! Which Fluent message each [`FamilyMessage`] is, and the arguments it gets: names, the
//! numbered options, the slot time and the meeting place.

use fluent_bundle::FluentArgs;

use super::catalog::Speaker;
use crate::conversation::messages::{FamilyFacts, FamilyMessage, SlotOption};

/// The Fluent id of a family message.
pub(crate) fn id(message: &FamilyMessage) -> &'static str {
    match message {
        FamilyMessage::Invitation { .. } => "invitation",
        FamilyMessage::SecondInvitation { .. } => "invitation-second",
        FamilyMessage::Booked { .. } => "booked",
        FamilyMessage::SlotTaken { .. } => "slot-taken",
        FamilyMessage::Clarify { .. } => "clarify",
        FamilyMessage::WhichOne { .. } => "which-one",
        FamilyMessage::DeclineThanks => "decline-thanks",
        FamilyMessage::Change { .. } => "change",
        FamilyMessage::NoOptionsLeft => "no-options-left",
        FamilyMessage::Cancelled => "cancelled",
        FamilyMessage::AlreadyBooked { .. } => "already-booked",
        FamilyMessage::Reminder { .. } => "reminder",
        FamilyMessage::FollowUp { .. } => "follow-up",
        FamilyMessage::AskPlace => "ask-place",
        FamilyMessage::PlaceThanks { .. } => "place-thanks",
        FamilyMessage::StopConfirmation => "stop-confirmation",
        FamilyMessage::StartConfirmation => "start-confirmation",
        FamilyMessage::Help { .. } => "help",
        FamilyMessage::Handoff => "handoff",
        FamilyMessage::UnknownSender { .. } => "unknown-sender",
    }
}

pub(crate) fn render(speaker: &Speaker<'_>, message: &FamilyMessage) -> String {
    let mut args = FluentArgs::new();
    match message {
        FamilyMessage::Invitation { family, options }
        | FamilyMessage::FollowUp { family, options } => {
            invitation_args(speaker, &mut args, family, options);
        }
        FamilyMessage::SecondInvitation {
            family,
            options,
            visited,
        } => {
            invitation_args(speaker, &mut args, family, options);
            args.set("visited1", visited[0].clone());
            args.set("visited2", visited[1].clone());
        }
        FamilyMessage::Booked { option, place }
        | FamilyMessage::AlreadyBooked { option, place }
        | FamilyMessage::Reminder { option, place } => {
            visit_args(speaker, &mut args, option, place.as_deref());
        }
        FamilyMessage::SlotTaken { options }
        | FamilyMessage::WhichOne { options }
        | FamilyMessage::Change { options } => {
            args.set("options", speaker.options(options));
        }
        FamilyMessage::Clarify { count } => args.set("count", *count),
        FamilyMessage::PlaceThanks { place } => args.set("place", place.clone()),
        FamilyMessage::Help { program, contact }
        | FamilyMessage::UnknownSender { program, contact } => {
            args.set("program", program.clone());
            args.set("contact", contact.clone());
        }
        FamilyMessage::DeclineThanks
        | FamilyMessage::NoOptionsLeft
        | FamilyMessage::Cancelled
        | FamilyMessage::AskPlace
        | FamilyMessage::StopConfirmation
        | FamilyMessage::StartConfirmation
        | FamilyMessage::Handoff => {}
    }
    speaker.text(id(message), &args)
}

/// Who invites whom, and the options. The pair is named when every option has the same pair;
/// otherwise the message speaks of "two teachers" and the pair is named once a time is chosen.
pub(crate) fn invitation_args(
    speaker: &Speaker<'_>,
    args: &mut FluentArgs<'_>,
    family: &FamilyFacts,
    options: &[SlotOption],
) {
    args.set("guardian", family.guardian.clone());
    args.set("children", speaker.names(&family.children));
    args.set("count", family.children.len());
    args.set("school", family.school.clone());
    let first = options
        .first()
        .map(|o| o.educators.clone())
        .unwrap_or_default();
    let same_pair = options.iter().all(|o| same_pair(&o.educators, &first));
    let [educator1, educator2] = first;
    args.set("educator1", educator1);
    args.set("educator2", educator2);
    args.set("pairs", if same_pair { "one" } else { "many" });
    args.set("options", speaker.options(options));
}

fn same_pair(a: &[String; 2], b: &[String; 2]) -> bool {
    (a[0] == b[0] && a[1] == b[1]) || (a[0] == b[1] && a[1] == b[0])
}

/// A booked visit: the pair, the time and where (the family's choice, else the slot's
/// location, else their home).
fn visit_args(
    speaker: &Speaker<'_>,
    args: &mut FluentArgs<'_>,
    option: &SlotOption,
    place: Option<&str>,
) {
    let [educator1, educator2] = option.educators.clone();
    args.set("educator1", educator1);
    args.set("educator2", educator2);
    args.set("when", speaker.when(option.start));
    place_args(args, place.or(option.location.as_deref()));
}

/// `$where` (`home` or `other`) and `$place` (empty at home).
pub(crate) fn place_args(args: &mut FluentArgs<'_>, place: Option<&str>) {
    match place.map(str::trim).filter(|p| !p.is_empty()) {
        Some(place) => {
            args.set("where", "other");
            args.set("place", place.to_string());
        }
        None => {
            args.set("where", "home");
            args.set("place", "");
        }
    }
}
