<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="es">
    <context>
        <name>App</name>
        <message>
            <source>&amp;Restore from a backup…</source>
            <translation>&amp;Restaurar desde una copia de seguridad…</translation>
        </message>
    </context>
    <context>
        <name>Cli</name>
        <message>
            <source>The campaign key is a secret: it is never written on the command line, where the process list and the shell history keep it. Give --campaign-key alone (it is asked for), or set {env}.</source>
            <translation>La clave de la campaña es secreta: nunca se escribe en la línea de comandos, donde la guardan la lista de procesos y el historial del shell. Escriba --campaign-key sin valor (se le pedirá la clave) o defina {env}.</translation>
        </message>
        <message>
            <source>central</source>
            <translation>central</translation>
        </message>
        <message>
            <source>office</source>
            <translation>de oficina</translation>
        </message>
        <message>
            <source>Set up {role} database for office {office} ({campaign}) in {path}</source>
            <translation>Se creó la base de datos {role} de la oficina {office} ({campaign}) en {path}</translation>
        </message>
        <message>
            <source>the demo office's lead</source>
            <translation>el responsable de la oficina de demostración</translation>
        </message>
        <message>
            <source>Generating demo lines</source>
            <translation>Generando líneas de demostración</translation>
        </message>
        <message>
            <source>Wrote {n} demo lines to {path} in {seconds} s</source>
            <translation>Se escribieron {n} líneas de demostración en {path} en {seconds} s</translation>
        </message>
        <message>
            <source>Sign in as {name} ({role}) with the password just typed.</source>
            <translation>Inicie sesión como {name} ({role}) con la contraseña que acaba de escribir.</translation>
        </message>
        <message>
            <source>Writing voters</source>
            <translation>Escribiendo votantes</translation>
        </message>
        <message>
            <source>Wrote {n} voters to {path} (the truth: {truth})</source>
            <translation>Se escribieron {n} votantes en {path} (respuestas correctas: {truth})</translation>
        </message>
        <message>
            <source>{name}: the export is an Excel workbook; name it *.xlsx</source>
            <translation>{name}: la exportación es un libro de Excel; use un nombre *.xlsx</translation>
        </message>
        <message>
            <source>A password to open the workbook: </source>
            <translation>Una contraseña para abrir el libro: </translation>
        </message>
        <message>
            <source>Exporting rows</source>
            <translation>Exportando filas</translation>
        </message>
        <message>
            <source>Wrote {path} ({sections} sections, {lines} lines) in {seconds} s</source>
            <translation>Se escribió {path} ({sections} secciones, {lines} líneas) en {seconds} s</translation>
        </message>
        <message>
            <source>Data folder   {folder}</source>
            <translation>Carpeta de datos  {folder}</translation>
        </message>
        <message>
            <source>present</source>
            <translation>existe</translation>
        </message>
        <message>
            <source>not created yet</source>
            <translation>aún no creada</translation>
        </message>
        <message>
            <source>Database      {path} ({state})</source>
            <translation>Base de datos     {path} ({state})</translation>
        </message>
        <message>
            <source>Schema        version {n}</source>
            <translation>Esquema           versión {n}</translation>
        </message>
        <message>
            <source>(not set up)</source>
            <translation>(sin configurar)</translation>
        </message>
        <message>
            <source>Office        {office}</source>
            <translation>Oficina           {office}</translation>
        </message>
        <message>
            <source>Device        {device}</source>
            <translation>Equipo            {device}</translation>
        </message>
        <message>
            <source>campaign work</source>
            <translation>trabajo de la campaña</translation>
        </message>
        <message>
            <source>Contents      {contents}</source>
            <translation>Contenido         {contents}</translation>
        </message>
        <message>
            <source>Sections      {n}</source>
            <translation>Secciones         {n}</translation>
        </message>
        <message>
            <source>Lines         {n}</source>
            <translation>Líneas            {n}</translation>
        </message>
        <message>
            <source>ok</source>
            <translation>correcta</translation>
        </message>
        <message>
            <source>Integrity     {result}</source>
            <translation>Integridad        {result}</translation>
        </message>
        <message>
            <source>The RecallDesk window needs a desktop session, and none was found (no DISPLAY). The headless commands still work here: recalldesk --help lists them.</source>
            <translation>La ventana de RecallDesk necesita una sesión de escritorio y no se encontró ninguna (no hay DISPLAY). Los comandos sin ventana sí funcionan aquí: recalldesk --help los muestra.</translation>
        </message>
        <message>
            <source>The RecallDesk window cannot open: the system lacks libraries Qt needs to draw it. Install them (Debian/Ubuntu: sudo apt-get install {packages}) and start it again. The headless commands still work: recalldesk --help lists them.</source>
            <translation>La ventana de RecallDesk no se puede abrir: al sistema le faltan bibliotecas que Qt necesita para dibujarla. Instálelas (Debian/Ubuntu: sudo apt-get install {packages}) y vuelva a iniciarla. Los comandos sin ventana sí funcionan: recalldesk --help los muestra.</translation>
        </message>
        <message>
            <source>recalldesk: cancelled; nothing was written.</source>
            <translation>recalldesk: cancelado; no se escribió nada.</translation>
        </message>
        <message>
            <source>recalldesk: an unexpected error ({kind}); nothing more was saved. For the campaign's technical contact (no personal data in it):</source>
            <translation>recalldesk: error inesperado ({kind}); no se guardó nada más. Para el contacto técnico de la campaña (no contiene datos personales):</translation>
        </message>
        <message>
            <source>Backups kept from now on: {kept}.</source>
            <translation>Copias de seguridad que se guardarán a partir de ahora: {kept}.</translation>
        </message>
        <message>
            <source>Backup written: {path}</source>
            <translation>Copia de seguridad escrita: {path}</translation>
        </message>
        <message>
            <source>No backups beside {path} yet.</source>
            <translation>Aún no hay copias de seguridad junto a {path}.</translation>
        </message>
        <message>
            <source>Backups of {path}, newest first:</source>
            <translation>Copias de seguridad de {path}, de la más reciente a la más antigua:</translation>
        </message>
        <message>
            <source>Restore one with: recalldesk restore FILE (or --latest).</source>
            <translation>Para restaurar una: recalldesk restore FILE (o --latest).</translation>
        </message>
        <message>
            <source>There is no backup to restore.</source>
            <translation>No hay ninguna copia de seguridad que restaurar.</translation>
        </message>
        <message>
            <source>Restored {backup}. The file it replaced is kept as {kept}.</source>
            <translation>Se restauró {backup}. El archivo que reemplazó se guardó como {kept}.</translation>
        </message>
        <message>
            <source>No campaign database in {folder}. Start the app to set one up, or fill it with demo data: recalldesk --data-dir {folder} demo</source>
            <translation>No hay ninguna base de datos de campaña en {folder}. Abra la aplicación para crear una, o llénela con datos de demostración: recalldesk --data-dir {folder} demo</translation>
        </message>
        <message>
            <source>Who is acting? Give --operator NAME (or set {env}). Who may: {names}</source>
            <translation>¿Quién está actuando? Indique --operator NAME (o defina {env}). Pueden hacerlo: {names}</translation>
        </message>
        <message>
            <source>PIN or password of {name}: </source>
            <translation>PIN o contraseña de {name}: </translation>
        </message>
        <message>
            <source>A PIN or password is needed: type it at a terminal, or set {env}.</source>
            <translation>Se necesita un PIN o una contraseña: escríbalo en una terminal o defina {env}.</translation>
        </message>
        <message>
            <source>The same again: </source>
            <translation>Repita lo mismo: </translation>
        </message>
        <message>
            <source>The two differ; nothing was changed.</source>
            <translation>No coinciden; no se cambió nada.</translation>
        </message>
        <message>
            <source>The campaign key: </source>
            <translation>La clave de la campaña: </translation>
        </message>
        <message>
            <source>New PIN or password for {name}: </source>
            <translation>Nuevo PIN o contraseña para {name}: </translation>
        </message>
        <message>
            <source>A password is needed: type it at a terminal, or set {env}.</source>
            <translation>Se necesita una contraseña: escríbala en una terminal o defina {env}.</translation>
        </message>
        <message>
            <source>The two passwords differ; nothing was changed.</source>
            <translation>Las dos contraseñas no coinciden; no se cambió nada.</translation>
        </message>
        <message>
            <source>Password of this computer's key: </source>
            <translation>Contraseña de la clave de este equipo: </translation>
        </message>
        <message>
            <source>{what}: “{text}” is not a date; write it as YYYY-MM-DD.</source>
            <translation>{what}: “{text}” no es una fecha; escríbala como AAAA-MM-DD.</translation>
        </message>
        <message>
            <source>Group {id} confirmed: one signer.</source>
            <translation>Grupo {id} confirmado: un solo firmante.</translation>
        </message>
        <message>
            <source>Group {id} dismissed: different people.</source>
            <translation>Grupo {id} descartado: son personas distintas.</translation>
        </message>
        <message>
            <source>Group {id} is open again.</source>
            <translation>El grupo {id} está abierto de nuevo.</translation>
        </message>
        <message>
            <source>Confirmed %Ln likely group(s).</source>
            <translation>Grupos probables confirmados: %Ln.</translation>
        </message>
        <message>
            <source>Comparing pairs</source>
            <translation>Comparando pares</translation>
        </message>
        <message>
            <source>Compared {lines} line(s) ({known} in all) in {pairs} candidate pair(s) in {seconds} s: {open} open group(s) to review.</source>
            <translation>Se compararon {lines} línea(s) ({known} en total) en {pairs} par(es) candidato(s) en {seconds} s: {open} grupo(s) abierto(s) por revisar.</translation>
        </message>
        <message>
            <source>No open groups of possible duplicates.</source>
            <translation>No hay grupos abiertos de posibles duplicados.</translation>
        </message>
        <message>
            <source>A password for this computer's key: </source>
            <translation>Una contraseña para la clave de este equipo: </translation>
        </message>
        <message>
            <source>This computer's key: {fingerprint}</source>
            <translation>Clave de este equipo: {fingerprint}</translation>
        </message>
        <message>
            <source>It replaces {old}: enroll the new one again.</source>
            <translation>Reemplaza a {old}: vuelva a registrar la nueva.</translation>
        </message>
        <message>
            <source>{path} is not a folder.</source>
            <translation>{path} no es una carpeta.</translation>
        </message>
        <message>
            <source>Wrote {path}. Read this fingerprint to the other side: {fingerprint}</source>
            <translation>Se escribió {path}. Léale esta huella a la otra parte: {fingerprint}</translation>
        </message>
        <message>
            <source>Trusted the key of {office}: {fingerprint}</source>
            <translation>La clave de {office} ahora es de confianza: {fingerprint}</translation>
        </message>
        <message>
            <source>The key of {office} is no longer trusted; its record stays.</source>
            <translation>La clave de {office} ya no es de confianza; su registro se conserva.</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazados</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>combinados</translation>
        </message>
        <message>
            <source>Packets from offices without a key: {state}.</source>
            <translation>Paquetes de oficinas sin clave: {state}.</translation>
        </message>
        <message>
            <source>none yet (recalldesk keys new)</source>
            <translation>ninguna todavía (recalldesk keys new)</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>de confianza</translation>
        </message>
        <message>
            <source>revoked {at} by {by}</source>
            <translation>revocada el {at} por {by}</translation>
        </message>
        <message>
            <source>There is no operator called {name} at office {office}.</source>
            <translation>No hay ningún operador llamado {name} en la oficina {office}.</translation>
        </message>
        <message>
            <source>no PIN: cannot sign in</source>
            <translation>sin PIN: no puede iniciar sesión</translation>
        </message>
        <message>
            <source> (locked out)</source>
            <translation> (bloqueado)</translation>
        </message>
        <message>
            <source>The screen locks after {minutes} idle minutes.</source>
            <translation>La pantalla se bloquea tras {minutes} minutos de inactividad.</translation>
        </message>
        <message>
            <source>{name} is now this database's {role}.</source>
            <translation>{name} es ahora el {role} de esta base de datos.</translation>
        </message>
        <message>
            <source>Added {name} as {role}.</source>
            <translation>Se agregó a {name} como {role}.</translation>
        </message>
        <message>
            <source>{name} has a new PIN.</source>
            <translation>{name} tiene un PIN nuevo.</translation>
        </message>
        <message>
            <source>{name} is now a {role}.</source>
            <translation>{name} ahora es {role}.</translation>
        </message>
        <message>
            <source>{name} may no longer sign in here.</source>
            <translation>{name} ya no puede iniciar sesión aquí.</translation>
        </message>
        <message>
            <source>The screen now locks after {minutes} idle minutes.</source>
            <translation>Ahora la pantalla se bloquea tras {minutes} minutos de inactividad.</translation>
        </message>
        <message>
            <source>A purge would remove the names and addresses of {lines} lines, {voters} voters of the voter file, and the same from {backups} backup copies; the figures and the audit stay. It cannot be undone.</source>
            <translation>Una purga eliminaría los nombres y domicilios de {lines} líneas y de {voters} votantes del padrón electoral, y lo mismo de {backups} copias de seguridad; las cifras y la auditoría se conservan. No se puede deshacer.</translation>
        </message>
        <message>
            <source>To go ahead, once the petition is filed: recalldesk purge --yes</source>
            <translation>Para continuar, una vez entregada la petición: recalldesk purge --yes</translation>
        </message>
        <message>
            <source>Wrote {path} in {seconds} s</source>
            <translation>Se escribió {path} en {seconds} s</translation>
        </message>
        <message>
            <source>This database has no campaign yet: start the app to set it up.</source>
            <translation>Esta base de datos aún no tiene campaña: abra la aplicación para configurarla.</translation>
        </message>
        <message>
            <source>Required</source>
            <translation>Requeridas</translation>
        </message>
        <message>
            <source>Filing deadline</source>
            <translation>Fecha límite de entrega</translation>
        </message>
        <message>
            <source>Days left</source>
            <translation>Días restantes</translation>
        </message>
        <message>
            <source>Lines keyed</source>
            <translation>Líneas capturadas</translation>
        </message>
        <message>
            <source>Raw signatures</source>
            <translation>Firmas brutas</translation>
        </message>
        <message>
            <source>Ruled out by checks</source>
            <translation>Descartadas por las revisiones</translation>
        </message>
        <message>
            <source>On void sections</source>
            <translation>En secciones anuladas</translation>
        </message>
        <message>
            <source>Signed more than once (confirmed)</source>
            <translation>Firmas repetidas (confirmadas)</translation>
        </message>
        <message>
            <source>Clean</source>
            <translation>Firmas limpias</translation>
        </message>
        <message>
            <source>Estimated valid</source>
            <translation>Válidas estimadas</translation>
        </message>
        <message>
            <source>Share of requirement</source>
            <translation>Porcentaje de lo requerido</translation>
        </message>
        <message>
            <source>Verdict</source>
            <translation>Veredicto</translation>
        </message>
        <message>
            <source>Verdict stands on</source>
            <translation>El veredicto se basa en</translation>
        </message>
        <message>
            <source>Projected valid</source>
            <translation>Válidas proyectadas</translation>
        </message>
        <message>
            <source>Validity used</source>
            <translation>Validez usada</translation>
        </message>
        <message>
            <source>Validity interval (95%, Wilson)</source>
            <translation>Intervalo de validez (95%, Wilson)</translation>
        </message>
        <message>
            <source>Raw target (110%)</source>
            <translation>Meta de brutas (110%)</translation>
        </message>
        <message>
            <source>Raw still needed</source>
            <translation>Brutas que aún faltan</translation>
        </message>
        <message>
            <source>Raw needed per day</source>
            <translation>Brutas necesarias por día</translation>
        </message>
        <message>
            <source>Raw per day, last 7 days</source>
            <translation>Brutas por día, últimos 7 días</translation>
        </message>
        <message>
            <source>Registrar sample size</source>
            <translation>Tamaño de muestra del Registro</translation>
        </message>
        <message>
            <source>Problems by code</source>
            <translation>Problemas por código</translation>
        </message>
        <message>
            <source>Sections by status</source>
            <translation>Secciones por estado</translation>
        </message>
        <message>
            <source>qualifies</source>
            <translation>califica</translation>
        </message>
        <message>
            <source>full count (90–110%)</source>
            <translation>recuento total (90–110%)</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>no califica</translation>
        </message>
        <message>
            <source>the latest sample's results</source>
            <translation>los resultados de la muestra más reciente</translation>
        </message>
        <message>
            <source>the conservative estimate (no sample yet)</source>
            <translation>la estimación conservadora (aún no hay muestra)</translation>
        </message>
        <message>
            <source>the assumed validity (too few lines yet)</source>
            <translation>la validez supuesta (aún hay muy pocas líneas)</translation>
        </message>
        <message>
            <source>Estimated valid = clean signatures × {validity} (assumed validity), rounded down: deliberately conservative. The registrar's sample decides.</source>
            <translation>Válidas estimadas = firmas limpias × {validity} (validez supuesta), redondeado hacia abajo: conservador a propósito. La que decide es la muestra del Registro de Votantes.</translation>
        </message>
        <message>
            <source>The sample's numbers cannot be right: raw and sample must be more than 0, and valid and duplicates between 0 and the sample size.</source>
            <translation>Los números de la muestra no pueden ser correctos: las brutas y la muestra deben ser mayores que 0, y las válidas y los duplicados deben estar entre 0 y el tamaño de la muestra.</translation>
        </message>
        <message>
            <source>Validity in sample (p)</source>
            <translation>Validez en la muestra (p)</translation>
        </message>
        <message>
            <source>Unadjusted valid (U)</source>
            <translation>Válidas sin ajustar (U)</translation>
        </message>
        <message>
            <source>Factor (f = N / n)</source>
            <translation>Factor (f = N / n)</translation>
        </message>
        <message>
            <source>Weight of a duplicate (w)</source>
            <translation>Peso de un duplicado (w)</translation>
        </message>
        <message>
            <source>Duplicate penalty (E)</source>
            <translation>Descuento por duplicados (E)</translation>
        </message>
        <message>
            <source>Projected valid (U − E)</source>
            <translation>Válidas proyectadas (U − E)</translation>
        </message>
        <message>
            <source>Against {required} required: {verdict}</source>
            <translation>Frente a {required} requeridas: {verdict}</translation>
        </message>
        <message>
            <source>Drew sample {id}: {size} of {raw} raw signatures (seed {seed}).</source>
            <translation>Se sacó la muestra {id}: {size} de {raw} firmas brutas (semilla {seed}).</translation>
        </message>
        <message>
            <source>{id}: drawn {at} UTC by {by}, {size} of {raw} raw (seed {seed}), {checked} checked {note}</source>
            <translation>{id}: sacada el {at} UTC por {by}, {size} de {raw} brutas (semilla {seed}), {checked} revisadas {note}</translation>
        </message>
        <message>
            <source>No samples drawn yet: recalldesk sample draw</source>
            <translation>Aún no se ha sacado ninguna muestra: recalldesk sample draw</translation>
        </message>
        <message>
            <source>Recorded %Ln result(s).</source>
            <translation>Resultados registrados: %Ln.</translation>
        </message>
        <message>
            <source>Wrote {path} ({n} lines to look up).</source>
            <translation>Se escribió {path} ({n} líneas por buscar).</translation>
        </message>
        <message>
            <source>Read {read} result(s); {changed} new or changed.</source>
            <translation>Resultados leídos: {read}; nuevos o cambiados: {changed}.</translation>
        </message>
        <message>
            <source>{found} is not a result; one of: {choices}</source>
            <translation>{found} no es un resultado; use uno de estos: {choices}</translation>
        </message>
        <message>
            <source>Sample {id}: {checked} of {size} checked, {valid} valid, {dups} signed more than once.</source>
            <translation>Muestra {id}: {checked} de {size} revisadas, {valid} válidas, {dups} firmaron más de una vez.</translation>
        </message>
        <message>
            <source>No results yet: nothing to project.</source>
            <translation>Aún no hay resultados: no hay nada que proyectar.</translation>
        </message>
        <message>
            <source>Validity {p}% → {projected} projected valid of {raw} raw ({outcome}).</source>
            <translation>Validez {p}% → {projected} válidas proyectadas de {raw} brutas ({outcome}).</translation>
        </message>
        <message>
            <source>to qualify</source>
            <translation>para calificar</translation>
        </message>
        <message>
            <source>for a full count</source>
            <translation>para un recuento total</translation>
        </message>
        <message>
            <source>Valid signatures needed in this sample {label}: {n}</source>
            <translation>Firmas válidas necesarias en esta muestra {label}: {n}</translation>
        </message>
        <message>
            <source>out of reach</source>
            <translation>fuera de alcance</translation>
        </message>
        <message>
            <source>Office {office} may log sections {first} to {last}.</source>
            <translation>La oficina {office} puede registrar las secciones de la {first} a la {last}.</translation>
        </message>
        <message>
            <source>No serial ranges issued: any serial merges.</source>
            <translation>No se han asignado rangos de números de serie: al combinar se acepta cualquier número de serie.</translation>
        </message>
        <message>
            <source>{folder} is not a folder.</source>
            <translation>{folder} no es una carpeta.</translation>
        </message>
        <message>
            <source>Writing rows</source>
            <translation>Escribiendo filas</translation>
        </message>
        <message>
            <source>Nothing new since packet {sequence}: no packet written.</source>
            <translation>Nada nuevo desde el paquete {sequence}: no se escribió ningún paquete.</translation>
        </message>
        <message>
            <source>full packet</source>
            <translation>paquete completo</translation>
        </message>
        <message>
            <source>packet</source>
            <translation>paquete</translation>
        </message>
        <message>
            <source>Wrote {kind} {sequence} ({rows} rows: {sheets}) to {path} in {seconds} s</source>
            <translation>Se escribió el {kind} {sequence} ({rows} filas: {sheets}) en {path} en {seconds} s</translation>
        </message>
        <message>
            <source>recalldesk: central digest not imported: {why}</source>
            <translation>recalldesk: no se importó el resumen de la central: {why}</translation>
        </message>
        <message>
            <source>Merging rows</source>
            <translation>Combinando filas</translation>
        </message>
        <message>
            <source>Wrote {path} (%Ln decision(s) about office {office}'s lines)</source>
            <translation>Se escribió {path} (decisiones sobre las líneas de la oficina {office}: %Ln)</translation>
        </message>
        <message>
            <source>No office has sent a packet yet: no digest written.</source>
            <translation>Ninguna oficina ha enviado un paquete todavía: no se escribió ningún resumen.</translation>
        </message>
        <message>
            <source>Conflict {id} resolved: kept the {kept} record.</source>
            <translation>Conflicto {id} resuelto: se conservó el registro {kept}.</translation>
        </message>
        <message>
            <source>No open merge conflicts.</source>
            <translation>No hay conflictos de combinación abiertos.</translation>
        </message>
        <message>
            <source>superseded by a newer version</source>
            <translation>reemplazado por una versión más reciente</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>    {column}: stored {stored}, incoming {incoming}</source>
            <translation>    {column}: guardado {stored}, entrante {incoming}</translation>
        </message>
        <message>
            <source>Recorded: {line} and {other} are different people.</source>
            <translation>Registrado: {line} y {other} son personas distintas.</translation>
        </message>
        <message>
            <source>Recorded: {line} and {other} are the same signer.</source>
            <translation>Registrado: {line} y {other} son el mismo firmante.</translation>
        </message>
        <message>
            <source>This office may now hold a copy of the voter file.</source>
            <translation>Esta oficina ahora puede tener una copia del padrón electoral.</translation>
        </message>
        <message>
            <source>This office holds no copy of the voter file.</source>
            <translation>Esta oficina no tiene ninguna copia del padrón electoral.</translation>
        </message>
        <message>
            <source>Removed {voters} voters and {verdicts} predicted verdicts; the files' provenance and the audit of the purge are kept.</source>
            <translation>Se eliminaron {voters} votantes y {verdicts} veredictos previstos; se conservan la procedencia de los archivos y la auditoría de la purga.</translation>
        </message>
        <message>
            <source>Matching lines</source>
            <translation>Cotejando líneas</translation>
        </message>
        <message>
            <source>Matched {n} lines against the voter file in {seconds} s.</source>
            <translation>Se cotejaron {n} líneas con el padrón electoral en {seconds} s.</translation>
        </message>
        <message>
            <source>Reading voters</source>
            <translation>Leyendo votantes</translation>
        </message>
        <message>
            <source>Imported {n} voters from {name} ({refused} rows refused).</source>
            <translation>Se importaron {n} votantes de {name} ({refused} filas rechazadas).</translation>
        </message>
        <message>
            <source>  line {line}: {what}</source>
            <translation>  línea {line}: {what}</translation>
        </message>
        <message>
            <source>{mark} {name}: {rows} voters, {refused} refused; received {received}, imported {at} UTC by {by}; {size} bytes, SHA-256 {sha}</source>
            <translation>{mark} {name}: {rows} votantes, {refused} rechazados; recibido el {received}, importado el {at} UTC por {by}; {size} bytes, SHA-256 {sha}</translation>
        </message>
        <message>
            <source>No voter file imported yet: recalldesk voters import FILE</source>
            <translation>Aún no se ha importado ningún padrón electoral: recalldesk voters import FILE</translation>
        </message>
        <message>
            <source>{text} is not a date (YYYY-MM-DD)</source>
            <translation>{text} no es una fecha (AAAA-MM-DD)</translation>
        </message>
    </context>
    <context>
        <name>CliHelp</name>
        <message>
            <source>Key, check, export and project recall petition signatures. With no command, opens the desktop app.</source>
            <translation>Capturar, verificar, exportar y proyectar las firmas de una petición de revocación. Sin ningún comando, abre la aplicación de escritorio.</translation>
        </message>
        <message>
            <source>use DIR for the campaign database (default: the local app-data folder; also $RECALLDESK_DATA_DIR)</source>
            <translation>usar DIR para la base de datos de la campaña (predeterminado: la carpeta local de datos de la aplicación; también $RECALLDESK_DATA_DIR)</translation>
        </message>
        <message>
            <source>set up a new database: campaign, office, operator</source>
            <translation>crear una base de datos nueva: campaña, oficina, operador</translation>
        </message>
        <message>
            <source>this office's code</source>
            <translation>el código de esta oficina</translation>
        </message>
        <message>
            <source>this office's name</source>
            <translation>el nombre de esta oficina</translation>
        </message>
        <message>
            <source>the first operator: the office's lead (central's coordinator); their password is typed, or read from $RECALLDESK_NEW_PIN</source>
            <translation>el primer operador: el responsable de la oficina (en la central, el coordinador); su contraseña se escribe o se lee de $RECALLDESK_NEW_PIN</translation>
        </message>
        <message>
            <source>the central office's database</source>
            <translation>la base de datos de la oficina central</translation>
        </message>
        <message>
            <source>ask for the campaign's shared key (typed, or read from $RECALLDESK_CAMPAIGN_KEY; never written on the command line)</source>
            <translation>pedir la clave compartida de la campaña (se escribe o se lee de $RECALLDESK_CAMPAIGN_KEY; nunca se pone en la línea de comandos)</translation>
        </message>
        <message>
            <source>default: the LA 2022 recall</source>
            <translation>predeterminado: la revocación de Los Ángeles de 2022</translation>
        </message>
        <message>
            <source>the county (default Los Angeles)</source>
            <translation>el condado (predeterminado: Los Angeles)</translation>
        </message>
        <message>
            <source>valid signatures required</source>
            <translation>firmas válidas requeridas</translation>
        </message>
        <message>
            <source>petition approval date</source>
            <translation>fecha de aprobación de la petición</translation>
        </message>
        <message>
            <source>filing deadline</source>
            <translation>fecha límite de presentación</translation>
        </message>
        <message>
            <source>fill an empty database with a synthetic LA County drive</source>
            <translation>llenar una base de datos vacía con una campaña de firmas ficticia del condado de Los Ángeles</translation>
        </message>
        <message>
            <source>signature lines (default 20,000)</source>
            <translation>líneas de firma (predeterminado: 20,000)</translation>
        </message>
        <message>
            <source>field offices (default 8)</source>
            <translation>oficinas de campo (predeterminado: 8)</translation>
        </message>
        <message>
            <source>random seed (default 2022)</source>
            <translation>semilla aleatoria (predeterminado: 2022)</translation>
        </message>
        <message>
            <source>as the central office's master (samples, merge)</source>
            <translation>como base maestra de la oficina central (muestras, combinación)</translation>
        </message>
        <message>
            <source>also write the synthetic voter file the drive was signed from (and its truth)</source>
            <translation>escribir también el padrón electoral ficticio del que salieron los firmantes de la campaña (y sus respuestas correctas)</translation>
        </message>
        <message>
            <source>voters in that file (default: 6.3 per line, 5.7 million for 900,000 lines)</source>
            <translation>votantes en ese padrón (predeterminado: 6.3 por línea, 5.7 millones para 900,000 líneas)</translation>
        </message>
        <message>
            <source>name nobody who may sign in (else the first operator is the lead, and their password is typed, or read from $RECALLDESK_NEW_PIN)</source>
            <translation>no designar a nadie que pueda iniciar sesión (si no, el primer operador es el responsable y su contraseña se escribe o se lee de $RECALLDESK_NEW_PIN)</translation>
        </message>
        <message>
            <source>write the campaign workbook (.xlsx)</source>
            <translation>generar el libro de Excel de la campaña (.xlsx)</translation>
        </message>
        <message>
            <source>where to write it</source>
            <translation>dónde guardarlo</translation>
        </message>
        <message>
            <source>protect it with a password Excel asks for (typed, or $RECALLDESK_PASSWORD)</source>
            <translation>protegerlo con una contraseña que Excel pedirá (se escribe o se toma de $RECALLDESK_PASSWORD)</translation>
        </message>
        <message>
            <source>where the data lives and what it holds</source>
            <translation>dónde están los datos y qué contienen</translation>
        </message>
        <message>
            <source>also run an integrity check</source>
            <translation>hacer también una comprobación de integridad</translation>
        </message>
        <message>
            <source>take a backup of the database now</source>
            <translation>hacer ahora una copia de seguridad de la base de datos</translation>
        </message>
        <message>
            <source>from now on keep N rotating backups (default 10)</source>
            <translation>de ahora en adelante, conservar N copias de seguridad rotativas (predeterminado: 10)</translation>
        </message>
        <message>
            <source>list the backups, or put one in place of the database</source>
            <translation>listar las copias de seguridad o poner una en lugar de la base de datos</translation>
        </message>
        <message>
            <source>the backup to restore</source>
            <translation>la copia de seguridad que se va a restaurar</translation>
        </message>
        <message>
            <source>restore the newest backup</source>
            <translation>restaurar la copia de seguridad más reciente</translation>
        </message>
        <message>
            <source>who signs in to do it (default: $RECALLDESK_OPERATOR, or the only one who may)</source>
            <translation>quién inicia sesión para hacerlo (predeterminado: $RECALLDESK_OPERATOR, o la única persona que puede)</translation>
        </message>
        <message>
            <source>show this help message and exit</source>
            <translation>mostrar este mensaje de ayuda y salir</translation>
        </message>
        <message>
            <source>show program's version number and exit</source>
            <translation>mostrar el número de versión del programa y salir</translation>
        </message>
        <message>
            <source>usage: </source>
            <translation>uso: </translation>
        </message>
        <message>
            <source>options</source>
            <translation>opciones</translation>
        </message>
        <message>
            <source>positional arguments</source>
            <translation>argumentos posicionales</translation>
        </message>
        <message>
            <source>find people who signed twice; list and settle the review queue</source>
            <translation>encontrar a las personas que firmaron dos veces; listar y resolver la cola de revisión</translation>
        </message>
        <message>
            <source>compare every line from scratch</source>
            <translation>comparar todas las líneas desde cero</translation>
        </message>
        <message>
            <source>print the open groups, best first</source>
            <translation>mostrar los grupos abiertos, los de mayor puntuación primero</translation>
        </message>
        <message>
            <source>with --list: groups with a line of CODE</source>
            <translation>con --list: los grupos que tienen una línea de CODE</translation>
        </message>
        <message>
            <source>one signer: the first counts</source>
            <translation>un solo firmante: cuenta la primera línea</translation>
        </message>
        <message>
            <source>different people</source>
            <translation>personas distintas</translation>
        </message>
        <message>
            <source>take a decision back</source>
            <translation>deshacer una decisión</translation>
        </message>
        <message>
            <source>confirm every likely group</source>
            <translation>confirmar todos los grupos probables</translation>
        </message>
        <message>
            <source>act as this operator</source>
            <translation>actuar como este operador</translation>
        </message>
        <message>
            <source>this computer's signing key and the keys it trusts</source>
            <translation>la clave de firma de esta computadora y las claves en las que confía</translation>
        </message>
        <message>
            <source>who is acting (default: first operator)</source>
            <translation>quién actúa (predeterminado: el primer operador)</translation>
        </message>
        <message>
            <source>this key's fingerprint and every key trusted</source>
            <translation>la huella digital de esta clave y todas las claves de confianza</translation>
        </message>
        <message>
            <source>make this computer's signing key (asks a password)</source>
            <translation>crear la clave de firma de este equipo (pide una contraseña)</translation>
        </message>
        <message>
            <source>write this key's enrollment file</source>
            <translation>escribir el archivo de registro de esta clave</translation>
        </message>
        <message>
            <source>trust the key in an enrollment file</source>
            <translation>confiar en la clave de un archivo de registro de clave</translation>
        </message>
        <message>
            <source>the fingerprint the other side read to you</source>
            <translation>la huella digital que le leyó la otra parte</translation>
        </message>
        <message>
            <source>stop trusting an office's key</source>
            <translation>dejar de confiar en la clave de una oficina</translation>
        </message>
        <message>
            <source>central: refuse unsigned packets (or not)</source>
            <translation>central: rechazar los paquetes sin firma (o no)</translation>
        </message>
        <message>
            <source>who may sign in here, as volunteer, lead or coordinator</source>
            <translation>quién puede iniciar sesión aquí, como voluntario, responsable o coordinador</translation>
        </message>
        <message>
            <source>every operator and their role (the default)</source>
            <translation>todos los operadores y su rol (acción predeterminada)</translation>
        </message>
        <message>
            <source>name the first lead of a database nobody may sign in to yet</source>
            <translation>nombrar al primer responsable de una base de datos en la que aún nadie puede iniciar sesión</translation>
        </message>
        <message>
            <source>a lead adds an operator (the new PIN is typed)</source>
            <translation>un responsable agrega un operador (se escribe el PIN nuevo)</translation>
        </message>
        <message>
            <source>default: volunteer</source>
            <translation>predeterminado: volunteer</translation>
        </message>
        <message>
            <source>a lead sets an operator's new PIN (lifts a lockout)</source>
            <translation>un responsable asigna un PIN nuevo a un operador (quita el bloqueo)</translation>
        </message>
        <message>
            <source>a lead changes an operator's role</source>
            <translation>un responsable cambia el rol de un operador</translation>
        </message>
        <message>
            <source>an operator may no longer sign in here</source>
            <translation>un operador ya no puede iniciar sesión aquí</translation>
        </message>
        <message>
            <source>minutes without a key before the app locks</source>
            <translation>minutos sin pulsar ninguna tecla antes de que la aplicación se bloquee</translation>
        </message>
        <message>
            <source>at the end of the drive: remove the signers' names and addresses</source>
            <translation>al final de la campaña de firmas: eliminar los nombres y domicilios de los firmantes</translation>
        </message>
        <message>
            <source>do it (without: say what it removes)</source>
            <translation>hacerlo (sin esta opción: solo indica lo que eliminaría)</translation>
        </message>
        <message>
            <source>print progress against the requirement</source>
            <translation>mostrar el avance frente a las firmas requeridas</translation>
        </message>
        <message>
            <source>machine-readable output</source>
            <translation>salida legible por máquina</translation>
        </message>
        <message>
            <source>count days left from this date</source>
            <translation>contar los días restantes a partir de esta fecha</translation>
        </message>
        <message>
            <source>write the one-page report as PDF</source>
            <translation>guardar el informe de una página en PDF</translation>
        </message>
        <message>
            <source>the registrar's projection from a sample's results</source>
            <translation>la proyección del Registro de Votantes a partir de los resultados de una muestra</translation>
        </message>
        <message>
            <source>raw signatures filed (N)</source>
            <translation>firmas brutas presentadas (N)</translation>
        </message>
        <message>
            <source>sample size (n)</source>
            <translation>tamaño de la muestra (n)</translation>
        </message>
        <message>
            <source>valid in the sample (V)</source>
            <translation>válidas en la muestra (V)</translation>
        </message>
        <message>
            <source>duplicates in the sample (D)</source>
            <translation>duplicadas en la muestra (D)</translation>
        </message>
        <message>
            <source>draw the campaign's random sample, record, project</source>
            <translation>sacar la muestra aleatoria de la campaña, registrar resultados, proyectar</translation>
        </message>
        <message>
            <source>draw a sample of the raw signatures</source>
            <translation>sacar una muestra de las firmas brutas</translation>
        </message>
        <message>
            <source>default: max(500, 5%%) of raw</source>
            <translation>predeterminado: max(500, 5%%) de las brutas</translation>
        </message>
        <message>
            <source>reproduce an earlier draw</source>
            <translation>reproducir una muestra sacada antes</translation>
        </message>
        <message>
            <source>a note kept with the draw</source>
            <translation>una nota que se guarda con la muestra</translation>
        </message>
        <message>
            <source>the draws, latest first</source>
            <translation>las muestras sacadas, de la más reciente a la más antigua</translation>
        </message>
        <message>
            <source>write the volunteers' look-up workbook</source>
            <translation>escribir el libro de búsqueda para los voluntarios</translation>
        </message>
        <message>
            <source>read a filled-in checklist (all or nothing)</source>
            <translation>leer una lista de revisión ya llenada (todo o nada)</translation>
        </message>
        <message>
            <source>record one result by hand</source>
            <translation>registrar un resultado a mano</translation>
        </message>
        <message>
            <source>what a draw's results project</source>
            <translation>lo que proyectan los resultados de una muestra</translation>
        </message>
        <message>
            <source>default: the latest draw</source>
            <translation>predeterminado: la muestra más reciente</translation>
        </message>
        <message>
            <source>central: the section serial ranges of each office</source>
            <translation>central: los rangos de números de serie de sección de cada oficina</translation>
        </message>
        <message>
            <source>every range issued</source>
            <translation>todos los rangos asignados</translation>
        </message>
        <message>
            <source>give an office a range of serials</source>
            <translation>asignar a una oficina un rango de números de serie</translation>
        </message>
        <message>
            <source>act as this operator (default: the office's first operator)</source>
            <translation>actuar como este operador (predeterminado: el primer operador de la oficina)</translation>
        </message>
        <message>
            <source>office: write the next sync packet; import the newest central digest</source>
            <translation>oficina: escribir el siguiente paquete de sincronización; importar el resumen más reciente de la central</translation>
        </message>
        <message>
            <source>every record, not only changes</source>
            <translation>todos los registros, no solo los cambios</translation>
        </message>
        <message>
            <source>this computer was restored from a backup (central refused its packet numbers as reused): restart the numbering and send everything</source>
            <translation>este equipo se restauró desde una copia de seguridad (la central rechazó sus números de paquete por repetidos): reiniciar la numeración y enviar todo</translation>
        </message>
        <message>
            <source>where to look for central's digest (default: the --to folder)</source>
            <translation>dónde buscar el resumen de la central (predeterminado: la carpeta de --to)</translation>
        </message>
        <message>
            <source>central: merge office packets into this database</source>
            <translation>central: combinar los paquetes de las oficinas en esta base de datos</translation>
        </message>
        <message>
            <source>central: write each office's digest</source>
            <translation>central: escribir el resumen de cada oficina</translation>
        </message>
        <message>
            <source>where to write them</source>
            <translation>dónde escribirlos</translation>
        </message>
        <message>
            <source>only this office</source>
            <translation>solo esta oficina</translation>
        </message>
        <message>
            <source>office: import one central digest file</source>
            <translation>oficina: importar un archivo de resumen de la central</translation>
        </message>
        <message>
            <source>central: list or resolve merge conflicts</source>
            <translation>central: listar o resolver conflictos de combinación</translation>
        </message>
        <message>
            <source>resolved ones too</source>
            <translation>también los resueltos</translation>
        </message>
        <message>
            <source>resolve conflict ID</source>
            <translation>resolver el conflicto ID</translation>
        </message>
        <message>
            <source>which record to keep (default local)</source>
            <translation>qué registro conservar (predeterminado: local)</translation>
        </message>
        <message>
            <source>central: record that two lines are the same signer</source>
            <translation>central: registrar que dos líneas son del mismo firmante</translation>
        </message>
        <message>
            <source>they are different people</source>
            <translation>son personas distintas</translation>
        </message>
        <message>
            <source>the county voter file (central office)</source>
            <translation>el padrón electoral del condado (oficina central)</translation>
        </message>
        <message>
            <source>read a voter file (the demo layout preset)</source>
            <translation>leer un padrón electoral (con la plantilla de formato de demostración)</translation>
        </message>
        <message>
            <source>the day the file was received</source>
            <translation>el día en que se recibió el archivo</translation>
        </message>
        <message>
            <source>the files imported, with their provenance</source>
            <translation>los archivos importados, con su procedencia</translation>
        </message>
        <message>
            <source>predict each line's verdict from the voter file</source>
            <translation>prever con el padrón electoral el veredicto de cada línea</translation>
        </message>
        <message>
            <source>every line, not only new ones</source>
            <translation>todas las líneas, no solo las nuevas</translation>
        </message>
        <message>
            <source>let this field office hold a copy (or not)</source>
            <translation>permitir (o no) que esta oficina de campo tenga una copia</translation>
        </message>
        <message>
            <source>remove the voters and every predicted verdict</source>
            <translation>eliminar los votantes y todos los veredictos previstos</translation>
        </message>
    </context>
    <context>
        <name>Export</name>
        <message>
            <source>Section UUID</source>
            <translation>UUID de la sección</translation>
        </message>
        <message>
            <source>Serial</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Circulator</source>
            <translation>Circulador</translation>
        </message>
        <message>
            <source>Circulator address</source>
            <translation>Dirección del circulador</translation>
        </message>
        <message>
            <source>Declared lines</source>
            <translation>Líneas declaradas</translation>
        </message>
        <message>
            <source>Keyed lines</source>
            <translation>Líneas capturadas</translation>
        </message>
        <message>
            <source>Circulated from</source>
            <translation>Circulada desde</translation>
        </message>
        <message>
            <source>Circulated to</source>
            <translation>Circulada hasta</translation>
        </message>
        <message>
            <source>Declaration signed</source>
            <translation>Declaración firmada</translation>
        </message>
        <message>
            <source>Declaration dated</source>
            <translation>Declaración fechada</translation>
        </message>
        <message>
            <source>Declaration place</source>
            <translation>Lugar en la declaración</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Void or at risk</source>
            <translation>Nula o en riesgo</translation>
        </message>
        <message>
            <source>Why totals differ</source>
            <translation>Por qué no coinciden los totales</translation>
        </message>
        <message>
            <source>Version</source>
            <translation>Versión</translation>
        </message>
        <message>
            <source>Updated (UTC)</source>
            <translation>Actualizada (UTC)</translation>
        </message>
        <message>
            <source>Line UUID</source>
            <translation>UUID de la línea</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>Street no.</source>
            <translation>Núm.</translation>
        </message>
        <message>
            <source>Street</source>
            <translation>Calle</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Depto.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>ZIP</source>
            <translation>ZIP</translation>
        </message>
        <message>
            <source>Signed</source>
            <translation>Firmada</translation>
        </message>
        <message>
            <source>Mark</source>
            <translation>Marca</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Keyed by</source>
            <translation>Capturada por</translation>
        </message>
        <message>
            <source>Keyed at (UTC)</source>
            <translation>Capturada el (UTC)</translation>
        </message>
        <message>
            <source>Jurisdiction</source>
            <translation>Jurisdicción</translation>
        </message>
        <message>
            <source>Workbook of</source>
            <translation>Libro de</translation>
        </message>
        <message>
            <source>this database</source>
            <translation>esta base de datos</translation>
        </message>
        <message>
            <source>Generated</source>
            <translation>Generado</translation>
        </message>
        <message>
            <source>RecallDesk version</source>
            <translation>Versión de RecallDesk</translation>
        </message>
        <message>
            <source>Progress against the requirement</source>
            <translation>Avance frente al requisito</translation>
        </message>
        <message>
            <source>Valid signatures required</source>
            <translation>Firmas válidas requeridas</translation>
        </message>
        <message>
            <source>Filing deadline</source>
            <translation>Fecha límite de presentación</translation>
        </message>
        <message>
            <source>Days to the deadline</source>
            <translation>Días hasta la fecha límite</translation>
        </message>
        <message>
            <source>Lines keyed</source>
            <translation>Líneas capturadas</translation>
        </message>
        <message>
            <source>Blank or struck lines (not signatures)</source>
            <translation>Líneas en blanco o tachadas (no son firmas)</translation>
        </message>
        <message>
            <source>Raw signatures</source>
            <translation>Firmas brutas</translation>
        </message>
        <message>
            <source>Signatures our checks rule out</source>
            <translation>Firmas descartadas por nuestras revisiones</translation>
        </message>
        <message>
            <source>Other signatures on void or at-risk sections</source>
            <translation>Otras firmas en secciones nulas o en riesgo</translation>
        </message>
        <message>
            <source>Signed more than once (confirmed repeats, not counted)</source>
            <translation>Firmaron más de una vez (repeticiones confirmadas, no se cuentan)</translation>
        </message>
        <message>
            <source>Clean signatures</source>
            <translation>Firmas limpias</translation>
        </message>
        <message>
            <source>Estimated valid (conservative)</source>
            <translation>Válidas estimadas (cálculo conservador)</translation>
        </message>
        <message>
            <source>Estimated share of the requirement</source>
            <translation>Proporción estimada del requisito</translation>
        </message>
        <message>
            <source>not reachable: no clean signatures yet</source>
            <translation>inalcanzable: aún no hay firmas limpias</translation>
        </message>
        <message>
            <source>Raw signatures needed at this rate</source>
            <translation>Firmas brutas necesarias a esta tasa</translation>
        </message>
        <message>
            <source>Raw signatures still needed</source>
            <translation>Firmas brutas que aún faltan</translation>
        </message>
        <message>
            <source>Registrar's random sample at this raw count</source>
            <translation>Muestra aleatoria del Registro de Votantes con este número de firmas brutas</translation>
        </message>
        <message>
            <source>The estimate applies the campaign's assumed validity ({validity}) to clean signatures only, as if the registrar's own checks (registration, signature match) were still to remove their usual share. It is deliberately low: the registrar's sample decides.</source>
            <translation>La estimación aplica la validez supuesta de la campaña ({validity}) solo a las firmas limpias, como si las revisiones del propio Registro de Votantes (registro, cotejo de firma) aún fueran a quitar su proporción habitual. Es baja a propósito: lo que decide es la muestra del Registro.</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fundamento legal</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
        <message>
            <source>Lines with problems, by code</source>
            <translation>Líneas con problemas, por código</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <source>Sections by status</source>
            <translation>Secciones por estado</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>All sections</source>
            <translation>Todas las secciones</translation>
        </message>
        <message>
            <source>Void or at-risk sections</source>
            <translation>Secciones nulas o en riesgo</translation>
        </message>
        <message>
            <source>Section problems, by code</source>
            <translation>Problemas de las secciones, por código</translation>
        </message>
        <message>
            <source>Lines keyed by day</source>
            <translation>Líneas capturadas por día</translation>
        </message>
        <message>
            <source>Keying by operator</source>
            <translation>Captura por operador</translation>
        </message>
        <message>
            <source>Keying time (h:mm)</source>
            <translation>Tiempo de captura (h:mm)</translation>
        </message>
        <message>
            <source>Lines per hour</source>
            <translation>Líneas por hora</translation>
        </message>
        <message>
            <source>Fields in error per 1,000</source>
            <translation>Campos con error por cada 1,000</translation>
        </message>
        <message>
            <source>Corrected later</source>
            <translation>Corregidas después</translation>
        </message>
        <message>
            <source>Yes</source>
            <translation>Sí</translation>
        </message>
        <message>
            <source>No</source>
            <translation>No</translation>
        </message>
    </context>
    <context>
        <name>Actions</name>
        <message>
            <source>&amp;Log a section…</source>
            <translation>&amp;Registrar una sección…</translation>
        </message>
        <message>
            <source>Log a petition section as it arrives</source>
            <translation>Registrar una sección de la petición en cuanto llega</translation>
        </message>
        <message>
            <source>&amp;Export workbook…</source>
            <translation>&amp;Exportar libro…</translation>
        </message>
        <message>
            <source>Write the campaign workbook (.xlsx) for the central office</source>
            <translation>Generar el libro de Excel de la campaña (.xlsx) para la oficina central</translation>
        </message>
        <message>
            <source>S&amp;ync to folder…</source>
            <translation>Sincroni&amp;zar con una carpeta…</translation>
        </message>
        <message>
            <source>Write this office's next packet for the central office (and take any central digest found there)</source>
            <translation>Generar el siguiente paquete de esta oficina para la oficina central (y tomar el resumen de la central que haya en la carpeta)</translation>
        </message>
        <message>
            <source>Sync e&amp;verything to folder…</source>
            <translation>Sincronizar &amp;todo con una carpeta…</translation>
        </message>
        <message>
            <source>Write a packet with everything this office holds (when central reports missing packets)</source>
            <translation>Generar un paquete con todo lo que tiene esta oficina (cuando la central avisa que faltan paquetes)</translation>
        </message>
        <message>
            <source>Sync everything again after a &amp;restore…</source>
            <translation>Sincronizar todo de &amp;nuevo tras una restauración…</translation>
        </message>
        <message>
            <source>This computer was restored from a backup: restart the packet numbering and send everything</source>
            <translation>Esta computadora se restauró desde una copia de seguridad: reiniciar la numeración de los paquetes y enviar todo</translation>
        </message>
        <message>
            <source>&amp;Merge packets…</source>
            <translation>Co&amp;mbinar paquetes…</translation>
        </message>
        <message>
            <source>Central office: merge the offices' packets</source>
            <translation>Oficina central: combinar los paquetes de las oficinas</translation>
        </message>
        <message>
            <source>Write &amp;digests…</source>
            <translation>&amp;Generar resúmenes…</translation>
        </message>
        <message>
            <source>Central office: write each office's digest of central decisions</source>
            <translation>Oficina central: generar para cada oficina el resumen de las decisiones de la central</translation>
        </message>
        <message>
            <source>Merge &amp;conflicts…</source>
            <translation>&amp;Conflictos de combinación…</translation>
        </message>
        <message>
            <source>Central office: two edits of one record, side by side</source>
            <translation>Oficina central: dos cambios a un mismo dato, uno al lado del otro</translation>
        </message>
        <message>
            <source>&amp;Possible duplicates…</source>
            <translation>&amp;Posibles duplicados…</translation>
        </message>
        <message>
            <source>People who may have signed twice: search, then confirm or dismiss</source>
            <translation>Personas que quizá firmaron dos veces: buscarlas y luego confirmar o descartar</translation>
        </message>
        <message>
            <source>Ver&amp;ification…</source>
            <translation>Ver&amp;ificación…</translation>
        </message>
        <message>
            <source>Sections keyed again, blind, by a second volunteer; settle what differs</source>
            <translation>Secciones capturadas de nuevo, a ciegas, por un segundo voluntario; resolver las diferencias</translation>
        </message>
        <message>
            <source>Operator s&amp;tatistics…</source>
            <translation>Es&amp;tadísticas de operadores…</translation>
        </message>
        <message>
            <source>Each operator's lines, keying time, speed and errors, day by day</source>
            <translation>Líneas, tiempo de captura, velocidad y errores de cada operador, día por día</translation>
        </message>
        <message>
            <source>Random &amp;sample…</source>
            <translation>Muestra &amp;aleatoria…</translation>
        </message>
        <message>
            <source>Draw the campaign's own sample as the registrar will, record what the voter roll says, and read the projection</source>
            <translation>Sacar la muestra propia de la campaña como lo hará el Registro de Votantes, anotar lo que dice el padrón electoral y consultar la proyección</translation>
        </message>
        <message>
            <source>Voter &amp;file…</source>
            <translation>Pa&amp;drón electoral…</translation>
        </message>
        <message>
            <source>Central office: import the county's voter file, predict each line's verdict from it, and settle the matches left to a person</source>
            <translation>Oficina central: importar el padrón electoral del condado, prever con él el veredicto de cada línea y resolver las coincidencias que debe decidir una persona</translation>
        </message>
        <message>
            <source>Restore from a &amp;backup…</source>
            <translation>Restaurar desde una copia de seg&amp;uridad…</translation>
        </message>
        <message>
            <source>Put a backup in place of this database (the current file is kept)</source>
            <translation>Poner una copia de seguridad en lugar de esta base de datos (el archivo actual se conserva)</translation>
        </message>
        <message>
            <source>P&amp;urge personal data…</source>
            <translation>E&amp;liminar datos personales…</translation>
        </message>
        <message>
            <source>End of the drive: remove every signer's name and address, here and in the backups, keeping the figures</source>
            <translation>Fin de la campaña de firmas: eliminar el nombre y la dirección de cada firmante, aquí y en las copias de seguridad, sin perder las cifras</translation>
        </message>
        <message>
            <source>Signing &amp;keys…</source>
            <translation>Cla&amp;ves de firma…</translation>
        </message>
        <message>
            <source>This computer's own signing key, and the keys of the offices (or central) it trusts</source>
            <translation>La clave de firma propia de esta computadora y las claves de las oficinas (o de la central) en las que confía</translation>
        </message>
        <message>
            <source>Se&amp;ttings…</source>
            <translation>Con&amp;figuración…</translation>
        </message>
        <message>
            <source>The campaign key and this computer's settings</source>
            <translation>La clave de la campaña y la configuración de esta computadora</translation>
        </message>
        <message>
            <source>&amp;Operators…</source>
            <translation>&amp;Operadores…</translation>
        </message>
        <message>
            <source>Who may sign in here, as volunteer, lead or coordinator; your own PIN</source>
            <translation>Quién puede iniciar sesión aquí, como voluntario, responsable o coordinador; su propio PIN</translation>
        </message>
        <message>
            <source>Lock and s&amp;witch operator…</source>
            <translation>&amp;Bloquear y cambiar de operador…</translation>
        </message>
        <message>
            <source>Lock the screen now; the next operator (or you) signs in with a PIN</source>
            <translation>Bloquear la pantalla ahora; el siguiente operador (o usted) inicia sesión con un PIN</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>&amp;Salir</translation>
        </message>
        <message>
            <source>Close RecallDesk</source>
            <translation>Cerrar RecallDesk</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>Undo the last saved change</source>
            <translation>Deshacer el último cambio guardado</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Redo the last undone change</source>
            <translation>Rehacer el último cambio deshecho</translation>
        </message>
        <message>
            <source>&amp;Find…</source>
            <translation>&amp;Buscar…</translation>
        </message>
        <message>
            <source>Find a section, signer or address</source>
            <translation>Buscar una sección, un firmante o una dirección</translation>
        </message>
        <message>
            <source>Save line as &amp;blank</source>
            <translation>Guardar línea en &amp;blanco</translation>
        </message>
        <message>
            <source>Nothing is written on this line</source>
            <translation>No hay nada escrito en esta línea</translation>
        </message>
        <message>
            <source>Save line as &amp;struck out</source>
            <translation>Guardar línea como &amp;tachada</translation>
        </message>
        <message>
            <source>The line is crossed out on the paper</source>
            <translation>La línea está tachada en el papel</translation>
        </message>
        <message>
            <source>Line &amp;history…</source>
            <translation>&amp;Historial de la línea…</translation>
        </message>
        <message>
            <source>Who changed this line, when, old → new</source>
            <translation>Quién cambió esta línea y cuándo, antes → después</translation>
        </message>
        <message>
            <source>&amp;Close section as keyed</source>
            <translation>&amp;Cerrar sección como capturada</translation>
        </message>
        <message>
            <source>Finish the section (control totals are checked)</source>
            <translation>Terminar la sección (se revisan los totales de control)</translation>
        </message>
        <message>
            <source>&amp;Dashboard</source>
            <translation>&amp;Panel</translation>
        </message>
        <message>
            <source>Campaign progress</source>
            <translation>Avance de la campaña</translation>
        </message>
        <message>
            <source>&amp;Sections</source>
            <translation>&amp;Secciones</translation>
        </message>
        <message>
            <source>The section list</source>
            <translation>La lista de secciones</translation>
        </message>
        <message>
            <source>&amp;Keying</source>
            <translation>&amp;Captura</translation>
        </message>
        <message>
            <source>The section being keyed</source>
            <translation>La sección que se está capturando</translation>
        </message>
        <message>
            <source>&amp;Refresh</source>
            <translation>&amp;Actualizar</translation>
        </message>
        <message>
            <source>Recount the figures</source>
            <translation>Volver a contar las cifras</translation>
        </message>
        <message>
            <source>&amp;Larger text</source>
            <translation>Texto más &amp;grande</translation>
        </message>
        <message>
            <source>Make all the text larger (kept for you)</source>
            <translation>Agrandar todo el texto (se guarda para usted)</translation>
        </message>
        <message>
            <source>S&amp;maller text</source>
            <translation>Texto más pe&amp;queño</translation>
        </message>
        <message>
            <source>Make all the text smaller (kept for you)</source>
            <translation>Achicar todo el texto (se guarda para usted)</translation>
        </message>
        <message>
            <source>&amp;Normal text size</source>
            <translation>Tamaño de texto &amp;normal</translation>
        </message>
        <message>
            <source>Text at its normal size</source>
            <translation>El texto en su tamaño normal</translation>
        </message>
        <message>
            <source>Theme: as the s&amp;ystem</source>
            <translation>Tema: como el siste&amp;ma</translation>
        </message>
        <message>
            <source>Light or dark as the computer is set (kept for you)</source>
            <translation>Claro u oscuro, según la configuración de la computadora (se guarda para usted)</translation>
        </message>
        <message>
            <source>Theme: li&amp;ght</source>
            <translation>Tema: c&amp;laro</translation>
        </message>
        <message>
            <source>Dark text on light backgrounds (kept for you)</source>
            <translation>Texto oscuro sobre fondo claro (se guarda para usted)</translation>
        </message>
        <message>
            <source>Theme: d&amp;ark</source>
            <translation>Tema: &amp;oscuro</translation>
        </message>
        <message>
            <source>Light text on dark backgrounds (kept for you)</source>
            <translation>Texto claro sobre fondo oscuro (se guarda para usted)</translation>
        </message>
        <message>
            <source>Theme: high &amp;contrast</source>
            <translation>Tema: alto cont&amp;raste</translation>
        </message>
        <message>
            <source>White and yellow on black, the strongest contrast</source>
            <translation>Blanco y amarillo sobre negro: el mayor contraste</translation>
        </message>
        <message>
            <source>&amp;Keys and guide</source>
            <translation>&amp;Teclas y guía</translation>
        </message>
        <message>
            <source>The keying keys and a short guide</source>
            <translation>Las teclas de captura y una guía breve</translation>
        </message>
        <message>
            <source>&amp;About RecallDesk</source>
            <translation>&amp;Acerca de RecallDesk</translation>
        </message>
        <message>
            <source>Version and data folder</source>
            <translation>Versión y carpeta de datos</translation>
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
            <source>&amp;Line</source>
            <translation>&amp;Línea</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>&amp;Ver</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>Ay&amp;uda</translation>
        </message>
    </context>
    <context>
        <name>BreakdownModel</name>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>Raw signatures</source>
            <translation>Firmas brutas</translation>
        </message>
        <message>
            <source>Ruled out</source>
            <translation>Descartadas</translation>
        </message>
        <message>
            <source>Problem rate</source>
            <translation>Tasa de problemas</translation>
        </message>
        <message>
            <source>Signed more than once</source>
            <translation>Firmaron más de una vez</translation>
        </message>
        <message>
            <source>Sample checked</source>
            <translation>Revisadas en la muestra</translation>
        </message>
        <message>
            <source>Sample validity</source>
            <translation>Validez en la muestra</translation>
        </message>
        <message>
            <source>Commonest problems</source>
            <translation>Problemas más comunes</translation>
        </message>
        <message>
            <source>(no circulator recorded)</source>
            <translation>(sin circulador registrado)</translation>
        </message>
        <message>
            <source>Far from the rest: more than three standard errors beyond everyone else's rate.</source>
            <translation>Se aleja del resto: está a más de tres errores estándar de la tasa de todos los demás.</translation>
        </message>
    </context>
    <context>
        <name>BreakdownView</name>
        <message>
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <source>By office</source>
            <translation>Por oficina</translation>
        </message>
        <message>
            <source>By circulator</source>
            <translation>Por circulador</translation>
        </message>
        <message>
            <source>E&amp;xport to Excel…</source>
            <translation>E&amp;xportar a Excel…</translation>
        </message>
        <message>
            <source>Figures by office or circulator</source>
            <translation>Cifras por oficina o circulador</translation>
        </message>
        <message>
            <source>⚠ stands out: a problem rate above, or a sample validity below, everyone else's by more than {z:.0f} standard errors (with at least {n} lines).</source>
            <translation>⚠ destaca: su tasa de problemas está por encima, o su validez en la muestra por debajo, de la de todos los demás por más de {z:.0f} errores estándar (con al menos {n} líneas).</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>{n} groups, {flagged} standing out</source>
            <translation>{n} grupos; destacan: {flagged}</translation>
        </message>
        <message>
            <source>Export the table</source>
            <translation>Exportar la tabla</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote {path}</source>
            <translation>Se escribió {path}</translation>
        </message>
    </context>
    <context>
        <name>ConflictsDialog</name>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Operator</source>
            <translation>Operador</translation>
        </message>
        <message>
            <source>Circulator</source>
            <translation>Circulador</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Section {serial}, line {line}</source>
            <translation>Sección {serial}, línea {line}</translation>
        </message>
        <message>
            <source>Section {serial}</source>
            <translation>Sección {serial}</translation>
        </message>
        <message>
            <source>A newer version has arrived since: this conflict no longer decides anything.</source>
            <translation>Desde entonces llegó una versión más reciente: este conflicto ya no decide nada.</translation>
        </message>
        <message>
            <source>the version kept here</source>
            <translation>la versión guardada aquí</translation>
        </message>
        <message>
            <source>the incoming version</source>
            <translation>la versión entrante</translation>
        </message>
        <message>
            <source>Settled by {who} on {when}: {kept}.</source>
            <translation>Resuelto por {who} el {when}: {kept}.</translation>
        </message>
        <message>
            <source>Kept here (changed {when})</source>
            <translation>Guardada aquí (cambiada el {when})</translation>
        </message>
        <message>
            <source>Incoming from office {office} (changed {when}; received {received})</source>
            <translation>Entrante de la oficina {office} (cambiada el {when}; recibida el {received})</translation>
        </message>
        <message>
            <source>{what}: two different edits of version {version}, from packet {file}</source>
            <translation>{what}: dos cambios distintos de la versión {version}, del paquete {file}</translation>
        </message>
        <message>
            <source>Field</source>
            <translation>Campo</translation>
        </message>
        <message>
            <source>Merge conflicts</source>
            <translation>Conflictos de combinación</translation>
        </message>
        <message>
            <source>Conflicts</source>
            <translation>Conflictos</translation>
        </message>
        <message>
            <source>The two versions</source>
            <translation>Las dos versiones</translation>
        </message>
        <message>
            <source>Keep the version &amp;here</source>
            <translation>Conservar la versión de &amp;aquí</translation>
        </message>
        <message>
            <source>Take the &amp;incoming version</source>
            <translation>Tomar la versión &amp;entrante</translation>
        </message>
        <message>
            <source>Take &amp;back the choice</source>
            <translation>&amp;Deshacer la elección</translation>
        </message>
        <message>
            <source>Show &amp;settled conflicts</source>
            <translation>Mostrar conflictos re&amp;sueltos</translation>
        </message>
        <message>
            <source>(settled)</source>
            <translation>(resuelto)</translation>
        </message>
        <message>
            <source>{what} — from office {office} — %Ln field(s) differ</source>
            <translation>{what} — de la oficina {office} — campos distintos: %Ln</translation>
        </message>
        <message>
            <source>%Ln open conflict(s)</source>
            <translation>Conflictos abiertos: %Ln</translation>
        </message>
        <message>
            <source>No open conflicts.</source>
            <translation>No hay conflictos abiertos.</translation>
        </message>
        <message>
            <source>Settle the conflict?</source>
            <translation>¿Resolver el conflicto?</translation>
        </message>
        <message>
            <source>Keep {side} of {what}? The choice is recorded with your name and can be taken back.</source>
            <translation>¿Conservar {side} de {what}? La elección queda registrada con su nombre y se puede deshacer.</translation>
        </message>
    </context>
    <context>
        <name>Dashboard</name>
        <message>
            <source>Progress against the requirement</source>
            <translation>Avance frente al requisito</translation>
        </message>
        <message>
            <source>Valid signatures required</source>
            <translation>Firmas válidas requeridas</translation>
        </message>
        <message>
            <source>Filing deadline</source>
            <translation>Fecha límite de presentación</translation>
        </message>
        <message>
            <source>Lines keyed</source>
            <translation>Líneas capturadas</translation>
        </message>
        <message>
            <source>Raw signatures</source>
            <translation>Firmas brutas</translation>
        </message>
        <message>
            <source>Ruled out by our checks</source>
            <translation>Descartadas por nuestras revisiones</translation>
        </message>
        <message>
            <source>On void or at-risk sections</source>
            <translation>En secciones nulas o en riesgo</translation>
        </message>
        <message>
            <source>Signed more than once (confirmed)</source>
            <translation>Firmaron más de una vez (confirmado)</translation>
        </message>
        <message>
            <source>Clean signatures</source>
            <translation>Firmas limpias</translation>
        </message>
        <message>
            <source>Estimated valid (conservative)</source>
            <translation>Válidas estimadas (cálculo conservador)</translation>
        </message>
        <message>
            <source>Raw signatures still needed (for 110%)</source>
            <translation>Firmas brutas que aún faltan (para el 110%)</translation>
        </message>
        <message>
            <source>{label}:</source>
            <translation>{label}:</translation>
        </message>
        <message>
            <source>Estimated share of the requirement</source>
            <translation>Porcentaje estimado del requisito</translation>
        </message>
        <message>
            <source>%p% of the requirement (estimate)</source>
            <translation>%p% del requisito (estimado)</translation>
        </message>
        <message>
            <source>Lines with problems</source>
            <translation>Líneas con problemas</translation>
        </message>
        <message>
            <source>Save chart as &amp;PNG…</source>
            <translation>Guardar la gráfica como &amp;PNG…</translation>
        </message>
        <message>
            <source>Save &amp;report as PDF…</source>
            <translation>Guardar el &amp;informe en PDF…</translation>
        </message>
        <message>
            <source>One page for a leadership meeting</source>
            <translation>Una página para una reunión de la dirección de la campaña</translation>
        </message>
        <message>
            <source>Dashboard views</source>
            <translation>Vistas del panel</translation>
        </message>
        <message>
            <source>&amp;Chart</source>
            <translation>Gráfi&amp;ca</translation>
        </message>
        <message>
            <source>Lines with p&amp;roblems</source>
            <translation>Líneas con p&amp;roblemas</translation>
        </message>
        <message>
            <source>&amp;Offices and circulators</source>
            <translation>&amp;Oficinas y circuladores</translation>
        </message>
        <message>
            <source>O&amp;ffices' standing</source>
            <translation>Estado de las o&amp;ficinas</translation>
        </message>
        <message>
            <source>&amp;Voter file</source>
            <translation>Pa&amp;drón electoral</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>No campaign yet</source>
            <translation>Todavía no hay campaña</translation>
        </message>
        <message>
            <source>{jurisdiction} · figures as of {today}</source>
            <translation>{jurisdiction} · cifras al {today}</translation>
        </message>
        <message>
            <source>%Ln day(s) left</source>
            <translation>%Ln día(s) restante(s)</translation>
        </message>
        <message>
            <source>passed %Ln day(s) ago</source>
            <translation>venció hace %Ln día(s)</translation>
        </message>
        <message>
            <source>{lines} ({blank} blank or struck)</source>
            <translation>{lines} ({blank} en blanco o tachadas)</translation>
        </message>
        <message>
            <source>not reachable: no valid signatures projected yet</source>
            <translation>no se puede alcanzar: todavía no hay firmas válidas proyectadas</translation>
        </message>
        <message>
            <source>The estimate counts only clean signatures, times the campaign's assumed validity ({validity}), rounded down: the stricter reading, so the campaign never overestimates. The registrar's random sample decides.</source>
            <translation>La estimación cuenta solo las firmas limpias, multiplicadas por la validez supuesta de la campaña ({validity}) y redondeando hacia abajo: la lectura más estricta, para que la campaña nunca sobrestime. La que decide es la muestra aleatoria del Registro de Votantes.</translation>
        </message>
        <message>
            <source>Save the chart</source>
            <translation>Guardar la gráfica</translation>
        </message>
        <message>
            <source>PNG images (*.png)</source>
            <translation>Imágenes PNG (*.png)</translation>
        </message>
        <message>
            <source>Not saved</source>
            <translation>No se guardó</translation>
        </message>
        <message>
            <source>{path} could not be written.</source>
            <translation>No se pudo escribir {path}.</translation>
        </message>
        <message>
            <source>Save the report</source>
            <translation>Guardar el informe</translation>
        </message>
        <message>
            <source>PDF (*.pdf)</source>
            <translation>PDF (*.pdf)</translation>
        </message>
        <message>
            <source>The campaign's requirement: 10% of the county's registered voters for a local recall (EC 11221).</source>
            <translation>El requisito de la campaña: el 10% de los votantes registrados del condado para una revocación local (Código Electoral, art. 11221).</translation>
        </message>
        <message>
            <source>Every line keyed, blank and struck lines included.</source>
            <translation>Todas las líneas capturadas, incluidas las líneas en blanco y las tachadas.</translation>
        </message>
        <message>
            <source>Lines that are signatures (not blank or struck): what the registrar counts before checking.</source>
            <translation>Líneas que son firmas (ni en blanco ni tachadas): lo que el Registro de Votantes cuenta antes de verificar.</translation>
        </message>
        <message>
            <source>Signatures our own checks rule out (an error on the line: no signature, an address outside the county, …).</source>
            <translation>Firmas que nuestras propias revisiones descartan (un error en la línea: sin firma, una dirección fuera del condado, …).</translation>
        </message>
        <message>
            <source>Otherwise clean signatures on sections that are void or at risk (a declaration incomplete or a circulator problem).</source>
            <translation>Firmas por lo demás limpias que están en secciones nulas o en riesgo (una declaración incompleta o un problema con el circulador).</translation>
        </message>
        <message>
            <source>Second signatures of people confirmed in the Duplicates window: one of a person's signatures counts.</source>
            <translation>Segundas firmas de personas confirmadas en la ventana de duplicados: de cada persona cuenta una sola firma.</translation>
        </message>
        <message>
            <source>Raw − ruled out − on void sections − signed more than once.</source>
            <translation>Brutas − descartadas − en secciones nulas − firmaron más de una vez.</translation>
        </message>
        <message>
            <source>Clean × the campaign's assumed validity, rounded down (the registrar's checks we cannot make remove that share).</source>
            <translation>Limpias × la validez supuesta de la campaña, redondeado hacia abajo (las revisiones del Registro de Votantes que nosotros no podemos hacer quitan esa parte).</translation>
        </message>
        <message>
            <source>Raw signatures that, at the validity of the verdict above, project above 110% of the requirement, minus the raw count.</source>
            <translation>Las firmas brutas necesarias para que, con la validez del veredicto de arriba, la proyección supere el 110% del requisito, menos las firmas brutas que ya hay.</translation>
        </message>
    </context>
    <context>
        <name>Dates</name>
        <message>
            <source>d/m/yyyy</source>
            <translation>d/m/aaaa (día/mes/año)</translation>
        </message>
        <message>
            <source>m/d/yyyy</source>
            <translation>m/d/aaaa (mes/día/año)</translation>
        </message>
    </context>
    <context>
        <name>DriveChart</name>
        <message>
            <source>Signatures by day</source>
            <translation>Firmas por día</translation>
        </message>
        <message>
            <source>Raw signatures: lines that are signatures, by the day they were keyed, added up. Projected valid: raw × the validity the verdict uses. Dashed: the last seven days' daily average carried to the deadline. Bars: raw signatures keyed each day.</source>
            <translation>Firmas brutas: las líneas que son firmas, sumadas según el día en que se capturaron. Válidas proyectadas: brutas × la validez que usa la proyección. Línea punteada: el promedio diario de los últimos siete días, prolongado hasta la fecha límite. Barras: firmas brutas capturadas cada día.</translation>
        </message>
        <message>
            <source>{raw} raw signatures so far, {valid} projected valid; {required} required by {deadline}.</source>
            <translation>{raw} firmas brutas hasta ahora, {valid} válidas proyectadas; se requieren {required} para el {deadline}.</translation>
        </message>
        <message>
            <source>No signatures yet.</source>
            <translation>Aún no hay firmas.</translation>
        </message>
        <message>
            <source>required {n}</source>
            <translation>requeridas: {n}</translation>
        </message>
        <message>
            <source>{share} (qualifies above)</source>
            <translation>{share} (por encima, califica)</translation>
        </message>
        <message>
            <source>raw signatures</source>
            <translation>firmas brutas</translation>
        </message>
        <message>
            <source>projected valid</source>
            <translation>válidas proyectadas</translation>
        </message>
        <message>
            <source>- - last 7 days' pace to the deadline</source>
            <translation>- - ritmo de los últimos 7 días hasta la fecha límite</translation>
        </message>
    </context>
    <context>
        <name>Duplicates</name>
        <message>
            <source>Section, line</source>
            <translation>Sección, línea</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Circulator</source>
            <translation>Circulador</translation>
        </message>
        <message>
            <source>Keyed by</source>
            <translation>Capturada por</translation>
        </message>
        <message>
            <source>(counts)</source>
            <translation>(la que cuenta)</translation>
        </message>
        <message>
            <source>Score {score}{likely}</source>
            <translation>Puntuación {score}{likely}</translation>
        </message>
        <message>
            <source> — likely the same signer</source>
            <translation> — probablemente el mismo firmante</translation>
        </message>
        <message>
            <source>Cannot be decided from the lines</source>
            <translation>No se puede decidir con las líneas</translation>
        </message>
        <message>
            <source>confirmed as one signer</source>
            <translation>confirmado como un solo firmante</translation>
        </message>
        <message>
            <source>dismissed as different people</source>
            <translation>descartado: son personas distintas</translation>
        </message>
        <message>
            <source>Settled by {who} on {when}: {what}.</source>
            <translation>Resuelto por {who} el {when}: {what}.</translation>
        </message>
        <message>
            <source>Why:</source>
            <translation>Motivo:</translation>
        </message>
        <message>
            <source>%Ln group(s) to review</source>
            <translation>%Ln grupo(s) por revisar</translation>
        </message>
        <message>
            <source>%Ln group(s)</source>
            <translation>%Ln grupo(s)</translation>
        </message>
        <message>
            <source>Confirm %Ln likely group(s) as one signer each? Groups the lines cannot decide (a Jr beside a line without one) are left for you. Each can be reopened.</source>
            <translation>¿Confirmar %Ln grupo(s) probable(s) como un solo firmante cada uno? Los grupos que no se pueden decidir con las líneas (un Jr junto a una línea sin él) quedan para usted. Cada uno se puede reabrir.</translation>
        </message>
    </context>
    <context>
        <name>DuplicatesWindow</name>
        <message>
            <source>Possible duplicates</source>
            <translation>Posibles duplicados</translation>
        </message>
        <message>
            <source>How many groups to review</source>
            <translation>Cuántos grupos quedan por revisar</translation>
        </message>
        <message>
            <source>&amp;Search new lines</source>
            <translation>&amp;Buscar en líneas nuevas</translation>
        </message>
        <message>
            <source>Compare lines new or changed since the last search</source>
            <translation>Comparar las líneas nuevas o modificadas desde la última búsqueda</translation>
        </message>
        <message>
            <source>Search &amp;all lines</source>
            <translation>Buscar en &amp;todas las líneas</translation>
        </message>
        <message>
            <source>Which groups</source>
            <translation>Qué grupos</translation>
        </message>
        <message>
            <source>To review</source>
            <translation>Por revisar</translation>
        </message>
        <message>
            <source>Confirmed</source>
            <translation>Confirmados</translation>
        </message>
        <message>
            <source>Dismissed</source>
            <translation>Descartados</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Groups of possible duplicates, best first</source>
            <translation>Grupos de posibles duplicados, los más probables primero</translation>
        </message>
        <message>
            <source>The group's lines side by side</source>
            <translation>Las líneas del grupo, una al lado de la otra</translation>
        </message>
        <message>
            <source>&amp;Confirm: one signer (C)</source>
            <translation>&amp;Confirmar: un solo firmante (C)</translation>
        </message>
        <message>
            <source>&amp;Dismiss: different people (D)</source>
            <translation>&amp;Descartar: personas distintas (D)</translation>
        </message>
        <message>
            <source>S&amp;kip (S)</source>
            <translation>&amp;Saltar (S)</translation>
        </message>
        <message>
            <source>&amp;Reopen (R)</source>
            <translation>&amp;Reabrir (R)</translation>
        </message>
        <message>
            <source>Confirm all &amp;likely…</source>
            <translation>Confirmar todos los &amp;probables…</translation>
        </message>
        <message>
            <source>Score, best first · ✓ likely the same signer · ? the lines cannot decide</source>
            <translation>Puntuación, la más alta primero · ✓ probablemente el mismo firmante · ? las líneas no bastan para decidir</translation>
        </message>
        <message>
            <source>Every office</source>
            <translation>Todas las oficinas</translation>
        </message>
        <message>
            <source>Nothing here. Search for new lines after a merge.</source>
            <translation>No hay nada aquí. Busque líneas nuevas después de una combinación.</translation>
        </message>
        <message>
            <source>Confirm all likely groups?</source>
            <translation>¿Confirmar todos los grupos probables?</translation>
        </message>
        <message>
            <source>Comparing lines…</source>
            <translation>Comparando líneas…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Searching for duplicates</source>
            <translation>Buscando duplicados</translation>
        </message>
        <message>
            <source>(searched {lines} line(s) in {seconds} s)</source>
            <translation>(se revisaron {lines} línea(s) en {seconds} s)</translation>
        </message>
    </context>
    <context>
        <name>Errors</name>
        <message>
            <source>Something went wrong</source>
            <translation>Algo salió mal</translation>
        </message>
        <message>
            <source>RecallDesk hit an error it did not expect ({kind}). Nothing more was saved by this action; everything saved before it is safe. Please tell the campaign's technical contact what you were doing.</source>
            <translation>RecallDesk encontró un error inesperado ({kind}). Esta acción no guardó nada más; todo lo que se guardó antes está a salvo. Por favor, cuéntele al contacto técnico de la campaña qué estaba haciendo.</translation>
        </message>
    </context>
    <context>
        <name>ExchangeMenu</name>
        <message>
            <source>Today's backup is taken: {name}</source>
            <translation>Ya se hizo la copia de seguridad de hoy: {name}</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Wait for the work in progress to finish, then restore.</source>
            <translation>Espere a que termine el trabajo en curso y luego restaure.</translation>
        </message>
        <message>
            <source>The backup is restored, and RecallDesk opens it now. The file it replaced is kept as {kept}.</source>
            <translation>La copia de seguridad quedó restaurada y RecallDesk la abre ahora. El archivo que reemplazó se conserva como {kept}.</translation>
        </message>
        <message>
            <source>Folder for the central office</source>
            <translation>Carpeta para la oficina central</translation>
        </message>
        <message>
            <source>Sync everything again after a restore?</source>
            <translation>¿Sincronizar todo de nuevo después de una restauración?</translation>
        </message>
        <message>
            <source>Use this only when the central office refused this office's packet as reusing a number (the computer was restored from a backup). RecallDesk restarts its packet numbering and writes one packet with everything this office holds. Continue?</source>
            <translation>Use esto solo cuando la oficina central haya rechazado el paquete de esta oficina por repetir un número (la computadora se restauró desde una copia de seguridad). RecallDesk reinicia la numeración de sus paquetes y escribe un solo paquete con todo lo que tiene esta oficina. ¿Continuar?</translation>
        </message>
        <message>
            <source>Unlock this computer's key</source>
            <translation>Desbloquear la clave de esta computadora</translation>
        </message>
        <message>
            <source>What this computer sends is signed with its own key. Password:</source>
            <translation>Lo que envía esta computadora se firma con su propia clave. Contraseña:</translation>
        </message>
        <message>
            <source>Writing the sync packet…</source>
            <translation>Escribiendo el paquete de sincronización…</translation>
        </message>
        <message>
            <source>Folder for the offices' digests</source>
            <translation>Carpeta para los resúmenes de las oficinas</translation>
        </message>
        <message>
            <source>Writing digests…</source>
            <translation>Escribiendo los resúmenes…</translation>
        </message>
        <message>
            <source>Purge personal data</source>
            <translation>Eliminar los datos personales</translation>
        </message>
        <message>
            <source>Wait for the work in progress to finish, then purge.</source>
            <translation>Espere a que termine el trabajo en curso y luego elimine los datos.</translation>
        </message>
        <message>
            <source>Purging personal data…</source>
            <translation>Eliminando los datos personales…</translation>
        </message>
        <message>
            <source>Export campaign workbook</source>
            <translation>Exportar el libro de la campaña</translation>
        </message>
        <message>
            <source>Excel workbook (*.xlsx)</source>
            <translation>Libro de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Exporting the campaign workbook…</source>
            <translation>Exportando el libro de la campaña…</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Export</source>
            <translation>Exportar</translation>
        </message>
        <message>
            <source>Exported %Ln line(s) and {sections} sections to {path}</source>
            <translation>Se exportaron %Ln línea(s) y {sections} secciones a {path}</translation>
        </message>
        <message>
            <source>Export cancelled; no file was written.</source>
            <translation>Se canceló la exportación; no se escribió ningún archivo.</translation>
        </message>
    </context>
    <context>
        <name>FindDialog</name>
        <message>
            <source>Find</source>
            <translation>Buscar</translation>
        </message>
        <message>
            <source>Find text</source>
            <translation>Texto a buscar</translation>
        </message>
        <message>
            <source>Serial, signer (Muñoz, José) or address (1520 N Lake Ave)</source>
            <translation>Número de serie, firmante (Muñoz, José) o dirección (1520 N Lake Ave)</translation>
        </message>
        <message>
            <source>&amp;Find:</source>
            <translation>&amp;Buscar:</translation>
        </message>
        <message>
            <source>Results</source>
            <translation>Resultados</translation>
        </message>
        <message>
            <source>Section {serial}</source>
            <translation>Sección {serial}</translation>
        </message>
        <message>
            <source>{serial} line {line} — {signer}</source>
            <translation>{serial} línea {line} — {signer}</translation>
        </message>
        <message>
            <source>%Ln found</source>
            <translation>Encontrados: %Ln</translation>
        </message>
    </context>
    <context>
        <name>Help</name>
        <message>
            <source>Next field; on the last field (City), save the line and go to the next</source>
            <translation>Campo siguiente; en el último campo (Ciudad), guardar la línea y pasar a la siguiente</translation>
        </message>
        <message>
            <source>Back one field</source>
            <translation>Regresar un campo</translation>
        </message>
        <message>
            <source>Save the line now (the fields left are kept as shown)</source>
            <translation>Guardar la línea ahora (los campos restantes se guardan tal como se ven)</translation>
        </message>
        <message>
            <source>Clear the line being typed; on a saved line, leave it unchanged</source>
            <translation>Borrar la línea que se está escribiendo; en una línea guardada, dejarla sin cambios</translation>
        </message>
        <message>
            <source>Take a suggested completion (Enter or Tab alone keep only what you typed)</source>
            <translation>Aceptar la sugerencia para completar (con solo Enter o Tab se conserva únicamente lo que usted escribió)</translation>
        </message>
        <message>
            <source>Save the line as blank / as struck out</source>
            <translation>Guardar la línea como en blanco / como tachada</translation>
        </message>
        <message>
            <source>Mark the line illegible / without a signature</source>
            <translation>Marcar la línea como ilegible / sin firma</translation>
        </message>
        <message>
            <source>Previous / next line: a saved line loads for editing</source>
            <translation>Línea anterior / siguiente: una línea guardada se abre para editarla</translation>
        </message>
        <message>
            <source>Undo typing; with nothing typed, undo / redo the last saved change</source>
            <translation>Deshacer lo escrito; si no hay nada escrito, deshacer / rehacer el último cambio guardado</translation>
        </message>
        <message>
            <source>The line's history: who changed what, when</source>
            <translation>El historial de la línea: quién cambió qué y cuándo</translation>
        </message>
        <message>
            <source>Find a section, a signer or an address</source>
            <translation>Buscar una sección, un firmante o una dirección</translation>
        </message>
        <message>
            <source>Log a section as it arrives</source>
            <translation>Registrar una sección en cuanto llega</translation>
        </message>
        <message>
            <source>Close the section as keyed</source>
            <translation>Cerrar la sección como capturada</translation>
        </message>
        <message>
            <source>Dashboard / section list / keying</source>
            <translation>Panel / lista de secciones / captura</translation>
        </message>
        <message>
            <source>Central office: possible duplicates / the sample / the voter file</source>
            <translation>Oficina central: posibles duplicados / la muestra / el padrón electoral</translation>
        </message>
        <message>
            <source>Verification: key a section again, blind; then F7 / F8 take the first or the second keying (Shift: for the whole line), or type what the paper says</source>
            <translation>Verificación: volver a capturar una sección a ciegas; luego F7 / F8 toman la primera o la segunda captura (con Shift: para toda la línea), o escribir lo que dice el papel</translation>
        </message>
        <message>
            <source>Lock the screen: you type your PIN to go on, or the next volunteer signs in</source>
            <translation>Bloquear la pantalla: usted escribe su PIN para seguir, o el siguiente voluntario inicia sesión</translation>
        </message>
        <message>
            <source>This help</source>
            <translation>Esta ayuda</translation>
        </message>
        <message>
            <source>Log each section as it arrives (Ctrl+N): scan or type its serial, the circulator, the lines declared, the circulation dates and the declaration checks. A problem with the declaration shows in red at once; the section is saved flagged, never refused.</source>
            <translation>Registre cada sección en cuanto llegue (Ctrl+N): escanee o escriba su número de serie, el circulador, las líneas declaradas, las fechas de circulación y las revisiones de la declaración. Un problema con la declaración aparece en rojo de inmediato; la sección se guarda marcada, nunca se rechaza.</translation>
        </message>
        <message>
            <source>Key every line as it is on the paper. Problems never stop you: they are outlined and explained below the grid (✗ red: the registrar would not count the line; ⚠ orange: someone should look).</source>
            <translation>Capture cada línea tal como está en el papel. Los problemas nunca lo detienen: se resaltan con un recuadro y se explican debajo de la cuadrícula (✗ rojo: el Registro de Votantes no contaría la línea; ⚠ naranja: alguien debe revisarla).</translation>
        </message>
        <message>
            <source>Every line is saved the moment it is accepted. If the power fails, nothing saved is lost; the next start offers to resume where keying stopped.</source>
            <translation>Cada línea se guarda en el momento en que se acepta. Si se va la luz, no se pierde nada de lo guardado; al volver a abrir el programa, se ofrece seguir donde se quedó la captura.</translation>
        </message>
        <message>
            <source>After fixing an earlier line, keying goes back to the next line still to key. A saved line is only changed when you load it yourself (Ctrl+↑ or the grid), and the blue bar says so.</source>
            <translation>Después de corregir una línea anterior, la captura regresa a la siguiente línea que falta capturar. Una línea guardada solo cambia cuando usted mismo la abre (Ctrl+↑ o la cuadrícula), y la barra azul lo indica.</translation>
        </message>
        <message>
            <source>When the section is done, close it (Ctrl+Shift+K). If fewer or more lines were keyed than declared, say why: the reason stays with the section.</source>
            <translation>Cuando termine la sección, ciérrela (Ctrl+Shift+K). Si se capturaron menos o más líneas que las declaradas, explique por qué: el motivo queda guardado con la sección.</translation>
        </message>
        <message>
            <source>Logging a section: serial, circulator, lines declared, dates and the declaration's checks</source>
            <translation>Registrar una sección: número de serie, circulador, líneas declaradas, fechas y las revisiones de la declaración</translation>
        </message>
        <message>
            <source>Keying: the saved lines above, with what each one lacks; the line being typed below</source>
            <translation>La captura: arriba, las líneas guardadas, con lo que le falta a cada una; abajo, la línea que se escribe</translation>
        </message>
        <message>
            <source>Keys</source>
            <translation>Teclas</translation>
        </message>
        <message>
            <source>Keying, in short</source>
            <translation>La captura, en pocas palabras</translation>
        </message>
    </context>
    <context>
        <name>HelpDialog</name>
        <message>
            <source>RecallDesk — keys and guide</source>
            <translation>RecallDesk — teclas y guía</translation>
        </message>
        <message>
            <source>Keys and guide</source>
            <translation>Teclas y guía</translation>
        </message>
    </context>
    <context>
        <name>History</name>
        <message>
            <source>line</source>
            <translation>línea</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellido</translation>
        </message>
        <message>
            <source>street no.</source>
            <translation>número</translation>
        </message>
        <message>
            <source>street</source>
            <translation>calle</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>unidad</translation>
        </message>
        <message>
            <source>city</source>
            <translation>ciudad</translation>
        </message>
        <message>
            <source>ZIP</source>
            <translation>código postal</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firma</translation>
        </message>
        <message>
            <source>mark</source>
            <translation>marca</translation>
        </message>
        <message>
            <source>deleted</source>
            <translation>borrado</translation>
        </message>
        <message>
            <source>status</source>
            <translation>estado</translation>
        </message>
        <message>
            <source>saved</source>
            <translation>guardado</translation>
        </message>
        <message>
            <source>changed</source>
            <translation>modificado</translation>
        </message>
        <message>
            <source>removed</source>
            <translation>eliminado</translation>
        </message>
        <message>
            <source>note</source>
            <translation>nota</translation>
        </message>
        <message>
            <source>loaded</source>
            <translation>cargado</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>sí</translation>
        </message>
        <message>
            <source>no</source>
            <translation>no</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(vacío)</translation>
        </message>
        <message>
            <source>When</source>
            <translation>Cuándo</translation>
        </message>
        <message>
            <source>Who</source>
            <translation>Quién</translation>
        </message>
        <message>
            <source>What</source>
            <translation>Qué</translation>
        </message>
        <message>
            <source>Changes</source>
            <translation>Cambios</translation>
        </message>
    </context>
    <context>
        <name>HistoryDialog</name>
        <message>
            <source>History</source>
            <translation>Historial</translation>
        </message>
    </context>
    <context>
        <name>IntakeDialog</name>
        <message>
            <source>Log a petition section</source>
            <translation>Registrar una sección de la petición</translation>
        </message>
        <message>
            <source>Serial number (scan or type)</source>
            <translation>Número de serie (escanéelo o escríbalo)</translation>
        </message>
        <message>
            <source>Circulator's name</source>
            <translation>Nombre del circulador</translation>
        </message>
        <message>
            <source>New circulator's street address</source>
            <translation>Dirección del circulador nuevo</translation>
        </message>
        <message>
            <source>New circulator's city</source>
            <translation>Ciudad del circulador nuevo</translation>
        </message>
        <message>
            <source>New circulator's ZIP</source>
            <translation>ZIP del circulador nuevo</translation>
        </message>
        <message>
            <source>Number of lines declared on the section</source>
            <translation>Número de líneas declaradas en la sección</translation>
        </message>
        <message>
            <source>Circulation start date</source>
            <translation>Fecha de inicio de la circulación</translation>
        </message>
        <message>
            <source>Circulation end date</source>
            <translation>Fecha de fin de la circulación</translation>
        </message>
        <message>
            <source>Declaration &amp;signed by the circulator</source>
            <translation>Declaración &amp;firmada por el circulador</translation>
        </message>
        <message>
            <source>Declaration &amp;dated</source>
            <translation>Declaración fec&amp;hada</translation>
        </message>
        <message>
            <source>&amp;Place of signing given</source>
            <translation>&amp;Lugar de la firma indicado</translation>
        </message>
        <message>
            <source>Date received</source>
            <translation>Fecha de recepción</translation>
        </message>
        <message>
            <source>As printed on the section. A scanner's Enter moves on.</source>
            <translation>Tal como está impreso en la sección. El Enter del lector de códigos pasa al siguiente campo.</translation>
        </message>
        <message>
            <source>As on the circulator's declaration: type a few letters to pick one already known, or a new name.</source>
            <translation>Como en la declaración del circulador: escriba unas letras para elegir uno ya conocido, o un nombre nuevo.</translation>
        </message>
        <message>
            <source>The number of signature lines the section declares.</source>
            <translation>El número de líneas de firma que declara la sección.</translation>
        </message>
        <message>
            <source>The first day of circulation, typed {hint}.</source>
            <translation>El primer día de circulación, en formato {hint}.</translation>
        </message>
        <message>
            <source>The last day of circulation, typed {hint}.</source>
            <translation>El último día de circulación, en formato {hint}.</translation>
        </message>
        <message>
            <source>The day the section reached this office, typed {hint}.</source>
            <translation>El día en que la sección llegó a esta oficina, en formato {hint}.</translation>
        </message>
        <message>
            <source>Check it when the circulator's declaration on the paper has it.</source>
            <translation>Márquela si la declaración del circulador en el papel lo incluye.</translation>
        </message>
        <message>
            <source>Asked only for a circulator not known yet, as on the declaration.</source>
            <translation>Solo se pide para un circulador aún no conocido, como en la declaración.</translation>
        </message>
        <message>
            <source>Problems with this section</source>
            <translation>Problemas con esta sección</translation>
        </message>
        <message>
            <source>Se&amp;rial number:</source>
            <translation>Número de &amp;serie:</translation>
        </message>
        <message>
            <source>&amp;Circulator:</source>
            <translation>&amp;Circulador:</translation>
        </message>
        <message>
            <source>Circulator's &amp;address:</source>
            <translation>&amp;Dirección del circulador:</translation>
        </message>
        <message>
            <source>Circulator's cit&amp;y:</source>
            <translation>C&amp;iudad del circulador:</translation>
        </message>
        <message>
            <source>Circulator's &amp;ZIP:</source>
            <translation>&amp;ZIP del circulador:</translation>
        </message>
        <message>
            <source>&amp;Lines declared:</source>
            <translation>Lí&amp;neas declaradas:</translation>
        </message>
        <message>
            <source>Circulated &amp;from ({hint}):</source>
            <translation>Circulada d&amp;esde ({hint}):</translation>
        </message>
        <message>
            <source>Circulated &amp;to ({hint}):</source>
            <translation>Circulada has&amp;ta ({hint}):</translation>
        </message>
        <message>
            <source>R&amp;eceived ({hint}):</source>
            <translation>&amp;Recibida ({hint}):</translation>
        </message>
        <message>
            <source>Section {serial} is already logged: open it from the section list (Ctrl+2), or check the serial.</source>
            <translation>La sección {serial} ya está registrada: ábrala desde la lista de secciones (Ctrl+2) o revise el número de serie.</translation>
        </message>
        <message>
            <source>New circulator: add their residence address</source>
            <translation>Circulador nuevo: agregue la dirección de su domicilio</translation>
        </message>
        <message>
            <source>start</source>
            <translation>inicio</translation>
        </message>
        <message>
            <source>end</source>
            <translation>fin</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recepción</translation>
        </message>
        <message>
            <source>Section {serial} is already logged (office {office}): open it from the section list instead.</source>
            <translation>La sección {serial} ya está registrada (oficina {office}): mejor ábrala desde la lista de secciones.</translation>
        </message>
        <message>
            <source>Not a date: {which} (type it as {hint}).</source>
            <translation>No es una fecha: {which} (escríbala como {hint}).</translation>
        </message>
        <message>
            <source>Type or scan the section's serial number.</source>
            <translation>Escriba o escanee el número de serie de la sección.</translation>
        </message>
        <message>
            <source>Enter the number of lines declared on the section.</source>
            <translation>Escriba el número de líneas declaradas en la sección.</translation>
        </message>
        <message>
            <source>“{text}” is not a date: type it as {hint}.</source>
            <translation>“{text}” no es una fecha: escríbala como {hint}.</translation>
        </message>
        <message>
            <source>A circulator of a similar name</source>
            <translation>Un circulador con un nombre parecido</translation>
        </message>
        <message>
            <source>“{name}” is not a known circulator, but “{other}” ({where}) is. Is it the same person?</source>
            <translation>“{name}” no es un circulador conocido, pero “{other}” ({where}) sí lo es. ¿Es la misma persona?</translation>
        </message>
        <message>
            <source>no address</source>
            <translation>sin dirección</translation>
        </message>
        <message>
            <source>&amp;Same person</source>
            <translation>&amp;Misma persona</translation>
        </message>
        <message>
            <source>&amp;New circulator</source>
            <translation>Circulador &amp;nuevo</translation>
        </message>
    </context>
    <context>
        <name>CloseSectionDialog</name>
        <message>
            <source>Control totals differ</source>
            <translation>Los totales de control no coinciden</translation>
        </message>
        <message>
            <source>{problem}.
