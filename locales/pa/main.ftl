# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=ਹਾਂ change=ਬਦਲੋ decline=ਨਹੀਂ place=ਥਾਂ stop=ਰੋਕੋ start=ਸ਼ੁਰੂ help=ਮਦਦ
#
# Punjabi in Gurmukhi script (families from Indian Punjab). Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] ਅੰਗਰੇਜ਼ੀ
        [es] ਸਪੇਨੀ
        [vi] ਵੀਅਤਨਾਮੀ
        [hmn] ਹਮੋਂਗ
        [zh-Hans] ਚੀਨੀ (ਸਰਲ)
        [zh-Hant] ਚੀਨੀ (ਰਵਾਇਤੀ)
        [ru] ਰੂਸੀ
        [uk] ਯੂਕਰੇਨੀ
        [ar] ਅਰਬੀ
        [pa] ਪੰਜਾਬੀ
        [fa] ਫ਼ਾਰਸੀ
        [prs] ਦਰੀ
        [tl] ਤਾਗਾਲੋਗ
        [ko] ਕੋਰੀਆਈ
        [so] ਸੋਮਾਲੀ
        [ht] ਹੈਤੀਆਈ ਕ੍ਰਿਓਲ
        [pt] ਪੁਰਤਗਾਲੀ
        [fr] ਫ਼ਰਾਂਸੀਸੀ
        [ps] ਪਸ਼ਤੋ
        [sw] ਸਵਾਹਿਲੀ
       *[other] { $code }
    }

invitation =
    ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ { $guardian } ਜੀ! { $pairs ->
        [one] { $school } ਤੋਂ { $educator1 } ਅਤੇ { $educator2 }
       *[many] { $school } ਤੋਂ ਦੋ ਅਧਿਆਪਕ
    } 30 ਮਿੰਟ ਤੁਹਾਡੇ ਘਰ ਆ ਕੇ { $children } ਲਈ ਤੁਹਾਡੇ ਸੁਪਨੇ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹਨ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਹੀ: ਨੰਬਰ ਜਾਂ "ਨਹੀਂ" ਭੇਜੋ।
    { $options }

invitation-second =
    ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ { $guardian } ਜੀ! { $school } ਤੋਂ { $visited1 } ਅਤੇ { $visited2 } ਦੁਬਾਰਾ 30 ਮਿੰਟ ਤੁਹਾਡੇ ਘਰ ਆ ਕੇ { $children } ਦਾ ਹਾਲ-ਚਾਲ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹਨ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਹੀ: ਨੰਬਰ ਜਾਂ "ਨਹੀਂ" ਭੇਜੋ।
    { $options }

follow-up =
    { $school } ਵੱਲੋਂ ਫਿਰ ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ! ਅਸੀਂ ਅਜੇ ਵੀ 30 ਮਿੰਟ ਮਿਲਣ ਆਉਣਾ ਚਾਹਾਂਗੇ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ: ਨੰਬਰ ਜਾਂ "ਨਹੀਂ" ਭੇਜੋ।
    { $options }

booked =
    ਧੰਨਵਾਦ! { $educator1 } ਅਤੇ { $educator2 } { $when } ਨੂੰ { $where ->
        [home] ਤੁਹਾਡੇ ਘਰ ਆਉਣਗੇ
       *[other] { $place } ਵਿਖੇ ਮਿਲਣਗੇ
    }, 30 ਮਿੰਟ। ਬਦਲਣ ਲਈ "ਬਦਲੋ" ਲਿਖੋ, ਰੱਦ ਕਰਨ ਲਈ "ਨਹੀਂ" ਲਿਖੋ।

booked-interpreter = ਦੁਭਾਸ਼ੀਆ { $interpreter } ਵੀ ਨਾਲ ਆਉਣਗੇ।

already-booked =
    ਸਭ ਤੈਅ ਹੈ: { $educator1 } ਅਤੇ { $educator2 }, { $when }, { $where ->
        [home] ਤੁਹਾਡੇ ਘਰ
       *[other] { $place } ਵਿਖੇ
    }। ਬਦਲਣ ਲਈ "ਬਦਲੋ" ਲਿਖੋ, ਰੱਦ ਕਰਨ ਲਈ "ਨਹੀਂ" ਲਿਖੋ।

slot-taken =
    ਮਾਫ਼ ਕਰਨਾ, ਉਹ ਸਮਾਂ ਹੁਣੇ ਲੈ ਲਿਆ ਗਿਆ। ਕੋਈ ਹੋਰ ਨੰਬਰ ਭੇਜੋ:
    { $options }

