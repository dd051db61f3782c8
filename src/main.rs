//! The `homevisit` command: parses arguments, calls the library, maps errors to exit codes.

use std::path::PathBuf;
use std::process::ExitCode;
use std::sync::Arc;

use anyhow::{Context, bail};
use clap::{Parser, Subcommand};

use homevisit::clock::{Clock, SystemClock};
use homevisit::config::Config;
use homevisit::domain::{Country, parse_zone};
use homevisit::{app, import, store};

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
    /// Dashboard logins.
    Coordinator {
        #[command(subcommand)]
        command: CoordinatorCommand,
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
enum CoordinatorCommand {
    /// Adds a login (password from HOMEVISIT_PASSWORD or a prompt).
    Add {
        email: String,
        #[arg(long)]
        school: String,
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
                },
        } => {
            let zone = parse_zone(&timezone)?;
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
            tx.commit().await?;
            println!("school {} ({}) in {}", school.key, school.name, school.zone);
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
    }
    Ok(())
}
