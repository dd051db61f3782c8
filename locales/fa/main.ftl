# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker (Iranian Persian and Dari readers); the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=بله change=تغییر decline=نه place=مکان stop=توقف start=شروع help=کمک
#
# Persian, also served to Dari speakers (prs). Dates are Gregorian (a US school's calendar)
# with Persian digits, as ICU4X writes them; option numbers are Persian digits to match.
# Right-to-left: isolation marks are off, so every line must begin with a Persian word or an
# option number followed by Persian; never start a line with a name.
# Variables: see locales/en/main.ftl.

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
        [es] اسپانیایی
        [vi] ویتنامی
        [hmn] همونگ
        [zh-Hans] چینی (ساده)
        [zh-Hant] چینی (سنتی)
        [ru] روسی
        [uk] اوکراینی
        [ar] عربی
        [pa] پنجابی
        [fa] فارسی
        [prs] دری
        [tl] تاگالوگ
        [ko] کره‌ای
        [so] سومالیایی
        [ht] کریول هائیتی
        [pt] پرتغالی
        [fr] فرانسوی
        [ps] پشتو
        [sw] سواحیلی
       *[other] { $code }
    }

invitation =
    سلام { $guardian }! { $pairs ->
        [one] { $educator1 } و { $educator2 } از { $school }
       *[many] دو معلم از { $school }
    } می‌خواهند ۳۰ دقیقه به خانه‌تان بیایند و آرزوهایتان برای { $children } را بشنوند. اختیاری است: یک عدد یا «نه» بفرستید.
    { $options }

invitation-second =
    سلام { $guardian }! { $visited1 } و { $visited2 } از { $school } می‌خواهند دوباره ۳۰ دقیقه به خانه‌تان بیایند و جویای حال { $children } شوند. اختیاری است: یک عدد یا «نه» بفرستید.
    { $options }

follow-up =
    دوباره سلام از طرف { $school }! هنوز دوست داریم ۳۰ دقیقه به دیدنتان بیاییم، اگر بخواهید: یک عدد یا «نه» بفرستید.
    { $options }

booked =
    ممنون! { $educator1 } و { $educator2 } روز { $when } { $where ->
        [home] به خانه‌تان
       *[other] در { $place }
    } می‌آیند، ۳۰ دقیقه. برای تغییر «تغییر» و برای لغو «نه» بنویسید.

booked-interpreter = مترجمی به نام { $interpreter } هم همراهشان می‌آید.

already-booked =
    وقت شما ثبت است: { $educator1 } و { $educator2 }، { $when }، { $where ->
        [home] در خانه
       *[other] در { $place }
    }. برای تغییر بنویسید «تغییر»، برای لغو بنویسید «نه».

slot-taken =
    ببخشید، این وقت همین الان گرفته شد. عدد دیگری بنویسید:
    { $options }

clarify =
    { $count ->
        [1] لطفاً برای انتخاب این وقت ۱ بفرستید، یا «نه».
        [2] لطفاً فقط یک عدد بفرستید: ۱ یا ۲، یا «نه».
       *[other] لطفاً فقط یک عدد بفرستید: ۱، ۲ یا ۳، یا «نه».
    }

which-one =
    عالی! کدام وقت برایتان بهتر است؟ عدد آن وقت را بفرستید:
    { $options }

decline-thanks = ممنون که خبر دادید. اگر نظرتان عوض شد، هر وقت «بله» بنویسید.

change =
    حتماً. عدد وقت جدید را بنویسید:
    { $options }

no-options-left = ممنون! الان وقت خالی دیگری نیست؛ به‌زودی کسی از مدرسه با شما تماس می‌گیرد.

cancelled = دیدار لغو شد. ممنون! اگر بعداً خواستید همدیگر را ببینیم، «بله» بنویسید.

reminder =
    فردا می‌بینیمتان! { $educator1 } و { $educator2 } روز { $when } { $where ->
        [home] به خانه‌تان
       *[other] در { $place }
    } می‌آیند، ۳۰ دقیقه. در صورت نیاز «تغییر» یا «نه» بنویسید.

