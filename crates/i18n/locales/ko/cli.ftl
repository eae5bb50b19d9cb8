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

## custom rules

policy-no-rego = 사용자 지정 규칙에는 `rego` 기능으로 빌드한 phiguard가 필요합니다(정책 폴더 { $path })
policy-input-no-rego = --policy-input에는 `rego` 기능으로 빌드한 phiguard가 필요합니다

## phiguard coverage: why a requirement is not implemented

coverage-reason-appflow-non-s3-dest-encrypted = S3가 아닌 대상은 SaaS 애플리케이션(Salesforce, Snowflake, Zendesk, SAP 등)이거나, 연결 이름만 지정하는 AWS::AppFlow::ConnectorProfile을 통해 연결되는 Redshift 클러스터입니다. SaaS 애플리케이션의 저장 데이터 암호화는 템플릿 밖의 해당 애플리케이션에서 구성되므로 수동 검토가 필요합니다. 스캔에 포함된 Redshift 클러스터는 Redshift 암호화 규칙으로 판정합니다.
coverage-reason-appstream-home-folder-encryption = 템플릿의 어떤 내용도 이 요구 사항을 부적합으로 만들 수 없습니다. HOMEFOLDERS 스토리지는 항상 SSE-S3와 TLS를 사용하는 S3이며(AWS가 적용하고 설정 항목이 없음), GOOGLE_DRIVE / ONE_DRIVE 커넥터는 고객과 해당 공급업체 간의 계약에 따라 Google Workspace 또는 Microsoft 365에서 구성해야 하므로 수동 검토로만 판단할 수 있습니다.
coverage-reason-comprehend-iam-least-privilege = 최소 권한은 각 자격 증명에 무엇이 필요한지에 대한 판단이며, 템플릿은 이를 명시하지 않습니다. comprehend:Detect* 및 대부분의 실시간 작업은 Resource "*"만 지원하므로 Resource "*" 부여가 가능한 최소 권한인 경우가 많고, 이를 지적하면 오탐이 됩니다. 검사할 수 있는 부분은 구현되어 있습니다: 데이터 액세스 역할의 S3 범위(comprehend-data-access-scope)와 혼동된 대리자 방지 조건(comprehend-role-confused-deputy).
coverage-reason-comprehend-multi-tenancy = 애플리케이션 설계의 문제입니다. 멀티 테넌트 앱이 테넌트를 확인된 이메일이나 전화번호에 어떻게 매핑하는지, 앱 클라이언트가 어떤 속성을 쓸 수 있는지, 어떤 자격 증명 공급자가 어떤 클라이언트를 담당하는지는 애플리케이션의 권한 부여 로직이 결정합니다. Cognito 설정(AutoVerifiedAttributes, WriteAttributes)만으로는 테넌트 속성이 앱이 권한 부여에 사용하는 속성인지 알 수 없으므로 수동 검토가 필요합니다.
coverage-reason-ecs-firelens-no-phi-file-logs = 애플리케이션이 PHI를 로그 파일에 쓰는지, Fluent Bit가 디스크에 버퍼링하는지(storage.path)는 애플리케이션 코드와, 이미지에 포함되거나 S3에서 가져오는 Fluent Bit 구성 파일(FirelensConfiguration config-file-value)에서 설정되며, 둘 다 템플릿에 포함되지 않습니다. Fargate 작업 스토리지는 항상 암호화되며, EC2 컨테이너 인스턴스 볼륨은 EBS 암호화 규칙으로 판정합니다.
coverage-reason-forecast-s3-buckets = Forecast 가져오기 및 내보내기 버킷은 API 호출(CreateDatasetImportJob, CreateForecastExportJob)에서만 지정되며, 이러한 호출에는 CloudFormation이나 Terraform 리소스가 없으므로 버킷을 Forecast와 연결하는 템플릿이 없습니다. 버킷 자체는 PHI를 보관하는 다른 모든 버킷과 마찬가지로 S3 암호화 및 TLS 규칙으로 판정합니다.
coverage-reason-healthlake-encrypted-export-bucket = HealthLake 가져오기 및 내보내기 버킷은 StartFHIRImportJob / StartFHIRExportJob API 호출에서만 지정됩니다. AWS::HealthLake::FHIRDatastore에는 이를 지정하는 속성이 없으므로 버킷을 HealthLake와 연결하는 템플릿이 없습니다. 버킷은 PHI를 보관하는 다른 모든 버킷과 마찬가지로 S3 암호화 규칙으로 판정합니다.
coverage-reason-lex-iam-least-privilege = lex:* 작업의 최소 권한은 어떤 호출자가 어떤 봇을 필요로 하는지에 따라 달라지며, 템플릿은 이를 명시하지 않습니다. 봇 ARN으로 범위를 지정한 정책도 템플릿에 기록되지 않은 의도와 대조해야만 검사할 수 있습니다. lex: 작업을 부여하는 IAM 정책을 수동으로 검토하십시오.
coverage-reason-lex-monitoring = CloudTrail은 별도 구성 없이 Lex API 호출을 기록하며(추적의 라이브 검사), AWS/Lex 네임스페이스의 CloudWatch 경보는 일반적으로 별도의 모니터링 스택에 있습니다. 봇 템플릿에 경보가 없다고 해서 봇이 모니터링되지 않는다는 증거가 되지는 않으므로, 템플릿 기반 판정은 추측에 불과합니다.
coverage-reason-netfw-auto-encryption = 백서에 따르면 Network Firewall은 특별한 구성 없이 규칙과 로그를 저장 시 및 전송 중에 암호화합니다. 이를 끄는 설정이 없으므로 템플릿이 부적합이 될 수 있는 부분이 없습니다. 선택적 고객 키는 API/Terraform(encryption_configuration)에만 있으며 백서도 이를 요구하지 않습니다. 로그 대상(S3, CloudWatch Logs, Firehose)은 각각의 규칙으로 판정합니다.
coverage-reason-polly-iam-least-privilege = 최소 권한은 각 보안 주체에 무엇이 필요한지에 따라 달라지며, 템플릿은 이를 명시하지 않습니다. Polly는 음성 합성에 리소스 수준 권한을 제공하지 않으므로 '*'에 대한 'polly:*'가 범위를 좁힌 음성 역할의 일반적인 작성 방식입니다. 이를 지적하면 오탐이 되며, 템플릿의 다른 어떤 내용도 필요한 부여와 과도한 부여를 구별하지 못합니다.
coverage-reason-polly-output-s3-encrypted = 비동기 합성(StartSpeechSynthesisTask)은 CloudFormation이나 Terraform 리소스가 없는 API 호출이며, Polly는 호출자의 자격 증명으로 쓰므로 출력 버킷을 지정하는 템플릿이 없습니다. PHI를 보관하는 모든 버킷은 이미 S3 암호화 규칙으로 판정합니다.
coverage-reason-quicksight-enterprise-only = 에디션은 계정 구독의 속성이며 CloudFormation으로 선언할 수 없습니다. Terraform의 aws_quicksight_account_subscription(edition)에는 Terraform 어댑터가, 라이브 검사(DescribeAccountSubscription)에는 AWS 리더가 필요합니다.
coverage-reason-redshift-spectrum-in-scope = 의무가 아니라 범위에 대한 진술입니다. Redshift Spectrum은 BAA의 적용을 받으며, Spectrum이 쿼리하는 S3 데이터는 다른 버킷과 마찬가지로 S3 규칙으로 판정합니다.
coverage-reason-glacier-no-phi-in-names = S3 Glacier 볼트에는 CloudFormation 유형이 없습니다(Terraform aws_glacier_vault만 있음). Terraform 어댑터가 볼트를 그래프에 매핑하면 그 태그는 metadata-no-phi-in-tags가 읽으며, 볼트 이름 검사는 해당 종류 이름을 기다립니다. 아카이브 설명은 템플릿이 아니라 애플리케이션이 작성합니다.
coverage-reason-textract-input-sse = Textract에는 CloudFormation이나 Terraform 리소스가 없습니다. 입력 문서와 비동기 OutputConfig(KMSKeyId 포함)는 API 파라미터이며, Textract는 호출자의 자격 증명으로 읽으므로 해당 버킷을 지정하는 템플릿이 없습니다. PHI를 보관하는 입력 및 출력 버킷은 S3 암호화 규칙으로 판정합니다.
coverage-reason-transcribe-no-retention-tls = 기록 작업(OutputBucketName, OutputEncryptionKMSKeyId)은 CloudFormation이나 Terraform 리소스가 없는 API 호출이며, TLS와 데이터 미보존은 서비스의 특성입니다. PHI를 보관하는 출력 버킷은 S3 암호화 규칙으로 판정합니다.
coverage-reason-vpc-private-connectivity = AWS Site-to-Site VPN 연결은 항상 IPsec이므로 부적합이 될 수 없습니다. Direct Connect를 통한 PHI의 암호화 여부는 템플릿에 나타나지 않는 MACsec 또는 VPN/TLS 오버레이에 달려 있습니다(MACsec이 없는 일반 aws_dx_connection도 IPsec이나 TLS를 전달할 수 있음). 어떤 템플릿 값으로도 이 요구 사항을 정당하게 부적합으로 판정할 수 없습니다.
coverage-reason-workdocs-audit-sharing = CloudTrail 부분은 cloudtrail-records-api-calls로 판정합니다(WorkDocs API 호출은 관리 이벤트입니다). 나머지는 결정과 검토의 문제입니다. 외부 공유 허용 여부는 공개 읽기 API가 없는 WorkDocs 사이트 설정(관리 콘솔 전용)이며, 활동 로그 검토는 프로세스입니다. 또한 Amazon WorkDocs는 신규 고객을 받지 않으며 2025년 4월에 지원이 종료되었습니다.
coverage-reason-workdocs-mfa-radius = RADIUS MFA는 WorkDocs 디렉터리의 설정입니다(ds:DescribeDirectories RadiusSettings). 수집기는 AWS Directory Service를 읽지 않으며, WorkDocs는 2025년 4월에 지원이 종료되었습니다. 규칙을 만들려면 먼저 디렉터리 수집기(`RadiusSettings`가 있는 `AWS::DirectoryService::MicrosoftAD`와 WorkDocs 사이트의 디렉터리 ID)가 필요합니다.
coverage-reason-mgn-encrypted-replication = 복제 설정은 Application Migration Service(mgn:DescribeReplicationConfigurationTemplates, ebsEncryption)에 있으며 수집기는 이를 읽지 않습니다. 마이그레이션은 PHI를 상시 보관하는 저장소가 아니라 단기 프로젝트이며, 마이그레이션이 만드는 EBS 볼륨은 수집되면 ebs-volume-encrypted와 ebs-encryption-by-default로 판정합니다.
coverage-reason-ds-msad-encrypted = AWS Managed Microsoft AD의 두 에디션 모두 AWS 관리형 키로 암호화된 EBS 볼륨에 디렉터리 데이터를 저장하며, Enterprise가 기본 에디션입니다. LDAP는 VPC 안에 머뭅니다. 이를 비활성화하는 설정은 없으며, 온프레미스 연결(VPN 또는 Direct Connect)은 디렉터리 템플릿 밖에 있습니다.
coverage-reason-ds-ldaps = LDAPS 상태는 디렉터리별로 ds:DescribeLDAPSSettings로 읽습니다. 수집기는 AWS Directory Service를 읽지 않으며, 이 요구 사항은 백서에서 파생된 것(선택 사항)입니다. 규칙을 만들려면 먼저 디렉터리 수집기가 필요합니다.
coverage-reason-drs-encrypted-replication = 라이브 복제 설정은 Elastic Disaster Recovery(drs:DescribeReplicationConfigurationTemplates)에서 가져오며 수집기는 이를 읽지 않습니다. AWS::DRS::ReplicationConfigurationTemplate을 선언하는 템플릿은 정적 검사의 대상이며, 스테이징 EBS 볼륨은 수집되면 ebs-volume-encrypted와 ebs-encryption-by-default로 판정합니다.
coverage-reason-sdkmetrics-log-group-kms = SDK Metrics(Enterprise Support 전용, 현재 사용 중단)는 템플릿이 아니라 SDK와 CloudWatch 에이전트에서 구성되며, 어떤 로그 그룹이 이를 받는지 템플릿에 표시되는 내용이 없습니다. 로그 그룹 KMS 암호화는 CloudWatch Logs 규칙으로 판정합니다.
coverage-reason-sms-encrypted-volumes = AWS Server Migration Service는 서비스가 중단되었으며(Application Migration Service로 대체됨) CloudFormation이나 Terraform 리소스가 없습니다. 복제 작업은 API 호출입니다. 그 결과로 생성되는 인스턴스와 볼륨은 EBS 암호화 규칙으로 판정합니다.
coverage-reason-snowball-kms-key = Snowball 작업은 일회성 전송(snowball:DescribeJob KmsKeyARN)이며 상시 계정 구성이 아닙니다. 수집기는 작업을 나열하지 않으며, 작업의 키는 생성 시 고정됩니다. Snowball은 항상 KMS 키(기본값은 AWS 관리형)로 암호화하므로, 이 검사는 고객 관리형 키와 AWS 관리형 키를 구별하는 것에 불과합니다.
coverage-reason-snowball-dest-bucket-sse-s3 = Snowball 작업에는 CloudFormation 유형도 Terraform AWS 공급자 리소스도 없으므로 가져오기 대상 버킷을 지정하는 템플릿이 없습니다. PHI를 보관하는 대상 버킷은 S3 암호화 규칙으로 판정합니다.
coverage-reason-gen-no-dedicated-tenancy-required = 의무가 아니라 허용입니다. 2017년 5월부터 PHI에 전용 인스턴스와 전용 호스트가 더 이상 필요하지 않으므로, phiguard는 기본 테넌시(AWS::EC2::Instance Tenancy, AWS::EC2::VPC InstanceTenancy)를 절대 지적해서는 안 됩니다. 검사할 것이 없으며, 테넌시를 살펴보는 규칙도 없습니다.
coverage-reason-aurora-engine-editions = AWS::RDS::DBCluster가 허용하는 모든 엔진(aurora-mysql, aurora-postgresql, 다중 AZ DB 클러스터용 mysql/postgres)은 적격한 백서 섹션에 속하므로 템플릿이 잘못될 수 있는 부분이 없습니다. 전송 중 암호화는 RDS 전송 중 암호화 규칙으로 검사합니다.

