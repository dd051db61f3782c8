//! `GET/POST /login` and `POST /logout`.

use axum::Form;
use axum::extract::State;
use axum::http::{Extensions, HeaderMap, StatusCode, header};
use axum::response::{IntoResponse, Redirect, Response};
use maud::{Markup, html};
use serde::Deserialize;

use super::Session;
use super::layout::{Nav, page};
use crate::http::session::{self, Login};
use crate::http::{AppState, Error};

#[derive(Deserialize)]
pub struct Credentials {
    #[serde(default)]
    csrf: String,
    #[serde(default)]
    email: String,
    #[serde(default)]
    password: String,
}

#[derive(Deserialize)]
pub struct CsrfOnly {
    #[serde(default)]
    csrf: String,
}

/// The login form (a signed-in coordinator goes straight to the campaigns), with a fresh
/// login-form token in its cookie and hidden field.
pub async fn form(
    State(state): State<AppState>,
    session: Option<Session>,
) -> Result<Response, Error> {
    if session.is_some() {
        return Ok(Redirect::to("/").into_response());
    }
    let (token, cookie) = session::login_form_token(&state)?;
    Ok(([(header::SET_COOKIE, cookie)], login_page(&token, "", None)).into_response())
}

pub async fn submit(
    State(state): State<AppState>,
    extensions: Extensions,
    headers: HeaderMap,
    Form(credentials): Form<Credentials>,
) -> Result<Response, Error> {
    if !session::login_form_token_matches(&headers, &credentials.csrf) {
        tracing::warn!(target: "homevisit::login", "login refused: form token missing or wrong");
        let (token, cookie) = session::login_form_token(&state)?;
        return Ok((
            StatusCode::FORBIDDEN,
            [(header::SET_COOKIE, cookie)],
            login_page(
                &token,
                &credentials.email,
                Some("This login form had expired. Please enter your password again."),
            ),
        )
            .into_response());
    }
    let address = session::peer_address(&extensions);
    let outcome =
        session::log_in(&state, &credentials.email, &credentials.password, &address).await?;
    Ok(match outcome {
        Login::SignedIn(cookie) => {
            ([(header::SET_COOKIE, cookie)], Redirect::to("/")).into_response()
        }
        Login::WrongPassword => (
            StatusCode::UNAUTHORIZED,
            login_page(
                &credentials.csrf,
                &credentials.email,
                Some("That email and password do not match an account."),
            ),
        )
            .into_response(),
        Login::Throttled => (
            StatusCode::TOO_MANY_REQUESTS,
            [(header::RETRY_AFTER, session::THROTTLE_WINDOW.num_seconds().to_string())],
            login_page(
                &credentials.csrf,
                &credentials.email,
                Some("Too many wrong passwords. Logging in is paused for 15 minutes; try again later."),
            ),
        )
            .into_response(),
    })
}

pub async fn logout(
    State(state): State<AppState>,
    session: Session,
    Form(form): Form<CsrfOnly>,
) -> Result<Response, Error> {
    session.check_csrf(&form.csrf)?;
    let cookie = session::log_out(&state, &session).await?;
    Ok(([(header::SET_COOKIE, cookie)], Redirect::to("/login")).into_response())
}

fn login_page(csrf: &str, email: &str, error: Option<&str>) -> Markup {
    page(
        "Log in",
        None,
        Nav::None,
        html! {
            p { "The coordinator dashboard: campaigns, visits, the inbox and educators' hours." }
            @if let Some(error) = error {
                p.error role="alert" { (error) }
            }
            form method="post" action="/login" {
                input type="hidden" name="csrf" value=(csrf);
                label for="email" { "Email" }
                input #email type="email" name="email" value=(email) autocomplete="username" required;
                label for="password" { "Password" }
                input #password type="password" name="password" autocomplete="current-password" required;
                p { button type="submit" { "Log in" } }
            }
            p.note { "Accounts are made with " code { "homevisit coordinator add" } "." }
        },
    )
}
