//! The words each language uses to answer, read from `locales/<tag>/replies.ftl`.
//!
//! Translators own those files (Fluent syntax, comma-separated variants per message; see the
//! header of `locales/en/replies.ftl`). They are embedded in the binary and parsed once, on first
//! use, into one [`Lexicon`] per shipped locale. Every lexicon also holds the English words
//! (families mix languages) and the universal ones (emoji, the carriers' compliance keywords);
//! where a locale gives an English-looking word its own meaning ("k" is "không" in Vietnamese),
//! the locale wins.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use fluent_syntax::ast::{Entry, Pattern, PatternElement};

use super::Intent;
use super::fold::fold;
use super::tokens::{Kind, Token, tokenize};
use crate::i18n::negotiate::{DEFAULT, SHIPPED};

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
];

/// Opt-out keywords of US carriers (CTIA) and the FCC's 2024 revocation rule: Stop in every
/// locale, as a whole message, whatever the translation files say.
const CARRIER_STOP: &[&str] = &[
    "stop",
    "stopall",
    "stop all",
    "unsubscribe",
    "cancel",
    "end",
    "quit",
    "revoke",
    "opt out",
    "optout",
];
/// Opt-in keywords (a family's "yes" after STOP is the state machine's call, not ours).
const CARRIER_START: &[&str] = &["start", "unstop"];
/// Help keywords.
const CARRIER_HELP: &[&str] = &["help", "info"];

/// Emoji understood in every language.
const EMOJI_ACCEPT: &[&str] = &["👍", "👌", "✅", "✔", "☑", "🆗", "🙆", "🤝"];
const EMOJI_DECLINE: &[&str] = &["👎", "❌", "✖", "❎", "🙅", "🚫"];

/// Messages of a `replies.ftl` that hold plain lists, and what a match means.
const LIST_KEYS: &[(&str, u16)] = &[
    ("reply-accept", Meaning::ACCEPT),
    ("reply-decline", Meaning::DECLINE),
    ("reply-change", Meaning::CHANGE),
    ("reply-place", Meaning::PLACE),
    ("reply-stop-phrases", Meaning::STOP_PHRASE),
    ("reply-neutral", Meaning::NEUTRAL),
    ("reply-not", Meaning::NOT),
    ("reply-time", Meaning::TIME),
];
/// Messages that are whole-message compliance keywords.
const EXACT_KEYS: &[(&str, Intent)] = &[
    ("reply-stop", Intent::Stop),
    ("reply-start", Intent::Start),
    ("reply-help", Intent::Help),
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

    fn merge(&mut self, other: Meaning) {
        self.flags |= other.flags;
        if other.ordinal != 0 {
            self.ordinal = other.ordinal;
        }
        if other.alone != 0 {
            self.alone = other.alone;
        }
    }
}

/// A keyword or phrase, as tokens.
#[derive(Debug)]
struct Phrase {
    tokens: Vec<Token>,
    meaning: Meaning,
}

/// One locale's words (plus English and the universal ones), ready to match.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Phrases by the collapsed form of their first token.
    phrases: HashMap<String, Vec<Phrase>>,
    /// Whole-message compliance keywords, by their tokens' stripped forms joined with spaces.
    exact: HashMap<String, Intent>,
}

/// The lexicon of a shipped locale (`crate::i18n::negotiate`'s answer); English for any other.
pub fn lexicon(locale: &str) -> &'static Lexicon {
    static LEXICONS: LazyLock<HashMap<&'static str, Lexicon>> = LazyLock::new(build_all);
    static EMPTY: LazyLock<Lexicon> = LazyLock::new(Lexicon::default);
    LEXICONS
        .get(locale)
        .or_else(|| LEXICONS.get(DEFAULT))
        .unwrap_or(&EMPTY)
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
fn meaning_of(key: &str) -> Option<Meaning> {
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
fn keyword_tokens(variant: &str) -> Vec<Token> {
    tokenize(&fold(variant))
        .into_iter()
        .filter(|t| t.kind != Kind::Punct)
        .collect()
}

/// The key of a whole message for compliance matching.
fn exact_key<'a>(tokens: impl IntoIterator<Item = &'a Token>) -> String {
    tokens
        .into_iter()
        .map(|t| t.stripped.as_str())
        .collect::<Vec<_>>()
        .join(" ")
}

