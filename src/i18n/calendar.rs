//! The words of an educator's calendar feed (`calendar-*` messages), in the educator's own
//! language, like their texts: the calendar's name, and each visit's title, place and notes.

use fluent_bundle::FluentArgs;

use super::catalog::Speaker;
use super::educator::language_code;
use super::family::place_args;

/// One visit as the educator's calendar describes it.
#[derive(Debug, Clone)]
pub struct CalendarVisit<'a> {
    pub guardian: &'a str,
    pub children: &'a [String],
    /// The family's language tag (`es-MX`); named in the educator's language.
    pub family_language: &'a str,
    /// Neither educator of the pair speaks the family's language.
    pub interpreter: bool,
    pub partner: &'a str,
    /// Where to meet when not at the family's home.
    pub place: Option<&'a str>,
    pub minutes: i64,
    /// `booked`, `completed` or `cancelled`.
    pub state: &'a str,
}

/// An event's title, location and notes.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct CalendarEvent {
    pub summary: String,
    pub location: String,
    pub notes: String,
}

pub(crate) fn name(speaker: &Speaker<'_>, educator: &str) -> String {
    let mut args = FluentArgs::new();
    args.set("educator", educator.to_string());
    speaker.text("calendar-name", &args)
}

pub(crate) fn event(speaker: &Speaker<'_>, visit: &CalendarVisit<'_>) -> CalendarEvent {
    let mut args = FluentArgs::new();
    args.set("guardian", visit.guardian.to_string());
    args.set("state", visit.state.to_string());
    place_args(&mut args, visit.place);
    let location = speaker.text("calendar-place", &args);
    let summary = speaker.text("calendar-summary", &args);
    let children = if visit.children.is_empty() {
        "—".to_string()
    } else {
        speaker.names(visit.children)
    };
    args.set("children", children);
    args.set("count", visit.children.len());
    let mut code = FluentArgs::new();
    code.set("code", language_code(visit.family_language));
    args.set("language", speaker.text("language-name", &code));
    args.set("interpreter", if visit.interpreter { "yes" } else { "no" });
    args.set("partner", visit.partner.to_string());
    args.set("place", location.clone());
    args.set("minutes", visit.minutes);
    let notes = speaker.text("calendar-notes", &args);
    CalendarEvent {
        summary,
        location,
        notes,
    }
}
