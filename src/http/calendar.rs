//! `GET /calendar/{token}.ics`: an educator's visits as an iCalendar feed (rendered by
//! [`crate::calendar`]). The token in the path is the only credential; any path that does not
//! name a current token answers a bare 404, so the answer says nothing about tokens.

use axum::extract::{Path, State};
use axum::http::header;
use axum::response::{IntoResponse, Response};

use super::{AppState, Error};

/// The feed of the educator whose token is `{file}` without `.ics`.
pub async fn feed(
    State(state): State<AppState>,
    Path(file): Path<String>,
) -> Result<Response, Error> {
    let token = file.strip_suffix(".ics").ok_or(Error::NotFound)?;
    if token.is_empty() {
        return Err(Error::NotFound);
    }
    let ics = crate::calendar::feed_for_token(&state.db, &state.locales, token, state.clock.now())
        .await?
        .ok_or(Error::NotFound)?;
    Ok((
        [
            (header::CONTENT_TYPE, "text/calendar; charset=utf-8"),
            // Families' names are in it: no shared cache may keep it.
            (header::CACHE_CONTROL, "private, no-cache"),
        ],
        ics,
    )
        .into_response())
}
