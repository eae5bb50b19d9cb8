# 검사 결과 메시지(문장 단위). 인수는 식별자 또는 입력의 이름입니다.

engine-not-phi = PHI를 보관하는 것으로 표시되지 않았습니다.
engine-conditional-resource = 이 리소스는 조건 '{ $condition }'이(가) 참일 때만 생성됩니다. 이 조건은 설정되지 않은 파라미터에 따라 달라지므로 생성되는 것으로 보고 판정합니다.
engine-phi-path = PHI 경로: { $path }
s3-encryption-declared = 기본 암호화 { $algorithm }이(가) 선언되어 있습니다.
s3-encryption-invalid = SSEAlgorithm '{ $algorithm }'은(는) 유효한 서버 측 암호화 알고리즘이 아닙니다.
s3-encryption-no-algorithm = BucketEncryption에 기본 암호화 알고리즘이 선언되어 있지 않습니다.
s3-versioning-absent = 버전 관리가 구성되지 않았습니다. S3 버킷은 기본적으로 버전 관리되지 않습니다.
s3-versioning-enabled = 버전 관리가 활성화되어 있습니다.
s3-versioning-suspended = 버전 관리가 Suspended 상태입니다. 이전 버전은 유지되지만 새로운 덮어쓰기와 삭제는 복구할 수 없습니다.
s3-versioning-other = 버전 관리 상태 '{ $status }'은(는) Enabled가 아닙니다.
rds-aurora-member = Aurora 클러스터의 멤버입니다. 판정은 클러스터가 담당합니다.
rds-storage-encrypted-absent = StorageEncrypted가 설정되지 않았습니다. RDS 스토리지는 기본적으로 암호화되지 않습니다.

## vpc-flow-logs

vpc-flow-logs-all-traffic = 흐름 로그 '{ $log }'이(가) VPC의 모든 트래픽을 기록합니다.
vpc-flow-logs-all-subnets = VPC의 모든 서브넷에 모든 트래픽을 기록하는 흐름 로그가 있습니다.
vpc-flow-logs-none = VPC의 트래픽을 기록하는 흐름 로그가 없습니다.

## sns-topic-encryption

sns-topic-encryption-kms = 메시지는 KMS 키로 저장 시 암호화됩니다.
sns-topic-encryption-absent = KmsMasterKeyId가 설정되지 않았습니다. SNS는 기본적으로 저장된 메시지를 암호화하지 않습니다.

## sqs-queue-encryption

sqs-queue-encryption-kms = 메시지는 KMS 키(KmsMasterKeyId)로 암호화됩니다.
sqs-queue-encryption-sse-sqs = 메시지는 SQS 관리형 키(SSE-SQS)로 암호화됩니다.
sqs-queue-encryption-disabled = SqsManagedSseEnabled가 false이고 KMS 키도 설정되지 않았습니다. 메시지는 암호화되지 않은 상태로 저장됩니다.

## sqs-queue-tls-only

sqs-tls-no-policy = TLS를 사용하지 않는 요청을 거부하는 대기열 정책이 없습니다(대기열에 정책이 없음).
sqs-tls-enforced = 대기열 정책이 TLS를 사용하지 않는 요청을 거부합니다.

## s3-bucket-tls-only

s3-tls-enforced = 버킷 정책 { $policies }이(가) 버킷과 해당 객체에 대해 TLS 없이 수행된 요청을 거부합니다.
s3-tls-no-policy = TLS 없이 수행된 요청을 거부하는 버킷 정책이 없습니다. aws:SecureTransport = false를 거부하는 정책이 없으면 S3는 일반 HTTP를 허용합니다.
s3-tls-missing = 버킷 정책 { $policies }에 TLS 없이 수행된 요청을 거부하는 문(Effect Deny, Principal "*", Condition Bool aws:SecureTransport = false)이 없습니다.

## s3-bucket-access-logging

s3-logging-on-to = 서버 액세스 로깅이 { $bucket }(으)로 켜져 있습니다.
s3-logging-on-other = 서버 액세스 로깅이 다른 버킷으로 켜져 있습니다.
s3-logging-on-itself = 서버 액세스 로깅이 버킷 자체로 켜져 있습니다.
s3-logging-on = 서버 액세스 로깅이 켜져 있습니다.
s3-logging-data-events = 서버 액세스 로깅은 없지만 CloudTrail 추적이 이 버킷의 S3 데이터 이벤트를 기록합니다.
s3-logging-none = 서버 액세스 로깅(LoggingConfiguration)과 CloudTrail S3 데이터 이벤트 모두 이 버킷 객체에 대한 액세스를 기록하지 않습니다.

## s3-bucket-public-access-block

s3-pab-account = 계정의 퍼블릭 액세스 차단 설정 네 가지가 모두 켜져 있어 이 버킷에도 적용됩니다.
s3-pab-public-acl = 버킷이 퍼블릭 미리 준비된 ACL { $acl }을(를) 부여하며 PublicAccessBlockConfiguration을 선언하지 않습니다.
s3-pab-live-absent = 버킷에 퍼블릭 액세스 차단 구성이 없고 계정의 구성도 네 가지 설정을 모두 켜지 않습니다.
s3-pab-incomplete-one-account = 퍼블릭 액세스 차단이 불완전합니다. { $settings }이(가) 꺼져 있습니다(버킷과 계정 어디에서도 켜져 있지 않음).
s3-pab-incomplete-many-account = 퍼블릭 액세스 차단이 불완전합니다. { $settings }이(가) 꺼져 있습니다(버킷과 계정 어디에서도 켜져 있지 않음).
s3-pab-incomplete-one = 퍼블릭 액세스 차단이 불완전합니다. { $settings }이(가) 꺼져 있습니다(생략된 설정은 꺼짐).
s3-pab-incomplete-many = 퍼블릭 액세스 차단이 불완전합니다. { $settings }이(가) 꺼져 있습니다(생략된 설정은 꺼짐).
s3-pab-all-on = 퍼블릭 액세스 차단 설정 네 가지가 모두 켜져 있습니다.

## s3-transfer-acceleration-protected

s3-acceleration-off = Transfer Acceleration이 활성화되어 있지 않습니다.
s3-acceleration-protected = 가속화된 버킷이 기본 암호화를 선언하고 TLS 없이 수행된 요청을 거부합니다.

## logs-group-kms-encryption

logs-kms-set = 로그 그룹이 KMS 키로 암호화됩니다.
logs-kms-absent = KmsKeyId가 설정되지 않았습니다. CloudWatch Logs는 기본적으로 서비스 관리형 키로 데이터를 암호화하지만, 키 정책으로 액세스를 제한하고 CloudTrail에 키 사용 기록을 남기는 것은 KMS 키뿐입니다.

## logs-group-retention

logs-retention-days = 로그 이벤트는 { $days }일 동안 보관됩니다.
logs-retention-absent = RetentionInDays가 설정되지 않았습니다. PHI가 포함될 수 있는 로그 이벤트가 만료되지 않으며 보존 결정도 기록되지 않습니다. 보존 정책이 요구하는 기간을 선언하십시오.

## rds-backup-retention

