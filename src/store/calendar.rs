//! What an educator's calendar feed shows: their visits (as either educator of the slot's
//! pair), with the family, the partner and the place. Recently cancelled visits are included
//! so that subscribed calendar apps learn of the cancellation and remove the event.

use super::{Classify, Result, Tx};
use crate::on_tx;

/// One visit as the feed of one educator sees it.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct FeedVisit {
    pub id: i64,
    /// `booked`, `completed` or `cancelled`.
    pub state: String,
    /// Where the family asked to meet (`None`: the slot's location, else their home).
    pub place: Option<String>,
    /// The slot's own location, if the roster gave one (e.g. "Library").
    pub location: Option<String>,
    pub start_at: i64,
    pub minutes: i64,
    pub family_id: i64,
    pub guardian: String,
    /// The family's BCP 47 tag.
    pub language: String,
    pub partner: String,
    /// The partner's language tags, separated by `;`.
    pub partner_languages: String,
}

/// The educator's visits (as half of the pair, or as the interpreter), earliest first: every booked or completed one, and the cancelled
/// ones cancelled at or after `cancelled_since` (epoch seconds).
pub async fn visits_of(
    tx: &mut Tx,
    educator_id: i64,
    cancelled_since: i64,
) -> Result<Vec<FeedVisit>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT v.id, v.state, v.place, s.location, s.start_at, s.minutes,
                f.id AS family_id, f.guardian, f.language,
                p.name AS partner, p.languages AS partner_languages
         FROM visits v
         JOIN slots s ON s.id = v.slot_id
         JOIN families f ON f.id = v.family_id
         JOIN educators p ON p.id = CASE WHEN s.educator_1 = $1 THEN s.educator_2 ELSE s.educator_1 END
         WHERE (s.educator_1 = $1 OR s.educator_2 = $1 OR v.interpreter_id = $1)
           AND (v.state IN ('booked', 'completed') OR (v.state = 'cancelled' AND v.cancelled_at >= $2))
         ORDER BY s.start_at, v.id"
    )
    .bind(educator_id)
    .bind(cancelled_since)
    .fetch_all(c)
    .await)
    .classify()
}
