//! School-local time: a school's time zone, and slot times written in it.
//!
//! Rosters give slot times as the school's wall-clock time (`2026-03-08 02:30`). Around DST
//! changes such a time may not exist (spring forward) or exist twice (fall back); either is
//! refused with a clear error rather than guessed, because a guess sends a pair of educators
//! to a family's door an hour early or late.

use chrono::{DateTime, Duration, LocalResult, NaiveDateTime, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::config::QuietHours;

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum TimeError {
    #[error("unknown time zone \"{0}\" (use an IANA name such as America/Los_Angeles)")]
    UnknownZone(String),
    #[error("\"{0}\" is not a time like 2026-12-03 16:30")]
    Unparsable(String),
    #[error("{0} does not exist in {1} (clocks spring forward over it)")]
    Gap(String, String),
    #[error("{0} happens twice in {1} (clocks fall back); pick another time")]
    Ambiguous(String, String),
}

/// Parses an IANA time zone name.
pub fn parse_zone(raw: &str) -> Result<Tz, TimeError> {
    raw.trim()
        .parse::<Tz>()
        .map_err(|_| TimeError::UnknownZone(raw.trim().to_string()))
}

/// A school-local wall-clock time turned into the one instant it names.
pub fn local_to_utc(raw: &str, zone: Tz) -> Result<DateTime<Utc>, TimeError> {
    let trimmed = raw.trim();
    let naive = ["%Y-%m-%d %H:%M", "%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M:%S"]
        .iter()
        .find_map(|f| NaiveDateTime::parse_from_str(trimmed, f).ok())
        .ok_or_else(|| TimeError::Unparsable(trimmed.to_string()))?;
    match zone.from_local_datetime(&naive) {
        LocalResult::Single(t) => Ok(t.with_timezone(&Utc)),
        LocalResult::None => Err(TimeError::Gap(trimmed.to_string(), zone.name().to_string())),
        LocalResult::Ambiguous(_, _) => Err(TimeError::Ambiguous(
            trimmed.to_string(),
            zone.name().to_string(),
        )),
    }
}

/// The earliest time at or after `now` outside quiet hours in `zone`.
pub fn allowed_at(now: DateTime<Utc>, zone: Tz, quiet: Option<QuietHours>) -> DateTime<Utc> {
    let Some(quiet) = quiet else { return now };
    let local = now.with_timezone(&zone);
    if !quiet.contains(local.time()) {
        return now;
    }
    let day = if local.time() >= quiet.end {
        local.date_naive() + Duration::days(1)
    } else {
        local.date_naive()
    };
    local_instant(zone, day.and_time(quiet.end)).unwrap_or(now + Duration::hours(1))
}

/// A local wall-clock time as an instant; in a DST gap, the first instant after it.
pub fn local_instant(zone: Tz, naive: NaiveDateTime) -> Option<DateTime<Utc>> {
    (0..3).find_map(|h| {
        zone.from_local_datetime(&(naive + Duration::hours(h)))
            .earliest()
            .map(|t| t.with_timezone(&Utc))
    })
}

/// A local time of day on the date of `day` in `zone`.
pub fn at_local(zone: Tz, day: DateTime<Utc>, time: NaiveTime) -> Option<DateTime<Utc>> {
    local_instant(zone, day.with_timezone(&zone).date_naive().and_time(time))
}

#[cfg(test)]
mod tests {
    use super::*;

    const LA: Tz = chrono_tz::America::Los_Angeles;

    #[test]
    fn an_ordinary_time_converts_with_the_season_offset() {
        // PST (UTC-8) in December, PDT (UTC-7) in June.
        assert_eq!(
            local_to_utc("2026-12-03 16:30", LA).unwrap().to_rfc3339(),
            "2026-12-04T00:30:00+00:00"
        );
        assert_eq!(
            local_to_utc("2026-06-03 16:30", LA).unwrap().to_rfc3339(),
            "2026-06-03T23:30:00+00:00"
        );
    }

    #[test]
    fn the_day_after_a_dst_change_uses_the_new_offset() {
        // 2026-03-08 is the US spring-forward Sunday; the 9th is already PDT.
        assert_eq!(
            local_to_utc("2026-03-08 01:30", LA).unwrap().to_rfc3339(),
            "2026-03-08T09:30:00+00:00"
        );
        assert_eq!(
            local_to_utc("2026-03-09 01:30", LA).unwrap().to_rfc3339(),
            "2026-03-09T08:30:00+00:00"
        );
    }

    #[test]
    fn spring_forward_gap_is_refused() {
        assert!(matches!(
            local_to_utc("2026-03-08 02:30", LA),
            Err(TimeError::Gap(_, _))
        ));
    }

    #[test]
    fn fall_back_ambiguity_is_refused() {
        // 2026-11-01 01:30 happens twice in Los Angeles.
        let err = local_to_utc("2026-11-01 01:30", LA).unwrap_err();
        assert!(matches!(err, TimeError::Ambiguous(_, _)));
        assert!(err.to_string().contains("twice"));
    }

    #[test]
    fn bad_input_is_refused() {
        assert!(matches!(
            local_to_utc("tomorrow", LA),
            Err(TimeError::Unparsable(_))
        ));
        assert!(matches!(
            local_to_utc("2026-13-01 10:00", LA),
            Err(TimeError::Unparsable(_))
        ));
        assert!(matches!(
            parse_zone("Mars/Olympus"),
            Err(TimeError::UnknownZone(_))
        ));
        assert_eq!(
            parse_zone("America/Chicago").unwrap(),
            chrono_tz::America::Chicago
        );
    }
}
