//! Who is calling the API: [`ApiCaller`] is an extractor every API handler takes first, so
//! nothing else about a request is read before the caller is known.

use axum::extract::FromRequestParts;
use axum::http::request::Parts;
use axum::http::{HeaderMap, header};

use super::error::ApiError;
use super::tokens;
use crate::http::AppState;
use crate::http::auth::Coordinator;

/// The coordinator making an API request: from `Authorization: Bearer …`, else from the
/// dashboard's login session. Neither (or a bearer token that is unknown or revoked): 401.
#[derive(Debug, Clone)]
pub struct ApiCaller(pub Coordinator);

impl FromRequestParts<AppState> for ApiCaller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, ApiError> {
        match bearer(&parts.headers) {
            // A token that was given but does not open the API is refused, not passed on to
            // the session: a script with a revoked token must learn that it is revoked.
            Some(token) => tokens::coordinator_for(&state.db, token)
                .await?
                .map(ApiCaller)
                .ok_or(ApiError::Unauthorized),
            None => session_fallback(state, &parts.headers)
                .await
                .map(ApiCaller)
                .ok_or(ApiError::Unauthorized),
        }
    }
}

/// The token of an `Authorization: Bearer …` header (scheme case-insensitive, as RFC 9110 has
/// it), if there is one.
fn bearer(headers: &HeaderMap) -> Option<&str> {
    let value = headers.get(header::AUTHORIZATION)?.to_str().ok()?;
    let (scheme, token) = value.split_once(' ')?;
    let token = token.trim();
    (scheme.eq_ignore_ascii_case("bearer") && !token.is_empty()).then_some(token)
}

/// The one place the dashboard's login session (`http::session`) opens the API, for a browser
/// calling it.
/// Every `/api/…` route is a read (GET), so a session-authenticated call needs no CSRF token.
async fn session_fallback(state: &AppState, headers: &HeaderMap) -> Option<Coordinator> {
    crate::http::session::coordinator_from_session(state, headers).await
}

#[cfg(test)]
mod tests {
    use super::*;

    fn with_authorization(value: &str) -> HeaderMap {
        let mut headers = HeaderMap::new();
        headers.insert(header::AUTHORIZATION, value.parse().unwrap());
        headers
    }

    #[test]
    fn a_bearer_token_is_read_whatever_the_scheme_case() {
        assert_eq!(bearer(&with_authorization("Bearer hv_abc")), Some("hv_abc"));
        assert_eq!(bearer(&with_authorization("bearer hv_abc")), Some("hv_abc"));
        assert_eq!(bearer(&with_authorization("Basic dXNlcjpwYXNz")), None);
        assert_eq!(bearer(&with_authorization("Bearer ")), None);
        assert_eq!(bearer(&HeaderMap::new()), None);
    }
}
