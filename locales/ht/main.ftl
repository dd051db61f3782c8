# Review status: draft, written by a fluent non-native author (standard orthography); needs review by a native speaker.
# reply-words: yes=WI change=CHANJE decline=NON place=KOTE stop=KANPE start=KOMANSE help=ÈD
#
# Haitian Creole for families in the US, "ou" throughout. ICU4X has no Haitian Creole data (it
# would print English weekday names), so `when` spells the day and time here: weekday, day,
# month, then the 12-hour time with the part of the day ("jedi 3 desanm, 4:30 apremidi").
# Haitian Creole has no plural rules in intl_pluralrules: select on numbers only with exact
# keys and *[other]. è, ò and à are GSM-7, so Kreyòl texts stay GSM-7 when the names are.
# Variables: see locales/en/main.ftl.

when =
    { $weekday ->
        [mon] lendi
        [tue] madi
        [wed] mèkredi
        [thu] jedi
        [fri] vandredi
        [sat] samdi
       *[sun] dimanch
    } { $day } { $month ->
        [1] janvye
        [2] fevriye
        [3] mas
        [4] avril
        [5] me
        [6] jen
        [7] jiyè
        [8] out
        [9] septanm
        [10] oktòb
        [11] novanm
       *[12] desanm
    }, { $hour12 }:{ $minute } { $period ->
        [morning] dimaten
        [afternoon] apremidi
       *[evening] diswa
    }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] angle
        [es] panyòl
        [vi] vyetnamyen
        [hmn] hmong
        [zh-Hans] chinwa (senplifye)
        [zh-Hant] chinwa (tradisyonèl)
        [ru] ris
        [uk] ikrenyen
        [ar] arab
        [pa] penjabi
        [fa] pèsan
        [prs] dari
        [tl] tagalog
        [ko] koreyen
        [so] somali
        [ht] kreyòl ayisyen
        [pt] pòtigè
        [fr] franse
        [ps] pachto
        [sw] swahili
       *[other] { $code }
    }

invitation =
    Bonjou { $guardian }! { $pairs ->
        [one] { $educator1 } ak { $educator2 }, pwofesè lekòl { $school },
       *[many] De pwofesè lekòl { $school }
    } ta renmen vin lakay ou 30 minit pou tande rèv ou genyen pou { $children }. Se sèlman si ou vle: reponn ak yon nimewo, oswa NON.
    { $options }

invitation-second =
    Bonjou { $guardian }! { $visited1 } ak { $visited2 }, pwofesè lekòl { $school }, ta renmen tounen vin lakay ou 30 minit pou tande nouvèl { $children }. Se sèlman si ou vle: reponn ak yon nimewo, oswa NON.
    { $options }

follow-up =
    Bonjou ankò! Se lekòl { $school }. Nou ta toujou renmen vin wè w 30 minit, sèlman si ou vle: reponn ak yon nimewo, oswa NON.
    { $options }

booked =
    Mèsi! { $educator1 } ak { $educator2 } ap vin wè w { $where ->
        [home] lakay ou
       *[other] nan { $place }
    } { $when }, pou 30 minit. Pou chanje lè a, reponn CHANJE; pou anile, reponn NON.

booked-interpreter = Yon entèprèt, { $interpreter }, ap vini tou.

already-booked =
    Vizit ou konfime: { $educator1 } ak { $educator2 }, { $when }, { $where ->
        [home] lakay ou
       *[other] nan { $place }
    }. Reponn CHANJE pou chanje lè a, oswa NON pou anile.

slot-taken =
    Padon, yon lòt moun fèk pran lè sa a. Reponn ak yon lòt nimewo:
    { $options }

clarify =
    { $count ->
        [1] Tanpri reponn 1 pou chwazi lè sa a, oswa NON.
        [2] Tanpri reponn ak yon sèl nimewo, 1 oswa 2, oswa NON.
       *[other] Tanpri reponn ak yon sèl nimewo, 1, 2 oswa 3, oswa NON.
    }

