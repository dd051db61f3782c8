# Review status: reviewed (English is the source locale; every other locale is checked against it).
# reply-words: yes=YES change=CHANGE decline=NO place=PLACE stop=STOP start=START help=HELP
#
# Texts to families are SMS: keep them short (see locales/README.md for the segment table),
# warm, and about the child's hopes and dreams. Never grades, behaviour, attendance or problems.
# Families never click links: everything they can do is a word or a number they reply.

## Pieces that other messages are built from

# The day and time of a slot, in the school's time zone.
# $datetime: ICU4X's short form in this locale, e.g. "Thu, Dec 3, 4:30 PM".
# Also passed, for a locale ICU4X has no names for (see hmn): $weekday (mon … sun),
# $month (1–12), $day (1–31), $hour (0–23), $hour12 (1–12), $minute ("05"),
# $period (morning, afternoon, evening).
when = { $datetime }

# One numbered option. $number: 1, 2 or 3. $when: the message above.
option = { $number }) { $when }

# Between two options: a line break.
option-separator = { "\u000A" }

# A family's language, named for an educator. $code: a language subtag (es, vi, hmn,
# zh-Hans, prs, …); any other code is shown as it is.
language-name =
    { $code ->
        [en] English
        [es] Spanish
        [vi] Vietnamese
        [hmn] Hmong
        [zh-Hans] Chinese (Simplified)
        [zh-Hant] Chinese (Traditional)
        [ru] Russian
        [uk] Ukrainian
        [ar] Arabic
        [pa] Punjabi
        [fa] Persian
        [prs] Dari
        [tl] Tagalog
        [ko] Korean
        [so] Somali
        [ht] Haitian Creole
        [pt] Portuguese
        [fr] French
        [ps] Pashto
        [sw] Swahili
       *[other] { $code }
    }

## Texts to families

# The first text of a campaign.
# $guardian, $children (already joined: "Alejandro and Guadalupe"), $count (how many
# children), $school, $educator1 and $educator2 (the pair of the first option),
# $pairs: "one" when every option has that same pair, "many" otherwise,
# $options: the numbered options, one per line.
invitation =
    Hi { $guardian }! { $pairs ->
        [one] { $educator1 } and { $educator2 } from { $school }
       *[many] Two teachers from { $school }
    } would love a 30-min home visit to hear your hopes for { $children }. Only if you wish: reply with a number, or NO.
    { $options }

# The invitation to the year's second visit, to a family whose first visit was completed.
# $guardian, $children, $count, $school, $options as in invitation; $visited1 and $visited2:
# the pair who came the first time (their times are offered first).
invitation-second =
    Hi { $guardian }! { $visited1 } and { $visited2 } from { $school } would love to visit you again, 30 min, to hear how { $children } { $count ->
        [one] is
       *[other] are
    } doing. Only if you wish: reply with a number, or NO.
    { $options }

# The one gentle follow-up. Same variables as invitation (most are left out to keep it short).
follow-up =
    Hello again from { $school }! We'd still love to visit you for 30 min, only if you wish: reply with a number, or NO.
    { $options }

# $educator1, $educator2, $when, $where (home or other), $place.
booked =
    Thank you! { $educator1 } and { $educator2 } will visit you { $where ->
        [home] at home
       *[other] at { $place }
    } on { $when } for 30 min. To move it reply CHANGE, to cancel reply NO.

# Added to booked (after a space) when an interpreter comes too. $interpreter: their name.
booked-interpreter = An interpreter, { $interpreter }, will come too.

# Same variables as booked.
already-booked =
    You're all set: { $educator1 } and { $educator2 }, { $when }, { $where ->
        [home] at home
       *[other] at { $place }
    }. Reply CHANGE to move it or NO to cancel.

# $options: the options still open, renumbered.
slot-taken =
    Sorry, that time was just taken. Reply with another number:
    { $options }

# $count: how many options are open (1 to 3).
clarify =
    { $count ->
        [1] Please reply 1 to choose this time, or NO.
        [2] Please reply with one number, 1 or 2, or NO.
       *[other] Please reply with one number, 1, 2 or 3, or NO.
    }

# $options.
which-one =
    Wonderful! Which time works best? Reply with its number:
    { $options }

decline-thanks = Thank you for letting us know. If you change your mind, just reply YES.

# $options: new options after CHANGE.
change =
    Of course. Reply with the number of a new time:
    { $options }

