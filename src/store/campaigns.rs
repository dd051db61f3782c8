//! Campaigns: one outreach to a school's families (all of them, or a random sample with its
//! seed recorded), and the funnel counts the report shows.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Classify, Result, StoreError, Tx};
use crate::{execute, on_tx};

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Campaign {
    pub id: i64,
    pub school_id: i64,
    pub name: String,
    pub sample_percent: Option<i64>,
    pub seed: Option<i64>,
    pub roster_size: i64,
    pub launched_at: i64,
}

pub async fn create(
    tx: &mut Tx,
    school_id: i64,
    name: &str,
    sample: Option<(i64, i64)>,
    roster_size: i64,
    now: i64,
) -> Result<i64> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO campaigns (school_id, name, sample_percent, seed, roster_size, launched_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(school_id)
    .bind(name)
    .bind(sample.map(|s| s.0))
    .bind(sample.map(|s| s.1))
    .bind(roster_size)
    .bind(now)
    .fetch_one(c)
    .await)
    .classify()
}

pub async fn by_id(tx: &mut Tx, id: i64) -> Result<Campaign> {
    let found: Option<Campaign> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, name, sample_percent, seed, roster_size, launched_at FROM campaigns WHERE id = $1"
    )
    .bind(id)
    .fetch_optional(c)
    .await)
    .classify()?;
    found.ok_or_else(|| StoreError::NotFound(format!("campaign {id}")))
}

/// The school's campaign of this name whose launch never finished (a launch that died between
/// two of its batches), if there is one.
pub async fn unfinished(tx: &mut Tx, school_id: i64, name: &str) -> Result<Option<Campaign>> {
    on_tx!(tx, |c| {
        sqlx::query_as(
        "SELECT id, school_id, name, sample_percent, seed, roster_size, launched_at FROM campaigns
         WHERE school_id = $1 AND name = $2 AND launch_finished_at IS NULL ORDER BY id DESC LIMIT 1"
    )
    .bind(school_id)
    .bind(name)
    .fetch_optional(c)
    .await
    })
    .classify()
}

/// Records that every family of the campaign's launch was handled.
pub async fn launch_finished(tx: &mut Tx, id: i64, now: i64) -> Result<()> {
    execute!(
        tx,
        "UPDATE campaigns SET launch_finished_at = $1 WHERE id = $2",
        now,
        id
    )?;
    Ok(())
}

/// The school's most recent campaign, if it has one.
pub async fn latest_for_school(tx: &mut Tx, school_id: i64) -> Result<Option<Campaign>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, school_id, name, sample_percent, seed, roster_size, launched_at FROM campaigns
         WHERE school_id = $1 ORDER BY id DESC LIMIT 1"
    )
    .bind(school_id)
    .fetch_optional(c)
    .await)
    .classify()
}

/// The funnel for one group of families.
#[derive(Debug, Clone, Default, PartialEq, Serialize, utoipa::ToSchema)]
pub struct Counts {
    pub invited: i64,
    pub delivered: i64,
    pub replied: i64,
    pub accepted: i64,
    pub declined: i64,
    pub no_reply: i64,
    pub opted_out: i64,
    pub cancelled: i64,
    pub completed: i64,
    /// Families whose texts the provider refused for good (see `failed_by_code`).
    pub failed: i64,
}

#[derive(Debug, Clone, sqlx::FromRow)]
struct InvitationFacts {
    /// What the counts are grouped by: the family's language, or a teacher's name.
    group_key: String,
    state: String,
    replied: bool,
    delivered: bool,
    failed: bool,
}

