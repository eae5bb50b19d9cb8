# Befundmeldungen (ein Satz je Meldung). Argumente sind Bezeichner oder Namen aus der Eingabe.

engine-not-phi = Nicht als PHI-haltig gekennzeichnet.
engine-conditional-resource = Die Ressource existiert nur, wenn die Bedingung '{ $condition }' zutrifft, die von einem nicht gesetzten Parameter abhängt; sie wird so beurteilt, als wäre sie erstellt.
engine-phi-path = PHI-Pfad: { $path }
s3-encryption-declared = Standardverschlüsselung { $algorithm } ist deklariert.
s3-encryption-invalid = SSEAlgorithm '{ $algorithm }' ist kein gültiger Algorithmus für serverseitige Verschlüsselung.
s3-encryption-no-algorithm = BucketEncryption deklariert keinen Standardverschlüsselungsalgorithmus.
s3-versioning-absent = Versionierung ist nicht konfiguriert; S3-Buckets sind standardmäßig nicht versioniert.
s3-versioning-enabled = Versionierung ist aktiviert.
s3-versioning-suspended = Versionierung ist Suspended: Frühere Versionen bleiben erhalten, aber neue Überschreibungen und Löschungen sind nicht wiederherstellbar.
s3-versioning-other = Versionierungsstatus '{ $status }' ist nicht Enabled.
rds-aurora-member = Mitglied eines Aurora-Clusters; der Cluster trägt das Ergebnis.
rds-storage-encrypted-absent = StorageEncrypted ist nicht gesetzt; RDS-Speicher ist standardmäßig unverschlüsselt.

## vpc-flow-logs

vpc-flow-logs-all-traffic = Flow-Log '{ $log }' zeichnet den gesamten Datenverkehr der VPC auf.
vpc-flow-logs-all-subnets = Jedes Subnetz der VPC hat ein Flow-Log, das den gesamten Datenverkehr aufzeichnet.
vpc-flow-logs-none = Kein Flow-Log zeichnet den Datenverkehr der VPC auf.

## sns-topic-encryption

sns-topic-encryption-kms = Nachrichten werden im Ruhezustand mit einem KMS-Schlüssel verschlüsselt.
sns-topic-encryption-absent = KmsMasterKeyId ist nicht gesetzt; SNS verschlüsselt gespeicherte Nachrichten standardmäßig nicht.

## sqs-queue-encryption

sqs-queue-encryption-kms = Nachrichten werden mit einem KMS-Schlüssel (KmsMasterKeyId) verschlüsselt.
sqs-queue-encryption-sse-sqs = Nachrichten werden mit von SQS verwalteten Schlüsseln (SSE-SQS) verschlüsselt.
sqs-queue-encryption-disabled = SqsManagedSseEnabled ist false und kein KMS-Schlüssel ist gesetzt; Nachrichten werden unverschlüsselt gespeichert.

## sqs-queue-tls-only

sqs-tls-no-policy = Keine Queue-Richtlinie lehnt Anfragen ohne TLS ab (die Queue hat keine Richtlinie).
sqs-tls-enforced = Die Queue-Richtlinie lehnt Anfragen ohne TLS ab.

## s3-bucket-tls-only

s3-tls-enforced = Bucket-Richtlinie { $policies } lehnt Anfragen ohne TLS an den Bucket und seine Objekte ab.
s3-tls-no-policy = Keine Bucket-Richtlinie lehnt Anfragen ohne TLS ab; S3 akzeptiert unverschlüsseltes HTTP, sofern keine Richtlinie aws:SecureTransport = false ablehnt.
s3-tls-missing = Bucket-Richtlinie { $policies } enthält keine Anweisung, die Anfragen ohne TLS ablehnt (Effect Deny, Principal "*", Condition Bool aws:SecureTransport = false).

## s3-bucket-access-logging

s3-logging-on-to = Serverzugriffsprotokollierung ist aktiv, Ziel { $bucket }.
s3-logging-on-other = Serverzugriffsprotokollierung ist aktiv, Ziel ist ein anderer Bucket.
s3-logging-on-itself = Serverzugriffsprotokollierung ist aktiv, Ziel ist der Bucket selbst.
s3-logging-on = Serverzugriffsprotokollierung ist aktiv.
s3-logging-data-events = Keine Serverzugriffsprotokollierung, aber ein CloudTrail-Trail zeichnet S3-Datenereignisse für diesen Bucket auf.
s3-logging-none = Weder die Serverzugriffsprotokollierung (LoggingConfiguration) noch CloudTrail-S3-Datenereignisse zeichnen Zugriffe auf die Objekte dieses Buckets auf.

