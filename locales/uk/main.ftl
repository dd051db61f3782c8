# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=ТАК change=ЗМІНИТИ decline=НІ place=МІСЦЕ stop=СТОП start=СТАРТ help=ДОПОМОГА
#
# Ukrainian, polite "ви". Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] англійська
        [es] іспанська
        [vi] вʼєтнамська
        [hmn] хмонг
        [zh-Hans] китайська (спрощена)
        [zh-Hant] китайська (традиційна)
        [ru] російська
        [uk] українська
        [ar] арабська
        [pa] панджабі
        [fa] перська
        [prs] дарі
        [tl] тагальська
        [ko] корейська
        [so] сомалійська
        [ht] гаїтянська креольська
        [pt] португальська
        [fr] французька
        [ps] пушту
        [sw] суахілі
       *[other] { $code }
    }

invitation =
    Вітаємо, { $guardian }! { $pairs ->
        [one] { $educator1 } і { $educator2 } з { $school } хотіли б
       *[many] Двоє вчителів з { $school } хотіли б
    } прийти до вас на 30 хв і почути про ваші надії щодо { $children }. Лише якщо ви бажаєте: відповідайте номером або НІ.
    { $options }

invitation-second =
    Вітаємо, { $guardian }! { $visited1 } і { $visited2 } з { $school } хотіли б знову прийти до вас на 30 хв і дізнатися, як { $count ->
        [one] поживає
       *[other] поживають
    } { $children }. Лише якщо ви бажаєте: відповідайте номером або НІ.
    { $options }

follow-up =
    Вітаємо ще раз, це { $school }! Будемо раді прийти на 30 хв, лише якщо ви бажаєте: відповідайте номером або НІ.
    { $options }

booked =
    Дякуємо! { $educator1 } і { $educator2 } { $where ->
        [home] прийдуть до вас додому на 30 хв.
       *[other] зустрінуться з вами на 30 хв. Де: { $place }.
    } Коли: { $when }. Перенести — ЗМІНИТИ, скасувати — НІ.

booked-interpreter = З ними буде перекладач: { $interpreter }.

already-booked =
    Зустріч призначено: { $educator1 } і { $educator2 }, { $when }, { $where ->
        [home] у вас удома
       *[other] місце: { $place }
    }. Перенести — ЗМІНИТИ, скасувати — НІ.

slot-taken =
    Вибачте, цей час щойно зайняли. Відповідайте іншим номером:
    { $options }

clarify =
    { $count ->
        [1] Будь ласка, відповідайте 1, щоб обрати цей час, або НІ.
        [2] Будь ласка, відповідайте одним номером: 1 або 2, або НІ.
       *[other] Будь ласка, відповідайте одним номером: 1, 2 або 3, або НІ.
    }

which-one =
    Чудово! Який час вам зручніший? Надішліть номер:
    { $options }

decline-thanks = Дякуємо, що повідомили. Якщо передумаєте, просто відповідайте ТАК.

change =
    Звісно. Відповідайте номером нового часу:
    { $options }

no-options-left = Дякуємо! Іншого вільного часу зараз немає; зі школи вам скоро зателефонують.

cancelled = Зустріч скасовано. Дякуємо! Якщо захочете зустрітися пізніше, відповідайте ТАК.

reminder =
    До завтра! { $educator1 } і { $educator2 } { $where ->
        [home] прийдуть до вас додому на 30 хв.
       *[other] зустрінуться з вами на 30 хв. Де: { $place }.
    } Коли: { $when }. Якщо треба, відповідайте ЗМІНИТИ або НІ.

ask-place = Звісно! Де вам зручно зустрітися? У парку, бібліотеці, школі? Напишіть місце.

place-thanks = Дякуємо! Ми передали вчителям місце зустрічі: { $place }

stop-confirmation = Ви більше не отримуватимете наших повідомлень. Щоб знову отримувати, відповідайте СТАРТ.

start-confirmation = З поверненням! Ви знову отримуватимете наші повідомлення. Щоб відмовитися, відповідайте СТОП.

help = { $program }: шкільні візити додому. Питання: { $contact }. Щоб відмовитися від повідомлень, відповідайте СТОП.

handoff = Дякуємо! Працівник школи скоро вам відповість.

unknown-sender = Це { $program }, візити додому від вашої школи. Школа: { $contact }. Щоб відмовитися, відповідайте СТОП.

educator-confirmed =
    Новий візит: { $guardian } ({ $children }), { $when }, { $where ->
        [home] удома в родини
       *[other] місце: { $place }
    }. Напарник: { $partner }. Мова: { $language }{ $interpreter ->
        [yes] {" "}(потрібен перекладач)
       *[no] {""}
    }.

educator-changed =
    Візит перенесено: { $guardian } ({ $children }), тепер { $when } (було { $previous }), { $where ->
        [home] удома в родини
       *[other] місце: { $place }
    }. Напарник: { $partner }. Мова: { $language }{ $interpreter ->
        [yes] {" "}(потрібен перекладач)
       *[no] {""}
    }.