clarify =
    { $count ->
        [1] ਕਿਰਪਾ ਕਰਕੇ ਇਹ ਸਮਾਂ ਚੁਣਨ ਲਈ 1 ਭੇਜੋ, ਜਾਂ "ਨਹੀਂ" ਲਿਖੋ।
        [2] ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਨੰਬਰ ਭੇਜੋ, 1 ਜਾਂ 2, ਜਾਂ "ਨਹੀਂ" ਲਿਖੋ।
       *[other] ਕਿਰਪਾ ਕਰਕੇ ਇੱਕ ਨੰਬਰ ਭੇਜੋ, 1, 2 ਜਾਂ 3, ਜਾਂ "ਨਹੀਂ" ਲਿਖੋ।
    }

which-one =
    ਬਹੁਤ ਵਧੀਆ! ਕਿਹੜਾ ਸਮਾਂ ਠੀਕ ਹੈ? ਸਮੇਂ ਦਾ ਨੰਬਰ ਭੇਜੋ:
    { $options }

decline-thanks = ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਜੇ ਮਨ ਬਦਲੇ, ਕਦੇ ਵੀ "ਹਾਂ" ਲਿਖੋ।

change =
    ਜ਼ਰੂਰ। ਨਵੇਂ ਸਮੇਂ ਦਾ ਨੰਬਰ ਭੇਜੋ:
    { $options }

no-options-left = ਧੰਨਵਾਦ! ਹੁਣ ਹੋਰ ਕੋਈ ਸਮਾਂ ਖਾਲੀ ਨਹੀਂ; ਸਕੂਲ ਤੋਂ ਕੋਈ ਜਲਦੀ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰੇਗਾ।

cancelled = ਮੁਲਾਕਾਤ ਰੱਦ ਹੋ ਗਈ। ਧੰਨਵਾਦ! ਜੇ ਬਾਅਦ ਵਿੱਚ ਮਿਲਣਾ ਚਾਹੋ, "ਹਾਂ" ਲਿਖੋ।

reminder =
    ਕੱਲ੍ਹ ਮਿਲਦੇ ਹਾਂ! { $educator1 } ਅਤੇ { $educator2 } { $when } ਨੂੰ { $where ->
        [home] ਤੁਹਾਡੇ ਘਰ ਆਉਣਗੇ
       *[other] { $place } ਵਿਖੇ ਮਿਲਣਗੇ
    }, 30 ਮਿੰਟ। ਲੋੜ ਹੋਵੇ ਤਾਂ "ਬਦਲੋ" ਜਾਂ "ਨਹੀਂ" ਲਿਖੋ।

ask-place = ਜ਼ਰੂਰ! ਤੁਸੀਂ ਕਿੱਥੇ ਮਿਲਣਾ ਚਾਹੋਗੇ? ਪਾਰਕ, ਲਾਇਬ੍ਰੇਰੀ, ਸਕੂਲ? ਥਾਂ ਦਾ ਨਾਮ ਭੇਜੋ।

place-thanks = ਧੰਨਵਾਦ! ਅਸੀਂ ਅਧਿਆਪਕਾਂ ਨੂੰ ਇੱਥੇ ਮਿਲਣ ਲਈ ਦੱਸ ਦਿੱਤਾ: { $place }

stop-confirmation = ਹੁਣ ਤੁਹਾਨੂੰ ਸਾਡੇ ਸੁਨੇਹੇ ਨਹੀਂ ਆਉਣਗੇ। ਦੁਬਾਰਾ ਲੈਣ ਲਈ "ਸ਼ੁਰੂ" ਲਿਖੋ।

start-confirmation = ਜੀ ਆਇਆਂ ਨੂੰ! ਤੁਹਾਨੂੰ ਫਿਰ ਸਾਡੇ ਸੁਨੇਹੇ ਆਉਣਗੇ। ਰੋਕਣ ਲਈ "ਰੋਕੋ" ਲਿਖੋ।

help = { $program }: ਸਕੂਲ ਦੀਆਂ ਘਰ ਮੁਲਾਕਾਤਾਂ। ਸਵਾਲ: { $contact }। ਸੁਨੇਹੇ ਰੋਕਣ ਲਈ "ਰੋਕੋ" ਲਿਖੋ।

handoff = ਧੰਨਵਾਦ! ਸਕੂਲ ਤੋਂ ਕੋਈ ਜਲਦੀ ਤੁਹਾਨੂੰ ਜਵਾਬ ਦੇਵੇਗਾ।

