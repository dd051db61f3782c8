//! Every transition of `CONVERSATION.md`, and the DOMAIN.md rules checked over every state ×
//! event combination.

use chrono::{Duration, TimeZone, Utc};

use super::*;
use crate::conversation::messages::{FamilyFacts, FamilyMessage, SlotOption};

fn option(id: i64, pair: [&str; 2]) -> SlotOption {
    SlotOption {
        slot_id: id,
        start: Utc.with_ymd_and_hms(2026, 12, 3, 0, 30, 0).unwrap() + Duration::hours(id),
        minutes: 30,
        educators: [pair[0].to_string(), pair[1].to_string()],
        location: None,
    }
}

fn family() -> FamilyFacts {
    FamilyFacts {
        guardian: "Maria Hernandez".into(),
        children: vec!["Sofia".into()],
        school: "Lincoln Elementary".into(),
    }
}

fn now() -> DateTime<Utc> {
    Utc.with_ymd_and_hms(2026, 11, 23, 18, 0, 0).unwrap()
}

struct World {
    family: FamilyFacts,
    open: Vec<SlotOption>,
}

impl World {
    fn new(n: i64) -> World {
        World {
            family: family(),
            open: (1..=n).map(|i| option(i, ["Ana", "Ben"])).collect(),
        }
    }

    fn facts(&self) -> Facts<'_> {
        Facts {
            family: &self.family,
            open: Open::all(&self.open),
            program: "Home Visits",
            contact: "916-555-0100",
        }
    }

    fn step(&self, conv: &Conversation, event: Event) -> (Conversation, Vec<Effect>) {
        step(conv, event, &self.facts(), now())
    }

    fn reply(&self, conv: &Conversation, intent: Intent) -> (Conversation, Vec<Effect>) {
        self.step(
            conv,
            Event::Reply {
                intent,
                text: "text".into(),
                provider_answered: false,
            },
        )
    }

    fn invited(&self) -> Conversation {
        self.step(&Conversation::new(), Event::Launch).0
    }

    fn booked(&self, n: usize) -> Conversation {
        let conv = self.invited();
        let (_, effects) = self.reply(&conv, Intent::Choose { choice: n as u32 });
        let Effect::Book(slot) = effects[0].clone() else {
            panic!("expected a booking request, got {effects:?}")
        };
        self.step(&conv, Event::Booked(slot)).0
    }
}

fn family_messages(effects: &[Effect]) -> Vec<&FamilyMessage> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Family(m) => Some(m),
            _ => None,
        })
        .collect()
}

fn notices(effects: &[Effect]) -> Vec<&Notice> {
    effects
        .iter()
        .filter_map(|e| match e {
            Effect::Educators { notice, .. } => Some(notice),
            _ => None,
        })
        .collect()
}

#[test]
fn launch_invites_with_up_to_three_options() {
    let world = World::new(5);
    let (conv, effects) = world.step(&Conversation::new(), Event::Launch);
    assert_eq!(conv.state, State::Invited);
    assert_eq!(conv.offer.len(), 3);
    assert!(
        matches!(family_messages(&effects)[..], [FamilyMessage::Invitation { options, .. }] if options.len() == 3)
    );
    // A second launch of the same conversation sends nothing.
    assert!(world.step(&conv, Event::Launch).1.is_empty());
}

#[test]
fn launch_without_open_slots_sends_nothing() {
    let world = World::new(0);
    let (conv, effects) = world.step(&Conversation::new(), Event::Launch);
    assert!(effects.is_empty());
    assert!(conv.offer.is_empty());
}

#[test]
fn choosing_an_offered_slot_asks_to_book_it_and_says_nothing_yet() {
    let world = World::new(3);
    let conv = world.invited();
    let (next, effects) = world.reply(&conv, Intent::Choose { choice: 2 });
    assert_eq!(effects, vec![Effect::Book(conv.offer[1].clone())]);
    assert_eq!(
        next.state,
        State::Invited,
        "booked only once the database says so"
    );
}

#[test]
fn a_confirmed_booking_tells_the_family_and_both_educators() {
    let world = World::new(3);
    let conv = world.invited();
    let (next, effects) = world.step(&conv, Event::Booked(conv.offer[0].clone()));
    assert_eq!(next.state, State::Booked);
    assert!(next.offer.is_empty());
    assert_eq!(notices(&effects), vec![&Notice::Confirmed]);
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::Booked { place: None, .. }]
    ));
}

