//! Reading a tokenized reply against a lexicon, then deciding on one intent by the precedence
//! rules of the parent module's comment.

use std::collections::BTreeSet;

use super::Intent;
use super::fold::fold;
use super::lexicon::Lexicon;
use super::replies_ftl::Meaning;
use super::tokens::{Kind, Token, tokenize};

/// Punctuation that joins two numbers into one thing that is not a choice: a time (3:30, 3.30),
/// a date (12/3), a phone number or range (555-1234).
const JOINERS: &[char] = &[':', '.', '/', '-', '–', '‑'];
/// Punctuation that makes a number an amount or a phone number ($20, 50%, +1).
const AMOUNT_MARKS: &[char] = &['$', '%', '+', '€', '£', '¥', '₫', '₽', '₴', '﷼'];
/// Numbers with this many digits or more are never options (phone numbers, years, codes).
const LONG_NUMBER: usize = 3;

/// One step of the reading: a phrase, a number, or a word no list knows.
#[derive(Debug, Clone, Copy)]
enum Item {
    Phrase(Meaning),
    /// A number, by its index in the full token list.
    Number(usize),
    Unknown,
}

/// What was found in a reply.
#[derive(Debug, Default)]
struct Reading {
    flags: u16,
    /// Options named by digits or ordinal phrases.
    choices: BTreeSet<u32>,
    /// Options named by number words that count only when they are the whole reply.
    alone: BTreeSet<u32>,
    /// An option right after a "not" or "no".
    negated: bool,
    /// Any digits at all, choices or not.
    digits: bool,
    /// Words that no list knows.
    unknown: usize,
    /// Whether every phrase was an opt-out phrase or politeness.
    only_stop_and_neutral: bool,
}

/// Understands `reply` with `lexicon` (see the parent module).
pub fn understand_in(reply: &str, lexicon: &Lexicon, offered: usize) -> Intent {
    let tokens = tokenize(&fold(reply));
    let content: Vec<usize> = (0..tokens.len())
        .filter(|i| tokens[*i].kind != Kind::Punct)
        .collect();
    if content.is_empty() {
        return Intent::Other;
    }
    let content_tokens: Vec<&Token> = content.iter().map(|i| &tokens[*i]).collect();
    if let Some(intent) = lexicon.exact(&content_tokens) {
        return intent;
    }
    let items = items(&tokens, &content, &content_tokens, lexicon);
    let largest = u32::try_from(offered.max(9)).unwrap_or(u32::MAX);
    decide(&reading(&tokens, &items, largest))
}

/// Walks the content tokens, taking the longest phrase at each step.
fn items(
    tokens: &[Token],
    content: &[usize],
    content_tokens: &[&Token],
    lexicon: &Lexicon,
) -> Vec<Item> {
    let mut items = Vec::with_capacity(content.len());
    let mut at = 0;
    while at < content.len() {
        let token = content_tokens[at];
        if token.kind == Kind::Number {
            items.push(Item::Number(content[at]));
            at += 1;
        } else if let Some((len, meaning)) = lexicon.longest(&content_tokens[at..]) {
            items.push(Item::Phrase(number_sign(meaning, tokens, content[at])));
            at += len;
        } else {
            items.push(Item::Unknown);
            at += 1;
        }
    }
    items
}

/// "No. 2" is "number 2", not "no, 2": a "no" directly followed by a dot and a number is
/// politeness, not a decline.
fn number_sign(meaning: Meaning, tokens: &[Token], index: usize) -> Meaning {
    let is_no = tokens[index].stripped == "no";
    let dot = tokens
        .get(index + 1)
        .is_some_and(|t| t.is_punct('.') && !t.spaced);
    let number = tokens
        .get(index + 2)
        .is_some_and(|t| t.kind == Kind::Number);
    if is_no && dot && number && meaning.has(Meaning::DECLINE) {
        Meaning::neutral()
    } else {
        meaning
    }
}

