//! Texts from educators: DONE after a visit, CANT before one, STOP/START/HELP (carrier rules
//! hold for staff too), anything else for the coordinator. Educators never get a family's
//! reply handling.

use crate::conversation::machine::Event;
use crate::conversation::messages::{EducatorMessage, VisitFacts};
use crate::conversation::understand::{Intent, understand};
use crate::engine::{self, Delivery, Env, Household, Input, Outcome};
use crate::i18n::segments;
use crate::store::messages::{self, Party};
use crate::store::{self, Tx, educators, families, invitations, opt_outs, visits};

use super::{Inbound, Said, keyword, stop_source};

/// An educator's text (or call): compliance words first, then DONE/CANT.
pub(super) async fn handle(
    tx: &mut Tx,
    env: &Env<'_>,
    staff: &[educators::Educator],
    inbound: &Inbound,
) -> store::Result<Outcome> {
    let Some(educator) = staff.first() else {
        return Ok(Outcome::default());
    };
    let Said::Text(text) = &inbound.said else {
        return Ok(Outcome::default());
    };
    if let Some(replies) =
        educator_compliance(tx, env, staff, inbound.message_id, text, inbound.provider).await?
    {
        return Ok(Outcome {
            replies,
            ..Outcome::default()
        });
    }
    let replies = educator_text(tx, env, educator, inbound.message_id, text).await?;
    Ok(Outcome {
        replies,
        ..Outcome::default()
    })
}

/// What an educator's text asks for: `DONE` after a visit, `CANT` (with a reason) before one.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum EducatorWord {
    Done,
    Cant,
    Other,
}

impl EducatorWord {
    /// The name stored with the text.
    pub fn name(self) -> &'static str {
        match self {
            EducatorWord::Done => "done",
            EducatorWord::Cant => "cant",
            EducatorWord::Other => "other",
        }
    }
}

/// Reads an educator's text: the first word decides (`done`, `Done!`, `CANT — sick`,
/// `can't make it`).
pub fn educator_word(text: &str) -> EducatorWord {
    let first: String = text
        .split_whitespace()
        .next()
        .unwrap_or("")
        .chars()
        .filter(|c| c.is_alphanumeric())
        .collect::<String>()
        .to_uppercase();
    match first.as_str() {
        "DONE" => EducatorWord::Done,
        "CANT" | "CANNOT" => EducatorWord::Cant,
        _ => EducatorWord::Other,
    }
}

/// STOP, START and HELP from an educator (carrier rules hold for staff too), when they are
/// the whole text: "take me off" from an educator may be about a visit, so it goes to the
/// inbox. STOP blocks the phone (the sender sends nothing to a phone anyone opted out with,
/// educator or family) until START, cancels what is queued for it, and tells each school's
/// coordinator, since the educator will hear of no new visit; it is confirmed once. HELP
/// answers like a family's. With `OptOutType` the provider has answered already. `None` for
/// anything else.
async fn educator_compliance(
    tx: &mut Tx,
    env: &Env<'_>,
    staff: &[educators::Educator],
    inbound: i64,
    text: &str,
    provider: Option<Intent>,
) -> store::Result<Option<Vec<String>>> {
    let Some(educator) = staff.first() else {
        return Ok(None);
    };
    let language = educator.preferred_language();
    let intent = match provider {
        Some(said) => said,
        None => {
            // The whole text, one or two words ("STOP", "opt out", "stop all").
            let word = text.trim().trim_matches(|c: char| !c.is_alphanumeric());
            if word.is_empty() || word.split_whitespace().count() > 2 {
                return Ok(None);
            }
            understand(word, &language, 0)
        }
    };
    if !matches!(intent, Intent::Stop | Intent::Start | Intent::Help) {
        return Ok(None);
    }
    let party_of = |row: &educators::Educator| Party {
        school_id: Some(row.school_id),
        family_id: None,
        educator_id: Some(row.id),
    };
    messages::annotate_inbound(tx, inbound, party_of(educator), Some(intent.name())).await?;
    let phone = educator.phone.as_str();
    let school = store::schools::by_id(tx, educator.school_id).await?;
    let source = stop_source(text, &language, provider);
    let contact = school
        .contact
        .clone()
        .unwrap_or_else(|| school.name.clone());
    let done = keyword(tx, env, phone, intent, source, provider, &contact).await?;
    if done.new_stop {
        for row in staff {
            messages::to_inbox(
                tx,
                party_of(row),
                Some(inbound),
                "an educator texted STOP: no confirmations or reminders reach them until they text START",
                env.now,
            )
            .await?;
        }
    }
    let Some(message) = done.answer else {
        return Ok(Some(Vec::new()));
    };
    let body = super::answer(
        tx,
        env,
        party_of(educator),
        phone,
        &language,
        school.zone,
        school.country,
        &message,
    )
    .await?;
    Ok(Some(vec![body]))
}

