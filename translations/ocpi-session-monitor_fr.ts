<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AlertModel</name>
    <message>
        <source>Critical</source>
        <comment>alert severity</comment>
        <translation>Critique</translation>
    </message>
    <message>
        <source>Warning</source>
        <comment>alert severity</comment>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>%1 (acknowledged)</source>
        <comment>alert severity</comment>
        <translation>%1 (acquittée)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Point d&apos;accès %1</translation>
    </message>
    <message>
        <source>Session %1</source>
        <translation>Session %1</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Raised (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Déclenchée (%1)</translation>
    </message>
    <message>
        <source>Concerns</source>
        <translation>Concerne</translation>
    </message>
    <message>
        <source>Alert</source>
        <translation>Alerte</translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE for %Ln hour(s) or more</source>
        <translation>
            <numerusform>ACTIVE depuis %Ln heure ou plus</numerusform>
            <numerusform>ACTIVE depuis %Ln heures ou plus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>ACTIVE with no update for %Ln minute(s) or more</source>
        <translation>
            <numerusform>ACTIVE sans mise à jour depuis %Ln minute ou plus</numerusform>
            <numerusform>ACTIVE sans mise à jour depuis %Ln minutes ou plus</numerusform>
        </translation>
    </message>
    <message>
        <source>Status turned INVALID</source>
        <translation>Statut passé à INVALID</translation>
    </message>
    <message>
        <source>Has validation errors</source>
        <translation>Présente des erreurs de validation</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln interrogation consécutive en échec : %1</numerusform>
            <numerusform>%Ln interrogations consécutives en échec : %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>No successful poll for %Ln minute(s) or more</source>
        <translation>
            <numerusform>Aucune interrogation réussie depuis %Ln minute ou plus</numerusform>
            <numerusform>Aucune interrogation réussie depuis %Ln minutes ou plus</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>App::CacheCommand</name>
    <message>
        <source>none</source>
        <translation>aucun</translation>
    </message>
    <message>
        <source>Look at the offline cache that `poll --cache` fills: the sessions kept per endpoint and each endpoint&apos;s
watermark (the date_from its next sync asks for). With no action, --list.
The cache is %1 unless --db names another file.</source>
        <translation>Consulter le cache hors ligne que remplit `poll --cache` : les sessions conservées par point d&apos;accès et le filigrane (date_from) de chaque
point d&apos;accès (la date_from que demandera sa prochaine synchronisation). Sans action, --list.
Le cache est %1, sauf si --db désigne un autre fichier.</translation>
    </message>
    <message>
        <source>List the endpoints with their session counts.</source>
        <translation>Lister les points d&apos;accès avec leur nombre de sessions.</translation>
    </message>
    <message>
        <source>Write the cached sessions as NDJSON (one record per line) to FILE; `validate FILE` reads it. &apos;-&apos; writes to standard output.</source>
        <translation>Écrire les sessions en cache au format NDJSON (un enregistrement par ligne) dans FICHIER ; `validate FICHIER` le lit. &apos;-&apos; écrit sur la sortie standard.</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Forget the sessions and watermark of --endpoint, or of every endpoint.</source>
        <translation>Oublier les sessions et le filigrane de --endpoint, ou de tous les points d&apos;accès.</translation>
    </message>
    <message>
        <source>Only this endpoint (its key as --list shows it, or its URL).</source>
        <translation>Uniquement ce point d&apos;accès (sa clé telle que --list l&apos;affiche, ou son URL).</translation>
    </message>
    <message>
        <source>KEY</source>
        <translation>CLÉ</translation>
    </message>
    <message>
        <source>The endpoint of this endpoint profile (File ▸ Endpoint profiles).</source>
        <translation>Le point d&apos;accès de ce profil de point d&apos;accès (Fichier ▸ Profils de points d&apos;accès).</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NOM</translation>
    </message>
    <message>
        <source>The cache file (default: %1).</source>
        <translation>Le fichier de cache (par défaut : %1).</translation>
    </message>
    <message>
        <source>The cache command.</source>
        <translation>La commande cache.</translation>
    </message>
    <message>
        <source>see: ocpi-session-monitor cache --help</source>
        <translation>voir : ocpi-session-monitor cache --help</translation>
    </message>
    <message>
        <source>cache: unexpected argument &apos;%1&apos;</source>
        <translation>cache : argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache: give one of --list, --export FILE and --clear</source>
        <translation>cache : indiquez une seule option parmi --list, --export FICHIER et --clear</translation>
    </message>
    <message>
        <source>cache: give --endpoint or --profile, not both</source>
        <translation>cache : indiquez --endpoint ou --profile, pas les deux</translation>
    </message>
    <message>
        <source>cache: there is no endpoint profile named &apos;%1&apos;</source>
        <translation>cache : aucun profil de point d&apos;accès ne s&apos;appelle &apos;%1&apos;</translation>
    </message>
    <message>
        <source>cache: %1</source>
        <translation>cache : %1</translation>
    </message>
    <message>
        <source>cache: the old file was damaged or not a cache and was renamed to %1</source>
        <translation>cache : l&apos;ancien fichier était endommagé ou n&apos;était pas un cache ; il a été renommé en %1</translation>
    </message>
    <message numerus="yes">
        <source>cache: %n session(s) exported</source>
        <translation>
            <numerusform>cache : %n session exportée</numerusform>
            <numerusform>cache : %n sessions exportées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache : vidé, %n session supprimée</numerusform>
            <numerusform>cache : vidé, %n sessions supprimées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cache: %1 cleared, %n session(s) removed</source>
        <translation>
            <numerusform>cache : %1 vidé, %n session supprimée</numerusform>
            <numerusform>cache : %1 vidé, %n sessions supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>cache: %1 (schema %2)
</source>
        <translation>cache : %1 (schéma %2)
</translation>
    </message>
    <message numerus="yes">
        <source>%1	%n session(s)	watermark %2	last poll %3
</source>
        <translation>
            <numerusform>%1	%n session	filigrane (date_from) %2	dernière interrogation %3
</numerusform>
            <numerusform>%1	%n sessions	filigrane (date_from) %2	dernière interrogation %3
</numerusform>
        </translation>
    </message>
    <message>
        <source>no cached endpoint%1
</source>
        <translation>aucun point d&apos;accès en cache%1
</translation>
    </message>
</context>
<context>
    <name>App::LiveSource</name>
    <message>
        <source>the demo CPO could not listen on 127.0.0.1: %1</source>
        <translation>le CPO de démo n&apos;a pas pu écouter sur 127.0.0.1 : %1</translation>
    </message>
    <message>
        <source>demo CPO</source>
        <translation>CPO de démo</translation>
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
        <translation>Surveille les sessions de recharge de VE échangées via OCPI et les vérifie selon OCPI 2.2.1.

Commandes :
  validate [--format text|json] FICHIER...   vérifier des fichiers JSON de Session (voir validate --help)
  poll --url URL [--once] [--format ndjson|json|csv]   lire les sessions d&apos;un point d&apos;accès OCPI
       [--cache [FICHIER]]   ...en les conservant dans le cache hors ligne et en reprenant à partir de celui-ci
  simulate [--port P] [--sessions N] [--faults LISTE]   exécuter le CPO de démo intégré sur 127.0.0.1
  cache [--list | --export FICHIER | --clear] [--endpoint CLÉ] [--db FICHIER]   le cache hors ligne

Sans commande, le moniteur graphique s&apos;ouvre ; les arguments FICHIER y sont ouverts.</translation>
    </message>
    <message>
        <source>command</source>
        <translation>commande</translation>
    </message>
    <message>
        <source>validate, poll, simulate, cache, or nothing for the graphical monitor</source>
        <translation>validate, poll, simulate, cache, ou rien pour le moniteur graphique</translation>
    </message>
    <message>
        <source>With no --url, the built-in demo CPO runs on 127.0.0.1 and is watched.</source>
        <translation>Sans --url, le CPO de démo intégré s&apos;exécute sur 127.0.0.1 et est surveillé.</translation>
    </message>
    <message>
        <source>OCPI versions (or sessions) URL to watch.</source>
        <translation>URL des versions OCPI (ou des sessions) à surveiller.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>File holding the credentials token (else OCPI_TOKEN).</source>
        <translation>Fichier contenant le jeton Credentials (sinon OCPI_TOKEN).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Secondes entre deux interrogations (30 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>Session JSON files to open.</source>
        <translation>Fichiers JSON de Session à ouvrir.</translation>
    </message>
    <message>
        <source>[FILE...]</source>
        <translation>[FICHIER...]</translation>
    </message>
    <message>
        <source>cannot read the token file %1: %2</source>
        <translation>impossible de lire le fichier de jeton %1 : %2</translation>
    </message>
    <message>
        <source>The offline cache file (default: %1).</source>
        <translation>Le fichier du cache hors ligne (par défaut : %1).</translation>
    </message>
    <message>
        <source>Neither show nor keep cached sessions.</source>
        <translation>Ne pas afficher ni conserver les sessions en cache.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer for --url (the token travels unencrypted).</source>
        <translation>Autoriser le http:// simple vers un hôte autre que cet ordinateur pour --url (le jeton circule en clair).</translation>
    </message>
    <message>
        <source>the URL must not hold a user name or password; give the token with --token-file or OCPI_TOKEN</source>
        <translation>l&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; donnez le jeton avec --token-file ou OCPI_TOKEN</translation>
    </message>
    <message>
        <source>warning: a core dump of this program could hold the token (%1)</source>
        <translation>avertissement : un fichier core de ce programme pourrait contenir le jeton (%1)</translation>
    </message>
</context>
<context>
    <name>App::MainWindow</name>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>OCPI Session Monitor</source>
        <translation>OCPI Session Monitor</translation>
    </message>
    <message>
        <source>No credentials token is available for the profile %1.</source>
        <translation>Aucun jeton Credentials n&apos;est disponible pour le profil %1.</translation>
    </message>
    <message>
        <source>The keychain said: %1.</source>
        <translation>Le trousseau a répondu : %1.</translation>
    </message>
    <message>
        <source>Open File ▸ Endpoint profiles, select the profile and enter its token.</source>
        <translation>Ouvrez Fichier ▸ Profils de points d&apos;accès, sélectionnez le profil et saisissez son jeton.</translation>
    </message>
    <message>
        <source>No token for %1</source>
        <translation>Aucun jeton pour %1</translation>
    </message>
    <message>
        <source>profile %1</source>
        <translation>profil %1</translation>
    </message>
    <message>
        <source>Session details, charts and sources</source>
        <translation>Détails, graphiques et sources de la session</translation>
    </message>
    <message>
        <source>&amp;Details</source>
        <translation>Déta&amp;ils</translation>
    </message>
    <message>
        <source>Session &amp;chart</source>
        <translation>&amp;Graphique de session</translation>
    </message>
    <message>
        <source>Flee&amp;t</source>
        <translation>Pa&amp;rc</translation>
    </message>
    <message>
        <source>S&amp;ources</source>
        <translation>S&amp;ources</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Connection status</source>
        <translation>État de la connexion</translation>
    </message>
    <message>
        <source>Reading progress</source>
        <translation>Progression de la lecture</translation>
    </message>
    <message>
        <source>Cancel reading</source>
        <translation>Annuler la lecture</translation>
    </message>
    <message>
        <source>Stop reading files (Esc); what was read is kept</source>
        <translation>Arrêter la lecture des fichiers (Esc) ; ce qui a été lu est conservé</translation>
    </message>
    <message>
        <source>Time zone</source>
        <translation>Fuseau horaire</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Prêt</translation>
    </message>
    <message>
        <source>Reading %1… %2 of %3</source>
        <translation>Lecture de %1… %2 sur %3</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Fichier</translation>
    </message>
    <message>
        <source>&amp;Open…</source>
        <translation>&amp;Ouvrir…</translation>
    </message>
    <message>
        <source>Read OCPI Session JSON files into the table</source>
        <translation>Lire des fichiers JSON de Session OCPI dans le tableau</translation>
    </message>
    <message>
        <source>Open &amp;recent</source>
        <translation>Ouvrir un fichier &amp;récent</translation>
    </message>
    <message>
        <source>&amp;Export table as CSV…</source>
        <translation>&amp;Exporter le tableau en CSV…</translation>
    </message>
    <message>
        <source>Export &amp;findings</source>
        <translation>Exporter les &amp;constats</translation>
    </message>
    <message>
        <source>Of the &amp;selected sessions as CSV…</source>
        <translation>Des &amp;sessions sélectionnées en CSV…</translation>
    </message>
    <message>
        <source>Of &amp;all sessions as CSV…</source>
        <translation>De &amp;toutes les sessions en CSV…</translation>
    </message>
    <message>
        <source>Of the selected sessions as &amp;JSON report…</source>
        <translation>Des sessions sélectionnées en rapport &amp;JSON…</translation>
    </message>
    <message>
        <source>Of all sessions as JSON &amp;report…</source>
        <translation>De toutes les sessions en &amp;rapport JSON…</translation>
    </message>
    <message>
        <source>&amp;Clear source</source>
        <translation>&amp;Vider la source</translation>
    </message>
    <message>
        <source>Endpoint &amp;profiles…</source>
        <translation>&amp;Profils de points d&apos;accès…</translation>
    </message>
    <message>
        <source>Add, edit and watch OCPI endpoints; their tokens are kept in the system keychain</source>
        <translation>Ajouter, modifier et surveiller des points d&apos;accès OCPI ; leurs jetons sont conservés dans le trousseau système</translation>
    </message>
    <message>
        <source>Watch the &amp;demo CPO</source>
        <translation>Surveiller le CPO de &amp;démo</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>É&amp;dition</translation>
    </message>
    <message>
        <source>&amp;View</source>
        <translation>Affic&amp;hage</translation>
    </message>
    <message>
        <source>&amp;Filter…</source>
        <translation>&amp;Filtrer…</translation>
    </message>
    <message>
        <source>Show times in &amp;UTC</source>
        <translation>Afficher les heures en &amp;UTC</translation>
    </message>
    <message>
        <source>Switch between UTC and local time (Ctrl+U)</source>
        <translation>Basculer entre UTC et l&apos;heure locale (Ctrl+U)</translation>
    </message>
    <message>
        <source>&amp;Sessions</source>
        <translation>&amp;Sessions</translation>
    </message>
    <message>
        <source>&amp;Poll now</source>
        <translation>&amp;Interroger maintenant</translation>
    </message>
    <message>
        <source>Acknowledge all &amp;alerts</source>
        <translation>Acquitter toutes les &amp;alertes</translation>
    </message>
    <message>
        <source>Alert &amp;settings…</source>
        <translation>&amp;Paramètres des alertes…</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Aide</translation>
    </message>
    <message>
        <source>&amp;About OCPI Session Monitor</source>
        <translation>À &amp;propos d&apos;OCPI Session Monitor</translation>
    </message>
    <message>
        <source>Times: UTC</source>
        <translation>Heures : UTC</translation>
    </message>
    <message>
        <source>Times: local (%1)</source>
        <translation>Heures : locales (%1)</translation>
    </message>
    <message>
        <source>Times are shown in %1; click or press Ctrl+U to switch</source>
        <translation>Les heures sont affichées en %1 ; cliquez ou appuyez sur Ctrl+U pour basculer</translation>
    </message>
    <message>
        <source>endpoint %1</source>
        <translation>point d&apos;accès %1</translation>
    </message>
    <message>
        <source>demo CPO</source>
        <translation>CPO de démo</translation>
    </message>
    <message>
        <source>No live data: %1</source>
        <translation>Aucune donnée en direct : %1</translation>
    </message>
    <message>
        <source>waiting for the first poll</source>
        <translation>en attente de la première interrogation</translation>
    </message>
    <message>
        <source>DEMO DATA from the built-in CPO at %1 (not a real operator)</source>
        <translation>DONNÉES DE DÉMO du CPO intégré à %1 (pas un véritable opérateur)</translation>
    </message>
    <message>
        <source>Endpoint %1</source>
        <translation>Point d&apos;accès %1</translation>
    </message>
    <message>
        <source>polling…</source>
        <translation>interrogation…</translation>
    </message>
    <message>
        <source>last poll FAILED at %1: %2</source>
        <translation>dernière interrogation EN ÉCHEC à %1 : %2</translation>
    </message>
    <message>
        <source>last poll %1: %2</source>
        <translation>dernière interrogation %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>next in %n s</source>
        <translation>
            <numerusform>prochaine dans %n s</numerusform>
            <numerusform>prochaine dans %n s</numerusform>
        </translation>
    </message>
    <message>
        <source>Open OCPI Session JSON</source>
        <translation>Ouvrir du JSON de Session OCPI</translation>
    </message>
    <message>
        <source>JSON files (*.json *.ndjson *.jsonl *.txt);;All files (*)</source>
        <translation>Fichiers JSON (*.json *.ndjson *.jsonl *.txt);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Some files could not be read completely</source>
        <translation>Certains fichiers n&apos;ont pas pu être lus entièrement</translation>
    </message>
    <message>
        <source>%1

The sessions read before each problem are in the table. Check that the file holds OCPI Session JSON (an object, an array, an OCPI response or one session per line), saved as UTF-8, and not cut short.</source>
        <translation>%1

Les sessions lues avant chaque problème figurent dans le tableau. Vérifiez que le fichier contient du JSON de Session OCPI (un objet, un tableau, une réponse OCPI ou une session par ligne), enregistré en UTF-8 et non tronqué.</translation>
    </message>
    <message>
        <source>file %1</source>
        <translation>fichier %1</translation>
    </message>
    <message>
        <source>Reading %1…</source>
        <translation>Lecture de %1…</translation>
    </message>
    <message>
        <source>%1 record #%2</source>
        <translation>%1 enregistrement n° %2</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) read</source>
        <translation>
            <numerusform>%n session lue</numerusform>
            <numerusform>%n sessions lues</numerusform>
        </translation>
    </message>
    <message>
        <source>Could not read all of %1: %2</source>
        <translation>Impossible de lire entièrement %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>%1: %2 (%n session(s) read before it)</source>
        <translation>
            <numerusform>%1 : %2 (%n session lue avant)</numerusform>
            <numerusform>%1 : %2 (%n sessions lues avant)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>cancelled after %n session(s)</source>
        <translation>
            <numerusform>annulé après %n session</numerusform>
            <numerusform>annulé après %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Cancelled reading %1 after %n session(s)</source>
        <translation>
            <numerusform>Lecture de %1 annulée après %n session</numerusform>
            <numerusform>Lecture de %1 annulée après %n sessions</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Read %n session(s) from %1</source>
        <translation>
            <numerusform>%n session lue depuis %1</numerusform>
            <numerusform>%n sessions lues depuis %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Clear the list</source>
        <translation>Vider la liste</translation>
    </message>
    <message numerus="yes">
        <source>Cleared %1: %n session(s) removed</source>
        <translation>
            <numerusform>%1 vidé : %n session supprimée</numerusform>
            <numerusform>%1 vidé : %n sessions supprimées</numerusform>
        </translation>
    </message>
    <message>
        <source>Nothing selected</source>
        <translation>Aucune sélection</translation>
    </message>
    <message>
        <source>Select one or more sessions in the table first, or export the findings of all sessions.</source>
        <translation>Sélectionnez d&apos;abord une ou plusieurs sessions dans le tableau, ou exportez les constats de toutes les sessions.</translation>
    </message>
    <message>
        <source>Export findings</source>
        <translation>Exporter les constats</translation>
    </message>
    <message>
        <source>Export the table as CSV</source>
        <translation>Exporter le tableau en CSV</translation>
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
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Choose another folder.</source>
        <translation>Impossible d&apos;écrire %1 : %2. Choisissez un autre dossier.</translation>
    </message>
    <message>
        <source>Cannot write %1: %2. Is the disk full?</source>
        <translation>Impossible d&apos;écrire %1 : %2. Le disque est-il plein ?</translation>
    </message>
    <message numerus="yes">
        <source>Exported %n session(s) to %1</source>
        <translation>
            <numerusform>%n session exportée vers %1</numerusform>
            <numerusform>%n sessions exportées vers %1</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Exported the findings of %n session(s) to %1</source>
        <translation>
            <numerusform>Constats de %n session exportés vers %1</numerusform>
            <numerusform>Constats de %n sessions exportés vers %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Session %1 is no longer in the table</source>
        <translation>La session %1 n&apos;est plus dans le tableau</translation>
    </message>
    <message>
        <source>There is no endpoint profile %1</source>
        <translation>Il n&apos;existe aucun profil de point d&apos;accès %1</translation>
    </message>
    <message>
        <source>The profile %1 cannot be watched: %2</source>
        <translation>Le profil %1 ne peut pas être surveillé : %2</translation>
    </message>
    <message>
        <source>Reading the token of %1…</source>
        <translation>Lecture du jeton de %1…</translation>
    </message>
    <message>
        <source>About OCPI Session Monitor</source>
        <translation>À propos d&apos;OCPI Session Monitor</translation>
    </message>
    <message>
        <source>&lt;p&gt;&lt;b&gt;OCPI Session Monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Watches EV charging sessions exchanged over OCPI and checks them against the OCPI 2.2.1 specification.&lt;/p&gt;&lt;p&gt;Built with Qt %2.&lt;/p&gt;</source>
        <translation>&lt;p&gt;&lt;b&gt;OCPI Session Monitor&lt;/b&gt; %1&lt;/p&gt;&lt;p&gt;Surveille les sessions de recharge de VE échangées via OCPI et les vérifie selon la spécification OCPI 2.2.1.&lt;/p&gt;&lt;p&gt;Compilé avec Qt %2.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>The language will be %1 when OCPI Session Monitor starts next.</source>
        <translation>La langue sera %1 au prochain démarrage d&apos;OCPI Session Monitor.</translation>
    </message>
    <message>
        <source>As the &amp;system (%1)</source>
        <translation>Comme le &amp;système (%1)</translation>
    </message>
    <message>
        <source>Traffic</source>
        <translation>Trafic</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Ne plus surveiller</translation>
    </message>
    <message>
        <source>Stop polling an endpoint; its sessions stay in the table until the source is cleared</source>
        <translation>Arrêter l&apos;interrogation d&apos;un point d&apos;accès ; ses sessions restent dans le tableau jusqu&apos;à ce que la source soit vidée</translation>
    </message>
    <message>
        <source>&amp;Traffic</source>
        <translation>&amp;Trafic</translation>
    </message>
    <message>
        <source>Show the HTTP requests and answers of the live sources (Ctrl+Shift+T)</source>
        <translation>Afficher les requêtes et réponses HTTP des sources en direct (Ctrl+Shift+T)</translation>
    </message>
    <message>
        <source>Poll every watched endpoint now</source>
        <translation>Interroger maintenant tous les points d&apos;accès surveillés</translation>
    </message>
    <message>
        <source>&amp;Forget cached sessions of</source>
        <translation>&amp;Oublier les sessions en cache de</translation>
    </message>
    <message>
        <source>Delete an endpoint&apos;s sessions and watermark from the offline cache; the next start reads everything from the endpoint again</source>
        <translation>Supprimer du cache hors ligne les sessions et le filigrane d&apos;un point d&apos;accès ; au prochain démarrage, tout est relu depuis le point d&apos;accès</translation>
    </message>
    <message>
        <source>%1 is watched already; polling it now</source>
        <translation>%1 est déjà surveillé ; interrogation immédiate</translation>
    </message>
    <message>
        <source>not kept in the offline cache: %1</source>
        <translation>non conservé dans le cache hors ligne : %1</translation>
    </message>
    <message>
        <source>offline cache not available: %1</source>
        <translation>cache hors ligne indisponible : %1</translation>
    </message>
    <message>
        <source>The offline cache cannot be used: %1. Live watching goes on without it.</source>
        <translation>Le cache hors ligne ne peut pas être utilisé : %1. La surveillance en direct continue sans lui.</translation>
    </message>
    <message>
        <source>The offline cache was damaged or not a cache: it was set aside as %1 and a new one started. The sessions seen before are not shown.</source>
        <translation>Le cache hors ligne était endommagé ou n&apos;était pas un cache : il a été mis de côté sous %1 et un nouveau cache a été créé. Les sessions vues auparavant ne sont pas affichées.</translation>
    </message>
    <message>
        <source>not watched; its sessions are kept as last seen (Clear source removes them)</source>
        <translation>non surveillé ; ses sessions sont conservées telles que vues pour la dernière fois (Vider la source les supprime)</translation>
    </message>
    <message>
        <source>Stopped watching %1</source>
        <translation>%1 n&apos;est plus surveillé</translation>
    </message>
    <message>
        <source>Could not forget the cached sessions of %1: %2</source>
        <translation>Impossible d&apos;oublier les sessions en cache de %1 : %2</translation>
    </message>
    <message numerus="yes">
        <source>Forgot %n cached session(s) of %1</source>
        <translation>
            <numerusform>%n session en cache de %1 oubliée</numerusform>
            <numerusform>%n sessions en cache de %1 oubliées</numerusform>
        </translation>
    </message>
    <message>
        <source>reading the offline cache…</source>
        <translation>lecture du cache hors ligne…</translation>
    </message>
    <message numerus="yes">
        <source>%n session(s) from the offline cache, last seen %1</source>
        <translation>
            <numerusform>%n session du cache hors ligne, vue pour la dernière fois %1</numerusform>
            <numerusform>%n sessions du cache hors ligne, vues pour la dernière fois %1</numerusform>
        </translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1 : %2</translation>
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
            <numerusform>%n en échec (%1)</numerusform>
            <numerusform>%n en échec (%1)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n waiting for a first poll</source>
        <translation>
            <numerusform>%n en attente d&apos;une première interrogation</numerusform>
            <numerusform>%n en attente d&apos;une première interrogation</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n endpoint(s): %1</source>
        <translation>
            <numerusform>%n point d&apos;accès : %1</numerusform>
            <numerusform>%n points d&apos;accès : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>includes DEMO DATA from the built-in CPO</source>
        <translation>contient des DONNÉES DE DÉMO du CPO intégré</translation>
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
        <translation>Interroger les Sessions d&apos;un serveur OCPI 2.2.1 (son URL de versions, de version details ou de sessions) et les écrire
sur la sortie standard au fur et à mesure : un objet JSON par ligne (ndjson), un tableau JSON (json) ou du CSV.
La première interrogation lit tout (ou à partir de --from) ; les suivantes ne demandent que ce qui a changé depuis.
La progression et les erreurs vont sur la sortie d&apos;erreur standard ; le jeton n&apos;est jamais affiché.
Le jeton provient de --token, --token-file ou de la variable d&apos;environnement OCPI_TOKEN ; les deux derniers le tiennent
hors de la liste des processus.
Avec --cache, chaque interrogation terminée est enregistrée dans le cache hors ligne (une transaction, avec le filigrane (date_from)),
et la première interrogation reprend à partir du filigrane qui y est conservé au lieu de tout relire.
Code de sortie : 0 ok, 1 une session invalide (avec --validate), 2 échec (serveur injoignable, jeton refusé...).</translation>
    </message>
    <message>
        <source>The versions, version details or sessions URL.</source>
        <translation>L&apos;URL de versions, de version details ou de sessions.</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>The credentials token (visible in the process list: prefer --token-file or OCPI_TOKEN).</source>
        <translation>Le jeton Credentials (visible dans la liste des processus : préférez --token-file ou OCPI_TOKEN).</translation>
    </message>
    <message>
        <source>TOKEN</source>
        <translation>JETON</translation>
    </message>
    <message>
        <source>Read the token from this file (one trailing line break is ignored).</source>
        <translation>Lire le jeton depuis ce fichier (un saut de ligne final est ignoré).</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>FICHIER</translation>
    </message>
    <message>
        <source>Poll once and exit.</source>
        <translation>Interroger une seule fois, puis quitter.</translation>
    </message>
    <message>
        <source>Seconds between polls (default 30).</source>
        <translation>Secondes entre deux interrogations (30 par défaut).</translation>
    </message>
    <message>
        <source>S</source>
        <translation>S</translation>
    </message>
    <message>
        <source>Read sessions last updated from this time on (e.g. 2024-05-01T00:00:00Z).</source>
        <translation>Lire les sessions mises à jour à partir de cette date (p. ex. 2024-05-01T00:00:00Z).</translation>
    </message>
    <message>
        <source>DATETIME</source>
        <translation>DATE_HEURE</translation>
    </message>
    <message>
        <source>Output format: ndjson (default), json or csv.</source>
        <translation>Format de sortie : ndjson (par défaut), json ou csv.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>Report the findings of invalid sessions on standard error and exit with 1 when there are any.</source>
        <translation>Signaler les constats des sessions invalides sur la sortie d&apos;erreur standard et quitter avec 1 s&apos;il y en a.</translation>
    </message>
    <message>
        <source>What --url is: auto (default), versions, details or sessions.</source>
        <translation>Nature de --url : auto (par défaut), versions, details ou sessions.</translation>
    </message>
    <message>
        <source>kind</source>
        <translation>nature</translation>
    </message>
    <message>
        <source>Authorization header: auto (default: Base64, the plain token after a 401), base64 or plain.</source>
        <translation>En-tête Authorization : auto (par défaut : Base64, le jeton en clair après un 401), base64 ou plain.</translation>
    </message>
    <message>
        <source>form</source>
        <translation>forme</translation>
    </message>
    <message>
        <source>The page size to ask for (default: the server&apos;s).</source>
        <translation>La taille de page à demander (par défaut : celle du serveur).</translation>
    </message>
    <message>
        <source>N</source>
        <translation>N</translation>
    </message>
    <message>
        <source>Seconds each poll reaches back before the last one&apos;s start (default 60).</source>
        <translation>Secondes de recouvrement de chaque interrogation avant le début de la précédente (60 par défaut).</translation>
    </message>
    <message>
        <source>Seconds one request may take (default 120).</source>
        <translation>Durée maximale d&apos;une requête en secondes (120 par défaut).</translation>
    </message>
    <message>
        <source>Seconds until the server must start answering (default 10).</source>
        <translation>Secondes avant lesquelles le serveur doit commencer à répondre (10 par défaut).</translation>
    </message>
    <message>
        <source>Retries of a request after network errors, 5xx and 429 (default 4).</source>
        <translation>Nouvelles tentatives d&apos;une requête après des erreurs réseau, 5xx et 429 (4 par défaut).</translation>
    </message>
    <message>
        <source>The most pages one poll reads (default 10000).</source>
        <translation>Nombre maximal de pages lues par une interrogation (10000 par défaut).</translation>
    </message>
    <message>
        <source>The largest answer accepted, in MB (default 64).</source>
        <translation>Taille maximale de réponse acceptée, en MB (64 par défaut).</translation>
    </message>
    <message>
        <source>MB</source>
        <translation>MB</translation>
    </message>
    <message>
        <source>Log every request (category ocpi.client).</source>
        <translation>Journaliser chaque requête (catégorie ocpi.client).</translation>
    </message>
    <message>
        <source>Only errors on standard error.</source>
        <translation>Uniquement les erreurs sur la sortie d&apos;erreur standard.</translation>
    </message>
    <message>
        <source>Keep the sessions in the offline cache (FILE, or %1) and resume from its watermark. Written --cache FILE or --cache=FILE.</source>
        <translation>Conserver les sessions dans le cache hors ligne (FICHIER, ou %1) et reprendre à partir de son filigrane (date_from). S&apos;écrit --cache FICHIER ou --cache=FICHIER.</translation>
    </message>
    <message>
        <source>The cache file.</source>
        <translation>Le fichier de cache.</translation>
    </message>
    <message>
        <source>The poll command.</source>
        <translation>La commande poll.</translation>
    </message>
    <message>
        <source>see: ocpi-session-monitor poll --help</source>
        <translation>voir : ocpi-session-monitor poll --help</translation>
    </message>
    <message>
        <source>poll: unexpected argument &apos;%1&apos;</source>
        <translation>poll : argument inattendu &apos;%1&apos;</translation>
    </message>
    <message>
        <source>poll: --url is required (the versions, version details or sessions URL)</source>
        <translation>poll : --url est obligatoire (l&apos;URL de versions, de version details ou de sessions)</translation>
    </message>
    <message>
        <source>poll: cannot read the token file %1: %2</source>
        <translation>poll : impossible de lire le fichier de jeton %1 : %2</translation>
    </message>
    <message>
        <source>poll: no token: give --token-file FILE, set OCPI_TOKEN, or --token TOKEN</source>
        <translation>poll : aucun jeton : indiquez --token-file FICHIER, définissez OCPI_TOKEN, ou --token JETON</translation>
    </message>
    <message>
        <source>poll: --interval must be a number of seconds</source>
        <translation>poll : --interval doit être un nombre de secondes</translation>
    </message>
    <message>
        <source>poll: --from &apos;%1&apos; is not a date and time like 2024-05-01T00:00:00Z</source>
        <translation>poll : --from &apos;%1&apos; n&apos;est pas une date et heure comme 2024-05-01T00:00:00Z</translation>
    </message>
    <message>
        <source>poll: unknown --endpoint &apos;%1&apos;: use auto, versions, details or sessions</source>
        <translation>poll : --endpoint &apos;%1&apos; inconnu : utilisez auto, versions, details ou sessions</translation>
    </message>
    <message>
        <source>poll: unknown --auth &apos;%1&apos;: use auto, base64 or plain</source>
        <translation>poll : --auth &apos;%1&apos; inconnu : utilisez auto, base64 ou plain</translation>
    </message>
    <message>
        <source>poll: unknown --format &apos;%1&apos;: use ndjson, json or csv</source>
        <translation>poll : --format &apos;%1&apos; inconnu : utilisez ndjson, json ou csv</translation>
    </message>
    <message>
        <source>poll: %1</source>
        <translation>poll : %1</translation>
    </message>
    <message>
        <source>warning: the cache file was damaged or not a cache; it was renamed to %1 and a new one started</source>
        <translation>avertissement : le fichier de cache était endommagé ou n&apos;était pas un cache ; il a été renommé en %1 et un nouveau a été créé</translation>
    </message>
    <message>
        <source>cache: %1, no completed poll of %2 yet</source>
        <translation>cache : %1, aucune interrogation de %2 terminée pour l&apos;instant</translation>
    </message>
    <message>
        <source>cache: %1, resuming from date_from %2</source>
        <translation>cache : %1, reprise à partir de date_from %2</translation>
    </message>
    <message>
        <source>warning: record %1 of page %2 has no id and is skipped%3</source>
        <translation>avertissement : l&apos;enregistrement %1 de la page %2 n&apos;a pas d&apos;id et est ignoré%3</translation>
    </message>
    <message>
        <source>sessions endpoint: %1%2</source>
        <translation>point d&apos;accès sessions : %1%2</translation>
    </message>
    <message>
        <source> (OCPI %1)</source>
        <translation> (OCPI %1)</translation>
    </message>
    <message>
        <source>warning: %1</source>
        <translation>avertissement : %1</translation>
    </message>
    <message>
        <source>error (%1): %2</source>
        <translation>erreur (%1) : %2</translation>
    </message>
    <message>
        <source>poll %1: %2%3</source>
        <translation>interrogation %1 : %2%3</translation>
    </message>
    <message>
        <source>; next date_from %1</source>
        <translation>; prochaine date_from %1</translation>
    </message>
    <message>
        <source>error (cache): %1</source>
        <translation>erreur (cache) : %1</translation>
    </message>
    <message numerus="yes">
        <source>cache: %n session(s) stored%1</source>
        <translation>
            <numerusform>cache : %n session enregistrée%1</numerusform>
            <numerusform>cache : %n sessions enregistrées%1</numerusform>
        </translation>
    </message>
    <message>
        <source> with date_from %1</source>
        <translation> avec date_from %1</translation>
    </message>
    <message>
        <source> (incomplete poll: the watermark stays)</source>
        <translation> (interrogation incomplète : le filigrane (date_from) est inchangé)</translation>
    </message>
    <message numerus="yes">
        <source>next poll in %n second(s); Ctrl+C ends</source>
        <translation>
            <numerusform>prochaine interrogation dans %n seconde ; Ctrl+C pour arrêter</numerusform>
            <numerusform>prochaine interrogation dans %n secondes ; Ctrl+C pour arrêter</numerusform>
        </translation>
    </message>
    <message>
        <source>stopping</source>
        <translation>arrêt</translation>
    </message>
    <message>
        <source>The most distinct sessions kept for the endpoint, the offline cache&apos;s included (default 2000000). Beyond it the sessions kept are still updated, new ones are not kept, and the poll says how many.</source>
        <translation>Le nombre maximal de sessions distinctes gardées pour le point d&apos;accès, celles du cache hors ligne comprises (par défaut 2000000). Au-delà, les sessions gardées sont encore mises à jour, les nouvelles ne sont pas gardées, et l&apos;interrogation dit combien.</translation>
    </message>
    <message>
        <source>Allow plain http:// to a host other than this computer (the token travels unencrypted). Without it, such a URL is refused, also when discovery leads to one.</source>
        <translation>Autoriser le http:// simple vers un hôte autre que cet ordinateur (le jeton circule en clair). Sans cette option, une telle URL est refusée, même quand la découverte y mène.</translation>
    </message>
    <message>
        <source>poll: --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, --max-body-mb and --max-sessions take whole numbers</source>
        <translation>poll : --page-limit, --overlap, --timeout, --connect-timeout, --retries, --max-pages, --max-body-mb et --max-sessions prennent des nombres entiers</translation>
    </message>
    <message>
        <source>poll: the URL must not hold a user name or password; give the token with --token-file, OCPI_TOKEN or --token</source>
        <translation>poll : l&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; donnez le jeton avec --token-file, OCPI_TOKEN ou --token</translation>
    </message>
</context>
<context>
    <name>App::SimulateCommand</name>
    <message>
        <source>TCP port on 127.0.0.1 (default 0: any free port).</source>
        <translation>Port TCP sur 127.0.0.1 (0 par défaut : n&apos;importe quel port libre).</translation>
    </message>
    <message>
        <source>port</source>
        <translation>port</translation>
    </message>
    <message>
        <source>Credentials token clients must send (default: the public demo token).</source>
        <translation>Jeton Credentials que les clients doivent envoyer (par défaut : le jeton de démo public).</translation>
    </message>
    <message>
        <source>token</source>
        <translation>jeton</translation>
    </message>
    <message>
        <source>Sessions that already exist at start (default 100).</source>
        <translation>Sessions déjà présentes au démarrage (100 par défaut).</translation>
    </message>
    <message>
        <source>n</source>
        <translation>n</translation>
    </message>
    <message>
        <source>Faults to inject, e.g. 500,429,slow.</source>
        <translation>Défaillances à injecter, p. ex. 500,429,slow.</translation>
    </message>
    <message>
        <source>list</source>
        <translation>liste</translation>
    </message>
    <message>
        <source>Fraction of requests (and of sessions, for invalid) a fault picks (default 0.2).</source>
        <translation>Proportion des requêtes (et des sessions, pour invalid) touchées par une défaillance (0.2 par défaut).</translation>
    </message>
    <message>
        <source>rate</source>
        <translation>taux</translation>
    </message>
    <message>
        <source>Seed for a reproducible run; the simulated clock then starts at 2024-06-03T08:00:00Z.</source>
        <translation>Graine pour une exécution reproductible ; l&apos;horloge simulée démarre alors à 2024-06-03T08:00:00Z.</translation>
    </message>
    <message>
        <source>seed</source>
        <translation>graine</translation>
    </message>
    <message>
        <source>Simulated seconds per real second (default 1: real time).</source>
        <translation>Secondes simulées par seconde réelle (1 par défaut : temps réel).</translation>
    </message>
    <message>
        <source>seconds</source>
        <translation>secondes</translation>
    </message>
    <message>
        <source>The simulate command.</source>
        <translation>La commande simulate.</translation>
    </message>
    <message>
        <source>simulate: unexpected argument &apos;%1&apos;
</source>
        <translation>simulate : argument inattendu &apos;%1&apos;
</translation>
    </message>
    <message>
        <source>simulate: --port must be a number from 0 to 65535
</source>
        <translation>simulate : --port doit être un nombre de 0 à 65535
</translation>
    </message>
    <message>
        <source>simulate: --sessions must be a number from 0 to %1
</source>
        <translation>simulate : --sessions doit être un nombre de 0 à %1
</translation>
    </message>
    <message>
        <source>simulate: --speed must be a number of seconds from 1 to 86400
</source>
        <translation>simulate : --speed doit être un nombre de secondes de 1 à 86400
</translation>
    </message>
    <message>
        <source>simulate: --seed must be a whole number
</source>
        <translation>simulate : --seed doit être un nombre entier
</translation>
    </message>
    <message>
        <source>simulate: --fault-rate must be a number from 0 to 1
</source>
        <translation>simulate : --fault-rate doit être un nombre de 0 à 1
</translation>
    </message>
    <message>
        <source>simulate: --token must not be empty
</source>
        <translation>simulate : --token ne doit pas être vide
</translation>
    </message>
    <message>
        <source>simulate: cannot catch SIGINT/SIGTERM; stop it with kill -9
</source>
        <translation>simulate : impossible d&apos;intercepter SIGINT/SIGTERM ; arrêtez-le avec kill -9
</translation>
    </message>
    <message numerus="yes">
        <source>OCPI 2.2.1 CPO simulator, %n session(s), seed %1%2
</source>
        <translation>
            <numerusform>Simulateur de CPO OCPI 2.2.1, %n session, graine %1%2
</numerusform>
            <numerusform>Simulateur de CPO OCPI 2.2.1, %n sessions, graine %1%2
</numerusform>
        </translation>
    </message>
    <message>
        <source>, faults %1</source>
        <translation>, défaillances %1</translation>
    </message>
    <message>
        <source>versions endpoint: %1
</source>
        <translation>point d&apos;accès versions : %1
</translation>
    </message>
    <message>
        <source>token: the one given with --token (not shown)
</source>
        <translation>jeton : celui donné avec --token (non affiché)
</translation>
    </message>
    <message>
        <source>token: %1 (the public demo token)
</source>
        <translation>jeton : %1 (le jeton de démo public)
</translation>
    </message>
    <message>
        <source>header: Authorization: %1
</source>
        <translation>en-tête : Authorization: %1
</translation>
    </message>
    <message>
        <source>Ctrl+C stops it.
</source>
        <translation>Ctrl+C pour l&apos;arrêter.
</translation>
    </message>
    <message>
        <source>simulate: stopped
</source>
        <translation>simulate : arrêté
</translation>
    </message>
    <message>
        <source>Run a simulated OCPI 2.2.1 CPO (Sessions SENDER) on 127.0.0.1, for trying the monitor or any OCPI client without a real charge point operator. Runs until Ctrl+C (SIGINT) or SIGTERM.
It listens on loopback only (127.0.0.1, or ::1 with --host ::1): other computers cannot connect, since it answers anyone who knows its (public demo) token. An address that is not loopback is refused.
Faults (comma-separated, each independent): 500, 429, slow, truncated, linkloop, 2001, 3000, invalid, badtoken. See docs/SIMULATOR.md.</source>
        <translation>Exécuter un CPO OCPI 2.2.1 simulé (Sessions SENDER) sur 127.0.0.1, pour essayer le moniteur ou tout client OCPI sans véritable opérateur de points de recharge. S&apos;exécute jusqu&apos;à Ctrl+C (SIGINT) ou SIGTERM.
Il n&apos;écoute que sur la boucle locale (127.0.0.1, ou ::1 avec --host ::1) : les autres ordinateurs ne peuvent pas s&apos;y connecter, car il répond à quiconque connaît son jeton (de démonstration, public). Une adresse qui n&apos;est pas de boucle locale est refusée.
Défaillances (séparées par des virgules, chacune indépendante) : 500, 429, slow, truncated, linkloop, 2001, 3000, invalid, badtoken. Voir docs/SIMULATOR.md.</translation>
    </message>
    <message>
        <source>Loopback address to listen on: 127.0.0.1 (default), localhost or ::1. Any other address is refused: the simulator is loopback only.</source>
        <translation>Adresse de boucle locale d&apos;écoute : 127.0.0.1 (par défaut), localhost ou ::1. Toute autre adresse est refusée : le simulateur n&apos;écoute que sur la boucle locale.</translation>
    </message>
    <message>
        <source>address</source>
        <translation>address</translation>
    </message>
    <message>
        <source>simulate: refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), never on an address other computers can reach, since it answers anyone who knows its token
