//! Normalising text so that what a family types and what a translator wrote compare equal.
//!
//! Two steps, because Vietnamese needs them apart:
//! - [`fold`] runs once over the whole reply (and over every keyword): NFKC (full-width forms,
//!   circled and keycap digits), digits of every script to ASCII, lower case, Arabic and Persian
//!   letter variants unified (`ي`/`ی`, `ك`/`ک`, hamza forms of alef, vowel marks dropped), `ё`
//!   read as `е`, apostrophes dropped (`don't` = `dont`), invisible characters (zero-width
//!   joiners, emoji variation selectors, skin tones) removed. Accents are kept.
//! - [`strip_marks`] then removes the accents of Latin letters from one word, so "si" meets
//!   "sí" and "co" meets "có". A word typed *with* accents is compared with its accents first
//!   (see `lexicon`), so Vietnamese "đợi" (wait) is not taken for "đổi" (change).
//!
//! [`collapse`] squeezes repeated letters ("yesss", "siii", "дааа") for a last-chance match.

use std::borrow::Cow;

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::{decompose_canonical, is_combining_mark};

use super::digits;

/// Apostrophe-like characters, dropped so "don't", "don’t" and "dont" are one word.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '\u{2019}' | '\u{2018}' | '\u{02BC}' | '`' | '\u{00B4}'
    )
}

/// Characters that carry no meaning in a reply: zero-width joiners, variation selectors,
/// the keycap mark of "2️⃣", emoji skin tones, Arabic tatweel, bidi controls.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{200B}'..='\u{200F}'
            | '\u{202A}'..='\u{202E}'
            | '\u{2060}'..='\u{2069}'
            | '\u{FE00}'..='\u{FE0F}'
            | '\u{FEFF}'
            | '\u{20E3}'
            | '\u{0640}'
            | '\u{1F3FB}'..='\u{1F3FF}'
            | '\u{E0020}'..='\u{E007F}'
    )
}

/// Arabic vowel marks (harakat, superscript alef): optional in writing, dropped.
fn is_arabic_vowel_mark(c: char) -> bool {
    matches!(c, '\u{064B}'..='\u{065F}' | '\u{0670}')
}

/// One spelling for letters that Arabic and Persian keyboards write differently.
fn unify_letter(c: char) -> char {
    match c {
        'أ' | 'إ' | 'آ' | 'ٱ' => 'ا',
        'ي' | 'ى' => 'ی',
        'ك' => 'ک',
        'ة' => 'ه',
        'ё' => 'е',
        _ => c,
    }
}

/// Folds a whole reply or keyword for matching (see the module comment). Keeps accents,
/// punctuation and emoji; turns the numero sign ("Nº 2", "n° 2") into "#", since NFKC would
/// otherwise make it the word "no".
pub fn fold(text: &str) -> String {
    let text: Cow<'_, str> = if text.contains(['º', '°']) {
        Cow::Owned(
            text.replace("Nº", "#")
                .replace("nº", "#")
                .replace("N°", "#")
                .replace("n°", "#"),
        )
    } else {
        Cow::Borrowed(text)
    };
    let mut out = String::with_capacity(text.len());
    for c in text.chars().filter(|c| !is_apostrophe(*c)).nfkc() {
        let c = digits::to_ascii(c);
        if is_invisible(c) || is_arabic_vowel_mark(c) {
            continue;
        }
        out.extend(unify_letter(c).to_lowercase().map(unify_letter));
    }
    out
}

/// Whether `c` is a Latin letter (the only script whose accents we strip).
fn is_latin(c: char) -> bool {
    c.is_ascii_alphabetic()
        || matches!(c, '\u{00C0}'..='\u{024F}' | '\u{1E00}'..='\u{1EFF}' | '\u{2C60}'..='\u{2C7F}')
}

