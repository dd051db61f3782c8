//! Any reply, in any of the locales' languages, to an offer of 0–5 options: `understand`
//! never panics, never reads a choice of 0 or beyond max(offered, 9), and a reply read as a stop by
//! sentence is a stop. The segment counter never panics and never counts zero parts for text.
#![no_main]

use homevisit::conversation::understand::{Intent, stop_by_sentence, understand};
use homevisit::domain::language::LanguageTag;
use homevisit::i18n::segments;
use libfuzzer_sys::fuzz_target;

const LANGUAGES: [&str; 20] = [
    "en", "es", "vi", "zh-Hans", "zh-Hant", "ar", "ru", "hmn", "tl", "uk", "fa", "pt", "ht", "so",
    "ko", "fr", "ps", "prs", "sw", "ja",
];

fuzz_target!(|data: &[u8]| {
    let Some((&head, rest)) = data.split_first() else {
        return;
    };
    let Ok(reply) = std::str::from_utf8(rest) else {
        return;
    };
    let language = LANGUAGES[usize::from(head) % LANGUAGES.len()];
    let offered = usize::from(head >> 5) % 6;
    let Ok(tag) = LanguageTag::parse(language) else {
        return;
    };
    let intent = understand(reply, &tag, offered);
    // A number from 1 to max(offered, 9) is a choice (the machine refuses one beyond the
    // offer); never 0, never a larger number.
    if let Intent::Choose { choice } = intent {
        assert!(
            choice >= 1 && choice as usize <= offered.max(9),
            "{reply:?} in {language} read as choice {choice} of {offered}"
        );
    }
    if stop_by_sentence(reply, &tag) {
        assert_eq!(intent, Intent::Stop, "{reply:?} in {language}");
    }
    let parts = segments::count(reply).parts;
    assert!(reply.is_empty() || parts >= 1, "{reply:?}: {parts} parts");
});
