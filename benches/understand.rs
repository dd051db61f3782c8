//! Bench (4): one family reply, understood and answered, in memory — `understand` (the reply
//! against what was offered, in the family's language), one step of the state machine, and
//! the answer rendered from the family's Fluent locale (a choice is taken as booked: the step
//! after the database's booking, and its confirmation, are rendered too) — for a mix of replies in several
//! languages (numbers, yes, NO, words, questions, STOP), against the baseline in the same run:
//! `format!` of a string as long as the answer.
//!
//! Run: `cargo bench --bench understand` (criterion's report per case, then one summary line
//! with the per-reply time and the ratio). No assertion: it prints.

use std::hint::black_box;
use std::time::{Duration, Instant};

use chrono::{DateTime, TimeZone, Utc};
use criterion::Criterion;
use homevisit::conversation::machine::{self, Conversation, Event, Facts, State};
use homevisit::conversation::messages::{FamilyFacts, SlotOption};
use homevisit::conversation::understand;
use homevisit::domain::LanguageTag;
use homevisit::i18n::Locales;

/// (language, reply) as families write them.
const REPLIES: &[(&str, &str)] = &[
    ("en", "2"),
    ("en", "Yes"),
    ("en", "the second one works for us"),
    ("en", "NO"),
    ("en", "what time is the first one?"),
    ("en", "STOP"),
    ("es", "1"),
    ("es", "sí, la 3 por favor"),
    ("es", "no gracias"),
    ("es", "¿a qué hora es?"),
    ("vi", "2"),
    ("vi", "không"),
    ("zh-Hans", "好的，2"),
    ("zh-Hans", "不用了"),
    ("ar", "٣"),
    ("ar", "نعم"),
    ("ru", "да, первый"),
    ("hmn", "1"),
];

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 9, 1, 19, 0, 0).unwrap()
}

fn options() -> Vec<SlotOption> {
    (0..3)
        .map(|i| SlotOption {
            slot_id: 10 + i,
            start: Utc
                .with_ymd_and_hms(2026, 10, 5 + i as u32, 23, 0, 0)
                .unwrap(),
            minutes: 30,
            educators: ["Ana Torres".into(), "Ben Carter".into()],
            location: None,
        })
        .collect()
}

/// One reply, as the webhook's core would handle it: understood, stepped, answered.
struct Reply {
    tag: LanguageTag,
    text: &'static str,
}

fn answer(locales: &Locales, conv: &Conversation, facts: &Facts<'_>, reply: &Reply) -> usize {
    let intent = understand(reply.text, &reply.tag, conv.offer.len());
    let (_, effects) = machine::step(
        conv,
        Event::Reply {
            intent,
            text: reply.text.to_string(),
            provider_answered: false,
        },
        facts,
        now(),
    );
    let mut length = 0;
    let mut effects = std::collections::VecDeque::from(effects);
    while let Some(effect) = effects.pop_front() {
        match effect {
            machine::Effect::Family(message) => {
                let body = locales.family(
                    &reply.tag,
                    chrono_tz::America::Los_Angeles,
                    Default::default(),
                    &message,
                );
                length += body.len();
            }
            // The database would book it: the answer is the machine's next step.
            machine::Effect::Book(option) => {
                let (_, more) = machine::step(conv, Event::Booked(option), facts, now());
                effects.extend(more);
            }
            _ => {}
        }
    }
    length
}

fn main() {
    let locales = Locales::load().expect("locales");
    let offer = options();
    let family = FamilyFacts {
        guardian: "Maria Hernandez".into(),
        children: vec!["Sofia".into(), "Mateo".into()],
        school: "Lincoln Elementary".into(),
    };
    let facts = Facts {
        family: &family,
        open: homevisit::conversation::machine::Open::all(&offer),
        program: "Lincoln Home Visits",
        contact: "916-555-0100",
    };
    let conv = Conversation {
        state: State::Invited,
        offer: offer.clone(),
        ..Conversation::new()
    };
    let replies: Vec<Reply> = REPLIES
        .iter()
        .map(|(language, text)| Reply {
            tag: LanguageTag::parse(language).expect("known language"),
            text,
        })
        .collect();
    // The baseline's strings: as long as each answer.
    let lengths: Vec<usize> = replies
        .iter()
        .map(|r| answer(&locales, &conv, &facts, r))
        .collect();
    let fillers: Vec<String> = lengths.iter().map(|&n| "x".repeat(n.max(1) - 1)).collect();

    let mut criterion = Criterion::default()
        .warm_up_time(Duration::from_millis(500))
        .measurement_time(Duration::from_secs(2))
        .configure_from_args();
    let mut group = criterion.benchmark_group("reply");
    group.bench_function("understand+render (mix)", |b| {
        b.iter(|| {
            replies
                .iter()
                .map(|r| answer(&locales, &conv, &facts, black_box(r)))
                .sum::<usize>()
        })
    });
    group.bench_function("format! same length (mix)", |b| {
        b.iter(|| {
            fillers
                .iter()
                .map(|f| format!("{}!", black_box(f)).len())
                .sum::<usize>()
        })
    });
    group.finish();
    criterion.final_summary();

    // The summary line: both timed again here, over the same mix, for the ratio.
    let rounds = 2_000;
    let time = |f: &dyn Fn() -> usize| {
        let started = Instant::now();
        let mut sink = 0;
        for _ in 0..rounds {
            sink += f();
        }
        black_box(sink);
        started.elapsed().as_secs_f64() / (rounds * replies.len()) as f64
    };
    let ours = time(&|| {
        replies
            .iter()
            .map(|r| answer(&locales, &conv, &facts, black_box(r)))
            .sum()
    });
    let baseline = time(&|| {
        fillers
            .iter()
            .map(|f| format!("{}!", black_box(f)).len())
            .sum()
    });
    println!(
        "understand+render: {:.2} µs/reply; format! of a same-length string: {:.3} µs; ratio (format! / ours) {:.4}; mean answer {} bytes",
        ours * 1e6,
        baseline * 1e6,
        baseline / ours,
        lengths.iter().sum::<usize>() / lengths.len()
    );
}
