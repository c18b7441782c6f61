<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en_US">
<context>
    <name>ApiExchange</name>
    <message>
        <source>list keys</source>
        <translation>Schlüssel auflisten</translation>
    </message>
    <message>
        <source>read key</source>
        <translation>Schlüssel lesen</translation>
    </message>
    <message>
        <source>create key</source>
        <translation>Schlüssel erstellen</translation>
    </message>
    <message>
        <source>update key</source>
        <translation>Schlüssel ändern</translation>
    </message>
    <message>
        <source>delete key</source>
        <translation>Schlüssel löschen</translation>
    </message>
</context>
<context>
    <name>ApiKey</name>
    <message>
        <source>1 id</source>
        <translation>1 ID</translation>
    </message>
    <message numerus="yes">
        <source>%n ids</source>
        <translation>
            <numerusform>%n ID</numerusform>
            <numerusform>%n IDs</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ApiKeyCodec</name>
    <message>
        <source>The response has no &quot;api_keys&quot; list.</source>
        <translation>Die Antwort enthält keine Liste „api_keys“.</translation>
    </message>
    <message>
        <source>The response has no &quot;api_key&quot;.</source>
        <translation>Die Antwort enthält kein „api_key“.</translation>
    </message>
    <message>
        <source>a string or an object</source>
        <translation>eine Zeichenkette oder ein Objekt</translation>
    </message>
    <message>
        <source>The new key&apos;s secret is missing.</source>
        <translation>Das Secret des neuen Schlüssels fehlt.</translation>
    </message>
    <message>
        <source>The new key&apos;s secret is empty.</source>
        <translation>Das Secret des neuen Schlüssels ist leer.</translation>
    </message>
    <message>
        <source>an HTTP status code</source>
        <translation>einen HTTP-Statuscode</translation>
    </message>
    <message>
        <source>%1 is not an HTTP status code.</source>
        <translation>%1 ist kein HTTP-Statuscode.</translation>
    </message>
    <message>
        <source>The body has none of &quot;title&quot;, &quot;status&quot; and &quot;detail&quot;; it is not an error description.</source>
        <translation>Der Inhalt enthält weder „title“ noch „status“ noch „detail“; er ist keine Fehlerbeschreibung.</translation>
    </message>
    <message>
        <source>The response has no self link.</source>
        <translation>Die Antwort enthält keinen Self-Link.</translation>
    </message>
</context>
<context>
    <name>ApiKeyReader</name>
    <message>
        <source>The key&apos;s id is empty.</source>
        <translation>Die ID des Schlüssels ist leer.</translation>
    </message>
    <message>
        <source>Unknown status &quot;%1&quot;; expected &quot;enabled&quot; or &quot;disabled&quot;.</source>
        <translation>Unbekannter Status „%1“; erwartet wird „enabled“ oder „disabled“.</translation>
    </message>
    <message>
        <source>The key has no id.</source>
        <translation>Der Schlüssel hat keine ID.</translation>
    </message>
    <message>
        <source>an array of scopes or an object keyed by resource</source>
        <translation>ein Array von Berechtigungen oder ein Objekt mit Ressourcen als Schlüsseln</translation>
    </message>
    <message>
        <source>A scope has an empty resource name.</source>
        <translation>Eine Berechtigung hat einen leeren Ressourcennamen.</translation>
    </message>
    <message>
        <source>A scope&apos;s resource name is too long.</source>
        <translation>Der Ressourcenname einer Berechtigung ist zu lang.</translation>
    </message>
    <message>
        <source>The resource name is empty.</source>
        <translation>Der Ressourcenname ist leer.</translation>
    </message>
    <message>
        <source>Unknown access &quot;%1&quot;; expected &quot;read&quot; or &quot;write&quot;.</source>
        <translation>Unbekannter Zugriff „%1“; erwartet wird „read“ oder „write“.</translation>
    </message>
    <message>
        <source>The scope names no resource.</source>
        <translation>Die Berechtigung nennt keine Ressource.</translation>
    </message>
    <message>
        <source>The scope has no access.</source>
        <translation>Die Berechtigung hat keinen Zugriff.</translation>
    </message>
    <message>
        <source>an array of ids or &quot;*&quot;</source>
        <translation>ein Array von IDs oder „*“</translation>
    </message>
</context>
<context>
    <name>CodecError</name>
    <message>
        <source>(byte %1)</source>
        <translation>(Byte %1)</translation>
    </message>
</context>
<context>
    <name>CommandLine</name>
    <message>
        <source>Desktop console for the API keys of a discue.io organization.</source>
        <translation>Desktop-Konsole für die API-Schlüssel einer discue.io-Organisation.</translation>
    </message>
    <message>
        <source>Start a built-in emulator with sample keys on this computer and connect to it.</source>
        <translation>Einen eingebauten Emulator mit Beispielschlüsseln auf diesem Computer starten und sich mit ihm verbinden.</translation>
    </message>
    <message>
        <source>Connect to this API address without a saved profile; the API key is read from the environment variable DISCUE_API_KEY.</source>
        <translation>Ohne gespeichertes Profil mit dieser API-Adresse verbinden; der API-Schlüssel wird aus der Umgebungsvariablen DISCUE_API_KEY gelesen.</translation>
    </message>
    <message>
        <source>url</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Start without a visible window, load the keys, print their number and exit (for package tests).</source>
        <translation>Ohne sichtbares Fenster starten, die Schlüssel laden, ihre Anzahl ausgeben und beenden (für Pakettests).</translation>
    </message>
    <message>
        <source>Give up --smoke after this many seconds (default 30).</source>
        <translation>--smoke nach so vielen Sekunden aufgeben (Standard: 30).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>Sekunden</translation>
    </message>
    <message>
        <source>Show this help and exit.</source>
        <translation>Diese Hilfe anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Show the version and exit.</source>
        <translation>Die Version anzeigen und beenden.</translation>
    </message>
    <message>
        <source>Unexpected argument: %1</source>
        <translation>Unerwartetes Argument: %1</translation>
    </message>
    <message>
        <source>--smoke-timeout needs a positive number of seconds.</source>
        <translation>--smoke-timeout erwartet eine positive Anzahl Sekunden.</translation>
    </message>
    <message>
        <source>--base-url is not a valid address: %1</source>
        <translation>--base-url ist keine gültige Adresse: %1</translation>
    </message>
    <message>
        <source>--demo and --base-url cannot be combined.</source>
        <translation>--demo und --base-url können nicht kombiniert werden.</translation>
    </message>
    <message>
        <source>Try &apos;discue-keys --help&apos;.</source>
        <translation>Siehe „discue-keys --help“.</translation>
    </message>
    <message>
        <source>discue-keys --smoke: no connection; use --demo or --base-url.</source>
        <translation>discue-keys --smoke: keine Verbindung; verwenden Sie --demo oder --base-url.</translation>
    </message>
</context>
<context>
    <name>JsonReader</name>
    <message>
        <source>The JSON ends before it is complete (truncated?).</source>
        <translation>Das JSON endet, bevor es vollständig ist (abgeschnitten?).</translation>
    </message>
    <message>
        <source>The body is empty; a JSON document was expected.</source>
        <translation>Der Inhalt ist leer; ein JSON-Dokument wurde erwartet.</translation>
    </message>
    <message>
        <source>The body is not valid UTF-8.</source>
        <translation>Der Inhalt ist kein gültiges UTF-8.</translation>
    </message>
    <message>
        <source>The JSON nests deeper than %1 levels.</source>
        <translation>Das JSON ist tiefer als %1 Ebenen verschachtelt.</translation>
    </message>
    <message>
        <source>The body is too large to read.</source>
        <translation>Der Inhalt ist zu groß zum Lesen.</translation>
    </message>
    <message>
        <source>A string in the JSON is never closed.</source>
        <translation>Eine Zeichenkette im JSON wird nie geschlossen.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: a comma, colon, brace or bracket is missing or out of place.</source>
        <translation>Der Inhalt ist kein gültiges JSON: ein Komma, Doppelpunkt oder eine Klammer fehlt oder steht an der falschen Stelle.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: a string contains an invalid escape.</source>
        <translation>Der Inhalt ist kein gültiges JSON: eine Zeichenkette enthält eine ungültige Escape-Sequenz.</translation>
    </message>
    <message>
        <source>The body is not valid JSON: a value is neither true, false, null, a number, a string, an array nor an object.</source>
        <translation>Der Inhalt ist kein gültiges JSON: ein Wert ist weder true, false, null, eine Zahl, eine Zeichenkette, ein Array noch ein Objekt.</translation>
    </message>
    <message>
        <source>The JSON contains a control character inside a string.</source>
        <translation>Das JSON enthält ein Steuerzeichen in einer Zeichenkette.</translation>
    </message>
    <message>
        <source>The JSON contains a malformed or out-of-range number.</source>
        <translation>Das JSON enthält eine fehlerhafte Zahl oder eine Zahl außerhalb des Wertebereichs.</translation>
    </message>
    <message>
        <source>The JSON document is followed by more content.</source>
        <translation>Auf das JSON-Dokument folgt weiterer Inhalt.</translation>
    </message>
    <message>
        <source>The body is not valid JSON (%1).</source>
        <translation>Der Inhalt ist kein gültiges JSON (%1).</translation>
    </message>
    <message>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <source>something else</source>
        <translation>etwas anderes</translation>
    </message>
    <message>
        <source>Expected %1, found %2.</source>
        <translation>Erwartet: %1, gefunden: %2.</translation>
    </message>
    <message>
        <source>The text is %1 bytes long; at most %2 are accepted here.</source>
        <translation>Der Text ist %1 Byte lang; hier sind höchstens %2 erlaubt.</translation>
    </message>
    <message>
        <source>Expected whole epoch milliseconds, found a fractional or out-of-range number.</source>
        <translation>Erwartet wurden ganze Epoch-Millisekunden, gefunden eine Bruchzahl oder eine Zahl außerhalb des Wertebereichs.</translation>
    </message>
    <message>
        <source>The timestamp is too large for epoch milliseconds.</source>
        <translation>Der Zeitstempel ist zu groß für Epoch-Millisekunden.</translation>
    </message>
    <message>
        <source>epoch milliseconds (an integer) or null</source>
        <translation>Epoch-Millisekunden (eine Ganzzahl) oder null</translation>
    </message>
    <message>
        <source>an object with &quot;href&quot; or a string</source>
        <translation>ein Objekt mit „href“ oder eine Zeichenkette</translation>
    </message>
    <message>
        <source>The link has no &quot;href&quot;.</source>
        <translation>Der Link hat kein „href“.</translation>
    </message>