/// Counts per language, straight from the database.
pub async fn funnel(tx: &mut Tx, campaign: &Campaign) -> Result<BTreeMap<String, Counts>> {
    let rows: Vec<InvitationFacts> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT f.language AS group_key, i.state, i.replied_at IS NOT NULL AS replied,
            EXISTS (SELECT 1 FROM messages m WHERE m.family_id = f.id AND m.direction = 'out'
                    AND m.created_at >= $2 AND m.status IN ('delivered', 'read', 'completed')) AS delivered,
            EXISTS (SELECT 1 FROM messages m WHERE m.family_id = f.id AND m.direction = 'out'
                    AND m.created_at >= $2 AND m.status IN ('failed', 'undelivered')) AS failed
         FROM invitations i JOIN families f ON f.id = i.family_id
         WHERE i.campaign_id = $1"
    )
    .bind(campaign.id)
    .bind(campaign.launched_at)
    .fetch_all(c)
    .await)
    .classify()?;
    let mut by_language: BTreeMap<String, Counts> = BTreeMap::new();
    for row in rows {
        by_language
            .entry(row.group_key.clone())
            .or_default()
            .tally(&row);
    }
    Ok(by_language)
}

/// Counts per teacher of the families' students (a family with children in two classes counts
/// for both teachers; students without a teacher under ""), with the same rules as [`funnel`].
pub async fn funnel_by_teacher(
    tx: &mut Tx,
    campaign: &Campaign,
) -> Result<BTreeMap<String, Counts>> {
    let rows: Vec<InvitationFacts> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT DISTINCT i.id, COALESCE(e.name, '') AS group_key, i.state,
            i.replied_at IS NOT NULL AS replied,
            EXISTS (SELECT 1 FROM messages m WHERE m.family_id = f.id AND m.direction = 'out'
                    AND m.created_at >= $2 AND m.status IN ('delivered', 'read', 'completed')) AS delivered,
            EXISTS (SELECT 1 FROM messages m WHERE m.family_id = f.id AND m.direction = 'out'
                    AND m.created_at >= $2 AND m.status IN ('failed', 'undelivered')) AS failed
         FROM invitations i JOIN families f ON f.id = i.family_id
         JOIN students s ON s.family_id = f.id
         LEFT JOIN educators e ON e.id = s.teacher_id
         WHERE i.campaign_id = $1"
    )
    .bind(campaign.id)
    .bind(campaign.launched_at)
    .fetch_all(c)
    .await)
    .classify()?;
    let mut by_teacher: BTreeMap<String, Counts> = BTreeMap::new();
    for row in rows {
        by_teacher
            .entry(row.group_key.clone())
            .or_default()
            .tally(&row);
    }
    Ok(by_teacher)
}

impl Counts {
    /// Adds one invitation to the counts: the one definition of each figure.
    fn tally(&mut self, row: &InvitationFacts) {
        let counts = self;
        counts.invited += 1;
        counts.delivered += i64::from(row.delivered);
        counts.replied += i64::from(row.replied);
        counts.failed += i64::from(row.failed);
        match row.state.as_str() {
            "booked" => counts.accepted += 1,
            "completed" => {
                counts.accepted += 1;
                counts.completed += 1;
            }
            "declined" => counts.declined += 1,
            "cancelled" => counts.cancelled += 1,
            "opted_out" => counts.opted_out += 1,
            _ => {}
        }
        if !row.replied && row.state != "opted_out" {
            counts.no_reply += 1;
        }
    }
}

/// Permanent send failures in the campaign by provider error code.
pub async fn failures_by_code(tx: &mut Tx, campaign: &Campaign) -> Result<BTreeMap<String, i64>> {
    let rows: Vec<(Option<i64>, i64)> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT m.error_code, COUNT(*) FROM messages m
         JOIN invitations i ON i.family_id = m.family_id AND i.campaign_id = $1
         WHERE m.direction = 'out' AND m.created_at >= $2 AND m.status IN ('failed', 'undelivered')
         GROUP BY m.error_code"
    )
    .bind(campaign.id)
    .bind(campaign.launched_at)
    .fetch_all(c)
    .await)
    .classify()?;
    Ok(rows
        .into_iter()
        .map(|(code, n)| {
            (
                code.map(|c| c.to_string()).unwrap_or_else(|| "none".into()),
                n,
            )
        })
        .collect())
}
