//! A family's or educator's language, as a BCP 47 tag (`es`, `es-MX`, `zh-Hant`, `hmn`).
//!
//! Rosters say "Spanish", "Tiếng Việt", "Chinese (Traditional)" or "es-MX"; all of them become
//! a [`LanguageTag`] at the edge. Only languages we know are accepted, so a typo in a roster is
//! a refused row, not a family silently texted in English.

use std::fmt;
use std::str::FromStr;

use unic_langid::LanguageIdentifier;
use unicode_normalization::UnicodeNormalization;

/// A BCP 47 language tag whose language is one homevisit knows by name.
#[derive(Clone, PartialEq, Eq, Hash)]
pub struct LanguageTag(LanguageIdentifier);

#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum LanguageError {
    #[error("language is empty")]
    Empty,
    #[error(
        "unknown language \"{0}\" (use a tag such as es or zh-Hant, or a name such as Spanish)"
    )]
    Unknown(String),
}

/// Languages known by tag, English name and native name(s). The first tag of a row is what a
/// name maps to. Names are compared without case, accents or punctuation.
const KNOWN: &[(&str, &[&str])] = &[
    ("en", &["english"]),
    ("es", &["spanish", "español", "espanol", "castellano"]),
    ("vi", &["vietnamese", "tiếng việt", "tieng viet"]),
    ("hmn", &["hmong", "hmoob", "lus hmoob"]),
    (
        "zh-Hans",
        &[
            "chinese",
            "chinese simplified",
            "simplified chinese",
            "mandarin",
            "简体中文",
            "中文",
            "普通话",
        ],
    ),
    (
        "zh-Hant",
        &[
            "chinese traditional",
            "traditional chinese",
            "cantonese",
            "繁體中文",
            "粵語",
            "廣東話",
        ],
    ),
    ("ru", &["russian", "русский"]),
    ("uk", &["ukrainian", "українська"]),
    ("ar", &["arabic", "العربية"]),
    ("pa", &["punjabi", "panjabi", "ਪੰਜਾਬੀ"]),
    ("fa", &["persian", "farsi", "فارسی"]),
    ("prs", &["dari", "دری", "dari persian", "afghan persian"]),
    ("tl", &["tagalog", "filipino", "pilipino", "wikang tagalog"]),
    ("fil", &[]),
    ("ko", &["korean", "한국어", "한국말"]),
    ("ja", &["japanese", "日本語"]),
    ("fr", &["french", "français", "francais"]),
    (
        "ht",
        &["haitian creole", "kreyòl ayisyen", "kreyol", "haitian"],
    ),
    (
        "pt",
        &[
            "portuguese",
            "português",
            "brazilian portuguese",
            "portuguese brazil",
        ],
    ),
    ("so", &["somali", "soomaali", "af soomaali"]),
    ("sw", &["swahili", "kiswahili"]),
    ("am", &["amharic", "አማርኛ"]),
    ("ti", &["tigrinya", "ትግርኛ"]),
    ("ne", &["nepali", "नेपाली"]),
    ("hi", &["hindi", "हिन्दी"]),
    ("ur", &["urdu", "اردو"]),
    ("bn", &["bengali", "bangla", "বাংলা"]),
    (
        "ps",
        &["pashto", "پښتو", "pushto", "pakhto", "pukhto", "پشتو"],
    ),
    ("km", &["khmer", "cambodian", "ខ្មែរ"]),
    ("lo", &["lao", "ລາວ"]),
    ("my", &["burmese", "မြန်မာ"]),
    ("kar", &["karen"]),
    ("th", &["thai", "ไทย"]),
    ("mh", &["marshallese"]),
    ("sm", &["samoan"]),
    ("to", &["tongan"]),
    ("chk", &["chuukese"]),
    ("de", &["german", "deutsch"]),
    ("it", &["italian", "italiano"]),
    ("pl", &["polish", "polski"]),
    ("ro", &["romanian", "română"]),
    ("tr", &["turkish", "türkçe"]),
    ("he", &["hebrew", "עברית"]),
    ("hy", &["armenian", "հայերեն"]),
    ("ka", &["georgian"]),
    ("mn", &["mongolian"]),
    ("nv", &["navajo", "diné bizaad"]),
    ("yua", &["yucatec maya"]),
    ("mam", &["mam"]),
    ("quc", &["k'iche'", "kiche", "quiché"]),
    ("sq", &["albanian", "shqip"]),
    ("bs", &["bosnian"]),
    ("hr", &["croatian"]),
    ("sr", &["serbian"]),
    ("rw", &["kinyarwanda"]),
    ("ln", &["lingala"]),
    ("yo", &["yoruba"]),
    ("ig", &["igbo"]),
    ("ff", &["fula", "fulani"]),
    ("gu", &["gujarati"]),
    ("te", &["telugu"]),
    ("ta", &["tamil"]),
    ("ml", &["malayalam"]),
    ("ase", &["american sign language", "asl"]),
];