/// What the items say, numbers read in their context.
fn reading(tokens: &[Token], items: &[Item], largest: u32) -> Reading {
    let mut reading = Reading {
        only_stop_and_neutral: true,
        ..Reading::default()
    };
    let is = |item: Option<&Item>, flag: u16| matches!(item, Some(Item::Phrase(m)) if m.has(flag));
    for (at, item) in items.iter().enumerate() {
        let before = at.checked_sub(1).and_then(|i| items.get(i));
        let after = items.get(at + 1);
        let negated = is(before, Meaning::NOT) || is(before, Meaning::DECLINE);
        match *item {
            Item::Phrase(meaning) => {
                reading.flags |= if is(before, Meaning::NOT) && meaning.has(Meaning::ACCEPT) {
                    // "not ok", "не хорошо": a negated yes is a no.
                    (meaning.flags & !Meaning::ACCEPT) | Meaning::DECLINE
                } else {
                    meaning.flags
                };
                let timed = is(before, Meaning::TIME) || is(after, Meaning::TIME);
                if meaning.ordinal != 0 && !timed {
                    reading.choices.insert(u32::from(meaning.ordinal));
                    reading.negated |= negated;
                }
                if meaning.alone != 0 && !timed {
                    reading.alone.insert(u32::from(meaning.alone));
                    reading.negated |= negated;
                }
                if !meaning.has(Meaning::STOP_PHRASE) && !meaning.only_neutral() {
                    reading.only_stop_and_neutral = false;
                }
            }
            Item::Number(index) => {
                reading.digits = true;
                reading.only_stop_and_neutral = false;
                if is(before, Meaning::TIME) || is(after, Meaning::TIME) {
                    continue;
                }
                if let Some(choice) = choice_number(tokens, index, largest) {
                    reading.choices.insert(choice);
                    reading.negated |= negated;
                }
            }
            Item::Unknown => {
                reading.unknown += 1;
                reading.only_stop_and_neutral = false;
            }
        }
    }
    if reading.unknown == 0 && !reading.digits {
        let alone = std::mem::take(&mut reading.alone);
        reading.choices.extend(alone);
    }
    reading
}

/// The option a number token names, unless it is part of a time, date, phone number or
/// amount, has too many digits, or is out of 1..=`largest`.
fn choice_number(tokens: &[Token], index: usize, largest: u32) -> Option<u32> {
    let token = &tokens[index];
    if token.text.len() >= LONG_NUMBER {
        return None;
    }
    let at = |i: Option<usize>| i.and_then(|i| tokens.get(i));
    let (before, before2) = (at(index.checked_sub(1)), at(index.checked_sub(2)));
    let (after, after2) = (tokens.get(index + 1), tokens.get(index + 2));
    let joiner = |t: &Token| t.kind == Kind::Punct && JOINERS.iter().any(|c| t.is_punct(*c));
    let amount = |t: &Token| t.kind == Kind::Punct && AMOUNT_MARKS.iter().any(|c| t.is_punct(*c));
    let number = |t: Option<&Token>| t.is_some_and(|t| t.kind == Kind::Number);

    let joined_before =
        before.is_some_and(|b| joiner(b) && !b.spaced) && !token.spaced && number(before2);
    let joined_after = after.is_some_and(|a| joiner(a) && !a.spaced)
        && after2.is_some_and(|t| t.kind == Kind::Number && !t.spaced);
    let amount_before = before.is_some_and(amount) && !token.spaced;
    let amount_after = after.is_some_and(|a| amount(a) && !a.spaced);
    if joined_before || joined_after || amount_before || amount_after {
        return None;
    }
    let choice: u32 = token.text.parse().ok()?;
    (1..=largest).contains(&choice).then_some(choice)
}

