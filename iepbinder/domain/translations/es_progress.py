"""Spanish for progress on goals: decision rules, projections, aimlines and their caveat."""

from __future__ import annotations

PROGRESS: dict[str, str] = {
    "These are signals to discuss with the team, not verdicts. Simulation research found that "
    "a common 4-point rule often flags a child as not responding at typical probe reliability "
    "(doi.org/10.1177/0734282917729263). Decisions are more accurate with trend or median "
    "rules, about 10\u201312 weeks of weekly data, and growth far from the goal line. So the "
    "trend rule is preferred once it is active, and point-rule output is an early warning.": (
        "Son señales para comentar con el equipo, no veredictos. Estudios de simulación "
        "encontraron que una regla común de 4 datos suele señalar que un niño/a no responde "
        "con la fiabilidad habitual de las pruebas breves (doi.org/10.1177/0734282917729263). "
        "Las decisiones son más precisas con reglas de tendencia o de mediana, unas 10\u201312 "
        "semanas de datos semanales y un crecimiento lejos de la línea de la meta. Por eso se "
        "prefiere la regla de tendencia cuando está activa, y la regla de datos es un aviso "
        "temprano."
    ),
    "point rule": "regla de datos",
    "trend rule": "regla de tendencia",
    "Too few data points for a reliable decision": ("Muy pocos datos para una decisión fiable"),
    "Consider an instructional change": "Considerar un cambio en la enseñanza",
    "Consider raising the goal": "Considerar subir la meta",
    "Continue; keep collecting": "Continuar; seguir recogiendo datos",
    "Early warning: {words}": "Aviso temprano: {words}",
    "The point rule needs at least {needs} points; there are {count}.": (
        "La regla de datos necesita al menos {needs} datos; hay {count}."
    ),
    "The trend rule starts at {needs} points; there are {count}.": (
        "La regla de tendencia empieza con {needs} datos; hay {count}."
    ),
    "The target asks for no change in the goal's direction, so the trend rule is off.": (
        "El objetivo no pide ningún cambio en la dirección de la meta, así que la regla de "
        "tendencia está desactivada."
    ),
    "The trend is flat": "La tendencia es plana",
    "The trend rises {amount} a week": "La tendencia sube {amount} por semana",
    "The trend falls {amount} a week": "La tendencia baja {amount} por semana",
    "a rise": "una subida",
    "a fall": "una bajada",
    "{moves}; reaching the target needs {need} of {needed} a week (\u00b1{tolerance}: {low} to "
    "{high})": (
        "{moves}; alcanzar el objetivo requiere {need} de {needed} por semana (\u00b1{tolerance}: "
        "de {low} a {high})"
    ),
    "{rates}: too slow.": "{rates}: demasiado lenta.",
    "{rates}: faster.": "{rates}: más rápida.",
    "{rates}: within that range.": "{rates}: dentro de ese margen.",
    "1 point over {weeks} weeks": "1 dato en {weeks} semanas",
    "{count} points over {weeks} weeks": "{count} datos en {weeks} semanas",
    "{too_few}: {span} (needs at least {needs} points over {needs_weeks} weeks).": (
        "{too_few}: {span} (se necesitan al menos {needs} datos en {needs_weeks} semanas)."
    ),
    "Enough data for a decision: {span}.": "Datos suficientes para decidir: {span}.",
    "below the aimline": "por debajo de la línea de objetivo",
    "above the aimline": "por encima de la línea de objetivo",
    "above the aimline (worse)": "por encima de la línea de objetivo (peor)",
    "below the aimline (better)": "por debajo de la línea de objetivo (mejor)",
    "is": "está",
    "are": "están",
    "Of the last {window} points, {behind} {verb} {worse} and {ahead} {better}: mixed.": (
        "De los últimos {window} datos, {behind} {verb} {worse} y {ahead} {better}: mixto."
    ),
    "Of the last {window} points, {behind} {verb} {worse}; of the last {other_window}, "
    "{ahead} {other_verb} {better}: mixed.": (
        "De los últimos {window} datos, {behind} {verb} {worse}; de los últimos "
        "{other_window}, {ahead} {other_verb} {better}: mixto."
    ),
    "The last {window} points are all {side}.": ("Los últimos {window} datos están todos {side}."),
    "{count} of the last {window} points are {side}.": (
        "{count} de los últimos {window} datos están {side}."
    ),
    "ordinary least squares": "mínimos cuadrados ordinarios",
    "Tukey three-group line": "línea de Tukey de tres grupos",
    "three-median line": "línea de tres medianas",
    "split-middle line": "línea de división por la mitad (split-middle)",
    "The point rule needs an aimline: a baseline, a target and a target date.": (
        "La regla de datos necesita una línea de objetivo: un punto de partida, un objetivo y "
        "una fecha objetivo."
    ),
    "below 0": "menos de 0",
    "below 0 (the trend reaches 0 before then)": "menos de 0 (la tendencia llega a 0 antes)",
    "the {rule} says \u201c{words}\u201d": "la {rule} dice \u201c{words}\u201d",
    "no rule is active": "ninguna regla está activa",
    "{shown} projected at the goal date against a target of {target}": (
        "{shown} proyectado para la fecha de la meta frente a un objetivo de {target}"
    ),
    "{target}, and {rule}.": "{target}, y {rule}.",
    "{target}, but {rule}.": "{target}, pero {rule}.",
    "The goal needs {what}.": "A la meta le falta {what}.",
    "a baseline": "un punto de partida",
    "a target number": "un número objetivo",
    "a target date": "una fecha objetivo",
    "a target date after the baseline date": (
        "una fecha objetivo posterior a la del punto de partida"
    ),
    "Projected at the goal date ({date}): {projected} against a target of {target} (trend by "
    "{method}).": (
        "Proyección para la fecha de la meta ({date}): {projected} frente a un objetivo de "
        "{target} (tendencia por {method})."
    ),
    "Baseline: {explanation}{when}.": "Punto de partida: {explanation}{when}.",
    "Aimline: from {start} to {target} by {date}, a change of {slope} per week.": (
        "Línea de objetivo: de {start} a {target} para el {date}, un cambio de {slope} por semana."
    ),
    "Criterion \u201c{criterion}\u201d: {explanation}": (
        "Criterio \u201c{criterion}\u201d: {explanation}"
    ),
    "No signal yet.": "Todavía no hay señal.",
    " (early warning)": " (aviso temprano)",
    "1 point dated before the baseline is shown but not used.": (
        "1 dato con fecha anterior al punto de partida se muestra pero no se usa."
    ),
    "{count} points dated before the baseline are shown but not used.": (
        "{count} datos con fecha anterior al punto de partida se muestran pero no se usan."
    ),
    "{period} (received {date})": "{period} (recibido el {date})",
    "{period} (expected {date})": "{period} (previsto para el {date})",
}

