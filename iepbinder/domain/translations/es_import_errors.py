"""Spanish for the messages of imports: each file's outcome and why a file was not read."""

from __future__ import annotations

# Documents and emails dropped in the binder: one message per file.
DOCUMENT_IMPORT: dict[str, str] = {
    "Not imported: cancelled.": "No se importó: se canceló.",
    "{file} could not be read: {reason}.": "No se pudo leer {file}: {reason}.",
    "{file} could not be read; it may be damaged. Save or download it again, then add it.": (
        "No se pudo leer {file}; puede que esté dañado. Guárdelo o descárguelo de nuevo y "
        "luego agréguelo."
    ),
    "{file} could not be saved ({reason}). Nothing of it was kept; {what_to_do}": (
        "No se pudo guardar {file} ({reason}). No se conservó nada de él; {what_to_do}"
    ),
    "{file} could not be saved ({reason}); nothing of it was kept.": (
        "No se pudo guardar {file} ({reason}); no se conservó nada de él."
    ),
    "the computer could not write it: {reason}": "la computadora no pudo escribirlo: {reason}",
    "the binder could not store it": "la carpeta no pudo guardarlo",
    "free some disk space, then add it again.": (
        "libere espacio en el disco y luego vuelva a agregarlo."
    ),
    "add it again; if it fails again, use Help > Check binder.": (
        "vuelva a agregarlo; si falla otra vez, use Ayuda > Revisar la carpeta."
    ),
    "Filed as document #{number}.": "Archivado como documento n.º {number}.",
    "Filed as document #{number} with {count} attachment(s).": (
        "Archivado como documento n.º {number} con {count} archivo(s) adjunto(s)."
    ),
    "Filed as email #{number}.": "Archivado como correo n.º {number}.",
    "Filed as email #{number} and logged.": (
        "Archivado como correo n.º {number} y anotado en el registro de comunicación."
    ),
    "Filed as email #{number} with {count} attachment(s).": (
        "Archivado como correo n.º {number} con {count} archivo(s) adjunto(s)."
    ),
    "Filed as email #{number} with {count} attachment(s) and logged.": (
        "Archivado como correo n.º {number} con {count} archivo(s) adjunto(s) y anotado en el "
        "registro de comunicación."
    ),
    "the same file": "el mismo archivo",
    "the same email (same Message-ID)": "el mismo correo (mismo Message-ID)",
    "Already in the binder: {reason} is document #{number}; not added again.": (
        "Ya está en la carpeta: {reason} es el documento n.º {number}; no se agregó otra vez."
    ),
    "{file} is empty (0 bytes), so there is nothing to keep.": (
        "{file} está vacío (0 bytes), así que no hay nada que guardar."
    ),
    "{file} is {size}; the binder keeps files up to {limit}. Make it smaller (for a scan, a "
    "lower resolution) or split it, then add it again.": (
        "{file} ocupa {size}; la carpeta guarda archivos de hasta {limit}. Hágalo más pequeño "
        "(si es un escaneo, con menos resolución) o divídalo, y luego vuelva a agregarlo."
    ),
    "{file} is a program, not a document, so it is not kept in the binder.": (
        "{file} es un programa, no un documento, así que no se guarda en la carpeta."
    ),
    "{file} is named like a calendar file but holds no event that can be read.": (
        "{file} tiene nombre de archivo de calendario, pero no contiene ningún evento que se "
        "pueda leer."
    ),
    "{source} is named like a PDF but is not one (it does not begin with %PDF). Save or "
    "download it again.": (
        "{source} tiene nombre de PDF pero no lo es (no empieza con %PDF). Guárdelo o "
        "descárguelo de nuevo."
    ),
    "{source} is {size} MB, more than an email can be (50 MB). Save its attachments and add "
    "them on their own.": (
        "{source} ocupa {size} MB, más de lo que puede ocupar un correo (50 MB). Guarde sus "
        "archivos adjuntos y agréguelos por separado."
    ),
    "{source} is not an email: it does not start with mail headers such as From: or Subject:. "
    "Save the email again from the mail program (as .eml).": (
        "{source} no es un correo: no empieza con encabezados de correo como From: o Subject:. "
        "Vuelva a guardar el correo desde el programa de correo (como .eml)."
    ),
    "{source} could not be read as an email.": "No se pudo leer {source} como correo.",
    "{source} is not an Outlook message (.msg): its first bytes are not those of one. Save the "
    "email again from Outlook, or as .eml from another mail program.": (
        "{source} no es un mensaje de Outlook (.msg): sus primeros bytes no son los de un "
        "mensaje. Vuelva a guardar el correo desde Outlook, o como .eml desde otro programa "
        "de correo."
    ),
    "{source} could not be opened as an Outlook message ({detail}); it may be damaged. Save it "
    "again from Outlook.": (
        "No se pudo abrir {source} como mensaje de Outlook ({detail}); puede que esté dañado. "
        "Vuelva a guardarlo desde Outlook."
    ),
}

