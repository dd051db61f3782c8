//! How many SMS segments a text costs: the GSM 03.38 default alphabet (with its extension
//! table) when every character fits, UCS-2 otherwise.
//!
//! Carriers bill per segment, and one character outside GSM-7 (an accent such as `á`, any
//! non-Latin script, an emoji, a Fluent isolation mark) turns a 160-character text into
//! 70-character parts. The counts here are what a provider such as Twilio bills:
//!
//! | encoding | one part | each part of a longer text |
//! |---|---|---|
//! | GSM-7 | 160 septets | 153 septets (7 go to the concatenation header) |
//! | UCS-2 | 70 units | 67 units |
//!
//! Extension-table characters (`€ [ ] { } \ ^ ~ |` and form feed) take two septets (an escape
//! and the character); characters outside the Basic Multilingual Plane take two UCS-2 units
//! (a surrogate pair). Neither is ever split across two parts, so parts are filled greedily.

/// The alphabet a text is sent in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Encoding {
    /// The GSM 03.38 default alphabet, 7 bits a character.
    Gsm7,
    /// UTF-16 code units, 16 bits each.
    Ucs2,
}

/// What a text costs to send.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Segments {
    pub encoding: Encoding,
    /// Septets (GSM-7) or UTF-16 code units (UCS-2) in the whole text.
    pub units: usize,
    /// Billed parts; 0 only for an empty text, which is never sent.
    pub parts: usize,
}

/// The GSM 03.38 default alphabet, minus the escape to the extension table.
const GSM7_BASIC: &str = "@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !\"#¤%&'()*+,-./0123456789:;<=>?\
¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà";

/// Characters reached through the escape: two septets each.
const GSM7_EXTENSION: &str = "\u{000C}^{}\\[~]|€";

/// Septets each ASCII character takes in GSM-7 (0: none), from the two alphabets above: most
/// texts are mostly ASCII, and looking a character up in them costs a scan of the string.
const ASCII_SEPTETS: [u8; 128] = {
    let mut table = [0u8; 128];
    let (basic, extension) = (GSM7_BASIC.as_bytes(), GSM7_EXTENSION.as_bytes());
    let mut i = 0;
    while i < basic.len() {
        // Bytes of non-ASCII characters are all 0x80 or above.
        if basic[i] < 128 {
            table[basic[i] as usize] = 1;
        }
        i += 1;
    }
    let mut i = 0;
    while i < extension.len() {
        if extension[i] < 128 {
            table[extension[i] as usize] = 2;
        }
        i += 1;
    }
    table
};

/// Septets one character takes in GSM-7, or `None` if it has no GSM-7 form.
fn septets(c: char) -> Option<usize> {
    if c.is_ascii() {
        match ASCII_SEPTETS[c as usize] {
            0 => None,
            n => Some(usize::from(n)),
        }
    } else if GSM7_BASIC.contains(c) {
        Some(1)
    } else if GSM7_EXTENSION.contains(c) {
        Some(2)
    } else {
        None
    }
}

/// Counts the segments `text` is billed as.
pub fn count(text: &str) -> Segments {
    if text.chars().all(|c| septets(c).is_some()) {
        measure(
            Encoding::Gsm7,
            || text.chars().map(|c| septets(c).unwrap_or(0)),
            160,
            153,
        )
    } else {
        measure(Encoding::Ucs2, || text.chars().map(char::len_utf16), 70, 67)
    }
}

