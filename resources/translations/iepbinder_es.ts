<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
<context>
    <name></name>
    <message>
        <source>&amp;New binder...</source>
        <translation>&amp;Nueva carpeta...</translation>
    </message>
    <message>
        <source>Start a new, empty binder in a folder you choose</source>
        <translation>Crear una carpeta nueva y vacía en la ubicación que usted elija</translation>
    </message>
    <message>
        <source>&amp;Open binder...</source>
        <translation>&amp;Abrir carpeta...</translation>
    </message>
    <message>
        <source>Open a binder folder</source>
        <translation>Abrir una carpeta de IEP Binder</translation>
    </message>
    <message>
        <source>Open the &amp;demo binder</source>
        <translation>Abrir la carpeta de &amp;demostración</translation>
    </message>
    <message>
        <source>Look around a binder filled with a fictional child</source>
        <translation>Explorar una carpeta con los datos de un niño ficticio</translation>
    </message>
    <message>
        <source>&amp;Connect to server...</source>
        <translation>&amp;Conectar a un servidor...</translation>
    </message>
    <message>
        <source>Open a binder shared on a PostgreSQL server</source>
        <translation>Abrir una carpeta compartida en un servidor PostgreSQL</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>Preview and print the page you are looking at</source>
        <translation>Ver e imprimir la página que está mirando</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Exportar PDF...</translation>
    </message>
    <message>
        <source>Save the page you are looking at as a PDF file</source>
        <translation>Guardar como PDF la página que está mirando</translation>
    </message>
    <message>
        <source>Save a copy of the whole binder (&amp;JSON)...</source>
        <translation>Guardar una copia de toda la carpeta (&amp;JSON)...</translation>
    </message>
    <message>
        <source>Everything in this binder as one file</source>
        <translation>Todo lo de esta carpeta en un solo archivo</translation>
    </message>
    <message>
        <source>&amp;Import a binder file (JSON)...</source>
        <translation>Importar un archivo de carpeta (JS&amp;ON)...</translation>
    </message>
    <message>
        <source>Fill this empty binder from a saved binder file</source>
        <translation>Llenar esta carpeta vacía con un archivo de carpeta guardado</translation>
    </message>
    <message>
        <source>&amp;Back up now...</source>
        <translation>&amp;Hacer copia de seguridad...</translation>
    </message>
    <message>
        <source>Save a complete copy of this binder as one .zip file</source>
        <translation>Guardar una copia completa de esta carpeta en un archivo .zip</translation>
    </message>
    <message>
        <source>&amp;Restore a backup...</source>
        <translation>&amp;Restaurar una copia de seguridad...</translation>
    </message>
    <message>
        <source>Unpack a backup .zip into a new folder and open it</source>
        <translation>Descomprimir una copia de seguridad .zip en una carpeta nueva y abrirla</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Salir</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Trash...</source>
        <translation>Pape&amp;lera...</translation>
    </message>
    <message>
        <source>See deleted items and restore them</source>
        <translation>Ver los elementos borrados y recuperarlos</translation>
    </message>
    <message>
        <source>&amp;Add a child...</source>
        <translation>&amp;Agregar un niño...</translation>
    </message>
    <message>
        <source>&amp;Edit child...</source>
        <translation>&amp;Editar niño...</translation>
    </message>
    <message>
        <source>Move child to &amp;trash</source>
        <translation>Mover niño a la &amp;papelera</translation>
    </message>
    <message>
        <source>&amp;Check binder</source>
        <translation>&amp;Revisar la carpeta</translation>
    </message>
    <message>
        <source>Check that the binder&apos;s records are complete and sound</source>
        <translation>Comprobar que los registros de la carpeta están completos y en buen estado</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualizar</translation>
    </message>
    <message>
        <source>Show the latest changes, including those made on other computers</source>
        <translation>Mostrar los cambios más recientes, incluidos los hechos en otras computadoras</translation>
    </message>
    <message>
        <source>&amp;About IEP Binder</source>
        <translation>&amp;Acerca de IEP Binder</translation>
    </message>
    <message>
        <source>&amp;Import documents and emails...</source>
        <translation>&amp;Importar documentos y correos...</translation>
    </message>
    <message>
        <source>File school emails, PDFs and other files (you can also drag them in)</source>
        <translation>Archivar correos de la escuela, PDF y otros archivos (también puede arrastrarlos aquí)</translation>
    </message>
    <message>
        <source>&amp;Paste documents or emails</source>
        <translation>&amp;Pegar documentos o correos</translation>
    </message>
    <message>
        <source>File the files or email you copied</source>
        <translation>Archivar los archivos o el correo que copió</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Guía de uso</translation>
    </message>
    <message>
        <source>How to use IEP Binder, from the first binder to the meeting packet</source>
        <translation>Cómo usar IEP Binder, desde la primera carpeta hasta el paquete para la reunión</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Role</source>
        <translation>Función</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Teléfono</translation>
    </message>
    <message>
        <source>Organization</source>
        <translation>Organización</translation>
    </message>
    <message>
        <source>⚠ {n} to check</source>
        <translation>⚠ {n} por revisar</translation>
    </message>
    <message>
        <source>⚠ amount not confirmed</source>
        <translation>⚠ cantidad sin confirmar</translation>
    </message>
    <message>
        <source>✓ OK</source>
        <translation>✓ Bien</translation>
    </message>
    <message>
        <source>The amount was read from the IEP text; check it against the IEP page.</source>
        <translation>La cantidad se leyó del texto del IEP; compárela con la página del IEP.</translation>
    </message>
    <message>
        <source>No problems found by the checks.</source>
        <translation>Las revisiones no encontraron problemas.</translation>
    </message>
    <message>
        <source> (up to {n})</source>
        <translation> (hasta {n})</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Decidido por</translation>
    </message>
    <message>
        <source>Agreed</source>
        <translation>Acordado</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Still to deliver</source>
        <translation>Falta prestar</translation>
    </message>
    <message>
        <source>Deliver by</source>
        <translation>Prestar antes del</translation>
    </message>
    <message>
        <source>Delivered = the minutes of the make-up sessions logged under this award; still to deliver = agreed - delivered ({agreed} - {delivered}).</source>
        <translation>Prestado = los minutos de las sesiones de recuperación registradas bajo esta compensación; falta prestar = acordado - prestado ({agreed} - {delivered}).</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Cantidad</translation>
    </message>
    <message>
        <source>As written in the IEP</source>
        <translation>Tal como dice el IEP</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Dates</source>
        <translation>Fechas</translation>
    </message>
    <message>
        <source>Page</source>
        <translation>Página</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Where it applies</source>
        <translation>Dónde se aplica</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>by {date}</source>
        <translation>para el {date}</translation>
    </message>
    <message>
        <source>Area</source>
        <translation>Área</translation>
    </message>
    <message>
        <source>Goal</source>
        <translation>Meta</translation>
    </message>
    <message>
        <source>Baseline → target</source>
        <translation>Punto de partida → meta</translation>
    </message>
    <message>
        <source>Measured by</source>
        <translation>Se mide con</translation>
    </message>
    <message>
        <source>Attached to #{n}</source>
        <translation>Adjunto al n.º {n}</translation>
    </message>
    <message>
        <source>No.</source>
        <translation>N.º</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Autor</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>Título</translation>
    </message>
    <message>
        <source>Where the words are</source>
        <translation>Dónde están las palabras</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>School refusal</source>
        <translation>Rechazo a la escuela</translation>
    </message>
    <message>
        <source>What the child said</source>
        <translation>Lo que dijo el niño</translation>
    </message>
    <message>
        <source>What I saw</source>
        <translation>Lo que vi</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>Provided?</source>
        <translation>¿Se dio?</translation>
    </message>
    <message>
        <source>✓ Provided</source>
        <translation>✓ Se dio</translation>
    </message>
    <message>
        <source>✗ Not provided</source>
        <translation>✗ No se dio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Not provided</source>
        <translation>No se dio</translation>
    </message>
    <message>
        <source>{n} of {checked} checks</source>
        <translation>{n} de {checked} revisiones</translation>
    </message>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>Meeting</source>
        <translation>Reunión</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En persona</translation>
    </message>
    <message>
        <source>Text message</source>
        <translation>Mensaje de texto</translation>
    </message>
    <message>
        <source>School portal</source>
        <translation>Portal escolar</translation>
    </message>
    <message>
        <source>Note home</source>
        <translation>Nota a casa</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>⚠ Overdue since {day}</source>
        <translation>⚠ Atrasado ({day})</translation>
    </message>
    <message>
        <source>⚠ No reply (due {day})</source>
        <translation>⚠ Sin respuesta ({day})</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>Vence hoy</translation>
    </message>
    <message>
        <source>Due {day}</source>
        <translation>Vence el {day}</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>Pendiente</translation>
    </message>
    <message>
        <source>✓ Done</source>
        <translation>✓ Hecho</translation>
    </message>
    <message>
        <source>You sent this email and no reply is logged yet. A reply was expected within the school days set for &apos;no reply yet&apos; (5 by default), that is by {day}. Log the reply, or mark this done, to clear it.</source>
        <translation>Usted envió este correo y todavía no hay una respuesta registrada. Se esperaba respuesta dentro de los días escolares fijados para «sin respuesta aún» (5 de forma predeterminada), es decir, a más tardar el {day}. Registre la respuesta o márquelo como hecho para quitarlo.</translation>
    </message>
    <message>
        <source>The follow-up was due {day} and the entry is not marked done. Mark it done when it is handled.</source>
        <translation>El seguimiento vencía el {day} y la entrada no está marcada como hecha. Márquela como hecha cuando lo haya resuelto.</translation>
    </message>
    <message>
        <source>Follow-up due {day}.</source>
        <translation>Seguimiento para el {day}.</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>People</source>
        <translation>Personas</translation>
    </message>
    <message>
        <source>Topic</source>
        <translation>Tema</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>{way} ← school</source>
        <translation>{way} ← escuela</translation>
    </message>
    <message>
        <source>A projection needs at least 3 points, a target and a target date.</source>
        <translation>Una proyección necesita al menos 3 puntos, una meta y una fecha para la meta.</translation>
    </message>
    <message>
        <source>Projection = intercept + slope × weeks to the goal date = {b} + {m} × {x} = {p}. The trend line is fitted through the data points by {method}.</source>
        <translation>Proyección = intersección + pendiente × semanas hasta la fecha de la meta = {b} + {m} × {x} = {p}. La línea de tendencia se ajusta a los datos por {method}.</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>Signal</source>
        <translation>Señal</translation>
    </message>
    <message>
        <source>No signal yet</source>
        <translation>Aún sin señal</translation>
    </message>
    <message>
        <source>Points</source>
        <translation>Puntos</translation>
    </message>
    <message>
        <source>Projected / target</source>
        <translation>Proyectado / meta</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Fuente</translation>
    </message>
    <message>
        <source>Not received yet</source>
        <translation>Aún no recibido</translation>
    </message>
    <message>
        <source>Checking...</source>
        <translation>Revisando...</translation>
    </message>
    <message>
        <source>⚠ {n} red flag(s)</source>
        <translation>⚠ {n} señal(es) de alerta</translation>
    </message>
    <message>
        <source>✓ None found</source>
        <translation>✓ No se encontró ninguna</translation>
    </message>
    <message>
        <source>Period</source>
        <translation>Período</translation>
    </message>
    <message>
        <source>Expected</source>
        <translation>Esperado</translation>
    </message>
    <message>
        <source>Received</source>
        <translation>Recibido</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>{message}
→ {next_step}</source>
        <translation>{message}
→ {next_step}</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>What the report shows → next step</source>
        <translation>Lo que muestra el informe → siguiente paso</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Pasaje</translation>
    </message>
    <message>
        <source>Win</source>
        <translation>Logro</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>Open the {tab} tab at this item.</source>
        <translation>Abrir la pestaña {tab} en este elemento.</translation>
    </message>
    <message>
        <source>Suggested letter: {letter}.</source>
        <translation>Carta sugerida: {letter}.</translation>
    </message>
    <message>
        <source>Level</source>
        <translation>Nivel</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Where to act</source>
        <translation>Dónde actuar</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Propósito</translation>
    </message>
    <message>
        <source>Possible deadline</source>
        <translation>Posible fecha límite</translation>
    </message>
    <message>
        <source>No date</source>
        <translation>Sin fecha</translation>
    </message>
    <message>
        <source>Possible deadline, verify. {how}</source>
        <translation>Posible fecha límite, verifíquela. {how}</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Not raised yet</source>
        <translation>Aún no planteada</translation>
    </message>
    <message>
        <source>Concern</source>
        <translation>Inquietud</translation>
    </message>
    <message>
        <source>Class or setting</source>
        <translation>Clase o lugar</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>✓ Resolved</source>
        <translation>✓ Resuelta</translation>
    </message>
    <message>
        <source>Raised with</source>
        <translation>Planteada ante</translation>
    </message>
    <message>
        <source>in {n} days</source>
        <translation>en {n} días</translation>
    </message>
    <message>
        <source>passed {n} days ago</source>
        <translation>pasó hace {n} días</translation>
    </message>
    <message>
        <source>(a possible next step)</source>
        <translation>(un posible siguiente paso)</translation>
    </message>
    <message>
        <source>✓ Used {day}</source>
        <translation>✓ Usada el {day}</translation>
    </message>
    <message>
        <source>Draft</source>
        <translation>Borrador</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Reply due</source>
        <translation>Respuesta esperada</translation>
    </message>
    <message>
        <source>dragged from Outlook</source>
        <translation>arrastrado desde Outlook</translation>
    </message>
    <message>
        <source>{name}: Outlook did not hand this message over (Outlook gives only the first item of a drag, and whole messages only in a form that cannot be read here). Drag it to the desktop first and drop that file, or save it with File &gt; Save As.</source>
        <translation>{name}: Outlook no entregó este mensaje (Outlook solo entrega el primer elemento que se arrastra, y los mensajes completos solo en un formato que aquí no se puede leer). Arrástrelo primero al escritorio y suelte ese archivo, o guárdelo con Archivo &gt; Guardar como.</translation>
    </message>
    <message>
        <source>{name}: Outlook handed over an empty message. Drag it to the desktop first and drop that file, or save it with File &gt; Save As (Outlook message format).</source>
        <translation>{name}: Outlook entregó un mensaje vacío. Arrástrelo primero al escritorio y suelte ese archivo, o guárdelo con Archivo &gt; Guardar como (formato de mensaje de Outlook).</translation>
    </message>
    <message>
        <source>dropped email</source>
        <translation>correo soltado</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 correo</translation>
    </message>
    <message>
        <source>{n} emails</source>
        <translation>{n} correos</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <source>the folder “{name}”</source>
        <translation>la carpeta «{name}»</translation>
    </message>
    <message>
        <source>{n} folders</source>
        <translation>{n} carpetas</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>these</source>
        <translation>estos</translation>
    </message>
    <message>
        <source>Add {what} to the binder</source>
        <translation>Agregar {what} a la carpeta</translation>
    </message>
    <message>
        <source>Add {what} to {name}’s binder</source>
        <translation>Agregar {what} a la carpeta de {name}</translation>
    </message>
    <message>
        <source>From</source>
        <translation>De</translation>
    </message>
    <message>
        <source>Cc</source>
        <translation>CC</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Enviado</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Archivos adjuntos</translation>
    </message>
    <message>
        <source>Invitation</source>
        <translation>Invitación</translation>
    </message>
    <message>
        <source>(no subject)</source>
        <translation>(sin asunto)</translation>
    </message>
    <message>
        <source>IEP Binder is not allowed to use{where}. Choose another place, or check its permissions.</source>
        <translation>IEP Binder no tiene permiso para usar{where}. Elija otro lugar o revise sus permisos.</translation>
    </message>
    <message>
        <source>The computer could not read or write a file{where}: {reason}.</source>
        <translation>La computadora no pudo leer o escribir un archivo{where}: {reason}.</translation>
    </message>
    <message>
        <source>Something unexpected went wrong, so this action was not completed. What you saved before is safe. Please try again.</source>
        <translation>Algo inesperado salió mal, así que esta acción no se completó. Lo que guardó antes está a salvo. Inténtelo de nuevo, por favor.</translation>
    </message>
    <message>
        <source>Reset</source>
        <translation>Restablecer</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Sí</translation>
    </message>
    <message>
        <source>Services and make-up time</source>
        <translation>Servicios y tiempo de recuperación</translation>
    </message>
    <message>
        <source>Service alerts</source>
        <translation>Alertas de servicios</translation>
    </message>
    <message>
        <source>Communication log</source>
        <translation>Registro de comunicación</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <source>Goal progress</source>
        <translation>Progreso en las metas</translation>
    </message>
    <message>
        <source>Holidays and short weeks, for a new service (holiday policy)</source>
        <translation>Feriados y semanas cortas, para un servicio nuevo (política de feriados)</translation>
    </message>
    <message>
        <source>A: a week with any school owes the full amount. B: in proportion to the school days. C: only weeks with no school at all are reduced. Each service can still choose its own in the service form.</source>
        <translation>A: una semana con algún día de clases debe la cantidad completa. B: en proporción a los días de clases. C: solo se reducen las semanas sin ningún día de clases. Cada servicio puede elegir la suya en el formulario del servicio.</translation>
    </message>
    <message>
        <source>First and last part-weeks of a service (partial periods)</source>
        <translation>Primera y última semana incompleta de un servicio (períodos parciales)</translation>
    </message>
    <message>
        <source>When a service starts or ends mid-week, owe part of the week&apos;s amount in proportion to its school days, or the full amount.</source>
        <translation>Cuando un servicio empieza o termina a mitad de semana, se debe una parte de la cantidad semanal en proporción a sus días de clases, o la cantidad completa.</translation>
    </message>
    <message>
        <source>Year or term services: behind pace below (pacing threshold)</source>
        <translation>Servicios anuales o por período: atrasado por debajo de (umbral de ritmo)</translation>
    </message>
    <message>
        <source>A yearly or term amount is flagged when the minutes delivered so far are below this share of the minutes expected so far.</source>
        <translation>Se marca una cantidad anual o por período cuando los minutos dados hasta ahora están por debajo de esta parte de los minutos previstos hasta ahora.</translation>
    </message>
    <message>
        <source>Service not started after (start alert, T-START)</source>
        <translation>Servicio sin comenzar después de (alerta de inicio, T-START)</translation>
    </message>
    <message>
        <source>School days after the service&apos;s start date with nothing delivered before the start alert shows.</source>
        <translation>Días de clases después de la fecha de inicio del servicio, sin nada dado, antes de que aparezca la alerta de inicio.</translation>
    </message>
    <message>
        <source>Late start, early release, closure: who owes it (schedule change)</source>
        <translation>Entrada tarde, salida temprano, cierre: quién lo debe (cambio de horario)</translation>
    </message>
    <message>
        <source>Whom a session lost to a school schedule change is counted against.</source>
        <translation>A quién se le cuenta una sesión perdida por un cambio de horario de la escuela.</translation>
    </message>
    <message>
        <source>Short weeks under policy A: who owes it (calendar shortfall)</source>
        <translation>Semanas cortas con la política A: quién lo debe (déficit del calendario)</translation>
    </message>
    <message>
        <source>Whom the sessions that did not fit in a short week are counted against.</source>
        <translation>A quién se le cuentan las sesiones que no cupieron en una semana corta.</translation>
    </message>
    <message>
        <source>Sessions in the wrong setting or group still count as delivered (conforming)</source>
        <translation>Las sesiones en otro lugar o grupo cuentan como dadas (conformes)</translation>
    </message>
    <message>
        <source>Yes: they count and get a mismatch flag. No (strict): they count as missed by the school.</source>
        <translation>Sí: cuentan y se marcan como discrepancia. No (estricto): cuentan como perdidas por la escuela.</translation>
    </message>
    <message>
        <source>Make-up estimate includes disputed misses (include disputed)</source>
        <translation>La estimación de recuperación incluye las faltas en disputa (incluir disputadas)</translation>
    </message>
    <message>
        <source>The advocate view always includes them; this changes the district view too.</source>
        <translation>La vista del defensor siempre las incluye; esto cambia también la vista del distrito.</translation>
    </message>
    <message>
        <source>Sessions nobody logged count as missed by the school (unaccounted)</source>
        <translation>Las sesiones que nadie registró cuentan como perdidas por la escuela (sin registrar)</translation>
    </message>
    <message>
        <source>Adds the expected minutes with no log at all to the make-up estimate.</source>
        <translation>Suma a la estimación de recuperación los minutos previstos que no tienen ningún registro.</translation>
    </message>
    <message>
        <source>A make-up only makes up for the same service (same service type)</source>
        <translation>Una recuperación solo compensa el mismo servicio (mismo tipo de servicio)</translation>
    </message>
    <message>
        <source>So occupational therapy make-ups do not offset missed speech.</source>
        <translation>Así, las recuperaciones de terapia ocupacional no compensan la terapia del habla perdida.</translation>
    </message>
    <message>
        <source>Make-up minutes per missed minute (compensatory ratio)</source>
        <translation>Minutos de recuperación por minuto perdido (proporción compensatoria)</translation>
    </message>
    <message>
        <source>The minute-for-minute estimate is multiplied by this. It is a starting point for discussion, not a rule.</source>
        <translation>La estimación minuto por minuto se multiplica por este número. Es un punto de partida para conversar, no una regla.</translation>
    </message>
    <message>
        <source>Delivery rate measured over the last (trailing weeks)</source>
        <translation>Tasa de prestación medida en las últimas (semanas)</translation>
    </message>
    <message>
        <source>The window of the WATCH and ACTION delivery-rate checks.</source>
        <translation>El intervalo de las revisiones de tasa de prestación VIGILAR y ACTUAR.</translation>
    </message>
    <message>
        <source>WATCH when the net delivery rate is below</source>
        <translation>VIGILAR cuando la tasa neta de prestación está por debajo de</translation>
    </message>
    <message>
        <source>Net rate = (delivered + make-up) / (expected - student misses - holidays).</source>
        <translation>Tasa neta = (dado + recuperación) / (previsto - faltas del estudiante - feriados).</translation>
    </message>
    <message>
        <source>ACTION when the net delivery rate is below</source>
        <translation>ACTUAR cuando la tasa neta de prestación está por debajo de</translation>
    </message>
    <message>
        <source>WATCH after school-caused misses in a row</source>
        <translation>VIGILAR después de faltas seguidas causadas por la escuela</translation>
    </message>
    <message>
        <source>Consecutive sessions missed for a reason counted against the school.</source>
        <translation>Sesiones seguidas perdidas por un motivo que se le cuenta a la escuela.</translation>
    </message>
    <message>
        <source>ACTION after school-caused misses in a row</source>
        <translation>ACTUAR después de faltas seguidas causadas por la escuela</translation>
    </message>
    <message>
        <source>ACTION after school days with no service at all</source>
        <translation>ACTUAR después de días de clases sin ningún servicio</translation>
    </message>
    <message>
        <source>School days in a row with the child present and nothing delivered (Illinois-style).</source>
        <translation>Días de clases seguidos con el niño presente y nada dado (como en Illinois).</translation>
    </message>
    <message>
        <source>ESCALATE when an ACTION alert lasts more than (weeks)</source>
        <translation>ESCALAR cuando una alerta ACTUAR dura más de (semanas)</translation>
    </message>
    <message>
        <source>An ACTION condition lasting this long suggests a written request.</source>
        <translation>Una situación ACTUAR que dura tanto sugiere una solicitud por escrito.</translation>
    </message>
    <message>
        <source>Note when student absences in a month are over</source>
        <translation>Anotar cuando las ausencias del estudiante en un mes superan</translation>
    </message>
    <message>
        <source>Share of a month&apos;s sessions missed for reasons counted against the student.</source>
        <translation>Parte de las sesiones de un mes perdidas por motivos que se le cuentan al estudiante.</translation>
    </message>
    <message>
        <source>Note entries written later than (hours after the event)</source>
        <translation>Anotar las entradas escritas después de (horas tras el hecho)</translation>
    </message>
    <message>
        <source>An entry logged this long after the event is noted as not written at the time (not contemporaneous).</source>
        <translation>Una entrada registrada tanto tiempo después del hecho se anota como no escrita en el momento (no contemporánea).</translation>
    </message>
    <message>
        <source>An email with no reply becomes a follow-up after (school days)</source>
        <translation>Un correo sin respuesta se vuelve un seguimiento después de (días de clases)</translation>
    </message>
    <message>
        <source>An email you sent with no logged reply in this many school days.</source>
        <translation>Un correo que usted envió sin respuesta registrada en esta cantidad de días de clases.</translation>
    </message>
    <message>
        <source>State rules for deadlines (deadline profile)</source>
        <translation>Reglas estatales para las fechas límite (perfil de fechas límite)</translation>
    </message>
    <message>
        <source>States may shorten federal deadlines. Every date is a possible deadline: verify it.</source>
        <translation>Los estados pueden acortar las fechas límite federales. Cada fecha es una posible fecha límite: verifíquela.</translation>
    </message>
    <message>
        <source>Remind before the annual review (days before)</source>
        <translation>Recordar antes de la revisión anual (días antes)</translation>
    </message>
    <message>
        <source>Numbers separated by commas, for example 60, 30, 14, 7.</source>
        <translation>Números separados por comas, por ejemplo 60, 30, 14, 7.</translation>
    </message>
    <message>
        <source>An amendment restarts the annual review clock</source>
        <translation>Una enmienda reinicia el plazo de la revisión anual</translation>
    </message>
    <message>
        <source>Usually no: only a meeting that reviewed the whole IEP does.</source>
        <translation>Por lo general no: solo lo hace una reunión que revisó todo el IEP.</translation>
    </message>
    <message>
        <source>Reevaluation every (years)</source>
        <translation>Reevaluación cada (años)</translation>
    </message>
    <message>
        <source>Federal rule: at least every 3 years (some states: 2 for some disabilities).</source>
        <translation>Regla federal: al menos cada 3 años (algunos estados: 2 para algunas discapacidades).</translation>
    </message>
    <message>
        <source>State complaint window (years after the problem)</source>
        <translation>Plazo para una queja estatal (años después del problema)</translation>
    </message>
    <message>
        <source>Shown as a possible deadline, verify.</source>
        <translation>Se muestra como posible fecha límite; verifíquela.</translation>
    </message>
    <message>
        <source>Due process window (years after you knew)</source>
        <translation>Plazo para el debido proceso (años después de enterarse)</translation>
    </message>
    <message>
        <source>How the trend line is drawn (trend method)</source>
        <translation>Cómo se traza la línea de tendencia (método de tendencia)</translation>
    </message>
    <message>
        <source>Ordinary least squares by default; Tukey and split-middle resist odd points.</source>
        <translation>Mínimos cuadrados ordinarios de forma predeterminada; Tukey y split-middle resisten los puntos atípicos.</translation>
    </message>
    <message>
        <source>Starting point of the goal line (baseline)</source>
        <translation>Punto de partida de la línea de la meta (línea base)</translation>
    </message>
    <message>
        <source>The median of the first 3 probes, or the value the IEP states.</source>
        <translation>La mediana de las 3 primeras mediciones, o el valor que indica el IEP.</translation>
    </message>
    <message>
        <source>Points on one side of the goal line before a signal (point rule)</source>
        <translation>Puntos de un lado de la línea de la meta antes de una señal (regla de puntos)</translation>
    </message>
    <message>
        <source>Points below the goal line suggest changing instruction; above, raising the goal.</source>
        <translation>Puntos por debajo de la línea de la meta sugieren cambiar la enseñanza; por encima, subir la meta.</translation>
    </message>
    <message>
        <source>Points needed before the trend is judged (trend rule)</source>
        <translation>Puntos necesarios antes de juzgar la tendencia (regla de tendencia)</translation>
    </message>
    <message>
        <source>DOMAIN.md allows 6 to 12; 8 by default.</source>
        <translation>DOMAIN.md permite de 6 a 12; 8 de forma predeterminada.</translation>
    </message>
    <message>
        <source>Trend counts as on track within (tolerance)</source>
        <translation>La tendencia cuenta como encaminada dentro de (tolerancia)</translation>
    </message>
    <message>
        <source>The trend&apos;s slope is compared with the goal line&apos;s slope plus or minus this share.</source>
        <translation>La pendiente de la tendencia se compara con la pendiente de la línea de la meta, más o menos esta parte.</translation>
    </message>
    <message>
        <source>Report text counts as copied forward at (similarity)</source>
        <translation>El texto del informe cuenta como copiado del anterior a partir de (similitud)</translation>
    </message>
    <message>
        <source>A goal&apos;s text this similar to the previous period&apos;s is flagged (PR-6).</source>
        <translation>Se marca el texto de una meta así de parecido al del período anterior (PR-6).</translation>
    </message>
    <message>
        <source>A progress report is missing after (days past the expected date)</source>
        <translation>Falta un informe de progreso después de (días pasada la fecha prevista)</translation>
    </message>
    <message>
        <source>PR-7: the expected report date plus this many days.</source>
        <translation>PR-7: la fecha prevista del informe más esta cantidad de días.</translation>
    </message>
    <message>
        <source>Vague phrases flagged without data (PR-3 dictionary)</source>
        <translation>Frases vagas marcadas si no tienen datos (diccionario PR-3)</translation>
    </message>
    <message>
        <source>One phrase per line.</source>
        <translation>Una frase por línea.</translation>
    </message>
    <message>
        <source>A: full amount in any week with school</source>
        <translation>A: cantidad completa en toda semana con clases</translation>
    </message>
    <message>
        <source>In proportion to school days</source>
        <translation>En proporción a los días de clases</translation>
    </message>
    <message>
        <source>C: only whole closures reduce it</source>
        <translation>C: solo la reducen los cierres completos</translation>
    </message>
    <message>
        <source>The full amount</source>
        <translation>La cantidad completa</translation>
    </message>
    <message>
        <source>The school (owed)</source>
        <translation>La escuela (se debe)</translation>
    </message>
    <message>
        <source>The student (not owed)</source>
        <translation>El estudiante (no se debe)</translation>
    </message>
    <message>
        <source>Disputed (shown in the advocate view)</source>
        <translation>En disputa (se muestra en la vista del defensor)</translation>
    </message>
    <message>
        <source>Neither (holiday)</source>
        <translation>Ninguno (feriado)</translation>
    </message>
    <message>
        <source>Federal rules only</source>
        <translation>Solo reglas federales</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>Ordinary least squares</source>
        <translation>Mínimos cuadrados ordinarios</translation>
    </message>
    <message>
        <source>Tukey (three groups)</source>
        <translation>Tukey (tres grupos)</translation>
    </message>
    <message>
        <source>Three-median line</source>
        <translation>Línea de tres medianas</translation>
    </message>
    <message>
        <source>Split-middle</source>
        <translation>Split-middle (división por la mitad)</translation>
    </message>
    <message>
        <source>Median of the first 3 probes</source>
        <translation>Mediana de las 3 primeras mediciones</translation>
    </message>
    <message>
        <source>The value stated in the IEP</source>
        <translation>El valor que indica el IEP</translation>
    </message>
    <message>
        <source>4 in a row</source>
        <translation>4 seguidos</translation>
    </message>
    <message>
        <source>3 in a row</source>
        <translation>3 seguidos</translation>
    </message>
    <message>
        <source>4 of the last 6</source>
        <translation>4 de los últimos 6</translation>
    </message>
    <message>
        <source>3 below in a row, 6 above to raise the goal</source>
        <translation>3 por debajo seguidos; 6 por encima para subir la meta</translation>
    </message>
    <message>
        <source>B: in proportion to school days</source>
        <translation>B: en proporción a los días de clases</translation>
    </message>
    <message>
        <source>No</source>
        <translation>No</translation>
    </message>
    <message>
        <source>{count} phrases</source>
        <translation>{count} frases</translation>
    </message>