#[test]
fn a_slot_just_taken_offers_what_is_left_renumbered() {
    let mut world = World::new(3);
    let conv = world.invited();
    world.open.remove(0);
    let (next, effects) = world.step(&conv, Event::SlotTaken);
    assert_eq!(next.state, State::Invited);
    assert_eq!(
        next.offer.iter().map(|o| o.slot_id).collect::<Vec<_>>(),
        [2, 3]
    );
    assert!(
        matches!(family_messages(&effects)[..], [FamilyMessage::SlotTaken { options }] if options.len() == 2)
    );
    assert!(notices(&effects).is_empty());
}

#[test]
fn a_slot_taken_with_nothing_left_asks_a_coordinator_to_call() {
    let mut world = World::new(1);
    let conv = world.invited();
    world.open.clear();
    let (_, effects) = world.step(&conv, Event::SlotTaken);
    assert!(effects.contains(&Effect::Handoff));
    assert_eq!(
        family_messages(&effects),
        vec![&FamilyMessage::NoOptionsLeft]
    );
}

#[test]
fn a_number_beyond_the_offer_or_two_numbers_asks_again() {
    let world = World::new(3);
    let conv = world.invited();
    for intent in [
        Intent::Choose { choice: 4 },
        Intent::Choose { choice: 0 },
        Intent::Ambiguous,
    ] {
        let (next, effects) = world.reply(&conv, intent);
        assert_eq!(next.state, State::Clarifying);
        assert_eq!(
            family_messages(&effects),
            vec![&FamilyMessage::Clarify { count: 3 }]
        );
        assert!(!effects.iter().any(|e| matches!(e, Effect::Book(_))));
    }
}

#[test]
fn yes_books_a_single_option_but_asks_which_of_several() {
    let one = World::new(1);
    let conv = one.invited();
    assert_eq!(
        one.reply(&conv, Intent::Accept).1,
        vec![Effect::Book(conv.offer[0].clone())]
    );
    let three = World::new(3);
    let (next, effects) = three.reply(&three.invited(), Intent::Accept);
    assert_eq!(next.state, State::Clarifying);
    assert!(
        matches!(family_messages(&effects)[..], [FamilyMessage::WhichOne { options }] if options.len() == 3)
    );
}

#[test]
fn a_clarifying_family_can_then_choose() {
    let world = World::new(3);
    let (conv, _) = world.reply(&world.invited(), Intent::Ambiguous);
    let (_, effects) = world.reply(&conv, Intent::Choose { choice: 3 });
    assert_eq!(effects, vec![Effect::Book(conv.offer[2].clone())]);
}

#[test]
fn declining_is_thanked_and_ends_outreach() {
    let world = World::new(3);
    let (conv, effects) = world.reply(&world.invited(), Intent::Decline);
    assert_eq!(conv.state, State::Declined);
    assert_eq!(
        family_messages(&effects),
        vec![&FamilyMessage::DeclineThanks]
    );
    assert!(
        world.step(&conv, Event::NoAnswer).1.is_empty(),
        "no follow-up after a decline"
    );
    assert!(world.step(&conv, Event::ReminderDue).1.is_empty());
    assert!(
        world.step(&conv, Event::Launch).1.is_empty(),
        "no new invitation"
    );
}

#[test]
fn a_family_that_declined_can_change_their_mind() {
    let world = World::new(3);
    let (conv, _) = world.reply(&world.invited(), Intent::Decline);
    let (next, effects) = world.reply(&conv, Intent::Accept);
    assert_eq!(next.state, State::Invited);
    assert!(
        matches!(family_messages(&effects)[..], [FamilyMessage::Change { options }] if options.len() == 3)
    );
}

#[test]
fn change_before_booking_offers_other_times() {
    let world = World::new(5);
    let (conv, effects) = world.reply(&world.invited(), Intent::Change);
    assert_eq!(
        conv.offer.iter().map(|o| o.slot_id).collect::<Vec<_>>(),
        [4, 5]
    );
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::Change { .. }]
    ));
    // Nothing else left: a coordinator is asked to call.
    let (_, effects) = World::new(3).reply(&World::new(3).invited(), Intent::Change);
    assert!(effects.contains(&Effect::Handoff));
    assert_eq!(
        family_messages(&effects),
        vec![&FamilyMessage::NoOptionsLeft]
    );
}

