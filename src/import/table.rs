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
    for record in reader.records() {
        match record {
            Ok(record) => {
                if record.iter().all(|cell| cell.trim().is_empty()) {
                    continue;
                }
                let line = record.position().map(|p| p.line() as usize).unwrap_or(0);
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
                let line = e.position().map(|p| p.line() as usize).unwrap_or(0);
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
