<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="nl">
<context>
    <name>AlertModel</name>
    <message>
        <source>Critical</source>
        <comment>alert severity</comment>
        <translation>Kritiek</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>alert severity</comment>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <comment>alert severity</comment>
        <translation>%1 (bevestigd)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Sessie %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Raised (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Gemeld (%1)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Betreft</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Melding</translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE for %Ln hour(s) or more</source>
        <translation>
            <numerusform>%Ln uur of langer ACTIVE</numerusform>
            <numerusform>%Ln uur of langer ACTIVE</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE with no update for %Ln minute(s) or more</source>
        <translation>
            <numerusform>ACTIVE zonder update gedurende %Ln minuut of langer</numerusform>
            <numerusform>ACTIVE zonder update gedurende %Ln minuten of langer</numerusform>
        </translation>
    </message>
    <message>
        <source>Status turned INVALID</source>
        <translation>Status werd INVALID</translation>
    </message>
    <message>
        <source>Has validation errors</source>
        <translation>Heeft validatiefouten</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln poll na elkaar mislukt: %1</numerusform>
            <numerusform>%Ln polls na elkaar mislukt: %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No successful poll for %Ln minute(s) or more</source>
        <translation>
            <numerusform>Geen geslaagde poll gedurende %Ln minuut of langer</numerusform>
            <numerusform>Geen geslaagde poll gedurende %Ln minuten of langer</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::CacheCommand</name>
    <message>
        <source>none</source>
        <translation>geen</translation>
    </message>
    <message>
        <source>Look at the offline cache that `poll --cache` fills: the sessions kept per endpoint and each endpoint&apos;s
watermark (the date_from its next sync asks for). With no action, --list.
The cache is %1 unless --db names another file.</source>
        <translation>De offline cache bekijken die `poll --cache` vult: de per endpoint bewaarde sessies en het watermerk van elk
endpoint (de date_from waarom de volgende synchronisatie vraagt). Zonder actie: --list.
De cache is %1, tenzij --db een ander bestand noemt.</translation>
    </message>
    <message>
        <source>List the endpoints with their session counts.</source>
        <translation>De endpoints met hun aantal sessies weergeven.</translation>
    </message>
    <message>
        <source>Write the cached sessions as NDJSON (one record per line) to FILE; `validate FILE` reads it. &apos;-&apos; writes to standard output.</source>
        <translation>De gecachete sessies als NDJSON (één record per regel) naar BESTAND schrijven; `validate BESTAND` leest dit. &apos;-&apos; schrijft naar standaarduitvoer.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Forget the sessions and watermark of --endpoint, or of every endpoint.</source>
        <translation>De sessies en het watermerk van --endpoint, of van elk endpoint, vergeten.</translation>
    </message>
    <message>
        <source>Only this endpoint (its key as --list shows it, or its URL).</source>
        <translation>Alleen dit endpoint (de sleutel zoals --list die toont, of de URL).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>SLEUTEL</translation>
    </message>
    <message>
        <source>The endpoint of this endpoint profile (File ▸ Endpoint profiles).</source>
        <translation>Het endpoint van dit endpointprofiel (Bestand ▸ Endpointprofielen).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAAM</translation>
    </message>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>Het cachebestand (standaard: %1).</translation>
    </message>
    <message>
        <source>The cache command.</source>
        <translation>De opdracht cache.</translation>
    </message>
    <message>
        <source>see: ocpi-session-monitor cache --help</source>
        <translation>zie: ocpi-session-monitor cache --help</translation>
    </message>
    <message>
        <source>cache: unexpected argument &apos;%1&apos;</source>
        <translation>cache: onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache: give one of --list, --export FILE and --clear</source>
        <translation>cache: geef één van --list, --export BESTAND en --clear op</translation>
    </message>
    <message>
        <source>cache: give --endpoint or --profile, not both</source>
        <translation>cache: geef --endpoint of --profile op, niet beide</translation>
    </message>
    <message>
        <source>cache: there is no endpoint profile named &apos;%1&apos;</source>
        <translation>cache: er is geen endpointprofiel met de naam &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache: %1</source>
        <translation>cache: %1</translation>
    </message>
    <message>
        <source>cache: the old file was damaged or not a cache and was renamed to %1</source>
        <translation>cache: het oude bestand was beschadigd of geen cache en is hernoemd naar %1</translation>
    </message>
    <message numerus="yes">
        <source>cache: %n session(s) exported</source>
        <translation>
            <numerusform>cache: %n sessie geëxporteerd</numerusform>
            <numerusform>cache: %n sessies geëxporteerd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache: gewist, %n sessie verwijderd</numerusform>
            <numerusform>cache: gewist, %n sessies verwijderd</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: %1 cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache: %1 gewist, %n sessie verwijderd</numerusform>
            <numerusform>cache: %1 gewist, %n sessies verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>cache: %1 (schema %2)
</source>
        <translation>cache: %1 (schema %2)
</translation>
    </message>
    <message numerus="yes">
        <source>%1	%n session(s)	watermark %2	last poll %3
</source>
        <translation>
            <numerusform>%1	%n sessie	watermerk %2	laatste poll %3
</numerusform>
            <numerusform>%1	%n sessies	watermerk %2	laatste poll %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>no cached endpoint%1
</source>
        <translation>geen gecachet endpoint%1
</translation>
    </message>
</context>
<context>
    <name>App::LiveSource</name>
    <message>
        <source>the demo CPO could not listen on 127.0.0.1: %1</source>
        <translation>de demo-CPO kon niet luisteren op 127.0.0.1: %1</translation>
    </message>
    <message>
        <source>demo CPO</source>
        <translation>demo-CPO</translation>
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
        <translation>EV-laadsessies volgen die via OCPI worden uitgewisseld en ze controleren aan de hand van OCPI 2.2.1.

Opdrachten:
  validate [--format text|json] BESTAND...   Session-JSON-bestanden controleren (zie validate --help)
  poll --url URL [--once] [--format ndjson|json|csv]   sessies van een OCPI-endpoint lezen
       [--cache [BESTAND]]   ...en ze in de offline cache bewaren en daaruit hervatten
  simulate [--port P] [--sessions N] [--faults LIJST]   de ingebouwde demo-CPO op 127.0.0.1 starten
  cache [--list | --export BESTAND | --clear] [--endpoint SLEUTEL] [--db BESTAND]   de offline cache

Zonder opdracht wordt de grafische monitor geopend; BESTAND-argumenten worden daarin geopend.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>opdracht</translation>
    </message>
    <message>
        <source>validate, poll, simulate, cache, or nothing for the graphical monitor</source>
        <translation>validate, poll, simulate, cache, of niets voor de grafische monitor</translation>
    </message>
    <message>
        <source>With no --url, the built-in demo CPO runs on 127.0.0.1 and is watched.</source>
        <translation>Zonder --url draait de ingebouwde demo-CPO op 127.0.0.1 en wordt die gevolgd.</translation>
    </message>
    <message>
        <source>OCPI versions (or sessions) URL to watch.</source>
        <translation>OCPI-versions-URL (of sessions-URL) om te volgen.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File holding the credentials token (else OCPI_TOKEN).</source>
        <translation>Bestand met het credentials-token (anders OCPI_TOKEN).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Seconden tussen polls (standaard 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>files</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>Session JSON files to open.</source>
        <translation>Session-JSON-bestanden om te openen.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[BESTAND...]</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>kan het tokenbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>The offline cache file (default: %1).</source>
        <translation>Het offline cachebestand (standaard: %1).</translation>
    </message>
    <message>
        <source>Neither show nor keep cached sessions.</source>
        <translation>Gecachete sessies tonen noch bewaren.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer for --url (the token travels unencrypted).</source>
        <translation>Gewoon http:// naar een andere host dan deze computer toestaan voor --url (het token gaat onversleuteld over het net).</translation>
    </message>
    <message>
        <source>the URL must not hold a user name or password; give the token with --token-file or OCPI_TOKEN</source>
        <translation>de URL mag geen gebruikersnaam of wachtwoord bevatten; geef het token met --token-file of OCPI_TOKEN</translation>
    </message>
    <message>
        <source>warning: a core dump of this program could hold the token (%1)</source>
        <translation>waarschuwing: een core dump van dit programma kan het token bevatten (%1)</translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuleren</translation>
    </message>
    <message>
        <source>OCPI Session Monitor</source>
        <translation>OCPI Session Monitor</translation>
    </message>
    <message>
        <source>No credentials token is available for the profile %1.</source>
        <translation>Er is geen credentials-token beschikbaar voor het profiel %1.</translation>
    </message>
    <message>
        <source>The keychain said: %1.</source>
        <translation>De sleutelhanger meldde: %1.</translation>
    </message>
    <message>
        <source>Open File ▸ Endpoint profiles, select the profile and enter its token.</source>
        <translation>Open Bestand ▸ Endpointprofielen, selecteer het profiel en voer het token in.</translation>
    </message>
    <message>
        <source>No token for %1</source>
        <translation>Geen token voor %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profiel %1</translation>
    </message>
    <message>
        <source>Session details, charts and sources</source>
        <translation>Sessiedetails, grafieken en bronnen</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>D&amp;etails</translation>
    </message>
    <message>
        <source>Session &amp;chart</source>
        <translation>Sessie&amp;grafiek</translation>
    </message>
    <message>
        <source>Flee&amp;t</source>
        <translation>V&amp;loot</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>B&amp;ronnen</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>Verbindingsstatus</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Voortgang van het lezen</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Lezen annuleren</translation>
    </message>
    <message>
        <source>Stop reading files (Esc); what was read is kept</source>
        <translation>Stoppen met het lezen van bestanden (Esc); wat gelezen is, blijft behouden</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Tijdzone</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Gereed</translation>
    </message>
    <message>
        <source>Reading %1… %2 of %3</source>
        <translation>%1 lezen… %2 van %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Bestand</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Openen…</translation>
    </message>
    <message>
        <source>Read OCPI Session JSON files into the table</source>
        <translation>OCPI Session-JSON-bestanden in de tabel inlezen</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>&amp;Recent geopend</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>Tabel e&amp;xporteren als CSV…</translation>
    </message>
    <message>
        <source>Export &amp;findings</source>
        <translation>&amp;Bevindingen exporteren</translation>
    </message>
    <message>
        <source>Of the &amp;selected sessions as CSV…</source>
        <translation>Van de ge&amp;selecteerde sessies als CSV…</translation>
    </message>
    <message>
        <source>Of &amp;all sessions as CSV…</source>
        <translation>Van &amp;alle sessies als CSV…</translation>
    </message>
    <message>
        <source>Of the selected sessions as &amp;JSON report…</source>
        <translation>Van de geselecteerde sessies als &amp;JSON-rapport…</translation>
    </message>
    <message>
        <source>Of all sessions as JSON &amp;report…</source>
        <translation>Van alle sessies als JSON-&amp;rapport…</translation>
    </message>
    <message>
        <source>&amp;Clear source</source>
        <translation>Bron &amp;wissen</translation>
    </message>
    <message>
        <source>Endpoint &amp;profiles…</source>
        <translation>Endpoint&amp;profielen…</translation>
    </message>
    <message>
        <source>Add, edit and watch OCPI endpoints; their tokens are kept in the system keychain</source>
        <translation>OCPI-endpoints toevoegen, bewerken en volgen; hun tokens worden in de sleutelhanger van het systeem bewaard</translation>
    </message>
    <message>
        <source>Watch the &amp;demo CPO</source>
        <translation>&amp;Demo-CPO volgen</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>A&amp;fsluiten</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>Be&amp;werken</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Beel&amp;d</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filteren…</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>Tijden in &amp;UTC tonen</translation>
    </message>
    <message>
        <source>Switch between UTC and local time (Ctrl+U)</source>
        <translation>Wisselen tussen UTC en lokale tijd (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessies</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>Nu &amp;pollen</translation>
    </message>
    <message>
        <source>Acknowledge all &amp;alerts</source>
        <translation>Alle &amp;meldingen bevestigen</translation>
    </message>
    <message>
        <source>Alert &amp;settings…</source>
        <translation>Meldings&amp;instellingen…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Help</translation>
    </message>
    <message>
        <source>&amp;About OCPI Session Monitor</source>
        <translation>&amp;Over OCPI Session Monitor</translation>
    </message>
    <message>
        <source>Times: UTC</source>
        <translation>Tijden: UTC</translation>
    </message>
    <message>
        <source>Times: local (%1)</source>
        <translation>Tijden: lokaal (%1)</translation>
    </message>
    <message>
        <source>Times are shown in %1; click or press Ctrl+U to switch</source>
        <translation>Tijden worden weergegeven in %1; klik of druk op Ctrl+U om te wisselen</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>endpoint %1</translation>
    </message>
    <message>
        <source>demo CPO</source>
        <translation>demo-CPO</translation>
    </message>
    <message>
        <source>No live data: %1</source>
        <translation>Geen live gegevens: %1</translation>
    </message>
    <message>
        <source>waiting for the first poll</source>
        <translation>wachten op de eerste poll</translation>
    </message>
    <message>
        <source>DEMO DATA from the built-in CPO at %1 (not a real operator)</source>
        <translation>DEMOGEGEVENS van de ingebouwde CPO op %1 (geen echte operator)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Endpoint %1</translation>
    </message>
    <message>
        <source>polling…</source>
        <translation>pollen…</translation>
    </message>
    <message>
        <source>last poll FAILED at %1: %2</source>
        <translation>laatste poll MISLUKT om %1: %2</translation>
    </message>
    <message>
        <source>last poll %1: %2</source>
        <translation>laatste poll %1: %2</translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>volgende over %n s</numerusform>
            <numerusform>volgende over %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Open OCPI Session JSON</source>
        <translation>OCPI Session-JSON openen</translation>
    </message>
    <message>
        <source>JSON files (*.json *.ndjson *.jsonl *.txt);;All files (*)</source>
        <translation>JSON-bestanden (*.json *.ndjson *.jsonl *.txt);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Some files could not be read completely</source>
        <translation>Sommige bestanden konden niet volledig worden gelezen</translation>
    </message>
    <message>
        <source>%1

The sessions read before each problem are in the table. Check that the file holds OCPI Session JSON (an object, an array, an OCPI response or one session per line), saved as UTF-8, and not cut short.</source>
        <translation>%1

De sessies die vóór elk probleem zijn gelezen, staan in de tabel. Controleer of het bestand OCPI Session-JSON bevat (een object, een array, een OCPI-response of één sessie per regel), is opgeslagen als UTF-8 en niet is afgekapt.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>bestand %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>%1 lezen…</translation>
    </message>
    <message>
        <source>%1 record #%2</source>
        <translation>%1 record #%2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) read</source>
        <translation>
            <numerusform>%n sessie gelezen</numerusform>
            <numerusform>%n sessies gelezen</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read all of %1: %2</source>
        <translation>Kon %1 niet volledig lezen: %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n session(s) read before it)</source>
        <translation>
            <numerusform>%1: %2 (%n sessie daarvoor gelezen)</numerusform>
            <numerusform>%1: %2 (%n sessies daarvoor gelezen)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n session(s)</source>
        <translation>
            <numerusform>geannuleerd na %n sessie</numerusform>
            <numerusform>geannuleerd na %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled reading %1 after %n session(s)</source>
        <translation>
            <numerusform>Lezen van %1 geannuleerd na %n sessie</numerusform>
            <numerusform>Lezen van %1 geannuleerd na %n sessies</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n session(s) from %1</source>
        <translation>
            <numerusform>%n sessie gelezen uit %1</numerusform>
            <numerusform>%n sessies gelezen uit %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>De lijst wissen</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %n session(s) removed</source>
        <translation>
            <numerusform>%1 gewist: %n sessie verwijderd</numerusform>
            <numerusform>%1 gewist: %n sessies verwijderd</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Niets geselecteerd</translation>
    </message>
    <message>
        <source>Select one or more sessions in the table first, or export the findings of all sessions.</source>
        <translation>Selecteer eerst een of meer sessies in de tabel, of exporteer de bevindingen van alle sessies.</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Bevindingen exporteren</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>De tabel exporteren als CSV</translation>
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
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Kan %1 niet schrijven: %2. Kies een andere map.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Is the disk full?</source>
        <translation>Kan %1 niet schrijven: %2. Is de schijf vol?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n sessie geëxporteerd naar %1</numerusform>
            <numerusform>%n sessies geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the findings of %n session(s) to %1</source>
        <translation>
            <numerusform>De bevindingen van %n sessie geëxporteerd naar %1</numerusform>
            <numerusform>De bevindingen van %n sessies geëxporteerd naar %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 is no longer in the table</source>
        <translation>Sessie %1 staat niet meer in de tabel</translation>
    </message>
    <message>
        <source>There is no endpoint profile %1</source>
        <translation>Er is geen endpointprofiel %1</translation>
    </message>
    <message>
        <source>The profile %1 cannot be watched: %2</source>
        <translation>Het profiel %1 kan niet worden gevolgd: %2</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Token van %1 lezen…</translation>
    </message>
    <message>
        <source>About OCPI Session Monitor</source>
        <translation>Over OCPI Session Monitor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OCPI Session Monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Watches EV charging sessions exchanged over OCPI and checks them against the OCPI 2.2.1 specification.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OCPI Session Monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Volgt EV-laadsessies die via OCPI worden uitgewisseld en controleert ze aan de hand van de OCPI 2.2.1-specificatie.&lt;/p&gt;&lt;p&gt;Gebouwd met Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Taal</translation>
    </message>
    <message>
        <source>The language will be %1 when OCPI Session Monitor starts next.</source>
        <translation>De taal wordt %1 wanneer OCPI Session Monitor de volgende keer start.</translation>
    </message>
    <message>
        <source>As the &amp;system (%1)</source>
        <translation>Zoals het &amp;systeem (%1)</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Verkeer</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Niet meer volgen</translation>
    </message>
    <message>
        <source>Stop polling an endpoint; its sessions stay in the table until the source is cleared</source>
        <translation>Een endpoint niet meer pollen; de sessies ervan blijven in de tabel totdat de bron wordt gewist</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Verkeer</translation>
    </message>
    <message>
        <source>Show the HTTP requests and answers of the live sources (Ctrl+Shift+T)</source>
        <translation>De HTTP-requests en -antwoorden van de live bronnen tonen (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Poll every watched endpoint now</source>
        <translation>Elk gevolgd endpoint nu pollen</translation>
    </message>
    <message>
        <source>&amp;Forget cached sessions of</source>
        <translation>Gecachete sessies &amp;vergeten van</translation>
    </message>
    <message>
        <source>Delete an endpoint&apos;s sessions and watermark from the offline cache; the next start reads everything from the endpoint again</source>
        <translation>De sessies en het watermerk van een endpoint uit de offline cache verwijderen; bij de volgende start wordt alles opnieuw van het endpoint gelezen</translation>
    </message>
    <message>
        <source>%1 is watched already; polling it now</source>
        <translation>%1 wordt al gevolgd; het wordt nu gepolld</translation>
    </message>
    <message>
        <source>not kept in the offline cache: %1</source>
        <translation>niet bewaard in de offline cache: %1</translation>
    </message>
    <message>
        <source>offline cache not available: %1</source>
        <translation>offline cache niet beschikbaar: %1</translation>
    </message>
    <message>
        <source>The offline cache cannot be used: %1. Live watching goes on without it.</source>
        <translation>De offline cache kan niet worden gebruikt: %1. Het live volgen gaat zonder cache door.</translation>
    </message>
    <message>
        <source>The offline cache was damaged or not a cache: it was set aside as %1 and a new one started. The sessions seen before are not shown.</source>
        <translation>De offline cache was beschadigd of geen cache: hij is opzijgezet als %1 en er is een nieuwe gestart. De eerder geziene sessies worden niet getoond.</translation>
    </message>
    <message>
        <source>not watched; its sessions are kept as last seen (Clear source removes them)</source>
        <translation>niet gevolgd; de sessies ervan worden bewaard zoals laatst gezien (Bron wissen verwijdert ze)</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>%1 wordt niet meer gevolgd</translation>
    </message>
    <message>
        <source>Could not forget the cached sessions of %1: %2</source>
        <translation>Kon de gecachete sessies van %1 niet vergeten: %2</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n cached session(s) of %1</source>
        <translation>
            <numerusform>%n gecachete sessie van %1 vergeten</numerusform>
            <numerusform>%n gecachete sessies van %1 vergeten</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the offline cache…</source>
        <translation>offline cache lezen…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from the offline cache, last seen %1</source>
        <translation>
            <numerusform>%n sessie uit de offline cache, laatst gezien %1</numerusform>
            <numerusform>%n sessies uit de offline cache, laatst gezien %1</numerusform>
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
            <numerusform>%n mislukt (%1)</numerusform>
            <numerusform>%n mislukt (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a first poll</source>
        <translation>
            <numerusform>%n wacht op een eerste poll</numerusform>
            <numerusform>%n wachten op een eerste poll</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): %1</source>
        <translation>
            <numerusform>%n endpoint: %1</numerusform>
            <numerusform>%n endpoints: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>includes DEMO DATA from the built-in CPO</source>
        <translation>bevat DEMOGEGEVENS van de ingebouwde CPO</translation>
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
        <translation>De Sessions van een OCPI 2.2.1-server pollen (de versions-, version details- of sessions-URL) en ze
naar standaarduitvoer schrijven zodra ze binnenkomen: één JSON-object per regel (ndjson), één JSON-array (json) of CSV.
De eerste poll leest alles (of vanaf --from); latere polls vragen alleen om wat sindsdien is gewijzigd.
Voortgang en fouten gaan naar standaardfout; het token wordt nooit afgedrukt.
Het token komt uit --token, --token-file of de omgevingsvariabele OCPI_TOKEN; de laatste twee houden
het buiten de proceslijst.
Met --cache wordt elke voltooide poll in de offline cache opgeslagen (één transactie, met het watermerk),
en hervat de eerste poll vanaf het daar bewaarde watermerk in plaats van alles opnieuw te lezen.
Exitcode: 0 ok, 1 een sessie ongeldig (met --validate), 2 fout (onbereikbaar, token geweigerd...).</translation>
    </message>
    <message>
        <source>The versions, version details or sessions URL.</source>
        <translation>De versions-, version details- of sessions-URL.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The credentials token (visible in the process list: prefer --token-file or OCPI_TOKEN).</source>
        <translation>Het credentials-token (zichtbaar in de proceslijst: gebruik liever --token-file of OCPI_TOKEN).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>TOKEN</translation>
    </message>
    <message>
        <source>Read the token from this file (one trailing line break is ignored).</source>
        <translation>Het token uit dit bestand lezen (één regeleinde aan het eind wordt genegeerd).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>BESTAND</translation>
    </message>
    <message>
        <source>Poll once and exit.</source>
        <translation>Eenmaal pollen en afsluiten.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Seconden tussen polls (standaard 30).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Read sessions last updated from this time on (e.g. 2024-05-01T00:00:00Z).</source>
        <translation>Sessies lezen die vanaf dit tijdstip zijn bijgewerkt (bijv. 2024-05-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATUMTIJD</translation>
    </message>
    <message>
        <source>Output format: ndjson (default), json or csv.</source>
        <translation>Uitvoerformaat: ndjson (standaard), json of csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>Report the findings of invalid sessions on standard error and exit with 1 when there are any.</source>
        <translation>De bevindingen van ongeldige sessies op standaardfout melden en met 1 afsluiten als die er zijn.</translation>
    </message>
    <message>
        <source>What --url is: auto (default), versions, details or sessions.</source>
        <translation>Wat --url is: auto (standaard), versions, details of sessions.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>soort</translation>
    </message>
    <message>
        <source>Authorization header: auto (default: Base64, the plain token after a 401), base64 or plain.</source>
        <translation>Authorization-header: auto (standaard: Base64, na een 401 het onbewerkte token), base64 of plain.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>vorm</translation>
    </message>
    <message>
        <source>The page size to ask for (default: the server&apos;s).</source>
        <translation>De paginagrootte om te vragen (standaard: die van de server).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds each poll reaches back before the last one&apos;s start (default 60).</source>
        <translation>Seconden die elke poll terugreikt vóór de start van de vorige (standaard 60).</translation>
    </message>
    <message>
        <source>Seconds one request may take (default 120).</source>
        <translation>Seconden die één request mag duren (standaard 120).</translation>
    </message>
    <message>
        <source>Seconds until the server must start answering (default 10).</source>
        <translation>Seconden totdat de server moet beginnen te antwoorden (standaard 10).</translation>
    </message>
    <message>
        <source>Retries of a request after network errors, 5xx and 429 (default 4).</source>
        <translation>Herhalingen van een request na netwerkfouten, 5xx en 429 (standaard 4).</translation>
    </message>
    <message>
        <source>The most pages one poll reads (default 10000).</source>
        <translation>Het maximale aantal pagina&apos;s dat één poll leest (standaard 10000).</translation>
    </message>
    <message>
        <source>The largest answer accepted, in MB (default 64).</source>
        <translation>Het grootste geaccepteerde antwoord, in MB (standaard 64).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Log every request (category ocpi.client).</source>
        <translation>Elk request loggen (categorie ocpi.client).</translation>
    </message>
    <message>
        <source>Only errors on standard error.</source>
        <translation>Alleen fouten op standaardfout.</translation>
    </message>
    <message>
        <source>Keep the sessions in the offline cache (FILE, or %1) and resume from its watermark. Written --cache FILE or --cache=FILE.</source>
        <translation>De sessies in de offline cache bewaren (BESTAND, of %1) en vanaf het watermerk ervan hervatten. Schrijfwijze: --cache BESTAND of --cache=BESTAND.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Het cachebestand.</translation>
    </message>
    <message>
        <source>The poll command.</source>
        <translation>De opdracht poll.</translation>
    </message>
    <message>
        <source>see: ocpi-session-monitor poll --help</source>
        <translation>zie: ocpi-session-monitor poll --help</translation>
    </message>
    <message>
        <source>poll: unexpected argument &apos;%1&apos;</source>
        <translation>poll: onverwacht argument &apos;%1&apos;</translation>
    </message>
    <message>
        <source>poll: --url is required (the versions, version details or sessions URL)</source>
        <translation>poll: --url is verplicht (de versions-, version details- of sessions-URL)</translation>
    </message>
    <message>
        <source>poll: cannot read the token file %1: %2</source>
        <translation>poll: kan het tokenbestand %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>poll: no token: give --token-file FILE, set OCPI_TOKEN, or --token TOKEN</source>
        <translation>poll: geen token: geef --token-file BESTAND op, stel OCPI_TOKEN in, of gebruik --token TOKEN</translation>
    </message>
    <message>
        <source>poll: --interval must be a number of seconds</source>
        <translation>poll: --interval moet een aantal seconden zijn</translation>
    </message>
    <message>
        <source>poll: --from &apos;%1&apos; is not a date and time like 2024-05-01T00:00:00Z</source>
        <translation>poll: --from &apos;%1&apos; is geen datum en tijd zoals 2024-05-01T00:00:00Z</translation>
    </message>
    <message>
        <source>poll: unknown --endpoint &apos;%1&apos;: use auto, versions, details or sessions</source>
        <translation>poll: onbekende --endpoint &apos;%1&apos;: gebruik auto, versions, details of sessions</translation>
    </message>
    <message>
        <source>poll: unknown --auth &apos;%1&apos;: use auto, base64 or plain</source>
        <translation>poll: onbekende --auth &apos;%1&apos;: gebruik auto, base64 of plain</translation>
    </message>
    <message>
        <source>poll: unknown --format &apos;%1&apos;: use ndjson, json or csv</source>
        <translation>poll: onbekend --format &apos;%1&apos;: gebruik ndjson, json of csv</translation>
    </message>
    <message>
        <source>poll: %1</source>
        <translation>poll: %1</translation>
    </message>
    <message>
        <source>warning: the cache file was damaged or not a cache; it was renamed to %1 and a new one started</source>
        <translation>waarschuwing: het cachebestand was beschadigd of geen cache; het is hernoemd naar %1 en er is een nieuw gestart</translation>
    </message>
    <message>
        <source>cache: %1, no completed poll of %2 yet</source>
        <translation>cache: %1, nog geen voltooide poll van %2</translation>
    </message>
    <message>
        <source>cache: %1, resuming from date_from %2</source>
        <translation>cache: %1, hervatten vanaf date_from %2</translation>
    </message>
    <message>
        <source>warning: record %1 of page %2 has no id and is skipped%3</source>
        <translation>waarschuwing: record %1 van pagina %2 heeft geen id en wordt overgeslagen%3</translation>
    </message>
    <message>
        <source>sessions endpoint: %1%2</source>
        <translation>sessions-endpoint: %1%2</translation>
    </message>
    <message>
        <source> (OCPI %1)</source>
        <translation> (OCPI %1)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>waarschuwing: %1</translation>
    </message>
    <message>
        <source>error (%1): %2</source>
        <translation>fout (%1): %2</translation>
    </message>
    <message>
        <source>poll %1: %2%3</source>
        <translation>poll %1: %2%3</translation>
    </message>
    <message>
        <source>; next date_from %1</source>
        <translation>; volgende date_from %1</translation>
    </message>
    <message>
        <source>error (cache): %1</source>
        <translation>fout (cache): %1</translation>
    </message>
    <message numerus="yes">
        <source>cache: %n session(s) stored%1</source>
        <translation>
            <numerusform>cache: %n sessie opgeslagen%1</numerusform>
            <numerusform>cache: %n sessies opgeslagen%1</numerusform>
        </translation>
    </message>
    <message>
        <source> with date_from %1</source>
        <translation> met date_from %1</translation>
    </message>
    <message>
        <source> (incomplete poll: the watermark stays)</source>
        <translation> (onvolledige poll: het watermerk blijft staan)</translation>
    </message>
    <message numerus="yes">
        <source>next poll in %n second(s); Ctrl+C ends</source>
        <translation>
            <numerusform>volgende poll over %n seconde; Ctrl+C stopt</numerusform>
            <numerusform>volgende poll over %n seconden; Ctrl+C stopt</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>stoppen</translation>
    </message>
    <message>
        <source>The most distinct sessions kept for the endpoint, the offline cache&apos;s included (default 2000000). Beyond it the sessions kept are still updated, new ones are not kept, and the poll says how many.</source>
        <translation>Het grootste aantal verschillende sessies dat voor het endpoint wordt bewaard, die van de offline cache inbegrepen (standaard 2000000). Daarboven worden de bewaarde sessies nog bijgewerkt, nieuwe niet bewaard, en de poll zegt hoeveel.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer (the token travels unencrypted). Without it, such a URL is refused, also when discovery leads to one.</source>
        <translation>Gewoon http:// naar een andere host dan deze computer toestaan (het token gaat onversleuteld over het net). Zonder deze optie wordt zo een URL geweigerd, ook als de discovery ernaar leidt.</translation>
    </message>
    <message>
        <source>poll: --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, --max-body-mb and --max-sessions take whole numbers</source>
        <translation>poll: --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, --max-body-mb en --max-sessions verwachten gehele getallen</translation>
    </message>
    <message>
        <source>poll: the URL must not hold a user name or password; give the token with --token-file, OCPI_TOKEN or --token</source>
        <translation>poll: de URL mag geen gebruikersnaam of wachtwoord bevatten; geef het token met --token-file, OCPI_TOKEN of --token</translation>
    </message>
</context>
<context>
    <name>App::SimulateCommand</name>
    <message>
        <source>TCP port on 127.0.0.1 (default 0: any free port).</source>
        <translation>TCP-poort op 127.0.0.1 (standaard 0: een willekeurige vrije poort).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>poort</translation>
    </message>
    <message>
        <source>Credentials token clients must send (default: the public demo token).</source>
        <translation>Credentials-token dat clients moeten sturen (standaard: het openbare demotoken).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>token</translation>
    </message>
    <message>
        <source>Sessions that already exist at start (default 100).</source>
        <translation>Sessies die bij de start al bestaan (standaard 100).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. 500,429,slow.</source>
        <translation>In te voegen fouten, bijv. 500,429,slow.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>lijst</translation>
    </message>
    <message>
        <source>Fraction of requests (and of sessions, for invalid) a fault picks (default 0.2).</source>
        <translation>Fractie van de requests (en van de sessies, bij invalid) die een fout treft (standaard 0.2).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>fractie</translation>
    </message>
    <message>
        <source>Seed for a reproducible run; the simulated clock then starts at 2024-06-03T08:00:00Z.</source>
        <translation>Seed voor een reproduceerbare run; de gesimuleerde klok begint dan op 2024-06-03T08:00:00Z.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>seed</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 1: real time).</source>
        <translation>Gesimuleerde seconden per echte seconde (standaard 1: echte tijd).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>seconden</translation>
    </message>
    <message>
        <source>The simulate command.</source>
        <translation>De opdracht simulate.</translation>
    </message>
    <message>
        <source>simulate: unexpected argument &apos;%1&apos;
</source>
        <translation>simulate: onverwacht argument &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: --port must be a number from 0 to 65535
</source>
        <translation>simulate: --port moet een getal van 0 tot 65535 zijn
</translation>
    </message>
    <message>
        <source>simulate: --sessions must be a number from 0 to %1
</source>
        <translation>simulate: --sessions moet een getal van 0 tot %1 zijn
</translation>
    </message>
    <message>
        <source>simulate: --speed must be a number of seconds from 1 to 86400
</source>
        <translation>simulate: --speed moet een aantal seconden van 1 tot 86400 zijn
</translation>
    </message>
    <message>
        <source>simulate: --seed must be a whole number
</source>
        <translation>simulate: --seed moet een geheel getal zijn
</translation>
    </message>
    <message>
        <source>simulate: --fault-rate must be a number from 0 to 1
</source>
        <translation>simulate: --fault-rate moet een getal van 0 tot 1 zijn
</translation>
    </message>
    <message>
        <source>simulate: --token must not be empty
</source>
        <translation>simulate: --token mag niet leeg zijn
</translation>
    </message>
    <message>
        <source>simulate: cannot catch SIGINT/SIGTERM; stop it with kill -9
</source>
        <translation>simulate: kan SIGINT/SIGTERM niet afvangen; stop het met kill -9
</translation>
    </message>
    <message numerus="yes">
        <source>OCPI 2.2.1 CPO simulator, %n session(s), seed %1%2
</source>
        <translation>
            <numerusform>OCPI 2.2.1-CPO-simulator, %n sessie, seed %1%2
</numerusform>
            <numerusform>OCPI 2.2.1-CPO-simulator, %n sessies, seed %1%2
</numerusform>
        </translation>
    </message>
    <message>
        <source>, faults %1</source>
        <translation>, fouten %1</translation>
    </message>
    <message>
        <source>versions endpoint: %1
</source>
        <translation>versions-endpoint: %1
</translation>
    </message>
    <message>
        <source>token: the one given with --token (not shown)
</source>
        <translation>token: het met --token opgegeven token (niet getoond)
</translation>
    </message>
    <message>
        <source>token: %1 (the public demo token)
</source>
        <translation>token: %1 (het openbare demotoken)
</translation>
    </message>
    <message>
        <source>header: Authorization: %1
</source>
        <translation>header: Authorization: %1
</translation>
    </message>
    <message>
        <source>Ctrl+C stops it.
</source>
        <translation>Ctrl+C stopt het.
</translation>
    </message>
    <message>
        <source>simulate: stopped
</source>
        <translation>simulate: gestopt
</translation>
    </message>
    <message>
        <source>Run a simulated OCPI 2.2.1 CPO (Sessions SENDER) on 127.0.0.1, for trying the monitor or any OCPI client without a real charge point operator. Runs until Ctrl+C (SIGINT) or SIGTERM.
It listens on loopback only (127.0.0.1, or ::1 with --host ::1): other computers cannot connect, since it answers anyone who knows its (public demo) token. An address that is not loopback is refused.
Faults (comma-separated, each independent): 500, 429, slow, truncated, linkloop, 2001, 3000, invalid, badtoken. See docs/SIMULATOR.md.</source>
        <translation>Een gesimuleerde OCPI 2.2.1-CPO (Sessions SENDER) op 127.0.0.1 draaien, om de monitor of een andere OCPI-client uit te proberen zonder echte laadpaalexploitant. Draait tot Ctrl+C (SIGINT) of SIGTERM.
Hij luistert alleen op loopback (127.0.0.1, of ::1 met --host ::1): andere computers kunnen geen verbinding maken, want hij antwoordt iedereen die zijn (openbare demo-)token kent. Een adres dat geen loopback is, wordt geweigerd.
Fouten (kommagescheiden, elk onafhankelijk): 500, 429, slow, truncated, linkloop, 2001, 3000, invalid, badtoken. Zie docs/SIMULATOR.md.</translation>
    </message>
    <message>
        <source>Loopback address to listen on: 127.0.0.1 (default), localhost or ::1. Any other address is refused: the simulator is loopback only.</source>
        <translation>Loopback-adres om op te luisteren: 127.0.0.1 (standaard), localhost of ::1. Elk ander adres wordt geweigerd: de simulator is alleen via loopback bereikbaar.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>simulate: refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), never on an address other computers can reach, since it answers anyone who knows its token
</source>
        <translation>simulate: luisteren op %1 geweigerd: de simulator luistert alleen op loopback (127.0.0.1 of ::1), nooit op een adres dat andere computers kunnen bereiken, want hij antwoordt iedereen die zijn token kent
</translation>
    </message>
    <message>
        <source>listening on %1 port %2, loopback only: other computers cannot connect
</source>
        <translation>luistert op %1 poort %2, alleen loopback: andere computers kunnen geen verbinding maken
</translation>
    </message>
</context>
<context>
    <name>App::ValidateCommand</name>
    <message>
        <source>Check OCPI 2.2.1 Session JSON files against the specification.
A file may hold one Session, an array of Sessions, an OCPI response envelope, or NDJSON.
Exit code: 0 all sessions valid, 1 some session invalid, 2 a file unreadable or not JSON.</source>
        <translation>OCPI 2.2.1 Session-JSON-bestanden controleren aan de hand van de specificatie.
Een bestand kan één Session, een array van Sessions, een OCPI-response-envelop of NDJSON bevatten.
Exitcode: 0 alle sessies geldig, 1 een sessie ongeldig, 2 een bestand onleesbaar of geen JSON.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Uitvoerformaat: text (standaard) of json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>formaat</translation>
    </message>
    <message>
        <source>The validate command.</source>
        <translation>De opdracht validate.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>bestanden</translation>
    </message>
    <message>
        <source>Session JSON files to check (&apos;-&apos; reads standard input).</source>
        <translation>Session-JSON-bestanden om te controleren (&apos;-&apos; leest standaardinvoer).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>BESTAND...</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json
</source>
        <translation>onbekend --format &apos;%1&apos;: gebruik text of json
</translation>
    </message>
    <message>
        <source>validate: no file given
</source>
        <translation>validate: geen bestand opgegeven
</translation>
    </message>
</context>
<context>
    <name>ChargingPeriodsModel</name>
    <message>
        <source>Current</source>
        <translation>Stroom</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Energie</translation>
    </message>
    <message>
        <source>Energy export</source>
        <translation>Energie-export</translation>
    </message>
    <message>
        <source>Energy import</source>
        <translation>Energie-import</translation>
    </message>
    <message>
        <source>Max current</source>
        <translation>Max. stroom</translation>
    </message>
    <message>
        <source>Min current</source>
        <translation>Min. stroom</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Max. vermogen</translation>
    </message>
    <message>
        <source>Min power</source>
        <translation>Min. vermogen</translation>
    </message>
    <message>
        <source>Parking time</source>
        <translation>Parkeertijd</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>Reservation time</source>
        <translation>Reserveringstijd</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Laadtoestand</translation>
    </message>
    <message>
        <source>Charging time</source>
        <translation>Laadtijd</translation>
    </message>
    <message>
        <source>Overlap: starts together with period %1</source>
        <translation>Overlap: begint tegelijk met periode %1</translation>
    </message>
    <message>
        <source>Overlap: starts before period %1</source>
        <translation>Overlap: begint vóór periode %1</translation>
    </message>
    <message>
        <source>Outside: starts before the session</source>
        <translation>Buiten: begint vóór de sessie</translation>
    </message>
    <message>
        <source>Outside: starts after the session ended</source>
        <translation>Buiten: begint nadat de sessie is beëindigd</translation>
    </message>
    <message>
        <source>Gap: the session&apos;s first %1 (h:mm) are in no period</source>
        <translation>Gat: de eerste %1 (u:mm) van de sessie vallen in geen enkele periode</translation>
    </message>
    <message>
        <source>a period ends when the next one starts; the last ends with the session</source>
        <translation>een periode eindigt wanneer de volgende begint; de laatste eindigt met de sessie</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>lokale tijd</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <extracomment>%1 is the time zone: &quot;UTC&quot; or &quot;local time&quot;</extracomment>
        <translation>Begin (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Einde (%1)</translation>
    </message>
    <message>
        <source>Duration (h:mm)</source>
        <translation>Duur (u:mm)</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Timing</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>dimension column header: name (unit), e.g. &quot;Energy (kWh)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The next period&apos;s start; the last period ends with the session (%1)</source>
        <translation>Het begin van de volgende periode; de laatste periode eindigt met de sessie (%1)</translation>
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
        <translation>Vermogen</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>Laadtoestand</translation>
    </message>
    <message>
        <source>Time (local, %1)</source>
        <extracomment>%1: the abbreviation of the local time zone, e.g. CET</extracomment>
        <translation>Tijd (lokaal, %1)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Tijd (UTC)</translation>
    </message>
    <message>
        <source>Energy per hour</source>
        <translation>Energie per uur</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Fout</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Waarschuwing</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(record)</source>
        <extracomment>JSON Pointer column: the finding is about the whole record</extracomment>
        <translation>(record)</translation>
    </message>
    <message>
        <source>%1 at %2: %3
Rule: %4
Spec: %5</source>
        <extracomment>%1 severity, %2 JSON Pointer, %3 message, %4 rule code, %5 spec section</extracomment>
        <translation>%1 bij %2: %3
Regel: %4
Spec: %5</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Ernst</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of JSON Pointers (RFC 6901) into the record</extracomment>
        <translation>Pad</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Spec-sectie</translation>
    </message>
</context>
<context>
    <name>Ocpi::JsonSyntax</name>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>onverwacht %1 na het einde van de JSON-waarde</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation>de gegevens zijn leeg</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>er werd een waarde verwacht</translation>
    </message>
    <message>
        <source>a member name was expected</source>
        <translation>er werd een membernaam verwacht</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected</source>
        <translation>&apos;:&apos; werd verwacht</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>&apos;,&apos; of &apos;}&apos; werd verwacht</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>&apos;,&apos; of &apos;]&apos; werd verwacht</translation>
    </message>
    <message>
        <source>unexpected end of data: %1</source>
        <translation>onverwacht einde van de gegevens: %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>onverwacht %1 waar een waarde werd verwacht</translation>
    </message>
    <message>
        <source>unexpected %1 where a member name in double quotes was expected</source>
        <translation>onverwacht %1 waar een membernaam tussen dubbele aanhalingstekens werd verwacht</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected</source>
        <translation>onverwacht %1 waar &apos;:&apos; werd verwacht</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;,&apos; or &apos;%2&apos; was expected</source>
        <translation>onverwacht %1 waar &apos;,&apos; of &apos;%2&apos; werd verwacht</translation>
    </message>
    <message>
        <source>unexpected end of data inside a string</source>
        <translation>onverwacht einde van de gegevens binnen een string</translation>
    </message>
    <message>
        <source>invalid \u escape in a string: four hex digits expected</source>
        <translation>ongeldige \u-escape in een string: vier hexadecimale cijfers verwacht</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string</source>
        <translation>ongeldige escape %1 in een string</translation>
    </message>
    <message>
        <source>unescaped control character %1 in a string</source>
        <translation>niet-geëscapet stuurteken %1 in een string</translation>
    </message>
    <message>
        <source>unexpected end of data inside a number</source>
        <translation>onverwacht einde van de gegevens binnen een getal</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected</source>
        <translation>ongeldig getal: er werd een cijfer verwacht</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected after &apos;.&apos;</source>
        <translation>ongeldig getal: er werd een cijfer verwacht na &apos;.&apos;</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected in the exponent</source>
        <translation>ongeldig getal: er werd een cijfer verwacht in de exponent</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::HttpGet</name>
    <message>
        <source>the connection was refused</source>
        <translation>de verbinding werd geweigerd</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation>de server sloot de verbinding voordat het volledige antwoord was ontvangen</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>de hostnaam werd niet gevonden</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>de TLS-handshake is mislukt</translation>
    </message>
    <message>
        <source>HTTP %1%2 from %3</source>
        <translation>HTTP %1%2 van %3</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (connect timeout)</source>
        <translation>geen antwoord van %1 binnen %2 s (verbindingstime-out)</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s (total timeout)</source>
        <translation>%1 heeft niet binnen %2 s volledig geantwoord (totale time-out)</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than the %2 MB allowed (maximum body size)</source>
        <translation>het antwoord van %1 is groter dan de toegestane %2 MB (maximale body-grootte)</translation>
    </message>
    <message>
        <source>HTTP %1, but %2 (%3 bytes arrived)</source>
        <translation>HTTP %1, maar %2 (%3 bytes ontvangen)</translation>
    </message>
    <message>
        <source>GET %1 failed: %2</source>
        <translation>GET %1 mislukt: %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a usable Location</source>
        <translation>HTTP %1 van %2 zonder bruikbare Location</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another host or scheme: not followed, so the token is not sent there</source>
        <translation>%1 verwijst door naar %2, een andere host of een ander schema: niet gevolgd, zodat het token daar niet naartoe wordt gestuurd</translation>
    </message>
    <message>
        <source>more than 5 redirects from %1</source>
        <translation>meer dan 5 doorverwijzingen vanaf %1</translation>
    </message>
    <message>
        <source>. The token was refused both Base64-encoded (as OCPI 2.2.1 requires) and plain (as many 2.1.1 servers expect)</source>
        <translation>. Het token werd geweigerd, zowel Base64-gecodeerd (zoals OCPI 2.2.1 vereist) als onbewerkt (zoals veel 2.1.1-servers verwachten)</translation>
    </message>
    <message>
        <source>. The token was refused (%1)</source>
        <translation>. Het token werd geweigerd (%1)</translation>
    </message>
    <message>
        <source>; note that it starts or ends with white space (a newline?), which is sent too</source>
        <translation>; let op: het begint of eindigt met witruimte (een regeleinde?), die ook wordt verzonden</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (opgegeven na %n nieuwe poging)</numerusform>
            <numerusform> (opgegeven na %n nieuwe pogingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the server asks to retry after %1 s, longer than the %2 s allowed</source>
        <translation>; de server vraagt om het na %1 s opnieuw te proberen, langer dan de toegestane %2 s</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>geannuleerd</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::OcpiStatus</name>
    <message>
        <source>generic success</source>
        <translation>algemeen succes</translation>
    </message>
    <message>
        <source>generic client error</source>
        <translation>algemene clientfout</translation>
    </message>
    <message>
        <source>invalid or missing parameters</source>
        <translation>ongeldige of ontbrekende parameters</translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation>onvoldoende informatie</translation>
    </message>
    <message>
        <source>unknown Location</source>
        <translation>onbekende Location</translation>
    </message>
    <message>
        <source>unknown Token</source>
        <translation>onbekend Token</translation>
    </message>
    <message>
        <source>generic server error</source>
        <translation>algemene serverfout</translation>
    </message>
    <message>
        <source>unable to use the client&apos;s API</source>
        <translation>kan de API van de client niet gebruiken</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>niet-ondersteunde versie</translation>
    </message>
    <message>
        <source>no matching endpoints or expected endpoints missing between parties</source>
        <translation>geen overeenkomende endpoints of verwachte endpoints ontbreken tussen partijen</translation>
    </message>
    <message>
        <source>generic Hub error</source>
        <translation>algemene Hub-fout</translation>
    </message>
    <message>
        <source>unknown receiver (the Hub does not know the TO address)</source>
        <translation>onbekende ontvanger (de Hub kent het TO-adres niet)</translation>
    </message>
    <message>
        <source>timeout on a request forwarded by the Hub</source>
        <translation>time-out bij een door de Hub doorgestuurd request</translation>
    </message>
    <message>
        <source>connection problem (the receiving party is not connected to the Hub)</source>
        <translation>verbindingsprobleem (de ontvangende partij is niet met de Hub verbonden)</translation>
    </message>
    <message>
        <source>custom success code</source>
        <translation>aangepaste succescode</translation>
    </message>
    <message>
        <source>custom client error</source>
        <translation>aangepaste clientfout</translation>
    </message>
    <message>
        <source>custom server error</source>
        <translation>aangepaste serverfout</translation>
    </message>
    <message>
        <source>custom Hub error</source>
        <translation>aangepaste Hub-fout</translation>
    </message>
    <message>
        <source>client error: the server cannot process what the client sent</source>
        <translation>clientfout: de server kan niet verwerken wat de client stuurde</translation>
    </message>
    <message>
        <source>server error: the server could not process the request</source>
        <translation>serverfout: de server kon het request niet verwerken</translation>
    </message>
    <message>
        <source>Hub error</source>
        <translation>Hub-fout</translation>
    </message>
    <message>
        <source>success range, but not a code the specification defines</source>
        <translation>succesbereik, maar geen code die de specificatie definieert</translation>
    </message>
    <message>
        <source>not an OCPI status code (they have four digits, 1xxx to 4xxx)</source>
        <translation>geen OCPI-statuscode (die hebben vier cijfers, 1xxx tot 4xxx)</translation>
    </message>
    <message>
        <source>OCPI status_code %1: %2 (status_codes 5)</source>
        <extracomment>%1 status code, %2 its meaning in the specification</extracomment>
        <translation>OCPI status_code %1: %2 (status_codes 5)</translation>
    </message>
    <message>
        <source>; the server says: &quot;%1&quot;</source>
        <translation>; de server zegt: &quot;%1&quot;</translation>
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
        <translation>%1 bytes</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 changed, %3 unchanged in %n page(s) (%4, %5 s)</source>
        <translation>
            <numerusform>%1 toegevoegd, %2 gewijzigd, %3 ongewijzigd in %n pagina (%4, %5 s)</numerusform>
            <numerusform>%1 toegevoegd, %2 gewijzigd, %3 ongewijzigd in %n pagina&apos;s (%4, %5 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n invalid</source>
        <translation>
            <numerusform>, %n ongeldig</numerusform>
            <numerusform>, %n ongeldig</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without id</source>
        <translation>
            <numerusform>, %n zonder id</numerusform>
            <numerusform>, %n zonder id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retry(ies)</source>
        <translation>
            <numerusform>, %n nieuwe poging</numerusform>
            <numerusform>, %n nieuwe pogingen</numerusform>
        </translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation>, onvolledig</translation>
    </message>
    <message numerus="yes">
        <source>, %n not kept (session limit)</source>
        <translation>
            <numerusform>, %n niet bewaard (sessielimiet)</numerusform>
            <numerusform>, %n niet bewaard (sessielimiet)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionPoller</name>
    <message numerus="yes">
        <source>the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new session(s) not kept. The sessions held are still updated; the watermark stays, so the next poll asks again from the same date_from, and the sessions not kept are read once the limit is raised</source>
        <translation>
            <numerusform>de limiet van %1 sessies per endpoint is bereikt (maximum aantal sessies per endpoint): %n nieuwe sessie niet bewaard. De bewaarde sessies worden nog bijgewerkt; het watermerk blijft staan, dus de volgende poll vraagt opnieuw vanaf dezelfde date_from, en de niet bewaarde sessies worden gelezen zodra de limiet is verhoogd</numerusform>
            <numerusform>de limiet van %1 sessies per endpoint is bereikt (maximum aantal sessies per endpoint): %n nieuwe sessies niet bewaard. De bewaarde sessies worden nog bijgewerkt; het watermerk blijft staan, dus de volgende poll vraagt opnieuw vanaf dezelfde date_from, en de niet bewaarde sessies worden gelezen zodra de limiet is verhoogd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionSync</name>
    <message>
        <source>the URL &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>de URL &apos;%1&apos; is geen http://- of https://-URL</translation>
    </message>
    <message>
        <source>no token: OCPI requires a credentials token in every request</source>
        <translation>geen token: OCPI vereist een credentials-token in elk request</translation>
    </message>
    <message>
        <source>the token starts or ends with white space (a trailing newline?); it is sent as given</source>
        <translation>het token begint of eindigt met witruimte (een regeleinde aan het eind?); het wordt verzonden zoals opgegeven</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (opgegeven na %n nieuwe poging)</numerusform>
            <numerusform> (opgegeven na %n nieuwe pogingen)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 antwoordde: %2</translation>
    </message>
    <message>
        <source>the answer of %1 is not JSON</source>
        <translation>het antwoord van %1 is geen JSON</translation>
    </message>
    <message>
        <source>the server offers OCPI %1 only; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)</source>
        <translation>de server biedt alleen OCPI %1 aan; deze client leest OCPI 2.2.1 (2.1.1 wordt nog niet ondersteund)</translation>
    </message>
    <message>
        <source>the server offers OCPI %1; none of them is one this client reads (%2)</source>
        <translation>de server biedt OCPI %1 aan; geen daarvan wordt door deze client gelezen (%2)</translation>
    </message>
    <message>
        <source>the server offers OCPI %1, read as 2.2.1</source>
        <translation>de server biedt OCPI %1 aan, gelezen als 2.2.1</translation>
    </message>
    <message>
        <source>the answer of %1 is not JSON, so not an OCPI versions list</source>
        <translation>het antwoord van %1 is geen JSON en dus geen OCPI-versions-lijst</translation>
    </message>
    <message>
        <source>the answer of %1 is not an OCPI versions list (a list of {version, url})</source>
        <translation>het antwoord van %1 is geen OCPI-versions-lijst (een lijst van {version, url})</translation>
    </message>
    <message>
        <source>the answer of %1 is not OCPI version details (an object with &quot;endpoints&quot;)</source>
        <translation>het antwoord van %1 is geen OCPI version details-object (een object met &quot;endpoints&quot;)</translation>
    </message>
    <message>
        <source>%1 describes OCPI %2; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)</source>
        <translation>%1 beschrijft OCPI %2; deze client leest OCPI 2.2.1 (2.1.1 wordt nog niet ondersteund)</translation>
    </message>
    <message>
        <source>%1 lists the sessions module only as RECEIVER (it takes sessions pushed to it); there is no SENDER interface to read sessions from</source>
        <translation>%1 vermeldt de sessions-module alleen als RECEIVER (die neemt sessies aan die ernaartoe worden gepusht); er is geen SENDER-interface om sessies van te lezen</translation>
    </message>
    <message>
        <source>%1 lists no sessions module: this server does not offer sessions</source>
        <translation>%1 vermeldt geen sessions-module: deze server biedt geen sessies aan</translation>
    </message>
    <message>
        <source>the sessions endpoint has no role; taken as the SENDER interface</source>
        <translation>het sessions-endpoint heeft geen rol; opgevat als de SENDER-interface</translation>
    </message>
    <message>
        <source>the first page has neither a readable envelope timestamp nor a Date header; the client&apos;s clock is used for the next date_from, which is only right when both clocks agree</source>
        <translation>de eerste pagina heeft geen leesbare timestamp in de envelop en geen Date-header; de klok van de client wordt gebruikt voor de volgende date_from, wat alleen klopt als beide klokken gelijk lopen</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>pagina %1 (%2): %3</translation>
    </message>
    <message>
        <source>page %1 (%2) cannot be read: %3</source>
        <translation>pagina %1 (%2) kan niet worden gelezen: %3</translation>
    </message>
    <message>
        <source>the answer of %1 has no status_code (transport_and_format 4.1.7)</source>
        <translation>het antwoord van %1 heeft geen status_code (transport_and_format 4.1.7)</translation>
    </message>
    <message>
        <source>page %1 has the custom success status_code %2</source>
        <translation>pagina %1 heeft de aangepaste succes-status_code %2</translation>
    </message>
    <message>
        <source>the answer of %1 is not wrapped in the OCPI response format ({&quot;data&quot;: ..., &quot;status_code&quot;: ...}); its records are read anyway</source>
        <translation>het antwoord van %1 is niet verpakt in het OCPI-responseformaat ({&quot;data&quot;: ..., &quot;status_code&quot;: ...}); de records worden toch gelezen</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 minutes %2 the client&apos;s; date_from follows the server&apos;s clock</source>
        <translation>de klok van de server loopt %1 minuten %2 op die van de client; date_from volgt de klok van de server</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>voor</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>achter</translation>
    </message>
    <message numerus="yes">
        <source>; the %n session(s) before the damage are kept</source>
        <translation>
            <numerusform>; de %n sessie van vóór de beschadiging blijft behouden</numerusform>
            <numerusform>; de %n sessies van vóór de beschadiging blijven behouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>X-Total-Count bleef dalen terwijl de pagina&apos;s werden gelezen (%1 keer opnieuw gelezen); gestopt, %n gelezen sessie blijft behouden</numerusform>
            <numerusform>X-Total-Count bleef dalen terwijl de pagina&apos;s werden gelezen (%1 keer opnieuw gelezen); gestopt, %n gelezen sessies blijven behouden</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Total-Count fell during the crawl, but the next links carry no offset to step back with; sessions may have been skipped and will be read again next poll only if they change</source>
        <translation>X-Total-Count daalde tijdens het doorlopen, maar de next-links bevatten geen offset om mee terug te stappen; er zijn mogelijk sessies overgeslagen, die bij de volgende poll alleen opnieuw worden gelezen als ze wijzigen</translation>
    </message>
    <message>
        <source>page %1 (%2) has a next link that cannot be read</source>
        <translation>pagina %1 (%2) heeft een next-link die niet kan worden gelezen</translation>
    </message>
    <message>
        <source>page %1 links its next page to %2, another host or scheme than %3: refused, the token is not sent there; %4 session(s) read are kept</source>
        <translation>pagina %1 linkt de volgende pagina naar %2, een andere host of een ander schema dan %3: geweigerd, het token wordt daar niet naartoe gestuurd; %4 gelezen sessie(s) blijven behouden</translation>
    </message>
    <message numerus="yes">
        <source>the server reported %n session(s) but sent %1 and no next page</source>
        <translation>
            <numerusform>de server meldde %n sessie, maar stuurde er %1 en geen volgende pagina</numerusform>
            <numerusform>de server meldde %n sessies, maar stuurde er %1 en geen volgende pagina</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 links back to %2, a page already read: a pagination loop; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>pagina %1 linkt terug naar %2, een al gelezen pagina: een pagineringslus; gestopt, %n gelezen sessie blijft behouden</numerusform>
            <numerusform>pagina %1 linkt terug naar %2, een al gelezen pagina: een pagineringslus; gestopt, %n gelezen sessies blijven behouden</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>pagina %1 (%2) herhaalt de vorige pagina: de server lijkt de paginering te negeren; gestopt, %n gelezen sessie blijft behouden</numerusform>
            <numerusform>pagina %1 (%2) herhaalt de vorige pagina: de server lijkt de paginering te negeren; gestopt, %n gelezen sessies blijven behouden</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Total-Count keeps growing as fast as the pages are read (now %1 after %2 pages); stopped, %3 session(s) read are kept</source>
        <translation>X-Total-Count blijft even snel groeien als de pagina&apos;s worden gelezen (nu %1 na %2 pagina&apos;s); gestopt, %3 gelezen sessie(s) blijven behouden</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 pages, the most one poll may read (maximum pages per sync); %n session(s) read are kept, and the next poll starts again from the same date_from</source>
        <translation>
            <numerusform>gestopt na %1 pagina&apos;s, het maximum dat één poll mag lezen (maximum pagina&apos;s per synchronisatie); %n gelezen sessie blijft behouden en de volgende poll begint opnieuw vanaf dezelfde date_from</numerusform>
            <numerusform>gestopt na %1 pagina&apos;s, het maximum dat één poll mag lezen (maximum pagina&apos;s per synchronisatie); %n gelezen sessies blijven behouden en de volgende poll begint opnieuw vanaf dezelfde date_from</numerusform>
        </translation>
    </message>
    <message>
        <source>the poll was cancelled</source>
        <translation>de poll werd geannuleerd</translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a higher X-Total-Count); stopped, %n session(s) read are kept, and the next poll asks again from the same date_from</source>
        <translation>
            <numerusform>pagina %1 (%2) bevat geen sessies, maar de server meldt dat er meer volgen (een link naar de volgende pagina of een hogere X-Total-Count); gestopt, %n gelezen sessie blijft behouden en de volgende poll vraagt opnieuw vanaf dezelfde date_from</numerusform>
            <numerusform>pagina %1 (%2) bevat geen sessies, maar de server meldt dat er meer volgen (een link naar de volgende pagina of een hogere X-Total-Count); gestopt, %n gelezen sessies blijven behouden en de volgende poll vraagt opnieuw vanaf dezelfde date_from</numerusform>
        </translation>
    </message>
    <message>
        <source>refused to send the token to %1: plain http:// to %2, which is not this computer, would carry it unencrypted; use https://, or confirm plain http:// for this endpoint (the profile&apos;s &quot;Allow plain http://&quot; option, or poll --allow-insecure-http)</source>
        <translation>versturen van het token naar %1 geweigerd: gewoon http:// naar %2, niet deze computer, zou het onversleuteld overbrengen; gebruik https://, of bevestig gewoon http:// voor dit endpoint (de profieloptie &quot;Gewoon http:// toestaan&quot; of poll --allow-insecure-http)</translation>
    </message>
