//! Families' data on request and over time: erasing a family or an educator (`forget`),
//! erasing the words of old texts (retention), and everything held about a phone (`export`).
//!
//! Erasing keeps the facts and the counts: the family's row, invitations and visits stay,
//! anonymous (no name, no phone, no words), so every report adds up as before. An opt-out
//! survives as a keyed hash of the phone (HMAC-SHA1 with a key made once per database), so the
//! number, if imported again, is still never texted.

use base64::Engine;
use hmac::{Hmac, Mac};
use serde::Serialize;

use super::{Classify, Result, StoreError, Tx};
use crate::{execute, on_tx};

/// What an erased name reads as (an erased child reads "(erased N)").
pub const ERASED: &str = "(erased)";

/// The keyed hash a forgotten phone's opt-out is kept under (`hmac:` + base64url).
pub async fn phone_key(tx: &mut Tx, phone: &str) -> Result<String> {
    let key: Option<String> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT value FROM settings WHERE key = 'erasure_key'"
    )
    .fetch_optional(c)
    .await)
    .classify()?;
    let key = key.ok_or_else(|| StoreError::NotFound("the erasure key (migration 0008)".into()))?;
    let mut mac = <Hmac<sha1::Sha1>>::new_from_slice(key.as_bytes())
        .map_err(|e| StoreError::Check(e.to_string()))?;
    mac.update(phone.as_bytes());
    let digest = mac.finalize().into_bytes();
    Ok(format!(
        "hmac:{}",
        base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(digest)
    ))
}

/// What one erasure removed (for the log and the operator; never the phone).
#[derive(Debug, Default, Clone, PartialEq, Eq, Serialize)]
pub struct Erased {
    pub families: u64,
    pub students: u64,
    pub educators: u64,
    pub messages: u64,
}

