//! Slot times and lists of names in the family's language, through ICU4X compiled data.
//!
//! Times are shown in the school's time zone (a slot is where the school is), always in the
//! Gregorian calendar (a US school's date; `fa` would otherwise default to the Persian solar
//! calendar), with weekday and month names and the 12/24-hour clock of the locale:
//! "Thu, Dec 3, 4:30 PM", "jue, 3 dic, 16:30", "чт, 3 дек., 16:30".
//!
//! ICU4X has no data for some of our locales: `tl` is known to CLDR as `fil`, and `hmn` falls
//! back to the root locale (English weekday names). For those the Fluent message `when` of the
//! locale builds the text from the parts in [`When`] (weekday key, month number, day, hour,
//! minute, part of the day) instead of ICU's text.

use chrono::{DateTime, Datelike, Timelike, Utc, Weekday};
use chrono_tz::Tz;
use icu::calendar::{Date, Gregorian};
use icu::datetime::FixedCalendarDateTimeFormatter;
use icu::datetime::fieldsets::{MDE, MDET};
use icu::datetime::input::{DateTime as IcuDateTime, Time};
use icu::list::ListFormatter;
use icu::list::options::ListFormatterOptions;
use icu::locale::Locale;

use super::I18nError;

/// The ICU4X locale that serves one of our shipped locales.
pub(crate) fn icu_locale(shipped: &str) -> &str {
    match shipped {
        // CLDR files Tagalog under its standard form, Filipino.
        "tl" => "fil",
        other => other,
    }
}

/// A slot time broken into what a Fluent message may need.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct When {
    /// ICU4X's short weekday, month, day and time, e.g. "Thu, Dec 3, 4:30 PM".
    pub formatted: String,
    /// `mon` … `sun`, for locales that spell weekdays in Fluent.
    pub weekday: &'static str,
    pub month: u32,
    pub day: u32,
    /// 0–23.
    pub hour: u32,
    /// 1–12.
    pub hour12: u32,
    /// Two digits, "05".
    pub minute: String,
    /// `morning` (before 12), `afternoon` (12–17) or `evening` (from 18).
    pub period: &'static str,
}

/// Date and list formatters for one locale, built once at start-up.
pub(crate) struct LocaleFormats {
    slot: FixedCalendarDateTimeFormatter<Gregorian, MDET>,
    and_list: ListFormatter,
}

impl LocaleFormats {
    pub(crate) fn new(shipped: &str) -> Result<LocaleFormats, I18nError> {
        let tag = icu_locale(shipped);
        let locale: Locale = tag.parse().map_err(|e| I18nError::Icu {
            locale: tag.to_string(),
            reason: format!("{e:?}"),
        })?;
        let slot = FixedCalendarDateTimeFormatter::try_new(
            locale.clone().into(),
            MDE::medium().with_time_hm(),
        )
        .map_err(|e| I18nError::Icu {
            locale: tag.to_string(),
            reason: e.to_string(),
        })?;
        let and_list = ListFormatter::try_new_and(locale.into(), ListFormatterOptions::default())
            .map_err(|e| I18nError::Icu {
            locale: tag.to_string(),
            reason: e.to_string(),
        })?;
        Ok(LocaleFormats { slot, and_list })
    }

    /// `start` as the school's wall clock shows it.
    pub(crate) fn when(&self, start: DateTime<Utc>, zone: Tz) -> When {
        let local = start.with_timezone(&zone);
        let date = Date::try_new_gregorian(local.year(), local.month() as u8, local.day() as u8);
        let time = Time::try_new(local.hour() as u8, local.minute() as u8, 0, 0);
        let formatted = match (date, time) {
            (Ok(date), Ok(time)) => {
                sms_spaces(&self.slot.format(&IcuDateTime { date, time }).to_string())
            }
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

    fn when(locale: &str, utc: (i32, u32, u32, u32, u32)) -> When {
        let formats = LocaleFormats::new(locale).unwrap();
        let (y, m, d, h, min) = utc;
        let start = Utc.with_ymd_and_hms(y, m, d, h, min, 0).unwrap();
        formats.when(start, chrono_tz::America::Los_Angeles)
    }

    #[test]
    fn english_is_short_with_a_12_hour_clock_and_no_narrow_space() {
        // 2026-12-04 00:30 UTC is Thursday 3 December, 16:30 in Los Angeles.
        let w = when("en", (2026, 12, 4, 0, 30));
        assert_eq!(w.formatted, "Thu, Dec 3, 4:30 PM");
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
        assert!(w.formatted.starts_with("Huw"), "{}", w.formatted);
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
            LocaleFormats::new("es").unwrap().and_list(&names),
            "Alejandro y Guadalupe"
        );
        assert_eq!(
            LocaleFormats::new("en").unwrap().and_list(&names[..1]),
            "Alejandro"
        );
    }
}
