# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=ДА change=ИЗМЕНИТЬ decline=НЕТ place=МЕСТО stop=СТОП start=СТАРТ help=ПОМОЩЬ
#
# Russian, polite "вы". Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] английский
        [es] испанский
        [vi] вьетнамский
        [hmn] хмонг
        [zh-Hans] китайский (упрощённый)
        [zh-Hant] китайский (традиционный)
        [ru] русский
        [uk] украинский
        [ar] арабский
        [pa] панджаби
        [fa] персидский
        [prs] дари
        [tl] тагальский
        [ko] корейский
        [so] сомалийский
        [ht] гаитянский креольский
        [pt] португальский
        [fr] французский
        [ps] пушту
        [sw] суахили
       *[other] { $code }
    }

invitation =
    Здравствуйте, { $guardian }! { $pairs ->
        [one] { $educator1 } и { $educator2 } из { $school } хотели бы
       *[many] Два учителя из { $school } хотели бы
    } прийти к вам на 30 мин и узнать о ваших надеждах для { $children }. Только если хотите: ответьте номером или НЕТ.
    { $options }

invitation-second =
    Здравствуйте, { $guardian }! { $visited1 } и { $visited2 } из { $school } хотели бы снова прийти к вам на 30 мин и узнать, как { $count ->
        [one] поживает
       *[other] поживают
    } { $children }. Только если хотите: ответьте номером или НЕТ.
    { $options }

follow-up =
    Снова здравствуйте, это { $school }! Будем рады прийти на 30 мин, только если хотите: ответьте номером или НЕТ.
    { $options }

booked =
    Спасибо! { $educator1 } и { $educator2 } { $where ->
        [home] придут к вам домой на 30 мин.
       *[other] встретятся с вами на 30 мин. Где: { $place }.
    } Когда: { $when }. Перенести — ИЗМЕНИТЬ, отменить — НЕТ.

booked-interpreter = С ними будет переводчик: { $interpreter }.

already-booked =
    Встреча назначена: { $educator1 } и { $educator2 }, { $when }, { $where ->
        [home] у вас дома
       *[other] место: { $place }
    }. Перенести — ИЗМЕНИТЬ, отменить — НЕТ.

slot-taken =
    Извините, это время только что заняли. Ответьте другим номером:
    { $options }

clarify =
    { $count ->
        [1] Пожалуйста, ответьте 1, чтобы выбрать это время, или НЕТ.
        [2] Пожалуйста, ответьте одним номером: 1 или 2, или НЕТ.
       *[other] Пожалуйста, ответьте одним номером: 1, 2 или 3, или НЕТ.
    }

which-one =
    Отлично! Какое время вам удобнее? Ответьте номером:
    { $options }

decline-thanks = Спасибо, что сообщили. Если передумаете, просто ответьте ДА.

change =
    Конечно. Ответьте номером нового времени:
    { $options }

no-options-left = Спасибо! Другого свободного времени сейчас нет; из школы вам скоро позвонят.

cancelled = Встреча отменена. Спасибо! Если захотите встретиться позже, ответьте ДА.

reminder =
    До завтра! { $educator1 } и { $educator2 } { $where ->
        [home] придут к вам домой на 30 мин.
       *[other] встретятся с вами на 30 мин. Где: { $place }.
    } Когда: { $when }. Если нужно, ответьте ИЗМЕНИТЬ или НЕТ.

ask-place = Конечно! Где вам удобно встретиться? В парке, библиотеке, школе? Напишите место.

place-thanks = Спасибо! Мы передали учителям место встречи: { $place }

stop-confirmation = Вы больше не будете получать наши сообщения. Чтобы снова получать, ответьте СТАРТ.

start-confirmation = С возвращением! Вы снова будете получать наши сообщения. Чтобы отказаться, ответьте СТОП.

help = { $program }: школьные визиты домой. Вопросы: { $contact }. Чтобы отказаться от сообщений, ответьте СТОП.

handoff = Спасибо! Сотрудник школы скоро вам ответит.

unknown-sender = Это { $program }, визиты домой от вашей школы. Школа: { $contact }. Отказаться от сообщений: ответьте СТОП.

educator-confirmed =
    Новый визит: { $guardian } ({ $children }), { $when }, { $where ->
        [home] у семьи дома
       *[other] место: { $place }
    }. Напарник: { $partner }. Язык: { $language }{ $interpreter ->
        [yes] {" "}(нужен переводчик)
       *[no] {""}
    }.

educator-changed =
    Визит перенесён: { $guardian } ({ $children }), теперь { $when } (было { $previous }), { $where ->
        [home] у семьи дома
       *[other] место: { $place }
    }. Напарник: { $partner }. Язык: { $language }{ $interpreter ->
        [yes] {" "}(нужен переводчик)
       *[no] {""}
    }.