## s3-bucket-public-access-block

s3-pab-account = Der Block Public Access des Kontos hat alle vier Einstellungen aktiviert; das deckt diesen Bucket ab.
s3-pab-public-acl = Der Bucket gewährt die öffentliche vordefinierte ACL { $acl } und deklariert keine PublicAccessBlockConfiguration.
s3-pab-live-absent = Der Bucket hat keine Block-Public-Access-Konfiguration, und die des Kontos aktiviert nicht alle vier Einstellungen.
s3-pab-incomplete-one-account = Block Public Access ist unvollständig: { $settings } ist deaktiviert (weder am Bucket noch am Konto aktiviert).
s3-pab-incomplete-many-account = Block Public Access ist unvollständig: { $settings } sind deaktiviert (weder am Bucket noch am Konto aktiviert).
s3-pab-incomplete-one = Block Public Access ist unvollständig: { $settings } ist deaktiviert (eine nicht angegebene Einstellung ist deaktiviert).
s3-pab-incomplete-many = Block Public Access ist unvollständig: { $settings } sind deaktiviert (eine nicht angegebene Einstellung ist deaktiviert).
s3-pab-all-on = Alle vier Block-Public-Access-Einstellungen sind aktiviert.

## s3-transfer-acceleration-protected

s3-acceleration-off = Transfer Acceleration ist nicht aktiviert.
s3-acceleration-protected = Der beschleunigte Bucket deklariert eine Standardverschlüsselung und lehnt Anfragen ohne TLS ab.

## logs-group-kms-encryption

logs-kms-set = Die Protokollgruppe ist mit einem KMS-Schlüssel verschlüsselt.
logs-kms-absent = KmsKeyId ist nicht gesetzt; CloudWatch Logs verschlüsselt die Daten standardmäßig mit dienstverwalteten Schlüsseln, aber nur ein KMS-Schlüssel beschränkt den Zugriff per Schlüsselrichtlinie und hinterlässt in CloudTrail eine Spur der Schlüsselnutzung.

## logs-group-retention

logs-retention-days = Protokollereignisse werden { $days } Tag(e) aufbewahrt.
logs-retention-absent = RetentionInDays ist nicht gesetzt; Protokollereignisse, die PHI enthalten können, verfallen nie, und keine Aufbewahrungsentscheidung ist dokumentiert; deklarieren Sie die Frist, die Ihre Aufbewahrungsrichtlinie verlangt.

## rds-backup-retention

rds-backup-cluster-member = Mitglied eines DB-Clusters; die Backup-Aufbewahrung des Clusters gilt.
rds-backup-read-replica = Lesereplikat; automatische Backups werden für die Quelldatenbank aufbewahrt.
rds-backup-zero = BackupRetentionPeriod ist 0; automatische Backups und Point-in-Time-Wiederherstellung sind deaktiviert.
rds-backup-short = Automatische Backups werden { $days } Tag(e) aufbewahrt; für PHI werden 7 Tage oder mehr empfohlen.
rds-backup-days = Automatische Backups werden { $days } Tage aufbewahrt.

## rds-multi-az

rds-multi-az-cluster = Multi-AZ-DB-Cluster verteilen ihre Instances auf drei Availability Zones.
rds-multi-az-serverless = Aurora Serverless v1 verwaltet sein Failover selbst.
rds-multi-az-no-instance = Keine Instance des Clusters ist im Scan definiert.
rds-multi-az-single = Der Aurora-Cluster hat nur eine Instance, daher gibt es kein Replikat in einer anderen Availability Zone für ein Failover.
rds-multi-az-instances = Der Aurora-Cluster hat { $count } Instances.
rds-multi-az-member = Mitglied eines DB-Clusters; der Cluster trägt das Ergebnis.
rds-multi-az-replica = Ein Lesereplikat; seine Quelle trägt das Ergebnis.
rds-multi-az-absent = MultiAZ ist nicht gesetzt, daher läuft die Datenbank in einer einzigen Availability Zone.

## rds-tls-enforced

rds-tls-cluster-member = Mitglied eines DB-Clusters; die Parametergruppe des Clusters trägt das Ergebnis.
rds-tls-oracle = Oracle verschlüsselt Verbindungen mit Native Network Encryption in der Optionsgruppe (Regel rds-oracle-encryption-in-transit).
rds-tls-other-engine = Engine '{ $engine }' hat im Whitepaper keine TLS-Anforderung.
rds-tls-custom = RDS Custom: TLS wird auf dem Datenbank-Host konfiguriert, nicht in einer Parametergruppe.
rds-tls-aurora-instance = Aurora-Instances übernehmen die TLS-Einstellungen von ihrem Cluster.

