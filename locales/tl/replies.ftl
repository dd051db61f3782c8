### Reply keywords: Tagalog / Filipino (tl, fil).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too
### (Taglish is normal). Spanish-derived numbers (uno, dos, tres) are listed: families use them.

reply-accept = oo, opo, oo po, sige, sige po, sige na, pwede, puwede, pwede po, puwede po, pwede na, ayos, ayos lang, ayos po, okay lang, ok lang, ok po, okay po, tama, syempre, siyempre, sigurado, payag, payag ako, pumapayag, tuloy, tuloy po, go, go po, oo naman, opo naman, salamat po oo, cge, cge po, sge, sge po, pwde, pwde po, walang problema, walang problema po, oo po salamat, sige salamat, okey po, g po, walang problema sa amin, ayos lang po sa amin, okay lang sa amin, game po, game ako, game kami

reply-decline = hindi, hindi po, di, di po, ayaw, ayoko, ayaw ko, ayaw namin, hindi pwede, hindi puwede, di pwede, hindi po pwede, hindi kaya, di kaya, hindi na, hindi na po, wag na, huwag na, wag na po, huwag na po, busy, busy po, walang oras, wala pong oras, hindi interesado, i-cancel ang pagbisita, cancel ang pagbisita, kanselahin ang pagbisita, hnd, hndi, hndi po, kanselahin, ikansela, ikansela po, ikansela na, i-cancel, i-cancel na po, di na po, hindi na kailangan, hindi po kami pwede, hindi kami pwede

reply-change = palitan, palitan ang oras, palitan ang araw, ibang oras, ibang araw, iba pong oras, ibang schedule, ibang sched, resched, lipat, ilipat, ilipat ang oras, iba nalang, iba na lang, palit, palit po, palit oras, magpalit, magpalit po, sa susunod, next week, mamaya na lang, mamaya nalang, ibang oras po, ibang araw po, resched po

reply-place = lugar, ibang lugar, sa ibang lugar, hindi sa bahay, sa library, sa parke, sa park, magkita sa library, magkita sa parke, palitan ang lugar, magkita sa paaralan, magkita sa school

reply-stop = tigil, itigil, hinto, ihinto, tama na, tumigil, huminto

reply-stop-phrases = tigil, itigil, tama na, huwag na kayong mag-text, wag na kayong mag text, wag nyo na akong i-text, wag na mag text, huwag na mag-text, itigil ang text, itigil ang mga mensahe, tanggalin ang number ko, tanggalin ako sa listahan, ayoko na ng text, wag nyo na ako i-text, wag na po mag text, huwag na po kayong mag-text, ayoko na ng mga text, ayaw ko na ng text, ayoko na po ng text, tanggalin nyo na number ko, tanggalin na ang number ko, alisin ang number ko, alisin nyo ako sa listahan, stop na po, itigil na po ang text, huwag nyo na akong i-text

reply-start = simula, simulan, umpisa

reply-help = tulong, tulungan, impormasyon

reply-ordinals =
    .first = yung una, ang una, unang oras, unang option, yung pang-una, numero uno, number one po
    .second = yung pangalawa, ang pangalawa, yung ikalawa, ang ikalawa, pangalawang oras, pangalawang option, numero dos
    .third = yung pangatlo, ang pangatlo, yung ikatlo, ang ikatlo, pangatlong oras, pangatlong option, numero tres
    .fourth = yung pang-apat, ang pang-apat, yung ikaapat, pang-apat na oras, numero kwatro
    .fifth = yung panglima, ang panglima, yung ikalima, panglimang oras, numero singko

reply-numbers =
    .one = isa, una, uno
    .two = dalawa, pangalawa, ikalawa, dos
    .three = tatlo, pangatlo, ikatlo, tres
    .four = apat, pang-apat, ikaapat, kwatro, kuwatro
    .five = lima, panglima, ikalima, singko

reply-neutral = po, opo po, salamat, salamat po, maraming salamat, maraming salamat po, thank you po, pls po, paki, pakiusap, hello po, hi po, magandang umaga, magandang hapon, magandang gabi, ma'am, maam, sir, teacher, titser, gusto ko, gusto namin, yung, ang, numero, na, lang, nalang, naman, ako, kami, pili, pipiliin ko

reply-not = hindi yung, hindi ang, maliban sa, wag yung, huwag yung, huwag, wag, hwag, hindi, di, maliban, except

reply-time = alas, mga, ng hapon, ng umaga, ng gabi, ng tanghali, hapon, umaga, gabi, pagkatapos ng, bago mag, bandang, mga alas, araw, lunes, martes, miyerkules, huwebes, biyernes, sabado, linggo, anak, taon, bukas, mamaya, ngayon, bukas ng, lunes ng, martes ng, miyerkules ng, huwebes ng, biyernes ng, sabado ng, linggo ng, grade, baitang, minuto, min, palapag, kwarto, room, kalye

reply-unsure = hindi ko alam, di ko alam, hindi ko pa alam, di ko pa alam, ewan, ewan ko, ewan ko po, di ko sure, hindi ako sigurado, hindi sigurado, siguro, baka, baka pwede, bakit hindi, tatanungin ko, titingnan ko

reply-accept-whole = g, game
