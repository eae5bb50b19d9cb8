# 명령줄: 사용자가 읽는 요약과 경고(clap의 --help는 영어로 유지).

cli-rule-count = 규칙 { $count }개
cli-nothing-read-allowed = 경고: 지정한 경로에서 CloudFormation 템플릿, Terraform 구성 또는 플랜을 하나도 읽지 못했습니다(--allow-empty)
cli-nothing-read = 오류: 지정한 경로에서 CloudFormation 템플릿, Terraform 구성 또는 플랜을 하나도 읽지 못해 아무것도 검사하지 않았습니다(변경마다 실행되는 작업에서는 --allow-empty로 이를 허용할 수 있습니다)
cli-asff-defaults = 경고: ASFF 검사 결과에는 --aws-account와 --aws-region이 필요합니다. 없는 경우 { $account }와 { $region }을 사용합니다
cli-sarif-omitted = 경고: 부적합 또는 판정 불가 검사 결과 { $count }건은 SARIF 결과에 포함되지 않습니다(run.properties.omittedFindings에 표시):
cli-and-more = ... 외 { $count }건

## phiguard explain

explain-severity = 심각도:
explain-service = 서비스:
explain-section = 백서 섹션:
explain-cfr = HIPAA 보안 규칙:
explain-requirements = 카탈로그 요구 사항:
explain-kinds = 리소스 유형:
explain-applies = 적용 대상:
explain-applies-phi = PHI를 보관하는 리소스
explain-applies-all = 일치하는 모든 리소스
explain-why = 중요한 이유
explain-fix = 해결 방법

## phiguard coverage

coverage-implemented = 구현: { $rules }
coverage-manual = 수동(모든 보고서에서 증명)
coverage-implemented-live = { $rules }(으)로 구현(운영 환경 스캔)
coverage-not-implemented = 미구현: { $reason }
coverage-missing = 누락: 구현도 사유도 없음
coverage-summary =
    요구 사항 { $total }건: 구현 { $implemented }건, 수동 { $manual }건, 미구현(사유 있음) { $not }건, 누락 { $missing }건.
    static/both: { $checkable }건 중 { $static }건 구현({ $percent } %).
    live(운영 환경 스캔과 저장된 인벤토리에서만 판정): { $live }건 중 { $live_implemented }건 구현.

## Custom (Rego) rules

cli-rule-count-custom = 규칙 { $count }개(사용자 지정 { $custom }개 포함)
explain-custom = 사용자 지정 규칙(조직의 Rego 정책이며 기본 제공 규칙이 아님)
coverage-custom = 사용자 지정 규칙 { $count }개(조직 자체 규칙으로, 카탈로그에 집계하지 않음):

## errors of the command line

cli-error = 오류: { $message }
cli-creating = { $path }을(를) 만들 수 없습니다: { $error }
cli-writing = { $path }에 쓸 수 없습니다: { $error }
cli-reading = { $path }을(를) 읽을 수 없습니다: { $error }
cli-unknown-format = 알 수 없는 형식 '{ $format }'입니다({ $formats })
cli-unknown-graph-format = 알 수 없는 그래프 형식 '{ $format }'입니다({ $formats })
cli-output-dir-markdown = --output-dir에는 --format markdown이 필요합니다
cli-no-rule = 규칙 '{ $rule }'이(가) 없습니다. `phiguard rules`로 목록을 볼 수 있습니다
cli-no-rule-would-run = 실행할 규칙이 없습니다: { $config }이(가) 모든 규칙을 건너뜁니다
cli-no-rule-would-run-config = 실행할 규칙이 없습니다: 구성이 모든 규칙을 건너뜁니다
cli-param-pair = --param에는 KEY=VALUE 형식이 필요합니다. 지정한 값: '{ $value }'
cli-var-pair = --var에는 NAME=VALUE 형식이 필요합니다. 지정한 값: '{ $value }'
cli-date = { $flag }에는 2027-03-31과 같은 날짜가 필요합니다. 지정한 값: '{ $value }'
cli-output-is-input = -o { $path }은(는) 이 스캔의 입력이므로 덮어쓰지 않습니다

## configuration file

