# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker (White Hmong, RPA spelling); native review essential, the reviewer was unsure of the Hmong points; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=YOG change=HLOOV decline=TSIS place=CHAW stop=NRES start=PIB help=PAB
#
# ICU4X has no Hmong data (it would print English weekday names), so `when` spells the day
# and time here. Hmong has no plural rules in intl_pluralrules: select on numbers only with
# exact keys and *[other]. Variables: see locales/en/main.ftl.

# The weekday by name, then month/day as US schools write them (12/3): Hmong month names
# ("Lub Kaum Ob Hlis") are clearer but cost a whole SMS segment more in a three-option
# invitation. A reviewer may prefer them: they are listed below. For the reviewer too: is
# "tav su" right for 12:00–17:59, or would parents rather read "yav tav su" (afternoon) or
# "4:30 PM"?
when =
    { $weekday ->
        [mon] Hnub Ib
        [tue] Hnub Ob
        [wed] Hnub Peb
        [thu] Hnub Plaub
        [fri] Hnub Tsib
        [sat] Hnub Rau
       *[sun] Hnub Xya
    } { $month }/{ $day }, { $hour12 }:{ $minute } { $period ->
        [morning] sawv ntxov
        [afternoon] tav su
       *[evening] tsaus ntuj
    }

# Month names, should a reviewer prefer them in `when` (select on $month):
# 1 Lub Ib Hlis, 2 Lub Ob Hlis, 3 Lub Peb Hlis, 4 Lub Plaub Hlis, 5 Lub Tsib Hlis,
# 6 Lub Rau Hlis, 7 Lub Xya Hlis, 8 Lub Yim Hlis, 9 Lub Cuaj Hlis, 10 Lub Kaum Hlis,
# 11 Lub Kaum Ib Hlis, 12 Lub Kaum Ob Hlis.

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] lus Askiv
        [es] lus Mev
        [vi] lus Nyab Laj
        [hmn] lus Hmoob
        [zh-Hans] lus Suav (Simplified)
        [zh-Hant] lus Suav (Traditional)
        [ru] lus Lavxias
        [uk] lus Ukraine
        [ar] lus Arab
        [pa] lus Punjabi
        [fa] lus Persian
        [prs] lus Dari
        [tl] lus Tagalog
        [ko] lus Kauslim
        [so] lus Somali
        [ht] lus Haitian Creole
        [pt] lus Portuguese
        [fr] lus Fabkis
        [ps] lus Pashto
        [sw] lus Swahili
       *[other] { $code }
    }

invitation =
    Nyob zoo { $guardian }! { $pairs ->
        [one] { $educator1 } thiab { $educator2 } ntawm { $school }
       *[many] Ob tug xib fwb ntawm { $school }
    } xav tuaj xyuas koj tsev 30 feeb mloog koj tej kev cia siab rau { $children }. Koj kam xwb: teb tus lej lossis TSIS.
    { $options }

invitation-second =
    Nyob zoo { $guardian }! { $visited1 } thiab { $visited2 } ntawm { $school } xav rov tuaj xyuas koj tsev dua 30 feeb mloog seb { $children } nyob li cas lawm. Koj kam xwb: teb tus lej lossis TSIS.
    { $options }

follow-up =
    Nyob zoo! { $school } rov qab xa lus tuaj: peb tseem xav tuaj xyuas koj 30 feeb, yog koj kam xwb: teb ib tus lej lossis TSIS.
    { $options }

booked =
    Ua tsaug! { $educator1 } thiab { $educator2 } yuav { $where ->
        [home] tuaj koj tsev
       *[other] ntsib koj ntawm { $place }
    } { $when }, 30 feeb. Yog xav hloov sij hawm, teb HLOOV; yog tsis xav kom tuaj, teb TSIS.

booked-interpreter = Tus neeg txhais lus, { $interpreter }, kuj yuav tuaj nrog.

already-booked =
    Teem tiav lawm: { $educator1 } thiab { $educator2 }, { $when }, { $where ->
        [home] koj tsev
       *[other] ntawm { $place }
    }. Yog xav hloov sij hawm, teb HLOOV; yog tsis xav kom tuaj, teb TSIS.

slot-taken =
    Thov txim, lub sij hawm ntawd muaj neeg xaiv lawm. Teb lwm tus lej:
    { $options }

clarify =
    { $count ->
        [1] Thov teb 1 los xaiv lub sij hawm no, lossis teb TSIS.
        [2] Thov teb ib tus lej xwb, 1 lossis 2, lossis teb TSIS.
       *[other] Thov teb ib tus lej xwb, 1, 2 lossis 3, lossis teb TSIS.
    }

