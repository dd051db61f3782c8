//! Replies in the eight languages added for newcomer families (pt, ht, so, ko, fr, ps, prs,
//! sw), written the way families text: no accents, SMS spellings, Latin-script Pashto and Dari,
//! digits of their own script. Each table answers an invitation with three options. Then: every
//! word a locale's texts tell a family to send (its `# reply-words:` header) is understood with
//! the right intent, and appears in the texts as written.

use homevisit::conversation::understand::lexicon_problems;
use homevisit::conversation::{Intent, understand};
use homevisit::domain::LanguageTag;

use Intent::{Accept, Ambiguous, Change, Decline, Help, Other, Place, Start, Stop};

const NEW_LOCALES: &[&str] = &["pt", "ht", "so", "ko", "fr", "ps", "prs", "sw"];

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
fn portuguese_replies() {
    check(
        "pt-BR",
        &[
            ("Sim", Accept),
            ("sim, pode ser", Accept),
            ("claro que sim!", Accept),
            ("blz", Accept),
            ("tá bom", Accept),
            ("ta bom obrigada", Accept),
            ("não tem problema", Accept),
            ("2", choose(2)),
            ("o 2 por favor", choose(2)),
            ("Opção 3", choose(3)),
            ("a primeira opção", choose(1)),
            ("sim o 1", choose(1)),
            ("nao", Decline),
            ("Não, obrigada", Decline),
            ("nao posso, estou ocupada", Decline),
            ("desmarcar", Decline),
            ("não sei ainda", Other),
            ("mudar", Change),
            ("outro dia por favor", Change),
            ("pode ser na biblioteca?", Place),
            ("segunda às 3", Other),
            ("tenho 3 filhos", Other),
            ("1 ou 2", Ambiguous),
            ("não o 1", Ambiguous),
            ("PARAR", Stop),
            ("parem de mandar mensagens", Stop),
            ("VOLTAR", Start),
            ("ajuda", Help),
        ],
    );
}

#[test]
fn haitian_creole_replies() {
    check(
        "ht",
        &[
            ("Wi", Accept),
            ("wi mesi", Accept),
            ("Dakò", Accept),
            ("dako", Accept),
            ("oke", Accept),
            ("pa gen pwoblem", Accept),
            ("2", choose(2)),
            ("nimewo 3 souple", choose(3)),
            ("wi 1", choose(1)),
            ("premye a", choose(1)),
            ("Non", Decline),
            ("non mesi", Decline),
            ("m pa kapab", Decline),
            ("mpa vle", Decline),
            ("anile", Decline),
            ("m pa konnen", Other),
            ("chanje le a", Change),
            ("yon lot jou", Change),
            ("lot kote", Place),
            ("demen a 3è", Other),
            ("mwen gen 3 timoun", Other),
            ("pa 1", Ambiguous),
            ("KANPE", Stop),
            ("pa voye mesaj anko", Stop),
            ("komanse", Start),
            ("ED", Help),
        ],
    );
}

#[test]
fn somali_replies() {
    check(
        "so",
        &[
            ("Haa", Accept),
            ("haa mahadsanid", Accept),
            ("waa hagaag", Accept),
            ("dhib malaha", Accept),
            ("ok", Accept),
            ("2", choose(2)),
            ("haa 3", choose(3)),
            ("midka koowaad", choose(1)),
            ("labaad", choose(2)),
            ("Maya", Decline),
            ("maya mahadsanid", Decline),
            ("ma awoodo", Decline),
            ("mashquul baan ahay", Decline),
            ("baaji", Decline),
            ("2 maaha", Ambiguous),
            ("ma garanayo", Other),
            ("inshallah", Other),
            ("beddel", Change),
            ("waqti kale fadlan", Change),
            ("meel kale", Place),
            ("berri saacadda 3", Other),
            ("3 carruur ah ayaan leeyahay", Other),
            ("JOOJI", Stop),
            ("fariimo ha ii soo dirin", Stop),
            ("bilow", Start),
            ("caawi", Help),
        ],
    );
}

