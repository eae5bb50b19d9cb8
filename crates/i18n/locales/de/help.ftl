# Hilfe der Befehlszeile: die Texte jedes Befehls und Arguments, dann claps eigene Wörter
# (Überschriften, erzeugte Optionen, Fehler). Das englische Original ist en/help.ftl (aus den
# clap-Definitionen erzeugt). Optionen, Werte und Pfade bleiben unverändert.

## phiguard

help-about = Prüft AWS-Architekturen (CloudFormation, Terraform) anhand des Whitepapers HIPAA-on-AWS.
help-lang = Sprache der Berichte und Meldungen: en, ja, zh, ko, de (Standard: aus LC_ALL, LC_MESSAGES oder LANG, sonst en). IDs, Eigenschaftsnamen und Zitate bleiben unverändert

## scan

help-scan-about = Vorlagen scannen und Befunde melden
help-scan-after-help =
    Exit-Codes:
      0  kein nicht erfüllter Befund mit --fail-on oder höher
      1  nicht erfüllte Befunde mit --fail-on oder höher
      2  Aufruf- oder Konfigurationsfehler, eine Eingabe, die nicht gelesen werden konnte (die übrigen
         werden dennoch gemeldet), gar keine Eingabe gelesen (ohne --allow-empty), keine Regel mehr
         auszuführen, -o nennt eine Eingabedatei, oder ein Scanverlauf (--history), der nicht
         geschrieben werden konnte
help-scan-paths = Zu scannende Dateien oder Ordner; `aws` scannt das laufende AWS-Konto (siehe unten)
help-scan-params = Wert eines CloudFormation-Parameters, überschreibt den Standardwert (wiederholbar)
help-scan-vars = Wert einer Terraform-Variablen (wiederholbar; hat Vorrang vor Variablendateien)
help-scan-var-files = Terraform-Variablendatei, `.tfvars` oder `.tfvars.json` (wiederholbar, spätere haben Vorrang)
help-scan-root = Terraform-`file()`, `templatefile()` und Modulquellen lesen nur Dateien unterhalb dieses Ordners (Standard: das Repository, das die gescannten Pfade enthält, sonst ihr gemeinsamer Ordner)
help-scan-input = Die Eingabe als dieses Format behandeln, statt es zu erkennen
help-scan-input-cloudformation = CloudFormation- oder SAM-Vorlage (YAML oder JSON)
help-scan-input-terraform = Terraform-Konfiguration (`.tf`), je Modulverzeichnis gelesen
help-scan-input-terraform-plan = Terraform-Plan in JSON (`terraform show -json plan.out`)
help-scan-input-inventory = Ein gespeichertes Inventar laufender Konten (`phiguard scan aws --save-inventory FILE`)
help-scan-config = Konfigurationsdatei (Standard: phiguard.toml im aktuellen Ordner, falls vorhanden; jeder Bericht nennt die verwendete Datei)
help-scan-no-config = Keine Konfigurationsdatei laden, auch nicht phiguard.toml im aktuellen Ordner
help-scan-allow-empty = Mit 0 beenden, wenn die Pfade überhaupt keine Eingabe enthalten (Monorepo-Jobs, die bei jeder Änderung laufen); standardmäßig endet ein Scan, der nichts gelesen hat, mit 2
help-scan-trust-aws-defaults = Schutzmaßnahmen akzeptieren, die AWS standardmäßig anwendet (S3 SSE-S3, SQS-verwaltete SSE ...)
help-scan-phi = Eine Ressource (logische ID oder Adresse) als PHI-haltend kennzeichnen (wiederholbar)
help-scan-policy-dirs = Ordner mit benutzerdefinierten Regeln in Rego (wiederholbar; ergänzt `policy_dirs` der Konfiguration). Siehe docs/custom-rules.md
help-scan-format = Berichtsformat
help-scan-output = Den Bericht hierhin statt auf die Standardausgabe schreiben
help-scan-fail-on = Mit 1 beenden, wenn ein nicht erfüllter Befund diesen Schweregrad erreicht oder übersteigt [mögliche Werte: critical, high, medium, low]
help-scan-sarif-base = Der Ordner, auf den sich die Pfade der SARIF-Ergebnisse beziehen (Standard: das git-Repository, das den ersten gescannten Pfad enthält, sonst der aktuelle Ordner)
help-scan-show-passed = Auch erfüllte und nicht anwendbare Befunde auflisten (Format text)
help-scan-attestations = Die Checkliste der manuellen Bestätigungen ausgeben (Format text; andere Formate enthalten sie immer)
help-scan-aws-account = AWS-Konto-ID, zu der die Befunde gehören (Format asff)
help-scan-aws-region = AWS-Region, in die die Befunde importiert werden (Format asff)
help-scan-history = Diesen Scan im Scanverlauf speichern: eine SQLite-Datei oder eine postgres://-URL (ohne Wert: `history` der Konfiguration, sonst .phiguard/history.db). Setzen Sie die Option ans Ende oder schreiben Sie --history=PATH, damit sie keinen gescannten Pfad als Wert übernimmt
help-scan-baseline = Ein früherer JSON-Bericht: nur Befunde melden und bewerten, die er nicht enthält
help-scan-color = Farbe im Bericht text: auto (auf einem Terminal, sofern NO_COLOR nicht gesetzt ist), always, never
help-scan-quiet = Keine Fortschrittsanzeige
help-scan-policy-input = Auch das Eingabedokument schreiben, das benutzerdefinierte Rego-Regeln lesen (docs/custom-rules.md)

