//! What a phone call says: the `voice-*` messages of each locale, and the text-to-speech
//! voice that reads them (`locales/voices.tsv`).
//!
//! A [`Spoken`] is words to say, then (when the call asks for a key) a prompt to say inside
//! `<Gather>`, and which [`Menu`] the keys of that prompt belong to. The SMS messages stay
//! in `i18n::family`; a call never says "reply".

use fluent_bundle::FluentArgs;

use super::catalog::Speaker;
use super::family::{invitation_args, place_args};
use crate::conversation::messages::{FamilyFacts, FamilyMessage, SlotOption};

/// What the keys of a prompt mean.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Menu {
    /// 1, 2, 3: a time; 9: not now; 0: a person.
    Offer,
    /// 1: keep the visit; 2: change it; 3: cancel it; 0: a person.
    Visit,
}

impl Menu {
    pub fn name(self) -> &'static str {
        match self {
            Menu::Offer => "offer",
            Menu::Visit => "visit",
        }
    }

    pub fn parse(name: &str) -> Option<Menu> {
        match name {
            "offer" => Some(Menu::Offer),
            "visit" => Some(Menu::Visit),
            _ => None,
        }
    }
}

/// The text-to-speech voice of a locale, as Twilio's `<Say>` names it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Voice {
    /// `<Say language=…>`, e.g. `es-US`.
    pub language: String,
    /// `<Say voice=…>`, e.g. `Google.es-US-Standard-A`.
    pub name: String,
}

/// One call's words.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Spoken {
    /// Said first, in order.
    pub say: Vec<String>,
    /// Said inside `<Gather>`; empty when no key is asked for.
    pub prompt: Vec<String>,
    pub menu: Option<Menu>,
    /// The voice to read it with; `None` when the family's language has none and the words
    /// are English.
    pub voice: Option<Voice>,
    /// The words are English because the family's language has no voice: a coordinator should
    /// arrange a call back with an interpreter.
    pub needs_interpreter: bool,
    /// The locale's words for "Thank you. Goodbye!" and "We did not hear a choice."
    pub goodbye: String,
    pub no_input: String,
    pub not_a_choice: String,
}

impl Spoken {
    /// Everything it says, for the record.
    pub fn words(&self) -> String {
        self.say
            .iter()
            .chain(self.prompt.iter())
            .map(String::as_str)
            .collect::<Vec<_>>()
            .join(" ")
    }
}

/// What a call says, besides a family message.
#[derive(Debug, Clone)]
pub enum Line<'a> {
    /// A family message (an invitation, a confirmation, …) said instead of texted.
    Family(&'a FamilyMessage),
    /// A known family calls, or is called, with a booked visit: the visit and its keys.
    Visit {
        option: &'a SlotOption,
        place: Option<&'a str>,
    },
    /// A known family with nothing to choose.
    NothingOpen,
    /// An answering machine: who called and the number to call back.
    Machine { program: &'a str, contact: &'a str },
    /// A caller we do not know.
    UnknownCaller { program: &'a str, contact: &'a str },
}

/// Renders `line` with `speaker`; `school` is the school's name.
pub(crate) fn render(speaker: &Speaker<'_>, school: &str, line: &Line<'_>) -> Spoken {
    let none = FluentArgs::new();
    let mut spoken = Spoken {
        goodbye: speaker.text("voice-goodbye", &none),
        no_input: speaker.text("voice-no-input", &none),
        not_a_choice: speaker.text("voice-not-a-choice", &none),
        ..Spoken::default()
    };
    let say = |id: &str| speaker.text(id, &FluentArgs::new());
    match line {
        Line::Family(message) => family(speaker, school, message, &mut spoken),
        Line::Visit { option, place } => {
            spoken
                .say
                .push(visit(speaker, "voice-visit", option, *place));
            spoken.prompt.push(say("voice-visit-choices"));
            spoken.menu = Some(Menu::Visit);
        }
        Line::NothingOpen => {
            let mut args = FluentArgs::new();
            args.set("school", school.to_string());
            spoken
                .prompt
                .push(speaker.text("voice-nothing-open", &args));
            spoken.menu = Some(Menu::Visit);
        }
        Line::Machine { program, contact } | Line::UnknownCaller { program, contact } => {
            let mut args = FluentArgs::new();
            args.set("program", program.to_string());
            args.set("contact", contact.to_string());
            let id = match line {
                Line::Machine { .. } => "voice-machine",
                _ => "voice-unknown-caller",
            };
            spoken.say.push(speaker.text(id, &args));
        }
    }
    spoken
}

