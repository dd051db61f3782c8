//! `/inbox`: what needs a person — replies nobody could understand, educators' CANT and other
//! texts, plain-language stops. `/inbox/{id}` opens the thread (that phone's texts with the
//! school, both ways); a coordinator can answer (their own words, sent as typed, through the
//! outbound queue) and mark the item handled. Words are shown as written, `dir="auto"` so
//! right-to-left scripts read right to left.

use axum::Form;
use axum::extract::{Path, State};
use axum::http::StatusCode;
use axum::response::{IntoResponse, Redirect, Response};
use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use maud::{Markup, html};
use serde::Deserialize;

use super::Session;
use super::layout::{Nav, page};
use crate::engine;
use crate::http::{AppState, Error};
use crate::store::dashboard::{self, InboxItem};
use crate::store::messages::Party;
use crate::store::{Tx, schools};

/// The most items the inbox lists, and texts a thread shows.
const LIMIT: i64 = 500;
/// The longest answer (ten segments of plain text).
const MAX_ANSWER_CHARS: usize = 1600;

fn when(epoch: i64, zone: Tz) -> String {
    DateTime::<Utc>::from_timestamp(epoch, 0)
        .map(|t| t.with_timezone(&zone).format("%Y-%m-%d %H:%M").to_string())
        .unwrap_or_default()
}

pub async fn list(State(state): State<AppState>, session: Session) -> Result<Markup, Error> {
    let mut tx = state.db.read().await?;
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    let items = dashboard::inbox(&mut tx, school.id, LIMIT).await?;
    tx.rollback().await?;
    let open = items.iter().filter(|i| i.handled_at.is_none()).count();
    Ok(page(
        "Inbox",
        Some(&session),
        Nav::Inbox,
        html! {
            p { (open) " to handle." }
            @if items.is_empty() {
                p { "Nothing here: every reply so far was understood." }
            } @else {
                div.table-wrap { table {
                    thead { tr {
                        th scope="col" { "Received" }
                        th scope="col" { "From" }
                        th scope="col" { "Text" }
                        th scope="col" { "Why it is here" }
                        th scope="col" { "Status" }
                    } }
                    tbody { @for item in &items {
                        tr data-inbox=(item.id) {
                            td { a href=(format!("/inbox/{}", item.id)) { (when(item.created_at, school.zone)) } }
                            td dir="auto" { (item.sender.as_deref().unwrap_or("(unknown)")) }
                            td dir="auto" lang="" { (item.body.as_deref().unwrap_or("")) }
                            td { (item.reason) }
                            td { @if item.handled_at.is_some() { "Handled" } @else { strong { "To handle" } } }
                        }
                    } }
                } }
            }
        },
    ))
}

async fn scoped(tx: &mut Tx, session: &Session, id: i64) -> Result<InboxItem, Error> {
    dashboard::inbox_item(tx, session.coordinator.school_id, id)
        .await?
        .ok_or(Error::NotFound)
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Result<Markup, Error> {
    let mut tx = state.db.read().await?;
    let item = scoped(&mut tx, &session, id).await?;
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    let thread = match &item.phone {
        Some(phone) => dashboard::thread(&mut tx, school.id, phone, LIMIT).await?,
        None => Vec::new(),
    };
    tx.rollback().await?;
    let sender = item.sender.clone().unwrap_or_else(|| "(unknown)".into());
    Ok(page(
        &format!("Thread with {sender}"),
        Some(&session),
        Nav::Inbox,
        html! {
            p { strong { "Why it is here: " } (item.reason) }
            ol.thread {
                @for text in &thread {
                    li.{(text.direction)} {
                        span.note {
                            @if text.direction == "in" { (sender) } @else { "Sent" }
                            " · " (when(text.created_at, school.zone))
                            @if text.direction == "out" { " · " (text.status) }
                        }
                        p dir="auto" lang="" { (text.body) }
                    }
                }
            }
            @if item.phone.is_some() {
                form method="post" action=(format!("/inbox/{id}/answer")) {
                    input type="hidden" name="csrf" value=(session.csrf);
                    label for="answer" { "Answer " (sender) " (sent as you type it)" }
                    textarea #answer name="answer" rows="4" dir="auto" maxlength=(MAX_ANSWER_CHARS) required {}
                    p { button type="submit" { "Send" } }
                }
            }
            @if item.handled_at.is_none() {
                form method="post" action=(format!("/inbox/{id}/handled")) {
                    input type="hidden" name="csrf" value=(session.csrf);
                    button.secondary type="submit" { "Mark handled" }
                }
            } @else {
                p { "Handled " (when(item.handled_at.unwrap_or_default(), school.zone)) "." }
            }
            p { a href="/inbox" { "Back to the inbox" } }
        },
    ))
}

#[derive(Deserialize)]
pub struct AnswerForm {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    answer: String,
}

pub async fn answer(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
    Form(form): Form<AnswerForm>,
) -> Result<Response, Error> {
    session.check_csrf(&form.csrf)?;
    let body = form.answer.trim();
    if body.is_empty() {
        return Err(Error::BadRequest("write an answer before sending".into()));
    }
    if body.chars().count() > MAX_ANSWER_CHARS {
        return Err(Error::BadRequest(format!(
            "an answer has at most {MAX_ANSWER_CHARS} characters"
        )));
    }
    let mut tx = state.db.begin().await?;
    let item = scoped(&mut tx, &session, id).await?;
    let Some(phone) = item.phone.clone() else {
        return Err(Error::BadRequest("this item has no phone to answer".into()));
    };
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    let env = state.env(state.clock.now());
    let party = Party {
        school_id: Some(school.id),
        family_id: item.family_id,
        educator_id: item.educator_id,
    };
    let queued =
        engine::queue_coordinator_text(&mut tx, &env, &school, party, &phone, body).await?;
    tx.commit().await?;
    if !queued {
        return Ok((
            StatusCode::CONFLICT,
            "This phone has opted out of texts (STOP); nothing was sent. They can text START to opt back in.\n",
        )
            .into_response());
    }
    Ok(Redirect::to(&format!("/inbox/{id}")).into_response())
}

#[derive(Deserialize)]
pub struct HandledForm {
    #[serde(default)]
    csrf: String,
}

pub async fn handled(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
    Form(form): Form<HandledForm>,
) -> Result<Response, Error> {
    session.check_csrf(&form.csrf)?;
    let mut tx = state.db.begin().await?;
    scoped(&mut tx, &session, id).await?;
    dashboard::mark_handled(
        &mut tx,
        session.coordinator.school_id,
        id,
        state.clock.now().timestamp(),
    )
    .await?;
    tx.commit().await?;
    Ok(Redirect::to("/inbox").into_response())
}
