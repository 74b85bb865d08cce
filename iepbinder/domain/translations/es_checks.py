"""Spanish for deadline rules, error messages, field checks and the IEP checks."""

from __future__ import annotations

# Deadline rules (config/jurisdictions.py) and the events their clocks start from.
RULES: dict[str, str] = {
    "Annual IEP review": "Revisión anual del IEP",
    "Not less than once a year: due on or before the anniversary date.": (
        "Al menos una vez al año: vence en la fecha de aniversario o antes."
    ),
    "Re-evaluation (at least every 3 years)": "Reevaluación (al menos cada 3 años)",
    "Not needed if parent and district agree in writing; not more than once a year unless "
    "both agree.": (
        "No es necesaria si la familia y el distrito lo acuerdan por escrito; no más de una vez "
        "al año salvo que ambos lo acuerden."
    ),
    "Initial evaluation completed": "Evaluación inicial terminada",
    "Or the state's own timeframe.": "O el plazo propio del estado.",
    "First IEP meeting after eligibility": "Primera reunión del IEP después de la elegibilidad",
    "Services under way": "Servicios en marcha",
    "The law says 'as soon as possible'; 10 school days is the app's alert (Pennsylvania's "
    "rule), not a federal number.": (
        "La ley dice 'lo antes posible'; 10 días escolares es la alerta del programa (la regla "
        "de Pensilvania), no una cifra federal."
    ),
    "Progress report expected": "Informe de progreso previsto",
    "Your records request answered": "Respuesta a su solicitud de expedientes",
    "Without unnecessary delay, before any IEP meeting or hearing, and never more than 45 days "
    "(calendar days by 34 CFR 300.11).": (
        "Sin demoras innecesarias, antes de cualquier reunión del IEP o audiencia, y nunca más "
        "de 45 días (días naturales según 34 CFR 300.11)."
    ),
    "Prior written notice (PWN) before the district acts": (
        "Aviso previo por escrito (PWN) antes de que el distrito actúe"
    ),
    "Federal rule: 'a reasonable time before' with no fixed number; 10 days is shown only as "
    "a guide.": (
        "Norma federal: 'un tiempo razonable antes', sin una cifra fija; los 10 días se muestran "
        "solo como orientación."
    ),
    "Last day to file a state complaint": "Último día para presentar una queja estatal",
    "The state agency must receive it by then. Check your state: some allow more.": (
        "La agencia estatal debe recibirla para entonces. Consulte su estado: algunos permiten "
        "más tiempo."
    ),
    "Last day to ask for a due process hearing": (
        "Último día para solicitar una audiencia de debido proceso"
    ),
    "Unless state law sets a different limit; exceptions apply if the district misrepresented "
    "or withheld information.": (
        "Salvo que la ley estatal fije otro límite; hay excepciones si el distrito tergiversó u "
        "ocultó información."
    ),
    "Transition services in the IEP (age 16)": "Servicios de transición en el IEP (16 años)",
    "The first IEP in effect when the student turns 16 (earlier in many states).": (
        "El primer IEP vigente cuando el estudiante cumple 16 años (antes en muchos estados)."
    ),
    "Rights at the age of majority explained (a year before 18)": (
        "Derechos al llegar a la mayoría de edad explicados (un año antes de los 18)"
    ),
    "The IEP itself lists the review as due {date}.": (
        "El propio IEP indica que la revisión vence el {date}."
    ),
    "the meeting that reviewed the whole IEP": "la reunión que revisó todo el IEP",
    "the last evaluation": "la última evaluación",
    "{child}'s birth": "el nacimiento de {child}",
    "the start of {plan}": "el inicio de {plan}",
    "the date the {period} report is expected": ("la fecha prevista del informe de {period}"),
    "Page {number}": "Página {number}",
}

# Messages of errors and field checks (dialogs show them next to the field).
ERRORS: dict[str, str] = {
    "The {what} (number {number}) no longer exists. It may have been deleted.": (
        "Este elemento ({what}, número {number}) ya no existe. Puede que se haya eliminado."
    ),
    "The {what} was changed elsewhere (on another computer or in another window) after you "
    "opened it, so your edit was not saved over it. Compare both versions and choose.": (
        "Este elemento ({what}) se modificó en otro lugar (en otra computadora o en otra "
        "ventana) después de que usted lo abriera, así que su cambio no se guardó encima. "
        "Compare las dos versiones y elija."
    ),
    "{label} is required.": "{label}: este dato es obligatorio.",
    "{label} must be more than 0.": "{label}: debe ser mayor que 0.",
    "{label}: give the low end of the range too.": (
        "{label}: indique también el extremo inferior del intervalo."
    ),
    "{label}: the high end must be more than the low end.": (
        "{label}: el extremo superior debe ser mayor que el inferior."
    ),
    "First name": "Nombre",
    "Date of birth cannot be in the future.": "La fecha de nacimiento no puede ser futura.",
    "End date is before the start date.": "La fecha de fin es anterior a la de inicio.",
    "Annual review due date is before the meeting date.": (
        "La fecha de la revisión anual es anterior a la de la reunión."
    ),
    "Re-evaluation due date is before the last evaluation.": (
        "La fecha de la reevaluación es anterior a la última evaluación."
    ),
    "Sessions": "Sesiones",
    "Minutes per session": "Minutos por sesión",
    "Total minutes": "Minutos en total",
    "Say how many school days the cycle has.": "Indique cuántos días escolares tiene el ciclo.",
    "Choose the period (per week, per month, ...).": (
        "Elija el periodo (por semana, por mes, ...)."
    ),
    "Largest group": "Grupo más numeroso",
    "Target date is before the baseline date.": (
        "La fecha objetivo es anterior a la del punto de partida."
    ),
    "This does not look like an email address.": (
        "Esto no parece una dirección de correo electrónico."
    ),
    # What an error is about
    "calendar day": "día del calendario",
    "child": "niño/a",
    "compensatory award": "servicio compensatorio concedido",
    "concern": "inquietud",
    "contact": "contacto",
    "data point": "dato",
    "dated event": "evento con fecha",
    "document": "documento",
    "goal": "meta",
    "letter": "carta",
    "log entry": "entrada del registro",
    "meeting": "reunión",
    "missed session": "sesión perdida",
    "progress report": "informe de progreso",
    "school year": "año escolar",
    "session": "sesión",
    "team member": "miembro del equipo",
    "accommodation": "adaptación",
    "service": "servicio",
    "plan": "plan",
}

