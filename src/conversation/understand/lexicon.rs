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
use super::tokens::{Kind, Token};
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

/// A whole-message keyword (STOP, START, HELP, a yes or no that counts only alone).
#[derive(Debug)]
struct ExactWord {
    /// Its tokens' folded text, accents kept.
    texts: Vec<String>,
    intent: Intent,
    /// Whether a reply typed without accents may match it ("dung" for "dừng"). Only the
    /// locale's own words, English and the carriers' are forgiving: another language's stop
    /// word must be typed as that language writes it, so a name like "Dung" in an English
    /// reply is not an opt-out.
    forgiving: bool,
}

/// One locale's words (plus English and the universal ones), ready to match.
#[derive(Debug, Default)]
pub struct Lexicon {
    /// Phrases by the collapsed form of their first token.
    phrases: HashMap<String, Vec<Phrase>>,
    /// Whole-message keywords, by their tokens' unaccented forms joined with spaces.
    exact: HashMap<String, Vec<ExactWord>>,
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

/// The key of a whole message for compliance matching: unaccented, so that one lookup finds
/// every keyword a reply might be; [`Lexicon::exact`] then compares accents.
fn exact_key<'a>(tokens: impl IntoIterator<Item = &'a Token>) -> String {
    let mut key = String::new();
    for token in tokens {
        if !key.is_empty() {
            key.push(' ');
        }
        key.push_str(&token.stripped);
    }
    key
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
    let english = parsed.get(DEFAULT).cloned().unwrap_or_default();
    SHIPPED
        .iter()
        .map(|tag| {
            let own = parsed.get(tag).cloned().unwrap_or_default();
            // Opt-out words of every language count everywhere: a family whose roster
            // language is wrong still gets out with their own word.
            let foreign_stop: Vec<&str> = parsed
                .iter()
                .filter(|(other, _)| **other != *tag && **other != DEFAULT)
                .flat_map(|(_, lists)| lists.get("reply-stop").into_iter().flatten())
                .map(String::as_str)
                .collect();
            (*tag, build(&english, &own, &foreign_stop))
        })
        .collect()
}