#[test]
fn korean_replies() {
    check(
        "ko",
        &[
            ("네", Accept),
            ("넵", Accept),
            ("네 좋아요", Accept),
            ("ㅇㅇ", Accept),
            ("알겠습니다", Accept),
            ("2", choose(2)),
            ("2번", choose(2)),
            ("2번이요", choose(2)),
            ("1번으로 할게요", choose(1)),
            ("네 3번 부탁드립니다", choose(3)),
            ("첫 번째", choose(1)),
            ("두 번째 시간이요", choose(2)),
            ("아니요", Decline),
            ("아니요 괜찮습니다", Decline),
            ("ㄴㄴ", Decline),
            ("시간이 없어요", Decline),
            ("1번 말고", Ambiguous),
            ("1번이나 2번", Ambiguous),
            ("괜찮아요", Other),
            ("잘 모르겠어요", Other),
            ("변경", Change),
            ("다른 날 가능할까요", Change),
            ("도서관에서 만나요", Place),
            ("오후 3시", Other),
            ("아이가 2명이에요", Other),
            ("중지", Stop),
            ("문자 그만 보내 주세요", Stop),
            ("시작", Start),
            ("도움말", Help),
        ],
    );
}

#[test]
fn french_replies() {
    check(
        "fr",
        &[
            ("Oui", Accept),
            ("ouais", Accept),
            ("d'accord", Accept),
            ("ok merci", Accept),
            ("pas de souci", Accept),
            ("2", choose(2)),
            ("le 2 svp", choose(2)),
            ("oui le 3", choose(3)),
            ("la deuxième", choose(2)),
            ("Non", Decline),
            ("non merci", Decline),
            ("je ne peux pas", Decline),
            ("annuler la visite", Decline),
            ("pas le 1", Ambiguous),
            ("je sais pas", Other),
            ("peut-être", Other),
            ("changer", Change),
            ("un autre jour svp", Change),
            ("plutôt à la bibliothèque", Place),
            ("à 3h", Other),
            ("j'ai 3 enfants", Other),
            ("STOP", Stop),
            ("arrêtez de m'envoyer des messages", Stop),
            ("REPRENDRE", Start),
            ("aide", Help),
        ],
    );
}

#[test]
fn pashto_replies() {
    check(
        "ps",
        &[
            ("هو", Accept),
            ("هوکې", Accept),
            ("هوکی مننه", Accept),
            ("ښه", Accept),
            ("ho", Accept),
            ("۲", choose(2)),
            ("٣", choose(3)),
            ("2", choose(2)),
            ("هو ۱", choose(1)),
            ("لومړی وخت", choose(1)),
            ("نه", Decline),
            ("نه مننه", Decline),
            ("na", Decline),
            ("وخت نه لرم", Decline),
            ("نه ۲", Ambiguous),
            ("نه پوهیږم", Other),
            ("بدلون", Change),
            ("bal wakht", Change),
            ("بل ځای", Place),
            ("سبا ۳ بجې", Other),
            ("بند", Stop),
            ("پیغام مه لیږئ", Stop),
            ("شروع", Start),
            ("مرسته", Help),
        ],
    );
}

#[test]
fn dari_replies() {
    check(
        "prs",
        &[
            ("بلی", Accept),
            ("بلی صاحب", Accept),
            ("خوب است", Accept),
            ("پروا ندارد", Accept),
            ("bale", Accept),
            ("هو", Accept),
            ("۳", choose(3)),
            ("٢", choose(2)),
            ("بلی ۱", choose(1)),
            ("وقت اول", choose(1)),
            ("نه", Decline),
            ("نخیر", Decline),
            ("نمیتانم", Decline),
            ("na tashakor", Decline),
            ("غیر از ۲", Ambiguous),
            ("نمیدانم", Other),
            ("تغییر", Change),
            ("یک روز دیگر", Change),
            ("در کتابخانه", Place),
            ("فردا ساعت ۳", Other),
            ("توقف", Stop),
            ("دیگر پیام نفرستید", Stop),
            ("شروع", Start),
            ("کمک", Help),
        ],
    );
}

#[test]
fn swahili_replies() {
    check(
        "sw",
        &[
            ("Ndiyo", Accept),
            ("ndio", Accept),
            ("sawa", Accept),
            ("poa", Accept),
            ("hakuna shida", Accept),
            ("2", choose(2)),
            ("namba 3 tafadhali", choose(3)),
            ("ndiyo 1", choose(1)),
            ("chaguo la pili", choose(2)),
            ("Hapana", Decline),
            ("hapana asante", Decline),
            ("siwezi", Decline),
            ("sina muda", Decline),
            ("sio 2", Ambiguous),
            ("sijui", Other),
            ("badili", Change),
            ("siku nyingine", Change),
            ("tukutane maktaba", Place),
            ("kesho saa 4", Other),
            ("nina watoto 3", Other),
            ("SITISHA", Stop),
            ("usinitumie ujumbe", Stop),
            ("anza", Start),
            ("msaada", Help),
        ],
    );
}

