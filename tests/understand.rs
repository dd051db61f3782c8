//! How families' replies are understood, language by language, written the way families
//! actually text: typos, no accents, English mixed in, emoji, digits of their own script.
//! Each table is one locale; every reply answers an invitation with three options.

use homevisit::conversation::understand::{
    DIGIT_ZEROS, lexicon_problems, stop_by_sentence, understand_reply,
};
use homevisit::conversation::{Intent, understand};
use homevisit::domain::LanguageTag;
use proptest::prelude::*;

use Intent::{Accept, Ambiguous, Change, Decline, Help, Other, Place, Start, Stop};

/// Every locale we ship, by folder name.
const LOCALES: &[&str] = &[
    "en", "es", "vi", "hmn", "zh-Hans", "zh-Hant", "ru", "uk", "ar", "pa", "fa", "tl",
];

fn choose(choice: u32) -> Intent {
    Intent::Choose { choice }
}

/// Checks every reply of a table and reports all the misreadings at once.
fn check(language: &str, cases: &[(&str, Intent)]) {
    let tag = LanguageTag::parse(language).expect("a known language");
    let failures: Vec<String> = cases
        .iter()
        .filter_map(|(reply, expected)| {
            let got = understand(reply, &tag, 3);
            (got != *expected).then(|| format!("  {reply:?}: expected {expected:?}, got {got:?}"))
        })
        .collect();
    assert!(
        failures.is_empty(),
        "{language}: {} of {} replies misread:\n{}",
        failures.len(),
        cases.len(),
        failures.join("\n")
    );
}

#[test]
fn english_replies() {
    check(
        "en",
        &[
            ("Yes", Accept),
            ("yesss!!", Accept),
            ("Ok sounds good", Accept),
            ("sure thing 👍", Accept),
            ("2", choose(2)),
            ("#2", choose(2)),
            ("option 3 please", choose(3)),
            ("The 2nd one", choose(2)),
            ("the second one works for us", choose(2)),
            ("Yes 2", choose(2)),
            ("2 please thank you", choose(2)),
            ("No. 2", choose(2)),
            ("1 or 2", Ambiguous),
            ("1, 2", Ambiguous),
            ("2 2", choose(2)),
            ("not 1", Ambiguous),
            ("no, 2 is better", Ambiguous),
            ("No thanks", Decline),
            ("no thank you we are busy", Decline),
            ("not interested", Decline),
            ("Not good", Decline),
            ("can we change the time?", Change),
            ("Another day please", Change),
            ("can we meet at the library instead", Place),
            ("PLACE", Place),
            ("I get off at 3:30", Other),
            ("call me 555-1234", Other),
            ("at 3", Other),
            // A yes to a time that may not be an option's: asked again by number.
            ("3pm works", Ambiguous),
            ("the one at 4pm", Other),
            ("first I need to ask my husband", Other),
            ("wait a second", Other),
            ("who is this?", Other),
            ("I have 3 kids", Other),
            ("0", Other),
            ("", Other),
            ("ok no", Other),
            ("no problem", Accept),
            ("two", choose(2)),
            ("2️⃣", choose(2)),
            ("5", choose(5)),
            ("yea", Accept),
            ("Yes ma'am", Accept),
            ("Nope", Decline),
            ("can't make it sorry", Decline),
            ("2 works for us", choose(2)),
        ],
    );
}

#[test]
fn spanish_replies() {
    check(
        "es-MX",
        &[
            ("Si", Accept),
            ("sí", Accept),
            ("sii", Accept),
            ("Siii gracias maestra", Accept),
            ("claro q si", Accept),
            ("ok gracias", Accept),
            ("Esta bien", Accept),
            ("el 2", choose(2)),
            ("El 2 por favor", choose(2)),
            ("la segunda", choose(2)),
            ("La segunda opcion porfa", choose(2)),
            ("dos", choose(2)),
            ("si el 3", choose(3)),
            ("opción ３", choose(3)),
            ("Nº 1", choose(1)),
            ("1 o 2", Ambiguous),
            ("no puedo el 2", Ambiguous),
            ("No gracias", Decline),
            ("no podemos, gracias", Decline),
            ("ahorita no", Decline),
            ("cancelar la visita", Decline),
            ("Se puede cambiar a otro dia?", Change),
            ("cambiar", Change),
            ("lugar", Place),
            ("podemos vernos en la biblioteca?", Place),
            ("a las 3", Other),
            ("salgo del trabajo a las 5", Other),
            ("tengo 3 hijos", Other),
            ("Primero tengo que preguntarle a mi esposo", Other),
            ("Sí, gracias 🙏", Accept),
            ("nop", Decline),
            ("la 3 porfa", choose(3)),
            ("Dos", choose(2)),
            ("el numero 1", choose(1)),
            ("No puedo ese día, otro?", Change),
        ],
    );
}

#[test]
fn vietnamese_replies() {
    check(
        "vi",
        &[
            ("Có", Accept),
            ("co", Accept),
            ("Dạ vâng", Accept),
            ("dạ được ạ", Accept),
            ("ok cô", Accept),
            ("đồng ý", Accept),
            ("Số 2", choose(2)),
            ("so 2 a", choose(2)),
            ("2 ạ", choose(2)),
            ("cái thứ hai", choose(2)),
            ("hai", choose(2)),
            ("Không", Decline),
            ("khong a", Decline),
            ("ko", Decline),
            ("k cảm ơn cô", Decline),
            ("dạ không được", Decline),
            ("đổi giờ khác được không cô", Change),
            ("doi lich", Change),
            ("địa điểm", Place),
            ("thứ 2", Other),
            ("lúc 3 giờ", Other),
            ("1 hoặc 2", Ambiguous),
            ("đợi chút", Other),
            ("cảm ơn cô", Other),
            ("Dạ số ２", choose(2)),
            ("ok cô ơi", Accept),
            ("Khong duoc a", Decline),
        ],
    );
}

#[test]
fn hmong_replies() {
    check(
        "hmn",
        &[
            ("Yog", Accept),
            ("yog lawm", Accept),
            ("tau", Accept),
            ("zoo", Accept),
            ("zooo ua tsaug", Accept),
            ("ok ua tsaug xib fwb", Accept),
            ("2", choose(2)),
            ("tus 2", choose(2)),
            ("thib ob", choose(2)),
            ("ob", choose(2)),
            ("tsis", Decline),
            ("Tsis kam ua tsaug", Decline),
            ("tsis khoom", Decline),
            ("hloov sijhawm", Change),
            ("lwm hnub", Change),
            ("qhov chaw", Place),
            ("1 los 2", Ambiguous),
            ("3 teev", Other),
            ("peb tsis nyob tsev", Decline),
            ("TSUM", Stop),
            ("Yog os", Accept),
            ("tsis tau os", Decline),
            ("Ua tsaug, tus 1", choose(1)),
        ],
    );
}

#[test]
fn simplified_chinese_replies() {
    check(
        "zh-CN",
        &[
            ("好", Accept),
            ("好的", Accept),
            ("可以", Accept),
            ("没问题👍", Accept),
            ("2", choose(2)),
            ("２", choose(2)),
            ("第二个", choose(2)),
            ("我选第二个，谢谢", choose(2)),
            ("二", choose(2)),
            ("选二", choose(2)),
            ("2号", choose(2)),
            ("不", Decline),
            ("不用了，谢谢", Decline),
            ("不可以", Decline),
            ("没时间", Decline),
            ("可以改时间吗", Change),
            ("换个时间", Change),
            ("地点", Place),
            ("1还是2", Ambiguous),
            ("不要1", Ambiguous),
            ("下午3点", Other),
            // "Wednesday works": a yes, not option 3; the machine asks which number.
            ("星期三可以", Accept),
            ("你是谁", Other),
            ("不好意思", Other),
            ("好不好", Other),
            ("第二天", Other),
        ],
    );
}