## progress bar

progress-reading = 입력 읽는 중

## fix: eks, dms, backup, emr, codepipeline

fix-why-emr-replaced = 보안 구성과 이를 사용하는 모든 클러스터가 교체됩니다. 실행 중인 클러스터는 종료된 후 다시 생성됩니다(이름이 지정된 보안 구성은 이름을 바꿔야 합니다)
fix-what-eks-secrets-encryption = `EncryptionConfig`를 설정하여 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 `secrets`를 암호화합니다(Terraform: `encryption_config`)
fix-why-eks-secrets-encryption = 봉투 암호화는 한 번 켜면 다시 끌 수 없으며, KMS 키의 정책이 클러스터 역할의 키 사용을 허용해야 합니다(템플릿에 키가 선언되어 있지 않으면 키가 새 파라미터가 됩니다)
fix-what-dms-kms-key = `KmsKeyId`(서버리스: `ComputeConfig.KmsKeyId`)를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다(Terraform: `kms_key_arn`)
fix-why-dms-kms-key = 복제 인스턴스가 교체되며(해당 작업을 다시 시작해야 합니다), KMS 키의 정책이 AWS DMS의 키 사용을 허용해야 합니다
fix-what-backup-vault-kms-key = `EncryptionKeyArn`을 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다(Terraform: `kms_key_arn`)
fix-why-backup-vault-kms-key = 볼트가 비어 있는 새 볼트로 교체되며(복구 지점은 기존 볼트에 남고, 이름이 지정된 볼트는 이름을 바꿔야 합니다), KMS 키의 정책이 AWS Backup의 키 사용을 허용해야 합니다
fix-what-backup-plan-offsite-copy = 모든 백업 규칙에 새 `OffsiteBackupVaultArn` 파라미터의 볼트로 복사하는 작업을 추가합니다(Terraform: `copy_action`)
fix-why-backup-plan-offsite-copy = `OffsiteBackupVaultArn` 파라미터가 추가됩니다. 해당 볼트는 다른 리전 또는 계정에 있어야 하고 복사를 허용해야 하며, 복사본에는 스토리지 및 전송 요금이 부과됩니다
fix-what-emr-at-rest-encryption = 클러스터가 지정한 보안 구성에 저장 시 암호화 설정(키)이 작성되어 있으면 해당 보안 구성에서 `EnableAtRestEncryption: true`를 설정합니다
fix-why-emr-at-rest-encryption = { fix-why-emr-replaced }
fix-what-emr-in-transit-encryption = 클러스터가 지정한 보안 구성에 전송 중 암호화 설정(인증서)이 작성되어 있으면 해당 보안 구성에서 `EnableInTransitEncryption: true`를 설정합니다
fix-why-emr-in-transit-encryption = { fix-why-emr-replaced }
fix-what-codepipeline-artifact-store-kms = 아티팩트 저장소의 `EncryptionKey`를 템플릿에 선언된 키 또는 새 `KmsKeyArn` 파라미터로 설정합니다(Terraform: `encryption_key`)
fix-why-codepipeline-artifact-store-kms = { fix-why-key-policy }
## fix: why a fix was not written (`phiguard fix --format json`, skipped[].reason)
fix-skip-unsafe = 안전하지 않습니다({ $why }). --unsafe-fixes로 적용합니다
fix-skip-type = { $type }에 대한 수정이 없습니다
fix-skip-not-plain-value = { $resource }의 { $property }이(가) 단순 값이 아닙니다
fix-skip-has-flow-log = { $vpc }에는 이 템플릿에 이미 모든 트래픽의 흐름 로그가 있습니다
fix-skip-engine = 엔진 { $engine }에 대한 수정이 없습니다
fix-skip-group-elsewhere = { $property }이(가) 이 템플릿의 파라미터 그룹을 지정하지 않습니다
fix-skip-no-family = { $engine } { $version }에 해당하는 파라미터 그룹 패밀리를 알 수 없습니다
fix-skip-template-parse = 템플릿을 구문 분석할 수 없습니다: { $error }
fix-skip-written-as = { $type }(으)로 작성되어 있으며, 이 수정은 이를 편집하지 않습니다
fix-skip-template-broken = 수정된 템플릿을 구문 분석할 수 없게 되므로({ $error }) 아무것도 쓰지 않았습니다
fix-skip-no-resource = 리소스 { $resource }이(가) 없습니다
fix-skip-no-path = { $resource }에 { $path }이(가) 없습니다
fix-skip-not-a-mapping = 여기에 { $key }을(를) 추가할 수 없습니다: 단순 매핑이 아닙니다
fix-skip-several-blocks = { $block } 블록이 여러 개 있습니다
fix-skip-file-parse = 파일을 구문 분석할 수 없습니다: { $error }
fix-skip-file-broken = 수정된 파일을 구문 분석할 수 없게 되므로({ $error }) 아무것도 쓰지 않았습니다
fix-skip-aurora-multi-az = Aurora 인스턴스입니다: 대신 클러스터에 두 번째 인스턴스를 추가하십시오
fix-skip-cluster-no-instance = 이 템플릿에 클러스터의 인스턴스가 없습니다
fix-skip-aurora-encryption = Aurora 인스턴스입니다: 암호화는 클러스터에서 설정합니다
fix-skip-read-replica = 읽기 전용 복제본입니다: 원본 인스턴스를 암호화하십시오
fix-skip-aurora-backups = Aurora 인스턴스입니다: 백업은 클러스터에서 설정합니다
fix-skip-listener-not-http = HTTPS로 바꾸는 것은 Application Load Balancer의 HTTP 리스너뿐입니다
fix-skip-attributes-expression = LoadBalancerAttributes가 표현식입니다
fix-skip-vpc-unknown = 서브넷 또는 해당 VPC가 이 템플릿에 선언되어 있지 않습니다
fix-skip-key-no-rotation = 비대칭 키나 HMAC 키는 자동으로 교체할 수 없습니다
fix-skip-root-volume-ami = 루트 볼륨은 AMI에서 생성됩니다: EBS 기본 암호화나 암호화된 AMI로 암호화하십시오
fix-skip-public-address-elsewhere = 퍼블릭 주소는 서브넷 또는 탄력적 IP에서 할당됩니다: 인스턴스를 옮기는 것은 아키텍처 변경입니다
fix-skip-containers-not-list = ContainerDefinitions가 템플릿에 작성된 목록이 아닙니다
fix-skip-no-log-group = 템플릿에 컨테이너 로그를 보낼 AWS::Logs::LogGroup이 선언되어 있지 않습니다
fix-skip-log-driver-expression = 모든 컨테이너의 로그 드라이버가 표현식으로 작성되어 있습니다
fix-skip-engine-not-literal = 엔진이 리터럴이 아닙니다
fix-skip-no-engine-version = EngineVersion이 없습니다: 파라미터 그룹 패밀리를 선택할 수 없습니다
fix-skip-not-written = 리소스가 이 파일에 그대로 작성되어 있지 않습니다(변환 또는 반복문으로 생성됨)
fix-skip-no-cfn-fix = 이 규칙에는 CloudFormation 수정이 없습니다
fix-skip-already-fixed = 리소스에 수정이 쓰는 내용이 이미 있습니다. 검사 결과는 다른 원인에 따른 것입니다
fix-skip-inline-encryption = 인라인 server_side_encryption_configuration입니다: aws_s3_bucket_server_side_encryption_configuration으로 옮기십시오
fix-skip-encryption-shape = 버킷의 암호화 구성이 수정 도구가 편집하지 않는 형태로 작성되어 있습니다
fix-skip-inline-policy = 인라인 버킷 정책입니다: Deny-unless-aws:SecureTransport 문을 직접 추가하십시오
fix-skip-policy-shape = 버킷 정책이 수정 도구가 추가할 수 있는 jsonencode({"{"}Statement = [...]{"}"}) 형태가 아닙니다. 문을 직접 추가하십시오
fix-skip-one-line-statements = 수정 도구가 편집하지 않는 한 줄 문 목록입니다
fix-skip-logging-shape = 버킷의 로깅이 수정 도구가 편집하지 않는 형태로 작성되어 있습니다
fix-skip-not-an-address = 리소스 주소가 아닙니다
fix-skip-block-elsewhere = 리소스 블록이 이 파일에 없습니다
fix-skip-no-tf-fix = 이 규칙에는 아직 Terraform 수정이 없습니다
fix-skip-empty-path = 경로가 비어 있습니다
fix-skip-no-position = 위치 정보가 없습니다
fix-skip-no-closing-brace = 닫는 중괄호가 없습니다
fix-skip-one-line-block = 수정 도구가 편집하지 않는 한 줄 블록입니다
fix-skip-no-resources = Resources가 없습니다
fix-skip-no-list-item = 해당 목록 항목이 없습니다
fix-skip-expected-list = 목록이어야 합니다
fix-skip-value-shape = 기존 값의 형태가 다릅니다
fix-skip-value-expression = 기존 값이 표현식 또는 목록입니다
fix-skip-position-outside = 위치가 파일 범위를 벗어났습니다
fix-skip-key-layout = 수정 도구가 편집하지 않는 배치의 키입니다
fix-skip-empty-mapping = 수정 도구가 편집하지 않는 빈 매핑입니다
fix-skip-empty-list = 빈 목록입니다
fix-skip-list-layout = 수정 도구가 편집하지 않는 배치의 목록입니다
fix-skip-value-form = 수정 도구가 바꾸지 않는 형식으로 작성된 값입니다
fix-skip-terraform-json = Terraform JSON과 계획은 편집하지 않습니다. 구성을 수정하십시오
fix-skip-internal-error = 이 파일을 수정하는 중에 내부 오류가 발생했습니다. 아무것도 쓰지 않았습니다

