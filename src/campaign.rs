//! Launching a campaign: every family of a school, or a random cross-section drawn with a
//! recorded seed — never a selection by anything about the family (no negative targeting).
//! One invitation per family (not per student); opted-out families are skipped. The
//! invitations go through the state machine like every other event and wait in the queue.
//!
//! `--dry-run` does the same work in transactions it rolls back, so its counts are exactly
//! what a launch would do. A launch is written in short batches (see [`launch`]), so texts
//! arriving meanwhile are answered at once, and a launch that died half-way is resumed, not
//! repeated, by launching the same campaign name again.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rand::SeedableRng;
use rand::seq::SliceRandom;
use serde::Serialize;

use crate::config::Config;
use crate::conversation::machine::Event;
use crate::engine::{self, Delivery, Env, Household, Input};
use crate::i18n::Locales;
use crate::import::batch::Batches;
use crate::store::{self, Db, Tx, campaigns, families, invitations, schools};

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
}

/// Launches (or, with `dry_run`, counts) a campaign.
///
/// The roster is read in a read transaction; the invitations are then written in short
/// transactions ([`batch`]: a few hundred families or about 200 ms each), so a family's text
/// that arrives during a launch of thousands is answered at once instead of waiting for the
/// whole launch (on SQLite, every writer waits for the one write lock). Each family is
/// re-read in its batch, so one who texted STOP after the launch began is skipped.
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
    let roster = families::all(&mut read, school.id).await?;
    let interrupted = match dry_run {
        true => None,
        false => campaigns::unfinished(&mut read, school.id, name).await?,
    };
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
    let mut batches = Batches::new(db, !dry_run);
    for family in roster
        .into_iter()
        .filter(|f| chosen.binary_search(&f.id).is_ok())
    {
        let (tx, fresh) = batches.tx().await?;
        if dry_run && fresh {
            campaign_id = campaigns::create(
                tx,
                school.id,
                name,
                recorded_sampling,
                launch.roster as i64,
                now.timestamp(),
            )
            .await?;
        }
        match invite(tx, &env, school.id, campaign_id, family.id, resuming).await? {
            Invite::Invited { language, segments } => {
                launch.invited += 1;
                *launch.by_language.entry(language).or_default() += 1;
                parts.push(segments);
            }
            Invite::OptedOut => launch.opted_out_skipped += 1,
            Invite::NoOpenSlot => launch.no_open_slot += 1,
        }
        batches.row_done().await?;
    }
    let stats = batches.finish().await?;
    if !dry_run {
        let mut tx = db.begin().await?;
        campaigns::launch_finished(&mut tx, campaign_id, now.timestamp()).await?;
        tx.commit().await?;
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
    launch.last_send = estimate_last_send(now, &parts, config, school.zone);
    launch.hours_to_send = (launch.last_send - now).num_seconds() as f64 / 3600.0;
    Ok(launch)
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

/// Invites one family, in the current batch's transaction.
async fn invite(
    tx: &mut Tx,
    env: &Env<'_>,
    school_id: i64,
    campaign_id: i64,
    family_id: i64,
    resuming: bool,
) -> store::Result<Invite> {
    let family = families::by_id(tx, family_id).await?;
    if family.is_opted_out() {
        return Ok(Invite::OptedOut);
    }
    let language = family.language.clone();
    if resuming
        && let Some(earlier) = invitations::latest_for_family(tx, family_id).await?
        && earlier.campaign_id == campaign_id
    {
        let segments = store::messages::last_segments(tx, family_id).await?;
        return Ok(Invite::Invited { language, segments });
    }
    let home = Household::load(tx, family).await?;
    let open = invitations::open_options(
        tx,
        school_id,
        home.family.id,
        &home.family.language_tag(),
        env.config.travel_buffer_minutes,
        env.now,
    )
    .await?;
    if open.is_empty() {
        return Ok(Invite::NoOpenSlot);
    }
    let Some(invitation_id) = invitations::create(tx, campaign_id, home.family.id, env.now).await?
    else {
        // Invited by another run of this launch that is going on right now.
        let segments = store::messages::last_segments(tx, family_id).await?;
        return Ok(Invite::Invited { language, segments });
    };
    let invitation = invitations::by_id(tx, invitation_id).await?;
    engine::run(
        tx,
        env,
        &home,
        &invitation,
        Input::Event(Event::Launch),
        Delivery::Queue,
        None,
    )
    .await?;
    let segments = store::messages::last_segments(tx, home.family.id).await?;
    Ok(Invite::Invited { language, segments })
}

/// Walks the queue in order: each text takes its segments / rate seconds, and a text that
/// would fall in quiet hours waits for local morning.
pub fn estimate_last_send(
    now: DateTime<Utc>,
    parts: &[i64],
    config: &Config,
    zone: chrono_tz::Tz,
) -> DateTime<Utc> {
    let mut at = engine::allowed_at(now, zone, config.quiet_hours);
    let mut last = at;
    for p in parts {
        at = engine::allowed_at(at, zone, config.quiet_hours);
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
        );
        assert!(last - start < Duration::hours(1));
    }
}
