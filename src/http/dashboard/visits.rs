//! `/visits`: the school's upcoming visits by day (the pair, the family's language, whether
//! the pair speaks it, the place); `/visits/{id}`: one visit, with forms to cancel it or move
//! it to another open slot (another pair). Both go through the conversation machine
//! (`Event::CancelledBySchool`, `Event::MovedBySchool`) and `engine::run`, exactly as a
//! family's own NO or move does: the family and both educators (old and new pair) are told in
//! their languages, through the outbound queue.

use std::collections::BTreeMap;

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
use crate::conversation::machine::Event;
use crate::conversation::messages::SlotOption;
use crate::engine::{self, Delivery, Household, Input};
use crate::http::{AppState, Error};
use crate::store::dashboard::{self, BookedVisit};
use crate::store::invitations::{self, SlotDetail};
use crate::store::{Tx, families, schools};

/// The most visits the list shows at once.
const LIST_LIMIT: i64 = 500;

/// A visit with what the page shows about it.
struct VisitView {
    visit: BookedVisit,
    guardian: String,
    language: String,
    slot: SlotDetail,
    pair_speaks: bool,
    /// The interpreter who joins the visit, if one was assigned.
    interpreter: Option<String>,
}

async fn view(tx: &mut Tx, visit: BookedVisit) -> Result<VisitView, Error> {
    let family = families::by_id(tx, visit.family_id).await?;
    let slot = invitations::slot(tx, visit.slot_id).await?;
    let pair_speaks = slot.speaks(&family.language_tag());
    let interpreter =
        match crate::store::visits::interpreter_of(tx, visit.slot_id, visit.family_id).await? {
            Some(id) => Some(crate::store::educators::by_id(tx, id).await?.name),
            None => None,
        };
    Ok(VisitView {
        visit,
        guardian: family.guardian,
        language: family.language,
        slot,
        pair_speaks,
        interpreter,
    })
}

pub async fn list(State(state): State<AppState>, session: Session) -> Result<Markup, Error> {
    let now = state.clock.now();
    let mut tx = state.db.read().await?;
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    let visits =
        dashboard::upcoming_visits(&mut tx, school.id, now.timestamp(), LIST_LIMIT).await?;
    let mut by_day: BTreeMap<String, Vec<VisitView>> = BTreeMap::new();
    for visit in visits {
        let day = local(visit.start_at, school.zone, "%Y-%m-%d %A");
        by_day
            .entry(day)
            .or_default()
            .push(view(&mut tx, visit).await?);
    }
    let reflections = crate::store::reflections::recent(&mut tx, school.id, LIST_LIMIT).await?;
    tx.rollback().await?;
    Ok(page(
        "Upcoming visits",
        Some(&session),
        Nav::Visits,
        html! {
            @if by_day.is_empty() {
                p { "No visits booked from now on." }
            }
            @for (day, visits) in &by_day {
                h2 { (day) }
                div.table-wrap { table {
                    thead { tr {
                        th scope="col" { "Time" }
                        th scope="col" { "Family" }
                        th scope="col" { "Language" }
                        th scope="col" { "Pair" }
                        th scope="col" { "Place" }
                        th scope="col" { span.sr-only { "Actions" } }
                    } }
                    tbody { @for v in visits {
                        tr data-visit=(v.visit.id) {
                            td { (local(v.slot.start_at, school.zone, "%H:%M")) " (" (v.slot.minutes) " min)" }
                            td dir="auto" { (v.guardian) }
                            td { (v.language) }
                            td {
                                (v.slot.name_1) " & " (v.slot.name_2)
                                @if !v.pair_speaks {
                                    br;
                                    @if let Some(name) = &v.interpreter {
                                        "Interpreter: " (name)
                                    } @else {
                                        strong { "Interpreter needed" }
                                    }
                                }
                            }
                            td dir="auto" { (place(v)) }
                            td { a href=(format!("/visits/{}", v.visit.id)) { "Cancel or move" } }
                        }
                    } }
                } }
            }
            h2 { "The pairs' reflections" }
            p { "What each educator kept of the family's hopes after a visit (asked once after DONE). Families never see these." }
            @if reflections.is_empty() {
                p { "No reflections yet." }
            } @else {
                div.table-wrap { table {
                    thead { tr {
                        th scope="col" { "Visit" }
                        th scope="col" { "Family" }
                        th scope="col" { "Educator" }
                        th scope="col" { "Reflection" }
                    } }
                    tbody { @for r in &reflections {
                        tr.reflection {
                            td { (local(r.start_at, school.zone, "%Y-%m-%d %H:%M")) }
                            td dir="auto" { (r.guardian) }
                            td dir="auto" { (r.educator) }
                            td dir="auto" { (r.words) }
                        }
                    } }
                } }
            }
        },
    ))
}

fn place(v: &VisitView) -> String {
    v.visit
        .place
        .clone()
        .or_else(|| v.slot.location.clone())
        .unwrap_or_else(|| "The family's home".to_string())
}

fn local(epoch: i64, zone: Tz, format: &str) -> String {
    DateTime::<Utc>::from_timestamp(epoch, 0)
        .map(|t| t.with_timezone(&zone).format(format).to_string())
        .unwrap_or_default()
}

