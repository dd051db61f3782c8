//! Which Fluent message each [`EducatorMessage`] is, and its arguments: the family, its
//! language named in the educator's language, whether an interpreter is needed, the time,
//! the place and the partner.

use fluent_bundle::FluentArgs;

use super::catalog::Speaker;
use super::family::place_args;
use crate::conversation::messages::{EducatorMessage, VisitFacts};
use crate::domain::LanguageTag;

/// The Fluent id of an educator message.
pub(crate) fn id(message: &EducatorMessage) -> &'static str {
    match message {
        EducatorMessage::Confirmed(_) => "educator-confirmed",
        EducatorMessage::Changed { .. } => "educator-changed",
        EducatorMessage::Cancelled(_) => "educator-cancelled",
        EducatorMessage::Reminder(_) => "educator-reminder",
        EducatorMessage::PlaceChanged(_) => "educator-place-changed",
        EducatorMessage::DoneRecorded(_) => "educator-done",
        EducatorMessage::CantNoted(_) => "educator-cant",
        EducatorMessage::NoVisitFound => "educator-no-visit",
        EducatorMessage::AskReflection(_) => "educator-ask-reflection",
        EducatorMessage::ReflectionKept { .. } => "educator-reflection-kept",
    }
}

pub(crate) fn render(speaker: &Speaker<'_>, message: &EducatorMessage) -> String {
    let mut args = FluentArgs::new();
    let visit = match message {
        EducatorMessage::Confirmed(visit)
        | EducatorMessage::Cancelled(visit)
        | EducatorMessage::Reminder(visit)
        | EducatorMessage::PlaceChanged(visit)
        | EducatorMessage::DoneRecorded(visit)
        | EducatorMessage::CantNoted(visit)
        | EducatorMessage::AskReflection(visit) => visit,
        EducatorMessage::NoVisitFound => return speaker.text(id(message), &args),
        EducatorMessage::ReflectionKept { guardian, skipped } => {
            args.set("guardian", guardian.clone());
            args.set("skipped", if *skipped { "yes" } else { "no" });
            return speaker.text(id(message), &args);
        }
        EducatorMessage::Changed {
            visit,
            previous_start,
        } => {
            args.set("previous", speaker.when(*previous_start));
            visit
        }
    };
    visit_args(speaker, &mut args, visit);
    speaker.text(id(message), &args)
}

fn visit_args(speaker: &Speaker<'_>, args: &mut FluentArgs<'_>, visit: &VisitFacts) {
    args.set("guardian", visit.guardian.clone());
    args.set("children", speaker.names(&visit.children));
    args.set("count", visit.children.len());
    let mut language = FluentArgs::new();
    language.set("code", language_code(&visit.family_language));
    args.set("language", speaker.text("language-name", &language));
    args.set(
        "interpreter",
        if visit.pair_speaks_language {
            "no"
        } else {
            "yes"
        },
    );
    args.set("when", speaker.when(visit.option.start));
    place_args(
        args,
        visit.place.as_deref().or(visit.option.location.as_deref()),
    );
    args.set("partner", visit.partner.clone());
}

/// The key `language-name` selects on: the language subtag, with Chinese split by script as
/// our locales are (`zh-TW` → `zh-Hant`). An unparsable tag is passed as written.
pub(crate) fn language_code(raw: &str) -> String {
    match LanguageTag::parse(raw) {
        Ok(tag) if tag.language() == "zh" => super::negotiate(&tag).to_string(),
        Ok(tag) if tag.language() == "fil" => "tl".to_string(),
        Ok(tag) => tag.language().to_string(),
        Err(_) => raw.trim().to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn language_codes_keep_what_an_educator_needs_to_know() {
        assert_eq!(language_code("es-MX"), "es");
        assert_eq!(language_code("zh-TW"), "zh-Hant");
        assert_eq!(language_code("zh"), "zh-Hans");
        assert_eq!(language_code("prs"), "prs");
        assert_eq!(language_code("Filipino"), "tl");
        assert_eq!(language_code("ko"), "ko");
        assert_eq!(language_code("Klingon"), "Klingon");
    }
}