educator-cancelled = Візит скасовано: { $guardian } ({ $children }), { $when }. Напарник: { $partner }. Дякуємо!

educator-reminder =
    Завтра: { $guardian } ({ $children }), { $when }, { $where ->
        [home] удома в родини
       *[other] місце: { $place }
    }. Напарник: { $partner }. Мова: { $language }{ $interpreter ->
        [yes] {" "}(потрібен перекладач)
       *[no] {""}
    }.

educator-place-changed = Нове місце для { $guardian } ({ $children }), { $when }: { $place }. Напарник: { $partner }.

educator-done = Дякуємо! Візит до родини { $guardian } ({ $when }) зараховано вам і напарнику ({ $partner }).

educator-cant = Дякуємо, що повідомили. Координатор перенесе візит до родини { $guardian } ({ $when }); родині поки нічого не повідомлять.

educator-no-visit = Дякуємо! Ми не знайшли візиту, який можна позначити. Зверніться до координатора.

educator-ask-reflection = Дякуємо за візит до родини { $guardian }! Що ви почули про їхні надії щодо { $children }? Напишіть коротко (родина не побачить) або SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Гаразд: враження про візит до родини { $guardian } пропущено.
       *[no] Дякуємо! Ваші враження про візит до родини { $guardian } збережено.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Візити додому — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Скасовано: домашній візит, { $guardian }
       *[other] Домашній візит: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Дім родини
       *[other] { $place }
    }

calendar-notes =
    Родина: { $guardian }
    Діти: { $children }
    Мова: { $language } ({ $interpreter ->
        [yes] візьміть перекладача
       *[no] один із вас нею говорить
    })
    З ким: { $partner }
    Місце: { $place }
    { $minutes } хв
    { $state ->
        [cancelled] Цей візит скасовано.
        [completed] Завершено, дякуємо.
       *[other] Після візиту надішліть DONE.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. $when stays in the nominative, after
## "Коли:" or before a dash, as in booked.

voice-invitation =
    Вітаємо, { $guardian }! Вам телефонують з { $school }. { $pairs ->
        [one] { $educator1 } і { $educator2 }
       *[many] Двоє вчителів
    } хотіли б прийти до вас на 30 хвилин і почути про ваші надії щодо { $children }. Візит — лише за вашим бажанням.

voice-invitation-second =
    Вітаємо, { $guardian }! Вам телефонують з { $school }. { $visited1 } і { $visited2 } хотіли б знову прийти до вас на 30 хвилин і дізнатися, як { $count ->
        [one] поживає
       *[other] поживають
    } { $children }. Візит — лише за вашим бажанням.

voice-option = { $when } — натисніть { $number }.

voice-menu-end = Якщо зараз ви не хочете візиту, натисніть 9. Щоб поговорити з працівником школи, натисніть 0.

voice-no-input = Ми не почули вашого вибору.

voice-not-a-choice = Вибачте, такого варіанта немає.

voice-goodbye = Дякуємо. До побачення!

voice-booked =
    Дякуємо! { $educator1 } і { $educator2 } { $where ->
        [home] прийдуть до вас додому на 30 хвилин.
       *[other] зустрінуться з вами на 30 хвилин. Де: { $place }.
    } Коли: { $when }. Напередодні ми вам зателефонуємо.

voice-visit =
    Ваша зустріч: { $educator1 } і { $educator2 }. Коли: { $when }. Де: { $where ->
        [home] у вас удома
       *[other] { $place }
    }.

voice-reminder = Вітаємо! Вам телефонують з { $school }, щоб нагадати про зустріч.

voice-visit-choices = Щоб залишити зустріч, натисніть 1. Щоб змінити час, натисніть 2. Щоб скасувати, натисніть 3.

voice-kept = Чудово. До зустрічі!

voice-decline-thanks = Дякуємо, що повідомили. Якщо передумаєте, просто зателефонуйте до школи.

voice-cancelled = Зустріч скасовано. Дякуємо! Якщо захочете зустрітися пізніше, просто зателефонуйте до школи.

voice-slot-taken = Вибачте, цей час щойно зайняли.

voice-change = Звісно. Ось інші варіанти часу.

voice-no-options-left = Дякуємо! Іншого вільного часу зараз немає. Зі школи вам скоро зателефонують.

voice-handoff = Дякуємо. Працівник школи скоро вам передзвонить.

voice-machine = Вітаємо, це { $program }, програма візитів додому від школи вашої дитини. Будь ласка, передзвоніть нам за номером { $contact }. Дякуємо!

voice-unknown-caller = Вітаємо, це { $program }, програма візитів додому від школи вашої дитини. Щоб зв’язатися зі школою, зателефонуйте за номером { $contact }. До побачення!

voice-nothing-open = Вітаємо! Це { $school }. Зараз вільного часу для вибору немає. Щоб поговорити з працівником школи, натисніть 0.

voice-no-voice = Ми передзвонимо вам разом із працівником, який говорить вашою мовою ({ $language }). Щоб поговорити з кимось зараз, натисніть 0.
