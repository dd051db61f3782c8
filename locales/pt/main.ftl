# Review status: draft, written by a fluent non-native author (Brazilian Portuguese); needs review by a native speaker.
# reply-words: yes=SIM change=MUDAR decline=NÃO place=LUGAR stop=PARAR start=VOLTAR help=AJUDA
#
# Brazilian Portuguese for families in the US, "você" throughout (the usual warm register of
# Brazilian school messages). `when` spells the day as Brazilians write it, "quinta, 3 de dez.,
# 16:30": the weekday in full as it is said ("quinta", not ICU4X's "qui." or the 12 letters
# of "quinta-feira", which cost a part in a text of three options), the Brazilian 24-hour clock.
# No preposition is put before $when. "cancelar" alone is an opt-out word (Spanish's), so the
# texts say "desmarcar". Variables: see locales/en/main.ftl.

when =
    { $weekday ->
        [mon] segunda
        [tue] terça
        [wed] quarta
        [thu] quinta
        [fri] sexta
        [sat] sábado
       *[sun] domingo
    }, { $day } de { $month ->
        [1] jan.
        [2] fev.
        [3] mar.
        [4] abr.
        [5] maio
        [6] jun.
        [7] jul.
        [8] ago.
        [9] set.
        [10] out.
        [11] nov.
       *[12] dez.
    }, { $hour }:{ $minute }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] inglês
        [es] espanhol
        [vi] vietnamita
        [hmn] hmong
        [zh-Hans] chinês (simplificado)
        [zh-Hant] chinês (tradicional)
        [ru] russo
        [uk] ucraniano
        [ar] árabe
        [pa] punjabi
        [fa] persa
        [prs] dari
        [tl] tagalo
        [ko] coreano
        [so] somali
        [ht] crioulo haitiano
        [pt] português
        [fr] francês
        [ps] pashto
        [sw] suaíli
       *[other] { $code }
    }

invitation =
    Olá { $guardian }! { $pairs ->
        [one] { $educator1 } e { $educator2 } ({ $school })
       *[many] Dois professores da { $school }
    } adorariam visitar vocês 30 min e ouvir seus sonhos para { $children }. Só se quiser: responda um número ou NÃO.
    { $options }

invitation-second =
    Olá { $guardian }! { $visited1 } e { $visited2 } ({ $school }) adorariam voltar a visitá-los 30 min e saber como { $count ->
        [one] está
       *[other] estão
    } { $children }. Só se quiser: responda um número ou NÃO.
    { $options }

follow-up =
    Olá! A { $school } ainda adoraria visitar vocês 30 min, só se quiser: responda um número ou NÃO.
    { $options }

booked =
    Obrigado! Marcamos: { $educator1 } e { $educator2 }, { $when }, 30 min, { $where ->
        [home] em casa
       *[other] em { $place }
    }. Para mudar: MUDAR; para desmarcar: NÃO.

booked-interpreter = { $interpreter } também vai, como intérprete.

already-booked =
    Visita confirmada: { $educator1 } e { $educator2 }, { $when }, { $where ->
        [home] em casa
       *[other] em { $place }
    }. Para mudar: MUDAR; para desmarcar: NÃO.

slot-taken =
    Desculpe, esse horário já foi reservado. Responda outro número:
    { $options }

clarify =
    { $count ->
        [1] Por favor, responda 1 para escolher este horário, ou NÃO.
        [2] Por favor, responda com um só número, 1 ou 2, ou NÃO.
       *[other] Por favor, responda com um só número, 1, 2 ou 3, ou NÃO.
    }

which-one =
    Ótimo! Qual prefere? Responda o número do horário:
    { $options }

decline-thanks = Obrigado por nos avisar. Se mudar de ideia, é só responder SIM.

change =
    Claro. Responda com o número de um novo horário:
    { $options }

no-options-left = Obrigado! No momento não há outros horários livres; alguém da escola vai ligar para você em breve.

cancelled = A visita foi desmarcada. Obrigado! Se quiser marcar mais tarde, é só responder SIM.

reminder =
    Até amanhã! Lembrete da visita: { $educator1 } e { $educator2 }, { $when }, 30 min, { $where ->
        [home] em casa
       *[other] em { $place }
    }. Se precisar, responda MUDAR ou NÃO.

ask-place = Claro! Onde você gostaria de se encontrar? Num parque, na biblioteca, na escola? Responda com o lugar.

place-thanks = Obrigado! Avisamos os professores para encontrar você em: { $place }

stop-confirmation = Você não vai receber mais mensagens nossas. Para recebê-las de novo, responda VOLTAR.

start-confirmation = Que bom ter você de volta! Você vai receber nossas mensagens de novo. Para parar, responda PARAR.

help = { $program }: visitas da escola às famílias. Dúvidas? { $contact }. Para parar, responda PARAR.

handoff = Obrigado! Uma pessoa da escola vai responder você em breve.

unknown-sender = Este é o { $program }, programa de visitas da sua escola. Contato: { $contact }. Para parar, responda PARAR.

educator-confirmed =
    Nova visita: { $guardian } ({ $children }), { $when }, { $where ->
        [home] na casa da família
       *[other] em { $place }
    }, com { $partner }. Idioma: { $language }{ $interpreter ->
        [yes] {" "}(precisa de intérprete)
       *[no] {""}
    }.

