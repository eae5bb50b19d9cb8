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
