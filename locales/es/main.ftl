# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=SI change=CAMBIAR decline=NO place=LUGAR stop=ALTO start=INICIAR help=AYUDA
#
# Spanish for families in the US (mostly Mexican and Central American). Plain ASCII where it
# reads naturally (GSM-7 is cheaper): no accent on SI in the reply words, but Spanish words
# keep their accents. Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] inglés
        [es] español
        [vi] vietnamita
        [hmn] hmong
        [zh-Hans] chino (simplificado)
        [zh-Hant] chino (tradicional)
        [ru] ruso
        [uk] ucraniano
        [ar] árabe
        [pa] panyabí
        [fa] persa
        [prs] darí
        [tl] tagalo
        [ko] coreano
        [so] somalí
        [ht] criollo haitiano
        [pt] portugués
        [fr] francés
        [ps] pastún
        [sw] suajili
       *[other] { $code }
    }

invitation =
    ¡Hola, { $guardian }! { $pairs ->
        [one] { $educator1 } y { $educator2 } de { $school } quieren
       *[many] Dos maestros de { $school } quieren
    } visitarle en casa 30 min y escuchar sus sueños para { $children }. Usted decide: responda con un número o NO.
    { $options }

invitation-second =
    ¡Hola, { $guardian }! { $visited1 } y { $visited2 } de { $school } quieren volver a visitarle 30 min para saber cómo { $count ->
        [one] está
       *[other] están
    } { $children }. Usted decide: responda con un número o NO.
    { $options }

follow-up =
    ¡Hola otra vez! { $school } aún quiere visitarle 30 min. Usted decide: responda con un número o NO.
    { $options }

booked =
    ¡Gracias! { $educator1 } y { $educator2 } { $where ->
        [home] irán a su casa
       *[other] se reunirán con usted en { $place }
    } el { $when }, 30 min. Para cambiar, responda CAMBIAR; para cancelar, NO.

booked-interpreter = También vendrá { $interpreter } como intérprete.

already-booked =
    Su visita está confirmada: { $educator1 } y { $educator2 }, { $when }, { $where ->
        [home] en casa
       *[other] en { $place }
    }. Para cambiar responda CAMBIAR; para cancelar, NO.

slot-taken =
    Perdón, esa hora ya se ocupó. Responda con otro número:
    { $options }

clarify =
    { $count ->
        [1] Por favor responda 1 para elegir esa hora, o NO.
        [2] Por favor responda un solo número, 1 o 2, o NO.
       *[other] Por favor responda un solo número, 1, 2 o 3, o NO.
    }

which-one =
    ¡Qué bien! ¿Qué hora le queda mejor? Responda con el número de la hora:
    { $options }

decline-thanks = Gracias por avisarnos. Si cambia de idea, responda SI cuando quiera.

change =
    Claro. Responda con el número de la nueva hora:
    { $options }

no-options-left = ¡Gracias! Ahora no hay otras horas libres; alguien de la escuela le llamará pronto.

cancelled = Su visita está cancelada. ¡Gracias! Si quiere reunirse más adelante, responda SI.

reminder =
    ¡Hasta mañana! { $educator1 } y { $educator2 } { $where ->
        [home] irán a su casa
       *[other] se reunirán con usted en { $place }
    } el { $when }, 30 min. Si hace falta, responda CAMBIAR o NO.

ask-place = Claro. ¿Dónde quiere reunirse? ¿Un parque, la biblioteca, la escuela? Responda con el lugar.

place-thanks = ¡Gracias! Ya les avisamos a los maestros que se verán con usted en: { $place }

stop-confirmation = Ya no recibirá más mensajes nuestros. Para recibirlos otra vez, responda INICIAR.

start-confirmation = ¡Qué gusto! Volverá a recibir nuestros mensajes. Para dejar de recibirlos, responda ALTO.

help = { $program }: visitas de maestros a los hogares. ¿Preguntas? { $contact }. Para no recibir mensajes, responda ALTO.

handoff = ¡Gracias! Una persona de la escuela le responderá pronto.

unknown-sender = Le escribe { $program }, el programa de visitas al hogar de la escuela. Para hablar con la escuela: { $contact }. Para no recibir mensajes, responda ALTO.

educator-confirmed =
    Nueva visita: { $guardian } ({ $children }), { $when }, { $where ->
        [home] en casa de la familia
       *[other] en { $place }
    }, con { $partner }. Idioma: { $language }{ $interpreter ->
        [yes] {" "}(hace falta intérprete)
       *[no] {""}
    }.

educator-changed =
    Visita cambiada: { $guardian } ({ $children }), ahora { $when } (antes { $previous }), { $where ->
        [home] en casa de la familia
       *[other] en { $place }
    }, con { $partner }. Idioma: { $language }{ $interpreter ->
        [yes] {" "}(hace falta intérprete)
       *[no] {""}
    }.

