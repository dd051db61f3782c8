//! Which shipped locale serves a family's language: `es-MX` → `es`, `zh-TW` → `zh-Hant`,
//! `pa-Guru` → `pa`, `fa-AF` (Dari) → `prs`, anything unknown → `en`.

use fluent_langneg::{NegotiationStrategy, negotiate_languages};
use unic_langid::LanguageIdentifier;

use crate::domain::LanguageTag;

/// The locales under `locales/`, each a folder with `main.ftl`.
pub const SHIPPED: &[&str] = &[
    "en", "es", "vi", "hmn", "zh-Hans", "zh-Hant", "ru", "uk", "ar", "pa", "fa", "tl", "pt", "ht",
    "so", "ko", "fr", "ps", "prs", "sw",
];

/// The default and last fallback.
pub const DEFAULT: &str = "en";

/// Rewrites tags that CLDR or families write differently from our folder names before
/// negotiating (`zh-TW` means Traditional script; Persian of Afghanistan is Dari).
fn alias(tag: &LanguageTag) -> LanguageIdentifier {
    let id = tag.id();
    let region = id.region.map(|r| r.as_str().to_string());
    let script = id.script.map(|s| s.as_str().to_string());
    let rewritten = match (id.language.as_str(), script.as_deref(), region.as_deref()) {
        ("zh", None, Some("TW" | "HK" | "MO")) => "zh-Hant".to_string(),
        ("zh", None, _) => "zh-Hans".to_string(),
        ("yue", _, _) => "zh-Hant".to_string(),
        ("fa", None, Some("AF")) => "prs".to_string(),
        ("fil", _, _) => "tl".to_string(),
        _ => return id.clone(),
    };
    rewritten.parse().unwrap_or_else(|_| id.clone())
}

/// The shipped locale that serves `tag` best (one of [`SHIPPED`]).
pub fn negotiate(tag: &LanguageTag) -> &'static str {
    let requested = [alias(tag)];
    let available: Vec<LanguageIdentifier> = SHIPPED
        .iter()
        .map(|s| s.parse().expect("SHIPPED holds valid tags"))
        .collect();
    let default: LanguageIdentifier = DEFAULT.parse().expect("DEFAULT is a valid tag");
    let chosen = negotiate_languages(
        &requested,
        &available,
        Some(&default),
        NegotiationStrategy::Lookup,
    );
    let best = chosen.first().map(|id| id.to_string());
    SHIPPED
        .iter()
        .copied()
        .find(|s| Some(s.to_string()) == best)
        .unwrap_or(DEFAULT)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn serve(raw: &str) -> &'static str {
        negotiate(&LanguageTag::parse(raw).unwrap())
    }

    #[test]
    fn regional_and_script_variants_find_their_locale() {
        assert_eq!(serve("es-MX"), "es");
        assert_eq!(serve("es"), "es");
        assert_eq!(serve("zh-TW"), "zh-Hant");
        assert_eq!(serve("zh-HK"), "zh-Hant");
        assert_eq!(serve("zh-Hant"), "zh-Hant");
        assert_eq!(serve("zh-Hant-TW"), "zh-Hant");
        assert_eq!(serve("zh-CN"), "zh-Hans");
        assert_eq!(serve("zh"), "zh-Hans");
        assert_eq!(serve("pa-Guru"), "pa");
        assert_eq!(serve("pa-IN"), "pa");
        assert_eq!(serve("prs"), "prs");
        assert_eq!(serve("fa-AF"), "prs");
        assert_eq!(serve("fa-IR"), "fa");
        assert_eq!(serve("pt-BR"), "pt");
        assert_eq!(serve("pt-PT"), "pt");
        assert_eq!(serve("fr-CA"), "fr");
        assert_eq!(serve("sw-KE"), "sw");
        assert_eq!(serve("fil"), "tl");
        assert_eq!(serve("hmn"), "hmn");
        assert_eq!(serve("vi-VN"), "vi");
    }

    #[test]
    fn languages_we_do_not_ship_fall_back_to_english() {
        assert_eq!(serve("am"), "en");
        assert_eq!(serve("ja"), "en");
        assert_eq!(serve("en-US"), "en");
    }
}