</source>
        <translation>simulate : écoute sur %1 refusée : le simulateur n&apos;écoute que sur la boucle locale (127.0.0.1 ou ::1), jamais sur une adresse que d&apos;autres ordinateurs peuvent atteindre, car il répond à quiconque connaît son jeton
</translation>
    </message>
    <message>
        <source>listening on %1 port %2, loopback only: other computers cannot connect
</source>
        <translation>écoute sur %1 port %2, boucle locale uniquement : les autres ordinateurs ne peuvent pas se connecter
</translation>
    </message>
</context>
<context>
    <name>App::ValidateCommand</name>
    <message>
        <source>Check OCPI 2.2.1 Session JSON files against the specification.
A file may hold one Session, an array of Sessions, an OCPI response envelope, or NDJSON.
Exit code: 0 all sessions valid, 1 some session invalid, 2 a file unreadable or not JSON.</source>
        <translation>Vérifier des fichiers JSON de Session OCPI 2.2.1 selon la spécification.
Un fichier peut contenir une Session, un tableau de Sessions, une enveloppe de réponse OCPI ou du NDJSON.
Code de sortie : 0 toutes les sessions sont valides, 1 une session invalide, 2 un fichier illisible ou pas du JSON.</translation>
    </message>
    <message>
        <source>Output format: text (default) or json.</source>
        <translation>Format de sortie : text (par défaut) ou json.</translation>
    </message>
    <message>
        <source>format</source>
        <translation>format</translation>
    </message>
    <message>
        <source>The validate command.</source>
        <translation>La commande validate.</translation>
    </message>
    <message>
        <source>files</source>
        <translation>fichiers</translation>
    </message>
    <message>
        <source>Session JSON files to check (&apos;-&apos; reads standard input).</source>
        <translation>Fichiers JSON de Session à vérifier (&apos;-&apos; lit l&apos;entrée standard).</translation>
    </message>
    <message>
        <source>FILE...</source>
        <translation>FICHIER...</translation>
    </message>
    <message>
        <source>unknown --format &apos;%1&apos;: use text or json
