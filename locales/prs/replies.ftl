### Reply keywords: Dari (prs; Afghan Persian).
### Status: draft: needs review by a native speaker (Afghan Dari).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Arabic and Persian keyboards meet: ي/ی and ك/ک are one, vowel marks and the zero-width
### non-joiner do not matter ("می‌خواهم" = "میخواهم"). Persian digits (۱ ۲ ۳) and Arabic-Indic
### ones (١ ٢ ٣) are understood everywhere. Afghan spoken forms (نمیتانم، نمیخایم، استم) and
### Latin transliterations people type (bale, na, tashakor) are listed. "منسوخ" (called off)
### declines the visit; the opt-out words are توقف and بند, not بس ("just, but" in Arabic, and
### opt-out words count in every language). "ها" is not listed: written apart it is the plural
### ending ("پیام ها").

reply-accept = بلی, بله, هو, بلی صاحب, بلی جان, آری, اری, خوب, خوب است, درست است, درسته, درست, باشه, باشد, قبول, قبول است, قبول دارم, موافقم, موافق هستم, موافق استم, حتماً, حتما, چرا نه, مشکلی نیست, مشکل نیست, پروا ندارد, پروا نداره, پروا نیست, بسیار خوب, عالی, اوکی, تشریف بیاورید, خوش آمدید, bale, bali, ho, bali sahib, bale jan, khob, khub, durust, dorost, qabool, mowafeqam

reply-decline = نه, نخیر, نی, نه تشکر, نه ممنون, نه مرسی, نمی‌توانم, نمیتوانم, نمی‌توانیم, نمیتوانیم, نمی‌تانم, نمیتانم, نمی‌تانیم, نمی‌خواهم, نمیخواهم, نمی‌خواهیم, نمی‌خایم, نمیخایم, وقت ندارم, وقت نداریم, مصروف هستم, مصروف استم, مصروف هستیم, مصروف استیم, مصروفم, ممکن نیست, نمی‌شود, نمیشود, نمی‌شه, نمیشه, علاقه ندارم, منسوخ, دیدار را منسوخ کنید, دیدار را لغو کنید, لغو دیدار, na, nah, nae, na tashakor, nami tanam, namitanam, nemitanam, namikhaham, namikhayam

reply-change = تغییر, تبدیل, تغییر وقت, تغییر روز, وقت را تغییر بدهید, وقت را تبدیل کنید, وقت دیگر, یک وقت دیگر, وقت دیگه, روز دیگر, یک روز دیگر, تاریخ دیگر, هفته آینده, هفتهٔ آینده, هفته بعد, هفته دیگر, عقب بیندازید, بعدتر, taghir, taghyir, waqt digar, waqte digar, roz digar

reply-place = جای, جای دیگر, یک جای دیگر, جای دیگه, مکان, مکان دیگر, نه در خانه, در خانه نه, بیرون از خانه, در کتابخانه, در پارک, در مکتب, کتابخانه, پارک, تغییر جای, jai, jay, jai digar

reply-stop = توقف, بند

reply-stop-phrases = توقف, بند, پیام نفرستید, دیگر پیام نفرستید, دیگه پیام نفرستین, برایم پیام نفرستید, پیام روان نکنید, دیگر پیام روان نکنید, نمبرم را حذف کنید, نمبر مرا حذف کنید, شماره‌ام را حذف کنید, شماره مرا حذف کنید, نمی‌خواهم پیام بگیرم, نمیخواهم پیام بگیرم

reply-start = شروع, شروع دوباره, دوباره شروع, ادامه, shuru, shoro

reply-help = کمک, کمک کنید, راهنمایی, معلومات, komak

reply-ordinals =
    .first = اولی را, وقت اول, گزینه اول, نمبر یک, شماره یک
    .second = دومی را, وقت دوم, گزینه دوم, نمبر دو, شماره دو
    .third = سومی را, وقت سوم, گزینه سوم, نمبر سه, شماره سه
    .fourth = چهارمی را, وقت چهارم, نمبر چهار, شماره چهار
    .fifth = پنجمی را, وقت پنجم, نمبر پنج, شماره پنج

reply-numbers =
    .one = یک, یکی, اول, اولی, yak
    .two = دو, دوم, دومی, du
    .three = سه, سوم, سومی, se
    .four = چهار, چهارم, چهارمی, chahar
    .five = پنج, پنجم, پنجمی, panj

reply-neutral = تشکر, تشکر زیاد, بسیار تشکر, ممنون, ممنونم, مرسی, لطفاً, لطفا, لطف کنید, مهربانی, مهربانی کنید, سلام, السلام علیکم, سلام علیکم, معلم, معلم صاحب, استاد, شماره, نمبر, وقت, را, ره, می‌خواهم, میخواهم, می‌خایم, میخایم, انتخاب می‌کنم, انتخاب, انشاءالله, انشالله, ان شاء الله, نمی‌دانم, نمیدانم, نمی‌فامم, نمیفامم, شاید, tashakor, tashakur, tashakkur, salam, inshallah

reply-not = نه, غیر از, به جز, بجز, جز, به غیر از

reply-time = ساعت, بجه, بجے, بعد از, بعد, قبل از, قبل, پیش از, صبح, چاشت, بعد از چاشت, عصر, شام, شب, امروز, فردا, پس فردا, دوشنبه, سه‌شنبه, سه شنبه, چهارشنبه, پنجشنبه, پنج‌شنبه, جمعه, شنبه, یکشنبه, جنوری, فبروری, مارچ, اپریل, جون, جولای, اگست, سپتمبر, اکتوبر, نومبر, دسمبر, اولاد, بچه, بچه‌ها, طفل, اطفال, ساله, سال, روز, هفته, دالر, دقیقه, صنف
