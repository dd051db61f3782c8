//! `GET /api/campaigns` and `GET /api/campaigns/{id}/stats` (the same [`Report`] that
//! `homevisit report --format json` prints, serialized by the same struct).

use axum::Json;
use axum::extract::{Path, State};
use chrono::DateTime;
use serde::Serialize;

use super::{ApiCaller, ApiError, ErrorBody};
use crate::http::AppState;
use crate::report::{self, Report};
use crate::store::campaigns;

/// A campaign as the list shows it.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct CampaignSummary {
    pub id: i64,
    pub name: String,
    /// When it was launched (RFC 3339, UTC).
    pub launched_at: String,
    /// Families on the roster at launch.
    pub roster: i64,
    /// Present when only a random sample was invited: its percent and seed, so no one takes
    /// a sample for targeting.
    pub sample: Option<Sample>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct Sample {
    pub percent: i64,
    pub seed: i64,
}

/// The caller's school's campaigns, newest first.
#[utoipa::path(
    get,
    path = "/api/campaigns",
    operation_id = "list_campaigns",
    tag = "campaigns",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "The school's campaigns, newest first", body = [CampaignSummary]),
        (status = 401, description = "No valid token or session", body = ErrorBody),
    )
)]
pub async fn list(
    ApiCaller(caller): ApiCaller,
    State(state): State<AppState>,
) -> Result<Json<Vec<CampaignSummary>>, ApiError> {
    let mut tx = state.db.read().await?;
    let found = crate::store::overview::campaigns(&mut tx, caller.school_id).await?;
    tx.rollback().await?;
    Ok(Json(
        found
            .into_iter()
            .map(|c| CampaignSummary {
                id: c.id,
                name: c.name,
                launched_at: DateTime::from_timestamp(c.launched_at, 0)
                    .unwrap_or_default()
                    .to_rfc3339(),
                roster: c.roster_size,
                sample: c
                    .sample_percent
                    .zip(c.seed)
                    .map(|(percent, seed)| Sample { percent, seed }),
            })
            .collect(),
    ))
}

/// The campaign's funnel: exactly `homevisit report --campaign ID --format json`.
#[utoipa::path(
    get,
    path = "/api/campaigns/{id}/stats",
    operation_id = "campaign_stats",
    tag = "campaigns",
    security(("bearer" = [])),
    params(("id" = i64, Path, description = "The campaign's id")),
    responses(
        (status = 200, description = "The funnel, as `homevisit report --format json`", body = Report),
        (status = 400, description = "The id is not a number", body = ErrorBody),
        (status = 401, description = "No valid token or session", body = ErrorBody),
        (status = 404, description = "No such campaign in the caller's school", body = ErrorBody),
    )
)]
pub async fn stats(
    ApiCaller(caller): ApiCaller,
    State(state): State<AppState>,
    Path(id): Path<String>,
) -> Result<Json<Report>, ApiError> {
    let id: i64 = id
        .parse()
        .map_err(|_| ApiError::BadRequest(format!("campaign id {id:?} is not a number")))?;
    let mut tx = state.db.read().await?;
    let campaign = campaigns::by_id(&mut tx, id).await?;
    tx.rollback().await?;
    if campaign.school_id != caller.school_id {
        return Err(ApiError::NotFound);
    }
    Ok(Json(report::campaign(&state.db, id).await?))
}
