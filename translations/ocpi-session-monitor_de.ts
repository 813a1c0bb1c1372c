<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de">
<context>
    <name>AlertModel</name>
    <message>
        <source>Critical</source>
        <comment>alert severity</comment>
        <translation>Kritisch</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>alert severity</comment>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <comment>alert severity</comment>
        <translation>%1 (quittiert)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Raised (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Ausgelöst (%1)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betrifft</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alarm</translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE for %Ln hour(s) or more</source>
        <translation>
            <numerusform>%Ln Stunde oder länger ACTIVE</numerusform>
            <numerusform>%Ln Stunden oder länger ACTIVE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE with no update for %Ln minute(s) or more</source>
        <translation>
            <numerusform>ACTIVE ohne Aktualisierung seit %Ln Minute oder länger</numerusform>
            <numerusform>ACTIVE ohne Aktualisierung seit %Ln Minuten oder länger</numerusform>
        </translation>
    </message>
    <message>
        <source>Status turned INVALID</source>
        <translation>Status wurde INVALID</translation>
    </message>
    <message>
        <source>Has validation errors</source>
        <translation>Hat Validierungsfehler</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln Abruf in Folge fehlgeschlagen: %1</numerusform>
            <numerusform>%Ln Abrufe in Folge fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No successful poll for %Ln minute(s) or more</source>
        <translation>
            <numerusform>Kein erfolgreicher Abruf seit %Ln Minute oder länger</numerusform>
            <numerusform>Kein erfolgreicher Abruf seit %Ln Minuten oder länger</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::CacheCommand</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Look at the offline cache that `poll --cache` fills: the sessions kept per endpoint and each endpoint&apos;s
watermark (the date_from its next sync asks for). With no action, --list.
The cache is %1 unless --db names another file.</source>
        <translation>Zeigt den Offline-Cache, den `poll --cache` füllt: die je Endpunkt gespeicherten Sessions und das
Wasserzeichen (date_from) jedes Endpunkts (das date_from, das seine nächste Synchronisierung anfragt). Ohne Aktion: --list.
Der Cache ist %1, sofern --db keine andere Datei angibt.</translation>
    </message>
    <message>
        <source>List the endpoints with their session counts.</source>
        <translation>Die Endpunkte mit ihrer Anzahl an Sessions auflisten.</translation>
    </message>
    <message>
        <source>Write the cached sessions as NDJSON (one record per line) to FILE; `validate FILE` reads it. &apos;-&apos; writes to standard output.</source>
        <translation>Die gespeicherten Sessions als NDJSON (ein Datensatz pro Zeile) in FILE schreiben; `validate FILE` liest sie. &apos;-&apos; schreibt auf die Standardausgabe.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Forget the sessions and watermark of --endpoint, or of every endpoint.</source>
        <translation>Die Sessions und das Wasserzeichen (date_from) von --endpoint oder aller Endpunkte verwerfen.</translation>
    </message>
    <message>
        <source>Only this endpoint (its key as --list shows it, or its URL).</source>
        <translation>Nur dieser Endpunkt (sein Schlüssel, wie --list ihn zeigt, oder seine URL).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>KEY</translation>
    </message>
    <message>
        <source>The endpoint of this endpoint profile (File ▸ Endpoint profiles).</source>
        <translation>Der Endpunkt dieses Endpunktprofils (Datei ▸ Endpunktprofile).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>Die Cache-Datei (Standard: %1).</translation>
    </message>
    <message>
        <source>The cache command.</source>
        <translation>Der Befehl cache.</translation>
    </message>
    <message>
        <source>see: ocpi-session-monitor cache --help</source>
        <translation>siehe: ocpi-session-monitor cache --help</translation>
    </message>
    <message>
        <source>cache: unexpected argument &apos;%1&apos;</source>
        <translation>cache: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache: give one of --list, --export FILE and --clear</source>
        <translation>cache: geben Sie eines von --list, --export FILE und --clear an</translation>
    </message>
    <message>
        <source>cache: give --endpoint or --profile, not both</source>
        <translation>cache: geben Sie --endpoint oder --profile an, nicht beides</translation>
    </message>
    <message>
        <source>cache: there is no endpoint profile named &apos;%1&apos;</source>
        <translation>cache: es gibt kein Endpunktprofil namens &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache: %1</source>
        <translation>cache: %1</translation>
    </message>
    <message>
        <source>cache: the old file was damaged or not a cache and was renamed to %1</source>
        <translation>cache: die alte Datei war beschädigt oder kein Cache und wurde in %1 umbenannt</translation>
    </message>
    <message numerus="yes">
        <source>cache: %n session(s) exported</source>
        <translation>
            <numerusform>cache: %n Session exportiert</numerusform>
            <numerusform>cache: %n Sessions exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache: geleert, %n Session entfernt</numerusform>
            <numerusform>cache: geleert, %n Sessions entfernt</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: %1 cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache: %1 geleert, %n Session entfernt</numerusform>
            <numerusform>cache: %1 geleert, %n Sessions entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>cache: %1 (schema %2)
</source>
        <translation>cache: %1 (Schema %2)
</translation>
    </message>
    <message numerus="yes">
        <source>%1	%n session(s)	watermark %2	last poll %3
</source>
        <translation>
            <numerusform>%1	%n Session	Wasserzeichen (date_from) %2	letzter Abruf %3
</numerusform>
            <numerusform>%1	%n Sessions	Wasserzeichen (date_from) %2	letzter Abruf %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>no cached endpoint%1
</source>
        <translation>kein gespeicherter Endpunkt%1
</translation>
    </message>
</context>
<context>
    <name>App::LiveSource</name>
    <message>
        <source>the demo CPO could not listen on 127.0.0.1: %1</source>
        <translation>der Demo-CPO konnte nicht auf 127.0.0.1 lauschen: %1</translation>
    </message>
    <message>
        <source>demo CPO</source>
        <translation>Demo-CPO</translation>
    </message>
</context>
<context>
    <name>App::Main</name>
    <message>
        <source>Watch EV charging sessions exchanged over OCPI and check them against OCPI 2.2.1.

Commands:
  validate [--format text|json] FILE...   check Session JSON files (see validate --help)
  poll --url URL [--once] [--format ndjson|json|csv]   read sessions from an OCPI endpoint
       [--cache [FILE]]   ...keeping them in the offline cache and resuming from it
  simulate [--port P] [--sessions N] [--faults LIST]   run the built-in demo CPO on 127.0.0.1
  cache [--list | --export FILE | --clear] [--endpoint KEY] [--db FILE]   the offline cache

With no command, the graphical monitor opens; FILE arguments are opened in it.</source>
        <translation>Beobachtet über OCPI ausgetauschte Lade-Sessions von Elektrofahrzeugen und prüft sie gegen OCPI 2.2.1.

Befehle:
  validate [--format text|json] FILE...   Session-JSON-Dateien prüfen (siehe validate --help)
  poll --url URL [--once] [--format ndjson|json|csv]   Sessions von einem OCPI-Endpunkt lesen
       [--cache [FILE]]   ...und sie im Offline-Cache halten und dort fortsetzen
  simulate [--port P] [--sessions N] [--faults LIST]   den eingebauten Demo-CPO auf 127.0.0.1 starten
  cache [--list | --export FILE | --clear] [--endpoint KEY] [--db FILE]   der Offline-Cache

Ohne Befehl öffnet sich der grafische Monitor; FILE-Argumente werden darin geöffnet.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>Befehl</translation>
    </message>
    <message>
        <source>validate, poll, simulate, cache, or nothing for the graphical monitor</source>
        <translation>validate, poll, simulate, cache oder nichts für den grafischen Monitor</translation>
    </message>
    <message>
        <source>With no --url, the built-in demo CPO runs on 127.0.0.1 and is watched.</source>
        <translation>Ohne --url wird der eingebaute Demo-CPO auf 127.0.0.1 gestartet und beobachtet.</translation>
    </message>
    <message>
        <source>OCPI versions (or sessions) URL to watch.</source>
        <translation>Zu beobachtende OCPI-Versions- (oder Sessions-)URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File holding the credentials token (else OCPI_TOKEN).</source>
        <translation>Datei mit dem Credentials-Token (sonst OCPI_TOKEN).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Sekunden zwischen den Abrufen (Standard 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Session JSON files to open.</source>
        <translation>Zu öffnende Session-JSON-Dateien.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FILE...]</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>The offline cache file (default: %1).</source>
        <translation>Die Datei des Offline-Caches (Standard: %1).</translation>
    </message>
    <message>
        <source>Neither show nor keep cached sessions.</source>
        <translation>Gespeicherte Sessions weder anzeigen noch behalten.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer for --url (the token travels unencrypted).</source>
        <translation>Einfaches http:// zu einem anderen Rechner als diesem für --url erlauben (das Token wird unverschlüsselt übertragen).</translation>
    </message>
    <message>
        <source>the URL must not hold a user name or password; give the token with --token-file or OCPI_TOKEN</source>
        <translation>die URL darf keinen Benutzernamen und kein Passwort enthalten; geben Sie das Token mit --token-file oder OCPI_TOKEN an</translation>
    </message>
    <message>
        <source>warning: a core dump of this program could hold the token (%1)</source>
        <translation>Warnung: ein Speicherabzug (Core-Dump) dieses Programms könnte das Token enthalten (%1)</translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>OCPI Session Monitor</source>
        <translation>OCPI Session Monitor</translation>
    </message>
    <message>
        <source>No credentials token is available for the profile %1.</source>
        <translation>Für das Profil %1 ist kein Credentials-Token verfügbar.</translation>
    </message>
    <message>
        <source>The keychain said: %1.</source>
        <translation>Der Schlüsselbund meldete: %1.</translation>
    </message>
    <message>
        <source>Open File ▸ Endpoint profiles, select the profile and enter its token.</source>
        <translation>Öffnen Sie Datei ▸ Endpunktprofile, wählen Sie das Profil aus und geben Sie sein Token ein.</translation>
    </message>
    <message>
        <source>No token for %1</source>
        <translation>Kein Token für %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>Profil %1</translation>
    </message>
    <message>
        <source>Session details, charts and sources</source>
        <translation>Session-Details, Diagramme und Quellen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>De&amp;tails</translation>
    </message>
    <message>
        <source>Session &amp;chart</source>
        <translation>Session-Dia&amp;gramm</translation>
    </message>
    <message>
        <source>Flee&amp;t</source>
        <translation>&amp;Flotte</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>&amp;Quellen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindungsstatus</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Lesefortschritt</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lesen abbrechen</translation>
    </message>
    <message>
        <source>Stop reading files (Esc); what was read is kept</source>
        <translation>Lesen der Dateien beenden (Esc); das bereits Gelesene bleibt erhalten</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Zeitzone</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Bereit</translation>
    </message>
    <message>
        <source>Reading %1… %2 of %3</source>
        <translation>%1 wird gelesen… %2 von %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>Read OCPI Session JSON files into the table</source>
        <translation>OCPI-Session-JSON-Dateien in die Tabelle einlesen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Tabelle als CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;findings</source>
        <translation>Befunde e&amp;xportieren</translation>
    </message>
    <message>
        <source>Of the &amp;selected sessions as CSV…</source>
        <translation>&amp;Ausgewählte Sessions als CSV…</translation>
    </message>
    <message>
        <source>Of &amp;all sessions as CSV…</source>
        <translation>A&amp;lle Sessions als CSV…</translation>
    </message>
    <message>
        <source>Of the selected sessions as &amp;JSON report…</source>
        <translation>Ausgewählte Sessions als &amp;JSON-Bericht…</translation>
    </message>
    <message>
        <source>Of all sessions as JSON &amp;report…</source>
        <translation>Alle Sessions als JSON-&amp;Bericht…</translation>
    </message>
    <message>
        <source>&amp;Clear source</source>
        <translation>Quelle &amp;leeren</translation>
    </message>
    <message>
        <source>Endpoint &amp;profiles…</source>
        <translation>Endpunkt&amp;profile…</translation>
    </message>
    <message>
        <source>Add, edit and watch OCPI endpoints; their tokens are kept in the system keychain</source>
        <translation>OCPI-Endpunkte hinzufügen, bearbeiten und beobachten; ihre Tokens werden im System-Schlüsselbund aufbewahrt</translation>
    </message>
    <message>
        <source>Watch the &amp;demo CPO</source>
        <translation>&amp;Demo-CPO beobachten</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filter…</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>Zeiten in &amp;UTC anzeigen</translation>
    </message>
    <message>
        <source>Switch between UTC and local time (Ctrl+U)</source>
        <translation>Zwischen UTC und Ortszeit umschalten (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Jetzt &amp;abrufen</translation>
    </message>
    <message>
        <source>Acknowledge all &amp;alerts</source>
        <translation>Alle Ala&amp;rme quittieren</translation>
    </message>
    <message>
        <source>Alert &amp;settings…</source>
        <translation>Alarm&amp;einstellungen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>&amp;About OCPI Session Monitor</source>
        <translation>Ü&amp;ber OCPI Session Monitor</translation>
    </message>
    <message>
        <source>Times: UTC</source>
        <translation>Zeiten: UTC</translation>
    </message>
    <message>
        <source>Times: local (%1)</source>
        <translation>Zeiten: Ortszeit (%1)</translation>
    </message>
    <message>
        <source>Times are shown in %1; click or press Ctrl+U to switch</source>
        <translation>Zeiten werden in %1 angezeigt; zum Umschalten klicken oder Ctrl+U drücken</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>demo CPO</source>
        <translation>Demo-CPO</translation>
    </message>
    <message>
        <source>No live data: %1</source>
        <translation>Keine Live-Daten: %1</translation>
    </message>
    <message>
        <source>waiting for the first poll</source>
        <translation>wartet auf den ersten Abruf</translation>
    </message>
    <message>
        <source>DEMO DATA from the built-in CPO at %1 (not a real operator)</source>
        <translation>DEMODATEN vom eingebauten CPO unter %1 (kein echter Betreiber)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpunkt %1</translation>
    </message>
    <message>
        <source>polling…</source>
        <translation>Abruf läuft…</translation>
    </message>
    <message>
        <source>last poll FAILED at %1: %2</source>
        <translation>letzter Abruf FEHLGESCHLAGEN um %1: %2</translation>
    </message>
    <message>
        <source>last poll %1: %2</source>
        <translation>letzter Abruf %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>nächster in %n s</numerusform>
            <numerusform>nächster in %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Open OCPI Session JSON</source>
        <translation>OCPI-Session-JSON öffnen</translation>
    </message>
    <message>
        <source>JSON files (*.json *.ndjson *.jsonl *.txt);;All files (*)</source>
        <translation>JSON-Dateien (*.json *.ndjson *.jsonl *.txt);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Some files could not be read completely</source>
        <translation>Einige Dateien konnten nicht vollständig gelesen werden</translation>
    </message>
    <message>
        <source>%1

The sessions read before each problem are in the table. Check that the file holds OCPI Session JSON (an object, an array, an OCPI response or one session per line), saved as UTF-8, and not cut short.</source>
        <translation>%1

Die vor jedem Problem gelesenen Sessions stehen in der Tabelle. Prüfen Sie, ob die Datei OCPI-Session-JSON enthält (ein Objekt, ein Array, eine OCPI-Antwort oder eine Session pro Zeile), als UTF-8 gespeichert und nicht abgeschnitten ist.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>Datei %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 wird gelesen…</translation>
    </message>
    <message>
        <source>%1 record #%2</source>
        <translation>%1 Datensatz #%2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) read</source>
        <translation>
            <numerusform>%n Session gelesen</numerusform>
            <numerusform>%n Sessions gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read all of %1: %2</source>
        <translation>%1 konnte nicht vollständig gelesen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n session(s) read before it)</source>
        <translation>
            <numerusform>%1: %2 (%n Session davor gelesen)</numerusform>
            <numerusform>%1: %2 (%n Sessions davor gelesen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n session(s)</source>
        <translation>
            <numerusform>abgebrochen nach %n Session</numerusform>
            <numerusform>abgebrochen nach %n Sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled reading %1 after %n session(s)</source>
        <translation>
            <numerusform>Lesen von %1 nach %n Session abgebrochen</numerusform>
            <numerusform>Lesen von %1 nach %n Sessions abgebrochen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n session(s) from %1</source>
        <translation>
            <numerusform>%n Session aus %1 gelesen</numerusform>
            <numerusform>%n Sessions aus %1 gelesen</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Liste leeren</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %n session(s) removed</source>
        <translation>
            <numerusform>%1 geleert: %n Session entfernt</numerusform>
            <numerusform>%1 geleert: %n Sessions entfernt</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Nichts ausgewählt</translation>
    </message>
    <message>
        <source>Select one or more sessions in the table first, or export the findings of all sessions.</source>
        <translation>Wählen Sie zuerst eine oder mehrere Sessions in der Tabelle aus, oder exportieren Sie die Befunde aller Sessions.</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Befunde exportieren</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Tabelle als CSV exportieren</translation>
    </message>
    <message>
        <source>JSON (*.json)</source>
        <translation>JSON (*.json)</translation>
    </message>
    <message>
        <source>CSV (*.csv)</source>
        <translation>CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>%1 kann nicht geschrieben werden: %2. Wählen Sie einen anderen Ordner.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Is the disk full?</source>
        <translation>%1 kann nicht geschrieben werden: %2. Ist der Datenträger voll?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n Session nach %1 exportiert</numerusform>
            <numerusform>%n Sessions nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the findings of %n session(s) to %1</source>
        <translation>
            <numerusform>Befunde von %n Session nach %1 exportiert</numerusform>
            <numerusform>Befunde von %n Sessions nach %1 exportiert</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 is no longer in the table</source>
        <translation>Session %1 ist nicht mehr in der Tabelle</translation>
    </message>
    <message>
        <source>There is no endpoint profile %1</source>
        <translation>Es gibt kein Endpunktprofil %1</translation>
    </message>
    <message>
        <source>The profile %1 cannot be watched: %2</source>
        <translation>Das Profil %1 kann nicht beobachtet werden: %2</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Das Token von %1 wird gelesen…</translation>
    </message>
    <message>
        <source>About OCPI Session Monitor</source>
        <translation>Über OCPI Session Monitor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OCPI Session Monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Watches EV charging sessions exchanged over OCPI and checks them against the OCPI 2.2.1 specification.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OCPI Session Monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Beobachtet über OCPI ausgetauschte Lade-Sessions von Elektrofahrzeugen und prüft sie gegen die Spezifikation OCPI 2.2.1.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>The language will be %1 when OCPI Session Monitor starts next.</source>
        <translation>Die Sprache ist beim nächsten Start von OCPI Session Monitor %1.</translation>
    </message>
    <message>
        <source>As the &amp;system (%1)</source>
        <translation>Wie das &amp;System (%1)</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Datenverkehr</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Beobachtun&amp;g beenden</translation>
    </message>
    <message>
        <source>Stop polling an endpoint; its sessions stay in the table until the source is cleared</source>
        <translation>Den Abruf eines Endpunkts beenden; seine Sessions bleiben in der Tabelle, bis die Quelle geleert wird</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Datenverkehr</translation>
    </message>
    <message>
        <source>Show the HTTP requests and answers of the live sources (Ctrl+Shift+T)</source>
        <translation>Die HTTP-Anfragen und -Antworten der Live-Quellen anzeigen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Poll every watched endpoint now</source>
        <translation>Alle beobachteten Endpunkte jetzt abrufen</translation>
    </message>
    <message>
        <source>&amp;Forget cached sessions of</source>
        <translation>Gespeicherte Sessions &amp;verwerfen von</translation>
    </message>
    <message>
        <source>Delete an endpoint&apos;s sessions and watermark from the offline cache; the next start reads everything from the endpoint again</source>
        <translation>Die Sessions und das Wasserzeichen eines Endpunkts aus dem Offline-Cache löschen; beim nächsten Start wird alles erneut vom Endpunkt gelesen</translation>
    </message>
    <message>
        <source>%1 is watched already; polling it now</source>
        <translation>%1 wird bereits beobachtet; wird jetzt abgerufen</translation>
    </message>
    <message>
        <source>not kept in the offline cache: %1</source>
        <translation>nicht im Offline-Cache gespeichert: %1</translation>
    </message>
    <message>
        <source>offline cache not available: %1</source>
        <translation>Offline-Cache nicht verfügbar: %1</translation>
    </message>
    <message>
        <source>The offline cache cannot be used: %1. Live watching goes on without it.</source>
        <translation>Der Offline-Cache kann nicht verwendet werden: %1. Die Live-Beobachtung läuft ohne ihn weiter.</translation>
    </message>
    <message>
        <source>The offline cache was damaged or not a cache: it was set aside as %1 and a new one started. The sessions seen before are not shown.</source>
        <translation>Der Offline-Cache war beschädigt oder kein Cache: er wurde als %1 beiseitegelegt und ein neuer begonnen. Die zuvor gesehenen Sessions werden nicht angezeigt.</translation>
    </message>
    <message>
        <source>not watched; its sessions are kept as last seen (Clear source removes them)</source>
        <translation>nicht beobachtet; die Sessions bleiben im zuletzt gesehenen Zustand erhalten (Quelle leeren entfernt sie)</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>Beobachtung von %1 beendet</translation>
    </message>
    <message>
        <source>Could not forget the cached sessions of %1: %2</source>
        <translation>Die gespeicherten Sessions von %1 konnten nicht verworfen werden: %2</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n cached session(s) of %1</source>
        <translation>
            <numerusform>%n gespeicherte Session von %1 verworfen</numerusform>
            <numerusform>%n gespeicherte Sessions von %1 verworfen</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the offline cache…</source>
        <translation>Offline-Cache wird gelesen…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from the offline cache, last seen %1</source>
        <translation>
            <numerusform>%n Session aus dem Offline-Cache, zuletzt gesehen %1</numerusform>
            <numerusform>%n Sessions aus dem Offline-Cache, zuletzt gesehen %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message numerus="yes">
        <source>%n ok</source>
        <translation>
            <numerusform>%n ok</numerusform>
            <numerusform>%n ok</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n failing (%1)</source>
        <translation>
            <numerusform>%n fehlerhaft (%1)</numerusform>
            <numerusform>%n fehlerhaft (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a first poll</source>
        <translation>
            <numerusform>%n wartet auf den ersten Abruf</numerusform>
            <numerusform>%n warten auf den ersten Abruf</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): %1</source>
        <translation>
            <numerusform>%n Endpunkt: %1</numerusform>
            <numerusform>%n Endpunkte: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>includes DEMO DATA from the built-in CPO</source>
        <translation>enthält DEMODATEN vom eingebauten CPO</translation>
    </message>
</context>
<context>
    <name>App::PollCommand</name>
    <message>
        <source>Poll the Sessions of an OCPI 2.2.1 server (its versions, version details or sessions URL) and write them
to standard output as they arrive: one JSON object per line (ndjson), one JSON array (json), or CSV.
The first poll reads everything (or from --from); later polls ask only for what changed since.
Progress and errors go to standard error; the token is never printed.
The token comes from --token, --token-file or the environment variable OCPI_TOKEN; the last two keep
it out of the process list.
With --cache, every completed poll is stored in the offline cache (one transaction, with the watermark),
and the first poll resumes from the watermark kept there instead of reading everything again.
Exit code: 0 ok, 1 some session invalid (with --validate), 2 failure (unreachable, refused token...).</source>
        <translation>Ruft die Sessions eines OCPI-2.2.1-Servers ab (über seine Versions-, Versionsdetails- oder Sessions-URL) und schreibt sie
beim Eintreffen auf die Standardausgabe: ein JSON-Objekt pro Zeile (ndjson), ein JSON-Array (json) oder CSV.
Der erste Abruf liest alles (oder ab --from); spätere Abrufe fragen nur nach Änderungen seitdem.
Fortschritt und Fehler gehen auf die Standardfehlerausgabe; das Token wird nie ausgegeben.
Das Token kommt aus --token, --token-file oder der Umgebungsvariable OCPI_TOKEN; die beiden letzten halten
es aus der Prozessliste heraus.
Mit --cache wird jeder abgeschlossene Abruf im Offline-Cache gespeichert (eine Transaktion, mit dem Wasserzeichen (date_from)),
und der erste Abruf setzt beim dort gespeicherten Wasserzeichen fort, statt alles erneut zu lesen.
Exit-Code: 0 ok, 1 eine Session ungültig (mit --validate), 2 Fehler (nicht erreichbar, Token abgelehnt...).</translation>
    </message>
    <message>
        <source>The versions, version details or sessions URL.</source>
        <translation>Die Versions-, Versionsdetails- oder Sessions-URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The credentials token (visible in the process list: prefer --token-file or OCPI_TOKEN).</source>
        <translation>Das Credentials-Token (in der Prozessliste sichtbar: besser --token-file oder OCPI_TOKEN verwenden).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Read the token from this file (one trailing line break is ignored).</source>
        <translation>Das Token aus dieser Datei lesen (ein abschließender Zeilenumbruch wird ignoriert).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FILE</translation>
    </message>
    <message>
        <source>Poll once and exit.</source>
        <translation>Einmal abrufen und beenden.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Sekunden zwischen den Abrufen (Standard 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Read sessions last updated from this time on (e.g. 2024-05-01T00:00:00Z).</source>
        <translation>Sessions lesen, die ab diesem Zeitpunkt zuletzt aktualisiert wurden (z. B. 2024-05-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATETIME</translation>
    </message>
    <message>
        <source>Output format: ndjson (default), json or csv.</source>
        <translation>Ausgabeformat: ndjson (Standard), json oder csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Report the findings of invalid sessions on standard error and exit with 1 when there are any.</source>
        <translation>Die Befunde ungültiger Sessions auf der Standardfehlerausgabe melden und mit 1 beenden, wenn es welche gibt.</translation>
    </message>
    <message>
        <source>What --url is: auto (default), versions, details or sessions.</source>
        <translation>Was --url ist: auto (Standard), versions, details oder sessions.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>kind</translation>
    </message>
    <message>
        <source>Authorization header: auto (default: Base64, the plain token after a 401), base64 or plain.</source>
        <translation>Authorization-Header: auto (Standard: Base64, nach einem 401 das Token im Klartext), base64 oder plain.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>form</translation>
    </message>
    <message>
        <source>The page size to ask for (default: the server&apos;s).</source>
        <translation>Die anzufragende Seitengröße (Standard: die des Servers).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds each poll reaches back before the last one&apos;s start (default 60).</source>
        <translation>Sekunden, die jeder Abruf vor den Start des letzten zurückreicht (Standard 60).</translation>
    </message>
    <message>
        <source>Seconds one request may take (default 120).</source>
        <translation>Sekunden, die eine Anfrage dauern darf (Standard 120).</translation>
    </message>
    <message>
        <source>Seconds until the server must start answering (default 10).</source>
        <translation>Sekunden, bis der Server zu antworten beginnen muss (Standard 10).</translation>
    </message>
    <message>
        <source>Retries of a request after network errors, 5xx and 429 (default 4).</source>
        <translation>Wiederholungen einer Anfrage nach Netzwerkfehlern, 5xx und 429 (Standard 4).</translation>
    </message>
    <message>
        <source>The most pages one poll reads (default 10000).</source>
        <translation>Höchstzahl der Seiten, die ein Abruf liest (Standard 10000).</translation>
    </message>
    <message>
        <source>The largest answer accepted, in MB (default 64).</source>
        <translation>Größte akzeptierte Antwort, in MB (Standard 64).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Log every request (category ocpi.client).</source>
        <translation>Jede Anfrage protokollieren (Kategorie ocpi.client).</translation>
    </message>
    <message>
        <source>Only errors on standard error.</source>
        <translation>Nur Fehler auf der Standardfehlerausgabe.</translation>
    </message>
    <message>
        <source>Keep the sessions in the offline cache (FILE, or %1) and resume from its watermark. Written --cache FILE or --cache=FILE.</source>
        <translation>Die Sessions im Offline-Cache halten (FILE oder %1) und bei seinem Wasserzeichen (date_from) fortsetzen. Geschrieben --cache FILE oder --cache=FILE.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Die Cache-Datei.</translation>
    </message>
    <message>
        <source>The poll command.</source>
        <translation>Der Befehl poll.</translation>
    </message>
    <message>
        <source>see: ocpi-session-monitor poll --help</source>
        <translation>siehe: ocpi-session-monitor poll --help</translation>
    </message>
    <message>
        <source>poll: unexpected argument &apos;%1&apos;</source>
        <translation>poll: unerwartetes Argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>poll: --url is required (the versions, version details or sessions URL)</source>
        <translation>poll: --url ist erforderlich (die Versions-, Versionsdetails- oder Sessions-URL)</translation>
    </message>
    <message>
        <source>poll: cannot read the token file %1: %2</source>
        <translation>poll: die Token-Datei %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>poll: no token: give --token-file FILE, set OCPI_TOKEN, or --token TOKEN</source>
        <translation>poll: kein Token: geben Sie --token-file FILE an, setzen Sie OCPI_TOKEN oder verwenden Sie --token TOKEN</translation>
    </message>
    <message>
        <source>poll: --interval must be a number of seconds</source>
        <translation>poll: --interval muss eine Anzahl Sekunden sein</translation>
    </message>
    <message>
        <source>poll: --from &apos;%1&apos; is not a date and time like 2024-05-01T00:00:00Z</source>
        <translation>poll: --from &apos;%1&apos; ist kein Datum mit Uhrzeit wie 2024-05-01T00:00:00Z</translation>
    </message>
    <message>
        <source>poll: unknown --endpoint &apos;%1&apos;: use auto, versions, details or sessions</source>
        <translation>poll: unbekannter --endpoint &apos;%1&apos;: verwenden Sie auto, versions, details oder sessions</translation>
    </message>
    <message>
        <source>poll: unknown --auth &apos;%1&apos;: use auto, base64 or plain</source>
        <translation>poll: unbekannter --auth &apos;%1&apos;: verwenden Sie auto, base64 oder plain</translation>
    </message>
    <message>
        <source>poll: unknown --format &apos;%1&apos;: use ndjson, json or csv</source>
        <translation>poll: unbekanntes --format &apos;%1&apos;: verwenden Sie ndjson, json oder csv</translation>
    </message>
    <message>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <source>warning: the cache file was damaged or not a cache; it was renamed to %1 and a new one started</source>
        <translation>Warnung: die Cache-Datei war beschädigt oder kein Cache; sie wurde in %1 umbenannt und eine neue begonnen</translation>
    </message>
    <message>
        <source>cache: %1, no completed poll of %2 yet</source>
        <translation>cache: %1, noch kein abgeschlossener Abruf von %2</translation>
    </message>
    <message>
        <source>cache: %1, resuming from date_from %2</source>
        <translation>cache: %1, Fortsetzung ab date_from %2</translation>
    </message>
    <message>
        <source>warning: record %1 of page %2 has no id and is skipped%3</source>
        <translation>Warnung: Datensatz %1 von Seite %2 hat keine id und wird übersprungen%3</translation>
    </message>
    <message>
        <source>sessions endpoint: %1%2</source>
        <translation>Sessions-Endpunkt: %1%2</translation>
    </message>
    <message>
        <source> (OCPI %1)</source>
        <translation> (OCPI %1)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>Warnung: %1</translation>
    </message>
    <message>
        <source>error (%1): %2</source>
        <translation>Fehler (%1): %2</translation>
    </message>
    <message>
        <source>poll %1: %2%3</source>
        <translation>Abruf %1: %2%3</translation>
    </message>
    <message>
        <source>; next date_from %1</source>
        <translation>; nächstes date_from %1</translation>
    </message>
    <message>
        <source>error (cache): %1</source>
        <translation>Fehler (Cache): %1</translation>
    </message>
    <message numerus="yes">
        <source>cache: %n session(s) stored%1</source>
        <translation>
            <numerusform>cache: %n Session gespeichert%1</numerusform>
            <numerusform>cache: %n Sessions gespeichert%1</numerusform>
        </translation>
    </message>
    <message>
        <source> with date_from %1</source>
        <translation> mit date_from %1</translation>
    </message>
    <message>
        <source> (incomplete poll: the watermark stays)</source>
        <translation> (unvollständiger Abruf: das Wasserzeichen (date_from) bleibt)</translation>
    </message>
    <message numerus="yes">
        <source>next poll in %n second(s); Ctrl+C ends</source>
        <translation>
            <numerusform>nächster Abruf in %n Sekunde; Ctrl+C beendet</numerusform>
            <numerusform>nächster Abruf in %n Sekunden; Ctrl+C beendet</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>wird beendet</translation>
    </message>
    <message>
        <source>The most distinct sessions kept for the endpoint, the offline cache&apos;s included (default 2000000). Beyond it the sessions kept are still updated, new ones are not kept, and the poll says how many.</source>
        <translation>Höchstzahl verschiedener Sessions, die für den Endpunkt behalten werden, die des Offline-Caches eingeschlossen (Standard 2000000). Darüber hinaus werden die behaltenen Sessions weiter aktualisiert, neue nicht behalten, und der Abruf sagt, wie viele.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer (the token travels unencrypted). Without it, such a URL is refused, also when discovery leads to one.</source>
        <translation>Einfaches http:// zu einem anderen Rechner als diesem erlauben (das Token wird unverschlüsselt übertragen). Ohne diese Option wird eine solche URL abgelehnt, auch wenn die Erkennung zu ihr führt.</translation>
    </message>
    <message>
        <source>poll: --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, --max-body-mb and --max-sessions take whole numbers</source>
        <translation>poll: --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, --max-body-mb und --max-sessions erwarten ganze Zahlen</translation>
    </message>
    <message>
        <source>poll: the URL must not hold a user name or password; give the token with --token-file, OCPI_TOKEN or --token</source>
        <translation>poll: die URL darf keinen Benutzernamen und kein Passwort enthalten; geben Sie das Token mit --token-file, OCPI_TOKEN oder --token an</translation>
    </message>
</context>
<context>
    <name>App::SimulateCommand</name>
    <message>
        <source>TCP port on 127.0.0.1 (default 0: any free port).</source>
        <translation>TCP-Port auf 127.0.0.1 (Standard 0: ein beliebiger freier Port).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Credentials token clients must send (default: the public demo token).</source>
        <translation>Credentials-Token, das Clients senden müssen (Standard: das öffentliche Demo-Token).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Sessions that already exist at start (default 100).</source>
        <translation>Sessions, die beim Start bereits existieren (Standard 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. 500,429,slow.</source>
        <translation>Einzuspeisende Fehler, z. B. 500,429,slow.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>list</translation>
    </message>
    <message>
        <source>Fraction of requests (and of sessions, for invalid) a fault picks (default 0.2).</source>
        <translation>Anteil der Anfragen (und bei invalid der Sessions), den ein Fehler trifft (Standard 0.2).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>rate</translation>
    </message>
    <message>
        <source>Seed for a reproducible run; the simulated clock then starts at 2024-06-03T08:00:00Z.</source>
        <translation>Startwert für einen reproduzierbaren Lauf; die simulierte Uhr beginnt dann bei 2024-06-03T08:00:00Z.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 1: real time).</source>
        <translation>Simulierte Sekunden pro echter Sekunde (Standard 1: Echtzeit).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconds</translation>
    </message>
    <message>
        <source>The simulate command.</source>
        <translation>Der Befehl simulate.</translation>
    </message>
    <message>
        <source>simulate: unexpected argument &apos;%1&apos;
</source>
        <translation>simulate: unerwartetes Argument &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: --port must be a number from 0 to 65535
</source>
        <translation>simulate: --port muss eine Zahl von 0 bis 65535 sein
</translation>
    </message>
    <message>
        <source>simulate: --sessions must be a number from 0 to %1
</source>
        <translation>simulate: --sessions muss eine Zahl von 0 bis %1 sein
</translation>
    </message>
    <message>
        <source>simulate: --speed must be a number of seconds from 1 to 86400
</source>
        <translation>simulate: --speed muss eine Anzahl Sekunden von 1 bis 86400 sein
</translation>
    </message>
    <message>
        <source>simulate: --seed must be a whole number
</source>
        <translation>simulate: --seed muss eine ganze Zahl sein
</translation>
    </message>
    <message>
        <source>simulate: --fault-rate must be a number from 0 to 1
</source>
        <translation>simulate: --fault-rate muss eine Zahl von 0 bis 1 sein
</translation>
    </message>
    <message>
        <source>simulate: --token must not be empty
</source>
        <translation>simulate: --token darf nicht leer sein
</translation>
    </message>
    <message>
        <source>simulate: cannot catch SIGINT/SIGTERM; stop it with kill -9
</source>
        <translation>simulate: SIGINT/SIGTERM können nicht abgefangen werden; beenden Sie ihn mit kill -9
</translation>
    </message>
    <message numerus="yes">
        <source>OCPI 2.2.1 CPO simulator, %n session(s), seed %1%2
</source>
        <translation>
            <numerusform>OCPI-2.2.1-CPO-Simulator, %n Session, Seed %1%2
</numerusform>
            <numerusform>OCPI-2.2.1-CPO-Simulator, %n Sessions, Seed %1%2
</numerusform>
        </translation>
    </message>
    <message>
        <source>, faults %1</source>
        <translation>, Fehler %1</translation>
    </message>
    <message>
        <source>versions endpoint: %1
</source>
        <translation>Versions-Endpunkt: %1
</translation>
    </message>
    <message>
        <source>token: the one given with --token (not shown)
</source>
        <translation>Token: das mit --token angegebene (nicht angezeigt)
</translation>
    </message>
    <message>
        <source>token: %1 (the public demo token)
</source>
        <translation>Token: %1 (das öffentliche Demo-Token)
</translation>
    </message>
    <message>
        <source>header: Authorization: %1
</source>
        <translation>Header: Authorization: %1
</translation>
    </message>
    <message>
        <source>Ctrl+C stops it.
</source>
        <translation>Ctrl+C beendet ihn.
</translation>
    </message>
    <message>
        <source>simulate: stopped
</source>
        <translation>simulate: beendet
</translation>
    </message>
    <message>
        <source>Run a simulated OCPI 2.2.1 CPO (Sessions SENDER) on 127.0.0.1, for trying the monitor or any OCPI client without a real charge point operator. Runs until Ctrl+C (SIGINT) or SIGTERM.
It listens on loopback only (127.0.0.1, or ::1 with --host ::1): other computers cannot connect, since it answers anyone who knows its (public demo) token. An address that is not loopback is refused.
Faults (comma-separated, each independent): 500, 429, slow, truncated, linkloop, 2001, 3000, invalid, badtoken. See docs/SIMULATOR.md.</source>
        <translation>Startet einen simulierten OCPI-2.2.1-CPO (Sessions SENDER) auf 127.0.0.1, zum Ausprobieren des Monitors oder eines beliebigen OCPI-Clients ohne echten Ladepunktbetreiber. Läuft bis Ctrl+C (SIGINT) oder SIGTERM.
Er lauscht nur auf Loopback (127.0.0.1, oder ::1 mit --host ::1): andere Rechner können sich nicht verbinden, denn er antwortet jedem, der sein (öffentliches Demo-)Token kennt. Eine Adresse, die nicht Loopback ist, wird abgelehnt.
Fehler (kommagetrennt, jeder unabhängig): 500, 429, slow, truncated, linkloop, 2001, 3000, invalid, badtoken. Siehe docs/SIMULATOR.md.</translation>
    </message>
    <message>
        <source>Loopback address to listen on: 127.0.0.1 (default), localhost or ::1. Any other address is refused: the simulator is loopback only.</source>
        <translation>Loopback-Adresse, auf der gelauscht wird: 127.0.0.1 (Standard), localhost oder ::1. Jede andere Adresse wird abgelehnt: der Simulator ist nur über Loopback erreichbar.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>simulate: refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), never on an address other computers can reach, since it answers anyone who knows its token
</source>
        <translation>simulate: Lauschen auf %1 abgelehnt: der Simulator lauscht nur auf Loopback (127.0.0.1 oder ::1), nie auf einer Adresse, die andere Rechner erreichen können, denn er antwortet jedem, der sein Token kennt
</translation>
    </message>
    <message>
        <source>listening on %1 port %2, loopback only: other computers cannot connect
</source>
        <translation>lauscht auf %1 Port %2, nur Loopback: andere Rechner können sich nicht verbinden
</translation>
    </message>
</context>
<context>
    <name>App::ValidateCommand</name>
    <message>
        <source>Check OCPI 2.2.1 Session JSON files against the specification.
A file may hold one Session, an array of Sessions, an OCPI response envelope, or NDJSON.
Exit code: 0 all sessions valid, 1 some session invalid, 2 a file unreadable or not JSON.</source>
        <translation>Prüft OCPI-2.2.1-Session-JSON-Dateien gegen die Spezifikation.
Eine Datei kann eine Session, ein Array von Sessions, eine OCPI-Antworthülle oder NDJSON enthalten.
Exit-Code: 0 alle Sessions gültig, 1 eine Session ungültig, 2 eine Datei unlesbar oder kein JSON.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Ausgabeformat: text (Standard) oder json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The validate command.</source>
        <translation>Der Befehl validate.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>Dateien</translation>
    </message>
    <message>
        <source>Session JSON files to check (&apos;-&apos; reads standard input).</source>
        <translation>Zu prüfende Session-JSON-Dateien (&apos;-&apos; liest die Standardeingabe).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FILE...</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json
</source>
        <translation>unbekanntes --format &apos;%1&apos;: verwenden Sie text oder json
</translation>
    </message>
    <message>
        <source>validate: no file given
</source>
        <translation>validate: keine Datei angegeben
</translation>
    </message>
</context>
<context>
    <name>ChargingPeriodsModel</name>
    <message>
        <source>Current</source>
        <translation>Stromstärke</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy export</source>
        <translation>Energieabgabe</translation>
    </message>
    <message>
        <source>Energy import</source>
        <translation>Energiebezug</translation>
    </message>
    <message>
        <source>Max current</source>
        <translation>Max. Stromstärke</translation>
    </message>
    <message>
        <source>Min current</source>
        <translation>Min. Stromstärke</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Max. Leistung</translation>
    </message>
    <message>
        <source>Min power</source>
        <translation>Min. Leistung</translation>
    </message>
    <message>
        <source>Parking time</source>
        <translation>Parkzeit</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>Reservation time</source>
        <translation>Reservierungszeit</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <source>Charging time</source>
        <translation>Ladezeit</translation>
    </message>
    <message>
        <source>Overlap: starts together with period %1</source>
        <translation>Überlappung: beginnt gleichzeitig mit Periode %1</translation>
    </message>
    <message>
        <source>Overlap: starts before period %1</source>
        <translation>Überlappung: beginnt vor Periode %1</translation>
    </message>
    <message>
        <source>Outside: starts before the session</source>
        <translation>Außerhalb: beginnt vor der Session</translation>
    </message>
    <message>
        <source>Outside: starts after the session ended</source>
        <translation>Außerhalb: beginnt nach dem Ende der Session</translation>
    </message>
    <message>
        <source>Gap: the session&apos;s first %1 (h:mm) are in no period</source>
        <translation>Lücke: die ersten %1 (h:mm) der Session liegen in keiner Periode</translation>
    </message>
    <message>
        <source>a period ends when the next one starts; the last ends with the session</source>
        <translation>eine Periode endet, wenn die nächste beginnt; die letzte endet mit der Session</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>Ortszeit</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <extracomment>%1 is the time zone: &quot;UTC&quot; or &quot;local time&quot;</extracomment>
        <translation>Beginn (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Ende (%1)</translation>
    </message>
    <message>
        <source>Duration (h:mm)</source>
        <translation>Dauer (h:mm)</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Zeitlage</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>dimension column header: name (unit), e.g. &quot;Energy (kWh)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The next period&apos;s start; the last period ends with the session (%1)</source>
        <translation>Der Beginn der nächsten Periode; die letzte Periode endet mit der Session (%1)</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Leistung</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Ladezustand</translation>
    </message>
    <message>
        <source>Time (local, %1)</source>
        <extracomment>%1: the abbreviation of the local time zone, e.g. CET</extracomment>
        <translation>Zeit (lokal, %1)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Zeit (UTC)</translation>
    </message>
    <message>
        <source>Energy per hour</source>
        <translation>Energie pro Stunde</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(record)</source>
        <extracomment>JSON Pointer column: the finding is about the whole record</extracomment>
        <translation>(Datensatz)</translation>
    </message>
    <message>
        <source>%1 at %2: %3
Rule: %4
Spec: %5</source>
        <extracomment>%1 severity, %2 JSON Pointer, %3 message, %4 rule code, %5 spec section</extracomment>
        <translation>%1 bei %2: %3
Regel: %4
Spezifikation: %5</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Schweregrad</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of JSON Pointers (RFC 6901) into the record</extracomment>
        <translation>Pfad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Spezifikationsabschnitt</translation>
    </message>
</context>
<context>
    <name>Ocpi::JsonSyntax</name>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>unerwartetes %1 nach dem Ende des JSON-Werts</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation>die Daten sind leer</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>ein Wert wurde erwartet</translation>
    </message>
    <message>
        <source>a member name was expected</source>
        <translation>ein Member-Name wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected</source>
        <translation>&apos;:&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;}&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>&apos;,&apos; oder &apos;]&apos; wurde erwartet</translation>
    </message>
    <message>
        <source>unexpected end of data: %1</source>
        <translation>unerwartetes Ende der Daten: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>unerwartetes %1, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where a member name in double quotes was expected</source>
        <translation>unerwartetes %1, wo ein Member-Name in doppelten Anführungszeichen erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected</source>
        <translation>unerwartetes %1, wo &apos;:&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;,&apos; or &apos;%2&apos; was expected</source>
        <translation>unerwartetes %1, wo &apos;,&apos; oder &apos;%2&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected end of data inside a string</source>
        <translation>unerwartetes Ende der Daten innerhalb eines Strings</translation>
    </message>
    <message>
        <source>invalid \u escape in a string: four hex digits expected</source>
        <translation>ungültiges \u-Escape in einem String: vier Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string</source>
        <translation>ungültiges Escape %1 in einem String</translation>
    </message>
    <message>
        <source>unescaped control character %1 in a string</source>
        <translation>nicht maskiertes Steuerzeichen %1 in einem String</translation>
    </message>
    <message>
        <source>unexpected end of data inside a number</source>
        <translation>unerwartetes Ende der Daten innerhalb einer Zahl</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected</source>
        <translation>ungültige Zahl: eine Ziffer wurde erwartet</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected after &apos;.&apos;</source>
        <translation>ungültige Zahl: nach &apos;.&apos; wurde eine Ziffer erwartet</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected in the exponent</source>
        <translation>ungültige Zahl: im Exponenten wurde eine Ziffer erwartet</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::HttpGet</name>
    <message>
        <source>the connection was refused</source>
        <translation>die Verbindung wurde abgelehnt</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die ganze Antwort eingetroffen war</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>der Hostname wurde nicht gefunden</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>der TLS-Handshake ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>HTTP %1%2 from %3</source>
        <translation>HTTP %1%2 von %3</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (connect timeout)</source>
        <translation>keine Antwort von %1 innerhalb von %2 s (Verbindungs-Timeout)</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s (total timeout)</source>
        <translation>%1 hat die Antwort nicht innerhalb von %2 s abgeschlossen (Gesamt-Timeout)</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than the %2 MB allowed (maximum body size)</source>
        <translation>die Antwort von %1 ist größer als die erlaubten %2 MB (maximale Body-Größe)</translation>
    </message>
    <message>
        <source>HTTP %1, but %2 (%3 bytes arrived)</source>
        <translation>HTTP %1, aber %2 (%3 Bytes eingetroffen)</translation>
    </message>
    <message>
        <source>GET %1 failed: %2</source>
        <translation>GET %1 fehlgeschlagen: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a usable Location</source>
        <translation>HTTP %1 von %2 ohne brauchbare Location</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another host or scheme: not followed, so the token is not sent there</source>
        <translation>%1 leitet auf %2 um, einen anderen Host oder ein anderes Schema: nicht gefolgt, damit das Token nicht dorthin gesendet wird</translation>
    </message>
    <message>
        <source>more than 5 redirects from %1</source>
        <translation>mehr als 5 Umleitungen von %1</translation>
    </message>
    <message>
        <source>. The token was refused both Base64-encoded (as OCPI 2.2.1 requires) and plain (as many 2.1.1 servers expect)</source>
        <translation>. Das Token wurde sowohl Base64-kodiert (wie OCPI 2.2.1 es verlangt) als auch im Klartext (wie viele 2.1.1-Server es erwarten) abgelehnt</translation>
    </message>
    <message>
        <source>. The token was refused (%1)</source>
        <translation>. Das Token wurde abgelehnt (%1)</translation>
    </message>
    <message>
        <source>; note that it starts or ends with white space (a newline?), which is sent too</source>
        <translation>; beachten Sie, dass es mit Leerraum beginnt oder endet (ein Zeilenumbruch?), der mitgesendet wird</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (nach %n Wiederholung aufgegeben)</numerusform>
            <numerusform> (nach %n Wiederholungen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the server asks to retry after %1 s, longer than the %2 s allowed</source>
        <translation>; der Server bittet um einen neuen Versuch nach %1 s, länger als die erlaubten %2 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>abgebrochen</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::OcpiStatus</name>
    <message>
        <source>generic success</source>
        <translation>allgemeiner Erfolg</translation>
    </message>
    <message>
        <source>generic client error</source>
        <translation>allgemeiner Client-Fehler</translation>
    </message>
    <message>
        <source>invalid or missing parameters</source>
        <translation>ungültige oder fehlende Parameter</translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation>nicht genügend Informationen</translation>
    </message>
    <message>
        <source>unknown Location</source>
        <translation>unbekannte Location</translation>
    </message>
    <message>
        <source>unknown Token</source>
        <translation>unbekanntes Token</translation>
    </message>
    <message>
        <source>generic server error</source>
        <translation>allgemeiner Server-Fehler</translation>
    </message>
    <message>
        <source>unable to use the client&apos;s API</source>
        <translation>die API des Clients kann nicht verwendet werden</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>nicht unterstützte Version</translation>
    </message>
    <message>
        <source>no matching endpoints or expected endpoints missing between parties</source>
        <translation>keine passenden Endpunkte oder erwartete Endpunkte fehlen zwischen den Parteien</translation>
    </message>
    <message>
        <source>generic Hub error</source>
        <translation>allgemeiner Hub-Fehler</translation>
    </message>
    <message>
        <source>unknown receiver (the Hub does not know the TO address)</source>
        <translation>unbekannter Empfänger (der Hub kennt die TO-Adresse nicht)</translation>
    </message>
    <message>
        <source>timeout on a request forwarded by the Hub</source>
        <translation>Timeout bei einer vom Hub weitergeleiteten Anfrage</translation>
    </message>
    <message>
        <source>connection problem (the receiving party is not connected to the Hub)</source>
        <translation>Verbindungsproblem (die empfangende Partei ist nicht mit dem Hub verbunden)</translation>
    </message>
    <message>
        <source>custom success code</source>
        <translation>benutzerdefinierter Erfolgscode</translation>
    </message>
    <message>
        <source>custom client error</source>
        <translation>benutzerdefinierter Client-Fehler</translation>
    </message>
    <message>
        <source>custom server error</source>
        <translation>benutzerdefinierter Server-Fehler</translation>
    </message>
    <message>
        <source>custom Hub error</source>
        <translation>benutzerdefinierter Hub-Fehler</translation>
    </message>
    <message>
        <source>client error: the server cannot process what the client sent</source>
        <translation>Client-Fehler: der Server kann nicht verarbeiten, was der Client gesendet hat</translation>
    </message>
    <message>
        <source>server error: the server could not process the request</source>
        <translation>Server-Fehler: der Server konnte die Anfrage nicht verarbeiten</translation>
    </message>
    <message>
        <source>Hub error</source>
        <translation>Hub-Fehler</translation>
    </message>
    <message>
        <source>success range, but not a code the specification defines</source>
        <translation>Erfolgsbereich, aber kein von der Spezifikation definierter Code</translation>
    </message>
    <message>
        <source>not an OCPI status code (they have four digits, 1xxx to 4xxx)</source>
        <translation>kein OCPI-Statuscode (diese haben vier Ziffern, 1xxx bis 4xxx)</translation>
    </message>
    <message>
        <source>OCPI status_code %1: %2 (status_codes 5)</source>
        <extracomment>%1 status code, %2 its meaning in the specification</extracomment>
        <translation>OCPI status_code %1: %2 (status_codes 5)</translation>
    </message>
    <message>
        <source>; the server says: &quot;%1&quot;</source>
        <translation>; der Server sagt: &quot;%1&quot;</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::PollResult</name>
    <message>
        <source>%1 MB</source>
        <translation>%1 MB</translation>
    </message>
    <message>
        <source>%1 KB</source>
        <translation>%1 KB</translation>
    </message>
    <message>
        <source>%1 bytes</source>
        <translation>%1 Bytes</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 changed, %3 unchanged in %n page(s) (%4, %5 s)</source>
        <translation>
            <numerusform>%1 hinzugefügt, %2 geändert, %3 unverändert auf %n Seite (%4, %5 s)</numerusform>
            <numerusform>%1 hinzugefügt, %2 geändert, %3 unverändert auf %n Seiten (%4, %5 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n invalid</source>
        <translation>
            <numerusform>, %n ungültig</numerusform>
            <numerusform>, %n ungültig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without id</source>
        <translation>
            <numerusform>, %n ohne id</numerusform>
            <numerusform>, %n ohne id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retry(ies)</source>
        <translation>
            <numerusform>, %n Wiederholung</numerusform>
            <numerusform>, %n Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation>, unvollständig</translation>
    </message>
    <message numerus="yes">
        <source>, %n not kept (session limit)</source>
        <translation>
            <numerusform>, %n nicht behalten (Session-Grenze)</numerusform>
            <numerusform>, %n nicht behalten (Session-Grenze)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionPoller</name>
    <message numerus="yes">
        <source>the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new session(s) not kept. The sessions held are still updated; the watermark stays, so the next poll asks again from the same date_from, and the sessions not kept are read once the limit is raised</source>
        <translation>
            <numerusform>die Grenze von %1 Sessions pro Endpunkt ist erreicht (maximale Sessions pro Endpunkt): %n neue Session nicht behalten. Die gehaltenen Sessions werden weiter aktualisiert; das Wasserzeichen bleibt, also fragt der nächste Abruf wieder ab demselben date_from, und die nicht behaltenen Sessions werden gelesen, sobald die Grenze angehoben ist</numerusform>
            <numerusform>die Grenze von %1 Sessions pro Endpunkt ist erreicht (maximale Sessions pro Endpunkt): %n neue Sessions nicht behalten. Die gehaltenen Sessions werden weiter aktualisiert; das Wasserzeichen bleibt, also fragt der nächste Abruf wieder ab demselben date_from, und die nicht behaltenen Sessions werden gelesen, sobald die Grenze angehoben ist</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionSync</name>
    <message>
        <source>the URL &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>die URL &apos;%1&apos; ist keine http://- oder https://-URL</translation>
    </message>
    <message>
        <source>no token: OCPI requires a credentials token in every request</source>
        <translation>kein Token: OCPI verlangt in jeder Anfrage ein Credentials-Token</translation>
    </message>
    <message>
        <source>the token starts or ends with white space (a trailing newline?); it is sent as given</source>
        <translation>das Token beginnt oder endet mit Leerraum (ein abschließender Zeilenumbruch?); es wird so gesendet, wie es angegeben ist</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (nach %n Wiederholung aufgegeben)</numerusform>
            <numerusform> (nach %n Wiederholungen aufgegeben)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 antwortete: %2</translation>
    </message>
    <message>
        <source>the answer of %1 is not JSON</source>
        <translation>die Antwort von %1 ist kein JSON</translation>
    </message>
    <message>
        <source>the server offers OCPI %1 only; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)</source>
        <translation>der Server bietet nur OCPI %1 an; dieser Client liest OCPI 2.2.1 (2.1.1 wird noch nicht unterstützt)</translation>
    </message>
    <message>
        <source>the server offers OCPI %1; none of them is one this client reads (%2)</source>
        <translation>der Server bietet OCPI %1 an; keine davon liest dieser Client (%2)</translation>
    </message>
    <message>
        <source>the server offers OCPI %1, read as 2.2.1</source>
        <translation>der Server bietet OCPI %1 an, gelesen als 2.2.1</translation>
    </message>
    <message>
        <source>the answer of %1 is not JSON, so not an OCPI versions list</source>
        <translation>die Antwort von %1 ist kein JSON und damit keine OCPI-Versionsliste</translation>
    </message>
    <message>
        <source>the answer of %1 is not an OCPI versions list (a list of {version, url})</source>
        <translation>die Antwort von %1 ist keine OCPI-Versionsliste (eine Liste von {version, url})</translation>
    </message>
    <message>
        <source>the answer of %1 is not OCPI version details (an object with &quot;endpoints&quot;)</source>
        <translation>die Antwort von %1 enthält keine OCPI version details (ein Objekt mit &quot;endpoints&quot;)</translation>
    </message>
    <message>
        <source>%1 describes OCPI %2; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)</source>
        <translation>%1 beschreibt OCPI %2; dieser Client liest OCPI 2.2.1 (2.1.1 wird noch nicht unterstützt)</translation>
    </message>
    <message>
        <source>%1 lists the sessions module only as RECEIVER (it takes sessions pushed to it); there is no SENDER interface to read sessions from</source>
        <translation>%1 führt das Sessions-Modul nur als RECEIVER (es nimmt an ihn gesendete Sessions entgegen); es gibt keine SENDER-Schnittstelle, von der Sessions gelesen werden können</translation>
    </message>
    <message>
        <source>%1 lists no sessions module: this server does not offer sessions</source>
        <translation>%1 führt kein Sessions-Modul: dieser Server bietet keine Sessions an</translation>
    </message>
    <message>
        <source>the sessions endpoint has no role; taken as the SENDER interface</source>
        <translation>der Sessions-Endpunkt hat keine Rolle; er wird als SENDER-Schnittstelle angenommen</translation>
    </message>
    <message>
        <source>the first page has neither a readable envelope timestamp nor a Date header; the client&apos;s clock is used for the next date_from, which is only right when both clocks agree</source>
        <translation>die erste Seite hat weder einen lesbaren timestamp in der Antworthülle noch einen Date-Header; für das nächste date_from wird die Uhr des Clients verwendet, was nur stimmt, wenn beide Uhren übereinstimmen</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>Seite %1 (%2): %3</translation>
    </message>
    <message>
        <source>page %1 (%2) cannot be read: %3</source>
        <translation>Seite %1 (%2) kann nicht gelesen werden: %3</translation>
    </message>
    <message>
        <source>the answer of %1 has no status_code (transport_and_format 4.1.7)</source>
        <translation>die Antwort von %1 hat keinen status_code (transport_and_format 4.1.7)</translation>
    </message>
    <message>
        <source>page %1 has the custom success status_code %2</source>
        <translation>Seite %1 hat den benutzerdefinierten Erfolgs-status_code %2</translation>
    </message>
    <message>
        <source>the answer of %1 is not wrapped in the OCPI response format ({&quot;data&quot;: ..., &quot;status_code&quot;: ...}); its records are read anyway</source>
        <translation>die Antwort von %1 ist nicht in das OCPI-Antwortformat ({&quot;data&quot;: ..., &quot;status_code&quot;: ...}) eingebettet; ihre Datensätze werden trotzdem gelesen</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 minutes %2 the client&apos;s; date_from follows the server&apos;s clock</source>
        <translation>die Uhr des Servers geht gegenüber der Uhr des Clients %1 Minuten %2; date_from folgt der Uhr des Servers</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>vor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>nach</translation>
    </message>
    <message numerus="yes">
        <source>; the %n session(s) before the damage are kept</source>
        <translation>
            <numerusform>; die %n Session vor der Beschädigung wird behalten</numerusform>
            <numerusform>; die %n Sessions vor der Beschädigung werden behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>X-Total-Count sank beim Lesen der Seiten immer weiter (%1 erneute Lesevorgänge); gestoppt, %n gelesene Session wird behalten</numerusform>
            <numerusform>X-Total-Count sank beim Lesen der Seiten immer weiter (%1 erneute Lesevorgänge); gestoppt, %n gelesene Sessions werden behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Total-Count fell during the crawl, but the next links carry no offset to step back with; sessions may have been skipped and will be read again next poll only if they change</source>
        <translation>X-Total-Count sank während des Durchlaufs, aber die next-Links enthalten kein offset, mit dem zurückgegangen werden könnte; Sessions wurden möglicherweise übersprungen und werden beim nächsten Abruf nur dann erneut gelesen, wenn sie sich ändern</translation>
    </message>
    <message>
        <source>page %1 (%2) has a next link that cannot be read</source>
        <translation>Seite %1 (%2) hat einen next-Link, der nicht gelesen werden kann</translation>
    </message>
    <message>
        <source>page %1 links its next page to %2, another host or scheme than %3: refused, the token is not sent there; %4 session(s) read are kept</source>
        <translation>Seite %1 verweist für ihre nächste Seite auf %2, einen anderen Host oder ein anderes Schema als %3: abgelehnt, das Token wird nicht dorthin gesendet; %4 gelesene Session(s) werden behalten</translation>
    </message>
    <message numerus="yes">
        <source>the server reported %n session(s) but sent %1 and no next page</source>
        <translation>
            <numerusform>der Server meldete %n Session, sandte aber %1 und keine nächste Seite</numerusform>
            <numerusform>der Server meldete %n Sessions, sandte aber %1 und keine nächste Seite</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 links back to %2, a page already read: a pagination loop; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>Seite %1 verweist zurück auf %2, eine bereits gelesene Seite: eine Paginierungsschleife; gestoppt, %n gelesene Session wird behalten</numerusform>
            <numerusform>Seite %1 verweist zurück auf %2, eine bereits gelesene Seite: eine Paginierungsschleife; gestoppt, %n gelesene Sessions werden behalten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>Seite %1 (%2) wiederholt die vorige Seite: der Server scheint die Paginierung zu ignorieren; gestoppt, %n gelesene Session wird behalten</numerusform>
            <numerusform>Seite %1 (%2) wiederholt die vorige Seite: der Server scheint die Paginierung zu ignorieren; gestoppt, %n gelesene Sessions werden behalten</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Total-Count keeps growing as fast as the pages are read (now %1 after %2 pages); stopped, %3 session(s) read are kept</source>
        <translation>X-Total-Count wächst so schnell, wie die Seiten gelesen werden (jetzt %1 nach %2 Seiten); gestoppt, %3 gelesene Session(s) werden behalten</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 pages, the most one poll may read (maximum pages per sync); %n session(s) read are kept, and the next poll starts again from the same date_from</source>
        <translation>
            <numerusform>gestoppt nach %1 Seiten, dem Höchstwert für einen Abruf (maximale Seiten pro Synchronisierung); %n gelesene Session wird behalten, und der nächste Abruf beginnt erneut beim selben date_from</numerusform>
            <numerusform>gestoppt nach %1 Seiten, dem Höchstwert für einen Abruf (maximale Seiten pro Synchronisierung); %n gelesene Sessions werden behalten, und der nächste Abruf beginnt erneut beim selben date_from</numerusform>
        </translation>
    </message>
    <message>
        <source>the poll was cancelled</source>
        <translation>der Abruf wurde abgebrochen</translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a higher X-Total-Count); stopped, %n session(s) read are kept, and the next poll asks again from the same date_from</source>
        <translation>
            <numerusform>Seite %1 (%2) enthält keine Sessions, doch der Server meldet weitere (ein Link auf die nächste Seite oder ein höherer X-Total-Count); gestoppt, %n gelesene Session wird behalten, und der nächste Abruf fragt erneut ab demselben date_from</numerusform>
            <numerusform>Seite %1 (%2) enthält keine Sessions, doch der Server meldet weitere (ein Link auf die nächste Seite oder ein höherer X-Total-Count); gestoppt, %n gelesene Sessions werden behalten, und der nächste Abruf fragt erneut ab demselben date_from</numerusform>
        </translation>
    </message>
    <message>
        <source>refused to send the token to %1: plain http:// to %2, which is not this computer, would carry it unencrypted; use https://, or confirm plain http:// for this endpoint (the profile&apos;s &quot;Allow plain http://&quot; option, or poll --allow-insecure-http)</source>
        <translation>Senden des Tokens an %1 abgelehnt: einfaches http:// zu %2, nicht diesem Rechner, würde es unverschlüsselt übertragen; verwenden Sie https://, oder bestätigen Sie einfaches http:// für diesen Endpunkt (die Profiloption „Einfaches http:// erlauben“ oder poll --allow-insecure-http)</translation>
    </message>
</context>
<context>
    <name>Ocpi::PrettyJson</name>
    <message>
        <source>not valid JSON: the text is not UTF-8</source>
        <translation>kein gültiges JSON: der Text ist nicht UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
</context>
<context>
    <name>Ocpi::SessionReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>die Datei konnte nicht gelesen werden: %1</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3, byte %4)</source>
        <translation>%1 (Zeile %2, Spalte %3, Byte %4)</translation>
    </message>
    <message>
        <source>the file is UTF-32 (big-endian); OCPI JSON must be UTF-8</source>
        <translation>die Datei ist UTF-32 (Big-Endian); OCPI-JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>the file is UTF-32 (little-endian); OCPI JSON must be UTF-8</source>
        <translation>die Datei ist UTF-32 (Little-Endian); OCPI-JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big-endian); OCPI JSON must be UTF-8</source>
        <translation>die Datei ist UTF-16 (Big-Endian); OCPI-JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>the file is UTF-16 (little-endian); OCPI JSON must be UTF-8</source>
        <translation>die Datei ist UTF-16 (Little-Endian); OCPI-JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (little-endian) without a byte order mark; OCPI JSON must be UTF-8</source>
        <translation>die Datei sieht nach UTF-16 (Little-Endian) ohne Byte-Order-Mark aus; OCPI-JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (big-endian) without a byte order mark; OCPI JSON must be UTF-8</source>
        <translation>die Datei sieht nach UTF-16 (Big-Endian) ohne Byte-Order-Mark aus; OCPI-JSON muss UTF-8 sein</translation>
    </message>
    <message>
        <source>the file is gzip-compressed; decompress it first</source>
        <translation>die Datei ist gzip-komprimiert; entpacken Sie sie zuerst</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark (skipped)</source>
        <translation>die Datei beginnt mit einem UTF-8-Byte-Order-Mark (übersprungen)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (first seen in record %1): %2</source>
        <translation>die Datei ist nicht UTF-8 (zuerst in Datensatz %1 bemerkt): %2</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete JSON value; expected another object or array (NDJSON) or the end of the file</source>
        <translation>unerwartetes %1 nach einem vollständigen JSON-Wert; erwartet wurde ein weiteres Objekt oder Array (NDJSON) oder das Dateiende</translation>
    </message>
    <message>
        <source>the file holds a single JSON scalar, not Session objects</source>
        <translation>die Datei enthält einen einzelnen JSON-Skalar, keine Session-Objekte</translation>
    </message>
    <message>
        <source>this is not JSON: it starts with %1</source>
        <translation>das ist kein JSON: es beginnt mit %1</translation>
    </message>
    <message>
        <source>the OCPI response has no data (status_code %1%2)</source>
        <translation>die OCPI-Antwort hat keine data (status_code %1%2)</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;]&apos; at line %1 (not allowed in JSON; tolerated)</source>
        <translation>ein abschließendes Komma vor &apos;]&apos; in Zeile %1 (in JSON nicht erlaubt; toleriert)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>unerwartetes %1, wo ein Wert erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;,&apos; or &apos;%2&apos; was expected</source>
        <translation>unerwartetes %1, wo &apos;,&apos; oder &apos;%2&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where a member name in double quotes was expected</source>
        <translation>unerwartetes %1, wo ein Member-Name in doppelten Anführungszeichen erwartet wurde</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected</source>
        <translation>unerwartetes %1, wo &apos;:&apos; erwartet wurde</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB; reading stopped</source>
        <translation>ein Datensatz ist größer als %1 MB; Lesen abgebrochen</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>die Datei endet innerhalb eines Strings</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>die Datei endet innerhalb eines Datensatzes</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;}&apos;</source>
        <translation>die Datei endet vor der schließenden &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;]&apos;</source>
        <translation>die Datei endet vor der schließenden &apos;]&apos;</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>abgeschnitten: %1</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>die Datei enthält nur Leerraum</translation>
    </message>
    <message>
        <source>the OCPI response has status_code %1, not 1000 (success)%2</source>
        <translation>die OCPI-Antwort hat status_code %1, nicht 1000 (Erfolg)%2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 ist ein Verzeichnis</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>%1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>this is not JSON: %1</source>
        <translation>das ist kein JSON: %1</translation>
    </message>
