# Berichte: Überschriften, Beschriftungen und Sätze aller Formate.

## Ergebnisse und Schweregrade

verdict-fail = nicht erfüllt
verdict-unknown = unbestimmt
verdict-pass = erfüllt
verdict-not-applicable = nicht anwendbar
verdict-accepted = akzeptiert
severity-critical = kritisch
severity-high = hoch
severity-medium = mittel
severity-low = niedrig
count-severity = { $count } { $severity }

## Gemeinsame Sätze

whole-scan = (gesamter Scan)
no-config-file = keine Konfigurationsdatei
account-scope = { $count ->
    [one] die { $count } Eingabedatei dieses Scans als ein Konto
   *[other] alle { $count } Eingabedateien dieses Scans als ein Konto
}
scope-config = Konfiguration: { $path } ({ $how })
scope-no-config = Konfiguration: keine
scope-skipped = von { $config } übersprungene Regeln: { $rules }
scope-suppressed = von { $config } unterdrückte Befunde: { $count } (mit Begründung aufgeführt)
scope-account = Regeln auf Kontoebene (CloudTrail-Trail, Config-Recorder, Sicherungen ...) beurteilt über: { $scope }
skipped-by = von { $config } übersprungen
summary-by-severity = {" "}({ $list })
summary-line = { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, { $resources } Ressourcen: { $fail } nicht erfüllt{ $by-severity }, { $unknown } unbestimmt, { $pass } erfüllt, { $na } nicht anwendbar, { $suppressed } unterdrückt, { $errors } Eingabefehler

## Text (Terminal)

text-whitepaper = Whitepaper: { $section } | { $cfr }
text-fix = Behebung: { $fix }
text-suppressed = unterdrückt: { $reason }
text-phi-assumed =
    Hinweis: Keine Ressource ist als PHI-haltig gekennzeichnet (Tag phi=true, data-classification=phi oder --phi NAME),
             daher wird angenommen, dass jeder Datenspeicher PHI enthält.
text-attestations-hint = { $count } Anforderungen des Whitepapers können nicht in der Konfiguration geprüft werden und erfordern eine manuelle Bestätigung (--attestations listet sie auf).
text-attestations-heading = MANUELLE BESTÄTIGUNGEN ({ $count }): Prozesskontrollen, die kein Scan prüfen kann

## Markdown (Pull-Request-Kommentar)

md-title = HIPAA-on-AWS-Prüfung
md-summary = { $mark } **{ $fail } nicht erfüllt**{ $by-severity } · { $unknown } unbestimmt · { $pass } erfüllt · { $na } nicht anwendbar · { $suppressed } unterdrückt — { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
}, { $resources } Ressourcen
md-input-errors = { $count } Eingabefehler
md-phi-assumed = Keine Ressource ist als PHI-haltig gekennzeichnet (Tag `phi=true` oder `data-classification=phi` oder `--phi NAME`), daher wird angenommen, dass jeder Datenspeicher PHI enthält.
md-table-head-fix = | Regel | Ressource | Ort | Befund | Behebung | HIPAA |
md-table-head = | Regel | Ressource | Ort | Befund |
md-unknown = unbestimmt — ein entscheidender Wert lässt sich vor der Bereitstellung nicht auflösen
md-suppressed = unterdrückt — vom Sicherheitsteam akzeptiert
md-suppressed-row = { $message } — *unterdrückt:* { $reason }
md-input-problems = { $count } Eingabeprobleme — nicht gelesene Dateien oder Teile
md-attestations = { $count } manuelle Bestätigungen — Prozesskontrollen, die kein Scan prüfen kann
md-left-out = { $count } weitere Zeilen wurden ausgelassen, damit dieser Kommentar unter { $kb } KB bleibt; `phiguard scan --format html` erstellt den vollständigen Bericht.

## JUnit

junit-resource = Ressource: { $value }
junit-location = Ort: { $value }
junit-attribute = Attribut: { $value }
junit-fix = Behebung: { $value }
junit-section = Abschnitt des Whitepapers: { $value }
junit-cfr = HIPAA Security Rule: { $value }
junit-suppressed = unterdrückt: { $reason } (Befund: { $message })
junit-unknown = unbestimmt: { $message }
junit-attestations = Manuelle Bestätigungen
junit-attestations-note = Prozesskontrollen, die kein Scan prüfen kann: manuell bestätigen
junit-manual = manuell: { $statement } ({ $section }; { $cfr })

## CSV-Spaltenüberschriften

csv-verdict = Ergebnis
csv-severity = Schweregrad
csv-rule-id = Regel-ID
csv-resource = Ressource
csv-type = Typ
csv-file = Datei
csv-line = Zeile
csv-column = Spalte
csv-section = Abschnitt
csv-cfr = CFR
csv-message = Meldung
csv-remediation = Behebung
csv-suppressed = unterdrückt

## SARIF

sarif-help-text =
    { $fix }

    Abschnitt des Whitepapers: { $section }
    HIPAA Security Rule: { $cfr }
sarif-help-markdown =
    {"*"}*Behebung:** { $fix }

    {"*"}*Abschnitt des Whitepapers:** { $section }{"  "}
    {"*"}*HIPAA Security Rule:** { $cfr }
sarif-account-level = { $message } (Regel auf Kontoebene, beurteilt über { $scope }; angezeigt bei der ersten gescannten Eingabe)

## ASFF (Security Hub)

asff-resource = Ressource { $resource }.
asff-resource-at = Ressource { $resource } in { $location }.
asff-section = Abschnitt des Whitepapers: { $section }.
asff-suppressed = Unterdrückt: { $reason }

## Datenfluss

flow-outside = AWS-Services außerhalb dieses Scans
flow-node-title = { $name } ({ $type }) in { $group }
flow-fails = NICHT ERFÜLLT: { $reason } ({ $rule }): { $message }
flow-reason-unencrypted-transit = unverschlüsselte Übertragung
flow-reason-unencrypted-destination = unverschlüsseltes Ziel
flow-reason-ineligible-destination = nicht HIPAA-fähiges Ziel
flow-live-account = laufendes Konto
flow-root-module = Root-Modul ({ $dir })
flow-fails-list = NICHT ERFÜLLT: { $reasons }
flow-failure = { $reason } ({ $rule }): { $message }
flow-node-fails = nicht erfüllt: { $rules }

## HTML-Bericht

html-title = HIPAA-on-AWS-Compliance-Bericht
html-checked-against = Geprüft anhand des AWS-Whitepapers „Erstellen von Architekturen für HIPAA-Sicherheit und -Compliance in Amazon Web Services“ und der HIPAA Security Rule (45 CFR Part 164, Subpart C)
html-subtitle = phiguard { $version } · gescannt { $time } · { $files ->
    [one] { $files } Datei
   *[other] { $files } Dateien
} · { $resources } Ressourcen · { $rules } Regeln
html-nav-summary = Übersicht
html-nav-attestations = Bestätigungen
html-matrix = Compliance-Matrix
html-findings = Befunde
html-flow = Datenfluss
html-evidence = Nachweise
html-status-fail = { $count ->
    [one] { $count } nicht erfüllte Prüfung muss behoben werden, bevor diese Architektur PHI speichert.
   *[other] { $count } nicht erfüllte Prüfungen müssen behoben werden, bevor diese Architektur PHI speichert.
}
html-status-pass = Keine nicht erfüllten Prüfungen.
html-status-review = { $count ->
    [one] { $count } Befund erfordert noch eine Prüfung durch einen Menschen.
   *[other] { $count } Befunde erfordern noch eine Prüfung durch einen Menschen.
}
html-not-everything = Nicht alles wurde geprüft.
html-skipped-rules = { $count ->
    [one] { $count } Regel von { $config } übersprungen: <span class="mono">{ $rules }</span>.
   *[other] { $count } Regeln von { $config } übersprungen: <span class="mono">{ $rules }</span>.
}
html-accepted-findings = { $count ->
    [one] { $count } nicht erfüllter Befund von { $config } akzeptiert.
   *[other] { $count } nicht erfüllte Befunde von { $config } akzeptiert.
}
html-input-problems = { $count ->
    [one] { $count } Eingabeproblem (siehe Nachweise).
   *[other] { $count } Eingabeprobleme (siehe Nachweise).
}
html-phi-assumed-title = PHI überall angenommen.
html-phi-assumed = Keine Ressource ist als PHI-haltig gekennzeichnet (Tag <code>phi=true</code> oder <code>data-classification=phi</code> oder <code>--phi NAME</code>), daher wurde jeder Datenspeicher so beurteilt, als enthielte er PHI.
html-card-failing = nicht erfüllt
html-card-unknown = zu prüfen (unbestimmt)
html-card-passing = erfüllt
html-card-accepted = akzeptiert (unterdrückt)
html-card-manual = manuelle Bestätigungen
html-card-phi = Ressourcen mit PHI
html-card-phi-assumed = Ressourcen mit PHI (angenommen)
html-input-errors = { $count ->
    [one] <b>{ $count } Eingabefehler:</b> Einige Dateien konnten nicht gelesen werden; siehe <a href="#evidence">Nachweise</a>.
   *[other] <b>{ $count } Eingabefehler:</b> Einige Dateien konnten nicht gelesen werden; siehe <a href="#evidence">Nachweise</a>.
}
html-matrix-lead = Befunde, gezählt unter jedem Absatz der HIPAA Security Rule, den ihre Regel zitiert (ein Befund zählt einmal unter jedem zitierten Absatz). „Manuell“ zählt die manuell zu bestätigenden Prozesskontrollen. Absätze ohne Zählung werden von keiner automatischen Prüfung abgedeckt.
html-col-paragraph = Absatz
html-col-requirement = Anforderung
html-col-fail = Nicht erfüllt
html-col-unknown = Unbestimmt
html-col-pass = Erfüllt
html-col-accepted = Akzeptiert
html-col-manual = Manuell
html-col-status = Status
matrix-status-fail = nicht erfüllt
matrix-status-review = prüfen
matrix-status-pass = erfüllt
matrix-status-manual = manuell
matrix-status-none = —
html-findings-lead = { $count ->
    [one] Nicht erfüllte, unbestimmte, akzeptierte und erfüllte Prüfungen; { $count } nicht anwendbares Ergebnis (Regeln, die auf eine Ressource nicht zutreffen) wird gezählt, aber nicht aufgeführt.
   *[other] Nicht erfüllte, unbestimmte, akzeptierte und erfüllte Prüfungen; { $count } nicht anwendbare Ergebnisse (Regeln, die auf eine Ressource nicht zutreffen) werden gezählt, aber nicht aufgeführt.
}
html-col-verdict = Ergebnis
html-filter-all = alle
html-filter-severity = Schweregrad
html-filter-service = Service
html-filter-safeguard = Schutzmaßnahme
safeguard-kind-administrative = administrativ
safeguard-kind-physical = physisch
safeguard-kind-technical = technisch
safeguard-kind-organizational = organisatorisch
safeguard-kind-documentation = Dokumentation
safeguard-kind-other = sonstige
html-col-rule = Regel
html-col-resource = Ressource
html-col-finding = Befund
html-accepted = Akzeptiert:
html-fix = Behebung:
html-no-findings = Keine Befunde.
html-shown = { $n } von { $total } angezeigt
html-flow-lead-flows = Wo PHI zwischen Ressourcen fließen kann, von links nach rechts, ein Band je Vorlage oder Terraform-Modul.
html-flow-lead-references = Es wurden keine Datenflüsse verfolgt; stattdessen stehen Verweise zwischen Datenspeichern und Rechenressourcen für sie (gestrichelt).
html-flow-lead-marks = Ressourcen mit PHI sind markiert; Ressourcen mit einer nicht erfüllten Prüfung sind rot; Verbindungen, die PHI übertragen, sind orange, nicht erfüllte Verbindungen rot (der Mauszeiger über einer Verbindung zeigt Mechanismus und Gründe).
html-flow-omitted = { $count } weitere Ressourcen sind ausgelassen, damit das Bild lesbar bleibt.
html-flow-aria = Datenflussdiagramm
html-flow-loose = Mit PHI, kein Fluss verfolgt:
html-legend-resource = Ressource
html-legend-phi = enthält PHI
html-legend-phi-assumed = enthält PHI (angenommen: Datenspeicher)
html-legend-failing = hat eine nicht erfüllte Prüfung
html-legend-external = AWS-Service außerhalb dieses Scans
html-legend-flow = Datenfluss
html-legend-carries-phi = überträgt PHI
html-legend-failing-hop = nicht erfüllte Verbindung: unverschlüsselte Übertragung, unverschlüsseltes Ziel oder nicht HIPAA-fähiges Ziel
html-legend-reference = Verweis (Code oder Konfiguration, die den Speicher nennt)
html-failing-hops = Nicht erfüllte Verbindungen
html-and-more = und { $count } weitere
html-flow-empty = Keine Ressource enthält PHI, und es wurde kein Datenfluss gefunden.
html-attestations = Manuelle Bestätigungen
html-attestations-lead = Anforderungen des Whitepapers, die kein Scan der Konfiguration prüfen kann (Prozesse, Vereinbarungen, Schulungen). Bestätigen Sie jede manuell und bewahren Sie die Nachweise mit diesem Bericht auf.
html-col-done = Erledigt
html-col-statement = Aussage
html-col-section = Abschnitt
html-attested = { $id } bestätigt
html-no-attestations = Keine manuellen Bestätigungen in diesem Scan.
html-ev-tool = Werkzeug
html-ev-rules = Ausgeführte Regeln
html-ev-scope = Umfang
html-ev-time = Scanzeit
html-ev-phi = PHI-Kennzeichnung
html-ev-phi-none = keine gefunden: für jeden Datenspeicher wird PHI angenommen
html-ev-phi-marked = { $count } Ressourcen als PHI-haltig gekennzeichnet
html-ev-results = Ergebnisse
html-ev-results-line = { $fail } nicht erfüllt · { $unknown } unbestimmt · { $pass } erfüllt · { $na } nicht anwendbar · { $accepted } akzeptiert
html-input-files = Eingabedateien
html-col-path = Pfad
html-col-kind = Art
html-col-resources = Ressourcen
html-no-inputs = Keine Eingabedateien.
html-input-problems-heading = Eingabeprobleme
html-footer = Erstellt von phiguard { $version } am { $time }. Befunde werden anhand der Konfiguration beurteilt; „unbestimmt“ bedeutet, dass ein entscheidender Wert vor der Bereitstellung nicht aufgelöst werden kann.

## HTML trend chart (scan history)

html-nav-trend = Verlauf
html-trend = Verlauf
html-trend-lead = Befunde { $scans ->
        [one] des letzten aufgezeichneten Scans
       *[other] der letzten { $scans } aufgezeichneten Scans
    } (von { $total } im Scan-Verlauf), dieser zuletzt. Zeigen Sie auf einen Punkt, um Scan und Anzahl zu sehen.
html-trend-aria = Nicht erfüllte, unbestimmte und erfüllte Befunde je aufgezeichnetem Scan
html-trend-safeguards = Nicht erfüllte Prüfungen je Schutzmaßnahme, erster gezeigter Scan und jetzt
html-trend-paragraph = Absatz
html-trend-requirement = Anforderung
html-trend-first = Erster
html-trend-now = Jetzt
html-trend-change = Änderung

## Suppressions and baselines

scope-suppressed-inline = inline in den gescannten Dateien unterdrückte Befunde: { $count } (mit Begründung aufgeführt)
scope-expired = nicht erfüllte Befunde, deren Unterdrückung abgelaufen ist: { $count }
scope-baseline = Baseline: { $path }; { $hidden } bereits enthaltene nicht erfüllte oder unbestimmte { $hidden ->
        [one] Befund ist
       *[other] Befunde sind
    } ausgeblendet, dieser Bericht und sein Exit-Code betreffen nur neue
suppression-expired = Unterdrückung abgelaufen am { $date }: { $reason }
html-no-longer-accepted = Nicht mehr akzeptiert:

## sarif: why a finding is not a SARIF result
sarif-omitted-outside = { $file } liegt außerhalb der SARIF-Basis { $base } (setzen Sie --sarif-base)
sarif-omitted-no-input = ein Befund auf Kontoebene, und keine gescannte Eingabe liegt unter der SARIF-Basis { $base }
sarif-omitted-no-file = kein Dateispeicherort (eine Ressource der Live-Umgebung, bekannt durch ihren ARN)

## rules: a service that is a category, not an AWS service
service-general = Allgemein
