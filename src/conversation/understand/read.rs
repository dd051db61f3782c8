//! Reading a tokenized reply against a lexicon, then deciding on one intent by the precedence
//! rules of the parent module's comment.

use std::collections::BTreeSet;

use super::Intent;
use super::fold::fold;
use super::lexicon::Lexicon;
use super::numbers::{choice_number, glued_in_word};
use super::replies_ftl::Meaning;
use super::tokens::{Kind, Token, tokenize};

/// Punctuation that ends a clause: a time word beyond it says nothing about a number.
const CLAUSE_ENDS: &[char] = &[
    '.', ',', ';', '!', '?', '。', '，', '；', '！', '？', '、', '،', '؛', '؟', '।', '…',
];

/// What one step of the reading is.
#[derive(Debug, Clone, Copy)]
enum What {
    Phrase(Meaning),
    /// A number, by its index in the full token list.
    Number(usize),
    Unknown,
}

/// One step of the reading: a phrase, a number, or a word no list knows, with the tokens it
/// spans (indices in the full token list, punctuation included).
#[derive(Debug, Clone, Copy)]
struct Item {
    what: What,
    first: usize,
    last: usize,
}

/// What was found in a reply.
#[derive(Debug, Default)]
struct Reading {
    flags: u16,
    /// Options named by digits or ordinal phrases.
    choices: BTreeSet<u32>,
    /// Options named by number words that count only when they are the whole reply.
    alone: BTreeSet<u32>,
    /// Any digits at all, choices or not.
    digits: bool,
    /// A digit glued inside a word ("la2", "b4", "2ader"): Arabizi or a shorthand.
    digit_in_word: bool,
    /// Words that no list knows.
    unknown: usize,
    /// Whether every phrase was an opt-out phrase or politeness.
    only_stop_and_neutral: bool,
}

/// How a reply was understood, and whether a `Stop` came from the whole message being a
/// keyword or from reading a sentence.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Understood {
    pub intent: Intent,
    /// `intent` is `Stop` read from a sentence ("please stop texting me"), not a keyword.
    pub stop_by_sentence: bool,
}

/// Understands `reply` with `lexicon` (see the parent module).
pub fn understand_in(reply: &str, lexicon: &Lexicon, offered: usize) -> Understood {
    let keyword = |intent| Understood {
        intent,
        stop_by_sentence: false,
    };
    let tokens = tokenize(&fold(reply));
    let content: Vec<usize> = (0..tokens.len())
        .filter(|i| tokens[*i].kind != Kind::Punct)
        .collect();
    if content.is_empty() {
        return keyword(Intent::Other);
    }
    let content_tokens: Vec<&Token> = content.iter().map(|i| &tokens[*i]).collect();
    if let Some(intent) = lexicon.exact(&content_tokens) {
        return keyword(intent);
    }
    let items = items(&tokens, &content, &content_tokens, lexicon);
    let largest = u32::try_from(offered.max(9)).unwrap_or(u32::MAX);
    let intent = decide(&reading(&tokens, &items, largest));
    Understood {
        intent,
        stop_by_sentence: intent == Intent::Stop,
    }
}

/// Walks the content tokens, taking the longest phrase at each step. A number starts a phrase
/// only when the phrase glues it to letters (Arabizi "2akid"); otherwise it is a number.
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
        let phrase = lexicon
            .longest(&content_tokens[at..])
            .filter(|(len, _)| token.kind != Kind::Number || *len > 1);
        let (what, len) = match phrase {
            Some((len, meaning)) => (What::Phrase(number_sign(meaning, tokens, content[at])), len),
            None if token.kind == Kind::Number => (What::Number(content[at]), 1),
            None => (What::Unknown, 1),
        };
        items.push(Item {
            what,
            first: content[at],
            last: content[at + len - 1],
        });
        at += len;
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

/// Whether a time, date or count word stands near item `at` ("at 3", "3 kids", "2nd grade",
/// "a las 3", "3点"): on either side, past politeness and at most one unknown word, within
/// the clause.
fn near_time(tokens: &[Token], items: &[Item], at: usize) -> bool {
    let clause_end = |from: usize, to: usize| {
        tokens[from..to]
            .iter()
            .any(|t| t.kind == Kind::Punct && CLAUSE_ENDS.iter().any(|c| t.is_punct(*c)))
    };
    let look = |step: isize| {
        let mut here = at;
        let mut unknown = 0;
        for _ in 0..4 {
            let Some(next) = here.checked_add_signed(step).filter(|n| *n < items.len()) else {
                return false;
            };
            let (from, to) = if step < 0 {
                (items[next].last, items[here].first)
            } else {
                (items[here].last, items[next].first)
            };
            if clause_end(from, to) {
                return false;
            }
            match items[next].what {
                What::Phrase(m) if m.has(Meaning::TIME) => return true,
                What::Phrase(m) if m.only_neutral() => {}
                What::Unknown if unknown == 0 => unknown += 1,
                _ => return false,
            }
            here = next;
        }
        false
    };
    look(-1) || look(1)
}