Why do they differ? The reason is kept with the section and shown to the central office.</source>
            <translation>{problem}.
¿Por qué no coinciden? El motivo se guarda con la sección y lo ve la oficina central.</translation>
        </message>
        <message>
            <source>Why the totals differ</source>
            <translation>Por qué no coinciden los totales</translation>
        </message>
        <message>
            <source>e.g. lines 19 and 20 torn off the sheet</source>
            <translation>p. ej., las líneas 19 y 20 están arrancadas de la hoja</translation>
        </message>
        <message>
            <source>Why the section was not closed</source>
            <translation>Por qué no se cerró la sección</translation>
        </message>
        <message>
            <source>&amp;Close section</source>
            <translation>&amp;Cerrar la sección</translation>
        </message>
        <message>
            <source>Type why the totals differ (or Cancel): a section whose lines do not match its declared count is only closed with a reason.</source>
            <translation>Escriba por qué no coinciden los totales (o pulse Cancelar): una sección cuyas líneas no coinciden con las declaradas solo se cierra con un motivo.</translation>
        </message>
    </context>
    <context>
        <name>KeyingView</name>
        <message>
            <source>Invalid</source>
            <translation>No válida</translation>
        </message>
        <message>
            <source>Check</source>
            <translation>Revisar</translation>
        </message>
        <message>
            <source>Section being keyed</source>
            <translation>Sección en captura</translation>
        </message>
        <message>
            <source>Read-only section</source>
            <translation>Sección de solo lectura</translation>
        </message>
        <message>
            <source>Section problems</source>
            <translation>Problemas de la sección</translation>
        </message>
        <message>
            <source>Control totals</source>
            <translation>Totales de control</translation>
        </message>
        <message>
            <source>Lines of the section</source>
            <translation>Líneas de la sección</translation>
        </message>
        <message>
            <source>Editing a saved line</source>
            <translation>Editando una línea guardada</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>Problems found on the last saved line</source>
            <translation>Problemas encontrados en la última línea guardada</translation>
        </message>
        <message>
            <source>Section {serial} belongs to office {office}: the central office sees it read-only. Its lines change only at that office.</source>
            <translation>La sección {serial} pertenece a la oficina {office}: la oficina central la ve en modo de solo lectura. Sus líneas solo se cambian en esa oficina.</translation>
        </message>
        <message>
            <source>Section {serial} is closed ({status}). Review its lines with Ctrl+↑/↓ or the grid; saving a change opens the section again (you will be asked).</source>
            <translation>La sección {serial} está cerrada ({status}). Revise sus líneas con Ctrl+↑/↓ o en la cuadrícula; guardar un cambio vuelve a abrir la sección (se le preguntará antes).</translation>
        </message>
        <message>
            <source>&lt;b&gt;Section {serial}&lt;/b&gt; · circulator {circulator} · {declared} lines declared · circulated {dates} · status {status}</source>
            <translation>&lt;b&gt;Sección {serial}&lt;/b&gt; · circulador {circulator} · {declared} líneas declaradas · circulada {dates} · estado {status}</translation>
        </message>
        <message>
            <source>not recorded</source>
            <translation>sin registrar</translation>
        </message>
        <message>
            <source>match</source>
            <translation>coinciden</translation>
        </message>
        <message>
            <source>differ</source>
            <translation>no coinciden</translation>
        </message>
        <message>
            <source>Control totals: {keyed} keyed of {declared} declared ({state})</source>
            <translation>Totales de control: {keyed} capturadas de {declared} declaradas ({state})</translation>
        </message>
        <message>
            <source>Central: same signer as {office} section {serial} line {line}</source>
            <translation>Central: mismo firmante que en la oficina {office}, sección {serial}, línea {line}</translation>
        </message>
        <message>
            <source>Reviewing line {line} of a closed section</source>
            <translation>Revisando la línea {line} de una sección cerrada</translation>
        </message>
        <message>
            <source>Editing saved line {line} — Esc to go back to line {back}</source>
            <translation>Editando la línea guardada {line} — Esc para volver a la línea {back}</translation>
        </message>
        <message>
            <source>✗ Not saved: the line is still in the entry bar</source>
            <translation>✗ No se guardó: la línea sigue en la barra de captura</translation>
        </message>
        <message>
            <source>Open the section again?</source>
            <translation>¿Volver a abrir la sección?</translation>
        </message>
        <message>
            <source>Section {serial} is closed ({status}). Saving this change opens it again for keying; it must then be closed again. Save the change?</source>
            <translation>La sección {serial} está cerrada ({status}). Si guarda este cambio, la sección se vuelve a abrir para captura y después habrá que cerrarla otra vez. ¿Guardar el cambio?</translation>
        </message>
        <message>
            <source>Line {line} saved — but its section is void or at risk</source>
            <translation>Línea {line} guardada — pero su sección es nula o está en riesgo</translation>
        </message>
        <message>
            <source>✓ Line {line} saved</source>
            <translation>✓ Línea {line} guardada</translation>
        </message>
        <message>
            <source>Voter file: {status}</source>
            <translation>Padrón electoral: {status}</translation>
        </message>
        <message>
            <source>↶ Undone: {what}</source>
            <translation>↶ Se deshizo: {what}</translation>
        </message>
        <message>
            <source>↷ Redone: {what}</source>
            <translation>↷ Se rehízo: {what}</translation>
        </message>
    </context>
    <context>
        <name>LineEntry</name>
        <message>
            <source>Fi&amp;rst name</source>
            <translation>&amp;Nombre</translation>
        </message>
        <message>
            <source>Signer's first name</source>
            <translation>Nombre del firmante</translation>
        </message>
        <message>
            <source>L&amp;ast name</source>
            <translation>A&amp;pellido</translation>
        </message>
        <message>
            <source>Signer's last name</source>
            <translation>Apellido del firmante</translation>
        </message>
        <message>
            <source>N&amp;o.</source>
            <translation>Nú&amp;m.</translation>
        </message>
        <message>
            <source>Street number</source>
            <translation>Número de casa</translation>
        </message>
        <message>
            <source>&amp;Street</source>
            <translation>&amp;Calle</translation>
        </message>
        <message>
            <source>Street name</source>
            <translation>Nombre de la calle</translation>
        </message>
        <message>
            <source>&amp;Unit</source>
            <translation>Dep&amp;to.</translation>
        </message>
        <message>
            <source>Unit or apartment</source>
            <translation>Interior o departamento</translation>
        </message>
        <message>
            <source>&amp;ZIP</source>
            <translation>&amp;ZIP</translation>
        </message>
        <message>
            <source>ZIP code</source>
            <translation>Código postal (ZIP)</translation>
        </message>
        <message>
            <source>Cit&amp;y</source>
            <translation>Ciu&amp;dad</translation>
        </message>
        <message>
            <source>City or community</source>
            <translation>Ciudad o comunidad</translation>
        </message>
        <message>
            <source>Line being keyed</source>
            <translation>Línea que se está capturando</translation>
        </message>
        <message>
            <source>Line {line}</source>
            <translation>Línea {line}</translation>
        </message>
        <message>
            <source>As written on the paper. Tab moves on; Enter saves the line; Ctrl+Up and Ctrl+Down go to the saved lines.</source>
            <translation>Tal como está escrito en el papel. Tab pasa al campo siguiente; Enter guarda la línea; Ctrl+Arriba y Ctrl+Abajo van a las líneas guardadas.</translation>
        </message>
        <message>
            <source>&amp;Illegible (Ctrl+I)</source>
            <translation>&amp;Ilegible (Ctrl+I)</translation>
        </message>
        <message>
            <source>No si&amp;gnature (Ctrl+G)</source>
            <translation>Sin &amp;firma (Ctrl+G)</translation>
        </message>
    </context>
    <context>
        <name>SectionLinesModel</name>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Depto.</translation>
        </message>
        <message>
            <source>ZIP</source>
            <translation>ZIP</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Saved · blank</source>
            <translation>Guardada · en blanco</translation>
        </message>
        <message>
            <source>Saved · struck</source>
            <translation>Guardada · tachada</translation>
        </message>
        <message>
            <source>✗ Saved · invalid</source>
            <translation>✗ Guardada · no válida</translation>
        </message>
        <message>
            <source>⚠ Saved · check</source>
            <translation>⚠ Guardada · revisar</translation>
        </message>
        <message>
            <source>Saved ✓</source>
            <translation>Guardada ✓</translation>
        </message>
        <message>
            <source>⚠ Saved · section at risk</source>
            <translation>⚠ Guardada · sección en riesgo</translation>
        </message>
        <message>
            <source>✗ Saved · duplicate (central)</source>
            <translation>✗ Guardada · duplicada (central)</translation>
        </message>
        <message>
            <source>Line {line}: {status}</source>
            <translation>Línea {line}: {status}</translation>
        </message>
        <message>
            <source>not keyed</source>
            <translation>sin capturar</translation>
        </message>
    </context>
    <context>
        <name>KeysDialog</name>
        <message>
            <source>Signing keys</source>
            <translation>Claves de firma</translation>
        </message>
        <message>
            <source>This computer's key</source>
            <translation>Clave de esta computadora</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Fingerprint</source>
            <translation>Huella digital</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Enrolled</source>
            <translation>Registrada</translation>
        </message>
        <message>
            <source>Keys trusted here</source>
            <translation>Claves de confianza en esta computadora</translation>
        </message>
        <message>
            <source>&amp;Make this computer's key…</source>
            <translation>&amp;Crear la clave de esta computadora…</translation>
        </message>
        <message>
            <source>&amp;Write its enrollment file…</source>
            <translation>&amp;Guardar su archivo de registro de clave…</translation>
        </message>
        <message>
            <source>&amp;Trust a key…</source>
            <translation>Con&amp;fiar en una clave…</translation>
        </message>
        <message>
            <source>&amp;Revoke the selected key</source>
            <translation>&amp;Revocar la clave seleccionada</translation>
        </message>
        <message>
            <source>Refuse &amp;packets from offices without a key</source>
            <translation>Rechazar &amp;paquetes de oficinas sin clave</translation>
        </message>
        <message>
            <source>Each office, and the central office, signs what it sends with its own key. The other side trusts a key only after someone reads its fingerprint aloud (by phone or in person) and it is typed here.</source>
            <translation>Cada oficina, y también la oficina central, firma lo que envía con su propia clave. La otra parte confía en una clave solo después de que alguien lee en voz alta su huella digital (por teléfono o en persona) y se escribe aquí.</translation>
        </message>
        <message>
            <source>This computer's key: {fingerprint}</source>
            <translation>Clave de esta computadora: {fingerprint}</translation>
        </message>
        <message>
            <source>This computer has no key yet: make one, then send its file.</source>
            <translation>Esta computadora todavía no tiene clave: cree una y luego envíe su archivo.</translation>
        </message>
        <message>
            <source>trusted</source>
            <translation>de confianza</translation>
        </message>
        <message>
            <source>revoked {at}</source>
            <translation>revocada el {at}</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Replace this computer's key?</source>
            <translation>¿Reemplazar la clave de esta computadora?</translation>
        </message>
        <message>
            <source>A new key must be enrolled again by the other side before what this computer sends is accepted. Make a new key?</source>
            <translation>La otra parte tendrá que registrar la clave nueva antes de aceptar lo que envíe esta computadora. ¿Crear una clave nueva?</translation>
        </message>
        <message>
            <source>A password for this computer's key (10 characters or more):</source>
            <translation>Una contraseña para la clave de esta computadora (10 caracteres o más):</translation>
        </message>
        <message>
            <source>The same password again:</source>
            <translation>La misma contraseña otra vez:</translation>
        </message>
        <message>
            <source>Passwords differ</source>
            <translation>Las contraseñas no coinciden</translation>
        </message>
        <message>
            <source>The two passwords differ; no key was made.</source>
            <translation>Las dos contraseñas no coinciden; no se creó ninguna clave.</translation>
        </message>
        <message>
            <source>Folder for the enrollment file</source>
            <translation>Carpeta para el archivo de registro de clave</translation>
        </message>
        <message>
            <source>Enrollment file written</source>
            <translation>Archivo de registro de clave guardado</translation>
        </message>
        <message>
            <source>Wrote {path}. Take it to the other side, then read them this fingerprint: {fingerprint}</source>
            <translation>Se guardó {path}. Llévelo a la otra parte y luego léales esta huella digital: {fingerprint}</translation>
        </message>
        <message>
            <source>Enrollment file</source>
            <translation>Archivo de registro de clave</translation>
        </message>
        <message>
            <source>Keys (*.recalldesk-key)</source>
            <translation>Claves (*.recalldesk-key)</translation>
        </message>
        <message>
            <source>The key of {office}. Type the fingerprint its sender reads to you:</source>
            <translation>La clave de {office}. Escriba la huella digital que le lea la persona que la envía:</translation>
        </message>
        <message>
            <source>Revoke a key</source>
            <translation>Revocar una clave</translation>
        </message>
        <message>
            <source>Select a trusted key first.</source>
            <translation>Primero seleccione una clave de confianza.</translation>
        </message>
        <message>
            <source>Revoke the key of {office}?</source>
            <translation>¿Revocar la clave de {office}?</translation>
        </message>
        <message>
            <source>What it signs is refused from now on, until {office} enrolls a new key. Its record stays.</source>
            <translation>A partir de ahora se rechazará lo que firme esa clave, hasta que {office} registre una clave nueva. Su registro se conserva.</translation>
        </message>
    </context>
    <context>
        <name>MainWindow</name>
        <message>
            <source>nobody signed in</source>
            <translation>nadie ha iniciado sesión</translation>
        </message>
        <message>
            <source>{app} {version} — office {office}</source>
            <translation>{app} {version} — oficina {office}</translation>
        </message>
        <message>
            <source>Operator and office</source>
            <translation>Operador y oficina</translation>
        </message>
        <message>
            <source>Lines keyed today</source>
            <translation>Líneas capturadas hoy</translation>
        </message>
        <message>
            <source>All changes saved</source>
            <translation>Todos los cambios guardados</translation>
        </message>
        <message>
            <source>Save state</source>
            <translation>Estado del guardado</translation>
        </message>
        <message>
            <source>No section is open: log one (Ctrl+N) or pick one.</source>
            <translation>No hay ninguna sección abierta: registre una (Ctrl+N) o elija una.</translation>
        </message>
        <message>
            <source>&amp;Undo {what}</source>
            <translation>&amp;Deshacer {what}</translation>
        </message>
        <message>
            <source>&amp;Undo</source>
            <translation>&amp;Deshacer</translation>
        </message>
        <message>
            <source>&amp;Redo {what}</source>
            <translation>&amp;Rehacer {what}</translation>
        </message>
        <message>
            <source>&amp;Redo</source>
            <translation>&amp;Rehacer</translation>
        </message>
        <message>
            <source>Not set up</source>
            <translation>Sin configurar</translation>
        </message>
        <message>
            <source>Set up the campaign and office first.</source>
            <translation>Primero configure la campaña y la oficina.</translation>
        </message>
        <message>
            <source>Section {serial} logged.</source>
            <translation>Sección {serial} registrada.</translation>
        </message>
        <message>
            <source>✓ Saved {time}</source>
            <translation>✓ Guardado a las {time}</translation>
        </message>
        <message>
            <source>✗ Not saved</source>
            <translation>✗ Sin guardar</translation>
        </message>
        <message>
            <source>Not saved: {why}</source>
            <translation>No se guardó: {why}</translation>
        </message>
        <message>
            <source>Could not tidy the database: {why}</source>
            <translation>No se pudo poner en orden la base de datos: {why}</translation>
        </message>
        <message>
            <source>Section closed as keyed.</source>
            <translation>Sección cerrada como capturada.</translation>
        </message>
        <message>
            <source>This line has not been saved yet.</source>
            <translation>Esta línea todavía no se ha guardado.</translation>
        </message>
        <message>
            <source>History of line {line}, section {serial}</source>
            <translation>Historial de la línea {line}, sección {serial}</translation>
        </message>
        <message>
            <source>Resume keying?</source>
            <translation>¿Continuar la captura?</translation>
        </message>
        <message>
            <source>Keying stopped in section {serial} ({keyed} of {declared} lines saved). Resume where it stopped?</source>
            <translation>La captura se detuvo en la sección {serial} ({keyed} de {declared} líneas guardadas). ¿Continuar donde se quedó?</translation>
        </message>
        <message>
            <source>{operator} ({role}) · office {office}</source>
            <translation>{operator} ({role}) · oficina {office}</translation>
        </message>
        <message>
            <source>%Ln line(s) keyed today</source>
            <translation>%Ln línea(s) capturada(s) hoy</translation>
        </message>
        <message>
            <source>The data folder {folder} holds no campaign yet. To explore RecallDesk with a synthetic LA County drive, run: recalldesk --data-dir "{folder}" demo</source>
            <translation>La carpeta de datos {folder} todavía no contiene ninguna campaña. Para explorar RecallDesk con una campaña de firmas ficticia del condado de Los Ángeles, ejecute: recalldesk --data-dir "{folder}" demo</translation>
        </message>
        <message>
            <source>About {app}</source>
            <translation>Acerca de {app}</translation>
        </message>
        <message>
            <source>{app} {version}

