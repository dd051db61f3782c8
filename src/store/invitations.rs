//! Invitations: one family's conversation within one campaign, saved and loaded as the state
//! machine's [`Conversation`], and the open slots a family may be offered.

use std::collections::HashMap;

use chrono::{DateTime, Utc};

use super::{Classify, Result, StoreError, Tx};
use crate::conversation::machine::{Booking, Conversation, State};
use crate::conversation::messages::SlotOption;
use crate::domain::LanguageTag;
use crate::{execute, on_tx};

/// Slots starting sooner than this are not offered: a visit is an appointment, with notice.
pub use crate::conversation::machine::MIN_NOTICE_SECONDS;

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Invitation {
    pub id: i64,
    pub campaign_id: i64,
    pub family_id: i64,
    pub state: String,
    pub offer: String,
    pub place: Option<String>,
    pub awaiting_place: bool,
    pub invited_at: i64,
    pub followed_up_at: Option<i64>,
    pub handed_off_at: Option<i64>,
}

const COLUMNS: &str = "id, campaign_id, family_id, state, offer, place, awaiting_place, invited_at, followed_up_at, handed_off_at";

/// A slot with its pair's names and languages, as read for offers.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct SlotDetail {
    pub id: i64,
    pub start_at: i64,
    pub minutes: i64,
    pub location: Option<String>,
    pub educator_1: i64,
    pub educator_2: i64,
    pub name_1: String,
    pub name_2: String,
    pub languages_1: String,
    pub languages_2: String,
}

impl SlotDetail {
    pub fn option(&self) -> SlotOption {
        SlotOption {
            slot_id: self.id,
            start: DateTime::from_timestamp(self.start_at, 0).unwrap_or_default(),
            minutes: self.minutes,
            educators: [self.name_1.clone(), self.name_2.clone()],
            location: self.location.clone(),
        }
    }

    pub fn speaks(&self, language: &LanguageTag) -> bool {
        [&self.languages_1, &self.languages_2]
            .iter()
            .flat_map(|l| l.split(';'))
            .filter_map(|l| LanguageTag::parse(l).ok())
            .any(|l| l.understands(language))
    }
}

const SLOT_DETAIL_COLUMNS: &str =
    "SELECT s.id, s.start_at, s.minutes, s.location, s.educator_1, s.educator_2,
        a.name AS name_1, b.name AS name_2, a.languages AS languages_1, b.languages AS languages_2";
const SLOT_DETAIL_FROM: &str =
    "FROM slots s JOIN educators a ON a.id = s.educator_1 JOIN educators b ON b.id = s.educator_2";

/// A slot a conversation names: offered, or the booked visit's (`booked`).
#[derive(sqlx::FromRow)]
struct ConversationSlot {
    #[sqlx(flatten)]
    detail: SlotDetail,
    booked: bool,
}

pub async fn slot(tx: &mut Tx, slot_id: i64) -> Result<SlotDetail> {
    let sql = format!("{SLOT_DETAIL_COLUMNS} {SLOT_DETAIL_FROM} WHERE s.id = $1");
    let found: Option<SlotDetail> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(slot_id)
        .fetch_optional(c)
        .await)
    .classify()?;
    found.ok_or_else(|| StoreError::NotFound(format!("slot {slot_id}")))
}

/// An open slot with its pair's languages decoded once (not on every comparison).
#[derive(Debug, Clone)]
pub struct OpenSlot {
    pub detail: SlotDetail,
    /// Every language either educator speaks (unparsable entries dropped, as before).
    pub languages: Vec<LanguageTag>,
}

impl OpenSlot {
    fn decode(detail: SlotDetail) -> OpenSlot {
        let languages = [&detail.languages_1, &detail.languages_2]
            .iter()
            .flat_map(|l| l.split(';'))
            .filter_map(|l| LanguageTag::parse(l).ok())
            .collect();
        OpenSlot { detail, languages }
    }

    /// Whether one of the pair speaks `language` (as [`SlotDetail::speaks`]).
    pub fn speaks(&self, language: &LanguageTag) -> bool {
        self.languages.iter().any(|l| l.understands(language))
    }

    /// Whether one of the pair teaches one of `teachers`.
    pub fn has_teacher(&self, teachers: &[i64]) -> bool {
        teachers.contains(&self.detail.educator_1) || teachers.contains(&self.detail.educator_2)
    }
}

