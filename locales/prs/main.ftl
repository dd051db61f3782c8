# Review status: draft, written by a fluent non-native author (Afghan Dari); needs review by a native speaker.
# reply-words: yes=بلی change=تغییر decline=نه place=جای stop=توقف start=شروع help=کمک
#
# Dari (Afghan Persian) for families in the US: مکتب for school, تشکر for thanks, بلی for yes,
# the formal plural (شما، بفرستید). Persian digits (۱ ۲ ۳) as Dari keyboards type them. Dates
# come from ICU4X, which has no Dari under `prs` (it falls back to "M12 3, Thu 16:30"):
# dates.rs serves `prs` as `fa-AF` (CLDR's Dari; its short month is "دسم", its long one the
# Afghan "دسمبر") or `fa` ("دسامبر"), always in the Gregorian calendar.
# Right-to-left: isolation marks are off, so every line must begin with a Dari word or an
# option number followed by Dari; never start a line with a name. The school's phone number
# follows a LEFT-TO-RIGHT MARK (U+200E) so that it is not shown scrambled. Arabic script has
# no capitals, so reply words are quoted: «نه». A family text never says لغو (cancel): it is
# an opt-out word, and a family that echoes it would stop every text.
# Dari has no plural rules in intl_pluralrules: select on numbers only with exact keys and
# *[other]. Variables: see locales/en/main.ftl.

when = { $datetime }

option =
    { $number ->
        [1] ۱
        [2] ۲
        [3] ۳
       *[other] { $number }
    }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] انگلیسی
        [es] هسپانوی
        [vi] ویتنامی
        [hmn] همونگ
        [zh-Hans] چینایی (ساده)
        [zh-Hant] چینایی (عنعنوی)
        [ru] روسی
        [uk] اوکراینی
        [ar] عربی
        [pa] پنجابی
        [fa] فارسی
        [prs] دری
        [tl] تاگالوگ
        [ko] کوریایی
        [so] سومالیایی
        [ht] کریول هائیتی
        [pt] پرتگالی
        [fr] فرانسوی
        [ps] پشتو
        [sw] سواحلی
       *[other] { $code }
    }

invitation =
    سلام { $guardian }! { $pairs ->
        [one] { $educator1 } و { $educator2 } از { $school }
       *[many] دو معلم از مکتب { $school }
    } می‌خواهند ۳۰ دقیقه به خانه‌تان بیایند و آرزوهایتان را برای { $children } بشنوند. اختیاری است: شماره یا «نه» بفرستید.
    { $options }

invitation-second =
    سلام { $guardian }! { $visited1 } و { $visited2 } از { $school } می‌خواهند دوباره ۳۰ دقیقه به خانه‌تان بیایند و از احوال { $children } باخبر شوند. اختیاری است: شماره یا «نه» بفرستید.
    { $options }

follow-up =
    مکتب { $school }: اگر بخواهید، هنوز هم خوشحال می‌شویم ۳۰ دقیقه به دیدن‌تان بیاییم. شماره یا «نه» بفرستید.
    { $options }

booked =
    تشکر! { $educator1 } و { $educator2 } روز { $when } { $where ->
        [home] به خانه‌تان می‌آیند
       *[other] شما را در { $place } می‌بینند
    }، ۳۰ دقیقه. برای تغییر «تغییر»، و اگر نمی‌خواهید «نه» بنویسید.

booked-interpreter = ترجمانی به نام { $interpreter } هم همراه‌شان می‌آید.

already-booked =
    وقت شما ثبت است: { $educator1 } و { $educator2 }، { $when }، { $where ->
        [home] در خانهٔ شما
       *[other] در { $place }
    }. برای تغییر «تغییر»، و اگر نمی‌خواهید «نه» بنویسید.

slot-taken =
    ببخشید، این وقت همین حالا گرفته شد. شمارهٔ دیگری بفرستید:
    { $options }

clarify =
    { $count ->
        [1] لطفاً برای انتخاب این وقت ۱ بفرستید، یا «نه».
        [2] لطفاً فقط یک شماره بفرستید: ۱ یا ۲، یا «نه».
       *[other] لطفاً فقط یک شماره بفرستید: ۱، ۲ یا ۳، یا «نه».
    }

which-one =
    عالی! کدام وقت خوب است؟ شمارهٔ آن وقت را بفرستید:
    { $options }

decline-thanks = تشکر که خبر دادید. اگر نظر تان تغییر کرد، هر وقت «بلی» بنویسید.

change =
    حتماً. شمارهٔ وقت جدید را بفرستید:
    { $options }

