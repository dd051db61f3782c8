//! Launching a campaign: every family of a school, or a random cross-section drawn with a
//! recorded seed — never a selection by anything about the family (no negative targeting).
//! One invitation per family (not per student); opted-out families are skipped. The
//! invitations go through the state machine like every other event and wait in the queue.
//!
//! `--dry-run` does the same work in transactions it rolls back, so its counts are exactly
//! what a launch would do. A launch is written in short batches (see [`launch`]), so texts
//! arriving meanwhile are answered at once, and a launch that died half-way is resumed, not
//! repeated, by launching the same campaign name again.

use std::collections::{BTreeMap, HashMap, HashSet};
use std::time::Instant;

use chrono::{DateTime, Duration, Utc};
use rand::SeedableRng;
use rand::seq::SliceRandom;
use serde::Serialize;

use crate::config::Config;
use crate::conversation::machine::{MAX_OPTIONS, State};
use crate::conversation::messages::{FamilyFacts, FamilyMessage};
use crate::domain::LanguageTag;
use crate::engine::{self, Env, Household};
use crate::i18n::{Locales, segments};
use crate::import::batch;
use crate::store::campaigns::{FamilyRange, NewInvitation, QueuedText};
use crate::store::families::{Family, Student};
use crate::store::invitations::OpenSlot;
use crate::store::schools::School;
use crate::store::{self, Db, Tx, campaigns, families, invitations, opt_outs, schools};

#[derive(Debug, Clone, Serialize)]
pub struct Launch {
    /// `None` on a dry run.
    pub campaign: Option<i64>,
    pub roster: usize,
    pub invited: usize,
    pub opted_out_skipped: usize,
    pub not_sampled: usize,
    /// Families left out because no slot was open for them (add slots, launch again).
    pub no_open_slot: usize,
    pub by_language: BTreeMap<String, usize>,
    /// Segments the invitations will cost.
    pub segments: i64,
    /// When the last invitation is expected to leave, given the send rate and quiet hours.
    pub last_send: DateTime<Utc>,
    pub hours_to_send: f64,
    pub dry_run: bool,
}

#[derive(Debug, thiserror::Error)]
pub enum LaunchError {
    #[error("--sample must be a percentage from 1 to 100")]
    BadSample,
    #[error(
        "campaign {id} (\"{name}\") was interrupted while launching with {sampling}; launch it again with the same sampling to finish it"
    )]
    Interrupted {
        id: i64,
        name: String,
        sampling: String,
    },
    #[error("--second-visit-of {0}: this school has no such campaign")]
    NoFirstCampaign(i64),
    #[error(transparent)]
    Store(#[from] store::StoreError),
}

/// Draws `percent`% of `ids` with `seed`: the same roster, percent and seed always give the
/// same families.
pub fn sample(ids: &[i64], percent: u8, seed: u64) -> Vec<i64> {
    let mut sorted = ids.to_vec();
    sorted.sort_unstable();
    let mut rng = rand::rngs::StdRng::seed_from_u64(seed);
    sorted.shuffle(&mut rng);
    let keep = (sorted.len() * usize::from(percent)).div_ceil(100);
    sorted.truncate(keep);
    sorted.sort_unstable();
    sorted
}

/// What to launch.
#[derive(Debug, Clone)]
pub struct Request<'a> {
    pub school: &'a str,
    pub name: &'a str,
    /// Percent and seed of a random cross-section; `None` invites everyone.
    pub sampling: Option<(u8, u64)>,
    pub dry_run: bool,
    /// A second-visit campaign: invites only the families whose visit in this campaign was
    /// completed, offering the pair who came first.
    pub second_visit_of: Option<i64>,
}

