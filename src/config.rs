//! Configuration, read once from the environment (names and defaults as in `CONTRACT.md`).
//!
//! Every value is parsed into its type here; a bad value is a one-line error naming the
//! variable, and the process stops before doing anything.

use std::collections::HashMap;
use std::net::SocketAddr;
use std::time::Duration;

use chrono::NaiveTime;

/// How long a claimed text is held before another process may take it (its sender died):
/// the default of `HOMEVISIT_SEND_LEASE_SECS`. The sender takes its rate budget before it
/// claims, so a lease covers one HTTP call: the provider timeout (15 s) and a margin.
pub const DEFAULT_SEND_LEASE: Duration = Duration::from_secs(30);

/// Who the texts come from: one number, several numbers, or a Messaging Service (which picks
/// among its numbers).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Sender {
    /// `From`: an E.164 number (or alphanumeric sender ID) on the account.
    From(String),
    /// Several `From` numbers (`TWILIO_FROM=+1…,+1…`): each recipient always hears from the
    /// same one (chosen by a stable hash of the recipient's number), and each number keeps its
    /// own `HOMEVISIT_SEND_RATE`.
    Numbers(Vec<String>),
    /// `MessagingServiceSid`: `MG…`.
    MessagingService(String),
}

impl Sender {
    /// The `From` number texts and calls to `to` come from (`None`: a Messaging Service,
    /// which picks its own).
    pub fn number_for(&self, to: &str) -> Option<&str> {
        match self {
            Sender::From(n) => Some(n),
            Sender::Numbers(numbers) if !numbers.is_empty() => {
                // FNV-1a: stable across builds and restarts, unlike std's hasher.
                let hash = to.bytes().fold(0xcbf2_9ce4_8422_2325_u64, |h, b| {
                    (h ^ u64::from(b)).wrapping_mul(0x0000_0100_0000_01b3)
                });
                Some(&numbers[(hash % numbers.len() as u64) as usize])
            }
            Sender::Numbers(_) | Sender::MessagingService(_) => None,
        }
    }

    /// A stable name for per-sender bookkeeping (the shared send-rate budget) of what goes to
    /// `to`: its number, or the Messaging Service.
    pub fn key_for<'a>(&'a self, to: &str) -> &'a str {
        match self {
            Sender::MessagingService(sid) => sid,
            _ => self.number_for(to).unwrap_or(""),
        }
    }

    /// Every configured value (numbers or the service sid), for validation.
    pub fn values(&self) -> Vec<&str> {
        match self {
            Sender::From(n) | Sender::MessagingService(n) => vec![n],
            Sender::Numbers(numbers) => numbers.iter().map(String::as_str).collect(),
        }
    }

    /// How many numbers send (a Messaging Service counts as one).
    pub fn count(&self) -> usize {
        match self {
            Sender::Numbers(numbers) => numbers.len(),
            _ => 1,
        }
    }
}

/// Where texts go out and come in.
#[derive(Clone, PartialEq, Eq)]
pub enum ProviderConfig {
    /// A Twilio account (or a Twilio-compatible provider).
    Twilio {
        account_sid: String,
        auth_token: String,
        api_base: String,
        sender: Sender,
    },
    /// Chosen with `HOMEVISIT_PROVIDER=simulated` (the demo sets it for itself): texts go to
    /// simulated phones (`/simulator`).
    Simulated,
    /// Neither credentials nor `HOMEVISIT_PROVIDER=simulated`: commands that only use the
    /// database work, but `serve` refuses to start ([`Config::require_provider`]), so a
    /// deployment that lost its secrets never drops real texts onto simulated phones.
    Unset,
}

impl std::fmt::Debug for ProviderConfig {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            ProviderConfig::Twilio {
                api_base, sender, ..
            } => f
                .debug_struct("Twilio")
                .field("api_base", api_base)
                .field("sender", sender)
                .finish_non_exhaustive(),
            ProviderConfig::Simulated => f.write_str("Simulated"),
            ProviderConfig::Unset => f.write_str("Unset"),
        }
    }
}