rds-backup-cluster-member = DB 클러스터의 멤버입니다. 클러스터의 백업 보존 기간이 적용됩니다.
rds-backup-read-replica = 읽기 전용 복제본입니다. 자동 백업은 원본 데이터베이스에 대해 보관됩니다.
rds-backup-zero = BackupRetentionPeriod가 0입니다. 자동 백업과 특정 시점으로 복구가 꺼져 있습니다.
rds-backup-short = 자동 백업은 { $days }일 동안 보관됩니다. PHI에는 7일 이상을 권장합니다.
rds-backup-days = 자동 백업은 { $days }일 동안 보관됩니다.

## rds-multi-az

rds-multi-az-cluster = 다중 AZ DB 클러스터는 인스턴스를 세 개의 가용 영역에 배치합니다.
rds-multi-az-serverless = Aurora Serverless v1은 자체적으로 장애 조치를 관리합니다.
rds-multi-az-no-instance = 스캔 범위에 클러스터의 인스턴스가 정의되어 있지 않습니다.
rds-multi-az-single = Aurora 클러스터에 인스턴스가 하나뿐이므로 장애 조치할 다른 가용 영역의 복제본이 없습니다.
rds-multi-az-instances = Aurora 클러스터에 인스턴스가 { $count }개 있습니다.
rds-multi-az-member = DB 클러스터의 멤버입니다. 판정은 클러스터가 담당합니다.
rds-multi-az-replica = 읽기 전용 복제본입니다. 판정은 원본이 담당합니다.
rds-multi-az-absent = MultiAZ가 설정되지 않아 데이터베이스가 단일 가용 영역에서 실행됩니다.

## rds-tls-enforced

rds-tls-cluster-member = DB 클러스터의 멤버입니다. 판정은 클러스터의 파라미터 그룹이 담당합니다.
rds-tls-oracle = Oracle은 옵션 그룹의 네이티브 네트워크 암호화로 연결을 암호화합니다(규칙 rds-oracle-encryption-in-transit).
rds-tls-other-engine = 엔진 '{ $engine }'에는 백서상의 TLS 요구 사항이 없습니다.
rds-tls-custom = RDS Custom: TLS는 파라미터 그룹이 아니라 데이터베이스 호스트에서 구성합니다.
rds-tls-aurora-instance = Aurora 인스턴스는 클러스터에서 TLS 설정을 가져옵니다.

## sns-subscription-https

sns-sub-topic-not-phi = 주제 '{ $topic }'은(는) PHI를 전달하는 것으로 표시되어 있지 않습니다.
sns-sub-not-written = { $path }이(가) 작성되어 있지 않습니다.
sns-sub-not-phi = PHI를 전달하는 것으로 표시되어 있지 않습니다.
sns-sub-no-inline = 인라인 구독이 없습니다(별도의 AWS::SNS::Subscription 리소스는 각각 판정됩니다).
sns-sub-empty = 인라인 Subscription 목록이 비어 있습니다.
sns-sub-http = 일반 http로 메시지를 전송합니다. 주제에 게시된 모든 내용이 암호화되지 않은 채 네트워크를 통과합니다.
sns-sub-https = https로 전송합니다.
sns-sub-aws-service = AWS 서비스 엔드포인트 내에서 TLS를 통해 { $protocol }(으)로 전송합니다.
sns-sub-unencrypted-channel = { $protocol }(으)로 전송하며, 이는 종단 간 암호화 없이 AWS를 벗어납니다. 이러한 알림에 PHI를 포함하지 마십시오.
sns-sub-unrecognised = 인식할 수 없는 전송 프로토콜 '{ $protocol }'입니다.

## redshift-audit-logging

redshift-audit-absent = LoggingProperties가 설정되지 않았습니다. 감사 로깅이 꺼져 있습니다.
redshift-audit-cloudwatch = 감사 로그가 CloudWatch Logs로 전송됩니다.
redshift-audit-s3 = 감사 로그가 S3로 전송됩니다.
redshift-audit-no-destination = LoggingProperties가 S3 버킷도 CloudWatch Logs도 지정하지 않습니다. 감사 로깅이 꺼져 있습니다.

## redshift-encryption-at-rest

redshift-encrypted = 클러스터가 암호화되어 있습니다.
redshift-encrypted-false = Encrypted가 false입니다. 클러스터의 데이터와 백업이 암호화되지 않습니다.

## glue-catalog-encryption

glue-catalog-passwords-encrypted = 카탈로그 메타데이터와 연결 암호가 KMS로 암호화됩니다.
glue-catalog-passwords-clear = ReturnConnectionPasswordEncrypted가 false입니다. 연결 암호가 일반 텍스트로 반환됩니다.
glue-catalog-passwords-absent = 연결 암호 암호화가 활성화되어 있지 않습니다.
glue-catalog-not-phi = PHI를 보관하는 것으로 표시되어 있지 않습니다.

## glue-connection-ssl

glue-connection-not-jdbc = JDBC 연결이 아닙니다.

## glue-job-encryption

glue-job-python-shell = Python 셸 작업은 자체 코드를 통해 씁니다.
glue-job-ray = Ray 작업의 S3 암호화 설정은 판정하지 않습니다.
glue-job-sse-s3 = 작업이 SSE-S3(--encryption-type)로 S3 데이터를 씁니다.
glue-job-no-encryption = 작업에 보안 구성도 --encryption-type도 없으므로 S3 출력에 서버 측 암호화 설정이 없습니다.

## sagemaker-endpoint-kms

sagemaker-endpoint-kms-set = 호스팅 스토리지가 지정된 KMS 키로 암호화됩니다.
sagemaker-endpoint-no-variants = 엔드포인트 구성에 프로덕션 변형이 없습니다.

## sagemaker-job-output-kms

sagemaker-job-not-job = 작업 정의가 아닙니다.
sagemaker-job-output-kms-set = 작업 출력이 지정된 KMS 키로 암호화됩니다.
sagemaker-pipeline-s3 = 파이프라인 정의를 S3(PipelineDefinitionS3Location)에서 읽으므로 여기서는 해당 단계를 판정할 수 없습니다.
sagemaker-pipeline-no-steps = 파이프라인 정의에 읽을 수 있는 Steps가 없습니다.

## sagemaker-notebook-kms

sagemaker-notebook-not-phi = PHI를 보관하는 것으로 표시되어 있지 않습니다.

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-disabled = 직접 인터넷 액세스가 비활성화되어 있습니다. 트래픽은 VPC를 거칩니다.
sagemaker-notebook-internet-absent = DirectInternetAccess가 설정되지 않았습니다. 노트북은 기본적으로 직접 인터넷 액세스를 갖습니다.

## iam-console-user-mfa

iam-console-no-password = 사용자에게 콘솔 암호가 없습니다.
iam-console-password-not-collected = CredentialReport.PasswordEnabled가 수집되지 않았습니다.
iam-console-has-mfa = 콘솔 사용자에게 MFA가 있습니다.
iam-console-mfa-not-collected = CredentialReport.MfaActive가 수집되지 않았습니다.

## iam-console-user-no-access-keys

iam-console-no-active-key = 콘솔 사용자에게 활성 액세스 키가 없습니다.

## ses-receipt-s3-kms