#[test]
fn a_booked_family_replying_a_number_is_reminded_of_their_visit() {
    let world = World::new(3);
    let conv = world.booked(1);
    for intent in [Intent::Choose { choice: 2 }, Intent::Accept] {
        let (next, effects) = world.reply(&conv, intent);
        assert_eq!(next, conv);
        assert!(matches!(
            family_messages(&effects)[..],
            [FamilyMessage::AlreadyBooked { .. }]
        ));
        assert!(notices(&effects).is_empty());
    }
}

#[test]
fn moving_a_visit_keeps_it_until_the_new_time_is_booked() {
    let mut world = World::new(3);
    let conv = world.booked(1);
    world.open = vec![option(7, ["Ana", "Ben"]), option(8, ["Cal", "Dee"])];
    let (changing, effects) = world.reply(&conv, Intent::Change);
    assert_eq!(changing.state, State::Booked);
    assert!(changing.booking.is_some(), "the booked visit stands");
    assert!(
        matches!(family_messages(&effects)[..], [FamilyMessage::Change { options }] if options.len() == 2)
    );
    assert!(notices(&effects).is_empty());

    // Same pair: they hear of a change.
    let (_, effects) = world.reply(&changing, Intent::Choose { choice: 1 });
    assert_eq!(effects, vec![Effect::Book(option(7, ["Ana", "Ben"]))]);
    let (moved, effects) = world.step(&changing, Event::Booked(option(7, ["Ana", "Ben"])));
    assert_eq!(moved.booking.as_ref().unwrap().option.slot_id, 7);
    assert!(effects.contains(&Effect::CancelVisit(option(1, ["Ana", "Ben"]))));
    assert!(matches!(notices(&effects)[..], [Notice::Changed { .. }]));

    // Another pair: the old pair hears of a cancellation, the new of a confirmation.
    let (_, effects) = world.step(&changing, Event::Booked(option(8, ["Cal", "Dee"])));
    assert_eq!(
        notices(&effects),
        vec![&Notice::Cancelled, &Notice::Confirmed]
    );
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::Booked { .. }]
    ));
}

#[test]
fn a_failed_move_keeps_the_booked_visit() {
    let world = World::new(3);
    let conv = world.booked(1);
    let (changing, _) = world.reply(&conv, Intent::Change);
    let (next, effects) = world.step(&changing, Event::SlotTaken);
    assert_eq!(next.state, State::Booked);
    assert_eq!(next.booking, conv.booking);
    assert!(!effects.iter().any(|e| matches!(e, Effect::CancelVisit(_))));
}

#[test]
fn no_after_booking_cancels_and_tells_both_educators() {
    let world = World::new(3);
    let conv = world.booked(2);
    let (next, effects) = world.reply(&conv, Intent::Decline);
    assert_eq!(next.state, State::Cancelled);
    assert!(next.booking.is_none());
    assert!(effects.contains(&Effect::CancelVisit(option(2, ["Ana", "Ben"]))));
    assert_eq!(notices(&effects), vec![&Notice::Cancelled]);
    assert_eq!(family_messages(&effects), vec![&FamilyMessage::Cancelled]);
    // They can come back.
    let (again, _) = world.reply(&next, Intent::Choose { choice: 1 });
    assert_eq!(again.state, State::Invited);
}

#[test]
fn a_coordinator_cancelling_a_visit_is_as_the_familys_no() {
    let world = World::new(3);
    let conv = world.booked(2);
    let (next, effects) = world.step(&conv, Event::CancelledBySchool);
    assert_eq!(next.state, State::Cancelled);
    assert!(effects.contains(&Effect::CancelVisit(option(2, ["Ana", "Ben"]))));
    assert_eq!(notices(&effects), vec![&Notice::Cancelled]);
    assert_eq!(family_messages(&effects), vec![&FamilyMessage::Cancelled]);
    let (again, nothing) = world.step(&world.invited(), Event::CancelledBySchool);
    assert_eq!(
        (again.state, nothing),
        (State::Invited, vec![]),
        "nothing booked"
    );
}

