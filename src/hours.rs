//! Hours for stipends (`homevisit hours`): completed visits and minutes per educator over a
//! range of the school's local dates, as a readable table or as CSV for payroll.
//!
//! Decisions:
//! - A visit counts in the range when its slot *starts* on one of the dates, read in the
//!   school's time zone; both ends are inclusive (`--from 2026-10-01 --to 2026-10-31` is the
//!   whole of October in, say, Los Angeles, whatever the DST offset on either day).
//! - Each completed visit credits *both* educators of its pair with the slot's minutes.
//! - Every educator of the school is listed, those without a completed visit with zeros, so
//!   payroll sees "0" rather than wondering whether someone was left out.
//! - The CSV carries the phone (payroll's key for a person); the text table does not, as it
//!   is the form people paste into emails.

use chrono::{DateTime, Days, NaiveDate, NaiveTime, TimeZone, Utc};
use chrono_tz::Tz;

use crate::store::hours::EducatorHours;
use crate::store::{self, Db, StoreError, schools};

/// Why an hours report could not be made.
#[derive(Debug, thiserror::Error)]
pub enum HoursError {
    #[error("{0:?} is not a date like 2026-10-01")]
    Date(String),
    #[error("--from {from} is after --to {to}")]
    Backwards { from: NaiveDate, to: NaiveDate },
    #[error(transparent)]
    Store(#[from] StoreError),
    #[error("cannot write CSV: {0}")]
    Csv(#[from] csv::Error),
}

/// An inclusive range of local dates, `from` never after `to`.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct DateRange {
    from: NaiveDate,
    to: NaiveDate,
}

impl DateRange {
    /// Reads `--from` and `--to` (`YYYY-MM-DD`).
    pub fn parse(from: &str, to: &str) -> Result<DateRange, HoursError> {
        let date = |raw: &str| {
            NaiveDate::parse_from_str(raw.trim(), "%Y-%m-%d")
                .map_err(|_| HoursError::Date(raw.trim().to_string()))
        };
        let (from, to) = (date(from)?, date(to)?);
        if from > to {
            return Err(HoursError::Backwards { from, to });
        }
        Ok(DateRange { from, to })
    }

    pub fn from(&self) -> NaiveDate {
        self.from
    }

    pub fn to(&self) -> NaiveDate {
        self.to
    }

    /// The instants `[start, end)` the range covers in `zone`: from the first instant of
    /// `from` to the first instant of the day after `to`.
    pub fn instants(&self, zone: Tz) -> (DateTime<Utc>, DateTime<Utc>) {
        let after = self.to.checked_add_days(Days::new(1)).unwrap_or(self.to);
        (start_of_day(self.from, zone), start_of_day(after, zone))
    }
}

/// The first instant of a local date. Where a DST change skips midnight (some zones spring
/// forward at 00:00), the day starts at the first wall-clock time that exists.
pub fn start_of_day(date: NaiveDate, zone: Tz) -> DateTime<Utc> {
    (0..24 * 60)
        .filter_map(|minute| NaiveTime::from_num_seconds_from_midnight_opt(minute * 60, 0))
        .find_map(|time| zone.from_local_datetime(&date.and_time(time)).earliest())
        .map(|t| t.with_timezone(&Utc))
        .unwrap_or_else(|| date.and_time(NaiveTime::MIN).and_utc())
}

/// The hours of every educator of a school over a range.
#[derive(Debug, Clone)]
pub struct HoursReport {
    pub school: String,
    pub zone: Tz,
    pub range: DateRange,
    /// Every educator of the school, by name.
    pub educators: Vec<EducatorHours>,
    /// Distinct completed visits (each credits two educators).
    pub visits: i64,
}

/// Reads the report for `school_key` over `range`.
pub async fn report(
    db: &Db,
    school_key: &str,
    range: DateRange,
) -> Result<HoursReport, HoursError> {
    let mut tx = db.read().await?;
    let school = schools::by_key(&mut tx, school_key).await?;
    let (start, end) = range.instants(school.zone);
    let (start, end) = (start.timestamp(), end.timestamp());
    let educators = store::hours::per_educator(&mut tx, school.id, start, end).await?;
    let visits = store::hours::completed_visits(&mut tx, school.id, start, end).await?;
    tx.rollback().await?;
    Ok(HoursReport {
        school: school.name,
        zone: school.zone,
        range,
        educators,
        visits,
    })
}

impl HoursReport {
    /// `educator,phone,visits,minutes`, one row per educator.
    pub fn to_csv(&self) -> Result<String, HoursError> {
        let mut out = csv::Writer::from_writer(Vec::new());
        out.write_record(["educator", "phone", "visits", "minutes"])?;
        for e in &self.educators {
            out.write_record([
                e.name.as_str(),
                e.phone.as_str(),
                &e.visits.to_string(),
                &e.minutes.to_string(),
            ])?;
        }
        let bytes = out
            .into_inner()
            .map_err(|e| HoursError::Csv(e.into_error().into()))?;
        Ok(String::from_utf8_lossy(&bytes).into_owned())
    }

