//! Booking a pair without double-booking, on SQLite and PostgreSQL: fifty families answering
//! for one slot at once make exactly one visit; an educator is never in two overlapping
//! visits; a family can book, move, cancel and rebook, and both educators hear of each step.

mod common;

use chrono::{Duration, TimeZone, Utc};
use common::app::{NowUtc, TestApp, spawn_app};
use common::db::TestDb;
use homevisit::store::{campaigns, invitations, schools, visits};

const MARIA: &str = "+19165550201";
const THANH: &str = "+19165550202";
const ANA: &str = "+19165550101";
const BEN: &str = "+19165550102";
const LINH: &str = "+19165550103";
const SAM: &str = "+19165550106";

/// A second school with one pair, three slots, and `n` families.
async fn crowded_school(app: &TestApp, n: usize) {
    let now = app.clock.now_utc();
    let mut tx = app.db.begin().await.unwrap();
    schools::upsert(
        &mut tx,
        "crowd",
        "Crowd Elementary",
        chrono_tz::America::Chicago,
        Default::default(),
        None,
        now.timestamp(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
    let educators = "name,phone,languages\nPat Lee,312-555-0101,en\nRay Diaz,312-555-0102,es;en\n";
    homevisit::import::educators(&app.db, "crowd", educators.as_bytes(), now)
        .await
        .unwrap();
    let slots = "educator_1,educator_2,start\nPat Lee,Ray Diaz,2026-10-06 16:00\nPat Lee,Ray Diaz,2026-10-06 18:00\nPat Lee,Ray Diaz,2026-10-07 16:00\n";
    homevisit::import::slots(&app.db, "crowd", slots.as_bytes(), now)
        .await
        .unwrap();
    let mut families = String::from("student,guardian,phone,language\n");
    for i in 0..n {
        families += &format!("Kid {i},Parent {i},+1312555{:04},en\n", 2000 + i);
    }
    homevisit::import::families(&app.db, "crowd", families.as_bytes(), now)
        .await
        .unwrap();
}

async fn fifty_families_answering_for_one_slot_make_exactly_one_visit(t: TestDb) {
    let app = spawn_app(t).await;
    crowded_school(&app, 50).await;
    let state = &app.app.state;
    let launch = homevisit::campaign::launch(
        &app.db,
        &state.config,
        &state.locales,
        homevisit::campaign::Request {
            school: "crowd",
            name: "Race",
            sampling: None,
            dry_run: false,
            second_visit_of: None,
        },
        app.clock.now_utc(),
    )
    .await
    .unwrap();
    assert_eq!(launch.invited, 50);
    app.drain().await;

    let replies = futures_join_all((0..50).map(|i| {
        let app = &app;
        async move { app.text(&format!("+1312555{:04}", 2000 + i), "1").await }
    }))
    .await;
    assert!(replies.iter().all(|r| r.status == 200), "no request failed");
    assert!(
        replies.iter().all(|r| r.body.contains("<Message>")),
        "everyone got an answer"
    );

    let first_slot = "(SELECT MIN(id) FROM slots WHERE school_id = (SELECT id FROM schools WHERE key = 'crowd'))";
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM visits WHERE state = 'booked' AND slot_id = {first_slot}"
        ))
        .await,
        1,
        "exactly one visit in the slot"
    );
    app.drain().await;
    assert_eq!(
        app.provider.sent_to("+13125550101").len(),
        1,
        "Pat told exactly once"
    );
    assert_eq!(
        app.provider.sent_to("+13125550102").len(),
        1,
        "Ray told exactly once"
    );
    // The 49 others were offered what is left (two other slots, renumbered), not booked.
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    app.stop().await;
}

async fn an_educator_is_never_in_two_overlapping_visits(t: TestDb) {
    let app = spawn_app(t).await;
    let now = app.clock.now_utc();
    // Ana is with Ben at 16:00 (fixture); add Ana with Linh at 16:20 and Linh with Sam at 16:50,
    // and Ana with Linh before Ana's visit: at 15:20 (its 30 minutes and the 15-minute travel
    // buffer run past 16:00) and at 15:10 (they end at 15:55).
    let extra = "educator_1,educator_2,start\nAna Torres,Linh Nguyen,2026-10-06 16:20\nLinh Nguyen,Sam Okafor,2026-10-06 16:50\nAna Torres,Linh Nguyen,2026-10-06 15:20\nAna Torres,Linh Nguyen,2026-10-06 15:10\n";
    homevisit::import::slots(&app.db, "lincoln", extra.as_bytes(), now)
        .await
        .unwrap();
    let mut tx = app.db.begin().await.unwrap();
    let school = schools::by_key(&mut tx, "lincoln").await.unwrap();
    let campaign = campaigns::create(&mut tx, school.id, "c", None, 6, now.timestamp())
        .await
        .unwrap();
    let all = homevisit::store::slots::all(&mut tx, school.id)
        .await
        .unwrap();
    let at = |h: u32, m: u32| {
        Utc.with_ymd_and_hms(2026, 10, 6, h + 7, m, 0)
            .unwrap()
            .timestamp()
    };
    let ana_ben = all.iter().find(|s| s.start_at == at(16, 0)).unwrap().id;
    let ana_linh = all.iter().find(|s| s.start_at == at(16, 20)).unwrap().id;
    let linh_sam = all.iter().find(|s| s.start_at == at(16, 50)).unwrap().id;
    let fams = homevisit::store::families::all(&mut tx, school.id)
        .await
        .unwrap();
    let mut book = async |slot: i64, family: usize| {
        let invitation = invitations::create(&mut tx, campaign, fams[family].id, now)
            .await
            .unwrap()
            .unwrap();
        let detail = invitations::slot(&mut tx, slot).await.unwrap();
        tx.savepoint(async |tx| {
            visits::book(tx, &detail, fams[family].id, invitation, None, 15, now).await
        })
        .await
    };
    assert!(book(ana_ben, 0).await.is_ok());
    let overlapping = book(ana_linh, 1).await;
    assert!(
        overlapping.as_ref().is_err_and(|e| e.is_conflict()),
        "Ana would be in two places: {overlapping:?}"
    );
    // Linh/Sam at 16:50 does not involve Ana or Ben: fine.
    assert!(book(linh_sam, 2).await.is_ok());
    // And the overlapping slot is no longer offered to anyone.
    let open = invitations::open_options(
        &mut tx,
        school.id,
        fams[3].id,
        &fams[3].language_tag(),
        15,
        now,
    )
    .await
    .unwrap();
    assert!(!open.iter().any(|o| o.slot_id == ana_linh), "{open:?}");
    assert!(!open.iter().any(|o| o.slot_id == ana_ben));
    let slot_at = |h: u32, m: u32| all.iter().find(|s| s.start_at == at(h, m)).unwrap().id;
    assert!(
        !open.iter().any(|o| o.slot_id == slot_at(15, 20)),
        "Ana could not travel from a 15:20 visit to her 16:00 one: {open:?}"
    );
    assert!(
        open.iter().any(|o| o.slot_id == slot_at(15, 10)),
        "15:10 leaves Ana time to travel: {open:?}"
    );
    tx.commit().await.unwrap();
    app.stop().await;
}

