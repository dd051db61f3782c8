//! Starting and stopping the whole service: database, migrations, HTTP server (and, as they
//! arrive, the background workers). `serve`, `demo` and the integration tests all start it
//! here, so tests exercise exactly what production runs.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::net::TcpListener;
use tokio::sync::{Notify, oneshot, watch};
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::{Config, ProviderConfig};
use crate::http::{self, AppState};
use crate::i18n::Locales;
use crate::jobs::scheduler::Scheduler;
use crate::jobs::sender::SenderWorker;
use crate::provider::{Provider, SimulatedProvider};
use crate::store::Db;

/// A running service.
pub struct RunningApp {
    pub addr: SocketAddr,
    pub state: AppState,
    /// The outbound sender (through the provider, or the simulated phones).
    pub sender: SenderWorker,
    /// Reminders and follow-ups.
    pub scheduler: Scheduler,
    stop: Option<oneshot::Sender<()>>,
    stop_workers: watch::Sender<bool>,
    workers: Vec<JoinHandle<()>>,
    server: JoinHandle<std::io::Result<()>>,
}

impl RunningApp {
    /// Stops accepting requests, lets in-flight ones finish, and waits.
    pub async fn stop(mut self) -> anyhow::Result<()> {
        let _ = self.stop_workers.send(true);
        for worker in self.workers.drain(..) {
            let _ = worker.await;
        }
        // The simulated carrier's last delivery reports still need the HTTP server.
        if let Some(phones) = &self.state.simulator {
            phones.settle(std::time::Duration::from_secs(5)).await;
        }
        if let Some(stop) = self.stop.take() {
            let _ = stop.send(());
        }
        (&mut self.server).await.context("server task")??;
        Ok(())
    }

    /// Runs until ctrl-c/SIGTERM, then stops gracefully.
    pub async fn until_signal(self) -> anyhow::Result<()> {
        http::shutdown_signal().await;
        self.stop().await
    }

    pub fn url(&self) -> String {
        format!("http://{}", self.addr)
    }
}

/// Connects to the configured database and applies migrations.
pub async fn open_db(config: &Config) -> anyhow::Result<Db> {
    let db = Db::connect(&config.database_url).await.with_context(|| {
        format!(
            "cannot open the database ({})",
            redact_url(&config.database_url)
        )
    })?;
    db.migrate().await.context("cannot apply migrations")?;
    Ok(db)
}

/// Starts the service on `config.listen` (port 0: any free port), with its background workers.
pub async fn start(config: Config, db: Db, clock: Arc<dyn Clock>) -> anyhow::Result<RunningApp> {
    start_with(config, db, clock, true).await
}

/// Starts the service; with `background` false the workers are built but not run, so a test
/// drives them step by step (`RunningApp::sender`).
pub async fn start_with(
    config: Config,
    db: Db,
    clock: Arc<dyn Clock>,
    background: bool,
) -> anyhow::Result<RunningApp> {
    let listener = bind(&config).await?;
    start_on(listener, config, db, clock, background).await
}

/// Binds `config.listen`, with an error that names it.
pub async fn bind(config: &Config) -> anyhow::Result<TcpListener> {
    let (listener, _) = http::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    Ok(listener)
}

/// Starts the service on a listener bound beforehand (`demo` binds before it touches its
/// data, so a second demo on a taken port changes nothing).
pub async fn start_on(
    listener: TcpListener,
    mut config: Config,
    db: Db,
    clock: Arc<dyn Clock>,
    background: bool,
) -> anyhow::Result<RunningApp> {
    let addr = listener
        .local_addr()
        .context("the listener has no address")?;
    // Without HOMEVISIT_PUBLIC_URL the public URL is the listen address: use the real port
    // when the configured one was 0 (any free port).
    if config.public_url == format!("http://{}", config.listen) {
        config.public_url = format!("http://{addr}");
    }
    config.require_provider()?;
    let locales = Arc::new(Locales::load().context("cannot load the locales")?);
    let provider = Provider::from_config(&config).context("cannot set up the provider")?;
    let webhook_token = match &config.provider {
        ProviderConfig::Twilio { auth_token, .. } => auth_token.clone(),
        ProviderConfig::Simulated | ProviderConfig::Unset => crate::store::random_token(24),
    };
    let simulator = match provider {
        Some(_) => None,
        None => Some(SimulatedProvider::new(
            Arc::new(db.clone()),
            clock.clone(),
            &webhook_token,
            &config.public_url,
            &format!("http://{addr}"),
        )),
    };
    let provider = provider.unwrap_or_else(|| {
        Provider::Simulated(
            simulator
                .clone()
                .expect("the simulator exists without a provider"),
        )
    });
    let state = AppState {
        config: Arc::new(config),
        writes: crate::store::writer::Writes::start(&db),
        db,
        clock,
        locales,
        webhook_token,
        simulator,
    };
    let (stop_workers, workers_stopped) = watch::channel(false);
    let sender = SenderWorker {
        writes: state.writes.clone(),
        provider,
        config: state.config.clone(),
        clock: state.clock.clone(),
        locales: state.locales.clone(),
        wake: Arc::new(Notify::new()),
        unknown_checked: Arc::new(std::sync::atomic::AtomicI64::new(i64::MIN)),
    };
    let scheduler = Scheduler {
        db: state.db.clone(),
        config: state.config.clone(),
        clock: state.clock.clone(),
        locales: state.locales.clone(),
    };
    let mut workers = Vec::new();
    if background {
        workers.push(tokio::spawn(scheduler.clone().run(workers_stopped.clone())));
    }
    if background {
        for worker in 0..state.config.send_workers {
            workers.push(tokio::spawn(
                sender.clone().run_as(worker, workers_stopped.clone()),
            ));
        }
    }
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let server = tokio::spawn(http::serve(listener, state.clone(), async {
        let _ = stop_rx.await;
    }));
    tracing::info!(%addr, database = state.db.dialect(), "homevisit is listening");
    if state.simulator.is_some() {
        tracing::warn!(
            "HOMEVISIT_PROVIDER=simulated: texts go to simulated phones (http://{addr}/simulator), not real ones"
        );
    }
    Ok(RunningApp {
        addr,
        state,
        sender,
        scheduler,
        stop: Some(stop_tx),
        stop_workers,
        workers,
        server,
    })
}

/// A database URL without its password, for messages.
pub fn redact_url(url: &str) -> String {
    match (url.find("://"), url.rfind('@')) {
        (Some(scheme), Some(at)) if at > scheme => {
            let creds = &url[scheme + 3..at];
            let user = creds.split(':').next().unwrap_or("");
            format!("{}{}:***{}", &url[..scheme + 3], user, &url[at..])
        }
        _ => url.to_string(),
    }
}