/// Erases everyone with `phone` (in `school_id`, or in every school): families with their
/// students, educators, the words of every text to and from the phone, places they named, and
/// the phone itself; an opt-out is re-keyed to the phone's hash. Logged in `erasures`.
pub async fn forget(tx: &mut Tx, phone: &str, school_id: Option<i64>, now: i64) -> Result<Erased> {
    let mut erased = Erased::default();
    let families: Vec<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT id FROM families WHERE phone = $1 AND ($2 IS NULL OR school_id = $2)"
    )
    .bind(phone)
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()?;
    let educators: Vec<i64> = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT id FROM educators WHERE phone = $1 AND ($2 IS NULL OR school_id = $2)"
    )
    .bind(phone)
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()?;
    for id in &families {
        // Texts about the family name them (the pair's confirmations and reminders; the
        // simulator's copies): the guardian's full name anywhere, the children's names in
        // texts to educators. An unrelated text naming another child of the same first name
        // loses its words too: erring that way keeps no trace of this family.
        let (guardian,): (String,) = on_tx!(tx, |c| sqlx::query_as(
            "SELECT guardian FROM families WHERE id = $1"
        )
        .bind(id)
        .fetch_one(c)
        .await)
        .classify()?;
        let children: Vec<String> = on_tx!(tx, |c| sqlx::query_scalar(
            "SELECT name FROM students WHERE family_id = $1"
        )
        .bind(id)
        .fetch_all(c)
        .await)
        .classify()?;
        let mut names: Vec<(String, &str)> = vec![(guardian.clone(), "TRUE")];
        for child in &children {
            names.push((child.clone(), "educator_id IS NOT NULL"));
            if let Some(first) = child.split_whitespace().next() {
                names.push((first.to_string(), "educator_id IS NOT NULL"));
            }
        }
        for (name, scope) in names.iter().filter(|(n, _)| n.chars().count() >= 2) {
            let pattern = format!("%{name}%");
            let filter = format!("{scope} AND body LIKE $1");
            erased.messages += erase_words(tx, &filter, pattern.clone(), now).await?;
            execute!(tx, "DELETE FROM sim_messages WHERE body LIKE $1", pattern)?;
        }
        // Each erased child keeps a distinct placeholder (one name per family is unique).
        erased.students += execute!(
            tx,
            "UPDATE students SET name = '(erased ' || CAST(id AS TEXT) || ')', student_ref = NULL
             WHERE family_id = $1",
            id
        )?;
        erased.families += execute!(
            tx,
            "UPDATE families SET guardian = $1, phone = $2 WHERE id = $3",
            ERASED,
            format!("erased:{id}"),
            id
        )?;
        execute!(
            tx,
            "UPDATE visits SET place = NULL WHERE family_id = $1",
            id
        )?;
        // The pair's reflections are words about the family.
        execute!(
            tx,
            "UPDATE reflections SET words = NULL, words_erased_at = $1
             WHERE visit_id IN (SELECT id FROM visits WHERE family_id = $2)",
            now,
            id
        )?;
        execute!(
            tx,
            "UPDATE invitations SET place = NULL WHERE family_id = $1",
            id
        )?;
        erased.messages += erase_words(tx, "family_id = $1", id, now).await?;
    }
    for id in &educators {
        let (name,): (String,) = on_tx!(tx, |c| sqlx::query_as(
            "SELECT name FROM educators WHERE id = $1"
        )
        .bind(id)
        .fetch_one(c)
        .await)
        .classify()?;
        if name.chars().count() >= 2 {
            let pattern = format!("%{name}%");
            erased.messages += erase_words(tx, "body LIKE $1", pattern.clone(), now).await?;
            execute!(tx, "DELETE FROM sim_messages WHERE body LIKE $1", pattern)?;
        }
        erased.educators += execute!(
            tx,
            "UPDATE educators SET name = $1, phone = $2, email = NULL, calendar_token = $3 WHERE id = $4",
            ERASED,
            format!("erased:{id}"),
            super::random_token(24),
            id
        )?;
        erased.messages += erase_words(tx, "educator_id = $1", id, now).await?;
    }
    // Texts with this phone that no row claims (an unknown sender, a STOP before import).
    let everywhere = school_id.is_none() || families.len() + educators.len() > 0;
    if everywhere {
        erased.messages += erase_words(tx, "phone = $1", phone.to_string(), now).await?;
        execute!(tx, "DELETE FROM unknown_senders WHERE phone = $1", phone)?;
        execute!(tx, "DELETE FROM sim_messages WHERE phone = $1", phone)?;
    }
    // The outbox and messages keep no phone once it is erased everywhere it was known.
    let still_known: i64 = on_tx!(tx, |c| sqlx::query_scalar(
        "SELECT (SELECT COUNT(*) FROM families WHERE phone = $1) + (SELECT COUNT(*) FROM educators WHERE phone = $1)"
    )
    .bind(phone)
    .fetch_one(c)
    .await)
    .classify()?;
    if still_known == 0 {
        execute!(
            tx,
            "UPDATE outbox SET state = CASE WHEN state = 'queued' THEN 'cancelled' ELSE state END,
                 phone = 'erased' WHERE phone = $1",
            phone
        )?;
        execute!(
            tx,
            "UPDATE messages SET phone = 'erased' WHERE phone = $1",
            phone
        )?;
        let hashed = phone_key(tx, phone).await?;
        execute!(
            tx,
            "UPDATE phone_opt_outs SET phone = $1 WHERE phone = $2
                 AND NOT EXISTS (SELECT 1 FROM phone_opt_outs WHERE phone = $1)",
            hashed.clone(),
            phone
        )?;
        execute!(tx, "DELETE FROM phone_opt_outs WHERE phone = $1", phone)?;
    }
    let what = format!(
        "{} families ({} students), {} educators, the words of {} texts",
        erased.families, erased.students, erased.educators, erased.messages
    );
    execute!(
        tx,
        "INSERT INTO erasures (erased_at, what) VALUES ($1, $2)",
        now,
        what
    )?;
    Ok(erased)
}

