# Review status: draft, written by a fluent non-native author (Afghan Pashto); needs review by a native speaker.
# reply-words: yes=هو change=بدلون decline=نه place=ځای stop=بند start=شروع help=مرسته
#
# Pashto for families in the US, respectful plural (تاسو، ولیکئ). Numbers in Pashto digits
# (۱ ۲ ۳), as phones with a Pashto keyboard type them; dates and times come from ICU4X.
# Right-to-left: isolation marks are off, so every line must begin with a Pashto word or an
# option number followed by Pashto; never start a line with a name. The school's phone number
# follows a LEFT-TO-RIGHT MARK (U+200E) so that it is not shown scrambled. Arabic script has
# no capitals, so reply words are quoted: «نه», and the negation نه is not used unquoted in a
# text that asks for a reply word. Cancelling is لغوه, which declines the visit (it is not the
# opt-out word لغو).
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
        [en] انګلیسي
        [es] هسپانوي
        [vi] ویتنامي
        [hmn] همونګ
        [zh-Hans] چینایي (ساده)
        [zh-Hant] چینایي (دودیز)
        [ru] روسي
        [uk] اوکرایني
        [ar] عربي
        [pa] پنجابي
        [fa] فارسي
        [prs] دري
        [tl] تګالوګ
        [ko] کوریایي
        [so] سومالیایي
        [ht] هایتي کریول
        [pt] پرتګالي
        [fr] فرانسوي
        [ps] پښتو
        [sw] سواحلي
       *[other] { $code }
    }

invitation =
    سلام { $guardian }! { $pairs ->
        [one] { $educator1 } او { $educator2 } له { $school } څخه
       *[many] له { $school } څخه دوه ښوونکي
    } غواړي ۳۰ دقیقې کور ته مو راشي او د { $children } لپاره مو هیلې واوري. یوازې که مو خوښه وي: شمېره یا «نه» ولیکئ.
    { $options }

invitation-second =
    سلام { $guardian }! { $visited1 } او { $visited2 } له { $school } څخه غواړي بیا ۳۰ دقیقې کور ته مو راشي او د { $children } حال احوال واوري. یوازې که مو خوښه وي: شمېره یا «نه» ولیکئ.
    { $options }

follow-up =
    سلام! { $school } بیا درته لیکي: لا هم غواړو ۳۰ دقیقې مو وګورو، که مو خوښه وي. شمېره یا «نه» ولیکئ.
    { $options }

booked =
    مننه! { $educator1 } او { $educator2 } به { $when } { $where ->
        [home] ستاسو کور ته راشي
       *[other] په { $place } کې درسره وګوري
    }، ۳۰ دقیقې. د بدلون لپاره «بدلون»، د لغوه کولو لپاره «نه» ولیکئ.

booked-interpreter = ژباړونکی { $interpreter } به هم ورسره راشي.

already-booked =
    لیدنه مو ټاکل شوه: { $educator1 } او { $educator2 }، { $when }، { $where ->
        [home] ستاسو په کور کې
       *[other] په { $place } کې
    }. د بدلون لپاره «بدلون»، د لغوه کولو لپاره «نه» ولیکئ.

slot-taken =
    بښنه غواړو، دا وخت همدا اوس ونیول شو. بله شمېره ولیکئ:
    { $options }

clarify =
    { $count ->
        [1] مهرباني وکړئ د دې وخت د ټاکلو لپاره ۱ ولیکئ، یا «نه».
        [2] مهرباني وکړئ یوازې یوه شمېره ولیکئ، ۱ یا ۲، یا «نه».
       *[other] مهرباني وکړئ یوازې یوه شمېره ولیکئ، ۱، ۲ یا ۳، یا «نه».
    }

which-one =
    ډېر ښه! کوم وخت درته غوره دی؟ د هغه وخت شمېره ولیکئ:
    { $options }

decline-thanks = مننه چې خبر مو کړو. که مو نظر بدل شو، هر وخت «هو» ولیکئ.

change =
    حتماً. د نوي وخت شمېره ولیکئ:
    { $options }

no-options-left = مننه! اوس بل خالي وخت نشته؛ ډېر ژر به د ښوونځي څوک تاسو ته زنګ ووهي.

cancelled = لیدنه پاتې شوه. مننه! که وروسته مو د لیدو غوښتنه وه، «هو» ولیکئ.

