//! `GET /api/visits` and `GET /api/hours`: the school's visits, and completed visits per
//! educator, over a range of the school's local dates (both ends inclusive, read as
//! `homevisit hours` reads them: [`DateRange`]).

use axum::Json;
use axum::extract::{RawQuery, State};
use chrono::DateTime;
use serde::{Deserialize, Serialize};

use super::{ApiCaller, ApiError, ErrorBody, query};
use crate::domain::LanguageTag;
use crate::hours::{self, DateRange, HoursError};
use crate::http::AppState;
use crate::store::{overview, schools};

/// A range of the school's local dates.
#[derive(Debug, Deserialize, utoipa::IntoParams)]
#[serde(deny_unknown_fields)]
#[into_params(parameter_in = Query)]
pub struct Dates {
    /// First local date, `YYYY-MM-DD` (inclusive).
    pub from: Option<String>,
    /// Last local date, `YYYY-MM-DD` (inclusive).
    pub to: Option<String>,
}

impl Dates {
    /// Both dates, or `None` when neither is given; one without the other is refused.
    fn range(&self) -> Result<Option<DateRange>, ApiError> {
        match (&self.from, &self.to) {
            (Some(from), Some(to)) => DateRange::parse(from, to)
                .map(Some)
                .map_err(|e| ApiError::BadRequest(e.to_string())),
            (None, None) => Ok(None),
            _ => Err(ApiError::BadRequest(
                "give both from and to (YYYY-MM-DD), or neither".into(),
            )),
        }
    }
}

/// One visit: when, who goes, to whom, in what language, where, and where it stands.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct VisitView {
    pub id: i64,
    /// The start, in the school's local time (RFC 3339 with its offset).
    pub start: String,
    pub minutes: i64,
    /// The two educators of the pair.
    pub pair: [String; 2],
    /// The interpreter who joins the visit (the pair does not speak the family's language).
    pub interpreter: Option<String>,
    /// Whether either educator of the pair speaks the family's language (if not, an
    /// interpreter is needed).
    pub pair_speaks_language: bool,
    pub family_id: i64,
    /// The guardian's name.
    pub family: String,
    /// The family's language (BCP 47).
    pub language: String,
    /// Where the family asked to meet; else the slot's location; else `null` (their home).
    pub place: Option<String>,
    /// `booked`, `completed` or `cancelled`.
    pub status: String,
    /// What each educator of the pair kept of the family's hopes after the visit (asked once
    /// after DONE). Never shown to the family.
    pub reflections: Vec<ReflectionView>,
}

/// One educator's reflection on a visit.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct ReflectionView {
    pub educator: String,
    pub words: String,
}