</source>
        <translation>--format &apos;%1&apos; inconnu : utilisez text ou json
</translation>
    </message>
    <message>
        <source>validate: no file given
</source>
        <translation>validate : aucun fichier indiqué
</translation>
    </message>
</context>
<context>
    <name>ChargingPeriodsModel</name>
    <message>
        <source>Current</source>
        <translation>Courant</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Energy export</source>
        <translation>Énergie exportée</translation>
    </message>
    <message>
        <source>Energy import</source>
        <translation>Énergie importée</translation>
    </message>
    <message>
        <source>Max current</source>
        <translation>Courant max.</translation>
    </message>
    <message>
        <source>Min current</source>
        <translation>Courant min.</translation>
    </message>
    <message>
        <source>Max power</source>
        <translation>Puissance max.</translation>
    </message>
    <message>
        <source>Min power</source>
        <translation>Puissance min.</translation>
    </message>
    <message>
        <source>Parking time</source>
        <translation>Durée de stationnement</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>Reservation time</source>
        <translation>Durée de réservation</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <source>Charging time</source>
        <translation>Durée de charge</translation>
    </message>
    <message>
        <source>Overlap: starts together with period %1</source>
        <translation>Chevauchement : commence en même temps que la période %1</translation>
    </message>
    <message>
        <source>Overlap: starts before period %1</source>
        <translation>Chevauchement : commence avant la période %1</translation>
    </message>
    <message>
        <source>Outside: starts before the session</source>
        <translation>Hors session : commence avant la session</translation>
    </message>
    <message>
        <source>Outside: starts after the session ended</source>
        <translation>Hors session : commence après la fin de la session</translation>
    </message>
    <message>
        <source>Gap: the session&apos;s first %1 (h:mm) are in no period</source>
        <translation>Lacune : les %1 (h:mm) du début de la session ne sont dans aucune période</translation>
    </message>
    <message>
        <source>a period ends when the next one starts; the last ends with the session</source>
        <translation>une période se termine quand la suivante commence ; la dernière se termine avec la session</translation>
    </message>
    <message>
        <source>local time</source>
        <translation>heure locale</translation>
    </message>
    <message>
        <source>UTC</source>
        <translation>UTC</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <extracomment>%1 is the time zone: &quot;UTC&quot; or &quot;local time&quot;</extracomment>
        <translation>Début (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <translation>Fin (%1)</translation>
    </message>
    <message>
        <source>Duration (h:mm)</source>
        <translation>Durée (h:mm)</translation>
    </message>
    <message>
        <source>Tariff</source>
        <translation>Tariff</translation>
    </message>
    <message>
        <source>Timing</source>
        <translation>Chronologie</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>dimension column header: name (unit), e.g. &quot;Energy (kWh)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>The next period&apos;s start; the last period ends with the session (%1)</source>
        <translation>Le début de la période suivante ; la dernière période se termine avec la session (%1)</translation>
    </message>
</context>
<context>
    <name>ChartData</name>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Power</source>
        <translation>Puissance</translation>
    </message>
    <message>
        <source>State of charge</source>
        <translation>État de charge</translation>
    </message>
    <message>
        <source>Time (local, %1)</source>
        <extracomment>%1: the abbreviation of the local time zone, e.g. CET</extracomment>
        <translation>Heure (locale, %1)</translation>
    </message>
    <message>
        <source>Time (UTC)</source>
        <translation>Heure (UTC)</translation>
    </message>
    <message>
        <source>Energy per hour</source>
        <translation>Énergie par heure</translation>
    </message>
</context>
<context>
    <name>FindingsModel</name>
    <message>
        <source>Error</source>
        <translation>Erreur</translation>
    </message>
    <message>
        <source>Warning</source>
        <translation>Avertissement</translation>
    </message>
    <message>
        <source>Info</source>
        <translation>Info</translation>
    </message>
    <message>
        <source>(record)</source>
        <extracomment>JSON Pointer column: the finding is about the whole record</extracomment>
        <translation>(enregistrement)</translation>
    </message>
    <message>
        <source>%1 at %2: %3
Rule: %4
Spec: %5</source>
        <extracomment>%1 severity, %2 JSON Pointer, %3 message, %4 rule code, %5 spec section</extracomment>
        <translation>%1 à %2 : %3
Règle : %4
Spéc. : %5</translation>
    </message>
    <message>
        <source>Severity</source>
        <translation>Gravité</translation>
    </message>
    <message>
        <source>Path</source>
        <extracomment>Column of JSON Pointers (RFC 6901) into the record</extracomment>
        <translation>Chemin</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Spec section</source>
        <translation>Section de la spéc.</translation>
    </message>
</context>
<context>
    <name>Ocpi::JsonSyntax</name>
    <message>
        <source>unexpected %1 after the end of the JSON value</source>
        <translation>%1 inattendu après la fin de la valeur JSON</translation>
    </message>
    <message>
        <source>the data is empty</source>
        <translation>les données sont vides</translation>
    </message>
    <message>
        <source>a value was expected</source>
        <translation>une valeur était attendue</translation>
    </message>
    <message>
        <source>a member name was expected</source>
        <translation>un nom de membre était attendu</translation>
    </message>
    <message>
        <source>&apos;:&apos; was expected</source>
        <translation>&apos;:&apos; était attendu</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos; was expected</source>
        <translation>&apos;,&apos; ou &apos;}&apos; était attendu</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos; was expected</source>
        <translation>&apos;,&apos; ou &apos;]&apos; était attendu</translation>
    </message>
    <message>
        <source>unexpected end of data: %1</source>
        <translation>fin de données inattendue : %1</translation>
    </message>
    <message>
        <source>nested deeper than %1 levels</source>
        <translation>imbrication de plus de %1 niveaux</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>%1 inattendu à la place d&apos;une valeur</translation>
    </message>
    <message>
        <source>unexpected %1 where a member name in double quotes was expected</source>
        <translation>%1 inattendu à la place d&apos;un nom de membre entre guillemets doubles</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected</source>
        <translation>%1 inattendu à la place de &apos;:&apos;</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;,&apos; or &apos;%2&apos; was expected</source>
        <translation>%1 inattendu à la place de &apos;,&apos; ou &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unexpected end of data inside a string</source>
        <translation>fin de données inattendue dans une chaîne</translation>
    </message>
    <message>
        <source>invalid \u escape in a string: four hex digits expected</source>
        <translation>échappement \u invalide dans une chaîne : quatre chiffres hexadécimaux attendus</translation>
    </message>
    <message>
        <source>invalid escape %1 in a string</source>
        <translation>échappement %1 invalide dans une chaîne</translation>
    </message>
    <message>
        <source>unescaped control character %1 in a string</source>
        <translation>caractère de contrôle %1 non échappé dans une chaîne</translation>
    </message>
    <message>
        <source>unexpected end of data inside a number</source>
        <translation>fin de données inattendue dans un nombre</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected</source>
        <translation>nombre invalide : un chiffre était attendu</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected after &apos;.&apos;</source>
        <translation>nombre invalide : un chiffre était attendu après &apos;.&apos;</translation>
    </message>
    <message>
        <source>invalid number: a digit was expected in the exponent</source>
        <translation>nombre invalide : un chiffre était attendu dans l&apos;exposant</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::HttpGet</name>
    <message>
        <source>the connection was refused</source>
        <translation>la connexion a été refusée</translation>
    </message>
    <message>
        <source>the server closed the connection before the whole answer arrived</source>
        <translation>le serveur a fermé la connexion avant l&apos;arrivée de la réponse complète</translation>
    </message>
    <message>
        <source>the host name was not found</source>
        <translation>le nom d&apos;hôte est introuvable</translation>
    </message>
    <message>
        <source>the TLS handshake failed</source>
        <translation>la négociation TLS a échoué</translation>
    </message>
    <message>
        <source>HTTP %1%2 from %3</source>
        <translation>HTTP %1%2 de %3</translation>
    </message>
    <message>
        <source>no answer from %1 within %2 s (connect timeout)</source>
        <translation>aucune réponse de %1 en %2 s (délai de connexion)</translation>
    </message>
    <message>
        <source>%1 did not finish answering within %2 s (total timeout)</source>
        <translation>%1 n&apos;a pas fini de répondre en %2 s (délai total)</translation>
    </message>
    <message>
        <source>the answer of %1 is larger than the %2 MB allowed (maximum body size)</source>
        <translation>la réponse de %1 dépasse les %2 MB autorisés (taille maximale du corps)</translation>
    </message>
    <message>
        <source>HTTP %1, but %2 (%3 bytes arrived)</source>
        <translation>HTTP %1, mais %2 (%3 octets reçus)</translation>
    </message>
    <message>
        <source>GET %1 failed: %2</source>
        <translation>échec de GET %1 : %2</translation>
    </message>
    <message>
        <source>HTTP %1 from %2 without a usable Location</source>
        <translation>HTTP %1 de %2 sans en-tête Location utilisable</translation>
    </message>
    <message>
        <source>%1 redirects to %2, another host or scheme: not followed, so the token is not sent there</source>
        <translation>%1 redirige vers %2, un autre hôte ou schéma : redirection non suivie, afin que le jeton n&apos;y soit pas envoyé</translation>
    </message>
    <message>
        <source>more than 5 redirects from %1</source>
        <translation>plus de 5 redirections depuis %1</translation>
    </message>
    <message>
        <source>. The token was refused both Base64-encoded (as OCPI 2.2.1 requires) and plain (as many 2.1.1 servers expect)</source>
        <translation>. Le jeton a été refusé à la fois encodé en Base64 (comme l&apos;exige OCPI 2.2.1) et en clair (comme l&apos;attendent de nombreux serveurs 2.1.1)</translation>
    </message>
    <message>
        <source>. The token was refused (%1)</source>
        <translation>. Le jeton a été refusé (%1)</translation>
    </message>
    <message>
        <source>; note that it starts or ends with white space (a newline?), which is sent too</source>
        <translation>; notez qu&apos;il commence ou se termine par une espace (un saut de ligne ?), qui est également envoyée</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (abandon après %n nouvelle tentative)</numerusform>
            <numerusform> (abandon après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>; the server asks to retry after %1 s, longer than the %2 s allowed</source>
        <translation>; le serveur demande de réessayer après %1 s, plus que les %2 s autorisées</translation>
    </message>
    <message>
        <source>cancelled</source>
        <translation>annulé</translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::OcpiStatus</name>
    <message>
        <source>generic success</source>
        <translation>succès générique</translation>
    </message>
    <message>
        <source>generic client error</source>
        <translation>erreur client générique</translation>
    </message>
    <message>
        <source>invalid or missing parameters</source>
        <translation>paramètres invalides ou manquants</translation>
    </message>
    <message>
        <source>not enough information</source>
        <translation>informations insuffisantes</translation>
    </message>
    <message>
        <source>unknown Location</source>
        <translation>Location inconnue</translation>
    </message>
    <message>
        <source>unknown Token</source>
        <translation>Token inconnu</translation>
    </message>
    <message>
        <source>generic server error</source>
        <translation>erreur serveur générique</translation>
    </message>
    <message>
        <source>unable to use the client&apos;s API</source>
        <translation>impossible d&apos;utiliser l&apos;API du client</translation>
    </message>
    <message>
        <source>unsupported version</source>
        <translation>version non prise en charge</translation>
    </message>
    <message>
        <source>no matching endpoints or expected endpoints missing between parties</source>
        <translation>aucun point d&apos;accès correspondant, ou points d&apos;accès attendus manquants entre les parties</translation>
    </message>
    <message>
        <source>generic Hub error</source>
        <translation>erreur Hub générique</translation>
    </message>
    <message>
        <source>unknown receiver (the Hub does not know the TO address)</source>
        <translation>destinataire inconnu (le Hub ne connaît pas l&apos;adresse TO)</translation>
    </message>
    <message>
        <source>timeout on a request forwarded by the Hub</source>
        <translation>délai dépassé pour une requête transmise par le Hub</translation>
    </message>
    <message>
        <source>connection problem (the receiving party is not connected to the Hub)</source>
        <translation>problème de connexion (la partie destinataire n&apos;est pas connectée au Hub)</translation>
    </message>
    <message>
        <source>custom success code</source>
        <translation>code de succès personnalisé</translation>
    </message>
    <message>
        <source>custom client error</source>
        <translation>erreur client personnalisée</translation>
    </message>
    <message>
        <source>custom server error</source>
        <translation>erreur serveur personnalisée</translation>
    </message>
    <message>
        <source>custom Hub error</source>
        <translation>erreur Hub personnalisée</translation>
    </message>
    <message>
        <source>client error: the server cannot process what the client sent</source>
        <translation>erreur client : le serveur ne peut pas traiter ce que le client a envoyé</translation>
    </message>
    <message>
        <source>server error: the server could not process the request</source>
        <translation>erreur serveur : le serveur n&apos;a pas pu traiter la requête</translation>
    </message>
    <message>
        <source>Hub error</source>
        <translation>erreur Hub</translation>
    </message>
    <message>
        <source>success range, but not a code the specification defines</source>
        <translation>plage de succès, mais pas un code défini par la spécification</translation>
    </message>
    <message>
        <source>not an OCPI status code (they have four digits, 1xxx to 4xxx)</source>
        <translation>pas un code de statut OCPI (ils ont quatre chiffres, de 1xxx à 4xxx)</translation>
    </message>
    <message>
        <source>OCPI status_code %1: %2 (status_codes 5)</source>
        <extracomment>%1 status code, %2 its meaning in the specification</extracomment>
        <translation>status_code OCPI %1 : %2 (status_codes 5)</translation>
    </message>
    <message>
        <source>; the server says: &quot;%1&quot;</source>
        <translation>; le serveur indique : &quot;%1&quot;</translation>
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
        <translation>%1 octets</translation>
    </message>
    <message numerus="yes">
        <source>%1 added, %2 changed, %3 unchanged in %n page(s) (%4, %5 s)</source>
        <translation>
            <numerusform>%1 ajoutées, %2 modifiées, %3 inchangées sur %n page (%4, %5 s)</numerusform>
            <numerusform>%1 ajoutées, %2 modifiées, %3 inchangées sur %n pages (%4, %5 s)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n invalid</source>
        <translation>
            <numerusform>, %n invalide</numerusform>
            <numerusform>, %n invalides</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n without id</source>
        <translation>
            <numerusform>, %n sans id</numerusform>
            <numerusform>, %n sans id</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>, %n retry(ies)</source>
        <translation>
            <numerusform>, %n nouvelle tentative</numerusform>
            <numerusform>, %n nouvelles tentatives</numerusform>
        </translation>
    </message>
    <message>
        <source>, incomplete</source>
        <translation>, incomplète</translation>
    </message>
    <message numerus="yes">
        <source>, %n not kept (session limit)</source>
        <translation>
            <numerusform>, %n non gardée (limite de sessions)</numerusform>
            <numerusform>, %n non gardées (limite de sessions)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionPoller</name>
    <message numerus="yes">
        <source>the limit of %1 sessions per endpoint was reached (maximum sessions per endpoint): %n new session(s) not kept. The sessions held are still updated; the watermark stays, so the next poll asks again from the same date_from, and the sessions not kept are read once the limit is raised</source>
        <translation>
            <numerusform>la limite de %1 sessions par point d&apos;accès est atteinte (nombre maximal de sessions par point d&apos;accès) : %n nouvelle session non gardée. Les sessions détenues sont encore mises à jour ; le filigrane reste, donc la prochaine interrogation demande de nouveau à partir du même date_from, et les sessions non gardées seront lues dès que la limite sera relevée</numerusform>
            <numerusform>la limite de %1 sessions par point d&apos;accès est atteinte (nombre maximal de sessions par point d&apos;accès) : %n nouvelles sessions non gardées. Les sessions détenues sont encore mises à jour ; le filigrane reste, donc la prochaine interrogation demande de nouveau à partir du même date_from, et les sessions non gardées seront lues dès que la limite sera relevée</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Ocpi::Net::SessionSync</name>
    <message>
        <source>the URL &apos;%1&apos; is not an http:// or https:// URL</source>
        <translation>l&apos;URL &apos;%1&apos; n&apos;est pas une URL http:// ou https://</translation>
    </message>
    <message>
        <source>no token: OCPI requires a credentials token in every request</source>
        <translation>aucun jeton : OCPI exige un jeton Credentials dans chaque requête</translation>
    </message>
    <message>
        <source>the token starts or ends with white space (a trailing newline?); it is sent as given</source>
        <translation>le jeton commence ou se termine par une espace (un saut de ligne final ?) ; il est envoyé tel quel</translation>
    </message>
    <message numerus="yes">
        <source> (gave up after %n retry(ies))</source>
        <translation>
            <numerusform> (abandon après %n nouvelle tentative)</numerusform>
            <numerusform> (abandon après %n nouvelles tentatives)</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 answered: %2</source>
        <translation>%1 a répondu : %2</translation>
    </message>
    <message>
        <source>the answer of %1 is not JSON</source>
        <translation>la réponse de %1 n&apos;est pas du JSON</translation>
    </message>
    <message>
        <source>the server offers OCPI %1 only; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)</source>
        <translation>le serveur ne propose que OCPI %1 ; ce client lit OCPI 2.2.1 (2.1.1 n&apos;est pas encore pris en charge)</translation>
    </message>
    <message>
        <source>the server offers OCPI %1; none of them is one this client reads (%2)</source>
        <translation>le serveur propose OCPI %1 ; aucune de ces versions n&apos;est lue par ce client (%2)</translation>
    </message>
    <message>
        <source>the server offers OCPI %1, read as 2.2.1</source>
        <translation>le serveur propose OCPI %1, lu comme 2.2.1</translation>
    </message>
    <message>
        <source>the answer of %1 is not JSON, so not an OCPI versions list</source>
        <translation>la réponse de %1 n&apos;est pas du JSON, donc pas une liste de versions OCPI</translation>
    </message>
    <message>
        <source>the answer of %1 is not an OCPI versions list (a list of {version, url})</source>
        <translation>la réponse de %1 n&apos;est pas une liste de versions OCPI (une liste de {version, url})</translation>
    </message>
    <message>
        <source>the answer of %1 is not OCPI version details (an object with &quot;endpoints&quot;)</source>
        <translation>la réponse de %1 n&apos;est pas un version details OCPI (un objet avec &quot;endpoints&quot;)</translation>
    </message>
    <message>
        <source>%1 describes OCPI %2; this client reads OCPI 2.2.1 (2.1.1 is not supported yet)</source>
        <translation>%1 décrit OCPI %2 ; ce client lit OCPI 2.2.1 (2.1.1 n&apos;est pas encore pris en charge)</translation>
    </message>
    <message>
        <source>%1 lists the sessions module only as RECEIVER (it takes sessions pushed to it); there is no SENDER interface to read sessions from</source>
        <translation>%1 ne déclare le module sessions qu&apos;en RECEIVER (il reçoit les sessions qu&apos;on lui envoie) ; il n&apos;y a pas d&apos;interface SENDER depuis laquelle lire les sessions</translation>
    </message>
    <message>
        <source>%1 lists no sessions module: this server does not offer sessions</source>
        <translation>%1 ne déclare aucun module sessions : ce serveur ne propose pas de sessions</translation>
    </message>
    <message>
        <source>the sessions endpoint has no role; taken as the SENDER interface</source>
        <translation>le point d&apos;accès sessions n&apos;a pas de rôle ; il est considéré comme l&apos;interface SENDER</translation>
    </message>
    <message>
        <source>the first page has neither a readable envelope timestamp nor a Date header; the client&apos;s clock is used for the next date_from, which is only right when both clocks agree</source>
        <translation>la première page n&apos;a ni timestamp d&apos;enveloppe lisible ni en-tête Date ; l&apos;horloge du client est utilisée pour la prochaine date_from, ce qui n&apos;est juste que si les deux horloges concordent</translation>
    </message>
    <message>
        <source>page %1 (%2): %3</source>
        <translation>page %1 (%2) : %3</translation>
    </message>
    <message>
        <source>page %1 (%2) cannot be read: %3</source>
        <translation>la page %1 (%2) est illisible : %3</translation>
    </message>
    <message>
        <source>the answer of %1 has no status_code (transport_and_format 4.1.7)</source>
        <translation>la réponse de %1 n&apos;a pas de status_code (transport_and_format 4.1.7)</translation>
    </message>
    <message>
        <source>page %1 has the custom success status_code %2</source>
        <translation>la page %1 a le status_code de succès personnalisé %2</translation>
    </message>
    <message>
        <source>the answer of %1 is not wrapped in the OCPI response format ({&quot;data&quot;: ..., &quot;status_code&quot;: ...}); its records are read anyway</source>
        <translation>la réponse de %1 n&apos;est pas enveloppée dans le format de réponse OCPI ({&quot;data&quot;: ..., &quot;status_code&quot;: ...}) ; ses enregistrements sont lus malgré tout</translation>
    </message>
    <message>
        <source>the server&apos;s clock is %1 minutes %2 the client&apos;s; date_from follows the server&apos;s clock</source>
        <translation>l&apos;horloge du serveur a %1 minutes %2 sur celle du client ; date_from suit l&apos;horloge du serveur</translation>
    </message>
    <message>
        <source>ahead of</source>
        <translation>d&apos;avance</translation>
    </message>
    <message>
        <source>behind</source>
        <translation>de retard</translation>
    </message>
    <message numerus="yes">
        <source>; the %n session(s) before the damage are kept</source>
        <translation>
            <numerusform>; %n session lue avant les données endommagées est conservée</numerusform>
            <numerusform>; %n sessions lues avant les données endommagées sont conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>X-Total-Count kept falling while the pages were read (%1 re-reads); stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>X-Total-Count n&apos;a cessé de baisser pendant la lecture des pages (%1 relectures) ; arrêt, %n session lue est conservée</numerusform>
            <numerusform>X-Total-Count n&apos;a cessé de baisser pendant la lecture des pages (%1 relectures) ; arrêt, %n sessions lues sont conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Total-Count fell during the crawl, but the next links carry no offset to step back with; sessions may have been skipped and will be read again next poll only if they change</source>
        <translation>X-Total-Count a baissé pendant le parcours, mais les liens next ne portent aucun offset permettant de revenir en arrière ; des sessions ont pu être sautées et ne seront relues à la prochaine interrogation que si elles changent</translation>
    </message>
    <message>
        <source>page %1 (%2) has a next link that cannot be read</source>
        <translation>la page %1 (%2) a un lien next illisible</translation>
    </message>
    <message>
        <source>page %1 links its next page to %2, another host or scheme than %3: refused, the token is not sent there; %4 session(s) read are kept</source>
        <translation>la page %1 lie sa page suivante à %2, un autre hôte ou schéma que %3 : refusé, le jeton n&apos;y est pas envoyé ; %4 session(s) lue(s) conservée(s)</translation>
    </message>
    <message numerus="yes">
        <source>the server reported %n session(s) but sent %1 and no next page</source>
        <translation>
            <numerusform>le serveur a annoncé %n session mais en a envoyé %1 et aucune page suivante</numerusform>
            <numerusform>le serveur a annoncé %n sessions mais en a envoyé %1 et aucune page suivante</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 links back to %2, a page already read: a pagination loop; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>la page %1 renvoie à %2, une page déjà lue : boucle de pagination ; arrêt, %n session lue est conservée</numerusform>
            <numerusform>la page %1 renvoie à %2, une page déjà lue : boucle de pagination ; arrêt, %n sessions lues sont conservées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) repeats the previous page: the server seems to ignore the paging; stopped, %n session(s) read are kept</source>
        <translation>
            <numerusform>la page %1 (%2) répète la page précédente : le serveur semble ignorer la pagination ; arrêt, %n session lue est conservée</numerusform>
            <numerusform>la page %1 (%2) répète la page précédente : le serveur semble ignorer la pagination ; arrêt, %n sessions lues sont conservées</numerusform>
        </translation>
    </message>
    <message>
        <source>X-Total-Count keeps growing as fast as the pages are read (now %1 after %2 pages); stopped, %3 session(s) read are kept</source>
        <translation>X-Total-Count augmente aussi vite que les pages sont lues (maintenant %1 après %2 pages) ; arrêt, %3 session(s) lue(s) conservée(s)</translation>
    </message>
    <message numerus="yes">
        <source>stopped after %1 pages, the most one poll may read (maximum pages per sync); %n session(s) read are kept, and the next poll starts again from the same date_from</source>
        <translation>
            <numerusform>arrêt après %1 pages, le maximum qu&apos;une interrogation peut lire (nombre maximal de pages par synchronisation) ; %n session lue est conservée, et la prochaine interrogation repart de la même date_from</numerusform>
            <numerusform>arrêt après %1 pages, le maximum qu&apos;une interrogation peut lire (nombre maximal de pages par synchronisation) ; %n sessions lues sont conservées, et la prochaine interrogation repart de la même date_from</numerusform>
        </translation>
    </message>
    <message>
        <source>the poll was cancelled</source>
        <translation>l&apos;interrogation a été annulée</translation>
    </message>
    <message numerus="yes">
        <source>page %1 (%2) holds no sessions, yet the server says more follow (a next link, or a higher X-Total-Count); stopped, %n session(s) read are kept, and the next poll asks again from the same date_from</source>
        <translation>
            <numerusform>la page %1 (%2) ne contient aucune session, mais le serveur en annonce d&apos;autres (un lien vers la page suivante ou un X-Total-Count plus élevé) ; arrêt, %n session lue est conservée, et la prochaine interrogation redemande à partir de la même date_from</numerusform>
            <numerusform>la page %1 (%2) ne contient aucune session, mais le serveur en annonce d&apos;autres (un lien vers la page suivante ou un X-Total-Count plus élevé) ; arrêt, %n sessions lues sont conservées, et la prochaine interrogation redemande à partir de la même date_from</numerusform>
        </translation>
    </message>
    <message>
        <source>refused to send the token to %1: plain http:// to %2, which is not this computer, would carry it unencrypted; use https://, or confirm plain http:// for this endpoint (the profile&apos;s &quot;Allow plain http://&quot; option, or poll --allow-insecure-http)</source>
        <translation>envoi du jeton à %1 refusé : le http:// simple vers %2, qui n&apos;est pas cet ordinateur, le transmettrait en clair ; utilisez https://, ou confirmez le http:// simple pour ce point d&apos;accès (l&apos;option « Autoriser le http:// simple » du profil, ou poll --allow-insecure-http)</translation>
    </message>
