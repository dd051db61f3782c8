//! A native reviewer's batch: a file of `language<TAB>reply` lines, each read as
//! [`understand`](super::understand) reads a family's reply to a three-option offer, so a
//! hundred replies can be checked at once (`homevisit understand --file replies.tsv`).

use serde::Serialize;

use super::{Intent, understand};
use crate::domain::LanguageTag;

/// One reviewed reply: serialises as `{"language":"es","text":"el 2","intent":"choose",
/// "choice":2}` (`choice` only for `choose`).
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reviewed {
    pub language: String,
    pub text: String,
    #[serde(flatten)]
    pub intent: Intent,
}

/// A line of the file that is not `language<TAB>reply`; 1-based line numbers.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("line {line}: {problem}")]
pub struct LineError {
    pub line: usize,
    pub problem: String,
}

/// Reads every line of `source`: blank lines, `#` comments and a `language<TAB>reply` header
/// are skipped. Either every reply understood, in order, or every bad line (nothing is read
/// from a file with mistakes, so a reviewer never mistakes a partial list for the whole).
pub fn review(source: &str) -> Result<Vec<Reviewed>, Vec<LineError>> {
    let mut reviewed = Vec::new();
    let mut errors = Vec::new();
    for (at, raw) in source.lines().enumerate() {
        let line = at + 1;
        let raw = raw.strip_suffix('\r').unwrap_or(raw);
        if raw.trim().is_empty() || raw.trim_start().starts_with('#') {
            continue;
        }
        let Some((language, text)) = raw.split_once('\t') else {
            errors.push(LineError {
                line,
                problem: "expected a language tag, a TAB, then the reply".to_string(),
            });
            continue;
        };
        if line == 1 && language.trim().eq_ignore_ascii_case("language") {
            continue;
        }
        match LanguageTag::parse(language) {
            Ok(tag) => reviewed.push(Reviewed {
                language: language.trim().to_string(),
                text: text.to_string(),
                intent: understand(text, &tag, 3),
            }),
            Err(e) => errors.push(LineError {
                line,
                problem: format!("language {:?}: {e}", language.trim()),
            }),
        }
    }
    if errors.is_empty() {
        Ok(reviewed)
    } else {
        Err(errors)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_line_is_read_in_its_language() {
        let reviewed = review("language\treply\nes\tel 2\n\n# a comment\nvi\tkhông\r\n").unwrap();
        assert_eq!(reviewed.len(), 2);
        assert_eq!(reviewed[0].intent, Intent::Choose { choice: 2 });
        assert_eq!(reviewed[1].text, "không");
        assert_eq!(reviewed[1].intent, Intent::Decline);
        assert_eq!(
            serde_json::to_string(&reviewed[0]).unwrap(),
            r#"{"language":"es","text":"el 2","intent":"choose","choice":2}"#
        );
    }

    #[test]
    fn every_bad_line_is_named() {
        let errors = review("es\tsi\nno tab here\nxx-invalid-!!\thola\n").unwrap_err();
        let lines: Vec<usize> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, vec![2, 3], "{errors:?}");
        assert!(errors[0].to_string().starts_with("line 2: "));
    }
}
