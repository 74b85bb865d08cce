"""Spanish for why a binder could not be opened, saved, backed up or restored (db errors)."""

from __future__ import annotations

BINDER_ERRORS: dict[str, str] = {
    # Opening a binder
    "There is no binder at {path}. Check the folder name, or create a binder there with File > "
    "New binder (or 'iepbinder demo' for a demo binder).": (
        "No hay ninguna carpeta en {path}. Revise el nombre de la carpeta, o cree una allí con "
        "Archivo > Nueva carpeta (o 'iepbinder demo' para una carpeta de demostración)."
    ),
    "The folder {path} is not an IEP binder ({reason}). Choose a binder folder, or an empty "
    "folder to start a new binder.": (
        "La carpeta {path} no es una carpeta de IEP Binder ({reason}). Elija una carpeta del "
        "programa, o una carpeta vacía para empezar una nueva."
    ),
    "its database cannot be opened: {detail}": "no se puede abrir su base de datos: {detail}",
    "its database is damaged: {detail}": "su base de datos está dañada: {detail}",
    "{file} is not a binder database": "{file} no es una base de datos de IEP Binder",
    "its database has no binder schema": "su base de datos no tiene la estructura del programa",
    "it is a file, not a folder": "es un archivo, no una carpeta",
    "it has no {file}": "no tiene {file}",
    "it already holds other files and no {file}": "ya tiene otros archivos y no tiene {file}",
    "its database holds other tables": "su base de datos tiene otras tablas",
    "its database is empty; connect with File > Connect to server to start a binder there": (
        "su base de datos está vacía; conéctese con Archivo > Conectar a un servidor para "
        "empezar una carpeta allí"
    ),
    "The binder at {path} cannot be read: this user has no permission to open it. Ask the "
    "computer's owner to give you access, or open your own binder.": (
        "No se puede leer la carpeta en {path}: este usuario no tiene permiso para abrirla. "
        "Pida acceso a quien administra la computadora, o abra su propia carpeta."
    ),
    "The binder at {path} is read-only, so nothing can be saved in it. Copy the binder folder "
    "to a place you can write to (for example your Documents), then open the copy.": (
        "La carpeta en {path} es de solo lectura, así que no se puede guardar nada en ella. "
        "Copie la carpeta a un lugar donde pueda escribir (por ejemplo, sus Documentos) y luego "
        "abra la copia."
    ),
    "The binder at {path} is already open for changes in another IEP Binder window "
    "({holder}). Close that window first; only one program can change a binder at a time so "
    "that nothing is overwritten.": (
        "La carpeta en {path} ya está abierta para hacer cambios en otra ventana de IEP Binder "
        "({holder}). Cierre primero esa ventana; solo un programa a la vez puede cambiar una "
        "carpeta, para que no se sobrescriba nada."
    ),
    "The binder at {path} was saved by a newer version of IEP Binder (schema {revision}). "
    "Install the latest IEP Binder to open it; this version left it untouched.": (
        "La carpeta en {path} se guardó con una versión más nueva de IEP Binder (esquema "
        "{revision}). Instale la versión más reciente de IEP Binder para abrirla; esta versión "
        "no la tocó."
    ),
    "The binder at {path} was saved by an older version of IEP Binder (schema {revision}). "
    "Open it once in IEP Binder so it can be backed up and upgraded, then try again.": (
        "La carpeta en {path} se guardó con una versión anterior de IEP Binder (esquema "
        "{revision}). Ábrala una vez en IEP Binder para que se haga una copia de seguridad y se "
        "actualice, y luego inténtelo de nuevo."
    ),
    "Could not connect to the binder server {location}: {reason}. Check the address, user "
    "name and password, and that the server is running; nothing was changed.": (
        "No se pudo conectar con el servidor de la carpeta {location}: {reason}. Revise la "
        "dirección, el usuario y la contraseña, y que el servidor esté en marcha; no se cambió "
        "nada."
    ),
    "the address is not a database address": "la dirección no es la de una base de datos",
    "no answer": "no hubo respuesta",
    # Saving a change
    "The change could not be saved in the binder at {location}: {reason}. Nothing was "
    "half-written; the binder is as it was before. Free some disk space (or check that the "
    "binder's drive is connected and writable), then try again.": (
        "No se pudo guardar el cambio en la carpeta en {location}: {reason}. No quedó nada "
        "escrito a medias; la carpeta está como antes. Libere espacio en el disco (o revise que "
        "la unidad de la carpeta esté conectada y permita escribir) y vuelva a intentarlo."
    ),
    "the disk is full": "el disco está lleno",
    "the disk reported an error": "el disco informó de un error",
    "the binder's files are read-only": "los archivos de la carpeta son de solo lectura",
    "the binder's files cannot be opened": "no se pueden abrir los archivos de la carpeta",
    "the server's disk is full": "el disco del servidor está lleno",
    # Backups
    "{file} is not a backup file that can be read ({detail}).": (
        "{file} no es un archivo de copia de seguridad que se pueda leer ({detail})."
    ),
    "{file} has no readable manifest, so it is not an IEP Binder backup.": (
        "{file} no tiene un índice legible, así que no es una copia de seguridad de IEP Binder."
    ),
    "{file} is not an IEP Binder backup.": "{file} no es una copia de seguridad de IEP Binder.",
    "{file} was written by a newer IEP Binder (backup format {version}); update the program "
    "to restore it.": (
        "{file} se hizo con una versión más nueva de IEP Binder (formato de copia {version}); "
        "actualice el programa para restaurarla."
    ),
    "{file} in the backup is damaged (its checksum does not match).": (
        "{file} está dañado en la copia de seguridad (su suma de verificación no coincide)."
    ),
    "{folder} already holds files; restore into a new, empty folder.": (
        "{folder} ya tiene archivos; restaure en una carpeta nueva y vacía."
    ),
    "{file} has an incomplete manifest.": "{file} tiene un índice incompleto.",
    "The backup lists an unexpected file name: {name}.": (
        "La copia de seguridad incluye un nombre de archivo inesperado: {name}."
    ),
    "{count} original document(s) are neither in the backup nor intact in the binder (first: "
    "{first}). Restore from a full backup made with Back up now.": (
        "{count} documento(s) original(es) no están en la copia de seguridad ni intactos en la "
        "carpeta (el primero: {first}). Restaure desde una copia completa hecha con Hacer copia "
        "de seguridad."
    ),
}
