"""The five further letters in Spanish, the letter frame, and the Spanish field labels."""

from __future__ import annotations

from iepbinder.domain.letters.templates_es import CORE_ES, LetterWords

MORE_ES = {
    "accommodation_concern": LetterWords(
        "Adaptación no proporcionada (cita la página del IEP)",
        "Señalar la página del IEP de una adaptación y las fechas en que no se proporcionó.",
        "Adaptación del IEP de {child_first_name}: {accommodation_short}",
        "El Programa de Educación Individualizada (IEP) de {child_first_name} con fecha "
        "{iep_date} (página {accommodation_page}) incluye esta adaptación: "
        '"{accommodation_text}"\n\n'
        "Según mis registros, no se proporcionó en {class_name} en estas fechas: "
        "{dates_not_provided}.\n\n"
        "¿Podría decirme si sus registros coinciden? Si no se proporcionó, ¿podría ayudarme a "
        "entender por qué, e indicarme qué se hará para que se proporcione a partir de "
        "ahora?\n\n"
        "¿Podría confirmarme también que cada docente de {child_first_name} tiene el IEP y "
        "conoce esta adaptación?\n\n"
        "Le ruego que me responda a más tardar el {response_due}.",
    ),
    "goal_data": LetterWords(
        "Solicitud de datos sobre una meta",
        "Pedir ejemplos concretos o datos sobre una meta determinada.",
        "Datos de progreso de la meta {goal_name}: {child_name}",
        "Me gustaría entender el progreso de {child_first_name} en esta meta del Programa de "
        "Educación Individualizada (IEP) con fecha {iep_date} (página {goal_page}):\n\n"
        '"{goal_text}"\n\n'
        "¿Puede proporcionarme ejemplos concretos o datos que muestren el progreso en la meta "
        "{goal_name}? Por ejemplo, los resultados más recientes de las pruebas breves o las "
        "hojas de datos desde el {data_from}, y algunas muestras de trabajo.\n\n"
        "Le ruego también que me indique con qué frecuencia se recogen los datos de esta meta "
        "y quién los recoge.\n\n"
        "Le ruego que me responda a más tardar el {response_due}.",
    ),
    "meeting_soon": LetterWords(
        "Solicitud de una reunión del IEP en las próximas dos semanas",
        "Una solicitud breve que ofrece fechas de reunión en las próximas dos semanas.",
        "Solicitud de reunión en las próximas dos semanas: {child_name}",
        "Me gustaría reunirme con el equipo del Programa de Educación Individualizada (IEP) de "
        "{child_first_name} en las próximas dos semanas para hablar de lo siguiente: "
        "{meeting_reason}\n\n"
        "Puedo reunirme en cualquiera de estas fechas: {available_dates}. Si ninguna le "
        "conviene, le ruego que me proponga otras dos o tres fechas dentro de esas mismas dos "
        "semanas.\n\n"
        "Le ruego que me responda a más tardar el {response_due} para que podamos fijar la "
        "fecha.",
    ),
    "communication_plan": LetterWords(
        "Solicitud de un plan de comunicación por escrito",
        "Preguntar quién se comunica con usted, con qué frecuencia y por qué medio.",
        "Plan de comunicación para {child_name}",
        "Para que el equipo y yo nos mantengamos en contacto sobre {child_first_name}, "
        "solicito un plan de comunicación por escrito. ¿Podría indicar:\n"
        "- quién es mi contacto principal en la escuela, y con quién comunicarme cuando esa "
        "persona no esté;\n"
        "- con qué frecuencia recibiré noticias sobre el progreso y sobre cualquier inquietud "
        "(por ejemplo, un breve correo electrónico cada semana);\n"
        "- cómo nos comunicaremos (correo electrónico, teléfono, un cuaderno o el portal de la "
        "escuela) y en cuánto tiempo suelen responderse los mensajes.\n\n"
        "Propongo a {contact_suggestion} como mi contacto principal. Con gusto puedo hablarlo "
        "en una reunión o por teléfono.\n\n"
        "Le ruego que me responda a más tardar el {response_due}.",
    ),
    "unanswered_email": LetterWords(
        "Seguimiento de un correo sin respuesta",
        "Un seguimiento cortés de un correo electrónico que aún no tiene respuesta.",
        "Seguimiento: {entry_topic}",
        "Le escribo para dar seguimiento a mi correo electrónico del {entry_date} sobre "
        '"{entry_topic}". Todavía no he recibido respuesta y quiero asegurarme de que le '
        "llegó.\n\n"
        "{entry_requests}\n\n"
        "¿Podría responderme a más tardar el {response_due}, o indicarme cuándo puedo esperar "
        "una respuesta?",
    ),
}

SPANISH_LETTERS: dict[str, LetterWords] = {**CORE_ES, **MORE_ES}

OPENING_ES = (
    "Asunto: {child_name}, fecha de nacimiento {child_dob}, {school}\n\n"
    "Estimado/a {recipient_name}:\n\n"
)
CLOSING_ES = "\n\nAtentamente,\n\n{parent_names}\n{parent_contact}"

FIELD_LABELS_ES: dict[str, str] = {
    "child_name": "el nombre de su hijo/a",
    "child_first_name": "el nombre de pila de su hijo/a",
    "child_dob": "la fecha de nacimiento de su hijo/a",
    "school": "la escuela",
    "recipient_name": "a quién va dirigida la carta",
    "parent_names": "su nombre",
    "parent_contact": "su correo electrónico o teléfono",
    "response_due": "la fecha de respuesta",
    "iep_date": "la fecha del IEP",
    "goal_list": "las metas (con sus páginas del IEP)",
    "goal_name": "el nombre corto de la meta",
    "goal_text": "la meta tal como la redacta el IEP",
    "goal_page": "la página del IEP de la meta",
    "data_from": "la primera fecha del periodo",
    "data_to": "la última fecha del periodo",
    "service_name": "el servicio",
    "service_amount": "cuánto servicio promete el IEP",
    "service_page": "la página del IEP del servicio",
    "ledger_table": "la tabla de servicios prestados y no prestados",
    "meeting_reason": "el motivo de la reunión",
    "proposed_changes": "los cambios que desea tratar",
    "available_dates": "las fechas en que puede reunirse",
    "invitees": "a quién quiere en la reunión",
    "entry_date": "la fecha de la conversación o del correo",
    "entry_people": "con quién habló",
    "entry_topic": "de qué se trató",
    "entry_summary": "qué se dijo o se decidió",
    "entry_requests": "lo que usted pidió",
    "notice_language": "el idioma del aviso",
    "next_meeting_sentence": "la fecha de la próxima reunión",
    "meeting_date": "la fecha de la reunión",
    "meeting_topic": "de qué trató la reunión",
    "meeting_attendees": "quién asistió",
    "meeting_decisions": "lo que se acordó (quién, qué y para cuándo)",
    "meeting_disagreements": "lo que se rechazó o quedó pendiente",
    "meeting_questions": "las preguntas pendientes",
    "accommodation_text": "la adaptación tal como la redacta el IEP",
    "accommodation_short": "un nombre corto para la adaptación",
    "accommodation_page": "la página del IEP de la adaptación",
    "class_name": "la clase",
    "dates_not_provided": "las fechas en que no se proporcionó",
    "contact_suggestion": "quién le gustaría que fuera su contacto principal",
}
