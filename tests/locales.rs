//! The shipped locales as translators and families meet them: every file parses, no locale
//! lacks a message or uses a variable that English does not pass, every message formats
//! without error, every family text stays within its SMS segment budget with long real-world
//! names, dates read right in every language (across DST changes too), right-to-left texts
//! stay right-to-left, and the segment table in `locales/README.md` is current.

use std::collections::{BTreeMap, BTreeSet};
use std::path::PathBuf;

use chrono::{DateTime, Utc};
use chrono_tz::Tz;
use fluent_bundle::{FluentArgs, FluentBundle, FluentResource, FluentValue};
use fluent_syntax::ast;
use homevisit::conversation::messages::{
    EducatorMessage, FamilyFacts, FamilyMessage, SlotOption, VisitFacts,
};
use homevisit::domain::{Country, LanguageTag, local_to_utc};
use homevisit::i18n::preview::{self, SampleFacts};
use homevisit::i18n::{Locales, SHIPPED_FILES, segments};

const LA: Tz = chrono_tz::America::Los_Angeles;
const LONG_EDUCATOR_1: &str = "Christopher Montgomery-Baptiste";
const LONG_EDUCATOR_2: &str = "Nguyễn Thị Minh Khai";

/// The country of the schools in these tests.
fn us() -> Country {
    Country::default()
}

fn locales() -> Locales {
    Locales::load().expect("every shipped locale loads")
}

fn tag(raw: &str) -> LanguageTag {
    LanguageTag::parse(raw).expect("a known tag")
}

fn locale_dir() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("locales")
}

fn school_time(local: &str) -> DateTime<Utc> {
    local_to_utc(local, LA).expect("an unambiguous school time")
}

fn slot(id: i64, local: &str) -> SlotOption {
    SlotOption {
        slot_id: id,
        start: school_time(local),
        minutes: 30,
        educators: [LONG_EDUCATOR_1.to_string(), LONG_EDUCATOR_2.to_string()],
        location: None,
    }
}

fn three_options() -> Vec<SlotOption> {
    vec![
        slot(1, "2026-12-03 16:30"),
        slot(2, "2026-12-04 17:00"),
        slot(3, "2026-12-07 10:30"),
    ]
}

fn long_family() -> FamilyFacts {
    FamilyFacts {
        guardian: "Maria Guadalupe Hernández-Villanueva".to_string(),
        children: vec!["Alejandro".to_string(), "Guadalupe".to_string()],
        school: "Cesar Chavez Elementary School".to_string(),
    }
}

const LONG_PLACE: &str = "the picnic tables at William Land Park by the duck pond";

/// Every family message, with the longest realistic facts we expect.
fn every_family_message() -> Vec<(&'static str, FamilyMessage)> {
    preview::family_messages(&preview::LONG)
}

fn visit_facts(language: &str, speaks: bool, place: Option<&str>) -> VisitFacts {
    VisitFacts {
        guardian: "Maria Guadalupe Hernández-Villanueva".to_string(),
        children: vec!["Alejandro".to_string(), "Guadalupe".to_string()],
        family_language: language.to_string(),
        pair_speaks_language: speaks,
        option: three_options()[0].clone(),
        place: place.map(str::to_string),
        partner: LONG_EDUCATOR_2.to_string(),
    }
}

fn every_educator_message() -> Vec<EducatorMessage> {
    vec![
        EducatorMessage::Confirmed(visit_facts("es-MX", true, None)),
        EducatorMessage::Confirmed(visit_facts("hmn", false, None)),
        EducatorMessage::Changed {
            visit: visit_facts("vi", false, Some("Belle Cooledge Library")),
            previous_start: school_time("2026-12-02 15:00"),
        },
        EducatorMessage::Cancelled(visit_facts("ar", true, None)),
        EducatorMessage::Reminder(visit_facts("zh-TW", false, None)),
        EducatorMessage::PlaceChanged(visit_facts("ru", true, Some(LONG_PLACE))),
    ]
}

// ---------------------------------------------------------------------------------------
// The files themselves
// ---------------------------------------------------------------------------------------

/// One message as a locale file declares it.
struct Shape {
    attributes: BTreeSet<String>,
    /// Variables its patterns use.
    used: BTreeSet<String>,
    /// Variables named in its comment (what the code passes beyond what `en` itself uses).
    documented: BTreeSet<String>,
}

/// What a locale file declares.
#[derive(Default)]
struct Declared {
    messages: BTreeMap<String, Shape>,
    terms: BTreeSet<String>,
}