/// A locale's phrases by their accented text, meanings merged within the locale.
fn phrase_map(lists: &Lists) -> BTreeMap<String, (Vec<Token>, Meaning)> {
    let mut map: BTreeMap<String, (Vec<Token>, Meaning)> = BTreeMap::new();
    for (key, list) in lists {
        let Some(meaning) = meaning_of(key) else {
            continue;
        };
        for variant in list {
            let tokens = keyword_tokens(variant);
            if tokens.is_empty() {
                continue;
            }
            let text = tokens.iter().map(|t| t.text.as_str()).collect::<Vec<_>>();
            map.entry(text.join(" "))
                .or_insert_with(|| (tokens, Meaning::default()))
                .1
                .merge(meaning);
        }
    }
    map
}

fn build_all() -> HashMap<&'static str, Lexicon> {
    let mut parsed: HashMap<&'static str, Lists> = HashMap::new();
    for (tag, source) in SOURCES {
        let (lists, problems) = parse_lists(source);
        for problem in problems {
            tracing::error!(locale = tag, %problem, "replies.ftl has a problem");
        }
        parsed.insert(tag, lists);
    }
    // Opt-out words of every language count everywhere: a family whose roster language is
    // wrong still gets out with their own word.
    let every_stop: Vec<&str> = parsed
        .values()
        .flat_map(|lists| lists.get("reply-stop").into_iter().flatten())
        .map(String::as_str)
        .chain(CARRIER_STOP.iter().copied())
        .collect();
    let english = parsed.get(DEFAULT).cloned().unwrap_or_default();
    SHIPPED
        .iter()
        .map(|tag| {
            let own = parsed.get(tag).cloned().unwrap_or_default();
            (*tag, build(&english, &own, &every_stop))
        })
        .collect()
}

/// One locale's lexicon: English, then the locale's own words over it, then the universal ones.
fn build(english: &Lists, own: &Lists, every_stop: &[&str]) -> Lexicon {
    let mut phrases = phrase_map(english);
    phrases.extend(phrase_map(own));
    let universal = EMOJI_ACCEPT
        .iter()
        .map(|e| (e, Meaning::ACCEPT))
        .chain(EMOJI_DECLINE.iter().map(|e| (e, Meaning::DECLINE)));
    for (emoji, flags) in universal {
        let meaning = Meaning {
            flags,
            ..Meaning::default()
        };
        phrases.insert(emoji.to_string(), (keyword_tokens(emoji), meaning));
    }

    let mut lexicon = Lexicon::default();
    for (tokens, meaning) in phrases.into_values() {
        let key = tokens[0].collapsed.clone();
        lexicon
            .phrases
            .entry(key)
            .or_default()
            .push(Phrase { tokens, meaning });
    }
    for candidates in lexicon.phrases.values_mut() {
        // Longest first; among equals, a phrase that means something before mere politeness.
        candidates.sort_by_key(|p| (std::cmp::Reverse(p.tokens.len()), p.meaning.only_neutral()));
    }

    for word in every_stop {
        lexicon
            .exact
            .insert(exact_key(&keyword_tokens(word)), Intent::Stop);
    }
    for (key, intent) in EXACT_KEYS.iter().filter(|(_, i)| *i != Intent::Stop) {
        let carrier = if *intent == Intent::Start {
            CARRIER_START
        } else {
            CARRIER_HELP
        };
        let listed = [english, own]
            .into_iter()
            .flat_map(|lists| lists.get(*key).into_iter().flatten())
            .map(String::as_str);
        for word in carrier.iter().copied().chain(listed) {
            let key = exact_key(&keyword_tokens(word));
            lexicon.exact.entry(key).or_insert(*intent);
        }
    }
    lexicon.exact.remove("");
    lexicon
}