</context>
<context>
    <name>Ocpi::PrettyJson</name>
    <message>
        <source>not valid JSON: the text is not UTF-8</source>
        <translation>geen geldige JSON: de tekst is geen UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>geen geldige JSON op regel %1, kolom %2: %3</translation>
    </message>
</context>
<context>
    <name>Ocpi::SessionReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>het bestand kon niet worden gelezen: %1</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3, byte %4)</source>
        <translation>%1 (regel %2, kolom %3, byte %4)</translation>
    </message>
    <message>
        <source>the file is UTF-32 (big-endian); OCPI JSON must be UTF-8</source>
        <translation>het bestand is UTF-32 (big-endian); OCPI-JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the file is UTF-32 (little-endian); OCPI JSON must be UTF-8</source>
        <translation>het bestand is UTF-32 (little-endian); OCPI-JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big-endian); OCPI JSON must be UTF-8</source>
        <translation>het bestand is UTF-16 (big-endian); OCPI-JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the file is UTF-16 (little-endian); OCPI JSON must be UTF-8</source>
        <translation>het bestand is UTF-16 (little-endian); OCPI-JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (little-endian) without a byte order mark; OCPI JSON must be UTF-8</source>
        <translation>het bestand lijkt UTF-16 (little-endian) zonder byte order mark; OCPI-JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (big-endian) without a byte order mark; OCPI JSON must be UTF-8</source>
        <translation>het bestand lijkt UTF-16 (big-endian) zonder byte order mark; OCPI-JSON moet UTF-8 zijn</translation>
    </message>
    <message>
        <source>the file is gzip-compressed; decompress it first</source>
        <translation>het bestand is met gzip gecomprimeerd; pak het eerst uit</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark (skipped)</source>
        <translation>het bestand begint met een UTF-8-byte order mark (overgeslagen)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (first seen in record %1): %2</source>
        <translation>het bestand is geen UTF-8 (voor het eerst gezien in record %1): %2</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete JSON value; expected another object or array (NDJSON) or the end of the file</source>
        <translation>onverwacht %1 na een volledige JSON-waarde; verwacht werd nog een object of array (NDJSON) of het einde van het bestand</translation>
    </message>
    <message>
        <source>the file holds a single JSON scalar, not Session objects</source>
        <translation>het bestand bevat één JSON-scalar, geen Session-objecten</translation>
    </message>
    <message>
        <source>this is not JSON: it starts with %1</source>
        <translation>dit is geen JSON: het begint met %1</translation>
    </message>
    <message>
        <source>the OCPI response has no data (status_code %1%2)</source>
        <translation>de OCPI-response heeft geen data (status_code %1%2)</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;]&apos; at line %1 (not allowed in JSON; tolerated)</source>
        <translation>een komma aan het eind vóór &apos;]&apos; op regel %1 (niet toegestaan in JSON; getolereerd)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>onverwacht %1 waar een waarde werd verwacht</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;,&apos; or &apos;%2&apos; was expected</source>
        <translation>onverwacht %1 waar &apos;,&apos; of &apos;%2&apos; werd verwacht</translation>
    </message>
    <message>
        <source>unexpected %1 where a member name in double quotes was expected</source>
        <translation>onverwacht %1 waar een membernaam tussen dubbele aanhalingstekens werd verwacht</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected</source>
        <translation>onverwacht %1 waar &apos;:&apos; werd verwacht</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>het bestand is leeg</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB; reading stopped</source>
        <translation>een record is groter dan %1 MB; het lezen is gestopt</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>het bestand eindigt binnen een string</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>het bestand eindigt binnen een record</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;}&apos;</source>
        <translation>het bestand eindigt vóór de afsluitende &apos;}&apos;</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;]&apos;</source>
        <translation>het bestand eindigt vóór de afsluitende &apos;]&apos;</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>afgekapt: %1</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>het bestand bevat alleen witruimte</translation>
    </message>
    <message>
        <source>the OCPI response has status_code %1, not 1000 (success)%2</source>
        <translation>de OCPI-response heeft status_code %1, niet 1000 (succes)%2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 is een map</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>kan %1 niet openen: %2</translation>
    </message>
    <message>
        <source>this is not JSON: %1</source>
        <translation>dit is geen JSON: %1</translation>
    </message>
