### Reply keywords: Punjabi (pa, Gurmukhi script; romanised Punjabi as families type it).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Gurmukhi digits (੧ ੨ ੩) are understood everywhere.

reply-accept = ਹਾਂ, ਹਾਂਜੀ, ਹਾਂ ਜੀ, ਜੀ ਹਾਂ, ਠੀਕ ਹੈ, ਠੀਕ ਹੈ ਜੀ, ਠੀਕ, ਓਕੇ, ਬਿਲਕੁਲ, ਜ਼ਰੂਰ, ਜਰੂਰ, ਮਨਜ਼ੂਰ, ਮਨਜੂਰ, ਚੰਗਾ, ਚੰਗਾ ਜੀ, ਵਧੀਆ, haan, han, ha, haanji, hanji, haan ji, han ji, ji haan, theek hai, thik hai, theek aa, thik aa, changa, changa ji, zaroor, jaroor, bilkul, ok ji, okay ji, vadhiya, ਕੋਈ ਗੱਲ ਨਹੀਂ, koi gal nahi, koi gall nahi, koi gal ni, koi gal nai, ਕੋਈ ਨਾ, koi na, haan ji theek hai, ha ji, hanji theek aa, ok g, haan g, ਹਾਂ ਜੀ ਠੀਕ ਹੈ, ਕੋਈ ਦਿੱਕਤ ਨਹੀਂ, koi dikkat nahi, koi problem nahi, koi problem ni, ਕੋਈ ਮੁਸ਼ਕਲ ਨਹੀਂ, ਕੋਈ ਪ੍ਰੌਬਲਮ ਨਹੀਂ

reply-decline = ਨਹੀਂ, ਨਹੀ, ਨਾ, ਜੀ ਨਹੀਂ, ਨਹੀਂ ਜੀ, ਨਹੀਂ ਧੰਨਵਾਦ, ਨਹੀਂ ਹੋ ਸਕਦਾ, ਨਹੀਂ ਆ ਸਕਦੇ, ਸਮਾਂ ਨਹੀਂ, ਟਾਈਮ ਨਹੀਂ, ਮੁਲਾਕਾਤ ਰੱਦ ਕਰੋ, ਰੱਦ ਕਰੋ ਮੁਲਾਕਾਤ, nahi, nahin, nai, na ji, nahi ji, nahi ho sakda, time nahi, mulakat radd karo, nhi, nhi ji, nahi g, nai ji, ni, ni ji, ਨੀ, ਨਈ, ਰੱਦ, ਰੱਦ ਕਰੋ, radd, radd karo, rad karo, ਸਮਾਂ ਨਹੀਂ ਹੈ, time nahi hai, time ni, ਨਹੀਂ ਜੀ ਧੰਨਵਾਦ

reply-change = ਬਦਲੋ, ਬਦਲਣਾ, ਸਮਾਂ ਬਦਲੋ, ਟਾਈਮ ਬਦਲੋ, ਹੋਰ ਸਮਾਂ, ਹੋਰ ਟਾਈਮ, ਹੋਰ ਦਿਨ, ਕੋਈ ਹੋਰ ਸਮਾਂ, ਕੋਈ ਹੋਰ ਦਿਨ, badlo, time badlo, hor time, hor din, koi hor time, ਬਾਅਦ ਵਿੱਚ, ਬਾਅਦ ਵਿਚ, baad vich, baad ch, ਅਗਲੇ ਹਫ਼ਤੇ, ਅਗਲੇ ਹਫਤੇ, agle hafte, hor vaar, ਕਿਸੇ ਹੋਰ ਦਿਨ

reply-place = ਜਗ੍ਹਾ, ਜਗ੍ਹਾ ਬਦਲੋ, ਹੋਰ ਜਗ੍ਹਾ, ਕੋਈ ਹੋਰ ਜਗ੍ਹਾ, ਥਾਂ, ਹੋਰ ਥਾਂ, ਘਰ ਨਹੀਂ, ਲਾਇਬ੍ਰੇਰੀ ਵਿੱਚ, ਪਾਰਕ ਵਿੱਚ, ਸਕੂਲ ਵਿੱਚ ਮਿਲੀਏ, jagah, hor jagah, park vich, library vich, ਜਗਾ, jaga, jgah

reply-stop = ਰੋਕੋ, ਬੰਦ, ਬੰਦ ਕਰੋ, ਸਮਾਪਤ, roko, band, band karo

reply-stop-phrases = ਰੋਕੋ, ਬੰਦ ਕਰੋ, ਮੈਸੇਜ ਬੰਦ ਕਰੋ, ਸੁਨੇਹੇ ਬੰਦ ਕਰੋ, ਮੈਸੇਜ ਨਾ ਭੇਜੋ, ਸੁਨੇਹੇ ਨਾ ਭੇਜੋ, ਮੇਰਾ ਨੰਬਰ ਹਟਾਓ, message band karo, message na bhejo, msg na bhejo, ਹੋਰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ, ਮੈਨੂੰ ਮੈਸੇਜ ਨਾ ਭੇਜੋ, mainu message na bhejo, menu msg na bhejo, message band kar do, msg band karo, sms band karo, ਮੈਸੇਜ ਬੰਦ ਕਰ ਦਿਓ, ਮੇਰਾ ਨੰਬਰ ਹਟਾ ਦਿਓ, mera number hatao, mera number hata do, ਮੈਸੇਜ ਨਹੀਂ ਚਾਹੀਦੇ, message nahi chahide, band karo, band kar do, roko, ਬੰਦ ਕਰ ਦਿਓ