/// The local hours in which no family is texted or called (e.g. 21:00–08:00).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct QuietHours {
    pub start: NaiveTime,
    pub end: NaiveTime,
}

impl QuietHours {
    /// Whether a local time of day falls inside the quiet window (which may wrap midnight).
    pub fn contains(&self, t: NaiveTime) -> bool {
        if self.start <= self.end {
            t >= self.start && t < self.end
        } else {
            t >= self.start || t < self.end
        }
    }
}

#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    pub database_url: String,
    pub listen: SocketAddr,
    /// Base URL the provider calls, without a trailing slash.
    pub public_url: String,
    pub provider: ProviderConfig,
    /// `None`: quiet hours off.
    pub quiet_hours: Option<QuietHours>,
    /// Outbound segments per second per sender.
    pub send_rate: f64,
    /// Concurrent senders in this process (`HOMEVISIT_SEND_WORKERS`; default 1, or one per
    /// number up to 16 when `TWILIO_FROM` lists several).
    pub send_workers: usize,
    /// Days without an answer before the one follow-up.
    pub follow_up_days: i64,
    /// Minutes an educator needs between two visits.
    pub travel_buffer_minutes: i64,
    /// Named in HELP answers.
    pub program_name: String,
    pub request_timeout: Duration,
    /// How long a send may wait for the provider's answer before it is `unknown`.
    pub provider_timeout: Duration,
    /// How long a claimed text is held before another sender may take it (its process died).
    pub send_lease: Duration,
    /// Days the words of a text are kept (`HOMEVISIT_RETAIN_DAYS`); then the scheduler erases
    /// them, keeping the facts they caused.
    pub retain_days: i64,
    /// `HOMEVISIT_METRICS_TOKEN`: when set, `/metrics` answers only `Authorization: Bearer`
    /// with it (for a scraper that is not on a private network).
    pub metrics_token: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {reason}")]
pub struct ConfigError {
    pub variable: &'static str,
    pub reason: String,
}

fn err(variable: &'static str, reason: impl Into<String>) -> ConfigError {
    ConfigError {
        variable,
        reason: reason.into(),
    }
}

