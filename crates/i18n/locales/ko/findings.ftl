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
## elb-listener-tls

elb-listener-tls-no-actions = HTTP 리스너가 작업을 선언하지 않습니다.
elb-listener-tls-no-type = { $path }에 Type 이 없습니다.
elb-listener-tls-rule-no-type = 리스너 규칙 '{ $rule }': { $path }에 Type 이 없습니다.
elb-listener-tls-redirects = HTTP 리스너는 HTTPS 로의 리디렉션만 수행합니다.
elb-listener-tls-redirect-other = HTTP 리스너가 HTTPS 가 아닌 '{ $protocol }'(으)로 리디렉션합니다.
elb-listener-tls-rule-redirect-other = 리스너 규칙 '{ $rule }': HTTP 리스너가 HTTPS 가 아닌 '{ $protocol }'(으)로 리디렉션합니다.
elb-listener-tls-redirect-no-protocol = HTTP 리스너가 Protocol: HTTPS 를 설정하지 않고 리디렉션하므로 리디렉션 후에도 일반 HTTP 가 유지됩니다.
elb-listener-tls-rule-redirect-no-protocol = 리스너 규칙 '{ $rule }': HTTP 리스너가 Protocol: HTTPS 를 설정하지 않고 리디렉션하므로 리디렉션 후에도 일반 HTTP 가 유지됩니다.
elb-listener-tls-fixed-response = HTTP 리스너는 HTTPS 로의 리디렉션 또는 고정 응답만 수행합니다.
elb-listener-tls-plain = HTTP 리스너가 요청을 평문으로 처리합니다 ({ $type } 작업).
elb-listener-tls-rule-plain = 리스너 규칙 '{ $rule }': HTTP 리스너가 요청을 평문으로 처리합니다 ({ $type } 작업).
elb-listener-tls-classic-encrypted = 모든 리스너가 HTTPS 또는 SSL ({ $protocol })을 사용합니다.
elb-listener-tls-classic-http = 리스너가 일반 HTTP 를 허용합니다. Classic Load Balancer 는 리디렉션할 수 없으므로 PHI 가 암호화되지 않은 채 전송될 수 있습니다.
elb-listener-tls-classic-tcp = TCP 리스너는 트래픽을 그대로 통과시킵니다. 애플리케이션이 TLS 를 사용하는지는 확인할 수 없습니다.
elb-classic-no-listeners = 로드 밸런서가 리스너를 선언하지 않습니다.
elb-path-not-written = { $path }이(가) 작성되어 있지 않습니다.

## elb-target-tls

elb-target-tls-classic-encrypted = 모든 리스너가 { $protocol }(으)로 인스턴스에 연결합니다.
elb-target-tls-classic-http = 리스너가 일반 HTTP 로 인스턴스에 전달합니다.
elb-target-tls-classic-ssl-tcp = SSL 리스너가 TLS 를 종료하고 인스턴스에 일반 TCP 를 전달합니다.
elb-target-tls-classic-tcp = TCP 패스스루입니다. 인스턴스가 직접 TLS 를 종료해야 하지만 이를 확인할 수 없습니다.
elb-target-tls-classic-other = 인식할 수 없는 인스턴스 프로토콜 '{ $protocol }'입니다.
elb-target-tls-classic-http-default = InstanceProtocol 이 없는 HTTP 리스너는 HTTP 로 인스턴스에 전달합니다.
elb-target-tls-classic-absent = { $path }이(가) 작성되어 있지 않으므로 백엔드 프로토콜은 AWS 가 선택하며, 암호화되어 있음을 확인할 수 없습니다.

## elb-tls-policy

elb-tls-policy-no-tls = { $protocol } 리스너는 TLS 를 협상하지 않습니다.
elb-tls-policy-no-protocol = 리스너에 프로토콜이 없습니다.
elb-tls-policy-absent = SslPolicy 가 설정되어 있지 않으므로 리스너는 TLS 1.0 을 허용하는 { $policy }을(를) 사용합니다.
elb-tls-policy-minimum = { $policy }은(는) { $protocol } 이상을 요구합니다.
elb-tls-policy-old = { $policy }은(는) { $protocol }을(를) 허용합니다. TLS 1.2 정책을 사용하십시오.
elb-tls-policy-unknown = '{ $policy }'은(는) 이 규칙이 알고 있는 보안 정책이 아닙니다.
elb-tls-policy-classic-absent = HTTPS/SSL 리스너에 SSL 협상 정책이 없으므로 TLS 1.0 을 허용하는 { $policy }이(가) 사용됩니다.
elb-tls-policy-no-secure-listeners = HTTPS 또는 SSL 리스너가 없습니다.
elb-tls-policy-reference-not-literal = 참조된 보안 정책이 리터럴 값이 아닙니다.
elb-tls-policy-custom-old = 사용자 지정 SSL 정책이 { $protocols }을(를) 활성화합니다.
elb-tls-policy-custom-tls12 = 사용자 지정 SSL 정책은 TLS 1.2 만 허용합니다.
elb-tls-policy-custom-unrecognised = 사용자 지정 SSL 정책이 이 규칙이 인식하는 프로토콜을 활성화하지 않습니다.

## flow-transmission-encrypted