no-options-left = تشکر! فعلاً وقت خالی دیگری نیست؛ به زودی کسی از مکتب به شما زنگ می‌زند.

cancelled = دیدار منسوخ شد. تشکر! اگر بعداً خواستید همدیگر را ببینیم، «بلی» بنویسید.

reminder =
    فردا شما را می‌بینیم! { $educator1 } و { $educator2 } روز { $when } { $where ->
        [home] به خانه‌تان می‌آیند
       *[other] شما را در { $place } می‌بینند
    }، ۳۰ دقیقه. در صورت نیاز «تغییر» یا «نه» بنویسید.

ask-place = حتماً! کجا می‌خواهید همدیگر را ببینیم؟ پارک، کتابخانه، مکتب؟ نام جای را بنویسید.

place-thanks = تشکر! به معلمان گفتیم که شما را اینجا ببینند: { $place }

stop-confirmation = دیگر پیامی از ما نمی‌گیرید. برای گرفتن دوبارهٔ پیام‌ها «شروع» بنویسید.

start-confirmation = خوش آمدید! دوباره پیام‌های ما را می‌گیرید. برای توقف «توقف» بنویسید.

help = اینجا { $program } است: دیدار مکتب در خانه. سوال‌ها: { "\u200E" }{ $contact }. برای توقف پیام‌ها «توقف» بنویسید.

handoff = تشکر! به زودی کسی از مکتب به شما جواب می‌دهد.

unknown-sender = اینجا { $program } است، برنامهٔ دیدار خانگی مکتب شما. تماس با مکتب: { "\u200E" }{ $contact }. برای توقف پیام‌ها «توقف» بنویسید.

educator-confirmed =
    دیدار جدید: { $guardian } ({ $children })، { $when }، { $where ->
        [home] در خانهٔ فامیل
       *[other] در { $place }
    }، با { $partner }. زبان: { $language }{ $interpreter ->
        [yes] {" "}(ترجمان لازم است)
       *[no] {""}
    }.

educator-changed =
    دیدار تغییر کرد: { $guardian } ({ $children })، حالا { $when } (قبلاً { $previous })، { $where ->
        [home] در خانهٔ فامیل
       *[other] در { $place }
    }، با { $partner }. زبان: { $language }{ $interpreter ->
        [yes] {" "}(ترجمان لازم است)
       *[no] {""}
    }.

educator-cancelled = دیدار لغو شد: { $guardian } ({ $children })، { $when }، با { $partner }. تشکر!

educator-reminder =
    فردا: { $guardian } ({ $children })، { $when }، { $where ->
        [home] در خانهٔ فامیل
       *[other] در { $place }
    }، با { $partner }. زبان: { $language }{ $interpreter ->
        [yes] {" "}(ترجمان لازم است)
       *[no] {""}
    }.

educator-place-changed = جای جدید: { $guardian } ({ $children })، { $when }: { $place }. با { $partner }.

educator-done = تشکر! دیدار شما با { $guardian } ({ $when }) برای شما و { $partner } انجام‌شده ثبت شد.

educator-cant = تشکر که خبر دادید. هماهنگ‌کننده دیدار با { $guardian } ({ $when }) را ترتیب می‌دهد؛ تا آن وقت به فامیل چیزی گفته نمی‌شود.

educator-no-visit = تشکر! دیداری از شما برای ثبت پیدا نکردیم. هماهنگ‌کنندهٔ شما کمک کرده می‌تواند.

educator-ask-reflection = تشکر از دیدارتان با { $guardian }! از آرزوهایشان برای { $children } چه فهمیدید؟ چند کلمه بنویسید (به فامیل فرستاده نمی‌شود) یا «SKIP».

