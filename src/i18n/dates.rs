//! Slot times and lists of names in the family's language, through ICU4X compiled data.
//!
//! Times are shown in the school's time zone (a slot is where the school is), always in the
//! Gregorian calendar (a US school's date; `fa` would otherwise default to the Persian solar
//! calendar), with the weekday written in full (a family reads "viernes" at a glance, "vie" it
//! has to decode), the month abbreviated, and the clock of the family's language *where the
//! school is*: the school's country is the locale's region when the tag has none, so Spanish at
//! a US school is `es-US`, "jueves, 3 dic, 4:30 p. m.", and at a school in Spain "jueves, 3 dic,
//! 16:30". ICU4X falls back to the language's own data when CLDR has no such regional locale
//! (`ru-US` reads as `ru`).
//!
//! ICU4X has no data for some of our locales: `tl` is known to CLDR as `fil`, and `hmn` falls
//! back to the root locale (English weekday names). For those the Fluent message `when` of the
//! locale builds the text from the parts in [`When`] (weekday key, month number, day, hour,
//! minute, part of the day) instead of ICU's text.

use std::collections::HashMap;
use std::sync::{Mutex, PoisonError};

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{E, MDE, MDET};
use icu::datetime::input::{DateTime as IcuDateTime, Time};
use icu::list::ListFormatter;
use icu::list::options::ListFormatterOptions;
use icu::locale::Locale;
use icu::locale::subtags::Region;

use super::I18nError;

/// The ICU4X locale that serves one of our shipped locales (and the tags being added).
///
/// | ours | ICU4X | why |
/// |---|---|---|
/// | `tl` | `fil` | CLDR files Tagalog under its standard form, Filipino |
/// | `prs` | `fa-AF` | CLDR's Dari: Afghan month names ("دسمبر"), Persian digits |
/// | `pt` | `pt-BR` | our Portuguese is Brazilian (CLDR's `pt` is Brazilian too) |
/// | `hmn` | `hmn` | no data: root (English names), so its `.ftl` spells the date |
///
/// `ht`, `so`, `ps`, `sw`, `ko` and `fr` are served under their own tags; see
/// `locales/README.md` for which of them ICU4X 2.4 has data for.
pub(crate) fn icu_locale(shipped: &str) -> &str {
    match shipped {
        "tl" => "fil",
        "prs" => "fa-AF",
        "pt" => "pt-BR",
        other => other,
    }
}

/// The ICU4X locale for `shipped` at a school in `region` (an ISO 3166 country code such as
/// "US"): the region is added when the locale names none, so the clock is the one the
/// language's speakers use in that country. An unusable region is ignored.
pub(crate) fn regional_locale(shipped: &str, region: Option<&str>) -> Result<Locale, I18nError> {
    let tag = icu_locale(shipped);
    let mut locale: Locale = tag.parse().map_err(|e| I18nError::Icu {
        locale: tag.to_string(),
        reason: format!("{e:?}"),
    })?;
    if locale.id.region.is_none()
        && let Some(region) = region.and_then(|r| r.parse::<Region>().ok())
    {
        locale.id.region = Some(region);
    }
    Ok(locale)
}

/// A slot time broken into what a Fluent message may need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct When {
    /// ICU4X's weekday (in full), month, day and time, e.g. "Thursday, Dec 3, 4:30 PM".
    pub formatted: String,
    /// `mon` … `sun`, for locales that spell weekdays in Fluent.
    pub weekday: &'static str,
    pub month: u32,
    pub day: u32,
    /// 0–23.
    pub hour: u32,
    /// 1–12.
    pub hour12: u32,
    /// The long form with the month in full, for a call's voice.
    pub spoken: String,
    /// Two digits, "05".
    pub minute: String,
    /// `morning` (before 12), `afternoon` (12–17) or `evening` (from 18).
    pub period: &'static str,
}

