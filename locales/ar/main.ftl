# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=نعم change=تغيير decline=لا place=مكان stop=توقف start=ابدأ help=مساعدة
#
# Modern Standard Arabic, kept simple. Right-to-left: Fluent's isolation marks are off (they
# cost SMS segments), so every line must begin with an Arabic word or an option number
# followed by Arabic (a line's first strong letter sets its direction on a phone). Never start
# a line with a name. Option numbers are written with Western digits as ICU4X writes the date;
# families may answer with either. Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] الإنجليزية
        [es] الإسبانية
        [vi] الفيتنامية
        [hmn] الهمونغ
        [zh-Hans] الصينية (المبسطة)
        [zh-Hant] الصينية (التقليدية)
        [ru] الروسية
        [uk] الأوكرانية
        [ar] العربية
        [pa] البنجابية
        [fa] الفارسية
        [prs] الدارية
        [tl] التاغالوغية
        [ko] الكورية
        [so] الصومالية
        [ht] الكريولية الهايتية
        [pt] البرتغالية
        [fr] الفرنسية
        [ps] البشتو
        [sw] السواحيلية
       *[other] { $code }
    }

invitation =
    مرحباً { $guardian }! { $pairs ->
        [one] يود { $educator1 } و{ $educator2 } من { $school }
       *[many] يود معلمان من { $school }
    } زيارتكم في البيت لمدة 30 دقيقة لسماع آمالكم لـ{ $children }. الزيارة اختيارية: ردوا برقم، أو بكلمة «لا».
    { $options }

invitation-second =
    مرحباً { $guardian }! يود { $visited1 } و{ $visited2 } من { $school } زيارتكم مرة أخرى لمدة 30 دقيقة لسماع أخبار { $children }. الزيارة اختيارية: ردوا برقم، أو بكلمة «لا».
    { $options }

follow-up =
    مرحباً مجدداً من { $school }! ما زلنا نود زيارتكم لمدة 30 دقيقة، إن رغبتم: ردوا برقم، أو بكلمة «لا».
    { $options }

booked =
    شكراً! سيزوركم { $educator1 } و{ $educator2 } { $where ->
        [home] في البيت
       *[other] في { $place }
    } يوم { $when } لمدة 30 دقيقة. للتغيير ردوا «تغيير»، وللإلغاء ردوا «لا».

booked-interpreter = سيرافقهم المترجم { $interpreter } أيضاً.

already-booked =
    موعدكم مؤكد: { $educator1 } و{ $educator2 }، { $when }، { $where ->
        [home] في البيت
       *[other] في { $place }
    }. للتغيير ردوا «تغيير»، وللإلغاء ردوا «لا».

slot-taken =
    عذراً، هذا الوقت حُجز للتو. ردوا برقم آخر:
    { $options }

clarify =
    { $count ->
        [1] من فضلكم ردوا بـ 1 لاختيار هذا الوقت، أو بكلمة «لا».
        [2] من فضلكم ردوا برقم واحد، 1 أو 2، أو بكلمة «لا».
       *[other] من فضلكم ردوا برقم واحد، 1 أو 2 أو 3، أو بكلمة «لا».
    }

which-one =
    رائع! أي وقت يناسبكم أكثر؟ ردوا برقم الوقت:
    { $options }

decline-thanks = شكراً لإخبارنا. إن غيرتم رأيكم، ردوا «نعم» في أي وقت.

change =
    بكل سرور. ردوا برقم الوقت الجديد:
    { $options }

no-options-left = شكراً! لا توجد أوقات أخرى متاحة الآن؛ سيتصل بكم أحد من المدرسة قريباً.

cancelled = أُلغيت الزيارة. شكراً! إن رغبتم في اللقاء لاحقاً، ردوا «نعم».

reminder =
    نراكم غداً! سيزوركم { $educator1 } و{ $educator2 } { $where ->
        [home] في البيت
       *[other] في { $place }
    } يوم { $when } لمدة 30 دقيقة. عند الحاجة ردوا «تغيير» أو «لا».

ask-place = بكل سرور! أين تودون اللقاء؟ في حديقة، مكتبة، المدرسة؟ ردوا باسم المكان.

place-thanks = شكراً! أبلغنا المعلمين بمكان اللقاء: { $place }

stop-confirmation = لن تصلكم رسائلنا بعد الآن. لاستلامها من جديد ردوا «ابدأ».

start-confirmation = أهلاً بعودتكم! ستصلكم رسائلنا من جديد. لإيقافها ردوا «توقف».

help = هذا { $program }: زيارات المدرسة للبيوت. للأسئلة: { "\u200E" }{ $contact }. لإيقاف الرسائل ردوا «توقف».

handoff = شكراً! سيرد عليكم شخص من المدرسة قريباً.

unknown-sender = هذا { $program }، برنامج الزيارات المنزلية لمدرستكم. للتواصل مع المدرسة: { "\u200E" }{ $contact }. لإيقاف الرسائل ردوا «توقف».

educator-confirmed =
    زيارة جديدة: { $guardian } ({ $children })، { $when }، { $where ->
        [home] في بيت العائلة
       *[other] في { $place }
    }، مع { $partner }. اللغة: { $language }{ $interpreter ->
        [yes] {" "}(يلزم مترجم)
       *[no] {""}
    }.

educator-changed =
    تغيّر موعد زيارة: { $guardian } ({ $children })، الآن { $when } (كان { $previous })، { $where ->
        [home] في بيت العائلة
       *[other] في { $place }
    }، مع { $partner }. اللغة: { $language }{ $interpreter ->
        [yes] {" "}(يلزم مترجم)
       *[no] {""}
    }.

educator-cancelled = أُلغيت زيارة: { $guardian } ({ $children })، { $when }، مع { $partner }. شكراً!

