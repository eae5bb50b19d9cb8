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

## judge: inherited.rs

inherited-key-declared = Aus { $path } wiederhergestellt, mit deklariertem KmsKeyId: Die wiederhergestellte Kopie wird unabhängig von der Quelle mit diesem Schlüssel verschlüsselt.
inherited-encrypted = Übernimmt die Verschlüsselung von { $source }.
inherited-unencrypted = Übernimmt unverschlüsselten Speicher von { $source }; die Kopie einer unverschlüsselten Quelle ist unverschlüsselt.
inherited-snapshot-of = Die Verschlüsselung wird vom Snapshot von { $source } übernommen, dessen Verschlüsselung die Vorlage nicht zeigt.
inherited-snapshot-of-ignored = Die Verschlüsselung wird vom Snapshot von { $source } übernommen, dessen Verschlüsselung die Vorlage nicht zeigt; { $flag } wird beim Wiederherstellen oder Replizieren ignoriert.
inherited-outside = Die Verschlüsselung wird von { $path } '{ $source }' übernommen, das nicht in diesem Scan enthalten ist.
inherited-outside-ignored = Die Verschlüsselung wird von { $path } '{ $source }' übernommen, das nicht in diesem Scan enthalten ist; { $flag } wird beim Wiederherstellen oder Replizieren ignoriert.
inherited-outside-key = Die Verschlüsselung wird von { $path } '{ $source }' übernommen, das nicht in diesem Scan enthalten ist; deklarieren Sie KmsKeyId, um die wiederhergestellte Kopie zu verschlüsseln.
inherited-outside-ignored-key = Die Verschlüsselung wird von { $path } '{ $source }' übernommen, das nicht in diesem Scan enthalten ist; { $flag } wird beim Wiederherstellen oder Replizieren ignoriert; deklarieren Sie KmsKeyId, um die wiederhergestellte Kopie zu verschlüsseln.

## judge: rds_settings.rs

rds-engine-inherited = Die Engine wird über { $path } übernommen, das hier nicht aufgelöst werden kann.
rds-engine-not-written = Engine ist nicht angegeben.
rds-engine-version-invalid = EngineVersion '{ $version }' ist keine Version.
rds-parameter-group-outside = { $path } nennt '{ $group }', eine Parametergruppe außerhalb dieses Scans; ob sie { $parameter } setzt, kann nicht geprüft werden.

## rds-backup-retention

rds-backup-retention-default-missing = BackupRetentionPeriod ist nicht deklariert
rds-backup-retention-default-does = bewahrt automatische Backups standardmäßig 1 Tag lang auf (für PHI werden 7 Tage oder mehr empfohlen)

## rds-multi-az

what-multi-az-deployment = Multi-AZ-Bereitstellung

## rds-oracle-encryption-in-transit

rds-oracle-cluster-member = Mitglied eines DB-Clusters, der nie Oracle ist.
rds-oracle-other-engine = Engine '{ $engine }' ist nicht Oracle.
rds-oracle-custom = RDS Custom for Oracle: Die Netzwerkverschlüsselung wird auf dem Datenbank-Host konfiguriert.
rds-oracle-no-option-group = Keine Optionsgruppe ist zugeordnet: Die Standard-Optionsgruppe hat keine Native Network Encryption, daher sind Verbindungen möglicherweise unverschlüsselt.
rds-oracle-default-option-group = '{ $group }' ist eine Standard-Optionsgruppe, die weder Native Network Encryption noch die SSL-Option enthält.
rds-oracle-option-group-outside = OptionGroupName nennt '{ $group }', eine Optionsgruppe außerhalb dieses Scans; ihre Verschlüsselungsoptionen können nicht geprüft werden.
rds-oracle-nne-required = Optionsgruppe '{ $group }' aktiviert NATIVE_NETWORK_ENCRYPTION mit SQLNET.ENCRYPTION_SERVER = REQUIRED.
rds-oracle-nne-not-required = Optionsgruppe '{ $group }' setzt SQLNET.ENCRYPTION_SERVER = { $value }; nur REQUIRED lehnt unverschlüsselte Verbindungen ab.
rds-oracle-nne-no-server = Optionsgruppe '{ $group }' aktiviert NATIVE_NETWORK_ENCRYPTION ohne SQLNET.ENCRYPTION_SERVER; dessen Standardwert REQUESTED akzeptiert weiterhin unverschlüsselte Clients.
rds-oracle-no-encryption-option = Optionsgruppe '{ $group }' enthält weder NATIVE_NETWORK_ENCRYPTION noch SSL, daher sind Verbindungen möglicherweise unverschlüsselt.
rds-oracle-ssl = Optionsgruppe '{ $group }' aktiviert die SSL-Option; stellen Sie sicher, dass Clients deren TLS-Port verwenden.