unknown-sender = ਇਹ { $program } ਹੈ, ਤੁਹਾਡੇ ਸਕੂਲ ਦਾ ਘਰ ਮੁਲਾਕਾਤ ਪ੍ਰੋਗਰਾਮ। ਸਕੂਲ ਨਾਲ ਸੰਪਰਕ: { $contact }। ਸੁਨੇਹੇ ਰੋਕਣ ਲਈ "ਰੋਕੋ" ਲਿਖੋ।

educator-confirmed =
    ਨਵੀਂ ਮੁਲਾਕਾਤ: { $guardian } ({ $children }), { $when }, { $where ->
        [home] ਪਰਿਵਾਰ ਦੇ ਘਰ
       *[other] { $place }
    }, { $partner } ਨਾਲ। ਭਾਸ਼ਾ: { $language }{ $interpreter ->
        [yes] {" "}(ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ)
       *[no] {""}
    }।

educator-changed =
    ਮੁਲਾਕਾਤ ਬਦਲੀ: { $guardian } ({ $children }), ਹੁਣ { $when } (ਪਹਿਲਾਂ { $previous }), { $where ->
        [home] ਪਰਿਵਾਰ ਦੇ ਘਰ
       *[other] { $place }
    }, { $partner } ਨਾਲ। ਭਾਸ਼ਾ: { $language }{ $interpreter ->
        [yes] {" "}(ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ)
       *[no] {""}
    }।

educator-cancelled = ਮੁਲਾਕਾਤ ਰੱਦ: { $guardian } ({ $children }), { $when }, { $partner } ਨਾਲ। ਧੰਨਵਾਦ!

educator-reminder =
    ਕੱਲ੍ਹ: { $guardian } ({ $children }), { $when }, { $where ->
        [home] ਪਰਿਵਾਰ ਦੇ ਘਰ
       *[other] { $place }
    }, { $partner } ਨਾਲ। ਭਾਸ਼ਾ: { $language }{ $interpreter ->
        [yes] {" "}(ਦੁਭਾਸ਼ੀਏ ਦੀ ਲੋੜ)
       *[no] {""}
    }।

educator-place-changed = { $guardian } ({ $children }) ਲਈ ਨਵੀਂ ਥਾਂ, { $when }: { $place }। ਸਾਥੀ: { $partner }।

educator-done = ਧੰਨਵਾਦ! { $guardian } ({ $when }) ਨਾਲ ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਪੂਰੀ ਹੋਈ ਵਜੋਂ ਦਰਜ ਕਰ ਲਈ ਗਈ ਹੈ, ਤੁਹਾਡੇ ਅਤੇ { $partner } ਲਈ।

educator-cant = ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਕੋਆਰਡੀਨੇਟਰ { $guardian } ({ $when }) ਨਾਲ ਮੁਲਾਕਾਤ ਦਾ ਪ੍ਰਬੰਧ ਕਰੇਗਾ; ਉਦੋਂ ਤੱਕ ਪਰਿਵਾਰ ਨੂੰ ਕੁਝ ਨਹੀਂ ਦੱਸਿਆ ਜਾਵੇਗਾ।

educator-no-visit = ਧੰਨਵਾਦ! ਸਾਨੂੰ ਦਰਜ ਕਰਨ ਲਈ ਤੁਹਾਡੀ ਕੋਈ ਮੁਲਾਕਾਤ ਨਹੀਂ ਮਿਲੀ। ਤੁਹਾਡਾ ਕੋਆਰਡੀਨੇਟਰ ਮਦਦ ਕਰ ਸਕਦਾ ਹੈ।

educator-ask-reflection = { $guardian } ਨਾਲ ਮੁਲਾਕਾਤ ਲਈ ਧੰਨਵਾਦ! ਉਨ੍ਹਾਂ ਨੇ { $children } ਲਈ ਕਿਹੜੇ ਸੁਪਨੇ ਦੱਸੇ? ਕੁਝ ਸ਼ਬਦ ਲਿਖੋ (ਪਰਿਵਾਰ ਇਹ ਨਹੀਂ ਦੇਖੇਗਾ) ਜਾਂ "SKIP" ਭੇਜੋ।