fn read_ftl(locale: &str) -> String {
    let path = locale_dir().join(locale).join("main.ftl");
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

fn declared(locale: &str) -> Declared {
    let source = read_ftl(locale);
    let resource = match fluent_syntax::parser::parse(source.as_str()) {
        Ok(resource) => resource,
        Err((_, errors)) => panic!("locales/{locale}/main.ftl has syntax errors: {errors:#?}"),
    };
    let mut out = Declared::default();
    for entry in &resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let mut used = BTreeSet::new();
                if let Some(value) = &message.value {
                    pattern_variables(value, &mut used);
                }
                for attribute in &message.attributes {
                    pattern_variables(&attribute.value, &mut used);
                }
                let attributes = message
                    .attributes
                    .iter()
                    .map(|a| a.id.name.to_string())
                    .collect();
                let documented = message
                    .comment
                    .as_ref()
                    .map(|c| comment_variables(&c.content))
                    .unwrap_or_default();
                out.messages.insert(
                    message.id.name.to_string(),
                    Shape {
                        attributes,
                        used,
                        documented,
                    },
                );
            }
            ast::Entry::Term(term) => {
                out.terms.insert(term.id.name.to_string());
            }
            ast::Entry::Junk { content } => {
                panic!("locales/{locale}/main.ftl has junk: {content}")
            }
            _ => {}
        }
    }
    out
}

fn comment_variables(lines: &[&str]) -> BTreeSet<String> {
    let mut found = BTreeSet::new();
    for line in lines {
        for piece in line.split('$').skip(1) {
            let name: String = piece
                .chars()
                .take_while(|c| c.is_ascii_alphanumeric() || *c == '_' || *c == '-')
                .collect();
            if !name.is_empty() {
                found.insert(name);
            }
        }
    }
    found
}

fn pattern_variables(pattern: &ast::Pattern<&str>, out: &mut BTreeSet<String>) {
    for element in &pattern.elements {
        if let ast::PatternElement::Placeable { expression } = element {
            expression_variables(expression, out);
        }
    }
}

fn expression_variables(expression: &ast::Expression<&str>, out: &mut BTreeSet<String>) {
    match expression {
        ast::Expression::Select { selector, variants } => {
            inline_variables(selector, out);
            for variant in variants {
                pattern_variables(&variant.value, out);
            }
        }
        ast::Expression::Inline(inline) => inline_variables(inline, out),
    }
}

fn inline_variables(inline: &ast::InlineExpression<&str>, out: &mut BTreeSet<String>) {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            out.insert(id.name.to_string());
        }
        ast::InlineExpression::FunctionReference { arguments, .. } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
            for named in &arguments.named {
                inline_variables(&named.value, out);
            }
        }
        ast::InlineExpression::TermReference {
            arguments: Some(arguments),
            ..
        } => {
            for argument in &arguments.positional {
                inline_variables(argument, out);
            }
        }
        ast::InlineExpression::Placeable { expression } => expression_variables(expression, out),
        _ => {}
    }
}

#[test]
fn every_locale_folder_is_shipped_and_every_shipped_locale_has_a_folder() {
    let on_disk: BTreeSet<String> = std::fs::read_dir(locale_dir())
        .expect("locales/ exists")
        .filter_map(Result::ok)
        .filter(|e| e.path().join("main.ftl").is_file())
        .map(|e| e.file_name().to_string_lossy().into_owned())
        .collect();
    let shipped: BTreeSet<String> = SHIPPED_FILES.iter().map(|(t, _)| t.to_string()).collect();
    assert_eq!(on_disk, shipped);
    assert_eq!(
        shipped,
        homevisit::i18n::negotiate::SHIPPED
            .iter()
            .map(|s| s.to_string())
            .collect()
    );
}

#[test]
fn every_file_parses_without_syntax_errors() {
    for (locale, _) in SHIPPED_FILES {
        let d = declared(locale);
        assert!(!d.messages.is_empty(), "{locale} has no messages");
    }
}

#[test]
fn embedded_files_are_the_files_on_disk() {
    for (locale, embedded) in SHIPPED_FILES {
        assert_eq!(
            &read_ftl(locale),
            embedded,
            "{locale}: rebuild to embed the new file"
        );
    }
}

#[test]
fn no_locale_lacks_a_message_or_attribute_that_english_has() {
    let english = declared("en");
    let mut missing = Vec::new();
    for (locale, _) in SHIPPED_FILES {
        let d = declared(locale);
        for (id, shape) in &english.messages {
            match d.messages.get(id) {
                None => missing.push(format!("{locale}: message {id}")),
                Some(theirs) => {
                    for attribute in shape.attributes.difference(&theirs.attributes) {
                        missing.push(format!("{locale}: attribute {id}.{attribute}"));
                    }
                }
            }
        }
    }
    assert!(missing.is_empty(), "missing:\n{}", missing.join("\n"));
}

#[test]
fn no_locale_uses_a_variable_that_english_does_not_pass() {
    let english = declared("en");
    let mut strays = Vec::new();
    for (locale, _) in SHIPPED_FILES {
        for (id, shape) in &declared(locale).messages {
            let Some(en) = english.messages.get(id) else {
                strays.push(format!("{locale}: message {id} does not exist in en"));
                continue;
            };
            for variable in &shape.used {
                if !en.used.contains(variable) && !en.documented.contains(variable) {
                    strays.push(format!("{locale}: {id} uses ${variable}"));
                }
            }
        }
    }
    assert!(
        strays.is_empty(),
        "variables en does not pass:\n{}",
        strays.join("\n")
    );
}

