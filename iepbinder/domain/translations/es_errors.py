"""Spanish for the messages of field checks and errors made in domain and services."""

from __future__ import annotations

from iepbinder.domain.translations.es_binder_errors import BINDER_ERRORS
from iepbinder.domain.translations.es_import_errors import IMPORT_ERRORS

# Field checks: each message is shown next to the field it names.
FIELD_CHECKS: dict[str, str] = {
    # Dates and times typed by hand
    "'{text}' is not a real date.": "'{text}' no es una fecha que exista.",
    "'{text}' is not a date. Type it like 3/14/2026, 2026-03-14, 'today' or 'yesterday'.": (
        "'{text}' no es una fecha. Escríbala así: 3/14/2026, 2026-03-14, 'hoy' o 'ayer'."
    ),
    "'{text}' is not a time. Type it like 2:30 pm or 14:30.": (
        "'{text}' no es una hora. Escríbala así: 2:30 pm o 14:30."
    ),
    # Communication log, journal, accommodation checks, concerns
    "Give a topic or a summary, so the entry says what it was about.": (
        "Escriba un tema o un resumen, para que la entrada diga de qué se trató."
    ),
    "The follow-up date is before the date of the contact.": (
        "La fecha del seguimiento es anterior a la fecha del contacto."
    ),
    "Commitment {number} does not say what was promised.": (
        "El compromiso {number} no dice qué se prometió."
    ),
    "Every person needs a name.": "Cada persona necesita un nombre.",
    "{scale} goes from {low} to {high}.": "{scale} va de {low} a {high}.",
    "Choose a mood, stress or school-refusal level, or write a few words.": (
        "Elija un nivel de ánimo, de estrés o de rechazo a la escuela, o escriba unas palabras."
    ),
    "Choose the accommodation you checked.": "Elija la adaptación que revisó.",
    "Give the concern a short title.": "Póngale un título breve a la inquietud.",
    "The date you knew is before the date of the problem.": (
        "La fecha en que se enteró es anterior a la fecha del problema."
    ),
    "Say when the concern was resolved.": "Indique cuándo se resolvió la inquietud.",
    "Give at least 1 school day for a reply.": (
        "Indique al menos 1 día escolar para la respuesta."
    ),
    "Written down {days} days after it happened (more than {limit} hours later), so it is not "
    "a same-time record. Note anything that helped you remember.": (
        "Anotado {days} días después de lo ocurrido (más de {limit} horas después), así que no "
        "es un registro del momento. Anote lo que le ayudó a recordarlo."
    ),
    "Written down {hours} hours after it happened (more than {limit} hours later), so it is "
    "not a same-time record. Note anything that helped you remember.": (
        "Anotado {hours} horas después de lo ocurrido (más de {limit} horas después), así que "
        "no es un registro del momento. Anote lo que le ayudó a recordarlo."
    ),
    # Documents
    "Give the document a title, e.g. 'IEP of March 2026'.": (
        "Póngale un título al documento, p. ej., 'IEP de marzo de 2026'."
    ),
    "Keep the title under 300 characters.": "El título debe tener menos de 300 caracteres.",
    "The date received is before the date on the document.": (
        "La fecha de recepción es anterior a la fecha del documento."
    ),
    "Keep each tag under 40 characters.": "Cada etiqueta debe tener menos de 40 caracteres.",
    "Write the school year like 2026-2027.": "Escriba el año escolar así: 2026-2027.",
    "Keep this under {limit} characters.": "Esto debe tener menos de {limit} caracteres.",
    # Progress: data points, pasted values, reports
    "The value must be a number.": "El valor debe ser un número.",
    "The date is in the future.": "La fecha está en el futuro.",
    "Name the reporting period (for example Quarter 1).": (
        "Indique el período del informe (por ejemplo, Trimestre 1)."
    ),
    "The received date is in the future.": "La fecha de recepción está en el futuro.",
    "Point {number} ({date}): {problem}": "Dato {number} ({date}): {problem}",
    "There are no values to add.": "No hay valores para agregar.",
    "Line {number} (\u201c{line}\u201d): {problem}": (
        "Línea {number} (\u201c{line}\u201d): {problem}"
    ),
    "a value without a date; give a start date or put a date first.": (
        "un valor sin fecha; indique una fecha de inicio o ponga primero una fecha."
    ),
    "the date is blank.": "la fecha está en blanco.",
    "expected a value, or a date and a value.": "se esperaba un valor, o una fecha y un valor.",
    "\u201c{text}\u201d is not a number.": "\u201c{text}\u201d no es un número.",
    "Some goals of this report are no longer in the IEP. Reopen the report.": (
        "Algunas metas de este informe ya no están en el IEP. Vuelva a abrir el informe."
    ),
    # Service sessions, the week, compensatory awards
    "Minutes delivered must be 0 to 600.": "Los minutos prestados deben ser de 0 a 600.",
    "Scheduled minutes must be 0 to 600.": "Los minutos programados deben ser de 0 a 600.",
    "Enter how many minutes were delivered.": "Indique cuántos minutos se prestaron.",
    "Enter how many minutes the session should have had.": (
        "Indique cuántos minutos debía durar la sesión."
    ),
    "A partly delivered session has fewer minutes than scheduled.": (
        "Una sesión dada en parte tiene menos minutos que los programados."
    ),
    "A make-up can only cure a missed session of the same child.": (
        "Una recuperación solo puede compensar una sesión perdida del mismo niño/a."
    ),
    "No plan has the service '{service}' that week.": (
        "Ningún plan tiene el servicio '{service}' esa semana."
    ),
    "{service} has no fixed session days or length, so a week cannot be marked at once. Log "
    "its minutes on the days they happened.": (
        "{service} no tiene días ni duración de sesión fijos, así que no se puede marcar la "
        "semana de una vez. Registre sus minutos en los días en que ocurrieron."
    ),
    "Name the service the award is for.": (
        "Indique el servicio al que corresponde la compensación."
    ),
    "Minutes cannot be negative.": "Los minutos no pueden ser negativos.",
    "Sessions under an award are logged as make-up sessions.": (
        "Las sesiones de una compensación se registran como sesiones de recuperación."
    ),
    # Meetings and deadline clocks
    "Say what the meeting is for, as the notice puts it.": (
        "Indique para qué es la reunión, como lo dice el aviso."
    ),
    "Put each person on a line of their own.": "Ponga a cada persona en su propia línea.",
    "Choose what happened from the list.": "Elija de la lista lo que ocurrió.",
    # School calendar
    "Give the school year a name, like 2026-2027.": (
        "Póngale un nombre al año escolar, como 2026-2027."
    ),
    "The last day of school is before the first day.": (
        "El último día de clases es anterior al primero."
    ),
    "A school year cannot be longer than 13 months.": (
        "Un año escolar no puede durar más de 13 meses."
    ),
    "The event ends before it starts.": "El evento termina antes de empezar.",
    "The event falls outside the school year {year}.": (
        "El evento queda fuera del año escolar {year}."
    ),
    "These dates overlap the school year {year}.": (
        "Estas fechas se superponen con el año escolar {year}."
    ),
    "The calendar file does not say when the school year starts and ends (no 'First day of "
    "school' and 'Last day of school' events). Add the school year by hand first, then import "
    "the file again.": (
        "El archivo de calendario no dice cuándo empieza y termina el año escolar (no tiene los "
        "eventos 'First day of school' y 'Last day of school'). Agregue primero el año escolar "
        "a mano y luego vuelva a importar el archivo."
    ),
    "The school calendar has no school days in the next ten years.": (
        "El calendario escolar no tiene días de clases en los próximos diez años."
    ),
    # Plans and letters
    "The amendment starts after the plan it amends ends.": (
        "La enmienda empieza después de que termina el plan que modifica."
    ),
    "Choose one of the letter templates.": "Elija uno de los modelos de carta.",
    # Binder rules (Preferences)
    "Choose yes or no.": "Elija sí o no.",
    "Choose one of the listed options.": "Elija una de las opciones de la lista.",
    "Give at least one phrase.": "Escriba al menos una frase.",
    "Give at least one number.": "Escriba al menos un número.",
    "Enter a number.": "Escriba un número.",
    "Enter a whole number.": "Escriba un número entero.",
    "Enter a number from {low} to {high}.": "Escriba un número de {low} a {high}.",
    "This is not a rule of the binder.": "Esta no es una regla de la carpeta.",
}