/// The eight files parse and define every list.
#[test]
fn every_new_reply_file_is_complete() {
    let problems: Vec<String> = lexicon_problems()
        .into_iter()
        .filter(|p| NEW_LOCALES.iter().any(|l| p.starts_with(&format!("{l}:"))))
        .collect();
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

fn main_ftl(locale: &str) -> String {
    let path = format!("{}/locales/{locale}/main.ftl", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(&path).expect("main.ftl exists")
}

/// `(key, word)` pairs of a `main.ftl`'s `# reply-words:` header line.
fn reply_words(locale: &str) -> Vec<(String, String)> {
    let source = main_ftl(locale);
    let line = source
        .lines()
        .take_while(|l| l.starts_with('#'))
        .find_map(|l| l.strip_prefix("# reply-words:"))
        .unwrap_or_else(|| panic!("{locale}: no reply-words header"));
    line.split_whitespace()
        .map(|pair| {
            let (key, word) = pair
                .split_once('=')
                .unwrap_or_else(|| panic!("{locale}: {pair:?} is not key=WORD"));
            (key.to_string(), word.to_string())
        })
        .collect()
}

fn intent_of_key(key: &str) -> Intent {
    match key {
        "yes" => Accept,
        "change" => Change,
        "decline" => Decline,
        "place" => Place,
        "stop" => Stop,
        "start" => Start,
        "help" => Help,
        other => panic!("unknown reply-words key {other}"),
    }
}

/// Every word our texts ask a family to send is understood as what the text says it does,
/// as written, in lower case, and without accents (how a phone without them types it).
#[test]
fn every_reply_word_of_the_new_locales_is_understood() {
    let mut failures = Vec::new();
    for locale in NEW_LOCALES {
        let tag = LanguageTag::parse(locale).expect("shipped");
        let words = reply_words(locale);
        assert_eq!(words.len(), 7, "{locale}: {words:?}");
        for (key, word) in words {
            let expected = intent_of_key(&key);
            let plain: String = word
                .to_lowercase()
                .replace(['à', 'â'], "a")
                .replace(['é', 'è', 'ê'], "e")
                .replace('ò', "o")
                .replace('ã', "a");
            for reply in [word.clone(), word.to_lowercase(), plain] {
                let got = understand(&reply, &tag, 3);
                if got != expected {
                    failures.push(format!("{locale} {key}={reply}: {got:?}"));
                }
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// The header lists what the texts really say: each word a family is told to send (yes,
/// change, no, stop, start) appears in that locale's messages as written.
#[test]
fn the_reply_words_header_matches_the_texts() {
    let mut failures = Vec::new();
    for locale in NEW_LOCALES {
        let source = main_ftl(locale);
        let body: String = source
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect::<Vec<_>>()
            .join("\n");
        for (key, word) in reply_words(locale) {
            if ["yes", "change", "decline", "stop", "start"].contains(&key.as_str())
                && !body.contains(&word)
            {
                failures.push(format!("{locale}: {key}={word} is in no message"));
            }
        }
    }
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

/// A family echoing the word our own text uses for cancelling a visit declines it; it never
/// stops every text (the uk "скасувати" mistake of the review).
#[test]
fn the_cancel_words_of_our_texts_decline_and_never_opt_out() {
    check("pt", &[("desmarcar", Decline)]);
    check("ht", &[("anile", Decline)]);
    check("so", &[("baaji", Decline)]);
    check("ko", &[("취소", Decline)]);
    check("fr", &[("annuler", Decline)]);
    check("sw", &[("ghairi", Decline)]);
    check("prs", &[("منسوخ", Decline)]);
    check("ps", &[("لغوه", Decline)]);
}

/// "acha"/"accha" is "OK" in romanised Hindi, Urdu and Punjabi: a Punjabi family typing it must
/// not be opted out by a Swahili stop word, nor a Swahili family who writes "acha" alone.
#[test]
fn no_new_opt_out_word_is_a_common_yes_elsewhere() {
    check("pa", &[("acha", Other), ("sawa", Other)]);
    check("sw", &[("acha", Other)]);
    check(
        "en",
        &[
            ("kanpe", Stop),
            ("jooji", Stop),
            ("sitisha", Stop),
            ("중지", Stop),
        ],
    );
}

/// "بس" is "just", "but" or "enough" in Arabic, Persian and Pashto: alone it is not an opt-out,
/// so neither Pashto nor Dari lists it; their own stop words still stop.
#[test]
fn pashto_and_dari_opt_out_words_are_not_everyday_words() {
    check("ps", &[("بند", Stop), ("ودروئ", Stop)]);
    check("prs", &[("توقف", Stop), ("بند", Stop)]);
    check("ar", &[("بند", Stop)]);
}
