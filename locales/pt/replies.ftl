### Reply keywords: Portuguese (pt, Brazilian).
### Status: draft: needs review by a native speaker (Brazilian usage; European forms welcome).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Accents do not matter (nao = não). "segunda", "terça", "quarta", "quinta" and "sexta" are
### weekdays as well as ordinals, so they are only time words here, never bare option numbers.
### "cancelar" alone is an opt-out word (it is Spanish's), so our texts say "desmarcar".

reply-accept = sim, simm, s, ss, sim sim, sim por favor, claro, claro que sim, com certeza, certo, certeza, ok, okay, beleza, blz, pode ser, pode, podemos, posso, pode vir, podem vir, tá bom, ta bom, tá, ta, tá ótimo, ta otimo, ótimo, otimo, perfeito, combinado, fechado, aceito, aceitamos, confirmo, confirmado, sem problema, sem problemas, não tem problema, nao tem problema, não há problema, por que não, porque não, pq não, pq nao, tudo bem, td bem, tudo certo, tranquilo, de acordo, vamos sim, quero sim, queremos sim, isso, isso mesmo, maravilha, show, bora

reply-decline = não, nao, naum, ñ, n, nn, não obrigado, não obrigada, nao obrigado, nao obrigada, não posso, nao posso, não podemos, nao podemos, não quero, nao quero, não queremos, nao queremos, não tenho interesse, nao tenho interesse, não temos interesse, sem interesse, agora não, agora nao, melhor não, melhor nao, de jeito nenhum, desmarcar, desmarcar a visita, pode desmarcar, cancelar a visita, cancela a visita, pode cancelar, estou ocupada, estou ocupado, estamos ocupados, não dá, nao da, não vai dar, nao vai dar, infelizmente não, infelizmente nao, não consigo, nao consigo

reply-change = mudar, mudar o horário, mudar horario, mudar o horario, mudar a data, mudar o dia, outro horário, outro horario, outro dia, outra data, outra hora, outro momento, remarcar, reagendar, trocar, trocar o horário, trocar horario, trocar o dia, outras opções, outras opcoes, mais tarde, mais cedo, semana que vem, na semana que vem, próxima semana, proxima semana, adiar

reply-place = lugar, local, outro lugar, outro local, em outro lugar, não em casa, nao em casa, fora de casa, no parque, na biblioteca, na escola, encontrar no parque, encontrar na biblioteca, encontrar na escola, mudar o lugar, mudar o local, trocar o lugar, trocar de lugar

reply-stop = parar, pare, sair, descadastrar, descadastre

reply-stop-phrases = parar, pare, pare de mandar mensagem, pare de mandar mensagens, parem de mandar mensagens, pare de me mandar mensagens, parem de me mandar mensagens, não quero mais mensagens, nao quero mais mensagens, não me mande mais mensagens, nao me mande mais mensagens, não mandem mais mensagens, nao mandem mais mensagens, chega de mensagens, me tire da lista, me tira da lista, tirem meu número, tirem meu numero, apaguem meu número, apaguem meu numero, não quero receber mensagens, nao quero receber mensagens, me descadastre, me descadastrem

reply-start = voltar, iniciar, começar, comecar, reativar, retomar, voltar a receber

reply-help = ajuda, ajude, me ajude, informação, informacao, informações, informacoes

reply-ordinals =
    .first = o primeiro, a primeira, primeira opção, primeira opcao, primeiro horário, primeiro horario, opção um, opcao um, número um, numero um, o um
    .second = o segundo, a segunda opção, a segunda opcao, segunda opção, segunda opcao, segundo horário, segundo horario, opção dois, opcao dois, número dois, numero dois, o dois
    .third = o terceiro, a terceira, terceira opção, terceira opcao, terceiro horário, terceiro horario, opção três, opcao tres, número três, numero tres, o três, o tres
    .fourth = o quarto, a quarta opção, a quarta opcao, quarta opção, quarta opcao, opção quatro, opcao quatro, número quatro, numero quatro
    .fifth = o quinto, a quinta opção, a quinta opcao, quinta opção, quinta opcao, opção cinco, opcao cinco, número cinco, numero cinco

reply-numbers =
    .one = um, uma, primeiro, primeira
    .two = dois, duas, segundo
    .three = três, tres, terceiro, terceira
    .four = quatro, quarto
    .five = cinco, quinto

reply-neutral = por favor, pfv, pf, obrigado, obrigada, obg, brigado, brigada, muito obrigado, muito obrigada, valeu, olá, ola, oi, bom dia, boa tarde, boa noite, professor, professora, prof, senhora, senhor, sra, sr, opção, opcao, número, numero, horário, horario, o, a, os, de, da, do, é, e, eu, quero, queremos, escolho, prefiro, fico com, vou querer, melhor, deus abençoe, deus te abençoe, um momento, só um momento, so um momento, já, ja, não sei, nao sei, não tenho certeza, nao tenho certeza, talvez, vou ver, não sei ainda, nao sei ainda

reply-not = menos, exceto, menos o, menos a, não o, nao o, não a, nao a, sem ser

reply-time = às, hora, horas, h, hs, hrs, da manhã, da manha, da tarde, da noite, de manhã, de manha, à tarde, a tarde, à noite, a noite, meio-dia, meio dia, amanhã, amanha, hoje, depois de amanhã, depois de, antes de, depois das, antes das, dia, segunda, segunda-feira, segunda feira, terça, terca, terça-feira, terca feira, quarta, quarta-feira, quarta feira, quinta, quinta-feira, quinta feira, sexta, sexta-feira, sexta feira, sábado, sabado, domingo, de janeiro, de fevereiro, de março, de marco, de abril, de maio, de junho, de julho, de agosto, de setembro, de outubro, de novembro, de dezembro, filhos, filho, filha, filhas, crianças, criancas, anos, ano, série, serie, dias, semanas, reais, dólares, dolares, minutos, min
