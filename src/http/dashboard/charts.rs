//! Charts drawn on the server as inline SVG, each with a text table beside it (the table is
//! what a screen reader reads; the SVG is `aria-hidden`). No JavaScript, no web fonts.

use maud::{Markup, html};

/// One bar: its label, its value, and the text shown at its end.
pub struct Bar {
    pub label: String,
    pub value: i64,
}

const WIDTH: i64 = 360;
const LABEL: i64 = 120;
const ROW: i64 = 26;
const COLOUR: &str = "#1f5f9e";

/// Horizontal bars scaled to the largest of `max` and the values, with a table beside.
pub fn bars(caption: &str, first_column: &str, bars: &[Bar], max: i64) -> Markup {
    let max = bars
        .iter()
        .map(|b| b.value)
        .max()
        .unwrap_or(0)
        .max(max)
        .max(1);
    let height = ROW * bars.len() as i64 + 4;
    let room = WIDTH - LABEL - 40;
    html! {
        div.chart {
            figure {
                svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {WIDTH} {height}"))
                    width=(WIDTH) height=(height) aria-hidden="true" focusable="false" {
                    @for (i, bar) in bars.iter().enumerate() {
                        @let y = ROW * i as i64 + 2;
                        @let w = room * bar.value / max;
                        text x=(LABEL - 6) y=(y + 17) text-anchor="end" font-size="13" fill="#1a1a1a" {
                            (short(&bar.label))
                        }
                        rect x=(LABEL) y=(y + 3) width=(w) height=(ROW - 8) fill=(COLOUR) {}
                        text x=(LABEL + w + 4) y=(y + 17) font-size="13" fill="#1a1a1a" { (bar.value) }
                    }
                }
            }
            div.table-wrap {
                table {
                    caption.note { (caption) }
                    thead { tr { th scope="col" { (first_column) } th.n scope="col" { "Families" } } }
                    tbody {
                        @for bar in bars {
                            tr { th scope="row" { (bar.label) } td.n { (bar.value) } }
                        }
                    }
                }
            }
        }
    }
}

/// Columns by day (two series side by side), with a table beside.
pub fn days(caption: &str, rows: &[(String, i64, i64)], series: (&str, &str)) -> Markup {
    let max = rows.iter().map(|r| r.1.max(r.2)).max().unwrap_or(0).max(1);
    let step: i64 = 28;
    let plot = 120;
    let width = (step * rows.len() as i64 + 20).max(120);
    let height = plot + 40;
    html! {
        div.chart {
            figure {
                svg xmlns="http://www.w3.org/2000/svg" viewBox=(format!("0 0 {width} {height}"))
                    width=(width) height=(height) aria-hidden="true" focusable="false" {
                    line x1="10" y1=(plot + 10) x2=(width - 10) y2=(plot + 10) stroke="#5c5c5c" {}
                    @for (i, (day, a, b)) in rows.iter().enumerate() {
                        @let x = 14 + step * i as i64;
                        @let ha = plot * a / max;
                        @let hb = plot * b / max;
                        rect x=(x) y=(plot + 10 - ha) width="10" height=(ha) fill=(COLOUR) {}
                        rect x=(x + 11) y=(plot + 10 - hb) width="10" height=(hb) fill="#b35900" {}
                        text x=(x + 10) y=(plot + 26) text-anchor="middle" font-size="10" fill="#1a1a1a" {
                            (day.get(8..).unwrap_or(day))
                        }
                    }
                }
                figcaption.note {
                    span style=(format!("color:{COLOUR}")) { "■ " } (series.0) " "
                    span style="color:#b35900" { "■ " } (series.1)
                }
            }
            div.table-wrap {
                table {
                    caption.note { (caption) }
                    thead { tr {
                        th scope="col" { "Day" }
                        th.n scope="col" { (series.0) }
                        th.n scope="col" { (series.1) }
                    } }
                    tbody {
                        @for (day, a, b) in rows {
                            tr { th scope="row" { (day) } td.n { (a) } td.n { (b) } }
                        }
                    }
                }
            }
        }
    }
}

/// A label short enough for the chart's margin (the table beside has it whole).
fn short(label: &str) -> String {
    if label.chars().count() <= 16 {
        label.to_string()
    } else {
        label.chars().take(15).chain(['…']).collect()
    }
}
