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
