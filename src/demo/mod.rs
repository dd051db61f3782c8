//! `homevisit demo`: the whole journey on one machine, with no provider account.
//!
//! It fills its own SQLite file (`homevisit-demo.db` in the working directory, never the
//! `DATABASE_URL` a real deployment uses) with a demo school, six educators in three pairs,
//! slots over the next two weeks and twelve families in ten languages, through the same
//! roster imports and campaign launch a coordinator uses; then it serves with the simulated
//! provider and prints the URL of the phone simulator. Everything after that is the real
//! service: the outbound queue, the signed webhooks, the state machine, the scheduler.
//!
//! Run again, it reuses its data and launches nothing new; `--reset` deletes the file first.

mod roster;

use std::path::{Path, PathBuf};
use std::sync::Arc;

use anyhow::Context;
use chrono::{DateTime, Utc};

use crate::app::{self, RunningApp};
use crate::campaign;
use crate::clock::Clock;
use crate::config::{Config, ProviderConfig};
use crate::domain::{Country, parse_zone};
use crate::i18n::Locales;
use crate::import;
use crate::store::{self, Db, StoreError, campaigns, schools};

/// The demo's database file, in the working directory.
pub const DATABASE_FILE: &str = "homevisit-demo.db";
/// The demo school's key.
pub const SCHOOL: &str = "demo";
/// Segments per second the demo sends at unless `HOMEVISIT_SEND_RATE` says otherwise: the
/// simulated phones have no carrier limits, and nobody wants to wait a minute for the demo.
pub const DEMO_SEND_RATE: f64 = 20.0;

/// The demo school's coordinator login (its password is made afresh on every run).
pub const COORDINATOR_EMAIL: &str = "coordinator@demo.homevisit.example";

/// What `demo` was asked for, and which settings the operator chose explicitly.
#[derive(Debug, Clone, Default)]
pub struct Options {
    /// Start over: delete the demo's database first.
    pub reset: bool,
    /// `HOMEVISIT_QUIET_HOURS` was set: keep it (otherwise quiet hours are off in the demo).
    pub quiet_hours_set: bool,
    /// `HOMEVISIT_SEND_RATE` was set: keep it (otherwise [`DEMO_SEND_RATE`]).
    pub send_rate_set: bool,
    /// Where the demo's database lives (the working directory by default).
    pub dir: Option<PathBuf>,
}

impl Options {
    /// Reads which settings were set explicitly from the environment.
    pub fn from_env(reset: bool) -> Options {
        let set = |name: &str| std::env::var_os(name).is_some_and(|v| !v.is_empty());
        Options {
            reset,
            quiet_hours_set: set("HOMEVISIT_QUIET_HOURS"),
            send_rate_set: set("HOMEVISIT_SEND_RATE"),
            dir: None,
        }
    }
}

/// What the demo set up.
#[derive(Debug, Clone)]
pub struct Prepared {
    pub database: PathBuf,
    pub campaign: i64,
    /// `false`: an earlier run's data was reused.
    pub fresh: bool,
    pub families: usize,
    pub invited: usize,
    pub notes: Vec<String>,
    /// The dashboard login printed for the demo school: email and a password generated for
    /// this run (the previous run's stops working). Nobody is signed in by the demo itself.
    pub login: (String, String),
}

/// The configuration the demo runs with: its own SQLite file, the simulated provider, quiet
/// hours off and a fast send rate unless set explicitly.
pub fn demo_config(mut config: Config, options: &Options) -> (Config, PathBuf, Vec<String>) {
    let mut notes = Vec::new();
    let dir = options.dir.clone().unwrap_or_else(|| PathBuf::from("."));
    let database = dir.join(DATABASE_FILE);
    config.database_url = format!("sqlite://{}", database.display());
    if matches!(config.provider, ProviderConfig::Twilio { .. }) {
        notes.push(
            "TWILIO_* is set, but the demo never texts real phones: it uses the simulated provider"
                .to_string(),
        );
    }
    config.provider = ProviderConfig::Simulated;
    if options.quiet_hours_set {
        if let Some(quiet) = config.quiet_hours {
            notes.push(format!(
                "quiet hours {}-{} (HOMEVISIT_QUIET_HOURS): no family texts in that window",
                quiet.start.format("%H:%M"),
                quiet.end.format("%H:%M")
            ));
        }
    } else {
        config.quiet_hours = None;
        notes.push(
            "quiet hours are off in the demo, so it works at any hour (set HOMEVISIT_QUIET_HOURS to keep them)"
                .to_string(),
        );
    }
    if !options.send_rate_set {
        config.send_rate = DEMO_SEND_RATE;
    }
    (config, database, notes)
}

