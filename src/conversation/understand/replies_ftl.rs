//! The translators' file: `locales/<tag>/replies.ftl`, one per shipped locale.
//!
//! Fluent syntax, so translators work in the format they already know, but only as lists: each
//! message is comma-separated variants (see the header of `locales/en/replies.ftl` for the keys
//! and what each means). The files are embedded at build time; [`problems`] lists what is wrong
//! with one (a test keeps the shipped ones clean, and start-up logs any problem rather than
//! failing).

use std::collections::BTreeMap;

use fluent_syntax::ast::{Entry, Pattern, PatternElement};

use super::Intent;
use super::fold::fold;
use super::tokens::{Kind, Token, tokenize};

/// Each shipped locale's `replies.ftl`, embedded at build time.
pub const SOURCES: &[(&str, &str)] = &[
    (
        "en",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/en/replies.ftl"
        )),
    ),
    (
        "es",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/es/replies.ftl"
        )),
    ),
    (
        "vi",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/vi/replies.ftl"
        )),
    ),
    (
        "hmn",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/hmn/replies.ftl"
        )),
    ),
    (
        "zh-Hans",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/zh-Hans/replies.ftl"
        )),
    ),
    (
        "zh-Hant",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/zh-Hant/replies.ftl"
        )),
    ),
    (
        "ru",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/ru/replies.ftl"
        )),
    ),
    (
        "uk",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/uk/replies.ftl"
        )),
    ),
    (
        "ar",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/ar/replies.ftl"
        )),
    ),
    (
        "pa",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/pa/replies.ftl"
        )),
    ),
    (
        "fa",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/fa/replies.ftl"
        )),
    ),
    (
        "tl",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/tl/replies.ftl"
        )),
    ),
    (
        "pt",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/pt/replies.ftl"
        )),
    ),
    (
        "ht",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/ht/replies.ftl"
        )),
    ),
    (
        "so",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/so/replies.ftl"
        )),
    ),
    (
        "ko",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/ko/replies.ftl"
        )),
    ),
    (
        "fr",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/fr/replies.ftl"
        )),
    ),
    (
        "ps",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/ps/replies.ftl"
        )),
    ),
    (
        "prs",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/prs/replies.ftl"
        )),
    ),
    (
        "sw",
        include_str!(concat!(
            env!("CARGO_MANIFEST_DIR"),
            "/locales/sw/replies.ftl"
        )),
    ),
];

/// Messages of a `replies.ftl` that hold plain lists, and what a match means.
pub const LIST_KEYS: &[(&str, u16)] = &[
    ("reply-accept", Meaning::ACCEPT),
    ("reply-decline", Meaning::DECLINE),
    ("reply-change", Meaning::CHANGE),
    ("reply-place", Meaning::PLACE),
    ("reply-stop-phrases", Meaning::STOP_PHRASE),
    ("reply-neutral", Meaning::NEUTRAL),
    ("reply-not", Meaning::NOT),
    ("reply-time", Meaning::TIME),
    ("reply-unsure", Meaning::UNSURE),
    ("reply-lookalikes", Meaning::LOOKALIKE),
];
/// Messages that are whole-message compliance keywords.
pub const EXACT_KEYS: &[(&str, Intent)] = &[
    ("reply-stop", Intent::Stop),
    ("reply-start", Intent::Start),
    ("reply-help", Intent::Help),
    ("reply-accept-whole", Intent::Accept),
    ("reply-decline-whole", Intent::Decline),
];
/// Attribute names of `reply-ordinals`, in order (`.first` is option 1).
pub const ORDINAL_NAMES: &[&str] = &[
    "first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth",
];
/// Attribute names of `reply-numbers`, in order (`.one` is option 1).
pub const NUMBER_NAMES: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];
/// How many options every locale names in words (offers have at most three, plus slack).
pub const REQUIRED_POSITIONS: usize = 5;

/// Every message id a `replies.ftl` must define (a test checks each locale).
pub const REQUIRED_KEYS: &[&str] = &[
    "reply-accept",
    "reply-decline",
    "reply-change",
    "reply-place",
    "reply-stop",
    "reply-stop-phrases",
    "reply-start",
    "reply-help",
    "reply-ordinals",
    "reply-numbers",
    "reply-neutral",
    "reply-not",
    "reply-time",
];

