//! A call is answered the same way, with voice verbs: `<Say>` in the family's language and
//! voice, `<Gather>` for a key, `<Hangup>`. Documents are written with quick-xml's writer
//! (which escapes text and attributes), never by concatenating strings.

use std::io::Cursor;

use quick_xml::Writer;
use quick_xml::events::{BytesDecl, BytesEnd, BytesStart, BytesText, Event};

/// The `Content-Type` to answer TwiML with.
pub const CONTENT_TYPE: &str = "text/xml; charset=utf-8";

/// `<Say>`: words read by the provider's text-to-speech voice.
#[derive(Debug, Clone, Copy)]
pub struct Say<'a> {
    pub text: &'a str,
    /// `language`, e.g. `es-US`; `None` leaves the provider's default (English).
    pub language: Option<&'a str>,
    /// `voice`, e.g. `Google.es-US-Standard-A`.
    pub voice: Option<&'a str>,
}

/// One instruction inside `<Response>`.
#[derive(Debug, Clone)]
pub enum Verb<'a> {
    /// `<Message>`: send this text to the person who wrote.
    Message(&'a str),
    Say(Say<'a>),
    /// `<Gather input="dtmf" numDigits="1" action=…>` around what is said while waiting for
    /// one key; without a key the document goes on to the next verb.
    Gather {
        action: &'a str,
        timeout_seconds: u32,
        say: Vec<Say<'a>>,
    },
    Hangup,
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

/// The whole document for `verbs`.
pub fn document(verbs: &[Verb<'_>]) -> String {
    let mut writer = Writer::new(Cursor::new(Vec::new()));
    // Writing to a Vec cannot fail.
    let _ = writer.write_event(Event::Decl(BytesDecl::new("1.0", Some("UTF-8"), None)));
    if verbs.is_empty() {
        let _ = writer.write_event(Event::Empty(BytesStart::new("Response")));
    } else {
        let _ = writer.write_event(Event::Start(BytesStart::new("Response")));
        for verb in verbs {
            write_verb(&mut writer, verb);
        }
        let _ = writer.write_event(Event::End(BytesEnd::new("Response")));
    }
    String::from_utf8(writer.into_inner().into_inner()).unwrap_or_default()
}

fn write_verb(writer: &mut Writer<Cursor<Vec<u8>>>, verb: &Verb<'_>) {
    match verb {
        Verb::Message(body) => text_element(writer, BytesStart::new("Message"), body),
        Verb::Say(say) => write_say(writer, say),
        Verb::Gather {
            action,
            timeout_seconds,
            say,
        } => {
            let timeout = timeout_seconds.to_string();
            let start = BytesStart::new("Gather").with_attributes([
                ("input", "dtmf"),
                ("numDigits", "1"),
                ("timeout", timeout.as_str()),
                ("method", "POST"),
                ("action", clean(action).as_str()),
            ]);
            let _ = writer.write_event(Event::Start(start));
            for one in say {
                write_say(writer, one);
            }
            let _ = writer.write_event(Event::End(BytesEnd::new("Gather")));
        }
        Verb::Hangup => {
            let _ = writer.write_event(Event::Empty(BytesStart::new("Hangup")));
        }
    }
}

fn write_say(writer: &mut Writer<Cursor<Vec<u8>>>, say: &Say<'_>) {
    let mut start = BytesStart::new("Say");
    if let Some(language) = say.language {
        start.push_attribute(("language", clean(language).as_str()));
    }
    if let Some(voice) = say.voice {
        start.push_attribute(("voice", clean(voice).as_str()));
    }
    text_element(writer, start, say.text);
}

fn text_element(writer: &mut Writer<Cursor<Vec<u8>>>, start: BytesStart<'_>, text: &str) {
    let name = String::from_utf8_lossy(start.name().as_ref()).into_owned();
    let _ = writer.write_event(Event::Start(start));
    let _ = writer.write_event(Event::Text(BytesText::new(&clean(text))));
    let _ = writer.write_event(Event::End(BytesEnd::new(name)));
}

/// `text` without the characters XML 1.0 cannot carry at all (most C0 controls, U+FFFE,
/// U+FFFF); the writer escapes the rest.
fn clean(text: &str) -> String {
    text.chars().filter(|c| is_xml_char(*c)).collect()
}

/// `text` made safe as XML character data or an attribute value: `& < > " '` become entities
/// and characters XML 1.0 does not allow are dropped (as the writer's output has them).
pub fn escape(text: &str) -> String {
    quick_xml::escape::escape(clean(text).as_str()).into_owned()
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
    fn a_gather_is_well_formed_with_its_action_escaped() {
        let say = Say {
            text: "Para el jueves, marque 1.",
            language: Some("es-US"),
            voice: Some("Google.es-US-Standard-A"),
        };
        let xml = document(&[
            Verb::Say(say),
            Verb::Gather {
                action: "https://x.test/twilio/voice/gather?m=1&step=2",
                timeout_seconds: 6,
                say: vec![say],
            },
            Verb::Hangup,
        ]);
        let doc = roxmltree::Document::parse(&xml).expect("well-formed");
        let gather = doc
            .descendants()
            .find(|n| n.has_tag_name("Gather"))
            .unwrap();
        assert_eq!(
            gather.attribute("action"),
            Some("https://x.test/twilio/voice/gather?m=1&step=2")
        );
        assert_eq!(gather.attribute("numDigits"), Some("1"));
        assert_eq!(gather.attribute("input"), Some("dtmf"));
        let said = gather.children().find(|n| n.has_tag_name("Say")).unwrap();
        assert_eq!(said.attribute("language"), Some("es-US"));
        assert_eq!(said.text(), Some("Para el jueves, marque 1."));
        assert!(xml.ends_with("<Hangup/></Response>"), "{xml}");
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
