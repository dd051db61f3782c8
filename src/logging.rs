//! Log set-up: `tracing` to stderr, level from `RUST_LOG` (default `info`). Phone numbers reach
//! logs only through `Phone`'s masked `Display` or [`crate::domain::phone::mask`]; message
//! bodies are never logged at info level.

use tracing_subscriber::EnvFilter;

pub fn init() {
    let filter = EnvFilter::try_from_default_env()
        .unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn,tower_http=info"));
    let _ = tracing_subscriber::fmt()
        .with_env_filter(filter)
        .with_writer(std::io::stderr)
        .try_init();
}