</context>
<context>
    <name>AccommodationDialog</name>
    <message>
        <source>Presentation</source>
        <translation>Presentación</translation>
    </message>
    <message>
        <source>Response</source>
        <translation>Respuesta</translation>
    </message>
    <message>
        <source>Setting</source>
        <translation>Lugar</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Tiempo</translation>
    </message>
    <message>
        <source>Scheduling</source>
        <translation>Horario</translation>
    </message>
    <message>
        <source>Behavior</source>
        <translation>Conducta</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>e.g. Extended time (1.5x) on tests and quizzes</source>
        <translation>p. ej., Tiempo adicional (1.5 veces) en exámenes y pruebas cortas</translation>
    </message>
    <message>
        <source>&amp;Accommodation (as written)</source>
        <translation>&amp;Adaptación (tal como está escrita)</translation>
    </message>
    <message>
        <source>Choose or type</source>
        <translation>Elija o escriba</translation>
    </message>
    <message>
        <source>&amp;Category</source>
        <translation>&amp;Categoría</translation>
    </message>
    <message>
        <source>&amp;Where it applies</source>
        <translation>&amp;Dónde se aplica</translation>
    </message>
    <message>
        <source>Separate classes with commas, e.g. Math, Science, All classes</source>
        <translation>Separe las clases con comas, p. ej., Matemáticas, Ciencias, Todas las clases</translation>
    </message>
    <message>
        <source>e.g. 14</source>
        <translation>p. ej., 14</translation>
    </message>
    <message>
        <source>IEP &amp;page</source>
        <translation>&amp;Página del IEP</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>AmendDialog</name>
    <message>
        <source>An amendment is a new dated plan. The current plan stays as it was; the amendment starts with a copy of its services, accommodations and goals that you then change.</source>
        <translation>Una enmienda es un plan nuevo con fecha. El plan actual queda como estaba; la enmienda empieza con una copia de sus servicios, adaptaciones y metas, que luego usted cambia.</translation>
    </message>
    <message>
        <source>&amp;Takes effect on (effective date)</source>
        <translation>&amp;Entra en vigor el (fecha de vigencia)</translation>
    </message>
    <message>
        <source>Required. The copied services start on this date.</source>
        <translation>Obligatorio. Los servicios copiados empiezan en esta fecha.</translation>
    </message>
    <message>
        <source>Amendment &amp;meeting date</source>
        <translation>Fecha de la &amp;reunión de la enmienda</translation>
    </message>
    <message>
        <source>Leave blank if the change was agreed without a meeting.</source>
        <translation>Déjelo en blanco si el cambio se acordó sin reunión.</translation>
    </message>
    <message>
        <source>e.g. Amendment: added counseling</source>
        <translation>p. ej., Enmienda: se agregó consejería</translation>
    </message>
    <message>
        <source>T&amp;itle</source>
        <translation>T&amp;ítulo</translation>
    </message>
    <message>
        <source>Give the date the amendment takes effect.</source>
        <translation>Indique la fecha en que entra en vigor la enmienda.</translation>
    </message>
</context>
<context>
    <name>AwardDeliveryDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Minutes delivered</source>
        <translation>&amp;Minutos prestados</translation>
    </message>
    <message>
        <source>&amp;Provided by</source>
        <translation>&amp;Prestado por</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Give the session&apos;s date.</source>
        <translation>Indique la fecha de la sesión.</translation>
    </message>
    <message>
        <source>Enter the minutes delivered.</source>
        <translation>Indique los minutos prestados.</translation>
    </message>
    <message>
        <source>The date is in the future.</source>
        <translation>La fecha es futura.</translation>
    </message>
</context>
<context>
    <name>AwardDialog</name>
    <message>
        <source>e.g. Speech-language therapy</source>
        <translation>p. ej., Terapia del habla y lenguaje</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>Decided &amp;by</source>
        <translation>Decidido p&amp;or</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Decidido &amp;el</translation>
    </message>
    <message>
        <source>&amp;Amount (minutes)</source>
        <translation>&amp;Cantidad (minutos)</translation>
    </message>
    <message>
        <source>The total agreed, for example 3 sessions of 30 minutes = 90 minutes.</source>
        <translation>El total acordado, por ejemplo 3 sesiones de 30 minutos = 90 minutos.</translation>
    </message>
    <message>
        <source>School staff or an outside provider</source>
        <translation>Personal de la escuela o un proveedor externo</translation>
    </message>
    <message>
        <source>&amp;Provided by</source>
        <translation>&amp;Prestado por</translation>
    </message>
    <message>
        <source>e.g. Speech room, before school</source>
        <translation>p. ej., Sala de terapia del habla, antes de clases</translation>
    </message>
    <message>
        <source>&amp;Where and when</source>
        <translation>&amp;Dónde y cuándo</translation>
    </message>
    <message>
        <source>What was a&amp;greed (in words)</source>
        <translation>Lo a&amp;cordado (en palabras)</translation>
    </message>
    <message>
        <source>As the agreement or decision says it; an award may be qualitative.</source>
        <translation>Tal como lo dice el acuerdo o la decisión; una compensación puede ser cualitativa.</translation>
    </message>
    <message>
        <source>Deliver &amp;by</source>
        <translation>Prestar an&amp;tes del</translation>
    </message>
    <message>
        <source>Proposed</source>
        <translation>Propuesta</translation>
    </message>
    <message>
        <source>Agreed or ordered</source>
        <translation>Acordada u ordenada</translation>
    </message>
    <message>
        <source>Being delivered</source>
        <translation>En curso</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Completada</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>The award says what, how much, who, where and by when.</source>
        <translation>La compensación dice qué, cuánto, quién, dónde y para cuándo.</translation>
    </message>
    <message>
        <source>&lt;b&gt;To settle in writing&lt;/b&gt; (vague awards are a known problem):</source>
        <translation>&lt;b&gt;Para dejar por escrito&lt;/b&gt; (las compensaciones vagas son un problema conocido):</translation>
    </message>
    <message>
        <source>Name the service the award is for.</source>
        <translation>Indique el servicio al que corresponde la compensación.</translation>
    </message>
    <message>
        <source>Give the minutes agreed, or describe the award in words below.</source>
        <translation>Indique los minutos acordados o describa la compensación abajo, en palabras.</translation>
    </message>
</context>
<context>
    <name>AwardsDialog</name>
    <message>
        <source>Compensatory awards (make-up time agreed or ordered)</source>
        <translation>Servicios compensatorios (tiempo de recuperación acordado u ordenado)</translation>
    </message>
    <message>
        <source>Record what the IEP team, a settlement, a complaint decision, a hearing or a court agreed or ordered. Sessions delivered under an award go in the same service log as make-up sessions, and count in the ledger.</source>
        <translation>Anote lo que acordó u ordenó el equipo del IEP, un acuerdo, la decisión de una queja, una audiencia o un tribunal. Las sesiones prestadas bajo una compensación van al mismo registro de servicios que las sesiones de recuperación y cuentan en el registro de servicios.</translation>
    </message>
    <message>
        <source>Awards</source>
        <translation>Compensaciones</translation>
    </message>
    <message>
        <source>an award</source>
        <translation>una compensación</translation>
    </message>
    <message>
        <source>No compensatory award recorded yet.</source>
        <translation>Todavía no hay servicios compensatorios anotados.</translation>
    </message>
    <message>
        <source>&amp;Log a session delivered under it...</source>
        <translation>&amp;Registrar una sesión prestada bajo ella...</translation>
    </message>
    <message>
        <source>Add a compensatory award</source>
        <translation>Agregar servicios compensatorios</translation>
    </message>
    <message>
        <source>Edit compensatory award</source>
        <translation>Editar servicios compensatorios</translation>
    </message>
    <message>
        <source>Session delivered under the award: {service}</source>
        <translation>Sesión prestada bajo la compensación: {service}</translation>
    </message>
</context>
<context>
    <name>BinderRulesDialog</name>
    <message>
        <source>Binder rules</source>
        <translation>Reglas de la carpeta</translation>
    </message>
    <message>
        <source>These are the choices the binder&apos;s figures rest on. Each starts at the default of the program&apos;s rule guide (DOMAIN.md); states and IEPs may differ. Alert levels are the program&apos;s suggestions, not legal thresholds.</source>
        <translation>Estas son las opciones en las que se basan las cifras de la carpeta. Cada una empieza con el valor predeterminado de la guía de reglas del programa (DOMAIN.md); los estados y los IEP pueden ser distintos. Los niveles de alerta son sugerencias del programa, no umbrales legales.</translation>
    </message>
    <message>
        <source>Reset &amp;all to defaults</source>
        <translation>Volver a &amp;todos los valores predeterminados</translation>
    </message>
    <message>
        <source>Rule</source>
        <translation>Regla</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valor</translation>
    </message>
    <message>
        <source>Default (source)</source>
        <translation>Predeterminado (fuente)</translation>
    </message>
    <message>
        <source>Reset to default: %s</source>
        <translation>Volver al valor predeterminado: %s</translation>
    </message>
    <message>
        <source>Back to the default</source>
        <translation>Volver al predeterminado</translation>
    </message>
</context>
<context>
    <name>CalendarEventDialog</name>
    <message>
        <source>&amp;Kind</source>
        <translation>&amp;Tipo</translation>
    </message>
    <message>
        <source>&amp;From</source>
        <translation>&amp;Desde</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>&amp;Hasta</translation>
    </message>
    <message>
        <source>Leave blank for a single day.</source>
        <translation>Déjelo en blanco si es un solo día.</translation>
    </message>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>Enter the first day.</source>
        <translation>Escriba el primer día.</translation>
    </message>
    <message>
        <source>The last day is before the first day.</source>
        <translation>El último día es anterior al primer día.</translation>
    </message>
</context>
<context>
    <name>CalendarTab</name>
    <message>
        <source>Previous month (Page Up)</source>
        <translation>Mes anterior (Re Pág)</translation>
    </message>
    <message>
        <source>Previous month</source>
        <translation>Mes anterior</translation>
    </message>
    <message>
        <source>Next month (Page Down)</source>
        <translation>Mes siguiente (Av Pág)</translation>
    </message>
    <message>
        <source>Next month</source>
        <translation>Mes siguiente</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>Show services</source>
        <translation>Mostrar servicios</translation>
    </message>
    <message>
        <source>Ledger from</source>
        <translation>Registro desde</translation>
    </message>
    <message>
        <source>Ledger to</source>
        <translation>Registro hasta</translation>
    </message>
    <message>
        <source>&amp;Log day...</source>
        <translation>&amp;Registrar el día...</translation>
    </message>
    <message>
        <source>Mark &amp;week delivered</source>
        <translation>Marcar la &amp;semana como dada</translation>
    </message>
    <message>
        <source>School &amp;calendar and log</source>
        <translation>&amp;Calendario escolar y registro</translation>
    </message>
    <message>
        <source>Edit the school calendar...</source>
        <translation>Editar el calendario escolar...</translation>
    </message>
    <message>
        <source>Import the school&apos;s service log (CSV)...</source>
        <translation>Importar el registro de servicios de la escuela (CSV)...</translation>
    </message>
    <message>
        <source>Compare with the school&apos;s log...</source>
        <translation>Comparar con el registro de la escuela...</translation>
    </message>
    <message>
        <source>Compensatory &amp;awards...</source>
        <translation>Servicios &amp;compensatorios...</translation>
    </message>
    <message>
        <source>&amp;Show:</source>
        <translation>&amp;Mostrar:</translation>
    </message>
    <message>
        <source>Ledger &amp;from</source>
        <translation>Registro &amp;desde</translation>
    </message>
    <message>
        <source>t&amp;o</source>
        <translation>&amp;hasta</translation>
    </message>
    <message>
        <source>delivered</source>
        <translation>dada</translation>
    </message>
    <message>
        <source>partly</source>
        <translation>parcial</translation>
    </message>
    <message>
        <source>missed</source>
        <translation>perdida</translation>
    </message>
    <message>
        <source>make-up</source>
        <translation>recuperación</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>cancelada</translation>
    </message>
    <message>
        <source>expected, not logged</source>
        <translation>esperada, sin registrar</translation>
    </message>
    <message>
        <source>All services</source>
        <translation>Todos los servicios</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Marked {n} session(s) of {service} delivered.</source>
        <translation>Se marcaron {n} sesión(es) de {service} como dadas.</translation>
    </message>
    <message>
        <source>Service delivery – {name}</source>
        <translation>Entrega de servicios – {name}</translation>
    </message>
</context>
<context>
    <name>CheckForm</name>
    <message>
        <source>Accommodation check</source>
        <translation>Revisión de adaptaciones</translation>
    </message>
    <message>
        <source>Save check (Ctrl+S)</source>
        <translation>Guardar revisión (Ctrl+S)</translation>
    </message>
    <message>
        <source>Accommodation</source>
        <translation>Adaptación</translation>
    </message>
    <message>
        <source>Class</source>
        <translation>Clase</translation>
    </message>
    <message>
        <source>&amp;Provided</source>
        <translation>&amp;Se dio</translation>
    </message>
    <message>
        <source>&amp;Not provided</source>
        <translation>&amp;No se dio</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>D&amp;ate</source>
        <translation>F&amp;echa</translation>
    </message>
    <message>
        <source>A&amp;ccommodation</source>
        <translation>A&amp;daptación</translation>
    </message>
    <message>
        <source>C&amp;lass</source>
        <translation>C&amp;lase</translation>
    </message>
    <message>
        <source>Was it given?</source>
        <translation>¿Se dio?</translation>
    </message>
    <message>
        <source>N&amp;ote</source>
        <translation>N&amp;ota</translation>
    </message>
    <message>
        <source>Give the date and the accommodation.</source>
        <translation>Indique la fecha y la adaptación.</translation>
    </message>
</context>
<context>
    <name>ChildCard</name>
    <message>
        <source>Edit &amp;child...</source>
        <translation>Editar &amp;niño...</translation>
    </message>
    <message>
        <source>Born {date} (age {age})</source>
        <translation>Nació el {date} ({age} años)</translation>
    </message>
    <message>
        <source>grade {grade}</source>
        <translation>grado {grade}</translation>
    </message>
    <message>
        <source>Eligibility: {text}</source>
        <translation>Elegibilidad: {text}</translation>
    </message>
    <message>
        <source>Languages: {text}</source>
        <translation>Idiomas: {text}</translation>
    </message>