#[test]
fn traditional_chinese_replies() {
    check(
        "zh-TW",
        &[
            ("好", Accept),
            ("好的 謝謝", Accept),
            ("可以呀", Accept),
            ("冇問題", Accept),
            ("係呀", Accept),
            ("1", choose(1)),
            ("第一個", choose(1)),
            ("三", choose(3)),
            ("我選第三個", choose(3)),
            ("不用了", Decline),
            ("唔得", Decline),
            ("沒空", Decline),
            ("改時間", Change),
            ("換地方", Place),
            ("1或2", Ambiguous),
            ("3點", Other),
            ("停止", Stop),
            // 取消 ("cancel") is the word our booked text uses for the visit.
            ("取消", Decline),
            ("好呀👌", Accept),
            ("第二個可以", choose(2)),
            ("唔使喇，多謝", Decline),
            ("１", choose(1)),
            ("可唔可以改時間", Change),
        ],
    );
}

#[test]
fn russian_replies() {
    check(
        "ru",
        &[
            ("Да", Accept),
            ("дааа", Accept),
            ("Да, конечно", Accept),
            ("хорошо спасибо", Accept),
            ("ок", Accept),
            ("2", choose(2)),
            ("второй", choose(2)),
            ("Второй вариант", choose(2)),
            ("вариант 3 пожалуйста", choose(3)),
            ("Нет", Decline),
            ("нет спасибо", Decline),
            ("не можем", Decline),
            ("можно перенести на другой день?", Change),
            ("другое место", Place),
            ("1 или 2", Ambiguous),
            ("не 2", Ambiguous),
            ("в 3 часа", Other),
            ("во второй половине дня", Other),
            ("СТОП", Stop),
            ("помощь", Help),
            ("Нет, спасибо, не надо", Decline),
            ("Ок 👍", Accept),
        ],
    );
}

#[test]
fn ukrainian_replies() {
    check(
        "uk",
        &[
            ("Так", Accept),
            ("так, дякую", Accept),
            ("добре", Accept),
            ("гаразд 👍", Accept),
            ("да", Accept),
            ("2", choose(2)),
            ("другий", choose(2)),
            ("другий варіант", choose(2)),
            ("варіант 1 будь ласка", choose(1)),
            ("Ні", Decline),
            ("ні дякую", Decline),
            ("не можу", Decline),
            ("можна перенести на інший день?", Change),
            ("інше місце", Place),
            ("1 або 2", Ambiguous),
            ("о 3", Other),
            ("стоп", Stop),
            ("допомога", Help),
            ("Так, звісно", Accept),
            ("Дякую, ні", Decline),
            ("перший", choose(1)),
            ("варіант 2", choose(2)),
        ],
    );
}

#[test]
fn arabic_replies() {
    check(
        "ar",
        &[
            ("نعم", Accept),
            ("ايوه", Accept),
            ("تمام شكرا", Accept),
            ("أوكي", Accept),
            ("موافق", Accept),
            ("٢", choose(2)),
            ("رقم ٢", choose(2)),
            ("الخيار الثاني", choose(2)),
            ("الثاني", choose(2)),
            ("2 من فضلك", choose(2)),
            ("لا", Decline),
            ("لا شكرا", Decline),
            ("مش ممكن", Decline),
            ("لا بأس", Accept),
            ("ممكن موعد آخر؟", Change),
            ("مكان آخر", Place),
            ("١ أو ٢", Ambiguous),
            ("الساعة ٣", Other),
            ("توقف", Stop),
            ("مساعدة", Help),
            ("الاول", choose(1)),
            ("شكرا لا", Decline),
            ("نعم ٣ من فضلك", choose(3)),
        ],
    );
}

#[test]
fn punjabi_replies() {
    check(
        "pa",
        &[
            ("ਹਾਂ", Accept),
            ("ਹਾਂ ਜੀ", Accept),
            ("haan ji", Accept),
            ("ਠੀਕ ਹੈ", Accept),
            ("theek hai ji", Accept),
            ("੨", choose(2)),
            ("ਨੰਬਰ ੨", choose(2)),
            ("ਦੂਜਾ ਵਾਲਾ", choose(2)),
            ("number 3 ji", choose(3)),
            ("ਨਹੀਂ", Decline),
            ("nahi ji", Decline),
            ("ਨਹੀਂ ਧੰਨਵਾਦ", Decline),
            ("ਸਮਾਂ ਬਦਲੋ", Change),
            ("ਹੋਰ ਜਗ੍ਹਾ", Place),
            ("੧ ਜਾਂ ੨", Ambiguous),
            ("3 ਵਜੇ", Other),
            ("ਰੋਕੋ", Stop),
            ("ਮਦਦ", Help),
            ("ਹਾਂਜੀ ੧", choose(1)),
            ("ok ji", Accept),
            ("nahi ji dhanvaad", Decline),
            ("ਦੂਜਾ", choose(2)),
        ],
    );
}

#[test]
fn persian_replies() {
    check(
        "fa",
        &[
            ("بله", Accept),
            ("آره", Accept),
            ("باشه ممنون", Accept),
            ("چشم", Accept),
            ("اوکی", Accept),
            ("۲", choose(2)),
            ("گزینه ۲", choose(2)),
            ("گزینه دوم", choose(2)),
            ("دومی", choose(2)),
            ("2 لطفا", choose(2)),
            ("نه", Decline),
            ("نه ممنون", Decline),
            ("نمی‌توانم", Decline),
            ("نمیتونم", Decline),
            ("وقت دیگه", Change),
            ("جای دیگر", Place),
            ("۱ یا ۲", Ambiguous),
            ("ساعت ۳", Other),
            // لغو ("cancel") is the word our booked text uses for the visit.
            ("لغو", Decline),
            ("کمک", Help),
            ("بله ۳", choose(3)),
            ("مرسی نه", Decline),
        ],
    );
}

#[test]
fn dari_families_are_read_in_persian() {
    check(
        "prs",
        &[
            ("بلی", Accept),
            ("نخیر", Decline),
            ("۳", choose(3)),
            ("هو", Accept),
        ],
    );
}

#[test]
fn tagalog_replies() {
    check(
        "tl",
        &[
            ("Oo", Accept),
            ("opo", Accept),
            ("sige po", Accept),
            ("ok po salamat", Accept),
            ("pwede po", Accept),
            ("2", choose(2)),
            ("yung 2 po", choose(2)),
            ("yung pangalawa", choose(2)),
            ("dalawa po", choose(2)),
            ("Hindi po", Decline),
            ("hindi pwede", Decline),
            ("busy po kami", Decline),
            ("pwede ibang araw?", Change),
            ("ibang lugar po", Place),
            ("1 o 2", Ambiguous),
            ("alas 3", Other),
            ("mga 3 ng hapon", Other),
            ("TIGIL", Stop),
            ("tulong", Help),
            ("G", Accept),
            ("ok lang po", Accept),
            ("ayoko po", Decline),
            ("Uno", choose(1)),
        ],
    );
}

