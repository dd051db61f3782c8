### Reply keywords: Spanish (es).
### Status: draft: needs review by a native speaker (Mexican and Central American usage).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.

reply-accept = sí, si, sip, sii, simón, claro, claro que sí, claro q si, claro k si, por supuesto, ok gracias, okey, oki, vale, órale, ándale, de acuerdo, está bien, esta bien, ta bien, estabien, perfecto, me parece bien, me parece, con gusto, con mucho gusto, acepto, aceptamos, confirmo, confirmado, sí puedo, si puedo, sí podemos, si podemos, muy bien, excelente, listo, cuente con nosotros, no hay problema, sin problema, cómo no, como no, ¡cómo no!, dale, está bueno, esta bueno, ta bueno, ningún problema, ningun problema, no hay bronca, con todo gusto, sí claro, si claro, sip gracias, ok si, no importa, no me molesta, no nos molesta, sale gracias, va gracias

reply-decline = no, nop, nel, no gracias, no muchas gracias, no puedo, no podemos, no me interesa, no nos interesa, no estamos interesados, no quiero, no queremos, mejor no, ahorita no, por ahora no, claro que no, cancelar la visita, cancela la visita, cancelen la visita, cancelar visita, cancelar la cita, cancela la cita, cancelo, no va, no se puede, no está bien, ya no, cancelar, cancela, cancelen, ocupada, ocupado, estoy ocupada, estoy ocupado, estamos ocupados, no podré, no podre, no creo, no gracias maestra, nel pastel, no tengo tiempo, no tenemos tiempo

reply-change = cambiar, cambio, cambiar la hora, cambiar el día, cambiar fecha, cambiar la fecha, otro día, otro dia, otra hora, otro horario, otra fecha, otro momento, otras opciones, otra opción, otro, otra, reprogramar, mover la cita, mover la visita, más temprano, otro tiempo, más tarde, mas tarde, reagendar, posponer, la próxima semana, la proxima semana, otra semana, otro día mejor, cambiar de día, cambiar de dia, ninguna, ninguno, ninguna de esas, ninguno de esos, ninguna me queda, ninguna hora, ese día no, ese dia no, no ese día, no ese dia, ese día no puedo, ese dia no puedo, no puedo ese día, no puedo ese dia, no estoy ese día, no estoy ese dia, ese día no estoy, ese dia no estoy

reply-place = lugar, otro lugar, en otro lugar, otro sitio, no en casa, no en mi casa, en el parque, en la biblioteca, vernos en el parque, vernos en la biblioteca, vernos en la escuela, cambiar el lugar, cambiar de lugar

reply-stop = alto, parar, para, pare, detener, detente, baja, darse de baja, dar de baja, terminar, fin, salir, basta

reply-stop-phrases = alto, parar, ya no me manden mensajes, no me manden mensajes, no me mande mensajes, no me envíen mensajes, no me envien mensajes, no más mensajes, no mas mensajes, dejen de mandarme mensajes, deje de mandarme mensajes, dejen de escribirme, ya no me escriban, no me escriban, quítenme de la lista, quitenme de la lista, sáquenme de la lista, saquenme de la lista, borren mi número, borren mi numero, no quiero mensajes, no quiero recibir mensajes, darme de baja, ya no quiero mensajes, ya no me envíen mensajes, ya no me envien mensajes, no me manden más mensajes, no me manden mas mensajes, no me escriban más, no me escriban mas, dejen de enviarme mensajes, dejen de mandar mensajes, ya no me manden textos, no me manden textos, no quiero recibir textos, no quiero recibir más mensajes, no quiero recibir mas mensajes, borren mi número de la lista, borren mi numero de la lista, quiero darme de baja, denme de baja, paren los mensajes, paren de mandar mensajes, basta de mensajes, eliminen mi número, eliminen mi numero, ya no me contacten, no me contacten, ya no quiero recibir mensajes, ya no quiero recibir más mensajes, ya no quiero recibir mas mensajes, ya no quiero recibir textos, no me manden mas msj, no me manden msj, ya no me manden msj, no mas msj, no más msj

reply-start = comenzar, empezar, iniciar, reanudar, reactivar, suscribir

reply-help = ayuda, información, informacion, ayúdenme, ayudenme

reply-ordinals =
    .first = el primero, la primera, el primer, la primer, primera opción, primera opcion, opción uno, opcion uno, la uno, el uno, número uno, numero uno
    .second = el segundo, la segunda, segunda opción, segunda opcion, opción dos, opcion dos, la dos, el dos, número dos, numero dos
    .third = el tercero, la tercera, el tercer, tercera opción, tercera opcion, opción tres, opcion tres, la tres, el tres, número tres, numero tres
    .fourth = el cuarto, la cuarta, cuarta opción, cuarta opcion, opción cuatro, opcion cuatro, la cuatro, el cuatro
    .fifth = el quinto, la quinta, quinta opción, quinta opcion, opción cinco, opcion cinco, la cinco, el cinco

reply-numbers =
    .one = uno, primero, primera
    .two = dos, segundo, segunda
    .three = tres, tercero, tercera
    .four = cuatro, cuarto, cuarta
    .five = cinco, quinto, quinta

reply-neutral = por favor, porfa, porfavor, xfa, gracias, muchas gracias, mil gracias, muy amable, hola, buenos días, buenos dias, buenas tardes, buenas noches, buenas, bueno, maestra, maestro, profe, profesora, señora, señor, sra, sr, opción, opcion, número, numero, el, la, lo, de, es, quiero, queremos, escojo, elijo, me gusta, mejor, do, da, er, ra, o, a, que, dios la bendiga, dios le bendiga, bendiciones, un segundo, un momento, ya, más, mas, no más, no mas, nomás, nomas

reply-not = menos, excepto, menos el, menos la, no el, no la, no es, no es la, no es el, ni, ni el, ni la, que no sea

reply-time = a las, a la, las, alas, hora, horas, hrs, hr, después de las, despues de las, después de, despues de, antes de las, antes de, tarde, de la tarde, de la mañana, de la noche, mañana, hoy, lunes, martes, miércoles, miercoles, jueves, viernes, sábado, sabado, domingo, de enero, de febrero, de marzo, de abril, de mayo, de junio, de julio, de agosto, de septiembre, de octubre, de noviembre, de diciembre, hijos, niños, años, días, dias, dólares, dolares, grado, de grado, año, primaria, hijo, hija, hijas, niñas, ninos, ninas, pm, am, mañana en la tarde, pasado mañana, pasado manana, semana, semanas, minutos, min, piso, apartamento, apto, depto, cuarto, salón, salon, calle, camión, camion, día, dia, el día, el dia

reply-unsure = no sé, no se, no sabemos, no estoy segura, no estoy seguro, tal vez, talvez, a lo mejor, quizás, quizas, quizá, quiza, puede ser, por qué no, porque no, por que no, x q no, pq no, déjeme ver, dejeme ver, déjeme preguntar, dejeme preguntar, le aviso, le aviso luego, lo pienso, voy a preguntar, todavía no sé, todavia no se

reply-accept-whole = va, sale, sale pues, va que va
