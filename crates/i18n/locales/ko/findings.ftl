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
