//! The demo's made-up school, written as the CSV files a coordinator would import. Phone numbers
//! are in the 555-01xx range, which North American numbering reserves for fiction.

use chrono::{DateTime, Datelike, Days, Utc, Weekday};
use chrono_tz::Tz;

pub const SCHOOL_NAME: &str = "Lincoln Elementary (demo)";
pub const SCHOOL_CONTACT: &str = "the front office, (201) 555-0199";
pub const TIMEZONE: &str = "America/Los_Angeles";
pub const CAMPAIGN_NAME: &str = "Fall home visits (demo)";
/// The family the README and the banner suggest replying as.
pub const SPANISH_FAMILY: &str = "Maria Hernandez";
pub const SPANISH_FAMILY_PHONE: &str = "+12015550121";

/// name, phone, languages (first: the language they are texted in).
pub const EDUCATORS: &[(&str, &str, &str)] = &[
    ("Ana Torres", "+12015550111", "es;en"),
    ("David Kim", "+12015550112", "en;ko"),
    ("Linh Nguyen", "+12015550113", "vi;en"),
    ("Sarah Johnson", "+12015550114", "en"),
    ("Pa Vang", "+12015550115", "hmn;en"),
    ("Omar Haddad", "+12015550116", "ar;en"),
];

/// Interpreters (never half of a pair): one joins a visit whose pair does not speak the
/// family's language — Rosa Dela Cruz's, in Tagalog, when she presses a time on her call.
pub const INTERPRETERS: &[(&str, &str, &str)] = &[("Maricel Santos", "+12015550117", "tl;en")];

/// A visit that happened two weeks before the demo starts, with the second educator's
/// reflection.
pub struct PastVisitFacts {
    pub campaign: &'static str,
    pub family_phone: &'static str,
    pub pair: [&'static str; 2],
    pub reflection: &'static str,
}

pub const PAST_VISIT: PastVisitFacts = PastVisitFacts {
    campaign: "Summer welcome visits (demo)",
    family_phone: "+12015550131",
    pair: ["+12015550113", "+12015550114"],
    reflection: "Jasmine hopes Tyler keeps loving to build things and Maya keeps reading every night; Maya wants to be a vet.",
};

/// The pairs that visit together, and the local times each offers on a school day.
pub const PAIRS: &[(&str, &str, &[&str])] = &[
    ("Ana Torres", "David Kim", &["15:30", "16:30", "17:30"]),
    ("Linh Nguyen", "Sarah Johnson", &["15:45", "16:45", "18:00"]),
    ("Pa Vang", "Omar Haddad", &["16:00", "17:00", "18:15"]),
];

/// student, guardian, phone, language, contact. Two siblings share the Brown family's phone.
pub const FAMILIES: &[(&str, &str, &str, &str, &str)] = &[
    (
        "Sofia Hernandez",
        SPANISH_FAMILY,
        SPANISH_FAMILY_PHONE,
        "es",
        "sms",
    ),
    (
        "Mateo Ramírez",
        "José Ramírez",
        "+12015550122",
        "es-MX",
        "sms",
    ),
    ("Minh Trần", "Trần Thị Thu", "+12015550123", "vi", "sms"),
    ("An Phạm", "Phạm Văn Hùng", "+12015550124", "vi", "sms"),
    ("Kou Xiong", "Mai Xiong", "+12015550125", "hmn", "sms"),
    ("Lily Chen", "陈伟", "+12015550126", "zh-Hans", "sms"),
    ("Ethan Wong", "黃嘉欣", "+12015550127", "zh-Hant", "sms"),
    ("Yusuf Al-Sayed", "فاطمة السيد", "+12015550128", "ar", "sms"),
    (
        "Daria Kovalenko",
        "Олена Коваленко",
        "+12015550129",
        "uk",
        "sms",
    ),
    ("Sara Ahmadi", "رضا احمدی", "+12015550130", "fa", "sms"),
    ("Tyler Brown", "Jasmine Brown", "+12015550131", "en", "sms"),
    ("Maya Brown", "Jasmine Brown", "+12015550131", "en", "sms"),
    (
        "Miguel Dela Cruz",
        "Rosa Dela Cruz",
        "+12015550132",
        "tl",
        "voice",
    ),
];

pub fn educators_csv() -> String {
    let mut csv = String::from("name,phone,languages,role\n");
    for (name, phone, languages) in EDUCATORS {
        csv.push_str(&format!("{name},{phone},{languages},educator\n"));
    }
    for (name, phone, languages) in INTERPRETERS {
        csv.push_str(&format!("{name},{phone},{languages},interpreter\n"));
    }
    csv
}

pub fn families_csv() -> String {
    let mut csv = String::from("student,guardian,phone,language,contact\n");
    for (student, guardian, phone, language, contact) in FAMILIES {
        csv.push_str(&format!(
            "{student},{guardian},{phone},{language},{contact}\n"
        ));
    }
    csv
}

/// Each pair's times on every school day (Monday to Friday) of the two weeks after today in
/// the school's time zone, and Saturday mornings for the first pair.
pub fn slots_csv(now: DateTime<Utc>, zone: Tz) -> String {
    let today = now.with_timezone(&zone).date_naive();
    let mut csv = String::from("educator_1,educator_2,start,minutes,location\n");
    for offset in 1..=14 {
        let Some(day) = today.checked_add_days(Days::new(offset)) else {
            continue;
        };
        match day.weekday() {
            Weekday::Sun => {}
            Weekday::Sat => {
                let (a, b, _) = PAIRS[0];
                for time in ["10:00", "11:00"] {
                    csv.push_str(&format!("{a},{b},{day} {time},30,\n"));
                }
            }
            _ => {
                for (a, b, times) in PAIRS {
                    for time in *times {
                        csv.push_str(&format!("{a},{b},{day} {time},30,\n"));
                    }
                }
            }
        }
    }
    csv
}

#[cfg(test)]
mod tests {
    use super::*;
    use std::collections::BTreeSet;