no-options-left = Thank you! No other times are open right now; someone from the school will call you soon.

cancelled = Your visit is cancelled. Thank you! If you would like to meet later, just reply YES.

# Same variables as booked.
reminder =
    See you tomorrow! { $educator1 } and { $educator2 } will visit you { $where ->
        [home] at home
       *[other] at { $place }
    } on { $when } for 30 min. Reply CHANGE or NO if needed.

ask-place = Of course! Where would you like to meet? A park, a library, the school? Reply with the place.

# $place: what the family wrote.
place-thanks = Thank you! We told the teachers to meet you at: { $place }

stop-confirmation = You will not get any more texts from us. Reply START to get them again.

start-confirmation = Welcome back! You will get our texts again. Reply STOP to stop.

# $program, $contact.
help = { $program }: school home visits. Questions? { $contact }. Reply STOP to stop.

handoff = Thank you! A person from the school will answer you soon.

# $program, $contact.
unknown-sender = This is { $program }, the home visit program of your school. To reach the school: { $contact }. Reply STOP to stop.

## Texts to educators

# $guardian, $children, $count, $language (already named, e.g. "Spanish"),
# $interpreter: "no" when the pair speaks the family's language, "yes" when it needs an
# interpreter, $when, $where (home or other), $place, $partner.
educator-confirmed =
    New visit: { $guardian } ({ $children }), { $when }, { $where ->
        [home] at the family's home
       *[other] at { $place }
    }, with { $partner }. Language: { $language }{ $interpreter ->
        [yes] {" "}(interpreter needed)
       *[no] {""}
    }.

# Same as educator-confirmed, plus $previous: the old time.
educator-changed =
    Visit moved: { $guardian } ({ $children }) is now { $when } (was { $previous }), { $where ->
        [home] at the family's home
       *[other] at { $place }
    }, with { $partner }. Language: { $language }{ $interpreter ->
        [yes] {" "}(interpreter needed)
       *[no] {""}
    }.

# Same variables as educator-confirmed.
educator-cancelled = Visit cancelled: { $guardian } ({ $children }), { $when }, with { $partner }. Thank you!

# Same variables as educator-confirmed.
educator-reminder =
    Tomorrow: { $guardian } ({ $children }), { $when }, { $where ->
        [home] at the family's home
       *[other] at { $place }
    }, with { $partner }. Language: { $language }{ $interpreter ->
        [yes] {" "}(interpreter needed)
       *[no] {""}
    }.

# Same variables as educator-confirmed.
educator-place-changed = New place for { $guardian } ({ $children }), { $when }: { $place }. With { $partner }.

# After DONE. Same variables as educator-confirmed.
educator-done = Thank you! Your visit with { $guardian } ({ $when }) is recorded as done, for you and { $partner }.

# After CANT. Same variables as educator-confirmed.
educator-cant = Thank you for telling us. The coordinator will arrange the visit with { $guardian } ({ $when }); the family hears nothing until then.

# DONE or CANT with no such visit. No variables.
educator-no-visit = Thank you! We found no visit of yours to mark. Your coordinator can help.

# After DONE, each educator of the pair is asked this once, for the pair's reflection (the
# program's practice: what the family shared of their hopes). Their next text that is not a
# keyword is kept with the visit, for the pair and the coordinator; never for the family.
# $guardian, $children (already joined).
educator-ask-reflection = Thank you for visiting { $guardian }! What did you learn of their hopes and dreams for { $children }? Reply in a few words (never sent to the family), or SKIP.

# The reflection was kept (or skipped). $guardian; $skipped: "yes" or "no".
educator-reflection-kept =
    { $skipped ->
        [yes] No problem: no reflection for { $guardian }'s visit.
       *[no] Thank you! Your reflection on { $guardian }'s visit is kept.
    }

## Educators' calendar feed (GET /calendar/{token}.ics), in the educator's first language

# The calendar's name in the educator's app. $educator: their name.
calendar-name = Home visits — { $educator }

# A visit's title. $guardian; $state: booked, completed or cancelled; $where, $place.
calendar-summary =
    { $state ->
        [cancelled] Cancelled: home visit, { $guardian }
       *[other] Home visit: { $guardian }
    }

# Where to meet. $where: home or other; $place: what the family wrote (other only).
# Also $guardian and $state.
calendar-place =
    { $where ->
        [home] Family's home
       *[other] { $place }
    }