## sns-subscription-https

sns-sub-topic-not-phi = Thema '{ $topic }' ist nicht als PHI-führend gekennzeichnet.
sns-sub-not-written = { $path } ist nicht angegeben.
sns-sub-not-phi = Nicht als PHI-führend gekennzeichnet.
sns-sub-no-inline = Keine Inline-Abonnements (separate AWS::SNS::Subscription-Ressourcen werden eigenständig bewertet).
sns-sub-empty = Die Inline-Liste Subscription ist leer.
sns-sub-http = Stellt Nachrichten über unverschlüsseltes http zu: alles, was im Thema veröffentlicht wird, durchquert das Netzwerk unverschlüsselt.
sns-sub-https = Stellt über https zu.
sns-sub-aws-service = Stellt an { $protocol } über TLS innerhalb der Service-Endpunkte von AWS zu.
sns-sub-unencrypted-channel = Stellt per { $protocol } zu, was AWS ohne Ende-zu-Ende-Verschlüsselung verlässt; halten Sie PHI aus diesen Benachrichtigungen heraus.
sns-sub-unrecognised = Unbekanntes Zustellprotokoll '{ $protocol }'.

## redshift-audit-logging

redshift-audit-absent = LoggingProperties ist nicht gesetzt; die Audit-Protokollierung ist deaktiviert.
redshift-audit-cloudwatch = Audit-Protokolle gehen an CloudWatch Logs.
redshift-audit-s3 = Audit-Protokolle gehen an S3.
redshift-audit-no-destination = LoggingProperties nennt weder einen S3-Bucket noch CloudWatch Logs; die Audit-Protokollierung ist deaktiviert.

## redshift-encryption-at-rest

redshift-encrypted = Der Cluster ist verschlüsselt.
redshift-encrypted-false = Encrypted ist false; Daten und Backups des Clusters sind nicht verschlüsselt.

## glue-catalog-encryption

glue-catalog-passwords-encrypted = Katalog-Metadaten und Verbindungspasswörter sind mit KMS verschlüsselt.
glue-catalog-passwords-clear = ReturnConnectionPasswordEncrypted ist false; Verbindungspasswörter werden im Klartext zurückgegeben.
glue-catalog-passwords-absent = Die Verschlüsselung von Verbindungspasswörtern ist nicht aktiviert.
glue-catalog-not-phi = Nicht als PHI-haltig gekennzeichnet.

## glue-connection-ssl

glue-connection-not-jdbc = Keine JDBC-Verbindung.

## glue-job-encryption

glue-job-python-shell = Python-Shell-Jobs schreiben über ihren eigenen Code.
glue-job-ray = Die S3-Verschlüsselungseinstellungen von Ray-Jobs werden nicht bewertet.
glue-job-sse-s3 = Der Job schreibt S3-Daten mit SSE-S3 (--encryption-type).
glue-job-no-encryption = Der Job hat weder eine Sicherheitskonfiguration noch --encryption-type, daher hat seine S3-Ausgabe keine serverseitige Verschlüsselungseinstellung.

## sagemaker-endpoint-kms

sagemaker-endpoint-kms-set = Der Hosting-Speicher ist mit dem angegebenen KMS-Schlüssel verschlüsselt.
sagemaker-endpoint-no-variants = Die Endpunktkonfiguration hat keine Produktionsvarianten.

## sagemaker-job-output-kms

sagemaker-job-not-job = Keine Job-Definition.
sagemaker-job-output-kms-set = Job-Ausgaben sind mit dem angegebenen KMS-Schlüssel verschlüsselt.
sagemaker-pipeline-s3 = Die Pipeline-Definition wird aus S3 gelesen (PipelineDefinitionS3Location), daher können ihre Schritte hier nicht bewertet werden.
sagemaker-pipeline-no-steps = Die Pipeline-Definition enthält keine lesbaren Steps.

## sagemaker-notebook-kms

sagemaker-notebook-not-phi = Nicht als PHI-haltig gekennzeichnet.

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-disabled = Der direkte Internetzugang ist deaktiviert; der Datenverkehr läuft über die VPC.
sagemaker-notebook-internet-absent = DirectInternetAccess ist nicht gesetzt; Notebooks haben standardmäßig direkten Internetzugang.

## iam-console-user-mfa

