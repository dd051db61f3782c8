//! Decimal digits of every script, read as ASCII digits.
//!
//! A family answers "2" the way their phone's keyboard writes it: `2`, `２` (full-width), `٢`
//! (Arabic-Indic), `۲` (Persian), `२` (Devanagari), `੨` (Gurmukhi), `২` (Bengali), `๒` (Thai),
//! `២` (Khmer)… `char::to_digit` only knows ASCII, so this module maps every Unicode decimal
//! digit (general category `Nd`) to its value.
//!
//! Unicode lays out every `Nd` digit set as ten consecutive code points, zero first, so a table
//! of the zeros is all we need. The table below lists the zero of every `Nd` block in Unicode 16;
//! a unit test checks that each block really holds ten numeric characters.

/// The zero of every decimal digit block, sorted (Unicode 16, general category `Nd`).
pub const DIGIT_ZEROS: &[char] = &[
    '\u{0030}',  // ASCII
    '\u{0660}',  // Arabic-Indic
    '\u{06F0}',  // Extended Arabic-Indic (Persian, Urdu)
    '\u{07C0}',  // NKo
    '\u{0966}',  // Devanagari
    '\u{09E6}',  // Bengali
    '\u{0A66}',  // Gurmukhi
    '\u{0AE6}',  // Gujarati
    '\u{0B66}',  // Oriya
    '\u{0BE6}',  // Tamil
    '\u{0C66}',  // Telugu
    '\u{0CE6}',  // Kannada
    '\u{0D66}',  // Malayalam
    '\u{0DE6}',  // Sinhala Lith
    '\u{0E50}',  // Thai
    '\u{0ED0}',  // Lao
    '\u{0F20}',  // Tibetan
    '\u{1040}',  // Myanmar
    '\u{1090}',  // Myanmar Shan
    '\u{17E0}',  // Khmer
    '\u{1810}',  // Mongolian
    '\u{1946}',  // Limbu
    '\u{19D0}',  // New Tai Lue
    '\u{1A80}',  // Tai Tham Hora
    '\u{1A90}',  // Tai Tham Tham
    '\u{1B50}',  // Balinese
    '\u{1BB0}',  // Sundanese
    '\u{1C40}',  // Lepcha
    '\u{1C50}',  // Ol Chiki
    '\u{A620}',  // Vai
    '\u{A8D0}',  // Saurashtra
    '\u{A900}',  // Kayah Li
    '\u{A9D0}',  // Javanese
    '\u{A9F0}',  // Myanmar Tai Laing
    '\u{AA50}',  // Cham
    '\u{ABF0}',  // Meetei Mayek
    '\u{FF10}',  // Full-width
    '\u{104A0}', // Osmanya
    '\u{10D30}', // Hanifi Rohingya
    '\u{10D40}', // Garay
    '\u{11066}', // Brahmi
    '\u{110F0}', // Sora Sompeng
    '\u{11136}', // Chakma
    '\u{111D0}', // Sharada
    '\u{112F0}', // Khudawadi
    '\u{11450}', // Newa
    '\u{114D0}', // Tirhuta
    '\u{11650}', // Modi
    '\u{116C0}', // Takri
    '\u{116D0}', // Myanmar Pao
    '\u{116DA}', // Myanmar Eastern Pwo Karen
    '\u{11730}', // Ahom
    '\u{118E0}', // Warang Citi
    '\u{11950}', // Dives Akuru
    '\u{11BF0}', // Sunuwar
    '\u{11C50}', // Bhaiksuki
    '\u{11D50}', // Masaram Gondi
    '\u{11DA0}', // Gunjala Gondi
    '\u{11F50}', // Kawi
    '\u{16130}', // Gurung Khema
    '\u{16A60}', // Mro
    '\u{16AC0}', // Tangsa
    '\u{16B50}', // Pahawh Hmong
    '\u{16D70}', // Kirat Rai
    '\u{1CCF0}', // Outlined digits
    '\u{1D7CE}', // Mathematical bold
    '\u{1D7D8}', // Mathematical double-struck
    '\u{1D7E2}', // Mathematical sans-serif
    '\u{1D7EC}', // Mathematical sans-serif bold
    '\u{1D7F6}', // Mathematical monospace
    '\u{1E140}', // Nyiakeng Puachue Hmong
    '\u{1E2F0}', // Wancho
    '\u{1E4F0}', // Nag Mundari
    '\u{1E5F1}', // Ol Onal
    '\u{1E950}', // Adlam
    '\u{1FBF0}', // Segmented digits
];

/// The value of `c` if it is a decimal digit in any script (`'٣'` → 3), else `None`.
pub fn decimal_value(c: char) -> Option<u32> {
    if c.is_ascii_digit() {
        return Some(c as u32 - '0' as u32);
    }
    // The last zero at or below `c`; `c` is a digit of its block if within ten of it.
    let at = DIGIT_ZEROS.partition_point(|zero| *zero <= c);
    let zero = *DIGIT_ZEROS.get(at.checked_sub(1)?)?;
    let value = c as u32 - zero as u32;
    (value < 10).then_some(value)
}

/// `c` as an ASCII digit if it is a decimal digit in any script, else `c` unchanged.
pub fn to_ascii(c: char) -> char {
    match decimal_value(c) {
        Some(value) => char::from_digit(value, 10).unwrap_or(c),
        None => c,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_table_is_sorted_and_every_block_holds_ten_numeric_characters() {
        assert!(DIGIT_ZEROS.windows(2).all(|w| w[0] < w[1]));
        for zero in DIGIT_ZEROS {
            for offset in 0..10 {
                let c = char::from_u32(*zero as u32 + offset).unwrap();
                assert!(c.is_numeric(), "{c:?} (U+{:04X}) is not numeric", c as u32);
            }
        }
    }

    #[test]
    fn digits_of_the_scripts_families_use_read_as_their_value() {
        for (text, value) in [
            ('7', 7),
            ('２', 2),
            ('٢', 2),
            ('۳', 3),
            ('२', 2),
            ('੨', 2),
            ('২', 2),
            ('๒', 2),
            ('២', 2),
            ('໓', 3),
            ('၂', 2),
            ('٠', 0),
            ('𝟐', 2),
        ] {
            assert_eq!(decimal_value(text), Some(value), "{text}");
        }
    }

    #[test]
    fn letters_and_number_like_symbols_are_not_decimal_digits() {
        for c in [
            'a', '二', '½', '²', 'Ⅱ', '①', ' ', 'ا', '\u{065F}', '\u{066A}', '\u{06FA}',
        ] {
            assert_eq!(decimal_value(c), None, "{c:?}");
        }
        assert_eq!(to_ascii('x'), 'x');
        assert_eq!(to_ascii('۹'), '9');
    }
}
