//! Every message of a locale rendered with sample facts, for the people who review a
//! translation (`homevisit messages --language es`), and the sample facts themselves, which
//! `tests/locales.rs` also measures the SMS cost of each text with.
//!
//! Two sets of facts: [`TYPICAL`] (short names, one child: most texts families get) and
//! [`LONG`] (the longest names we expect, two children, non-GSM letters in the names: the
//! most a text can cost). The segment budgets in `locales/README.md` hold for both.

use std::fmt::Write as _;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;

use super::Locales;
use super::segments::{self, Encoding};
use crate::conversation::messages::{
    EducatorMessage, FamilyFacts, FamilyMessage, SlotOption, VisitFacts,
};
use crate::domain::{Country, LanguageTag, local_to_utc};

/// The names and places a sample text is rendered with.
#[derive(Debug, Clone, Copy)]
pub struct SampleFacts {
    /// What the facts stand for, shown in the preview's heading.
    pub label: &'static str,
    pub guardian: &'static str,
    pub children: &'static [&'static str],
    pub school: &'static str,
    /// The pair of every option.
    pub educators: [&'static str; 2],
    /// Where a booked visit meets, when not at home (the reminder's place).
    pub meeting_place: &'static str,
    /// What a family writes when asked where to meet.
    pub place_request: &'static str,
}

/// The facts of most texts: short names, one child.
pub const TYPICAL: SampleFacts = SampleFacts {
    label: "typical facts",
    guardian: "Rosa Martinez",
    children: &["Daniel"],
    school: "Lincoln Elementary",
    educators: ["Ana Ruiz", "Tom Lee"],
    meeting_place: "Oak Park Library",
    place_request: "the park by the school",
};

/// The longest facts we expect; `á` and `ễ` make every text naming them UCS-2.
pub const LONG: SampleFacts = SampleFacts {
    label: "long facts",
    guardian: "Maria Guadalupe Hernández-Villanueva",
    children: &["Alejandro", "Guadalupe"],
    school: "Cesar Chavez Elementary School",
    educators: ["Christopher Montgomery-Baptiste", "Nguyễn Thị Minh Khai"],
    meeting_place: "Oak Park Community Center",
    place_request: "the picnic tables at William Land Park by the duck pond",
};

/// The sample school's zone.
pub const SAMPLE_ZONE: Tz = chrono_tz::America::Los_Angeles;
/// The sample program name and school contact (HELP).
pub const SAMPLE_PROGRAM: &str = "Sacramento City Home Visits";
pub const SAMPLE_CONTACT: &str = "(916) 555-0142";

/// The three sample slots, as the school's clock shows them: a Thursday afternoon, a Friday
/// evening and a Monday morning.
const SAMPLE_SLOTS: [&str; 3] = ["2026-12-03 16:30", "2026-12-04 17:00", "2026-12-07 10:30"];

fn at_school(local: &str) -> DateTime<Utc> {
    // The sample slots are fixed and not in a DST gap, so this cannot fail; fall back to
    // the Unix epoch rather than panic if someone edits them badly.
    local_to_utc(local, SAMPLE_ZONE).unwrap_or_default()
}

/// Three options, all with the facts' pair.
pub fn sample_options(facts: &SampleFacts) -> Vec<SlotOption> {
    SAMPLE_SLOTS
        .iter()
        .enumerate()
        .map(|(index, local)| SlotOption {
            slot_id: index as i64 + 1,
            start: at_school(local),
            minutes: 30,
            educators: facts.educators.map(str::to_string),
            location: None,
        })
        .collect()
}

fn family(facts: &SampleFacts) -> FamilyFacts {
    FamilyFacts {
        guardian: facts.guardian.to_string(),
        children: facts.children.iter().map(|c| c.to_string()).collect(),
        school: facts.school.to_string(),
    }
}

