"""Spanish for the Today list, service amounts and compensatory awards."""

from __future__ import annotations

TODAY: dict[str, str] = {
    # Service amounts
    "per day": "por día",
    "per week": "por semana",
    "per {days}-day cycle": "por ciclo de {days} días",
    "per month": "por mes",
    "per quarter": "por trimestre",
    "per trimester": "por trimestre escolar",
    "per semester": "por semestre",
    "per school year": "por año escolar",
    "per IEP year": "por año del IEP",
    "per ?": "por ?",
    "no amount stated": "cantidad no indicada",
    "1 session {per}, minutes not stated": "1 sesión {per}, minutos no indicados",
    "{count} sessions {per}, minutes not stated": "{count} sesiones {per}, minutos no indicados",
    "{minutes} min a session {per}, number of sessions not stated": (
        "{minutes} min por sesión {per}, número de sesiones no indicado"
    ),
    # Compensatory awards
    "IEP team": "Equipo del IEP",
    "Settlement": "Acuerdo",
    "State complaint decision": "Resolución de una queja estatal",
    "Due process hearing": "Audiencia de debido proceso",
    "Court": "Tribunal",
    "{service}: {minutes} min agreed ({source}{decided}); {delivered} delivered, {remaining} "
    "to go{due}.": (
        "{service}: {minutes} min acordados ({source}{decided}); {delivered} prestados, faltan "
        "{remaining}{due}."
    ),
    " on {date}": " el {date}",
    "; to be delivered by {date}": "; a prestar antes del {date}",
    "How many minutes or hours, of what service?": "¿Cuántos minutos u horas, y de qué servicio?",
    "Who provides it (school staff or an outside provider)?": (
        "¿Quién lo presta (personal de la escuela o un profesional externo)?"
    ),
    "By when must it be delivered?": "¿Para cuándo debe prestarse?",
    "Where and when (during school, after school, summer)?": (
        "¿Dónde y cuándo (en horario escolar, después de clases, en verano)?"
    ),
    " Still to settle in writing: ": " Falta dejar por escrito: ",
    # Alert tiers and Today levels
    "Info": "Información",
    "Watch": "Vigilar",
    "Action": "Actuar",
    "Escalate": "Escalar",
    "possible deadline, verify": "posible fecha límite, verifique",
    "{title}: {date} ({when}; {label})": "{title}: {date} ({when}; {label})",
    "passed": "ya pasó",
    "today": "hoy",
    "in {days} days": "en {days} días",
    "All caught up. Next check-in: {date}.": "Todo al día. Próxima revisión: {date}.",
    "Your quarterly check-in (about 10 minutes)": "Su revisión trimestral (unos 10 minutos)",
    "Your monthly check-in (about 10 minutes)": "Su revisión mensual (unos 10 minutos)",
    "Look over the goals' graphs and the service ledger: is the data coming in, are sessions "
    "happening? Mark it done when you have looked.": (
        "Revise las gráficas de las metas y el registro de servicios: ¿llegan los datos?, ¿se "
        "dan las sesiones? Márquela como hecha cuando la haya revisado."
    ),
    # Today items
    "Ask the school to schedule the annual review meeting (by {date})": (
        "Pida a la escuela que programe la reunión de revisión anual (antes del {date})"
    ),
    "Booking 3 to 4 weeks before the due date leaves room for one reschedule without missing it.": (
        "Programarla 3 o 4 semanas antes de la fecha límite deja margen para un cambio de fecha "
        "sin pasarse."
    ),
    " at {time}": " a las {time}",
    "Meeting {date}{time}{where}": "Reunión el {date}{time}{where}",
    "Ask for the draft IEP, new evaluations and recent data before the meeting": (
        "Pida el borrador del IEP, las evaluaciones nuevas y los datos recientes antes de la "
        "reunión"
    ),
    "Ask in writing so the school has time to send them (DOMAIN.md 5.5).": (
        "Pídalo por escrito para que la escuela tenga tiempo de enviarlos (DOMAIN.md 5.5)."
    ),
    "Decide who comes with you, and whether you will record the meeting": (
        "Decida quién lo/la acompaña y si va a grabar la reunión"
    ),
    "Some states want written notice before recording (California: 24 hours).": (
        "Algunos estados exigen un aviso por escrito antes de grabar (California: 24 horas)."
    ),
    "Prepare the meeting packet and your concerns letter": (
        "Prepare el paquete para la reunión y su carta de inquietudes"
    ),
    "Today tab: Prepare meeting packet... puts everything in one PDF.": (
        "Pestaña Hoy: Preparar paquete para la reunión... reúne todo en un PDF."
    ),
    "{count} thing(s) to ask about in the {period} progress report": (
        "{count} punto(s) para preguntar en el informe de progreso de {period}"
    ),
    "Checks {rules}: {message} {next_step}": "Revisiones {rules}: {message} {next_step}",
    "{goal}: the data is not on track for the goal": (
        "{goal}: los datos no van en camino para la meta"
    ),
    "{goal} is on track": "{goal} va en camino",
    "{service}: every session accounted for in {month}, none missed for school reasons": (
        "{service}: todas las sesiones registradas en {month}, ninguna perdida por motivos de "
        "la escuela"
    ),
    " (expected by {date})": " (se esperaba para el {date})",
    "No reply yet: {topic}": "Todavía sin respuesta: {topic}",
    "Follow-up overdue: {topic}": "Seguimiento vencido: {topic}",
    "From the log entry of {date} with {who}{when}. A short, friendly follow-up in writing "
    "keeps the record complete.": (
        "De la entrada del registro del {date} con {who}{when}. Un seguimiento breve y cordial "
        "por escrito mantiene el registro completo."
    ),
    "the school": "la escuela",
    "{who} promised: {what}{by}": "{who} prometió: {what}{by}",
    "Someone": "Alguien",
    "Promised at \u201c{topic}\u201d on {date}.": "Prometido en \u201c{topic}\u201d el {date}.",
    "The date has passed: ask, in writing, where it stands.": (
        "La fecha ya pasó: pregunte por escrito en qué situación está."
    ),
    "Mark it done in the log when it happens.": "Márquelo como hecho en el registro cuando ocurra.",
}
