//! The campaign pages and the hours: another school's answers 404; the figures are `report`'s and `hours`'.

use reqwest::StatusCode;

use crate::common::app::spawn_app;
use crate::common::db::TestDb;
use crate::on_both_databases;
use crate::*;

async fn another_schools_campaign_answers_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let campaign = app.launch(None).await.campaign.unwrap();
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let page = oak.get(&format!("/campaigns/{campaign}")).await;
    assert_eq!(page.status, StatusCode::NOT_FOUND);
    assert!(!page.body.contains("Fall visits"));
    assert!(!oak.get("/").await.body.contains("Fall visits"));
    assert_eq!(
        oak.get("/campaigns/999999").await.status,
        StatusCode::NOT_FOUND,
        "the same answer as a campaign that does not exist"
    );
    app.stop().await;
}

async fn the_campaign_page_shows_the_reports_figures(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let campaign = app.launch(Some((50, 7))).await.campaign.unwrap();
    app.drain().await;
    for (phone, reply) in [(MARIA, "1"), (THANH, "không"), (IRYNA, "STOP")] {
        app.text(phone, reply).await;
    }
    app.drain().await;
    let report = app.report(campaign).await;
    assert!(report.counts.invited > 0);

    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let page = coordinator.get(&format!("/campaigns/{campaign}")).await;
    assert_eq!(page.status, StatusCode::OK);
    let c = &report.counts;
    for (key, value) in [
        ("roster", report.roster),
        ("invited", c.invited),
        ("delivered", c.delivered),
        ("replied", c.replied),
        ("accepted", c.accepted),
        ("completed", c.completed),
        ("declined", c.declined),
        ("no_reply", c.no_reply),
        ("opted_out", c.opted_out),
        ("cancelled", c.cancelled),
        ("failed", c.failed),
    ] {
        assert_eq!(figure(&page.body, key), value.to_string(), "{key}");
    }
    assert_eq!(
        figure(&page.body, "acceptance_rate"),
        format!("{:.1}%", 100.0 * report.acceptance_rate)
    );
    assert_eq!(
        figure(&page.body, "coverage"),
        format!("{:.1}%", 100.0 * c.invited as f64 / report.roster as f64)
    );
    assert!(page.body.contains("Random sample"));
    assert!(
        page.body
            .contains("50% of the roster, drawn by the software with seed 7")
    );
    for language in report.by_language.keys() {
        assert!(
            page.body
                .contains(&format!("<th scope=\"row\">{language}</th>"))
        );
    }
    assert!(page.body.contains("<svg"), "charts drawn on the server");
    app.stop().await;
}

async fn the_hours_page_and_its_csv_are_the_hours_report(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let range = homevisit::hours::DateRange::parse("2026-10-01", "2026-10-31").unwrap();
    let report = homevisit::hours::report(&app.db, "lincoln", range)
        .await
        .unwrap();
    let csv = coordinator
        .get("/hours.csv?from=2026-10-01&to=2026-10-31")
        .await;
    assert_eq!(csv.status, StatusCode::OK);
    assert_eq!(csv.body, report.to_csv().unwrap());
    let page = coordinator
        .get("/hours?from=2026-10-01&to=2026-10-31")
        .await;
    assert_eq!(page.status, StatusCode::OK);
    for educator in &report.educators {
        assert!(page.body.contains(&educator.name));
    }
    let backwards = coordinator
        .get("/hours?from=2026-10-31&to=2026-10-01")
        .await;
    assert_eq!(backwards.status, StatusCode::BAD_REQUEST);
    app.stop().await;
}

on_both_databases!(
    another_schools_campaign_answers_not_found,
    the_campaign_page_shows_the_reports_figures,
    the_hours_page_and_its_csv_are_the_hours_report,
);
