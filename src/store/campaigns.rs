//! Campaigns: one outreach to a school's families (all of them, or a random sample with its
//! seed recorded), and the funnel counts the report shows.

use std::collections::BTreeMap;

use serde::Serialize;

use super::families::Student;
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

// ---- The launch's set-based reads and writes (one query per batch, not per family) ----

/// A batch of a launch: the school's families with ids from `first` to `last` (the batch's
/// chosen families are among them).
#[derive(Debug, Clone, Copy)]
pub struct FamilyRange {
    pub school_id: i64,
    pub first: i64,
    pub last: i64,
}

/// The students of the range's families, by family then id (as `families::students`).
pub async fn students_in(tx: &mut Tx, range: FamilyRange) -> Result<Vec<Student>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT s.id, s.family_id, s.student_ref, s.name, s.teacher_id FROM students s
         JOIN families f ON f.id = s.family_id
         WHERE f.school_id = $1 AND f.id BETWEEN $2 AND $3 ORDER BY s.family_id, s.id"
    )
    .bind(range.school_id)
    .bind(range.first)
    .bind(range.last)
    .fetch_all(c)
    .await)
    .classify()
}

/// The range's families that opted out, or whose phone is on the opt-out list under its own
/// number, by id: `true` in the second place when the family itself opted out. (A forgotten
/// phone's opt-out is under a keyed hash: `opt_outs::is_opted_out` knows the key.)
pub async fn opted_out_in(tx: &mut Tx, range: FamilyRange) -> Result<Vec<(i64, bool)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT f.id, f.opted_out_at IS NOT NULL FROM families f
         WHERE f.school_id = $1 AND f.id BETWEEN $2 AND $3
           AND (f.opted_out_at IS NOT NULL
                OR EXISTS (SELECT 1 FROM phone_opt_outs p WHERE p.phone = f.phone))
         ORDER BY f.id"
    )
    .bind(range.school_id)
    .bind(range.first)
    .bind(range.last)
    .fetch_all(c)
    .await)
    .classify()
}

/// For each family of the range with an invitation: the campaign of its latest one (as
/// `invitations::latest_for_family` sees it), by family id.
pub async fn latest_campaigns_in(tx: &mut Tx, range: FamilyRange) -> Result<Vec<(i64, i64)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT i.family_id, MAX(i.campaign_id) FROM invitations i
         JOIN families f ON f.id = i.family_id
         WHERE f.school_id = $1 AND f.id BETWEEN $2 AND $3 GROUP BY i.family_id ORDER BY i.family_id"
    )
    .bind(range.school_id)
    .bind(range.first)
    .bind(range.last)
    .fetch_all(c)
    .await)
    .classify()
}

/// The school's time zone as stored (what `messages::enqueue` copies to each outbox row).
pub async fn school_timezone(tx: &mut Tx, school_id: i64) -> Result<Option<String>> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT timezone FROM schools WHERE id = $1"
    )
    .bind(school_id)
    .fetch_optional(c)
    .await)
    .classify()
}

/// One invitation of a launch, as the state machine left it after `Event::Launch`.
#[derive(Debug, Clone)]
pub struct NewInvitation {
    pub family_id: i64,
    /// `invited`, or `opted_out` for a phone on the opt-out list.
    pub state: &'static str,
    /// The offered slot ids, comma-separated (as `invitations::save` writes them).
    pub offer: String,
}

/// Rows per multi-row `INSERT` on SQLite (6,000 bound values at most, far below its limit).
const ROWS_PER_INSERT: usize = 500;

/// `(?, ?, …), (…)`: the placeholders of `rows` rows of `width` values each, for SQLite. They
/// are anonymous: sqlx looks up every bound value's name with `sqlite3_bind_parameter_name`,
/// which walks the statement's list of named parameters, so binding n numbered values (`$1`,
/// `$2`, …) costs O(n²) — 55% of a 100,000-family launch's CPU at 500 rows a statement
/// (benches/README.md); anonymous ones have no names to walk.
fn placeholders(rows: usize, width: usize) -> String {
    let one = format!("({})", vec!["?"; width].join(", "));
    vec![one; rows].join(", ")
}

