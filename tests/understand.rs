//! How families' replies are understood, language by language, written the way families
//! actually text: typos, no accents, English mixed in, emoji, digits of their own script.
//! Each table is one locale; every reply answers an invitation with three options.

use homevisit::conversation::understand::{DIGIT_ZEROS, lexicon_problems};
use homevisit::conversation::{Intent, understand};
use homevisit::domain::LanguageTag;
use proptest::prelude::*;

use Intent::{Accept, Ambiguous, Change, Decline, Help, Other, Place, Start, Stop};

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
            ("3pm works", Accept),
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
