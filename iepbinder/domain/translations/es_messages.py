"""Spanish for messages made by domain and services: alerts, deadlines, ledger, follow-ups."""

from __future__ import annotations

MESSAGES: dict[str, str] = {
    # Alerts on service delivery (app heuristics, calm wording)
    "A short note to the provider or case manager may be enough.": (
        "Puede bastar con una nota breve al profesional o al coordinador del caso."
    ),
    "Keep logging; consider a short note asking how the time will be made up.": (
        "Siga registrando; considere enviar una nota breve preguntando cómo se recuperará el "
        "tiempo."
    ),
    "Consider a written implementation-concern letter.": (
        "Considere enviar por escrito una carta de inquietud sobre la implementación."
    ),
    "Consider a written request for compensatory services or an IEP meeting.": (
        "Considere solicitar por escrito servicios compensatorios o una reunión del IEP."
    ),
    "{service}: no minutes were logged in the first {days} school days after the projected "
    "start date {date} (T-START; possible concern, verify).{later}": (
        "{service}: no se registraron minutos en los primeros {days} días escolares después de "
        "la fecha de inicio prevista, {date} (T-START; posible inquietud, verifique).{later}"
    ),
    "{service}: {delivered} of {expected} minutes expected by now were delivered (below "
    "{threshold} of the pacing line).": (
        "{service}: se prestaron {delivered} de los {expected} minutos previstos hasta ahora "
        "(por debajo del {threshold} de la línea de ritmo)."
    ),
    "{service}: {count} sessions in a row were missed for school reasons.": (
        "{service}: se perdieron {count} sesiones seguidas por motivos de la escuela."
    ),
    " The first minutes were logged on {date}.": " Los primeros minutos se registraron el {date}.",
    " No minutes have been logged since.": " Desde entonces no se ha registrado ningún minuto.",
    "net delivery over the last 4 weeks was {rate}": (
        "la prestación neta en las últimas 4 semanas fue del {rate}"
    ),
    "{count} sessions in a row were missed for school reasons": (
        "se perdieron {count} sesiones seguidas por motivos de la escuela"
    ),
    "{days} school days in a row passed with the child present and no minutes": (
        "pasaron {days} días escolares seguidos con el niño/a presente y sin minutos"
    ),
    "the compensatory estimate ({estimate} min) is at least one period's worth of the mandate "
    "({period} min)": (
        "la estimación compensatoria ({estimate} min) equivale al menos a un periodo completo "
        "del servicio exigido ({period} min)"
    ),
    "{service}: the concern below holds {why}.": (
        "{service}: la inquietud siguiente persiste {why}."
    ),
    "{service}: net delivery over the last 4 weeks was {rate}.": (
        "{service}: la prestación neta en las últimas 4 semanas fue del {rate}."
    ),
    "{service}: {count} session(s) in the last 4 weeks were missed for school reasons.": (
        "{service}: {count} sesión(es) de las últimas 4 semanas se perdieron por motivos de la "
        "escuela."
    ),
    "for more than {weeks} weeks": "desde hace más de {weeks} semanas",
    "again after a written concern was sent": (
        "otra vez, después de haber enviado una inquietud por escrito"
    ),
    "{service}: in {month}, {share} of the minutes were missed because the child was absent. "
    "Frequent absences are worth raising at the IEP meeting.": (
        "{service}: en {month}, el {share} de los minutos se perdió porque el niño/a estuvo "
        "ausente. Conviene mencionar las ausencias frecuentes en la reunión del IEP."
    ),
    # Communication log words
    "Phone call": "Llamada telefónica",
    "In person": "En persona",
    "Text message": "Mensaje de texto",
    "School portal": "Portal de la escuela",
    "Note home": "Nota a casa",
    "Letter": "Carta",
    "Parent": "Familia",
    "Open": "Abierto",
    "Waiting for a reply": "En espera de respuesta",
    "Done": "Hecho",
    "Written down more than {hours} hours after the event.": (
        "Anotado más de {hours} horas después de lo ocurrido."
    ),
    # Follow-ups
    "\u26a0 Overdue: was due {date}": "\u26a0 Vencido: era para el {date}",
    "\u26a0 No reply yet (expected by {date})": (
        "\u26a0 Todavía sin respuesta (se esperaba para el {date})"
    ),
    "Due today": "Vence hoy",
    "Follow-up needed (no date)": "Requiere seguimiento (sin fecha)",
    "Due {date}": "Vence el {date}",
    "\u2713 Done {date}": "\u2713 Hecho el {date}",
    "\u2713 Done": "\u2713 Hecho",
    # Deadline explanations ("possible deadline, verify")
    "{count} calendar day": "{count} día natural",
    "{count} calendar days": "{count} días naturales",
    "{count} business day": "{count} día hábil",
    "{count} business days": "{count} días hábiles",
    "{count} school day": "{count} día escolar",
    "{count} school days": "{count} días escolares",
    "1 year": "1 año",
    "{count} years": "{count} años",
    "Counted from {event} ({date}).": "Contado a partir de {event} ({date}).",
    "{days} before that date.": "{days} antes de esa fecha.",
    "Due on that date, as the IEP's schedule sets it.": (
        "Vence en esa fecha, según el calendario del IEP."
    ),
    "{days} later (Monday to Friday).": "{days} después (de lunes a viernes).",
    "This rule counts school days, and the school calendar does not reach that far. Enter the "
    "school year on the Calendar tab.": (
        "Esta regla cuenta días escolares y el calendario escolar no llega tan lejos. Ingrese "
        "el año escolar en la pestaña Calendario."
    ),
    "Shown as a guide: {date}.": "Se muestra como orientación: {date}.",
    "Possible deadline: {date}.": "Posible fecha límite: {date}.",
    "federal rules": "normas federales",
    "{state} rules": "normas de {state}",
    "Rule {rule} ({whose}). Possible deadline, verify it against your state's "
    "procedural-safeguards notice.": (
        "Regla {rule} ({whose}). Posible fecha límite: verifíquela con el aviso de garantías "
        "procesales de su estado."
    ),
    "{span} later, on the same date: {date}.": "{span} después, en la misma fecha: {date}.",
    "{span} later. February 29 does not exist in {year}, so the day before is used: {date}.": (
        "{span} después. El 29 de febrero no existe en {year}, así que se usa el día anterior: "
        "{date}."
    ),
    "{days} later: {date}.": "{days} después: {date}.",
    "The count pauses for breaks over {over} school days, but no school calendar is entered, "
    "so nothing was paused. Enter it on the Calendar tab.": (
        "El recuento se detiene en los recesos de más de {over} días escolares, pero no hay un "
        "calendario escolar ingresado, así que no se detuvo. Ingréselo en la pestaña Calendario."
    ),
    "No break longer than {over} school days falls in the count.": (
        "Ningún receso de más de {over} días escolares cae dentro del recuento."
    ),
    "{name}, {start} to {end} ({school_days} school days; {days} days not counted)": (
        "{name}, del {start} al {end} ({school_days} días escolares; {days} días sin contar)"
    ),
    "a break": "un receso",
    "The count pauses for breaks over {over} school days: {breaks}.": (
        "El recuento se detiene en los recesos de más de {over} días escolares: {breaks}."
    ),
    "{days} later on the school calendar.": "{days} después, según el calendario escolar.",
    "Only {left} school days were left in the school year (between {low} and {high}), so the "
    "report is due by {date}.": (
        "Solo quedaban {left} días escolares en el año escolar (entre {low} y {high}), así que "
        "el informe vence el {date}."
    ),
    "The child was absent {absent} school days in that time (at least {threshold}), so the "
    "count runs {absent} school days longer.": (
        "El niño/a faltó {absent} días escolares en ese tiempo (al menos {threshold}), así que "
        "el recuento se alarga {absent} días escolares."
    ),
    "{absent} absence(s) in that time: fewer than {threshold}, so no extension.": (
        "{absent} ausencia(s) en ese tiempo: menos de {threshold}, así que no hay prórroga."
    ),
    "A meeting is set for {meeting}, which comes first: the records are due before it, by "
    "{date}.": (
        "Hay una reunión fijada para el {meeting}, que es antes: los expedientes deben "
        "entregarse antes de ella, a más tardar el {date}."
    ),
    "Summer break": "Vacaciones de verano",
    # Documents
    "IEP (current)": "IEP (vigente)",
    "IEP (earlier)": "IEP (anterior)",
    "IEP amendment": "Enmienda del IEP",
    "Early intervention plan (IFSP)": "Plan de intervención temprana (IFSP)",
    "504 plan": "Plan 504",
    "School evaluation": "Evaluación de la escuela",
    "Independent evaluation (IEE)": "Evaluación independiente (IEE)",
    "Medical record or diagnosis": "Expediente médico o diagnóstico",
    "Prior written notice (PWN)": "Aviso previo por escrito (PWN)",
    "Consent form": "Formulario de consentimiento",
    "Meeting notice or invitation": "Aviso o invitación a una reunión",
    "Meeting notes": "Notas de reunión",
    "Progress report": "Informe de progreso",
    "Report card": "Boletín de calificaciones",
    "State test results": "Resultados de pruebas estatales",
    "Service log": "Registro de servicios",
    "Data sheet or graph": "Hoja de datos o gráfica",
    "Work sample": "Muestra de trabajo",
    "Discipline record": "Registro de disciplina",
    "Attendance record": "Registro de asistencia",
    "Policy or guidance": "Política u orientación",
    "Procedural safeguards (parent rights)": "Garantías procesales (derechos de la familia)",
    "Complaint or hearing": "Queja o audiencia",
    "Settlement or award": "Acuerdo o resolución",
    "Parent journal": "Diario de la familia",
    "Other": "Otro",
    "PDF": "PDF",
    "Picture": "Imagen",
    "Text": "Texto",
    "Calendar item": "Evento de calendario",
    "File": "Archivo",
    # Ledger figures and formulas
    "policy A: the full amount for every period with school in session; a short week's "
    "missing sessions go to a separate disputed 'short week' bucket": (
        "política A: la cantidad completa en cada periodo con clases; las sesiones que faltan "
        "en una semana corta van a una partida aparte en disputa, 'semana corta'"
    ),
    "policy B: each period prorated by its school days": (
        "política B: cada periodo prorrateado según sus días escolares"
    ),
    "policy C: the full amount unless school is closed the whole period": (
        "política C: la cantidad completa salvo que la escuela esté cerrada todo el periodo"
    ),
    "n/a": "n/d",
    "no mandate": "sin servicio exigido",
    " ({count} session of {length})": " ({count} sesión de {length})",
    " ({count} sessions of {length})": " ({count} sesiones de {length})",
    ", of which {minutes} is the short-week bucket (CALENDAR_SHORTFALL)": (
        ", de los cuales {minutes} corresponden a la partida de semanas cortas (CALENDAR_SHORTFALL)"
    ),
    " + unaccounted (counted as the school's by setting)": (
        " + sin registrar (contado como de la escuela por configuración)"
    ),
    " x comp ratio {ratio}": " x proporción compensatoria {ratio}",
    "A minute-for-minute estimate, a starting point for discussion.": (
        "Una estimación minuto a minuto, un punto de partida para el diálogo."
    ),
    "Mandated (what the IEP promises)": "Exigido (lo que promete el IEP)",
    "Sum of the expected minutes of {periods} period(s) from {start} to {end}, {policies}; "
    "periods cut by the plan's dates or the range are prorated by school days = {total}.": (
        "Suma de los minutos previstos de {periods} periodo(s) del {start} al {end}, "
        "{policies}; los periodos cortados por las fechas del plan o del intervalo se "
        "prorratean por días escolares = {total}."
    ),
    "Sum of minutes delivered in sessions logged Delivered or Partly delivered = {total}.": (
        "Suma de los minutos prestados en sesiones registradas como Prestada o Prestada en "
        "parte = {total}."
    ),
    "Make-up delivered": "Recuperación prestada",
    "Sum of minutes of make-up sessions = {total}.": (
        "Suma de los minutos de las sesiones de recuperación = {total}."
    ),
    "Missed, school's responsibility": "No prestado, responsabilidad de la escuela",
    "Sum of (scheduled - delivered) minutes of sessions attributed to the school = {total}.": (
        "Suma de los minutos (programados - prestados) de las sesiones atribuidas a la escuela "
        "= {total}."
    ),
    "Missed, child absent (not owed by default)": (
        "No prestado, niño/a ausente (no se debe por defecto)"
    ),
    "Sum of (scheduled - delivered) minutes of sessions attributed to the child or family = "
    "{total}.": (
        "Suma de los minutos (programados - prestados) de las sesiones atribuidas al niño/a o a "
        "la familia = {total}."
    ),
    "Missed, disputed": "No prestado, en disputa",
    "Sum of (scheduled - delivered) minutes of sessions attributed as disputed (refusals, "
    "disability-related absences, other){note} = {total}.": (
        "Suma de los minutos (programados - prestados) de las sesiones atribuidas como en "
        "disputa (negativas, ausencias relacionadas con la discapacidad, otras){note} = {total}."
    ),
    "Missed, holidays (neutral)": "No prestado, feriados (neutral)",
    "Sum of minutes of sessions missed for holidays and breaks = {total}.": (
        "Suma de los minutos de las sesiones perdidas por feriados y recesos = {total}."
    ),
    "Not accounted for": "Sin registrar",
    "Mandated {mandated} - (delivered {delivered} + all missed {missed}) = {total} (never "
    "below 0). Expected minutes with no session logged either way.": (
        "Exigido {mandated} - (prestado {delivered} + todo lo no prestado {missed}) = {total} "
        "(nunca menos de 0). Minutos previstos sin ninguna sesión registrada."
    ),
    "Compensatory estimate, district view": "Estimación compensatoria, criterio del distrito",
    "Compensatory estimate, advocate view": "Estimación compensatoria, criterio de la defensa",
    "max(0, missed school {school}{extra} - make-ups applied {makeups}){ratio} = "
    "{total}{sessions}. Disputed minutes excluded.": (
        "máx(0, no prestado por la escuela {school}{extra} - recuperaciones aplicadas "
        "{makeups}){ratio} = {total}{sessions}. Se excluyen los minutos en disputa."
    ),
    "max(0, missed school {school} + disputed {disputed}{extra} - make-ups applied "
    "{makeups}){ratio} = {total}{sessions}.": (
        "máx(0, no prestado por la escuela {school} + en disputa {disputed}{extra} - "
        "recuperaciones aplicadas {makeups}){ratio} = {total}{sessions}."
    ),
    "Delivery rate (gross)": "Tasa de prestación (bruta)",
    "(delivered + make-up) / mandated = {base} / {mandated} = {rate}.": (
        "(prestado + recuperación) / exigido = {base} / {mandated} = {rate}."
    ),
    "Delivery rate (net, as districts report it)": (
        "Tasa de prestación (neta, como la informan los distritos)"
    ),
    "(delivered + make-up) / (mandated - child absences - holidays) = {base} / {net} = {rate}.": (
        "(prestado + recuperación) / (exigido - ausencias del niño/a - feriados) = {base} / "
        "{net} = {rate}."
    ),
    "Pacing (year or term mandate)": "Ritmo (servicio anual o por trimestre)",
    "Expected to date = term total x school days elapsed / school days in the term = "
    "{expected}; delivered to date {delivered}; flagged when below {threshold} of the "
    "expected ({state}).": (
        "Previsto hasta la fecha = total del periodo x días escolares transcurridos / días "
        "escolares del periodo = {expected}; prestado hasta la fecha {delivered}; se señala "
        "cuando está por debajo del {threshold} de lo previsto ({state})."
    ),
    "behind": "atrasado",
    "on pace": "al ritmo previsto",
    # Goal status and data sources
    "\u2713 On track": "\u2713 En camino",
    "\u25d1 Watch": "\u25d1 Vigilar",
    "\u26a0 Not on track": "\u26a0 No va en camino",
    "\u2026 Not enough data": "\u2026 Datos insuficientes",
    "School report": "Informe de la escuela",
    "Parent observation": "Observación de la familia",
    "Linked document": "Documento vinculado",
    # Service sessions: reasons, attribution, status
    "Provider absent": "Profesional ausente",
    "Provider position vacant": "Puesto del profesional vacante",
    "Provider on other duty (meetings, testing)": (
        "Profesional en otras tareas (reuniones, evaluaciones)"
    ),
    "School activity (assembly, field trip, testing)": (
        "Actividad escolar (asamblea, excursión, evaluaciones)"
    ),
    "School schedule change (late start, early release)": (
        "Cambio de horario escolar (entrada tarde, salida temprano)"
    ),
    "Scheduled holiday": "Feriado programado",
    "School break": "Receso escolar",
    "Short week (fewer school days than sessions)": (
        "Semana corta (menos días escolares que sesiones)"
    ),
    "Child absent: illness": "Niño/a ausente: enfermedad",
    "Child absent: family reasons": "Niño/a ausente: motivos familiares",
    "Child absent: disability-related": "Niño/a ausente: relacionado con la discapacidad",
    "Child refused or did not take part": "El niño/a se negó o no participó",
    "Child removed for discipline": "Niño/a retirado/a por disciplina",
    "Other reason": "Otro motivo",
    "Child or family": "Niño/a o familia",
    "Disputed": "En disputa",
    "Neutral (holiday)": "Neutral (feriado)",
    "Partly delivered": "Prestado en parte",
    "Missed": "No prestado",
    "Cancelled": "Cancelado",
    # Meeting packet contents
    "What data will show progress on each goal, and how often will I see it?": (
        "¿Qué datos mostrarán el progreso en cada meta y con qué frecuencia los veré?"
    ),
    "Who provides each service, where, and what happens when a session is missed?": (
        "¿Quién presta cada servicio, dónde, y qué pasa cuando se pierde una sesión?"
    ),
    "Which changes to goals, services or accommodations is the team proposing, and why?": (
        "¿Qué cambios en las metas, los servicios o las adaptaciones propone el equipo, y por qué?"
    ),
    "May I have a draft of the IEP and the data before I sign anything?": (
        "¿Puedo recibir un borrador del IEP y los datos antes de firmar nada?"
    ),
    "Asked in writing for the records, new evaluations and the draft IEP": (
        "Pedí por escrito los expedientes, las evaluaciones nuevas y el borrador del IEP"
    ),
    "Decided who comes with me (and told the school)": (
        "Decidí quién me acompaña (y se lo avisé a la escuela)"
    ),
    "Gave notice if I plan to record the meeting (California: 24 hours, in writing)": (
        "Avisé si pienso grabar la reunión (California: 24 horas antes, por escrito)"
    ),
    "Wrote my concerns letter so it can go into the IEP": (
        "Escribí mi carta de inquietudes para que pueda incluirse en el IEP"
    ),
    "Brought this packet, a pen and a copy for the team": (
        "Traje este paquete, un bolígrafo y una copia para el equipo"
    ),
    "How and when will the missed {service} time be made up?": (
        "¿Cómo y cuándo se recuperará el tiempo perdido de {service}?"
    ),
    "{goal}: the data is not on track. What will change in instruction or services?": (
        "{goal}: los datos no van en camino. ¿Qué cambiará en la enseñanza o en los servicios?"
    ),
    "{service}: every session accounted for and none missed for school reasons, {start} to {end}": (
        "{service}: todas las sesiones registradas y ninguna perdida por motivos de la escuela, "
        "del {start} al {end}"
    ),
    "The {period} progress report: {count} thing(s) to ask about (see the Progress section).": (
        "El informe de progreso de {period}: {count} punto(s) para preguntar (vea la sección "
        "Progreso)."
    ),
    "May I see the data behind the latest progress report for {goals}?": (
        "¿Puedo ver los datos que respaldan el último informe de progreso de {goals}?"
    ),
    "{title}: {date} (possible deadline, verify)": (
        "{title}: {date} (posible fecha límite, verifique)"
    ),
}