educator-reflection-kept =
    { $skipped ->
        [yes] مشکلی نیست: برداشتی از دیدار با { $guardian } ثبت نمی‌شود.
       *[no] تشکر! برداشت شما از دیدار با { $guardian } ثبت شد.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = دیدارهای خانگی — { $educator }

calendar-summary =
    { $state ->
        [cancelled] لغو شد: دیدار خانگی، { $guardian }
       *[other] دیدار خانگی: { $guardian }
    }

calendar-place =
    { $where ->
        [home] خانهٔ فامیل
       *[other] { $place }
    }

calendar-notes =
    فامیل: { $guardian }
    اولادها: { $children }
    زبان: { $language } ({ $interpreter ->
        [yes] ترجمان بیاورید
       *[no] یکی از شما این زبان را می‌داند
    })
    همراه: { $partner }
    جای: { $place }
    مدت: { $minutes } دقیقه
    { $state ->
        [cancelled] این دیدار لغو شد.
        [completed] انجام شد، تشکر.
       *[other] بعد از دیدار DONE بفرستید.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio has no Dari voice (and a Persian one would not be Dari): these are the scripts for
## recorded prompts (locales/prs/audio/<message-id>.mp3) and for the interpreter who calls
## back; until they are recorded, a Dari-speaking family hears English. Right-to-left rules as
## above (a line begins with a Dari word; the phone number follows a LEFT-TO-RIGHT MARK); keys
## in Persian digits, as the options are. Never لغو (see above): cancelling is منسوخ.

voice-invitation =
    سلام { $guardian }! از مکتب { $school } زنگ می‌زنیم. { $pairs ->
        [one] { $educator1 } و { $educator2 }
       *[many] دو معلم
    } می‌خواهند ۳۰ دقیقه به خانه‌تان بیایند و آرزوهای تان را برای { $children } بشنوند. فقط اگر خود تان بخواهید.

voice-invitation-second =
    سلام { $guardian }! از مکتب { $school } زنگ می‌زنیم. { $visited1 } و { $visited2 } می‌خواهند دوباره ۳۰ دقیقه به خانه‌تان بیایند و از احوال { $children } باخبر شوند. فقط اگر خود تان بخواهید.

voice-option =
    برای روز { $when }، دکمهٔ { $number ->
        [1] ۱
        [2] ۲
        [3] ۳
       *[other] { $number }
    } را فشار دهید.

voice-menu-end = اگر حالا دیدار نمی‌خواهید، دکمهٔ ۹ را فشار دهید. برای صحبت با کسی از مکتب، دکمهٔ ۰ را فشار دهید.

voice-no-input = انتخاب شما را نشنیدیم.

voice-not-a-choice = ببخشید، این یکی از انتخاب‌ها نیست.

voice-goodbye = تشکر. خدا حافظ!

voice-booked =
    تشکر! { $educator1 } و { $educator2 } روز { $when } { $where ->
        [home] به خانه‌تان می‌آیند
       *[other] شما را در { $place } می‌بینند
    }، برای ۳۰ دقیقه. یک روز پیش از آن به شما زنگ می‌زنیم.

voice-visit =
    دیدار شما با { $educator1 } و { $educator2 } روز { $when } است، { $where ->
        [home] در خانهٔ خود تان
       *[other] در { $place }
    }.

voice-reminder = سلام! از مکتب { $school } زنگ می‌زنیم تا دیدار تان را یادآوری کنیم.

voice-visit-choices = برای نگه داشتن این وقت، دکمهٔ ۱ را فشار دهید. برای تغییر وقت، دکمهٔ ۲ را فشار دهید. برای منسوخ کردن دیدار، دکمهٔ ۳ را فشار دهید.

voice-kept = عالی. به امید دیدار!

voice-decline-thanks = تشکر که خبر دادید. اگر نظر تان تغییر کرد، فقط به مکتب زنگ بزنید.

voice-cancelled = دیدار منسوخ شد. تشکر! اگر بعداً خواستید همدیگر را ببینیم، فقط به مکتب زنگ بزنید.

voice-slot-taken = ببخشید، این وقت همین حالا گرفته شد.

voice-change = حتماً. این هم وقت‌های دیگر.

voice-no-options-left = تشکر! فعلاً وقت خالی دیگری نیست. به زودی کسی از مکتب به شما زنگ می‌زند.

voice-handoff = تشکر. به زودی کسی از مکتب دوباره به شما زنگ می‌زند.

voice-machine = سلام، اینجا { $program } است، برنامهٔ دیدار خانگی مکتب فرزند تان. لطفاً به شمارهٔ { "\u200E" }{ $contact } به ما زنگ بزنید. تشکر!

voice-unknown-caller = سلام، اینجا { $program } است، برنامهٔ دیدار خانگی مکتب فرزند تان. برای تماس با مکتب، لطفاً به شمارهٔ { "\u200E" }{ $contact } زنگ بزنید. خدا حافظ!

voice-nothing-open = سلام، اینجا مکتب { $school } است! فعلاً وقتی برای انتخاب نیست. برای صحبت با کسی از مکتب، دکمهٔ ۰ را فشار دهید.

voice-no-voice = با کسی که { $language } صحبت می‌کند دوباره به شما زنگ می‌زنیم. برای صحبت با کسی همین حالا، دکمهٔ ۰ را فشار دهید.