/// The slots of a school that are open now (start with enough notice, no visit, neither
/// educator busy then, plus the travel buffer), earliest first, decoded once.
pub async fn open_slots(
    tx: &mut Tx,
    school_id: i64,
    buffer_minutes: i64,
    now: DateTime<Utc>,
) -> Result<Vec<OpenSlot>> {
    // Every open slot comes back in one row, as a JSON array of arrays: a school has hundreds
    // of open slots, and each row of a result costs the driver a handoff between threads
    // (measured in benches/README.md), which made this query most of a reply's cost. The
    // educators' busy times come back in the same row and are checked here: asked per slot in
    // SQL (two index searches, each reading every earlier busy time of the educator), they made
    // this query four times as slow (benches/README.md).
    let aggregate = match tx {
        Tx::Sqlite(_) => "COALESCE(json_group_array(json_array({})), '[]')",
        Tx::Postgres(_) => "COALESCE(json_agg(json_build_array({}))::text, '[]')",
    };
    let slots_of = aggregate.replace(
        "{}",
        "s.id, s.start_at, s.minutes, s.location, s.educator_1, s.educator_2, \
         a.name, b.name, a.languages, b.languages",
    );
    let busy_of = aggregate.replace("{}", "ve.educator_id, ve.busy_from, ve.busy_until");
    let sql = format!(
        "SELECT
           (SELECT {slots_of}
            FROM slots s JOIN educators a ON a.id = s.educator_1 JOIN educators b ON b.id = s.educator_2
            WHERE s.school_id = $1 AND s.start_at >= $2
              AND NOT EXISTS (SELECT 1 FROM visits v WHERE v.slot_id = s.id AND v.state <> 'cancelled')),
           (SELECT {busy_of}
            FROM visit_educators ve JOIN educators e ON e.id = ve.educator_id
            WHERE e.school_id = $1 AND ve.active AND ve.busy_until > $2)"
    );
    let (json, busy): (String, String) = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(school_id)
        .bind(now.timestamp() + MIN_NOTICE_SECONDS)
        .fetch_one(c)
        .await)
    .classify()?;
    // Each educator's busy times (neither educator of an open slot may be busy from its start
    // to its end plus the travel buffer).
    let busy: Vec<(i64, i64, i64)> =
        serde_json::from_str(&busy).map_err(|e| StoreError::Invalid(format!("busy times: {e}")))?;
    let mut busy_times: HashMap<i64, Vec<(i64, i64)>> = HashMap::new();
    for (educator, from, until) in busy {
        busy_times.entry(educator).or_default().push((from, until));
    }
    let buffer = buffer_minutes * 60;
    let free = |educator: i64, start: i64, end: i64| {
        busy_times.get(&educator).is_none_or(|times| {
            !times
                .iter()
                .any(|&(from, until)| from < end && start < until)
        })
    };
    type Row = (
        i64,
        i64,
        i64,
        Option<String>,
        i64,
        i64,
        String,
        String,
        String,
        String,
    );
    let rows: Vec<Row> =
        serde_json::from_str(&json).map_err(|e| StoreError::Invalid(format!("open slots: {e}")))?;
    let mut slots: Vec<SlotDetail> = rows
        .into_iter()
        .map(|r| SlotDetail {
            id: r.0,
            start_at: r.1,
            minutes: r.2,
            location: r.3,
            educator_1: r.4,
            educator_2: r.5,
            name_1: r.6,
            name_2: r.7,
            languages_1: r.8,
            languages_2: r.9,
        })
        .filter(|s: &SlotDetail| {
            let end = s.start_at + s.minutes * 60 + buffer;
            free(s.educator_1, s.start_at, end) && free(s.educator_2, s.start_at, end)
        })
        .collect();
    // Neither aggregate promises an order: earliest first, as the ranking expects.
    slots.sort_by_key(|s| (s.start_at, s.id));
    Ok(slots.into_iter().map(OpenSlot::decode).collect())
}

/// How well a slot suits a family: 0, a pair with one of the family's children's teachers;
/// 1, a pair that speaks the family's language; 2, the rest.
pub fn rank(slot: &OpenSlot, teachers: &[i64], language: &LanguageTag) -> u8 {
    if slot.has_teacher(teachers) {
        0
    } else if slot.speaks(language) {
        1
    } else {
        2
    }
}

