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

## judge: bucket.rs

bucket-role-default-trusted = { $role } '{ $bucket }'에 기본 암호화가 선언되어 있지 않습니다. AWS는 2023년 1월부터 새 S3 객체를 SSE-S3로 암호화합니다. 따라서 허용합니다 (trust_aws_defaults).
bucket-role-default-fail = { $role } '{ $bucket }'에 기본 암호화가 선언되어 있지 않습니다. AWS는 2023년 1월부터 새 S3 객체를 SSE-S3로 암호화합니다. 그러나 구성에 선언되어 있지 않으므로 감사 증거가 되지 않습니다.