#[test]
fn a_coordinator_moving_a_visit_books_the_new_slot_and_both_pairs_hear() {
    let mut world = World::new(2);
    let conv = world.booked(1);
    let other = option(7, ["Linh", "Sam"]);
    let (_, nothing) = world.step(&conv, Event::MovedBySchool(other.clone()));
    assert!(
        nothing.is_empty(),
        "a slot not open for the family is ignored"
    );
    world.open.push(other.clone());
    let (same, effects) = world.step(&conv, Event::MovedBySchool(other.clone()));
    assert_eq!(effects, vec![Effect::Book(other.clone())]);
    let (moved, effects) = world.step(&same, Event::Booked(other.clone()));
    assert_eq!(moved.booking.unwrap().option, other);
    assert!(effects.contains(&Effect::CancelVisit(option(1, ["Ana", "Ben"]))));
    assert_eq!(
        notices(&effects),
        vec![&Notice::Cancelled, &Notice::Confirmed]
    );
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::Booked { .. }]
    ));
}

#[test]
fn a_place_request_takes_the_next_text_as_the_place() {
    let world = World::new(3);
    let conv = world.booked(1);
    let (asking, effects) = world.reply(&conv, Intent::Place);
    assert!(asking.awaiting_place);
    assert_eq!(family_messages(&effects), vec![&FamilyMessage::AskPlace]);
    let (placed, effects) = world.step(
        &asking,
        Event::Reply {
            intent: Intent::Other,
            text: "  the park on 5th street  ".into(),
            provider_answered: false,
        },
    );
    assert_eq!(placed.place.as_deref(), Some("the park on 5th street"));
    assert!(!placed.awaiting_place);
    assert!(effects.contains(&Effect::SetPlace("the park on 5th street".into())));
    assert_eq!(notices(&effects), vec![&Notice::PlaceChanged]);
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::PlaceThanks { .. }]
    ));
}

#[test]
fn a_place_asked_before_booking_is_used_for_the_booking() {
    let world = World::new(3);
    let (asking, _) = world.reply(&world.invited(), Intent::Place);
    let (placed, effects) = world.step(
        &asking,
        Event::Reply {
            intent: Intent::Other,
            text: "library".into(),
            provider_answered: false,
        },
    );
    assert!(
        notices(&effects).is_empty(),
        "no educator hears of a family before it chose a time"
    );
    let (_, effects) = world.step(&placed, Event::Booked(placed.offer[0].clone()));
    assert!(
        matches!(family_messages(&effects)[..], [FamilyMessage::Booked { place: Some(p), .. }] if p == "library")
    );
}

#[test]
fn a_number_while_asked_for_a_place_is_a_choice() {
    let world = World::new(3);
    let (asking, _) = world.reply(&world.invited(), Intent::Place);
    let (next, effects) = world.reply(&asking, Intent::Choose { choice: 1 });
    assert!(!next.awaiting_place);
    assert_eq!(effects, vec![Effect::Book(asking.offer[0].clone())]);
}

#[test]
fn a_place_with_a_number_in_it_is_still_the_place() {
    let world = World::new(3);
    let (asking, _) = world.reply(&world.booked(1), Intent::Place);
    let (placed, effects) = world.step(
        &asking,
        Event::Reply {
            intent: Intent::Choose { choice: 2 },
            text: "Central library, 2nd floor".into(),
            provider_answered: false,
        },
    );
    assert_eq!(placed.place.as_deref(), Some("Central library, 2nd floor"));
    assert_eq!(notices(&effects), vec![&Notice::PlaceChanged]);
}

#[test]
fn free_text_goes_to_a_person_and_the_family_is_told_once() {
    let world = World::new(3);
    let (first, effects) = world.reply(&world.invited(), Intent::Other);
    assert!(effects.contains(&Effect::Handoff));
    assert_eq!(family_messages(&effects), vec![&FamilyMessage::Handoff]);
    let (_, effects) = world.reply(&first, Intent::Other);
    assert_eq!(
        effects,
        vec![Effect::Handoff],
        "kept for the coordinator, not answered twice"
    );
}

#[test]
fn stop_opts_out_cancels_the_visit_and_confirms_once() {
    let world = World::new(3);
    let conv = world.booked(1);
    let (stopped, effects) = world.reply(&conv, Intent::Stop);
    assert_eq!(stopped.state, State::OptedOut);
    assert!(effects.contains(&Effect::OptOut { at: now() }));
    assert!(effects.contains(&Effect::CancelVisit(option(1, ["Ana", "Ben"]))));
    assert_eq!(notices(&effects), vec![&Notice::Cancelled]);
    assert_eq!(
        family_messages(&effects),
        vec![&FamilyMessage::StopConfirmation]
    );
    assert!(
        world.reply(&stopped, Intent::Stop).1.is_empty(),
        "confirmed once"
    );
}