/// `slots` (as [`open_slots`] gives them) best first for one family: by [`rank`], then
/// earliest, then by id.
pub fn ranked(slots: &[OpenSlot], teachers: &[i64], language: &LanguageTag) -> Vec<SlotOption> {
    let mut ranked: Vec<(u8, &SlotDetail)> = slots
        .iter()
        .map(|s| (rank(s, teachers, language), &s.detail))
        .collect();
    ranked.sort_by_key(|(rank, s)| (*rank, s.start_at, s.id));
    ranked.into_iter().map(|(_, s)| s.option()).collect()
}

/// The slots of a school a family may be offered now, best first: a pair with one of the
/// family's children's teachers, then a pair that speaks the family's language, then the rest;
/// earliest first within each. A slot is open when it starts with enough notice, has no visit,
/// and neither educator is busy then (another visit, plus the travel buffer).
pub async fn open_options(
    tx: &mut Tx,
    school_id: i64,
    family_id: i64,
    language: &LanguageTag,
    buffer_minutes: i64,
    now: DateTime<Utc>,
) -> Result<Vec<SlotOption>> {
    let slots = open_slots(tx, school_id, buffer_minutes, now).await?;
    let teachers: Vec<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT teacher_id FROM students WHERE family_id = $1 AND teacher_id IS NOT NULL"
    )
    .bind(family_id)
    .fetch_all(c)
    .await)
    .classify()?;
    Ok(ranked(&slots, &teachers, language))
}

/// Creates the invitation (state `invited`, nothing offered yet); `None` if the family
/// already has one in this campaign.
pub async fn create(
    tx: &mut Tx,
    campaign_id: i64,
    family_id: i64,
    now: DateTime<Utc>,
) -> Result<Option<i64>> {
    on_tx!(tx, |c| sqlx::query_scalar(
        "INSERT INTO invitations (campaign_id, family_id, state, invited_at, updated_at)
         VALUES ($1, $2, 'invited', $3, $3)
         ON CONFLICT (campaign_id, family_id) DO NOTHING
         RETURNING id"
    )
    .bind(campaign_id)
    .bind(family_id)
    .bind(now.timestamp())
    .fetch_optional(c)
    .await)
    .classify()
}

/// The family's invitation in their most recent campaign.
pub async fn latest_for_family(tx: &mut Tx, family_id: i64) -> Result<Option<Invitation>> {
    let sql = format!(
        "SELECT {COLUMNS} FROM invitations WHERE family_id = $1 ORDER BY campaign_id DESC LIMIT 1"
    );
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(family_id)
        .fetch_optional(c)
        .await)
    .classify()
}

pub async fn by_id(tx: &mut Tx, id: i64) -> Result<Invitation> {
    let sql = format!("SELECT {COLUMNS} FROM invitations WHERE id = $1");
    let found: Option<Invitation> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()?;
    found.ok_or_else(|| StoreError::NotFound(format!("invitation {id}")))
}

/// Reads an invitation and holds it until the transaction ends (`FOR UPDATE` on PostgreSQL;
/// SQLite's write transaction already excludes every other writer), so two texts from one
/// family — a "2" racing a STOP — are applied one after the other, each to the other's result.
pub async fn lock(tx: &mut Tx, id: i64) -> Result<Invitation> {
    let lock = match tx {
        Tx::Postgres(_) => " FOR UPDATE",
        Tx::Sqlite(_) => "",
    };
    let sql = format!("SELECT {COLUMNS} FROM invitations WHERE id = $1{lock}");
    let found: Option<Invitation> = on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(id)
        .fetch_optional(c)
        .await)
    .classify()?;
    found.ok_or_else(|| StoreError::NotFound(format!("invitation {id}")))
}