fn family(speaker: &Speaker<'_>, school: &str, message: &FamilyMessage, spoken: &mut Spoken) {
    let say = |id: &str| speaker.text(id, &FluentArgs::new());
    match message {
        FamilyMessage::Invitation { family, options }
        | FamilyMessage::FollowUp { family, options } => {
            spoken.say.push(invitation(speaker, family, options));
            offer(speaker, options, spoken);
        }
        FamilyMessage::SecondInvitation {
            family,
            options,
            visited,
        } => {
            let mut args = FluentArgs::new();
            invitation_args(speaker, &mut args, family, options);
            args.set("visited1", visited[0].clone());
            args.set("visited2", visited[1].clone());
            spoken
                .say
                .push(speaker.text("voice-invitation-second", &args));
            offer(speaker, options, spoken);
        }
        FamilyMessage::Booked { option, place } => {
            spoken
                .say
                .push(visit(speaker, "voice-booked", option, place.as_deref()));
        }
        FamilyMessage::AlreadyBooked { .. } => spoken.say.push(say("voice-kept")),
        FamilyMessage::Reminder { option, place } => {
            let mut args = FluentArgs::new();
            args.set("school", school.to_string());
            spoken.say.push(speaker.text("voice-reminder", &args));
            spoken
                .say
                .push(visit(speaker, "voice-visit", option, place.as_deref()));
            spoken.prompt.push(say("voice-visit-choices"));
            spoken.menu = Some(Menu::Visit);
        }
        FamilyMessage::SlotTaken { options } => {
            spoken.say.push(say("voice-slot-taken"));
            offer(speaker, options, spoken);
        }
        FamilyMessage::WhichOne { options } => offer(speaker, options, spoken),
        FamilyMessage::Change { options } => {
            spoken.say.push(say("voice-change"));
            offer(speaker, options, spoken);
        }
        FamilyMessage::Clarify { .. } => spoken.say.push(say("voice-not-a-choice")),
        FamilyMessage::DeclineThanks => spoken.say.push(say("voice-decline-thanks")),
        FamilyMessage::NoOptionsLeft => spoken.say.push(say("voice-no-options-left")),
        FamilyMessage::Cancelled => spoken.say.push(say("voice-cancelled")),
        FamilyMessage::Help { program, contact }
        | FamilyMessage::UnknownSender { program, contact } => {
            let mut args = FluentArgs::new();
            args.set("program", program.clone());
            args.set("contact", contact.clone());
            spoken.say.push(speaker.text("voice-unknown-caller", &args));
        }
        // Nothing on a keypad asks for these; a person takes it from here.
        FamilyMessage::AskPlace
        | FamilyMessage::PlaceThanks { .. }
        | FamilyMessage::Handoff
        | FamilyMessage::StopConfirmation
        | FamilyMessage::StartConfirmation => spoken.say.push(say("voice-handoff")),
    }
}

/// The options, one `voice-option` each, then how to say no or reach a person.
fn offer(speaker: &Speaker<'_>, options: &[SlotOption], spoken: &mut Spoken) {
    for (index, option) in options.iter().enumerate() {
        let mut args = FluentArgs::new();
        args.set("number", index + 1);
        args.set("when", speaker.when_spoken(option.start));
        spoken.prompt.push(speaker.text("voice-option", &args));
    }
    spoken
        .prompt
        .push(speaker.text("voice-menu-end", &FluentArgs::new()));
    spoken.menu = Some(Menu::Offer);
}