#[test]
fn stop_answered_by_the_provider_is_not_confirmed_again() {
    let world = World::new(3);
    let (_, effects) = world.step(
        &world.invited(),
        Event::Reply {
            intent: Intent::Stop,
            text: "STOP".into(),
            provider_answered: true,
        },
    );
    assert!(effects.contains(&Effect::OptOut { at: now() }));
    assert!(family_messages(&effects).is_empty());
}

#[test]
fn the_provider_refusing_a_send_opts_the_family_out_silently() {
    let world = World::new(3);
    let (next, effects) = world.step(&world.invited(), Event::ProviderOptOut);
    assert_eq!(next.state, State::OptedOut);
    assert_eq!(effects, vec![Effect::OptOut { at: now() }]);
}

#[test]
fn only_start_after_stop_opts_back_in_and_offers_again() {
    let world = World::new(3);
    let (stopped, _) = world.reply(&world.invited(), Intent::Stop);
    let (next, effects) = world.reply(&stopped, Intent::Start);
    assert_eq!(next.state, State::Invited);
    assert!(effects.contains(&Effect::OptIn { at: now() }));
    assert!(matches!(
        family_messages(&effects)[..],
        [
            FamilyMessage::StartConfirmation,
            FamilyMessage::Change { .. }
        ]
    ));
}

#[test]
fn ok_thanks_or_yes_after_stop_is_not_consent_and_gets_nothing() {
    let world = World::new(3);
    let (stopped, _) = world.reply(&world.invited(), Intent::Stop);
    for intent in [
        Intent::Accept,
        Intent::Choose { choice: 1 },
        Intent::Change,
        Intent::Decline,
        Intent::Place,
        Intent::Ambiguous,
        Intent::Other,
    ] {
        let (next, effects) = world.reply(&stopped, intent);
        assert_eq!(next.state, State::OptedOut, "{intent:?}");
        assert_eq!(effects, vec![], "{intent:?} after STOP does nothing");
    }
}

#[test]
fn a_time_that_has_passed_is_never_booked_the_family_gets_what_is_open() {
    let world = World::new(3);
    let conv = world.invited();
    // Days later: option 1 has passed, 2 is too close; the open list no longer has them.
    let later = conv.offer[1].start - Duration::hours(2);
    let open: Vec<SlotOption> = vec![option(40, ["Cy", "Di"])];
    let facts = Facts {
        open: Open::all(&open),
        ..world.facts()
    };
    for choice in [1, 2] {
        let (next, effects) = step(
            &conv,
            Event::Reply {
                intent: Intent::Choose { choice },
                text: choice.to_string(),
                provider_answered: false,
            },
            &facts,
            later,
        );
        assert!(
            !effects.iter().any(|e| matches!(e, Effect::Book(_))),
            "option {choice} is not bookable: {effects:?}"
        );
        assert_eq!(next.offer, open);
        assert!(matches!(
            family_messages(&effects)[..],
            [FamilyMessage::SlotTaken { .. }]
        ));
    }
    // A time still far enough ahead books as usual.
    let (_, effects) = step(
        &conv,
        Event::Reply {
            intent: Intent::Choose { choice: 3 },
            text: "3".into(),
            provider_answered: false,
        },
        &facts,
        conv.offer[2].start - Duration::hours(13),
    );
    assert!(matches!(effects[..], [Effect::Book(_)]));
}

#[test]
fn help_is_answered_in_every_state_and_changes_nothing() {
    let world = World::new(3);
    let (stopped, _) = world.reply(&world.invited(), Intent::Stop);
    for conv in [world.invited(), world.booked(1), stopped] {
        let (next, effects) = world.reply(&conv, Intent::Help);
        assert_eq!(next, conv);
        assert!(matches!(
            family_messages(&effects)[..],
            [FamilyMessage::Help { .. }]
        ));
    }
}

