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
