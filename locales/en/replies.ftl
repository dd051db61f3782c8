### Reply keywords: English (en).
### Status: draft: needs review by a native speaker (written by engineering; add real replies).
###
### How homevisit reads a family's reply. Each message is a comma-separated list of words or
### phrases; case, accents, punctuation and spacing do not matter, and a family may stretch a
### word ("yesss"). English words are understood in every language, so other files list only
### their own. Digits in any script (2, ٢, ۲, ੨) and 👍 / 👎 are understood everywhere already.
### Try a reply with: homevisit understand --language en "yes 2 please"
###
### Keys every locale defines:
###   reply-accept        yes without a number
###   reply-decline       no, and cancelling the visit (English CANCEL alone is a carrier
###                       opt-out; a locale's own bare "cancel", which our texts use for the
###                       visit, is listed here, not under reply-stop)
###   reply-change        another time or day (moving the visit)
###   reply-place         meet somewhere other than home (keep it to clear phrases)
###   reply-stop          opt-out words, matched only as the WHOLE message
###   reply-stop-phrases  opt-out sentences ("stop texting me", "remove my number"), matched
###                       when the rest is only please/thanks; anything more goes to a person
###   reply-start         opt back in, whole message only: explicit start/resubscribe words,
###                       never a yes, ok or thanks
###   reply-help          ask for help, whole message only
###   reply-ordinals      .first … .fifth: phrases naming an option anywhere in a reply
###   reply-numbers       .one … .five: words naming an option only when they are the whole
###                       reply (with at most please/thanks/yes): "two", "second"
###   reply-neutral       politeness and filler that mean nothing here (please, thanks, "option")
###   reply-not           words that negate the option after them ("not 1")
###   reply-time          words that make a number near them a time, date, grade or count, not
###                       an option ("at 3", "3pm", "on the 3rd of May", "3 kids", "2nd grade")
### Optional keys (every shipped locale has the first):
###   reply-unsure        "I don't know", "not sure", "maybe", "why not": the reply is read by a
###                       person (a number with them is asked again)
###   reply-accept-whole  yes words that mean yes only as the WHOLE message (Chinese 是: inside
###                       a sentence it is "to be"; Spanish "va", "goes"; "y", Spanish "and")
###   reply-decline-whole no words that mean no only as the WHOLE message ("n": "me n my
###                       husband" is "and")
###   reply-lookalikes    names and words that look like a keyword once accents are dropped
###                       (Vietnamese Huy, Dung beside hủy, dừng): typed without accents, the
###                       reply goes to a person

reply-accept = yes, yeah, yea, ya, yah, yep, yup, ye, yes please, ok, okay, okey, oki, okie, k, kk, sure, sure thing, sounds good, sounds great, that works, works, works for me, works for us, that works for me, that is fine, thats fine, fine, good, great, perfect, of course, absolutely, definitely, alright, all right, confirm, confirmed, i accept, accept, we accept, yes we can, i can, we can, count us in, no problem, no prob, lets do it, no worries, not a problem, no problemo, yes of course, sure why not, i dont mind, we dont mind, dont mind, no doubt, not a problem at all

reply-decline = no, nope, nah, naw, no thanks, no thank you, not interested, were not interested, not now, not at this time, i cant, we cant, cannot, i can not, we can not, not good, no good, not ok, not okay, cant make it, i decline, decline, pass, we will pass, no way, cancel the visit, cancel visit, cancel my visit, cancel our visit, cancel it, cancel the appointment, cancel appointment, i dont want, we dont want, not available, im busy, we are busy, no thx, no thank u, nope thanks, not for us, not this time, we will pass thanks, were busy, not right now, not now thanks, not this year

reply-change = change, change time, change the time, change the day, another time, different time, other time, other times, another day, different day, other day, reschedule, re schedule, move it, move the visit, other options, something else, a later time, an earlier time, a later date, next week, another week, can we do later, none of those, none of these, none of them, none of those times, none of these times, none work, none of them work, not that day, that day doesnt work, that day does not work, cant that day, cant make that day, that day is bad

reply-place = place, location, another place, different place, somewhere else, not at home, not at my house, not at our house, meet at the park, meet at the library, meet at the school, meet at school, meet at a park, at the library, at the park, change the place, change place

