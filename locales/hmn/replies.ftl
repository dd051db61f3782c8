### Reply keywords: Hmong (hmn, White Hmong / Hmong Daw, RPA spelling).
### Status: draft: needs review by a native speaker (Green Hmong / Mong Leeg forms welcome).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Bare "ob" (two) and "peb" (three, also "we") only count as the whole reply: see reply-numbers.

reply-accept = yog lawm, tau kawg, tau lawm, zoo, zoo lawm, zoo heev, kuv kam, peb kam, kam, kuv pom zoo, pom zoo, ua li, ua li ntawd, ua li los tau, aws, ok os, mam li, tuaj tau, peb nyob tos, tsis muaj teeb meem, tsis ua cas, yog os, tau os, zoo os, kuv tuaj tau, peb tuaj tau, tsis txhob txhawj, tsis ua li cas, yog os ua tsaug, yog ua tsaug, tau ua tsaug

reply-decline = tsis, tsis yog, tsis tau, tsis kam, tsis xav, kuv tsis xav, peb tsis xav, tsis ua, tsis txhob, tsis muaj sijhawm, tsis khoom, kuv tsis khoom, peb tsis khoom, tsis tuaj, tsis ua li, tsis ua tsaug, tshem qhov tuaj xyuas, tshem qhov tuaj saib, tso tseg qhov tuaj xyuas, tsis xav tau, kuv tsis xav tau, peb tsis xav tau, tso tseg, tsis muaj sij hawm, kuv tsis muaj sij hawm, tsis tau os

reply-change = hloov, hloov sijhawm, hloov hnub, hloov lub sijhawm, lwm lub sijhawm, lwm hnub, lwm lub caij, pauv sijhawm, pauv hnub, txav sijhawm, hloov sij hawm, hloov lub sij hawm, lwm lub sij hawm, pauv sij hawm, txav sij hawm, lwm lub lim tiam, lim tiam tom ntej, hloov hnub tuaj

reply-place = qhov chaw, lwm qhov chaw, lwm qhov, tsis yog hauv tsev, ntsib ntawm tsev qiv ntawv, ntsib ntawm tsev kawm ntawv, ntsib ntawm lub tiaj ua si, tsev qiv ntawv, tiaj ua si, hloov qhov chaw, chaw, lwm qhov chaw os

reply-stop = tsum, nres, tsum tseg, txiav

reply-stop-phrases = tsum, nres, tsum xa xov, tsis txhob xa xov, tsis txhob xa xov tuaj, tsis txhob xa ntawv, tsum xa ntawv, tshem kuv tus xov tooj, tsis xav tau xov ntxiv lawm, tsis txhob xa lus tuaj, tsis txhob xa lus, tsum xa lus, tsis xav tau xov, tsis txhob text, tsum text, tshem kuv tus xov tooj tawm, tsis txhob xa xov tuaj lawm, tsis txhob xa lus tuaj lawm

reply-start = pib, pib dua, rov pib

reply-help = pab, pab kuv, kev pab

reply-ordinals =
    .first = thawj, thawj tus, tus thawj, tus ib, naj npawb ib, xaiv ib
    .second = thib ob, tus thib ob, tus ob, naj npawb ob, xaiv ob
    .third = thib peb, tus thib peb, tus peb, naj npawb peb, xaiv peb
    .fourth = thib plaub, tus thib plaub, tus plaub, naj npawb plaub, xaiv plaub
    .fifth = thib tsib, tus thib tsib, tus tsib, naj npawb tsib, xaiv tsib

reply-numbers =
    .one = ib
    .two = ob
    .three = peb
    .four = plaub
    .five = tsib

reply-neutral = os, thov, ua tsaug, ua tsaug ntau, ua tsaug ntau ntau, nyob zoo, xib fwb, tus xib fwb, kuv, peb, naj npawb, xaiv, kuv xaiv, peb xaiv, tus, lub, mas, na, nawb, thiab, los, kuv xav, kuv xav tau

reply-not = tsis yog tus, tsis yog lub, tshwj tsis yog

reply-time = teev, thaum, tom qab, ua ntej, sawv ntxov, tav su, yav tsaus ntuj, hnub, lub hlis, xyoo, tus me nyuam, cov me nyuam, qib, menyuam, tus menyuam, me nyuam, tag kis, hnub no, feeb, xyoo no

reply-unsure = tsis paub, kuv tsis paub, peb tsis paub, tsis paub meej, kuv tsis paub meej, tej zaum, tej zaum yuav tau, ua cas tsis, vim li cas tsis, cia kuv xav, cia kuv nug

reply-accept-whole = yog, tau