async fn erase_words<T>(tx: &mut Tx, filter: &str, value: T, now: i64) -> Result<u64>
where
    T: for<'q> sqlx::Encode<'q, sqlx::Sqlite>
        + for<'q> sqlx::Encode<'q, sqlx::Postgres>
        + sqlx::Type<sqlx::Sqlite>
        + sqlx::Type<sqlx::Postgres>
        + Send
        + Clone,
{
    let sql = format!(
        "UPDATE messages SET body = '', words_erased_at = $2
         WHERE {filter} AND (body <> '' OR words_erased_at IS NULL)"
    );
    on_tx!(tx, |c| sqlx::query(&sql)
        .bind(value.clone())
        .bind(now)
        .execute(c)
        .await
        .map(|done| done.rows_affected()))
    .classify()
}

/// Erases the words of texts created before `before` (epoch seconds): retention. The texts'
/// facts (direction, time, status, the intent they were read as) stay. Returns how many.
pub async fn erase_words_before(tx: &mut Tx, before: i64, now: i64) -> Result<u64> {
    execute!(
        tx,
        "UPDATE reflections SET words = NULL, words_erased_at = $1
         WHERE answered_at < $2 AND words IS NOT NULL",
        now,
        before
    )?;
    execute!(
        tx,
        "UPDATE messages SET body = '', words_erased_at = $1
         WHERE created_at < $2 AND words_erased_at IS NULL",
        now,
        before
    )
}

/// A family as `export` reads it: id, guardian, language, contact, opted out, opted in, created.
type FamilyRow = (i64, String, String, String, Option<i64>, Option<i64>, i64);

/// Everything held about the people with `phone` in one school, as JSON (what a parent may
/// ask to see).
pub async fn export(tx: &mut Tx, phone: &str, school_id: i64) -> Result<serde_json::Value> {
    use serde_json::json;
    let families: Vec<FamilyRow> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT id, guardian, language, contact, opted_out_at, opted_in_at, created_at
             FROM families WHERE phone = $1 AND school_id = $2"
    )
    .bind(phone)
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()?;
    let mut people = Vec::new();
    for (id, guardian, language, contact, opted_out_at, opted_in_at, created_at) in families {
        let students: Vec<(String, Option<String>)> = on_tx!(tx, |c| sqlx::query_as(
            "SELECT name, student_ref FROM students WHERE family_id = $1 ORDER BY id"
        )
        .bind(id)
        .fetch_all(c)
        .await)
        .classify()?;
        let invitations: Vec<(String, String, i64, Option<String>)> =
            on_tx!(tx, |c| sqlx::query_as(
                "SELECT c.name, i.state, i.invited_at, i.place FROM invitations i
             JOIN campaigns c ON c.id = i.campaign_id WHERE i.family_id = $1 ORDER BY i.id"
            )
            .bind(id)
            .fetch_all(c)
            .await)
            .classify()?;
        let visits: Vec<(i64, i64, String, Option<String>, String, String)> =
            on_tx!(tx, |c| sqlx::query_as(
                "SELECT s.start_at, s.minutes, v.state, v.place, a.name, b.name FROM visits v
                 JOIN slots s ON s.id = v.slot_id
                 JOIN educators a ON a.id = s.educator_1 JOIN educators b ON b.id = s.educator_2
                 WHERE v.family_id = $1 ORDER BY s.start_at"
            )
            .bind(id)
            .fetch_all(c)
            .await)
            .classify()?;
        people.push(json!({
            "kind": "family",
            "guardian": guardian,
            "phone": phone,
            "language": language,
            "contact": contact,
            "opted_out_at": opted_out_at,
            "opted_in_at": opted_in_at,
            "created_at": created_at,
            "students": students.iter().map(|(name, r)| json!({"name": name, "student_id": r})).collect::<Vec<_>>(),
            "invitations": invitations.iter().map(|(c, s, t, p)| json!({"campaign": c, "state": s, "invited_at": t, "place": p})).collect::<Vec<_>>(),
            "visits": visits.iter().map(|(start, minutes, state, place, a, b)| json!({
                "start": start, "minutes": minutes, "state": state, "place": place, "educators": [a, b]
            })).collect::<Vec<_>>(),
        }));
    }
    let educators: Vec<(String, String, Option<String>, i64)> = on_tx!(tx, |c| sqlx::query_as(
        "SELECT name, languages, email, created_at FROM educators WHERE phone = $1 AND school_id = $2"
    )
    .bind(phone)
    .bind(school_id)
    .fetch_all(c)
    .await)
    .classify()?;
    for (name, languages, email, created_at) in educators {
        people.push(json!({
            "kind": "educator", "name": name, "phone": phone, "languages": languages,
            "email": email, "created_at": created_at,
        }));
    }
    let messages: Vec<(String, String, String, i64, Option<String>)> =
        on_tx!(tx, |c| sqlx::query_as(
            "SELECT direction, body, status, created_at, intent FROM messages
         WHERE phone = $1 AND (school_id = $2 OR school_id IS NULL) ORDER BY id"
        )
        .bind(phone)
        .bind(school_id)
        .fetch_all(c)
        .await)
        .classify()?;
    let opted_out = super::opt_outs::opted_out_at(tx, phone).await?;
    Ok(json!({
        "phone": phone,
        "people": people,
        "opted_out_at": opted_out,
        "messages": messages.iter().map(|(d, b, s, t, i)| json!({
            "direction": d, "text": b, "status": s, "at": t, "understood_as": i
        })).collect::<Vec<_>>(),
    }))
}