#[test]
fn every_file_states_its_review_status_and_reply_words() {
    for (locale, source) in SHIPPED_FILES {
        let header: Vec<&str> = source.lines().take_while(|l| l.starts_with('#')).collect();
        assert!(
            header.iter().any(|l| l.starts_with("# Review status:")),
            "{locale}: no '# Review status:' line in the header"
        );
        let words = header
            .iter()
            .find_map(|l| l.strip_prefix("# reply-words:"))
            .unwrap_or_else(|| panic!("{locale}: no '# reply-words:' line in the header"));
        for key in [
            "yes=", "change=", "decline=", "place=", "stop=", "start=", "help=",
        ] {
            assert!(words.contains(key), "{locale}: reply-words lacks {key}");
        }
    }
}

/// Sample values for every variable any message may get, in two flavours so that both
/// sides of every selector are formatted.
fn sample_args(flavour: u8) -> FluentArgs<'static> {
    let mut args = FluentArgs::new();
    let pick = |a: &'static str, b: &'static str| if flavour == 0 { a } else { b };
    for (name, value) in [
        ("guardian", "Maria Guadalupe Hernández-Villanueva"),
        ("children", "Alejandro and Guadalupe"),
        ("school", "Cesar Chavez Elementary School"),
        ("educator1", LONG_EDUCATOR_1),
        ("educator2", LONG_EDUCATOR_2),
        ("pairs", pick("one", "many")),
        ("options", "1) Thu, Dec 3, 4:30 PM"),
        ("datetime", "Thu, Dec 3, 4:30 PM"),
        ("weekday", pick("thu", "sun")),
        ("minute", "30"),
        ("period", pick("afternoon", "morning")),
        ("when", "Thu, Dec 3, 4:30 PM"),
        ("previous", "Wed, Dec 2, 3:00 PM"),
        ("code", pick("es", "xx")),
        ("where", pick("home", "other")),
        ("place", "Oak Park Community Center"),
        ("program", "Sacramento City Home Visits"),
        ("contact", "(916) 555-0142"),
        ("language", "Spanish"),
        ("interpreter", pick("no", "yes")),
        ("partner", LONG_EDUCATOR_2),
        ("educator", LONG_EDUCATOR_2),
        ("state", pick("booked", "cancelled")),
        ("skipped", pick("no", "yes")),
        ("visited1", LONG_EDUCATOR_1),
        ("visited2", LONG_EDUCATOR_2),
    ] {
        args.set(name, value);
    }
    for (name, value) in [
        ("count", if flavour == 0 { 2 } else { 1 }),
        ("number", if flavour == 0 { 1 } else { 3 }),
        ("month", if flavour == 0 { 12 } else { 1 }),
        ("day", 3),
        ("hour", if flavour == 0 { 16 } else { 9 }),
        ("hour12", if flavour == 0 { 4 } else { 9 }),
        ("minutes", 30),
    ] {
        args.set(name, FluentValue::from(value));
    }
    args
}

