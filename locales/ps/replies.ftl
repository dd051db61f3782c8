### Reply keywords: Pashto (ps; Afghan and Pakistani usage).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Arabic and Persian keyboards meet: ي/ی and ك/ک are one and vowel marks do not matter, but
### Pashto letters typed on a Persian keyboard are different letters to the reader (ې/ی, ګ/گ,
### ښ/ش, ځ/ز), so the common words are listed both ways. Pashto and Persian digits (۱ ۲ ۳)
### and Arabic-Indic ones (١ ٢ ٣) are understood everywhere. Latin transliterations people
### type (ho, na, manana) are listed too. Opt-out is بند or ودروئ, not بس ("just, but" in
### Arabic: opt-out words count in every language).

reply-accept = هو, هوکې, هوکی, هو کې, هو کی, بلې, بلی, ښه, شه, ډېر ښه, ډیر ښه, دیر شه, سمه ده, سم دی, سمه ده مننه, ټیک دی, ټیک ده, تیک دی, ټیک, ولې نه, ولی نه, حتماً, حتما, منم, منو, قبول دی, قبوله ده, قبول, راشئ, ښه راغلاست, ښه راغلئ, کومه ستونزه نشته, هېڅ ستونزه نشته, اوکی, ho, hoo, ho ka, hoka, bale, bali, sha, sama da, sam de, teek de, tik de, qabool, manam

reply-decline = نه, نه مننه, نشم کولی, نه شم کولی, نشو کولی, نه شو کولی, نه غواړم, نه غواړو, نه غوارم, نه غوارو, نه شم راتلی, وخت نه لرم, وخت نلرم, وخت نه لرو, مصروف یم, مصروف یو, نه کېږي, نه کیږي, نشي کېدای, نشي کیدای, لیدنه مه کوئ, لغوه, لغوه یې کړئ, لیدنه لغوه کړئ, لیدنه لغوه کړی, na, nah, nae, na manana, nasham, na sham, na ghwaram, masroof yam

reply-change = بدلون, بدل, بدلول, وخت بدل کړئ, وخت بدل کړی, وخت بدلول, بل وخت, بله ورځ, بله ورز, بل ځل, بله نېټه, بله نیټه, بله نیټه, ورځ بدله کړئ, بله اونۍ, بله اونی, راتلونکې اونۍ, راتلونکی اونی, badloon, badlon, badal, bal wakht, bal waqt, bala wraz, bala wradz

reply-place = ځای, زای, ځای بدل کړئ, ځای بدلول, بل ځای, بل زای, بل چېرې, بل چیرې, بل چیری, په کور کې نه, په کور کی نه, کور کې نه, له کوره بهر, په کتابتون کې, په کتابتون کی, په پارک کې, په پارک کی, په ښوونځي کې, په ښوونځي کی, په شوونزي کی, کتابتون, پارک, zai, dzai, bal zai, bal dzai

reply-stop = بند, ودروئ, ودرېږئ

reply-stop-phrases = بند, ودروئ, پیغامونه بند کړئ, پیغامونه بند کړی, پیغام مه رالېږئ, پیغام مه رالیږئ, پیغام مه لېږئ, پیغام مه لیږئ, نور پیغام مه لیږئ, نور پیغامونه مه لیږئ, نور پیغامونه نه غواړم, نور پیغام نه غواړم, زما شمېره لرې کړئ, زما شمیره لری کړی, زما شمېره پاکه کړئ

reply-start = شروع, پیل, بیا پیل, بیا شروع, shuru, shoro

reply-help = مرسته, مرسته وکړئ, مرسته وکړی, مرسته غواړم, معلومات, marasta, madad

reply-ordinals =
    .first = لومړی وخت, لومړنی وخت, لومړی انتخاب, شمېره یو, شمیره یو, اول وخت
    .second = دویم وخت, دوهم وخت, دویم انتخاب, شمېره دوه, شمیره دوه
    .third = دریم وخت, درېیم وخت, دریم انتخاب, شمېره درې, شمیره دری
    .fourth = څلورم وخت, شمېره څلور, شمیره څلور
    .fifth = پنځم وخت, شمېره پنځه, شمیره پنځه

reply-numbers =
    .one = یو, یوه, لومړی, لومړۍ, لومړنی, اول, اولنی, yaw, lumray, lomri
    .two = دوه, دویم, دوهم, dwa, dwayam, dohom
    .three = درې, دری, دریم, درېیم, dre, dreyam
    .four = څلور, څلورم, salor
    .five = پنځه, پنزه, پنځم, pinza

reply-neutral = مننه, ډېره مننه, ډیره مننه, دیره مننه, تشکر, مهرباني, مهرباني وکړئ, مهرباني وکړی, لطفاً, لطفا, سلام, السلام علیکم, اسلام علیکم, سلام علیکم, ښوونکی, ښوونکې, شوونکی, استاد, استاده, شمېره, شمیره, انتخاب, وخت, زه, موږ, مونږ, مونږ غواړو, غواړم, غواړو, غوره کوم, انشاءالله, ان شاء الله, انشالله, نه پوهېږم, نه پوهیږم, نه پوهېږو, نه پوهیږو, خبر نه یم, نه یم خبر, شاید, کېدای شي, کیدای شي, manana, shukria, tashakur, salam, insha allah, inshallah

reply-not = نه, پرته له, پرته, بې له, بی له, غیر له, غیر

reply-time = بجې, بجو, بجه, بجی, ساعت, وروسته, مخکې, مخکی, سهار, غرمه, ماسپښین, ماسپشین, مازدیګر, مازدیگر, ماښام, ماشام, شپه, نن, سبا, بل سبا, دوشنبه, سه شنبه, سه‌شنبه, چهارشنبه, پنجشنبه, جمعه, شنبه, یکشنبه, جنوري, فبروري, مارچ, اپریل, جون, جولای, اګست, اگست, سپتمبر, اکتوبر, نومبر, دسمبر, ماشومان, ماشوم, کلن, کلنه, کاله, ورځې, ورځی, اونۍ, اونی, ډالر, دالر, دقیقې, دقیقی, ټولګی, ټولګي, baje, baji