ses-receipt-disabled = 수신 규칙이 비활성화되어 있습니다.
ses-receipt-no-actions = 수신 규칙에 작업이 없습니다.
ses-receipt-no-s3 = 수신 규칙이 메일을 S3에 저장하지 않습니다.
ses-receipt-kms = 수신된 메일은 SES가 S3에 저장하기 전에 KMS로 암호화됩니다.

## ses-tls-required

ses-tls-require = 전송에 TLS가 필요합니다. SES는 일반 텍스트로 대체하지 않습니다.
ses-tls-absent = TlsPolicy가 설정되지 않았습니다. 기본값(OPTIONAL)은 수신 서버가 TLS를 제공하지 않으면 일반 텍스트로 전송합니다.

## transfer-server-logging

transfer-logging-on = 서버가 사용자 활동을 CloudWatch Logs에 기록합니다.
transfer-logging-absent = LoggingRole 또는 StructuredLogDestinations가 없습니다. 사용자 세션과 파일 전송이 기록되지 않습니다.

## transfer-server-no-ftp

transfer-sftp-only = 서버가 SFTP만 제공합니다(기본값).

## transfer-user-home-bucket-encrypted

transfer-home-efs = 서버가 파일을 EFS에 저장합니다.
transfer-home-none = 사용자에게 홈 디렉터리가 없습니다.
transfer-home-not-s3 = S3 홈 디렉터리가 없습니다.

## macie-enabled

macie-no-phi-bucket = 스캔한 계정과 리전에 PHI를 보관하는 S3 버킷이 없습니다.
macie-no-session-no-phi = 스캔 범위에 Macie 세션도 PHI를 보관하는 S3 버킷도 없습니다.
macie-session-default = Macie 세션이 활성화되어 있습니다(Status의 기본값은 ENABLED).
macie-session-enabled = Macie 세션이 활성화되어 있습니다.

## macie-job-bucket-encryption

macie-job-criteria = 작업이 이름이 아닌 기준으로 버킷을 선택합니다.
macie-job-no-buckets = 작업이 버킷을 지정하지 않습니다.

## ssm-output-encrypted

ssm-output-no-s3 = S3 출력 위치가 없습니다.
ssm-output-not-session-prefs = Session Manager 기본 설정 문서가 아닙니다.
ssm-output-no-content = 문서에 내용이 없습니다.
ssm-output-encrypted-only = 세션 기록은 암호화된 대상으로만 전송됩니다.

## ssm-parameter-secure-string

ssm-parameter-secure = 파라미터는 SecureString이며 KMS로 암호화됩니다.

## kinesis-stream-encryption

kinesis-stream-unencrypted = StreamEncryption이 설정되지 않았습니다. 스트림이 레코드를 암호화하지 않고 저장합니다.
kinesis-stream-kms = 레코드가 KMS 키로 암호화됩니다.

## kms-key-rotation

kms-rotation-absent = EnableKeyRotation이 설정되지 않았습니다. true가 아니면 KMS 키가 교체되지 않습니다.

## lambda-url-auth

lambda-url-iam = 호출자는 IAM 자격 증명으로 요청에 서명해야 합니다.
lambda-url-none = 함수에 함수 URL이 없습니다.

## msk-broker-logs

msk-broker-logs-none = LoggingInfo.BrokerLogs에 활성화된 브로커 로그 대상이 없습니다.

## msk-encryption-at-rest-kms

msk-storage-kms = 브로커 스토리지가 선언된 KMS 키로 암호화됩니다.

## msk-public-access-disabled

msk-public-disabled = 퍼블릭 액세스가 DISABLED입니다.

## msk-tls-in-transit

msk-tls-on = ClientBroker가 TLS이고 브로커 간 암호화가 켜져 있습니다.

## neptune-audit-logs

neptune-audit-not-exported = EnableCloudwatchLogsExports에 audit가 포함되어 있지 않습니다.
neptune-audit-default-group = 감사 로그가 내보내지지만 기본 클러스터 파라미터 그룹이 neptune_enable_audit_log를 0으로 두므로 아무것도 기록되지 않습니다.

## neptune-tls

neptune-tls-current-engine = EngineVersion이 고정되지 않아 클러스터가 HTTPS만 허용하는 현재 엔진으로 실행됩니다.

## qldb-ledger-kms

qldb-kms-aws-owned = AWS 소유 키를 사용한 암호화가 선언되어 있습니다.
qldb-kms-declared = 원장이 선언된 KMS 키로 암호화됩니다.

## qldb-permissions-mode-standard

qldb-permissions-allow-all = PermissionsMode가 ALLOW_ALL입니다. SendCommand가 허용된 누구나 모든 테이블을 읽고 변경할 수 있습니다.
qldb-permissions-not-written = PermissionsMode는 필수이지만 작성되어 있지 않습니다.
qldb-permissions-standard = 원장이 테이블 수준 IAM 권한을 확인합니다(STANDARD).

## opensearch-vpc-access

opensearch-public-unreadable-policy = 도메인에 퍼블릭 엔드포인트가 있으며 액세스 정책을 읽을 수 없습니다.
opensearch-in-vpc = 도메인이 VPC 내에서 실행됩니다.

## iot-domain-tls-policy

iot-domain-default-policy = 기본 보안 정책은 TLS 1.2 이상을 요구합니다.

## iot-policy-no-wildcard

iot-policy-no-wildcard = 모든 리소스에 대해 모든 IoT 작업을 허용하는 문이 없습니다.
iot-policy-no-document = 정책에 문서가 없습니다.

## healthlake-datastore-kms

healthlake-kms-customer = 고객 관리형 KMS 키로 암호화됩니다.
healthlake-kms-aws-owned = AWS 소유 키를 사용한 암호화가 선언되어 있습니다.

## guardduty-enabled

guardduty-enable-absent = 탐지기에 Enable이 설정되지 않았습니다.
guardduty-nothing-scanned = 스캔된 항목이 없습니다.

## globalaccelerator-encrypted-listener

ga-port-range-unresolvable = 포트 범위를 확인할 수 없습니다.
ga-all-ports-tls = 모든 리스너 포트가 TLS를 종료하는 엔드포인트에 도달합니다.
ga-no-port-ranges = 리스너가 포트 범위를 선언하지 않습니다.
## 공유 헬퍼: require_true (what 은 아래 what-* 메시지 참조)

helper-true-on = { $what }: { $path } 값이 true입니다.
helper-true-off = { $what }이(가) 꺼져 있습니다: { $path } 값이 false입니다.
what-log-file-integrity-validation = 로그 파일 무결성 검증
what-multi-region-logging = 다중 리전 로깅
what-storage-encryption = 스토리지 암호화
what-point-in-time-recovery = 특정 시점 복구
what-ebs-encryption = EBS 암호화
what-encryption-at-rest = 저장 데이터 암호화
what-access-logging = 액세스 로깅

## 공유 헬퍼: Ctx::aws_default (missing 과 does 는 각 규칙의 *-default-* 메시지 참조)

helper-aws-default-trusted = { $missing }. AWS는 { $does }. 따라서 허용합니다 (trust_aws_defaults).
helper-aws-default-fail = { $missing }. AWS는 { $does }. 그러나 구성에 선언되어 있지 않으므로 감사 증거가 되지 않습니다.

## mq-encryption-at-rest