/// Writes the invitations of one batch (the rows `invitations::create` then
/// `invitations::save` leave), skipping families already invited in the campaign. Returns the
/// families whose row was written.
///
/// On SQLite no row comes back from the `INSERT`s (sqlx hands every row between threads, which
/// cost a launch more than writing it): this transaction holds the one write lock, so the rows
/// it wrote are those with ids above the table's largest id before it, and they are read back
/// only if some family was skipped.
pub async fn insert_invitations(
    tx: &mut Tx,
    campaign_id: i64,
    rows: &[NewInvitation],
    now: i64,
) -> Result<Vec<i64>> {
    match tx {
        Tx::Sqlite(c) => {
            let before = largest_id(c, "invitations").await?;
            let mut count = 0;
            for chunk in rows.chunks(ROWS_PER_INSERT) {
                let sql = format!(
                    "INSERT INTO invitations (campaign_id, family_id, state, offer, invited_at, updated_at)
                     VALUES {} ON CONFLICT (campaign_id, family_id) DO NOTHING",
                    placeholders(chunk.len(), 6)
                );
                let mut query = sqlx::query(&sql);
                for row in chunk {
                    query = query
                        .bind(campaign_id)
                        .bind(row.family_id)
                        .bind(row.state)
                        .bind(&row.offer)
                        .bind(now)
                        .bind(now);
                }
                count += query.execute(&mut **c).await.classify()?.rows_affected();
            }
            if count == rows.len() as u64 {
                Ok(rows.iter().map(|r| r.family_id).collect())
            } else {
                sqlx::query_scalar("SELECT family_id FROM invitations WHERE id > $1")
                    .bind(before)
                    .fetch_all(&mut **c)
                    .await
                    .classify()
            }
        }
        // One statement for the batch: the columns go as arrays (a bound value each), which
        // PostgreSQL plans once, instead of six bound values a row.
        Tx::Postgres(c) => {
            let families: Vec<i64> = rows.iter().map(|r| r.family_id).collect();
            let states: Vec<&str> = rows.iter().map(|r| r.state).collect();
            let offers: Vec<&str> = rows.iter().map(|r| r.offer.as_str()).collect();
            sqlx::query_scalar(
                "INSERT INTO invitations (campaign_id, family_id, state, offer, invited_at, updated_at)
                 SELECT $1, f, s, o, $5, $5
                 FROM UNNEST($2::BIGINT[], $3::TEXT[], $4::TEXT[]) WITH ORDINALITY AS t(f, s, o, n)
                 ORDER BY n
                 ON CONFLICT (campaign_id, family_id) DO NOTHING
                 RETURNING family_id",
            )
            .bind(campaign_id)
            .bind(families)
            .bind(states)
            .bind(offers)
            .bind(now)
            .fetch_all(&mut **c)
            .await
            .classify()
        }
    }
}

/// The largest id in `table` (0 when it is empty), in a SQLite write transaction.
async fn largest_id(c: &mut sqlx::SqliteConnection, table: &str) -> Result<i64> {
    sqlx::query_scalar(&format!("SELECT COALESCE(MAX(id), 0) FROM {table}"))
        .fetch_one(c)
        .await
        .classify()
}

/// One family text of a launch, rendered.
#[derive(Debug, Clone)]
pub struct QueuedText {
    pub family_id: i64,
    pub phone: String,
    /// The text, or what the call says.
    pub body: String,
    pub segments: i64,
    /// A text, or a call (a family whose contact is voice, or whose phone takes no texts).
    pub channel: super::messages::Channel,
}