/// Date and list formatters for one locale, built once at start-up.
pub(crate) struct LocaleFormats {
    slot: FixedCalendarDateTimeFormatter<Gregorian, MDET>,
    /// The long form, month in full ("Monday, December 7, 3:30 PM"), for a call's voice: a
    /// text-to-speech voice reads "Dec" or "dez." badly.
    spoken: FixedCalendarDateTimeFormatter<Gregorian, MDET>,
    /// The weekday alone, as `slot` abbreviates it and in full: CLDR has no medium date with
    /// a full weekday, so the abbreviation in `slot`'s text is replaced by the full name.
    weekday_short: FixedCalendarDateTimeFormatter<Gregorian, E>,
    weekday_long: FixedCalendarDateTimeFormatter<Gregorian, E>,
    and_list: ListFormatter,
    /// [`When`]s already formatted, by instant and zone: a launch offers the same few hundred
    /// slot times to thousands of families, and formatting one costs four ICU formats.
    known: Mutex<HashMap<(i64, Tz), When>>,
}

/// [`When`]s kept per locale and region at most; the cache starts over when it is full.
const KNOWN_WHENS: usize = 4096;

impl LocaleFormats {
    /// Formatters for `shipped` at a school in `region` ("US"; `None`: the language's default).
    pub(crate) fn new(shipped: &str, region: Option<&str>) -> Result<LocaleFormats, I18nError> {
        let locale = regional_locale(shipped, region)?;
        let icu_error = |e: &dyn std::fmt::Display| I18nError::Icu {
            locale: locale.to_string(),
            reason: e.to_string(),
        };
        let slot =
            FixedCalendarDateTimeFormatter::try_new((&locale).into(), MDE::medium().with_time_hm())
                .map_err(|e| icu_error(&e))?;
        let spoken =
            FixedCalendarDateTimeFormatter::try_new((&locale).into(), MDE::long().with_time_hm())
                .map_err(|e| icu_error(&e))?;
        let weekday_short = FixedCalendarDateTimeFormatter::try_new((&locale).into(), E::medium())
            .map_err(|e| icu_error(&e))?;
        let weekday_long = FixedCalendarDateTimeFormatter::try_new((&locale).into(), E::long())
            .map_err(|e| icu_error(&e))?;
        let and_list =
            ListFormatter::try_new_and((&locale).into(), ListFormatterOptions::default())
                .map_err(|e| icu_error(&e))?;
        Ok(LocaleFormats {
            slot,
            spoken,
            weekday_short,
            weekday_long,
            and_list,
            known: Mutex::new(HashMap::new()),
        })
    }

    /// ICU's medium date and time with the weekday written in full.
    fn slot_text(&self, at: &IcuDateTime<Gregorian>) -> String {
        let medium = self.slot.format(at).to_string();
        let short = self.weekday_short.format(at).to_string();
        let long = self.weekday_long.format(at).to_string();
        let text = if !short.is_empty() && medium.matches(short.as_str()).count() == 1 {
            medium.replacen(short.as_str(), &long, 1)
        } else {
            medium
        };
        sms_spaces(&text)
    }

    /// `start` as the school's wall clock shows it.
    pub(crate) fn when(&self, start: DateTime<Utc>, zone: Tz) -> When {
        let key = (start.timestamp(), zone);
        if let Some(known) = self.lock_known().get(&key) {
            return known.clone();
        }
        let when = self.format_when(start, zone);
        let mut known = self.lock_known();
        if known.len() >= KNOWN_WHENS {
            known.clear();
        }
        known.insert(key, when.clone());
        when
    }

