//! `homevisit demo` prints a coordinator login for its school.

use crate::common;
use crate::common::db::TestDb;

/// `homevisit demo` prints a login for its school; the password works, and nobody is signed in
/// by the demo itself. (SQLite: the demo always runs on its own SQLite file.)
#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_demo_gives_a_coordinator_login_and_signs_nobody_in() {
    let dir = tempfile::tempdir().unwrap();
    let database = TestDb::sqlite().await;
    let provider = common::fake_provider::FakeProvider::start().await;
    let config = common::app::config_for(&database, &provider, &[]);
    let options = homevisit::demo::Options {
        dir: Some(dir.path().to_path_buf()),
        ..Default::default()
    };
    let clock = homevisit::clock::ManualClock::new(common::app::start_time());
    let (_, db, prepared) = homevisit::demo::prepare(config.clone(), &options, &clock)
        .await
        .unwrap();
    let (email, password) = prepared.login.clone();
    assert_eq!(email, homevisit::demo::COORDINATOR_EMAIL);
    assert!(password.len() >= 16);
    let account = {
        let mut tx = db.read().await.unwrap();
        homevisit::store::coordinators::password_hash(&mut tx, &email)
            .await
            .unwrap()
            .expect("the account exists")
    };
    assert!(homevisit::http::auth::verify_password(
        &password, &account.2
    ));
    assert_eq!(
        common::db::scalar(&db, "SELECT COUNT(*) FROM dashboard_sessions").await,
        0
    );
    db.close().await;

    // Run again: the data is reused, and the password is new.
    let (_, db, again) = homevisit::demo::prepare(config, &options, &clock)
        .await
        .unwrap();
    assert!(!again.fresh);
    assert_ne!(again.login.1, password);
    db.close().await;
}
