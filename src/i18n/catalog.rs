//! The shipped Fluent files, embedded in the binary, and the [`Locales`] they become: one
//! concurrent bundle (with its date and list formatters) per locale, built once and shared
//! behind an `Arc` by callers.
//!
//! Lookups never fail visibly: a message missing from a locale is taken from `en` (and
//! logged), a formatting error is logged and the best text Fluent could make is used. `load`
//! refuses to start if a file has a syntax error or `en` lacks a message the code uses, so the
//! English fallback always exists.
//!
//! Dates depend on where the school is as well as on the language (Spanish reads "4:30 p. m."
//! at a US school, "16:30" in Spain), so each locale keeps its date formatters per school
//! country: US ones are built at start-up, others the first time a school there needs them.

use std::collections::HashMap;
use std::sync::{Arc, PoisonError, RwLock};

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_bundle::concurrent::FluentBundle;
use fluent_bundle::{FluentArgs, FluentResource};
use unic_langid::LanguageIdentifier;

use super::dates::LocaleFormats;
use super::negotiate::{DEFAULT, negotiate};
use crate::conversation::messages::{EducatorMessage, FamilyMessage, SlotOption};
use crate::domain::{Country, LanguageTag};

/// Each shipped locale with its Fluent source, embedded so the binary works from any directory.
pub const SHIPPED_FILES: &[(&str, &str)] = &[
    ("en", include_str!("../../locales/en/main.ftl")),
    ("es", include_str!("../../locales/es/main.ftl")),
    ("vi", include_str!("../../locales/vi/main.ftl")),
    ("hmn", include_str!("../../locales/hmn/main.ftl")),
    ("zh-Hans", include_str!("../../locales/zh-Hans/main.ftl")),
    ("zh-Hant", include_str!("../../locales/zh-Hant/main.ftl")),
    ("ru", include_str!("../../locales/ru/main.ftl")),
    ("uk", include_str!("../../locales/uk/main.ftl")),
    ("ar", include_str!("../../locales/ar/main.ftl")),
    ("pa", include_str!("../../locales/pa/main.ftl")),
    ("fa", include_str!("../../locales/fa/main.ftl")),
    ("tl", include_str!("../../locales/tl/main.ftl")),
    ("pt", include_str!("../../locales/pt/main.ftl")),
    ("ht", include_str!("../../locales/ht/main.ftl")),
    ("so", include_str!("../../locales/so/main.ftl")),
    ("ko", include_str!("../../locales/ko/main.ftl")),
    ("fr", include_str!("../../locales/fr/main.ftl")),
    ("ps", include_str!("../../locales/ps/main.ftl")),
    ("prs", include_str!("../../locales/prs/main.ftl")),
    ("sw", include_str!("../../locales/sw/main.ftl")),
];

/// Every message id the code formats; `en` must have them all.
pub(crate) const USED_MESSAGES: &[&str] = &[
    "when",
    "option",
    "option-separator",
    "language-name",
    "invitation",
    "invitation-second",
    "booked-interpreter",
    "voice-invitation-second",
    "follow-up",
    "booked",
    "already-booked",
    "slot-taken",
    "clarify",
    "which-one",
    "decline-thanks",
    "change",
    "no-options-left",
    "cancelled",
    "reminder",
    "ask-place",
    "place-thanks",
    "stop-confirmation",
    "start-confirmation",
    "help",
    "handoff",
    "unknown-sender",
    "educator-confirmed",
    "educator-changed",
    "educator-cancelled",
    "educator-reminder",
    "educator-place-changed",
    "educator-ask-reflection",
    "educator-reflection-kept",
    "voice-invitation",
    "voice-option",
    "voice-menu-end",
    "voice-no-input",
    "voice-not-a-choice",
    "voice-goodbye",
    "voice-booked",
    "voice-visit",
    "voice-reminder",
    "voice-visit-choices",
    "voice-kept",
    "voice-decline-thanks",
    "voice-cancelled",
    "voice-slot-taken",
    "voice-change",
    "voice-no-options-left",
    "voice-handoff",
    "voice-machine",
    "voice-unknown-caller",
    "voice-nothing-open",
    "voice-no-voice",
];

#[derive(Debug, thiserror::Error)]
pub enum I18nError {
    #[error("locales/{locale}/main.ftl has Fluent syntax errors: {errors}")]
    Syntax { locale: String, errors: String },
    #[error("locales/{locale}/main.ftl could not be added to its bundle: {errors}")]
    Bundle { locale: String, errors: String },
    #[error("\"{locale}\" is not a usable locale tag")]
    Tag { locale: String },
    #[error("ICU4X has no formatter for {locale}: {reason}")]
    Icu { locale: String, reason: String },
    #[error("locales/en/main.ftl lacks the message \"{id}\", which the code formats")]
    MissingInEnglish { id: String },
}

/// One locale: its Fluent bundle and its ICU4X formatters.
pub(crate) struct Locale {
    pub(crate) tag: &'static str,
    bundle: FluentBundle<FluentResource>,
    /// The language's own formatters (no region), used when a region's cannot be built.
    plain: Arc<LocaleFormats>,
    /// Formatters by the school's country code ("US").
    by_region: RwLock<HashMap<String, Arc<LocaleFormats>>>,
}