#[test]
fn one_gentle_follow_up_and_never_a_second() {
    let world = World::new(3);
    let (followed, effects) = world.step(&world.invited(), Event::NoAnswer);
    assert_eq!(followed.state, State::FollowedUp);
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::FollowUp { .. }]
    ));
    assert!(world.step(&followed, Event::NoAnswer).1.is_empty());
    // Still never a second one after a clarification round.
    let (clarifying, _) = world.reply(&followed, Intent::Ambiguous);
    assert!(world.step(&clarifying, Event::NoAnswer).1.is_empty());
}

#[test]
fn the_reminder_goes_to_the_family_and_both_educators_only_when_booked() {
    let world = World::new(3);
    let (_, effects) = world.step(&world.booked(1), Event::ReminderDue);
    assert!(matches!(
        family_messages(&effects)[..],
        [FamilyMessage::Reminder { .. }]
    ));
    assert_eq!(notices(&effects), vec![&Notice::Reminder]);
    assert!(
        world
            .step(&world.invited(), Event::ReminderDue)
            .1
            .is_empty()
    );
}

#[test]
fn a_completed_visit_is_completed_once() {
    let world = World::new(3);
    let (done, effects) = world.step(&world.booked(1), Event::Completed);
    assert_eq!(done.state, State::Completed);
    assert!(effects.is_empty());
    assert_eq!(world.step(&done, Event::Completed).0, done);
}

#[test]
fn states_round_trip_through_their_names() {
    for s in State::ALL {
        assert_eq!(State::parse(s.as_str()), Some(s));
    }
    assert_eq!(State::parse("nonsense"), None);
}

/// Every state a conversation can be in, reached through the machine itself.
fn every_conversation(world: &World) -> Vec<Conversation> {
    let invited = world.invited();
    let booked = world.booked(1);
    let (followed, _) = world.step(&invited, Event::NoAnswer);
    let (clarifying, _) = world.reply(&invited, Intent::Ambiguous);
    let (declined, _) = world.reply(&invited, Intent::Decline);
    let (cancelled, _) = world.reply(&booked, Intent::Decline);
    let (opted_out, _) = world.reply(&booked, Intent::Stop);
    let (completed, _) = world.step(&booked, Event::Completed);
    let (changing, _) = world.reply(&booked, Intent::Change);
    let (placing, _) = world.reply(&booked, Intent::Place);
    vec![
        invited, booked, followed, clarifying, declined, cancelled, opted_out, completed, changing,
        placing,
    ]
}

fn every_reply() -> Vec<Intent> {
    vec![
        Intent::Choose { choice: 1 },
        Intent::Choose { choice: 2 },
        Intent::Choose { choice: 9 },
        Intent::Ambiguous,
        Intent::Accept,
        Intent::Decline,
        Intent::Change,
        Intent::Place,
        Intent::Stop,
        Intent::Start,
        Intent::Help,
        Intent::Other,
    ]
}

#[test]
fn rule_no_educator_hears_of_a_family_that_has_not_chosen_a_time() {
    let world = World::new(5);
    for conv in every_conversation(&world) {
        for intent in every_reply() {
            let (_, effects) = world.reply(&conv, intent);
            if conv.booking.is_none() {
                assert!(
                    notices(&effects).is_empty(),
                    "{:?} + {intent:?} → {effects:?}",
                    conv.state
                );
            }
        }
        for event in [
            Event::NoAnswer,
            Event::ReminderDue,
            Event::Launch,
            Event::SlotTaken,
            Event::ProviderOptOut,
        ] {
            let (_, effects) = world.step(&conv, event.clone());
            if conv.booking.is_none() {
                assert!(
                    notices(&effects).is_empty(),
                    "{:?} + {event:?} → {effects:?}",
                    conv.state
                );
            }
        }
    }
}

#[test]
fn rule_nothing_is_sent_after_stop_but_help_and_the_way_back() {
    let world = World::new(5);
    let (stopped, _) = world.reply(&world.invited(), Intent::Stop);
    for intent in every_reply() {
        let (_, effects) = world.reply(&stopped, intent);
        if !matches!(intent, Intent::Help | Intent::Start | Intent::Accept) {
            assert!(effects.is_empty(), "{intent:?} → {effects:?}");
        }
    }
    for event in [
        Event::NoAnswer,
        Event::ReminderDue,
        Event::Launch,
        Event::ProviderOptOut,
    ] {
        assert!(
            world.step(&stopped, event.clone()).1.is_empty(),
            "{event:?}"
        );
    }
}