## scan --format sarif: a finding left out of the SARIF results (stderr)
cli-sarif-omitted-item = { $resource }의 { $rule }: { $why }

## live AWS accounts (phiguard scan aws)

progress-collecting = AWS 서비스 수집 중
## fix: the five top-30 rules that had none

fix-what-vpc-security-group-open-ingress = 포트 80과 443 이외의 인바운드 규칙에서 열려 있는 소스(0.0.0.0/0, ::/0)를 기본값이 없는 새 `AllowedIngressCidr` 파라미터(IPv6의 경우 `AllowedIngressCidrIpv6`)로 바꿉니다(Terraform: 변수)
fix-why-vpc-security-group-open-ingress = 포트에 접근할 수 있는 대상이 바뀝니다. 새 `AllowedIngressCidr` 파라미터(IPv6의 경우 `AllowedIngressCidrIpv6`)에 지정한 범위에서만 연결할 수 있으며, 그 밖의 모든 소스는 차단됩니다
fix-what-ec2-cleartext-ingress = 인터넷에 열린 평문 포트의 인바운드 규칙을 해당 프로토콜의 TLS 포트로 옮깁니다(HTTP 80은 443, FTP 20-21은 989-990, Telnet 23은 SSH 22, POP3 110은 995, IMAP 143은 993, LDAP 389는 636, 8080은 8443으로). r 계열 서비스, TFTP, SNMP는 작성자에게 맡깁니다
fix-why-ec2-cleartext-ingress = 서비스가 TLS 포트에서 수신해야 하며 클라이언트가 해당 포트로 연결해야 합니다
fix-what-elb-target-tls = HTTP 대상 그룹을 포트 443의 HTTPS(TCP는 TLS)로 바꾸고(파라미터로 지정된 포트는 그대로 둡니다) HTTP 상태 검사를 HTTPS로 바꿉니다. Classic Load Balancer는 작성자에게 맡깁니다
fix-why-elb-target-tls = 대상이 포트 443에서 TLS를 제공해야 하며, 프로토콜이나 포트를 바꾸면 대상 그룹이 교체됩니다
fix-what-backup-plan-covers-phi-stores = 데이터 저장소의 ARN을 템플릿의 백업 선택에 추가합니다. 백업 선택이 없는 템플릿에는 백업 볼트, 복구 지점을 35일 동안 보관하고 새 `BackupCopyVaultArn` 파라미터의 볼트로 복사하는 일일 계획, 그리고 AWS 관리형 정책 AWSBackupServiceRolePolicyForBackup이 연결된 역할을 사용하는 백업 선택을 추가합니다(Terraform: 동일한 리소스)
fix-why-backup-plan-covers-phi-stores = 백업에는 스토리지 비용이 들며, 새 계획은 볼트, 역할, `BackupCopyVaultArn` 파라미터(템플릿에 키가 선언되지 않은 경우 `KmsKeyArn` 파라미터도)를 추가합니다
fix-what-flow-transmission-encrypted = 다른 수정이 복구하는 구간을 복구합니다. SNS 구독의 HTTP 엔드포인트를 HTTPS로, HTTP 리스너를 HTTPS로(`elb-listener-tls`와 같이), HTTP 대상 그룹을 HTTPS로(`elb-target-tls`와 같이) 바꿉니다. API Gateway 통합, Firehose HTTP 엔드포인트, CloudFront 오리진은 작성자에게 맡깁니다
fix-why-flow-transmission-encrypted = 수신 측이 TLS를 사용해야 합니다. SNS 엔드포인트는 HTTPS를 받아야 하고, 로드 밸런서의 대상은 TLS를 제공해야 하며, HTTP 리스너에는 인증서가 필요합니다

