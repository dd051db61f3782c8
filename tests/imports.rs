//! Roster imports over real files, on SQLite and PostgreSQL: good files land, any bad row
//! refuses the whole file with every bad row named, re-imports change nothing, siblings are
//! one family.

mod common;

use chrono::{DateTime, TimeZone, Utc};
use common::db::TestDb;
use common::fixture;
use homevisit::import::{self, ImportError};
use homevisit::store::{Db, educators, families, schools, slots};

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 1, 12, 0, 0).unwrap()
}

async fn school(db: &Db) {
    let mut tx = db.begin().await.unwrap();
    schools::upsert(
        &mut tx,
        "lincoln",
        "Lincoln Elementary",
        chrono_tz::America::Los_Angeles,
        Default::default(),
        Some("916-555-0100"),
        now().timestamp(),
    )
    .await
    .unwrap();
    tx.commit().await.unwrap();
}

async fn roster(db: &Db) {
    school(db).await;
    import::educators(db, "lincoln", &fixture("educators.csv"), now())
        .await
        .unwrap();
    import::families(db, "lincoln", &fixture("families.csv"), now())
        .await
        .unwrap();
    import::slots(db, "lincoln", &fixture("slots.csv"), now())
        .await
        .unwrap();
}

/// Everything an import can touch, as text, to compare before and after.
async fn snapshot(db: &Db) -> String {
    let mut tx = db.begin().await.unwrap();
    let school = schools::by_key(&mut tx, "lincoln").await.unwrap();
    let mut out = String::new();
    for e in educators::all(&mut tx, school.id).await.unwrap() {
        out += &format!("{e:?}\n");
    }
    for f in families::all(&mut tx, school.id).await.unwrap() {
        out += &format!("{f:?}\n");
        for s in families::students(&mut tx, f.id).await.unwrap() {
            out += &format!("  {s:?}\n");
        }
    }
    for s in slots::all(&mut tx, school.id).await.unwrap() {
        out += &format!("{s:?}\n");
    }
    tx.rollback().await.unwrap();
    out
}

fn problems(result: Result<import::Imported, ImportError>) -> Vec<String> {
    match result {
        Err(ImportError::Rows(p)) => p.iter().map(ToString::to_string).collect(),
        other => panic!("expected refused rows, got {other:?}"),
    }
}

async fn good_files_import_everyone(t: TestDb) {
    let db = &t.db;
    school(db).await;
    let e = import::educators(db, "lincoln", &fixture("educators.csv"), now())
        .await
        .unwrap();
    assert_eq!((e.rows, e.records), (6, 6));
    let f = import::families(db, "lincoln", &fixture("families.csv"), now())
        .await
        .unwrap();
    assert_eq!(
        (f.rows, f.records),
        (7, 6),
        "7 students, 6 families (two siblings share a phone)"
    );
    let s = import::slots(db, "lincoln", &fixture("slots.csv"), now())
        .await
        .unwrap();
    assert_eq!(s.records, 5);

    let mut tx = db.begin().await.unwrap();
    let school = schools::by_key(&mut tx, "lincoln").await.unwrap();
    let staff = educators::all(&mut tx, school.id).await.unwrap();
    let ana = staff.iter().find(|e| e.name == "Ana Torres").unwrap();
    assert_eq!(ana.phone, "+19165550101");
    assert_eq!(ana.languages, "es;en");
    assert_eq!(
        staff
            .iter()
            .find(|e| e.name == "Sam Okafor")
            .unwrap()
            .languages,
        "en"
    );
    let fams = families::all(&mut tx, school.id).await.unwrap();
    let yang = fams.iter().find(|f| f.guardian == "Mai Yang").unwrap();
    assert_eq!(
        (yang.language.as_str(), yang.contact.as_str()),
        ("hmn", "voice")
    );
    let tran = fams.iter().find(|f| f.guardian == "Thanh Tran").unwrap();
    assert_eq!(tran.language, "vi");
    let haddad = fams.iter().find(|f| f.guardian == "Layla Haddad").unwrap();
    let omar = &families::students(&mut tx, haddad.id).await.unwrap()[0];
    let ben = staff.iter().find(|e| e.name == "Ben Carter").unwrap();
    assert_eq!(omar.teacher_id, Some(ben.id), "teacher given by phone");

    let all_slots = slots::all(&mut tx, school.id).await.unwrap();
    // 2026-10-06 16:00 PDT is 23:00 UTC; 2026-11-02 16:30 is after fall-back, PST (UTC-8).
    assert_eq!(
        all_slots[0].start_at,
        Utc.with_ymd_and_hms(2026, 10, 6, 23, 0, 0)
            .unwrap()
            .timestamp()
    );
    let last = all_slots.last().unwrap();
    assert_eq!(
        last.start_at,
        Utc.with_ymd_and_hms(2026, 11, 3, 0, 30, 0)
            .unwrap()
            .timestamp()
    );
    assert!(
        last.educator_1 < last.educator_2,
        "a pair is stored in one order"
    );
    assert_eq!(
        all_slots
            .iter()
            .find(|s| s.minutes == 45)
            .map(|s| s.minutes),
        Some(45)
    );
    tx.rollback().await.unwrap();
}