flow-service-api = PHI 가 { $via }을(를) 통해 { $from }에서 { $to }(으)로 이동합니다. 이는 HTTPS 를 통한 AWS API 호출입니다.
flow-hop = { $hop ->
    [subscription] 구독 { $name }
    [topic-subscription] 주제 { $name }의 구독 { $index }
    [target-group] 대상 그룹 { $name }
    [listener] 리스너 { $name }
    [method] 메서드 { $name }
    [integration] 통합 { $name }
    [api] API { $name } ({ $path })
    [delivery-stream] 전송 스트림 { $name }
   *[origin] 배포 { $name }의 오리진 '{ $origin }'
}
flow-url-http = { flow-hop }은(는) 일반 HTTP 로 PHI 를 { $url }에 전송합니다.
flow-url-http-firehose = { flow-hop }은(는) 일반 HTTP 로 PHI 를 { $url }에 전송합니다 (Firehose 는 https:// 엔드포인트 URL 만 허용합니다).
flow-url-https = { flow-hop }은(는) HTTPS 로 PHI 를 { $url }에 전송합니다.
flow-url-other = { flow-hop }은(는) PHI 를 '{ $url }'에 전송하지만, 이는 http:// 또는 https:// URL 이 아닙니다.
flow-url-none = { flow-hop }이(가) URL 을 지정하지 않습니다.
flow-sns-http = { flow-hop }은(는) 일반 HTTP 로 PHI 를 { $endpoint }에 전달합니다.
flow-sns-http-no-endpoint = { flow-hop }은(는) 일반 HTTP 로 PHI 를 엔드포인트에 전달합니다.
flow-sns-https = { flow-hop }은(는) HTTPS 로 PHI 를 전달합니다.
flow-sns-aws = { flow-hop }은(는) AWS 내부에서 TLS 로 PHI 를 { $protocol }에 전달합니다.
flow-sns-message = { flow-hop }은(는) { $protocol }(으)로 PHI 를 전달합니다. 전송 중 암호화 여부는 이 구성이 아니라 수신 메일 서버 또는 통신 사업자에 따라 달라집니다.
flow-protocol-other = { flow-hop }은(는) 프로토콜 '{ $protocol }'을(를) 사용합니다.
flow-protocol-none = { flow-hop }이(가) 프로토콜을 선언하지 않습니다.
flow-target-group-lambda = { flow-hop }은(는) Lambda API 를 통해 TLS 로 Lambda 함수를 호출합니다.
flow-target-group-tls = { flow-hop }은(는) { $protocol }(으)로 대상에 연결합니다.
flow-target-group-http = { flow-hop }은(는) 일반 HTTP 로 PHI 를 대상에 전송합니다.
flow-target-group-behind-tls = 리스너 { $listener }이(가) TLS 를 종료하고 { flow-hop }은(는) 일반 { $protocol }(으)로 PHI 를 대상에 전달합니다.
flow-target-group-pass-through = { flow-hop }은(는) { $protocol }을(를) 그대로 통과시킵니다. 이 홉은 대상이 TLS 를 사용하는 경우에만 암호화됩니다.
flow-listener-tls = { flow-hop }은(는) { $protocol }(으)로 연결을 수락합니다.
flow-listener-redirects = { flow-hop }은(는) HTTP 를 HTTPS 로 리디렉션합니다.
flow-listener-http = { flow-hop }은(는) 클라이언트와 주고받는 PHI 를 일반 HTTP 로 전송합니다.
flow-listener-pass-through = { flow-hop }은(는) { $protocol }을(를) 그대로 통과시킵니다. 이 홉은 클라이언트와 대상이 TLS 를 사용하는 경우에만 암호화됩니다.
flow-integration-private = { flow-hop }은(는) 프라이빗입니다. TlsConfig 가 없으면 지정한 리스너의 프로토콜을 사용합니다.
flow-integration-private-tls = { flow-hop }은(는) 프라이빗 대상에 TLS 를 사용합니다.
flow-origin-vpc-outside = { flow-hop }은(는) 다른 곳에서 정의된 VPC 오리진입니다. 해당 프로토콜 정책은 여기에서 확인할 수 없습니다.
flow-origin-https = { flow-hop }은(는) HTTPS 로만 가져옵니다.
flow-origin-http = { flow-hop }은(는) 일반 HTTP 로 가져옵니다.
flow-origin-policy-other = { flow-hop }은(는) OriginProtocolPolicy '{ $policy }'을(를) 사용합니다.
flow-origin-policy-none = { flow-hop }이(가) OriginProtocolPolicy 를 선언하지 않습니다.
flow-origin-viewer-http = { flow-hop }은(는) HTTP 뷰어를 허용하는 동작에 PHI 를 제공하며, { $fetch ->
    [s3] S3 오리진은 뷰어의 프로토콜로 가져오므로
   *[match-viewer] 오리진은 뷰어의 프로토콜(match-viewer)로 가져오므로
} PHI 가 일반 HTTP 로 전송될 수 있습니다.
flow-origin-viewer-policy = { flow-hop }: ViewerProtocolPolicy { $policy }
flow-origin-viewer-policy-none = { flow-hop }: ViewerProtocolPolicy 가 설정되어 있지 않습니다.
flow-origin-viewer-https = { flow-hop }: { $fetch ->
    [s3] S3 오리진은 뷰어의 프로토콜로 가져오며
   *[match-viewer] 오리진은 뷰어의 프로토콜(match-viewer)로 가져오며
}, 이 오리진으로 라우팅되는 모든 동작이 뷰어에게 HTTPS 를 사용하게 합니다.

## cloudfront-origin-https

cloudfront-no-origins = 배포가 오리진을 선언하지 않습니다.
cloudfront-path-not-written = { $path }이(가) 작성되어 있지 않습니다.
cloudfront-origin-vpc-no-endpoint = VPC 오리진 '{ $origin }'에 스캔 내 엔드포인트 구성이 없습니다.
cloudfront-origin-vpc-outside = VPC 오리진 '{ $origin }'은(는) 이 스캔 외부에서 정의되어 있어 오리진 프로토콜을 확인할 수 없습니다.
cloudfront-origin-no-config = 오리진 '{ $origin }'이(가) 사용자 지정 오리진 구성도 S3 오리진 구성도 선언하지 않습니다.
cloudfront-origin-http-only = 오리진 '{ $origin }'은(는) 일반 HTTP 로 가져옵니다 (OriginProtocolPolicy: http-only).
cloudfront-origin-policy-other = 인식할 수 없는 OriginProtocolPolicy '{ $policy }'입니다.
cloudfront-origin-ssl-unresolved = { $path }에 배포 시에만 알 수 있는 값이 있습니다.
cloudfront-origin-tls12 = 오리진 '{ $origin }'은(는) TLS 1.2 를 사용하는 HTTPS 로 가져옵니다.
cloudfront-origin-old-tls = 오리진 '{ $origin }'은(는) HTTPS 로 가져오지만 TLS 1.2 가 아닌 { $protocols }만 사용합니다.
cloudfront-origin-https-only = 오리진 '{ $origin }'은(는) HTTPS 로만 가져옵니다.
cloudfront-origin-kind = { $kind ->
    [s3] S3 오리진
   *[match-viewer] match-viewer 오리진
}
cloudfront-origin-every-behavior-https = { cloudfront-origin-kind } '{ $origin }'에는 HTTPS 로 연결됩니다. 모든 캐시 동작이 뷰어에게 HTTPS 를 요구합니다.
cloudfront-origin-id-unresolved = { cloudfront-origin-kind } { $origin }의 Id 가 리터럴 값이 아니므로 이 오리진으로 라우팅되는 동작을 알 수 없습니다.
cloudfront-origin-target-unresolved = { $behavior }.TargetOriginId 가 리터럴 값이 아니므로 { cloudfront-origin-kind } '{ $origin }'(으)로 라우팅되는 동작을 알 수 없습니다.
cloudfront-origin-routed-https = { cloudfront-origin-kind } '{ $origin }'에는 HTTPS 로 연결됩니다. 이 오리진으로 라우팅되는 모든 동작이 뷰어에게 HTTPS 를 요구합니다.
cloudfront-origin-routed-http = { cloudfront-origin-kind } '{ $origin }'은(는) 뷰어의 프로토콜로 가져오며, { $behavior }은(는) 일반 HTTP 를 허용합니다 (allow-all).
cloudfront-origin-routed-unresolved = { cloudfront-origin-kind } '{ $origin }': { $behavior }의 뷰어 프로토콜 정책을 확인할 수 없습니다.
cloudfront-origin-not-routed = { cloudfront-origin-kind } '{ $origin }'(으)로 라우팅되는 캐시 동작이 없습니다.
cloudfront-origin-no-behaviors = 동작이 없습니다.

## cloudfront-s3-origin-encrypted

cloudfront-s3-origin-none = S3 오리진이 없습니다. 사용자 지정 오리진은 자체 스토리지를 암호화합니다.

## cloudfront-tls-minimum

cloudfront-tls-minimum-default-certificate = 배포가 CloudFront 의 기본 인증서를 사용하며, 이 인증서의 최소 프로토콜 (TLSv1)은 변경할 수 없습니다.
cloudfront-tls-minimum-absent = MinimumProtocolVersion 이 설정되어 있지 않으므로 뷰어가 TLSv1 로 연결할 수 있습니다.
cloudfront-tls-minimum-ok = { $version }은(는) { $protocol } 이상을 요구합니다.
cloudfront-tls-minimum-old = { $version }은(는) { $protocol }을(를) 허용합니다. TLSv1.2_2021 을 사용하십시오.
cloudfront-tls-minimum-unknown = '{ $version }'은(는) 이 규칙이 알고 있는 프로토콜 버전이 아닙니다.

## cloudfront-viewer-https

cloudfront-viewer-no-behavior = 배포가 캐시 동작을 선언하지 않습니다.
cloudfront-viewer-https = 모든 캐시 동작이 HTTPS 를 요구합니다 ({ $policy }).
cloudfront-viewer-allow-all = { $path }은(는) 일반 HTTP 를 허용합니다 (ViewerProtocolPolicy: allow-all).
cloudfront-viewer-other = 인식할 수 없는 ViewerProtocolPolicy '{ $policy }'입니다.

## neptune-audit-logs

neptune-audit-exports-absent = 감사 로그를 내보내지 않습니다 (EnableCloudwatchLogsExports 가 설정되어 있지 않음).
neptune-audit-exports-unresolved = { $path }을(를) 완전히 확인할 수 없습니다.
neptune-audit-group-outside = 파라미터 그룹 '{ $group }'이(가) 이 스캔에 없습니다. 해당 그룹에서 neptune_enable_audit_log 를 확인하십시오.
neptune-group-other = 파라미터 그룹이 '{ $name }'({ $kind })을(를) 가리킵니다.
neptune-audit-on = '{ $group }'에서 감사 로깅이 켜져 있으며 CloudWatch Logs 로 내보냅니다.
neptune-audit-off = 파라미터 그룹 '{ $group }'이(가) neptune_enable_audit_log 를 켜지 않습니다.
neptune-audit-default = 파라미터 그룹 '{ $group }'이(가) neptune_enable_audit_log 를 기본값 0 으로 두므로 아무것도 기록되지 않습니다.

## neptune-storage-encrypted

neptune-storage-encrypted-absent = StorageEncrypted 가 설정되어 있지 않습니다. Neptune 은 기본적으로 암호화되지 않은 클러스터를 생성합니다.

## neptune-tls

neptune-tls-https-only = 엔진 { $version }은(는) HTTPS 연결 (TLS 1.2 이상)만 허용합니다.
neptune-tls-version-unparsed = EngineVersion '{ $version }'은(는) 버전 번호가 아닙니다.
neptune-tls-default-group = 엔진 { $version }은(는) SSL 을 요구하는 기본 파라미터 그룹을 사용합니다.
neptune-tls-group-outside = 엔진 { $version }은(는) HTTPS 전용 Neptune 이전 버전이며, 해당 파라미터 그룹 '{ $group }'이(가) 이 스캔에 없습니다.
neptune-tls-ssl-off = neptune_enforce_ssl 을 0 으로 설정한 파라미터 그룹 '{ $group }'을(를) 사용하는 엔진 { $version }은(는) 평문 연결을 허용합니다.
neptune-tls-ssl-on = 파라미터 그룹 '{ $group }'이(가) SSL 을 강제합니다.
neptune-tls-ssl-default = 파라미터 그룹 '{ $group }'은(는) SSL 을 요구하는 기본값을 유지합니다.

## lambdaedge-https

lambdaedge-https-viewer-http = Lambda@Edge 를 실행하는 동작이 일반 HTTP 를 통한 뷰어 연결을 허용합니다.
lambdaedge-https-viewer-absent = Lambda@Edge 를 실행하는 동작에 ViewerProtocolPolicy 가 없습니다.
lambdaedge-https-no-origin = { $path }이(가) 배포의 어떤 오리진도 지정하지 않습니다.
lambdaedge-https-origin-http = Lambda@Edge 를 실행하는 동작의 오리진에는 HTTP (http-only)로 연결됩니다. 뷰어는 { $policy }을(를) 사용합니다.
lambdaedge-https-none = Lambda@Edge 를 실행하는 캐시 동작이 없습니다.
lambdaedge-https-ok = Lambda@Edge 를 실행하는 동작은 뷰어와 오리진 모두에 HTTPS 를 사용합니다.

## events-api-destination-https

events-api-destination-no-endpoint = InvocationEndpoint 가 작성되어 있지 않습니다.
events-api-destination-https = 이벤트가 HTTPS 로 전달됩니다.
events-api-destination-http = 엔드포인트 { $url }은(는) 일반 HTTP 이므로 이벤트가 평문으로 전송됩니다.
events-api-destination-other = '{ $url }'은(는) http(s) URL 이 아닙니다.

## judge: endpoint_url.rs

endpoint-url-http = { $name }이(가) http://{ $host }을(를) 가리킵니다. 이 엔드포인트로 가는 요청은 평문으로 전송됩니다.
endpoint-url-http-dynamodb = { $name }이(가) http://{ $host } (DynamoDB 엔드포인트)을(를) 가리킵니다. 이 엔드포인트로 가는 요청은 평문으로 전송됩니다.
endpoint-url-http-more = { $name }이(가) http://{ $host }을(를) 가리킵니다 (그 외 { $more }개). 이 엔드포인트로 가는 요청은 평문으로 전송됩니다.
endpoint-url-http-dynamodb-more = { $name }이(가) http://{ $host } (DynamoDB 엔드포인트)을(를) 가리킵니다 (그 외 { $more }개). 이 엔드포인트로 가는 요청은 평문으로 전송됩니다.
endpoint-url-https = 구성에 있는 엔드포인트 URL { $count }개가 https:// 를 사용합니다.
endpoint-url-none = 구성에 엔드포인트 URL 이 작성되어 있지 않습니다 (코드에서 이루어지는 호출은 코드 검토가 필요합니다).

## judge: reference.rs

reference-other-kind = { $path }은(는) '{ $name }'을(를) 참조하지만, 이는 { $wanted }이(가) 아니라 { $kind }입니다.
reference-found = { $path }은(는) '{ $name }'을(를) 참조합니다.
reference-outside = { $path }은(는) '{ $name }'을(를) 지정하지만, 이는 이 스캔에 없습니다.

## elb-access-logs

elb-access-logs-key-unreadable = 속성 키: { $reason }

## elb-listener-tls

elb-listener-tls-rule-actions-unreadable = 리스너 규칙 '{ $rule }'의 작업: { $reason }
elb-listener-tls-type-unreadable = 작업 유형: { $reason }
elb-listener-tls-rule-type-unreadable = 리스너 규칙 '{ $rule }'의 작업 유형: { $reason }
elb-listener-tls-redirect-unreadable = 리디렉션 프로토콜: { $reason }
elb-listener-tls-rule-redirect-unreadable = 리스너 규칙 '{ $rule }'의 리디렉션 프로토콜: { $reason }

## flow-transmission-encrypted

flow-unreadable = { flow-hop }: { $property }: { $reason }

## neptune-tls

neptune-parameters-unreadable = '{ $group }'의 파라미터: { $reason }
## phi-store-not-public

phi-store-no-phi = 이 리소스는 PHI를 보관하지 않습니다.
phi-store-redshift-private = PubliclyAccessible이 설정되지 않았습니다. Redshift 클러스터는 이 값이 true가 아닌 한 프라이빗입니다.
phi-store-broker-private = PubliclyAccessible이 설정되지 않았습니다. 브로커는 이 값이 true가 아닌 한 프라이빗입니다.
phi-store-public-true = PubliclyAccessible이 true입니다: 엔드포인트가 VPC 외부에서 퍼블릭 IP 주소로 확인됩니다.
phi-store-public-false = PubliclyAccessible이 false입니다: 엔드포인트는 프라이빗입니다.
phi-store-terraform-private = PubliclyAccessible이 설정되지 않았습니다. Terraform 공급자는 기본적으로 { $kind ->
        [cluster] 클러스터
       *[instance] 인스턴스
    }를 프라이빗으로 생성합니다.
phi-store-default-subnet-group = PubliclyAccessible이 설정되지 않았고 { $kind ->
        [cluster] 클러스터
       *[instance] 인스턴스
    }가 `default` DB 서브넷 그룹을 사용하므로 RDS가 이를 퍼블릭으로 만듭니다.
phi-store-own-subnet-group = PubliclyAccessible이 설정되지 않았지만, 자체 DB 서브넷 그룹이 있으므로 RDS는 { $kind ->
        [cluster] 클러스터
       *[instance] 인스턴스
    }를 프라이빗으로 생성합니다.
phi-store-aurora-private = PubliclyAccessible이 설정되지 않았습니다. DB 서브넷 그룹이 지정되지 않으면 Aurora는 인스턴스를 프라이빗으로 생성합니다.
phi-store-default-vpc = PubliclyAccessible이 설정되지 않았고 DB 서브넷 그룹도 지정되지 않았습니다: RDS는 { $kind ->
        [cluster] 클러스터
       *[instance] 인스턴스
    }를 기본 VPC에 배치하고 퍼블릭으로 만듭니다.
phi-store-engine-unknown = PubliclyAccessible이 설정되지 않았고 DB 서브넷 그룹도 지정되지 않았습니다. RDS는 엔진이 Aurora가 아니면 { $kind ->
        [cluster] 클러스터
       *[instance] 인스턴스
    }를 퍼블릭으로 만드는데, 엔진을 알 수 없습니다.
phi-store-aurora-cluster = Aurora 클러스터의 엔드포인트는 인스턴스의 PubliclyAccessible을 따르며, 각 인스턴스에서 판정됩니다.
phi-store-not-multi-az-cluster = 다중 AZ DB 클러스터가 아닙니다 (DBClusterInstanceClass 없음). PubliclyAccessible은 해당 인스턴스가 가집니다.
phi-store-eks-private = 클러스터의 API 엔드포인트는 프라이빗입니다 (EndpointPublicAccess가 false).
phi-store-eks-public = 클러스터의 API 엔드포인트가 인터넷 전체에 공개되어 있습니다: EndpointPublicAccess가 켜져 있고 (기본값) 이를 제한하는 PublicAccessCidrs가 없습니다.
phi-store-eks-open-cidr = 클러스터의 API 엔드포인트가 퍼블릭이며 PublicAccessCidrs에 { $cidr }이(가) 포함되어 있습니다.
phi-store-eks-cidrs-empty = 클러스터의 API 엔드포인트가 퍼블릭이며 PublicAccessCidrs가 비어 있습니다 (이 경우 AWS는 0.0.0.0/0을 허용합니다).
phi-store-eks-cidrs-limited = 클러스터의 퍼블릭 API 엔드포인트는 나열된 PublicAccessCidrs로 제한됩니다.

## resource-policy-not-public

resource-policy-no-phi = 이 리소스는 PHI를 보관하지도 전달하지도 않습니다.
resource-policy-open-but-bpa = { $path }은(는) { $by ->
        [sid] '{ $statement }'
       *[index] 문 { $statement }
    }에서 모든 사용자를 허용하지만, 퍼블릭 액세스 차단의 { $setting }이(가) 켜져 있으므로 S3가 이를 무시합니다.
resource-policy-open-but-vpc = { $path }은(는) { $by ->
        [sid] '{ $statement }'
       *[index] 문 { $statement }
    }에서 모든 사용자를 허용하지만, 도메인이 VPC 내부에 있으므로 해당 네트워크 (및 보안 그룹)만 접근할 수 있습니다.
resource-policy-open = { $path }은(는) { $by ->
        [sid] '{ $statement }'
       *[index] 문 { $statement }
    }에서 Principal "*"을 허용하며, 계정, 조직, VPC 또는 소스로 제한하는 조건이 없습니다.
resource-policy-acl-but-bpa = 버킷이 미리 준비된 ACL { $acl }을(를) 부여하지만, 퍼블릭 액세스 차단의 { $setting }이(가) 켜져 있으므로 S3가 이를 무시합니다.
resource-policy-acl-authenticated = 버킷이 퍼블릭 미리 준비된 ACL { $acl }을(를) 부여합니다: 모든 AWS 계정이 읽을 수 있습니다.
resource-policy-acl-public = 버킷이 퍼블릭 미리 준비된 ACL { $acl }을(를) 부여합니다: 누구나 읽을 수 있습니다.
resource-policy-none = 리소스 정책이 연결되어 있지 않습니다. 계정의 IAM 자격 증명만 액세스할 수 있습니다.
resource-policy-no-open-statement = { $policies }의 어떤 문도 제한 조건 없이 모든 사용자를 허용하지 않습니다.
resource-policy-lambda-open = 권한 { $permission }은(는) Principal "*"이 함수를 호출하도록 허용하며, SourceArn, SourceAccount 또는 PrincipalOrgID가 없습니다.
resource-policy-lambda-restricted = 모든 권한이 보안 주체를 지정하거나 소스를 제한합니다.
resource-policy-lambda-none = 함수에 리소스 기반 권한이 연결되어 있지 않습니다.

## judge: exposure.rs

exposure-not-a-subnet = { $name }은(는) 서브넷이 아닙니다.
exposure-subnet-outside = 서브넷 '{ $subnet }'이(가) 이 스캔에 없으므로 퍼블릭 IP를 할당하는지 알 수 없습니다.

## ec2-phi-no-public-ip

ec2-public-ip-no-phi = 이 호스트는 PHI를 보관하지도 처리하지도 않습니다.
ec2-public-ip-launched-elsewhere = AssociatePublicIpAddress가 작성되어 있지 않습니다. 이를 시작하는 인스턴스 또는 그룹의 서브넷이 결정하며, 그곳에서 판정됩니다.
ec2-public-ip-assoc-true = { $path }이(가) true입니다: 호스트가 퍼블릭 IP 주소를 받습니다.
ec2-public-ip-assoc-false = { $path }이(가) false입니다: 퍼블릭 IP 주소가 할당되지 않습니다.
ec2-public-ip-from-assoc-true = { $kind ->
        [template] 시작 템플릿
       *[configuration] 시작 구성
    } { $name }: { $path }이(가) true입니다: 호스트가 퍼블릭 IP 주소를 받습니다.
ec2-public-ip-from-assoc-false = { $kind ->
        [template] 시작 템플릿
       *[configuration] 시작 구성
    } { $name }: { $path }이(가) false입니다: 퍼블릭 IP 주소가 할당되지 않습니다.
ec2-public-ip-eip = 탄력적 IP { $eip }이(가) 인스턴스에 퍼블릭 IP 주소를 제공합니다.
ec2-public-ip-subnet-public = 서브넷 { $subnet }의 MapPublicIpOnLaunch가 true이므로 호스트가 퍼블릭 IP 주소를 받습니다.
ec2-public-ip-private-subnets = 호스트는 프라이빗 서브넷 (MapPublicIpOnLaunch 없음)에서 시작됩니다.
ec2-public-ip-instance-default-vpc = 서브넷이 지정되지 않았습니다: 인스턴스는 기본 VPC에서 시작되며, 계정에서 변경하지 않는 한 기본 서브넷은 퍼블릭 IP 주소를 할당합니다.
ec2-public-ip-subnet-unjudged = 서브넷을 판정할 수 없습니다.
ec2-public-ip-group-no-subnet = VPCZoneIdentifier에 서브넷이 지정되어 있지 않습니다.
ec2-public-ip-group-default-vpc = VPCZoneIdentifier가 없습니다: 그룹은 기본 VPC에서 시작되며, 계정에서 변경하지 않는 한 기본 서브넷은 퍼블릭 IP 주소를 할당합니다.
ec2-public-ip-ecs-enabled = AssignPublicIp가 활성화되어 있습니다: 모든 작업이 퍼블릭 IP 주소를 받습니다.
ec2-public-ip-ecs-disabled = AssignPublicIp가 비활성화되어 있습니다.
ec2-public-ip-ecs-bridge = 이 서비스는 브리지 또는 호스트 네트워킹을 사용합니다: 작업이 컨테이너 인스턴스의 주소를 공유하므로 인스턴스에서 판정됩니다.
ec2-public-ip-ecs-default = AssignPublicIp가 설정되지 않았습니다. ECS는 기본적으로 퍼블릭 IP를 할당하지 않습니다.

## cloudtrail-audit-log-retention

cloudtrail-retention-no-bucket = 추적이 버킷을 지정하지 않습니다.
cloudtrail-retention-not-bucket = { $path }이(가) '{ $name }'을(를) 지정하지만, 이는 { $kind }이며 버킷이 아닙니다.
cloudtrail-retention-outside = 로그 버킷 '{ $bucket }'이(가) 스캔한 파일에 정의되어 있지 않으므로 수명 주기를 확인할 수 없습니다.
cloudtrail-retention-expires = 로그 버킷 '{ $bucket }'의 수명 주기 규칙 { $rule }은(는) 6년 ({ $minimum }일)이 되기 전인 { $days }일 후에 감사 로그를 삭제합니다.
cloudtrail-retention-kept = 로그 버킷 '{ $bucket }'은(는) 6년 이내에 감사 로그를 만료시키지 않습니다.

## cloudtrail-data-events

cloudtrail-data-events-on = 추적이 데이터 이벤트를 기록합니다.
cloudtrail-data-events-other = 추적 '{ $trail }'이(가) 데이터 이벤트를 기록합니다.
cloudtrail-data-events-management-only = 추적이 관리 이벤트만 기록합니다. S3 객체와 DynamoDB 항목 (PHI)의 읽기 및 쓰기는 감사 기록을 남기지 않습니다.

## cloudtrail-kms-encryption

cloudtrail-kms-set = 로그 파일이 KMS 키로 암호화됩니다 (SSE-KMS).
cloudtrail-kms-absent = KMSKeyId가 설정되지 않았습니다: 로그 파일에는 기본 SSE-S3 암호화만 적용되며, 이는 키 정책으로 읽을 수 있는 사용자를 제한하지도 복호화를 기록하지도 않습니다.

## cloudtrail-log-file-validation

cloudtrail-validation-absent = EnableLogFileValidation이 설정되지 않았습니다. CloudTrail은 기본적으로 다이제스트 파일을 작성하지 않습니다.

## cloudtrail-multi-region

cloudtrail-multi-region-absent = IsMultiRegionTrail이 설정되지 않았습니다. 추적은 기본적으로 홈 리전만 기록합니다.
cloudtrail-multi-region-other = 이 추적은 하나의 리전을 기록하지만, 추적 { $trail }이(가) 모든 리전을 기록합니다.

## cloudtrail-phi-bucket-data-events

cloudtrail-phi-bucket-not-live = 이 버킷은 라이브 계정에서 읽은 것이 아닙니다.
cloudtrail-phi-bucket-advanced = 추적 { $trail }이(가) 로깅 중이며, 고급 이벤트 선택기가 이 버킷의 S3 객체 이벤트를 기록합니다.
cloudtrail-phi-bucket-basic = 추적 { $trail }이(가) 로깅 중이며, 이벤트 선택기가 이 버킷의 S3 객체 이벤트를 기록합니다.
cloudtrail-phi-bucket-stopped = 추적 { $trails }은(는) 이 버킷의 객체 이벤트를 기록하도록 되어 있지만 로깅하고 있지 않습니다.
cloudtrail-phi-bucket-none = 계정 { $account }에 버킷 { $bucket }의 객체 읽기 및 쓰기 이벤트를 기록하는 추적이 없습니다: 누가 그 안의 PHI를 읽거나 변경했는지 감사 기록이 남지 않습니다.

## cloudtrail-records-api-calls

cloudtrail-api-calls-one = 계정 { $account }에서 추적 { $trails }이(가) 로깅 중이며, 스캔한 모든 리전 ({ $regions })에서 모든 서비스의 읽기 및 쓰기 관리 이벤트를 기록합니다.
cloudtrail-api-calls-many = 계정 { $account }에서 추적 { $trails }이(가) 로깅 중이며, 스캔한 모든 리전 ({ $regions })에서 모든 서비스의 읽기 및 쓰기 관리 이벤트를 기록합니다.

## cloudtrail-trail-exists

cloudtrail-trail-none = 스캔한 구성에 CloudTrail 추적이 정의되어 있지 않습니다. 이벤트 기록만으로는 BAA가 요구하는 감사 로그가 되지 않습니다. 추적이 다른 스택이나 계정에 있다면 그것도 함께 스캔하거나, 그 사유로 이 결과를 억제하십시오.
cloudtrail-trail-none-no-phi = 추적이 정의되어 있지 않으며 스캔 내에 PHI를 보관하는 것도 없습니다.
cloudtrail-trail-none-account = 계정 { $account }에 CloudTrail 추적이 없습니다: API 활동은 90일 이벤트 기록에만 보관되며, 이는 BAA가 요구하는 감사 로그가 아닙니다.
cloudtrail-trail-logging = 추적이 로깅 중입니다.
cloudtrail-trail-not-logging = IsLogging이 false입니다: 추적은 존재하지만 아무것도 기록하지 않습니다.
cloudtrail-trail-logging-default = 추적이 로깅 중입니다 (enable_logging의 기본값은 true).
cloudtrail-trail-not-collected = IsLogging이 수집되지 않았습니다 (cloudtrail:GetTrailStatus).
cloudtrail-trail-logging-unset = IsLogging이 설정되지 않았습니다. CloudFormation에서는 필수이므로 이 템플릿은 작성된 그대로 배포되지 않습니다.
## iam-console-user-mfa

iam-credential-row-not-collected = 사용자의 자격 증명 보고서 행이 수집되지 않았습니다(iam:GetCredentialReport).
iam-console-no-mfa = 사용자가 MFA 디바이스 없이 암호로 콘솔에 로그인합니다.
iam-console-no-mfa-last-used = 사용자가 MFA 디바이스 없이 암호로 콘솔에 로그인합니다(암호 마지막 사용: { $used }).

## iam-console-user-no-access-keys

iam-console-no-password-workload = 사용자에게 콘솔 암호가 없습니다(사람이 아닌 워크로드 자격 증명입니다).
iam-console-active-keys = 콘솔 사용자가 활성 장기 액세스 키도 { $count }개 보유하고 있습니다({ $keys }).

## iam-no-long-term-access-keys

iam-key-inactive = 액세스 키가 비활성 상태로 생성됩니다.
iam-key-inactive-for = '{ $user }'의 액세스 키가 비활성 상태로 생성됩니다.
iam-key-active = 템플릿이 활성 장기 액세스 키를 생성합니다. 역할 또는 임시 자격 증명을 사용하십시오.
iam-key-active-for = 템플릿이 '{ $user }'의 활성 장기 액세스 키를 생성합니다. 역할 또는 임시 자격 증명을 사용하십시오.
iam-key-default-active = 템플릿이 장기 액세스 키를 생성합니다(기본적으로 활성). 역할 또는 임시 자격 증명을 사용하십시오.
iam-key-default-active-for = 템플릿이 '{ $user }'의 장기 액세스 키를 생성합니다(기본적으로 활성). 역할 또는 임시 자격 증명을 사용하십시오.

## iam-root-mfa

iam-root-mfa = 계정 { $account }의 루트 사용자에게 MFA가 있습니다.
iam-root-no-mfa = 계정 { $account }의 루트 사용자에게 MFA 디바이스가 없습니다. 암호만으로 모든 PHI 저장소에 접근할 수 있습니다.
iam-root-mfa-not-collected = 계정 { $account }의 RootMfaActive가 수집되지 않았습니다(iam:GenerateCredentialReport / iam:GetCredentialReport).

## iam-root-no-access-keys

iam-root-no-key = 계정 { $account }의 루트 사용자에게 활성 액세스 키가 없습니다.
iam-root-active-key = 계정 { $account }의 루트 사용자에게 활성 액세스 키가 있습니다. 이는 모든 권한을 가지며 만료되지 않는 공유 자격 증명입니다.
iam-root-keys-not-collected = 계정 { $account }의 RootAccessKeysActive가 수집되지 않았습니다(iam:GetCredentialReport).

## docdb-audit-logs

docdb-audit-no-exports = 클러스터가 CloudWatch로 로그를 내보내지 않습니다. 감사 이벤트가 기록되지 않습니다.
docdb-audit-not-exported = EnableCloudwatchLogsExports에 audit가 포함되어 있지 않습니다.
docdb-audit-default-group = 감사 로그는 내보내지지만 기본 파라미터 그룹에서 audit_logs가 비활성화된 상태이므로 감사 이벤트가 기록되지 않습니다.
docdb-audit-default-group-named = 감사 로그는 내보내지지만 기본 파라미터 그룹 { $group }에서 audit_logs가 비활성화된 상태입니다.
docdb-group-outside = 파라미터 그룹 '{ $group }'이(가) 스캔한 파일에 정의되어 있지 않습니다.
docdb-audit-on = 감사 로그가 내보내지며 파라미터 그룹 '{ $group }'이(가) audit_logs = { $value }(으)로 설정합니다.
docdb-audit-off = 파라미터 그룹 '{ $group }'이(가) audit_logs = { $value }(으)로 설정하므로 감사 이벤트가 기록되지 않습니다.
docdb-audit-unset = 파라미터 그룹 '{ $group }'에서 audit_logs가 기본값(비활성화)으로 유지됩니다.

## docdb-storage-encrypted

docdb-storage-encrypted-absent = StorageEncrypted가 설정되어 있지 않습니다. DocumentDB 클러스터는 기본적으로 암호화되지 않습니다.

## docdb-tls

docdb-tls-default-group = 클러스터가 TLS를 요구하는 기본 파라미터 그룹을 사용합니다.
docdb-tls-default-group-named = 기본 파라미터 그룹 { $group }은(는) TLS를 요구합니다.
docdb-tls-unset = 파라미터 그룹 '{ $group }'에서 tls가 기본값(활성화)으로 유지됩니다.
docdb-tls-disabled = 파라미터 그룹 '{ $group }'이(가) tls = disabled로 설정하므로 클라이언트가 TLS 없이 연결할 수 있습니다.
docdb-tls-value = 파라미터 그룹 '{ $group }'이(가) tls = { $value }(으)로 설정합니다.

## batch-encrypted-storage

batch-unmanaged = 관리형이 아닌 컴퓨팅 환경입니다. 해당 인스턴스는 EC2 규칙으로 판정됩니다.
batch-fargate = Fargate 컴퓨팅 환경입니다. 스토리지는 AWS가 암호화합니다.
batch-no-compute-resources = 컴퓨팅 환경에 컴퓨팅 리소스가 선언되어 있지 않습니다.
batch-ebs-default = 계정이 새 EBS 볼륨을 기본적으로 암호화합니다('{ $setting }').
batch-no-launch-template = 시작 템플릿이 없습니다. 계정이 EBS를 기본적으로 암호화하지 않는 한 인스턴스는 AMI의 암호화되지 않은 EBS 볼륨으로 부팅됩니다.
batch-lt-not-named = 시작 템플릿이 지정되어 있지 않습니다.
batch-lt-outside = 시작 템플릿 '{ $template }'이(가) 이 스캔에 포함되어 있지 않습니다.
batch-lt-other = 시작 템플릿이 { $kind }인 '{ $name }'을(를) 가리킵니다.
batch-lt-no-mappings = 시작 템플릿 '{ $template }'에 암호화된 볼륨이 선언되어 있지 않으므로 루트 볼륨은 AMI를 따릅니다(암호화되지 않음).
batch-lt-device-unencrypted = 시작 템플릿 '{ $template }'이(가) { $device }을(를) 암호화하지 않은 상태로 둡니다.
batch-lt-some-device-unencrypted = 시작 템플릿 '{ $template }'이(가) 디바이스를 암호화하지 않은 상태로 둡니다.
batch-lt-device-not-encrypted = 시작 템플릿 '{ $template }'이(가) { $device }을(를) 암호화하지 않습니다.
batch-lt-some-device-not-encrypted = 시작 템플릿 '{ $template }'이(가) 암호화하지 않는 디바이스가 있습니다.
batch-lt-device-snapshot = { $device }은(는) 여기서 암호화 여부를 확인할 수 없는 스냅샷으로부터 생성됩니다.
batch-lt-some-device-snapshot = 디바이스가 여기서 암호화 여부를 확인할 수 없는 스냅샷으로부터 생성됩니다.
batch-lt-no-ebs = 시작 템플릿 '{ $template }'에 암호화된 EBS 볼륨이 선언되어 있지 않습니다.
batch-lt-encrypted = 시작 템플릿 '{ $template }'이(가) 선언한 모든 EBS 볼륨을 암호화합니다.

## opensearch-encryption-at-rest

opensearch-encryption-at-rest-absent = EncryptionAtRestOptions.Enabled가 설정되어 있지 않습니다. 도메인의 데이터가 저장 시 암호화되지 않습니다.

## opensearch-https-only

what-https-enforcement = HTTPS 강제 적용
opensearch-https-absent = DomainEndpointOptions.EnforceHTTPS가 설정되어 있지 않습니다. 도메인이 평문 HTTP 요청을 허용합니다.

## opensearch-node-to-node

what-node-to-node-encryption = 노드 간 암호화
opensearch-node-to-node-absent = NodeToNodeEncryptionOptions.Enabled가 설정되어 있지 않습니다. 노드 간 트래픽이 암호화되지 않습니다.

## opensearch-engine-version

opensearch-es-version-absent = ElasticsearchVersion이 설정되어 있지 않으므로 도메인이 Elasticsearch 1.5로 생성됩니다.
opensearch-engine-version-absent = EngineVersion이 설정되어 있지 않습니다. 도메인이 최신 OpenSearch 버전으로 실행됩니다.
opensearch-engine-opensearch = { $version }은(는) OpenSearch입니다.
opensearch-es-recent = Elasticsearch { $version }은(는) 6.0 이상입니다.
opensearch-es-old = Elasticsearch { $version }은(는) PHI에 필요한 최소 버전인 6.0보다 오래되었습니다.
opensearch-engine-unrecognised = '{ $version }'은(는) 인식할 수 있는 엔진 버전이 아닙니다.

## opensearch-tls-policy

opensearch-tls-policy-absent = TLSSecurityPolicy가 설정되어 있지 않으므로 엔드포인트가 TLS 1.0을 허용하는 { $policy }을(를) 사용합니다.
opensearch-tls-policy-ok = { $policy }은(는) { $protocol } 이상을 요구합니다.
opensearch-tls-policy-old = { $policy }은(는) { $protocol }을(를) 허용합니다. TLS 1.2 정책을 사용하십시오.
opensearch-tls-policy-unknown = '{ $policy }'은(는) 이 규칙이 알고 있는 TLS 보안 정책이 아닙니다.

## opensearch-vpc-access

opensearch-public-open-policy = 도메인에 퍼블릭 엔드포인트가 있으며 액세스 정책이 조건 없이 모든 사용자(Principal *)를 허용합니다.
opensearch-public-endpoint = 도메인에 퍼블릭 엔드포인트가 있습니다(VPCOptions 없음). 백서는 VPC 도메인을 요구합니다.

## waf-protected-resource-https

waf-lb-no-listener = '{ $lb }'의 리스너가 이 스캔에 포함되어 있지 않습니다.
waf-listener-no-protocol = 리스너 '{ $listener }'에 프로토콜이 없습니다.
waf-listener-protocol-unresolvable = 리스너 '{ $listener }'의 프로토콜을 확인할 수 없습니다.
waf-lb-http-listener = '{ $lb }'에 HTTPS로 리디렉션하지 않고 트래픽을 처리하는 HTTP 리스너 '{ $listener }'이(가) 있습니다.
waf-lb-https-only = '{ $lb }'은(는) HTTPS만 제공합니다(HTTP 리스너는 리디렉션합니다).
waf-no-acl = 연결된 웹 ACL이 없습니다.
waf-viewer-http = 캐시 동작이 뷰어의 HTTP 사용을 허용합니다(ViewerProtocolPolicy allow-all).
waf-origin-http = CloudFront가 HTTP로 사용자 지정 오리진에 연결합니다(OriginProtocolPolicy http-only).
waf-cloudfront-https = 뷰어와 오리진 모두 HTTPS로 연결됩니다.
waf-no-resource = 연결에 리소스가 지정되어 있지 않습니다.
waf-endpoint-https-only = 보호 대상 엔드포인트는 HTTPS만 허용합니다.
waf-resource-https-only = '{ $name }'은(는) HTTPS만 허용합니다.
waf-resource-not-judged = '{ $name }'({ $kind })의 프로토콜은 여기서 판정하지 않습니다.
waf-resource-outside = '{ $arn }'이(가) 이 스캔에 정의되어 있지 않습니다.

## judge: ecs_task.rs

ecs-containers-not-list = { $path }은(는) 목록이 아닙니다.
ecs-containers-unreadable = { $path }은(는) 읽을 수 있는 목록이 아닙니다.

## ecs-container-logging

ecs-no-containers = 컨테이너 정의가 없습니다.
ecs-logging-none = 컨테이너 '{ $container }'에 LogConfiguration이 없으므로 해당 로그가 태스크와 함께 손실됩니다.
ecs-logging-none-driver = 컨테이너 '{ $container }'이(가) none 로그 드라이버를 사용하므로 해당 로그가 폐기됩니다.
ecs-logging-other-driver = 컨테이너 '{ $container }'이(가) { $driver } 드라이버로 로그를 기록합니다. 로그가 CloudWatch 또는 보존되는 다른 저장소에 도달하는지는 여기서 확인할 수 없습니다.
ecs-logging-no-driver = 컨테이너 '{ $container }'의 LogConfiguration에 LogDriver가 없습니다.
ecs-logging-ok = 모든 컨테이너가 로그를 CloudWatch Logs 또는 FireLens로 전송합니다.

## ecs-efs-transit-encryption

ecs-no-volumes = 볼륨이 없습니다.
ecs-efs-transit-absent = EFS 볼륨 '{ $volume }'에 TransitEncryption이 설정되어 있지 않으며 기본값은 DISABLED입니다.
ecs-efs-tls = 모든 EFS 볼륨이 TLS로 마운트됩니다.
ecs-efs-transit-value = EFS 볼륨 '{ $volume }'이(가) TransitEncryption을 { $value }(으)로 설정합니다.
ecs-no-efs-volumes = EFS 볼륨이 없습니다.

## ecs-log-destination-tls

ecs-log-firelens-config-file = 컨테이너 '{ $container }': FireLens 출력이 태스크 정의가 아닌 구성 파일에 정의되어 있습니다.
ecs-log-unknown-output = 컨테이너 '{ $container }': Fluent Bit 출력 { $output }은(는) phiguard가 알고 있는 출력이 아닙니다.
ecs-log-address-absent = 컨테이너 '{ $container }': { $key }이(가) 설정되어 있지 않습니다.
ecs-log-fluentd = 컨테이너 '{ $container }': fluentd 드라이버의 전송 보안은 수신 에이전트에 따라 달라집니다.
ecs-log-driver-unresolvable = 컨테이너 '{ $container }': { $path }을(를) 확인할 수 없습니다.
ecs-log-cleartext-fluent-bit-host = 컨테이너 '{ $container }'이(가) tls On이 없는 Fluent Bit { $output } 출력을 통해 { $host }(으)로 로그를 평문으로 전송합니다.
ecs-log-cleartext-fluent-bit = 컨테이너 '{ $container }'이(가) tls On이 없는 Fluent Bit { $output } 출력을 통해 해당 호스트로 로그를 평문으로 전송합니다.
ecs-log-cleartext-url = 컨테이너 '{ $container }'이(가) 로그를 { $url }(으)로 평문 전송합니다.
ecs-log-tls-awslogs = 컨테이너 로그가 TLS를 통해 호스트 밖으로 전송됩니다(CloudWatch Logs (awslogs)).
ecs-log-tls-aws-output = 컨테이너 로그가 TLS를 통해 호스트 밖으로 전송됩니다(AWS Fluent Bit 출력 { $output }).
ecs-log-tls-fluent-bit = 컨테이너 로그가 TLS를 통해 호스트 밖으로 전송됩니다(TLS가 켜진 Fluent Bit 출력 { $output }).
ecs-log-tls-url = 컨테이너 로그가 TLS를 통해 호스트 밖으로 전송됩니다({ $url }).
ecs-log-none-off-host = 호스트 외부로 로그를 전송하는 컨테이너가 없습니다.

## backup-plan-covers-phi-stores

backup-covers-selection = AWS Backup 선택 { $selection }이(가) 이 리소스를 백업 계획에 할당합니다.
backup-covers-attached = 이 리소스는 AWS Backup 선택 { $selection }이(가) 백업하는 인스턴스 { $instance }에 연결되어 있습니다.
backup-covers-dlm = Data Lifecycle Manager 정책이 이 리소스의 스냅샷을 생성합니다.
backup-lead-native =
    { $plan ->
        [none] AWS Backup 계획이 정의되어 있지 않지만
       *[unassigned] 이 리소스를 할당하는 AWS Backup 선택이 없지만
    }
backup-lead-missing =
    { $scope ->
        [account] 계정 { $account }에 이 리소스를 (ARN 또는 태그로) 할당하는 AWS Backup 선택이 없으며
        [scan] 스캔에 이 리소스를 (ARN, 참조 또는 태그로) 할당하는 AWS Backup 선택이 없으며
       *[none] 스캔에 AWS Backup 계획(AWS::Backup::BackupPlan/BackupSelection)이 정의되어 있지 않으며
    }
backup-native-backups-default = { backup-lead-native }, 자동 백업은 기본적으로 켜져 있습니다({ $prop } 1일).
backup-native-backups-kept = { backup-lead-native }, 자동 백업은 { $days }일 동안 보존됩니다({ $prop }).
backup-native-snapshots-default = { backup-lead-native }, 자동 스냅샷은 기본적으로 켜져 있습니다({ $prop } 1일).
backup-native-snapshots-kept = { backup-lead-native }, 자동 스냅샷은 { $days }일 동안 보존됩니다({ $prop }).
backup-native-pitr = { backup-lead-native }, 특정 시점 복구가 연속 백업을 유지합니다.
backup-native-pitr-replicas = { backup-lead-native }, 특정 시점 복구가 모든 복제본에서 연속 백업을 유지합니다.
backup-native-efs = { backup-lead-native }, 자동 백업 정책(BackupPolicy ENABLED)에 따라 AWS Backup 기본 계획에 포함됩니다.
backup-native-fsx-default = { backup-lead-native }, FSx는 기본적으로 매일 자동 백업을 수행합니다.
backup-native-fsx-kept = { backup-lead-native }, FSx는 매일의 자동 백업을 { $days }일 동안 보존합니다.
backup-native-backups-zero = { backup-lead-missing }, { $prop }이(가) 0이므로 자동 백업이 꺼져 있습니다.
backup-native-snapshots-zero = { backup-lead-missing }, { $prop }이(가) 0이므로 자동 스냅샷이 꺼져 있습니다.
backup-native-pitr-off = { backup-lead-missing }, 특정 시점 복구가 꺼져 있습니다.
backup-native-pitr-replica-off = { backup-lead-missing }, 일부 복제본에서 특정 시점 복구가 꺼져 있습니다.
backup-native-efs-off = { backup-lead-missing }, 자동 백업 정책(BackupPolicy)이 ENABLED가 아닙니다.
backup-native-ec2 = { backup-lead-missing }, EBS 볼륨과 EC2 인스턴스에는 자체 자동 백업이 없습니다.
backup-native-lustre = { backup-lead-missing }, FSx for Lustre는 기본적으로 자동 백업을 수행하지 않습니다.
backup-native-fsx-zero = { backup-lead-missing }, { $path }이(가) 0이므로 자동 백업이 꺼져 있습니다.

## backup-plan-offsite-copy

backup-copy-no-rules = 계획에 작성된 규칙이 없습니다.
backup-copy-offsite = 복구 지점이 { $arn }(으)로 복사됩니다.
backup-copy-local-vault = 유일한 복사 대상이 계획과 함께 정의된 볼트 '{ $vault }'이므로 리전 밖으로 나가는 복사본이 없습니다.
backup-copy-local-arn = 유일한 복사 대상이 계획과 같은 리전 및 계정에 있는 '{ $arn }'이므로 리전 밖으로 나가는 복사본이 없습니다.
backup-copy-not-arn = { $path } '{ $arn }'은(는) 볼트 ARN이 아닙니다.
backup-copy-none = 복구 지점을 다른 리전이나 계정으로 복사하는 규칙이 없습니다. 모든 복사본이 원본 볼트에 남습니다.

## backup-recent-recovery-point

backup-point-recent-hours = 복구 지점 { $point }이(가) { $time }에 완료되었습니다(수집 { $age }시간 전, 한도 { $limit }일).
backup-point-recent-days = 복구 지점 { $point }이(가) { $time }에 완료되었습니다(수집 { $age }일 전, 한도 { $limit }일).
backup-point-old-hours = 완료된 최신 복구 지점 { $point }은(는) { $time }의 것입니다(수집 { $age }시간 전, 한도 { $limit }일). 이 PHI 저장소의 백업이 중단되었거나 비상 계획보다 뒤처져 있습니다.
backup-point-old-days = 완료된 최신 복구 지점 { $point }은(는) { $time }의 것입니다(수집 { $age }일 전, 한도 { $limit }일). 이 PHI 저장소의 백업이 중단되었거나 비상 계획보다 뒤처져 있습니다.
backup-point-none = PHI 저장소에 완료된 AWS Backup 복구 지점이 없습니다. 검색 가능한 복사본이 존재하지 않습니다.

## backup-vault-kms-key

backup-vault-key-named = 볼트가 암호화 키를 지정합니다.

## s3-bucket-access-logging

s3-logging-target-of = 액세스 로그 버킷입니다. { $bucket }이(가) 서버 액세스 로그를 이곳으로 전달합니다.
s3-logging-target-acl = 액세스 로그 버킷입니다. ACL이 LogDeliveryWrite입니다.
s3-logging-target-policy = 액세스 로그 버킷입니다. 버킷 정책 { $policy }이(가) logging.s3.amazonaws.com의 로그 전달을 허용합니다.

## s3-bucket-encryption

s3-bucket-encryption-default-missing = 버킷에 기본 암호화가 선언되어 있지 않습니다
s3-bucket-encryption-default-does = 2023년 1월부터 새 객체를 SSE-S3로 암호화합니다

## s3-bucket-public-access-block

s3-bucket-public-access-block-default-missing = 버킷에 PublicAccessBlockConfiguration이 선언되어 있지 않습니다
s3-bucket-public-access-block-default-does = 2023년 4월부터 새 버킷에 대해 퍼블릭 액세스 차단 설정 4개를 모두 켭니다

## s3-transfer-acceleration-protected

s3-acceleration-no-encryption = 가속화된 버킷에 기본 암호화가 선언되어 있지 않습니다(AWS가 SSE-S3를 적용하지만 구성에는 선언되어 있지 않습니다).
s3-acceleration-no-policy = 가속화된 버킷에 TLS 없는 요청을 거부하는 버킷 정책이 없습니다.
s3-acceleration-no-encryption-no-policy = 가속화된 버킷에 기본 암호화가 선언되어 있지 않고(AWS가 SSE-S3를 적용하지만 구성에는 선언되어 있지 않습니다) TLS 없는 요청을 거부하는 버킷 정책도 없습니다.

## judge: bucket.rs

bucket-role-encrypted = { $role } '{ $bucket }'에 기본 암호화({ $algorithm })가 선언되어 있습니다.
bucket-role-outside = { $role } '{ $bucket }'이(가) 이 스캔에 정의되어 있지 않습니다. 관리되는 곳에서 기본 암호화를 확인하십시오.
bucket-role-other = { $role }이(가) 버킷이 아닌 { $kind }인 '{ $name }'을(를) 가리킵니다.
bucket-role-datasync-location = DataSync 위치 버킷
bucket-role-command-output = 명령 출력 버킷
bucket-role-destination = 대상 버킷
bucket-role-export-destination = 내보내기 대상 버킷
bucket-role-home-directory = 홈 디렉터리 버킷
bucket-role-input = 입력 버킷
bucket-role-origin = 오리진 버킷
bucket-role-revision = 개정 버킷
bucket-role-tables = 테이블의 버킷

## fsx-kms

fsx-kms-scratch-default = Lustre 스크래치 파일 시스템(기본값 SCRATCH_1)은 항상 FSx가 관리하는 키로 암호화됩니다.
fsx-kms-scratch = Lustre 스크래치 파일 시스템은 항상 FSx가 관리하는 키로 암호화됩니다.

## fsx-lustre-transit-encryption

fsx-not-lustre = { $type } 파일 시스템은 Lustre가 아닙니다.
fsx-type-unresolvable = FileSystemType을 확인할 수 없습니다.
fsx-lustre-no-deployment-type = DeploymentType이 없으므로 파일 시스템은 SCRATCH_1이며, 전송 중 데이터를 암호화하지 않습니다.
fsx-lustre-scratch-1 = SCRATCH_1 파일 시스템은 전송 중 데이터를 암호화하지 않습니다.
fsx-lustre-transit = { $deployment }은(는) 지원되는 인스턴스 유형에서 오는 전송 중 데이터를 암호화합니다.

## fsx-windows-audit-logs

fsx-not-windows = { $type } 파일 시스템에는 Windows 파일 액세스 감사가 없습니다.
fsx-audit-level = { $setting }은(는) { $level }입니다.
fsx-audit-off = 파일 및 공유 액세스 감사가 꺼져 있으므로 공유의 파일에 대한 액세스가 감사 기록을 남기지 않습니다.
## judge: glue.rs

glue-connection-ssl-absent = JDBC 연결 '{ $connection }'이(가) JDBC_ENFORCE_SSL을 설정하지 않으므로 Glue가 TLS 없이 연결할 수 있습니다.
glue-connection-ssl-enforced = JDBC 연결 '{ $connection }'이(가) SSL을 강제합니다.
glue-connection-ssl-false = JDBC 연결 '{ $connection }'이(가) JDBC_ENFORCE_SSL을 false로 설정하므로 Glue가 TLS 없이 연결할 수 있습니다.

## glue-catalog-encryption

glue-catalog-mode-other = CatalogEncryptionMode가 { $mode }입니다. 카탈로그 메타데이터가 암호화되지 않습니다.
glue-catalog-mode-absent = CatalogEncryptionMode가 설정되지 않았습니다. 카탈로그 메타데이터가 암호화되지 않습니다.
glue-catalog-settings-elsewhere = 판정은 스캔의 DataCatalogEncryptionSettings가 담당합니다.
glue-catalog-no-settings = 스캔에 AWS::Glue::DataCatalogEncryptionSettings가 없습니다. 이 데이터베이스를 보관하는 Data Catalog는 기본적으로 암호화되지 않습니다.

## glue-job-encryption

glue-job-sc-no-s3 = 보안 구성 '{ $configuration }'은(는) S3 데이터를 암호화하지 않습니다.
glue-job-sc-disabled = 보안 구성 '{ $configuration }'은(는) S3 암호화를 DISABLED로 둡니다.
glue-job-sc-encrypts = 보안 구성 '{ $configuration }'이(가) S3 데이터를 암호화합니다({ $mode }).
glue-job-sc-outside = 보안 구성 '{ $configuration }'이(가) 이 스캔에 없습니다.
glue-job-sc-other = SecurityConfiguration이 '{ $target }'({ $kind })을(를) 가리킵니다.

## ssm-output-encrypted

ssm-output-flag-false = { $flag }이(가) false입니다. 세션 기록이 암호화되지 않은 채 { $destination }(으)로 전송됩니다.
ssm-output-flag-absent = { $flag }이(가) 작성되지 않았으므로 세션 기록이 암호화되는지 알 수 없습니다.
ssm-output-no-destination = 세션 기록이 S3나 CloudWatch Logs로 전송되지 않습니다.

## ssm-parameter-secure-string

ssm-parameter-not-secret = '{ $name }'은(는) 시크릿을 나타내는 이름이 아닙니다.
ssm-parameter-reference = '{ $name }'은(는) 시크릿 자체가 아니라 다른 곳에 보관된 시크릿을 가리킵니다.
ssm-parameter-clear = '{ $name }'이(가) 시크릿을 평문 String 파라미터에 보관합니다.
ssm-parameter-copies = '{ $name }'이(가) 시크릿을 평문 String 파라미터에 복사합니다.
ssm-parameter-no-value = '{ $name }'에는 템플릿에 값이 없습니다.

## dynamodb-no-phi-in-keys

dynamodb-keys-identifier = 키 속성 '{ $attribute }'이(가) 환자 식별자를 나타냅니다. 키 속성과 인덱스 속성은 쿼리, 로그 및 클라이언트 측 암호화에서 암호화되지 않은 상태로 남습니다.
dynamodb-keys-no-schema = 키 스키마가 작성되지 않았습니다.
dynamodb-keys-clean = 환자 식별자를 나타내는 키 속성이나 인덱스 속성이 없습니다.

## dynamodb-point-in-time-recovery

dynamodb-pitr-absent = 특정 시점으로 복구가 활성화되지 않았습니다. 기본값은 꺼짐입니다.
dynamodb-pitr-no-replicas = 글로벌 테이블에 선언된 복제본이 없습니다.
dynamodb-pitr-replicas-off = 다음 리전의 복제본에서 특정 시점으로 복구가 꺼져 있습니다: { $regions }
dynamodb-pitr-all-replicas = 모든 복제본에서 특정 시점으로 복구가 활성화되어 있습니다.

## dynamodb-table-kms-encryption

dynamodb-sse-absent = SSESpecification이 설정되지 않았습니다. 테이블은 AWS 소유 키(DynamoDB 기본값)로 암호화되며, 그 사용은 CloudTrail에 기록되지 않습니다. KMS 키를 사용하는 SSE를 활성화하십시오.
dynamodb-sse-false = SSEEnabled가 false입니다. 테이블은 AWS 소유 키(DynamoDB 기본값)로 암호화되며, 그 사용은 CloudTrail에 기록되지 않습니다. KMS 키를 사용하는 SSE를 활성화하십시오.
dynamodb-sse-type-invalid = SSEType '{ $type }'은(는) DynamoDB 암호화 유형이 아닙니다(KMS만 해당됩니다).
dynamodb-sse-customer-key = 테이블이 고객 관리형 KMS 키로 암호화되어 있습니다.
dynamodb-sse-aws-managed-key = 테이블이 AWS 관리형 KMS 키 aws/dynamodb로 암호화되어 있습니다.

## config-recorder-enabled

config-recorder-listed-types = 레코더는 나열된 리소스 유형만 기록합니다.
config-recorder-all-supported-false = AllSupported가 false입니다. 레코더는 나열된 리소스 유형만 기록합니다.
config-recorder-stopped = 계정 { $account } 리전 { $region }의 레코더가 중지되어 있습니다.
config-recorder-stopped-last = 계정 { $account } 리전 { $region }의 레코더가 중지되어 있습니다(마지막 상태: { $status }).
config-recorder-status-not-collected = 레코더 상태가 수집되지 않았습니다(config:DescribeConfigurationRecorderStatus).
config-recorder-no-channel-in = 계정 { $account } 리전 { $region }에 전송 채널이 없습니다. 레코더의 구성 기록이 어디에도 전달되지 않습니다.
config-recorder-live-ok = 계정 { $account } 리전 { $region }의 Config 레코더가 지원되는 모든 리소스 유형을 기록하고 있으며 전송 채널이 있습니다.
config-recorder-none = 스캔한 파일에 AWS Config 레코더가 정의되어 있지 않습니다. Config는 계정 및 리전별로 활성화되므로 계정을 확인하십시오(또는 해당 기준 스택도 스캔하십시오).
config-recorder-no-channel = AWS::Config::DeliveryChannel이 정의되어 있지 않으므로 레코더를 시작할 수 없습니다.
config-recorder-status-off = 레코더 상태 '{ $status }'이(가) 레코더를 중지된 상태로 유지합니다.
config-recorder-terraform-status = Terraform은 is_enabled = true인 aws_config_configuration_recorder_status가 없으면 레코더를 시작하지 않습니다.
config-recorder-ok = Config 레코더가 지원되는 모든 리소스 유형을 기록하며 전송 채널이 있습니다.

## sagemaker-endpoint-kms

sagemaker-endpoint-ebs-no-key = KmsKeyId가 없습니다. { $instance-type } 호스팅 인스턴스의 EBS 스토리지가 팀이 지정한 키로 암호화되지 않습니다.
sagemaker-endpoint-local-storage = 모든 변형이 서버리스이거나 하드웨어로 암호화된 로컬 스토리지를 갖춘 인스턴스 유형을 사용하며, 이러한 유형은 KMS 키를 받지 않습니다.

## sagemaker-job-output-kms

sagemaker-schedule-named-job = 일정은 이름으로 지정된 작업 정의를 실행합니다. 판정은 해당 작업 정의가 담당합니다.
sagemaker-job-output-kms-default-missing = 작업 출력에 대한 KMS 키가 지정되어 있지 않습니다
sagemaker-job-output-kms-default-does = 이를 계정의 AWS 관리형 S3 키로 암호화합니다
sagemaker-pipeline-no-job-steps = 파이프라인에 훈련, 처리, 변환 또는 튜닝 단계가 없습니다.
sagemaker-pipeline-all-keys = 모든 작업 단계가 출력 KMS 키를 지정합니다({ $steps }).

## sagemaker-notebook-kms

sagemaker-domain-kms-set = 도메인의 EFS 홈 디렉터리가 지정된 KMS 키로 암호화되어 있습니다.
sagemaker-notebook-kms-set = 노트북의 ML 스토리지 볼륨이 지정된 KMS 키로 암호화되어 있습니다.
sagemaker-domain-kms-absent = KmsKeyId가 설정되지 않았습니다. 도메인의 EFS 홈 디렉터리를 보호하는, 팀이 지정한 KMS 키가 없습니다.
sagemaker-notebook-kms-absent = KmsKeyId가 설정되지 않았습니다. 노트북의 ML 스토리지 볼륨을 보호하는, 팀이 지정한 KMS 키가 없습니다.

## sagemaker-notebook-no-direct-internet

sagemaker-notebook-internet-other = DirectInternetAccess가 { $value }입니다. 노트북이 VPC의 통제 밖에서 인터넷에 접속합니다.

## redshift-encryption-at-rest

redshift-encryption-at-rest-default-missing = Encrypted가 선언되어 있지 않습니다
redshift-encryption-at-rest-default-does = 2025년 1월부터 새 프로비저닝된 클러스터를 기본적으로 암호화합니다

## redshift-require-ssl

redshift-require-ssl-default-missing = 파라미터 그룹이 선언되어 있지 않으므로 구성에서 SSL을 요구하지 않습니다
redshift-require-ssl-default-does = 2025년 1월 이후 생성된 클러스터에 require_ssl = true인 기본 파라미터 그룹을 적용합니다
redshift-ssl-default-group = '{ $group }'은(는) AWS 기본 파라미터 그룹입니다. SSL을 요구하는지는 클러스터 생성 시점에 따라 다릅니다.
redshift-ssl-group-outside = ClusterParameterGroupName이 이 스캔 밖의 파라미터 그룹 '{ $group }'을(를) 지정합니다. require_ssl을 설정하는지 확인할 수 없습니다.
redshift-ssl-true = 파라미터 그룹 '{ $group }'이(가) require_ssl = true를 설정합니다.
redshift-ssl-false = 파라미터 그룹 '{ $group }'이(가) require_ssl = false를 설정합니다. 클라이언트가 SSL 없이 연결할 수 있습니다.
redshift-ssl-unreadable = 파라미터 그룹 '{ $group }'의 require_ssl이 '{ $value }'(으)로, true로도 false로도 읽히지 않습니다.
redshift-ssl-not-literal = 파라미터 그룹 '{ $group }'의 require_ssl이 리터럴 값이 아니므로 true로도 false로도 읽히지 않습니다.
redshift-ssl-absent = 파라미터 그룹 '{ $group }'이(가) require_ssl을 설정하지 않으며 기본값은 false입니다. 클라이언트가 SSL 없이 연결할 수 있습니다.

## not-for-phi-service

not-for-phi-marked = PHI를 보관하는 것으로 표시되어 있지만, 백서에 따르면 { $service }에서는 PHI를 저장, 전송 또는 처리해서는 안 됩니다.

## eligibility-phi-in-eligible-service

eligibility-what-marked = PHI를 보관하는 것으로 표시된 이 리소스의 유형은
eligibility-what-assumed = 데이터 스토어인 이 리소스(스캔에 표시된 것이 없으므로 PHI를 보관하는 것으로 가정)의 유형은
eligibility-what-backend = PHI를 전달하는 API의 백엔드 유형은
eligibility-custom = { $what } 사용자 지정 리소스입니다. 그 뒤의 코드는 다른 곳에서 실행되므로 서비스를 템플릿에서 읽을 수 없습니다.
eligibility-eligible = { $what } { $kind }이며, HIPAA 적격 서비스입니다(백서: { $services }).
eligibility-eligible-more = { $what } { $kind }이며, HIPAA 적격 서비스입니다(백서: { $services } 외 { $more }개).
eligibility-supporting = { $what } { $kind }({ $service })이며, 백서에 자체 섹션이 없습니다. 최신 HIPAA 적격 서비스 참조에서 확인하십시오.
eligibility-not-in-whitepaper = { $what } { $kind }({ $service })이며, 백서에서 다루지 않습니다. 최신 HIPAA 적격 서비스 참조에서 확인하십시오.
eligibility-newer = { $what } { $kind }이며, 백서 이후에 출시된 의료 서비스입니다. 최신 HIPAA 적격 서비스 참조에서 확인하십시오.
eligibility-unlisted = { $what } { $kind }이며, 백서에서 HIPAA 적격 서비스가 아닙니다. BAA는 그곳의 PHI를 보장하지 않습니다.

## msk-broker-logs

msk-broker-logs-absent = 브로커 로그 대상이 구성되어 있지 않습니다(LoggingInfo.BrokerLogs가 설정되지 않음).
msk-broker-logs-to = 브로커 로그가 { $destination }(으)로 전달됩니다.

## msk-encryption-at-rest-kms

msk-encryption-at-rest-kms-default-missing = 브로커 볼륨에 대한 KMS 키가 선언되어 있지 않습니다
msk-encryption-at-rest-kms-default-does = 키가 지정되지 않으면 MSK 브로커 스토리지를 AWS 관리형 키 aws/kafka로 암호화합니다

## msk-public-access-disabled

msk-public-absent = 퍼블릭 액세스가 켜져 있지 않습니다(MSK는 퍼블릭 주소 없이 브로커를 생성합니다).
msk-public-on = 퍼블릭 액세스가 { $type }입니다. 브로커가 인터넷에서 접근 가능한 퍼블릭 주소를 받습니다.

## msk-tls-in-transit

msk-tls-in-transit-default-missing = 전송 중 암호화가 선언되어 있지 않습니다
msk-tls-in-transit-default-does = 새 MSK 클러스터의 기본값을 ClientBroker TLS 및 InCluster true로 설정합니다
msk-tls-client-other = ClientBroker가 { $value }입니다. 클라이언트가 TLS 없이 PHI를 주고받을 수 있습니다.
msk-tls-in-cluster-false = InCluster가 false입니다. 브로커 간에 PHI가 TLS 없이 복제됩니다.
msk-tls-in-transit-default-missing-2 = ClientBroker가 선언되어 있지 않습니다
msk-tls-in-transit-default-does-2 = ClientBroker의 기본값을 TLS로 설정합니다

## opsworks-no-plaintext-secrets

opsworks-no-custom-json = 스택에 사용자 지정 JSON이 없습니다.
opsworks-custom-json-secret = { $path }이(가) 시크릿을 평문 사용자 지정 JSON에 저장합니다.
opsworks-custom-json-clean = 스택의 사용자 지정 JSON에 시크릿을 나타내는 이름의 값이 없습니다.
opsworks-no-environment = 앱이 환경 변수를 설정하지 않습니다.
opsworks-env-not-secure = 환경 변수 { $key }이(가) Secure로 표시되지 않았으므로 DescribeApps가 이를 평문으로 반환합니다.
opsworks-env-not-secure-default = 환경 변수 { $key }이(가) Secure로 표시되지 않았으므로(기본값) DescribeApps가 이를 평문으로 반환합니다.
opsworks-env-all-secure = 시크릿을 나타내는 이름의 모든 환경 변수가 Secure로 표시되어 있습니다.

## storagegateway-audit-logging

storagegateway-logs-delivered = 로그가 지정된 대상으로 전달됩니다.
storagegateway-gateway-no-logs = CloudWatchLogGroupARN이 없습니다. 게이트웨이가 CloudWatch Logs로 로그를 보내지 않습니다.
storagegateway-share-no-audit = AuditDestinationARN이 없습니다. 파일 공유가 파일 액세스 감사 로그를 기록하지 않습니다.

## storagegateway-file-share-encryption

storagegateway-not-phi = PHI를 보관하는 것으로 표시되지 않았습니다.
storagegateway-kms-type = 객체가 KMS 키로 암호화됩니다({ $type }).
storagegateway-sse-s3 = 객체의 SSE-S3 암호화가 선언되어 있습니다.
storagegateway-type-unknown = EncryptionType '{ $type }'은(는) 알려진 유형이 아닙니다.
storagegateway-kms-flag = 객체가 KMS 키로 암호화됩니다(KMSEncrypted).
storagegateway-kms-flag-false = 객체의 SSE-S3 암호화가 선언되어 있습니다(KMSEncrypted: false).
storagegateway-file-share-encryption-default-missing = 파일 공유가 객체의 암호화 방법을 선언하지 않습니다
storagegateway-file-share-encryption-default-does = 파일 게이트웨이 객체를 기본적으로 SSE-S3로 저장합니다

## stepfunctions-logging-no-data

stepfunctions-logging-off = 실행 로깅이 꺼져 있습니다(Level OFF).
stepfunctions-data-false = 실행 로그에 상태 입력과 출력이 포함되지 않습니다(IncludeExecutionData false).
stepfunctions-data-absent = 실행 로그에 상태 입력과 출력이 포함되지 않습니다(IncludeExecutionData가 설정되지 않았으며 기본값은 false입니다).
stepfunctions-group-outside = 실행 데이터가 여기에 정의되지 않은 로그 그룹에 기록됩니다({ $path }). KMS 키로 암호화되어 있는지 확인하십시오.
stepfunctions-no-group = IncludeExecutionData가 true이지만 확인할 수 있는 로그 그룹 대상이 없습니다.
stepfunctions-group-no-key = IncludeExecutionData가 true이고 로그 그룹 '{ $group }'에 KmsKeyId가 없습니다. PHI를 포함할 수 있는 상태 입력과 출력이 KMS 키 없이 기록됩니다.
stepfunctions-groups-encrypted = 실행 데이터가 KMS로 암호화된 로그 그룹에만 기록됩니다.

## stepfunctions-no-phi

stepfunctions-no-phi-marked = PHI를 보관하는 것으로 표시되어 있지만, 백서에 따르면 Step Functions에서는 PHI를 저장, 전송 또는 처리해서는 안 됩니다. 참조를 전달하고 PHI는 적격 데이터 스토어에 보관하십시오.

## kinesisanalytics-encrypted-streams

kinesisanalytics-input-outside = 입력 스트림 { $stream }이(가) 스캔에 없습니다.
kinesisanalytics-stream-not-kms = 스트림 '{ $stream }'이(가) KMS로 암호화되어 있지 않습니다.
kinesisanalytics-stream-unencrypted = 스트림 '{ $stream }'에 서버 측 암호화가 없으므로 그 안의 PHI가 저장 시 암호화되지 않습니다.
kinesisanalytics-no-stream = 애플리케이션이 템플릿에서 Kinesis 스트림을 지정하지 않습니다(코드에서 설정된 소스는 검토가 필요합니다).
kinesisanalytics-streams-kms = 애플리케이션이 사용하는 스트림 { $count }개가 KMS로 암호화되어 있습니다.

## kinesisanalytics-logging

kinesisanalytics-logging-option = 로깅 옵션 '{ $option }'이(가) 애플리케이션의 로그를 CloudWatch로 보냅니다.
kinesisanalytics-logging-maybe = 로깅 옵션 '{ $option }'이(가) 이 애플리케이션의 것일 수 있습니다. 해당 ApplicationName이 설정되지 않았습니다.
kinesisanalytics-logging-none = 애플리케이션에 CloudWatch 로깅 옵션이 연결되어 있지 않으므로 로그가 보관되지 않습니다.

## fargate-efs-transit-encryption

fargate-not-fargate = Fargate 작업 정의가 아닙니다.
fargate-no-efs = 작업이 EFS 볼륨을 마운트하지 않습니다.
fargate-efs-no-tls = EFS 볼륨 '{ $volume }'이(가) TLS 없이 마운트됩니다(TransitEncryption { $value }).
fargate-efs-no-tls-default = EFS 볼륨 '{ $volume }'이(가) TLS 없이 마운트됩니다(TransitEncryption 기본값은 DISABLED).
fargate-efs-all-tls = 모든 EFS 볼륨이 TLS로 마운트됩니다.

## judge: emr_security.rs

emr-no-security-configuration = 클러스터가 SecurityConfiguration을 지정하지 않으므로 EMR이 로컬 디스크도 노드 간 트래픽도 암호화하지 않습니다.
emr-security-configuration-outside = 보안 구성 '{ $configuration }'이(가) 스캔한 파일에 정의되어 있지 않습니다.
emr-security-configuration-no-document = 보안 구성 '{ $configuration }'에 문서가 없습니다.
emr-security-configuration-unreadable = 보안 구성 '{ $configuration }'은(는) 읽을 수 있는 JSON 문서가 아닙니다.

## emr-at-rest-encryption

emr-at-rest-off = 보안 구성 '{ $configuration }'이(가) 저장 시 암호화를 활성화하지 않습니다.
emr-at-rest-without = 보안 구성 '{ $configuration }'이(가) { $part } 없이 저장 시 암호화를 활성화합니다.
emr-at-rest-without-both = 보안 구성 '{ $configuration }'이(가) S3EncryptionConfiguration이나 LocalDiskEncryptionConfiguration 없이 저장 시 암호화를 활성화합니다.
emr-at-rest-all = 보안 구성 '{ $configuration }'이(가) EMRFS 데이터, 로컬 디스크 및 EBS 볼륨을 암호화합니다.
emr-at-rest-no-ebs = 보안 구성 '{ $configuration }'이(가) EMRFS 데이터와 로컬 디스크를 암호화합니다(EnableEbsEncryption을 사용하면 EBS 루트 볼륨도 포함됩니다).

## emr-in-transit-encryption

emr-in-transit-on = 보안 구성 '{ $configuration }'이(가) 전송 중 암호화를 활성화합니다.
emr-in-transit-off = 보안 구성 '{ $configuration }'이(가) 전송 중 암호화를 활성화하지 않습니다.

## judge: declared_key.rs

declared-key-ref = KMS 키 '{ $key }'로 암호화되어 있습니다.
declared-key-literal = KMS 키 { $key }로 암호화되어 있습니다.
## autoscaling-multi-az

autoscaling-single-zone = { $path }에 영역이 하나만 지정되어 있습니다.
autoscaling-single-subnet = { $path }에 서브넷이 하나만 지정되어 있습니다.
autoscaling-subnets-one-zone = { $count }개 서브넷이 모두 { $zone }에 있습니다.
autoscaling-entries = { $path }에 { $count }개 항목이 나열되어 있습니다.
autoscaling-no-placement = VPCZoneIdentifier와 AvailabilityZones 모두 작성되어 있지 않습니다(시작 템플릿 또는 혼합 인스턴스 정책이 인스턴스를 배치할 수 있습니다).

## autoscaling-no-credentials-in-urls

autoscaling-url-password = { $url }은(는) URL에 암호를 포함하고 있습니다.
autoscaling-url-deferred = { $url }은(는) URL의 암호 위치에 배포 시 결정되는 값을 사용합니다.
autoscaling-url-none = 스캔한 리소스의 어떤 URL에도 자격 증명이 포함되어 있지 않습니다.

## lambda-environment-kms

lambda-env-none = 함수에 환경 변수가 없습니다.

## lambda-plaintext-endpoints

lambda-inline-http = 인라인 코드가 AWS 엔드포인트인 http://{ $host }을(를) 일반 텍스트로 호출합니다.

## lambda-url-auth

lambda-url-carries = 함수 URL '{ $url }'이(가) 판정을 담당합니다.
lambda-url-auth-not-written = { $path }이(가) 작성되어 있지 않습니다.
lambda-url-auth-none = AuthType이 NONE입니다. 인터넷의 누구나 함수 URL을 호출할 수 있습니다.

## eks-control-plane-logging

eks-logging-none = 활성화된 컨트롤 플레인 로그 유형이 없습니다.
eks-logging-on = api, audit, authenticator 로그가 활성화되어 있습니다.
eks-logging-lacks = 컨트롤 플레인 로깅에 { $types }이(가) 빠져 있습니다.

## eks-secrets-encryption

eks-secrets-kms = Kubernetes 시크릿이 선언된 KMS 키로 봉투 암호화됩니다.
eks-secrets-no-key = EncryptionConfig가 시크릿을 대상으로 하지만 KMS 키를 지정하지 않습니다.
eks-secrets-old-version = 시크릿에 대한 EncryptionConfig가 없으며, 이 Kubernetes 버전은 EKS 기본 봉투 암호화(1.28) 이전 버전입니다.

## athena-source-bucket-encrypted

athena-table-no-location = 테이블이 S3 위치를 지정하지 않습니다.
athena-table-not-s3 = 테이블 위치 '{ $location }'은(는) S3에 있지 않습니다.
athena-table-not-phi = 테이블과 해당 버킷 모두 PHI를 보관하는 것으로 표시되어 있지 않습니다.

## athena-workgroup-results-encrypted

athena-managed-results = 관리형 쿼리 결과가 활성화되어 있습니다. Athena가 이를 암호화합니다.
athena-results-encrypted = 쿼리 결과가 { $option }(으)로 암호화됩니다.
athena-results-encrypted-overridable = 쿼리 결과가 { $option }(으)로 암호화되지만 클라이언트가 이를 재정의할 수 있습니다(EnforceWorkGroupConfiguration이 false입니다).
athena-results-invalid-option = EncryptionOption '{ $option }'은(는) SSE_S3, SSE_KMS, CSE_KMS 중 어느 것도 아닙니다.

## snapshot-encrypted

what-snapshot-encryption = 스냅샷 암호화
snapshot-not-collected = { $path }이(가) 수집되지 않았습니다.

## snapshot-not-public

snapshot-sharing-outside = 스냅샷 공유는 스냅샷 정의 외부에서 설정됩니다. 라이브 스캔에서만 확인할 수 있습니다.
snapshot-public = 스냅샷이 퍼블릭입니다. 모든 AWS 계정이 이를 복원하고 보관된 데이터를 읽을 수 있습니다.
snapshot-not-shared = 스냅샷이 다른 어떤 계정과도 공유되지 않습니다.
snapshot-shared-named = 스냅샷은 지정된 { $count }개 계정과만 공유되며 퍼블릭이 아닙니다.

## datasync-efs-location-tls

datasync-efs-tls = DataSync가 TLS 1.2로 파일 시스템을 마운트합니다.
datasync-efs-plain = InTransitEncryption이 { $value }입니다. DataSync가 암호화되지 않은 NFS를 통해 PHI를 EFS로 복사합니다.
datasync-efs-absent = InTransitEncryption이 설정되어 있지 않습니다. DataSync는 기본적으로 TLS 없이 EFS를 마운트합니다.

## datasync-s3-location-encrypted

datasync-s3-no-bucket = 위치가 버킷을 지정하지 않습니다.

## datasync-task-logging

datasync-log-level-off = Options.LogLevel이 OFF이므로 작업이 아무것도 기록하지 않습니다.
datasync-task-logs = 작업이 CloudWatch Logs에 로그를 기록합니다.
datasync-task-no-log-group = CloudWatchLogGroupArn이 없습니다. 작업의 전송이 기록되지 않습니다.

## appmesh-listener-tls

appmesh-client-not-enforced = 기본 클라이언트 정책이 TLS를 강제하지 않습니다(Enforce: false).
appmesh-no-listeners = 리스너가 없습니다. 노드는 다른 서비스를 호출하기만 합니다.
appmesh-listener-mode = 리스너 { $listener }이(가) 일반 텍스트를 허용하는 TLS 모드 { $mode }을(를) 사용합니다.
appmesh-listener-no-tls = 리스너 { $listener }에 TLS 구성이 없으므로 일반 텍스트만 허용합니다.
appmesh-all-strict = 모든 리스너가 TLS를 요구합니다(STRICT).

## macie-enabled

macie-not-enabled-scope = S3 버킷이 PHI를 보관하는 계정 { $account } 리전 { $region }에서 Macie가 활성화되어 있지 않습니다.
macie-no-session = 스캔한 파일에 AWS::Macie::Session이 없습니다. Macie는 계정 및 리전별로 활성화되므로 계정을 확인하십시오.
macie-session-status = Macie 세션의 Status가 { $status }이므로 Macie가 민감한 데이터를 찾지 않습니다.

## macie-job-bucket-encryption

macie-job-bucket-unencrypted = Macie 작업의 버킷 '{ $bucket }'이(가) 서버 측 기본 암호화를 선언하지 않습니다. AWS는 2023년 1월부터 새 S3 객체를 SSE-S3로 암호화하고 있습니다. 그러나 구성에 선언되어 있지 않으므로 감사 증거가 되지 않습니다.
macie-job-bucket-outside = 버킷 '{ $bucket }'은(는) 이 스캔에 정의되어 있지 않습니다.
macie-job-not-bucket = '{ $name }'은(는) { $kind }입니다.
macie-job-all-encrypted = 작업의 모든 버킷이 서버 측 암호화를 선언합니다({ $buckets }).

## judge: live.rs

live-gap = 계정 { $account } 리전 { $region }에서 { $kind }을(를) 나열할 수 없었습니다. { $action }이(가) 실패했으므로({ $reason }) 존재하지 않는다는 것은 아무것도 증명하지 않습니다.

## mq-broker-logs

mq-logs-absent = 브로커 로그가 게시되지 않습니다(Logs가 설정되어 있지 않으며 general 및 audit 로그는 기본적으로 꺼져 있습니다).
mq-logs-false = { $path }이(가) false이므로 브로커가 해당 로그를 게시하지 않습니다.
mq-logs-not-set = { $path }이(가) 설정되어 있지 않습니다. 브로커는 기본적으로 해당 로그를 게시하지 않습니다.
mq-logs-general = 브로커가 general 로그를 게시합니다.
mq-logs-general-audit = 브로커가 general 및 audit 로그를 게시합니다.

## mq-encryption-at-rest

mq-rabbitmq-encrypted = RabbitMQ 브로커는 항상 AWS 소유 키로 저장 시 암호화되며 키 설정이 없습니다.
mq-aws-owned-key = AWS 소유 키를 사용한 저장 데이터 암호화가 선언되어 있습니다.
mq-declared-key = 메시지가 선언된 KMS 키로 저장 시 암호화됩니다.
mq-managed-key = 메시지가 AWS 관리형 키 aws/mq로 저장 시 암호화됩니다.

## databrew-dataset-ssl

databrew-dataset-not-jdbc = 데이터 세트가 JDBC를 통해 데이터베이스를 읽지 않습니다.
databrew-connection-not-jdbc = Glue 연결 '{ $connection }'은(는) JDBC 연결이 아닙니다.
databrew-connection-outside = Glue 연결 '{ $connection }'은(는) 이 스캔에 포함되어 있지 않습니다. 해당 연결에서 JDBC_ENFORCE_SSL을 확인하십시오.
databrew-connection-other = 연결 이름이 { $kind }인 '{ $name }'을(를) 가리킵니다.

## databrew-job-encryption

databrew-job-encrypted = 작업 출력이 암호화됩니다({ $mode }).
databrew-job-mode-unencrypted = EncryptionMode '{ $mode }'은(는) 작업 출력을 암호화하지 않습니다.

## secretsmanager-no-plaintext-passwords

secretsmanager-password-literal = { $path }은(는) 템플릿(또는 파라미터 기본값)의 리터럴입니다. Secrets Manager에 보관하십시오.
secretsmanager-password-literal-default = { $path }은(는) 숨겨져 있지만(NoEcho 또는 sensitive) 리터럴 기본값이 리포지토리에 커밋되어 있습니다. Secrets Manager에 보관하십시오.
secretsmanager-no-password = 작성된 암호가 없습니다(서비스에서 관리, 스냅샷에서 복원 또는 사용하지 않음).
secretsmanager-password-secret = { $paths }은(는) 배포 시 확인되는 시크릿 또는 NoEcho 값에서 가져옵니다.

## secretsmanager-secret-kms

secretsmanager-kms-named = 시크릿이 지정된 KMS 키로 암호화됩니다.
secretsmanager-secret-kms-default-missing = 시크릿에 KMS 키가 지정되어 있지 않습니다
secretsmanager-secret-kms-default-does = 시크릿을 AWS 관리형 키 aws/secretsmanager로 암호화합니다

## transfer-server-no-ftp

transfer-ftp = 서버가 일반 FTP를 제공하며, 이는 자격 증명과 파일을 일반 텍스트로 전송합니다.
transfer-encrypted-protocols = 서버가 암호화된 프로토콜만 제공합니다({ $protocols }).

## ses-event-destination

ses-event-destination = 이벤트 대상 '{ $destination }'이(가) 전송 이벤트를 게시합니다.
ses-no-event-destination = 활성화된 이벤트 대상이 연결되어 있지 않으므로 전송, 반송 및 거부가 기록되지 않습니다.

## ses-receipt-s3-kms

ses-receipt-no-kms = S3 작업이 수신 메일을 SES 암호화 없이 저장합니다(KmsKeyArn 없음).

## ses-tls-required

ses-tls-optional = TlsPolicy가 { $policy }입니다. 수신 서버가 TLS를 제공하지 않으면 SES가 일반 텍스트로 전송합니다.

## iot-domain-tls-policy

iot-domain-tls-min = { $policy }은(는) TLS 1.{ $minor } 이상을 요구합니다.
iot-domain-tls-old = { $policy }은(는) 여전히 TLS 1.{ $minor }을(를) 허용합니다.
iot-domain-policy-unknown = 보안 정책 '{ $policy }'은(는) 알려진 IoT 정책 이름이 아닙니다.

## iot-policy-no-wildcard

iot-policy-wildcard = 정책이 모든 리소스에 대해 { $action }을(를) 허용합니다.

## sqs-queue-encryption

sqs-queue-encryption-default-missing = 대기열에 KmsMasterKeyId와 SqsManagedSseEnabled 모두 선언되어 있지 않습니다
sqs-queue-encryption-default-does = 2022년 10월부터 새 대기열에서 기본적으로 SSE-SQS를 활성화하고 있습니다

## sqs-queue-tls-only

sqs-tls-policy-maybe = 대기열 정책 '{ $policy }'이(가) 이 대기열에 적용될 수 있지만 해당 대기열 목록을 확인할 수 없습니다.

## vmie-bucket-encrypted

vmie-bucket-encrypted = VM Import/Export 버킷이 기본 암호화를 선언합니다({ $algorithm }).
vmie-bucket-encrypted-default-missing = VM Import/Export 버킷이 기본 암호화를 선언하지 않습니다
vmie-bucket-encrypted-default-does = 2023년 1월부터 새 S3 객체를 SSE-S3로 암호화하고 있습니다
vmie-bucket-outside = VM Import/Export 버킷 '{ $bucket }'은(는) 이 스캔에 정의되어 있지 않습니다.

## securityhub-enabled

securityhub-enabled-scope = 계정 { $account } 리전 { $region }에서 Security Hub가 활성화되어 있습니다.
securityhub-not-enabled-scope = 계정 { $account } 리전 { $region }에서 Security Hub가 활성화되어 있지 않습니다.
securityhub-no-hub = 스캔한 파일에 Security Hub 허브가 정의되어 있지 않습니다. Security Hub는 계정 및 리전별로 활성화되므로 계정을 확인하십시오(또는 해당 기준 스택도 스캔하십시오).
securityhub-no-standards = EnableDefaultStandards가 false이고 활성화된 AWS::SecurityHub::Standard가 없으므로 아무것도 검사되지 않습니다.
securityhub-standards = Security Hub가 보안 표준과 함께 활성화되어 있습니다.

## dataexchange-export-encrypted

dataexchange-no-export = 이벤트 작업이 S3로 내보내지 않습니다.
dataexchange-export-encrypted = 내보내기가 암호화됩니다({ $type }).
dataexchange-export-invalid-type = '{ $type }'은(는) S3 서버 측 암호화 유형이 아닙니다.
dataexchange-no-bucket = 내보내기가 대상 버킷을 지정하지 않습니다.

## codepipeline-artifact-store-kms

codepipeline-no-store = 파이프라인이 아티팩트 저장소를 선언하지 않습니다.
codepipeline-store-no-key = { $store }이(가) KMS 키를 지정하지 않습니다. AWS는 아티팩트를 AWS 관리형 키 aws/s3로 암호화합니다. 그러나 구성에 선언되어 있지 않으므로 감사 증거가 되지 않습니다.
codepipeline-store-no-key-trusted = { $store }이(가) KMS 키를 지정하지 않습니다. AWS는 아티팩트를 AWS 관리형 키 aws/s3로 암호화합니다. 따라서 허용합니다 (trust_aws_defaults).
codepipeline-all-keys = 모든 아티팩트 저장소가 KMS 키를 지정합니다.

## acm-certificate-dns-validation

acm-private-ca = AWS Private CA에서 발급한 사설 인증서입니다. ACM이 검증 없이 갱신합니다.
acm-imported = 가져온 인증서입니다. ACM이 갱신하지 않으므로 만료를 모니터링해야 합니다.
acm-dns = DNS 검증: ACM이 인증서를 자동으로 갱신합니다.
acm-validation-method = ValidationMethod가 { $method }입니다. 갱신은 누군가 이메일을 승인할 때까지 대기합니다.
acm-no-validation-method = ValidationMethod가 없습니다. CloudFormation은 기본적으로 이메일 검증을 사용하므로 갱신은 누군가 이메일을 승인할 때까지 대기합니다.

## healthlake-datastore-kms

healthlake-datastore-kms-default-missing = SseConfiguration이 선언되어 있지 않습니다
healthlake-datastore-kms-default-does = FHIR 데이터 저장소를 AWS 소유 키로 암호화합니다
healthlake-cmk-type-unknown = CmkType '{ $type }'은(는) phiguard가 알고 있는 값이 아닙니다.

## kms-key-rotation

kms-aws-managed = AWS 관리형 키입니다. AWS가 매년 교체하며 교체 설정은 변경할 수 없습니다.
kms-asymmetric = 자동 교체는 대칭 암호화 키에만 적용됩니다. 이 키는 { $spec }입니다.
kms-origin-manual = Origin이 { $origin }인 키는 자동으로 교체할 수 없습니다. 수동으로 교체하십시오.
what-automatic-key-rotation = 자동 키 교체

## workspaces-volume-encryption

workspaces-root-false = 루트 볼륨이 암호화되어 있지 않습니다({ $path }이(가) false입니다).
workspaces-root-not-set = 루트 볼륨이 암호화되어 있지 않습니다({ $path }이(가) 설정되어 있지 않습니다).
workspaces-user-false = 사용자 볼륨이 암호화되어 있지 않습니다({ $path }이(가) false입니다).
workspaces-user-not-set = 사용자 볼륨이 암호화되어 있지 않습니다({ $path }이(가) 설정되어 있지 않습니다).
workspaces-encrypted = 루트 볼륨과 사용자 볼륨이 암호화되어 있습니다.

## glacier-vault-tls-only

glacier-no-policy = 볼트에 액세스 정책이나 잠금 정책이 없으므로 일반 텍스트(HTTP) 요청을 거부하는 것이 없습니다.
glacier-tls-enforced = 볼트 정책이 TLS 없는 요청을 거부합니다.

## qldb-ledger-kms

qldb-ledger-kms-default-missing = 원장에 암호화 키가 선언되어 있지 않습니다
qldb-ledger-kms-default-does = 키가 지정되지 않으면 QLDB 원장을 AWS 소유 키로 암호화합니다

## qldb-permissions-mode-standard

qldb-permissions-unknown-mode = PermissionsMode '{ $mode }'은(는) 알려진 모드가 아닙니다.

## logs-group-retention

logs-retention-audit-trail = RetentionInDays가 설정되어 있지 않으므로 이벤트가 만료되지 않습니다. 이 로그 그룹은 감사 로그를 보관하며(CloudTrail 추적 { $name }이(가) 로그를 전달함), 감사 로그는 무기한 보관해도 됩니다.
logs-retention-audit-flow-log = RetentionInDays가 설정되어 있지 않으므로 이벤트가 만료되지 않습니다. 이 로그 그룹은 감사 로그를 보관하며(흐름 로그 { $name }이(가) 로그를 전달함), 감사 로그는 무기한 보관해도 됩니다.
logs-retention-audit-name = RetentionInDays가 설정되어 있지 않으므로 이벤트가 만료되지 않습니다. 이 로그 그룹은 감사 로그를 보관하며(이름 { $name }이(가) 감사 로그임을 나타냄), 감사 로그는 무기한 보관해도 됩니다.

## globalaccelerator-encrypted-listener

ga-listener-protocol-unknown = 리스너 '{ $listener }'의 프로토콜을 알 수 없습니다.
ga-lb-no-listener = 이 스캔에서 '{ $lb }'에는 포트 { $port }의 리스너가 없습니다.
ga-ports-too-wide = 포트 { $from }-{ $to }은(는) 범위가 너무 넓어 하나씩 판정할 수 없습니다.
ga-port-not-visible = 포트 { $port }은(는) 여기에서 프로토콜을 확인할 수 없는 엔드포인트로 전달합니다.
ga-port-plain = 리스너 포트 { $port }은(는) '{ $lb }'의 포트 { $target }에 있는 { $protocol } 리스너 '{ $listener }'(으)로 전달하므로 PHI가 암호화되지 않은 채 액셀러레이터를 통과합니다.

## kinesis-stream-encryption

kinesis-stream-no-key-id = EncryptionType이 KMS이지만 KeyId가 없습니다. 작성된 대로는 스트림을 생성할 수 없습니다.
kinesis-stream-type-unencrypted = EncryptionType이 { $type }입니다. 스트림이 레코드를 암호화하지 않고 저장합니다.

## guardduty-enabled

guardduty-enabled-scope = 계정 { $account } 리전 { $region }에서 GuardDuty가 활성화되어 있습니다.
guardduty-no-detector-scope = 계정 { $account } 리전 { $region }에서 GuardDuty가 활성화되어 있지 않습니다. 해당 위치에 탐지기가 없습니다.
what-guardduty = GuardDuty
guardduty-no-detector = 스캔한 파일에 AWS::GuardDuty::Detector가 없습니다. GuardDuty는 계정 및 리전별로 활성화되므로 계정을 확인하십시오.

## ecr-repository-encryption

ecr-images-encrypted = 이미지가 { $type }(으)로 암호화됩니다.
ecr-invalid-type = EncryptionType '{ $type }'은(는) ECR 암호화 유형이 아닙니다.

## codebuild-artifact-encryption

codebuild-encryption-disabled = { $place }이(가) 암호화를 끕니다(EncryptionDisabled: true).
codebuild-no-output = 프로젝트가 아티팩트와 S3 로그를 생성하지 않습니다.
codebuild-kms-named = 빌드 출력이 지정된 KMS 키로 암호화됩니다.

## pinpoint-sms-short-code

pinpoint-sms-disabled = SMS 채널이 비활성화되어 있습니다.
pinpoint-short-code = SMS 채널이 전용 단축 코드를 통해 전송합니다.
pinpoint-no-short-code = SMS 채널이 단축 코드를 지정하지 않으므로 메시지가 공유 번호, 긴 코드 번호 또는 발신자 ID에서 전송됩니다.

## inspector-phi-instances

inspector-scans-ec2 = Inspector가 계정 { $account } 리전 { $region }의 EC2를 스캔합니다.
inspector-no-ec2-scan = Amazon Inspector가 계정 { $account } 리전 { $region }의 EC2를 스캔하지 않습니다. 이 PHI 인스턴스는 취약성 평가를 받지 못합니다.

## codedeploy-revision-bucket-encrypted

codedeploy-no-s3-revision = 배포 그룹이 S3에서 개정을 배포하지 않습니다.
## unknown-value reasons (outcome.rs unknown_reason, the loaders' reasons)

helper-path-unknown = { $path }: { $reason }
helper-true-unknown = { $what }: { $path }: { $reason }
reason-ref = '{ $target }'을(를) 참조하며 배포 시에만 알 수 있습니다.
reason-secret = 시크릿에서 가져옵니다.
reason-choice = 조건 '{ $condition }'에 따라 달라지며, 이 조건은 설정되지 않은 파라미터 또는 변수에 따라 달라집니다.
reason-literal-secret = 리터럴 기본값이 리포지토리에 커밋된 시크릿입니다.
reason-not-literal = 리터럴 값이 아닙니다.
reason-cfn-param-no-default = 파라미터 '{ $name }'에 기본값이 없습니다. --param { $name }=VALUE로 값을 전달하십시오.
reason-cfn-param-ssm = 파라미터 '{ $name }'은(는) 배포 시 SSM에서 읽습니다.
reason-cfn-import-value = Fn::ImportValue는 다른 스택의 내보내기 값을 읽습니다.
reason-cfn-get-azs = Fn::GetAZs는 배포 시에만 알 수 있습니다.
reason-cfn-notification-arns = AWS::NotificationARNs는 배포 시에만 알 수 있습니다.
reason-cfn-dynamic-reference = 동적 참조는 배포 시에 확인됩니다.
reason-cfn-cidr = Fn::Cidr는 평가하지 않습니다.
reason-cfn-unset-condition = 조건이 설정되지 않은 파라미터에 따라 달라집니다.
reason-tf-var-no-value = 변수 '{ $name }'에서 가져오지만, 이 변수에는 기본값이 없고 값도 지정되지 않았습니다(--var, --var-file).
reason-tf-no-variable = 잘못된 표현식입니다: 변수 '{ $name }'이(가) 선언되어 있지 않습니다.
reason-tf-no-resource = 잘못된 표현식입니다: 리소스 '{ $name }'이(가) 선언되어 있지 않습니다.
reason-tf-after-apply = apply 후에만 알 수 있습니다({ $name }).

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

## judge: policy.rs

policy-plaintext-no-deny = aws:SecureTransport가 false인 요청을 거부하는 문이 없습니다
policy-plaintext-not-principal = aws:SecureTransport에 대한 Deny가 NotPrincipal을 사용하므로 일부 보안 주체가 제외됩니다
policy-plaintext-some-principals = aws:SecureTransport에 대한 Deny가 '*'가 아닌 특정 보안 주체를 지정합니다

## sqs-queue-tls-only

sqs-tls-not-enforced = 대기열 정책이 일반 텍스트 요청을 거부하지 않습니다: { $gap }.
sqs-tls-actions-uncovered = 대기열 정책이 일반 텍스트 요청을 거부하지 않습니다: aws:SecureTransport에 대한 Deny가 { $actions }을(를) 포함하지 않습니다.

## glacier-vault-tls-only

glacier-tls-not-enforced = 볼트 정책이 일반 텍스트 요청을 거부하지 않습니다: { $gap }.
glacier-tls-actions-uncovered = 볼트 정책이 일반 텍스트 요청을 거부하지 않습니다: aws:SecureTransport에 대한 Deny가 { $actions }을(를) 포함하지 않습니다.

## ec2-cleartext-ingress

ec2-cleartext-protocol-unresolvable = IpProtocol을 확인할 수 없습니다.
ec2-cleartext-ports-unresolvable = 규칙의 포트를 확인할 수 없습니다.
ec2-cleartext-group-verdict = 보안 그룹 '{ $group }'이(가) 판정을 담당합니다.
ec2-cleartext-load-balancer = 이 그룹은 로드 밸런서 '{ $balancer }'을(를) 보호하며, 제공되는 프로토콜은 해당 리스너가 결정합니다 (로드 밸런서 규칙에서 판정).
ec2-cleartext-open = 인터넷 (0.0.0.0/0 또는 ::/0)에서 평문 서비스에 도달할 수 있습니다: { $services }
ec2-cleartext-none = 인터넷에 열려 있는 평문 프로토콜이 없습니다.

## judge: block_devices.rs (ec2-instance-ebs-encrypted, ec2-launch-template-ebs-encrypted, ec2-launch-configuration-ebs-encrypted)

block-devices-false = 암호화되지 않은 EBS 볼륨 — { $device }: Encrypted가 false입니다.
block-devices-absent = 암호화되지 않은 EBS 볼륨 — { $device }: Encrypted가 설정되지 않았으므로, 계정에서 EBS 기본 암호화를 켜지 않는 한 새 볼륨은 암호화되지 않습니다.
block-devices-snapshot = EBS 암호화를 판정할 수 없습니다 — { $device }: Encrypted 없이 SnapshotId에서 복원되므로 스냅샷의 암호화를 따릅니다.
block-devices-encrypted = 선언된 EBS 볼륨 { $devices }이(가) 암호화되어 있습니다.
block-devices-encrypted-root = 선언된 EBS 볼륨 { $devices }이(가) 암호화되어 있습니다. 루트 볼륨 { $root }은(는) AMI 스냅샷의 암호화를 따릅니다.
block-devices-root-unset = 루트 볼륨 { $device }이(가) Encrypted를 설정하지 않습니다: 루트 볼륨의 암호화는 AMI의 스냅샷과 계정의 EBS 기본 암호화 설정에 따라 결정되며, 템플릿은 둘 다 보여 주지 않습니다. 증거로 삼으려면 루트 디바이스 매핑에 Ebs.Encrypted: true를 설정하십시오.
block-devices-no-mapping = { $kind ->
        [launch-template] 시작 템플릿이
        [launch-configuration] 시작 구성이
       *[instance] 인스턴스가
    } EBS 블록 디바이스 매핑을 선언하지 않습니다: 루트 볼륨의 암호화는 AMI의 스냅샷과 계정의 EBS 기본 암호화 설정에 따라 결정되며, 템플릿은 둘 다 보여 주지 않습니다. 증거로 삼으려면 루트 디바이스 매핑에 Ebs.Encrypted: true를 설정하십시오.

## firehose-destination-encrypted

firehose-dest-kms = 스트림이 S3에 쓰는 데이터를 KMS로 암호화합니다.
firehose-dest-https = HTTP 엔드포인트가 https://입니다.
firehose-dest-not-https = HTTP 엔드포인트 { $url }이(가) https://가 아닙니다.
firehose-dest-none = S3 또는 HTTP 엔드포인트 대상이 없습니다 (다른 대상은 각자의 규칙에서 판정됩니다).

## firehose-encryption

firehose-encryption-none = Direct PUT 스트림이 서버 측 암호화를 선언하지 않습니다.
firehose-encryption-sse = { $key }을(를) 사용한 서버 측 암호화입니다.
firehose-encryption-source-kms = 소스 스트림 '{ $stream }'이(가) KMS로 암호화되어 있습니다.
firehose-encryption-source-none = 소스 스트림 '{ $stream }'에 서버 측 암호화가 없습니다.
firehose-encryption-source-not-stream = 소스 '{ $source }'은(는) Kinesis 스트림이 아닙니다.
firehose-encryption-source-outside = 소스 스트림 { $stream }이(가) 스캔에 없습니다.
firehose-encryption-source-unnamed = 소스 스트림이 지정되지 않았습니다.
firehose-encryption-other-source = 소스 ({ $source })는 해당 서비스의 규칙에서 판정됩니다.

## firehose-error-logging

firehose-logging-no-destination = 대상 구성이 작성되어 있지 않습니다.
firehose-logging-on = 전송 오류가 CloudWatch Logs에 기록됩니다.
firehose-logging-disabled = 대상의 오류 로깅이 비활성화되어 있습니다.
firehose-logging-absent = 대상이 CloudWatch 오류 로깅을 활성화하지 않습니다.

## comprehend-data-access-scope, comprehend-role-confused-deputy

comprehend-not-trusted = 이 역할은 Comprehend의 신뢰를 받지 않습니다.

## comprehend-data-access-scope

comprehend-scope-inline = 인라인 정책이 모든 버킷에 대한 S3 작업을 허용합니다 (Resource "*").
comprehend-scope-managed = 관리형 정책 '{ $policy }'이(가) 모든 버킷에 대한 S3 작업을 허용합니다.
comprehend-scope-aws-managed = AWS 관리형 정책 { $policy }은(는) 모든 버킷에 대한 S3 액세스 권한을 부여합니다.
comprehend-scope-outside = 관리형 정책 { $policy }이(가) 스캔에 없습니다.
comprehend-scope-attached = 역할에 연결된 정책 '{ $policy }'이(가) 모든 버킷에 대한 S3 작업을 허용합니다.
comprehend-scope-specific = 역할의 S3 권한이 특정 버킷을 지정합니다.

## comprehend-input-bucket-encrypted

comprehend-input-none = 입력 위치가 작성되어 있지 않습니다.

## comprehend-kms

comprehend-kms-declared = 작업 볼륨, 모델 및 출력에 KMS 키가 선언되어 있습니다.
comprehend-kms-default-trusted = { $paths }에 KMS 키가 선언되어 있지 않습니다. AWS가 이를 Comprehend가 관리하는 키로 암호화하므로 허용됩니다 (trust_aws_defaults).
comprehend-kms-default-fail = { $paths }에 KMS 키가 선언되어 있지 않습니다. AWS는 이를 Comprehend가 관리하는 키로 암호화하지만, 구성에 선언되어 있지 않으므로 감사 증거가 되지 않습니다.

## comprehend-role-confused-deputy

comprehend-trust-none = 신뢰 정책이 작성되어 있지 않습니다.
comprehend-trust-unreadable = 신뢰 정책이 읽을 수 있는 정책 문서가 아닙니다.
comprehend-trust-unscoped = 이 역할은 aws:SourceArn 또는 aws:SourceAccount 조건 없이 Comprehend를 신뢰하므로, 다른 계정의 작업이 Comprehend로 하여금 이 역할을 사용하게 할 수 있습니다.
comprehend-trust-scoped = Comprehend에 대한 신뢰가 aws:SourceArn 또는 aws:SourceAccount로 제한됩니다.

## comprehend-vpc

comprehend-vpc-absent = VpcConfig가 없습니다: 작업이 고객의 VPC 밖에서 실행됩니다.
comprehend-vpc-set = 작업이 고객의 VPC 안에서 실행됩니다.
comprehend-vpc-no-subnets = VpcConfig에 서브넷이 지정되어 있지 않습니다.

## vpc-flow-logs: a flow log of part of the traffic

vpc-flow-logs-partial = 흐름 로그 '{ $log }'은(는) { $traffic } 트래픽만 기록합니다. 감사 추적에는 ALL이 필요합니다.
vpc-flow-logs-partial-unset = 흐름 로그 '{ $log }'은(는) TrafficType이 설정되지 않아 일부 트래픽만 기록합니다. 감사 추적에는 ALL이 필요합니다.

## vpc-security-group-open-ingress

vpc-sg-all-open = 모든 프로토콜과 포트가 { $cidr }에 열려 있습니다.
vpc-sg-all-ports = 모든 { $protocol } 포트가 { $cidr }에 열려 있습니다.
vpc-sg-port = { $protocol } 포트 { $port }이(가) { $cidr }에 열려 있습니다.
vpc-sg-ports = { $protocol } 포트 { $from }-{ $to }이(가) { $cidr }에 열려 있습니다.
vpc-sg-unjudged-not-written = 인바운드 규칙을 판정할 수 없습니다: { $key }이(가) 작성되어 있지 않습니다.
vpc-sg-no-rules = 보안 그룹에 인바운드 규칙이 없습니다.
vpc-sg-web-only = 80/443 이외의 포트를 인터넷에 여는 인바운드 규칙이 없습니다.

## ebs-encryption-by-default. `region` is the region's name or the message ebs-this-region.

ebs-this-region = 이 리전
ebs-default-on = { $region }의 새 EBS 볼륨은 기본적으로 암호화됩니다.
ebs-default-on-key = { $region }의 새 EBS 볼륨은 기본적으로 암호화됩니다 (키 { $key }).
ebs-default-off = { $region }에서 EBS 기본 암호화가 꺼져 있습니다: Encrypted 없이 생성된 볼륨은 PHI를 평문으로 저장합니다.
ebs-default-not-collected = { $region }의 EbsEncryptionByDefault가 수집되지 않았습니다 (ec2:GetEbsEncryptionByDefault).

## ebs-volume-encrypted

ebs-volume-from-snapshot = 이 볼륨은 Encrypted 없이 SnapshotId에서 복원됩니다: 스냅샷의 암호화를 따르지만 템플릿에는 나타나지 않습니다.
ebs-volume-encrypted-absent = Encrypted가 설정되지 않았습니다: 계정에서 EBS 기본 암호화를 켜지 않는 한 볼륨은 암호화되지 않으며, 구성에는 이것이 나타나지 않습니다.

## efs-file-system-encrypted

efs-encrypted-absent = Encrypted가 설정되지 않았습니다. CloudFormation은 기본적으로 EFS 파일 시스템을 암호화하지 않고 생성합니다.

## efs-tls-required

efs-tls-no-policy = 파일 시스템 정책이 없습니다: 클라이언트가 TLS 없이 마운트하여 NFS를 통해 PHI를 평문으로 전송할 수 있습니다.
efs-tls-unreadable = 파일 시스템 정책이 읽을 수 있는 정책 문서가 아닙니다.
efs-tls-denied = 파일 시스템 정책이 TLS 없는 액세스를 거부합니다.
efs-tls-allow-only = 파일 시스템 정책이 TLS를 통한 클라이언트 액세스만 허용합니다.
efs-tls-not-denied = 파일 시스템 정책이 TLS 없는 액세스를 거부하지 않습니다 (aws:SecureTransport false에 대한 Deny 없음).

## ec2-instance-ebs-encrypted

ec2-instance-ebs-from-template = 이 인스턴스는 시작 템플릿에서 블록 디바이스를 가져오며, 판정은 해당 시작 템플릿이 담당합니다.

## cloudtrail-records-api-calls: one region not recorded

cloudtrail-api-calls-uncovered = 계정 { $account }에서 일부 API 호출이 로깅 중인 추적에 의해 기록되지 않습니다: 리전 { $region }: 이 리전을 대상으로 하는 추적이 없습니다.
cloudtrail-api-calls-stopped = 계정 { $account }에서 일부 API 호출이 로깅 중인 추적에 의해 기록되지 않습니다: 리전 { $region }: 추적 { $trail }이(가) 로깅하고 있지 않습니다.

## cloudtrail-phi-bucket-data-events: one trail's status not collected

cloudtrail-phi-bucket-not-collected = 추적이 이 버킷의 객체 이벤트를 기록하는지 알 수 없습니다: 추적 { $trail }: IsLogging이 수집되지 않았습니다.

## ec2-instance-ebs-encrypted: volumes attached through Volumes

ec2-instance-ebs-encrypted-attached = 선언된 EBS 볼륨 { $devices }이(가) 암호화되어 있습니다 (Volumes를 통해 연결된 볼륨 { $attached }개는 ebs-volume-encrypted에서 판정됩니다).
ec2-instance-ebs-encrypted-root-attached = 선언된 EBS 볼륨 { $devices }이(가) 암호화되어 있습니다. 루트 볼륨 { $root }은(는) AMI 스냅샷의 암호화를 따릅니다 (Volumes를 통해 연결된 볼륨 { $attached }개는 ebs-volume-encrypted에서 판정됩니다).
ec2-instance-ebs-snapshot-attached = EBS 암호화를 판정할 수 없습니다 — { $device }: Encrypted 없이 SnapshotId에서 복원되므로 스냅샷의 암호화를 따릅니다 (Volumes를 통해 연결된 볼륨 { $attached }개는 ebs-volume-encrypted에서 판정됩니다).
ec2-instance-ebs-root-unset-attached = 루트 볼륨 { $device }이(가) Encrypted를 설정하지 않습니다: 루트 볼륨의 암호화는 AMI의 스냅샷과 계정의 EBS 기본 암호화 설정에 따라 결정되며, 템플릿은 둘 다 보여 주지 않습니다. 증거로 삼으려면 루트 디바이스 매핑에 Ebs.Encrypted: true를 설정하십시오 (Volumes를 통해 연결된 볼륨 { $attached }개는 ebs-volume-encrypted에서 판정됩니다).
ec2-instance-ebs-no-mapping-attached = 인스턴스가 EBS 블록 디바이스 매핑을 선언하지 않습니다: 루트 볼륨의 암호화는 AMI의 스냅샷과 계정의 EBS 기본 암호화 설정에 따라 결정되며, 템플릿은 둘 다 보여 주지 않습니다. 증거로 삼으려면 루트 디바이스 매핑에 Ebs.Encrypted: true를 설정하십시오 (Volumes를 통해 연결된 볼륨 { $attached }개는 ebs-volume-encrypted에서 판정됩니다).

## judge: bucket.rs

bucket-role-default-trusted = { $role } '{ $bucket }'에 기본 암호화가 선언되어 있지 않습니다. AWS는 2023년 1월부터 새 S3 객체를 SSE-S3로 암호화합니다. 따라서 허용합니다 (trust_aws_defaults).
bucket-role-default-fail = { $role } '{ $bucket }'에 기본 암호화가 선언되어 있지 않습니다. AWS는 2023년 1월부터 새 S3 객체를 SSE-S3로 암호화합니다. 그러나 구성에 선언되어 있지 않으므로 감사 증거가 되지 않습니다.
## judge: phi_scan.rs

phi-scan-holds = { $path }의 값이 { $kind }인 것으로 보입니다: { $masked }.
phi-scan-holds-key = { $path }(키 '{ $key }')의 값이 { $kind }인 것으로 보입니다: { $masked }.
phi-scan-unchecked = { $path }은(는) 배포 전에 PHI 포함 여부를 확인할 수 없습니다: { $reason }
phi-scan-unchecked-one-more = { $path }(외 필드 1개)은(는) 배포 전에 PHI 포함 여부를 확인할 수 없습니다: { $reason }
phi-scan-unchecked-more = { $path }(외 필드 { $count }개)은(는) 배포 전에 PHI 포함 여부를 확인할 수 없습니다: { $reason }
phi-scan-nothing-set = 확인할 이름, 태그 또는 자유 형식 필드가 설정되어 있지 않습니다.
phi-scan-clean = { $fields }에 PHI로 보이는 값이 없습니다.

## judge: phi_detect.rs

phi-kind-ssn = 미국 사회보장번호
phi-kind-mbi = Medicare 수혜자 식별자(Medicare Beneficiary Identifier)
phi-kind-npi = 국가 의료 제공자 식별자(National Provider Identifier)
phi-kind-record-number = 의료 기록 번호 또는 환자 ID
phi-kind-birth-date = 생년월일
phi-kind-email = 개인 이메일 주소
phi-kind-phone = 전화번호
phi-kind-patient-name = 환자 이름
phi-kind-custom = '{ $name }' 패턴과 일치하는 값

## appmesh-no-phi-in-names

appmesh-no-phi-in-names-why = App Mesh 이름과 속성은 보호되지 않으며 메시의 모든 Envoy 프록시에 배포됩니다.

## autoscaling-no-phi-in-names

autoscaling-no-phi-in-names-why = Auto Scaling 이름은 진단 로그에 기록되는 자유 형식 필드입니다.

## batch-no-phi-in-definitions

batch-no-phi-in-definitions-why = Batch 작업 정의, 대기열 및 태그는 암호화되지 않으며 작업을 조회할 수 있는 모든 사용자에게 표시됩니다.

## cloudformation-no-phi-in-template

cloudformation-no-phi-in-template-why = 템플릿 텍스트, 파라미터 값, 출력 및 스택 태그는 소스 제어, S3 및 CloudFormation 콘솔에 일반 텍스트로 남습니다.

## cloudwatch-no-phi

cloudwatch-no-phi-why = CloudWatch 지표와 경보는 PHI 저장소가 아니며, 이름, 차원 및 설명은 알림, 대시보드 및 타사 도구로 전달됩니다.

## comprehend-no-phi-in-names

comprehend-no-phi-in-names-why = Comprehend 이름과 태그는 문서 콘텐츠처럼 보호되지 않는 자유 형식 필드입니다.

## connect-no-phi-in-admin-fields

connect-no-phi-in-admin-fields-why = Connect 관리 필드와 Customer Profiles 키는 연락처 및 프로필 콘텐츠처럼 암호화되지 않습니다.

## beanstalk-no-phi-in-names

beanstalk-no-phi-in-names-why = Elastic Beanstalk 이름, 설명 및 환경 속성은 암호화되지 않으며 콘솔과 API 결과에 표시됩니다.

## not-for-phi-service

not-for-phi-service-why = 이 서비스에서는 PHI를 저장, 전송 또는 처리해서는 안 되며, 그 구성은 조직 전체의 관리자가 읽을 수 있습니다.

## events-no-phi

events-no-phi-why = PHI가 CloudWatch Events/EventBridge로 흘러가서는 안 됩니다. 규칙 정의, 패턴 및 상수 대상 입력은 많은 보안 주체가 읽을 수 있는 구성입니다.

## iot-no-phi-in-topics

iot-no-phi-in-topics-why = 사물 이름, 속성 및 MQTT 주제 이름은 암호화된 페이로드가 아니며, 레지스트리, 로그 및 주제별로 라우팅되는 모든 메시지에 나타납니다.

## kms-no-phi-in-metadata

kms-no-phi-in-metadata-why = KMS 키 메타데이터는 암호화되지 않으며 콘솔, ListKeys/ListAliases 결과 및 CloudTrail에 표시됩니다.

## macie-no-phi-in-config

macie-no-phi-in-config-why = Macie 설정은 모든 Macie 관리자가 읽을 수 있는 구성이며 PHI를 둘 곳이 아닙니다.

## metadata-no-phi-in-tags

metadata-no-phi-in-tags-why = 이름, 태그 및 설명은 암호화되지 않으며 ARN, URL, CloudWatch 지표, 태그 지정 API, Cost Explorer, Config 및 CloudTrail에 나타납니다.

## rekognition-no-phi-in-ids

rekognition-no-phi-in-ids-why = Rekognition 식별자는 암호화되지 않으며 API 결과와 CloudTrail에 나타납니다.

## route53-no-phi-in-names

route53-no-phi-in-names-why = Route 53 이름, 레코드 및 태그는 암호화되지 않으며, DNS 이름은 공개되어 있고 리졸버에 기록됩니다.

## s3-no-phi-in-names

s3-no-phi-in-names-why = 버킷 이름, 객체 키 및 접두사는 SSE나 클라이언트 측 암호화로 암호화되지 않으며 URL, 액세스 로그, CloudTrail 및 S3 이벤트 알림에 나타납니다.

## servicecatalog-no-phi

servicecatalog-no-phi-why = Service Catalog는 PHI를 저장, 전송 또는 처리하는 데 사용할 수 없으며, 그 메타데이터는 포트폴리오의 모든 사용자에게 표시됩니다.

## cloudmap-no-phi-in-names

cloudmap-no-phi-in-names-why = Cloud Map 이름과 속성은 보호되지 않으며 서비스를 검색하는 모든 클라이언트에 반환됩니다.

## ssm-no-phi-in-identifiers

ssm-no-phi-in-identifiers-why = Systems Manager 식별자와 일반 String 파라미터는 암호화되지 않으며 콘솔, API 결과 및 CloudTrail에 나타납니다.

## stepfunctions-no-phi

stepfunctions-no-phi-why = Step Functions에서는 PHI를 저장, 전송 또는 처리해서는 안 되며, 정의, 이름 및 태그는 콘솔, API 결과 및 실행 기록에 일반 텍스트로 남습니다.
## judge: reference.rs (reasons)

reason-ref-not-in-scan = '{ $target }'을(를) 참조하지만, 이는 이번 스캔 범위에 없습니다.
reason-built-at-deploy = '{ $name }'은(는) 배포 시에만 알 수 있는 값으로 구성됩니다.
reason-name-empty = 이름이 비어 있습니다.

## rds-oracle-encryption-in-transit (unresolved)

rds-oracle-server-unresolved = 옵션 그룹 '{ $group }'의 SQLNET.ENCRYPTION_SERVER을(를) 확인할 수 없습니다: { $reason }

## rds-sqlserver-audit (unresolved)

rds-sqlserver-audit-unresolved = 파라미터 그룹 '{ $group }'의 rds.sqlserver_audit을(를) 확인할 수 없습니다: { $reason }

## rds-tls-enforced (unresolved)

rds-tls-param-unresolved = { $engine }: 파라미터 그룹 '{ $group }'의 { $parameter }을(를) 확인할 수 없습니다: { $reason }

## judge: rds_settings.rs (unreadable)

rds-option-configurations-unreadable = 옵션 그룹의 OptionConfigurations: { $reason }
rds-option-name-unreadable = 옵션 그룹의 옵션 이름: { $reason }

## judge: inherited.rs (unreadable)

inherited-source-unreadable = 암호화는 { $path }에서 상속되지만, 그 값을 읽을 수 없습니다: { $reason }
inherited-unresolved-ignored = 암호화는 { $path }에서 상속되지만, 그 값을 읽을 수 없습니다: { $reason } 복원 또는 복제 시에는 { $flag }이(가) 무시됩니다.
inherited-source-flag-unreadable = 암호화는 { $source }에서 상속되지만, 그 { $flag }을(를) 읽을 수 없습니다: { $reason }

## dms-target-encrypted (unreadable)

dms-target-flag-unreadable = 대상의 { $path }: { $reason }
dms-target-server-unreadable = 대상 서버: { $reason }
dms-target-server-unresolved = 대상 서버를 확인할 수 없습니다: { $reason }

## glue-job-encryption (unreadable)

glue-job-sc-s3-unreadable = 보안 구성 '{ $configuration }'의 S3 암호화: { $reason }
glue-job-sc-unresolved = 보안 구성을 확인할 수 없습니다: { $reason }

## ssm-output-encrypted (unreadable)

ssm-output-bucket-unreadable = 출력 버킷: { $reason }
ssm-output-content-unreadable = 문서 내용: { $reason }

## ssm-parameter-secure-string (unreadable)

ssm-parameter-value-unreadable = '{ $name }'의 값: { $reason }

## dynamodb-point-in-time-recovery (unreadable)

dynamodb-pitr-replica-unreadable = 복제본 { $region }: { $path }: { $reason }

## sagemaker-endpoint-kms (unreadable)

sagemaker-endpoint-instance-type-unreadable = KmsKeyId가 없으며, 변형의 InstanceType을 읽을 수 없습니다: { $reason }

## sagemaker-job-output-kms (unreadable)

sagemaker-pipeline-definition-unreadable = 파이프라인 정의: { $reason }

## redshift-require-ssl (unresolved)

redshift-ssl-unresolved = 파라미터 그룹 '{ $group }'의 require_ssl을 확인할 수 없습니다: { $reason }

## msk-broker-logs (unreadable)

msk-broker-logs-unreadable = 브로커 로그가 { $destination }(으)로 전달되는지 판단할 수 없습니다: { $reason }

## opsworks-no-plaintext-secrets (unreadable)

opsworks-env-secure-unreadable = { $key }의 Secure: { $reason }

## stepfunctions-logging-no-data (unreadable)

stepfunctions-group-key-unreadable = 로그 그룹 '{ $group }'의 KmsKeyId: { $reason }

## kinesisanalytics (unreadable)

kinesisanalytics-input-unresolved = 입력 스트림: { $reason }
kinesisanalytics-stream-encryption-unreadable = 스트림 '{ $stream }'의 암호화: { $reason }
kinesisanalytics-logging-maybe-unreadable = 로깅 옵션 '{ $option }'이(가) 이 애플리케이션의 것일 수 있습니다. 해당 ApplicationName: { $reason }

## fargate-efs-transit-encryption (unreadable)

fargate-efs-transit-unreadable = '{ $volume }'의 TransitEncryption: { $reason }

## emr (unreadable)

emr-at-rest-unreadable = '{ $configuration }'의 EnableAtRestEncryption: { $reason }
emr-in-transit-unreadable = '{ $configuration }'의 EnableInTransitEncryption: { $reason }
emr-security-configuration-value-unreadable = 보안 구성 '{ $configuration }': { $reason }

## judge: reference.rs (reason not-string)

reason-not-string = 문자열이 아닙니다.

## cloudfront-s3-origin-encrypted (unreadable)

cloudfront-origin-domain-unreadable = S3 오리진의 도메인: { $reason }

## neptune (unresolved)

neptune-group-unresolved = 파라미터 그룹을 확인할 수 없습니다: { $reason }

## judge: endpoint_url.rs (unreadable)

endpoint-url-unreadable = { $name }의 엔드포인트: { $reason }

## sqs-queue-encryption (declared key)

sqs-queue-encryption-kms-declared = 메시지는 KMS 키로 암호화됩니다. KmsMasterKeyId가 선언되어 있습니다(그 값: { $reason })

## secretsmanager-no-plaintext-passwords (unreadable)

secretsmanager-password-unreadable = { $path }: { $reason } NoEcho가 없는 파라미터는 스택의 파라미터에 그 값이 표시됩니다.

## ses-event-destination (unreadable)

ses-event-destination-maybe = 이벤트 대상 '{ $destination }'이(가) 이 구성 세트에 속할 수 있습니다: { $reason }
ses-event-destination-maybe-enabled = 이벤트 대상 '{ $destination }'이(가) 이 구성 세트에 속할 수 있습니다. 해당 Enabled: { $reason }

## iot-policy-no-wildcard (unreadable)

iot-policy-action-unreadable = 정책이 모든 권한을 부여하는지 판단할 수 없습니다. Action: { $reason }
iot-policy-resource-unreadable = 정책이 모든 권한을 부여하는지 판단할 수 없습니다. Resource: { $reason }

## databrew-dataset-ssl (unreadable)

databrew-connection-unreadable = Glue 연결: { $reason }
databrew-connection-unresolved = Glue 연결을 확인할 수 없습니다: { $reason }

## vmie-bucket-encrypted (unreadable)

vmie-bucket-encryption-unreadable = 버킷의 기본 암호화: { $reason }
vmie-bucket-unresolved = VM Import/Export 버킷을 확인할 수 없습니다: { $reason }

## macie-job-bucket-encryption (unreadable)

macie-job-buckets-unreadable = 작업의 버킷: { $reason }
macie-job-bucket-encryption-unreadable = '{ $bucket }'의 암호화: { $reason }
macie-job-bucket-unresolved = 작업의 버킷: { $reason }

## datasync-s3-location-encrypted (unreadable)

datasync-bucket-unreadable = 버킷: { $reason }

## appmesh-listener-tls (unreadable)

appmesh-tls-mode-unreadable = TLS 모드: { $reason }

## ses-receipt-s3-kms (unreadable)

ses-s3action-unreadable = S3Action: { $reason }

## dataexchange-export-encrypted (unreadable)

dataexchange-bucket-unreadable = 대상 버킷: { $reason }

## inspector (unreadable)

inspector-resource-types-unreadable = Inspector의 ResourceTypes: { $reason }

## codedeploy-revision-bucket-encrypted (unreadable)

codedeploy-revision-bucket-unreadable = 개정 버킷: { $reason }

## judge: policy.rs (undecided plaintext deny)

policy-plaintext-narrowed = aws:SecureTransport에 대한 Deny에 범위를 좁히는 다른 조건이 함께 있습니다.
policy-plaintext-resource-unmatched = Deny의 Resource가 이 리소스에 해당하는지 판단할 수 없습니다.
policy-plaintext-unknown-statements = 정책의 문: { $reason }
policy-plaintext-unknown-effect = 문의 Effect: { $reason }
policy-plaintext-unknown-condition = Deny 문의 Condition: { $reason }
policy-plaintext-unknown-clause = Deny 문의 조건: { $reason }
policy-plaintext-unknown-secure-transport = aws:SecureTransport: { $reason }
policy-plaintext-unknown-principal = Deny의 Principal: { $reason }
policy-plaintext-unknown-action = Deny의 Action: { $reason }
policy-plaintext-unknown-not-action = Deny의 NotAction: { $reason }
policy-plaintext-unknown-resource = Deny의 Resource: { $reason }

## sqs-queue-tls-only (undecided)

sqs-tls-unknown = 일반 텍스트 요청이 거부되는지 판단할 수 없습니다: { $reason }
sqs-tls-policy-of = '{ $policy }'의 정책: { $reason }

## glacier-vault-tls-only (undecided)

glacier-tls-unknown = 일반 텍스트 요청이 거부되는지 판단할 수 없습니다: { $reason }
glacier-tls-vault-policy = 볼트 정책: { $reason }

## sagemaker-job-output-kms (pipeline steps)

sagemaker-pipeline-default-missing = { $steps }에 대한 출력 KMS 키가 지정되어 있지 않습니다
sagemaker-pipeline-default-does = 이러한 출력을 계정의 AWS 관리형 S3 키로 암호화합니다
sagemaker-pipeline-step = { $type } 단계 '{ $name }'
sagemaker-pipeline-step-and = { $type } 단계 '{ $name }', { $rest }

## judge: policy.rs (unresolved statements)

policy-unresolved-document = 정책 문서: { $reason }
policy-unresolved-statement = 어떤 문: { $reason }
policy-unresolved-statement-field = Statement: { $reason }
reason-not-policy-document = 정책 문서가 아닙니다.

## iot-policy-no-wildcard (statements)

iot-policy-statements-unreadable = 정책의 문: { $reason }
reason-cfn-get-att-not-resource = '{ $name }'의 Fn::GetAtt이지만, '{ $name }'은(는) 여기에서 리소스가 아닙니다.

## judge: declared_key.rs

declared-key-none = KMS 키가 선언되어 있지 않습니다({ $path })
declared-key-empty = { $path }이(가) 비어 있습니다
fsx-kms-aws-does = AWS 관리형 키 aws/fsx로 파일 시스템을 암호화합니다
lambda-environment-kms-aws-does = AWS 관리형 키 aws/lambda로 환경 변수를 암호화합니다
kinesisvideo-stream-kms-aws-does = AWS 관리형 키 aws/kinesisvideo로 저장된 미디어를 암호화합니다
forecast-dataset-kms-aws-does = Forecast가 관리하는 키로 데이터 세트를 암호화합니다
appflow-flow-kms-aws-does = AppFlow가 관리하는 키 aws/appflow로 흐름 데이터를 암호화합니다

## judge: backup.rs

backup-covers-undecided = 백업되는지 판단할 수 없습니다: { $why }
backup-why-pattern = 패턴 { $pattern }이(가) { $store }의 이름과 일치할 수 있으며, 그 이름은 배포 시에 생성됩니다.
backup-why-tag-value = 태그 { $key }의 값은 배포 시에만 알 수 있습니다.
backup-why-tags-entry = ListOfTags 항목을 배포 시에만 알 수 있습니다.
backup-why-target-tags-entry = { $policy }의 TargetTags 항목을 배포 시에만 알 수 있습니다.

## judge: engine.rs

engine-same-verdict = { $message } (조건 '{ $condition }'은(는) 설정되지 않은 파라미터 또는 변수에 따라 달라지지만, 어떤 값이든 판정은 같습니다.)
engine-depends-on-condition = 조건 '{ $condition }'에 따라 달라지며, 이 조건은 설정되지 않은 파라미터 또는 변수에 따라 달라집니다. { $condition }이(가) true일 때: { $verdict-on } ({ $on }); { $condition }이(가) false일 때: { $verdict-off } ({ $off })
engine-verdict-pass = 적합
engine-verdict-fail = 부적합
engine-verdict-unknown = 판정 불가
engine-verdict-not-applicable = 해당 없음

## eligibility-phi-in-eligible-service: services outside the scan

eligibility-hop-unknown-service = { $kind } { $name }이(가) { $via }을(를) 통해 AWS 서비스 '{ $prefix }'(이 스캔 범위 밖)로 PHI를 보냅니다. phiguard는 IAM 접두사 '{ $prefix }'이(가) 어느 서비스에 속하는지 알지 못합니다. spec/eligible-services.yaml 및 AWS의 최신 HIPAA Eligible Services Reference와 대조하여 확인하십시오.
eligibility-hop-unlisted = { $kind } { $name }이(가) { $via }을(를) 통해 { $service }(이 스캔 범위 밖)로 PHI를 보내지만, { $service }은(는) HIPAA 적격 서비스가 아닙니다(spec/eligible-services.yaml의 어떤 목록에도 없음). BAA는 그곳의 PHI를 보장하지 않습니다.
eligibility-hop-eligible = { $kind } { $name }이(가) { $via }을(를) 통해 { $service }(이 스캔 범위 밖)로 PHI를 보냅니다. { $service }은(는) HIPAA 적격 서비스입니다(백서: { $listed }).
eligibility-hop-supporting = { $kind } { $name }이(가) { $via }을(를) 통해 { $service }(이 스캔 범위 밖)로 PHI를 보냅니다. { $listed }은(는) 백서에 자체 섹션이 없습니다. 최신 HIPAA Eligible Services Reference와 대조하여 확인하십시오.
eligibility-hop-not-in-whitepaper = { $kind } { $name }이(가) { $via }을(를) 통해 { $service }(이 스캔 범위 밖)로 PHI를 보냅니다. { $listed }은(는) 백서에서 다루지 않습니다(spec/eligible-services.yaml). 최신 HIPAA Eligible Services Reference와 대조하여 확인하십시오.

## judge: policy.rs (transport gaps)

s3-tls-partial = 버킷 정책 { $policies }이(가) TLS 없이 수행된 모든 요청을 거부하지는 않습니다: { $gap }.
policy-transport-old-tls-only = 최소 버전 미만의 TLS만 거부합니다(s3:TlsVersion). 일반 HTTP 요청에는 TLS 버전이 없으므로 거부되지 않습니다. Bool aws:SecureTransport=false Deny를 추가하십시오
policy-transport-some-principals = aws:SecureTransport에 대한 Deny가 특정 보안 주체를 지정하므로(또는 NotPrincipal로 일부를 제외하므로) 다른 호출자는 여전히 일반 HTTP를 사용할 수 있습니다
policy-transport-actions = aws:SecureTransport에 대한 Deny가 { $actions }을(를) 포함하지 않습니다

## judge: live.rs

live-collected-at-invalid = 인벤토리의 collected_at이 RFC 3339 시간이 아니므로 경과 기간을 계산할 수 없습니다.
live-no-collection-time = 스캔에 수집 시간이 없으므로 경과 기간을 계산할 수 없습니다.
config-recorder-live-none = 계정 { $account } 리전 { $region }에서 AWS Config가 기록하고 있지 않습니다. 그곳에는 구성 레코더가 없습니다.

## judge: endpoint_url.rs

endpoint-url-unresolved = { $name }의 엔드포인트: { $reason }

## loader reasons (Terraform dynamic blocks)

reason-tf-dynamic-var-no-value = for_each가 변수 '{ $name }'에서 오는 dynamic 블록으로 생성되지만, 이 변수에는 기본값이 없고 값도 지정되지 않았습니다(--var, --var-file).
reason-tf-dynamic-after-apply = for_each를 apply 후에만 알 수 있는 dynamic 블록으로 생성됩니다({ $name }).

## loader reasons (live collections)

reason-live-refused-because = { $action }이(가) 거부되었습니다({ $error }).
reason-live-refused = { $action }이(가) 거부되었습니다.

## s3-bucket-tls-only: undecided policies

s3-tls-unevaluable = 버킷 정책을 평가할 수 없습니다: { $why }
s3-tls-undecided = 버킷 정책이 TLS 없이 수행된 요청을 거부하는지 판단할 수 없습니다: { $why }
s3-tls-maybe-policy = 버킷 정책 { $policy }이(가) 이 버킷에 적용될 수 있지만, 그 Bucket을 판정할 수 없습니다: { $reason }

## loader reasons (CloudFormation intrinsics, Terraform expressions)

reason-cfn-getatt-not-resource = '{ $name }'의 Fn::GetAtt이지만, '{ $name }'은(는) 여기에서 리소스가 아닙니다.
reason-cfn-getatt-malformed = Fn::GetAtt 형식이 잘못되었습니다.
reason-cfn-select-out-of-range = Fn::Select 인덱스 { $index }이(가) 범위를 벗어났습니다.
reason-cfn-select-deploy-time = 배포 시에만 알 수 있는 값에 대한 Fn::Select입니다.
reason-cfn-split-deploy-time = 배포 시에만 알 수 있는 값에 대한 Fn::Split입니다.
reason-cfn-length-deploy-time = 배포 시에만 알 수 있는 값에 대한 Fn::Length입니다.
reason-cfn-to-json-deploy-time = 배포 시에만 알 수 있는 값에 대한 Fn::ToJsonString입니다.
reason-cfn-malformed = { $name }의 형식이 올바르지 않습니다.
reason-cfn-unsupported = { $name }은(는) 지원되지 않습니다.
reason-tf-no-local = 잘못된 표현식입니다: 로컬 값 '{ $name }'이(가) 선언되어 있지 않습니다.
reason-tf-self-after-apply = 리소스 자신을 참조하며 apply 후에만 알 수 있습니다.
reason-tf-over-budget = 이 입력이 평가 한도를 초과하여 평가하지 않았습니다.
reason-tf-too-large = 너무 커서 평가하지 않았습니다.
reason-tf-contains-secret = 시크릿을 포함합니다.
reason-tf-budget-spent = 이 입력이 평가 한도를 초과하여 평가하지 않았습니다(한도에 도달한 위치의 경고를 참조하십시오).
reason-tf-budget-time = 이 입력이 평가 시간 한도 { $seconds }초를 초과하여 평가하지 않았습니다.
reason-tf-budget-elements = 이 입력이 평가 한도({ $count }개 요소)를 초과하여 평가하지 않았습니다.
reason-tf-too-deep = 평가 중첩이 { $count }단계를 넘어 평가하지 않았습니다(자기 자신을 포함하는 템플릿, 정책 문서 또는 모듈이 아닌지 확인하십시오).
reason-tf-value-too-large = 요소가 { $count }개를 넘어 하나의 값에 대한 한도를 초과하므로 평가하지 않았습니다.
reason-tf-ref-after-apply = '{ $name }'을(를) 참조하며 apply 후에만 알 수 있습니다.
reason-tf-secret = 시크릿입니다.
reason-tf-null = null입니다.
reason-tf-wrong-type = 예상한 유형이 아닙니다.
reason-tf-invalid-no-variable = 잘못되었습니다(변수 '{ $name }'이(가) 선언되어 있지 않습니다).
reason-tf-invalid-no-resource = 잘못되었습니다(리소스 '{ $name }'이(가) 선언되어 있지 않습니다).
reason-tf-invalid-no-local = 잘못되었습니다(로컬 값 '{ $name }'이(가) 선언되어 있지 않습니다).
reason-tf-instance-count = { $address }의 { $name }은(는) 알 수 없습니다. 해당 count: { $reason }
reason-tf-instance-for-each = { $address }의 { $name }은(는) 알 수 없습니다. 해당 for_each: { $reason }
reason-tf-set-by-count = { $address }에 의해 설정되지만 { $address }이(가) 존재하는지는 알 수 없습니다. 해당 count: { $reason }
reason-tf-set-by-for-each = { $address }에 의해 설정되지만 { $address }이(가) 존재하는지는 알 수 없습니다. 해당 for_each: { $reason }
reason-cfn-find-in-map-deploy-time = Fn::FindInMap 키는 배포 시에만 알 수 있습니다.
reason-cfn-mapping-missing = 매핑 { $mapping }이(가) 존재하지 않습니다.
reason-cfn-ref-undefined = '{ $name }'에 대한 Ref이지만, '{ $name }'은(는) 이 템플릿에 정의되어 있지 않습니다.
reason-tf-workspace = Terraform 실행 시 선택되는 Terraform 작업 공간에 따라 달라집니다.
reason-tf-self = 리소스 자신을 참조하며 apply 후에만 알 수 있습니다.
reason-tf-nested-attribute = '{ $name }'의 중첩 속성을 읽으며 apply 후에만 알 수 있습니다.
reason-tf-nested-value = '{ $name }'의 중첩 값을 읽으며 apply 후에만 알 수 있습니다.
reason-tf-data-source = 데이터 소스 '{ $name }'을(를) 읽으며 Terraform 실행 시에만 알 수 있습니다.
reason-tf-data-source-nested = 데이터 소스 '{ $name }'의 중첩 속성을 읽으며 Terraform 실행 시에만 알 수 있습니다.
reason-tf-generated-on-apply = Terraform apply 시 { $name }에 의해 생성됩니다.
reason-tf-provider-function = 공급자 함수 { $name }(으)로 계산되지만, 이 함수는 평가되지 않습니다.
reason-tf-function-not-evaluated = { $name }()(으)로 계산되지만, phiguard는 이 함수를 평가하지 않습니다.
reason-tf-function-bad-arguments = 사용할 수 없는 인수로부터 { $name }()(으)로 계산됩니다.

## eligibility-phi-in-eligible-service: undecided service

eligibility-undecided = { $what } { $kind }입니다: { $why }
eligibility-undecided-why = 이것이 { $service }인지는 { $attr }에 따라 달라지지만, { $attr }은(는) 리터럴 값이 아닙니다.

## judge: backup.rs (FSx types)

backup-why-fsx-type = FileSystemType '{ $type }'은(는) 여기에서 알 수 없는 유형입니다.

## backup-recent-recovery-point: unreadable recovery points

backup-points-unreadable = 복구 지점을 읽을 수 없었습니다: { $why }
backup-point-status-unread = { $point }: Status를 읽지 못했습니다.
backup-point-date-invalid = { $point }: CreationDate가 RFC 3339 시간이 아닙니다.

## backup-plan-covers-phi-stores: why coverage cannot be decided

backup-undecided = 백업 여부를 판단할 수 없습니다: { $why }
backup-why-pattern = 패턴 { $entry }은(는) { $name }의 이름과 일치할 수 있으나, 그 이름은 배포 시에 생성됩니다.
backup-why-tag-value = 태그 { $key }의 값은 배포 시에만 알 수 있습니다.
backup-why-tag-entry = ListOfTags의 한 항목은 배포 시에만 알 수 있습니다.
backup-why-condition-operator = Conditions의 { $operator }은(는) 해석할 수 없습니다.
backup-why-condition-key = 조건 키 { $key }은(는) 리소스 태그가 아닙니다.
backup-why-condition-entry = Conditions { $operator }의 한 항목은 배포 시에만 알 수 있습니다.
backup-why-replica-pitr = 복제본의 PointInTimeRecoveryEnabled는 배포 시에만 알 수 있습니다.
backup-why-fsx-type = FileSystemType '{ $type }'은(는) 여기에서 알 수 없는 유형입니다.
backup-why-target-tags = { $policy }의 TargetTags 중 한 항목은 배포 시에만 알 수 있습니다.

## docdb-tls, docdb-audit-logs: a parameter that cannot be read

docdb-tls-param-unknown = 파라미터 그룹 '{ $group }'의 tls: { $reason }
docdb-audit-param-unknown = 파라미터 그룹 '{ $group }'의 audit_logs: { $reason }

## vpc-security-group-open-ingress, vpc-flow-logs: values that cannot be read

vpc-sg-unjudged = 인바운드 규칙을 판정할 수 없습니다: { $why }
vpc-flow-logs-traffic-unknown = VPC에 흐름 로그가 있는지 판단할 수 없습니다: '{ $log }'의 TrafficType: { $reason }

## cloudtrail-audit-log-retention: an expiration that cannot be read

cloudtrail-retention-expiration-unknown = 로그 버킷 '{ $bucket }'의 ExpirationInDays: { $reason }

## comprehend-data-access-scope: a managed policy ARN that cannot be read

comprehend-scope-arn-unknown = 관리형 정책 ARN: { $reason }

## ecs: unnamed containers and volumes, log options that cannot be read

ecs-unnamed = (이름 없음)
ecs-log-output-name-unknown = 컨테이너 '{ $container }': FireLens 출력 이름: { $reason }
ecs-log-tls-option-unknown = 컨테이너 '{ $container }': { $output } 출력의 tls 옵션: { $reason }
ecs-log-address-unknown = 컨테이너 '{ $container }': { $key }: { $reason }

## resource-policy-not-public, judge/exposure.rs: a policy or subnet that cannot be read

resource-policy-unevaluated = { $path }을(를) 평가할 수 없습니다: { $why }
exposure-policy-unknown = 정책: { $reason }
exposure-subnet-ip-unknown = 서브넷 { $subnet }의 MapPublicIpOnLaunch: { $reason }
exposure-subnet-unresolved = 서브넷: { $reason }

## ec2-phi-no-public-ip: a launch template's value that cannot be read

ec2-public-ip-from-unread = { $kind ->
        [template] 시작 템플릿
       *[configuration] 시작 구성
    } { $name }: { $why }

## judge: block_devices.rs, several volumes and unnamed mappings

block-devices-device = { $device }
block-devices-mapping = 매핑 #{ $index }
block-devices-comma = { $first }, { $rest }
block-devices-next = { $first } { $rest }
block-devices-item-false = { $device }: Encrypted가 false입니다.
block-devices-item-absent = { $device }: Encrypted가 설정되지 않았으므로, 계정에서 EBS 기본 암호화를 켜지 않는 한 새 볼륨은 암호화되지 않습니다.
block-devices-item-snapshot = { $device }: Encrypted 없이 SnapshotId에서 복원되므로 스냅샷의 암호화를 따릅니다.
block-devices-item-unread = { $device }: { $why }
block-devices-failed = 암호화되지 않은 EBS 볼륨 — { $volumes }
block-devices-undecided = EBS 암호화를 판정할 수 없습니다 — { $volumes }
ec2-instance-ebs-attached-note = { $sentence } (Volumes를 통해 연결된 볼륨 { $attached }개는 ebs-volume-encrypted에서 판정됩니다.)

## judge: bucket.rs, reasons that cannot be read

bucket-role-encryption-unknown = { $role } '{ $bucket }'의 암호화: { $reason }
bucket-role-unresolved = { $role }을(를) 확인할 수 없습니다: { $reason }

## s3-bucket-tls-only: a policy that cannot be evaluated

s3-tls-unevaluated = 버킷 정책을 평가할 수 없습니다: { $why }
s3-tls-maybe = 버킷 정책 { $policy }이(가) 이 버킷에 적용될 수 있지만, 해당 Bucket: { $reason }

## iam-console-user-mfa: users that could not be listed

iam-mfa-users-unlisted = 계정 { $account }의 IAM 사용자를 나열할 수 없었습니다. { $action }이(가) 실패했으므로({ $reason }) MFA가 없는 사용자가 이 보고서에서 누락되었을 수 있습니다.

## cloudtrail-records-api-calls: several regions and trails

cloudtrail-api-calls-missing = 계정 { $account }에서 일부 API 호출이 로깅 중인 추적에 의해 기록되지 않습니다: { $regions }
cloudtrail-api-calls-unknown = 계정 { $account }에서 로깅 중인 추적이 모든 API 호출을 기록하는지 알 수 없습니다: { $regions }
cloudtrail-next = { $first } { $rest }
cloudtrail-region-item = 리전 { $region }: { $why }
cloudtrail-region-uncovered = 리전 { $region }: 이 리전을 대상으로 하는 추적이 없습니다.
cloudtrail-trail-stopped-item = 추적 { $trail }이(가) 로깅하고 있지 않습니다.
cloudtrail-trail-not-collected-item = 추적 { $trail }: IsLogging이 수집되지 않았습니다 (cloudtrail:GetTrailStatus).
cloudtrail-trail-unread-item = 추적 { $trail }: { $path }: { $reason }
cloudtrail-trail-gaps-item = 추적 { $trail }은(는) { $gaps }.
cloudtrail-gap-no-management = 관리 이벤트를 기록하지 않습니다
cloudtrail-gap-read-only = 읽기 전용 관리 이벤트만 기록합니다
cloudtrail-gap-write-only = 쓰기 관리 이벤트만 기록합니다
cloudtrail-gap-leaves-out = { $sources }을(를) 제외합니다
cloudtrail-gap-and = { $first }. 또한 { $rest }

## batch-encrypted-storage: a launch template that cannot be read

batch-lt-unknown = 시작 템플릿: { $reason }
batch-lt-unresolved = 시작 템플릿을 확인할 수 없습니다: { $reason }
batch-lt-mappings-unknown = '{ $template }'의 블록 디바이스 매핑: { $reason }
batch-lt-device-encrypted-unknown = { $device }의 Encrypted: { $reason }
batch-lt-some-device-encrypted-unknown = 한 디바이스의 Encrypted: { $reason }

## s3-transfer-acceleration-protected: why plaintext requests are not refused

s3-acceleration-not-refused = 가속화된 버킷이 일반 텍스트 요청을 거부하지 않습니다: { $gap }
s3-acceleration-not-refused-actions = 가속화된 버킷이 일반 텍스트 요청을 거부하지 않습니다: aws:SecureTransport에 대한 Deny가 { $actions }을(를) 포함하지 않습니다.
s3-acceleration-no-encryption-not-refused = 가속화된 버킷에 기본 암호화가 선언되어 있지 않고(AWS가 SSE-S3를 적용하지만 구성에는 선언되어 있지 않습니다) 일반 텍스트 요청도 거부하지 않습니다: { $gap }
s3-acceleration-no-encryption-not-refused-actions = 가속화된 버킷에 기본 암호화가 선언되어 있지 않고(AWS가 SSE-S3를 적용하지만 구성에는 선언되어 있지 않습니다) 일반 텍스트 요청도 거부하지 않습니다: aws:SecureTransport에 대한 Deny가 { $actions }을(를) 포함하지 않습니다.

## s3-bucket-public-access-block, s3-bucket-access-logging, waf-protected-resource-https, resource-policy-not-public: values that cannot be read

s3-pab-account-unknown = 버킷에 퍼블릭 액세스 차단 구성이 없으며, 계정의 S3PublicAccessBlock.{ $setting }을(를) 판단할 수 없습니다: { $reason }
s3-logging-data-events-unknown = 서버 액세스 로깅이 없으며, CloudTrail 추적이 이 버킷의 S3 데이터 이벤트를 기록하는지 판단할 수 없습니다: { $trail }.{ $selectors }: { $reason }
waf-resource-unresolved = 보호 대상 리소스를 확인할 수 없습니다: { $reason }
resource-policy-lambda-principal-unknown = 권한 { $permission }의 Principal: { $reason }

## cloudtrail-phi-bucket-data-events: several trails unknown

cloudtrail-phi-bucket-item-not-collected = 추적 { $trail }: IsLogging이 수집되지 않았습니다.
cloudtrail-phi-bucket-unknown = 추적이 이 버킷의 객체 이벤트를 기록하는지 알 수 없습니다: { $trails }

## phi-store-not-public, firehose-encryption: values that cannot be read

phi-store-subnet-group-unknown-default = PubliclyAccessible이 설정되지 않았고 DBSubnetGroupName: { $reason } RDS는 `default` 그룹을 사용할 때만 { $kind ->
        [cluster] 클러스터
       *[instance] 인스턴스
    }를 퍼블릭으로 만듭니다.
phi-store-subnet-group-unknown = PubliclyAccessible이 설정되지 않았고 DBSubnetGroupName: { $reason }
phi-store-eks-cidr-unknown = { $path }의 한 항목: { $reason }
firehose-encryption-source-unknown = 소스 스트림 '{ $stream }'의 암호화: { $reason }

## vpc-flow-logs: a flow log whose resource cannot be read

vpc-flow-logs-watched-unknown = VPC에 흐름 로그가 있는지 판단할 수 없습니다: 흐름 로그 '{ $log }'이(가) 모니터링하는 리소스: { $reason }

## backup-recent-recovery-point: recovery points that cannot be read

backup-point-unreadable = 복구 지점을 읽을 수 없었습니다: { $points }
backup-point-next = { $first } { $rest }
backup-point-status-unread = { $point }: Status를 읽지 못했습니다.
backup-point-date-unread = { $point }: CreationDate가 RFC 3339 형식의 시각이 아닙니다.

## s3-transfer-acceleration-protected: protections that cannot be read

s3-acceleration-unknown = 가속화된 버킷이 보호되는지 판단할 수 없습니다: { $why }
s3-acceleration-next = { $first } { $rest }
s3-acceleration-encryption-unknown = 기본 암호화: { $reason }
s3-acceleration-policy-unknown = '{ $policy }'의 정책: { $reason }

## Terraform value reasons built on other reasons, and what makes an expression invalid

reason-tf-built-from = 다른 값으로 구성됩니다. 해당 값: { $reason }
reason-tf-computed-by-from = { $name }()(으)로 다른 값에서 계산됩니다. 해당 값: { $reason }
reason-tf-computed-from = 다른 값에서 계산됩니다. 해당 값: { $reason }
reason-tf-condition-that = 조건에 따라 달라집니다. 해당 조건: { $reason }
reason-tf-iterates-over = 컬렉션을 반복 처리합니다. 해당 컬렉션: { $reason }
reason-tf-filters-on = 조건으로 필터링합니다. 해당 조건: { $reason }
reason-tf-selected-by-key = 키로 선택됩니다. 해당 키: { $reason }
reason-tf-has-key = 키를 포함합니다. 해당 키: { $reason }
reason-tf-negates = 값을 부정합니다. 해당 값: { $reason }
reason-tf-expands-argument = 인수를 펼칩니다. 해당 인수: { $reason }
reason-tf-merges-source = 소스 정책 문서를 병합합니다. 해당 문서: { $reason }
reason-tf-selects-instance = 키로 { $name }의 인스턴스를 선택합니다. 해당 키: { $reason }
reason-tf-selects-data-instance = 키로 데이터 소스 인스턴스를 선택합니다. 해당 키: { $reason }
reason-tf-has-element = 요소를 포함합니다. 해당 요소: { $reason }
reason-tf-its-count = 해당 count: { $reason }
reason-tf-its-for-each = 해당 for_each: { $reason }
reason-tf-dynamic-for-each = dynamic 블록에 의해 생성됩니다. 해당 for_each: { $reason }
reason-tf-invalid-because = 잘못되었습니다. 원인: { $reason }
reason-tf-invalid-expression = 잘못된 표현식입니다: { $reason }
reason-tf-no-attribute = 속성 '{ $name }'이(가) 없습니다.
reason-tf-variable-undeclared = 변수 '{ $name }'이(가) 선언되어 있지 않습니다.
reason-tf-resource-undeclared = 리소스 '{ $name }'이(가) 선언되어 있지 않습니다.
reason-tf-local-undeclared = 로컬 값 '{ $name }'이(가) 선언되어 있지 않습니다.
reason-tf-attribute-unreadable = 이 값의 속성 '{ $name }'을(를) 읽을 수 없습니다.
reason-tf-index-out-of-range = 인덱스 { $index }이(가) 범위를 벗어났습니다.
reason-tf-no-key = 키 '{ $name }'이(가) 없습니다.
reason-tf-index-not-number = 목록 인덱스는 숫자여야 합니다.
reason-tf-not-indexable = 인덱스는 목록과 맵에만 사용할 수 있습니다.
reason-tf-null-in-template = 문자열 템플릿에 null 값이 있습니다.
reason-tf-try-none-valid = try()의 인수 중 유효한 것이 없습니다.
reason-tf-dynamic-no-for-each = dynamic 블록에는 for_each가 필요합니다.
reason-tf-outside-resource = { $name }이(가) 이를 설정하는 리소스 밖에서 사용되었습니다.
reason-tf-unknown-name = 알 수 없는 이름 '{ $name }'입니다.
reason-tf-module-no-output = module.{ $name }에 출력 '{ $output }'이(가) 없습니다.
reason-tf-module-no-instance-key = module.{ $name }에 인스턴스 { $key }이(가) 없습니다.
reason-tf-module-no-instance = module.{ $name }에 인스턴스가 없습니다.
reason-tf-module-several-instances = module.{ $name }에 인스턴스가 여러 개 있습니다. 하나를 선택하십시오.
reason-tf-local-cycle = local.{ $name }이(가) 자기 자신을 참조합니다.
reason-tf-expansion-cycle = { $address }의 count 또는 for_each가 자기 자신에 의존합니다.
reason-tf-module-cycle = { $address }이(가) 자기 자신에 의존합니다.
reason-tf-module-not-read = module.{ $name }에서 가져오지만, 해당 소스 '{ $source }'은(는) 읽지 않습니다(로컬 모듈과 `terraform init`으로 설치된 모듈만 읽습니다).
reason-tf-policy-overrides = 재정의가 포함된 정책 문서이며, phiguard는 재정의를 병합하지 않습니다.
reason-tf-invalid-json = 유효한 JSON이 아닙니다({ $error }).
reason-tf-principal-type-unknown = 유형을 알 수 없는 보안 주체를 포함합니다.
reason-tf-condition-unknown = 연산자 또는 키를 알 수 없는 조건을 포함합니다.
reason-tf-file-not-read = 파일 '{ $name }'에서 읽지만, 이 파일은 읽지 않습니다: { $error }
reason-tf-template-not-read = 파일 '{ $name }'에서 렌더링되지만, 이 파일은 읽지 않습니다: { $error }

## resource policies: a statement that cannot be read, and TLS deny gaps

policy-transport-gaps = aws:SecureTransport에 대한 Deny가 { $gaps }을(를) 포함하지 않습니다
policy-gap-on = { $target }에 대한 { $action }
policy-gap-or = { $first } 또는 { $rest }
policy-gap-next = { $first }, { $rest }
policy-gap-action = { $action }
policy-target-bucket = 버킷 자체
policy-target-objects = 해당 객체(bucket/*)
exposure-statement-sid-unknown = '{ $sid }': { $why }
exposure-statement-unknown = 문 { $index }: { $why }
