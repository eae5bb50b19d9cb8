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