/// Every family message, by its Fluent id, with `facts`.
pub fn family_messages(facts: &SampleFacts) -> Vec<(&'static str, FamilyMessage)> {
    let options = sample_options(facts);
    let first = options[0].clone();
    let help = || (SAMPLE_PROGRAM.to_string(), SAMPLE_CONTACT.to_string());
    vec![
        (
            "invitation",
            FamilyMessage::Invitation {
                family: family(facts),
                options: options.clone(),
            },
        ),
        (
            "invitation-second",
            FamilyMessage::SecondInvitation {
                family: family(facts),
                options: options.clone(),
                visited: [
                    facts.educators[0].to_string(),
                    facts.educators[1].to_string(),
                ],
            },
        ),
        (
            "booked",
            FamilyMessage::Booked {
                option: first.clone(),
                place: None,
            },
        ),
        (
            "slot-taken",
            FamilyMessage::SlotTaken {
                options: options[1..].to_vec(),
            },
        ),
        ("clarify", FamilyMessage::Clarify { count: 3 }),
        (
            "which-one",
            FamilyMessage::WhichOne {
                options: options.clone(),
            },
        ),
        ("decline-thanks", FamilyMessage::DeclineThanks),
        (
            "change",
            FamilyMessage::Change {
                options: options.clone(),
            },
        ),
        ("no-options-left", FamilyMessage::NoOptionsLeft),
        ("cancelled", FamilyMessage::Cancelled),
        (
            "already-booked",
            FamilyMessage::AlreadyBooked {
                option: first.clone(),
                place: None,
            },
        ),
        (
            "reminder",
            FamilyMessage::Reminder {
                option: first,
                place: Some(facts.meeting_place.to_string()),
            },
        ),
        (
            "follow-up",
            FamilyMessage::FollowUp {
                family: family(facts),
                options,
            },
        ),
        ("ask-place", FamilyMessage::AskPlace),
        (
            "place-thanks",
            FamilyMessage::PlaceThanks {
                place: facts.place_request.to_string(),
            },
        ),
        ("stop-confirmation", FamilyMessage::StopConfirmation),
        ("start-confirmation", FamilyMessage::StartConfirmation),
        ("help", {
            let (program, contact) = help();
            FamilyMessage::Help { program, contact }
        }),
        ("handoff", FamilyMessage::Handoff),
        ("unknown-sender", {
            let (program, contact) = help();
            FamilyMessage::UnknownSender { program, contact }
        }),
    ]
}

/// Every educator message, by its Fluent id, about a Spanish-speaking family with `facts`.
pub fn educator_messages(facts: &SampleFacts) -> Vec<(&'static str, EducatorMessage)> {
    let visit = |place: Option<&str>, speaks: bool| VisitFacts {
        guardian: facts.guardian.to_string(),
        children: facts.children.iter().map(|c| c.to_string()).collect(),
        family_language: "es-MX".to_string(),
        pair_speaks_language: speaks,
        option: sample_options(facts)[0].clone(),
        place: place.map(str::to_string),
        partner: facts.educators[1].to_string(),
    };
    vec![
        (
            "educator-confirmed",
            EducatorMessage::Confirmed(visit(None, false)),
        ),
        (
            "educator-changed",
            EducatorMessage::Changed {
                visit: visit(Some(facts.meeting_place), true),
                previous_start: at_school("2026-12-02 15:00"),
            },
        ),
        (
            "educator-cancelled",
            EducatorMessage::Cancelled(visit(None, true)),
        ),
        (
            "educator-reminder",
            EducatorMessage::Reminder(visit(None, true)),
        ),
        (
            "educator-place-changed",
            EducatorMessage::PlaceChanged(visit(Some(facts.place_request), true)),
        ),
        (
            "educator-done",
            EducatorMessage::DoneRecorded(visit(None, true)),
        ),
        (
            "educator-cant",
            EducatorMessage::CantNoted(visit(None, true)),
        ),
        ("educator-no-visit", EducatorMessage::NoVisitFound),
        (
            "educator-ask-reflection",
            EducatorMessage::AskReflection(visit(None, true)),
        ),
        (
            "educator-reflection-kept",
            EducatorMessage::ReflectionKept {
                guardian: facts.guardian.to_string(),
                skipped: false,
            },
        ),
    ]
}