educator-cancelled = Visita cancelada: { $guardian } ({ $children }), { $when }, con { $partner }. ¡Gracias!

educator-reminder =
    Mañana: { $guardian } ({ $children }), { $when }, { $where ->
        [home] en casa de la familia
       *[other] en { $place }
    }, con { $partner }. Idioma: { $language }{ $interpreter ->
        [yes] {" "}(hace falta intérprete)
       *[no] {""}
    }.

educator-place-changed = Nuevo lugar para { $guardian } ({ $children }), { $when }: { $place }. Con { $partner }.

educator-done = ¡Gracias! Su visita con { $guardian } ({ $when }) quedó registrada como hecha, para usted y { $partner }.

educator-cant = Gracias por avisar. La coordinación organizará la visita con { $guardian } ({ $when }); la familia no sabrá nada hasta entonces.

educator-no-visit = ¡Gracias! No encontramos ninguna visita suya para marcar. Su coordinador/a puede ayudarle.

educator-ask-reflection = ¡Gracias por visitar a { $guardian }! ¿Qué le contaron de sus sueños para { $children }? Responda en pocas palabras (no se comparte con la familia) o con SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] No hay problema: la visita a { $guardian } queda sin reflexión.
       *[no] ¡Gracias! Su reflexión sobre la visita a { $guardian } quedó guardada.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Visitas al hogar — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Cancelada: visita al hogar, { $guardian }
       *[other] Visita al hogar: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Casa de la familia
       *[other] { $place }
    }

calendar-notes =
    Familia: { $guardian }
    Hijos: { $children }
    Idioma: { $language } ({ $interpreter ->
        [yes] lleven intérprete
       *[no] uno de ustedes lo habla
    })
    Con: { $partner }
    Lugar: { $place }
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
    { $state ->
        [cancelled] Esta visita se canceló.
        [completed] Completada, gracias.
       *[other] Envíe DONE después de la visita.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. "Oprima" is what US Spanish phone
## menus say; $when is read as in booked ("el jueves, 3 de dic, 4:30 p.m.").

voice-invitation =
    ¡Hola, { $guardian }! Le llamamos de { $school }. { $pairs ->
        [one] { $educator1 } y { $educator2 }
       *[many] Dos maestros
    } quisieran visitarle en casa 30 minutos para escuchar sus sueños para { $children }. Solo si usted lo desea.

voice-invitation-second =
    ¡Hola, { $guardian }! Le llamamos de { $school }. { $visited1 } y { $visited2 } quisieran volver a visitarle en casa 30 minutos, para saber cómo { $count ->
        [one] está
       *[other] están
    } { $children }. Solo si usted lo desea.

voice-option = Para el { $when }, oprima { $number }.

voice-menu-end = Si por ahora no quiere una visita, oprima 9. Para hablar con alguien, oprima 0.

voice-no-input = No recibimos ninguna respuesta.

voice-not-a-choice = Perdón, esa no es una de las opciones.

voice-goodbye = Gracias. ¡Hasta luego!

voice-booked =
    ¡Gracias! { $educator1 } y { $educator2 } { $where ->
        [home] le visitarán en su casa
       *[other] se reunirán con usted en { $place }
    } el { $when }, por 30 minutos. Le llamaremos un día antes.

voice-visit =
    Su visita es con { $educator1 } y { $educator2 }, el { $when }, { $where ->
        [home] en su casa
       *[other] en { $place }
    }.

voice-reminder = ¡Hola! Le llamamos de { $school } para recordarle su visita.

voice-visit-choices = Para confirmarla, oprima 1. Para cambiar la hora, oprima 2. Para cancelarla, oprima 3.

voice-kept = Perfecto. ¡Hasta entonces!

voice-decline-thanks = Gracias por avisarnos. Si cambia de idea, solo llame a la escuela.

voice-cancelled = Su visita está cancelada. ¡Gracias! Si quiere reunirse más adelante, solo llame a la escuela.

voice-slot-taken = Perdón, esa hora ya se ocupó.

voice-change = Claro. Estas son otras horas.

voice-no-options-left = ¡Gracias! Ahora no hay otras horas libres. Alguien de la escuela le llamará pronto.

voice-handoff = Gracias. Alguien de la escuela le devolverá la llamada pronto.

voice-machine = Hola, le llama { $program }, el programa de visitas al hogar de la escuela de sus hijos. Por favor, devuélvanos la llamada al { $contact }. ¡Gracias!

voice-unknown-caller = Hola, se comunicó con { $program }, el programa de visitas al hogar de la escuela de sus hijos. Para hablar con la escuela, llame al { $contact }. ¡Hasta luego!

voice-nothing-open = ¡Hola! Le saluda { $school }. Por ahora no hay horas para elegir. Para hablar con alguien, oprima 0.

voice-no-voice = Le volveremos a llamar con alguien que hable { $language }. Para hablar con alguien ahora, oprima 0.
