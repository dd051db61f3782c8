//! Educators' calendar feeds and stipend hours, on SQLite and PostgreSQL.
//!
//! The story: at Lincoln (Los Angeles time) Ana Torres and Ben Carter visit the Hernandez
//! family on Tuesday 6 October at 17:00 (that is already 7 October in UTC) and report it done;
//! the Chen family booked them at 16:00 that day and cancelled; the Tran family is booked for
//! Monday 2 November, the day after clocks fall back, and asked to meet at a park. Pao Vang and
//! Rosa Delgado complete a 45-minute visit with the Yang family on 8 October; Linh Nguyen and
//! Sam Okafor have a visit booked with the Kovalenko family that has not happened yet.
//!
//! The feed is fetched over HTTP from the running app and parsed back with the `icalendar`
//! parser; the commands are run as the real binary; hours CSV is parsed back with `csv`.

mod common;

use std::str::FromStr;

use chrono::{DateTime, Duration, Utc};
use icalendar::{Calendar, CalendarDateTime, Component, DatePerhapsTime, EventLike, EventStatus};

use common::app::{NowUtc, TestApp, spawn_app};
use common::db::TestDb;
use homevisit::domain::local_to_utc;
use homevisit::hours::{self, DateRange};
use homevisit::store::{Db, campaigns, invitations, visits};

const MARIA: &str = "+19165550201"; // Hernandez, es-MX, Sofia and Mateo
const THANH: &str = "+19165550202"; // Tran, vi, Bao
const MAI: &str = "+19165550203"; // Yang, hmn, Kou
const WEI: &str = "+19165550204"; // Chen, zh-Hant, Emily
const IRYNA: &str = "+19165550205"; // Kovalenko, uk, Olena

const LA: chrono_tz::Tz = chrono_tz::America::Los_Angeles;

/// The visits of the story, by family.
struct Visits {
    hernandez: i64,
    chen: i64,
    tran: i64,
}

async fn run(db: &Db, sql: &str) {
    match db {
        Db::Sqlite(pool) => sqlx::query(sql)
            .execute(pool)
            .await
            .unwrap()
            .rows_affected(),
        Db::Postgres(pool) => sqlx::query(sql)
            .execute(pool)
            .await
            .unwrap()
            .rows_affected(),
    };
}

fn instant(local: &str) -> DateTime<Utc> {
    local_to_utc(local, LA).unwrap()
}