    fn lock_known(&self) -> std::sync::MutexGuard<'_, HashMap<(i64, Tz), When>> {
        self.known.lock().unwrap_or_else(PoisonError::into_inner)
    }

    fn format_when(&self, start: DateTime<Utc>, zone: Tz) -> When {
        let local = start.with_timezone(&zone);
        let date = Date::try_new_gregorian(local.year(), local.month() as u8, local.day() as u8);
        let time = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0);
        let spoken = match (&date, &time) {
            (Ok(date), Ok(time)) => sms_spaces(
                &self
                    .spoken
                    .format(&IcuDateTime {
                        date: *date,
                        time: *time,
                    })
                    .to_string(),
            ),
            _ => local.format("%Y-%m-%d %H:%M").to_string(),
        };
        let formatted = match (date, time) {
            (Ok(date), Ok(time)) => self.slot_text(&IcuDateTime { date, time }),
            // A chrono date is always a valid Gregorian date; keep a readable, unlocalised
            // form rather than fail a text if that ever stops being true.
            _ => {
                tracing::warn!(%local, "ICU4X refused a date; using ISO form");
                local.format("%Y-%m-%d %H:%M").to_string()
            }
        };
        let hour = local.hour();
        When {
            formatted,
            spoken,
            weekday: weekday_key(local.weekday()),
            month: local.month(),
            day: local.day(),
            hour,
            hour12: match hour % 12 {
                0 => 12,
                h => h,
            },
            minute: format!("{:02}", local.minute()),
            period: match hour {
                0..=11 => "morning",
                12..=17 => "afternoon",
                _ => "evening",
            },
        }
    }

    /// "Alejandro and Guadalupe", "Alejandro y Guadalupe", "Alejandro和Guadalupe".
    pub(crate) fn and_list(&self, names: &[String]) -> String {
        self.and_list.format_to_string(names.iter())
    }
}

fn weekday_key(day: Weekday) -> &'static str {
    match day {
        Weekday::Mon => "mon",
        Weekday::Tue => "tue",
        Weekday::Wed => "wed",
        Weekday::Thu => "thu",
        Weekday::Fri => "fri",
        Weekday::Sat => "sat",
        Weekday::Sun => "sun",
    }
}