/// Deletes the demo's database file and its WAL companions.
pub fn reset(database: &Path) -> anyhow::Result<()> {
    for suffix in ["", "-wal", "-shm"] {
        let path = PathBuf::from(format!("{}{suffix}", database.display()));
        match std::fs::remove_file(&path) {
            Ok(()) => {}
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => {}
            Err(e) => return Err(e).with_context(|| format!("cannot delete {}", path.display())),
        }
    }
    Ok(())
}

/// Creates (or reuses) the demo's data and launches its campaign; returns the database and
/// what was done. The returned configuration is the one to serve with.
pub async fn prepare(
    config: Config,
    options: &Options,
    clock: &dyn Clock,
) -> anyhow::Result<(Config, Db, Prepared)> {
    let (config, database, notes) = demo_config(config, options);
    if options.reset {
        reset(&database)?;
    }
    let db = app::open_db(&config).await?;
    let now = clock.now();
    let mut notes = notes;
    let mut tx = db.read().await?;
    let earlier = match schools::by_key(&mut tx, SCHOOL).await {
        Ok(school) => match campaigns::latest_for_school(&mut tx, school.id).await? {
            Some(campaign) => {
                let (families, _) = store::families::counts(&mut tx, school.id).await?;
                let upcoming =
                    store::slots::count_upcoming(&mut tx, school.id, now.timestamp()).await?;
                Some((campaign, families, upcoming))
            }
            None => None,
        },
        Err(StoreError::NotFound(_)) => None,
        Err(e) => return Err(e.into()),
    };
    tx.rollback().await?;
    if let Some((campaign, families, upcoming)) = earlier {
        if upcoming == 0 {
            notes.push(
                "every demo visit time has passed: run `homevisit demo --reset` for fresh ones"
                    .to_string(),
            );
        }
        let prepared = Prepared {
            database,
            campaign: campaign.id,
            fresh: false,
            families: usize::try_from(families).unwrap_or_default(),
            invited: 0,
            notes,
            login: coordinator_login(&db, now).await?,
        };
        return Ok((config, db, prepared));
    }
    let launch = seed(&db, &config, now).await?;
    let prepared = Prepared {
        database,
        campaign: launch
            .campaign
            .context("the demo campaign was not created")?,
        fresh: true,
        families: launch.roster,
        invited: launch.invited,
        notes,
        login: coordinator_login(&db, now).await?,
    };
    Ok((config, db, prepared))
}

/// Gives the demo school's coordinator a new random password (creating the account the first
/// time) and returns the login to print. It opens no session.
async fn coordinator_login(db: &Db, now: DateTime<Utc>) -> anyhow::Result<(String, String)> {
    let password = store::random_token(12);
    crate::http::auth::add_coordinator(db, SCHOOL, COORDINATOR_EMAIL, &password, now)
        .await
        .context("cannot make the demo's coordinator login")?;
    Ok((COORDINATOR_EMAIL.to_string(), password))
}

/// The demo school, its educators, slots and families, and the launched campaign.
async fn seed(db: &Db, config: &Config, now: DateTime<Utc>) -> anyhow::Result<campaign::Launch> {
    let zone = parse_zone(roster::TIMEZONE)?;
    let mut tx = db.begin().await?;
    schools::upsert(
        &mut tx,
        SCHOOL,
        roster::SCHOOL_NAME,
        zone,
        Country::parse("US")?,
        Some(roster::SCHOOL_CONTACT),
        now.timestamp(),
    )
    .await?;
    tx.commit().await?;
    let imports = [
        ("educators", roster::educators_csv()),
        ("families", roster::families_csv()),
        ("slots", roster::slots_csv(now, zone)),
    ];
    for (kind, csv) in imports {
        let bytes = csv.as_bytes();
        let done = match kind {
            "educators" => import::educators(db, SCHOOL, bytes, now).await,
            "families" => import::families(db, SCHOOL, bytes, now).await,
            _ => import::slots(db, SCHOOL, bytes, now).await,
        };
        done.with_context(|| format!("the demo's {kind} did not import"))?;
    }
    past_visit(db, now, zone).await?;
    let locales = Locales::load().context("cannot load the locales")?;
    let launch = campaign::launch(
        db,
        config,
        &locales,
        campaign::Request {
            school: SCHOOL,
            name: roster::CAMPAIGN_NAME,
            sampling: None,
            dry_run: false,
            second_visit_of: None,
        },
        now,
    )
    .await?;
    Ok(launch)
}

