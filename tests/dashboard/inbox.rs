//! The inbox: the thread, an answer sent as typed, marked handled; CSRF and another school's item.

use reqwest::StatusCode;

use crate::common::app::spawn_app;
use crate::common::db::TestDb;
use crate::on_both_databases;
use crate::*;

async fn a_coordinator_reads_the_inbox_answers_a_family_in_their_words_and_marks_it_handled(
    t: TestDb,
) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    app.launch(None).await;
    app.drain().await;
    app.text(LAYLA, LAYLAS_QUESTION).await;
    app.drain().await;
    let item = app.count("SELECT MAX(id) FROM inbox").await;
    assert!(item > 0, "the question waits for a person");

    let mut coordinator = Browser::new(&app);
    coordinator.log_in(EMAIL, PASSWORD).await;
    let inbox = coordinator.get("/inbox").await;
    assert_eq!(inbox.status, StatusCode::OK);
    assert!(inbox.body.contains("1 to handle"), "{}", inbox.body);
    assert!(inbox.body.contains(&format!(
        "<td dir=\"auto\" lang=\"\">{LAYLAS_QUESTION}</td>"
    )));

    let thread = coordinator.get(&format!("/inbox/{item}")).await;
    assert_eq!(thread.status, StatusCode::OK);
    assert!(thread.body.contains("Layla Haddad"));
    assert!(thread.body.contains(LAYLAS_QUESTION));
    assert!(thread.body.contains("<label for=\"answer\">"));
    let csrf = hidden(&thread.body, "csrf").unwrap();
    let words = "نعم، أهلاً بالوالدين معاً. — Ms. Rivera";
    let sent = coordinator
        .post(
            &format!("/inbox/{item}/answer"),
            &[("csrf", &csrf), ("answer", words)],
        )
        .await;
    assert_eq!(sent.status, StatusCode::SEE_OTHER, "{}", sent.body);
    app.drain().await;
    let to_layla = app.provider.sent_to(LAYLA);
    assert_eq!(to_layla.last().unwrap().body, words, "sent as typed");
    assert!(
        coordinator
            .get(&format!("/inbox/{item}"))
            .await
            .body
            .contains(words)
    );

    let handled = coordinator
        .post(&format!("/inbox/{item}/handled"), &[("csrf", &csrf)])
        .await;
    assert_eq!(handled.status, StatusCode::SEE_OTHER);
    assert!(coordinator.get("/inbox").await.body.contains("0 to handle"));
    app.stop().await;
}

async fn inbox_forms_need_their_csrf_token_and_another_schools_item_is_not_found(t: TestDb) {
    let app = spawn_app(t).await;
    with_coordinators(&app).await;
    app.launch(None).await;
    app.drain().await;
    app.text(LAYLA, LAYLAS_QUESTION).await;
    app.drain().await;
    let item = app.count("SELECT MAX(id) FROM inbox").await;
    let sent = app.provider.sent().len();
    let mut lincoln = Browser::new(&app);
    lincoln.log_in(EMAIL, PASSWORD).await;
    let mut oak = Browser::new(&app);
    oak.log_in(OAK_EMAIL, PASSWORD).await;
    let oak_csrf = oak.csrf("/").await;

    let answer = format!("/inbox/{item}/answer");
    let handled = format!("/inbox/{item}/handled");
    for csrf in [None, Some(oak_csrf.as_str())] {
        let mut form = vec![("answer", "hello")];
        form.extend(csrf.map(|c| ("csrf", c)));
        assert_eq!(
            lincoln.post(&answer, &form).await.status,
            StatusCode::FORBIDDEN
        );
        let form: Vec<_> = csrf.map(|c| ("csrf", c)).into_iter().collect();
        assert_eq!(
            lincoln.post(&handled, &form).await.status,
            StatusCode::FORBIDDEN
        );
    }
    assert_eq!(
        oak.get(&format!("/inbox/{item}")).await.status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&answer, &[("csrf", &oak_csrf), ("answer", "hello")])
            .await
            .status,
        StatusCode::NOT_FOUND
    );
    assert_eq!(
        oak.post(&handled, &[("csrf", &oak_csrf)]).await.status,
        StatusCode::NOT_FOUND
    );
    assert!(!oak.get("/inbox").await.body.contains(LAYLAS_QUESTION));

    app.drain().await;
    assert_eq!(app.provider.sent().len(), sent, "no answer went out");
    assert_eq!(
        app.count("SELECT COUNT(*) FROM inbox WHERE resolved_at IS NOT NULL")
            .await,
        0
    );
    app.stop().await;
}

on_both_databases!(
    inbox_forms_need_their_csrf_token_and_another_schools_item_is_not_found,
    a_coordinator_reads_the_inbox_answers_a_family_in_their_words_and_marks_it_handled,
);