/// Every known name, folded once: folded name → tag.
static KNOWN_NAMES: std::sync::LazyLock<std::collections::HashMap<String, LanguageIdentifier>> =
    std::sync::LazyLock::new(|| {
        let mut names = std::collections::HashMap::new();
        for (tag, spelled) in KNOWN {
            let id: LanguageIdentifier = tag.parse().expect("KNOWN holds valid tags");
            for name in *spelled {
                // The first language to claim a name keeps it, as the list is ordered.
                names.entry(fold(name)).or_insert_with(|| id.clone());
            }
        }
        names
    });

/// The primary language subtags of KNOWN.
static KNOWN_LANGUAGES: std::sync::LazyLock<std::collections::HashSet<&'static str>> =
    std::sync::LazyLock::new(|| {
        KNOWN
            .iter()
            .filter_map(|(tag, _)| tag.split('-').next())
            .collect()
    });

fn fold(name: &str) -> String {
    name.nfd()
        .filter(|c| !unicode_normalization::char::is_combining_mark(*c))
        .flat_map(char::to_lowercase)
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

impl LanguageTag {
    /// Reads a tag (`es-MX`) or a name (`Spanish`, `Tiếng Việt`, `Chinese (Traditional)`).
    pub fn parse(raw: &str) -> Result<LanguageTag, LanguageError> {
        let trimmed = raw.trim();
        if trimmed.is_empty() {
            return Err(LanguageError::Empty);
        }
        // A tag of a language we know (what the database stores): no name folding. No name
        // in KNOWN is another known language's tag, so the order cannot change a result.
        let as_tag: Option<LanguageIdentifier> = trimmed.replace('_', "-").parse().ok();
        if let Some(id) = &as_tag
            && KNOWN_LANGUAGES.contains(id.language.as_str())
        {
            return Ok(LanguageTag(id.clone()));
        }
        if let Some(tag) = KNOWN_NAMES.get(&fold(trimmed)) {
            return Ok(LanguageTag(tag.clone()));
        }
        Err(LanguageError::Unknown(trimmed.to_string()))
    }

    /// English, the language of last resort.
    pub fn english() -> LanguageTag {
        LanguageTag(unic_langid::langid!("en"))
    }

    pub fn id(&self) -> &LanguageIdentifier {
        &self.0
    }

    /// The primary language subtag (`es` for `es-MX`).
    pub fn language(&self) -> &str {
        self.0.language.as_str()
    }

    /// Whether someone who speaks `self` can talk with someone who speaks `other`
    /// (same primary language; Persian and Dari count as one, as do Tagalog and Filipino).
    pub fn understands(&self, other: &LanguageTag) -> bool {
        fn family(l: &str) -> &str {
            match l {
                "prs" => "fa",
                "fil" => "tl",
                other => other,
            }
        }
        family(self.language()) == family(other.language())
    }

    /// Whether the language is written right to left: by its script subtag when it has one
    /// (`pa-Arab` is, `pa` in Gurmukhi is not), else by the language (Arabic, Persian, Dari,
    /// Urdu, Hebrew, Pashto…). A list of our own: unic-langid's table marks `pa` right to left
    /// and misses `prs`.
    pub fn is_rtl(&self) -> bool {
        const RTL_SCRIPTS: &[&str] = &[
            "Arab", "Hebr", "Thaa", "Syrc", "Adlm", "Nkoo", "Rohg", "Mand", "Samr",
        ];
        const RTL_LANGUAGES: &[&str] = &[
            "ar", "fa", "prs", "ur", "he", "ps", "sd", "ug", "yi", "ckb", "dv", "ks",
        ];
        match self.0.script {
            Some(script) => RTL_SCRIPTS.contains(&script.as_str()),
            None => RTL_LANGUAGES.contains(&self.language()),
        }
    }

    /// The language's English name (`Spanish` for `es-MX`), or the tag when it has none here.
    pub fn english_name(&self) -> String {
        let tag = self.0.to_string();
        let found = KNOWN
            .iter()
            .find(|(known, _)| *known == tag)
            .or_else(|| KNOWN.iter().find(|(known, _)| *known == self.language()));
        match found.and_then(|(_, names)| names.first()) {
            Some(name) => name
                .split(' ')
                .map(|word| {
                    let mut chars = word.chars();
                    match chars.next() {
                        Some(first) => first.to_uppercase().chain(chars).collect(),
                        None => String::new(),
                    }
                })
                .collect::<Vec<String>>()
                .join(" "),
            None => tag,
        }
    }
}

impl FromStr for LanguageTag {
    type Err = LanguageError;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        LanguageTag::parse(s)
    }
}

impl fmt::Display for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.0)
    }
}

impl fmt::Debug for LanguageTag {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "LanguageTag({})", self.0)
    }
}

#[cfg(test)]
mod tests {
    #[test]
    fn no_language_name_is_another_languages_tag() {
        for (tag, names) in KNOWN {
            for name in *names {
                if let Some(language) = KNOWN_LANGUAGES.get(fold(name).as_str()) {
                    assert_eq!(
                        tag.split('-').next(),
                        Some(*language),
                        "the name {name:?} of {tag} reads as the tag {language}"
                    );
                }
            }
        }
    }

    use super::*;