reminder =
    سبا مو ګورو! { $educator1 } او { $educator2 } به { $when } { $where ->
        [home] ستاسو کور ته راشي
       *[other] په { $place } کې درسره وګوري
    }، ۳۰ دقیقې. که اړتیا وي، «بدلون» یا «نه» ولیکئ.

ask-place = حتماً! چېرته غواړئ سره ووینو؟ پارک، کتابتون، ښوونځی؟ د ځای نوم ولیکئ.

place-thanks = مننه! ښوونکو ته مو وویل چې تاسو دلته ووینې: { $place }

stop-confirmation = نور به زموږ پیغامونه نه ترلاسه کوئ. د بیا ترلاسه کولو لپاره «شروع» ولیکئ.

start-confirmation = بیا ښه راغلاست! زموږ پیغامونه به بیا ترلاسه کوئ. د بندولو لپاره «بند» ولیکئ.

help = دا { $program } دی: د ښوونځي کورنۍ لیدنې. پوښتنې: { "\u200E" }{ $contact }. د بندولو لپاره «بند» ولیکئ.

handoff = مننه! ډېر ژر به د ښوونځي یو کس تاسو ته ځواب درکړي.

unknown-sender = دا { $program } دی، د ښوونځي کورنۍ لیدنې. اړیکه: { "\u200E" }{ $contact }. د بندولو لپاره «بند» ولیکئ.

educator-confirmed =
    نوې لیدنه: { $guardian } ({ $children })، { $when }، { $where ->
        [home] د کورنۍ په کور کې
       *[other] په { $place } کې
    }، له { $partner } سره. ژبه: { $language }{ $interpreter ->
        [yes] {" "}(ژباړونکی پکار دی)
       *[no] {""}
    }.

educator-changed =
    لیدنه بدله شوه: { $guardian } ({ $children })، اوس { $when } (مخکې { $previous })، { $where ->
        [home] د کورنۍ په کور کې
       *[other] په { $place } کې
    }، له { $partner } سره. ژبه: { $language }{ $interpreter ->
        [yes] {" "}(ژباړونکی پکار دی)
       *[no] {""}
    }.

educator-cancelled = لیدنه لغوه شوه: { $guardian } ({ $children })، { $when }، له { $partner } سره. مننه!

educator-reminder =
    سبا: { $guardian } ({ $children })، { $when }، { $where ->
        [home] د کورنۍ په کور کې
       *[other] په { $place } کې
    }، له { $partner } سره. ژبه: { $language }{ $interpreter ->
        [yes] {" "}(ژباړونکی پکار دی)
       *[no] {""}
    }.

educator-place-changed = نوی ځای: { $guardian } ({ $children })، { $when }: { $place }. له { $partner } سره.

educator-done = مننه! له { $guardian } سره ستاسو لیدنه ({ $when }) ستاسو او { $partner } لپاره د بشپړې لیدنې په توګه ثبت شوه.

educator-cant = مننه چې خبر مو کړو. همغږی کوونکی به له { $guardian } سره لیدنه ({ $when }) برابره کړي؛ تر هغه وخته کورنۍ ته څه نه ویل کېږي.

educator-no-visit = مننه! ستاسو داسې لیدنه مو ونه موندله چې ثبت یې کړو. ستاسو همغږی کوونکی مرسته کولی شي.

educator-ask-reflection = له { $guardian } سره د لیدنې مننه! د { $children } لپاره یې کومې هیلې درسره شریکې کړې؟ لنډ ځواب ولیکئ (کورنۍ ته نه لېږل کېږي) یا «SKIP».

