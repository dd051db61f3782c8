//! `/`: the school's campaigns; `/campaigns/{id}`: one campaign's funnel, coverage, and its
//! breakdowns by language, by teacher and over time. The figures are `report::campaign`'s,
//! the same function `homevisit report` prints.

use std::collections::BTreeMap;

use axum::extract::{Path, State};
use chrono::{DateTime, Utc};
use maud::{Markup, html};

use super::Session;
use super::charts::{self, Bar};
use super::layout::{Nav, page, percent};
use crate::http::{AppState, Error};
use crate::report::{self, Report};
use crate::store::campaigns::{self, Campaign, Counts};
use crate::store::{StoreError, dashboard, schools};

pub async fn list(State(state): State<AppState>, session: Session) -> Result<Markup, Error> {
    let mut tx = state.db.read().await?;
    let school = schools::by_id(&mut tx, session.coordinator.school_id).await?;
    let all = dashboard::campaigns_of_school(&mut tx, school.id).await?;
    tx.rollback().await?;
    let mut reports = Vec::with_capacity(all.len());
    for campaign in &all {
        reports.push(report::campaign(&state.db, campaign.id).await?);
    }
    Ok(page(
        &format!("Campaigns · {}", school.name),
        Some(&session),
        Nav::Campaigns,
        html! {
            @if all.is_empty() {
                p { "No campaign yet. Launch one with " code { "homevisit campaign launch" } "." }
            } @else {
                div.table-wrap { table {
                    thead { tr {
                        th scope="col" { "Campaign" }
                        th scope="col" { "Launched" }
                        th.n scope="col" { "Invited" }
                        th.n scope="col" { "Coverage" }
                        th.n scope="col" { "Accepted" }
                    } }
                    tbody {
                        @for (campaign, report) in all.iter().zip(&reports) {
                            tr {
                                td { a href=(format!("/campaigns/{}", campaign.id)) { (campaign.name) } }
                                td { (local_date(campaign.launched_at, school.zone)) }
                                td.n { (report.counts.invited) " of " (report.roster) }
                                td.n {
                                    (percent(coverage(report)))
                                    @if let Some(p) = campaign.sample_percent { " (random sample, " (p) "%)" }
                                }
                                td.n { (report.counts.accepted) " (" (percent(report.acceptance_rate)) ")" }
                            }
                        }
                    }
                } }
            }
        },
    ))
}

pub async fn show(
    State(state): State<AppState>,
    session: Session,
    Path(id): Path<i64>,
) -> Result<Markup, Error> {
    let mut tx = state.db.read().await?;
    let campaign = match campaigns::by_id(&mut tx, id).await {
        Ok(c) if c.school_id == session.coordinator.school_id => c,
        Ok(_) | Err(StoreError::NotFound(_)) => return Err(Error::NotFound),
        Err(e) => return Err(e.into()),
    };
    let school = schools::by_id(&mut tx, campaign.school_id).await?;
    let by_teacher = campaigns::funnel_by_teacher(&mut tx, &campaign).await?;
    let times = dashboard::invitation_times(&mut tx, campaign.id).await?;
    tx.rollback().await?;
    let report = report::campaign(&state.db, campaign.id).await?;
    let timeline = by_day(&times, school.zone);
    Ok(page(
        &campaign.name,
        Some(&session),
        Nav::Campaigns,
        html! {
            p.note { "Launched " (local_date(campaign.launched_at, school.zone)) " · " (school.name) }
            (coverage_note(&campaign, &report))
            (figures(&report))
            h2 { "Funnel" }
            (charts::bars("Families at each step", "Step", &funnel_bars(&report), report.roster))
            h2 { "Outcomes" }
            (charts::bars("How invitations ended so far", "Outcome", &outcome_bars(&report.counts), 0))
            @if !report.failed_by_code.is_empty() {
                h3 { "Failed sends by provider error code" }
                div.table-wrap { table {
                    thead { tr { th scope="col" { "Error code" } th.n scope="col" { "Texts" } } }
                    tbody { @for (code, n) in &report.failed_by_code {
                        tr { td { (code) } td.n data-failed-code=(code) { (n) } }
                    } }
                } }
            }
            h2 { "By language" }
            (breakdown("Language", &report.by_language))
            h2 { "By teacher" }
            p.note { "A family with children in two classes counts for both teachers." }
            (breakdown("Teacher", &by_teacher))
            h2 { "Over time" }
            (charts::days(
                "Invitations sent and replies received, by day (school's time)",
                &timeline,
                ("Invited", "Replied"),
            ))
        },
    ))
}

fn coverage(report: &Report) -> f64 {
    if report.roster == 0 {
        0.0
    } else {
        report.counts.invited as f64 / report.roster as f64
    }
}