# Progress reports, calendars and the school's service log.
OTHER_IMPORTS: dict[str, str] = {
    "{source} is larger than 100 MB, too large for a progress report.": (
        "{source} ocupa más de 100 MB, demasiado para un informe de progreso."
    ),
    "{source} is not a PDF file. Drop the report's PDF, or paste its text.": (
        "{source} no es un archivo PDF. Suelte el PDF del informe o pegue su texto."
    ),
    "{source} is protected by a password, so its text cannot be read. Open it in a PDF viewer "
    "with the password and copy the text in, or type the report's words.": (
        "{source} está protegido con contraseña, así que no se puede leer su texto. Ábralo en "
        "un visor de PDF con la contraseña y copie el texto aquí, o escriba las palabras del "
        "informe."
    ),
    "{source} could not be read as a PDF (it may be damaged). Paste the report's text instead.": (
        "No se pudo leer {source} como PDF (puede que esté dañado). Pegue el texto del informe "
        "en su lugar."
    ),
    "{source} has no text layer (it is probably a scan), so there is no text to take. Type the "
    "report's words, or paste them from a copy that has text.": (
        "{source} no tiene capa de texto (probablemente es un escaneo), así que no hay texto que "
        "tomar. Escriba las palabras del informe o péguelas de una copia que tenga texto."
    ),
    "The file is larger than {size} MB, too large for a school calendar. Export only the "
    "school year you need.": (
        "El archivo ocupa más de {size} MB, demasiado para un calendario escolar. Exporte solo "
        "el año escolar que necesita."
    ),
    "(an event without a date)": "(un evento sin fecha)",
    "This file is not a calendar (.ics) that can be read ({detail}). Export the district "
    "calendar again as an .ics file.": (
        "Este archivo no es un calendario (.ics) que se pueda leer ({detail}). Vuelva a "
        "exportar el calendario del distrito como archivo .ics."
    ),
    "The file is larger than {size} MB, too large for a service log. Export a shorter date "
    "range from the school's system.": (
        "El archivo ocupa más de {size} MB, demasiado para un registro de servicios. Exporte un "
        "intervalo de fechas más corto desde el sistema de la escuela."
    ),
    "The file is empty.": "El archivo está vacío.",
    "The file could not be read as a table ({detail}). Open it in a spreadsheet and save it "
    "again as CSV.": (
        "No se pudo leer el archivo como tabla ({detail}). Ábralo en una hoja de cálculo y "
        "vuelva a guardarlo como CSV."
    ),
    "The first row should name the columns (Date, Service, Status...).": (
        "La primera fila debe nombrar las columnas (Date, Service, Status...)."
    ),
    "Choose a column for: {fields}.": "Elija una columna para: {fields}.",
    "The file has no column named {columns}.": (
        "El archivo no tiene ninguna columna llamada {columns}."
    ),
    "date": "fecha",
    "status": "estado",
    "minutes": "minutos",
    "scheduled minutes": "minutos programados",
    "Row {number}: {problem}": "Fila {number}: {problem}",
    "the {what} '{text}' is not a number of minutes.": (
        "el valor de {what} '{text}' no es un número de minutos."
    ),
    "'{text}' is not a date like the others in the file.": (
        "'{text}' no es una fecha como las demás del archivo."
    ),
    "the date is empty.": "la fecha está vacía.",
    "the service is empty.": "el servicio está vacío.",
    "the status '{text}' is not one we know (delivered, missed, partial, make-up, cancelled).": (
        "el estado '{text}' no es uno de los que conocemos (delivered, missed, partial, "
        "make-up, cancelled)."
    ),
    "none yet": "ninguno todavía",
    "Row {number}: the service '{service}' matches none of the child's services ({names}).": (
        "Fila {number}: el servicio '{service}' no coincide con ninguno de los servicios del "
        "niño/a ({names})."
    ),
}

