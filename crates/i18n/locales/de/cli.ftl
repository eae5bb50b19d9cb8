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

## custom rules

policy-no-rego = Benutzerdefinierte Regeln erfordern ein mit dem Feature `rego` gebautes phiguard (Richtlinienordner { $path })
policy-input-no-rego = --policy-input erfordert ein mit dem Feature `rego` gebautes phiguard

## phiguard coverage: why a requirement is not implemented

coverage-reason-appflow-non-s3-dest-encrypted = Ein Ziel außerhalb von S3 ist eine SaaS-Anwendung (Salesforce, Snowflake, Zendesk, SAP ...) oder ein Redshift-Cluster, der über ein AWS::AppFlow::ConnectorProfile erreicht wird, das nur eine Verbindung nennt. Die Verschlüsselung ruhender Daten in einer SaaS-Anwendung wird in dieser Anwendung konfiguriert, außerhalb jeder Vorlage, und erfordert eine manuelle Prüfung; Redshift-Cluster im Scan werden von der Redshift-Verschlüsselungsregel beurteilt.
coverage-reason-appstream-home-folder-encryption = Nichts in einer Vorlage kann diese Anforderung verletzen: Der HOMEFOLDERS-Speicher ist immer S3 mit SSE-S3 und TLS (AWS wendet dies an; es gibt keine Einstellung), und GOOGLE_DRIVE-/ONE_DRIVE-Connectoren müssen in Google Workspace oder Microsoft 365 im Rahmen der Vereinbarungen des Kunden mit diesen Anbietern konfiguriert werden, was nur eine manuelle Prüfung beurteilen kann.
coverage-reason-comprehend-iam-least-privilege = Geringste Berechtigung ist eine Beurteilung dessen, was jede Identität benötigt, und das steht in keiner Vorlage. comprehend:Detect* und die meisten Echtzeitaktionen unterstützen nur Resource "*", daher ist eine Berechtigung auf Resource "*" oft die geringstmögliche; sie zu melden wäre ein Fehlalarm. Die prüfbaren Teile sind umgesetzt: der S3-Bereich der Datenzugriffsrolle (comprehend-data-access-scope) und ihre Bedingungen gegen den Confused Deputy (comprehend-role-confused-deputy).
coverage-reason-comprehend-multi-tenancy = Eine Frage des Anwendungsdesigns: Wie eine mandantenfähige Anwendung Mandanten verifizierten E-Mail-Adressen oder Telefonnummern zuordnet, welche Attribute App-Clients schreiben dürfen und welcher Identitätsanbieter welchen Client bedient, entscheidet die Autorisierungslogik der Anwendung. Cognito-Einstellungen allein (AutoVerifiedAttributes, WriteAttributes) können nicht zeigen, ob ein Mandantenattribut dasjenige ist, nach dem die Anwendung autorisiert; manuelle Prüfung.
coverage-reason-ecs-firelens-no-phi-file-logs = Ob eine Anwendung PHI in Protokolldateien schreibt und ob Fluent Bit auf die Festplatte puffert (storage.path), wird im Anwendungscode und in einer Fluent-Bit-Konfigurationsdatei festgelegt, die in das Image eingebaut oder aus S3 geladen wird (FirelensConfiguration config-file-value); beides enthält die Vorlage nicht. Fargate-Task-Speicher ist immer verschlüsselt; Volumes von EC2-Containerinstanzen werden von den EBS-Verschlüsselungsregeln beurteilt.
coverage-reason-forecast-s3-buckets = Import- und Export-Buckets von Forecast werden nur in API-Aufrufen (CreateDatasetImportJob, CreateForecastExportJob) genannt, für die es keine CloudFormation- oder Terraform-Ressource gibt; daher verknüpft keine Vorlage einen Bucket mit Forecast. Die Buckets selbst werden wie jeder Bucket mit PHI von den S3-Regeln für Verschlüsselung und TLS beurteilt.
coverage-reason-healthlake-encrypted-export-bucket = Import- und Export-Buckets von HealthLake werden nur in den API-Aufrufen StartFHIRImportJob / StartFHIRExportJob genannt; AWS::HealthLake::FHIRDatastore hat keine Eigenschaft, die sie nennt, daher verknüpft keine Vorlage einen Bucket mit HealthLake. Die Buckets werden wie jeder Bucket mit PHI von den S3-Verschlüsselungsregeln beurteilt.
coverage-reason-lex-iam-least-privilege = Die geringste Berechtigung für lex:*-Aktionen hängt davon ab, welche Aufrufer welche Bots benötigen, und das steht in keiner Vorlage; eine auf Bot-ARNs beschränkte Richtlinie ist nur gegen eine Absicht prüfbar, die die Vorlage nicht festhält. Manuelle Prüfung der IAM-Richtlinien, die lex:-Aktionen gewähren.
coverage-reason-lex-monitoring = CloudTrail zeichnet Lex-API-Aufrufe ohne Konfiguration auf (eine Live-Prüfung des Trails), und CloudWatch-Alarme im Namespace AWS/Lex liegen normalerweise in einem separaten Überwachungs-Stack; das Fehlen eines Alarms in der Vorlage eines Bots belegt nicht, dass der Bot unüberwacht ist, daher wäre jedes Urteil anhand der Vorlage geraten.
coverage-reason-netfw-auto-encryption = Laut Whitepaper verschlüsselt Network Firewall Regeln und Protokolle im Ruhezustand und bei der Übertragung ohne besondere Konfiguration; keine Einstellung schaltet das ab, daher gibt es nichts, was eine Vorlage verletzen könnte. Der optionale kundenseitige Schlüssel existiert nur in der API bzw. in Terraform (encryption_configuration), und das Whitepaper verlangt ihn nicht; Protokollziele (S3, CloudWatch Logs, Firehose) werden von ihren eigenen Regeln beurteilt.
coverage-reason-polly-iam-least-privilege = Die geringste Berechtigung hängt davon ab, was jeder Principal benötigt, und das steht in keiner Vorlage. Polly vergibt für die Sprachsynthese keine Berechtigungen auf Ressourcenebene, daher wird eine eng gefasste Sprachrolle üblicherweise mit 'polly:*' auf '*' geschrieben; dies zu melden wäre ein Fehlalarm, und nichts sonst in einer Vorlage unterscheidet eine notwendige von einer übermäßigen Berechtigung.
coverage-reason-polly-output-s3-encrypted = Die asynchrone Synthese (StartSpeechSynthesisTask) ist ein API-Aufruf ohne CloudFormation- oder Terraform-Ressource, und Polly schreibt mit den Anmeldedaten des Aufrufers, daher nennt keine Vorlage den Ausgabe-Bucket. Jeder Bucket mit PHI wird bereits von der S3-Verschlüsselungsregel beurteilt.
coverage-reason-quicksight-enterprise-only = Die Edition ist eine Eigenschaft des Kontoabonnements, die CloudFormation nicht deklarieren kann; Terraforms aws_quicksight_account_subscription (edition) benötigt den Terraform-Adapter, und die Live-Prüfung (DescribeAccountSubscription) benötigt den AWS-Reader.
coverage-reason-redshift-spectrum-in-scope = Eine Aussage zum Geltungsbereich, keine Pflicht: Redshift Spectrum ist vom BAA abgedeckt, und die S3-Daten, die es abfragt, werden wie jeder andere Bucket von den S3-Regeln beurteilt.
coverage-reason-glacier-no-phi-in-names = S3-Glacier-Tresore haben keinen CloudFormation-Typ (nur Terraform aws_glacier_vault). Ihre Tags liest metadata-no-phi-in-tags, sobald der Terraform-Adapter Tresore in den Graphen abbildet; die Prüfung des Tresornamens wartet auf diesen Typnamen. Archivbeschreibungen schreiben Anwendungen, nicht Vorlagen.
coverage-reason-textract-input-sse = Textract hat keine CloudFormation- oder Terraform-Ressource: Eingabedokumente und die asynchrone OutputConfig (mit ihrer KMSKeyId) sind API-Parameter, und Textract liest mit den Anmeldedaten des Aufrufers, daher nennt keine Vorlage seine Buckets. Eingabe- und Ausgabe-Buckets mit PHI werden von der S3-Verschlüsselungsregel beurteilt.
coverage-reason-transcribe-no-retention-tls = Transkriptionsaufträge (OutputBucketName, OutputEncryptionKMSKeyId) sind API-Aufrufe ohne CloudFormation- oder Terraform-Ressource; TLS und das Fehlen einer Aufbewahrung sind Eigenschaften des Dienstes. Ausgabe-Buckets mit PHI werden von der S3-Verschlüsselungsregel beurteilt.
coverage-reason-vpc-private-connectivity = Eine AWS Site-to-Site VPN-Verbindung ist immer IPsec und kann daher nicht durchfallen; ob PHI über Direct Connect verschlüsselt wird, hängt von MACsec oder einem VPN-/TLS-Overlay ab, das eine Vorlage nicht zeigt (eine einfache aws_dx_connection ohne MACsec kann dennoch IPsec oder TLS transportieren). Kein Wert einer Vorlage kann diese Anforderung redlich als nicht erfüllt beurteilen.
coverage-reason-workdocs-audit-sharing = Der CloudTrail-Teil wird von cloudtrail-records-api-calls beurteilt (WorkDocs-API-Aufrufe sind Verwaltungsereignisse). Der Rest ist eine Entscheidung und eine Prüfung: Ob externes Teilen erlaubt ist, ist eine WorkDocs-Site-Einstellung ohne öffentliche Lese-API (nur Verwaltungskonsole), und das Prüfen des Aktivitätsprotokolls ist ein Prozess. Außerdem nimmt Amazon WorkDocs keine neuen Kunden mehr an, und der Support endete im April 2025.
coverage-reason-workdocs-mfa-radius = RADIUS-MFA ist eine Einstellung des WorkDocs-Verzeichnisses (ds:DescribeDirectories RadiusSettings); die Collectors lesen AWS Directory Service nicht, und der Support für WorkDocs endete im April 2025. Eine Regel bräuchte zuerst einen Verzeichnis-Collector (ein `AWS::DirectoryService::MicrosoftAD` mit `RadiusSettings` und die Verzeichnis-ID der WorkDocs-Site).
coverage-reason-mgn-encrypted-replication = Die Replikationseinstellungen liegen in Application Migration Service (mgn:DescribeReplicationConfigurationTemplates, ebsEncryption), das die Collectors nicht lesen; Migrationen sind kurzlebige Projekte und keine dauerhaften PHI-Speicher, und die EBS-Volumes, die sie anlegen, werden nach dem Erfassen von ebs-volume-encrypted und ebs-encryption-by-default beurteilt.
coverage-reason-ds-msad-encrypted = Beide Editionen von AWS Managed Microsoft AD speichern Verzeichnisdaten auf verschlüsselten EBS-Volumes mit AWS-verwalteten Schlüsseln, und Enterprise ist die Standardedition; LDAP bleibt in der VPC. Keine Einstellung schaltet dies ab, und die Anbindung an lokale Umgebungen (VPN oder Direct Connect) liegt außerhalb der Vorlage des Verzeichnisses.
coverage-reason-ds-ldaps = Der LDAPS-Status wird je Verzeichnis mit ds:DescribeLDAPSSettings gelesen; die Collectors lesen AWS Directory Service nicht, und die Anforderung ist im Whitepaper abgeleitet (optional). Eine Regel braucht zuerst einen Verzeichnis-Collector.
coverage-reason-drs-encrypted-replication = Die aktiven Replikationseinstellungen stammen aus Elastic Disaster Recovery (drs:DescribeReplicationConfigurationTemplates), das die Collectors nicht lesen. Vorlagen, die AWS::DRS::ReplicationConfigurationTemplate deklarieren, sind Sache der statischen Prüfung; die Staging-EBS-Volumes werden nach dem Erfassen von ebs-volume-encrypted und ebs-encryption-by-default beurteilt.
coverage-reason-sdkmetrics-log-group-kms = SDK Metrics (nur Enterprise Support, inzwischen veraltet) wird im SDK und im CloudWatch-Agenten konfiguriert, nicht in Vorlagen; nichts in einer Vorlage kennzeichnet, welche Protokollgruppe die Daten empfängt. Die KMS-Verschlüsselung von Protokollgruppen wird von den CloudWatch-Logs-Regeln beurteilt.
coverage-reason-sms-encrypted-volumes = AWS Server Migration Service wurde eingestellt (ersetzt durch Application Migration Service) und hat keine CloudFormation- oder Terraform-Ressource; Replikationsaufträge sind API-Aufrufe. Die entstehenden Instanzen und Volumes werden von den EBS-Verschlüsselungsregeln beurteilt.
coverage-reason-snowball-kms-key = Snowball-Aufträge sind einmalige Übertragungen (snowball:DescribeJob KmsKeyARN), keine dauerhafte Kontokonfiguration; die Collectors listen keine Aufträge, und der Schlüssel eines Auftrags steht bei seiner Erstellung fest. Snowball verschlüsselt immer mit einem KMS-Schlüssel (standardmäßig AWS-verwaltet), daher würde die Prüfung nur kundenverwaltete von AWS-verwalteten Schlüsseln unterscheiden.
coverage-reason-snowball-dest-bucket-sse-s3 = Snowball-Aufträge haben weder einen CloudFormation-Typ noch eine Ressource im Terraform-AWS-Provider, daher nennt keine Vorlage den Ziel-Bucket des Imports. Ziel-Buckets mit PHI werden von der S3-Verschlüsselungsregel beurteilt.
coverage-reason-gen-no-dedicated-tenancy-required = Eine Erlaubnis, keine Pflicht: Seit Mai 2017 sind dedizierte Instanzen und Hosts für PHI nicht mehr erforderlich, daher darf phiguard die Standard-Tenancy (AWS::EC2::Instance Tenancy, AWS::EC2::VPC InstanceTenancy) nie melden. Es gibt nichts zu prüfen; keine Regel betrachtet die Tenancy.
coverage-reason-aurora-engine-editions = Jede Engine, die AWS::RDS::DBCluster akzeptiert (aurora-mysql, aurora-postgresql sowie mysql/postgres für Multi-AZ-DB-Cluster), gehört zu einem berechtigten Abschnitt des Whitepapers, daher kann eine Vorlage hier nichts falsch machen; die Transportverschlüsselung prüfen die RDS-Regeln für die Verschlüsselung bei der Übertragung.

