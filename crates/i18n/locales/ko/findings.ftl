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