/// Launches (or, with `dry_run`, counts) a campaign.
///
/// The roster is read in a read transaction; then the families go in batches of
/// [`LAUNCH_BATCH`]. Each batch is prepared outside the write lock (its students and the open
/// slots read, offers chosen, texts rendered) and written in one short write transaction, so
/// a family's text that arrives during a launch of thousands is answered at once instead of
/// waiting for the whole launch (on SQLite, every writer waits for the one write lock). The
/// write checks opt-outs again, so a family who texted STOP after the launch began is not
/// texted.
///
/// A dry run does the same work in batches it rolls back: it never commits anything, and on
/// SQLite it holds the write lock for one short batch at a time, never for the whole run. Its
/// counts are exactly what a launch would do.
///
/// If the process dies between two batches, the campaign's row says its launch did not finish
/// (`launch_finished_at` is empty). Launching the same campaign name for the same school again
/// resumes it: families already invited in it keep their invitation and are not texted again
/// (they are counted as invited, so the counts are those of one uninterrupted launch), and the
/// rest are invited. A resumed launch must ask for the same sample and seed
/// ([`LaunchError::Interrupted`] otherwise); it draws the sample again from the families
/// reachable now, so if one of them opted out in between, the draw of the families not yet
/// invited can differ.
pub async fn launch(
    db: &Db,
    config: &Config,
    locales: &Locales,
    request: Request<'_>,
    now: DateTime<Utc>,
) -> Result<Launch, LaunchError> {
    let Request {
        school: school_key,
        name,
        sampling,
        dry_run,
        second_visit_of,
    } = request;
    if let Some((percent, _)) = sampling
        && !(1..=100).contains(&percent)
    {
        return Err(LaunchError::BadSample);
    }
    let env = Env {
        config,
        locales,
        now,
    };
    let recorded_sampling = sampling.map(|(p, s)| (i64::from(p), s as i64));
    let mut read = db.read().await?;
    let school = schools::by_key(&mut read, school_key).await?;
    let mut roster = families::all(&mut read, school.id).await?;
    // A second visit goes to the families whose first was completed, with the pair who came.
    let visited: HashMap<i64, Visited> = match second_visit_of {
        None => HashMap::new(),
        Some(first) => {
            match campaigns::by_id(&mut read, first).await {
                Ok(c) if c.school_id == school.id => {}
                Ok(_) | Err(store::StoreError::NotFound(_)) => {
                    return Err(LaunchError::NoFirstCampaign(first));
                }
                Err(e) => return Err(e.into()),
            }
            campaigns::completed_visits_of(&mut read, first)
                .await?
                .into_iter()
                .map(|(family, e1, e2, n1, n2)| {
                    (
                        family,
                        Visited {
                            pair: (e1, e2),
                            names: [n1, n2],
                        },
                    )
                })
                .collect()
        }
    };
    if second_visit_of.is_some() {
        roster.retain(|f| visited.contains_key(&f.id));
    }
    let interrupted = match dry_run {
        true => None,
        false => campaigns::unfinished(&mut read, school.id, name).await?,
    };
    let queueing = Queueing::of(&mut read, &school, &env).await?;
    read.rollback().await?;
    if let Some(earlier) = &interrupted {
        let earlier_sampling = earlier.sample_percent.zip(earlier.seed);
        if earlier_sampling != recorded_sampling {
            return Err(LaunchError::Interrupted {
                id: earlier.id,
                name: earlier.name.clone(),
                sampling: match earlier_sampling {
                    Some((p, s)) => format!("--sample {p} --seed {s}"),
                    None => "no --sample".into(),
                },
            });
        }
    }

    let reachable: Vec<i64> = roster
        .iter()
        .filter(|f| !f.is_opted_out())
        .map(|f| f.id)
        .collect();
    let chosen = match sampling {
        Some((percent, seed)) => sample(&reachable, percent, seed),
        None => reachable.clone(),
    };
    let resuming = interrupted.is_some();
    let mut campaign_id = match (&interrupted, dry_run) {
        (Some(earlier), _) => earlier.id,
        (None, false) => {
            let mut tx = db.begin().await?;
            let id = campaigns::create(
                &mut tx,
                school.id,
                name,
                recorded_sampling,
                roster.len() as i64,
                now.timestamp(),
            )
            .await?;
            if let Some(first) = second_visit_of {
                campaigns::set_second_visit_of(&mut tx, id, first).await?;
            }
            tx.commit().await?;
            id
        }
        // A dry run creates its campaign in each batch it rolls back.
        (None, true) => 0,
    };
    let mut launch = Launch {
        campaign: (!dry_run).then_some(campaign_id),
        roster: roster.len(),
        invited: 0,
        opted_out_skipped: roster.len() - reachable.len(),
        not_sampled: reachable.len() - chosen.len(),
        no_open_slot: 0,
        by_language: BTreeMap::new(),
        segments: 0,
        last_send: now,
        hours_to_send: 0.0,
        dry_run,
    };
    let mut parts = Vec::new();
    let mut stats = Stats::default();
    let chosen_families: Vec<Family> = roster
        .into_iter()
        .filter(|f| chosen.binary_search(&f.id).is_ok())
        .collect();
    // Each batch is prepared (read, offers chosen, texts rendered) outside the write lock, then
    // written in a short write transaction that re-checks opt-outs (see [`write_batch`]). The
    // write runs in its own task while the next batch is prepared here: one core renders while
    // the other writes.
    let campaign = NewCampaign {
        school_id: school.id,
        name: name.to_string(),
        sampling: recorded_sampling,
        roster: launch.roster as i64,
    };
    let mut writing: Option<tokio::task::JoinHandle<store::Result<Written>>> = None;
    let mut last_write: Option<(Instant, std::time::Duration)> = None;
    let mut tally = |written: Written, launch: &mut Launch| {
        for invite in written.invites {
            match invite {
                Invite::Invited { language, segments } => {
                    launch.invited += 1;
                    *launch.by_language.entry(language).or_default() += 1;
                    parts.push(segments);
                }
                Invite::OptedOut => launch.opted_out_skipped += 1,
                Invite::NoOpenSlot => launch.no_open_slot += 1,
            }
        }
        stats.record(written.families, written.held);
        (written.committed, written.held)
    };
    for batch in chosen_families.chunks(LAUNCH_BATCH) {
        let prepared = async {
            let mut read = db.read().await?;
            let prepared = prepare_batch(
                &mut read,
                &env,
                (&school, campaign_id),
                batch,
                resuming,
                &visited,
            )
            .await?;
            read.rollback().await?;
            store::Result::Ok(prepared)
        }
        .await;
        let prepared = match prepared {
            Ok(prepared) => prepared,
            Err(e) => {
                // The batch being written finishes (or fails) before the launch says why it
                // stopped.
                if let Some(previous) = writing.take() {
                    joined(previous).await?;
                }
                return Err(e.into());
            }
        };
        if let Some(previous) = writing.take() {
            last_write = Some(tally(joined(previous).await?, &mut launch));
        }
        let (db, campaign, queueing) = (db.clone(), campaign.clone(), queueing.clone());
        let families = batch.len();
        let now = now.timestamp();
        writing = Some(tokio::spawn(async move {
            if let Some((committed, held)) = last_write {
                pause(&db, committed, held).await;
            }
            let started = Instant::now();
            let mut tx = db.begin().await?;
            if dry_run {
                // A dry run creates its campaign in each batch it rolls back.
                campaign_id = campaigns::create(
                    &mut tx,
                    campaign.school_id,
                    &campaign.name,
                    campaign.sampling,
                    campaign.roster,
                    now,
                )
                .await?;
            }
            let invites = write_batch(&mut tx, now, campaign_id, &queueing, prepared).await?;
            match dry_run {
                true => tx.rollback().await?,
                false => tx.commit().await?,
            }
            Ok(Written {
                invites,
                families,
                held: started.elapsed(),
                committed: Instant::now(),
            })
        }));
    }
    if let Some(last) = writing.take() {
        tally(joined(last).await?, &mut launch);
    }
    if !dry_run {
        let mut tx = db.begin().await?;
        campaigns::launch_finished(&mut tx, campaign_id, now.timestamp()).await?;
        tx.commit().await?;
        // On PostgreSQL, a launch can add most of the queue's rows at once; the planner's
        // statistics from before it would have the sender's claim scan the whole queue until
        // autovacuum's next ANALYZE (measured in benches/README.md, bench 3).
        if let Db::Postgres(pool) = db
            && let Err(e) = sqlx::query("ANALYZE outbox, messages, invitations")
                .execute(pool)
                .await
        {
            tracing::warn!(error = %e, "ANALYZE after the launch failed; autovacuum will do it");
        }
    }
    tracing::info!(
        campaign = ?launch.campaign,
        families = stats.rows,
        batches = stats.batches,
        largest_batch = stats.largest,
        longest_batch_ms = stats.longest.as_millis() as u64,
        dry_run,
        resumed = resuming,
        "campaign launch written in batches"
    );
    launch.segments = parts.iter().sum();
    launch.last_send = estimate_last_send(
        now,
        &parts,
        config,
        school.zone,
        school.quiet_hours(config.quiet_hours),
    );
    launch.hours_to_send = (launch.last_send - now).num_seconds() as f64 / 3600.0;
    Ok(launch)
}