educator-reminder =
    غداً: { $guardian } ({ $children })، { $when }، { $where ->
        [home] في بيت العائلة
       *[other] في { $place }
    }، مع { $partner }. اللغة: { $language }{ $interpreter ->
        [yes] {" "}(يلزم مترجم)
       *[no] {""}
    }.

educator-place-changed = مكان جديد لزيارة { $guardian } ({ $children })، { $when }: { $place }. مع { $partner }.

educator-done = شكرًا! سُجّلت زيارتك إلى { $guardian } ({ $when }) على أنها تمّت، لك ولـ{ $partner }.

educator-cant = شكرًا لإبلاغنا. سيرتّب المنسّق الزيارة إلى { $guardian } ({ $when })؛ ولن تُبلَّغ العائلة قبل ذلك.

educator-no-visit = شكرًا! لم نجد زيارة لك لتسجيلها. يمكن لمنسّقك مساعدتك.

educator-ask-reflection = شكرًا على زيارتك لعائلة { $guardian }! ماذا عرفت عن آمالهم لـ{ $children }؟ يمكنك الرد ببضع كلمات (لن تُرسل إلى العائلة) أو بكلمة «SKIP».

educator-reflection-kept =
    { $skipped ->
        [yes] لا بأس: لن تُسجَّل انطباعات عن زيارة عائلة { $guardian }.
       *[no] شكرًا! حُفظت انطباعاتك عن زيارة عائلة { $guardian }.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = زيارات منزلية — { $educator }

calendar-summary =
    { $state ->
        [cancelled] أُلغيت: زيارة منزلية، { $guardian }
       *[other] زيارة منزلية: { $guardian }
    }

calendar-place =
    { $where ->
        [home] بيت العائلة
       *[other] { $place }
    }

calendar-notes =
    العائلة: { $guardian }
    الأطفال: { $children }
    اللغة: { $language } ({ $interpreter ->
        [yes] أحضِرا مترجمًا
       *[no] أحدكما يتحدثها
    })
    مع: { $partner }
    المكان: { $place }
    المدة: { $minutes } دقيقة
    { $state ->
        [cancelled] أُلغيت هذه الزيارة.
        [completed] اكتملت، شكرًا.
       *[other] أرسِلا DONE بعد الزيارة.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. Right-to-left rules as above: every
## line begins with an Arabic word, and the phone number follows a LEFT-TO-RIGHT MARK (the
## voice does not read it; a screen showing the text stays in order).

voice-invitation =
    مرحباً { $guardian }! نتصل بكم من { $school }. { $pairs ->
        [one] يود { $educator1 } و{ $educator2 }
       *[many] يود معلمان
    } زيارتكم في البيت لمدة 30 دقيقة لسماع آمالكم لـ{ $children }. الزيارة اختيارية.

voice-invitation-second =
    مرحباً { $guardian }! نتصل بكم من { $school }. يود { $visited1 } و{ $visited2 } زيارتكم مرة أخرى في البيت لمدة 30 دقيقة لسماع أخبار { $children }. الزيارة اختيارية.

voice-option = لموعد يوم { $when }، اضغطوا { $number }.

voice-menu-end = إن كنتم لا ترغبون في زيارة الآن، اضغطوا 9. للتحدث مع أحد من المدرسة، اضغطوا 0.

voice-no-input = لم نسمع اختياركم.

voice-not-a-choice = عذراً، هذا ليس من الخيارات.

voice-goodbye = شكراً لكم. مع السلامة!

voice-booked =
    شكراً! سيزوركم { $educator1 } و{ $educator2 } { $where ->
        [home] في البيت
       *[other] في { $place }
    } يوم { $when } لمدة 30 دقيقة. سنتصل بكم قبل الموعد بيوم.

voice-visit =
    موعد زيارتكم مع { $educator1 } و{ $educator2 } يوم { $when }، { $where ->
        [home] في بيتكم
       *[other] في { $place }
    }.

voice-reminder = مرحباً! هذا تذكير من { $school }.

voice-visit-choices = لتأكيد الموعد اضغطوا 1. لتغيير الوقت اضغطوا 2. لإلغاء الزيارة اضغطوا 3.

voice-kept = رائع. نراكم في الموعد!

voice-decline-thanks = شكراً لإخبارنا. إن غيرتم رأيكم، اتصلوا بالمدرسة في أي وقت.

voice-cancelled = أُلغيت الزيارة. شكراً! إن رغبتم في اللقاء لاحقاً، اتصلوا بالمدرسة.

voice-slot-taken = عذراً، هذا الوقت حُجز للتو.

voice-change = بالتأكيد. إليكم أوقاتاً أخرى.

voice-no-options-left = شكراً! لا توجد أوقات أخرى متاحة الآن. سيتصل بكم أحد من المدرسة قريباً.

voice-handoff = شكراً. سيعاود أحد من المدرسة الاتصال بكم قريباً.

voice-machine = مرحباً، هذا { $program }، برنامج الزيارات المنزلية في مدرسة أطفالكم. يُرجى معاودة الاتصال بنا على الرقم { "\u200E" }{ $contact }. شكراً!

voice-unknown-caller = مرحباً، هذا { $program }، برنامج الزيارات المنزلية في مدرسة أطفالكم. للتواصل مع المدرسة، اتصلوا على الرقم { "\u200E" }{ $contact }. مع السلامة!

voice-nothing-open = مرحباً، معكم { $school }! لا توجد أوقات للاختيار الآن. للتحدث مع أحد من المدرسة، اضغطوا 0.

voice-no-voice = سنعاود الاتصال بكم مع شخص يتحدث { $language }. للتحدث مع أحد الآن، اضغطوا 0.
