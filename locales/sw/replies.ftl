### Reply keywords: Swahili (sw).
### Status: draft: needs review by a native speaker (Tanzania, Kenya, DR Congo).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### "saa 4" is a clock time in any reckoning (Swahili time or not), never option 4. Opt-out
### is SITISHA or KOMESHA, never "acha": "acha/accha" is "OK" in romanised Hindi, Urdu and
### Punjabi, and opt-out words count in every language. "ghairi" (cancel) declines the visit.

reply-accept = ndiyo, ndio, ndyo, ndiyoo, naam, sawa, sawa sawa, sawa kabisa, sawa asante, poa, safi, vizuri, nzuri, nimekubali, nakubali, tunakubali, kubali, hakuna shida, hakuna tatizo, bila shida, bila tatizo, inafaa, itafaa, ni sawa, ok, okay, haya, haya sawa, ndiyo tafadhali, karibuni, mnakaribishwa, karibu, tutakuwepo, nitakuwepo, kabisa, bila shaka, hewala

reply-decline = hapana, hapana asante, hapna, hpana, hapanaa, sitaki, hatutaki, siwezi, hatuwezi, sitaweza, hatutaweza, sina muda, hatuna muda, sipendi, siko tayari, hatuko tayari, nina shughuli, tuna shughuli, nimebanwa, si sasa, sio sasa, hapana kwa sasa, ghairi, ghairi ziara, ghairisha

reply-change = badili, badilisha, badili muda, badilisha muda, badili siku, badilisha siku, badili tarehe, badilisha tarehe, muda mwingine, siku nyingine, tarehe nyingine, wakati mwingine, saa nyingine, ahirisha, sogeza, wiki ijayo, wiki inayokuja, chaguo lingine, machaguo mengine

reply-place = mahali, mahali pengine, sehemu nyingine, si nyumbani, sio nyumbani, nje ya nyumbani, maktaba, maktabani, bustanini, tukutane maktaba, tukutane bustanini, tukutane shuleni, badili mahali, badilisha mahali

reply-stop = sitisha, komesha, jiondoe

reply-stop-phrases = sitisha, komesha, sitisha ujumbe, acha kutuma ujumbe, acheni kutuma ujumbe, usinitumie ujumbe, msinitumie ujumbe, usinitumie ujumbe tena, msinitumie ujumbe tena, sitaki ujumbe tena, sitaki ujumbe zaidi, ondoa namba yangu, futa namba yangu, niondoe, niondoeni, niondoe kwenye orodha

reply-start = anza, anzisha, anza tena, endelea, rudisha

reply-help = msaada, saidia, nisaidie, maelezo, habari zaidi

reply-ordinals =
    .first = la kwanza, chaguo la kwanza, namba moja, muda wa kwanza
    .second = la pili, chaguo la pili, namba mbili, muda wa pili
    .third = la tatu, chaguo la tatu, namba tatu, muda wa tatu
    .fourth = la nne, chaguo la nne, namba nne
    .fifth = la tano, chaguo la tano, namba tano

reply-numbers =
    .one = moja, kwanza
    .two = mbili, pili
    .three = tatu
    .four = nne
    .five = tano

reply-neutral = tafadhali, asante, asanteni, asante sana, ahsante, ahsante sana, shukrani, habari, hujambo, jambo, salama, mambo, mwalimu, walimu, mama, baba, bwana, bi, chaguo, namba, nambari, nachagua, tunachagua, nataka, tunataka, ni, la, ya, wa, mungu akubariki, mungu awabariki, subiri kidogo, sijui, hatujui, sina uhakika, labda, pengine, inshallah, mungu akipenda

reply-not = si, sio, siyo, isipokuwa, ila

reply-time = saa, asubuhi, mchana, jioni, usiku, leo, kesho, kesho kutwa, baada ya, kabla ya, jumatatu, jumanne, jumatano, alhamisi, ijumaa, jumamosi, jumapili, januari, februari, machi, aprili, mei, juni, julai, agosti, septemba, oktoba, novemba, desemba, tarehe, watoto, mtoto, miaka, siku, wiki, dola, shilingi, dakika, darasa