## rds-sqlserver-audit

rds-sqlserver-cluster-member = Mitglied eines DB-Clusters, der nie SQL Server ist.
rds-sqlserver-other-engine = Engine '{ $engine }' ist nicht SQL Server.
rds-sqlserver-audit-custom = RDS Custom for SQL Server: Die Audit-Protokollierung wird auf dem Datenbank-Host konfiguriert.
rds-sqlserver-audit-no-group = Keine Parametergruppe ist zugeordnet: Die Standardgruppe setzt rds.sqlserver_audit nicht, daher ist die SQL-Server-Audit-Protokollierung ausgeschaltet.
rds-sqlserver-audit-default-group = '{ $group }' ist eine Standard-Parametergruppe, die rds.sqlserver_audit nicht setzt.
rds-sqlserver-audit-on = Parametergruppe '{ $group }' setzt rds.sqlserver_audit = fedramp_hipaa.
rds-sqlserver-audit-other = Parametergruppe '{ $group }' setzt rds.sqlserver_audit = { $value }; setzen Sie den Wert auf fedramp_hipaa, um die Audit-Protokollierung zu aktivieren.
rds-sqlserver-audit-not-literal = rds.sqlserver_audit in Parametergruppe '{ $group }' ist kein literaler Wert.
rds-sqlserver-audit-unset = Parametergruppe '{ $group }' setzt rds.sqlserver_audit nicht, daher ist die SQL-Server-Audit-Protokollierung ausgeschaltet.
rds-sqlserver-audit-option = Optionsgruppe '{ $group }' aktiviert SQL Server Audit (SQLSERVER_AUDIT); die im Whitepaper genannte Einstellung der Parametergruppe ist rds.sqlserver_audit = fedramp_hipaa.

## rds-sqlserver-edition

rds-sqlserver-express = SQL Server Express (sqlserver-ex) wird für PHI nicht unterstützt und darf niemals PHI speichern.
rds-sqlserver-2008r2 = SQL Server 2008 R2 ({ $version }) wird für PHI nur in der Enterprise Edition unterstützt, nicht in '{ $engine }'.
rds-sqlserver-edition-supported = '{ $engine }' ist eine für PHI unterstützte Edition.
rds-sqlserver-edition-other = SQL-Server-Edition '{ $edition }' gehört nicht zu den Editionen, die das Whitepaper für PHI unterstützt (Web, Standard, Enterprise).

## rds-tls-enforced

rds-tls-param-on = { $engine }: Parametergruppe '{ $group }' setzt { $parameter } = { $value }.
rds-tls-param-off = { $engine }: Parametergruppe '{ $group }' setzt { $parameter } = { $value }, daher können Clients sich ohne TLS verbinden.
rds-tls-param-unreadable = { $engine }: { $parameter } in Parametergruppe '{ $group }' ist '{ $value }' und lässt sich weder als ein- noch als ausgeschaltet lesen.
rds-tls-param-not-literal = { $engine }: { $parameter } in Parametergruppe '{ $group }' ist kein literaler Wert und lässt sich weder als ein- noch als ausgeschaltet lesen.
rds-tls-family-default-on = { $engine }: Parametergruppe '{ $group }' setzt { $parameter } nicht, und der Standardwert ihrer Familie ({ $engine } { $version }) verlangt TLS.
rds-tls-family-default-off = { $engine }: Parametergruppe '{ $group }' setzt { $parameter } nicht, und der Standardwert der Familie erlaubt Clients Verbindungen ohne TLS.
rds-tls-engine-default-off = { $engine }: Parametergruppe '{ $group }' setzt { $parameter } nicht; der Standardwert der Engine erlaubt Clients Verbindungen ohne TLS.
rds-tls-default-group-on = { $engine } { $version } mit der Standard-Parametergruppe: Deren Standardwert für { $parameter } verlangt TLS; eine benutzerdefinierte Parametergruppe, die ihn ausdrücklich setzt, macht die Kontrolle für Auditoren sichtbar.
rds-tls-default-group-off = { $engine } verwendet die Standard-Parametergruppe, die { $parameter } ausgeschaltet lässt: Clients können sich ohne TLS verbinden.
rds-tls-enforced-default-missing = Weder eine Parametergruppe noch eine Engine-Version ist deklariert, daher verlangt die Konfiguration kein TLS
rds-tls-enforced-default-does = erstellt PostgreSQL-Datenbanken mit einer Standardversion 15 oder höher, deren Standard-Parametergruppe rds.force_ssl = 1 setzt

