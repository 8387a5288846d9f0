package io.vipgate.telegram.i18n;

/** The bot's words in Spanish. */
final class Spanish implements Catalog {

    @Override
    public String template(Text text) {
        return switch (text) {
            case MONTHS -> "ene feb mar abr may jun jul ago sep oct nov dic";
            case DATE -> "{0} {1} {2}, {3} UTC";
            case MINUTES_ONE -> "1 minuto";
            case MINUTES_MANY -> "{0} minutos";
            case HOURS_ONE -> "1 hora";
            case HOURS_MANY -> "{0} horas";
            case DAYS_ONE -> "1 día";
            case DAYS_MANY -> "{0} días";
            case USES_ONE -> "1 uso";
            case USES_MANY -> "{0} usos";
            case WELCOME -> "👋 ¡Hola, {0}! Me ocupo del canal VIP.";
            case HELP_HINT -> "Envía /help para ver lo que puedo hacer.";
            case STATUS_ACTIVE -> "⭐ Eres VIP hasta el <b>{0}</b>.";
            case STATUS_EXPIRED -> "Tu VIP terminó el {0}. Con un nuevo enlace de invitación vuelves a entrar.";
            case STATUS_REVOKED -> "Un administrador terminó tu VIP el {0}.";
            case STATUS_NONE -> "Aún no eres VIP. Abre un enlace de invitación para entrar.";
            case LINK_ISSUED -> "🔑 Tu enlace personal (solo funciona para ti, válido hasta el {0}):\n{1}";
            case LINK_NOT_ACTIVE -> "Los enlaces son para suscriptores VIP activos. /status muestra el tuyo.";
            case REDEEMED -> "🎉 ¡Ya eres VIP! Tienes acceso hasta el <b>{0}</b>.";
            case REDEEMED_STACKED -> "🎉 ¡Tiempo añadido! Eres VIP hasta el <b>{0}</b>.";
            case REDEEMED_NO_LINK -> "Ahora mismo no pude crear tu enlace: envía /link en un minuto.";
            case ALREADY_REDEEMED ->
                "✅ Esta invitación ya es tuya: eres VIP hasta el <b>{0}</b>. Aquí tienes tu enlace otra vez.";
            case TOKEN_UNKNOWN -> "Esa invitación no es válida. Revisa el enlace o pide uno nuevo.";
            case TOKEN_EXPIRED -> "Esa invitación ha caducado. Pide una nueva.";
            case TOKEN_REVOKED -> "Esa invitación fue anulada. Pide una nueva.";
            case TOKEN_USED_UP -> "Esa invitación ya se usó. Pide una nueva.";
            case TOO_MANY_ATTEMPTS -> "Demasiados intentos. Espera {0} y vuelve a probar.";
            case HELP_USER -> "Esto es lo que puedo hacer:";
            case HELP_ADMIN -> "Comandos de administración:";
            case TRY_LATER -> "Lo siento, algo falló por mi parte. Inténtalo de nuevo en un minuto.";
            case VIP_JOIN_DECLINED ->
                "El canal VIP es para suscriptores activos. Abre primero un enlace de invitación y vuelve a pedirlo.";
            case FREE_QUEUED -> "¡Gracias! Tu solicitud para unirte al canal gratuito se aprobará el {0}.";
            case FREE_QUEUED_NOW -> "¡Gracias! Tu solicitud para unirte al canal gratuito se aprobará en un momento.";
            case FREE_APPROVED -> "✅ ¡Ya estás dentro! Tu solicitud para el canal gratuito fue aprobada.";
            case REMINDER -> "⏰ Tu VIP termina en {0} ({1}). Pide una nueva invitación para no perder el acceso.";
            case ACCESS_EXPIRED ->
                "Tu VIP ha terminado y saliste del canal VIP. Con un nuevo enlace de invitación vuelves cuando quieras.";
            case ACCESS_REVOKED -> "Un administrador ha terminado tu acceso VIP.";
            case ACCESS_GRANTED -> "🎁 Un administrador te dio tiempo VIP: eres VIP hasta el <b>{0}</b>.";
            case USAGE -> "Uso: {0}";
            case DURATION_SYNTAX ->
                "Duraciones: <code>30m</code>, <code>12h</code>, <code>30d</code>, <code>4w</code> (de 1 minuto a 3650 días).";
            case TOKEN_MINTED -> "🎟 Invitación de <b>{0}</b>, {1}, canjeable hasta el {2}:\n{3}";
            case TOKENS_HEADER -> "Invitaciones vigentes: {0}";
            case TOKENS_LINE -> "<code>{0}</code> · {1} · quedan {2} · hasta el {3}";
            case TOKENS_NONE -> "No hay invitaciones vigentes.";
            case TOKENS_MORE -> "…y {0} más.";
            case TOKEN_REVOKED_NOW -> "Invitación <code>{0}</code> anulada.";
            case TOKEN_ALREADY_REVOKED -> "La invitación <code>{0}</code> ya estaba anulada.";
            case TOKEN_NOT_FOUND -> "Ninguna invitación coincide.";
            case TOKEN_AMBIGUOUS -> "{0} invitaciones empiezan así: escribe más caracteres.";
            case SUBS_HEADER -> "VIP activos: {0} (página {1} de {2})";
            case SUBS_LINE -> "{0}. {1} · id <code>{2}</code> · hasta el {3}";
            case SUBS_NONE -> "No hay VIP activos.";
            case EXTENDED -> "El usuario <code>{0}</code> es VIP hasta el <b>{1}</b>.";
            case KICKED -> "El usuario <code>{0}</code> está fuera: VIP terminado y expulsado del canal.";
            case KICK_NOT_SUBSCRIBED -> "El usuario <code>{0}</code> no tiene VIP activo.";
            case TOLD_SENT -> "Ya se le ha avisado.";
            case TOLD_BLOCKED -> "Ha bloqueado el bot, así que no se le pudo avisar.";
            case TOLD_FAILED -> "Ahora mismo no pude escribirle.";
            case WAIT_SET -> "Las solicitudes al canal gratuito se aprueban ahora tras {0}.";
            case WAIT_SET_NOW -> "Las solicitudes al canal gratuito se aprueban ahora al momento.";
            case STATS ->
                "📊 VIP activos: {0}\nCaducan en 7 días: {1}\nInvitaciones creadas: {2}, canjeadas: {3}\n"
                        + "Solicitudes al canal gratuito pendientes: {4}, aprobadas: {5}";
            case BROADCAST_STARTED -> "📣 La difusión #{0} va camino de {1} VIP. Su avance se ve abajo.";
            case BROADCAST_NONE -> "No hay ningún VIP activo al que se pueda escribir.";
            case BROADCAST_TOO_LONG -> "Ese mensaje tiene {0} caracteres; Telegram admite como mucho {1}.";
            case BROADCAST_PROGRESS -> "📣 Difusión #{0}: {1}/{2} enviados";
            case BROADCAST_DONE ->
                "✅ Difusión #{0} terminada: {1} enviados, {2} han bloqueado el bot, {3} fallidos (de {4}).";
            case CMD_START -> "Bienvenida y tu estado";
            case CMD_STATUS -> "Tu estado VIP";
            case CMD_LINK -> "Un enlace personal nuevo";
            case CMD_HELP -> "Lo que puedo hacer";
            case CMD_TOKEN -> "Crear una invitación";
            case CMD_TOKENS -> "Invitaciones vigentes";
            case CMD_REVOKE -> "Anular una invitación";
            case CMD_SUBS -> "VIP activos, 20 por página";
            case CMD_EXTEND -> "Dar tiempo VIP sin invitación";
            case CMD_KICK -> "Terminar el VIP ya y expulsar del canal";
            case CMD_SETWAIT -> "Espera del canal gratuito, en minutos";
            case CMD_STATS -> "Cifras de un vistazo";
            case CMD_BROADCAST -> "Escribir a todos los VIP activos";
            case SYNTAX_TOKEN -> "/token &lt;duración&gt; [usos]";
            case SYNTAX_REVOKE -> "/revoke &lt;invitación o sus primeras letras&gt;";
            case SYNTAX_SUBS -> "/subs [página]";
            case SYNTAX_EXTEND -> "/extend &lt;id de usuario&gt; &lt;duración&gt;";
            case SYNTAX_KICK -> "/kick &lt;id de usuario&gt;";
            case SYNTAX_SETWAIT -> "/setwait &lt;minutos&gt;";
            case SYNTAX_BROADCAST -> "/broadcast &lt;texto&gt;";
            case PLANS_HEADER -> "⭐ Planes VIP, con Telegram Stars. Toca uno para comprarlo:";
            case PLANS_NONE -> "Ahora mismo no hay nada a la venta.";
            case PLANS_ADMIN_LINE -> "#{0} · {1} · {2} ⭐ · {3} · {4} vendidos";
            case TERM_MONTHLY -> "mensual";
            case PLAN_NOT_ON_SALE -> "Ese plan no está a la venta. /plans muestra lo que sí.";
            case INVOICE_ONCE -> "{0} de acceso al canal VIP.";
            case INVOICE_MONTHLY -> "Acceso al canal VIP, renovado cada 30 días hasta que lo canceles con /cancel.";
            case INVOICE_LINK ->
                "⭐ <b>{0}</b>: {1} Stars cada 30 días, hasta que canceles con /cancel. Toca abajo para suscribirte.";
            case PAY_BUTTON -> "Pagar {0} ⭐";
            case CHECKOUT_UNKNOWN -> "Esta factura no es válida. Abre /plans e inténtalo de nuevo.";
            case CHECKOUT_NOT_YOURS -> "Esta factura es de otra persona. Abre /plans para la tuya.";
            case CHECKOUT_PAID -> "Esta factura ya está pagada.";
            case CHECKOUT_STALE -> "Esta factura ha caducado. Abre /plans para una nueva.";
            case CHECKOUT_AMOUNT -> "El precio no coincide. Abre /plans para una factura nueva.";
            case CHECKOUT_RETIRED -> "Este plan ya no está a la venta. Abre /plans para ver lo que hay.";
            case PAID -> "🎉 ¡Pago recibido, gracias! Eres VIP hasta el <b>{0}</b>.";
            case RENEWED -> "🔁 Tu suscripción se ha renovado: eres VIP hasta el <b>{0}</b>.";
            case PAID_AGAIN -> "Este pago ya estaba contado; no hace falta nada más.";
            case PAID_UNMATCHED ->
                "Recibí un pago que no pude asociar a ningún pedido. Un admin lo revisará: /paysupport explica cómo contactarnos.";
            case PAYMENT_REFUNDED -> "Tu pago fue reembolsado y se descontó el tiempo VIP que compró.";
            case ACCESS_BOUGHT -> "🎉 Tu pago se ha completado: eres VIP hasta el <b>{0}</b>.";
            case CANCELED -> "Tu suscripción no se renovará. Sigues siendo VIP hasta el <b>{0}</b>.";
            case CANCEL_NONE -> "No tienes ninguna suscripción mensual que cancelar.";
            case PLANS_HINT -> "🛒 O hazte VIP ahora con Telegram Stars: /plans";
            case PAYSUPPORT_DEFAULT ->
                "¿Necesitas ayuda con un pago? Escribe a los admins del canal. El soporte de Telegram no puede ayudar con compras hechas en este bot. Los reembolsos los hace un admin con /refund.";
            case TERMS_DEFAULT ->
                "Condiciones de venta: un plan da acceso al canal VIP durante el tiempo que indica; un plan mensual se renueva cada 30 días hasta que lo canceles con /cancel, y el acceso dura hasta el final del periodo pagado. Los pagos son en Telegram Stars. Un reembolso descuenta el tiempo que pagó.";
            case PRIVACY_DEFAULT ->
                "Privacidad: el bot guarda tu id de Telegram, nombre, usuario e idioma, tus periodos VIP y tus pagos (importe, fecha, id de cobro de Telegram), solo para gestionar el canal VIP. No se comparte nada con nadie.";
            case PLAN_CREATED -> "El plan #{0} está a la venta: {1} · {2} ⭐ · {3}.";
            case PLAN_RETIRED -> "El plan #{0} ya no está a la venta. El tiempo ya comprado se mantiene.";
            case PLAN_NOT_FOUND -> "No hay ningún plan #{0} a la venta.";
            case PLAN_SYNTAX ->
                "Duraciones: <code>30d</code>, <code>4w</code>… o <code>monthly</code>. Precios: de 1 a 10000 Stars. Títulos: de 1 a 32 caracteres.";
            case REFUND_DONE -> "↩️ Reembolsadas {0} ⭐ al usuario <code>{1}</code>. Es VIP hasta el {2}.";
            case REFUND_DONE_REMOVED ->
                "↩️ Reembolsadas {0} ⭐ al usuario <code>{1}</code>. No le quedaba tiempo, así que salió del canal VIP.";
            case REFUND_UNKNOWN -> "Ningún pago tiene ese id de cobro.";
            case REFUND_ALREADY -> "Ese pago ya estaba reembolsado.";
            case STATS_STARS ->
                "⭐ Stars este mes: {0}, en total: {1}\nUsuarios que pagan: {2}, suscriptores mensuales: {3}, reembolsos: {4}";
            case RECOVERED ->
                "⚠️ Se encontró y concedió un pago cuya actualización se perdió: {0} ⭐ del usuario <code>{1}</code> (cobro <code>{2}</code>), VIP hasta el {3}.";
            case CMD_PLANS -> "Planes VIP para comprar con Stars";
            case CMD_BUY -> "Comprar un plan por su número";
            case CMD_CANCEL -> "Detener tu renovación mensual";
            case CMD_PAYSUPPORT -> "Ayuda con un pago";
            case CMD_TERMS -> "Condiciones de venta";
            case CMD_PRIVACY -> "Política de privacidad";
            case CMD_NEWPLAN -> "Poner un plan a la venta";
            case CMD_ENDPLAN -> "Dejar de vender un plan";
            case CMD_REFUND -> "Reembolsar un pago";
            case SYNTAX_BUY -> "/buy &lt;número de plan&gt;";
            case SYNTAX_NEWPLAN -> "/newplan &lt;duración o monthly&gt; &lt;stars&gt; &lt;título&gt;";
            case SYNTAX_ENDPLAN -> "/endplan &lt;número de plan&gt;";
            case SYNTAX_REFUND -> "/refund &lt;telegram_payment_charge_id&gt;";
            case CMD_ADMIN -> "Abrir el panel de administración";
            case DASHBOARD_LINK ->
                "📊 El panel de administración. Dentro de Telegram, usa el botón de abajo. En un navegador, "
                        + "abre este enlace de un solo uso antes de {1} minutos (funciona una vez):\n{0}";
            case DASHBOARD_OPEN_BUTTON -> "Abrir el panel";
            case DASHBOARD_BROWSER_BUTTON -> "Entrar con un navegador";
            case READMITTED ->
                "✅ Tu renovación llegó justo cuando se acababa tu tiempo, así que sigues siendo VIP "
                        + "hasta el <b>{0}</b>. Si te sacaron del canal, este enlace te devuelve a él.";
            case TURNED_AWAY ->
                "El canal VIP es para suscriptores activos, así que te he sacado de él. Abre un enlace "
                        + "de invitación (o mira /plans) y te enviaré tu propio enlace personal.";
            case REMOVAL_REFUSED ->
                "⚠️ El VIP de {0} (<code>{1}</code>) ha terminado, pero Telegram se niega a "
                        + "sacarlo del canal VIP: {2} Sácalo a mano si no debe quedarse.";
            case REFUSAL_CHAT_OWNER -> "es el propietario del canal.";
            case REFUSAL_CHAT_ADMINISTRATOR -> "es administrador del canal.";
            case REFUSAL_MISSING_RIGHTS ->
                "el bot no tiene permiso para expulsar usuarios allí (hazlo administrador "
                        + "con «Expulsar usuarios»).";
            case REFUSAL_BOT_NOT_IN_CHAT -> "el bot no está en el canal (vuelve a añadirlo como administrador).";
            case KICK_REFUSED ->
                "El VIP de <code>{0}</code> ha terminado, pero Telegram se niega a sacarlo del canal: " + "{1}";
            case KICK_RENEWED ->
                "El usuario <code>{0}</code> acaba de renovar, así que no se ha terminado nada. Envía "
                        + "/kick otra vez para terminar también el tiempo nuevo.";
            case KICK_ADMIN_KEPT ->
                "El VIP de <code>{0}</code> ha terminado; como es administrador, sigue en el canal.";
            case STATS_GATE ->
                "Miembros vistos en el canal VIP: {0} (VIP activos: {1}), expulsados por entrar sin " + "VIP: {2}";
        };
    }
}