config-reading = 구성 파일 { $path }을(를) 읽을 수 없습니다: { $error }
config-invalid-toml = { $place }: 구성이 잘못되었습니다: { $error }
config-invalid = 구성이 잘못되었습니다:{ $list }
config-skip-no-rule = { $place }: skip_rules에 지정한 규칙 '{ $rule }'이(가) 없습니다(`phiguard rules`로 목록을 볼 수 있습니다)
config-suppress-no-rule = { $place }: [[suppress]]에 지정한 규칙 '{ $rule }'이(가) 없습니다(`phiguard rules`로 목록을 볼 수 있습니다)
config-bad-glob = { $place }: '{ $glob }'은(는) 올바른 glob이 아닙니다: { $error }
config-no-reason = { $place }: 억제에는 이유(누가 왜 수용했는지)가 필요합니다

## scan history

cli-history-recorded = 스캔을 { $history }에 #{ $id }(으)로 기록했습니다
cli-history-record-failed = 오류: 스캔을 기록할 수 없습니다: { $error }
cli-history-last = --last에는 1 이상의 스캔 수가 필요합니다

## baseline

baseline-not-report = { $path }은(는) phiguard JSON 보고서(`phiguard scan --format json`)가 아닙니다: { $error }
baseline-schema = { $path }의 스키마는 '{ $schema }'입니다. 이 phiguard는 '{ $expected }'을(를) 읽습니다

## phiguard fix

fix-summary-written = 파일 { $files }개에서 검사 결과 { $fixes }건을 수정했습니다
fix-summary-shown = 파일 { $files }개에서 검사 결과 { $fixes }건을 수정할 수 있습니다
fix-unsafe-left-out = 그 밖의 수정 { $count }건은 안전하지 않아 제외했습니다(--unsafe-fixes로 적용합니다)
fix-not-fixed = 수정 방법이 있는 부적합 검사 결과 { $count }건을 여기에서 수정할 수 없었습니다(이유는 --format json으로 확인할 수 있습니다)

## phiguard diff

diff-headline = 신규 { $added }건(부적합 { $failing }건), 수정됨 { $fixed }건, 변경됨 { $changed }건
diff-text-title = phiguard diff { $old } -> { $new }: { diff-headline }
diff-text-new = 신규:
diff-text-fixed = 수정됨:
diff-text-changed = 변경됨:
diff-md-title = phiguard: 기준 보고서 이후의 변경 사항
diff-md-new = 신규
diff-md-fixed = 수정됨
diff-md-changed = 변경됨
diff-md-verdict = 판정
diff-md-rule = 규칙
diff-md-resource = 리소스
diff-md-location = 위치
diff-md-finding = 검사 결과

## phiguard explain: automatic fix