mq-encryption-at-rest-default-missing = 저장 데이터 암호화 옵션이 선언되어 있지 않습니다
mq-encryption-at-rest-default-does = 키가 선언되지 않으면 AWS 소유 키로 ActiveMQ 브로커를 암호화합니다
mq-encryption-at-rest-default-missing-2 = EncryptionOptions 에 브로커를 암호화하는 키가 지정되어 있지 않습니다
mq-encryption-at-rest-default-does-2 = UseAwsOwnedKey 가 설정되지 않으면 AWS 소유 키를 사용합니다

## backup-vault-kms-key

backup-vault-kms-key-default-missing = 백업 볼트에 EncryptionKeyArn 이 선언되어 있지 않습니다
backup-vault-kms-key-default-does = 볼트의 백업을 AWS Backup 기본 키(aws/backup)로 암호화합니다

## databrew-job-encryption

databrew-job-encryption-default-missing = 작업 출력의 암호화 모드가 설정되어 있지 않습니다
databrew-job-encryption-default-does = 새 S3 객체를 기본적으로 SSE-S3로 암호화합니다

## dms-target-encrypted

dms-target-encrypted-default-missing = S3 대상 파일의 암호화 모드가 지정되어 있지 않습니다
dms-target-encrypted-default-does = 이 파일들을 기본적으로 SSE-S3로 기록합니다

## eks-secrets-encryption

eks-secrets-encryption-default-missing = KMS 키를 사용한 Kubernetes 시크릿의 봉투 암호화가 선언되어 있지 않습니다
eks-secrets-encryption-default-does = 1.28 이상을 실행하는 클러스터의 Kubernetes API 데이터를 AWS 소유 키로 암호화합니다

## elasticache-at-rest-encryption

elasticache-at-rest-encryption-default-missing = AtRestEncryptionEnabled 가 선언되어 있지 않습니다
elasticache-at-rest-encryption-default-does = Valkey 복제 그룹을 기본적으로 저장 시 암호화합니다

## athena-workgroup-results-encrypted

athena-workgroup-results-encrypted-default-missing = 쿼리 결과의 암호화가 선언되어 있지 않습니다
athena-workgroup-results-encrypted-default-does = 2023년 1월부터 결과 버킷의 새 객체를 SSE-S3로 암호화하고 있습니다

## codebuild-artifact-encryption

codebuild-artifact-encryption-default-missing = 빌드 출력에 KMS 키가 지정되어 있지 않습니다
codebuild-artifact-encryption-default-does = 이를 AWS 관리형 키 aws/s3로 암호화합니다

## codecommit-repository-kms

codecommit-repository-kms-default-missing = 리포지토리에 KMS 키가 지정되어 있지 않습니다
codecommit-repository-kms-default-does = 리포지토리를 AWS 관리형 키 aws/codecommit로 암호화합니다

## ecr-repository-encryption

ecr-repository-encryption-default-missing = 이미지 암호화가 선언되어 있지 않습니다
ecr-repository-encryption-default-does = 이미지를 기본적으로 AES256(SSE-S3)로 암호화합니다

## 공유 헬퍼: 경로 값을 읽을 수 없는 이유

helper-path-ref = { $path }은(는) '{ $target }'을(를) 참조하며 배포 시에만 알 수 있습니다.
helper-path-secret = { $path }은(는) 시크릿에서 가져옵니다.
helper-path-choice = { $path }은(는) 조건 '{ $condition }'에 따라 달라지며, 이 조건은 설정되지 않은 파라미터 또는 변수에 따라 달라집니다.
helper-path-literal-secret = { $path }은(는) 리터럴 기본값이 리포지토리에 커밋된 시크릿입니다.
helper-path-not-literal = { $path }은(는) 리터럴 값이 아닙니다.
helper-path-not-string = { $path }은(는) 문자열이 아닙니다.
helper-true-ref = { $what }: { $path }은(는) '{ $target }'을(를) 참조하며 배포 시에만 알 수 있습니다.
helper-true-secret = { $what }: { $path }은(는) 시크릿에서 가져옵니다.
helper-true-choice = { $what }: { $path }은(는) 조건 '{ $condition }'에 따라 달라지며, 이 조건은 설정되지 않은 파라미터 또는 변수에 따라 달라집니다.
helper-true-literal-secret = { $what }: { $path }은(는) 리터럴 기본값이 리포지토리에 커밋된 시크릿입니다.
helper-true-not-literal = { $what }: { $path }은(는) 리터럴 값이 아닙니다.

## ec2-imdsv2

ec2-imdsv2-disabled = 인스턴스 메타데이터 서비스가 비활성화되어 있습니다.
ec2-imdsv2-tokens-absent = HttpTokens 가 설정되지 않았으므로 AMI 또는 계정 기본값이 토큰을 요구하지 않는 한 IMDSv1 을 계속 사용할 수 있습니다.
ec2-imdsv2-required = IMDSv2 세션 토큰이 필수입니다.
ec2-imdsv2-optional = HttpTokens 가 optional 이므로 IMDSv1 요청으로 인스턴스 역할의 자격 증명을 읽을 수 있습니다.
ec2-imdsv2-template = 시작 템플릿 '{ $template }'이(가) 메타데이터 옵션을 담고 있습니다.
ec2-imdsv2-template-outside = 메타데이터 옵션은 시작 템플릿 '{ $template }'에서 오지만, 이 템플릿은 스캔 대상에 없습니다.

## elb-access-logs

elb-access-logs-policy-absent = AccessLoggingPolicy 가 활성화되어 있지 않습니다: 요청이 기록되지 않습니다.
elb-access-logs-gateway = Gateway Load Balancer 에는 액세스 로그가 없습니다.
elb-access-logs-nlb-no-tls = Network Load Balancer 액세스 로그는 TLS 연결만 기록하며, 이 로드 밸런서에는 스캔 내에 TLS 리스너가 없습니다.
elb-access-logs-no-attribute = 액세스 로그가 활성화되어 있지 않습니다 (access_logs.s3.enabled 속성이 없음).
elb-access-logs-enabled = 액세스 로그가 S3에 기록됩니다.
elb-access-logs-disabled = access_logs.s3.enabled 가 false 입니다: 요청이 기록되지 않습니다.
elb-access-logs-no-value = { $key } 에 값이 없습니다.

## ec2-flow-logs

ec2-flow-logs-no-subnet = 서브넷이 지정되어 있지 않습니다 (기본 VPC 또는 시작 템플릿의 네트워크 설정).
ec2-flow-logs-subnets-outside = 서브넷이 스캔 범위 밖에서 정의되어 있습니다. VPC 흐름 로그는 VPC 가 정의된 곳에서 판정됩니다.
ec2-flow-logs-vpc-outside = VPC 가 스캔 범위 밖에서 정의되어 있습니다. VPC 흐름 로그는 VPC 가 정의된 곳에서 판정됩니다.
ec2-flow-logs-uncovered-elsewhere = 템플릿에서 서브넷 '{ $subnet }'과(와) VPC '{ $vpc }' 모두 흐름 로그가 없으며, 흐름 로그 '{ $flowlog }'은(는) 확인할 수 없는 VPC 또는 서브넷을 대상으로 합니다.
ec2-flow-logs-uncovered = 서브넷 '{ $subnet }'과(와) VPC '{ $vpc }' 모두 흐름 로그가 없으므로 인스턴스에 도달하는 트래픽이 기록되지 않습니다.
ec2-flow-logs-covered = 인스턴스의 서브넷이 VPC 흐름 로그의 대상입니다.

