<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE">
<context>
    <name>AtomicFile</name>
    <message>
        <location filename="../../qtsupport/AtomicFile.cpp" line="+20"/>
        <source>%1: cannot write: %2</source>
        <translation>%1: kann nicht geschrieben werden: %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: cannot save: %2</source>
        <translation>%1: kann nicht gespeichert werden: %2</translation>
    </message>
    <message>
        <location line="+143"/>
        <source>it is a symbolic link; not followed for a file the program names itself</source>
        <translation>es ist ein symbolischer Link; für eine Datei, die das Programm selbst benennt, wird ihm nicht gefolgt</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>not a regular file (a folder, pipe, socket or block device)</source>
        <translation>keine reguläre Datei (ein Ordner, eine Pipe, ein Socket oder ein Blockgerät)</translation>
    </message>
</context>
<context>
    <name>CheckCommand</name>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="+266"/>
        <source>proserv-check report: needs one FILE and --html OUT and/or --pdf OUT
</source>
        <translation>proserv-check report: braucht eine FILE und --html OUT und/oder --pdf OUT
</translation>
    </message>
    <message numerus="yes">
        <location line="+131"/>
        <source>%1: %n filled-in field(s) stay in the draft and are not submitted:
</source>
        <translation>
            <numerusform>%1: %n ausgefülltes Feld bleibt im Entwurf und wird nicht eingereicht:
</numerusform>
            <numerusform>%1: %n ausgefüllte Felder bleiben im Entwurf und werden nicht eingereicht:
</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="-23"/>
        <source>proserv-check export: %n error(s) in submitted fields; nothing written (fix them, or use --force)
</source>
        <translation>
            <numerusform>proserv-check export: %n Fehler in eingereichten Feldern; nichts geschrieben (beheben Sie ihn oder verwenden Sie --force)
</numerusform>
            <numerusform>proserv-check export: %n Fehler in eingereichten Feldern; nichts geschrieben (beheben Sie sie oder verwenden Sie --force)