iam-console-no-password = Der Benutzer hat kein Konsolenpasswort.
iam-console-password-not-collected = CredentialReport.PasswordEnabled wurde nicht erfasst.
iam-console-has-mfa = Der Konsolenbenutzer hat MFA.
iam-console-mfa-not-collected = CredentialReport.MfaActive wurde nicht erfasst.

## iam-console-user-no-access-keys

iam-console-no-active-key = Der Konsolenbenutzer hat keinen aktiven Zugriffsschlüssel.

## ses-receipt-s3-kms

ses-receipt-disabled = Die Empfangsregel ist deaktiviert.
ses-receipt-no-actions = Die Empfangsregel hat keine Aktionen.
ses-receipt-no-s3 = Die Empfangsregel speichert keine E-Mails in S3.
ses-receipt-kms = Empfangene E-Mails werden mit KMS verschlüsselt, bevor SES sie in S3 speichert.

## ses-tls-required

ses-tls-require = Die Zustellung erfordert TLS; SES weicht nicht auf Klartext aus.
ses-tls-absent = Keine TlsPolicy ist gesetzt; der Standard (OPTIONAL) stellt im Klartext zu, wenn der empfangende Server kein TLS anbietet.

## transfer-server-logging

transfer-logging-on = Der Server protokolliert Benutzeraktivitäten in CloudWatch Logs.
transfer-logging-absent = Weder LoggingRole noch StructuredLogDestinations; Benutzersitzungen und Dateiübertragungen werden nicht protokolliert.

## transfer-server-no-ftp

transfer-sftp-only = Der Server bietet nur SFTP an (Standard).

## transfer-user-home-bucket-encrypted

transfer-home-efs = Der Server speichert Dateien in EFS.
transfer-home-none = Der Benutzer hat kein Home-Verzeichnis.
transfer-home-not-s3 = Kein S3-Home-Verzeichnis.

## macie-enabled

macie-no-phi-bucket = Kein S3-Bucket mit PHI in den gescannten Konten und Regionen.
macie-no-session-no-phi = Weder eine Macie-Sitzung noch ein S3-Bucket mit PHI im Scan.
macie-session-default = Die Macie-Sitzung ist aktiviert (Status ist standardmäßig ENABLED).
macie-session-enabled = Die Macie-Sitzung ist aktiviert.

## macie-job-bucket-encryption

macie-job-criteria = Der Job wählt Buckets nach Kriterien aus, nicht nach Namen.
macie-job-no-buckets = Der Job nennt keine Buckets.

## ssm-output-encrypted

ssm-output-no-s3 = Kein S3-Ausgabeort.
ssm-output-not-session-prefs = Kein Einstellungsdokument von Session Manager.
ssm-output-no-content = Das Dokument hat keinen Inhalt.
ssm-output-encrypted-only = Sitzungsprotokolle werden nur an verschlüsselte Ziele gesendet.

## ssm-parameter-secure-string

ssm-parameter-secure = Der Parameter ist ein SecureString, mit KMS verschlüsselt.

## kinesis-stream-encryption

kinesis-stream-unencrypted = StreamEncryption ist nicht gesetzt; der Stream speichert Datensätze unverschlüsselt.
kinesis-stream-kms = Datensätze werden mit einem KMS-Schlüssel verschlüsselt.

## kms-key-rotation

kms-rotation-absent = EnableKeyRotation ist nicht gesetzt; KMS-Schlüssel werden nur rotiert, wenn es true ist.

## lambda-url-auth

lambda-url-iam = Aufrufer müssen Anfragen mit IAM-Anmeldeinformationen signieren.
lambda-url-none = Die Funktion hat keine Funktions-URL.

## msk-broker-logs

msk-broker-logs-none = Unter LoggingInfo.BrokerLogs ist kein Broker-Protokollziel aktiviert.

## msk-encryption-at-rest-kms

msk-storage-kms = Der Broker-Speicher ist mit einem deklarierten KMS-Schlüssel verschlüsselt.

## msk-public-access-disabled

msk-public-disabled = Der öffentliche Zugriff ist DISABLED.

## msk-tls-in-transit

msk-tls-on = ClientBroker ist TLS, und die Verschlüsselung zwischen Brokern ist aktiviert.

## neptune-audit-logs

neptune-audit-not-exported = EnableCloudwatchLogsExports enthält audit nicht.
neptune-audit-default-group = Audit-Protokolle werden exportiert, aber die Standard-Cluster-Parametergruppe belässt neptune_enable_audit_log bei 0, daher wird nichts aufgezeichnet.

