# Probleme mit Eingaben (Diagnosen): Dateien, die nicht gelesen oder geparst werden können,
# abgewiesene Dateien, ignorierte Unterdrückungen, Konfiguration, die nichts bezeichnet. Argumente
# sind Pfade, Namen, Werte und der eigene Fehlertext des Parsers oder des Systems; sie werden nicht übersetzt.

## the diagnostic line

diag-line = { $level }: { $place }: { $message }
diag-level-error = Fehler
diag-level-warning = Warnung
diag-command-line = (Befehlszeile)

## CloudFormation templates

diag-cfn-parse = Vorlage kann nicht geparst werden: { $error }
diag-cfn-resources-not-map = `Resources` muss eine Zuordnung (Mapping) sein.
diag-cfn-rain-module = Die Ressource '{ $resource }' ist ein Rain-Modul; packen Sie die Vorlage mit `rain pkg`, um zu prüfen, was sie erstellt.
diag-cfn-no-type = Die Ressource '{ $resource }' hat keinen `Type`; sie wurde übersprungen.
diag-cfn-properties-not-map = Die Properties von '{ $resource }' sind keine Zuordnung (Mapping).
diag-cfn-foreach-shape = Fn::ForEach benötigt [Identifier, Collection, Template].
diag-cfn-foreach-deploy-time = Die Sammlung von { $loop } ist erst bei der Bereitstellung bekannt; ihre Ressourcen wurden nicht geprüft.

## reading files

diag-read-file = Datei kann nicht gelesen werden: { $error }
diag-read-not-inventory = Datei kann nicht gelesen werden: kein phiguard-Inventar (kein "format": "phiguard-inventory/1")
diag-read-too-large = Datei kann nicht gelesen werden: { $size } Bytes überschreiten die Grenze von { $limit } Bytes
diag-read-not-utf8 = Datei kann nicht gelesen werden: kein UTF-8-Text

## Terraform

diag-tf-read-vars = Variablendatei kann nicht gelesen werden: { $error }
diag-tf-var-undeclared = --var { $name }: In diesem Modul ist keine Variable "{ $name }" deklariert.
diag-tf-json-parse = Terraform-JSON-Datei kann nicht geparst werden: { $error }
diag-tf-plan-parse = Terraform-Plan kann nicht geparst werden: { $error }
diag-tf-vars-parse = Variablendatei kann nicht geparst werden: { $error }
diag-tf-parse = Terraform-Datei kann nicht geparst werden: { $error }
diag-tf-attachment-outside = { $address }: Die Ressource, die es konfiguriert, ist nicht Teil dieses Scans; ihre Einstellungen werden nicht geprüft.
diag-tf-policy-document-cycle = { $document } schließt sein eigenes Dokument ein (direkt oder über ein anderes); es ist unbestimmt.
diag-tf-module-source-not-read = Das Modul "{ $name }" stammt aus '{ $source }', das nicht gelesen wird (gelesen werden nur lokale Module und mit `terraform init` installierte Module); seine Ausgaben sind unbekannt.
diag-tf-module-cycle = module.{ $name } ruft { $dir } auf, ein Modul, das bereits gelesen wird (ein Zyklus: { $cycle }); es wird nicht erneut gelesen.
diag-tf-module-too-deep = module.{ $name } ist tiefer als { $depth } Module verschachtelt; es wird nicht gelesen.
diag-tf-module-file-refused = Modul "{ $name }": { $file } wird nicht gelesen: { $error }
diag-tf-module-empty = Modul "{ $name }": In { $dir } wurden keine .tf-Dateien gelesen.
diag-tf-module-unreadable = Modul "{ $name }": { $dir } kann nicht gelesen werden: { $error }
diag-tf-count-capped = count ist { $count }; nur die ersten { $max } Instanzen werden gelesen.
diag-tf-range-too-long = range() würde mehr als { $max } Zahlen ergeben, die phiguard nicht auswertet; der Wert ist unbekannt.
diag-tf-data-file-refused = Die Datei '{ $file }' wird nicht gelesen: { $error }
diag-tf-value-refused = Dieser Wert ist unbekannt: { $reason }
diag-tf-its-count = count: { $reason }
diag-tf-its-for-each = for_each: { $reason }
diag-tf-module-instances-unknown = Modul "{ $name }": { $why } Seine Ressourcen werden einmal beurteilt, für jede Instanz, die es erzeugen kann.
diag-tf-block-instances-unknown = { $address }: { $why } Der Block wird einmal beurteilt, für jede Instanz, die er erzeugen kann.

## inventories