/// What a matched phrase says. One phrase may mean several things (Chinese "不要" is both a
/// "no" and the "not" of "不要1").
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Meaning {
    /// The `Meaning::ACCEPT`… flags of the phrase.
    pub flags: u16,
    /// The option an ordinal phrase names anywhere in a reply ("la segunda" → 2), or 0.
    pub ordinal: u8,
    /// The option a number word names when it is (nearly) the whole reply ("dos" → 2), or 0.
    pub alone: u8,
}

impl Meaning {
    pub const ACCEPT: u16 = 1;
    pub const DECLINE: u16 = 1 << 1;
    pub const CHANGE: u16 = 1 << 2;
    pub const PLACE: u16 = 1 << 3;
    pub const STOP_PHRASE: u16 = 1 << 4;
    pub const NEUTRAL: u16 = 1 << 5;
    pub const NOT: u16 = 1 << 6;
    pub const TIME: u16 = 1 << 7;
    /// "I don't know", "maybe", "why not": the reply cannot be taken at its word.
    pub const UNSURE: u16 = 1 << 8;
    /// A word that looks like a keyword once its accents are dropped but is something else
    /// (the names Huy and Dung beside "hủy" and "dừng"): a reply typed without accents that
    /// matches it cannot be taken at its word. Matched only without accents.
    pub const LOOKALIKE: u16 = 1 << 9;
    /// A "no" of any kind: a negation or a refusal.
    pub const NEGATION: u16 = Self::NOT | Self::DECLINE;

    /// Politeness: carries no intent.
    pub fn neutral() -> Meaning {
        Meaning {
            flags: Self::NEUTRAL,
            ..Meaning::default()
        }
    }

    pub fn has(self, flag: u16) -> bool {
        self.flags & flag != 0
    }

    /// Whether the phrase carries nothing but politeness ("please", "thanks").
    pub fn only_neutral(self) -> bool {
        self.flags == Self::NEUTRAL && self.ordinal == 0 && self.alone == 0
    }

    /// Adds what `other` means (a phrase listed under two keys means both).
    pub fn merge(&mut self, other: Meaning) {
        self.flags |= other.flags;
        if other.ordinal != 0 {
            self.ordinal = other.ordinal;
        }
        if other.alone != 0 {
            self.alone = other.alone;
        }
    }
}

/// The lists of one `replies.ftl`: `"reply-accept"` or `"reply-ordinals.second"` → variants.
pub type Lists = BTreeMap<String, Vec<String>>;

/// Reads a `replies.ftl`: its lists, and any syntax error or placeable as a problem.
pub fn parse_lists(source: &str) -> (Lists, Vec<String>) {
    let (resource, mut problems) = match fluent_syntax::parser::parse(source) {
        Ok(resource) => (resource, Vec::new()),
        Err((resource, errors)) => (
            resource,
            errors.iter().map(|e| format!("syntax: {e:?}")).collect(),
        ),
    };
    let mut lists = Lists::new();
    for entry in &resource.body {
        match entry {
            Entry::Message(message) => {
                let id = message.id.name;
                if let Some(value) = &message.value {
                    lists.insert(id.to_string(), variants(value, id, &mut problems));
                }
                for attribute in &message.attributes {
                    let key = format!("{id}.{}", attribute.id.name);
                    let list = variants(&attribute.value, &key, &mut problems);
                    lists.insert(key, list);
                }
            }
            Entry::Junk { content } => problems.push(format!("junk: {content}")),
            _ => {}
        }
    }
    (lists, problems)
}