</context>
<context>
    <name>Ocpi::PrettyJson</name>
    <message>
        <source>not valid JSON: the text is not UTF-8</source>
        <translation>JSON non valide : le texte n&apos;est pas en UTF-8</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
</context>
<context>
    <name>Ocpi::SessionReader</name>
    <message>
        <source>the file could not be read: %1</source>
        <translation>le fichier n&apos;a pas pu être lu : %1</translation>
    </message>
    <message>
        <source>%1 (line %2, column %3, byte %4)</source>
        <translation>%1 (ligne %2, colonne %3, octet %4)</translation>
    </message>
    <message>
        <source>the file is UTF-32 (big-endian); OCPI JSON must be UTF-8</source>
        <translation>le fichier est en UTF-32 (big-endian) ; le JSON OCPI doit être en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-32 (little-endian); OCPI JSON must be UTF-8</source>
        <translation>le fichier est en UTF-32 (little-endian) ; le JSON OCPI doit être en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 (big-endian); OCPI JSON must be UTF-8</source>
        <translation>le fichier est en UTF-16 (big-endian) ; le JSON OCPI doit être en UTF-8</translation>
    </message>
    <message>
        <source>the file is UTF-16 (little-endian); OCPI JSON must be UTF-8</source>
        <translation>le fichier est en UTF-16 (little-endian) ; le JSON OCPI doit être en UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (little-endian) without a byte order mark; OCPI JSON must be UTF-8</source>
        <translation>le fichier semble être en UTF-16 (little-endian) sans indicateur d&apos;ordre des octets (BOM) ; le JSON OCPI doit être en UTF-8</translation>
    </message>
    <message>
        <source>the file looks like UTF-16 (big-endian) without a byte order mark; OCPI JSON must be UTF-8</source>
        <translation>le fichier semble être en UTF-16 (big-endian) sans indicateur d&apos;ordre des octets (BOM) ; le JSON OCPI doit être en UTF-8</translation>
    </message>
    <message>
        <source>the file is gzip-compressed; decompress it first</source>
        <translation>le fichier est compressé avec gzip ; décompressez-le d&apos;abord</translation>
    </message>
    <message>
        <source>the file starts with a UTF-8 byte order mark (skipped)</source>
        <translation>le fichier commence par un indicateur d&apos;ordre des octets UTF-8 (ignoré)</translation>
    </message>
    <message>
        <source>the file is not UTF-8 (first seen in record %1): %2</source>
        <translation>le fichier n&apos;est pas en UTF-8 (constaté d&apos;abord dans l&apos;enregistrement %1) : %2</translation>
    </message>
    <message>
        <source>unexpected %1 after a complete JSON value; expected another object or array (NDJSON) or the end of the file</source>
        <translation>%1 inattendu après une valeur JSON complète ; un autre objet ou tableau (NDJSON) ou la fin du fichier était attendu</translation>
    </message>
    <message>
        <source>the file holds a single JSON scalar, not Session objects</source>
        <translation>le fichier contient un seul scalaire JSON, pas des objets Session</translation>
    </message>
    <message>
        <source>this is not JSON: it starts with %1</source>
        <translation>ce n&apos;est pas du JSON : il commence par %1</translation>
    </message>
    <message>
        <source>the OCPI response has no data (status_code %1%2)</source>
        <translation>la réponse OCPI n&apos;a pas de data (status_code %1%2)</translation>
    </message>
    <message>
        <source>a trailing comma before &apos;]&apos; at line %1 (not allowed in JSON; tolerated)</source>
        <translation>une virgule finale avant &apos;]&apos; à la ligne %1 (interdite en JSON ; tolérée)</translation>
    </message>
    <message>
        <source>unexpected %1 where a value was expected</source>
        <translation>%1 inattendu à la place d&apos;une valeur</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;,&apos; or &apos;%2&apos; was expected</source>
        <translation>%1 inattendu à la place de &apos;,&apos; ou &apos;%2&apos;</translation>
    </message>
    <message>
        <source>unexpected %1 where a member name in double quotes was expected</source>
        <translation>%1 inattendu à la place d&apos;un nom de membre entre guillemets doubles</translation>
    </message>
    <message>
        <source>unexpected %1 where &apos;:&apos; was expected</source>
        <translation>%1 inattendu à la place de &apos;:&apos;</translation>
    </message>
    <message>
        <source>the file is empty</source>
        <translation>le fichier est vide</translation>
    </message>
    <message>
        <source>a record is larger than %1 MB; reading stopped</source>
        <translation>un enregistrement dépasse %1 MB ; lecture arrêtée</translation>
    </message>
    <message>
        <source>the file ends inside a string</source>
        <translation>le fichier se termine au milieu d&apos;une chaîne</translation>
    </message>
    <message>
        <source>the file ends inside a record</source>
        <translation>le fichier se termine au milieu d&apos;un enregistrement</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;}&apos;</source>
        <translation>le fichier se termine avant le &apos;}&apos; fermant</translation>
    </message>
    <message>
        <source>the file ends before the closing &apos;]&apos;</source>
        <translation>le fichier se termine avant le &apos;]&apos; fermant</translation>
    </message>
    <message>
        <source>truncated: %1</source>
        <translation>tronqué : %1</translation>
    </message>
    <message>
        <source>the file holds only white space</source>
        <translation>le fichier ne contient que des espaces</translation>
    </message>
    <message>
        <source>the OCPI response has status_code %1, not 1000 (success)%2</source>
        <translation>la réponse OCPI a le status_code %1, et non 1000 (succès)%2</translation>
    </message>
    <message>
        <source>%1 is a directory</source>
        <translation>%1 est un dossier</translation>
    </message>
    <message>
        <source>cannot open %1: %2</source>
        <translation>impossible d&apos;ouvrir %1 : %2</translation>
    </message>
    <message>
        <source>this is not JSON: %1</source>
        <translation>ce n&apos;est pas du JSON : %1</translation>
    </message>
