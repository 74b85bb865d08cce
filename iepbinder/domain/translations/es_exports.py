"""Spanish for the calendar (.ics) events and the communication log's CSV columns."""

from __future__ import annotations

# Calendar events the program writes (services/ics_export.py).
CALENDAR: dict[str, str] = {
    "Guide: {title} ({name})": "Orientación: {title} ({name})",
    "Possible deadline, verify: {title} ({name})": (
        "Posible fecha límite, verifíquela: {title} ({name})"
    ),
    "{explanation}\n\nSource: {url}": "{explanation}\n\nFuente: {url}",
    "IEP meeting ({name})": "Reunión del IEP ({name})",
    "Invited:": "Personas invitadas:",
    "IEP check-in ({name})": "Revisión del IEP ({name})",
    "Ten minutes: look over the goals' graphs and the service ledger.": (
        "Diez minutos: revise las gráficas de las metas y el registro de servicios."
    ),
    "IEP Binder": "IEP Binder",
}

# The communication log as CSV (export/commlog_csv.py): the header line and yes/no.
COMMLOG_CSV: dict[str, str] = {
    "date,time,channel,started_by,people,topic,planned_purpose,summary,requests_made,"
    "disagreements,commitments,follow_up_needed,follow_up_due,status,follow_up,logged_at,"
    "written_down_late,delivery_proof": (
        "fecha,hora,medio,iniciado_por,personas,tema,propósito_previsto,resumen,"
        "peticiones_hechas,desacuerdos,compromisos,seguimiento_necesario,seguimiento_para,"
        "estado,seguimiento,registrado_el,anotado_tarde,prueba_de_entrega"
    ),
    "yes": "sí",
    "no": "no",
}

EXPORTS: dict[str, str] = {**CALENDAR, **COMMLOG_CSV}
