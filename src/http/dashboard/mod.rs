//! The coordinator dashboard: server-rendered pages (maud), readable with JavaScript off.
//!
//! Every page but `/login` needs a [`Session`]; without one it answers 303 to `/login`. Every
//! query is scoped to the session's school, and another school's campaign, visit or inbox item
//! answers 404 (exactly as a missing one does). Forms that change something carry the
//! session's CSRF token in a hidden `csrf` field and are refused with 403 without it. The pages
//! show the same figures as the CLI by calling the same functions (`report::campaign`,
//! `hours::report`), never by counting again.

mod campaigns;
mod charts;
mod hours;
mod inbox;
mod layout;
mod login;
mod visits;

use axum::Router;
use axum::http::{HeaderName, HeaderValue, header};
use axum::middleware;
use axum::response::Response;
use axum::routing::{get, post};

use super::AppState;
pub use super::session::Session;

/// The dashboard's routes (merged into the app's router).
pub fn routes() -> Router<AppState> {
    Router::new()
        .route("/", get(campaigns::list))
        .route("/campaigns/{id}", get(campaigns::show))
        .route("/visits", get(visits::list))
        .route("/visits/{id}", get(visits::show))
        .route("/visits/{id}/cancel", post(visits::cancel))
        .route("/visits/{id}/move", post(visits::move_to))
        .route("/inbox", get(inbox::list))
        .route("/inbox/{id}", get(inbox::show))
        .route("/inbox/{id}/answer", post(inbox::answer))
        .route("/inbox/{id}/handled", post(inbox::handled))
        .route("/hours", get(hours::page))
        .route("/hours.csv", get(hours::csv))
        .route("/login", get(login::form).post(login::submit))
        .route("/logout", post(login::logout))
        .route_layer(middleware::map_response(protect))
}

/// Headers on every dashboard answer: pages hold families' names and words, so no cache keeps
/// them; no other site may frame them (a framed "Cancel the visit" button could be clicked
/// through a decoy); nothing but our own inline styles and forms runs.
async fn protect(mut response: Response) -> Response {
    let headers = response.headers_mut();
    let set: [(HeaderName, &'static str); 5] = [
        (header::CACHE_CONTROL, "no-store"),
        (header::X_FRAME_OPTIONS, "DENY"),
        (header::REFERRER_POLICY, "same-origin"),
        (header::X_CONTENT_TYPE_OPTIONS, "nosniff"),
        (
            header::CONTENT_SECURITY_POLICY,
            "default-src 'none'; style-src 'unsafe-inline'; img-src 'self' data:; \
             form-action 'self'; frame-ancestors 'none'; base-uri 'none'",
        ),
    ];
    for (name, value) in set {
        headers.insert(name, HeaderValue::from_static(value));
    }
    response
}
