# Review status: draft, written by a fluent non-native author (standard Somali orthography); needs review by a native speaker.
# reply-words: yes=HAA change=BEDDEL decline=MAYA place=GOOB stop=JOOJI start=BILOW help=CAAWI
#
# Somali for families in the US, "aad" (singular you) as Somali school letters use it. Somali
# is written in Latin letters without accents, so these texts are GSM-7 when the names are.
# The visit is cancelled with "baaji", never "jooji": JOOJI alone stops every text.
# ICU4X's Somali data abbreviates ("Khms, Dis 3 ee 4:30 GD"), and few readers know GH/GD for
# AM/PM, so `when` spells the day and time here with the part of the day, like Hmong:
# "Khamiis 3 Diseembar, 4:30 galabta" (month names as CLDR spells them).
# Variables: see locales/en/main.ftl.

when =
    { $weekday ->
        [mon] Isniin
        [tue] Talaado
        [wed] Arbaco
        [thu] Khamiis
        [fri] Jimco
        [sat] Sabti
       *[sun] Axad
    } { $day } { $month ->
        [1] Jannaayo
        [2] Febraayo
        [3] Maarso
        [4] Abriil
        [5] May
        [6] Juun
        [7] Luuliyo
        [8] Ogost
        [9] Sebtembar
        [10] Oktoobar
        [11] Nofembar
       *[12] Diseembar
    }, { $hour12 }:{ $minute } { $period ->
        [morning] subaxda
        [afternoon] galabta
       *[evening] fiidka
    }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] Ingiriisi
        [es] Isbaanish
        [vi] Fiyatnaamiis
        [hmn] Hmong
        [zh-Hans] Shiinays (la fududeeyay)
        [zh-Hant] Shiinays (dhaqameed)
        [ru] Ruush
        [uk] Yukreeniyaan
        [ar] Carabi
        [pa] Bunjaabi
        [fa] Faarisi
        [prs] Dari
        [tl] Tagalog
        [ko] Kuuriyaan
        [so] Soomaali
        [ht] Kiriyoolka Haiti
        [pt] Boortaqiis
        [fr] Faransiis
        [ps] Bashtuu
        [sw] Sawaaxili
       *[other] { $code }
    }

invitation =
    Salaan { $guardian }! { $pairs ->
        [one] { $educator1 } iyo { $educator2 } ({ $school })
       *[many] Laba macallin oo ka socda { $school }
    } waxay jecel yihiin inay 30 daqiiqo kuu yimaadaan si ay u maqlaan rajada aad u qabto { $children }. Waa ikhtiyaari: ku jawaab lambar ama MAYA.
    { $options }

invitation-second =
    Salaan { $guardian }! { $visited1 } iyo { $visited2 } ({ $school }) waxay jecel yihiin inay mar kale 30 daqiiqo kuu yimaadaan si ay u maqlaan warka { $children }. Waa ikhtiyaari: ku jawaab lambar ama MAYA.
    { $options }

follow-up =
    Salaan mar kale! Waa { $school }. Weli waan jeclaan lahayn inaan 30 daqiiqo ku soo booqanno, haddii aad rabto oo keliya: ku jawaab lambar, ama MAYA.
    { $options }

booked =
    Mahadsanid! { $educator1 } iyo { $educator2 } { $where ->
        [home] waxay imaanayaan gurigaaga
       *[other] waxay kula kulmayaan { $place }
    } { $when }, 30 daqiiqo. Si aad u beddesho: BEDDEL; si aad u baajiso: MAYA.

booked-interpreter = Turjumaan, { $interpreter }, ayaa sidoo kale imanaya.

already-booked =
    Booqashada waa la xaqiijiyay: { $educator1 } iyo { $educator2 }, { $when }, { $where ->
        [home] gurigaaga
       *[other] { $place }
    }. Si aad u beddesho: BEDDEL; si aad u baajiso: MAYA.

slot-taken =
    Raali noqo, waqtigaas hadda ayaa la qaatay. Ku jawaab lambar kale:
    { $options }

clarify =
    { $count ->
        [1] Fadlan ku jawaab 1 si aad u doorato waqtigan, ama MAYA.
        [2] Fadlan ku jawaab hal lambar, 1 ama 2, ama MAYA.
       *[other] Fadlan ku jawaab hal lambar, 1, 2 ama 3, ama MAYA.
    }

which-one =
    Aad u fiican! Waqtigee kuugu habboon? Ku jawaab lambarka waqtiga:
    { $options }

