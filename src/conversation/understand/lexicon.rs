//! The words each language uses to answer, ready to match against a reply.
//!
//! Built once, on first use, from the translators' `replies.ftl` files (`replies_ftl`): one
//! [`Lexicon`] per shipped locale. Every lexicon also holds the English words (families mix
//! languages) and the universal ones (emoji, the carriers' compliance keywords); where a locale
//! gives an English-looking word its own meaning ("k" is "không" in Vietnamese), the locale
//! wins.

use std::collections::{BTreeMap, HashMap};
use std::sync::LazyLock;

use super::Intent;
use super::replies_ftl::{
    EXACT_KEYS, Lists, Meaning, SOURCES, keyword_tokens, meaning_of, parse_lists,
};
use super::tokens::Token;
use crate::i18n::negotiate::{DEFAULT, SHIPPED};

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
    use crate::conversation::understand::fold::fold;
    use crate::conversation::understand::tokens::tokenize;

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