/// A folded word without the accents of its Latin letters ("sí" → "si", "được" → "duoc").
/// Other scripts keep their marks: Cyrillic "й", Gurmukhi vowel signs are letters there.
pub fn strip_marks(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut after_latin = false;
    for c in word.chars() {
        match c {
            'đ' => out.push('d'),
            'ø' => out.push('o'),
            'ł' => out.push('l'),
            _ if is_latin(c) => decompose_canonical(c, |d| {
                if !is_combining_mark(d) {
                    out.push(d);
                }
            }),
            _ if after_latin && is_combining_mark(c) => continue,
            _ => out.push(c),
        }
        after_latin = is_latin(c) || (after_latin && is_combining_mark(c));
    }
    out
}

/// `word` with runs of the same character squeezed to one ("yesss" → "yes", "sii" → "si").
pub fn collapse(word: &str) -> String {
    let mut out = String::with_capacity(word.len());
    let mut last = None;
    for c in word.chars() {
        if last != Some(c) {
            out.push(c);
        }
        last = Some(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn case_width_and_digits_of_any_script_fold_to_plain_text() {
        assert_eq!(fold("YES"), "yes");
        assert_eq!(fold("ＯＫ ２"), "ok 2");
        assert_eq!(fold("٢"), "2");
        assert_eq!(fold("۳"), "3");
        assert_eq!(fold("ਨੰਬਰ ੨"), "ਨੰਬਰ 2");
        assert_eq!(fold("①"), "1");
        assert_eq!(fold("2️⃣"), "2");
        assert_eq!(fold("Số ２"), "số 2");
    }

    #[test]
    fn apostrophes_and_invisible_characters_disappear() {
        assert_eq!(fold("Don’t"), "dont");
        assert_eq!(fold("don't"), "dont");
        assert_eq!(fold("👍🏽"), "👍");
        assert_eq!(fold("✔️"), "✔");
        assert_eq!(fold("می‌خواهم"), "میخواهم");
        assert_eq!(fold("\u{200F}نعم\u{200E}"), "نعم");
    }

    #[test]
    fn arabic_and_persian_spellings_meet() {
        assert_eq!(fold("شكراً"), fold("شکرا"));
        assert_eq!(fold("أيوه"), "ایوه");
        assert_eq!(fold("علي"), fold("علی"));
        assert_eq!(fold("الساعة"), fold("الساعه"));
        assert_eq!(fold("ثلاثـــة"), fold("ثلاثة"));
    }

    #[test]
    fn cyrillic_yo_is_read_as_ye_and_keeps_short_i() {
        assert_eq!(fold("Ещё"), "еще");
        assert_eq!(strip_marks(&fold("второй")), "второй");
        assert_eq!(strip_marks(&fold("п'ятий")), "пятий");
    }

    #[test]
    fn numero_signs_become_a_hash() {
        assert_eq!(fold("Nº2"), "#2");
        assert_eq!(fold("n° 3"), "# 3");
        assert_eq!(fold("no 2"), "no 2");
        assert_eq!(fold("nº"), "#");
    }

    #[test]
    fn latin_accents_strip_but_other_scripts_keep_their_marks() {
        assert_eq!(strip_marks("sí"), "si");
        assert_eq!(strip_marks("có"), "co");
        assert_eq!(strip_marks("được"), "duoc");
        assert_eq!(strip_marks("không"), "khong");
        assert_eq!(strip_marks("opción"), "opcion");
        assert_eq!(strip_marks("q\u{0303}"), "q");
        assert_eq!(strip_marks("ਹਾਂ"), "ਹਾਂ");
        assert_eq!(strip_marks("й"), "й");
        assert_eq!(strip_marks("\u{0301}a"), "\u{0301}a");
    }

    #[test]
    fn repeated_letters_collapse() {
        assert_eq!(collapse("yesss"), "yes");
        assert_eq!(collapse("siii"), "si");
        assert_eq!(collapse("дааа"), "да");
        assert_eq!(collapse(""), "");
    }
}