impl Config {
    /// Reads the process environment.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_vars(&std::env::vars().collect())
    }

    /// Reads the given variables (tests pass their own map).
    pub fn from_vars(vars: &HashMap<String, String>) -> Result<Config, ConfigError> {
        let get = |name: &str| {
            vars.get(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };

        let database_url = get("DATABASE_URL").unwrap_or_else(|| "sqlite://homevisit.db".into());
        if !(database_url.starts_with("sqlite:")
            || database_url.starts_with("postgres://")
            || database_url.starts_with("postgresql://"))
        {
            return Err(err(
                "DATABASE_URL",
                "must start with sqlite:// or postgres://",
            ));
        }

        let listen_raw = get("HOMEVISIT_LISTEN").unwrap_or_else(|| "127.0.0.1:3000".into());
        let listen: SocketAddr = listen_raw.parse().map_err(|_| {
            err(
                "HOMEVISIT_LISTEN",
                format!("\"{listen_raw}\" is not an address like 127.0.0.1:3000"),
            )
        })?;

        let public_url = match get("HOMEVISIT_PUBLIC_URL") {
            Some(url) => {
                if !(url.starts_with("http://") || url.starts_with("https://")) {
                    return Err(err(
                        "HOMEVISIT_PUBLIC_URL",
                        "must start with http:// or https://",
                    ));
                }
                url.trim_end_matches('/').to_string()
            }
            None => format!("http://{listen}"),
        };

        let simulated = match get("HOMEVISIT_PROVIDER").map(|p| p.to_ascii_lowercase()) {
            None => false,
            Some(p) if p == "twilio" => false,
            Some(p) if p == "simulated" => true,
            Some(p) => {
                return Err(err(
                    "HOMEVISIT_PROVIDER",
                    format!("\"{p}\" is not a provider: twilio (the default) or simulated"),
                ));
            }
        };
        let provider = match (get("TWILIO_ACCOUNT_SID"), get("TWILIO_AUTH_TOKEN")) {
            _ if simulated => ProviderConfig::Simulated,
            (None, None) => ProviderConfig::Unset,
            (Some(_), None) => {
                return Err(err(
                    "TWILIO_AUTH_TOKEN",
                    "must be set with TWILIO_ACCOUNT_SID",
                ));
            }
            (None, Some(_)) => {
                return Err(err(
                    "TWILIO_ACCOUNT_SID",
                    "must be set with TWILIO_AUTH_TOKEN",
                ));
            }
            (Some(account_sid), Some(auth_token)) => {
                let sender = match (get("TWILIO_FROM"), get("TWILIO_MESSAGING_SERVICE_SID")) {
                    (Some(from), None) if from.contains(',') => {
                        let mut numbers: Vec<String> = Vec::new();
                        for number in from.split(',').map(str::trim) {
                            if number.is_empty() {
                                return Err(err(
                                    "TWILIO_FROM",
                                    "a list of numbers has an empty entry",
                                ));
                            }
                            if !numbers.iter().any(|n| n == number) {
                                numbers.push(number.to_string());
                            }
                        }
                        Sender::Numbers(numbers)
                    }
                    (Some(from), None) => Sender::From(from),
                    (None, Some(service)) => Sender::MessagingService(service),
                    (Some(_), Some(_)) => {
                        return Err(err(
                            "TWILIO_FROM",
                            "set TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID, not both",
                        ));
                    }
                    (None, None) => {
                        return Err(err(
                            "TWILIO_FROM",
                            "a sender is needed: set TWILIO_FROM or TWILIO_MESSAGING_SERVICE_SID",
                        ));
                    }
                };
                let api_base = get("TWILIO_API_BASE")
                    .unwrap_or_else(|| "https://api.twilio.com".into())
                    .trim_end_matches('/')
                    .to_string();
                if !(api_base.starts_with("http://") || api_base.starts_with("https://")) {
                    return Err(err(
                        "TWILIO_API_BASE",
                        "must start with http:// or https://",
                    ));
                }
                ProviderConfig::Twilio {
                    account_sid,
                    auth_token,
                    api_base,
                    sender,
                }
            }
        };

        // The simulated provider's `/simulator` shows every family's phone and lets whoever
        // reaches it reply as them: only ever on this machine.
        if matches!(provider, ProviderConfig::Simulated) && !listen.ip().is_loopback() {
            return Err(err(
                "HOMEVISIT_LISTEN",
                format!(
                    "{listen} is not a loopback address: the simulated provider (HOMEVISIT_PROVIDER=simulated) serves /simulator only on this machine"
                ),
            ));
        }

        // Twilio signs what it calls and sends families' words to it: over plain HTTP only on
        // this machine (a test, or a proxy on the same host that terminates TLS).
        if matches!(provider, ProviderConfig::Twilio { .. })
            && public_url.starts_with("http://")
            && !is_loopback_url(&public_url)
        {
            return Err(err(
                "HOMEVISIT_PUBLIC_URL",
                format!(
                    "{public_url} is plain http: Twilio must call an https:// URL (http:// only for this machine)"
                ),
            ));
        }

        let quiet_hours = parse_quiet_hours(
            &get("HOMEVISIT_QUIET_HOURS").unwrap_or_else(|| "21:00-08:00".into()),
        )
        .map_err(|reason| err("HOMEVISIT_QUIET_HOURS", reason))?;

        let send_rate = match get("HOMEVISIT_SEND_RATE") {
            None => 1.0,
            Some(raw) => match raw.parse::<f64>() {
                Ok(rate) if rate > 0.0 && rate.is_finite() && rate <= 10_000.0 => rate,
                _ => {
                    return Err(err(
                        "HOMEVISIT_SEND_RATE",
                        format!("\"{raw}\" is not a positive number of segments per second"),
                    ));
                }
            },
        };

        let default_workers = match &provider {
            ProviderConfig::Twilio { sender, .. } => sender.count().min(16),
            _ => 1,
        };
        let send_workers = parse_int(
            get("HOMEVISIT_SEND_WORKERS"),
            default_workers as i64,
            1,
            64,
            "HOMEVISIT_SEND_WORKERS",
        )? as usize;

        let follow_up_days = parse_int(
            get("HOMEVISIT_FOLLOW_UP_DAYS"),
            3,
            1,
            60,
            "HOMEVISIT_FOLLOW_UP_DAYS",
        )?;
        let travel_buffer_minutes = parse_int(
            get("HOMEVISIT_TRAVEL_BUFFER"),
            15,
            0,
            240,
            "HOMEVISIT_TRAVEL_BUFFER",
        )?;
        let provider_timeout = Duration::from_secs(parse_int(
            get("HOMEVISIT_PROVIDER_TIMEOUT"),
            15,
            1,
            120,
            "HOMEVISIT_PROVIDER_TIMEOUT",
        )? as u64);
        let send_lease = Duration::from_secs(parse_int(
            get("HOMEVISIT_SEND_LEASE_SECS"),
            DEFAULT_SEND_LEASE.as_secs() as i64,
            1,
            3600,
            "HOMEVISIT_SEND_LEASE_SECS",
        )? as u64);
        // A claim must outlive the send it covers, or another process takes a slow send
        // and sends the text twice.
        if send_lease <= provider_timeout {
            return Err(err(
                "HOMEVISIT_SEND_LEASE_SECS",
                format!(
                    "{} s is not longer than HOMEVISIT_PROVIDER_TIMEOUT ({} s): a slow send would be taken by another process and sent twice",
                    send_lease.as_secs(),
                    provider_timeout.as_secs()
                ),
            ));
        }
        let retain_days = parse_int(
            get("HOMEVISIT_RETAIN_DAYS"),
            400,
            1,
            36_500,
            "HOMEVISIT_RETAIN_DAYS",
        )?;
        let program_name =
            get("HOMEVISIT_PROGRAM_NAME").unwrap_or_else(|| "Parent/Teacher Home Visits".into());

        Ok(Config {
            database_url,
            listen,
            public_url,
            provider,
            quiet_hours,
            send_rate,
            send_workers,
            follow_up_days,
            travel_buffer_minutes,
            program_name,
            request_timeout: Duration::from_secs(10),
            provider_timeout,
            send_lease,
            retain_days,
            metrics_token: get("HOMEVISIT_METRICS_TOKEN"),
        })
    }
}