reply-start = ਸ਼ੁਰੂ, ਸ਼ੁਰੂ ਕਰੋ, ਦੁਬਾਰਾ ਸ਼ੁਰੂ, shuru, shuru karo, ਸੁਰੂ, ਸੁਰੂ ਕਰੋ

reply-help = ਮਦਦ, ਸਹਾਇਤਾ, ਜਾਣਕਾਰੀ, madad

reply-ordinals =
    .first = ਪਹਿਲਾ ਵਾਲਾ, ਪਹਿਲੀ ਵਾਲੀ, ਪਹਿਲਾ ਸਮਾਂ, ਨੰਬਰ ਇੱਕ, ਨੰਬਰ ਇਕ, pehla wala, pehli wali, number ikk
    .second = ਦੂਜਾ ਵਾਲਾ, ਦੂਜੀ ਵਾਲੀ, ਦੂਜਾ ਸਮਾਂ, ਨੰਬਰ ਦੋ, dooja wala, duja wala, duji wali, number do
    .third = ਤੀਜਾ ਵਾਲਾ, ਤੀਜੀ ਵਾਲੀ, ਤੀਜਾ ਸਮਾਂ, ਨੰਬਰ ਤਿੰਨ, teeja wala, tija wala, number tinn, number tin
    .fourth = ਚੌਥਾ ਵਾਲਾ, ਚੌਥੀ ਵਾਲੀ, ਨੰਬਰ ਚਾਰ, chautha wala, number char
    .fifth = ਪੰਜਵਾਂ ਵਾਲਾ, ਪੰਜਵੀਂ ਵਾਲੀ, ਨੰਬਰ ਪੰਜ, panjvan wala, number panj

reply-numbers =
    .one = ਇੱਕ, ਇਕ, ਪਹਿਲਾ, ਪਹਿਲੀ, ikk, pehla, pehli
    .two = ਦੋ, ਦੂਜਾ, ਦੂਜੀ, dooja, duja, duji
    .three = ਤਿੰਨ, ਤੀਜਾ, ਤੀਜੀ, tinn, teeja, tija
    .four = ਚਾਰ, ਚੌਥਾ, ਚੌਥੀ, chautha
    .five = ਪੰਜ, ਪੰਜਵਾਂ, ਪੰਜਵੀਂ, panj

reply-neutral = ਜੀ, ਧੰਨਵਾਦ, ਧੰਨਵਾਦ ਜੀ, ਸ਼ੁਕਰੀਆ, ਮਿਹਰਬਾਨੀ, ਕਿਰਪਾ ਕਰਕੇ, ਸਤ ਸ੍ਰੀ ਅਕਾਲ, ਸਤਿ ਸ੍ਰੀ ਅਕਾਲ, ਨਮਸਤੇ, ਨੰਬਰ, ਵਾਲਾ, ਵਾਲੀ, ਮੈਡਮ, ਟੀਚਰ, ਅਧਿਆਪਕ, ji, dhanvaad, dhanyavaad, shukriya, meharbani, sat sri akal, number, wala, wali, madam, sir

reply-not = ਨਹੀਂ, ਨਾ, ਸਿਵਾਏ, nahi, na

reply-time = ਵਜੇ, ਵੱਜੇ, ਵਜੇ ਤੋਂ ਬਾਅਦ, ਤੋਂ ਬਾਅਦ, ਬਾਅਦ, ਪਹਿਲਾਂ, ਸ਼ਾਮ, ਸਵੇਰੇ, ਦੁਪਹਿਰ, ਤਾਰੀਖ, ਬੱਚੇ, vaje, vje, baje, baad, shaam, savere, bache, ਜਮਾਤ, jamat, class, ਕਲਾਸ, ਸਾਲ, saal, ਕੱਲ੍ਹ, kal, ਅੱਜ, ajj, ਬੱਚਿਆਂ, ਮਿੰਟ, minute, ਮੰਜ਼ਿਲ, ਕਮਰਾ, ਗਲੀ

reply-unsure = ਪਤਾ ਨਹੀਂ, ਪਤਾ ਨੀ, pata nahi, pta nahi, pata ni, pta ni, ki pata, ਕੀ ਪਤਾ, ਮੈਨੂੰ ਨਹੀਂ ਪਤਾ, menu nahi pata, mainu nahi pata, menu ni pata, ਸ਼ਾਇਦ, shayad, shyd, ਕਿਉਂ ਨਹੀਂ, kyon nahi, kyu nahi, ਸੋਚ ਕੇ ਦੱਸਾਂਗੇ, soch ke dasange, puch ke dasange, ਪੱਕਾ ਨਹੀਂ, pakka nahi, pakka ni, ਪੱਕਾ ਨਹੀਂ ਪਤਾ
