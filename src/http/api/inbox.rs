//! `GET /api/inbox`: what waits for a coordinator — replies nobody could understand,
//! educators' CANT and other texts, plain-language stops — newest first.

use axum::Json;
use axum::extract::State;
use chrono::DateTime;
use serde::Serialize;

use super::{ApiCaller, ApiError, ErrorBody};
use crate::http::AppState;
use crate::store::overview;

/// At most this many items are listed.
pub const LIMIT: i64 = 500;

/// One unhandled inbox item.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct InboxItemView {
    pub id: i64,
    /// Why it is in the inbox, e.g. "an educator cannot make a visit".
    pub reason: String,
    /// When it arrived (RFC 3339, UTC).
    pub received_at: String,
    /// Set when a family wrote.
    pub family_id: Option<i64>,
    /// The guardian's name, when a family wrote.
    pub family: Option<String>,
    /// The family's language (BCP 47).
    pub language: Option<String>,
    /// Set when an educator wrote.
    pub educator_id: Option<i64>,
    pub educator: Option<String>,
    /// Their words, as written (`null` once erased).
    pub text: Option<String>,
}

/// The caller's school's unhandled inbox items, newest first (at most 500).
#[utoipa::path(
    get,
    path = "/api/inbox",
    operation_id = "open_inbox",
    tag = "inbox",
    security(("bearer" = [])),
    responses(
        (status = 200, description = "Unhandled items, newest first", body = [InboxItemView]),
        (status = 401, description = "No valid token or session", body = ErrorBody),
    )
)]
pub async fn open(
    ApiCaller(caller): ApiCaller,
    State(state): State<AppState>,
) -> Result<Json<Vec<InboxItemView>>, ApiError> {
    let mut tx = state.db.read().await?;
    let items = overview::open_inbox(&mut tx, caller.school_id, LIMIT).await?;
    tx.rollback().await?;
    Ok(Json(
        items
            .into_iter()
            .map(|i| InboxItemView {
                id: i.id,
                reason: i.reason,
                received_at: DateTime::from_timestamp(i.created_at, 0)
                    .unwrap_or_default()
                    .to_rfc3339(),
                family_id: i.family_id,
                family: i.guardian,
                language: i.language,
                educator_id: i.educator_id,
                educator: i.educator,
                text: i.body,
            })
            .collect(),
    ))
}