</context>
<context>
    <name>Ocpi::SessionValidator</name>
    <message>
        <source>a string</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>een string</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>een getal</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>een object</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>een array</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>een boolean</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears more than once in this object; readers disagree on which value counts (the last one is used here)</source>
        <translation>&apos;%1&apos; komt meer dan eens voor in dit object; lezers zijn het oneens over welke waarde telt (hier wordt de laatste gebruikt)</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing</source>
        <translation>verplicht veld &apos;%1&apos; ontbreekt</translation>
    </message>
    <message>
        <source> (required since OCPI 2.2; 2.1.1 sessions had no connector_id)</source>
        <translation> (verplicht sinds OCPI 2.2; 2.1.1-sessies hadden geen connector_id)</translation>
    </message>
    <message>
        <source>&apos;auth_id&apos; is an OCPI 2.1.1 field; 2.2.1 identifies the token with cdr_token (kept, not used)</source>
        <translation>&apos;auth_id&apos; is een OCPI 2.1.1-veld; 2.2.1 identificeert het token met cdr_token (behouden, niet gebruikt)</translation>
    </message>
    <message>
        <source>&apos;location&apos; is the OCPI 2.1.1 embedded Location; 2.2.1 uses location_id, evse_uid and connector_id (kept, not used)</source>
        <translation>&apos;location&apos; is de ingesloten Location van OCPI 2.1.1; 2.2.1 gebruikt location_id, evse_uid en connector_id (behouden, niet gebruikt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a CDR field, not a Session field (kept, not used)</source>
        <translation>&apos;%1&apos; is een CDR-veld, geen Session-veld (behouden, niet gebruikt)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of the OCPI 2.2.1 %2 object (kept, not used)</source>
        <translation>&apos;%1&apos; is geen veld van het OCPI 2.2.1-object %2 (behouden, niet gebruikt)</translation>
    </message>
    <message>
        <source>required field is null; it must be %1</source>
        <translation>verplicht veld is null; het moet %1 zijn</translation>
    </message>
    <message>
        <source>optional field is null; omitting it says the same (transport_and_format 4.1.4)</source>
        <translation>optioneel veld is null; het weglaten zegt hetzelfde (transport_and_format 4.1.4)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>%1 verwacht, %2 gevonden</translation>
    </message>
    <message>
        <source>empty string in a required field</source>
        <translation>lege string in een verplicht veld</translation>
    </message>
    <message>
        <source>empty string; omit the field when there is no value</source>
        <translation>lege string; laat het veld weg als er geen waarde is</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a non-ASCII character at character %2; CiString allows printable ASCII only</source>
        <translation>&apos;%1&apos; heeft een niet-ASCII-teken op positie %2; CiString staat alleen afdrukbare ASCII toe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the non-printable character U+%2 at character %3</source>
        <translation>&apos;%1&apos; heeft het niet-afdrukbare teken U+%2 op positie %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; CiString(%3) allows at most %3</source>
        <translation>&apos;%1&apos; is %2 tekens lang; CiString(%3) staat maximaal %3 toe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the non-printable character U+%2; string allows printable UTF-8 only</source>
        <translation>&apos;%1&apos; heeft het niet-afdrukbare teken U+%2; string staat alleen afdrukbare UTF-8 toe</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; string(%3) allows at most %3</source>
        <translation>&apos;%1&apos; is %2 tekens lang; string(%3) staat maximaal %3 toe</translation>
    </message>
    <message>
        <source>empty DateTime</source>
        <translation>lege DateTime</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; DateTime is a string(25), so at most 4 fractional digits with &apos;Z&apos;</source>
        <translation>&apos;%1&apos; is %2 tekens lang; DateTime is een string(25), dus maximaal 4 decimalen met &apos;Z&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; separates date and time with a space; the spec&apos;s patterns use &apos;T&apos;</source>
        <translation>&apos;%1&apos; scheidt datum en tijd met een spatie; de patronen van de spec gebruiken &apos;T&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries a UTC offset; OCPI timestamps are UTC, written with &apos;Z&apos; or no designator, and the spec says +00:00 is not the same as UTC</source>
        <translation>&apos;%1&apos; bevat een UTC-offset; OCPI-tijdstempels zijn UTC, geschreven met &apos;Z&apos; of zonder aanduiding, en volgens de spec is +00:00 niet hetzelfde als UTC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a lower-case &apos;t&apos; or &apos;z&apos;; the spec&apos;s patterns use &apos;T&apos; and &apos;Z&apos;</source>
        <translation>&apos;%1&apos; gebruikt een kleine &apos;t&apos; of &apos;z&apos;; de patronen van de spec gebruiken &apos;T&apos; en &apos;Z&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time (character %2)</source>
        <translation>&apos;%1&apos; is geen bestaande datum en tijd (positie %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not follow the spec&apos;s DateTime patterns, e.g. 2015-06-29T20:39:09Z (character %2)</source>
        <translation>&apos;%1&apos; volgt de DateTime-patronen van de spec niet, bijv. 2015-06-29T20:39:09Z (positie %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SessionStatus value: the spec&apos;s text on reservations (mod_sessions 9.1.4) says RESERVED, but the SessionStatus enum (9.4.3) defines RESERVATION, the value to send</source>
        <translation>&apos;%1&apos; is geen SessionStatus-waarde: de spectekst over reserveringen (mod_sessions 9.1.4) zegt RESERVED, maar de SessionStatus-enum (9.4.3) definieert RESERVATION, de waarde die moet worden verzonden</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value: values are case-sensitive; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; is geen %2-waarde: waarden zijn hoofdlettergevoelig; bedoelde u &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>&apos;FLAT&apos; was a dimension type in OCPI 2.1.1 but is not a %1 value in 2.2.1; allowed: %2</source>
        <translation>&apos;FLAT&apos; was een dimensietype in OCPI 2.1.1, maar is in 2.2.1 geen %1-waarde; toegestaan: %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; is geen %2-waarde; bedoelde u &apos;%3&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value; allowed: %3</source>
        <translation>&apos;%1&apos; is geen %2-waarde; toegestaan: %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166-1 alpha-2 country code (two letters)</source>
        <translation>&apos;%1&apos; is geen ISO 3166-1 alpha-2-landcode (twee letters)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an assigned ISO 3166-1 alpha-2 country code</source>
        <translation>&apos;%1&apos; is geen toegekende ISO 3166-1 alpha-2-landcode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a party ID of three letters or digits as ISO 15118 defines them</source>
        <translation>&apos;%1&apos; is geen party-ID van drie letters of cijfers zoals ISO 15118 die definieert</translation>
    </message>
    <message>
        <source>kwh is %1; the energy charged cannot be negative</source>
        <translation>kwh is %1; de geladen energie kan niet negatief zijn</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code: currency is a case-sensitive string; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; is geen ISO 4217-code: currency is een hoofdlettergevoelige string; bedoelde u &apos;%2&apos;?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a withdrawn ISO 4217 currency code</source>
        <translation>&apos;%1&apos; is een ingetrokken ISO 4217-valutacode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; is geen ISO 4217-valutacode</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not follow the eMA ID format the spec recommends (e.g. NL-TST-C12345678-S)</source>
        <translation>&apos;%1&apos; volgt niet het eMA ID-formaat dat de spec aanbeveelt (bijv. NL-TST-C12345678-S)</translation>
    </message>
    <message>
        <source>contract ID &apos;%1&apos; names party %2-%3, but the token belongs to %4-%5</source>
        <translation>contract-ID &apos;%1&apos; noemt partij %2-%3, maar het token hoort bij %4-%5</translation>
    </message>
    <message>
        <source>RFID token uid &apos;%1&apos; is not hexadecimal, as RFID reader IDs usually are</source>
        <translation>RFID-token-uid &apos;%1&apos; is niet hexadecimaal, zoals ID&apos;s van RFID-lezers meestal zijn</translation>
    </message>
    <message>
        <source>a ChargingPeriod needs at least one CdrDimension (cardinality +)</source>
        <translation>een ChargingPeriod heeft minstens één CdrDimension nodig (kardinaliteit +)</translation>
    </message>
    <message>
        <source>%1 (%2) is above %3 (%4) in the same period</source>
        <translation>%1 (%2) ligt boven %3 (%4) in dezelfde periode</translation>
    </message>
    <message>
        <source>%1 appears more than once in this charging period</source>
        <translation>%1 komt meer dan eens voor in deze laadperiode</translation>
    </message>
    <message>
        <source>STATE_OF_CHARGE is %1; it is a percentage from 0 to 100</source>
        <translation>STATE_OF_CHARGE is %1; het is een percentage van 0 tot 100</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be negative</source>
        <translation>%1 is %2; dit kan niet negatief zijn</translation>
    </message>
    <message>
        <source>expected a Price object {excl_vat, incl_vat}, found the number %1 (OCPI 2.1.1 style)</source>
        <translation>een Price-object {excl_vat, incl_vat} verwacht, het getal %1 gevonden (OCPI 2.1.1-stijl)</translation>
    </message>
    <message>
        <source>excl_vat is negative (%1)</source>
        <translation>excl_vat is negatief (%1)</translation>
    </message>
    <message>
        <source>incl_vat (%1) is less than excl_vat (%2); VAT cannot be negative</source>
        <translation>incl_vat (%1) is kleiner dan excl_vat (%2); btw kan niet negatief zijn</translation>
    </message>
    <message>
        <source>charging period starts at %1, before the session starts (%2)</source>
        <translation>laadperiode begint om %1, vóór het begin van de sessie (%2)</translation>
    </message>
    <message>
        <source>charging period starts at %1, after the session ended (%2)</source>
        <translation>laadperiode begint om %1, na het einde van de sessie (%2)</translation>
    </message>
    <message>
        <source>charging periods %1 and %2 both start at %3; a period ends when the next one starts, so one of them is a duplicate</source>
        <translation>laadperiodes %1 en %2 beginnen beide om %3; een periode eindigt wanneer de volgende begint, dus een van beide is een duplicaat</translation>
    </message>
    <message>
        <source>charging period %1 starts at %2, before period %3 (%4); periods must be in time order</source>
        <translation>laadperiode %1 begint om %2, vóór periode %3 (%4); periodes moeten in chronologische volgorde staan</translation>
    </message>
    <message>
        <source>%1 is %2 h, longer than the period itself (%3 h)</source>
        <translation>%1 is %2 u, langer dan de periode zelf (%3 u)</translation>
    </message>
    <message>
        <source>the %1 volumes add up to %2, which is 1000 × kwh (%3): they look like Wh, but %1 is defined in kWh</source>
        <translation>de %1-volumes tellen op tot %2, wat 1000 × kwh (%3) is: ze lijken Wh, maar %1 is gedefinieerd in kWh</translation>
    </message>
    <message>
        <source>kwh (%1) is 1000 × the sum of the %2 volumes (%3): kwh looks like Wh</source>
        <translation>kwh (%1) is 1000 × de som van de %2-volumes (%3): kwh lijkt Wh</translation>
    </message>
    <message>
        <source>the last %1 volume equals kwh (%2): the volumes look like meter readings, but each one is the energy charged during its own period</source>
        <translation>het laatste %1-volume is gelijk aan kwh (%2): de volumes lijken meterstanden, maar elk volume is de energie die tijdens de eigen periode is geladen</translation>
    </message>
    <message>
        <source>kwh is %1, but the %2 volumes of the charging periods add up to %3</source>
        <translation>kwh is %1, maar de %2-volumes van de laadperiodes tellen op tot %3</translation>
    </message>
    <message>
        <source>the session ends (%1) before it starts (%2)</source>
        <translation>de sessie eindigt (%1) voordat ze begint (%2)</translation>
    </message>
    <message>
        <source>a COMPLETED session needs an end_date_time</source>
        <translation>een COMPLETED sessie heeft een end_date_time nodig</translation>
    </message>
    <message>
        <source>the session is %1 but already has an end_date_time</source>
        <translation>de sessie is %1, maar heeft al een end_date_time</translation>
    </message>
    <message>
        <source>the session is %1 (charging has not started) but kwh is %2</source>
        <translation>de sessie is %1 (het laden is niet begonnen), maar kwh is %2</translation>
    </message>
    <message>
        <source>last_updated (%1) is before the session started (%2)</source>
        <translation>last_updated (%1) ligt vóór het begin van de sessie (%2)</translation>
    </message>
    <message>
        <source>last_updated (%1) is before the session ended (%2)</source>
        <translation>last_updated (%1) ligt vóór het einde van de sessie (%2)</translation>
    </message>
    <message>
        <source>total_cost is in %1 but the session&apos;s currency is %2</source>
        <translation>total_cost is in %1, maar de currency van de sessie is %2</translation>
    </message>
    <message>
        <source>auth_method is %1 but there is no authorization_reference; when the eMSP gave one it SHALL be copied here</source>
        <translation>auth_method is %1, maar er is geen authorization_reference; als de eMSP er een heeft gegeven, SHALL die hier worden overgenomen</translation>
    </message>
    <message>
        <source>auth_method is WHITELIST (no request to the eMSP) and an authorization_reference is present: right when the session began with a reservation or command (auth_method may change during a session), otherwise nothing was authorised by the eMSP to refer to</source>
        <translation>auth_method is WHITELIST (geen request aan de eMSP) en er is een authorization_reference: juist als de sessie begon met een reservering of command (auth_method kan tijdens een sessie wijzigen), anders heeft de eMSP niets geautoriseerd waarnaar kan worden verwezen</translation>
    </message>
    <message>
        <source>&apos;#NA&apos; is allowed here only for a reservation that has no EVSE or connector yet; this session is %1</source>
        <translation>&apos;#NA&apos; is hier alleen toegestaan voor een reservering die nog geen EVSE of connector heeft; deze sessie is %1</translation>
    </message>
    <message>
        <source>&apos;#NA&apos; is meant for data that cannot be known; this field identifies the session</source>
        <translation>&apos;#NA&apos; is bedoeld voor gegevens die niet bekend kunnen zijn; dit veld identificeert de sessie</translation>
    </message>
    <message>
        <source>the text is not UTF-8 at line %1, column %2 (%3); JSON must be UTF-8, and bytes like this usually mean ISO-8859-1 or Windows-1252 text</source>
        <translation>de tekst is geen UTF-8 op regel %1, kolom %2 (%3); JSON moet UTF-8 zijn, en bytes als deze duiden meestal op ISO-8859-1- of Windows-1252-tekst</translation>
    </message>
    <message>
        <source>the record is nested deeper than %1 levels</source>
        <translation>het record is dieper genest dan %1 niveaus</translation>
    </message>
    <message>
        <source>the record holds a number that cannot be represented (too large or malformed)</source>
        <translation>het record bevat een getal dat niet kan worden weergegeven (te groot of onjuist gevormd)</translation>
    </message>
    <message>
        <source>the record is too large to parse (%1 bytes)</source>
        <translation>het record is te groot om te parsen (%1 bytes)</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>geen geldige JSON op regel %1, kolom %2: %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>geen geldige JSON: %1</translation>
    </message>
    <message>
        <source>the record is %1, not a Session object</source>
        <translation>het record is %1, geen Session-object</translation>
    </message>
</context>
<context>
    <name>Ocpi::Sim::Faults</name>
    <message>
        <source>unknown fault &apos;%1&apos;: use a comma-separated list of %2</source>
        <translation>onbekende fout &apos;%1&apos;: gebruik een kommagescheiden lijst van %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::Sim::Simulator</name>
    <message>
        <source>refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), so that no other computer can reach it</source>
        <translation>luisteren op %1 geweigerd: de simulator luistert alleen op loopback (127.0.0.1 of ::1), zodat geen andere computer hem kan bereiken</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>een onbekend adres</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>kan niet luisteren op %1: %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::Store::SessionCache</name>
    <message>
        <source>cannot create the folder %1 for the cache</source>
        <translation>kan de map %1 voor de cache niet aanmaken</translation>
    </message>
    <message>
        <source>cannot read the cache %1: %2</source>
        <translation>kan de cache %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>het is geen SQLite-database</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>kan de cache %1 niet openen: %2</translation>
    </message>
    <message>
        <source>it cannot be read as SQLite (%1)</source>
        <translation>het kan niet als SQLite worden gelezen (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (application_id %1)</source>
        <translation>het is een SQLite-database van een ander programma (application_id %1)</translation>
    </message>
    <message>
        <source>the cache %1 was written by a newer version of OCPI Session Monitor (schema %2; this one reads up to %3): it is left as it is; use a newer version or another --db file</source>
        <translation>de cache %1 is geschreven door een nieuwere versie van OCPI Session Monitor (schema %2; deze versie leest tot en met %3): hij blijft ongewijzigd; gebruik een nieuwere versie of een ander --db-bestand</translation>
    </message>
    <message>
        <source>cannot create the cache %1: %2</source>
        <translation>kan de cache %1 niet aanmaken: %2</translation>
    </message>
    <message>
        <source>cannot bring the cache %1 from schema %2 to %3: %4</source>
        <translation>kan de cache %1 niet van schema %2 naar %3 omzetten: %4</translation>
    </message>
    <message>
        <source>the cache %1 is damaged or not ours (%2) and cannot be set aside: %3</source>
        <translation>de cache %1 is beschadigd of niet van ons (%2) en kan niet opzij worden gezet: %3</translation>
    </message>
    <message>
        <source>the cache %1 is damaged or not ours (%2); it was renamed to %3 and a new cache is started</source>
        <translation>de cache %1 is beschadigd of niet van ons (%2); hij is hernoemd naar %3 en er wordt een nieuwe cache gestart</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>de cache is niet geopend</translation>
    </message>
    <message>
        <source>could not store the poll in the cache %1: %2 (nothing of this poll was kept)</source>
        <translation>kon de poll niet opslaan in de cache %1: %2 (niets van deze poll is bewaard)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>cannot clear the cache %1: %2</source>
        <translation>kan de cache %1 niet wissen: %2</translation>
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
        <translation>geen id</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): valid
</source>
        <translation>  sessie %1 (%2, regel %3): geldig
</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): valid, %4 warning(s), %5 note(s)
</source>
        <translation>  sessie %1 (%2, regel %3): geldig, %4 waarschuwing(en), %5 opmerking(en)
</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): INVALID, %4 error(s), %5 warning(s)
</source>
        <translation>  sessie %1 (%2, regel %3): ONGELDIG, %4 fout(en), %5 waarschuwing(en)