## neptune-tls

neptune-tls-current-engine = Keine EngineVersion ist festgelegt, daher läuft der Cluster mit einer aktuellen Engine, die nur HTTPS annimmt.

## qldb-ledger-kms

qldb-kms-aws-owned = Die Verschlüsselung mit dem AWS-eigenen Schlüssel ist deklariert.
qldb-kms-declared = Das Ledger ist mit einem deklarierten KMS-Schlüssel verschlüsselt.

## qldb-permissions-mode-standard

qldb-permissions-allow-all = PermissionsMode ist ALLOW_ALL; jeder, dem SendCommand erlaubt ist, kann jede Tabelle lesen und ändern.
qldb-permissions-not-written = PermissionsMode ist erforderlich, aber nicht angegeben.
qldb-permissions-standard = Das Ledger prüft IAM-Berechtigungen auf Tabellenebene (STANDARD).

## opensearch-vpc-access

opensearch-public-unreadable-policy = Die Domäne hat einen öffentlichen Endpunkt, und ihre Zugriffsrichtlinie kann nicht gelesen werden.
opensearch-in-vpc = Die Domäne läuft innerhalb einer VPC.

## iot-domain-tls-policy

iot-domain-default-policy = Die Standard-Sicherheitsrichtlinie verlangt TLS 1.2 oder höher.

## iot-policy-no-wildcard

iot-policy-no-wildcard = Keine Anweisung erlaubt jede IoT-Aktion auf jeder Ressource.
iot-policy-no-document = Die Richtlinie hat kein Dokument.

## healthlake-datastore-kms

healthlake-kms-customer = Mit einem kundenverwalteten KMS-Schlüssel verschlüsselt.
healthlake-kms-aws-owned = Die Verschlüsselung mit dem AWS-eigenen Schlüssel ist deklariert.

## guardduty-enabled

guardduty-enable-absent = Enable ist am Detektor nicht gesetzt.
guardduty-nothing-scanned = Es wurde nichts gescannt.

## globalaccelerator-encrypted-listener

ga-port-range-unresolvable = Ein Portbereich ist nicht auflösbar.
ga-all-ports-tls = Jeder Listener-Port erreicht einen Endpunkt, der TLS terminiert.
ga-no-port-ranges = Der Listener deklariert keine Portbereiche.
## Gemeinsamer Helfer: require_true (what verweist auf eine what-*-Meldung unten)

helper-true-on = { $what }: { $path } ist true.
helper-true-off = { $what } ist ausgeschaltet: { $path } ist false.
what-log-file-integrity-validation = Integritätsprüfung der Protokolldateien
what-multi-region-logging = Protokollierung über alle Regionen
what-storage-encryption = Speicherverschlüsselung
what-point-in-time-recovery = Point-in-Time-Wiederherstellung
what-ebs-encryption = EBS-Verschlüsselung
what-encryption-at-rest = Verschlüsselung ruhender Daten
what-access-logging = Zugriffsprotokollierung

## Gemeinsamer Helfer: Ctx::aws_default (missing und does verweisen auf die *-default-*-Meldungen der Regeln)

helper-aws-default-trusted = { $missing }; akzeptiert (trust_aws_defaults): AWS { $does }.
helper-aws-default-fail = { $missing }. AWS { $does }, aber die Konfiguration deklariert es nicht, daher ist es kein Nachweis für ein Audit.

## mq-encryption-at-rest

mq-encryption-at-rest-default-missing = Es ist keine Option zur Verschlüsselung ruhender Daten deklariert
mq-encryption-at-rest-default-does = verschlüsselt ActiveMQ-Broker mit einem AWS-eigenen Schlüssel, wenn keiner deklariert ist
mq-encryption-at-rest-default-missing-2 = EncryptionOptions gibt nicht an, welcher Schlüssel den Broker verschlüsselt
mq-encryption-at-rest-default-does-2 = verwendet einen AWS-eigenen Schlüssel, wenn UseAwsOwnedKey nicht gesetzt ist

## backup-vault-kms-key

backup-vault-kms-key-default-missing = Für den Backup-Tresor ist kein EncryptionKeyArn deklariert
backup-vault-kms-key-default-does = verschlüsselt die Backups des Tresors mit dem AWS-Backup-Standardschlüssel (aws/backup)

## databrew-job-encryption

databrew-job-encryption-default-missing = Für die Jobausgabe ist kein Verschlüsselungsmodus gesetzt
databrew-job-encryption-default-does = verschlüsselt neue S3-Objekte standardmäßig mit SSE-S3