fix-explain-heading = 자동 수정
fix-explain-none = 없음: `phiguard fix`는 이 규칙의 검사 결과를 변경하지 않습니다.
fix-explain-formats-both = 형식: CloudFormation(YAML, JSON) 및 Terraform.
fix-explain-formats-cfn = 형식: CloudFormation(YAML, JSON).
fix-explain-formats-tf = 형식: Terraform.
fix-explain-formats-none = 형식: 아직 없습니다.
fix-explain-what = { $text }.
fix-explain-safe = 안전: `phiguard fix --write`가 적용합니다.
fix-explain-unsafe = 안전하지 않으므로 `--unsafe-fixes`를 지정한 경우에만 적용됩니다: { $text }.
fix-why-replaces = 기존 리소스에서 이 값을 변경하면 리소스가 교체되므로(데이터 저장소는 비어 있는 새 리소스로 교체됨) 먼저 데이터를 마이그레이션해야 합니다
fix-why-key-policy = KMS 키의 정책이 서비스(및 모든 읽기 주체)의 키 사용을 허용해야 하며, 템플릿에 키가 선언되어 있지 않으면 키가 새 파라미터가 됩니다
fix-what-rds-tls-enforced = 템플릿의 파라미터 그룹에 `rds.force_ssl: 1`(PostgreSQL) 또는 `require_secure_transport: ON`(MySQL, MariaDB)을 설정하거나, 엔진 패밀리용 파라미터 그룹을 추가합니다
fix-why-rds-tls-enforced = TLS 없이 연결하는 클라이언트는 거부되며, 새 파라미터 그룹은 재부팅 후 적용됩니다
fix-what-ec2-phi-no-public-ip = 인스턴스 또는 시작 템플릿의 네트워크 인터페이스에 `AssociatePublicIpAddress: false`를, ECS 서비스에 `AssignPublicIp: DISABLED`를 설정합니다(Terraform: `associate_public_ip_address = false`, `assign_public_ip = false`). 퍼블릭 서브넷에 있거나 탄력적 IP가 있는 인스턴스는 작성자가 옮겨야 합니다
fix-why-ec2-phi-no-public-ip = 인스턴스나 작업에 더 이상 인터넷에서 연결할 수 없으며, NAT 게이트웨이가 없는 퍼블릭 서브넷에서는 인스턴스나 작업도 인터넷에 연결할 수 없게 됩니다
fix-what-phi-store-not-public = RDS 인스턴스에 `PubliclyAccessible: false`를 설정하고, EKS 클러스터의 API 엔드포인트를 프라이빗 전용으로 설정합니다(`EndpointPublicAccess: false`, `EndpointPrivateAccess: true`; Terraform: `publicly_accessible = false`, `endpoint_public_access = false`)
fix-why-phi-store-not-public = VPC 외부의 클라이언트는 더 이상 연결할 수 없습니다(RDS 인스턴스는 퍼블릭 주소를 잃고, EKS API 엔드포인트는 프라이빗이 되므로 kubectl은 VPC 내부에서 실행해야 합니다)
fix-what-ecs-container-logging = 로그를 어디에도 보내지 않는 모든 컨테이너에 템플릿에 선언된 로그 그룹으로 보내는 `awslogs` `LogConfiguration`을 설정합니다(로그 그룹이 없는 템플릿은 작성자에게 맡깁니다)
fix-why-ecs-container-logging = 작업의 실행 역할에 로그 그룹 쓰기(logs:CreateLogStream, logs:PutLogEvents)가 허용되어야 하며, 그렇지 않으면 작업이 더 이상 시작되지 않습니다
fix-what-ec2-imdsv2 = `MetadataOptions.HttpTokens: required`를 설정합니다(Terraform: `metadata_options {"{"} http_tokens = "required" {"}"}`)
fix-why-ec2-imdsv2 = 인스턴스에서 아직 IMDSv1을 호출하는 소프트웨어는 인스턴스 메타데이터와 역할 자격 증명을 가져올 수 없게 됩니다
fix-what-s3-bucket-access-logging = `LoggingConfiguration`을 템플릿에 선언된 로그 버킷 또는 새 `AccessLogsBucketName` 파라미터로 설정합니다(Terraform: `aws_s3_bucket_logging`)
fix-why-s3-bucket-access-logging = 로그 버킷 파라미터가 추가되며(템플릿에 로그 버킷처럼 이름 붙은 버킷이 선언된 경우 제외), 해당 버킷의 정책이 S3 로그 전송의 쓰기를 허용해야 합니다
fix-what-s3-bucket-tls-only = 버킷 정책에 `aws:SecureTransport`가 아닌 요청을 거부하는(Deny) 문을 추가하거나 새 `AWS::S3::BucketPolicy`를 추가합니다(Terraform: `aws_s3_bucket_policy`)
fix-what-s3-bucket-versioning = `VersioningConfiguration.Status: Enabled`를 설정합니다(Terraform: `aws_s3_bucket_versioning`)
fix-what-s3-bucket-encryption = 기본 암호화 `SSEAlgorithm: AES256`을 선언합니다(Terraform: `aws_s3_bucket_server_side_encryption_configuration`)
fix-what-s3-bucket-public-access-block = `PublicAccessBlockConfiguration`의 네 가지 설정을 true로 설정합니다(Terraform: `aws_s3_bucket_public_access_block`)
fix-why-s3-bucket-public-access-block = 웹 사이트나 공개 데이터 세트 버킷이 의존할 수 있는 퍼블릭 액세스를 차단합니다
fix-what-logs-group-kms-encryption = `KmsKeyId`를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다
fix-why-logs-group-kms-encryption = { fix-why-key-policy }
fix-what-logs-group-retention = `RetentionInDays: 2192`를 설정합니다(Terraform: `retention_in_days = 2192`)
fix-why-logs-group-retention = 보존 기간(2192일, 6년)보다 오래된 로그 이벤트는 삭제됩니다
fix-what-sqs-queue-tls-only = 대기열 정책에 `aws:SecureTransport`가 아닌 요청을 거부하는(Deny) 문을 추가하거나 새 `AWS::SQS::QueuePolicy`를 추가합니다
fix-what-sqs-queue-encryption = `SqsManagedSseEnabled: true`를 설정합니다(Terraform: `sqs_managed_sse_enabled = true`)
fix-what-dynamodb-table-kms-encryption = `SSESpecification: {"{"}SSEEnabled: true, SSEType: KMS{"}"}`를 설정합니다(Terraform: `server_side_encryption {"{"} enabled = true {"}"}`)
fix-what-dynamodb-point-in-time-recovery = `PointInTimeRecoverySpecification.PointInTimeRecoveryEnabled: true`를 설정합니다(Terraform: `point_in_time_recovery {"{"} enabled = true {"}"}`)
fix-what-sns-topic-encryption = `KmsMasterKeyId`를 템플릿에 선언된 키로, 없으면 `alias/aws/sns`로 설정합니다
fix-why-sns-topic-encryption = 주제에 게시하는 AWS 서비스(CloudWatch 경보, S3 및 EventBridge 이벤트)는 AWS 관리형 키 alias/aws/sns를 사용할 수 없으며, 정책에서 이들을 허용하는 고객 관리형 키가 필요합니다
fix-what-rds-multi-az = DB 인스턴스에 `MultiAZ: true`를 설정하고, 인스턴스가 하나인 Aurora 클러스터에는 같은 두 번째 인스턴스를 추가합니다(Terraform: `multi_az = true`)
fix-what-codebuild-artifact-encryption = `EncryptionKey`를 설정하고 `EncryptionDisabled`를 끕니다
fix-why-codebuild-artifact-encryption = { fix-why-key-policy }
fix-what-elb-tls-policy = 리스너에 `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`을 설정합니다(Terraform: `ssl_policy`)
fix-why-elb-tls-policy = TLS 1.0 또는 1.1만 지원하는 클라이언트는 더 이상 연결할 수 없습니다
fix-what-elb-listener-tls = HTTP 리스너를 새 `ListenerCertificateArn` 파라미터의 인증서와 `ELBSecurityPolicy-TLS13-1-2-2021-06`을 사용하는 포트 443의 HTTPS 리스너로 바꿉니다
fix-why-elb-listener-tls = 리스너가 해당 포트의 HTTP에서 443의 HTTPS로 바뀌므로 클라이언트와 보안 그룹도 이에 맞춰야 하며, 새 `ListenerCertificateArn` 파라미터에 ACM 인증서를 지정해야 합니다
fix-what-elb-access-logs = 새 파라미터의 버킷으로 액세스 로그를 켭니다
fix-why-elb-access-logs = `LoadBalancerLogsBucketName` 파라미터가 추가되며, 해당 버킷의 정책이 Elastic Load Balancing의 쓰기를 허용해야 합니다
fix-what-vpc-flow-logs = VPC에 대해 새 파라미터의 버킷으로 보내는 `AWS::EC2::FlowLog`를 추가합니다
fix-why-vpc-flow-logs = `FlowLogsBucketName` 파라미터가 추가되며, 해당 버킷의 정책이 로그 전송의 쓰기를 허용해야 합니다
fix-what-ec2-flow-logs = 인스턴스 또는 Auto Scaling 그룹 서브넷의 VPC(템플릿에 서브넷이 선언되어 있고 모두 하나의 VPC에 속하는 경우)에 대해 `vpc-flow-logs` 수정과 같이 새 파라미터의 버킷으로 보내는 `AWS::EC2::FlowLog`를 추가합니다
fix-why-ec2-flow-logs = { fix-why-vpc-flow-logs }
fix-what-rds-storage-encrypted = `StorageEncrypted: true`를 설정합니다(Terraform: `storage_encrypted = true`)
fix-why-rds-storage-encrypted = { fix-why-replaces }
fix-what-rds-backup-retention = `BackupRetentionPeriod: 7`을 설정합니다(Terraform: `backup_retention_period = 7`)
fix-what-kms-key-rotation = `EnableKeyRotation: true`를 설정합니다(Terraform: `enable_key_rotation = true`)
fix-what-cloudfront-viewer-https = HTTP를 허용하는 모든 캐시 동작에 `ViewerProtocolPolicy: redirect-to-https`를 설정합니다
fix-what-efs-file-system-encrypted = `Encrypted: true`를 설정합니다(Terraform: `encrypted = true`)
fix-why-efs-file-system-encrypted = { fix-why-replaces }
fix-what-efs-tls-required = `FileSystemPolicy`에 `aws:SecureTransport`가 아닌 요청을 거부하는(Deny) 문을 추가합니다
fix-why-efs-tls-required = `-o tls` 없이 마운트하는 클라이언트는 액세스할 수 없게 되며, 정책이 없던 경우 새 정책이 EFS의 기본 허용을 대체하므로 클라이언트에 마운트를 위한 IAM 권한이 필요합니다
fix-what-ebs-volume-encrypted = `Encrypted: true`를 설정합니다(Terraform: `encrypted = true`)
fix-why-ebs-volume-encrypted = { fix-why-replaces }
fix-what-ec2-instance-ebs-encrypted = 모든 블록 디바이스 매핑에 `Ebs.Encrypted: true`를 설정합니다
fix-why-ec2-instance-ebs-encrypted = { fix-why-replaces }
fix-what-cloudtrail-kms-encryption = `KMSKeyId`를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다
fix-why-cloudtrail-kms-encryption = { fix-why-key-policy }
fix-what-cloudtrail-log-file-validation = `EnableLogFileValidation: true`를 설정합니다(Terraform: `enable_log_file_validation = true`)
fix-what-cloudtrail-multi-region = `IsMultiRegionTrail: true`와 `IncludeGlobalServiceEvents: true`를 설정합니다(Terraform: `is_multi_region_trail = true`)
fix-what-elasticache-at-rest-encryption = 복제 그룹에 `AtRestEncryptionEnabled: true`를 설정합니다(Terraform: `at_rest_encryption_enabled = true`)
fix-why-elasticache-at-rest-encryption = { fix-why-replaces }
fix-what-elasticache-transit-encryption = `TransitEncryptionEnabled: true`를 설정합니다(작성된 경우 `TransitEncryptionMode: required`도 설정)(Terraform: `transit_encryption_enabled = true`)
fix-why-elasticache-transit-encryption = 클라이언트는 이후 TLS로 연결해야 하며, 이전 엔진 버전에서는 그룹이 교체됩니다
fix-what-elasticache-redis-auth = 새 NoEcho 파라미터로 `AuthToken`을 설정하고 `TransitEncryptionEnabled: true`를 설정합니다
fix-why-elasticache-redis-auth = 배포 시 지정해야 하는 NoEcho AUTH 토큰 파라미터가 추가되며, 클라이언트는 이후 인증하고 TLS를 사용해야 합니다
fix-what-secretsmanager-secret-kms = `KmsKeyId`를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다
fix-why-secretsmanager-secret-kms = { fix-why-key-policy }
fix-what-codecommit-repository-kms = `KmsKeyId`를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다
fix-why-codecommit-repository-kms = { fix-why-key-policy }
fix-what-lambda-environment-kms = `KmsKeyArn`를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다
fix-why-lambda-environment-kms = { fix-why-key-policy }