/// One locale's lexicon: English, then the locale's own words over it, then the universal ones.
fn build(english: &Lists, own: &Lists, foreign_stop: &[&str]) -> Lexicon {
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
        candidates.sort_by_key(|p| std::cmp::Reverse(p.tokens.len()));
    }

    for (key, intent) in EXACT_KEYS {
        let carrier: &[&str] = match intent {
            Intent::Stop => CARRIER_STOP,
            Intent::Start => CARRIER_START,
            Intent::Help => CARRIER_HELP,
            _ => &[],
        };
        let listed = [english, own]
            .into_iter()
            .flat_map(|lists| lists.get(*key).into_iter().flatten())
            .map(String::as_str);
        for word in carrier.iter().copied().chain(listed) {
            lexicon.add_exact(word, *intent, true);
        }
    }
    for word in foreign_stop {
        lexicon.add_exact(word, Intent::Stop, false);
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

/// Whether `phrase` starts `content`. Where the phrase glues a digit to letters (Arabizi
/// "la2", "2akid"), the reply must glue them too: "la 2" is Spanish for "the 2".
/// A look-alike (a name) matches only a reply typed without accents, or its exact text.
fn starts(phrase: &Phrase, content: &[&Token]) -> bool {
    let lookalike = phrase.meaning.has(Meaning::LOOKALIKE);
    phrase.tokens.len() <= content.len()
        && phrase
            .tokens
            .iter()
            .zip(content)
            .enumerate()
            .all(|(i, (k, r))| {
                let glued = i > 0
                    && !k.spaced
                    && (k.kind == Kind::Number || phrase.tokens[i - 1].kind == Kind::Number);
                same(k, r) && !(glued && r.spaced) && !(lookalike && r.marked() && k.text != r.text)
            })
}

impl Lexicon {
    fn add_exact(&mut self, word: &str, intent: Intent, forgiving: bool) {
        let tokens = keyword_tokens(word);
        let texts: Vec<String> = tokens.iter().map(|t| t.text.clone()).collect();
        let words = self.exact.entry(exact_key(&tokens)).or_default();
        match words
            .iter_mut()
            .find(|w| w.texts == texts && w.intent == intent)
        {
            Some(known) => known.forgiving |= forgiving,
            None => words.push(ExactWord {
                texts,
                intent,
                forgiving,
            }),
        }
    }

    /// The intent of a whole message (its content tokens) if it is a whole-message keyword.
    /// Accents count when both the reply and the keyword have them, so "Đúng" (right) is not
    /// "dừng" (stop). A reply typed without accents that could be two keywords ("dung": dừng
    /// or đúng), or a keyword and a listed look-alike (a name such as "Dung"), is no keyword.
    pub fn exact(&self, content: &[&Token]) -> Option<Intent> {
        let words = self.exact.get(&exact_key(content.iter().copied()))?;
        let mut intent = None;
        let mut forgiven = false;
        for word in words {
            let mut word_forgiven = false;
            let matches = word.texts.iter().zip(content).all(|(text, reply)| {
                if *text == reply.text {
                    return true;
                }
                // Same letters (the key says so); one side has no accents.
                word_forgiven = true;
                word.forgiving && (!reply.marked() || *text == reply.stripped)
            });
            if !matches {
                continue;
            }
            forgiven |= word_forgiven;
            match intent {
                None => intent = Some(word.intent),
                Some(known) if known == word.intent => {}
                Some(_) => return None,
            }
        }
        let intent = intent?;
        if forgiven {
            let lookalike = self.longest(content).is_some_and(|(len, m)| {
                len == content.len() && m.has(Meaning::LOOKALIKE | Meaning::UNSURE)
            });
            if lookalike {
                return None;
            }
        }
        Some(intent)
    }

    /// The longest phrases that start `content`: how many tokens they cover and what they
    /// mean together. A reply typed without accents may match two phrases of one length that
    /// differ only in accents ("huy": hủy, cancel, and Huy, a name); it then means both, and
    /// the reader treats the conflict as unsure.
    pub fn longest(&self, content: &[&Token]) -> Option<(usize, Meaning)> {
        let first = content.first()?;
        let mut found: Option<(usize, Meaning)> = None;
        for phrase in self.phrases.get(&first.collapsed)? {
            let len = phrase.tokens.len();
            if found.is_some_and(|(longest, _)| len < longest) {
                break;
            }
            if starts(phrase, content) {
                match &mut found {
                    Some((_, meaning)) => meaning.merge(phrase.meaning),
                    None => found = Some((len, phrase.meaning)),
                }
            }
        }
        found
    }

    /// Every whole-message keyword, as its folded text.
    #[cfg(test)]
    fn exact_words(&self) -> impl Iterator<Item = (String, Intent)> + '_ {
        self.exact
            .values()
            .flatten()
            .map(|w| (w.texts.join(" "), w.intent))
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
                let tokens = tokenize(&word);
                let content: Vec<&Token> = tokens.iter().collect();
                if let Some((len, meaning)) = lexicon.longest(&content) {
                    let whole = len == content.len();
                    let number = meaning.ordinal != 0 || meaning.alone != 0;
                    let clash = match intent {
                        Intent::Accept => {
                            number || meaning.has(Meaning::DECLINE | Meaning::STOP_PHRASE)
                        }
                        Intent::Decline => {
                            number || meaning.has(Meaning::ACCEPT | Meaning::STOP_PHRASE)
                        }
                        Intent::Stop => number || meaning.has(Meaning::ACCEPT),
                        _ => number || meaning.has(Meaning::ACCEPT | Meaning::DECLINE),
                    };
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
    fn whole_message_keywords_compare_accents_and_refuse_look_alikes() {
        let exact = |locale: &str, text: &str| {
            let tokens = tokenize(&fold(text));
            let content: Vec<&Token> = tokens.iter().collect();
            lexicon(locale).exact(&content)
        };
        assert_eq!(exact("vi", "dừng"), Some(Intent::Stop));
        assert_eq!(exact("vi", "Đúng"), Some(Intent::Accept));
        assert_eq!(exact("vi", "dung"), None, "dừng, đúng or the name Dung");
        assert_eq!(exact("vi", "dung lai"), Some(Intent::Stop));
        assert_eq!(
            exact("en", "dừng"),
            Some(Intent::Stop),
            "a foreign stop word as written"
        );
        assert_eq!(exact("en", "dung"), None, "but not without its accents");
        assert_eq!(exact("en", "stóp"), Some(Intent::Stop));
        assert_eq!(exact("zh-Hans", "是"), Some(Intent::Accept));
        assert_eq!(exact("en", "是"), None);
    }

    #[test]
    fn unknown_locales_use_english() {
        let tokens = tokenize("yes");
        let content: Vec<&Token> = tokens.iter().collect();
        assert!(lexicon("xx").longest(&content).is_some());
    }
}