impl Locale {
    /// Date and list formatters for a school in `country`.
    fn formats(&self, country: Country) -> Arc<LocaleFormats> {
        let region = country.code();
        let known = self
            .by_region
            .read()
            .unwrap_or_else(PoisonError::into_inner)
            .get(&region)
            .cloned();
        if let Some(formats) = known {
            return formats;
        }
        let formats = match LocaleFormats::new(self.tag, Some(&region)) {
            Ok(formats) => Arc::new(formats),
            Err(error) => {
                tracing::warn!(locale = self.tag, %region, %error, "no regional formats");
                self.plain.clone()
            }
        };
        self.by_region
            .write()
            .unwrap_or_else(PoisonError::into_inner)
            .insert(region, formats.clone());
        formats
    }
}

/// All shipped locales, ready to render any message. Build once with [`Locales::load`] and
/// share it (`Arc<Locales>`): rendering takes `&self` and is thread-safe.
pub struct Locales {
    by_tag: HashMap<&'static str, Locale>,
}

impl Locales {
    /// Parses every embedded `.ftl` file and builds its bundle and formatters.
    pub fn load() -> Result<Locales, I18nError> {
        let mut by_tag = HashMap::new();
        for &(tag, source) in SHIPPED_FILES {
            let resource = FluentResource::try_new(source.to_string()).map_err(|(_, errors)| {
                I18nError::Syntax {
                    locale: tag.to_string(),
                    errors: format!("{errors:?}"),
                }
            })?;
            let id: LanguageIdentifier = tag.parse().map_err(|_| I18nError::Tag {
                locale: tag.to_string(),
            })?;
            let mut bundle = FluentBundle::new_concurrent(vec![id]);
            // Isolation marks (U+2068/U+2069) are not GSM-7: one name would make a whole
            // text UCS-2. Right-to-left locales keep their lines right-to-left by wording.
            bundle.set_use_isolating(false);
            bundle
                .add_resource(resource)
                .map_err(|errors| I18nError::Bundle {
                    locale: tag.to_string(),
                    errors: format!("{errors:?}"),
                })?;
            let plain = Arc::new(LocaleFormats::new(tag, None)?);
            let home = Country::default().code();
            let us = Arc::new(LocaleFormats::new(tag, Some(&home))?);
            by_tag.insert(
                tag,
                Locale {
                    tag,
                    bundle,
                    plain,
                    by_region: RwLock::new(HashMap::from([(home, us)])),
                },
            );
        }
        let locales = Locales { by_tag };
        let english = locales.english();
        if let Some(id) = USED_MESSAGES
            .iter()
            .find(|id| !english.is_some_and(|en| en.bundle.has_message(id)))
        {
            return Err(I18nError::MissingInEnglish { id: id.to_string() });
        }
        Ok(locales)
    }

    /// A family's text, in the locale that serves `language`, times in `zone` on the clock
    /// that language uses in the school's `country`.
    pub fn family(
        &self,
        language: &LanguageTag,
        zone: Tz,
        country: Country,
        message: &FamilyMessage,
    ) -> String {
        super::family::render(
            &self.speaker(language, zone, country, super::family::id(message)),
            message,
        )
    }

    /// An educator's text, in the locale that serves `language` (usually `en`), times as in
    /// [`Locales::family`].
    pub fn educator(
        &self,
        language: &LanguageTag,
        zone: Tz,
        country: Country,
        message: &EducatorMessage,
    ) -> String {
        super::educator::render(
            &self.speaker(language, zone, country, super::educator::id(message)),
            message,
        )
    }

    /// What a call says, in the locale that serves `language` when Twilio has a voice for it;
    /// otherwise in English, opened by `voice-no-voice` ("we will call you back with someone
    /// who speaks …") and marked as needing an interpreter.
    pub fn spoken(
        &self,
        language: &LanguageTag,
        zone: Tz,
        country: Country,
        school: &str,
        line: &super::voice::Line<'_>,
    ) -> super::voice::Spoken {
        let tag = negotiate(language);
        if let Some(voice) = super::voice::voice_for(tag) {
            let speaker = self.speaker(language, zone, country, "voice-invitation");
            let mut spoken = super::voice::render(&speaker, school, line);
            spoken.voice = Some(voice);
            return spoken;
        }
        let english = LanguageTag::english();
        let speaker = self.speaker(&english, zone, country, "voice-invitation");
        let mut spoken = super::voice::render(&speaker, school, line);
        let mut args = FluentArgs::new();
        args.set(
            "language",
            speaker.text("language-name", &{
                let mut a = FluentArgs::new();
                a.set("code", tag);
                a
            }),
        );
        spoken.say.insert(0, speaker.text("voice-no-voice", &args));
        spoken.voice = super::voice::voice_for(DEFAULT);
        spoken.needs_interpreter = true;
        spoken
    }