reply-stop = stop, stopall, stop all, unsubscribe, cancel, end, quit, revoke, opt out, optout, opt-out

reply-stop-phrases = stop, stop all, unsubscribe, stop texting, stop texting me, stop texting us, stop messaging me, stop sending messages, stop sending me messages, stop the texts, stop these texts, dont text me, do not text me, dont text, do not text, dont message me, no more texts, no more messages, remove me, remove my number, remove me from this list, remove me from the list, take me off, take me off the list, take me off your list, unsubscribe me, opt me out, leave me alone, stop sending texts, stop sending me texts, stop sending these, stop sending these messages, stop contacting me, stop contacting us, dont contact me, do not contact me, dont contact us, no more text messages, no more sms, no more texting, i dont want texts, i dont want messages, i dont want these messages, i dont want these texts, i dont want any texts, i dont want any messages, i do not want texts, i do not want messages, we dont want texts, we dont want messages, i want to unsubscribe, i want to opt out, i want out, remove my number from your list, remove us, remove us from the list, delete my number, take my number off, take my number off your list, lose my number, please unsubscribe me, stop all messages, stop all texts, cancel texts, cancel the texts, cancel messages, cancel my subscription, end texts, quit texting me, leave us alone, stop bothering me, stop bothering us, unsubscribe me please, opt out please, revoke consent, i revoke consent, stop texting this number, dont text this number, do not text this number, remove me from your list, please remove me from your list

reply-start = start, unstop, subscribe, resume

reply-help = help, info, information, help me

reply-ordinals =
    .first = the first, the first one, first one, first option, the first option, option one, number one, the 1st one
    .second = the second, the second one, second one, second option, the second option, option two, number two, the 2nd one
    .third = the third, the third one, third one, third option, the third option, option three, number three, the 3rd one
    .fourth = the fourth, the fourth one, fourth one, fourth option, option four, number four
    .fifth = the fifth, the fifth one, fifth one, fifth option, option five, number five

reply-numbers =
    .one = first
    .two = two, second
    .three = three, third
    .four = four, fourth
    .five = five, fifth

reply-neutral = please, pls, plz, thanks, thank you, thank you so much, thanks so much, thx, ty, tysm, hi, hello, hey, good morning, good afternoon, good evening, ms, mr, mrs, miss, teacher, option, number, num, no., the, one, the one, choice, i choose, i pick, i want, we want, ill take, we will take, give me, st, nd, rd, th, a second, one second, just a second, wait a second, anymore, any more, now, right now, again, immediately, is, it, please and thank you, god bless, bless you, we are good, were good, im good, i am good, were fine, we are fine, im fine, of, my, our, his, her, their, and, little, young, older, younger, oldest, youngest

reply-not = not, except, but not, anything but, dont, isnt, not the, wont, will not, wouldnt, would not, doesnt, does not, cant, couldnt, is not, arent, never, neither, nor, no not

reply-time = at, around, about, after, before, until, till, by, from, am, pm, a m, p m, oclock, o clock, h, hr, hrs, hour, hours, min, mins, minutes, morning, afternoon, evening, tonight, noon, today, tomorrow, monday, tuesday, wednesday, thursday, friday, saturday, sunday, mon, tue, tues, wed, thu, thur, thurs, fri, sat, sun, january, february, march, april, june, july, august, september, october, november, december, jan, feb, mar, apr, jun, jul, aug, sep, sept, oct, nov, dec, kids, children, days, weeks, dollars, grade, grader, graders, kid, child, son, sons, daughter, daughters, boys, girls, brothers, sisters, siblings, year, years, yrs, yo, month, months, week, day, people, tmrw, tmr, tonite, i have, we have, i got, we got, he is, she is, hes, shes, age, aged, turns, turned, old, floor, apt, apartment, room, unit, suite, building, bus, route, street, ave, grade level, on

reply-unsure = i dont know, idk, dont know, dunno, not sure, im not sure, unsure, not sure yet, maybe, maybe not, perhaps, possibly, why not, let me check, let me think, let me see, ill let you know, i will let you know, ill ask, let me ask, we will see, not yet

reply-decline-whole = n

reply-accept-whole = y