# Checks of the IEP's services and goals (the Check column of At a glance).
CHECKS: dict[str, str] = {
    "The number of sessions is a range. Ranges should be rare and narrow (OSEP); ask the team "
    "for one number.": (
        "El número de sesiones es un intervalo. Los intervalos deben ser raros y estrechos "
        "(OSEP); pida al equipo un número concreto."
    ),
    "This range spans {width} minutes, wider than the usual 15-minute limit. Ranges should be "
    "rare and narrow (OSEP); ask the team for one number.": (
        "Este intervalo abarca {width} minutos, más que el límite habitual de 15 minutos. Los "
        "intervalos deben ser raros y estrechos (OSEP); pida al equipo un número concreto."
    ),
    "The amount is a range. Ranges should be rare and narrow (OSEP); ask the team for one "
    "number of minutes.": (
        "La cantidad es un intervalo. Los intervalos deben ser raros y estrechos (OSEP); pida al "
        "equipo un número concreto de minutos."
    ),
    "Commitment unclear: '{phrase}' does not promise a set amount. Ask the team to write fixed "
    "minutes and how often.": (
        "Compromiso poco claro: '{phrase}' no promete una cantidad fija. Pida al equipo que "
        "escriba minutos fijos y con qué frecuencia."
    ),
    "Commitment unclear: no minutes or sessions are written. Ask the team to state how many "
    "minutes and how often.": (
        "Compromiso poco claro: no hay minutos ni sesiones por escrito. Pida al equipo que "
        "indique cuántos minutos y con qué frecuencia."
    ),
    "No start or end date": "No hay fecha de inicio ni de fin",
    "No start date": "No hay fecha de inicio",
    "No end date": "No hay fecha de fin",
    "{missing} for this service. The IEP must say when it begins and ends; ask the team to add "
    "the dates.": (
        "{missing} para este servicio. El IEP debe decir cuándo empieza y cuándo termina; pida "
        "al equipo que agregue las fechas."
    ),
    "No location or setting is given. The IEP must say where the service happens; ask the team "
    "to write it in (e.g. gen-ed class or separate room).": (
        "No se indica el lugar. El IEP debe decir dónde se presta el servicio; pida al equipo "
        "que lo escriba (p. ej., clase de educación general o aula aparte)."
    ),
    "The baseline has no number. Vague baselines make progress hard to judge; ask for a "
    "measured starting point, e.g. '42 words per minute'.": (
        "El punto de partida no tiene ningún número. Un punto de partida vago dificulta juzgar "
        "el progreso; pida un punto de partida medido, p. ej., '42 palabras por minuto'."
    ),
    "No baseline is given. Ask the team for a measured starting point, e.g. '42 words per "
    "minute', so progress can be judged.": (
        "No se indica un punto de partida. Pida al equipo un punto de partida medido, p. ej., "
        "'42 palabras por minuto', para poder juzgar el progreso."
    ),
    "No target number or criterion. Ask the team what number counts as meeting the goal, e.g. "
    "'80% accuracy in 4 of 5 trials'.": (
        "No hay un número objetivo ni un criterio. Pregunte al equipo qué número cuenta como "
        "meta alcanzada, p. ej., '80% de precisión en 4 de 5 intentos'."
    ),
    "No measurement method stated. Ask how progress will be measured, with objective data, "
    "e.g. CBM probes or data sheets.": (
        "No se indica cómo se mide. Pregunte cómo se medirá el progreso, con datos objetivos, "
        "p. ej., pruebas CBM u hojas de datos."
    ),
    "Progress is measured only by '{method}'. Ask for objective data, e.g. CBM probes or data "
    "sheets.": (
        "El progreso se mide solo mediante '{method}'. Pida datos objetivos, p. ej., pruebas CBM "
        "u hojas de datos."
    ),
}

CHECKS_AND_RULES: dict[str, str] = {**RULES, **ERRORS, **CHECKS}
