//! Splitting a folded reply into tokens: words, numbers, symbols (emoji) and punctuation.
//!
//! Chinese (and Japanese kana) has no spaces between words, so each ideograph is a token of
//! its own and a keyword like "不可以" is a sequence of three tokens, matched like "no thank
//! you". Punctuation is kept as tokens because it tells a time ("3:30") or a phone number
//! ("555-1234") from a choice; keyword matching skips it.

use unicode_normalization::char::is_combining_mark;

use super::fold::{collapse, strip_marks};

/// What a token is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// Letters (one ideograph for Chinese).
    Word,
    /// ASCII digits (every script's digits are ASCII after folding).
    Number,
    /// An emoji or other symbol: one character, matched like a word (👍, ✅).
    Symbol,
    /// Punctuation: never matched, only looked at around numbers.
    Punct,
}

/// One token of a folded reply or keyword.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Token {
    pub kind: Kind,
    /// The folded text, accents kept.
    pub text: String,
    /// Without the accents of Latin letters.
    pub stripped: String,
    /// `stripped` with repeated characters squeezed ("yesss" → "yes").
    pub collapsed: String,
    /// Whether whitespace came right before it ("3 pm" vs "3pm").
    pub spaced: bool,
}

impl Token {
    fn new(kind: Kind, text: String, spaced: bool) -> Token {
        let stripped = if kind == Kind::Word {
            strip_marks(&text)
        } else {
            text.clone()
        };
        let collapsed = collapse(&stripped);
        Token {
            kind,
            text,
            stripped,
            collapsed,
            spaced,
        }
    }

    /// Whether the word was written with accents (they then count when comparing).
    pub fn marked(&self) -> bool {
        self.text != self.stripped
    }

    /// Whether this is punctuation `c`.
    pub fn is_punct(&self, c: char) -> bool {
        self.kind == Kind::Punct && self.text.starts_with(c)
    }
}

/// Chinese ideographs and Japanese kana: each one is a token.
fn is_ideograph(c: char) -> bool {
    matches!(
        c,
        '\u{3040}'..='\u{30FF}'
            | '\u{3400}'..='\u{4DBF}'
            | '\u{4E00}'..='\u{9FFF}'
            | '\u{F900}'..='\u{FAFF}'
            | '\u{20000}'..='\u{3FFFF}'
    )
}

/// Emoji and pictographic symbols: one token each, matched against keywords.
fn is_symbol(c: char) -> bool {
    matches!(
        c,
        '\u{2190}'..='\u{21FF}'
            | '\u{2300}'..='\u{23FF}'
            | '\u{2460}'..='\u{24FF}'
            | '\u{25A0}'..='\u{27BF}'
            | '\u{2900}'..='\u{2BFF}'
            | '\u{1F000}'..='\u{1FAFF}'
    )
}

/// Splits folded text into tokens (see the module comment).
pub fn tokenize(folded: &str) -> Vec<Token> {
    let mut tokens = Vec::new();
    let mut current = String::new();
    let mut current_kind = Kind::Word;
    let mut spaced = true;
    let mut current_spaced = true;

    let flush = |tokens: &mut Vec<Token>, current: &mut String, kind: Kind, spaced: bool| {
        if !current.is_empty() {
            tokens.push(Token::new(kind, std::mem::take(current), spaced));
        }
    };

    for c in folded.chars() {
        let kind = if c.is_ascii_digit() {
            Some(Kind::Number)
        } else if is_ideograph(c) {
            None
        } else if c.is_alphanumeric() {
            Some(Kind::Word)
        } else if is_combining_mark(c) {
            // A mark belongs to the word it follows; a stray one (after a space) is dropped.
            if current_kind == Kind::Word && !current.is_empty() {
                current.push(c);
            }
            continue;
        } else {
            flush(&mut tokens, &mut current, current_kind, current_spaced);
            if c.is_whitespace() {
                spaced = true;
            } else {
                let kind = if is_symbol(c) {
                    Kind::Symbol
                } else {
                    Kind::Punct
                };
                tokens.push(Token::new(kind, c.to_string(), spaced));
                spaced = false;
            }
            continue;
        };
        match kind {
            Some(kind) if kind == current_kind && !current.is_empty() => current.push(c),
            Some(kind) => {
                flush(&mut tokens, &mut current, current_kind, current_spaced);
                current_kind = kind;
                current_spaced = spaced;
                current.push(c);
            }
            None => {
                flush(&mut tokens, &mut current, current_kind, current_spaced);
                tokens.push(Token::new(Kind::Word, c.to_string(), spaced));
            }
        }
        spaced = false;
    }
    flush(&mut tokens, &mut current, current_kind, current_spaced);
    tokens
}

#[cfg(test)]
mod tests {
    use super::*;

    fn kinds(text: &str) -> Vec<(Kind, String, bool)> {
        tokenize(text)
            .into_iter()
            .map(|t| (t.kind, t.text, t.spaced))
            .collect()
    }

    #[test]
    fn words_numbers_and_punctuation_split_apart() {
        use Kind::*;
        assert_eq!(
            kinds("el 2nd, 3:30"),
            vec![
                (Word, "el".into(), true),
                (Number, "2".into(), true),
                (Word, "nd".into(), false),
                (Punct, ",".into(), false),
                (Number, "3".into(), true),
                (Punct, ":".into(), false),
                (Number, "30".into(), false),
            ]
        );
    }

    #[test]
    fn each_ideograph_is_a_token_and_emoji_are_symbols() {
        use Kind::*;
        assert_eq!(
            kinds("好的👍第2个"),
            vec![
                (Word, "好".into(), true),
                (Word, "的".into(), false),
                (Symbol, "👍".into(), false),
                (Word, "第".into(), false),
                (Number, "2".into(), false),
                (Word, "个".into(), false),
            ]
        );
    }

    #[test]
    fn combining_marks_stay_in_their_word() {
        let tokens = tokenize("ਹਾਂ ਜੀ");
        assert_eq!(tokens.len(), 2);
        assert_eq!(tokens[0].text, "ਹਾਂ");
        assert_eq!(tokenize("\u{0301}").len(), 0);
    }

    #[test]
    fn stripped_and_collapsed_forms_are_ready() {
        let token = &tokenize("sííí")[0];
        assert_eq!(token.stripped, "siii");
        assert_eq!(token.collapsed, "si");
        assert!(token.marked());
    }
}
