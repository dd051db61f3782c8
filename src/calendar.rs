//! Educators' calendar feeds: each educator subscribes to a secret URL
//! (`/calendar/{token}.ics`) and their calendar app shows every visit they make with their
//! partner, as an RFC 5545 iCalendar written by the `icalendar` crate.
//!
//! Decisions, so a reader need not rediscover them:
//! - Times are written in UTC (`DTSTART:20261006T230000Z`). Slots are stored as instants, so
//!   UTC is exact across DST changes and needs no `VTIMEZONE`; the calendar app shows the
//!   educator's own local time.
//! - A visit keeps one `UID` (`visit-{id}@homevisit`) for its whole life. When it is cancelled
//!   it stays in the feed as `STATUS:CANCELLED` (with a higher `SEQUENCE`) for
//!   [`CANCELLED_KEPT_DAYS`] after the cancellation, so every subscribed app sees the change
//!   and removes or strikes it; after that it leaves the feed. A moved visit is a cancelled
//!   visit plus a new one.
//! - The feed names the family, their children, their language, the partner and the place —
//!   what the pair needs at the door. It never carries a family's phone number.
//! - The token is the only credential: 24 random bytes, looked up by the database; rotating it
//!   (`homevisit educator rotate-token`) makes the old URL answer 404.

use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, Class, Component, EventLike, EventStatus, Property};

use crate::domain::LanguageTag;
use crate::i18n::Locales;
use crate::i18n::calendar::CalendarVisit;
use crate::store::calendar::FeedVisit;
use crate::store::educators::{self, Educator};
use crate::store::{self, Db, StoreError, families, schools};

/// How long a cancelled visit stays in the feed (as cancelled) after its cancellation.
pub const CANCELLED_KEPT_DAYS: i64 = 30;

/// How often calendar apps are asked to refresh the feed.
const REFRESH_MINUTES: i64 = 60;

/// A visit in the feed, with its children's names.
#[derive(Debug, Clone)]
pub struct FeedEntry {
    pub visit: FeedVisit,
    pub children: Vec<String>,
}

/// The feed URL of a token: `{HOMEVISIT_PUBLIC_URL}/calendar/{token}.ics`.
pub fn feed_url(public_url: &str, token: &str) -> String {
    format!("{}/calendar/{token}.ics", public_url.trim_end_matches('/'))
}

/// The feed behind `token`, rendered, or `None` when no educator has that token.
pub async fn feed_for_token(
    db: &Db,
    locales: &Locales,
    token: &str,
    now: DateTime<Utc>,
) -> store::Result<Option<String>> {
    let mut tx = db.read().await?;
    let Some(educator) = educators::by_calendar_token(&mut tx, token).await? else {
        tx.rollback().await?;
        return Ok(None);
    };
    let since = now - Duration::days(CANCELLED_KEPT_DAYS);
    let visits = store::calendar::visits_of(&mut tx, educator.id, since.timestamp()).await?;
    let mut entries = Vec::with_capacity(visits.len());
    for visit in visits {
        let children = families::students(&mut tx, visit.family_id)
            .await?
            .into_iter()
            .map(|s| s.name)
            .collect();
        entries.push(FeedEntry { visit, children });
    }
    tx.rollback().await?;
    Ok(Some(render(locales, &educator, &entries, now).to_string()))
}

/// The educator's calendar: one event per visit, in the educator's first language.
pub fn render(
    locales: &Locales,
    educator: &Educator,
    entries: &[FeedEntry],
    now: DateTime<Utc>,
) -> Calendar {
    let language = educator.preferred_language();
    let mut calendar = Calendar::empty();
    calendar
        .append_property(Property::new("VERSION", "2.0"))
        .append_property(Property::new("PRODID", "-//homevisit//educator visits//EN"))
        .append_property(Property::new("CALSCALE", "GREGORIAN"))
        .append_property(Property::new("METHOD", "PUBLISH"))
        .name(&locales.calendar_name(&language, &educator.name))
        .ttl(&Duration::minutes(REFRESH_MINUTES));
    for entry in entries {
        match event(locales, &language, educator, entry, now) {
            Some(event) => {
                calendar.push(event);
            }
            None => tracing::warn!(visit = entry.visit.id, "visit with an impossible time"),
        }
    }
    calendar.done()
}

fn event(
    locales: &Locales,
    language: &LanguageTag,
    educator: &Educator,
    entry: &FeedEntry,
    now: DateTime<Utc>,
) -> Option<icalendar::Event> {
    let visit = &entry.visit;
    let start = DateTime::from_timestamp(visit.start_at, 0)?;
    let end = start + Duration::minutes(visit.minutes);
    let cancelled = visit.state == "cancelled";
    let words = locales.calendar_event(language, &calendar_visit(educator, entry));
    let mut event = icalendar::Event::new();
    event
        .uid(&format!("visit-{}@homevisit", visit.id))
        .timestamp(now)
        .starts(start)
        .ends(end)
        .summary(&words.summary)
        .description(&words.notes)
        .location(&words.location)
        .class(Class::Private)
        .status(if cancelled {
            EventStatus::Cancelled
        } else {
            EventStatus::Confirmed
        })
        // A cancellation is a new revision of the same event.
        .sequence(u32::from(cancelled));
    Some(event.done())
}