# Errors of a whole action: the binder, the children, copies and backups.
ACTION_ERRORS: dict[str, str] = {
    "This binder holds several children ({names}); say which with --child NAME.": (
        "Esta carpeta tiene varios niños ({names}); indique cuál con --child NOMBRE."
    ),
    "This binder holds no child yet. Add a child first.": (
        "Esta carpeta todavía no tiene ningún niño/a. Agregue primero a un niño/a."
    ),
    "none": "ninguno",
    "No single child matches '{name}'. Children in this binder: {names}.": (
        "No hay un único niño/a que coincida con '{name}'. Niños en esta carpeta: {names}."
    ),
    "This binder already holds your own records, so no demo was added to it. Run the demo "
    "with a new folder (--binder NEW_FOLDER) or without --binder.": (
        "Esta carpeta ya tiene sus propios registros, así que no se le agregó la demostración. "
        "Abra la demostración con una carpeta nueva (--binder CARPETA_NUEVA) o sin --binder."
    ),
    "This binder is on a server; its backups are the server's job.": (
        "Esta carpeta está en un servidor; sus copias de seguridad son tarea del servidor."
    ),
    "The copy at {target} does not match the binder at {source}, so the transfer is not "
    "trustworthy. The original is unchanged; remove the copy and try again.": (
        "La copia en {target} no coincide con la carpeta en {source}, así que no se puede "
        "confiar en el traslado. El original no cambió; elimine la copia e inténtelo de nuevo."
    ),
    "{name} has no content.": "{name} no tiene contenido.",
    "The original {digest}\u2026 changed while it was copied.": (
        "El original {digest}\u2026 cambió mientras se copiaba."
    ),
    # Help > Check binder: what was checked and what is wrong
    "SQLite integrity check": "Revisión de integridad de SQLite",
    "links between records (foreign keys)": "vínculos entre registros (claves externas)",
    "schema revision": "revisión del esquema",
    "history chain": "cadena del historial",
    "binder folders": "subcarpetas de la carpeta",
    "original documents (present, fingerprints match)": (
        "documentos originales (presentes, con huellas digitales que coinciden)"
    ),
    "Database damage: {detail}": "Daño en la base de datos: {detail}",
    "Record {record} in {table} points to a missing {target} record.": (
        "El registro {record} de {table} remite a un registro de {target} que falta."
    ),
    "Schema revision is {revision}, expected {expected}.": (
        "La revisión del esquema es {revision}; se esperaba {expected}."
    ),
    "The history was altered: record {record} does not match its hash ({reason}). Restore a "
    "backup made before the change.": (
        "El historial fue alterado: el registro {record} no coincide con su huella ({reason}). "
        "Restaure una copia de seguridad hecha antes del cambio."
    ),
    "The binder's {name} folder is missing.": "Falta la subcarpeta {name} de la carpeta.",
    "document #{number} ({title})": "el documento n.º {number} ({title})",
    "a picture in document #{number} ({title})": (
        "una imagen del documento n.º {number} ({title})"
    ),
    "The original of {label} is missing ({digest}\u2026). Restore a backup that has it.": (
        "Falta el original de {label} ({digest}\u2026). Restaure una copia de seguridad que lo "
        "tenga."
    ),
    "The original of {label} was changed after it was filed (its fingerprint no longer "
    "matches {digest}\u2026). Restore a backup that has it.": (
        "El original de {label} se modificó después de archivarlo (su huella digital ya no "
        "coincide con {digest}\u2026). Restaure una copia de seguridad que lo tenga."
    ),
    "\u2026 and {count} more.": "\u2026 y {count} más.",
    # What an error is about (see also es_checks.ERRORS)
    "IEP": "IEP",
    # The kinds of plan (a plan's label: 'Annual IEP – its own title, 2026-03-10')
    "Initial IEP": "IEP inicial",
    "Annual IEP": "IEP anual",
    "Amendment": "Enmienda",
    "Re-evaluation IEP": "IEP de reevaluación",
    "Interim IEP": "IEP provisional",
}

ERROR_MESSAGES: dict[str, str] = {**FIELD_CHECKS, **ACTION_ERRORS, **IMPORT_ERRORS, **BINDER_ERRORS}
