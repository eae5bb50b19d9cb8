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

fix-summary-written = { $fixes ->
        [one] { $fixes } Befund
       *[other] { $fixes } Befunde
    } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } behoben
fix-summary-shown = { $fixes ->
        [one] { $fixes } Befund
       *[other] { $fixes } Befunde
    } in { $files ->
        [one] { $files } Datei
       *[other] { $files } Dateien
    } behebbar
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

## phiguard explain: automatic fix

fix-explain-heading = Automatische Korrektur
fix-explain-none = Keine: `phiguard fix` ändert die Befunde dieser Regel nicht.
fix-explain-formats-both = Formate: CloudFormation (YAML, JSON) und Terraform.
fix-explain-formats-cfn = Formate: CloudFormation (YAML, JSON).
fix-explain-formats-tf = Formate: Terraform.
fix-explain-formats-none = Formate: noch keines.
fix-explain-what = { $text }.
fix-explain-safe = Sicher: `phiguard fix --write` wendet sie an.
fix-explain-unsafe = Nicht sicher, nur mit `--unsafe-fixes` angewendet: { $text }.
fix-why-replaces = eine Änderung an einer bestehenden Ressource ersetzt die Ressource (bei Datenspeichern durch eine neue, leere): migrieren Sie zuerst die Daten
fix-why-key-policy = die Richtlinie des KMS-Schlüssels muss dem Dienst (und jedem Leser) seine Verwendung erlauben, und der Schlüssel wird zu einem neuen Parameter, wenn die Vorlage keinen deklariert
fix-what-rds-tls-enforced = Setzt `rds.force_ssl: 1` (PostgreSQL) oder `require_secure_transport: ON` (MySQL, MariaDB) in der Parametergruppe der Vorlage oder fügt eine für die Engine-Familie hinzu
fix-why-rds-tls-enforced = Clients, die sich ohne TLS verbinden, werden abgewiesen; eine neue Parametergruppe wird nach einem Neustart wirksam
fix-what-ec2-phi-no-public-ip = Setzt `AssociatePublicIpAddress: false` auf den Netzwerkschnittstellen einer Instanz oder Startvorlage und `AssignPublicIp: DISABLED` auf einem ECS-Dienst (Terraform: `associate_public_ip_address = false`, `assign_public_ip = false`); eine Instanz in einem öffentlichen Subnetz oder mit einer Elastic IP muss ihr Autor verschieben
fix-why-ec2-phi-no-public-ip = die Instanz oder der Task ist aus dem Internet nicht mehr erreichbar und kann es in einem öffentlichen Subnetz ohne NAT-Gateway auch selbst nicht mehr erreichen
fix-what-phi-store-not-public = Setzt `PubliclyAccessible: false` auf einer RDS-Instanz und einen rein privaten API-Endpunkt auf einem EKS-Cluster (`EndpointPublicAccess: false`, `EndpointPrivateAccess: true`; Terraform: `publicly_accessible = false`, `endpoint_public_access = false`)
fix-why-phi-store-not-public = Clients außerhalb der VPC können sich nicht mehr verbinden (eine RDS-Instanz verliert ihre öffentliche Adresse; ein EKS-API-Endpunkt wird privat, sodass kubectl innerhalb der VPC laufen muss)
fix-what-ecs-container-logging = Setzt auf jedem Container, der nirgendwohin protokolliert, eine `awslogs`-`LogConfiguration` auf die Protokollgruppe, die die Vorlage deklariert (eine Vorlage ohne Protokollgruppe bleibt ihrem Autor überlassen)
fix-why-ecs-container-logging = die Ausführungsrolle des Tasks muss in die Protokollgruppe schreiben dürfen (logs:CreateLogStream, logs:PutLogEvents), sonst startet der Task nicht mehr
fix-what-ec2-imdsv2 = Setzt `MetadataOptions.HttpTokens: required` (Terraform: `metadata_options {"{"} http_tokens = "required" {"}"}`)
fix-why-ec2-imdsv2 = Software auf der Instanz, die noch IMDSv1 aufruft, verliert die Instanzmetadaten und die Anmeldedaten ihrer Rolle
fix-what-s3-bucket-access-logging = Setzt `LoggingConfiguration` auf einen in der Vorlage deklarierten Protokoll-Bucket oder einen neuen Parameter `AccessLogsBucketName` (Terraform: ein `aws_s3_bucket_logging`)
fix-why-s3-bucket-access-logging = fügt einen Parameter für den Protokoll-Bucket hinzu (außer die Vorlage deklariert einen Bucket, der wie ein Protokoll-Bucket benannt ist), dessen Richtlinie der S3-Protokollzustellung das Schreiben erlauben muss
fix-what-s3-bucket-tls-only = Fügt der Richtlinie des Buckets eine Anweisung hinzu, die Anfragen ohne `aws:SecureTransport` verweigert (Deny), oder legt eine neue `AWS::S3::BucketPolicy` an (Terraform: `aws_s3_bucket_policy`)
fix-what-s3-bucket-versioning = Setzt `VersioningConfiguration.Status: Enabled` (Terraform: ein `aws_s3_bucket_versioning`)
fix-what-s3-bucket-encryption = Deklariert die Standardverschlüsselung `SSEAlgorithm: AES256` (Terraform: eine `aws_s3_bucket_server_side_encryption_configuration`)
fix-what-s3-bucket-public-access-block = Setzt die vier Einstellungen von `PublicAccessBlockConfiguration` auf true (Terraform: ein `aws_s3_bucket_public_access_block`)
fix-why-s3-bucket-public-access-block = blockiert öffentlichen Zugriff, auf den ein Website-Bucket oder ein Bucket mit öffentlichen Datensätzen angewiesen sein kann
fix-what-logs-group-kms-encryption = Setzt `KmsKeyId` auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn`
fix-why-logs-group-kms-encryption = { fix-why-key-policy }
fix-what-logs-group-retention = Setzt `RetentionInDays: 2192` (Terraform: `retention_in_days = 2192`)
fix-why-logs-group-retention = Protokollereignisse, die älter als die Aufbewahrungsfrist (2192 Tage, sechs Jahre) sind, werden gelöscht
fix-what-sqs-queue-tls-only = Fügt der Richtlinie der Warteschlange eine Anweisung hinzu, die Anfragen ohne `aws:SecureTransport` verweigert (Deny), oder legt eine neue `AWS::SQS::QueuePolicy` an
fix-what-sqs-queue-encryption = Setzt `SqsManagedSseEnabled: true` (Terraform: `sqs_managed_sse_enabled = true`)
fix-what-dynamodb-table-kms-encryption = Setzt `SSESpecification: {"{"}SSEEnabled: true, SSEType: KMS{"}"}` (Terraform: `server_side_encryption {"{"} enabled = true {"}"}`)
fix-what-dynamodb-point-in-time-recovery = Setzt `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true` (Terraform: `point_in_time_recovery {"{"} enabled = true {"}"}`)
fix-what-sns-topic-encryption = Setzt `KmsMasterKeyId` auf einen in der Vorlage deklarierten Schlüssel, sonst auf `alias/aws/sns`
fix-why-sns-topic-encryption = AWS-Dienste, die im Thema veröffentlichen (CloudWatch-Alarme, S3- und EventBridge-Ereignisse), können den AWS-verwalteten Schlüssel alias/aws/sns nicht verwenden; sie benötigen einen kundenverwalteten Schlüssel, dessen Richtlinie sie zulässt
fix-what-rds-multi-az = Setzt `MultiAZ: true` auf einer DB-Instanz; fügt einem Aurora-Cluster mit einer Instanz eine zweite gleichartige Instanz hinzu (Terraform: `multi_az = true`)
fix-what-codebuild-artifact-encryption = Setzt `EncryptionKey` und schaltet `EncryptionDisabled` aus
fix-why-codebuild-artifact-encryption = { fix-why-key-policy }
fix-what-elb-tls-policy = Setzt `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06` auf dem Listener (Terraform: `ssl_policy`)
fix-why-elb-tls-policy = Clients, die nur TLS 1.0 oder 1.1 beherrschen, können sich nicht mehr verbinden
fix-what-elb-listener-tls = Macht aus einem HTTP-Listener einen HTTPS-Listener auf Port 443 mit dem Zertifikat eines neuen Parameters `ListenerCertificateArn` und `ELBSecurityPolicy-TLS13-1-2-2021-06`
fix-why-elb-listener-tls = der Listener wechselt von HTTP auf seinem Port zu HTTPS auf 443: Clients und Sicherheitsgruppen müssen folgen, und ein neuer Parameter `ListenerCertificateArn` muss ein ACM-Zertifikat nennen
fix-what-elb-access-logs = Schaltet Zugriffsprotokolle in den Bucket eines neuen Parameters ein
fix-why-elb-access-logs = fügt einen Parameter `LoadBalancerLogsBucketName` hinzu; die Richtlinie des Buckets muss Elastic Load Balancing das Schreiben erlauben
fix-what-vpc-flow-logs = Fügt für die VPC ein `AWS::EC2::FlowLog` in den Bucket eines neuen Parameters hinzu
fix-why-vpc-flow-logs = fügt einen Parameter `FlowLogsBucketName` hinzu; die Richtlinie des Buckets muss der Protokollzustellung das Schreiben erlauben
fix-what-ec2-flow-logs = Fügt für die VPC der Subnetze der Instanz oder Auto-Scaling-Gruppe (wenn die Vorlage sie deklariert und eine VPC sie alle enthält) ein `AWS::EC2::FlowLog` in den Bucket eines neuen Parameters hinzu, wie es die Korrektur von `vpc-flow-logs` tut
fix-why-ec2-flow-logs = { fix-why-vpc-flow-logs }
fix-what-rds-storage-encrypted = Setzt `StorageEncrypted: true` (Terraform: `storage_encrypted = true`)
fix-why-rds-storage-encrypted = { fix-why-replaces }
fix-what-rds-backup-retention = Setzt `BackupRetentionPeriod: 7` (Terraform: `backup_retention_period = 7`)
fix-what-kms-key-rotation = Setzt `EnableKeyRotation: true` (Terraform: `enable_key_rotation = true`)
fix-what-cloudfront-viewer-https = Setzt `ViewerProtocolPolicy: redirect-to-https` auf jedem Cache-Verhalten, das HTTP erlaubt
fix-what-efs-file-system-encrypted = Setzt `Encrypted: true` (Terraform: `encrypted = true`)
fix-why-efs-file-system-encrypted = { fix-why-replaces }
fix-what-efs-tls-required = Fügt der `FileSystemPolicy` eine Anweisung hinzu, die Anfragen ohne `aws:SecureTransport` verweigert (Deny)
fix-why-efs-tls-required = Clients, die ohne `-o tls` einhängen, verlieren den Zugriff; gab es keine Richtlinie, ersetzt die neue die Standardfreigabe von EFS, sodass Clients dann eine IAM-Berechtigung zum Einhängen benötigen
fix-what-ebs-volume-encrypted = Setzt `Encrypted: true` (Terraform: `encrypted = true`)
fix-why-ebs-volume-encrypted = { fix-why-replaces }
fix-what-ec2-instance-ebs-encrypted = Setzt `Ebs.Encrypted: true` auf jeder Blockgerätezuordnung
fix-why-ec2-instance-ebs-encrypted = { fix-why-replaces }
fix-what-cloudtrail-kms-encryption = Setzt `KMSKeyId` auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn`
fix-why-cloudtrail-kms-encryption = { fix-why-key-policy }
fix-what-cloudtrail-log-file-validation = Setzt `EnableLogFileValidation: true` (Terraform: `enable_log_file_validation = true`)
fix-what-cloudtrail-multi-region = Setzt `IsMultiRegionTrail: true` und `IncludeGlobalServiceEvents: true` (Terraform: `is_multi_region_trail = true`)
fix-what-elasticache-at-rest-encryption = Setzt `AtRestEncryptionEnabled: true` auf der Replikationsgruppe (Terraform: `at_rest_encryption_enabled = true`)
fix-why-elasticache-at-rest-encryption = { fix-why-replaces }
fix-what-elasticache-transit-encryption = Setzt `TransitEncryptionEnabled: true` (und `TransitEncryptionMode: required`, wo geschrieben) (Terraform: `transit_encryption_enabled = true`)
fix-why-elasticache-transit-encryption = Clients müssen sich dann mit TLS verbinden; bei älteren Engine-Versionen wird die Gruppe ersetzt
fix-what-elasticache-redis-auth = Setzt `AuthToken` aus einem neuen NoEcho-Parameter und `TransitEncryptionEnabled: true`
fix-why-elasticache-redis-auth = fügt einen NoEcho-Parameter für das AUTH-Token hinzu, der beim Bereitstellen angegeben werden muss; Clients müssen sich dann authentifizieren und TLS verwenden
fix-what-secretsmanager-secret-kms = Setzt `KmsKeyId` auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn`
fix-why-secretsmanager-secret-kms = { fix-why-key-policy }
fix-what-codecommit-repository-kms = Setzt `KmsKeyId` auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn`
fix-why-codecommit-repository-kms = { fix-why-key-policy }
fix-what-lambda-environment-kms = Setzt `KmsKeyArn` auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn`
fix-why-lambda-environment-kms = { fix-why-key-policy }

## scan history: the store

history-folder = { $history } ist ein Ordner; --history erwartet eine Datenbankdatei (oder setzen Sie --history ans Ende, oder schreiben Sie --history=FILE)
history-missing = Kein Scanverlauf unter { $history }; `phiguard scan --history` zeichnet einen auf
history-newer = { $history }: Das Schema des Verlaufs hat Version { $version } und ist neuer, als diese phiguard-Version kennt ({ $latest }); aktualisieren Sie phiguard

## phiguard history

history-text-title = Scanverlauf in { $history }: { $total } { $total ->
        [one] Scan
       *[other] Scans
    } aufgezeichnet, davon { $shown ->
        [one] der letzte
       *[other] die letzten { $shown }
    } gezeigt (älteste zuerst).
history-text-empty = Noch kein Scan aufgezeichnet; `phiguard scan --history` zeichnet einen auf.
history-col-scan = Scan
history-col-scanned-at = gescannt am
history-col-rule-set = Regelsatz
history-col-files = Dateien
history-col-resources = Ressourcen
history-col-change = Änderung
history-per-safeguard = Nicht erfüllt/unbestimmt/erfüllt je HIPAA-Schutzmaßnahme ("-": keine Regel dafür lief):
history-per-rule = Nicht erfüllt/unbestimmt/erfüllt je Regel ("-": keine Regel dafür lief):
history-no-finding = (keine Befunde in diesen Scans)
history-quiet = ({ $count } { $count ->
        [one] Regel, die nur erfüllt war, ist
       *[other] Regeln, die nur erfüllt waren, sind
    } ausgelassen; --format json listet jede Regel)
history-changed = Änderungen in Scan #{ $scan } seit Scan #{ $before } ({ $new } neue, { $fixed } behobene nicht erfüllte Befunde):
history-nothing-changed = nichts: dieselben Befunde sind nicht erfüllt
history-change-new = neu
history-change-fixed = behoben
history-change-line = { $change }  { $rule }  auf { $resource }  ({ $location })
history-and-more = ... und { $count } weitere (--format json listet alle)