/// Queues a batch of family texts: for each, the `messages` row and the `outbox` row that
/// `messages::enqueue` writes (status `pending`, queued no earlier than `not_before`, with the
/// school's time zone), in the order given. The same columns as `messages::enqueue`: a change
/// to those tables' columns must change both (the journey tests read a launch's texts back
/// through the sender).
pub async fn queue_texts(
    tx: &mut Tx,
    school_id: i64,
    zone: Option<&str>,
    quiet_hours: Option<&str>,
    texts: &[QueuedText],
    not_before: i64,
    now: i64,
) -> Result<()> {
    match tx {
        // No row comes back (see `insert_invitations`): the messages this write transaction
        // adds are those above the largest id before it, and the queue rows are copied from
        // them, in id order, in one statement.
        Tx::Sqlite(c) => {
            let before = largest_id(c, "messages").await?;
            for chunk in texts.chunks(ROWS_PER_INSERT) {
                let sql = format!(
                    "INSERT INTO messages (direction, school_id, family_id, phone, body, status, segments, created_at, updated_at, channel) VALUES {}",
                    placeholders(chunk.len(), 10)
                );
                let mut query = sqlx::query(&sql);
                for text in chunk {
                    query = query
                        .bind("out")
                        .bind(school_id)
                        .bind(text.family_id)
                        .bind(&text.phone)
                        .bind(&text.body)
                        .bind("pending")
                        .bind(text.segments)
                        .bind(now)
                        .bind(now)
                        .bind(text.channel.name());
                }
                query.execute(&mut **c).await.classify()?;
            }
            sqlx::query(
                "INSERT INTO outbox (message_id, phone, state, not_before, created_at, zone, quiet_hours)
                 SELECT id, phone, 'queued', $1, $2, $3, $4 FROM messages WHERE id > $5 ORDER BY id",
            )
            .bind(not_before)
            .bind(now)
            .bind(zone)
            .bind(quiet_hours)
            .bind(before)
            .execute(&mut **c)
            .await
            .classify()?;
        }
        // One statement for the batch's messages and their queue rows, the columns as arrays
        // (as `insert_invitations`); no row comes back.
        Tx::Postgres(c) => {
            let families: Vec<i64> = texts.iter().map(|t| t.family_id).collect();
            let phones: Vec<&str> = texts.iter().map(|t| t.phone.as_str()).collect();
            let bodies: Vec<&str> = texts.iter().map(|t| t.body.as_str()).collect();
            let segments: Vec<i64> = texts.iter().map(|t| t.segments).collect();
            let channels: Vec<&str> = texts.iter().map(|t| t.channel.name()).collect();
            sqlx::query(
                "WITH m AS (
                     INSERT INTO messages (direction, school_id, family_id, phone, body, status, segments, created_at, updated_at, channel)
                     SELECT 'out', $1, f, p, b, 'pending', s, $7, $7, ch
                     FROM UNNEST($2::BIGINT[], $3::TEXT[], $4::TEXT[], $5::BIGINT[], $6::TEXT[])
                          WITH ORDINALITY AS t(f, p, b, s, ch, n)
                     ORDER BY n
                     RETURNING id, phone
                 )
                 INSERT INTO outbox (message_id, phone, state, not_before, created_at, zone, quiet_hours)
                 SELECT id, phone, 'queued', $8, $7, $9, $10 FROM m ORDER BY id",
            )
            .bind(school_id)
            .bind(families)
            .bind(phones)
            .bind(bodies)
            .bind(segments)
            .bind(channels)
            .bind(now)
            .bind(not_before)
            .bind(zone)
            .bind(quiet_hours)
            .execute(&mut **c)
            .await
            .classify()?;
        }
    }
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

/// The families whose visit in campaign `first` was completed, with the pair who came:
/// family id, the pair's educator ids and names (in the slot's order).
pub async fn completed_visits_of(
    tx: &mut Tx,
    first: i64,
) -> Result<Vec<(i64, i64, i64, String, String)>> {
    on_tx!(tx, |c| sqlx::query_as(
        "SELECT v.family_id, s.educator_1, s.educator_2, e1.name, e2.name
         FROM visits v
         JOIN invitations i ON i.id = v.invitation_id
         JOIN slots s ON s.id = v.slot_id
         JOIN educators e1 ON e1.id = s.educator_1
         JOIN educators e2 ON e2.id = s.educator_2
         WHERE i.campaign_id = $1 AND v.state = 'completed'
         ORDER BY v.family_id, v.id"
    )
    .bind(first)
    .fetch_all(c)
    .await)
    .classify()
}

/// Marks `campaign_id` as the second visit of `first`.
pub async fn set_second_visit_of(tx: &mut Tx, campaign_id: i64, first: i64) -> Result<()> {
    crate::execute!(
        tx,
        "UPDATE campaigns SET second_visit_of = $1 WHERE id = $2",
        first,
        campaign_id
    )?;
    Ok(())
}

/// Of the families whose visit in `first` was completed, how many have a booked or completed
/// visit in a campaign launched as its second visit.
pub async fn second_visits_of(tx: &mut Tx, first: i64) -> Result<i64> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT COUNT(DISTINCT v1.family_id)
         FROM visits v1 JOIN invitations i1 ON i1.id = v1.invitation_id
         WHERE i1.campaign_id = $1 AND v1.state = 'completed'
           AND EXISTS (SELECT 1 FROM visits v2
                       JOIN invitations i2 ON i2.id = v2.invitation_id
                       JOIN campaigns c2 ON c2.id = i2.campaign_id
                       WHERE c2.second_visit_of = $1 AND v2.family_id = v1.family_id
                         AND v2.state IN ('booked', 'completed'))"
    )
    .bind(first)
    .fetch_one(c)
    .await)
    .classify()
}

/// The campaign `id` is the second visit of, if it is one.
pub async fn second_visit_of(tx: &mut Tx, id: i64) -> Result<Option<i64>> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT second_visit_of FROM campaigns WHERE id = $1"
    )
    .bind(id)
    .fetch_one(c)
    .await)
    .classify()
}
