//! `/hours?from=&to=`: completed visits and minutes per educator over a range of the school's
//! local dates, and `/hours.csv` with the same query: the figures and CSV of `homevisit hours`
//! (both come from `hours::report`).

use axum::extract::{Query, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};
use chrono::{Datelike, NaiveDate};
use maud::html;
use serde::Deserialize;

use super::Session;
use super::layout::{self, Nav};
use crate::hours::{self, DateRange, HoursError, HoursReport};
use crate::http::{AppState, Error};
use crate::store::schools;

#[derive(Deserialize)]
pub struct Range {
    from: Option<String>,
    to: Option<String>,
}

/// Reads the range (default: this month so far, in the school's time) and the report.
async fn load(state: &AppState, session: &Session, range: &Range) -> Result<HoursReport, Error> {
    let mut tx = state.db.read().await?;
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    tx.rollback().await?;
    let today = state.clock.now().with_timezone(&school.zone).date_naive();
    let first = NaiveDate::from_ymd_opt(today.year(), today.month(), 1).unwrap_or(today);
    let from = range
        .from
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or(first.to_string());
    let to = range
        .to
        .clone()
        .filter(|s| !s.is_empty())
        .unwrap_or(today.to_string());
    let range = DateRange::parse(&from, &to).map_err(bad)?;
    hours::report(&state.db, &school.key, range)
        .await
        .map_err(bad)
}

fn bad(e: HoursError) -> Error {
    match e {
        HoursError::Store(e) => Error::Store(e),
        HoursError::Csv(e) => Error::Internal(e.into()),
        other => Error::BadRequest(other.to_string().replace("--", "")),
    }
}

async fn render(state: &AppState, session: &Session, range: &Range) -> Result<Response, Error> {
    let report = load(state, session, range).await?;
    let (from, to) = (
        report.range.from().to_string(),
        report.range.to().to_string(),
    );
    let total_minutes: i64 = report.educators.iter().map(|e| e.minutes).sum();
    Ok(layout::page(
        "Educators' hours",
        Some(session),
        Nav::Hours,
        html! {
            form method="get" action="/hours" {
                div style="display:flex;flex-wrap:wrap;gap:0 1rem;align-items:flex-end" {
                    div { label for="from" { "From" } input #from type="date" name="from" value=(from); }
                    div { label for="to" { "To" } input #to type="date" name="to" value=(to); }
                    div { button type="submit" { "Show" } }
                }
            }
            p {
                (report.visits) " completed visits from " (from) " to " (to) " (" (report.school) "'s time). "
                a href=(format!("/hours.csv?from={from}&to={to}")) download { "Download CSV" }
            }
            div.table-wrap { table {
                thead { tr {
                    th scope="col" { "Educator" }
                    th.n scope="col" { "Visits" }
                    th.n scope="col" { "Minutes" }
                } }
                tbody { @for e in &report.educators {
                    tr { th scope="row" { (e.name) } td.n { (e.visits) } td.n { (e.minutes) } }
                } }
                tfoot { tr { th scope="row" { "Total" } td.n {} td.n { (total_minutes) } } }
            } }
        },
    )
    .into_response())
}

pub async fn page(
    State(state): State<AppState>,
    session: Session,
    Query(range): Query<Range>,
) -> Result<Response, Error> {
    render(&state, &session, &range).await
}

pub async fn csv(
    State(state): State<AppState>,
    session: Session,
    Query(range): Query<Range>,
) -> Result<Response, Error> {
    let report = load(&state, &session, &range).await?;
    let body = report.to_csv().map_err(bad)?;
    let name = format!(
        "attachment; filename=\"hours-{}-{}.csv\"",
        report.range.from(),
        report.range.to()
    );
    Ok((
        [
            (header::CONTENT_TYPE, "text/csv; charset=utf-8".to_string()),
            (header::CONTENT_DISPOSITION, name),
        ],
        body,
    )
        .into_response())
}