async fn a_family_can_book_move_cancel_and_rebook_and_the_pair_hears_each_step(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    let sent_to = |n: &str| app.provider.sent_to(n).len();

    // Book option 1 (Ana & Ben, the family's teachers' pair).
    let booked = app.text(MARIA, "1").await;
    assert!(booked.body.contains("<Message>"));
    app.drain().await;
    assert_eq!((sent_to(ANA), sent_to(BEN)), (1, 1));

    // CHANGE: other options; the visit stands until a new one is chosen.
    let change = app.text(MARIA, "cambiar").await;
    assert!(change.body.contains("<Message>"), "{}", change.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    app.drain().await;
    assert_eq!(
        (sent_to(ANA), sent_to(BEN)),
        (1, 1),
        "nothing to the pair until the move is made"
    );

    // Choose the new time: the old pair and the new pair are told.
    app.text(MARIA, "2").await;
    app.drain().await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'cancelled'")
            .await,
        1
    );
    let told = sent_to(ANA) + sent_to(BEN) + sent_to(LINH) + sent_to(SAM);
    assert!(told >= 4, "old and new pair told of the move ({told})");

    // NO cancels; both educators told; the slot is free again.
    let before = app.provider.sent().len();
    let cancel = app.text(MARIA, "no").await;
    assert!(cancel.body.contains("<Message>"));
    app.drain().await;
    assert_eq!(
        app.provider.sent().len(),
        before + 2,
        "both educators told of the cancellation"
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        0
    );

    // They change their minds: a fresh offer, then a booking.
    let again = app.text(MARIA, "si").await;
    assert!(again.body.contains("<Message>"));
    app.text(MARIA, "1").await;
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    app.stop().await;
}

async fn a_family_can_ask_to_meet_elsewhere_and_the_pair_is_told(t: TestDb) {
    let app = spawn_app(t).await;
    app.launch(None).await;
    app.drain().await;
    app.text(THANH, "1").await;
    app.drain().await;
    let before = app.provider.sent().len();
    let ask = app.text(THANH, "địa điểm").await;
    assert!(ask.body.contains("<Message>"), "{}", ask.body);
    let thanks = app.text(THANH, "Thư viện Central, tầng 2").await;
    assert!(thanks.body.contains("Thư viện Central"), "{}", thanks.body);
    app.drain().await;
    let after = app.provider.sent();
    assert_eq!(after.len(), before + 2, "both educators told of the place");
    assert!(
        after[before..]
            .iter()
            .all(|m| m.body.contains("Thư viện Central"))
    );
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE place = 'Thư viện Central, tầng 2'")
            .await,
        1
    );
    app.stop().await;
}

/// `futures::future::join_all` without the dependency: runs the requests concurrently.
async fn futures_join_all<F: std::future::Future>(
    futures: impl Iterator<Item = F>,
) -> Vec<F::Output> {
    let mut set = Vec::new();
    for f in futures {
        set.push(Box::pin(f));
    }
    let mut out: Vec<Option<F::Output>> = (0..set.len()).map(|_| None).collect();
    std::future::poll_fn(|cx| {
        let mut pending = false;
        for (i, f) in set.iter_mut().enumerate() {
            if out[i].is_none() {
                match f.as_mut().poll(cx) {
                    std::task::Poll::Ready(v) => out[i] = Some(v),
                    std::task::Poll::Pending => pending = true,
                }
            }
        }
        if pending {
            std::task::Poll::Pending
        } else {
            std::task::Poll::Ready(())
        }
    })
    .await;
    out.into_iter()
        .map(|o| o.expect("every future finished"))
        .collect()
}

#[allow(dead_code)]
fn unused(_: Duration) {}

on_both_databases!(
    fifty_families_answering_for_one_slot_make_exactly_one_visit,
    an_educator_is_never_in_two_overlapping_visits,
    a_family_can_book_move_cancel_and_rebook_and_the_pair_hears_each_step,
    a_family_can_ask_to_meet_elsewhere_and_the_pair_is_told,
);