decline-thanks = Mahadsanid inaad noo sheegtay. Haddii aad fikradda beddesho, ku jawaab HAA wakhti kasta.

change =
    Dabcan. Ku jawaab lambarka waqti cusub:
    { $options }

no-options-left = Mahadsanid! Hadda ma jiro waqti kale oo bannaan; qof dugsiga ka tirsan ayaa dhawaan ku soo wici doona.

cancelled = Booqashada waa la baajiyay. Mahadsanid! Haddii aad rabto inaan kulanno mar dambe, ku jawaab HAA.

reminder =
    Ilaa berri! { $educator1 } iyo { $educator2 } { $where ->
        [home] waxay imaanayaan gurigaaga
       *[other] waxay kula kulmayaan { $place }
    } { $when }, 30 daqiiqo. Haddii loo baahdo: BEDDEL ama MAYA.

ask-place = Dabcan! Xaggee baad jeclaan lahayd inaan kula kulanno? Beer nasasho, maktabad, dugsiga? Ku jawaab magaca meesha.

place-thanks = Mahadsanid! Waxaan macallimiinta u sheegnay inay kula kulmaan halkan: { $place }

stop-confirmation = Fariimo kale nagama heli doontid. Ku jawaab BILOW si aad mar kale u hesho.

start-confirmation = Ku soo dhowow mar kale! Fariimahayaga mar kale ayaad heli doontaa. Ku jawaab JOOJI si aan u joojinno.

help = { $program }: booqashada dugsiga ee guryaha qoysaska. Su'aalo? { $contact }. Ku jawaab JOOJI si aan u joojinno.

handoff = Mahadsanid! Qof dugsiga ka tirsan ayaa dhawaan kuu jawaabi doona.

unknown-sender = Kani waa { $program }, barnaamijka booqashada guryaha ee dugsigaaga. Si aad ula xiriirto dugsiga: { $contact }. Ku jawaab JOOJI si aan u joojinno.

educator-confirmed =
    Booqasho cusub: { $guardian } ({ $children }), { $when }, { $where ->
        [home] guriga qoyska
       *[other] { $place }
    }, adiga iyo { $partner }. Luqadda: { $language }{ $interpreter ->
        [yes] {" "}(turjubaan ayaa loo baahan yahay)
       *[no] {""}
    }.

educator-changed =
    Booqasho la beddelay: { $guardian } ({ $children }), hadda { $when } (hore: { $previous }), { $where ->
        [home] guriga qoyska
       *[other] { $place }
    }, adiga iyo { $partner }. Luqadda: { $language }{ $interpreter ->
        [yes] {" "}(turjubaan ayaa loo baahan yahay)
       *[no] {""}
    }.

educator-cancelled = Booqasho la baajiyay: { $guardian } ({ $children }), { $when }, adiga iyo { $partner }. Mahadsanid!

educator-reminder =
    Berri: { $guardian } ({ $children }), { $when }, { $where ->
        [home] guriga qoyska
       *[other] { $place }
    }, adiga iyo { $partner }. Luqadda: { $language }{ $interpreter ->
        [yes] {" "}(turjubaan ayaa loo baahan yahay)
       *[no] {""}
    }.

educator-place-changed = Meel cusub: { $guardian } ({ $children }), { $when }: { $place }. Adiga iyo { $partner }.

educator-done = Mahadsanid! Booqashadii { $guardian } ({ $when }) waxaa loo diiwaangeliyay inay dhacday, adiga iyo { $partner }.

educator-cant = Mahadsanid inaad noo sheegtay. Isku-duwaha ayaa habeyn doona booqashada { $guardian } ({ $when }); qoysku waxba ma maqli doono ilaa markaas.

educator-no-visit = Mahadsanid! Ma helin booqasho adiga laguu qabtay oo la calaamadeeyo. Isku-duwahaaga ayaa ku caawin kara.

educator-ask-reflection = Mahadsanid inaad booqatay { $guardian }! Maxaad ka ogaatay rajada ay u qabaan { $children }? Ku jawaab erayo kooban (qoyska looma dirayo), ama SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Dhib ma leh: fikrad lagama qorayo booqashada { $guardian }.
       *[no] Mahadsanid! Fikradahaaga ku saabsan booqashada { $guardian } waa la kaydiyay.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Booqashooyinka guryaha — { $educator }

calendar-summary =
    { $state ->
        [cancelled] La baajiyay: booqasho guri, { $guardian }
       *[other] Booqasho guri: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Guriga qoyska
       *[other] { $place }
    }

