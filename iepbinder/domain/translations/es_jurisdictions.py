"""Spanish for the state rule sets (California, Texas) and what starts each rule's clock."""

from __future__ import annotations

# What starts each rule's clock (config/jurisdictions.py trigger_text), federal and state.
TRIGGERS: dict[str, str] = {
    "the last IEP meeting that reviewed the whole IEP": (
        "la última reunión del IEP que revisó todo el IEP"
    ),
    "the last evaluation or eligibility determination": (
        "la última evaluación o determinación de elegibilidad"
    ),
    "the district received signed consent to evaluate": (
        "el distrito recibió el consentimiento firmado para evaluar"
    ),
    "the eligibility determination": "la determinación de elegibilidad",
    "the IEP's start date": "la fecha de inicio del IEP",
    "the reporting schedule the IEP states": "el calendario de informes que indica el IEP",
    "the district received your records request": (
        "el distrito recibió su solicitud de expedientes"
    ),
    "the date the district proposes to act (or refused your request)": (
        "la fecha en que el distrito propone actuar (o rechazó su solicitud)"
    ),
    "the date of the problem (alleged violation)": "la fecha del problema (presunta infracción)",
    "the date you knew or should have known about the problem": (
        "la fecha en que usted supo o debió saber del problema"
    ),
    "the child's date of birth": "la fecha de nacimiento del niño/a",
    "you gave consent to the assessment plan": "usted dio su consentimiento al plan de evaluación",
    "the district received the referral": "el distrito recibió la remisión",
    "the district received your written request for a meeting": (
        "el distrito recibió su solicitud por escrito de una reunión"
    ),
}

# California and Texas: titles and notes of the rules they change or add, and their notes.
STATE_RULES: dict[str, str] = {
    "California": "California",
    "Texas": "Texas",
    "Federal rules (IDEA)": "Normas federales (IDEA)",
    "California: 5 business days, for an oral or a written request.": (
        "California: 5 días hábiles, para una solicitud oral o por escrito."
    ),
    "Assessment done and IEP meeting held": "Evaluación terminada y reunión del IEP celebrada",
    "California: 60 days, not counting breaks over 5 school days. Sources disagree (a Rialto "
    "USD table says 'not tolled'); the app pauses, and a district may differ.": (
        "California: 60 días, sin contar las vacaciones de más de 5 días escolares. Las fuentes "
        "no coinciden (una tabla de Rialto USD dice que el plazo no se detiene); el programa lo "
        "detiene, y un distrito puede contarlo de otra manera."
    ),
    "Assessment plan sent after referral": "Plan de evaluación enviado después de la remisión",
    "A referral in the last 10 days of school is due in the first 10 days of the next school "
    "year.": (
        "Si la remisión llega en los últimos 10 días de clases, el plazo vence en los primeros "
        "10 días del siguiente año escolar."
    ),
    "IEP meeting after your written request": "Reunión del IEP después de su solicitud por escrito",
    "Recording a meeting: give 24 hours' written notice.": (
        "Para grabar una reunión: avise por escrito con 24 horas de antelación."
    ),
    "Texas: 45 school days from consent, longer by the child's absences once there are 3 or "
    "more; consent 35 to 44 school days before the last day: report by June 30.": (
        "Texas: 45 días escolares desde el consentimiento, más los días de ausencia del niño/a "
        "cuando son 3 o más; si el consentimiento llega entre 35 y 44 días escolares antes del "
        "último día de clases, el informe vence el 30 de junio."
    ),
    "Texas: 5 school days before the action, unless a shorter time is agreed.": (
        "Texas: 5 días escolares antes de la acción, salvo que se acuerde un plazo más corto."
    ),
    "Your state may set shorter deadlines; these are the federal floor.": (
        "Su estado puede fijar plazos más cortos; estos son el mínimo federal."
    ),
    "No rules were verified for this state; the federal floor is shown.": (
        "No se verificaron normas para este estado; se muestra el mínimo federal."
    ),
}

JURISDICTIONS: dict[str, str] = {**TRIGGERS, **STATE_RULES}
