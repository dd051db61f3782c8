//! Read queries only the coordinator dashboard needs (lists and time series). Figures that
//! the CLI also prints come from `campaigns`/`hours`, never from here.

use super::campaigns::Campaign;
use super::{Classify, Result, Tx};
use crate::on_tx;

/// A school's campaigns, newest first.
pub async fn campaigns_of_school(tx: &mut Tx, school_id: i64) -> Result<Vec<Campaign>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, name, sample_percent, seed, roster_size, launched_at FROM campaigns
         WHERE school_id = $1 ORDER BY launched_at DESC, id DESC"
    )
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()
}

/// When each of a campaign's invitations was sent and answered (epoch seconds), for the
/// campaign's timeline.
pub async fn invitation_times(tx: &mut Tx, campaign_id: i64) -> Result<Vec<(i64, Option<i64>)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT invited_at, replied_at FROM invitations WHERE campaign_id = $1"
    )
    .bind(campaign_id)
    .fetch_all(c)
    .await)
    .classify()
}
