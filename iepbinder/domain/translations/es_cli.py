"""Spanish for what the command line says (iepbinder/cli); JSON field names stay English."""

from __future__ import annotations

# The binder as a whole: demo, import, check, whole-binder exports, backups and copies.
BINDER: dict[str, str] = {
    "Created demo binder at {where}": "Se creó la carpeta de demostración en {where}",
    "Using the existing demo binder at {where}": (
        "Se usa la carpeta de demostración que ya existe en {where}"
    ),
    "{failed} of {count} file(s) could not be imported:": (
        "No se pudieron importar {failed} de {count} archivo(s):"
    ),
    "Removed {n} stored original(s) that no document used.": (
        "Se eliminaron {n} original(es) guardado(s) que ningún documento usaba."
    ),
    "{n} stored original(s) are not used by any document (an import was stopped half-way); "
    "they harm nothing. `iepbinder check --remove-unused` deletes them.": (
        "{n} original(es) guardado(s) no los usa ningún documento (una importación se detuvo "
        "a medias); no causan ningún daño. `iepbinder check --remove-unused` los elimina."
    ),
    "The binder is sound. Checked: {checks}.": (
        "La carpeta está en buen estado. Revisado: {checks}."
    ),
    "The binder has problems:": "La carpeta tiene problemas:",
    "Wrote the whole binder to {target}.": "Se guardó toda la carpeta en {target}.",
    "Wrote the whole binder of {child} to {target} ({pages} pages).": (
        "Se guardó toda la carpeta de {child} en {target} ({pages} páginas)."
    ),
    "the chain of hashes is intact: no record was changed afterwards": (
        "la cadena de huellas (hashes) está intacta: ningún registro se modificó después"
    ),
    "WARNING: record {record} breaks the chain ({reason})": (
        "ATENCIÓN: el registro {record} rompe la cadena ({reason})"
    ),
    "Wrote {n} recorded changes to {target}; {state}.": (
        "Se guardaron {n} cambios registrados en {target}; {state}."
    ),
    "Backed up the binder to {target} (the database and {n} original document(s)).": (
        "Se hizo una copia de seguridad de la carpeta en {target} (la base de datos y {n} "
        "documento(s) original(es))."
    ),
    "Restored into {target}, but the check found problems: {problems}": (
        "Se restauró en {target}, pero la revisión encontró problemas: {problems}"
    ),
    "Restored the backup into {target} ({n} original document(s)); every file matched its "
    "checksum and the binder is sound.": (
        "Se restauró la copia de seguridad en {target} ({n} documento(s) original(es)); todos "
        "los archivos coinciden con su suma de verificación y la carpeta está en buen estado."
    ),
    "Copied the binder from {source} to {target}; both export to the same {size} bytes "
    "(SHA-256 {sha}...); {n} original document(s) copied and verified by their fingerprints.": (
        "Se copió la carpeta de {source} a {target}; las dos se exportan a los mismos {size} "
        "bytes (SHA-256 {sha}...); {n} documento(s) original(es) copiado(s) y verificado(s) "
        "por sus huellas digitales."
    ),
}

# PDF pages and reports of one child.
REPORTS: dict[str, str] = {
    "Wrote the IEP at a glance for {child} to {target} ({pages} page).": (
        "Se guardó el resumen del IEP de {child} en {target} ({pages} página)."
    ),
    "Wrote the IEP at a glance for {child} to {target} ({pages} pages).": (
        "Se guardó el resumen del IEP de {child} en {target} ({pages} páginas)."
    ),
    "Service delivery for {child}, {start} to {end}": (
        "Entrega de servicios de {child}, del {start} al {end}"
    ),
    "Wrote the goal progress pages for {child} to {target} ({pages} page).": (
        "Se guardaron las páginas de progreso en las metas de {child} en {target} ({pages} página)."
    ),
    "Wrote the goal progress pages for {child} to {target} ({pages} pages).": (
        "Se guardaron las páginas de progreso en las metas de {child} en {target} ({pages} "
        "páginas)."
    ),
    "no IEP entered": "no se ha ingresado ningún IEP",
    "Goal progress for {child} ({plan})": "Progreso en las metas de {child} ({plan})",
    "Goals: {counts}.": "Metas: {counts}.",
    "Note: {caveat}": "Nota: {caveat}",
    "Progress reports:": "Informes de progreso:",
    "{n} red flag(s)": "{n} señal(es) de alerta",
    "no red flags": "ninguna señal de alerta",
    "none recorded yet": "todavía no hay ninguno registrado",
}

# The communication log.
LOG: dict[str, str] = {
    " with {people}": " con {people}",
    " Follow-up due {date}.": " Seguimiento para el {date}.",
    "Logged for {child}: {date} {channel}{people} \u2013 {topic}.{due}{note}": (
        "Anotado para {child}: {date} {channel}{people} \u2013 {topic}.{due}{note}"
    ),
    "{child}: {n} follow-ups that need you.": "{child}: {n} seguimientos que le necesitan.",
    "{child}: {n} entries.": "{child}: {n} entradas.",
    "{child}: all caught up, no follow-up is overdue.": (
        "{child}: todo al día, ningún seguimiento está atrasado."
    ),
    " ({n} page)": " ({n} página)",
    " ({n} pages)": " ({n} páginas)",
    "Wrote the communication log of {child} to {target}{detail}.": (
        "Se guardó el registro de comunicaciones de {child} en {target}{detail}."
    ),
}

# Today, the meeting packet and the calendar file.
TODAY_LIST: dict[str, str] = {
    "Today": "Hoy",
    "Calendar": "Calendario",
    "Overdue": "Atrasado",
    "This week": "Esta semana",
    "Alerts": "Alertas",
    "Coming up": "Próximamente",
    "Wins to celebrate": "Logros para celebrar",
    "Today for {child} ({date})": "Hoy para {child} ({date})",
    "{heading}: nothing.": "{heading}: nada.",
    "({n} quiet item(s) hidden: snoozed or the stable mode.)": (
        "({n} elemento(s) tranquilo(s) oculto(s): pospuestos o por el modo estable.)"
    ),
    "Deadlines follow {rules}: each is a possible deadline, verify it. `iepbinder today "
    "--json` shows how each was derived.": (
        "Las fechas límite siguen {rules}: cada una es una posible fecha límite, verifíquela. "
        "`iepbinder today --json` muestra cómo se calculó cada una."
    ),
    "Next check-in: {date}.": "Próxima revisión: {date}.",
    "; letter: {title}": "; carta: {title}",
    "[{tab} tab{letter}]": "[pestaña {tab}{letter}]",
    "Wrote the meeting packet for {child}'s meeting of {date} to {target} ({pages} pages).": (
        "Se guardó el paquete para la reunión de {child} del {date} en {target} ({pages} páginas)."
    ),
    "every child": "todos los niños",
    "Wrote {count} events for {who} to {target}. Importing it again updates the same events "
    "instead of adding copies.": (
        "Se guardaron {count} eventos de {who} en {target}. Si lo importa de nuevo, se "
        "actualizan los mismos eventos en lugar de agregar copias."
    ),
}

CLI: dict[str, str] = {**BINDER, **REPORTS, **LOG, **TODAY_LIST}
