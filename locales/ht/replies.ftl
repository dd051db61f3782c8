### Reply keywords: Haitian Creole (ht).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English and French-style
### spellings are listed where families type them (wi/oui, mesi/mèsi); accents do not matter.
### "anile" (cancel) alone declines the visit; it is not an opt-out word (KANPE, SISPANN are).

reply-accept = wi, wii, wi wi, wi mèsi, wi mesi, dakò, dako, mwen dakò, mwen dako, m dakò, m dako, nou dakò, nou dako, oke, ok, se bon, sa bon, sa bon wi, pa gen pwoblèm, pa gen pwoblem, pa gen problem, pa gen pwob, san pwoblèm, san pwoblem, anfòm, anfom, bon, trè bon, tre bon, pafè, pafe, konfime, mwen konfime, nou ka, nou kapab, mwen kapab, m kapab, mwen ka, m ka, natirèlman, natirelman, sètènman, setenman, pouki pa, poukisa pa, bèl bagay, bel bagay, vini

reply-decline = non, non mèsi, non mesi, mwen pa kapab, m pa kapab, mpa kapab, m pa ka, mpa ka, nou pa kapab, nou pa ka, mwen pa vle, m pa vle, mpa vle, nou pa vle, pa kounye a, pa kounya, pa kounyeya, mwen pa enterese, m pa enterese, pa enterese, mwen okipe, m okipe, nou okipe, anile, anile vizit la, anile l, pa posib, sa p ap mache, sa pap mache, pa disponib, mwen pa disponib, m pa disponib, pa fwa sa a

reply-change = chanje, chanje lè a, chanje le a, chanje lè, chanje le, chanje dat la, chanje jou a, yon lòt lè, yon lot le, lòt lè, lot le, yon lòt jou, yon lot jou, lòt jou, lot jou, yon lòt dat, lòt dat, lot dat, yon lòt lè pi ta, pi bonè, pi bone, semèn pwochèn, semen pwochen, lòt opsyon, lot opsyon, deplase, ranvwaye

reply-place = kote, lòt kote, lot kote, yon lòt kote, yon lot kote, pa lakay, pa lakay mwen, pa lakay nou, deyò lakay, deyo lakay, nan pak la, nan bibliyotèk la, nan bibliyotek la, nan lekòl la, nan lekol la, rankontre nan pak la, rankontre nan bibliyotèk la, rankontre nan lekòl la, chanje kote

reply-stop = kanpe, sispann

reply-stop-phrases = kanpe, sispann, sispann voye mesaj, sispann voye mesaj ban mwen, sispann ekri m, pa voye mesaj ankò, pa voye mesaj anko, pa voye m mesaj ankò, pa voye m mesaj anko, pa ekri m ankò, pa ekri m anko, retire nimewo m, retire nimewo mwen, efase nimewo m, mwen pa vle mesaj ankò, m pa vle mesaj anko, mpa vle mesaj anko, kite m anrepo

reply-start = komanse, kòmanse, rekòmanse, rekomanse, kontinye

reply-help = èd, ed, ede m, ede mwen, enfòmasyon, enfomasyon

reply-ordinals =
    .first = premye a, premye opsyon, premye lè a, opsyon en, nimewo en
    .second = dezyèm nan, dezyèm opsyon, dezyem opsyon, opsyon de, nimewo de
    .third = twazyèm nan, twazyèm opsyon, opsyon twa, nimewo twa
    .fourth = katriyèm nan, opsyon kat, nimewo kat
    .fifth = senkyèm nan, opsyon senk, nimewo senk

reply-numbers =
    .one = en, youn, premye
    .two = de, dezyèm, dezyem
    .three = twa, twazyèm, twazyem
    .four = kat, katriyèm, katriyem
    .five = senk, senkyèm, senkyem

reply-neutral = tanpri, souple, silvouple, mèsi, mesi, mèsi anpil, mesi anpil, bonjou, bonswa, alo, mesye, madam, pwofesè, pwofese, metrès, metres, opsyon, nimewo, la, an, nan, mwen, m, nou, mwen vle, m vle, nou vle, mwen chwazi, m chwazi, nou chwazi, mwen pran, m pran, bondye beni w, bondye beni ou, yon moman, tann, mwen pa konnen, m pa konnen, mpa konnen, m pa konn, pètèt, petet, petèt, m ap wè, m a wè

reply-not = pa, pa nimewo, pa opsyon, eksepte, sòf, sof

reply-time = vè, ve, lè, le, è, zè, dimaten, maten, apremidi, aprèmidi, diswa, aswè, aswe, midi, minwi, demen, jodi a, jodi, apre, avan, lendi, madi, mèkredi, mekredi, jedi, vandredi, samdi, dimanch, janvye, fevriye, mas, avril, me, jen, jiyè, jiye, out, septanm, oktòb, oktob, novanm, desanm, timoun, pitit, ane, zan, jou, semèn, semen, dola, minit, klas