## judge: cache_engine.rs

cache-engine-unrecognised = Unbekannte Engine '{ $engine }'.
cache-engine-not-written = Engine ist nicht angegeben.
cache-engine-group-node = Knoten einer Replikationsgruppe; die Replikationsgruppe trägt das Ergebnis.
cache-engine-memcached = Memcached: Die ElastiCache-Anforderungen des Whitepapers gelten für Redis (Memcached deckt die Regel elasticache-memcached-not-for-phi ab).
cache-engine-from-global = { $path } wird von der primären Replikationsgruppe des globalen Datenspeichers übernommen, die hier nicht sichtbar ist.

## elasticache-at-rest-encryption

elasticache-at-rest-serverless = Serverless-Caches verschlüsseln ruhende Daten immer.
elasticache-at-rest-cache-cluster = Ein eigenständiger Cache-Cluster kann ruhende Daten nicht verschlüsseln; erstellen Sie eine Replikationsgruppe mit AtRestEncryptionEnabled.
elasticache-at-rest-on = Ruhende Daten sind verschlüsselt (AtRestEncryptionEnabled).
elasticache-at-rest-off = AtRestEncryptionEnabled ist false: Daten auf der Festplatte und Backups sind nicht verschlüsselt.
elasticache-at-rest-absent = AtRestEncryptionEnabled ist nicht gesetzt, und Replikationsgruppen von Redis OSS sind standardmäßig im Ruhezustand unverschlüsselt.

## elasticache-engine-version

elasticache-version-serverless = Serverless-Caches laufen mit Versionen, die AWS verwaltet.
elasticache-version-valkey = Valkey (7.2 und höher) ist eine zulässige Engine.
elasticache-version-default = EngineVersion ist nicht gesetzt: ElastiCache verwendet seine aktuelle Standardversion, die zulässig ist.
elasticache-version-invalid = EngineVersion '{ $version }' ist keine Version.
elasticache-version-326 = Redis 3.2.6 ist eine zulässige Version.
elasticache-version-current = Redis { $version } ist 4.0.10 oder höher.
elasticache-version-ineligible = Redis { $version } ist für PHI nicht zulässig: Verwenden Sie 3.2.6 oder 4.0.10 und höher.

## elasticache-memcached-not-for-phi

elasticache-memcached-other-engine = Läuft mit { $engine }, das die Redis-Regeln abdecken.
elasticache-memcached-serverless = Serverless Memcached verschlüsselt Daten, kann Clients aber nicht authentifizieren; das Whitepaper unterstützt PHI nur auf ElastiCache for Redis.
elasticache-memcached = Memcached kann weder ruhende Daten verschlüsseln noch Clients authentifizieren; das Whitepaper unterstützt PHI nur auf ElastiCache for Redis.

## elasticache-node-type

elasticache-node-serverless = Serverless-Caches haben keinen Knotentyp.
elasticache-node-not-written = CacheNodeType ist nicht angegeben (er stammt aus einem Snapshot oder einem globalen Datenspeicher).
elasticache-node-invalid = '{ $node }' ist kein ElastiCache-Knotentyp.
elasticache-node-previous = { $node } ist ein Knotentyp der vorherigen Generation.
elasticache-node-current = { $node } ist ein Knotentyp der aktuellen Generation.

## elasticache-redis-auth