## elb-target-tls

elb-target-tls-lambda = Lambda 대상은 Lambda API 를 통해 호출됩니다.
elb-target-tls-no-protocol = Protocol 이 작성되어 있지 않습니다.
elb-target-tls-encrypted = 대상에 { $protocol }(으)로 연결됩니다.
elb-target-tls-quic = { $protocol }은(는) 항상 암호화됩니다 (TLS 1.3).
elb-target-tls-http = 대상에 평문 HTTP 로 연결됩니다: 로드 밸런서가 PHI 를 복호화하여 암호화하지 않은 채 전달합니다.
elb-target-tls-tcp-behind-tls = TLS 리스너 '{ $listener }'이(가) TLS 를 종료하고 이 대상들에 평문 TCP 를 전달합니다.
elb-target-tls-tcp = TCP 패스스루: 대상이 직접 TLS 를 종료해야 하며, 이는 템플릿에서 확인할 수 없습니다.
elb-target-tls-udp = { $protocol }은(는) 트래픽을 그대로 통과시킵니다. 애플리케이션이 암호화하는지는 확인할 수 없습니다.
elb-target-tls-geneve = Gateway Load Balancer 대상은 캡슐화된 트래픽을 수신합니다.
elb-target-tls-other = 인식할 수 없는 대상 그룹 프로토콜 '{ $protocol }'입니다.

## elb-listener-tls

elb-listener-tls-no-protocol = Protocol 이 작성되어 있지 않습니다 (Gateway Load Balancer 리스너에는 없음).
elb-listener-tls-encrypted = 리스너가 { $protocol }을(를) 사용합니다.
elb-listener-tls-pass-through = { $protocol }은(는) 트래픽을 변경 없이 통과시킵니다. 클라이언트와 대상이 종단 간 TLS 를 사용하는지는 확인할 수 없습니다.
elb-listener-tls-geneve = Gateway Load Balancer 리스너는 캡슐화된 트래픽을 전달합니다.
elb-listener-tls-other = 인식할 수 없는 리스너 프로토콜 '{ $protocol }'입니다.

## judge: inherited.rs

inherited-key-declared = KmsKeyId를 선언하고 { $path }에서 복원합니다. 원본과 관계없이 복원된 사본은 해당 키로 암호화됩니다.
inherited-encrypted = { $source }에서 암호화를 상속합니다.
inherited-unencrypted = { $source }에서 암호화되지 않은 스토리지를 상속합니다. 암호화되지 않은 원본의 사본은 암호화되지 않습니다.
inherited-snapshot-of = 암호화는 { $source }의 스냅샷에서 상속되며, 템플릿에는 그 암호화 여부가 나타나지 않습니다.
inherited-snapshot-of-ignored = 암호화는 { $source }의 스냅샷에서 상속되며, 템플릿에는 그 암호화 여부가 나타나지 않습니다. 복원 또는 복제 시에는 { $flag }이(가) 무시됩니다.
inherited-outside = 암호화는 { $path } '{ $source }'에서 상속되지만, 이는 이번 스캔 범위에 없습니다.
inherited-outside-ignored = 암호화는 { $path } '{ $source }'에서 상속되지만, 이는 이번 스캔 범위에 없습니다. 복원 또는 복제 시에는 { $flag }이(가) 무시됩니다.
inherited-outside-key = 암호화는 { $path } '{ $source }'에서 상속되지만, 이는 이번 스캔 범위에 없습니다. 복원된 사본을 암호화하려면 KmsKeyId를 선언하십시오.
inherited-outside-ignored-key = 암호화는 { $path } '{ $source }'에서 상속되지만, 이는 이번 스캔 범위에 없습니다. 복원 또는 복제 시에는 { $flag }이(가) 무시됩니다. 복원된 사본을 암호화하려면 KmsKeyId를 선언하십시오.

## judge: rds_settings.rs

rds-engine-inherited = 엔진은 { $path }을(를) 통해 상속되지만 여기서는 확인할 수 없습니다.
rds-engine-not-written = Engine이(가) 작성되어 있지 않습니다.
rds-engine-version-invalid = EngineVersion '{ $version }'은(는) 버전이 아닙니다.
rds-parameter-group-outside = { $path }이(가) 이번 스캔 범위 밖의 파라미터 그룹 '{ $group }'을(를) 지정합니다. { $parameter }을(를) 설정하는지는 확인할 수 없습니다.

## rds-backup-retention

rds-backup-retention-default-missing = BackupRetentionPeriod가 선언되어 있지 않습니다
rds-backup-retention-default-does = 기본적으로 자동 백업을 1일 동안(PHI에는 7일 이상 권장) 보관합니다

## rds-multi-az

what-multi-az-deployment = 다중 AZ 배포

## rds-oracle-encryption-in-transit

rds-oracle-cluster-member = DB 클러스터의 멤버입니다. DB 클러스터는 Oracle일 수 없습니다.
rds-oracle-other-engine = 엔진 '{ $engine }'은(는) Oracle이 아닙니다.
rds-oracle-custom = RDS Custom for Oracle: 네트워크 암호화는 데이터베이스 호스트에서 구성합니다.
rds-oracle-no-option-group = 옵션 그룹이 연결되어 있지 않습니다. 기본 옵션 그룹에는 네이티브 네트워크 암호화가 없으므로 연결이 암호화되지 않을 수 있습니다.
rds-oracle-default-option-group = '{ $group }'은(는) 기본 옵션 그룹이며, 네이티브 네트워크 암호화나 SSL 옵션이 없습니다.
rds-oracle-option-group-outside = OptionGroupName이 이번 스캔 범위 밖의 옵션 그룹 '{ $group }'을(를) 지정합니다. 해당 암호화 옵션은 확인할 수 없습니다.
rds-oracle-nne-required = 옵션 그룹 '{ $group }'은(는) SQLNET.ENCRYPTION_SERVER = REQUIRED로 NATIVE_NETWORK_ENCRYPTION을 활성화합니다.
rds-oracle-nne-not-required = 옵션 그룹 '{ $group }'은(는) SQLNET.ENCRYPTION_SERVER = { $value }(으)로 설정합니다. 암호화되지 않은 연결을 거부하는 것은 REQUIRED뿐입니다.
rds-oracle-nne-no-server = 옵션 그룹 '{ $group }'은(는) SQLNET.ENCRYPTION_SERVER 없이 NATIVE_NETWORK_ENCRYPTION을 활성화합니다. 기본값인 REQUESTED는 암호화하지 않는 클라이언트도 여전히 허용합니다.
rds-oracle-no-encryption-option = 옵션 그룹 '{ $group }'에는 NATIVE_NETWORK_ENCRYPTION도 SSL도 없으므로 연결이 암호화되지 않을 수 있습니다.
rds-oracle-ssl = 옵션 그룹 '{ $group }'은(는) SSL 옵션을 활성화합니다. 클라이언트가 해당 TLS 포트를 사용하는지 확인하십시오.

## rds-sqlserver-audit