/// The opening of a call about an offer: the same names and pair as the texted invitation
/// (the spoken message leaves out `$options`; the options are said in the prompt).
fn invitation(speaker: &Speaker<'_>, family: &FamilyFacts, options: &[SlotOption]) -> String {
    let mut args = FluentArgs::new();
    invitation_args(speaker, &mut args, family, options);
    speaker.text("voice-invitation", &args)
}

fn visit(speaker: &Speaker<'_>, id: &str, option: &SlotOption, place: Option<&str>) -> String {
    let mut args = FluentArgs::new();
    let [educator1, educator2] = option.educators.clone();
    args.set("educator1", educator1);
    args.set("educator2", educator2);
    args.set("when", speaker.when_spoken(option.start));
    place_args(&mut args, place.or(option.location.as_deref()));
    speaker.text(id, &args)
}

/// `locales/voices.tsv`: tag → voice, embedded.
const VOICES: &str = include_str!("../../locales/voices.tsv");

/// The voice for a shipped locale tag, if Twilio has one for its language.
pub fn voice_for(tag: &str) -> Option<Voice> {
    VOICES
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with('#'))
        .filter_map(|line| {
            let mut cols = line.split('\t');
            Some((cols.next()?, cols.next()?, cols.next()?))
        })
        .find(|(t, _, _)| *t == tag)
        .and_then(|(_, language, name)| {
            (!language.trim().is_empty()).then(|| Voice {
                language: language.trim().to_string(),
                name: name.trim().to_string(),
            })
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn english_has_a_voice_and_hmong_has_none() {
        let en = voice_for("en").expect("en has a voice");
        assert!(en.language.starts_with("en-"), "{en:?}");
        assert_eq!(voice_for("hmn"), None);
        assert_eq!(voice_for("xx"), None);
    }

    #[test]
    fn a_call_says_the_month_in_full_and_the_keys_to_press() {
        use crate::domain::{Country, LanguageTag};
        let locales = crate::i18n::Locales::load().unwrap();
        let option = SlotOption {
            slot_id: 1,
            // Thursday 3 December 2026, 16:30 in Los Angeles.
            start: chrono::DateTime::from_timestamp(1_796_344_200, 0).unwrap(),
            minutes: 30,
            educators: ["Ana Ruiz".into(), "Tom Lee".into()],
            location: None,
        };
        let message = FamilyMessage::Booked {
            option: option.clone(),
            place: None,
        };
        let spoken = locales.spoken(
            &LanguageTag::parse("es").unwrap(),
            chrono_tz::America::Los_Angeles,
            Country::default(),
            "Lincoln",
            &Line::Family(&message),
        );
        let words = spoken.words();
        assert!(words.contains("diciembre"), "{words}");
        assert!(
            !words.contains("dic,") && !words.contains("dic "),
            "{words}"
        );
        assert_eq!(
            spoken.voice.as_ref().map(|v| v.language.as_str()),
            Some("es-US")
        );
        assert!(spoken.menu.is_none());
        let visit = locales.spoken(
            &LanguageTag::english(),
            chrono_tz::America::Los_Angeles,
            Country::default(),
            "Lincoln",
            &Line::Visit {
                option: &option,
                place: None,
            },
        );
        assert_eq!(visit.menu, Some(Menu::Visit));
        assert!(visit.words().contains("December 3"), "{}", visit.words());
        assert!(visit.words().contains("press 3"), "{}", visit.words());
    }

    #[test]
    fn menus_round_trip_through_their_names() {
        for menu in [Menu::Offer, Menu::Visit] {
            assert_eq!(Menu::parse(menu.name()), Some(menu));
        }
        assert_eq!(Menu::parse("other"), None);
    }
}
