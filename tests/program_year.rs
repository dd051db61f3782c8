//! The program's year (issue 19), on SQLite and PostgreSQL: a school's own quiet hours
//! (`school add --quiet-hours`) apply instead of `HOMEVISIT_QUIET_HOURS`, both when a text is
//! queued and when the sender claims it; `homevisit visits` lists the school's visits.

mod common;

use chrono::{DateTime, Duration, TimeZone, Utc};
use common::app::{NowUtc, TestApp, spawn_app_with};
use common::db::TestDb;
use homevisit::store::schools;

/// 20:30 in Los Angeles (PDT, UTC-7) on 2026-09-01: inside a 20:00 window, outside 21:00.
fn half_past_eight_pm() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 2, 3, 30, 0).unwrap()
}

/// 19:59:50 in Los Angeles on 2026-09-01.
fn just_before_eight_pm() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 2, 2, 59, 50).unwrap()
}

/// 08:00 the next morning in Los Angeles.
fn next_local_morning() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 2, 15, 0, 0).unwrap()
}

async fn with_school_window(t: TestDb, window: &str) -> TestApp {
    let app = spawn_app_with(t, &[("HOMEVISIT_QUIET_HOURS", "21:00-08:00")]).await;
    let mut tx = app.db.begin().await.unwrap();
    let school = schools::by_key(&mut tx, "lincoln").await.unwrap();
    schools::set_quiet_hours(&mut tx, school.id, Some(window))
        .await
        .unwrap();
    tx.commit().await.unwrap();
    app
}

async fn a_schools_own_quiet_hours_hold_at_queue_time(t: TestDb) {
    let app = with_school_window(t, "20:00-08:00").await;
    app.clock.set(half_past_eight_pm());
    let launch = app.launch(None).await;
    assert_eq!(launch.invited, 6);
    app.drain().await;
    assert_eq!(
        app.provider.outreach(),
        0,
        "20:30 is quiet for this school, though the default window starts at 21:00"
    );
    app.clock.set(next_local_morning());
    app.drain().await;
    assert_eq!(app.provider.outreach(), 6);
    app.stop().await;
}

async fn a_schools_own_quiet_hours_hold_at_send_time(t: TestDb) {
    let app = with_school_window(t, "20:00-08:00").await;
    app.clock.set(just_before_eight_pm());
    app.launch(None).await;
    // Every text was due before 20:00; the sender only gets to them after it.
    app.clock
        .set(just_before_eight_pm() + Duration::seconds(15));
    app.drain().await;
    assert_eq!(
        app.provider.outreach(),
        0,
        "claimed at 20:00:05 local: waits"
    );
    app.clock.set(next_local_morning() - Duration::seconds(1));
    app.drain().await;
    assert_eq!(app.provider.outreach(), 0);
    app.clock.set(next_local_morning());
    app.drain().await;
    assert_eq!(app.provider.outreach(), 6);
    app.stop().await;
}

async fn a_school_without_its_own_window_keeps_the_default(t: TestDb) {
    let app = spawn_app_with(t, &[("HOMEVISIT_QUIET_HOURS", "21:00-08:00")]).await;
    app.clock.set(half_past_eight_pm());
    app.launch(None).await;
    app.drain().await;
    assert_eq!(app.provider.outreach(), 6, "20:30 is not quiet by default");
    app.stop().await;
}

/// Runs the real `homevisit` binary against the app's database.
async fn homevisit(app: &TestApp, args: &[&str]) -> (bool, String, String) {
    app.cli(args).await
}