educator-reflection-kept =
    { $skipped ->
        [yes] کومه ستونزه نشته: د { $guardian } د لیدنې لپاره یادښت نه ثبتېږي.
       *[no] مننه! د { $guardian } د لیدنې په اړه ستاسو یادښت خوندي شو.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = کورنۍ لیدنې — { $educator }

calendar-summary =
    { $state ->
        [cancelled] لغوه شوې: کورنۍ لیدنه، { $guardian }
       *[other] کورنۍ لیدنه: { $guardian }
    }

calendar-place =
    { $where ->
        [home] د کورنۍ کور
       *[other] { $place }
    }

calendar-notes =
    کورنۍ: { $guardian }
    ماشومان: { $children }
    ژبه: { $language } ({ $interpreter ->
        [yes] ژباړونکی له ځانه سره راوړئ
       *[no] ستاسو ملګری دا ژبه وایي
    })
    ملګری: { $partner }
    ځای: { $place }
    موده: { $minutes } دقیقې
    { $state ->
        [cancelled] دا لیدنه لغوه شوه.
        [completed] بشپړه شوه، مننه.
       *[other] له لیدنې وروسته DONE واستوئ.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl.
## Twilio has no Pashto voice: these are the scripts for recorded prompts
## (locales/ps/audio/<message-id>.mp3) and for the interpreter who calls back; until they are
## recorded, a Pashto-speaking family hears English. Right-to-left rules as above (a line
## begins with a Pashto word; the phone number follows a LEFT-TO-RIGHT MARK); keys in Pashto
## digits, as the options are. Calls ask for no reply words, so نه may be said here.

voice-invitation =
    سلام { $guardian }! له { $school } څخه زنګ وهو. { $pairs ->
        [one] { $educator1 } او { $educator2 }
       *[many] دوه ښوونکي
    } غواړي ۳۰ دقیقې کور ته مو راشي او د { $children } لپاره مو هیلې واوري. یوازې که مو خوښه وي.

voice-invitation-second =
    سلام { $guardian }! له { $school } څخه زنګ وهو. { $visited1 } او { $visited2 } غواړي بیا ۳۰ دقیقې کور ته مو راشي او د { $children } حال احوال واوري. یوازې که مو خوښه وي.

voice-option =
    د { $when } لپاره، { $number ->
        [1] ۱
        [2] ۲
        [3] ۳
       *[other] { $number }
    } کېکاږئ.

voice-menu-end = که اوس لیدنه نه غواړئ، ۹ کېکاږئ. د ښوونځي له یو کس سره د خبرو لپاره، ۰ کېکاږئ.

voice-no-input = موږ ستاسو ځواب وانه ورېد.

voice-not-a-choice = بښنه غواړو، دا شمېره په ټاکنو کې نشته.

voice-goodbye = مننه. په مخه مو ښه!

voice-booked =
    مننه! { $educator1 } او { $educator2 } به { $when } { $where ->
        [home] ستاسو کور ته راشي
       *[other] په { $place } کې درسره وګوري
    }، د ۳۰ دقیقو لپاره. یوه ورځ مخکې به تاسو ته زنګ ووهو.

voice-visit =
    ستاسو لیدنه له { $educator1 } او { $educator2 } سره: { $when }، { $where ->
        [home] ستاسو په کور کې
       *[other] په { $place } کې
    }.

voice-reminder = سلام! دا د { $school } له خوا یادونه ده.

voice-visit-choices = د لیدنې د ساتلو لپاره ۱ کېکاږئ. د وخت د بدلولو لپاره ۲ کېکاږئ. د لیدنې د لغوه کولو لپاره ۳ کېکاږئ.

voice-kept = ډېر ښه. هغه وخت مو ګورو!

voice-decline-thanks = مننه چې خبر مو کړو. که مو نظر بدل شو، یوازې ښوونځي ته زنګ ووهئ.

voice-cancelled = ستاسو لیدنه لغوه شوه. مننه! که وروسته مو د لیدو غوښتنه وه، یوازې ښوونځي ته زنګ ووهئ.

voice-slot-taken = بښنه غواړو، هغه وخت همدا اوس بل چا ونیو.

voice-change = هو، حتماً. دا نور وختونه دي.

voice-no-options-left = مننه! اوس بل خالي وخت نشته. ډېر ژر به د ښوونځي څوک تاسو ته زنګ ووهي.

voice-handoff = مننه. ډېر ژر به د ښوونځي څوک تاسو ته بېرته زنګ ووهي.

voice-machine = سلام، دا { $program } دی، ستاسو د ماشوم د ښوونځي د کورنیو لیدنو پروګرام. مهرباني وکړئ په { "\u200E" }{ $contact } شمېره موږ ته بېرته زنګ ووهئ. مننه!

voice-unknown-caller = سلام، دا { $program } دی، ستاسو د ماشوم د ښوونځي د کورنیو لیدنو پروګرام. له ښوونځي سره د اړیکې لپاره، مهرباني وکړئ { "\u200E" }{ $contact } ته زنګ ووهئ. په مخه مو ښه!

voice-nothing-open = سلام، دا { $school } دی! اوس د ټاکلو لپاره وخت نشته. د ښوونځي له یو کس سره د خبرو لپاره، ۰ کېکاږئ.

voice-no-voice = موږ به تاسو ته بېرته زنګ ووهو، له داسې چا سره چې په { $language } خبرې کوي. که همدا اوس له یو کس سره خبرې کول غواړئ، ۰ کېکاږئ.
