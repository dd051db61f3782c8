//! A visit that already happened, written as the conversation would have left it: the demo
//! uses it to start with one completed visit (and its pair's reflection) a coordinator can read.

use super::{Classify, Result, Tx};
use crate::{execute, on_tx};

/// One completed visit, in its own campaign.
pub struct PastVisit<'a> {
    pub school_id: i64,
    pub campaign_id: i64,
    pub family_id: i64,
    /// The pair, in any order.
    pub pair: (i64, i64),
    pub start_at: i64,
    pub minutes: i64,
    /// The reflection one of the pair kept: who, and the words.
    pub reflection: Option<(i64, &'a str)>,
}

/// Writes the slot, the invitation (`completed`), the visit (`completed`) and the reflection.
/// Returns the visit's id.
pub async fn completed_visit(tx: &mut Tx, past: &PastVisit<'_>) -> Result<i64> {
    let (a, b) = past.pair;
    let (first, second) = (a.min(b), a.max(b));
    let slot_id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO slots (school_id, educator_1, educator_2, start_at, minutes, created_at)
         VALUES ($1, $2, $3, $4, $5, $4) RETURNING id"
    )
    .bind(past.school_id)
    .bind(first)
    .bind(second)
    .bind(past.start_at)
    .bind(past.minutes)
    .fetch_one(c)
    .await)
    .classify()?;
    let invitation_id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO invitations (campaign_id, family_id, state, offer, invited_at, replied_at, updated_at)
         VALUES ($1, $2, 'completed', $3, $4, $4, $5) RETURNING id"
    )
    .bind(past.campaign_id)
    .bind(past.family_id)
    .bind(slot_id.to_string())
    .bind(past.start_at - 7 * 86_400)
    .bind(past.start_at + past.minutes * 60)
    .fetch_one(c)
    .await)
    .classify()?;
    let done = past.start_at + past.minutes * 60;
    let visit_id: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO visits (slot_id, family_id, invitation_id, state, booked_at, completed_at)
         VALUES ($1, $2, $3, 'completed', $4, $5) RETURNING id"
    )
    .bind(slot_id)
    .bind(past.family_id)
    .bind(invitation_id)
    .bind(past.start_at - 6 * 86_400)
    .bind(done)
    .fetch_one(c)
    .await)
    .classify()?;
    for educator in [first, second] {
        let words = past
            .reflection
            .filter(|(who, _)| *who == educator)
            .map(|(_, words)| words);
        execute!(
            tx,
            "INSERT INTO reflections (visit_id, educator_id, asked_at, answered_at, skipped, words)
             VALUES ($1, $2, $3, $4, $5, $6)",
            visit_id,
            educator,
            done,
            done + 3_600,
            words.is_none(),
            words
        )?;
    }
    Ok(visit_id)
}