async fn visits_lists_the_schools_visits_as_text_and_json(t: TestDb) {
    let app = spawn_app_with(t, &[]).await;
    app.launch(None).await;
    app.drain().await;
    app.text("+19165550201", "1").await; // Maria books her first option
    app.text("+19165550206", "1").await; // Layla (Arabic) books too
    let (ok, json, err) =
        homevisit(&app, &["visits", "--school", "lincoln", "--format", "json"]).await;
    assert!(ok, "{err}");
    let visits: serde_json::Value = serde_json::from_str(&json).unwrap();
    let visits = visits.as_array().unwrap();
    let booked = app.count("SELECT COUNT(*) FROM visits").await;
    assert!(booked >= 1);
    assert_eq!(visits.len() as i64, booked, "{json}");
    let maria = visits
        .iter()
        .find(|v| v["family"] == "Maria Hernandez")
        .expect("Maria's visit");
    assert_eq!(maria["status"], "booked");
    assert_eq!(maria["language"], "es");
    assert_eq!(maria["minutes"], 30);
    assert_eq!(maria["pair"].as_array().unwrap().len(), 2);
    let (ok, text, err) = homevisit(&app, &["visits", "--school", "lincoln"]).await;
    assert!(ok, "{err}");
    assert_eq!(text.lines().count() as i64, booked, "{text}");
    assert!(text.contains("Maria Hernandez (es"), "{text}");
    // A range that holds no visit, and a range given by half.
    let (ok, text, _) = homevisit(
        &app,
        &[
            "visits",
            "--school",
            "lincoln",
            "--from",
            "2030-01-01",
            "--to",
            "2030-01-31",
        ],
    )
    .await;
    assert!(ok);
    assert_eq!(text.trim(), "no visits");
    let (ok, _, err) = homevisit(
        &app,
        &["visits", "--school", "lincoln", "--from", "2026-10-01"],
    )
    .await;
    assert!(!ok);
    assert!(err.contains("--to"), "{err}");
    let (ok, _, err) = homevisit(&app, &["visits", "--school", "nowhere"]).await;
    assert!(!ok);
    assert!(!err.is_empty());
    app.stop().await;
}

/// The phones of the pair of Maria's booked visit.
async fn pair_of_maria(app: &TestApp) -> Vec<String> {
    let sql = "SELECT e.phone FROM visits v JOIN slots s ON s.id = v.slot_id
               JOIN educators e ON e.id = s.educator_1 OR e.id = s.educator_2
               JOIN families f ON f.id = v.family_id
               WHERE f.phone = '+19165550201' ORDER BY e.phone";
    match &app.db {
        homevisit::store::Db::Sqlite(pool) => {
            sqlx::query_scalar(sql).fetch_all(pool).await.unwrap()
        }
        homevisit::store::Db::Postgres(pool) => {
            sqlx::query_scalar(sql).fetch_all(pool).await.unwrap()
        }
    }
}

async fn after_done_each_of_the_pair_is_asked_once_and_a_reflection_is_kept(t: TestDb) {
    let app = spawn_app_with(t, &[]).await;
    app.launch(None).await;
    app.drain().await;
    app.text("+19165550201", "1").await; // Maria books
    app.drain().await;
    let pair = pair_of_maria(&app).await;
    assert_eq!(pair.len(), 2);
    let start = app
        .count("SELECT s.start_at FROM visits v JOIN slots s ON s.id = v.slot_id")
        .await;
    app.clock
        .set(DateTime::from_timestamp(start, 0).unwrap() + Duration::minutes(40));
    let before: Vec<usize> = pair.iter().map(|p| app.provider.sent_to(p).len()).collect();

    let done = app.text(&pair[0], "DONE").await;
    assert_eq!(done.status, 200);
    app.drain().await;
    for (phone, had) in pair.iter().zip(&before) {
        let texts = app.provider.sent_to(phone);
        let asked: Vec<_> = texts[*had..]
            .iter()
            .filter(|m| m.body.contains("SKIP"))
            .collect();
        assert_eq!(asked.len(), 1, "{phone} asked once: {texts:#?}");
        assert!(
            asked[0].body.contains("Maria Hernandez"),
            "{}",
            asked[0].body
        );
    }

    // The first answers; a keyword is not a reflection; the second skips.
    let words = "Maria hopes Sofia becomes a nurse like her aunt";
    let kept = app.text(&pair[0], words).await;
    assert!(kept.body.contains("Maria Hernandez"), "{}", kept.body);
    app.text(&pair[1], "DONE").await; // already done: not asked again, not a reflection
    app.text(&pair[1], "skip").await;
    app.drain().await;
    for phone in &pair {
        let asked = app
            .provider
            .sent_to(phone)
            .iter()
            .filter(|m| m.body.contains("SKIP"))
            .count();
        assert_eq!(asked, 1, "{phone}: asked once only");
    }
    assert_eq!(
        app.count("SELECT COUNT(*) FROM reflections WHERE words IS NOT NULL")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM reflections WHERE skipped AND answered_at IS NOT NULL")
            .await,
        1
    );
    // The family never sees it; the coordinator's visit list does.
    assert!(
        app.provider
            .sent_to("+19165550201")
            .iter()
            .all(|m| !m.body.contains("nurse"))
    );
    let (ok, json, err) =
        homevisit(&app, &["visits", "--school", "lincoln", "--format", "json"]).await;
    assert!(ok, "{err}");
    let visits: serde_json::Value = serde_json::from_str(&json).unwrap();
    let reflections = &visits[0]["reflections"];
    assert_eq!(reflections.as_array().unwrap().len(), 1, "{json}");
    assert_eq!(reflections[0]["words"], words);
    // In no CSV with phone numbers.
    let (ok, csv, _) = homevisit(
        &app,
        &[
            "hours",
            "--school",
            "lincoln",
            "--from",
            "2026-09-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv",
        ],
    )
    .await;
    assert!(ok);
    assert!(!csv.contains("nurse"));
    app.stop().await;
}