/// The school's visits whose start falls on the given local dates (all of them without
/// `from`/`to`), earliest first.
#[utoipa::path(
    get,
    path = "/api/visits",
    operation_id = "list_visits",
    tag = "visits",
    security(("bearer" = [])),
    params(Dates),
    responses(
        (status = 200, description = "Visits, earliest first", body = [VisitView]),
        (status = 400, description = "A date that cannot be read, or only one of them", body = ErrorBody),
        (status = 401, description = "No valid token or session", body = ErrorBody),
    )
)]
pub async fn visits(
    ApiCaller(caller): ApiCaller,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<Vec<VisitView>>, ApiError> {
    let range = query::<Dates>(raw.as_deref())?.range()?;
    let mut tx = state.db.read().await?;
    let school = schools::by_id(&mut tx, caller.school_id).await?;
    let views = visit_views(&mut tx, &school, range.as_ref()).await?;
    tx.rollback().await?;
    Ok(Json(views))
}

/// The school's visits whose start falls in `range` of its local dates (all without one),
/// earliest first: what `GET /api/visits` and `homevisit visits` show.
pub async fn visit_views(
    tx: &mut crate::store::Tx,
    school: &schools::School,
    range: Option<&DateRange>,
) -> crate::store::Result<Vec<VisitView>> {
    let (from, until) = match range {
        Some(range) => {
            let (start, end) = range.instants(school.zone);
            (start.timestamp(), end.timestamp())
        }
        None => (i64::MIN, i64::MAX),
    };
    let found = overview::visits(tx, school.id, from, until).await?;
    let mut kept: std::collections::HashMap<i64, Vec<ReflectionView>> =
        std::collections::HashMap::new();
    for (visit_id, educator, words) in crate::store::reflections::of_school(tx, school.id).await? {
        kept.entry(visit_id)
            .or_default()
            .push(ReflectionView { educator, words });
    }
    let views = found
        .into_iter()
        .map(|v| {
            let speaks = LanguageTag::parse(&v.language).is_ok_and(|family| {
                [&v.languages_1, &v.languages_2]
                    .iter()
                    .flat_map(|l| l.split(';'))
                    .filter_map(|l| LanguageTag::parse(l).ok())
                    .any(|l| l.understands(&family))
            });
            VisitView {
                id: v.id,
                start: DateTime::from_timestamp(v.start_at, 0)
                    .unwrap_or_default()
                    .with_timezone(&school.zone)
                    .to_rfc3339(),
                minutes: v.minutes,
                pair: [v.educator_1, v.educator_2],
                interpreter: v.interpreter,
                pair_speaks_language: speaks,
                family_id: v.family_id,
                family: v.guardian,
                language: v.language,
                place: v.place.or(v.location),
                status: v.state,
                reflections: kept.remove(&v.id).unwrap_or_default(),
            }
        })
        .collect();
    Ok(views)
}

/// `homevisit visits` as text: one line per visit.
pub fn visits_text(views: &[VisitView]) -> String {
    let mut out = String::new();
    for v in views {
        let start = v.start.get(..16).unwrap_or(&v.start).replace('T', " ");
        out.push_str(&format!(
            "{start}  {} min  {} & {}  {} ({}{})  {}  {}\n",
            v.minutes,
            v.pair[0],
            v.pair[1],
            v.family,
            v.language,
            match (&v.interpreter, v.pair_speaks_language) {
                (_, true) => String::new(),
                (Some(name), false) => format!(", interpreter {name}"),
                (None, false) => ", interpreter needed".into(),
            },
            v.place.as_deref().unwrap_or("at home"),
            v.status
        ));
        for r in &v.reflections {
            out.push_str(&format!("    {}: {}\n", r.educator, r.words));
        }
    }
    if views.is_empty() {
        out.push_str("no visits\n");
    }
    out
}

/// Completed visits and minutes per educator: the figures of `homevisit hours`.
#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct HoursView {
    pub school: String,
    /// The IANA zone the dates are read in.
    pub timezone: String,
    pub from: String,
    pub to: String,
    /// Distinct completed visits (each credits both educators of its pair).
    pub visits: i64,
    /// Every educator of the school, by name (those with none, with zeros).
    pub educators: Vec<EducatorHoursView>,
}

#[derive(Debug, Serialize, utoipa::ToSchema)]
pub struct EducatorHoursView {
    pub name: String,
    /// E.164: payroll's key for a person, as in `homevisit hours --format csv`.
    pub phone: String,
    pub visits: i64,
    pub minutes: i64,
}

/// Completed visits per educator whose slot starts on the given local dates (both required).
#[utoipa::path(
    get,
    path = "/api/hours",
    operation_id = "educator_hours",
    tag = "hours",
    security(("bearer" = [])),
    params(Dates),
    responses(
        (status = 200, description = "Hours per educator", body = HoursView),
        (status = 400, description = "Missing or unreadable dates", body = ErrorBody),
        (status = 401, description = "No valid token or session", body = ErrorBody),
    )
)]
pub async fn hours(
    ApiCaller(caller): ApiCaller,
    State(state): State<AppState>,
    RawQuery(raw): RawQuery,
) -> Result<Json<HoursView>, ApiError> {
    let Some(range) = query::<Dates>(raw.as_deref())?.range()? else {
        return Err(ApiError::BadRequest(
            "from and to (YYYY-MM-DD) are required".into(),
        ));
    };
    let mut tx = state.db.read().await?;
    let school = schools::by_id(&mut tx, caller.school_id).await?;
    tx.rollback().await?;
    let report = hours::report(&state.db, &school.key, range)
        .await
        .map_err(|e| match e {
            HoursError::Store(e) => ApiError::from(e),
            other => ApiError::BadRequest(other.to_string()),
        })?;
    Ok(Json(HoursView {
        school: report.school,
        timezone: report.zone.name().to_string(),
        from: report.range.from().to_string(),
        to: report.range.to().to_string(),
        visits: report.visits,
        educators: report
            .educators
            .into_iter()
            .map(|e| EducatorHoursView {
                name: e.name,
                phone: e.phone,
                visits: e.visits,
                minutes: e.minutes,
            })
            .collect(),
    }))
}