/// Families per batch of a launch. Each batch reads what it needs in a handful of queries,
/// chooses offers and renders texts in memory, all outside the write lock; then it writes its
/// rows with multi-row `INSERT`s in a write transaction of a few tens of milliseconds.
pub const LAUNCH_BATCH: usize = 2_000;

/// What the batches of one launch did (for the log).
#[derive(Debug, Clone, Copy, Default)]
struct Stats {
    batches: usize,
    rows: usize,
    largest: usize,
    longest: std::time::Duration,
}

impl Stats {
    fn record(&mut self, rows: usize, took: std::time::Duration) {
        self.batches += 1;
        self.rows += rows;
        self.largest = self.largest.max(rows);
        self.longest = self.longest.max(took);
    }
}

/// Before a batch's write transaction on SQLite: leaves the write lock free for as long as the
/// last batch held it (plus 5 ms, at most [`batch::MAX_PAUSE`]), counted from that batch's
/// commit — preparing the next batch usually takes that long already, so this only sleeps for
/// what is left. A webhook that waited for the lock meanwhile retries within that time
/// (SQLite's busy handler) and gets it before the next batch (see `import::batch`). On
/// PostgreSQL writers lock rows, not the database: only yield.
async fn pause(db: &Db, committed: Instant, held: std::time::Duration) {
    match db {
        Db::Sqlite(_) => {
            let free = (held + std::time::Duration::from_millis(5)).min(batch::MAX_PAUSE);
            let left = free.saturating_sub(committed.elapsed());
            if !left.is_zero() {
                tokio::time::sleep(left).await
            }
        }
        Db::Postgres(_) => tokio::task::yield_now().await,
    }
}