## progress bar

progress-reading = Eingaben werden gelesen

## fix: eks, dms, backup, emr, codepipeline

fix-why-emr-replaced = die Sicherheitskonfiguration und jeder Cluster, der sie verwendet, werden ersetzt: laufende Cluster werden beendet und neu erstellt (eine benannte Sicherheitskonfiguration muss umbenannt werden)
fix-what-eks-secrets-encryption = Setzt `EncryptionConfig`, um `secrets` mit einem in der Vorlage deklarierten Schlüssel oder einem neuen Parameter `KmsKeyArn` zu verschlüsseln (Terraform: `encryption_config`)
fix-why-eks-secrets-encryption = die Envelope-Verschlüsselung lässt sich nicht wieder ausschalten, und die Richtlinie des KMS-Schlüssels muss der Cluster-Rolle seine Verwendung erlauben (der Schlüssel wird zu einem neuen Parameter, wenn die Vorlage keinen deklariert)
fix-what-dms-kms-key = Setzt `KmsKeyId` (serverlos: `ComputeConfig.KmsKeyId`) auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn` (Terraform: `kms_key_arn`)
fix-why-dms-kms-key = die Replikationsinstanz wird ersetzt (ihre Aufgaben müssen neu gestartet werden), und die Richtlinie des KMS-Schlüssels muss AWS DMS seine Verwendung erlauben
fix-what-backup-vault-kms-key = Setzt `EncryptionKeyArn` auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn` (Terraform: `kms_key_arn`)
fix-why-backup-vault-kms-key = der Tresor wird durch einen neuen, leeren ersetzt (Wiederherstellungspunkte bleiben im alten Tresor, und ein benannter Tresor muss umbenannt werden), und die Richtlinie des KMS-Schlüssels muss AWS Backup seine Verwendung erlauben
fix-what-backup-plan-offsite-copy = Fügt jeder Sicherungsregel eine Kopieraktion in den Tresor eines neuen Parameters `OffsiteBackupVaultArn` hinzu (Terraform: `copy_action`)
fix-why-backup-plan-offsite-copy = fügt einen Parameter `OffsiteBackupVaultArn` hinzu: der Tresor muss in einer anderen Region oder einem anderen Konto bestehen und die Kopie erlauben, und für die Kopien fallen Speicher- und Übertragungskosten an
fix-what-emr-at-rest-encryption = Setzt `EnableAtRestEncryption: true` in der Sicherheitskonfiguration, die der Cluster nennt, wenn deren Einstellungen für die Verschlüsselung ruhender Daten (Schlüssel) geschrieben sind
fix-why-emr-at-rest-encryption = { fix-why-emr-replaced }
fix-what-emr-in-transit-encryption = Setzt `EnableInTransitEncryption: true` in der Sicherheitskonfiguration, die der Cluster nennt, wenn deren Einstellungen für die Verschlüsselung bei der Übertragung (Zertifikate) geschrieben sind
fix-why-emr-in-transit-encryption = { fix-why-emr-replaced }
fix-what-codepipeline-artifact-store-kms = Setzt den `EncryptionKey` des Artefaktspeichers auf einen in der Vorlage deklarierten Schlüssel oder einen neuen Parameter `KmsKeyArn` (Terraform: `encryption_key`)
fix-why-codepipeline-artifact-store-kms = { fix-why-key-policy }
## fix: why a fix was not written (`phiguard fix --format json`, skipped[].reason)
fix-skip-unsafe = nicht sicher ({ $why }); --unsafe-fixes wendet sie an
fix-skip-type = keine Korrektur für { $type }
fix-skip-not-plain-value = { $property } von { $resource } ist kein einfacher Wert
fix-skip-has-flow-log = { $vpc } hat in dieser Vorlage bereits ein Flow-Log des gesamten Datenverkehrs
fix-skip-engine = keine Korrektur für die Engine { $engine }
fix-skip-group-elsewhere = { $property } nennt keine Parametergruppe dieser Vorlage
fix-skip-no-family = keine Parametergruppenfamilie für { $engine } { $version } bekannt
fix-skip-template-parse = die Vorlage lässt sich nicht parsen: { $error }
fix-skip-written-as = als { $type } geschrieben, was die Korrektur nicht bearbeitet
fix-skip-template-broken = die korrigierte Vorlage ließe sich nicht parsen ({ $error }); nichts geschrieben
fix-skip-no-resource = keine Ressource { $resource }
fix-skip-no-path = { $resource } hat kein { $path }
fix-skip-not-a-mapping = { $key } kann hier nicht hinzugefügt werden: keine einfache Zuordnung
fix-skip-several-blocks = mehrere { $block }-Blöcke
fix-skip-file-parse = die Datei lässt sich nicht parsen: { $error }
fix-skip-file-broken = die korrigierte Datei ließe sich nicht parsen ({ $error }); nichts geschrieben
fix-skip-aurora-multi-az = eine Aurora-Instanz: fügen Sie stattdessen dem Cluster eine zweite Instanz hinzu
fix-skip-cluster-no-instance = der Cluster hat in dieser Vorlage keine Instanz
fix-skip-aurora-encryption = eine Aurora-Instanz: die Verschlüsselung wird am Cluster festgelegt
fix-skip-read-replica = ein Lesereplikat: verschlüsseln Sie seine Quellinstanz
fix-skip-aurora-backups = eine Aurora-Instanz: Sicherungen werden am Cluster festgelegt
fix-skip-listener-not-http = nur der HTTP-Listener eines Application Load Balancer wird auf HTTPS umgestellt
fix-skip-attributes-expression = LoadBalancerAttributes ist ein Ausdruck
fix-skip-vpc-unknown = die Subnetze oder ihre VPC sind in dieser Vorlage nicht deklariert
fix-skip-key-no-rotation = ein asymmetrischer oder HMAC-Schlüssel kann nicht automatisch rotiert werden
fix-skip-root-volume-ami = das Root-Volume stammt aus dem AMI: verschlüsseln Sie es mit der EBS-Standardverschlüsselung oder einem verschlüsselten AMI
fix-skip-public-address-elsewhere = die öffentliche Adresse stammt aus dem Subnetz oder einer Elastic IP: die Instanz zu verlegen ist eine Architekturänderung
fix-skip-containers-not-list = ContainerDefinitions ist keine in der Vorlage geschriebene Liste
fix-skip-no-log-group = die Vorlage deklariert keine AWS::Logs::LogGroup, an die die Protokolle der Container gesendet werden können
fix-skip-log-driver-expression = der Protokolltreiber jedes Containers ist als Ausdruck geschrieben
fix-skip-engine-not-literal = die Engine ist kein Literal
fix-skip-no-engine-version = keine EngineVersion: die Parametergruppenfamilie kann nicht gewählt werden
fix-skip-not-written = die Ressource ist in dieser Datei nicht als solche geschrieben (durch eine Transformation oder eine Schleife erzeugt)
fix-skip-no-cfn-fix = keine CloudFormation-Korrektur für diese Regel
fix-skip-already-fixed = die Ressource hat bereits, was die Korrektur schreibt; der Befund beruht auf etwas anderem
fix-skip-inline-encryption = eingebettete server_side_encryption_configuration: verschieben Sie sie in eine aws_s3_bucket_server_side_encryption_configuration
fix-skip-encryption-shape = die Verschlüsselungskonfiguration des Buckets ist in einer Form geschrieben, die die Korrektur nicht bearbeitet
fix-skip-inline-policy = eine eingebettete Bucket-Richtlinie: fügen Sie ihr die Deny-unless-aws:SecureTransport-Anweisung von Hand hinzu
fix-skip-policy-shape = die Bucket-Richtlinie ist kein jsonencode({"{"}Statement = [...]{"}"}), das die Korrektur ergänzen kann; fügen Sie die Anweisung von Hand hinzu
fix-skip-one-line-statements = eine einzeilige Anweisungsliste, die die Korrektur nicht bearbeitet
fix-skip-logging-shape = die Protokollierung des Buckets ist in einer Form geschrieben, die die Korrektur nicht bearbeitet
fix-skip-not-an-address = keine Ressourcenadresse
fix-skip-block-elsewhere = der Ressourcenblock ist nicht in dieser Datei
fix-skip-no-tf-fix = noch keine Terraform-Korrektur für diese Regel
fix-skip-empty-path = leerer Pfad
fix-skip-no-position = keine Positionsangabe
fix-skip-no-closing-brace = keine schließende geschweifte Klammer
fix-skip-one-line-block = ein einzeiliger Block, den die Korrektur nicht bearbeitet
fix-skip-no-resources = keine Resources
fix-skip-no-list-item = kein solcher Listeneintrag
fix-skip-expected-list = eine Liste erwartet
fix-skip-value-shape = ein vorhandener Wert hat eine andere Form
fix-skip-value-expression = ein vorhandener Wert ist ein Ausdruck oder eine Liste
fix-skip-position-outside = Position außerhalb der Datei
fix-skip-key-layout = ein Schlüssel in einem Layout, das die Korrektur nicht bearbeitet
fix-skip-empty-mapping = eine leere Zuordnung, die die Korrektur nicht bearbeitet
fix-skip-empty-list = eine leere Liste
fix-skip-list-layout = eine Liste in einem Layout, das die Korrektur nicht bearbeitet
fix-skip-value-form = ein Wert in einer Form, die die Korrektur nicht ersetzt
fix-skip-terraform-json = Terraform-JSON und Pläne werden nicht bearbeitet; korrigieren Sie die Konfiguration
fix-skip-internal-error = interner Fehler beim Korrigieren dieser Datei; nichts geschrieben