/// Coverage, and for a sample, that it was random, with its percent and seed: a sample must
/// never be mistaken for targeting.
fn coverage_note(campaign: &Campaign, report: &Report) -> Markup {
    html! {
        @match (campaign.sample_percent, campaign.seed) {
            (Some(p), seed) => p.sample {
                strong { "Random sample: " }
                (p) "% of the roster, drawn by the software with seed "
                (seed.map(|s| s.to_string()).unwrap_or_else(|| "(none recorded)".into()))
                ". Coverage " span data-figure="coverage" { (percent(coverage(report))) }
                " (" (report.counts.invited) " of " (report.roster) " families invited)."
            },
            (None, _) => p {
                "Every family on the roster was invited. Coverage "
                span data-figure="coverage" { (percent(coverage(report))) }
                " (" (report.counts.invited) " of " (report.roster) " families)."
            },
        }
        @if let Some(first) = report.second_visit_of {
            p { "The year's second visit, for the families whose visit in campaign "
                a href=(format!("/campaigns/{first}")) { (first) } " was completed." }
        }
        @if report.counts.completed > 0 {
            p { "Second visits: " span data-figure="second_visits" { (report.second_visits) }
                " of " (report.counts.completed) " completed first visits led to a second." }
        }
    }
}

fn figures(report: &Report) -> Markup {
    let c = &report.counts;
    let figures: [(&str, &str, String); 13] = [
        ("roster", "Roster", report.roster.to_string()),
        ("invited", "Invited", c.invited.to_string()),
        ("delivered", "Delivered", c.delivered.to_string()),
        ("replied", "Replied", c.replied.to_string()),
        ("accepted", "Accepted", c.accepted.to_string()),
        ("completed", "Completed", c.completed.to_string()),
        (
            "acceptance_rate",
            "Acceptance rate",
            percent(report.acceptance_rate),
        ),
        ("declined", "Declined", c.declined.to_string()),
        ("no_reply", "No reply", c.no_reply.to_string()),
        ("opted_out", "Opted out", c.opted_out.to_string()),
        ("cancelled", "Cancelled", c.cancelled.to_string()),
        ("failed", "Failed", c.failed.to_string()),
        ("coverage", "Coverage", percent(coverage(report))),
    ];
    html! {
        dl.figures {
            @for (key, label, value) in figures {
                div { dt { (label) } dd data-figure=(key) { (value) } }
            }
        }
    }
}

fn funnel_bars(report: &Report) -> Vec<Bar> {
    let c = &report.counts;
    [
        ("Roster", report.roster),
        ("Invited", c.invited),
        ("Delivered", c.delivered),
        ("Replied", c.replied),
        ("Accepted", c.accepted),
        ("Completed", c.completed),
    ]
    .into_iter()
    .map(|(label, value)| Bar {
        label: label.into(),
        value,
    })
    .collect()
}

fn outcome_bars(c: &Counts) -> Vec<Bar> {
    [
        ("Accepted", c.accepted),
        ("Declined", c.declined),
        ("No reply", c.no_reply),
        ("Opted out", c.opted_out),
        ("Cancelled", c.cancelled),
        ("Failed", c.failed),
    ]
    .into_iter()
    .map(|(label, value)| Bar {
        label: label.into(),
        value,
    })
    .collect()
}

/// A funnel table per group (language or teacher), with a chart of acceptances.
fn breakdown(group: &str, groups: &BTreeMap<String, Counts>) -> Markup {
    let label = |key: &str| {
        if key.is_empty() {
            "(none)".to_string()
        } else {
            key.to_string()
        }
    };
    let bars: Vec<Bar> = groups
        .iter()
        .map(|(key, c)| Bar {
            label: label(key),
            value: c.accepted,
        })
        .collect();
    html! {
        div.table-wrap { table {
            thead { tr {
                th scope="col" { (group) }
                th.n scope="col" { "Invited" }
                th.n scope="col" { "Delivered" }
                th.n scope="col" { "Replied" }
                th.n scope="col" { "Accepted" }
                th.n scope="col" { "Declined" }
                th.n scope="col" { "No reply" }
                th.n scope="col" { "Opted out" }
                th.n scope="col" { "Completed" }
                th.n scope="col" { "Acceptance" }
            } }
            tbody { @for (key, c) in groups {
                tr {
                    th scope="row" { (label(key)) }
                    td.n { (c.invited) } td.n { (c.delivered) } td.n { (c.replied) }
                    td.n { (c.accepted) } td.n { (c.declined) } td.n { (c.no_reply) }
                    td.n { (c.opted_out) } td.n { (c.completed) }
                    td.n { (percent(if c.invited == 0 { 0.0 } else { c.accepted as f64 / c.invited as f64 })) }
                }
            } }
        } }
        (charts::bars(&format!("Accepted, by {}", group.to_lowercase()), group, &bars, 0))
    }
}

/// Invitations sent and replies received per local day, in date order.
fn by_day(times: &[(i64, Option<i64>)], zone: chrono_tz::Tz) -> Vec<(String, i64, i64)> {
    let mut days: BTreeMap<String, (i64, i64)> = BTreeMap::new();
    for (invited, replied) in times {
        days.entry(local_date(*invited, zone)).or_default().0 += 1;
        if let Some(replied) = replied {
            days.entry(local_date(*replied, zone)).or_default().1 += 1;
        }
    }
    days.into_iter().map(|(d, (a, b))| (d, a, b)).collect()
}

pub fn local_date(epoch: i64, zone: chrono_tz::Tz) -> String {
    DateTime::<Utc>::from_timestamp(epoch, 0)
        .map(|t| t.with_timezone(&zone).format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}