educator-cancelled = Визит отменён: { $guardian } ({ $children }), { $when }. Напарник: { $partner }. Спасибо!

educator-reminder =
    Завтра: { $guardian } ({ $children }), { $when }, { $where ->
        [home] у семьи дома
       *[other] место: { $place }
    }. Напарник: { $partner }. Язык: { $language }{ $interpreter ->
        [yes] {" "}(нужен переводчик)
       *[no] {""}
    }.

educator-place-changed = Новое место для { $guardian } ({ $children }), { $when }: { $place }. Напарник: { $partner }.

educator-done = Спасибо! Визит в семью { $guardian } ({ $when }) засчитан вам и напарнику ({ $partner }).

educator-cant = Спасибо, что сообщили. Координатор перенесёт визит в семью { $guardian } ({ $when }); семье пока ничего не сообщат.

educator-no-visit = Спасибо! Мы не нашли визита, который можно отметить. Обратитесь к координатору.

educator-ask-reflection = Спасибо за визит в семью { $guardian }! Что вы узнали об их надеждах для { $children }? Ответьте коротко (семья этого не увидит) или SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Хорошо: впечатления о визите в семью { $guardian } пропущены.
       *[no] Спасибо! Ваши впечатления о визите в семью { $guardian } сохранены.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Визиты на дом — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Отменён: визит на дом, { $guardian }
       *[other] Визит на дом: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Дом семьи
       *[other] { $place }
    }

calendar-notes =
    Семья: { $guardian }
    Дети: { $children }
    Язык: { $language } ({ $interpreter ->
        [yes] возьмите переводчика
       *[no] один из вас на нём говорит
    })
    С кем: { $partner }
    Место: { $place }
    { $minutes } мин
    { $state ->
        [cancelled] Этот визит отменён.
        [completed] Завершён, спасибо.
       *[other] После визита отправьте DONE.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. $when stays in the nominative, after
## "Когда:" or before a dash, as in booked.

voice-invitation =
    Здравствуйте, { $guardian }! Вам звонят из { $school }. { $pairs ->
        [one] { $educator1 } и { $educator2 }
       *[many] Два учителя
    } хотели бы прийти к вам на 30 минут и узнать о ваших надеждах для { $children }. Визит — только по вашему желанию.

voice-invitation-second =
    Здравствуйте, { $guardian }! Вам звонят из { $school }. { $visited1 } и { $visited2 } хотели бы снова прийти к вам на 30 минут и узнать, как { $count ->
        [one] поживает
       *[other] поживают
    } { $children }. Визит — только по вашему желанию.

voice-option = { $when } — нажмите { $number }.

voice-menu-end = Если сейчас вы не хотите визита, нажмите 9. Чтобы поговорить с сотрудником школы, нажмите 0.

voice-no-input = Мы не услышали ваш выбор.

voice-not-a-choice = Извините, такого варианта нет.

voice-goodbye = Спасибо. До свидания!

voice-booked =
    Спасибо! { $educator1 } и { $educator2 } { $where ->
        [home] придут к вам домой на 30 минут.
       *[other] встретятся с вами на 30 минут. Где: { $place }.
    } Когда: { $when }. Накануне мы вам позвоним.

voice-visit =
    Ваша встреча: { $educator1 } и { $educator2 }. Когда: { $when }. Где: { $where ->
        [home] у вас дома
       *[other] { $place }
    }.

voice-reminder = Здравствуйте! Вам звонят из { $school }, чтобы напомнить о встрече.

voice-visit-choices = Чтобы оставить встречу, нажмите 1. Чтобы изменить время, нажмите 2. Чтобы отменить, нажмите 3.

voice-kept = Отлично. До встречи!

voice-decline-thanks = Спасибо, что сообщили. Если передумаете, просто позвоните в школу.

voice-cancelled = Встреча отменена. Спасибо! Если захотите встретиться позже, просто позвоните в школу.

voice-slot-taken = Извините, это время только что заняли.

voice-change = Конечно. Вот другие варианты времени.

voice-no-options-left = Спасибо! Другого свободного времени сейчас нет. Из школы вам скоро позвонят.

voice-handoff = Спасибо. Сотрудник школы скоро вам перезвонит.

voice-machine = Здравствуйте, это { $program }, программа визитов домой от школы вашего ребёнка. Пожалуйста, перезвоните нам по номеру { $contact }. Спасибо!

voice-unknown-caller = Здравствуйте, это { $program }, программа визитов домой от школы вашего ребёнка. Чтобы связаться со школой, позвоните по номеру { $contact }. До свидания!

voice-nothing-open = Здравствуйте! Это { $school }. Сейчас свободного времени для выбора нет. Чтобы поговорить с сотрудником школы, нажмите 0.

voice-no-voice = Мы перезвоним вам с сотрудником, который говорит на вашем языке ({ $language }). Чтобы поговорить с кем-нибудь сейчас, нажмите 0.
