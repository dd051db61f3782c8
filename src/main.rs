//! The `homevisit` command: parses arguments, calls the library, maps errors to exit codes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use homevisit::clock::{Clock, SystemClock};
use homevisit::config::Config;
use homevisit::conversation::understand;
use homevisit::domain::{Country, LanguageTag, parse_zone};
use homevisit::http::api::tokens as api_tokens;
use homevisit::i18n::{Locales, preview};
use homevisit::{app, calendar, campaign, hours, import, report, store};

#[derive(Parser)]
#[command(
    name = "homevisit",
    version,
    about = "Schedules parent/teacher home visits by text message"
)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// The whole journey on this machine: demo data, the simulated provider, the phone simulator.
    Demo {
        /// Delete the demo's data and start over with a fresh campaign.
        #[arg(long)]
        reset: bool,
    },
    /// Runs the webhook server and background workers.
    Serve,
    /// Applies database migrations.
    Migrate,
    /// Schools.
    School {
        #[command(subcommand)]
        command: SchoolCommand,
    },
    /// Imports a roster CSV (all rows or none).
    Import {
        #[command(subcommand)]
        what: ImportCommand,
    },
    /// Outreach to a school's families.
    Campaign {
        #[command(subcommand)]
        command: CampaignCommand,
    },
    /// A campaign's funnel: invited, replied, accepted, declined, opted out, …
    Report {
        #[arg(long)]
        campaign: i64,
        #[arg(long, value_enum, default_value = "text")]
        format: ReportFormat,
    },
    /// How a family's reply is understood (for translators tuning their locale): one reply
    /// (`--language TAG TEXT`), or a file of `TAG<TAB>REPLY` lines (`--file replies.tsv`),
    /// one JSON object a line out.
    Understand {
        #[arg(long, required_unless_present = "file", requires = "text")]
        language: Option<String>,
        #[arg(required_unless_present = "file")]
        text: Option<String>,
        /// A file of replies, one `language<TAB>reply` a line.
        #[arg(long, conflicts_with_all = ["language", "text"])]
        file: Option<PathBuf>,
    },
    /// Dashboard logins.
    Coordinator {
        #[command(subcommand)]
        command: CoordinatorCommand,
    },
    /// A consistent copy of the SQLite database while `serve` runs (created 0600, checked with
    /// PRAGMA integrity_check). On PostgreSQL, use pg_dump.
    Backup {
        /// Where to write the copy (must not exist).
        file: std::path::PathBuf,
    },
    /// Erases a family (or an educator) on request: names, phone, students, the words of every
    /// text, places; counts stay and an opt-out stays in force.
    Forget {
        phone: String,
        /// Only in this school (default: every school that knows the phone).
        #[arg(long)]
        school: Option<String>,
    },
    /// Everything held about a family (or an educator), as JSON.
    Export {
        phone: String,
        #[arg(long)]
        school: String,
    },
    /// Completed visits and minutes per educator, for stipends.
    Hours {
        #[arg(long)]
        school: String,
        /// First local date, e.g. 2026-10-01 (inclusive).
        #[arg(long)]
        from: String,
        /// Last local date, e.g. 2026-10-31 (inclusive).
        #[arg(long)]
        to: String,
        #[arg(long, value_enum, default_value = "text")]
        format: HoursFormat,
    },
    /// The school's visits: time, pair, family, language (and whether an interpreter is
    /// needed), place, status.
    Visits {
        #[arg(long)]
        school: String,
        /// First local date, e.g. 2026-10-01 (inclusive; with --to).
        #[arg(long, requires = "to")]
        from: Option<String>,
        /// Last local date (inclusive; with --from).
        #[arg(long, requires = "from")]
        to: Option<String>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
    /// Educators' calendar feeds.
    Educator {
        #[command(subcommand)]
        command: EducatorCommand,
    },
    /// Every text of a language rendered with sample names and times, with its SMS cost
    /// (for translators and native reviewers).
    Messages {
        /// The family's language, as a roster writes it: es, es-MX, zh-TW, prs, …
        #[arg(long)]
        language: String,
        /// The school's country (ISO code): it decides the clock, e.g. es at a US school
        /// reads "4:30 p.m.".
        #[arg(long, default_value = "US")]
        country: String,
        /// Render with the longest names we expect instead of typical ones.
        #[arg(long)]
        long: bool,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum HoursFormat {
    Text,
    Csv,
}

#[derive(Subcommand)]
enum EducatorCommand {
    /// Prints the educator's calendar feed URL.
    Calendar {
        /// The educator's name or phone.
        educator: String,
        #[arg(long)]
        school: String,
    },
    /// Gives the educator a new feed URL; the old one answers 404 from then on.
    RotateToken {
        /// The educator's name or phone.
        educator: String,
        #[arg(long)]
        school: String,
    },
}

#[derive(Subcommand)]
enum SchoolCommand {
    /// Creates or updates a school.
    Add {
        key: String,
        #[arg(long)]
        name: String,
        /// IANA time zone, e.g. America/Los_Angeles.
        #[arg(long)]
        timezone: String,
        /// Two-letter country code used to read phone numbers without +country.
        #[arg(long, default_value = "US")]
        country: String,
        /// How families reach the school, named in HELP answers (e.g. a phone number).
        #[arg(long)]
        contact: Option<String>,
        /// The school's own quiet hours, `HH:MM-HH:MM` local time (or `none`), instead of
        /// HOMEVISIT_QUIET_HOURS: for a state whose law is stricter (e.g. 20:00-08:00).
        #[arg(long)]
        quiet_hours: Option<String>,
    },
}

#[derive(Subcommand)]
enum ImportCommand {
    Families {
        file: PathBuf,
        #[arg(long)]
        school: String,
    },
    Educators {
        file: PathBuf,
        #[arg(long)]
        school: String,
    },
    Slots {
        file: PathBuf,
        #[arg(long)]
        school: String,
    },
}

#[derive(Subcommand)]
enum CampaignCommand {
    /// Invites every family of the school (or a random sample) and queues the invitations.
    Launch {
        #[arg(long)]
        school: String,
        #[arg(long)]
        name: String,
        /// Percent of families to invite, drawn at random with --seed.
        #[arg(long, requires = "seed")]
        sample: Option<u8>,
        #[arg(long, requires = "sample")]
        seed: Option<u64>,
        /// Count and estimate only; send nothing.
        #[arg(long)]
        dry_run: bool,
        /// The year's second visit: invite the families whose visit in campaign ID was
        /// completed, offering the pair who came first.
        #[arg(long, value_name = "ID")]
        second_visit_of: Option<i64>,
        #[arg(long, value_enum, default_value = "text")]
        format: Format,
    },
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum Format {
    Text,
    Json,
}

#[derive(Clone, Copy, clap::ValueEnum)]
enum ReportFormat {
    Text,
    Json,
    Csv,
}

#[derive(Subcommand)]
enum CoordinatorCommand {
    /// Adds a login (password from HOMEVISIT_PASSWORD or a prompt).
    Add {
        email: String,
        #[arg(long)]
        school: String,
    },
    /// Prints a new bearer token for the JSON API (`Authorization: Bearer …`); with
    /// --revoke, ends all of that coordinator's tokens instead.
    Token {
        email: String,
        #[arg(long)]
        revoke: bool,
    },
}

fn main() -> ExitCode {
    homevisit::logging::init();
    let cli = Cli::parse();
    let runtime = match tokio::runtime::Runtime::new() {
        Ok(rt) => rt,
        Err(e) => {
            eprintln!("error: cannot start the async runtime: {e}");
            return ExitCode::FAILURE;
        }
    };
    match runtime.block_on(run(cli)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            // One line: the reason, then its causes.
            let reason = e
                .chain()
                .map(ToString::to_string)
                .collect::<Vec<_>>()
                .join(": ");
            eprintln!("error: {reason}");
            ExitCode::FAILURE
        }
    }
}

async fn run(cli: Cli) -> anyhow::Result<()> {
    let config = Config::from_env()?;
    let clock: Arc<dyn Clock> = Arc::new(SystemClock);
    match cli.command {
        Command::Migrate => {
            app::open_db(&config).await?;
            println!(
                "migrations applied ({})",
                app::redact_url(&config.database_url)
            );
        }
        Command::Demo { reset } => {
            let options = homevisit::demo::Options::from_env(reset);
            let (running, prepared) = homevisit::demo::start(config, &options, clock).await?;
            print!("{}", homevisit::demo::banner(&running, &prepared));
            running.until_signal().await?;
        }
        Command::Serve => {
            let db = app::open_db(&config).await?;
            let running = app::start(config, db, clock).await?;
            running.until_signal().await?;
        }
        Command::School {
            command:
                SchoolCommand::Add {
                    key,
                    name,
                    timezone,
                    country,
                    contact,
                    quiet_hours,
                },
        } => {
            let zone = parse_zone(&timezone)?;
            if let Some(window) = &quiet_hours {
                homevisit::config::parse_quiet_hours(window)
                    .map_err(|e| anyhow::anyhow!("--quiet-hours: {e}"))?;
            }
            let country = Country::parse(&country)?;
            if key.trim().is_empty() || name.trim().is_empty() {
                bail!("the school needs a key and a name");
            }
            let db = app::open_db(&config).await?;
            let mut tx = db.begin().await?;
            let school = store::schools::upsert(
                &mut tx,
                key.trim(),
                name.trim(),
                zone,
                country,
                contact.as_deref(),
                clock.now().timestamp(),
            )
            .await?;
            if let Some(window) = &quiet_hours {
                store::schools::set_quiet_hours(&mut tx, school.id, Some(window.trim())).await?;
            }
            tx.commit().await?;
            match &quiet_hours {
                Some(window) => println!(
                    "school {} ({}) in {}, its own quiet hours {}",
                    school.key,
                    school.name,
                    school.zone,
                    window.trim()
                ),
                None => println!("school {} ({}) in {}", school.key, school.name, school.zone),
            }
        }
        Command::Import { what } => {
            let (kind, file, school) = match &what {
                ImportCommand::Families { file, school } => ("families", file, school),
                ImportCommand::Educators { file, school } => ("educators", file, school),
                ImportCommand::Slots { file, school } => ("slots", file, school),
            };
            let bytes =
                std::fs::read(file).with_context(|| format!("cannot read {}", file.display()))?;
            let db = app::open_db(&config).await?;
            let now = clock.now();
            let result = match what {
                ImportCommand::Families { .. } => import::families(&db, school, &bytes, now).await,
                ImportCommand::Educators { .. } => {
                    import::educators(&db, school, &bytes, now).await
                }
                ImportCommand::Slots { .. } => import::slots(&db, school, &bytes, now).await,
            };
            match result {
                Ok(done) => println!("imported {} {kind} from {} rows", done.records, done.rows),
                Err(import::ImportError::Rows(problems)) => {
                    for p in &problems {
                        eprintln!("{}: {p}", file.display());
                    }
                    bail!(
                        "{} refused: {} bad row{}; nothing was imported",
                        file.display(),
                        problems.len(),
                        if problems.len() == 1 { "" } else { "s" }
                    );
                }
                Err(e) => return Err(e.into()),
            }
        }
        Command::Campaign {
            command:
                CampaignCommand::Launch {
                    school,
                    name,
                    sample,
                    seed,
                    dry_run,
                    second_visit_of,
                    format,
                },
        } => {
            if name.trim().is_empty() {
                bail!("the campaign needs a name");
            }
            let db = app::open_db(&config).await?;
            let locales = Locales::load()?;
            let sampling = sample.zip(seed);
            let launch = campaign::launch(
                &db,
                &config,
                &locales,
                campaign::Request {
                    school: &school,
                    name: name.trim(),
                    sampling,
                    dry_run,
                    second_visit_of,
                },
                clock.now(),
            )
            .await?;
            let advice = campaign::pace_advice(&launch, &config);
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&launch)?),
                Format::Text => {
                    match launch.campaign {
                        Some(id) => println!(
                            "campaign {id}: invited {} of {} families",
                            launch.invited, launch.roster
                        ),
                        None => println!(
                            "dry run: would invite {} of {} families",
                            launch.invited, launch.roster
                        ),
                    }
                    println!(
                        "skipped: {} opted out, {} not in the sample, {} with no open slot",
                        launch.opted_out_skipped, launch.not_sampled, launch.no_open_slot
                    );
                    for (language, n) in &launch.by_language {
                        println!("  {language}: {n}");
                    }
                    println!(
                        "{} segments; the last invitation should go out by {} UTC",
                        launch.segments,
                        launch.last_send.format("%Y-%m-%d %H:%M")
                    );
                }
            }
            if let Some(advice) = advice {
                eprintln!("{advice}");
            }
            if launch.campaign.is_some()
                && !matches!(
                    config.provider,
                    homevisit::config::ProviderConfig::Twilio { .. }
                )
            {
                eprintln!(
                    "note: the invitations are queued; `homevisit serve` sends them once TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are set (or, to try it on simulated phones, HOMEVISIT_PROVIDER=simulated)"
                );
            }
        }
        Command::Report { campaign, format } => {
            let db = app::open_db(&config).await?;
            let report = report::campaign(&db, campaign).await?;
            match format {
                ReportFormat::Json => println!("{}", serde_json::to_string_pretty(&report)?),
                ReportFormat::Csv => print!("{}", report.to_csv()?),
                ReportFormat::Text => print!("{}", report.to_text()),
            }
        }
        Command::Understand {
            file: Some(file), ..
        } => {
            let source = std::fs::read_to_string(&file)
                .with_context(|| format!("cannot read {}", file.display()))?;
            match understand::review(&source) {
                Ok(reviewed) => {
                    for line in reviewed {
                        println!("{}", serde_json::to_string(&line)?);
                    }
                }
                Err(errors) => {
                    for error in &errors {
                        eprintln!("{}: {error}", file.display());
                    }
                    bail!(
                        "{}: {} bad line(s); expected language<TAB>reply",
                        file.display(),
                        errors.len()
                    );
                }
            }
        }
        Command::Understand { language, text, .. } => {
            let (Some(language), Some(text)) = (language, text) else {
                bail!("give --language TAG TEXT, or --file replies.tsv");
            };
            let language = LanguageTag::parse(&language)?;
            let intent = understand(&text, &language, 3);
            println!("{}", serde_json::to_string(&intent)?);
        }
        Command::Coordinator {
            command: CoordinatorCommand::Add { email, school },
        } => {
            let password = match std::env::var("HOMEVISIT_PASSWORD") {
                Ok(p) if !p.is_empty() => p,
                _ => rpassword::prompt_password(format!("password for {email}: "))
                    .context("cannot read a password (set HOMEVISIT_PASSWORD)")?,
            };
            let db = app::open_db(&config).await?;
            let id = homevisit::http::auth::add_coordinator(
                &db,
                &school,
                &email,
                &password,
                clock.now(),
            )
            .await?;
            println!("coordinator {email} (id {id}) can log in");
        }
        Command::Backup { file } => {
            let db = app::open_db(&config).await?;
            homevisit::privacy::backup(&db, &file).await?;
            println!("backup written to {} (integrity ok)", file.display());
        }
        Command::Forget { phone, school } => {
            let db = app::open_db(&config).await?;
            let erased =
                homevisit::privacy::forget(&db, &phone, school.as_deref(), clock.now()).await?;
            println!(
                "erased {} families ({} students), {} educators and the words of {} texts; counts in reports are unchanged",
                erased.families, erased.students, erased.educators, erased.messages
            );
        }
        Command::Export { phone, school } => {
            let db = app::open_db(&config).await?;
            let found = homevisit::privacy::export(&db, &phone, &school).await?;
            println!("{}", serde_json::to_string_pretty(&found)?);
        }
        Command::Coordinator {
            command: CoordinatorCommand::Token { email, revoke },
        } => {
            let db = app::open_db(&config).await?;
            if revoke {
                let ended = api_tokens::revoke(&db, &email, clock.now()).await?;
                println!("revoked {ended} token(s) of {email}");
            } else {
                println!("{}", api_tokens::issue(&db, &email, clock.now()).await?);
            }
        }
        Command::Hours {
            school,
            from,
            to,
            format,
        } => {
            let range = hours::DateRange::parse(&from, &to)?;
            let db = app::open_db(&config).await?;
            let report = hours::report(&db, &school, range).await?;
            match format {
                HoursFormat::Csv => print!("{}", report.to_csv()?),
                HoursFormat::Text => print!("{}", report.to_text()),
            }
        }
        Command::Visits {
            school,
            from,
            to,
            format,
        } => {
            let range = match (from, to) {
                (Some(from), Some(to)) => Some(hours::DateRange::parse(&from, &to)?),
                _ => None,
            };
            let db = app::open_db(&config).await?;
            let mut tx = db.read().await?;
            let school = store::schools::by_key(&mut tx, &school).await?;
            let views =
                homevisit::http::api::schedule::visit_views(&mut tx, &school, range.as_ref())
                    .await?;
            tx.rollback().await?;
            match format {
                Format::Json => println!("{}", serde_json::to_string_pretty(&views)?),
                Format::Text => {
                    print!("{}", homevisit::http::api::schedule::visits_text(&views))
                }
            }
        }
        Command::Educator { command } => {
            let db = app::open_db(&config).await?;
            match command {
                EducatorCommand::Calendar { educator, school } => {
                    let (_, url) =
                        calendar::educator_feed_url(&db, &config.public_url, &school, &educator)
                            .await?;
                    println!("{url}");
                }
                EducatorCommand::RotateToken { educator, school } => {
                    let (found, url) =
                        calendar::rotate_token(&db, &config.public_url, &school, &educator).await?;
                    println!("{url}");
                    eprintln!(
                        "{}'s previous feed URL no longer works; give them this one",
                        found.name
                    );
                }
            }
        }
        Command::Messages {
            language,
            country,
            long,
        } => {
            let facts = if long {
                &preview::LONG
            } else {
                &preview::TYPICAL
            };
            let text = preview::render(
                &Locales::load()?,
                &LanguageTag::parse(&language)?,
                Country::parse(&country)?,
                facts,
            );
            print!("{text}");
        }
    }
    Ok(())
}