ask-place = حتماً! کجا دوست دارید همدیگر را ببینیم؟ پارک، کتابخانه، مدرسه؟ نام مکان را بنویسید.

place-thanks = ممنون! به معلم‌ها گفتیم شما را اینجا ببینند: { $place }

stop-confirmation = دیگر پیامی از ما دریافت نمی‌کنید. برای دریافت دوباره بنویسید «شروع».

start-confirmation = خوش آمدید! دوباره پیام‌های ما را دریافت می‌کنید. برای توقف بنویسید «توقف».

help = اینجا { $program } است: دیدار مدرسه در خانه. پرسش: { "\u200E" }{ $contact }. برای توقف پیام‌ها بنویسید «توقف».

handoff = ممنون! به‌زودی کسی از مدرسه به شما پاسخ می‌دهد.

unknown-sender = اینجا { $program } است، دیدار خانگی مدرسهٔ شما. تماس با مدرسه: { "\u200E" }{ $contact }. برای توقف پیام‌ها بنویسید «توقف».

educator-confirmed =
    دیدار جدید: { $guardian } ({ $children })، { $when }، { $where ->
        [home] در خانهٔ خانواده
       *[other] در { $place }
    }، با { $partner }. زبان: { $language }{ $interpreter ->
        [yes] {" "}(مترجم لازم است)
       *[no] {""}
    }.

educator-changed =
    دیدار جابه‌جا شد: { $guardian } ({ $children })، اکنون { $when } (قبلاً { $previous })، { $where ->
        [home] در خانهٔ خانواده
       *[other] در { $place }
    }، با { $partner }. زبان: { $language }{ $interpreter ->
        [yes] {" "}(مترجم لازم است)
       *[no] {""}
    }.

educator-cancelled = دیدار لغو شد: { $guardian } ({ $children })، { $when }، با { $partner }. ممنون!

educator-reminder =
    فردا: { $guardian } ({ $children })، { $when }، { $where ->
        [home] در خانهٔ خانواده
       *[other] در { $place }
    }، با { $partner }. زبان: { $language }{ $interpreter ->
        [yes] {" "}(مترجم لازم است)
       *[no] {""}
    }.

educator-place-changed = مکان جدید برای { $guardian } ({ $children })، { $when }: { $place }. با { $partner }.

educator-done = ممنون! دیدار شما با { $guardian } ({ $when }) برای شما و { $partner } انجام‌شده ثبت شد.

educator-cant = ممنون که خبر دادید. هماهنگ‌کننده دیدار با { $guardian } ({ $when }) را ترتیب می‌دهد؛ تا آن زمان به خانواده چیزی گفته نمی‌شود.

educator-no-visit = ممنون! دیداری از شما برای ثبت پیدا نکردیم. هماهنگ‌کننده شما می‌تواند کمک کند.

educator-ask-reflection = ممنون از دیدارتان با { $guardian }! از آرزوهایشان برای { $children } چه فهمیدید؟ چند کلمه بنویسید (به خانواده فرستاده نمی‌شود) یا «SKIP».

educator-reflection-kept =
    { $skipped ->
        [yes] اشکالی ندارد: برداشتی از دیدار با { $guardian } ثبت نمی‌شود.
       *[no] ممنون! برداشت شما از دیدار با { $guardian } ثبت شد.
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
        [home] خانهٔ خانواده
       *[other] { $place }
    }

