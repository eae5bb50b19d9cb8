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
reason-cfn-get-att-not-resource = '{ $name }'의 Fn::GetAtt이지만, '{ $name }'은(는) 여기에서 리소스가 아닙니다.
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