</context>
<context>
    <name>Ocpi::SessionValidator</name>
    <message>
        <source>a string</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>ein String</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>ein Array</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>ein Boolean</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears more than once in this object; readers disagree on which value counts (the last one is used here)</source>
        <translation>&apos;%1&apos; kommt in diesem Objekt mehrfach vor; Leser sind sich uneinig, welcher Wert gilt (hier wird der letzte verwendet)</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing</source>
        <translation>Pflichtfeld &apos;%1&apos; fehlt</translation>
    </message>
    <message>
        <source> (required since OCPI 2.2; 2.1.1 sessions had no connector_id)</source>
        <translation> (Pflicht seit OCPI 2.2; 2.1.1-Sessions hatten keine connector_id)</translation>
    </message>
    <message>
        <source>&apos;auth_id&apos; is an OCPI 2.1.1 field; 2.2.1 identifies the token with cdr_token (kept, not used)</source>
        <translation>&apos;auth_id&apos; ist ein Feld aus OCPI 2.1.1; 2.2.1 identifiziert das Token mit cdr_token (behalten, nicht verwendet)</translation>
    </message>
    <message>
        <source>&apos;location&apos; is the OCPI 2.1.1 embedded Location; 2.2.1 uses location_id, evse_uid and connector_id (kept, not used)</source>
        <translation>&apos;location&apos; ist die eingebettete Location aus OCPI 2.1.1; 2.2.1 verwendet location_id, evse_uid und connector_id (behalten, nicht verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a CDR field, not a Session field (kept, not used)</source>
        <translation>&apos;%1&apos; ist ein CDR-Feld, kein Session-Feld (behalten, nicht verwendet)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of the OCPI 2.2.1 %2 object (kept, not used)</source>
        <translation>&apos;%1&apos; ist kein Feld des OCPI-2.2.1-Objekts %2 (behalten, nicht verwendet)</translation>
    </message>
    <message>
        <source>required field is null; it must be %1</source>
        <translation>Pflichtfeld ist null; es muss %1 sein</translation>
    </message>
    <message>
        <source>optional field is null; omitting it says the same (transport_and_format 4.1.4)</source>
        <translation>optionales Feld ist null; es wegzulassen sagt dasselbe (transport_and_format 4.1.4)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <source>empty string in a required field</source>
        <translation>leerer String in einem Pflichtfeld</translation>
    </message>
    <message>
        <source>empty string; omit the field when there is no value</source>
        <translation>leerer String; lassen Sie das Feld weg, wenn es keinen Wert gibt</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a non-ASCII character at character %2; CiString allows printable ASCII only</source>
        <translation>&apos;%1&apos; hat ein Nicht-ASCII-Zeichen an Zeichenposition %2; CiString erlaubt nur druckbares ASCII</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the non-printable character U+%2 at character %3</source>
        <translation>&apos;%1&apos; hat das nicht druckbare Zeichen U+%2 an Zeichenposition %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; CiString(%3) allows at most %3</source>
        <translation>&apos;%1&apos; ist %2 Zeichen lang; CiString(%3) erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the non-printable character U+%2; string allows printable UTF-8 only</source>
        <translation>&apos;%1&apos; hat das nicht druckbare Zeichen U+%2; string erlaubt nur druckbares UTF-8</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; string(%3) allows at most %3</source>
        <translation>&apos;%1&apos; ist %2 Zeichen lang; string(%3) erlaubt höchstens %3</translation>
    </message>
    <message>
        <source>empty DateTime</source>
        <translation>leere DateTime</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; DateTime is a string(25), so at most 4 fractional digits with &apos;Z&apos;</source>
        <translation>&apos;%1&apos; ist %2 Zeichen lang; DateTime ist ein string(25), also höchstens 4 Nachkommastellen mit &apos;Z&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; separates date and time with a space; the spec&apos;s patterns use &apos;T&apos;</source>
        <translation>&apos;%1&apos; trennt Datum und Uhrzeit mit einem Leerzeichen; die Muster der Spezifikation verwenden &apos;T&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries a UTC offset; OCPI timestamps are UTC, written with &apos;Z&apos; or no designator, and the spec says +00:00 is not the same as UTC</source>
        <translation>&apos;%1&apos; enthält einen UTC-Offset; OCPI-Zeitstempel sind UTC, geschrieben mit &apos;Z&apos; oder ohne Kennzeichen, und laut Spezifikation ist +00:00 nicht dasselbe wie UTC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a lower-case &apos;t&apos; or &apos;z&apos;; the spec&apos;s patterns use &apos;T&apos; and &apos;Z&apos;</source>
        <translation>&apos;%1&apos; verwendet ein kleines &apos;t&apos; oder &apos;z&apos;; die Muster der Spezifikation verwenden &apos;T&apos; und &apos;Z&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time (character %2)</source>
        <translation>&apos;%1&apos; ist kein reales Datum mit Uhrzeit (Zeichen %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not follow the spec&apos;s DateTime patterns, e.g. 2015-06-29T20:39:09Z (character %2)</source>
        <translation>&apos;%1&apos; folgt nicht den DateTime-Mustern der Spezifikation, z. B. 2015-06-29T20:39:09Z (Zeichen %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SessionStatus value: the spec&apos;s text on reservations (mod_sessions 9.1.4) says RESERVED, but the SessionStatus enum (9.4.3) defines RESERVATION, the value to send</source>
        <translation>&apos;%1&apos; ist kein SessionStatus-Wert: der Text der Spezifikation zu Reservierungen (mod_sessions 9.1.4) sagt RESERVED, aber das Enum SessionStatus (9.4.3) definiert RESERVATION, den zu sendenden Wert</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value: values are case-sensitive; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; ist kein %2-Wert: Werte unterscheiden Groß- und Kleinschreibung; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>&apos;FLAT&apos; was a dimension type in OCPI 2.1.1 but is not a %1 value in 2.2.1; allowed: %2</source>
        <translation>&apos;FLAT&apos; war in OCPI 2.1.1 ein Dimensionstyp, ist aber in 2.2.1 kein %1-Wert; erlaubt: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; ist kein %2-Wert; meinten Sie &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value; allowed: %3</source>
        <translation>&apos;%1&apos; ist kein %2-Wert; erlaubt: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166-1 alpha-2 country code (two letters)</source>
        <translation>&apos;%1&apos; ist kein Ländercode nach ISO 3166-1 alpha-2 (zwei Buchstaben)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an assigned ISO 3166-1 alpha-2 country code</source>
        <translation>&apos;%1&apos; ist kein vergebener Ländercode nach ISO 3166-1 alpha-2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a party ID of three letters or digits as ISO 15118 defines them</source>
        <translation>&apos;%1&apos; ist keine Party-ID aus drei Buchstaben oder Ziffern, wie ISO 15118 sie definiert</translation>
    </message>
    <message>
        <source>kwh is %1; the energy charged cannot be negative</source>
        <translation>kwh ist %1; die geladene Energie kann nicht negativ sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code: currency is a case-sensitive string; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; ist kein ISO-4217-Code: currency ist ein String mit Unterscheidung von Groß- und Kleinschreibung; meinten Sie &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a withdrawn ISO 4217 currency code</source>
        <translation>&apos;%1&apos; ist ein zurückgezogener ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; ist kein ISO-4217-Währungscode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not follow the eMA ID format the spec recommends (e.g. NL-TST-C12345678-S)</source>
        <translation>&apos;%1&apos; folgt nicht dem von der Spezifikation empfohlenen eMA-ID-Format (z. B. NL-TST-C12345678-S)</translation>
    </message>
    <message>
        <source>contract ID &apos;%1&apos; names party %2-%3, but the token belongs to %4-%5</source>
        <translation>Vertrags-ID &apos;%1&apos; nennt die Partei %2-%3, aber das Token gehört zu %4-%5</translation>
    </message>
    <message>
        <source>RFID token uid &apos;%1&apos; is not hexadecimal, as RFID reader IDs usually are</source>
        <translation>RFID-Token-uid &apos;%1&apos; ist nicht hexadezimal, wie es RFID-Leser-IDs üblicherweise sind</translation>
    </message>
    <message>
        <source>a ChargingPeriod needs at least one CdrDimension (cardinality +)</source>
        <translation>eine ChargingPeriod braucht mindestens eine CdrDimension (Kardinalität +)</translation>
    </message>
    <message>
        <source>%1 (%2) is above %3 (%4) in the same period</source>
        <translation>%1 (%2) liegt über %3 (%4) in derselben Periode</translation>
    </message>
    <message>
        <source>%1 appears more than once in this charging period</source>
        <translation>%1 kommt in dieser Ladeperiode mehrfach vor</translation>
    </message>
    <message>
        <source>STATE_OF_CHARGE is %1; it is a percentage from 0 to 100</source>
        <translation>STATE_OF_CHARGE ist %1; es ist ein Prozentwert von 0 bis 100</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be negative</source>
        <translation>%1 ist %2; es kann nicht negativ sein</translation>
    </message>
    <message>
        <source>expected a Price object {excl_vat, incl_vat}, found the number %1 (OCPI 2.1.1 style)</source>
        <translation>erwartet ein Price-Objekt {excl_vat, incl_vat}, gefunden die Zahl %1 (Stil von OCPI 2.1.1)</translation>
    </message>
    <message>
        <source>excl_vat is negative (%1)</source>
        <translation>excl_vat ist negativ (%1)</translation>
    </message>
    <message>
        <source>incl_vat (%1) is less than excl_vat (%2); VAT cannot be negative</source>
        <translation>incl_vat (%1) ist kleiner als excl_vat (%2); die MwSt. kann nicht negativ sein</translation>
    </message>
    <message>
        <source>charging period starts at %1, before the session starts (%2)</source>
        <translation>Ladeperiode beginnt um %1, vor dem Beginn der Session (%2)</translation>
    </message>
    <message>
        <source>charging period starts at %1, after the session ended (%2)</source>
        <translation>Ladeperiode beginnt um %1, nach dem Ende der Session (%2)</translation>
    </message>
    <message>
        <source>charging periods %1 and %2 both start at %3; a period ends when the next one starts, so one of them is a duplicate</source>
        <translation>die Ladeperioden %1 und %2 beginnen beide um %3; eine Periode endet, wenn die nächste beginnt, also ist eine davon ein Duplikat</translation>
    </message>
    <message>
        <source>charging period %1 starts at %2, before period %3 (%4); periods must be in time order</source>
        <translation>Ladeperiode %1 beginnt um %2, vor Periode %3 (%4); Perioden müssen zeitlich geordnet sein</translation>
    </message>
    <message>
        <source>%1 is %2 h, longer than the period itself (%3 h)</source>
        <translation>%1 ist %2 h, länger als die Periode selbst (%3 h)</translation>
    </message>
    <message>
        <source>the %1 volumes add up to %2, which is 1000 × kwh (%3): they look like Wh, but %1 is defined in kWh</source>
        <translation>die %1-Volumen ergeben zusammen %2, das ist 1000 × kwh (%3): sie sehen nach Wh aus, aber %1 ist in kWh definiert</translation>
    </message>
    <message>
        <source>kwh (%1) is 1000 × the sum of the %2 volumes (%3): kwh looks like Wh</source>
        <translation>kwh (%1) ist 1000 × die Summe der %2-Volumen (%3): kwh sieht nach Wh aus</translation>
    </message>
    <message>
        <source>the last %1 volume equals kwh (%2): the volumes look like meter readings, but each one is the energy charged during its own period</source>
        <translation>das letzte %1-Volumen ist gleich kwh (%2): die Volumen sehen nach Zählerständen aus, aber jedes ist die in seiner eigenen Periode geladene Energie</translation>
    </message>
    <message>
        <source>kwh is %1, but the %2 volumes of the charging periods add up to %3</source>
        <translation>kwh ist %1, aber die %2-Volumen der Ladeperioden ergeben zusammen %3</translation>
    </message>
    <message>
        <source>the session ends (%1) before it starts (%2)</source>
        <translation>die Session endet (%1), bevor sie beginnt (%2)</translation>
    </message>
    <message>
        <source>a COMPLETED session needs an end_date_time</source>
        <translation>eine COMPLETED-Session braucht ein end_date_time</translation>
    </message>
    <message>
        <source>the session is %1 but already has an end_date_time</source>
        <translation>die Session ist %1, hat aber bereits ein end_date_time</translation>
    </message>
    <message>
        <source>the session is %1 (charging has not started) but kwh is %2</source>
        <translation>die Session ist %1 (das Laden hat nicht begonnen), aber kwh ist %2</translation>
    </message>
    <message>
        <source>last_updated (%1) is before the session started (%2)</source>
        <translation>last_updated (%1) liegt vor dem Beginn der Session (%2)</translation>
    </message>
    <message>
        <source>last_updated (%1) is before the session ended (%2)</source>
        <translation>last_updated (%1) liegt vor dem Ende der Session (%2)</translation>
    </message>
    <message>
        <source>total_cost is in %1 but the session&apos;s currency is %2</source>
        <translation>total_cost ist in %1, aber die currency der Session ist %2</translation>
    </message>
    <message>
        <source>auth_method is %1 but there is no authorization_reference; when the eMSP gave one it SHALL be copied here</source>
        <translation>auth_method ist %1, aber es gibt keine authorization_reference; wenn der eMSP eine vergeben hat, SHALL sie hierher kopiert werden</translation>
    </message>
    <message>
        <source>auth_method is WHITELIST (no request to the eMSP) and an authorization_reference is present: right when the session began with a reservation or command (auth_method may change during a session), otherwise nothing was authorised by the eMSP to refer to</source>
        <translation>auth_method ist WHITELIST (keine Anfrage an den eMSP) und eine authorization_reference ist vorhanden: richtig, wenn die Session mit einer Reservierung oder einem Befehl begann (auth_method kann sich während einer Session ändern), andernfalls hat der eMSP nichts autorisiert, worauf sie verweisen könnte</translation>
    </message>
    <message>
        <source>&apos;#NA&apos; is allowed here only for a reservation that has no EVSE or connector yet; this session is %1</source>
        <translation>&apos;#NA&apos; ist hier nur für eine Reservierung erlaubt, die noch keine EVSE oder keinen Connector hat; diese Session ist %1</translation>
    </message>
    <message>
        <source>&apos;#NA&apos; is meant for data that cannot be known; this field identifies the session</source>
        <translation>&apos;#NA&apos; ist für Daten gedacht, die nicht bekannt sein können; dieses Feld identifiziert die Session</translation>
    </message>
    <message>
        <source>the text is not UTF-8 at line %1, column %2 (%3); JSON must be UTF-8, and bytes like this usually mean ISO-8859-1 or Windows-1252 text</source>
        <translation>der Text ist nicht UTF-8 in Zeile %1, Spalte %2 (%3); JSON muss UTF-8 sein, und solche Bytes deuten meist auf Text in ISO-8859-1 oder Windows-1252 hin</translation>
    </message>
    <message>
        <source>the record is nested deeper than %1 levels</source>
        <translation>der Datensatz ist tiefer als %1 Ebenen verschachtelt</translation>
    </message>
    <message>
        <source>the record holds a number that cannot be represented (too large or malformed)</source>
        <translation>der Datensatz enthält eine Zahl, die nicht dargestellt werden kann (zu groß oder fehlerhaft)</translation>
    </message>
    <message>
        <source>the record is too large to parse (%1 bytes)</source>
        <translation>der Datensatz ist zu groß zum Parsen (%1 Bytes)</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>the record is %1, not a Session object</source>
        <translation>der Datensatz ist %1, kein Session-Objekt</translation>
    </message>
</context>
<context>
    <name>Ocpi::Sim::Faults</name>
    <message>
        <source>unknown fault &apos;%1&apos;: use a comma-separated list of %2</source>
        <translation>unbekannter Fehler &apos;%1&apos;: verwenden Sie eine kommagetrennte Liste aus %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::Sim::Simulator</name>
    <message>
        <source>refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), so that no other computer can reach it</source>
        <translation>Lauschen auf %1 abgelehnt: der Simulator lauscht nur auf Loopback (127.0.0.1 oder ::1), damit kein anderer Rechner ihn erreichen kann</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>einer unbekannten Adresse</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>auf %1 kann nicht gelauscht werden: %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::Store::SessionCache</name>
    <message>
        <source>cannot create the folder %1 for the cache</source>
        <translation>der Ordner %1 für den Cache kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot read the cache %1: %2</source>
        <translation>der Cache %1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>es ist keine SQLite-Datenbank</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>der Cache %1 kann nicht geöffnet werden: %2</translation>
    </message>
    <message>
        <source>it cannot be read as SQLite (%1)</source>
        <translation>es kann nicht als SQLite gelesen werden (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (application_id %1)</source>
        <translation>es ist eine SQLite-Datenbank eines anderen Programms (application_id %1)</translation>
    </message>
    <message>
        <source>the cache %1 was written by a newer version of OCPI Session Monitor (schema %2; this one reads up to %3): it is left as it is; use a newer version or another --db file</source>
        <translation>der Cache %1 wurde von einer neueren Version von OCPI Session Monitor geschrieben (Schema %2; diese liest bis %3): er bleibt unverändert; verwenden Sie eine neuere Version oder eine andere --db-Datei</translation>
    </message>
    <message>
        <source>cannot create the cache %1: %2</source>
        <translation>der Cache %1 kann nicht angelegt werden: %2</translation>
    </message>
    <message>
        <source>cannot bring the cache %1 from schema %2 to %3: %4</source>
        <translation>der Cache %1 kann nicht von Schema %2 auf %3 gebracht werden: %4</translation>
    </message>
    <message>
        <source>the cache %1 is damaged or not ours (%2) and cannot be set aside: %3</source>
        <translation>der Cache %1 ist beschädigt oder nicht unserer (%2) und kann nicht beiseitegelegt werden: %3</translation>
    </message>
    <message>
        <source>the cache %1 is damaged or not ours (%2); it was renamed to %3 and a new cache is started</source>
        <translation>der Cache %1 ist beschädigt oder nicht unserer (%2); er wurde in %3 umbenannt und ein neuer Cache wird begonnen</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>der Cache ist nicht geöffnet</translation>
    </message>
    <message>
        <source>could not store the poll in the cache %1: %2 (nothing of this poll was kept)</source>
        <translation>der Abruf konnte nicht im Cache %1 gespeichert werden: %2 (von diesem Abruf wurde nichts behalten)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>cannot clear the cache %1: %2</source>
        <translation>der Cache %1 kann nicht geleert werden: %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::ValidationReportWriter</name>
    <message>
        <source>%1:
</source>
        <translation>%1:
</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>keine id</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): valid
</source>
        <translation>  Session %1 (%2, Zeile %3): gültig
</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): valid, %4 warning(s), %5 note(s)
</source>
        <translation>  Session %1 (%2, Zeile %3): gültig, %4 Warnung(en), %5 Hinweis(e)
</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): INVALID, %4 error(s), %5 warning(s)
</source>
        <translation>  Session %1 (%2, Zeile %3): UNGÜLTIG, %4 Fehler, %5 Warnung(en)
