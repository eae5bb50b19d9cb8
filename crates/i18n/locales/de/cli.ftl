# Die Befehlszeile: Zusammenfassungen und Warnungen für Menschen (clap's --help bleibt Englisch).

cli-rule-count = { $count } Regeln
cli-nothing-read-allowed = Warnung: Unter den angegebenen Pfaden wurde keine CloudFormation-Vorlage, Terraform-Konfiguration oder kein Plan gelesen (--allow-empty)
cli-nothing-read = Fehler: Unter den angegebenen Pfaden wurde keine CloudFormation-Vorlage, Terraform-Konfiguration oder kein Plan gelesen; es wurde nichts geprüft (--allow-empty akzeptiert dies für Jobs, die bei jeder Änderung laufen)
cli-asff-defaults = Warnung: ASFF-Befunde benötigen --aws-account und --aws-region; wo sie fehlen, werden { $account } und { $region } verwendet
cli-sarif-omitted = Warnung: { $count } nicht erfüllte oder unbestimmte Befunde sind keine SARIF-Ergebnisse (aufgeführt in run.properties.omittedFindings):
cli-and-more = ... und { $count } weitere

## phiguard explain

explain-severity = Schweregrad:
explain-service = Service:
explain-section = Abschnitt des Whitepapers:
explain-cfr = HIPAA Security Rule:
explain-requirements = Katalog-Anforderungen:
explain-kinds = Ressourcentypen:
explain-applies = Gilt für:
explain-applies-phi = Ressourcen, die PHI enthalten
explain-applies-all = jede passende Ressource
explain-why = Warum es wichtig ist
explain-fix = Behebung

## phiguard coverage

coverage-implemented = umgesetzt durch { $rules }
coverage-manual = manuell (Bestätigung in jedem Bericht)
coverage-implemented-live = umgesetzt durch { $rules } (Live-Scans)
coverage-not-implemented = nicht umgesetzt: { $reason }
coverage-missing = FEHLT: weder umgesetzt noch begründet
coverage-summary =
    { $total } Anforderungen: { $implemented } umgesetzt, { $manual } manuell, { $not } nicht umgesetzt (mit Begründung), { $missing } fehlen.
    static/both: { $static } von { $checkable } umgesetzt ({ $percent } %).
    live (nur in Live-Scans und gespeicherten Inventaren beurteilt): { $live_implemented } von { $live } umgesetzt.

## Custom (Rego) rules

cli-rule-count-custom = { $count } Regeln ({ $custom } benutzerdefiniert)
explain-custom = Benutzerdefinierte Regel (eine Rego-Richtlinie Ihrer Organisation, nicht eingebaut)
coverage-custom = { $count } benutzerdefinierte Regeln (Ihrer Organisation, nicht auf den Katalog angerechnet):

## errors of the command line

cli-error = Fehler: { $message }
cli-creating = { $path } konnte nicht erstellt werden: { $error }
cli-writing = { $path } konnte nicht geschrieben werden: { $error }
cli-reading = { $path } konnte nicht gelesen werden: { $error }
cli-unknown-format = Unbekanntes Format '{ $format }' ({ $formats })
cli-unknown-graph-format = Unbekanntes Graphformat '{ $format }' ({ $formats })
cli-output-dir-markdown = --output-dir erfordert --format markdown
cli-no-rule = Es gibt keine Regel '{ $rule }'; `phiguard rules` listet alle Regeln auf
cli-no-rule-would-run = Es würde keine Regel ausgeführt: { $config } überspringt alle Regeln
cli-no-rule-would-run-config = Es würde keine Regel ausgeführt: Die Konfiguration überspringt alle Regeln
cli-param-pair = --param erfordert KEY=VALUE, angegeben wurde '{ $value }'
cli-var-pair = --var erfordert NAME=VALUE, angegeben wurde '{ $value }'
cli-date = { $flag } erfordert ein Datum wie 2027-03-31, angegeben wurde '{ $value }'
cli-output-is-input = -o { $path } ist eine Eingabe dieses Scans und wird nicht überschrieben

## configuration file

config-reading = Die Konfigurationsdatei { $path } konnte nicht gelesen werden: { $error }
config-invalid-toml = { $place }: Ungültige Konfiguration: { $error }
config-invalid = Ungültige Konfiguration:{ $list }
config-skip-no-rule = { $place }: skip_rules nennt die nicht vorhandene Regel '{ $rule }' (`phiguard rules` listet alle Regeln auf)
config-suppress-no-rule = { $place }: [[suppress]] nennt die nicht vorhandene Regel '{ $rule }' (`phiguard rules` listet alle Regeln auf)
config-bad-glob = { $place }: '{ $glob }' ist kein gültiges Glob-Muster: { $error }
config-no-reason = { $place }: Eine Unterdrückung erfordert eine Begründung (wer sie akzeptiert hat und warum)

## scan history

cli-history-recorded = Scan als #{ $id } in { $history } aufgezeichnet
cli-history-record-failed = Fehler: Der Scan konnte nicht aufgezeichnet werden: { $error }
cli-history-last = --last erfordert mindestens 1 Scan

## baseline

baseline-not-report = { $path } ist kein phiguard-JSON-Bericht (`phiguard scan --format json`): { $error }
baseline-schema = { $path } hat das Schema '{ $schema }'; diese phiguard-Version liest '{ $expected }'

## phiguard fix

fix-summary-written = { $fixes } Befunde in { $files } Dateien behoben
fix-summary-shown = { $fixes } Befunde in { $files } Dateien behebbar
fix-unsafe-left-out = { $count } weitere Korrekturen sind nicht sicher und wurden ausgelassen (--unsafe-fixes wendet sie an)
fix-not-fixed = { $count } nicht erfüllte Befunde mit einer Korrektur konnten hier nicht behoben werden (--format json nennt die Gründe)

## phiguard diff

diff-headline = { $added } neu ({ $failing } nicht erfüllt), { $fixed } behoben, { $changed } geändert
diff-text-title = phiguard diff { $old } -> { $new }: { diff-headline }
diff-text-new = neu:
diff-text-fixed = behoben:
diff-text-changed = geändert:
diff-md-title = phiguard: Änderungen seit dem Basisbericht
diff-md-new = Neu
diff-md-fixed = Behoben
diff-md-changed = Geändert
diff-md-verdict = Ergebnis
diff-md-rule = Regel
diff-md-resource = Ressource
diff-md-location = Ort
diff-md-finding = Befund