/// Two weeks ago the Brown family had their summer welcome visit from Linh Nguyen and Sarah
/// Johnson, and Sarah kept a reflection: what the coordinator reads on the visits page
/// (`/visits`) and in `homevisit visits --school lincoln-demo`.
async fn past_visit(db: &Db, now: DateTime<Utc>, zone: chrono_tz::Tz) -> anyhow::Result<()> {
    use crate::store::{campaigns, educators, families, history};
    let mut tx = db.begin().await?;
    let school = schools::by_key(&mut tx, SCHOOL).await?;
    let family = families::by_phone(&mut tx, roster::PAST_VISIT.family_phone)
        .await?
        .into_iter()
        .next()
        .context("the demo's past visit names no family")?;
    let mut pair = Vec::new();
    for phone in roster::PAST_VISIT.pair {
        let educator = educators::by_phone(&mut tx, phone)
            .await?
            .into_iter()
            .next()
            .context("the demo's past visit names no educator")?;
        pair.push(educator.id);
    }
    let day = (now - chrono::Duration::days(14))
        .with_timezone(&zone)
        .date_naive();
    let start =
        crate::domain::time::local_instant(zone, day.and_hms_opt(16, 0, 0).unwrap_or_default())
            .unwrap_or(now - chrono::Duration::days(14));
    let campaign_id = campaigns::create(
        &mut tx,
        school.id,
        roster::PAST_VISIT.campaign,
        None,
        1,
        (start - chrono::Duration::days(7)).timestamp(),
    )
    .await?;
    campaigns::launch_finished(
        &mut tx,
        campaign_id,
        (start - chrono::Duration::days(7)).timestamp(),
    )
    .await?;
    history::completed_visit(
        &mut tx,
        &history::PastVisit {
            school_id: school.id,
            campaign_id,
            family_id: family.id,
            pair: (pair[0], pair[1]),
            start_at: start.timestamp(),
            minutes: 30,
            reflection: Some((pair[1], roster::PAST_VISIT.reflection)),
        },
    )
    .await?;
    tx.commit().await?;
    Ok(())
}

/// Prepares the demo and starts serving it; the caller prints [`banner`] and waits.
pub async fn start(
    config: Config,
    options: &Options,
    clock: Arc<dyn Clock>,
) -> anyhow::Result<(RunningApp, Prepared)> {
    // The port first: a second demo on a taken port must fail before it resets anything.
    let listen = config.listen;
    let listener = app::bind(&config).await.with_context(|| {
        format!("is another homevisit running on {listen}? Set HOMEVISIT_LISTEN to another address")
    })?;
    let (config, db, prepared) = prepare(config, options, clock.as_ref()).await?;
    let running = app::start_on(listener, config, db, clock, true).await?;
    Ok((running, prepared))
}

/// What the demo prints once it serves: where to look and what to try.
pub fn banner(running: &RunningApp, prepared: &Prepared) -> String {
    let mut out = String::new();
    let database = prepared.database.display();
    if prepared.fresh {
        out.push_str(&format!(
            "homevisit demo: {} families, {} invited by campaign {} (data in {database})\n",
            prepared.families, prepared.invited, prepared.campaign
        ));
    } else {
        out.push_str(&format!(
            "homevisit demo: reusing {database} ({} families, campaign {}); --reset starts over\n",
            prepared.families, prepared.campaign
        ));
    }
    for note in &prepared.notes {
        out.push_str(&format!("note: {note}\n"));
    }
    out.push_str(&format!(
        "simulator: {}/simulator\n\
         Open it, then on {}'s phone (the Spanish-speaking family) reply 2 to take the second\n\
         time offered: her confirmation arrives in Spanish and both educators of that visit get\n\
         theirs. Ctrl-C stops the demo.\n",
        running.url(),
        roster::SPANISH_FAMILY
    ));
    let (email, password) = &prepared.login;
    out.push_str(&format!(
        "dashboard: {}/login\n\
         Log in as {email} with the password {password} (new on every run) to watch the\n\
         campaign fill as you reply in the simulator.\n",
        running.url()
    ));
    out
}