## dms-target-encrypted

dms-target-encrypted-default-missing = Für die S3-Zieldateien ist kein Verschlüsselungsmodus angegeben
dms-target-encrypted-default-does = schreibt sie standardmäßig mit SSE-S3

## eks-secrets-encryption

eks-secrets-encryption-default-missing = Es ist keine Envelope-Verschlüsselung der Kubernetes-Secrets mit einem KMS-Schlüssel deklariert
eks-secrets-encryption-default-does = verschlüsselt Kubernetes-API-Daten auf Clustern ab Version 1.28 mit einem AWS-eigenen Schlüssel

## elasticache-at-rest-encryption

elasticache-at-rest-encryption-default-missing = AtRestEncryptionEnabled ist nicht deklariert
elasticache-at-rest-encryption-default-does = verschlüsselt Valkey-Replikationsgruppen standardmäßig im Ruhezustand

## athena-workgroup-results-encrypted

athena-workgroup-results-encrypted-default-missing = Es ist keine Verschlüsselung der Abfrageergebnisse deklariert
athena-workgroup-results-encrypted-default-does = verschlüsselt seit Januar 2023 neue Objekte im Ergebnis-Bucket mit SSE-S3

## codebuild-artifact-encryption

codebuild-artifact-encryption-default-missing = Für die Build-Ausgabe ist kein KMS-Schlüssel angegeben
codebuild-artifact-encryption-default-does = verschlüsselt sie mit dem AWS-verwalteten Schlüssel aws/s3

## codecommit-repository-kms

codecommit-repository-kms-default-missing = Für das Repository ist kein KMS-Schlüssel angegeben
codecommit-repository-kms-default-does = verschlüsselt Repositorys mit dem AWS-verwalteten Schlüssel aws/codecommit

## ecr-repository-encryption

ecr-repository-encryption-default-missing = Es ist keine Image-Verschlüsselung deklariert
ecr-repository-encryption-default-does = verschlüsselt Images standardmäßig mit AES256 (SSE-S3)

## Gemeinsame Helfer: warum der Wert eines Pfads nicht lesbar ist

helper-path-ref = { $path } verweist auf '{ $target }', das erst bei der Bereitstellung bekannt ist.
helper-path-secret = { $path } stammt aus einem Secret.
helper-path-choice = { $path } hängt von der Bedingung '{ $condition }' ab, die von einem nicht gesetzten Parameter oder einer nicht gesetzten Variablen abhängt.
helper-path-literal-secret = { $path } ist ein Secret, dessen literaler Standardwert im Repository eingecheckt ist.
helper-path-not-literal = { $path } ist kein literaler Wert.
helper-path-not-string = { $path } ist keine Zeichenkette.
helper-true-ref = { $what }: { $path } verweist auf '{ $target }', das erst bei der Bereitstellung bekannt ist.
helper-true-secret = { $what }: { $path } stammt aus einem Secret.
helper-true-choice = { $what }: { $path } hängt von der Bedingung '{ $condition }' ab, die von einem nicht gesetzten Parameter oder einer nicht gesetzten Variablen abhängt.
helper-true-literal-secret = { $what }: { $path } ist ein Secret, dessen literaler Standardwert im Repository eingecheckt ist.
helper-true-not-literal = { $what }: { $path } ist kein literaler Wert.

## ec2-imdsv2

ec2-imdsv2-disabled = Der Instanz-Metadatendienst ist deaktiviert.
ec2-imdsv2-tokens-absent = HttpTokens ist nicht gesetzt, daher bleibt IMDSv1 verfügbar, sofern nicht das AMI oder die Kontostandardeinstellung Token verlangt.
ec2-imdsv2-required = IMDSv2-Sitzungstoken sind erforderlich.
ec2-imdsv2-optional = HttpTokens ist optional, daher können IMDSv1-Anfragen die Anmeldedaten der Instanzrolle lesen.
ec2-imdsv2-template = Die Startvorlage '{ $template }' trägt die Metadatenoptionen.
ec2-imdsv2-template-outside = Die Metadatenoptionen stammen aus der Startvorlage '{ $template }', die nicht im Scan enthalten ist.

## elb-access-logs