/// Runs a query for one text value (test assertions only).
async fn text_of(app: &TestApp, sql: &str) -> String {
    match &app.db {
        homevisit::store::Db::Sqlite(pool) => {
            sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
        }
        homevisit::store::Db::Postgres(pool) => {
            sqlx::query_scalar(sql).fetch_one(pool).await.unwrap()
        }
    }
}

const IRYNA: &str = "+19165550205"; // Ukrainian, no teacher on the roster

/// The slot ids Iryna was offered in her newest invitation, in order.
async fn irynas_offer(app: &TestApp) -> Vec<i64> {
    let offer = text_of(
        app,
        &format!(
            "SELECT i.offer FROM invitations i JOIN families f ON f.id = i.family_id
             WHERE f.phone = '{IRYNA}' ORDER BY i.id DESC LIMIT 1"
        ),
    )
    .await;
    offer
        .split(',')
        .map(|id| id.trim().parse().unwrap())
        .collect()
}

/// A slot's pair, as one number (test assertions only).
fn pair_of(slot: i64) -> String {
    format!("SELECT educator_1 * 100000 + educator_2 FROM slots WHERE id = {slot}")
}

async fn a_second_visit_invites_only_completed_families_and_offers_the_same_pair_first(t: TestDb) {
    let app = spawn_app_with(t, &[]).await;
    let first = app.launch(None).await.campaign.unwrap();
    app.drain().await;
    // Iryna picks her last option; its pair visits her.
    let offer = irynas_offer(&app).await;
    let picked = *offer.last().unwrap();
    app.text(IRYNA, &offer.len().to_string()).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    let names = |n: u8| {
        format!(
            "SELECT e.name FROM slots s JOIN educators e ON e.id = s.educator_{n} WHERE s.id = {picked}"
        )
    };
    let (name_1, name_2) = (
        text_of(&app, &names(1)).await,
        text_of(&app, &names(2)).await,
    );
    let phone_1 = text_of(
        &app,
        &format!(
            "SELECT e.phone FROM slots s JOIN educators e ON e.id = s.educator_1 WHERE s.id = {picked}"
        ),
    )
    .await;
    // The pair has a later time too, after every other open time.
    let csv = format!(
        "educator_1,educator_2,start,minutes,location\n{name_1},{name_2},2026-12-15 16:00,30,\n"
    );
    homevisit::import::slots(
        &app.db,
        "lincoln",
        csv.as_bytes(),
        common::app::start_time(),
    )
    .await
    .unwrap();
    let start = app
        .count(&format!("SELECT start_at FROM slots WHERE id = {picked}"))
        .await;
    app.clock
        .set(DateTime::from_timestamp(start, 0).unwrap() + Duration::minutes(45));
    app.text(&phone_1, "DONE").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'completed'")
            .await,
        1
    );
    app.drain().await;
    let before = app.provider.sent_to(IRYNA).len();
    let outreach = app.provider.outreach();

    let second = homevisit::campaign::launch(
        &app.db,
        &app.app.state.config,
        &app.app.state.locales,
        homevisit::campaign::Request {
            school: "lincoln",
            name: "Spring visits",
            sampling: None,
            dry_run: false,
            second_visit_of: Some(first),
        },
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    assert_eq!(
        second.invited, 1,
        "only the family whose visit was completed: {second:?}"
    );
    app.drain().await;
    assert_eq!(
        app.provider.outreach(),
        outreach + 1,
        "nobody else is texted"
    );
    let texts = app.provider.sent_to(IRYNA);
    assert_eq!(texts.len(), before + 1);
    let invitation = &texts.last().unwrap().body;
    assert!(
        invitation.contains(&name_1) && invitation.contains(&name_2),
        "names the pair who came: {invitation}"
    );
    // The pair's own (latest) time comes first, before earlier times of other pairs.
    let offer = irynas_offer(&app).await;
    assert_eq!(
        app.count(&pair_of(offer[0])).await,
        app.count(&pair_of(picked)).await,
        "{offer:?}"
    );
    assert!(
        app.count(&format!(
            "SELECT COUNT(*) FROM slots WHERE start_at > {} AND start_at < (SELECT start_at FROM slots WHERE id = {})",
            app.clock.now_utc().timestamp(),
            offer[0]
        ))
        .await
            > 0,
        "an earlier time of another pair was open, so the pair really came first"
    );
    // Calling in, she hears the same: the pair who came, and their time first.
    let ring = app.provider.inbound_call(IRYNA, common::app::OUR_NUMBER);
    let heard = app
        .provider
        .post_signed(&format!("{}/twilio/voice", app.url), &ring)
        .await;
    assert_eq!(heard.status, 200);
    assert!(
        heard.body.contains(&name_1) && heard.body.contains(&name_2),
        "{}",
        heard.body
    );
    app.text(IRYNA, "1").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    let report = app.report(first).await;
    assert_eq!(report.second_visits, 1);
    assert_eq!(
        app.report(second.campaign.unwrap()).await.second_visit_of,
        Some(first)
    );
    // A campaign this school does not have is refused.
    let refused = homevisit::campaign::launch(
        &app.db,
        &app.app.state.config,
        &app.app.state.locales,
        homevisit::campaign::Request {
            school: "lincoln",
            name: "Nothing",
            sampling: None,
            dry_run: true,
            second_visit_of: Some(999),
        },
        app.clock.now_utc(),
    )
    .await;
    assert!(refused.is_err());
    app.stop().await;
}