/// What a dry run's batches need to create their campaign.
#[derive(Debug, Clone)]
struct NewCampaign {
    school_id: i64,
    name: String,
    sampling: Option<(i64, i64)>,
    roster: i64,
}

/// One batch written (or, in a dry run, rolled back).
struct Written {
    invites: Vec<Invite>,
    families: usize,
    /// How long its write transaction held the write lock, and when it ended.
    held: std::time::Duration,
    committed: Instant,
}

/// The outcome of a batch's write task; a panic in it goes on in the launch.
async fn joined(task: tokio::task::JoinHandle<store::Result<Written>>) -> store::Result<Written> {
    match task.await {
        Ok(written) => written,
        Err(e) => match e.try_into_panic() {
            Ok(panic) => std::panic::resume_unwind(panic),
            Err(e) => Err(store::StoreError::Invalid(format!(
                "a launch batch's write was cancelled: {e}"
            ))),
        },
    }
}

/// The pair who came to a family's completed first visit.
#[derive(Debug, Clone)]
struct Visited {
    /// Their educator ids, in the slot's order.
    pair: (i64, i64),
    names: [String; 2],
}

/// What became of one chosen family.
enum Invite {
    /// Invited now, or already by an interrupted run of the same launch.
    Invited {
        language: String,
        segments: i64,
    },
    /// Texted STOP after the roster was read.
    OptedOut,
    NoOpenSlot,
}

/// One batch of a launch, prepared outside the write lock by [`prepare_batch`]: what to do for
/// each chosen family, in the order of its ids.
struct Prepared {
    range: FamilyRange,
    plans: Vec<(i64, Plan)>,
}

/// What every queue row of a launch carries, read once for the launch.
#[derive(Debug, Clone)]
struct Queueing {
    school_id: i64,
    /// The school's time zone as stored, and its own quiet-hours text.
    zone: Option<String>,
    own_quiet_hours: Option<String>,
    /// Queued no earlier than this (the school's quiet hours at launch time).
    not_before: i64,
}

impl Queueing {
    async fn of(read: &mut Tx, school: &School, env: &Env<'_>) -> store::Result<Queueing> {
        Ok(Queueing {
            school_id: school.id,
            zone: campaigns::school_timezone(read, school.id).await?,
            own_quiet_hours: school.own_quiet_hours_text.clone(),
            not_before: engine::allowed_at(
                env.now,
                school.zone,
                school.quiet_hours(env.config.quiet_hours),
            )
            .timestamp(),
        })
    }
}

/// What to do for one family once everything is decided.
enum Plan {
    Done(Invite),
    /// Counted as invited with the segments of the family's last text.
    LastSegments(String),
    /// An invitation to write, and its text (queued only if the invitation is written and
    /// still `invited` after the opt-out check).
    Write {
        language: String,
        invitation: NewInvitation,
        text: QueuedText,
    },
}