</translation>
    </message>
    <message>
        <source>  file error %1: %2
</source>
        <translation>  bestandsfout %1: %2
</translation>
    </message>
    <message numerus="yes">
        <source>  %n session(s) read as %1, %2 bytes
</source>
        <translation>
            <numerusform>  %n sessie gelezen als %1, %2 bytes
</numerusform>
            <numerusform>  %n sessies gelezen als %1, %2 bytes
</numerusform>
        </translation>
    </message>
    <message>
        <source>summary: %1 file(s), %2 session(s), %3 valid, %4 invalid, %5 error(s), %6 warning(s), %7 unreadable file(s)
</source>
        <translation>samenvatting: %1 bestand(en), %2 sessie(s), %3 geldig, %4 ongeldig, %5 fout(en), %6 waarschuwing(en), %7 onleesbare bestand(en)
</translation>
    </message>
</context>
<context>
    <name>Profiles::EndpointProfile</name>
    <message>
        <source>The profile has no name.</source>
        <translation>Het profiel heeft geen naam.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>De URL is leeg.</translation>
    </message>
    <message>
        <source>The URL is not valid: %1.</source>
        <translation>De URL is niet geldig: %1.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// for a test endpoint); &quot;%1&quot; is not supported.</source>
        <translation>De URL moet beginnen met https:// (of http:// voor een test-endpoint); &quot;%1&quot; wordt niet ondersteund.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>De URL heeft geen host.</translation>
    </message>
    <message>
        <source>http:// to %1 would send the token unencrypted: use https://, or confirm plain http:// for this test endpoint.</source>
        <translation>http:// naar %1 zou het token onversleuteld verzenden: gebruik https://, of bevestig onversleuteld http:// voor dit test-endpoint.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password; the token is kept apart.</source>
        <translation>De URL mag geen gebruikersnaam of wachtwoord bevatten; het token wordt apart bewaard.</translation>
    </message>
    <message>
        <source>The party&apos;s country code must be two capital letters (ISO 3166-1 alpha-2), such as NL.</source>
        <translation>De landcode van de partij moet uit twee hoofdletters bestaan (ISO 3166-1 alpha-2), zoals NL.</translation>
    </message>
    <message>
        <source>The party id must be three capital letters or digits, such as TNM.</source>
        <translation>De party id moet uit drie hoofdletters of cijfers bestaan, zoals TNM.</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 and %2 seconds.</source>
        <translation>Het poll-interval moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds.</source>
        <translation>De verbindingstime-out moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <source>The read timeout must be between %1 and %2 seconds.</source>
        <translation>De leestime-out moet tussen %1 en %2 seconden liggen.</translation>
    </message>
    <message>
        <source>The read timeout must not be shorter than the connect timeout.</source>
        <translation>De leestime-out mag niet korter zijn dan de verbindingstime-out.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Het certificaatbestand %1 kan niet worden gelezen.</translation>
    </message>
    <message>
        <source>A certificate file only applies to https:// URLs.</source>
        <translation>Een certificaatbestand geldt alleen voor https://-URL&apos;s.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM or DER certificate.</source>
        <translation>Het certificaatbestand %1 bevat geen PEM- of DER-certificaat.</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileJson</name>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>Het bestand is geen JSON: %1 bij byte %2.</translation>
    </message>
    <message>
        <source>The file holds no list of profiles (a &quot;profiles&quot; array).</source>
        <translation>Het bestand bevat geen lijst met profielen (een &quot;profiles&quot;-array).</translation>
    </message>
    <message>
        <source>Entry %1 is not an object and was skipped.</source>
        <translation>Item %1 is geen object en is overgeslagen.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Item %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profiel &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has a &quot;%2&quot; member: it was ignored. Tokens are never imported from files; enter the token in the profile.</source>
        <translation>%1 heeft een member &quot;%2&quot;: deze is genegeerd. Tokens worden nooit uit bestanden geïmporteerd; voer het token in het profiel in.</translation>
    </message>
    <message>
        <source>%1 has no name and was skipped.</source>
        <translation>%1 heeft geen naam en is overgeslagen.</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Een dergelijk profiel bestaat niet.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Er is al een ander profiel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated profile; %1 is the original&apos;s name.</extracomment>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Het profiel heeft geen naam.</translation>
    </message>