## rules

help-rules-about = Alle Regeln auflisten
help-rules-policy-dirs = { help-scan-policy-dirs }
help-rules-format = Ausgabeformat: text, json oder markdown
help-rules-output-dir = Mit markdown: den Index und eine Seite je Regel in diesen Ordner schreiben (docs/rules)

## explain

help-explain-about = Die vollständige Dokumentation einer Regel anzeigen
help-explain-rule = Regel-ID
help-explain-policy-dirs = { help-scan-policy-dirs }

## coverage

help-coverage-about = Zeigen, wie jede Anforderung des Whitepapers abgedeckt ist
help-coverage-policy-dirs = { help-scan-policy-dirs }
help-coverage-format = Ausgabeformat: text oder json

## graph

help-graph-about = Zeichnen, wohin Daten (und PHI) zwischen Ressourcen fließen, nicht erfüllte Verbindungen in Rot
help-graph-paths = { help-scan-paths }
help-graph-params = { help-scan-params }
help-graph-vars = { help-scan-vars }
help-graph-var-files = { help-scan-var-files }
help-graph-root = { help-scan-root }
help-graph-input = { help-scan-input }
help-graph-input-cloudformation = { help-scan-input-cloudformation }
help-graph-input-terraform = { help-scan-input-terraform }
help-graph-input-terraform-plan = { help-scan-input-terraform-plan }
help-graph-input-inventory = { help-scan-input-inventory }
help-graph-config = { help-scan-config }
help-graph-no-config = { help-scan-no-config }
help-graph-allow-empty = { help-scan-allow-empty }
help-graph-trust-aws-defaults = { help-scan-trust-aws-defaults }
help-graph-phi = { help-scan-phi }
help-graph-policy-dirs = { help-scan-policy-dirs }
help-graph-format = Graphformat: dot (Graphviz), mermaid oder json
help-graph-output = Den Graphen hierhin statt auf die Standardausgabe schreiben

## fix

help-fix-about = Die Änderungen, die nicht erfüllte Befunde beheben, anzeigen (als Diff) oder schreiben
help-fix-after-help =
    Exit-Codes:
      0  nichts zu beheben, oder die Korrekturen wurden geschrieben (--write)
      1  Korrekturen sind verfügbar und wurden angezeigt, nicht geschrieben
      2  Aufruf- oder Konfigurationsfehler, eine Eingabe, die nicht gelesen werden konnte, eine
         Datei, die nicht geschrieben werden konnte, oder gar keine Eingabe gelesen (ohne --allow-empty)