elb-access-logs-policy-absent = AccessLoggingPolicy ist nicht aktiviert: Anfragen werden nicht protokolliert.
elb-access-logs-gateway = Gateway Load Balancer haben keine Zugriffsprotokolle.
elb-access-logs-nlb-no-tls = Zugriffsprotokolle eines Network Load Balancer erfassen nur TLS-Verbindungen, und dieser hat im Scan keinen TLS-Listener.
elb-access-logs-no-attribute = Zugriffsprotokolle sind nicht aktiviert (kein Attribut access_logs.s3.enabled).
elb-access-logs-enabled = Zugriffsprotokolle werden in S3 geschrieben.
elb-access-logs-disabled = access_logs.s3.enabled ist false: Anfragen werden nicht protokolliert.
elb-access-logs-no-value = { $key } hat keinen Wert.

## ec2-flow-logs

ec2-flow-logs-no-subnet = Es ist kein Subnetz angegeben (Standard-VPC oder Netzwerkeinstellungen einer Startvorlage).
ec2-flow-logs-subnets-outside = Die Subnetze sind außerhalb des Scans definiert; VPC-Flow-Logs werden dort beurteilt, wo die VPC definiert ist.
ec2-flow-logs-vpc-outside = Die VPC ist außerhalb des Scans definiert; VPC-Flow-Logs werden dort beurteilt, wo die VPC definiert ist.
ec2-flow-logs-uncovered-elsewhere = Weder das Subnetz '{ $subnet }' noch die VPC '{ $vpc }' hat in der Vorlage ein Flow-Log, und das Flow-Log '{ $flowlog }' deckt eine VPC oder ein Subnetz ab, das nicht aufgelöst werden kann.
ec2-flow-logs-uncovered = Weder das Subnetz '{ $subnet }' noch die VPC '{ $vpc }' hat ein Flow-Log, daher wird der Verkehr zu den Instanzen nicht aufgezeichnet.
ec2-flow-logs-covered = Die Subnetze der Instanzen sind durch VPC-Flow-Logs abgedeckt.

## elb-target-tls

elb-target-tls-lambda = Lambda-Ziele werden über die Lambda-API aufgerufen.
elb-target-tls-no-protocol = Protocol ist nicht angegeben.
elb-target-tls-encrypted = Die Ziele werden über { $protocol } erreicht.
elb-target-tls-quic = { $protocol } ist immer verschlüsselt (TLS 1.3).
elb-target-tls-http = Die Ziele werden über unverschlüsseltes HTTP erreicht: Der Load Balancer entschlüsselt PHI und leitet sie unverschlüsselt weiter.
elb-target-tls-tcp-behind-tls = Der TLS-Listener '{ $listener }' terminiert TLS und leitet unverschlüsseltes TCP an diese Ziele weiter.
elb-target-tls-tcp = TCP-Durchleitung: Die Ziele müssen TLS selbst terminieren, was aus der Vorlage nicht ersichtlich ist.
elb-target-tls-udp = { $protocol } leitet den Verkehr durch; ob die Anwendung ihn verschlüsselt, ist nicht ersichtlich.
elb-target-tls-geneve = Ziele eines Gateway Load Balancer empfangen gekapselten Verkehr.
elb-target-tls-other = Nicht erkanntes Zielgruppenprotokoll '{ $protocol }'.

## elb-listener-tls

elb-listener-tls-no-protocol = Protocol ist nicht angegeben (Listener eines Gateway Load Balancer haben keins).
elb-listener-tls-encrypted = Der Listener verwendet { $protocol }.
elb-listener-tls-pass-through = { $protocol } leitet den Verkehr unverändert durch; ob Clients und Ziele durchgehend TLS verwenden, ist nicht ersichtlich.
elb-listener-tls-geneve = Listener eines Gateway Load Balancer übertragen gekapselten Verkehr.
elb-listener-tls-other = Nicht erkanntes Listener-Protokoll '{ $protocol }'.

## unknown-value reasons (outcome.rs unknown_reason, the loaders' reasons)

