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
## elb-listener-tls

elb-listener-tls-no-actions = Der HTTP-Listener deklariert keine Aktionen.
elb-listener-tls-no-type = { $path } hat keinen Type.
elb-listener-tls-rule-no-type = Listener-Regel '{ $rule }': { $path } hat keinen Type.
elb-listener-tls-redirects = Der HTTP-Listener leitet ausschließlich auf HTTPS um.
elb-listener-tls-redirect-other = Der HTTP-Listener leitet auf '{ $protocol }' um, nicht auf HTTPS.
elb-listener-tls-rule-redirect-other = Listener-Regel '{ $rule }': Der HTTP-Listener leitet auf '{ $protocol }' um, nicht auf HTTPS.
elb-listener-tls-redirect-no-protocol = Der HTTP-Listener leitet um, ohne Protocol: HTTPS zu setzen, sodass die Umleitung bei unverschlüsseltem HTTP bleibt.
elb-listener-tls-rule-redirect-no-protocol = Listener-Regel '{ $rule }': Der HTTP-Listener leitet um, ohne Protocol: HTTPS zu setzen, sodass die Umleitung bei unverschlüsseltem HTTP bleibt.
elb-listener-tls-fixed-response = Der HTTP-Listener leitet ausschließlich auf HTTPS um oder antwortet mit einer festen Antwort.
elb-listener-tls-plain = Der HTTP-Listener bedient Anfragen im Klartext ({ $type }-Aktion).
elb-listener-tls-rule-plain = Listener-Regel '{ $rule }': Der HTTP-Listener bedient Anfragen im Klartext ({ $type }-Aktion).
elb-listener-tls-classic-encrypted = Jeder Listener verwendet HTTPS oder SSL ({ $protocol }).
elb-listener-tls-classic-http = Ein Listener akzeptiert unverschlüsseltes HTTP; Classic Load Balancer können nicht umleiten, sodass PHI unverschlüsselt übertragen werden können.
elb-listener-tls-classic-tcp = Ein TCP-Listener leitet den Verkehr durch; ob die Anwendung TLS verwendet, ist nicht ersichtlich.
elb-classic-no-listeners = Der Load Balancer deklariert keine Listener.
elb-path-not-written = { $path } ist nicht angegeben.

## elb-target-tls

elb-target-tls-classic-encrypted = Jeder Listener erreicht seine Instanzen über { $protocol }.
elb-target-tls-classic-http = Ein Listener leitet an seine Instanzen über unverschlüsseltes HTTP weiter.
elb-target-tls-classic-ssl-tcp = Ein SSL-Listener terminiert TLS und leitet unverschlüsseltes TCP an seine Instanzen weiter.
elb-target-tls-classic-tcp = TCP-Durchleitung: Die Instanzen müssen TLS selbst terminieren, was nicht ersichtlich ist.
elb-target-tls-classic-other = Nicht erkanntes Instanzprotokoll '{ $protocol }'.
elb-target-tls-classic-http-default = Ein HTTP-Listener ohne InstanceProtocol leitet über HTTP an seine Instanzen weiter.
elb-target-tls-classic-absent = { $path } ist nicht angegeben, daher wählt AWS das Backend-Protokoll, und es kann nicht als verschlüsselt bestätigt werden.

## elb-tls-policy

elb-tls-policy-no-tls = { $protocol }-Listener handeln kein TLS aus.
elb-tls-policy-no-protocol = Der Listener hat kein Protokoll.
elb-tls-policy-absent = SslPolicy ist nicht gesetzt, daher verwendet der Listener { $policy }, die TLS 1.0 akzeptiert.
elb-tls-policy-minimum = { $policy } verlangt { $protocol } oder höher.
elb-tls-policy-old = { $policy } akzeptiert { $protocol }; verwenden Sie eine TLS-1.2-Richtlinie.
elb-tls-policy-unknown = '{ $policy }' ist keine Sicherheitsrichtlinie, die diese Regel kennt.
elb-tls-policy-classic-absent = Ein HTTPS/SSL-Listener hat keine SSL-Aushandlungsrichtlinie und verwendet daher { $policy }, die TLS 1.0 akzeptiert.
elb-tls-policy-no-secure-listeners = Keine HTTPS- oder SSL-Listener.
elb-tls-policy-reference-not-literal = Die referenzierte Sicherheitsrichtlinie ist kein Literalwert.
elb-tls-policy-custom-old = Die benutzerdefinierte SSL-Richtlinie aktiviert { $protocols }.
elb-tls-policy-custom-tls12 = Die benutzerdefinierte SSL-Richtlinie erlaubt nur TLS 1.2.
elb-tls-policy-custom-unrecognised = Die benutzerdefinierte SSL-Richtlinie aktiviert kein Protokoll, das diese Regel erkennt.

## flow-transmission-encrypted

