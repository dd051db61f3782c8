//! Completed visits per educator, for stipends: each completed visit credits both educators of
//! its slot's pair with the slot's minutes.

use super::{Classify, Result, Tx};
use crate::on_tx;

/// One educator's completed visits in a range.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct EducatorHours {
    pub educator_id: i64,
    pub name: String,
    /// E.164.
    pub phone: String,
    pub visits: i64,
    pub minutes: i64,
}

/// Every educator of the school (those with no completed visit too, with zeros), by name,
/// with the completed visits whose slot starts in `[from, until)` (epoch seconds).
pub async fn per_educator(
    tx: &mut Tx,
    school_id: i64,
    from: i64,
    until: i64,
) -> Result<Vec<EducatorHours>> {
    // PostgreSQL's SUM of a BIGINT is NUMERIC: cast it back so both databases answer BIGINT.
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT e.id AS educator_id, e.name, e.phone,
                COUNT(done.minutes) AS visits,
                CAST(COALESCE(SUM(done.minutes), 0) AS BIGINT) AS minutes
         FROM educators e
         LEFT JOIN (SELECT s.educator_1, s.educator_2, v.interpreter_id, s.minutes
                    FROM visits v JOIN slots s ON s.id = v.slot_id
                    WHERE v.state = 'completed' AND s.school_id = $1
                      AND s.start_at >= $2 AND s.start_at < $3) done
           ON done.educator_1 = e.id OR done.educator_2 = e.id OR done.interpreter_id = e.id
         WHERE e.school_id = $1
         GROUP BY e.id, e.name, e.phone
         ORDER BY e.name, e.id"
    )
    .bind(school_id)
    .bind(from)
    .bind(until)
    .fetch_all(c)
    .await)
    .classify()
}

/// How many completed visits of the school start in `[from, until)`: each counted once,
/// though it credits two educators.
pub async fn completed_visits(tx: &mut Tx, school_id: i64, from: i64, until: i64) -> Result<i64> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(*) FROM visits v JOIN slots s ON s.id = v.slot_id
         WHERE v.state = 'completed' AND s.school_id = $1 AND s.start_at >= $2 AND s.start_at < $3"
    )
    .bind(school_id)
    .bind(from)
    .bind(until)
    .fetch_one(c)
    .await)
    .classify()
}