/// One intent from what was read (the precedence of the parent module's comment).
fn decide(reading: &Reading) -> Intent {
    let has = |flag: u16| reading.flags & flag != 0;
    if has(Meaning::STOP_PHRASE) && reading.only_stop_and_neutral {
        return Intent::Stop;
    }
    if reading.negated {
        return Intent::Ambiguous;
    }
    let mut choices = reading.choices.iter();
    match (choices.next(), choices.next()) {
        (Some(_), Some(_)) => return Intent::Ambiguous,
        (Some(_), None) if has(Meaning::DECLINE) => return Intent::Ambiguous,
        (Some(choice), None) => return Intent::Choose { choice: *choice },
        (None, _) => {}
    }
    if has(Meaning::PLACE) {
        Intent::Place
    } else if has(Meaning::CHANGE) {
        Intent::Change
    } else if has(Meaning::ACCEPT) && has(Meaning::DECLINE) {
        Intent::Other
    } else if has(Meaning::DECLINE) {
        Intent::Decline
    } else if has(Meaning::ACCEPT) {
        Intent::Accept
    } else {
        Intent::Other
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::conversation::understand::lexicon::lexicon;

    fn read(reply: &str) -> Intent {
        understand_in(reply, lexicon("en"), 3)
    }

    #[test]
    fn numbers_joined_by_time_date_or_phone_punctuation_are_not_choices() {
        for reply in [
            "3:30", "3.30", "12/3", "555-1234", "1-2", "$2", "2%", "+1", "15h30",
        ] {
            assert_eq!(read(reply), Intent::Other, "{reply}");
        }
    }

    #[test]
    fn numbers_next_to_punctuation_that_does_not_join_are_choices() {
        for reply in ["2.", "(2)", "2)", "#2", "2!", "2?", "- 2", "2 -"] {
            assert_eq!(read(reply), Intent::Choose { choice: 2 }, "{reply}");
        }
    }

    #[test]
    fn numbers_next_to_time_words_are_times() {
        for reply in ["at 2", "2pm", "2 pm", "2 o'clock", "after 2", "2 kids"] {
            assert_eq!(read(reply), Intent::Other, "{reply}");
        }
    }

    #[test]
    fn zero_long_and_large_numbers_are_not_choices() {
        assert_eq!(read("0"), Intent::Other);
        assert_eq!(read("100"), Intent::Other);
        assert_eq!(read("10"), Intent::Other);
        assert_eq!(
            understand_in("10", lexicon("en"), 12),
            Intent::Choose { choice: 10 }
        );
        assert_eq!(read("02"), Intent::Choose { choice: 2 });
    }

    #[test]
    fn a_no_before_a_dot_and_a_number_is_the_number_sign() {
        assert_eq!(read("No.2"), Intent::Choose { choice: 2 });
        assert_eq!(read("no 2"), Intent::Ambiguous);
        assert_eq!(read("no. I can't"), Intent::Decline);
    }

    #[test]
    fn precedence_when_words_conflict() {
        assert_eq!(read("yes 2"), Intent::Choose { choice: 2 });
        assert_eq!(read("no, 2 is better"), Intent::Ambiguous);
        assert_eq!(read("not 1, 2"), Intent::Ambiguous);
        assert_eq!(read("yes but can we meet at the library"), Intent::Place);
        assert_eq!(read("no, another day"), Intent::Change);
        assert_eq!(read("change the place"), Intent::Place);
        assert_eq!(read("ok no"), Intent::Other);
        assert_eq!(read("not ok"), Intent::Decline);
        assert_eq!(read("stop texting me please"), Intent::Stop);
        assert_eq!(
            read("stop texting me, I said 2"),
            Intent::Choose { choice: 2 }
        );
    }

    #[test]
    fn empty_and_punctuation_only_replies_are_other() {
        for reply in ["", "   ", "?!", "...", "\u{200D}\u{FE0F}"] {
            assert_eq!(read(reply), Intent::Other, "{reply:?}");
        }
    }
}