educator-reflection-kept =
    { $skipped ->
        [yes] ਕੋਈ ਗੱਲ ਨਹੀਂ: { $guardian } ਨਾਲ ਮੁਲਾਕਾਤ ਬਾਰੇ ਵਿਚਾਰ ਦਰਜ ਨਹੀਂ ਹੋਣਗੇ।
       *[no] ਧੰਨਵਾਦ! { $guardian } ਨਾਲ ਮੁਲਾਕਾਤ ਬਾਰੇ ਤੁਹਾਡੇ ਵਿਚਾਰ ਦਰਜ ਹੋ ਗਏ ਹਨ।
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = ਘਰ ਮੁਲਾਕਾਤਾਂ — { $educator }

calendar-summary =
    { $state ->
        [cancelled] ਰੱਦ: ਘਰ ਮੁਲਾਕਾਤ, { $guardian }
       *[other] ਘਰ ਮੁਲਾਕਾਤ: { $guardian }
    }

calendar-place =
    { $where ->
        [home] ਪਰਿਵਾਰ ਦਾ ਘਰ
       *[other] { $place }
    }

calendar-notes =
    ਪਰਿਵਾਰ: { $guardian }
    ਬੱਚੇ: { $children }
    ਭਾਸ਼ਾ: { $language } ({ $interpreter ->
        [yes] ਦੁਭਾਸ਼ੀਆ ਨਾਲ ਲਿਆਓ
       *[no] ਤੁਹਾਡੇ ਵਿੱਚੋਂ ਇੱਕ ਬੋਲਦਾ ਹੈ
    })
    ਨਾਲ: { $partner }
    ਥਾਂ: { $place }
    { $minutes } ਮਿੰਟ
    { $state ->
        [cancelled] ਇਹ ਮੁਲਾਕਾਤ ਰੱਦ ਹੋ ਗਈ।
        [completed] ਪੂਰੀ ਹੋਈ, ਧੰਨਵਾਦ।
       *[other] ਮੁਲਾਕਾਤ ਤੋਂ ਬਾਅਦ DONE ਭੇਜੋ।
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. Keys: "… ਦਬਾਓ".

voice-invitation =
    ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ { $guardian } ਜੀ! ਅਸੀਂ { $school } ਤੋਂ ਬੋਲ ਰਹੇ ਹਾਂ। { $pairs ->
        [one] { $educator1 } ਅਤੇ { $educator2 }
       *[many] ਦੋ ਅਧਿਆਪਕ
    } 30 ਮਿੰਟ ਲਈ ਤੁਹਾਡੇ ਘਰ ਆ ਕੇ { $children } ਲਈ ਤੁਹਾਡੇ ਸੁਪਨੇ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹਨ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਹੀ।

voice-invitation-second =
    ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ { $guardian } ਜੀ! ਅਸੀਂ { $school } ਤੋਂ ਬੋਲ ਰਹੇ ਹਾਂ। { $visited1 } ਅਤੇ { $visited2 } ਦੁਬਾਰਾ 30 ਮਿੰਟ ਲਈ ਤੁਹਾਡੇ ਘਰ ਆ ਕੇ { $children } ਦਾ ਹਾਲ-ਚਾਲ ਸੁਣਨਾ ਚਾਹੁੰਦੇ ਹਨ। ਜੇ ਤੁਸੀਂ ਚਾਹੋ ਤਾਂ ਹੀ।

voice-option = { $when } ਲਈ, { $number } ਦਬਾਓ।

voice-menu-end = ਜੇ ਤੁਸੀਂ ਹੁਣ ਮੁਲਾਕਾਤ ਨਹੀਂ ਚਾਹੁੰਦੇ, ਤਾਂ 9 ਦਬਾਓ। ਸਕੂਲ ਤੋਂ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ 0 ਦਬਾਓ।

voice-no-input = ਸਾਨੂੰ ਤੁਹਾਡੀ ਚੋਣ ਨਹੀਂ ਮਿਲੀ।

voice-not-a-choice = ਮਾਫ਼ ਕਰਨਾ, ਇਹ ਚੋਣਾਂ ਵਿੱਚੋਂ ਨਹੀਂ ਹੈ।

voice-goodbye = ਧੰਨਵਾਦ। ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ!

voice-booked =
    ਧੰਨਵਾਦ! { $educator1 } ਅਤੇ { $educator2 } { $when } ਨੂੰ { $where ->
        [home] ਤੁਹਾਡੇ ਘਰ ਆਉਣਗੇ
       *[other] { $place } ਵਿਖੇ ਤੁਹਾਨੂੰ ਮਿਲਣਗੇ
    }, 30 ਮਿੰਟ ਲਈ। ਅਸੀਂ ਇੱਕ ਦਿਨ ਪਹਿਲਾਂ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰਾਂਗੇ।

voice-visit =
    ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ { $educator1 } ਅਤੇ { $educator2 } ਨਾਲ { $when } ਨੂੰ ਹੈ, { $where ->
        [home] ਤੁਹਾਡੇ ਘਰ
       *[other] { $place } ਵਿਖੇ
    }।

voice-reminder = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ! { $school } ਵੱਲੋਂ ਯਾਦ ਕਰਾਉਣ ਲਈ ਫ਼ੋਨ ਹੈ।

voice-visit-choices = ਮੁਲਾਕਾਤ ਪੱਕੀ ਰੱਖਣ ਲਈ 1 ਦਬਾਓ। ਸਮਾਂ ਬਦਲਣ ਲਈ 2 ਦਬਾਓ। ਰੱਦ ਕਰਨ ਲਈ 3 ਦਬਾਓ।

voice-kept = ਬਹੁਤ ਵਧੀਆ। ਫਿਰ ਮਿਲਦੇ ਹਾਂ!

voice-decline-thanks = ਦੱਸਣ ਲਈ ਧੰਨਵਾਦ। ਜੇ ਮਨ ਬਦਲੇ, ਤਾਂ ਬੱਸ ਸਕੂਲ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।

voice-cancelled = ਤੁਹਾਡੀ ਮੁਲਾਕਾਤ ਰੱਦ ਹੋ ਗਈ ਹੈ। ਧੰਨਵਾਦ! ਜੇ ਬਾਅਦ ਵਿੱਚ ਮਿਲਣਾ ਚਾਹੋ, ਤਾਂ ਬੱਸ ਸਕੂਲ ਨੂੰ ਫ਼ੋਨ ਕਰੋ।

voice-slot-taken = ਮਾਫ਼ ਕਰਨਾ, ਉਹ ਸਮਾਂ ਹੁਣੇ ਕਿਸੇ ਨੇ ਲੈ ਲਿਆ।

voice-change = ਜ਼ਰੂਰ। ਇਹ ਹੋਰ ਸਮੇਂ ਹਨ।

voice-no-options-left = ਧੰਨਵਾਦ! ਹੁਣ ਹੋਰ ਕੋਈ ਸਮਾਂ ਖਾਲੀ ਨਹੀਂ। ਸਕੂਲ ਤੋਂ ਕੋਈ ਜਲਦੀ ਤੁਹਾਨੂੰ ਫ਼ੋਨ ਕਰੇਗਾ।

voice-handoff = ਧੰਨਵਾਦ। ਸਕੂਲ ਤੋਂ ਕੋਈ ਜਲਦੀ ਤੁਹਾਨੂੰ ਵਾਪਸ ਫ਼ੋਨ ਕਰੇਗਾ।

voice-machine = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਇਹ { $program } ਹੈ, ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਸਕੂਲ ਦਾ ਘਰ ਮੁਲਾਕਾਤ ਪ੍ਰੋਗਰਾਮ। ਕਿਰਪਾ ਕਰਕੇ ਸਾਨੂੰ { $contact } 'ਤੇ ਵਾਪਸ ਫ਼ੋਨ ਕਰੋ। ਧੰਨਵਾਦ!

voice-unknown-caller = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਇਹ { $program } ਹੈ, ਤੁਹਾਡੇ ਬੱਚੇ ਦੇ ਸਕੂਲ ਦਾ ਘਰ ਮੁਲਾਕਾਤ ਪ੍ਰੋਗਰਾਮ। ਸਕੂਲ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ ਕਿਰਪਾ ਕਰਕੇ { $contact } 'ਤੇ ਫ਼ੋਨ ਕਰੋ। ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ!

voice-nothing-open = ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਇਹ { $school } ਹੈ! ਇਸ ਵੇਲੇ ਚੁਣਨ ਲਈ ਕੋਈ ਸਮਾਂ ਨਹੀਂ ਹੈ। ਸਕੂਲ ਤੋਂ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ 0 ਦਬਾਓ।

voice-no-voice = ਅਸੀਂ ਤੁਹਾਨੂੰ { $language } ਬੋਲਣ ਵਾਲੇ ਕਿਸੇ ਵਿਅਕਤੀ ਨਾਲ ਵਾਪਸ ਫ਼ੋਨ ਕਰਾਂਗੇ। ਹੁਣੇ ਕਿਸੇ ਨਾਲ ਗੱਲ ਕਰਨ ਲਈ 0 ਦਬਾਓ।