impl Config {
    /// What `serve` needs before it starts: a provider, named explicitly.
    pub fn require_provider(&self) -> Result<(), ConfigError> {
        match self.provider {
            ProviderConfig::Unset => Err(err(
                "TWILIO_ACCOUNT_SID",
                "TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN are not set: set both to send through Twilio, or HOMEVISIT_PROVIDER=simulated to send to simulated phones",
            )),
            _ => Ok(()),
        }
    }
}

/// Whether an `http://` URL names this machine (`127.0.0.0/8`, `[::1]`, `localhost`).
fn is_loopback_url(url: &str) -> bool {
    let rest = url
        .strip_prefix("http://")
        .or_else(|| url.strip_prefix("https://"))
        .unwrap_or(url);
    let authority = rest.split(['/', '?', '#']).next().unwrap_or("");
    let host = authority.rsplit_once('@').map_or(authority, |(_, h)| h);
    let host = if let Some(v6) = host.strip_prefix('[') {
        v6.split(']').next().unwrap_or("")
    } else {
        host.split(':').next().unwrap_or("")
    };
    host.eq_ignore_ascii_case("localhost")
        || host
            .parse::<std::net::IpAddr>()
            .is_ok_and(|ip| ip.is_loopback())
}

fn parse_int(
    raw: Option<String>,
    default: i64,
    min: i64,
    max: i64,
    variable: &'static str,
) -> Result<i64, ConfigError> {
    match raw {
        None => Ok(default),
        Some(raw) => match raw.parse::<i64>() {
            Ok(n) if (min..=max).contains(&n) => Ok(n),
            _ => Err(err(
                variable,
                format!("\"{raw}\" is not a whole number from {min} to {max}"),
            )),
        },
    }
}