## scan history: the store

history-folder = { $history }은(는) 폴더입니다. --history에는 데이터베이스 파일을 지정해야 합니다(--history를 마지막에 두거나 --history=FILE로 쓰십시오)
history-missing = { $history }에 스캔 기록이 없습니다. `phiguard scan --history`로 기록할 수 있습니다
history-newer = { $history }: 기록의 스키마 버전 { $version }은(는) 이 phiguard가 아는 버전({ $latest })보다 최신입니다. phiguard를 업그레이드하십시오

## phiguard history

history-text-title = { $history }의 스캔 기록: 기록된 { $total }회 중 최근 { $shown }회를 표시합니다(오래된 순).
history-text-empty = 아직 기록된 스캔이 없습니다. `phiguard scan --history`로 기록할 수 있습니다.
history-col-scan = 스캔
history-col-scanned-at = 스캔 시각
history-col-rule-set = 규칙 세트
history-col-files = 파일
history-col-resources = 리소스
history-col-change = 증감
history-per-safeguard = HIPAA 보호 조치별 부적합/판정 불가/적합("-": 해당 규칙이 실행되지 않음):
history-per-rule = 규칙별 부적합/판정 불가/적합("-": 해당 규칙이 실행되지 않음):
history-no-finding = (이 스캔들에는 검사 결과가 없습니다)
history-quiet = (적합만 있었던 규칙 { $count }개는 생략했습니다. --format json은 모든 규칙을 표시합니다)
history-changed = 스캔 #{ $before } 이후 스캔 #{ $scan }의 변경 사항(부적합 검사 결과: 신규 { $new }건, 수정됨 { $fixed }건):
history-nothing-changed = 변경 없음: 같은 검사 결과가 부적합입니다
history-change-new = 신규
history-change-fixed = 수정됨
history-change-line = { $change }  { $rule }  리소스 { $resource }  ({ $location })
history-and-more = ... 외 { $count }건(--format json은 모두 표시합니다)