## scan --format sarif: a finding left out of the SARIF results (stderr)
cli-sarif-omitted-item = { $rule } für { $resource }: { $why }

## live AWS accounts (phiguard scan aws)

progress-collecting = AWS-Dienste werden erfasst
## fix: the five top-30 rules that had none

fix-what-vpc-security-group-open-ingress = Ersetzt eine offene Quelle (0.0.0.0/0, ::/0) in einer Eingangsregel für einen anderen Port als 80 und 443 durch einen neuen Parameter `AllowedIngressCidr` (`AllowedIngressCidrIpv6` für IPv6) ohne Standardwert (Terraform: eine Variable)
fix-why-vpc-security-group-open-ingress = sie ändert, wer den Port erreichen kann: Nur der im neuen Parameter `AllowedIngressCidr` (`AllowedIngressCidrIpv6` für IPv6) angegebene Bereich kann sich verbinden, alle anderen Quellen werden abgeschnitten
fix-what-ec2-cleartext-ingress = Verlegt eine für das Internet offene Eingangsregel auf einem Klartext-Port auf den TLS-Port des Protokolls (HTTP 80 auf 443, FTP 20-21 auf 989-990, Telnet 23 auf SSH 22, POP3 110 auf 995, IMAP 143 auf 993, LDAP 389 auf 636, 8080 auf 8443); r-Dienste, TFTP und SNMP bleiben dem Autor überlassen
fix-why-ec2-cleartext-ingress = der Dienst muss auf dem TLS-Port lauschen, und Clients müssen sich dorthin verbinden
fix-what-elb-target-tls = Macht aus einer HTTP-Zielgruppe eine HTTPS-Zielgruppe (aus TCP TLS) auf Port 443 (ein per Parameter gesetzter Port bleibt) und stellt eine HTTP-Zustandsprüfung auf HTTPS um; Classic Load Balancer bleiben dem Autor überlassen
fix-why-elb-target-tls = die Ziele müssen TLS auf Port 443 bereitstellen, und eine Änderung von Protokoll oder Port ersetzt die Zielgruppe
fix-what-backup-plan-covers-phi-stores = Fügt den ARN des Datenspeichers der Backup-Auswahl der Vorlage hinzu; eine Vorlage ohne Auswahl erhält einen Backup-Tresor, einen täglichen Plan, der Wiederherstellungspunkte 35 Tage aufbewahrt und in den Tresor eines neuen Parameters `BackupCopyVaultArn` kopiert, und eine Auswahl, deren Rolle die AWS-verwaltete Richtlinie AWSBackupServiceRolePolicyForBackup hat (Terraform: dieselben Ressourcen)
fix-why-backup-plan-covers-phi-stores = Backups verursachen Speicherkosten, und ein neuer Plan fügt einen Tresor, eine Rolle und einen Parameter `BackupCopyVaultArn` hinzu (sowie einen Parameter `KmsKeyArn`, wenn die Vorlage keinen Schlüssel deklariert)
fix-what-flow-transmission-encrypted = Behebt die Übertragungswege, die andere Korrekturen beheben: Der HTTP-Endpunkt eines SNS-Abonnements wird HTTPS, ein HTTP-Listener HTTPS (wie bei `elb-listener-tls`) und eine HTTP-Zielgruppe HTTPS (wie bei `elb-target-tls`); API-Gateway-Integrationen, Firehose-HTTP-Endpunkte und CloudFront-Ursprünge bleiben dem Autor überlassen
fix-why-flow-transmission-encrypted = die empfangende Seite muss dann TLS sprechen: Der SNS-Endpunkt muss HTTPS annehmen, die Ziele des Load Balancers müssen TLS bereitstellen, und ein HTTP-Listener braucht ein Zertifikat

