//! Roster imports: families, educators and slots from CSV (formats in `CONTRACT.md`).
//!
//! A file with any bad row changes nothing: every row is parsed and checked first, reading the
//! database only (in a read transaction, which takes no write lock), and every bad row is
//! reported as `line N: reason`. Re-importing the same file changes nothing (families are keyed
//! by phone, students by the school's id or by name within the family, educators by phone,
//! slots by pair and start).
//!
//! A good file is then written in short transactions ([`batch`]: a few hundred rows or about
//! 200 ms each), so that texts arriving during a large import are answered at once rather than
//! waiting for the whole file. If the process dies between two batches, the rows of the batches
//! already committed are in and the rest are not; since every write is an upsert on the keys
//! above, importing the same file again completes it and changes nothing that was already in.

pub mod batch;
pub mod table;

use std::fmt;

use chrono::{DateTime, Utc};

use crate::domain::{LanguageTag, Phone, local_to_utc};
use crate::store::{Db, StoreError, educators, families, schools, slots};

use batch::Batches;

/// One bad row.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Problem {
    pub line: usize,
    pub reason: String,
}

impl Problem {
    fn new(line: usize, reason: impl Into<String>) -> Problem {
        Problem {
            line,
            reason: reason.into(),
        }
    }
}

impl fmt::Display for Problem {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "line {}: {}", self.line, self.reason)
    }
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    /// The file was refused; nothing changed.
    #[error("{}", .0.iter().map(ToString::to_string).collect::<Vec<_>>().join("\n"))]
    Rows(Vec<Problem>),
    #[error(transparent)]
    Store(#[from] StoreError),
}

/// What an import did.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Imported {
    /// Data rows read.
    pub rows: usize,
    /// Families, educators or slots the file names (after merging siblings).
    pub records: usize,
}