/// `21:00-08:00` → a window; `none`/`off` → no quiet hours.
pub fn parse_quiet_hours(raw: &str) -> Result<Option<QuietHours>, String> {
    let raw = raw.trim();
    if raw.eq_ignore_ascii_case("none") || raw.eq_ignore_ascii_case("off") {
        return Ok(None);
    }
    let (start, end) = raw
        .split_once('-')
        .ok_or_else(|| format!("\"{raw}\" is not a window like 21:00-08:00 (or none)"))?;
    let time = |s: &str| {
        NaiveTime::parse_from_str(s.trim(), "%H:%M")
            .map_err(|_| format!("\"{}\" is not a time like 21:00", s.trim()))
    };
    let (start, end) = (time(start)?, time(end)?);
    if start == end {
        return Err("the window is empty; use none to turn quiet hours off".into());
    }
    Ok(Some(QuietHours { start, end }))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn vars(pairs: &[(&str, &str)]) -> HashMap<String, String> {
        pairs
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn defaults_are_those_of_the_contract() {
        let config = Config::from_vars(&vars(&[])).unwrap();
        assert_eq!(config.database_url, "sqlite://homevisit.db");
        assert_eq!(config.listen.to_string(), "127.0.0.1:3000");
        assert_eq!(config.public_url, "http://127.0.0.1:3000");
        assert_eq!(config.provider, ProviderConfig::Unset);
        assert!(config.require_provider().is_err(), "serve needs a provider");
        assert_eq!(config.send_rate, 1.0);
        assert_eq!(config.send_lease, DEFAULT_SEND_LEASE);
        assert_eq!(config.retain_days, 400);
        let quiet = config.quiet_hours.unwrap();
        assert!(quiet.contains(NaiveTime::from_hms_opt(22, 0, 0).unwrap()));
        assert!(quiet.contains(NaiveTime::from_hms_opt(7, 59, 0).unwrap()));
        assert!(!quiet.contains(NaiveTime::from_hms_opt(8, 0, 0).unwrap()));
        assert!(!quiet.contains(NaiveTime::from_hms_opt(20, 59, 0).unwrap()));
    }

    #[test]
    fn twilio_needs_both_credentials_and_a_sender() {
        let e = Config::from_vars(&vars(&[("TWILIO_ACCOUNT_SID", "AC1")])).unwrap_err();
        assert_eq!(e.variable, "TWILIO_AUTH_TOKEN");
        let e = Config::from_vars(&vars(&[
            ("TWILIO_ACCOUNT_SID", "AC1"),
            ("TWILIO_AUTH_TOKEN", "t"),
        ]))
        .unwrap_err();
        assert_eq!(e.variable, "TWILIO_FROM");
        let c = Config::from_vars(&vars(&[
            ("TWILIO_ACCOUNT_SID", "AC1"),
            ("TWILIO_AUTH_TOKEN", "secret"),
            ("TWILIO_MESSAGING_SERVICE_SID", "MG1"),
            ("TWILIO_API_BASE", "http://127.0.0.1:9/"),
        ]))
        .unwrap();
        match &c.provider {
            ProviderConfig::Twilio {
                api_base, sender, ..
            } => {
                assert_eq!(api_base, "http://127.0.0.1:9");
                assert_eq!(sender, &Sender::MessagingService("MG1".into()));
            }
            other => panic!("expected Twilio, got {other:?}"),
        }
        assert!(!format!("{:?}", c.provider).contains("secret"));
    }

    #[test]
    fn the_simulated_provider_is_chosen_only_explicitly() {
        let e = Config::from_vars(&vars(&[])).unwrap().require_provider();
        let e = e.unwrap_err();
        assert_eq!(e.variable, "TWILIO_ACCOUNT_SID");
        assert!(e.to_string().contains("TWILIO_AUTH_TOKEN"), "{e}");
        assert!(
            e.to_string().contains("HOMEVISIT_PROVIDER=simulated"),
            "{e}"
        );
        let simulated = Config::from_vars(&vars(&[("HOMEVISIT_PROVIDER", "simulated")])).unwrap();
        assert_eq!(simulated.provider, ProviderConfig::Simulated);
        assert!(simulated.require_provider().is_ok());
        let e = Config::from_vars(&vars(&[("HOMEVISIT_PROVIDER", "nexmo")])).unwrap_err();
        assert_eq!(e.variable, "HOMEVISIT_PROVIDER");
    }

    #[test]
    fn twilio_refuses_a_plain_http_public_url_unless_it_is_this_machine() {
        let twilio = |url: &str| {
            Config::from_vars(&vars(&[
                ("TWILIO_ACCOUNT_SID", "AC1"),
                ("TWILIO_AUTH_TOKEN", "t"),
                ("TWILIO_FROM", "+15005550006"),
                ("HOMEVISIT_PUBLIC_URL", url),
            ]))
        };
        let e = twilio("http://hv.example.org").unwrap_err();
        assert_eq!(e.variable, "HOMEVISIT_PUBLIC_URL");
        assert!(twilio("https://hv.example.org").is_ok());
        for local in [
            "http://127.0.0.1:3000",
            "http://localhost:3000/",
            "http://[::1]:3000",
            "http://127.0.0.5",
        ] {
            assert!(twilio(local).is_ok(), "{local}");
        }
        assert!(twilio("http://localhost.example.org").is_err());
        assert!(twilio("http://127.0.0.1.example.org").is_err());
    }

    #[test]
    fn bad_values_name_their_variable() {
        for (name, value) in [
            ("DATABASE_URL", "mysql://x"),
            ("HOMEVISIT_LISTEN", "localhost"),
            ("HOMEVISIT_PUBLIC_URL", "example.org"),
            ("HOMEVISIT_QUIET_HOURS", "late"),
            ("HOMEVISIT_QUIET_HOURS", "25:00-08:00"),
            ("HOMEVISIT_SEND_RATE", "0"),
            ("HOMEVISIT_SEND_RATE", "fast"),
            ("HOMEVISIT_FOLLOW_UP_DAYS", "-1"),
            ("HOMEVISIT_SEND_LEASE_SECS", "0"),
            ("HOMEVISIT_SEND_LEASE_SECS", "2s"),
            ("HOMEVISIT_RETAIN_DAYS", "0"),
            ("HOMEVISIT_RETAIN_DAYS", "a year"),
        ] {
            let e = Config::from_vars(&vars(&[(name, value)])).unwrap_err();
            assert_eq!(e.variable, name, "{value}");
            assert!(e.to_string().starts_with(name));
            assert!(!e.to_string().contains('\n'));
        }
    }

    #[test]
    fn quiet_hours_can_be_turned_off_or_not_wrap() {
        assert_eq!(parse_quiet_hours("none").unwrap(), None);
        let day = parse_quiet_hours("12:00-13:00").unwrap().unwrap();
        assert!(day.contains(NaiveTime::from_hms_opt(12, 30, 0).unwrap()));
        assert!(!day.contains(NaiveTime::from_hms_opt(13, 0, 0).unwrap()));
        let public = Config::from_vars(&vars(&[(
            "HOMEVISIT_PUBLIC_URL",
            "https://hv.example.org/",
        )]))
        .unwrap();
        assert_eq!(public.public_url, "https://hv.example.org");
    }

    #[test]
    fn the_send_lease_must_outlive_the_provider_timeout() {
        let vars = |lease: &str, timeout: &str| -> HashMap<String, String> {
            [
                ("HOMEVISIT_SEND_LEASE_SECS", lease),
                ("HOMEVISIT_PROVIDER_TIMEOUT", timeout),
            ]
            .into_iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
        };
        let e = Config::from_vars(&vars("15", "15")).unwrap_err();
        assert_eq!(e.variable, "HOMEVISIT_SEND_LEASE_SECS");
        assert!(e.to_string().contains("HOMEVISIT_PROVIDER_TIMEOUT"), "{e}");
        assert!(Config::from_vars(&vars("2", "1")).is_ok());
        assert!(Config::from_vars(&vars("16", "15")).is_ok());
    }

    #[test]
    fn twilio_from_may_list_several_numbers_each_with_its_own_sender() {
        let base = [
            ("TWILIO_ACCOUNT_SID", "AC0123456789abcdef0123456789abcdef"),
            ("TWILIO_AUTH_TOKEN", "t"),
        ];
        let with = |extra: &[(&str, &str)]| {
            let mut all = base.to_vec();
            all.extend_from_slice(extra);
            Config::from_vars(&vars(&all))
        };
        let one = with(&[("TWILIO_FROM", "+15005550006")]).unwrap();
        assert_eq!(one.send_workers, 1);
        let ProviderConfig::Twilio { sender, .. } = &one.provider else {
            panic!("twilio")
        };
        assert_eq!(sender, &Sender::From("+15005550006".into()));

        let several = with(&[("TWILIO_FROM", "+15005550006, +15005550007,+15005550006")]).unwrap();
        assert_eq!(several.send_workers, 2, "one sender per number");
        let ProviderConfig::Twilio { sender, .. } = &several.provider else {
            panic!("twilio")
        };
        assert_eq!(
            sender,
            &Sender::Numbers(vec!["+15005550006".into(), "+15005550007".into()]),
            "trimmed, a repeated number once"
        );
        let workers = with(&[
            ("TWILIO_FROM", "+15005550006,+15005550007"),
            ("HOMEVISIT_SEND_WORKERS", "5"),
        ])
        .unwrap();
        assert_eq!(workers.send_workers, 5);
        assert!(with(&[("TWILIO_FROM", "+15005550006,,+15005550007")]).is_err());
        assert!(
            with(&[
                ("TWILIO_FROM", "+15005550006"),
                ("HOMEVISIT_SEND_WORKERS", "0")
            ])
            .is_err()
        );
    }

    #[test]
    fn each_recipient_always_hears_from_the_same_number_and_all_numbers_are_used() {
        let numbers: Vec<String> = (0..5).map(|i| format!("+1500555000{i}")).collect();
        let sender = Sender::Numbers(numbers.clone());
        let mut used = std::collections::HashSet::new();
        for i in 0..200 {
            let to = format!("+1916555{i:04}");
            let from = sender.number_for(&to).unwrap();
            assert_eq!(sender.number_for(&to), Some(from), "stable");
            assert_eq!(sender.key_for(&to), from, "its budget is its number's");
            used.insert(from.to_string());
        }
        assert_eq!(used.len(), numbers.len(), "{used:?}");
        let service = Sender::MessagingService("MG1".into());
        assert_eq!(service.number_for("+19165550100"), None);
        assert_eq!(service.key_for("+19165550100"), "MG1");
    }
}