/// Loads one of the session's school's booked visits, or 404.
async fn scoped(tx: &mut Tx, session: &Session, id: i64) -> Result<BookedVisit, Error> {
    dashboard::booked_visit(tx, session.coordinator.school_id, id)
        .await?
        .ok_or(Error::NotFound)
}

/// The slots this visit could move to: the family's open options, with other pairs' first.
async fn destinations(
    tx: &mut Tx,
    state: &AppState,
    visit: &BookedVisit,
) -> Result<Vec<SlotOption>, Error> {
    let family = families::by_id(tx, visit.family_id).await?;
    Ok(invitations::open_options(
        tx,
        family.school_id,
        family.id,
        &family.language_tag(),
        state.config.travel_buffer_minutes,
        state.clock.now(),
    )
    .await?)
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Result<Markup, Error> {
    let mut tx = state.db.read().await?;
    let visit = scoped(&mut tx, &session, id).await?;
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    let options = destinations(&mut tx, &state, &visit).await?;
    let v = view(&mut tx, visit).await?;
    tx.rollback().await?;
    let when = local(v.slot.start_at, school.zone, "%A %Y-%m-%d %H:%M");
    Ok(page(
        &format!("Visit: {when}"),
        Some(&session),
        Nav::Visits,
        html! {
            dl {
                dt { "Family" } dd dir="auto" { (v.guardian) }
                dt { "Language" } dd { (v.language) @if !v.pair_speaks { " — interpreter needed" } }
                dt { "Pair" } dd { (v.slot.name_1) " & " (v.slot.name_2) }
                dt { "Place" } dd dir="auto" { (place(&v)) }
            }
            h2 { "Move to another pair" }
            @if options.is_empty() {
                p { "No other slot is open for this family." }
            } @else {
                form method="post" action=(format!("/visits/{id}/move")) {
                    input type="hidden" name="csrf" value=(session.csrf);
                    label for="slot" { "New slot" }
                    select #slot name="slot" {
                        @for o in &options {
                            option value=(o.slot_id) {
                                (local(o.start.timestamp(), school.zone, "%a %Y-%m-%d %H:%M"))
                                " — " (o.educators[0]) " & " (o.educators[1])
                            }
                        }
                    }
                    p { button type="submit" { "Move the visit" } }
                    p.note { "The family and both pairs are told by text, each in their own language." }
                }
            }
            h2 { "Cancel" }
            form method="post" action=(format!("/visits/{id}/cancel")) {
                input type="hidden" name="csrf" value=(session.csrf);
                p.note { "The family and both educators are told by text; the family can reply YES for another time." }
                button.secondary type="submit" { "Cancel the visit" }
            }
        },
    ))
}

#[derive(Deserialize)]
pub struct CancelForm {
    #[serde(default)]
    csrf: String,
}

#[derive(Deserialize)]
pub struct MoveForm {
    #[serde(default)]
    csrf: String,
    slot: Option<i64>,
}

pub async fn cancel(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
    Form(form): Form<CancelForm>,
) -> Result<Response, Error> {
    session.check_csrf(&form.csrf)?;
    let mut tx = state.db.begin().await?;
    let visit = scoped(&mut tx, &session, id).await?;
    step(&mut tx, &state, &visit, Event::CancelledBySchool).await?;
    tx.commit().await?;
    tracing::info!(
        visit = id,
        coordinator = session.coordinator.id,
        "visit cancelled from the dashboard"
    );
    Ok(Redirect::to("/visits").into_response())
}

pub async fn move_to(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
    Form(form): Form<MoveForm>,
) -> Result<Response, Error> {
    session.check_csrf(&form.csrf)?;
    let slot = form
        .slot
        .ok_or_else(|| Error::BadRequest("choose a slot to move the visit to".into()))?;
    let mut tx = state.db.begin().await?;
    let visit = scoped(&mut tx, &session, id).await?;
    let Some(option) = destinations(&mut tx, &state, &visit)
        .await?
        .into_iter()
        .find(|o| o.slot_id == slot)
    else {
        tx.rollback().await?;
        return Ok(taken());
    };
    step(&mut tx, &state, &visit, Event::MovedBySchool(option)).await?;
    // The machine books through the database; if another process took the slot meanwhile,
    // nothing moved: undo everything (no text goes out) and say so.
    if dashboard::booked_visit_in_slot(&mut tx, visit.family_id, slot).await? {
        tx.commit().await?;
        tracing::info!(
            visit = id,
            coordinator = session.coordinator.id,
            "visit moved from the dashboard"
        );
        Ok(Redirect::to("/visits").into_response())
    } else {
        tx.rollback().await?;
        Ok(taken())
    }
}

fn taken() -> Response {
    (
        StatusCode::CONFLICT,
        "That slot is no longer open for this family; nothing was changed. Go back and choose another.\n",
    )
        .into_response()
}

async fn step(
    tx: &mut Tx,
    state: &AppState,
    visit: &BookedVisit,
    event: Event,
) -> Result<(), Error> {
    let family = families::by_id(tx, visit.family_id).await?;
    let home = Household::load(tx, family).await?;
    let invitation = invitations::by_id(tx, visit.invitation_id).await?;
    let env = state.env(state.clock.now());
    engine::run(
        tx,
        &env,
        &home,
        &invitation,
        Input::Event(event),
        Delivery::Queue,
        None,
    )
    .await?;
    Ok(())
}
