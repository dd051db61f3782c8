# Review status: draft, written by a fluent non-native author (standard Swahili); needs review by a native speaker (Tanzania, Kenya, DR Congo).
# reply-words: yes=NDIYO change=BADILI decline=HAPANA place=MAHALI stop=SITISHA start=ANZA help=MSAADA
#
# Swahili for families in the US, "wewe" forms as Swahili school messages use them. Times are
# ICU4X's 24-hour clock ("16:30"): never write "saa" before a clock time, since in Swahili time
# "saa 4" is ten o'clock. Stop is SITISHA, not ACHA: "acha"/"accha" is "OK" in romanised
# Hindi, Urdu and Punjabi, and opt-out words count in every language.
# Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] Kiingereza
        [es] Kihispania
        [vi] Kivietinamu
        [hmn] Kihmong
        [zh-Hans] Kichina (Kilichorahisishwa)
        [zh-Hant] Kichina (cha Jadi)
        [ru] Kirusi
        [uk] Kiukreni
        [ar] Kiarabu
        [pa] Kipunjabi
        [fa] Kiajemi
        [prs] Kidari
        [tl] Kitagalogi
        [ko] Kikorea
        [so] Kisomali
        [ht] Krioli ya Haiti
        [pt] Kireno
        [fr] Kifaransa
        [ps] Kipashto
        [sw] Kiswahili
       *[other] { $code }
    }

invitation =
    Habari { $guardian }! { $pairs ->
        [one] { $educator1 } na { $educator2 } ({ $school })
       *[many] Walimu wawili kutoka { $school }
    } wangependa kukutembelea nyumbani dakika 30 ili kusikia ndoto zako kwa { $children }. Ni hiari: jibu namba au HAPANA.
    { $options }

invitation-second =
    Habari { $guardian }! { $visited1 } na { $visited2 } ({ $school }) wangependa kukutembelea tena nyumbani dakika 30 ili kusikia habari za { $children }. Ni hiari: jibu namba au HAPANA.
    { $options }

follow-up =
    Salamu tena kutoka { $school }! Bado tungependa kukutembelea kwa dakika 30, ukipenda tu: jibu namba au HAPANA.
    { $options }

booked =
    Asante! { $educator1 } na { $educator2 } { $where ->
        [home] watakutembelea nyumbani
       *[other] watakutana nawe katika { $place }
    } { $when }, kwa dakika 30. Kubadilisha, jibu BADILI; kughairi, jibu HAPANA.

booked-interpreter = Mkalimani, { $interpreter }, atakuja pia.

already-booked =
    Ziara yako imethibitishwa: { $educator1 } na { $educator2 }, { $when }, { $where ->
        [home] nyumbani kwako
       *[other] katika { $place }
    }. Jibu BADILI kubadilisha au HAPANA kughairi.

slot-taken =
    Samahani, muda huo umechukuliwa sasa hivi. Jibu kwa namba nyingine:
    { $options }

clarify =
    { $count ->
        [1] Tafadhali jibu 1 kuchagua muda huu, au HAPANA.
        [2] Tafadhali jibu kwa namba moja, 1 au 2, au HAPANA.
       *[other] Tafadhali jibu kwa namba moja, 1, 2 au 3, au HAPANA.
    }

which-one =
    Vizuri sana! Muda gani unakufaa zaidi? Jibu kwa namba ya muda huo:
    { $options }

decline-thanks = Asante kwa kutujulisha. Ukibadilisha nia, jibu NDIYO wakati wowote.

change =
    Sawa kabisa. Jibu kwa namba ya muda mpya:
    { $options }

no-options-left = Asante! Hakuna muda mwingine ulio wazi kwa sasa; mtu wa shule atakupigia simu hivi karibuni.

cancelled = Ziara imeghairiwa. Asante! Ukitaka tukutane baadaye, jibu NDIYO.

reminder =
    Tuonane kesho! { $educator1 } na { $educator2 } { $where ->
        [home] watakutembelea nyumbani
       *[other] watakutana nawe katika { $place }
    } { $when }, kwa dakika 30. Ikihitajika, jibu BADILI au HAPANA.

ask-place = Sawa kabisa! Ungependa tukutane wapi? Bustanini, maktaba, shuleni? Jibu kwa jina la mahali.

place-thanks = Asante! Tumewaambia walimu wakutane nawe hapa: { $place }

stop-confirmation = Hutapokea tena ujumbe kutoka kwetu. Jibu ANZA ili uanze kupokea tena.

start-confirmation = Karibu tena! Utapokea ujumbe wetu tena. Jibu SITISHA ili tusitishe.

help = { $program }: ziara za shule nyumbani kwa familia. Maswali? { $contact }. Jibu SITISHA ili tusitishe.

handoff = Asante! Mtu wa shule atakujibu hivi karibuni.

unknown-sender = Huu ni { $program }, mpango wa ziara za nyumbani wa shule yako. Kuwasiliana na shule: { $contact }. Jibu SITISHA ili tusitishe.

educator-confirmed =
    Ziara mpya: { $guardian } ({ $children }), { $when }, { $where ->
        [home] nyumbani kwa familia
       *[other] katika { $place }
    }, pamoja na { $partner }. Lugha: { $language }{ $interpreter ->
        [yes] {" "}(mkalimani anahitajika)
       *[no] {""}
    }.

educator-changed =
    Ziara imehamishwa: { $guardian } ({ $children }), sasa { $when } (awali { $previous }), { $where ->
        [home] nyumbani kwa familia
       *[other] katika { $place }
    }, pamoja na { $partner }. Lugha: { $language }{ $interpreter ->
        [yes] {" "}(mkalimani anahitajika)
       *[no] {""}
    }.

