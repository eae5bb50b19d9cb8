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