/// Everything wrong with a `replies.ftl`: syntax errors, placeables, missing or unknown keys.
pub fn problems(source: &str) -> Vec<String> {
    let (lists, mut problems) = parse_lists(source);
    for key in REQUIRED_KEYS {
        let prefix = format!("{key}.");
        if !lists.contains_key(*key) && !lists.keys().any(|k| k.starts_with(&prefix)) {
            problems.push(format!("missing {key}"));
        }
    }
    let attributes = [
        ("reply-ordinals", ORDINAL_NAMES),
        ("reply-numbers", NUMBER_NAMES),
    ];
    for (key, names) in attributes {
        for name in &names[..REQUIRED_POSITIONS] {
            if !lists.contains_key(&format!("{key}.{name}")) {
                problems.push(format!("missing {key}.{name}"));
            }
        }
    }
    for key in lists.keys() {
        if meaning_of(key).is_none() && !EXACT_KEYS.iter().any(|(k, _)| k == key) {
            problems.push(format!("unknown key {key}"));
        }
    }
    for (key, list) in &lists {
        for variant in list {
            if keyword_tokens(variant).is_empty() {
                problems.push(format!("{key}: \"{variant}\" has no letters or digits"));
            }
        }
    }
    problems
}

/// The comma-separated variants of one pattern (Latin, Arabic and Chinese commas).
fn variants(pattern: &Pattern<&str>, key: &str, problems: &mut Vec<String>) -> Vec<String> {
    let mut text = String::new();
    for element in &pattern.elements {
        match element {
            PatternElement::TextElement { value } => text.push_str(value),
            PatternElement::Placeable { .. } => {
                problems.push(format!("{key}: placeables mean nothing in a keyword list"))
            }
        }
    }
    text.split([',', '،', '，', '、'])
        .map(str::trim)
        .filter(|v| !v.is_empty())
        .map(str::to_string)
        .collect()
}

/// The meaning a list key gives its variants, if it is a matched (not exact) list.
pub fn meaning_of(key: &str) -> Option<Meaning> {
    if let Some((_, flags)) = LIST_KEYS.iter().find(|(k, _)| *k == key) {
        return Some(Meaning {
            flags: *flags,
            ..Meaning::default()
        });
    }
    let position = |names: &[&str], attr: &str| {
        names
            .iter()
            .position(|n| *n == attr)
            .and_then(|i| u8::try_from(i + 1).ok())
    };
    match key.split_once('.') {
        Some(("reply-ordinals", attr)) => Some(Meaning {
            ordinal: position(ORDINAL_NAMES, attr)?,
            ..Meaning::default()
        }),
        Some(("reply-numbers", attr)) => Some(Meaning {
            alone: position(NUMBER_NAMES, attr)?,
            ..Meaning::default()
        }),
        _ => None,
    }
}

/// A keyword's content tokens (punctuation dropped, as in replies).
pub fn keyword_tokens(variant: &str) -> Vec<Token> {
    tokenize(&fold(variant))
        .into_iter()
        .filter(|t| t.kind != Kind::Punct)
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::i18n::negotiate::SHIPPED;

    #[test]
    fn every_embedded_file_parses_cleanly_and_has_every_key() {
        let tags: Vec<&str> = SOURCES.iter().map(|(tag, _)| *tag).collect();
        assert_eq!(tags, SHIPPED, "one replies.ftl per shipped locale");
        for (tag, source) in SOURCES {
            assert_eq!(problems(source), Vec::<String>::new(), "{tag}");
        }
    }

    #[test]
    fn a_missing_key_or_attribute_is_a_problem() {
        let (_, en) = SOURCES[0];
        let without_place = en.replace("reply-place =", "reply-elsewhere =");
        let problems = problems(&without_place);
        assert!(
            problems.iter().any(|p| p.contains("missing reply-place")),
            "{problems:?}"
        );
        assert!(
            problems
                .iter()
                .any(|p| p.contains("unknown key reply-elsewhere"))
        );
        let without_third = en.replace("    .third =", "    .thirdd =");
        assert!(
            super::problems(&without_third)
                .iter()
                .any(|p| p.contains("reply-ordinals.third"))
        );
    }

    #[test]
    fn a_broken_file_reports_its_problems() {
        let (_, problems) = parse_lists("reply-accept = { $x }\nnot fluent at all {");
        assert!(
            problems.iter().any(|p| p.contains("placeable")),
            "{problems:?}"
        );
        assert!(
            problems.iter().any(|p| p.starts_with("syntax")),
            "{problems:?}"
        );
    }
}