/// Prepares the invitations of the chosen families `batch` (as the launch read them, by
/// ascending id), outside the write lock, with the same rows and texts as stepping each
/// family's conversation with `Event::Launch` through the engine: the open slots are read once
/// for the batch and decoded once, each family is offered its best [`MAX_OPTIONS`] of them,
/// and its text is rendered. Opt-outs since the roster was read are checked by
/// [`write_batch`].
async fn prepare_batch(
    read: &mut Tx,
    env: &Env<'_>,
    (school, campaign_id): (&School, i64),
    batch: &[Family],
    resuming: bool,
    visited: &HashMap<i64, Visited>,
) -> store::Result<Prepared> {
    let (Some(first), Some(last)) = (batch.first().map(|f| f.id), batch.last().map(|f| f.id))
    else {
        return Err(store::StoreError::NotFound("an empty launch batch".into()));
    };
    let range = FamilyRange {
        school_id: school.id,
        first,
        last,
    };
    let mut students: HashMap<i64, Vec<Student>> = HashMap::new();
    for student in campaigns::students_in(read, range).await? {
        students.entry(student.family_id).or_default().push(student);
    }
    let latest: HashMap<i64, i64> = match resuming {
        true => campaigns::latest_campaigns_in(read, range)
            .await?
            .into_iter()
            .collect(),
        false => HashMap::new(),
    };
    let slots =
        invitations::open_slots(read, school.id, env.config.travel_buffer_minutes, env.now).await?;
    let mut offers = Offers::new(&slots);

    let mut plans = Vec::with_capacity(batch.len());
    for family in batch {
        let id = family.id;
        let family = family.clone();
        let language = family.language.clone();
        if resuming && latest.get(&id) == Some(&campaign_id) {
            plans.push((id, Plan::LastSegments(language)));
            continue;
        }
        let home = Household {
            students: students.remove(&id).unwrap_or_default(),
            school: school.clone(),
            family,
        };
        let teachers: Vec<i64> = home.students.iter().filter_map(|s| s.teacher_id).collect();
        let tag = home.family.language_tag();
        let came = visited.get(&id);
        let offer = match came {
            Some(came) => offers.best_with_pair(came.pair, &teachers, &tag, MAX_OPTIONS),
            None => offers.best(&teachers, &tag, MAX_OPTIONS),
        };
        if offer.is_empty() {
            plans.push((id, Plan::Done(Invite::NoOpenSlot)));
            continue;
        }
        let offer_ids = offer
            .iter()
            .map(|&i| slots[i].detail.id.to_string())
            .collect::<Vec<_>>()
            .join(",");
        let family = FamilyFacts {
            guardian: home.family.guardian.clone(),
            children: home.children(),
            school: home.school.name.clone(),
        };
        let options: Vec<_> = offer.iter().map(|&i| slots[i].detail.option()).collect();
        let message = match came {
            Some(came) => FamilyMessage::SecondInvitation {
                family,
                options,
                visited: came.names.clone(),
            },
            None => FamilyMessage::Invitation { family, options },
        };
        let text = if home.family.is_called() {
            QueuedText {
                family_id: id,
                segments: 1,
                phone: home.family.phone.clone(),
                body: engine::say(env, &home, &crate::i18n::voice::Line::Family(&message)).words(),
                channel: crate::store::messages::Channel::Voice,
            }
        } else {
            let body = env
                .locales
                .family(&tag, home.school.zone, home.school.country, &message);
            QueuedText {
                family_id: id,
                segments: segments::count(&body).parts as i64,
                phone: home.family.phone.clone(),
                body,
                channel: crate::store::messages::Channel::Sms,
            }
        };
        plans.push((
            id,
            Plan::Write {
                language,
                invitation: NewInvitation {
                    family_id: id,
                    state: State::Invited.as_str(),
                    offer: offer_ids,
                },
                text,
            },
        ));
    }
    Ok(Prepared { range, plans })
}

/// Writes a prepared batch in the batch's write transaction, after checking opt-outs again: a
/// family that opted out since it was read is skipped, and one whose phone is now on the
/// opt-out list gets an opted-out invitation and no text (as the engine would do). The
/// invitations, texts and queue rows are written with multi-row `INSERT`s. Gives one
/// [`Invite`] per family, in order.
async fn write_batch(
    tx: &mut Tx,
    now: i64,
    campaign_id: i64,
    queueing: &Queueing,
    prepared: Prepared,
) -> store::Result<Vec<Invite>> {
    let Prepared { range, mut plans } = prepared;
    let opted_out = campaigns::opted_out_in(tx, range).await?;
    let hashed = opt_outs::any_hashed(tx).await?;
    for (id, plan) in plans.iter_mut() {
        let Plan::Write {
            invitation, text, ..
        } = plan
        else {
            continue;
        };
        let phone_opted_out = match opted_out.binary_search_by_key(id, |&(family, _)| family) {
            Ok(k) if opted_out[k].1 => {
                *plan = Plan::Done(Invite::OptedOut);
                continue;
            }
            Ok(_) => true,
            Err(_) => hashed && opt_outs::is_opted_out(tx, &text.phone).await?,
        };
        if phone_opted_out {
            // The engine sees the phone on the opt-out list: the conversation is opted out,
            // and nothing is offered or sent.
            invitation.state = State::OptedOut.as_str();
            invitation.offer.clear();
        }
    }

    let rows: Vec<NewInvitation> = plans
        .iter()
        .filter_map(|(_, p)| match p {
            Plan::Write { invitation, .. } => Some(invitation.clone()),
            _ => None,
        })
        .collect();
    let written: HashSet<i64> = campaigns::insert_invitations(tx, campaign_id, &rows, now)
        .await?
        .into_iter()
        .collect();
    let mut texts = Vec::new();
    let mut invites = Vec::with_capacity(plans.len());
    for (id, plan) in plans {
        invites.push(match plan {
            Plan::Done(invite) => invite,
            Plan::Write {
                language,
                invitation,
                text,
            } if written.contains(&id) && invitation.state == State::Invited.as_str() => {
                let segments = text.segments;
                texts.push(text);
                Invite::Invited { segments, language }
            }
            // An opted-out phone (no new text); or invited by another run of this launch going
            // on right now, or by the interrupted run being resumed.
            Plan::Write { language, .. } | Plan::LastSegments(language) => Invite::Invited {
                segments: store::messages::last_segments(tx, id).await?,
                language,
            },
        });
    }
    campaigns::queue_texts(
        tx,
        queueing.school_id,
        queueing.zone.as_deref(),
        queueing.own_quiet_hours.as_deref(),
        &texts,
        queueing.not_before,
        now,
    )
    .await?;
    Ok(invites)
}

