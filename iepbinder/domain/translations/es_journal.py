"""Spanish for the journal, the concerns, email follow-ups and the reading of service amounts."""

from __future__ import annotations

# The home journal (domain/journal.py): scales, their words, and the 'not provided' count.
JOURNAL: dict[str, str] = {
    "Mood": "Ánimo",
    "Stress": "Estrés",
    "School refusal": "Rechazo a la escuela",
    "Very low": "Muy bajo",
    "Low": "Bajo",
    "Okay": "Regular",
    "Good": "Bueno",
    "Very good": "Muy bueno",
    "Calm": "Tranquilo",
    "A little": "Un poco",
    "Some": "Algo",
    "High": "Alto",
    "Very high": "Muy alto",
    "None": "Ninguno",
    "Reluctant": "Con desgano",
    "Strong refusal": "Rechazo fuerte",
    "Did not go": "No fue",
    "none": "ninguna",
    "Not provided on {missed} of {checked} checked days. Dates not provided: {dates}. "
    "Counted from your accommodation checks.": (
        "No se dio en {missed} de {checked} días revisados. Fechas en que no se dio: {dates}. "
        "Contado a partir de sus revisiones de adaptaciones."
    ),
}

# Concerns (domain/concerns.py, domain/concern_windows.py, services/concerns.py).
CONCERNS: dict[str, str] = {
    "Teacher or case manager": "Maestro o coordinador del caso",
    "Special-education coordinator": "Coordinador de educación especial",
    "Administration (principal or district office)": (
        "Administración (director o la oficina del distrito)"
    ),
    "State complaint (to the state education agency)": (
        "Queja estatal (ante la agencia estatal de educación)"
    ),
    "Mediation or due process hearing": "Mediación o audiencia de debido proceso",
    "possible deadline, verify": "posible fecha límite, verifique",
    "State complaint": "Queja estatal",
    "date of the problem": "fecha del problema",
    "The state education agency must receive the complaint by this date. Some states allow "
    "longer; check your state's procedural-safeguards notice.": (
        "La agencia estatal de educación debe recibir la queja a más tardar en esta fecha. "
        "Algunos estados permiten más tiempo; consulte el aviso de garantías procesales de su "
        "estado."
    ),
    "Due process hearing request": "Solicitud de audiencia de debido proceso",
    "date you knew or should have known": "fecha en que usted supo o debió saber",
    "Unless state law sets a different limit. The limit may not apply if the district said the "
    "problem was fixed when it was not, or withheld required information (for example, no "
    "prior written notice).": (
        "Salvo que la ley estatal fije otro límite. Es posible que el límite no se aplique si el "
        "distrito dijo que el problema estaba resuelto cuando no lo estaba, o si no dio "
        "información obligatoria (por ejemplo, no envió un aviso previo por escrito)."
    ),
    "{trigger} {day} + {years} year = {last}": "{trigger} {day} + {years} año = {last}",
    "{trigger} {day} + {years} years = {last}": "{trigger} {day} + {years} años = {last}",
    "{subject} ({status})": "{subject} ({status})",
    "draft": "borrador",
    "sent": "enviada",
}

# Follow-ups suggested from an email's own words (domain/email_followup.py).
EMAIL_FOLLOW_UP: dict[str, str] = {
    "the email asks a question": "el correo hace una pregunta",
    "the email names a date": "el correo menciona una fecha",
}

# What the reading of a written service amount says it was unsure of (domain/frequency.py).
FREQUENCY: dict[str, str] = {
    "day": "día",
    "week": "semana",
    "cycle": "ciclo",
    "month": "mes",
    "quarter": "trimestre",
    "trimester": "trimestre escolar",
    "semester": "semestre",
    "school year": "año escolar",
    "year": "año",
    "session count": "número de sesiones",
    "total": "total",
    "'Biweekly' can mean twice a week or every two weeks: ask the team which.": (
        "'Biweekly' (quincenal) puede significar dos veces por semana o cada dos semanas: "
        "pregunte al equipo cuál de las dos."
    ),
    "More than one period found ({names}): check the IEP page.": (
        "Se encontró más de un periodo ({names}): revise la página del IEP."
    ),
    "Took {n} as the number of sessions.": "Se tomó {n} como número de sesiones.",
    "Both direct and consultation are mentioned: check the IEP page.": (
        "Se mencionan tanto el servicio directo como la consulta: revise la página del IEP."
    ),
    "The IEP states a total of {stated} minutes, but {count} x {minutes} = {total}; the "
    "product was kept. Check the IEP page.": (
        "El IEP indica un total de {stated} minutos, pero {count} x {minutes} = {total}; se "
        "mantuvo el producto. Revise la página del IEP."
    ),
    "Took {n} as minutes per session because no unit was written.": (
        "Se tomó {n} como minutos por sesión porque no se escribió la unidad."
    ),
    "More than one {role} found; the first was used. Check the IEP page.": (
        "Se encontró más de un dato de este tipo ({role}); se usó el primero. Revise la página "
        "del IEP."
    ),
    "Ignored the number {shown}: check the IEP page.": (
        "Se ignoró el número {shown}: revise la página del IEP."
    ),
    "The commitment is unclear ('{phrase}'): ask the team for set minutes and a period.": (
        "El compromiso no está claro ('{phrase}'): pida al equipo minutos fijos y un periodo."
    ),
    "No amount found: check the IEP page.": (
        "No se encontró ninguna cantidad: revise la página del IEP."
    ),
    "No period found: check the IEP page.": "No se encontró el periodo: revise la página del IEP.",
    "Length of the cycle not found: check the IEP page.": (
        "No se encontró la duración del ciclo: revise la página del IEP."
    ),
    "Minutes per session not found: check the IEP page.": (
        "No se encontraron los minutos por sesión: revise la página del IEP."
    ),
    "Number of sessions not found: check the IEP page.": (
        "No se encontró el número de sesiones: revise la página del IEP."
    ),
}

JOURNAL_AND_CONCERNS: dict[str, str] = {**JOURNAL, **CONCERNS, **EMAIL_FOLLOW_UP, **FREQUENCY}