#[test]
fn carrier_keywords_stop_start_and_help_in_every_language() {
    for language in [
        "en", "es", "vi", "hmn", "zh-Hans", "zh-Hant", "ru", "uk", "ar", "pa", "fa", "tl",
    ] {
        check(
            language,
            &[
                ("STOP", Stop),
                ("stop", Stop),
                ("Stop.", Stop),
                (" STOPALL ", Stop),
                ("Unsubscribe", Stop),
                ("CANCEL", Stop),
                ("end", Stop),
                ("QUIT", Stop),
                ("START", Start),
                ("unstop", Start),
                ("HELP", Help),
                ("info", Help),
                ("ＳＴＯＰ", Stop),
            ],
        );
    }
}

#[test]
fn each_language_has_its_own_compliance_words() {
    check(
        "es",
        &[
            ("ALTO", Stop),
            ("parar", Stop),
            ("AYUDA", Help),
            ("comenzar", Start),
        ],
    );
    check(
        "vi",
        &[
            ("dừng", Stop),
            // Unaccented "dung" is dừng (stop), đúng (right) or the name Dung: a person reads it.
            ("DUNG", Other),
            ("DỪNG", Stop),
            ("giúp", Help),
            ("bắt đầu", Start),
        ],
    );
    check(
        "zh-Hans",
        &[
            ("停止", Stop),
            ("退订", Stop),
            ("帮助", Help),
            ("开始", Start),
        ],
    );
    check(
        "ar",
        &[("إيقاف", Stop), ("الغاء", Decline), ("ابدأ", Start)],
    );
    check("fa", &[("توقف", Stop), ("شروع", Start), ("راهنما", Help)]);
    check("tl", &[("itigil", Stop), ("simulan", Start)]);
    check("pa", &[("ਬੰਦ ਕਰੋ", Stop), ("ਸ਼ੁਰੂ", Start)]);
    check(
        "uk",
        &[("відписатися", Stop), ("почати", Start), ("довідка", Help)],
    );
}

#[test]
fn an_opt_out_word_of_another_language_still_opts_out() {
    // A roster that says "English" for a Spanish-speaking family must not trap them.
    check("en", &[("ALTO", Stop), ("стоп", Stop), ("停止", Stop)]);
}

#[test]
fn clear_opt_out_phrases_stop_but_longer_messages_go_to_a_person() {
    check(
        "en",
        &[
            ("stop texting me please", Stop),
            ("Please stop", Stop),
            ("Don't text me anymore!", Stop),
            ("remove me from this list thanks", Stop),
            ("don't text me before 5, call me instead", Other),
            ("stop by at 5", Other),
            ("cancel please", Other),
            ("cancel my visit", Decline),
        ],
    );
    check(
        "es",
        &[
            ("ya no me manden mensajes por favor", Stop),
            ("no me manden mensajes", Stop),
        ],
    );
    check("vi", &[("đừng nhắn tin nữa", Stop)]);
    check("zh-Hans", &[("不要再发短信了", Stop)]);
}

#[test]
fn cancelling_a_visit_is_no_and_moving_it_is_change_in_each_language() {
    check(
        "en",
        &[("cancel the visit", Decline), ("reschedule", Change)],
    );
    check(
        "es",
        &[("cancelar la visita", Decline), ("reprogramar", Change)],
    );
    check("ru", &[("отменить визит", Decline), ("перенести", Change)]);
    check("zh-Hans", &[("取消家访", Decline), ("改期", Change)]);
    check(
        "ar",
        &[("إلغاء الزيارة", Decline), ("تغيير الموعد", Change)],
    );
}

#[test]
fn english_is_understood_in_every_language() {
    for language in ["es", "vi", "hmn", "zh-Hant", "ru", "ar", "pa", "fa", "tl"] {
        check(
            language,
            &[
                ("yes", Accept),
                ("no thanks", Decline),
                ("option 2", choose(2)),
                ("👍", Accept),
                ("👎", Decline),
                ("✅", Accept),
                ("❌", Decline),
            ],
        );
    }
}

#[test]
fn languages_we_do_not_ship_read_english_and_digits() {
    check("ko", &[("yes", Accept), ("2", choose(2)), ("STOP", Stop)]);
}

#[test]
fn numbers_beyond_the_offer_are_choices_for_the_machine_to_refuse() {
    let en = LanguageTag::english();
    assert_eq!(understand("4", &en, 3), choose(4));
    assert_eq!(understand("9", &en, 2), choose(9));
    assert_eq!(
        understand("12", &en, 3),
        Other,
        "a date or an age more than an option"
    );
    assert_eq!(understand("12", &en, 12), choose(12));
    assert_eq!(understand("2024", &en, 3), Other);
}