educator-changed =
    Visita remarcada: { $guardian } ({ $children }), agora { $when } (antes: { $previous }), { $where ->
        [home] na casa da família
       *[other] em { $place }
    }, com { $partner }. Idioma: { $language }{ $interpreter ->
        [yes] {" "}(precisa de intérprete)
       *[no] {""}
    }.

educator-cancelled = Visita cancelada: { $guardian } ({ $children }), { $when }, com { $partner }. Obrigado!

educator-reminder =
    Amanhã: { $guardian } ({ $children }), { $when }, { $where ->
        [home] na casa da família
       *[other] em { $place }
    }, com { $partner }. Idioma: { $language }{ $interpreter ->
        [yes] {" "}(precisa de intérprete)
       *[no] {""}
    }.

educator-place-changed = Novo local para { $guardian } ({ $children }), { $when }: { $place }. Com { $partner }.

educator-done = Obrigado! Sua visita a { $guardian } ({ $when }) foi registrada como feita, para você e { $partner }.

educator-cant = Obrigado por avisar. A coordenação vai combinar a visita com { $guardian } ({ $when }); até lá, a família não recebe nenhuma mensagem.

educator-no-visit = Obrigado! Não encontramos nenhuma visita sua para registrar. Sua coordenação pode ajudar.

educator-ask-reflection = Obrigado por visitar { $guardian }! O que você ouviu dos sonhos deles para { $children }? Responda brevemente (a família não verá) ou SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Sem problema: a visita a { $guardian } fica sem reflexão.
       *[no] Obrigado! Sua reflexão sobre a visita a { $guardian } foi guardada.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Visitas domiciliares — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Cancelada: visita domiciliar, { $guardian }
       *[other] Visita domiciliar: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Casa da família
       *[other] { $place }
    }

calendar-notes =
    Família: { $guardian }
    Crianças: { $children }
    Idioma: { $language } ({ $interpreter ->
        [yes] leve um intérprete
       *[no] sua dupla fala o idioma
    })
    Com: { $partner }
    Local: { $place }
    { $minutes ->
        [one] { $minutes } minuto
       *[other] { $minutes } minutos
    }
    { $state ->
        [cancelled] Esta visita foi cancelada.
        [completed] Visita feita, obrigado.
       *[other] Envie DONE depois da visita.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. "Digite 1" as Brazilian phone menus
## say it; no preposition before $when, as in booked; "desmarcar", not "cancelar".

voice-invitation =
    Olá, { $guardian }! Aqui é da escola { $school }. { $pairs ->
        [one] { $educator1 } e { $educator2 }
       *[many] Dois professores
    } adorariam visitar vocês por 30 minutos, para ouvir seus sonhos para { $children }. Só se você quiser.

voice-invitation-second =
    Olá, { $guardian }! Aqui é da escola { $school }. { $visited1 } e { $visited2 } adorariam voltar a visitar vocês por 30 minutos, para saber como { $count ->
        [one] está
       *[other] estão
    } { $children }. Só se você quiser.

voice-option = Para { $when }, digite { $number }.

voice-menu-end = Se não quiser uma visita agora, digite 9. Para falar com alguém da escola, digite 0.

voice-no-input = Não recebemos a sua escolha.

voice-not-a-choice = Desculpe, essa não é uma das opções.

voice-goodbye = Obrigado. Tchau!

voice-booked =
    Obrigado! Visita marcada: { $educator1 } e { $educator2 }, { $when }, { $where ->
        [home] na sua casa
       *[other] em { $place }
    }, por 30 minutos. Vamos ligar para você um dia antes.

voice-visit =
    Sua visita com { $educator1 } e { $educator2 } está marcada: { $when }, { $where ->
        [home] na sua casa
       *[other] em { $place }
    }.

voice-reminder = Olá! Este é um lembrete da escola { $school }.

voice-visit-choices = Para manter a visita, digite 1. Para mudar o horário, digite 2. Para desmarcar, digite 3.

voice-kept = Que ótimo. Até lá!

voice-decline-thanks = Obrigado por nos avisar. Se mudar de ideia, é só ligar para a escola.

voice-cancelled = A visita foi desmarcada. Obrigado! Se quiser marcar mais tarde, é só ligar para a escola.

voice-slot-taken = Desculpe, esse horário acabou de ser preenchido.

voice-change = Claro. Aqui estão outros horários.

voice-no-options-left = Obrigado! No momento não há outros horários livres. Alguém da escola vai ligar para você em breve.

voice-handoff = Obrigado. Alguém da escola vai retornar a sua ligação em breve.

voice-machine = Olá, aqui é o { $program }, o programa de visitas da escola dos seus filhos. Por favor, ligue para nós no número { $contact }. Obrigado!

voice-unknown-caller = Olá, aqui é o { $program }, o programa de visitas da escola dos seus filhos. Para falar com a escola, ligue para { $contact }. Tchau!

voice-nothing-open = Olá, aqui é da escola { $school }! No momento não há horários para escolher. Para falar com alguém da escola, digite 0.

voice-no-voice = Vamos ligar de volta com alguém que fala { $language }. Para falar com alguém agora, digite 0.
