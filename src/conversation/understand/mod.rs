//! What a family's reply means: reply text + their language + how many options they were
//! offered → an [`Intent`]. Pure: no I/O, no state. What each intent then does is the state
//! machine's business (`CONVERSATION.md`).
//!
//! # How a reply is read
//! 1. **Fold** (`fold`): NFKC, digits of every script to ASCII (`digits`), lower case, Arabic and
//!    Persian spellings unified, apostrophes and invisible characters dropped.
//! 2. **Tokenize** (`tokens`): words, numbers, emoji, punctuation; one token per Chinese
//!    character.
//! 3. **Whole-message keywords first**: the whole message (punctuation ignored) equal to an
//!    opt-out word of the carriers (STOP, STOPALL, UNSUBSCRIBE, CANCEL, END, QUIT, REVOKE, OPT
//!    OUT) or of *any* shipped language is [`Intent::Stop`]; START/UNSTOP or the locale's own
//!    start words (never a yes) is [`Intent::Start`]; HELP/INFO or the locale's own is
//!    [`Intent::Help`]; a yes or no that counts only alone (Chinese 是, Spanish "va", English
//!    "n", which inside a sentence are "to be", "goes", "and") is [`Intent::Accept`] or
//!    [`Intent::Decline`]. Whole
//!    messages only, as carriers match them: "stop by at 5" is not an opt-out. Accents count
//!    when both sides have them ("Đúng", right, is not "dừng", stop); a reply typed without
//!    accents that could be two keywords, or a keyword and a listed look-alike name ("dung":
//!    dừng, đúng, Dung), is no keyword. Another language's stop word must be typed as that
//!    language writes it. A locale's own bare "cancel" (cancelar, hủy, 取消, скасувати, إلغاء,
//!    لغو, ਰੱਦ, tso tseg), which our texts use for the visit, declines; English CANCEL stops.
//! 4. **Match phrases** (`lexicon`): the locale's words from `locales/<tag>/replies.ftl` (read by
//!    `replies_ftl`), the English ones, and emoji; the longest phrase wins ("no problem",
//!    "không sao", "¡cómo no!" are a yes, "不可以" a no). Phrases of one length that a reply
//!    without accents matches alike ("huy": hủy, cancel, and Huy, a name) mean all of that at
//!    once, which reads as unsure. A digit glued to letters in a phrase must be glued in the
//!    reply (Arabizi "la2" is no; Spanish "la 2" is "the 2"). A yes after a "not" is a no ("not
//!    ok", politeness between allowed).
//! 5. **Read numbers**: a number is a choice unless something says it is something else: part
//!    of a time, date, phone number or amount ("3:30", "555-1234", "12/3", "$20", three digits
//!    or more); a time, date, grade, age or count word near it, within the clause, past
//!    politeness and one unknown word ("at 3", "3pm", "2nd grade", "grado 2", "3 kids", "she is
//!    2", "3点", "lớp 2", "sa sabado ng 3"); or glued inside a Latin word ("la2", "b4",
//!    "2ader"; "2nd", "2do" and "option2" stay numbers). Ordinal phrases anywhere ("la segunda",
//!    "第二个", "the second one") are choices too; bare number words ("dos", "второй", "二")
//!    only when every other word of the reply is one the lists know ("dos por favor", "好的，二")
//!    and there are no digits, since "first, let me ask my husband" is not a choice.
//!
//! # Precedence, when words conflict
//! 1. Opt-out sentence ("stop texting me please", "no me manden mensajes") with nothing else
//!    but politeness → `Stop` ([`Understood::stop_by_sentence`] says so, for the coordinator).
//!    Carriers only match whole words, but a family who writes this wants out (the FCC's "any
//!    reasonable means"). An opt-out phrase with more in it ("don't text me before 5, call
//!    me", "ok stop", "stop texting me, I said 2") → `Other`: a person reads it.
//! 2. Two or more different numbers ("1 or 2", "1, 2") → `Ambiguous`. The same number twice is
//!    that number.
//! 3. One number → `Choose`, whatever yes-words surround it ("yes 2", "si el 2 por favor"),
//!    *except* with a negation or a no-word anywhere ("not 1", "no la opción 2", "không phải
//!    số 1", "no, 2 is better", "the 2nd won't suit us"), an unsure word ("maybe 2") or a
//!    digit glued in a word elsewhere ("b4 3"): → `Ambiguous`, and the machine asks again. We
//!    never guess which of the others they meant; one more question costs less than a wrong
//!    booking.
//! 4. `Place` ("lugar", "can we meet at the library"), before…
//! 5. `Change` (another time), before yes and no: "no, can we do another day?" wants to move,
//!    and moving is gentler than cancelling.
//! 6. Unsure ("I don't know", "not sure", "maybe", "why not", "không biết", "不知道"), a look-alike
//!    name, or a digit glued in a word → `Other`.
//! 7. A yes-word and a no-word together ("ok no", "好不好") → `Other`; a no-word with a time
//!    word or a number that is not an option ("no, at 3 I work", "can't on Tuesday", "ko đi
//!    được ngày 3") → `Other`: a time was ruled out, maybe not the visit.
//! 8. `Decline`; a yes with a number that is not an option ("3pm works") → `Ambiguous` (asked
//!    again by number: the only option may be at another time); `Accept`; else `Other`.
//!
//! # Numbers and the offer
//! A number from 1 to `max(offered, 9)` is a choice, even beyond the offer: `Choose { choice:
//! 5 }` for an offer of 3 lets the machine answer "reply with 1, 2 or 3". Zero, and larger
//! numbers (a date, an age, a house number more likely than an option) are not choices: such a
//! reply is read from its words, and is `Other` when it has none.