## live AWS accounts (phiguard scan aws)
live-not-built = Dieses phiguard wurde ohne Live-AWS-Unterstützung gebaut; bauen Sie es mit `--features aws` (cargo install --path crates/cli --features aws)
live-role-placeholder = --role-arn muss {"{"}account{"}"} enthalten, wenn --accounts mehrere Konten nennt oder --organization verwendet wird
live-runtime = Die Laufzeitumgebung des AWS-Clients kann nicht gestartet werden: { $error }
live-unknown-services = Unbekannter Dienst { $services } (bekannt: { $known })
live-cannot-identify = Das Konto kann nicht ermittelt werden: { $error }
live-cannot-list-regions = Die Regionen des Kontos können nicht aufgelistet werden (ec2:DescribeRegions): { $error }
live-cannot-list-organization = Die Konten der Organisation können nicht aufgelistet werden (organizations:ListAccounts): { $error }
live-no-active-account = Die Organisation hat kein aktives Konto
live-internal = Interner Fehler: Ein Collector läuft nach dem Ende seines Scans weiter
## fix skip reasons (2)

fix-skip-no-parameter = kein Parameter { $name }
fix-skip-no-properties = keine Properties
fix-skip-expression-not-replaced = ein Ausdruck, den die Korrektur nicht ersetzt
fix-skip-no-open-literal-or-default = keine für das Internet offene Eingangsregel ist als literaler Bereich oder als Standardwert eines Parameters geschrieben
fix-skip-no-open-literal = keine für das Internet offene Eingangsregel ist als literaler Bereich geschrieben
fix-skip-all-protocols-open = alle Protokolle (oder TFTP, SNMP) sind offen: welche davon bleiben, entscheidet der Autor
fix-skip-no-tls-port = die Ports { $from }-{ $to } haben keinen TLS-Port, auf den sie verlegt werden können (FTP 21→990, Telnet 23→22, HTTP 80→443, LDAP 389→636, IMAP 143→993, POP3 110→995)
fix-skip-no-cleartext-literal-ports = keine offene Eingangsregel auf einem Klartext-Port ist mit literalen Ports geschrieben
fix-skip-target-group-not-http = nur eine HTTP- oder TCP-Zielgruppe wird auf HTTPS bzw. TLS umgestellt
fix-skip-no-http-subscription = kein Abonnement liefert über einfaches HTTP
fix-skip-already-tls = bereits HTTPS oder TLS (durch die Korrektur elb-target-tls oder elb-listener-tls dieses Laufs)
fix-skip-flow-hop-left = dieser Übertragungsweg bleibt dem Autor überlassen: API-Gateway-Integrationen, Firehose-HTTP-Endpunkte und CloudFront-Ursprünge müssen zuerst von ihrem Endpunkt über HTTPS bereitgestellt werden
fix-skip-encryption-config-written = { $property } ist geschrieben; welche Ressourcen damit verschlüsselt werden, entscheidet der Autor
fix-skip-artifact-stores-regions = Artefaktspeicher in mehreren Regionen brauchen in jeder Region einen Schlüssel: diese zu benennen ist Sache des Autors
fix-skip-backup-rules-not-list = BackupPlanRule ist keine in der Vorlage geschriebene Liste
fix-skip-copy-destinations-named = jede Regel nennt ihre Kopierziele; ob sie in eine andere Region oder ein anderes Konto verlegt werden, entscheidet der Autor
fix-skip-no-security-configuration = der Cluster nennt keine Sicherheitskonfiguration dieser Vorlage; ihre Schlüssel und Zertifikate entwirft der Autor
fix-skip-no-security-configuration-tf = der Cluster nennt keine Sicherheitskonfiguration dieser Terraform-Konfiguration; ihre Schlüssel und Zertifikate entwirft der Autor
fix-skip-no-encryption-configuration = in der Sicherheitskonfiguration ist keine EncryptionConfiguration geschrieben
fix-skip-security-configuration-lacks = die Sicherheitskonfiguration hat keine { $settings }: ihre Schlüssel oder Zertifikate entwirft der Autor
fix-skip-security-configuration-shape = die Sicherheitskonfiguration ist kein jsonencode({"{"}EncryptionConfiguration = {"{"}...{"}"}{"}"}), das die Korrektur bearbeiten kann
fix-skip-security-configuration-no-flag = die Sicherheitskonfiguration schreibt { $flag } nicht
fix-skip-inline-queue-policy = eine eingebettete Warteschlangenrichtlinie: fügen Sie ihr die Deny-unless-aws:SecureTransport-Anweisung von Hand hinzu
fix-skip-no-block-device = in der Konfiguration ist kein Blockgerät geschrieben
fix-skip-already-listens-443 = der Load Balancer lauscht bereits auf Port 443: richten Sie diesen Listener von Hand so ein, dass er dorthin umleitet
fix-skip-vpc-has-flow-log = { $vpc } hat bereits ein Flow-Log des gesamten Datenverkehrs
fix-skip-vpc-unknown-tf = die Subnetze oder ihre VPC sind in dieser Konfiguration nicht deklariert
fix-skip-group-elsewhere-tf = { $argument } nennt keine Parametergruppe dieser Konfiguration
fix-skip-no-engine-version-tf = kein engine_version: die Parametergruppenfamilie kann nicht gewählt werden
fix-skip-containers-not-jsonencode = container_definitions ist kein jsonencode([...])
fix-skip-containers-not-written = container_definitions ist kein in der Konfiguration geschriebenes jsonencode([...])
fix-skip-no-log-group-tf = die Konfiguration deklariert keine aws_cloudwatch_log_group, an die die Protokolle der Container gesendet werden können
fix-skip-container-expression = eine Container-Definition ist ein Ausdruck
fix-skip-one-line-container = eine einzeilige Container-Definition, die die Korrektur nicht bearbeitet
fix-skip-logs-configured = die Protokollkonfiguration jedes Containers ist geschrieben
fix-skip-no-artifact-store = kein artifact_store-Block ist geschrieben
fix-skip-store-repeated = der Datenspeicher wird durch count oder for_each erzeugt: welche seiner Instanzen gesichert werden, entscheidet der Autor
fix-skip-selection-expression = die Ressourcen der Backup-Auswahl sind ein Ausdruck