    /// A table with a total row.
    pub fn to_text(&self) -> String {
        let width = self
            .educators
            .iter()
            .map(|e| e.name.chars().count())
            .chain(["educator".len(), "total".len()])
            .max()
            .unwrap_or(8);
        let mut text = format!(
            "Completed visits, {} to {} ({}, {})\n",
            self.range.from,
            self.range.to,
            self.school,
            self.zone.name()
        );
        let row = |name: &str, visits: i64, minutes: i64| {
            format!(
                "{name:<width$}  {visits:>6}  {minutes:>7}  {:>6}\n",
                clock_hours(minutes)
            )
        };
        text += &format!(
            "{:<width$}  {:>6}  {:>7}  {:>6}\n",
            "educator", "visits", "minutes", "hours"
        );
        for e in &self.educators {
            text += &row(&e.name, e.visits, e.minutes);
        }
        let visits = self.educators.iter().map(|e| e.visits).sum();
        let minutes = self.educators.iter().map(|e| e.minutes).sum();
        text += &row("total", visits, minutes);
        text += &format!(
            "{} completed visit{}, each credited to both educators of its pair\n",
            self.visits,
            if self.visits == 1 { "" } else { "s" }
        );
        text
    }
}

/// Minutes as `h:mm`.
fn clock_hours(minutes: i64) -> String {
    format!("{}:{:02}", minutes / 60, minutes % 60)
}

#[cfg(test)]
mod tests {
    use super::*;

    const LA: Tz = chrono_tz::America::Los_Angeles;

    #[test]
    fn a_range_covers_whole_local_days_across_a_dst_change() {
        // 2026-11-01 is the fall-back Sunday in Los Angeles: October 31 is PDT, November 2 PST.
        let range = DateRange::parse("2026-10-31", "2026-11-01").unwrap();
        let (start, end) = range.instants(LA);
        assert_eq!(start.to_rfc3339(), "2026-10-31T07:00:00+00:00");
        assert_eq!(end.to_rfc3339(), "2026-11-02T08:00:00+00:00");
    }

    #[test]
    fn a_day_that_starts_after_midnight_starts_when_it_exists() {
        // Santiago springs forward at 00:00 on 2026-09-06: the day begins at 01:00 (-03).
        let santiago: Tz = chrono_tz::America::Santiago;
        let date = NaiveDate::from_ymd_opt(2026, 9, 6).unwrap();
        assert_eq!(
            start_of_day(date, santiago).to_rfc3339(),
            "2026-09-06T04:00:00+00:00"
        );
    }

    #[test]
    fn a_backwards_or_unreadable_range_is_refused() {
        assert!(matches!(
            DateRange::parse("2026-10-31", "2026-10-01"),
            Err(HoursError::Backwards { .. })
        ));
        let err = DateRange::parse("October", "2026-10-01").unwrap_err();
        assert_eq!(err.to_string(), "\"October\" is not a date like 2026-10-01");
        assert!(DateRange::parse("2026-10-01", "2026-10-01").is_ok());
    }

    #[test]
    fn minutes_read_as_hours_and_minutes() {
        assert_eq!(clock_hours(0), "0:00");
        assert_eq!(clock_hours(75), "1:15");
    }
}
