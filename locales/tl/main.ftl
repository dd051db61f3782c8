# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=OO change=PALIT decline=HINDI place=LUGAR stop=STOP start=START help=TULONG
#
# Tagalog/Filipino as texted in the US: plain ASCII (GSM-7), "po" for respect, English STOP
# and START as Filipino carriers use them. ICU4X knows the language as `fil`.
# Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] Ingles
        [es] Espanyol
        [vi] Vietnamese
        [hmn] Hmong
        [zh-Hans] Chinese (Simplified)
        [zh-Hant] Chinese (Traditional)
        [ru] Ruso
        [uk] Ukrainian
        [ar] Arabe
        [pa] Punjabi
        [fa] Persian
        [prs] Dari
        [tl] Tagalog
        [ko] Koreano
        [so] Somali
        [ht] Haitian Creole
        [pt] Portuges
        [fr] Pranses
        [ps] Pashto
        [sw] Swahili
       *[other] { $code }
    }

invitation =
    Hi po, { $guardian }! Nais po kayong bisitahin sa bahay nang 30 minuto { $pairs ->
        [one] nina { $educator1 } at { $educator2 } ng { $school }
       *[many] ng dalawang guro ng { $school }
    } para marinig ang mga pangarap ninyo para { $count ->
        [1] kay
       *[other] kina
    } { $children }. Kung gusto lang po ninyo: sumagot ng numero o HINDI.
    { $options }

invitation-second =
    Hi po, { $guardian }! Nais po kayong bisitahin ulit sa bahay nang 30 minuto nina { $visited1 } at { $visited2 } ng { $school } para marinig kung kumusta na { $count ->
        [1] si
       *[other] sina
    } { $children }. Kung gusto lang po ninyo: sumagot ng numero o HINDI.
    { $options }

follow-up =
    Hi po ulit mula sa { $school }! Gusto pa rin naming bumisita nang 30 min. Kung gusto lang po ninyo: sumagot ng numero o HINDI.
    { $options }

booked =
    Salamat po! Bibisita sina { $educator1 } at { $educator2 } { $where ->
        [home] sa bahay ninyo
       *[other] sa { $place }
    } sa { $when }, 30 min. Para magpalit, sumagot ng PALIT; para ikansela, HINDI.

booked-interpreter = Sasama rin po ang interpreter na si { $interpreter }.

already-booked =
    Nakatakda na po: { $educator1 } at { $educator2 }, { $when }, { $where ->
        [home] sa bahay ninyo
       *[other] sa { $place }
    }. Sumagot ng PALIT para magpalit o HINDI para ikansela.

slot-taken =
    Paumanhin po, may kumuha na ng oras na iyon. Sumagot ng ibang numero:
    { $options }

clarify =
    { $count ->
        [1] Pakisagot po ng 1 para piliin ang oras na ito, o HINDI.
        [2] Pakisagot po ng isang numero, 1 o 2, o HINDI.
       *[other] Pakisagot po ng isang numero, 1, 2 o 3, o HINDI.
    }

which-one =
    Salamat po! Anong oras ang pinakamainam sa inyo? Sumagot ng numero nito:
    { $options }

decline-thanks = Salamat po sa pagpapaalam. Kung magbago ang isip ninyo, sumagot lang ng OO.

change =
    Sige po. Sumagot ng numero ng bagong oras:
    { $options }

no-options-left = Salamat po! Wala nang ibang bakanteng oras ngayon; may tatawag sa inyo mula sa paaralan.

cancelled = Kinansela na po ang pagbisita. Salamat! Kung gusto ninyong magkita sa ibang araw, sumagot ng OO.

reminder =
    Magkita po tayo bukas! Bibisita sina { $educator1 } at { $educator2 } { $where ->
        [home] sa bahay ninyo
       *[other] sa { $place }
    } sa { $when }, 30 min. Kung kailangan, sumagot ng PALIT o HINDI.

ask-place = Sige po! Saan ninyo gustong magkita? Sa park, library, o paaralan? Sumagot ng lugar.

place-thanks = Salamat po! Sinabihan namin ang mga guro na magkita kayo sa: { $place }

stop-confirmation = Hindi na po kayo makakatanggap ng text mula sa amin. Sumagot ng START para makatanggap ulit.

start-confirmation = Welcome back po! Makakatanggap na ulit kayo ng text namin. Sumagot ng STOP para tumigil.

help = { $program }: pagbisita ng paaralan sa bahay. Tanong? { $contact }. Sumagot ng STOP para tumigil.

handoff = Salamat po! May tao mula sa paaralan na sasagot sa inyo agad.

unknown-sender = Ito po ang { $program }, ang home visit program ng inyong paaralan. Para sa paaralan: { $contact }. Sumagot ng STOP para tumigil.

educator-confirmed =
    Bagong pagbisita: { $guardian } ({ $children }), { $when }, { $where ->
        [home] sa bahay ng pamilya
       *[other] sa { $place }
    }, kasama si { $partner }. Wika: { $language }{ $interpreter ->
        [yes] {" "}(kailangan ng interpreter)
       *[no] {""}
    }.

educator-changed =
    Inilipat ang pagbisita: { $guardian } ({ $children }), ngayon { $when } (dati { $previous }), { $where ->
        [home] sa bahay ng pamilya
       *[other] sa { $place }
    }, kasama si { $partner }. Wika: { $language }{ $interpreter ->
        [yes] {" "}(kailangan ng interpreter)
       *[no] {""}
    }.

educator-cancelled = Kinansela ang pagbisita: { $guardian } ({ $children }), { $when }, kasama si { $partner }. Salamat!