/// The invitation as the state machine sees it: offered slot ids resolved to options, and the
/// booked visit, if any.
pub async fn conversation(tx: &mut Tx, invitation: &Invitation) -> Result<Conversation> {
    let ids: Vec<i64> = invitation
        .offer
        .split(',')
        .filter_map(|s| s.trim().parse::<i64>().ok())
        .collect();
    // One query for every offered slot and the booked visit's slot (a reply is a handful of
    // queries, each a round trip to the database's thread); a slot removed from the roster
    // since it was offered is no longer an option.
    const BOOKED: &str = "(SELECT slot_id FROM visits WHERE invitation_id = $1 AND state = 'booked'
                           ORDER BY id DESC LIMIT 1)";
    let offered: Vec<String> = (2..ids.len() + 2).map(|i| format!("${i}")).collect();
    let wanted = match offered.is_empty() {
        true => format!("s.id = {BOOKED}"),
        false => format!("s.id IN ({}) OR s.id = {BOOKED}", offered.join(", ")),
    };
    let sql = format!(
        "{}, COALESCE(s.id = {BOOKED}, FALSE) AS booked {} WHERE {wanted}",
        SLOT_DETAIL_COLUMNS, SLOT_DETAIL_FROM
    );
    let found: Vec<ConversationSlot> = on_tx!(tx, |c| {
        let mut query = sqlx::query_as(&sql).bind(invitation.id);
        for id in &ids {
            query = query.bind(*id);
        }
        query.fetch_all(c).await
    })
    .classify()?;
    let offer: Vec<SlotOption> = ids
        .iter()
        .filter_map(|id| found.iter().find(|d| d.detail.id == *id))
        .map(|s| s.detail.option())
        .collect();
    let booking = found.iter().find(|s| s.booked).map(|s| Booking {
        option: s.detail.option(),
    });
    Ok(Conversation {
        state: State::parse(&invitation.state).ok_or_else(|| {
            StoreError::Invalid(format!(
                "invitation {} has an unknown state {:?}",
                invitation.id, invitation.state
            ))
        })?,
        offer,
        booking,
        place: invitation.place.clone(),
        awaiting_place: invitation.awaiting_place,
        followed_up: invitation.followed_up_at.is_some(),
        handed_off: invitation.handed_off_at.is_some(),
    })
}

/// Saves what the state machine decided. `replied`: the step answered the family's own
/// reply (a text or a key), so the invitation's first reply time is set if it was not (for
/// the report) — in the same statement, one round trip less per reply.
pub async fn save(
    tx: &mut Tx,
    invitation_id: i64,
    conv: &Conversation,
    now: DateTime<Utc>,
    replied: bool,
) -> Result<()> {
    let offer = conv
        .offer
        .iter()
        .map(|o| o.slot_id.to_string())
        .collect::<Vec<_>>()
        .join(",");
    let now = now.timestamp();
    execute!(
        tx,
        "UPDATE invitations SET state = $1, offer = $2, place = $3, awaiting_place = $4,
             followed_up_at = CASE WHEN $5 THEN COALESCE(followed_up_at, $7) ELSE NULL END,
             handed_off_at = CASE WHEN $6 THEN COALESCE(handed_off_at, $7) ELSE NULL END,
             replied_at = CASE WHEN $9 THEN COALESCE(replied_at, $7) ELSE replied_at END,
             updated_at = $7
         WHERE id = $8",
        conv.state.as_str(),
        &offer,
        &conv.place,
        conv.awaiting_place,
        conv.followed_up,
        conv.handed_off,
        now,
        invitation_id,
        replied
    )?;
    Ok(())
}

/// Invitations still waiting for a first answer since before `invited_before`, with no
/// follow-up yet, locked for this transaction (PostgreSQL skips rows another process holds).
pub async fn awaiting_follow_up(
    tx: &mut Tx,
    invited_before: DateTime<Utc>,
) -> Result<Vec<Invitation>> {
    let base = format!(
        "SELECT {COLUMNS} FROM invitations
         WHERE state IN ('invited', 'clarifying') AND followed_up_at IS NULL AND replied_at IS NULL
           AND invited_at <= $1 AND offer <> ''
         ORDER BY id LIMIT 200"
    );
    let sql = match tx {
        Tx::Postgres(_) => format!("{base} FOR UPDATE SKIP LOCKED"),
        Tx::Sqlite(_) => base,
    };
    on_tx!(tx, |c| sqlx::query_as(&sql)
        .bind(invited_before.timestamp())
        .fetch_all(c)
        .await)
    .classify()
}

/// Records that the follow-up moment passed (even when there was nothing to offer), so it is
/// considered once.
pub async fn mark_followed_up(tx: &mut Tx, invitation_id: i64, now: DateTime<Utc>) -> Result<()> {
    execute!(
        tx,
        "UPDATE invitations SET followed_up_at = COALESCE(followed_up_at, $1) WHERE id = $2",
        now.timestamp(),
        invitation_id
    )?;
    Ok(())
}