async fn a_booking_whose_pair_does_not_speak_the_language_asks_for_an_interpreter(t: TestDb) {
    let app = spawn_app_with(t, &[]).await;
    app.launch(None).await;
    app.drain().await;
    app.text("+19165550201", "1").await; // Maria (Spanish): Ana Torres speaks it
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE 'interpreter needed%'")
            .await,
        0
    );
    // Iryna (Ukrainian, which nobody on the roster speaks) books her last option.
    let last = irynas_offer(&app).await.len();
    app.text(IRYNA, &last.to_string()).await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        2
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM inbox i JOIN families f ON f.id = i.family_id
             WHERE i.reason LIKE 'interpreter needed%' AND f.phone = '+19165550205'"
        )
        .await,
        1
    );
    app.stop().await;
}

async fn an_interpreter_joins_a_visit_whose_pair_does_not_speak_the_language(t: TestDb) {
    let app = spawn_app_with(t, &[]).await;
    let now = common::app::start_time();
    homevisit::import::educators(
        &app.db,
        "lincoln",
        b"name,phone,languages,role\nOlha Shevchenko,+19165550150,uk;en,interpreter\n",
        now,
    )
    .await
    .unwrap();
    // An interpreter is never half of a pair.
    let refused = homevisit::import::slots(
        &app.db,
        "lincoln",
        b"educator_1,educator_2,start\nOlha Shevchenko,Ana Torres,2026-11-20 16:00\n",
        now,
    )
    .await;
    let why = format!("{:?}", refused.expect_err("refused"));
    assert!(why.contains("interpreter"), "{why}");
    // A role that is neither is refused too.
    assert!(
        homevisit::import::educators(
            &app.db,
            "lincoln",
            b"name,phone,role\nX Y,+19165550151,translator\n",
            now,
        )
        .await
        .is_err()
    );

    app.launch(None).await;
    app.drain().await;
    let last = irynas_offer(&app).await.len();
    let answer = app.text(IRYNA, &last.to_string()).await;
    assert!(
        answer.body.contains("Olha Shevchenko"),
        "the family's confirmation names the interpreter: {}",
        answer.body
    );
    assert_eq!(
        app.count(
            "SELECT COUNT(*) FROM visits v JOIN educators e ON e.id = v.interpreter_id
             WHERE e.phone = '+19165550150' AND v.state = 'booked'"
        )
        .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE reason LIKE 'interpreter needed%'")
            .await,
        0
    );
    app.drain().await;
    let told = app.provider.sent_to("+19165550150");
    assert_eq!(told.len(), 1, "{told:?}");
    assert!(told[0].body.contains("Iryna Kovalenko"), "{}", told[0].body);
    // On the interpreter's calendar feed.
    let (_, url) =
        homevisit::calendar::educator_feed_url(&app.db, "http://x", "lincoln", "Olha Shevchenko")
            .await
            .unwrap();
    let file = url.rsplit('/').next().unwrap();
    let feed = reqwest::get(format!("{}/calendar/{file}", app.url))
        .await
        .unwrap()
        .text()
        .await
        .unwrap();
    assert!(feed.contains("BEGIN:VEVENT"), "{feed}");
    assert!(feed.contains("Iryna Kovalenko"), "{feed}");
    // Named in the coordinator's list; credited in hours once the visit is done.
    let (ok, text, err) = homevisit(&app, &["visits", "--school", "lincoln"]).await;
    assert!(ok, "{err}");
    assert!(text.contains("interpreter Olha Shevchenko"), "{text}");
    let start = app
        .count("SELECT s.start_at FROM visits v JOIN slots s ON s.id = v.slot_id WHERE v.state = 'booked'")
        .await;
    app.clock
        .set(DateTime::from_timestamp(start, 0).unwrap() + Duration::minutes(45));
    let pair_phone = text_of(
        &app,
        "SELECT e.phone FROM visits v JOIN slots s ON s.id = v.slot_id
         JOIN educators e ON e.id = s.educator_1 WHERE v.state = 'booked'",
    )
    .await;
    app.text(&pair_phone, "DONE").await;
    let (ok, csv, err) = homevisit(
        &app,
        &[
            "hours",
            "--school",
            "lincoln",
            "--from",
            "2026-09-01",
            "--to",
            "2026-12-31",
            "--format",
            "csv",
        ],
    )
    .await;
    assert!(ok, "{err}");
    let olha = csv
        .lines()
        .find(|l| l.starts_with("Olha Shevchenko"))
        .unwrap_or_else(|| panic!("{csv}"));
    assert!(olha.contains(",1,"), "one visit credited: {olha}");
    app.stop().await;
}

on_both_databases!(
    an_interpreter_joins_a_visit_whose_pair_does_not_speak_the_language,
    a_booking_whose_pair_does_not_speak_the_language_asks_for_an_interpreter,
    a_second_visit_invites_only_completed_families_and_offers_the_same_pair_first,
    after_done_each_of_the_pair_is_asked_once_and_a_reflection_is_kept,
    visits_lists_the_schools_visits_as_text_and_json,
    a_schools_own_quiet_hours_hold_at_queue_time,
    a_schools_own_quiet_hours_hold_at_send_time,
    a_school_without_its_own_window_keeps_the_default,
);