</translation>
    </message>
    <message>
        <source>  file error %1: %2
</source>
        <translation>  Dateifehler %1: %2
</translation>
    </message>
    <message numerus="yes">
        <source>  %n session(s) read as %1, %2 bytes
</source>
        <translation>
            <numerusform>  %n Session als %1 gelesen, %2 Bytes
</numerusform>
            <numerusform>  %n Sessions als %1 gelesen, %2 Bytes
</numerusform>
        </translation>
    </message>
    <message>
        <source>summary: %1 file(s), %2 session(s), %3 valid, %4 invalid, %5 error(s), %6 warning(s), %7 unreadable file(s)
</source>
        <translation>Zusammenfassung: %1 Datei(en), %2 Session(s), %3 gültig, %4 ungültig, %5 Fehler, %6 Warnung(en), %7 unlesbare Datei(en)
</translation>
    </message>
</context>
<context>
    <name>Profiles::EndpointProfile</name>
    <message>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>Die URL ist leer.</translation>
    </message>
    <message>
        <source>The URL is not valid: %1.</source>
        <translation>Die URL ist ungültig: %1.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// for a test endpoint); &quot;%1&quot; is not supported.</source>
        <translation>Die URL muss mit https:// beginnen (oder http:// für einen Test-Endpunkt); &quot;%1&quot; wird nicht unterstützt.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>Die URL hat keinen Host.</translation>
    </message>
    <message>
        <source>http:// to %1 would send the token unencrypted: use https://, or confirm plain http:// for this test endpoint.</source>
        <translation>http:// zu %1 würde das Token unverschlüsselt senden: verwenden Sie https:// oder bestätigen Sie einfaches http:// für diesen Test-Endpunkt.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password; the token is kept apart.</source>
        <translation>Die URL darf keinen Benutzernamen und kein Passwort enthalten; das Token wird getrennt aufbewahrt.</translation>
    </message>
    <message>
        <source>The party&apos;s country code must be two capital letters (ISO 3166-1 alpha-2), such as NL.</source>
        <translation>Der Ländercode der Partei muss aus zwei Großbuchstaben bestehen (ISO 3166-1 alpha-2), z. B. NL.</translation>
    </message>
    <message>
        <source>The party id must be three capital letters or digits, such as TNM.</source>
        <translation>Die Party-ID muss aus drei Großbuchstaben oder Ziffern bestehen, z. B. TNM.</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 and %2 seconds.</source>
        <translation>Das Abrufintervall muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds.</source>
        <translation>Das Verbindungs-Timeout muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The read timeout must be between %1 and %2 seconds.</source>
        <translation>Das Lese-Timeout muss zwischen %1 und %2 Sekunden liegen.</translation>
    </message>
    <message>
        <source>The read timeout must not be shorter than the connect timeout.</source>
        <translation>Das Lese-Timeout darf nicht kürzer als das Verbindungs-Timeout sein.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Die Zertifikatsdatei %1 kann nicht gelesen werden.</translation>
    </message>
    <message>
        <source>A certificate file only applies to https:// URLs.</source>
        <translation>Eine Zertifikatsdatei gilt nur für https://-URLs.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM or DER certificate.</source>
        <translation>Die Zertifikatsdatei %1 enthält kein PEM- oder DER-Zertifikat.</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileJson</name>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>Die Datei ist kein JSON: %1 bei Byte %2.</translation>
    </message>
    <message>
        <source>The file holds no list of profiles (a &quot;profiles&quot; array).</source>
        <translation>Die Datei enthält keine Liste von Profilen (ein &quot;profiles&quot;-Array).</translation>
    </message>
    <message>
        <source>Entry %1 is not an object and was skipped.</source>
        <translation>Eintrag %1 ist kein Objekt und wurde übersprungen.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Eintrag %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has a &quot;%2&quot; member: it was ignored. Tokens are never imported from files; enter the token in the profile.</source>
        <translation>%1 hat ein Member &quot;%2&quot;: es wurde ignoriert. Tokens werden nie aus Dateien importiert; geben Sie das Token im Profil ein.</translation>
    </message>
    <message>
        <source>%1 has no name and was skipped.</source>
        <translation>%1 hat keinen Namen und wurde übersprungen.</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Dieses Profil gibt es nicht.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated profile; %1 is the original&apos;s name.</extracomment>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Das Profil hat keinen Namen.</translation>
    </message>