</context>
<context>
    <name>Profiles::TokenVault</name>
    <message>
        <source>the system keychain is switched off</source>
        <translation>de sleutelhanger van het systeem is uitgeschakeld</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Opgeslagen in de sleutelhanger van het systeem</translation>
    </message>
    <message>
        <source>No keychain available: the token is kept for this session only</source>
        <translation>Geen sleutelhanger beschikbaar: het token wordt alleen voor deze programmasessie bewaard</translation>
    </message>
    <message>
        <source>No keychain available (%1): the token is kept for this session only</source>
        <translation>Geen sleutelhanger beschikbaar (%1): het token wordt alleen voor deze programmasessie bewaard</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Zoeken naar de sleutelhanger van het systeem…</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>fout %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>kan de map %1 niet aanmaken</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>no token is stored for this profile</source>
        <translation>er is geen token opgeslagen voor dit profiel</translation>
    </message>
</context>
<context>
    <name>SessionFieldsModel</name>
    <message>
        <source>Identity</source>
        <translation>Identiteit</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Waar</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Wanneer</translation>
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
        <translation>Overig</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Record</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n bevinding</numerusform>
            <numerusform>%n bevindingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Veld</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Waarde</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Landcode</translation>
    </message>
    <message>
        <source>Party id</source>
        <translation>Party id</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Sessie-id</translation>
    </message>
    <message>
        <source>Location id</source>
        <translation>Location-id</translation>
    </message>
    <message>
        <source>EVSE uid</source>
        <translation>EVSE-uid</translation>
    </message>
    <message>
        <source>Connector id</source>
        <translation>Connector-id</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Begin</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Einde</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Laatst bijgewerkt</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Charging periods</source>
        <translation>Laadperiodes</translation>
    </message>
    <message>
        <source>Current power (kW)</source>
        <extracomment>kW of the last charging period</extracomment>
        <translation>Huidig vermogen (kW)</translation>
    </message>
    <message>
        <source>Meter id</source>
        <translation>Meter-id</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Valuta</translation>
    </message>
    <message>
        <source>Total cost excl. VAT</source>
        <translation>Totale kosten excl. btw</translation>
    </message>
    <message>
        <source>Total cost incl. VAT</source>
        <translation>Totale kosten incl. btw</translation>
    </message>
    <message>
        <source>Token uid</source>
        <translation>Token-uid</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Tokentype</translation>
    </message>
    <message>
        <source>Contract id</source>
        <translation>Contract-id</translation>
    </message>
    <message>
        <source>Token country code</source>
        <translation>Landcode van token</translation>
    </message>
    <message>
        <source>Token party id</source>
        <translation>Party id van token</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Authenticatiemethode</translation>
    </message>
    <message>
        <source>Authorization reference</source>
        <translation>Autorisatiereferentie</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Volledig record</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n meer)</numerusform>
            <numerusform>(+%n meer)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Active</source>
        <comment>session status</comment>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>session status</comment>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>session status</comment>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>session status</comment>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Reservation</source>
        <comment>session status</comment>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>session status: absent or not an OCPI value</comment>
        <translation>Onbekend</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <comment>status of a session its source no longer lists</comment>
        <translation>%1 (niet vermeld)</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>validity of a session without errors or warnings</comment>
        <translation>geldig</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n fout</numerusform>
            <numerusform>%n fouten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n waarschuwing</numerusform>
            <numerusform>%n waarschuwingen</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer lists this session; it is kept as last seen.</source>
        <translation>%1 vermeldt deze sessie niet meer; ze wordt bewaard zoals het laatst gezien.</translation>
    </message>
    <message>
        <source>Location %1, EVSE %2, connector %3</source>
        <translation>Location %1, EVSE %2, connector %3</translation>
    </message>
    <message>
        <source>From start to end</source>
        <translation>Van begin tot einde</translation>
    </message>
    <message>
        <source>From start to the last update: the session has not ended</source>
        <translation>Van begin tot de laatste update: de sessie is niet beëindigd</translation>
    </message>
    <message>
        <source>POWER of the last charging period</source>
        <translation>POWER van de laatste laadperiode</translation>
    </message>
    <message>
        <source>MAX_POWER of the last charging period (no POWER given)</source>
        <translation>MAX_POWER van de laatste laadperiode (geen POWER opgegeven)</translation>
    </message>
    <message>
        <source>ENERGY of the last charging period over its duration (no POWER or MAX_POWER given)</source>
        <translation>ENERGY van de laatste laadperiode over de duur ervan (geen POWER of MAX_POWER opgegeven)</translation>
    </message>
    <message>
        <source>%1 excl. VAT, %2 incl. VAT</source>
        <translation>%1 excl. btw, %2 incl. btw</translation>
    </message>
    <message>
        <source>%1 excl. VAT</source>
        <translation>%1 excl. btw</translation>
    </message>
    <message>
        <source>Authorized by %1</source>
        <translation>Geautoriseerd door %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>en %n meer</numerusform>
            <numerusform>en %n meer</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>column header: the session id</comment>
        <translation>Sessie</translation>
    </message>
    <message>
        <source>Location / EVSE / connector</source>
        <translation>Location / EVSE / connector</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Begin (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Einde (%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Energie (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Vermogen (kW)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>Authorization</source>
        <comment>column header: token type and masked uid</comment>
        <translation>Autorisatie</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Geldigheid</translation>
    </message>
    <message>
        <source>Last updated (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Laatst bijgewerkt (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>column header: where the session came from</comment>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Hours and minutes from start to end, or to the last update while the session runs</source>
        <translation>Uren en minuten van begin tot einde, of tot de laatste update zolang de sessie loopt</translation>
    </message>
    <message>
        <source>Power of the last charging period: POWER, else MAX_POWER, else its ENERGY over its duration</source>
        <translation>Vermogen van de laatste laadperiode: POWER, anders MAX_POWER, anders de ENERGY over de duur ervan</translation>
    </message>
    <message>
        <source>Total cost including VAT when the CPO gives it, else excluding VAT</source>
        <translation>Totale kosten inclusief btw als de CPO die opgeeft, anders exclusief btw</translation>
    </message>
    <message>
        <source>Token type and uid, the uid masked</source>
        <translation>Tokentype en uid, de uid gemaskeerd</translation>
    </message>
    <message>
        <source>Errors and warnings found checking the session against OCPI 2.2.1</source>
        <translation>Fouten en waarschuwingen gevonden bij het controleren van de sessie aan de hand van OCPI 2.2.1</translation>
    </message>
    <message>
        <source>%1 (cached)</source>
        <comment>status of a session read from the offline cache, not yet seen again</comment>
        <translation>%1 (gecachet)</translation>
    </message>
    <message>
        <source>From the offline cache: last seen %1 from %2. No poll has brought it again since the start.</source>
        <translation>Uit de offline cache: laatst gezien %1 van %2. Geen enkele poll heeft de sessie sinds de start opnieuw opgeleverd.</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>sessions</source>
        <translation>sessies</translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message numerus="yes">
        <source>(%n byte(s) received, none kept)</source>
        <translation>
            <numerusform>(%n byte ontvangen, niets bewaard)</numerusform>
            <numerusform>(%n bytes ontvangen, niets bewaard)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(geen body)</translation>
    </message>
    <message>
        <source>… (the first %1 of %2 bytes are kept)</source>
        <translation>… (de eerste %1 van %2 bytes zijn bewaard)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · %4 bytes</source>
        <translation>HTTP %1 %2 · %3 ms · %4 bytes</translation>
    </message>
    <message>
        <source>No HTTP answer · %1 ms</source>
        <translation>Geen HTTP-antwoord · %1 ms</translation>
    </message>
    <message>
        <source>OCPI status_code %1</source>
        <translation>OCPI status_code %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Fout: %1</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>no answer</source>
        <translation>geen antwoord</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (kept %2)</source>
        <extracomment>Bytes received, and how many of them are kept</extracomment>
        <translation>%1 (%2 bewaard)</translation>
    </message>
    <message>
        <source>X-Request-ID %1
X-Correlation-ID %2</source>
        <translation>X-Request-ID %1
X-Correlation-ID %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Tijd</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
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
        <translation>OCPI-status</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Duur</translation>
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
            <numerusform>%Ln nieuwe melding</numerusform>
            <numerusform>%Ln nieuwe meldingen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…en %Ln meer</numerusform>
            <numerusform>…en %Ln meer</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCPI Session Monitor: %Ln alert(s) not acknowledged</source>
        <translation>
            <numerusform>OCPI Session Monitor: %Ln melding niet bevestigd</numerusform>
            <numerusform>OCPI Session Monitor: %Ln meldingen niet bevestigd</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::AlertSettingsDialog</name>
    <message>
        <source>Alert Settings</source>
        <translation>Meldingsinstellingen</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Meldingsinstellingen</translation>
    </message>
    <message>
        <source>Session &amp;ACTIVE for longer than</source>
        <translation>Sessie &amp;ACTIVE langer dan</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> u</translation>
    </message>
    <message>
        <source>ACTIVE session with &amp;no update for</source>
        <translation>ACTIVE sessie &amp;zonder update gedurende</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Session turned &amp;INVALID</source>
        <translation>Sessie werd &amp;INVALID</translation>
    </message>
    <message>
        <source>Session with validation &amp;errors</source>
        <translation>Sessie met validatie&amp;fouten</translation>
    </message>
    <message>
        <source>Endpoint &amp;failing polls in a row</source>
        <translation>Endpoint: &amp;mislukte polls na elkaar</translation>
    </message>
    <message>
        <source> polls</source>
        <translation> polls</translation>
    </message>
    <message>
        <source>Endpoint with no &amp;successful poll for</source>
        <translation>Endpoint zonder &amp;geslaagde poll gedurende</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <comment>alert rule</comment>
        <translation>Drempel: %1</translation>
    </message>
    <message>
        <source>Alerts are raised once when a rule starts to hold and listed until it no longer does.</source>
        <translation>Meldingen worden eenmaal gegeven zodra een regel gaat gelden en blijven vermeld totdat hij niet meer geldt.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Dialoogknoppen</translation>
    </message>
</context>
<context>
    <name>Views::ChartWidget</name>
    <message>
        <source>No data</source>
        <translation>Geen gegevens</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Grafiek</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>axis title: quantity (unit), e.g. &quot;Energy (kWh)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 points from %3 to %4, lowest %5 %7, highest %6 %7</source>
        <extracomment>accessible summary of one chart line: %1 name, %2 number of points, %3 and %4 times, %5 lowest and %6 highest value, %7 unit</extracomment>
        <translation>%1: %2 punten van %3 tot %4, laagste %5 %7, hoogste %6 %7</translation>
    </message>
</context>
<context>
    <name>Views::FleetChartsView</name>
    <message>
        <source>Fleet charts</source>
        <translation>Vlootgrafieken</translation>
    </message>
    <message>
        <source>No energy delivered yet</source>
        <translation>Nog geen energie geleverd</translation>
    </message>
    <message>
        <source>Sessions by status</source>
        <translation>Sessies per status</translation>
    </message>
    <message>
        <source>No status recorded yet</source>
        <translation>Nog geen status vastgelegd</translation>
    </message>
    <message numerus="yes">
        <source>Energy delivered per hour (last %n h)</source>
        <extracomment>chart title; %n: hours shown, e.g. &quot;Energy delivered per hour (last 48 h)&quot;</extracomment>
        <translation>
            <numerusform>Geleverde energie per uur (laatste %n u)</numerusform>
            <numerusform>Geleverde energie per uur (laatste %n u)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::LiveSessionsView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Kolommen</translation>
    </message>
    <message>
        <source>Poll &amp;now</source>
        <translation>Nu &amp;pollen</translation>
    </message>
    <message>
        <source>Filter by id, location, EVSE or token (Ctrl+F)</source>
        <translation>Filteren op id, location, EVSE of token (Ctrl+F)</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Sessiefilter</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>&amp;Filter:</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Statusfilter</translation>
    </message>
    <message>
        <source>Show sessions of one status only</source>
        <translation>Alleen sessies met één status tonen</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Alle statussen</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Actief</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>In afwachting</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Voltooid</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Ongeldig</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Reservering</translation>
    </message>
    <message>
        <source>Validity filter</source>
        <translation>Geldigheidsfilter</translation>
    </message>
    <message>
        <source>Show sessions by what checking them against OCPI 2.2.1 found</source>
        <translation>Sessies tonen op basis van wat de controle aan de hand van OCPI 2.2.1 heeft gevonden</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Elke geldigheid</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Met fouten</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Alleen waarschuwingen</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Geldig</translation>
    </message>
    <message>
        <source>Start time filter</source>
        <translation>Begintijdfilter</translation>
    </message>
    <message>
        <source>Show sessions that started within this time before now</source>
        <translation>Sessies tonen die binnen deze tijd vóór nu zijn begonnen</translation>
    </message>
    <message>
        <source>Any start</source>
        <translation>Elk begin</translation>
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation>Begonnen in het afgelopen uur</translation>
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation>Begonnen in de afgelopen 24 uur</translation>
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation>Begonnen in de afgelopen 7 dagen</translation>
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation>Begonnen in de afgelopen 30 dagen</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Bronfilter</translation>
    </message>
    <message>
        <source>Show the sessions of one endpoint or file</source>
        <translation>De sessies van één endpoint of bestand tonen</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Nu pollen</translation>
    </message>
    <message>
        <source>Ask the endpoint for changes now (F5)</source>
        <translation>Het endpoint nu om wijzigingen vragen (F5)</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Live sessies</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Alle bronnen</translation>
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
        <translation>&amp;Bevestigen</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge all</source>
        <translation>&amp;Alles bevestigen</translation>
    </message>
    <message>
        <source>Alert settin&amp;gs…</source>
        <translation>Meldings&amp;instellingen…</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Actieve sessies</translation>
    </message>
    <message>
        <source>Sessions with status ACTIVE</source>
        <translation>Sessies met status ACTIVE</translation>
    </message>
    <message>
        <source>Pending sessions</source>
        <translation>Sessies in afwachting</translation>
    </message>
    <message>
        <source>Sessions with status PENDING</source>
        <translation>Sessies met status PENDING</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>Voltooide sessies</translation>
    </message>
    <message>
        <source>Sessions with status COMPLETED</source>
        <translation>Sessies met status COMPLETED</translation>
    </message>
    <message>
        <source>Invalid sessions</source>
        <translation>Ongeldige sessies</translation>
    </message>
    <message>
        <source>Sessions with status INVALID</source>
        <translation>Sessies met status INVALID</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Reserveringen</translation>
    </message>
    <message>
        <source>Sessions with status RESERVATION</source>
        <translation>Sessies met status RESERVATION</translation>
    </message>
    <message>
        <source>Total power now</source>
        <translation>Totaal vermogen nu</translation>
    </message>
    <message>
        <source>Power of the ACTIVE sessions still listed, in kW</source>
        <translation>Vermogen van de nog vermelde ACTIVE sessies, in kW</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Energie vandaag</translation>
    </message>
    <message>
        <source>kWh of the sessions started today</source>
        <translation>kWh van de vandaag begonnen sessies</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Met fouten</translation>
    </message>
    <message>
        <source>Sessions with validation errors</source>
        <translation>Sessies met validatiefouten</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Niet vermeld</translation>
    </message>
    <message>
        <source>Sessions their source no longer lists (stale)</source>
        <translation>Sessies die hun bron niet meer vermeldt (verouderd)</translation>
    </message>
    <message>
        <source>DEMO DATA: sessions from the built-in simulator, not a real operator</source>
        <translation>DEMOGEGEVENS: sessies van de ingebouwde simulator, geen echte operator</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Demogegevens</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Laatste poll</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Volgende poll</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Mislukte polls</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Verbinding</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Actieve meldingen</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Bevestigen</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts</source>
        <translation>De geselecteerde meldingen bevestigen</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen (Space in the list); they stay listed until resolved</source>
        <translation>De geselecteerde meldingen als gezien markeren (Space in de lijst); ze blijven vermeld totdat ze zijn opgelost</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Alle meldingen bevestigen</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Meldingsinstellingen</translation>
    </message>
    <message>
        <source>Thresholds of the alert rules</source>
        <translation>Drempels van de meldingsregels</translation>
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
        <translation>Geen live bron</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Endpoint: %1</translation>
    </message>
    <message>
        <source>No poll has finished yet</source>
        <translation>Er is nog geen poll voltooid</translation>
    </message>
    <message>
        <source>Last poll at %1: OK · %2</source>
        <translation>Laatste poll om %1: OK · %2</translation>
    </message>
    <message>
        <source>Last poll FAILED at %1: %2</source>
        <translation>Laatste poll MISLUKT om %1: %2</translation>
    </message>
    <message>
        <source>Polling now…</source>
        <translation>Nu aan het pollen…</translation>
    </message>
    <message numerus="yes">
        <source>Next poll in %Ln s (at %1)</source>
        <translation>
            <numerusform>Volgende poll over %Ln s (om %1)</numerusform>
            <numerusform>Volgende poll over %Ln s (om %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next poll due now</source>
        <translation>Volgende poll is nu aan de beurt</translation>
    </message>
    <message>
        <source>No poll scheduled</source>
        <translation>Geen poll gepland</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln poll na elkaar mislukt: %1</numerusform>
            <numerusform>%Ln polls na elkaar mislukt: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts: none</source>
        <translation>&amp;Meldingen: geen</translation>
    </message>
    <message numerus="yes">
        <source>Ale&amp;rts: %Ln listed, %1 not acknowledged</source>
        <translation>
            <numerusform>&amp;Meldingen: %Ln vermeld, %1 niet bevestigd</numerusform>
            <numerusform>&amp;Meldingen: %Ln vermeld, %1 niet bevestigd</numerusform>
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
        <translation>Endpointprofielen</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profielen</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Toevoegen</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Een profiel toevoegen</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>&amp;Dupliceren</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Het geselecteerde profiel dupliceren</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>Ver&amp;wijderen</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Het geselecteerde profiel verwijderen</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>I&amp;mporteren…</translation>
    </message>
    <message>
        <source>Import profiles from a JSON file</source>
        <translation>Profielen importeren uit een JSON-bestand</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporteren…</translation>
    </message>
    <message>
        <source>Export the profiles to a JSON file, without tokens</source>
        <translation>De profielen exporteren naar een JSON-bestand, zonder tokens</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Profielnaam</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>Endpoint-URL</translation>
    </message>
    <message>
        <source>https://cpo.example/ocpi/versions</source>
        <translation>https://cpo.example/ocpi/versions</translation>
    </message>
    <message>
        <source>What the URL points at</source>
        <translation>Waar de URL naar verwijst</translation>
    </message>
    <message>
        <source>Detect from the answer</source>
        <translation>Uit het antwoord afleiden</translation>
    </message>
    <message>
        <source>Versions endpoint</source>
        <translation>Versions-endpoint</translation>
    </message>
    <message>
        <source>Version details endpoint</source>
        <translation>Version details-endpoint</translation>
    </message>
    <message>
        <source>Sessions endpoint</source>
        <translation>Sessions-endpoint</translation>
    </message>
    <message>
        <source>Party country code</source>
        <translation>Landcode van de partij</translation>
    </message>
    <message>
        <source>NL</source>
        <extracomment>Placeholder of the party&apos;s country code field.</extracomment>
        <translation>NL</translation>
    </message>
    <message>
        <source>Party id</source>
        <translation>Party id</translation>
    </message>
    <message>
        <source>TNM</source>
        <extracomment>Placeholder of the party id field.</extracomment>
        <translation>TNM</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Poll-interval in seconden</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Verbindingstime-out in seconden</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Leestime-out in seconden</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>Vertrouwd certificaatbestand</translation>
    </message>
    <message>
        <source>Only for a test endpoint with its own CA</source>
        <translation>Alleen voor een test-endpoint met een eigen CA</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>&amp;Bladeren…</translation>
    </message>
    <message>
        <source>Choose the trusted certificate file</source>
        <translation>Het vertrouwde certificaatbestand kiezen</translation>
    </message>
    <message>
        <source>Allow plain http:// to this host (the token travels unencrypted)</source>
        <translation>Onversleuteld http:// naar deze host toestaan (het token wordt onversleuteld verzonden)</translation>
    </message>
    <message>
        <source>Allow plain http to a host that is not this computer</source>
        <translation>Onversleuteld http toestaan naar een host die niet deze computer is</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Token</translation>
    </message>
    <message>
        <source>Type a token to set or replace it</source>
        <translation>Typ een token om het in te stellen of te vervangen</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Waar het token wordt bewaard</translation>
    </message>
    <message>
        <source>Store the token in a plain-text file instead</source>
        <translation>Het token in plaats daarvan in een tekstbestand opslaan</translation>
    </message>
    <message>
        <source>Store the token in a plain-text file</source>
        <translation>Het token in een tekstbestand opslaan</translation>
    </message>
    <message>
        <source>Warning: anyone who can read your files can read the token in that file. Choose this only if you cannot enter the token in every session.</source>
        <translation>Waarschuwing: iedereen die uw bestanden kan lezen, kan het token in dat bestand lezen. Kies dit alleen als u het token niet in elke programmasessie kunt invoeren.</translation>
    </message>
    <message>
        <source>Plain-text warning</source>
        <translation>Waarschuwing voor onversleutelde tekst</translation>
    </message>
    <message>
        <source>Problems of the profile</source>
        <translation>Problemen van het profiel</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>Na&amp;am:</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL:</translation>
    </message>
    <message>
        <source>URL &amp;points at:</source>
        <translation>URL ve&amp;rwijst naar:</translation>
    </message>
    <message>
        <source>&amp;Party (country, id):</source>
        <translation>&amp;Partij (land, id):</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Poll-&amp;interval:</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>&amp;Verbindingstime-out:</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>&amp;Leestime-out:</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Vertrouwd &amp;certificaat:</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>To&amp;ken:</translation>
    </message>
    <message>
        <source>Save the profiles</source>
        <translation>De profielen opslaan</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>De wijzigingen verwerpen</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>The name of a new endpoint profile.</extracomment>
        <translation>Nieuw profiel</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (kopie)</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Er is al een ander profiel met de naam &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has problems too.</source>
        <translation>Profiel &quot;%1&quot; heeft ook problemen.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificaten (*.pem *.crt *.cer *.der);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Kan %1 niet lezen: %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Kan %1 niet schrijven: %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Profielen importeren</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>JSON-bestanden (*.json);;Alle bestanden (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Profielen exporteren</translation>
    </message>
    <message>
        <source>profiles.json</source>
        <translation>profiles.json</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Niet meer volgen</translation>
    </message>
    <message>
        <source>Stop watching the selected profile&apos;s endpoint</source>
        <translation>Het endpoint van het geselecteerde profiel niet meer volgen</translation>
    </message>
    <message>
        <source>Stop polling this endpoint now; its sessions stay in the table</source>
        <translation>Dit endpoint nu niet meer pollen; de sessies ervan blijven in de tabel</translation>
    </message>
    <message>
        <source>Save the profiles and watch the selected one, beside those watched already</source>
        <translation>De profielen opslaan en het geselecteerde volgen, naast de al gevolgde</translation>
    </message>
    <message>
        <source>Watched now</source>
        <translation>Nu gevolgd</translation>
    </message>
</context>
<context>
    <name>Views::SessionChartsView</name>
    <message>
        <source>Session charts</source>
        <translation>Sessiegrafieken</translation>
    </message>
    <message>
        <source>Charging of the selected session</source>
        <extracomment>chart title; %1 is the session&apos;s key, e.g. NL*STK*S1</extracomment>
        <translation>Laden van de geselecteerde sessie</translation>
    </message>
    <message>
        <source>Charging of %1</source>
        <translation>Laden van %1</translation>
    </message>
    <message>
        <source>No charging periods</source>
        <translation>Geen laadperiodes</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Geen sessie geselecteerd</translation>
    </message>
</context>
<context>
    <name>Views::SessionDetailsView</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Kopiëren als &amp;JSON</translation>
    </message>
    <message>
        <source>Copy &amp;Finding</source>
        <translation>&amp;Bevinding kopiëren</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Geselecteerde sessie</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Bevindingen</translation>
    </message>
    <message>
        <source>Problems found in the session; selecting one shows its field and its place in the JSON</source>
        <translation>Problemen gevonden in de sessie; als u er een selecteert, worden het veld en de plaats in de JSON getoond</translation>
    </message>
    <message>
        <source>Session fields</source>
        <translation>Sessievelden</translation>
    </message>
    <message>
        <source>The session&apos;s fields by topic, each with its findings</source>
        <translation>De velden van de sessie per onderwerp, elk met de bijbehorende bevindingen</translation>
    </message>
    <message>
        <source>Record JSON</source>
        <translation>Record-JSON</translation>
    </message>
    <message>
        <source>The record&apos;s JSON text, pretty-printed, with the findings&apos; places marked</source>
        <translation>De JSON-tekst van het record, opgemaakt, met de plaatsen van de bevindingen gemarkeerd</translation>
    </message>
    <message>
        <source>JSON status</source>
        <translation>JSON-status</translation>
    </message>
    <message>
        <source>Charging periods</source>
        <translation>Laadperiodes</translation>
    </message>
    <message>
        <source>One row per charging period; overlaps and gaps are named in the Timing column</source>
        <translation>Eén rij per laadperiode; overlappingen en gaten worden in de kolom Timing genoemd</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Record JSON and charging periods</source>
        <translation>Record-JSON en laadperiodes</translation>
    </message>
    <message>
        <source>Findings and fields</source>
        <translation>Bevindingen en velden</translation>
    </message>
    <message>
        <source>Fields and JSON</source>
        <translation>Velden en JSON</translation>
    </message>
    <message>
        <source>Copy the record&apos;s JSON, pretty-printed, to the clipboard</source>
        <translation>De JSON van het record, opgemaakt, naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Copy the selected finding with its rule and spec section</source>
        <translation>De geselecteerde bevinding met de regel en spec-sectie kopiëren</translation>
    </message>
    <message>
        <source>Session %1 from %2</source>
        <extracomment>%1 the session&apos;s key (CC*PPP*ID), %2 where it came from</extracomment>
        <translation>Sessie %1 van %2</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(geen id)</translation>
    </message>
    <message>
        <source>The record&apos;s JSON text was not kept, so it cannot be shown or copied.</source>
        <translation>De JSON-tekst van het record is niet bewaard en kan dus niet worden getoond of gekopieerd.</translation>
    </message>
    <message>
        <source>Shown as received: %1</source>
        <translation>Getoond zoals ontvangen: %1</translation>
    </message>
    <message>
        <source>No session selected: select one in the sessions table.</source>
        <translation>Geen sessie geselecteerd: selecteer er een in de sessietabel.</translation>
    </message>
</context>
<context>
    <name>Views::SourcesView</name>
    <message>
        <source>Clear so&amp;urce</source>
        <translation>Bron &amp;wissen</translation>
    </message>
    <message>
        <source>Show onl&amp;y this source</source>
        <translation>&amp;Alleen deze bron tonen</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Bronnen</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Bron</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessies</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Toestand</translation>
    </message>
    <message>
        <source>Clear source</source>
        <translation>Bron wissen</translation>
    </message>
    <message>
        <source>Remove this source&apos;s sessions from the table (Delete); a file can be opened again</source>
        <translation>De sessies van deze bron uit de tabel verwijderen (Delete); een bestand kan opnieuw worden geopend</translation>
    </message>
    <message>
        <source>Show only this source</source>
        <translation>Alleen deze bron tonen</translation>
    </message>
    <message>
        <source>Filter the table to this source&apos;s sessions</source>
        <translation>De tabel filteren op de sessies van deze bron</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpoint</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Bestand</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>MISLUKT: %1</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Niet meer volgen</translation>
    </message>
    <message>
        <source>Stop watching this endpoint</source>
        <translation>Dit endpoint niet meer volgen</translation>
    </message>
    <message>
        <source>Stop polling this endpoint; its sessions stay in the table until you clear the source</source>
        <translation>Dit endpoint niet meer pollen; de sessies ervan blijven in de tabel totdat u de bron wist</translation>
    </message>
</context>
<context>
    <name>Views::TrafficView</name>
    <message>
        <source>Show &amp;body</source>
        <translation>B&amp;ody tonen</translation>
    </message>
    <message>
        <source>Cop&amp;y exchange</source>
        <translation>&amp;Uitwisseling kopiëren</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>HAR e&amp;xporteren…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Verkeer wissen</translation>
    </message>
    <message>
        <source>Copy exchange</source>
        <translation>Uitwisseling kopiëren</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>HAR exporteren…</translation>
    </message>
    <message>
        <source>Clear traffic</source>
        <translation>Verkeer wissen</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>HTTP-uitwisselingen</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Details van de uitwisseling</translation>
    </message>
    <message>
        <source>Select an exchange to see its headers and body.</source>
        <translation>Selecteer een uitwisseling om de headers en body ervan te zien.</translation>
    </message>
    <message>
        <source>Show the response body</source>
        <translation>De response-body tonen</translation>
    </message>
    <message>
        <source>Show the selected exchange&apos;s response body, pretty-printed when it is JSON</source>
        <translation>De response-body van de geselecteerde uitwisseling tonen, opgemaakt als het JSON is</translation>
    </message>
    <message>
        <source>Keep last N exchanges</source>
        <translation>Laatste N uitwisselingen bewaren</translation>
    </message>
    <message>
        <source>The oldest exchanges are dropped beyond this number</source>
        <translation>Boven dit aantal worden de oudste uitwisselingen verwijderd</translation>
    </message>
    <message>
        <source>&amp;Keep last</source>
        <translation>Bewaar de laa&amp;tste</translation>
    </message>
    <message>
        <source>exchanges</source>
        <extracomment>&quot;Keep last [500] exchanges&quot;</extracomment>
        <translation>uitwisselingen</translation>
    </message>
    <message>
        <source>Traffic summary</source>
        <translation>Verkeersoverzicht</translation>
    </message>
    <message>
        <source>Copy the selected exchange (redacted) to the clipboard</source>
        <translation>De geselecteerde uitwisseling (gemaskeerd) naar het klembord kopiëren</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>HAR exporteren</translation>
    </message>
    <message>
        <source>Save every exchange held (redacted) as a HAR file for a support case</source>
        <translation>Alle bewaarde uitwisselingen (gemaskeerd) opslaan als HAR-bestand voor een supportaanvraag</translation>
    </message>
    <message>
        <source>Forget the exchanges recorded so far</source>
        <translation>De tot nu toe vastgelegde uitwisselingen vergeten</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n uitwisseling</numerusform>
            <numerusform>%n uitwisselingen</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic as HAR</source>
        <translation>Verkeer exporteren als HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json)</source>
        <translation>HAR-bestanden (*.har);;JSON-bestanden (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Exporteren mislukt</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Kon %1 niet schrijven: %2</translation>
    </message>
</context>
</TS>