Data folder: {folder}
Device: {device}</source>
            <translation>{app} {version}

Carpeta de datos: {folder}
Equipo: {device}</translation>
        </message>
    </context>
    <context>
        <name>OfficeBars</name>
        <message>
            <source>Lines keyed by office</source>
            <translation>Líneas capturadas por oficina</translation>
        </message>
        <message>
            <source>Every line keyed at each office (blank and struck included).</source>
            <translation>Todas las líneas capturadas en cada oficina (incluidas las en blanco y las tachadas).</translation>
        </message>
        <message>
            <source>{n} others</source>
            <translation>Otras {n}</translation>
        </message>
        <message>
            <source>No lines yet.</source>
            <translation>Todavía no hay líneas.</translation>
        </message>
    </context>
    <context>
        <name>SecretDialog</name>
        <message>
            <source>Current PIN or password</source>
            <translation>PIN o contraseña actual</translation>
        </message>
        <message>
            <source>&amp;Current PIN or password:</source>
            <translation>PIN o contraseña a&amp;ctual:</translation>
        </message>
        <message>
            <source>New PIN or password</source>
            <translation>Nuevo PIN o contraseña</translation>
        </message>
        <message>
            <source>The new one again</source>
            <translation>Repita el nuevo</translation>
        </message>
        <message>
            <source>&amp;New PIN or password:</source>
            <translation>&amp;Nuevo PIN o contraseña:</translation>
        </message>
        <message>
            <source>The new one &amp;again:</source>
            <translation>Repit&amp;a el nuevo:</translation>
        </message>
        <message>
            <source>The two differ: type the new one again.</source>
            <translation>No coinciden: escriba el nuevo otra vez.</translation>
        </message>
    </context>
    <context>
        <name>AddOperatorDialog</name>
        <message>
            <source>Add an operator</source>
            <translation>Agregar un operador</translation>
        </message>
        <message>
            <source>Their name</source>
            <translation>Su nombre</translation>
        </message>
        <message>
            <source>Their role</source>
            <translation>Su función</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Función:</translation>
        </message>
        <message>
            <source>Hand them the keyboard: they type their own PIN below.</source>
            <translation>Pásele el teclado a la persona: ella misma escribe su PIN abajo.</translation>
        </message>
    </context>
    <context>
        <name>OperatorsDialog</name>
        <message>
            <source>Operators</source>
            <translation>Operadores</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Initials</source>
            <translation>Iniciales</translation>
        </message>
        <message>
            <source>Role</source>
            <translation>Rol</translation>
        </message>
        <message>
            <source>Operators of this office</source>
            <translation>Operadores de esta oficina</translation>
        </message>
        <message>
            <source>&amp;Add an operator…</source>
            <translation>&amp;Agregar un operador…</translation>
        </message>
        <message>
            <source>New &amp;PIN for them…</source>
            <translation>Nuevo &amp;PIN para esta persona…</translation>
        </message>
        <message>
            <source>Change their &amp;role…</source>
            <translation>Cambiar su &amp;rol…</translation>
        </message>
        <message>
            <source>&amp;Stop them signing in</source>
            <translation>Impedir que inicie &amp;sesión</translation>
        </message>
        <message>
            <source>Change &amp;my PIN…</source>
            <translation>Cambiar &amp;mi PIN…</translation>
        </message>
        <message>
            <source> min</source>
            <translation> min</translation>
        </message>
        <message>
            <source>Lock after idle minutes</source>
            <translation>Bloquear tras minutos de inactividad</translation>
        </message>
        <message>
            <source>&amp;Lock the screen after this long without a key:</source>
            <translation>&amp;Bloquear la pantalla tras este tiempo sin teclear:</translation>
        </message>
        <message>
            <source>Volunteers key and verify. Leads also log sections, close them, sync, and manage this list. Coordinators run the drive at central.</source>
            <translation>Los voluntarios capturan y verifican. Los responsables además registran secciones, las cierran, sincronizan y administran esta lista. Los coordinadores dirigen la campaña de firmas desde la central.</translation>
        </message>
        <message>
            <source>no PIN: cannot sign in</source>
            <translation>sin PIN: no puede iniciar sesión</translation>
        </message>
        <message>
            <source> (locked out)</source>
            <translation> (bloqueado)</translation>
        </message>
        <message>
            <source>New PIN for {name}</source>
            <translation>Nuevo PIN para {name}</translation>
        </message>
        <message>
            <source>Role of {name}</source>
            <translation>Rol de {name}</translation>
        </message>
        <message>
            <source>&amp;Role:</source>
            <translation>&amp;Rol:</translation>
        </message>
        <message>
            <source>Password for {name} as {role}</source>
            <translation>Contraseña de {name} como {role}</translation>
        </message>
        <message>
            <source>Stop {name} signing in?</source>
            <translation>¿Impedir que {name} inicie sesión?</translation>
        </message>
        <message>
            <source>{name} will no longer sign in on this computer. The lines they keyed stay theirs; a lead can give them a PIN again.</source>
            <translation>{name} ya no podrá iniciar sesión en este equipo. Las líneas que capturó siguen a su nombre; un responsable puede volver a darle un PIN.</translation>
        </message>
        <message>
            <source>Change my PIN</source>
            <translation>Cambiar mi PIN</translation>
        </message>
    </context>
    <context>
        <name>PredictedView</name>
        <message>
            <source>Predicted valid signatures</source>
            <translation>Firmas válidas previstas</translation>
        </message>
        <message>
            <source>The registrar's table, predicted</source>
            <translation>La tabla del Registro de Votantes, prevista</translation>
        </message>
        <message>
            <source>Registrar's category</source>
            <translation>Categoría del Registro</translation>
        </message>
        <message>
            <source>Signatures</source>
            <translation>Firmas</translation>
        </message>
        <message>
            <source>Share of raw</source>
            <translation>% de las brutas</translation>
        </message>
        <message>
            <source>Group by</source>
            <translation>Agrupar por</translation>
        </message>
        <message>
            <source>By office</source>
            <translation>Por oficina</translation>
        </message>
        <message>
            <source>By circulator</source>
            <translation>Por circulador</translation>
        </message>
        <message>
            <source>Predicted verdicts by office or circulator</source>
            <translation>Veredictos previstos por oficina o por circulador</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Raw</source>
            <translation>Brutas</translation>
        </message>
        <message>
            <source>⚠ stands out: a share of signers not registered above everyone else's by more than {z:.0f} standard errors (with at least {n} lines). Signature mismatches cannot be predicted from the file (1.3% of raw in 2022): the prediction is an upper bound in that respect, and the registrar's sample decides. Lines with two fitting voters wait for review and are not counted. “Different address” rests on a name alone (one voter of that name elsewhere in the ZIP), often a namesake: read it with “Not registered”, both invalid.</source>
            <translation>⚠ destaca: su proporción de firmantes no registrados supera la de todos los demás por más de {z:.0f} errores estándar (con al menos {n} líneas). Las firmas que no coinciden no se pueden prever con el padrón (1.3% de las brutas en 2022): en ese aspecto, la predicción es un límite superior, y la que decide es la muestra del Registro de Votantes. Las líneas con dos votantes que encajan quedan pendientes de revisión y no se cuentan. “Dirección distinta” se basa solo en un nombre (un votante con ese nombre en otra parte del mismo ZIP), que a menudo es un homónimo: léala junto con “No registrado”; ambas son inválidas.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message>
            <source>No voter file yet. Import the county's voter file (File → Voter file…) to predict the registrar's verdict on every line.</source>
            <translation>Todavía no hay padrón electoral. Importe el padrón electoral del condado (Archivo → Padrón electoral…) para prever el veredicto del Registro de Votantes sobre cada línea.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Predicted valid: {valid}&lt;/b&gt; of {raw} raw signatures ({validity}) — {share} of the {required} required.</source>
            <translation>&lt;b&gt;Válidas previstas: {valid}&lt;/b&gt; de {raw} firmas brutas ({validity}) — {share} de las {required} requeridas.</translation>
        </message>
        <message>
            <source>From the voter file {name} (received {received}, {rows} voters).</source>
            <translation>Según el padrón electoral {name} (recibido el {received}, {rows} votantes).</translation>
        </message>
        <message>
            <source>{waiting} lines keyed since the last match are not counted yet: match them (File → Voter file…).</source>
            <translation>{waiting} líneas capturadas desde el último cotejo aún no se cuentan: cotéjelas (Archivo → Padrón electoral…).</translation>
        </message>
        <message>
            <source>Far more signers not registered than the rest</source>
            <translation>Muchos más firmantes no registrados que el resto</translation>
        </message>
    </context>
    <context>
        <name>ProblemCountsModel</name>
        <message>
            <source>Problem</source>
            <translation>Problema</translation>
        </message>
        <message>
            <source>Lines</source>
            <translation>Líneas</translation>
        </message>
        <message>
            <source>Severity</source>
            <translation>Gravedad</translation>
        </message>
        <message>
            <source>Legal basis</source>
            <translation>Fundamento legal</translation>
        </message>
        <message>
            <source>Meaning</source>
            <translation>Significado</translation>
        </message>
    </context>
    <context>
        <name>PurgeDialog</name>
        <message>
            <source>Purge the drive's personal data</source>
            <translation>Eliminar los datos personales de la campaña de firmas</translation>
        </message>
        <message>
            <source>PURGE</source>
            <translation>ELIMINAR</translation>
        </message>
        <message>
            <source>When the petition has been filed and counted, the law lets the campaign use what signers wrote for nothing else (California Elections Code 18650). The purge removes, from this computer:</source>
            <translation>Una vez presentada y contada la petición, la ley no permite que la campaña use lo que escribieron los firmantes para ningún otro fin (Código Electoral de California, art. 18650). La eliminación borra de esta computadora:</translation>
        </message>
        <message>
            <source>• the names and addresses of {lines} signature lines;
