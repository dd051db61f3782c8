//! Launching a campaign: every family of a school, or a random cross-section drawn with a
//! recorded seed — never a selection by anything about the family (no negative targeting).
//! One invitation per family (not per student); opted-out families are skipped. The
//! invitations go through the state machine like every other event and wait in the queue.
//!
//! `--dry-run` does the same work in a transaction it rolls back, so its counts are exactly
//! what a launch would do.

use std::collections::BTreeMap;

use chrono::{DateTime, Duration, Utc};
use rand::SeedableRng;
use rand::seq::SliceRandom;
use serde::Serialize;

use crate::config::Config;
use crate::conversation::machine::Event;
use crate::engine::{self, Delivery, Env, Household, Input};
use crate::i18n::Locales;
use crate::store::{self, Db, campaigns, families, invitations, schools};

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
    let mut tx = db.begin().await?;
    let school = schools::by_key(&mut tx, school_key).await?;
    let roster = families::all(&mut tx, school.id).await?;
    let reachable: Vec<i64> = roster
        .iter()
        .filter(|f| !f.is_opted_out())
        .map(|f| f.id)
        .collect();
    let chosen = match sampling {
        Some((percent, seed)) => sample(&reachable, percent, seed),
        None => reachable.clone(),
    };
    let campaign_id = campaigns::create(
        &mut tx,
        school.id,
        name,
        sampling.map(|(p, s)| (i64::from(p), s as i64)),
        roster.len() as i64,
        now.timestamp(),
    )
    .await?;
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
    for family in roster
        .into_iter()
        .filter(|f| chosen.binary_search(&f.id).is_ok())
    {
        let home = Household::load(&mut tx, family).await?;
        let open = invitations::open_options(
            &mut tx,
            school.id,
            home.family.id,
            &home.family.language_tag(),
            config.travel_buffer_minutes,
            now,
        )
        .await?;
        if open.is_empty() {
            launch.no_open_slot += 1;
            continue;
        }
        let Some(invitation_id) =
            invitations::create(&mut tx, campaign_id, home.family.id, now).await?
        else {
            continue;
        };
        let invitation = invitations::by_id(&mut tx, invitation_id).await?;
        engine::run(
            &mut tx,
            &env,
            &home,
            &invitation,
            Input::Event(Event::Launch),
            Delivery::Queue,
            None,
        )
        .await?;
        launch.invited += 1;
        *launch
            .by_language
            .entry(home.family.language.clone())
            .or_default() += 1;
        parts.push(store::messages::last_segments(&mut tx, home.family.id).await?);
    }
    launch.segments = parts.iter().sum();
    launch.last_send = estimate_last_send(now, &parts, config, school.zone);
    launch.hours_to_send = (launch.last_send - now).num_seconds() as f64 / 3600.0;
    if dry_run {
        tx.rollback().await?;
    } else {
        tx.commit().await?;
    }
    Ok(launch)
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