</context>
<context>
    <name>ChildDialog</name>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Apellido</translation>
    </message>
    <message>
        <source>&amp;Preferred name</source>
        <translation>Nombre &amp;preferido</translation>
    </message>
    <message>
        <source>What the family calls them, if different</source>
        <translation>Cómo lo llama la familia, si es distinto</translation>
    </message>
    <message>
        <source>&amp;Date of birth</source>
        <translation>Fecha de naci&amp;miento</translation>
    </message>
    <message>
        <source>Sc&amp;hool</source>
        <translation>Es&amp;cuela</translation>
    </message>
    <message>
        <source>&amp;Grade</source>
        <translation>&amp;Grado</translation>
    </message>
    <message>
        <source>e.g. 3rd grade</source>
        <translation>p. ej., 3.er grado</translation>
    </message>
    <message>
        <source>Dis&amp;trict</source>
        <translation>Dis&amp;trito</translation>
    </message>
    <message>
        <source>School district</source>
        <translation>Distrito escolar</translation>
    </message>
    <message>
        <source>&amp;Eligibility (disability category)</source>
        <translation>&amp;Elegibilidad (categoría de discapacidad)</translation>
    </message>
    <message>
        <source>e.g. Speech or language impairment</source>
        <translation>p. ej., Impedimento del habla o del lenguaje</translation>
    </message>
    <message>
        <source>Primary lang&amp;uage</source>
        <translation>&amp;Idioma principal</translation>
    </message>
    <message>
        <source>e.g. English</source>
        <translation>p. ej., Español</translation>
    </message>
    <message>
        <source>Pa&amp;rents&apos; names</source>
        <translation>Nom&amp;bres de los padres</translation>
    </message>
    <message>
        <source>e.g. Ana and Luis Rivera</source>
        <translation>p. ej., Ana y Luis Rivera</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>ClockEventDialog</name>
    <message>
        <source>{what} → {title}</source>
        <translation>{what} → {title}</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>For &apos;knew or should have known&apos;, the date you decide.</source>
        <translation>Para «supo o debió saber», la fecha la decide usted.</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>e.g. Email to the case manager</source>
        <translation>p. ej., Correo a la coordinadora del caso</translation>
    </message>
    <message>
        <source>&amp;In your words</source>
        <translation>&amp;En sus palabras</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Give the date it happened.</source>
        <translation>Indique la fecha en que pasó.</translation>
    </message>
</context>
<context>
    <name>CommunicationTab</name>
    <message>
        <source>Co&amp;mmunication</source>
        <translation>Co&amp;municación</translation>
    </message>
    <message>
        <source>&amp;Log</source>
        <translation>&amp;Registro</translation>
    </message>
    <message>
        <source>Home &amp;journal</source>
        <translation>&amp;Diario en casa</translation>
    </message>
    <message>
        <source>Conce&amp;rns</source>
        <translation>&amp;Inquietudes</translation>
    </message>
    <message>
        <source>Lett&amp;ers</source>
        <translation>Ca&amp;rtas</translation>
    </message>
    <message>
        <source>{title} (⚠ {n})</source>
        <translation>{title} (⚠ {n})</translation>
    </message>
    <message>
        <source>{n} follow-ups are overdue or waiting for a reply.</source>
        <translation>{n} seguimientos están atrasados o esperan respuesta.</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>Ningún seguimiento está atrasado.</translation>
    </message>
    <message>
        <source>Communication log – {name}</source>
        <translation>Registro de comunicación – {name}</translation>
    </message>
</context>
<context>
    <name>ConcernDialog</name>
    <message>
        <source>e.g. Extended time not given on math tests</source>
        <translation>p. ej., No se dio tiempo adicional en los exámenes de matemáticas</translation>
    </message>
    <message>
        <source>&amp;Concern</source>
        <translation>&amp;Inquietud</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;Qué pasó</translation>
    </message>
    <message>
        <source>Facts in date order: what the IEP says, and what happened instead.</source>
        <translation>Los hechos en orden de fecha: lo que dice el IEP y lo que pasó en cambio.</translation>
    </message>
    <message>
        <source>Class or &amp;setting</source>
        <translation>Clase o &amp;lugar</translation>
    </message>
    <message>
        <source>Date of the &amp;problem</source>
        <translation>Fecha del &amp;problema</translation>
    </message>
    <message>
        <source>Starts the state-complaint window (1 year).</source>
        <translation>Inicia el plazo de la queja estatal (1 año).</translation>
    </message>
    <message>
        <source>Date you &amp;knew</source>
        <translation>Fecha en que lo &amp;supo</translation>
    </message>
    <message>
        <source>When you knew or should have known. Starts the due-process window (2 years). You enter it; the binder never guesses it.</source>
        <translation>Cuándo lo supo o debió saberlo. Inicia el plazo del debido proceso (2 años). Usted la escribe; la carpeta nunca la adivina.</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>Resuelta</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>&amp;Resolved on</source>
        <translation>&amp;Resuelta el</translation>
    </message>
</context>
<context>
    <name>ConcernsView</name>
    <message>
        <source>Concerns</source>
        <translation>Inquietudes</translation>
    </message>
    <message>
        <source>concern</source>
        <translation>inquietud</translation>
    </message>
    <message>
        <source>A concern is something that is not going as the IEP says, for example an accommodation not given in math. Write it down with the date, then raise it one step at a time.</source>
        <translation>Una inquietud es algo que no va como dice el IEP, por ejemplo una adaptación que no se dio en matemáticas. Anótela con la fecha y luego plantéela paso a paso.</translation>
    </message>
    <message>
        <source>Linked log entries</source>
        <translation>Entradas del registro vinculadas</translation>
    </message>
    <message>
        <source>Add a &amp;step...</source>
        <translation>Agregar un &amp;paso...</translation>
    </message>
    <message>
        <source>Write a &amp;letter about it...</source>
        <translation>Escribir una &amp;carta sobre esto...</translation>
    </message>
    <message>
        <source>&amp;Unlink entry</source>
        <translation>&amp;Desvincular entrada</translation>
    </message>
    <message>
        <source>Steps up the ladder</source>
        <translation>Pasos de la escalera</translation>
    </message>
    <message>
        <source>Time limits (possible deadlines, verify)</source>
        <translation>Plazos (posibles fechas límite, verifíquelas)</translation>
    </message>
    <message>
        <source>Linked log entries:</source>
        <translation>Entradas del registro vinculadas:</translation>
    </message>
    <message>
        <source>Choose a concern to see its steps and time limits.</source>
        <translation>Elija una inquietud para ver sus pasos y plazos.</translation>
    </message>
    <message>
        <source>No description yet.</source>
        <translation>Aún no hay descripción.</translation>
    </message>
    <message>
        <source>Enter the date of the problem and the date you knew to see the windows.</source>
        <translation>Escriba la fecha del problema y la fecha en que lo supo para ver los plazos.</translation>
    </message>
    <message>
        <source>Letters: </source>
        <translation>Cartas: </translation>
    </message>
    <message>
        <source>No letter about this concern yet.</source>
        <translation>Todavía no hay cartas sobre esta inquietud.</translation>
    </message>
    <message>
        <source>New concern</source>
        <translation>Nueva inquietud</translation>
    </message>
    <message>
        <source>Edit concern</source>
        <translation>Editar inquietud</translation>
    </message>
    <message>
        <source>Add a step</source>
        <translation>Agregar un paso</translation>
    </message>
    <message>
        <source>Choose a linked entry first.</source>
        <translation>Primero elija una entrada vinculada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ConflictPanel</name>
    <message>
        <source>⚠ This was changed elsewhere while you were editing</source>
        <translation>⚠ Esto se cambió en otro lugar mientras usted lo editaba</translation>
    </message>
    <message>
        <source>Someone saved a different version (on another computer or in another window). Nothing was overwritten. Compare, then choose which version to keep.</source>
        <translation>Alguien guardó otra versión (en otra computadora o en otra ventana). No se sobrescribió nada. Compare y luego elija qué versión conservar.</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Campo</translation>
    </message>
    <message>
        <source>Saved elsewhere</source>
        <translation>Guardado en otro lugar</translation>
    </message>
    <message>
        <source>Yours</source>
        <translation>Suyo</translation>
    </message>
    <message>
        <source>Save mine over it</source>
        <translation>Guardar la mía encima</translation>
    </message>
    <message>
        <source>Keep theirs (close without saving)</source>
        <translation>Conservar la otra (cerrar sin guardar)</translation>
    </message>
</context>
<context>
    <name>ConnectDialog</name>
    <message>
        <source>Connect to a binder on a server</source>
        <translation>Conectar a una carpeta en un servidor</translation>
    </message>
    <message>
        <source>Co-parents and advocates can keep one binder on a PostgreSQL server and open it from several computers. Ask the person who runs the server for these details.</source>
        <translation>Los padres y los defensores pueden tener una sola carpeta en un servidor PostgreSQL y abrirla desde varias computadoras. Pida estos datos a la persona que administra el servidor.</translation>
    </message>
    <message>
        <source>&amp;Remember the password in this computer&apos;s keyring</source>
        <translation>&amp;Recordar la contraseña en el llavero de esta computadora</translation>
    </message>
    <message>
        <source>&amp;Server (host name)</source>
        <translation>&amp;Servidor (nombre del equipo)</translation>
    </message>
    <message>
        <source>P&amp;ort</source>
        <translation>Puer&amp;to</translation>
    </message>
    <message>
        <source>&amp;Database</source>
        <translation>&amp;Base de datos</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Usuario</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Contraseña</translation>
    </message>
    <message>
        <source>&amp;Connect</source>
        <translation>Co&amp;nectar</translation>
    </message>
    <message>
        <source>server</source>
        <translation>servidor</translation>
    </message>
    <message>
        <source>database</source>
        <translation>base de datos</translation>
    </message>
    <message>
        <source>user name</source>
        <translation>usuario</translation>
    </message>
    <message>
        <source>Fill in the {fields}.</source>
        <translation>Complete: {fields}.</translation>
    </message>
</context>
<context>
    <name>ContactsDialog</name>
    <message>
        <source>Contacts</source>
        <translation>Contactos</translation>
    </message>
    <message>
        <source>Everyone you deal with at school and beyond. Email addresses let the binder recognise who sent a message (upper or lower case does not matter).</source>
        <translation>Todas las personas con las que trata en la escuela y fuera de ella. Con los correos electrónicos, la carpeta reconoce quién envió un mensaje (no importan las mayúsculas o minúsculas).</translation>
    </message>
    <message>
        <source>Directory</source>
        <translation>Directorio</translation>
    </message>
    <message>
        <source>contact</source>
        <translation>contacto</translation>
    </message>
    <message>
        <source>No contacts yet. Add the people you write to and hear from.</source>
        <translation>Aún no hay contactos. Agregue a las personas a quienes escribe y de quienes recibe noticias.</translation>
    </message>
    <message>
        <source>Add a contact</source>
        <translation>Agregar un contacto</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>Editar contacto</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>DataPointDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>e.g. 68</source>
        <translation>p. ej., 68</translation>
    </message>
    <message>
        <source>In {unit}.</source>
        <translation>En {unit}.</translation>
    </message>
    <message>
        <source>&amp;Value</source>
        <translation>&amp;Valor</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>e.g. cold probe, 3rd-grade passage</source>
        <translation>p. ej., sondeo sin práctica, pasaje de 3.er grado</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Nota</translation>
    </message>
    <message>
        <source>Read from &amp;document</source>
        <translation>Leído de un &amp;documento</translation>
    </message>
    <message>
        <source>Give the date of the measurement.</source>
        <translation>Indique la fecha de la medición.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 68 or 72.5.</source>
        <translation>Escriba un número, p. ej., 68 o 72.5.</translation>
    </message>
    <message>
        <source>Type the value measured.</source>
        <translation>Escriba el valor medido.</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>e.g. 3/14/2026 or today</source>
        <translation>p. ej., 3/14/2026 o hoy</translation>
    </message>
    <message>
        <source>Choose a date from a calendar (Alt+Down)</source>
        <translation>Elegir una fecha en un calendario (Alt+Abajo)</translation>
    </message>
    <message>
        <source>Choose date</source>
        <translation>Elegir fecha</translation>
    </message>
</context>
<context>
    <name>DayDelegate</name>
    <message>
        <source>+{n} more</source>
        <translation>+{n} más</translation>
    </message>
</context>
<context>
    <name>DocumentDetails</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Abrir</translation>
    </message>
    <message>
        <source>Open a copy in the program your computer uses for this kind of file</source>
        <translation>Abrir una copia en el programa que su computadora usa para este tipo de archivo</translation>
    </message>
    <message>
        <source>Show in &amp;folder</source>
        <translation>Mostrar en la &amp;carpeta</translation>
    </message>
    <message>
        <source>Edit &amp;details...</source>
        <translation>Editar &amp;detalles...</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>When it was filed and every change since</source>
        <translation>Cuándo se archivó y cada cambio desde entonces</translation>
    </message>
    <message>
        <source>This binder is on a server: its originals are kept in the database.</source>
        <translation>Esta carpeta está en un servidor: sus originales se guardan en la base de datos.</translation>
    </message>
    <message>
        <source>Show the stored original in the binder folder (never change it there)</source>
        <translation>Mostrar el original guardado en la carpeta del programa (nunca lo cambie allí)</translation>
    </message>
    <message>
        <source>No document chosen</source>
        <translation>Ningún documento elegido</translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation>Elija un documento para verlo aquí.</translation>
    </message>
    <message>
        <source>from {author}</source>
        <translation>de {author}</translation>
    </message>
    <message>
        <source>received: {how}</source>
        <translation>recibido: {how}</translation>
    </message>
    <message>
        <source>, 1 page</source>
        <translation>, 1 página</translation>
    </message>
    <message>
        <source>, {n} pages</source>
        <translation>, {n} páginas</translation>
    </message>
    <message>
        <source>Attached to {label}</source>
        <translation>Adjunto a {label}</translation>
    </message>
    <message>
        <source>Log entry: {label}</source>
        <translation>Entrada del registro: {label}</translation>
    </message>
    <message>
        <source>Attachment: {label}</source>
        <translation>Archivo adjunto: {label}</translation>
    </message>
    <message>
        <source>Fingerprint (SHA-256): {digest}</source>
        <translation>Huella digital (SHA-256): {digest}</translation>
    </message>
</context>
<context>
    <name>DocumentDialog</name>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Type of document</source>
        <translation>&amp;Tipo de documento</translation>
    </message>
    <message>
        <source>&amp;Date on the document</source>
        <translation>&amp;Fecha del documento</translation>
    </message>
    <message>
        <source>Date &amp;received</source>
        <translation>Fecha de &amp;recepción</translation>
    </message>
    <message>
        <source>Not recorded</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Received &amp;by</source>
        <translation>Recibido &amp;por</translation>
    </message>
    <message>
        <source>&amp;Author (who wrote it)</source>
        <translation>&amp;Autor (quién lo escribió)</translation>
    </message>
    <message>
        <source>Author&apos;s r&amp;ole</source>
        <translation>Fun&amp;ción del autor</translation>
    </message>
    <message>
        <source>Re&amp;cipient</source>
        <translation>Desti&amp;natario</translation>
    </message>
    <message>
        <source>One or two lines: why it matters.</source>
        <translation>Una o dos líneas: por qué importa.</translation>
    </message>
    <message>
        <source>&amp;Summary</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>Ta&amp;gs</source>
        <translation>Eti&amp;quetas</translation>
    </message>
    <message>
        <source>Separate tags with commas.</source>
        <translation>Separe las etiquetas con comas.</translation>
    </message>
    <message>
        <source>School &amp;year</source>
        <translation>Año &amp;escolar</translation>
    </message>
    <message>
        <source>Pri&amp;vacy</source>
        <translation>Pri&amp;vacidad</translation>
    </message>
    <message>
        <source>This is a scan of a paper original I keep</source>
        <translation>Esto es un escaneo de un original en papel que yo guardo</translation>
    </message>
    <message>
        <source>Pa&amp;per original</source>
        <translation>Original en &amp;papel</translation>
    </message>
    <message>
        <source>Where the &amp;original is</source>
        <translation>Dónde está el &amp;original</translation>
    </message>
    <message>
        <source>No IEP</source>
        <translation>Ningún IEP</translation>
    </message>
    <message>
        <source>&amp;IEP</source>
        <translation>&amp;IEP</translation>
    </message>
    <message>
        <source>No goal</source>
        <translation>Ninguna meta</translation>
    </message>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>No service</source>
        <translation>Ningún servicio</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vicio</translation>
    </message>