mod digits;
mod fold;
mod lexicon;
mod numbers;
mod read;
mod replies_ftl;
mod review;
mod tokens;

use serde::Serialize;

use crate::domain::LanguageTag;

pub use digits::DIGIT_ZEROS;
pub use read::Understood;
pub use review::{LineError, Reviewed, review};

/// What a reply asks for. What each does in each state is `CONVERSATION.md`'s table.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(tag = "intent", rename_all = "lowercase")]
pub enum Intent {
    /// A numbered option (1-based), possibly beyond what was offered.
    Choose {
        choice: u32,
    },
    /// Two or more different numbers ("1 or 2"): never guessed into a booking.
    Ambiguous,
    /// Yes without a number.
    Accept,
    /// No.
    Decline,
    /// Move the visit / other times.
    Change,
    /// Meet somewhere other than home.
    Place,
    Stop,
    Start,
    Help,
    /// Anything else: kept for a coordinator.
    Other,
}

impl Intent {
    /// The intent's stored name (the `intent` of `homevisit understand`'s JSON).
    pub fn name(self) -> &'static str {
        match self {
            Intent::Choose { .. } => "choose",
            Intent::Ambiguous => "ambiguous",
            Intent::Accept => "accept",
            Intent::Decline => "decline",
            Intent::Change => "change",
            Intent::Place => "place",
            Intent::Stop => "stop",
            Intent::Start => "start",
            Intent::Help => "help",
            Intent::Other => "other",
        }
    }
}

/// Understands a reply in `language` to an offer of `offered` options (see the module comment
/// for the rules). Never panics; anything it cannot read with confidence is [`Intent::Other`]
/// or [`Intent::Ambiguous`], never a guessed booking.
pub fn understand(reply: &str, language: &LanguageTag, offered: usize) -> Intent {
    understand_reply(reply, language, offered).intent
}

/// [`understand`], and whether a [`Intent::Stop`] was read from a sentence ("please stop
/// texting me", "no me manden mensajes") rather than a whole-message keyword ("STOP",
/// "ALTO"). A coordinator should hear of every sentence taken as an opt-out: the family is
/// opted out at once (the FCC's "any reasonable means"), and a person checks the reading.
pub fn understand_reply(reply: &str, language: &LanguageTag, offered: usize) -> Understood {
    let locale = crate::i18n::negotiate(language);
    read::understand_in(reply, lexicon::lexicon(locale), offered)
}

/// Whether `reply` opts out by a plain-language sentence rather than a keyword: `true` only
/// when [`understand`] reads it as [`Intent::Stop`] and the whole message is not an opt-out
/// keyword. Pure and cheap; the engine calls it after a `Stop` to tell the coordinator.
pub fn stop_by_sentence(reply: &str, language: &LanguageTag) -> bool {
    understand_reply(reply, language, 0).stop_by_sentence
}

/// Everything wrong with the shipped `replies.ftl` files (syntax, missing or unknown keys),
/// as "locale: problem" lines; empty when all is well. For tests and translators' tooling.
pub fn lexicon_problems() -> Vec<String> {
    replies_ftl::SOURCES
        .iter()
        .flat_map(|(tag, source)| {
            replies_ftl::problems(source)
                .into_iter()
                .map(move |problem| format!("{tag}: {problem}"))
        })
        .collect()
}