/// Writes a consistent copy of a SQLite database to `path` (`VACUUM INTO`, safe while `serve`
/// runs: it reads one snapshot). The file is created empty first, readable by its owner only.
/// `Err(Check)` on PostgreSQL, which has `pg_dump` for this.
pub async fn backup(db: &super::Db, path: &std::path::Path) -> Result<()> {
    let super::Db::Sqlite(pool) = db else {
        return Err(StoreError::Check(
            "on PostgreSQL, back up with pg_dump (e.g. pg_dump -Fc homevisit > homevisit.dump)"
                .into(),
        ));
    };
    if path.exists() {
        return Err(StoreError::Conflict(format!(
            "{} exists; a backup never overwrites a file",
            path.display()
        )));
    }
    let mut file = std::fs::OpenOptions::new();
    file.write(true).create_new(true);
    #[cfg(unix)]
    std::os::unix::fs::OpenOptionsExt::mode(&mut file, 0o600);
    file.open(path)
        .map_err(|e| StoreError::Database(sqlx::Error::Io(e)))?;
    let target = path.to_string_lossy().to_string();
    let done = sqlx::query("VACUUM INTO $1")
        .bind(&target)
        .execute(pool)
        .await;
    if let Err(e) = done {
        let _ = std::fs::remove_file(path);
        return Err(StoreError::Database(e));
    }
    Ok(())
}

/// `PRAGMA integrity_check` on a SQLite database: `ok`, or what is wrong.
pub async fn integrity_check(db: &super::Db) -> Result<String> {
    match db {
        super::Db::Sqlite(pool) => Ok(sqlx::query_scalar("PRAGMA integrity_check")
            .fetch_one(pool)
            .await?),
        super::Db::Postgres(_) => Ok("ok".into()),
    }
}

/// Rewrites the database so that erased bytes are gone from its files, not only from its
/// tables: on SQLite `VACUUM` (every page rebuilt, free pages dropped) and a truncating WAL
/// checkpoint; on PostgreSQL `VACUUM` of the tables an erasure touches (dead rows' space is
/// marked free; `VACUUM FULL` would rewrite them, at the price of locking them).
pub async fn compact(db: &super::Db) -> Result<()> {
    match db {
        super::Db::Sqlite(pool) => {
            sqlx::query("VACUUM").execute(pool).await?;
            sqlx::query("PRAGMA wal_checkpoint(TRUNCATE)")
                .execute(pool)
                .await?;
        }
        super::Db::Postgres(pool) => {
            for table in [
                "messages",
                "families",
                "students",
                "educators",
                "visits",
                "outbox",
                "phone_opt_outs",
                "unknown_senders",
                "sim_messages",
            ] {
                sqlx::query(&format!("VACUUM {table}"))
                    .execute(pool)
                    .await?;
            }
        }
    }
    Ok(())
}