/// What the pair needs to know about one visit.
fn calendar_visit<'a>(educator: &Educator, entry: &'a FeedEntry) -> CalendarVisit<'a> {
    let visit = &entry.visit;
    let language = LanguageTag::parse(&visit.language).ok();
    let partner_speaks = |l: &LanguageTag| {
        visit
            .partner_languages
            .split(';')
            .filter_map(|p| LanguageTag::parse(p).ok())
            .any(|p| p.understands(l))
    };
    let pair_speaks = language
        .as_ref()
        .is_some_and(|l| educator.speaks(l) || partner_speaks(l));
    CalendarVisit {
        guardian: &visit.guardian,
        children: &entry.children,
        family_language: &visit.language,
        interpreter: !pair_speaks,
        partner: &visit.partner,
        place: visit
            .place
            .as_deref()
            .or(visit.location.as_deref())
            .filter(|p| !p.trim().is_empty()),
        minutes: visit.minutes,
        state: &visit.state,
    }
}

/// Why a calendar command could not be carried out.
#[derive(Debug, thiserror::Error)]
pub enum CalendarError {
    #[error("{0}")]
    Educator(String),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// The feed URL of an educator of a school, found by name or phone.
pub async fn educator_feed_url(
    db: &Db,
    public_url: &str,
    school_key: &str,
    name_or_phone: &str,
) -> Result<(Educator, String), CalendarError> {
    let mut tx = db.read().await?;
    let educator = find(&mut tx, school_key, name_or_phone).await?;
    tx.rollback().await?;
    let url = feed_url(public_url, &educator.calendar_token);
    Ok((educator, url))
}

/// Gives the educator a new feed token (the old URL answers 404 from now on) and returns the
/// new URL.
pub async fn rotate_token(
    db: &Db,
    public_url: &str,
    school_key: &str,
    name_or_phone: &str,
) -> Result<(Educator, String), CalendarError> {
    let mut tx = db.begin().await?;
    let educator = find(&mut tx, school_key, name_or_phone).await?;
    let token = educators::rotate_token(&mut tx, educator.id).await?;
    tx.commit().await?;
    Ok((educator, feed_url(public_url, &token)))
}

async fn find(
    tx: &mut store::Tx,
    school_key: &str,
    name_or_phone: &str,
) -> Result<Educator, CalendarError> {
    let school = schools::by_key(tx, school_key).await?;
    let all = educators::all(tx, school.id).await?;
    educators::find(&all, name_or_phone, school.country)
        .cloned()
        .map_err(CalendarError::Educator)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn educator() -> Educator {
        Educator {
            id: 1,
            school_id: 1,
            name: "Ana Torres".into(),
            phone: "+19165550101".into(),
            languages: "en".into(),
            email: None,
            calendar_token: "t".into(),
            opted_out_at: None,
            role: "educator".into(),
        }
    }

    fn entry(state: &str, partner_languages: &str) -> FeedEntry {
        FeedEntry {
            visit: FeedVisit {
                id: 7,
                state: state.into(),
                place: None,
                location: None,
                start_at: 1_791_327_600,
                minutes: 30,
                family_id: 3,
                guardian: "Maria Hernandez".into(),
                language: "es-MX".into(),
                partner: "Ben Carter".into(),
                partner_languages: partner_languages.into(),
            },
            children: vec!["Sofia".into(), "Mateo".into()],
        }
    }

    fn words(educator: &Educator, entry: &FeedEntry) -> crate::i18n::calendar::CalendarEvent {
        let locales = Locales::load().unwrap();
        locales.calendar_event(
            &educator.preferred_language(),
            &calendar_visit(educator, entry),
        )
    }

    #[test]
    fn a_pair_without_the_familys_language_is_told_to_bring_an_interpreter() {
        let text = words(&educator(), &entry("booked", "en")).notes;
        assert!(text.contains("Spanish (bring an interpreter)"), "{text}");
        let text = words(&educator(), &entry("booked", "es;en")).notes;
        assert!(text.contains("Spanish (your pair speaks it)"), "{text}");
        assert!(text.contains("Children: Sofia and Mateo"), "{text}");
        assert!(text.contains("Text DONE after the visit."), "{text}");
    }

    #[test]
    fn an_educator_reads_the_calendar_in_their_first_language() {
        let ana = Educator {
            languages: "es;en".into(),
            ..educator()
        };
        let words = words(&ana, &entry("cancelled", "en"));
        assert_eq!(words.summary, "Cancelada: visita al hogar, Maria Hernandez");
        assert_eq!(words.location, "Casa de la familia");
        assert!(words.notes.contains("Idioma: español"), "{}", words.notes);
        assert!(
            words.notes.contains("Hijos: Sofia y Mateo"),
            "{}",
            words.notes
        );
        assert!(
            words.notes.contains("Esta visita se canceló."),
            "{}",
            words.notes
        );
        let locales = Locales::load().unwrap();
        let ics = render(&locales, &ana, &[entry("booked", "es")], Utc::now()).to_string();
        assert!(ics.contains("Visitas al hogar — Ana Torres"), "{ics}");
    }

    #[test]
    fn a_feed_url_has_one_slash_before_calendar() {
        assert_eq!(
            feed_url("https://hv.example.org/", "abc"),
            "https://hv.example.org/calendar/abc.ics"
        );
    }

    #[test]
    fn a_cancelled_visit_is_a_new_revision_marked_cancelled() {
        let now = Utc::now();
        let locales = Locales::load().unwrap();
        let ics = render(&locales, &educator(), &[entry("cancelled", "en")], now).to_string();
        assert!(ics.contains("STATUS:CANCELLED"), "{ics}");
        assert!(ics.contains("SEQUENCE:1"), "{ics}");
        assert!(ics.contains("UID:visit-7@homevisit"), "{ics}");
    }
}