elasticache-auth-cache-cluster = Ein eigenständiger Cache-Cluster kann Redis AUTH nicht verlangen; erstellen Sie eine Replikationsgruppe mit einem AuthToken oder Benutzergruppen.
elasticache-auth-rbac = Clients authentifizieren sich über RBAC-Benutzergruppen.
elasticache-auth-no-user-group = Keine Benutzergruppe ist zugeordnet (UserGroupId): Clients, die den Cache erreichen, werden nicht authentifiziert.
elasticache-auth-none = Weder AuthToken noch UserGroupIds ist gesetzt: Clients, die den Cache erreichen, werden nicht authentifiziert.
elasticache-auth-token-short = Das in der Vorlage geschriebene AuthToken ist kürzer als 16 Zeichen; außerdem kann es jeder lesen, der die Vorlage hat.
elasticache-auth-token-long = Das in der Vorlage geschriebene AuthToken ist länger als 128 Zeichen; außerdem kann es jeder lesen, der die Vorlage hat.
elasticache-auth-token-not-ascii = Das in der Vorlage geschriebene AuthToken enthält Zeichen, die kein druckbares ASCII sind; außerdem kann es jeder lesen, der die Vorlage hat.
elasticache-auth-token-forbidden = Das in der Vorlage geschriebene AuthToken enthält '/', '"' oder '@'; außerdem kann es jeder lesen, der die Vorlage hat.
elasticache-auth-token-in-template = Redis AUTH ist erforderlich; das Token steht in der Vorlage, verschieben Sie es in Secrets Manager oder einen NoEcho-Parameter.
elasticache-auth-token-in-repository = Redis AUTH ist erforderlich; das Token steht im Repository (ein verborgenes Literal oder der Standardwert einer Variablen), verschieben Sie es in Secrets Manager.
elasticache-auth-token-secret = Redis AUTH ist erforderlich (das Token stammt aus einem Secret).

## elasticache-security-updates

elasticache-update-unnamed = (unbenanntes Update)
elasticache-update-its-cluster = seinem Cluster
elasticache-update-not-security = Update { $name } hat den Typ { $type } und ist kein Sicherheitsupdate.
elasticache-update-type-not-collected = ServiceUpdateType wurde nicht erfasst.
elasticache-update-status-not-collected = UpdateActionStatus wurde nicht erfasst.
elasticache-update-done = Sicherheitsupdate { $name } ist auf { $target } { $status }.
elasticache-update-no-date = Sicherheitsupdate { $name } ist auf { $target } { $status }, und sein ServiceUpdateRecommendedApplyByDate wurde nicht gelesen.
elasticache-update-overdue = Sicherheitsupdate { $name } ist auf { $target } { $status }, { $days } Tag(e) nach seinem empfohlenen Anwendungsdatum { $date }.
elasticache-update-not-due = Sicherheitsupdate { $name } ist auf { $target } { $status }, aber erst am { $date } fällig.

## elasticache-transit-encryption

elasticache-transit-serverless = Serverless-Caches akzeptieren nur TLS-Verbindungen.
elasticache-transit-preferred = TransitEncryptionMode ist 'preferred': Der Cache akzeptiert weiterhin unverschlüsselte Verbindungen.
elasticache-transit-required = TLS ist für jede Verbindung erforderlich.
elasticache-transit-mode-unknown = Unbekannter TransitEncryptionMode '{ $mode }'.
elasticache-transit-default-mode = TLS ist aktiviert und erforderlich (der Standardmodus).
elasticache-transit-off = TransitEncryptionEnabled ist false: Clients verbinden sich im Klartext.
elasticache-transit-cache-cluster = TransitEncryptionEnabled ist auf diesem eigenständigen Cache-Cluster nicht gesetzt: Clients verbinden sich im Klartext; verwenden Sie eine Replikationsgruppe mit TLS.
elasticache-transit-absent = TransitEncryptionEnabled ist nicht gesetzt, daher ist TLS ausgeschaltet und Clients verbinden sich im Klartext.

## apigateway-cache-encrypted

