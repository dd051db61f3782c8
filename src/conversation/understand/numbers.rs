//! What a number token is, from the characters around it: a time, date, phone number or
//! amount ("3:30", "12/3", "555-1234", "$20"), digits glued inside a word (Arabizi "la2",
//! "b4"), or possibly an option. Words near the number (a time or count word) are the
//! reader's business (`read`); this module looks only at the token and its neighbours.

use super::tokens::{Kind, Token};

/// Punctuation that joins two numbers into one thing that is not a choice: a time (3:30, 3.30),
/// a date (12/3), a phone number or range (555-1234).
const JOINERS: &[char] = &[':', '.', '/', '-', '–', '‑'];
/// Punctuation that makes a number an amount or a phone number ($20, 50%, +1).
const AMOUNT_MARKS: &[char] = &['$', '%', '+', '€', '£', '¥', '₫', '₽', '₴', '﷼'];
/// Numbers with this many digits or more are never options (phone numbers, years, codes).
const LONG_NUMBER: usize = 3;

/// Letters glued after a digit that still leave it a number: ordinal suffixes ("2nd", "2do",
/// "1er", "2º" folded to "2o").
const ORDINAL_SUFFIXES: &[&str] = &[
    "st", "nd", "rd", "th", "do", "da", "ro", "ra", "er", "re", "o", "a", "e", "eme", "me",
];
/// Words glued before a digit that still leave it an option ("option2", "no2" is not here:
/// it could be "No. 2" or "no, 2").
const OPTION_PREFIXES: &[&str] = &[
    "option", "opcion", "opt", "number", "num", "numero", "nro", "nr", "choice",
];

/// Whether the digits at `index` are glued inside a Latin word: "la2", "b4", "2ader", "3pm"
/// ("2nd", "2do" and "option2" are numbers still).
pub fn glued_in_word(tokens: &[Token], index: usize) -> bool {
    let latin_word = |t: &Token| {
        t.kind == Kind::Word
            && t.stripped
                .chars()
                .next()
                .is_some_and(|c| c.is_ascii_alphabetic())
    };
    let token = &tokens[index];
    let before = index.checked_sub(1).map(|i| &tokens[i]).is_some_and(|b| {
        !token.spaced && latin_word(b) && !OPTION_PREFIXES.contains(&b.stripped.as_str())
    });
    let after = tokens.get(index + 1).is_some_and(|a| {
        !a.spaced && latin_word(a) && !ORDINAL_SUFFIXES.contains(&a.stripped.as_str())
    });
    before || after
}

/// The option a number token names, unless it is part of a time, date, phone number or
/// amount, has too many digits, or is out of 1..=`largest`.
pub fn choice_number(tokens: &[Token], index: usize, largest: u32) -> Option<u32> {
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