educator-reminder =
    Bukas: { $guardian } ({ $children }), { $when }, { $where ->
        [home] sa bahay ng pamilya
       *[other] sa { $place }
    }, kasama si { $partner }. Wika: { $language }{ $interpreter ->
        [yes] {" "}(kailangan ng interpreter)
       *[no] {""}
    }.

educator-place-changed = Bagong lugar para kay { $guardian } ({ $children }), { $when }: { $place }. Kasama si { $partner }.

educator-done = Salamat! Naitala nang tapos ang pagbisita mo kay { $guardian } ({ $when }), para sa iyo at kay { $partner }.

educator-cant = Salamat sa pagsabi. Aayusin ng coordinator ang pagbisita kay { $guardian } ({ $when }); hindi muna sasabihan ang pamilya.

educator-no-visit = Salamat! Wala kaming nakitang pagbisita mo na maitatala. Matutulungan ka ng iyong coordinator.

educator-ask-reflection = Salamat sa pagbisita kay { $guardian }! Anong pangarap nila para sa anak nila ({ $children }) ang nalaman mo? Sumagot nang maikli (hindi ipapadala sa pamilya) o SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Walang problema: walang repleksyon para sa pagbisita kay { $guardian }.
       *[no] Salamat! Naitala na ang repleksyon mo sa pagbisita kay { $guardian }.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Mga pagbisita sa bahay — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Kinansela: pagbisita sa bahay, { $guardian }
       *[other] Pagbisita sa bahay: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Bahay ng pamilya
       *[other] { $place }
    }

calendar-notes =
    Pamilya: { $guardian }
    Mga anak: { $children }
    Wika: { $language } ({ $interpreter ->
        [yes] magdala ng interpreter
       *[no] may isa sa inyong nakapagsasalita nito
    })
    Kasama: { $partner }
    Lugar: { $place }
    { $minutes } minuto
    { $state ->
        [cancelled] Kinansela ang pagbisitang ito.
        [completed] Tapos na, salamat.
       *[other] I-text ang DONE pagkatapos ng pagbisita.
    }

## Spoken on a phone call (TwiML <Say>, Filipino voice): heard, not read. Variables and the
## voice used: see en/main.ftl and the voice table in locales/README.md. No $count here, so
## the children follow "para sa inyong anak:" (one or more) rather than kay/kina.

voice-invitation =
    Magandang araw po, { $guardian }! Tumatawag po kami mula sa { $school }. Nais po kayong bisitahin sa bahay nang 30 minuto { $pairs ->
        [one] nina { $educator1 } at { $educator2 }
       *[many] ng dalawang guro
    } para marinig ang mga pangarap ninyo para sa inyong anak: { $children }. Kung gusto lang po ninyo.

voice-invitation-second =
    Magandang araw po, { $guardian }! Tumatawag po kami mula sa { $school }. Nais po kayong bisitahin ulit sa bahay nang 30 minuto nina { $visited1 } at { $visited2 } para marinig kung kumusta na { $count ->
        [1] si
       *[other] sina
    } { $children }. Kung gusto lang po ninyo.

voice-option = Para sa { $when }, pindutin ang { $number }.

voice-menu-end = Kung ayaw po muna ninyo ng bisita ngayon, pindutin ang 9. Para makausap ang taga-paaralan, pindutin ang 0.

voice-no-input = Hindi po namin narinig ang pinili ninyo.

voice-not-a-choice = Pasensya na po, wala iyan sa mga pagpipilian.

voice-goodbye = Salamat po. Paalam!

voice-booked =
    Salamat po! Bibisita sina { $educator1 } at { $educator2 } { $where ->
        [home] sa bahay ninyo
       *[other] sa { $place }
    } sa { $when }, nang 30 minuto. Tatawagan po namin kayo isang araw bago nito.

voice-visit =
    Ang pagbisita po nina { $educator1 } at { $educator2 } ay sa { $when }, { $where ->
        [home] sa bahay ninyo
       *[other] sa { $place }
    }.

voice-reminder = Magandang araw po! Paalala po ito mula sa { $school }.

voice-visit-choices = Para ituloy ito, pindutin ang 1. Para palitan ang oras, pindutin ang 2. Para ikansela, pindutin ang 3.

voice-kept = Mabuti po. Magkita po tayo!

voice-decline-thanks = Salamat po sa pagpapaalam. Kung magbago ang isip ninyo, tumawag lang po sa paaralan.

voice-cancelled = Kinansela na po ang pagbisita. Salamat! Kung gusto ninyong magkita sa ibang araw, tumawag lang po sa paaralan.

voice-slot-taken = Pasensya na po, may nakakuha na ng oras na iyon.

voice-change = Sige po. Heto ang ibang mga oras.

voice-no-options-left = Salamat po! Wala nang ibang bakanteng oras ngayon. May tatawag po sa inyo mula sa paaralan.

voice-handoff = Salamat po. May tatawag po ulit sa inyo mula sa paaralan sa lalong madaling panahon.

voice-machine = Magandang araw po, ito ang { $program }, ang home visit program ng paaralan ng inyong anak. Pakitawagan po kami sa { $contact }. Salamat po!

voice-unknown-caller = Magandang araw po, ito ang { $program }, ang home visit program ng paaralan ng inyong anak. Para makausap ang paaralan, tumawag po sa { $contact }. Paalam po!

voice-nothing-open = Magandang araw po mula sa { $school }! Wala pa pong oras na mapipili ngayon. Para makausap ang taga-paaralan, pindutin ang 0.

voice-no-voice = Tatawagan po namin kayo ulit kasama ang taong nagsasalita ng { $language }. Para makausap ang isang tao ngayon, pindutin ang 0.