## live AWS accounts (phiguard scan aws)
live-not-built = 이 phiguard는 라이브 AWS 지원 없이 빌드되었습니다. `--features aws`로 빌드하십시오(cargo install --path crates/cli --features aws)
live-role-placeholder = --accounts에 여러 계정을 지정하거나 --organization을 사용할 때는 --role-arn에 {"{"}account{"}"}가 있어야 합니다
live-runtime = AWS 클라이언트 런타임을 시작할 수 없습니다: { $error }
live-unknown-services = 알 수 없는 서비스 { $services }입니다(알려진 서비스: { $known })
live-cannot-identify = 계정을 식별할 수 없습니다: { $error }
live-cannot-list-regions = 계정의 리전을 나열할 수 없습니다(ec2:DescribeRegions): { $error }
live-cannot-list-organization = 조직의 계정을 나열할 수 없습니다(organizations:ListAccounts): { $error }
live-no-active-account = 조직에 활성 계정이 없습니다
live-internal = 내부 오류: 수집기가 스캔 종료 후에도 실행 중입니다
## fix skip reasons (2)

fix-skip-no-parameter = 파라미터 { $name }이(가) 없습니다
fix-skip-no-properties = Properties가 없습니다
fix-skip-expression-not-replaced = 수정 도구가 바꾸지 않는 표현식입니다
fix-skip-no-open-literal-or-default = 인터넷에 열린 인바운드 규칙 중 리터럴 범위나 파라미터의 기본값으로 작성된 것이 없습니다
fix-skip-no-open-literal = 인터넷에 열린 인바운드 규칙 중 리터럴 범위로 작성된 것이 없습니다
fix-skip-all-protocols-open = 모든 프로토콜(또는 TFTP, SNMP)이 열려 있습니다: 무엇을 남길지는 작성자가 결정합니다
fix-skip-no-tls-port = 포트 { $from }-{ $to }에는 옮길 TLS 포트가 없습니다(FTP 21→990, Telnet 23→22, HTTP 80→443, LDAP 389→636, IMAP 143→993, POP3 110→995)
fix-skip-no-cleartext-literal-ports = 평문 포트에 열린 인바운드 규칙 중 리터럴 포트로 작성된 것이 없습니다
fix-skip-target-group-not-http = HTTPS 또는 TLS로 바꾸는 것은 HTTP 또는 TCP 대상 그룹뿐입니다
fix-skip-no-http-subscription = 일반 HTTP로 전달하는 구독이 없습니다
fix-skip-already-tls = 이미 HTTPS 또는 TLS입니다(이번 실행의 elb-target-tls 또는 elb-listener-tls 수정에 따른 것입니다)
fix-skip-flow-hop-left = 이 구간은 작성자에게 맡깁니다: API Gateway 통합, Firehose HTTP 엔드포인트, CloudFront 오리진은 먼저 해당 엔드포인트가 HTTPS로 제공해야 합니다
fix-skip-encryption-config-written = { $property }이(가) 작성되어 있습니다. 어떤 리소스를 암호화할지는 작성자가 결정합니다
fix-skip-artifact-stores-regions = 여러 리전에 있는 아티팩트 저장소에는 리전마다 키가 필요합니다: 키 지정은 작성자에게 맡깁니다
fix-skip-backup-rules-not-list = BackupPlanRule이 템플릿에 작성된 목록이 아닙니다
fix-skip-copy-destinations-named = 모든 규칙이 복사 대상을 지정하고 있습니다. 이를 다른 리전이나 계정으로 옮길지는 작성자가 결정합니다
fix-skip-no-security-configuration = 클러스터가 이 템플릿의 보안 구성을 지정하지 않습니다. 키와 인증서는 작성자가 설계합니다
fix-skip-no-security-configuration-tf = 클러스터가 이 Terraform 구성의 보안 구성을 지정하지 않습니다. 키와 인증서는 작성자가 설계합니다
fix-skip-no-encryption-configuration = 보안 구성에 EncryptionConfiguration이 작성되어 있지 않습니다
fix-skip-security-configuration-lacks = 보안 구성에 { $settings }이(가) 없습니다: 키 또는 인증서는 작성자가 설계합니다
fix-skip-security-configuration-shape = 보안 구성이 수정 도구가 편집할 수 있는 jsonencode({"{"}EncryptionConfiguration = {"{"}...{"}"}{"}"}) 형태가 아닙니다
fix-skip-security-configuration-no-flag = 보안 구성에 { $flag }이(가) 작성되어 있지 않습니다
fix-skip-inline-queue-policy = 인라인 대기열 정책입니다: Deny-unless-aws:SecureTransport 문을 직접 추가하십시오
fix-skip-no-block-device = 구성에 블록 디바이스가 작성되어 있지 않습니다
fix-skip-already-listens-443 = 로드 밸런서가 이미 포트 443에서 수신하고 있습니다: 이 리스너가 그곳으로 리디렉션하도록 직접 설정하십시오
fix-skip-vpc-has-flow-log = { $vpc }에는 이미 모든 트래픽의 흐름 로그가 있습니다
fix-skip-vpc-unknown-tf = 서브넷 또는 해당 VPC가 이 구성에 선언되어 있지 않습니다
fix-skip-group-elsewhere-tf = { $argument }이(가) 이 구성의 파라미터 그룹을 지정하지 않습니다
fix-skip-no-engine-version-tf = engine_version이 없습니다: 파라미터 그룹 패밀리를 선택할 수 없습니다
fix-skip-containers-not-jsonencode = container_definitions가 jsonencode([...])가 아닙니다
fix-skip-containers-not-written = container_definitions가 구성에 작성된 jsonencode([...])가 아닙니다
fix-skip-no-log-group-tf = 구성에 컨테이너 로그를 보낼 aws_cloudwatch_log_group이 선언되어 있지 않습니다
fix-skip-container-expression = 컨테이너 정의가 표현식입니다
fix-skip-one-line-container = 수정 도구가 편집하지 않는 한 줄 컨테이너 정의입니다
fix-skip-logs-configured = 모든 컨테이너의 로그 구성이 작성되어 있습니다
fix-skip-no-artifact-store = artifact_store 블록이 작성되어 있지 않습니다
fix-skip-store-repeated = 데이터 저장소가 count 또는 for_each로 생성됩니다: 어떤 인스턴스를 백업할지는 작성자가 결정합니다
fix-skip-selection-expression = 백업 선택의 리소스가 표현식입니다