• {voters} voters of the county voter file;
• the same from {backups} backup copies, and the values the audit kept.

Every section and line stays counted, so the figures stay, and the audit records the purge. It cannot be undone: keep no other copy you would regret.</source>
            <translation>• los nombres y direcciones de {lines} líneas de firma;
• {voters} votantes del padrón electoral del condado;
• lo mismo en {backups} copias de seguridad, y los valores que guardó la auditoría.

Cada sección y cada línea siguen contadas, así que las cifras se conservan, y la auditoría registra la eliminación. No se puede deshacer: no conserve ninguna otra copia de la que pueda arrepentirse.</translation>
        </message>
        <message>
            <source>What the purge removes</source>
            <translation>Lo que borra la eliminación</translation>
        </message>
        <message>
            <source>Type {word} to confirm:</source>
            <translation>Escriba {word} para confirmar:</translation>
        </message>
        <message>
            <source>Confirmation word</source>
            <translation>Palabra de confirmación</translation>
        </message>
        <message>
            <source>Type {word} to enable the Purge button</source>
            <translation>Escriba {word} para activar el botón Eliminar</translation>
        </message>
        <message>
            <source>&amp;Purge</source>
            <translation>&amp;Eliminar</translation>
        </message>
        <message>
            <source>Remove the personal data now; it cannot be undone</source>
            <translation>Eliminar ahora los datos personales; no se puede deshacer</translation>
        </message>
    </context>
    <context>
        <name>Report</name>
        <message>
            <source>Campaign report</source>
            <translation>Informe de la campaña</translation>
        </message>
        <message>
            <source>{jurisdiction} · report of {today} · RecallDesk {version}</source>
            <translation>{jurisdiction} · informe del {today} · RecallDesk {version}</translation>
        </message>
        <message>
            <source>Valid signatures required</source>
            <translation>Firmas válidas requeridas</translation>
        </message>
        <message>
            <source>Raw signatures</source>
            <translation>Firmas brutas</translation>
        </message>
        <message>
            <source>Ruled out by our checks</source>
            <translation>Descartadas por nuestras revisiones</translation>
        </message>
        <message>
            <source>Signed more than once (confirmed)</source>
            <translation>Firmaron más de una vez (confirmado)</translation>
        </message>
        <message>
            <source>Estimated valid (conservative)</source>
            <translation>Válidas estimadas (cálculo conservador)</translation>
        </message>
        <message>
            <source>Projected valid (verdict)</source>
            <translation>Válidas proyectadas (veredicto)</translation>
        </message>
        <message>
            <source>Days to the deadline</source>
            <translation>Días hasta la fecha límite</translation>
        </message>
        <message>
            <source>Lines keyed by office (top 8)</source>
            <translation>Líneas capturadas por oficina (las 8 primeras)</translation>
        </message>
    </context>
    <context>
        <name>RestoreDialog</name>
        <message>
            <source>before a merge</source>
            <translation>antes de una combinación</translation>
        </message>
        <message>
            <source>before a sync</source>
            <translation>antes de sincronizar</translation>
        </message>
        <message>
            <source>daily</source>
            <translation>diaria</translation>
        </message>
        <message>
            <source>taken by hand</source>
            <translation>hecha a mano</translation>
        </message>
        <message>
            <source>before a restore</source>
            <translation>antes de restaurar</translation>
        </message>
        <message>
            <source>the file a restore replaced</source>
            <translation>el archivo reemplazado por una restauración</translation>
        </message>
        <message>
            <source>Restore from a backup</source>
            <translation>Restaurar desde una copia de seguridad</translation>
        </message>
        <message>
            <source>Choose the backup to put in place of the database. The current file is not deleted: it is kept in the backups folder. Work done since the backup was taken is not in it; at the central office, merge the packets folder again.</source>
            <translation>Elija la copia de seguridad que ocupará el lugar de la base de datos. El archivo actual no se borra: se guarda en la carpeta de copias de seguridad. El trabajo hecho después de la copia no está en ella; en la oficina central, vuelva a combinar la carpeta de paquetes.</translation>
        </message>
        <message>
            <source>Backups, newest first</source>
            <translation>Copias de seguridad, las más recientes primero</translation>
        </message>
        <message>
            <source>&amp;Backups, newest first:</source>
            <translation>&amp;Copias de seguridad, las más recientes primero:</translation>
        </message>
        <message>
            <source>&amp;Restore</source>
            <translation>&amp;Restaurar</translation>
        </message>
        <message>
            <source>No backups yet: one is taken every day, and before each merge or sync.</source>
            <translation>Aún no hay copias de seguridad: se hace una cada día, y antes de cada combinación o sincronización.</translation>
        </message>
        <message>
            <source>Restore this backup?</source>
            <translation>¿Restaurar esta copia de seguridad?</translation>
        </message>
        <message>
            <source>Put the backup taken {when} in place of the database? The current file is kept in the backups folder.</source>
            <translation>¿Poner la copia de seguridad del {when} en lugar de la base de datos? El archivo actual se guarda en la carpeta de copias de seguridad.</translation>
        </message>
    </context>
    <context>
        <name>SampleModel</name>
        <message>
            <source>#</source>
            <translation>#</translation>
        </message>
        <message>
            <source>Result</source>
            <translation>Resultado</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Type 1 Valid, 2 Not registered, 3 Different address, 4 Signature mismatch, 5 Canceled, 6 Out of county, 7 Other; 0 or Delete clears.</source>
            <translation>Escriba 1 Válida, 2 No registrado, 3 Dirección distinta, 4 Firma no coincide, 5 Cancelado, 6 Fuera del condado, 7 Otro; 0 o Delete borra.</translation>
        </message>
        <message>
            <source>(line deleted since the draw)</source>
            <translation>(línea borrada después de sacar la muestra)</translation>
        </message>
        <message>
            <source>Withdrawn (never valid)</source>
            <translation>Retirada (nunca válida)</translation>
        </message>
    </context>
    <context>
        <name>SampleWindow</name>
        <message>
            <source>Sample {id}</source>
            <translation>Muestra {id}</translation>
        </message>
        <message>
            <source>{checked} of {size} drawn lines checked; {pending} to go.</source>
            <translation>Revisadas {checked} de {size} líneas sorteadas; faltan {pending}.</translation>
        </message>
        <message>
            <source>No results yet: nothing to project.</source>
            <translation>Aún no hay resultados: nada que proyectar.</translation>
        </message>
        <message>
            <source>Only {n} results so far: too few to speak for the drive. The dashboard uses a sample once {min} are in.</source>
            <translation>Solo hay {n} resultados por ahora: muy pocos para hablar por toda la campaña. El panel usa una muestra cuando hay {min}.</translation>
        </message>
        <message>
            <source>qualifies</source>
            <translation>califica</translation>
        </message>
        <message>
            <source>goes to a full count</source>
            <translation>pasa a un conteo completo</translation>
        </message>
        <message>
            <source>fails</source>
            <translation>no califica</translation>
        </message>
        <message>
            <source>Projected valid: {valid} of {raw} raw — the petition {outcome}.</source>
            <translation>Válidas proyectadas: {valid} de {raw} brutas — la petición {outcome}.</translation>
        </message>
        <message>
            <source>The registrar's formula (2 CCR 20530–20532) with n = {n}, V = {v}, D = {d}: p = {p}%, U = {u}, f = {f}, a duplicate in the sample weighs {w}, E = {e}; projected = U − E.</source>
            <translation>La fórmula del Registro de Votantes (2 CCR 20530–20532) con n = {n}, V = {v}, D = {d}: p = {p}%, U = {u}, f = {f}, un duplicado en la muestra pesa {w}, E = {e}; proyectadas = U − E.</translation>
        </message>
        <message>
            <source>to qualify (more than {share})</source>
            <translation>para calificar (más del {share})</translation>
        </message>
        <message>
            <source>for a full count (from {share})</source>
            <translation>para un conteo completo (desde el {share})</translation>
        </message>
        <message>
            <source>out of reach at this raw count</source>
            <translation>inalcanzable con este número de firmas brutas</translation>
        </message>
        <message>
            <source>Valid signatures this sample needs (of {n} checked, with {d} duplicates):</source>
            <translation>Firmas válidas que necesita esta muestra (de {n} revisadas, con {d} duplicados):</translation>
        </message>
        <message>
            <source>Validity {rate}; 95% interval {low}–{high} (Wilson's score interval). Until every drawn line is checked, the lines checked so far are the sample.</source>
            <translation>Validez {rate}; intervalo del 95% {low}–{high} (intervalo de Wilson). Hasta que se revisen todas las líneas sorteadas, las revisadas hasta ahora son la muestra.</translation>
        </message>
        <message>
            <source>Random sample</source>
            <translation>Muestra aleatoria</translation>
        </message>
        <message>
            <source>Sample</source>
            <translation>Muestra</translation>
        </message>
        <message>
            <source>&amp;Draw a new sample…</source>
            <translation>&amp;Sacar una muestra nueva…</translation>
        </message>
        <message>
            <source>Write &amp;checklist…</source>
            <translation>Crear la &amp;lista de revisión…</translation>
        </message>
        <message>
            <source>The workbook volunteers fill in from the voter roll</source>
            <translation>El libro de Excel que los voluntarios llenan con el padrón electoral</translation>
        </message>
        <message>
            <source>&amp;Import checklist…</source>
            <translation>&amp;Importar la lista de revisión…</translation>
        </message>
        <message>
            <source>Drawn lines and their results</source>
            <translation>Líneas de la muestra y sus resultados</translation>
        </message>
        <message>
            <source>Keys: 1 Valid · 2 Not registered · 3 Different address · 4 Signature mismatch · 5 Canceled · 6 Out of county · 7 Other · 0 clears. Each is saved at once.</source>
            <translation>Teclas: 1 Válida · 2 No registrado · 3 Dirección distinta · 4 Firma no coincide · 5 Cancelado · 6 Fuera del condado · 7 Otro · 0 borra. Cada resultado se guarda al instante.</translation>
        </message>
        <message>
            <source>What the results project</source>
            <translation>Lo que proyectan los resultados</translation>
        </message>
        <message>
            <source>&amp;Sample:</source>
            <translation>&amp;Muestra:</translation>
        </message>
        <message>
            <source>Samples are drawn and recorded at the central office, where every office's lines are merged.</source>
            <translation>Las muestras se sacan y se registran en la oficina central, donde se combinan las líneas de todas las oficinas.</translation>
        </message>
        <message>
            <source>Sample {id}: drawn {day}, {size} of {raw} raw, seed {seed}</source>
            <translation>Muestra {id}: sacada el {day}, {size} de {raw} brutas, semilla {seed}</translation>
        </message>
        <message>
            <source>No sample drawn yet. Draw one as the registrar will (every raw signature with an equal chance), look each signer up in the voter roll, and record what you find: the projection then follows the registrar's formula.</source>
            <translation>Aún no se ha sacado ninguna muestra. Saque una como lo hará el Registro de Votantes (cada firma bruta con la misma probabilidad), busque a cada firmante en el padrón electoral y anote lo que encuentre: así la proyección seguirá la fórmula del Registro de Votantes.</translation>
        </message>
        <message>
            <source>Draw a new sample</source>
            <translation>Sacar una muestra nueva</translation>
        </message>
        <message>
            <source>How many of the {raw} raw signatures? (The registrar draws {default}: 500 or 5%, whichever is greater.)</source>
            <translation>¿Cuántas de las {raw} firmas brutas? (El Registro de Votantes saca {default}: 500 o el 5%, lo que sea mayor.)</translation>
        </message>
        <message>
            <source>Drew sample {id}: {size} of {raw} raw signatures (seed {seed}).</source>
            <translation>Se sacó la muestra {id}: {size} de {raw} firmas brutas (semilla {seed}).</translation>
        </message>
        <message>
            <source>Drawing {size} signatures…</source>
            <translation>Sacando {size} firmas…</translation>
        </message>
        <message>
            <source>Write the checklist</source>
            <translation>Crear la lista de revisión</translation>
        </message>
        <message>
            <source>Excel workbooks (*.xlsx)</source>
            <translation>Libros de Excel (*.xlsx)</translation>
        </message>
        <message>
            <source>Wrote {path}: {n} lines to look up.</source>
            <translation>Se creó {path}: {n} líneas por buscar.</translation>
        </message>
        <message>
            <source>Writing {name}…</source>
            <translation>Escribiendo {name}…</translation>
        </message>
        <message>
            <source>Import a filled-in checklist</source>
            <translation>Importar una lista de revisión ya llenada</translation>
        </message>
        <message>
            <source>Read {read} results from {name}; {changed} new or changed.</source>
            <translation>Se leyeron {read} resultados de {name}; {changed} nuevos o modificados.</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
    </context>
    <context>
        <name>SectionList</name>
        <message>
            <source>Filter by status</source>
            <translation>Filtrar por estado</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>Todos los estados</translation>
        </message>
        <message>
            <source>Circulator name starts with…</source>
            <translation>El nombre del circulador empieza con…</translation>
        </message>
        <message>
            <source>Filter by circulator</source>
            <translation>Filtrar por circulador</translation>
        </message>
        <message>
            <source>Serial starts with…</source>
            <translation>El número de serie empieza con…</translation>
        </message>
        <message>
            <source>Filter by serial</source>
            <translation>Filtrar por número de serie</translation>
        </message>
        <message>
            <source>S&amp;tatus:</source>
            <translation>Es&amp;tado:</translation>
        </message>
        <message>
            <source>Ci&amp;rculator:</source>
            <translation>Ci&amp;rculador:</translation>
        </message>
        <message>
            <source>Seria&amp;l:</source>
            <translation>Número de &amp;serie:</translation>
        </message>
        <message>
            <source>Sections</source>
            <translation>Secciones</translation>
        </message>
        <message>
            <source>%Ln section(s)</source>
            <translation>Secciones: %Ln</translation>
        </message>
    </context>
    <context>
        <name>SectionListModel</name>
        <message>
            <source>Serial</source>
            <translation>N.º de serie</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Circulator</source>
            <translation>Circulador</translation>
        </message>
        <message>
            <source>Declared</source>
            <translation>Declaradas</translation>
        </message>
        <message>
            <source>Keyed</source>
            <translation>Capturadas</translation>
        </message>
        <message>
            <source>Received</source>
            <translation>Recibida</translation>
        </message>
        <message>
            <source>Problems</source>
            <translation>Problemas</translation>
        </message>
        <message>
            <source>Why totals differ</source>
            <translation>Por qué difieren los totales</translation>
        </message>
    </context>
    <context>
        <name>SettingsDialog</name>
        <message>
            <source>Settings</source>
            <translation>Configuración</translation>
        </message>
        <message>
            <source>A campaign key is set. Type a new one only to replace it.</source>
            <translation>Ya hay una clave de la campaña. Escriba una nueva solo si quiere reemplazarla.</translation>
        </message>
        <message>
            <source>No campaign key yet: this office cannot send its work until one is entered. Ask the central office for it.</source>
            <translation>Aún no hay clave de la campaña: esta oficina no puede enviar su trabajo hasta que se escriba una. Pídala a la oficina central.</translation>
        </message>
        <message>
            <source>Campaign key</source>
            <translation>Clave de la campaña</translation>
        </message>
        <message>
            <source>at least {n} characters, the same at every office</source>
            <translation>al menos {n} caracteres, la misma en todas las oficinas</translation>
        </message>
        <message>
            <source>Campaign key again</source>
            <translation>Repetir la clave de la campaña</translation>
        </message>
        <message>
            <source>Problem with the settings</source>
            <translation>Problema con la configuración</translation>
        </message>
        <message>
            <source>Campaign key (signs the packets sent to the central office)</source>
            <translation>Clave de la campaña (firma los paquetes enviados a la oficina central)</translation>
        </message>
        <message>
            <source>New &amp;key:</source>
            <translation>Nueva &amp;clave:</translation>
        </message>
        <message>
            <source>&amp;Again:</source>
            <translation>Otr&amp;a vez:</translation>
        </message>
        <message>
            <source>Backups kept</source>
            <translation>Copias de seguridad guardadas</translation>
        </message>
        <message>
            <source> backups</source>
            <translation> copias</translation>
        </message>
        <message>
            <source>Taken every day, before each merge (central) and each sync (office), in {folder}. The oldest beyond this number are deleted.</source>
            <translation>Se hacen cada día, antes de cada combinación (central) y de cada sincronización (oficina), en {folder}. Las más antiguas que pasen de este número se borran.</translation>
        </message>
        <message>
            <source>Backups</source>
            <translation>Copias de seguridad</translation>
        </message>
        <message>
            <source>&amp;Backups kept:</source>
            <translation>Copias de &amp;seguridad guardadas:</translation>
        </message>
        <message>
            <source>The two keys differ: type the same key twice.</source>
            <translation>Las dos claves no coinciden: escriba la misma clave dos veces.</translation>
        </message>
    </context>
    <context>
        <name>SetupDialog</name>
        <message>
            <source>Set up RecallDesk</source>
            <translation>Configurar RecallDesk</translation>
        </message>
        <message>
            <source>Campaign name</source>
            <translation>Nombre de la campaña</translation>
        </message>
        <message>
            <source>Jurisdiction</source>
            <translation>Jurisdicción</translation>
        </message>
        <message>
            <source>County</source>
            <translation>Condado</translation>
        </message>
        <message>
            <source>Valid signatures required</source>
            <translation>Firmas válidas requeridas</translation>
        </message>
        <message>
            <source>Petition approval date</source>
            <translation>Fecha de aprobación de la petición</translation>
        </message>
        <message>
            <source>Filing deadline</source>
            <translation>Fecha límite de presentación</translation>
        </message>
        <message>
            <source>Assumed validity of clean signatures</source>
            <translation>Validez supuesta de las firmas limpias</translation>
        </message>
        <message>
            <source>This office's code</source>
            <translation>Código de esta oficina</translation>
        </message>
        <message>
            <source>e.g. PAS</source>
            <translation>p. ej., PAS</translation>
        </message>
        <message>
            <source>This office's name</source>
            <translation>Nombre de esta oficina</translation>
        </message>
        <message>
            <source>e.g. Pasadena field office</source>
            <translation>p. ej., Oficina de campo de Pasadena</translation>
        </message>
        <message>
            <source>Your name or initials</source>
            <translation>Su nombre o sus iniciales</translation>
        </message>
        <message>
            <source>Your password</source>
            <translation>Su contraseña</translation>
        </message>
        <message>
            <source>at least 10 characters: you sign in with it</source>
            <translation>al menos 10 caracteres: con ella inicia sesión</translation>
        </message>
        <message>
            <source>Your password again</source>
            <translation>Su contraseña otra vez</translation>
        </message>
        <message>
            <source>Campaign key from the central office</source>
            <translation>Clave de la campaña (la da la oficina central)</translation>
        </message>
        <message>
            <source>the shared key that signs sync packets (can be entered later)</source>
            <translation>la clave compartida que firma los paquetes de sincronización (se puede escribir después)</translation>
        </message>
        <message>
            <source>This is the central &amp;office (merges the offices' packets)</source>
            <translation>Esta es la &amp;oficina central (combina los paquetes de las oficinas)</translation>
        </message>
        <message>
            <source>This is the central office</source>
            <translation>Esta es la oficina central</translation>
        </message>
        <message>
            <source>Campaign</source>
            <translation>Campaña</translation>
        </message>
        <message>
            <source>Campaign &amp;name:</source>
            <translation>&amp;Nombre de la campaña:</translation>
        </message>
        <message>
            <source>&amp;Jurisdiction:</source>
            <translation>&amp;Jurisdicción:</translation>
        </message>
        <message>
            <source>Co&amp;unty:</source>
            <translation>&amp;Condado:</translation>
        </message>
        <message>
            <source>Valid signatures &amp;required:</source>
            <translation>Firmas válidas &amp;requeridas:</translation>
        </message>
        <message>
            <source>Petition &amp;approved ({hint}):</source>
            <translation>Petición &amp;aprobada ({hint}):</translation>
        </message>
        <message>
            <source>Filing &amp;deadline ({hint}):</source>
            <translation>Fecha &amp;límite de presentación ({hint}):</translation>
        </message>
        <message>
            <source>Assumed &amp;validity:</source>
            <translation>&amp;Validez supuesta:</translation>
        </message>
        <message>
            <source>This office and you</source>
            <translation>Esta oficina y usted</translation>
        </message>
        <message>
            <source>Office &amp;code:</source>
            <translation>Códi&amp;go de la oficina:</translation>
        </message>
        <message>
            <source>Office na&amp;me:</source>
            <translation>No&amp;mbre de la oficina:</translation>
        </message>
        <message>
            <source>Your name or &amp;initials:</source>
            <translation>Su nombre o sus &amp;iniciales:</translation>
        </message>
        <message>
            <source>Your &amp;password (you run this database):</source>
            <translation>Su contra&amp;seña (usted administra esta base de datos):</translation>
        </message>
        <message>
            <source>The password a&amp;gain:</source>
            <translation>Con&amp;firme la contraseña:</translation>
        </message>
        <message>
            <source>Campaign &amp;key:</source>
            <translation>Clav&amp;e de la campaña:</translation>
        </message>
        <message>
            <source>The recall's name, as the campaign calls it.</source>
            <translation>El nombre de la revocación, como lo llama la campaña.</translation>
        </message>
        <message>
            <source>The office or body the recall is about.</source>
            <translation>El cargo u organismo al que se refiere la revocación.</translation>
        </message>
        <message>
            <source>The county whose registrar counts the signatures.</source>
            <translation>El condado cuyo Registro de Votantes cuenta las firmas.</translation>
        </message>
        <message>
            <source>Valid signatures the law requires to qualify.</source>
            <translation>Las firmas válidas que la ley exige para calificar.</translation>
        </message>
        <message>
            <source>The day the petition was approved, typed {hint}.</source>
            <translation>El día en que se aprobó la petición, escrito {hint}.</translation>
        </message>
        <message>
            <source>The last day to file the signatures, typed {hint}.</source>
            <translation>El último día para entregar las firmas, escrito {hint}.</translation>
        </message>
        <message>
            <source>The share of clean signatures expected to be valid, until a sample says.</source>
            <translation>La proporción de firmas limpias que se espera que sean válidas, hasta que una muestra lo diga.</translation>
        </message>
        <message>
            <source>A short code for this office: letters, digits, - and _.</source>
            <translation>Un código corto para esta oficina: letras, dígitos, - y _.</translation>
        </message>
        <message>
            <source>This office's name, as people call it.</source>
            <translation>El nombre de esta oficina, como la llama la gente.</translation>
        </message>
        <message>
            <source>You become this office's lead.</source>
            <translation>Usted será el responsable de esta oficina.</translation>
        </message>
        <message>
            <source>At least 10 characters: a lead's password.</source>
            <translation>Al menos 10 caracteres: la contraseña de un responsable.</translation>
        </message>
        <message>
            <source>The same password again.</source>
            <translation>La misma contraseña otra vez.</translation>
        </message>
        <message>
            <source>Check it only on the central office's computer, which merges the offices' packets.</source>
            <translation>Márquela solo en la computadora de la oficina central, que combina los paquetes de las oficinas.</translation>
        </message>
        <message>
            <source>Type the approval date and the filing deadline as {hint}.</source>
            <translation>Escriba la fecha de aprobación y la fecha límite de presentación como {hint}.</translation>
        </message>
        <message>
            <source>The two passwords differ: type it again.</source>
            <translation>Las dos contraseñas no coinciden: escríbala otra vez.</translation>
        </message>
    </context>
    <context>
        <name>SignInDialog</name>
        <message>
            <source>Locked: sign in to go on</source>
            <translation>Bloqueado: inicie sesión para continuar</translation>
        </message>
        <message>
            <source>RecallDesk locked itself. {name}, type your PIN to go on; anyone else, type your name. Every saved line is kept.</source>
            <translation>RecallDesk bloqueó la pantalla. {name}, escriba su PIN para continuar; si usted es otra persona, escriba su nombre. Todas las líneas guardadas se conservan.</translation>
        </message>
        <message>
            <source>Sign in</source>
            <translation>Iniciar sesión</translation>
        </message>
        <message>
            <source>Type your name (or initials), Enter, then your PIN or password.</source>
            <translation>Escriba su nombre (o sus iniciales), pulse Enter y luego escriba su PIN o contraseña.</translation>
        </message>
        <message>
            <source>Your name or initials</source>
            <translation>Su nombre o iniciales</translation>
        </message>
        <message>
            <source>Type to find your name; Up and Down move in the list; Enter goes on to the PIN.</source>
            <translation>Escriba para buscar su nombre; las flechas Arriba y Abajo recorren la lista; Enter pasa al PIN.</translation>
        </message>
        <message>
            <source>Type your name to find it</source>
            <translation>Escriba su nombre para buscarlo</translation>
        </message>
        <message>
            <source>&amp;Your name:</source>
            <translation>Su &amp;nombre:</translation>
        </message>
        <message>
            <source>Operators at this office</source>
            <translation>Operadores de esta oficina</translation>
        </message>
        <message>
            <source>Each name with the role it signs in as.</source>
            <translation>Cada nombre con el rol con que inicia sesión.</translation>
        </message>
        <message>
            <source>PIN or password</source>
            <translation>PIN o contraseña</translation>
        </message>
        <message>
            <source>Yours, as a lead gave it; Enter signs in.</source>
            <translation>El suyo, tal como se lo dio un responsable; Enter inicia sesión.</translation>
        </message>
        <message>
            <source>&amp;PIN or password:</source>
            <translation>&amp;PIN o contraseña:</translation>
        </message>
        <message>
            <source>The language RecallDesk speaks to you in, from signing in on</source>
            <translation>El idioma en que RecallDesk le hablará a partir del inicio de sesión</translation>
        </message>
        <message>
            <source>Why signing in failed</source>
            <translation>Por qué no se pudo iniciar sesión</translation>
        </message>
        <message>
            <source>&amp;Sign in</source>
            <translation>&amp;Iniciar sesión</translation>
        </message>
        <message>
            <source>&amp;Quit RecallDesk</source>
            <translation>&amp;Salir de RecallDesk</translation>
        </message>
        <message>
            <source>no PIN yet</source>
            <translation>aún sin PIN</translation>
        </message>
        <message>
            <source>Enter picks the highlighted name; then type your PIN.</source>
            <translation>Enter elige el nombre resaltado; luego escriba su PIN.</translation>
        </message>
        <message>
            <source>Nobody here is called “{name}”. A lead adds operators (File → Operators…).</source>
            <translation>Aquí nadie se llama “{name}”. Los operadores los agrega un responsable (Archivo → Operadores…).</translation>
        </message>
        <message>
            <source>Nobody may sign in yet.</source>
            <translation>Todavía nadie puede iniciar sesión.</translation>
        </message>
        <message>
            <source>Choose your name first.</source>
            <translation>Primero elija su nombre.</translation>
        </message>
    </context>
    <context>
        <name>FirstLeadDialog</name>
        <message>
            <source>Who runs this office?</source>
            <translation>¿Quién dirige esta oficina?</translation>
        </message>
        <message>
            <source>Operators now sign in. Nobody may sign in to this database yet: type the name of its {role} (one already on the list keeps their lines) and choose their password. The {role} then gives every volunteer a PIN (File → Operators…).</source>
            <translation>Ahora los operadores inician sesión. Todavía nadie puede iniciar sesión en esta base de datos: escriba el nombre de su {role} (si ya está en la lista, conserva sus líneas) y elija su contraseña. Después, el {role} le da un PIN a cada voluntario (Archivo → Operadores…).</translation>
        </message>
        <message>
            <source>The lead's name</source>
            <translation>Nombre del responsable</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>Contraseña</translation>
        </message>
        <message>
            <source>Password again</source>
            <translation>Repetir la contraseña</translation>
        </message>
        <message>
            <source>&amp;Name:</source>
            <translation>&amp;Nombre:</translation>
        </message>
        <message>
            <source>&amp;Password (at least 10 characters):</source>
            <translation>&amp;Contraseña (al menos 10 caracteres):</translation>
        </message>
        <message>
            <source>The password &amp;again:</source>
            <translation>La contraseña otr&amp;a vez:</translation>
        </message>
        <message>
            <source>The two passwords differ.</source>
            <translation>Las dos contraseñas no coinciden.</translation>
        </message>
    </context>
    <context>
        <name>SignInMenu</name>
        <message>
            <source>Text at {percent}%</source>
            <translation>Texto al {percent}%</translation>
        </message>
        <message>
            <source>{action} ({role})</source>
            <translation>{action} ({role})</translation>
        </message>
    </context>
    <context>
        <name>StandingView</name>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Packets</source>
            <translation>Paquetes</translation>
        </message>
        <message>
            <source>Last packet (UTC)</source>
            <translation>Último paquete (UTC)</translation>
        </message>
        <message>
            <source>Days since</source>
            <translation>Días transcurridos</translation>
        </message>
        <message>
            <source>Missing packets</source>
            <translation>Paquetes faltantes</translation>
        </message>
        <message>
            <source>Open conflicts</source>
            <translation>Conflictos abiertos</translation>
        </message>
        <message>
            <source>Duplicates to review</source>
            <translation>Duplicados por revisar</translation>
        </message>
        <message>
            <source>Sections verified</source>
            <translation>Secciones verificadas</translation>
        </message>
        <message>
            <source>Errors per 1,000 fields</source>
            <translation>Errores por cada 1,000 campos</translation>
        </message>
        <message>
            <source>The offices' standing</source>
            <translation>La situación de las oficinas</translation>
        </message>
        <message>
            <source>The most urgent first: packets missing (a gap in an office's numbering: ask it to sync everything) and open conflicts, then the longest silence. Keying quality comes from each office's verification (sections keyed again blind), as its latest packet reported it; the error rate shows once 200 fields were compared.</source>
            <translation>Lo más urgente primero: paquetes faltantes (un hueco en la numeración de una oficina: pídale que sincronice todo) y conflictos abiertos; después, el silencio más largo. La calidad de la captura proviene de la verificación de cada oficina (secciones capturadas de nuevo a ciegas), según lo informó su último paquete; la tasa de errores aparece cuando ya se han comparado 200 campos.</translation>
        </message>
        <message>
            <source>nothing yet</source>
            <translation>nada todavía</translation>
        </message>
        <message>
            <source>— (nothing verified yet)</source>
            <translation>— (nada verificado todavía)</translation>
        </message>
        <message numerus="yes">
            <source>— (%Ln fields compared)</source>
            <translation>
                <numerusform>— (%Ln campo comparado)</numerusform>
                <numerusform>— (%Ln campos comparados)</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>StatisticsWindow</name>
        <message>
            <source>Operator statistics</source>
            <translation>Estadísticas de los operadores</translation>
        </message>
        <message>
            <source>Operator / day</source>
            <translation>Operador / día</translation>
        </message>
        <message>
            <source>Office</source>
            <translation>Oficina</translation>
        </message>
        <message>
            <source>Lines keyed</source>
            <translation>Líneas capturadas</translation>
        </message>
        <message>
            <source>Keying time</source>
            <translation>Tiempo de captura</translation>
        </message>
        <message>
            <source>Lines per hour</source>
            <translation>Líneas por hora</translation>
        </message>
        <message>
            <source>Fields in error per 1,000</source>
            <translation>Campos con error por cada 1,000</translation>
        </message>
        <message>
            <source>Corrected later</source>
            <translation>Corregidas después</translation>
        </message>
        <message>
            <source>Verified share</source>
            <translation>Porcentaje verificado</translation>
        </message>
        <message>
            <source>Each operator's figures, and day by day</source>
            <translation>Las cifras de cada operador, en total y día por día</translation>
        </message>
        <message>
            <source>Keying time counts the pauses between one operator's saved lines, but not a pause over 5 minutes. Errors come from verification: a field the paper proved wrong, per 1,000 compared (shown from {fields} fields on), on the day of the keying it judges. Above {limit} per 1,000 an operator's verified share triples. At central, other offices' errors come from their packets, as totals.</source>
            <translation>El tiempo de captura suma las pausas entre las líneas guardadas de un mismo operador, sin contar las pausas de más de 5 minutos. Los errores vienen de la verificación: un campo que el papel demostró equivocado, por cada 1,000 comparados (se muestran a partir de {fields} campos), contado en el día de la captura que se evalúa. Por encima de {limit} por cada 1,000, el porcentaje verificado de un operador se triplica. En la central, los errores de las otras oficinas vienen de sus paquetes, como totales.</translation>
        </message>
        <message>
            <source>Counting…</source>
            <translation>Contando…</translation>
        </message>
        <message numerus="yes">
            <source>%n operator(s).</source>
            <translation>
                <numerusform>%n operador.</numerusform>
                <numerusform>%n operadores.</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>SyncWindow</name>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Nothing new since packet {sequence}: no packet written.</source>
            <translation>Nada nuevo desde el paquete {sequence}: no se escribió ningún paquete.</translation>
        </message>
        <message>
            <source>Wrote packet {sequence} (%Ln row(s)) to {path}.</source>
            <translation>Se escribió el paquete {sequence} (%Ln fila(s)) en {path}.</translation>
        </message>
        <message>
            <source>Central digest not imported: {why}</source>
            <translation>No se importó el resumen de la central: {why}</translation>
        </message>
        <message>
            <source>No office has sent a packet yet: no digest written.</source>
            <translation>Ninguna oficina ha enviado un paquete todavía: no se escribió ningún resumen.</translation>
        </message>
        <message>
            <source>Wrote %Ln digest(s) to {folder}.</source>
            <translation>Se escribieron resúmenes en {folder}: %Ln.</translation>
        </message>
    </context>
    <context>
        <name>MergeWindow</name>
        <message>
            <source>Merge office packets</source>
            <translation>Combinar los paquetes de las oficinas</translation>
        </message>
        <message>
            <source>Files and folders to merge</source>
            <translation>Archivos y carpetas para combinar</translation>
        </message>
        <message>
            <source>Add &amp;files…</source>
            <translation>Agregar &amp;archivos…</translation>
        </message>
        <message>
            <source>Add f&amp;older…</source>
            <translation>Agregar &amp;carpeta…</translation>
        </message>
        <message>
            <source>&amp;Merge</source>
            <translation>Co&amp;mbinar</translation>
        </message>
        <message>
            <source>Merge report</source>
            <translation>Informe de la combinación</translation>
        </message>
        <message>
            <source>The merge report appears here.</source>
            <translation>Aquí aparece el informe de la combinación.</translation>
        </message>
        <message>
            <source>Packets (.recalldesk.xlsx) from the offices, as files or whole folders:</source>
            <translation>Paquetes (.recalldesk.xlsx) de las oficinas, como archivos sueltos o carpetas completas:</translation>
        </message>
        <message>
            <source>Packets to merge</source>
            <translation>Paquetes para combinar</translation>
        </message>
        <message>
            <source>RecallDesk packets (*.xlsx)</source>
            <translation>Paquetes de RecallDesk (*.xlsx)</translation>
        </message>
        <message>
            <source>Folder of packets</source>
            <translation>Carpeta de paquetes</translation>
        </message>
        <message>
            <source>Add packet files or a folder first.</source>
            <translation>Primero agregue archivos de paquetes o una carpeta.</translation>
        </message>
        <message>
            <source>Merging packets…</source>
            <translation>Combinando paquetes…</translation>
        </message>
        <message>
            <source>Nothing was merged: {why}</source>
            <translation>No se combinó nada: {why}</translation>
        </message>
    </context>
    <context>
        <name>VerdictBox</name>
        <message>
            <source>Projected outcome</source>
            <translation>Resultado proyectado</translation>
        </message>
        <message>
            <source>What the projection stands on</source>
            <translation>En qué se basa la proyección</translation>
        </message>
        <message>
            <source>Pace to the deadline</source>
            <translation>Ritmo hasta la fecha límite</translation>
        </message>
        <message>
            <source>The newest sample with at least 100 results, if any: the registrar's formula on its results, per raw signature, times today's raw count, rounded down. Otherwise the conservative estimate.</source>
            <translation>La muestra más reciente con al menos 100 resultados, si la hay: la fórmula del Registro de Votantes aplicada a sus resultados, por firma bruta, multiplicada por el conteo bruto de hoy y redondeada hacia abajo. Si no, la estimación conservadora.</translation>
        </message>
        <message>
            <source>Raw signatures still needed for more than 110% at that validity, divided by the days left, against the average of the last seven days.</source>
            <translation>Firmas brutas que aún faltan para superar el 110% con esa validez, divididas entre los días que quedan, comparadas con el promedio de los últimos siete días.</translation>
        </message>
        <message>
            <source>Qualifies</source>
            <translation>Califica</translation>
        </message>
        <message>
            <source>Full count (90–110%)</source>
            <translation>Conteo completo (90–110%)</translation>
        </message>
        <message>
            <source>Fails</source>
            <translation>No califica</translation>
        </message>
        <message>
            <source>{symbol} Projected: {outcome} — {valid} valid, {share} of the requirement</source>
            <translation>{symbol} Proyección: {outcome} — {valid} válidas, {share} de lo requerido</translation>
        </message>
        <message>
            <source>More than {qualify} of the requirement qualifies; from {fail} a full count of every signature decides; below it fails (EC 11225).</source>
            <translation>Con más del {qualify} de lo requerido, califica; desde el {fail}, decide un conteo completo de todas las firmas; por debajo, no califica (Código Electoral, art. 11225).</translation>
        </message>
        <message>
            <source>From the sample drawn {day}: {checked:,} of {size:,} signatures checked, {valid:,} valid, {dups:,} signed more than once — validity {rate} (95% interval {low}–{high}, Wilson), {effective} after the registrar's duplicate penalty, applied to today's raw count and rounded down.</source>
            <translation>Según la muestra sacada el {day}: {checked:,} de {size:,} firmas revisadas, {valid:,} válidas, {dups:,} firmaron más de una vez — validez del {rate} (intervalo de confianza del 95%: {low}–{high}, Wilson), {effective} tras la penalización por duplicados del Registro de Votantes, aplicada al conteo bruto de hoy y redondeada hacia abajo.</translation>
        </message>
        <message>
            <source>{pending:,} drawn lines are not checked yet.</source>
            <translation>{pending:,} líneas de la muestra aún no se han revisado.</translation>
        </message>
        <message>
            <source>No sample yet, and too few lines to measure our own checks: the campaign's assumed validity ({validity}) alone. Draw a sample for a real figure.</source>
            <translation>Aún no hay muestra, y hay muy pocas líneas para medir nuestras propias revisiones: solo la validez supuesta de la campaña ({validity}). Saque una muestra para obtener una cifra real.</translation>
        </message>
        <message>
            <source>No sample yet: the conservative estimate (clean signatures × the assumed validity, rounded down), {validity} of raw. Draw a sample for a real figure.</source>
            <translation>Aún no hay muestra: la estimación conservadora (firmas limpias × la validez supuesta, redondeada hacia abajo), {validity} de las brutas. Saque una muestra para obtener una cifra real.</translation>
        </message>
        <message>
            <source>No signature counts yet: no pace can be set.</source>
            <translation>Aún no hay conteos de firmas: no se puede calcular un ritmo.</translation>
        </message>
        <message>
            <source>the last 7 days averaged {pace:,.0f} a day</source>
            <translation>el promedio de los últimos 7 días fue de {pace:,.0f} al día</translation>
        </message>
        <message>
            <source>The raw count ({raw:,}) already reaches {goal} at {validity} validity; {recent}.</source>
            <translation>El conteo bruto ({raw:,}) ya alcanza el {goal} con una validez del {validity}; {recent}.</translation>
        </message>
        <message>
            <source>The deadline ({deadline}) has passed {needed:,} raw signatures short of {goal}.</source>
            <translation>La fecha límite ({deadline}) ya pasó y faltaron {needed:,} firmas brutas para llegar al {goal}.</translation>
        </message>
        <message>
            <source>at this pace the drive reaches {goal} in time</source>
            <translation>a este ritmo, la campaña de firmas llega al {goal} a tiempo</translation>
        </message>
        <message>
            <source>at this pace it ends near {landing:,} raw, short of {target:,}</source>
            <translation>a este ritmo termina cerca de {landing:,} brutas, sin llegar a {target:,}</translation>
        </message>
        <message>
            <source>At {validity} validity you need about {needed:,} more raw signatures to reach {goal} by {deadline} — {per_day:,.0f} a day for {days} days; {recent}: {lands}.</source>
            <translation>Con una validez del {validity}, faltan unas {needed:,} firmas brutas para llegar al {goal} para el {deadline} — {per_day:,.0f} al día durante {days} días; {recent}: {lands}.</translation>
        </message>
    </context>
    <context>
        <name>Verify</name>
        <message>
            <source>new volunteer</source>
            <translation>voluntario nuevo</translation>
        </message>
        <message>
            <source>drawn (share)</source>
            <translation>sorteada (proporción)</translation>
        </message>
        <message>
            <source>drawn (larger share: errors)</source>
            <translation>sorteada (proporción mayor: errores)</translation>
        </message>
        <message>
            <source>picked by hand</source>
            <translation>elegida a mano</translation>
        </message>
        <message>
            <source>to key again</source>
            <translation>por volver a capturar</translation>
        </message>
        <message>
            <source>being keyed again</source>
            <translation>en nueva captura</translation>
        </message>
        <message>
            <source>differences to settle</source>
            <translation>diferencias por resolver</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificada</translation>
        </message>
        <message>
            <source>no longer verified</source>
            <translation>ya no verificada</translation>
        </message>
        <message>
            <source>Mark (blank, struck, illegible)</source>
            <translation>Marca (en blanco, tachada, ilegible)</translation>
        </message>
        <message>
            <source>{state}: line {line} changed by {name}, {when}</source>
            <translation>{state}: línea {line} cambiada por {name}, {when}</translation>
        </message>
    </context>
    <context>
        <name>VerifyWindow</name>
        <message>
            <source>Verification</source>
            <translation>Verificación</translation>
        </message>
        <message>
            <source>Share of each operator's sections verified</source>
            <translation>Porcentaje de las secciones de cada operador que se verifican</translation>
        </message>
        <message>
            <source>A new volunteer's first sections, all verified</source>
            <translation>Primeras secciones de un voluntario nuevo, todas verificadas</translation>
        </message>
        <message>
            <source>Every one of a new volunteer's first sections is verified, and a share of everyone's others, drawn at random (the draw's number repeats it). Someone whose errors pass {limit} per 1,000 fields has {factor}× the share.</source>
            <translation>Se verifican todas las primeras secciones de un voluntario nuevo y un porcentaje de las demás secciones de todos, sorteadas al azar (con el número del sorteo se puede repetir). A quien pase de {limit} errores por cada 1,000 campos se le aplica {factor}× ese porcentaje.</translation>
        </message>
        <message>
            <source>S&amp;hare:</source>
            <translation>&amp;Porcentaje:</translation>
        </message>
        <message>
            <source>New volunteer's first &amp;sections:</source>
            <translation>Primeras &amp;secciones de un voluntario nuevo:</translation>
        </message>
        <message>
            <source>&amp;Draw sections to verify</source>
            <translation>Sor&amp;tear secciones por verificar</translation>
        </message>
        <message>
            <source>&amp;Pick a section…</source>
            <translation>E&amp;legir una sección…</translation>
        </message>
        <message>
            <source>&amp;Key it again (blind)…</source>
            <translation>&amp;Volver a capturarla (a ciegas)…</translation>
        </message>
        <message>
            <source>S&amp;ettle its differences…</source>
            <translation>R&amp;esolver sus diferencias…</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Keyed by</source>
            <translation>Capturada por</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>State</source>
            <translation>Estado</translation>
        </message>
        <message>
            <source>Verifier</source>
            <translation>Verificador</translation>
        </message>
        <message>
            <source>Open differences</source>
            <translation>Diferencias pendientes</translation>
        </message>
        <message>
            <source>Sections to verify</source>
            <translation>Secciones por verificar</translation>
        </message>
        <message>
            <source>Drew {n} section(s) to verify (draw number {seed}).</source>
            <translation>Secciones sorteadas para verificar: {n} (número de sorteo {seed}).</translation>
        </message>
        <message>
            <source>&amp;Serial number of a closed section:</source>
            <translation>Número de &amp;serie de una sección cerrada:</translation>
        </message>
        <message>
            <source>Pick a section</source>
            <translation>Elegir una sección</translation>
        </message>
        <message>
            <source>Choose a section with differences to settle.</source>
            <translation>Elija una sección con diferencias por resolver.</translation>
        </message>
    </context>
    <context>
        <name>BlindKeyDialog</name>
        <message>
            <source>Key section {serial} again</source>
            <translation>Volver a capturar la sección {serial}</translation>
        </message>
        <message>
            <source>Section {serial}, {declared} lines declared. Key every line from the paper, as when keying (Ctrl+B blank, Ctrl+K struck); you do not see the first keying. Ctrl+Return compares.</source>
            <translation>Sección {serial}, {declared} líneas declaradas. Capture cada línea del papel, igual que en la captura normal (Ctrl+B en blanco, Ctrl+K tachada); usted no ve la primera captura. Ctrl+Return compara.</translation>
        </message>
        <message>
            <source>Lines keyed again</source>
            <translation>Líneas capturadas de nuevo</translation>
        </message>
        <message>
            <source>&amp;Finish and compare</source>
            <translation>&amp;Terminar y comparar</translation>
        </message>
        <message>
            <source>· Line {line}</source>
            <translation>· Línea {line}</translation>
        </message>
        <message>
            <source>✓ Line {line}: {what}</source>
            <translation>✓ Línea {line}: {what}</translation>
        </message>
    </context>
    <context>
        <name>QueueDialog</name>
        <message>
            <source>Settle the differences of section {serial}</source>
            <translation>Resolver las diferencias de la sección {serial}</translation>
        </message>
        <message>
            <source>Line and field</source>
            <translation>Línea y campo</translation>
        </message>
        <message>
            <source>The first keying's value</source>
            <translation>Valor de la primera captura</translation>
        </message>
        <message>
            <source>The second keying's value</source>
            <translation>Valor de la segunda captura</translation>
        </message>
        <message>
            <source>What the paper says</source>
            <translation>Lo que dice el papel</translation>
        </message>
        <message>
            <source>or type what the paper says, then Enter</source>
            <translation>o escriba lo que dice el papel y pulse Enter</translation>
        </message>
        <message>
            <source>The first (F7)</source>
            <translation>La primera (F7)</translation>
        </message>
        <message>
            <source>The second (F8)</source>
            <translation>La segunda (F8)</translation>
        </message>
        <message>
            <source>Shift+F7 / Shift+F8: the first or the second for the whole line.</source>
            <translation>Shift+F7 / Shift+F8: la primera o la segunda para toda la línea.</translation>
        </message>
        <message>
            <source>&lt;b&gt;Line {line}&lt;/b&gt; · {field}</source>
            <translation>&lt;b&gt;Línea {line}&lt;/b&gt; · {field}</translation>
        </message>
        <message>
            <source>First keying: {value}</source>
            <translation>Primera captura: {value}</translation>
        </message>
        <message>
            <source>Second keying: {value}</source>
            <translation>Segunda captura: {value}</translation>
        </message>
        <message numerus="yes">
            <source>%n difference(s) left</source>
            <translation>
                <numerusform>Queda %n diferencia</numerusform>
                <numerusform>Quedan %n diferencias</numerusform>
            </translation>
        </message>
    </context>
    <context>
        <name>VoterCandidatesDialog</name>
        <message>
            <source>{status}, registered {day}</source>
            <translation>{status}, registrado el {day}</translation>
        </message>
        <message>
            <source>voter {id}</source>
            <translation>votante {id}</translation>
        </message>
        <message>
            <source>score {score}</source>
            <translation>puntuación {score}</translation>
        </message>
        <message>
            <source>at another address</source>
            <translation>en otra dirección</translation>
        </message>
        <message>
            <source>the matcher's pick</source>
            <translation>la elección del cotejo automático</translation>
        </message>
    </context>
    <context>
        <name>CandidatesDialog</name>
        <message>
            <source>Section {serial}, line {line}: which voter?</source>
            <translation>Sección {serial}, línea {line}: ¿qué votante es?</translation>
        </message>
        <message>
            <source>Predicted: {status} — {why}</source>
            <translation>Previsto: {status} — {why}</translation>
        </message>
        <message>
            <source>The line as keyed</source>
            <translation>La línea tal como se capturó</translation>
        </message>
        <message>
            <source>Voters who may have signed this line</source>
            <translation>Votantes que pudieron haber firmado esta línea</translation>
        </message>
        <message>
            <source>No voter in the file fits this line.</source>
            <translation>Ningún votante del padrón corresponde a esta línea.</translation>
        </message>
        <message>
            <source>Keys: 1–{last} pick that voter · N none of these · Esc leave it.</source>
            <translation>Teclas: 1–{last} elige ese votante · N ninguno de estos · Esc dejarla pendiente.</translation>
        </message>
        <message>
            <source>&amp;None of these (N)</source>
            <translation>&amp;Ninguno de estos (N)</translation>
        </message>
        <message>
            <source>&amp;Pick this voter</source>
            <translation>&amp;Elegir este votante</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
    </context>
    <context>
        <name>VoterMappingDialog</name>
        <message>
            <source>Voter id</source>
            <translation>Id. de votante</translation>
        </message>
        <message>
            <source>First name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Last name</source>
            <translation>Apellido</translation>
        </message>
        <message>
            <source>House number</source>
            <translation>Número de casa</translation>
        </message>
        <message>
            <source>Street name</source>
            <translation>Nombre de la calle</translation>
        </message>
        <message>
            <source>ZIP</source>
            <translation>Código postal</translation>
        </message>
        <message>
            <source>Middle name</source>
            <translation>Segundo nombre</translation>
        </message>
        <message>
            <source>Suffix (Jr, Sr)</source>
            <translation>Sufijo (Jr, Sr)</translation>
        </message>
        <message>
            <source>House fraction (1/2)</source>
            <translation>Fracción del número (1/2)</translation>
        </message>
        <message>
            <source>Street direction (N)</source>
            <translation>Dirección de la calle (N)</translation>
        </message>
        <message>
            <source>Street type (Ave)</source>
            <translation>Tipo de calle (Ave)</translation>
        </message>
        <message>
            <source>Street post-direction</source>
            <translation>Dirección posterior de la calle</translation>
        </message>
        <message>
            <source>Unit</source>
            <translation>Depto.</translation>
        </message>
        <message>
            <source>City</source>
            <translation>Ciudad</translation>
        </message>
        <message>
            <source>Registration status</source>
            <translation>Estado del registro</translation>
        </message>
        <message>
            <source>Registration date</source>
            <translation>Fecha de registro</translation>
        </message>
        <message>
            <source>Tab</source>
            <translation>Tabulador</translation>
        </message>
        <message>
            <source>Comma</source>
            <translation>Coma</translation>
        </message>
        <message>
            <source>Pipe (|)</source>
            <translation>Barra vertical (|)</translation>
        </message>
        <message>
            <source>Import a voter file: columns</source>
            <translation>Importar un padrón electoral: columnas</translation>
        </message>
        <message>
            <source>Voter file</source>
            <translation>Padrón electoral</translation>
        </message>
        <message>
            <source>C&amp;hoose file…</source>
            <translation>&amp;Elegir archivo…</translation>
        </message>
        <message>
            <source>The file's encoding, delimiter and size</source>
            <translation>Codificación, separador y tamaño del archivo</translation>
        </message>
        <message>
            <source>Delimiter</source>
            <translation>Separador</translation>
        </message>
        <message>
            <source>{field} *:</source>
            <translation>{field} *:</translation>
        </message>
        <message>
            <source>{field}:</source>
            <translation>{field}:</translation>
        </message>
        <message>
            <source>Columns (* required)</source>
            <translation>Columnas (* = obligatoria)</translation>
        </message>
        <message>
            <source>Status codes in the first rows</source>
            <translation>Códigos de estado en las primeras filas</translation>
        </message>
        <message>
            <source>The file's first rows</source>
            <translation>Las primeras filas del archivo</translation>
        </message>
        <message>
            <source>Day the file was received from the registrar</source>
            <translation>Día en que se recibió el archivo del Registro de Votantes</translation>
        </message>
        <message>
            <source>What is missing</source>
            <translation>Lo que falta</translation>
        </message>
        <message>
            <source>&amp;Import</source>
            <translation>&amp;Importar</translation>
        </message>
        <message>
            <source>&amp;File:</source>
            <translation>&amp;Archivo:</translation>
        </message>
        <message>
            <source>&amp;Delimiter:</source>
            <translation>&amp;Separador:</translation>
        </message>
        <message>
            <source>&amp;Received on:</source>
            <translation>&amp;Recibido el:</translation>
        </message>
        <message>
            <source>The county's voter file</source>
            <translation>El padrón electoral del condado</translation>
        </message>
        <message>
            <source>Delimited text (*.txt *.tsv *.csv *.tab *.psv);;All files (*)</source>
            <translation>Texto delimitado (*.txt *.tsv *.csv *.tab *.psv);;Todos los archivos (*)</translation>
        </message>
        <message>
            <source>⚠ {name}: {why}</source>
            <translation>⚠ {name}: {why}</translation>
        </message>
        <message>
            <source>{encoding} · {columns} columns · {size}</source>
            <translation>{encoding} · {columns} columnas · {size}</translation>
        </message>
        <message>
            <source>— not in the file —</source>
            <translation>— no está en el archivo —</translation>
        </message>
        <message>
            <source>No status column: every voter is taken as active.</source>
            <translation>Sin columna de estado: todos los votantes se toman como activos.</translation>
        </message>
        <message>
            <source>What status code {code} means</source>
            <translation>Qué significa el código de estado {code}</translation>
        </message>
        <message>
            <source>— choose —</source>
            <translation>— elija —</translation>
        </message>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>inactive (still registered)</source>
            <translation>inactivo (sigue registrado)</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Choose the county's voter file.</source>
            <translation>Elija el padrón electoral del condado.</translation>
        </message>
        <message>
            <source>Choose a column for {fields}.</source>
            <translation>Elija una columna para: {fields}.</translation>
        </message>
        <message>
            <source>Say what status code {codes} means.</source>
            <translation>Indique qué significa el código de estado {codes}.</translation>
        </message>
        <message>
            <source>{n} MB</source>
            <translation>{n} MB</translation>
        </message>
        <message>
            <source>{n} KB</source>
            <translation>{n} KB</translation>
        </message>
        <message>
            <source>%Ln byte(s)</source>
            <translation>%Ln byte(s)</translation>
        </message>
    </context>
    <context>
        <name>PresetsBox</name>
        <message>
            <source>Preset</source>
            <translation>Plantilla</translation>
        </message>
        <message>
            <source>De&amp;lete preset</source>
            <translation>&amp;Borrar plantilla</translation>
        </message>
        <message>
            <source>&amp;Preset:</source>
            <translation>&amp;Plantilla:</translation>
        </message>
        <message>
            <source>Guessed from the file's headers</source>
            <translation>Deducida de los encabezados del archivo</translation>
        </message>
        <message>
            <source>{name} (built in)</source>
            <translation>{name} (incluida)</translation>
        </message>
        <message>
            <source>Save as preset…</source>
            <translation>Guardar como plantilla…</translation>
        </message>
        <message>
            <source>Save as preset</source>
            <translation>Guardar como plantilla</translation>
        </message>
        <message>
            <source>A name for this layout (the county, the extract):</source>
            <translation>Un nombre para este formato (el condado, el extracto):</translation>
        </message>
        <message>
            <source>Replace the preset?</source>
            <translation>¿Reemplazar la plantilla?</translation>
        </message>
        <message>
            <source>A preset named “{name}” is already saved. Replace it?</source>
            <translation>Ya hay una plantilla guardada con el nombre “{name}”. ¿Reemplazarla?</translation>
        </message>
        <message>
            <source>Delete the preset?</source>
            <translation>¿Borrar la plantilla?</translation>
        </message>
        <message>
            <source>Delete the preset “{name}”? Files already imported keep their mapping.</source>
            <translation>¿Borrar la plantilla “{name}”? Los archivos ya importados conservan su asignación de columnas.</translation>
        </message>
    </context>
    <context>
        <name>VoterReviewModel</name>
        <message>
            <source>active</source>
            <translation>activo</translation>
        </message>
        <message>
            <source>inactive (still registered)</source>
            <translation>inactivo (sigue registrado)</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>Section</source>
            <translation>Sección</translation>
        </message>
        <message>
            <source>Line</source>
            <translation>Línea</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>Nombre</translation>
        </message>
        <message>
            <source>Address</source>
            <translation>Dirección</translation>
        </message>
        <message>
            <source>Predicted</source>
            <translation>Previsto</translation>
        </message>
        <message>
            <source>Why</source>
            <translation>Motivo</translation>
        </message>
        <message>
            <source>{status} ({n} candidates)</source>
            <translation>{status} ({n} posibles votantes)</translation>
        </message>
    </context>
    <context>
        <name>VotersWindow</name>
        <message>
            <source>Line {line}: {what}.</source>
            <translation>Línea {line}: {what}.</translation>
        </message>
        <message>
            <source>Voter file</source>
            <translation>Padrón electoral</translation>
        </message>
        <message>
            <source>The current voter file</source>
            <translation>El padrón electoral actual</translation>
        </message>
        <message>
            <source>&amp;Import a voter file…</source>
            <translation>&amp;Importar un padrón electoral…</translation>
        </message>
        <message>
            <source>&amp;Match lines</source>
            <translation>&amp;Cotejar líneas</translation>
        </message>
        <message>
            <source>Predict the registrar's verdict on every line new or changed since the last match</source>
            <translation>Prever el dictamen del Registro de Votantes sobre cada línea nueva o modificada desde el último cotejo</translation>
        </message>
        <message>
            <source>What the last action did</source>
            <translation>Lo que hizo la última acción</translation>
        </message>
        <message>
            <source>Predicted verdicts</source>
            <translation>Dictámenes previstos</translation>
        </message>
        <message>
            <source>How many lines to review</source>
            <translation>Cuántas líneas hay que revisar</translation>
        </message>
        <message>
            <source>Lines whose voter a person must settle</source>
            <translation>Líneas cuyo votante debe decidir una persona</translation>
        </message>
        <message>
            <source>Enter: the selected line's candidate voters; there 1–9 picks one, N none of these. The list moves on to the next line.</source>
            <translation>Enter: los votantes posibles de la línea seleccionada; ahí, 1–9 elige uno y N, ninguno de ellos. La lista pasa a la línea siguiente.</translation>
        </message>
        <message>
            <source>The voter file is kept at the central office only: import and match lines there.</source>
            <translation>El padrón electoral se guarda solo en la oficina central: importe y coteje las líneas allí.</translation>
        </message>
        <message>
            <source>No voter file imported yet. Ask the registrar for the county's voter file for election purposes (Elections Code 2194), as delimited text, then import it here.</source>
            <translation>Aún no se ha importado ningún padrón electoral. Pida al Registro de Votantes el padrón electoral del condado para fines electorales (Código Electoral, art. 2194), en texto delimitado, y luego impórtelo aquí.</translation>
        </message>
        <message>
            <source>{n} {status}</source>
            <translation>{n} {status}</translation>
        </message>
        <message>
            <source>{size}, received {received}, imported {at} UTC by {by}: {rows} voters read, {refused} rows refused.</source>
            <translation>{size}, recibido el {received}, importado el {at} UTC por {by}: {rows} votantes leídos, {refused} filas rechazadas.</translation>
        </message>
        <message>
            <source>SHA-256 {sha}</source>
            <translation>SHA-256 {sha}</translation>
        </message>
        <message>
            <source>Voters: {counts}</source>
            <translation>Votantes: {counts}</translation>
        </message>
        <message>
            <source>%Ln line(s) to review</source>
            <translation>%Ln línea(s) por revisar</translation>
        </message>
        <message>
            <source>No line matched yet.</source>
            <translation>Aún no se ha cotejado ninguna línea.</translation>
        </message>
        <message>
            <source>Predicted: {words}</source>
            <translation>Previsto: {words}</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>Cancelar</translation>
        </message>
        <message>
            <source>Stopped; nothing changed.</source>
            <translation>Detenido; no se cambió nada.</translation>
        </message>
        <message>
            <source>✗ {why}</source>
            <translation>✗ {why}</translation>
        </message>
        <message>
            <source>✓ {what}</source>
            <translation>✓ {what}</translation>
        </message>
        <message>
            <source>Imported {n} voters from {name}; {refused} rows refused.</source>
            <translation>Se importaron {n} votantes de {name}; {refused} filas rechazadas.</translation>
        </message>
        <message>
            <source>Reading {name}…</source>
            <translation>Leyendo {name}…</translation>
        </message>
        <message>
            <source>Matched {n} lines against the voter file in {seconds} s.</source>
            <translation>Se cotejaron {n} líneas con el padrón electoral en {seconds} s.</translation>
        </message>
        <message>
            <source>Matching lines against the voter file…</source>
            <translation>Cotejando las líneas con el padrón electoral…</translation>
        </message>
    </context>
    <context>
        <name>Words</name>
        <message>
            <source>received</source>
            <translation>recibida</translation>
        </message>
        <message>
            <source>keying</source>
            <translation>en captura</translation>
        </message>
        <message>
            <source>keyed</source>
            <translation>capturada</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificada</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exportada</translation>
        </message>
    </context>
    <context>
        <name>Dedupe</name>
        <message>
            <source>same house number, street and ZIP</source>
            <translation>mismo número de casa, calle y código postal</translation>
        </message>
        <message>
            <source>same given name</source>
            <translation>mismo nombre de pila</translation>
        </message>
        <message>
            <source>given name a nickname or short form</source>
            <translation>nombre de pila en forma de apodo o abreviado</translation>
        </message>
        <message>
            <source>given name an initial</source>
            <translation>nombre de pila solo con la inicial</translation>
        </message>
        <message>
            <source>given name one letter off</source>
            <translation>nombre de pila con una letra distinta</translation>
        </message>
        <message>
            <source>first and last names swapped</source>
            <translation>nombre y apellido invertidos</translation>
        </message>
        <message>
            <source>a second family name added or left off</source>
            <translation>segundo apellido agregado u omitido</translation>
        </message>
        <message>
            <source>family name one letter off</source>
            <translation>apellido con una letra distinta</translation>
        </message>
        <message>
            <source>house number digits swapped</source>
            <translation>dígitos del número de casa invertidos</translation>
        </message>
        <message>
            <source>house number one digit off (or a neighbour)</source>
            <translation>número de casa con un dígito distinto (o un vecino)</translation>
        </message>
        <message>
            <source>the street written another way</source>
            <translation>la calle escrita de otra forma</translation>
        </message>
        <message>
            <source>ZIP one digit off</source>
            <translation>código postal con un dígito distinto</translation>
        </message>
        <message>
            <source>unit number on one line only</source>
            <translation>número de unidad en una sola línea</translation>
        </message>
        <message>
            <source>different unit numbers</source>
            <translation>números de unidad distintos</translation>
        </message>
        <message>
            <source>one line says Jr, Sr or III and the other not: a parent and child of one name cannot be told apart from the lines; check the voter file or the signatures</source>
            <translation>una línea dice Jr, Sr o III y la otra no: con solo las líneas no se puede distinguir a padre e hijo del mismo nombre; revise el padrón electoral o las firmas</translation>
        </message>
        <message>
            <source>different given names</source>
            <translation>nombres de pila distintos</translation>
        </message>
        <message>
            <source>both lines matched to the same voter</source>
            <translation>ambas líneas coinciden con el mismo votante</translation>
        </message>
        <message>
            <source>Group {id}: score {score}{likely} — {reasons}</source>
            <translation>Grupo {id}: puntuación {score}{likely} — {reasons}</translation>
        </message>
        <message>
            <source>, likely</source>
            <translation>, probable</translation>
        </message>
        <message>
            <source>  {serial} line {line} ({office}): {first} {last}, {address}, {zip}</source>
            <translation>  {serial} línea {line} ({office}): {first} {last}, {address}, {zip}</translation>
        </message>
    </context>
    <context>
        <name>Merge</name>
        <message>
            <source>office {office}, device {device}: packet(s) {numbers} missing (packet {latest} arrived). Ask the office for the missing packet(s), or for a full one (File → Sync everything to folder…, or recalldesk sync --full).</source>
            <translation>oficina {office}, equipo {device}: paquetes que faltan: {numbers} (llegó el paquete {latest}). Pida a la oficina los paquetes que faltan, o uno completo (Archivo → Sincronizar todo con una carpeta…, o recalldesk sync --full).</translation>
        </message>
        <message>
            <source>(%Ln packet(s) in all)</source>
            <translation>(%Ln paquete(s) en total)</translation>
        </message>
        <message>
            <source>(and %Ln more run(s))</source>
            <translation>(y %Ln intervalo(s) más)</translation>
        </message>
        <message>
            <source>{rows} rows: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</source>
            <translation>{rows} filas: {added} agregadas, {updated} actualizadas, {unchanged} sin cambios, {conflicts} conflictos</translation>
        </message>
        <message>
            <source>; its verification figures are older than a later packet's of the same computer, so those stand</source>
            <translation>; sus cifras de verificación son anteriores a las de un paquete posterior de la misma computadora, así que se mantienen esas</translation>
        </message>
        <message>
            <source>merged</source>
            <translation>combinado</translation>
        </message>
        <message>
            <source>skipped</source>
            <translation>omitido</translation>
        </message>
        <message>
            <source>refused</source>
            <translation>rechazado</translation>
        </message>
        <message>
            <source>Packets: {merged} merged, {skipped} skipped as already merged, {refused} refused</source>
            <translation>Paquetes: {merged} combinados, {skipped} omitidos por estar ya combinados, {refused} rechazados</translation>
        </message>
        <message>
            <source>(cancelled)</source>
            <translation>(se canceló)</translation>
        </message>
        <message>
            <source>Rows: {added} added, {updated} updated, {unchanged} unchanged, {conflicts} conflicts</source>
            <translation>Filas: {added} agregadas, {updated} actualizadas, {unchanged} sin cambios, {conflicts} conflictos</translation>
        </message>
        <message>
            <source>added</source>
            <translation>añadidos</translation>
        </message>
        <message>
            <source>updated</source>
            <translation>actualizados</translation>
        </message>
        <message>
            <source>unchanged</source>
            <translation>sin cambios</translation>
        </message>
        <message>
            <source>conflicts</source>
            <translation>conflictos</translation>
        </message>
        <message>
            <source>By office:</source>
            <translation>Por oficina:</translation>
        </message>
        <message>
            <source>%Ln packet(s)</source>
            <translation>%Ln paquete(s)</translation>
        </message>
        <message>
            <source>Conflicts are kept side by side: settle them in File → Merge conflicts… (or recalldesk conflicts).</source>
            <translation>Los conflictos se guardan lado a lado: resuélvalos en Archivo → Conflictos de combinación… (o con recalldesk conflicts).</translation>
        </message>
        <message>
            <source>Matched {n} new or changed lines to the voter file.</source>
            <translation>Se cotejaron con el padrón electoral {n} líneas nuevas o modificadas.</translation>
        </message>
        <message>
            <source>Gap: {gap}</source>
            <translation>Hueco en la numeración: {gap}</translation>
        </message>
    </context>
    <context>
        <name>Messages</name>
        <message>
            <source>The database could not be used</source>
            <translation>No se pudo usar la base de datos</translation>
        </message>
        <message>
            <source>The disk is full</source>
            <translation>El disco está lleno</translation>
        </message>
        <message>
            <source>The disk reported an error</source>
            <translation>El disco informó un error</translation>
        </message>
        <message>
            <source>The database cannot be written</source>
            <translation>No se puede escribir en la base de datos</translation>
        </message>
        <message>
            <source>The database is busy</source>
            <translation>La base de datos está ocupada</translation>
        </message>
        <message>
            <source>The database file is damaged</source>
            <translation>El archivo de la base de datos está dañado</translation>
        </message>
        <message>
            <source>Not a RecallDesk database</source>
            <translation>No es una base de datos de RecallDesk</translation>
        </message>
        <message>
            <source>The database is from a newer RecallDesk</source>
            <translation>La base de datos es de una versión más reciente de RecallDesk</translation>
        </message>
        <message>
            <source>No database</source>
            <translation>No hay base de datos</translation>
        </message>
        <message>
            <source>RecallDesk is already open</source>
            <translation>RecallDesk ya está abierto</translation>
        </message>
        <message>
            <source>Not allowed here</source>
            <translation>No permitido aquí</translation>
        </message>
        <message>
            <source>Not allowed for your role</source>
            <translation>No permitido para su rol</translation>
        </message>
        <message>
            <source>Sign-in</source>
            <translation>Inicio de sesión</translation>
        </message>
        <message>
            <source>Verification</source>
            <translation>Verificación</translation>
        </message>
        <message>
            <source>Keying</source>
            <translation>Captura</translation>
        </message>
        <message>
            <source>File refused</source>
            <translation>Archivo rechazado</translation>
        </message>
        <message>
            <source>The file could not be written</source>
            <translation>No se pudo escribir el archivo</translation>
        </message>
        <message>
            <source>Voter file</source>
            <translation>Padrón electoral</translation>
        </message>
        <message>
            <source>The database {path} could not be used ({detail}).</source>
            <translation>No se pudo usar la base de datos {path} ({detail}).</translation>
        </message>
        <message>
            <source>The disk is full. Free some disk space and try again. Nothing was saved by this action; everything saved before it is safe.</source>
            <translation>El disco está lleno. Libere espacio en el disco e inténtelo de nuevo. Esta acción no guardó nada; todo lo que se guardó antes está a salvo.</translation>
        </message>
        <message>
            <source>The disk reported an error while writing ({detail}). Nothing was saved by this action; everything saved before it is safe. If it happens again, copy the data folder to another disk.</source>
            <translation>El disco informó un error al escribir ({detail}). Esta acción no guardó nada; todo lo que se guardó antes está a salvo. Si vuelve a ocurrir, copie la carpeta de datos a otro disco.</translation>
        </message>
        <message>
            <source>The database cannot be written: the file or its folder is read-only (or on a locked USB stick). Move it to a writable folder. ({detail})</source>
            <translation>No se puede escribir en la base de datos: el archivo o su carpeta son de solo lectura (o están en una memoria USB bloqueada). Mueva la base de datos a una carpeta donde se pueda escribir. ({detail})</translation>
        </message>
        <message>
            <source>Another program (or another copy of RecallDesk) is using the database. Close it and try again. Nothing was saved by this action.</source>
            <translation>Otro programa (u otra copia de RecallDesk) está usando la base de datos. Ciérrelo e inténtelo de nuevo. Esta acción no guardó nada.</translation>
        </message>
        <message>
            <source>{path} is damaged, or is not an SQLite file ({detail}). Nothing was changed. Restore from a backup: File → Restore from a backup…, or recalldesk restore (the backups are in the backups folder next to it).</source>
            <translation>{path} está dañado o no es un archivo SQLite ({detail}). No se cambió nada. Restaure una copia de seguridad: Archivo → Restaurar desde una copia de seguridad…, o recalldesk restore (las copias de seguridad están en la carpeta backups, junto al archivo).</translation>
        </message>
        <message>
            <source>{path} is an SQLite database, but not a RecallDesk one. Nothing was changed. Choose the campaign database (recalldesk.sqlite3) instead.</source>
            <translation>{path} es una base de datos SQLite, pero no de RecallDesk. No se cambió nada. Elija en su lugar la base de datos de la campaña (recalldesk.sqlite3).</translation>
        </message>
        <message>
            <source>{path} was written by a newer RecallDesk (database version {version}; this version reads up to {latest}). Install the newer RecallDesk. The file was not changed.</source>
            <translation>{path} lo escribió una versión más reciente de RecallDesk (versión de base de datos {version}; esta versión lee hasta la {latest}). Instale la versión más reciente de RecallDesk. El archivo no se cambió.</translation>
        </message>
        <message>
            <source>{path} does not exist.</source>
            <translation>{path} no existe.</translation>
        </message>
        <message>
            <source>Another copy of RecallDesk ({holder}, process {pid}, since {since}) is using the data folder {path}. Only one may write to it at a time: switch to that window, or close it and try again.</source>
            <translation>Otra copia de RecallDesk ({holder}, proceso {pid}, desde {since}) está usando la carpeta de datos {path}. Solo una copia a la vez puede escribir en ella: cambie a esa ventana, o ciérrela e inténtelo de nuevo.</translation>
        </message>
        <message>
            <source>This is done at the central office; this database is a field office's. Open the central database (set up with recalldesk init --central).</source>
            <translation>Esto se hace en la oficina central; esta base de datos es de una oficina de campo. Abra la base de datos de la central (creada con recalldesk init --central).</translation>
        </message>
        <message>
            <source>This is done at a field office; this is the central office's database. Central merges packets and writes digests.</source>
            <translation>Esto se hace en una oficina de campo; esta es la base de datos de la oficina central. La central combina paquetes y genera resúmenes.</translation>
        </message>
        <message>
            <source>You may not do this here ({permission}, as {role}).</source>
            <translation>No puede hacer esto aquí ({permission}, como {role}).</translation>
        </message>
        <message>
            <source>{name} is signed in as {role}; this ({permission}) needs a {needed}. Ask one to sign in (File → Lock and switch operator).</source>
            <translation>{name} inició sesión como {role}; esto ({permission}) requiere un {needed}. Pida a alguien con ese rol que inicie sesión (Archivo → Bloquear y cambiar de operador).</translation>
        </message>
        <message>
            <source>A PIN must have at least {minimum} characters.</source>
            <translation>Un PIN debe tener al menos {minimum} caracteres.</translation>
        </message>
        <message>
            <source>A lead's or coordinator's password must have at least {minimum} characters.</source>
            <translation>La contraseña de un responsable o de un coordinador debe tener al menos {minimum} caracteres.</translation>
        </message>
        <message>
            <source>That is longer than {limit} characters.</source>
            <translation>Eso tiene más de {limit} caracteres.</translation>
        </message>
        <message>
            <source>That is too easy to guess (one character repeated, or counting): choose another.</source>
            <translation>Es demasiado fácil de adivinar (un mismo carácter repetido, o números seguidos): elija otro distinto.</translation>
        </message>
        <message>
            <source>That operator is not at this office.</source>
            <translation>Ese operador no está en esta oficina.</translation>
        </message>
        <message>
            <source>{name} has no PIN on this computer yet: a lead gives one (File → Operators…).</source>
            <translation>{name} todavía no tiene PIN en esta computadora: un responsable se lo asigna (Archivo → Operadores…).</translation>
        </message>
        <message>
            <source>Too many wrong tries: {name} can sign in again after {until}, or a lead can set a new PIN now.</source>
            <translation>Demasiados intentos fallidos: {name} podrá volver a iniciar sesión después de las {until}, o un responsable puede asignarle un PIN nuevo ahora.</translation>
        </message>
        <message>
            <source>That PIN or password is not {name}'s. Tries left before a pause: {left}.</source>
            <translation>Ese PIN o contraseña no es de {name}. Intentos restantes antes de una pausa: {left}.</translation>
        </message>
        <message>
            <source>There is no operator called {name} at office {office}. Who may sign in: {names}.</source>
            <translation>No hay ningún operador llamado {name} en la oficina {office}. Pueden iniciar sesión: {names}.</translation>
        </message>
        <message>
            <source>This database already has its lead (at central, its coordinator): ask them to add you.</source>
            <translation>Esta base de datos ya tiene su responsable (en la central, su coordinador): pídale que agregue su nombre.</translation>
        </message>
        <message>
            <source>Only someone above a {role} manages a {role}'s sign-in: a lead manages volunteers.</source>
            <translation>Solo alguien por encima de un {role} administra el inicio de sesión de un {role}: un responsable administra a los voluntarios.</translation>
        </message>
        <message>
            <source>A {role} signs in with a password, not a PIN: {name} types one (at least 10 characters) for the new role.</source>
            <translation>Un {role} inicia sesión con contraseña, no con PIN: {name} debe escribir una (de al menos 10 caracteres) para su nuevo rol.</translation>
        </message>
        <message>
            <source>Only someone who is at least a {role} may give or change that role.</source>
            <translation>Solo alguien que sea por lo menos {role} puede asignar o cambiar ese rol.</translation>
        </message>
        <message>
            <source>The current PIN or password is not right: nothing was changed. Tries left before a pause: {left}.</source>
            <translation>El PIN o la contraseña actual no es correcto: no se cambió nada. Intentos restantes antes de una pausa: {left}.</translation>
        </message>
        <message>
            <source>You cannot change your own role or sign-in: ask another lead.</source>
            <translation>No puede cambiar su propio rol ni sus datos de acceso: pídaselo a otro responsable.</translation>
        </message>
        <message>
            <source>This is the last {role} here: make someone else one first.</source>
            <translation>Este es el último {role} aquí: primero asigne ese rol a otra persona.</translation>
        </message>
        <message>
            <source>The idle lock takes {low} to {high} minutes.</source>
            <translation>El bloqueo por inactividad debe ser de {low} a {high} minutos.</translation>
        </message>
        <message>
            <source>Nobody may sign in to this database yet. Name its lead first: in the app, or with recalldesk operators first NAME.</source>
            <translation>Todavía nadie puede iniciar sesión en esta base de datos. Primero nombre a su responsable: en la aplicación, o con recalldesk operators first NAME.</translation>
        </message>
        <message>
            <source>This database is not set up yet: start the app to set it up, or run recalldesk init.</source>
            <translation>Esta base de datos aún no está configurada: abra la aplicación para configurarla, o ejecute recalldesk init.</translation>
        </message>
        <message>
            <source>This database is already set up for office {office}. Use another data folder for another office.</source>
            <translation>Esta base de datos ya está configurada para la oficina {office}. Use otra carpeta de datos para otra oficina.</translation>
        </message>
        <message>
            <source>The campaign needs a name.</source>
            <translation>La campaña necesita un nombre.</translation>
        </message>
        <message>
            <source>The office needs a code (for example PAS).</source>
            <translation>La oficina necesita un código (por ejemplo, PAS).</translation>
        </message>
        <message>
            <source>The office code {office} is not usable: use up to 12 letters (A–Z) or digits (a hyphen or underscore between them is fine).</source>
            <translation>El código de oficina {office} no es válido: use hasta 12 letras (A–Z) o dígitos (se permite un guion o un guion bajo entre ellos).</translation>
        </message>
        <message>
            <source>Type your name or initials.</source>
            <translation>Escriba su nombre o sus iniciales.</translation>
        </message>
        <message>
            <source>The number of valid signatures required must be more than zero.</source>
            <translation>El número de firmas válidas requeridas debe ser mayor que cero.</translation>
        </message>
        <message>
            <source>The filing deadline cannot be before the approval date.</source>
            <translation>La fecha límite de presentación no puede ser anterior a la fecha de aprobación.</translation>
        </message>
        <message>
            <source>The assumed validity must be more than 0% and at most 100%.</source>
            <translation>La validez estimada debe ser mayor que 0% y como máximo 100%.</translation>
        </message>
        <message>
            <source>RecallDesk has no ZIP list for the county “{county}”, so it could not check signers' addresses. Type a California county's name (for example Los Angeles or San Diego).</source>
            <translation>RecallDesk no tiene la lista de códigos ZIP del condado “{county}”, así que no pudo revisar las direcciones de los firmantes. Escriba el nombre de un condado de California (por ejemplo, Los Angeles o San Diego).</translation>
        </message>
        <message>
            <source>The campaign key must have at least {minimum} characters.</source>
            <translation>La clave de la campaña debe tener al menos {minimum} caracteres.</translation>
        </message>
        <message>
            <source>This database has no campaign key, so its sync files could not be signed or checked. Every office and the central office need the same key: enter it in File → Settings (or recalldesk init --campaign-key KEY when setting up).</source>
            <translation>Esta base de datos no tiene clave de la campaña, así que no se pudieron firmar ni comprobar sus archivos de sincronización. Todas las oficinas y la oficina central necesitan la misma clave: escríbala en Archivo → Configuración (o con recalldesk init --campaign-key KEY al configurar).</translation>
        </message>
        <message>
            <source>Type a name or initials.</source>
            <translation>Escriba un nombre o unas iniciales.</translation>
        </message>
        <message>
            <source>A name may have at most {limit} characters.</source>
            <translation>Un nombre puede tener como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>{name} is already on the list: pick them there.</source>
            <translation>{name} ya está en la lista: elija ese nombre ahí.</translation>
        </message>
        <message>
            <source>That section no longer exists.</source>
            <translation>Esa sección ya no existe.</translation>
        </message>
        <message>
            <source>Section {serial} is already logged. Open it from the section list.</source>
            <translation>La sección {serial} ya está registrada. Ábrala desde la lista de secciones.</translation>
        </message>
        <message>
            <source>Type or scan the section's serial number.</source>
            <translation>Escriba o escanee el número de serie de la sección.</translation>
        </message>
        <message>
            <source>A serial number has at most {limit} characters.</source>
            <translation>Un número de serie tiene como máximo {limit} caracteres.</translation>
        </message>
        <message>
            <source>Enter the number of lines declared on the section (1 to {limit}).</source>
            <translation>Escriba el número de líneas declaradas en la sección (de 1 a {limit}).</translation>
        </message>
        <message>
            <source>Type the circulator's name.</source>
            <translation>Escriba el nombre del circulador.</translation>
        </message>
        <message>
            <source>Section {serial} is already logged (office {office}). Open it from the section list instead of logging it again.</source>
            <translation>La sección {serial} ya está registrada (oficina {office}). Ábrala desde la lista de secciones en lugar de registrarla otra vez.</translation>
        </message>
        <message>
            <source>The share is 0 to 100%, and a new volunteer's sections 0 to 100.</source>
            <translation>El porcentaje va de 0 a 100%, y las primeras secciones de un voluntario nuevo, de 0 a 100.</translation>
        </message>
        <message>
            <source>This office has no section {serial}.</source>
            <translation>Esta oficina no tiene ninguna sección {serial}.</translation>
        </message>
        <message>
            <source>Section {serial} is not closed yet: it is verified once keyed and closed.</source>
            <translation>La sección {serial} todavía no está cerrada: se verifica una vez capturada y cerrada.</translation>
        </message>
        <message>
            <source>Section {serial} is already to be verified (or verified).</source>
            <translation>La sección {serial} ya está pendiente de verificación (o ya está verificada).</translation>
        </message>
        <message>
            <source>That verification is not here.</source>
            <translation>Esa verificación no existe aquí.</translation>
        </message>
        <message>
            <source>Section {serial} has been keyed again already: settle its differences.</source>
            <translation>La sección {serial} ya se volvió a capturar: resuelva sus diferencias.</translation>
        </message>
        <message>
            <source>You keyed lines of section {serial}: another volunteer verifies it (never the first).</source>
            <translation>Usted capturó líneas de la sección {serial}: la verifica otro voluntario (nunca quien la capturó primero).</translation>
        </message>
        <message>
            <source>{name} is keying section {serial} again; they finish it.</source>
            <translation>{name} está volviendo a capturar la sección {serial}; le toca a esa persona terminarla.</translation>
        </message>
        <message>
            <source>“{choice}” is not a choice: the first, the second, or a typed value.</source>
            <translation>“{choice}” no es una opción válida: la primera captura, la segunda o un valor escrito.</translation>
        </message>
        <message>
            <source>That difference is settled already, or is not here.</source>
            <translation>Esa diferencia ya está resuelta, o no existe aquí.</translation>
        </message>
        <message>
            <source>“{value}”: is the line signed? Type {signed} or {unsigned}.</source>
            <translation>“{value}”: ¿la línea está firmada? Escriba {signed} (firmada) o {unsigned} (sin firma).</translation>
        </message>
        <message>
            <source>Section {serial} waits to be keyed again, blind: only who keyed it, or a lead, opens it until then.</source>
            <translation>La sección {serial} está en espera de que se vuelva a capturar a ciegas: hasta entonces, solo quien la capturó o un responsable pueden abrirla.</translation>
        </message>
        <message>
            <source>Section {serial} was changed since it was keyed again: it is no longer what was compared. Close it, and draw or pick it again.</source>
            <translation>La sección {serial} cambió después de volver a capturarse: ya no es lo que se comparó. Ciérrela y vuelva a sortearla o a elegirla.</translation>
        </message>
        <message>
            <source>“{value}” is not a line mark (blank, struck, withdrawn, illegible).</source>
            <translation>“{value}” no es una marca de línea: escriba blank (en blanco), struck (tachada), withdrawn (retirada) o illegible (ilegible).</translation>
        </message>
        <message>
            <source>Section {serial} is closed: changing its lines opens it again, which a lead does. Nothing was changed; ask a lead (Ctrl+L to let them sign in).</source>
            <translation>La sección {serial} está cerrada: cambiar sus líneas la vuelve a abrir, y eso lo hace un responsable. No se cambió nada; pídaselo a un responsable (Ctrl+L para que inicie sesión).</translation>
        </message>
        <message>
            <source>Section {serial} belongs to office {office}: only that office changes its lines. Here it is read-only.</source>
            <translation>La sección {serial} pertenece a la oficina {office}: solo esa oficina puede cambiar sus líneas. Aquí es de solo lectura.</translation>
        </message>
        <message>
            <source>Line numbers start at 1.</source>
            <translation>Los números de línea empiezan en 1.</translation>
        </message>
        <message>
            <source>The {field} is longer than {limit} characters: check what was typed.</source>
            <translation>El campo {field} tiene más de {limit} caracteres: revise lo que se escribió.</translation>
        </message>
        <message>
            <source>{keyed} lines keyed, {declared} declared on the section</source>
            <translation>líneas capturadas: {keyed}; declaradas en la sección: {declared}</translation>
        </message>
        <message>
            <source>Section {serial} was closed; this change opened it again.</source>
            <translation>La sección {serial} estaba cerrada; este cambio la volvió a abrir.</translation>
        </message>
        <message>
            <source>Section {serial} logged.</source>
            <translation>Sección {serial} registrada.</translation>
        </message>
        <message>
            <source>saving line {line}</source>
            <translation>guardado de la línea {line}</translation>
        </message>
        <message>
            <source>editing line {line}</source>
            <translation>edición de la línea {line}</translation>
        </message>
        <message>
            <source>deleting line {line}</source>
            <translation>eliminación de la línea {line}</translation>
        </message>
        <message>
            <source>undo saving line {line}</source>
            <translation>se deshizo el guardado de la línea {line}</translation>
        </message>
        <message>
            <source>undo editing line {line}</source>
            <translation>se deshizo la edición de la línea {line}</translation>
        </message>
        <message>
            <source>undo deleting line {line}</source>
            <translation>se deshizo la eliminación de la línea {line}</translation>
        </message>
        <message>
            <source>redo saving line {line}</source>
            <translation>se rehízo el guardado de la línea {line}</translation>
        </message>
        <message>
            <source>redo editing line {line}</source>
            <translation>se rehízo la edición de la línea {line}</translation>
        </message>
        <message>
            <source>redo deleting line {line}</source>
            <translation>se rehízo la eliminación de la línea {line}</translation>
        </message>
        <message>
            <source>reopened (was {was}) by a change to line {line}</source>
            <translation>reabierta (estado anterior: {was}) por un cambio en la línea {line}</translation>
        </message>
        <message>
            <source>closed as keyed; control totals match</source>
            <translation>cerrada como capturada; los totales de control coinciden</translation>
        </message>
        <message>
            <source>looked for people who signed twice</source>
            <translation>se buscaron personas que firmaron dos veces</translation>
        </message>
        <message>
            <source>closed as keyed; totals differ ({keyed} keyed, {declared} declared): {reason}</source>
            <translation>cerrada como capturada; los totales no coinciden (capturadas: {keyed}, declaradas: {declared}): {reason}</translation>
        </message>
        <message>
            <source>line deleted</source>
            <translation>línea eliminada</translation>
        </message>
        <message>
            <source>imported central digest {sequence}</source>
            <translation>se importó el resumen {sequence} de la central</translation>
        </message>
        <message>
            <source>merged packet {sequence} of office {office}</source>
            <translation>se combinó el paquete {sequence} de la oficina {office}</translation>
        </message>
        <message>
            <source>merge conflict {conflict} resolved: kept the {kept} record</source>
            <translation>conflicto de combinación {conflict} resuelto: se conservó el registro {kept}</translation>
        </message>
        <message>
            <source>merge conflict {conflict} opened again (the {was} record had been kept)</source>
            <translation>conflicto de combinación {conflict} reabierto (se había conservado el registro {was})</translation>
        </message>
        <message>
            <source>campaign key set</source>
            <translation>se estableció la clave de la campaña</translation>
        </message>
        <message>
            <source>packet numbering restarted under a new device identity (after a restore)</source>
            <translation>numeración de paquetes reiniciada con una nueva identidad de equipo (después de una restauración)</translation>
        </message>
        <message>
            <source>campaign key changed</source>
            <translation>se cambió la clave de la campaña</translation>
        </message>
        <message>
            <source>demo data: {lines} lines, seed {seed}</source>
            <translation>datos de demostración: {lines} líneas, semilla {seed}</translation>
        </message>
        <message>
            <source>Keep “local” or “incoming”, not “{choice}”.</source>
            <translation>Elija qué registro conservar: “local” o “incoming”, no “{choice}”.</translation>
        </message>
        <message>
            <source>There is no conflict {conflict}.</source>
            <translation>No existe el conflicto {conflict}.</translation>
        </message>
        <message>
            <source>Conflict {conflict} was already settled (kept the {kept} record).</source>
            <translation>El conflicto {conflict} ya estaba resuelto (se conservó el registro {kept}).</translation>
        </message>
        <message>
            <source>Conflict {conflict} is still open: there is no choice to take back.</source>
            <translation>El conflicto {conflict} sigue abierto: no hay ninguna elección que deshacer.</translation>
        </message>
        <message>
            <source>A newer version of this record has arrived since conflict {conflict}; the conflict no longer applies: keep the stored record.</source>
            <translation>Desde el conflicto {conflict} llegó una versión más reciente de este registro; el conflicto ya no tiene efecto: conserve el registro guardado.</translation>
        </message>
        <message>
            <source>A line cannot be a duplicate of itself.</source>
            <translation>Una línea no puede ser duplicado de sí misma.</translation>
        </message>
        <message>
            <source>Both lines must be in this database (give each line's UUID).</source>
            <translation>Las dos líneas deben estar en esta base de datos (indique el UUID de cada línea).</translation>
        </message>
        <message>
            <source>{path} is set up already, or holds sections or lines. Demo data is only written to an empty database: use another --data-dir.</source>
            <translation>La base de datos {path} ya está configurada o contiene secciones o líneas. Los datos de demostración solo se escriben en una base de datos vacía: use otro --data-dir.</translation>
        </message>
        <message>
            <source>already merged ({file}, {at})</source>
            <translation>ya se combinó ({file}, {at})</translation>
        </message>
        <message>
            <source>office {office} already sent a different packet numbered {sequence} ({file}, merged {at}); this one was not merged. The office's computer was probably restored from a backup: at the office, use File → Sync everything again after a restore (or recalldesk sync --full --after-restore) and send that packet.</source>
            <translation>la oficina {office} ya envió otro paquete distinto con el número {sequence} ({file}, combinado el {at}); este no se combinó. Lo más probable es que la computadora de la oficina se haya restaurado desde una copia de seguridad: en la oficina, use Archivo → Sincronizar todo de nuevo tras una restauración (o recalldesk sync --full --after-restore) y envíe ese paquete.</translation>
        </message>
        <message>
            <source>already merged (earlier in this run)</source>
            <translation>ya se combinó (antes, en esta misma ejecución)</translation>
        </message>
        <message>
            <source>repeats the UUID {uuid} of data row {first_row}: a packet holds each record once</source>
            <translation>repite el UUID {uuid} de la fila de datos {first_row}: un paquete contiene cada registro una sola vez</translation>
        </message>
        <message>
            <source>the {what} “{value}” is also used by data row {first_row}, and both are live (not deleted)</source>
            <translation>el {what} “{value}” también se usa en la fila de datos {first_row}, y las dos filas están vigentes (no eliminadas)</translation>
        </message>
        <message>
            <source>repeats the operator {uuid} of data row {first_row}: the sheet has one row per operator</source>
            <translation>repite el operador {uuid} de la fila de datos {first_row}: la hoja tiene una sola fila por operador</translation>
        </message>
        <message>
            <source>counts {errors} fields in error but only {fields} fields compared</source>
            <translation>cuenta {errors} campos con error, pero solo se compararon {fields} campos</translation>
        </message>
        <message>
            <source>refers to {what} “{value}”, which is neither in this packet nor in the master database</source>
            <translation>hace referencia a {what} “{value}”, que no está ni en este paquete ni en la base maestra</translation>
        </message>
        <message>
            <source>section “{serial}” is already in the master database, logged by office {office}. The same serial cannot be two sections: correct it at one office, then send a full packet (recalldesk sync --full)</source>
            <translation>la sección “{serial}” ya está en la base maestra, registrada por la oficina {office}. Un mismo número de serie no puede corresponder a dos secciones: corríjalo en una de las oficinas y luego envíe un paquete completo (recalldesk sync --full)</translation>
        </message>
        <message>
            <source>belongs to office {owner}: a packet from office {office} may create and change only office {office}'s own records</source>
            <translation>pertenece a la oficina {owner}: un paquete de la oficina {office} solo puede crear y modificar los registros propios de la oficina {office}</translation>
        </message>
        <message>
            <source>deletes the record of office {office}: no packet may delete an office (central retires an office)</source>
            <translation>elimina el registro de la oficina {office}: ningún paquete puede eliminar una oficina (es la central la que da de baja una oficina)</translation>
        </message>
        <message>
            <source>has version {version}, but office {office} has made only {changes} changes in all: a record's version grows by one with each change</source>
            <translation>tiene la versión {version}, pero la oficina {office} solo ha hecho {changes} cambios en total: la versión de un registro aumenta en uno con cada cambio</translation>
        </message>
        <message>
            <source>is signed with a key this database does not trust (key {signer}): enroll the sender's key, or, if that key was revoked, ask for the file again signed with the new one</source>
            <translation>está firmado con una clave en la que esta base de datos no confía (clave {signer}): registre la clave del remitente o, si esa clave fue revocada, pida que le envíen de nuevo el archivo firmado con la clave nueva</translation>
        </message>
        <message>
            <source>has a signature that does not match its contents (key {signer}): it was changed after it was signed. Ask for it again</source>
            <translation>tiene una firma que no coincide con su contenido (clave {signer}): se modificó después de firmarse. Pida que se lo envíen de nuevo</translation>
        </message>
        <message>
            <source>is not signed with office {office}'s key, which this central office trusts: only that office's own computer can write its packets</source>
            <translation>no está firmado con la clave de la oficina {office}, en la que confía esta oficina central: solo la computadora de esa misma oficina puede escribir sus paquetes</translation>
        </message>
        <message>
            <source>names office {office}, but is signed with another office's key ({signer}): an office can send only its own packets</source>
            <translation>indica la oficina {office}, pero está firmado con la clave de otra oficina ({signer}): una oficina solo puede enviar sus propios paquetes</translation>
        </message>
        <message>
            <source>comes in the name of office {office}, this central office itself: central's own records are never changed by a packet</source>
            <translation>viene a nombre de la oficina {office}, que es esta misma oficina central: ningún paquete cambia los registros propios de la central</translation>
        </message>
        <message>
            <source>comes from office {office}, whose key is not enrolled here, and this central office takes only signed packets: enroll the office's key (recalldesk keys enroll)</source>
            <translation>viene de la oficina {office}, cuya clave no está registrada aquí, y esta oficina central solo acepta paquetes firmados: registre la clave de la oficina (recalldesk keys enroll)</translation>
        </message>
        <message>
            <source>is encrypted with another key than this campaign's: it belongs to another campaign. If it is the same campaign, the two were set up with different campaign keys (or the key was changed since the file was written)</source>
            <translation>está cifrado con una clave distinta a la de esta campaña: pertenece a otra campaña. Si es la misma campaña, las dos bases se configuraron con claves de la campaña diferentes (o la clave cambió después de que se escribió el archivo)</translation>
        </message>
        <message>
            <source>is encrypted, and this database has no campaign key to open it</source>
            <translation>está cifrado, y esta base de datos no tiene una clave de la campaña para abrirlo</translation>
        </message>
        <message>
            <source>is an encrypted file that cannot be opened: it is damaged or not ours</source>
            <translation>es un archivo cifrado que no se puede abrir: está dañado o no es de RecallDesk</translation>
        </message>
        <message>
            <source>is not signed with the central office's key, which this office trusts: only the central office can write digests</source>
            <translation>no está firmado con la clave de la oficina central, en la que confía esta oficina: solo la oficina central puede escribir resúmenes</translation>
        </message>
        <message>
            <source>The password must have at least {minimum} characters.</source>
            <translation>La contraseña debe tener al menos {minimum} caracteres.</translation>
        </message>
        <message>
            <source>That password does not unlock this computer's signing key.</source>
            <translation>Esa contraseña no desbloquea la clave de firma de esta computadora.</translation>
        </message>
        <message>
            <source>This computer's signing key is damaged: make a new one and enroll it again.</source>
            <translation>La clave de firma de esta computadora está dañada: cree una nueva y vuelva a registrarla.</translation>
        </message>
        <message>
            <source>This database signs what it sends with its own key: give the password that unlocks it (recalldesk asks for it, or reads RECALLDESK_PASSWORD).</source>
            <translation>Esta base de datos firma lo que envía con su propia clave: escriba la contraseña que la desbloquea (recalldesk se la pide, o la lee de RECALLDESK_PASSWORD).</translation>
        </message>
        <message>
            <source>This database has no signing key yet: make one first (recalldesk keys new).</source>
            <translation>Esta base de datos todavía no tiene clave de firma: primero cree una (recalldesk keys new).</translation>
        </message>
        <message>
            <source>{name} is not a RecallDesk enrollment file.</source>
            <translation>{name} no es un archivo de registro de clave de RecallDesk.</translation>
        </message>
        <message>
            <source>{name} is the key of another campaign's database.</source>
            <translation>{name} es la clave de la base de datos de otra campaña.</translation>
        </message>
        <message>
            <source>{name} is not from the other side: central enrolls offices' keys, and an office trusts central's key.</source>
            <translation>{name} no viene del otro lado: la central registra las claves de las oficinas, y cada oficina confía en la clave de la central.</translation>
        </message>
        <message>
            <source>The fingerprint you heard ({heard}) is not the one in office {office}'s file: do not enroll it. Someone may have changed the file; ask the office for it again.</source>
            <translation>La huella digital que le dictaron ({heard}) no es la que aparece en el archivo de la oficina {office}: no registre esta clave. Es posible que alguien haya modificado el archivo; pídale a la oficina que se lo envíe de nuevo.</translation>
        </message>
        <message>
            <source>The enrollment file {name} cannot be written ({detail}).</source>
            <translation>No se puede escribir el archivo de registro de clave {name} ({detail}).</translation>
        </message>
        <message>
            <source>No key of office {office} is trusted here.</source>
            <translation>Aquí no se confía en ninguna clave de la oficina {office}.</translation>
        </message>
        <message>
            <source>made this database's signing key ({fingerprint})</source>
            <translation>creó la clave de firma de esta base de datos ({fingerprint})</translation>
        </message>
        <message>
            <source>trusted the signing key of {office} ({fingerprint})</source>
            <translation>aceptó como confiable la clave de firma de {office} ({fingerprint})</translation>
        </message>
        <message>
            <source>revoked the signing key of {office}</source>
            <translation>revocó la clave de firma de {office}</translation>
        </message>
        <message>
            <source>turned {state} refusing packets from offices without a key</source>
            <translation>rechazo de paquetes de oficinas sin clave: {state}</translation>
        </message>
        <message>
            <source>section “{serial}” is in the serial range central issued to office {owner}: office {office} cannot log it</source>
            <translation>la sección “{serial}” está en el rango de números de serie que la central asignó a la oficina {owner}: la oficina {office} no puede registrarla</translation>
        </message>
        <message>
            <source>section “{serial}” is outside the serial ranges central issued to office {office}: correct the serial at the office, or ask central for the range it came from</source>
            <translation>la sección “{serial}” está fuera de los rangos de números de serie que la central asignó a la oficina {office}: corrija el número de serie en la oficina, o pida a la central el rango del que proviene</translation>
        </message>
        <message>
            <source>“{first}” to “{last}” is not a range: both serials must end in a number, with the same text before it, the first not above the last.</source>
            <translation>De “{first}” a “{last}” no es un rango: ambos números de serie deben terminar en un número, con el mismo texto antes de él, y el primero no puede ser mayor que el último.</translation>
        </message>
        <message>
            <source>That range overlaps the one issued to office {office} ({first} to {last}).</source>
            <translation>Ese rango se superpone con el asignado a la oficina {office} ({first} a {last}).</translation>
        </message>
        <message>
            <source>{name} locked out of signing in after {tries} wrong tries</source>
            <translation>se bloqueó el inicio de sesión de {name} tras {tries} intentos fallidos</translation>
        </message>
        <message>
            <source>signed in</source>
            <translation>inició sesión</translation>
        </message>
        <message>
            <source>named the first {role} of this database</source>
            <translation>nombró al primer {role} de esta base de datos</translation>
        </message>
        <message>
            <source>added {name} as {role}</source>
            <translation>agregó a {name} como {role}</translation>
        </message>
        <message>
            <source>set a new PIN for {name}</source>
            <translation>estableció un PIN nuevo para {name}</translation>
        </message>
        <message>
            <source>changed their own PIN</source>
            <translation>cambió su propio PIN</translation>
        </message>
        <message>
            <source>made {name} a {role}</source>
            <translation>asignó a {name} el rol de {role}</translation>
        </message>
        <message>
            <source>{name} may no longer sign in here</source>
            <translation>{name} ya no puede iniciar sesión aquí</translation>
        </message>
        <message>
            <source>drew %Ln section(s) to verify (seed {seed})</source>
            <translation>sorteó secciones para verificar: %Ln (semilla {seed})</translation>
        </message>
        <message>
            <source>chose section {serial} to verify</source>
            <translation>eligió la sección {serial} para verificarla</translation>
        </message>
        <message>
            <source>keyed section {serial} again, blind: %Ln difference(s)</source>
            <translation>volvió a capturar a ciegas la sección {serial}: %Ln diferencia(s)</translation>
        </message>
        <message>
            <source>settled line {line}'s {field} in section {serial}: {chosen}</source>
            <translation>resolvió el campo {field} de la línea {line} en la sección {serial}: {chosen}</translation>
        </message>
        <message>
            <source>corrected line {line}'s {field} from the paper (verification)</source>
            <translation>corrigió el campo {field} de la línea {line} según el papel (verificación)</translation>
        </message>
        <message>
            <source>section {serial} verified</source>
            <translation>sección {serial} verificada</translation>
        </message>
        <message>
            <source>issued the section serials {first} to {last} to office {office}</source>
            <translation>asignó los números de serie de sección {first} a {last} a la oficina {office}</translation>
        </message>
        <message>
            <source>cannot be merged into the master database ({detail})</source>
            <translation>no se puede combinar con la base maestra ({detail})</translation>
        </message>
        <message>
            <source>There is no group {group} of possible duplicates (run the search again).</source>
            <translation>No existe el grupo {group} de posibles duplicados (vuelva a hacer la búsqueda).</translation>
        </message>
        <message>
            <source>Group {group} is already {status}; reopen it to decide again.</source>
            <translation>El grupo {group} ya tiene el estado {status}; vuelva a abrirlo para decidir de nuevo.</translation>
        </message>
        <message>
            <source>A sample has between {low} and {high} signatures.</source>
            <translation>Una muestra tiene entre {low} y {high} firmas.</translation>
        </message>
        <message>
            <source>A seed is a whole number from 0 to 9007199254740991.</source>
            <translation>Una semilla es un número entero de 0 a 9007199254740991.</translation>
        </message>
        <message>
            <source>There are no signatures to draw a sample from yet.</source>
            <translation>Todavía no hay firmas de las cuales sacar una muestra.</translation>
        </message>
        <message>
            <source>There is no sample {draw}.</source>
            <translation>No existe la muestra {draw}.</translation>
        </message>
        <message>
            <source>The sample has lines 1 to {size}; there is no line {position}.</source>
            <translation>La muestra tiene las líneas 1 a {size}; no existe la línea {position}.</translation>
        </message>
        <message>
            <source>“{found}” is not one of the registrar's results.</source>
            <translation>“{found}” no es uno de los resultados del Registro de Votantes.</translation>
        </message>
        <message>
            <source>drew a random sample</source>
            <translation>sacó una muestra aleatoria</translation>
        </message>
        <message>
            <source>it is not a RecallDesk sample checklist (no “{sheet}” and “About” sheets)</source>
            <translation>no es una lista de cotejo de muestra de RecallDesk (no tiene las hojas “{sheet}” y “About”)</translation>
        </message>
        <message>
            <source>it is the checklist of another sample (its About sheet names sample {found}); import it into that sample</source>
            <translation>es la lista de cotejo de otra muestra (su hoja “About” indica la muestra {found}); impórtela en esa muestra</translation>
        </message>
        <message>
            <source>the first row of “{sheet}” is not the checklist's header (columns moved?)</source>
            <translation>la primera fila de “{sheet}” no es el encabezado de la lista de cotejo (¿se movieron columnas?)</translation>
        </message>
        <message>
            <source>it has far more rows than the sample's {size} lines</source>
            <translation>tiene muchas más filas que las {size} líneas de la muestra</translation>
        </message>
        <message>
            <source>row {row}: “{found}” is not a position in this sample</source>
            <translation>fila {row}: “{found}” no es una posición de esta muestra</translation>
        </message>
        <message>
            <source>row {row}: position {position} is already on row {first}</source>
            <translation>fila {row}: la posición {position} ya está en la fila {first}</translation>
        </message>
        <message>
            <source>row {row}: “{found}” is not one of the results in the drop-down list</source>
            <translation>fila {row}: “{found}” no es uno de los resultados de la lista desplegable</translation>
        </message>
        <message>
            <source>it unpacks to far more than a checklist could hold (a damaged or hostile file)</source>
            <translation>al descomprimirse ocupa mucho más de lo que cabría en una lista de cotejo (un archivo dañado o malicioso)</translation>
        </message>
        <message>
            <source>recorded {count} sample results</source>
            <translation>registró {count} resultados de la muestra</translation>
        </message>
        <message>
            <source>the file has no column “{column}” (mapped to {field}): check the mapping</source>
            <translation>el archivo no tiene la columna “{column}” (asignada a {field}): revise la asignación de columnas</translation>
        </message>
        <message>
            <source>the first line has no tab, pipe or comma between columns</source>
            <translation>la primera línea no tiene tabulador, barra vertical (|) ni coma entre las columnas</translation>
        </message>
        <message>
            <source>the row has {columns} columns where the header has {needed}</source>
            <translation>la fila tiene {columns} columnas, pero el encabezado tiene {needed}</translation>
        </message>
        <message>
            <source>the row has no voter id</source>
            <translation>la fila no tiene número de identificación de votante</translation>
        </message>
        <message>
            <source>the file is not delimited text a voter file could be ({detail})</source>
            <translation>el archivo no es un texto delimitado como el de un padrón electoral ({detail})</translation>
        </message>
        <message>
            <source>the file's text is neither UTF-8 nor Windows-1252 ({detail})</source>
            <translation>el texto del archivo no está ni en UTF-8 ni en Windows-1252 ({detail})</translation>
        </message>
        <message>
            <source>the file is empty</source>
            <translation>el archivo está vacío</translation>
        </message>
        <message>
            <source>The column mapping leaves out {fields}: choose a column for each.</source>
            <translation>La asignación de columnas deja fuera {fields}: elija una columna para cada uno.</translation>
        </message>
        <message>
            <source>The voter file {name} was not imported ({why}); nothing changed.</source>
            <translation>No se importó el padrón electoral {name} ({why}); no se cambió nada.</translation>
        </message>
        <message>
            <source>The voter file {name} cannot be read ({detail}); nothing changed.</source>
            <translation>No se puede leer el padrón electoral {name} ({detail}); no se cambió nada.</translation>
        </message>
        <message>
            <source>The voter file {name} holds no voter RecallDesk could read; nothing changed.</source>
            <translation>El padrón electoral {name} no contiene ningún votante que RecallDesk pudiera leer; no se cambió nada.</translation>
        </message>
        <message>
            <source>The voter file {name} was not imported: {refused} rows could not be read (more than {limit}), the first on line {line} ({problem}). Check the column mapping; nothing changed.</source>
            <translation>No se importó el padrón electoral {name}: no se pudieron leer {refused} filas (más de {limit}); la primera, en la línea {line} ({problem}). Revise la asignación de columnas; no se cambió nada.</translation>
        </message>
        <message>
            <source>imported the voter file ({rows} voters)</source>
            <translation>importó el padrón electoral ({rows} votantes)</translation>
        </message>
        <message>
            <source>predicted the registrar's verdict on {lines} lines from the voter file</source>
            <translation>estimó con el padrón electoral el resultado del Registro de Votantes para {lines} líneas</translation>
        </message>
        <message>
            <source>set whether this office may hold a copy of the voter file ({state})</source>
            <translation>copia del padrón electoral en esta oficina: {state}</translation>
        </message>
        <message>
            <source>purged the drive's personal data: the names and addresses of {lines} signature lines, the voter file, and the values the audit kept of them</source>
            <translation>eliminó los datos personales de la campaña de firmas: los nombres y domicilios de {lines} líneas de firma, el padrón electoral y los valores que la auditoría guardaba de ellos</translation>
        </message>
        <message>
            <source>This database's personal data was purged on {at}: it sends and merges no more packets (they would bring names and addresses back).</source>
            <translation>Los datos personales de esta base de datos se eliminaron el {at}: ya no envía ni combina paquetes (volverían a traer nombres y domicilios).</translation>
        </message>
        <message>
            <source>purged the voter file ({voters} voters) and every predicted verdict</source>
            <translation>eliminó el padrón electoral ({voters} votantes) y todos los resultados estimados</translation>
        </message>
        <message>
            <source>The lines could not be matched ({detail}); nothing changed.</source>
            <translation>No se pudieron cotejar las líneas ({detail}); no se cambió nada.</translation>
        </message>
        <message>
            <source>line {line} has {columns} columns: not a voter file</source>
            <translation>la línea {line} tiene {columns} columnas: no es un padrón electoral</translation>
        </message>
        <message>
            <source>a quote on line {line} is never closed on that line: the rest of the file would run into one field</source>
            <translation>unas comillas de la línea {line} nunca se cierran en esa misma línea: el resto del archivo quedaría en un solo campo</translation>
        </message>
        <message>
            <source>line {line} holds a value of {length} characters: not a voter record</source>
            <translation>la línea {line} del archivo contiene un valor de {length} caracteres: no es un registro del padrón</translation>
        </message>
        <message>
            <source>the header names the column “{column}” twice: say which one in the mapping</source>
            <translation>el encabezado nombra dos veces la columna “{column}”: indique cuál usar en la asignación de columnas</translation>
        </message>
        <message>
            <source>The voter file {name} changed while it was read (another program writing it?); nothing changed here. Import it again once it is complete.</source>
            <translation>El padrón electoral {name} cambió mientras se leía (¿otro programa lo estaba escribiendo?); aquí no cambió nada. Vuelva a importarlo cuando esté completo.</translation>
        </message>
        <message>
            <source>The voter file {name} is not a regular file; nothing changed.</source>
            <translation>El padrón electoral {name} no es un archivo normal; no cambió nada.</translation>
        </message>
        <message>
            <source>No voter file has been imported yet: import the county's voter file first.</source>
            <translation>Todavía no se ha importado ningún padrón electoral: primero importe el padrón electoral del condado.</translation>
        </message>
        <message>
            <source>voter {voter} has no name</source>
            <translation>el votante {voter} no tiene nombre</translation>
        </message>
        <message>
            <source>voter {voter}: “{found}” is not a ZIP code</source>
            <translation>votante {voter}: “{found}” no es un código postal</translation>
        </message>
        <message>
            <source>voter {voter}: “{found}” is not a status the mapping knows</source>
            <translation>votante {voter}: “{found}” no es un estado que la asignación de columnas reconozca</translation>
        </message>
        <message>
            <source>voter {voter}: “{found}” is not a registration date</source>
            <translation>votante {voter}: “{found}” no es una fecha de inscripción</translation>
        </message>
        <message>
            <source>Give the preset a name (at most {limit} characters).</source>
            <translation>Póngale un nombre a la plantilla (como máximo {limit} caracteres).</translation>
        </message>
        <message>
            <source>“{name}” is the built-in preset: it cannot be replaced or deleted.</source>
            <translation>“{name}” es la plantilla incluida en el programa: no se puede reemplazar ni eliminar.</translation>
        </message>
        <message>
            <source>A preset named “{name}” is already saved.</source>
            <translation>Ya hay una plantilla guardada con el nombre “{name}”.</translation>
        </message>
        <message>
            <source>No preset named “{name}” is saved.</source>
            <translation>No hay ninguna plantilla guardada con el nombre “{name}”.</translation>
        </message>
        <message>
            <source>saved the voter file column mapping “{name}”</source>
            <translation>guardó la asignación de columnas del padrón electoral “{name}”</translation>
        </message>
        <message>
            <source>deleted the voter file column mapping “{name}”</source>
            <translation>eliminó la asignación de columnas del padrón electoral “{name}”</translation>
        </message>
        <message>
            <source>That line has no predicted verdict to review: match the lines again.</source>
            <translation>Esa línea no tiene un veredicto previsto que revisar: vuelva a cotejar las líneas.</translation>
        </message>
        <message>
            <source>That voter is not one of the line's candidates any more: the voter file or the line changed. Match the lines again.</source>
            <translation>Ese votante ya no está entre las posibles coincidencias de la línea: cambió el padrón electoral o la línea. Vuelva a cotejar las líneas.</translation>
        </message>
        <message>
            <source>reviewed a line's voter match: {status}</source>
            <translation>revisó el cotejo de una línea con el padrón: {status}</translation>
        </message>
        <message>
            <source>Keep between {low} and {high} backups.</source>
            <translation>Conserve entre {low} y {high} copias de seguridad.</translation>
        </message>
        <message>
            <source>There is no backup file at {path}.</source>
            <translation>No hay ningún archivo de copia de seguridad en {path}.</translation>
        </message>
        <message>
            <source>That backup is of another database (office {office}); this one is office {ours}. Nothing was changed.</source>
            <translation>Esa copia de seguridad es de otra base de datos (oficina {office}); esta es de la oficina {ours}. No se cambió nada.</translation>
        </message>
        <message>
            <source>the file does not exist</source>
            <translation>el archivo no existe</translation>
        </message>
        <message>
            <source>the file cannot be read ({detail})</source>
            <translation>no se puede leer el archivo ({detail})</translation>
        </message>
        <message>
            <source>the file is {size}, more than the {limit} a workbook may have here</source>
            <translation>el archivo ocupa {size}, más de los {limit} que se admiten aquí para un libro</translation>
        </message>
        <message>
            <source>it is not an Excel workbook (.xlsx)</source>
            <translation>no es un libro de Excel (.xlsx)</translation>
        </message>
        <message>
            <source>the workbook is truncated or damaged ({detail}); ask for the file again</source>
            <translation>el libro está incompleto o dañado ({detail}); pida el archivo de nuevo</translation>
        </message>
        <message>
            <source>the workbook has {parts} parts; a workbook here has fewer</source>
            <translation>el libro tiene {parts} partes; los libros que se usan aquí tienen menos</translation>
        </message>
        <message>
            <source>it is not an Excel workbook (.xlsx): {part} is missing</source>
            <translation>no es un libro de Excel (.xlsx): falta {part}</translation>
        </message>
        <message>
            <source>the workbook is encrypted</source>
            <translation>el libro está cifrado</translation>
        </message>
        <message>
            <source>{part} uses an unsupported compression method</source>
            <translation>{part} usa un método de compresión no admitido</translation>
        </message>
        <message>
            <source>{part} expands {ratio} times (to {size}): it looks like a zip bomb and was not opened</source>
            <translation>{part} se expande {ratio} veces (hasta {size}): parece una bomba ZIP y no se abrió</translation>
        </message>
        <message>
            <source>the workbook expands to more than {limit}: too big to be a packet, or a zip bomb; it was not opened</source>
            <translation>el libro se expande a más de {limit}: es demasiado grande para ser un paquete, o es una bomba ZIP; no se abrió</translation>
        </message>
        <message>
            <source>it is not a regular file (a {kind}); only files are read. Copy the packet itself into the folder.</source>
            <translation>no es un archivo normal (es de tipo {kind}); solo se leen archivos. Copie el propio paquete en la carpeta.</translation>
        </message>
        <message>
            <source>it has no RecallDesk seal: it was opened and saved in another program (Excel drops the seal), cut short on the way, or written by a RecallDesk older than 0.2. Ask for the file again, as RecallDesk wrote it.</source>
            <translation>no tiene el sello de RecallDesk: se abrió y se guardó en otro programa (Excel quita el sello), se cortó en el camino o lo creó una versión de RecallDesk anterior a la 0.2. Pida el archivo de nuevo, tal como lo creó RecallDesk.</translation>
        </message>
        <message>
            <source>its signature does not match its contents: the file was changed after RecallDesk wrote it (edited, or damaged on the way). Ask for the {kind} again.</source>
            <translation>su firma digital no coincide con su contenido: el archivo se modificó después de que RecallDesk lo creara (se editó o se dañó en el camino). Pida de nuevo el archivo ({kind}).</translation>
        </message>
        <message>
            <source>it belongs to another campaign (campaign id {their_id}); this database is {ours}, campaign id {our_id}. If it is the same campaign, the two were set up with different campaign keys.</source>
            <translation>pertenece a otra campaña (id. de campaña {their_id}); esta base de datos es de {ours}, id. de campaña {our_id}. Si es la misma campaña, las dos bases se configuraron con claves de campaña distintas.</translation>
        </message>
        <message>
            <source>it is sealed with a key this database does not hold</source>
            <translation>está sellado con una clave que esta base de datos no tiene</translation>
        </message>
        <message>
            <source>the file changed while it was being read; merge it again once it is copied</source>
            <translation>el archivo cambió mientras se leía; vuelva a combinarlo cuando termine de copiarse</translation>
        </message>
        <message>
            <source>it holds {part}, which RecallDesk never writes (macros, links, pictures and other active content are refused)</source>
            <translation>contiene {part}, que RecallDesk nunca escribe (se rechazan macros, vínculos, imágenes y otro contenido activo)</translation>
        </message>
        <message>
            <source>it holds {part} twice (perhaps in other letter case)</source>
            <translation>contiene {part} dos veces (quizás con otras mayúsculas y minúsculas)</translation>
        </message>
        <message>
            <source>its part {part} is {size}, far more than RecallDesk ever writes there</source>
            <translation>su parte {part} ocupa {size}, mucho más de lo que RecallDesk llega a escribir ahí</translation>
        </message>
        <message>
            <source>its part {part} belongs to no sheet: something was hidden in the file</source>
            <translation>su parte {part} no pertenece a ninguna hoja: alguien escondió algo en el archivo</translation>
        </message>
        <message>
            <source>its part {part} is not valid XML ({detail})</source>
            <translation>su parte {part} no es XML válido ({detail})</translation>
        </message>
        <message>
            <source>its part {part} holds “{element}”, which RecallDesk never writes (formulas, links, declarations and other active content are refused)</source>
            <translation>su parte {part} contiene “{element}”, que RecallDesk nunca escribe (se rechazan fórmulas, vínculos, declaraciones XML y otro contenido activo)</translation>
        </message>
        <message>
            <source>its part {part} holds an XML tag longer than any RecallDesk writes</source>
            <translation>su parte {part} contiene una etiqueta XML más larga que cualquiera de las que escribe RecallDesk</translation>
        </message>
        <message>
            <source>{part} is declared as “{content_type}”, not what RecallDesk writes</source>
            <translation>{part} está declarado como “{content_type}”, que no es lo que escribe RecallDesk</translation>
        </message>
        <message>
            <source>{part} points to “{target}”, which is not one of the file's own parts as RecallDesk names them</source>
            <translation>{part} apunta a “{target}”, que no es ninguna de las partes del propio archivo tal como las nombra RecallDesk</translation>
        </message>
        <message>
            <source>{part} links to something outside the file; RecallDesk never does</source>
            <translation>{part} tiene un vínculo a algo fuera del archivo; RecallDesk nunca lo hace</translation>
        </message>
        <message>
            <source>{part} adds a “{kind}”, which RecallDesk never writes</source>
            <translation>{part} añade una relación de tipo “{kind}”, que RecallDesk nunca escribe</translation>
        </message>
        <message>
            <source>the workbook defines the name “{name}”, which RecallDesk never writes</source>
            <translation>el libro define el nombre “{name}”, que RecallDesk nunca escribe</translation>
        </message>
        <message>
            <source>the workbook has two sheets called “{sheet}”</source>
            <translation>el libro tiene dos hojas llamadas “{sheet}”</translation>
        </message>
        <message>
            <source>the sheet “{sheet}” is hidden; RecallDesk hides nothing</source>
            <translation>la hoja “{sheet}” está oculta; RecallDesk no oculta nada</translation>
        </message>
        <message>
            <source>the sheet “{sheet}” has no part of its own in the file</source>
            <translation>la hoja “{sheet}” no tiene una parte propia en el archivo</translation>
        </message>
        <message>
            <source>the workbook's list of sheets reads differently in different readers</source>
            <translation>la lista de hojas del libro se lee de forma distinta según el programa que la lea</translation>
        </message>
        <message>
            <source>a display format (“{format_code}”) could make a cell show something other than its value</source>
            <translation>un formato de presentación (“{format_code}”) podría hacer que una celda muestre algo distinto de su valor</translation>
        </message>
        <message>
            <source>its part {part} has a cell without its reference, unlike RecallDesk's</source>
            <translation>su parte {part} tiene una celda sin su referencia, a diferencia de las que escribe RecallDesk</translation>
        </message>
        <message>
            <source>a cell at {cell} lies outside the {columns} columns and {rows} rows this sheet may have; it was not loaded</source>
            <translation>una celda en {cell} queda fuera de las {columns} columnas y {rows} filas que puede tener esta hoja; no se cargó</translation>
        </message>
        <message>
            <source>the manifest field “{field}” is longer than {limit} characters</source>
            <translation>el campo “{field}” del manifiesto tiene más de {limit} caracteres</translation>
        </message>
        <message>
            <source>the manifest's office code “{found}” is not an office code (capital letters, digits, - and _, up to 12)</source>
            <translation>el código de oficina “{found}” del manifiesto no es un código de oficina válido (letras mayúsculas, dígitos, - y _, hasta 12)</translation>
        </message>
        <message>
            <source>the manifest field “{field}” is not in the form RecallDesk writes</source>
            <translation>el campo “{field}” del manifiesto no tiene el formato con el que lo escribe RecallDesk</translation>
        </message>
        <message>
            <source>it could not be read ({detail}). Nothing of it was merged; the other files were handled as usual. Ask for the file again, and report this message.</source>
            <translation>no se pudo leer ({detail}). No se combinó nada de su contenido; los demás archivos se procesaron como de costumbre. Pida el archivo de nuevo y reporte este mensaje.</translation>
        </message>
        <message>
            <source>the workbook cannot be read ({detail})</source>
            <translation>no se puede leer el libro ({detail})</translation>
        </message>
        <message>
            <source>the sheet cannot be read ({detail})</source>
            <translation>no se puede leer la hoja ({detail})</translation>
        </message>
        <message>
            <source>it is not a RecallDesk packet or digest: it has no Manifest sheet</source>
            <translation>no es un paquete ni un resumen de RecallDesk: no tiene la hoja Manifest</translation>
        </message>
        <message>
            <source>the header must be “field | value”</source>
            <translation>el encabezado debe ser “field | value”</translation>
        </message>
        <message>
            <source>only two columns are allowed</source>
            <translation>solo se permiten dos columnas</translation>
        </message>
        <message>
            <source>a {kind} cell; manifest cells are text</source>
            <translation>una celda de tipo {kind}; las celdas del manifiesto son de texto</translation>
        </message>
        <message>
            <source>the field “{field}” appears twice</source>
            <translation>el campo “{field}” aparece dos veces</translation>
        </message>
        <message>
            <source>a cell holds a control character</source>
            <translation>una celda contiene un carácter de control</translation>
        </message>
        <message>
            <source>the sheet “{sheet}” is missing</source>
            <translation>falta la hoja “{sheet}”</translation>
        </message>
        <message>
            <source>unexpected sheet “{sheet}”; a signed workbook has only its own</source>
            <translation>hoja inesperada “{sheet}”; un libro firmado digitalmente solo tiene sus propias hojas</translation>
        </message>
        <message>
            <source>cell {cell} holds a formula; packets and digests hold values only</source>
            <translation>la celda {cell} contiene una fórmula; los paquetes y los resúmenes solo contienen valores</translation>
        </message>
        <message>
            <source>the sheet must start at cell A1 with its header</source>
            <translation>la hoja debe empezar en la celda A1 con su encabezado</translation>
        </message>
        <message>
            <source>the header row must be: {header}</source>
            <translation>la fila de encabezado debe ser: {header}</translation>
        </message>
        <message>
            <source>the row has {cells} cells, not {width}</source>
            <translation>la fila tiene {cells} celdas, no {width}</translation>
        </message>
        <message>
            <source>a {kind} cell ({value}); every cell of a signed sheet is text</source>
            <translation>una celda de tipo {kind} ({value}); todas las celdas de una hoja firmada digitalmente son de texto</translation>
        </message>
        <message>
            <source>the rows could not be read</source>
            <translation>no se pudieron leer las filas</translation>
        </message>
        <message>
            <source>the manifest field “{field}” must be a whole number from {minimum} to {maximum} (found “{found}”)</source>
            <translation>el campo “{field}” del manifiesto debe ser un número entero de {minimum} a {maximum} (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>it is a {found} (of RecallDesk), not a {expected}</source>
            <translation>es un archivo de RecallDesk de tipo {found}, no de tipo {expected}</translation>
        </message>
        <message>
            <source>it was written by a newer RecallDesk (format {found}; this RecallDesk reads {expected}). Install the newer RecallDesk here.</source>
            <translation>lo creó una versión más reciente de RecallDesk (formato {found}; este RecallDesk lee {expected}). Instale aquí la versión más reciente de RecallDesk.</translation>
        </message>
        <message>
            <source>it was written by an older RecallDesk (format {found}; this RecallDesk reads {expected}). Update RecallDesk where it was written, then send a full packet.</source>
            <translation>lo creó una versión anterior de RecallDesk (formato {found}; este RecallDesk lee {expected}). Actualice RecallDesk en el equipo donde se creó y luego envíe un paquete completo.</translation>
        </message>
        <message>
            <source>it is not a RecallDesk sync file (format “{found}”)</source>
            <translation>no es un archivo de sincronización de RecallDesk (formato “{found}”)</translation>
        </message>
        <message>
            <source>the manifest has no “{field}” field</source>
            <translation>el manifiesto no tiene el campo “{field}”</translation>
        </message>
        <message>
            <source>it belongs to another campaign ({theirs}, campaign id {their_id}); this database is {ours}, campaign id {our_id}. If it is the same campaign, the two were set up with different campaign keys.</source>
            <translation>pertenece a otra campaña ({theirs}, id. de campaña {their_id}); esta base de datos es de {ours}, id. de campaña {our_id}. Si es la misma campaña, las dos bases se configuraron con claves de campaña distintas.</translation>
        </message>
        <message>
            <source>it was written by a newer RecallDesk ({app_version}, database version {schema}; this RecallDesk reads up to version {latest}). Install the newer RecallDesk here, then merge it again.</source>
            <translation>lo creó una versión más reciente de RecallDesk ({app_version}, versión de base de datos {schema}; este RecallDesk lee hasta la versión {latest}). Instale aquí la versión más reciente de RecallDesk y luego vuelva a combinarlo.</translation>
        </message>
        <message>
            <source>the manifest field “full” must be 0, or 1 with since_change_seq 0</source>
            <translation>el campo “full” del manifiesto debe ser 0, o 1 con since_change_seq 0</translation>
        </message>
        <message>
            <source>the manifest names no office or device</source>
            <translation>el manifiesto no indica ninguna oficina ni ningún equipo</translation>
        </message>
        <message>
            <source>the sheet has {found} data rows but the manifest says {expected}: the packet is incomplete or was edited</source>
            <translation>la hoja tiene {found} filas de datos, pero el manifiesto indica {expected}: el paquete está incompleto o se editó</translation>
        </message>
        <message>
            <source>the sheet has {found} data rows but the manifest says {expected}</source>
            <translation>la hoja tiene {found} filas de datos, pero el manifiesto indica {expected}</translation>
        </message>
        <message>
            <source>it is addressed to office {theirs}; this is office {ours}</source>
            <translation>está dirigido a la oficina {theirs}; esta es la oficina {ours}</translation>
        </message>
        <message>
            <source>is not a UUID (lower-case 8-4-4-4-12 hex digits) (found “{found}”)</source>
            <translation>no es un UUID (8-4-4-4-12 dígitos hexadecimales en minúsculas) (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>is not a UUID (lower-case 8-4-4-4-12 hex digits) or empty (found “{found}”)</source>
            <translation>no es un UUID (8-4-4-4-12 dígitos hexadecimales en minúsculas) ni está vacía (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>is empty</source>
            <translation>está vacía</translation>
        </message>
        <message>
            <source>is not a whole number (0 or more, written without leading zeros) (found “{found}”)</source>
            <translation>no es un número entero (0 o más, escrito sin ceros a la izquierda) (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>is not a whole number of 1 or more (written without leading zeros) (found “{found}”)</source>
            <translation>no es un número entero de 1 o más (escrito sin ceros a la izquierda) (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>is not 0 or 1 (found “{found}”)</source>
            <translation>no es 0 ni 1 (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>is not a date (YYYY-MM-DD) or empty (found “{found}”)</source>
            <translation>no es una fecha (AAAA-MM-DD) ni está vacía (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>is not a real UTC time (YYYY-MM-DDTHH:MM:SS.fffZ, between 1900 and 2099) (found “{found}”)</source>
            <translation>no es una hora UTC válida (AAAA-MM-DDTHH:MM:SS.fffZ, entre 1900 y 2099) (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>holds {length} characters, longer than the {limit} this column allows</source>
            <translation>contiene {length} caracteres, más de los {limit} que admite esta columna</translation>
        </message>
        <message>
            <source>is not an office code (capital letters, digits, - and _, up to 12) (found “{found}”)</source>
            <translation>no es un código de oficina (letras mayúsculas, dígitos, - y _, hasta 12) (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>holds {length} characters, more than the {limit} a cell may hold (Excel would cut it)</source>
            <translation>contiene {length} caracteres, más de los {limit} que admite una celda (Excel cortaría el texto)</translation>
        </message>
        <message>
            <source>is not one of: {choices} (found “{found}”)</source>
            <translation>no es ninguno de estos valores: {choices} (se encontró “{found}”)</translation>
        </message>
        <message>
            <source>The disk is full: {path} could not be written. Free some space and retry.</source>
            <translation>El disco está lleno: no se pudo guardar {path}. Libere espacio y vuelva a intentarlo.</translation>
        </message>
        <message>
            <source>{path} cannot be written: the folder is read-only, or the file is open in another program (close it in Excel and retry).</source>
            <translation>No se puede guardar {path}: la carpeta es de solo lectura o el archivo está abierto en otro programa (ciérrelo en Excel y vuelva a intentarlo).</translation>
        </message>
        <message>
            <source>The folder {folder} does not exist.</source>
            <translation>La carpeta {folder} no existe.</translation>
        </message>
        <message>
            <source>{path} could not be written: {detail}.</source>
            <translation>No se pudo guardar {path}: {detail}.</translation>
        </message>
        <message>
            <source>TRUE/FALSE</source>
            <translation>VERDADERO/FALSO</translation>
        </message>
        <message>
            <source>number</source>
            <translation>número</translation>
        </message>
        <message>
            <source>sheet {sheet}</source>
            <translation>hoja {sheet}</translation>
        </message>
        <message>
            <source>row {row}</source>
            <translation>fila {row}</translation>
        </message>
        <message>
            <source>column {column}</source>
            <translation>columna {column}</translation>
        </message>
    </context>
    <context>
        <name>Purge</name>
        <message>
            <source>Removed the names and addresses of {n} signature lines.</source>
            <translation>Se eliminaron los nombres y direcciones de {n} líneas de firma.</translation>
        </message>
        <message>
            <source>Removed the addresses of {n} circulators (their names stay).</source>
            <translation>Se eliminaron las direcciones de {n} circuladores (sus nombres se conservan).</translation>
        </message>
        <message>
            <source>Removed {voters} voter(s) of the voter file and {verdicts} predicted verdicts.</source>
            <translation>Se eliminaron {voters} votante(s) del padrón electoral y {verdicts} veredictos previstos.</translation>
        </message>
        <message>
            <source>Removed {n} unsettled sync conflicts.</source>
            <translation>Se eliminaron {n} conflictos de sincronización sin resolver.</translation>
        </message>
        <message>
            <source>Removed what {n} audit entries recorded of lines and circulators (who did what, and when, stays).</source>
            <translation>Se eliminó lo que {n} entradas del registro de auditoría guardaban sobre líneas y circuladores (quién hizo qué, y cuándo, se conserva).</translation>
        </message>
        <message>
            <source>Scrubbed {n} backup copies alike.</source>
            <translation>Se limpiaron de la misma manera {n} copias de seguridad.</translation>
        </message>
        <message>
            <source>Kept: every section and line as counted, so the figures stay; decisions, samples, the voter files' provenance, and this purge in the audit.</source>
            <translation>Se conservó: cada sección y cada línea tal como se contaron, para que las cifras no cambien; las decisiones, las muestras, la procedencia de los padrones electorales y esta eliminación en el registro de auditoría.</translation>
        </message>
    </context>
    <context>
        <name>Rules</name>
        <message>
            <source>No street number</source>
            <translation>Sin número de casa</translation>
        </message>
        <message>
            <source>No street</source>
            <translation>Sin calle</translation>
        </message>
        <message>
            <source>P.O. box only</source>
            <translation>Solo apartado postal</translation>
        </message>
        <message>
            <source>No city or ZIP</source>
            <translation>Sin ciudad ni código postal</translation>
        </message>
        <message>
            <source>ZIP outside the county</source>
            <translation>Código postal fuera del condado</translation>
        </message>
        <message>
            <source>ZIP on the county line</source>
            <translation>Código postal en el límite del condado</translation>
        </message>
        <message>
            <source>ZIP not 5 digits</source>
            <translation>Código postal sin 5 dígitos</translation>
        </message>
        <message>
            <source>City not in the county</source>
            <translation>Ciudad fuera del condado</translation>
        </message>
        <message>
            <source>City and ZIP differ</source>
            <translation>Ciudad y código postal no coinciden</translation>
        </message>
        <message>
            <source>No printed name</source>
            <translation>Sin nombre en letra de molde</translation>
        </message>
        <message>
            <source>No signature</source>
            <translation>Sin firma</translation>
        </message>
        <message>
            <source>Withdrawn</source>
            <translation>Retirada</translation>
        </message>
        <message>
            <source>Partly illegible</source>
            <translation>Parcialmente ilegible</translation>
        </message>
        <message>
            <source>Past the declared lines</source>
            <translation>Más allá de las líneas declaradas</translation>
        </message>
        <message>
            <source>Line number keyed twice</source>
            <translation>Número de línea capturado dos veces</translation>
        </message>
        <message>
            <source>Possibly signed before</source>
            <translation>Posiblemente ya firmó</translation>
        </message>
        <message>
            <source>Declaration incomplete</source>
            <translation>Declaración incompleta</translation>
        </message>
        <message>
            <source>Circulated before approval</source>
            <translation>Circulada antes de la aprobación</translation>
        </message>
        <message>
            <source>Circulated after the deadline</source>
            <translation>Circulada después de la fecha límite</translation>
        </message>
        <message>
            <source>Circulation dates reversed</source>
            <translation>Fechas de circulación invertidas</translation>
        </message>
        <message>
            <source>Received after the deadline</source>
            <translation>Recibida después de la fecha límite</translation>
        </message>
        <message>
            <source>No street number: a residence address needs one.</source>
            <translation>Sin número de casa: una dirección de residencia debe tenerlo.</translation>
        </message>
        <message>
            <source>No street name: a residence address needs one.</source>
            <translation>Sin nombre de calle: una dirección de residencia debe tenerlo.</translation>
        </message>
        <message>
            <source>A P.O. box alone is not a residence address.</source>
            <translation>Un apartado postal (P.O. Box) por sí solo no es una dirección de residencia.</translation>
        </message>
        <message>
            <source>Neither city nor ZIP: the registrar cannot place the address.</source>
            <translation>Ni ciudad ni código postal: el Registro de Votantes no puede ubicar la dirección.</translation>
        </message>
        <message>
            <source>The ZIP is outside the county: only the county's voters may sign.</source>
            <translation>El código postal está fuera del condado: solo pueden firmar los votantes del condado.</translation>
        </message>
        <message>
            <source>The ZIP crosses the county line: the address may be outside the county.</source>
            <translation>El código postal cruza el límite del condado: la dirección podría estar fuera del condado.</translation>
        </message>
        <message>
            <source>The ZIP is not a 5-digit ZIP code.</source>
            <translation>El código postal no tiene 5 dígitos.</translation>
        </message>
        <message>
            <source>No ZIP, and the city is not one of the county's: check the address.</source>
            <translation>No hay código postal y la ciudad no es del condado: revise la dirección.</translation>
        </message>
        <message>
            <source>The city does not match the ZIP code.</source>
            <translation>La ciudad no corresponde al código postal.</translation>
        </message>
        <message>
            <source>No printed name. Counted as invalid: the registrar may not match the signer without it (the stricter reading of the law).</source>
            <translation>No hay nombre en letra de molde. Se cuenta como no válida: sin él, el Registro de Votantes podría no identificar al firmante (la interpretación más estricta de la ley).</translation>
        </message>
        <message>
            <source>The line has no signature.</source>
            <translation>La línea no tiene firma.</translation>
        </message>
        <message>
            <source>The signer withdrew in writing: the line is not valid.</source>
            <translation>El firmante retiró su firma por escrito: la línea no es válida.</translation>
        </message>
        <message>
            <source>Partly illegible: keyed what could be read.</source>
            <translation>Parcialmente ilegible: se capturó lo que se pudo leer.</translation>
        </message>
        <message>
            <source>The line number is past the section's declared number of lines.</source>
            <translation>El número de línea pasa del número de líneas declaradas de la sección.</translation>
        </message>
        <message>
            <source>This line number is already keyed in this section.</source>
            <translation>Este número de línea ya está capturado en esta sección.</translation>
        </message>
        <message>
            <source>Possibly signed before: key what is on the paper; one of a person's signatures counts, and the Duplicates review decides.</source>
            <translation>Posiblemente ya firmó: capture lo que dice el papel; de cada persona cuenta una sola firma, y lo decide la revisión de duplicados.</translation>
        </message>
        <message>
            <source>The circulator's declaration is incomplete: the whole section is at risk.</source>
            <translation>La declaración del circulador está incompleta: toda la sección está en riesgo.</translation>
        </message>
        <message>
            <source>Circulation began before the petition was approved: the section is void.</source>
            <translation>La circulación empezó antes de que se aprobara la petición: la sección es nula.</translation>
        </message>
        <message>
            <source>Circulation ran past the filing deadline: the section is void.</source>
            <translation>La circulación siguió después de la fecha límite de presentación: la sección es nula.</translation>
        </message>
        <message>
            <source>The circulation end date is before its start date.</source>
            <translation>La fecha de fin de circulación es anterior a la fecha de inicio.</translation>
        </message>
        <message>
            <source>Received after the filing deadline: a section not filed in time is void.</source>
            <translation>Recibida después de la fecha límite de presentación: una sección que no se presenta a tiempo es nula.</translation>
        </message>
        <message>
            <source>(section {serial} line {line}, office {office}, keyed {when})</source>
            <translation>(sección {serial} línea {line}, oficina {office}, capturada {when})</translation>
        </message>
        <message>
            <source>({zip})</source>
            <translation>({zip})</translation>
        </message>
        <message>
            <source>({zip} is {city})</source>
            <translation>({zip} corresponde a {city})</translation>
        </message>
        <message>
            <source>(declared: {declared})</source>
            <translation>(declaradas: {declared})</translation>
        </message>
        <message>
            <source>Missing: {missing}.</source>
            <translation>Datos faltantes: {missing}.</translation>
        </message>
        <message>
            <source>({date}; approved {approved})</source>
            <translation>({date}; aprobada el {approved})</translation>
        </message>
        <message>
            <source>({date}; deadline {deadline})</source>
            <translation>({date}; fecha límite: {deadline})</translation>
        </message>
        <message>
            <source>signature</source>
            <translation>firma</translation>
        </message>
        <message>
            <source>date signed</source>
            <translation>fecha de firma</translation>
        </message>
        <message>
            <source>place signed</source>
            <translation>lugar de firma</translation>
        </message>
        <message>
            <source>circulation start date</source>
            <translation>fecha de inicio de circulación</translation>
        </message>
        <message>
            <source>circulation end date</source>
            <translation>fecha de fin de circulación</translation>
        </message>
        <message>
            <source>invalid</source>
            <translation>no válida</translation>
        </message>
        <message>
            <source>check</source>
            <translation>revisar</translation>
        </message>
    </context>
    <context>
        <name>Sample</name>
        <message>
            <source>Valid</source>
            <translation>Válida</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>No registrado</translation>
        </message>
        <message>
            <source>Different address</source>
            <translation>Dirección distinta</translation>
        </message>
        <message>
            <source>Signature mismatch</source>
            <translation>Firma no coincide</translation>
        </message>
        <message>
            <source>Canceled registration</source>
            <translation>Registro cancelado</translation>
        </message>
        <message>
            <source>Out of county</source>
            <translation>Fuera del condado</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otro</translation>
        </message>
        <message>
            <source>Withdrawn (never valid)</source>
            <translation>Retirada (nunca válida)</translation>
        </message>
        <message>
            <source>Signed more than once (found in the sample)</source>
            <translation>Firmó más de una vez (hallado en la muestra)</translation>
        </message>
    </context>
    <context>
        <name>Say</name>
        <message>
            <source>today</source>
            <translation>hoy</translation>
        </message>
        <message>
            <source>yesterday</source>
            <translation>ayer</translation>
        </message>
        <message>
            <source>%Ln day(s) ago</source>
            <translation>hace %Ln día(s)</translation>
        </message>
    </context>
    <context>
        <name>Roles</name>
        <message>
            <source>volunteer</source>
            <translation>voluntario</translation>
        </message>
        <message>
            <source>lead</source>
            <translation>responsable</translation>
        </message>
        <message>
            <source>coordinator</source>
            <translation>coordinador</translation>
        </message>
    </context>
    <context>
        <name>Values</name>
        <message>
            <source>on</source>
            <translation>activado</translation>
        </message>
        <message>
            <source>off</source>
            <translation>desactivado</translation>
        </message>
        <message>
            <source>local</source>
            <translation>local</translation>
        </message>
        <message>
            <source>incoming</source>
            <translation>entrante</translation>
        </message>
        <message>
            <source>received</source>
            <translation>recibida</translation>
        </message>
        <message>
            <source>keying</source>
            <translation>en captura</translation>
        </message>
        <message>
            <source>keyed</source>
            <translation>capturada</translation>
        </message>
        <message>
            <source>verified</source>
            <translation>verificada</translation>
        </message>
        <message>
            <source>exported</source>
            <translation>exportada</translation>
        </message>
        <message>
            <source>open</source>
            <translation>abierto</translation>
        </message>
        <message>
            <source>confirmed</source>
            <translation>confirmado</translation>
        </message>
        <message>
            <source>dismissed</source>
            <translation>descartado</translation>
        </message>
        <message>
            <source>registered at this address</source>
            <translation>registrado en esta dirección</translation>
        </message>
        <message>
            <source>registered at a different address</source>
            <translation>registrado en otra dirección</translation>
        </message>
        <message>
            <source>canceled</source>
            <translation>cancelado</translation>
        </message>
        <message>
            <source>not found</source>
            <translation>no encontrado</translation>
        </message>
        <message>
            <source>two voters fit</source>
            <translation>coinciden dos votantes</translation>
        </message>
        <message>
            <source>first name</source>
            <translation>nombre</translation>
        </message>
        <message>
            <source>last name</source>
            <translation>apellido</translation>
        </message>
        <message>
            <source>street number</source>
            <translation>número</translation>
        </message>
        <message>
            <source>street</source>
            <translation>calle</translation>
        </message>
        <message>
            <source>unit</source>
            <translation>depto.</translation>
        </message>
        <message>
            <source>city</source>
            <translation>ciudad</translation>
        </message>
        <message>
            <source>ZIP</source>
            <translation>código postal</translation>
        </message>
        <message>
            <source>signed</source>
            <translation>firma</translation>
        </message>
        <message>
            <source>mark</source>
            <translation>marca</translation>
        </message>
        <message>
            <source>the first keying</source>
            <translation>la primera captura</translation>
        </message>
        <message>
            <source>the second keying</source>
            <translation>la segunda captura</translation>
        </message>
        <message>
            <source>a value typed from the paper</source>
            <translation>un valor escrito a partir del papel</translation>
        </message>
        <message>
            <source>link</source>
            <translation>enlace</translation>
        </message>
        <message>
            <source>folder</source>
            <translation>carpeta</translation>
        </message>
        <message>
            <source>pipe</source>
            <translation>tubería</translation>
        </message>
        <message>
            <source>special file</source>
            <translation>archivo especial</translation>
        </message>
        <message>
            <source>packet</source>
            <translation>paquete</translation>
        </message>
        <message>
            <source>digest</source>
            <translation>resumen</translation>
        </message>
    </context>
    <context>
        <name>Sync</name>
        <message>
            <source>Central digest {sequence} is not newer than digest {latest}, already imported.</source>
            <translation>El resumen {sequence} de la central no es más reciente que el resumen {latest}, ya importado.</translation>
        </message>
        <message>
            <source>Imported central digest {sequence} (%Ln decision(s)).</source>
            <translation>Se importó el resumen de la central {sequence} (decisiones: %Ln).</translation>
        </message>
        <message>
            <source>Passed over {why}</source>
            <translation>Se omitió {why}</translation>
        </message>
    </context>
    <context>
        <name>Voters</name>
        <message>
            <source>registered at this address</source>
            <translation>registrado en esta dirección</translation>
        </message>
        <message>
            <source>registered at a different address</source>
            <translation>registrado en otra dirección</translation>
        </message>
        <message>
            <source>registration canceled</source>
            <translation>registro cancelado</translation>
        </message>
        <message>
            <source>not found (not registered)</source>
            <translation>no encontrado (no registrado)</translation>
        </message>
        <message>
            <source>two voters fit: to review</source>
            <translation>coinciden dos votantes: por revisar</translation>
        </message>
        <message>
            <source>no name to look up</source>
            <translation>sin nombre que buscar</translation>
        </message>
        <message>
            <source>nobody of this name at the address; several of the name elsewhere nearby</source>
            <translation>nadie con este nombre en la dirección; varias personas con ese nombre en otras direcciones cercanas</translation>
        </message>
        <message>
            <source>more than one voter at the address fits (all registered): which one is unsure</source>
            <translation>coincide más de un votante en la dirección (todos registrados): no se sabe con certeza cuál</translation>
        </message>
        <message>
            <source>decided by a person</source>
            <translation>decidido por una persona</translation>
        </message>
        <message>
            <source>the voter's canceled registration is elsewhere</source>
            <translation>el registro cancelado del votante está en otra dirección</translation>
        </message>
        <message>
            <source>Valid (predicted)</source>
            <translation>Válidas (previsión)</translation>
        </message>
        <message>
            <source>Not registered</source>
            <translation>No registrados</translation>
        </message>
        <message>
            <source>Signed more than once</source>
            <translation>Firmaron más de una vez</translation>
        </message>
        <message>
            <source>Different address</source>
            <translation>Otra dirección</translation>
        </message>
        <message>
            <source>Canceled registration</source>
            <translation>Registro cancelado</translation>
        </message>
        <message>
            <source>Out-of-county address</source>
            <translation>Dirección fuera del condado</translation>
        </message>
        <message>
            <source>Other</source>
            <translation>Otros</translation>
        </message>
        <message>
            <source>Two voters fit: to review</source>
            <translation>Coinciden dos votantes: por revisar</translation>
        </message>
        <message>
            <source>Not matched yet</source>
            <translation>Aún sin cotejar</translation>
        </message>
    </context>
</TS>