/// Whether keyword token `keyword` matches reply token `reply`: same text; or same letters
/// when either was typed without accents ("si" / "sí", "co" / "có" — but "đợi" ≠ "đổi"); or the
/// reply stretches the keyword's letters ("yesss", "siii").
fn same(keyword: &Token, reply: &Token) -> bool {
    keyword.kind == reply.kind
        && (keyword.text == reply.text
            || ((!keyword.marked() || !reply.marked()) && keyword.stripped == reply.stripped)
            || (reply.stripped.len() > keyword.stripped.len()
                && reply.collapsed == keyword.collapsed))
}

impl Lexicon {
    /// The compliance intent of a whole message (its content tokens), if it is one.
    pub fn exact(&self, content: &[&Token]) -> Option<Intent> {
        self.exact.get(&exact_key(content.iter().copied())).copied()
    }

    /// The longest phrase that starts `content`: how many tokens it covers and what it means.
    pub fn longest(&self, content: &[&Token]) -> Option<(usize, Meaning)> {
        let first = content.first()?;
        self.phrases
            .get(&first.collapsed)?
            .iter()
            .find(|phrase| {
                phrase.tokens.len() <= content.len()
                    && phrase.tokens.iter().zip(content).all(|(k, r)| same(k, r))
            })
            .map(|phrase| (phrase.tokens.len(), phrase.meaning))
    }

    /// Every whole-message compliance keyword.
    #[cfg(test)]
    fn exact_words(&self) -> impl Iterator<Item = (&str, Intent)> {
        self.exact.iter().map(|(k, v)| (k.as_str(), *v))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
    fn no_opt_out_word_of_any_language_is_a_yes_no_or_choice_anywhere() {
        for tag in SHIPPED {
            let lexicon = lexicon(tag);
            for (word, intent) in lexicon.exact_words() {
                let tokens = tokenize(word);
                let content: Vec<&Token> = tokens.iter().collect();
                if let Some((len, meaning)) = lexicon.longest(&content) {
                    let whole = len == content.len();
                    let clash = meaning.has(Meaning::ACCEPT)
                        || meaning.ordinal != 0
                        || meaning.alone != 0
                        || (intent != Intent::Stop && meaning.has(Meaning::DECLINE));
                    assert!(
                        !(whole && clash),
                        "{tag}: \"{word}\" is {intent:?} and {meaning:?}"
                    );
                }
            }
        }
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

    #[test]
    fn the_longest_phrase_wins() {
        let en = lexicon("en");
        let tokens = tokenize(&fold("no problem"));
        let content: Vec<&Token> = tokens.iter().collect();
        let (len, meaning) = en.longest(&content).unwrap();
        assert_eq!(len, 2);
        assert!(meaning.has(Meaning::ACCEPT));
        assert!(!meaning.has(Meaning::DECLINE));
    }

    #[test]
    fn vietnamese_accents_count_when_typed_and_are_forgiven_when_not() {
        let vi = lexicon("vi");
        let meaning = |text: &str| {
            let tokens = tokenize(&fold(text));
            let content: Vec<&Token> = tokens.iter().collect();
            vi.longest(&content).map(|(_, m)| m)
        };
        assert!(meaning("đổi").unwrap().has(Meaning::CHANGE));
        assert!(meaning("doi").unwrap().has(Meaning::CHANGE));
        assert!(meaning("đợi").is_none_or(|m| !m.has(Meaning::CHANGE)));
        assert!(meaning("có").unwrap().has(Meaning::ACCEPT));
        assert!(meaning("co").unwrap().has(Meaning::ACCEPT));
    }

    #[test]
    fn unknown_locales_use_english() {
        let tokens = tokenize("yes");
        let content: Vec<&Token> = tokens.iter().collect();
        assert!(lexicon("xx").longest(&content).is_some());
    }
}
