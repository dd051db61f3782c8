//! The API's one error type: every refusal is JSON `{"error": "…"}` with its status. Client
//! errors carry their message; database and internal errors are logged and answered with a
//! bare 500 that reveals nothing (as `http::Error` does for the rest of the server).

use axum::Json;
use axum::http::{StatusCode, header};
use axum::response::{IntoResponse, Response};
use serde::Serialize;

use crate::store::StoreError;

#[derive(Debug, thiserror::Error)]
pub enum ApiError {
    /// A query parameter or path segment that cannot be read; the message says which and why.
    #[error("{0}")]
    BadRequest(String),
    /// No bearer token (or session), or one that is unknown or revoked.
    #[error("a bearer token (Authorization: Bearer …) or a dashboard session is required")]
    Unauthorized,
    /// Absent, or another school's (the two are not told apart).
    #[error("not found")]
    NotFound,
    #[error(transparent)]
    Store(StoreError),
}

impl From<StoreError> for ApiError {
    fn from(e: StoreError) -> ApiError {
        match e {
            StoreError::NotFound(_) => ApiError::NotFound,
            other => ApiError::Store(other),
        }
    }
}

/// The body of every API error.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ErrorBody {
    /// What went wrong, in plain English.
    pub error: String,
}

impl IntoResponse for ApiError {
    fn into_response(self) -> Response {
        let status = match &self {
            ApiError::BadRequest(_) => StatusCode::BAD_REQUEST,
            ApiError::Unauthorized => StatusCode::UNAUTHORIZED,
            ApiError::NotFound => StatusCode::NOT_FOUND,
            ApiError::Store(_) => StatusCode::INTERNAL_SERVER_ERROR,
        };
        let error = if status.is_server_error() {
            tracing::error!(error = %self, "API request failed");
            "internal error".to_string()
        } else {
            self.to_string()
        };
        let body = Json(ErrorBody { error });
        if status == StatusCode::UNAUTHORIZED {
            return (status, [(header::WWW_AUTHENTICATE, "Bearer")], body).into_response();
        }
        (status, body).into_response()
    }
}