async fn siblings_sharing_a_phone_are_one_family(t: TestDb) {
    roster(&t.db).await;
    let mut tx = t.db.begin().await.unwrap();
    let fams = families::by_phone(&mut tx, "+19165550201").await.unwrap();
    assert_eq!(fams.len(), 1);
    let kids: Vec<String> = families::students(&mut tx, fams[0].id)
        .await
        .unwrap()
        .into_iter()
        .map(|s| s.name)
        .collect();
    assert_eq!(kids, ["Sofia Hernandez", "Mateo Hernandez"]);
    tx.rollback().await.unwrap();
}

async fn reimporting_the_same_files_changes_nothing(t: TestDb) {
    roster(&t.db).await;
    let before = snapshot(&t.db).await;
    roster(&t.db).await;
    let after = snapshot(&t.db).await;
    assert_eq!(before, after);
}

async fn a_bad_phone_refuses_the_whole_file(t: TestDb) {
    school(&t.db).await;
    import::educators(&t.db, "lincoln", &fixture("educators.csv"), now())
        .await
        .unwrap();
    let found = problems(
        import::families(&t.db, "lincoln", &fixture("families_bad_phone.csv"), now()).await,
    );
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found[0].starts_with("line 3: phone"), "{found:?}");
    assert!(found[1].starts_with("line 4: phone"), "{found:?}");
    let mut tx = t.db.begin().await.unwrap();
    let school = schools::by_key(&mut tx, "lincoln").await.unwrap();
    assert_eq!(
        families::counts(&mut tx, school.id).await.unwrap(),
        (0, 0),
        "the good row 2 was not imported either"
    );
    tx.rollback().await.unwrap();
}

async fn an_unknown_language_is_a_bad_row(t: TestDb) {
    school(&t.db).await;
    let found = problems(
        import::families(
            &t.db,
            "lincoln",
            &fixture("families_unknown_language.csv"),
            now(),
        )
        .await,
    );
    assert_eq!(found.len(), 1);
    assert!(found[0].starts_with("line 2: language"), "{found:?}");
    assert!(found[0].contains("Klingon"));
}

async fn an_unknown_teacher_is_a_bad_row(t: TestDb) {
    school(&t.db).await;
    import::educators(&t.db, "lincoln", &fixture("educators.csv"), now())
        .await
        .unwrap();
    let found = problems(
        import::families(
            &t.db,
            "lincoln",
            &fixture("families_unknown_teacher.csv"),
            now(),
        )
        .await,
    );
    assert!(
        found[0].starts_with("line 2: teacher: unknown educator"),
        "{found:?}"
    );
}