rds-sqlserver-cluster-member = DB 클러스터의 멤버입니다. DB 클러스터는 SQL Server일 수 없습니다.
rds-sqlserver-other-engine = 엔진 '{ $engine }'은(는) SQL Server가 아닙니다.
rds-sqlserver-audit-custom = RDS Custom for SQL Server: 감사는 데이터베이스 호스트에서 구성합니다.
rds-sqlserver-audit-no-group = 파라미터 그룹이 연결되어 있지 않습니다. 기본 그룹은 rds.sqlserver_audit를 설정하지 않으므로 SQL Server 감사가 꺼져 있습니다.
rds-sqlserver-audit-default-group = '{ $group }'은(는) 기본 파라미터 그룹이며, rds.sqlserver_audit를 설정하지 않습니다.
rds-sqlserver-audit-on = 파라미터 그룹 '{ $group }'은(는) rds.sqlserver_audit = fedramp_hipaa를 설정합니다.
rds-sqlserver-audit-other = 파라미터 그룹 '{ $group }'은(는) rds.sqlserver_audit = { $value }(으)로 설정합니다. 감사를 활성화하려면 fedramp_hipaa로 설정하십시오.
rds-sqlserver-audit-not-literal = 파라미터 그룹 '{ $group }'의 rds.sqlserver_audit은(는) 리터럴 값이 아닙니다.
rds-sqlserver-audit-unset = 파라미터 그룹 '{ $group }'은(는) rds.sqlserver_audit를 설정하지 않으므로 SQL Server 감사가 꺼져 있습니다.
rds-sqlserver-audit-option = 옵션 그룹 '{ $group }'은(는) SQL Server Audit(SQLSERVER_AUDIT)를 활성화합니다. 백서가 제시하는 파라미터 그룹 설정은 rds.sqlserver_audit = fedramp_hipaa입니다.

## rds-sqlserver-edition

rds-sqlserver-express = SQL Server Express(sqlserver-ex)는 PHI에 지원되지 않으며, PHI를 저장하는 데 절대 사용해서는 안 됩니다.
rds-sqlserver-2008r2 = SQL Server 2008 R2({ $version })는 Enterprise 에디션에서만 PHI에 지원되며, '{ $engine }'에서는 지원되지 않습니다.
rds-sqlserver-edition-supported = '{ $engine }'은(는) PHI에 지원되는 에디션입니다.
rds-sqlserver-edition-other = SQL Server 에디션 '{ $edition }'은(는) 백서가 PHI에 지원하는 에디션(Web, Standard, Enterprise)이 아닙니다.

## rds-tls-enforced

rds-tls-param-on = { $engine }: 파라미터 그룹 '{ $group }'은(는) { $parameter } = { $value }을(를) 설정합니다.
rds-tls-param-off = { $engine }: 파라미터 그룹 '{ $group }'은(는) { $parameter } = { $value }을(를) 설정하므로 클라이언트가 TLS 없이 연결할 수 있습니다.
rds-tls-param-unreadable = { $engine }: 파라미터 그룹 '{ $group }'의 { $parameter } 값 '{ $value }'은(는) 켜짐으로도 꺼짐으로도 해석되지 않습니다.
rds-tls-param-not-literal = { $engine }: 파라미터 그룹 '{ $group }'의 { $parameter }은(는) 리터럴 값이 아니므로 켜짐으로도 꺼짐으로도 해석되지 않습니다.
rds-tls-family-default-on = { $engine }: 파라미터 그룹 '{ $group }'은(는) { $parameter }을(를) 설정하지 않지만, 해당 패밀리의 기본값({ $engine } { $version })이 TLS를 요구합니다.
rds-tls-family-default-off = { $engine }: 파라미터 그룹 '{ $group }'은(는) { $parameter }을(를) 설정하지 않으며, 패밀리의 기본값에서는 클라이언트가 TLS 없이 연결할 수 있습니다.
rds-tls-engine-default-off = { $engine }: 파라미터 그룹 '{ $group }'은(는) { $parameter }을(를) 설정하지 않습니다. 엔진 기본값에서는 클라이언트가 TLS 없이 연결할 수 있습니다.
rds-tls-default-group-on = 기본 파라미터 그룹을 사용하는 { $engine } { $version }: 기본 { $parameter } 값이 TLS를 요구합니다. 사용자 지정 파라미터 그룹에서 명시적으로 설정하면 감사자가 이 통제를 확인할 수 있습니다.
rds-tls-default-group-off = { $engine }은(는) 기본 파라미터 그룹을 사용하며, 이 그룹에서는 { $parameter }이(가) 꺼져 있습니다. 클라이언트가 TLS 없이 연결할 수 있습니다.
rds-tls-enforced-default-missing = 파라미터 그룹과 엔진 버전이 모두 선언되어 있지 않으므로 구성에서 TLS를 요구하지 않습니다
rds-tls-enforced-default-does = PostgreSQL 데이터베이스를 기본적으로 15 이상 버전으로 생성하며, 그 기본 파라미터 그룹은 rds.force_ssl = 1을 설정합니다

## judge: cache_engine.rs

cache-engine-unrecognised = 인식할 수 없는 엔진 '{ $engine }'입니다.
cache-engine-not-written = Engine이(가) 작성되어 있지 않습니다.
cache-engine-group-node = 복제 그룹의 노드입니다. 판정은 복제 그룹이 담당합니다.
cache-engine-memcached = Memcached: 백서의 ElastiCache 요구 사항은 Redis를 위한 것입니다(Memcached는 규칙 elasticache-memcached-not-for-phi가 다룹니다).
cache-engine-from-global = { $path }은(는) 글로벌 데이터 스토어의 기본 복제 그룹에서 상속되며, 여기서는 확인할 수 없습니다.

## elasticache-at-rest-encryption

elasticache-at-rest-serverless = 서버리스 캐시는 저장 데이터를 항상 암호화합니다.
elasticache-at-rest-cache-cluster = 독립 실행형 캐시 클러스터는 저장 데이터를 암호화할 수 없습니다. AtRestEncryptionEnabled를 지정한 복제 그룹을 생성하십시오.
elasticache-at-rest-on = 저장 데이터가 암호화되어 있습니다(AtRestEncryptionEnabled).
elasticache-at-rest-off = AtRestEncryptionEnabled가 false입니다. 디스크의 데이터와 백업이 암호화되지 않습니다.
elasticache-at-rest-absent = AtRestEncryptionEnabled가 설정되어 있지 않으며, Redis OSS 복제 그룹은 기본적으로 저장 시 암호화되지 않습니다.

## elasticache-engine-version

elasticache-version-serverless = 서버리스 캐시는 AWS가 관리하는 버전으로 실행됩니다.
elasticache-version-valkey = Valkey(7.2 이상)는 적격 엔진입니다.
elasticache-version-default = EngineVersion이 설정되어 있지 않습니다. ElastiCache는 현재 기본 버전을 사용하며, 이 버전은 적격입니다.
elasticache-version-invalid = EngineVersion '{ $version }'은(는) 버전이 아닙니다.
elasticache-version-326 = Redis 3.2.6은 적격 버전입니다.
elasticache-version-current = Redis { $version }은(는) 4.0.10 이상입니다.
elasticache-version-ineligible = Redis { $version }은(는) PHI에 적격하지 않습니다. 3.2.6 또는 4.0.10 이상을 사용하십시오.