calendar-notes =
    خانواده: { $guardian }
    فرزندان: { $children }
    زبان: { $language } ({ $interpreter ->
        [yes] مترجم بیاورید
       *[no] یکی از شما این زبان را می‌داند
    })
    همراه: { $partner }
    مکان: { $place }
    مدت: { $minutes } دقیقه
    { $state ->
        [cancelled] این دیدار لغو شد.
        [completed] انجام شد، ممنون.
       *[other] پس از دیدار DONE بفرستید.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio has no Persian voice: these are the scripts for recorded prompts
## (locales/fa/audio/<message-id>.mp3) and for the interpreter who calls back; until they are
## recorded, a Persian-speaking family hears English. Right-to-left rules as above (a line
## begins with a Persian word; the phone number follows a LEFT-TO-RIGHT MARK); keys in
## Persian digits, as the options are.

voice-invitation =
    سلام { $guardian }! از { $school } تماس می‌گیریم. { $pairs ->
        [one] { $educator1 } و { $educator2 }
       *[many] دو معلم
    } دوست دارند ۳۰ دقیقه به خانه‌تان بیایند و آرزوهایتان را برای { $children } بشنوند. فقط اگر خودتان بخواهید.

voice-invitation-second =
    سلام { $guardian }! از { $school } تماس می‌گیریم. { $visited1 } و { $visited2 } دوست دارند دوباره ۳۰ دقیقه به خانه‌تان بیایند و جویای حال { $children } شوند. فقط اگر خودتان بخواهید.

voice-option =
    برای روز { $when }، کلید { $number ->
        [1] ۱
        [2] ۲
        [3] ۳
       *[other] { $number }
    } را بزنید.

voice-menu-end = اگر الان دیدار نمی‌خواهید، کلید ۹ را بزنید. برای صحبت با یک نفر از مدرسه، کلید ۰ را بزنید.

voice-no-input = انتخابی از شما دریافت نکردیم.

voice-not-a-choice = ببخشید، این یکی از گزینه‌ها نیست.

voice-goodbye = ممنون. خدانگهدار!

voice-booked =
    ممنون! { $educator1 } و { $educator2 } روز { $when } { $where ->
        [home] به خانه‌تان می‌آیند
       *[other] در { $place } شما را می‌بینند
    }، برای ۳۰ دقیقه. یک روز قبل با شما تماس می‌گیریم.

voice-visit =
    دیدار شما با { $educator1 } و { $educator2 } روز { $when } است، { $where ->
        [home] در خانهٔ خودتان
       *[other] در { $place }
    }.

voice-reminder = سلام! از { $school } تماس می‌گیریم تا دیدارتان را یادآوری کنیم.

voice-visit-choices = برای نگه داشتن این وقت، کلید ۱ را بزنید. برای تغییر ساعت، کلید ۲ را بزنید. برای لغو دیدار، کلید ۳ را بزنید.

voice-kept = عالی است. به امید دیدار!

voice-decline-thanks = ممنون که خبر دادید. اگر نظرتان عوض شد، کافی است به مدرسه زنگ بزنید.

voice-cancelled = دیدار لغو شد. ممنون! اگر بعداً خواستید همدیگر را ببینیم، کافی است به مدرسه زنگ بزنید.

voice-slot-taken = ببخشید، این وقت همین الان گرفته شد.

voice-change = حتماً. این هم وقت‌های دیگر.

voice-no-options-left = ممنون! الان وقت خالی دیگری نیست. به‌زودی کسی از مدرسه با شما تماس می‌گیرد.

voice-handoff = ممنون. به‌زودی کسی از مدرسه دوباره با شما تماس می‌گیرد.

voice-machine = سلام، اینجا { $program } است، برنامهٔ دیدار خانگی مدرسهٔ فرزندتان. لطفاً با شمارهٔ { "\u200E" }{ $contact } با ما تماس بگیرید. ممنون!

voice-unknown-caller = سلام، اینجا { $program } است، برنامهٔ دیدار خانگی مدرسهٔ فرزندتان. برای تماس با مدرسه، لطفاً با شمارهٔ { "\u200E" }{ $contact } تماس بگیرید. خدانگهدار!

voice-nothing-open = سلام، اینجا { $school } است! الان وقتی برای انتخاب نیست. برای صحبت با یک نفر از مدرسه، کلید ۰ را بزنید.

voice-no-voice = با کسی که { $language } صحبت می‌کند دوباره با شما تماس می‌گیریم. برای صحبت با یک نفر همین حالا، کلید ۰ را بزنید.