/// Books the fixture slot starting at `local` (school time) for the family with `phone`.
async fn book(app: &TestApp, campaign: i64, phone: &str, local: &str, place: Option<&str>) -> i64 {
    let family = app
        .count(&format!("SELECT id FROM families WHERE phone = '{phone}'"))
        .await;
    let slot = app
        .count(&format!(
            "SELECT id FROM slots WHERE start_at = {}",
            instant(local).timestamp()
        ))
        .await;
    let now = app.clock.now_utc();
    let mut tx = app.db.begin().await.unwrap();
    let invitation = invitations::create(&mut tx, campaign, family, now)
        .await
        .unwrap()
        .unwrap();
    let detail = invitations::slot(&mut tx, slot).await.unwrap();
    let visit = visits::book(&mut tx, &detail, family, invitation, place, 15, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();
    visit
}

async fn complete(app: &TestApp, visit: i64, at: &str) {
    let at = instant(at).timestamp();
    run(
        &app.db,
        &format!("UPDATE visits SET state = 'completed', completed_at = {at} WHERE id = {visit}"),
    )
    .await;
}

async fn the_story(app: &TestApp) -> Visits {
    let now = app.clock.now_utc();
    let mut tx = app.db.begin().await.unwrap();
    let school = app
        .count("SELECT id FROM schools WHERE key = 'lincoln'")
        .await;
    let campaign = campaigns::create(&mut tx, school, "Fall visits", None, 6, now.timestamp())
        .await
        .unwrap();
    tx.commit().await.unwrap();

    let chen = book(app, campaign, WEI, "2026-10-06 16:00", None).await;
    let hernandez = book(app, campaign, MARIA, "2026-10-06 17:00", None).await;
    let yang = book(app, campaign, MAI, "2026-10-08 16:00", None).await;
    book(app, campaign, IRYNA, "2026-10-07 15:30", None).await;
    let tran = book(
        app,
        campaign,
        THANH,
        "2026-11-02 16:30",
        Some("Oak Park; by the swings"),
    )
    .await;

    let chen_slot = app
        .count(&format!("SELECT slot_id FROM visits WHERE id = {chen}"))
        .await;
    let chen_family = app
        .count(&format!("SELECT family_id FROM visits WHERE id = {chen}"))
        .await;
    let mut tx = app.db.begin().await.unwrap();
    visits::cancel(&mut tx, chen_slot, chen_family, now)
        .await
        .unwrap();
    tx.commit().await.unwrap();

    complete(app, hernandez, "2026-10-06 17:40").await;
    complete(app, yang, "2026-10-08 16:50").await;
    Visits {
        hernandez,
        chen,
        tran,
    }
}

async fn token_of(app: &TestApp, name: &str) -> String {
    let db = &app.db;
    let sql = format!("SELECT calendar_token FROM educators WHERE name = '{name}'");
    match db {
        Db::Sqlite(pool) => sqlx::query_scalar(&sql).fetch_one(pool).await.unwrap(),
        Db::Postgres(pool) => sqlx::query_scalar(&sql).fetch_one(pool).await.unwrap(),
    }
}

struct Fetched {
    status: u16,
    content_type: String,
    body: String,
}

async fn fetch(url: &str) -> Fetched {
    let response = reqwest::get(url).await.unwrap();
    Fetched {
        status: response.status().as_u16(),
        content_type: response
            .headers()
            .get(reqwest::header::CONTENT_TYPE)
            .and_then(|v| v.to_str().ok())
            .unwrap_or("")
            .to_string(),
        body: response.text().await.unwrap(),
    }
}

/// Fetches an educator's feed and parses it back.
async fn feed_of(app: &TestApp, name: &str) -> (String, Calendar) {
    let url = format!("{}/calendar/{}.ics", app.url, token_of(app, name).await);
    let fetched = fetch(&url).await;
    assert_eq!(fetched.status, 200, "{}", fetched.body);
    assert_eq!(fetched.content_type, "text/calendar; charset=utf-8");
    let calendar = Calendar::from_str(&fetched.body)
        .unwrap_or_else(|e| panic!("the feed parses as iCalendar: {e}\n{}", fetched.body));
    (fetched.body, calendar)
}

fn event(calendar: &Calendar, visit: i64) -> &icalendar::Event {
    let uid = format!("visit-{visit}@homevisit");
    calendar
        .events()
        .find(|e| e.get_uid() == Some(uid.as_str()))
        .unwrap_or_else(|| panic!("no event {uid} in the feed"))
}

fn utc(time: Option<DatePerhapsTime>) -> DateTime<Utc> {
    match time {
        Some(DatePerhapsTime::DateTime(CalendarDateTime::Utc(t))) => t,
        other => panic!("expected a UTC date-time, got {other:?}"),
    }
}

/// Runs the real `homevisit` binary against the app's database.
async fn homevisit(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    app.cli(args).await
}

async fn an_educators_feed_shows_each_visit_with_partner_place_and_exact_time(t: TestDb) {
    let app = spawn_app(t).await;
    let visits = the_story(&app).await;
    let (body, ana) = feed_of(&app, "Ana Torres").await;

    assert_eq!(ana.events().count(), 3, "{body}");
    assert!(
        body.contains("VERSION:2.0") && body.contains("PRODID:"),
        "{body}"
    );

    let hernandez = event(&ana, visits.hernandez);
    assert_eq!(
        utc(hernandez.get_start()).to_rfc3339(),
        "2026-10-07T00:00:00+00:00",
        "17:00 PDT"
    );
    assert_eq!(
        utc(hernandez.get_end()).to_rfc3339(),
        "2026-10-07T00:30:00+00:00"
    );
    assert_eq!(
        hernandez.get_summary(),
        Some("Visita al hogar: Maria Hernandez"),
        "Ana reads her calendar in Spanish, her first language"
    );
    assert_eq!(hernandez.get_status(), Some(EventStatus::Confirmed));
    assert_eq!(hernandez.get_location(), Some("Casa de la familia"));
    let about = hernandez.get_description().unwrap();
    assert!(
        about.contains("Sofia Hernandez y Mateo Hernandez"),
        "{about}"
    );
    assert!(about.contains("Con: Ben Carter"), "{about}");
    assert!(
        about.contains("español (uno de ustedes lo habla)"),
        "{about}"
    );

    // The day after clocks fall back: 16:30 is PST now, eight hours behind UTC, not seven.
    let tran = event(&ana, visits.tran);
    assert_eq!(
        utc(tran.get_start()).to_rfc3339(),
        "2026-11-03T00:30:00+00:00"
    );
    assert_eq!(tran.get_location(), Some("Oak Park; by the swings"));
    let about = tran.get_description().unwrap();
    assert!(about.contains("vietnamita (lleven intérprete)"), "{about}");
    assert!(about.contains("Bao Tran"), "{about}");

    let chen = event(&ana, visits.chen);
    assert_eq!(chen.get_status(), Some(EventStatus::Cancelled));
    assert_eq!(
        utc(chen.get_start()).to_rfc3339(),
        "2026-10-06T23:00:00+00:00"
    );

    for phone in [MARIA, THANH, WEI, MAI, IRYNA] {
        assert!(
            !body.contains(phone) && !body.contains(&phone[5..]),
            "no family phone in the feed: {body}"
        );
    }

    // Ben sees the same visits, with Ana as his partner.
    let (_, ben) = feed_of(&app, "Ben Carter").await;
    assert_eq!(ben.events().count(), 3);
    let hernandez = event(&ben, visits.hernandez);
    assert_eq!(
        hernandez.get_summary(),
        Some("Home visit: Maria Hernandez"),
        "Ben reads his in English"
    );
    assert_eq!(hernandez.get_location(), Some("Family's home"));
    let about = hernandez.get_description().unwrap();
    assert!(about.contains("With: Ana Torres"), "{about}");
    assert!(
        about.contains("Language: Spanish (your pair speaks it)"),
        "{about}"
    );
    assert!(about.contains("Completed, thank you."), "{about}");

    // Sam's one visit is at the library the roster named; Rosa's completed one is there too.
    let (_, sam) = feed_of(&app, "Sam Okafor").await;
    let only: Vec<_> = sam.events().collect();
    assert_eq!(only.len(), 1);
    assert_eq!(only[0].get_location(), Some("Library"));
    let (_, rosa) = feed_of(&app, "Rosa Delgado").await;
    assert_eq!(rosa.events().count(), 1);
    app.stop().await;
}

async fn a_cancelled_visit_leaves_the_feed_a_month_after_it_was_cancelled(t: TestDb) {
    let app = spawn_app(t).await;
    let visits = the_story(&app).await;
    app.clock.advance(Duration::days(29));
    let (_, ana) = feed_of(&app, "Ana Torres").await;
    assert_eq!(
        event(&ana, visits.chen).get_status(),
        Some(EventStatus::Cancelled)
    );
    app.clock.advance(Duration::days(2));
    let (_, ana) = feed_of(&app, "Ana Torres").await;
    let uids: Vec<_> = ana.events().filter_map(|e| e.get_uid()).collect();
    assert_eq!(
        uids,
        [
            format!("visit-{}@homevisit", visits.hernandez),
            format!("visit-{}@homevisit", visits.tran)
        ]
    );
    app.stop().await;
}

async fn a_rotated_token_retires_the_old_url(t: TestDb) {
    let app = spawn_app(t).await;
    the_story(&app).await;

    let (ok, printed, err) = homevisit(
        &app,
        &["educator", "calendar", "Ana Torres", "--school", "lincoln"],
    )
    .await;
    assert!(ok, "{err}");
    let old_url = printed.trim().to_string();
    assert_eq!(
        old_url,
        format!(
            "{}/calendar/{}.ics",
            app.url,
            token_of(&app, "Ana Torres").await
        )
    );
    assert_eq!(fetch(&old_url).await.status, 200);

    // By phone, as the roster wrote it.
    let (ok, printed, err) = homevisit(
        &app,
        &[
            "educator",
            "rotate-token",
            "(916) 555-0101",
            "--school",
            "lincoln",
        ],
    )
    .await;
    assert!(ok, "{err}");
    let new_url = printed.trim().to_string();
    assert_ne!(new_url, old_url);
    let old = fetch(&old_url).await;
    assert_eq!(old.status, 404);
    assert!(
        !old.body.contains("Ana"),
        "a 404 says nothing: {}",
        old.body
    );
    let new = fetch(&new_url).await;
    assert_eq!(new.status, 200);
    assert!(new.body.contains("Maria Hernandez"));

    let (ok, _, err) = homevisit(
        &app,
        &["educator", "calendar", "Nobody", "--school", "lincoln"],
    )
    .await;
    assert!(!ok);
    assert_eq!(err.trim().lines().count(), 1, "one line: {err}");
    assert!(err.contains("unknown educator"), "{err}");
    app.stop().await;
}

async fn an_unknown_or_malformed_feed_path_is_a_bare_404(t: TestDb) {
    let app = spawn_app(t).await;
    let ana = token_of(&app, "Ana Torres").await;
    for path in [
        "/calendar/not-a-token.ics".to_string(),
        "/calendar/.ics".to_string(),
        format!("/calendar/{ana}"),
        format!("/calendar/{ana}.ics.ics"),
        format!("/calendar/{}.ics", &ana[..ana.len() - 1]),
    ] {
        let fetched = fetch(&format!("{}{path}", app.url)).await;
        assert_eq!(fetched.status, 404, "{path}");
        assert!(!fetched.content_type.starts_with("text/calendar"), "{path}");
    }
    app.stop().await;
}

/// `educator,phone,visits,minutes` rows, parsed back.
fn rows(csv_text: &str) -> Vec<(String, String, i64, i64)> {
    let mut reader = csv::Reader::from_reader(csv_text.as_bytes());
    assert_eq!(
        reader.headers().unwrap(),
        vec!["educator", "phone", "visits", "minutes"]
    );
    reader
        .records()
        .map(|r| {
            let r = r.unwrap();
            (
                r[0].to_string(),
                r[1].to_string(),
                r[2].parse().unwrap(),
                r[3].parse().unwrap(),
            )
        })
        .collect()
}

fn credit(rows: &[(String, String, i64, i64)]) -> Vec<(&str, i64, i64)> {
    rows.iter()
        .map(|(name, _, visits, minutes)| (name.as_str(), *visits, *minutes))
        .collect()
}

async fn hours_credit_both_educators_for_completed_visits_on_local_dates(t: TestDb) {
    let app = spawn_app(t).await;
    the_story(&app).await;
    let csv_for = |from: &'static str, to: &'static str| {
        let db = app.db.clone();
        async move {
            let report = hours::report(&db, "lincoln", DateRange::parse(from, to).unwrap())
                .await
                .unwrap();
            rows(&report.to_csv().unwrap())
        }
    };

    let october = csv_for("2026-10-01", "2026-10-31").await;
    assert_eq!(
        credit(&october),
        [
            ("Ana Torres", 1, 30),
            ("Ben Carter", 1, 30),
            ("Linh Nguyen", 0, 0),
            ("Pao Vang", 1, 45),
            ("Rosa Delgado", 1, 45),
            ("Sam Okafor", 0, 0),
        ],
        "both educators credited; booked and cancelled visits are not; everyone listed"
    );
    assert_eq!(october[0].1, "+19165550101", "phone in E.164");

    // 6 October 17:00 is 7 October in UTC, but it is the 6th at Lincoln.
    let sixth = csv_for("2026-10-06", "2026-10-06").await;
    assert_eq!((sixth[0].2, sixth[1].2), (1, 1), "{sixth:?}");
    let seventh = csv_for("2026-10-07", "2026-10-07").await;
    assert_eq!(seventh.iter().map(|r| r.2).sum::<i64>(), 0, "{seventh:?}");
    // Both ends are inclusive.
    let to_eighth = csv_for("2026-10-06", "2026-10-08").await;
    assert_eq!(
        to_eighth.iter().map(|r| r.2).sum::<i64>(),
        4,
        "{to_eighth:?}"
    );
    let to_seventh = csv_for("2026-10-06", "2026-10-07").await;
    assert_eq!(
        to_seventh.iter().map(|r| r.2).sum::<i64>(),
        2,
        "{to_seventh:?}"
    );

    // The command prints the same CSV, and a readable table with totals.
    let (ok, printed, err) = homevisit(
        &app,
        &[
            "hours",
            "--school",
            "lincoln",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-31",
            "--format",
            "csv",
        ],
    )
    .await;
    assert!(ok, "{err}");
    assert_eq!(rows(&printed), october);
    let (ok, table, err) = homevisit(
        &app,
        &[
            "hours",
            "--school",
            "lincoln",
            "--from",
            "2026-10-01",
            "--to",
            "2026-10-31",
        ],
    )
    .await;
    assert!(ok, "{err}");
    let total = table.lines().find(|l| l.starts_with("total")).unwrap();
    assert_eq!(
        total.split_whitespace().collect::<Vec<_>>(),
        ["total", "4", "150", "2:30"]
    );
    assert!(table.contains("2 completed visits"), "{table}");
    assert!(!table.contains("+1916"), "no phones in the table: {table}");

    let (ok, printed, err) = homevisit(
        &app,
        &[
            "hours",
            "--school",
            "lincoln",
            "--from",
            "2026-10-31",
            "--to",
            "2026-10-01",
        ],
    )
    .await;
    assert!(!ok && printed.is_empty());
    assert_eq!(err.trim().lines().count(), 1, "{err}");
    assert!(err.contains("after"), "{err}");
    app.stop().await;
}

on_both_databases!(
    an_educators_feed_shows_each_visit_with_partner_place_and_exact_time,
    a_cancelled_visit_leaves_the_feed_a_month_after_it_was_cancelled,
    a_rotated_token_retires_the_old_url,
    an_unknown_or_malformed_feed_path_is_a_bare_404,
    hours_credit_both_educators_for_completed_visits_on_local_dates,
);
