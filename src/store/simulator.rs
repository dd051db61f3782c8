//! The simulated provider's message log (`sim_messages`): what each simulated phone received
//! and sent, as the provider would see it. homevisit's own records stay in `messages`.

use std::collections::BTreeMap;

use serde::Serialize;

use super::{Classify, Db, Result, Tx};
use crate::{on_pool, on_tx};

pub use crate::provider::simulated::{FROM_PHONE, TO_PHONE};
use crate::provider::simulated::{PhoneStore, StoreFuture};

impl PhoneStore for Db {
    fn insert<'a>(
        &'a self,
        phone: &'a str,
        direction: &'static str,
        body: &'a str,
        sid: &'a str,
        status: &'a str,
        at: i64,
    ) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            insert(self, phone, direction, body, sid, status, at)
                .await
                .map(|_| ())
                .map_err(|e| e.to_string())
        })
    }

    fn set_status<'a>(&'a self, sid: &'a str, status: &'a str) -> StoreFuture<'a, ()> {
        Box::pin(async move {
            set_status(self, sid, status)
                .await
                .map_err(|e| e.to_string())
        })
    }

    fn find<'a>(
        &'a self,
        phone: &'a str,
        body: &'a str,
        since: i64,
    ) -> StoreFuture<'a, Option<(String, String)>> {
        Box::pin(async move {
            on_pool!(self, |c| sqlx::query_as(
                "SELECT sid, status FROM sim_messages
                 WHERE phone = $1 AND direction = $2 AND body = $3 AND created_at >= $4
                 ORDER BY id DESC LIMIT 1"
            )
            .bind(phone)
            .bind(TO_PHONE)
            .bind(body)
            .bind(since)
            .fetch_optional(c)
            .await)
            .map_err(|e| e.to_string())
        })
    }
}

#[derive(Debug, Clone, Serialize, sqlx::FromRow)]
pub struct SimMessage {
    pub id: i64,
    pub phone: String,
    pub direction: String,
    pub body: String,
    pub sid: String,
    pub status: String,
    pub created_at: i64,
}

/// Someone with a phone the simulator shows: a family or an educator.
#[derive(Debug, Clone, sqlx::FromRow)]
pub struct Person {
    /// `family` or `educator`.
    pub kind: String,
    pub name: String,
    pub phone: String,
    /// A BCP 47 tag (an educator's first language).
    pub language: String,
    /// `sms` or `voice` for families; for educators their role (`educator`, `interpreter`).
    pub contact: String,
    /// The students' names, comma-separated (families), or the languages, `;`-separated
    /// (educators).
    pub detail: String,
    /// An educator's calendar feed token.
    pub calendar_token: Option<String>,
}

/// Records a text on the simulated phone `phone`; returns its id.
pub async fn insert(
    db: &Db,
    phone: &str,
    direction: &str,
    body: &str,
    sid: &str,
    status: &str,
    now: i64,
) -> Result<i64> {
    on_pool!(db, |c| sqlx::query_scalar(
        "INSERT INTO sim_messages (phone, direction, body, sid, status, created_at)
         VALUES ($1, $2, $3, $4, $5, $6) RETURNING id"
    )
    .bind(phone)
    .bind(direction)
    .bind(body)
    .bind(sid)
    .bind(status)
    .bind(now)
    .fetch_one(c)
    .await)
    .classify()
}

/// Moves a message to `status` (the simulated carrier's delivery report).
pub async fn set_status(db: &Db, sid: &str, status: &str) -> Result<()> {
    on_pool!(db, |c| sqlx::query(
        "UPDATE sim_messages SET status = $1 WHERE sid = $2"
    )
    .bind(status)
    .bind(sid)
    .execute(c)
    .await
    .map(|done| done.rows_affected()))
    .classify()?;
    Ok(())
}

/// Messages with ids in `after+1..=until`, oldest first (at most `limit`).
pub async fn since(db: &Db, after: i64, until: i64, limit: i64) -> Result<Vec<SimMessage>> {
    on_pool!(db, |c| sqlx::query_as(
        "SELECT id, phone, direction, body, sid, status, created_at FROM sim_messages
         WHERE id > $1 AND id <= $2 ORDER BY id LIMIT $3"
    )
    .bind(after)
    .bind(until)
    .bind(limit)
    .fetch_all(c)
    .await)
    .classify()
}

/// Everyone with a phone, families first, then educators, each in import order.
pub async fn people(tx: &mut Tx) -> Result<Vec<Person>> {
    let families: Vec<(i64, String, String, String, String)> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, guardian, phone, language, contact FROM families ORDER BY id"
    )
    .fetch_all(c)
    .await)
    .classify()?;
    let students: Vec<(i64, String)> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT family_id, name FROM students ORDER BY id"
    )
    .fetch_all(c)
    .await)
    .classify()?;
    let educators: Vec<Person> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT 'educator' AS kind, name, phone, languages AS language, role AS contact,
                languages AS detail, calendar_token
         FROM educators ORDER BY id"
    )
    .fetch_all(c)
    .await)
    .classify()?;
    let mut names: BTreeMap<i64, Vec<String>> = BTreeMap::new();
    for (family, name) in students {
        names.entry(family).or_default().push(name);
    }
    let families = families
        .into_iter()
        .map(|(id, guardian, phone, language, contact)| Person {
            kind: "family".into(),
            name: guardian,
            phone,
            language,
            contact,
            detail: names.remove(&id).unwrap_or_default().join(", "),
            calendar_token: None,
        });
    Ok(families.chain(educators).collect())
}

/// Whether `phone` belongs to anyone the simulator shows.
pub async fn knows(tx: &mut Tx, phone: &str) -> Result<bool> {
    let n: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM families WHERE phone = $1)
              + (SELECT COUNT(*) FROM educators WHERE phone = $1)"
    )
    .bind(phone)
    .fetch_one(c)
    .await)
    .classify()?;
    Ok(n > 0)
}