## elasticache-memcached-not-for-phi

elasticache-memcached-other-engine = { $engine }을(를) 실행하며, 이는 Redis 규칙이 다룹니다.
elasticache-memcached-serverless = 서버리스 Memcached는 데이터를 암호화하지만 클라이언트를 인증할 수 없습니다. 백서는 ElastiCache for Redis에서만 PHI를 지원합니다.
elasticache-memcached = Memcached는 저장 데이터를 암호화하거나 클라이언트를 인증할 수 없습니다. 백서는 ElastiCache for Redis에서만 PHI를 지원합니다.

## elasticache-node-type

elasticache-node-serverless = 서버리스 캐시에는 노드 유형이 없습니다.
elasticache-node-not-written = CacheNodeType이 작성되어 있지 않습니다(스냅샷 또는 글로벌 데이터 스토어에서 가져옵니다).
elasticache-node-invalid = '{ $node }'은(는) ElastiCache 노드 유형이 아닙니다.
elasticache-node-previous = { $node }은(는) 이전 세대 노드 유형입니다.
elasticache-node-current = { $node }은(는) 현재 세대 노드 유형입니다.

## elasticache-redis-auth

elasticache-auth-cache-cluster = 독립 실행형 캐시 클러스터는 Redis AUTH를 요구할 수 없습니다. AuthToken 또는 사용자 그룹을 지정한 복제 그룹을 생성하십시오.
elasticache-auth-rbac = 클라이언트는 RBAC 사용자 그룹을 통해 인증됩니다.
elasticache-auth-no-user-group = 사용자 그룹이 연결되어 있지 않습니다(UserGroupId). 캐시에 접근하는 클라이언트가 인증되지 않습니다.
elasticache-auth-none = AuthToken과 UserGroupIds가 모두 설정되어 있지 않습니다. 캐시에 접근하는 클라이언트가 인증되지 않습니다.
elasticache-auth-token-short = 템플릿에 작성된 AuthToken이 16자보다 짧습니다. 또한 템플릿을 볼 수 있는 누구나 읽을 수 있습니다.
elasticache-auth-token-long = 템플릿에 작성된 AuthToken이 128자보다 깁니다. 또한 템플릿을 볼 수 있는 누구나 읽을 수 있습니다.
elasticache-auth-token-not-ascii = 템플릿에 작성된 AuthToken에 인쇄 가능한 ASCII가 아닌 문자가 포함되어 있습니다. 또한 템플릿을 볼 수 있는 누구나 읽을 수 있습니다.
elasticache-auth-token-forbidden = 템플릿에 작성된 AuthToken에 '/', '"' 또는 '@'가 포함되어 있습니다. 또한 템플릿을 볼 수 있는 누구나 읽을 수 있습니다.
elasticache-auth-token-in-template = Redis AUTH가 필수입니다. 토큰이 템플릿에 작성되어 있으므로 Secrets Manager 또는 NoEcho 파라미터로 옮기십시오.
elasticache-auth-token-in-repository = Redis AUTH가 필수입니다. 토큰이 리포지토리에 작성되어 있으므로(숨겨진 리터럴 또는 변수의 기본값) Secrets Manager로 옮기십시오.
elasticache-auth-token-secret = Redis AUTH가 필수입니다(토큰은 시크릿에서 제공됨).

## elasticache-security-updates

elasticache-update-unnamed = (이름 없는 업데이트)
elasticache-update-its-cluster = 해당 클러스터
elasticache-update-not-security = 업데이트 { $name }의 유형은 { $type }이며, 보안 업데이트가 아닙니다.
elasticache-update-type-not-collected = ServiceUpdateType이 수집되지 않았습니다.
elasticache-update-status-not-collected = UpdateActionStatus가 수집되지 않았습니다.
elasticache-update-done = { $target }에 대한 보안 업데이트 { $name }의 상태는 { $status }입니다.
elasticache-update-no-date = { $target }에 대한 보안 업데이트 { $name }의 상태는 { $status }이며, ServiceUpdateRecommendedApplyByDate를 읽지 못했습니다.
elasticache-update-overdue = { $target }에 대한 보안 업데이트 { $name }의 상태는 { $status }이며, 권장 적용 기한 { $date }을(를) { $days }일 지났습니다.
elasticache-update-not-due = { $target }에 대한 보안 업데이트 { $name }의 상태는 { $status }이지만, 기한은 { $date }입니다.

## elasticache-transit-encryption

elasticache-transit-serverless = 서버리스 캐시는 TLS 연결만 허용합니다.
elasticache-transit-preferred = TransitEncryptionMode가 'preferred'입니다. 캐시가 암호화되지 않은 연결도 여전히 허용합니다.
elasticache-transit-required = 모든 연결에 TLS가 필수입니다.
elasticache-transit-mode-unknown = 인식할 수 없는 TransitEncryptionMode '{ $mode }'입니다.
elasticache-transit-default-mode = TLS가 활성화되어 있으며 필수입니다(기본 모드).
elasticache-transit-off = TransitEncryptionEnabled가 false입니다. 클라이언트가 일반 텍스트로 연결합니다.
elasticache-transit-cache-cluster = 이 독립 실행형 캐시 클러스터에는 TransitEncryptionEnabled가 설정되어 있지 않습니다. 클라이언트가 일반 텍스트로 연결합니다. TLS를 사용하는 복제 그룹을 사용하십시오.
elasticache-transit-absent = TransitEncryptionEnabled가 설정되어 있지 않으므로 TLS가 꺼져 있고 클라이언트가 일반 텍스트로 연결합니다.

## apigateway-cache-encrypted

