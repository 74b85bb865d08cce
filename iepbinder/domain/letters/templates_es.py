"""The seven letters of DOMAIN.md 6 in Spanish: whole texts, written with "usted"."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LetterWords:
    """A template's words in one language; its fields and follow-up stay the template's."""

    title: str
    purpose: str
    subject: str
    body: str


CORE_ES = {
    "request_data": LetterWords(
        "Solicitud de datos",
        "Pedir los datos que respaldan el progreso en cada meta.",
        "Solicitud de datos de progreso: {child_name}",
        "Le escribo para solicitar los datos que respaldan el progreso de {child_first_name} en "
        "las metas anuales del Programa de Educación Individualizada (IEP) con fecha "
        "{iep_date}:\n\n"
        "{goal_list}\n\n"
        "Para cada meta, le ruego que me envíe los datos de origen del {data_from} al "
        "{data_to}: las hojas de datos, los resultados de las pruebas breves, las gráficas con "
        "la línea de objetivo y la línea de tendencia, y muestras de trabajo.\n\n"
        "Le ruego también que me indique cómo y con qué frecuencia se recogen los datos de cada "
        "meta, y cómo se compara eso con lo que dice el IEP.\n\n"
        "Me resulta más cómodo recibir archivos PDF por correo electrónico. Si es posible, "
        "también me gustaría recibir estos datos cada semana a partir de ahora.\n\n"
        "Le ruego que me confirme la recepción de esta solicitud y que me envíe los datos a "
        "más tardar el {response_due}.",
    ),
    "request_meeting": LetterWords(
        "Solicitud de una reunión del IEP",
        "Pedir una reunión, explicar el motivo y enumerar los cambios que desea tratar.",
        "Solicitud de una reunión del IEP: {child_name}",
        "Solicito una reunión del equipo del Programa de Educación Individualizada (IEP) de "
        "{child_first_name} para tratar lo siguiente: {meeting_reason}\n\n"
        "{proposed_changes}\n\n"
        "Estoy disponible en estas fechas: {available_dates}.\n\n"
        "Le ruego que invite a {invitees}.\n\n"
        "Le ruego que me envíe el borrador del IEP, las evaluaciones nuevas y los datos "
        "recientes unos días antes de la reunión, para poder leerlos con antelación.\n\n"
        "Le ruego que me confirme la recepción de esta solicitud y que me proponga una fecha "
        "de reunión a más tardar el {response_due}.",
    ),
    "implementation_concern": LetterWords(
        "Inquietud sobre los servicios (implementación)",
        "Comparar lo que exige un servicio con lo que se prestó, y preguntar por la diferencia.",
        "Servicios del IEP de {child_first_name}: {service_name}",
        "El Programa de Educación Individualizada (IEP) con fecha {iep_date} (página "
        "{service_page}) establece que {child_first_name} recibe {service_name}: "
        "{service_amount}.\n\n"
        "Del {data_from} al {data_to}, esto es lo que tengo anotado:\n\n"
        "{ledger_table}\n\n"
        "¿Podría decirme si sus registros coinciden con este recuento? Si no coinciden, le "
        "ruego que me envíe los registros de servicio de esas fechas.\n\n"
        "Para las sesiones que no se dieron, ¿podría indicarme el motivo, el plan de "
        "cobertura mientras el profesional está ausente y el calendario para recuperar el "
        "tiempo perdido?\n\n"
        "¿Podría confirmarme también que cada profesional tiene una copia del IEP y conoce "
        "sus responsabilidades según el mismo?\n\n"
        "Le ruego que me responda a más tardar el {response_due}.",
    ),
    "compensatory": LetterWords(
        "Solicitud de servicios compensatorios",
        "Pedir al equipo que decida el tiempo de recuperación de los servicios que no se dieron.",
        "Solicitud de servicios compensatorios: {child_name}",
        "El Programa de Educación Individualizada (IEP) con fecha {iep_date} establece los "
        "servicios que figuran a continuación. Del {data_from} al {data_to}, algunos de ellos "
        "no se prestaron:\n\n"
        "{ledger_table}\n\n"
        "Solicito que el equipo del IEP se reúna y decida, de forma individual para "
        "{child_first_name}, cómo afectó esta interrupción a su progreso y qué servicios "
        "compensatorios (tiempo de recuperación) se necesitan.\n\n"
        "Le ruego que traiga a la reunión una propuesta concreta: la cantidad de tiempo, el "
        "profesional, el lugar, el horario y la fecha en que se completarán los servicios de "
        "recuperación. Estos servicios se sumarían a los que el IEP ya establece, sin "
        "sustituirlos.\n\n"
        "Le ruego que me confirme la recepción de esta solicitud y que me proponga una fecha "
        "de reunión a más tardar el {response_due}.",
    ),
    "request_pwn": LetterWords(
        "Solicitud de aviso previo por escrito (PWN)",
        "Pedir el aviso por escrito que la escuela debe dar tras proponer o rechazar algo.",
        "Solicitud de aviso previo por escrito: {child_name}",
        'El {entry_date} hablé con {entry_people} sobre "{entry_topic}". Según lo que '
        "entendí: {entry_summary}\n\n"
        "Solicito un aviso previo por escrito (PWN) sobre esta decisión (34 CFR 300.503). Le "
        "ruego que incluya:\n"
        "- la acción que se propuso o se rechazó;\n"
        "- por qué la escuela la propone o la rechaza;\n"
        "- cada evaluación, prueba, registro o informe en que se basó la decisión;\n"
        "- una declaración de que cuento con la protección de las garantías procesales, y "
        "cómo puedo obtener una copia de ellas;\n"
        "- fuentes a las que puedo acudir para que me ayuden a entender estas normas;\n"
        "- las otras opciones que el equipo consideró y por qué se descartaron;\n"
        "- cualquier otro factor pertinente para la decisión.\n\n"
        "Le ruego que me entregue el aviso en {notice_language}.\n\n"
        "Le ruego que me confirme la recepción de esta solicitud y que me envíe el aviso a "
        "más tardar el {response_due}.",
    ),
    "request_records": LetterWords(
        "Solicitud de expedientes educativos",
        "Pedir ver y copiar los expedientes de la escuela antes de la próxima reunión.",
        "Solicitud de los expedientes educativos de {child_first_name}",
        "De acuerdo con IDEA (34 CFR 300.613) y FERPA, solicito examinar, revisar y recibir "
        "copias de los expedientes educativos de {child_first_name}, entre ellos:\n"
        "- el expediente completo de educación especial y el expediente acumulativo;\n"
        "- todas las evaluaciones, con los protocolos y los resúmenes de puntuaciones;\n"
        "- los registros de cada servicio del IEP;\n"
        "- los correos electrónicos y otros mensajes sobre {child_first_name};\n"
        "- los registros de disciplina y de asistencia;\n"
        "- las hojas de datos y los datos de seguimiento del progreso.\n\n"
        "Los expedientes deben entregarse sin demoras innecesarias, antes de cualquier reunión "
        "del IEP y dentro de los 45 días siguientes a esta solicitud. Le ruego que me los envíe "
        "a más tardar el {response_due}.\n\n"
        "{next_meeting_sentence}\n\n"
        "Me resulta más cómodo recibir copias en PDF por correo electrónico. Si las copias "
        "tienen algún costo, le ruego que me lo indique antes de hacerlas.\n\n"
        "Le ruego que me confirme la recepción de esta solicitud.",
    ),
    "post_meeting": LetterWords(
        "Resumen después de una reunión",
        "Dejar por escrito lo que se decidió, quién hace qué y para cuándo, y lo que se rechazó.",
        "Resumen de nuestra reunión del {meeting_date}: {child_name}",
        "Gracias por reunirse conmigo el {meeting_date} para tratar {meeting_topic}.\n\n"
        "Asistentes: {meeting_attendees}\n\n"
        "Esto es lo que entiendo que acordamos (quién, qué y para cuándo):\n"
        "{meeting_decisions}\n\n"
        "{meeting_disagreements}\n\n"
        "{meeting_questions}\n\n"
        "Si algo de lo anterior no coincide con lo que usted entendió, le ruego que me envíe "
        "sus correcciones a más tardar el {response_due}. Si no recibo noticias suyas para "
        "entonces, conservaré este resumen como nuestro registro común de la reunión.",
    ),
}