diag-inventory-invalid = Ungültiges Inventar in Zeile { $line }: { $error }
diag-inventory-format = Nicht unterstütztes Inventarformat '{ $format }' (dieses phiguard liest '{ $supported }').
diag-inventory-gap = { $action } ist in Konto { $account }, Region { $region } fehlgeschlagen ({ $reason }): { $kinds } nicht gelesen; Regeln, die davon abhängen, sind dort unbestimmt.
diag-inventory-tags-unread = { $action } ist in Konto { $account }, Region { $region } fehlgeschlagen ({ $reason }): Die Tags von { $resources } wurden nicht gelesen; darunter kann ein PHI-Tag sein, daher gelten sie, wo PHI per Tag markiert wird, als PHI-haltig.

## suppressions

diag-suppression-what =
    { $kind ->
        [inline] die Inline-Unterdrückung von { $rule }
        [resource] die Unterdrückung von { $rule } für '{ $resource }'
       *[rule] die Unterdrückung von { $rule }
    }
diag-suppression-what-start =
    { $kind ->
        [inline] Die Inline-Unterdrückung von { $rule }
        [resource] Die Unterdrückung von { $rule } für '{ $resource }'
       *[rule] Die Unterdrückung von { $rule }
    }
diag-suppression-expired-unused = { diag-suppression-what-start } ist am { $date } abgelaufen und passt zu keinem nicht erfüllten Befund; entfernen Sie sie.
diag-suppression-expired-one = { diag-suppression-what-start } ist am { $date } abgelaufen; der nicht erfüllte Befund, den sie abdeckte, wird wieder als nicht erfüllt gemeldet (erneuern Sie sie mit einem neuen Ablaufdatum oder beheben Sie den Befund).
diag-suppression-expired-other = { diag-suppression-what-start } ist am { $date } abgelaufen; die { $count } nicht erfüllten Befunde, die sie abdeckte, werden wieder als nicht erfüllt gemeldet (erneuern Sie sie mit einem neuen Ablaufdatum oder beheben Sie die Befunde).
diag-suppression-stale = Veraltete Unterdrückung: { diag-suppression-what } passt zu keinem nicht erfüllten Befund (die Ressource existiert nicht mehr oder ist erfüllt, oder die Regel beurteilt sie nicht); entfernen Sie sie.

## inline suppressions

diag-inline-no-rule = Inline-Unterdrückung ignoriert: Sie nennt keine Regel.
diag-inline-unknown-rule = Inline-Unterdrückung ignoriert: Es gibt keine Regel '{ $rule }' (`phiguard rules` listet sie auf).
diag-inline-no-reason = Inline-Unterdrückung ignoriert: Die Unterdrückung von { $rule } benötigt eine Begründung (wer sie akzeptiert hat und warum).
diag-inline-bad-date = Inline-Unterdrückung ignoriert: expires '{ $expires }' ist kein Datum wie 2027-03-31.
diag-inline-no-list = Inline-Unterdrückung ignoriert: Metadata.phiguard benötigt `suppress:` mit einer Liste von { "{" }rule, reason, expires, owner{ "}" }.
diag-inline-unknown-key = Inline-Unterdrückung ignoriert: unbekannter Schlüssel { $keys } (rule, reason, expires, owner)
diag-inline-misplaced = Inline-Unterdrückung ignoriert: Sie steht weder in einem resource-Block noch in den Kommentarzeilen direkt darüber.
diag-inline-refused = Inline-Unterdrückung von { $rule } abgewiesen: Die Konfiguration setzt allow_inline = false; der Befund wird beurteilt, als gäbe es sie nicht.

## configuration

diag-config-phi-unmatched = '{ $name }' (--phi oder [phi] resources) bezeichnet keine Ressource in diesem Scan.
diag-config-param-unmatched = --param { $name } bezeichnet keinen Parameter einer gescannten CloudFormation-Vorlage.

## scanned paths

diag-skipped-not-input = übersprungen: keine erkannte Eingabe (.yaml .yml .json .template .tf; --input erzwingt ein Format)
diag-skipped-symlink = übersprungen: symbolischer Link, wird nicht verfolgt
diag-skipped-terraform-json = übersprungen: JSON-Daten in einem Terraform-Ordner (weder eine Vorlage noch ein Plan)
diag-internal-error = Interner Fehler beim Lesen dieser Eingabe ({ $error }); sie wird nicht beurteilt, die anderen Eingaben schon.
diag-skipped-not-template = übersprungen: weder eine CloudFormation-Vorlage noch ein Terraform-Plan
diag-no-such-path = Datei oder Ordner existiert nicht

## custom rules (Rego policies)