flow-service-api = PHI gelangen von { $from } zu { $to } über { $via }, einen AWS-API-Aufruf über HTTPS.
flow-hop = { $hop ->
    [subscription] Abonnement { $name }
    [topic-subscription] Abonnement { $index } des Themas { $name }
    [target-group] Zielgruppe { $name }
    [listener] Listener { $name }
    [method] Methode { $name }
    [integration] Integration { $name }
    [api] API { $name } ({ $path })
    [delivery-stream] Bereitstellungsstream { $name }
   *[origin] Ursprung '{ $origin }' der Verteilung { $name }
}
flow-url-http = { flow-hop } sendet PHI über unverschlüsseltes HTTP an { $url }.
flow-url-http-firehose = { flow-hop } sendet PHI über unverschlüsseltes HTTP an { $url } (Firehose akzeptiert nur https://-Endpunkt-URLs).
flow-url-https = { flow-hop } sendet PHI über HTTPS an { $url }.
flow-url-other = { flow-hop } sendet PHI an '{ $url }'; dies ist keine http://- oder https://-URL.
flow-url-none = { flow-hop } nennt keine URL.
flow-sns-http = { flow-hop } stellt PHI über unverschlüsseltes HTTP an { $endpoint } zu.
flow-sns-http-no-endpoint = { flow-hop } stellt PHI über unverschlüsseltes HTTP an seinen Endpunkt zu.
flow-sns-https = { flow-hop } stellt PHI über HTTPS zu.
flow-sns-aws = { flow-hop } stellt PHI innerhalb von AWS über TLS an { $protocol } zu.
flow-sns-message = { flow-hop } stellt PHI per { $protocol } zu; ob sie unterwegs verschlüsselt sind, hängt vom empfangenden Mailserver oder Mobilfunkanbieter ab, nicht von dieser Konfiguration.
flow-protocol-other = { flow-hop } verwendet das Protokoll '{ $protocol }'.
flow-protocol-none = { flow-hop } deklariert kein Protokoll.
flow-target-group-lambda = { flow-hop } ruft Lambda-Funktionen über die Lambda-API per TLS auf.
flow-target-group-tls = { flow-hop } verbindet sich mit { $protocol } mit ihren Zielen.
flow-target-group-http = { flow-hop } sendet PHI über unverschlüsseltes HTTP an ihre Ziele.
flow-target-group-behind-tls = Listener { $listener } beendet TLS, und { flow-hop } leitet PHI über unverschlüsseltes { $protocol } an ihre Ziele weiter.
flow-target-group-pass-through = { flow-hop } leitet { $protocol } durch; der Abschnitt ist nur verschlüsselt, wenn die Ziele TLS sprechen.
flow-listener-tls = { flow-hop } nimmt Verbindungen mit { $protocol } an.
flow-listener-redirects = { flow-hop } leitet HTTP auf HTTPS um.
flow-listener-http = { flow-hop } überträgt PHI von und zu Clients über unverschlüsseltes HTTP.
flow-listener-pass-through = { flow-hop } leitet { $protocol } durch; der Abschnitt ist nur verschlüsselt, wenn Clients und Ziele TLS sprechen.
flow-integration-private = { flow-hop } ist privat; ohne TlsConfig verwendet sie das Protokoll des Listeners, den sie nennt.
flow-integration-private-tls = { flow-hop } verwendet TLS zu ihrem privaten Ziel.
flow-origin-vpc-outside = { flow-hop } ist ein anderswo definierter VPC-Ursprung; seine Protokollrichtlinie ist hier nicht sichtbar.
flow-origin-https = { flow-hop } wird ausschließlich über HTTPS abgerufen.
flow-origin-http = { flow-hop } wird über unverschlüsseltes HTTP abgerufen.
flow-origin-policy-other = { flow-hop } verwendet OriginProtocolPolicy '{ $policy }'.
flow-origin-policy-none = { flow-hop } deklariert keine OriginProtocolPolicy.
flow-origin-viewer-http = { flow-hop } liefert PHI an ein Verhalten, das HTTP-Viewer zulässt, und { $fetch ->
    [s3] S3-Ursprünge werden mit dem Protokoll des Viewers abgerufen
   *[match-viewer] der Ursprung wird mit dem Protokoll des Viewers abgerufen (match-viewer)
}, sodass PHI über unverschlüsseltes HTTP übertragen werden können.
flow-origin-viewer-policy = { flow-hop }: ViewerProtocolPolicy { $policy }
flow-origin-viewer-policy-none = { flow-hop }: ViewerProtocolPolicy ist nicht gesetzt.
flow-origin-viewer-https = { flow-hop }: { $fetch ->
    [s3] S3-Ursprünge werden mit dem Protokoll des Viewers abgerufen
   *[match-viewer] der Ursprung wird mit dem Protokoll des Viewers abgerufen (match-viewer)
}, und jedes dorthin geleitete Verhalten hält die Viewer auf HTTPS.

## cloudfront-origin-https

cloudfront-no-origins = Die Verteilung deklariert keine Ursprünge.
cloudfront-path-not-written = { $path } ist nicht angegeben.
cloudfront-origin-vpc-no-endpoint = Der VPC-Ursprung '{ $origin }' hat im Scan keine Endpunktkonfiguration.
cloudfront-origin-vpc-outside = Der VPC-Ursprung '{ $origin }' ist außerhalb dieses Scans definiert; sein Ursprungsprotokoll kann nicht geprüft werden.
cloudfront-origin-no-config = Der Ursprung '{ $origin }' deklariert weder eine benutzerdefinierte noch eine S3-Ursprungskonfiguration.
cloudfront-origin-http-only = Der Ursprung '{ $origin }' wird über unverschlüsseltes HTTP abgerufen (OriginProtocolPolicy: http-only).
cloudfront-origin-policy-other = Nicht erkannte OriginProtocolPolicy '{ $policy }'.
cloudfront-origin-ssl-unresolved = { $path } enthält Werte, die erst bei der Bereitstellung bekannt sind.
cloudfront-origin-tls12 = Der Ursprung '{ $origin }' wird über HTTPS mit TLS 1.2 abgerufen.
cloudfront-origin-old-tls = Der Ursprung '{ $origin }' wird über HTTPS abgerufen, aber nur mit { $protocols }, nicht mit TLS 1.2.
cloudfront-origin-https-only = Der Ursprung '{ $origin }' wird ausschließlich über HTTPS abgerufen.
cloudfront-origin-kind = { $kind ->
    [s3] S3-Ursprung
   *[match-viewer] match-viewer-Ursprung
}
cloudfront-origin-every-behavior-https = { cloudfront-origin-kind } '{ $origin }' wird über HTTPS erreicht: Jedes Cache-Verhalten verlangt HTTPS von den Viewern.
cloudfront-origin-id-unresolved = Die Id von { cloudfront-origin-kind } { $origin } ist kein Literalwert, daher sind die dorthin leitenden Verhalten nicht bekannt.
cloudfront-origin-target-unresolved = { $behavior }.TargetOriginId ist kein Literalwert, daher sind die Verhalten, die zu { cloudfront-origin-kind } '{ $origin }' leiten, nicht bekannt.
cloudfront-origin-routed-https = { cloudfront-origin-kind } '{ $origin }' wird über HTTPS erreicht: Jedes dorthin leitende Verhalten verlangt HTTPS von den Viewern.
cloudfront-origin-routed-http = { cloudfront-origin-kind } '{ $origin }' wird mit dem Protokoll des Viewers abgerufen, und { $behavior } erlaubt unverschlüsseltes HTTP (allow-all).
cloudfront-origin-routed-unresolved = { cloudfront-origin-kind } '{ $origin }': Die Viewer-Protokollrichtlinie von { $behavior } kann nicht aufgelöst werden.
cloudfront-origin-not-routed = Kein Cache-Verhalten leitet zu { cloudfront-origin-kind } '{ $origin }'.
cloudfront-origin-no-behaviors = Keine Verhalten.

## cloudfront-s3-origin-encrypted

cloudfront-s3-origin-none = Kein S3-Ursprung: Benutzerdefinierte Ursprünge verschlüsseln ihren eigenen Speicher.

## cloudfront-tls-minimum

cloudfront-tls-minimum-default-certificate = Die Verteilung verwendet das Standardzertifikat von CloudFront, dessen Mindestprotokoll (TLSv1) nicht geändert werden kann.
cloudfront-tls-minimum-absent = MinimumProtocolVersion ist nicht gesetzt, daher können Viewer sich mit TLSv1 verbinden.
cloudfront-tls-minimum-ok = { $version } verlangt { $protocol } oder höher.
cloudfront-tls-minimum-old = { $version } akzeptiert { $protocol }; verwenden Sie TLSv1.2_2021.
cloudfront-tls-minimum-unknown = '{ $version }' ist keine Protokollversion, die diese Regel kennt.

## cloudfront-viewer-https

cloudfront-viewer-no-behavior = Die Verteilung deklariert kein Cache-Verhalten.
cloudfront-viewer-https = Jedes Cache-Verhalten verlangt HTTPS ({ $policy }).
cloudfront-viewer-allow-all = { $path } erlaubt unverschlüsseltes HTTP (ViewerProtocolPolicy: allow-all).
cloudfront-viewer-other = Nicht erkannte ViewerProtocolPolicy '{ $policy }'.

## neptune-audit-logs

neptune-audit-exports-absent = Audit-Logs werden nicht exportiert (EnableCloudwatchLogsExports ist nicht gesetzt).
neptune-audit-exports-unresolved = { $path } ist nicht vollständig auflösbar.
neptune-audit-group-outside = Die Parametergruppe '{ $group }' ist nicht in diesem Scan; prüfen Sie dort neptune_enable_audit_log.
neptune-group-other = Die Parametergruppe verweist auf '{ $name }', eine Ressource vom Typ { $kind }.
neptune-audit-on = Audit-Logging ist in '{ $group }' aktiviert und wird nach CloudWatch Logs exportiert.
neptune-audit-off = Die Parametergruppe '{ $group }' aktiviert neptune_enable_audit_log nicht.
neptune-audit-default = Die Parametergruppe '{ $group }' belässt neptune_enable_audit_log auf dem Standardwert 0, sodass nichts aufgezeichnet wird.

## neptune-storage-encrypted

neptune-storage-encrypted-absent = StorageEncrypted ist nicht gesetzt; Neptune erstellt standardmäßig unverschlüsselte Cluster.

## neptune-tls

neptune-tls-https-only = Die Engine { $version } akzeptiert nur HTTPS-Verbindungen (TLS 1.2+).
neptune-tls-version-unparsed = EngineVersion '{ $version }' ist keine Versionsnummer.
neptune-tls-default-group = Engine { $version } mit der Standard-Parametergruppe, die SSL verlangt.
neptune-tls-group-outside = Die Engine { $version } ist älter als das reine HTTPS-Neptune, und ihre Parametergruppe '{ $group }' ist nicht in diesem Scan.
neptune-tls-ssl-off = Die Engine { $version } mit der Parametergruppe '{ $group }', die neptune_enforce_ssl auf 0 setzt, akzeptiert Klartextverbindungen.
neptune-tls-ssl-on = Die Parametergruppe '{ $group }' erzwingt SSL.
neptune-tls-ssl-default = Die Parametergruppe '{ $group }' behält den Standardwert bei, der SSL verlangt.

## lambdaedge-https

lambdaedge-https-viewer-http = Ein Verhalten, das Lambda@Edge ausführt, lässt Viewer über unverschlüsseltes HTTP zu.
lambdaedge-https-viewer-absent = Ein Verhalten, das Lambda@Edge ausführt, hat keine ViewerProtocolPolicy.
lambdaedge-https-no-origin = { $path } nennt keinen Ursprung der Verteilung.
lambdaedge-https-origin-http = Der Ursprung eines Verhaltens, das Lambda@Edge ausführt, wird über HTTP erreicht (http-only); Viewer verwenden { $policy }.
lambdaedge-https-none = Kein Cache-Verhalten führt Lambda@Edge aus.
lambdaedge-https-ok = Verhalten, die Lambda@Edge ausführen, verwenden HTTPS zu Viewern und Ursprüngen.

## events-api-destination-https

events-api-destination-no-endpoint = Es ist kein InvocationEndpoint angegeben.
events-api-destination-https = Ereignisse werden über HTTPS zugestellt.
events-api-destination-http = Der Endpunkt { $url } verwendet unverschlüsseltes HTTP, sodass Ereignisse im Klartext übertragen würden.
events-api-destination-other = '{ $url }' ist keine http(s)-URL.

## judge: endpoint_url.rs

endpoint-url-http = { $name } verweist auf http://{ $host }: Anfragen dorthin werden im Klartext übertragen.
endpoint-url-http-dynamodb = { $name } verweist auf http://{ $host } (ein DynamoDB-Endpunkt): Anfragen dorthin werden im Klartext übertragen.
endpoint-url-http-more = { $name } verweist auf http://{ $host } und { $more } weitere: Anfragen dorthin werden im Klartext übertragen.
endpoint-url-http-dynamodb-more = { $name } verweist auf http://{ $host } (ein DynamoDB-Endpunkt) und { $more } weitere: Anfragen dorthin werden im Klartext übertragen.
endpoint-url-https = { $count } Endpunkt-URL(s) in der Konfiguration verwenden https://.
endpoint-url-none = In der Konfiguration ist keine Endpunkt-URL angegeben (Aufrufe aus dem Code erfordern eine Code-Prüfung).

## judge: reference.rs

reference-other-kind = { $path } verweist auf '{ $name }', eine Ressource vom Typ { $kind } statt { $wanted }.
reference-found = { $path } verweist auf '{ $name }'.
reference-outside = { $path } nennt '{ $name }', das nicht in diesem Scan enthalten ist.

## elb-access-logs

elb-access-logs-key-unreadable = Ein Attributschlüssel: { $reason }

## elb-listener-tls

elb-listener-tls-rule-actions-unreadable = Die Aktionsliste der Listener-Regel '{ $rule }': { $reason }
elb-listener-tls-type-unreadable = Der Aktionstyp: { $reason }
elb-listener-tls-rule-type-unreadable = Listener-Regel '{ $rule }', Aktionstyp: { $reason }
elb-listener-tls-redirect-unreadable = Das Umleitungsprotokoll: { $reason }
elb-listener-tls-rule-redirect-unreadable = Listener-Regel '{ $rule }', Umleitungsprotokoll: { $reason }

## flow-transmission-encrypted

flow-unreadable = { flow-hop }: { $property }: { $reason }

## neptune-tls

neptune-parameters-unreadable = Das Feld Parameters von '{ $group }': { $reason }
## phi-store-not-public

phi-store-no-phi = Die Ressource enthält keine PHI.
phi-store-redshift-private = PubliclyAccessible ist nicht gesetzt; ein Redshift-Cluster ist privat, solange der Wert nicht true ist.
phi-store-broker-private = PubliclyAccessible ist nicht gesetzt; ein Broker ist privat, solange der Wert nicht true ist.
phi-store-public-true = PubliclyAccessible ist true: Der Endpunkt wird von außerhalb der VPC zu einer öffentlichen IP-Adresse aufgelöst.
phi-store-public-false = PubliclyAccessible ist false: Der Endpunkt ist privat.
phi-store-terraform-private = PubliclyAccessible ist nicht gesetzt; der Terraform-Provider erstellt { $kind ->
        [cluster] den Cluster
       *[instance] die Instance
    } standardmäßig privat.
phi-store-default-subnet-group = PubliclyAccessible ist nicht gesetzt und { $kind ->
        [cluster] der Cluster
       *[instance] die Instance
    } verwendet die DB-Subnetzgruppe `default`, daher macht RDS { $kind ->
        [cluster] ihn
       *[instance] sie
    } öffentlich.
phi-store-own-subnet-group = PubliclyAccessible ist nicht gesetzt; mit einer eigenen DB-Subnetzgruppe erstellt RDS { $kind ->
        [cluster] den Cluster
       *[instance] die Instance
    } privat.
phi-store-aurora-private = PubliclyAccessible ist nicht gesetzt; Aurora erstellt Instances privat, wenn keine DB-Subnetzgruppe angegeben ist.
phi-store-default-vpc = PubliclyAccessible ist nicht gesetzt und keine DB-Subnetzgruppe ist angegeben: RDS platziert { $kind ->
        [cluster] den Cluster
       *[instance] die Instance
    } in der Standard-VPC und macht { $kind ->
        [cluster] ihn
       *[instance] sie
    } öffentlich.
phi-store-engine-unknown = PubliclyAccessible ist nicht gesetzt und keine DB-Subnetzgruppe ist angegeben; RDS macht { $kind ->
        [cluster] den Cluster
       *[instance] die Instance
    } öffentlich, sofern die Engine nicht Aurora ist, und die Engine ist nicht bekannt.
phi-store-aurora-cluster = Die Endpunkte eines Aurora-Clusters folgen dem PubliclyAccessible seiner Instances und werden an jeder Instance beurteilt.
phi-store-not-multi-az-cluster = Kein Multi-AZ-DB-Cluster (kein DBClusterInstanceClass); PubliclyAccessible tragen seine Instances.
phi-store-eks-private = Der API-Endpunkt des Clusters ist privat (EndpointPublicAccess ist false).
phi-store-eks-public = Der API-Endpunkt des Clusters ist für das gesamte Internet öffentlich: EndpointPublicAccess ist aktiviert (Standard) und keine PublicAccessCidrs schränken ihn ein.
phi-store-eks-open-cidr = Der API-Endpunkt des Clusters ist öffentlich und PublicAccessCidrs enthält { $cidr }.
phi-store-eks-cidrs-empty = Der API-Endpunkt des Clusters ist öffentlich und PublicAccessCidrs ist leer (AWS erlaubt dann 0.0.0.0/0).
phi-store-eks-cidrs-limited = Der öffentliche API-Endpunkt des Clusters ist auf die aufgeführten PublicAccessCidrs beschränkt.

## resource-policy-not-public

resource-policy-no-phi = Die Ressource enthält und überträgt keine PHI.
resource-policy-open-but-bpa = { $path } erlaubt jedem den Zugriff in { $by ->
        [sid] '{ $statement }'
       *[index] Anweisung { $statement }
    }, aber Block Public Access { $setting } ist aktiviert, daher ignoriert S3 dies.
resource-policy-open-but-vpc = { $path } erlaubt jedem den Zugriff in { $by ->
        [sid] '{ $statement }'
       *[index] Anweisung { $statement }
    }, aber die Domain liegt in einer VPC, daher erreichen sie nur ihr Netzwerk (und ihre Sicherheitsgruppen).
resource-policy-open = { $path } erlaubt Principal "*" in { $by ->
        [sid] '{ $statement }'
       *[index] Anweisung { $statement }
    } ohne eine Bedingung, die den Zugriff auf ein Konto, eine Organisation, eine VPC oder eine Quelle beschränkt.
resource-policy-acl-but-bpa = Der Bucket gewährt die vordefinierte ACL { $acl }, aber Block Public Access { $setting } ist aktiviert, daher ignoriert S3 dies.
resource-policy-acl-authenticated = Der Bucket gewährt die öffentliche vordefinierte ACL { $acl }: Jedes AWS-Konto kann ihn lesen.
resource-policy-acl-public = Der Bucket gewährt die öffentliche vordefinierte ACL { $acl }: Jeder kann ihn lesen.
resource-policy-none = Es ist keine Ressourcenrichtlinie angehängt; nur IAM-Identitäten des Kontos haben Zugriff.
resource-policy-no-open-statement = Keine Anweisung von { $policies } erlaubt jedem den Zugriff ohne einschränkende Bedingung.
resource-policy-lambda-open = Die Berechtigung { $permission } erlaubt Principal "*", die Funktion aufzurufen, ohne SourceArn, SourceAccount oder PrincipalOrgID.
resource-policy-lambda-restricted = Jede Berechtigung benennt ihren Principal oder schränkt ihre Quelle ein.
resource-policy-lambda-none = An die Funktion ist keine ressourcenbasierte Berechtigung angehängt.

## judge: exposure.rs

exposure-not-a-subnet = { $name } ist kein Subnetz.
exposure-subnet-outside = Das Subnetz '{ $subnet }' ist nicht in diesem Scan enthalten, daher ist unbekannt, ob es öffentliche IP-Adressen zuweist.

## ec2-phi-no-public-ip

ec2-public-ip-no-phi = Der Host enthält und verarbeitet keine PHI.
ec2-public-ip-launched-elsewhere = AssociatePublicIpAddress ist nicht angegeben; es entscheidet das Subnetz der Instance oder Gruppe, die damit gestartet wird, und dort wird es beurteilt.
ec2-public-ip-assoc-true = { $path } ist true: Der Host erhält eine öffentliche IP-Adresse.
ec2-public-ip-assoc-false = { $path } ist false: Es wird keine öffentliche IP-Adresse zugewiesen.
ec2-public-ip-from-assoc-true = { $kind ->
        [template] Startvorlage
       *[configuration] Startkonfiguration
    } { $name }: { $path } ist true: Der Host erhält eine öffentliche IP-Adresse.
ec2-public-ip-from-assoc-false = { $kind ->
        [template] Startvorlage
       *[configuration] Startkonfiguration
    } { $name }: { $path } ist false: Es wird keine öffentliche IP-Adresse zugewiesen.
ec2-public-ip-eip = Die Elastic IP { $eip } gibt der Instance eine öffentliche IP-Adresse.
ec2-public-ip-subnet-public = Das Subnetz { $subnet } hat MapPublicIpOnLaunch true, daher erhält der Host eine öffentliche IP-Adresse.
ec2-public-ip-private-subnets = Der Host wird in privaten Subnetzen gestartet (kein MapPublicIpOnLaunch).
ec2-public-ip-instance-default-vpc = Es ist kein Subnetz angegeben: Die Instance wird in der Standard-VPC gestartet, deren Standardsubnetze öffentliche IP-Adressen zuweisen, sofern das Konto dies nicht geändert hat.
ec2-public-ip-subnet-unjudged = Das Subnetz kann nicht beurteilt werden.
ec2-public-ip-group-no-subnet = VPCZoneIdentifier nennt kein Subnetz.
ec2-public-ip-group-default-vpc = Kein VPCZoneIdentifier: Die Gruppe startet in der Standard-VPC, deren Standardsubnetze öffentliche IP-Adressen zuweisen, sofern das Konto dies nicht geändert hat.
ec2-public-ip-ecs-enabled = AssignPublicIp ist aktiviert: Jeder Task erhält eine öffentliche IP-Adresse.
ec2-public-ip-ecs-disabled = AssignPublicIp ist deaktiviert.
ec2-public-ip-ecs-bridge = Der Service verwendet Bridge- oder Host-Netzwerkbetrieb: Seine Tasks teilen die Adresse der Container-Instance und werden an der Instance beurteilt.
ec2-public-ip-ecs-default = AssignPublicIp ist nicht gesetzt; ECS weist standardmäßig keine öffentlichen IP-Adressen zu.

## cloudtrail-audit-log-retention

cloudtrail-retention-no-bucket = Der Trail nennt keinen Bucket.
cloudtrail-retention-not-bucket = { $path } nennt '{ $name }', eine Ressource vom Typ { $kind }, keinen Bucket.
cloudtrail-retention-outside = Der Protokoll-Bucket '{ $bucket }' ist in den gescannten Dateien nicht definiert, daher kann sein Lebenszyklus nicht geprüft werden.
cloudtrail-retention-expires = Die Lebenszyklusregel { $rule } des Protokoll-Buckets '{ $bucket }' löscht Audit-Protokolle nach { $days } Tagen, also vor Ablauf von sechs Jahren ({ $minimum } Tage).
cloudtrail-retention-kept = Der Protokoll-Bucket '{ $bucket }' lässt Audit-Protokolle nicht innerhalb von sechs Jahren ablaufen.

## cloudtrail-data-events

cloudtrail-data-events-on = Der Trail zeichnet Datenereignisse auf.
cloudtrail-data-events-other = Der Trail '{ $trail }' zeichnet Datenereignisse auf.
cloudtrail-data-events-management-only = Der Trail zeichnet nur Verwaltungsereignisse auf; Lese- und Schreibzugriffe auf S3-Objekte und DynamoDB-Elemente (PHI) hinterlassen keinen Audit-Eintrag.

## cloudtrail-kms-encryption

cloudtrail-kms-set = Protokolldateien werden mit einem KMS-Schlüssel verschlüsselt (SSE-KMS).
cloudtrail-kms-absent = KMSKeyId ist nicht gesetzt: Protokolldateien erhalten nur die standardmäßige SSE-S3-Verschlüsselung, die weder per Schlüsselrichtlinie beschränkt, wer sie lesen kann, noch ihre Entschlüsselung protokolliert.

## cloudtrail-log-file-validation

cloudtrail-validation-absent = EnableLogFileValidation ist nicht gesetzt; CloudTrail schreibt standardmäßig keine Digest-Dateien.

## cloudtrail-multi-region

cloudtrail-multi-region-absent = IsMultiRegionTrail ist nicht gesetzt; ein Trail zeichnet standardmäßig nur seine Heimatregion auf.
cloudtrail-multi-region-other = Dieser Trail zeichnet eine Region auf, aber der Trail { $trail } zeichnet alle Regionen auf.

## cloudtrail-phi-bucket-data-events

cloudtrail-phi-bucket-not-live = Der Bucket wurde nicht aus einem Live-Konto gelesen.
cloudtrail-phi-bucket-advanced = Der Trail { $trail } protokolliert, und ein erweiterter Ereignisselektor zeichnet die S3-Objektereignisse des Buckets auf.
cloudtrail-phi-bucket-basic = Der Trail { $trail } protokolliert, und ein Ereignisselektor zeichnet die S3-Objektereignisse des Buckets auf.
cloudtrail-phi-bucket-stopped = Der Trail { $trails } würde die Objektereignisse dieses Buckets aufzeichnen, protokolliert aber nicht.
cloudtrail-phi-bucket-none = Kein Trail im Konto { $account } zeichnet Lese- und Schreibereignisse der Objekte des Buckets { $bucket } auf: Wer darin PHI gelesen oder geändert hat, hinterlässt keinen Audit-Eintrag.

## cloudtrail-records-api-calls

cloudtrail-api-calls-one = Im Konto { $account } protokolliert der Trail { $trails } und zeichnet Lese- und Schreib-Verwaltungsereignisse aller Services in jeder gescannten Region auf ({ $regions }).
cloudtrail-api-calls-many = Im Konto { $account } protokollieren die Trails { $trails } und zeichnen Lese- und Schreib-Verwaltungsereignisse aller Services in jeder gescannten Region auf ({ $regions }).

## cloudtrail-trail-exists

cloudtrail-trail-none = In der gescannten Konfiguration ist kein CloudTrail-Trail definiert; der Ereignisverlauf allein ist nicht das Audit-Protokoll, das das BAA verlangt. Liegt der Trail in einem anderen Stack oder Konto, scannen Sie diesen ebenfalls oder unterdrücken Sie diesen Befund mit dieser Begründung.
cloudtrail-trail-none-no-phi = Es ist kein Trail definiert, und nichts im Scan enthält PHI.
cloudtrail-trail-none-account = Im Konto { $account } existiert kein CloudTrail-Trail: Seine API-Aktivität wird nur im 90-tägigen Ereignisverlauf aufbewahrt, der nicht das Audit-Protokoll ist, das das BAA verlangt.
cloudtrail-trail-logging = Der Trail protokolliert.
cloudtrail-trail-not-logging = IsLogging ist false: Der Trail existiert, zeichnet aber nichts auf.
cloudtrail-trail-logging-default = Der Trail protokolliert (enable_logging ist standardmäßig true).
cloudtrail-trail-not-collected = IsLogging wurde nicht erfasst (cloudtrail:GetTrailStatus).
cloudtrail-trail-logging-unset = IsLogging ist nicht gesetzt; CloudFormation verlangt es, daher lässt sich die Vorlage so nicht bereitstellen.
## iam-console-user-mfa

iam-credential-row-not-collected = Die Zeile des Benutzers im Anmeldeinformationsbericht wurde nicht erfasst (iam:GetCredentialReport).
iam-console-no-mfa = Der Benutzer meldet sich mit einem Passwort und ohne MFA-Gerät an der Konsole an.
iam-console-no-mfa-last-used = Der Benutzer meldet sich mit einem Passwort und ohne MFA-Gerät an der Konsole an (Passwort zuletzt verwendet: { $used }).

## iam-console-user-no-access-keys

iam-console-no-password-workload = Der Benutzer hat kein Konsolenpasswort (eine Workload-Identität, keine Person).
iam-console-active-keys = Der Konsolenbenutzer besitzt außerdem { $count } aktive langfristige Zugriffsschlüssel ({ $keys }).

## iam-no-long-term-access-keys

iam-key-inactive = Der Zugriffsschlüssel wird inaktiv erstellt.
iam-key-inactive-for = Der Zugriffsschlüssel für '{ $user }' wird inaktiv erstellt.
iam-key-active = Die Vorlage erstellt einen aktiven langfristigen Zugriffsschlüssel; verwenden Sie eine Rolle oder temporäre Anmeldeinformationen.
iam-key-active-for = Die Vorlage erstellt einen aktiven langfristigen Zugriffsschlüssel für '{ $user }'; verwenden Sie eine Rolle oder temporäre Anmeldeinformationen.
iam-key-default-active = Die Vorlage erstellt einen langfristigen Zugriffsschlüssel (standardmäßig aktiv); verwenden Sie eine Rolle oder temporäre Anmeldeinformationen.
iam-key-default-active-for = Die Vorlage erstellt einen langfristigen Zugriffsschlüssel für '{ $user }' (standardmäßig aktiv); verwenden Sie eine Rolle oder temporäre Anmeldeinformationen.

## iam-root-mfa

iam-root-mfa = Der Root-Benutzer des Kontos { $account } hat MFA.
iam-root-no-mfa = Der Root-Benutzer des Kontos { $account } hat kein MFA-Gerät: Sein Passwort allein öffnet jeden PHI-Speicher.
iam-root-mfa-not-collected = RootMfaActive wurde für das Konto { $account } nicht erfasst (iam:GenerateCredentialReport / iam:GetCredentialReport).

## iam-root-no-access-keys

iam-root-no-key = Der Root-Benutzer des Kontos { $account } hat keinen aktiven Zugriffsschlüssel.
iam-root-active-key = Der Root-Benutzer des Kontos { $account } hat einen aktiven Zugriffsschlüssel: eine gemeinsam genutzte, nie ablaufende Anmeldeinformation mit allen Berechtigungen.
iam-root-keys-not-collected = RootAccessKeysActive wurde für das Konto { $account } nicht erfasst (iam:GetCredentialReport).

## docdb-audit-logs

docdb-audit-no-exports = Der Cluster exportiert keine Protokolle nach CloudWatch; Audit-Ereignisse werden nicht aufgezeichnet.
docdb-audit-not-exported = EnableCloudwatchLogsExports enthält audit nicht.
docdb-audit-default-group = Das Audit-Protokoll wird exportiert, aber die Standard-Parametergruppe lässt audit_logs deaktiviert, daher werden keine Audit-Ereignisse geschrieben.
docdb-audit-default-group-named = Das Audit-Protokoll wird exportiert, aber die Standard-Parametergruppe { $group } lässt audit_logs deaktiviert.
docdb-group-outside = Die Parametergruppe '{ $group }' ist in den gescannten Dateien nicht definiert.
docdb-audit-on = Audit-Protokolle werden exportiert, und die Parametergruppe '{ $group }' setzt audit_logs = { $value }.
docdb-audit-off = Die Parametergruppe '{ $group }' setzt audit_logs = { $value }, daher werden keine Audit-Ereignisse geschrieben.
docdb-audit-unset = Die Parametergruppe '{ $group }' belässt audit_logs auf dem Standardwert (deaktiviert).

## docdb-storage-encrypted

docdb-storage-encrypted-absent = StorageEncrypted ist nicht gesetzt; DocumentDB-Cluster sind standardmäßig unverschlüsselt.

## docdb-tls

docdb-tls-default-group = Der Cluster verwendet die Standard-Parametergruppe, die TLS verlangt.
docdb-tls-default-group-named = Die Standard-Parametergruppe { $group } verlangt TLS.
docdb-tls-unset = Die Parametergruppe '{ $group }' belässt tls auf dem Standardwert (aktiviert).
docdb-tls-disabled = Die Parametergruppe '{ $group }' setzt tls = disabled, daher können Clients ohne TLS verbinden.
docdb-tls-value = Die Parametergruppe '{ $group }' setzt tls = { $value }.

## batch-encrypted-storage

batch-unmanaged = Nicht verwaltete Rechenumgebung: Ihre Instances werden von den EC2-Regeln beurteilt.
batch-fargate = Fargate-Rechenumgebung: AWS verschlüsselt ihren Speicher.
batch-no-compute-resources = Die Rechenumgebung deklariert keine Rechenressourcen.
batch-ebs-default = Das Konto verschlüsselt neue EBS-Volumes standardmäßig ('{ $setting }').
batch-no-launch-template = Keine Startvorlage: Instances starten mit den unverschlüsselten EBS-Volumes des AMI, sofern das Konto EBS nicht standardmäßig verschlüsselt.
batch-lt-not-named = Die Startvorlage ist nicht benannt.
batch-lt-outside = Die Startvorlage '{ $template }' ist nicht in diesem Scan enthalten.
batch-lt-other = Die Startvorlage verweist auf '{ $name }', ein { $kind }.
batch-lt-no-mappings = Die Startvorlage '{ $template }' deklariert keine verschlüsselten Volumes, daher folgt das Root-Volume dem AMI (unverschlüsselt).
batch-lt-device-unencrypted = Die Startvorlage '{ $template }' lässt { $device } unverschlüsselt.
batch-lt-some-device-unencrypted = Die Startvorlage '{ $template }' lässt ein Gerät unverschlüsselt.
batch-lt-device-not-encrypted = Die Startvorlage '{ $template }' verschlüsselt { $device } nicht.
batch-lt-some-device-not-encrypted = Die Startvorlage '{ $template }' verschlüsselt ein Gerät nicht.
batch-lt-device-snapshot = { $device } wird aus einem Snapshot erstellt, dessen Verschlüsselung hier nicht ersichtlich ist.
batch-lt-some-device-snapshot = Ein Gerät wird aus einem Snapshot erstellt, dessen Verschlüsselung hier nicht ersichtlich ist.
batch-lt-no-ebs = Die Startvorlage '{ $template }' deklariert keine verschlüsselten EBS-Volumes.
batch-lt-encrypted = Die Startvorlage '{ $template }' verschlüsselt jedes von ihr deklarierte EBS-Volume.

## opensearch-encryption-at-rest

opensearch-encryption-at-rest-absent = EncryptionAtRestOptions.Enabled ist nicht gesetzt: Die Daten der Domäne werden im Ruhezustand nicht verschlüsselt.

## opensearch-https-only

what-https-enforcement = HTTPS-Erzwingung
opensearch-https-absent = DomainEndpointOptions.EnforceHTTPS ist nicht gesetzt: Die Domäne akzeptiert unverschlüsselte HTTP-Anfragen.

## opensearch-node-to-node

what-node-to-node-encryption = Knoten-zu-Knoten-Verschlüsselung
opensearch-node-to-node-absent = NodeToNodeEncryptionOptions.Enabled ist nicht gesetzt: Der Verkehr zwischen den Knoten wird nicht verschlüsselt.

## opensearch-engine-version

opensearch-es-version-absent = ElasticsearchVersion ist nicht gesetzt, daher wird die Domäne mit Elasticsearch 1.5 erstellt.
opensearch-engine-version-absent = EngineVersion ist nicht gesetzt: Die Domäne läuft mit der neuesten OpenSearch-Version.
opensearch-engine-opensearch = { $version } ist OpenSearch.
opensearch-es-recent = Elasticsearch { $version } ist Version 6.0 oder neuer.
opensearch-es-old = Elasticsearch { $version } ist älter als 6.0, die Mindestversion für PHI.
opensearch-engine-unrecognised = '{ $version }' ist keine erkannte Engine-Version.

## opensearch-tls-policy

opensearch-tls-policy-absent = TLSSecurityPolicy ist nicht gesetzt, daher verwendet der Endpunkt { $policy }, die TLS 1.0 akzeptiert.
opensearch-tls-policy-ok = { $policy } verlangt { $protocol } oder neuer.
opensearch-tls-policy-old = { $policy } akzeptiert { $protocol }; verwenden Sie eine TLS-1.2-Richtlinie.
opensearch-tls-policy-unknown = '{ $policy }' ist keine TLS-Sicherheitsrichtlinie, die diese Regel kennt.

## opensearch-vpc-access

opensearch-public-open-policy = Die Domäne hat einen öffentlichen Endpunkt, und ihre Zugriffsrichtlinie erlaubt jedem (Principal *) den Zugriff ohne Bedingung.
opensearch-public-endpoint = Die Domäne hat einen öffentlichen Endpunkt (keine VPCOptions); das Whitepaper verlangt eine VPC-Domäne.

## waf-protected-resource-https

waf-lb-no-listener = Kein Listener von '{ $lb }' ist in diesem Scan enthalten.
waf-listener-no-protocol = Der Listener '{ $listener }' hat kein Protokoll.
waf-listener-protocol-unresolvable = Das Protokoll des Listeners '{ $listener }' kann nicht aufgelöst werden.
waf-lb-http-listener = '{ $lb }' hat den HTTP-Listener '{ $listener }', der Verkehr bedient, ohne auf HTTPS umzuleiten.
waf-lb-https-only = '{ $lb }' bedient nur HTTPS (HTTP-Listener leiten um).
waf-no-acl = Es ist keine Web-ACL angehängt.
waf-viewer-http = Ein Cache-Verhalten erlaubt Viewern die Nutzung von HTTP (ViewerProtocolPolicy allow-all).
waf-origin-http = CloudFront erreicht einen benutzerdefinierten Ursprung über HTTP (OriginProtocolPolicy http-only).
waf-cloudfront-https = Viewer und Ursprünge werden über HTTPS erreicht.
waf-no-resource = Die Zuordnung nennt keine Ressource.
waf-endpoint-https-only = Der geschützte Endpunkt akzeptiert nur HTTPS.
waf-resource-https-only = '{ $name }' akzeptiert nur HTTPS.
waf-resource-not-judged = Die Protokolle von '{ $name }' ({ $kind }) werden hier nicht beurteilt.
waf-resource-outside = '{ $arn }' ist in diesem Scan nicht definiert.

## judge: ecs_task.rs

ecs-containers-not-list = { $path } ist keine Liste.
ecs-containers-unreadable = { $path } ist keine lesbare Liste.

## ecs-container-logging

ecs-no-containers = Keine Containerdefinitionen.
ecs-logging-none = Der Container '{ $container }' hat keine LogConfiguration, daher gehen seine Protokolle mit dem Task verloren.
ecs-logging-none-driver = Der Container '{ $container }' verwendet den Protokolltreiber none, daher werden seine Protokolle verworfen.
ecs-logging-other-driver = Der Container '{ $container }' protokolliert mit dem Treiber { $driver }; ob die Protokolle CloudWatch oder einen anderen aufbewahrenden Speicher erreichen, ist hier nicht ersichtlich.
ecs-logging-no-driver = Der Container '{ $container }' hat eine LogConfiguration ohne LogDriver.
ecs-logging-ok = Jeder Container sendet seine Protokolle an CloudWatch Logs oder FireLens.

## ecs-efs-transit-encryption

ecs-no-volumes = Keine Volumes.
ecs-efs-transit-absent = Das EFS-Volume '{ $volume }' setzt TransitEncryption nicht, dessen Standardwert DISABLED ist.
ecs-efs-tls = Jedes EFS-Volume wird mit TLS eingebunden.
ecs-efs-transit-value = Das EFS-Volume '{ $volume }' setzt TransitEncryption auf { $value }.
ecs-no-efs-volumes = Keine EFS-Volumes.

## ecs-log-destination-tls

ecs-log-firelens-config-file = Container '{ $container }': Die FireLens-Ausgabe ist in einer Konfigurationsdatei definiert, nicht in der Task-Definition.
ecs-log-unknown-output = Container '{ $container }': Die Fluent-Bit-Ausgabe { $output } ist phiguard nicht bekannt.
ecs-log-address-absent = Container '{ $container }': { $key } ist nicht gesetzt.
ecs-log-fluentd = Container '{ $container }': Die Transportsicherheit des fluentd-Treibers hängt vom empfangenden Agenten ab.
ecs-log-driver-unresolvable = Container '{ $container }': { $path } kann nicht aufgelöst werden.
ecs-log-cleartext-fluent-bit-host = Der Container '{ $container }' sendet seine Protokolle über die Fluent-Bit-Ausgabe { $output } ohne tls On im Klartext an { $host }.
ecs-log-cleartext-fluent-bit = Der Container '{ $container }' sendet seine Protokolle über die Fluent-Bit-Ausgabe { $output } ohne tls On im Klartext an deren Host.
ecs-log-cleartext-url = Der Container '{ $container }' sendet seine Protokolle im Klartext an { $url }.
ecs-log-tls-awslogs = Container-Protokolle verlassen den Host über TLS (CloudWatch Logs (awslogs)).
ecs-log-tls-aws-output = Container-Protokolle verlassen den Host über TLS (die AWS-Fluent-Bit-Ausgabe { $output }).
ecs-log-tls-fluent-bit = Container-Protokolle verlassen den Host über TLS (die Fluent-Bit-Ausgabe { $output } mit aktiviertem TLS).
ecs-log-tls-url = Container-Protokolle verlassen den Host über TLS ({ $url }).
ecs-log-none-off-host = Kein Container sendet seine Protokolle vom Host weg.

## backup-plan-covers-phi-stores

backup-covers-selection = Die AWS-Backup-Auswahl { $selection } weist sie einem Backup-Plan zu.
backup-covers-attached = Sie ist an die Instance { $instance } angehängt, die von der AWS-Backup-Auswahl { $selection } gesichert wird.
backup-covers-dlm = Eine Data-Lifecycle-Manager-Richtlinie erstellt Snapshots davon.
backup-lead-native =
    { $plan ->
        [none] Es ist kein AWS-Backup-Plan definiert
       *[unassigned] Keine AWS-Backup-Auswahl weist sie zu
    }
backup-lead-missing =
    { $scope ->
        [account] Keine AWS-Backup-Auswahl im Konto { $account } weist sie zu (per ARN oder Tag)
        [scan] Keine AWS-Backup-Auswahl im Scan weist sie zu (per ARN, Verweis oder Tag)
       *[none] Der Scan definiert keinen AWS-Backup-Plan (AWS::Backup::BackupPlan/BackupSelection)
    }
backup-native-backups-default = { backup-lead-native }, aber automatisierte Backups sind standardmäßig aktiviert ({ $prop } 1 Tag).
backup-native-backups-kept = { backup-lead-native }, aber automatisierte Backups werden { $days } Tag(e) aufbewahrt ({ $prop }).
backup-native-snapshots-default = { backup-lead-native }, aber automatisierte Snapshots sind standardmäßig aktiviert ({ $prop } 1 Tag).
backup-native-snapshots-kept = { backup-lead-native }, aber automatisierte Snapshots werden { $days } Tag(e) aufbewahrt ({ $prop }).
backup-native-pitr = { backup-lead-native }, aber die Point-in-Time-Wiederherstellung hält fortlaufende Backups vor.
backup-native-pitr-replicas = { backup-lead-native }, aber die Point-in-Time-Wiederherstellung hält auf jedem Replikat fortlaufende Backups vor.
backup-native-efs = { backup-lead-native }, aber ihre automatische Backup-Richtlinie (BackupPolicy ENABLED) nimmt sie in den AWS-Backup-Standardplan auf.
backup-native-fsx-default = { backup-lead-native }, aber FSx erstellt standardmäßig automatische tägliche Backups.
backup-native-fsx-kept = { backup-lead-native }, aber FSx bewahrt automatische tägliche Backups { $days } Tag(e) auf.
backup-native-backups-zero = { backup-lead-missing }, und { $prop } ist 0, wodurch automatisierte Backups ausgeschaltet sind.
backup-native-snapshots-zero = { backup-lead-missing }, und { $prop } ist 0, wodurch automatisierte Snapshots ausgeschaltet sind.
backup-native-pitr-off = { backup-lead-missing }, und die Point-in-Time-Wiederherstellung ist ausgeschaltet.
backup-native-pitr-replica-off = { backup-lead-missing }, und die Point-in-Time-Wiederherstellung ist auf mindestens einem Replikat ausgeschaltet.
backup-native-efs-off = { backup-lead-missing }, und ihre automatische Backup-Richtlinie (BackupPolicy) ist nicht ENABLED.
backup-native-ec2 = { backup-lead-missing }, und EBS-Volumes und EC2-Instances haben keine eigenen automatischen Backups.
backup-native-lustre = { backup-lead-missing }, und FSx for Lustre erstellt standardmäßig keine automatischen Backups.
backup-native-fsx-zero = { backup-lead-missing }, und { $path } ist 0, wodurch automatische Backups ausgeschaltet sind.

## backup-plan-offsite-copy

backup-copy-no-rules = Im Plan sind keine Regeln angegeben.
backup-copy-offsite = Wiederherstellungspunkte werden nach { $arn } kopiert.
backup-copy-local-vault = Das einzige Kopierziel ist der zusammen mit dem Plan definierte Tresor '{ $vault }', daher verlässt keine Kopie die Region.
backup-copy-local-arn = Das einzige Kopierziel ist '{ $arn }' in der eigenen Region und dem eigenen Konto des Plans, daher verlässt keine Kopie die Region.
backup-copy-not-arn = { $path } '{ $arn }' ist kein Tresor-ARN.
backup-copy-none = Keine Regel kopiert Wiederherstellungspunkte in eine andere Region oder ein anderes Konto; jede Kopie bleibt im Quelltresor.

## backup-recent-recovery-point

backup-point-recent-hours = Der Wiederherstellungspunkt { $point } wurde um { $time } abgeschlossen ({ $age } Stunden vor der Erfassung; Grenze { $limit } Tag(e)).
backup-point-recent-days = Der Wiederherstellungspunkt { $point } wurde um { $time } abgeschlossen ({ $age } Tage vor der Erfassung; Grenze { $limit } Tag(e)).
backup-point-old-hours = Der neueste abgeschlossene Wiederherstellungspunkt, { $point }, stammt von { $time } ({ $age } Stunden vor der Erfassung; Grenze { $limit } Tag(e)): Die Backups dieses PHI-Speichers sind eingestellt oder bleiben hinter dem Notfallplan zurück.
backup-point-old-days = Der neueste abgeschlossene Wiederherstellungspunkt, { $point }, stammt von { $time } ({ $age } Tage vor der Erfassung; Grenze { $limit } Tag(e)): Die Backups dieses PHI-Speichers sind eingestellt oder bleiben hinter dem Notfallplan zurück.
backup-point-none = Der PHI-Speicher hat keinen abgeschlossenen AWS-Backup-Wiederherstellungspunkt: Es gibt keine abrufbare Kopie.

## backup-vault-kms-key

backup-vault-key-named = Der Tresor nennt seinen Verschlüsselungsschlüssel.

## s3-bucket-access-logging

s3-logging-target-of = Dies ist ein Bucket für Zugriffsprotokolle: { $bucket } liefert seine Server-Zugriffsprotokolle hierher.
s3-logging-target-acl = Dies ist ein Bucket für Zugriffsprotokolle: Seine ACL ist LogDeliveryWrite.
s3-logging-target-policy = Dies ist ein Bucket für Zugriffsprotokolle: Die Bucket-Richtlinie { $policy } erlaubt logging.s3.amazonaws.com, Protokolle zu liefern.

## s3-bucket-encryption

s3-bucket-encryption-default-missing = Für den Bucket ist keine Standardverschlüsselung deklariert
s3-bucket-encryption-default-does = verschlüsselt seit Januar 2023 neue Objekte mit SSE-S3

## s3-bucket-public-access-block

s3-bucket-public-access-block-default-missing = Für den Bucket ist keine PublicAccessBlockConfiguration deklariert
s3-bucket-public-access-block-default-does = aktiviert seit April 2023 für neue Buckets alle vier Einstellungen von Block Public Access

## s3-transfer-acceleration-protected

s3-acceleration-no-encryption = Der beschleunigte Bucket deklariert keine Standardverschlüsselung (AWS wendet SSE-S3 an, aber die Konfiguration deklariert es nicht).
s3-acceleration-no-policy = Der beschleunigte Bucket hat keine Bucket-Richtlinie, die Anfragen ohne TLS ablehnt.
s3-acceleration-no-encryption-no-policy = Der beschleunigte Bucket deklariert keine Standardverschlüsselung (AWS wendet SSE-S3 an, aber die Konfiguration deklariert es nicht) und hat keine Bucket-Richtlinie, die Anfragen ohne TLS ablehnt.

## judge: bucket.rs

bucket-role-encrypted = Der { $role } '{ $bucket }' deklariert eine Standardverschlüsselung ({ $algorithm }).
bucket-role-outside = Der { $role } '{ $bucket }' ist in diesem Scan nicht definiert; prüfen Sie seine Standardverschlüsselung dort, wo er verwaltet wird.
bucket-role-other = Der { $role } verweist auf '{ $name }', ein { $kind }, keinen Bucket.
bucket-role-datasync-location = Bucket des DataSync-Speicherorts
bucket-role-command-output = Bucket für die Befehlsausgabe
bucket-role-destination = Ziel-Bucket
bucket-role-export-destination = Exportziel-Bucket
bucket-role-home-directory = Bucket des Basisverzeichnisses
bucket-role-input = Eingabe-Bucket
bucket-role-origin = Ursprungs-Bucket
bucket-role-revision = Revisions-Bucket
bucket-role-tables = Bucket der Tabelle

## fsx-kms

fsx-kms-scratch-default = Ein Lustre-Scratch-Dateisystem (standardmäßig SCRATCH_1) wird immer mit einem von FSx verwalteten Schlüssel verschlüsselt.
fsx-kms-scratch = Lustre-Scratch-Dateisysteme werden immer mit einem von FSx verwalteten Schlüssel verschlüsselt.

## fsx-lustre-transit-encryption

fsx-not-lustre = { $type }-Dateisysteme sind kein Lustre.
fsx-type-unresolvable = FileSystemType kann nicht aufgelöst werden.
fsx-lustre-no-deployment-type = Kein DeploymentType, daher ist das Dateisystem SCRATCH_1, das Daten während der Übertragung nie verschlüsselt.
fsx-lustre-scratch-1 = SCRATCH_1-Dateisysteme verschlüsseln Daten während der Übertragung nie.
fsx-lustre-transit = { $deployment } verschlüsselt Daten während der Übertragung von unterstützten Instance-Typen.

## fsx-windows-audit-logs

fsx-not-windows = { $type }-Dateisysteme haben keine Windows-Dateizugriffsüberwachung.
fsx-audit-level = { $setting } ist { $level }.
fsx-audit-off = Die Überwachung des Datei- und Freigabezugriffs ist ausgeschaltet, daher hinterlässt der Zugriff auf Dateien der Freigabe keinen Prüfeintrag.
## judge: glue.rs

glue-connection-ssl-absent = Die JDBC-Verbindung '{ $connection }' setzt JDBC_ENFORCE_SSL nicht, daher kann Glue ohne TLS verbinden.
glue-connection-ssl-enforced = Die JDBC-Verbindung '{ $connection }' erzwingt SSL.
glue-connection-ssl-false = Die JDBC-Verbindung '{ $connection }' setzt JDBC_ENFORCE_SSL auf false, daher kann Glue ohne TLS verbinden.

## glue-catalog-encryption

glue-catalog-mode-other = CatalogEncryptionMode ist { $mode }; die Katalog-Metadaten sind nicht verschlüsselt.
glue-catalog-mode-absent = CatalogEncryptionMode ist nicht gesetzt; die Katalog-Metadaten sind nicht verschlüsselt.
glue-catalog-settings-elsewhere = Die DataCatalogEncryptionSettings des Scans tragen das Ergebnis.
glue-catalog-no-settings = Keine AWS::Glue::DataCatalogEncryptionSettings im Scan; der Data Catalog, der diese Datenbank enthält, ist standardmäßig nicht verschlüsselt.

## glue-job-encryption

glue-job-sc-no-s3 = Die Sicherheitskonfiguration '{ $configuration }' verschlüsselt keine S3-Daten.
glue-job-sc-disabled = Die Sicherheitskonfiguration '{ $configuration }' belässt die S3-Verschlüsselung auf DISABLED.
glue-job-sc-encrypts = Die Sicherheitskonfiguration '{ $configuration }' verschlüsselt S3-Daten ({ $mode }).
glue-job-sc-outside = Die Sicherheitskonfiguration '{ $configuration }' ist nicht in diesem Scan enthalten.
glue-job-sc-other = SecurityConfiguration verweist auf '{ $target }', eine Ressource vom Typ { $kind }.

## ssm-output-encrypted

ssm-output-flag-false = { $flag } ist false; Sitzungsprotokolle gehen unverschlüsselt an { $destination }.
ssm-output-flag-absent = { $flag } ist nicht angegeben, daher ist nicht erkennbar, ob Sitzungsprotokolle verschlüsselt werden.
ssm-output-no-destination = Sitzungsprotokolle werden weder an S3 noch an CloudWatch Logs gesendet.

## ssm-parameter-secure-string

ssm-parameter-not-secret = '{ $name }' bezeichnet kein Secret.
ssm-parameter-reference = '{ $name }' verweist auf ein anderswo gespeichertes Secret, nicht auf das Secret selbst.
ssm-parameter-clear = '{ $name }' speichert ein Secret in einem String-Parameter im Klartext.
ssm-parameter-copies = '{ $name }' kopiert ein Secret in einen String-Parameter im Klartext.
ssm-parameter-no-value = '{ $name }' hat in der Vorlage keinen Wert.

## dynamodb-no-phi-in-keys

dynamodb-keys-identifier = Das Schlüsselattribut '{ $attribute }' bezeichnet eine Patientenkennung; Schlüssel- und Indexattribute bleiben in Abfragen, Protokollen und bei clientseitiger Verschlüsselung unverschlüsselt.
dynamodb-keys-no-schema = Es ist kein Schlüsselschema angegeben.
dynamodb-keys-clean = Kein Schlüssel- oder Indexattribut bezeichnet eine Patientenkennung.

## dynamodb-point-in-time-recovery

dynamodb-pitr-absent = Die Point-in-Time-Wiederherstellung ist nicht aktiviert; standardmäßig ist sie deaktiviert.
dynamodb-pitr-no-replicas = Die globale Tabelle deklariert keine Replikate.
dynamodb-pitr-replicas-off = Die Point-in-Time-Wiederherstellung ist für die Replikate in folgenden Regionen deaktiviert: { $regions }
dynamodb-pitr-all-replicas = Die Point-in-Time-Wiederherstellung ist auf jedem Replikat aktiviert.

## dynamodb-table-kms-encryption

dynamodb-sse-absent = SSESpecification ist nicht gesetzt; die Tabelle ist mit einem AWS-eigenen Schlüssel (Standard von DynamoDB) verschlüsselt, dessen Verwendung keine Spur in Ihrem CloudTrail hinterlässt. Aktivieren Sie SSE mit einem KMS-Schlüssel.
dynamodb-sse-false = SSEEnabled ist false; die Tabelle ist mit einem AWS-eigenen Schlüssel (Standard von DynamoDB) verschlüsselt, dessen Verwendung keine Spur in Ihrem CloudTrail hinterlässt. Aktivieren Sie SSE mit einem KMS-Schlüssel.
dynamodb-sse-type-invalid = SSEType '{ $type }' ist kein DynamoDB-Verschlüsselungstyp (nur KMS ist einer).
dynamodb-sse-customer-key = Die Tabelle ist mit einem kundenverwalteten KMS-Schlüssel verschlüsselt.
dynamodb-sse-aws-managed-key = Die Tabelle ist mit dem von AWS verwalteten KMS-Schlüssel aws/dynamodb verschlüsselt.

## config-recorder-enabled

config-recorder-listed-types = Der Recorder zeichnet nur die Ressourcentypen auf, die er auflistet.
config-recorder-all-supported-false = AllSupported ist false; der Recorder zeichnet nur die Ressourcentypen auf, die er auflistet.
config-recorder-stopped = Der Recorder in Konto { $account }, Region { $region } ist gestoppt.
config-recorder-stopped-last = Der Recorder in Konto { $account }, Region { $region } ist gestoppt (letzter Status { $status }).
config-recorder-status-not-collected = Der Status des Recorders wurde nicht erfasst (config:DescribeConfigurationRecorderStatus).
config-recorder-no-channel-in = Kein Bereitstellungskanal in Konto { $account }, Region { $region }; der Konfigurationsverlauf des Recorders wird nirgendwohin geliefert.
config-recorder-live-ok = Der Config-Recorder in Konto { $account }, Region { $region } zeichnet alle unterstützten Ressourcentypen auf und hat einen Bereitstellungskanal.
config-recorder-none = In den gescannten Dateien ist kein AWS Config-Recorder definiert; Config wird pro Konto und Region aktiviert, prüfen Sie daher das Konto (oder scannen Sie auch dessen Baseline-Stack).
config-recorder-no-channel = Es ist kein AWS::Config::DeliveryChannel definiert, daher kann der Recorder nicht starten.
config-recorder-status-off = Der Recorder-Status '{ $status }' hält den Recorder gestoppt.
config-recorder-terraform-status = Terraform startet den Recorder nicht ohne einen aws_config_configuration_recorder_status mit is_enabled = true.
config-recorder-ok = Der Config-Recorder zeichnet alle unterstützten Ressourcentypen auf und hat einen Bereitstellungskanal.

## sagemaker-endpoint-kms

sagemaker-endpoint-ebs-no-key = Keine KmsKeyId; der EBS-Speicher der { $instance-type }-Hosting-Instances ist nicht mit einem vom Team benannten Schlüssel verschlüsselt.
sagemaker-endpoint-local-storage = Jede Variante ist serverlos oder verwendet Instance-Typen mit hardwareverschlüsseltem lokalem Speicher, die keinen KMS-Schlüssel annehmen.

## sagemaker-job-output-kms

sagemaker-schedule-named-job = Der Zeitplan führt eine benannte Job-Definition aus, die das Ergebnis trägt.
sagemaker-job-output-kms-default-missing = Für die Ausgaben des Jobs ist kein KMS-Schlüssel benannt
sagemaker-job-output-kms-default-does = verschlüsselt sie mit dem von AWS verwalteten S3-Schlüssel des Kontos
sagemaker-pipeline-no-job-steps = Die Pipeline hat keine Trainings-, Verarbeitungs-, Transformations- oder Tuning-Schritte.
sagemaker-pipeline-all-keys = Jeder Job-Schritt benennt einen KMS-Schlüssel für die Ausgabe ({ $steps }).

## sagemaker-notebook-kms

sagemaker-domain-kms-set = Die EFS-Home-Verzeichnisse der Domain sind mit dem angegebenen KMS-Schlüssel verschlüsselt.
sagemaker-notebook-kms-set = Das ML-Speichervolume des Notebooks ist mit dem angegebenen KMS-Schlüssel verschlüsselt.
sagemaker-domain-kms-absent = KmsKeyId ist nicht gesetzt; kein vom Team benannter KMS-Schlüssel schützt die EFS-Home-Verzeichnisse der Domain.
sagemaker-notebook-kms-absent = KmsKeyId ist nicht gesetzt; kein vom Team benannter KMS-Schlüssel schützt das ML-Speichervolume des Notebooks.

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-other = DirectInternetAccess ist { $value }; das Notebook erreicht das Internet außerhalb der Kontrollen der VPC.

## redshift-encryption-at-rest

redshift-encryption-at-rest-default-missing = Encrypted ist nicht deklariert
redshift-encryption-at-rest-default-does = verschlüsselt neue bereitgestellte Cluster seit Januar 2025 standardmäßig

## redshift-require-ssl

redshift-require-ssl-default-missing = Es ist keine Parametergruppe deklariert, daher verlangt die Konfiguration kein SSL
redshift-require-ssl-default-does = wendet auf seit Januar 2025 erstellte Cluster eine Standard-Parametergruppe mit require_ssl = true an
redshift-ssl-default-group = '{ $group }' ist eine AWS-Standard-Parametergruppe; ob sie SSL verlangt, hängt davon ab, wann der Cluster erstellt wurde.
redshift-ssl-group-outside = ClusterParameterGroupName nennt '{ $group }', eine Parametergruppe außerhalb dieses Scans; ob sie require_ssl setzt, kann nicht geprüft werden.
redshift-ssl-true = Die Parametergruppe '{ $group }' setzt require_ssl = true.
redshift-ssl-false = Die Parametergruppe '{ $group }' setzt require_ssl = false; Clients können sich ohne SSL verbinden.
redshift-ssl-unreadable = require_ssl in der Parametergruppe '{ $group }' ist '{ $value }' und lässt sich weder als true noch als false lesen.
redshift-ssl-not-literal = require_ssl in der Parametergruppe '{ $group }' ist kein literaler Wert und lässt sich weder als true noch als false lesen.
redshift-ssl-absent = Die Parametergruppe '{ $group }' setzt require_ssl nicht, der Standardwert ist false; Clients können sich ohne SSL verbinden.

## not-for-phi-service

not-for-phi-marked = Als PHI-haltig gekennzeichnet, aber laut Whitepaper darf { $service } PHI weder speichern noch übertragen oder verarbeiten.

## eligibility-phi-in-eligible-service

eligibility-what-marked = Diese als PHI-haltig gekennzeichnete Ressource ist vom Typ
eligibility-what-assumed = Dieser Datenspeicher (als PHI-haltig angenommen, da im Scan nichts gekennzeichnet ist) ist vom Typ
eligibility-what-backend = Das Backend einer API, die PHI überträgt, ist vom Typ
eligibility-custom = { $what } Custom Resource: Der Code dahinter läuft anderswo, daher lässt sich ihr Service nicht aus der Vorlage lesen.
eligibility-eligible = { $what } { $kind }, ein HIPAA-fähiger Service (Whitepaper: { $services }).
eligibility-eligible-more = { $what } { $kind }, ein HIPAA-fähiger Service (Whitepaper: { $services } und { $more } weitere).
eligibility-supporting = { $what } { $kind } ({ $service }); dieser Service hat im Whitepaper keinen eigenen Abschnitt. Prüfen Sie ihn anhand der aktuellen HIPAA Eligible Services Reference.
eligibility-not-in-whitepaper = { $what } { $kind } ({ $service }); dieser Service wird vom Whitepaper nicht abgedeckt. Prüfen Sie ihn anhand der aktuellen HIPAA Eligible Services Reference.
eligibility-newer = { $what } { $kind }, ein nach dem Whitepaper eingeführter Gesundheitsdienst. Prüfen Sie ihn anhand der aktuellen HIPAA Eligible Services Reference.
eligibility-unlisted = { $what } { $kind }, laut Whitepaper kein HIPAA-fähiger Service: Das BAA deckt PHI dort nicht ab.

## msk-broker-logs

msk-broker-logs-absent = Es ist kein Broker-Protokollziel konfiguriert (LoggingInfo.BrokerLogs ist nicht gesetzt).
msk-broker-logs-to = Broker-Protokolle werden an { $destination } geliefert.

## msk-encryption-at-rest-kms

msk-encryption-at-rest-kms-default-missing = Für die Broker-Volumes ist kein KMS-Schlüssel deklariert
msk-encryption-at-rest-kms-default-does = verschlüsselt den MSK-Broker-Speicher mit dem von AWS verwalteten Schlüssel aws/kafka, wenn keiner benannt ist

## msk-public-access-disabled

msk-public-absent = Der öffentliche Zugriff ist nicht aktiviert (MSK erstellt Broker ohne öffentliche Adressen).
msk-public-on = Der öffentliche Zugriff ist { $type }; Broker erhalten öffentliche Adressen, die aus dem Internet erreichbar sind.

## msk-tls-in-transit

msk-tls-in-transit-default-missing = Die Verschlüsselung bei der Übertragung ist nicht deklariert
msk-tls-in-transit-default-does = setzt bei neuen MSK-Clustern standardmäßig ClientBroker auf TLS und InCluster auf true
msk-tls-client-other = ClientBroker ist { $value }; Clients können PHI ohne TLS senden und empfangen.
msk-tls-in-cluster-false = InCluster ist false; Broker replizieren PHI untereinander ohne TLS.
msk-tls-in-transit-default-missing-2 = ClientBroker ist nicht deklariert
msk-tls-in-transit-default-does-2 = setzt ClientBroker standardmäßig auf TLS

## opsworks-no-plaintext-secrets

opsworks-no-custom-json = Der Stack hat kein benutzerdefiniertes JSON.
opsworks-custom-json-secret = { $path } speichert ein Secret im Klartext im benutzerdefinierten JSON.
opsworks-custom-json-clean = Das benutzerdefinierte JSON des Stacks enthält keine Werte, deren Namen auf ein Secret hindeuten.
opsworks-no-environment = Die App setzt keine Umgebungsvariablen.
opsworks-env-not-secure = Die Umgebungsvariable { $key } ist nicht als Secure gekennzeichnet, daher gibt DescribeApps sie im Klartext zurück.
opsworks-env-not-secure-default = Die Umgebungsvariable { $key } ist nicht als Secure gekennzeichnet (Standard), daher gibt DescribeApps sie im Klartext zurück.
opsworks-env-all-secure = Jede Umgebungsvariable, deren Name auf ein Secret hindeutet, ist als Secure gekennzeichnet.

## storagegateway-audit-logging

storagegateway-logs-delivered = Protokolle werden an das angegebene Ziel geliefert.
storagegateway-gateway-no-logs = Kein CloudWatchLogGroupARN; das Gateway sendet keine Protokolle an CloudWatch Logs.
storagegateway-share-no-audit = Kein AuditDestinationARN; die Dateifreigabe zeichnet kein Audit-Protokoll der Dateizugriffe auf.

## storagegateway-file-share-encryption

storagegateway-not-phi = Nicht als PHI-haltig gekennzeichnet.
storagegateway-kms-type = Objekte werden mit einem KMS-Schlüssel verschlüsselt ({ $type }).
storagegateway-sse-s3 = SSE-S3-Verschlüsselung der Objekte ist deklariert.
storagegateway-type-unknown = EncryptionType '{ $type }' ist kein bekannter Typ.
storagegateway-kms-flag = Objekte werden mit einem KMS-Schlüssel verschlüsselt (KMSEncrypted).
storagegateway-kms-flag-false = SSE-S3-Verschlüsselung der Objekte ist deklariert (KMSEncrypted: false).
storagegateway-file-share-encryption-default-missing = Die Dateifreigabe deklariert nicht, wie ihre Objekte verschlüsselt werden
storagegateway-file-share-encryption-default-does = speichert Objekte von File Gateways standardmäßig mit SSE-S3

## stepfunctions-logging-no-data

stepfunctions-logging-off = Die Ausführungsprotokollierung ist deaktiviert (Level OFF).
stepfunctions-data-false = Ausführungsprotokolle enthalten keine Ein- und Ausgaben der Zustände (IncludeExecutionData false).
stepfunctions-data-absent = Ausführungsprotokolle enthalten keine Ein- und Ausgaben der Zustände (IncludeExecutionData ist nicht gesetzt; der Standardwert ist false).
stepfunctions-group-outside = Ausführungsdaten werden in eine Protokollgruppe geschrieben, die hier nicht definiert ist ({ $path }); prüfen Sie, ob sie mit einem KMS-Schlüssel verschlüsselt ist.
stepfunctions-no-group = IncludeExecutionData ist true, aber kein Protokollgruppenziel lässt sich auflösen.
stepfunctions-group-no-key = IncludeExecutionData ist true und die Protokollgruppe '{ $group }' hat keine KmsKeyId; Ein- und Ausgaben der Zustände, die PHI enthalten können, werden ohne KMS-Schlüssel protokolliert.
stepfunctions-groups-encrypted = Ausführungsdaten werden nur in mit KMS verschlüsselte Protokollgruppen geschrieben.

## stepfunctions-no-phi

stepfunctions-no-phi-marked = Als PHI-haltig gekennzeichnet, aber laut Whitepaper darf Step Functions PHI weder speichern noch übertragen oder verarbeiten; übergeben Sie Referenzen und bewahren Sie PHI in geeigneten Datenspeichern auf.

## kinesisanalytics-encrypted-streams

kinesisanalytics-input-outside = Der Eingabe-Stream { $stream } ist nicht im Scan enthalten.
kinesisanalytics-stream-not-kms = Der Stream '{ $stream }' ist nicht mit KMS verschlüsselt.
kinesisanalytics-stream-unencrypted = Der Stream '{ $stream }' hat keine serverseitige Verschlüsselung, daher sind PHI darin im Ruhezustand unverschlüsselt.
kinesisanalytics-no-stream = Die Anwendung nennt in der Vorlage keinen Kinesis-Stream (im Code festgelegte Quellen müssen geprüft werden).
kinesisanalytics-streams-kms = Die { $count } von der Anwendung verwendeten Streams sind mit KMS verschlüsselt.

## kinesisanalytics-logging

kinesisanalytics-logging-option = Die Protokollierungsoption '{ $option }' sendet die Protokolle der Anwendung an CloudWatch.
kinesisanalytics-logging-maybe = Die Protokollierungsoption '{ $option }' gehört möglicherweise zu dieser Anwendung: Ihr ApplicationName ist nicht gesetzt.
kinesisanalytics-logging-none = Der Anwendung ist keine CloudWatch-Protokollierungsoption zugeordnet, daher werden ihre Protokolle nicht aufbewahrt.

## fargate-efs-transit-encryption

fargate-not-fargate = Keine Fargate-Aufgabendefinition.
fargate-no-efs = Die Aufgabe bindet keine EFS-Volumes ein.
fargate-efs-no-tls = Das EFS-Volume '{ $volume }' wird ohne TLS eingebunden (TransitEncryption { $value }).
fargate-efs-no-tls-default = Das EFS-Volume '{ $volume }' wird ohne TLS eingebunden (TransitEncryption ist standardmäßig DISABLED).
fargate-efs-all-tls = Jedes EFS-Volume wird mit TLS eingebunden.

## judge: emr_security.rs

emr-no-security-configuration = Der Cluster nennt keine SecurityConfiguration, daher verschlüsselt EMR weder lokale Festplatten noch den Datenverkehr zwischen Knoten.
emr-security-configuration-outside = Die Sicherheitskonfiguration '{ $configuration }' ist in den gescannten Dateien nicht definiert.
emr-security-configuration-no-document = Die Sicherheitskonfiguration '{ $configuration }' hat kein Dokument.
emr-security-configuration-unreadable = Die Sicherheitskonfiguration '{ $configuration }' ist kein lesbares JSON-Dokument.

## emr-at-rest-encryption

emr-at-rest-off = Die Sicherheitskonfiguration '{ $configuration }' aktiviert keine Verschlüsselung im Ruhezustand.
emr-at-rest-without = Die Sicherheitskonfiguration '{ $configuration }' aktiviert die Verschlüsselung im Ruhezustand ohne { $part }.
emr-at-rest-without-both = Die Sicherheitskonfiguration '{ $configuration }' aktiviert die Verschlüsselung im Ruhezustand ohne S3EncryptionConfiguration oder LocalDiskEncryptionConfiguration.
emr-at-rest-all = Die Sicherheitskonfiguration '{ $configuration }' verschlüsselt EMRFS-Daten, lokale Festplatten und EBS-Volumes.
emr-at-rest-no-ebs = Die Sicherheitskonfiguration '{ $configuration }' verschlüsselt EMRFS-Daten und lokale Festplatten (EnableEbsEncryption würde auch das EBS-Root-Volume abdecken).

## emr-in-transit-encryption

emr-in-transit-on = Die Sicherheitskonfiguration '{ $configuration }' aktiviert die Verschlüsselung bei der Übertragung.
emr-in-transit-off = Die Sicherheitskonfiguration '{ $configuration }' aktiviert keine Verschlüsselung bei der Übertragung.

## judge: declared_key.rs

declared-key-ref = Mit dem KMS-Schlüssel '{ $key }' verschlüsselt.
declared-key-literal = Mit dem KMS-Schlüssel { $key } verschlüsselt.
## autoscaling-multi-az

autoscaling-single-zone = { $path } nennt nur eine einzige Zone.
autoscaling-single-subnet = { $path } nennt nur ein einziges Subnetz.
autoscaling-subnets-one-zone = Alle { $count } Subnetze liegen in { $zone }.
autoscaling-entries = { $path } führt { $count } Einträge auf.
autoscaling-no-placement = Weder VPCZoneIdentifier noch AvailabilityZones ist angegeben (eine Startvorlage oder eine Richtlinie für gemischte Instances kann die Instances platzieren).

## autoscaling-no-credentials-in-urls

autoscaling-url-password = { $url } bettet ein Passwort in die URL ein.
autoscaling-url-deferred = { $url } setzt an die Stelle des Passworts in einer URL einen Wert, der erst bei der Bereitstellung bekannt ist.
autoscaling-url-none = Keine URL in den gescannten Ressourcen enthält Anmeldedaten.

## lambda-environment-kms

lambda-env-none = Die Funktion hat keine Umgebungsvariablen.

## lambda-plaintext-endpoints

lambda-inline-http = Der Inline-Code ruft den AWS-Endpunkt http://{ $host } im Klartext auf.

## lambda-url-auth

lambda-url-carries = Die Funktions-URL '{ $url }' trägt das Ergebnis.
lambda-url-auth-not-written = { $path } ist nicht angegeben.
lambda-url-auth-none = AuthType ist NONE: Jeder im Internet kann die Funktions-URL aufrufen.

## eks-control-plane-logging

eks-logging-none = Es sind keine Protokolltypen der Steuerungsebene aktiviert.
eks-logging-on = Die Protokolle api, audit und authenticator sind aktiviert.
eks-logging-lacks = Der Protokollierung der Steuerungsebene fehlt { $types }.

## eks-secrets-encryption

eks-secrets-kms = Kubernetes-Secrets werden mit einem deklarierten KMS-Schlüssel per Envelope-Verschlüsselung geschützt.
eks-secrets-no-key = EncryptionConfig erfasst Secrets, nennt aber keinen KMS-Schlüssel.
eks-secrets-old-version = Es gibt keine EncryptionConfig für Secrets, und diese Kubernetes-Version ist älter als die standardmäßige Envelope-Verschlüsselung von EKS (1.28).

## athena-source-bucket-encrypted

athena-table-no-location = Die Tabelle nennt keinen S3-Speicherort.
athena-table-not-s3 = Der Speicherort '{ $location }' der Tabelle liegt nicht in S3.
athena-table-not-phi = Weder die Tabelle noch ihr Bucket ist als PHI-haltig gekennzeichnet.

## athena-workgroup-results-encrypted

athena-managed-results = Verwaltete Abfrageergebnisse sind aktiviert; Athena verschlüsselt sie.
athena-results-encrypted = Abfrageergebnisse werden mit { $option } verschlüsselt.
athena-results-encrypted-overridable = Abfrageergebnisse werden mit { $option } verschlüsselt, Clients können dies jedoch überschreiben (EnforceWorkGroupConfiguration ist false).
athena-results-invalid-option = EncryptionOption '{ $option }' ist weder SSE_S3 noch SSE_KMS noch CSE_KMS.

## snapshot-encrypted

what-snapshot-encryption = Snapshot-Verschlüsselung
snapshot-not-collected = { $path } wurde nicht erfasst.

## snapshot-not-public

snapshot-sharing-outside = Die Freigabe von Snapshots wird außerhalb der Snapshot-Definition festgelegt; nur ein Live-Scan zeigt sie.
snapshot-public = Der Snapshot ist öffentlich: Jedes AWS-Konto kann ihn wiederherstellen und die enthaltenen Daten lesen.
snapshot-not-shared = Der Snapshot ist mit keinem anderen Konto geteilt.
snapshot-shared-named = Der Snapshot ist nur mit { $count } namentlich genannten Konto(en) geteilt, nicht öffentlich.

## datasync-efs-location-tls

datasync-efs-tls = DataSync bindet das Dateisystem über TLS 1.2 ein.
datasync-efs-plain = InTransitEncryption ist { $value }: DataSync kopiert PHI über unverschlüsseltes NFS nach EFS.
datasync-efs-absent = InTransitEncryption ist nicht gesetzt; DataSync bindet EFS standardmäßig ohne TLS ein.

## datasync-s3-location-encrypted

datasync-s3-no-bucket = Der Speicherort nennt keinen Bucket.

## datasync-task-logging

datasync-log-level-off = Options.LogLevel ist OFF, daher zeichnet die Aufgabe nichts auf.
datasync-task-logs = Die Aufgabe protokolliert in CloudWatch Logs.
datasync-task-no-log-group = Kein CloudWatchLogGroupArn: Die Übertragungen der Aufgabe werden nicht protokolliert.

## appmesh-listener-tls

appmesh-client-not-enforced = Die Standard-Client-Richtlinie erzwingt kein TLS (Enforce: false).
appmesh-no-listeners = Keine Listener: Der Knoten ruft nur andere Services auf.
appmesh-listener-mode = Listener { $listener } verwendet den TLS-Modus { $mode }, der Klartext akzeptiert.
appmesh-listener-no-tls = Listener { $listener } hat keine TLS-Konfiguration und akzeptiert daher nur Klartext.
appmesh-all-strict = Jeder Listener verlangt TLS (STRICT).

## macie-enabled

macie-not-enabled-scope = Macie ist in Konto { $account } Region { $region }, in der S3-Buckets PHI enthalten, nicht aktiviert.
macie-no-session = Keine AWS::Macie::Session in den gescannten Dateien; Macie wird pro Konto und Region aktiviert, prüfen Sie daher das Konto.
macie-session-status = Der Status der Macie-Sitzung ist { $status }, daher sucht Macie nicht nach sensiblen Daten.

## macie-job-bucket-encryption

macie-job-bucket-unencrypted = Bucket '{ $bucket }' im Macie-Auftrag deklariert keine serverseitige Standardverschlüsselung. AWS verschlüsselt seit Januar 2023 neue S3-Objekte mit SSE-S3, aber die Konfiguration deklariert es nicht, daher ist es kein Nachweis für ein Audit.
macie-job-bucket-outside = Bucket '{ $bucket }' ist in diesem Scan nicht definiert.
macie-job-not-bucket = '{ $name }' ist ein { $kind }.
macie-job-all-encrypted = Jeder Bucket im Auftrag deklariert serverseitige Verschlüsselung ({ $buckets }).

## judge: live.rs

live-gap = { $kind } konnte in Konto { $account } Region { $region } nicht aufgelistet werden: { $action } ist fehlgeschlagen ({ $reason }), daher beweist sein Fehlen nichts.

## mq-broker-logs

mq-logs-absent = Es werden keine Broker-Protokolle veröffentlicht (Logs ist nicht gesetzt; general- und audit-Protokolle sind standardmäßig ausgeschaltet).
mq-logs-false = { $path } ist false, daher veröffentlicht der Broker diese Protokolle nicht.
mq-logs-not-set = { $path } ist nicht gesetzt; der Broker veröffentlicht diese Protokolle standardmäßig nicht.
mq-logs-general = Der Broker veröffentlicht general-Protokolle.
mq-logs-general-audit = Der Broker veröffentlicht general- und audit-Protokolle.

## mq-encryption-at-rest

mq-rabbitmq-encrypted = RabbitMQ-Broker werden ruhend immer mit einem AWS-eigenen Schlüssel verschlüsselt und haben keine Schlüsseleinstellung.
mq-aws-owned-key = Die Verschlüsselung ruhender Daten mit einem AWS-eigenen Schlüssel ist deklariert.
mq-declared-key = Nachrichten werden ruhend mit dem deklarierten KMS-Schlüssel verschlüsselt.
mq-managed-key = Nachrichten werden ruhend mit dem AWS-verwalteten Schlüssel aws/mq verschlüsselt.

## databrew-dataset-ssl

databrew-dataset-not-jdbc = Der Datensatz liest keine Datenbank über JDBC.
databrew-connection-not-jdbc = Die Glue-Verbindung '{ $connection }' ist keine JDBC-Verbindung.
databrew-connection-outside = Die Glue-Verbindung '{ $connection }' ist nicht in diesem Scan; prüfen Sie dort JDBC_ENFORCE_SSL.
databrew-connection-other = Der Verbindungsname verweist auf '{ $name }', ein { $kind }.

## databrew-job-encryption

databrew-job-encrypted = Die Auftragsausgabe wird verschlüsselt ({ $mode }).
databrew-job-mode-unencrypted = EncryptionMode '{ $mode }' verschlüsselt die Auftragsausgabe nicht.

## secretsmanager-no-plaintext-passwords

secretsmanager-password-literal = { $path } ist ein Literal in der Vorlage (oder der Standardwert eines Parameters); bewahren Sie es in Secrets Manager auf.
secretsmanager-password-literal-default = { $path } ist verborgen (NoEcho oder sensitive), aber sein literaler Standardwert ist im Repository eingecheckt; bewahren Sie es in Secrets Manager auf.
secretsmanager-no-password = Es ist kein Passwort angegeben (vom Service verwaltet, aus einem Snapshot wiederhergestellt oder nicht verwendet).
secretsmanager-password-secret = { $paths } stammt aus einem Secret oder NoEcho-Wert, der bei der Bereitstellung aufgelöst wird.

## secretsmanager-secret-kms

secretsmanager-kms-named = Das Secret ist mit dem angegebenen KMS-Schlüssel verschlüsselt.
secretsmanager-secret-kms-default-missing = Für das Secret ist kein KMS-Schlüssel angegeben
secretsmanager-secret-kms-default-does = verschlüsselt Secrets mit dem AWS-verwalteten Schlüssel aws/secretsmanager

## transfer-server-no-ftp

transfer-ftp = Der Server bietet unverschlüsseltes FTP an, das Anmeldedaten und Dateien im Klartext überträgt.
transfer-encrypted-protocols = Der Server bietet nur verschlüsselte Protokolle an ({ $protocols }).

## ses-event-destination

ses-event-destination = Das Ereignisziel '{ $destination }' veröffentlicht Versandereignisse.
ses-no-event-destination = Es ist kein aktiviertes Ereignisziel angehängt, daher werden Sendungen, Bounces und Ablehnungen nicht aufgezeichnet.

## ses-receipt-s3-kms

ses-receipt-no-kms = Eine S3-Aktion speichert empfangene E-Mails ohne SES-Verschlüsselung (kein KmsKeyArn).

## ses-tls-required

ses-tls-optional = TlsPolicy ist { $policy }: SES stellt im Klartext zu, wenn der empfangende Server kein TLS anbietet.

## iot-domain-tls-policy

iot-domain-tls-min = { $policy } verlangt TLS 1.{ $minor } oder höher.
iot-domain-tls-old = { $policy } akzeptiert weiterhin TLS 1.{ $minor }.
iot-domain-policy-unknown = Die Sicherheitsrichtlinie '{ $policy }' ist kein bekannter IoT-Richtlinienname.

## iot-policy-no-wildcard

iot-policy-wildcard = Die Richtlinie erlaubt { $action } auf jeder Ressource.

## sqs-queue-encryption

sqs-queue-encryption-default-missing = Für die Warteschlange ist weder KmsMasterKeyId noch SqsManagedSseEnabled deklariert
sqs-queue-encryption-default-does = aktiviert seit Oktober 2022 standardmäßig SSE-SQS für neue Warteschlangen

## sqs-queue-tls-only

sqs-tls-policy-maybe = Die Warteschlangenrichtlinie '{ $policy }' gilt möglicherweise für diese Warteschlange, aber ihre Warteschlangenliste lässt sich nicht auflösen.

## vmie-bucket-encrypted

vmie-bucket-encrypted = Der VM Import/Export-Bucket deklariert eine Standardverschlüsselung ({ $algorithm }).
vmie-bucket-encrypted-default-missing = Der VM Import/Export-Bucket deklariert keine Standardverschlüsselung
vmie-bucket-encrypted-default-does = verschlüsselt seit Januar 2023 neue S3-Objekte mit SSE-S3
vmie-bucket-outside = Der VM Import/Export-Bucket '{ $bucket }' ist in diesem Scan nicht definiert.

## securityhub-enabled

securityhub-enabled-scope = Security Hub ist in Konto { $account } Region { $region } aktiviert.
securityhub-not-enabled-scope = Security Hub ist in Konto { $account } Region { $region } nicht aktiviert.
securityhub-no-hub = In den gescannten Dateien ist kein Security Hub-Hub definiert; Security Hub wird pro Konto und Region aktiviert, prüfen Sie daher das Konto (oder scannen Sie auch dessen Basis-Stack).
securityhub-no-standards = EnableDefaultStandards ist false und kein AWS::SecurityHub::Standard ist aktiviert, daher wird nichts geprüft.
securityhub-standards = Security Hub ist mit Sicherheitsstandards aktiviert.

## dataexchange-export-encrypted

dataexchange-no-export = Die Ereignisaktion exportiert nicht nach S3.
dataexchange-export-encrypted = Exporte werden verschlüsselt ({ $type }).
dataexchange-export-invalid-type = '{ $type }' ist kein S3-Typ für serverseitige Verschlüsselung.
dataexchange-no-bucket = Der Export nennt keinen Ziel-Bucket.

## codepipeline-artifact-store-kms

codepipeline-no-store = Die Pipeline deklariert keinen Artefaktspeicher.
codepipeline-store-no-key = { $store } nennt keinen KMS-Schlüssel. AWS verschlüsselt Artefakte mit dem AWS-verwalteten Schlüssel aws/s3, aber die Konfiguration deklariert es nicht, daher ist es kein Nachweis für ein Audit.
codepipeline-store-no-key-trusted = { $store } nennt keinen KMS-Schlüssel; akzeptiert (trust_aws_defaults): AWS verschlüsselt Artefakte mit dem AWS-verwalteten Schlüssel aws/s3.
codepipeline-all-keys = Jeder Artefaktspeicher nennt einen KMS-Schlüssel.

## acm-certificate-dns-validation

acm-private-ca = Privates Zertifikat, ausgestellt von AWS Private CA; ACM erneuert es ohne Validierung.
acm-imported = Importiertes Zertifikat: ACM erneuert es nicht, daher muss sein Ablauf überwacht werden.
acm-dns = DNS-Validierung: ACM erneuert das Zertifikat automatisch.
acm-validation-method = ValidationMethod ist { $method }: Die Erneuerung wartet darauf, dass jemand eine E-Mail bestätigt.
acm-no-validation-method = Keine ValidationMethod: CloudFormation verwendet standardmäßig die E-Mail-Validierung, daher wartet die Erneuerung darauf, dass jemand eine E-Mail bestätigt.

## healthlake-datastore-kms

healthlake-datastore-kms-default-missing = Es ist keine SseConfiguration deklariert
healthlake-datastore-kms-default-does = verschlüsselt FHIR-Datenspeicher mit einem AWS-eigenen Schlüssel
healthlake-cmk-type-unknown = CmkType '{ $type }' ist phiguard nicht bekannt.

## kms-key-rotation

kms-aws-managed = Ein AWS-verwalteter Schlüssel: AWS rotiert ihn jährlich, und seine Rotation kann nicht geändert werden.
kms-asymmetric = Die automatische Rotation gilt nur für symmetrische Verschlüsselungsschlüssel; dieser Schlüssel ist { $spec }.
kms-origin-manual = Schlüssel mit Origin { $origin } können nicht automatisch rotiert werden; rotieren Sie sie manuell.
what-automatic-key-rotation = Automatische Schlüsselrotation

## workspaces-volume-encryption

workspaces-root-false = Das Root-Volume ist nicht verschlüsselt ({ $path } ist false).
workspaces-root-not-set = Das Root-Volume ist nicht verschlüsselt ({ $path } ist nicht gesetzt).
workspaces-user-false = Das Benutzer-Volume ist nicht verschlüsselt ({ $path } ist false).
workspaces-user-not-set = Das Benutzer-Volume ist nicht verschlüsselt ({ $path } ist nicht gesetzt).
workspaces-encrypted = Root- und Benutzer-Volumes sind verschlüsselt.

## glacier-vault-tls-only

glacier-no-policy = Der Tresor hat weder eine Zugriffs- noch eine Sperrrichtlinie, daher lehnt nichts Klartext-Anfragen (HTTP) ab.
glacier-tls-enforced = Eine Tresorrichtlinie lehnt Anfragen ohne TLS ab.

## qldb-ledger-kms

qldb-ledger-kms-default-missing = Für das Ledger ist kein Verschlüsselungsschlüssel deklariert
qldb-ledger-kms-default-does = verschlüsselt QLDB-Ledger mit einem AWS-eigenen Schlüssel, wenn keiner angegeben ist

## qldb-permissions-mode-standard

qldb-permissions-unknown-mode = PermissionsMode '{ $mode }' ist kein bekannter Modus.

## logs-group-retention

logs-retention-audit-trail = RetentionInDays ist nicht gesetzt, daher laufen Ereignisse nie ab; diese Protokollgruppe enthält Audit-Protokolle (der CloudTrail-Trail { $name } liefert an sie), die unbegrenzt aufbewahrt werden dürfen.
logs-retention-audit-flow-log = RetentionInDays ist nicht gesetzt, daher laufen Ereignisse nie ab; diese Protokollgruppe enthält Audit-Protokolle (das Flow-Log { $name } liefert an sie), die unbegrenzt aufbewahrt werden dürfen.
logs-retention-audit-name = RetentionInDays ist nicht gesetzt, daher laufen Ereignisse nie ab; diese Protokollgruppe enthält Audit-Protokolle (ihr Name { $name } kennzeichnet sie als Audit-Protokoll), die unbegrenzt aufbewahrt werden dürfen.

## globalaccelerator-encrypted-listener

ga-listener-protocol-unknown = Das Protokoll des Listeners '{ $listener }' ist nicht bekannt.
ga-lb-no-listener = '{ $lb }' hat in diesem Scan keinen Listener auf Port { $port }.
ga-ports-too-wide = Die Ports { $from }-{ $to } sind ein zu großer Bereich, um sie einzeln zu beurteilen.
ga-port-not-visible = Port { $port } leitet an Endpunkte weiter, deren Protokoll hier nicht sichtbar ist.
ga-port-plain = Listener-Port { $port } leitet an den { $protocol }-Listener '{ $listener }' von '{ $lb }' auf Port { $target } weiter, daher durchquert PHI den Accelerator unverschlüsselt.

## kinesis-stream-encryption

kinesis-stream-no-key-id = EncryptionType ist KMS, aber KeyId fehlt; der Stream kann so, wie er geschrieben ist, nicht erstellt werden.
kinesis-stream-type-unencrypted = EncryptionType ist { $type }: Der Stream speichert Datensätze unverschlüsselt.

## guardduty-enabled

guardduty-enabled-scope = GuardDuty ist in Konto { $account } Region { $region } aktiviert.
guardduty-no-detector-scope = GuardDuty ist in Konto { $account } Region { $region } nicht aktiviert: Dort existiert kein Detektor.
what-guardduty = GuardDuty
guardduty-no-detector = Kein AWS::GuardDuty::Detector in den gescannten Dateien; GuardDuty wird pro Konto und Region aktiviert, prüfen Sie daher das Konto.

## ecr-repository-encryption

ecr-images-encrypted = Images werden mit { $type } verschlüsselt.
ecr-invalid-type = EncryptionType '{ $type }' ist kein ECR-Verschlüsselungstyp.

## codebuild-artifact-encryption

codebuild-encryption-disabled = { $place } schaltet die Verschlüsselung aus (EncryptionDisabled: true).
codebuild-no-output = Das Projekt erzeugt weder Artefakte noch S3-Protokolle.
codebuild-kms-named = Die Build-Ausgabe wird mit dem angegebenen KMS-Schlüssel verschlüsselt.

## pinpoint-sms-short-code

pinpoint-sms-disabled = Der SMS-Kanal ist deaktiviert.
pinpoint-short-code = Der SMS-Kanal sendet über einen dedizierten Short Code.
pinpoint-no-short-code = Der SMS-Kanal nennt keinen Short Code, daher werden Nachrichten von gemeinsam genutzten Nummern, Long-Code-Nummern oder einer Absender-ID versendet.

## inspector-phi-instances

inspector-scans-ec2 = Inspector scannt EC2 in Konto { $account } Region { $region }.
inspector-no-ec2-scan = Amazon Inspector scannt EC2 in Konto { $account } Region { $region } nicht: Diese PHI-Instance erhält keine Schwachstellenbewertung.

## codedeploy-revision-bucket-encrypted

codedeploy-no-s3-revision = Die Bereitstellungsgruppe stellt keine Revision aus S3 bereit.
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

## judge: policy.rs

policy-plaintext-no-deny = Keine Anweisung lehnt Anfragen ab, deren aws:SecureTransport false ist
policy-plaintext-not-principal = Das Deny auf aws:SecureTransport verwendet NotPrincipal und nimmt daher einige Principals aus
policy-plaintext-some-principals = Das Deny auf aws:SecureTransport nennt bestimmte Principals, nicht '*'

## sqs-queue-tls-only

sqs-tls-not-enforced = Die Warteschlangenrichtlinie lehnt Klartext-Anfragen nicht ab: { $gap }.
sqs-tls-actions-uncovered = Die Warteschlangenrichtlinie lehnt Klartext-Anfragen nicht ab: Das Deny auf aws:SecureTransport erfasst { $actions } nicht.

## glacier-vault-tls-only

glacier-tls-not-enforced = Die Tresorrichtlinien lehnen Klartext-Anfragen nicht ab: { $gap }.
glacier-tls-actions-uncovered = Die Tresorrichtlinien lehnen Klartext-Anfragen nicht ab: Das Deny auf aws:SecureTransport erfasst { $actions } nicht.

## ec2-cleartext-ingress

ec2-cleartext-protocol-unresolvable = IpProtocol kann nicht aufgelöst werden.
ec2-cleartext-ports-unresolvable = Die Ports der Regel können nicht aufgelöst werden.
ec2-cleartext-group-verdict = Die Sicherheitsgruppe '{ $group }' trägt das Urteil.
ec2-cleartext-load-balancer = Die Gruppe schützt den Load Balancer '{ $balancer }', dessen Listener entscheiden, welche Protokolle bereitgestellt werden (beurteilt durch die Load-Balancer-Regeln).
ec2-cleartext-open = Das Internet (0.0.0.0/0 oder ::/0) kann möglicherweise Klartextdienste erreichen: { $services }
ec2-cleartext-none = Kein Klartextprotokoll ist zum Internet hin offen.

## judge: block_devices.rs (ec2-instance-ebs-encrypted, ec2-launch-template-ebs-encrypted, ec2-launch-configuration-ebs-encrypted)

block-devices-false = Unverschlüsselte(s) EBS-Volume(s) — { $device }: Encrypted ist false.
block-devices-absent = Unverschlüsselte(s) EBS-Volume(s) — { $device }: Encrypted ist nicht gesetzt, daher ist das neue Volume unverschlüsselt, sofern das Konto die EBS-Standardverschlüsselung nicht aktiviert.
block-devices-snapshot = Die EBS-Verschlüsselung kann nicht bestimmt werden — { $device }: aus SnapshotId ohne Encrypted wiederhergestellt: Es übernimmt die Verschlüsselung des Snapshots.
block-devices-encrypted = Die deklarierten EBS-Volumes { $devices } sind verschlüsselt.
block-devices-encrypted-root = Die deklarierten EBS-Volumes { $devices } sind verschlüsselt; das Root-Volume { $root } übernimmt die Verschlüsselung des AMI-Snapshots.
block-devices-root-unset = Das Root-Volume { $device } setzt Encrypted nicht: Die Verschlüsselung des Root-Volumes ergibt sich aus dem Snapshot des AMI und der Einstellung des Kontos zur EBS-Standardverschlüsselung, die beide in der Vorlage nicht zu sehen sind; setzen Sie Ebs.Encrypted: true in der Zuordnung des Root-Geräts, um einen Nachweis zu schaffen.
block-devices-no-mapping = { $kind ->
        [launch-template] Die Startvorlage
        [launch-configuration] Die Startkonfiguration
       *[instance] Die Instance
    } deklariert keine EBS-Blockgerätezuordnung: Die Verschlüsselung des Root-Volumes ergibt sich aus dem Snapshot des AMI und der Einstellung des Kontos zur EBS-Standardverschlüsselung, die beide in der Vorlage nicht zu sehen sind; setzen Sie Ebs.Encrypted: true in der Zuordnung des Root-Geräts, um einen Nachweis zu schaffen.

## firehose-destination-encrypted

firehose-dest-kms = Der Stream verschlüsselt, was er in S3 schreibt, mit KMS.
firehose-dest-https = Der HTTP-Endpunkt verwendet https://.
firehose-dest-not-https = Der HTTP-Endpunkt { $url } verwendet nicht https://.
firehose-dest-none = Kein S3- oder HTTP-Endpunkt-Ziel (andere Ziele werden durch ihre eigenen Regeln beurteilt).

## firehose-encryption

firehose-encryption-none = Der Direct-PUT-Stream deklariert keine serverseitige Verschlüsselung.
firehose-encryption-sse = Serverseitige Verschlüsselung mit { $key }.
firehose-encryption-source-kms = Der Quell-Stream '{ $stream }' ist mit KMS verschlüsselt.
firehose-encryption-source-none = Der Quell-Stream '{ $stream }' hat keine serverseitige Verschlüsselung.
firehose-encryption-source-not-stream = Die Quelle '{ $source }' ist kein Kinesis-Stream.
firehose-encryption-source-outside = Der Quell-Stream { $stream } ist nicht im Scan enthalten.
firehose-encryption-source-unnamed = Der Quell-Stream ist nicht angegeben.
firehose-encryption-other-source = Die Quelle ({ $source }) wird durch die Regeln ihres eigenen Service beurteilt.

## firehose-error-logging

firehose-logging-no-destination = Es ist keine Zielkonfiguration angegeben.
firehose-logging-on = Zustellungsfehler werden in CloudWatch Logs protokolliert.
firehose-logging-disabled = Die Fehlerprotokollierung ist für das Ziel deaktiviert.
firehose-logging-absent = Das Ziel aktiviert keine CloudWatch-Fehlerprotokollierung.

## comprehend-data-access-scope, comprehend-role-confused-deputy

comprehend-not-trusted = Die Rolle vertraut Comprehend nicht.

## comprehend-data-access-scope

comprehend-scope-inline = Eine Inline-Richtlinie erlaubt S3-Aktionen auf jedem Bucket (Resource "*").
comprehend-scope-managed = Die verwaltete Richtlinie '{ $policy }' erlaubt S3-Aktionen auf jedem Bucket.
comprehend-scope-aws-managed = Die von AWS verwaltete Richtlinie { $policy } gewährt S3-Zugriff auf jeden Bucket.
comprehend-scope-outside = Die verwaltete Richtlinie { $policy } ist nicht im Scan enthalten.
comprehend-scope-attached = Die an die Rolle angehängte Richtlinie '{ $policy }' erlaubt S3-Aktionen auf jedem Bucket.
comprehend-scope-specific = Die S3-Berechtigungen der Rolle nennen bestimmte Buckets.

## comprehend-input-bucket-encrypted

comprehend-input-none = Es ist kein Eingabeort angegeben.

## comprehend-kms

comprehend-kms-declared = Für die Job-Volumes, das Modell und die Ausgabe sind KMS-Schlüssel deklariert.
comprehend-kms-default-trusted = Für { $paths } ist kein KMS-Schlüssel deklariert; akzeptiert, weil AWS diese mit von Comprehend verwalteten Schlüsseln verschlüsselt (trust_aws_defaults).
comprehend-kms-default-fail = Für { $paths } ist kein KMS-Schlüssel deklariert. AWS verschlüsselt diese mit von Comprehend verwalteten Schlüsseln, aber die Konfiguration deklariert es nicht, daher ist es kein Nachweis für ein Audit.

## comprehend-role-confused-deputy

comprehend-trust-none = Es ist keine Vertrauensrichtlinie angegeben.
comprehend-trust-unreadable = Die Vertrauensrichtlinie ist kein lesbares Richtliniendokument.
comprehend-trust-unscoped = Die Rolle vertraut Comprehend ohne eine Bedingung aws:SourceArn oder aws:SourceAccount, daher könnten Jobs in anderen Konten Comprehend veranlassen, sie zu verwenden.
comprehend-trust-scoped = Das Vertrauen in Comprehend ist durch aws:SourceArn oder aws:SourceAccount beschränkt.

## comprehend-vpc

comprehend-vpc-absent = Keine VpcConfig: Die Jobs laufen außerhalb der VPC des Kunden.
comprehend-vpc-set = Die Jobs laufen in der VPC des Kunden.
comprehend-vpc-no-subnets = VpcConfig nennt keine Subnetze.

## vpc-flow-logs: a flow log of part of the traffic

vpc-flow-logs-partial = Das Flow-Log '{ $log }' zeichnet nur { $traffic }-Verkehr auf; der Audit-Trail benötigt ALL.
vpc-flow-logs-partial-unset = Das Flow-Log '{ $log }' setzt TrafficType nicht und zeichnet nur einen Teil des Verkehrs auf; der Audit-Trail benötigt ALL.

## vpc-security-group-open-ingress

vpc-sg-all-open = Alle Protokolle und Ports sind für { $cidr } offen.
vpc-sg-all-ports = Alle { $protocol }-Ports sind für { $cidr } offen.
vpc-sg-port = { $protocol }-Port { $port } ist für { $cidr } offen.
vpc-sg-ports = { $protocol }-Ports { $from }-{ $to } sind für { $cidr } offen.
vpc-sg-unjudged-not-written = Eine Eingangsregel kann nicht beurteilt werden: { $key } ist nicht angegeben.
vpc-sg-no-rules = Die Sicherheitsgruppe hat keine Eingangsregeln.
vpc-sg-web-only = Keine Eingangsregel öffnet andere Ports als 80/443 zum Internet.

## ebs-encryption-by-default. `region` is the region's name or the message ebs-this-region.

ebs-this-region = dieser Region
ebs-default-on = Neue EBS-Volumes in { $region } werden standardmäßig verschlüsselt.
ebs-default-on-key = Neue EBS-Volumes in { $region } werden standardmäßig verschlüsselt (Schlüssel { $key }).
ebs-default-off = Die EBS-Standardverschlüsselung ist in { $region } deaktiviert: Ein ohne Encrypted erstelltes Volume speichert PHI im Klartext.
ebs-default-not-collected = EbsEncryptionByDefault wurde in { $region } nicht erfasst (ec2:GetEbsEncryptionByDefault).

## ebs-volume-encrypted

ebs-volume-from-snapshot = Das Volume wird aus SnapshotId ohne Encrypted wiederhergestellt: Es übernimmt die Verschlüsselung des Snapshots, die die Vorlage nicht zeigt.
ebs-volume-encrypted-absent = Encrypted ist nicht gesetzt: Das Volume ist unverschlüsselt, sofern das Konto die EBS-Standardverschlüsselung nicht aktiviert, was die Konfiguration nicht zeigt.

## efs-file-system-encrypted

efs-encrypted-absent = Encrypted ist nicht gesetzt; CloudFormation erstellt EFS-Dateisysteme standardmäßig unverschlüsselt.

## efs-tls-required

efs-tls-no-policy = Keine Dateisystemrichtlinie: Clients können ohne TLS mounten und PHI über NFS im Klartext übertragen.
efs-tls-unreadable = Die Dateisystemrichtlinie ist kein lesbares Richtliniendokument.
efs-tls-denied = Die Dateisystemrichtlinie verweigert den Zugriff ohne TLS.
efs-tls-allow-only = Die Dateisystemrichtlinie erlaubt Client-Zugriff nur über TLS.
efs-tls-not-denied = Die Dateisystemrichtlinie verweigert den Zugriff ohne TLS nicht (kein Deny auf aws:SecureTransport false).

## ec2-instance-ebs-encrypted

ec2-instance-ebs-from-template = Die Instance übernimmt ihre Blockgeräte aus ihrer Startvorlage, die das Urteil trägt.

## cloudtrail-records-api-calls: one region not recorded

cloudtrail-api-calls-uncovered = Im Konto { $account } werden nicht alle API-Aufrufe von einem protokollierenden Trail aufgezeichnet: Region { $region }: Kein Trail deckt sie ab.
cloudtrail-api-calls-stopped = Im Konto { $account } werden nicht alle API-Aufrufe von einem protokollierenden Trail aufgezeichnet: Region { $region }: Der Trail { $trail } protokolliert nicht.

## cloudtrail-phi-bucket-data-events: one trail's status not collected

cloudtrail-phi-bucket-not-collected = Ob ein Trail die Objektereignisse dieses Buckets aufzeichnet, ist unbekannt: Trail { $trail }: IsLogging wurde nicht erfasst.

## ec2-instance-ebs-encrypted: volumes attached through Volumes

ec2-instance-ebs-encrypted-attached = Die deklarierten EBS-Volumes { $devices } sind verschlüsselt ({ $attached } über Volumes angehängte(s) Volume(s) werden von ebs-volume-encrypted beurteilt).
ec2-instance-ebs-encrypted-root-attached = Die deklarierten EBS-Volumes { $devices } sind verschlüsselt; das Root-Volume { $root } übernimmt die Verschlüsselung des AMI-Snapshots ({ $attached } über Volumes angehängte(s) Volume(s) werden von ebs-volume-encrypted beurteilt).
ec2-instance-ebs-snapshot-attached = Die EBS-Verschlüsselung kann nicht bestimmt werden — { $device }: aus SnapshotId ohne Encrypted wiederhergestellt: Es übernimmt die Verschlüsselung des Snapshots ({ $attached } über Volumes angehängte(s) Volume(s) werden von ebs-volume-encrypted beurteilt).
ec2-instance-ebs-root-unset-attached = Das Root-Volume { $device } setzt Encrypted nicht: Die Verschlüsselung des Root-Volumes ergibt sich aus dem Snapshot des AMI und der Einstellung des Kontos zur EBS-Standardverschlüsselung, die beide in der Vorlage nicht zu sehen sind; setzen Sie Ebs.Encrypted: true in der Zuordnung des Root-Geräts, um einen Nachweis zu schaffen ({ $attached } über Volumes angehängte(s) Volume(s) werden von ebs-volume-encrypted beurteilt).
ec2-instance-ebs-no-mapping-attached = Die Instance deklariert keine EBS-Blockgerätezuordnung: Die Verschlüsselung des Root-Volumes ergibt sich aus dem Snapshot des AMI und der Einstellung des Kontos zur EBS-Standardverschlüsselung, die beide in der Vorlage nicht zu sehen sind; setzen Sie Ebs.Encrypted: true in der Zuordnung des Root-Geräts, um einen Nachweis zu schaffen ({ $attached } über Volumes angehängte(s) Volume(s) werden von ebs-volume-encrypted beurteilt).

## judge: bucket.rs

bucket-role-default-trusted = Der { $role } '{ $bucket }' deklariert keine Standardverschlüsselung; akzeptiert (trust_aws_defaults): AWS verschlüsselt seit Januar 2023 neue S3-Objekte mit SSE-S3.
bucket-role-default-fail = Der { $role } '{ $bucket }' deklariert keine Standardverschlüsselung. AWS verschlüsselt seit Januar 2023 neue S3-Objekte mit SSE-S3, aber die Konfiguration deklariert es nicht, daher ist es kein Nachweis für ein Audit.
## judge: phi_scan.rs

phi-scan-holds = { $path } enthält anscheinend { $kind }: { $masked }.
phi-scan-holds-key = { $path } (Schlüssel '{ $key }') enthält anscheinend { $kind }: { $masked }.
phi-scan-unchecked = { $path } kann vor der Bereitstellung nicht auf PHI geprüft werden: { $reason }
phi-scan-unchecked-one-more = { $path } (und 1 weiteres Feld) kann vor der Bereitstellung nicht auf PHI geprüft werden: { $reason }
phi-scan-unchecked-more = { $path } (und { $count } weitere Felder) kann vor der Bereitstellung nicht auf PHI geprüft werden: { $reason }
phi-scan-nothing-set = Es sind keine zu prüfenden Namen, Tags oder Freitextfelder gesetzt.
phi-scan-clean = Keine PHI-ähnlichen Werte in { $fields }.

## judge: phi_detect.rs

phi-kind-ssn = eine US-Sozialversicherungsnummer (SSN)
phi-kind-mbi = einen Medicare Beneficiary Identifier
phi-kind-npi = einen National Provider Identifier
phi-kind-record-number = eine Krankenaktennummer oder Patienten-ID
phi-kind-birth-date = ein Geburtsdatum
phi-kind-email = eine private E-Mail-Adresse
phi-kind-phone = eine Telefonnummer
phi-kind-patient-name = den Namen eines Patienten
phi-kind-custom = einen Wert, der dem Muster '{ $name }' entspricht

## appmesh-no-phi-in-names

appmesh-no-phi-in-names-why = Namen und Attribute in App Mesh sind nicht geschützt und werden an jeden Envoy-Proxy im Mesh verteilt.

## autoscaling-no-phi-in-names

autoscaling-no-phi-in-names-why = Namen in Auto Scaling sind Freitextfelder, die in Diagnoseprotokollen landen.

## batch-no-phi-in-definitions

batch-no-phi-in-definitions-why = Jobdefinitionen, Warteschlangen und Tags von Batch sind nicht verschlüsselt und für jeden sichtbar, der Jobs abfragen darf.

## cloudformation-no-phi-in-template

cloudformation-no-phi-in-template-why = Vorlagentext, Parameterwerte, Ausgaben und Stack-Tags liegen in der Quellcodeverwaltung, in S3 und in der CloudFormation-Konsole im Klartext vor.

## cloudwatch-no-phi

cloudwatch-no-phi-why = CloudWatch-Metriken und -Alarme sind kein Speicher für PHI: Namen, Dimensionen und Beschreibungen gelangen in Benachrichtigungen, Dashboards und Tools von Drittanbietern.

## comprehend-no-phi-in-names

comprehend-no-phi-in-names-why = Namen und Tags in Comprehend sind Freitextfelder, die nicht wie Dokumentinhalte geschützt sind.

## connect-no-phi-in-admin-fields

connect-no-phi-in-admin-fields-why = Verwaltungsfelder von Connect und Schlüssel von Customer Profiles sind nicht wie Kontakt- und Profilinhalte verschlüsselt.

## beanstalk-no-phi-in-names

beanstalk-no-phi-in-names-why = Namen, Beschreibungen und Umgebungseigenschaften von Elastic Beanstalk sind nicht verschlüsselt und werden in der Konsole und in API-Ergebnissen angezeigt.

## not-for-phi-service

not-for-phi-service-why = Dieser Service darf PHI weder speichern noch übertragen oder verarbeiten; seine Konfiguration können Administratoren in der gesamten Organisation lesen.

## events-no-phi

events-no-phi-why = Es dürfen keine PHI in CloudWatch Events/EventBridge gelangen: Regeldefinitionen, Muster und konstante Zieleingaben sind Konfiguration, die viele Principals lesen können.

## iot-no-phi-in-topics

iot-no-phi-in-topics-why = Thing-Namen, Attribute und MQTT-Topic-Namen sind keine verschlüsselte Nutzlast: Sie erscheinen in der Registry, in Protokollen und in jeder nach Topic weitergeleiteten Nachricht.

## kms-no-phi-in-metadata

kms-no-phi-in-metadata-why = Metadaten von KMS-Schlüsseln sind nicht verschlüsselt und werden in der Konsole, in Ergebnissen von ListKeys/ListAliases und in CloudTrail angezeigt.

## macie-no-phi-in-config

macie-no-phi-in-config-why = Macie-Einstellungen sind Konfiguration, die jeder Macie-Administrator lesen kann, und kein Ort für PHI.

## metadata-no-phi-in-tags

metadata-no-phi-in-tags-why = Namen, Tags und Beschreibungen sind nicht verschlüsselt: Sie erscheinen in ARNs, URLs, CloudWatch-Metriken, der Tagging-API, Cost Explorer, Config und CloudTrail.

## rekognition-no-phi-in-ids

rekognition-no-phi-in-ids-why = Rekognition-Kennungen sind nicht verschlüsselt und erscheinen in API-Ergebnissen und in CloudTrail.

## route53-no-phi-in-names

route53-no-phi-in-names-why = Namen, Einträge und Tags in Route 53 sind nicht verschlüsselt, und DNS-Namen sind öffentlich und werden von Resolvern protokolliert.

## s3-no-phi-in-names

s3-no-phi-in-names-why = Bucket-Namen, Objektschlüssel und Präfixe werden weder durch SSE noch durch clientseitige Verschlüsselung verschlüsselt und erscheinen in URLs, Zugriffsprotokollen, CloudTrail und S3-Ereignisbenachrichtigungen.

## servicecatalog-no-phi

servicecatalog-no-phi-why = Service Catalog kann nicht zum Speichern, Übertragen oder Verarbeiten von PHI verwendet werden; seine Metadaten werden jedem Benutzer des Portfolios angezeigt.

## cloudmap-no-phi-in-names

cloudmap-no-phi-in-names-why = Namen und Attribute in Cloud Map sind nicht geschützt und werden an jeden Client zurückgegeben, der den Service ermittelt.

## ssm-no-phi-in-identifiers

ssm-no-phi-in-identifiers-why = Kennungen von Systems Manager und einfache String-Parameter sind nicht verschlüsselt und erscheinen in der Konsole, in API-Ergebnissen und in CloudTrail.

## stepfunctions-no-phi

stepfunctions-no-phi-why = Step Functions darf PHI weder speichern noch übertragen oder verarbeiten; Definitionen, Namen und Tags liegen in der Konsole, in API-Ergebnissen und im Ausführungsverlauf im Klartext vor.
## judge: reference.rs (reasons)

reason-ref-not-in-scan = Der Wert verweist auf '{ $target }', das nicht in diesem Scan enthalten ist.
reason-built-at-deploy = '{ $name }' wird aus Werten gebildet, die erst bei der Bereitstellung bekannt sind.
reason-name-empty = Der Name ist leer.

## rds-oracle-encryption-in-transit (unresolved)

rds-oracle-server-unresolved = SQLNET.ENCRYPTION_SERVER in Optionsgruppe '{ $group }' kann nicht aufgelöst werden: { $reason }

## rds-sqlserver-audit (unresolved)

rds-sqlserver-audit-unresolved = rds.sqlserver_audit in Parametergruppe '{ $group }' kann nicht aufgelöst werden: { $reason }

## rds-tls-enforced (unresolved)

rds-tls-param-unresolved = { $engine }: { $parameter } in Parametergruppe '{ $group }' kann nicht aufgelöst werden: { $reason }

## judge: rds_settings.rs (unreadable)

rds-option-configurations-unreadable = OptionConfigurations der Optionsgruppe: { $reason }
rds-option-name-unreadable = Ein Optionsname in der Optionsgruppe: { $reason }

## judge: inherited.rs (unreadable)

inherited-source-unreadable = Die Verschlüsselung wird von { $path } übernommen, dessen Wert nicht gelesen werden kann: { $reason }
inherited-unresolved-ignored = Die Verschlüsselung wird von { $path } übernommen, dessen Wert nicht gelesen werden kann: { $reason } { $flag } wird beim Wiederherstellen oder Replizieren ignoriert.
inherited-source-flag-unreadable = Die Verschlüsselung wird von { $source } übernommen, dessen { $flag } nicht gelesen werden kann: { $reason }

## dms-target-encrypted (unreadable)

dms-target-flag-unreadable = { $path } des Ziels: { $reason }
dms-target-server-unreadable = Der Zielserver: { $reason }
dms-target-server-unresolved = Der Zielserver kann nicht aufgelöst werden: { $reason }

## glue-job-encryption (unreadable)

glue-job-sc-s3-unreadable = Die S3-Verschlüsselung von '{ $configuration }': { $reason }
glue-job-sc-unresolved = Die Sicherheitskonfiguration kann nicht aufgelöst werden: { $reason }

## ssm-output-encrypted (unreadable)

ssm-output-bucket-unreadable = Der Ausgabe-Bucket: { $reason }
ssm-output-content-unreadable = Der Dokumentinhalt: { $reason }

## ssm-parameter-secure-string (unreadable)

ssm-parameter-value-unreadable = Der Wert von '{ $name }': { $reason }

## dynamodb-point-in-time-recovery (unreadable)

dynamodb-pitr-replica-unreadable = Replikat { $region }: { $path }: { $reason }

## sagemaker-endpoint-kms (unreadable)

sagemaker-endpoint-instance-type-unreadable = Keine KmsKeyId, und der InstanceType einer Variante kann nicht gelesen werden: { $reason }

## sagemaker-job-output-kms (unreadable)

sagemaker-pipeline-definition-unreadable = Die Pipeline-Definition: { $reason }

## redshift-require-ssl (unresolved)

redshift-ssl-unresolved = require_ssl in der Parametergruppe '{ $group }' kann nicht aufgelöst werden: { $reason }

## msk-broker-logs (unreadable)

msk-broker-logs-unreadable = Ob Broker-Protokolle an { $destination } geliefert werden, lässt sich nicht feststellen: { $reason }

## opsworks-no-plaintext-secrets (unreadable)

opsworks-env-secure-unreadable = Secure von { $key }: { $reason }

## stepfunctions-logging-no-data (unreadable)

stepfunctions-group-key-unreadable = KmsKeyId der Protokollgruppe '{ $group }': { $reason }

## kinesisanalytics (unreadable)

kinesisanalytics-input-unresolved = Ein Eingabe-Stream: { $reason }
kinesisanalytics-stream-encryption-unreadable = Die Verschlüsselung des Streams '{ $stream }': { $reason }
kinesisanalytics-logging-maybe-unreadable = Die Protokollierungsoption '{ $option }' gehört möglicherweise zu dieser Anwendung. Ihr ApplicationName: { $reason }

## fargate-efs-transit-encryption (unreadable)

fargate-efs-transit-unreadable = TransitEncryption von '{ $volume }': { $reason }

## emr (unreadable)

emr-at-rest-unreadable = EnableAtRestEncryption in '{ $configuration }': { $reason }
emr-in-transit-unreadable = EnableInTransitEncryption in '{ $configuration }': { $reason }
emr-security-configuration-value-unreadable = Die Sicherheitskonfiguration '{ $configuration }': { $reason }

## judge: reference.rs (reason not-string)

reason-not-string = Der Wert ist keine Zeichenkette.

## cloudfront-s3-origin-encrypted (unreadable)

cloudfront-origin-domain-unreadable = Die Domain des S3-Ursprungs: { $reason }

## neptune (unresolved)

neptune-group-unresolved = Die Parametergruppe kann nicht aufgelöst werden: { $reason }

## judge: endpoint_url.rs (unreadable)

endpoint-url-unreadable = Der Endpunkt in { $name }: { $reason }

## sqs-queue-encryption (declared key)

sqs-queue-encryption-kms-declared = Nachrichten werden mit einem KMS-Schlüssel verschlüsselt: KmsMasterKeyId ist deklariert (sein Wert: { $reason })

## secretsmanager-no-plaintext-passwords (unreadable)

secretsmanager-password-unreadable = { $path }: { $reason } Ein Parameter ohne NoEcho zeigt seinen Wert in den Parametern des Stacks.

## ses-event-destination (unreadable)

ses-event-destination-maybe = Das Ereignisziel '{ $destination }' gehört möglicherweise zu diesem Konfigurationssatz: { $reason }
ses-event-destination-maybe-enabled = Das Ereignisziel '{ $destination }' gehört möglicherweise zu diesem Konfigurationssatz. Sein Enabled: { $reason }

## iot-policy-no-wildcard (unreadable)

iot-policy-action-unreadable = Ob die Richtlinie alles erlaubt, lässt sich nicht feststellen. Eine Action: { $reason }
iot-policy-resource-unreadable = Ob die Richtlinie alles erlaubt, lässt sich nicht feststellen. Eine Resource: { $reason }

## databrew-dataset-ssl (unreadable)

databrew-connection-unreadable = Die Glue-Verbindung: { $reason }
databrew-connection-unresolved = Die Glue-Verbindung kann nicht aufgelöst werden: { $reason }

## vmie-bucket-encrypted (unreadable)

vmie-bucket-encryption-unreadable = Die Standardverschlüsselung des Buckets: { $reason }
vmie-bucket-unresolved = Ein VM Import/Export-Bucket kann nicht aufgelöst werden: { $reason }

## macie-job-bucket-encryption (unreadable)

macie-job-buckets-unreadable = Die Buckets des Jobs: { $reason }
macie-job-bucket-encryption-unreadable = Die Verschlüsselung von '{ $bucket }': { $reason }
macie-job-bucket-unresolved = Ein Bucket des Jobs: { $reason }

## datasync-s3-location-encrypted (unreadable)

datasync-bucket-unreadable = Der Bucket: { $reason }

## appmesh-listener-tls (unreadable)

appmesh-tls-mode-unreadable = TLS-Modus: { $reason }

## ses-receipt-s3-kms (unreadable)

ses-s3action-unreadable = Eine S3Action: { $reason }

## dataexchange-export-encrypted (unreadable)

dataexchange-bucket-unreadable = Der Ziel-Bucket: { $reason }

## inspector (unreadable)

inspector-resource-types-unreadable = ResourceTypes von Inspector: { $reason }

## codedeploy-revision-bucket-encrypted (unreadable)

codedeploy-revision-bucket-unreadable = Der Revisions-Bucket: { $reason }

## judge: policy.rs (undecided plaintext deny)

policy-plaintext-narrowed = Der Deny auf aws:SecureTransport trägt weitere Bedingungen, die ihn einschränken.
policy-plaintext-resource-unmatched = Ob die Resource des Deny diese Ressource erfasst, lässt sich nicht feststellen.
policy-plaintext-unknown-statements = Die Anweisungen der Richtlinie: { $reason }
policy-plaintext-unknown-effect = Der Effect einer Anweisung: { $reason }
policy-plaintext-unknown-condition = Die Condition einer Deny-Anweisung: { $reason }
policy-plaintext-unknown-clause = Eine Bedingung einer Deny-Anweisung: { $reason }
policy-plaintext-unknown-secure-transport = aws:SecureTransport: { $reason }
policy-plaintext-unknown-principal = Der Principal des Deny: { $reason }
policy-plaintext-unknown-action = Die Action des Deny: { $reason }
policy-plaintext-unknown-not-action = Die NotAction des Deny: { $reason }
policy-plaintext-unknown-resource = Die Resource des Deny: { $reason }

## sqs-queue-tls-only (undecided)

sqs-tls-unknown = Ob Klartext-Anfragen abgewiesen werden, lässt sich nicht feststellen: { $reason }
sqs-tls-policy-of = Die Richtlinie von '{ $policy }': { $reason }

## glacier-vault-tls-only (undecided)

glacier-tls-unknown = Ob Klartext-Anfragen abgewiesen werden, lässt sich nicht feststellen: { $reason }
glacier-tls-vault-policy = Die Tresorrichtlinie: { $reason }

## sagemaker-job-output-kms (pipeline steps)

sagemaker-pipeline-default-missing = Für { $steps } wird kein KMS-Schlüssel für die Ausgabe benannt
sagemaker-pipeline-default-does = verschlüsselt diese Ausgaben mit dem von AWS verwalteten S3-Schlüssel des Kontos
sagemaker-pipeline-step = den { $type }-Schritt '{ $name }'
sagemaker-pipeline-step-and = den { $type }-Schritt '{ $name }', { $rest }

## judge: policy.rs (unresolved statements)

policy-unresolved-document = Das Richtliniendokument: { $reason }
policy-unresolved-statement = Eine Anweisung: { $reason }
policy-unresolved-statement-field = Statement: { $reason }
reason-not-policy-document = Der Wert ist kein Richtliniendokument.

## iot-policy-no-wildcard (statements)

iot-policy-statements-unreadable = Die Anweisungen: { $reason }
reason-cfn-get-att-not-resource = Fn::GetAtt von '{ $name }', das hier keine Ressource ist.

## judge: declared_key.rs

declared-key-none = Es ist kein KMS-Schlüssel deklariert ({ $path })
declared-key-empty = { $path } ist leer
fsx-kms-aws-does = verschlüsselt das Dateisystem mit dem von AWS verwalteten Schlüssel aws/fsx
lambda-environment-kms-aws-does = verschlüsselt Umgebungsvariablen mit dem von AWS verwalteten Schlüssel aws/lambda
kinesisvideo-stream-kms-aws-does = verschlüsselt gespeicherte Medien mit dem von AWS verwalteten Schlüssel aws/kinesisvideo
forecast-dataset-kms-aws-does = verschlüsselt Datensätze mit einem von Forecast verwalteten Schlüssel
appflow-flow-kms-aws-does = verschlüsselt Flow-Daten mit dem von AppFlow verwalteten Schlüssel aws/appflow

## judge: backup.rs

backup-covers-undecided = Ob die Ressource gesichert wird, lässt sich nicht entscheiden: { $why }
backup-why-pattern = Das Muster { $pattern } kann auf den Namen von { $store } passen, der erst bei der Bereitstellung erzeugt wird.
backup-why-tag-value = Der Wert des Tags { $key } ist erst bei der Bereitstellung bekannt.
backup-why-tags-entry = Ein Eintrag von ListOfTags ist erst bei der Bereitstellung bekannt.
backup-why-target-tags-entry = Ein Eintrag von TargetTags in { $policy } ist erst bei der Bereitstellung bekannt.

## judge: engine.rs

engine-same-verdict = { $message } (Dasselbe Ergebnis unter jedem Wert der Bedingung '{ $condition }', die von einem nicht gesetzten Parameter oder einer nicht gesetzten Variablen abhängt.)
engine-depends-on-condition = Hängt von der Bedingung '{ $condition }' ab, die von einem nicht gesetzten Parameter oder einer nicht gesetzten Variablen abhängt: Wenn { $condition } true ist: { $verdict-on } ({ $on }); wenn { $condition } false ist: { $verdict-off } ({ $off })
engine-verdict-pass = erfüllt
engine-verdict-fail = nicht erfüllt
engine-verdict-unknown = unbestimmt
engine-verdict-not-applicable = nicht anwendbar

## eligibility-phi-in-eligible-service: services outside the scan

eligibility-hop-unknown-service = { $kind } { $name } sendet PHI über { $via } an den AWS-Service '{ $prefix }' (außerhalb dieses Scans); phiguard weiß nicht, zu welchem Service das IAM-Präfix '{ $prefix }' gehört. Prüfen Sie es anhand von spec/eligible-services.yaml und der aktuellen HIPAA Eligible Services Reference von AWS.
eligibility-hop-unlisted = { $kind } { $name } sendet PHI über { $via } an { $service } (außerhalb dieses Scans), und { $service } ist kein HIPAA-fähiger Service (auf keiner Liste von spec/eligible-services.yaml): Das BAA deckt PHI dort nicht ab.
eligibility-hop-eligible = { $kind } { $name } sendet PHI über { $via } an { $service } (außerhalb dieses Scans); { $service } ist HIPAA-fähig (Whitepaper: { $listed }).
eligibility-hop-supporting = { $kind } { $name } sendet PHI über { $via } an { $service } (außerhalb dieses Scans); { $listed } hat im Whitepaper keinen eigenen Abschnitt. Prüfen Sie es anhand der aktuellen HIPAA Eligible Services Reference.
eligibility-hop-not-in-whitepaper = { $kind } { $name } sendet PHI über { $via } an { $service } (außerhalb dieses Scans); { $listed } wird vom Whitepaper nicht abgedeckt (spec/eligible-services.yaml). Prüfen Sie es anhand der aktuellen HIPAA Eligible Services Reference.

## judge: policy.rs (transport gaps)

s3-tls-partial = Bucket-Richtlinie { $policies } lehnt nicht jede Anfrage ohne TLS ab: { $gap }.
policy-transport-old-tls-only = Sie lehnt nur TLS-Versionen unterhalb einer Mindestversion ab (s3:TlsVersion); eine reine HTTP-Anfrage hat keine TLS-Version und wird nicht abgelehnt – fügen Sie ein Deny mit Bool aws:SecureTransport=false hinzu
policy-transport-some-principals = Das Deny auf aws:SecureTransport nennt bestimmte Principals (oder nimmt einige mit NotPrincipal aus), daher können andere Aufrufer weiterhin reines HTTP verwenden
policy-transport-actions = Das Deny auf aws:SecureTransport deckt { $actions } nicht ab

## judge: live.rs

live-collected-at-invalid = collected_at des Inventars ist keine RFC-3339-Zeit, daher lässt sich kein Alter berechnen.
live-no-collection-time = Der Scan hat keinen Erfassungszeitpunkt, daher lässt sich kein Alter berechnen.
config-recorder-live-none = AWS Config zeichnet in Konto { $account }, Region { $region } nicht auf: Dort gibt es keinen Konfigurations-Recorder.

## judge: endpoint_url.rs

endpoint-url-unresolved = Der Endpunkt in { $name }: { $reason }

## loader reasons (Terraform dynamic blocks)

reason-tf-dynamic-var-no-value = Der Wert wird von einem dynamic-Block erzeugt, dessen for_each aus der Variablen '{ $name }' stammt, die keinen Standardwert hat und für die kein Wert angegeben wurde (--var, --var-file).
reason-tf-dynamic-after-apply = Der Wert wird von einem dynamic-Block erzeugt, dessen for_each erst nach dem Apply bekannt ist ({ $name }).

## loader reasons (live collections)

reason-live-refused-because = Der Aufruf { $action } wurde abgelehnt ({ $error }).
reason-live-refused = Der Aufruf { $action } wurde abgelehnt.

## s3-bucket-tls-only: undecided policies

s3-tls-unevaluable = Die Bucket-Richtlinie lässt sich nicht auswerten: { $why }
s3-tls-undecided = Ob die Bucket-Richtlinie Anfragen ohne TLS ablehnt, lässt sich nicht entscheiden: { $why }
s3-tls-maybe-policy = Bucket-Richtlinie { $policy } kann für diesen Bucket gelten, aber ihr Bucket lässt sich nicht bestimmen: { $reason }

## loader reasons (CloudFormation intrinsics, Terraform expressions)

reason-cfn-getatt-not-resource = Fn::GetAtt auf '{ $name }', das hier keine Ressource ist.
reason-cfn-getatt-malformed = Fehlerhaftes Fn::GetAtt.
reason-cfn-select-out-of-range = Der Fn::Select-Index { $index } liegt außerhalb des Bereichs.
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
reason-cfn-find-in-map-deploy-time = Der Schlüssel von Fn::FindInMap ist erst bei der Bereitstellung bekannt.
reason-cfn-mapping-missing = Das Mapping { $mapping } existiert nicht.
reason-cfn-ref-undefined = Ref auf '{ $name }', das in dieser Vorlage nicht definiert ist.
reason-tf-workspace = Der Wert hängt vom Terraform-Workspace ab, der erst beim Ausführen von Terraform gewählt wird.
reason-tf-self = Der Wert verweist auf die Ressource selbst und ist erst nach dem Apply bekannt.
reason-tf-nested-attribute = Der Wert liest ein verschachteltes Attribut von '{ $name }' und ist erst nach dem Apply bekannt.
reason-tf-nested-value = Der Wert liest einen verschachtelten Wert von '{ $name }' und ist erst nach dem Apply bekannt.
reason-tf-data-source = Der Wert liest die Datenquelle '{ $name }' und ist erst beim Ausführen von Terraform bekannt.
reason-tf-data-source-nested = Der Wert liest ein verschachteltes Attribut der Datenquelle '{ $name }' und ist erst beim Ausführen von Terraform bekannt.
reason-tf-generated-on-apply = Der Wert wird beim Apply von Terraform durch { $name } erzeugt.
reason-tf-provider-function = Der Wert wird von der Provider-Funktion { $name } berechnet, die nicht ausgewertet wird.
reason-tf-function-not-evaluated = Der Wert wird von { $name }() berechnet, das phiguard nicht auswertet.
reason-tf-function-bad-arguments = Der Wert wird von { $name }() aus Argumenten berechnet, die sich nicht verwenden lassen.

## eligibility-phi-in-eligible-service: undecided service

eligibility-undecided = { $what } { $kind }: { $why }
eligibility-undecided-why = Ob dies { $service } ist, hängt von { $attr } ab, das kein literaler Wert ist.

## judge: backup.rs (FSx types)

backup-why-fsx-type = FileSystemType '{ $type }' ist hier nicht bekannt.

## backup-recent-recovery-point: unreadable recovery points

backup-points-unreadable = Wiederherstellungspunkte konnten nicht gelesen werden: { $why }
backup-point-status-unread = { $point }: Status wurde nicht gelesen.
backup-point-date-invalid = { $point }: CreationDate ist keine RFC-3339-Zeit.

## backup-plan-covers-phi-stores: why coverage cannot be decided

backup-undecided = Ob die Ressource gesichert wird, lässt sich nicht entscheiden: { $why }
backup-why-pattern = Das Muster { $entry } kann auf den Namen von { $name } passen, der erst bei der Bereitstellung erzeugt wird.
backup-why-tag-value = Der Wert des Tags { $key } ist erst bei der Bereitstellung bekannt.
backup-why-tag-entry = Ein Eintrag in ListOfTags ist erst bei der Bereitstellung bekannt.
backup-why-condition-operator = Conditions { $operator } wird nicht unterstützt.
backup-why-condition-key = Der Bedingungsschlüssel { $key } ist kein Ressourcen-Tag.
backup-why-condition-entry = Ein Eintrag in Conditions { $operator } ist erst bei der Bereitstellung bekannt.
backup-why-replica-pitr = PointInTimeRecoveryEnabled eines Replikats ist erst bei der Bereitstellung bekannt.
backup-why-fsx-type = FileSystemType '{ $type }' ist hier nicht bekannt.
backup-why-target-tags = Ein Eintrag in TargetTags von { $policy } ist erst bei der Bereitstellung bekannt.

## docdb-tls, docdb-audit-logs: a parameter that cannot be read

docdb-tls-param-unknown = tls in der Parametergruppe '{ $group }': { $reason }
docdb-audit-param-unknown = audit_logs in der Parametergruppe '{ $group }': { $reason }

## vpc-security-group-open-ingress, vpc-flow-logs: values that cannot be read

vpc-sg-unjudged = Eine Eingangsregel kann nicht beurteilt werden: { $why }
vpc-flow-logs-traffic-unknown = Ob die VPC Flow-Logs hat, lässt sich nicht feststellen: TrafficType von '{ $log }': { $reason }

## cloudtrail-audit-log-retention: an expiration that cannot be read

cloudtrail-retention-expiration-unknown = ExpirationInDays des Protokoll-Buckets '{ $bucket }': { $reason }

## comprehend-data-access-scope: a managed policy ARN that cannot be read

comprehend-scope-arn-unknown = Der ARN einer verwalteten Richtlinie: { $reason }

## ecs: unnamed containers and volumes, log options that cannot be read

ecs-unnamed = (ohne Namen)
ecs-log-output-name-unknown = Container '{ $container }': Der Name der FireLens-Ausgabe: { $reason }
ecs-log-tls-option-unknown = Container '{ $container }': Die tls-Option der Ausgabe { $output }: { $reason }
ecs-log-address-unknown = Container '{ $container }': { $key }: { $reason }

## resource-policy-not-public, judge/exposure.rs: a policy or subnet that cannot be read

resource-policy-unevaluated = { $path } kann nicht ausgewertet werden: { $why }
exposure-policy-unknown = Die Richtlinie: { $reason }
exposure-subnet-ip-unknown = MapPublicIpOnLaunch des Subnetzes { $subnet }: { $reason }
exposure-subnet-unresolved = Das Subnetz: { $reason }

## ec2-phi-no-public-ip: a launch template's value that cannot be read

ec2-public-ip-from-unread = { $kind ->
        [template] Startvorlage
       *[configuration] Startkonfiguration
    } { $name }: { $why }

## judge: block_devices.rs, several volumes and unnamed mappings

block-devices-device = { $device }
block-devices-mapping = Zuordnung #{ $index }
block-devices-comma = { $first }, { $rest }
block-devices-next = { $first } { $rest }
block-devices-item-false = { $device }: Encrypted ist false.
block-devices-item-absent = { $device }: Encrypted ist nicht gesetzt, daher ist das neue Volume unverschlüsselt, sofern das Konto die EBS-Standardverschlüsselung nicht aktiviert.
block-devices-item-snapshot = { $device }: aus SnapshotId ohne Encrypted wiederhergestellt; es übernimmt die Verschlüsselung des Snapshots.
block-devices-item-unread = { $device }: { $why }
block-devices-failed = Unverschlüsselte(s) EBS-Volume(s) — { $volumes }
block-devices-undecided = Die EBS-Verschlüsselung kann nicht bestimmt werden — { $volumes }
ec2-instance-ebs-attached-note = { $sentence } ({ $attached } über Volumes angehängte(s) Volume(s) werden von ebs-volume-encrypted beurteilt.)

## judge: bucket.rs, reasons that cannot be read

bucket-role-encryption-unknown = Die Verschlüsselung von { $role } '{ $bucket }': { $reason }
bucket-role-unresolved = Der { $role } kann nicht aufgelöst werden: { $reason }

## s3-bucket-tls-only: a policy that cannot be evaluated

s3-tls-unevaluated = Die Bucket-Richtlinie kann nicht ausgewertet werden: { $why }
s3-tls-maybe = Die Bucket-Richtlinie { $policy } kann für diesen Bucket gelten, aber ihr Bucket: { $reason }

## iam-console-user-mfa: users that could not be listed

iam-mfa-users-unlisted = Die IAM-Benutzer des Kontos { $account } konnten nicht aufgelistet werden: { $action } ist fehlgeschlagen ({ $reason }), daher können Benutzer ohne MFA in diesem Bericht fehlen.

## cloudtrail-records-api-calls: several regions and trails

cloudtrail-api-calls-missing = Im Konto { $account } werden nicht alle API-Aufrufe von einem protokollierenden Trail aufgezeichnet: { $regions }
cloudtrail-api-calls-unknown = Im Konto { $account } ist unbekannt, ob ein protokollierender Trail jeden API-Aufruf aufzeichnet: { $regions }
cloudtrail-next = { $first } { $rest }
cloudtrail-region-item = Region { $region }: { $why }
cloudtrail-region-uncovered = Region { $region }: Kein Trail deckt sie ab.
cloudtrail-trail-stopped-item = Der Trail { $trail } protokolliert nicht.
cloudtrail-trail-not-collected-item = Trail { $trail }: IsLogging wurde nicht erfasst (cloudtrail:GetTrailStatus).
cloudtrail-trail-unread-item = Trail { $trail }: { $path }: { $reason }
cloudtrail-trail-gaps-item = Der Trail { $trail } { $gaps }.
cloudtrail-gap-no-management = zeichnet keine Verwaltungsereignisse auf
cloudtrail-gap-read-only = zeichnet nur lesende Verwaltungsereignisse auf
cloudtrail-gap-write-only = zeichnet nur schreibende Verwaltungsereignisse auf
cloudtrail-gap-leaves-out = lässt { $sources } aus
cloudtrail-gap-and = { $first } und { $rest }

## batch-encrypted-storage: a launch template that cannot be read

batch-lt-unknown = Die Startvorlage: { $reason }
batch-lt-unresolved = Die Startvorlage kann nicht aufgelöst werden: { $reason }
batch-lt-mappings-unknown = Die Blockgerätezuordnungen von '{ $template }': { $reason }
batch-lt-device-encrypted-unknown = Encrypted von { $device }: { $reason }
batch-lt-some-device-encrypted-unknown = Encrypted eines Geräts: { $reason }

## s3-transfer-acceleration-protected: why plaintext requests are not refused

s3-acceleration-not-refused = Der beschleunigte Bucket lehnt Klartext-Anfragen nicht ab ({ $gap }).
s3-acceleration-not-refused-actions = Der beschleunigte Bucket lehnt Klartext-Anfragen nicht ab (das Deny auf aws:SecureTransport erfasst { $actions } nicht).
s3-acceleration-no-encryption-not-refused = Der beschleunigte Bucket deklariert keine Standardverschlüsselung (AWS wendet SSE-S3 an, aber die Konfiguration deklariert es nicht) und lehnt Klartext-Anfragen nicht ab ({ $gap }).
s3-acceleration-no-encryption-not-refused-actions = Der beschleunigte Bucket deklariert keine Standardverschlüsselung (AWS wendet SSE-S3 an, aber die Konfiguration deklariert es nicht) und lehnt Klartext-Anfragen nicht ab (das Deny auf aws:SecureTransport erfasst { $actions } nicht).

## s3-bucket-public-access-block, s3-bucket-access-logging, waf-protected-resource-https, resource-policy-not-public: values that cannot be read

s3-pab-account-unknown = Der Bucket hat keine Block-Public-Access-Konfiguration, und S3PublicAccessBlock.{ $setting } des Kontos ist nicht bekannt: { $reason }
s3-logging-data-events-unknown = Keine Serverzugriffsprotokollierung; ob ein CloudTrail-Trail S3-Datenereignisse für diesen Bucket aufzeichnet, lässt sich nicht feststellen: { $trail }.{ $selectors }: { $reason }
waf-resource-unresolved = Die geschützte Ressource kann nicht aufgelöst werden: { $reason }
resource-policy-lambda-principal-unknown = Principal der Berechtigung { $permission }: { $reason }

## cloudtrail-phi-bucket-data-events: several trails unknown

cloudtrail-phi-bucket-item-not-collected = Trail { $trail }: IsLogging wurde nicht erfasst.
cloudtrail-phi-bucket-unknown = Ob ein Trail die Objektereignisse dieses Buckets aufzeichnet, ist unbekannt: { $trails }

## phi-store-not-public, firehose-encryption: values that cannot be read

phi-store-subnet-group-unknown-default = PubliclyAccessible ist nicht gesetzt, und DBSubnetGroupName: { $reason } RDS macht { $kind ->
        [cluster] den Cluster
       *[instance] die Instance
    } nur mit der Gruppe `default` öffentlich.
phi-store-subnet-group-unknown = PubliclyAccessible ist nicht gesetzt, und DBSubnetGroupName: { $reason }
phi-store-eks-cidr-unknown = Ein Eintrag von { $path }: { $reason }
firehose-encryption-source-unknown = Die Verschlüsselung des Quell-Streams '{ $stream }': { $reason }

## vpc-flow-logs: a flow log whose resource cannot be read

vpc-flow-logs-watched-unknown = Ob die VPC Flow-Logs hat, lässt sich nicht feststellen: Die vom Flow-Log '{ $log }' überwachte Ressource: { $reason }

## backup-recent-recovery-point: recovery points that cannot be read

backup-point-unreadable = Wiederherstellungspunkte konnten nicht gelesen werden: { $points }
backup-point-next = { $first } { $rest }
backup-point-status-unread = { $point }: Status wurde nicht gelesen.
backup-point-date-unread = { $point }: CreationDate ist keine Zeitangabe nach RFC 3339.

## s3-transfer-acceleration-protected: protections that cannot be read

s3-acceleration-unknown = Ob der beschleunigte Bucket geschützt ist, lässt sich nicht feststellen: { $why }
s3-acceleration-next = { $first } { $rest }
s3-acceleration-encryption-unknown = Standardverschlüsselung: { $reason }
s3-acceleration-policy-unknown = Die Richtlinie von '{ $policy }': { $reason }

## Terraform value reasons built on other reasons, and what makes an expression invalid

reason-tf-built-from = Der Wert wird aus einem anderen Wert gebildet. Dieser Wert: { $reason }
reason-tf-computed-by-from = Der Wert wird von { $name }() aus einem anderen Wert berechnet. Dieser Wert: { $reason }
reason-tf-computed-from = Der Wert wird aus einem anderen Wert berechnet. Dieser Wert: { $reason }
reason-tf-condition-that = Der Wert hängt von einer Bedingung ab. Diese Bedingung: { $reason }
reason-tf-iterates-over = Der Wert durchläuft eine Sammlung. Diese Sammlung: { $reason }
reason-tf-filters-on = Der Wert filtert nach einer Bedingung. Diese Bedingung: { $reason }
reason-tf-selected-by-key = Der Wert wird über einen Schlüssel ausgewählt. Dieser Schlüssel: { $reason }
reason-tf-has-key = Der Wert hat einen Schlüssel. Dieser Schlüssel: { $reason }
reason-tf-negates = Der Wert negiert einen Wert. Dieser Wert: { $reason }
reason-tf-expands-argument = Der Wert expandiert ein Argument. Dieses Argument: { $reason }
reason-tf-merges-source = Der Wert führt ein Quell-Richtliniendokument zusammen. Dieses Dokument: { $reason }
reason-tf-selects-instance = Der Wert wählt eine Instanz von { $name } über einen Schlüssel aus. Dieser Schlüssel: { $reason }
reason-tf-selects-data-instance = Der Wert wählt eine Datenquelleninstanz über einen Schlüssel aus. Dieser Schlüssel: { $reason }
reason-tf-has-element = Er enthält ein Element. Dieses Element: { $reason }
reason-tf-its-count = Sein count: { $reason }
reason-tf-its-for-each = Sein for_each: { $reason }
reason-tf-dynamic-for-each = Der Wert wird von einem dynamic-Block erzeugt. Sein for_each: { $reason }
reason-tf-invalid-because = Der Wert ist ungültig. Grund: { $reason }
reason-tf-invalid-expression = Ungültiger Ausdruck: { $reason }
reason-tf-no-attribute = Es gibt kein Attribut '{ $name }'.
reason-tf-variable-undeclared = Es ist keine Variable '{ $name }' deklariert.
reason-tf-resource-undeclared = Es ist keine Ressource '{ $name }' deklariert.
reason-tf-local-undeclared = Es ist kein lokaler Wert '{ $name }' deklariert.
reason-tf-attribute-unreadable = Das Attribut '{ $name }' dieses Werts kann nicht gelesen werden.
reason-tf-index-out-of-range = Der Index { $index } liegt außerhalb des Bereichs.
reason-tf-no-key = Es gibt keinen Schlüssel '{ $name }'.
reason-tf-index-not-number = Ein Listenindex muss eine Zahl sein.
reason-tf-not-indexable = Nur Listen und Maps können indiziert werden.
reason-tf-null-in-template = Eine Zeichenfolgenvorlage enthält einen null-Wert.
reason-tf-try-none-valid = Keines der Argumente von try() ist gültig.
reason-tf-dynamic-no-for-each = Ein dynamic-Block benötigt for_each.
reason-tf-outside-resource = { $name } wird außerhalb einer Ressource verwendet, die es setzt.
reason-tf-unknown-name = Unbekannter Name '{ $name }'.
reason-tf-module-no-output = module.{ $name } hat keine Ausgabe '{ $output }'.
reason-tf-module-no-instance-key = module.{ $name } hat keine Instanz { $key }.
reason-tf-module-no-instance = module.{ $name } hat keine Instanz.
reason-tf-module-several-instances = module.{ $name } hat mehrere Instanzen; wählen Sie eine aus.
reason-tf-local-cycle = local.{ $name } verweist auf sich selbst.
reason-tf-expansion-cycle = count oder for_each von { $address } hängt von sich selbst ab.
reason-tf-module-cycle = { $address } hängt von sich selbst ab.
reason-tf-module-not-read = Der Wert stammt aus module.{ $name }, dessen Quelle '{ $source }' nicht gelesen wird (gelesen werden nur lokale Module und mit `terraform init` installierte Module).
reason-tf-policy-overrides = Der Wert ist ein Richtliniendokument mit Überschreibungen, die phiguard nicht zusammenführt.
reason-tf-invalid-json = Der Wert ist kein gültiges JSON ({ $error }).
reason-tf-principal-type-unknown = Der Wert enthält einen Principal, dessen Typ unbekannt ist.
reason-tf-condition-unknown = Der Wert enthält eine Bedingung, deren Operator oder Schlüssel unbekannt ist.
reason-tf-file-not-read = Der Wert wird aus der Datei '{ $name }' gelesen, die nicht gelesen wird: { $error }
reason-tf-template-not-read = Der Wert wird aus der Datei '{ $name }' gerendert, die nicht gelesen wird: { $error }

## resource policies: a statement that cannot be read, and TLS deny gaps

policy-transport-gaps = Das Deny auf aws:SecureTransport deckt { $gaps } nicht ab
policy-gap-on = { $action } auf { $target }
policy-gap-or = { $first } oder { $rest }
policy-gap-next = { $first }, { $rest }
policy-gap-action = { $action }
policy-target-bucket = den Bucket selbst
policy-target-objects = seine Objekte (bucket/*)
exposure-statement-sid-unknown = '{ $sid }': { $why }
exposure-statement-unknown = Anweisung { $index }: { $why }