which-one =
    Bèl bagay! Ki lè ki pi bon pou ou? Reponn ak nimewo lè a:
    { $options }

decline-thanks = Mèsi paske ou fè nou konnen. Si ou chanje lide, jis reponn WI.

change =
    Pa gen pwoblèm. Reponn ak nimewo yon lòt lè:
    { $options }

no-options-left = Mèsi! Pa gen lòt lè ki lib kounye a; yon moun nan lekòl la ap rele w byento.

cancelled = Vizit la anile. Mèsi! Si ou ta renmen nou rankontre pita, jis reponn WI.

reminder =
    Na wè demen! { $educator1 } ak { $educator2 } ap vin wè w { $where ->
        [home] lakay ou
       *[other] nan { $place }
    } { $when }, pou 30 minit. Si sa nesesè, reponn CHANJE oswa NON.

ask-place = Pa gen pwoblèm! Ki kote ou ta renmen nou rankontre? Yon pak, yon bibliyotèk, lekòl la? Reponn ak non kote a.

place-thanks = Mèsi! Nou di pwofesè yo kote pou yo rankontre w: { $place }

stop-confirmation = Ou p ap resevwa mesaj nou yo ankò. Reponn KOMANSE pou resevwa yo ankò.

start-confirmation = Byenveni ankò! W ap resevwa mesaj nou yo ankò. Reponn KANPE pou nou sispann.

help = { $program }: vizit lekòl la fè lakay fanmi yo. Kesyon? { $contact }. Reponn KANPE pou nou sispann.

handoff = Mèsi! Yon moun nan lekòl la ap reponn ou byento.

unknown-sender = Se { $program }, pwogram vizit lakay lekòl ou a. Pou kontakte lekòl la: { $contact }. Reponn KANPE pou nou sispann.

educator-confirmed =
    Nouvo vizit: { $guardian } ({ $children }), { $when }, { $where ->
        [home] lakay fanmi an
       *[other] nan { $place }
    }, ak { $partner }. Lang: { $language }{ $interpreter ->
        [yes] {" "}(bezwen yon entèprèt)
       *[no] {""}
    }.

educator-changed =
    Vizit deplase: { $guardian } ({ $children }), kounye a { $when } (anvan: { $previous }), { $where ->
        [home] lakay fanmi an
       *[other] nan { $place }
    }, ak { $partner }. Lang: { $language }{ $interpreter ->
        [yes] {" "}(bezwen yon entèprèt)
       *[no] {""}
    }.

educator-cancelled = Vizit anile: { $guardian } ({ $children }), { $when }, ak { $partner }. Mèsi!

educator-reminder =
    Demen: { $guardian } ({ $children }), { $when }, { $where ->
        [home] lakay fanmi an
       *[other] nan { $place }
    }, ak { $partner }. Lang: { $language }{ $interpreter ->
        [yes] {" "}(bezwen yon entèprèt)
       *[no] {""}
    }.

educator-place-changed = Nouvo kote pou { $guardian } ({ $children }), { $when }: { $place }. Ak { $partner }.

educator-done = Mèsi! Vizit ou ak { $guardian } ({ $when }) anrejistre kòm fèt, pou ou ak { $partner }.

educator-cant = Mèsi paske ou di nou sa. Kowòdonatè a ap òganize vizit ak { $guardian } ({ $when }); fanmi an p ap resevwa anyen jiskaske sa fèt.

educator-no-visit = Mèsi! Nou pa jwenn okenn vizit ou pou nou make. Kowòdonatè ou a ka ede w.

educator-ask-reflection = Mèsi pou vizit ou fè kay { $guardian }! Kisa ou aprann sou rèv yo genyen pou { $children }? Reponn an kèk mo (fanmi an p ap wè l), oswa SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Pa gen pwoblèm: pa gen refleksyon pou vizit kay { $guardian }.
       *[no] Mèsi! Nou anrejistre refleksyon ou sou vizit kay { $guardian }.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Vizit lakay — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Anile: vizit lakay, { $guardian }
       *[other] Vizit lakay: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Lakay fanmi an
       *[other] { $place }
    }