</context>
<context>
    <name>Ocpi::SessionValidator</name>
    <message>
        <source>a string</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>une chaîne</translation>
    </message>
    <message>
        <source>a number</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>un nombre</translation>
    </message>
    <message>
        <source>an object</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>un objet</translation>
    </message>
    <message>
        <source>an array</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>un tableau</translation>
    </message>
    <message>
        <source>a boolean</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>un booléen</translation>
    </message>
    <message>
        <source>null</source>
        <extracomment>JSON type name with its article</extracomment>
        <translation>null</translation>
    </message>
    <message>
        <source>&apos;%1&apos; appears more than once in this object; readers disagree on which value counts (the last one is used here)</source>
        <translation>&apos;%1&apos; apparaît plusieurs fois dans cet objet ; les lecteurs ne s&apos;accordent pas sur la valeur qui compte (la dernière est utilisée ici)</translation>
    </message>
    <message>
        <source>required field &apos;%1&apos; is missing</source>
        <translation>le champ obligatoire &apos;%1&apos; est absent</translation>
    </message>
    <message>
        <source> (required since OCPI 2.2; 2.1.1 sessions had no connector_id)</source>
        <translation> (obligatoire depuis OCPI 2.2 ; les sessions 2.1.1 n&apos;avaient pas de connector_id)</translation>
    </message>
    <message>
        <source>&apos;auth_id&apos; is an OCPI 2.1.1 field; 2.2.1 identifies the token with cdr_token (kept, not used)</source>
        <translation>&apos;auth_id&apos; est un champ OCPI 2.1.1 ; 2.2.1 identifie le jeton par cdr_token (conservé, non utilisé)</translation>
    </message>
    <message>
        <source>&apos;location&apos; is the OCPI 2.1.1 embedded Location; 2.2.1 uses location_id, evse_uid and connector_id (kept, not used)</source>
        <translation>&apos;location&apos; est la Location intégrée d&apos;OCPI 2.1.1 ; 2.2.1 utilise location_id, evse_uid et connector_id (conservé, non utilisé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a CDR field, not a Session field (kept, not used)</source>
        <translation>&apos;%1&apos; est un champ de CDR, pas un champ de Session (conservé, non utilisé)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a field of the OCPI 2.2.1 %2 object (kept, not used)</source>
        <translation>&apos;%1&apos; n&apos;est pas un champ de l&apos;objet %2 d&apos;OCPI 2.2.1 (conservé, non utilisé)</translation>
    </message>
    <message>
        <source>required field is null; it must be %1</source>
        <translation>le champ obligatoire est null ; il doit être %1</translation>
    </message>
    <message>
        <source>optional field is null; omitting it says the same (transport_and_format 4.1.4)</source>
        <translation>le champ facultatif est null ; l&apos;omettre signifie la même chose (transport_and_format 4.1.4)</translation>
    </message>
    <message>
        <source>expected %1, found %2</source>
        <translation>attendu : %1, trouvé : %2</translation>
    </message>
    <message>
        <source>empty string in a required field</source>
        <translation>chaîne vide dans un champ obligatoire</translation>
    </message>
    <message>
        <source>empty string; omit the field when there is no value</source>
        <translation>chaîne vide ; omettez le champ quand il n&apos;y a pas de valeur</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has a non-ASCII character at character %2; CiString allows printable ASCII only</source>
        <translation>&apos;%1&apos; contient un caractère non ASCII au caractère %2 ; CiString n&apos;autorise que l&apos;ASCII imprimable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the non-printable character U+%2 at character %3</source>
        <translation>&apos;%1&apos; contient le caractère non imprimable U+%2 au caractère %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; CiString(%3) allows at most %3</source>
        <translation>&apos;%1&apos; a une longueur de %2 caractères ; CiString(%3) autorise au plus %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; has the non-printable character U+%2; string allows printable UTF-8 only</source>
        <translation>&apos;%1&apos; contient le caractère non imprimable U+%2 ; string n&apos;autorise que l&apos;UTF-8 imprimable</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; string(%3) allows at most %3</source>
        <translation>&apos;%1&apos; a une longueur de %2 caractères ; string(%3) autorise au plus %3</translation>
    </message>
    <message>
        <source>empty DateTime</source>
        <translation>DateTime vide</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is %2 characters long; DateTime is a string(25), so at most 4 fractional digits with &apos;Z&apos;</source>
        <translation>&apos;%1&apos; a une longueur de %2 caractères ; DateTime est un string(25), donc au plus 4 décimales avec &apos;Z&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; separates date and time with a space; the spec&apos;s patterns use &apos;T&apos;</source>
        <translation>&apos;%1&apos; sépare la date et l&apos;heure par une espace ; les modèles de la spécification utilisent &apos;T&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; carries a UTC offset; OCPI timestamps are UTC, written with &apos;Z&apos; or no designator, and the spec says +00:00 is not the same as UTC</source>
        <translation>&apos;%1&apos; comporte un décalage UTC ; les horodatages OCPI sont en UTC, écrits avec &apos;Z&apos; ou sans indicateur, et la spécification précise que +00:00 n&apos;équivaut pas à UTC</translation>
    </message>
    <message>
        <source>&apos;%1&apos; uses a lower-case &apos;t&apos; or &apos;z&apos;; the spec&apos;s patterns use &apos;T&apos; and &apos;Z&apos;</source>
        <translation>&apos;%1&apos; utilise un &apos;t&apos; ou un &apos;z&apos; minuscule ; les modèles de la spécification utilisent &apos;T&apos; et &apos;Z&apos;</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a real date and time (character %2)</source>
        <translation>&apos;%1&apos; n&apos;est pas une date et heure réelle (caractère %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not follow the spec&apos;s DateTime patterns, e.g. 2015-06-29T20:39:09Z (character %2)</source>
        <translation>&apos;%1&apos; ne suit pas les modèles DateTime de la spécification, p. ex. 2015-06-29T20:39:09Z (caractère %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a SessionStatus value: the spec&apos;s text on reservations (mod_sessions 9.1.4) says RESERVED, but the SessionStatus enum (9.4.3) defines RESERVATION, the value to send</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur de SessionStatus : le texte de la spécification sur les réservations (mod_sessions 9.1.4) indique RESERVED, mais l&apos;énumération SessionStatus (9.4.3) définit RESERVATION, la valeur à envoyer</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value: values are case-sensitive; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur de %2 : les valeurs sont sensibles à la casse ; vouliez-vous dire &apos;%3&apos; ?</translation>
    </message>
    <message>
        <source>&apos;FLAT&apos; was a dimension type in OCPI 2.1.1 but is not a %1 value in 2.2.1; allowed: %2</source>
        <translation>&apos;FLAT&apos; était un type de dimension en OCPI 2.1.1, mais n&apos;est pas une valeur de %1 en 2.2.1 ; valeurs autorisées : %2</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value; did you mean &apos;%3&apos;?</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur de %2 ; vouliez-vous dire &apos;%3&apos; ?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a %2 value; allowed: %3</source>
        <translation>&apos;%1&apos; n&apos;est pas une valeur de %2 ; valeurs autorisées : %3</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 3166-1 alpha-2 country code (two letters)</source>
        <translation>&apos;%1&apos; n&apos;est pas un code pays ISO 3166-1 alpha-2 (deux lettres)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an assigned ISO 3166-1 alpha-2 country code</source>
        <translation>&apos;%1&apos; n&apos;est pas un code pays ISO 3166-1 alpha-2 attribué</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not a party ID of three letters or digits as ISO 15118 defines them</source>
        <translation>&apos;%1&apos; n&apos;est pas un party ID de trois lettres ou chiffres tel que défini par ISO 15118</translation>
    </message>
    <message>
        <source>kwh is %1; the energy charged cannot be negative</source>
        <translation>kwh vaut %1 ; l&apos;énergie chargée ne peut pas être négative</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 code: currency is a case-sensitive string; did you mean &apos;%2&apos;?</source>
        <translation>&apos;%1&apos; n&apos;est pas un code ISO 4217 : currency est une chaîne sensible à la casse ; vouliez-vous dire &apos;%2&apos; ?</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is a withdrawn ISO 4217 currency code</source>
        <translation>&apos;%1&apos; est un code de devise ISO 4217 retiré</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is not an ISO 4217 currency code</source>
        <translation>&apos;%1&apos; n&apos;est pas un code de devise ISO 4217</translation>
    </message>
    <message>
        <source>&apos;%1&apos; does not follow the eMA ID format the spec recommends (e.g. NL-TST-C12345678-S)</source>
        <translation>&apos;%1&apos; ne suit pas le format d&apos;eMA ID recommandé par la spécification (p. ex. NL-TST-C12345678-S)</translation>
    </message>
    <message>
        <source>contract ID &apos;%1&apos; names party %2-%3, but the token belongs to %4-%5</source>
        <translation>l&apos;ID de contrat &apos;%1&apos; désigne la partie %2-%3, mais le jeton appartient à %4-%5</translation>
    </message>
    <message>
        <source>RFID token uid &apos;%1&apos; is not hexadecimal, as RFID reader IDs usually are</source>
        <translation>l&apos;uid &apos;%1&apos; du jeton RFID n&apos;est pas hexadécimal, contrairement aux identifiants habituels des lecteurs RFID</translation>
    </message>
    <message>
        <source>a ChargingPeriod needs at least one CdrDimension (cardinality +)</source>
        <translation>une ChargingPeriod nécessite au moins une CdrDimension (cardinalité +)</translation>
    </message>
    <message>
        <source>%1 (%2) is above %3 (%4) in the same period</source>
        <translation>%1 (%2) est supérieur à %3 (%4) dans la même période</translation>
    </message>
    <message>
        <source>%1 appears more than once in this charging period</source>
        <translation>%1 apparaît plusieurs fois dans cette période de charge</translation>
    </message>
    <message>
        <source>STATE_OF_CHARGE is %1; it is a percentage from 0 to 100</source>
        <translation>STATE_OF_CHARGE vaut %1 ; c&apos;est un pourcentage de 0 à 100</translation>
    </message>
    <message>
        <source>%1 is %2; it cannot be negative</source>
        <translation>%1 vaut %2 ; il ne peut pas être négatif</translation>
    </message>
    <message>
        <source>expected a Price object {excl_vat, incl_vat}, found the number %1 (OCPI 2.1.1 style)</source>
        <translation>objet Price {excl_vat, incl_vat} attendu, nombre %1 trouvé (style OCPI 2.1.1)</translation>
    </message>
    <message>
        <source>excl_vat is negative (%1)</source>
        <translation>excl_vat est négatif (%1)</translation>
    </message>
    <message>
        <source>incl_vat (%1) is less than excl_vat (%2); VAT cannot be negative</source>
        <translation>incl_vat (%1) est inférieur à excl_vat (%2) ; la TVA ne peut pas être négative</translation>
    </message>
    <message>
        <source>charging period starts at %1, before the session starts (%2)</source>
        <translation>la période de charge commence à %1, avant le début de la session (%2)</translation>
    </message>
    <message>
        <source>charging period starts at %1, after the session ended (%2)</source>
        <translation>la période de charge commence à %1, après la fin de la session (%2)</translation>
    </message>
    <message>
        <source>charging periods %1 and %2 both start at %3; a period ends when the next one starts, so one of them is a duplicate</source>
        <translation>les périodes de charge %1 et %2 commencent toutes deux à %3 ; une période se termine quand la suivante commence, l&apos;une d&apos;elles est donc un doublon</translation>
    </message>
    <message>
        <source>charging period %1 starts at %2, before period %3 (%4); periods must be in time order</source>
        <translation>la période de charge %1 commence à %2, avant la période %3 (%4) ; les périodes doivent être dans l&apos;ordre chronologique</translation>
    </message>
    <message>
        <source>%1 is %2 h, longer than the period itself (%3 h)</source>
        <translation>%1 vaut %2 h, plus que la durée de la période elle-même (%3 h)</translation>
    </message>
    <message>
        <source>the %1 volumes add up to %2, which is 1000 × kwh (%3): they look like Wh, but %1 is defined in kWh</source>
        <translation>les volumes %1 totalisent %2, soit 1000 × kwh (%3) : ils ressemblent à des Wh, mais %1 est défini en kWh</translation>
    </message>
    <message>
        <source>kwh (%1) is 1000 × the sum of the %2 volumes (%3): kwh looks like Wh</source>
        <translation>kwh (%1) vaut 1000 × la somme des volumes %2 (%3) : kwh ressemble à des Wh</translation>
    </message>
    <message>
        <source>the last %1 volume equals kwh (%2): the volumes look like meter readings, but each one is the energy charged during its own period</source>
        <translation>le dernier volume %1 est égal à kwh (%2) : les volumes ressemblent à des relevés de compteur, alors que chacun est l&apos;énergie chargée pendant sa propre période</translation>
    </message>
    <message>
        <source>kwh is %1, but the %2 volumes of the charging periods add up to %3</source>
        <translation>kwh vaut %1, mais les volumes %2 des périodes de charge totalisent %3</translation>
    </message>
    <message>
        <source>the session ends (%1) before it starts (%2)</source>
        <translation>la session se termine (%1) avant de commencer (%2)</translation>
    </message>
    <message>
        <source>a COMPLETED session needs an end_date_time</source>
        <translation>une session COMPLETED nécessite un end_date_time</translation>
    </message>
    <message>
        <source>the session is %1 but already has an end_date_time</source>
        <translation>la session est %1 mais a déjà un end_date_time</translation>
    </message>
    <message>
        <source>the session is %1 (charging has not started) but kwh is %2</source>
        <translation>la session est %1 (la charge n&apos;a pas commencé) mais kwh vaut %2</translation>
    </message>
    <message>
        <source>last_updated (%1) is before the session started (%2)</source>
        <translation>last_updated (%1) est antérieur au début de la session (%2)</translation>
    </message>
    <message>
        <source>last_updated (%1) is before the session ended (%2)</source>
        <translation>last_updated (%1) est antérieur à la fin de la session (%2)</translation>
    </message>
    <message>
        <source>total_cost is in %1 but the session&apos;s currency is %2</source>
        <translation>total_cost est en %1 mais la currency de la session est %2</translation>
    </message>
    <message>
        <source>auth_method is %1 but there is no authorization_reference; when the eMSP gave one it SHALL be copied here</source>
        <translation>auth_method vaut %1 mais il n&apos;y a pas d&apos;authorization_reference ; si l&apos;eMSP en a fourni une, elle DOIT (SHALL) être recopiée ici</translation>
    </message>
    <message>
        <source>auth_method is WHITELIST (no request to the eMSP) and an authorization_reference is present: right when the session began with a reservation or command (auth_method may change during a session), otherwise nothing was authorised by the eMSP to refer to</source>
        <translation>auth_method vaut WHITELIST (aucune requête à l&apos;eMSP) et une authorization_reference est présente : correct si la session a commencé par une réservation ou une commande (auth_method peut changer au cours d&apos;une session), sinon l&apos;eMSP n&apos;a rien autorisé à quoi se référer</translation>
    </message>
    <message>
        <source>&apos;#NA&apos; is allowed here only for a reservation that has no EVSE or connector yet; this session is %1</source>
        <translation>&apos;#NA&apos; n&apos;est autorisé ici que pour une réservation qui n&apos;a pas encore d&apos;EVSE ni de connecteur ; cette session est %1</translation>
    </message>
    <message>
        <source>&apos;#NA&apos; is meant for data that cannot be known; this field identifies the session</source>
        <translation>&apos;#NA&apos; est destiné aux données impossibles à connaître ; ce champ identifie la session</translation>
    </message>
    <message>
        <source>the text is not UTF-8 at line %1, column %2 (%3); JSON must be UTF-8, and bytes like this usually mean ISO-8859-1 or Windows-1252 text</source>
        <translation>le texte n&apos;est pas en UTF-8 à la ligne %1, colonne %2 (%3) ; le JSON doit être en UTF-8, et de tels octets indiquent généralement du texte ISO-8859-1 ou Windows-1252</translation>
    </message>
    <message>
        <source>the record is nested deeper than %1 levels</source>
        <translation>l&apos;enregistrement est imbriqué sur plus de %1 niveaux</translation>
    </message>
    <message>
        <source>the record holds a number that cannot be represented (too large or malformed)</source>
        <translation>l&apos;enregistrement contient un nombre non représentable (trop grand ou mal formé)</translation>
    </message>
    <message>
        <source>the record is too large to parse (%1 bytes)</source>
        <translation>l&apos;enregistrement est trop volumineux pour être analysé (%1 octets)</translation>
    </message>
    <message>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>JSON non valide à la ligne %1, colonne %2 : %3</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>JSON non valide : %1</translation>
    </message>
    <message>
        <source>the record is %1, not a Session object</source>
        <translation>l&apos;enregistrement est %1, pas un objet Session</translation>
    </message>
</context>
<context>
    <name>Ocpi::Sim::Faults</name>
    <message>
        <source>unknown fault &apos;%1&apos;: use a comma-separated list of %2</source>
        <translation>défaillance inconnue &apos;%1&apos; : utilisez une liste séparée par des virgules parmi %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::Sim::Simulator</name>
    <message>
        <source>refused to listen on %1: the simulator listens on loopback only (127.0.0.1 or ::1), so that no other computer can reach it</source>
        <translation>écoute sur %1 refusée : le simulateur n&apos;écoute que sur la boucle locale (127.0.0.1 ou ::1), afin qu&apos;aucun autre ordinateur ne puisse l&apos;atteindre</translation>
    </message>
    <message>
        <source>an unknown address</source>
        <translation>une adresse inconnue</translation>
    </message>
    <message>
        <source>cannot listen on %1: %2</source>
        <translation>impossible d&apos;écouter sur %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::Store::SessionCache</name>
    <message>
        <source>cannot create the folder %1 for the cache</source>
        <translation>impossible de créer le dossier %1 pour le cache</translation>
    </message>
    <message>
        <source>cannot read the cache %1: %2</source>
        <translation>impossible de lire le cache %1 : %2</translation>
    </message>
    <message>
        <source>it is not an SQLite database</source>
        <translation>ce n&apos;est pas une base de données SQLite</translation>
    </message>
    <message>
        <source>cannot open the cache %1: %2</source>
        <translation>impossible d&apos;ouvrir le cache %1 : %2</translation>
    </message>
    <message>
        <source>it cannot be read as SQLite (%1)</source>
        <translation>il ne peut pas être lu comme SQLite (%1)</translation>
    </message>
    <message>
        <source>it is an SQLite database of another program (application_id %1)</source>
        <translation>c&apos;est une base de données SQLite d&apos;un autre programme (application_id %1)</translation>
    </message>
    <message>
        <source>the cache %1 was written by a newer version of OCPI Session Monitor (schema %2; this one reads up to %3): it is left as it is; use a newer version or another --db file</source>
        <translation>le cache %1 a été écrit par une version plus récente d&apos;OCPI Session Monitor (schéma %2 ; celle-ci lit jusqu&apos;au schéma %3) : il est laissé tel quel ; utilisez une version plus récente ou un autre fichier --db</translation>
    </message>
    <message>
        <source>cannot create the cache %1: %2</source>
        <translation>impossible de créer le cache %1 : %2</translation>
    </message>
    <message>
        <source>cannot bring the cache %1 from schema %2 to %3: %4</source>
        <translation>impossible de faire passer le cache %1 du schéma %2 au schéma %3 : %4</translation>
    </message>
    <message>
        <source>the cache %1 is damaged or not ours (%2) and cannot be set aside: %3</source>
        <translation>le cache %1 est endommagé ou ne nous appartient pas (%2) et ne peut pas être mis de côté : %3</translation>
    </message>
    <message>
        <source>the cache %1 is damaged or not ours (%2); it was renamed to %3 and a new cache is started</source>
        <translation>le cache %1 est endommagé ou ne nous appartient pas (%2) ; il a été renommé en %3 et un nouveau cache est créé</translation>
    </message>
    <message>
        <source>the cache is not open</source>
        <translation>le cache n&apos;est pas ouvert</translation>
    </message>
    <message>
        <source>could not store the poll in the cache %1: %2 (nothing of this poll was kept)</source>
        <translation>impossible d&apos;enregistrer l&apos;interrogation dans le cache %1 : %2 (rien de cette interrogation n&apos;a été conservé)</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>cannot clear the cache %1: %2</source>
        <translation>impossible de vider le cache %1 : %2</translation>
    </message>
</context>
<context>
    <name>Ocpi::ValidationReportWriter</name>
    <message>
        <source>%1:
</source>
        <translation>%1 :
</translation>
    </message>
    <message>
        <source>id %1</source>
        <translation>id %1</translation>
    </message>
    <message>
        <source>no id</source>
        <translation>pas d&apos;id</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): valid
</source>
        <translation>  session %1 (%2, ligne %3) : valide
</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): valid, %4 warning(s), %5 note(s)
</source>
        <translation>  session %1 (%2, ligne %3) : valide, %4 avertissement(s), %5 remarque(s)
</translation>
    </message>
    <message>
        <source>  session %1 (%2, line %3): INVALID, %4 error(s), %5 warning(s)
</source>
        <translation>  session %1 (%2, ligne %3) : INVALIDE, %4 erreur(s), %5 avertissement(s)
</translation>
    </message>
    <message>
        <source>  file error %1: %2
</source>
        <translation>  erreur de fichier %1 : %2
</translation>
    </message>
    <message numerus="yes">
        <source>  %n session(s) read as %1, %2 bytes
</source>
        <translation>
            <numerusform>  %n session lue en tant que %1, %2 octets
</numerusform>
            <numerusform>  %n sessions lues en tant que %1, %2 octets
</numerusform>
        </translation>
    </message>
    <message>
        <source>summary: %1 file(s), %2 session(s), %3 valid, %4 invalid, %5 error(s), %6 warning(s), %7 unreadable file(s)
</source>
        <translation>résumé : %1 fichier(s), %2 session(s), %3 valide(s), %4 invalide(s), %5 erreur(s), %6 avertissement(s), %7 fichier(s) illisible(s)
</translation>
    </message>
</context>
<context>
    <name>Profiles::EndpointProfile</name>
    <message>
        <source>The profile has no name.</source>
        <translation>Le profil n&apos;a pas de nom.</translation>
    </message>
    <message>
        <source>The URL is empty.</source>
        <translation>L&apos;URL est vide.</translation>
    </message>
    <message>
        <source>The URL is not valid: %1.</source>
        <translation>L&apos;URL n&apos;est pas valide : %1.</translation>
    </message>
    <message>
        <source>The URL must start with https:// (or http:// for a test endpoint); &quot;%1&quot; is not supported.</source>
        <translation>L&apos;URL doit commencer par https:// (ou http:// pour un point d&apos;accès de test) ; &quot;%1&quot; n&apos;est pas pris en charge.</translation>
    </message>
    <message>
        <source>The URL has no host.</source>
        <translation>L&apos;URL n&apos;a pas d&apos;hôte.</translation>
    </message>
    <message>
        <source>http:// to %1 would send the token unencrypted: use https://, or confirm plain http:// for this test endpoint.</source>
        <translation>http:// vers %1 enverrait le jeton sans chiffrement : utilisez https://, ou confirmez http:// en clair pour ce point d&apos;accès de test.</translation>
    </message>
    <message>
        <source>The URL must not hold a user name or password; the token is kept apart.</source>
        <translation>L&apos;URL ne doit contenir ni nom d&apos;utilisateur ni mot de passe ; le jeton est conservé à part.</translation>
    </message>
    <message>
        <source>The party&apos;s country code must be two capital letters (ISO 3166-1 alpha-2), such as NL.</source>
        <translation>Le code pays de la partie doit comporter deux lettres majuscules (ISO 3166-1 alpha-2), comme NL.</translation>
    </message>
    <message>
        <source>The party id must be three capital letters or digits, such as TNM.</source>
        <translation>L&apos;id de la partie doit comporter trois lettres majuscules ou chiffres, comme TNM.</translation>
    </message>
    <message>
        <source>The poll interval must be between %1 and %2 seconds.</source>
        <translation>L&apos;intervalle d&apos;interrogation doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>The connect timeout must be between %1 and %2 seconds.</source>
        <translation>Le délai de connexion doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>The read timeout must be between %1 and %2 seconds.</source>
        <translation>Le délai de lecture doit être compris entre %1 et %2 secondes.</translation>
    </message>
    <message>
        <source>The read timeout must not be shorter than the connect timeout.</source>
        <translation>Le délai de lecture ne doit pas être plus court que le délai de connexion.</translation>
    </message>
    <message>
        <source>The certificate file %1 cannot be read.</source>
        <translation>Le fichier de certificat %1 ne peut pas être lu.</translation>
    </message>
    <message>
        <source>A certificate file only applies to https:// URLs.</source>
        <translation>Un fichier de certificat ne s&apos;applique qu&apos;aux URL https://.</translation>
    </message>
    <message>
        <source>The certificate file %1 holds no PEM or DER certificate.</source>
        <translation>Le fichier de certificat %1 ne contient aucun certificat PEM ou DER.</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileJson</name>
    <message>
        <source>The file is not JSON: %1 at byte %2.</source>
        <translation>Le fichier n&apos;est pas du JSON : %1 à l&apos;octet %2.</translation>
    </message>
    <message>
        <source>The file holds no list of profiles (a &quot;profiles&quot; array).</source>
        <translation>Le fichier ne contient pas de liste de profils (un tableau &quot;profiles&quot;).</translation>
    </message>
    <message>
        <source>Entry %1 is not an object and was skipped.</source>
        <translation>L&apos;entrée %1 n&apos;est pas un objet et a été ignorée.</translation>
    </message>
    <message>
        <source>Entry %1</source>
        <translation>Entrée %1</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot;</source>
        <translation>Profil &quot;%1&quot;</translation>
    </message>
    <message>
        <source>%1 has a &quot;%2&quot; member: it was ignored. Tokens are never imported from files; enter the token in the profile.</source>
        <translation>%1 a un membre &quot;%2&quot; : il a été ignoré. Les jetons ne sont jamais importés depuis des fichiers ; saisissez le jeton dans le profil.</translation>
    </message>
    <message>
        <source>%1 has no name and was skipped.</source>
        <translation>%1 n&apos;a pas de nom et a été ignoré.</translation>
    </message>
</context>
<context>
    <name>Profiles::ProfileStore</name>
    <message>
        <source>There is no such profile.</source>
        <translation>Ce profil n&apos;existe pas.</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Un autre profil s&apos;appelle déjà &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <extracomment>The name of a duplicated profile; %1 is the original&apos;s name.</extracomment>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>The profile has no name.</source>
        <translation>Le profil n&apos;a pas de nom.</translation>
    </message>
</context>
<context>
    <name>Profiles::TokenVault</name>
    <message>
        <source>the system keychain is switched off</source>
        <translation>le trousseau système est désactivé</translation>
    </message>
    <message>
        <source>Stored in the system keychain</source>
        <translation>Enregistré dans le trousseau système</translation>
    </message>
    <message>
        <source>No keychain available: the token is kept for this session only</source>
        <translation>Aucun trousseau disponible : le jeton est conservé jusqu&apos;à la fermeture du programme uniquement</translation>
    </message>
    <message>
        <source>No keychain available (%1): the token is kept for this session only</source>
        <translation>Aucun trousseau disponible (%1) : le jeton est conservé jusqu&apos;à la fermeture du programme uniquement</translation>
    </message>
    <message>
        <source>Looking for the system keychain…</source>
        <translation>Recherche du trousseau système…</translation>
    </message>
    <message>
        <source>error %1</source>
        <translation>erreur %1</translation>
    </message>
    <message>
        <source>cannot create the folder %1</source>
        <translation>impossible de créer le dossier %1</translation>
    </message>
    <message>
        <source>cannot write %1: %2</source>
        <translation>impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>no token is stored for this profile</source>
        <translation>aucun jeton n&apos;est enregistré pour ce profil</translation>
    </message>
</context>
<context>
    <name>SessionFieldsModel</name>
    <message>
        <source>Identity</source>
        <translation>Identité</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Moment</translation>
    </message>
    <message>
        <source>Energy</source>
        <translation>Énergie</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrement</translation>
    </message>
    <message numerus="yes">
        <source>%n finding(s)</source>
        <translation>
            <numerusform>%n constat</numerusform>
            <numerusform>%n constats</numerusform>
        </translation>
    </message>
    <message>
        <source>Field</source>
        <translation>Champ</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Country code</source>
        <translation>Code pays</translation>
    </message>
    <message>
        <source>Party id</source>
        <translation>Id de la partie</translation>
    </message>
    <message>
        <source>Session id</source>
        <translation>Id de la session</translation>
    </message>
    <message>
        <source>Location id</source>
        <translation>Id de la Location</translation>
    </message>
    <message>
        <source>EVSE uid</source>
        <translation>Uid de l&apos;EVSE</translation>
    </message>
    <message>
        <source>Connector id</source>
        <translation>Id du connecteur</translation>
    </message>
    <message>
        <source>Start</source>
        <translation>Début</translation>
    </message>
    <message>
        <source>End</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Last updated</source>
        <translation>Dernière mise à jour</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Charging periods</source>
        <translation>Périodes de charge</translation>
    </message>
    <message>
        <source>Current power (kW)</source>
        <extracomment>kW of the last charging period</extracomment>
        <translation>Puissance actuelle (kW)</translation>
    </message>
    <message>
        <source>Meter id</source>
        <translation>Id du compteur</translation>
    </message>
    <message>
        <source>Currency</source>
        <translation>Devise</translation>
    </message>
    <message>
        <source>Total cost excl. VAT</source>
        <translation>Coût total HT</translation>
    </message>
    <message>
        <source>Total cost incl. VAT</source>
        <translation>Coût total TTC</translation>
    </message>
    <message>
        <source>Token uid</source>
        <translation>Uid du jeton</translation>
    </message>
    <message>
        <source>Token type</source>
        <translation>Type de jeton</translation>
    </message>
    <message>
        <source>Contract id</source>
        <translation>Id de contrat</translation>
    </message>
    <message>
        <source>Token country code</source>
        <translation>Code pays du jeton</translation>
    </message>
    <message>
        <source>Token party id</source>
        <translation>Id de la partie du jeton</translation>
    </message>
    <message>
        <source>Authentication method</source>
        <translation>Méthode d&apos;authentification</translation>
    </message>
    <message>
        <source>Authorization reference</source>
        <translation>Référence d&apos;autorisation</translation>
    </message>
    <message>
        <source>Whole record</source>
        <translation>Enregistrement complet</translation>
    </message>
    <message numerus="yes">
        <source>(+%n more)</source>
        <translation>
            <numerusform>(+%n autre)</numerusform>
            <numerusform>(+%n autres)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SessionTableModel</name>
    <message>
        <source>Active</source>
        <comment>session status</comment>
        <translation>Active</translation>
    </message>
    <message>
        <source>Completed</source>
        <comment>session status</comment>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <comment>session status</comment>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Pending</source>
        <comment>session status</comment>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Reservation</source>
        <comment>session status</comment>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Unknown</source>
        <comment>session status: absent or not an OCPI value</comment>
        <translation>Inconnu</translation>
    </message>
    <message>
        <source>%1 (not listed)</source>
        <comment>status of a session its source no longer lists</comment>
        <translation>%1 (non listée)</translation>
    </message>
    <message>
        <source>valid</source>
        <comment>validity of a session without errors or warnings</comment>
        <translation>valide</translation>
    </message>
    <message numerus="yes">
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n erreur</numerusform>
            <numerusform>%n erreurs</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n avertissement</numerusform>
            <numerusform>%n avertissements</numerusform>
        </translation>
    </message>
    <message>
        <source>%1 no longer lists this session; it is kept as last seen.</source>
        <translation>%1 ne liste plus cette session ; elle est conservée telle que vue en dernier.</translation>
    </message>
    <message>
        <source>Location %1, EVSE %2, connector %3</source>
        <translation>Location %1, EVSE %2, connecteur %3</translation>
    </message>
    <message>
        <source>From start to end</source>
        <translation>Du début à la fin</translation>
    </message>
    <message>
        <source>From start to the last update: the session has not ended</source>
        <translation>Du début à la dernière mise à jour : la session n&apos;est pas terminée</translation>
    </message>
    <message>
        <source>POWER of the last charging period</source>
        <translation>POWER de la dernière période de charge</translation>
    </message>
    <message>
        <source>MAX_POWER of the last charging period (no POWER given)</source>
        <translation>MAX_POWER de la dernière période de charge (aucune POWER fournie)</translation>
    </message>
    <message>
        <source>ENERGY of the last charging period over its duration (no POWER or MAX_POWER given)</source>
        <translation>ENERGY de la dernière période de charge rapportée à sa durée (ni POWER ni MAX_POWER fournie)</translation>
    </message>
    <message>
        <source>%1 excl. VAT, %2 incl. VAT</source>
        <translation>%1 HT, %2 TTC</translation>
    </message>
    <message>
        <source>%1 excl. VAT</source>
        <translation>%1 HT</translation>
    </message>
    <message>
        <source>Authorized by %1</source>
        <translation>Autorisée par %1</translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Session</source>
        <comment>column header: the session id</comment>
        <translation>Session</translation>
    </message>
    <message>
        <source>Location / EVSE / connector</source>
        <translation>Location / EVSE / connecteur</translation>
    </message>
    <message>
        <source>Start (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Début (%1)</translation>
    </message>
    <message>
        <source>End (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Fin (%1)</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Energy (kWh)</source>
        <translation>Énergie (kWh)</translation>
    </message>
    <message>
        <source>Power (kW)</source>
        <translation>Puissance (kW)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Coût</translation>
    </message>
    <message>
        <source>Authorization</source>
        <comment>column header: token type and masked uid</comment>
        <translation>Autorisation</translation>
    </message>
    <message>
        <source>Validity</source>
        <translation>Validité</translation>
    </message>
    <message>
        <source>Last updated (%1)</source>
        <comment>%1: time zone</comment>
        <translation>Dernière mise à jour (%1)</translation>
    </message>
    <message>
        <source>Source</source>
        <comment>column header: where the session came from</comment>
        <translation>Source</translation>
    </message>
    <message>
        <source>Hours and minutes from start to end, or to the last update while the session runs</source>
        <translation>Heures et minutes du début à la fin, ou jusqu&apos;à la dernière mise à jour tant que la session est en cours</translation>
    </message>
    <message>
        <source>Power of the last charging period: POWER, else MAX_POWER, else its ENERGY over its duration</source>
        <translation>Puissance de la dernière période de charge : POWER, sinon MAX_POWER, sinon son ENERGY rapportée à sa durée</translation>
    </message>
    <message>
        <source>Total cost including VAT when the CPO gives it, else excluding VAT</source>
        <translation>Coût total TTC lorsque le CPO le fournit, sinon HT</translation>
    </message>
    <message>
        <source>Token type and uid, the uid masked</source>
        <translation>Type et uid du jeton, l&apos;uid étant masqué</translation>
    </message>
    <message>
        <source>Errors and warnings found checking the session against OCPI 2.2.1</source>
        <translation>Erreurs et avertissements constatés en vérifiant la session selon OCPI 2.2.1</translation>
    </message>
    <message>
        <source>%1 (cached)</source>
        <comment>status of a session read from the offline cache, not yet seen again</comment>
        <translation>%1 (en cache)</translation>
    </message>
    <message>
        <source>From the offline cache: last seen %1 from %2. No poll has brought it again since the start.</source>
        <translation>Du cache hors ligne : vue pour la dernière fois %1 depuis %2. Aucune interrogation ne l&apos;a ramenée depuis le démarrage.</translation>
    </message>
</context>
<context>
    <name>StatusHistory</name>
    <message>
        <source>sessions</source>
        <translation>sessions</translation>
    </message>
</context>
<context>
    <name>TrafficExport</name>
    <message numerus="yes">
        <source>(%n byte(s) received, none kept)</source>
        <translation>
            <numerusform>(%n octet reçu, aucun conservé)</numerusform>
            <numerusform>(%n octets reçus, aucun conservé)</numerusform>
        </translation>
    </message>
    <message>
        <source>(no body)</source>
        <translation>(pas de corps)</translation>
    </message>
    <message>
        <source>… (the first %1 of %2 bytes are kept)</source>
        <translation>… (les %1 premiers octets sur %2 sont conservés)</translation>
    </message>
    <message>
        <source>HTTP %1 %2 · %3 ms · %4 bytes</source>
        <translation>HTTP %1 %2 · %3 ms · %4 octets</translation>
    </message>
    <message>
        <source>No HTTP answer · %1 ms</source>
        <translation>Pas de réponse HTTP · %1 ms</translation>
    </message>
    <message>
        <source>OCPI status_code %1</source>
        <translation>status_code OCPI %1</translation>
    </message>
    <message>
        <source>Error: %1</source>
        <translation>Erreur : %1</translation>
    </message>
</context>
<context>
    <name>TrafficModel</name>
    <message>
        <source>no answer</source>
        <translation>pas de réponse</translation>
    </message>
    <message>
        <source>%1 ms</source>
        <extracomment>A duration in milliseconds</extracomment>
        <translation>%1 ms</translation>
    </message>
    <message>
        <source>%1 (kept %2)</source>
        <extracomment>Bytes received, and how many of them are kept</extracomment>
        <translation>%1 (%2 conservés)</translation>
    </message>
    <message>
        <source>X-Request-ID %1
X-Correlation-ID %2</source>
        <translation>X-Request-ID %1
X-Correlation-ID %2</translation>
    </message>
    <message>
        <source>Time</source>
        <translation>Heure</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Méthode</translation>
    </message>
    <message>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>OCPI status</source>
        <extracomment>The status_code of the OCPI response envelope</extracomment>
        <translation>Statut OCPI</translation>
    </message>
    <message>
        <source>Duration</source>
        <translation>Durée</translation>
    </message>
    <message>
        <source>Bytes</source>
        <translation>Octets</translation>
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
            <numerusform>%Ln nouvelle alerte</numerusform>
            <numerusform>%Ln nouvelles alertes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>…and %Ln more</source>
        <translation>
            <numerusform>…et %Ln autre</numerusform>
            <numerusform>…et %Ln autres</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>OCPI Session Monitor: %Ln alert(s) not acknowledged</source>
        <translation>
            <numerusform>OCPI Session Monitor : %Ln alerte non acquittée</numerusform>
            <numerusform>OCPI Session Monitor : %Ln alertes non acquittées</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::AlertSettingsDialog</name>
    <message>
        <source>Alert Settings</source>
        <translation>Paramètres des alertes</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Paramètres des alertes</translation>
    </message>
    <message>
        <source>Session &amp;ACTIVE for longer than</source>
        <translation>Session &amp;ACTIVE depuis plus de</translation>
    </message>
    <message>
        <source> h</source>
        <comment>hours</comment>
        <translation> h</translation>
    </message>
    <message>
        <source>ACTIVE session with &amp;no update for</source>
        <translation>Session ACTIVE sans mise à jour &amp;depuis</translation>
    </message>
    <message>
        <source> min</source>
        <comment>minutes</comment>
        <translation> min</translation>
    </message>
    <message>
        <source>Session turned &amp;INVALID</source>
        <translation>Session passée au statut &amp;INVALID</translation>
    </message>
    <message>
        <source>Session with validation &amp;errors</source>
        <translation>Session avec des &amp;erreurs de validation</translation>
    </message>
    <message>
        <source>Endpoint &amp;failing polls in a row</source>
        <translation>&amp;Point d&apos;accès en échec pendant</translation>
    </message>
    <message>
        <source> polls</source>
        <translation> interrogations</translation>
    </message>
    <message>
        <source>Endpoint with no &amp;successful poll for</source>
        <translation>Point d&apos;accès sans interrogation &amp;réussie depuis</translation>
    </message>
    <message>
        <source>Threshold: %1</source>
        <comment>alert rule</comment>
        <translation>Seuil : %1</translation>
    </message>
    <message>
        <source>Alerts are raised once when a rule starts to hold and listed until it no longer does.</source>
        <translation>Une alerte est déclenchée une seule fois lorsqu&apos;une règle commence à s&apos;appliquer, et reste listée jusqu&apos;à ce que la règle ne s&apos;applique plus.</translation>
    </message>
    <message>
        <source>Dialog buttons</source>
        <translation>Boutons de la boîte de dialogue</translation>
    </message>
</context>
<context>
    <name>Views::ChartWidget</name>
    <message>
        <source>No data</source>
        <translation>Aucune donnée</translation>
    </message>
    <message>
        <source>Chart</source>
        <translation>Graphique</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <extracomment>axis title: quantity (unit), e.g. &quot;Energy (kWh)&quot;</extracomment>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1: %2 points from %3 to %4, lowest %5 %7, highest %6 %7</source>
        <extracomment>accessible summary of one chart line: %1 name, %2 number of points, %3 and %4 times, %5 lowest and %6 highest value, %7 unit</extracomment>
        <translation>%1 : %2 points de %3 à %4, minimum %5 %7, maximum %6 %7</translation>
    </message>
</context>
<context>
    <name>Views::FleetChartsView</name>
    <message>
        <source>Fleet charts</source>
        <translation>Graphiques du parc</translation>
    </message>
    <message>
        <source>No energy delivered yet</source>
        <translation>Aucune énergie délivrée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sessions by status</source>
        <translation>Sessions par statut</translation>
    </message>
    <message>
        <source>No status recorded yet</source>
        <translation>Aucun statut enregistré pour l&apos;instant</translation>
    </message>
    <message numerus="yes">
        <source>Energy delivered per hour (last %n h)</source>
        <extracomment>chart title; %n: hours shown, e.g. &quot;Energy delivered per hour (last 48 h)&quot;</extracomment>
        <translation>
            <numerusform>Énergie délivrée par heure (dernière %n h)</numerusform>
            <numerusform>Énergie délivrée par heure (dernières %n h)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Views::LiveSessionsView</name>
    <message>
        <source>&amp;Columns</source>
        <translation>&amp;Colonnes</translation>
    </message>
    <message>
        <source>Poll &amp;now</source>
        <translation>Interroger &amp;maintenant</translation>
    </message>
    <message>
        <source>Filter by id, location, EVSE or token (Ctrl+F)</source>
        <translation>Filtrer par id, Location, EVSE ou jeton (Ctrl+F)</translation>
    </message>
    <message>
        <source>Session filter</source>
        <translation>Filtre des sessions</translation>
    </message>
    <message>
        <source>Fi&amp;lter:</source>
        <translation>Fi&amp;ltre :</translation>
    </message>
    <message>
        <source>Status filter</source>
        <translation>Filtre de statut</translation>
    </message>
    <message>
        <source>Show sessions of one status only</source>
        <translation>Afficher uniquement les sessions d&apos;un statut</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les statuts</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Active</translation>
    </message>
    <message>
        <source>Pending</source>
        <translation>En attente</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Terminée</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>Invalide</translation>
    </message>
    <message>
        <source>Reservation</source>
        <translation>Réservation</translation>
    </message>
    <message>
        <source>Validity filter</source>
        <translation>Filtre de validité</translation>
    </message>
    <message>
        <source>Show sessions by what checking them against OCPI 2.2.1 found</source>
        <translation>Afficher les sessions selon le résultat de leur vérification selon OCPI 2.2.1</translation>
    </message>
    <message>
        <source>Any validity</source>
        <translation>Toute validité</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <source>Warnings only</source>
        <translation>Avertissements seulement</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>Valide</translation>
    </message>
    <message>
        <source>Start time filter</source>
        <translation>Filtre d&apos;heure de début</translation>
    </message>
    <message>
        <source>Show sessions that started within this time before now</source>
        <translation>Afficher les sessions commencées dans ce laps de temps avant maintenant</translation>
    </message>
    <message>
        <source>Any start</source>
        <translation>Toute heure de début</translation>
    </message>
    <message>
        <source>Started in the last hour</source>
        <translation>Commencée dans la dernière heure</translation>
    </message>
    <message>
        <source>Started in the last 24 hours</source>
        <translation>Commencée dans les dernières 24 heures</translation>
    </message>
    <message>
        <source>Started in the last 7 days</source>
        <translation>Commencée dans les 7 derniers jours</translation>
    </message>
    <message>
        <source>Started in the last 30 days</source>
        <translation>Commencée dans les 30 derniers jours</translation>
    </message>
    <message>
        <source>Source filter</source>
        <translation>Filtre de source</translation>
    </message>
    <message>
        <source>Show the sessions of one endpoint or file</source>
        <translation>Afficher les sessions d&apos;un point d&apos;accès ou d&apos;un fichier</translation>
    </message>
    <message>
        <source>Poll now</source>
        <translation>Interroger maintenant</translation>
    </message>
    <message>
        <source>Ask the endpoint for changes now (F5)</source>
        <translation>Demander dès maintenant les changements au point d&apos;accès (F5)</translation>
    </message>
    <message>
        <source>Live sessions</source>
        <translation>Sessions en direct</translation>
    </message>
    <message>
        <source>All sources</source>
        <translation>Toutes les sources</translation>
    </message>
</context>
<context>
    <name>Views::OverviewView</name>
    <message>
        <source>%1: %2</source>
        <comment>tile: caption, value</comment>
        <translation>%1 : %2</translation>
    </message>
    <message>
        <source>&amp;Acknowledge</source>
        <translation>&amp;Acquitter</translation>
    </message>
    <message>
        <source>Ac&amp;knowledge all</source>
        <translation>Acquitter &amp;tout</translation>
    </message>
    <message>
        <source>Alert settin&amp;gs…</source>
        <translation>&amp;Paramètres des alertes…</translation>
    </message>
    <message>
        <source>Active sessions</source>
        <translation>Sessions actives</translation>
    </message>
    <message>
        <source>Sessions with status ACTIVE</source>
        <translation>Sessions au statut ACTIVE</translation>
    </message>
    <message>
        <source>Pending sessions</source>
        <translation>Sessions en attente</translation>
    </message>
    <message>
        <source>Sessions with status PENDING</source>
        <translation>Sessions au statut PENDING</translation>
    </message>
    <message>
        <source>Completed sessions</source>
        <translation>Sessions terminées</translation>
    </message>
    <message>
        <source>Sessions with status COMPLETED</source>
        <translation>Sessions au statut COMPLETED</translation>
    </message>
    <message>
        <source>Invalid sessions</source>
        <translation>Sessions invalides</translation>
    </message>
    <message>
        <source>Sessions with status INVALID</source>
        <translation>Sessions au statut INVALID</translation>
    </message>
    <message>
        <source>Reservations</source>
        <translation>Réservations</translation>
    </message>
    <message>
        <source>Sessions with status RESERVATION</source>
        <translation>Sessions au statut RESERVATION</translation>
    </message>
    <message>
        <source>Total power now</source>
        <translation>Puissance totale actuelle</translation>
    </message>
    <message>
        <source>Power of the ACTIVE sessions still listed, in kW</source>
        <translation>Puissance des sessions ACTIVE encore listées, en kW</translation>
    </message>
    <message>
        <source>Energy today</source>
        <translation>Énergie aujourd&apos;hui</translation>
    </message>
    <message>
        <source>kWh of the sessions started today</source>
        <translation>kWh des sessions commencées aujourd&apos;hui</translation>
    </message>
    <message>
        <source>With errors</source>
        <translation>Avec erreurs</translation>
    </message>
    <message>
        <source>Sessions with validation errors</source>
        <translation>Sessions avec des erreurs de validation</translation>
    </message>
    <message>
        <source>Not listed</source>
        <translation>Non listées</translation>
    </message>
    <message>
        <source>Sessions their source no longer lists (stale)</source>
        <translation>Sessions que leur source ne liste plus (obsolètes)</translation>
    </message>
    <message>
        <source>DEMO DATA: sessions from the built-in simulator, not a real operator</source>
        <translation>DONNÉES DE DÉMO : sessions du simulateur intégré, pas d&apos;un véritable opérateur</translation>
    </message>
    <message>
        <source>Demo data</source>
        <translation>Données de démo</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>Last poll</source>
        <translation>Dernière interrogation</translation>
    </message>
    <message>
        <source>Next poll</source>
        <translation>Prochaine interrogation</translation>
    </message>
    <message>
        <source>Failed polls</source>
        <translation>Interrogations en échec</translation>
    </message>
    <message>
        <source>Connection</source>
        <translation>Connexion</translation>
    </message>
    <message>
        <source>Active alerts</source>
        <translation>Alertes actives</translation>
    </message>
    <message>
        <source>Acknowledge</source>
        <translation>Acquitter</translation>
    </message>
    <message>
        <source>Acknowledge the selected alerts</source>
        <translation>Acquitter les alertes sélectionnées</translation>
    </message>
    <message>
        <source>Mark the selected alerts as seen (Space in the list); they stay listed until resolved</source>
        <translation>Marquer les alertes sélectionnées comme vues (Space dans la liste) ; elles restent listées jusqu&apos;à leur résolution</translation>
    </message>
    <message>
        <source>Acknowledge all alerts</source>
        <translation>Acquitter toutes les alertes</translation>
    </message>
    <message>
        <source>Alert settings</source>
        <translation>Paramètres des alertes</translation>
    </message>
    <message>
        <source>Thresholds of the alert rules</source>
        <translation>Seuils des règles d&apos;alerte</translation>
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
        <translation>Aucune source en direct</translation>
    </message>
    <message>
        <source>Endpoint: %1</source>
        <translation>Point d&apos;accès : %1</translation>
    </message>
    <message>
        <source>No poll has finished yet</source>
        <translation>Aucune interrogation n&apos;est encore terminée</translation>
    </message>
    <message>
        <source>Last poll at %1: OK · %2</source>
        <translation>Dernière interrogation à %1 : OK · %2</translation>
    </message>
    <message>
        <source>Last poll FAILED at %1: %2</source>
        <translation>Dernière interrogation EN ÉCHEC à %1 : %2</translation>
    </message>
    <message>
        <source>Polling now…</source>
        <translation>Interrogation en cours…</translation>
    </message>
    <message numerus="yes">
        <source>Next poll in %Ln s (at %1)</source>
        <translation>
            <numerusform>Prochaine interrogation dans %Ln s (à %1)</numerusform>
            <numerusform>Prochaine interrogation dans %Ln s (à %1)</numerusform>
        </translation>
    </message>
    <message>
        <source>Next poll due now</source>
        <translation>Prochaine interrogation imminente</translation>
    </message>
    <message>
        <source>No poll scheduled</source>
        <translation>Aucune interrogation planifiée</translation>
    </message>
    <message numerus="yes">
        <source>%Ln poll(s) in a row failed: %1</source>
        <translation>
            <numerusform>%Ln interrogation consécutive en échec : %1</numerusform>
            <numerusform>%Ln interrogations consécutives en échec : %1</numerusform>
        </translation>
    </message>
    <message>
        <source>Ale&amp;rts: none</source>
        <translation>Ale&amp;rtes : aucune</translation>
    </message>
    <message numerus="yes">
        <source>Ale&amp;rts: %Ln listed, %1 not acknowledged</source>
        <translation>
            <numerusform>Ale&amp;rtes : %Ln listée, %1 non acquittée(s)</numerusform>
            <numerusform>Ale&amp;rtes : %Ln listées, %1 non acquittée(s)</numerusform>
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
        <translation>Profils de points d&apos;accès</translation>
    </message>
    <message>
        <source>Profiles</source>
        <translation>Profils</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add a profile</source>
        <translation>Ajouter un profil</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>Dupli&amp;quer</translation>
    </message>
    <message>
        <source>Duplicate the selected profile</source>
        <translation>Dupliquer le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Delete the selected profile</source>
        <translation>Supprimer le profil sélectionné</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>Import profiles from a JSON file</source>
        <translation>Importer des profils depuis un fichier JSON</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Export the profiles to a JSON file, without tokens</source>
        <translation>Exporter les profils vers un fichier JSON, sans les jetons</translation>
    </message>
    <message>
        <source>Profile name</source>
        <translation>Nom du profil</translation>
    </message>
    <message>
        <source>Endpoint URL</source>
        <translation>URL du point d&apos;accès</translation>
    </message>
    <message>
        <source>https://cpo.example/ocpi/versions</source>
        <translation>https://cpo.example/ocpi/versions</translation>
    </message>
    <message>
        <source>What the URL points at</source>
        <translation>Ce que désigne l&apos;URL</translation>
    </message>
    <message>
        <source>Detect from the answer</source>
        <translation>Déterminer d&apos;après la réponse</translation>
    </message>
    <message>
        <source>Versions endpoint</source>
        <translation>Point d&apos;accès versions</translation>
    </message>
    <message>
        <source>Version details endpoint</source>
        <translation>Point d&apos;accès version details</translation>
    </message>
    <message>
        <source>Sessions endpoint</source>
        <translation>Point d&apos;accès sessions</translation>
    </message>
    <message>
        <source>Party country code</source>
        <translation>Code pays de la partie</translation>
    </message>
    <message>
        <source>NL</source>
        <extracomment>Placeholder of the party&apos;s country code field.</extracomment>
        <translation>NL</translation>
    </message>
    <message>
        <source>Party id</source>
        <translation>Id de la partie</translation>
    </message>
    <message>
        <source>TNM</source>
        <extracomment>Placeholder of the party id field.</extracomment>
        <translation>TNM</translation>
    </message>
    <message>
        <source>Poll interval in seconds</source>
        <translation>Intervalle d&apos;interrogation en secondes</translation>
    </message>
    <message>
        <source>Connect timeout in seconds</source>
        <translation>Délai de connexion en secondes</translation>
    </message>
    <message>
        <source>Read timeout in seconds</source>
        <translation>Délai de lecture en secondes</translation>
    </message>
    <message>
        <source>Trusted certificate file</source>
        <translation>Fichier de certificat de confiance</translation>
    </message>
    <message>
        <source>Only for a test endpoint with its own CA</source>
        <translation>Uniquement pour un point d&apos;accès de test avec sa propre autorité de certification (CA)</translation>
    </message>
    <message>
        <source>&amp;Browse…</source>
        <translation>Pa&amp;rcourir…</translation>
    </message>
    <message>
        <source>Choose the trusted certificate file</source>
        <translation>Choisir le fichier de certificat de confiance</translation>
    </message>
    <message>
        <source>Allow plain http:// to this host (the token travels unencrypted)</source>
        <translation>Autoriser http:// en clair vers cet hôte (le jeton circule sans chiffrement)</translation>
    </message>
    <message>
        <source>Allow plain http to a host that is not this computer</source>
        <translation>Autoriser http en clair vers un hôte qui n&apos;est pas cet ordinateur</translation>
    </message>
    <message>
        <source>Token</source>
        <translation>Jeton</translation>
    </message>
    <message>
        <source>Type a token to set or replace it</source>
        <translation>Saisissez un jeton pour le définir ou le remplacer</translation>
    </message>
    <message>
        <source>Where the token is kept</source>
        <translation>Où le jeton est conservé</translation>
    </message>
    <message>
        <source>Store the token in a plain-text file instead</source>
        <translation>Enregistrer plutôt le jeton dans un fichier en texte clair</translation>
    </message>
    <message>
        <source>Store the token in a plain-text file</source>
        <translation>Enregistrer le jeton dans un fichier en texte clair</translation>
    </message>
    <message>
        <source>Warning: anyone who can read your files can read the token in that file. Choose this only if you cannot enter the token in every session.</source>
        <translation>Avertissement : toute personne pouvant lire vos fichiers peut lire le jeton dans ce fichier. Ne choisissez cette option que si vous ne pouvez pas saisir le jeton à chaque démarrage du programme.</translation>
    </message>
    <message>
        <source>Plain-text warning</source>
        <translation>Avertissement texte clair</translation>
    </message>
    <message>
        <source>Problems of the profile</source>
        <translation>Problèmes du profil</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Nom :</translation>
    </message>
    <message>
        <source>&amp;URL:</source>
        <translation>&amp;URL :</translation>
    </message>
    <message>
        <source>URL &amp;points at:</source>
        <translation>L&apos;URL &amp;vise :</translation>
    </message>
    <message>
        <source>&amp;Party (country, id):</source>
        <translation>&amp;Partie (pays, id) :</translation>
    </message>
    <message>
        <source>Poll &amp;interval:</source>
        <translation>Interva&amp;lle d&apos;interrogation :</translation>
    </message>
    <message>
        <source>&amp;Connect timeout:</source>
        <translation>Délai de &amp;connexion :</translation>
    </message>
    <message>
        <source>&amp;Read timeout:</source>
        <translation>Délai de l&amp;ecture :</translation>
    </message>
    <message>
        <source>Trusted &amp;certificate:</source>
        <translation>Certificat de con&amp;fiance :</translation>
    </message>
    <message>
        <source>&amp;Token:</source>
        <translation>&amp;Jeton :</translation>
    </message>
    <message>
        <source>Save the profiles</source>
        <translation>Enregistrer les profils</translation>
    </message>
    <message>
        <source>Discard the changes</source>
        <translation>Abandonner les modifications</translation>
    </message>
    <message>
        <source>New profile</source>
        <extracomment>The name of a new endpoint profile.</extracomment>
        <translation>Nouveau profil</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (copie)</translation>
    </message>
    <message>
        <source>Another profile is already called &quot;%1&quot;.</source>
        <translation>Un autre profil s&apos;appelle déjà &quot;%1&quot;.</translation>
    </message>
    <message>
        <source>Profile &quot;%1&quot; has problems too.</source>
        <translation>Le profil &quot;%1&quot; a lui aussi des problèmes.</translation>
    </message>
    <message>
        <source>Certificates (*.pem *.crt *.cer *.der);;All files (*)</source>
        <translation>Certificats (*.pem *.crt *.cer *.der);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Cannot read %1: %2</source>
        <translation>Impossible de lire %1 : %2</translation>
    </message>
    <message>
        <source>Cannot write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
    <message>
        <source>Import profiles</source>
        <translation>Importer des profils</translation>
    </message>
    <message>
        <source>JSON files (*.json);;All files (*)</source>
        <translation>Fichiers JSON (*.json);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>Export profiles</source>
        <translation>Exporter les profils</translation>
    </message>
    <message>
        <source>profiles.json</source>
        <translation>profiles.json</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>Ne plus surv&amp;eiller</translation>
    </message>
    <message>
        <source>Stop watching the selected profile&apos;s endpoint</source>
        <translation>Ne plus surveiller le point d&apos;accès du profil sélectionné</translation>
    </message>
    <message>
        <source>Stop polling this endpoint now; its sessions stay in the table</source>
        <translation>Arrêter maintenant l&apos;interrogation de ce point d&apos;accès ; ses sessions restent dans le tableau</translation>
    </message>
    <message>
        <source>Save the profiles and watch the selected one, beside those watched already</source>
        <translation>Enregistrer les profils et surveiller le profil sélectionné, en plus de ceux déjà surveillés</translation>
    </message>
    <message>
        <source>Watched now</source>
        <translation>Surveillé actuellement</translation>
    </message>
</context>
<context>
    <name>Views::SessionChartsView</name>
    <message>
        <source>Session charts</source>
        <translation>Graphiques de la session</translation>
    </message>
    <message>
        <source>Charging of the selected session</source>
        <extracomment>chart title; %1 is the session&apos;s key, e.g. NL*STK*S1</extracomment>
        <translation>Charge de la session sélectionnée</translation>
    </message>
    <message>
        <source>Charging of %1</source>
        <translation>Charge de %1</translation>
    </message>
    <message>
        <source>No charging periods</source>
        <translation>Aucune période de charge</translation>
    </message>
    <message>
        <source>No session selected</source>
        <translation>Aucune session sélectionnée</translation>
    </message>
</context>
<context>
    <name>Views::SessionDetailsView</name>
    <message>
        <source>Copy as &amp;JSON</source>
        <translation>Copier en &amp;JSON</translation>
    </message>
    <message>
        <source>Copy &amp;Finding</source>
        <translation>Copier le &amp;constat</translation>
    </message>
    <message>
        <source>Selected session</source>
        <translation>Session sélectionnée</translation>
    </message>
    <message>
        <source>Findings</source>
        <translation>Constats</translation>
    </message>
    <message>
        <source>Problems found in the session; selecting one shows its field and its place in the JSON</source>
        <translation>Problèmes constatés dans la session ; en sélectionner un affiche son champ et sa place dans le JSON</translation>
    </message>
    <message>
        <source>Session fields</source>
        <translation>Champs de la session</translation>
    </message>
    <message>
        <source>The session&apos;s fields by topic, each with its findings</source>
        <translation>Les champs de la session par thème, chacun avec ses constats</translation>
    </message>
    <message>
        <source>Record JSON</source>
        <translation>JSON de l&apos;enregistrement</translation>
    </message>
    <message>
        <source>The record&apos;s JSON text, pretty-printed, with the findings&apos; places marked</source>
        <translation>Le texte JSON de l&apos;enregistrement, mis en forme, avec les emplacements des constats marqués</translation>
    </message>
    <message>
        <source>JSON status</source>
        <translation>État du JSON</translation>
    </message>
    <message>
        <source>Charging periods</source>
        <translation>Périodes de charge</translation>
    </message>
    <message>
        <source>One row per charging period; overlaps and gaps are named in the Timing column</source>
        <translation>Une ligne par période de charge ; les chevauchements et les lacunes sont indiqués dans la colonne Chronologie</translation>
    </message>
    <message>
        <source>JSON</source>
        <translation>JSON</translation>
    </message>
    <message>
        <source>Record JSON and charging periods</source>
        <translation>JSON de l&apos;enregistrement et périodes de charge</translation>
    </message>
    <message>
        <source>Findings and fields</source>
        <translation>Constats et champs</translation>
    </message>
    <message>
        <source>Fields and JSON</source>
        <translation>Champs et JSON</translation>
    </message>
    <message>
        <source>Copy the record&apos;s JSON, pretty-printed, to the clipboard</source>
        <translation>Copier le JSON de l&apos;enregistrement, mis en forme, dans le presse-papiers</translation>
    </message>
    <message>
        <source>Copy the selected finding with its rule and spec section</source>
        <translation>Copier le constat sélectionné avec sa règle et sa section de la spécification</translation>
    </message>
    <message>
        <source>Session %1 from %2</source>
        <extracomment>%1 the session&apos;s key (CC*PPP*ID), %2 where it came from</extracomment>
        <translation>Session %1 de %2</translation>
    </message>
    <message>
        <source>(no id)</source>
        <translation>(pas d&apos;id)</translation>
    </message>
    <message>
        <source>The record&apos;s JSON text was not kept, so it cannot be shown or copied.</source>
        <translation>Le texte JSON de l&apos;enregistrement n&apos;a pas été conservé ; il ne peut donc être ni affiché ni copié.</translation>
    </message>
    <message>
        <source>Shown as received: %1</source>
        <translation>Affiché tel que reçu : %1</translation>
    </message>
    <message>
        <source>No session selected: select one in the sessions table.</source>
        <translation>Aucune session sélectionnée : sélectionnez-en une dans le tableau des sessions.</translation>
    </message>
</context>
<context>
    <name>Views::SourcesView</name>
    <message>
        <source>Clear so&amp;urce</source>
        <translation>Vider la so&amp;urce</translation>
    </message>
    <message>
        <source>Show onl&amp;y this source</source>
        <translation>Afficher &amp;seulement cette source</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>Sources</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>Source</translation>
    </message>
    <message>
        <source>Sessions</source>
        <translation>Sessions</translation>
    </message>
    <message>
        <source>State</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Clear source</source>
        <translation>Vider la source</translation>
    </message>
    <message>
        <source>Remove this source&apos;s sessions from the table (Delete); a file can be opened again</source>
        <translation>Retirer du tableau les sessions de cette source (Delete) ; un fichier peut être rouvert</translation>
    </message>
    <message>
        <source>Show only this source</source>
        <translation>Afficher seulement cette source</translation>
    </message>
    <message>
        <source>Filter the table to this source&apos;s sessions</source>
        <translation>Filtrer le tableau sur les sessions de cette source</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Point d&apos;accès</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Fichier</translation>
    </message>
    <message>
        <source>FAILED: %1</source>
        <translation>ÉCHEC : %1</translation>
    </message>
    <message>
        <source>Stop &amp;watching</source>
        <translation>&amp;Ne plus surveiller</translation>
    </message>
    <message>
        <source>Stop watching this endpoint</source>
        <translation>Ne plus surveiller ce point d&apos;accès</translation>
    </message>
    <message>
        <source>Stop polling this endpoint; its sessions stay in the table until you clear the source</source>
        <translation>Arrêter l&apos;interrogation de ce point d&apos;accès ; ses sessions restent dans le tableau jusqu&apos;à ce que vous vidiez la source</translation>
    </message>
</context>
<context>
    <name>Views::TrafficView</name>
    <message>
        <source>Show &amp;body</source>
        <translation>Afficher le &amp;corps</translation>
    </message>
    <message>
        <source>Cop&amp;y exchange</source>
        <translation>Co&amp;pier l&apos;échange</translation>
    </message>
    <message>
        <source>E&amp;xport HAR…</source>
        <translation>E&amp;xporter en HAR…</translation>
    </message>
    <message>
        <source>C&amp;lear</source>
        <translation>&amp;Vider</translation>
    </message>
    <message>
        <source>Copy exchange</source>
        <translation>Copier l&apos;échange</translation>
    </message>
    <message>
        <source>Export HAR…</source>
        <translation>Exporter en HAR…</translation>
    </message>
    <message>
        <source>Clear traffic</source>
        <translation>Vider le trafic</translation>
    </message>
    <message>
        <source>HTTP exchanges</source>
        <translation>Échanges HTTP</translation>
    </message>
    <message>
        <source>Exchange details</source>
        <translation>Détails de l&apos;échange</translation>
    </message>
    <message>
        <source>Select an exchange to see its headers and body.</source>
        <translation>Sélectionnez un échange pour voir ses en-têtes et son corps.</translation>
    </message>
    <message>
        <source>Show the response body</source>
        <translation>Afficher le corps de la réponse</translation>
    </message>
    <message>
        <source>Show the selected exchange&apos;s response body, pretty-printed when it is JSON</source>
        <translation>Afficher le corps de la réponse de l&apos;échange sélectionné, mis en forme s&apos;il s&apos;agit de JSON</translation>
    </message>
    <message>
        <source>Keep last N exchanges</source>
        <translation>Conserver les N derniers échanges</translation>
    </message>
    <message>
        <source>The oldest exchanges are dropped beyond this number</source>
        <translation>Au-delà de ce nombre, les échanges les plus anciens sont supprimés</translation>
    </message>
    <message>
        <source>&amp;Keep last</source>
        <translation>Conserver les &amp;derniers</translation>
    </message>
    <message>
        <source>exchanges</source>
        <extracomment>&quot;Keep last [500] exchanges&quot;</extracomment>
        <translation>échanges</translation>
    </message>
    <message>
        <source>Traffic summary</source>
        <translation>Résumé du trafic</translation>
    </message>
    <message>
        <source>Copy the selected exchange (redacted) to the clipboard</source>
        <translation>Copier l&apos;échange sélectionné (masqué) dans le presse-papiers</translation>
    </message>
    <message>
        <source>Export HAR</source>
        <translation>Exporter en HAR</translation>
    </message>
    <message>
        <source>Save every exchange held (redacted) as a HAR file for a support case</source>
        <translation>Enregistrer tous les échanges conservés (masqués) dans un fichier HAR pour une demande d&apos;assistance</translation>
    </message>
    <message>
        <source>Forget the exchanges recorded so far</source>
        <translation>Oublier les échanges enregistrés jusqu&apos;ici</translation>
    </message>
    <message numerus="yes">
        <source>%n exchange(s)</source>
        <translation>
            <numerusform>%n échange</numerusform>
            <numerusform>%n échanges</numerusform>
        </translation>
    </message>
    <message>
        <source>Export traffic as HAR</source>
        <translation>Exporter le trafic en HAR</translation>
    </message>
    <message>
        <source>HAR files (*.har);;JSON files (*.json)</source>
        <translation>Fichiers HAR (*.har);;Fichiers JSON (*.json)</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>Échec de l&apos;exportation</translation>
    </message>
    <message>
        <source>Could not write %1: %2</source>
        <translation>Impossible d&apos;écrire %1 : %2</translation>
    </message>
</context>
</TS>