async fn slots_name_known_educators_and_real_pairs(t: TestDb) {
    school(&t.db).await;
    import::educators(&t.db, "lincoln", &fixture("educators.csv"), now())
        .await
        .unwrap();
    let unknown = problems(
        import::slots(
            &t.db,
            "lincoln",
            &fixture("slots_unknown_educator.csv"),
            now(),
        )
        .await,
    );
    assert_eq!(unknown.len(), 1);
    assert!(
        unknown[0].starts_with("line 2: educator_2: unknown educator \"Zed Unknown\""),
        "{unknown:?}"
    );
    let same =
        problems(import::slots(&t.db, "lincoln", &fixture("slots_same_educator.csv"), now()).await);
    assert!(same[0].contains("same person"), "{same:?}");
    let mut tx = t.db.begin().await.unwrap();
    let school = schools::by_key(&mut tx, "lincoln").await.unwrap();
    assert!(slots::all(&mut tx, school.id).await.unwrap().is_empty());
    tx.rollback().await.unwrap();
}

async fn slots_in_the_past_or_at_impossible_local_times_are_refused(t: TestDb) {
    school(&t.db).await;
    import::educators(&t.db, "lincoln", &fixture("educators.csv"), now())
        .await
        .unwrap();
    let past = problems(import::slots(&t.db, "lincoln", &fixture("slots_past.csv"), now()).await);
    assert!(past[0].contains("in the past"), "{past:?}");
    let dst = problems(import::slots(&t.db, "lincoln", &fixture("slots_dst.csv"), now()).await);
    assert_eq!(dst.len(), 2, "{dst:?}");
    assert!(
        dst[0].starts_with("line 2: start:") && dst[0].contains("twice"),
        "{dst:?}"
    );
    assert!(
        dst[1].starts_with("line 3: start:") && dst[1].contains("does not exist"),
        "{dst:?}"
    );
    let mixed = problems(import::slots(&t.db, "lincoln", &fixture("slots_mixed.csv"), now()).await);
    assert_eq!(mixed.len(), 2, "{mixed:?}");
    assert!(
        mixed[0].starts_with("line 3:") && mixed[1].starts_with("line 4: minutes"),
        "{mixed:?}"
    );
}

async fn unreadable_files_are_refused_with_a_reason(t: TestDb) {
    school(&t.db).await;
    let missing = problems(
        import::families(
            &t.db,
            "lincoln",
            &fixture("families_missing_column.csv"),
            now(),
        )
        .await,
    );
    assert_eq!(missing, ["line 1: missing column phone"]);
    let empty = problems(import::families(&t.db, "lincoln", &fixture("empty.csv"), now()).await);
    assert_eq!(empty, ["line 1: the file is empty"]);
    let latin1 = problems(
        import::families(&t.db, "lincoln", &fixture("families_not_utf8.csv"), now()).await,
    );
    assert_eq!(latin1.len(), 1);
    assert!(
        latin1[0].starts_with("line 2: the file is not UTF-8"),
        "{latin1:?}"
    );
}

async fn an_unknown_school_is_an_error_not_a_crash(t: TestDb) {
    let result = import::families(&t.db, "nowhere", &fixture("families.csv"), now()).await;
    match result {
        Err(ImportError::Store(e)) => assert!(e.to_string().contains("nowhere")),
        other => panic!("expected a store error, got {other:?}"),
    }
}

on_both_databases!(
    good_files_import_everyone,
    siblings_sharing_a_phone_are_one_family,
    reimporting_the_same_files_changes_nothing,
    a_bad_phone_refuses_the_whole_file,
    an_unknown_language_is_a_bad_row,
    an_unknown_teacher_is_a_bad_row,
    slots_name_known_educators_and_real_pairs,
    slots_in_the_past_or_at_impossible_local_times_are_refused,
    unreadable_files_are_refused_with_a_reason,
    an_unknown_school_is_an_error_not_a_crash,
);