    fn tag(raw: &str) -> String {
        LanguageTag::parse(raw).unwrap().to_string()
    }

    #[test]
    fn tags_are_read_and_canonicalised() {
        assert_eq!(tag("es"), "es");
        assert_eq!(tag("es-MX"), "es-MX");
        assert_eq!(tag("es_mx"), "es-MX");
        assert_eq!(tag("zh-hant"), "zh-Hant");
        assert_eq!(tag("hmn"), "hmn");
        assert_eq!(tag("pa-Guru"), "pa-Guru");
        assert_eq!(tag("prs"), "prs");
    }

    #[test]
    fn english_and_native_names_map_to_tags() {
        assert_eq!(tag("Spanish"), "es");
        assert_eq!(tag("español"), "es");
        assert_eq!(tag("ESPANOL"), "es");
        assert_eq!(tag("Tiếng Việt"), "vi");
        assert_eq!(tag("tieng viet"), "vi");
        assert_eq!(tag("Vietnamese"), "vi");
        assert_eq!(tag("Hmong"), "hmn");
        assert_eq!(tag("Chinese (Traditional)"), "zh-Hant");
        assert_eq!(tag("Traditional Chinese"), "zh-Hant");
        assert_eq!(tag("Mandarin"), "zh-Hans");
        assert_eq!(tag("Русский"), "ru");
        assert_eq!(tag("Ukrainian"), "uk");
        assert_eq!(tag("العربية"), "ar");
        assert_eq!(tag("Punjabi"), "pa");
        assert_eq!(tag("Farsi"), "fa");
        assert_eq!(tag("Dari"), "prs");
        assert_eq!(tag("Tagalog"), "tl");
        assert_eq!(tag("Filipino"), "tl");
        assert_eq!(tag("Portuguese"), "pt");
        assert_eq!(tag("Brazilian Portuguese"), "pt");
        assert_eq!(tag("Portuguese (Brazil)"), "pt");
        assert_eq!(tag("pt-BR"), "pt-BR");
        assert_eq!(tag("Haitian Creole"), "ht");
        assert_eq!(tag("Haitian-Creole"), "ht");
        assert_eq!(tag("Kreyol"), "ht");
        assert_eq!(tag("Kreyòl Ayisyen"), "ht");
        assert_eq!(tag("Somali"), "so");
        assert_eq!(tag("Af-Soomaali"), "so");
        assert_eq!(tag("Korean"), "ko");
        assert_eq!(tag("한국어"), "ko");
        assert_eq!(tag("French"), "fr");
        assert_eq!(tag("Français"), "fr");
        assert_eq!(tag("Pashto"), "ps");
        assert_eq!(tag("Pushto"), "ps");
        assert_eq!(tag("پښتو"), "ps");
        assert_eq!(tag("Dari"), "prs");
        assert_eq!(tag("Afghan Persian"), "prs");
        assert_eq!(tag("Swahili"), "sw");
        assert_eq!(tag("Kiswahili"), "sw");
        for raw in ["pt", "ht", "so", "ko", "fr", "ps", "prs", "sw"] {
            assert_eq!(tag(raw), raw);
        }
    }

    #[test]
    fn unknown_languages_are_refused() {
        assert_eq!(LanguageTag::parse(""), Err(LanguageError::Empty));
        assert!(matches!(
            LanguageTag::parse("Klingon"),
            Err(LanguageError::Unknown(_))
        ));
        assert!(matches!(
            LanguageTag::parse("xx"),
            Err(LanguageError::Unknown(_))
        ));
        assert!(matches!(
            LanguageTag::parse("not a tag!"),
            Err(LanguageError::Unknown(_))
        ));
    }

    #[test]
    fn dari_speakers_understand_persian() {
        let fa = LanguageTag::parse("fa").unwrap();
        let prs = LanguageTag::parse("prs").unwrap();
        let es_mx = LanguageTag::parse("es-MX").unwrap();
        assert!(fa.understands(&prs));
        assert!(es_mx.understands(&LanguageTag::parse("es").unwrap()));
        assert!(!fa.understands(&es_mx));
    }

    #[test]
    fn knows_which_languages_are_written_right_to_left() {
        for rtl in ["ar", "fa", "ur", "he", "ps", "prs"] {
            assert!(LanguageTag::parse(rtl).unwrap().is_rtl(), "{rtl}");
        }
        assert!(LanguageTag::parse("pa-Arab").unwrap().is_rtl());
        for ltr in [
            "en", "es", "vi", "hmn", "zh-Hant", "ru", "pa", "pa-Guru", "tl",
        ] {
            assert!(!LanguageTag::parse(ltr).unwrap().is_rtl(), "{ltr}");
        }
    }

    #[test]
    fn english_names_for_people_reading_the_simulator() {
        let name = |t: &str| LanguageTag::parse(t).unwrap().english_name();
        assert_eq!(name("es-MX"), "Spanish");
        assert_eq!(name("zh-Hant"), "Chinese Traditional");
        assert_eq!(name("hmn"), "Hmong");
        assert_eq!(name("ase"), "American Sign Language");
    }
}