which-one =
    Zoo heev! Lub sij hawm twg haum koj? Teb tus lej ntawm lub sij hawm ntawd:
    { $options }

decline-thanks = Ua tsaug uas koj qhia peb. Yog koj hloov siab, teb YOG thaum twg los tau.

change =
    Tau kawg. Teb tus lej ntawm lub sij hawm tshiab:
    { $options }

no-options-left = Ua tsaug! Tam sim no tsis muaj sij hawm khoob lawm; tsev kawm ntawv yuav hu rau koj sai sai no.

cancelled = Peb tso qhov tuaj xyuas tseg lawm. Ua tsaug! Yog koj xav ntsib tom qab, teb YOG.

reminder =
    Tag kis sib ntsib! { $educator1 } thiab { $educator2 } yuav { $where ->
        [home] tuaj koj tsev
       *[other] ntsib koj ntawm { $place }
    } { $when }, 30 feeb. Yog tsim nyog, teb HLOOV lossis TSIS.

ask-place = Tau kawg! Koj xav ntsib qhov twg? Tiaj ua si, tsev qiv ntawv, tsev kawm ntawv? Teb lub chaw.

place-thanks = Ua tsaug! Peb qhia cov xib fwb tuaj ntsib koj ntawm: { $place }

stop-confirmation = Koj yuav tsis tau peb cov lus ntxiv lawm. Teb PIB kom tau dua.

start-confirmation = Zoo siab txais tos koj rov qab! Koj yuav tau peb cov lus dua. Teb NRES kom tsis txhob tau.

help = { $program }: tsev kawm ntawv tuaj xyuas tsev. Nug: { $contact }. Teb NRES kom tsis txhob tau lus.

handoff = Ua tsaug! Ib tug neeg ntawm tsev kawm ntawv yuav teb koj sai sai no.

unknown-sender = No yog { $program }, koj lub tsev kawm ntawv txoj kev tuaj xyuas tsev. Hu rau tsev kawm ntawv: { $contact }. Teb NRES kom tsis txhob tau lus.

educator-confirmed =
    Tuaj xyuas tshiab: { $guardian } ({ $children }), { $when }, { $where ->
        [home] tom tsev
       *[other] ntawm { $place }
    }, nrog { $partner }. Lus: { $language }{ $interpreter ->
        [yes] {" "}(yuav tsum muaj neeg txhais lus)
       *[no] {""}
    }.

educator-changed =
    Hloov sij hawm: { $guardian } ({ $children }), tam sim no { $when } (qub: { $previous }), { $where ->
        [home] tom tsev
       *[other] ntawm { $place }
    }, nrog { $partner }. Lus: { $language }{ $interpreter ->
        [yes] {" "}(yuav tsum muaj neeg txhais lus)
       *[no] {""}
    }.

educator-cancelled = Tso tseg: { $guardian } ({ $children }), { $when }, nrog { $partner }. Ua tsaug!

educator-reminder =
    Tag kis: { $guardian } ({ $children }), { $when }, { $where ->
        [home] tom tsev
       *[other] ntawm { $place }
    }, nrog { $partner }. Lus: { $language }{ $interpreter ->
        [yes] {" "}(yuav tsum muaj neeg txhais lus)
       *[no] {""}
    }.

educator-place-changed = Chaw tshiab rau { $guardian } ({ $children }), { $when }: { $place }. Nrog { $partner }.

educator-done = Ua tsaug! Koj txoj kev mus xyuas { $guardian } ({ $when }) tau sau tias ua tiav lawm, rau koj thiab { $partner }.

educator-cant = Ua tsaug qhia peb. Tus neeg saib xyuas yuav npaj txoj kev mus xyuas { $guardian } ({ $when }); tsev neeg tseem tsis tau paub txog thaum ntawd.

educator-no-visit = Ua tsaug! Peb nrhiav tsis tau koj txoj kev mus xyuas twg los sau. Koj tus neeg saib xyuas pab tau koj.

educator-ask-reflection = Ua tsaug uas koj mus xyuas { $guardian }! Koj tau paub dab tsi txog lawv tej kev cia siab rau { $children }? Teb ob peb lo lus (tsis xa rau tsev neeg), lossis SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Tsis ua li cas: peb tsis sau koj tej kev xav txog qhov mus xyuas { $guardian }.
       *[no] Ua tsaug! Peb khaws koj tej kev xav txog qhov mus xyuas { $guardian } cia lawm.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Mus xyuas tsev — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Tso tseg lawm: mus xyuas tsev, { $guardian }
       *[other] Mus xyuas tsev: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Tsev neeg lub tsev
       *[other] { $place }
    }