</context>
<context>
    <name>Profiles::TokenVault</name>
    <message>
        <source>the system keychain is switched off</source>
        <translation>der System-Schlüsselbund ist ausgeschaltet</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Im System-Schlüsselbund gespeichert</translation>
    </message>
    <message>
        <source>No keychain available: the token is kept for this session only</source>
        <translation>Kein Schlüsselbund verfügbar: das Token wird nur bis zum Beenden des Programms aufbewahrt</translation>
    </message>
    <message>
        <source>No keychain available (%1): the token is kept for this session only</source>
        <translation>Kein Schlüsselbund verfügbar (%1): das Token wird nur bis zum Beenden des Programms aufbewahrt</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Suche nach dem System-Schlüsselbund…</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>Fehler %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>der Ordner %1 kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>no token is stored for this profile</source>
        <translation>für dieses Profil ist kein Token gespeichert</translation>
    </message>
</context>
<context>
    <name>SessionFieldsModel</name>
    <message>
        <source>Identity</source>
        <translation>Identität</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Wo</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wann</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Sonstiges</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n Befund</numerusform>
            <numerusform>%n Befunde</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Ländercode</translation>
    </message>
    <message>
        <source>Party id</source>
        <translation>Party-ID</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Session-ID</translation>
    </message>
    <message>
        <source>Location id</source>
        <translation>Location-ID</translation>
    </message>
    <message>
        <source>EVSE uid</source>
        <translation>EVSE-uid</translation>
    </message>
    <message>
        <source>Connector id</source>
        <translation>Connector-ID</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Beginn</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Ende</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Zuletzt aktualisiert</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Charging periods</source>
        <translation>Ladeperioden</translation>
    </message>
    <message>
        <source>Current power (kW)</source>
        <extracomment>kW of the last charging period</extracomment>
        <translation>Aktuelle Leistung (kW)</translation>
    </message>
    <message>
        <source>Meter id</source>
        <translation>Zähler-ID</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <source>Total cost excl. VAT</source>
        <translation>Gesamtkosten ohne MwSt.</translation>
    </message>
    <message>
        <source>Total cost incl. VAT</source>
        <translation>Gesamtkosten inkl. MwSt.</translation>
    </message>
    <message>
        <source>Token uid</source>
        <translation>Token-uid</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Token-Typ</translation>
    </message>
    <message>
        <source>Contract id</source>
        <translation>Vertrags-ID</translation>
    </message>
    <message>
        <source>Token country code</source>
        <translation>Token-Ländercode</translation>
    </message>
    <message>
        <source>Token party id</source>
        <translation>Token-Party-ID</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authentifizierungsmethode</translation>
    </message>
    <message>
        <source>Authorization reference</source>
        <translation>Autorisierungsreferenz</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Ganzer Datensatz</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n weiterer)</numerusform>
            <numerusform>(+%n weitere)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Active</source>
        <comment>session status</comment>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>session status</comment>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>session status</comment>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>session status</comment>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Reservation</source>
        <comment>session status</comment>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>session status: absent or not an OCPI value</comment>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <comment>status of a session its source no longer lists</comment>
        <translation>%1 (nicht gelistet)</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>validity of a session without errors or warnings</comment>
        <translation>gültig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer lists this session; it is kept as last seen.</source>
        <translation>%1 listet diese Session nicht mehr; sie wird im zuletzt gesehenen Zustand behalten.</translation>
    </message>
    <message>
        <source>Location %1, EVSE %2, connector %3</source>
        <translation>Location %1, EVSE %2, Connector %3</translation>
    </message>
    <message>
        <source>From start to end</source>
        <translation>Vom Beginn bis zum Ende</translation>
    </message>
    <message>
        <source>From start to the last update: the session has not ended</source>
        <translation>Vom Beginn bis zur letzten Aktualisierung: die Session ist noch nicht beendet</translation>
    </message>
    <message>
        <source>POWER of the last charging period</source>
        <translation>POWER der letzten Ladeperiode</translation>
    </message>
    <message>
        <source>MAX_POWER of the last charging period (no POWER given)</source>
        <translation>MAX_POWER der letzten Ladeperiode (kein POWER angegeben)</translation>
    </message>
    <message>
        <source>ENERGY of the last charging period over its duration (no POWER or MAX_POWER given)</source>
        <translation>ENERGY der letzten Ladeperiode über ihre Dauer (kein POWER oder MAX_POWER angegeben)</translation>
    </message>
    <message>
        <source>%1 excl. VAT, %2 incl. VAT</source>
        <translation>%1 ohne MwSt., %2 inkl. MwSt.</translation>
    </message>
    <message>
        <source>%1 excl. VAT</source>
        <translation>%1 ohne MwSt.</translation>
    </message>
    <message>
        <source>Authorized by %1</source>
        <translation>Autorisiert durch %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>und %n weiterer</numerusform>
            <numerusform>und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>column header: the session id</comment>
        <translation>Session</translation>
    </message>
    <message>
        <source>Location / EVSE / connector</source>
        <translation>Location / EVSE / Connector</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Beginn (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Ende (%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Leistung (kW)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Authorization</source>
        <comment>column header: token type and masked uid</comment>
        <translation>Autorisierung</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Gültigkeit</translation>
    </message>
    <message>
        <source>Last updated (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Zuletzt aktualisiert (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>column header: where the session came from</comment>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Hours and minutes from start to end, or to the last update while the session runs</source>
        <translation>Stunden und Minuten vom Beginn bis zum Ende oder, solange die Session läuft, bis zur letzten Aktualisierung</translation>
    </message>
    <message>
        <source>Power of the last charging period: POWER, else MAX_POWER, else its ENERGY over its duration</source>
        <translation>Leistung der letzten Ladeperiode: POWER, sonst MAX_POWER, sonst ihre ENERGY über ihre Dauer</translation>
    </message>
    <message>
        <source>Total cost including VAT when the CPO gives it, else excluding VAT</source>
        <translation>Gesamtkosten inklusive MwSt., wenn der CPO sie angibt, sonst ohne MwSt.</translation>
    </message>
    <message>
        <source>Token type and uid, the uid masked</source>
        <translation>Token-Typ und uid, die uid maskiert</translation>
    </message>
    <message>
        <source>Errors and warnings found checking the session against OCPI 2.2.1</source>
        <translation>Fehler und Warnungen aus der Prüfung der Session gegen OCPI 2.2.1</translation>
    </message>
    <message>
        <source>%1 (cached)</source>
        <comment>status of a session read from the offline cache, not yet seen again</comment>
        <translation>%1 (Cache)</translation>
    </message>
    <message>
        <source>From the offline cache: last seen %1 from %2. No poll has brought it again since the start.</source>
        <translation>Aus dem Offline-Cache: zuletzt gesehen %1 von %2. Seit dem Start hat kein Abruf sie erneut geliefert.</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>sessions</source>
        <translation>Sessions</translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message numerus="yes">
        <source>(%n byte(s) received, none kept)</source>
        <translation>
            <numerusform>(%n Byte empfangen, keines behalten)</numerusform>
            <numerusform>(%n Bytes empfangen, keines behalten)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(kein Body)</translation>
    </message>
    <message>
        <source>… (the first %1 of %2 bytes are kept)</source>
        <translation>… (die ersten %1 von %2 Bytes wurden behalten)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · %4 bytes</source>
        <translation>HTTP %1 %2 · %3 ms · %4 Bytes</translation>
    </message>
    <message>
        <source>No HTTP answer · %1 ms</source>
        <translation>Keine HTTP-Antwort · %1 ms</translation>
    </message>
    <message>
        <source>OCPI status_code %1</source>
        <translation>OCPI status_code %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fehler: %1</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (kept %2)</source>
        <extracomment>Bytes received, and how many of them are kept</extracomment>
        <translation>%1 (%2 behalten)</translation>
    </message>
    <message>
        <source>X-Request-ID %1
X-Correlation-ID %2</source>
        <translation>X-Request-ID %1
X-Correlation-ID %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Zeit</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>OCPI status</source>
        <extracomment>The status_code of the OCPI response envelope</extracomment>
        <translation>OCPI-Status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Dauer</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Bytes</translation>
    </message>
    <message>
        <source>X-Request-ID</source>
        <translation>X-Request-ID</translation>
    </message>
</context>
<context>
    <name>Views::AlertNotifier</name>
    <message numerus="yes">
        <source>%Ln new alert(s)</source>
        <translation>
            <numerusform>%Ln neuer Alarm</numerusform>
            <numerusform>%Ln neue Alarme</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…und %Ln weiterer</numerusform>
            <numerusform>…und %Ln weitere</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCPI Session Monitor: %Ln alert(s) not acknowledged</source>
        <translation>
            <numerusform>OCPI Session Monitor: %Ln Alarm nicht quittiert</numerusform>
            <numerusform>OCPI Session Monitor: %Ln Alarme nicht quittiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::AlertSettingsDialog</name>
    <message>
        <source>Alert Settings</source>
        <translation>Alarmeinstellungen</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Alarmeinstellungen</translation>
    </message>
    <message>
        <source>Session &amp;ACTIVE for longer than</source>
        <translation>Session &amp;ACTIVE länger als</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>ACTIVE session with &amp;no update for</source>
        <translation>ACTIVE-Session &amp;ohne Aktualisierung seit</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Session turned &amp;INVALID</source>
        <translation>Session wurde &amp;INVALID</translation>
    </message>
    <message>
        <source>Session with validation &amp;errors</source>
        <translation>Session mit Validierungs&amp;fehlern</translation>
    </message>
    <message>
        <source>Endpoint &amp;failing polls in a row</source>
        <translation>Endpunkt mit fehlgeschlagenen A&amp;brufen in Folge</translation>
    </message>
    <message>
        <source> polls</source>
        <translation> Abrufe</translation>
    </message>
    <message>
        <source>Endpoint with no &amp;successful poll for</source>
        <translation>Endpunkt ohne &amp;erfolgreichen Abruf seit</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <comment>alert rule</comment>
        <translation>Schwellenwert: %1</translation>
    </message>
    <message>
        <source>Alerts are raised once when a rule starts to hold and listed until it no longer does.</source>
        <translation>Alarme werden einmal ausgelöst, wenn eine Regel zu greifen beginnt, und gelistet, bis sie nicht mehr greift.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialogschaltflächen</translation>
    </message>
</context>
<context>
    <name>Views::ChartWidget</name>
    <message>
        <source>No data</source>
        <translation>Keine Daten</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Diagramm</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>axis title: quantity (unit), e.g. &quot;Energy (kWh)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 points from %3 to %4, lowest %5 %7, highest %6 %7</source>
        <extracomment>accessible summary of one chart line: %1 name, %2 number of points, %3 and %4 times, %5 lowest and %6 highest value, %7 unit</extracomment>
        <translation>%1: %2 Punkte von %3 bis %4, niedrigster Wert %5 %7, höchster Wert %6 %7</translation>
    </message>
</context>
<context>
    <name>Views::FleetChartsView</name>
    <message>
        <source>Fleet charts</source>
        <translation>Flottendiagramme</translation>
    </message>
    <message>
        <source>No energy delivered yet</source>
        <translation>Noch keine Energie abgegeben</translation>
    </message>
    <message>
        <source>Sessions by status</source>
        <translation>Sessions nach Status</translation>
    </message>
    <message>
        <source>No status recorded yet</source>
        <translation>Noch kein Status erfasst</translation>
    </message>
    <message numerus="yes">
        <source>Energy delivered per hour (last %n h)</source>
        <extracomment>chart title; %n: hours shown, e.g. &quot;Energy delivered per hour (last 48 h)&quot;</extracomment>
        <translation>
            <numerusform>Abgegebene Energie pro Stunde (letzte %n h)</numerusform>
            <numerusform>Abgegebene Energie pro Stunde (letzte %n h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::LiveSessionsView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>S&amp;palten</translation>
    </message>
    <message>
        <source>Poll &amp;now</source>
        <translation>&amp;Jetzt abrufen</translation>
    </message>
    <message>
        <source>Filter by id, location, EVSE or token (Ctrl+F)</source>
        <translation>Nach id, Location, EVSE oder Token filtern (Ctrl+F)</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Session-Filter</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;lter:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show sessions of one status only</source>
        <translation>Nur Sessions eines Status anzeigen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle Status</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Aktiv</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>Ausstehend</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ungültig</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservierung</translation>
    </message>
    <message>
        <source>Validity filter</source>
        <translation>Gültigkeitsfilter</translation>
    </message>
    <message>
        <source>Show sessions by what checking them against OCPI 2.2.1 found</source>
        <translation>Sessions danach anzeigen, was die Prüfung gegen OCPI 2.2.1 ergeben hat</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Beliebige Gültigkeit</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Nur Warnungen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Gültig</translation>
    </message>
    <message>
        <source>Start time filter</source>
        <translation>Startzeitfilter</translation>
    </message>
    <message>
        <source>Show sessions that started within this time before now</source>
        <translation>Sessions anzeigen, die innerhalb dieser Zeitspanne vor jetzt begonnen haben</translation>
    </message>
    <message>
        <source>Any start</source>
        <translation>Beliebiger Beginn</translation>
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation>In der letzten Stunde begonnen</translation>
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation>In den letzten 24 Stunden begonnen</translation>
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation>In den letzten 7 Tagen begonnen</translation>
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation>In den letzten 30 Tagen begonnen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Quellenfilter</translation>
    </message>
    <message>
        <source>Show the sessions of one endpoint or file</source>
        <translation>Die Sessions eines Endpunkts oder einer Datei anzeigen</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Jetzt abrufen</translation>
    </message>
    <message>
        <source>Ask the endpoint for changes now (F5)</source>
        <translation>Den Endpunkt jetzt nach Änderungen fragen (F5)</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Live-Sessions</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle Quellen</translation>
    </message>
</context>
<context>
    <name>Views::OverviewView</name>
    <message>
        <source>%1: %2</source>
        <comment>tile: caption, value</comment>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>Q&amp;uittieren</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge all</source>
        <translation>Alle quittiere&amp;n</translation>
    </message>
    <message>
        <source>Alert settin&amp;gs…</source>
        <translation>Alar&amp;meinstellungen…</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Aktive Sessions</translation>
    </message>
    <message>
        <source>Sessions with status ACTIVE</source>
        <translation>Sessions mit Status ACTIVE</translation>
    </message>
    <message>
        <source>Pending sessions</source>
        <translation>Ausstehende Sessions</translation>
    </message>
    <message>
        <source>Sessions with status PENDING</source>
        <translation>Sessions mit Status PENDING</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>Abgeschlossene Sessions</translation>
    </message>
    <message>
        <source>Sessions with status COMPLETED</source>
        <translation>Sessions mit Status COMPLETED</translation>
    </message>
    <message>
        <source>Invalid sessions</source>
        <translation>Ungültige Sessions</translation>
    </message>
    <message>
        <source>Sessions with status INVALID</source>
        <translation>Sessions mit Status INVALID</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reservierungen</translation>
    </message>
    <message>
        <source>Sessions with status RESERVATION</source>
        <translation>Sessions mit Status RESERVATION</translation>
    </message>
    <message>
        <source>Total power now</source>
        <translation>Gesamtleistung jetzt</translation>
    </message>
    <message>
        <source>Power of the ACTIVE sessions still listed, in kW</source>
        <translation>Leistung der noch gelisteten ACTIVE-Sessions, in kW</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energie heute</translation>
    </message>
    <message>
        <source>kWh of the sessions started today</source>
        <translation>kWh der heute begonnenen Sessions</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Mit Fehlern</translation>
    </message>
    <message>
        <source>Sessions with validation errors</source>
        <translation>Sessions mit Validierungsfehlern</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Nicht gelistet</translation>
    </message>
    <message>
        <source>Sessions their source no longer lists (stale)</source>
        <translation>Sessions, die ihre Quelle nicht mehr listet (veraltet)</translation>
    </message>
    <message>
        <source>DEMO DATA: sessions from the built-in simulator, not a real operator</source>
        <translation>DEMODATEN: Sessions aus dem eingebauten Simulator, kein echter Betreiber</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demodaten</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Letzter Abruf</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Nächster Abruf</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Fehlgeschlagene Abrufe</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbindung</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Aktive Alarme</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Quittieren</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts</source>
        <translation>Die ausgewählten Alarme quittieren</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen (Space in the list); they stay listed until resolved</source>
        <translation>Die ausgewählten Alarme als gesehen markieren (Space in der Liste); sie bleiben gelistet, bis sie behoben sind</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Alle Alarme quittieren</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Alarmeinstellungen</translation>
    </message>
    <message>
        <source>Thresholds of the alert rules</source>
        <translation>Schwellenwerte der Alarmregeln</translation>
    </message>
    <message>
        <source>%1 kW</source>
        <translation>%1 kW</translation>
    </message>
    <message>
        <source>%1 kWh</source>
        <translation>%1 kWh</translation>
    </message>
    <message>
        <source>No live source</source>
        <translation>Keine Live-Quelle</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpunkt: %1</translation>
    </message>
    <message>
        <source>No poll has finished yet</source>
        <translation>Noch kein Abruf abgeschlossen</translation>
    </message>
    <message>
        <source>Last poll at %1: OK · %2</source>
        <translation>Letzter Abruf um %1: OK · %2</translation>
    </message>
    <message>
        <source>Last poll FAILED at %1: %2</source>
        <translation>Letzter Abruf FEHLGESCHLAGEN um %1: %2</translation>
    </message>
    <message>
        <source>Polling now…</source>
        <translation>Abruf läuft…</translation>
    </message>
    <message numerus="yes">
        <source>Next poll in %Ln s (at %1)</source>
        <translation>
            <numerusform>Nächster Abruf in %Ln s (um %1)</numerusform>
            <numerusform>Nächster Abruf in %Ln s (um %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next poll due now</source>
        <translation>Nächster Abruf jetzt fällig</translation>
    </message>
    <message>
        <source>No poll scheduled</source>
        <translation>Kein Abruf geplant</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln Abruf in Folge fehlgeschlagen: %1</numerusform>
            <numerusform>%Ln Abrufe in Folge fehlgeschlagen: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts: none</source>
        <translation>Ala&amp;rme: keine</translation>
    </message>
    <message numerus="yes">
        <source>Ale&amp;rts: %Ln listed, %1 not acknowledged</source>
        <translation>
            <numerusform>Ala&amp;rme: %Ln gelistet, %1 nicht quittiert</numerusform>
            <numerusform>Ala&amp;rme: %Ln gelistet, %1 nicht quittiert</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::ProfilesDialog</name>
    <message>
        <source> s</source>
        <extracomment>The unit after a number of seconds in a spin box.</extracomment>
        <translation> s</translation>
    </message>
    <message>
        <source>Endpoint profiles</source>
        <translation>Endpunktprofile</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profile</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Hinzufügen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ein Profil hinzufügen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Das ausgewählte Profil duplizieren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Löschen</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Das ausgewählte Profil löschen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importieren…</translation>
    </message>
    <message>
        <source>Import profiles from a JSON file</source>
        <translation>Profile aus einer JSON-Datei importieren</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <source>Export the profiles to a JSON file, without tokens</source>
        <translation>Die Profile in eine JSON-Datei exportieren, ohne Tokens</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profilname</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpunkt-URL</translation>
    </message>
    <message>
        <source>https://cpo.example/ocpi/versions</source>
        <translation>https://cpo.example/ocpi/versions</translation>
    </message>
    <message>
        <source>What the URL points at</source>
        <translation>Worauf die URL verweist</translation>
    </message>
    <message>
        <source>Detect from the answer</source>
        <translation>Aus der Antwort erkennen</translation>
    </message>
    <message>
        <source>Versions endpoint</source>
        <translation>Versions-Endpunkt</translation>
    </message>
    <message>
        <source>Version details endpoint</source>
        <translation>Versionsdetails-Endpunkt</translation>
    </message>
    <message>
        <source>Sessions endpoint</source>
        <translation>Sessions-Endpunkt</translation>
    </message>
    <message>
        <source>Party country code</source>
        <translation>Ländercode der Partei</translation>
    </message>
    <message>
        <source>NL</source>
        <extracomment>Placeholder of the party&apos;s country code field.</extracomment>
        <translation>NL</translation>
    </message>
    <message>
        <source>Party id</source>
        <translation>Party-ID</translation>
    </message>
    <message>
        <source>TNM</source>
        <extracomment>Placeholder of the party id field.</extracomment>
        <translation>TNM</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Abrufintervall in Sekunden</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Verbindungs-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Lese-Timeout in Sekunden</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>Vertrauenswürdige Zertifikatsdatei</translation>
    </message>
    <message>
        <source>Only for a test endpoint with its own CA</source>
        <translation>Nur für einen Test-Endpunkt mit eigener CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Du&amp;rchsuchen…</translation>
    </message>
    <message>
        <source>Choose the trusted certificate file</source>
        <translation>Die vertrauenswürdige Zertifikatsdatei auswählen</translation>
    </message>
    <message>
        <source>Allow plain http:// to this host (the token travels unencrypted)</source>
        <translation>Einfaches http:// zu diesem Host erlauben (das Token wird unverschlüsselt übertragen)</translation>
    </message>
    <message>
        <source>Allow plain http to a host that is not this computer</source>
        <translation>Einfaches http zu einem Host erlauben, der nicht dieser Computer ist</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Type a token to set or replace it</source>
        <translation>Geben Sie ein Token ein, um es zu setzen oder zu ersetzen</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Wo das Token aufbewahrt wird</translation>
    </message>
    <message>
        <source>Store the token in a plain-text file instead</source>
        <translation>Das Token stattdessen in einer Klartextdatei speichern</translation>
    </message>
    <message>
        <source>Store the token in a plain-text file</source>
        <translation>Das Token in einer Klartextdatei speichern</translation>
    </message>
    <message>
        <source>Warning: anyone who can read your files can read the token in that file. Choose this only if you cannot enter the token in every session.</source>
        <translation>Warnung: Wer Ihre Dateien lesen kann, kann das Token in dieser Datei lesen. Wählen Sie dies nur, wenn Sie das Token nicht bei jedem Programmstart eingeben können.</translation>
    </message>
    <message>
        <source>Plain-text warning</source>
        <translation>Klartext-Warnung</translation>
    </message>
    <message>
        <source>Problems of the profile</source>
        <translation>Probleme des Profils</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>URL &amp;points at:</source>
        <translation>URL ver&amp;weist auf:</translation>
    </message>
    <message>
        <source>&amp;Party (country, id):</source>
        <translation>&amp;Partei (Land, ID):</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>A&amp;brufintervall:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindungs-Timeout:</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>Les&amp;e-Timeout:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrauenswürdiges &amp;Zertifikat:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Token:</translation>
    </message>
    <message>
        <source>Save the profiles</source>
        <translation>Die Profile speichern</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Die Änderungen verwerfen</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>The name of a new endpoint profile.</extracomment>
        <translation>Neues Profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Ein anderes Profil heißt bereits &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has problems too.</source>
        <translation>Profil &quot;%1&quot; hat ebenfalls Probleme.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Zertifikate (*.pem *.crt *.cer *.der);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>%1 kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profile importieren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profile exportieren</translation>
    </message>
    <message>
        <source>profiles.json</source>
        <translation>profiles.json</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Beobachtun&amp;g beenden</translation>
    </message>
    <message>
        <source>Stop watching the selected profile&apos;s endpoint</source>
        <translation>Die Beobachtung des Endpunkts des ausgewählten Profils beenden</translation>
    </message>
    <message>
        <source>Stop polling this endpoint now; its sessions stay in the table</source>
        <translation>Den Abruf dieses Endpunkts jetzt beenden; seine Sessions bleiben in der Tabelle</translation>
    </message>
    <message>
        <source>Save the profiles and watch the selected one, beside those watched already</source>
        <translation>Die Profile speichern und das ausgewählte beobachten, zusätzlich zu den bereits beobachteten</translation>
    </message>
    <message>
        <source>Watched now</source>
        <translation>Wird gerade beobachtet</translation>
    </message>
</context>
<context>
    <name>Views::SessionChartsView</name>
    <message>
        <source>Session charts</source>
        <translation>Session-Diagramme</translation>
    </message>
    <message>
        <source>Charging of the selected session</source>
        <extracomment>chart title; %1 is the session&apos;s key, e.g. NL*STK*S1</extracomment>
        <translation>Ladeverlauf der ausgewählten Session</translation>
    </message>
    <message>
        <source>Charging of %1</source>
        <translation>Ladeverlauf von %1</translation>
    </message>
    <message>
        <source>No charging periods</source>
        <translation>Keine Ladeperioden</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Keine Session ausgewählt</translation>
    </message>
</context>
<context>
    <name>Views::SessionDetailsView</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Als &amp;JSON kopieren</translation>
    </message>
    <message>
        <source>Copy &amp;Finding</source>
        <translation>&amp;Befund kopieren</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Ausgewählte Session</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Befunde</translation>
    </message>
    <message>
        <source>Problems found in the session; selecting one shows its field and its place in the JSON</source>
        <translation>In der Session gefundene Probleme; die Auswahl eines Befunds zeigt sein Feld und seine Stelle im JSON</translation>
    </message>
    <message>
        <source>Session fields</source>
        <translation>Session-Felder</translation>
    </message>
    <message>
        <source>The session&apos;s fields by topic, each with its findings</source>
        <translation>Die Felder der Session nach Themen, jeweils mit ihren Befunden</translation>
    </message>
    <message>
        <source>Record JSON</source>
        <translation>Datensatz-JSON</translation>
    </message>
    <message>
        <source>The record&apos;s JSON text, pretty-printed, with the findings&apos; places marked</source>
        <translation>Der JSON-Text des Datensatzes, formatiert, mit markierten Stellen der Befunde</translation>
    </message>
    <message>
        <source>JSON status</source>
        <translation>JSON-Status</translation>
    </message>
    <message>
        <source>Charging periods</source>
        <translation>Ladeperioden</translation>
    </message>
    <message>
        <source>One row per charging period; overlaps and gaps are named in the Timing column</source>
        <translation>Eine Zeile pro Ladeperiode; Überlappungen und Lücken werden in der Spalte Zeitlage genannt</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Record JSON and charging periods</source>
        <translation>Datensatz-JSON und Ladeperioden</translation>
    </message>
    <message>
        <source>Findings and fields</source>
        <translation>Befunde und Felder</translation>
    </message>
    <message>
        <source>Fields and JSON</source>
        <translation>Felder und JSON</translation>
    </message>
    <message>
        <source>Copy the record&apos;s JSON, pretty-printed, to the clipboard</source>
        <translation>Das JSON des Datensatzes formatiert in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Copy the selected finding with its rule and spec section</source>
        <translation>Den ausgewählten Befund mit seiner Regel und seinem Spezifikationsabschnitt kopieren</translation>
    </message>
    <message>
        <source>Session %1 from %2</source>
        <extracomment>%1 the session&apos;s key (CC*PPP*ID), %2 where it came from</extracomment>
        <translation>Session %1 aus %2</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(keine id)</translation>
    </message>
    <message>
        <source>The record&apos;s JSON text was not kept, so it cannot be shown or copied.</source>
        <translation>Der JSON-Text des Datensatzes wurde nicht aufbewahrt und kann daher nicht angezeigt oder kopiert werden.</translation>
    </message>
    <message>
        <source>Shown as received: %1</source>
        <translation>Wie empfangen angezeigt: %1</translation>
    </message>
    <message>
        <source>No session selected: select one in the sessions table.</source>
        <translation>Keine Session ausgewählt: wählen Sie eine in der Sessions-Tabelle aus.</translation>
    </message>
</context>
<context>
    <name>Views::SourcesView</name>
    <message>
        <source>Clear so&amp;urce</source>
        <translation>Quelle l&amp;eeren</translation>
    </message>
    <message>
        <source>Show onl&amp;y this source</source>
        <translation>Nur diese Quelle an&amp;zeigen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Quellen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Zustand</translation>
    </message>
    <message>
        <source>Clear source</source>
        <translation>Quelle leeren</translation>
    </message>
    <message>
        <source>Remove this source&apos;s sessions from the table (Delete); a file can be opened again</source>
        <translation>Die Sessions dieser Quelle aus der Tabelle entfernen (Delete); eine Datei kann erneut geöffnet werden</translation>
    </message>
    <message>
        <source>Show only this source</source>
        <translation>Nur diese Quelle anzeigen</translation>
    </message>
    <message>
        <source>Filter the table to this source&apos;s sessions</source>
        <translation>Die Tabelle auf die Sessions dieser Quelle filtern</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Datei</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>FEHLGESCHLAGEN: %1</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Beobachtun&amp;g beenden</translation>
    </message>
    <message>
        <source>Stop watching this endpoint</source>
        <translation>Beobachtung dieses Endpunkts beenden</translation>
    </message>
    <message>
        <source>Stop polling this endpoint; its sessions stay in the table until you clear the source</source>
        <translation>Den Abruf dieses Endpunkts beenden; seine Sessions bleiben in der Tabelle, bis Sie die Quelle leeren</translation>
    </message>
</context>
<context>
    <name>Views::TrafficView</name>
    <message>
        <source>Show &amp;body</source>
        <translation>&amp;Body anzeigen</translation>
    </message>
    <message>
        <source>Cop&amp;y exchange</source>
        <translation>Austausch kop&amp;ieren</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xportieren…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Leeren</translation>
    </message>
    <message>
        <source>Copy exchange</source>
        <translation>Austausch kopieren</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR exportieren…</translation>
    </message>
    <message>
        <source>Clear traffic</source>
        <translation>Datenverkehr leeren</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-Austausche</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Details des Austauschs</translation>
    </message>
    <message>
        <source>Select an exchange to see its headers and body.</source>
        <translation>Wählen Sie einen Austausch aus, um seine Header und seinen Body zu sehen.</translation>
    </message>
    <message>
        <source>Show the response body</source>
        <translation>Den Body der Antwort anzeigen</translation>
    </message>
    <message>
        <source>Show the selected exchange&apos;s response body, pretty-printed when it is JSON</source>
        <translation>Den Body der Antwort des ausgewählten Austauschs anzeigen, formatiert, wenn er JSON ist</translation>
    </message>
    <message>
        <source>Keep last N exchanges</source>
        <translation>Die letzten N Austausche behalten</translation>
    </message>
    <message>
        <source>The oldest exchanges are dropped beyond this number</source>
        <translation>Über diese Anzahl hinaus werden die ältesten Austausche verworfen</translation>
    </message>
    <message>
        <source>&amp;Keep last</source>
        <translation>Nur die le&amp;tzten</translation>
    </message>
    <message>
        <source>exchanges</source>
        <extracomment>&quot;Keep last [500] exchanges&quot;</extracomment>
        <translation>Austausche behalten</translation>
    </message>
    <message>
        <source>Traffic summary</source>
        <translation>Zusammenfassung des Datenverkehrs</translation>
    </message>
    <message>
        <source>Copy the selected exchange (redacted) to the clipboard</source>
        <translation>Den ausgewählten Austausch (geschwärzt) in die Zwischenablage kopieren</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exportieren</translation>
    </message>
    <message>
        <source>Save every exchange held (redacted) as a HAR file for a support case</source>
        <translation>Alle gehaltenen Austausche (geschwärzt) als HAR-Datei für einen Supportfall speichern</translation>
    </message>
    <message>
        <source>Forget the exchanges recorded so far</source>
        <translation>Die bisher aufgezeichneten Austausche verwerfen</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n Austausch</numerusform>
            <numerusform>%n Austausche</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic as HAR</source>
        <translation>Datenverkehr als HAR exportieren</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json)</source>
        <translation>HAR-Dateien (*.har);;JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>%1 konnte nicht geschrieben werden: %2</translation>
    </message>
</context>
</TS>
