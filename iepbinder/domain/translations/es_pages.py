"""Spanish for the PDF pages: headings, table columns, notes and footers."""

from __future__ import annotations

PAGES: dict[str, str] = {
    # The page frame
    "Prepared by the parent on {date}": "Preparado por la familia el {date}",
    "Prepared by the parent": "Preparado por la familia",
    "{child} \u00b7 Page {number} of {total}": "{child} \u00b7 Página {number} de {total}",
    "{start} to {end}": "del {start} al {end}",
    # At a glance
    "At a glance": "Resumen",
    "IEP at a glance": "Resumen del IEP",
    "Unnamed child": "Niño/a sin nombre",
    "<b>No IEP entered yet.</b> Add the plan's dates, services, accommodations and goals to "
    "fill this page.": (
        "<b>Todavía no se ha ingresado ningún IEP.</b> Agregue las fechas, los servicios, las "
        "adaptaciones y las metas del plan para completar esta página."
    ),
    "Services": "Servicios",
    "Accommodations": "Adaptaciones",
    "Goals": "Metas",
    "Team": "Equipo",
    "No services entered yet.": "Todavía no se han ingresado servicios.",
    "No accommodations entered yet.": "Todavía no se han ingresado adaptaciones.",
    "No goals entered yet.": "Todavía no se han ingresado metas.",
    "No team entered yet.": "Todavía no se ha ingresado el equipo.",
    "{warn} n = n things to check with the team; the Checks column of At a glance in IEP "
    "Binder says what and why.": (
        "{warn} n = n puntos que revisar con el equipo; la columna Revisar del Resumen en IEP "
        "Binder explica cuáles y por qué."
    ),
    "Child": "Niño/a",
    "Date of birth": "Fecha de nacimiento",
    "{date} (age {age})": "{date} ({age} años)",
    "School": "Escuela",
    "Grade": "Grado",
    "District": "Distrito",
    "Eligibility": "Elegibilidad",
    "IEP meeting": "Reunión del IEP",
    "Parent consent": "Consentimiento de la familia",
    "Plan starts": "Inicio del plan",
    "Plan ends": "Fin del plan",
    "Annual review due": "Revisión anual antes del",
    "Re-evaluation due": "Reevaluación antes del",
    "Service": "Servicio",
    "Amount (and the IEP's words)": "Cantidad (y las palabras del IEP)",
    "Setting / group": "Lugar / grupo",
    "Provider": "Profesional",
    "Dates": "Fechas",
    "Check": "Revisar",
    "IEP page {page}": "IEP, página {page}",
    "not yet checked": "sin revisar todavía",
    "Accommodation": "Adaptación",
    "Where it applies": "Dónde se aplica",
    "Not stated": "No se indica",
    "Area": "Área",
    "Goal": "Meta",
    "Baseline \u2192 target": "Punto de partida \u2192 objetivo",
    "Name": "Nombre",
    "Role": "Función",
    "Email": "Correo electrónico",
    "Phone": "Teléfono",
    "General-ed class (push-in)": "Clase de educación general (dentro del aula)",
    "Other setting": "Otro lugar",
    "Separate room (pull-out)": "Aula aparte (fuera del aula)",
    "Setting not stated": "Lugar no indicado",
    "group of up to {count}": "grupo de hasta {count}",
    "group": "grupo",
    "individual or group": "individual o en grupo",
    "individual": "individual",
    "consultation": "consulta",
    "words correct per minute": "palabras correctas por minuto",
    "no baseline": "sin punto de partida",
    "no target": "sin objetivo",
    " by {date}": " para el {date}",
    " (baseline {date})": " (punto de partida {date})",
    # Services report (ledger)
    "Service delivery report, {span}": "Informe de prestación de servicios, {span}",
    "Minutes the IEP promises, what was delivered, what was missed and why, and a "
    "minute-for-minute estimate of compensatory services (make-up time the school owes). The "
    "estimate is a starting point for discussion, not a legal finding.": (
        "Los minutos que promete el IEP, lo que se prestó, lo que no se prestó y por qué, y una "
        "estimación minuto a minuto de los servicios compensatorios (el tiempo de recuperación "
        "que debe la escuela). La estimación es un punto de partida para el diálogo, no una "
        "conclusión legal."
    ),
    "Service ledger (minutes)": "Registro de servicios (minutos)",
    "Mandated": "Exigido",
    "Delivered": "Prestado",
    "Make-up": "Recuperación",
    "Missed: school": "No prestado: escuela",
    "Missed: child": "No prestado: niño/a",
    "Missed: disputed": "No prestado: en disputa",
    "Holidays": "Feriados",
    "Not accounted": "Sin registrar",
    "Net rate": "Tasa neta",
    "Net rate = (delivered + make-up) / (mandated - child absences - holidays). Disputed "
    "minutes include refusals and the short-week bucket of policy A.": (
        "Tasa neta = (prestado + recuperación) / (exigido - ausencias del niño/a - feriados). Los "
        "minutos en disputa incluyen las negativas y la partida de semanas cortas de la "
        "política A."
    ),
    "Compensatory estimate (make-up time the school owes)": (
        "Estimación de servicios compensatorios (tiempo de recuperación que debe la escuela)"
    ),
    "District view": "Criterio del distrito",
    "Advocate view": "Criterio de la defensa",
    "How it is computed": "Cómo se calcula",
    "District view: {formula}": "Criterio del distrito: {formula}",
    "Advocate view: {formula}": "Criterio de la defensa: {formula}",
    "The district view leaves out disputed minutes (refusals, disability-related absences, "
    "short weeks); the advocate view counts them.": (
        "El criterio del distrito deja fuera los minutos en disputa (negativas, ausencias "
        "relacionadas con la discapacidad, semanas cortas); el criterio de la defensa los cuenta."
    ),
    "Compensatory awards (agreed or ordered)": (
        "Servicios compensatorios concedidos (acordados u ordenados)"
    ),
    "Alerts (app heuristics, not legal thresholds)": (
        "Alertas (criterios del programa, no umbrales legales)"
    ),
    "No alerts for this period.": "No hay alertas en este periodo.",
    "Missed and partly delivered sessions": "Sesiones no prestadas o prestadas en parte",
    "No missed sessions were logged in this period.": (
        "No se registraron sesiones perdidas en este periodo."
    ),
    "Date": "Fecha",
    "What happened": "Qué pasó",
    "Minutes missed": "Minutos perdidos",
    "Reason": "Motivo",
    "Counted as": "Se cuenta como",
    " (changed by the parent)": " (cambiado por la familia)",
    "Not given": "No indicado",
    # Communication log
    "Communication log": "Registro de comunicaciones",
    "All entries": "Todas las entradas",
    "From {date}": "Desde el {date}",
    "Up to {date}": "Hasta el {date}",
    "{range} \u00b7 1 entry, oldest first": (
        "{range} \u00b7 1 entrada, de la más antigua a la más reciente"
    ),
    "{range} \u00b7 {count} entries, oldest first": (
        "{range} \u00b7 {count} entradas, de la más antigua a la más reciente"
    ),
    "Calls, meetings, emails, notes and letters as the parent recorded them. \u26a0 marks a "
    "follow-up that is overdue or an email with no reply yet.": (
        "Llamadas, reuniones, correos, notas y cartas tal como la familia los registró. \u26a0 "
        "marca un seguimiento vencido o un correo que aún no tiene respuesta."
    ),
    "Person": "Persona",
    "Topic": "Tema",
    "Follow-up": "Seguimiento",
    "No entries in this date range.": "No hay entradas en este intervalo de fechas.",
    # Document list
    "Documents": "Documentos",
    "Document list": "Lista de documentos",
    "1 document in the master file, oldest first": (
        "1 documento en el archivo principal, del más antiguo al más reciente"
    ),
    "{count} documents in the master file, oldest first": (
        "{count} documentos en el archivo principal, del más antiguo al más reciente"
    ),
    "Each number is the document's place in the parent's master file; the originals are kept "
    "unchanged, with a SHA-256 fingerprint of each.": (
        "Cada número es el lugar del documento en el archivo principal de la familia; los "
        "originales se conservan sin cambios, con una huella SHA-256 de cada uno."
    ),
    "No.": "N.º",
    "Author": "Autor",
    "Type": "Tipo",
    "Title": "Título",
    "Summary": "Resumen",
    "Attached to #{number}": "Adjunto al n.º {number}",
    "No documents yet.": "Todavía no hay documentos.",
    "Documents filed in the period": "Documentos archivados en el período",
    "Documents for this meeting": "Documentos para esta reunión",
    "{count} documents filed from {start} to {end}, oldest first": (
        "{count} documentos archivados del {start} al {end}, del más antiguo al más reciente"
    ),
    "The binder holds {count} documents in all; the Documents tab prints the whole list.": (
        "La carpeta tiene {count} documentos en total; la pestaña Documentos imprime la lista "
        "completa."
    ),
    # Progress
    "Progress": "Progreso",
    "Goal progress": "Progreso en las metas",
    "No goals entered for this IEP yet.": "Todavía no se han ingresado metas para este IEP.",
    "Status": "Estado",
    "Signal": "Señal",
    "Data": "Datos",
    "Projected / target": "Proyección / objetivo",
    "Progress reports": "Informes de progreso",
    "No progress reports recorded yet.": "Todavía no se han registrado informes de progreso.",
    "About the reports": "Sobre los informes",
    "Data points ({count})": "Datos ({count})",
    "No data points entered yet.": "Todavía no se han ingresado datos.",
    "1 point": "1 dato",
    "{count} points": "{count} datos",
    "No red flags found.": "No se encontraron señales de alerta.",
    "Rule": "Regla",
    "What the report shows": "Lo que muestra el informe",
    "Passage": "Fragmento",
    "Next step": "Siguiente paso",
    "Value": "Valor",
    "Source": "Fuente",
    " \u2013 note as above": " \u2013 nota como la anterior",
    # Meeting packet
    "Meeting": "Reunión",
    "Cover: the meeting": "Portada: la reunión",
    "Service-delivery summary": "Resumen de la prestación de servicios",
    "Open commitments and follow-ups": "Compromisos y seguimientos pendientes",
    "Communication log for the dates": "Registro de comunicaciones de esas fechas",
    "Goal progress with graphs": "Progreso en las metas, con gráficas",
    "Parent concerns (outline)": "Inquietudes de la familia (esquema)",
    "Questions, vision and checklist": "Preguntas, visión y lista de verificación",
    "Notes page": "Página de notas",
    "Place": "Lugar",
    "Purpose (from the notice)": "Propósito (según el aviso)",
    "This packet covers": "Este paquete abarca",
    "Not entered": "Sin ingresar",
    "Meeting packet": "Paquete para la reunión",
    "Invited (names and roles)": "Personas invitadas (nombres y funciones)",
    "No attendees entered.": "No se han ingresado asistentes.",
    "In this packet": "En este paquete",
    "Dates around this meeting": "Fechas cercanas a esta reunión",
    "The meeting's details are not entered yet: add them on the Today tab (Add meeting...) "
    "and prepare the packet again.": (
        "Los detalles de la reunión todavía no se han ingresado: agréguelos en la pestaña Hoy "
        "(Agregar reunión...) y vuelva a preparar el paquete."
    ),
    "Prepared by the parent. These are copies: the parent keeps the originals.": (
        "Preparado por la familia. Son copias: la familia conserva los originales."
    ),
    "What was promised in meetings and calls and has not happened yet, and the follow-ups "
    "the log shows as overdue or unanswered. \u26a0 marks one that is late.": (
        "Lo que se prometió en reuniones y llamadas y todavía no se ha cumplido, y los "
        "seguimientos que el registro muestra como vencidos o sin respuesta. \u26a0 marca los "
        "atrasados."
    ),
    "Nothing is open in the communication log.": (
        "No hay nada pendiente en el registro de comunicaciones."
    ),
    "From the log": "Del registro",
    "Who": "Quién",
    "What": "Qué",
    "By when": "Para cuándo",
    "Waiting for {what}": "En espera de {what}",
    "Parent concerns (parent report)": "Inquietudes de la familia (informe de la familia)",
    "Written before the meeting so it can go into the IEP word for word. The facts below come "
    "from the binder; add your own words on the lines.": (
        "Escrito antes de la reunión para que pueda incluirse en el IEP palabra por palabra. Los "
        "datos que siguen provienen de la carpeta; agregue sus propias palabras en las líneas."
    ),
    "1. Positives and strengths": "1. Aspectos positivos y fortalezas",
    "2. What the school did that helped": "2. Lo que hizo la escuela que ayudó",
    "3. Home observations": "3. Observaciones en casa",
    "4. Specific concerns": "4. Inquietudes concretas",
    "5. Specific recommendations (what I am asking for)": (
        "5. Recomendaciones concretas (lo que solicito)"
    ),
    "6. Thanks": "6. Agradecimientos",
    "Questions to ask": "Preguntas para hacer",
    "Questions of my own": "Mis propias preguntas",
    "My vision for {child}: strengths, needs and interests": (
        "Mi visión para {child}: fortalezas, necesidades e intereses"
    ),
    "Before the meeting": "Antes de la reunión",
    "Meeting notes, {date}": "Notas de la reunión, {date}",
    "Started at ______    Ended at ______    Notes taken by ____________________": (
        "Empezó a las ______    Terminó a las ______    Notas tomadas por ____________________"
    ),
    "Attendees": "Asistentes",
    "Name and role": "Nombre y función",
    "Present": "Presente",
    "Decisions and agreements": "Decisiones y acuerdos",
    "Who will do what, by when": "Quién hará qué y para cuándo",
    "Asked for but refused or put off (ask for prior written notice, PWN)": (
        "Solicitado pero rechazado o aplazado (pida un aviso previo por escrito, PWN)"
    ),
    "What was asked": "Qué se pidió",
    "What the team said": "Qué dijo el equipo",
    "PWN asked for": "PWN solicitado",
    "Next meeting or follow-up date: ____________________": (
        "Próxima reunión o fecha de seguimiento: ____________________"
    ),
}