/// Totals the units and fills parts greedily, never splitting one character's units.
fn measure<I: Iterator<Item = usize>>(
    encoding: Encoding,
    costs: impl Fn() -> I,
    single: usize,
    per_part: usize,
) -> Segments {
    let units: usize = costs().sum();
    let parts = if units == 0 {
        0
    } else if units <= single {
        1
    } else {
        let mut parts = 1;
        let mut filled = 0;
        for cost in costs() {
            if filled + cost > per_part {
                parts += 1;
                filled = 0;
            }
            filled += cost;
        }
        parts
    };
    Segments {
        encoding,
        units,
        parts,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn gsm(units: usize, parts: usize) -> Segments {
        Segments {
            encoding: Encoding::Gsm7,
            units,
            parts,
        }
    }

    fn ucs2(units: usize, parts: usize) -> Segments {
        Segments {
            encoding: Encoding::Ucs2,
            units,
            parts,
        }
    }

    #[test]
    fn the_ascii_table_agrees_with_the_alphabets() {
        for b in 0u8..128 {
            let c = char::from(b);
            let scanned = if GSM7_BASIC.contains(c) {
                Some(1)
            } else if GSM7_EXTENSION.contains(c) {
                Some(2)
            } else {
                None
            };
            assert_eq!(septets(c), scanned, "{c:?}");
        }
        assert_eq!(septets('`'), None);
        assert_eq!(septets('\\'), Some(2));
        assert_eq!(septets('A'), Some(1));
    }

    #[test]
    fn an_empty_text_costs_nothing() {
        assert_eq!(count(""), gsm(0, 0));
    }

    #[test]
    fn plain_ascii_is_gsm7() {
        assert_eq!(count("Hi Maria! Reply 1, 2 or 3."), gsm(26, 1));
    }

    #[test]
    fn gsm7_fits_160_in_one_part() {
        assert_eq!(count(&"a".repeat(160)), gsm(160, 1));
        assert_eq!(count(&"a".repeat(161)), gsm(161, 2));
    }

    #[test]
    fn long_gsm7_texts_are_cut_in_153_septet_parts() {
        assert_eq!(count(&"a".repeat(306)), gsm(306, 2));
        assert_eq!(count(&"a".repeat(307)), gsm(307, 3));
        assert_eq!(count(&"a".repeat(459)), gsm(459, 3));
        assert_eq!(count(&"a".repeat(612)), gsm(612, 4));
        assert_eq!(count(&"a".repeat(613)), gsm(613, 5));
    }

    #[test]
    fn accents_of_the_default_alphabet_stay_gsm7() {
        assert_eq!(count("José Muñoz, señor Müller, à été"), gsm(31, 1));
        assert_eq!(count("£$¥¿¡§ÆØÅ"), gsm(9, 1));
        assert_eq!(count("ΔΦΓΛΩΠΨΣΘΞ"), gsm(10, 1));
        assert_eq!(count("line one\nline two\r"), gsm(18, 1));
    }

    #[test]
    fn extension_characters_take_two_septets() {
        assert_eq!(count("€"), gsm(2, 1));
        assert_eq!(count("[x]{y}~|^\\"), gsm(18, 1));
        assert_eq!(count(&"€".repeat(80)), gsm(160, 1));
        assert_eq!(count(&"€".repeat(81)), gsm(162, 2));
    }

    #[test]
    fn an_extension_character_is_not_split_across_parts() {
        // 152 septets, then "€" (2) would straddle the 153 boundary: it opens part 2.
        let text = format!("{}€{}", "a".repeat(152), "a".repeat(10));
        assert_eq!(count(&text), gsm(164, 2));
        let text = format!("{}€{}", "a".repeat(152), "a".repeat(152));
        // Part 1: 152; part 2: 2 + 151 = 153; part 3: 1.
        assert_eq!(count(&text), gsm(306, 3));
    }

    #[test]
    fn accents_outside_the_default_alphabet_make_ucs2() {
        assert_eq!(count("Hernández"), ucs2(9, 1));
        assert_eq!(count("á"), ucs2(1, 1));
        assert_eq!(count("ç"), ucs2(1, 1), "only capital Ç is in GSM-7");
        assert_eq!(count("Nguyễn"), ucs2(6, 1));
    }

    #[test]
    fn fluent_isolation_marks_force_ucs2() {
        assert_eq!(count("Hi \u{2068}Maria\u{2069}"), ucs2(10, 1));
    }

    #[test]
    fn typographic_spaces_and_quotes_force_ucs2() {
        assert_eq!(count("4:30\u{202F}PM").encoding, Encoding::Ucs2);
        assert_eq!(count("it’s").encoding, Encoding::Ucs2);
        assert_eq!(count("a\u{00A0}b").encoding, Encoding::Ucs2);
    }

    #[test]
    fn ucs2_fits_70_in_one_part() {
        assert_eq!(count(&"ж".repeat(70)), ucs2(70, 1));
        assert_eq!(count(&"ж".repeat(71)), ucs2(71, 2));
    }

    #[test]
    fn long_ucs2_texts_are_cut_in_67_unit_parts() {
        assert_eq!(count(&"中".repeat(134)), ucs2(134, 2));
        assert_eq!(count(&"中".repeat(135)), ucs2(135, 3));
        assert_eq!(count(&"ا".repeat(268)), ucs2(268, 4));
        assert_eq!(count(&"ا".repeat(269)), ucs2(269, 5));
    }

    #[test]
    fn characters_outside_the_bmp_count_two_units() {
        assert_eq!(count("👍"), ucs2(2, 1));
        assert_eq!(count(&"👍".repeat(35)), ucs2(70, 1));
        assert_eq!(count(&"👍".repeat(36)), ucs2(72, 2));
    }

    #[test]
    fn a_surrogate_pair_is_not_split_across_parts() {
        // 66 units, then a pair that would straddle 67: it opens part 2.
        let text = format!("{}👍{}", "ж".repeat(66), "ж".repeat(10));
        assert_eq!(count(&text), ucs2(78, 2));
        // 33 emoji = 66 units per part: 4 emoji more than two parts of 33 need a third.
        assert_eq!(count(&"👍".repeat(67)).parts, 3);
    }

    #[test]
    fn one_foreign_character_switches_the_whole_text() {
        let text = format!("{}ж", "a".repeat(100));
        assert_eq!(count(&text), ucs2(101, 2));
    }
}