    /// `booked-interpreter` ("An interpreter, …, will come too."), added to a family's
    /// confirmation when an interpreter joins their visit.
    pub fn interpreter_note(&self, language: &LanguageTag, interpreter: &str) -> String {
        let mut args = FluentArgs::new();
        args.set("interpreter", interpreter.to_string());
        self.speaker(
            language,
            chrono_tz::UTC,
            Country::default(),
            "booked-interpreter",
        )
        .text("booked-interpreter", &args)
    }

    /// The name of an educator's calendar feed, in the locale that serves `language`.
    pub fn calendar_name(&self, language: &LanguageTag, educator: &str) -> String {
        super::calendar::name(
            &self.speaker(
                language,
                chrono_tz::UTC,
                Country::default(),
                "calendar-name",
            ),
            educator,
        )
    }

    /// A visit's calendar event words, in the locale that serves `language`.
    pub fn calendar_event(
        &self,
        language: &LanguageTag,
        visit: &super::calendar::CalendarVisit<'_>,
    ) -> super::calendar::CalendarEvent {
        super::calendar::event(
            &self.speaker(
                language,
                chrono_tz::UTC,
                Country::default(),
                "calendar-notes",
            ),
            visit,
        )
    }

    fn english(&self) -> Option<&Locale> {
        self.by_tag.get(DEFAULT)
    }

    /// The locale to speak in: the negotiated one if it has the message, else English.
    fn speaker(&self, language: &LanguageTag, zone: Tz, country: Country, id: &str) -> Speaker<'_> {
        let tag = negotiate(language);
        let chosen = self.by_tag.get(tag).filter(|locale| {
            let found = locale.bundle.has_message(id);
            if !found {
                tracing::warn!(locale = tag, message = id, "message missing; using en");
            }
            found
        });
        let locale = chosen.or_else(|| self.english());
        Speaker {
            locale,
            english: self.english(),
            formats: locale.map(|l| l.formats(country)),
            zone,
        }
    }
}

/// Renders the pieces of one text in one locale (falling back to `en` piece by piece).
pub(crate) struct Speaker<'a> {
    locale: Option<&'a Locale>,
    english: Option<&'a Locale>,
    /// The locale's formatters for the school's country.
    formats: Option<Arc<LocaleFormats>>,
    zone: Tz,
}

impl Speaker<'_> {
    /// The message `id` with `args`; never fails visibly.
    pub(crate) fn text(&self, id: &str, args: &FluentArgs) -> String {
        let found = [self.locale, self.english]
            .into_iter()
            .flatten()
            .find_map(|locale| {
                let message = locale.bundle.get_message(id)?;
                Some((locale, message.value()?))
            });
        let Some((locale, pattern)) = found else {
            tracing::error!(message = id, "message missing in every locale, even en");
            return String::new();
        };
        if Some(locale.tag) != self.locale.map(|l| l.tag) {
            tracing::warn!(
                locale = self.locale.map(|l| l.tag),
                message = id,
                "message missing; using en"
            );
        }
        let mut errors = Vec::new();
        let text = locale
            .bundle
            .format_pattern(pattern, Some(args), &mut errors);
        if !errors.is_empty() {
            tracing::warn!(
                locale = locale.tag,
                message = id,
                ?errors,
                "Fluent formatting errors"
            );
        }
        text.into_owned()
    }

    /// The `when` message for a slot start.
    pub(crate) fn when(&self, start: DateTime<Utc>) -> String {
        self.when_as(start, false)
    }

    /// The `when` message for a call's voice: the month in full ("December", not "Dec").
    pub(crate) fn when_spoken(&self, start: DateTime<Utc>) -> String {
        self.when_as(start, true)
    }

    fn when_as(&self, start: DateTime<Utc>, spoken: bool) -> String {
        let Some(formats) = &self.formats else {
            return start.to_rfc3339();
        };
        let when = formats.when(start, self.zone);
        let mut args = FluentArgs::new();
        args.set(
            "datetime",
            if spoken { when.spoken } else { when.formatted },
        );
        args.set("weekday", when.weekday);
        args.set("month", when.month);
        args.set("day", when.day);
        args.set("hour", when.hour);
        args.set("hour12", when.hour12);
        args.set("minute", when.minute);
        args.set("period", when.period);
        self.text("when", &args)
    }

    /// The numbered options, one `option` message each, joined by `option-separator`.
    pub(crate) fn options(&self, options: &[SlotOption]) -> String {
        let separator = self.text("option-separator", &FluentArgs::new());
        options
            .iter()
            .enumerate()
            .map(|(index, option)| {
                let mut args = FluentArgs::new();
                args.set("number", index + 1);
                args.set("when", self.when(option.start));
                self.text("option", &args)
            })
            .collect::<Vec<_>>()
            .join(&separator)
    }

    /// Children's names joined as the locale joins a list ("Alejandro and Guadalupe").
    pub(crate) fn names(&self, names: &[String]) -> String {
        match &self.formats {
            Some(formats) => formats.and_list(names),
            None => names.join(", "),
        }
    }
}