calendar-notes =
    Tsev neeg: { $guardian }
    Me nyuam: { $children }
    Lus: { $language } ({ $interpreter ->
        [yes] coj ib tug neeg txhais lus
       *[no] neb ib tug hais tau
    })
    Nrog: { $partner }
    Qhov chaw: { $place }
    { $minutes } feeb
    { $state ->
        [cancelled] Qhov mus xyuas no tso tseg lawm.
        [completed] Ua tiav lawm, ua tsaug.
       *[other] Xa DONE tom qab mus xyuas.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio has no Hmong voice: these are the scripts for recorded prompts
## (locales/hmn/audio/<message-id>.mp3) and for the interpreter who calls back; until they are
## recorded, a Hmong family hears English. For the reviewer: "nias" for pressing a key, "Sib
## ntsib dua" as a goodbye on the phone, and "No yog … hu tuaj" for "this is … calling".

voice-invitation =
    Nyob zoo { $guardian }! No yog { $school } hu tuaj. { $pairs ->
        [one] { $educator1 } thiab { $educator2 }
       *[many] Ob tug xib fwb
    } xav tuaj xyuas koj tsev 30 feeb, los mloog koj tej kev cia siab rau { $children }. Tsuas yog thaum koj kam xwb.

voice-invitation-second =
    Nyob zoo { $guardian }! No yog { $school } hu tuaj. { $visited1 } thiab { $visited2 } xav rov tuaj xyuas koj tsev dua 30 feeb, los mloog seb { $children } nyob li cas lawm. Tsuas yog thaum koj kam xwb.

voice-option = Rau { $when }, nias { $number }.

voice-menu-end = Yog tam sim no koj tsis xav kom tuaj xyuas, nias 9. Yog xav nrog ib tug neeg tham, nias 0.

voice-no-input = Peb tsis hnov koj xaiv.

voice-not-a-choice = Thov txim, tus lej ntawd tsis yog ib qho uas xaiv tau.

voice-goodbye = Ua tsaug. Sib ntsib dua nawb!

voice-booked =
    Ua tsaug! { $educator1 } thiab { $educator2 } yuav { $where ->
        [home] tuaj koj tsev
       *[other] ntsib koj ntawm { $place }
    } { $when }, 30 feeb. Peb yuav hu rau koj ib hnub ua ntej.

voice-visit =
    Koj qhov kev tuaj xyuas tsev nrog { $educator1 } thiab { $educator2 } yog { $when }, { $where ->
        [home] ntawm koj tsev
       *[other] ntawm { $place }
    }.

voice-reminder = Nyob zoo! No yog { $school } hu tuaj ceeb toom koj.

voice-visit-choices = Yog xav kom tuaj li qub, nias 1. Yog xav hloov sij hawm, nias 2. Yog xav tso tseg, nias 3.

voice-kept = Zoo heev. Sib ntsib thaum ntawd!

voice-decline-thanks = Ua tsaug uas koj qhia peb. Yog koj hloov siab, cia li hu rau tsev kawm ntawv.

voice-cancelled = Peb tso qhov tuaj xyuas tseg lawm. Ua tsaug! Yog koj xav ntsib tom qab, cia li hu rau tsev kawm ntawv.

voice-slot-taken = Thov txim, lub sij hawm ntawd muaj neeg xaiv lawm.

voice-change = Tau kawg. Nov yog lwm lub sij hawm.

voice-no-options-left = Ua tsaug! Tam sim no tsis muaj sij hawm khoob lawm. Tsev kawm ntawv yuav hu rau koj sai sai no.

voice-handoff = Ua tsaug. Ib tug neeg ntawm tsev kawm ntawv yuav hu rov qab rau koj sai sai no.

voice-machine = Nyob zoo, no yog { $program }, koj tus me nyuam lub tsev kawm ntawv txoj kev tuaj xyuas tsev. Thov hu rov qab rau peb ntawm { $contact }. Ua tsaug!

voice-unknown-caller = Nyob zoo, no yog { $program }, koj tus me nyuam lub tsev kawm ntawv txoj kev tuaj xyuas tsev. Yog xav nrog tsev kawm ntawv tham, thov hu { $contact }. Sib ntsib dua nawb!

voice-nothing-open = Nyob zoo, no yog { $school }! Tam sim no tsis muaj sij hawm yuav xaiv. Yog xav nrog ib tug neeg tham, nias 0.

voice-no-voice = Peb yuav hu rov qab rau koj nrog ib tug neeg uas hais tau { $language }. Yog xav nrog ib tug neeg tham tam sim no, nias 0.