# Red flags in a school progress report (the PR rules), each with a next step.
REPORT_CHECKS: dict[str, str] = {
    "{kind}: the goal says {goal}, the report {report}": (
        "{kind}: la meta dice {goal}, el informe {report}"
    ),
    "trial count": "número de intentos",
    "prompt level": "nivel de apoyo",
    "unit": "unidad",
    "The report has no entry for this goal. Reports must address each goal.": (
        "El informe no tiene ninguna entrada para esta meta. Los informes deben tratar cada meta."
    ),
    "Ask for the progress on this goal in writing.": ("Pida por escrito el progreso en esta meta."),
    "The goal is measured in numbers, but this entry has no number, work sample or data summary.": (
        "La meta se mide con números, pero esta entrada no tiene ningún número, muestra de "
        "trabajo ni resumen de datos."
    ),
    "Ask for the data behind the report (a data-request letter).": (
        "Pida los datos que respaldan el informe (una carta de solicitud de datos)."
    ),
    "\u201c{phrase}\u201d is said without data to show it.": (
        "Se dice \u201c{phrase}\u201d sin datos que lo demuestren."
    ),
    "Ask what was measured, when, and the results.": (
        "Pregunte qué se midió, cuándo y con qué resultados."
    ),
    "The report measures differently from the goal: {what}.": (
        "El informe mide de otra manera que la meta: {what}."
    ),
    "Ask that progress be measured the way the IEP says, every period.": (
        "Pida que el progreso se mida como dice el IEP, en cada periodo."
    ),
    "the reported value {value} is {gap} worse than the aimline ({aim}) on the report date, "
    "more than the tolerance of {band} (10% of the planned change)": (
        "el valor informado, {value}, está {gap} peor que la línea de objetivo ({aim}) en la "
        "fecha del informe, más que el margen de {band} (el 10% del cambio previsto)"
    ),
    "the trend of the data misses the target at the goal date": (
        "la tendencia de los datos no alcanza el objetivo en la fecha de la meta"
    ),
    "The status box says sufficient progress, but {reasons}.": (
        "La casilla de estado dice progreso suficiente, pero {reasons}."
    ),
    "Bring the graph to the team and ask how the goal will be met.": (
        "Lleve la gráfica al equipo y pregunte cómo se alcanzará la meta."
    ),
    "No progress (or a loss) in two reporting periods in a row.": (
        "Sin progreso (o con retroceso) en dos periodos de informe seguidos."
    ),
    "Consider requesting an IEP meeting to revise the goal or the services (the team must "
    "address lack of expected progress).": (
        "Considere solicitar una reunión del IEP para revisar la meta o los servicios (el equipo "
        "debe abordar la falta del progreso esperado)."
    ),
    "No progress (or a loss) this period.": "Sin progreso (o con retroceso) en este periodo.",
    "Consider asking for a meeting with the teacher.": (
        "Considere pedir una reunión con el/la docente."
    ),
    "The report puts the lack of progress on the child, with no change to the plan.": (
        "El informe atribuye la falta de progreso al niño/a, sin ningún cambio en el plan."
    ),
    "Ask what the team will change in instruction or supports.": (
        "Pregunte qué cambiará el equipo en la enseñanza o en los apoyos."
    ),
    "Possible copy-forward: the text is {score} the same as the previous period's.": (
        "Posible texto copiado: coincide en un {score} con el del periodo anterior."
    ),
    "Ask what changed since the last report.": "Pregunte qué cambió desde el último informe.",
    "Possible template text: {score} the same as a sibling's report in this binder.": (
        "Posible texto de plantilla: coincide en un {score} con el informe de un hermano/a en "
        "esta carpeta."
    ),
    "Ask for progress written about this child's own data.": (
        "Pida un informe de progreso redactado a partir de los datos de este niño/a."
    ),
    "The progress report for {period} was expected on {date}; {late} days have passed and "
    "none is filed.": (
        "El informe de progreso de {period} se esperaba el {date}; han pasado {late} días y no "
        "hay ninguno archivado."
    ),
    "Ask the case manager for the report in writing.": (
        "Pida el informe por escrito al coordinador/a del caso."
    ),
    "{plan} sets new goals, but no report gave this goal a closing status (met or not met).": (
        "{plan} fija metas nuevas, pero ningún informe dio a esta meta un estado final "
        "(alcanzada o no alcanzada)."
    ),
    "Ask for the final status of the old goal, with its data.": (
        "Pida el estado final de la meta anterior, con sus datos."
    ),
    # A criterion of the 'k of n' kind (domain/criterion_parse.py)
    "{value} or more": "{value} o más",
    "{value} or less": "{value} o menos",
    "Only {have} of the {n} values needed are recorded ({reach} in {k} of the last {n}).": (
        "Solo hay {have} de los {n} valores necesarios registrados ({reach} en {k} de los "
        "últimos {n})."
    ),
    "1 of the last {n} values is {reach}; needs {k}: met.": (
        "1 de los últimos {n} valores es {reach}; se necesitan {k}: se cumple."
    ),
    "1 of the last {n} values is {reach}; needs {k}: not met yet.": (
        "1 de los últimos {n} valores es {reach}; se necesitan {k}: todavía no se cumple."
    ),
    "{hits} of the last {n} values are {reach}; needs {k}: met.": (
        "{hits} de los últimos {n} valores son {reach}; se necesitan {k}: se cumple."
    ),
    "{hits} of the last {n} values are {reach}; needs {k}: not met yet.": (
        "{hits} de los últimos {n} valores son {reach}; se necesitan {k}: todavía no se cumple."
    ),
    # The baseline's source (domain/progress_math.py)
    "{value}, the value in the IEP": "{value}, el valor del IEP",
    "{middle}, the median of the probes {values}": (
        "{middle}, la mediana de las mediciones {values}"
    ),
    "{middle}, the median of the first data points {values}": (
        "{middle}, la mediana de los primeros datos {values}"
    ),
}
PROGRESS.update(REPORT_CHECKS)