/// CLDR separates "4:30 PM" with a narrow no-break space (and `zh-Hant` uses a thin space):
/// not GSM-7, so one of them would turn an English text into UCS-2. A plain space reads the
/// same on a phone.
fn sms_spaces(text: &str) -> String {
    text.chars()
        .map(|c| match c {
            '\u{202F}' | '\u{2009}' | '\u{00A0}' | '\u{2007}' => ' ',
            other => other,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use chrono::TimeZone;

    #[test]
    fn a_known_when_is_what_formatting_it_gives_in_each_zone() {
        let formats = LocaleFormats::new("es", Some("US")).unwrap();
        let start = Utc.with_ymd_and_hms(2026, 12, 3, 23, 30, 0).unwrap();
        for zone in [
            chrono_tz::America::Los_Angeles,
            chrono_tz::America::New_York,
        ] {
            let first = formats.when(start, zone);
            assert_eq!(first, formats.format_when(start, zone));
            assert_eq!(formats.when(start, zone), first, "from the cache");
        }
        assert_ne!(
            formats.when(start, chrono_tz::America::Los_Angeles),
            formats.when(start, chrono_tz::America::New_York)
        );
        // Past its bound the cache starts over, and answers the same.
        for minutes in 0..(KNOWN_WHENS as i64 + 10) {
            let at = start + chrono::Duration::minutes(minutes);
            formats.when(at, chrono_tz::America::Chicago);
        }
        assert!(formats.lock_known().len() <= KNOWN_WHENS);
        assert_eq!(
            formats.when(start, chrono_tz::America::Chicago),
            formats.format_when(start, chrono_tz::America::Chicago)
        );
    }

    fn when(locale: &str, utc: (i32, u32, u32, u32, u32)) -> When {
        let formats = LocaleFormats::new(locale, Some("US")).unwrap();
        let (y, m, d, h, min) = utc;
        let start = Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
        formats.when(start, chrono_tz::America::Los_Angeles)
    }

    #[test]
    fn english_has_the_full_weekday_a_12_hour_clock_and_no_narrow_space() {
        // 2026-12-04 00:30 UTC is Thursday 3 December, 16:30 in Los Angeles.
        let w = when("en", (2026, 12, 4, 0, 30));
        assert_eq!(w.formatted, "Thursday, Dec 3, 4:30 PM");
        assert_eq!(w.weekday, "thu");
        assert_eq!((w.month, w.day, w.hour, w.hour12), (12, 3, 16, 4));
        assert_eq!(w.minute, "30");
        assert_eq!(w.period, "afternoon");
    }

    #[test]
    fn persian_stays_gregorian() {
        let w = when("fa", (2026, 12, 4, 0, 30));
        assert!(w.formatted.contains("دسامبر"), "{}", w.formatted);
        assert!(!w.formatted.contains("آذر"), "{}", w.formatted);
    }

    #[test]
    fn tagalog_is_served_as_filipino() {
        let w = when("tl", (2026, 12, 4, 0, 30));
        assert!(w.formatted.starts_with("Huwebes"), "{}", w.formatted);
    }

    fn at_school(locale: &str, region: Option<&str>) -> String {
        let formats = LocaleFormats::new(locale, region).unwrap();
        let start = Utc.with_ymd_and_hms(2026, 12, 4, 0, 30, 0).unwrap();
        formats
            .when(start, chrono_tz::America::Los_Angeles)
            .formatted
    }

    #[test]
    fn spanish_at_a_us_school_reads_the_12_hour_clock_and_in_spain_the_24_hour_one() {
        let us = at_school("es", Some("US"));
        assert!(us.starts_with("jueves"), "{us}");
        // CLDR 48 (ICU4X 2.4) writes es-US "p.m." without the space es-MX has had.
        assert!(
            us.contains("4:30 p.m.") || us.contains("4:30 p. m."),
            "{us}"
        );
        let spain = at_school("es", Some("ES"));
        assert!(spain.contains("16:30"), "{spain}");
    }

    #[test]
    fn a_region_cldr_lacks_falls_back_to_the_language() {
        assert_eq!(at_school("ru", Some("US")), at_school("ru", None));
        assert_eq!(at_school("vi", Some("US")), at_school("vi", None));
        assert_eq!(at_school("ru", Some("not a region")), at_school("ru", None));
    }

    /// Prints what ICU4X 2.4 makes of each tag we ship or are adding, to see which have data:
    /// `cargo test --lib i18n::dates::tests::icu_data_survey -- --ignored --nocapture`.
    #[test]
    #[ignore]
    fn icu_data_survey() {
        for tag in [
            "en", "es", "vi", "hmn", "zh-Hans", "zh-Hant", "ru", "uk", "ar", "pa", "fa", "tl",
            "pt", "ht", "so", "ko", "fr", "ps", "prs", "sw", "und",
        ] {
            println!("{tag:8} {}", at_school(tag, Some("US")));
        }
    }

    #[test]
    fn midnight_and_noon_on_the_12_hour_clock() {
        assert_eq!(when("en", (2026, 12, 3, 8, 0)).hour12, 12);
        assert_eq!(when("en", (2026, 12, 3, 8, 0)).period, "morning");
        assert_eq!(when("en", (2026, 12, 3, 20, 5)).hour12, 12);
        assert_eq!(when("en", (2026, 12, 3, 20, 5)).minute, "05");
        assert_eq!(when("en", (2026, 12, 4, 3, 0)).period, "evening");
    }

    #[test]
    fn lists_join_with_the_locale_word() {
        let names = ["Alejandro".to_string(), "Guadalupe".to_string()];
        assert_eq!(
            LocaleFormats::new("es", Some("US"))
                .unwrap()
                .and_list(&names),
            "Alejandro y Guadalupe"
        );
        assert_eq!(
            LocaleFormats::new("en", None)
                .unwrap()
                .and_list(&names[..1]),
            "Alejandro"
        );
    }
}