calendar-notes =
    Qoyska: { $guardian }
    Carruurta: { $children }
    Luqadda: { $language } ({ $interpreter ->
        [yes] keena turjubaan
       *[no] lammaanahaagu wuu ku hadlaa
    })
    La socda: { $partner }
    Meesha: { $place }
    { $minutes } daqiiqo
    { $state ->
        [cancelled] Booqashadan waa la baajiyay.
        [completed] Waa la dhammeeyay, mahadsanid.
       *[other] Dir DONE booqashada kadib.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio has no Somali voice: these are the scripts for recorded prompts
## (locales/so/audio/<message-id>.mp3) and for the interpreter who calls back; until they are
## recorded, a Somali-speaking family hears English. "Riix 1" for keys; cancelling is
## "baaji", as in the texts.

voice-invitation =
    Salaan { $guardian }! Waxaa ku soo wacaya { $school }. { $pairs ->
        [one] { $educator1 } iyo { $educator2 }
       *[many] Laba macallin
    } waxay jecel yihiin inay 30 daqiiqo gurigaaga kuu yimaadaan, si ay u maqlaan rajada aad u qabto { $children }. Waa haddii aad adigu rabto oo keliya.

voice-invitation-second =
    Salaan { $guardian }! Waxaa ku soo wacaya { $school }. { $visited1 } iyo { $visited2 } waxay jecel yihiin inay mar kale 30 daqiiqo gurigaaga kuu yimaadaan, si ay u maqlaan warka { $children }. Waa haddii aad adigu rabto oo keliya.

voice-option = Si aad u doorato { $when }, riix { $number }.

voice-menu-end = Haddii aadan hadda rabin booqasho, riix 9. Si aad qof dugsiga ka tirsan ula hadasho, riix 0.

voice-no-input = Ma aanan maqlin doorashadaada.

voice-not-a-choice = Waan ka xumahay, taasi kama mid aha doorashooyinka.

voice-goodbye = Mahadsanid. Nabad gelyo!

voice-booked =
    Mahadsanid! { $educator1 } iyo { $educator2 } { $where ->
        [home] waxay imaanayaan gurigaaga
       *[other] waxay kula kulmayaan { $place }
    } { $when }, 30 daqiiqo. Maalin ka hor ayaan ku soo wici doonnaa.

voice-visit =
    Booqashadaada { $educator1 } iyo { $educator2 } waa { $when }, { $where ->
        [home] gurigaaga
       *[other] { $place }
    }.

voice-reminder = Salaan! Kani waa xasuusin ka timid { $school }.

voice-visit-choices = Si booqashadu sidii ay ahayd u ahaato, riix 1. Si aad wakhtiga u beddesho, riix 2. Si aad u baajiso, riix 3.

voice-kept = Aad baad u mahadsantahay. Markaas ayaan is arki doonnaa!

voice-decline-thanks = Mahadsanid inaad noo sheegtay. Haddii aad fikradda beddesho, kaliya dugsiga soo wac.

voice-cancelled = Booqashada waa la baajiyay. Mahadsanid! Haddii aad rabto inaan kulanno mar dambe, kaliya dugsiga soo wac.

voice-slot-taken = Waan ka xumahay, wakhtigaas hadda ayaa la qaatay.

voice-change = Haa, dabcan. Kuwani waa wakhtiyo kale.

voice-no-options-left = Mahadsanid! Hadda ma jiro waqti kale oo bannaan. Qof dugsiga ka tirsan ayaa dhawaan ku soo wici doona.

voice-handoff = Mahadsanid. Qof dugsiga ka tirsan ayaa dhawaan dib kuu soo wici doona.

voice-machine = Salaan, kani waa { $program }, barnaamijka booqashada guryaha ee dugsiga ilmahaaga. Fadlan dib noogu soo wac { $contact }. Mahadsanid!

voice-unknown-caller = Salaan, kani waa { $program }, barnaamijka booqashada guryaha ee dugsiga ilmahaaga. Si aad ula xiriirto dugsiga, fadlan wac { $contact }. Nabad gelyo!

voice-nothing-open = Salaan, waa { $school }! Hadda ma jiro wakhti la doorto. Si aad qof dugsiga ka tirsan ula hadasho, riix 0.

voice-no-voice = Dib ayaan kuugu soo wici doonnaa, annagoo wata qof ku hadla { $language }. Si aad hadda qof ula hadasho, riix 0.
