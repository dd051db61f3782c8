//! Any roster file: reading it as each import does (the families', educators' and slots'
//! required columns) never panics, and every problem names a line of the file; every row's
//! phone and language parse or are refused without panicking.
#![no_main]

use homevisit::domain::language::LanguageTag;
use homevisit::domain::phone::{Country, Phone};
use homevisit::import::table;
use libfuzzer_sys::fuzz_target;

const SHAPES: [&[&str]; 3] = [
    &["student", "guardian", "phone", "language"],
    &["name", "phone"],
    &["educator_1", "educator_2", "start"],
];

fuzz_target!(|data: &[u8]| {
    let Some((&head, file)) = data.split_first() else {
        return;
    };
    let required = SHAPES[usize::from(head) % SHAPES.len()];
    // Lines end with LF, CRLF or a lone CR (old Mac spreadsheets).
    let lines = file
        .iter()
        .enumerate()
        .filter(|(i, b)| **b == b'\n' || (**b == b'\r' && file.get(i + 1) != Some(&b'\n')))
        .count()
        + 1;
    match table::read(file, required) {
        Ok(rows) => {
            let country = Country::parse("US").expect("US");
            for row in rows {
                assert!(row.line >= 2 && row.line <= lines, "row on line {}", row.line);
                if let Some(phone) = row.get("phone") {
                    let _ = Phone::parse(phone, country);
                }
                for language in [row.get("language"), row.get("languages")].into_iter().flatten() {
                    for one in language.split([';', ',']) {
                        let _ = LanguageTag::parse(one);
                    }
                }
            }
        }
        Err(problems) => {
            assert!(!problems.is_empty());
            for problem in problems {
                assert!(problem.line >= 1 && problem.line <= lines.max(1), "{problem:?}");
            }
        }
    }
});