    #[test]
    fn a_dozen_families_in_at_least_six_languages_one_preferring_calls() {
        let phones: BTreeSet<&str> = FAMILIES.iter().map(|f| f.2).collect();
        assert_eq!(phones.len(), 12);
        let languages: BTreeSet<&str> = FAMILIES
            .iter()
            .map(|f| f.3.split('-').next().unwrap())
            .collect();
        assert!(languages.len() >= 6, "{languages:?}");
        assert!(FAMILIES.iter().any(|f| f.4 == "voice"));
    }

    #[test]
    fn every_pair_is_two_imported_educators_and_some_are_bilingual() {
        for (a, b, _) in PAIRS {
            assert_ne!(a, b);
            assert!(EDUCATORS.iter().any(|e| e.0 == *a));
            assert!(EDUCATORS.iter().any(|e| e.0 == *b));
        }
        assert!(EDUCATORS.iter().filter(|e| e.2.contains(';')).count() >= 3);
    }

    #[test]
    fn slots_cover_the_next_two_weeks_and_never_today() {
        let zone: Tz = TIMEZONE.parse().unwrap();
        // A Wednesday evening in Los Angeles.
        let now = "2026-11-25T23:00:00Z".parse::<DateTime<Utc>>().unwrap();
        let csv = slots_csv(now, zone);
        let days: BTreeSet<&str> = csv
            .lines()
            .skip(1)
            .map(|l| l.split(',').nth(2).unwrap().split(' ').next().unwrap())
            .collect();
        assert_eq!(days.first(), Some(&"2026-11-26"));
        assert_eq!(days.last(), Some(&"2026-12-09"));
        assert!(!days.contains("2026-11-29"), "no Sunday visits");
        assert!(days.contains("2026-11-28"), "Saturday mornings");
        assert_eq!(days.len(), 12);
    }
}