/// The launch's choice of offers, from the open slots decoded once: for each language, the
/// slots in the order [`invitations::ranked`] gives a family without a teacher among them
/// (speakers first), computed once; a family's own teachers' slots go before them.
struct Offers<'a> {
    slots: &'a [OpenSlot],
    /// The slots of each educator, in slot order.
    by_educator: HashMap<i64, Vec<usize>>,
    by_language: HashMap<LanguageTag, Vec<usize>>,
}

impl<'a> Offers<'a> {
    fn new(slots: &'a [OpenSlot]) -> Offers<'a> {
        let mut by_educator: HashMap<i64, Vec<usize>> = HashMap::new();
        for (i, slot) in slots.iter().enumerate() {
            by_educator
                .entry(slot.detail.educator_1)
                .or_default()
                .push(i);
            if slot.detail.educator_2 != slot.detail.educator_1 {
                by_educator
                    .entry(slot.detail.educator_2)
                    .or_default()
                    .push(i);
            }
        }
        Offers {
            slots,
            by_educator,
            by_language: Default::default(),
        }
    }

    /// For a second visit: the open slots of the pair who came (`pair`), earliest first, then
    /// the family's usual best (see [`Offers::best`]), up to `max`.
    fn best_with_pair(
        &mut self,
        pair: (i64, i64),
        teachers: &[i64],
        language: &LanguageTag,
        max: usize,
    ) -> Vec<usize> {
        let of = |e: i64| self.by_educator.get(&e).cloned().unwrap_or_default();
        let second: std::collections::HashSet<usize> = of(pair.1).into_iter().collect();
        let mut best: Vec<usize> = of(pair.0)
            .into_iter()
            .filter(|i| second.contains(i))
            .collect();
        best.sort_unstable();
        best.dedup();
        best.truncate(max);
        if best.len() < max {
            for i in self.best(teachers, language, max + best.len()) {
                if best.len() == max {
                    break;
                }
                if !best.contains(&i) {
                    best.push(i);
                }
            }
        }
        best
    }

    /// The indices of the best `max` slots for a family, best first: the same as the first
    /// `max` of [`invitations::ranked`].
    fn best(&mut self, teachers: &[i64], language: &LanguageTag, max: usize) -> Vec<usize> {
        let mut best: Vec<usize> = teachers
            .iter()
            .filter_map(|t| self.by_educator.get(t))
            .flatten()
            .copied()
            .collect();
        // Slot order is (start, id) order: the teachers' slots, earliest first.
        best.sort_unstable();
        best.dedup();
        best.truncate(max);
        if best.len() < max {
            let slots = self.slots;
            let order = self.by_language.entry(language.clone()).or_insert_with(|| {
                let (speakers, rest): (Vec<usize>, Vec<usize>) =
                    (0..slots.len()).partition(|&i| slots[i].speaks(language));
                [speakers, rest].concat()
            });
            for &i in order.iter() {
                if best.len() == max {
                    break;
                }
                if !slots[i].has_teacher(teachers) {
                    best.push(i);
                }
            }
        }
        best
    }
}

/// Walks the queue in order: each text takes its segments / rate seconds, and a text that
/// would fall in quiet hours waits for local morning.
pub fn estimate_last_send(
    now: DateTime<Utc>,
    parts: &[i64],
    config: &Config,
    zone: chrono_tz::Tz,
    quiet: Option<crate::config::QuietHours>,
) -> DateTime<Utc> {
    let mut at = engine::allowed_at(now, zone, quiet);
    let mut last = at;
    for p in parts {
        at = engine::allowed_at(at, zone, quiet);
        last = at;
        at += Duration::milliseconds(((*p as f64) * 1000.0 / config.send_rate).ceil() as i64);
    }
    last
}

/// A sentence for the operator when sending will take long, and how to go faster.
pub fn pace_advice(launch: &Launch, config: &Config) -> Option<String> {
    (launch.hours_to_send >= 1.0).then(|| {
        format!(
            "At {} segment(s)/s per sender ({} segments in all, quiet hours {}), the last invitation goes out in about {:.1} hours. \
             To go faster: a toll-free number (~3/s) or a registered 10DLC campaign or short code (~100/s), then raise HOMEVISIT_SEND_RATE.",
            config.send_rate,
            launch.segments,
            if config.quiet_hours.is_some() { "respected" } else { "off" },
            launch.hours_to_send
        )
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::HashMap;

    /// A family who texts STOP, and a phone that lands on the opt-out list, between their
    /// batch's preparation (outside the write lock) and its write: neither is texted.
    #[tokio::test]
    async fn an_opt_out_while_a_batch_is_prepared_is_honoured_when_it_is_written() {
        let dir = tempfile::tempdir().unwrap();
        let options = crate::demo::Options {
            dir: Some(dir.path().to_path_buf()),
            ..Default::default()
        };
        let config = Config::from_vars(&HashMap::new()).unwrap();
        let (config, db, _) = crate::demo::prepare(config, &options, &crate::clock::SystemClock)
            .await
            .unwrap();
        let locales = Locales::load().unwrap();
        let now = Utc::now();
        let env = Env {
            config: &config,
            locales: &locales,
            now,
        };
        let mut read = db.read().await.unwrap();
        let school = schools::by_key(&mut read, crate::demo::SCHOOL)
            .await
            .unwrap();
        let roster = families::all(&mut read, school.id).await.unwrap();
        let queueing = Queueing::of(&mut read, &school, &env).await.unwrap();
        read.rollback().await.unwrap();
        // Three families with phones of their own.
        let own_phone = |f: &&Family| roster.iter().filter(|g| g.phone == f.phone).count() == 1;
        let chosen: Vec<&Family> = roster
            .iter()
            .filter(|f| !f.is_opted_out())
            .filter(own_phone)
            .take(3)
            .collect();
        assert_eq!(chosen.len(), 3, "the demo has three families to use");
        let ids: Vec<i64> = chosen.iter().map(|f| f.id).collect();
        let batch: Vec<Family> = chosen.iter().map(|&f| f.clone()).collect();
        let mut tx = db.begin().await.unwrap();
        let campaign = campaigns::create(&mut tx, school.id, "again", None, 3, now.timestamp())
            .await
            .unwrap();
        tx.commit().await.unwrap();
        // One run of the launch's batch: prepared outside the write lock, then written.
        let prepare = async || {
            let mut read = db.read().await.unwrap();
            let prepared = prepare_batch(
                &mut read,
                &env,
                (&school, campaign),
                &batch,
                false,
                &HashMap::new(),
            )
            .await
            .unwrap();
            read.rollback().await.unwrap();
            prepared
        };
        let write = async |prepared: Prepared| {
            let mut tx = db.begin().await.unwrap();
            let invites = write_batch(&mut tx, now.timestamp(), campaign, &queueing, prepared)
                .await
                .unwrap();
            tx.commit().await.unwrap();
            invites
        };
        let prepared = prepare().await;
        let texts_to = |phone: String| {
            let db = db.clone();
            async move {
                let mut read = db.read().await.unwrap();
                let n: i64 = crate::on_tx!(&mut read, |c| sqlx::query_scalar(
                    "SELECT COUNT(*) FROM messages WHERE direction = 'out' AND phone = $1"
                )
                .bind(&phone)
                .fetch_one(c)
                .await)
                .unwrap();
                read.rollback().await.unwrap();
                n
            }
        };
        let before: Vec<i64> = [
            texts_to(chosen[0].phone.clone()).await,
            texts_to(chosen[1].phone.clone()).await,
            texts_to(chosen[2].phone.clone()).await,
        ]
        .into();

        // Meanwhile: the first family opts out, and the second's phone goes on the opt-out list.
        let mut tx = db.begin().await.unwrap();
        let stamp = now.timestamp();
        crate::execute!(
            &mut tx,
            "UPDATE families SET opted_out_at = $1 WHERE id = $2",
            stamp,
            ids[0]
        )
        .unwrap();
        // (`opt_outs::opt_out` marks the family rows too; the list alone is what a family row
        // imported after its phone opted out sees.)
        crate::execute!(
            &mut tx,
            "INSERT INTO phone_opt_outs (phone, opted_out_at, source) VALUES ($1, $2, 'provider')",
            &chosen[1].phone,
            stamp
        )
        .unwrap();
        tx.commit().await.unwrap();

        let invites = write(prepared).await;
        let what: Vec<&str> = invites
            .iter()
            .map(|i| match i {
                Invite::Invited { .. } => "invited",
                Invite::OptedOut => "opted out",
                Invite::NoOpenSlot => "no open slot",
            })
            .collect();
        assert_eq!(what, ["opted out", "invited", "invited"]);
        let mut read = db.read().await.unwrap();
        let states: Vec<(i64, String, String)> = crate::on_tx!(&mut read, |c| sqlx::query_as(
            "SELECT family_id, state, offer FROM invitations WHERE campaign_id = $1 ORDER BY family_id"
        )
        .bind(campaign)
        .fetch_all(c)
        .await)
        .unwrap();
        read.rollback().await.unwrap();
        assert_eq!(
            states.len(),
            2,
            "no invitation for the family who opted out: {states:?}"
        );
        assert_eq!(states[0].0, ids[1]);
        assert_eq!(
            (states[0].1.as_str(), states[0].2.as_str()),
            ("opted_out", "")
        );
        assert_eq!((states[1].0, states[1].1.as_str()), (ids[2], "invited"));
        assert_eq!(texts_to(chosen[0].phone.clone()).await, before[0]);
        assert_eq!(texts_to(chosen[1].phone.clone()).await, before[1]);
        assert_eq!(texts_to(chosen[2].phone.clone()).await, before[2] + 1);

        // Another run of the same launch writing the same batch (as two `campaign launch`
        // processes would): nothing new is written or sent, and they count as invited.
        let invites = write(prepare().await).await;
        assert!(matches!(invites[0], Invite::OptedOut));
        assert!(matches!(invites[2], Invite::Invited { segments, .. } if segments > 0));
        let mut read = db.read().await.unwrap();
        let rows: i64 = crate::on_tx!(&mut read, |c| sqlx::query_scalar(
            "SELECT COUNT(*) FROM invitations WHERE campaign_id = $1"
        )
        .bind(campaign)
        .fetch_one(c)
        .await)
        .unwrap();
        read.rollback().await.unwrap();
        assert_eq!(rows, 2);
        assert_eq!(texts_to(chosen[2].phone.clone()).await, before[2] + 1);
    }

    #[test]
    fn a_sample_is_reproducible_and_the_right_size() {
        let ids: Vec<i64> = (1..=1000).collect();
        let a = sample(&ids, 10, 42);
        assert_eq!(a.len(), 100);
        assert_eq!(a, sample(&ids, 10, 42));
        let mut shuffled = ids.clone();
        shuffled.reverse();
        assert_eq!(
            a,
            sample(&shuffled, 10, 42),
            "order of the roster does not matter"
        );
        assert_ne!(a, sample(&ids, 10, 43));
        assert_eq!(sample(&ids, 100, 1).len(), 1000);
        assert_eq!(
            sample(&[1, 2, 3], 1, 1).len(),
            1,
            "rounds up: never an empty sample of a roster"
        );
    }

    fn open_slot(id: i64, start_at: i64, pair: (i64, i64), languages: [&str; 2]) -> OpenSlot {
        let detail = invitations::SlotDetail {
            id,
            start_at,
            minutes: 30,
            location: None,
            educator_1: pair.0,
            educator_2: pair.1,
            name_1: format!("E{}", pair.0),
            name_2: format!("E{}", pair.1),
            languages_1: languages[0].into(),
            languages_2: languages[1].into(),
        };
        let languages = [languages[0], languages[1]]
            .iter()
            .flat_map(|l| l.split(';'))
            .filter_map(|l| LanguageTag::parse(l).ok())
            .collect();
        OpenSlot { detail, languages }
    }

    #[test]
    fn the_launch_offers_what_a_family_would_be_offered_one_by_one() {
        // Slots in (start, id) order, as `open_slots` reads them; ties on start broken by id.
        let mixes = [
            ["en", "es;en"],
            ["vi;en", "en"],
            ["en", "en"],
            ["hmn", "zh-Hans;en"],
        ];
        let slots: Vec<OpenSlot> = (0..40)
            .map(|i| {
                let pair = (i % 6, (i % 6) + 10);
                open_slot(100 + i, 1_000 + (i / 3) * 60, pair, mixes[(i % 4) as usize])
            })
            .collect();
        let mut offers = Offers::new(&slots);
        let teacher_sets: [&[i64]; 6] = [&[], &[2], &[3, 14], &[99], &[5, 5], &[0, 1, 2, 3, 4, 5]];
        for language in ["en", "es", "vi", "hmn", "zh-Hans", "ar"] {
            let tag = LanguageTag::parse(language).unwrap();
            for teachers in teacher_sets {
                let expected: Vec<i64> = invitations::ranked(&slots, teachers, &tag)
                    .into_iter()
                    .take(MAX_OPTIONS)
                    .map(|o| o.slot_id)
                    .collect();
                let got: Vec<i64> = offers
                    .best(teachers, &tag, MAX_OPTIONS)
                    .into_iter()
                    .map(|i| slots[i].detail.id)
                    .collect();
                assert_eq!(got, expected, "{language} with teachers {teachers:?}");
            }
        }
    }

    #[test]
    fn one_long_code_needs_over_a_day_for_100000_families() {
        let vars: HashMap<String, String> = HashMap::new();
        let config = Config::from_vars(&vars).unwrap();
        let start = Utc::now();
        let last = estimate_last_send(
            start,
            &vec![2; 100_000],
            &config,
            chrono_tz::America::Los_Angeles,
            config.quiet_hours,
        );
        assert!(
            last - start > Duration::days(2),
            "200,000 segments at 1/s with quiet hours"
        );
        let mut fast_vars = HashMap::new();
        fast_vars.insert("HOMEVISIT_SEND_RATE".to_string(), "100".to_string());
        fast_vars.insert("HOMEVISIT_QUIET_HOURS".to_string(), "none".to_string());
        let fast = Config::from_vars(&fast_vars).unwrap();
        let last = estimate_last_send(
            start,
            &vec![2; 100_000],
            &fast,
            chrono_tz::America::Los_Angeles,
            fast.quiet_hours,
        );
        assert!(last - start < Duration::hours(1));
    }
}