# A visit's notes, one fact per line. $guardian, $children (already joined), $count,
# $language (already named), $interpreter ("yes": neither of the pair speaks it, "no"),
# $partner, $place (calendar-place), $minutes, $state, $where.
calendar-notes =
    Family: { $guardian }
    Children: { $children }
    Language: { $language } ({ $interpreter ->
        [yes] bring an interpreter
       *[no] your pair speaks it
    })
    With: { $partner }
    Place: { $place }
    { $minutes ->
        [one] { $minutes } minute
       *[other] { $minutes } minutes
    }
    { $state ->
        [cancelled] This visit was cancelled.
        [completed] Completed, thank you.
       *[other] Text DONE after the visit.
    }

## Spoken on a phone call (TwiML <Say>), for families whose roster contact is voice, or whose
## texts cannot arrive. Written to be heard, not read: no "reply", no abbreviations, keys to
## press said as words a caller hears ("press 1"). Each is read by the provider's text-to-speech
## voice for the language (see the voice table in locales/README.md); a locale without a voice
## is read in English. No SMS budget, but keep each under about 20 seconds of speech.

# A call's opening about a visit offer. Same variables as invitation, except $options.
voice-invitation =
    Hello { $guardian }! This is { $school }. { $pairs ->
        [one] { $educator1 } and { $educator2 }
       *[many] Two teachers
    } would love to visit you for 30 minutes, to hear your hopes for { $children }. Only if you wish.

# A call's opening about the second visit. Same variables as invitation-second, except
# $options.
voice-invitation-second =
    Hello { $guardian }! This is { $school }. { $visited1 } and { $visited2 } would love to visit you again for 30 minutes, to hear how { $children } { $count ->
        [one] is
       *[other] are
    } doing. Only if you wish.

# One spoken option. $number: the key to press (1, 2 or 3); $when: as in the when message.
voice-option = For { $when }, press { $number }.

# After the options.
voice-menu-end = If you do not want a visit now, press 9. To speak with someone, press 0.

# Nothing was pressed; the choices are said once more.
voice-no-input = We did not hear a choice.

# A key that is not one of the choices.
voice-not-a-choice = Sorry, that is not one of the choices.

voice-goodbye = Thank you. Goodbye!

# The family pressed a time. $educator1, $educator2, $when, $where (home or other), $place.
voice-booked =
    Thank you! { $educator1 } and { $educator2 } will visit you { $where ->
        [home] at home
       *[other] at { $place }
    } on { $when }, for 30 minutes. We will call you the day before.

# The family's booked visit, on a call. Same variables as voice-booked.
voice-visit =
    Your home visit with { $educator1 } and { $educator2 } is on { $when }, { $where ->
        [home] at your home
       *[other] at { $place }
    }.

# The day before a booked visit: said before voice-visit. $school.
voice-reminder = Hello! This is a reminder from { $school }.

# After voice-visit.
voice-visit-choices = To keep it, press 1. To change the time, press 2. To cancel it, press 3.

# They pressed 1 to keep their visit.
voice-kept = Wonderful. See you then!

# They pressed 9.
voice-decline-thanks = Thank you for letting us know. If you change your mind, just call the school.

# They pressed 3 on a booked visit.
voice-cancelled = Your visit is cancelled. Thank you! If you would like to meet later, just call the school.

# The time they pressed was just taken; the open times follow.
voice-slot-taken = Sorry, that time was just taken.

# They pressed 2 (change), and other times follow.
voice-change = Of course. Here are other times.

voice-no-options-left = Thank you! No other times are open right now. Someone from the school will call you soon.

# They pressed 0, or the call needs a person.
voice-handoff = Thank you. Someone from the school will call you back soon.

# An answering machine picked up: never an offer, only who called and how to call back.
# $program, $contact.
voice-machine = Hello, this is { $program }, the home visit program of your child's school. Please call us back at { $contact }. Thank you!

# Someone we do not know called. $program, $contact.
voice-unknown-caller = Hello, this is { $program }, the home visit program of your child's school. To reach the school, please call { $contact }. Goodbye!

# A known family called with nothing to choose. $school.
voice-nothing-open = Hello from { $school }! There is nothing to choose right now. To speak with someone, press 0.

# Said in English first to a family whose language has no voice yet. $language: the language,
# named in this locale (see language-name).
voice-no-voice = We will call you back with someone who speaks { $language }. To speak with someone now, press 0.
