//! TwiML: the XML a webhook answers with, telling the provider what to say back.
//!
//! An inbound text is answered within the same HTTP response (`<Response><Message>…`), which
//! is how a reply in the same conversation reaches the family without going through the
//! outbound queue. Everything written here is escaped, and characters XML 1.0 cannot carry at
//! all are dropped, so no text — ours or a family's echoed back — can break the document (the
//! provider would reject the whole answer with error 12100 and the family would get nothing).
//!
//! Only messaging verbs exist today; voice verbs (`<Say>`, `<Gather>`, `<Pause>`, `<Hangup>`)
//! become more [`Verb`] variants rendered by the same [`document`] function.

/// The `Content-Type` to answer TwiML with.
pub const CONTENT_TYPE: &str = "text/xml; charset=utf-8";

const DECLARATION: &str = r#"<?xml version="1.0" encoding="UTF-8"?>"#;

/// One instruction inside `<Response>`.
enum Verb<'a> {
    /// `<Message>`: send this text to the person who wrote.
    Message(&'a str),
}

/// A TwiML answer sending each of `bodies` as its own `<Message>`, in order:
/// `<?xml version="1.0" encoding="UTF-8"?><Response><Message>…</Message>…</Response>`.
///
/// With no bodies it is `<?xml …?><Response/>`, which tells the provider to say nothing
/// (what a repeated `MessageSid` gets). Empty bodies are skipped: the provider refuses to send
/// an empty text.
pub fn messages(bodies: &[String]) -> String {
    let verbs: Vec<Verb<'_>> = bodies
        .iter()
        .filter(|body| !body.is_empty())
        .map(|body| Verb::Message(body))
        .collect();
    document(&verbs)
}

/// The empty answer, `<?xml …?><Response/>`: nothing is sent back.
pub fn empty() -> String {
    document(&[])
}

fn document(verbs: &[Verb<'_>]) -> String {
    if verbs.is_empty() {
        return format!("{DECLARATION}<Response/>");
    }
    let mut xml = format!("{DECLARATION}<Response>");
    for verb in verbs {
        match verb {
            Verb::Message(body) => {
                xml.push_str("<Message>");
                xml.push_str(&escape(body));
                xml.push_str("</Message>");
            }
        }
    }
    xml.push_str("</Response>");
    xml
}

/// `text` made safe as XML character data or an attribute value: `& < > " '` become entities
/// and characters XML 1.0 does not allow (most C0 controls, lone surrogates cannot occur in a
/// `str`, U+FFFE, U+FFFF) are dropped.
pub fn escape(text: &str) -> String {
    let mut escaped = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            c if is_xml_char(c) => escaped.push(c),
            _ => {}
        }
    }
    escaped
}

/// XML 1.0's `Char` production.
fn is_xml_char(c: char) -> bool {
    matches!(c,
        '\t' | '\n' | '\r'
        | '\u{20}'..='\u{D7FF}'
        | '\u{E000}'..='\u{FFFD}'
        | '\u{10000}'..='\u{10FFFF}')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn no_bodies_say_nothing() {
        assert_eq!(
            messages(&[]),
            r#"<?xml version="1.0" encoding="UTF-8"?><Response/>"#
        );
        assert_eq!(messages(&[String::new()]), empty());
    }

    #[test]
    fn each_body_is_its_own_message_in_order() {
        let xml = messages(&["Gracias.".to_string(), "¿Martes 5 pm? 🙂".to_string()]);
        assert_eq!(
            xml,
            r#"<?xml version="1.0" encoding="UTF-8"?><Response><Message>Gracias.</Message><Message>¿Martes 5 pm? 🙂</Message></Response>"#
        );
    }

    #[test]
    fn markup_in_a_body_is_text_not_xml() {
        let xml = messages(&["1 < 2 & \"3\" > '0' </Message><Redirect>x</Redirect>".to_string()]);
        assert!(xml.contains(
            "<Message>1 &lt; 2 &amp; &quot;3&quot; &gt; &apos;0&apos; &lt;/Message&gt;&lt;Redirect&gt;x&lt;/Redirect&gt;</Message>"
        ));
        assert_eq!(xml.matches("<Message>").count(), 1);
    }

    #[test]
    fn characters_xml_cannot_carry_are_dropped_but_newlines_stay() {
        assert_eq!(escape("a\u{0}b\u{1B}c\u{FFFF}d"), "abcd");
        assert_eq!(
            escape("line one\nline two\r\n\ttab"),
            "line one\nline two\r\n\ttab"
        );
    }
}