</context>
<context>
    <name>ResponseDialog</name>
    <message>
        <source>%1 B</source>
        <translation>%1 B</translation>
    </message>
    <message>
        <source>%1 kB</source>
        <translation>%1 kB</translation>
    </message>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
</context>
<context>
    <name>ScopePolicy</name>
    <message>
        <source>Enter a name for the key.</source>
        <translation>Geben Sie einen Namen für den Schlüssel ein.</translation>
    </message>
    <message>
        <source>The name is %1 characters long; the API accepts at most %2.</source>
        <translation>Der Name ist %1 Zeichen lang; die API akzeptiert höchstens %2.</translation>
    </message>
    <message>
        <source>Names shorter than %1 characters are hard to tell apart.</source>
        <translation>Namen mit weniger als %1 Zeichen sind schwer zu unterscheiden.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; appears more than once; the API rejects a resource listed twice.</source>
        <translation>„%1“ kommt mehrfach vor; die API lehnt eine doppelt aufgeführte Ressource ab.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be granted through the API; only the discue web console can grant it.</source>
        <translation>„%1“ kann nicht über die API vergeben werden; nur die discue-Webkonsole kann das.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; cannot be changed through the API; only the discue web console can change it.</source>
        <translation>„%1“ kann nicht über die API geändert werden; nur die discue-Webkonsole kann das.</translation>
    </message>
    <message>
        <source>Choose read or write access for &quot;%1&quot;.</source>
        <translation>Wählen Sie Lese- oder Schreibzugriff für „%1“.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; has no targets; add &quot;*&quot; for all or at least one id.</source>
        <translation>„%1“ hat keine Ziele; fügen Sie „*“ für alle oder mindestens eine ID hinzu.</translation>
    </message>
    <message>
        <source>&quot;%1&quot; is not a valid target: use &quot;*&quot; or an id of 21 letters, digits, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>„%1“ ist kein gültiges Ziel: verwenden Sie „*“ oder eine ID aus 21 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>The target &quot;%1&quot; is listed twice.</source>
        <translation>Das Ziel „%1“ ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <source>&quot;*&quot; already covers every %1; the ids next to it have no effect.</source>
        <translation>„*“ umfasst bereits alle %1; die IDs daneben haben keine Wirkung.</translation>
    </message>
    <message>
        <source>Write access to all %1 is a wide grant; limit it to specific ids where you can.</source>
        <translation>Schreibzugriff auf alle %1 ist eine weitreichende Freigabe; beschränken Sie ihn nach Möglichkeit auf bestimmte IDs.</translation>
    </message>
    <message>
        <source>Grant at least one scope; the API does not accept a key without scopes.</source>
        <translation>Vergeben Sie mindestens eine Berechtigung; die API akzeptiert keinen Schlüssel ohne Berechtigungen.</translation>
    </message>
    <message>
        <source>Without scopes the server grants write access to every resource.</source>
        <translation>Ohne Berechtigungen gewährt der Server Schreibzugriff auf jede Ressource.</translation>
    </message>
    <message>
        <source>a space of another kind</source>
        <translation>einen Leerraum anderer Art</translation>
    </message>
    <message>
        <source>Other tools may show the name differently: it contains %1. A-Z, a-z, 0-9, spaces and . _ / - show the same everywhere.</source>
        <translation>Andere Programme zeigen den Namen womöglich anders an: Er enthält %1. A-Z, a-z, 0-9, Leerzeichen und . _ / - erscheinen überall gleich.</translation>
    </message>
