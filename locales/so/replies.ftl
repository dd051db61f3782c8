### Reply keywords: Somali (so).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Somali negates after the word ("2 maaha" = not 2), so maaha/ma aha are both a "not" and a
### "no": a number with either is never booked. "baaji" (cancel) declines the visit; JOOJI
### (stop) alone ends every text. "inshallah" is kept neutral: a person reads it.

reply-accept = haa, haaa, haa waan, haa mahadsanid, haye, hay, waa hagaag, hagaag, waa wanaagsan, wanaagsan, waa fiican, fiican, waa sax, sax, waan aqbalay, aqbalay, waan aqbalnay, waan ogolahay, ogolahay, waan ku raacsanahay, dabcan, waa suurtagal, suurtagal, waa nagu habboon yahay, waa ii habboon yahay, ok, okay, dhib malaha, dhib ma leh, wax dhib ah ma leh, soo dhowow, ku soo dhowaada

reply-decline = maya, mayo, maya mahadsanid, ma rabo, ma rabno, ma doonayo, ma doonayno, ma awoodo, ma awoodno, ma kari karo, ma kari karno, hadda maya, hadda ma suurtagal aha, ma suurtagal aha, waqti ma haysto, wakhti ma haysto, waqti ma haysanno, mashquul baan ahay, mashquul ayaan ahay, mashquul baan nahay, mashquul, baaji, baaji booqashada, booqashada baaji, ma xiiseynayo, xiise uma lihi, maaha, ma aha

reply-change = beddel, bedel, badal, beddel waqtiga, bedel waqtiga, badal waqtiga, beddel wakhtiga, waqti kale, wakhti kale, maalin kale, taariikh kale, beddel maalinta, badal maalinta, dib u dhig, dib u dhigo, toddobaadka dambe, usbuuca dambe, usbuuca soo socda, doorashooyin kale

reply-place = goob, goob kale, meel, meel kale, meel kale ku kulanno, guriga maaha, guriga ma aha, guriga dibaddiisa, maktabadda, maktabadda ku kulanno, beerta ku kulanno, dugsiga ku kulanno, beddel goobta, beddel meesha, badal meesha

reply-stop = jooji, joogso

reply-stop-phrases = jooji, joogso, jooji fariimaha, jooji farriimaha, ha ii soo dirin fariimo, fariimo ha ii soo dirin, fariin dambe ha ii soo dirin, fariimo kale ha ii soo dirin, ka saar lambarkayga, tirtir lambarkayga, fariimo kale ma rabo, fariimo ma rabo

reply-start = bilow, bilaw, billow, dib u bilow, sii wad

reply-help = caawi, caawimaad, caawin, i caawi, macluumaad

reply-ordinals =
    .first = midka koowaad, kan koowaad, ka koowaad, doorashada koowaad, lambarka koowaad, waqtiga koowaad
    .second = midka labaad, kan labaad, ka labaad, doorashada labaad, lambarka labaad, waqtiga labaad
    .third = midka saddexaad, kan saddexaad, ka saddexaad, doorashada saddexaad, lambarka saddexaad, waqtiga saddexaad
    .fourth = midka afraad, kan afraad, doorashada afraad
    .fifth = midka shanaad, kan shanaad, doorashada shanaad

reply-numbers =
    .one = kow, hal, mid, koowaad, kowaad
    .two = laba, labaad
    .three = saddex, saddexaad
    .four = afar, afraad
    .five = shan, shanaad

reply-neutral = fadlan, mahadsanid, mahadsanidiin, mahadsan, aad baad u mahadsantahay, salaan, asc, assalamu calaykum, asalaamu calaykum, salaamu calaykum, macallin, macalin, macallimad, macalinka, walaal, lambar, lambarka, doorashada, waqtiga, waan doortay, waxaan doortay, waxaan rabaa, waan rabaa, waxaan doonayaa, kan, ka, midka, inshallah, insha allah, inshaallah, haddii alle idmo, ma garanayo, ma aqaano, garan maayo, ma hubo, laga yaabee, malaha, sug, hal daqiiqo

reply-not = maaha, ma aha, aan ahayn, mooyee

reply-time = saacadda, saacad, saac, subax, subaxnimo, galab, galabnimo, fiid, fiidnimo, habeen, duhur, berri, maanta, saa berri, isniin, talaado, arbaco, arbaca, khamiis, jimce, jimco, sabti, axad, janaayo, febraayo, maarso, abriil, juun, luulyo, agoosto, sebtembar, oktoobar, nofembar, desembar, carruur, caruur, ilmo, caruurta, sano, jir, maalmood, toddobaad, doolar, daqiiqo
