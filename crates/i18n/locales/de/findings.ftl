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
