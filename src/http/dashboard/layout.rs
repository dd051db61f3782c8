//! The page shell every dashboard page shares: language, viewport, styles, navigation.
//!
//! The styles aim at a school laptop and a phone alike: one column that wraps (no sideways
//! scrolling at 390 px: wide tables scroll inside their own box), text at 4.5:1 contrast or
//! better, and a visible outline on whatever has keyboard focus.

use maud::{DOCTYPE, Markup, PreEscaped, html};

use super::Session;

/// Which navigation entry is the current page.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Nav {
    Campaigns,
    Visits,
    Inbox,
    Hours,
    None,
}

/// A whole page: `title` in the tab and as the heading, `body` under it.
pub fn page(title: &str, session: Option<&Session>, current: Nav, body: Markup) -> Markup {
    html! {
        (DOCTYPE)
        html lang="en" {
            head {
                meta charset="utf-8";
                meta name="viewport" content="width=device-width, initial-scale=1";
                title { (title) " · homevisit" }
                style { (PreEscaped(STYLE)) }
            }
            body {
                a.skip href="#main" { "Skip to content" }
                @if let Some(session) = session {
                    header.top {
                        nav aria-label="Dashboard" {
                            ul {
                                (item("/", "Campaigns", current == Nav::Campaigns))
                                (item("/visits", "Visits", current == Nav::Visits))
                                (item("/inbox", "Inbox", current == Nav::Inbox))
                                (item("/hours", "Hours", current == Nav::Hours))
                            }
                        }
                        form.logout method="post" action="/logout" {
                            input type="hidden" name="csrf" value=(session.csrf);
                            span.who { (session.coordinator.email) }
                            button type="submit" { "Log out" }
                        }
                    }
                }
                main id="main" {
                    h1 { (title) }
                    (body)
                }
            }
        }
    }
}

fn item(href: &str, label: &str, current: bool) -> Markup {
    html! {
        li {
            @if current {
                a href=(href) aria-current="page" { (label) }
            } @else {
                a href=(href) { (label) }
            }
        }
    }
}

/// A percentage with one decimal, for a share between 0 and 1.
pub fn percent(share: f64) -> String {
    format!("{:.1}%", 100.0 * share)
}

const STYLE: &str = r#"
*, *::before, *::after { box-sizing: border-box; }
html { -webkit-text-size-adjust: 100%; }
body { margin: 0; font: 16px/1.5 system-ui, -apple-system, "Segoe UI", Roboto, sans-serif;
       color: #1a1a1a; background: #fff; overflow-wrap: anywhere; }
main { max-width: 72rem; margin: 0 auto; padding: 1rem; }
h1 { font-size: 1.6rem; margin: 0.5rem 0 1rem; }
h2 { font-size: 1.25rem; margin: 2rem 0 0.5rem; }
a { color: #0b57a4; }
a:focus-visible, button:focus-visible, input:focus-visible, select:focus-visible,
textarea:focus-visible, summary:focus-visible {
  outline: 3px solid #b35900; outline-offset: 2px; }
.skip, .sr-only { position: absolute; left: -9999px; }
.skip:focus { left: 1rem; top: 1rem; background: #fff; padding: 0.5rem; z-index: 1; }
header.top { display: flex; flex-wrap: wrap; gap: 0.5rem 1rem; align-items: center;
             justify-content: space-between; padding: 0.5rem 1rem; background: #14365d; color: #fff; }
header.top ul { list-style: none; display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; margin: 0; padding: 0; }
header.top a { color: #fff; font-weight: 600; text-decoration: none; padding: 0.25rem 0; }
header.top a[aria-current="page"] { text-decoration: underline; text-underline-offset: 4px; }
header.top a:focus-visible, header.top button:focus-visible { outline-color: #ffd27a; }
.logout { display: flex; gap: 0.5rem; align-items: center; flex-wrap: wrap; }
.who { font-size: 0.9rem; }
button { font: inherit; padding: 0.4rem 0.9rem; border-radius: 4px; border: 1px solid #14365d;
         background: #14365d; color: #fff; cursor: pointer; min-height: 44px; }
button.secondary { background: #fff; color: #14365d; }
label { display: block; font-weight: 600; margin-top: 0.75rem; }
input, select, textarea { font: inherit; padding: 0.4rem; border: 1px solid #5c5c5c;
         border-radius: 4px; max-width: 100%; min-height: 44px; }
input[type=email], input[type=password], textarea { width: 100%; max-width: 24rem; }
.error { color: #a4000f; font-weight: 600; }
.note { color: #4a4a4a; }
.table-wrap { overflow-x: auto; max-width: 100%; }
table { border-collapse: collapse; margin: 0.5rem 0 1rem; overflow-wrap: normal; }
thead th { white-space: nowrap; }
th, td { text-align: left; padding: 0.3rem 0.75rem 0.3rem 0; border-bottom: 1px solid #d0d0d0;
         vertical-align: top; }
td.n, th.n { text-align: right; font-variant-numeric: tabular-nums; }
.figures { display: flex; flex-wrap: wrap; gap: 1rem; margin: 0; padding: 0; }
.figures div { border: 1px solid #c8c8c8; border-radius: 6px; padding: 0.5rem 1rem; min-width: 9rem; }
.figures dt { font-size: 0.9rem; color: #4a4a4a; }
.figures dd { margin: 0; font-size: 1.5rem; font-weight: 700; }
.chart { display: flex; flex-wrap: wrap; gap: 1rem 2rem; align-items: flex-start; }
.chart svg { max-width: 100%; height: auto; }
.chart figure { margin: 0; flex: 1 1 20rem; max-width: 36rem; }
ol.thread { list-style: none; padding: 0; max-width: 40rem; }
ol.thread li { border: 1px solid #c8c8c8; border-radius: 8px; padding: 0.25rem 0.75rem; margin: 0.5rem 0; }
ol.thread li.in { margin-right: 3rem; background: #f3f6fa; }
ol.thread li.out { margin-left: 3rem; }
ol.thread p { margin: 0.25rem 0; white-space: pre-wrap; }
.sample { background: #fff4d6; border-left: 4px solid #b35900; padding: 0.5rem 1rem; }
"#;