diag-policy-error = Benutzerdefinierte Regel nicht ausgeführt: { $error }
diag-policy-no-folder = Benutzerdefinierte Regeln nicht ausgeführt: Richtlinienordner existiert nicht
diag-policy-unreadable = Benutzerdefinierte Regel nicht ausgeführt: Die Richtlinie kann nicht gelesen werden: { $error }
diag-policy-folder-unreadable = Benutzerdefinierte Regeln nicht ausgeführt: Der Richtlinienordner kann nicht gelesen werden: { $error }
diag-policy-duplicate-id = Benutzerdefinierte Regel nicht ausgeführt: Die ID '{ $id }' ist bereits die ID der Regel in { $file }.
diag-policy-builtin-id = Benutzerdefinierte Regel nicht ausgeführt: Die ID '{ $id }' ist die ID einer eingebauten Regel.
diag-policy-no-metadata = Benutzerdefinierte Regel nicht ausgeführt: { $package } deklariert kein `metadata`-Objekt (id, title, severity, rationale, remediation...).
diag-policy-no-results = Benutzerdefinierte Regel nicht ausgeführt: { $package } deklariert keine `results`-Menge (die Verdikte).
diag-policy-not-run = Benutzerdefinierte Regel nicht ausgeführt: { $why }
diag-policy-meta-not-object = `metadata` muss ein Objekt sein; es ist { $value }.
diag-policy-meta-unknown-key = `metadata` hat einen unbekannten Schlüssel '{ $key }' (bekannt: { $known }).
diag-policy-meta-missing = `metadata` benötigt '{ $key }'.
diag-policy-meta-not-text = `metadata.{ $key }` muss eine nicht leere Zeichenkette sein; es ist { $value }.
diag-policy-meta-list-item = `metadata.{ $key }` muss Zeichenketten auflisten; es enthält { $value }.
diag-policy-meta-not-list = `metadata.{ $key }` muss eine Liste von Zeichenketten sein; es ist { $value }.
diag-policy-meta-bad-id = `metadata.id` '{ $id }' muss mit 'custom-' oder einem Namensraum der Organisation ('acme.phi-bucket-tag') beginnen und in Kleinbuchstaben-Kebab-Case geschrieben sein, damit sie nicht mit einer eingebauten Regel kollidieren kann.
diag-policy-meta-bad-severity = `metadata.severity` '{ $severity }' ist keiner der Werte critical, high, medium, low.
diag-policy-meta-phi-only = `metadata.phi_only` muss true oder false sein; es ist { $value }.
diag-policy-results-not-set = `results` muss eine Menge von Objekten sein; es ist { $value }.
diag-policy-result-kind = Ein Ergebnis nennt die Ressource { $id } '{ $resource }' vom Typ { $kind }, der keiner der Typen der Regel ist ({ $kinds }).
diag-policy-result-invalid = Ein Ergebnis ist ungültig: { $problem } ({ $item })
diag-policy-result-not-object = Es muss ein Objekt sein.
diag-policy-result-unknown-key = Es hat einen unbekannten Schlüssel { $key } (resource, verdict, message, path).
diag-policy-result-no-resource = Es nennt keine Ressource dieses Scans (verwenden Sie die `id` der Ressource).
diag-policy-result-resource-type = `resource` muss die `id` einer Ressource sein (eine Zahl).
diag-policy-result-verdict = `verdict` muss "fail", "pass", "unknown" oder "not_applicable" sein.
diag-policy-result-message = Es benötigt eine nicht leere Zeichenkette `message`.
diag-policy-result-path = Sein `path` ist keine Zeichenkette.

## refused files

refusal-system-file = es ist eine Systemdatei ({ $path }) und wird nie gelesen
refusal-outside = es liegt außerhalb des gescannten Baums { $root }; gelesen werden nur Dateien unterhalb des Scan-Stammverzeichnisses (mit --root festlegen)
refusal-outside-via = es liegt außerhalb des gescannten Baums { $root } (es wird zu { $real } aufgelöst); gelesen werden nur Dateien unterhalb des Scan-Stammverzeichnisses (mit --root festlegen)
refusal-too-large = es ist { $size } Bytes groß und überschreitet die Grenze von { $limit } Bytes
refusal-over-limit = es überschreitet die Grenze von { $limit } Bytes
refusal-not-utf8 = es ist kein UTF-8-Text
refusal-directory = es ist ein Verzeichnis, keine reguläre Datei
refusal-named-pipe = es ist eine benannte Pipe, keine reguläre Datei
refusal-socket = es ist ein Socket, keine reguläre Datei
refusal-device = es ist ein Gerät, keine reguläre Datei