#[test]
fn every_message_formats_without_errors_in_every_locale() {
    let mut failures = Vec::new();
    for (locale, source) in SHIPPED_FILES {
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec![locale.parse().expect("a valid tag")]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate ids");
        for id in declared(locale).messages.keys() {
            let message = bundle.get_message(id).expect("declared");
            let Some(pattern) = message.value() else {
                continue;
            };
            for flavour in 0..2 {
                let mut errors = Vec::new();
                let text = bundle.format_pattern(pattern, Some(&sample_args(flavour)), &mut errors);
                if !errors.is_empty() {
                    failures.push(format!("{locale} {id}: {errors:?}"));
                }
                if text.trim().is_empty() && *id != "option-separator" {
                    failures.push(format!("{locale} {id}: empty"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

// ---------------------------------------------------------------------------------------
// What families and educators read
// ---------------------------------------------------------------------------------------

/// Segments a family text may cost: with typical facts (short names, one child) and with the
/// longest facts we expect. See locales/README.md for why the long budgets are higher.
fn budget(facts: &SampleFacts, locale: &str, message: &str) -> usize {
    let long = facts.label == preview::LONG.label;
    match (message, long) {
        ("invitation" | "invitation-second", false) => 4,
        ("invitation" | "invitation-second", true) => 6,
        ("follow-up", false) => 3,
        ("follow-up", true) => 4,
        // They name the pair, the time and the meeting place.
        ("reminder", _) => 3,
        ("booked" | "already-booked", true) => 3,
        // Three full-weekday options take ~90 of the 134 units of two UCS-2 parts.
        ("slot-taken" | "which-one" | "change", _) if locale == "es" => 3,
        _ => 2,
    }
}

#[test]
fn family_texts_stay_within_their_segment_budget() {
    let locales = locales();
    let mut over = Vec::new();
    for facts in [&preview::TYPICAL, &preview::LONG] {
        for (locale, _) in SHIPPED_FILES {
            for (name, message) in preview::family_messages(facts) {
                let text = locales.family(&tag(locale), LA, us(), &message);
                let cost = segments::count(&text);
                let budget = budget(facts, locale, name);
                if cost.parts > budget {
                    over.push(format!(
                        "{locale} {name} ({}): {} parts ({:?}, {} units) > {budget}:\n{text}\n",
                        facts.label, cost.parts, cost.encoding, cost.units,
                    ));
                }
            }
        }
    }
    assert!(over.is_empty(), "{}", over.join("\n"));
}

#[test]
fn no_rendered_text_carries_bidi_isolation_marks() {
    let locales = locales();
    for (locale, _) in SHIPPED_FILES {
        let family = every_family_message()
            .into_iter()
            .map(|(_, m)| locales.family(&tag(locale), LA, us(), &m));
        let educator = every_educator_message()
            .into_iter()
            .map(|m| locales.educator(&tag(locale), LA, us(), &m));
        for text in family.chain(educator) {
            assert!(
                !text.contains(['\u{2068}', '\u{2069}']),
                "{locale}: isolation mark in {text:?}"
            );
            assert!(!text.contains("Unknown"), "{locale}: {text:?}");
            assert!(
                !text.contains("{$"),
                "{locale}: unresolved variable in {text:?}"
            );
        }
    }
}

#[test]
fn english_and_spanish_family_texts_never_speak_of_grades_behaviour_or_attendance() {
    let locales = locales();
    let forbidden = [
        "grade",
        "behavior",
        "behaviour",
        "attendance",
        "absen",
        "problem",
        "discipline",
        "calificaci",
        "nota",
        "conducta",
        "comportamiento",
        "asistencia",
        "problema",
        "disciplina",
    ];
    for locale in ["en", "es"] {
        for (name, message) in every_family_message() {
            let text = locales
                .family(&tag(locale), LA, us(), &message)
                .to_lowercase();
            for word in forbidden {
                assert!(
                    !text.contains(word),
                    "{locale} {name} mentions {word}: {text}"
                );
            }
        }
    }
}

#[test]
fn the_invitation_names_everyone_and_numbers_the_options() {
    let locales = locales();
    for (locale, _) in SHIPPED_FILES {
        let message = FamilyMessage::Invitation {
            family: long_family(),
            options: three_options(),
        };
        let text = locales.family(&tag(locale), LA, us(), &message);
        for name in [
            "Maria Guadalupe Hernández-Villanueva",
            "Alejandro",
            "Guadalupe",
            "Cesar Chavez Elementary School",
            LONG_EDUCATOR_1,
            LONG_EDUCATOR_2,
        ] {
            assert!(text.contains(name), "{locale}: {name} missing from {text}");
        }
        assert!(
            text.contains("30") || text.contains("۳۰"),
            "{locale}: no 30 minutes in {text}"
        );
        let numbered = text
            .lines()
            .filter(|l| {
                l.trim_start_matches('\u{200F}')
                    .starts_with(['1', '2', '3', '۱', '۲', '۳'])
            })
            .count();
        assert_eq!(
            numbered, 3,
            "{locale}: three numbered lines expected in\n{text}"
        );
    }
}

#[test]
fn an_invitation_with_different_pairs_does_not_name_one_pair_for_all() {
    let locales = locales();
    let mut options = three_options();
    options[2].educators = ["Ana Ruiz".to_string(), "Tom Lee".to_string()];
    let message = FamilyMessage::Invitation {
        family: long_family(),
        options,
    };
    for (locale, _) in SHIPPED_FILES {
        let text = locales.family(&tag(locale), LA, us(), &message);
        assert!(!text.contains(LONG_EDUCATOR_1), "{locale}: {text}");
        assert!(!text.contains("Ana Ruiz"), "{locale}: {text}");
    }
}

#[test]
fn a_booked_visit_names_the_place_the_family_chose() {
    let locales = locales();
    for (locale, _) in SHIPPED_FILES {
        let message = FamilyMessage::Booked {
            option: three_options()[0].clone(),
            place: Some("Oak Park Library".to_string()),
        };
        let text = locales.family(&tag(locale), LA, us(), &message);
        assert!(text.contains("Oak Park Library"), "{locale}: {text}");
        assert!(
            text.contains(LONG_EDUCATOR_1) && text.contains(LONG_EDUCATOR_2),
            "{text}"
        );
    }
}

#[test]
fn educators_learn_the_family_language_and_whether_an_interpreter_is_needed() {
    let locales = locales();
    let en = tag("en");
    let speaks = locales.educator(
        &en,
        LA,
        us(),
        &EducatorMessage::Confirmed(visit_facts("es-MX", true, None)),
    );
    assert!(speaks.contains("Spanish"), "{speaks}");
    assert!(!speaks.contains("interpreter"), "{speaks}");
    let needs = locales.educator(
        &en,
        LA,
        us(),
        &EducatorMessage::Confirmed(visit_facts("hmn", false, None)),
    );
    assert!(
        needs.contains("Hmong") && needs.contains("interpreter"),
        "{needs}"
    );
    assert!(
        needs.contains(LONG_EDUCATOR_2) && needs.contains("Alejandro and Guadalupe"),
        "{needs}"
    );
    let moved = locales.educator(
        &en,
        LA,
        us(),
        &EducatorMessage::Changed {
            visit: visit_facts("vi", true, Some("Belle Cooledge Library")),
            previous_start: school_time("2026-12-02 15:00"),
        },
    );
    assert!(
        moved.contains("Wednesday, Dec 2, 3:00 PM") && moved.contains("Belle Cooledge Library"),
        "{moved}"
    );
}

#[test]
fn a_language_we_do_not_ship_reads_english() {
    let locales = locales();
    let text = locales.family(&tag("ja"), LA, us(), &FamilyMessage::Handoff);
    assert_eq!(
        text,
        locales.family(&tag("en"), LA, us(), &FamilyMessage::Handoff)
    );
}

// ---------------------------------------------------------------------------------------
// Dates
// ---------------------------------------------------------------------------------------

fn booked_at(locales: &Locales, locale: &str, local: &str) -> String {
    let message = FamilyMessage::Booked {
        option: slot(1, local),
        place: None,
    };
    locales.family(&tag(locale), LA, us(), &message)
}

#[test]
fn the_same_wall_clock_slot_reads_the_same_on_both_sides_of_fall_back() {
    let locales = locales();
    // US clocks fall back on Sunday 2026-11-01.
    for day in ["2026-10-31", "2026-11-01", "2026-11-02"] {
        let local = format!("{day} 16:30");
        assert!(
            booked_at(&locales, "en", &local).contains("4:30 PM"),
            "{local}"
        );
        assert!(
            booked_at(&locales, "es", &local).contains("4:30 p.m."),
            "{local}"
        );
        assert!(
            booked_at(&locales, "ru", &local).contains("16:30"),
            "{local}"
        );
    }
    assert!(booked_at(&locales, "en", "2026-10-31 16:30").contains("Saturday, Oct 31"));
    assert!(booked_at(&locales, "en", "2026-11-02 16:30").contains("Monday, Nov 2"));
}

#[test]
fn the_same_wall_clock_slot_reads_the_same_on_both_sides_of_spring_forward() {
    let locales = locales();
    // US clocks spring forward on Sunday 2026-03-08.
    for day in ["2026-03-07", "2026-03-08", "2026-03-09"] {
        let local = format!("{day} 16:30");
        assert!(
            booked_at(&locales, "en", &local).contains("4:30 PM"),
            "{local}"
        );
        assert!(
            booked_at(&locales, "es", &local).contains("4:30 p.m."),
            "{local}"
        );
        assert!(
            booked_at(&locales, "vi", &local).contains("16:30"),
            "{local}"
        );
    }
    assert!(booked_at(&locales, "en", "2026-03-08 16:30").contains("Sunday, Mar 8"));
}

#[test]
fn a_slot_is_shown_in_the_school_zone_not_utc() {
    let locales = locales();
    let message = FamilyMessage::Booked {
        option: slot(1, "2026-12-03 16:30"),
        place: None,
    };
    let chicago = locales.family(&tag("en"), chrono_tz::America::Chicago, us(), &message);
    assert!(chicago.contains("Thursday, Dec 3, 6:30 PM"), "{chicago}");
}

/// A family reads the weekday in full, in its language, on the clock its community uses at a
/// US school: Spanish 12-hour ("p.m."), Persian on the Gregorian calendar with Persian digits,
/// Tagalog through CLDR's Filipino, Hmong from its own file.
#[test]
fn each_locale_names_thursday_3_december_2026_in_full_in_its_own_words() {
    let locales = locales();
    let expected: &[(&str, &[&str])] = &[
        ("en", &["Thursday, Dec 3, 4:30 PM"]),
        ("es", &["jueves, 3 de dic, 4:30 p.m."]),
        ("vi", &["16:30 Thứ Năm, 3 thg 12"]),
        ("hmn", &["Hnub Plaub 12/3, 4:30 tav su"]),
        ("zh-Hans", &["12月3日星期四 16:30"]),
        ("zh-Hant", &["12月3日星期四 下午4:30"]),
        ("ru", &["четверг, 3 дек., 16:30"]),
        ("uk", &["четвер, 3 груд., 16:30"]),
        ("ar", &["الخميس، 3 ديسمبر، 4:30 م"]),
        ("pa", &["ਵੀਰਵਾਰ, 3 ਦਸੰ, 4:30"]),
        ("fa", &["پنجشنبه ۳ دسامبر، ۱۶:۳۰"]),
        ("tl", &["Huwebes, Dis 3, 4:30 PM"]),
        ("pt", &["3 de dez.", "16:30"]),
        ("ht", &["jedi 3 desanm", "4:30 apremidi"]),
        ("so", &["Khamiis 3 Diseembar", "4:30 galabta"]),
        ("ko", &["12월 3일", "오후 4:30"]),
        ("fr", &["jeudi", "3 déc", "16:30"]),
        ("ps", &["شنبه", "دسمبر", "۱۶:۳۰"]),
        ("sw", &["Alhamisi", "3 Des", "16:30"]),
    ];
    for (locale, parts) in expected {
        let text = booked_at(&locales, locale, "2026-12-03 16:30");
        for part in *parts {
            assert!(text.contains(part), "{locale}: {part:?} not in {text:?}");
        }
        if *locale != "en" {
            assert!(
                !text.contains("Thu"),
                "{locale}: English weekday in {text:?}"
            );
            assert!(
                !text.contains("Dec "),
                "{locale}: English month in {text:?}"
            );
        }
    }
    // The Persian solar calendar would say آذر (Azar); a US school's families need December.
    assert!(!booked_at(&locales, "fa", "2026-12-03 16:30").contains("آذر"));
}

/// Every weekday is written in full, not abbreviated, in every locale ICU4X formats.
#[test]
fn every_weekday_is_written_in_full() {
    let locales = locales();
    let week: &[(&str, &[&str])] = &[
        (
            "en",
            &[
                "Monday",
                "Tuesday",
                "Wednesday",
                "Thursday",
                "Friday",
                "Saturday",
                "Sunday",
            ],
        ),
        (
            "es",
            &[
                "lunes",
                "martes",
                "miércoles",
                "jueves",
                "viernes",
                "sábado",
                "domingo",
            ],
        ),
        (
            "tl",
            &[
                "Lunes",
                "Martes",
                "Miyerkules",
                "Huwebes",
                "Biyernes",
                "Sabado",
                "Linggo",
            ],
        ),
        (
            "ru",
            &[
                "понедельник",
                "вторник",
                "среда",
                "четверг",
                "пятница",
                "суббота",
                "воскресенье",
            ],
        ),
    ];
    // Monday 30 November to Sunday 6 December 2026.
    let days = [
        "2026-11-30",
        "2026-12-01",
        "2026-12-02",
        "2026-12-03",
        "2026-12-04",
        "2026-12-05",
        "2026-12-06",
    ];
    for (locale, names) in week {
        for (day, name) in days.iter().zip(names.iter()) {
            let text = booked_at(&locales, locale, &format!("{day} 09:00"));
            assert!(text.contains(name), "{locale}: {name} not in {text}");
        }
    }
}

/// The clock follows the school's country: Spanish at a school in Spain reads 16:30.
#[test]
fn the_school_country_decides_the_clock() {
    let locales = locales();
    let message = FamilyMessage::Booked {
        option: slot(1, "2026-12-03 16:30"),
        place: None,
    };
    let spain = Country::parse("ES").expect("a country");
    let text = locales.family(&tag("es"), LA, spain, &message);
    assert!(text.contains("jueves, 3 dic, 16:30"), "{text}");
    let us_text = locales.family(&tag("es-MX"), LA, us(), &message);
    assert!(us_text.contains("4:30 p.m."), "{us_text}");
}

#[test]
fn hmong_names_every_weekday_from_its_own_file() {
    let locales = locales();
    let week = [
        ("2026-11-30 09:00", "Hnub Ib"),
        ("2026-12-01 09:00", "Hnub Ob"),
        ("2026-12-02 09:00", "Hnub Peb"),
        ("2026-12-03 09:00", "Hnub Plaub"),
        ("2026-12-04 09:00", "Hnub Tsib"),
        ("2026-12-05 09:00", "Hnub Rau"),
        ("2026-12-06 09:00", "Hnub Xya"),
    ];
    for (local, name) in week {
        let text = booked_at(&locales, "hmn", local);
        assert!(text.contains(name), "{local}: {name} not in {text}");
        let words: Vec<&str> = text.split(|c: char| !c.is_alphanumeric()).collect();
        for english in ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun", "AM", "PM"] {
            assert!(!words.contains(&english), "{local}: {english} in {text}");
        }
    }
    assert!(
        booked_at(&locales, "hmn", "2026-01-05 09:00").contains("Hnub Ib 1/5, 9:00 sawv ntxov")
    );
}

// ---------------------------------------------------------------------------------------
// Right-to-left
// ---------------------------------------------------------------------------------------

/// The first character with a strong direction decides a line's direction on most phones.
fn first_strong_is_rtl(line: &str) -> Option<bool> {
    use icu::properties::CodePointMapData;
    use icu::properties::props::BidiClass;
    let classes = CodePointMapData::<BidiClass>::new();
    line.chars().find_map(|c| match classes.get(c) {
        BidiClass::RightToLeft | BidiClass::ArabicLetter => Some(true),
        BidiClass::LeftToRight => Some(false),
        _ => None,
    })
}

#[test]
fn right_to_left_texts_start_every_line_right_to_left_even_with_latin_names() {
    let locales = locales();
    for locale in ["ar", "fa", "ps", "prs"] {
        for (name, message) in every_family_message() {
            let text = locales.family(&tag(locale), LA, us(), &message);
            for line in text.lines() {
                assert_ne!(
                    first_strong_is_rtl(line),
                    Some(false),
                    "{locale} {name}: line would be laid out left-to-right: {line:?}"
                );
            }
        }
    }
}

/// Unicode bidi rule W7: European digits take the direction of the nearest strong character
/// before them. After an Arabic letter they become right-to-left "Arabic numbers", and a phone
/// shows "(916) 555-0142" as "0142-555 (916)"; after a LEFT-TO-RIGHT MARK they stay in order.
fn strong_before(text: &str, at: usize) -> Option<bool> {
    use icu::properties::CodePointMapData;
    use icu::properties::props::BidiClass;
    let classes = CodePointMapData::<BidiClass>::new();
    text[..at].chars().rev().find_map(|c| match classes.get(c) {
        BidiClass::RightToLeft | BidiClass::ArabicLetter => Some(true),
        BidiClass::LeftToRight => Some(false),
        _ => None,
    })
}

#[test]
fn the_school_phone_number_reads_in_order_in_arabic_and_persian() {
    let locales = locales();
    for locale in ["ar", "fa"] {
        for (name, message) in every_family_message() {
            if !["help", "unknown-sender"].contains(&name) {
                continue;
            }
            let text = locales.family(&tag(locale), LA, us(), &message);
            let at = text
                .find(preview::SAMPLE_CONTACT)
                .unwrap_or_else(|| panic!("{locale} {name}: no contact in {text}"));
            assert!(
                text[..at].ends_with('\u{200E}'),
                "{locale} {name}: no LEFT-TO-RIGHT MARK before the number: {text:?}"
            );
            assert_eq!(
                strong_before(&text, at),
                Some(false),
                "{locale} {name}: the number's digits follow a right-to-left letter: {text:?}"
            );
        }
        // Without the mark the digits would follow an Arabic letter (the bug this prevents).
        let bare = "للأسئلة: (916) 555-0142";
        assert_eq!(strong_before(bare, bare.find('(').unwrap()), Some(true));
    }
}

/// Arabic, Persian and Gurmukhi have no capitals to mark a reply word, so "reply with a
/// number or NO" reads as "reply with a number or not" unless the word is quoted.
#[test]
fn caseless_scripts_quote_the_word_that_declines() {
    let asks_for_a_word = [
        "invitation",
        "follow-up",
        "booked",
        "already-booked",
        "reminder",
        "clarify",
    ];
    let locales = locales();
    for (locale, source) in SHIPPED_FILES {
        if !["ar", "fa", "pa"].contains(locale) {
            continue;
        }
        let decline = source
            .lines()
            .find_map(|l| l.strip_prefix("# reply-words:"))
            .and_then(|words| {
                words
                    .split_whitespace()
                    .find_map(|w| w.strip_prefix("decline="))
            })
            .expect("a decline word");
        for (name, message) in every_family_message() {
            if !asks_for_a_word.contains(&name) {
                continue;
            }
            let text = locales.family(&tag(locale), LA, us(), &message);
            let mut found = 0;
            for (at, _) in text.match_indices(decline) {
                let before = text[..at].chars().next_back();
                let after = text[at + decline.len()..].chars().next();
                let inside_a_word = before.is_some_and(char::is_alphabetic)
                    || after.is_some_and(|c| c.is_alphabetic() || c == '\u{200C}');
                if inside_a_word {
                    continue;
                }
                found += 1;
                assert!(
                    matches!(before, Some('«' | '"' | '“'))
                        && matches!(after, Some('»' | '"' | '”')),
                    "{locale} {name}: {decline} unquoted in {text}"
                );
            }
            assert!(found > 0, "{locale} {name}: never says {decline}: {text}");
        }
    }
}

/// In a right-to-left line, "(916) 555-0142" after Arabic letters shows as "0142-555 (916)"
/// unless a LEFT-TO-RIGHT MARK comes first (translation review §1.1).
#[test]
fn the_school_phone_number_follows_a_left_to_right_mark_in_pashto_and_dari() {
    let locales = locales();
    for locale in ["ps", "prs"] {
        for (name, message) in every_family_message() {
            if ["help", "unknown-sender"].contains(&name) {
                let text = locales.family(&tag(locale), LA, us(), &message);
                assert!(
                    text.contains("\u{200E}(916) 555-0142"),
                    "{locale} {name}: no LRM before the number in {text:?}"
                );
            }
        }
    }
}

// ---------------------------------------------------------------------------------------
// The segment table in locales/README.md
// ---------------------------------------------------------------------------------------

const TABLE_START: &str = "<!-- segment-table:start -->";
const TABLE_END: &str = "<!-- segment-table:end -->";

fn segment_table() -> String {
    let locales = locales();
    let tags: Vec<&str> = SHIPPED_FILES.iter().map(|(t, _)| *t).collect();
    let mut table = String::new();
    table.push_str("| message (budget: typical / long) | ");
    table.push_str(&tags.join(" | "));
    table.push_str(" |\n|---|");
    table.push_str(&"---|".repeat(tags.len()));
    table.push('\n');
    let typical = preview::family_messages(&preview::TYPICAL);
    let long = preview::family_messages(&preview::LONG);
    for ((name, short), (_, long)) in typical.iter().zip(&long) {
        table.push_str(&format!(
            "| {name} (≤ {} / {}) |",
            budget(&preview::TYPICAL, "en", name),
            budget(&preview::LONG, "en", name)
        ));
        for locale in &tags {
            let cell = |message: &FamilyMessage| {
                let cost = segments::count(&locales.family(&tag(locale), LA, us(), message));
                let encoding = match cost.encoding {
                    segments::Encoding::Gsm7 => "G",
                    segments::Encoding::Ucs2 => "U",
                };
                format!("{} {encoding}", cost.parts)
            };
            table.push_str(&format!(" {} / {} |", cell(short), cell(long)));
        }
        table.push('\n');
    }
    table
}

#[test]
fn the_readme_segment_table_is_current() {
    let path = locale_dir().join("README.md");
    let readme = std::fs::read_to_string(&path).expect("locales/README.md exists");
    let (Some(start), Some(end)) = (readme.find(TABLE_START), readme.find(TABLE_END)) else {
        panic!("locales/README.md lacks the {TABLE_START} … {TABLE_END} markers");
    };
    let current = &readme[start + TABLE_START.len()..end];
    let fresh = format!("\n{}", segment_table());
    if current == fresh {
        return;
    }
    if std::env::var("HOMEVISIT_UPDATE_SEGMENT_TABLE").as_deref() == Ok("1") {
        let updated = format!(
            "{}{fresh}{}",
            &readme[..start + TABLE_START.len()],
            &readme[end..]
        );
        std::fs::write(&path, updated).expect("README is writable");
        return;
    }
    panic!(
        "the segment table in locales/README.md is out of date; regenerate it with\n  \
         HOMEVISIT_UPDATE_SEGMENT_TABLE=1 cargo test --test locales the_readme_segment_table_is_current\n\
         and commit the README. Fresh table:\n{fresh}"
    );
}

/// Prints every family text of one locale: `LOCALE=es cargo test --test locales show -- --ignored --nocapture`.
#[test]
#[ignore]
fn show() {
    let locales = locales();
    let locale = std::env::var("LOCALE").unwrap_or_else(|_| "en".to_string());
    for (name, message) in every_family_message() {
        let text = locales.family(&tag(&locale), LA, us(), &message);
        let cost = segments::count(&text);
        println!(
            "== {name}: {} parts {:?} {} units\n{text}\n",
            cost.parts, cost.encoding, cost.units
        );
    }
    for message in every_educator_message() {
        println!(
            "-- {}\n",
            locales.educator(&tag(&locale), LA, us(), &message)
        );
    }
}

/// Educators read the family's language by name, in texts and in their calendar: every locale
/// names every language English names, rather than showing its code.
#[test]
fn every_locale_names_every_language_english_names() {
    let codes = [
        "en", "es", "vi", "hmn", "zh-Hans", "zh-Hant", "ru", "uk", "ar", "pa", "fa", "prs", "tl",
        "ko", "so", "ht", "pt", "fr", "ps", "sw",
    ];
    let mut failures = Vec::new();
    for (locale, source) in SHIPPED_FILES {
        let resource = FluentResource::try_new(source.to_string()).expect("parses");
        let mut bundle = FluentBundle::new(vec![locale.parse().expect("a valid tag")]);
        bundle.set_use_isolating(false);
        bundle.add_resource(resource).expect("no duplicate ids");
        let pattern = bundle
            .get_message("language-name")
            .and_then(|m| m.value())
            .expect("language-name");
        for code in codes {
            let mut args = FluentArgs::new();
            args.set("code", code);
            let mut errors = Vec::new();
            let name = bundle.format_pattern(pattern, Some(&args), &mut errors);
            if name == code || !errors.is_empty() {
                failures.push(format!("{locale}: {code}"));
            }
        }
    }
    assert!(failures.is_empty(), "not named: {}", failures.join(", "));
}

/// The calendar's words in every locale and every state of a visit: nothing unresolved, no
/// isolation marks, and in Arabic, Persian, Pashto and Dari every line starts right to left even when it
/// names Latin-script people.
#[test]
fn calendar_words_read_well_in_every_locale_and_state() {
    use homevisit::i18n::calendar::CalendarVisit;
    let locales = locales();
    let children = vec!["Alejandro".to_string(), "Guadalupe".to_string()];
    for (locale, _) in SHIPPED_FILES {
        for state in ["booked", "completed", "cancelled"] {
            for (interpreter, place) in [(true, None), (false, Some("Oak Park Library"))] {
                let visit = CalendarVisit {
                    guardian: "Maria Hernandez",
                    children: &children,
                    family_language: "es-MX",
                    interpreter,
                    partner: "Christopher Montgomery-Baptiste",
                    place,
                    minutes: 30,
                    state,
                };
                let words = locales.calendar_event(&tag(locale), &visit);
                let name = locales.calendar_name(&tag(locale), "Ana Torres");
                for text in [&words.summary, &words.location, &words.notes, &name] {
                    assert!(!text.trim().is_empty(), "{locale} {state}: empty");
                    assert!(
                        !text.contains(['\u{2068}', '\u{2069}']) && !text.contains("{$"),
                        "{locale} {state}: {text:?}"
                    );
                }
                assert!(words.notes.contains("Maria Hernandez"), "{locale}");
                assert!(words.notes.contains("Christopher"), "{locale}");
                assert_eq!(
                    words.notes.lines().count(),
                    7,
                    "{locale}: {:?}",
                    words.notes
                );
                if ["ar", "fa", "ps", "prs"].contains(locale) {
                    for line in words.notes.lines().chain([words.summary.as_str()]) {
                        assert_ne!(
                            first_strong_is_rtl(line),
                            Some(false),
                            "{locale} {state}: laid out left-to-right: {line:?}"
                        );
                    }
                }
            }
        }
    }
}