apigateway-cache-no-stage-settings = Das Deployment beschreibt keine Stage-Einstellungen.
apigateway-cache-api = Die Stages der API tragen die Cache-Einstellungen.
apigateway-cache-no-cluster = Die Stage hat keinen Cache-Cluster.
apigateway-cache-unencrypted = Die Stage speichert Antworten im Cache, aber CacheDataEncrypted ist false.
apigateway-cache-encryption-absent = Die Stage speichert Antworten im Cache, setzt aber CacheDataEncrypted nicht, daher ist der Cache nicht verschlüsselt.
apigateway-cache-default-unencrypted = Die Stage hat einen Cache-Cluster, der GET-Methoden standardmäßig zwischenspeichert, und keine Stage-weite Einstellung (ResourcePath /*, HttpMethod *) setzt CacheDataEncrypted, daher ist der Cache nicht verschlüsselt.
apigateway-cache-override-unencrypted = Eine Methodenüberschreibung speichert Antworten mit CacheDataEncrypted false im Cache.
apigateway-cache-override-inherits = Eine Methodenüberschreibung speichert Antworten ohne eigenes CacheDataEncrypted im Cache; ob sie die Stage-weite Einstellung übernimmt, lässt sich aus der Vorlage nicht erkennen.
apigateway-cache-override-absent = Eine Methodenüberschreibung speichert Antworten ohne CacheDataEncrypted im Cache.
apigateway-cache-encrypted = Cache-Daten sind Stage-weit verschlüsselt.
apigateway-cache-no-method = Keine Methode speichert Antworten im Cache.

## apigateway-domain-tls12

apigateway-tls-policy-strong = Sicherheitsrichtlinie { $policy } lehnt TLS unter 1.2 ab.
apigateway-tls-policy-weak = Sicherheitsrichtlinie { $policy } akzeptiert TLS 1.0 und 1.1.
apigateway-tls-policy-unknown = Sicherheitsrichtlinie '{ $policy }' ist phiguard nicht bekannt.
apigateway-tls-policy-absent = SecurityPolicy ist nicht gesetzt; benutzerdefinierte Domains von REST APIs verwenden standardmäßig TLS_1_0, das TLS 1.0 und 1.1 akzeptiert.
apigateway-tls-no-configuration = Keine Domainnamen-Konfiguration ist angegeben; Domainnamen von API Gateway V2 verwenden standardmäßig TLS_1_2.
apigateway-tls-v2-default = Keine SecurityPolicy ist angegeben; Domainnamen von API Gateway V2 verwenden standardmäßig TLS_1_2.

## apigateway-logging

apigateway-logging-access = Zugriffsprotokolle gehen an CloudWatch.
apigateway-logging-execution = Ausführungsprotokolle der Stufe { $level } gehen an CloudWatch.
apigateway-logging-no-stage = Das Deployment erstellt keine Stage.
apigateway-logging-deployment-none = Das Deployment erstellt eine Stage ohne Zugriffs- und ohne Ausführungsprotokollierung.
apigateway-logging-api = Die Stages der API tragen die Protokollierungseinstellungen.
apigateway-logging-off = Die Stage schreibt weder Zugriffs- noch Ausführungsprotokolle, daher hinterlassen Aufrufe der API keinen Audit-Nachweis.

## apigateway-method-authorization

apigateway-auth-options-method = OPTIONS-Methoden (CORS-Preflight) transportieren keine Daten.
apigateway-auth-mock = Eine MOCK-Integration gibt eine feste Antwort zurück und erreicht kein Backend.
apigateway-auth-absent = AuthorizationType ist nicht gesetzt und daher standardmäßig NONE: Jeder, der den Endpunkt erreicht, kann ihn aufrufen.
apigateway-auth-absent-api-key = AuthorizationType ist nicht gesetzt und daher standardmäßig NONE: Jeder, der den Endpunkt erreicht, kann ihn aufrufen. Ein API-Schlüssel ist erforderlich, aber API-Schlüssel sind kein Autorisierungsmechanismus.
apigateway-auth-none = AuthorizationType ist NONE: Jeder, der den Endpunkt erreicht, kann ihn aufrufen.
apigateway-auth-none-api-key = AuthorizationType ist NONE: Jeder, der den Endpunkt erreicht, kann ihn aufrufen. Ein API-Schlüssel ist erforderlich, aber API-Schlüssel sind kein Autorisierungsmechanismus.
apigateway-auth-type = Aufrufer werden mit { $type } autorisiert.
apigateway-auth-options-route = OPTIONS-Routen (CORS-Preflight) transportieren keine Daten.
apigateway-auth-default-route = Die API der Route $default ist nicht im Scan, daher ist unbekannt, ob es eine WebSocket-Route ist (die keinen Authorizer haben kann).
apigateway-auth-websocket-route = WebSocket-Routen außer $connect werden beim Aufbau der Verbindung autorisiert.

## apigateway-no-data-trace

apigateway-trace-no-stage = Hier sind keine Stage-Einstellungen definiert.
apigateway-trace-on = { $path } ist true: Vollständige Anfrage- und Antworttexte werden mitsamt darin enthaltener PHI in CloudWatch Logs geschrieben.
apigateway-trace-off = Data Tracing ist ausgeschaltet (DataTraceEnabled ist nicht true).

## dms-endpoint-ssl

dms-endpoint-no-engine = Der Endpunkt nennt keine Engine.
dms-ssl-https = { $engine }-Endpunkte verwenden die HTTPS-API des Dienstes.
dms-ssl-kafka-plaintext = Der Kafka-Endpunkt verbindet sich im Klartext.
dms-ssl-kafka-protocol = Der Kafka-Endpunkt verbindet sich mit { $protocol }.
dms-ssl-kafka-absent = Kein SecurityProtocol: DMS verbindet sich im Klartext mit den Kafka-Brokern.
dms-ssl-not-judged = Die SSL-Einstellungen von { $engine }-Endpunkten werden nicht beurteilt.
dms-ssl-none = SslMode ist none: Die Verbindung zu { $engine } überträgt PHI im Klartext.
dms-ssl-on = Die Verbindung zu { $engine } verwendet SSL ({ $mode }).
dms-ssl-absent = SslMode ist nicht gesetzt; DMS verbindet sich standardmäßig ohne SSL mit { $engine }.

## dms-kms-key

dms-kms-key-serverless = Der genannte KMS-Schlüssel verschlüsselt den Speicher der Serverless-Replikation.
dms-kms-key-endpoint = Der genannte KMS-Schlüssel verschlüsselt die Verbindungseinstellungen des Endpunkts.
dms-kms-key-instance = Der genannte KMS-Schlüssel verschlüsselt den Speicher der Replikationsinstanz.
dms-kms-key-default-missing-serverless = Für den Speicher der Serverless-Replikation ist kein KMS-Schlüssel genannt
dms-kms-key-default-missing-endpoint = Für die Verbindungseinstellungen des Endpunkts ist kein KMS-Schlüssel genannt
dms-kms-key-default-missing-instance = Für den Speicher der Replikationsinstanz ist kein KMS-Schlüssel genannt
dms-kms-key-default-does = verschlüsselt in diesem Fall mit dem AWS-verwalteten Schlüssel aws/dms

## dms-replication-instance-private

dms-instance-private = Die Replikationsinstanz hat nur eine private Adresse.
dms-instance-public = Die Replikationsinstanz ist öffentlich zugänglich.
dms-instance-public-absent = PubliclyAccessible ist nicht gesetzt; DMS macht Replikationsinstanzen standardmäßig öffentlich zugänglich.

## dms-target-encrypted

dms-target-db-encrypted = Das Ziel '{ $target }' verschlüsselt seinen Speicher.
dms-target-db-unencrypted = Das Ziel '{ $target }' verschlüsselt seinen Speicher nicht ({ $path } ist nicht true).
dms-target-source-endpoint = Quellendpunkt.
dms-target-s3-mode = DMS schreibt die Zieldateien mit { $mode }.
dms-target-s3-mode-unknown = EncryptionMode '{ $mode }' ist kein bekannter Modus.
dms-target-dynamodb = DynamoDB verschlüsselt jede Tabelle; die Tabellenregeln beurteilen den Schlüssel.
dms-target-no-server = Das { $engine }-Ziel nennt keinen Server (er kann aus einem Secret stammen).
dms-target-outside = Das Ziel '{ $target }' ist in diesem Scan nicht definiert; prüfen Sie seine Verschlüsselung dort, wo es verwaltet wird.
dms-target-other = Der Zielserver verweist auf '{ $target }', eine Ressource vom Typ { $kind }.
