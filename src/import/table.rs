//! Reading a roster CSV into rows of named cells, with every problem tied to its line.
//!
//! Columns may come in any order and any letter case; a UTF-8 byte-order mark (Excel writes
//! one) is skipped; blank lines are ignored. A file that is empty, not UTF-8, or missing a
//! required column is refused before any row is looked at.

use std::collections::HashMap;

use super::Problem;

/// One data row: its line in the file and its cells by lower-case column name.
#[derive(Debug)]
pub struct Row {
    pub line: usize,
    cells: HashMap<String, String>,
}

impl Row {
    /// A cell's trimmed text; `None` when the column is absent or the cell is blank.
    pub fn get(&self, column: &str) -> Option<&str> {
        self.cells
            .get(column)
            .map(|s| s.trim())
            .filter(|s| !s.is_empty())
    }
}

/// Splits `bytes` into rows, checking the header has every `required` column.
pub fn read(bytes: &[u8], required: &[&str]) -> Result<Vec<Row>, Vec<Problem>> {
    let text = match std::str::from_utf8(bytes) {
        Ok(text) => text,
        Err(e) => {
            let line = bytes[..e.valid_up_to()]
                .iter()
                .filter(|b| **b == b'\n')
                .count()
                + 1;
            return Err(vec![Problem::new(
                line,
                "the file is not UTF-8 text (save it from your spreadsheet as \"CSV UTF-8\")",
            )]);
        }
    };
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // A file saved with old Mac line endings (a lone CR) would be split into records at each
    // CR, but the csv reader counts lines by LF only: every problem would say "line 1".
    // (Found by fuzz/csv_import.)
    let unified;
    let text = if text.contains('\r') {
        unified = text.replace("\r\n", "\n").replace('\r', "\n");
        unified.as_str()
    } else {
        text
    };
    if text.trim().is_empty() {
        return Err(vec![Problem::new(1, "the file is empty")]);
    }
    let mut reader = csv::ReaderBuilder::new()
        .flexible(true)
        .trim(csv::Trim::All)
        .from_reader(text.as_bytes());
    let headers: Vec<String> = match reader.headers() {
        Ok(h) => h.iter().map(|h| h.trim().to_lowercase()).collect(),
        Err(e) => return Err(vec![Problem::new(1, format!("unreadable header: {e}"))]),
    };
    let missing: Vec<&str> = required
        .iter()
        .copied()
        .filter(|r| !headers.iter().any(|h| h == r))
        .collect();
    if !missing.is_empty() {
        return Err(vec![Problem::new(
            1,
            format!(
                "missing column{} {}",
                if missing.len() > 1 { "s" } else { "" },
                missing.join(", ")
            ),
        )]);
    }
    let mut rows = Vec::new();
    let mut problems = Vec::new();
    // The csv reader's own line count skips blank lines, so a line is counted here from the
    // record's byte offset (incrementally: rosters run to thousands of rows).
    let mut counted = (0usize, 1usize);
    let mut line_at = |position: Option<&csv::Position>| -> usize {
        let Some(byte) = position.map(|p| p.byte() as usize) else {
            return counted.1;
        };
        let mut byte = byte.min(text.len());
        // A record after blank lines starts where they do.
        while text.as_bytes().get(byte) == Some(&b'\n') {
            byte += 1;
        }
        if byte >= counted.0 {
            counted.1 += text.as_bytes()[counted.0..byte]
                .iter()
                .filter(|b| **b == b'\n')
                .count();
            counted.0 = byte;
        }
        counted.1
    };
    for record in reader.records() {
        match record {
            Ok(record) => {
                if record.iter().all(|cell| cell.trim().is_empty()) {
                    continue;
                }
                let line = line_at(record.position());
                if record.len() > headers.len() {
                    problems.push(Problem::new(
                        line,
                        format!(
                            "{} cells but the header has {} columns",
                            record.len(),
                            headers.len()
                        ),
                    ));
                    continue;
                }
                let cells = headers
                    .iter()
                    .cloned()
                    .zip(record.iter().map(str::to_string))
                    .collect();
                rows.push(Row { line, cells });
            }
            Err(e) => {
                let line = line_at(e.position());
                problems.push(Problem::new(line, format!("unreadable row: {e}")));
            }
        }
    }
    if rows.is_empty() && problems.is_empty() {
        return Err(vec![Problem::new(1, "the file has a header but no rows")]);
    }
    if problems.is_empty() {
        Ok(rows)
    } else {
        Err(problems)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const REQUIRED: &[&str] = &["name", "phone"];

    #[test]
    fn rows_are_numbered_by_their_line_whatever_the_line_endings() {
        for ending in ["\n", "\r\n", "\r"] {
            let file = ["name,phone", "Ana,+19165550100", "", "Bo,+19165550101", ""].join(ending);
            let rows = read(file.as_bytes(), REQUIRED).unwrap();
            let lines: Vec<usize> = rows.iter().map(|r| r.line).collect();
            assert_eq!(lines, vec![2, 4], "{ending:?}");
            assert_eq!(rows[1].get("name"), Some("Bo"));
        }
    }

    #[test]
    fn a_problem_on_a_cr_only_file_names_its_line() {
        let file = "name,phone\rAna,+19165550100\rBo,+1,extra\r";
        let problems = read(file.as_bytes(), REQUIRED).unwrap_err();
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert_eq!(problems[0].line, 3, "{problems:?}");
    }

    #[test]
    fn a_missing_column_and_an_empty_file_are_refused_on_line_1() {
        let problems = read(b"name\nAna\n", REQUIRED).unwrap_err();
        assert_eq!(problems[0].line, 1);
        assert!(problems[0].reason.contains("phone"), "{problems:?}");
        assert_eq!(read(b"  \n", REQUIRED).unwrap_err()[0].line, 1);
    }
}