help-fix-paths = { help-scan-paths }
help-fix-params = { help-scan-params }
help-fix-vars = { help-scan-vars }
help-fix-var-files = { help-scan-var-files }
help-fix-root = { help-scan-root }
help-fix-input = { help-scan-input }
help-fix-input-cloudformation = { help-scan-input-cloudformation }
help-fix-input-terraform = { help-scan-input-terraform }
help-fix-input-terraform-plan = { help-scan-input-terraform-plan }
help-fix-input-inventory = { help-scan-input-inventory }
help-fix-config = { help-scan-config }
help-fix-no-config = { help-scan-no-config }
help-fix-allow-empty = { help-scan-allow-empty }
help-fix-trust-aws-defaults = { help-scan-trust-aws-defaults }
help-fix-phi = { help-scan-phi }
help-fix-policy-dirs = { help-scan-policy-dirs }
help-fix-write = Die Korrekturen in die Dateien schreiben, statt den Diff anzuzeigen
help-fix-unsafe-fixes = Auch Korrekturen anwenden, die eine Bereitstellung beschädigen oder Daten verlieren können (jede nennt den Grund)
help-fix-rules = Nur die Befunde dieser Regel beheben (wiederholbar)
help-fix-format = Ausgabe: ein Unified Diff oder json (Dateien, Korrekturen, verbleibende Befunde und warum)

## history

help-history-about = Den Compliance-Verlauf über aufgezeichnete Scans (`scan --history`) anzeigen, je Absatz der HIPAA-Schutzmaßnahmen und je Regel, und was sich im letzten Scan geändert hat
help-history-last = Wie viele der zuletzt aufgezeichneten Scans angezeigt werden
help-history-format = { help-coverage-format }
help-history-history = Der Verlauf: eine SQLite-Datei oder eine postgres://-URL (Standard: `history` der Konfiguration, sonst .phiguard/history.db)
help-history-config = Konfigurationsdatei (Standard: phiguard.toml im aktuellen Ordner, falls vorhanden)
help-history-no-config = Keine Konfigurationsdatei laden

## diff

help-diff-about = Zwei JSON-Berichte vergleichen: neue, behobene und geänderte Befunde
help-diff-after-help =
    Exit-Codes:
      0  kein neuer nicht erfüllter Befund
      1  neue nicht erfüllte Befunde (neu, oder zu nicht erfüllt geändert)
      2  ein Bericht konnte nicht gelesen werden
help-diff-old = Der frühere Bericht (`phiguard scan --format json`)
help-diff-new = Der spätere Bericht
help-diff-format = Ausgabeformat: text, json oder markdown (für einen Pull-Request-Kommentar)
help-diff-output = Hierhin statt auf die Standardausgabe schreiben

## values

help-value-lang = erwartet wird einer der Werte en, ja, zh, ko, de; angegeben: '{ $value }'
help-value-severity = erwartet wird einer der Werte critical, high, medium, low; angegeben: '{ $value }'
help-value-account = eine AWS-Konto-ID besteht aus 12 Ziffern; angegeben: '{ $value }'
help-value-region = erwartet wird eine AWS-Region wie us-east-1; angegeben: '{ $value }'

## clap

help-clap-usage = Aufruf
help-clap-commands = Befehle
help-clap-arguments = Argumente
help-clap-options = Optionen
help-clap-default = Standard
help-clap-possible-values = mögliche Werte
help-clap-possible-values-heading = Mögliche Werte
help-clap-print-help = Hilfe anzeigen
help-clap-print-help-more = Hilfe anzeigen (mehr mit '--help')
help-clap-print-help-summary = Hilfe anzeigen (Zusammenfassung mit '-h')
help-clap-print-version = Version anzeigen
help-clap-help-about = Diese Meldung oder die Hilfe der angegebenen Unterbefehle anzeigen
help-clap-help-subcommand = Hilfe der angegebenen Unterbefehle anzeigen
help-clap-error = Fehler
help-clap-tip = Tipp
help-clap-try-help = Weitere Informationen erhalten Sie mit '{ $help }'.
help-clap-unexpected-argument = unerwartetes Argument '{ $arg }' gefunden
help-clap-pass-as-value = um '{ $arg }' als Wert zu übergeben, verwenden Sie '{ $suggestion }'
help-clap-similar-argument = ein ähnliches Argument existiert: { $names }
help-clap-similar-subcommand = ein ähnlicher Unterbefehl existiert: { $names }
help-clap-similar-value = ein ähnlicher Wert existiert: { $names }
help-clap-unrecognized-subcommand = unbekannter Unterbefehl '{ $name }'
help-clap-invalid-value = ungültiger Wert '{ $value }' für '{ $arg }'
help-clap-value-required = für '{ $arg }' ist ein Wert erforderlich, es wurde aber keiner angegeben
help-clap-missing-required = die folgenden erforderlichen Argumente wurden nicht angegeben:
help-clap-missing-subcommand = '{ $name }' erfordert einen Unterbefehl, es wurde aber keiner angegeben
help-clap-used-multiple-times = das Argument '{ $arg }' kann nicht mehrfach verwendet werden
help-clap-cannot-be-used-with = das Argument '{ $arg }' kann nicht zusammen mit { $other } verwendet werden
help-clap-no-equals = beim Zuweisen von Werten an '{ $arg }' ist ein Gleichheitszeichen erforderlich
help-clap-too-many-values = unerwarteter Wert '{ $value }' für '{ $arg }' gefunden; es wurden keine weiteren erwartet
help-clap-wrong-number-of-values = für '{ $arg }' sind { $expected } Werte erforderlich, es wurden aber { $actual } angegeben
help-clap-invalid-utf8 = in einem oder mehreren Argumenten wurde ungültiges UTF-8 gefunden