#[test]
fn rule_a_decline_is_never_answered_with_an_invitation_unless_the_family_asks() {
    let world = World::new(5);
    let (declined, _) = world.reply(&world.invited(), Intent::Decline);
    for event in [Event::NoAnswer, Event::ReminderDue, Event::Launch] {
        assert!(world.step(&declined, event).1.is_empty());
    }
    for intent in [Intent::Decline, Intent::Help, Intent::Other, Intent::Start] {
        let (_, effects) = world.reply(&declined, intent);
        assert!(
            !family_messages(&effects).iter().any(|m| matches!(
                m,
                FamilyMessage::Invitation { .. }
                    | FamilyMessage::Change { .. }
                    | FamilyMessage::FollowUp { .. }
            )),
            "{intent:?} → {effects:?}"
        );
    }
}

#[test]
fn rule_at_most_one_follow_up_on_every_path() {
    let world = World::new(5);
    for conv in every_conversation(&world) {
        let (once, first) = world.step(&conv, Event::NoAnswer);
        let (_, second) = world.step(&once, Event::NoAnswer);
        let count = |effects: &[Effect]| {
            family_messages(effects)
                .iter()
                .filter(|m| matches!(m, FamilyMessage::FollowUp { .. }))
                .count()
        };
        assert!(count(&first) + count(&second) <= 1, "{:?}", conv.state);
        if !conv.state.is_open() {
            assert_eq!(count(&first), 0, "no follow-up in {:?}", conv.state);
        }
    }
}

#[test]
fn rule_every_booking_request_is_for_an_offered_slot() {
    let world = World::new(5);
    for conv in every_conversation(&world) {
        for intent in every_reply() {
            let (_, effects) = world.reply(&conv, intent);
            for effect in &effects {
                if let Effect::Book(slot) = effect {
                    assert!(
                        conv.offer.contains(slot),
                        "{:?} + {intent:?} booked an unoffered slot",
                        conv.state
                    );
                }
            }
        }
    }
}

/// Steps with the open slots withheld: whether the step read them, and what it decided.
fn probe(world: &World, conv: &Conversation, event: Event) -> (bool, Conversation, Vec<Effect>) {
    let read = std::sync::atomic::AtomicBool::new(false);
    let facts = Facts {
        family: &world.family,
        open: Open::probe(&read),
        program: "Home Visits",
        contact: "916-555-0100",
    };
    let (next, effects) = step(conv, event, &facts, now());
    (
        read.load(std::sync::atomic::Ordering::Relaxed),
        next,
        effects,
    )
}

fn reply_event(intent: Intent) -> Event {
    Event::Reply {
        intent,
        text: "text".into(),
        provider_answered: false,
    }
}

#[test]
fn a_number_no_or_yes_never_reads_the_open_slots_and_decides_the_same_without_them() {
    let world = World::new(5);
    let invited = world.invited();
    for intent in [
        Intent::Choose { choice: 2 },
        Intent::Decline,
        Intent::Accept,
        Intent::Stop,
        Intent::Help,
        Intent::Other,
    ] {
        let (read, next, effects) = probe(&world, &invited, reply_event(intent));
        assert!(!read, "{intent:?} read the open slots");
        assert_eq!((next, effects), world.reply(&invited, intent), "{intent:?}");
    }
    // Confirming a booking does not need them either.
    let (_, effects) = world.reply(&invited, Intent::Choose { choice: 1 });
    let Effect::Book(slot) = effects[0].clone() else {
        panic!("{effects:?}")
    };
    let (read, next, effects) = probe(&world, &invited, Event::Booked(slot.clone()));
    assert!(!read);
    assert_eq!((next, effects), world.step(&invited, Event::Booked(slot)));
}

#[test]
fn a_change_or_a_launch_reads_the_open_slots() {
    let world = World::new(5);
    let (read, ..) = probe(&world, &Conversation::new(), Event::Launch);
    assert!(read, "a launch offers the open slots");
    let booked = world.booked(1);
    let (read, ..) = probe(&world, &booked, reply_event(Intent::Change));
    assert!(read, "CHANGE offers other open slots");
    let (read, ..) = probe(&world, &world.invited(), Event::SlotTaken);
    assert!(read, "a taken slot offers what is left");
}
