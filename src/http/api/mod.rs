//! The coordinators' JSON API under `/api/`: the same figures as the commands (`report`,
//! `hours`) and the dashboard, for a district's scripts.
//!
//! - **Who**: every route but `/api/openapi.json` takes an [`ApiCaller`] first — a bearer token
//!   from `homevisit coordinator token EMAIL`, or the dashboard's session — and answers 401
//!   (JSON) without one.
//! - **Scope**: every object is the caller's school's; another school's answers 404, exactly as
//!   one that does not exist.
//! - **Errors**: JSON `{"error": "…"}` ([`ApiError`]); a query parameter that cannot be read is
//!   400 naming it.
//! - **One list of routes**: each handler carries its `#[utoipa::path]`, and [`parts`] registers
//!   handlers through `utoipa_axum::routes!`, which adds the route to the router *and* to the
//!   OpenAPI document. A route cannot be served without being documented (served at
//!   `GET /api/openapi.json`), and the tests walk the document to check every route refuses
//!   callers without a token.

mod caller;
mod campaigns;
mod error;
mod inbox;
pub mod schedule;
pub mod tokens;

use std::sync::OnceLock;

use axum::Json;
use axum::Router;
use serde::de::DeserializeOwned;
use utoipa::OpenApi;
use utoipa::openapi::security::{Http, HttpAuthScheme, SecurityScheme};
use utoipa_axum::router::OpenApiRouter;
use utoipa_axum::routes;

pub use caller::ApiCaller;
pub use error::{ApiError, ErrorBody};

use crate::http::AppState;

/// The name of the bearer security scheme in the document (handlers spell it `"bearer"` in
/// their `security(…)`: the macro wants a literal).
pub const BEARER: &str = "bearer";

#[derive(OpenApi)]
#[openapi(
    info(
        title = "homevisit coordinator API",
        description = "Campaigns, their funnel, visits, the inbox and educators' hours, scoped to the caller's school. Tokens: `homevisit coordinator token EMAIL`."
    ),
    modifiers(&BearerScheme)
)]
struct ApiDoc;

/// Declares the bearer scheme every authenticated route names in its `security`.
struct BearerScheme;

impl utoipa::Modify for BearerScheme {
    fn modify(&self, openapi: &mut utoipa::openapi::OpenApi) {
        let components = openapi.components.get_or_insert_with(Default::default);
        components.add_security_scheme(
            BEARER,
            SecurityScheme::Http(Http::new(HttpAuthScheme::Bearer)),
        );
    }
}

/// The API's routes and their OpenAPI document, from one list.
fn parts() -> (Router<AppState>, utoipa::openapi::OpenApi) {
    OpenApiRouter::with_openapi(ApiDoc::openapi())
        .routes(routes!(campaigns::list))
        .routes(routes!(campaigns::stats))
        .routes(routes!(schedule::visits))
        .routes(routes!(schedule::hours))
        .routes(routes!(inbox::open))
        .routes(routes!(openapi_json))
        .split_for_parts()
}

/// The `/api/…` routes, to merge into the server's router.
pub fn routes() -> Router<AppState> {
    parts().0
}

/// The OpenAPI 3 document of every `/api/…` route (built once).
pub fn openapi() -> &'static utoipa::openapi::OpenApi {
    static DOC: OnceLock<utoipa::openapi::OpenApi> = OnceLock::new();
    DOC.get_or_init(|| parts().1)
}

/// This document. Public: it describes the API, and holds no data.
#[utoipa::path(
    get,
    path = "/api/openapi.json",
    operation_id = "openapi",
    tag = "meta",
    responses((status = 200, description = "The OpenAPI 3 document of this API"))
)]
async fn openapi_json() -> Json<&'static utoipa::openapi::OpenApi> {
    Json(openapi())
}

/// Reads a query string into `T`, refusing (400, naming the problem) an unknown parameter or
/// one of the wrong type.
fn query<T: DeserializeOwned>(raw: Option<&str>) -> Result<T, ApiError> {
    serde_urlencoded::from_str(raw.unwrap_or(""))
        .map_err(|e| ApiError::BadRequest(format!("bad query: {e}")))
}