/// An educator texted: DONE marks their most recent started visit completed (both of the pair
/// credited); CANT puts their next visit in the coordinator's inbox (the family is not told);
/// anything else goes to the inbox. Educators never get a family's reply handling.
async fn educator_text(
    tx: &mut Tx,
    env: &Env<'_>,
    educator: &educators::Educator,
    inbound: i64,
    text: &str,
) -> store::Result<Vec<String>> {
    let party = Party {
        school_id: Some(educator.school_id),
        family_id: None,
        educator_id: Some(educator.id),
    };
    let word = educator_word(text);
    messages::annotate_inbound(tx, inbound, party, Some(word.name())).await?;
    let visit = match word {
        EducatorWord::Done => visits::latest_started(tx, educator.id, env.now).await?,
        EducatorWord::Cant => visits::next_for_educator(tx, educator.id, env.now).await?,
        EducatorWord::Other => {
            if let Some(kept) = reflection(tx, env, educator, party, inbound, text).await? {
                return Ok(kept);
            }
            messages::to_inbox(tx, party, Some(inbound), "text from an educator", env.now).await?;
            return Ok(Vec::new());
        }
    };
    let reply = match visit {
        None => EducatorMessage::NoVisitFound,
        Some(visit) => {
            let family = families::by_id(tx, visit.family_id).await?;
            let home = Household::load(tx, family).await?;
            let slot = invitations::slot(tx, visit.slot_id).await?;
            let partner_id = if slot.educator_1 == educator.id {
                slot.educator_2
            } else {
                slot.educator_1
            };
            let partner = educators::by_id(tx, partner_id).await?;
            let me = educators::by_id(tx, educator.id).await?;
            let language = home.family.language_tag();
            let facts = VisitFacts {
                guardian: home.family.guardian.clone(),
                children: home.children(),
                family_language: home.family.language.clone(),
                pair_speaks_language: me.speaks(&language) || partner.speaks(&language),
                option: slot.option(),
                place: visit.place.clone(),
                partner: partner.name.clone(),
            };
            if word == EducatorWord::Done {
                if visits::complete(tx, visit.id, env.now).await? {
                    let invitation = invitations::by_id(tx, visit.invitation_id).await?;
                    engine::run(
                        tx,
                        env,
                        &home,
                        &invitation,
                        Input::Event(Event::Completed),
                        Delivery::Queue,
                        None,
                    )
                    .await?;
                    // Each of the pair is asked once for their reflection.
                    for (asked, other) in [(&me, &partner), (&partner, &me)] {
                        if !store::reflections::ask(tx, visit.id, asked.id, env.now).await? {
                            continue;
                        }
                        let question = EducatorMessage::AskReflection(VisitFacts {
                            partner: other.name.clone(),
                            ..facts.clone()
                        });
                        engine::queue_educator(tx, env, &home.school, asked, &question).await?;
                    }
                }
                EducatorMessage::DoneRecorded(facts)
            } else {
                messages::to_inbox(
                    tx,
                    party,
                    Some(inbound),
                    "educator cannot make a visit",
                    env.now,
                )
                .await?;
                EducatorMessage::CantNoted(facts)
            }
        }
    };
    answer_educator(tx, env, educator, party, &reply).await
}

/// The answer to an educator's text, in their language, recorded as a reply; none to a phone
/// that said STOP (what it asked for is done all the same).
async fn answer_educator(
    tx: &mut Tx,
    env: &Env<'_>,
    educator: &educators::Educator,
    party: Party,
    reply: &EducatorMessage,
) -> store::Result<Vec<String>> {
    if opt_outs::is_opted_out(tx, &educator.phone).await? {
        return Ok(Vec::new());
    }
    let school = store::schools::by_id(tx, educator.school_id).await?;
    let body = env.locales.educator(
        &educator.preferred_language(),
        school.zone,
        school.country,
        reply,
    );
    let parts = segments::count(&body).parts as i64;
    messages::record_reply(tx, party, &educator.phone, &body, parts, env.now).await?;
    Ok(vec![body])
}

/// An educator's text while a reflection they were asked for is open: kept with the visit
/// (SKIP keeps none), and thanked. `None` when no reflection is open.
async fn reflection(
    tx: &mut Tx,
    env: &Env<'_>,
    educator: &educators::Educator,
    party: Party,
    inbound: i64,
    text: &str,
) -> store::Result<Option<Vec<String>>> {
    let Some((id, visit_id)) = store::reflections::pending(tx, educator.id).await? else {
        return Ok(None);
    };
    let words = text.trim();
    let skipped = words
        .trim_matches(|c: char| !c.is_alphanumeric())
        .eq_ignore_ascii_case("skip");
    store::reflections::answer(tx, id, (!skipped).then_some(words), inbound, env.now).await?;
    messages::annotate_inbound(tx, inbound, party, Some("reflection")).await?;
    let guardian = store::overview::guardian_of_visit(tx, visit_id).await?;
    let reply = EducatorMessage::ReflectionKept { guardian, skipped };
    answer_educator(tx, env, educator, party, &reply)
        .await
        .map(Some)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn educators_words_are_read_from_the_first_word() {
        assert_eq!(educator_word("DONE"), EducatorWord::Done);
        assert_eq!(educator_word("done!"), EducatorWord::Done);
        assert_eq!(educator_word("  Done, great visit"), EducatorWord::Done);
        assert_eq!(educator_word("CANT sick kid"), EducatorWord::Cant);
        assert_eq!(educator_word("can't make it"), EducatorWord::Cant);
        assert_eq!(educator_word("cannot"), EducatorWord::Cant);
        assert_eq!(educator_word("where do they live?"), EducatorWord::Other);
        assert_eq!(educator_word(""), EducatorWord::Other);
    }
}
