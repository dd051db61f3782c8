//! Starting and stopping the whole service: database, migrations, HTTP server (and, as they
//! arrive, the background workers). `serve`, `demo` and the integration tests all start it
//! here, so tests exercise exactly what production runs.

use std::net::SocketAddr;
use std::sync::Arc;

use anyhow::Context;
use tokio::sync::oneshot;
use tokio::task::JoinHandle;

use crate::clock::Clock;
use crate::config::Config;
use crate::http::{self, AppState};
use crate::store::Db;

/// A running service.
pub struct RunningApp {
    pub addr: SocketAddr,
    pub state: AppState,
    stop: Option<oneshot::Sender<()>>,
    server: JoinHandle<std::io::Result<()>>,
}

impl RunningApp {
    /// Stops accepting requests, lets in-flight ones finish, and waits.
    pub async fn stop(mut self) -> anyhow::Result<()> {
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

/// Starts the service on `config.listen` (port 0: any free port).
pub async fn start(config: Config, db: Db, clock: Arc<dyn Clock>) -> anyhow::Result<RunningApp> {
    let (listener, addr) = http::bind(config.listen)
        .await
        .with_context(|| format!("cannot listen on {}", config.listen))?;
    let state = AppState {
        config: Arc::new(config),
        db,
        clock,
    };
    let (stop_tx, stop_rx) = oneshot::channel::<()>();
    let server = tokio::spawn(http::serve(listener, state.clone(), async {
        let _ = stop_rx.await;
    }));
    tracing::info!(%addr, database = state.db.dialect(), "homevisit is listening");
    Ok(RunningApp {
        addr,
        state,
        stop: Some(stop_tx),
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
