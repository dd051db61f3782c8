//! Phone numbers, parsed once at the edge (CSV, webhook, CLI) into E.164 and trusted inside.
//!
//! A phone number is personal data: `Display` and `Debug` both mask it, so a `Phone` can be
//! written to a log without thought. Use [`Phone::as_e164`] where the whole number is needed
//! (the database, the provider).

use std::fmt;

/// A valid phone number in E.164 form (`+15551234567`).
#[derive(Clone, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct Phone(String);

/// Why a phone number was refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum PhoneError {
    #[error("phone number is empty")]
    Empty,
    #[error("\"{0}\" is not a phone number")]
    Unparsable(String),
    #[error("\"{0}\" is not a valid phone number for its country")]
    Invalid(String),
    #[error("unknown country code \"{0}\" (use a two-letter code such as US)")]
    UnknownCountry(String),
}

/// A two-letter region code (`US`, `MX`), used to read numbers written without `+country`.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Country(phonenumber::country::Id);

impl Country {
    pub fn parse(code: &str) -> Result<Country, PhoneError> {
        code.trim()
            .to_ascii_uppercase()
            .parse::<phonenumber::country::Id>()
            .map(Country)
            .map_err(|_| PhoneError::UnknownCountry(code.to_string()))
    }

    pub fn code(&self) -> String {
        format!("{:?}", self.0)
    }
}

impl Default for Country {
    fn default() -> Self {
        Country(phonenumber::country::Id::US)
    }
}

impl Phone {
    /// Reads a number as people write it (`(916) 555-0142`, `916.555.0142`, `+52 55 1234 5678`);
    /// a number without a country code is read in `country`.
    pub fn parse(raw: &str, country: Country) -> Result<Phone, PhoneError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(PhoneError::Empty);
        }
        // Keep only what can belong to a number, so "tel: 916-555-0142" or a stray letter
        // from a spreadsheet doesn't decide the outcome; letters are refused below.
        if trimmed.chars().any(|c| c.is_alphabetic()) && !trimmed.to_lowercase().starts_with("tel:")
        {
            return Err(PhoneError::Unparsable(trimmed.to_string()));
        }
        let number = phonenumber::parse(Some(country.0), trimmed.trim_start_matches("tel:"))
            .map_err(|_| PhoneError::Unparsable(trimmed.to_string()))?;
        if !phonenumber::is_valid(&number) {
            return Err(PhoneError::Invalid(trimmed.to_string()));
        }
        Ok(Phone(
            number.format().mode(phonenumber::Mode::E164).to_string(),
        ))
    }

    /// Reads a number that must already be E.164 (what a provider sends, what we stored).
    pub fn parse_e164(raw: &str) -> Result<Phone, PhoneError> {
        let trimmed = raw.trim();
        if !trimmed.starts_with('+') {
            return Err(PhoneError::Unparsable(trimmed.to_string()));
        }
        Phone::parse(trimmed, Country::default())
    }

    /// The whole number, for the database and the provider. Never log this.
    pub fn as_e164(&self) -> &str {
        &self.0
    }

    /// The number with all but its country code and last two digits hidden: `+1••••••••42`.
    pub fn masked(&self) -> String {
        mask(&self.0)
    }
}

/// Masks any phone-like string for logs (also used for raw `From` values that did not parse).
pub fn mask(raw: &str) -> String {
    let chars: Vec<char> = raw.chars().collect();
    if chars.len() <= 4 {
        return "•".repeat(chars.len());
    }
    let keep_front = if chars[0] == '+' { 2 } else { 0 };
    let keep_back = 2;
    chars
        .iter()
        .enumerate()
        .map(|(i, c)| {
            if i < keep_front || i >= chars.len() - keep_back {
                *c
            } else {
                '•'
            }
        })
        .collect()
}

impl fmt::Display for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.masked())
    }
}

impl fmt::Debug for Phone {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "Phone({})", self.masked())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn us(raw: &str) -> Result<Phone, PhoneError> {
        Phone::parse(raw, Country::default())
    }

    #[test]
    fn us_numbers_in_every_common_format_become_e164() {
        for raw in [
            "(916) 752-3206",
            "916-752-3206",
            "916.752.3206",
            "9167523206",
            "1 916 752 3206",
            "+1 (916) 752-3206",
            "  916 752 3206 ",
            "tel:+19167523206",
        ] {
            assert_eq!(us(raw).unwrap().as_e164(), "+19167523206", "{raw}");
        }
    }

    #[test]
    fn international_numbers_keep_their_country() {
        assert_eq!(us("+52 55 1234 5678").unwrap().as_e164(), "+525512345678");
        assert_eq!(us("+84 912 345 678").unwrap().as_e164(), "+84912345678");
        let mx = Country::parse("mx").unwrap();
        assert_eq!(
            Phone::parse("55 1234 5678", mx).unwrap().as_e164(),
            "+525512345678"
        );
    }

    #[test]
    fn garbage_is_refused_with_a_reason() {
        assert_eq!(us(""), Err(PhoneError::Empty));
        assert!(matches!(us("call me"), Err(PhoneError::Unparsable(_))));
        assert!(matches!(
            us("12"),
            Err(PhoneError::Unparsable(_) | PhoneError::Invalid(_))
        ));
        assert!(matches!(
            us("916-555-01"),
            Err(PhoneError::Invalid(_) | PhoneError::Unparsable(_))
        ));
        assert!(matches!(
            us("000-000-0000"),
            Err(PhoneError::Invalid(_) | PhoneError::Unparsable(_))
        ));
        assert!(Country::parse("XX").is_err());
    }

    #[test]
    fn e164_only_accepts_a_plus() {
        assert!(Phone::parse_e164("+19167523206").is_ok());
        assert!(Phone::parse_e164("9167523206").is_err());
    }

    #[test]
    fn display_and_debug_never_show_the_whole_number() {
        let phone = us("916-752-3206").unwrap();
        assert_eq!(phone.to_string(), "+1••••••••06");
        assert!(!format!("{phone:?}").contains("7523"));
        assert_eq!(mask("+19167523206"), "+1••••••••06");
    }
}