apigateway-cache-no-stage-settings = 배포에 스테이지 설정이 기술되어 있지 않습니다.
apigateway-cache-api = 캐시 설정은 API의 스테이지가 가집니다.
apigateway-cache-no-cluster = 스테이지에 캐시 클러스터가 없습니다.
apigateway-cache-unencrypted = 스테이지가 응답을 캐시하지만 CacheDataEncrypted가 false입니다.
apigateway-cache-encryption-absent = 스테이지가 응답을 캐시하지만 CacheDataEncrypted를 설정하지 않으므로 캐시가 암호화되지 않습니다.
apigateway-cache-default-unencrypted = 스테이지에 기본적으로 GET 메서드를 캐시하는 캐시 클러스터가 있지만, 스테이지 전체 설정(ResourcePath /*, HttpMethod *) 중 CacheDataEncrypted를 설정하는 것이 없으므로 캐시가 암호화되지 않습니다.
apigateway-cache-override-unencrypted = 메서드 재정의가 CacheDataEncrypted를 false로 하여 응답을 캐시합니다.
apigateway-cache-override-inherits = 메서드 재정의가 자체 CacheDataEncrypted 없이 응답을 캐시합니다. 스테이지 전체 설정을 상속하는지는 템플릿으로 알 수 없습니다.
apigateway-cache-override-absent = 메서드 재정의가 CacheDataEncrypted 없이 응답을 캐시합니다.
apigateway-cache-encrypted = 캐시 데이터가 스테이지 전체에서 암호화됩니다.
apigateway-cache-no-method = 응답을 캐시하는 메서드가 없습니다.

## apigateway-domain-tls12

apigateway-tls-policy-strong = 보안 정책 { $policy }은(는) 1.2 미만의 TLS를 거부합니다.
apigateway-tls-policy-weak = 보안 정책 { $policy }은(는) TLS 1.0 및 1.1을 허용합니다.
apigateway-tls-policy-unknown = 보안 정책 '{ $policy }'은(는) phiguard가 알고 있는 정책이 아닙니다.
apigateway-tls-policy-absent = SecurityPolicy가 설정되어 있지 않습니다. REST API 사용자 지정 도메인의 기본값은 TLS_1_0이며, TLS 1.0 및 1.1을 허용합니다.
apigateway-tls-no-configuration = 도메인 이름 구성이 작성되어 있지 않습니다. API Gateway V2 도메인 이름의 기본값은 TLS_1_2입니다.
apigateway-tls-v2-default = SecurityPolicy가 작성되어 있지 않습니다. API Gateway V2 도메인 이름의 기본값은 TLS_1_2입니다.

## apigateway-logging

apigateway-logging-access = 액세스 로그가 CloudWatch로 전송됩니다.
apigateway-logging-execution = 수준 { $level }의 실행 로그가 CloudWatch로 전송됩니다.
apigateway-logging-no-stage = 배포가 스테이지를 생성하지 않습니다.
apigateway-logging-deployment-none = 배포가 액세스 로깅도 실행 로깅도 없는 스테이지를 생성합니다.
apigateway-logging-api = 로깅 설정은 API의 스테이지가 가집니다.
apigateway-logging-off = 스테이지가 액세스 로그도 실행 로그도 기록하지 않으므로 API 호출이 감사 기록으로 남지 않습니다.

## apigateway-method-authorization

apigateway-auth-options-method = OPTIONS(CORS 사전 요청) 메서드는 데이터를 전달하지 않습니다.
apigateway-auth-mock = MOCK 통합은 고정된 응답을 반환하며 백엔드에 도달하지 않습니다.
apigateway-auth-absent = AuthorizationType이 설정되어 있지 않으므로 기본값인 NONE이 됩니다. 엔드포인트에 도달하는 누구나 호출할 수 있습니다.
apigateway-auth-absent-api-key = AuthorizationType이 설정되어 있지 않으므로 기본값인 NONE이 됩니다. 엔드포인트에 도달하는 누구나 호출할 수 있습니다. API 키가 필수이지만, API 키는 권한 부여 메커니즘이 아닙니다.
apigateway-auth-none = AuthorizationType이 NONE입니다. 엔드포인트에 도달하는 누구나 호출할 수 있습니다.
apigateway-auth-none-api-key = AuthorizationType이 NONE입니다. 엔드포인트에 도달하는 누구나 호출할 수 있습니다. API 키가 필수이지만, API 키는 권한 부여 메커니즘이 아닙니다.
apigateway-auth-type = 호출자는 { $type }(으)로 권한을 부여받습니다.
apigateway-auth-options-route = OPTIONS(CORS 사전 요청) 라우트는 데이터를 전달하지 않습니다.
apigateway-auth-default-route = $default 라우트의 API가 스캔 범위에 없으므로, 이것이 WebSocket 라우트(권한 부여자를 가질 수 없음)인지 알 수 없습니다.
apigateway-auth-websocket-route = $connect 이외의 WebSocket 라우트는 연결이 이루어질 때 권한이 부여됩니다.

## apigateway-no-data-trace

apigateway-trace-no-stage = 여기에는 스테이지 설정이 정의되어 있지 않습니다.
apigateway-trace-on = { $path }이(가) true입니다. 요청 및 응답 본문 전체가 포함된 PHI와 함께 CloudWatch Logs에 기록됩니다.
apigateway-trace-off = 데이터 추적이 꺼져 있습니다(DataTraceEnabled가 true가 아님).

## dms-endpoint-ssl

dms-endpoint-no-engine = 엔드포인트에 엔진이 지정되어 있지 않습니다.
dms-ssl-https = { $engine } 엔드포인트는 서비스의 HTTPS API를 사용합니다.
dms-ssl-kafka-plaintext = Kafka 엔드포인트가 일반 텍스트로 연결합니다.
dms-ssl-kafka-protocol = Kafka 엔드포인트가 { $protocol }(으)로 연결합니다.
dms-ssl-kafka-absent = SecurityProtocol이 없습니다. DMS가 Kafka 브로커에 일반 텍스트로 연결합니다.
dms-ssl-not-judged = { $engine } 엔드포인트의 SSL 설정은 판정하지 않습니다.
dms-ssl-none = SslMode가 none입니다. { $engine } 연결이 PHI를 일반 텍스트로 전달합니다.
dms-ssl-on = { $engine } 연결이 SSL({ $mode })을 사용합니다.
dms-ssl-absent = SslMode가 설정되어 있지 않습니다. DMS는 기본적으로 SSL 없이 { $engine }에 연결합니다.

## dms-kms-key

dms-kms-key-serverless = 지정된 KMS 키가 서버리스 복제의 스토리지를 암호화합니다.
dms-kms-key-endpoint = 지정된 KMS 키가 엔드포인트의 연결 설정을 암호화합니다.
dms-kms-key-instance = 지정된 KMS 키가 복제 인스턴스의 스토리지를 암호화합니다.
dms-kms-key-default-missing-serverless = 서버리스 복제의 스토리지에 KMS 키가 지정되어 있지 않습니다
dms-kms-key-default-missing-endpoint = 엔드포인트의 연결 설정에 KMS 키가 지정되어 있지 않습니다
dms-kms-key-default-missing-instance = 복제 인스턴스의 스토리지에 KMS 키가 지정되어 있지 않습니다
dms-kms-key-default-does = 이를 AWS 관리형 키 aws/dms로 암호화합니다

## dms-replication-instance-private

dms-instance-private = 복제 인스턴스에는 프라이빗 주소만 있습니다.
dms-instance-public = 복제 인스턴스에 퍼블릭 액세스가 가능합니다.
dms-instance-public-absent = PubliclyAccessible이 설정되어 있지 않습니다. DMS는 기본적으로 복제 인스턴스를 퍼블릭 액세스 가능하게 합니다.

## dms-target-encrypted

dms-target-db-encrypted = 대상 '{ $target }'은(는) 스토리지를 암호화합니다.
dms-target-db-unencrypted = 대상 '{ $target }'은(는) 스토리지를 암호화하지 않습니다({ $path }이(가) true가 아님).
dms-target-source-endpoint = 소스 엔드포인트입니다.
dms-target-s3-mode = DMS는 대상 파일을 { $mode }(으)로 기록합니다.
dms-target-s3-mode-unknown = EncryptionMode '{ $mode }'은(는) 알려진 모드가 아닙니다.
dms-target-dynamodb = DynamoDB는 모든 테이블을 암호화합니다. 키는 테이블 규칙이 판정합니다.
dms-target-no-server = { $engine } 대상에 서버가 지정되어 있지 않습니다(시크릿에서 가져올 수 있음).
dms-target-outside = 대상 '{ $target }'은(는) 이번 스캔에 정의되어 있지 않습니다. 관리되는 곳에서 암호화를 확인하십시오.
dms-target-other = 대상 서버가 { $kind } 유형의 리소스인 '{ $target }'을(를) 가리킵니다.
