//! The SMS/voice provider: Twilio's wire format, which any Twilio-compatible provider speaks.
//!
//! Three concerns, each in its own file so the webhook handlers and the outbound queue depend
//! only on what they use:
//! - [`signature`]: is this webhook really from the provider? (`X-Twilio-Signature`, and the
//!   form body it covers)
//! - [`twiml`]: what a webhook answers (`<Response><Message>…`)
//! - [`twilio`]: the REST client the outbound queue sends through, with outcomes that say
//!   whether a failed send may be retried.
//! - [`simulated`]: phones in the database instead of a provider account (the demo), speaking
//!   the same webhooks.

pub mod signature;
pub mod simulated;
pub mod twilio;
pub mod twiml;

pub use simulated::SimulatedProvider;
pub use twilio::{FetchOutcome, Lookup, SendOutcome, Sender, TwilioClient};

use crate::config::{Config, ProviderConfig};

/// The provider the outbound queue sends through: a Twilio account (or compatible), or the
/// simulated phones when no account is configured.
#[derive(Clone, Debug)]
pub enum Provider {
    Twilio(TwilioClient),
    Simulated(SimulatedProvider),
}

impl Provider {
    /// The provider `config` names; `None` for the simulated provider (the demo's phones).
    pub fn from_config(config: &Config) -> Result<Option<Provider>, twilio::ClientError> {
        match &config.provider {
            ProviderConfig::Twilio {
                account_sid,
                auth_token,
                api_base,
                sender,
            } => Ok(Some(Provider::Twilio(TwilioClient::with_timeouts(
                api_base,
                account_sid,
                auth_token,
                sender.clone(),
                twilio::CONNECT_TIMEOUT.min(config.provider_timeout),
                config.provider_timeout,
            )?))),
            ProviderConfig::Simulated | ProviderConfig::Unset => Ok(None),
        }
    }

    pub async fn send(&self, to: &str, body: &str, status_callback: Option<&str>) -> SendOutcome {
        match self {
            Provider::Twilio(client) => client.send(to, body, status_callback).await,
            Provider::Simulated(phones) => phones.send(to, body, status_callback).await,
        }
    }

    /// Places a call (see [`TwilioClient::call`]); the simulated phones ring in `/simulator`.
    pub async fn call(&self, to: &str, url: &str, status_callback: &str) -> SendOutcome {
        match self {
            Provider::Twilio(client) => client.call(to, url, status_callback).await,
            Provider::Simulated(phones) => phones.call(to, url, status_callback).await,
        }
    }

    /// Looks for a text whose send outcome we never learnt: by its sid when we have one,
    /// otherwise among the texts to `to` since `since` with the same `body`.
    pub async fn lookup(
        &self,
        sid: Option<&str>,
        to: &str,
        body: &str,
        since: chrono::DateTime<chrono::Utc>,
    ) -> Lookup {
        match (self, sid) {
            (Provider::Twilio(client), Some(sid)) => match client.fetch(sid).await {
                FetchOutcome::Found { status, error_code } => Lookup::Found {
                    sid: sid.to_string(),
                    status,
                    error_code,
                },
                FetchOutcome::NotFound => Lookup::NotFound,
                FetchOutcome::Retry { reason } => Lookup::Retry { reason },
            },
            (Provider::Twilio(client), None) => client.find(to, body, since).await,
            (Provider::Simulated(phones), _) => phones.find(to, body, since).await,
        }
    }

    /// The name the shared send-rate budget of what goes to `to` is kept under (its sender
    /// number, or the Messaging Service).
    pub fn sender_key(&self, to: &str) -> String {
        match self {
            Provider::Twilio(client) => client.sender().key_for(to).to_string(),
            Provider::Simulated(_) => simulated::NUMBER.to_string(),
        }
    }
}