## live AWS accounts (phiguard scan aws) and aws-policy

help-scan-profile = Benanntes Profil der gemeinsamen AWS-Konfigurationsdateien (Standard: die übliche Anmeldekette: Umgebung, AWS_PROFILE, SSO, Web-Identität, Instanz- oder Container-Rolle)
help-scan-regions = Zu lesende Region (wiederholbar; Standard: die Region des Profils)
help-scan-all-regions = Alle im Konto aktivierten Regionen lesen
help-scan-services = Nur diese Dienste, durch Kommas getrennt (`phiguard aws-policy --services` listet sie auf)
help-scan-concurrency = Gleichzeitige API-Aufrufe pro Konto (Drosselung wird mit adaptivem Backoff wiederholt)
help-scan-max-attempts = Versuche pro API-Aufruf (der erste mitgezählt), bevor ein gedrosselter oder fehlschlagender Aufruf als nicht lesbar gilt und seine Befunde unbekannt sind
help-scan-save-inventory = Das Erfasste zusätzlich als Inventar schreiben (später mit `phiguard scan FILE` beurteilen)
help-scan-role-arn = In jedem Konto von --accounts oder --organization zu übernehmende Rolle; `{"{"}account{"}"}` wird durch die Konto-ID ersetzt (arn:aws:iam::{"{"}account{"}"}:role/PhiguardAudit)
help-scan-accounts = Über --role-arn zu scannende Mitgliedskonten, durch Kommas getrennt
help-scan-organization = Jedes aktive Konto der Organisation über --role-arn scannen (aufgelistet mit organizations:ListAccounts aus dem Verwaltungskonto oder einem delegierten Administratorkonto)
help-graph-profile = { help-scan-profile }
help-graph-regions = { help-scan-regions }
help-graph-all-regions = { help-scan-all-regions }
help-graph-services = { help-scan-services }
help-graph-concurrency = { help-scan-concurrency }
help-graph-max-attempts = { help-scan-max-attempts }
help-graph-save-inventory = { help-scan-save-inventory }
help-graph-role-arn = { help-scan-role-arn }
help-graph-accounts = { help-scan-accounts }
help-graph-organization = { help-scan-organization }
help-fix-profile = { help-scan-profile }
help-fix-regions = { help-scan-regions }
help-fix-all-regions = { help-scan-all-regions }
help-fix-services = { help-scan-services }
help-fix-concurrency = { help-scan-concurrency }
help-fix-max-attempts = { help-scan-max-attempts }
help-fix-save-inventory = { help-scan-save-inventory }
help-fix-role-arn = { help-scan-role-arn }
help-fix-accounts = { help-scan-accounts }
help-fix-organization = { help-scan-organization }
help-aws-policy-about = Gibt die schreibgeschützte IAM-Richtlinie mit minimalen Rechten aus, die Live-Scans (`phiguard scan aws`) brauchen, erzeugt aus den Collectors
help-aws-policy-services = Stattdessen die Dienste auflisten, die `--services` annimmt
