//! Cancelling and moving visits: the family and both pairs are told; CSRF and another school's visit.

use reqwest::StatusCode;

use crate::common::app::{TestApp, spawn_app};
use crate::common::db::TestDb;
use crate::on_both_databases;
use crate::*;

/// Maria books the first option (Ana & Ben); returns her visit's id.
async fn maria_books(app: &TestApp) -> i64 {
    app.launch(None).await;
    app.drain().await;
    app.text(MARIA, "1").await;
    app.drain().await;
    app.count("SELECT id FROM visits WHERE state = 'booked'")
        .await
}

async fn a_coordinator_cancels_a_visit_and_the_family_and_both_educators_are_told(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let visit = maria_books(&app).await;
    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;

    let visits = coordinator.get("/visits").await;
    assert_eq!(visits.status, StatusCode::OK);
    assert!(visits.body.contains("Maria Hernandez"));
    assert!(visits.body.contains("Ana Torres &amp; Ben Carter"));
    assert!(
        !visits.body.contains("Interpreter needed"),
        "Ana speaks Spanish"
    );

    let before = |n: &str| app.provider.sent_to(n).len();
    let (maria, ana, ben) = (before(MARIA), before(ANA), before(BEN));
    let csrf = coordinator.csrf(&format!("/visits/{visit}")).await;
    let done = coordinator
        .post(&format!("/visits/{visit}/cancel"), &[("csrf", &csrf)])
        .await;
    assert_eq!(done.status, StatusCode::SEE_OTHER, "{}", done.body);
    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        0
    );
    app.drain().await;
    let told = app.provider.sent_to(MARIA);
    assert_eq!(told.len(), maria + 1);
    assert!(
        told.last()
            .unwrap()
            .body
            .contains("Su visita está cancelada"),
        "in Spanish"
    );
    assert_eq!((before(ANA), before(BEN)), (ana + 1, ben + 1));
    assert!(
        app.provider
            .sent_to(ANA)
            .last()
            .unwrap()
            .body
            .contains("cancel")
    );
    assert!(
        !coordinator
            .get("/visits")
            .await
            .body
            .contains("Maria Hernandez")
    );
    app.stop().await;
}

async fn a_coordinator_moves_a_visit_to_another_pair_and_everyone_is_told(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let visit = maria_books(&app).await;
    let library = app
        .count("SELECT id FROM slots WHERE location = 'Library'")
        .await;
    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let page = coordinator.get(&format!("/visits/{visit}")).await;
    assert!(
        page.body.contains(&format!("<option value=\"{library}\">")),
        "{}",
        page.body
    );
    let csrf = hidden(&page.body, "csrf").unwrap();

    let before = |n: &str| app.provider.sent_to(n).len();
    let counts = [
        before(MARIA),
        before(ANA),
        before(BEN),
        before(LINH),
        before(SAM),
    ];
    let moved = coordinator
        .post(
            &format!("/visits/{visit}/move"),
            &[("csrf", &csrf), ("slot", &library.to_string())],
        )
        .await;
    assert_eq!(moved.status, StatusCode::SEE_OTHER, "{}", moved.body);
    assert_eq!(
        app.count("SELECT slot_id FROM visits WHERE state = 'booked'")
            .await,
        library
    );
    app.drain().await;
    let after = [
        before(MARIA),
        before(ANA),
        before(BEN),
        before(LINH),
        before(SAM),
    ];
    assert_eq!(
        after,
        counts.map(|n| n + 1),
        "the family, the old pair and the new pair"
    );
    let maria = app.provider.sent_to(MARIA);
    let told = &maria.last().unwrap().body;
    assert!(
        told.contains("Linh Nguyen") && told.contains("Gracias"),
        "{told}"
    );

    // The list says the new pair needs an interpreter (neither Linh nor Sam speaks Spanish).
    let visits = coordinator.get("/visits").await;
    assert!(visits.body.contains("Linh Nguyen &amp; Sam Okafor"));
    assert!(visits.body.contains("Interpreter needed"));
    app.stop().await;
}

async fn visit_forms_need_their_csrf_token_and_another_schools_visit_is_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let visit = maria_books(&app).await;
    let library = app
        .count("SELECT id FROM slots WHERE location = 'Library'")
        .await;
    let sent = app.provider.sent().len();
    let mut lincoln = Browser::new(&app);
    lincoln.log_in(EMAIL, PASSWORD).await;
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let oak_csrf = oak.csrf("/").await;

    let cancel = format!("/visits/{visit}/cancel");
    let move_to = format!("/visits/{visit}/move");
    let slot = library.to_string();
    assert_eq!(
        lincoln.post(&cancel, &[]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        lincoln.post(&cancel, &[("csrf", &oak_csrf)]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        lincoln.post(&move_to, &[("slot", &slot)]).await.status,
        StatusCode::FORBIDDEN
    );
    assert_eq!(
        oak.get(&format!("/visits/{visit}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&cancel, &[("csrf", &oak_csrf)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&move_to, &[("csrf", &oak_csrf), ("slot", &slot)])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert!(!oak.get("/visits").await.body.contains("Maria"));

    assert_eq!(
        app.count("SELECT COUNT(*) FROM visits WHERE state = 'booked'")
            .await,
        1
    );
    assert_eq!(
        app.count(&format!(
            "SELECT COUNT(*) FROM visits WHERE state = 'booked' AND slot_id = {library}"
        ))
        .await,
        0
    );
    app.drain().await;
    assert_eq!(app.provider.sent().len(), sent, "nobody was told anything");
    app.stop().await;
}

on_both_databases!(
    a_coordinator_cancels_a_visit_and_the_family_and_both_educators_are_told,
    a_coordinator_moves_a_visit_to_another_pair_and_everyone_is_told,
    visit_forms_need_their_csrf_token_and_another_schools_visit_is_not_found,
);