</context>
<context>
    <name>DocumentFilters</name>
    <message>
        <source>Search every word of every document (Ctrl+F)</source>
        <translation>Buscar en los documentos (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search documents</source>
        <translation>Buscar documentos</translation>
    </message>
    <message>
        <source>Documents shown</source>
        <translation>Documentos mostrados</translation>
    </message>
    <message>
        <source>Any type</source>
        <translation>Cualquier tipo</translation>
    </message>
    <message>
        <source>Type of document</source>
        <translation>Tipo de documento</translation>
    </message>
    <message>
        <source>Any kind of file</source>
        <translation>Cualquier archivo</translation>
    </message>
    <message>
        <source>Kind of file</source>
        <translation>Clase de archivo</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Show &amp;attachments</source>
        <translation>Mostrar &amp;adjuntos</translation>
    </message>
    <message>
        <source>Any school year</source>
        <translation>Todos los años</translation>
    </message>
</context>
<context>
    <name>DocumentPicker</name>
    <message>
        <source>No document</source>
        <translation>Ningún documento</translation>
    </message>
    <message>
        <source>A document not in the list (in the trash?)</source>
        <translation>Un documento que no está en la lista (¿en la papelera?)</translation>
    </message>
</context>
<context>
    <name>DocumentPreviewPane</name>
    <message>
        <source>PDF preview</source>
        <translation>Vista previa del PDF</translation>
    </message>
    <message>
        <source>Email preview</source>
        <translation>Vista previa del correo</translation>
    </message>
    <message>
        <source>Picture preview</source>
        <translation>Vista previa de la imagen</translation>
    </message>
    <message>
        <source>Text preview</source>
        <translation>Vista previa del texto</translation>
    </message>
    <message>
        <source>Choose a document to see it here.</source>
        <translation>Elija un documento para verlo aquí.</translation>
    </message>
    <message>
        <source>No preview for this kind of file. Use Open to see it in its program.</source>
        <translation>No hay vista previa para este tipo de archivo. Use Abrir para verlo en su programa.</translation>
    </message>
    <message>
        <source>⛔ {n} picture(s) or other content from the internet were not loaded, so the sender cannot see that you opened this email.</source>
        <translation>⛔ No se cargaron {n} imagen(es) u otro contenido de internet, así que el remitente no puede saber que usted abrió este correo.</translation>
    </message>
    <message>
        <source>This PDF cannot be shown here (it may be protected by a password). Use Open to see it in its program.</source>
        <translation>Este PDF no se puede mostrar aquí (puede estar protegido con contraseña). Use Abrir para verlo en su programa.</translation>
    </message>
    <message>
        <source>This picture cannot be shown here. Use Open to see it.</source>
        <translation>Esta imagen no se puede mostrar aquí. Use Abrir para verla.</translation>
    </message>
</context>
<context>
    <name>DocumentsTab</name>
    <message>
        <source>&amp;Add files... (Ctrl+I)</source>
        <translation>&amp;Agregar archivos... (Ctrl+I)</translation>
    </message>
    <message>
        <source>Or drag emails and files anywhere onto this window</source>
        <translation>O arrastre correos y archivos a cualquier parte de esta ventana</translation>
    </message>
    <message>
        <source>Documents, oldest first</source>
        <translation>Documentos, los más antiguos primero</translation>
    </message>
    <message>
        <source>Search results, best first</source>
        <translation>Resultados de la búsqueda, los mejores primero</translation>
    </message>
    <message>
        <source>Your master file: every IEP, report, letter and school email, oldest first, each with its own number. Drag emails and files anywhere onto this window, or press Add files.</source>
        <translation>Su archivo maestro: cada IEP, informe, carta y correo de la escuela, del más antiguo al más reciente, cada uno con su número. Arrastre correos y archivos a cualquier parte de esta ventana, o pulse Agregar archivos.</translation>
    </message>
    <message>
        <source>{n} found</source>
        <translation>{n} encontrados</translation>
    </message>
    <message>
        <source>{n} documents</source>
        <translation>{n} documentos</translation>
    </message>
    <message>
        <source>{shown} of {total} documents</source>
        <translation>{shown} de {total} documentos</translation>
    </message>
    <message>
        <source>No document has all of these words.</source>
        <translation>Ningún documento tiene todas estas palabras.</translation>
    </message>
    <message>
        <source>Add documents and emails</source>
        <translation>Agregar documentos y correos</translation>
    </message>
    <message>
        <source>No program on this computer opens this file.</source>
        <translation>Ningún programa de esta computadora abre este archivo.</translation>
    </message>
    <message>
        <source>This binder&apos;s originals are on the server.</source>
        <translation>Los originales de esta carpeta están en el servidor.</translation>
    </message>
    <message>
        <source>The original is {name} in that folder; keep it unchanged.</source>
        <translation>El original es {name} en esa carpeta; no lo cambie.</translation>
    </message>
    <message>
        <source>Details of {number}</source>
        <translation>Detalles de {number}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Document list – {name}</source>
        <translation>Lista de documentos – {name}</translation>
    </message>
</context>
<context>
    <name>DomainWords</name>
    <message>
        <source>Teacher or case manager</source>
        <translation>Maestro o coordinador del caso</translation>
    </message>
    <message>
        <source>Special-education coordinator</source>
        <translation>Coordinador de educación especial</translation>
    </message>
    <message>
        <source>Administration (principal or district office)</source>
        <translation>Administración (director o la oficina del distrito)</translation>
    </message>
    <message>
        <source>State complaint (to the state education agency)</source>
        <translation>Queja estatal (ante la agencia estatal de educación)</translation>
    </message>
    <message>
        <source>Mediation or due process hearing</source>
        <translation>Mediación o audiencia de debido proceso</translation>
    </message>
    <message>
        <source>IEP (current)</source>
        <translation>IEP (actual)</translation>
    </message>
    <message>
        <source>IEP (earlier)</source>
        <translation>IEP (anterior)</translation>
    </message>
    <message>
        <source>IEP amendment</source>
        <translation>Enmienda del IEP</translation>
    </message>
    <message>
        <source>Early intervention plan (IFSP)</source>
        <translation>Plan de intervención temprana (IFSP)</translation>
    </message>
    <message>
        <source>504 plan</source>
        <translation>Plan 504</translation>
    </message>
    <message>
        <source>School evaluation</source>
        <translation>Evaluación de la escuela</translation>
    </message>
    <message>
        <source>Independent evaluation (IEE)</source>
        <translation>Evaluación independiente (IEE)</translation>
    </message>
    <message>
        <source>Medical record or diagnosis</source>
        <translation>Expediente médico o diagnóstico</translation>
    </message>
    <message>
        <source>Prior written notice (PWN)</source>
        <translation>Aviso previo por escrito (PWN)</translation>
    </message>
    <message>
        <source>Consent form</source>
        <translation>Formulario de consentimiento</translation>
    </message>
    <message>
        <source>Meeting notice or invitation</source>
        <translation>Aviso o invitación a una reunión</translation>
    </message>
    <message>
        <source>Meeting notes</source>
        <translation>Notas de la reunión</translation>
    </message>
    <message>
        <source>Progress report</source>
        <translation>Informe de progreso</translation>
    </message>
    <message>
        <source>Report card</source>
        <translation>Boleta de calificaciones</translation>
    </message>
    <message>
        <source>State test results</source>
        <translation>Resultados de exámenes estatales</translation>
    </message>
    <message>
        <source>Service log</source>
        <translation>Registro de servicios</translation>
    </message>
    <message>
        <source>Data sheet or graph</source>
        <translation>Hoja de datos o gráfica</translation>
    </message>
    <message>
        <source>Work sample</source>
        <translation>Muestra de trabajo</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Correo</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>Discipline record</source>
        <translation>Expediente disciplinario</translation>
    </message>
    <message>
        <source>Attendance record</source>
        <translation>Registro de asistencia</translation>
    </message>
    <message>
        <source>Policy or guidance</source>
        <translation>Política u orientación</translation>
    </message>
    <message>
        <source>Procedural safeguards (parent rights)</source>
        <translation>Garantías procesales (derechos de los padres)</translation>
    </message>
    <message>
        <source>Complaint or hearing</source>
        <translation>Queja o audiencia</translation>
    </message>
    <message>
        <source>Settlement or award</source>
        <translation>Acuerdo o resolución</translation>
    </message>
    <message>
        <source>Parent journal</source>
        <translation>Diario de los padres</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Picture</source>
        <translation>Imagen</translation>
    </message>
    <message>
        <source>Text</source>
        <translation>Texto</translation>
    </message>
    <message>
        <source>Calendar item</source>
        <translation>Elemento de calendario</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Mail</source>
        <translation>Correo postal</translation>
    </message>
    <message>
        <source>Backpack</source>
        <translation>Mochila</translation>
    </message>
    <message>
        <source>School portal</source>
        <translation>Portal escolar</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>En mano</translation>
    </message>
    <message>
        <source>Fax</source>
        <translation>Fax</translation>
    </message>
    <message>
        <source>Mood</source>
        <translation>Ánimo</translation>
    </message>
    <message>
        <source>Stress</source>
        <translation>Estrés</translation>
    </message>
    <message>
        <source>School refusal</source>
        <translation>Rechazo a la escuela</translation>
    </message>
    <message>
        <source>Very low</source>
        <translation>Muy bajo</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>Bajo</translation>
    </message>
    <message>
        <source>Okay</source>
        <translation>Regular</translation>
    </message>
    <message>
        <source>Good</source>
        <translation>Bueno</translation>
    </message>
    <message>
        <source>Very good</source>
        <translation>Muy bueno</translation>
    </message>
    <message>
        <source>Calm</source>
        <translation>Tranquilo</translation>
    </message>
    <message>
        <source>A little</source>
        <translation>Un poco</translation>
    </message>
    <message>
        <source>Some</source>
        <translation>Algo</translation>
    </message>
    <message>
        <source>High</source>
        <translation>Alto</translation>
    </message>
    <message>
        <source>Very high</source>
        <translation>Muy alto</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Ninguno</translation>
    </message>
    <message>
        <source>Reluctant</source>
        <translation>Con desgano</translation>
    </message>
    <message>
        <source>Strong refusal</source>
        <translation>Rechazo fuerte</translation>
    </message>
    <message>
        <source>Did not go</source>
        <translation>No fue</translation>
    </message>
    <message>
        <source>Request for data</source>
        <translation>Solicitud de datos</translation>
    </message>
    <message>
        <source>Request for an IEP meeting</source>
        <translation>Solicitud de una reunión del IEP</translation>
    </message>
    <message>
        <source>Concern about services (implementation)</source>
        <translation>Inquietud sobre los servicios (cumplimiento)</translation>
    </message>
    <message>
        <source>Request for compensatory services</source>
        <translation>Solicitud de servicios compensatorios</translation>
    </message>
    <message>
        <source>Request for prior written notice (PWN)</source>
        <translation>Solicitud de aviso previo por escrito (PWN)</translation>
    </message>
    <message>
        <source>Request for educational records</source>
        <translation>Solicitud de expedientes educativos</translation>
    </message>
    <message>
        <source>Summary after a meeting</source>
        <translation>Resumen después de una reunión</translation>
    </message>
    <message>
        <source>Accommodation not provided (cites the IEP page)</source>
        <translation>Adaptación no dada (cita la página del IEP)</translation>
    </message>
    <message>
        <source>Request for data on one goal</source>
        <translation>Solicitud de datos de una meta</translation>
    </message>
    <message>
        <source>Request for an IEP meeting within two weeks</source>
        <translation>Solicitud de una reunión del IEP en dos semanas</translation>
    </message>
    <message>
        <source>Request for a written communication plan</source>
        <translation>Solicitud de un plan de comunicación por escrito</translation>
    </message>
    <message>
        <source>Follow-up to an unanswered email</source>
        <translation>Seguimiento de un correo sin respuesta</translation>
    </message>
    <message>
        <source>Ask for the data behind the progress on every goal.</source>
        <translation>Pida los datos que respaldan el progreso de cada meta.</translation>
    </message>
    <message>
        <source>Ask for a meeting, say why, and list the changes you want to discuss.</source>
        <translation>Pida una reunión, diga por qué y enumere los cambios que quiere conversar.</translation>
    </message>
    <message>
        <source>Compare what a service requires with what was delivered, and ask about the gap.</source>
        <translation>Compare lo que exige un servicio con lo que se dio, y pregunte por la diferencia.</translation>
    </message>
    <message>
        <source>Ask the team to decide make-up time for services that were missed.</source>
        <translation>Pida al equipo que decida el tiempo de recuperación de los servicios perdidos.</translation>
    </message>
    <message>
        <source>Ask for the written notice the school owes after proposing or refusing something.</source>
        <translation>Pida el aviso por escrito que la escuela debe dar después de proponer o rechazar algo.</translation>
    </message>
    <message>
        <source>Ask to see and copy the school&apos;s records before the next meeting.</source>
        <translation>Pida ver y copiar los expedientes de la escuela antes de la próxima reunión.</translation>
    </message>
    <message>
        <source>Write down what the meeting decided, who does what by when, and what was refused.</source>
        <translation>Anote lo que se decidió en la reunión, quién hace qué y para cuándo, y lo que se rechazó.</translation>
    </message>
    <message>
        <source>Point to the IEP page of an accommodation and the dates it was not provided.</source>
        <translation>Señale la página del IEP de una adaptación y las fechas en que no se dio.</translation>
    </message>
    <message>
        <source>Ask for specific examples or data on a named goal.</source>
        <translation>Pida ejemplos concretos o datos sobre una meta determinada.</translation>
    </message>
    <message>
        <source>A short request offering meeting dates in the next two weeks.</source>
        <translation>Una petición breve que ofrece fechas de reunión en las próximas dos semanas.</translation>
    </message>
    <message>
        <source>Ask who contacts you, how often, and how.</source>
        <translation>Pregunte quién se comunicará con usted, con qué frecuencia y cómo.</translation>
    </message>
    <message>
        <source>A polite follow-up to an email that has no reply yet.</source>
        <translation>Un seguimiento cortés de un correo que todavía no tiene respuesta.</translation>
    </message>
    <message>
        <source>✓ On track</source>
        <translation>✓ Va bien</translation>
    </message>
    <message>
        <source>◑ Watch</source>
        <translation>◑ Vigilar</translation>
    </message>
    <message>
        <source>⚠ Not on track</source>
        <translation>⚠ No va bien</translation>
    </message>
    <message>
        <source>… Not enough data</source>
        <translation>… Faltan datos</translation>
    </message>
    <message>
        <source>School report</source>
        <translation>Informe de la escuela</translation>
    </message>
    <message>
        <source>Parent observation</source>
        <translation>Observación de los padres</translation>
    </message>
    <message>
        <source>Linked document</source>
        <translation>Documento vinculado</translation>
    </message>
    <message>
        <source>No status box marked</source>
        <translation>Ninguna casilla de estado marcada</translation>
    </message>
    <message>
        <source>Sufficient progress to meet the goal</source>
        <translation>Progreso suficiente para cumplir la meta</translation>
    </message>
    <message>
        <source>Some progress; may not meet the goal</source>
        <translation>Algo de progreso; puede que no cumpla la meta</translation>
    </message>
    <message>
        <source>No progress</source>
        <translation>Sin progreso</translation>
    </message>
    <message>
        <source>Regression</source>
        <translation>Retroceso</translation>
    </message>
    <message>
        <source>Goal met</source>
        <translation>Meta cumplida</translation>
    </message>
    <message>
        <source>Goal not met (closing)</source>
        <translation>Meta no cumplida (se cierra)</translation>
    </message>
    <message>
        <source>Not addressed this period</source>
        <translation>No se trabajó en este período</translation>
    </message>
    <message>
        <source>ℹ Info</source>
        <translation>ℹ Información</translation>
    </message>
    <message>
        <source>◔ Watch</source>
        <translation>◔ Vigilar</translation>
    </message>
    <message>
        <source>⚠ Action</source>
        <translation>⚠ Acción</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Partly delivered</source>
        <translation>Dada en parte</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Make-up</source>
        <translation>Recuperación</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Provider absent</source>
        <translation>Proveedor ausente</translation>
    </message>
    <message>
        <source>Provider position vacant</source>
        <translation>Puesto de proveedor vacante</translation>
    </message>
    <message>
        <source>Provider on other duty (meetings, testing)</source>
        <translation>Proveedor en otra tarea (reuniones, evaluaciones)</translation>
    </message>
    <message>
        <source>School activity (assembly, field trip, testing)</source>
        <translation>Actividad escolar (asamblea, excursión, exámenes)</translation>
    </message>
    <message>
        <source>School schedule change (late start, early release)</source>
        <translation>Cambio de horario escolar (entrada tarde, salida temprano)</translation>
    </message>
    <message>
        <source>Scheduled holiday</source>
        <translation>Día feriado programado</translation>
    </message>
    <message>
        <source>School break</source>
        <translation>Vacaciones escolares</translation>
    </message>
    <message>
        <source>Short week (fewer school days than sessions)</source>
        <translation>Semana corta (menos días de clase que sesiones)</translation>
    </message>
    <message>
        <source>Child absent: illness</source>
        <translation>Niño ausente: enfermedad</translation>
    </message>
    <message>
        <source>Child absent: family reasons</source>
        <translation>Niño ausente: motivos familiares</translation>
    </message>
    <message>
        <source>Child absent: disability-related</source>
        <translation>Niño ausente: por su discapacidad</translation>
    </message>
    <message>
        <source>Child refused or did not take part</source>
        <translation>El niño se negó o no participó</translation>
    </message>
    <message>
        <source>Child removed for discipline</source>
        <translation>Niño retirado por disciplina</translation>
    </message>
    <message>
        <source>Other reason</source>
        <translation>Otro motivo</translation>
    </message>
    <message>
        <source>School</source>
        <translation>Escuela</translation>
    </message>
    <message>
        <source>Child or family</source>
        <translation>Niño o familia</translation>
    </message>
    <message>
        <source>Disputed</source>
        <translation>En disputa</translation>
    </message>
    <message>
        <source>Neutral (holiday)</source>
        <translation>Neutral (feriado)</translation>
    </message>
    <message>
        <source>Initial IEP</source>
        <translation>IEP inicial</translation>
    </message>
    <message>
        <source>Annual IEP</source>
        <translation>IEP anual</translation>
    </message>
    <message>
        <source>Amendment</source>
        <translation>Enmienda</translation>
    </message>
    <message>
        <source>Re-evaluation IEP</source>
        <translation>IEP de reevaluación</translation>
    </message>
    <message>
        <source>Interim IEP</source>
        <translation>IEP provisional</translation>
    </message>
    <message>
        <source>Federal rules (IDEA)</source>
        <translation>Reglas federales (IDEA)</translation>
    </message>
    <message>
        <source>California</source>
        <translation>California</translation>
    </message>
    <message>
        <source>Texas</source>
        <translation>Texas</translation>
    </message>
    <message>
        <source>possible deadline, verify</source>
        <translation>posible fecha límite, verifíquela</translation>
    </message>
    <message>
        <source>Data points</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>Value in a progress report</source>
        <translation>Valor en un informe de progreso</translation>
    </message>
    <message>
        <source>Baseline</source>
        <translation>Punto de partida</translation>
    </message>
    <message>
        <source>Aimline (goal line)</source>
        <translation>Línea meta (hacia la meta)</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>Trend</source>
        <translation>Tendencia</translation>
    </message>
    <message>
        <source>Projection</source>
        <translation>Proyección</translation>
    </message>
</context>
<context>
    <name>DropOverlay</name>
    <message>
        <source>What a drop will do</source>
        <translation>Qué hará al soltar</translation>
    </message>
</context>
<context>
    <name>FileActions</name>
    <message>
        <source>Your binder stays on this computer. IEP Binder opens no network connection and sends nothing anywhere unless you connect it to a server yourself.</source>
        <translation>Su carpeta se queda en esta computadora. IEP Binder no abre ninguna conexión de red ni envía nada a ningún lugar, salvo que usted mismo la conecte a un servidor.</translation>
    </message>
    <message>
        <source>Choose an empty folder for the new binder</source>
        <translation>Elija una carpeta vacía para la nueva carpeta de IEP Binder</translation>
    </message>
    <message>
        <source>Open a binder folder</source>
        <translation>Abrir una carpeta de IEP Binder</translation>
    </message>
    <message>
        <source>There is nothing on this tab to print yet.</source>
        <translation>Todavía no hay nada que imprimir en esta pestaña.</translation>
    </message>
    <message>
        <source>Preparing the page...</source>
        <translation>Preparando la página...</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
    <message>
        <source>Save a copy of the whole binder</source>
        <translation>Guardar una copia de toda la carpeta</translation>
    </message>
    <message>
        <source>Binder files (*.json)</source>
        <translation>Archivos de carpeta (*.json)</translation>
    </message>
    <message>
        <source>Import a binder file</source>
        <translation>Importar un archivo de carpeta</translation>
    </message>
    <message>
        <source>Imported {file}.</source>
        <translation>Se importó {file}.</translation>
    </message>
    <message>
        <source>Not imported</source>
        <translation>No se importó</translation>
    </message>
    <message>
        <source>{file} was not imported: {reason}</source>
        <translation>No se importó {file}: {reason}</translation>
    </message>
    <message>
        <source>Back up now</source>
        <translation>Hacer copia de seguridad</translation>
    </message>
    <message>
        <source>IEP binder backup {stamp}.zip</source>
        <translation>Copia de seguridad de IEP Binder {stamp}.zip</translation>
    </message>
    <message>
        <source>Backups (*.zip)</source>
        <translation>Copias de seguridad (*.zip)</translation>
    </message>
    <message>
        <source>Backed up to {file}.</source>
        <translation>Copia de seguridad guardada en {file}.</translation>
    </message>
    <message>
        <source>Choose a backup to restore</source>
        <translation>Elija una copia de seguridad para restaurar</translation>
    </message>
    <message>
        <source>Choose where to put the restored binder</source>
        <translation>Elija dónde poner la carpeta restaurada</translation>
    </message>
    <message>
        <source>{name} (restored)</source>
        <translation>{name} (restaurada)</translation>
    </message>
    <message>
        <source>Restored, with problems</source>
        <translation>Restaurada, con problemas</translation>
    </message>
    <message>
        <source>Restored the backup into {folder}; every file matched its checksum.</source>
        <translation>Se restauró la copia de seguridad en {folder}; todos los archivos coinciden con su suma de verificación.</translation>
    </message>
    <message>
        <source>Check binder</source>
        <translation>Revisar la carpeta</translation>
    </message>
    <message>
        <source>The check found problems:</source>
        <translation>La revisión encontró problemas:</translation>
    </message>
    <message>
        <source>✓ The binder is sound. Checked: {checks}.</source>
        <translation>✓ La carpeta está en buen estado. Se revisó: {checks}.</translation>
    </message>
    <message>
        <source>{n} stored file(s) are not used by any document (an import was stopped half-way). They harm nothing. Delete them to free the space?</source>
        <translation>{n} archivo(s) guardado(s) no los usa ningún documento (una importación se detuvo a medias). No hacen ningún daño. ¿Borrarlos para liberar espacio?</translation>
    </message>
    <message>
        <source>Removed {n} unused stored file(s).</source>
        <translation>Se quitaron {n} archivo(s) guardado(s) sin usar.</translation>
    </message>
    <message>
        <source>About IEP Binder</source>
        <translation>Acerca de IEP Binder</translation>
    </message>
    <message>
        <source>&lt;h3&gt;IEP Binder {version}&lt;/h3&gt;&lt;p&gt;A parent&apos;s digital IEP binder.&lt;/p&gt;&lt;p&gt;{privacy}&lt;/p&gt;&lt;p&gt;Free software under the GNU General Public License, version 3 or later (GPL-3.0-or-later): you may use, share and change it.&lt;/p&gt;&lt;p&gt;This program keeps records; it does not give legal advice. Deadlines it shows are possible deadlines to verify.&lt;/p&gt;</source>
        <translation>&lt;h3&gt;IEP Binder {version}&lt;/h3&gt;&lt;p&gt;La carpeta digital del IEP para las familias.&lt;/p&gt;&lt;p&gt;{privacy}&lt;/p&gt;&lt;p&gt;Software libre bajo la Licencia Pública General de GNU, versión 3 o posterior (GPL-3.0-or-later): puede usarlo, compartirlo y modificarlo.&lt;/p&gt;&lt;p&gt;Este programa guarda registros; no da asesoría legal. Las fechas límite que muestra son posibles fechas límite que debe verificar.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>IEP Binder</source>
        <translation>IEP Binder</translation>
    </message>
</context>
<context>
    <name>GlanceModels</name>
    <message>
        <source>Pull-out</source>
        <translation>Fuera del salón</translation>
    </message>
    <message>
        <source>Push-in</source>
        <translation>Dentro del salón</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>individual</source>
        <translation>individual</translation>
    </message>
    <message>
        <source>group</source>
        <translation>en grupo</translation>
    </message>
    <message>
        <source>individual or group</source>
        <translation>individual o en grupo</translation>
    </message>
</context>
<context>
    <name>GlanceTab</name>
    <message>
        <source>&amp;Add the IEP...</source>
        <translation>&amp;Agregar el IEP...</translation>
    </message>
    <message>
        <source>Services</source>
        <translation>Servicios</translation>
    </message>
    <message>
        <source>service</source>
        <translation>servicio</translation>
    </message>
    <message>
        <source>No services yet. Add each service from the IEP&apos;s service page, copying the words exactly as written.</source>
        <translation>Aún no hay servicios. Agregue cada servicio de la página de servicios del IEP, copiando las palabras tal como están escritas.</translation>
    </message>
    <message>
        <source>Accommodations</source>
        <translation>Adaptaciones</translation>
    </message>
    <message>
        <source>accommodation</source>
        <translation>adaptación</translation>
    </message>
    <message>
        <source>No accommodations yet. Add each one and the classes where it applies.</source>
        <translation>Aún no hay adaptaciones. Agregue cada una y las clases en que se aplica.</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>goal</source>
        <translation>meta</translation>
    </message>
    <message>
        <source>No goals yet. Add each annual goal with its baseline and target.</source>
        <translation>Aún no hay metas. Agregue cada meta anual con su punto de partida y su objetivo.</translation>
    </message>
    <message>
        <source>Team</source>
        <translation>Equipo</translation>
    </message>
    <message>
        <source>person</source>
        <translation>persona</translation>
    </message>
    <message>
        <source>No team members yet. Add the people who work with your child.</source>
        <translation>Aún no hay miembros del equipo. Agregue a las personas que trabajan con su hijo.</translation>
    </message>
    <message>
        <source>Add a service</source>
        <translation>Agregar un servicio</translation>
    </message>
    <message>
        <source>Edit service</source>
        <translation>Editar servicio</translation>
    </message>
    <message>
        <source>Add an accommodation</source>
        <translation>Agregar una adaptación</translation>
    </message>
    <message>
        <source>Edit accommodation</source>
        <translation>Editar adaptación</translation>
    </message>
    <message>
        <source>Add a goal</source>
        <translation>Agregar una meta</translation>
    </message>
    <message>
        <source>Edit goal</source>
        <translation>Editar meta</translation>
    </message>
    <message>
        <source>Add a team member</source>
        <translation>Agregar un miembro del equipo</translation>
    </message>
    <message>
        <source>Edit team member</source>
        <translation>Editar miembro del equipo</translation>
    </message>
    <message>
        <source>No IEP entered yet for {name}. Start with the dates on the first page of the IEP; then add its services, accommodations and goals.</source>
        <translation>Aún no se ha ingresado un IEP para {name}. Empiece con las fechas de la primera página del IEP; después agregue sus servicios, adaptaciones y metas.</translation>
    </message>
    <message>
        <source>IEP at a glance – {name}</source>
        <translation>Resumen del IEP – {name}</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Editar niño</translation>
    </message>
    <message>
        <source>Edit IEP dates</source>
        <translation>Editar las fechas del IEP</translation>
    </message>
    <message>
        <source>Add an IEP</source>
        <translation>Agregar un IEP</translation>
    </message>
    <message>
        <source>Amend this IEP</source>
        <translation>Enmendar este IEP</translation>
    </message>
</context>
<context>
    <name>GoalDetailPanel</name>
    <message>
        <source>Data points</source>
        <translation>Datos</translation>
    </message>
    <message>
        <source>point</source>
        <translation>dato</translation>
    </message>
    <message>
        <source>No data yet. Add each measurement from a progress report, a work sample or your own observation, or paste a column of values.</source>
        <translation>Aún no hay datos. Agregue cada medición de un informe de progreso, una muestra de trabajo o su propia observación, o pegue una columna de valores.</translation>
    </message>
    <message>
        <source>Paste a colu&amp;mn...</source>
        <translation>Pegar una colu&amp;mna...</translation>
    </message>
    <message>
        <source>Choose a goal</source>
        <translation>Elija una meta</translation>
    </message>
    <message>
        <source>Choose a goal in the list to see its graph.</source>
        <translation>Elija una meta de la lista para ver su gráfica.</translation>
    </message>
    <message>
        <source>No data points yet, so there is no trend. Add the baseline, the target and the measurements to see the graph an expert would draw.</source>
        <translation>Aún no hay datos, así que no hay tendencia. Agregue el punto de partida, el objetivo y las mediciones para ver la gráfica que haría un experto.</translation>
    </message>
</context>
<context>
    <name>GoalDialog</name>
    <message>
        <source>Checks</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>e.g. Given a 3rd-grade passage, Sam will read aloud 90 words correct per minute by June 2026.</source>
        <translation>p. ej., Dado un pasaje de 3.er grado, Sam leerá en voz alta 90 palabras correctas por minuto para junio de 2026.</translation>
    </message>
    <message>
        <source>&amp;Goal (as written)</source>
        <translation>&amp;Meta (tal como está escrita)</translation>
    </message>
    <message>
        <source>&amp;Area</source>
        <translation>&amp;Área</translation>
    </message>
    <message>
        <source>e.g. Reading fluency</source>
        <translation>p. ej., Fluidez lectora</translation>
    </message>
    <message>
        <source>&amp;Condition (given …)</source>
        <translation>&amp;Condición (dado …)</translation>
    </message>
    <message>
        <source>e.g. Given a 3rd-grade passage</source>
        <translation>p. ej., Dado un pasaje de 3.er grado</translation>
    </message>
    <message>
        <source>&amp;Behavior (what your child will do)</source>
        <translation>Conduc&amp;ta (lo que hará su hijo)</translation>
    </message>
    <message>
        <source>e.g. Read aloud</source>
        <translation>p. ej., Leer en voz alta</translation>
    </message>
    <message>
        <source>Words correct per minute (WCPM)</source>
        <translation>Palabras correctas por minuto (WCPM)</translation>
    </message>
    <message>
        <source>Percent accuracy</source>
        <translation>Porcentaje de aciertos</translation>
    </message>
    <message>
        <source>Count</source>
        <translation>Conteo</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duración</translation>
    </message>
    <message>
        <source>Rubric score</source>
        <translation>Puntuación de rúbrica</translation>
    </message>
    <message>
        <source>Trials correct</source>
        <translation>Intentos correctos</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>&amp;Metric (what is measured)</source>
        <translation>Med&amp;ida (lo que se mide)</translation>
    </message>
    <message>
        <source>&amp;Unit</source>
        <translation>&amp;Unidad</translation>
    </message>
    <message>
        <source>e.g. words correct per minute</source>
        <translation>p. ej., palabras correctas por minuto</translation>
    </message>
    <message>
        <source>Increase (higher is better)</source>
        <translation>Aumentar (más alto es mejor)</translation>
    </message>
    <message>
        <source>Decrease (lower is better)</source>
        <translation>Disminuir (más bajo es mejor)</translation>
    </message>
    <message>
        <source>&amp;Direction</source>
        <translation>&amp;Dirección</translation>
    </message>
    <message>
        <source>Starting point (baseline)</source>
        <translation>Punto de partida (línea de base)</translation>
    </message>
    <message>
        <source>e.g. 52</source>
        <translation>p. ej., 52</translation>
    </message>
    <message>
        <source>Baseline &amp;value</source>
        <translation>&amp;Valor inicial</translation>
    </message>
    <message>
        <source>Baseline da&amp;te</source>
        <translation>Fec&amp;ha del valor inicial</translation>
    </message>
    <message>
        <source>Baseline as &amp;written</source>
        <translation>Punto de partida tal como está esc&amp;rito</translation>
    </message>
    <message>
        <source>e.g. 42 WCPM (median of 3 probes)</source>
        <translation>p. ej., 42 WCPM (mediana de 3 sondeos)</translation>
    </message>
    <message>
        <source>Baseline &amp;source</source>
        <translation>Fuente de&amp;l valor inicial</translation>
    </message>
    <message>
        <source>e.g. Fall CBM screening</source>
        <translation>p. ej., evaluación CBM de otoño</translation>
    </message>
    <message>
        <source>Baseline &amp;probes</source>
        <translation>&amp;Sondeos iniciales</translation>
    </message>
    <message>
        <source>Scores separated by commas, e.g. 40, 42, 45</source>
        <translation>Puntuaciones separadas por comas, p. ej., 40, 42, 45</translation>
    </message>
    <message>
        <source>Target</source>
        <translation>Objetivo</translation>
    </message>
    <message>
        <source>e.g. 90</source>
        <translation>p. ej., 90</translation>
    </message>
    <message>
        <source>Ta&amp;rget value</source>
        <translation>Valor ob&amp;jetivo</translation>
    </message>
    <message>
        <source>Target dat&amp;e</source>
        <translation>Fecha del o&amp;bjetivo</translation>
    </message>
    <message>
        <source>Criterio&amp;n (what counts as met)</source>
        <translation>Criterio&amp;n (qué cuenta como logrado)</translation>
    </message>
    <message>
        <source>e.g. 80% in 4 of 5 trials</source>
        <translation>p. ej., 80 % en 4 de 5 intentos</translation>
    </message>
    <message>
        <source>How progress is measured</source>
        <translation>Cómo se mide el progreso</translation>
    </message>
    <message>
        <source>Measurement met&amp;hod</source>
        <translation>Mét&amp;odo de medición</translation>
    </message>
    <message>
        <source>e.g. CBM probes, data sheets</source>
        <translation>p. ej., sondeos CBM, hojas de datos</translation>
    </message>
    <message>
        <source>Measurement &amp;frequency</source>
        <translation>&amp;Frecuencia de medición</translation>
    </message>
    <message>
        <source>e.g. Weekly</source>
        <translation>p. ej., Semanal</translation>
    </message>
    <message>
        <source>Who measures it (responsib&amp;le role)</source>
        <translation>Quién lo mide (función respons&amp;able)</translation>
    </message>
    <message>
        <source>e.g. Special education teacher</source>
        <translation>p. ej., Maestra de educación especial</translation>
    </message>
    <message>
        <source>Short-term &amp;objectives</source>
        <translation>Objetivos a corto pla&amp;zo</translation>
    </message>
    <message>
        <source>One per line.</source>
        <translation>Uno por línea.</translation>
    </message>
    <message>
        <source>&amp;IEP page</source>
        <translation>&amp;Página del IEP</translation>
    </message>
    <message>
        <source>e.g. 9</source>
        <translation>p. ej., 9</translation>
    </message>
    <message>
        <source>Checks appear here as you fill in the form.</source>
        <translation>Las revisiones aparecen aquí a medida que llena el formulario.</translation>
    </message>
    <message>
        <source>Nothing to ask the team about.</source>
        <translation>Nada que preguntar al equipo.</translation>
    </message>
    <message>
        <source>Type a number, e.g. 52</source>
        <translation>Escriba un número, p. ej., 52</translation>
    </message>
    <message>
        <source>Type numbers separated by commas, e.g. 40, 42, 45</source>
        <translation>Escriba números separados por comas, p. ej., 40, 42, 45</translation>
    </message>
</context>
<context>
    <name>GoalEntryBox</name>
    <message>
        <source>the number the report gives, if any</source>
        <translation>el número que da el informe, si hay uno</translation>
    </message>
    <message>
        <source>Type the report&apos;s words here, or assign them from the report&apos;s text.</source>
        <translation>Escriba aquí las palabras del informe, o asígnelas desde el texto del informe.</translation>
    </message>
    <message>
        <source>Status &amp;box</source>
        <translation>&amp;Casilla de estado</translation>
    </message>
    <message>
        <source>Reported &amp;value ({unit})</source>
        <translation>&amp;Valor informado ({unit})</translation>
    </message>
    <message>
        <source>Reported &amp;value</source>
        <translation>&amp;Valor informado</translation>
    </message>
    <message>
        <source>&amp;What it says</source>
        <translation>&amp;Lo que dice</translation>
    </message>
</context>
<context>
    <name>GuideDialog</name>
    <message>
        <source>IEP Binder user guide</source>
        <translation>Guía de uso de IEP Binder</translation>
    </message>
    <message>
        <source>User guide</source>
        <translation>Guía de uso</translation>
    </message>
    <message>
        <source>The user guide is missing from this copy of IEP Binder; reinstalling brings it back. It is also in the docs folder of the source code.</source>
        <translation>Falta la guía de uso en esta copia de IEP Binder; al reinstalar el programa vuelve. También está en la carpeta docs del código fuente.</translation>
    </message>
</context>
<context>
    <name>HistoryDialog</name>
    <message>
        <source>Written down</source>
        <translation>Anotada</translation>
    </message>
    <message>
        <source>Edited</source>
        <translation>Editada</translation>
    </message>
    <message>
        <source>Follow-up done</source>
        <translation>Seguimiento hecho</translation>
    </message>
    <message>
        <source>{action} on {when}</source>
        <translation>{action} el {when}</translation>
    </message>
    <message>
        <source>Added</source>
        <translation>Agregado</translation>
    </message>
    <message>
        <source>Removed</source>
        <translation>Eliminado</translation>
    </message>
    <message>
        <source>Moved to the trash</source>
        <translation>Movido a la papelera</translation>
    </message>
    <message>
        <source>Restored from the trash</source>
        <translation>Recuperado de la papelera</translation>
    </message>
    <message>
        <source>History of {subject}</source>
        <translation>Historial de {subject}</translation>
    </message>
    <message>
        <source>Every saved version, oldest first. The history is kept as written and cannot be changed; Help &gt; Check binder proves that.</source>
        <translation>Cada versión guardada, de la más antigua a la más reciente. El historial se conserva tal como se escribió y no se puede cambiar; Ayuda &gt; Revisar la carpeta lo comprueba.</translation>
    </message>
</context>
<context>
    <name>ImportProgress</name>
    <message>
        <source>Import progress</source>
        <translation>Progreso de la importación</translation>
    </message>
    <message>
        <source>Cancel import</source>
        <translation>Cancelar la importación</translation>
    </message>
    <message>
        <source>Importing {n} file(s)…</source>
        <translation>Importando {n} archivo(s)…</translation>
    </message>
    <message>
        <source>Importing {done} of {total}: {name}</source>
        <translation>Importando {done} de {total}: {name}</translation>
    </message>
    <message>
        <source>Stopping after the file in hand…</source>
        <translation>Deteniendo después del archivo en curso…</translation>
    </message>
</context>
<context>
    <name>ImportReport</name>
    <message>
        <source>✓ Added</source>
        <translation>✓ Agregado</translation>
    </message>
    <message>
        <source>= Already in the binder</source>
        <translation>= Ya está en la carpeta</translation>
    </message>
    <message>
        <source>✗ Not added</source>
        <translation>✗ No agregado</translation>
    </message>
    <message>
        <source>– Cancelled</source>
        <translation>– Cancelado</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Archivo</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Resultado</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
</context>
<context>
    <name>ImportReportDialog</name>
    <message>
        <source>What was imported</source>
        <translation>Qué se importó</translation>
    </message>
    <message>
        <source>Files of the import</source>
        <translation>Archivos de la importación</translation>
    </message>
</context>
<context>
    <name>ImportSummaryBar</name>
    <message>
        <source>&amp;Details...</source>
        <translation>&amp;Detalles...</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>&amp;Deshacer esta importación</translation>
    </message>
    <message>
        <source>Close the import summary</source>
        <translation>Cerrar el resumen de la importación</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
</context>
<context>
    <name>JournalChart</name>
    <message>
        <source>Mood, stress and school refusal over time</source>
        <translation>Ánimo, estrés y rechazo a la escuela a lo largo del tiempo</translation>
    </message>
    <message>
        <source>No journal entries yet: the chart fills in as you add them</source>
        <translation>Aún no hay entradas del diario: la gráfica se llena a medida que las agrega</translation>
    </message>
    <message>
        <source>No journal entries yet.</source>
        <translation>Aún no hay entradas del diario.</translation>
    </message>
    <message>
        <source>{title}: latest {last}, range {low} to {high}</source>
        <translation>{title}: última {last}, rango de {low} a {high}</translation>
    </message>
</context>
<context>
    <name>JournalForm</name>
    <message>
        <source>How was the day?</source>
        <translation>¿Cómo fue el día?</translation>
    </message>
    <message>
        <source>Save entry (Ctrl+S)</source>
        <translation>Guardar entrada (Ctrl+S)</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;Mood</source>
        <translation>Á&amp;nimo</translation>
    </message>
    <message>
        <source>S&amp;tress</source>
        <translation>Es&amp;trés</translation>
    </message>
    <message>
        <source>School re&amp;fusal</source>
        <translation>Rec&amp;hazo a la escuela</translation>
    </message>
    <message>
        <source>What your child &amp;said</source>
        <translation>Lo que &amp;dijo su hijo</translation>
    </message>
    <message>
        <source>What you sa&amp;w</source>
        <translation>Lo que usted &amp;vio</translation>
    </message>
    <message>
        <source>What your child said</source>
        <translation>Lo que dijo su hijo</translation>
    </message>
    <message>
        <source>What you saw</source>
        <translation>Lo que usted vio</translation>
    </message>
    <message>
        <source>Save changes (Ctrl+S)</source>
        <translation>Guardar cambios (Ctrl+S)</translation>
    </message>
    <message>
        <source>Give the date.</source>
        <translation>Indique la fecha.</translation>
    </message>
</context>
<context>
    <name>JournalView</name>
    <message>
        <source>Journal entries</source>
        <translation>Entradas del diario</translation>
    </message>
    <message>
        <source>entry</source>
        <translation>entrada</translation>
    </message>
    <message>
        <source>Note a few words most days: what your child said about school and what you saw. Over weeks, the pattern speaks for itself.</source>
        <translation>Anote unas palabras casi todos los días: lo que su hijo dijo de la escuela y lo que usted vio. Con las semanas, el patrón habla por sí solo.</translation>
    </message>
    <message>
        <source>Not provided, per accommodation and class</source>
        <translation>No dada, por adaptación y clase</translation>
    </message>
    <message>
        <source>count</source>
        <translation>veces</translation>
    </message>
    <message>
        <source>No accommodation checks yet.</source>
        <translation>Aún no hay revisiones de adaptaciones.</translation>
    </message>
    <message>
        <source>Accommodation checks</source>
        <translation>Revisiones de adaptaciones</translation>
    </message>
    <message>
        <source>check</source>
        <translation>revisión</translation>
    </message>
    <message>
        <source>When your child tells you an accommodation was or was not given, record it here: the date, the class, and what happened.</source>
        <translation>Cuando su hijo le cuente que una adaptación se dio o no se dio, anótelo aquí: la fecha, la clase y lo que pasó.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>KeptTodayWindow</name>
    <message>
        <source>↻ Worked out for this day when the binder was last closed (nothing has changed since). Bringing it up to date; the buttons appear in a moment.</source>
        <translation>↻ Calculado para este día al cerrar la carpeta por última vez (nada ha cambiado desde entonces). Se está poniendo al día; los botones aparecen en un momento.</translation>
    </message>
    <message>
        <source>Binder</source>
        <translation>Carpeta</translation>
    </message>
    <message>
        <source>Child: {name}</source>
        <translation>Niño: {name}</translation>
    </message>
</context>
<context>
    <name>LedgerPanel</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Watch</source>
        <translation>Vigilar</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Acción</translation>
    </message>
    <message>
        <source>Escalate</source>
        <translation>Escalar</translation>
    </message>
    <message>
        <source> and {n} more</source>
        <translation> y {n} más</translation>
    </message>
    <message>
        <source>Sessions behind it ({n}): {listed}{more}.</source>
        <translation>Sesiones en las que se basa ({n}): {listed}{more}.</translation>
    </message>
    <message>
        <source>&lt;b&gt;Service ledger&lt;/b&gt;, {start} to {end}. Hover over a figure to see how it was computed.</source>
        <translation>&lt;b&gt;Registro de servicios&lt;/b&gt;, del {start} al {end}. Pase el puntero sobre una cifra para ver cómo se calculó.</translation>
    </message>
    <message>
        <source>Compensatory awards (agreed or ordered)</source>
        <translation>Servicios compensatorios otorgados (acordados u ordenados)</translation>
    </message>
</context>
<context>
    <name>LetterDialog</name>
    <message>
        <source>Letter</source>
        <translation>Carta</translation>
    </message>
    <message>
        <source>&amp;Fill in again from the binder</source>
        <translation>&amp;Volver a llenar desde la carpeta</translation>
    </message>
    <message>
        <source>&amp;Template</source>
        <translation>&amp;Modelo</translation>
    </message>
    <message>
        <source>Letter &amp;language</source>
        <translation>&amp;Idioma de la carta</translation>
    </message>
    <message>
        <source>Send t&amp;o</source>
        <translation>Envia&amp;r a</translation>
    </message>
    <message>
        <source>Email addr&amp;ess</source>
        <translation>Correo e&amp;lectrónico</translation>
    </message>
    <message>
        <source>&amp;Copy to (names)</source>
        <translation>Copia a (&amp;nombres)</translation>
    </message>
    <message>
        <source>Copy to (email&amp;s)</source>
        <translation>Copia a (corre&amp;os)</translation>
    </message>
    <message>
        <source>Su&amp;bject</source>
        <translation>A&amp;sunto</translation>
    </message>
    <message>
        <source>&amp;Reply due</source>
        <translation>Respuesta &amp;esperada</translation>
    </message>
    <message>
        <source>Template</source>
        <translation>Modelo</translation>
    </message>
    <message>
        <source>To</source>
        <translation>Para</translation>
    </message>
    <message>
        <source>Letter language</source>
        <translation>Idioma de la carta</translation>
    </message>
    <message>
        <source>Email address</source>
        <translation>Correo electrónico</translation>
    </message>
    <message>
        <source>Copy to, names</source>
        <translation>Copia a, nombres</translation>
    </message>
    <message>
        <source>Copy to, email addresses</source>
        <translation>Copia a, correos electrónicos</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Asunto</translation>
    </message>
    <message>
        <source>Letter text</source>
        <translation>Texto de la carta</translation>
    </message>
    <message>
        <source>Things to check</source>
        <translation>Cosas que revisar</translation>
    </message>
    <message>
        <source>Things to check before sending:</source>
        <translation>Cosas que revisar antes de enviar:</translation>
    </message>
    <message>
        <source>Co&amp;py</source>
        <translation>Co&amp;piar</translation>
    </message>
    <message>
        <source>Open in &amp;mail program</source>
        <translation>Abr&amp;ir en el programa de correo</translation>
    </message>
    <message>
        <source>Save as .e&amp;ml draft...</source>
        <translation>Guardar como &amp;borrador .eml...</translation>
    </message>
    <message>
        <source>Save as P&amp;DF letter...</source>
        <translation>Guardar como carta en PD&amp;F...</translation>
    </message>
    <message>
        <source>&amp;Keep as draft</source>
        <translation>&amp;Guardar como borrador</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>— let the binder choose —</source>
        <translation>— que elija la carpeta —</translation>
    </message>
    <message>
        <source>Replace your changes?</source>
        <translation>¿Reemplazar sus cambios?</translation>
    </message>
    <message>
        <source>Fill the letter in again from the binder? Your edits to the text will be replaced.</source>
        <translation>¿Volver a llenar la carta desde la carpeta? Se reemplazarán los cambios que hizo al texto.</translation>
    </message>
    <message>
        <source>A reply is expected within {span} (school days follow the school calendar). Using the letter logs it with this date as its follow-up.</source>
        <translation>Se espera respuesta en {span} (los días escolares siguen el calendario escolar). Al usar la carta, se registra con esta fecha como su seguimiento.</translation>
    </message>
    <message>
        <source>Used on {day}; it is in the communication log.</source>
        <translation>Usada el {day}; está en el registro de comunicación.</translation>
    </message>
    <message>
        <source>A draft kept on {day}.</source>
        <translation>Un borrador guardado el {day}.</translation>
    </message>
    <message>
        <source>Kept as a draft.</source>
        <translation>Guardada como borrador.</translation>
    </message>
    <message>
        <source>Logged in the communication log with a follow-up on {day}.</source>
        <translation>Registrada en el registro de comunicación con un seguimiento el {day}.</translation>
    </message>
    <message>
        <source>Logged in the communication log.</source>
        <translation>Registrada en el registro de comunicación.</translation>
    </message>
</context>
<context>
    <name>LetterPicks</name>
    <message>
        <source>&amp;Goal</source>
        <translation>&amp;Meta</translation>
    </message>
    <message>
        <source>&amp;Accommodation</source>
        <translation>&amp;Adaptación</translation>
    </message>
    <message>
        <source>Cla&amp;ss</source>
        <translation>Cla&amp;se</translation>
    </message>
    <message>
        <source>Ser&amp;vice</source>
        <translation>Ser&amp;vicio</translation>
    </message>
    <message>
        <source>Log &amp;entry</source>
        <translation>&amp;Entrada del registro</translation>
    </message>
    <message>
        <source>&amp;Meeting</source>
        <translation>&amp;Reunión</translation>
    </message>
    <message>
        <source>Period &amp;from</source>
        <translation>Período &amp;desde</translation>
    </message>
    <message>
        <source>Period &amp;until</source>
        <translation>Período &amp;hasta</translation>
    </message>
    <message>
        <source>— let the binder choose —</source>
        <translation>— que elija la carpeta —</translation>
    </message>
</context>
<context>
    <name>LettersView</name>
    <message>
        <source>Letters written for the “Stranger” who may read them later: facts in date order, a calm tone, a clear request and a reply date. Each is filled in from the binder; edit it, then copy it, open it in your mail program, or save it as an email draft or a PDF. Using a letter logs it with its follow-up.</source>
        <translation>Cartas escritas para el «desconocido» que podría leerlas más adelante: hechos en orden de fecha, tono tranquilo, una petición clara y una fecha de respuesta. Cada una se llena desde la carpeta; edítela y luego cópiela, ábrala en su programa de correo o guárdela como borrador de correo o como PDF. Al usar una carta, se registra con su seguimiento.</translation>
    </message>
    <message>
        <source>Letters</source>
        <translation>Cartas</translation>
    </message>
    <message>
        <source>letter</source>
        <translation>carta</translation>
    </message>
    <message>
        <source>No letters yet. Press “Add letter” to choose a template.</source>
        <translation>Aún no hay cartas. Pulse «Agregar carta» para elegir un modelo.</translation>
    </message>
    <message>
        <source>Open...</source>
        <translation>Abrir...</translation>
    </message>
</context>
<context>
    <name>LogDayDialog</name>
    <message>
        <source>Log sessions for {day}</source>
        <translation>Registrar sesiones del {day}</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Qué pasó</translation>
    </message>
    <message>
        <source>Minutes</source>
        <translation>Minutos</translation>
    </message>
    <message>
        <source>Reason (if missed)</source>
        <translation>Motivo (si se perdió)</translation>
    </message>
    <message>
        <source>Counted as</source>
        <translation>Se cuenta como</translation>
    </message>
    <message>
        <source>Makes up for</source>
        <translation>Recupera</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Nota</translation>
    </message>
    <message>
        <source>Evidence</source>
        <translation>Prueba</translation>
    </message>
    <message>
        <source>No service of the IEP is in effect on this day.</source>
        <translation>Ningún servicio del IEP está vigente este día.</translation>
    </message>
    <message>
        <source>Choose what happened for each service; leave &apos;Not logged&apos; for sessions you don&apos;t know about yet.</source>
        <translation>Elija qué pasó con cada servicio; deje «Sin registrar» en las sesiones de las que todavía no sabe.</translation>
    </message>
    <message>
        <source>Not logged</source>
        <translation>Sin registrar</translation>
    </message>
    <message>
        <source>Delivered</source>
        <translation>Dada</translation>
    </message>
    <message>
        <source>Partly delivered</source>
        <translation>Dada en parte</translation>
    </message>
    <message>
        <source>Missed</source>
        <translation>Perdida</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Cancelada</translation>
    </message>
    <message>
        <source>Make-up session</source>
        <translation>Sesión de recuperación</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>— reason —</source>
        <translation>— motivo —</translation>
    </message>
    <message>
        <source>Default for the reason</source>
        <translation>Lo predeterminado para el motivo</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
    <message>
        <source>One click: delivered, the usual minutes</source>
        <translation>Un clic: dada, con los minutos de siempre</translation>
    </message>
    <message>
        <source>mark delivered</source>
        <translation>marcar como dada</translation>
    </message>
    <message>
        <source>evidence and details</source>
        <translation>pruebas y detalles</translation>
    </message>
    <message>
        <source>what happened</source>
        <translation>qué pasó</translation>
    </message>
    <message>
        <source>minutes</source>
        <translation>minutos</translation>
    </message>
    <message>
        <source>reason</source>
        <translation>motivo</translation>
    </message>
    <message>
        <source>counted as</source>
        <translation>se cuenta como</translation>
    </message>
    <message>
        <source>makes up for</source>
        <translation>recupera</translation>
    </message>
    <message>
        <source>note</source>
        <translation>nota</translation>
    </message>
    <message>
        <source>Details ✓...</source>
        <translation>Detalles ✓...</translation>
    </message>
    <message>
        <source>Details...</source>
        <translation>Detalles...</translation>
    </message>
    <message>
        <source>How you know (a note, your child&apos;s words, a linked document), provider, setting, group, and whether it was testing</source>
        <translation>Cómo lo sabe (una nota, las palabras de su hijo o hija, un documento vinculado), proveedor, lugar, grupo y si fue una evaluación</translation>
    </message>
    <message>
        <source>Default ({who})</source>
        <translation>Predeterminado ({who})</translation>
    </message>
</context>
<context>
    <name>LogEditor</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>T&amp;ime</source>
        <translation>Ho&amp;ra</translation>
    </message>
    <message>
        <source>e.g. 2:30 pm (optional)</source>
        <translation>p. ej., 2:30 pm (opcional)</translation>
    </message>
    <message>
        <source>&amp;Way</source>
        <translation>&amp;Medio</translation>
    </message>
    <message>
        <source>Started &amp;by</source>
        <translation>Iniciado &amp;por</translation>
    </message>
    <message>
        <source>Me (the parent)</source>
        <translation>Yo (el padre o la madre)</translation>
    </message>
    <message>
        <source>The school</source>
        <translation>La escuela</translation>
    </message>
    <message>
        <source>&amp;People</source>
        <translation>&amp;Personas</translation>
    </message>
    <message>
        <source>Names, separated by commas</source>
        <translation>Nombres, separados por comas</translation>
    </message>
    <message>
        <source>T&amp;opic</source>
        <translation>T&amp;ema</translation>
    </message>
    <message>
        <source>&amp;Summary (facts)</source>
        <translation>&amp;Resumen (hechos)</translation>
    </message>
    <message>
        <source>What was said or done, in date order; no opinions.</source>
        <translation>Lo que se dijo o se hizo, en orden de fecha; sin opiniones.</translation>
    </message>
    <message>
        <source>Planned p&amp;urpose</source>
        <translation>Pro&amp;pósito previsto</translation>
    </message>
    <message>
        <source>&amp;Requests made</source>
        <translation>&amp;Peticiones hechas</translation>
    </message>
    <message>
        <source>One request per line</source>
        <translation>Una petición por línea</translation>
    </message>
    <message>
        <source>&amp;Commitments</source>
        <translation>&amp;Compromisos</translation>
    </message>
    <message>
        <source>Who: what by DATE (one per line; ✓ = done)</source>
        <translation>Quién: qué para la FECHA (uno por línea; ✓ = hecho)</translation>
    </message>
    <message>
        <source>Disa&amp;greements</source>
        <translation>Desa&amp;cuerdos</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>Seguimiento</translation>
    </message>
    <message>
        <source>&amp;Needed</source>
        <translation>&amp;Necesario</translation>
    </message>
    <message>
        <source>D&amp;ue by</source>
        <translation>&amp;Para el</translation>
    </message>
    <message>
        <source>S&amp;tatus</source>
        <translation>Es&amp;tado</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>In repl&amp;y to</source>
        <translation>En respues&amp;ta a</translation>
    </message>
    <message>
        <source>Deli&amp;very proof</source>
        <translation>Prueba de &amp;entrega</translation>
    </message>
    <message>
        <source>e.g. certified mail receipt number (optional)</source>
        <translation>p. ej., número del recibo de correo certificado (opcional)</translation>
    </message>
    <message>
        <source>Sa&amp;ve (Ctrl+S)</source>
        <translation>Guar&amp;dar (Ctrl+S)</translation>
    </message>
    <message>
        <source>Mark follow-up &amp;done</source>
        <translation>Marcar el seguimiento como &amp;hecho</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>Link to concern...</source>
        <translation>Vincular a una inquietud...</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>Nueva entrada</translation>
    </message>
    <message>
        <source>Type it in; Ctrl+S saves. Tab moves to the next field.</source>
        <translation>Escríbala; Ctrl+S guarda. Tab pasa al siguiente campo.</translation>
    </message>
    <message>
        <source>Entry of {day}</source>
        <translation>Entrada del {day}</translation>
    </message>
    <message>
        <source>Written down {day} at {time}.</source>
        <translation>Anotada el {day} a las {time}.</translation>
    </message>
    <message>
        <source>Edited since: {n} versions are kept in the history.</source>
        <translation>Editada desde entonces: se guardan {n} versiones en el historial.</translation>
    </message>
    <message>
        <source>Letter: {label}</source>
        <translation>Carta: {label}</translation>
    </message>
    <message>
        <source>Concern: {label}</source>
        <translation>Inquietud: {label}</translation>
    </message>
    <message>
        <source>Document: {label}</source>
        <translation>Documento: {label}</translation>
    </message>
    <message>
        <source>Linked: </source>
        <translation>Vinculado: </translation>
    </message>
    <message>
        <source>Nothing linked yet.</source>
        <translation>Nada vinculado todavía.</translation>
    </message>
    <message>
        <source>Give the date it happened.</source>
        <translation>Indique la fecha en que pasó.</translation>
    </message>
</context>
<context>
    <name>LogFilters</name>
    <message>
        <source>Search the log (Ctrl+F)</source>
        <translation>Buscar en el registro (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the log</source>
        <translation>Buscar en el registro</translation>
    </message>
    <message>
        <source>Entries shown</source>
        <translation>Entradas mostradas</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Persona</translation>
    </message>
    <message>
        <source>Any way</source>
        <translation>Cualquier medio</translation>
    </message>
    <message>
        <source>Way</source>
        <translation>Medio</translation>
    </message>
    <message>
        <source>Any status</source>
        <translation>Cualquier estado</translation>
    </message>
    <message>
        <source>⚠ Needs me now</source>
        <translation>⚠ Me necesita ahora</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Abierta</translation>
    </message>
    <message>
        <source>Waiting for a reply</source>
        <translation>Esperando respuesta</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Hecho</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
    <message>
        <source>from</source>
        <translation>desde</translation>
    </message>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
    <message>
        <source>From date</source>
        <translation>Desde la fecha</translation>
    </message>
    <message>
        <source>To date</source>
        <translation>Hasta la fecha</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>Quitar filtros</translation>
    </message>
    <message>
        <source>Anyone</source>
        <translation>Cualquiera</translation>
    </message>
    <message>
        <source>{total} entries</source>
        <translation>{total} entradas</translation>
    </message>
    <message>
        <source>{shown} of {total} entries</source>
        <translation>{shown} de {total} entradas</translation>
    </message>
    <message>
        <source> · ⚠ {n} need you</source>
        <translation> · ⚠ {n} lo necesitan</translation>
    </message>
</context>
<context>
    <name>LogModel</name>
    <message>
        <source>Phone call</source>
        <translation>Llamada</translation>
    </message>
    <message>
        <source>{way} ← school</source>
        <translation>{way} ← escuela</translation>
    </message>
    <message>
        <source>⚠ No reply (due {day})</source>
        <translation>⚠ Sin respuesta ({day})</translation>
    </message>
</context>
<context>
    <name>LogView</name>
    <message>
        <source>Communication log</source>
        <translation>Registro de comunicación</translation>
    </message>
    <message>
        <source>Your log of every call, meeting, email and note. Press Ctrl+L to add the first entry; write it down the same day, with the facts.</source>
        <translation>Su registro de cada llamada, reunión, correo y nota. Pulse Ctrl+L para agregar la primera entrada; anótela el mismo día, con los hechos.</translation>
    </message>
    <message>
        <source>&amp;New entry (Ctrl+L)</source>
        <translation>&amp;Nueva entrada (Ctrl+L)</translation>
    </message>
    <message>
        <source>Con&amp;tacts...</source>
        <translation>Con&amp;tactos...</translation>
    </message>
    <message>
        <source>Save as CS&amp;V...</source>
        <translation>Guardar como CS&amp;V...</translation>
    </message>
    <message>
        <source>The entries of the dates chosen in the filter (all by default) as a spreadsheet</source>
        <translation>Las entradas de las fechas elegidas en el filtro (todas, de forma predeterminada) como hoja de cálculo</translation>
    </message>
    <message>
        <source> school days</source>
        <translation> días escolares</translation>
    </message>
    <message>
        <source>No reply yet after</source>
        <translation>Sin respuesta después de</translation>
    </message>
    <message>
        <source>An email you sent becomes a follow-up (⚠ no reply yet) when no reply is logged within this many school days. The default is 5.</source>
        <translation>Un correo que usted envió pasa a ser un seguimiento (⚠ sin respuesta aún) cuando no se registra ninguna respuesta en esta cantidad de días escolares. Lo predeterminado es 5.</translation>
    </message>
    <message>
        <source>No reply a&amp;fter</source>
        <translation>Sin respuesta &amp;después de</translation>
    </message>
    <message>
        <source>Keep theirs (drop my edit)</source>
        <translation>Conservar la otra (descartar mi cambio)</translation>
    </message>
    <message>
        <source>Finish or undo your changes to this entry first.</source>
        <translation>Primero termine o deshaga sus cambios en esta entrada.</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Save the log as CSV</source>
        <translation>Guardar el registro como CSV</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Saved {path}.</source>
        <translation>Se guardó {path}.</translation>
    </message>
    <message>
        <source>No concern yet. Add one on the Concerns page.</source>
        <translation>Aún no hay inquietudes. Agregue una en la página Inquietudes.</translation>
    </message>
    <message>
        <source>Link to a concern</source>
        <translation>Vincular a una inquietud</translation>
    </message>
    <message>
        <source>Concern:</source>
        <translation>Inquietud:</translation>
    </message>
    <message>
        <source>Linked.</source>
        <translation>Vinculada.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>IEP Binder</source>
        <translation>IEP Binder</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Archivo</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Editar</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ver</translation>
    </message>
    <message>
        <source>&amp;Child</source>
        <translation>&amp;Niño</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>A&amp;yuda</translation>
    </message>
    <message>
        <source>Child</source>
        <translation>Niño</translation>
    </message>
    <message>
        <source>C&amp;hild:</source>
        <translation>&amp;Niño:</translation>
    </message>
    <message>
        <source>Child shown</source>
        <translation>Niño mostrado</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Deshacer</translation>
    </message>
    <message>
        <source>Undo the last move to trash</source>
        <translation>Deshacer el último envío a la papelera</translation>
    </message>
    <message>
        <source>Updated with changes made elsewhere.</source>
        <translation>Actualizado con cambios hechos en otro lugar.</translation>
    </message>
    <message>
        <source>⚠ This binder is open read-only: you can look and print, but not change it. {reason}</source>
        <translation>⚠ Esta carpeta está abierta solo para lectura: puede mirar e imprimir, pero no cambiarla. {reason}</translation>
    </message>
    <message>
        <source>IEP Binder – {folder}</source>
        <translation>IEP Binder – {folder}</translation>
    </message>
    <message>
        <source>Add your child</source>
        <translation>Agregue a su hijo</translation>
    </message>
    <message>
        <source>Edit child</source>
        <translation>Editar niño</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Move child to trash?</source>
        <translation>¿Mover al niño a la papelera?</translation>
    </message>
    <message>
        <source>Move {name} and everything about them to the trash? Nothing is destroyed: Undo or Edit &gt; Trash brings it all back.</source>
        <translation>¿Mover a {name} y todo lo relacionado a la papelera? No se destruye nada: Deshacer o Editar &gt; Papelera lo recupera todo.</translation>
    </message>
    <message>
        <source>Last backup: {when}</source>
        <translation>Última copia de seguridad: {when}</translation>
    </message>
    <message>
        <source>No backup yet</source>
        <translation>Aún no hay copia de seguridad</translation>
    </message>
    <message>
        <source>Refreshed.</source>
        <translation>Actualizado.</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>&amp;Deshacer</translation>
    </message>
    <message>
        <source>&amp;Today</source>
        <translation>&amp;Hoy</translation>
    </message>
    <message>
        <source>At a &amp;glance</source>
        <translation>&amp;Resumen</translation>
    </message>
    <message>
        <source>&amp;Calendar</source>
        <translation>&amp;Calendario</translation>
    </message>
    <message>
        <source>Co&amp;mmunication</source>
        <translation>Co&amp;municación</translation>
    </message>
    <message>
        <source>&amp;Documents</source>
        <translation>&amp;Documentos</translation>
    </message>
    <message>
        <source>&amp;Progress</source>
        <translation>&amp;Progreso</translation>
    </message>
</context>
<context>
    <name>MeetingDialog</name>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>At</source>
        <translation>A las</translation>
    </message>
    <message>
        <source>&amp;Time</source>
        <translation>&amp;Hora</translation>
    </message>
    <message>
        <source>e.g. Lincoln Elementary, conference room B</source>
        <translation>p. ej., Escuela Primaria Lincoln, sala de conferencias B</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>P&amp;ropósito</translation>
    </message>
    <message>
        <source>As the meeting notice says it.</source>
        <translation>Como lo dice el aviso de la reunión.</translation>
    </message>
    <message>
        <source>One person a line, with their role: Karen Liu (case manager).</source>
        <translation>Una persona por línea, con su función: Karen Liu (coordinadora del caso).</translation>
    </message>
    <message>
        <source>&amp;Invited</source>
        <translation>&amp;Invitados</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Nota&amp;s</translation>
    </message>
    <message>
        <source>Give the meeting&apos;s date.</source>
        <translation>Indique la fecha de la reunión.</translation>
    </message>
</context>
<context>
    <name>MonthGrid</name>
    <message>
        <source>Month calendar of sessions</source>
        <translation>Calendario mensual de sesiones</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <source>Monday</source>
        <translation>Lunes</translation>
    </message>
    <message>
        <source>Tuesday</source>
        <translation>Martes</translation>
    </message>
    <message>
        <source>Wednesday</source>
        <translation>Miércoles</translation>
    </message>
    <message>
        <source>Thursday</source>
        <translation>Jueves</translation>
    </message>
    <message>
        <source>Friday</source>
        <translation>Viernes</translation>
    </message>
    <message>
        <source>Saturday</source>
        <translation>Sábado</translation>
    </message>
    <message>
        <source>Sunday</source>
        <translation>Domingo</translation>
    </message>
    <message>
        <source>Holiday</source>
        <translation>Feriado</translation>
    </message>
    <message>
        <source>Break</source>
        <translation>Vacaciones</translation>
    </message>
    <message>
        <source>School closed</source>
        <translation>Escuela cerrada</translation>
    </message>
    <message>
        <source>Early release</source>
        <translation>Salida temprano</translation>
    </message>
    <message>
        <source>Late start</source>
        <translation>Entrada tarde</translation>
    </message>
    <message>
        <source>No school</source>
        <translation>Sin clases</translation>
    </message>
    <message>
        <source>{service}: session expected, not logged yet</source>
        <translation>{service}: sesión esperada, aún sin registrar</translation>
    </message>
    <message>
        <source>Week of {day}</source>
        <translation>Semana del {day}</translation>
    </message>
    <message>
        <source>Double-click or press Enter to log this day.</source>
        <translation>Haga doble clic o pulse Intro para registrar este día.</translation>
    </message>
</context>
<context>
    <name>NoChildPage</name>
    <message>
        <source>Let&apos;s start with your child</source>
        <translation>Empecemos con su hijo</translation>
    </message>
    <message>
        <source>Have the IEP at hand. You will add your child, then the IEP&apos;s dates, its services exactly as written, the accommodations, the goals, and the team. Everything is saved as you go.</source>
        <translation>Tenga el IEP a mano. Agregará a su hijo, luego las fechas del IEP, sus servicios tal como están escritos, las adaptaciones, las metas y el equipo. Todo se guarda a medida que avanza.</translation>
    </message>
    <message>
        <source>&amp;Add your child...</source>
        <translation>&amp;Agregar a su hijo...</translation>
    </message>
    <message>
        <source>Open the &amp;demo binder to look around</source>
        <translation>Abrir la carpeta de &amp;demostración para explorar</translation>
    </message>
</context>
<context>
    <name>NotesList</name>
    <message>
        <source>✓ Every field is filled and the tone reads calm.</source>
        <translation>✓ Todos los campos están llenos y el tono es tranquilo.</translation>
    </message>
</context>
<context>
    <name>OpeningWindow</name>
    <message>
        <source>Opening the binder “{folder}”</source>
        <translation>Abriendo la carpeta «{folder}»</translation>
    </message>
    <message>
        <source>↻ Working out what needs you today from everything in the binder. Today and the buttons appear in a moment.</source>
        <translation>↻ Calculando lo que necesita su atención hoy a partir de todo lo que hay en la carpeta. Hoy y los botones aparecen en un momento.</translation>
    </message>
</context>
<context>
    <name>PacketDialog</name>
    <message>
        <source>Prepare meeting packet</source>
        <translation>Preparar el paquete para la reunión</translation>
    </message>
    <message>
        <source>&amp;Meeting:</source>
        <translation>&amp;Reunión:</translation>
    </message>
    <message>
        <source>&amp;From:</source>
        <translation>&amp;Desde:</translation>
    </message>
    <message>
        <source>&amp;To:</source>
        <translation>&amp;Hasta:</translation>
    </message>
    <message>
        <source>One PDF: a cover, the IEP at a glance, the service-delivery summary for these dates, the goals&apos; graphs, your concerns outline, questions and a notes page.</source>
        <translation>Un PDF: una portada, el resumen del IEP, el resumen de entrega de servicios de estas fechas, las gráficas de las metas, el esquema de sus inquietudes, preguntas y una página para notas.</translation>
    </message>
    <message>
        <source>&amp;Preview and print...</source>
        <translation>&amp;Vista previa e impresión...</translation>
    </message>
    <message>
        <source>&amp;Export PDF...</source>
        <translation>&amp;Exportar PDF...</translation>
    </message>
    <message>
        <source>Add the meeting first (Today tab: Add meeting...).</source>
        <translation>Primero agregue la reunión (pestaña Hoy: Agregar reunión...).</translation>
    </message>
    <message>
        <source>The last day covered is before the first.</source>
        <translation>El último día incluido es anterior al primero.</translation>
    </message>
    <message>
        <source>Preparing the packet...</source>
        <translation>Preparando el paquete...</translation>
    </message>
    <message>
        <source>{n} pages.</source>
        <translation>{n} páginas.</translation>
    </message>
    <message>
        <source>Meeting packet – {meeting}</source>
        <translation>Paquete para la reunión – {meeting}</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exportar PDF</translation>
    </message>
    <message>
        <source>Meeting packet.pdf</source>
        <translation>Paquete para la reunión.pdf</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Saved {file}.</source>
        <translation>Se guardó {file}.</translation>
    </message>
</context>
<context>
    <name>PastePointsDialog</name>
    <message>
        <source>61
63
64

or

9/8/2026	61
9/15/2026	63</source>
        <translation>61
63
64

o

9/8/2026	61
9/15/2026	63</translation>
    </message>
    <message>
        <source>&amp;Values</source>
        <translation>&amp;Valores</translation>
    </message>
    <message>
        <source>One per line: a value, or a date and a value.</source>
        <translation>Uno por línea: un valor, o una fecha y un valor.</translation>
    </message>
    <message>
        <source>&amp;First date</source>
        <translation>&amp;Primera fecha</translation>
    </message>
    <message>
        <source>For lines without a date.</source>
        <translation>Para las líneas sin fecha.</translation>
    </message>
    <message>
        <source> days</source>
        <translation> días</translation>
    </message>
    <message>
        <source>&amp;Every</source>
        <translation>&amp;Cada</translation>
    </message>
    <message>
        <source>&amp;Source</source>
        <translation>&amp;Fuente</translation>
    </message>
    <message>
        <source>Paste at least one value.</source>
        <translation>Pegue al menos un valor.</translation>
    </message>
    <message>
        <source>Nothing read yet.</source>
        <translation>Aún no se ha leído nada.</translation>
    </message>
    <message>
        <source>{n} value(s) read</source>
        <translation>{n} valor(es) leído(s)</translation>
    </message>
    <message>
        <source>, from {first} to {last}</source>
        <translation>, del {first} al {last}</translation>
    </message>
    <message>
        <source>; {n} line(s) to fix</source>
        <translation>; {n} línea(s) que corregir</translation>
    </message>
</context>
<context>
    <name>PeriodCombo</name>
    <message>
        <source>— choose —</source>
        <translation>— elija —</translation>
    </message>
    <message>
        <source>per day</source>
        <translation>por día</translation>
    </message>
    <message>
        <source>per week</source>
        <translation>por semana</translation>
    </message>
    <message>
        <source>per cycle of school days</source>
        <translation>por ciclo de días escolares</translation>
    </message>
    <message>
        <source>per month</source>
        <translation>por mes</translation>
    </message>
    <message>
        <source>per quarter</source>
        <translation>por trimestre (3 meses)</translation>
    </message>
    <message>
        <source>per trimester</source>
        <translation>por trimestre escolar</translation>
    </message>
    <message>
        <source>per semester</source>
        <translation>por semestre</translation>
    </message>
    <message>
        <source>per school year</source>
        <translation>por año escolar</translation>
    </message>
    <message>
        <source>per IEP year</source>
        <translation>por año del IEP</translation>
    </message>
</context>
<context>
    <name>PlanCard</name>
    <message>
        <source>IEP meeting</source>
        <translation>Reunión del IEP</translation>
    </message>
    <message>
        <source>Parent consent</source>
        <translation>Consentimiento de los padres</translation>
    </message>
    <message>
        <source>Starts</source>
        <translation>Empieza</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Termina</translation>
    </message>
    <message>
        <source>Annual review due</source>
        <translation>Revisión anual para el</translation>
    </message>
    <message>
        <source>Re-evaluation due</source>
        <translation>Reevaluación para el</translation>
    </message>
    <message>
        <source>IEP shown</source>
        <translation>IEP mostrado</translation>
    </message>
    <message>
        <source>&amp;IEP:</source>
        <translation>&amp;IEP:</translation>
    </message>
    <message>
        <source>Edit &amp;dates...</source>
        <translation>Editar &amp;fechas...</translation>
    </message>
    <message>
        <source>A&amp;mend...</source>
        <translation>En&amp;mendar...</translation>
    </message>
    <message>
        <source>Record an amendment: a new dated plan; this one stays as it was.</source>
        <translation>Registrar una enmienda: un plan nuevo con fecha; este queda como estaba.</translation>
    </message>
    <message>
        <source>&amp;New IEP...</source>
        <translation>&amp;Nuevo IEP...</translation>
    </message>
    <message>
        <source>Move IEP to trash</source>
        <translation>Mover el IEP a la papelera</translation>
    </message>
    <message>
        <source>Amends: {label}</source>
        <translation>Enmienda a: {label}</translation>
    </message>
    <message>
        <source>(in {n} days)</source>
        <translation>(en {n} días)</translation>
    </message>
    <message>
        <source>(⚠ passed {n} days ago)</source>
        <translation>(⚠ pasó hace {n} días)</translation>
    </message>
    <message>
        <source>(today)</source>
        <translation>(hoy)</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>&amp;Kind of plan</source>
        <translation>&amp;Tipo de plan</translation>
    </message>
    <message>
        <source>e.g. Annual IEP 2025–26</source>
        <translation>p. ej., IEP anual 2025–26</translation>
    </message>
    <message>
        <source>&amp;Title</source>
        <translation>Tít&amp;ulo</translation>
    </message>
    <message>
        <source>&amp;Meeting date (IEP meeting)</source>
        <translation>Fecha de la &amp;reunión (reunión del IEP)</translation>
    </message>
    <message>
        <source>Parent &amp;consent date</source>
        <translation>Fecha del &amp;consentimiento de los padres</translation>
    </message>
    <message>
        <source>&amp;Starts (in effect from)</source>
        <translation>&amp;Empieza (vigente desde)</translation>
    </message>
    <message>
        <source>&amp;Ends</source>
        <translation>Ter&amp;mina</translation>
    </message>
    <message>
        <source>&amp;Annual review due</source>
        <translation>Revisión &amp;anual para el</translation>
    </message>
    <message>
        <source>Left blank, it is set to one year after the meeting (the anniversary date).</source>
        <translation>Si lo deja en blanco, se fija un año después de la reunión (la fecha de aniversario).</translation>
    </message>
    <message>
        <source>&amp;Last evaluation date</source>
        <translation>Fecha de la ú&amp;ltima evaluación</translation>
    </message>
    <message>
        <source>&amp;Re-evaluation due (triennial)</source>
        <translation>Reevaluación para el (trie&amp;nal)</translation>
    </message>
    <message>
        <source>Left blank, it is set to three years after the last evaluation.</source>
        <translation>Si lo deja en blanco, se fija tres años después de la última evaluación.</translation>
    </message>
    <message>
        <source>e.g. Quarterly, with report cards</source>
        <translation>p. ej., Trimestral, con las boletas de calificaciones</translation>
    </message>
    <message>
        <source>&amp;Progress report schedule</source>
        <translation>Calendario de &amp;informes de progreso</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>N&amp;otas</translation>
    </message>
</context>
<context>
    <name>PreferencesDialog</name>
    <message>
        <source>Preferences</source>
        <translation>Preferencias</translation>
    </message>
    <message>
        <source>Same as the system</source>
        <translation>Igual que el sistema</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Idioma</translation>
    </message>
    <message>
        <source>Light</source>
        <translation>Claro</translation>
    </message>
    <message>
        <source>Dark</source>
        <translation>Oscuro</translation>
    </message>
    <message>
        <source>Appearance</source>
        <translation>Apariencia</translation>
    </message>
    <message>
        <source>Larger</source>
        <translation>Más grande</translation>
    </message>
    <message>
        <source>Text size</source>
        <translation>Tamaño del texto</translation>
    </message>
    <message>
        <source>A new language takes effect when you next open IEP Binder.</source>
        <translation>El nuevo idioma se aplica la próxima vez que abra IEP Binder.</translation>
    </message>
    <message>
        <source>&amp;Language:</source>
        <translation>&amp;Idioma:</translation>
    </message>
    <message>
        <source>&amp;Appearance:</source>
        <translation>&amp;Apariencia:</translation>
    </message>
    <message>
        <source>&amp;Text size:</source>
        <translation>&amp;Tamaño del texto:</translation>
    </message>
    <message>
        <source>These choices belong to this computer. The rules a binder follows (days to respond, reminders) are kept in the binder itself.</source>
        <translation>Estas opciones son de esta computadora. Las reglas que sigue una carpeta (días para responder, recordatorios) se guardan en la propia carpeta.</translation>
    </message>
</context>
<context>
    <name>PrintPreviewDialog</name>
    <message>
        <source>The printer could not be started.</source>
        <translation>No se pudo iniciar la impresora.</translation>
    </message>
    <message>
        <source>Print preview – {title}</source>
        <translation>Vista previa de impresión – {title}</translation>
    </message>
    <message>
        <source>US Letter</source>
        <translation>Carta EE. UU.</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>&amp;Paper:</source>
        <translation>Pap&amp;el:</translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation>Im&amp;primir...</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Cerrar</translation>
    </message>
    <message>
        <source>{n} page(s)</source>
        <translation>{n} página(s)</translation>
    </message>
    <message>
        <source>Preparing...</source>
        <translation>Preparando...</translation>
    </message>
    <message>
        <source>Sent {n} page(s) to the printer.</source>
        <translation>Se enviaron {n} página(s) a la impresora.</translation>
    </message>
</context>
<context>
    <name>ProgressActions</name>
    <message>
        <source>Add a data point</source>
        <translation>Agregar un dato</translation>
    </message>
    <message>
        <source>Correct a data point</source>
        <translation>Corregir un dato</translation>
    </message>
    <message>
        <source>Paste a column of values</source>
        <translation>Pegar una columna de valores</translation>
    </message>
    <message>
        <source>Add a progress report</source>
        <translation>Agregar un informe de progreso</translation>
    </message>
    <message>
        <source>Edit progress report</source>
        <translation>Editar informe de progreso</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
</context>
<context>
    <name>ProgressChartView</name>
    <message>
        <source>Progress report dates</source>
        <translation>Fechas de los informes de progreso</translation>
    </message>
    <message>
        <source>Progress graph: {title}</source>
        <translation>Gráfica de progreso: {title}</translation>
    </message>
</context>
<context>
    <name>ProgressModels</name>
    <message>
        <source>Info</source>
        <translation>Información</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Advertencia</translation>
    </message>
    <message>
        <source>Strong</source>
        <translation>Importante</translation>
    </message>
</context>
<context>
    <name>ProgressTab</name>
    <message>
        <source>IEP shown</source>
        <translation>IEP mostrado</translation>
    </message>
    <message>
        <source>&amp;IEP:</source>
        <translation>&amp;IEP:</translation>
    </message>
    <message>
        <source>Goals</source>
        <translation>Metas</translation>
    </message>
    <message>
        <source>Goals and their status</source>
        <translation>Metas y su estado</translation>
    </message>
    <message>
        <source>No IEP entered yet for {name}. Add the IEP and its goals on the At a glance tab; their progress is followed here.</source>
        <translation>Aún no se ha ingresado un IEP para {name}. Agregue el IEP y sus metas en la pestaña Resumen; aquí se sigue su progreso.</translation>
    </message>
    <message>
        <source>This IEP has no goals yet. Add each goal with its baseline and target on the At a glance tab; then enter the data here and see its graph.</source>
        <translation>Este IEP aún no tiene metas. Agregue cada meta con su punto de partida y su objetivo en la pestaña Resumen; luego ingrese aquí los datos y vea su gráfica.</translation>
    </message>
    <message>
        <source>Goal progress – {name}</source>
        <translation>Progreso de las metas – {name}</translation>
    </message>
</context>
<context>
    <name>ReconciliationDialog</name>
    <message>
        <source>School&apos;s log compared with your marks</source>
        <translation>Registro de la escuela comparado con sus marcas</translation>
    </message>
    <message>
        <source>{n} day(s) where the school&apos;s log and your marks disagree. Your marks count in the ledger; bring these dates to the provider.</source>
        <translation>{n} día(s) en que el registro de la escuela y sus marcas no coinciden. Sus marcas cuentan en el registro de servicios; lleve estas fechas al proveedor.</translation>
    </message>
    <message>
        <source>The school&apos;s log and your marks agree on every day both recorded.</source>
        <translation>El registro de la escuela y sus marcas coinciden en todos los días que ambos registraron.</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Discard changes?</source>
        <translation>¿Descartar los cambios?</translation>
    </message>
    <message>
        <source>You changed this form. Close it without saving?</source>
        <translation>Usted cambió este formulario. ¿Cerrarlo sin guardar?</translation>
    </message>
</context>
<context>
    <name>ReplyPicker</name>
    <message>
        <source>Link a reply to the message it answers. An email you sent counts as answered once a reply is linked to it.</source>
        <translation>Vincule una respuesta con el mensaje al que responde. Un correo que usted envió cuenta como respondido cuando se le vincula una respuesta.</translation>
    </message>
    <message>
        <source>Not a reply</source>
        <translation>No es una respuesta</translation>
    </message>
    <message>
        <source>An entry not in the list (in the trash?)</source>
        <translation>Una entrada que no está en la lista (¿en la papelera?)</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>e.g. Quarter 1, 2026–27</source>
        <translation>p. ej., Trimestre 1, 2026–27</translation>
    </message>
    <message>
        <source>&amp;Reporting period</source>
        <translation>&amp;Período del informe</translation>
    </message>
    <message>
        <source>Period &amp;ends</source>
        <translation>El período &amp;termina</translation>
    </message>
    <message>
        <source>E&amp;xpected by</source>
        <translation>E&amp;sperado para el</translation>
    </message>
    <message>
        <source>From the IEP&apos;s reporting schedule (a missing report is flagged 14 days on).</source>
        <translation>Según el calendario de informes del IEP (un informe que falta se señala a los 14 días).</translation>
    </message>
    <message>
        <source>Re&amp;ceived on</source>
        <translation>Re&amp;cibido el</translation>
    </message>
    <message>
        <source>Leave blank while the report has not come.</source>
        <translation>Déjelo en blanco mientras el informe no haya llegado.</translation>
    </message>
    <message>
        <source>The report in the &amp;binder</source>
        <translation>El informe en la &amp;carpeta</translation>
    </message>
    <message>
        <source>The report&apos;s PDF or email among the documents, once it is filed.</source>
        <translation>El PDF o el correo del informe entre los documentos, una vez archivado.</translation>
    </message>
    <message>
        <source>Report text</source>
        <translation>Texto del informe</translation>
    </message>
    <message>
        <source>Type or paste the report&apos;s words here, or drop the report&apos;s PDF on this box. Then select what it says about a goal and assign it.</source>
        <translation>Escriba o pegue aquí las palabras del informe, o suelte el PDF del informe en este cuadro. Luego seleccione lo que dice sobre una meta y asígnelo.</translation>
    </message>
    <message>
        <source>Take text from a &amp;PDF...</source>
        <translation>Tomar el texto de un &amp;PDF...</translation>
    </message>
    <message>
        <source>Goal to assign the selected text to</source>
        <translation>Meta a la que asignar el texto seleccionado</translation>
    </message>
    <message>
        <source>&amp;Assign selected text to</source>
        <translation>&amp;Asignar el texto seleccionado a</translation>
    </message>
    <message>
        <source>This IEP has no goals entered yet.</source>
        <translation>Este IEP aún no tiene metas ingresadas.</translation>
    </message>
    <message>
        <source>Select some of the report&apos;s text first.</source>
        <translation>Primero seleccione parte del texto del informe.</translation>
    </message>
    <message>
        <source>Assigned to {goal}.</source>
        <translation>Asignado a {goal}.</translation>
    </message>
    <message>
        <source>Reading {name}...</source>
        <translation>Leyendo {name}...</translation>
    </message>
    <message>
        <source>Took the text of {name} ({n} page(s)). Check it against the PDF.</source>
        <translation>Se tomó el texto de {name} ({n} página(s)). Compárelo con el PDF.</translation>
    </message>
    <message>
        <source>Progress report PDF</source>
        <translation>PDF del informe de progreso</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>Archivos PDF (*.pdf)</translation>
    </message>
    <message>
        <source>The reported value for {goal} is not a number.</source>
        <translation>El valor informado para {goal} no es un número.</translation>
    </message>
</context>
<context>
    <name>ReportsPanel</name>
    <message>
        <source>Progress reports</source>
        <translation>Informes de progreso</translation>
    </message>
    <message>
        <source>report</source>
        <translation>informe</translation>
    </message>
    <message>
        <source>No progress reports yet. Add each report the school sends (type or paste its words, or drop its PDF), and the ones you expect, so a late one is noticed.</source>
        <translation>Aún no hay informes de progreso. Agregue cada informe que envía la escuela (escriba o pegue sus palabras, o suelte su PDF), y los que espera, para notar si uno se atrasa.</translation>
    </message>
    <message>
        <source>Red flags in the chosen report</source>
        <translation>Señales de alerta en el informe elegido</translation>
    </message>
    <message>
        <source>Red flags</source>
        <translation>Señales de alerta</translation>
    </message>
    <message>
        <source>Ask for the &amp;data (letter)...</source>
        <translation>Pedir los &amp;datos (carta)...</translation>
    </message>
    <message>
        <source>A data-request letter naming the goals this report left without data.</source>
        <translation>Una carta de solicitud de datos que nombra las metas que este informe dejó sin datos.</translation>
    </message>
    <message>
        <source>Choose a report to see what it leaves out.</source>
        <translation>Elija un informe para ver lo que deja fuera.</translation>
    </message>
    <message>
        <source>This report has not been received yet.</source>
        <translation>Este informe aún no se ha recibido.</translation>
    </message>
    <message>
        <source>Checking this report for red flags...</source>
        <translation>Revisando las señales de alerta de este informe...</translation>
    </message>
    <message>
        <source>No red flags found in this report.</source>
        <translation>No se encontraron señales de alerta en este informe.</translation>
    </message>
    <message>
        <source>{n} thing(s) to ask about in {period}. These are checks to raise calmly with the team, not accusations.</source>
        <translation>{n} cosa(s) que preguntar sobre {period}. Son puntos para plantear con calma al equipo, no acusaciones.</translation>
    </message>
</context>
<context>
    <name>SchoolCalendarDialog</name>
    <message>
        <source>From</source>
        <comment>first day</comment>
        <translation>Desde</translation>
    </message>
    <message>
        <source>To</source>
        <comment>last day</comment>
        <translation>Hasta</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Tipo</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>School calendar</source>
        <translation>Calendario escolar</translation>
    </message>
    <message>
        <source>School year</source>
        <translation>Año escolar</translation>
    </message>
    <message>
        <source>Add &amp;year...</source>
        <translation>Agregar &amp;año...</translation>
    </message>
    <message>
        <source>Edit y&amp;ear...</source>
        <translation>Editar a&amp;ño...</translation>
    </message>
    <message>
        <source>&amp;Import .ics...</source>
        <translation>&amp;Importar .ics...</translation>
    </message>
    <message>
        <source>&amp;Add day off...</source>
        <translation>Agregar día &amp;libre...</translation>
    </message>
    <message>
        <source>Edi&amp;t...</source>
        <translation>Edi&amp;tar...</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>School &amp;year:</source>
        <translation>Año &amp;escolar:</translation>
    </message>
    <message>
        <source>No school year yet. Add one, or import the district&apos;s calendar (.ics) if it names the first and last day.</source>
        <translation>Aún no hay año escolar. Agregue uno, o importe el calendario del distrito (.ics) si indica el primer y el último día.</translation>
    </message>
    <message>
        <source>{label}: first day {first}, last day {last}.</source>
        <translation>{label}: primer día {first}, último día {last}.</translation>
    </message>
    <message>
        <source>Day off or short day</source>
        <translation>Día libre o día corto</translation>
    </message>
    <message>
        <source>District calendar</source>
        <translation>Calendario del distrito</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
</context>
<context>
    <name>SchoolLogDialog</name>
    <message>
        <source>Date</source>
        <translation>Fecha</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Servicio</translation>
    </message>
    <message>
        <source>Delivered or missed</source>
        <translation>Dada o perdida</translation>
    </message>
    <message>
        <source>Minutes delivered</source>
        <translation>Minutos dados</translation>
    </message>
    <message>
        <source>Minutes scheduled</source>
        <translation>Minutos programados</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motivo</translation>
    </message>
    <message>
        <source>Provider</source>
        <translation>Proveedor</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notas</translation>
    </message>
    <message>
        <source>School&apos;s log</source>
        <translation>Registro de la escuela</translation>
    </message>
    <message>
        <source>Your mark</source>
        <translation>Su marca</translation>
    </message>
    <message>
        <source>What differs</source>
        <translation>Qué difiere</translation>
    </message>
    <message>
        <source>Import the school&apos;s service log</source>
        <translation>Importar el registro de servicios de la escuela</translation>
    </message>
    <message>
        <source>&amp;Choose a CSV file...</source>
        <translation>&amp;Elegir un archivo CSV...</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>&amp;Importar</translation>
    </message>
    <message>
        <source>Which column holds what (* needed). Your choice is remembered for the next file.</source>
        <translation>Qué columna contiene qué (* obligatorio). Su elección se recuerda para el próximo archivo.</translation>
    </message>
    <message>
        <source>School service log</source>
        <translation>Registro de servicios de la escuela</translation>
    </message>
    <message>
        <source>CSV files (*.csv *.txt)</source>
        <translation>Archivos CSV (*.csv *.txt)</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— ninguna —</translation>
    </message>
</context>
<context>
    <name>SchoolYearDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;First day of school</source>
        <translation>&amp;Primer día de clases</translation>
    </message>
    <message>
        <source>&amp;Last day of school</source>
        <translation>Úl&amp;timo día de clases</translation>
    </message>
    <message>
        <source>Enter a date.</source>
        <translation>Escriba una fecha.</translation>
    </message>
</context>
<context>
    <name>ServiceDialog</name>
    <message>
        <source>Speech-language therapy</source>
        <translation>Terapia del habla y lenguaje</translation>
    </message>
    <message>
        <source>Occupational therapy</source>
        <translation>Terapia ocupacional</translation>
    </message>
    <message>
        <source>Physical therapy</source>
        <translation>Terapia física</translation>
    </message>
    <message>
        <source>Counseling</source>
        <translation>Consejería</translation>
    </message>
    <message>
        <source>Specialized academic instruction (reading)</source>
        <translation>Instrucción académica especializada (lectura)</translation>
    </message>
    <message>
        <source>Specialized academic instruction (math)</source>
        <translation>Instrucción académica especializada (matemáticas)</translation>
    </message>
    <message>
        <source>Specialized academic instruction (writing)</source>
        <translation>Instrucción académica especializada (escritura)</translation>
    </message>
    <message>
        <source>Behavior support</source>
        <translation>Apoyo conductual</translation>
    </message>
    <message>
        <source>Paraprofessional / aide support</source>
        <translation>Apoyo de paraprofesional / asistente</translation>
    </message>
    <message>
        <source>Assistive technology consultation</source>
        <translation>Consulta de tecnología de asistencia</translation>
    </message>
    <message>
        <source>Transportation</source>
        <translation>Transporte</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Otra</translation>
    </message>
    <message>
        <source>Checks</source>
        <translation>Revisiones</translation>
    </message>
    <message>
        <source>Choose or type the service</source>
        <translation>Elija o escriba el servicio</translation>
    </message>
    <message>
        <source>&amp;Service</source>
        <translation>&amp;Servicio</translation>
    </message>
    <message>
        <source>How much</source>
        <translation>Cuánto</translation>
    </message>
    <message>
        <source>e.g. 30 min 2x/week</source>
        <translation>p. ej., 30 min 2 veces/semana</translation>
    </message>
    <message>
        <source>&amp;Read amount</source>
        <translation>Leer la &amp;cantidad</translation>
    </message>
    <message>
        <source>Fill in the numbers below from this text</source>
        <translation>Llenar los números de abajo a partir de este texto</translation>
    </message>
    <message>
        <source>E&amp;xactly as written in the IEP</source>
        <translation>E&amp;xactamente como está escrito en el IEP</translation>
    </message>
    <message>
        <source>Copy the amount from the IEP&apos;s services page. The numbers below are read from it; check them against the page.</source>
        <translation>Copie la cantidad de la página de servicios del IEP. Los números de abajo se leen de ahí; compárelos con la página.</translation>
    </message>
    <message>
        <source>Amount exactly as written in the IEP</source>
        <translation>Cantidad exactamente como está escrita en el IEP</translation>
    </message>
    <message>
        <source>Sess&amp;ions</source>
        <translation>S&amp;esiones</translation>
    </message>
    <message>
        <source>&amp;Minutes per session</source>
        <translation>&amp;Minutos por sesión</translation>
    </message>
    <message>
        <source>min</source>
        <translation>min</translation>
    </message>
    <message>
        <source>&amp;Total minutes per period</source>
        <translation>Minutos &amp;totales por período</translation>
    </message>
    <message>
        <source>Worked out as sessions × minutes when both are given.</source>
        <translation>Se calcula como sesiones × minutos cuando se dan ambos.</translation>
    </message>
    <message>
        <source>school days in the cycle</source>
        <translation>días escolares en el ciclo</translation>
    </message>
    <message>
        <source>&amp;Period</source>
        <translation>&amp;Período</translation>
    </message>
    <message>
        <source>Reads as</source>
        <translation>Se lee como</translation>
    </message>
    <message>
        <source>I chec&amp;ked these numbers against the IEP page</source>
        <translation>Compa&amp;ré estos números con la página del IEP</translation>
    </message>
    <message>
        <source>How, where and by whom</source>
        <translation>Cómo, dónde y quién</translation>
    </message>
    <message>
        <source>Direct</source>
        <translation>Directo</translation>
    </message>
    <message>
        <source>Consultation (indirect)</source>
        <translation>Consulta (indirecto)</translation>
    </message>
    <message>
        <source>De&amp;livery</source>
        <translation>Mo&amp;dalidad</translation>
    </message>
    <message>
        <source>Pull-out (separate room)</source>
        <translation>Fuera del salón (sala aparte)</translation>
    </message>
    <message>
        <source>Push-in (in the general education class)</source>
        <translation>Dentro del salón (en la clase de educación general)</translation>
    </message>
    <message>
        <source>Not stated</source>
        <translation>No indicado</translation>
    </message>
    <message>
        <source>Setti&amp;ng</source>
        <translation>&amp;Lugar</translation>
    </message>
    <message>
        <source>Other setting</source>
        <translation>Otro lugar</translation>
    </message>
    <message>
        <source>Describe the setting</source>
        <translation>Describa el lugar</translation>
    </message>
    <message>
        <source>Individual</source>
        <translation>Individual</translation>
    </message>
    <message>
        <source>Group</source>
        <translation>En grupo</translation>
    </message>
    <message>
        <source>Either (individual or group)</source>
        <translation>Cualquiera (individual o en grupo)</translation>
    </message>
    <message>
        <source>Gro&amp;up or individual</source>
        <translation>En gr&amp;upo o individual</translation>
    </message>
    <message>
        <source> students</source>
        <translation> alumnos</translation>
    </message>
    <message>
        <source>Largest group</source>
        <translation>Grupo más grande</translation>
    </message>
    <message>
        <source>Lo&amp;cation</source>
        <translation>U&amp;bicación</translation>
    </message>
    <message>
        <source>e.g. Speech room</source>
        <translation>p. ej., Sala de terapia del habla</translation>
    </message>
    <message>
        <source>Provider r&amp;ole</source>
        <translation>&amp;Función del proveedor</translation>
    </message>
    <message>
        <source>e.g. Speech-language pathologist</source>
        <translation>p. ej., Patóloga del habla y lenguaje</translation>
    </message>
    <message>
        <source>Pro&amp;vider name</source>
        <translation>Nombre del pro&amp;veedor</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Cuándo</translation>
    </message>
    <message>
        <source>St&amp;art date</source>
        <translation>Fecha de &amp;inicio</translation>
    </message>
    <message>
        <source>En&amp;d date</source>
        <translation>Fec&amp;ha de fin</translation>
    </message>
    <message>
        <source>Extended school &amp;year (ESY)</source>
        <translation>Año esc&amp;olar extendido (ESY)</translation>
    </message>
    <message>
        <source>Extended school year (ESY)</source>
        <translation>Año escolar extendido (ESY)</translation>
    </message>
    <message>
        <source>Full amount in any week with school (policy A, default)</source>
        <translation>Cantidad completa en toda semana con clases (política A, predeterminada)</translation>
    </message>
    <message>
        <source>In proportion to school days (policy B)</source>
        <translation>En proporción a los días de clase (política B)</translation>
    </message>
    <message>
        <source>Only whole closures reduce it (policy C)</source>
        <translation>Solo los cierres completos la reducen (política C)</translation>
    </message>
    <message>
        <source>&amp;Holidays and short weeks</source>
        <translation>Feriados &amp;y semanas cortas</translation>
    </message>
    <message>
        <source>There is no federal rule; A is the usual choice unless the IEP says otherwise.</source>
        <translation>No hay una regla federal; A es la opción habitual salvo que el IEP diga otra cosa.</translation>
    </message>
    <message>
        <source>Monday to Sunday</source>
        <translation>De lunes a domingo</translation>
    </message>
    <message>
        <source>The school week</source>
        <translation>La semana escolar</translation>
    </message>
    <message>
        <source>A &amp;week means</source>
        <translation>Una sema&amp;na significa</translation>
    </message>
    <message>
        <source>IEP pa&amp;ge</source>
        <translation>Pá&amp;gina del IEP</translation>
    </message>
    <message>
        <source>e.g. 12</source>
        <translation>p. ej., 12</translation>
    </message>
    <message>
        <source>Not&amp;es</source>
        <translation>Not&amp;as</translation>
    </message>
    <message>
        <source>%s, high end of a range</source>
        <translation>%s, extremo alto de un rango</translation>
    </message>
    <message>
        <source>Please check: %s</source>
        <translation>Revise, por favor: %s</translation>
    </message>
    <message>
        <source>Read with high confidence. Compare with the IEP page, then tick the box below.</source>
        <translation>Leído con mucha confianza. Compárelo con la página del IEP y marque la casilla de abajo.</translation>
    </message>
    <message>
        <source>Read with low confidence: please check each number.</source>
        <translation>Leído con poca confianza: revise cada número, por favor.</translation>
    </message>
    <message>
        <source>Nothing to ask the team about.</source>
        <translation>Nada que preguntar al equipo.</translation>
    </message>
    <message>
        <source>Checks appear here as you fill in the form.</source>
        <translation>Las revisiones aparecen aquí a medida que llena el formulario.</translation>
    </message>
</context>
<context>
    <name>ServiceLedgerBox</name>
    <message>
        <source>Compensatory services (make-up time the school owes)</source>
        <translation>Servicios compensatorios (tiempo de recuperación que la escuela debe)</translation>
    </message>
    <message>
        <source>A minute-for-minute estimate: a starting point for discussion.</source>
        <translation>Un cálculo minuto por minuto: un punto de partida para conversar.</translation>
    </message>
    <message>
        <source>⚑ {n} session(s) differ from the IEP&apos;s setting or group (counted as delivered, flagged).</source>
        <translation>⚑ {n} sesión(es) difieren del lugar o del grupo del IEP (se cuentan como dadas, con una marca).</translation>
    </message>
    <message>
        <source> ({n} sessions)</source>
        <translation> ({n} sesiones)</translation>
    </message>
</context>
<context>
    <name>SessionDetailsDialog</name>
    <message>
        <source>Session details: {service}</source>
        <translation>Detalles de la sesión: {service}</translation>
    </message>
    <message>
        <source>I saw or heard it myself</source>
        <translation>Lo vi u oí yo</translation>
    </message>
    <message>
        <source>My child told me</source>
        <translation>Mi hijo o hija me lo dijo</translation>
    </message>
    <message>
        <source>A message from the provider</source>
        <translation>Un mensaje del proveedor</translation>
    </message>
    <message>
        <source>The school&apos;s service log</source>
        <translation>El registro de servicios de la escuela</translation>
    </message>
    <message>
        <source>Something else</source>
        <translation>Otra cosa</translation>
    </message>
    <message>
        <source>e.g. Sam said speech was cancelled again</source>
        <translation>p. ej., Sam dijo que otra vez cancelaron la terapia del habla</translation>
    </message>
    <message>
        <source>Not noted</source>
        <translation>No anotado</translation>
    </message>
    <message>
        <source>In the classroom (push-in)</source>
        <translation>En el salón de clases (push-in)</translation>
    </message>
    <message>
        <source>In a separate room (pull-out)</source>
        <translation>En otro salón (pull-out)</translation>
    </message>
    <message>
        <source>Somewhere else</source>
        <translation>En otro lugar</translation>
    </message>
    <message>
        <source>One to one (individual)</source>
        <translation>Uno a uno (individual)</translation>
    </message>
    <message>
        <source>In a group</source>
        <translation>En grupo</translation>
    </message>
    <message>
        <source>This time was &amp;testing or an evaluation, not the service itself</source>
        <translation>Este tiempo fue una &amp;prueba o evaluación, no el servicio</translation>
    </message>
    <message>
        <source>Testing time is not service time. The ledger flags it as a mismatch (DOMAIN.md 2.5); in strict mode it counts as missed by the school.</source>
        <translation>El tiempo de evaluación no es tiempo de servicio. El balance lo marca como discrepancia (DOMAIN.md 2.5); en modo estricto cuenta como perdido por la escuela.</translation>
    </message>
    <message>
        <source>How do you &amp;know?</source>
        <translation>¿Cómo lo &amp;sabe?</translation>
    </message>
    <message>
        <source>What &amp;shows it</source>
        <translation>&amp;Qué lo muestra</translation>
    </message>
    <message>
        <source>Linked &amp;document</source>
        <translation>&amp;Documento vinculado</translation>
    </message>
    <message>
        <source>&amp;Provider</source>
        <translation>P&amp;roveedor</translation>
    </message>
    <message>
        <source>Where it &amp;happened</source>
        <translation>&amp;Dónde ocurrió</translation>
    </message>
    <message>
        <source>&amp;Group or one to one</source>
        <translation>&amp;Grupo o uno a uno</translation>
    </message>
    <message>
        <source>A note written at the time, the child&apos;s own words or a document make the log stronger. A session in another setting or group than the IEP says is flagged.</source>
        <translation>Una nota escrita en el momento, las propias palabras del niño o un documento hacen más sólido el registro. Se marca una sesión en otro lugar o grupo distinto del que dice el IEP.</translation>
    </message>
    <message>
        <source>&amp;History...</source>
        <translation>&amp;Historial...</translation>
    </message>
    <message>
        <source>When it was logged and every change since</source>
        <translation>Cuándo se registró y cada cambio desde entonces</translation>
    </message>
</context>
<context>
    <name>SpinRange</name>
    <message>
        <source>to</source>
        <translation>hasta</translation>
    </message>
</context>
<context>
    <name>StartWindow</name>
    <message>
        <source>IEP Binder – {folder}</source>
        <translation>IEP Binder – {folder}</translation>
    </message>
    <message>
        <source>Opening the binder...</source>
        <translation>Abriendo la carpeta...</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Estado</translation>
    </message>
</context>
<context>
    <name>StepDialog</name>
    <message>
        <source>&amp;Step</source>
        <translation>&amp;Paso</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Fecha</translation>
    </message>
    <message>
        <source>&amp;With whom</source>
        <translation>&amp;Con quién</translation>
    </message>
    <message>
        <source>&amp;What came of it</source>
        <translation>&amp;Qué resultó</translation>
    </message>
</context>
<context>
    <name>TableSection</name>
    <message>
        <source>&amp;Add {noun}...</source>
        <translation>&amp;Agregar {noun}...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>Editar...</translation>
    </message>
    <message>
        <source>Move to trash</source>
        <translation>Mover a la papelera</translation>
    </message>
    <message>
        <source>Edit selected {noun}</source>
        <translation>Editar {noun} seleccionado</translation>
    </message>
    <message>
        <source>Move selected {noun} to trash</source>
        <translation>Mover {noun} seleccionado a la papelera</translation>
    </message>
</context>
<context>
    <name>TeamMemberDialog</name>
    <message>
        <source>&amp;Name</source>
        <translation>&amp;Nombre</translation>
    </message>
    <message>
        <source>&amp;Job or role</source>
        <translation>&amp;Puesto o función</translation>
    </message>
    <message>
        <source>e.g. Speech-language pathologist</source>
        <translation>p. ej., Patóloga del habla y lenguaje</translation>
    </message>
    <message>
        <source>&amp;Role on this child&apos;s team</source>
        <translation>&amp;Función en el equipo de este niño</translation>
    </message>
    <message>
        <source>e.g. Case manager</source>
        <translation>p. ej., Coordinadora del caso</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Correo electrónico</translation>
    </message>
    <message>
        <source>e.g. name@school.org</source>
        <translation>p. ej., nombre@escuela.org</translation>
    </message>
    <message>
        <source>&amp;Phone</source>
        <translation>&amp;Teléfono</translation>
    </message>
    <message>
        <source>&amp;Organization</source>
        <translation>&amp;Organización</translation>
    </message>
    <message>
        <source>e.g. Lincoln Elementary</source>
        <translation>p. ej., Escuela Primaria Lincoln</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>Nota&amp;s</translation>
    </message>
</context>
<context>
    <name>TodayModels</name>
    <message>
        <source>Today</source>
        <translation>Hoy</translation>
    </message>
    <message>
        <source>At a glance</source>
        <translation>Resumen</translation>
    </message>
    <message>
        <source>Calendar</source>
        <translation>Calendario</translation>
    </message>
    <message>
        <source>Communication</source>
        <translation>Comunicación</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documentos</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Progreso</translation>
    </message>
</context>
<context>
    <name>TodayTab</name>
    <message>
        <source>Whose timelines the deadlines follow. Only federal, California and Texas rules are seeded; for any other state the federal floor is shown, not verified.</source>
        <translation>De quién son los plazos que siguen las fechas límite. Solo se incluyen las reglas federales, de California y de Texas; para cualquier otro estado se muestra el mínimo federal, sin verificar.</translation>
    </message>
    <message>
        <source>&amp;Rules:</source>
        <translation>&amp;Reglas:</translation>
    </message>
    <message>
        <source>Things are &amp;stable (quiet routine reminders)</source>
        <translation>Las cosas están &amp;estables (recordatorios de rutina en silencio)</translation>
    </message>
    <message>
        <source>Hides routine reminders and makes the check-in quarterly. Anything that needs action still shows.</source>
        <translation>Oculta los recordatorios de rutina y hace la revisión trimestral. Todo lo que requiere acción se sigue mostrando.</translation>
    </message>
    <message>
        <source>Add to my &amp;calendar (.ics)...</source>
        <translation>Agregar a mi &amp;calendario (.ics)...</translation>
    </message>
    <message>
        <source>Save the deadlines, meetings and check-ins as a calendar file for your phone. Importing a newer file updates the same events instead of adding copies.</source>
        <translation>Guarde las fechas límite, reuniones y revisiones como un archivo de calendario para su teléfono. Al importar un archivo más nuevo se actualizan los mismos eventos en vez de agregar copias.</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Atrasado</translation>
    </message>
    <message>
        <source>This week</source>
        <translation>Esta semana</translation>
    </message>
    <message>
        <source>Alerts</source>
        <translation>Alertas</translation>
    </message>
    <message>
        <source>Coming up</source>
        <translation>Próximamente</translation>
    </message>
    <message>
        <source>Wins to celebrate</source>
        <translation>Logros para celebrar</translation>
    </message>
    <message>
        <source>&amp;Go to it</source>
        <translation>&amp;Ir allí</translation>
    </message>
    <message>
        <source>Open the tab where this is done (or press Enter).</source>
        <translation>Abrir la pestaña donde se hace esto (o pulse Intro).</translation>
    </message>
    <message>
        <source>Suggested &amp;letter...</source>
        <translation>&amp;Carta sugerida...</translation>
    </message>
    <message>
        <source>Snooze a &amp;week</source>
        <translation>Posponer una &amp;semana</translation>
    </message>
    <message>
        <source>&amp;Done</source>
        <translation>&amp;Hecho</translation>
    </message>
    <message>
        <source>Meetings</source>
        <translation>Reuniones</translation>
    </message>
    <message>
        <source>meeting</source>
        <translation>reunión</translation>
    </message>
    <message>
        <source>No meetings yet. Add one from its notice: the date, place, purpose and who is invited.</source>
        <translation>Aún no hay reuniones. Agregue una a partir de su aviso: la fecha, el lugar, el propósito y quiénes están invitados.</translation>
    </message>
    <message>
        <source>Prepare meeting &amp;packet...</source>
        <translation>Preparar el &amp;paquete para la reunión...</translation>
    </message>
    <message>
        <source>Dates that start a clock</source>
        <translation>Fechas que inician un plazo</translation>
    </message>
    <message>
        <source>date</source>
        <translation>fecha</translation>
    </message>
    <message>
        <source>When you ask for records, give consent, or the school proposes or refuses a change, add the date: its deadline is worked out.</source>
        <translation>Cuando pida expedientes, dé su consentimiento, o la escuela proponga o rechace un cambio, agregue la fecha: se calcula su fecha límite.</translation>
    </message>
    <message>
        <source>Deadlines (possible deadlines, verify)</source>
        <translation>Fechas límite (posibles fechas límite, verifíquelas)</translation>
    </message>
    <message>
        <source>Deadlines</source>
        <translation>Fechas límite</translation>
    </message>
    <message>
        <source>Today, {date}</source>
        <translation>Hoy, {date}</translation>
    </message>
    <message>
        <source>All caught up. Next check-in: {day}.</source>
        <translation>Todo al día. Próxima revisión: {day}.</translation>
    </message>
    <message>
        <source>Here is what needs you, most pressing first. Next check-in: {day}.</source>
        <translation>Esto es lo que le necesita, lo más urgente primero. Próxima revisión: {day}.</translation>
    </message>
    <message>
        <source>({n} quiet item(s) hidden: snoozed, or the stable mode.)</source>
        <translation>({n} elemento(s) en silencio ocultos: pospuestos o por el modo estable.)</translation>
    </message>
    <message>
        <source>Start with {name}&apos;s IEP: its dates, services and goals (At a glance tab). Then this page shows what needs you, day by day.</source>
        <translation>Empiece con el IEP de {name}: sus fechas, servicios y metas (pestaña Resumen). Después esta página muestra lo que le necesita, día a día.</translation>
    </message>
    <message>
        <source>Choose an item to see why it is here; Enter or Go to it opens the place to act.</source>
        <translation>Elija un elemento para ver por qué está aquí; Intro o Ir allí abre el lugar donde actuar.</translation>
    </message>
    <message>
        <source>Suggested &amp;letter: {name}...</source>
        <translation>&amp;Carta sugerida: {name}...</translation>
    </message>
    <message>
        <source>Choose a deadline to see how it was worked out. Every date here is a possible deadline: verify it against your state&apos;s procedural-safeguards notice.</source>
        <translation>Elija una fecha límite para ver cómo se calculó. Cada fecha aquí es una posible fecha límite: verifíquela con el aviso de garantías procesales de su estado.</translation>
    </message>
    <message>
        <source>Snoozed for a week.</source>
        <translation>Pospuesto por una semana.</translation>
    </message>
    <message>
        <source>Done.</source>
        <translation>Hecho.</translation>
    </message>
    <message>
        <source>Stable mode on.</source>
        <translation>Modo estable activado.</translation>
    </message>
    <message>
        <source>Stable mode off.</source>
        <translation>Modo estable desactivado.</translation>
    </message>
    <message>
        <source>Deadlines now follow {rules}.</source>
        <translation>Las fechas límite ahora siguen: {rules}.</translation>
    </message>
    <message>
        <source>Add meeting</source>
        <translation>Agregar reunión</translation>
    </message>
    <message>
        <source>Edit meeting</source>
        <translation>Editar reunión</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>Guardado.</translation>
    </message>
    <message>
        <source>Add a date that starts a clock</source>
        <translation>Agregar una fecha que inicia un plazo</translation>
    </message>
    <message>
        <source>Edit the date</source>
        <translation>Editar la fecha</translation>
    </message>
    <message>
        <source>Save calendar file</source>
        <translation>Guardar el archivo de calendario</translation>
    </message>
    <message>
        <source>IEP deadlines.ics</source>
        <translation>Fechas límite del IEP.ics</translation>
    </message>
    <message>
        <source>Calendar files (*.ics)</source>
        <translation>Archivos de calendario (*.ics)</translation>
    </message>
    <message>
        <source>Saved {n} events to {file}.</source>
        <translation>Se guardaron {n} eventos en {file}.</translation>
    </message>
    <message>
        <source>Meeting packet – {name}</source>
        <translation>Paquete para la reunión – {name}</translation>
    </message>
</context>
<context>
    <name>TrashDialog</name>
    <message>
        <source>What</source>
        <translation>Qué</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nombre</translation>
    </message>
    <message>
        <source>Deleted</source>
        <translation>Borrado</translation>
    </message>
    <message>
        <source>Trash</source>
        <translation>Papelera</translation>
    </message>
    <message>
        <source>Deleted items stay here until you restore them. Nothing is destroyed.</source>
        <translation>Los elementos borrados se quedan aquí hasta que los recupere. No se destruye nada.</translation>
    </message>
    <message>
        <source>&amp;Restore</source>
        <translation>&amp;Recuperar</translation>
    </message>
    <message>
        <source>The trash is empty.</source>
        <translation>La papelera está vacía.</translation>
    </message>
    <message>
        <source>Restored &quot;{label}&quot;.</source>
        <translation>Se recuperó «{label}».</translation>
    </message>
</context>
<context>
    <name>TrashUndo</name>
    <message>
        <source>Undo moving &quot;{label}&quot; to the trash</source>
        <translation>Deshacer el envío de «{label}» a la papelera</translation>
    </message>
    <message>
        <source>Moved &quot;{label}&quot; to the trash. Undo brings it back.</source>
        <translation>Se movió «{label}» a la papelera. Deshacer lo recupera.</translation>
    </message>
    <message>
        <source>Restored &quot;{label}&quot;.</source>
        <translation>Se recuperó «{label}».</translation>
    </message>
</context>
<context>
    <name>WelcomePage</name>
    <message>
        <source>Welcome to IEP Binder</source>
        <translation>Bienvenido a IEP Binder</translation>
    </message>
    <message>
        <source>Your child&apos;s IEP, the services it promises, and every email and meeting, kept in one binder on this computer. Nothing leaves it.</source>
        <translation>El IEP de su hijo, los servicios que promete y cada correo y reunión, guardados en una sola carpeta en esta computadora. Nada sale de ella.</translation>
    </message>
    <message>
        <source>&amp;Start my binder</source>
        <translation>&amp;Empezar mi carpeta</translation>
    </message>
    <message>
        <source>&amp;Open a binder folder...</source>
        <translation>&amp;Abrir una carpeta existente...</translation>
    </message>
    <message>
        <source>Open the &amp;demo binder to look around</source>
        <translation>Abrir la carpeta de &amp;demostración para explorar</translation>
    </message>
</context>
<context>
    <name>WindowImports</name>
    <message>
        <source>Documents and emails (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.txt *.ics *.docx *.odt *.doc *.rtf *.html *.htm);;All files (*)</source>
        <translation>Documentos y correos (*.eml *.msg *.pdf *.png *.jpg *.jpeg *.gif *.tif *.tiff *.txt *.ics *.docx *.odt *.doc *.rtf *.html *.htm);;Todos los archivos (*)</translation>
    </message>
    <message>
        <source>Import documents and emails</source>
        <translation>Importar documentos y correos</translation>
    </message>
    <message>
        <source>Nothing to paste: copy files or an email first, then paste here.</source>
        <translation>No hay nada que pegar: primero copie archivos o un correo, y luego péguelos aquí.</translation>
    </message>
    <message>
        <source>Open a binder and choose a child first.</source>
        <translation>Primero abra una carpeta y elija un niño.</translation>
    </message>
    <message>
        <source>An import is still running. Wait for it, or cancel it first.</source>
        <translation>Todavía hay una importación en curso. Espere a que termine, o cancélela primero.</translation>
    </message>
    <message>
        <source>There was nothing to import in what was dropped.</source>
        <translation>No había nada que importar en lo que soltó.</translation>
    </message>
    <message>
        <source>1 email</source>
        <translation>1 correo</translation>
    </message>
    <message>
        <source>{n} emails</source>
        <translation>{n} correos</translation>
    </message>
    <message>
        <source>1 file</source>
        <translation>1 archivo</translation>
    </message>
    <message>
        <source>{n} files</source>
        <translation>{n} archivos</translation>
    </message>
    <message>
        <source> and </source>
        <translation> y </translation>
    </message>
    <message>
        <source>Added {what} to {name}’s binder.</source>
        <translation>Se agregó {what} a la carpeta de {name}.</translation>
    </message>
    <message>
        <source>Nothing new was added.</source>
        <translation>No se agregó nada nuevo.</translation>
    </message>
    <message>
        <source>{n} already in the binder (not added twice).</source>
        <translation>{n} ya en la carpeta (no se agregan dos veces).</translation>
    </message>
    <message>
        <source>⚠ {n} could not be added: see Details.</source>
        <translation>⚠ No se pudieron agregar {n}: vea Detalles.</translation>
    </message>
    <message>
        <source>Cancelled before {n} more.</source>
        <translation>Cancelado antes de {n} más.</translation>
    </message>
    <message>
        <source>Undone: the import was moved to the trash (Edit &gt; Trash brings it back).</source>
        <translation>Deshecho: la importación se movió a la papelera (Editar &gt; Papelera la recupera).</translation>
    </message>
</context>
<context>
    <name>_QuickForm</name>
    <message>
        <source>Clear</source>
        <translation>Limpiar</translation>
    </message>
</context>
<context>
    <name>dialog</name>
    <message>
        <source>This letter is long; if the mail program cuts it, use Copy instead.</source>
        <translation>Esta carta es larga; si el programa de correo la corta, use Copiar.</translation>
    </message>
    <message>
        <source>Save the email draft</source>
        <translation>Guardar el borrador del correo</translation>
    </message>
    <message>
        <source>Email (*.eml)</source>
        <translation>Correo (*.eml)</translation>
    </message>
    <message>
        <source>Save the letter as PDF</source>
        <translation>Guardar la carta como PDF</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>self.window</name>
    <message>
        <source>This computer has no password keyring, so the password was not remembered; you will be asked for it next time.</source>
        <translation>Esta computadora no tiene un llavero de contraseñas, así que no se recordó la contraseña; se la pediremos la próxima vez.</translation>
    </message>
</context>
<context>
    <name>window</name>
    <message>
        <source>Pre&amp;ferences...</source>
        <translation>Pre&amp;ferencias...</translation>
    </message>
    <message>
        <source>Language, light or dark look, and text size</source>
        <translation>Idioma, aspecto claro u oscuro y tamaño del texto</translation>
    </message>
    <message>
        <source>Binder &amp;rules...</source>
        <translation>&amp;Reglas de la carpeta...</translation>
    </message>
    <message>
        <source>The choices behind the ledger, alerts, deadlines and graphs</source>
        <translation>Las opciones detrás del registro de servicios, las alertas, las fechas límite y las gráficas</translation>
    </message>
</context>
</TS>