/// `families.csv`: student, guardian, phone, language; optional student_id, contact, teacher.
pub async fn families(
    db: &Db,
    school_key: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<Imported, ImportError> {
    let rows = table::read(bytes, &["student", "guardian", "phone", "language"])
        .map_err(ImportError::Rows)?;
    let mut read = db.read().await?;
    let school = schools::by_key(&mut read, school_key).await?;
    let staff = educators::all(&mut read, school.id).await?;
    read.rollback().await?;

    struct Parsed<'a> {
        student: &'a str,
        student_ref: Option<&'a str>,
        guardian: &'a str,
        phone: Phone,
        language: LanguageTag,
        contact: &'static str,
        teacher: Option<i64>,
    }
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for row in &rows {
        let mut reasons = Vec::new();
        let student = row.get("student").unwrap_or_else(|| {
            reasons.push("student is empty".to_string());
            ""
        });
        let guardian = row.get("guardian").unwrap_or_else(|| {
            reasons.push("guardian is empty".to_string());
            ""
        });
        let phone = Phone::parse(row.get("phone").unwrap_or(""), school.country)
            .map_err(|e| reasons.push(format!("phone: {e}")))
            .ok();
        let language = LanguageTag::parse(row.get("language").unwrap_or(""))
            .map_err(|e| reasons.push(format!("language: {e}")))
            .ok();
        let contact = match row.get("contact").map(str::to_lowercase).as_deref() {
            None | Some("sms") | Some("text") => "sms",
            Some("voice") | Some("call") | Some("phone") => "voice",
            Some(other) => {
                reasons.push(format!("contact \"{other}\" is not sms or voice"));
                "sms"
            }
        };
        let teacher = match row.get("teacher") {
            None => None,
            Some(t) => educators::find(&staff, t, school.country)
                .map_err(|e| reasons.push(format!("teacher: {e}")))
                .ok()
                .map(|e| e.id),
        };
        match (phone, language, reasons.is_empty()) {
            (Some(phone), Some(language), true) => parsed.push(Parsed {
                student,
                student_ref: row.get("student_id"),
                guardian,
                phone,
                language,
                contact,
                teacher,
            }),
            _ => problems.push(Problem::new(row.line, reasons.join("; "))),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }

    let now_s = now.timestamp();
    let mut family_ids = std::collections::HashMap::new();
    let mut batches = Batches::new(db, true);
    for p in &parsed {
        let (tx, _) = batches.tx().await?;
        // Siblings share a phone: the first row names the family, later rows add students.
        let family_id = match family_ids.get(p.phone.as_e164()) {
            Some(id) => *id,
            None => {
                let id = families::upsert(
                    tx,
                    school.id,
                    p.guardian,
                    &p.phone,
                    &p.language,
                    p.contact,
                    now_s,
                )
                .await?;
                family_ids.insert(p.phone.as_e164().to_string(), id);
                id
            }
        };
        families::upsert_student(
            tx,
            school.id,
            family_id,
            p.student_ref,
            p.student,
            p.teacher,
        )
        .await?;
        batches.row_done().await?;
    }
    batches.finish().await?;
    Ok(Imported {
        rows: rows.len(),
        records: family_ids.len(),
    })
}

/// `educators.csv`: name, phone; optional languages (`;`-separated), email, role (`educator`,
/// the default, or `interpreter`).
pub async fn educators(
    db: &Db,
    school_key: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<Imported, ImportError> {
    let rows = table::read(bytes, &["name", "phone"]).map_err(ImportError::Rows)?;
    let mut read = db.read().await?;
    let school = schools::by_key(&mut read, school_key).await?;
    read.rollback().await?;
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    let mut seen_phones = std::collections::HashMap::new();
    for row in &rows {
        let mut reasons = Vec::new();
        let name = row.get("name").unwrap_or_else(|| {
            reasons.push("name is empty".to_string());
            ""
        });
        let phone = Phone::parse(row.get("phone").unwrap_or(""), school.country)
            .map_err(|e| reasons.push(format!("phone: {e}")))
            .ok();
        if let Some(phone) = &phone
            && let Some(first) = seen_phones.insert(phone.as_e164().to_string(), row.line)
        {
            reasons.push(format!("phone is already on line {first}"));
        }
        let mut languages = Vec::new();
        for raw in row
            .get("languages")
            .unwrap_or("")
            .split([';', ','])
            .map(str::trim)
            .filter(|l| !l.is_empty())
        {
            match LanguageTag::parse(raw) {
                Ok(l) => languages.push(l),
                Err(e) => reasons.push(format!("languages: {e}")),
            }
        }
        let role = match row.get("role").map(|r| r.trim().to_ascii_lowercase()) {
            None => "educator",
            Some(r) if r.is_empty() || r == "educator" => "educator",
            Some(r) if r == "interpreter" => "interpreter",
            Some(r) => {
                reasons.push(format!("role: \"{r}\" is not educator or interpreter"));
                "educator"
            }
        };
        match phone {
            Some(phone) if reasons.is_empty() => {
                parsed.push((name, phone, languages, row.get("email"), role))
            }
            _ => problems.push(Problem::new(row.line, reasons.join("; "))),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    let mut batches = Batches::new(db, true);
    for (name, phone, languages, email, role) in &parsed {
        let (tx, _) = batches.tx().await?;
        educators::upsert(
            tx,
            school.id,
            name,
            phone,
            languages,
            *email,
            role,
            now.timestamp(),
        )
        .await?;
        batches.row_done().await?;
    }
    batches.finish().await?;
    Ok(Imported {
        rows: rows.len(),
        records: parsed.len(),
    })
}

/// `slots.csv`: educator_1, educator_2 (name or phone), start (school-local
/// `YYYY-MM-DD HH:MM`); optional minutes (default 30), location.
pub async fn slots(
    db: &Db,
    school_key: &str,
    bytes: &[u8],
    now: DateTime<Utc>,
) -> Result<Imported, ImportError> {
    let rows =
        table::read(bytes, &["educator_1", "educator_2", "start"]).map_err(ImportError::Rows)?;
    let mut read = db.read().await?;
    let school = schools::by_key(&mut read, school_key).await?;
    let staff = educators::all(&mut read, school.id).await?;
    read.rollback().await?;
    let mut parsed = Vec::new();
    let mut problems = Vec::new();
    for row in &rows {
        let mut reasons = Vec::new();
        let mut educator = |column: &str| match row.get(column) {
            None => {
                reasons.push(format!("{column} is empty"));
                None
            }
            Some(raw) => match educators::find(&staff, raw, school.country) {
                Ok(e) if e.role == "interpreter" => {
                    reasons.push(format!(
                        "{column}: {} is an interpreter, never half of a pair (an interpreter joins a visit when needed)",
                        e.name
                    ));
                    None
                }
                Ok(e) => Some(e.id),
                Err(e) => {
                    reasons.push(format!("{column}: {e}"));
                    None
                }
            },
        };
        let (first, second) = (educator("educator_1"), educator("educator_2"));
        if let (Some(a), Some(b)) = (first, second)
            && a == b
        {
            reasons
                .push("educator_1 and educator_2 are the same person; a visit needs a pair".into());
        }
        let start = match row.get("start") {
            None => {
                reasons.push("start is empty".into());
                None
            }
            Some(raw) => match local_to_utc(raw, school.zone) {
                Ok(start) if start <= now => {
                    reasons.push(format!("start {raw} is in the past"));
                    None
                }
                Ok(start) => Some(start),
                Err(e) => {
                    reasons.push(format!("start: {e}"));
                    None
                }
            },
        };
        let minutes = match row.get("minutes") {
            None => Some(30),
            Some(raw) => match raw.parse::<i64>() {
                Ok(m) if (5..=240).contains(&m) => Some(m),
                _ => {
                    reasons.push(format!(
                        "minutes \"{raw}\" is not a whole number from 5 to 240"
                    ));
                    None
                }
            },
        };
        match (first, second, start, minutes) {
            (Some(a), Some(b), Some(start), Some(minutes)) if reasons.is_empty() => {
                parsed.push(((a, b), start, minutes, row.get("location")))
            }
            _ => problems.push(Problem::new(row.line, reasons.join("; "))),
        }
    }
    if !problems.is_empty() {
        return Err(ImportError::Rows(problems));
    }
    let mut batches = Batches::new(db, true);
    for (pair, start, minutes, location) in &parsed {
        let (tx, _) = batches.tx().await?;
        slots::upsert(
            tx,
            school.id,
            *pair,
            start.timestamp(),
            *minutes,
            *location,
            now.timestamp(),
        )
        .await?;
        batches.row_done().await?;
    }
    batches.finish().await?;
    Ok(Imported {
        rows: rows.len(),
        records: parsed.len(),
    })
}