/// Every family and educator text of the locale serving `language`, at a school in
/// `country`, with `facts`, each under its message id and its SMS cost.
pub fn render(
    locales: &Locales,
    language: &LanguageTag,
    country: Country,
    facts: &SampleFacts,
) -> String {
    let mut out = String::new();
    let _ = writeln!(
        out,
        "# {language}, school in {}, {} (times in {})\n",
        country.code(),
        facts.label,
        SAMPLE_ZONE.name()
    );
    let family = family_messages(facts)
        .into_iter()
        .map(|(id, m)| (id, locales.family(language, SAMPLE_ZONE, country, &m)));
    let educator = educator_messages(facts)
        .into_iter()
        .map(|(id, m)| (id, locales.educator(language, SAMPLE_ZONE, country, &m)));
    for (id, text) in family.chain(educator) {
        let cost = segments::count(&text);
        let encoding = match cost.encoding {
            Encoding::Gsm7 => "GSM-7",
            Encoding::Ucs2 => "UCS-2",
        };
        let _ = writeln!(
            out,
            "== {id}: {} part{}, {encoding}, {} units\n{text}\n",
            cost.parts,
            if cost.parts == 1 { "" } else { "s" },
            cost.units
        );
    }
    // What calls say (read by the language's voice; see locales/voices.tsv).
    let voice = crate::i18n::voice::voice_for(super::negotiate::negotiate(language));
    let _ = writeln!(
        out,
        "# Spoken on calls: {}\n",
        match &voice {
            Some(v) => format!("voice {} ({})", v.name, v.language),
            None => "no voice for this language: calls are in English with \"press 0\"".into(),
        }
    );
    let options = sample_options(facts);
    let option = options[0].clone();
    let school = self::family(facts).school;
    let spoken_family = family_messages(facts);
    let mut lines: Vec<(&str, crate::i18n::voice::Spoken)> = spoken_family
        .iter()
        .filter(|(id, _)| {
            matches!(
                *id,
                "invitation"
                    | "invitation-second"
                    | "booked"
                    | "slot-taken"
                    | "decline-thanks"
                    | "change"
                    | "no-options-left"
                    | "cancelled"
                    | "already-booked"
                    | "reminder"
                    | "handoff"
            )
        })
        .map(|(id, m)| {
            let line = crate::i18n::voice::Line::Family(m);
            (
                *id,
                locales.spoken(language, SAMPLE_ZONE, country, &school, &line),
            )
        })
        .collect();
    let visit = crate::i18n::voice::Line::Visit {
        option: &option,
        place: None,
    };
    lines.push((
        "(calling in) visit",
        locales.spoken(language, SAMPLE_ZONE, country, &school, &visit),
    ));
    let machine = crate::i18n::voice::Line::Machine {
        program: "Lincoln Home Visits",
        contact: "(916) 555-0142",
    };
    lines.push((
        "answering machine",
        locales.spoken(language, SAMPLE_ZONE, country, &school, &machine),
    ));
    for (id, spoken) in lines {
        let _ = writeln!(out, "== voice {id}\n{}\n", spoken.words());
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_preview_shows_every_message_once() {
        let locales = Locales::load().unwrap();
        let text = render(
            &locales,
            &LanguageTag::parse("es").unwrap(),
            Country::default(),
            &TYPICAL,
        );
        for (id, _) in family_messages(&TYPICAL) {
            assert_eq!(text.matches(&format!("== {id}:")).count(), 1, "{id}");
        }
        assert!(text.contains("== educator-done:"), "{text}");
        assert!(text.contains("Rosa Martinez"), "{text}");
        assert!(text.contains("jueves"), "{text}");
    }
}