calendar-notes =
    Fanmi: { $guardian }
    Timoun: { $children }
    Lang: { $language } ({ $interpreter ->
        [yes] mennen yon entèprèt
       *[no] youn nan de nou pale l
    })
    Ak: { $partner }
    Kote: { $place }
    { $minutes } minit
    { $state ->
        [cancelled] Vizit sa a anile.
        [completed] Fèt, mèsi.
       *[other] Voye DONE apre vizit la.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio has no Haitian Creole voice: these are the scripts for recorded prompts
## (locales/ht/audio/<message-id>.mp3) and for the interpreter who calls back; until they are
## recorded, a Kreyòl-speaking family hears English. "Peze 1" for keys.

voice-invitation =
    Bonjou { $guardian }! Se lekòl { $school } k ap rele w. { $pairs ->
        [one] { $educator1 } ak { $educator2 }
       *[many] De pwofesè
    } ta renmen vin lakay ou pou 30 minit, pou tande rèv ou genyen pou { $children }. Se sèlman si ou vle.

voice-invitation-second =
    Bonjou { $guardian }! Se lekòl { $school } k ap rele w. { $visited1 } ak { $visited2 } ta renmen tounen vin lakay ou pou 30 minit, pou tande nouvèl { $children }. Se sèlman si ou vle.

voice-option = Pou { $when }, peze { $number }.

voice-menu-end = Si ou pa vle yon vizit kounye a, peze 9. Pou pale ak yon moun lekòl la, peze 0.

voice-no-input = Nou pa tande okenn chwa.

voice-not-a-choice = Eskize nou, sa a pa youn nan chwa yo.

voice-goodbye = Mèsi. Orevwa!

voice-booked =
    Mèsi! { $educator1 } ak { $educator2 } ap vin wè w { $where ->
        [home] lakay ou
       *[other] nan { $place }
    } { $when }, pou 30 minit. N ap rele w yon jou anvan.

voice-visit =
    Vizit ou ak { $educator1 } ak { $educator2 } se { $when }, { $where ->
        [home] lakay ou
       *[other] nan { $place }
    }.

voice-reminder = Bonjou! Se lekòl { $school } k ap rele w pou fè w sonje vizit la.

voice-visit-choices = Pou kenbe vizit la, peze 1. Pou chanje lè a, peze 2. Pou anile l, peze 3.

voice-kept = Bèl bagay. N a wè!

voice-decline-thanks = Mèsi paske ou fè nou konnen. Si ou chanje lide, jis rele lekòl la.

voice-cancelled = Vizit la anile. Mèsi! Si ou ta renmen nou rankontre pita, jis rele lekòl la.

voice-slot-taken = Eskize nou, yon lòt moun fèk pran lè sa a.

voice-change = Pa gen pwoblèm. Men lòt lè yo.

voice-no-options-left = Mèsi! Pa gen lòt lè ki lib kounye a. Yon moun nan lekòl la ap rele w byento.

voice-handoff = Mèsi. Yon moun nan lekòl la ap rele w tounen byento.

voice-machine = Bonjou, se { $program }, pwogram vizit lakay lekòl pitit ou a. Tanpri, rele nou tounen nan { $contact }. Mèsi!

voice-unknown-caller = Bonjou, se { $program }, pwogram vizit lakay lekòl pitit ou a. Pou pale ak lekòl la, tanpri rele { $contact }. Orevwa!

voice-nothing-open = Bonjou, se lekòl { $school }! Pa gen lè pou chwazi kounye a. Pou pale ak yon moun lekòl la, peze 0.

voice-no-voice = N ap rele w tounen ak yon moun ki pale { $language }. Pou pale ak yon moun kounye a, peze 0.