/// What the items say, numbers read in their context.
fn reading(tokens: &[Token], items: &[Item], largest: u32) -> Reading {
    let mut reading = Reading {
        only_stop_and_neutral: true,
        ..Reading::default()
    };
    // The last phrase that meant something (politeness skipped): "not really ok".
    let mut last_meaningful: Option<Meaning> = None;
    for (at, item) in items.iter().enumerate() {
        match item.what {
            What::Phrase(meaning) => {
                let negated = last_meaningful.is_some_and(|m| m.has(Meaning::NOT));
                reading.flags |= if negated && meaning.has(Meaning::ACCEPT) {
                    // "not ok", "не хорошо": a negated yes is a no.
                    (meaning.flags & !Meaning::ACCEPT) | Meaning::DECLINE
                } else {
                    meaning.flags
                };
                let timed =
                    (meaning.ordinal != 0 || meaning.alone != 0) && near_time(tokens, items, at);
                if meaning.ordinal != 0 && !timed {
                    reading.choices.insert(u32::from(meaning.ordinal));
                }
                if meaning.alone != 0 && !timed {
                    reading.alone.insert(u32::from(meaning.alone));
                }
                // A stop phrase that could also be something else ("dung": dừng or the
                // name Dung) is no opt-out.
                let more = meaning.flags & !(Meaning::STOP_PHRASE | Meaning::NEUTRAL) != 0
                    || meaning.ordinal != 0
                    || meaning.alone != 0;
                if more {
                    reading.only_stop_and_neutral = false;
                }
                if !meaning.only_neutral() {
                    last_meaningful = Some(meaning);
                }
            }
            What::Number(index) => {
                reading.digits = true;
                reading.only_stop_and_neutral = false;
                last_meaningful = None;
                if near_time(tokens, items, at) {
                    continue;
                }
                if glued_in_word(tokens, index) {
                    reading.digit_in_word = true;
                    continue;
                }
                if let Some(choice) = choice_number(tokens, index, largest) {
                    reading.choices.insert(choice);
                }
            }
            What::Unknown => {
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

/// One intent from what was read (the precedence of the parent module's comment).
fn decide(reading: &Reading) -> Intent {
    let has = |flag: u16| reading.flags & flag != 0;
    if has(Meaning::STOP_PHRASE) {
        // An opt-out sentence with anything else in it is read by a person.
        return if reading.only_stop_and_neutral {
            Intent::Stop
        } else {
            Intent::Other
        };
    }
    let mut choices = reading.choices.iter();
    match (choices.next(), choices.next()) {
        (Some(_), Some(_)) => return Intent::Ambiguous,
        (Some(_), None)
            if has(Meaning::NEGATION | Meaning::UNSURE | Meaning::LOOKALIKE)
                || reading.digit_in_word =>
        {
            return Intent::Ambiguous;
        }
        (Some(choice), None) => return Intent::Choose { choice: *choice },
        (None, _) => {}
    }
    // Unsure, a look-alike name, a digit glued in a word; a yes and a no together ("ok no");
    // a no with a time or a number that is not an option ("no, at 3 I work", "can't on
    // Tuesday", "hnub no tsis tau": a time ruled out, maybe not the visit): a person reads it.
    let unclear = has(Meaning::UNSURE | Meaning::LOOKALIKE)
        || reading.digit_in_word
        || (has(Meaning::ACCEPT) && has(Meaning::DECLINE))
        || (has(Meaning::DECLINE) && (reading.digits || has(Meaning::TIME)));
    if has(Meaning::PLACE) {
        Intent::Place
    } else if has(Meaning::CHANGE) {
        Intent::Change
    } else if unclear {
        Intent::Other
    } else if has(Meaning::DECLINE) {
        Intent::Decline
    } else if has(Meaning::ACCEPT) && reading.digits {
        // "3pm works", "yes, at 4": a yes to a time that may not be an option's. Asked again
        // by number rather than booking the only option at another time.
        Intent::Ambiguous
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
        understand_in(reply, lexicon("en"), 3).intent
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
            understand_in("10", lexicon("en"), 12).intent,
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
        assert_eq!(read("stop texting me, I said 2"), Intent::Other);
        assert_eq!(read("ok stop"), Intent::Other);
    }

    #[test]
    fn a_time_word_counts_within_the_clause_past_politeness_and_one_unknown_word() {
        assert_eq!(read("2nd grade"), Intent::Other);
        assert_eq!(read("at like 3"), Intent::Other);
        assert_eq!(read("3 little kids"), Intent::Other);
        assert_eq!(read("at 4, 2 is fine"), Intent::Choose { choice: 2 });
        assert_eq!(read("2 please"), Intent::Choose { choice: 2 });
    }

    #[test]
    fn digits_glued_in_latin_words_are_not_options() {
        for reply in ["la2", "b4", "2ader", "w8", "ok b4 3"] {
            assert!(
                !matches!(read(reply), Intent::Choose { .. }),
                "{reply}: {:?}",
                read(reply)
            );
        }
        for reply in ["2nd", "option2", "2do"] {
            assert_eq!(read(reply), Intent::Choose { choice: 2 }, "{reply}");
        }
    }

    #[test]
    fn a_negation_anywhere_makes_a_number_ambiguous() {
        for reply in ["not really option 2", "2, not", "never 3", "maybe 2"] {
            assert_eq!(read(reply), Intent::Ambiguous, "{reply}");
        }
        assert_eq!(read("not really ok"), Intent::Decline);
    }

    #[test]
    fn only_sentences_are_stops_by_sentence() {
        let en = lexicon("en");
        assert!(!understand_in("STOP", en, 3).stop_by_sentence);
        assert!(understand_in("stop texting me", en, 3).stop_by_sentence);
        assert!(!understand_in("yes", en, 3).stop_by_sentence);
    }

    #[test]
    fn empty_and_punctuation_only_replies_are_other() {
        for reply in ["", "   ", "?!", "...", "\u{200D}\u{FE0F}"] {
            assert_eq!(read(reply), Intent::Other, "{reply:?}");
        }
    }
}