</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../app/CheckOptions.cpp" line="+30"/>
        <source>Show this help.</source>
        <translation>Diese Hilfe anzeigen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show the version.</source>
        <translation>Die Version anzeigen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Where export/convert write (&quot;-&quot; = stdout).</source>
        <translation>Wohin export/convert schreiben (&quot;-&quot; = stdout).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Offers: check against this product (a native listing or DescribeEntity response); its dimensions win over the offer&apos;s copy.</source>
        <translation>Angebote: gegen dieses Produkt prüfen (ein natives Listing oder eine DescribeEntity-Antwort); seine Dimensionen gehen der Kopie im Angebot vor.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Offers: judge dates as of this day (YYYY-MM-DD; default: today, UTC).</source>
        <translation>Angebote: Daten zu diesem Stichtag beurteilen (JJJJ-MM-TT; Standard: heute, UTC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema: write the private offer&apos;s schema.</source>
        <translation>schema: das Schema eines privaten Angebots schreiben.</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>[--format text|json|sarif] [--warnings-as-errors] FILE...</source>
        <translation>[--format text|json|sarif] [--warnings-as-errors] FILE...</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Check listings against the guidelines (&quot;-&quot; = standard input).</source>
        <translation>Listings gegen die Richtlinien prüfen (&quot;-&quot; = Standardeingabe).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>export FILE -o OUT.json [--force] [--baseline ACCEPTED | --full]</source>
        <translation>export FILE -o OUT.json [--force] [--baseline ACCEPTED | --full]</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the StartChangeSet request for FILE.</source>
        <translation>Den StartChangeSet-Request für FILE schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>convert FILE -o OUT.proserv.json</source>
        <translation>convert FILE -o OUT.proserv.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write FILE as a native document in canonical form.</source>
        <translation>FILE als natives Dokument in kanonischer Form schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>schema [--offer] -o OUT.schema.json</source>
        <translation>schema [--offer] -o OUT.schema.json</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write the JSON Schema of the native document (or of an offer).</source>
        <translation>Das JSON-Schema des nativen Dokuments schreiben (oder eines Angebots).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>report FILE [--html OUT.html] [--pdf OUT.pdf] [--product LISTING] [--today DATE]</source>
        <translation>report FILE [--html OUT.html] [--pdf OUT.pdf] [--product LISTING] [--today DATUM]</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>diff OLD NEW [--format text|json] [--product LISTING] [--today DATE]</source>
        <translation>diff OLD NEW [--format text|json] [--product LISTING] [--today DATUM]</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Usage:
  proserv-check [options] FILE...            check listings and offers against the guidelines
                                             (&quot;-&quot; = stdin)
  proserv-check --list-rules [--format markdown]
                                             print the rule catalogue
  proserv-check export FILE -o OUT.json [--force] [--baseline ACCEPTED | --full]
                                             write the StartChangeSet request for FILE;
                                             refused (exit 1) while submitted fields have
                                             errors; lists filled-in draft-only fields.
                                             With a baseline (or a draft opened from a
                                             DescribeEntity response): only what changed;
                                             nothing changed = nothing written (exit 0)
  proserv-check convert FILE -o OUT.proserv.json
                                             write FILE (native, change set or DescribeEntity
                                             response) as a native document in canonical form
  proserv-check schema -o OUT.schema.json    write the JSON Schema of the native document
  proserv-check report FILE [--html OUT.html] [--pdf OUT.pdf]
                                             write the review report (key facts, findings by
                                             guideline section, comments from FILE.review.json,
                                             verdict)
  proserv-check diff OLD NEW [--format json] what changed between two versions (listings
                                             or offers), and which findings appeared or
                                             were fixed

FILE may be a native listing (*.proserv.json), a StartChangeSet request, a
DescribeEntity response or a private offer (*.offer.json). Offers are checked
against --product LISTING when given (else the product dimensions stored in
the offer), with dates judged as of --today DATE (default: today, UTC), by
check, export, report and diff alike.
OUT may be &quot;-&quot; for standard output; files are written atomically (all or
nothing).

Findings are printed like compiler messages, sorted in form order, then a
summary line; --format json or sarif prints them as JSON or SARIF 2.1.0.

Exit status: 0 = every file loaded and no errors found, 1 = findings at error
severity (or warnings, with --warnings-as-errors), 2 = a file could not be read
or loaded.
</source>
        <translation>Aufruf:
  proserv-check [Optionen] FILE...           Listings und Angebote gegen die Richtlinien prüfen
                                             (&quot;-&quot; = stdin)
  proserv-check --list-rules [--format markdown]
                                             den Regelkatalog ausgeben
  proserv-check export FILE -o OUT.json [--force] [--baseline ACCEPTED | --full]
                                             den StartChangeSet-Request für FILE schreiben;
                                             verweigert (Status 1), solange eingereichte Felder
                                             Fehler haben; nennt ausgefüllte Nur-Entwurf-Felder.
                                             Mit Basis (oder einem Entwurf aus einer
                                             DescribeEntity-Antwort): nur was sich geändert hat;
                                             nichts geändert = nichts geschrieben (Status 0)
  proserv-check convert FILE -o OUT.proserv.json
                                             FILE (natives Listing, Änderungssatz oder
                                             DescribeEntity-Antwort) als natives Dokument in
                                             kanonischer Form schreiben
  proserv-check schema -o OUT.schema.json    das JSON-Schema des nativen Dokuments schreiben
  proserv-check report FILE [--html OUT.html] [--pdf OUT.pdf]
                                             den Prüfbericht schreiben (Eckdaten, Befunde nach
                                             Richtlinienabschnitt, Kommentare aus
                                             FILE.review.json, Ergebnis)
  proserv-check diff OLD NEW [--format json] was sich zwischen zwei Versionen (Listings oder
                                             Angebote) geändert hat und welche Befunde neu
                                             sind oder behoben wurden

FILE kann ein natives Listing (*.proserv.json), ein StartChangeSet-Request, eine
DescribeEntity-Antwort oder ein privates Angebot (*.offer.json) sein. Angebote
werden gegen --product LISTING geprüft, wenn angegeben (sonst gegen die im
Angebot gespeicherten Produktdimensionen); Daten werden zum Stichtag --today
DATUM beurteilt (Standard: heute, UTC), von check, export, report und diff
gleichermaßen.
OUT kann &quot;-&quot; für die Standardausgabe sein; Dateien werden atomar geschrieben
(ganz oder gar nicht).

Befunde werden wie Compilermeldungen ausgegeben, in der Reihenfolge des
Formulars, gefolgt von einer Zusammenfassung; --format json oder sarif gibt sie
als JSON oder SARIF 2.1.0 aus.

Exit-Status: 0 = jede Datei geladen und keine Fehler gefunden, 1 = Befunde mit
Schweregrad Fehler (oder Warnungen, mit --warnings-as-errors), 2 = eine Datei
konnte nicht gelesen oder geladen werden.
</translation>
    </message>
    <message>
        <location line="-34"/>
        <source>Write the review report of FILE.</source>
        <translation>Den Prüfbericht für FILE schreiben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>What changed between two versions, and which findings appeared or were fixed.</source>
        <translation>Was sich zwischen zwei Versionen geändert hat und welche Befunde hinzukamen oder behoben wurden.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Usage: proserv-check %1</source>
        <translation>Aufruf: proserv-check %1</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>Run &quot;%1 --help&quot; for its options.
</source>
        <translation>„%1 --help“ zeigt die Optionen.
</translation>
    </message>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="-66"/>
        <source>proserv-check report: only one of --html and --pdf can be &quot;-&quot;
</source>
        <translation>proserv-check report: nur eines von --html und --pdf kann &quot;-&quot; sein
</translation>
    </message>
    <message>
        <location line="+80"/>
        <source>%1: nothing changed since the accepted version (%2); nothing written
</source>
        <translation>%1: seit der akzeptierten Version (%2) hat sich nichts geändert; nichts geschrieben
</translation>
    </message>
    <message>
        <location line="+48"/>
        <source>proserv-check export: neither the draft nor the baseline %1 names a product ID; an update needs one
</source>
        <translation>proserv-check export: weder der Entwurf noch die Basis %1 nennt eine Produkt-ID; eine Aktualisierung braucht eine
</translation>
    </message>
    <message>
        <location filename="../../app/CheckOptions.cpp" line="-157"/>
        <source>export: write each change&apos;s details as a stringified &quot;Details&quot; member (for AWS CLIs older than DetailsDocument support); AddDimensions and UpdateDimensions keep DetailsDocument, since Details may only hold an object and their details are arrays.</source>
        <translation>export: die Details jeder Änderung als Zeichenkette im Feld „Details“ schreiben (für AWS CLIs ohne DetailsDocument-Unterstützung); AddDimensions und UpdateDimensions behalten DetailsDocument, da Details nur ein Objekt enthalten darf und ihre Details Listen sind.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Output format: text (default), json or sarif; with --list-rules: text or markdown.</source>
        <translation>Ausgabeformat: text (Standard), json oder sarif; mit --list-rules: text oder markdown.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Print the rule catalogue.</source>
        <translation>Den Regelkatalog ausgeben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Exit with 1 when there are warnings, too.</source>
        <translation>Auch bei Warnungen mit 1 beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: write HTML to OUT.</source>
        <translation>report: HTML nach OUT schreiben.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>report: write PDF to OUT.</source>
        <translation>report: PDF nach OUT schreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write the change set even when submitted fields have errors.</source>
        <translation>export: den Änderungssatz auch dann schreiben, wenn eingereichte Felder Fehler haben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: leave related products out (no AssociatedProducts).</source>
        <translation>export: verwandte Produkte weglassen (kein AssociatedProducts).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>export: write only what changed since ACCEPTED (a DescribeEntity response, an earlier native file or change set) for the product ID.</source>
        <translation>export: nur schreiben, was sich seit ACCEPTED (einer DescribeEntity-Antwort, einer früheren nativen Datei oder einem Änderungssatz) für die Produkt-ID geändert hat.</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>export: send every field, even for a draft that remembers its accepted version.</source>
        <translation>export: jedes Feld senden, auch für einen Entwurf, der seine akzeptierte Version kennt.</translation>
    </message>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="+212"/>
        <source>proserv-check: unknown format &quot;%1&quot;; use text, json or sarif
</source>
        <translation>proserv-check: unbekanntes Format „%1“; verwenden Sie text, json oder sarif
</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>proserv-check: no input file
%1</source>
        <translation>proserv-check: keine Eingabedatei
%1</translation>
    </message>
    <message>
        <location line="-171"/>
        <source>proserv-check diff: needs OLD and NEW
</source>
        <translation>proserv-check diff: braucht OLD und NEW
</translation>
    </message>
    <message>
        <location line="-29"/>
        <source>proserv-check diff: %1 is a private offer and %2 is not; compare an offer with an offer
</source>
        <translation>proserv-check diff: %1 ist ein privates Angebot, %2 nicht; vergleichen Sie ein Angebot mit einem Angebot
</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>proserv-check diff: unknown format &quot;%1&quot;; use text or json
</source>
        <translation>proserv-check diff: unbekanntes Format „%1“; verwenden Sie text oder json
</translation>
    </message>
    <message>
        <location line="+33"/>
        <source>proserv-check: --today &quot;%1&quot; is not a date (YYYY-MM-DD)
</source>
        <translation>proserv-check: --today „%1“ ist kein Datum (JJJJ-MM-TT)
</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>proserv-check export: --baseline, --full, --details-string and --no-associated-products are for listings, not offers
</source>
        <translation>proserv-check export: --baseline, --full, --details-string und --no-associated-products gelten für Listings, nicht für Angebote
</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: offer %2 is as AWS Marketplace holds it; nothing written
</source>
        <translation>%1: Angebot %2 ist so, wie AWS Marketplace es hält; nichts geschrieben
</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>proserv-check export: --baseline and --full exclude each other (an update against ACCEPTED, or every field)
</source>
        <translation>proserv-check export: --baseline und --full schließen einander aus (ein Update gegen ACCEPTED oder jedes Feld)
</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>proserv-check --list-rules: takes no FILE and only --format text or markdown
</source>
        <translation>proserv-check --list-rules: nimmt keine FILE und nur --format text oder markdown
</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>proserv-check --list-rules: unknown format &quot;%1&quot;; use text or markdown
</source>
        <translation>proserv-check --list-rules: unbekanntes Format „%1“; verwenden Sie text oder markdown
</translation>
    </message>
    <message>
        <location line="+57"/>
        <source>proserv-check schema: needs -o OUT and no FILE
</source>
        <translation>proserv-check schema: braucht -o OUT und keine FILE
</translation>
    </message>
    <message>
        <location line="-111"/>
        <source>proserv-check %1: needs exactly one FILE and -o OUT
</source>
        <translation>proserv-check %1: braucht genau eine FILE und -o OUT
</translation>
    </message>
</context>
<context>
    <name>DiffReport</name>
    <message>
        <location filename="../../app/DiffReport.cpp" line="+45"/>
        <source>finding appeared: %1 %2: %3 — %4 [%5]</source>
        <extracomment>%3 is the message, %4 the field as people name it, %5 its JSON Pointer</extracomment>
        <translation>Befund neu: %1 %2: %3 — %4 [%5]</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>finding fixed: %1 %2: %3 — %4 [%5]</source>
        <extracomment>%3 is the message, %4 the field as people name it, %5 its JSON Pointer</extracomment>
        <translation>Befund behoben: %1 %2: %3 — %4 [%5]</translation>
    </message>
    <message numerus="yes">
        <location line="+57"/>
        <source>%n field change(s)</source>
        <translation>
            <numerusform>%n Feldänderung</numerusform>
            <numerusform>%n Feldänderungen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1; findings: %2 appeared, %3 fixed</source>
        <extracomment>%1 is &quot;N field change(s)&quot;</extracomment>
        <translation>%1; Befunde: %2 neu, %3 behoben</translation>
    </message>
</context>
<context>
    <name>EditorApplication</name>
    <message>
        <location filename="../../app/EditorApplication.cpp" line="+52"/>
        <source>Draft AWS Marketplace professional services listings, check them against the marketplace guidelines as you type, and export Catalog API change sets.</source>
        <translation>Listings für professionelle Dienstleistungen in AWS Marketplace entwerfen, schon beim Tippen gegen die Marketplace-Richtlinien prüfen und als Änderungssätze für die Catalog API exportieren.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Save a screenshot of every section to DIR and quit.</source>
        <translation>Von jedem Abschnitt ein Bildschirmfoto in VERZ speichern und beenden.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Open FILE read-only for review; comments go to FILE.review.json.</source>
        <translation>DATEI schreibgeschützt zur Prüfung öffnen; Kommentare kommen in DATEI.review.json.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Quit as soon as the window has been painted (start-up benchmark).</source>
        <translation>Beenden, sobald das Fenster gezeichnet ist (Startzeit-Benchmark).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A listing (*.proserv.json), a submitted change set or a DescribeEntity response to open.</source>
        <translation>Zu öffnendes Listing (*.proserv.json), eingereichter Änderungssatz oder DescribeEntity-Antwort.</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>open one file at a time</source>
        <translation>bitte jeweils nur eine Datei öffnen</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>--review needs a FILE</source>
        <translation>--review braucht eine DATEI</translation>
    </message>
</context>
<context>
    <name>EngineText</name>
    <message>
        <location filename="../../validation/ArchitectureRules.cpp" line="+36"/>
        <source>Name at least one public AWS Marketplace product your service relates to (up to %1).</source>
        <translation>Nennen Sie mindestens ein öffentliches AWS Marketplace-Produkt, auf das sich Ihr Service bezieht (höchstens %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Name at most %1 related products; this listing has %n.</source>
        <translation>
            <numerusform>Nennen Sie höchstens %1 verwandte Produkte; dieses Listing hat %n.</numerusform>
            <numerusform>Nennen Sie höchstens %1 verwandte Produkte; dieses Listing hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an AWS Marketplace product ID (prod- followed by 13 or 25 letters and digits).</source>
        <translation>„%1“ ist keine AWS Marketplace-Produkt-ID (prod- gefolgt von 13 oder 25 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../validation/CatalogLimitRules.cpp" line="+144"/>
        <location filename="../../validation/OfferRules.cpp" line="+281"/>
        <source>%1 is listed twice.</source>
        <translation>%1 ist doppelt aufgeführt.</translation>
    </message>
    <message>
        <location line="+56"/>
        <source>Say how you get access to the customer&apos;s account: STS role assumption, an IAM role or an IAM user.</source>
        <translation>Geben Sie an, wie Sie Zugriff auf das Konto des Kunden erhalten: STS-Rollenübernahme, eine IAM-Rolle oder ein IAM-Benutzer.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Do not ask customers for shared access keys; provision through AWS STS role assumption or IAM.</source>
        <translation>Verlangen Sie von Kunden keine geteilten Zugriffsschlüssel; stellen Sie über AWS-STS-Rollenübernahme oder IAM bereit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>List the AWS services you provision in the customer&apos;s account.</source>
        <translation>Führen Sie die AWS-Services auf, die Sie im Konto des Kunden bereitstellen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add the IAM policy documents your role or user needs in the customer&apos;s account.</source>
        <translation>Fügen Sie die IAM-Richtliniendokumente hinzu, die Ihre Rolle oder Ihr Benutzer im Konto des Kunden braucht.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe how the IAM role or user is deployed and used in the customer&apos;s account.</source>
        <translation>Beschreiben Sie, wie die IAM-Rolle oder der IAM-Benutzer im Konto des Kunden eingerichtet und verwendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Tell customers in the long description that they pay any additional AWS infrastructure charges incurred outside their AWS Marketplace transaction.</source>
        <translation>Weisen Sie Kunden in der langen Beschreibung darauf hin, dass sie zusätzliche AWS-Infrastrukturkosten außerhalb ihrer AWS Marketplace-Transaktion selbst tragen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Explain how customers deploy the agent in their AWS account.</source>
        <translation>Erklären Sie, wie Kunden den Agenten in ihrem AWS-Konto einrichten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The agent instructions tell customers nothing to do: say how they deploy the agent in their AWS account (the template, command or steps), even if you then run it for them.</source>
        <translation>Die Agent-Anleitung sagt Kunden nicht, was sie tun sollen: Beschreiben Sie, wie sie den Agent in ihrem AWS-Konto bereitstellen (Vorlage, Befehl oder Schritte), auch wenn Sie ihn dann für sie ausführen.</translation>
    </message>
    <message>
        <location filename="../../model/SubmissionFields.cpp" line="+42"/>
        <source>The title</source>
        <translation>Der Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The SKU</source>
        <translation>Die SKU</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The short description</source>
        <translation>Die Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The long description</source>
        <translation>Die lange Beschreibung</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>The support description</source>
        <translation>Die Support-Beschreibung</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>A highlight</source>
        <translation>Ein Kernpunkt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A search keyword</source>
        <translation>Ein Suchbegriff</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>The resource text</source>
        <translation>Der Ressourcentext</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>The dimension name</source>
        <translation>Der Dimensionsname</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dimension description</source>
        <translation>Die Dimensionsbeschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The dimension unit</source>
        <translation>Die Dimensionseinheit</translation>
    </message>
    <message>
        <location line="-6"/>
        <source>The dimension key</source>
        <translation>Der Dimensionsschlüssel</translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/CatalogLimitRules.cpp" line="-72"/>
        <source>At most %1 highlights are shown; remove %n.</source>
        <translation>
            <numerusform>Es werden höchstens %1 Kernpunkte angezeigt; entfernen Sie %n.</numerusform>
            <numerusform>Es werden höchstens %1 Kernpunkte angezeigt; entfernen Sie %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Catalog API takes at most %1 search keywords.</source>
        <translation>Die Catalog API nimmt höchstens %1 Suchbegriffe an.</translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The seller portal allows up to %1 search keywords; this listing has %n.</source>
        <translation>
            <numerusform>Das Verkäuferportal erlaubt bis zu %1 Suchbegriffe; dieses Listing hat %n.</numerusform>
            <numerusform>Das Verkäuferportal erlaubt bis zu %1 Suchbegriffe; dieses Listing hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>At most %1 additional resources are allowed.</source>
        <translation>Es sind höchstens %1 weitere Ressourcen erlaubt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give this resource an http:// or https:// URL.</source>
        <translation>Geben Sie für diese Ressource eine http://- oder https://-URL an.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Give the video an http:// or https:// URL; a buyer&apos;s browser would run or open anything else.</source>
        <translation>Geben Sie dem Video eine http://- oder https://-URL; alles andere würde der Browser eines Käufers ausführen oder öffnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a product ID (prod- followed by 13 or 25 letters and digits); leave it empty for a new product.</source>
        <translation>„%1“ ist keine Produkt-ID (prod- gefolgt von 13 oder 25 Buchstaben und Ziffern); lassen Sie das Feld für ein neues Produkt leer.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Give the dimension a key (letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;), e.g. &quot;gold-package&quot;.</source>
        <translation>Geben Sie der Dimension einen Schlüssel (Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;), z. B. „gold-package“.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The key &quot;%1&quot; may only use letters, digits, &apos;_&apos;, &apos;.&apos; and &apos;-&apos;.</source>
        <translation>Der Schlüssel „%1“ darf nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos; und &apos;-&apos; enthalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Dimension types must be 1 to 3 of Entitled, Metered, ExternallyMetered (professional services use Entitled).</source>
        <translation>Dimensionstypen müssen 1 bis 3 aus Entitled, Metered, ExternallyMetered sein (professionelle Dienstleistungen verwenden Entitled).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>At most 100 buyer accounts can be targeted.</source>
        <translation>Es können höchstens 100 Käuferkonten ausgewählt werden.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not an AWS account ID (12 digits).</source>
        <translation>„%1“ ist keine AWS-Konto-ID (12 Ziffern).</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>%1 is required.</source>
        <translation>%1 ist erforderlich.</translation>
    </message>
    <message numerus="yes">
        <location line="+18"/>
        <source>%1 is longer than the Catalog API limit of %n characters; shorten it.</source>
        <translation>
            <numerusform>%1 ist länger als das Limit der Catalog API von %n Zeichen; kürzen Sie den Text.</numerusform>
            <numerusform>%1 ist länger als das Limit der Catalog API von %n Zeichen; kürzen Sie den Text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>%1 must not start with a space or line break.</source>
        <translation>%1 darf nicht mit einem Leerzeichen oder Zeilenumbruch beginnen.</translation>
    </message>
    <message>
        <location filename="../../validation/CustomerInfoRules.cpp" line="+21"/>
        <source>The card number ending in %1 is a well-known test number, not a real card; still, a listing must not show card numbers: remove it or describe the test without it.</source>
        <translation>Die Kartennummer mit den Endziffern %1 ist eine bekannte Testnummer, keine echte Karte; trotzdem darf ein Listing keine Kartennummern zeigen: Entfernen Sie sie oder beschreiben Sie den Test ohne sie.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the card number ending in %1: sellers may not collect or show payment card numbers.</source>
        <translation>Entfernen Sie die Kartennummer mit der Endung %1: Verkäufer dürfen keine Zahlungskartennummern erfassen oder anzeigen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Remove the IBAN %1: customers pay through AWS Marketplace, never to a bank account.</source>
        <translation>Entfernen Sie die IBAN %1: Kunden zahlen über AWS Marketplace, nie auf ein Bankkonto.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Remove the bank routing number %1: customers pay through AWS Marketplace, never by bank transfer.</source>
        <translation>Entfernen Sie die Bankleitzahl (Routing Number) %1: Kunden zahlen über AWS Marketplace, nie per Überweisung.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Remove the AWS access key ID %1 and deactivate it: access keys must never be published.</source>
        <translation>Entfernen Sie die AWS-Zugriffsschlüssel-ID %1 und deaktivieren Sie sie: Zugriffsschlüssel dürfen nie veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Remove the AWS secret access key %1 and rotate it: secret keys must never be published.</source>
        <translation>Entfernen Sie den geheimen AWS-Zugriffsschlüssel %1 und ersetzen Sie ihn: geheime Schlüssel dürfen nie veröffentlicht werden.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Do not ask customers for payment details (&quot;%1&quot;); AWS Marketplace collects all payments. Describing a payments service, or saying you never ask, is fine.</source>
        <translation>Fragen Sie Kunden nicht nach Zahlungsdaten („%1“); AWS Marketplace wickelt alle Zahlungen ab. Einen Zahlungsdienst zu beschreiben oder zu sagen, dass Sie nie danach fragen, ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Do not ask customers for credentials (&quot;%1&quot;): they give access through an IAM role they create and can revoke (AWS STS role assumption). Saying you never ask is fine.</source>
        <translation>Fragen Sie Kunden nicht nach Zugangsdaten („%1“): Sie gewähren Zugriff über eine IAM-Rolle, die sie selbst anlegen und widerrufen können (AWS-STS-Rollenübernahme). Zu sagen, dass Sie nie danach fragen, ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+63"/>
        <source>&quot;%1&quot; suggests billing outside AWS Marketplace; professional services are billed entirely through the listing&apos;s pricing dimensions. Saying that you bill through AWS Marketplace is fine.</source>
        <translation>„%1“ deutet auf eine Abrechnung außerhalb von AWS Marketplace hin; Professional Services werden vollständig über die Preisdimensionen des Listings abgerechnet. Zu sagen, dass Sie über AWS Marketplace abrechnen, ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Remove the price &quot;%1&quot;: prices are set in private offers for the pricing dimensions, not in the listing. Figures that are not prices, such as what a customer saved, are fine.</source>
        <translation>Entfernen Sie den Preis „%1“: Preise werden in privaten Angeboten für die Preisdimensionen festgelegt, nicht im Listing. Beträge, die keine Preise sind, etwa die Einsparung eines Kunden, sind in Ordnung.</translation>
    </message>
    <message>
        <location line="+71"/>
        <source>Confirm that the service is billed entirely through the listed dimensions on AWS Marketplace.</source>
        <translation>Bestätigen Sie, dass der Service vollständig über die aufgeführten Dimensionen in AWS Marketplace abgerechnet wird.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Confirm that you use subscriber information only as the Terms and Conditions for AWS Marketplace Sellers allow.</source>
        <translation>Bestätigen Sie, dass Sie Abonnenteninformationen nur so verwenden, wie es die Geschäftsbedingungen für AWS Marketplace-Verkäufer erlauben.</translation>
    </message>
    <message>
        <location line="+43"/>
        <source>&quot;%1&quot;: subscriber information may be used only as the AWS Marketplace seller terms allow (to deliver and support what the buyer subscribed to), not for your or your partners&apos; marketing.</source>
        <translation>„%1“: Abonnentendaten dürfen nur so verwendet werden, wie die Verkäuferbedingungen von AWS Marketplace es erlauben (um zu liefern und zu unterstützen, was der Käufer abonniert hat), nicht für Ihr Marketing oder das Ihrer Partner.</translation>
    </message>
    <message>
        <location filename="../../validation/IamPolicyCheck.cpp" line="+152"/>
        <source>line %1: %2</source>
        <translation>Zeile %1: %2</translation>
    </message>
    <message numerus="yes">
        <location line="+10"/>
        <source>and %n more statement(s) with the same problem, not listed one by one</source>
        <translation>
            <numerusform>und %n weitere Anweisung mit demselben Problem, nicht einzeln aufgeführt</numerusform>
            <numerusform>und %n weitere Anweisungen mit demselben Problem, nicht einzeln aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location line="+15"/>
        <source>each statement must be a JSON object.</source>
        <translation>jede Anweisung muss ein JSON-Objekt sein.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;Effect&quot; must be &quot;Allow&quot; or &quot;Deny&quot;.</source>
        <translation>„Effect“ muss „Allow“ oder „Deny“ sein.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>use either &quot;Action&quot; or &quot;NotAction&quot;, not both.</source>
        <translation>verwenden Sie entweder „Action“ oder „NotAction“, nicht beide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the statement needs an &quot;Action&quot; (or &quot;NotAction&quot;).</source>
        <translation>die Anweisung braucht eine „Action“ (oder „NotAction“).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>use either &quot;Resource&quot; or &quot;NotResource&quot;, not both.</source>
        <translation>verwenden Sie entweder „Resource“ oder „NotResource“, nicht beide.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>the statement needs a &quot;Resource&quot; (or &quot;NotResource&quot;).</source>
        <translation>die Anweisung braucht eine „Resource“ (oder „NotResource“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;Allow&quot; with &quot;NotAction&quot; grants every action not listed, including future ones; list the actions you need in &quot;Action&quot; instead.</source>
        <translation>„Allow“ mit „NotAction“ erlaubt jede nicht aufgeführte Aktion, auch künftige; führen Sie stattdessen die benötigten Aktionen unter „Action“ auf.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;Action&quot;: &quot;*&quot; grants every action; list only the actions the service needs.</source>
        <translation>„Action“: „*“ erlaubt jede Aktion; führen Sie nur die Aktionen auf, die der Service braucht.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>write action &quot;%1&quot; is allowed on every resource (&quot;Resource&quot;: &quot;*&quot;); scope it to the resources the service creates.</source>
        <translation>die schreibende Aktion „%1“ ist für jede Ressource erlaubt („Resource“: „*“); beschränken Sie sie auf die Ressourcen, die der Service anlegt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>iam:PassRole on every resource lets the holder give any role to a service (privilege escalation); restrict &quot;Resource&quot; to the roles it must pass.</source>
        <translation>iam:PassRole auf jeder Ressource erlaubt dem Inhaber, einem Service jede beliebige Rolle zu übergeben (Rechteausweitung); beschränken Sie „Resource“ auf die Rollen, die übergeben werden müssen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; gives the seller access to the customer&apos;s billing or payment data, which sellers may not collect; remove it.</source>
        <translation>„%1“ gibt dem Verkäufer Zugriff auf Abrechnungs- oder Zahlungsdaten des Kunden, die Verkäufer nicht erfassen dürfen; entfernen Sie die Aktion.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;Principal&quot;: &quot;*&quot; lets every AWS account assume this role; name the seller&apos;s account (&quot;arn:aws:iam::ACCOUNT-ID:root&quot;) and require &quot;sts:ExternalId&quot;, or add a condition on aws:PrincipalAccount or aws:PrincipalOrgID.</source>
        <translation>&quot;Principal&quot;: &quot;*&quot; erlaubt jedem AWS-Konto, diese Rolle zu übernehmen; nennen Sie das Konto des Verkäufers (&quot;arn:aws:iam::ACCOUNT-ID:root&quot;) und verlangen Sie &quot;sts:ExternalId&quot;, oder fügen Sie eine Bedingung auf aws:PrincipalAccount oder aws:PrincipalOrgID hinzu.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>this trust policy lets another AWS account assume the role without an external ID; add a Condition with &quot;sts:ExternalId&quot; (confused-deputy protection).</source>
        <translation>diese Vertrauensrichtlinie lässt ein anderes AWS-Konto die Rolle ohne externe ID übernehmen; fügen Sie eine Condition mit „sts:ExternalId“ hinzu (Schutz vor Confused Deputy).</translation>
    </message>
    <message>
        <location filename="../../model/JsonMistakes.cpp" line="+148"/>
        <source>the text ends before every { and [ is closed: the %1 at line %2, column %3 is still open; add its closing %4</source>
        <translation>der Text endet, bevor jede { und [ geschlossen ist: die %1 in Zeile %2, Spalte %3 ist noch offen; ergänzen Sie die schließende %4</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>curly quotes (“ ” or ‘ ’); JSON needs straight double quotes (&quot;), which a word processor or chat program may have replaced</source>
        <translation>typografische Anführungszeichen (“ ” oder ‘ ’); JSON braucht gerade doppelte Anführungszeichen (&quot;), die eine Textverarbeitung oder ein Chatprogramm ersetzt haben kann</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a comment; JSON has no comments, so remove it</source>
        <translation>ein Kommentar; JSON kennt keine Kommentare, entfernen Sie ihn</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a string that is not closed on its line; add the closing &quot; (a line break inside a string is written \n)</source>
        <translation>eine Zeichenkette, die in ihrer Zeile nicht geschlossen wird; ergänzen Sie das schließende &quot; (ein Zeilenumbruch in einer Zeichenkette wird \n geschrieben)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a string that is never closed; add the closing &quot;</source>
        <translation>eine Zeichenkette, die nie geschlossen wird; ergänzen Sie das schließende &quot;</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>a backslash that starts no escape (\%1); a backslash itself is written \\</source>
        <translation>ein Backslash, der keine Escape-Folge beginnt (\%1); ein Backslash selbst wird \\ geschrieben</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a tab inside a string; write it as \t</source>
        <translation>ein Tabulator in einer Zeichenkette; schreiben Sie ihn als \t</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a control character inside a string; remove it</source>
        <translation>ein Steuerzeichen in einer Zeichenkette; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>a closing %1 with nothing open before it; remove it</source>
        <translation>eine schließende %1 ohne offene Klammer davor; entfernen Sie sie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a %1 where %2 should close the %3 at line %4, column %5</source>
        <translation>eine %1, wo %2 die %3 aus Zeile %4, Spalte %5 schließen sollte</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>a comma after the last item; remove it (JSON allows no trailing comma)</source>
        <translation>ein Komma nach dem letzten Eintrag; entfernen Sie es (JSON erlaubt kein abschließendes Komma)</translation>
    </message>
    <message>
        <location line="+3"/>
        <location line="+8"/>
        <source>a name without a value; write its value after the colon</source>
        <translation>ein Name ohne Wert; schreiben Sie den Wert nach den Doppelpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an extra comma with no item before it; remove it</source>
        <translation>ein überzähliges Komma ohne Element davor; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the text does not start like JSON, which starts with { or [ (is this the right file?)</source>
        <translation>der Text beginnt nicht wie JSON, das mit { oder [ beginnt (ist das die richtige Datei?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>a name without quotes; write it in double quotes (&quot;%1&quot;)</source>
        <translation>ein Name ohne Anführungszeichen; schreiben Sie ihn in doppelten Anführungszeichen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is written %2 in JSON (lower case)</source>
        <translation>%1 wird in JSON %2 geschrieben (klein)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a word without quotes; text needs double quotes (&quot;%1&quot;)</source>
        <translation>ein Wort ohne Anführungszeichen; Text braucht doppelte Anführungszeichen (&quot;%1&quot;)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a name must be text in double quotes (&quot;Name&quot;: value)</source>
        <translation>ein Name muss Text in doppelten Anführungszeichen sein (&quot;Name&quot;: Wert)</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a missing colon after a name; write &quot;Name&quot;: value</source>
        <translation>ein fehlender Doppelpunkt nach einem Namen; schreiben Sie &quot;Name&quot;: Wert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>a missing comma between two items; add one here</source>
        <translation>ein fehlendes Komma zwischen zwei Elementen; ergänzen Sie es hier</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>more text after the end of the JSON document; remove it (or is an opening { or [ missing?)</source>
        <translation>weiterer Text nach dem Ende des JSON-Dokuments; entfernen Sie ihn (oder fehlt eine öffnende { oder [?)</translation>
    </message>
    <message>
        <location line="-129"/>
        <source>single quotes; JSON names and strings need double quotes (&quot;...&quot;)</source>
        <translation>einfache Anführungszeichen; Namen und Zeichenketten brauchen in JSON doppelte Anführungszeichen (&quot;...&quot;)</translation>
    </message>
    <message>
        <location filename="../../validation/IamPolicyCheck.cpp" line="+13"/>
        <source>a NUL character at line %1, column %2; a policy document is plain text</source>
        <translation>ein NUL-Zeichen in Zeile %1, Spalte %2; ein Richtliniendokument ist reiner Text</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>nested too deeply at line %1, column %2; a policy document is a few levels deep</source>
        <translation>zu tief verschachtelt in Zeile %1, Spalte %2; ein Richtliniendokument hat nur wenige Ebenen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not valid JSON at line %1, column %2: %3</source>
        <translation>kein gültiges JSON in Zeile %1, Spalte %2: %3</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>not valid JSON: a number is out of range</source>
        <translation>kein gültiges JSON: eine Zahl liegt außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the key &quot;%1&quot; appears twice in one object; JSON readers disagree on which one counts, so write it once</source>
        <translation>der Schlüssel &quot;%1&quot; kommt in einem Objekt zweimal vor; JSON-Leser sind uneins, welcher gilt, also schreiben Sie ihn einmal</translation>
    </message>
    <message>
        <location line="+22"/>
        <source>a policy document is a JSON object with &quot;Version&quot; and &quot;Statement&quot;.</source>
        <translation>ein Richtliniendokument ist ein JSON-Objekt mit „Version“ und „Statement“.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;Version&quot; must be &quot;2012-10-17&quot; (the current policy language version).</source>
        <translation>„Version“ muss „2012-10-17“ sein (die aktuelle Version der Richtliniensprache).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the policy needs at least one statement in &quot;Statement&quot;.</source>
        <translation>die Richtlinie braucht mindestens eine Anweisung in „Statement“.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;Statement&quot; must be an object or a list of objects.</source>
        <translation>„Statement“ muss ein Objekt oder eine Liste von Objekten sein.</translation>
    </message>
    <message>
        <location filename="../../validation/ImageProbe.cpp" line="+48"/>
        <source>corrupt JPEG header</source>
        <translation>beschädigter JPEG-Header</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>no image size found in the JPEG header</source>
        <translation>keine Bildgröße im JPEG-Header gefunden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>not a PNG, JPEG or GIF image</source>
        <translation>kein PNG-, JPEG- oder GIF-Bild</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the %1 file is incomplete (it ends before the image does)</source>
        <translation>die %1-Datei ist unvollständig (sie endet vor dem Bild)</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>not read: the logo file must be inside the listing&apos;s folder</source>
        <translation>nicht gelesen: die Logodatei muss im Ordner des Listings liegen</translation>
    </message>
    <message>
        <location filename="../../model/FileRead.cpp" line="+17"/>
        <source>no such file</source>
        <translation>Datei nicht vorhanden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>the file cannot be read without waiting (a device or special file)</source>
        <translation>die Datei kann nicht ohne Warten gelesen werden (ein Gerät oder eine Spezialdatei)</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>this is a folder, not a file</source>
        <translation>das ist ein Ordner, keine Datei</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>not a regular file (a device, socket or pipe)</source>
        <translation>keine reguläre Datei (ein Gerät, Socket oder eine Pipe)</translation>
    </message>
    <message>
        <location filename="../../validation/RuleCatalogue.cpp" line="+17"/>
        <source>At least one category is Assessments, Implementation, Managed Services, Premium Support or Training.</source>
        <translation>Mindestens eine Kategorie ist Assessments, Implementation, Managed Services, Premium Support oder Training.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Besides the professional services category, another fitting category is chosen.</source>
        <translation>Neben der Kategorie für professionelle Dienstleistungen ist eine weitere passende Kategorie gewählt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing has 1 to 3 categories.</source>
        <translation>Das Listing hat 1 bis 3 Kategorien.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A category that is not an AWS Marketplace category name but close to one is probably a typo.</source>
        <translation>Eine Kategorie, die kein AWS Marketplace-Kategoriename ist, aber einem sehr ähnelt, ist vermutlich ein Tippfehler.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listing has 1 to 24 pricing dimensions.</source>
        <translation>Das Listing hat 1 bis 24 Preisdimensionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pricing dimension has a name.</source>
        <translation>Jede Preisdimension hat einen Namen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every pricing dimension has a description.</source>
        <translation>Jede Preisdimension hat eine Beschreibung.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing dimension keys and names are unique.</source>
        <translation>Schlüssel und Namen der Preisdimensionen sind eindeutig.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every pricing dimension says which offered service it bills.</source>
        <translation>Jede Preisdimension gibt an, welchen angebotenen Service sie abrechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service a pricing dimension bills is described in the listing.</source>
        <translation>Der Service, den eine Preisdimension abrechnet, ist im Listing beschrieben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seller confirms the AWS account is registered as a paid seller.</source>
        <translation>Der Verkäufer bestätigt, dass das AWS-Konto als zahlender Verkäufer registriert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seller confirms the logo does not imitate the AWS logo or a third party&apos;s.</source>
        <translation>Der Verkäufer bestätigt, dass das Logo weder das AWS-Logo noch das eines Dritten nachahmt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The logo URL is present and uses https.</source>
        <translation>Die Logo-URL ist angegeben und verwendet https.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A local logo file is PNG, JPEG or GIF, under 5 MB, and 110-10,000 px on each side.</source>
        <translation>Eine lokale Logodatei ist PNG, JPEG oder GIF, kleiner als 5 MB und auf jeder Seite 110–10.000 px groß.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No offensive or explicit words in any text (AWS Acceptable Use Policy).</source>
        <translation>Keine anstößigen oder expliziten Wörter in irgendeinem Text (AWS Acceptable Use Policy).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No placeholder text (lorem ipsum, TBD, TODO, [insert ...]) in any field.</source>
        <translation>Kein Platzhaltertext (lorem ipsum, TBD, TODO, [insert ...]) in irgendeinem Feld.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No title or text presents AWS or Amazon as the provider or endorser of the service (&quot;for AWS&quot;, &quot;on AWS&quot;, &quot;AWS Partner&quot;, &quot;AWS Certified&quot; and service names are fine).</source>
        <translation>Kein Titel und kein Text stellt AWS oder Amazon als Anbieter oder Fürsprecher des Service dar („für AWS“, „auf AWS“, „AWS Partner“, „AWS Certified“ und Servicenamen sind in Ordnung).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No text says subscriber information is used for the seller&apos;s or partners&apos; marketing (the seller terms allow it only to deliver and support the service).</source>
        <translation>Kein Text sagt, dass Abonnentendaten für das Marketing des Verkäufers oder seiner Partner verwendet werden (die Verkäuferbedingungen erlauben sie nur, um den Service zu liefern und zu unterstützen).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No payment card numbers (Luhn-valid) anywhere in the listing.</source>
        <translation>Nirgends im Listing Zahlungskartennummern (Luhn-gültig).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No IBANs (mod-97-valid) anywhere in the listing.</source>
        <translation>Nirgends im Listing IBANs (Mod-97-gültig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No US ABA routing numbers (checksum-valid) anywhere in the listing.</source>
        <translation>Nirgends im Listing US-ABA-Bankleitzahlen (Prüfsumme gültig).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No card numbers that payment providers publish for testing (4111 1111 1111 1111); not a real card, still not for a listing.</source>
        <translation>Keine Kartennummern, die Zahlungsanbieter zum Testen veröffentlichen (4111 1111 1111 1111); keine echte Karte, aber trotzdem nichts für ein Listing.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The listing never asks customers for card or bank details.</source>
        <translation>Das Listing fragt Kunden nie nach Karten- oder Bankdaten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No billing outside AWS Marketplace (direct invoices, wire, PayPal, quoted prices).</source>
        <translation>Keine Abrechnung außerhalb von AWS Marketplace (direkte Rechnungen, Überweisung, PayPal, genannte Preise).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seller confirms the service is billed entirely through AWS Marketplace.</source>
        <translation>Der Verkäufer bestätigt, dass der Service vollständig über AWS Marketplace abgerechnet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The seller confirms subscriber data is used only per the AWS Marketplace seller terms.</source>
        <translation>Der Verkäufer bestätigt, dass Abonnentendaten nur gemäß den Verkäuferbedingungen von AWS Marketplace verwendet werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No real AWS access key ID anywhere in the listing (documented EXAMPLE keys aside).</source>
        <translation>Nirgends im Listing eine echte AWS-Zugriffsschlüssel-ID (dokumentierte EXAMPLE-Schlüssel ausgenommen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No real AWS secret access key anywhere in the listing (documented EXAMPLE keys aside).</source>
        <translation>Nirgends im Listing ein echter geheimer AWS-Zugriffsschlüssel (dokumentierte EXAMPLE-Schlüssel ausgenommen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listing never asks customers for credentials (access keys, passwords, MFA codes, private keys).</source>
        <translation>Das Listing fragt Kunden nie nach Zugangsdaten (Zugriffsschlüssel, Passwörter, MFA-Codes, private Schlüssel).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The promised response time is at most 2 business days.</source>
        <translation>Die zugesagte Antwortzeit beträgt höchstens 2 Arbeitstage.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When access is not immediate, the access-pending email says when access will be granted.</source>
        <translation>Wenn der Zugang nicht sofort besteht, sagt die E-Mail zum ausstehenden Zugang, wann er gewährt wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>When access is not immediate, the access-granted email gives next steps.</source>
        <translation>Wenn der Zugang nicht sofort besteht, nennt die E-Mail zum gewährten Zugang die nächsten Schritte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one support contact option (email, phone or URL) is given.</source>
        <translation>Mindestens eine Support-Kontaktmöglichkeit (E-Mail, Telefon oder URL) ist angegeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Support contacts are well-formed: email address, phone number, https URL.</source>
        <translation>Support-Kontakte sind wohlgeformt: E-Mail-Adresse, Telefonnummer, https-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listing states the level of support customers can expect.</source>
        <translation>Das Listing nennt den Support-Umfang, den Kunden erwarten können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre-purchase support is described.</source>
        <translation>Der Support vor dem Kauf ist beschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Post-purchase support is described.</source>
        <translation>Der Support nach dem Kauf ist beschrieben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The overview has at least one highlight (key feature).</source>
        <translation>Die Übersicht hat mindestens einen Kernpunkt (Hauptmerkmal).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The listing links to detailed documentation.</source>
        <translation>Das Listing verweist auf ausführliche Dokumentation.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Service terms are given as an https URL or as text.</source>
        <translation>Servicebedingungen sind als https-URL oder als Text angegeben.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The service relates to 1 to 4 AWS Marketplace products.</source>
        <translation>Der Service bezieht sich auf 1 bis 4 AWS Marketplace-Produkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Related product IDs are well-formed (prod- and 13 or 25 letters and digits).</source>
        <translation>IDs verwandter Produkte sind wohlgeformt (prod- und 13 oder 25 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Related product IDs are not repeated.</source>
        <translation>IDs verwandter Produkte werden nicht wiederholt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Customer resources are provisioned through STS or IAM, not shared access keys.</source>
        <translation>Kundenressourcen werden über STS oder IAM bereitgestellt, nicht über geteilte Zugriffsschlüssel.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The AWS services provisioned in the customer&apos;s account are listed.</source>
        <translation>Die im Konto des Kunden bereitgestellten AWS-Services sind aufgeführt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At least one IAM policy document is given when customer resources are needed.</source>
        <translation>Mindestens ein IAM-Richtliniendokument ist angegeben, wenn Kundenressourcen benötigt werden.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>How the IAM role or user is deployed and used is described.</source>
        <translation>Es ist beschrieben, wie die IAM-Rolle oder der IAM-Benutzer eingerichtet und verwendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The long description says customers pay any additional AWS infrastructure charges.</source>
        <translation>Die lange Beschreibung sagt, dass Kunden zusätzliche AWS-Infrastrukturkosten selbst tragen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent deployment instructions are given when an agent is deployed.</source>
        <translation>Eine Anleitung zur Einrichtung des Agenten ist angegeben, wenn ein Agent installiert wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An IAM policy document is valid JSON (line and column of the error).</source>
        <translation>Ein IAM-Richtliniendokument ist gültiges JSON (Zeile und Spalte des Fehlers).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IAM policy document has Version 2012-10-17.</source>
        <translation>Ein IAM-Richtliniendokument hat die Version 2012-10-17.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An IAM policy document has a non-empty Statement.</source>
        <translation>Ein IAM-Richtliniendokument hat ein nicht leeres Statement.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every statement has Effect Allow or Deny.</source>
        <translation>Jede Anweisung hat Effect Allow oder Deny.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every statement has exactly one of Action and NotAction.</source>
        <translation>Jede Anweisung hat genau eines von Action und NotAction.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Every identity-policy statement has exactly one of Resource and NotResource.</source>
        <translation>Jede Anweisung einer identitätsbasierten Richtlinie hat genau eines von Resource und NotResource.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement allows every action (&quot;Action&quot;: &quot;*&quot;).</source>
        <translation>Eine Anweisung erlaubt jede Aktion („Action“: „*“).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A statement allows write actions on every resource (&quot;Resource&quot;: &quot;*&quot;).</source>
        <translation>Eine Anweisung erlaubt schreibende Aktionen auf jeder Ressource („Resource“: „*“).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A statement allows iam:PassRole on every resource.</source>
        <translation>Eine Anweisung erlaubt iam:PassRole auf jeder Ressource.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A statement combines Allow with NotAction, which grants everything not listed.</source>
        <translation>Eine Anweisung kombiniert Allow mit NotAction und erlaubt damit alles nicht Aufgeführte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trust policy lets another account assume the role without sts:ExternalId.</source>
        <translation>Eine Vertrauensrichtlinie lässt ein anderes Konto die Rolle ohne sts:ExternalId übernehmen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A trust policy does not let any AWS principal (&quot;Principal&quot;: &quot;*&quot;) assume the role without a condition on the account or organization.</source>
        <translation>Eine Vertrauensrichtlinie lässt nicht jeden AWS-Prinzipal (&quot;Principal&quot;: &quot;*&quot;) die Rolle ohne Bedingung auf Konto oder Organisation übernehmen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The seller is granted billing or payment actions in the customer&apos;s account.</source>
        <translation>Dem Verkäufer werden Abrechnungs- oder Zahlungsaktionen im Konto des Kunden gewährt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fields the Catalog API needs for a listing are filled in.</source>
        <translation>Die Felder, die die Catalog API für ein Listing braucht, sind ausgefüllt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Text fits the Catalog API&apos;s character limit (counted in Unicode characters).</source>
        <translation>Text passt in das Zeichenlimit der Catalog API (gezählt in Unicode-Zeichen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Text does not start with whitespace where the API forbids it.</source>
        <translation>Text beginnt nicht mit Leerraum, wo die API das verbietet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>At most 3 highlights.</source>
        <translation>Höchstens 3 Kernpunkte.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 15 search keywords (the length of each is checked by api-length).</source>
        <translation>Höchstens 15 Suchbegriffe (die Länge jedes Begriffs prüft api-length).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 3 search keywords (seller portal rule; 3 keywords within the API&apos;s 50 characters each stay within its 250 together).</source>
        <translation>Höchstens 3 Suchbegriffe (Regel des Verkäuferportals; 3 Begriffe mit je höchstens 50 Zeichen bleiben zusammen unter dessen 250).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>At most 3 additional resources.</source>
        <translation>Höchstens 3 weitere Ressourcen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Every additional resource has text and an http(s) URL.</source>
        <translation>Jede weitere Ressource hat einen Text und eine http(s)-URL.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A video URL is an http(s) address (never javascript:, file: or data:).</source>
        <translation>Eine Video-URL ist eine http(s)-Adresse (nie javascript:, file: oder data:).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pricing dimension keys are present and use only letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;.</source>
        <translation>Schlüssel der Preisdimensionen sind vorhanden und enthalten nur Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pricing dimension types are 1 to 3 of Entitled, Metered, ExternallyMetered.</source>
        <translation>Typen der Preisdimensionen sind 1 bis 3 aus Entitled, Metered, ExternallyMetered.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No control characters (C0, C1, DEL) or bidi overrides in any text: they are invisible and can hide or reorder what is read.</source>
        <translation>Keine Steuerzeichen (C0, C1, DEL) oder Bidi-Überschreibungen in einem Text: Sie sind unsichtbar und können Gelesenes verbergen oder umordnen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>No zero-width spaces, word joiners, byte-order marks, bidi marks or Unicode line separators inside text.</source>
        <translation>Keine Leerzeichen ohne Breite, Wortverbinder, Byte-Order-Marks, Bidi-Markierungen oder Unicode-Zeilentrenner im Text.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buyer account IDs are 12 digits, unique, and at most 100.</source>
        <translation>Käuferkonto-IDs haben 12 Ziffern, sind eindeutig und höchstens 100.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A submitted file cannot hold the seller&apos;s draft (attestations, fulfilment, service terms, architecture): those checks are listed in one note, for the reviewer to ask the seller.</source>
        <translation>Eine eingereichte Datei kann den Entwurf des Verkäufers nicht enthalten (Bestätigungen, Erfüllung, Servicebedingungen, Architektur): Diese Prüfungen stehen in einem Hinweis, damit der Prüfer beim Verkäufer nachfragt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An update of a live product sends only what changes: the fields it leaves out keep their accepted values, which the file does not hold; they are listed in one note instead of judged.</source>
        <translation>Ein Update eines veröffentlichten Produkts sendet nur, was sich ändert: Die Felder, die es auslässt, behalten ihre angenommenen Werte, die nicht in der Datei stehen; sie werden in einem Hinweis aufgeführt statt beurteilt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Changes the file holds for another entity (a private offer) or of a change type this version does not know are sent exactly as written, and named in one warning because nothing here checks them.</source>
        <translation>Änderungen, die die Datei für eine andere Entität (ein privates Angebot) oder mit einem dieser Version unbekannten Änderungstyp enthält, werden genau so gesendet, wie sie geschrieben sind, und in einer Warnung genannt, weil hier nichts sie prüft.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>No dimension of the accepted version is removed or re-keyed (a professional services product has no change type for it).</source>
        <translation>Keine Dimension der akzeptierten Version wird entfernt oder umbenannt (ein Professional-Services-Produkt hat dafür keinen Änderungstyp).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The unit of an existing dimension is not changed (UpdateDimensions has no Unit).</source>
        <translation>Die Einheit einer bestehenden Dimension wird nicht geändert (UpdateDimensions hat keine Unit).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An existing product is exported against its accepted version, so existing dimensions are not added again.</source>
        <translation>Ein bestehendes Produkt wird gegen seine akzeptierte Version exportiert, damit bestehende Dimensionen nicht erneut hinzugefügt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Change set name, intent, target visibility and replacement product ID are values the API accepts.</source>
        <translation>Name des Änderungssatzes, Absicht, Zielsichtbarkeit und Ersatzprodukt-ID sind Werte, die die API annimmt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>ReleaseProduct is only requested for a product still in Draft.</source>
        <translation>ReleaseProduct wird nur für ein Produkt im Entwurfsstatus (Draft) angefordert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A new product is released before it is made public, and a public product needs no buyer accounts.</source>
        <translation>Ein neues Produkt wird freigegeben, bevor es öffentlich wird, und ein öffentliches Produkt braucht keine Käuferkonten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>An existing product ID is well-formed (prod- and 13 or 25 letters and digits).</source>
        <translation>Eine vorhandene Produkt-ID ist wohlgeformt (prod- und 13 oder 25 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Every dimension an offer prices or grants is one of the product&apos;s (billed entirely through the listed dimensions).</source>
        <translation>Jede Dimension, die ein Angebot bepreist oder gewährt, ist eine des Produkts (vollständig über die gelisteten Dimensionen abgerechnet).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Says when an offer&apos;s dimensions cannot be checked because the product&apos;s are not known.</source>
        <translation>Sagt, wenn die Dimensionen eines Angebots nicht geprüft werden können, weil die des Produkts unbekannt sind.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offer&apos;s name holds no e-mail address or phone number.</source>
        <translation>Der Name eines Angebots enthält keine E-Mail-Adresse und keine Telefonnummer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer says how the buyer requests a refund.</source>
        <translation>Ein Angebot sagt, wie der Käufer eine Erstattung beantragt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>A zero price or payment is confirmed by the seller.</source>
        <translation>Ein Preis oder eine Zahlung von 0 ist vom Verkäufer bestätigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An offer of $250,000 or more (or the equivalent) may need AWS Marketplace&apos;s approval.</source>
        <translation>Ein Angebot ab 250.000 $ (oder dem Gegenwert) braucht womöglich die Freigabe von AWS Marketplace.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment plan needs a buyer who pays AWS by invoice.</source>
        <translation>Ein Ratenplan braucht einen Käufer, der AWS per Rechnung bezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Says which parts of an offer AWS holds a change set updates, and that only those are judged.</source>
        <translation>Sagt, welche Teile eines Angebots, das AWS schon hat, ein Änderungssatz aktualisiert, und dass nur diese beurteilt werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A released offer&apos;s buyers, payment schedule, legal terms, refund policy and currency are not changed.</source>
        <translation>Käufer, Zahlungsplan, Rechtsbedingungen, Erstattungsrichtlinie und Währung eines freigegebenen Angebots werden nicht geändert.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offer names a well-formed product ID.</source>
        <translation>Ein Angebot nennt eine gültige Produkt-ID.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The product given to check an offer against is the product the offer sells.</source>
        <translation>Das Produkt, gegen das ein Angebot geprüft wird, ist das Produkt, das das Angebot verkauft.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offer has a name buyers see: 1-150 characters, no leading space, no \ &lt; &gt;.</source>
        <translation>Ein Angebot hat einen Namen, den Käufer sehen: 1–150 Zeichen, kein Leerzeichen am Anfang, kein \ &lt; &gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An offer has an internal description: 1-255 characters, no leading space, no \ &lt; &gt;.</source>
        <translation>Ein Angebot hat eine interne Beschreibung: 1–255 Zeichen, kein Leerzeichen am Anfang, kein \ &lt; &gt;.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private offer names 1 to 26 buyer accounts, each 12 digits and listed once.</source>
        <translation>Ein privates Angebot nennt 1 bis 26 Käuferkonten, jedes mit 12 Ziffern und nur einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>More than 25 buyer accounts cannot be edited in the portal.</source>
        <translation>Mehr als 25 Käuferkonten lassen sich im Portal nicht bearbeiten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Buyer countries are ISO 3166-1 two-letter codes, each once, at most 244.</source>
        <translation>Käuferländer sind zweistellige Codes nach ISO 3166-1, jedes einmal, höchstens 244.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A private offer is in USD, AUD, EUR, GBP or JPY, one currency for all terms.</source>
        <translation>Ein privates Angebot lautet auf USD, AUD, EUR, GBP oder JPY, eine Währung für alle Bedingungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer is paid upfront or in installments.</source>
        <translation>Ein Angebot wird im Voraus oder in Raten bezahlt.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An upfront offer prices 1 to 800 dimensions; an installment offer grants 1 to 200.</source>
        <translation>Ein Vorauszahlungsangebot bepreist 1 bis 800 Dimensionen, ein Ratenangebot gewährt 1 bis 200.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An offer prices or grants each dimension once.</source>
        <translation>Ein Angebot bepreist oder gewährt jede Dimension nur einmal.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Prices have at most 3 decimals and payments at most 2, from 0 to 100,000,000.</source>
        <translation>Preise haben höchstens 3 Nachkommastellen, Zahlungen höchstens 2, von 0 bis 100.000.000.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment plan&apos;s FixedUpfrontPricingTerm has the price 0.</source>
        <translation>Der FixedUpfrontPricingTerm eines Ratenplans hat den Preis 0.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>ReleaseOffer&apos;s details are empty.</source>
        <translation>Die Details von ReleaseOffer sind leer.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>An installment offer grants at least 1 of a dimension.</source>
        <translation>Ein Ratenangebot gewährt von einer Dimension mindestens 1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An installment plan has 1 to 60 payments on distinct real dates, the first not in the past, at most one on or before the accept-by date, the last within the agreement.</source>
        <translation>Ein Ratenplan hat 1 bis 60 Zahlungen an verschiedenen echten Daten, die erste nicht in der Vergangenheit, höchstens eine am oder vor dem Annahmeschluss, die letzte innerhalb der Vertragslaufzeit.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The agreement duration is ISO 8601 years, months and days (P12M), at least a day.</source>
        <translation>Die Vertragslaufzeit ist in Jahren, Monaten und Tagen nach ISO 8601 angegeben (P12M), mindestens ein Tag.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The accept-by date is a real date, not in the past, before the agreement ends.</source>
        <translation>Der Annahmeschluss ist ein echtes Datum, nicht in der Vergangenheit, vor dem Vertragsende.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>One legal document: AWS&apos;s standard contract (2022-07-14) or a custom EULA at an https Amazon S3 URL.</source>
        <translation>Ein Rechtsdokument: der Standardvertrag von AWS (2022-07-14) oder eine eigene EULA unter einer https-URL in Amazon S3.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A refund policy has at most 500 characters, no edge spaces, only ASCII and © ® ™ ¢ £ ¤ ¥.</source>
        <translation>Eine Erstattungsrichtlinie hat höchstens 500 Zeichen, keine Leerzeichen am Rand, nur ASCII und © ® ™ ¢ £ ¤ ¥.</translation>
    </message>
    <message>
        <location line="+101"/>
        <source>Product setup guidelines</source>
        <translation>Richtlinien zur Produkteinrichtung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer information requirements</source>
        <translation>Anforderungen an Kundeninformationen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product usage guidelines</source>
        <translation>Richtlinien zur Produktnutzung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture guidelines</source>
        <translation>Architekturrichtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS Marketplace Catalog API limits</source>
        <translation>Grenzen der AWS Marketplace Catalog API</translation>
    </message>
    <message>
        <location filename="../../validation/SetupRules.cpp" line="+55"/>
        <source>&quot;%1&quot; is not an AWS Marketplace category; did you mean &quot;%2&quot;?</source>
        <translation>„%1“ ist keine AWS Marketplace-Kategorie; meinten Sie „%2“?</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add one of the professional services categories: Assessments, Implementation, Managed Services, Premium Support or Training.</source>
        <translation>Fügen Sie eine der Kategorien für professionelle Dienstleistungen hinzu: Assessments, Implementation, Managed Services, Premium Support oder Training.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Also choose a category that describes the area of your service (for example Migration or Security) so buyers find it.</source>
        <translation>Wählen Sie zusätzlich eine Kategorie, die das Gebiet Ihres Service beschreibt (zum Beispiel Migration oder Security), damit Käufer ihn finden.</translation>
    </message>
    <message>
        <location line="+66"/>
        <source>Add at least one pricing dimension (a package or unit of your service).</source>
        <translation>Fügen Sie mindestens eine Preisdimension hinzu (ein Paket oder eine Einheit Ihres Service).</translation>
    </message>
    <message>
        <location line="-85"/>
        <source>Choose at least one category (up to %1).</source>
        <translation>Wählen Sie mindestens eine Kategorie (bis zu %1).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>Choose at most %1 categories; this listing has %n.</source>
        <translation>
            <numerusform>Wählen Sie höchstens %1 Kategorien; dieses Listing hat %n.</numerusform>
            <numerusform>Wählen Sie höchstens %1 Kategorien; dieses Listing hat %n.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+84"/>
        <source>A listing can have at most %1 pricing dimensions; this one has %n.</source>
        <translation>
            <numerusform>Ein Listing kann höchstens %1 Preisdimensionen haben; dieses hat %n.</numerusform>
            <numerusform>Ein Listing kann höchstens %1 Preisdimensionen haben; dieses hat %n.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Give this pricing dimension a name buyers understand.</source>
        <translation>Geben Sie dieser Preisdimension einen Namen, den Käufer verstehen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Describe what this pricing dimension includes.</source>
        <translation>Beschreiben Sie, was diese Preisdimension umfasst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The key &quot;%1&quot; is already used by another dimension; keys must be unique.</source>
        <translation>Der Schlüssel „%1“ wird bereits von einer anderen Dimension verwendet; Schlüssel müssen eindeutig sein.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Another dimension is also named &quot;%1&quot;; names must be unique.</source>
        <translation>Eine andere Dimension heißt ebenfalls „%1“; Namen müssen eindeutig sein.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; names no service: buyers pay only for the services the listing describes, so name the one this dimension bills.</source>
        <translation>„%1“ nennt keinen Service: Käufer zahlen nur für die Services, die das Listing beschreibt; nennen Sie den, den diese Dimension abrechnet.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Say which of the services you offer this dimension bills.</source>
        <translation>Geben Sie an, welchen Ihrer angebotenen Services diese Dimension abrechnet.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not mentioned in the title, descriptions or highlights; describe the service there or link the dimension to a service the listing describes.</source>
        <translation>„%1“ wird weder im Titel noch in den Beschreibungen oder Kernpunkten erwähnt; beschreiben Sie den Service dort oder verknüpfen Sie die Dimension mit einem Service, den das Listing beschreibt.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the https URL of your product logo.</source>
        <translation>Geben Sie die https-URL Ihres Produktlogos an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The logo URL must start with https:// and name a host.</source>
        <translation>Die Logo-URL muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The logo file was not checked.</source>
        <translation>Die Logodatei wurde nicht geprüft.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Cannot use the logo file: %1.</source>
        <translation>Die Logodatei kann nicht verwendet werden: %1.</translation>
    </message>
    <message numerus="yes">
        <location line="+5"/>
        <source>The logo file is %n MB; it must be under 5 MB.</source>
        <translation>
            <numerusform>Die Logodatei ist %n MB groß; sie muss kleiner als 5 MB sein.</numerusform>
            <numerusform>Die Logodatei ist %n MB groß; sie muss kleiner als 5 MB sein.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The logo is %1 x %2 px; each side must be between 110 and 10,000 px.</source>
        <translation>Das Logo ist %1 × %2 px groß; jede Seite muss zwischen 110 und 10.000 px liegen.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Confirm that your AWS account is registered with AWS Marketplace as a paid seller.</source>
        <translation>Bestätigen Sie, dass Ihr AWS-Konto bei AWS Marketplace als zahlender Verkäufer registriert ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Confirm that your logo is not designed to be confused with the AWS logo or another company&apos;s.</source>
        <translation>Bestätigen Sie, dass Ihr Logo nicht so gestaltet ist, dass es mit dem AWS-Logo oder dem eines anderen Unternehmens verwechselt werden kann.</translation>
    </message>
    <message numerus="yes">
        <location line="+22"/>
        <source>Remove the hidden control characters (%n place(s), the first %1): they are invisible and can hide, reorder or spoof what buyers and reviewers read. Type the text again or paste it as plain text.</source>
        <translation>
            <numerusform>Entfernen Sie das versteckte Steuerzeichen (an %n Stelle, %1): Es ist unsichtbar und kann verbergen, umordnen oder vortäuschen, was Käufer und Prüfer lesen. Tippen Sie den Text neu oder fügen Sie ihn als reinen Text ein.</numerusform>
            <numerusform>Entfernen Sie die versteckten Steuerzeichen (an %n Stellen, das erste %1): Sie sind unsichtbar und können verbergen, umordnen oder vortäuschen, was Käufer und Prüfer lesen. Tippen Sie den Text neu oder fügen Sie ihn als reinen Text ein.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+8"/>
        <source>The text holds invisible characters (%n place(s), the first %1: a zero-width space or similar, often pasted from a word processor); remove them unless you meant them.</source>
        <translation>
            <numerusform>Der Text enthält ein unsichtbares Zeichen (an %n Stelle, %1: ein Leerzeichen ohne Breite o. Ä., oft aus einer Textverarbeitung eingefügt); entfernen Sie es, wenn es nicht beabsichtigt ist.</numerusform>
            <numerusform>Der Text enthält unsichtbare Zeichen (an %n Stellen, das erste %1: ein Leerzeichen ohne Breite o. Ä., oft aus einer Textverarbeitung eingefügt); entfernen Sie sie, wenn sie nicht beabsichtigt sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>Replace the placeholder &quot;%1&quot; with real content. Syntax the customer fills in, such as &lt;your-profile&gt; in a command, is fine.</source>
        <translation>Ersetzen Sie den Platzhalter „%1“ durch echten Inhalt. Syntax, die der Kunde ausfüllt, etwa &lt;your-profile&gt; in einem Befehl, ist in Ordnung.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Remove or rephrase &quot;%1&quot;: listings must not contain offensive or explicit language. A place or person&apos;s name written as a name (&quot;Intercourse, Pennsylvania&quot;) is fine.</source>
        <translation>Entfernen oder formulieren Sie „%1“ um: Listings dürfen keine anstößige oder explizite Sprache enthalten. Ein Orts- oder Personenname, als Name geschrieben („Intercourse, Pennsylvania“), ist in Ordnung.</translation>
    </message>
    <message>
        <location filename="../../validation/UsageRules.cpp" line="+106"/>
        <source>&quot;%1&quot; is not an email address like support@example.com.</source>
        <translation>„%1“ ist keine E-Mail-Adresse wie support@example.com.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The support URL must start with https:// and name a host.</source>
        <translation>Die Support-URL muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location line="-15"/>
        <source>The support description names no way to reach support; your draft&apos;s support contacts are not submitted. Write them into it (Compose from support details).</source>
        <translation>Die Support-Beschreibung nennt keinen Weg zum Support; die Support-Kontakte Ihres Entwurfs werden nicht eingereicht. Schreiben Sie sie hinein (Aus Support-Angaben verfassen).</translation>
    </message>
    <message>
        <location line="-7"/>
        <source>&quot;%1&quot; promises a reply later than the guidelines allow: customers must hear back within 2 business days, as the listing&apos;s response time says.</source>
        <translation>„%1“ verspricht eine Antwort später, als die Richtlinien erlauben: Kunden müssen innerhalb von 2 Werktagen eine Antwort erhalten, wie es die Antwortzeit des Listings sagt.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>The support description names no way to reach support: add an email address, phone number or URL.</source>
        <translation>Die Support-Beschreibung nennt keinen Weg zum Support: Fügen Sie eine E-Mail-Adresse, Telefonnummer oder URL hinzu.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not a phone number; use 7 to 15 digits with an optional leading + and an optional extension (&quot;+1 206 555 0100 ext. 42&quot;).</source>
        <translation>„%1“ ist keine Telefonnummer; verwenden Sie 7 bis 15 Ziffern mit optionalem führendem + und optionaler Durchwahl („+1 206 555 0100 ext. 42“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>State in the support description the level of support customers can expect (hours, channels, response times).</source>
        <translation>Nennen Sie in der Support-Beschreibung den Support-Umfang, den Kunden erwarten können (Zeiten, Kanäle, Antwortzeiten).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say in the support description or the long description how buyers get answers before they subscribe.</source>
        <translation>Sagen Sie in der Support-Beschreibung oder der langen Beschreibung, wie Käufer vor dem Abonnieren Antworten bekommen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say in the support description or the long description what support customers get after they subscribe.</source>
        <translation>Sagen Sie in der Support-Beschreibung oder der langen Beschreibung, welchen Support Kunden nach dem Abonnieren erhalten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Promise a response time: customers must get access or be contacted within 2 business days.</source>
        <translation>Sagen Sie eine Antwortzeit zu: Kunden müssen innerhalb von 2 Arbeitstagen Zugang erhalten oder kontaktiert werden.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The response time cannot be negative.</source>
        <translation>Die Antwortzeit kann nicht negativ sein.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n business days is too long: customers must get access or be contacted within 2.</source>
        <translation>
            <numerusform>%n Arbeitstag ist zu lang: Kunden müssen innerhalb von 2 Arbeitstagen Zugang erhalten oder kontaktiert werden.</numerusform>
            <numerusform>%n Arbeitstage sind zu lang: Kunden müssen innerhalb von 2 Arbeitstagen Zugang erhalten oder kontaktiert werden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Write the email customers receive while access is pending; it must say when they will get access.</source>
        <translation>Schreiben Sie die E-Mail, die Kunden erhalten, solange der Zugang aussteht; sie muss sagen, wann sie Zugang erhalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Say when access will be granted (for example &quot;within two business days&quot;).</source>
        <translation>Sagen Sie, wann der Zugang gewährt wird (zum Beispiel „innerhalb von zwei Arbeitstagen“).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is later than the guidelines allow: customers must get access or be contacted within 2 business days.</source>
        <translation>„%1“ ist später, als die Richtlinien erlauben: Kunden müssen innerhalb von 2 Werktagen Zugang erhalten oder kontaktiert werden.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Write the email confirming that access has been granted, with clear next steps.</source>
        <translation>Schreiben Sie die E-Mail, die den gewährten Zugang bestätigt, mit klaren nächsten Schritten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Add clear next steps to the access-granted email (for example a numbered list).</source>
        <translation>Ergänzen Sie die E-Mail zum gewährten Zugang um klare nächste Schritte (zum Beispiel eine nummerierte Liste).</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Add at least one highlight with a key feature of the service.</source>
        <translation>Fügen Sie mindestens einen Kernpunkt mit einem Hauptmerkmal des Service hinzu.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>None of the links is documentation (a pricing, contact, sign-up or demo page is not): link the guides, runbooks or reference that describe the service.</source>
        <translation>Keiner der Links ist Dokumentation (eine Preis-, Kontakt-, Anmelde- oder Demoseite ist keine): Verlinken Sie die Anleitungen, Runbooks oder Referenzen, die den Service beschreiben.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Link to detailed documentation: add an additional resource or a URL in the long description.</source>
        <translation>Verweisen Sie auf ausführliche Dokumentation: Fügen Sie eine weitere Ressource oder eine URL in der langen Beschreibung hinzu.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Give your service terms as an https URL or as text.</source>
        <translation>Geben Sie Ihre Servicebedingungen als https-URL oder als Text an.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The service terms URL must start with https:// and name a host.</source>
        <translation>Die URL der Servicebedingungen muss mit https:// beginnen und einen Host nennen.</translation>
    </message>
    <message>
        <location filename="../../app/CheckCommand.cpp" line="-507"/>
        <source>standard input is closed; give a file name or pipe a listing in</source>
        <translation>die Standardeingabe ist geschlossen; geben Sie einen Dateinamen an oder leiten Sie ein Listing hinein</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>standard input is a folder, not a listing</source>
        <translation>die Standardeingabe ist ein Ordner, kein Listing</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>standard input exceeds the size limit for listings</source>
        <translation>die Standardeingabe überschreitet die Größengrenze für Listings</translation>
    </message>
    <message>
        <location filename="../../model/ChangeSetImport.cpp" line="+39"/>
        <source>expected a string holding JSON, found %1</source>
        <translation>erwartet: eine Zeichenkette mit JSON, gefunden: %1</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the Details string starts with a byte-order mark (U+FEFF), which is not JSON; remove it</source>
        <translation>der Details-String beginnt mit einem Byte-Order-Mark (U+FEFF), das kein JSON ist; entfernen Sie es</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>the Details string holds a NUL character (at character %1)</source>
        <translation>die Details-Zeichenkette enthält ein NUL-Zeichen (bei Zeichen %1)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>the Details string is nested more than %1 levels deep (at character %2)</source>
        <translation>der Details-String ist tiefer als %1 Ebenen verschachtelt (bei Zeichen %2)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Details string is not valid JSON (at character %1): %2</source>
        <translation>die Details-Zeichenkette ist kein gültiges JSON (bei Zeichen %1): %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>the Details string has the key &quot;%1&quot; twice in one object (at character %2); write it once</source>
        <translation>der Details-String enthält den Schlüssel „%1“ zweimal in einem Objekt (bei Zeichen %2); schreiben Sie ihn nur einmal</translation>
    </message>
    <message>
        <location line="+13"/>
        <location filename="../../model/JsonFields.h" line="+224"/>
        <location filename="../../model/OfferImport.cpp" line="+55"/>
        <location line="+59"/>
        <location line="+29"/>
        <location line="+49"/>
        <location line="+24"/>
        <location line="+55"/>
        <location line="+97"/>
        <location line="+60"/>
        <source>expected an object, found %1</source>
        <translation>erwartet: ein Objekt, gefunden: %1</translation>
    </message>
    <message>
        <location line="+43"/>
        <location filename="../../model/JsonFields.h" line="-60"/>
        <location filename="../../model/OfferImport.cpp" line="-374"/>
        <source>expected an array, found %1</source>
        <translation>erwartet: ein Array, gefunden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>expected an array of dimensions, found %1</source>
        <translation>erwartet: ein Array von Dimensionen, gefunden: %1</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>the dimension key &quot;%1&quot; appears twice in this change</source>
        <translation>der Dimensionsschlüssel „%1“ kommt in dieser Änderung zweimal vor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the dimension &quot;%1&quot; is both added (AddDimensions) and updated (UpdateDimensions) in this change set</source>
        <translation>die Dimension „%1“ wird in diesem Änderungssatz sowohl hinzugefügt (AddDimensions) als auch aktualisiert (UpdateDimensions)</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>unknown member &quot;%1&quot;; PositiveTargeting has BuyerAccounts only</source>
        <translation>unbekanntes Feld „%1“; PositiveTargeting hat nur BuyerAccounts</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>the catalog is &quot;%1&quot;; professional services products are in the AWSMarketplace catalog</source>
        <translation>der Katalog ist „%1“; Professional-Services-Produkte sind im Katalog AWSMarketplace</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>unknown intent &quot;%1&quot;; expected APPLY or VALIDATE</source>
        <translation>unbekannte Absicht „%1“; erwartet APPLY oder VALIDATE</translation>
    </message>
    <message>
        <location line="+7"/>
        <location filename="../../model/OfferImport.cpp" line="+297"/>
        <source>ClientRequestToken is not kept: a resubmission must not reuse the token of the original request</source>
        <translation>ClientRequestToken wird nicht übernommen: eine erneute Einreichung darf das Token der ursprünglichen Anfrage nicht wiederverwenden</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../model/OfferImport.cpp" line="+4"/>
        <source>unknown member &quot;%1&quot;; a StartChangeSet request has Catalog, ChangeSet, ChangeSetName, ChangeSetTags, ClientRequestToken and Intent</source>
        <translation>unbekanntes Feld „%1“; ein StartChangeSet-Request hat Catalog, ChangeSet, ChangeSetName, ChangeSetTags, ClientRequestToken und Intent</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>unknown member &quot;%1&quot;; an entity has Type and Identifier</source>
        <translation>unbekanntes Element „%1“; eine Entität hat Type und Identifier</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>&quot;%1&quot; refers to no change named %2 before it in this change set</source>
        <translation>„%1“ verweist auf keine Änderung namens %2 davor in diesem Änderungssatz</translation>
    </message>
    <message>
        <location line="+55"/>
        <source>the request member is &quot;ChangeSet&quot; with a capital C; the AWS CLI and the Catalog API refuse &quot;changeSet&quot;</source>
        <translation>das Feld des Requests heißt „ChangeSet“ mit großem C; AWS CLI und Catalog API lehnen „changeSet“ ab</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>expected an array of changes, found %1</source>
        <translation>erwartet: ein Array von Änderungen, gefunden: %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <location filename="../../model/OfferImport.cpp" line="+22"/>
        <source>the change has no ChangeType</source>
        <translation>die Änderung hat keinen ChangeType</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>every change names its entity: &quot;Entity&quot;: {&quot;Type&quot;: &quot;%1&quot;, …}</source>
        <translation>jede Änderung nennt ihre Entität: „Entity“: {„Type“: „%1“, …}</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>the entity has no Type; expected %1</source>
        <translation>die Entität hat keinen Type; erwartet %1</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>this change is for product %1, an earlier one for %2; a listing is one product</source>
        <translation>diese Änderung gilt Produkt %1, eine frühere %2; ein Listing ist ein Produkt</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; refers to no CreateProduct change before it in this change set</source>
        <translation>„%1“ verweist auf keine vorangehende CreateProduct-Änderung in diesem Änderungssatz</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>the entity has no Identifier; only CreateProduct goes without one</source>
        <translation>die Entität hat keinen Identifier; nur CreateProduct kommt ohne aus</translation>
    </message>
    <message>
        <location line="-170"/>
        <source>a change has either Details or DetailsDocument, not both</source>
        <translation>eine Änderung hat entweder Details oder DetailsDocument, nicht beides</translation>
    </message>
    <message>
        <location line="+179"/>
        <source>a second %1 change for the same product; the Catalog API accepts one change of each type per entity</source>
        <translation>eine zweite %1-Änderung für dasselbe Produkt; die Catalog API nimmt je Entität eine Änderung jedes Typs an</translation>
    </message>
    <message>
        <location line="-189"/>
        <source>unknown member &quot;%1&quot;; a change has ChangeType, Entity, EntityTags, ChangeName and Details or DetailsDocument</source>
        <translation>unbekanntes Feld „%1“; eine Änderung hat ChangeType, Entity, EntityTags, ChangeName und Details oder DetailsDocument</translation>
    </message>
    <message>
        <location line="+146"/>
        <source>the entity Type is empty; expected %1</source>
        <translation>der Type der Entität ist leer; erwartet wird %1</translation>
    </message>
    <message>
        <location line="+58"/>
        <source>the Details string holds an array; the Catalog API accepts only a JSON object there (use DetailsDocument)</source>
        <translation>die Details-Zeichenkette enthält ein Array; die Catalog API nimmt dort nur ein JSON-Objekt an (verwenden Sie DetailsDocument)</translation>
    </message>
    <message>
        <location line="+51"/>
        <source>this change set has no change for a %1; this version edits professional services product listings, and keeps other entities&apos; changes only beside one</source>
        <translation>dieser Änderungssatz enthält keine Änderung für ein %1; diese Version bearbeitet Listings professioneller Dienstleistungen und behält Änderungen anderer Entitäten nur neben einem</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>this entity is a %1, not a professional services product (%2)</source>
        <translation>diese Entität ist ein %1, kein Professional-Services-Produkt (%2)</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Details and DetailsDocument hold different entities (first difference at &quot;%1&quot;); keep one of them, or make them the same</source>
        <translation>Details und DetailsDocument enthalten verschiedene Entitäten (erster Unterschied bei „%1“); behalten Sie eines davon oder gleichen Sie sie an</translation>
    </message>
    <message>
        <location filename="../../model/DocumentLoader.cpp" line="+45"/>
        <location filename="../../model/ReviewComments.cpp" line="+98"/>
        <location line="+3"/>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <location line="+85"/>
        <source>the file is empty; expected a JSON object</source>
        <translation>die Datei ist leer; erwartet wurde ein JSON-Objekt</translation>
    </message>
    <message>
        <location line="-67"/>
        <source>a NUL byte; JSON text cannot contain one (is this a binary file?)</source>
        <translation>ein NUL-Byte; JSON-Text kann keines enthalten (ist das eine Binärdatei?)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>nested more than %1 levels deep; a listing never is (is this the right file?)</source>
        <translation>mehr als %1 Ebenen tief verschachtelt; das ist ein Listing nie (ist das die richtige Datei?)</translation>
    </message>
    <message>
        <location filename="../../model/JsonIngest.cpp" line="+57"/>
        <source>the number %1 is too large for any field (beyond %2)</source>
        <translation>die Zahl %1 ist für jedes Feld zu groß (über %2)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>duplicate key &quot;%1&quot;; each key may appear only once in an object</source>
        <translation>doppelter Schlüssel „%1“; jeder Schlüssel darf in einem Objekt nur einmal vorkommen</translation>
    </message>
    <message>
        <location filename="../../model/DocumentLoader.cpp" line="+68"/>
        <source>the file is %1 text; save it as UTF-8 (JSON files are UTF-8)</source>
        <translation>die Datei ist %1-Text; speichern Sie sie als UTF-8 (JSON-Dateien sind UTF-8)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>expected a JSON object at the top level, found %1</source>
        <translation>erwartet: ein JSON-Objekt auf oberster Ebene, gefunden: %1</translation>
    </message>
    <message>
        <location line="+30"/>
        <source>this is a private offer, not a listing; open it as an offer</source>
        <translation>dies ist ein privates Angebot, kein Listing; öffnen Sie es als Angebot</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>this is a file of review comments, not a listing; open the listing it belongs to (%1)</source>
        <translation>das ist eine Datei mit Prüfkommentaren, kein Listing; öffnen Sie das zugehörige Listing (%1)</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>not a ProServ listing, change set or DescribeEntity response (none of &quot;formatVersion&quot;, &quot;ChangeSet&quot; or &quot;EntityType&quot; found)</source>
        <translation>kein ProServ-Listing, Änderungssatz oder DescribeEntity-Antwort (weder „formatVersion“ noch „ChangeSet“ noch „EntityType“ gefunden)</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>not enough memory to read this file (%1 MiB); close other programs or raise the memory limit</source>
        <translation>nicht genug Arbeitsspeicher, um diese Datei zu lesen (%1 MiB); schließen Sie andere Programme oder erhöhen Sie die Speichergrenze</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>written out this listing would be %1 MiB, over the %2 MiB a listing file may have, so it could not be opened again; nothing was written (shorten long lists or texts first)</source>
        <translation>gespeichert wäre dieses Listing %1 MiB groß, mehr als die %2 MiB, die eine Listing-Datei haben darf, und könnte nicht wieder geöffnet werden; es wurde nichts geschrieben (kürzen Sie zuerst lange Listen oder Texte)</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to open a %1 MiB file; listings are limited to %2 MiB</source>
        <translation>eine Datei mit %1 MiB wird nicht geöffnet; Listings sind auf %2 MiB begrenzt</translation>
    </message>
    <message>
        <location line="+4"/>
        <location filename="../../model/OfferFormat.cpp" line="+118"/>
        <location filename="../../model/ReviewComments.cpp" line="-18"/>
        <source>cannot open: %1</source>
        <translation>kann nicht geöffnet werden: %1</translation>
    </message>
    <message>
        <location filename="../../model/JsonFields.cpp" line="+72"/>
        <source>null</source>
        <translation>null</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>an array</source>
        <translation>ein Array</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+72"/>
        <location line="+57"/>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <location line="-128"/>
        <source>a boolean</source>
        <translation>ein Wahrheitswert</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an integer</source>
        <translation>eine Ganzzahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>a number</source>
        <translation>eine Zahl</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>binary data</source>
        <translation>Binärdaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>nothing</source>
        <translation>nichts</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>an unknown value</source>
        <translation>ein unbekannter Wert</translation>
    </message>
    <message>
        <location line="+54"/>
        <source>expected %1, found %2</source>
        <translation>erwartet: %1, gefunden: %2</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>true or false</source>
        <translation>true oder false</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>number out of range</source>
        <translation>Zahl außerhalb des Wertebereichs</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>a whole number</source>
        <translation>eine ganze Zahl</translation>
    </message>
    <message>
        <location line="+45"/>
        <source>unknown value &quot;%1&quot;; expected one of %2</source>
        <translation>unbekannter Wert „%1“; erwartet wird einer von %2</translation>
    </message>
    <message>
        <location filename="../../model/NativeFormat.cpp" line="+24"/>
        <location filename="../../model/OfferFormat.cpp" line="-91"/>
        <source>missing or not a whole number</source>
        <translation>fehlt oder ist keine ganze Zahl</translation>
    </message>
    <message>
        <location line="+5"/>
        <location filename="../../model/OfferFormat.cpp" line="+5"/>
        <location filename="../../model/ReviewComments.cpp" line="+36"/>
        <source>format version %1 is not supported; this version reads format %2 (was the file written by a newer ProServ Listing Editor?)</source>
        <translation>Formatversion %1 wird nicht unterstützt; diese Version liest Format %2 (wurde die Datei von einem neueren ProServ Listing Editor geschrieben?)</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a change kept as written must be a Catalog API change: an object with a ChangeType and an Entity with its Type</source>
        <translation>eine unverändert behaltene Änderung muss eine Änderung der Catalog API sein: ein Objekt mit einem ChangeType und einer Entity mit ihrem Type</translation>
    </message>
    <message>
        <location filename="../../model/ReviewComments.cpp" line="-75"/>
        <source>expected &quot;mustFix&quot; or &quot;suggestion&quot;</source>
        <translation>erwartet: „mustFix“ oder „suggestion“</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>not a review file: larger than %1 MiB</source>
        <translation>keine Prüfdatei: größer als %1 MiB</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>a NUL byte; not a review sidecar</source>
        <translation>ein NUL-Byte; keine Prüfkommentar-Datei</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>nested too deeply</source>
        <translation>zu tief verschachtelt</translation>
    </message>
    <message>
        <location filename="../../model/SubmissionFields.cpp" line="-79"/>
        <source>Buyers see only the support description: write your contact options into it (Compose from support details).</source>
        <translation>Käufer sehen nur die Support-Beschreibung: Schreiben Sie Ihre Kontaktmöglichkeiten hinein (Aus Support-Angaben verfassen).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyers see only the support description and the long description: write it there (Compose from support details).</source>
        <translation>Käufer sehen nur die Support-Beschreibung und die lange Beschreibung: Schreiben Sie es dort hinein (Aus Support-Angaben verfassen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The private offer&apos;s legal and support terms (EULA), which you attach when you create an offer.</source>
        <translation>Die Rechts- und Support-Bedingungen des privaten Angebots (EULA), die Sie beim Erstellen eines Angebots anhängen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your own fulfilment: what you promise and send to subscribers after they subscribe.</source>
        <translation>Ihre eigene Erfüllung: was Sie Abonnenten nach dem Abonnieren zusagen und senden.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for the checks that each dimension bills a service the listing describes.</source>
        <translation>Nur für die Prüfung, dass jede Dimension einen Service abrechnet, den das Listing beschreibt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The documentation you link to (additional resources or the long description) and what you hand to the customer.</source>
        <translation>Die verlinkte Dokumentation (zusätzliche Ressourcen oder die lange Beschreibung) und was Sie dem Kunden übergeben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your declaration as a seller: AWS Marketplace holds you to it in the seller terms and its review.</source>
        <translation>Ihre Erklärung als Verkäufer: AWS Marketplace hält Sie in den Verkäuferbedingungen und bei der Prüfung daran fest.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Only for checking the logo&apos;s format, size and dimensions; AWS copies the logo from the logo URL.</source>
        <translation>Nur zur Prüfung von Format, Größe und Abmessungen des Logos; AWS übernimmt das Logo von der Logo-URL.</translation>
    </message>
    <message numerus="yes">
        <location filename="../../validation/Validator.cpp" line="+73"/>
        <source>Not part of a submission, so not in this file: %n check(s) need your draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills); save this file as your draft and fill them in: %1.</source>
        <translation>
            <numerusform>Nicht Teil einer Einreichung, daher nicht in dieser Datei: %n Prüfung braucht Ihren Entwurf (Bestätigungen, Erfüllungs-E-Mails und Antwortzeit, Servicebedingungen, Architektur und IAM-Richtlinien, den von jeder Dimension abgerechneten Service); speichern Sie diese Datei als Ihren Entwurf und füllen Sie sie aus: %1.</numerusform>
            <numerusform>Nicht Teil einer Einreichung, daher nicht in dieser Datei: %n Prüfungen brauchen Ihren Entwurf (Bestätigungen, Erfüllungs-E-Mails und Antwortzeit, Servicebedingungen, Architektur und IAM-Richtlinien, den von jeder Dimension abgerechneten Service); speichern Sie diese Datei als Ihren Entwurf und füllen Sie sie aus: %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>Not part of a submission, ask the seller: %n check(s) need the seller&apos;s draft (attestations, fulfilment e-mails and response time, service terms, architecture and IAM policies, the service each dimension bills): %1.</source>
        <translation>
            <numerusform>Nicht Teil einer Einreichung, fragen Sie den Verkäufer: %n Prüfung braucht den Entwurf des Verkäufers (Bestätigungen, Erfüllungs-E-Mails und Antwortzeit, Servicebedingungen, Architektur und IAM-Richtlinien, den von jeder Dimension abgerechneten Service): %1.</numerusform>
            <numerusform>Nicht Teil einer Einreichung, fragen Sie den Verkäufer: %n Prüfungen brauchen den Entwurf des Verkäufers (Bestätigungen, Erfüllungs-E-Mails und Antwortzeit, Servicebedingungen, Architektur und IAM-Richtlinien, den von jeder Dimension abgerechneten Service): %1.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+60"/>
        <source>This update leaves %n field(s) as they are on AWS Marketplace; their accepted values are not in the file and were not checked: %1. To check the whole listing, check the product&apos;s DescribeEntity response.</source>
        <translation>
            <numerusform>Dieses Update lässt %n Feld, wie es auf AWS Marketplace ist; sein angenommener Wert steht nicht in der Datei und wurde nicht geprüft: %1. Um das ganze Listing zu prüfen, prüfen Sie die DescribeEntity-Antwort des Produkts.</numerusform>
            <numerusform>Dieses Update lässt %n Felder, wie sie auf AWS Marketplace sind; ihre angenommenen Werte stehen nicht in der Datei und wurden nicht geprüft: %1. Um das ganze Listing zu prüfen, prüfen Sie die DescribeEntity-Antwort des Produkts.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+63"/>
        <source>and %n more finding(s) of this rule here, not listed one by one</source>
        <translation>
            <numerusform>und %n weiterer Befund dieser Regel hier, nicht einzeln aufgeführt</numerusform>
            <numerusform>und %n weitere Befunde dieser Regel hier, nicht einzeln aufgeführt</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../validation/UpdateRules.cpp" line="+32"/>
        <source>The accepted version calls this dimension &quot;%1&quot;; a professional services product has no change type that renames a key: keep &quot;%1&quot; and add the new dimension beside it.</source>
        <translation>In der akzeptierten Version heißt diese Dimension „%1“; ein Professional-Services-Produkt hat keinen Änderungstyp, der einen Schlüssel umbenennt: „%1“ behalten und die neue Dimension daneben hinzufügen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accepted version has the dimension &quot;%1&quot;; a professional services product has no change type that removes one: keep it, or ask AWS Marketplace Seller Operations to remove it.</source>
        <translation>Die akzeptierte Version hat die Dimension „%1“; ein Professional-Services-Produkt hat keinen Änderungstyp, der eine entfernt: behalten oder AWS Marketplace Seller Operations um Entfernung bitten.</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>UpdateDimensions has no Unit: the accepted unit &quot;%1&quot; stays.</source>
        <translation>UpdateDimensions hat keine Unit: die akzeptierte Einheit „%1“ bleibt.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>&quot;%1&quot; is not a visibility; use Public, Limited or Restricted.</source>
        <translation>„%1“ ist keine Sichtbarkeit; Public, Limited oder Restricted verwenden.</translation>
    </message>
    <message>
        <location filename="../../validation/OfferRules.cpp" line="-169"/>
        <source>Write the %1; AWS Marketplace refuses to release an offer without one (%2).</source>
        <translation>Geben Sie den Eintrag „%1“ an; AWS Marketplace gibt ein Angebot ohne ihn nicht frei (%2).</translation>
    </message>
    <message numerus="yes">
        <location line="+7"/>
        <source>The %1 is longer than the %n characters AWS accepts; shorten it.</source>
        <translation>
            <numerusform>„%1“ ist länger als das %n Zeichen, das AWS annimmt; kürzen Sie den Text.</numerusform>
            <numerusform>„%1“ ist länger als die %n Zeichen, die AWS annimmt; kürzen Sie den Text.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The %1 must not start with a space or line break.</source>
        <translation>„%1“ darf nicht mit einem Leerzeichen oder Zeilenumbruch beginnen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>AWS does not accept \, &lt; or &gt; in the %1; rephrase without them.</source>
        <translation>AWS nimmt \, &lt; und &gt; in „%1“ nicht an; formulieren Sie ohne sie.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Remove the e-mail address from the offer name: buyers&apos; whole organisation sees it on the agreement, and offer names must not hold personal data.</source>
        <translation>Entfernen Sie die E-Mail-Adresse aus dem Angebotsnamen: Die ganze Organisation des Käufers sieht ihn im Vertrag, und Angebotsnamen dürfen keine personenbezogenen Daten enthalten.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Remove the phone number from the offer name: buyers&apos; whole organisation sees it on the agreement, and offer names must not hold personal data.</source>
        <translation>Entfernen Sie die Telefonnummer aus dem Angebotsnamen: Die ganze Organisation des Käufers sieht ihn im Vertrag, und Angebotsnamen dürfen keine personenbezogenen Daten enthalten.</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>Name the product this offer sells (its product ID, prod-…); CreateOffer needs it.</source>
        <translation>Nennen Sie das Produkt, das dieses Angebot verkauft (seine Produkt-ID, prod-…); CreateOffer braucht sie.</translation>
    </message>
    <message>
        <location line="+3"/>
        <location filename="../../validation/UpdateRules.cpp" line="+3"/>
        <source>&quot;%1&quot; is not a product ID (prod- followed by 13 or 25 letters and digits).</source>
        <translation>„%1“ ist keine Produkt-ID (prod- gefolgt von 13 oder 25 Buchstaben und Ziffern).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The offer sells %1, but %2 is product %3: check the offer against the product it sells.</source>
        <translation>Das Angebot verkauft %1, aber %2 ist das Produkt %3: Prüfen Sie das Angebot gegen das Produkt, das es verkauft.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>offer name</source>
        <translation>Angebotsname</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>internal description</source>
        <translation>interne Beschreibung</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Add the buyer&apos;s AWS account ID: every professional services offer is private (MISSING_BUYER_ACCOUNTS).</source>
        <translation>Tragen Sie die AWS-Konto-ID des Käufers ein: Jedes Angebot für Professional Services ist privat (MISSING_BUYER_ACCOUNTS).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>An offer has at most %n buyer accounts (TOO_MANY_BUYER_ACCOUNTS); make a second offer for the others.</source>
        <translation>
            <numerusform>Ein Angebot hat höchstens %n Käuferkonto (TOO_MANY_BUYER_ACCOUNTS); erstellen Sie für die anderen ein zweites Angebot.</numerusform>
            <numerusform>Ein Angebot hat höchstens %n Käuferkonten (TOO_MANY_BUYER_ACCOUNTS); erstellen Sie für die anderen ein zweites Angebot.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The Catalog API takes 26 buyer accounts, the AWS Marketplace Management Portal 25: this offer cannot be edited in the portal.</source>
        <translation>Die Catalog API nimmt 26 Käuferkonten an, das AWS Marketplace Management Portal 25: Dieses Angebot lässt sich im Portal nicht bearbeiten.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&quot;%1&quot; is not an AWS account ID: 12 digits, no spaces or dashes (INVALID_BUYER_ACCOUNTS).</source>
        <translation>„%1“ ist keine AWS-Konto-ID: 12 Ziffern, ohne Leerzeichen oder Bindestriche (INVALID_BUYER_ACCOUNTS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 is listed twice; list each buyer account once.</source>
        <translation>%1 steht zweimal in der Liste; nennen Sie jedes Käuferkonto nur einmal.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n countries (INVALID_COUNTRY_CODES).</source>
        <translation>
            <numerusform>Höchstens %n Land (INVALID_COUNTRY_CODES).</numerusform>
            <numerusform>Höchstens %n Länder (INVALID_COUNTRY_CODES).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&quot;%1&quot; is not a country code: two capital letters as in ISO 3166-1 (US, DE, JP) (INVALID_COUNTRY_CODES).</source>
        <translation>„%1“ ist kein Ländercode: zwei Großbuchstaben wie in ISO 3166-1 (US, DE, JP) (INVALID_COUNTRY_CODES).</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Choose the product dimension this prices.</source>
        <translation>Wählen Sie die Produktdimension, die hier bepreist wird.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is priced twice; each dimension once (%2).</source>
        <translation>„%1“ ist zweimal bepreist; jede Dimension nur einmal (%2).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&quot;%1&quot; is not a dimension of the product (per %2): an offer bills only through the product&apos;s listed dimensions. Add it to the product first (INCOMPATIBLE_PRODUCT).</source>
        <translation>„%1“ ist keine Dimension des Produkts (laut %2): Ein Angebot rechnet nur über die gelisteten Dimensionen des Produkts ab. Fügen Sie sie zuerst dem Produkt hinzu (INCOMPATIBLE_PRODUCT).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>Choose the offer&apos;s currency: USD, AUD, EUR, GBP or JPY (INVALID_CURRENCY_CODE).</source>
        <translation>Wählen Sie die Währung des Angebots: USD, AUD, EUR, GBP oder JPY (INVALID_CURRENCY_CODE).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a currency of private offers; use USD, AUD, EUR, GBP or JPY (INVALID_CURRENCY_CODE).</source>
        <translation>„%1“ ist keine Währung privater Angebote; verwenden Sie USD, AUD, EUR, GBP oder JPY (INVALID_CURRENCY_CODE).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The payments are in %1 but the pricing in %2: one currency across all terms (INVALID_CURRENCY_CODE).</source>
        <translation>Die Zahlungen lauten auf %1, die Preise auf %2: eine Währung für alle Bedingungen (INVALID_CURRENCY_CODE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a way to pay here; choose upfront or installments.</source>
        <translation>„%1“ ist hier keine Zahlungsweise; wählen Sie Vorauszahlung oder Raten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>The product&apos;s dimensions are not known, so the dimensions this offer prices are not checked against them: open the offer beside its listing, or check it with --product.</source>
        <translation>Die Dimensionen des Produkts sind unbekannt, daher werden die Dimensionen dieses Angebots nicht gegen sie geprüft: Öffnen Sie das Angebot neben seinem Listing oder prüfen Sie es mit --product.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Price at least one of the product&apos;s dimensions (MISSING_MANDATORY_TERMS).</source>
        <translation>Bepreisen Sie mindestens eine Dimension des Produkts (MISSING_MANDATORY_TERMS).</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>At most %n prices in one rate card (TOO_MANY_RATES).</source>
        <translation>
            <numerusform>Höchstens %n Preis in einer Preistabelle (TOO_MANY_RATES).</numerusform>
            <numerusform>Höchstens %n Preise in einer Preistabelle (TOO_MANY_RATES).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&quot;%1&quot; is not a price AWS accepts: a number from 0 to 100,000,000 with at most 3 decimals, digits and one dot only (no currency sign or thousands separator).</source>
        <translation>„%1“ ist kein Preis, den AWS annimmt: eine Zahl von 0 bis 100.000.000 mit höchstens 3 Nachkommastellen, nur Ziffern und ein Punkt (kein Währungszeichen, kein Tausendertrennzeichen).</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>A payment schedule goes with a FixedUpfrontPricingTerm that grants the dimensions; an upfront offer has none. Choose installments, or remove the payments (MISSING_MANDATORY_TERMS).</source>
        <translation>Ein Zahlungsplan gehört zu einem FixedUpfrontPricingTerm, der die Dimensionen gewährt; ein Vorauszahlungsangebot hat keinen. Wählen Sie Raten oder entfernen Sie die Zahlungen (MISSING_MANDATORY_TERMS).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An installment plan&apos;s FixedUpfrontPricingTerm has the price 0, here &quot;%1&quot;: the scheduled payments carry the money (INCOMPATIBLE_TERMS).</source>
        <translation>Der FixedUpfrontPricingTerm eines Ratenplans hat den Preis 0, hier „%1“: Das Geld fließt über die geplanten Zahlungen (INCOMPATIBLE_TERMS).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Grant at least one of the product&apos;s dimensions: an installment plan pays for what its grants list (MISSING_MANDATORY_TERMS).</source>
        <translation>Gewähren Sie mindestens eine Dimension des Produkts: Ein Ratenplan bezahlt, was seine Gewährungen aufführen (MISSING_MANDATORY_TERMS).</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>At most %n granted dimensions (TOO_MANY_GRANTS).</source>
        <translation>
            <numerusform>Höchstens %n gewährte Dimension (TOO_MANY_GRANTS).</numerusform>
            <numerusform>Höchstens %n gewährte Dimensionen (TOO_MANY_GRANTS).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Grant at least 1 of a dimension (INVALID_GRANTS).</source>
        <translation>Gewähren Sie von einer Dimension mindestens 1 (INVALID_GRANTS).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>A price of 0 gives the service away; confirm zero prices if you mean it (the portal&apos;s &quot;enable zero dollar prices&quot;).</source>
        <translation>Ein Preis von 0 verschenkt die Leistung; bestätigen Sie Nullpreise, wenn Sie das wollen (im Portal „enable zero dollar prices“).</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Add the payments of the installment plan: their dates and amounts (MISSING_MANDATORY_TERMS).</source>
        <translation>Tragen Sie die Zahlungen des Ratenplans ein: ihre Daten und Beträge (MISSING_MANDATORY_TERMS).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>An installment plan has at most %n payments (TOO_MANY_CHARGES).</source>
        <translation>
            <numerusform>Ein Ratenplan hat höchstens %n Zahlung (TOO_MANY_CHARGES).</numerusform>
            <numerusform>Ein Ratenplan hat höchstens %n Zahlungen (TOO_MANY_CHARGES).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+11"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD.</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Two payments fall on %1; each payment needs a date of its own (DUPLICATE_CHARGE_DATES).</source>
        <translation>Zwei Zahlungen fallen auf den %1; jede Zahlung braucht ein eigenes Datum (DUPLICATE_CHARGE_DATES).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>&quot;%1&quot; is not an amount AWS accepts: a number from 0 to 100,000,000 with at most 2 decimals, digits and one dot only.</source>
        <translation>„%1“ ist kein Betrag, den AWS annimmt: eine Zahl von 0 bis 100.000.000 mit höchstens 2 Nachkommastellen, nur Ziffern und ein Punkt.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>The first payment, %1, is in the past (today is %2); move it to today or later (INVALID_CHARGE_DATES).</source>
        <translation>Die erste Zahlung, %1, liegt in der Vergangenheit (heute ist der %2); verlegen Sie sie auf heute oder später (INVALID_CHARGE_DATES).</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n payments fall on or before the accept-by date %1; at most one may (TOO_MANY_BACKDATED_CHARGES). Move the others after it.</source>
        <translation>
            <numerusform>%n Zahlung fällt auf oder vor den Annahmeschluss %1; höchstens eine darf das (TOO_MANY_BACKDATED_CHARGES). Verlegen Sie die anderen dahinter.</numerusform>
            <numerusform>%n Zahlungen fallen auf oder vor den Annahmeschluss %1; höchstens eine darf das (TOO_MANY_BACKDATED_CHARGES). Verlegen Sie die anderen dahinter.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The last payment, %1, falls after the agreement ends: a buyer who accepts today has an agreement until %2. Move it earlier or lengthen the agreement (INVALID_CHARGE_DATES).</source>
        <translation>Die letzte Zahlung, %1, liegt nach dem Vertragsende: Ein Käufer, der heute annimmt, hat einen Vertrag bis zum %2. Verlegen Sie sie nach vorn oder verlängern Sie den Vertrag (INVALID_CHARGE_DATES).</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Choose the legal terms: AWS&apos;s standard contract or your own EULA (UpdateLegalTerms).</source>
        <translation>Wählen Sie die Vertragsbedingungen: den Standardvertrag von AWS oder Ihre eigene EULA (UpdateLegalTerms).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New offers take only the latest standard contract, version %1, not &quot;%2&quot; (INVALID_LEGAL_DOCUMENTS).</source>
        <translation>Neue Angebote nehmen nur den neuesten Standardvertrag, Version %1, nicht „%2“ (INVALID_LEGAL_DOCUMENTS).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Give the URL of the custom EULA, or choose AWS&apos;s standard contract (INVALID_LEGAL_DOCUMENTS).</source>
        <translation>Geben Sie die URL der eigenen EULA an oder wählen Sie den Standardvertrag von AWS (INVALID_LEGAL_DOCUMENTS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>AWS reads a custom EULA only from Amazon S3: an https URL of a public or presigned S3 object (…s3.amazonaws.com/…) (INVALID_LEGAL_DOCUMENTS).</source>
        <translation>AWS liest eine eigene EULA nur aus Amazon S3: eine https-URL eines öffentlichen oder vorsignierten S3-Objekts (…s3.amazonaws.com/…) (INVALID_LEGAL_DOCUMENTS).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; is not a legal document choice; use standard (AWS&apos;s standard contract %2) or custom (your EULA).</source>
        <translation>„%1“ ist keine Wahl für das Rechtsdokument; verwenden Sie standard (den Standardvertrag von AWS, %2) oder custom (Ihre EULA).</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Say how the buyer requests a refund, if one applies: customers must be able to get help with refunds.</source>
        <translation>Sagen Sie, wie der Käufer eine Erstattung beantragt, falls eine infrage kommt: Kunden müssen bei Erstattungen Hilfe bekommen können.</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>The refund policy is longer than the %n characters AWS accepts; shorten it.</source>
        <translation>
            <numerusform>Die Erstattungsrichtlinie ist länger als das %n Zeichen, das AWS annimmt; kürzen Sie sie.</numerusform>
            <numerusform>Die Erstattungsrichtlinie ist länger als die %n Zeichen, die AWS annimmt; kürzen Sie sie.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+4"/>
        <source>The refund policy must not start or end with a space.</source>
        <translation>Die Erstattungsrichtlinie darf nicht mit einem Leerzeichen beginnen oder enden.</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>AWS accepts only plain ASCII in a refund policy, and © ® ™ ¢ £ ¤ ¥; replace &quot;%1&quot; (curly quotes and dashes are the usual culprits).</source>
        <translation>AWS nimmt in einer Erstattungsrichtlinie nur reines ASCII und © ® ™ ¢ £ ¤ ¥ an; ersetzen Sie „%1“ (meist sind es typografische Anführungszeichen und Gedankenstriche).</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Set how long the agreement lasts, such as P12M (UpdateValidityTerms, AgreementDuration).</source>
        <translation>Legen Sie fest, wie lange der Vertrag läuft, etwa P12M (UpdateValidityTerms, AgreementDuration).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an agreement duration; write it in ISO 8601, such as P12M (12 months), P1Y or P90D (INVALID_AGREEMENT_DURATION).</source>
        <translation>„%1“ ist keine Vertragslaufzeit; schreiben Sie sie nach ISO 8601, etwa P12M (12 Monate), P1Y oder P90D (INVALID_AGREEMENT_DURATION).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>An agreement must last at least a day (INVALID_AGREEMENT_DURATION).</source>
        <translation>Ein Vertrag muss mindestens einen Tag laufen (INVALID_AGREEMENT_DURATION).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>An agreement end date needs a future start date, which professional services offers cannot have: give the agreement&apos;s duration instead (INVALID_AGREEMENT_TIME_INTERVAL).</source>
        <translation>Ein Vertragsende braucht einen künftigen Vertragsbeginn, den Angebote für Professional Services nicht haben können: Geben Sie stattdessen die Vertragslaufzeit an (INVALID_AGREEMENT_TIME_INTERVAL).</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Set the last day the buyer can accept the offer (MISSING_AVAILABILITY_END_DATE).</source>
        <translation>Legen Sie den letzten Tag fest, an dem der Käufer das Angebot annehmen kann (MISSING_AVAILABILITY_END_DATE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&quot;%1&quot; is not a date; write it as YYYY-MM-DD (INVALID_AVAILABILITY_END_DATE).</source>
        <translation>„%1“ ist kein Datum; schreiben Sie es als JJJJ-MM-TT (INVALID_AVAILABILITY_END_DATE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accept-by date %1 is in the past (today is %2): the offer would be expired (INVALID_AVAILABILITY_END_DATE).</source>
        <translation>Der Annahmeschluss %1 liegt in der Vergangenheit (heute ist der %2): Das Angebot wäre abgelaufen (INVALID_AVAILABILITY_END_DATE).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>The accept-by date %1 must come before the agreement ends (%2 for a buyer who accepts today) (INVALID_AVAILABILITY_END_DATE).</source>
        <translation>Der Annahmeschluss %1 muss vor dem Vertragsende liegen (%2 für einen Käufer, der heute annimmt) (INVALID_AVAILABILITY_END_DATE).</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>This offer totals %1 %2 or more; AWS Marketplace may ask for additional approval before buyers see it.</source>
        <translation>Dieses Angebot beläuft sich auf %2 %1 oder mehr; AWS Marketplace verlangt womöglich eine zusätzliche Freigabe, bevor Käufer es sehen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>An installment plan can be accepted only by a buyer who pays AWS by invoice, not by credit card: check with the buyer.</source>
        <translation>Einen Ratenplan kann nur ein Käufer annehmen, der AWS per Rechnung bezahlt, nicht per Kreditkarte: Klären Sie das mit dem Käufer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Offer %1 is released: its buyers cannot be added or removed (INCOMPATIBLE_TARGETING). Put back the accounts AWS Marketplace holds, or make a new offer for these buyers.</source>
        <translation>Angebot %1 ist freigegeben: Käufer können weder hinzugefügt noch entfernt werden (INCOMPATIBLE_TARGETING). Stellen Sie die Konten wieder her, die AWS Marketplace hält, oder erstellen Sie für diese Käufer ein neues Angebot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer %1 is released: its payment schedule cannot be changed (INCOMPATIBLE_TERMS). Put back the schedule AWS Marketplace holds, or make a new offer.</source>
        <translation>Angebot %1 ist freigegeben: Sein Zahlungsplan kann nicht geändert werden (INCOMPATIBLE_TERMS). Stellen Sie den Plan wieder her, den AWS Marketplace hält, oder erstellen Sie ein neues Angebot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer %1 is released: its legal terms cannot be changed (INCOMPATIBLE_TERMS). Put back the terms AWS Marketplace holds, or make a new offer.</source>
        <translation>Angebot %1 ist freigegeben: Seine Rechtsbedingungen können nicht geändert werden (INCOMPATIBLE_TERMS). Stellen Sie die Bedingungen wieder her, die AWS Marketplace hält, oder erstellen Sie ein neues Angebot.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Offer %1 is released: its refund policy cannot be changed (INCOMPATIBLE_TERMS). Put back the policy AWS Marketplace holds, or make a new offer.</source>
        <translation>Angebot %1 ist freigegeben: Seine Erstattungsrichtlinie kann nicht geändert werden (INCOMPATIBLE_TERMS). Stellen Sie die Richtlinie wieder her, die AWS Marketplace hält, oder erstellen Sie ein neues Angebot.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Offer %1 is released in %2: its currency cannot be changed (INCOMPATIBLE_CURRENCY_CODE).</source>
        <translation>Angebot %1 ist in %2 freigegeben: Seine Währung kann nicht geändert werden (INCOMPATIBLE_CURRENCY_CODE).</translation>
    </message>
    <message>
        <location line="+68"/>
        <source>ReleaseOffer takes empty details, {}; the offer&apos;s content goes in its other changes.</source>
        <translation>ReleaseOffer nimmt leere Details, {}; der Inhalt des Angebots gehört in seine anderen Änderungen.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offer %1 is as AWS Marketplace holds it: an export has nothing to send until you change it.</source>
        <translation>Angebot %1 ist so, wie AWS Marketplace es hält: Ein Export hat nichts zu senden, bis Sie es ändern.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>This change set updates offer %1 with %2 only; the offer&apos;s other parts are as AWS Marketplace holds them and are not judged here.</source>
        <translation>Dieser Änderungssatz aktualisiert das Angebot %1 nur mit %2; die übrigen Teile des Angebots sind so, wie AWS Marketplace sie hat, und werden hier nicht beurteilt.</translation>
    </message>
    <message>
        <location filename="../../validation/UpdateRules.cpp" line="+4"/>
        <source>A replacement product is sent with a visibility change; choose the visibility.</source>
        <translation>Ein Ersatzprodukt wird mit einer Sichtbarkeitsänderung gesendet; die Sichtbarkeit wählen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&quot;%1&quot; is not an intent; use APPLY or VALIDATE.</source>
        <translation>„%1“ ist keine Absicht; APPLY oder VALIDATE verwenden.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>A change set name has at most 100 letters, digits, spaces and _ + = . : @ -.</source>
        <translation>Ein Name für den Änderungssatz hat höchstens 100 Buchstaben, Ziffern, Leerzeichen und _ + = . : @ -.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>ReleaseProduct releases a product that is still in Draft; this one is already %1.</source>
        <translation>ReleaseProduct gibt ein Produkt im Entwurfsstatus frei; dieses ist bereits %1.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>A new product is released (ReleaseProduct) before it can be made public: tick Release, or publish in a later change set.</source>
        <translation>Ein neues Produkt wird freigegeben (ReleaseProduct), bevor es öffentlich werden kann: „Freigeben“ ankreuzen oder in einem späteren Änderungssatz veröffentlichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyer accounts only matter while the product is Limited; a public product is seen by every buyer.</source>
        <translation>Käuferkonten zählen nur, solange das Produkt Limited ist; ein öffentliches Produkt sieht jeder Käufer.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Product %1 is exported without its accepted version, so every dimension goes out as AddDimensions and existing ones are added again. Open the product&apos;s DescribeEntity response, or export against it (File ▸ Export Update Against…, proserv-check export --baseline).</source>
        <translation>Produkt %1 wird ohne seine akzeptierte Version exportiert; so geht jede Dimension als AddDimensions hinaus, und bestehende werden erneut hinzugefügt. Die DescribeEntity-Antwort des Produkts öffnen oder gegen sie exportieren (Datei ▸ Aktualisierung exportieren gegen…, proserv-check export --baseline).</translation>
    </message>
    <message numerus="yes">
        <location line="+31"/>
        <source>This change set also sends %n change(s) exactly as the file wrote them, for entities or change types this version does not edit or check (%1); AWS checks them when the change set runs.</source>
        <translation>
            <numerusform>Dieser Änderungssatz sendet außerdem %n Änderung genau so, wie die Datei sie schreibt, für Entitäten oder Änderungstypen, die diese Version weder bearbeitet noch prüft (%1); AWS prüft sie, wenn der Änderungssatz ausgeführt wird.</numerusform>
            <numerusform>Dieser Änderungssatz sendet außerdem %n Änderungen genau so, wie die Datei sie schreibt, für Entitäten oder Änderungstypen, die diese Version weder bearbeitet noch prüft (%1); AWS prüft sie, wenn der Änderungssatz ausgeführt wird.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location filename="../../model/LoadError.cpp" line="+22"/>
        <source>and %n more error(s) in this file, not listed; fix the ones above first</source>
        <translation>
            <numerusform>und %n weiterer Fehler in dieser Datei, nicht aufgeführt; beheben Sie zuerst die obigen</numerusform>
            <numerusform>und %n weitere Fehler in dieser Datei, nicht aufgeführt; beheben Sie zuerst die obigen</numerusform>
        </translation>
    </message>
    <message>
        <location filename="../../model/OfferFormat.cpp" line="+9"/>
        <source>expected &quot;%1&quot;</source>
        <translation>erwartet: „%1“</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>not a private offer (no &quot;kind&quot;: &quot;%1&quot; at the top level)</source>
        <translation>kein privates Angebot (kein &quot;kind&quot;: &quot;%1&quot; auf oberster Ebene)</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>not enough memory to read this file; close other programs or raise the memory limit</source>
        <translation>nicht genug Speicher, um diese Datei zu lesen; schließen Sie andere Programme oder erhöhen Sie das Speicherlimit</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>refusing to open a %1 MiB file; offers are limited to %2 MiB</source>
        <translation>eine Datei von %1 MiB wird nicht geöffnet; Angebote sind auf %2 MiB begrenzt</translation>
    </message>
    <message>
        <location filename="../../model/OfferImport.cpp" line="-349"/>
        <location line="+49"/>
        <source>expected a string, found %1</source>
        <translation>Zeichenkette erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>a professional services offer is private: it targets its buyers&apos; accounts (PositiveTargeting), not countries to leave out</source>
        <translation>ein Angebot für Professional Services ist privat: Es richtet sich an die Konten seiner Käufer (PositiveTargeting), nicht an auszuschließende Länder</translation>
    </message>
    <message>
        <location line="+40"/>
        <source>a legal term holds exactly one document, here %1; merge them into one PDF (INVALID_LEGAL_DOCUMENTS)</source>
        <translation>eine Vertragsbedingung enthält genau ein Dokument, hier %1; fassen Sie sie in einem PDF zusammen (INVALID_LEGAL_DOCUMENTS)</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>&quot;%1&quot; is not a legal document of an offer; use StandardEula or CustomEula</source>
        <translation>„%1“ ist kein Rechtsdokument eines Angebots; verwenden Sie StandardEula oder CustomEula</translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>%n rate cards; a professional services offer has one, for the agreement&apos;s duration (TOO_MANY_RATE_CARDS)</source>
        <translation>
            <numerusform>%n Preistabelle; ein Angebot für Professional Services hat eine, für die Vertragslaufzeit (TOO_MANY_RATE_CARDS)</numerusform>
            <numerusform>%n Preistabellen; ein Angebot für Professional Services hat eine, für die Vertragslaufzeit (TOO_MANY_RATE_CARDS)</numerusform>
        </translation>
    </message>
    <message>
        <location line="+52"/>
        <source>expected a whole number, found %1</source>
        <translation>ganze Zahl erwartet, %1 gefunden</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>a professional services offer has no %1; it is paid upfront (ConfigurableUpfrontPricingTerm) or in installments (FixedUpfrontPricingTerm with a PaymentScheduleTerm)</source>
        <translation>ein Angebot für Professional Services hat keinen %1; es wird im Voraus (ConfigurableUpfrontPricingTerm) oder in Raten bezahlt (FixedUpfrontPricingTerm mit einem PaymentScheduleTerm)</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>a second %1; each term type once (DUPLICATE_TERM_TYPES)</source>
        <translation>ein zweiter %1; jede Art von Bedingung nur einmal (DUPLICATE_TERM_TYPES)</translation>
    </message>
    <message>
        <location line="+69"/>
        <source>the catalog is &quot;%1&quot;; offers are in the AWSMarketplace catalog</source>
        <translation>der Katalog ist „%1“; Angebote liegen im Katalog AWSMarketplace</translation>
    </message>
    <message>
        <location line="+39"/>
        <source>an offer&apos;s change set changes only the offer; this change is for a %1</source>
        <translation>der Änderungssatz eines Angebots ändert nur das Angebot; diese Änderung gilt einem %1</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this version reads %1 offers, not %2</source>
        <translation>diese Version liest Angebote vom Typ %1, nicht %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>CreateOffer makes a new offer and names none; leave the Identifier out</source>
        <translation>CreateOffer legt ein neues Angebot an und nennt keines; lassen Sie den Identifier weg</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>the entity has no Identifier; only CreateOffer goes without one</source>
        <translation>die Entität hat keinen Identifier; nur CreateOffer kommt ohne aus</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&quot;%1&quot; refers to no CreateOffer change before it in this change set</source>
        <translation>„%1“ verweist auf keine CreateOffer-Änderung davor in diesem Änderungssatz</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>this change is for offer %1, an earlier one for %2; an offer draft is one offer</source>
        <translation>diese Änderung gilt dem Angebot %1, eine frühere %2; ein Angebotsentwurf ist ein Angebot</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>a second %1 change for the same offer; the Catalog API accepts one change of each type per entity</source>
        <translation>eine zweite %1-Änderung für dasselbe Angebot; die Catalog API nimmt pro Entität eine Änderung jedes Typs an</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>this change set has no change for an %1</source>
        <translation>dieser Änderungssatz hat keine Änderung für ein %1</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>the response holds no offer details (DetailsDocument)</source>
        <translation>die Antwort enthält keine Angebotsdetails (DetailsDocument)</translation>
    </message>
    <message>
        <location filename="../../validation/BrandRules.cpp" line="+86"/>
        <source>&quot;%1&quot; presents AWS as the provider or endorser of your service; buyers must see that you deliver it. Say what you build on AWS, or name your AWS Partner tier or certifications.</source>
        <translation>„%1“ stellt AWS als Anbieter oder Fürsprecher Ihres Service dar; Käufer müssen sehen, dass Sie ihn erbringen. Sagen Sie, was Sie auf AWS aufbauen, oder nennen Sie Ihre AWS-Partnerstufe oder Zertifizierungen.</translation>
    </message>
</context>
<context>
    <name>FindingReport</name>
    <message numerus="yes">
        <location filename="../../app/FindingReport.cpp" line="+94"/>
        <source> in %n checked file(s)</source>
        <translation>
            <numerusform> in %n geprüften Datei</numerusform>
            <numerusform> in %n geprüften Dateien</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>; %n file(s) could not be read</source>
        <translation>
            <numerusform>; %n Datei konnte nicht gelesen werden</numerusform>
            <numerusform>; %n Dateien konnten nicht gelesen werden</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>ListEditors</name>
    <message>
        <location filename="../../ui/form/ListEditors.cpp" line="+49"/>
        <source>Add</source>
        <translation>Hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Add %1</source>
        <translation>%1 hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Remove %1</source>
        <translation>%1 entfernen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move up</source>
        <translation>Nach oben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 up</source>
        <translation>%1 nach oben verschieben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move down</source>
        <translation>Nach unten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Move %1 down</source>
        <translation>%1 nach unten verschieben</translation>
    </message>
    <message>
        <location line="+17"/>
        <source>%1 (%2 in the list)</source>
        <translation>%1 (%2 in der Liste)</translation>
    </message>
    <message>
        <location line="+145"/>
        <source>Add from list</source>
        <translation>Aus Liste hinzufügen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose a value to add it to the list.</source>
        <translation>Wählen Sie einen Wert, um ihn der Liste hinzuzufügen.</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>Add from list…</source>
        <translation>Aus Liste hinzufügen…</translation>
    </message>
</context>
<context>
    <name>ListingValues</name>
    <message>
        <location filename="../../qtsupport/Translation.cpp" line="+102"/>
        <source>Immediately after subscribing</source>
        <translation>Sofort nach dem Abonnieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The seller contacts the customer</source>
        <translation>Der Verkäufer kontaktiert den Kunden</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>AWS STS role assumption</source>
        <translation>AWS-STS-Rollenübernahme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM role</source>
        <translation>IAM-Rolle</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM user</source>
        <translation>IAM-Benutzer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Shared access keys (not allowed)</source>
        <translation>Geteilte Zugriffsschlüssel (nicht erlaubt)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Not specified</source>
        <translation>Nicht angegeben</translation>
    </message>
</context>
<context>
    <name>OfferSummary</name>
    <message numerus="yes">
        <location filename="../../qtsupport/OfferSummary.cpp" line="+59"/>
        <source>%n year(s)</source>
        <translation>
            <numerusform>%n Jahr</numerusform>
            <numerusform>%n Jahre</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n month(s)</source>
        <translation>
            <numerusform>%n Monat</numerusform>
            <numerusform>%n Monate</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n Tag</numerusform>
            <numerusform>%n Tage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+9"/>
        <source>(no offer name)</source>
        <translation>(kein Angebotsname)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(product title not known)</source>
        <translation>(Produkttitel unbekannt)</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Paid in installments, in %1</source>
        <translation>Zahlung in Raten, in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+12"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="-12"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Charge date</source>
        <translation>Abbuchungsdatum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Paid upfront for the whole contract, in %1</source>
        <translation>Vorauszahlung für den ganzen Vertrag, in %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 from the day the buyer accepts</source>
        <translation>%1 ab dem Tag, an dem der Käufer annimmt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>until %1</source>
        <translation>bis %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no contract length)</source>
        <translation>(keine Vertragslaufzeit)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no accept-by date)</source>
        <translation>(kein Annahmedatum)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Standard Contract for AWS Marketplace (version %1)</source>
        <translation>Standardvertrag für AWS Marketplace (Version %1)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>The seller&apos;s own terms: %1</source>
        <translation>Eigene Bedingungen des Verkäufers: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>(no URL)</source>
        <translation>(keine URL)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>(no legal terms)</source>
        <translation>(keine Rechtsbedingungen)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>(no refund policy)</source>
        <translation>(keine Erstattungsrichtlinie)</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n AWS account(s)</source>
        <translation>
            <numerusform>%n AWS-Konto</numerusform>
            <numerusform>%n AWS-Konten</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+20"/>
        <source>  … and %n more</source>
        <translation>
            <numerusform>  … und %n weiterer</numerusform>
            <numerusform>  … und %n weitere</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract: %1</source>
        <translation>Vertrag: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Accept by: %1</source>
        <translation>Annehmen bis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal terms: %1</source>
        <translation>Rechtsbedingungen: %1</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Refund policy: %1</source>
        <translation>Erstattungsrichtlinie: %1</translation>
    </message>
</context>
<context>
    <name>QObject</name>
    <message>
        <location filename="../../ui/review/CompareDialog.cpp" line="+32"/>
        <source>added</source>
        <translation>hinzugefügt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>removed</source>
        <translation>entfernt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>changed</source>
        <translation>geändert</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <location line="+25"/>
        <source>%1 → %2</source>
        <translation>%1 → %2</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n field change(s).</source>
        <translation>
            <numerusform>%n Feldänderung.</numerusform>
            <numerusform>%n Feldänderungen.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Change</source>
        <translation>Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Content</source>
        <translation>Inhalt</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>Findings that appeared</source>
        <translation>Neu aufgetretene Befunde</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Findings that were fixed</source>
        <translation>Behobene Befunde</translation>
    </message>
    <message>
        <location filename="../../ui/form/FormPage.cpp" line="+261"/>
        <source>Not set</source>
        <translation>Nicht gesetzt</translation>
    </message>
    <message>
        <location line="+38"/>
        <source>%1
(draft only)</source>
        <translation>%1
(nur Entwurf)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Kept in your draft — not sent to AWS Marketplace. Where it matters instead: %1</source>
        <translation>Bleibt in Ihrem Entwurf — wird nicht an AWS Marketplace gesendet. Wo es stattdessen zählt: %1</translation>
    </message>
    <message>
        <location filename="../../qtsupport/ReviewReport.cpp" line="+64"/>
        <location line="+38"/>
        <location filename="../../ui/listing/ListingSections.cpp" line="+76"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location filename="../../ui/listing/ListingSections.cpp" line="+0"/>
        <source>What buyers see first on the product page.</source>
        <translation>Was Käufer auf der Produktseite zuerst sehen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product &amp;title</source>
        <translation>Produkt&amp;titel</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Unique in AWS Marketplace.</source>
        <translation>Eindeutig in AWS Marketplace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;SKU</source>
        <translation>&amp;SKU</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional, for your own records.</source>
        <translation>Optional, für Ihre eigenen Unterlagen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sh&amp;ort description</source>
        <translation>&amp;Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One or two sentences shown in search results.</source>
        <translation>Ein oder zwei Sätze, die in Suchergebnissen erscheinen.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Long description</source>
        <translation>&amp;Lange Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Markdown. Value propositions, key features, links to documentation and, if you work in the customer&apos;s account, who pays the AWS infrastructure charges.</source>
        <translation>Markdown. Nutzenversprechen, Hauptmerkmale, Links zur Dokumentation und, wenn Sie im Konto des Kunden arbeiten, wer die AWS-Infrastrukturkosten trägt.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Long description</source>
        <translation>Lange Beschreibung</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Logo &amp;URL</source>
        <translation>Logo-&amp;URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Public https URL of a PNG, JPEG or GIF logo.</source>
        <translation>Öffentliche https-URL eines PNG-, JPEG- oder GIF-Logos.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Local logo file</source>
        <translation>Lokale Logodatei</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Optional: the same logo on disk, to check its format, size (under 5 MB) and dimensions (110–10,000 px).</source>
        <translation>Optional: dasselbe Logo als Datei, um Format, Größe (unter 5 MB) und Abmessungen (110–10.000 px) zu prüfen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Highlights</source>
        <translation>&amp;Kernpunkte</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>highlight</source>
        <translation>Kernpunkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search &amp;keywords</source>
        <translation>Such&amp;begriffe</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>keyword</source>
        <translation>Suchbegriff</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional &amp;resources</source>
        <translation>&amp;Weitere Ressourcen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>resource</source>
        <translation>Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+9"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Existing product &amp;ID</source>
        <translation>Vorhandene Produkt-&amp;ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Leave empty for a new product; set it to update a published one (prod-…).</source>
        <translation>Für ein neues Produkt leer lassen; angeben, um ein veröffentlichtes zu aktualisieren (prod-…).</translation>
    </message>
    <message>
        <location filename="../../qtsupport/ReviewReport.cpp" line="-37"/>
        <location filename="../../ui/listing/ListingSections.cpp" line="+7"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location filename="../../ui/listing/ListingSections.cpp" line="+6"/>
        <source>&amp;Categories</source>
        <translation>&amp;Kategorien</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>category</source>
        <translation>Kategorie</translation>
    </message>
    <message>
        <location filename="../../qtsupport/ReviewReport.cpp" line="+1"/>
        <location filename="../../ui/listing/ListingSections.cpp" line="+20"/>
        <source>Pricing dimensions</source>
        <translation>Preisdimensionen</translation>
    </message>
    <message>
        <location filename="../../ui/listing/ListingSections.cpp" line="+5"/>
        <source>&amp;Dimensions</source>
        <translation>&amp;Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key: letters, digits, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;. Service: which service of this listing the dimension bills.</source>
        <translation>Schlüssel: Buchstaben, Ziffern, &apos;_&apos;, &apos;.&apos;, &apos;-&apos;. Service: welchen Service dieses Listings die Dimension abrechnet.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service billed</source>
        <translation>Abgerechneter Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Support &amp; fulfilment</source>
        <translation>Support &amp; Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How customers get the service and get help.</source>
        <translation>Wie Kunden den Service und Hilfe erhalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;description</source>
        <translation>Support-&amp;Beschreibung</translation>
    </message>
    <message>
        <location line="-143"/>
        <source>Nothing to compose</source>
        <translation>Nichts zu verfassen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Fill in the support contacts, level of support or pre- and post-purchase support first.</source>
        <translation>Füllen Sie zuerst die Support-Kontakte, den Support-Umfang oder den Support vor und nach dem Kauf aus.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Replace the support description?</source>
        <translation>Support-Beschreibung ersetzen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The support description already has text. Replace it with the composed text, or add the composed text after it?</source>
        <translation>Die Support-Beschreibung enthält bereits Text. Durch den verfassten Text ersetzen oder den verfassten Text anhängen?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Replace</source>
        <translation>&amp;Ersetzen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Add After</source>
        <translation>&amp;Anhängen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compose support description</source>
        <translation>Support-Beschreibung verfassen</translation>
    </message>
    <message>
        <location line="+26"/>
        <source>Lo&amp;cal logo file</source>
        <translation>Lokale Logo&amp;datei</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>%1 to %2 key features, up to %3 characters each.</source>
        <translation>%1 bis %2 Hauptmerkmale mit je bis zu %3 Zeichen.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Up to %1 keywords, 250 characters together.</source>
        <translation>Bis zu %1 Suchbegriffe mit zusammen 250 Zeichen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Up to %1 links to documentation, data sheets or guides.</source>
        <translation>Bis zu %1 Links zu Dokumentation, Datenblättern oder Anleitungen.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Video URL</source>
        <translation>&amp;Video-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>At most one public video link about the service.</source>
        <translation>Höchstens ein öffentlicher Videolink zum Service.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>video URL</source>
        <translation>Video-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotional &amp;media</source>
        <translation>Werbe&amp;medien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Images or videos (Type: Image or Video), each with a title.</source>
        <translation>Bilder oder Videos (Typ: Image oder Video), jeweils mit Titel.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>media item</source>
        <translation>Medium</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Choose %1 to %2 categories. At least one must be a professional services category: Assessments, Implementation, Managed Services, Premium Support or Training. Add another category that describes the area of your service, for example Migration or Security.</source>
        <translation>Wählen Sie %1 bis %2 Kategorien. Mindestens eine muss eine Kategorie für professionelle Dienstleistungen sein: Assessments, Implementation, Managed Services, Premium Support oder Training. Fügen Sie eine weitere Kategorie hinzu, die das Gebiet Ihres Service beschreibt, zum Beispiel Migration oder Security.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Pick from the list or type a name; known names are exported in AWS Marketplace&apos;s spelling.</source>
        <translation>Aus der Liste wählen oder einen Namen eingeben; bekannte Namen werden in der Schreibweise von AWS Marketplace exportiert.</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>%1 to %2 packages or units of your service. Prices are set later, in private offers.</source>
        <translation>%1 bis %2 Pakete oder Einheiten Ihres Service. Preise werden später in privaten Angeboten festgelegt.</translation>
    </message>
    <message>
        <location line="+27"/>
        <source>Shown on the product page, and the only support text AWS Marketplace receives: how to reach support, the level of support, pre- and post-purchase support.</source>
        <translation>Auf der Produktseite angezeigt und der einzige Support-Text, den AWS Marketplace erhält: wie man den Support erreicht, der Support-Umfang, Support vor und nach dem Kauf.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Co&amp;mpose from Support Details…</source>
        <translation>Aus Support-Angaben &amp;verfassen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Write the contacts, level of support and pre- and post-purchase support below into the support description (one undoable step).</source>
        <translation>Die Kontakte, den Support-Umfang und den Support vor und nach dem Kauf (unten) in die Support-Beschreibung schreiben (ein rückgängig zu machender Schritt).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Support resour&amp;ces</source>
        <translation>Support-Ressour&amp;cen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Links to support pages, sent with the description.</source>
        <translation>Links zu Support-Seiten, mit der Beschreibung gesendet.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>support resource</source>
        <translation>Support-Ressource</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;email</source>
        <translation>Support-&amp;E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support &amp;phone</source>
        <translation>Support-&amp;Telefon</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>With country code, e.g. +1 206 555 0100.</source>
        <translation>Mit Ländervorwahl, z. B. +49 30 1234567.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support &amp;URL</source>
        <translation>Support-&amp;URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>An https page where customers ask for help.</source>
        <translation>Eine https-Seite, auf der Kunden um Hilfe bitten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Level of support</source>
        <translation>Support-&amp;Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Hours, channels and response times customers can expect.</source>
        <translation>Zeiten, Kanäle und Antwortzeiten, die Kunden erwarten können.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Pre-purchase support</source>
        <translation>Support &amp;vor dem Kauf</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How buyers get answers before subscribing.</source>
        <translation>Wie Käufer vor dem Abonnieren Antworten erhalten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>P&amp;ost-purchase support</source>
        <translation>Support nach dem Kau&amp;f</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The support included after subscribing.</source>
        <translation>Der nach dem Abonnieren enthaltene Support.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Refund policy</source>
        <translation>&amp;Rückerstattung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Access</source>
        <translation>&amp;Zugang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How a new subscriber gets the service.</source>
        <translation>Wie ein neuer Abonnent den Service erhält.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Response t&amp;ime</source>
        <translation>&amp;Antwortzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Business days until the customer has access or is contacted (at most 2).</source>
        <translation>Arbeitstage, bis der Kunde Zugang hat oder kontaktiert wird (höchstens 2).</translation>
    </message>
    <message numerus="yes">
        <location line="+2"/>
        <source> business day(s)</source>
        <comment>after the number of days</comment>
        <translation>
            <numerusform> Werktag</numerusform>
            <numerusform> Werktage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access &amp;pending email</source>
        <translation>E-Mail bei aus&amp;stehendem Zugang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Sent when access is not immediate: say when access will be granted.</source>
        <translation>Wird gesendet, wenn der Zugang nicht sofort besteht: sagen Sie, wann er gewährt wird.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Access &amp;granted email</source>
        <translation>E-Mail bei &amp;gewährtem Zugang</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Confirms access, with clear next steps.</source>
        <translation>Bestätigt den Zugang, mit klaren nächsten Schritten.</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Service terms</source>
        <translation>Servicebedingungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Clear and straightforward terms: give a URL or the text.</source>
        <translation>Klare, verständliche Bedingungen: geben Sie eine URL oder den Text an.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service terms &amp;URL</source>
        <translation>&amp;URL der Servicebedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service terms &amp;text</source>
        <translation>&amp;Text der Servicebedingungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The AWS Marketplace products your service relates to, and what you deploy in the customer&apos;s AWS account.</source>
        <translation>Die AWS Marketplace-Produkte, auf die sich Ihr Service bezieht, und was Sie im AWS-Konto des Kunden einrichten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Related products</source>
        <translation>&amp;Verwandte Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 to %2 public AWS Marketplace product IDs (prod-…).</source>
        <translation>%1 bis %2 öffentliche AWS Marketplace-Produkt-IDs (prod-…).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service needs &amp;resources in the customer&apos;s AWS account</source>
        <translation>Der Service braucht &amp;Ressourcen im AWS-Konto des Kunden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Provisioning</source>
        <translation>&amp;Bereitstellung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How you get access to the customer&apos;s account.</source>
        <translation>Wie Sie Zugriff auf das Konto des Kunden erhalten.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Provisioned AWS &amp;services</source>
        <translation>Bereitgestellte AWS-&amp;Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>service</source>
        <translation>Service</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;IAM policies</source>
        <translation>&amp;IAM-Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every policy your role or user needs; select one to edit it below.</source>
        <translation>Jede Richtlinie, die Ihre Rolle oder Ihr Benutzer braucht; wählen Sie eine aus, um sie unten zu bearbeiten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>policy</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Policy name</source>
        <translation>Name der Richtlinie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Policy &amp;document</source>
        <translation>Richtlinien&amp;dokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>JSON, Version 2012-10-17. Errors show with line and column.</source>
        <translation>JSON, Version 2012-10-17. Fehler werden mit Zeile und Spalte angezeigt.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Role or user &amp;deployment</source>
        <translation>&amp;Einrichtung der Rolle oder des Benutzers</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the IAM role or user is deployed and used in the customer&apos;s account.</source>
        <translation>Wie die IAM-Rolle oder der IAM-Benutzer im Konto des Kunden eingerichtet und verwendet wird.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The service deploys an &amp;agent</source>
        <translation>Der Service installiert einen &amp;Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent &amp;instructions</source>
        <translation>A&amp;nleitung für den Agenten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How customers deploy the agent in their AWS account.</source>
        <translation>Wie Kunden den Agenten in ihrem AWS-Konto einrichten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A new product is Limited: only the AWS accounts listed here can see it while you test.</source>
        <translation>Ein neues Produkt ist eingeschränkt (Limited): Nur die hier aufgeführten AWS-Konten sehen es, während Sie testen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Buyer accounts</source>
        <translation>&amp;Käuferkonten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>12-digit AWS account IDs.</source>
        <translation>12-stellige AWS-Konto-IDs.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account ID</source>
        <translation>Konto-ID</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the change set is sent. A draft opened from a DescribeEntity response, or exported with File ▸ Export Update Against…, sends only what changed since the accepted version.</source>
        <translation>Wie der Änderungssatz gesendet wird. Ein Entwurf aus einer DescribeEntity-Antwort oder mit Datei ▸ Aktualisierung exportieren gegen… sendet nur, was sich seit der akzeptierten Version geändert hat.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Accepted version</source>
        <translation>Akzeptierte Version</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Set by opening a DescribeEntity response or by File ▸ Export Update Against…</source>
        <translation>Gesetzt durch Öffnen einer DescribeEntity-Antwort oder durch Datei ▸ Aktualisierung exportieren gegen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Forget Accepted Version</source>
        <translation>Akzeptierte Version &amp;vergessen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Export the whole listing again, as for a new product (one undoable step).</source>
        <translation>Wieder das ganze Listing exportieren, wie für ein neues Produkt (ein rückgängig machbarer Schritt).</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>None: every field is exported, as for a new product.</source>
        <translation>Keine: jedes Feld wird exportiert, wie für ein neues Produkt.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>revision %1</source>
        <translation>Revision %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 (%2). Exports send only what changed since then.</source>
        <translation>%1 (%2). Exporte senden nur, was sich seitdem geändert hat.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unnamed file</source>
        <translation>Unbenannte Datei</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Forget accepted version</source>
        <translation>Akzeptierte Version vergessen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Change set &amp;name</source>
        <translation>&amp;Name des Änderungssatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Shown in the AWS Marketplace Management Portal&apos;s request list.</source>
        <translation>Wird in der Anfrageliste des AWS Marketplace Management Portal angezeigt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Derived from the title</source>
        <translation>Aus dem Titel abgeleitet</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Intent</source>
        <translation>&amp;Absicht</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Validate only checks the change set; nothing is changed.</source>
        <translation>Nur prüfen: der Änderungssatz wird geprüft, nichts wird geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Apply (default)</source>
        <translation>Anwenden (Standard)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Apply</source>
        <translation>Anwenden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Validate only</source>
        <translation>Nur prüfen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&amp;Release the new product (ReleaseProduct: it becomes Limited)</source>
        <translation>Das neue Produkt f&amp;reigeben (ReleaseProduct: es wird Limited)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>AWS Marketplace reviews the whole listing before the product leaves Draft.</source>
        <translation>AWS Marketplace prüft das ganze Listing, bevor das Produkt den Entwurfsstatus verlässt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Request &amp;visibility</source>
        <translation>&amp;Sichtbarkeit anfordern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>UpdateVisibility. Public is reviewed by AWS Marketplace Seller Operations and takes days, not minutes.</source>
        <translation>UpdateVisibility. Public wird von AWS Marketplace Seller Operations geprüft und dauert Tage, nicht Minuten.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No change</source>
        <translation>Keine Änderung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Limited</source>
        <translation>Limited</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Public</source>
        <translation>Public</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Restricted</source>
        <translation>Restricted</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Re&amp;placement product ID</source>
        <translation>&amp;Ersatzprodukt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Optional, when restricting: the product that replaces this one (prod-…).</source>
        <translation>Optional, beim Einschränken: das Produkt, das dieses ersetzt (prod-…).</translation>
    </message>
    <message>
        <location filename="../../qtsupport/ReviewReport.cpp" line="+18"/>
        <location filename="../../ui/listing/ListingSections.cpp" line="+8"/>
        <source>Attestations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location filename="../../ui/listing/ListingSections.cpp" line="+1"/>
        <source>The guidelines require these, but no program can check them: confirm each one.</source>
        <translation>Die Richtlinien verlangen diese Punkte, aber kein Programm kann sie prüfen: Bestätigen Sie jeden einzeln.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Paid seller</source>
        <translation>Zahlender Verkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My AWS account is registered with AWS Marketplace as a &amp;paid seller.</source>
        <translation>Mein AWS-Konto ist bei AWS Marketplace als &amp;zahlender Verkäufer registriert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>My &amp;logo is not designed to be confused with the AWS logo or any unrelated company&apos;s logo.</source>
        <translation>Mein &amp;Logo ist nicht so gestaltet, dass es mit dem AWS-Logo oder dem Logo eines fremden Unternehmens verwechselt werden kann.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Subscriber data</source>
        <translation>Abonnentendaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>I use &amp;subscriber information only as the Terms and Conditions for AWS Marketplace Sellers allow.</source>
        <translation>Ich verwende &amp;Abonnenteninformationen nur so, wie es die Geschäftsbedingungen für AWS Marketplace-Verkäufer erlauben.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The service is &amp;billed entirely through the listed dimensions on AWS Marketplace.</source>
        <translation>Der Service wird vollständig über die aufgeführten Dimensionen in AWS Marketplace abgerec&amp;hnet.</translation>
    </message>
    <message>
        <location filename="../../qtsupport/ReviewReport.cpp" line="-37"/>
        <source>yes</source>
        <translation>ja</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>&lt;b&gt;no&lt;/b&gt;</source>
        <translation>&lt;b&gt;nein&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+15"/>
        <location filename="../../ui/listing/ListingSections.cpp" line="-264"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>new product</source>
        <translation>neues Produkt</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Related products</source>
        <translation>Verwandte Produkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Not in the file</source>
        <translation>Nicht in der Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>access and response time, customer-account resources and the attestations are not part of a submission: ask the seller</source>
        <translation>Zugang und Antwortzeit, Ressourcen im Kundenkonto und die Bestätigungen sind nicht Teil einer Einreichung: Fragen Sie den Verkäufer</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Access</source>
        <translation>Zugang</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n business day(s)</source>
        <translation>
            <numerusform>%n Arbeitstag</numerusform>
            <numerusform>%n Arbeitstage</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no response time</source>
        <translation>keine Antwortzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer account resources</source>
        <translation>Ressourcen im Kundenkonto</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>yes (%1)</source>
        <translation>ja (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>no</source>
        <translation>nein</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>paid seller %1 · original logo %2 · subscriber data %3 · billed through AWS Marketplace %4</source>
        <translation>zahlender Verkäufer %1 · eigenes Logo %2 · Abonnentendaten %3 · Abrechnung über AWS Marketplace %4</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Offer name</source>
        <translation>Angebotsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>new offer</source>
        <translation>neues Angebot</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1; total %2</source>
        <translation>%1; gesamt %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept by</source>
        <translation>Annehmen bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal terms</source>
        <translation>Rechtsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Refund policy</source>
        <translation>Erstattungsrichtlinie</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Ready: no errors and no open must-fix comments.</source>
        <translation>Bereit: keine Fehler und keine offenen Kommentare, die behoben werden müssen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Changes needed: %1, %2.</source>
        <extracomment>%1 is &quot;N error(s)&quot;, %2 is &quot;N open must-fix comment(s)&quot;</extracomment>
        <translation>Änderungen nötig: %1, %2.</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n open must-fix comment(s)</source>
        <translation>
            <numerusform>%n offener Kommentar „Muss behoben werden“</numerusform>
            <numerusform>%n offene Kommentare „Muss behoben werden“</numerusform>
        </translation>
    </message>
    <message>
        <location line="+93"/>
        <location line="+3"/>
        <location line="+132"/>
        <source>Review of %1</source>
        <translation>Prüfung von %1</translation>
    </message>
    <message>
        <location line="-127"/>
        <source>Generated by ProServ Listing Editor on %1.</source>
        <translation>Erstellt mit ProServ Listing Editor am %1.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Verdict:</source>
        <translation>Ergebnis:</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Key facts</source>
        <translation>Eckdaten</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Findings (%1)</source>
        <translation>Befunde (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No findings: the offer passes every check the editor makes.</source>
        <translation>Keine Befunde: Das Angebot besteht jede Prüfung des Editors.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>No findings: the listing meets every guideline the editor checks.</source>
        <translation>Keine Befunde: Das Listing erfüllt jede Richtlinie, die der Editor prüft.</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>line %1:%2 in the file</source>
        <comment>line:column</comment>
        <translation>Zeile %1:%2 in der Datei</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;p style=&quot;margin-left:1.5em&quot;&gt;✎ %1%2 · %3&lt;br&gt;%4&lt;br&gt;&lt;small&gt;%5, %6&lt;/small&gt;&lt;/p&gt;</source>
        <extracomment>A reviewer comment: %1 the field (or nothing), %2 kind (must fix / suggestion), %3 open / resolved, %4 the text, %5 author, %6 date</extracomment>
        <translation>&lt;p style=&quot;margin-left:1.5em&quot;&gt;✎ %1%2 · %3&lt;br&gt;%4&lt;br&gt;&lt;small&gt;%5, %6&lt;/small&gt;&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>Reviewer comments (%1)</source>
        <translation>Kommentare der Prüfer (%1)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No comments.</source>
        <translation>Keine Kommentare.</translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n comment(s) on a field with findings are printed beside those findings, above.</source>
        <translation>
            <numerusform>%n Kommentar zu einem Feld mit Befunden steht oben neben diesen Befunden.</numerusform>
            <numerusform>%n Kommentare zu Feldern mit Befunden stehen oben neben diesen Befunden.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+19"/>
        <source>On fields without findings</source>
        <translation>Zu Feldern ohne Befunde</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comments on no field (%1)</source>
        <translation>Kommentare zu keinem Feld (%1)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These comments name no field of this listing; they count in the verdict like any other.</source>
        <translation>Diese Kommentare nennen kein Feld dieses Listings; sie zählen im Ergebnis wie alle anderen.</translation>
    </message>
    <message>
        <location filename="../../ui/form/UserPrompts.cpp" line="+194"/>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Comment</source>
        <translation>Kommentar</translation>
    </message>
    <message>
        <location filename="../../qtsupport/ReviewReport.cpp" line="-61"/>
        <source>(removed)</source>
        <translation>(entfernt)</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&lt;b&gt;must fix&lt;/b&gt;</source>
        <translation>&lt;b&gt;muss behoben werden&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>resolved</source>
        <translation>erledigt</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>open</source>
        <translation>offen</translation>
    </message>
    <message numerus="yes">
        <location filename="../../ui/form/UserPrompts.cpp" line="-87"/>
        <source>The whole message (%n line(s)) is under Show Details.</source>
        <translation>
            <numerusform>Die ganze Meldung (%n Zeile) steht unter „Details einblenden“.</numerusform>
            <numerusform>Die ganze Meldung (%n Zeilen) steht unter „Details einblenden“.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Unsaved changes</source>
        <translation>Ungespeicherte Änderungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Save the changes to %1 before closing it?</source>
        <translation>Änderungen an %1 vor dem Schließen speichern?</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>If you don&apos;t save, your changes will be lost.</source>
        <translation>Wenn Sie nicht speichern, gehen Ihre Änderungen verloren.</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Must fix</source>
        <translation>Muss behoben werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Suggestion</source>
        <translation>Vorschlag</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Comment on &lt;b&gt;%1&lt;/b&gt;</source>
        <translation>Kommentar zu &lt;b&gt;%1&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Comment:</source>
        <translation>&amp;Kommentar:</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Kind:</source>
        <translation>&amp;Art:</translation>
    </message>
    <message>
        <location filename="../../ui/views/PageWriter.h" line="+113"/>
        <source>(The preview stops here: the rest is too long or holds too many links, lists or styles to render quickly. The text itself is kept whole.)</source>
        <translation>(Die Vorschau endet hier: Der Rest ist zu lang oder enthält zu viele Links, Listen oder Formatierungen, um schnell dargestellt zu werden. Der Text selbst bleibt vollständig erhalten.)</translation>
    </message>
</context>
<context>
    <name>RecoveryPrompt</name>
    <message>
        <location filename="../../ui/files/RecoveryPrompt.cpp" line="+21"/>
        <source>Recover unsaved changes?</source>
        <translation>Ungespeicherte Änderungen wiederherstellen?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProServ Listing Editor was closed unexpectedly with unsaved changes to %1 (last kept %2).</source>
        <translation>ProServ Listing Editor wurde mit ungespeicherten Änderungen an %1 unerwartet beendet (zuletzt gesichert %2).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Recover</source>
        <translation>Wiederherstellen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Show Differences</source>
        <translation>Unterschiede anzeigen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Discard</source>
        <translation>Verwerfen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Decide Later</source>
        <translation>Später entscheiden</translation>
    </message>
</context>
<context>
    <name>ReviewReportExport</name>
    <message>
        <location filename="../../ui/files/ReviewReportExport.cpp" line="+17"/>
        <source>Export Review Report</source>
        <translation>Prüfbericht exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>PDF (*.pdf);;HTML (*.html)</source>
        <translation>PDF (*.pdf);;HTML (*.html)</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Report not written</source>
        <translation>Bericht nicht geschrieben</translation>
    </message>
</context>
<context>
    <name>Severity</name>
    <message>
        <location filename="../../qtsupport/Translation.cpp" line="-35"/>
        <source>error</source>
        <translation>Fehler</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>warning</source>
        <translation>Warnung</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>info</source>
        <translation>Hinweis</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n error(s)</source>
        <translation>
            <numerusform>%n Fehler</numerusform>
            <numerusform>%n Fehler</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n warning(s)</source>
        <translation>
            <numerusform>%n Warnung</numerusform>
            <numerusform>%n Warnungen</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <location line="+3"/>
        <source>%n note(s)</source>
        <translation>
            <numerusform>%n Hinweis</numerusform>
            <numerusform>%n Hinweise</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>SubmissionPlans</name>
    <message>
        <location filename="../../ui/views/SubmissionPlans.cpp" line="+24"/>
        <source>Create the product</source>
        <translation>Produkt anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product information</source>
        <translation>Produktinformationen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing dimensions</source>
        <translation>Preisdimensionen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Who can see the product</source>
        <translation>Wer das Produkt sehen kann</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Create the offer</source>
        <translation>Das Angebot anlegen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer name and description</source>
        <translation>Angebotsname und Beschreibung</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Prices</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment schedule</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract length</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Legal terms</source>
        <translation>Rechtsbedingungen</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund policy</source>
        <translation>Erstattungsrichtlinie</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept-by date</source>
        <translation>Annahmedatum</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Release the offer to its buyers</source>
        <translation>Das Angebot für seine Käufer freigeben</translation>
    </message>
    <message>
        <location line="+42"/>
        <source>The buyer sees the product&apos;s own title.</source>
        <translation>Der Käufer sieht den Titel des Produkts selbst.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>A copy of the product&apos;s dimensions, to check the prices against.</source>
        <translation>Eine Kopie der Produktdimensionen, um die Preise daran zu prüfen.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>The listing this offer was drafted from, on your disk.</source>
        <translation>Das Listing, aus dem dieses Angebot entworfen wurde, auf Ihrem Datenträger.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Your confirmation for the zero-price check; in AWS Marketplace it is the portal&apos;s setting.</source>
        <translation>Ihre Bestätigung für die Nullpreis-Prüfung; in AWS Marketplace ist es die Einstellung im Portal.</translation>
    </message>
</context>
<context>
    <name>VerifiedSave</name>
    <message>
        <location filename="../../ui/files/VerifiedSave.cpp" line="+24"/>
        <location line="+19"/>
        <location line="+9"/>
        <source>Save failed</source>
        <translation>Speichern fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>%1: %2. Your changes are kept in the editor.</source>
        <translation>%1: %2. Ihre Änderungen bleiben im Editor erhalten.</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Save directly?</source>
        <translation>Direkt speichern?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The folder of %1 does not allow a safe save (writing a temporary file and renaming it).</source>
        <translation>Der Ordner von %1 erlaubt kein sicheres Speichern (temporäre Datei schreiben und umbenennen).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save writes into the file directly; if the program is interrupted while writing, the file can be left incomplete. The previous version is kept as %1~ if the folder allows it.</source>
        <translation>Speichern schreibt direkt in die Datei; wird das Programm beim Schreiben unterbrochen, kann die Datei unvollständig bleiben. Die vorherige Version bleibt als %1~ erhalten, wenn der Ordner es erlaubt.</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>%1: the saved file does not read back as written; your changes are kept in the editor and in the recovery snapshot.</source>
        <translation>%1: Die gespeicherte Datei liest sich nicht so zurück, wie sie geschrieben wurde; Ihre Änderungen bleiben im Editor und in der Wiederherstellungskopie erhalten.</translation>
    </message>
</context>
<context>
    <name>proserv::BuyerPreview</name>
    <message>
        <location filename="../../ui/views/BuyerPreview.cpp" line="+43"/>
        <source>Buyer page preview</source>
        <translation>Vorschau der Käuferseite</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>(no title)</source>
        <translation>(kein Titel)</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>No logo URL</source>
        <translation>Keine Logo-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Logo: %1</source>
        <translation>Logo: %1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Categories: %1</source>
        <translation>Kategorien: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Highlights</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Overview</source>
        <translation>Überblick</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No pricing dimensions.</source>
        <translation>Keine Preisdimensionen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Prices are set in private offers.</source>
        <translation>Preise werden in privaten Angeboten festgelegt.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Resources</source>
        <translation>Ressourcen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Related products</source>
        <translation>Verwandte Produkte</translation>
    </message>
</context>
<context>
    <name>proserv::ChangedOnDiskBar</name>
    <message>
        <location filename="../../ui/files/ChangedOnDiskBar.cpp" line="+17"/>
        <source>Reload</source>
        <translation>Neu laden</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Take the file&apos;s new content; Undo brings your version back.</source>
        <translation>Den neuen Inhalt der Datei übernehmen; Rückgängig holt Ihre Fassung zurück.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Keep Mine</source>
        <translation>Meine behalten</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Keep your version; Save replaces the file (the previous one is kept as FILE~).</source>
        <translation>Ihre Fassung behalten; Speichern ersetzt die Datei (die vorige bleibt als FILE~ erhalten).</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>%1 was removed or renamed on disk by another program. Your version is still here; Save writes it again.</source>
        <translation>%1 wurde von einem anderen Programm auf der Festplatte entfernt oder umbenannt. Ihre Fassung ist noch hier; Speichern schreibt sie erneut.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1 was changed on disk by another program.</source>
        <translation>%1 wurde von einem anderen Programm auf der Festplatte geändert.</translation>
    </message>
</context>
<context>
    <name>proserv::ChoiceCellDelegate</name>
    <message>
        <location filename="../../ui/form/ChoiceCellDelegate.cpp" line="+22"/>
        <source>Choose or type a value</source>
        <translation>Wert wählen oder eingeben</translation>
    </message>
</context>
<context>
    <name>proserv::CompareDialog</name>
    <message>
        <location filename="../../ui/review/CompareDialog.cpp" line="+12"/>
        <source>Compare Versions</source>
        <translation>Versionen vergleichen</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
</context>
<context>
    <name>proserv::DocumentForm</name>
    <message>
        <location filename="../../ui/form/DocumentForm.cpp" line="+79"/>
        <source>Comments on no field</source>
        <translation>Kommentare zu keinem Feld</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>These review comments name no field of this document, so they cannot be shown beside one. Read them here and mark them resolved when done.</source>
        <translation>Diese Prüfkommentare nennen kein Feld dieses Dokuments und können daher neben keinem angezeigt werden. Lesen Sie sie hier und markieren Sie sie als erledigt, wenn sie bearbeitet sind.</translation>
    </message>
</context>
<context>
    <name>proserv::DocumentManager</name>
    <message>
        <location filename="../../ui/files/DocumentManager.cpp" line="+101"/>
        <source>Cannot reload %1</source>
        <translation>%1 kann nicht neu geladen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Your version stays in the editor.

%1</source>
        <translation>Ihre Fassung bleibt im Editor.

%1</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Reload from disk</source>
        <translation>Von der Festplatte neu laden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Reloaded %1 from disk; Undo brings your version back.</source>
        <translation>%1 von der Festplatte neu geladen; Rückgängig holt Ihre Fassung zurück.</translation>
    </message>
    <message>
        <location line="+31"/>
        <location line="+194"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-193"/>
        <source>The file was not opened; the current listing is unchanged.

%1</source>
        <translation>Die Datei wurde nicht geöffnet; das aktuelle Listing ist unverändert.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Cannot read the review comments</source>
        <translation>Die Prüfkommentare können nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Imported a change set; save it as a listing to keep your edits.</source>
        <translation>Änderungssatz importiert; speichern Sie ihn als Listing, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Imported a DescribeEntity response: exports send only what you change against it. Save it as a listing to keep your edits.</source>
        <translation>DescribeEntity-Antwort importiert: Exporte senden nur, was Sie gegenüber ihr ändern. Als Listing speichern, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Read but not kept</source>
        <translation>Gelesen, aber nicht übernommen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The file was opened; this was left out on purpose:

%1</source>
        <translation>Die Datei wurde geöffnet; dies wurde absichtlich ausgelassen:

%1</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>File changed on disk</source>
        <translation>Datei auf dem Datenträger geändert</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>%1 was changed by another program since you opened it.</source>
        <translation>%1 wurde seit dem Öffnen von einem anderen Programm geändert.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Save replaces those changes with yours (the previous file is kept as %1~).</source>
        <translation>Speichern ersetzt diese Änderungen durch Ihre (die vorherige Datei bleibt als %1~ erhalten).</translation>
    </message>
    <message>
        <location line="+29"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+65"/>
        <location line="+86"/>
        <source>listing</source>
        <translation>listing</translation>
    </message>
    <message>
        <location line="-147"/>
        <source>Save Listing As</source>
        <translation>Listing speichern unter</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>ProServ listings (*.proserv.json);;JSON files (*.json);;All files (*)</source>
        <translation>ProServ-Listings (*.proserv.json);;JSON-Dateien (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+32"/>
        <source>Export with errors?</source>
        <translation>Mit Fehlern exportieren?</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>%n error(s) remain in submitted fields. AWS Marketplace will likely reject the listing until they are fixed.</source>
        <translation>
            <numerusform>%n Fehler in eingereichten Feldern ist noch offen. AWS Marketplace wird das Listing wahrscheinlich ablehnen, bis er behoben ist.</numerusform>
            <numerusform>%n Fehler in eingereichten Feldern sind noch offen. AWS Marketplace wird das Listing wahrscheinlich ablehnen, bis sie behoben sind.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Review Problems</source>
        <translation>Probleme ansehen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Export Anyway</source>
        <translation>Trotzdem exportieren</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+14"/>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <location line="-24"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing changed since the accepted version (%1); no change set was written.</source>
        <translation>Seit der akzeptierten Version (%1) hat sich nichts geändert; es wurde kein Änderungssatz geschrieben.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Export Submission JSON</source>
        <translation>Einreichungs-JSON exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change sets (*.json);;All files (*)</source>
        <translation>Änderungssätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-8"/>
        <location line="+13"/>
        <source>Export failed</source>
        <translation>Export fehlgeschlagen</translation>
    </message>
    <message>
        <location line="-19"/>
        <source>Export with warnings?</source>
        <translation>Mit Warnungen exportieren?</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Export</source>
        <translation>Exportieren</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>Exported %1 — use it with aws marketplace-catalog start-change-set --cli-input-json file://%1</source>
        <translation>%1 exportiert — verwenden Sie die Datei mit aws marketplace-catalog start-change-set --cli-input-json file://%1</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Cannot read the accepted version</source>
        <translation>Die akzeptierte Version kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing was exported.

%1</source>
        <translation>Es wurde nichts exportiert.

%1</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>No product ID</source>
        <translation>Keine Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Neither this listing nor %1 names a product ID; an update is for a published product (prod-…).</source>
        <translation>Weder dieses Listing noch %1 nennt eine Produkt-ID; eine Aktualisierung gilt einem veröffentlichten Produkt (prod-…).</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Set accepted version</source>
        <translation>Akzeptierte Version setzen</translation>
    </message>
    <message>
        <location line="+23"/>
        <source>Open for Review</source>
        <translation>Zur Prüfung öffnen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Open Listing</source>
        <translation>Listing öffnen</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Listings and submitted files (*.proserv.json *.json);;All files (*)</source>
        <translation>Listings und eingereichte Dateien (*.proserv.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-9"/>
        <source>Export an Update Against the Accepted Version</source>
        <translation>Aktualisierung gegen die akzeptierte Version exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>DescribeEntity responses, listings and change sets (*.json);;All files (*)</source>
        <translation>DescribeEntity-Antworten, Listings und Änderungssätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Compare With an Earlier Version</source>
        <translation>Mit einer früheren Version vergleichen</translation>
    </message>
    <message>
        <location line="+20"/>
        <source>Wrote %1 — %2</source>
        <translation>%1 geschrieben — %2</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Recovery snapshot not readable</source>
        <translation>Wiederherstellungskopie nicht lesbar</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A recovery snapshot left by an editor that closed unexpectedly cannot be read: %1.

It is kept as it is at %2.</source>
        <translation>Eine Wiederherstellungskopie, die ein unerwartet beendeter Editor hinterlassen hat, kann nicht gelesen werden: %1.

Sie bleibt unverändert unter %2 erhalten.</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>an unsaved new listing</source>
        <translation>einem ungespeicherten neuen Listing</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>recovered changes</source>
        <translation>wiederhergestellte Änderungen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>proserv::FieldBinding</name>
    <message>
        <location filename="../../ui/form/FieldBindings.cpp" line="+111"/>
        <location line="+303"/>
        <source>Edit %1</source>
        <translation>%1 bearbeiten</translation>
    </message>
    <message>
        <location line="+14"/>
        <source>Add to %1</source>
        <translation>Zu %1 hinzufügen</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Remove from %1</source>
        <translation>Aus %1 entfernen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Reorder %1</source>
        <translation>%1 neu anordnen</translation>
    </message>
</context>
<context>
    <name>proserv::FieldBlock</name>
    <message>
        <location filename="../../ui/form/FieldBlock.cpp" line="+80"/>
        <source>Comment…</source>
        <translation>Kommentar…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on %1</source>
        <translation>Kommentar zu %1</translation>
    </message>
    <message>
        <location line="+47"/>
        <source>Kept in your draft — not sent to AWS Marketplace</source>
        <translation>Bleibt in Ihrem Entwurf — wird nicht an AWS Marketplace gesendet</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>Not part of the submission. Where it matters instead: %1</source>
        <translation>Nicht Teil der Einreichung. Wo es stattdessen zählt: %1</translation>
    </message>
    <message>
        <location line="+50"/>
        <source>Must fix:</source>
        <translation>Muss behoben werden:</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Suggestion:</source>
        <translation>Vorschlag:</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Resolved</source>
        <translation>Erledigt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Comment resolved</source>
        <translation>Kommentar erledigt</translation>
    </message>
    <message>
        <location line="+23"/>
        <location line="+4"/>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1 of %2 characters</source>
        <translation>%1 von %2 Zeichen</translation>
    </message>
    <message>
        <location line="+62"/>
        <source>%1 — %2</source>
        <extracomment>%1 names the row or item (&quot;Pricing dimension 2 (gold): Key&quot;), %2 is the message</extracomment>
        <translation>%1 — %2</translation>
    </message>
</context>
<context>
    <name>proserv::FieldNames</name>
    <message>
        <location filename="../../qtsupport/FieldNames.cpp" line="+26"/>
        <source>Product</source>
        <translation>Produkt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support</source>
        <translation>Support</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service terms</source>
        <translation>Servicebedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Architecture</source>
        <translation>Architektur</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Visibility</source>
        <translation>Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Attestations</source>
        <translation>Bestätigungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Format version</source>
        <translation>Formatversion</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Document kind</source>
        <translation>Dokumentart</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Product ID</source>
        <translation>Produkt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product title</source>
        <translation>Produkttitel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>SKU</source>
        <translation>SKU</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Short description</source>
        <translation>Kurzbeschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Long description</source>
        <translation>Lange Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo URL</source>
        <translation>Logo-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Local logo file</source>
        <translation>Lokale Logodatei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Highlights</source>
        <translation>Kernpunkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Search keywords</source>
        <translation>Suchbegriffe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Categories</source>
        <translation>Kategorien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional resources</source>
        <translation>Weitere Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Additional resource %1</source>
        <translation>Weitere Ressource %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Text</source>
        <translation>Text</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+5"/>
        <source>URL</source>
        <translation>URL</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Video URL</source>
        <translation>Video-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Promotional media</source>
        <translation>Werbemedien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Media item %1</source>
        <translation>Medium %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Type</source>
        <translation>Typ</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Title</source>
        <translation>Titel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Checksum</source>
        <translation>Prüfsumme</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview image</source>
        <translation>Vorschaubild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Thumbnail</source>
        <translation>Miniaturbild</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support description</source>
        <translation>Support-Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support resources</source>
        <translation>Support-Ressourcen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support contacts</source>
        <translation>Support-Kontakte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support email</source>
        <translation>Support-E-Mail</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support phone</source>
        <translation>Support-Telefon</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Support URL</source>
        <translation>Support-URL</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Level of support</source>
        <translation>Support-Umfang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pre-purchase support</source>
        <translation>Support vor dem Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Post-purchase support</source>
        <translation>Support nach dem Kauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Refund policy</source>
        <translation>Erstattungsrichtlinie</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Access method</source>
        <translation>Zugangsweg</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Response time</source>
        <translation>Antwortzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access pending email</source>
        <translation>E-Mail bei ausstehendem Zugang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Access granted email</source>
        <translation>E-Mail bei gewährtem Zugang</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing dimensions</source>
        <translation>Preisdimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Pricing dimension %1</source>
        <translation>Preisdimension %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+59"/>
        <source>Key</source>
        <translation>Schlüssel</translation>
    </message>
    <message>
        <location line="-58"/>
        <location line="+13"/>
        <location line="+46"/>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <location line="-58"/>
        <source>Description</source>
        <translation>Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unit</source>
        <translation>Einheit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Types</source>
        <translation>Typen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service billed</source>
        <translation>Abgerechneter Service</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service terms URL</source>
        <translation>URL der Servicebedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Service terms text</source>
        <translation>Text der Servicebedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Related products</source>
        <translation>Verwandte Produkte</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Customer account</source>
        <translation>Kundenkonto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioning</source>
        <translation>Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Provisioned services</source>
        <translation>Bereitgestellte Services</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM policies</source>
        <translation>IAM-Richtlinien</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>IAM policy %1</source>
        <translation>IAM-Richtlinie %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Policy document</source>
        <translation>Richtliniendokument</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Deployment description</source>
        <translation>Beschreibung der Bereitstellung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent</source>
        <translation>Agent</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agent instructions</source>
        <translation>Anleitung für den Agenten</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+14"/>
        <source>Buyer accounts</source>
        <translation>Käuferkonten</translation>
    </message>
    <message>
        <location line="-13"/>
        <source>Paid seller</source>
        <translation>Zahlender Verkäufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Logo</source>
        <translation>Logo</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Subscriber data</source>
        <translation>Abonnentendaten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Billing</source>
        <translation>Abrechnung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change set name</source>
        <translation>Name des Änderungssatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Intent</source>
        <translation>Absicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Target visibility</source>
        <translation>Ziel-Sichtbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Replacement product ID</source>
        <translation>Ersatzprodukt-ID</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accepted version</source>
        <translation>Akzeptierte Version</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer name</source>
        <translation>Angebotsname</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Internal description</source>
        <translation>Interne Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer ID</source>
        <translation>Angebots-ID</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Countries</source>
        <translation>Länder</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment</source>
        <translation>Zahlungsweise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Currency</source>
        <translation>Währung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upfront prices</source>
        <translation>Preise (Vorauszahlung)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upfront price %1</source>
        <translation>Vorauszahlungspreis %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+4"/>
        <source>Dimension key</source>
        <translation>Dimensionsschlüssel</translation>
    </message>
    <message>
        <location line="-3"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted dimensions</source>
        <translation>Gewährte Dimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Granted dimension %1</source>
        <translation>Gewährte Dimension %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment schedule</source>
        <translation>Zahlungsplan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Payment %1</source>
        <translation>Zahlung %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Zero prices</source>
        <translation>Nullpreise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal terms</source>
        <translation>Rechtsbedingungen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>EULA URL</source>
        <translation>EULA-URL</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Accept by</source>
        <translation>Annehmen bis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement duration</source>
        <translation>Vertragslaufzeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release</source>
        <translation>Freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Listing file</source>
        <translation>Listing-Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product dimensions</source>
        <translation>Produktdimensionen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Product dimension %1</source>
        <translation>Produktdimension %1</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Fixed upfront price</source>
        <translation>Fester Vorauszahlungspreis</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Schedule currency</source>
        <translation>Währung des Zahlungsplans</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Standard contract version</source>
        <translation>Version des Standardvertrags</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Agreement end date</source>
        <translation>Enddatum der Vereinbarung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Change set tags</source>
        <translation>Tags des Änderungssatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release details</source>
        <translation>Angaben zur Freigabe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Changes at AWS</source>
        <translation>Änderungen bei AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Release product</source>
        <translation>Produkt freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Order of the changes</source>
        <translation>Reihenfolge der Änderungen</translation>
    </message>
    <message>
        <location line="+74"/>
        <source>The whole document</source>
        <translation>Das ganze Dokument</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>%1, item %2</source>
        <translation>%1, Eintrag %2</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>List</source>
        <translation>Liste</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
</context>
<context>
    <name>proserv::FindingsModel</name>
    <message>
        <location filename="../../ui/shell/ProblemsPanel.cpp" line="+108"/>
        <source>Problem</source>
        <translation>Problem</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Rule</source>
        <translation>Regel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Section</source>
        <translation>Abschnitt</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Line</source>
        <translation>Zeile</translation>
    </message>
</context>
<context>
    <name>proserv::GuidelinePanel</name>
    <message>
        <location filename="../../ui/review/GuidelinePanel.cpp" line="+15"/>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>en</source>
        <extracomment>The code of the language this catalogue translates into (&quot;de&quot;): the guideline text in that language is resources/guidelines/proserv-product-guidelines.&lt;code&gt;.md, shown marked as an unofficial translation.</extracomment>
        <translation>de</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Select a problem to read the guideline it enforces.</source>
        <translation>Wählen Sie ein Problem, um die Richtlinie zu lesen, die es durchsetzt.</translation>
    </message>
    <message>
        <location line="+24"/>
        <source>Unofficial translation by ProServ Listing Editor. AWS Marketplace reviews against its English text, below.</source>
        <translation>Inoffizielle Übersetzung des ProServ Listing Editors. AWS Marketplace prüft gegen den englischen Text darunter.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS&apos;s text (English)</source>
        <translation>Der Text von AWS (Englisch)</translation>
    </message>
</context>
<context>
    <name>proserv::ListingDocument</name>
    <message>
        <location filename="../../ui/document/ListingDocument.cpp" line="+28"/>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled listing</source>
        <translation>Unbenanntes Listing</translation>
    </message>
</context>
<context>
    <name>proserv::ListingForm</name>
    <message>
        <location filename="../../ui/listing/ListingForm.cpp" line="+19"/>
        <source>Product listing</source>
        <translation>Produkt-Listing</translation>
    </message>
</context>
<context>
    <name>proserv::LogoPicker</name>
    <message>
        <location filename="../../ui/listing/ListingEditors.cpp" line="+34"/>
        <source>No local file: only the URL is checked</source>
        <translation>Keine lokale Datei: Nur die URL wird geprüft</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Choose…</source>
        <translation>Auswählen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+34"/>
        <source>Choose logo file</source>
        <translation>Logodatei auswählen</translation>
    </message>
    <message>
        <location line="-5"/>
        <source>Choose the product logo</source>
        <translation>Produktlogo auswählen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Images (*.png *.jpg *.jpeg *.gif);;All files (*)</source>
        <translation>Bilder (*.png *.jpg *.jpeg *.gif);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>No logo</source>
        <translation>Kein Logo</translation>
    </message>
    <message>
        <location line="+15"/>
        <source>?</source>
        <translation>?</translation>
    </message>
    <message>
        <location filename="../../ui/document/LocalLogo.cpp" line="+33"/>
        <source>%1 is too large to preview</source>
        <translation>%1 ist zu groß für die Vorschau</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Cannot read %1: %2</source>
        <translation>%1 kann nicht gelesen werden: %2</translation>
    </message>
    <message>
        <location line="+6"/>
        <location line="+24"/>
        <source>Cannot read an image from %1</source>
        <translation>Aus %1 kann kein Bild gelesen werden</translation>
    </message>
    <message>
        <location line="-21"/>
        <source>%1 × %2 px, %3, %4</source>
        <translation>%1 × %2 px, %3, %4</translation>
    </message>
    <message>
        <location filename="../../ui/listing/ListingEditors.cpp" line="-5"/>
        <source>Not previewed</source>
        <translation>Keine Vorschau</translation>
    </message>
    <message>
        <location filename="../../ui/document/LocalLogo.cpp" line="+7"/>
        <source>Images over %1 megapixels are described, not decoded, so a logo cannot exhaust the editor&apos;s memory.</source>
        <translation>Bilder über %1 Megapixel werden beschrieben, nicht dekodiert, damit ein Logo den Speicher des Editors nicht erschöpfen kann.</translation>
    </message>
</context>
<context>
    <name>proserv::MainWindow</name>
    <message>
        <location filename="../../ui/shell/MainWindow.cpp" line="+82"/>
        <location line="+38"/>
        <source>Crash recovery is off</source>
        <translation>Absturz-Wiederherstellung ist aus</translation>
    </message>
    <message>
        <location line="+208"/>
        <source>Guideline</source>
        <translation>Richtlinie</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Buyer Page Preview</source>
        <translation>Vorschau der Käuferseite</translation>
    </message>
    <message>
        <location line="+19"/>
        <source>&lt;opened listing&gt;</source>
        <translation>&lt;geöffnetes Listing&gt;</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo history</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Undo History</source>
        <translation>Rückgängig-Verlauf</translation>
    </message>
    <message>
        <location line="+46"/>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;New</source>
        <translation>&amp;Neu</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Blank Listing</source>
        <translation>&amp;Leeres Listing</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>From &amp;Example</source>
        <translation>Aus &amp;Beispiel</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Offer for This Product…</source>
        <translation>&amp;Angebot für dieses Produkt…</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft a private offer for the open listing&apos;s product: its ID, dimensions, refund policy and service terms filled in.</source>
        <translation>Ein privates Angebot für das Produkt des offenen Listings entwerfen: ID, Dimensionen, Erstattungsrichtlinie und Servicebedingungen sind schon eingetragen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Open O&amp;ffer Part of a Change Set…</source>
        <translation>&amp;Angebotsteil eines Änderungssatzes öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open the private offer&apos;s changes of a change set that also changes the product, as an offer of its own.</source>
        <translation>Die Änderungen des privaten Angebots aus einem Änderungssatz, der auch das Produkt ändert, als eigenes Angebot öffnen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Open for Re&amp;view…</source>
        <translation>Zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+O</source>
        <translation>Ctrl+Shift+O</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open Recen&amp;t</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Save</source>
        <translation>&amp;Speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save &amp;As…</source>
        <translation>Speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Submission JSON…</source>
        <translation>Einreichungs-JSON &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <location line="+29"/>
        <source>Ctrl+E</source>
        <translation>Ctrl+E</translation>
    </message>
    <message>
        <location line="-27"/>
        <source>Export &amp;Update Against…</source>
        <translation>Ak&amp;tualisierung exportieren gegen…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Send only what changed since the version AWS Marketplace accepted (a DescribeEntity response or an earlier file).</source>
        <translation>Nur senden, was sich seit der von AWS Marketplace akzeptierten Version geändert hat (eine DescribeEntity-Antwort oder eine frühere Datei).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Export Review &amp;Report…</source>
        <translation>Prüfbe&amp;richt exportieren…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Compare With…</source>
        <translation>&amp;Vergleichen mit…</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>&amp;Save Offer</source>
        <translation>Angebot &amp;speichern</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Save Offer &amp;As…</source>
        <translation>Angebot speichern &amp;unter…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Export Offer Change Set…</source>
        <translation>Änderungssatz des Angebots &amp;exportieren…</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Edit</source>
        <translation>&amp;Bearbeiten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Undo</source>
        <translation>&amp;Rückgängig</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Redo</source>
        <translation>&amp;Wiederherstellen</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Comment on &amp;Problem…</source>
        <translation>Zu &amp;Problem kommentieren…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Select a problem in the Problems list first (Ctrl+Shift+M).</source>
        <translation>Wählen Sie zuerst ein Problem in der Problemliste (Strg+Umschalt+M).</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+P</source>
        <translation>Ctrl+Shift+P</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Comment on &amp;Field…</source>
        <translation>Zu &amp;Feld kommentieren…</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Put the cursor in a field first (Alt+its letter).</source>
        <translation>Setzen Sie zuerst den Cursor in ein Feld (Alt+sein Buchstabe).</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Ctrl+Shift+C</source>
        <translation>Ctrl+Shift+C</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Undo &amp;History</source>
        <translation>Rückgängig-&amp;Verlauf</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;View</source>
        <translation>&amp;Ansicht</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>&amp;Buyer Page Preview</source>
        <translation>&amp;Vorschau der Käuferseite</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+B</source>
        <translation>Ctrl+Shift+B</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;What Will Be Submitted…</source>
        <translation>&amp;Was eingereicht wird…</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Ctrl+Shift+E</source>
        <translation>Ctrl+Shift+E</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Next Section</source>
        <translation>&amp;Nächster Abschnitt</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pre&amp;vious Section</source>
        <translation>V&amp;orheriger Abschnitt</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Guidelines</source>
        <translation>&amp;Richtlinien</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>&amp;About ProServ Listing Editor</source>
        <translation>Ü&amp;ber ProServ Listing Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>About ProServ Listing Editor</source>
        <translation>Über ProServ Listing Editor</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&lt;b&gt;ProServ Listing Editor %1&lt;/b&gt;&lt;p&gt;Drafts AWS Marketplace professional services listings, checks them against the marketplace guidelines and exports Catalog API change sets. Works offline.&lt;/p&gt;&lt;p&gt;The offensive-language check uses the English “List of Dirty, Naughty, Obscene, and Otherwise Bad Words” by Shutterstock, licensed CC BY 4.0.&lt;/p&gt;</source>
        <translation>&lt;b&gt;ProServ Listing Editor %1&lt;/b&gt;&lt;p&gt;Entwirft Listings für professionelle Dienstleistungen in AWS Marketplace, prüft sie gegen die Marketplace-Richtlinien und exportiert Änderungssätze für die Catalog API. Funktioniert offline.&lt;/p&gt;&lt;p&gt;Die Prüfung auf anstößige Sprache verwendet die englische „List of Dirty, Naughty, Obscene, and Otherwise Bad Words“ von Shutterstock, lizenziert unter CC BY 4.0.&lt;/p&gt;</translation>
    </message>
    <message>
        <location line="+12"/>
        <source>%1 (review, read-only)</source>
        <translation>%1 (Prüfung, schreibgeschützt)</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>%1[*] — ProServ Listing Editor</source>
        <translation>%1[*] — ProServ Listing Editor</translation>
    </message>
    <message numerus="yes">
        <location line="+12"/>
        <source>%n to fill in</source>
        <translation>
            <numerusform>%n auszufüllen</numerusform>
            <numerusform>%n auszufüllen</numerusform>
        </translation>
    </message>
    <message>
        <location line="+53"/>
        <source>&lt;b&gt;Review mode.&lt;/b&gt; %1 is open read-only and will not be changed. Comments are saved to %2.</source>
        <translation>&lt;b&gt;Prüfmodus.&lt;/b&gt; %1 ist schreibgeschützt geöffnet und wird nicht verändert. Kommentare werden in %2 gespeichert.</translation>
    </message>
    <message>
        <location line="+21"/>
        <source>%1 at %2</source>
        <translation>%1 bei %2</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment not saved</source>
        <translation>Kommentar nicht gespeichert</translation>
    </message>
</context>
<context>
    <name>proserv::MarkdownEditor</name>
    <message>
        <location filename="../../ui/form/CompositeEditors.cpp" line="+33"/>
        <source>Long description preview</source>
        <translation>Vorschau der langen Beschreibung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Write</source>
        <translation>Schreiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
    <message>
        <location line="+18"/>
        <source>*(The preview stops here: the rest is too long or holds too many links, lists or styles to render quickly. The text itself is kept whole.)*</source>
        <translation>*(Die Vorschau endet hier: Der Rest ist zu lang oder enthält zu viele Links, Listen oder Formatierungen, um schnell dargestellt zu werden. Der Text selbst bleibt vollständig erhalten.)*</translation>
    </message>
</context>
<context>
    <name>proserv::OfferDocument</name>
    <message>
        <location filename="../../ui/document/OfferDocument.cpp" line="+22"/>
        <source>%1 (imported)</source>
        <translation>%1 (importiert)</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Untitled offer</source>
        <translation>Unbenanntes Angebot</translation>
    </message>
</context>
<context>
    <name>proserv::OfferFiles</name>
    <message>
        <location filename="../../ui/files/OfferFiles.cpp" line="+49"/>
        <location line="+149"/>
        <source>Cannot open %1</source>
        <translation>%1 kann nicht geöffnet werden</translation>
    </message>
    <message>
        <location line="-148"/>
        <source>The file was not opened.

%1</source>
        <translation>Die Datei wurde nicht geöffnet.

%1</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Review comments not read</source>
        <translation>Prüfkommentare nicht gelesen</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Imported an offer; save it as an offer file to keep your edits.</source>
        <translation>Angebot importiert; speichern Sie es als Angebotsdatei, um Ihre Änderungen zu behalten.</translation>
    </message>
    <message>
        <location line="+34"/>
        <source>the open listing</source>
        <translation>das offene Listing</translation>
    </message>
    <message>
        <location line="+13"/>
        <source>Saved %1</source>
        <translation>%1 gespeichert</translation>
    </message>
    <message>
        <location line="+16"/>
        <location line="+87"/>
        <source>offer</source>
        <translation>angebot</translation>
    </message>
    <message>
        <location line="-84"/>
        <source>Save Offer</source>
        <translation>Angebot speichern</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Private offers (*.offer.json);;All files (*)</source>
        <translation>Private Angebote (*.offer.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Offer not exported</source>
        <translation>Angebot nicht exportiert</translation>
    </message>
    <message numerus="yes">
        <location line="+1"/>
        <source>The offer has %n error(s) that AWS Marketplace would refuse; fix them first (Problems, Ctrl+Shift+M).</source>
        <translation>
            <numerusform>Das Angebot hat %n Fehler, den AWS Marketplace ablehnen würde; beheben Sie ihn zuerst (Probleme, Strg+Umschalt+M).</numerusform>
            <numerusform>Das Angebot hat %n Fehler, die AWS Marketplace ablehnen würde; beheben Sie sie zuerst (Probleme, Strg+Umschalt+M).</numerusform>
        </translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Nothing to export</source>
        <translation>Nichts zu exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer %1 is as AWS Marketplace holds it: change what should change first.</source>
        <translation>Angebot %1 ist so, wie AWS Marketplace es hält: Ändern Sie zuerst, was sich ändern soll.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Export Offer Change Set</source>
        <translation>Änderungssatz des Angebots exportieren</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>offer-changeset.json</source>
        <translation>offer-changeset.json</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+25"/>
        <source>Change sets (*.json);;All files (*)</source>
        <translation>Änderungssätze (*.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="-20"/>
        <source>Change set not written</source>
        <translation>Änderungssatz nicht geschrieben</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Exported %1</source>
        <translation>%1 exportiert</translation>
    </message>
    <message>
        <location line="+16"/>
        <source>Open the Offer Part of a Change Set</source>
        <translation>Den Angebotsteil eines Änderungssatzes öffnen</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>Compare With Another Version of the Offer</source>
        <translation>Mit einer anderen Version des Angebots vergleichen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offers and submitted files (*.offer.json *.json);;All files (*)</source>
        <translation>Angebote und eingereichte Dateien (*.offer.json *.json);;Alle Dateien (*)</translation>
    </message>
    <message>
        <location line="+37"/>
        <source>Wrote %1 — %2</source>
        <translation>%1 geschrieben — %2</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>an unsaved new offer</source>
        <translation>ein ungespeichertes neues Angebot</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>recovered changes</source>
        <translation>wiederhergestellte Änderungen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Recover unsaved changes</source>
        <translation>Ungespeicherte Änderungen wiederherstellen</translation>
    </message>
</context>
<context>
    <name>proserv::OfferForm</name>
    <message>
        <location filename="../../ui/offer/OfferForm.cpp" line="+17"/>
        <source>Offer</source>
        <translation>Angebot</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>What the buyer&apos;s whole organisation sees on the agreement, and your own note on it.</source>
        <translation>Was die ganze Organisation des Käufers im Vertrag sieht, und Ihre eigene Notiz dazu.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Offer &amp;name</source>
        <translation>Angebots&amp;name</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Shown to the buyer on the offer and the agreement. No personal data.</source>
        <translation>Wird dem Käufer im Angebot und im Vertrag gezeigt. Keine personenbezogenen Daten.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Internal description</source>
        <translation>&amp;Interne Beschreibung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>For your team only; buyers never see it.</source>
        <translation>Nur für Ihr Team; Käufer sehen sie nie.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Product ID</source>
        <translation>&amp;Produkt-ID</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The product this offer sells, as AWS Marketplace holds it (prod-…).</source>
        <translation>Das Produkt, das dieses Angebot verkauft, wie AWS Marketplace es führt (prod-…).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Offer I&amp;D</source>
        <translation>Angebots-I&amp;D</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Only for an offer AWS Marketplace already holds (offer-…); empty for a new one.</source>
        <translation>Nur für ein Angebot, das AWS Marketplace schon führt (offer-…); leer für ein neues.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Buyers</source>
        <translation>Käufer</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Every professional services offer is private: name the buyer&apos;s AWS accounts.</source>
        <translation>Jedes Angebot für Professional Services ist privat: Nennen Sie die AWS-Konten des Käufers.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Buyer &amp;accounts</source>
        <translation>Käufer&amp;konten</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>1 to 26 AWS account IDs, 12 digits each.</source>
        <translation>1 bis 26 AWS-Konto-IDs mit je 12 Ziffern.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>account</source>
        <translation>Konto</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Countries</source>
        <translation>&amp;Länder</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Optional: ISO 3166-1 codes (US, DE, JP) the buyer must be in.</source>
        <translation>Optional: Codes nach ISO 3166-1 (US, DE, JP), in denen der Käufer sein muss.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>country</source>
        <translation>Land</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upfront: a price per dimension for the whole agreement. Installments: the dimensions granted, and dated payments.</source>
        <translation>Vorauszahlung: ein Preis je Dimension für den ganzen Vertrag. Raten: die gewährten Dimensionen und datierte Zahlungen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Payment</source>
        <translation>&amp;Zahlungsweise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the buyer pays.</source>
        <translation>Wie der Käufer bezahlt.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Upfront</source>
        <translation>Vorauszahlung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments</source>
        <translation>Raten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>C&amp;urrency</source>
        <translation>Wä&amp;hrung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>One currency for the whole offer.</source>
        <translation>Eine Währung für das ganze Angebot.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Upfront p&amp;rices</source>
        <translation>P&amp;reise (Vorauszahlung)</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A price per product dimension, up to 3 decimals, no currency sign.</source>
        <translation>Ein Preis je Produktdimension, bis zu 3 Nachkommastellen, ohne Währungszeichen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+0"/>
        <location line="+5"/>
        <source>Dimension key</source>
        <translation>Dimensionsschlüssel</translation>
    </message>
    <message>
        <location line="-4"/>
        <source>Price</source>
        <translation>Preis</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Granted dimensions</source>
        <translation>&amp;Gewährte Dimensionen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Installments: the dimensions the payments pay for.</source>
        <translation>Raten: die Dimensionen, für die die Zahlungen bezahlen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>dimension</source>
        <translation>Dimension</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Quantity</source>
        <translation>Menge</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Payment &amp;schedule</source>
        <translation>Zahlungs&amp;plan</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Installments: up to 60 payments, dates as YYYY-MM-DD, amounts up to 2 decimals.</source>
        <translation>Raten: bis zu 60 Zahlungen, Daten als JJJJ-MM-TT, Beträge bis zu 2 Nachkommastellen.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>payment</source>
        <translation>Zahlung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Date</source>
        <translation>Datum</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Amount</source>
        <translation>Betrag</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Zero prices</source>
        <translation>&amp;Nullpreise</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>I mean to offer a price of 0</source>
        <translation>Ich will einen Preis von 0 anbieten</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The portal&apos;s &quot;enable zero dollar prices&quot;.</source>
        <translation>Im Portal „enable zero dollar prices“.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Terms</source>
        <translation>Bedingungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The contract and the refund policy.</source>
        <translation>Der Vertrag und die Erstattungsrichtlinie.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Legal terms</source>
        <translation>&amp;Vertragsbedingungen</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>AWS&apos;s standard contract (2022-07-14) or your own EULA.</source>
        <translation>Der Standardvertrag von AWS (2022-07-14) oder Ihre eigene EULA.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>AWS standard contract</source>
        <translation>Standardvertrag von AWS</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Custom EULA</source>
        <translation>Eigene EULA</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;EULA URL</source>
        <translation>&amp;EULA-URL</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Custom EULA: a public or presigned https Amazon S3 URL.</source>
        <translation>Eigene EULA: eine öffentliche oder vorsignierte https-URL in Amazon S3.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Refund policy</source>
        <translation>&amp;Rückerstattung</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>How the buyer requests a refund. Plain ASCII, up to 500 characters.</source>
        <translation>Wie der Käufer eine Erstattung beantragt. Reines ASCII, bis zu 500 Zeichen.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Availability</source>
        <translation>Verfügbarkeit</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How long the buyer can accept, and how long the agreement lasts.</source>
        <translation>Wie lange der Käufer annehmen kann und wie lange der Vertrag läuft.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept &amp;by</source>
        <translation>Annehmen &amp;bis</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>The last day the buyer can accept, YYYY-MM-DD (UTC).</source>
        <translation>Der letzte Tag, an dem der Käufer annehmen kann, JJJJ-MM-TT (UTC).</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Agreement &amp;duration</source>
        <translation>Vertrags&amp;laufzeit</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>ISO 8601: P12M is 12 months, P1Y a year, P90D 90 days.</source>
        <translation>ISO 8601: P12M sind 12 Monate, P1Y ein Jahr, P90D 90 Tage.</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Submission</source>
        <translation>Einreichung</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>The offer goes to AWS Marketplace as a change set of its own.</source>
        <translation>Das Angebot geht als eigener Änderungssatz an AWS Marketplace.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;Release</source>
        <translation>&amp;Freigeben</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>Release the offer to the buyer now</source>
        <translation>Das Angebot jetzt für den Käufer freigeben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Unticked, the offer stays a draft in AWS Marketplace for you to review before releasing it.</source>
        <translation>Ohne Haken bleibt das Angebot ein Entwurf in AWS Marketplace, den Sie vor der Freigabe prüfen können.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Change set &amp;name</source>
        <translation>&amp;Name des Änderungssatzes</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>How the request is named in AWS Marketplace; empty: made from the offer&apos;s name.</source>
        <translation>Wie der Request in AWS Marketplace heißt; leer: aus dem Namen des Angebots gebildet.</translation>
    </message>
    <message>
        <location line="+35"/>
        <source>Private offer</source>
        <translation>Privates Angebot</translation>
    </message>
</context>
<context>
    <name>proserv::OfferPreview</name>
    <message>
        <location filename="../../ui/views/OfferPreview.cpp" line="+11"/>
        <source>Buyer&apos;s view of the offer</source>
        <translation>Käuferansicht des Angebots</translation>
    </message>
    <message>
        <location line="+10"/>
        <source>Private offer for %1</source>
        <translation>Privates Angebot für %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Pricing</source>
        <translation>Preise</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Included in the contract:</source>
        <translation>Im Vertrag enthalten:</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Payment schedule:</source>
        <translation>Zahlungsplan:</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>No prices yet.</source>
        <translation>Noch keine Preise.</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>No payments yet.</source>
        <translation>Noch keine Zahlungen.</translation>
    </message>
    <message numerus="yes">
        <location line="+4"/>
        <source>… and %n more row(s), not shown here.</source>
        <translation>
            <numerusform>… und %n weitere Zeile, hier nicht gezeigt.</numerusform>
            <numerusform>… und %n weitere Zeilen, hier nicht gezeigt.</numerusform>
        </translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Total: %1</source>
        <translation>Gesamt: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Contract</source>
        <translation>Vertrag</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Length: %1</source>
        <translation>Laufzeit: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Accept this offer by: %1</source>
        <translation>Dieses Angebot annehmen bis: %1</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Legal terms: %1</source>
        <translation>Rechtsbedingungen: %1</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>Refund policy</source>
        <translation>Erstattungsrichtlinie</translation>
    </message>
</context>
<context>
    <name>proserv::ProblemsDock</name>
    <message>
        <location filename="../../ui/shell/ProblemsDock.cpp" line="+19"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;Problems</source>
        <translation>&amp;Probleme</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>Ctrl+Shift+M</source>
        <translation>Ctrl+Shift+M</translation>
    </message>
</context>
<context>
    <name>proserv::ProblemsPanel</name>
    <message>
        <location filename="../../ui/shell/ProblemsPanel.cpp" line="+38"/>
        <source>Problems</source>
        <translation>Probleme</translation>
    </message>
    <message>
        <location line="+31"/>
        <source>Show All</source>
        <translation>Alle zeigen</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Comment on Problem…</source>
        <translation>Problem kommentieren…</translation>
    </message>
    <message>
        <location line="+5"/>
        <location line="+158"/>
        <source>No problems: this meets every guideline the editor can check.</source>
        <translation>Keine Probleme: Das erfüllt jede Richtlinie, die der Editor prüfen kann.</translation>
    </message>
    <message>
        <location line="-10"/>
        <source>Show errors</source>
        <translation>Fehler anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show warnings</source>
        <translation>Warnungen anzeigen</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Show notes</source>
        <translation>Hinweise anzeigen</translation>
    </message>
    <message numerus="yes">
        <location line="+6"/>
        <source>%n more in fields not filled in yet</source>
        <translation>
            <numerusform>%n weiteres in noch nicht ausgefüllten Feldern</numerusform>
            <numerusform>%n weitere in noch nicht ausgefüllten Feldern</numerusform>
        </translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Nothing wrong in what you have filled in so far.</source>
        <translation>In dem, was Sie bisher ausgefüllt haben, ist nichts falsch.</translation>
    </message>
</context>
<context>
    <name>proserv::RecentFiles</name>
    <message>
        <location filename="../../ui/files/RecentFiles.cpp" line="+69"/>
        <source>&amp;Remove from List</source>
        <translation>Aus Liste &amp;entfernen</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>&amp;Clear List</source>
        <translation>Liste &amp;leeren</translation>
    </message>
</context>
<context>
    <name>proserv::RecoveryStore</name>
    <message>
        <location filename="../../ui/document/RecoveryStore.cpp" line="+89"/>
        <source>No recovery snapshot can be kept of %1: %2. Save your work often.</source>
        <translation>Von %1 kann kein Wiederherstellungsstand gehalten werden: %2. Speichern Sie oft.</translation>
    </message>
    <message>
        <location line="+11"/>
        <source>Your unsaved changes cannot be kept for recovery after a crash: %1 Save your work often; recovery works again once the folder %2 can be written.</source>
        <translation>Ihre ungespeicherten Änderungen können nicht für eine Wiederherstellung nach einem Absturz aufbewahrt werden: %1 Speichern Sie Ihre Arbeit häufig; die Wiederherstellung funktioniert wieder, sobald in den Ordner %2 geschrieben werden kann.</translation>
    </message>
    <message>
        <location line="+28"/>
        <source>it is %1 MiB, over the %2 MiB this program reads</source>
        <translation>sie ist %1 MiB groß, mehr als die %2 MiB, die dieses Programm liest</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>it is not valid JSON</source>
        <translation>sie ist kein gültiges JSON</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>it holds no listing</source>
        <translation>sie enthält kein Listing</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>its offer cannot be read</source>
        <translation>sein Angebot kann nicht gelesen werden</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>its listing cannot be read</source>
        <translation>ihr Listing kann nicht gelesen werden</translation>
    </message>
</context>
<context>
    <name>proserv::ReviewSession</name>
    <message>
        <location filename="../../ui/document/ReviewSession.cpp" line="+73"/>
        <source>Save the listing first: comments are stored next to it.</source>
        <translation>Speichern Sie zuerst das Listing: Kommentare werden daneben abgelegt.</translation>
    </message>
</context>
<context>
    <name>proserv::SectionNavigator</name>
    <message>
        <location filename="../../ui/shell/SectionNavigator.cpp" line="+12"/>
        <source>Sections</source>
        <translation>Abschnitte</translation>
    </message>
</context>
<context>
    <name>proserv::SubmissionView</name>
    <message>
        <location filename="../../ui/views/SubmissionView.cpp" line="+60"/>
        <source>What Will Be Submitted</source>
        <translation>Was eingereicht wird</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>This is the change set the export writes: what AWS Marketplace receives. Fields below it stay in your draft.</source>
        <translation>Dies ist der Änderungssatz, den der Export schreibt: was AWS Marketplace erhält. Die Felder darunter bleiben in Ihrem Entwurf.</translation>
    </message>
    <message>
        <location line="+7"/>
        <source>Submitted fields</source>
        <translation>Eingereichte Felder</translation>
    </message>
    <message>
        <location line="+1"/>
        <location line="+16"/>
        <source>Field</source>
        <translation>Feld</translation>
    </message>
    <message>
        <location line="-16"/>
        <source>Value</source>
        <translation>Wert</translation>
    </message>
    <message>
        <location line="+8"/>
        <source>&amp;Submitted</source>
        <translation>&amp;Eingereicht</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>&amp;JSON</source>
        <translation>&amp;JSON</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&lt;b&gt;Kept in your draft — not sent to AWS Marketplace&lt;/b&gt;</source>
        <translation>&lt;b&gt;Bleibt in Ihrem Entwurf — wird nicht an AWS Marketplace gesendet&lt;/b&gt;</translation>
    </message>
    <message>
        <location line="+4"/>
        <source>Fields kept in your draft</source>
        <translation>Felder, die in Ihrem Entwurf bleiben</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Where it matters instead</source>
        <translation>Wo es stattdessen zählt</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>&amp;Export…</source>
        <translation>E&amp;xportieren…</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — sent as written</source>
        <translation>%1 — unverändert gesendet</translation>
    </message>
    <message>
        <location line="+9"/>
        <source>Dimension %1</source>
        <translation>Dimension %1</translation>
    </message>
    <message numerus="yes">
        <location line="+14"/>
        <location line="+9"/>
        <source>%n item(s)</source>
        <translation>
            <numerusform>%n Eintrag</numerusform>
            <numerusform>%n Einträge</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>proserv::WelcomePage</name>
    <message>
        <location filename="../../ui/shell/WelcomePage.cpp" line="+33"/>
        <source>ProServ Listing Editor</source>
        <translation>ProServ Listing Editor</translation>
    </message>
    <message>
        <location line="+5"/>
        <source>Draft an AWS Marketplace professional services listing, see which marketplace guideline each field breaks as you type, and export the submission JSON. Everything stays on this computer.</source>
        <translation>Entwerfen Sie ein AWS-Marketplace-Listing für Professional Services, sehen Sie beim Tippen, gegen welche Marketplace-Richtlinie ein Feld verstößt, und exportieren Sie das Einreichungs-JSON. Alles bleibt auf diesem Computer.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>&amp;New blank listing</source>
        <translation>&amp;Neues leeres Listing</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Empty fields. Problems show once you have filled in or left a field; the status bar counts what is left to fill in.</source>
        <translation>Leere Felder. Probleme erscheinen, sobald Sie ein Feld ausgefüllt oder verlassen haben; die Statusleiste zählt, was noch auszufüllen ist.</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>New from e&amp;xample</source>
        <translation>Neu aus Bei&amp;spiel</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A complete sample listing that passes every check, to adapt.</source>
        <translation>Ein vollständiges Beispiel-Listing, das jede Prüfung besteht, zum Anpassen.</translation>
    </message>
    <message>
        <location line="+2"/>
        <source>&amp;Open…</source>
        <translation>Ö&amp;ffnen…</translation>
    </message>
    <message>
        <location line="+0"/>
        <source>A saved listing, a change set or a DescribeEntity response.</source>
        <translation>Ein gespeichertes Listing, ein Change Set oder eine DescribeEntity-Antwort.</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>Open for &amp;review…</source>
        <translation>Zur &amp;Prüfung öffnen…</translation>
    </message>
    <message>
        <location line="+1"/>
        <source>A submitted file, read-only, with comments and a findings report.</source>
        <translation>Eine eingereichte Datei, schreibgeschützt, mit Kommentaren und Befundbericht.</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recen&amp;t files</source>
        <translation>&amp;Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+6"/>
        <source>Recent files</source>
        <translation>Zuletzt geöffnet</translation>
    </message>
    <message>
        <location line="+3"/>
        <source>No files opened yet.</source>
        <translation>Noch keine Dateien geöffnet.</translation>
    </message>
    <message>
        <location line="+36"/>
        <source>%1 — %2</source>
        <translation>%1 — %2</translation>
    </message>
</context>
</TS>
