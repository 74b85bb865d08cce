"""Spanish for the pieces letters are filled with: the ledger lines, gaps, log sentences."""

from __future__ import annotations

LETTER_PIECES: dict[str, str] = {
    "- No missed sessions are recorded for these dates.": (
        "- No hay sesiones perdidas registradas en estas fechas."
    ),
    "- {service}: {required} minutes required, {delivered} delivered, {missed} missed.": (
        "- {service}: {required} minutos exigidos, {delivered} prestados, {missed} no prestados."
    ),
    "[fill in: {label}]": "[completar: {label}]",
    "Not in the binder yet: {label}. Fill it in where the letter says [fill in: {label}].": (
        "Todavía no está en la carpeta: {label}. Complételo donde la carta dice "
        "[completar: {label}]."
    ),
    " No session on {dates}.": " Sin sesión el {dates}.",
    " Partly delivered on {dates}.": " Prestado en parte el {dates}.",
    " Make-up time (district view): {minutes} minutes.": (
        " Tiempo de recuperación (criterio del distrito): {minutes} minutos."
    ),
    " Make-up time (advocate view): {minutes} minutes.": (
        " Tiempo de recuperación (criterio de la defensa): {minutes} minutos."
    ),
    "In it, I asked:": "En él, pedí:",
    "The next IEP meeting is due by {date}.": (
        "La próxima reunión del IEP debe celebrarse a más tardar el {date}."
    ),
    "Items refused or left for later (for any refusal, please send prior written notice):": (
        "Puntos rechazados o aplazados (para cualquier rechazo, le ruego que me envíe un aviso "
        "previo por escrito):"
    ),
    " (page {page})": " (página {page})",
    "Goal": "Meta",
    "by email": "por correo electrónico",
    "on paper": "en papel",
    " Reply requested by {date}.": " Se pidió respuesta a más tardar el {date}.",
    'Sent the letter "{title}" {via}.': 'Se envió la carta "{title}" {via}.',
    "[fill in for each service: minutes required, minutes delivered, minutes missed, the dates "
    "with no session and the dates with a partial session]": (
        "[completar para cada servicio: minutos exigidos, minutos prestados, minutos no "
        "prestados, las fechas sin sesión y las fechas con una sesión parcial]"
    ),
    "The service ledger is not in this binder yet, so the table of services is left for you to "
    "fill in: for each service, the minutes required, delivered and missed, and the dates with "
    "no session or a partial one.": (
        "El registro de servicios todavía no está en esta carpeta, así que la tabla de "
        "servicios queda para que usted la complete: para cada servicio, los minutos exigidos, "
        "prestados y no prestados, y las fechas sin sesión o con una sesión parcial."
    ),
    # Languages a prior written notice may be asked in (the child's primary language).
    "Spanish": "español",
    "English": "inglés",
    "Portuguese": "portugués",
    "French": "francés",
    "Chinese": "chino",
    "Vietnamese": "vietnamita",
    "Arabic": "árabe",
    "Haitian Creole": "criollo haitiano",
    "Korean": "coreano",
    "Russian": "ruso",
    "Tagalog": "tagalo",
}

# Tone hints on a draft (DOMAIN.md 6: facts, a calm tone, no blame).
TONE: dict[str, str] = {
    "a list of dates is stronger than '{word}'": ('una lista de fechas convence más que "{word}"'),
    "describe what happened instead of judging the person": (
        "describa lo que ocurrió en lugar de juzgar a la persona"
    ),
    "say what did not help and what you ask for instead": (
        "diga qué no ayudó y qué pide en su lugar"
    ),
    "state the fact and your request; the reader will judge": (
        "exponga el hecho y su petición; quien lea sacará sus conclusiones"
    ),
    "write what you were told and when, in quotation marks if you can": (
        "escriba lo que le dijeron y cuándo, entre comillas si puede"
    ),
    "focus on what your child needs next": "céntrese en lo que su hijo/a necesita ahora",
    "name the service and the dates it was missed instead": (
        "mejor nombre el servicio y las fechas en que no se prestó"
    ),
    "ask for prior written notice of the refusal instead": (
        "mejor pida un aviso previo por escrito (PWN) sobre el rechazo"
    ),
    '"{word}" is in capitals, which reads as shouting; ordinary letters are calmer and just '
    "as clear.": (
        '"{word}" está en mayúsculas, lo que se lee como un grito; las letras normales son más '
        "serenas e igual de claras."
    ),
    '"{word}" can read as an accusation: {advice}.': (
        '"{word}" puede leerse como una acusación: {advice}.'
    ),
    '"{phrase}" can read as blame: {advice}.': (
        '"{phrase}" puede leerse como un reproche: {advice}.'
    ),
    "An exclamation mark can sound angry in a letter; a full stop keeps it calm.": (
        "Un signo de exclamación puede sonar enfadado en una carta; un punto lo mantiene sereno."
    ),
}
LETTER_PIECES.update(TONE)

LETTER_PIECES.update(
    {
        "1 school day": "1 día escolar",
        "1 day": "1 día",
        "{count} days": "{count} días",
        ", and before the next meeting": ", y antes de la próxima reunión",
    }
)