</context>
<context>
    <name>StatusCatalogue</name>
    <message>
        <source>The server answered, but its response could not be read: %1</source>
        <translation>Der Server hat geantwortet, aber seine Antwort war nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Refresh the list to see the server&apos;s actual state; if this persists, the server may not speak the discue API.</source>
        <translation>Aktualisieren Sie die Liste, um den tatsächlichen Stand auf dem Server zu sehen; bleibt der Fehler, spricht der Server womöglich nicht die discue-API.</translation>
    </message>
    <message>
        <source>The list of keys was loaded.</source>
        <translation>Die Schlüsselliste wurde geladen.</translation>
    </message>
    <message>
        <source>The key was read.</source>
        <translation>Der Schlüssel wurde gelesen.</translation>
    </message>
    <message>
        <source>The key was created. Its secret is shown only this once.</source>
        <translation>Der Schlüssel wurde erstellt. Sein Secret wird nur dieses eine Mal angezeigt.</translation>
    </message>
    <message>
        <source>The key was updated.</source>
        <translation>Der Schlüssel wurde geändert.</translation>
    </message>
    <message>
        <source>The key was deleted. This cannot be undone.</source>
        <translation>Der Schlüssel wurde gelöscht. Das kann nicht rückgängig gemacht werden.</translation>
    </message>
    <message>
        <source>Copy the secret and store it safely before closing.</source>
        <translation>Kopieren Sie das Secret und bewahren Sie es sicher auf, bevor Sie schließen.</translation>
    </message>
    <message>
        <source>Nothing to do.</source>
        <translation>Nichts zu tun.</translation>
    </message>
    <message>
        <source>The server rejected the request as malformed - the key id may not be a valid discue id.</source>
        <translation>Der Server hat die Anfrage als fehlerhaft abgelehnt - die Schlüssel-ID ist womöglich keine gültige discue-ID.</translation>
    </message>
    <message>
        <source>The server rejected the request body as malformed: a wrong type, an unknown value or an invalid target id.</source>
        <translation>Der Server hat den Anfrageinhalt als fehlerhaft abgelehnt: ein falscher Typ, ein unbekannter Wert oder eine ungültige Ziel-ID.</translation>
    </message>
    <message>
        <source>Check the fields shown in the details and correct them.</source>
        <translation>Prüfen und korrigieren Sie die in den Details genannten Felder.</translation>
    </message>
    <message>
        <source>The console&apos;s own API key was refused - check the profile.</source>
        <translation>Der eigene API-Schlüssel der Konsole wurde abgewiesen - prüfen Sie das Profil.</translation>
    </message>
    <message>
        <source>Open the connection profile and enter a valid, enabled API key.</source>
        <translation>Öffnen Sie das Verbindungsprofil und geben Sie einen gültigen, aktiven API-Schlüssel ein.</translation>
    </message>
    <message>
        <source>The organization&apos;s plan does not allow another key.</source>
        <translation>Der Tarif der Organisation erlaubt keinen weiteren Schlüssel.</translation>
    </message>
    <message>
        <source>The organization&apos;s plan does not allow this request.</source>
        <translation>Der Tarif der Organisation erlaubt diese Anfrage nicht.</translation>
    </message>
    <message>
        <source>Check the organization&apos;s plan and billing in the discue console.</source>
        <translation>Prüfen Sie Tarif und Abrechnung der Organisation in der discue-Konsole.</translation>
    </message>
    <message>
        <source>Your key lacks the api_keys read scope, or discue is temporarily locking out this account after failed attempts.</source>
        <translation>Ihrem Schlüssel fehlt die Leseberechtigung api_keys, oder discue sperrt dieses Konto nach Fehlversuchen vorübergehend.</translation>
    </message>
    <message>
        <source>Your key lacks the api_keys write scope, or discue is temporarily locking out this account after failed attempts.</source>
        <translation>Ihrem Schlüssel fehlt die Schreibberechtigung api_keys, oder discue sperrt dieses Konto nach Fehlversuchen vorübergehend.</translation>
    </message>
    <message>
        <source>Use a key with the api_keys scope, or wait a while before trying again.</source>
        <translation>Verwenden Sie einen Schlüssel mit der Berechtigung api_keys, oder warten Sie eine Weile, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server has no api_keys endpoint at this address - the base URL is probably wrong.</source>
        <translation>Der Server hat unter dieser Adresse keinen Endpunkt api_keys - die Basis-URL ist vermutlich falsch.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile (e.g. https://api.discue.io/v1).</source>
        <translation>Prüfen Sie die Basis-URL des Profils (z. B. https://api.discue.io/v1).</translation>
    </message>
    <message>
        <source>This key does not exist - it may have been deleted elsewhere.</source>
        <translation>Dieser Schlüssel existiert nicht - er wurde womöglich anderswo gelöscht.</translation>
    </message>
    <message>
        <source>Refresh the list.</source>
        <translation>Aktualisieren Sie die Liste.</translation>
    </message>
    <message>
        <source>This key no longer exists - it may have been deleted elsewhere.</source>
        <translation>Dieser Schlüssel existiert nicht mehr - er wurde womöglich anderswo gelöscht.</translation>
    </message>
    <message>
        <source>This key no longer exists - it was probably already deleted.</source>
        <translation>Dieser Schlüssel existiert nicht mehr - er wurde vermutlich bereits gelöscht.</translation>
    </message>
    <message>
        <source>The server does not allow this method on this address.</source>
        <translation>Der Server erlaubt diese Methode unter dieser Adresse nicht.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile; this console may not match the server&apos;s API version.</source>
        <translation>Prüfen Sie die Basis-URL des Profils; diese Konsole passt womöglich nicht zur API-Version des Servers.</translation>
    </message>
    <message>
        <source>The server cannot answer in JSON, which the console asked for.</source>
        <translation>Der Server kann nicht in JSON antworten, wie von der Konsole verlangt.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile: it may not point at the discue API.</source>
        <translation>Prüfen Sie die Basis-URL des Profils: sie zeigt womöglich nicht auf die discue-API.</translation>
    </message>
    <message>
        <source>The server reported a conflict while reading.</source>
        <translation>Der Server hat beim Lesen einen Konflikt gemeldet.</translation>
    </message>
    <message>
        <source>The change conflicts with the key&apos;s current state on the server - it may have been changed elsewhere.</source>
        <translation>Die Änderung widerspricht dem aktuellen Stand des Schlüssels auf dem Server - er wurde womöglich anderswo geändert.</translation>
    </message>
    <message>
        <source>Refresh the list and try again.</source>
        <translation>Aktualisieren Sie die Liste und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>The server did not accept the body as JSON.</source>
        <translation>Der Server hat den Inhalt nicht als JSON akzeptiert.</translation>
    </message>
    <message>
        <source>This is a defect of the console; please report it.</source>
        <translation>Das ist ein Fehler der Konsole; bitte melden Sie ihn.</translation>
    </message>
    <message>
        <source>The server could not process the request.</source>
        <translation>Der Server konnte die Anfrage nicht verarbeiten.</translation>
    </message>
    <message>
        <source>The server refused the change: a protected scope, the same resource twice, or a name already in use.</source>
        <translation>Der Server hat die Änderung abgelehnt: eine geschützte Berechtigung, dieselbe Ressource doppelt oder ein bereits vergebener Name.</translation>
    </message>
    <message>
        <source>Correct the scopes or the name as the details say and send again.</source>
        <translation>Korrigieren Sie Berechtigungen oder Namen wie in den Details beschrieben und senden Sie erneut.</translation>
    </message>
    <message>
        <source>The key or the organization is locked on the server.</source>
        <translation>Der Schlüssel oder die Organisation ist auf dem Server gesperrt.</translation>
    </message>
    <message>
        <source>Wait until the lock is lifted, then try again.</source>
        <translation>Warten Sie, bis die Sperre aufgehoben ist, und versuchen Sie es dann erneut.</translation>
    </message>
    <message>
        <source>Too many requests: discue&apos;s rate limit was reached.</source>
        <translation>Zu viele Anfragen: das Ratenlimit von discue wurde erreicht.</translation>
    </message>
    <message>
        <source>Wait a minute, then send again - creating is never repeated automatically.</source>
        <translation>Warten Sie eine Minute und senden Sie dann erneut - das Erstellen wird nie automatisch wiederholt.</translation>
    </message>
    <message>
        <source>The console waits and retries automatically; you can cancel.</source>
        <translation>Die Konsole wartet und wiederholt automatisch; Sie können abbrechen.</translation>
    </message>
    <message>
        <source>The server failed while answering.</source>
        <translation>Beim Antworten ist auf dem Server ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>The server failed; the change may or may not have been made.</source>
        <translation>Auf dem Server ist ein Fehler aufgetreten; die Änderung wurde womöglich trotzdem ausgeführt.</translation>
    </message>
    <message>
        <source>Try again later.</source>
        <translation>Versuchen Sie es später erneut.</translation>
    </message>
    <message>
        <source>Refresh the list to see whether the change was made before trying again.</source>
        <translation>Aktualisieren Sie die Liste, um zu sehen, ob die Änderung ausgeführt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>The server does not implement this operation.</source>
        <translation>Der Server unterstützt diesen Vorgang nicht.</translation>
    </message>
    <message>
        <source>Check the base URL of the profile and the server&apos;s API version.</source>
        <translation>Prüfen Sie die Basis-URL des Profils und die API-Version des Servers.</translation>
    </message>
    <message>
        <source>The service is temporarily unavailable.</source>
        <translation>Der Dienst ist vorübergehend nicht verfügbar.</translation>
    </message>
    <message>
        <source>Refresh the list to see whether the key was created before trying again.</source>
        <translation>Aktualisieren Sie die Liste, um zu sehen, ob der Schlüssel erstellt wurde, bevor Sie es erneut versuchen.</translation>
    </message>
    <message>
        <source>Try again in a moment.</source>
        <translation>Versuchen Sie es gleich noch einmal.</translation>
    </message>
    <message>
        <source>The server accepted the request (%1).</source>
        <translation>Der Server hat die Anfrage angenommen (%1).</translation>
    </message>
    <message>
        <source>Refresh the list to see the result.</source>
        <translation>Aktualisieren Sie die Liste, um das Ergebnis zu sehen.</translation>
    </message>
    <message>
        <source>The server refused the request to %1.</source>
        <translation>Der Server hat die Anfrage „%1“ abgelehnt.</translation>
    </message>
    <message>
        <source>Check the details of the response; the request may need correcting.</source>
        <translation>Prüfen Sie die Details der Antwort; die Anfrage muss womöglich korrigiert werden.</translation>
    </message>
    <message>
        <source>The server failed to %1.</source>
        <translation>Beim Vorgang „%1“ ist auf dem Server ein Fehler aufgetreten.</translation>
    </message>
    <message>
        <source>Refresh the list to see whether the change was made.</source>
        <translation>Aktualisieren Sie die Liste, um zu sehen, ob die Änderung ausgeführt wurde.</translation>
    </message>
    <message>
        <source>The server gave an answer the console does not expect (%1).</source>
        <translation>Der Server hat eine Antwort gegeben, die die Konsole nicht erwartet (%1).</translation>
    </message>
    <message>
        <source>Check the base URL of the profile.</source>
        <translation>Prüfen Sie die Basis-URL des Profils.</translation>
    </message>
    <message>
        <source>No response: connection refused</source>
        <translation>Keine Antwort: Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>Nothing is listening at the profile&apos;s address; the request was not sent.</source>
        <translation>Unter der Adresse des Profils lauscht nichts; die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Check the base URL and that the server is running.</source>
        <translation>Prüfen Sie die Basis-URL und ob der Server läuft.</translation>
    </message>
    <message>
        <source>No response: host not found</source>
        <translation>Keine Antwort: Host nicht gefunden</translation>
    </message>
    <message>
        <source>The server&apos;s name could not be resolved; the request was not sent.</source>
        <translation>Der Name des Servers konnte nicht aufgelöst werden; die Anfrage wurde nicht gesendet.</translation>
    </message>
    <message>
        <source>Check the base URL and your network connection.</source>
        <translation>Prüfen Sie die Basis-URL und Ihre Netzwerkverbindung.</translation>
    </message>
    <message>
        <source>No response: secure connection failed</source>
        <translation>Keine Antwort: sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The server&apos;s certificate could not be verified, so the console did not send the request.</source>
        <translation>Das Zertifikat des Servers konnte nicht überprüft werden, daher hat die Konsole die Anfrage nicht gesendet.</translation>
    </message>
    <message>
        <source>Check the base URL and the system&apos;s certificates; the console never ignores certificate errors.</source>
        <translation>Prüfen Sie die Basis-URL und die Zertifikate des Systems; die Konsole ignoriert Zertifikatsfehler nie.</translation>
    </message>
    <message>
        <source>No response: timed out</source>
        <translation>Keine Antwort: Zeitüberschreitung</translation>
    </message>
    <message>
        <source>The server did not answer in time.</source>
        <translation>Der Server hat nicht rechtzeitig geantwortet.</translation>
    </message>
    <message>
        <source>Check your network connection and try again.</source>
        <translation>Prüfen Sie Ihre Netzwerkverbindung und versuchen Sie es erneut.</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>The request was cancelled; the key may have been created anyway.</source>
        <translation>Die Anfrage wurde abgebrochen; der Schlüssel wurde womöglich trotzdem erstellt.</translation>
    </message>
    <message>
        <source>The request was cancelled before an answer arrived.</source>
        <translation>Die Anfrage wurde abgebrochen, bevor eine Antwort eintraf.</translation>
    </message>
    <message>
        <source>Run it again when you are ready.</source>
        <translation>Führen Sie sie erneut aus, wenn Sie bereit sind.</translation>
    </message>
    <message>
        <source>No response: answer too large</source>
        <translation>Keine Antwort: Antwort zu groß</translation>
    </message>
    <message>
        <source>The server&apos;s answer exceeded the size limit and was stopped.</source>
        <translation>Die Antwort des Servers hat die Größenbeschränkung überschritten und wurde abgebrochen.</translation>
    </message>
    <message>
        <source>Check the base URL: the address may not point at the discue API.</source>
        <translation>Prüfen Sie die Basis-URL: die Adresse zeigt womöglich nicht auf die discue-API.</translation>
    </message>
    <message>
        <source>No response: connection dropped</source>
        <translation>Keine Antwort: Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>The connection closed before the answer was complete.</source>
        <translation>Die Verbindung wurde geschlossen, bevor die Antwort vollständig war.</translation>
    </message>
    <message>
        <source>No response: redirect refused</source>
        <translation>Keine Antwort: Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>The server redirected to another host or scheme; the console does not send the API key there.</source>
        <translation>Der Server hat auf einen anderen Host oder ein anderes Schema weitergeleitet; dorthin sendet die Konsole den API-Schlüssel nicht.</translation>
    </message>
    <message>
        <source>Set the profile&apos;s base URL to the final address.</source>
        <translation>Tragen Sie die endgültige Adresse als Basis-URL des Profils ein.</translation>
    </message>
    <message>
        <source>Not sent: insecure address</source>
        <translation>Nicht gesendet: unsichere Adresse</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed to this computer (loopback); the API key would travel unencrypted.</source>
        <translation>Unverschlüsseltes http:// ist nur zu diesem Computer (Loopback) erlaubt; der API-Schlüssel würde unverschlüsselt übertragen.</translation>
    </message>
    <message>
        <source>Use an https:// base URL in the profile.</source>
        <translation>Verwenden Sie im Profil eine https://-Basis-URL.</translation>
    </message>
    <message>
        <source>No response</source>
        <translation>Keine Antwort</translation>
    </message>
    <message>
        <source>The request failed before an answer arrived.</source>
        <translation>Die Anfrage ist fehlgeschlagen, bevor eine Antwort eintraf.</translation>
    </message>
    <message numerus="yes">
        <source>The server still refused after %n attempts. Wait until it allows requests again - a minute, or as long as its Retry-After asks - then try again.</source>
        <translation>
            <numerusform>Der Server lehnte auch nach %n Versuch ab. Warten Sie, bis er wieder Anfragen annimmt – eine Minute oder so lange, wie sein Retry-After verlangt –, und versuchen Sie es dann erneut.</numerusform>
            <numerusform>Der Server lehnte auch nach %n Versuchen ab. Warten Sie, bis er wieder Anfragen annimmt – eine Minute oder so lange, wie sein Retry-After verlangt –, und versuchen Sie es dann erneut.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::AccessDelegate</name>
    <message>
        <source>Access to %1</source>
        <translation>Zugriff auf %1</translation>
    </message>
    <message>
        <source>Write includes read.</source>
        <translation>Schreiben schließt Lesen ein.</translation>
    </message>
</context>
<context>
    <name>discue::ApiCall</name>
    <message>
        <source>No data from the server for %1 seconds.</source>
        <translation>Seit %1 Sekunden keine Daten vom Server.</translation>
    </message>
    <message>
        <source>Cancelled by the user.</source>
        <translation>Vom Benutzer abgebrochen.</translation>
    </message>
    <message>
        <source>The connection was closed.</source>
        <translation>Die Verbindung wurde geschlossen.</translation>
    </message>
    <message>
        <source>The server redirected to %1.</source>
        <translation>Der Server hat nach %1 weitergeleitet.</translation>
    </message>
    <message>
        <source>The answer exceeded %1.</source>
        <translation>Die Antwort war größer als %1.</translation>
    </message>
    <message>
        <source>Cancelled by the user while waiting to retry after %1.</source>
        <translation>Vom Benutzer abgebrochen, während nach %1 auf den nächsten Versuch gewartet wurde.</translation>
    </message>
    <message>
        <source>Cancelled by the user while waiting to retry after the connection dropped.</source>
        <translation>Vom Benutzer abgebrochen, während nach dem Verbindungsabbruch auf den nächsten Versuch gewartet wurde.</translation>
    </message>
</context>
<context>
    <name>discue::ApiKeyTableModel</name>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message>
        <source>This key has never been used.</source>
        <translation>Dieser Schlüssel wurde noch nie genutzt.</translation>
    </message>
    <message>
        <source>No scopes</source>
        <translation>Keine Berechtigungen</translation>
    </message>
    <message>
        <source>%1 (the key this console is signed in with)</source>
        <translation>%1 (der Schlüssel, mit dem diese Konsole angemeldet ist)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>in the future</source>
        <translation>in der Zukunft</translation>
    </message>
    <message>
        <source>just now</source>
        <translation>gerade eben</translation>
    </message>
    <message>
        <source>1 minute ago</source>
        <translation>vor 1 Minute</translation>
    </message>
    <message numerus="yes">
        <source>%n minutes ago</source>
        <translation>
            <numerusform>vor %n Minute</numerusform>
            <numerusform>vor %n Minuten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 hour ago</source>
        <translation>vor 1 Stunde</translation>
    </message>
    <message numerus="yes">
        <source>%n hours ago</source>
        <translation>
            <numerusform>vor %n Stunde</numerusform>
            <numerusform>vor %n Stunden</numerusform>
        </translation>
    </message>
    <message>
        <source>1 day ago</source>
        <translation>vor 1 Tag</translation>
    </message>
    <message numerus="yes">
        <source>%n days ago</source>
        <translation>
            <numerusform>vor %n Tag</numerusform>
            <numerusform>vor %n Tagen</numerusform>
        </translation>
    </message>
    <message>
        <source>1 month ago</source>
        <translation>vor 1 Monat</translation>
    </message>
    <message numerus="yes">
        <source>%n months ago</source>
        <translation>
            <numerusform>vor %n Monat</numerusform>
            <numerusform>vor %n Monaten</numerusform>
        </translation>
    </message>
    <message>
        <source>1 year ago</source>
        <translation>vor 1 Jahr</translation>
    </message>
    <message numerus="yes">
        <source>%n years ago</source>
        <translation>
            <numerusform>vor %n Jahr</numerusform>
            <numerusform>vor %n Jahren</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::BulkResultDialog</name>
    <message>
        <source>Bulk action results</source>
        <translation>Ergebnisse der Sammelaktion</translation>
    </message>
    <message>
        <source>Result per key</source>
        <translation>Ergebnis je Schlüssel</translation>
    </message>
    <message>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>Ergebnis</translation>
    </message>
    <message>
        <source>What it means</source>
        <translation>Bedeutung</translation>
    </message>
    <message>
        <source>&amp;Retry failed only</source>
        <translation>Nur &amp;fehlgeschlagene wiederholen</translation>
    </message>
    <message>
        <source>Not run</source>
        <translation>Nicht ausgeführt</translation>
    </message>
    <message numerus="yes">
        <source>All %n keys succeeded.</source>
        <translation>
            <numerusform>%n Schlüssel erfolgreich.</numerusform>
            <numerusform>Alle %n Schlüssel erfolgreich.</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 of %2 keys succeeded, %3 failed.</source>
        <translation>%1 von %2 Schlüsseln erfolgreich, %3 fehlgeschlagen.</translation>
    </message>
    <message numerus="yes">
        <source>Retrying %n failed keys...</source>
        <translation>
            <numerusform>%n fehlgeschlagener Schlüssel wird wiederholt...</numerusform>
            <numerusform>%n fehlgeschlagene Schlüssel werden wiederholt...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::ConfirmKeyActionDialog</name>
    <message>
        <source>last used %1 (%2)</source>
        <translation>zuletzt genutzt %1 (%2)</translation>
    </message>
    <message>
        <source>never used</source>
        <translation>nie genutzt</translation>
    </message>
    <message>
        <source>no scopes</source>
        <translation>keine Berechtigungen</translation>
    </message>
    <message>
        <source>Scopes: %1</source>
        <translation>Berechtigungen: %1</translation>
    </message>
    <message>
        <source>Enable keys</source>
        <translation>Schlüssel aktivieren</translation>
    </message>
    <message>
        <source>Enable this key? Programs using it can call the API again.</source>
        <translation>Diesen Schlüssel aktivieren? Programme, die ihn verwenden, können die API wieder aufrufen.</translation>
    </message>
    <message numerus="yes">
        <source>Enable %n keys? Programs using them can call the API again.</source>
        <translation>
            <numerusform>%n Schlüssel aktivieren? Programme, die ihn verwenden, können die API wieder aufrufen.</numerusform>
            <numerusform>%n Schlüssel aktivieren? Programme, die sie verwenden, können die API wieder aufrufen.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Enable</source>
        <translation>&amp;Aktivieren</translation>
    </message>
    <message>
        <source>Disable keys</source>
        <translation>Schlüssel deaktivieren</translation>
    </message>
    <message>
        <source>Disable this key? Every request made with it will be refused until it is enabled again.</source>
        <translation>Diesen Schlüssel deaktivieren? Jede Anfrage mit ihm wird abgewiesen, bis er wieder aktiviert ist.</translation>
    </message>
    <message numerus="yes">
        <source>Disable %n keys? Every request made with them will be refused until they are enabled again.</source>
        <translation>
            <numerusform>%n Schlüssel deaktivieren? Jede Anfrage mit ihm wird abgewiesen, bis er wieder aktiviert ist.</numerusform>
            <numerusform>%n Schlüssel deaktivieren? Jede Anfrage mit ihnen wird abgewiesen, bis sie wieder aktiviert sind.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>Delete keys</source>
        <translation>Schlüssel löschen</translation>
    </message>
    <message>
        <source>Delete this key? Deleting is final: the API cannot restore it, and every program that uses it stops working.</source>
        <translation>Diesen Schlüssel löschen? Löschen ist endgültig: die API kann ihn nicht wiederherstellen, und jedes Programm, das ihn verwendet, funktioniert nicht mehr.</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n keys? Deleting is final: the API cannot restore them, and every program that uses them stops working.</source>
        <translation>
            <numerusform>%n Schlüssel löschen? Löschen ist endgültig: die API kann ihn nicht wiederherstellen, und jedes Programm, das ihn verwendet, funktioniert nicht mehr.</numerusform>
            <numerusform>%n Schlüssel löschen? Löschen ist endgültig: die API kann sie nicht wiederherstellen, und jedes Programm, das sie verwendet, funktioniert nicht mehr.</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message numerus="yes">
        <source>%n of the selected keys already have that status and are left alone.</source>
        <translation>
            <numerusform>%n der ausgewählten Schlüssel hat diesen Status bereits und bleibt unverändert.</numerusform>
            <numerusform>%n der ausgewählten Schlüssel haben diesen Status bereits und bleiben unverändert.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>... and %n more.</source>
        <translation>
            <numerusform>... und %n weiterer.</numerusform>
            <numerusform>... und %n weitere.</numerusform>
        </translation>
    </message>
    <message>
        <source>This console is signed in with this key. After this, the console can no longer reach the API with the current profile.</source>
        <translation>Diese Konsole ist mit diesem Schlüssel angemeldet. Danach erreicht die Konsole die API mit dem aktuellen Profil nicht mehr.</translation>
    </message>
    <message>
        <source>Confirmation</source>
        <translation>Bestätigung</translation>
    </message>
    <message>
        <source>This is the key the console is signed in with.</source>
        <translation>Mit diesem Schlüssel ist die Konsole angemeldet.</translation>
    </message>
    <message>
        <source>The console&apos;s own key is among them.</source>
        <translation>Der eigene Schlüssel der Konsole ist darunter.</translation>
    </message>
    <message>
        <source>This key was used in the last 7 days.</source>
        <translation>Dieser Schlüssel wurde in den letzten 7 Tagen genutzt.</translation>
    </message>
    <message>
        <source>Some of them were used in the last 7 days.</source>
        <translation>Einige davon wurden in den letzten 7 Tagen genutzt.</translation>
    </message>
    <message>
        <source>This profile is marked production.</source>
        <translation>Dieses Profil ist als Produktion gekennzeichnet.</translation>
    </message>
    <message>
        <source>Type its name, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung seinen Namen &lt;b&gt;%1&lt;/b&gt; ein:</translation>
    </message>
    <message>
        <source>Type the number of keys, &lt;b&gt;%1&lt;/b&gt;, to confirm:</source>
        <translation>Geben Sie zur Bestätigung die Anzahl der Schlüssel (&lt;b&gt;%1&lt;/b&gt;) ein:</translation>
    </message>
    <message>
        <source>Keys affected</source>
        <translation>Betroffene Schlüssel</translation>
    </message>
</context>
<context>
    <name>discue::ConnectionProfile</name>
    <message>
        <source>The address is not a valid URL with a host name.</source>
        <translation>Die Adresse ist keine gültige URL mit Hostnamen.</translation>
    </message>
    <message>
        <source>Only https:// addresses are supported.</source>
        <translation>Nur https://-Adressen werden unterstützt.</translation>
    </message>
    <message>
        <source>Plain http:// is only allowed for this computer (localhost, 127.0.0.1, ::1); use https:// so that the API key travels encrypted.</source>
        <translation>Unverschlüsseltes http:// ist nur für diesen Computer erlaubt (localhost, 127.0.0.1, ::1); verwenden Sie https://, damit der API-Schlüssel verschlüsselt übertragen wird.</translation>
    </message>
    <message>
        <source>Command line</source>
        <translation>Kommandozeile</translation>
    </message>
</context>
<context>
    <name>discue::ConnectionProfileDialog</name>
    <message>
        <source>New connection profile</source>
        <translation>Neues Verbindungsprofil</translation>
    </message>
    <message>
        <source>Connection profile %1</source>
        <translation>Verbindungsprofil %1</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>e.g. Production</source>
        <translation>z. B. Produktion</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>API dialect</source>
        <translation>API-Dialekt</translation>
    </message>
    <message>
        <source>Documentation (name, scopes as a list)</source>
        <translation>Dokumentation (name, scopes als Liste)</translation>
    </message>
    <message>
        <source>Terraform provider (alias, scopes by resource)</source>
        <translation>Terraform-Provider (alias, scopes nach Ressource)</translation>
    </message>
    <message>
        <source>&amp;Dialect:</source>
        <translation>&amp;Dialekt:</translation>
    </message>
    <message>
        <source>This is a &amp;production organization (red badge)</source>
        <translation>Dies ist eine &amp;Produktionsorganisation (rote Markierung)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Stored in the keychain - type to replace</source>
        <translation>Im Schlüsselbund gespeichert - zum Ersetzen eintippen</translation>
    </message>
    <message>
        <source>The organization&apos;s API key</source>
        <translation>Der API-Schlüssel der Organisation</translation>
    </message>
    <message>
        <source>API &amp;key:</source>
        <translation>API-&amp;Schlüssel:</translation>
    </message>
    <message>
        <source>The key is kept in the system keychain, never in the settings file. It needs the api_keys scope.</source>
        <translation>Der Schlüssel wird im Schlüsselbund des Systems aufbewahrt, nie in der Einstellungsdatei. Er benötigt die Berechtigung api_keys.</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Give the profile a name.</source>
        <translation>Geben Sie dem Profil einen Namen.</translation>
    </message>
    <message>
        <source>Enter the API key the console should use.</source>
        <translation>Geben Sie den API-Schlüssel ein, den die Konsole verwenden soll.</translation>
    </message>
    <message>
        <source>Testing: GET %1 ...</source>
        <translation>Wird getestet: GET %1 ...</translation>
    </message>
    <message>
        <source>%1 - the key works; the organization has %2 keys.</source>
        <translation>%1 - der Schlüssel funktioniert; die Organisation hat %2 Schlüssel.</translation>
    </message>
</context>
<context>
    <name>discue::ConsoleSession</name>
    <message>
        <source>Demo (local)</source>
        <translation>Demo (lokal)</translation>
    </message>
    <message>
        <source>--base-url needs the API key in the environment variable %1, which is not set.</source>
        <translation>--base-url benötigt den API-Schlüssel in der Umgebungsvariablen %1, die nicht gesetzt ist.</translation>
    </message>
    <message>
        <source>no API key is stored for %1; edit the profile to add one.</source>
        <translation>für %1 ist kein API-Schlüssel gespeichert; bearbeiten Sie das Profil, um einen hinzuzufügen.</translation>
    </message>
    <message>
        <source>waiting for the keychain to give the API key of %1...</source>
        <translation>warte auf den API-Schlüssel von %1 aus dem Schlüsselbund...</translation>
    </message>
    <message>
        <source>No keychain: API keys are kept for this session only.</source>
        <translation>Kein Schlüsselbund: API-Schlüssel werden nur für diese Sitzung aufbewahrt.</translation>
    </message>
    <message>
        <source>no API key for %1: %2 Edit the profile to enter it.</source>
        <translation>kein API-Schlüssel für %1: %2 Bearbeiten Sie das Profil, um ihn einzugeben.</translation>
    </message>
</context>
<context>
    <name>discue::ConsoleStatusBar</name>
    <message>
        <source>Requests left in this minute, as the server reports</source>
        <translation>Verbleibende Anfragen in dieser Minute, laut Server</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Cancel the running work</source>
        <translation>Den laufenden Vorgang abbrechen</translation>
    </message>
    <message>
        <source>Rate limit: %1 left</source>
        <translation>Ratenlimit: %1 übrig</translation>
    </message>
    <message>
        <source>Rate limit: %1/%2 left</source>
        <translation>Ratenlimit: %1/%2 übrig</translation>
    </message>
    <message>
        <source>%1 %v/%m</source>
        <translation>%1 %v/%m</translation>
    </message>
    <message numerus="yes">
        <source>The server answered %1; retrying in %n s...</source>
        <translation>
            <numerusform>Der Server antwortete %1; neuer Versuch in %n s...</numerusform>
            <numerusform>Der Server antwortete %1; neuer Versuch in %n s...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>The connection dropped; retrying in %n s...</source>
        <translation>
            <numerusform>Die Verbindung brach ab; neuer Versuch in %n s...</numerusform>
            <numerusform>Die Verbindung brach ab; neuer Versuch in %n s...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::JournalDock</name>
    <message>
        <source>Activity</source>
        <translation>Aktivität</translation>
    </message>
    <message>
        <source>Activity journal</source>
        <translation>Aktivitätsprotokoll</translation>
    </message>
    <message>
        <source>Export CSV...</source>
        <translation>Als CSV exportieren...</translation>
    </message>
    <message>
        <source>Export JSON...</source>
        <translation>Als JSON exportieren...</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>Leeren</translation>
    </message>
    <message>
        <source>Requests sent</source>
        <translation>Gesendete Anfragen</translation>
    </message>
    <message>
        <source>Export the journal as CSV</source>
        <translation>Das Protokoll als CSV exportieren</translation>
    </message>
    <message>
        <source>Export the journal as JSON</source>
        <translation>Das Protokoll als JSON exportieren</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>The journal could not be written to %1.</source>
        <translation>Das Protokoll konnte nicht nach %1 geschrieben werden.</translation>
    </message>
</context>
<context>
    <name>discue::KeyDetailsPane</name>
    <message>
        <source>Key details</source>
        <translation>Schlüsseldetails</translation>
    </message>
    <message>
        <source>Select a key to see its details.</source>
        <translation>Wählen Sie einen Schlüssel aus, um seine Details zu sehen.</translation>
    </message>
    <message>
        <source>The console is signed in with this key.</source>
        <translation>Die Konsole ist mit diesem Schlüssel angemeldet.</translation>
    </message>
    <message>
        <source>Id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Copy the key prefix</source>
        <translation>Schlüsselpräfix kopieren</translation>
    </message>
    <message>
        <source>Key prefix</source>
        <translation>Präfix</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Genutzt</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>Erstellt</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>Geändert</translation>
    </message>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Scopes of the selected key</source>
        <translation>Berechtigungen des ausgewählten Schlüssels</translation>
    </message>
    <message>
        <source>unknown</source>
        <translation>unbekannt</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>never</source>
        <translation>nie</translation>
    </message>
    <message numerus="yes">
        <source>%n keys selected. Enable, Disable and Delete apply to all of them.</source>
        <translation>
            <numerusform>%n Schlüssel ausgewählt. Aktivieren, Deaktivieren und Löschen gelten für ihn.</numerusform>
            <numerusform>%n Schlüssel ausgewählt. Aktivieren, Deaktivieren und Löschen gelten für alle.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>discue::KeyEditorDialog</name>
    <message>
        <source>New key</source>
        <translation>Neuer Schlüssel</translation>
    </message>
    <message>
        <source>Edit key &quot;%1&quot;</source>
        <translation>Schlüssel „%1“ bearbeiten</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>S&amp;tatus:</translation>
    </message>
    <message>
        <source>S&amp;copes (F2 edits; locked rows cannot be set via the API):</source>
        <translation>&amp;Berechtigungen (F2 bearbeitet; gesperrte Zeilen sind über die API nicht einstellbar):</translation>
    </message>
    <message>
        <source>&amp;Problems:</source>
        <translation>&amp;Probleme:</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Zurück</translation>
    </message>
    <message>
        <source>&amp;Review...</source>
        <translation>&amp;Vorschau...</translation>
    </message>
    <message>
        <source>Show what will be sent (Ctrl+Return)</source>
        <translation>Zeigen, was gesendet wird (Strg+Return)</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Senden</translation>
    </message>
    <message>
        <source>Send the request (Ctrl+Return)</source>
        <translation>Die Anfrage senden (Strg+Return)</translation>
    </message>
    <message>
        <source>Fix the problems marked in red before sending.</source>
        <translation>Beheben Sie vor dem Senden die rot markierten Probleme.</translation>
    </message>
    <message>
        <source>Nothing changed, so there is nothing to send.</source>
        <translation>Nichts geändert, daher gibt es nichts zu senden.</translation>
    </message>
    <message>
        <source>Acknowledge the protected scopes warning to send.</source>
        <translation>Bestätigen Sie zum Senden die Warnung zu geschützten Berechtigungen.</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>no response</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Not saved (%1). Your edits are kept: go Back to change them, or Send again.</source>
        <translation>Nicht gespeichert (%1). Ihre Änderungen bleiben erhalten: mit „Zurück“ ändern oder erneut „Senden“.</translation>
    </message>
    <message>
        <source>Discard changes?</source>
        <translation>Änderungen verwerfen?</translation>
    </message>
    <message>
        <source>Your changes to this key have not been sent. Discard them?</source>
        <translation>Ihre Änderungen an diesem Schlüssel wurden nicht gesendet. Verwerfen?</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>Not saved (404): this key no longer exists on the server - it may have been deleted elsewhere. Close the editor.</source>
        <translation>Nicht gespeichert (404): Dieser Schlüssel existiert auf dem Server nicht mehr – er wurde womöglich anderswo gelöscht. Schließen Sie den Editor.</translation>
    </message>
</context>
<context>
    <name>discue::KeyEditorFindingList</name>
    <message>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <source>No problems found.</source>
        <translation>Keine Probleme gefunden.</translation>
    </message>
</context>
<context>
    <name>discue::KeyFilterProxy</name>
    <message>
        <source>All</source>
        <translation>Alle</translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Wildcard write</source>
        <translation>Schreibzugriff auf *</translation>
    </message>
    <message>
        <source>Unused 30 days</source>
        <translation>30 Tage ungenutzt</translation>
    </message>
    <message>
        <source>Has protected scopes</source>
        <translation>Geschützte Berechtigungen</translation>
    </message>
</context>
<context>
    <name>discue::KeyOperations</name>
    <message>
        <source>Enabling keys</source>
        <translation>Schlüssel werden aktiviert</translation>
    </message>
    <message>
        <source>Disabling keys</source>
        <translation>Schlüssel werden deaktiviert</translation>
    </message>
    <message>
        <source>Deleting keys</source>
        <translation>Schlüssel werden gelöscht</translation>
    </message>
    <message>
        <source>Loading keys...</source>
        <translation>Schlüssel werden geladen...</translation>
    </message>
</context>
<context>
    <name>discue::KeyReviewPanel</name>
    <message>
        <source>All (*)</source>
        <translation>Alle (*)</translation>
    </message>
    <message numerus="yes">
        <source>%n ids: %1</source>
        <translation>
            <numerusform>%n ID: %1</numerusform>
            <numerusform>%n IDs: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Enabled</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Disabled</source>
        <translation>Inaktiv</translation>
    </message>
    <message>
        <source>Changes, before and after</source>
        <translation>Änderungen, vorher und nachher</translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Before</source>
        <translation>Vorher</translation>
    </message>
    <message>
        <source>After</source>
        <translation>Nachher</translation>
    </message>
    <message>
        <source>The request &amp;body, exactly as it will be sent:</source>
        <translation>&amp;Anfrageinhalt, genau so, wie er gesendet wird:</translation>
    </message>
    <message>
        <source>Request body</source>
        <translation>Anfrageinhalt</translation>
    </message>
    <message>
        <source>This key carries protected scopes (api_clients, api_keys or subscriptions) that only the discue web console can set. The request replaces the whole scope list and leaves them out; what the real service then does with them is not documented - they may be kept or removed.</source>
        <translation>Dieser Schlüssel hat geschützte Berechtigungen (api_clients, api_keys oder subscriptions), die nur die discue-Webkonsole vergeben kann. Die Anfrage ersetzt die gesamte Berechtigungsliste und lässt sie weg; was der echte Dienst dann mit ihnen macht, ist nicht dokumentiert - sie bleiben womöglich erhalten oder werden entfernt.</translation>
    </message>
    <message>
        <source>I &amp;understand the key may lose its protected scopes</source>
        <translation>&amp;Ich verstehe, dass der Schlüssel seine geschützten Berechtigungen verlieren kann</translation>
    </message>
    <message>
        <source>Acknowledge the protected scopes warning</source>
        <translation>Warnung zu geschützten Berechtigungen bestätigen</translation>
    </message>
    <message>
        <source>(not set)</source>
        <translation>(nicht gesetzt)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Scope %1</source>
        <translation>Berechtigung %1</translation>
    </message>
    <message>
        <source>Nothing changed, so there is nothing to send.</source>
        <translation>Nichts geändert, daher gibt es nichts zu senden.</translation>
    </message>
    <message>
        <source>Sending updates key &quot;%1&quot;: only the fields below change%2.</source>
        <translation>Senden ändert den Schlüssel „%1“: nur die folgenden Felder ändern sich%2.</translation>
    </message>
    <message>
        <source>; the scope list is replaced as a whole</source>
        <translation>; die Berechtigungsliste wird als Ganzes ersetzt</translation>
    </message>
    <message>
        <source>Sending creates the key. Without scopes the server grants write access to every resource.</source>
        <translation>Senden erstellt den Schlüssel. Ohne Berechtigungen gewährt der Server Schreibzugriff auf jede Ressource.</translation>
    </message>
    <message>
        <source>Sending creates the key with these settings.</source>
        <translation>Senden erstellt den Schlüssel mit diesen Einstellungen.</translation>
    </message>
</context>
<context>
    <name>discue::KeyTableView</name>
    <message>
        <source>API keys</source>
        <translation>API-Schlüssel</translation>
    </message>
</context>
<context>
    <name>discue::MainWindow</name>
    <message>
        <source>discue API keys</source>
        <translation>discue-API-Schlüssel</translation>
    </message>
    <message>
        <source>Refreshed %1</source>
        <translation>Aktualisiert um %1</translation>
    </message>
    <message>
        <source>Refresh failed</source>
        <translation>Aktualisierung fehlgeschlagen</translation>
    </message>
    <message>
        <source>The keys could not be loaded - press %1 to try again</source>
        <translation>Die Schlüssel konnten nicht geladen werden - mit %1 erneut versuchen</translation>
    </message>
    <message numerus="yes">
        <source>Sorting %n keys...</source>
        <translation>
            <numerusform>%n Schlüssel werden sortiert...</numerusform>
            <numerusform>%n Schlüssel werden sortiert...</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Aktualisieren</translation>
    </message>
    <message>
        <source>&amp;New key...</source>
        <translation>&amp;Neu...</translation>
    </message>
    <message>
        <source>&amp;Edit key...</source>
        <translation>&amp;Bearbeiten...</translation>
    </message>
    <message>
        <source>E&amp;nable</source>
        <translation>A&amp;ktivieren</translation>
    </message>
    <message>
        <source>&amp;Disable</source>
        <translation>&amp;Deaktivieren</translation>
    </message>
    <message>
        <source>De&amp;lete...</source>
        <translation>&amp;Löschen...</translation>
    </message>
    <message>
        <source>&amp;Find</source>
        <translation>&amp;Suchen</translation>
    </message>
    <message>
        <source>&amp;Edit connection profile...</source>
        <translation>&amp;Verbindungsprofil bearbeiten...</translation>
    </message>
    <message>
        <source>&amp;New connection profile...</source>
        <translation>&amp;Neues Verbindungsprofil...</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About discue-keys</source>
        <translation>&amp;Über discue-keys</translation>
    </message>
    <message>
        <source>Select &amp;all</source>
        <translation>Alle aus&amp;wählen</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Werkzeugleiste</translation>
    </message>
    <message>
        <source>Search keys</source>
        <translation>Schlüssel suchen</translation>
    </message>
    <message>
        <source>Search keys (%1)</source>
        <translation>Schlüssel suchen (%1)</translation>
    </message>
    <message>
        <source>Searches name, id, key prefix and scopes</source>
        <translation>Durchsucht Name, ID, Schlüsselpräfix und Berechtigungen</translation>
    </message>
    <message>
        <source>Quick filter</source>
        <translation>Schnellfilter</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Keys</source>
        <translation>&amp;Schlüssel</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Quick filter</source>
        <translation>S&amp;chnellfilter</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>%1 - %2</source>
        <translation>%1 - %2</translation>
    </message>
    <message>
        <source>%1 - discue API keys</source>
        <translation>%1 - discue-API-Schlüssel</translation>
    </message>
    <message>
        <source>Loading keys...</source>
        <translation>Schlüssel werden geladen...</translation>
    </message>
    <message>
        <source>Not connected - choose a profile</source>
        <translation>Nicht verbunden - wählen Sie ein Profil</translation>
    </message>
    <message>
        <source>Not connected - %1</source>
        <translation>Nicht verbunden - %1</translation>
    </message>
    <message>
        <source>Not connected</source>
        <translation>Nicht verbunden</translation>
    </message>
    <message>
        <source>1 key</source>
        <translation>1 Schlüssel</translation>
    </message>
    <message>
        <source>%1 keys</source>
        <translation>%1 Schlüssel</translation>
    </message>
    <message>
        <source>%1, %2 disabled</source>
        <translation>%1, %2 inaktiv</translation>
    </message>
    <message>
        <source>%1 (%2 shown)</source>
        <translation>%1 (%2 angezeigt)</translation>
    </message>
    <message>
        <source>No key matches the search and quick filter</source>
        <translation>Kein Schlüssel passt zu Suche und Schnellfilter</translation>
    </message>
    <message>
        <source>No keys yet - create one with %1</source>
        <translation>Noch keine Schlüssel - erstellen Sie einen mit %1</translation>
    </message>
    <message>
        <source>About discue-keys</source>
        <translation>Über discue-keys</translation>
    </message>
    <message>
        <source>&lt;b&gt;discue-keys %1&lt;/b&gt;&lt;p&gt;A desktop console for the API keys of a discue.io organization.&lt;/p&gt;</source>
        <translation>&lt;b&gt;discue-keys %1&lt;/b&gt;&lt;p&gt;Eine Desktop-Konsole für die API-Schlüssel einer discue.io-Organisation.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>The new key %1 is created but hidden by the search or the quick filter.</source>
        <translation>Der neue Schlüssel %1 ist angelegt, wird aber von der Suche oder dem Schnellfilter ausgeblendet.</translation>
    </message>
    <message>
        <source>&amp;Desktop text rendering</source>
        <translation>&amp;Desktop-Schriftdarstellung</translation>
    </message>
    <message>
        <source>Draw text with the desktop&apos;s font hinting instead of the console&apos;s crisp, faster text</source>
        <translation>Schrift mit dem Hinting des Desktops zeichnen statt mit der scharfen, schnelleren Schrift der Konsole</translation>
    </message>
</context>
<context>
    <name>discue::ProfileSelector</name>
    <message>
        <source>Connection profile</source>
        <translation>Verbindungsprofil</translation>
    </message>
    <message>
        <source>Profile kind</source>
        <translation>Profilart</translation>
    </message>
    <message>
        <source>Demo (local)</source>
        <translation>Demo (lokal)</translation>
    </message>
    <message>
        <source>Production</source>
        <translation>Produktion</translation>
    </message>
</context>
<context>
    <name>discue::ProfileStore</name>
    <message>
        <source>Demo and command-line connections are not saved.</source>
        <translation>Demo- und Kommandozeilenverbindungen werden nicht gespeichert.</translation>
    </message>
    <message>
        <source>The profile needs a name.</source>
        <translation>Das Profil benötigt einen Namen.</translation>
    </message>
</context>
<context>
    <name>discue::RequestJournalModel</name>
    <message>
        <source>connection refused</source>
        <translation>Verbindung abgelehnt</translation>
    </message>
    <message>
        <source>host not found</source>
        <translation>Host nicht gefunden</translation>
    </message>
    <message>
        <source>secure connection failed</source>
        <translation>sichere Verbindung fehlgeschlagen</translation>
    </message>
    <message>
        <source>timeout</source>
        <translation>Zeitüberschreitung</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
    <message>
        <source>answer too large</source>
        <translation>Antwort zu groß</translation>
    </message>
    <message>
        <source>connection dropped</source>
        <translation>Verbindung abgebrochen</translation>
    </message>
    <message>
        <source>redirect refused</source>
        <translation>Weiterleitung abgelehnt</translation>
    </message>
    <message>
        <source>insecure address</source>
        <translation>unsichere Adresse</translation>
    </message>
    <message>
        <source>network error</source>
        <translation>Netzwerkfehler</translation>
    </message>
    <message>
        <source>No response (%1)</source>
        <translation>Keine Antwort (%1)</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 of %2</source>
        <translation>%1 von %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Path</source>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Attempts</source>
        <translation>Versuche</translation>
    </message>
</context>
<context>
    <name>discue::ResponseDialog</name>
    <message>
        <source>Response: %1</source>
        <translation>Antwort: %1</translation>
    </message>
    <message>
        <source>Retry countdown</source>
        <translation>Wartezeit bis zum neuen Versuch</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>&amp;Details</translation>
    </message>
    <message>
        <source>Show request and response details</source>
        <translation>Details zu Anfrage und Antwort anzeigen</translation>
    </message>
    <message>
        <source>Copy as c&amp;url</source>
        <translation>Als c&amp;url kopieren</translation>
    </message>
    <message>
        <source>Copy the request as a curl command, key redacted</source>
        <translation>Die Anfrage als curl-Befehl kopieren, Schlüssel geschwärzt</translation>
    </message>
    <message>
        <source>Do&amp;n&apos;t show for successful requests</source>
        <translation>Bei erfolgreichen Anfragen &amp;nicht anzeigen</translation>
    </message>
    <message>
        <source>Don&apos;t show this dialog for successful requests</source>
        <translation>Diesen Dialog bei erfolgreichen Anfragen nicht anzeigen</translation>
    </message>
    <message>
        <source>Errors are always shown.</source>
        <translation>Fehler werden immer angezeigt.</translation>
    </message>
    <message>
        <source>Cancel request</source>
        <translation>Anfrage abbrechen</translation>
    </message>
    <message>
        <source>Sending...</source>
        <translation>Wird gesendet...</translation>
    </message>
    <message>
        <source>Waiting for the server&apos;s answer.</source>
        <translation>Warten auf die Antwort des Servers.</translation>
    </message>
    <message>
        <source>The console retries by itself; Cancel request stops it.</source>
        <translation>Die Konsole wiederholt die Anfrage selbstständig; „Anfrage abbrechen“ beendet das.</translation>
    </message>
    <message>
        <source>Retrying now (attempt %1 of %2)</source>
        <translation>Wird jetzt wiederholt (Versuch %1 von %2)</translation>
    </message>
    <message>
        <source>Retrying in %1 s (attempt %2 of %3)</source>
        <translation>Neuer Versuch in %1 s (Versuch %2 von %3)</translation>
    </message>
    <message>
        <source>The server said: %1</source>
        <translation>Der Server meldete: %1</translation>
    </message>
    <message>
        <source>The answer could not be read: %1</source>
        <translation>Die Antwort war nicht lesbar: %1</translation>
    </message>
    <message>
        <source>Not sent / no response</source>
        <translation>Nicht gesendet / keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>attempt %1 of %2</source>
        <translation>Versuch %1 von %2</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Kopiert</translation>
    </message>
    <message>
        <source>sent twice</source>
        <translation>zweimal gesendet</translation>
    </message>
</context>
<context>
    <name>discue::ResponseDialogDetails</name>
    <message>
        <source>Request</source>
        <translation>Anfrage</translation>
    </message>
    <message>
        <source>Response headers</source>
        <translation>Antwort-Header</translation>
    </message>
    <message>
        <source>&amp;Pretty</source>
        <translation>&amp;Formatiert</translation>
    </message>
    <message>
        <source>Indent the response body</source>
        <translation>Den Antwortinhalt einrücken</translation>
    </message>
    <message>
        <source>Response body</source>
        <translation>Antwortinhalt</translation>
    </message>
    <message>
        <source>No response.</source>
        <translation>Keine Antwort.</translation>
    </message>
</context>
<context>
    <name>discue::ScopeGridModel</name>
    <message>
        <source>API clients: the organization&apos;s client registrations.</source>
        <translation>API-Clients: die Client-Registrierungen der Organisation.</translation>
    </message>
    <message>
        <source>API keys: listing, creating, changing and deleting keys like this one.</source>
        <translation>API-Schlüssel: Auflisten, Erstellen, Ändern und Löschen von Schlüsseln wie diesem.</translation>
    </message>
    <message>
        <source>Events: the events that queues and listeners emit.</source>
        <translation>Ereignisse: die Ereignisse, die Warteschlangen und Listener auslösen.</translation>
    </message>
    <message>
        <source>Queues: creating, changing and deleting message queues.</source>
        <translation>Warteschlangen: Anlegen, Ändern und Löschen von Nachrichtenwarteschlangen.</translation>
    </message>
    <message>
        <source>Listeners: the webhook endpoints that receive a queue&apos;s messages.</source>
        <translation>Listener: die Webhook-Endpunkte, die die Nachrichten einer Warteschlange empfangen.</translation>
    </message>
    <message>
        <source>Messages: publishing, reading and deleting the messages in queues.</source>
        <translation>Nachrichten: Veröffentlichen, Lesen und Löschen der Nachrichten in Warteschlangen.</translation>
    </message>
    <message>
        <source>Schemas: the schemas that messages are validated against.</source>
        <translation>Schemas: die Schemas, gegen die Nachrichten validiert werden.</translation>
    </message>
    <message>
        <source>Stats: usage and delivery statistics.</source>
        <translation>Statistiken: Nutzungs- und Zustellstatistiken.</translation>
    </message>
    <message>
        <source>Subscriptions: the organization&apos;s plan and billing subscription.</source>
        <translation>Abonnements: das Tarif- und Abrechnungsabonnement der Organisation.</translation>
    </message>
    <message>
        <source>A resource this version of the console does not know.</source>
        <translation>Eine Ressource, die diese Version der Konsole nicht kennt.</translation>
    </message>
    <message>
        <source>None</source>
        <translation>Keiner</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lesen</translation>
    </message>
    <message>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <source>All (*)</source>
        <translation>Alle (*)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Not known to this console; the key keeps it as it is.</source>
        <translation>Dieser Konsole unbekannt; der Schlüssel behält sie unverändert.</translation>
    </message>
    <message>
        <source>Locked: cannot be set via the API. The key keeps it as it is.</source>
        <translation>Gesperrt: über die API nicht einstellbar. Der Schlüssel behält sie unverändert.</translation>
    </message>
    <message>
        <source>Locked: cannot be set via the API</source>
        <translation>Gesperrt: über die API nicht einstellbar</translation>
    </message>
    <message>
        <source>Resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <source>Access</source>
        <translation>Zugriff</translation>
    </message>
    <message>
        <source>Targets</source>
        <translation>Ziele</translation>
    </message>
</context>
<context>
    <name>discue::ScopeGridView</name>
    <message>
        <source>Scopes</source>
        <translation>Berechtigungen</translation>
    </message>
    <message>
        <source>Arrow keys move, F2 or Space edits the access or targets of a resource. Locked rows cannot be set via the API.</source>
        <translation>Pfeiltasten bewegen, F2 oder Leertaste bearbeitet Zugriff oder Ziele einer Ressource. Gesperrte Zeilen sind über die API nicht einstellbar.</translation>
    </message>
</context>
<context>
    <name>discue::SecretDialog</name>
    <message>
        <source>Key created</source>
        <translation>Schlüssel erstellt</translation>
    </message>
    <message>
        <source>&lt;b&gt;Store this secret now.&lt;/b&gt; discue shows it only this once; it cannot be shown again. Anyone holding it can use the key&apos;s scopes.</source>
        <translation>&lt;b&gt;Bewahren Sie dieses Secret jetzt auf.&lt;/b&gt; discue zeigt es nur dieses eine Mal; es kann nicht erneut angezeigt werden. Wer es besitzt, kann die Berechtigungen des Schlüssels nutzen.</translation>
    </message>
    <message>
        <source>(no name)</source>
        <translation>(kein Name)</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>Key id</source>
        <translation>Schlüssel-ID</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Secret</source>
        <translation>Secret</translation>
    </message>
    <message>
        <source>&amp;Reveal</source>
        <translation>&amp;Anzeigen</translation>
    </message>
    <message>
        <source>Reveal the secret</source>
        <translation>Das Secret anzeigen</translation>
    </message>
    <message>
        <source>&amp;Copy</source>
        <translation>&amp;Kopieren</translation>
    </message>
    <message>
        <source>Copy the secret</source>
        <translation>Das Secret kopieren</translation>
    </message>
    <message>
        <source>I have &amp;stored this key</source>
        <translation>Ich habe diesen Schlüssel &amp;gespeichert</translation>
    </message>
    <message>
        <source>I have stored this key</source>
        <translation>Ich habe diesen Schlüssel gespeichert</translation>
    </message>
    <message>
        <source>Check &quot;I have stored this key&quot; first.</source>
        <translation>Bestätigen Sie zuerst „Ich habe diesen Schlüssel gespeichert“.</translation>
    </message>
    <message>
        <source>The clipboard was cleared.</source>
        <translation>Die Zwischenablage wurde geleert.</translation>
    </message>
    <message>
        <source>&amp;Hide</source>
        <translation>&amp;Verbergen</translation>
    </message>
    <message numerus="yes">
        <source>Copied. The clipboard is cleared in %n seconds if it still holds the secret.</source>
        <translation>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunde geleert, falls sie noch das Secret enthält.</numerusform>
            <numerusform>Kopiert. Die Zwischenablage wird in %n Sekunden geleert, falls sie noch das Secret enthält.</numerusform>
        </translation>
    </message>
    <message>
        <source>S&amp;ecret:</source>
        <translation>&amp;Secret:</translation>
    </message>
    <message>
        <source>The connection closed before the server answered, and the request went out a second time: the server may now hold two keys named &quot;%1&quot;. This secret belongs to the one with id %2. Refresh the list and delete the other one - nobody has its secret.</source>
        <translation>Die Verbindung wurde geschlossen, bevor der Server antwortete, und die Anfrage ging ein zweites Mal hinaus: Der Server hat jetzt womöglich zwei Schlüssel namens „%1“. Dieses Secret gehört zu dem mit der ID %2. Aktualisieren Sie die Liste und löschen Sie den anderen – niemand kennt sein Secret.</translation>
    </message>
</context>
<context>
    <name>discue::SecretStore</name>
    <message>
        <source>No keychain is available: the API key is kept for this session only and must be entered again next time.</source>
        <translation>Kein Schlüsselbund verfügbar: der API-Schlüssel wird nur für diese Sitzung aufbewahrt und muss beim nächsten Mal erneut eingegeben werden.</translation>
    </message>
    <message>
        <source>The keychain refused access:</source>
        <translation>Der Schlüsselbund hat den Zugriff verweigert:</translation>
    </message>
    <message>
        <source>The keychain refused to store the key; it is kept for this session only.</source>
        <translation>Der Schlüsselbund hat das Speichern des Schlüssels verweigert; er wird nur für diese Sitzung aufbewahrt.</translation>
    </message>
</context>
<context>
    <name>discue::SmokeRun</name>
    <message>
        <source>discue-keys --smoke: no key list within %1 s</source>
        <translation>discue-keys --smoke: keine Schlüsselliste innerhalb von %1 s</translation>
    </message>
    <message>
        <source>discue-keys --smoke: listing the keys failed</source>
        <translation>discue-keys --smoke: Auflisten der Schlüssel fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>discue::TargetsDelegate</name>
    <message>
        <source>Targets of %1</source>
        <translation>Ziele von %1</translation>
    </message>
</context>
<context>
    <name>discue::TargetsDelegateEditor</name>
    <message>
        <source>&amp;All (*)</source>
        <translation>&amp;Alle (*)</translation>
    </message>
    <message>
        <source>All targets</source>
        <translation>Alle Ziele</translation>
    </message>
    <message>
        <source>Grant the access on every resource of this type, present and future.</source>
        <translation>Den Zugriff auf jede Ressource dieses Typs gewähren, jetzige und künftige.</translation>
    </message>
    <message>
        <source>Target ids</source>
        <translation>Ziel-IDs</translation>
    </message>
    <message>
        <source>Resource ids separated by commas, spaces or new lines. Return applies, Shift+Return starts a new line, Esc cancels.</source>
        <translation>Ressourcen-IDs, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche. Return übernimmt, Umschalt+Return beginnt eine neue Zeile, Esc bricht ab.</translation>
    </message>
    <message>
        <source>Ids, separated by commas, spaces or new lines</source>
        <translation>IDs, getrennt durch Kommas, Leerzeichen oder Zeilenumbrüche</translation>
    </message>
    <message>
        <source>Every resource of this type.</source>
        <translation>Jede Ressource dieses Typs.</translation>
    </message>
    <message>
        <source>Not a resource id: %1. An id has 21 letters, digits, &quot;_&quot; or &quot;-&quot;.</source>
        <translation>Keine Ressourcen-ID: %1. Eine ID hat 21 Buchstaben, Ziffern, „_“ oder „-“.</translation>
    </message>
    <message>
        <source>Listed twice: %1.</source>
        <translation>Doppelt aufgeführt: %1.</translation>
    </message>
    <message>
        <source>Enter at least one id, or check All.</source>
        <translation>Geben Sie mindestens eine ID ein oder wählen Sie „Alle“.</translation>
    </message>
    <message numerus="yes">
        <source>%n ids.</source>
        <translation>
            <numerusform>%n ID.</numerusform>
            <numerusform>%n IDs.</numerusform>
        </translation>
    </message>
</context>
</TS>