helper-path-unknown = { $path }: { $reason }
helper-true-unknown = { $what }: { $path }: { $reason }
reason-ref = Der Wert verweist auf '{ $target }', das erst bei der Bereitstellung bekannt ist.
reason-secret = Der Wert stammt aus einem Secret.
reason-choice = Der Wert hängt von der Bedingung '{ $condition }' ab, die von einem nicht gesetzten Parameter oder einer nicht gesetzten Variablen abhängt.
reason-literal-secret = Der Wert ist ein Secret, dessen literaler Standardwert im Repository eingecheckt ist.
reason-not-literal = Der Wert ist kein Literal.
reason-cfn-param-no-default = Der Parameter '{ $name }' hat keinen Standardwert; übergeben Sie --param { $name }=VALUE.
reason-cfn-param-ssm = Der Parameter '{ $name }' wird bei der Bereitstellung aus SSM gelesen.
reason-cfn-import-value = Fn::ImportValue liest den Export eines anderen Stacks.
reason-cfn-get-azs = Fn::GetAZs ist erst bei der Bereitstellung bekannt.
reason-cfn-notification-arns = AWS::NotificationARNs ist erst bei der Bereitstellung bekannt.
reason-cfn-dynamic-reference = Eine dynamische Referenz wird erst bei der Bereitstellung aufgelöst.
reason-cfn-cidr = Fn::Cidr wird nicht ausgewertet.
reason-cfn-unset-condition = Die Bedingung hängt von einem nicht gesetzten Parameter ab.
reason-tf-var-no-value = Der Wert stammt aus der Variablen '{ $name }', die keinen Standardwert hat und für die kein Wert angegeben wurde (--var, --var-file).
reason-tf-no-variable = Ungültiger Ausdruck: Es ist keine Variable '{ $name }' deklariert.
reason-tf-no-resource = Ungültiger Ausdruck: Es ist keine Ressource '{ $name }' deklariert.
reason-tf-after-apply = Der Wert ist erst nach dem Apply bekannt ({ $name }).
reason-cfn-get-att-not-resource = Fn::GetAtt von '{ $name }', das hier keine Ressource ist.
reason-cfn-select-deploy-time = Fn::Select über einen Wert, der erst bei der Bereitstellung bekannt ist.
reason-cfn-split-deploy-time = Fn::Split über einen Wert, der erst bei der Bereitstellung bekannt ist.
reason-cfn-length-deploy-time = Fn::Length über einen Wert, der erst bei der Bereitstellung bekannt ist.
reason-cfn-to-json-deploy-time = Fn::ToJsonString über Werte, die erst bei der Bereitstellung bekannt sind.
reason-cfn-malformed = { $name } ist fehlerhaft aufgebaut.
reason-cfn-unsupported = { $name } wird nicht unterstützt.
reason-tf-no-local = Ungültiger Ausdruck: Es ist kein lokaler Wert '{ $name }' deklariert.
reason-tf-self-after-apply = Der Wert verweist auf die Ressource selbst und ist erst nach dem Apply bekannt.
reason-tf-over-budget = Nicht ausgewertet: Diese Eingabe hat ihr Auswertungsbudget überschritten.
reason-tf-too-large = Nicht ausgewertet: Der Wert ist zu groß.
reason-tf-contains-secret = Der Wert enthält ein Secret.
reason-tf-budget-spent = Nicht ausgewertet: Diese Eingabe hat ihr Auswertungsbudget überschritten (siehe die Warnung an der Stelle, an der es erschöpft war).
reason-tf-budget-time = Nicht ausgewertet: Diese Eingabe hat ihr Auswertungsbudget von { $seconds } s überschritten.
reason-tf-budget-elements = Nicht ausgewertet: Diese Eingabe hat ihr Auswertungsbudget von { $count } ausgewerteten Elementen überschritten.
reason-tf-too-deep = Nicht ausgewertet: Die Auswertung ist tiefer als { $count } Ebenen verschachtelt (eine Vorlage, ein Richtliniendokument oder ein Modul, das sich selbst einschließt?).
reason-tf-value-too-large = Nicht ausgewertet: Der Wert hat mehr als { $count } Elemente und überschreitet die Grenze für einen Wert.
reason-tf-ref-after-apply = Der Wert verweist auf '{ $name }', das erst nach dem Apply bekannt ist.
reason-tf-secret = Der Wert ist ein Secret.
reason-tf-null = Der Wert ist null.
reason-tf-wrong-type = Der Wert hat nicht den erwarteten Typ.
reason-tf-invalid-no-variable = Der Wert ist ungültig (es ist keine Variable '{ $name }' deklariert).
reason-tf-invalid-no-resource = Der Wert ist ungültig (es ist keine Ressource '{ $name }' deklariert).
reason-tf-invalid-no-local = Der Wert ist ungültig (es ist kein lokaler Wert '{ $name }' deklariert).
reason-tf-instance-count = { $name } von { $address } ist unbekannt. Sein count: { $reason }
reason-tf-instance-for-each = { $name } von { $address } ist unbekannt. Sein for_each: { $reason }
reason-tf-set-by-count = Der Wert wird von { $address } gesetzt, dessen Existenz unbekannt ist. Sein count: { $reason }
reason-tf-set-by-for-each = Der Wert wird von { $address } gesetzt, dessen Existenz unbekannt ist. Sein for_each: { $reason }