#[test]
fn intents_serialise_as_the_contract_says() {
    let json = serde_json::to_string(&choose(2)).unwrap();
    assert_eq!(json, r#"{"intent":"choose","choice":2}"#);
    assert_eq!(
        serde_json::to_string(&Accept).unwrap(),
        r#"{"intent":"accept"}"#
    );
}

#[test]
fn every_locale_has_every_reply_list() {
    assert_eq!(lexicon_problems(), Vec::<String>::new());
    for tag in [
        "en", "es", "vi", "hmn", "zh-Hans", "zh-Hant", "ru", "uk", "ar", "pa", "fa", "tl",
    ] {
        let path = format!("{}/locales/{tag}/replies.ftl", env!("CARGO_MANIFEST_DIR"));
        let source = std::fs::read_to_string(&path).unwrap();
        let header = source.lines().take(3).collect::<Vec<_>>().join("\n");
        assert!(
            header.contains("Status:"),
            "{tag}: the header states its review status"
        );
    }
}

/// Strategy: a digit 1..=9 and the zero of a script.
fn digit_in_any_script() -> impl Strategy<Value = (u32, char)> {
    (1u32..=9, prop::sample::select(DIGIT_ZEROS))
}

/// Characters that make trouble: combining marks, joiners, bidi controls, emoji, digits of
/// many scripts, CJK, surrogates' neighbours, punctuation that joins numbers.
fn weird_char() -> impl Strategy<Value = char> {
    prop_oneof![
        any::<char>(),
        prop::sample::select(vec![
            '\u{0301}',
            '\u{200D}',
            '\u{200C}',
            '\u{FE0F}',
            '\u{20E3}',
            '\u{202E}',
            '\u{0640}',
            '\u{064B}',
            '👍',
            '🏽',
            '二',
            '第',
            '٢',
            '۲',
            '੨',
            ':',
            '-',
            '.',
            '#',
            'º',
            '°',
            'n',
            'o',
            ' ',
            '\u{FFFD}',
            '\u{10FFFF}',
            'ß',
            'İ',
            'ǅ',
            '\u{0F20}',
        ]),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn understand_never_panics_on_any_text(reply in any::<String>(), offered in 0usize..1000) {
        for language in ["en", "vi", "zh-Hant", "ar"] {
            let _ = understand(&reply, &LanguageTag::parse(language).unwrap(), offered);
        }
    }

    #[test]
    fn understand_never_panics_on_weird_unicode(chars in prop::collection::vec(weird_char(), 0..400)) {
        let reply: String = chars.into_iter().collect();
        let _ = understand(&reply, &LanguageTag::parse("fa").unwrap(), 3);
        let _ = understand(&reply, &LanguageTag::parse("es").unwrap(), usize::MAX);
    }

    #[test]
    fn a_lone_digit_in_any_script_is_that_choice((n, zero) in digit_in_any_script(), spaces in 0usize..3) {
        let digit = char::from_u32(zero as u32 + n).unwrap();
        let reply = format!("{}{digit}{}", " ".repeat(spaces), " ".repeat(spaces));
        for language in ["en", "es", "zh-Hans", "ar", "fa", "pa"] {
            let intent = understand(&reply, &LanguageTag::parse(language).unwrap(), 3);
            prop_assert_eq!(intent, Intent::Choose { choice: n }, "{:?} in {}", reply, language);
        }
    }
}

#[test]
fn a_huge_reply_is_read_without_trouble() {
    let reply = "yes 👍 ".repeat(100_000);
    assert_eq!(understand(&reply, &LanguageTag::english(), 3), Accept);
    let reply = "٢".repeat(200_000);
    assert_eq!(understand(&reply, &LanguageTag::english(), 3), Other);
}

// The fail-safe rules, locale by locale: each table opens with the misreads the translation
// review found (`reviews/translations.md` §1.2–§1.4, and issue 15), then real-world replies
// written the way families text (no accents, SMS spellings, mixed scripts). A misread books a
// time a family ruled out, declines a visit they wanted, or stops their texts: when a reply
// could mean two things it is `Other` or `Ambiguous`.

#[test]
fn english_fail_safe_and_real_replies() {
    check(
        "en",
        &[
            // The review's misreads.
            ("not option 2", Ambiguous),
            ("the 2nd won't suit us", Ambiguous),
            ("my son is in 2nd grade", Other),
            ("I don't know", Other),
            ("why not", Other),
            // Real replies.
            ("idk", Other),
            ("not sure yet", Other),
            ("maybe 2", Ambiguous),
            ("b4 3", Ambiguous),
            ("b4", Other),
            ("she is 2", Other),
            ("I have 2", Other),
            ("he's 3 years old", Other),
            ("we have 3 children", Other),
            ("3 is not good", Ambiguous),
            ("I can't do 3", Ambiguous),
            ("can't on Tuesday", Other),
            ("cant do 2, maybe 3", Ambiguous),
            ("no, at 3 I work", Other),
            ("2 on Tuesday", Other),
            ("Yes!! 3 please", choose(3)),
            ("Number 1 please", choose(1)),
            ("Sure, the first one", choose(1)),
            ("1st one", choose(1)),
            ("option2", choose(2)),
            ("no worries", Accept),
            ("ok thanks", Accept),
            ("we're busy that week, sorry", Other),
            ("next week?", Change),
            ("sorry who is this", Other),
            ("Dung", Other),
            ("Huy", Other),
            ("N", Decline),
            ("Y", Accept),
            ("me n my husband will be there", Other),
            ("I don't mind", Accept),
            ("2 of my kids go to your school", Other),
            ("can you come on the 3rd?", Other),
            ("we're in room 2", Other),
            ("apt 3", Other),
        ],
    );
}

#[test]
fn spanish_fail_safe_and_real_replies() {
    check(
        "es-MX",
        &[
            // The review's misreads.
            ("no la opción 2", Ambiguous),
            ("¡Cómo no!", Accept),
            ("¿por qué no?", Other),
            ("no estoy segura", Other),
            // Real replies.
            ("como no", Accept),
            ("no se", Other),
            ("tal vez", Other),
            ("mi hijo esta en grado 2", Other),
            ("2do grado", Other),
            ("tengo 2 niños", Other),
            ("a las 3 salgo", Other),
            ("el 2 no, el 3", Ambiguous),
            ("no se puede el 1", Ambiguous),
            ("cancelar", Decline),
            ("dale", Accept),
            ("ta bueno", Accept),
            ("estoy ocupada", Decline),
            ("mas tarde", Change),
            ("la proxima semana", Change),
            ("si el 2 porfa", choose(2)),
            ("el segundo porfavor", choose(2)),
            ("Ahorita no gracias", Decline),
            ("el dia 3", Other),
            ("el 2 no más", choose(2)),
            ("el 2 no, más tarde", Other),
            ("va", Accept),
            ("mi esposo sale tarde del trabajo", Other),
            ("Mi esposo y yo estaremos", Other),
            ("no importa", Accept),
            ("INICIAR", Start),
        ],
    );
}

#[test]
fn vietnamese_fail_safe_and_real_replies() {
    check(
        "vi",
        &[
            // The review's misreads.
            ("Đúng", Accept),
            ("Dũng", Other),
            ("Huy", Other),
            ("không phải số 1", Ambiguous),
            ("không sao", Accept),
            ("không vấn đề gì", Accept),
            ("không biết", Other),
            ("chưa biết", Other),
            ("chưa được", Decline),
            ("có thể", Other),
            ("ngày mai 3", Other),
            // Real replies.
            ("dung", Other),
            ("huy", Other),
            ("hủy", Decline),
            ("ko sao đâu", Accept),
            ("kg", Decline),
            ("khum", Decline),
            ("dc", Accept),
            ("đc ạ", Accept),
            ("hôm khác nha", Change),
            ("tuan sau", Change),
            ("con tôi học lớp 2", Other),
            ("em có 2 đứa con", Other),
            ("ko phai so 2", Ambiguous),
            ("dạ số 3 nha cô", choose(3)),
            ("dung lai", Stop),
            ("em có việc", Decline),
            ("Dạ không, con cảm ơn cô", Decline),
            ("dạ con chọn số 2", choose(2)),
            ("Số 2 được không cô?", choose(2)),
            ("so 1 dc ko co", choose(1)),
            ("2 không được", Ambiguous),
            ("tiếp tục", Other),
            ("Thư viện Central, tầng 2", Other),
        ],
    );
}

#[test]
fn hmong_fail_safe_and_real_replies() {
    check(
        "hmn",
        &[
            // The review's misreads.
            ("CHAW", Place),
            ("lwm lub sij hawm", Change),
            ("tsis xav tau", Decline),
            ("tsis muaj teeb meem", Accept),
            ("tsis paub", Other),
            ("kuv tsis paub", Other),
            // Real replies.
            ("hloov sij hawm", Change),
            ("tso tseg", Decline),
            ("tsis yog tus 2", Ambiguous),
            ("tsis 2", Ambiguous),
            ("tej zaum", Other),
            ("kuv muaj 3 tus menyuam", Other),
            ("tus 3 os", choose(3)),
            ("yog os ua tsaug", Accept),
            ("tsis txhob xa lus tuaj", Stop),
            ("hnub no tsis tau", Other),
            ("ua tsaug, kuv xaiv 2", choose(2)),
            ("NRES", Stop),
            ("PIB", Start),
            ("3 teev tav su", Other),
            ("yog li cas", Other),
            ("kuv tau ua hauj lwm", Other),
        ],
    );
}

#[test]
fn simplified_chinese_fail_safe_and_real_replies() {
    check(
        "zh-Hans",
        &[
            // The review's misreads.
            ("是", Accept),
            ("行", Accept),
            ("行吧", Accept),
            ("不好", Decline),
            ("不知道", Other),
            ("不清楚", Other),
            ("下周", Change),
            // Real replies.
            ("我是", Other),
            ("在银行工作", Other),
            ("取消", Decline),
            ("不是2", Ambiguous),
            ("不要1，2吧", Ambiguous),
            ("我孩子上二年级", Other),
            ("我有2个孩子", Other),
            ("可能吧", Other),
            ("为什么不", Other),
            ("不错", Accept),
            ("好的，第二个", choose(2)),
            ("晚一点可以吗", Change),
            ("不要再发了", Stop),
            ("删除我的号码", Stop),
            ("ok的", Accept),
        ],
    );
}

#[test]
fn traditional_chinese_fail_safe_and_real_replies() {
    check(
        "zh-Hant",
        &[
            // The review's misreads.
            ("是", Accept),
            ("得", Accept),
            ("不知道", Other),
            ("下星期", Change),
            ("遲啲", Change),
            // Real replies.
            ("係", Accept),
            ("唔知", Other),
            ("唔好再發", Stop),
            ("取消", Decline),
            ("唔係2", Ambiguous),
            ("我個仔讀二年級", Other),
            ("我有3個孩子", Other),
            ("好呀，第一個", choose(1)),
            ("不錯", Accept),
            ("唔得呀", Decline),
            ("說不定", Other),
            ("唔該，揀2", choose(2)),
            ("聽日3點", Other),
            ("可唔可以下個禮拜", Change),
        ],
    );
}

#[test]
fn russian_fail_safe_and_real_replies() {
    check(
        "ru",
        &[
            // The review's misreads.
            ("не вопрос", Accept),
            ("не уверена", Other),
            ("почему бы и нет", Other),
            ("можно позже?", Change),
            // Real replies.
            ("не знаю", Other),
            ("нет, не 2", Ambiguous),
            ("не, второй не подходит", Ambiguous),
            ("сын во 2 классе", Other),
            ("у меня 2 ребенка", Other),
            ("отменить", Decline),
            ("отмена", Decline),
            ("занята", Decline),
            ("da", Accept),
            ("net", Decline),
            ("идёт", Accept),
            ("2 пожалуйста", choose(2)),
            ("может быть", Other),
            ("не пишите мне больше", Stop),
            ("удалите мой номер", Stop),
            ("на следующей неделе", Change),
            ("я не против", Accept),
            ("3-го числа", Other),
            ("2-й вариант", choose(2)),
        ],
    );
}

#[test]
fn ukrainian_fail_safe_and_real_replies() {
    check(
        "uk",
        &[
            // The review's misreads.
            ("скасувати", Decline),
            ("нема проблем", Accept),
            ("не впевнена", Other),
            ("пізніше", Change),
            // Real replies.
            ("чому б і ні", Other),
            ("не 2", Ambiguous),
            ("не знаю", Other),
            ("нє", Decline),
            ("зайнята", Decline),
            ("авжеж", Accept),
            ("донька в 2 класі", Other),
            ("наступного тижня", Change),
            ("не пишіть мені більше", Stop),
            ("варіант 3, дякую", choose(3)),
            ("можливо", Other),
            ("tak", Accept),
            ("ni", Decline),
        ],
    );
}

#[test]
fn arabic_fail_safe_and_real_replies() {
    check(
        "ar",
        &[
            // The review's misreads.
            ("la2", Decline),
            ("la2a", Decline),
            ("ma2dar", Decline),
            ("mish 2ader", Decline),
            ("2akid", Accept),
            ("2ader", Other),
            ("لا مشكلة", Accept),
            ("ما في مشكلة", Accept),
            ("لا يناسبني", Decline),
            ("اي", Accept),
            ("حاضر", Accept),
            // Real replies.
            ("لا 2", Ambiguous),
            ("la 2", Ambiguous),
            ("مش رقم 2", Ambiguous),
            ("لا أعرف", Other),
            ("ممكن", Other),
            ("ليش لا", Other),
            ("بعدين", Change),
            ("الاسبوع الجاي", Change),
            ("اتنين", choose(2)),
            ("ابني في الصف الثاني", Other),
            ("عندي 3 اولاد", Other),
            ("إلغاء", Decline),
            ("بس", Other),
            ("لا ترسلوا لي رسائل", Stop),
            ("ممكن 2؟", choose(2)),
            ("aywa", Accept),
            ("tamam", Accept),
        ],
    );
}

#[test]
fn punjabi_fail_safe_and_real_replies() {
    check(
        "pa",
        &[
            // The review's misreads.
            ("koi gal nahi", Accept),
            ("ਕੋਈ ਗੱਲ ਨਹੀਂ", Accept),
            ("pata nahi", Other),
            ("ਪਤਾ ਨਹੀਂ", Other),
            ("nhi", Decline),
            ("ਬਾਅਦ ਵਿੱਚ", Change),
            ("ਸੁਰੂ", Start),
            // Real replies.
            ("nhi ji", Decline),
            ("ਨਹੀਂ 2", Ambiguous),
            ("ਨਹੀਂ ਜੀ, ਨੰਬਰ 2 ਨਹੀਂ", Ambiguous),
            ("ਰੱਦ", Decline),
            ("ਮੈਸੇਜ ਨਾ ਭੇਜੋ", Stop),
            ("kyon nahi", Other),
            ("mera beta 2 jamat vich hai", Other),
            ("ਹਾਂ ਜੀ ੨", choose(2)),
            ("agle hafte", Change),
            ("shayad", Other),
            ("ok g", Accept),
            ("sat sri akal ji, 2 number theek hai", choose(2)),
            ("ਸਾਡੇ ਕੋਲ ਸਮਾਂ ਨਹੀਂ", Decline),
        ],
    );
}

#[test]
fn persian_fail_safe_and_real_replies() {
    check(
        "fa",
        &[
            // The review's misreads.
            ("چرا که نه", Other),
            ("بعدا", Change),
            ("هفته بعد", Change),
            ("اشکال نداره", Accept),
            ("bale", Accept),
            // Real replies.
            ("چرا نه", Other),
            ("نمیدونم", Other),
            ("شاید", Other),
            ("نه ۲", Ambiguous),
            ("نه، گزینه ۲ نه", Ambiguous),
            ("لغو", Decline),
            ("دیگه پیام نفرستید", Stop),
            ("ادامه", Other),
            ("پسرم کلاس ۲ است", Other),
            ("۲ تا بچه دارم", Other),
            ("pesaram kelas 2", Other),
            ("سرم شلوغه", Decline),
            ("گزینه ۳ لطفا", choose(3)),
        ],
    );
}

#[test]
fn tagalog_fail_safe_and_real_replies() {
    check(
        "tl",
        &[
            // The review's misreads.
            ("PALIT", Change),
            ("sa sabado ng 3", Other),
            ("bukas ng 3", Other),
            ("ituloy", Other),
            ("hindi ko alam", Other),
            ("di ko alam", Other),
            ("walang problema", Accept),
            // Real replies.
            ("palit po", Change),
            ("cge po", Accept),
            ("hndi po", Decline),
            ("hindi yung 2", Ambiguous),
            ("hindi po 2", Ambiguous),
            ("kanselahin", Decline),
            ("wag nyo na ako i-text", Stop),
            ("yung ika-2 po", choose(2)),
            ("2 anak ko", Other),
            ("bakit hindi", Other),
            ("siguro", Other),
            ("mamaya na lang", Change),
            ("may game ang anak ko", Other),
        ],
    );
}

#[test]
fn opt_out_by_any_reasonable_means_in_every_language() {
    // The keywords, whole message, in every locale.
    for language in LOCALES {
        check(
            language,
            &[
                ("STOP", Stop),
                ("STOPALL", Stop),
                ("END", Stop),
                ("QUIT", Stop),
                ("UNSUBSCRIBE", Stop),
                ("REVOKE", Stop),
                ("OPT OUT", Stop),
                ("opt-out", Stop),
                ("CANCEL", Stop),
                ("Stop!!", Stop),
                // Words that merely contain or resemble a stop word.
                ("stop by at 5", Other),
                ("Stopford", Other),
                ("ending at 3", Other),
            ],
        );
    }
    // Plain-language requests, and the locale's own words.
    let sentences: &[(&str, &[&str])] = &[
        (
            "en",
            &[
                "please stop texting me",
                "no more messages please",
                "remove my number",
                "don't text me",
                "I don't want these texts anymore",
                "take me off your list",
                "stop contacting me",
            ],
        ),
        (
            "es",
            &[
                "ALTO",
                "ya no me manden mensajes",
                "no me manden más mensajes por favor",
                "quiero darme de baja",
                "no me manden mas msj",
                "borren mi numero",
            ],
        ),
        (
            "vi",
            &[
                "DỪNG",
                "đừng nhắn tin cho tôi nữa",
                "dung nhan tin nua",
                "huy dang ky",
                "ngừng gửi tin nhắn",
                "xóa số của tôi",
            ],
        ),
        ("hmn", &["NRES", "tsum xa xov", "tsis txhob xa lus tuaj"]),
        (
            "zh-Hans",
            &["停止", "退订", "TD", "不要再发了", "删除我的号码"],
        ),
        ("zh-Hant", &["停止", "退訂", "唔好再發", "刪除我的號碼"]),
        (
            "ru",
            &[
                "СТОП",
                "не пишите мне больше",
                "удалите мой номер",
                "отпишите меня",
            ],
        ),
        (
            "uk",
            &["СТОП", "не пишіть мені більше", "видаліть мій номер"],
        ),
        (
            "ar",
            &["توقف", "لا ترسلوا لي رسائل", "احذفوا رقمي", "وقفوا الرسائل"],
        ),
        (
            "pa",
            &[
                "ਰੋਕੋ",
                "ਮੈਸੇਜ ਨਾ ਭੇਜੋ",
                "message band karo",
                "band karo ji",
                "ਮੇਰਾ ਨੰਬਰ ਹਟਾਓ",
            ],
        ),
        ("fa", &["توقف", "دیگه پیام نفرستید", "شماره مرا حذف کنید"]),
        (
            "tl",
            &[
                "TIGIL",
                "wag nyo na ako i-text",
                "tanggalin ang number ko",
                "tama na po",
            ],
        ),
    ];
    for (language, replies) in sentences {
        let cases: Vec<(&str, Intent)> = replies.iter().map(|r| (*r, Stop)).collect();
        check(language, &cases);
    }
}

#[test]
fn the_coordinator_hears_of_stops_read_from_a_sentence_not_keywords() {
    let read = |reply: &str, language: &str| {
        let tag = LanguageTag::parse(language).unwrap();
        (
            understand_reply(reply, &tag, 3),
            stop_by_sentence(reply, &tag),
        )
    };
    for (reply, language) in [
        ("STOP", "en"),
        ("stop.", "en"),
        ("unsubscribe", "es"),
        ("ALTO", "es"),
        ("DỪNG", "vi"),
        ("停止", "zh-Hans"),
    ] {
        let (outcome, by_sentence) = read(reply, language);
        assert_eq!(outcome.intent, Stop, "{reply}");
        assert!(
            !by_sentence && !outcome.stop_by_sentence,
            "{reply} is a keyword"
        );
    }
    for (reply, language) in [
        ("please stop texting me", "en"),
        ("Stop please", "en"),
        ("no me manden mensajes", "es"),
        ("đừng nhắn tin nữa", "vi"),
        ("不要再发了", "zh-Hans"),
    ] {
        let (outcome, by_sentence) = read(reply, language);
        assert_eq!(outcome.intent, Stop, "{reply}");
        assert!(
            by_sentence && outcome.stop_by_sentence,
            "{reply} is a sentence"
        );
    }
    for (reply, language) in [("yes", "en"), ("2", "en"), ("stop by at 5", "en")] {
        assert!(!read(reply, language).1, "{reply} is no stop at all");
    }
}

#[test]
fn only_start_words_opt_back_in_never_a_yes_or_thanks() {
    for language in LOCALES {
        check(language, &[("START", Start), ("UNSTOP", Start)]);
        let tag = LanguageTag::parse(language).unwrap();
        for reply in [
            "yes",
            "YES",
            "ok",
            "okay",
            "thanks",
            "thank you",
            "👍",
            "sure",
            "y",
        ] {
            assert_ne!(understand(reply, &tag, 3), Start, "{language}: {reply}");
        }
    }
    check(
        "es",
        &[("INICIAR", Start), ("si", Accept), ("gracias", Other)],
    );
    check(
        "vi",
        &[("BẮT ĐẦU", Start), ("có", Accept), ("tiếp tục", Other)],
    );
    check(
        "tl",
        &[("simulan", Start), ("ituloy", Other), ("oo", Accept)],
    );
    check("fa", &[("شروع", Start), ("ادامه", Other), ("بله", Accept)]);
    check(
        "zh-Hans",
        &[("开始", Start), ("好", Accept), ("谢谢", Other)],
    );
}

/// The `# reply-words:` header of a `main.ftl`: intent name → the words our texts ask for.
fn reply_words(tag: &str) -> Vec<(String, String)> {
    let path = format!("{}/locales/{tag}/main.ftl", env!("CARGO_MANIFEST_DIR"));
    let source = std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
    let header = source
        .lines()
        .find_map(|line| line.strip_prefix("# reply-words:"))
        .unwrap_or_else(|| panic!("{path} has no # reply-words: line"));
    // "yes=CÓ change=ĐỔI … place=ĐỊA ĐIỂM": a word may hold spaces, so split on "key=".
    let mut words: Vec<(String, String)> = Vec::new();
    for piece in header.split_whitespace() {
        match piece.split_once('=') {
            Some((key, word)) if key.chars().all(|c| c.is_ascii_lowercase()) => {
                words.push((key.to_string(), word.to_string()))
            }
            _ => match words.last_mut() {
                Some((_, word)) => {
                    word.push(' ');
                    word.push_str(piece);
                }
                None => panic!("{path}: reply-words starts with {piece:?}"),
            },
        }
    }
    words
}

#[test]
fn every_reply_word_a_text_asks_for_is_understood() {
    let dir = format!("{}/locales", env!("CARGO_MANIFEST_DIR"));
    let mut tags: Vec<String> = std::fs::read_dir(&dir)
        .unwrap()
        .filter_map(|entry| entry.ok())
        .filter(|entry| entry.path().join("main.ftl").is_file())
        .map(|entry| entry.file_name().to_string_lossy().into_owned())
        .collect();
    tags.sort();
    assert!(tags.len() >= LOCALES.len(), "{tags:?}");
    let mut failures = Vec::new();
    for tag in &tags {
        let language = LanguageTag::parse(tag).unwrap_or_else(|e| panic!("{tag}: {e}"));
        for (key, words) in reply_words(tag) {
            let expected = match key.as_str() {
                "yes" => Accept,
                "change" => Change,
                "decline" | "no" => Decline,
                "place" => Place,
                "stop" => Stop,
                "start" => Start,
                "help" => Help,
                other => panic!("{tag}: reply-words key {other:?}: which intent is it?"),
            };
            // "是/好", quoted «لا» or "ਨਹੀਂ": each alternative, quotes dropped.
            for word in words.split('/') {
                let word = word.trim_matches(|c: char| "\"'«»“”„「」『』".contains(c));
                for written in [word.to_string(), word.to_lowercase()] {
                    let got = understand(&written, &language, 3);
                    if got != expected {
                        failures.push(format!("{tag}: {key}={written:?} is {got:?}"));
                    }
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_cli_reads_a_file_of_replies() {
    let dir = std::env::temp_dir().join(format!("homevisit-understand-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let good = dir.join("replies.tsv");
    std::fs::write(
        &good,
        "language\treply\nes\tel 2 por favor\nvi\tĐúng\n# comment\n\nen\tplease stop texting me\n",
    )
    .unwrap();
    let run = |args: &[&str]| {
        std::process::Command::new(env!("CARGO_BIN_EXE_homevisit"))
            .args(args)
            .output()
            .unwrap()
    };
    let out = run(&["understand", "--file", good.to_str().unwrap()]);
    assert!(
        out.status.success(),
        "{}",
        String::from_utf8_lossy(&out.stderr)
    );
    let lines: Vec<serde_json::Value> = String::from_utf8(out.stdout)
        .unwrap()
        .lines()
        .map(|l| serde_json::from_str(l).unwrap())
        .collect();
    assert_eq!(
        lines,
        vec![
            serde_json::json!({"language": "es", "text": "el 2 por favor", "intent": "choose", "choice": 2}),
            serde_json::json!({"language": "vi", "text": "Đúng", "intent": "accept"}),
            serde_json::json!({"language": "en", "text": "please stop texting me", "intent": "stop"}),
        ]
    );

    let bad = dir.join("bad.tsv");
    std::fs::write(&bad, "es\tsi\nes si without a tab\n!!\tyes\n").unwrap();
    let out = run(&["understand", "--file", bad.to_str().unwrap()]);
    assert!(!out.status.success());
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.contains("line 2"), "{stderr}");
    assert!(stderr.contains("line 3"), "{stderr}");
    assert!(
        out.stdout.is_empty(),
        "nothing is printed from a file with mistakes"
    );

    let out = run(&["understand", "--language", "es", "el 2"]);
    assert!(out.status.success());
    assert_eq!(
        String::from_utf8(out.stdout).unwrap().trim(),
        r#"{"intent":"choose","choice":2}"#
    );
    std::fs::remove_dir_all(&dir).ok();
}

/// Per locale: words that negate, and filler that may stand between a negation and a number.
const NEGATIONS: &[(&str, &[&str], &[&str])] = &[
    (
        "en",
        &[
            "not",
            "no",
            "don't",
            "won't",
            "not the",
            "anything but",
            "except",
            "never",
        ],
        &[
            "the", "option", "number", "really", "#", "one", "please", "at all,", "maybe",
        ],
    ),
    (
        "es",
        &[
            "no",
            "no la",
            "no el",
            "menos",
            "excepto",
            "ni",
            "no quiero",
        ],
        &[
            "la",
            "el",
            "opción",
            "numero",
            "por favor",
            "hora",
            "de verdad",
            "es",
        ],
    ),
    (
        "vi",
        &[
            "không",
            "không phải",
            "ko phai",
            "k phải",
            "trừ",
            "không chọn",
        ],
        &["số", "cái", "là", "ạ", "cô", "lựa chọn", "giờ"],
    ),
    (
        "hmn",
        &["tsis", "tsis yog", "tsis yog tus", "tsis kam"],
        &["tus", "lub", "naj npawb", "os", "xaiv"],
    ),
    (
        "zh-Hans",
        &["不", "不要", "不是", "除了", "不选"],
        &["第", "号", "个", "选项", "的", "吧"],
    ),
    (
        "zh-Hant",
        &["不", "唔要", "唔係", "不是"],
        &["第", "號", "個", "選項"],
    ),
    (
        "ru",
        &["не", "нет", "кроме", "только не"],
        &["вариант", "номер", "пожалуйста", "это"],
    ),
    (
        "uk",
        &["не", "ні", "крім", "тільки не"],
        &["варіант", "номер", "будь ласка"],
    ),
    (
        "ar",
        &["لا", "مش", "ليس", "غير", "la", "mish", "ما عدا"],
        &["رقم", "الخيار", "من فضلك", "يا", "الموعد"],
    ),
    (
        "pa",
        &["ਨਹੀਂ", "ਨਾ", "nahi", "nhi", "ਸਿਵਾਏ"],
        &["ਨੰਬਰ", "ਜੀ", "ਵਾਲਾ", "number", "ji"],
    ),
    (
        "fa",
        &["نه", "به جز", "غیر از", "نمیخوام"],
        &["گزینه", "شماره", "لطفا", "را"],
    ),
    (
        "tl",
        &["hindi", "di", "hindi yung", "wag yung", "huwag", "ayoko"],
        &["po", "yung", "numero", "ang", "na"],
    ),
];

/// Per locale: sentences where a number is a time, a grade, an age or a count ("{n}").
const NOT_OPTIONS: &[(&str, &[&str])] = &[
    (
        "en",
        &[
            "{n} kids",
            "at {n}",
            "{n}pm",
            "{n} pm",
            "{n}:30",
            "grade {n}",
            "{n} years old",
            "after {n}",
            "around {n} ok",
            "{n} o'clock",
            "she is {n}",
            "I have {n} children",
            "my son is in grade {n}",
            "tomorrow {n}",
        ],
    ),
    (
        "es",
        &[
            "a las {n}",
            "grado {n}",
            "tengo {n} hijos",
            "{n} niños",
            "después de las {n}",
            "si, a las {n}",
        ],
    ),
    (
        "vi",
        &[
            "lúc {n} giờ",
            "{n} giờ",
            "lớp {n}",
            "{n} đứa con",
            "ngày mai {n}",
            "thứ {n}",
            "{n}h chiều",
        ],
    ),
    (
        "hmn",
        &["{n} teev", "{n} tus menyuam", "qib {n}", "tag kis {n} teev"],
    ),
    (
        "zh-Hans",
        &[
            "{n}点",
            "下午{n}点",
            "{n}个孩子",
            "{n}年级",
            "明天{n}点可以",
        ],
    ),
    ("zh-Hant", &["{n}點", "{n}個孩子", "{n}年級", "下午{n}點好"]),
    (
        "ru",
        &[
            "в {n}",
            "{n} часа",
            "{n} класс",
            "{n} детей",
            "после {n}",
            "да, в {n}",
        ],
    ),
    ("uk", &["о {n}", "{n} клас", "{n} дітей", "після {n}"]),
    (
        "ar",
        &[
            "الساعة {n}",
            "{n} اطفال",
            "الصف {n}",
            "بعد {n}",
            "نعم الساعة {n}",
        ],
    ),
    ("pa", &["{n} ਵਜੇ", "{n} ਬੱਚੇ", "{n} vaje", "ਜਮਾਤ {n}"]),
    ("fa", &["ساعت {n}", "{n} تا بچه", "کلاس {n}", "بله ساعت {n}"]),
    (
        "tl",
        &[
            "alas {n}",
            "bukas ng {n}",
            "sa sabado ng {n}",
            "{n} anak",
            "grade {n}",
            "mga {n} ng hapon",
        ],
    ),
];

/// Per locale: "I don't know", "maybe", "why not".
const UNSURE: &[(&str, &[&str])] = &[
    (
        "en",
        &["I don't know", "not sure", "maybe", "why not", "idk"],
    ),
    (
        "es",
        &[
            "no sé",
            "no estoy segura",
            "tal vez",
            "por qué no",
            "a lo mejor",
        ],
    ),
    ("vi", &["không biết", "chưa biết", "có thể", "không chắc"]),
    ("hmn", &["tsis paub", "kuv tsis paub", "tej zaum"]),
    ("zh-Hans", &["不知道", "不清楚", "可能", "为什么不"]),
    ("zh-Hant", &["不知道", "唔知", "可能"]),
    (
        "ru",
        &["не знаю", "не уверена", "может быть", "почему бы и нет"],
    ),
    ("uk", &["не знаю", "не впевнена", "можливо", "чому б і ні"]),
    ("ar", &["لا أعرف", "ما بعرف", "يمكن", "ليش لا"]),
    ("pa", &["pata nahi", "ਪਤਾ ਨਹੀਂ", "shayad", "kyon nahi"]),
    ("fa", &["نمیدونم", "شاید", "چرا که نه", "مطمئن نیستم"]),
    (
        "tl",
        &["hindi ko alam", "di ko alam", "siguro", "bakit hindi"],
    ),
];

fn digit(n: u32, zero: char) -> char {
    char::from_u32(zero as u32 + n).unwrap()
}

fn is_choice(intent: Intent) -> bool {
    matches!(intent, Intent::Choose { .. })
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    /// "not 2", "no la opción 2", "không phải số 1", "لا رقم ٢": never a booking, whatever
    /// filler stands between the negation and the number, in any script's digits.
    #[test]
    fn a_negation_before_a_number_is_never_a_choice(
        (language, negation, between, after) in prop::sample::select(NEGATIONS).prop_flat_map(
            |(language, negations, fillers)| (
                Just(language),
                prop::sample::select(negations),
                prop::collection::vec(prop::sample::select(fillers), 0..3),
                prop::collection::vec(prop::sample::select(fillers), 0..2),
            )
        ),
        (n, zero) in digit_in_any_script(),
    ) {
        let reply = format!("{negation} {} {} {}", between.join(" "), digit(n, zero), after.join(" "));
        let intent = understand(&reply, &LanguageTag::parse(language).unwrap(), 3);
        prop_assert!(!is_choice(intent), "{} {:?} → {:?}", language, reply, intent);
    }

    /// Arabizi and shorthand ("la2", "b4", "2ader", "w8"): a digit inside a Latin word is
    /// never an option, whatever yes-words surround it.
    #[test]
    fn a_digit_inside_a_word_is_never_a_choice(
        before in "[a-z]{1,4}",
        after in "[a-z]{0,4}",
        (n, _) in digit_in_any_script(),
        glue_before in any::<bool>(),
        yes in prop::sample::select(vec!["", "yes", "ok", "si", "aywa", "oo po", "có"]),
        language in prop::sample::select(vec!["en", "es", "vi", "ar", "tl", "fa"]),
    ) {
        const OPTION_PREFIXES: &[&str] = &["option", "opcion", "opt", "number", "num", "numero", "nro", "nr", "choice"];
        const ORDINAL_SUFFIXES: &[&str] = &["st", "nd", "rd", "th", "do", "da", "ro", "ra", "er", "re", "o", "a", "e", "eme", "me"];
        let word = if glue_before {
            prop_assume!(!OPTION_PREFIXES.contains(&before.as_str()));
            format!("{before}{n}{after}")
        } else {
            prop_assume!(!after.is_empty() && !ORDINAL_SUFFIXES.contains(&after.as_str()));
            format!("{n}{after}")
        };
        let reply = format!("{yes} {word}");
        let intent = understand(&reply, &LanguageTag::parse(language).unwrap(), 3);
        prop_assert!(!is_choice(intent), "{} {:?} → {:?}", language, reply, intent);
    }

    /// "at 3", "3 kids", "grade 2", "a las 3", "3点", "lớp 2": a time, grade, age or count is
    /// never an option.
    #[test]
    fn a_time_grade_or_count_is_never_a_choice(
        (language, template) in prop::sample::select(NOT_OPTIONS).prop_flat_map(
            |(language, templates)| (Just(language), prop::sample::select(templates))
        ),
        (n, zero) in digit_in_any_script(),
        polite in prop::sample::select(vec!["", " please", " 👍", "!"]),
    ) {
        let reply = format!("{}{polite}", template.replace("{n}", &digit(n, zero).to_string()));
        let intent = understand(&reply, &LanguageTag::parse(language).unwrap(), 3);
        prop_assert!(!is_choice(intent), "{} {:?} → {:?}", language, reply, intent);
    }

    /// "maybe 2", "no sé, el 2", "不知道，2": asked again, never booked; alone, a person reads it.
    #[test]
    fn unsure_replies_are_never_a_choice_decline_or_stop(
        (language, unsure) in prop::sample::select(UNSURE).prop_flat_map(
            |(language, words)| (Just(language), prop::sample::select(words))
        ),
        (n, zero) in digit_in_any_script(),
        with_number in any::<bool>(),
    ) {
        let reply = if with_number { format!("{unsure}, {}", digit(n, zero)) } else { unsure.to_string() };
        let intent = understand(&reply, &LanguageTag::parse(language).unwrap(), 3);
        let expected = if with_number { Ambiguous } else { Other };
        prop_assert_eq!(intent, expected, "{} {:?}", language, reply);
    }

    /// A word that merely contains a stop word ("Stopford", "backstop", "ending") never opts a
    /// family out; nor does a Vietnamese name typed without accents.
    #[test]
    fn a_word_containing_a_stop_word_is_never_a_stop(
        before in "[a-z]{0,3}",
        after in "[a-z]{0,3}",
        stop in prop::sample::select(vec!["stop", "end", "quit", "cancel", "alto", "dung", "huy", "tigil"]),
        language in prop::sample::select(LOCALES),
    ) {
        prop_assume!(!before.is_empty() || !after.is_empty());
        let reply = format!("{before}{stop}{after}");
        let intent = understand(&reply, &LanguageTag::parse(language).unwrap(), 3);
        // Real keywords of their own: STOPALL, Tagalog "itigil" (stop); and a shouted one,
        // "STOPPP" or "itigill", is a stop.
        let squeeze = |s: &str| {
            let mut out: Vec<char> = s.chars().collect();
            out.dedup();
            out
        };
        prop_assume!(
            !["stopall", "itigil", stop]
                .iter()
                .any(|keyword| squeeze(&reply) == squeeze(keyword))
        );
        prop_assert_ne!(intent, Stop, "{} {:?}", language, reply);
    }
}

/// Found by the property above (a CI run, 2026-12-06): "itigill" is the Tagalog keyword
/// "itigil" typed with a letter held down, and a stop, as "STOPPP" is.
#[test]
fn a_keyword_with_a_letter_held_down_is_still_a_stop() {
    assert_eq!(
        understand("itigill", &LanguageTag::parse("tl").unwrap(), 3),
        Stop
    );
    assert_eq!(
        understand("STOPPP", &LanguageTag::parse("en").unwrap(), 3),
        Stop
    );
}