# A whole-binder file (JSON) that cannot be imported.
BINDER_FILE: dict[str, str] = {
    "This binder already holds data, so the file was not imported (nothing was changed). "
    "Import a binder file into a new, empty binder instead.": (
        "Esta carpeta ya tiene datos, así que el archivo no se importó (no se cambió nada). "
        "Importe el archivo de carpeta en una carpeta nueva y vacía."
    ),
    "{source} is larger than 512 MB, too large for a binder file.": (
        "{source} ocupa más de 512 MB, demasiado para un archivo de carpeta."
    ),
    "{source} is not UTF-8 text, so it is not a binder file.": (
        "{source} no es texto UTF-8, así que no es un archivo de carpeta."
    ),
    "{source} is not valid JSON (line {line}, column {column}: {detail}).": (
        "{source} no es un JSON válido (línea {line}, columna {column}: {detail})."
    ),
    '{source} is not an IEP Binder file: it lacks "format": "{format}".': (
        '{source} no es un archivo de IEP Binder: le falta "format": "{format}".'
    ),
    '{source} has no whole-number "format_version".': (
        '{source} no tiene un "format_version" que sea un número entero.'
    ),
    "{source} is binder file format version {version}, a newer version; this program reads "
    "version {known}. Update IEP Binder to import it.": (
        "{source} es un archivo de carpeta de la versión {version}, una versión más nueva; "
        "este programa lee la versión {known}. Actualice IEP Binder para importarlo."
    ),
    "{source} is binder file format version {version}, an unknown older version; this "
    "program reads version {known}. Update IEP Binder to import it.": (
        "{source} es un archivo de carpeta de la versión {version}, una versión anterior "
        "desconocida; este programa lee la versión {known}. Actualice IEP Binder para "
        "importarlo."
    ),
    '{source} has no "tables" object.': '{source} no tiene un objeto "tables".',
    '{source}: table "{table}" must be a list of objects.': (
        '{source}: la tabla "{table}" debe ser una lista de objetos.'
    ),
    "{source} has table(s) this program does not know: {tables}.": (
        "{source} tiene tabla(s) que este programa no conoce: {tables}."
    ),
    "{source} has records that do not fit together (for example a record pointing at one "
    "that is not in the file: {detail}). Nothing was imported.": (
        "{source} tiene registros que no encajan entre sí (por ejemplo, un registro que remite "
        "a otro que no está en el archivo: {detail}). No se importó nada."
    ),
    'table "{table}", row {row}, field "{field}": expected {expected}, got {value}.': (
        'tabla "{table}", fila {row}, campo "{field}": se esperaba {expected}, pero hay {value}.'
    ),
    'table "{table}", row {row}: {problem}.': 'tabla "{table}", fila {row}: {problem}.',
    "unknown field(s) {fields}": "campo(s) desconocido(s) {fields}",
    "missing field(s) {fields}": "falta(n) el/los campo(s) {fields}",
    "a value (it may not be empty)": "un valor (no puede estar vacío)",
    "one of {values}": "uno de estos: {values}",
    "true or false": "true o false",
    "a whole number": "un número entero",
    "a number": "un número",
    "a date and time with its UTC offset": "una fecha y hora con su diferencia respecto a UTC",
    "a date like 2026-03-14": "una fecha como 2026-03-14",
    "a time like 15:30:00": "una hora como 15:30:00",
    "text": "texto",
    "text of at most {length} characters": "un texto de {length} caracteres como máximo",
    "a supported value": "un valor admitido",
}

IMPORT_ERRORS: dict[str, str] = {**DOCUMENT_IMPORT, **OTHER_IMPORTS, **BINDER_FILE}