educator-cancelled = Ziara imeghairiwa: { $guardian } ({ $children }), { $when }, pamoja na { $partner }. Asante!

educator-reminder =
    Kesho: { $guardian } ({ $children }), { $when }, { $where ->
        [home] nyumbani kwa familia
       *[other] katika { $place }
    }, pamoja na { $partner }. Lugha: { $language }{ $interpreter ->
        [yes] {" "}(mkalimani anahitajika)
       *[no] {""}
    }.

educator-place-changed = Mahali papya kwa { $guardian } ({ $children }), { $when }: { $place }. Pamoja na { $partner }.

educator-done = Asante! Ziara yako kwa { $guardian } ({ $when }) imerekodiwa kuwa imefanyika, kwako na kwa { $partner }.

educator-cant = Asante kwa kutujulisha. Mratibu atapanga ziara na { $guardian } ({ $when }); familia haitapata ujumbe wowote hadi wakati huo.

educator-no-visit = Asante! Hatukupata ziara yako ya kurekodi. Mratibu wako anaweza kusaidia.

educator-ask-reflection = Asante kwa kuitembelea familia ya { $guardian }! Umejifunza nini kuhusu ndoto zao kwa { $children }? Jibu kwa maneno machache (hayatatumwa kwa familia), au SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Hakuna shida: hakuna tafakari kwa ziara ya { $guardian }.
       *[no] Asante! Tafakari yako kuhusu ziara ya { $guardian } imehifadhiwa.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Ziara za nyumbani — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Imeghairiwa: ziara ya nyumbani, { $guardian }
       *[other] Ziara ya nyumbani: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Nyumbani kwa familia
       *[other] { $place }
    }

calendar-notes =
    Familia: { $guardian }
    Watoto: { $children }
    Lugha: { $language } ({ $interpreter ->
        [yes] njooni na mkalimani
       *[no] mwenzako anaizungumza
    })
    Pamoja na: { $partner }
    Mahali: { $place }
    Dakika { $minutes }
    { $state ->
        [cancelled] Ziara hii imeghairiwa.
        [completed] Imefanyika, asante.
       *[other] Tuma DONE baada ya ziara.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio's text-to-speech list has no Swahili voice (see locales/README.md): these are the
## scripts for recorded prompts (locales/sw/audio/<message-id>.mp3) and for the interpreter
## who calls back; until they are recorded, a Swahili-speaking family hears English.
## "Bonyeza 1" for keys. A reader of $when says the time as Swahili speakers do (16:30 is
## "saa kumi na nusu jioni"), never "saa 16:30".

voice-invitation =
    Habari { $guardian }! Tunapiga simu kutoka { $school }. { $pairs ->
        [one] { $educator1 } na { $educator2 }
       *[many] Walimu wawili
    } wangependa kukutembelea nyumbani kwa dakika 30, ili kusikia ndoto zako kwa { $children }. Ni kwa hiari yako tu.

voice-invitation-second =
    Habari { $guardian }! Tunapiga simu kutoka { $school }. { $visited1 } na { $visited2 } wangependa kukutembelea tena nyumbani kwa dakika 30, ili kusikia habari za { $children }. Ni kwa hiari yako tu.

voice-option = Kwa { $when }, bonyeza { $number }.

voice-menu-end = Kama hutaki kutembelewa sasa, bonyeza 9. Ili kuongea na mtu wa shule, bonyeza 0.

voice-no-input = Hatukusikia chaguo lako.

voice-not-a-choice = Samahani, hilo si mojawapo ya machaguo.

voice-goodbye = Asante. Kwa heri!

voice-booked =
    Asante! { $educator1 } na { $educator2 } { $where ->
        [home] watakutembelea nyumbani
       *[other] watakutana nawe katika { $place }
    } { $when }, kwa dakika 30. Tutakupigia simu siku moja kabla.

voice-visit =
    Ziara yako na { $educator1 } na { $educator2 } ni { $when }, { $where ->
        [home] nyumbani kwako
       *[other] katika { $place }
    }.

voice-reminder = Habari! Huu ni ukumbusho kutoka { $school }.

voice-visit-choices = Kuendelea na ziara, bonyeza 1. Kubadilisha muda, bonyeza 2. Kughairi, bonyeza 3.

voice-kept = Vizuri sana. Tutaonana wakati huo!

voice-decline-thanks = Asante kwa kutujulisha. Ukibadilisha nia, piga simu shuleni tu.

voice-cancelled = Ziara imeghairiwa. Asante! Ukitaka tukutane baadaye, piga simu shuleni tu.

voice-slot-taken = Samahani, muda huo umechukuliwa sasa hivi.

voice-change = Sawa. Hizi hapa nyakati nyingine.

voice-no-options-left = Asante! Hakuna muda mwingine ulio wazi kwa sasa. Mtu wa shule atakupigia simu hivi karibuni.

voice-handoff = Asante. Mtu wa shule atakupigia simu tena hivi karibuni.

voice-machine = Habari, huu ni { $program }, mpango wa ziara za nyumbani wa shule ya mtoto wako. Tafadhali tupigie simu kwa { $contact }. Asante!

voice-unknown-caller = Habari, huu ni { $program }, mpango wa ziara za nyumbani wa shule ya mtoto wako. Kuwasiliana na shule, tafadhali piga simu { $contact }. Kwa heri!

voice-nothing-open = Habari kutoka { $school }! Hakuna muda wa kuchagua kwa sasa. Ili kuongea na mtu wa shule, bonyeza 0.

voice-no-voice = Tutakupigia simu tena pamoja na mtu anayezungumza { $language }. Ili kuongea na mtu sasa, bonyeza 0.
