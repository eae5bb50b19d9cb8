# Rule titles (and, where translated, rationale and remediation), keyed by rule id.
# The English source is generated from the rules; missing texts are listed in untranslated.txt.

rule-phi-store-not-public-title = 保存 PHI 的数据库、数据仓库、代理和集群不可公开访问
rule-resource-policy-not-public-title = 保存或传输 PHI 的资源上的资源策略不向所有人授权
rule-acm-certificate-dns-validation-title = 公有 ACM 证书使用 DNS 验证，以便自动续订
rule-mq-broker-logs-title = 保存 PHI 的 Amazon MQ 代理发布常规日志，ActiveMQ 代理发布审计日志
rule-mq-encryption-at-rest-title = 保存 PHI 的 Amazon MQ（ActiveMQ）代理声明其静态加密密钥
rule-apigateway-cache-encrypted-title = 缓存响应的 API Gateway 阶段对缓存数据进行加密
rule-apigateway-domain-tls12-title = API Gateway 自定义域名使用 TLS 1.2（或更高版本）安全策略
rule-apigateway-logging-title = API Gateway 阶段将访问日志或执行日志发送到 CloudWatch
rule-apigateway-method-authorization-title = API Gateway 方法和路由要求 IAM、Cognito、JWT 或 Lambda 授权
rule-apigateway-no-data-trace-title = API Gateway REST API 阶段不记录完整的请求和响应（DataTraceEnabled）
rule-appflow-flow-kms-title = AppFlow 流声明用于加密流数据的 KMS 密钥
rule-appmesh-listener-tls-title = App Mesh 虚拟节点和虚拟网关在每个侦听器上要求 TLS（STRICT 模式）
rule-appmesh-no-phi-in-names-title = App Mesh 资源名称、路由匹配条件、服务发现名称和标签中不含 PHI
rule-athena-source-bucket-encrypted-title = Athena 查询的 Glue 数据目录表背后的 S3 存储桶声明默认加密
rule-athena-workgroup-results-encrypted-title = Athena 工作组对查询结果进行加密（SSE_S3、SSE_KMS 或 CSE_KMS）
rule-autoscaling-multi-az-title = Auto Scaling 组跨越至少两个可用区
rule-autoscaling-no-credentials-in-urls-title = 任何资源中的 URL 都不嵌入凭证（scheme://user:password@host）
rule-autoscaling-no-phi-in-names-title = Auto Scaling 组、启动配置和扩展策略的名称和标签中不含 PHI
rule-backup-plan-covers-phi-stores-title = 保存 PHI 的数据存储由 AWS Backup 计划或服务自身的自动备份覆盖
rule-backup-plan-offsite-copy-title = AWS Backup 计划将恢复点复制到另一个区域或账户中的文件库
rule-backup-vault-kms-key-title = AWS Backup 文件库声明用于加密其备份的 KMS 密钥
rule-batch-encrypted-storage-title = Batch EC2 计算环境使用加密的 EBS 卷启动实例
rule-batch-no-phi-in-definitions-title = Batch 作业定义（命令、环境、参数）、队列和标签中不含 PHI
rule-cloudformation-no-phi-in-template-title = 模板的 Description、参数默认值、Outputs、Metadata 以及堆栈参数和标签中不含 PHI
rule-cloudfront-origin-https-title = CloudFront 分配通过 HTTPS 访问每个源
rule-cloudfront-s3-origin-encrypted-title = 从 S3 提供 PHI 的 CloudFront 分配使用启用默认加密的源存储桶
rule-cloudfront-tls-minimum-title = 使用自定义证书的 CloudFront 分配要求查看器使用 TLS 1.2 或更高版本
rule-cloudfront-viewer-https-title = CloudFront 分配在每个缓存行为上要求查看器与 CloudFront 之间使用 HTTPS
rule-cloudtrail-audit-log-retention-title = CloudTrail 日志存储桶将审计日志保留至少六年
rule-cloudtrail-data-events-title = CloudTrail 记录数据事件（S3 对象、DynamoDB 项目或 Lambda 调用活动）
rule-cloudtrail-kms-encryption-title = CloudTrail 跟踪使用 KMS 密钥加密其日志文件（SSE-KMS）
rule-cloudtrail-log-file-validation-title = CloudTrail 跟踪启用日志文件完整性验证
rule-cloudtrail-multi-region-title = CloudTrail 跟踪记录所有区域（IsMultiRegionTrail）
rule-cloudtrail-trail-exists-title = 已定义 CloudTrail 跟踪并正在记录日志
rule-cloudwatch-no-phi-title = CloudWatch 警报名称、描述、维度和控制面板中不含 PHI
rule-codebuild-artifact-encryption-title = CodeBuild 项目使用指定的 KMS 密钥加密构件和 S3 日志
rule-codecommit-repository-kms-title = 保存 PHI 的 CodeCommit 存储库声明其 KMS 密钥
rule-codedeploy-revision-bucket-encrypted-title = CodeDeploy 部署组从启用默认加密的 S3 存储桶部署修订
rule-codepipeline-artifact-store-kms-title = CodePipeline 构件存储指定 KMS 加密密钥
rule-comprehend-data-access-scope-title = Comprehend 信任的 IAM 角色仅授予对指定存储桶（而非所有存储桶）的 S3 访问权限
rule-comprehend-input-bucket-encrypted-title = 保存 Comprehend 输入文档的 S3 存储桶声明默认加密
rule-comprehend-kms-title = Comprehend 分类器和飞轮为作业卷、模型和输出声明 KMS 密钥
rule-comprehend-no-phi-in-names-title = Comprehend 文档分类器和飞轮的名称和标签中不含 PHI
rule-comprehend-role-confused-deputy-title = Comprehend 信任的 IAM 角色使用 aws:SourceArn 或 aws:SourceAccount 限制信任
rule-comprehend-vpc-title = Comprehend 分类器和飞轮在 VPC 内运行其作业
rule-config-recorder-enabled-title = AWS Config 记录器记录所有受支持的资源类型并配有传输通道
rule-connect-no-phi-in-admin-fields-title = Amazon Connect 用户、安全配置文件、联系流以及 Customer Profiles 域和密钥中不含 PHI
rule-databrew-dataset-ssl-title = DataBrew 数据集通过强制使用 SSL 的 Glue 连接读取数据库
rule-databrew-job-encryption-title = DataBrew 作业加密其 S3 输出（EncryptionMode 为 SSE-S3 或 SSE-KMS）
rule-dataexchange-export-encrypted-title = Data Exchange 自动导出到 S3 的数据经过加密
rule-datasync-efs-location-tls-title = DataSync EFS 位置对到文件系统的流量进行加密（TLS1_2）
rule-datasync-s3-location-encrypted-title = DataSync S3 位置使用启用默认加密的存储桶
rule-datasync-task-logging-title = DataSync 任务将日志发布到 CloudWatch Logs 日志组
rule-dms-endpoint-ssl-title = 连接数据库和 Kafka 的 DMS 端点使用 SSL/TLS
rule-dms-kms-key-title = DMS 复制实例、无服务器复制和端点指定 KMS 密钥
rule-dms-replication-instance-private-title = DMS 复制实例不可公开访问
rule-dms-target-encrypted-title = DMS 目标端点写入加密存储
rule-docdb-audit-logs-title = 保存 PHI 的 DocumentDB 集群将审计日志导出到 CloudWatch（启用 audit_logs）
rule-docdb-storage-encrypted-title = 保存 PHI 的 DocumentDB 集群设置 StorageEncrypted
rule-docdb-tls-title = 保存 PHI 的 DocumentDB 集群要求 TLS（集群参数 tls 未禁用）
rule-dynamodb-no-phi-in-keys-title = 保存 PHI 的 DynamoDB 表不以 PHI 属性（SSN、姓名、出生日期、MRN）作为键或索引
rule-dynamodb-point-in-time-recovery-title = 保存 PHI 的 DynamoDB 表启用时间点恢复
rule-dynamodb-table-kms-encryption-title = 保存 PHI 的 DynamoDB 表使用 KMS 密钥加密（SSEEnabled，SSEType 为 KMS）
rule-ebs-volume-encrypted-title = 保存 PHI 的 EBS 卷经过加密
rule-ec2-cleartext-ingress-title = 安全组不向互联网开放明文协议（HTTP、FTP、Telnet 等）
rule-ec2-flow-logs-title = EC2 实例和 Auto Scaling 组在启用流日志的 VPC（或子网）中运行
rule-ec2-imdsv2-title = EC2 实例、启动模板和启动配置要求 IMDSv2（HttpTokens 为 required）
rule-ec2-instance-ebs-encrypted-title = EC2 实例加密其块设备映射中的 EBS 卷
rule-ec2-launch-configuration-ebs-encrypted-title = Auto Scaling 启动配置加密其块设备映射中的 EBS 卷
rule-ec2-launch-template-ebs-encrypted-title = EC2 启动模板加密其块设备映射中的 EBS 卷
rule-ec2-phi-no-public-ip-title = 处理 PHI 的 EC2 实例、启动模板、Auto Scaling 组和 ECS 服务不获取公有 IP
rule-ecr-repository-encryption-title = 保存 PHI 的 ECR 存储库声明映像静态加密（AES256 或 KMS）
rule-ecs-container-logging-title = ECS 任务定义中的每个容器都将日志发送到 CloudWatch Logs 或 FireLens
rule-ecs-efs-transit-encryption-title = ECS 任务定义和 Batch 作业定义中的 EFS 卷启用传输加密
rule-ecs-log-destination-tls-title = ECS 容器日志通过 TLS 传送到其目标
rule-ecs-plaintext-endpoints-title = ECS 容器环境不指向 http:// 端点
rule-efs-file-system-encrypted-title = 保存 PHI 的 EFS 文件系统经过静态加密
rule-efs-tls-required-title = 保存 PHI 的 EFS 文件系统具有拒绝不使用 TLS 访问的文件系统策略
rule-eks-control-plane-logging-title = EKS 集群记录 api、audit 和 authenticator 控制平面日志流
rule-eks-secrets-encryption-title = EKS 集群使用声明的 KMS 密钥对 Kubernetes 密钥进行信封加密
rule-elasticache-at-rest-encryption-title = 保存 PHI 的 ElastiCache for Redis 缓存对静态数据进行加密
rule-elasticache-engine-version-title = 保存 PHI 的 ElastiCache for Redis 缓存运行引擎版本 3.2.6 或 4.0.10 及更高版本
rule-elasticache-memcached-not-for-phi-title = 保存 PHI 的 ElastiCache 缓存运行 Redis OSS 或 Valkey，而非 Memcached
rule-elasticache-node-type-title = 保存 PHI 的 ElastiCache for Redis 缓存使用当前一代节点类型
rule-elasticache-redis-auth-title = 保存 PHI 的 ElastiCache for Redis 缓存对客户端进行身份验证（AUTH 令牌或用户组）
rule-elasticache-transit-encryption-title = 保存 PHI 的 ElastiCache for Redis 缓存要求每个连接都使用 TLS
rule-beanstalk-no-phi-in-names-title = Elastic Beanstalk 应用程序和环境的名称、描述和选项设置中不含 PHI
rule-elb-access-logs-title = 负载均衡器将访问日志写入 S3
rule-elb-listener-tls-title = 负载均衡器侦听器使用 HTTPS/TLS；HTTP 侦听器仅重定向到 HTTPS
rule-elb-target-tls-title = 负载均衡器加密到其目标的后端连接（HTTPS/TLS 目标组）
rule-elb-tls-policy-title = HTTPS/TLS 负载均衡器侦听器使用要求 TLS 1.2 或更高版本的安全策略
rule-not-for-phi-service-title = Config、Firewall Manager、Organizations、Shield、SAR、OpsWorks 和 X-Ray 资源既不处理 PHI，也不保存类似 PHI 的值
rule-eligibility-phi-in-eligible-service-title = PHI 仅由符合 HIPAA 资格的服务存储、处理和传输
rule-emr-at-rest-encryption-title = EMR 集群使用加密 EMRFS 数据和本地磁盘的安全配置
rule-emr-in-transit-encryption-title = EMR 集群使用启用传输中（TLS）加密的安全配置
rule-events-api-destination-https-title = EventBridge API 目标调用 https:// 端点
rule-events-no-phi-title = EventBridge 规则名称、模式和目标输入、事件总线、API 目标和计划中不含 PHI
rule-fargate-efs-transit-encryption-title = Fargate 任务定义在启用传输加密的情况下挂载 EFS 卷
rule-firehose-destination-encrypted-title = 保存 PHI 的 Firehose 流写入加密的 S3 位置，并传送到 https:// 端点
rule-firehose-encryption-title = 保存 PHI 的 Firehose 传输流使用服务器端加密或读取经 KMS 加密的流
rule-firehose-error-logging-title = 保存 PHI 的 Firehose 传输流将传输错误记录到 CloudWatch Logs
rule-flow-transmission-encrypted-title = 在资源之间传输 PHI 的每一条路径在传输中均经过加密
rule-forecast-dataset-kms-title = Forecast 数据集为导入的数据声明 KMS 密钥
rule-fsx-kms-title = 保存 PHI 的 FSx 文件系统声明用于加密的 KMS 密钥
rule-fsx-lustre-transit-encryption-title = 保存 PHI 的 FSx for Lustre 文件系统使用对传输中数据进行加密的部署类型
rule-fsx-windows-audit-logs-title = 保存 PHI 的 FSx for Windows 文件系统审核文件和共享访问
rule-glacier-vault-tls-only-title = S3 Glacier 文件库策略拒绝不使用 HTTPS 的请求
rule-globalaccelerator-encrypted-listener-title = Global Accelerator 侦听器仅转发到终止 TLS 的端点
rule-glue-catalog-encryption-title = Glue 数据目录使用 KMS 加密，并以加密形式返回连接密码
rule-glue-connection-ssl-title = Glue JDBC 连接强制使用 SSL（JDBC_ENFORCE_SSL）
rule-glue-job-encryption-title = Glue ETL 作业使用服务器端加密写入 S3（安全配置或 --encryption-type）
rule-guardduty-enabled-title = Amazon GuardDuty 检测器已启用
rule-healthlake-datastore-kms-title = HealthLake FHIR 数据存储声明其加密密钥
rule-iam-no-long-term-access-keys-title = 模板不创建处于活动状态的长期 IAM 访问密钥
rule-iot-domain-tls-policy-title = IoT Core 域配置使用 TLS 1.2 或更高版本的安全策略
rule-iot-no-phi-in-topics-title = IoT 事物名称和属性、事物组和主题规则中不含 PHI
rule-iot-policy-no-wildcard-title = IoT 策略不允许对所有资源执行 iot:*（或 *）
rule-kinesis-stream-encryption-title = 传输 PHI 的 Kinesis 数据流使用 KMS 密钥进行服务器端加密
rule-kinesisanalytics-encrypted-streams-title = 托管 Flink（Kinesis Data Analytics）应用程序使用经 KMS 加密的 Kinesis 流
rule-kinesisanalytics-logging-title = 托管 Flink（Kinesis Data Analytics v2）应用程序将日志发送到 CloudWatch Logs
rule-kinesisvideo-stream-kms-title = 保存 PHI 的 Kinesis 视频流声明用于加密所存媒体的 KMS 密钥
rule-kms-key-rotation-title = 对称 KMS 密钥启用自动密钥轮换
rule-kms-no-phi-in-metadata-title = KMS 密钥描述、标签和别名中不含 PHI
rule-lambda-environment-kms-title = 标记为保存 PHI 的 Lambda 函数使用声明的 KMS 密钥加密环境变量
rule-lambda-plaintext-endpoints-title = Lambda 函数的环境变量或内联代码不指向 http:// 端点
rule-lambda-url-auth-title = Lambda 函数 URL 要求 IAM 身份验证（AuthType 为 AWS_IAM）
rule-lambdaedge-https-title = 带有 Lambda@Edge 函数的 CloudFront 行为要求对查看器和源使用 HTTPS
rule-logs-group-kms-encryption-title = 保存 PHI 的 CloudWatch Logs 日志组使用 KMS 密钥加密（KmsKeyId）
rule-logs-group-retention-title = 保存 PHI 的 CloudWatch Logs 日志组声明保留期（RetentionInDays）
rule-macie-enabled-title = 已启用 Amazon Macie 以发现 S3 中的敏感数据
rule-macie-job-bucket-encryption-title = Macie 分类作业中的存储桶声明 SSE-S3 或 SSE-KMS 默认加密
rule-macie-no-phi-in-config-title = Macie 自定义数据标识符、允许列表和检查结果筛选器中不含 PHI 字面值
rule-metadata-no-phi-in-tags-title = 每个资源的名称、标识符、标签和描述中不含 PHI
rule-msk-broker-logs-title = 保存 PHI 的 MSK 集群将代理日志传送到 CloudWatch Logs、Firehose 或 S3
rule-msk-encryption-at-rest-kms-title = 保存 PHI 的 MSK 集群声明用于加密代理存储的 KMS 密钥
rule-msk-public-access-disabled-title = 保存 PHI 的 MSK 集群保持关闭对代理的公有访问
rule-msk-tls-in-transit-title = 保存 PHI 的 MSK 集群对客户端与代理之间以及代理之间的流量使用 TLS
rule-neptune-audit-logs-title = 保存 PHI 的 Neptune 数据库集群启用审计日志并将其导出到 CloudWatch Logs
rule-neptune-storage-encrypted-title = 保存 PHI 的 Neptune 数据库集群设置 StorageEncrypted
rule-neptune-tls-title = 保存 PHI 的 Neptune 数据库集群仅接受 TLS（HTTPS）连接
rule-opensearch-encryption-at-rest-title = 保存 PHI 的 OpenSearch Service 域对静态数据进行加密
rule-opensearch-engine-version-title = 保存 PHI 的 OpenSearch Service 域运行 OpenSearch 或 Elasticsearch 6.0 及更高版本
rule-opensearch-https-only-title = 保存 PHI 的 OpenSearch Service 域仅接受通过 HTTPS 的请求
rule-opensearch-node-to-node-title = 保存 PHI 的 OpenSearch Service 域启用节点间加密
rule-opensearch-tls-policy-title = 保存 PHI 的 OpenSearch Service 域要求 TLS 1.2 或更高版本
rule-opensearch-vpc-access-title = 保存 PHI 的 OpenSearch 域在 VPC 内运行，或至少不允许匿名访问
rule-opsworks-no-plaintext-secrets-title = OpsWorks 应用程序将机密环境变量标记为 Secure，堆栈自定义 JSON 中不含机密
rule-pinpoint-sms-short-code-title = Pinpoint SMS 通道通过专用短代码发送
rule-qldb-ledger-kms-title = 保存 PHI 的 QLDB 分类账声明其静态加密密钥
rule-qldb-permissions-mode-standard-title = QLDB 分类账使用 STANDARD 权限模式，而非 ALLOW_ALL
rule-rds-backup-retention-title = 保存 PHI 的 RDS、Aurora、DocumentDB 和 Neptune 数据库保留自动备份
rule-rds-multi-az-title = 保存 PHI 的 RDS 数据库以多可用区方式运行（对于 Aurora，具有副本实例）
rule-rds-oracle-encryption-in-transit-title = 保存 PHI 的 RDS for Oracle 数据库在其选项组中要求本机网络加密或 SSL
rule-rds-sqlserver-audit-title = 保存 PHI 的 RDS for SQL Server 数据库启用审核（rds.sqlserver_audit = fedramp_hipaa）
rule-rds-sqlserver-edition-title = 保存 PHI 的 RDS for SQL Server 数据库运行 Web、Standard 或 Enterprise 版本，绝不使用 Express
rule-rds-storage-encrypted-title = 保存 PHI 的 RDS 数据库实例和 Aurora 集群设置 StorageEncrypted
rule-rds-tls-enforced-title = 保存 PHI 的 RDS 和 Aurora 数据库要求每个连接都使用 TLS
rule-redshift-audit-logging-title = 保存 PHI 的 Redshift 集群启用审计日志
rule-redshift-encryption-at-rest-title = 保存 PHI 的 Redshift 集群经过加密（Encrypted，使用 KMS 或 HSM 密钥）
rule-redshift-require-ssl-title = 保存 PHI 的 Redshift 集群要求 SSL/TLS 连接（require_ssl = true）
rule-rekognition-no-phi-in-ids-title = Rekognition 集合 ID、项目名称和流处理器名称中不含 PHI
rule-route53-no-phi-in-names-title = Route 53 区域、记录、运行状况检查及其标签中不含 PHI
rule-s3-bucket-access-logging-title = 保存 PHI 的 S3 存储桶具有服务器访问日志记录或 CloudTrail S3 数据事件
rule-s3-bucket-encryption-title = 保存 PHI 的 S3 存储桶声明默认服务器端加密（SSE-S3 或 SSE-KMS）
rule-s3-bucket-public-access-block-title = 保存 PHI 的 S3 存储桶开启全部四项 S3 阻止公有访问设置
rule-s3-bucket-tls-only-title = 保存 PHI 的 S3 存储桶具有拒绝不使用 TLS 的请求的存储桶策略
rule-s3-bucket-versioning-title = 保存 PHI 的 S3 存储桶启用版本控制
rule-s3-no-phi-in-names-title = S3 存储桶名称、标签和对象键前缀中不含 PHI
rule-s3-transfer-acceleration-protected-title = 启用 Transfer Acceleration 的 S3 存储桶声明默认加密并拒绝非 TLS 请求
rule-sagemaker-endpoint-kms-title = SageMaker 端点配置为托管实例的存储指定 KMS 密钥
rule-sagemaker-job-output-kms-title = 模板中定义的 SageMaker 训练、处理、转换和监控作业使用指定的 KMS 密钥加密输出
rule-sagemaker-notebook-kms-title = SageMaker 笔记本实例和 Studio 域为其存储指定 KMS 密钥
rule-sagemaker-notebook-no-direct-internet-title = 处理 PHI 的 SageMaker 笔记本实例禁用直接互联网访问
rule-secretsmanager-no-plaintext-passwords-title = 数据库密码和身份验证令牌不以字面值形式写入模板
rule-secretsmanager-secret-kms-title = 保存 PHI 的 Secrets Manager 密钥指定其 KMS 密钥
rule-securityhub-enabled-title = 已启用 Security Hub 并至少启用一项安全标准
rule-servicecatalog-no-phi-title = Service Catalog 产品组合和产品元数据以及预置参数中不含 PHI
rule-cloudmap-no-phi-in-names-title = Cloud Map 命名空间、服务和实例的名称和属性中不含 PHI
rule-ses-event-destination-title = SES 配置集将发送事件发布到事件目标
rule-ses-receipt-s3-kms-title = 将收到的邮件存储在 S3 中的 SES 接收规则使用 KMS 密钥进行加密
rule-ses-tls-required-title = SES 配置集要求投递时使用 TLS（TlsPolicy 为 REQUIRE）
rule-sns-subscription-https-title = 传输 PHI 的 SNS 主题仅通过加密传输投递（无 http 订阅）
rule-sns-topic-encryption-title = 传输 PHI 的 SNS 主题使用 KMS 密钥对静态消息进行加密（KmsMasterKeyId）
rule-sqs-queue-encryption-title = 保存 PHI 的 SQS 队列声明服务器端加密（KMS 密钥或 SSE-SQS）
rule-sqs-queue-tls-only-title = 保存 PHI 的 SQS 队列具有拒绝不使用 TLS 的请求的队列策略
rule-ssm-no-phi-in-identifiers-title = Systems Manager 参数名称和值、文档名称和维护时段中不含 PHI
rule-ssm-output-encrypted-title = Systems Manager 命令和会话输出发送到加密的 S3 存储桶和日志组
rule-ssm-parameter-secure-string-title = 名称表明其保存机密的 Parameter Store 参数为 SecureString
rule-stepfunctions-logging-no-data-title = Step Functions 仅将执行数据记录到使用 KMS 密钥加密的日志组
rule-stepfunctions-no-phi-title = Step Functions 状态机和活动既不处理 PHI，也不在名称、定义或标签中保存 PHI
rule-storagegateway-audit-logging-title = Storage Gateway 文件共享发送审计日志，网关发送运行状况日志到 CloudWatch
rule-storagegateway-file-share-encryption-title = Storage Gateway 文件共享声明其写入对象的服务器端加密
rule-transfer-server-logging-title = Transfer Family 服务器将用户活动记录到 CloudWatch Logs
rule-transfer-server-no-ftp-title = Transfer Family 服务器不启用明文 FTP
rule-transfer-user-home-bucket-encrypted-title = Transfer Family 用户的主目录位于启用默认加密的 S3 存储桶中
rule-vmie-bucket-encrypted-title = VM Import/Export 读取或写入的 S3 存储桶声明默认加密
rule-vpc-flow-logs-title = VPC 具有记录所有流量的流日志（TrafficType 为 ALL）
rule-vpc-security-group-open-ingress-title = 安全组仅在端口 80 和 443 上允许来自任何位置（0.0.0.0/0、::/0）的入站流量
rule-waf-protected-resource-https-title = 受 WAF 保护的负载均衡器和 CloudFront 分配仍仅通过 HTTPS 提供 PHI
rule-workspaces-volume-encryption-title = WorkSpaces 使用 KMS 同时加密根卷和用户卷

## Rationale and remediation

rule-s3-bucket-encryption-rationale = AWS BAA 规定必须对静态 PHI 进行加密。白皮书要求对每个保存 PHI 的对象进行服务器端加密（SSE-S3、SSE-KMS 或 SSE-C）或客户端加密。存储桶级别的默认加密可防止因失误存储未加密的对象，也是审计人员可以在配置中查阅的证据。
rule-s3-bucket-encryption-remediation = 设置 `BucketEncryption.ServerSideEncryptionConfiguration`，其中 `ServerSideEncryptionByDefault.SSEAlgorithm: aws:kms`（并指定 `KMSMasterKeyID`）或 `AES256`；在 Terraform 中，为该存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-rds-storage-encrypted-rationale = 白皮书中每个 RDS 引擎章节都要求对静态 PHI 进行加密。设置 StorageEncrypted 后，RDS 会使用 KMS 加密存储、自动备份、只读副本和快照；此设置在创建后无法开启，且 AWS 默认不加密。
rule-rds-storage-encrypted-remediation = 在数据库实例上（对于 Aurora，在数据库集群上）设置 `StorageEncrypted: true`（使用客户托管密钥时还需设置 `KmsKeyId`）；在 Terraform 中设置 `storage_encrypted = true`。现有数据库必须从加密的快照副本还原。
rule-sqs-queue-encryption-rationale = 白皮书要求对传输 PHI 的队列使用 SQS 服务器端加密，否则必须在发送前由客户端加密每条消息的负载。客户端加密无法在模板中体现，因此队列必须声明 SSE：使用 KMS 密钥（`KmsMasterKeyId`，同时会在 CloudTrail 中留下密钥使用记录）或 SQS 托管密钥（`SqsManagedSseEnabled`）。自 2022 年 10 月起，SQS 默认对新队列启用 SSE-SQS，但未作任何声明的模板不能作为证据。死信队列和 FIFO 队列保存相同的消息，同样进行判定。
rule-sqs-queue-encryption-remediation = 将 `KmsMasterKeyId` 设置为客户托管的 KMS 密钥（或 `alias/aws/sqs`），或设置 `SqsManagedSseEnabled: true`；在 Terraform 中，在 `aws_sqs_queue` 上设置 `kms_master_key_id` 或 `sqs_managed_sse_enabled = true`。切勿在没有 KMS 密钥的情况下设置 `SqsManagedSseEnabled: false`。
rule-s3-bucket-tls-only-rationale = 白皮书要求连接到包含 PHI 的 S3 存储桶时使用接受加密传输（HTTPS）的端点。除非存储桶策略予以拒绝，否则 S3 接受明文 HTTP，因此配置中唯一的证据是这样一条语句：Effect 为 Deny，Principal 为 "*"，操作涵盖对象的读取和写入，资源同时涵盖存储桶和 bucket/*，条件为 Bool（或 BoolIfExists）aws:SecureTransport = false。phiguard 会综合评估附加到存储桶的所有存储桶策略的含义：操作和资源中的通配符、NotAction/NotResource，以及以字面值或 !Sub、!Join、!GetAtt 写出的 ARN。仅基于 s3:TlsVersion 的拒绝（NumericLessThan）不计入：明文 HTTP 请求没有 TLS 版本，因此该条件永远不会匹配；使用 NumericLessThanIfExists 时则会匹配并计入。同时依赖其他条件键（如 aws:SourceVpce）的拒绝仅对部分请求成立，因此报告为无法判定。
rule-s3-bucket-tls-only-remediation = 为存储桶添加 AWS::S3::BucketPolicy，其中包含语句 `Effect: Deny, Principal: "*", Action: "s3:*", Resource: [!GetAtt Bucket.Arn, !Sub "${"{"}Bucket.Arn{"}"}/*"], Condition: {"{"}Bool: {"{"}aws:SecureTransport: false{"}"}{"}"}`；在 Terraform 中，在该存储桶的 `aws_s3_bucket_policy` 中使用相同的语句（例如由对 `aws:SecureTransport` 设置 `Bool` 条件的 `aws_iam_policy_document` 生成）。
rule-dynamodb-point-in-time-recovery-rationale = HIPAA 的数据备份计划要求保留可检索的 ePHI 精确副本（164.308(a)(7)(ii)(A)）。时间点恢复会将表的连续备份保留 35 天，因此可以将表还原到意外写入或删除之前的任意一秒。此功能默认关闭。对于全局表，此功能按副本设置，每个副本都必须启用。
rule-dynamodb-point-in-time-recovery-remediation = 在表上（对于 AWS::DynamoDB::GlobalTable，在每个副本上）设置 `PointInTimeRecoverySpecification: {"{"}PointInTimeRecoveryEnabled: true{"}"}`；在 Terraform 中，在 `aws_dynamodb_table` 上设置 `point_in_time_recovery {"{"} enabled = true {"}"}`。
rule-s3-bucket-versioning-rationale = HIPAA 要求保留可检索的 ePHI 精确副本（164.308(a)(7)(ii)(A)），并防止不当更改或销毁（164.312(c)(1)）。S3 版本控制会保留对象的每个先前版本，因此可以撤销覆盖或删除操作。新存储桶默认关闭版本控制；Suspended 状态会保留旧版本，但不再保护新的写入。
rule-s3-bucket-versioning-remediation = 设置 `VersioningConfiguration: {"{"}Status: Enabled{"}"}`；在 Terraform 中，为该存储桶定义 `aws_s3_bucket_versioning`，并设置 `versioning_configuration {"{"} status = "Enabled" {"}"}`。添加针对非当前版本的生命周期规则以控制成本。
rule-s3-bucket-public-access-block-rationale = 保存 PHI 的存储桶绝不能被公众读取（访问控制，164.312(a)(1)）。S3 阻止公有访问的优先级高于公有 ACL 和公有存储桶策略，因此四项设置全部开启后，错误的 ACL 或策略也无法泄露 PHI。PublicAccessBlockConfiguration 中省略的每项设置均为关闭。若配置未作任何声明，自 2023 年 4 月起 S3 会为新存储桶开启全部四项设置；仅在使用 trust_aws_defaults 时才接受此默认值，且当存储桶还授予公有预设 ACL 时一律不接受。
rule-s3-bucket-public-access-block-remediation = 设置 `PublicAccessBlockConfiguration`，将 `BlockPublicAcls`、`BlockPublicPolicy`、`IgnorePublicAcls` 和 `RestrictPublicBuckets` 全部设为 `true`；在 Terraform 中，为该存储桶定义 `aws_s3_bucket_public_access_block`，并将这四个参数设为 `true`。
rule-cloudtrail-trail-exists-rationale = 白皮书将 CloudTrail 列为 AWS BAA 所要求的审计日志，并要求设置具体的跟踪：仅有 90 天的事件历史记录是不够的（164.312(b) 审计控制）。由于通常由一个模板（往往是共享堆栈或组织堆栈）为其他所有模板定义跟踪，此规则着眼于整个扫描：当扫描中存在 PHI 但任何地方都未定义跟踪时，判定一次不合规（不针对具体资源）；每个跟踪在正在记录日志时为合规，在 IsLogging 为 false 时为不合规。扫描中既无保存 PHI 的资源也无跟踪时为不适用。
rule-cloudtrail-trail-exists-remediation = 定义 AWS::CloudTrail::Trail，并设置 `IsLogging: true`、`IsMultiRegionTrail: true`、`EnableLogFileValidation: true`、`KMSKeyId` 和 `S3BucketName`（或将定义组织跟踪的堆栈纳入扫描）；在 Terraform 中，定义 `enable_logging = true` 的 `aws_cloudtrail`。

## Live-only rules

rule-backup-recent-recovery-point-title = 每个保存 PHI 的存储都有一个不早于所配置时长的已完成 AWS Backup 恢复点（在线）
rule-cloudtrail-phi-bucket-data-events-title = 正在记录的 CloudTrail 跟踪记录每个保存 PHI 的存储桶的 S3 数据事件（对象读取和写入）（在线）
rule-cloudtrail-records-api-calls-title = 正在记录的 CloudTrail 跟踪在每个所扫描区域记录所有服务的读取和写入管理事件（在线）
rule-ebs-encryption-by-default-title = 每个所扫描区域均已启用 EBS 默认加密（在线）
rule-elasticache-security-updates-title = ElastiCache 安全更新在建议的应用截止日期前已应用（在线）
rule-iam-console-user-mfa-title = 拥有控制台密码的 IAM 用户已启用 MFA（在线）
rule-iam-console-user-no-access-keys-title = 拥有控制台密码的 IAM 用户没有有效的长期访问密钥（在线）
rule-iam-root-mfa-title = 每个所扫描账户的根用户已启用 MFA（在线）
rule-iam-root-no-access-keys-title = 每个所扫描账户的根用户没有有效的访问密钥（在线）
rule-inspector-phi-instances-title = 在存在保存 PHI 的实例的区域中，Amazon Inspector 扫描 EC2（在线）
rule-snapshot-encrypted-title = EBS 快照和 RDS/Aurora 数据库快照已加密（在线）
rule-snapshot-not-public-title = EBS 快照和 RDS/Aurora 数据库快照未公开（在线）

## Rationale and remediation

rule-phi-store-not-public-rationale = 公有端点会使保存 PHI 的计算机暴露在互联网上，仅由其安全组和凭证提供保护；公有数据库端点是已报告的违规事件最常见的原因之一（访问控制，164.312(a)(1)；传输安全，164.312(e)(1)）。对于非 Aurora 引擎，如果省略 PubliclyAccessible 且未指定数据库子网组（或指定的是 `default` 子网组），RDS 会将实例设为公有；Redshift 和 Amazon MQ 默认为私有；EKS 集群的 API 端点对所有来源公开，除非 EndpointPublicAccess 为 false 或 PublicAccessCidrs 对其加以限制。DMS 复制实例、MSK 集群和 OpenSearch 域由各自的规则判定（dms-replication-instance-private、msk-public-access-disabled、opensearch-vpc-access）。
rule-phi-store-not-public-remediation = 在 RDS 实例、多可用区数据库集群、Redshift 集群和 Amazon MQ 代理上设置 `PubliclyAccessible: false`（Terraform 中为 `publicly_accessible = false`），并通过数据库子网组将其置于私有子网中；对于 EKS，设置 `ResourcesVpcConfig.EndpointPublicAccess: false` 和 `EndpointPrivateAccess: true`（Terraform 中为 `endpoint_public_access = false`），或在 `PublicAccessCidrs` 中列出管理员的地址范围。
rule-resource-policy-not-public-rationale = 访问控制（164.312(a)(1)）仅允许经授权的人员和软件访问 PHI。Effect 为 Allow 且 Principal 为 "*"（或 {"{"}"AWS": "*"{"}"}）的资源策略语句会向所有 AWS 账户和匿名调用者授予权限，除非有条件将请求限定于某个账户、组织、VPC、VPC 端点或调用资源（aws:SourceAccount、aws:SourceArn、aws:SourceVpce、aws:SourceVpc、aws:PrincipalOrgID、aws:PrincipalAccount、kms:CallerAccount...）。phiguard 会解读策略的含义：使用否定运算符或 ...IfExists 运算符的条件，或使用通配符值的条件，不构成任何限制；Deny 永远不构成授权。公有 S3 ACL（PublicRead、PublicReadWrite、AuthenticatedRead）以及针对 Principal "*" 且未指定 SourceArn 或 SourceAccount 的 Lambda 权限同样属于公开。S3 阻止公有访问（RestrictPublicBuckets、IgnorePublicAcls）以及位于 VPC 内的 OpenSearch 域可使开放策略失效，phiguard 会对此予以说明。
rule-resource-policy-not-public-remediation = 指定需要访问权限的主体（账户 ARN、角色、服务主体），或添加条件，例如 `StringEquals: {"{"}aws:PrincipalOrgID: o-...{"}"}`、`aws:SourceAccount` 或 `aws:SourceVpce`；从存储桶中删除公有预设 ACL；为 Lambda 权限指定 `SourceArn` 或 `SourceAccount`。在 Terraform 中，在策略 JSON 或 `aws_iam_policy_document`、`acl` 以及 `aws_lambda_permission` 的 `source_arn` 中进行相同的设置。
rule-acm-certificate-dns-validation-rationale = 面向 PHI 的端点上的 TLS 需要始终有效的证书；证书过期会导致客户端连接失败，更糟糕的是，会使用户养成忽略警告继续访问的习惯。只要 CNAME 记录保持不变，ACM 会自动续订经 DNS 验证的证书；经电子邮件验证的证书（CloudFormation 的默认方式）则需等待有人批准续订电子邮件。由 AWS Private CA 签发的私有证书无需验证即可续订。实时检查会补充每个证书的到期日期和续订状态。
rule-acm-certificate-dns-validation-remediation = 设置 `ValidationMethod: DNS`（并通过 `DomainValidationOptions` 指定托管区域，以便 CloudFormation 创建相应记录）；在 Terraform 中，设置 `validation_method = "DNS"`，并使用 `aws_acm_certificate_validation` 和 Route 53 记录。
rule-mq-broker-logs-rationale = CloudTrail 会记录 Amazon MQ 的 API 调用，但不会记录代理上发生的操作。常规日志记录连接和代理事件；ActiveMQ 审计日志按用户记录管理操作（队列的创建、删除和清除）。这两种日志默认均处于关闭状态，因此若不启用，将无法记录谁操作了传输 PHI 的队列。
rule-mq-broker-logs-remediation = 在 ActiveMQ 代理上设置 `Logs: {"{"}General: true, Audit: true{"}"}`，在 RabbitMQ 代理上设置 `Logs: {"{"}General: true{"}"}`（RabbitMQ 没有审计日志）；在 Terraform 中，设置 `logs {"{"} general = true audit = true {"}"}`。代理需要一个面向 mq.amazonaws.com 的 CloudWatch Logs 资源策略。
rule-mq-encryption-at-rest-rationale = Amazon MQ 会对静态消息进行加密；对于 ActiveMQ 代理，团队可以选择 AWS 拥有的密钥、AWS 托管密钥 aws/mq 或客户托管的 KMS 密钥。白皮书接受服务托管的密钥；在 `EncryptionOptions` 中声明所作的选择，即是审计人员查阅的证据。RabbitMQ 代理始终使用 AWS 拥有的密钥且没有相应设置，因此本规则不适用于此类代理。
rule-mq-encryption-at-rest-remediation = 使用 KMS 密钥时声明 `EncryptionOptions: {"{"}UseAwsOwnedKey: false, KmsKeyId: <key ARN>{"}"}`（或设置 `UseAwsOwnedKey: true` 以记录使用 AWS 拥有的密钥）；在 Terraform 中，设置 `encryption_options {"{"} use_aws_owned_key = false kms_key_id = aws_kms_key.mq.arn {"}"}`。密钥在创建代理时即已确定。
rule-apigateway-cache-encrypted-rationale = API Gateway 仅在内存中保存未缓存的数据，但启用了缓存集群的阶段会将响应（连同其中包含的任何 PHI）存储长达一小时；白皮书要求对此类缓存进行加密。当阶段的缓存集群处于开启状态时，API Gateway 默认缓存 GET 方法，并且除非设置了 CacheDataEncrypted，否则缓存数据不会被加密。
rule-apigateway-cache-encrypted-remediation = 在阶段的 `MethodSettings` 中添加一个条目，设置 `ResourcePath: "/*"`、`HttpMethod: "*"` 和 `CacheDataEncrypted: true`，并在每个设置了 `CachingEnabled: true` 的条目上设置 `CacheDataEncrypted: true`（对于 Deployment，在 `StageDescription` 中设置）；在 Terraform 中，使用 `aws_api_gateway_method_settings`，并设置 `method_path = "*/*"` 和 `settings {"{"} cache_data_encrypted = true {"}"}`。
rule-apigateway-domain-tls12-rationale = API Gateway 端点仅支持 HTTPS；白皮书要求使用 TLS，并建议在自定义域上使用 TLS 1.2。除非其安全策略另有规定，否则 REST API 自定义域会接受 TLS 1.0 和 1.1，而这些版本已不再被视为适用于传输中 PHI 的强加密（HHS 指南引用了 NIST SP 800-52）。
rule-apigateway-domain-tls12-remediation = 在 `AWS::ApiGateway::DomainName` 上设置 `SecurityPolicy: TLS_1_2`（或增强型 `SecurityPolicy_TLS13_*` 策略），在 `AWS::ApiGatewayV2::DomainName` 上设置 `DomainNameConfigurations[].SecurityPolicy: TLS_1_2`；在 Terraform 中，在 `aws_api_gateway_domain_name` 上设置 `security_policy = "TLS_1_2"`，在 `aws_apigatewayv2_domain_name` 上设置 `domain_name_configuration {"{"} security_policy = "TLS_1_2" {"}"}`。
rule-apigateway-logging-rationale = 白皮书要求对 API Gateway 启用 CloudTrail 和 CloudWatch 日志记录。CloudTrail 仅记录管理调用；只有当阶段将访问日志（调用者、源 IP、路由、状态）或执行日志写入 CloudWatch 时，对 API 的请求才会被记录。如果两者均未启用，则无法留下关于谁调用了传输 PHI 的 API 的审计跟踪（164.312(b)）。访问日志是更好的审计记录；启用数据跟踪的执行日志本身就可能包含 PHI。
rule-apigateway-logging-remediation = 在 `AWS::ApiGateway::Stage` 上设置 `AccessLogSetting.DestinationArn`（及 `Format`），或在 `AWS::ApiGatewayV2::Stage` 上设置 `AccessLogSettings.DestinationArn`（SAM：在 API 上设置 `AccessLogSetting` / `AccessLogSettings`）；执行日志记录通过 `MethodSettings` 设置 `LoggingLevel: INFO` 或 `ERROR`。在 Terraform 中，在 `aws_api_gateway_stage` 或 `aws_apigatewayv2_stage` 上设置 `access_log_settings {"{"} destination_arn, format {"}"}`，并在 `aws_api_gateway_method_settings` 中设置 `settings {"{"} logging_level {"}"}`。
rule-apigateway-method-authorization-rationale = 白皮书要求对传输 PHI 的 API 的访问进行控制，例如使用 IAM (SigV4)、Amazon Cognito 或 Lambda 授权方。授权类型为 NONE 的方法或路由允许任何能够访问该端点的人调用它，这将使访问控制（164.312(a)(1)）以及个人或实体身份验证（164.312(d)）失去作用。API 密钥用于识别调用者以进行限流；AWS 明确表示不应将其用于授权。CORS 预检 (OPTIONS) 和 MOCK 集成不传输数据，不予判定。
rule-apigateway-method-authorization-remediation = 在 `AWS::ApiGateway::Method` 上将 `AuthorizationType` 设置为 `AWS_IAM`、`COGNITO_USER_POOLS` 或 `CUSTOM`（并指定 `AuthorizerId`），或在 `AWS::ApiGatewayV2::Route` 上将其设置为 `AWS_IAM`、`JWT` 或 `CUSTOM`；在 Terraform 中，设置 `aws_api_gateway_method` 的 `authorization` 和 `aws_apigatewayv2_route` 的 `authorization_type`。
rule-apigateway-no-data-trace-rationale = 白皮书指出：标头、URL 以及请求或响应正文中的 PHI 只能由符合条件且经过正确配置的服务捕获，完整的请求/响应数据跟踪需要谨慎对待。`DataTraceEnabled` 会将完整的负载（在医疗保健 API 中包含 PHI）写入执行日志组，使其脱离 API 自身的控制；AWS 本身也建议不要在生产 API 中使用该功能。
rule-apigateway-no-data-trace-remediation = 在 `MethodSettings` 中设置 `DataTraceEnabled: false`（或省略该设置），并保留 `LoggingLevel: INFO`/`ERROR` 以及不含正文的访问日志。Terraform：`aws_api_gateway_method_settings` 的 `settings {"{"} data_trace_enabled = false {"}"}`。
rule-appflow-flow-kms-rationale = AppFlow 使用 KMS 密钥对其传输的数据及其写入 S3 的数据进行加密；白皮书要求客户指定该密钥。未设置 KMSArn 时，流使用 AppFlow 托管的密钥，这种加密未在配置中声明，且客户无法控制其密钥策略。
rule-appflow-flow-kms-remediation = 将 `AWS::AppFlow::Flow` 的 `KMSArn` 设置为客户托管的 KMS 密钥；在 Terraform 中，设置 `aws_appflow_flow` 的 `kms_arn`。
rule-appmesh-listener-tls-rationale = 当 PHI 在服务之间流动时，白皮书要求网格中的应用程序之间使用 TLS。处于 STRICT 模式的 Envoy 侦听器仅接受 TLS；PERMISSIVE 模式还接受明文，而 DISABLED 模式（或没有 TLS 块）仅接受明文。设置了 `Enforce: false` 的客户端策略允许调用方回退到明文。
rule-appmesh-listener-tls-remediation = 在 `Spec.Listeners` 中为每个侦听器设置 `TLS: {"{"}Mode: STRICT, Certificate: {"{"}ACM: {"{"}CertificateArn: ...{"}"}{"}"}{"}"}`（或 SDS/文件证书），并保持客户端策略的 `TLS.Enforce` 为 true；在 Terraform 中，在 `aws_appmesh_virtual_node` / `aws_appmesh_virtual_gateway` 上设置 `spec {"{"} listener {"{"} tls {"{"} mode = "STRICT" certificate {"{"} ... {"}"} {"}"} {"}"} {"}"}`。
rule-appmesh-no-phi-in-names-rationale = 白皮书指出：不得在 App Mesh 资源名称或属性中存储 PHI，这些内容不受保护。
rule-appmesh-no-phi-in-names-remediation = 使用按功能命名的名称，并基于中性的路径和标头进行匹配。CloudFormation：`AWS::AppMesh::*` 的名称和 `Spec`；Terraform：`aws_appmesh_*` 的 `name`、`spec`、`tags`。
rule-athena-source-bucket-encrypted-rationale = Athena 直接在 S3 中数据所在的位置查询数据，因此 Athena 查询的 PHI 必须按照 S3 指南进行静态加密。表的 StorageDescriptor.Location 指定了存储桶；该存储桶必须声明默认加密。当资源被标记为保存 PHI 时，仅判定已如此标记的表或基于已如此标记的存储桶的表。
rule-athena-source-bucket-encrypted-remediation = 在表的 `Location` 所指向的存储桶上声明 `BucketEncryption`（尽可能使用客户托管密钥的 SSE-KMS）；在 Terraform 中，为该存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-athena-workgroup-results-encrypted-rationale = 基于 PHI 的查询结果本身就是 PHI。白皮书要求使用 SSE-S3、SSE-KMS 或 CSE-KMS 对 Athena 查询结果（包括暂存结果）进行加密。声明了加密（并强制执行其配置）的工作组可确保每个查询都满足这一要求，无论客户端提出何种请求。
rule-athena-workgroup-results-encrypted-remediation = 将 `WorkGroupConfiguration.ResultConfiguration.EncryptionConfiguration.EncryptionOption` 设置为 `SSE_KMS`（并指定 `KmsKey`）、`CSE_KMS` 或 `SSE_S3`，并设置 `EnforceWorkGroupConfiguration: true`；在 Terraform 中，在 `aws_athena_workgroup` 上设置 `configuration {"{"} enforce_workgroup_configuration = true, result_configuration {"{"} encryption_configuration {"{"} encryption_option = "SSE_KMS", kms_key_arn = ... {"}"} {"}"} {"}"}`。
rule-autoscaling-multi-az-rationale = 白皮书要求构建跨多个可用区的容错系统，以支持紧急模式运行。局限于单个子网或可用区的 Auto Scaling 组在该可用区停机期间无法替换其实例。
rule-autoscaling-multi-az-remediation = 在 `AWS::AutoScaling::AutoScalingGroup` 的 `VPCZoneIdentifier` 中列出至少两个可用区中的子网（或在 `AvailabilityZones` 中列出两个可用区）；在 Terraform 中，设置 `aws_autoscaling_group` 的 `vpc_zone_identifier`（或 `availability_zones`）。
rule-autoscaling-no-credentials-in-urls-rationale = 白皮书警告不要在提供给外部服务器的 URL（运行状况检查、Webhook、用户数据、环境变量）中嵌入凭证。`https://user:password@host` 中的密码会存储在模板、堆栈的资源属性、日志以及接收服务器的访问日志中，任何读取这些内容的人都可以重复使用该密码访问保存 PHI 的系统。仅在部署时才解析的值（NoEcho 参数、Secrets Manager 动态引用）在此处不可见。
rule-autoscaling-no-credentials-in-urls-remediation = 从 URL 中删除凭证：让接收方通过标头或 IAM (SigV4) 进行身份验证，将该机密保存在 Secrets Manager 中并在运行时读取，并轮换所有已提交的密码。这同样适用于 Terraform 字符串属性。
rule-autoscaling-no-phi-in-names-rationale = 白皮书指出：切勿将敏感的识别信息（PHI、账号）放入 Name 等自由格式字段中；此类数据可能会被收录到诊断日志中。
rule-autoscaling-no-phi-in-names-remediation = 使用按功能命名的名称。CloudFormation：`AWS::AutoScaling::AutoScalingGroup` 的 `AutoScalingGroupName`/`Tags`，`AWS::ApplicationAutoScaling::ScalingPolicy` 的 `PolicyName`；Terraform：`aws_autoscaling_group` 的 `name`/`tag`，`aws_appautoscaling_policy` 的 `name`。
rule-backup-plan-covers-phi-stores-rationale = HIPAA 的应急计划要求保留可检索的 ePHI 精确副本（164.308(a)(7)(ii)(A)、164.310(d)(2)(iv)）。白皮书的“审计、备份和灾难恢复”一节阐述了这一要求并列出了实现手段（EBS 快照、S3 的冗余存储）；其 AWS Backup 一节将 AWS Backup 作为集中保护 EBS、RDS/Aurora、DynamoDB、EFS、FSx 和 EC2 的方式。AWS Backup 只是手段之一，而非要求本身，因此当 AWS::Backup::BackupSelection 分配了某个存储（通过 ARN、引用、通配符、`*`、ListOfTags 或基于其标签的 Conditions），或者服务本身保留自动备份时，该存储即判定为通过：BackupRetentionPeriod 至少为 1（默认值）的 RDS、Aurora、DocumentDB 和 Neptune，启用自动快照（默认）的 Redshift，启用时间点恢复的 DynamoDB，启用自动备份策略的 EFS，以及启用自动备份的 FSx；EBS 卷和实例在 Data Lifecycle Manager 快照策略下也判定为通过。EBS 卷和实例本身没有备份。S3 存储桶不予判定：白皮书将 S3 本身作为持久的备份存储，其可恢复性由 s3-bucket-versioning 判定。EC2 实例仅在被标记为保存 PHI 时才予以判定（未标记的实例通常是从其 AMI 重建的无状态服务器）；Aurora 成员实例通过其集群覆盖。本规则对整个扫描范围进行检查，因此一个模板中的备份计划可以通过 ARN 模式或标签覆盖另一个模板中的存储。
rule-backup-plan-covers-phi-stores-remediation = 添加一个包含规则的 AWS::Backup::BackupPlan 以及一个分配该存储的 AWS::Backup::BackupSelection（在 `Resources` 中通过 `!GetAtt Store.Arn` 指定，或在 `ListOfTags`/`Conditions` 中通过该存储所带的标签指定）；在 Terraform 中，使用 `aws_backup_plan` 和 `aws_backup_selection`（`resources` 或 `selection_tag`）。也可以开启服务自身的自动备份（BackupRetentionPeriod ≥ 1、时间点恢复、EFS BackupPolicy ENABLED）。
rule-backup-plan-offsite-copy-rationale = 白皮书要求将数据和系统复制到异地，以便在某个区域不可用时能够恢复（灾难恢复计划，164.308(a)(7)(ii)(B)）。如果备份计划的恢复点保留在源文件库中，则所有副本都位于同一区域和同一账户中。复制到同一模板中定义的文件库，或复制到由 AWS::Region 和 AWS::AccountId 构建的 ARN 的复制操作，同样仍位于原处。
rule-backup-plan-offsite-copy-remediation = 在 `AWS::Backup::BackupPlan` 的规则中添加 `CopyActions`，并将 `DestinationBackupVaultArn` 设置为另一区域（或单独的备份账户）中的文件库；在 Terraform 中，在 `aws_backup_plan` 的 `rule` 中设置 `copy_action {"{"} destination_vault_arn = ... {"}"}`。
rule-backup-vault-kms-key-rationale = 白皮书指出，AWS Backup 加密按备份文件库进行配置，并且必须为新文件库选择密钥。文件库保存其计划所备份的所有内容的副本，因此无论是否已标记，每个文件库都会被判定。未设置 EncryptionKeyArn 时，AWS Backup 对其自行加密的备份使用默认密钥 (aws/backup)；仅在启用 trust_aws_defaults 时才接受该默认设置。客户托管密钥还可以通过密钥策略限制谁能够执行还原。
rule-backup-vault-kms-key-remediation = 将 AWS::Backup::BackupVault 的 `EncryptionKeyArn` 设置为 KMS 密钥 ARN（启用轮换的客户托管密钥）；在 Terraform 中，设置 `aws_backup_vault` 的 `kms_key_arn`。
rule-batch-encrypted-storage-rationale = 处理 PHI 的 Batch 作业会将其写入实例的 EBS 卷（容器层、临时空间、交换空间）。与 ECS 一样，这些卷必须加密。未使用启动模板的托管 EC2 计算环境会以未加密的卷启动经 ECS 优化的 AMI，除非账户开启了默认 EBS 加密，而模板无法体现这一点。Fargate 计算环境由 AWS 加密，非托管计算环境则根据其自身的实例进行判定。
rule-batch-encrypted-storage-remediation = 为计算环境指定启动模板（`ComputeResources.LaunchTemplate`），并在其 `BlockDeviceMappings` 中为根卷和数据卷设置 `Ebs.Encrypted: true`（Terraform：`compute_resources` 中的 `launch_template`，以及 `aws_launch_template` 中的 `block_device_mappings {"{"} ebs {"{"} encrypted = true {"}"} {"}"}`），或为账户启用默认 EBS 加密（`aws_ebs_encryption_by_default`）。
rule-batch-no-phi-in-definitions-rationale = 白皮书指出：不得将 PHI 放入 Batch 作业定义、作业队列或标签中，也不得放入作业阶段返回给 Batch 的内容中；作业可以处理其在运行时读取的已加密 PHI。
rule-batch-no-phi-in-definitions-remediation = 传递引用（不含 PHI 的 S3 键、来自加密存储的记录 ID）而非 PHI。CloudFormation：`AWS::Batch::JobDefinition` 的 `ContainerProperties.Command`/`Environment`/`Parameters`；Terraform：`aws_batch_job_definition` 的 `container_properties`/`parameters`/`tags`。
rule-cloudformation-no-phi-in-template-rationale = CloudFormation 本身不处理 PHI，但它部署的架构可能会处理 PHI。模板保存在源代码管理系统和 S3 中，其描述、参数值、输出和堆栈标签会在控制台和 API 结果中向所有能够读取该堆栈的人显示：这些都不是存放患者标识符的地方。（源自 CloudFormation 一节。）
rule-cloudformation-no-phi-in-template-remediation = 从模板中删除患者数据：在部署时从加密存储传入值（`{"{"}{"{"}resolve:secretsmanager:...{"}"}{"}"}`、`NoEcho` 参数），并按功能描述资源。Terraform：对 `variable` 默认值、`output` 值以及 `aws_cloudformation_stack` 的 `parameters`/`tags` 采取相同做法。
rule-cloudfront-origin-https-rationale = 白皮书要求端到端使用 HTTPS，包括 CloudFront 从自定义源和 S3 源获取内容的过程。对于设置了 `OriginProtocolPolicy: http-only` 的自定义源，会以明文方式获取内容。对于 `match-viewer` 以及 S3 REST 源（CloudFront 始终使用查看器的协议），只有当路由到该源的每个缓存行为都要求查看器使用 HTTPS 时，才会通过 HTTPS 访问该源。S3 网站端点仅支持 HTTP，因此不能传输 PHI。
rule-cloudfront-origin-https-remediation = 设置 `CustomOriginConfig.OriginProtocolPolicy: https-only` 和 `OriginSSLProtocols: [TLSv1.2]`；对于 S3 源和 match-viewer 源，将以其为目标的每个行为设置为 `redirect-to-https` 或 `https-only`。Terraform：在 `origin` 块中设置 `custom_origin_config {"{"} origin_protocol_policy = "https-only" origin_ssl_protocols = ["TLSv1.2"] {"}"}`。
rule-cloudfront-s3-origin-encrypted-rationale = 白皮书要求在源处对内容进行加密，使其在 CloudFront 缓存和分发期间保持加密状态：对于 S3 源，即对存储桶进行服务器端加密。自定义源（负载均衡器、服务器）会对自身的存储进行加密，而分配的模板无法体现这一点；这些源交由各自的检查处理。
rule-cloudfront-s3-origin-encrypted-remediation = 在每个源存储桶上声明默认加密（`BucketEncryption.ServerSideEncryptionConfiguration`，使用 SSE-KMS 并配合可使用该密钥的源访问控制，或使用 SSE-S3）；在 Terraform 中，为源存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-cloudfront-tls-minimum-rationale = 白皮书建议在连接 AWS 资源时使用 TLS 1.2 或更高版本。使用自有证书的分配通过 `ViewerCertificate.MinimumProtocolVersion` 选择查看器可以使用的最旧协议；TLSv1、TLSv1_2016 和 TLSv1.1_2016 会接受 TLS 1.0/1.1。使用 CloudFront 默认的 *.cloudfront.net 证书时无法设置最低版本（其为 TLSv1），因此本规则不适用；如需强制使用 TLS 1.2，请使用自定义证书。
rule-cloudfront-tls-minimum-remediation = 设置 `ViewerCertificate: {"{"}AcmCertificateArn: ..., SslSupportMethod: sni-only, MinimumProtocolVersion: TLSv1.2_2021{"}"}`；Terraform：`viewer_certificate {"{"} acm_certificate_arn = ... ssl_support_method = "sni-only" minimum_protocol_version = "TLSv1.2_2021" {"}"}`。
rule-cloudfront-viewer-https-rationale = 白皮书要求 CloudFront 对 PHI 端到端使用 HTTPS，首先是在查看器与 CloudFront 之间。每个缓存行为都有自己的 ViewerProtocolPolicy：`allow-all` 会通过明文 HTTP 提供内容；`redirect-to-https` 和 `https-only` 则不会。只要有一个 `allow-all` 行为，就足以暴露其匹配的路径。
rule-cloudfront-viewer-https-remediation = 在 `DistributionConfig.DefaultCacheBehavior` 以及 `CacheBehaviors` 的每个条目上设置 `ViewerProtocolPolicy: redirect-to-https`（或 `https-only`）；Terraform：`aws_cloudfront_distribution` 的 `default_cache_behavior` 和每个 `ordered_cache_behavior` 中的 `viewer_protocol_policy`。
rule-cloudtrail-audit-log-retention-rationale = 白皮书要求将审计数据集中存储较长时间以备审计之需，且 HIPAA 要求将所需文档自创建之日起保留六年（164.316(b)(2)(i)）。如果跟踪的存储桶上的生命周期规则使日志对象提前过期，审计跟踪将在该期限结束前被删除。将日志移至较冷的存储类别则没有问题。
rule-cloudtrail-audit-log-retention-remediation = 从涵盖跟踪日志前缀的生命周期规则中删除 `Expiration`，或将 `ExpirationInDays` 设置为 2190 或更大（可通过转换到 Glacier 控制成本）；在 Terraform 中，修改跟踪存储桶的 `aws_s3_bucket_lifecycle_configuration` 规则中的 `expiration {"{"} days {"}"}`。
rule-cloudtrail-data-events-rationale = 白皮书要求通过审计显示谁从哪个 IP 访问了哪些数据。CloudTrail 默认记录管理事件，但对 S3 对象和 DynamoDB 项目（PHI 所在之处）的读写属于数据事件，只有当跟踪的事件选择器要求时才会被记录。如果扫描中的另一个跟踪记录了数据事件，则未记录数据事件的跟踪也判定为通过。实时检查会补充跟踪状态和数据库审计日志。
rule-cloudtrail-data-events-remediation = 在 `AWS::CloudTrail::Trail` 中添加包含 `DataResources`（`Type: AWS::S3::Object` 并指定 PHI 存储桶 ARN、`AWS::DynamoDB::Table`）的 `EventSelectors`，或添加 `eventCategory` 等于 `Data` 的 `AdvancedEventSelectors`；在 Terraform 中，在 `aws_cloudtrail` 上设置 `event_selector {"{"} data_resource {"{"} type, values {"}"} {"}"}` 或 `advanced_event_selector`。
rule-cloudtrail-kms-encryption-rationale = 只要日志可能包含 PHI，白皮书就要求对跟踪进行加密。未设置 KMSKeyId 时，日志文件使用 S3 托管密钥 (SSE-S3) 加密：任何能够读取存储桶的人都能读取日志，且不会记录任何密钥使用情况。使用 KMS 密钥时，读取日志还需要根据密钥策略获得 kms:Decrypt 权限，并且每次解密本身都会被记录，这就是审计人员可以追查的跟踪记录（164.312(b)）。因此，即使启用了 trust_aws_defaults，也不接受 SSE-S3 默认设置。
rule-cloudtrail-kms-encryption-remediation = 将 `KMSKeyId` 设置为一个 KMS 密钥，其策略允许 cloudtrail.amazonaws.com 进行加密 (GenerateDataKey*) 并允许您的审计人员进行解密；在 Terraform 中，设置 `aws_cloudtrail` 的 `kms_key_id`。
rule-cloudtrail-log-file-validation-rationale = 白皮书将 CloudTrail 称为 AWS 日志条目的最终目的地，并要求启用日志文件完整性验证，同时定期审查摘要文件，以便团队能够确认日志未被更改（完整性，164.312(c)）。除非 EnableLogFileValidation 为 true，否则验证处于关闭状态。审查摘要是模板无法体现的流程。
rule-cloudtrail-log-file-validation-remediation = 设置 `EnableLogFileValidation: true`；在 Terraform 中，在 `aws_cloudtrail` 上设置 `enable_log_file_validation = true`。使用 `aws cloudtrail validate-logs` 检查摘要。
rule-cloudtrail-multi-region-rationale = 在没有任何跟踪覆盖的区域中发生的活动不会留下审计记录：有人可能通过团队从未使用的区域将 PHI 复制出去。多区域跟踪会记录每个区域，包括之后启用的区域。如果扫描中的另一个日志记录跟踪是多区域跟踪（各区域已被覆盖），则单区域跟踪判定为通过，否则判定为不通过。
rule-cloudtrail-multi-region-remediation = 设置 `IsMultiRegionTrail: true`（并设置 `IncludeGlobalServiceEvents: true`）；在 Terraform 中，在 `aws_cloudtrail` 上设置 `is_multi_region_trail = true`。
rule-cloudwatch-no-phi-rationale = 白皮书指出：CloudWatch 指标和警报本身不传输 PHI；不得在指标名称、维度、命名空间以及警报名称和描述中包含 PHI。
rule-cloudwatch-no-phi-remediation = 基于聚合指标设置警报，切勿按患者设置。CloudFormation：`AWS::CloudWatch::Alarm` 的 `AlarmName`/`AlarmDescription`/`Dimensions`，`AWS::CloudWatch::Dashboard` 的 `DashboardBody`；Terraform：`aws_cloudwatch_metric_alarm` 的 `alarm_name`/`alarm_description`/`dimensions`。
rule-codebuild-artifact-encryption-rationale = 白皮书要求在构建包含 PHI、机密或证书的构件之前创建并配置 KMS 密钥，以便 CodeBuild 使用该密钥加密输出。未设置 `EncryptionKey` 时，CodeBuild 使用 AWS 托管密钥 aws/s3；在构件或 S3 日志上设置 `EncryptionDisabled: true` 会完全关闭加密。
rule-codebuild-artifact-encryption-remediation = 将 `EncryptionKey` 设置为客户托管的 KMS 密钥 ARN，并从 `Artifacts`、`SecondaryArtifacts` 和 `LogsConfig.S3Logs` 中删除 `EncryptionDisabled: true`；在 Terraform 中，设置 `aws_codebuild_project` 的 `encryption_key` 以及 `encryption_disabled = false`。
rule-codecommit-repository-kms-rationale = CodeCommit 会对静态和传输中的存储库进行加密；未设置 `KmsKeyId` 时，它使用白皮书所接受的 AWS 托管密钥 aws/codecommit。指定密钥即是审计人员查阅的证据，而客户托管密钥可让团队控制谁能够解密存储库。
rule-codecommit-repository-kms-remediation = 将 `AWS::CodeCommit::Repository` 的 `KmsKeyId` 设置为客户托管密钥（Terraform：`aws_codecommit_repository` 的 `kms_key_id`）。
rule-codedeploy-revision-bucket-encrypted-rationale = CodeDeploy 从 S3 拉取应用程序修订版（其中可能捆绑配置、证书或种子数据），并依靠 S3 服务器端加密对其进行静态加密。修订版存储桶应声明默认加密，以确保每个捆绑包都经过加密。
rule-codedeploy-revision-bucket-encrypted-remediation = 在 `Deployment.Revision.S3Location.Bucket` 中指定的存储桶上声明 `BucketEncryption`（SSE-S3 或 SSE-KMS）；在 Terraform 中，为修订版存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-codepipeline-artifact-store-kms-rationale = 传输 PHI 的管道（例如临床或基因组数据集）会将每个阶段的输入和输出保存在构件存储中。白皮书要求使用 SSE-S3 或 SSE-KMS 对其进行加密；未设置 `EncryptionKey` 时，CodePipeline 使用 AWS 托管密钥 aws/s3，该密钥不会在配置中体现，且无法跨账户共享。
rule-codepipeline-artifact-store-kms-remediation = 设置 `ArtifactStore.EncryptionKey: {"{"}Id: <KMS key ARN>, Type: KMS{"}"}`（或在每个 `ArtifactStores[].ArtifactStore` 中进行相同设置）；在 Terraform 中，在 `aws_codepipeline` 的 `artifact_store` 内设置 `encryption_key {"{"} id = ... type = "KMS" {"}"}`。
rule-comprehend-data-access-scope-rationale = 客户通过作业所承担的 IAM 数据访问角色控制 Comprehend 的数据输入和输出。如果角色的 S3 权限适用于 Resource "*"（或该角色附带 AWS 托管的 S3 策略），则任何作业都可以读写账户中的每个存储桶（包括 PHI 存储桶），而不仅限于该作业自身的输入和输出前缀。本规则检查角色的内联策略、附加的 AWS 托管策略以及扫描中指定该角色的策略；其他客户托管策略的结果为无法判定。
rule-comprehend-data-access-scope-remediation = 将角色策略中的 `s3:` 语句的范围限定为输入和输出存储桶 ARN 及前缀（`arn:aws:s3:::bucket/prefix/*`），并移除 `AmazonS3FullAccess` / `AmazonS3ReadOnlyAccess`；在 Terraform 中，修改附加到 `aws_iam_role` 的策略文档。
rule-comprehend-input-bucket-encrypted-rationale = Comprehend 从 S3 读取其训练文档和输入文档，即包含 PHI 的临床文本。该指南要求对这些存储桶进行加密。InputDataConfig（或飞轮的数据湖）中指定的存储桶必须声明默认加密；扫描范围之外的存储桶的结果为无法判定。
rule-comprehend-input-bucket-encrypted-remediation = 在 `InputDataConfig.S3Uri`、`TestS3Uri`、`Documents` 或 `AugmentedManifests` 中，或在飞轮的 `DataLakeS3Uri` 中指定的每个存储桶上声明 `BucketEncryption`（尽可能使用客户托管密钥的 SSE-KMS）；在 Terraform 中，为每个存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-comprehend-kms-rationale = 训练作业和分析作业会将文档 (PHI) 复制到 ML 存储卷上，经过训练的模型可能会记住训练文本，而作业输出会存入 S3。Comprehend 指南要求使用 KMS 对卷进行加密、使用客户 KMS 密钥对输出进行加密，并对自定义模型进行加密。如果未指定这些密钥，Comprehend 会使用其托管的密钥，而这些密钥不会在配置中声明。
rule-comprehend-kms-remediation = 在 `AWS::Comprehend::DocumentClassifier` 上设置 `VolumeKmsKeyId`、`ModelKmsKeyId` 和 `OutputDataConfig.KmsKeyId`；在 `AWS::Comprehend::Flywheel` 上设置 `DataSecurityConfig.VolumeKmsKeyId`、`ModelKmsKeyId` 和 `DataLakeKmsKeyId`。在 Terraform 中，在 `aws_comprehend_document_classifier` 上设置 `volume_kms_key_id`、`model_kms_key_id` 和 `output_data_config {"{"} kms_key_id {"}"}`。
rule-comprehend-no-phi-in-names-rationale = 白皮书（Comprehend，数据保护）指出：不得将 PHI 等敏感信息放入标签或名称等自由格式字段中。
rule-comprehend-no-phi-in-names-remediation = 按用途命名模型。CloudFormation：`AWS::Comprehend::DocumentClassifier` 的 `DocumentClassifierName`/`Tags`，`AWS::Comprehend::Flywheel` 的 `FlywheelName`；Terraform：`aws_comprehend_document_classifier`、`aws_comprehend_entity_recognizer` 的 `name`/`tags`。
rule-comprehend-role-confused-deputy-rationale = 受 comprehend.amazonaws.com（或 comprehendmedical）信任的数据访问角色允许 Comprehend 读写客户存储桶中的 PHI。如果没有 aws:SourceArn 或 aws:SourceAccount 条件，从另一个账户启动且获知该角色 ARN 的 Comprehend 作业就可以让该服务使用此角色：这正是该指南所警告的跨服务混淆代理问题。Comprehend Medical 遵循相同的指南。
rule-comprehend-role-confused-deputy-remediation = 在 `AssumeRolePolicyDocument` 中信任 Comprehend 服务主体的语句上添加 `Condition: {"{"} StringEquals: {"{"} "aws:SourceAccount": !Ref AWS::AccountId {"}"} {"}"}`（或对 `aws:SourceArn` 使用 `ArnLike` 并指定作业的 ARN）；在 Terraform 中，在 `aws_iam_role` 的 `assume_role_policy` 中添加 `condition` 块。
rule-comprehend-vpc-rationale = Comprehend 指南要求处理 PHI 的作业在未连接互联网的 VPC（子网和安全组）中运行，使用 VPC 流日志进行监控，并通过接口端点访问。未设置 VpcConfig 时，作业的容器会通过服务自身的网络读写 S3，不受客户的网络控制和流日志约束。
rule-comprehend-vpc-remediation = 在 `AWS::Comprehend::DocumentClassifier` 上设置 `VpcConfig`（`SecurityGroupIds`，以及位于私有子网中的 `Subnets`），或在 `AWS::Comprehend::Flywheel` 上设置 `DataSecurityConfig.VpcConfig`，并添加 S3 网关端点和 Comprehend 接口端点；在 Terraform 中，在 `aws_comprehend_document_classifier` 上设置 `vpc_config {"{"} security_group_ids, subnets {"}"}`。
rule-config-recorder-enabled-rationale = 白皮书建议使用 AWS Config 持续评估 PHI 架构是否保持设计状态；其配置历史记录也是 HIPAA 评估标准的证据。没有传输通道的记录器不会记录任何内容，仅限于所列资源类型的记录器则会遗漏其余资源。本规则对整个扫描进行判定：如果扫描的文件中未定义任何记录器，则判定为不通过一次，因为 Config 通常在基线堆栈中设置，而该堆栈也应纳入扫描。在实时扫描中，每个被扫描的账户和区域都需要有一个当前正在记录（config:DescribeConfigurationRecorderStatus `Recording`）、记录所有受支持资源类型且在该处具有传输通道的记录器；没有此类记录器的区域判定为不通过，无法列出记录器的区域判定为无法判定，并注明被拒绝的调用。
rule-config-recorder-enabled-remediation = 定义一个带有 `RecordingGroup: {"{"}AllSupported: true, IncludeGlobalResourceTypes: true{"}"}` 的 `AWS::Config::ConfigurationRecorder` 以及一个 `AWS::Config::DeliveryChannel`；在 Terraform 中，使用 `aws_config_configuration_recorder`、`aws_config_delivery_channel` 和设置了 `is_enabled = true` 的 `aws_config_configuration_recorder_status`。一致性包“Operational Best Practices for HIPAA Security”是有益的补充。
rule-connect-no-phi-in-admin-fields-rationale = 白皮书指出：在 Amazon Connect 中用于管理用户、安全配置文件和联系流的字段中不得包含 PHI；在 Customer Profiles 中，不得在域名或对象键中使用 PHI，因为配置文件内容会被加密，而键标识符不会。
rule-connect-no-phi-in-admin-fields-remediation = 让管理字段保持功能性命名（`IntakeAgent`、`TriageFlow`），并以不透明 ID 作为 Customer Profiles 的键。CloudFormation：`AWS::Connect::User`、`SecurityProfile`、`ContactFlow` 的 `Name`/`Description`/`Content`，`AWS::CustomerProfiles::Domain` 的 `DomainName`，`ObjectType` 的 `ObjectTypeName`/`Keys`；Terraform：`aws_connect_user`、`aws_connect_security_profile`、`aws_connect_contact_flow`、`aws_customerprofiles_domain`。
rule-databrew-dataset-ssl-rationale = DataBrew 通过 Glue 连接读取 JDBC 源；白皮书要求其使用该连接的“需要 SSL 连接”选项 (JDBC_ENFORCE_SSL)，以便被拉取到 DataBrew 中的 PHI 在传输中得到加密。基于 S3 或 Data Catalog 的数据集不在此处判定。
rule-databrew-dataset-ssl-remediation = 在 `Input.DatabaseInputDefinition.GlueConnectionName` 所指定的 Glue 连接的 `ConnectionProperties` 中设置 `JDBC_ENFORCE_SSL: "true"`。
rule-databrew-job-encryption-rationale = 配方作业和分析作业会将清理后的 PHI 及其概况（值样本、分布）写入 S3。白皮书要求向作业传递 SSE-S3 或 SSE-KMS 设置，以便无论存储桶的默认设置如何，其输出都会被加密。
rule-databrew-job-encryption-remediation = 在 `AWS::DataBrew::Job` 上设置 `EncryptionMode: SSE-KMS` 并指定 `EncryptionKeyArn`（或设置 `SSE-S3`）（Terraform：`awscc_databrew_job` 的 `encryption_mode`）。
rule-dataexchange-export-encrypted-rationale = Data Exchange 会对静态产品进行加密并始终使用 TLS，但它导出的数据集（例如获得许可的理赔数据或临床数据）会存入团队自己的存储桶，而该存储桶必须遵循 S3 指南。自动导出要么指定其加密方式（SSE-S3 或 SSE-KMS），要么依赖目标存储桶的默认加密。
rule-dataexchange-export-encrypted-remediation = 在 `AWS::DataExchange::EventAction` 上设置 `Action.ExportRevisionToS3.Encryption: {"{"}Type: aws:kms, KmsKeyArn: ...{"}"}`（或 `AES256`），或在目标存储桶上声明 `BucketEncryption`。
rule-datasync-efs-location-tls-rationale = 白皮书要求 DataSync 写入的 EFS 文件系统按照 EFS 指南进行配置，其中包括传输中加密。除非位置将 InTransitEncryption 设置为 TLS1_2，否则 DataSync 会通过 NFS 以明文方式挂载文件系统。
rule-datasync-efs-location-tls-remediation = 在 `AWS::DataSync::LocationEFS` 上设置 `InTransitEncryption: TLS1_2`；在 Terraform 中，在 `aws_datasync_location_efs` 上设置 `in_transit_encryption = "TLS1_2"`。
rule-datasync-s3-location-encrypted-rationale = DataSync 通过 TLS 1.2 将 PHI 从本地存储迁移到 S3；白皮书要求其写入的存储桶按照 S3 指南进行配置，首先是默认加密。
rule-datasync-s3-location-encrypted-remediation = 在 `S3BucketArn` 所指定的存储桶上声明 `BucketEncryption`（SSE-S3 或 SSE-KMS）；在 Terraform 中，为 `aws_datasync_location_s3` 的存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-datasync-task-logging-rationale = CloudTrail 记录 DataSync API 调用；任务日志则记录哪些文件已传输、已验证或传输失败，即 PHI 离开或进入环境的活动跟踪。如果没有日志组（或 LogLevel 为 OFF），则不会记录任何内容。
rule-datasync-task-logging-remediation = 在 `AWS::DataSync::Task` 上设置 `CloudWatchLogGroupArn`，并将 `Options.LogLevel` 保持为 BASIC 或 TRANSFER；在 Terraform 中，在 `aws_datasync_task` 上设置 `cloudwatch_log_group_arn` 和 `options {"{"} log_level = "TRANSFER" {"}"}`。
rule-dms-endpoint-ssl-rationale = DMS 会在源、复制实例和目标之间迁移包含 PHI 的整张表。对于数据库引擎，除非端点的 SslMode 为 require、verify-ca 或 verify-full（默认为 none），否则连接为明文；Kafka 目标需要 SSL 安全协议。S3、DynamoDB、Kinesis、OpenSearch 和 Neptune 的端点使用 HTTPS API，不在此处判定。
rule-dms-endpoint-ssl-remediation = 在数据库端点上设置 `SslMode: verify-full`（或 `require`/`verify-ca`，并指定用于验证的 `CertificateArn`），在 Kafka 端点上设置 `KafkaSettings.SecurityProtocol: ssl-encryption`（或 `sasl-ssl`）；在 Terraform 中，在 `aws_dms_endpoint` 上设置 `ssl_mode` 和 `kafka_settings {"{"} security_protocol {"}"}`。
rule-dms-kms-key-rationale = 复制实例会在其存储上暂存迁移的行 (PHI)，端点则存储数据库凭证。DMS 使用 KMS 对两者进行加密；未指定密钥时，它使用 AWS 托管密钥 aws/dms。白皮书要求在团队政策有要求时使用客户密钥，而指定密钥即是审计人员查阅的证据。
rule-dms-kms-key-remediation = 在 `AWS::DMS::ReplicationInstance` 和 `AWS::DMS::Endpoint` 上设置 `KmsKeyId`，在 `AWS::DMS::ReplicationConfig` 上设置 `ComputeConfig.KmsKeyId`；在 Terraform 中，在 `aws_dms_replication_instance` 和 `aws_dms_endpoint` 上设置 `kms_key_arn`。
rule-dms-replication-instance-private-rationale = 复制实例会读取源数据库的每一行。除非 `PubliclyAccessible` 为 false，否则 DMS 会为其分配公有 IP 地址，这会使保存传输中 PHI 的计算机暴露在互联网上，仅由其安全组提供保护。
rule-dms-replication-instance-private-remediation = 设置 `PubliclyAccessible: false`，并将实例置于私有的 `ReplicationSubnetGroupIdentifier` 中；在 Terraform 中，在 `aws_dms_replication_instance` 上设置 `publicly_accessible = false`。通过 VPN 或 Direct Connect 访问本地数据库。
rule-dms-target-encrypted-rationale = 迁移完成后，目标必须遵循其自身的加密指南，以使 PHI 保持静态加密。对于 S3 目标，由端点选择其写入文件的加密方式 (S3Settings.EncryptionMode)；对于在同一扫描中定义的数据库目标，由数据库的存储加密决定。扫描范围之外的目标无法在此处判定。
rule-dms-target-encrypted-remediation = 对于 S3 目标，设置 `S3Settings.EncryptionMode: SSE_KMS` 并指定 `ServerSideEncryptionKmsKeyId`（Terraform：`s3_settings` 中或 `aws_dms_s3_endpoint` 上的 `encryption_mode` / `server_side_encryption_kms_key_id`）；对于数据库目标，对目标进行加密（RDS、Aurora、DocumentDB 设置 `StorageEncrypted: true`；Redshift 设置 `Encrypted: true`）。
rule-docdb-audit-logs-rationale = CloudTrail 会记录 DocumentDB 管理调用（作为 RDS API 调用），但不会记录谁读取或更改了哪些文档。只有当集群导出审计日志且其集群参数组设置了 audit_logs（默认为 disabled）时，数据库审计事件才会发送到 CloudWatch Logs。实时检查会补充 CloudTrail 跟踪状态。
rule-docdb-audit-logs-remediation = 在 `AWS::DocDB::DBCluster` 的 `EnableCloudwatchLogsExports` 中添加 `audit`，并在其 `AWS::DocDB::DBClusterParameterGroup` 中将 `audit_logs` 设置为 `enabled`（或 `ddl`、`dml_read`、`dml_write`、`all`）；在 Terraform 中，在 `aws_docdb_cluster` 上设置 `enabled_cloudwatch_logs_exports = ["audit"]`，在 `aws_docdb_cluster_parameter_group` 上设置 `parameter {"{"} name = "audit_logs", value = "enabled" {"}"}`。
rule-docdb-storage-encrypted-rationale = 白皮书要求在创建集群时启用 DocumentDB 静态加密；启用后，它会使用 KMS 密钥对存储、自动备份、副本和快照进行加密。此设置之后无法开启，且除非设置了 StorageEncrypted，否则集群不加密。
rule-docdb-storage-encrypted-remediation = 在 `AWS::DocDB::DBCluster` 上设置 `StorageEncrypted: true`（使用客户托管密钥时还需设置 `KmsKeyId`）；在 Terraform 中，在 `aws_docdb_cluster` 上设置 `storage_encrypted = true` 和 `kms_key_id`。现有集群必须从加密的快照副本还原。
rule-docdb-tls-rationale = 与保存 PHI 的 DocumentDB 集群的连接必须加密。DocumentDB 默认要求使用 TLS；自定义集群参数组可以通过 tls = disabled 将其关闭，此后客户端可能以明文方式连接。白皮书要求保留仅限 TLS 的默认设置。
rule-docdb-tls-remediation = 在集群所使用的 `AWS::DocDB::DBClusterParameterGroup` 的 `Parameters` 中将 `tls` 保持为 `enabled`（或 `tls1.2+`、`tls1.3+`、`fips-140-3`）；在 Terraform 中，在 `aws_docdb_cluster_parameter_group` 上设置 `parameter {"{"} name = "tls", value = "enabled" {"}"}`。
rule-dynamodb-no-phi-in-keys-rationale = 源自 2018 年版：在选择主键和索引时，应确保查询和扫描永远不需要未加密的 PHI。即使使用客户端加密，键和索引属性也仍为明文（DynamoDB Encryption Client 会对其签名但从不加密），并且它们会出现在 CloudTrail 数据事件、指标和错误消息中。这是基于属性名称的启发式检查：以 SSN、患者姓名或出生日期作为键属性时判定为不通过；以电子邮件或电话作为键时，仅在明确标记为 PHI 的表上判定为不通过。
rule-dynamodb-no-phi-in-keys-remediation = 以不透明的代理 ID（`PatientKey`：随机 UUID）作为表的键，并将标识符保存在加密的非键属性中。CloudFormation：`KeySchema`、`GlobalSecondaryIndexes[].KeySchema`、`LocalSecondaryIndexes[].KeySchema`；Terraform：`aws_dynamodb_table` 的 `hash_key`、`range_key`、`global_secondary_index`。
rule-dynamodb-table-kms-encryption-rationale = 白皮书介绍了使用通过 AWS KMS 管理的密钥进行 DynamoDB 加密，该加密同样涵盖备份、副本和快照。每个表都会被加密，但默认使用 AWS 拥有的密钥，其使用情况永远不会出现在客户的 CloudTrail 中；设置 SSEEnabled 后，表将使用 KMS 密钥（AWS 托管密钥 aws/dynamodb，或在 KMSMasterKeyId 中指定的客户托管密钥），其每次使用都会被记录，这正是 164.312(b) 所要求的审计证据。因此，即使启用了 trust_aws_defaults，也不接受 AWS 拥有密钥的默认设置。SAM AWS::Serverless::SimpleTable 按其所创建的表进行判定。
rule-dynamodb-table-kms-encryption-remediation = 设置 `SSESpecification: {"{"}SSEEnabled: true, SSEType: KMS{"}"}`，使用客户托管密钥时还需设置 `KMSMasterKeyId`（在 AWS::DynamoDB::GlobalTable 上，SSESpecification 位于顶层，密钥按副本设置）；在 Terraform 中，在 `aws_dynamodb_table` 上设置 `server_side_encryption {"{"} enabled = true, kms_key_arn = aws_kms_key.x.arn {"}"}`。
rule-ebs-volume-encrypted-rationale = 白皮书认可 EBS 加密（每个卷使用唯一的数据密钥，并由 KMS 密钥加以封装）为符合 HHS 指南的静态加密。除非 Encrypted 为 true 或账户开启了默认 EBS 加密（模板中无法体现该设置），否则卷不加密。从快照还原的卷沿用快照的加密状态，因此未设置 Encrypted 时无法根据模板进行判定（无法判定）。
rule-ebs-volume-encrypted-remediation = 在 AWS::EC2::Volume 上设置 `Encrypted: true`（使用客户托管密钥时还需设置 `KmsKeyId`）；在 Terraform 中，在 `aws_ebs_volume` 上设置 `encrypted = true`。对于现有卷，可通过以加密方式复制快照并从中创建新卷来实现加密。
rule-ec2-cleartext-ingress-rationale = 白皮书要求互联网或本地站点与 EC2 之间的 PHI 流量使用 TLS 或 IPsec VPN。如果安全组在不加密的协议（FTP、Telnet、HTTP、POP3、IMAP、LDAP、TFTP、SNMP、r-services）上允许来自 0.0.0.0/0 或 ::/0 的访问，就容易导致 PHI 以明文方式穿越互联网。与 443 并存的端口 80（HTTP 到 HTTPS 的重定向模式）不会被标记，负载均衡器的安全组也不会被标记，其侦听器由负载均衡器规则判定。
rule-ec2-cleartext-ingress-remediation = 删除针对明文端口的面向整个互联网的规则，并通过 TLS 提供该协议（HTTPS、SFTP、LDAPS、IMAPS...），或通过站点到站点 VPN 或 TLS 负载均衡器访问实例。在 CloudFormation 中，编辑 `AWS::EC2::SecurityGroup` 的 `SecurityGroupIngress`（或 `AWS::EC2::SecurityGroupIngress` 资源）；在 Terraform 中，编辑 `aws_security_group` 的 `ingress` 块或 `aws_vpc_security_group_ingress_rule` 资源。
rule-ec2-flow-logs-rationale = 白皮书要求对 EC2 主机的审计深入到数据包层，并跟踪到达实例的 IP 流量。VPC 流日志会记录进出实例网络接口的每个连接；没有流日志，就无法记录哪些地址访问过处理 PHI 的主机。子网在扫描范围之外定义的实例，在定义 VPC 的位置进行判定；操作系统审计日志（CloudWatch 代理）在模板中不可见。
rule-ec2-flow-logs-remediation = 添加一个 `AWS::EC2::FlowLog`，设置 `ResourceType: VPC`（或 `Subnet`），将 `ResourceId` 设置为实例的 VPC（或子网），并设置 `TrafficType: ALL`；在 Terraform 中，使用 `aws_flow_log` 并设置 `vpc_id`（或 `subnet_id`）和 `traffic_type = "ALL"`。
rule-ec2-imdsv2-rationale = 实例角色凭证是实例用来访问 PHI 存储的凭据。如果允许使用 IMDSv1，应用程序中的服务器端请求伪造就可以从元数据服务中读取这些凭证；IMDSv2 的会话令牌可以阻止这种情况。（这是目录中的最佳实践扩展，并非白皮书原文。）如果未写明 HttpTokens，则实例会接受 IMDSv1，除非 AMI 或账户默认设置另有规定，而模板无法体现这一点。
rule-ec2-imdsv2-remediation = 在 `AWS::EC2::Instance` 或 `AWS::AutoScaling::LaunchConfiguration` 上设置 `MetadataOptions.HttpTokens: required`，或在 `AWS::EC2::LaunchTemplate` 上设置 `LaunchTemplateData.MetadataOptions.HttpTokens: required`；在 Terraform 中，在 `aws_instance` 或 `aws_launch_template` 上设置 `metadata_options {"{"} http_tokens = "required" {"}"}`。
rule-ec2-instance-ebs-encrypted-rationale = 白皮书要求对 EC2 上的静态 PHI 进行加密；EBS 加密是模板能够体现这一点的方式。Encrypted: false 判定为不通过；未设置 Encrypted 的新空白卷判定为不通过（除非账户开启了默认 EBS 加密，否则不加密）；来自快照的卷或来自 AMI 的根卷沿用该快照的加密状态，判定为无法判定。通过 Volumes 属性挂载的卷是 AWS::EC2::Volume 资源，有其自身的判定结果 (ebs-volume-encrypted)；从启动模板获取块设备的实例在启动模板处进行判定。实例存储和 NoDevice 映射将被忽略。
rule-ec2-instance-ebs-encrypted-remediation = 在 `BlockDeviceMappings` 的每个 EBS 条目（包括根设备）上设置 `Ebs.Encrypted: true`（及 `Ebs.KmsKeyId`）；在 Terraform 中，在 `aws_instance` 的 `root_block_device` 和每个 `ebs_block_device` 中设置 `encrypted = true`。
rule-ec2-launch-configuration-ebs-encrypted-rationale = Auto Scaling 组从启动配置启动的实例会从其 BlockDeviceMappings 获取卷。白皮书要求对 EC2 上的静态 PHI 进行加密。Encrypted: false 判定为不通过；未设置 Encrypted 的新空白卷判定为不通过（除非账户开启了默认 EBS 加密，否则不加密）；来自快照的卷或来自 AMI 的根卷沿用该快照的加密状态，判定为无法判定。实例存储和 NoDevice 映射将被忽略。
rule-ec2-launch-configuration-ebs-encrypted-remediation = 在 `BlockDeviceMappings` 的每个 EBS 条目（包括根设备）上设置 `Ebs.Encrypted: true`；在 Terraform 中，在 `aws_launch_configuration` 的 `root_block_device` 和每个 `ebs_block_device` 中设置 `encrypted = true`。启动配置已被弃用：迁移到启动模板才是长久之计。
rule-ec2-launch-template-ebs-encrypted-rationale = Auto Scaling 组或队列从该模板启动的每个实例都会从 LaunchTemplateData.BlockDeviceMappings 获取卷。白皮书要求对 EC2 上的静态 PHI 进行加密，而 EBS 加密是模板能够体现这一点的方式。Encrypted: false 判定为不通过；未设置 Encrypted 的新空白卷判定为不通过（除非账户开启了默认 EBS 加密，否则不加密）；来自快照的卷或来自 AMI 的根卷沿用该快照的加密状态，判定为无法判定。实例存储和 NoDevice 映射将被忽略（实例存储卷需要操作系统级加密，这属于人工控制）。
rule-ec2-launch-template-ebs-encrypted-remediation = 在 `LaunchTemplateData.BlockDeviceMappings` 中，为每个 EBS 卷（包括根设备）设置 `Ebs.Encrypted: true`（及 `Ebs.KmsKeyId`）；在 Terraform 中，在 `aws_launch_template` 上设置 `block_device_mappings {"{"} ebs {"{"} encrypted = true {"}"} {"}"}`。在账户中开启默认 EBS 加密是很好的后备措施，但在模板中不可见。
rule-ec2-phi-no-public-ip-rationale = 具有公有 IP 地址的主机在其安全组允许的任何范围内都可以从互联网访问，一条错误的规则就会暴露其保存或处理的 PHI（访问控制，164.312(a)(1)；传输安全，164.312(e)(1)）。公共入口应由位于私有主机前端的负载均衡器、API Gateway 或 VPN 承担。实例可通过以下方式获得公有 IP：其网络接口或启动模板上的 AssociatePublicIpAddress、设置了 MapPublicIpOnLaunch 的子网，或弹性 IP；Fargate 或 awsvpc ECS 服务则通过 AssignPublicIp ENABLED 获得。未指定子网的实例会启动到默认 VPC 中，除非账户已更改，否则其默认子网会分配公有 IP，因此其判定结果为无法判定。
rule-ec2-phi-no-public-ip-remediation = 启动到私有子网中（`MapPublicIpOnLaunch: false`），在网络接口或启动模板上设置 `AssociatePublicIpAddress: false`，从 PHI 主机上删除弹性 IP，并在 ECS 服务上设置 `AssignPublicIp: DISABLED`；在前端放置内部或面向互联网的负载均衡器。在 Terraform 中：`associate_public_ip_address = false`、`map_public_ip_on_launch = false`、`assign_public_ip = false`，且不为该实例设置 `aws_eip`。
rule-ecr-repository-encryption-rationale = 白皮书指出，对于包含 PHI 的映像，ECR 无需采取特殊步骤：映像使用 SSE-S3 进行静态加密，KMS 为可选项。声明 EncryptionConfiguration 可将这一保护记录在审计人员查阅的配置中；接受服务默认设置的团队可以设置 trust_aws_defaults。
rule-ecr-repository-encryption-remediation = 在 `AWS::ECR::Repository` 上将 `EncryptionConfiguration.EncryptionType` 设置为 `AES256`、`KMS` 或 `KMS_DSSE`（使用客户托管密钥时指定 `KmsKey`）；在 Terraform 中，在 `aws_ecr_repository` 上设置 `encryption_configuration {"{"} encryption_type = "KMS", kms_key = ... {"}"}`。
rule-ecs-container-logging-rationale = 白皮书要求将所有容器日志定向到 CloudWatch。没有日志配置（或使用 none 驱动程序）的容器在任务停止时会丢失其输出，因此处理 PHI 的服务的活动不会留下可供审查的记录。其他远程驱动程序（Splunk、Fluentd、GELF、syslog）以及由代理收集的主机本地驱动程序报告为无法判定：模板无法体现日志最终存放的位置。
rule-ecs-container-logging-remediation = 为 `ContainerDefinitions` 的每个条目指定 `LogConfiguration`，并设置 `LogDriver: awslogs`（及 `awslogs-group`、`awslogs-region`）或 `awsfirelens`；在 Terraform 中，在 `aws_ecs_task_definition` 的 `container_definitions` JSON 中设置 `logConfiguration`。
rule-ecs-efs-transit-encryption-rationale = 容器从共享存储读取的 PHI 必须在传输中加密。除非挂载使用 TLS，否则 EFS 挂载不加密；对于 ECS 和 Batch，这由卷的 TransitEncryption 设置决定，其默认值为 DISABLED，因此 NFS 流量会以明文方式穿越 VPC。
rule-ecs-efs-transit-encryption-remediation = 在 `AWS::ECS::TaskDefinition` 的每个 EFS 卷上设置 `EFSVolumeConfiguration.TransitEncryption: ENABLED`（在 `AWS::Batch::JobDefinition` 中为 `EfsVolumeConfiguration.TransitEncryption`）；在 Terraform 中，在 `aws_ecs_task_definition` 的 `volume` 块中设置 `efs_volume_configuration {"{"} transit_encryption = "ENABLED" {"}"}`。
rule-ecs-log-destination-tls-rationale = 处理 PHI 的服务的日志可能包含 PHI，因此将日志传送到日志存储的连接必须加密。awslogs 驱动程序和 AWS Fluent Bit 输出（CloudWatch、Firehose、Kinesis、S3）始终使用 TLS。Fluent Bit 的网络输出（http、forward、es、opensearch、splunk、datadog、loki、tcp）除非 `tls` 为 On，否则以明文发送；Docker 的 splunk、syslog 和 gelf 驱动程序会以明文方式发送到 http://、tcp:// 或 udp:// 地址。
rule-ecs-log-destination-tls-remediation = 对于 FireLens 输出，在 `LogConfiguration.Options` 中添加 `tls: "On"`（及 `tls.verify: "On"`）；对于 splunk 驱动程序，使用 `https://` 形式的 `splunk-url`；对于 syslog，使用 `tcp+tls://` 地址。在 Terraform 中，在 `aws_ecs_task_definition` 的 `container_definitions` JSON 中进行相同的 `logConfiguration.options` 设置。
rule-ecs-plaintext-endpoints-rationale = 容器访问的 PHI 必须在传输中加密，与包含 PHI 的 DynamoDB 表的连接必须使用 HTTPS 端点。如果环境变量将服务指向主机之外的 http:// URL（API、DynamoDB 端点覆盖），则会导致服务以明文方式发送请求。环回和链路本地 URL（边车、任务元数据端点）以及 FHIR 代码系统等标识符 URL 不属于端点，将被忽略。
rule-ecs-plaintext-endpoints-remediation = 在 `AWS::ECS::TaskDefinition` 的 `ContainerDefinitions[].Environment` 中使用 https:// URL（删除 DynamoDB 端点覆盖，SDK 默认使用 HTTPS）；在 Terraform 中，修改 `aws_ecs_task_definition` 的 `container_definitions` JSON 中的 `environment` 条目。
rule-efs-file-system-encrypted-rationale = 白皮书要求在创建 EFS 文件系统时启用静态加密（使用 KMS 密钥的 AES-256）；之后无法开启。在 CloudFormation 和 Terraform 中，Encrypted 默认为 false（只有控制台默认将其开启），因此未设置 Encrypted: true 的文件系统不加密。
rule-efs-file-system-encrypted-remediation = 在 AWS::EFS::FileSystem 上设置 `Encrypted: true`（使用客户托管密钥时还需设置 `KmsKeyId`）；在 Terraform 中，在 `aws_efs_file_system` 上设置 `encrypted = true`。现有文件系统必须替换为加密的文件系统并复制数据（例如使用 AWS DataSync）。
rule-efs-tls-required-rationale = EFS 挂载默认不启用 TLS：未使用挂载帮助程序的 -o tls 选项进行挂载的客户端会通过 NFS 以明文方式读写 PHI。文件系统可以通过 FileSystemPolicy 语句对所有客户端强制使用 TLS，该语句在 aws:SecureTransport 为 false 时拒绝访问（或仅在其为 true 时允许客户端访问）。
rule-efs-tls-required-remediation = 在 `AWS::EFS::FileSystem` 的 `FileSystemPolicy` 中添加语句 `Effect: Deny`、`Principal: {"{"}AWS: "*"{"}"}`、`Action: "*"`、`Condition: {"{"}Bool: {"{"}"aws:SecureTransport": "false"{"}"}{"}"}`，并使用 `-o tls` 进行挂载；在 Terraform 中，在 `aws_efs_file_system_policy` 中使用相同的语句。
rule-eks-control-plane-logging-rationale = EKS HIPAA 白皮书要求启用控制平面日志记录。Kubernetes 审计日志记录谁读取或更改了哪个对象（Secret、挂载 PHI 卷的 Pod），身份验证器日志记录哪个 IAM 身份成为了哪个 Kubernetes 用户，api 日志则记录对 API 服务器的请求。除非集群启用了这些日志类型，否则 EKS 不会写入其中任何一种日志。
rule-eks-control-plane-logging-remediation = 在 `AWS::EKS::Cluster` 上将 `Logging.ClusterLogging.EnabledTypes` 设置为包含 `api`、`audit` 和 `authenticator`；在 Terraform 中，在 `aws_eks_cluster` 上设置 `enabled_cluster_log_types = ["api", "audit", "authenticator"]`。
rule-eks-secrets-encryption-rationale = 白皮书援引《Architecting for HIPAA Security and Compliance on Amazon EKS》，该文档要求使用 KMS 密钥对 Kubernetes Secret（数据库凭证、PHI 存储的密钥）进行信封加密。Kubernetes 1.28 或更高版本上的集群默认使用 AWS 拥有的密钥进行信封加密，该密钥不会在配置中声明，且不会在 CloudTrail 中留下密钥使用记录；更早版本的集群则完全没有信封加密。
rule-eks-secrets-encryption-remediation = 在 `AWS::EKS::Cluster` 上设置 `EncryptionConfig: [{"{"}Provider: {"{"}KeyArn: <KMS key ARN>{"}"}, Resources: [secrets]{"}"}]`；在 Terraform 中，在 `aws_eks_cluster` 上设置 `encryption_config {"{"} provider {"{"} key_arn = ... {"}"} resources = ["secrets"] {"}"}`。
rule-elasticache-at-rest-encryption-rationale = 白皮书要求存储 PHI 的 Redis 集群对静态数据进行加密，这涵盖同步、备份和交换期间磁盘上的数据以及 S3 中的自动备份。该选项只能在创建复制组时选择。独立缓存集群 (AWS::ElastiCache::CacheCluster) 不支持静态加密；无服务器缓存则始终加密。
rule-elasticache-at-rest-encryption-remediation = 将缓存创建为设置了 `AtRestEncryptionEnabled: true`（使用客户托管密钥时还需设置 `KmsKeyId`）的 `AWS::ElastiCache::ReplicationGroup`，或创建为 `AWS::ElastiCache::ServerlessCache`。Terraform：在 `aws_elasticache_replication_group` 上设置 `at_rest_encryption_enabled = true`。现有复制组必须先备份，再还原到新的加密复制组中。
rule-elasticache-engine-version-rationale = 白皮书仅支持在 ElastiCache for Redis 引擎版本 3.2.6 以及 4.0.10 及更高版本上存储 PHI：其他版本缺少静态加密和传输中加密或 Redis AUTH。（2018 年版仅允许 3.2.6；当前版本接受 4.0.10 及更高版本，因此 5.x、6.x 和 7.x 均符合条件。）版本按数值进行比较：4.0.9 早于 4.0.10。Valkey（7.2 及更高版本）源自符合条件的 Redis 版本。
rule-elasticache-engine-version-remediation = 将 `EngineVersion` 设置为当前版本（例如 `7.1`），或不设置以使用 ElastiCache 的默认版本；Terraform：`aws_elasticache_replication_group` 的 `engine_version`。大多数版本都可以进行就地升级。
rule-elasticache-memcached-not-for-phi-rationale = 白皮书的 ElastiCache 指南仅涵盖 Redis，而 Memcached 无法满足其全部要求（静态加密、TLS、Redis AUTH）：基于节点的 Memcached 集群既不支持静态加密，也不支持客户端身份验证，无服务器 Memcached 同样不支持客户端身份验证。缓存在 Memcached 中的 PHI 可被任何能够访问它的主机读取。
rule-elasticache-memcached-not-for-phi-remediation = 将 PHI 缓存在 ElastiCache for Redis OSS 或 Valkey 中（启用静态加密、TLS 和 AUTH 的复制组，或带有用户组的无服务器缓存），或者不在 Memcached 缓存中存放 PHI，并为其添加标签 `phi: false`。
rule-elasticache-node-type-rationale = 白皮书仅支持在当前一代 ElastiCache 节点类型上存储 PHI（白皮书发布时为 M4、M5、R4、R5、T2、T3，以及其后续类型，如 M6g、M7g、R6g、R7g、T4g）。上一代类型（cache.m1、m2、m3、c1、t1、r3）不支持 PHI 所需的加密功能。2018 年版中的 m3 和 r3 现已属于上一代。
rule-elasticache-node-type-remediation = 将 `CacheNodeType` 设置为当前一代类型，例如 `cache.r7g.large` 或 `cache.m7g.large`；Terraform：`aws_elasticache_replication_group` 的 `node_type`。
rule-elasticache-redis-auth-rationale = 白皮书要求包含 PHI 的 Redis 集群使用强 AUTH 令牌（16 到 128 个可打印字符，不含 '/'、'"' 或 '@'）对 Redis 命令进行身份验证，该令牌在创建复制组时设置。基于角色的访问控制（用户组）同样会对每个客户端进行身份验证，因此也被接受。如果两者均未使用，任何能够访问该缓存的主机都可以读写 PHI。独立缓存集群无法要求 AUTH。
rule-elasticache-redis-auth-remediation = 通过 NoEcho 参数或 `{"{"}{"{"}resolve:secretsmanager:...{"}"}{"}"}` 动态引用设置 `AuthToken`（切勿使用字面值），并设置 `TransitEncryptionEnabled: true`，或通过 `UserGroupIds` 附加 RBAC 用户组（无服务器缓存上为 `UserGroupId`）。Terraform：`aws_elasticache_replication_group` 上的 `auth_token`（来自密钥）或 `user_group_ids`，`aws_elasticache_serverless_cache` 上的 `user_group_id`。
rule-elasticache-transit-encryption-rationale = 白皮书要求与包含 PHI 的 Redis 集群的连接使用传输加密。`TransitEncryptionEnabled` 会开启 TLS；设置 `TransitEncryptionMode: preferred`（一种迁移设置）时，缓存仍会接受明文客户端，因此只有 `required`（开启 TLS 后的默认值）才能保护传输中的 PHI。无服务器缓存仅接受 TLS 连接。
rule-elasticache-transit-encryption-remediation = 在 `AWS::ElastiCache::ReplicationGroup` 上设置 `TransitEncryptionEnabled: true`，并将 `TransitEncryptionMode` 保持未设置或设置为 `required`；Terraform：在 `aws_elasticache_replication_group` 上设置 `transit_encryption_enabled = true` 和 `transit_encryption_mode = "required"`。客户端必须使用 TLS 进行连接。
rule-beanstalk-no-phi-in-names-rationale = 白皮书指出：Elastic Beanstalk 的 Name 或 Description 等自由格式字段中不得包含 PHI。环境属性 (`aws:elasticbeanstalk:application:environment`) 同样以明文存储。
rule-beanstalk-no-phi-in-names-remediation = 使用按功能命名的名称，并在运行时从加密存储中读取 PHI。CloudFormation：`AWS::ElasticBeanstalk::Application`/`Environment` 的名称、`Description`、`OptionSettings`；Terraform：`aws_elastic_beanstalk_application`/`environment` 的 `name`、`description`、`setting`。
rule-elb-access-logs-rationale = 白皮书要求负载均衡器的日志记录级别符合 HIPAA 和 HITECH 的要求：访问日志会记录每个请求（客户端、时间、路径、响应、TLS 协议），为 164.308(a)(1)(ii)(D) 规定的信息系统活动审查提供支持。访问日志默认处于关闭状态。Network Load Balancer 仅记录 TLS 连接的日志，因此没有 TLS 侦听器的 Network Load Balancer 不适用本规则；Gateway Load Balancer 没有访问日志。
rule-elb-access-logs-remediation = Application/Network Load Balancer：`LoadBalancerAttributes: [{"{"}Key: access_logs.s3.enabled, Value: 'true'{"}"}, {"{"}Key: access_logs.s3.bucket, Value: ...{"}"}]`；Terraform：在 `aws_lb` 上设置 `access_logs {"{"} bucket = ... enabled = true {"}"}`。Classic：`AccessLoggingPolicy: {"{"}Enabled: true, S3BucketName: ..., EmitInterval: 5{"}"}`；Terraform：`aws_elb` 上的 `access_logs`。
rule-elb-listener-tls-rationale = 白皮书要求包含 PHI 的会话使用加密的前端侦听器（HTTPS、基于 TLS 的 HTTP/2、SSL/TLS）。仅重定向到 HTTPS（或以固定响应作答）的 HTTP 侦听器不会以明文转发任何内容，因此可以接受；直接或通过侦听器规则转发请求的 HTTP 侦听器则不被接受。TCP 或 UDP 侦听器会直接传递字节：应用程序是否对其加密无法从模板中看出（无法判定）。
rule-elb-listener-tls-remediation = 使用带有证书的 `Protocol: HTTPS` (ALB) 或 `TLS` (NLB)，并将 HTTP 侦听器改为重定向：`DefaultActions: [{"{"}Type: redirect, RedirectConfig: {"{"}Protocol: HTTPS, Port: '443', StatusCode: HTTP_301{"}"}{"}"}]`。Terraform：在 `aws_lb_listener` 上设置 `protocol = "HTTPS"`，或设置 `default_action {"{"} type = "redirect" redirect {"{"} protocol = "HTTPS" port = "443" status_code = "HTTP_301" {"}"} {"}"}`。Classic Load Balancer：在每个侦听器上设置 `Protocol: HTTPS` 或 `SSL`（Terraform：`lb_protocol`）。
rule-elb-target-tls-rationale = 白皮书要求 PHI 在传输中进行端到端加密：“包含 PHI 的会话必须同时对前端和后端侦听器进行加密”。使用 HTTP 的目标组（或位于会解密的 TLS 侦听器之后的 TCP 目标组）会以明文方式将 PHI 发送到目标。由目标自行终止 TLS 的 TCP 直通是白皮书提出的另一种架构；这无法从模板中确认，因此判定为无法判定。Lambda 目标通过 Lambda API 调用，不适用本规则。
rule-elb-target-tls-remediation = 在目标组上使用 `Protocol: HTTPS` (ALB) 或 `TLS` (NLB)，并在目标上提供 TLS；Terraform：在 `aws_lb_target_group` 上设置 `protocol = "HTTPS"`。Classic Load Balancer：在每个侦听器上设置 `InstanceProtocol: HTTPS` 或 `SSL`（Terraform：`instance_protocol`）。
rule-elb-tls-policy-rationale = 白皮书要求客户评估负载均衡器的协商策略并使其与该指南保持一致，并建议所有连接使用 TLS 1.2 或更高版本。通过 API（CloudFormation、Terraform）创建且未设置 `SslPolicy` 的侦听器会获得 ELBSecurityPolicy-2016-08，该策略仍接受 TLS 1.0 和 1.1；而控制台的默认策略 ELBSecurityPolicy-TLS13-1-2-2021-06 则不接受。
rule-elb-tls-policy-remediation = 在 HTTPS 和 TLS 侦听器上设置 `SslPolicy: ELBSecurityPolicy-TLS13-1-2-2021-06`（或其他 TLS 1.2+ 策略，例如 ELBSecurityPolicy-TLS-1-2-Ext-2018-06）；Terraform：`aws_lb_listener` 的 `ssl_policy`。Classic Load Balancer：在 `Policies` 中定义一个带有 `Reference-Security-Policy: ELBSecurityPolicy-TLS-1-2-2017-01` 的 `SSLNegotiationPolicyType` 策略，并在侦听器的 `PolicyNames` 中指定该策略。
rule-not-for-phi-service-rationale = 白皮书指出，这些服务用于编排、治理、保护或观测 PHI 工作负载，但其本身不得存储、传输或处理 PHI：AWS Config、Firewall Manager 和 Organizations 不处理用户数据，Shield 无需针对 PHI 进行配置，Serverless Application Repository 仅在从其部署的应用程序中处理 PHI，OpsWorks 不保存 PHI，X-Ray 不得用于存储或处理 PHI。这些服务的资源如果被标记为保存 PHI，或配置了类似 PHI 的值，即与此相抵触。
rule-not-for-phi-service-remediation = 从配置（规则参数、策略描述、账户名称、标签、采样规则、应用程序元数据）中删除 PHI 标记以及任何患者数据；仅将 PHI 保存在符合条件的数据存储中。Terraform：`aws_config_config_rule` 的 `input_parameters`、`aws_fms_policy`、`aws_organizations_*`、`aws_shield_protection`、`aws_xray_*`。
rule-eligibility-phi-in-eligible-service-rationale = AWS BAA 仅涵盖列为符合 HIPAA 条件的服务：PHI 只能通过这些服务进行存储、处理或传输，即使在指定用于 PHI 的账户中也是如此。在白皮书未列出的服务中保存 PHI 的资源（已如此标记，或在未作任何标记时为数据存储）违反了 BAA；接收 PHI 的 API Gateway 后端也必须符合条件，保存 PHI 的资源所写入或调用的每项服务同样必须符合条件：IAM 授权、EventBridge 目标、SNS 订阅、API Gateway 或 Step Functions 集成，即使该服务的资源位于扫描范围之外（`Resource: "*"`、另一个堆栈的 ARN、没有资源的 API，如 `mechanicalturk:CreateHIT`）。此类传递环节的检查结果位于发送 PHI 的资源上，即声明该环节的操作、目标或 URI 处。白皮书未提及的服务可能此后已变为符合条件：这些服务报告为无法判定，需对照 AWS 当前的《HIPAA Eligible Services Reference》进行核实。
rule-eligibility-phi-in-eligible-service-remediation = 将 PHI 迁移到符合条件的服务（参见 `spec/eligible-services.yaml`），删除将 PHI 发送到不符合条件的服务的授权、目标或集成（Terraform：`aws_iam_role_policy` 语句、`aws_cloudwatch_event_target`、`aws_sns_topic_subscription`），或在 AWS 当前的《HIPAA Eligible Services Reference》中确认该服务现已被涵盖，并将该决定连同理由记录为抑制项。
rule-emr-at-rest-encryption-rationale = 处理 PHI 的 EMR 集群必须使用 EMR 的加密选项。静态加密在安全配置中设置：S3EncryptionConfiguration 用于 EMRFS 写入 S3 的数据，LocalDiskEncryptionConfiguration 用于实例存储和 EBS 卷上的 HDFS、shuffle 和溢出数据（EnableEbsEncryption 还涵盖根卷）。没有安全配置的集群不会对其中任何数据进行加密。
rule-emr-at-rest-encryption-remediation = 创建一个 `AWS::EMR::SecurityConfiguration`，其文档设置 `EncryptionConfiguration.EnableAtRestEncryption: true`，并包含 `AtRestEncryptionConfiguration.S3EncryptionConfiguration` (SSE-KMS) 和 `LocalDiskEncryptionConfiguration`（AwsKms，`EnableEbsEncryption: true`），然后在 `AWS::EMR::Cluster` 的 `SecurityConfiguration` 中指定它；在 Terraform 中，使用 `aws_emr_security_configuration` 以及 `aws_emr_cluster` 的 `security_configuration`。
rule-emr-in-transit-encryption-rationale = 在 shuffle、HDFS 复制和 Spark RPC 期间，PHI 会在 EMR 节点之间传输。只有当集群的安全配置设置了 EnableInTransitEncryption 并指定了 TLS 证书提供程序时，EMR 才会使用 TLS 加密这些流量；否则这些流量会以明文方式穿越 VPC。
rule-emr-in-transit-encryption-remediation = 在集群所指定的 `AWS::EMR::SecurityConfiguration` 中设置 `EncryptionConfiguration.EnableInTransitEncryption: true` 和 `InTransitEncryptionConfiguration.TLSCertificateConfiguration`；在 Terraform 中，在 `aws_emr_security_configuration` 的 `configuration` JSON 中设置相同的键。
rule-events-api-destination-https-rationale = 传输 PHI 并被投递到 API 目标的事件会离开 AWS，发往端点所在的主机；该连接必须加密。EventBridge API 目标应为 HTTPS 端点；http:// 调用端点会以明文方式发送事件。
rule-events-api-destination-https-remediation = 在 `AWS::Events::ApiDestination` 的 `InvocationEndpoint` 中使用 `https://` URL；在 Terraform 中，设置 `aws_cloudwatch_event_api_destination` 的 `invocation_endpoint`。
rule-events-no-phi-rationale = 白皮书（CloudWatch Events、EventBridge）指出：PHI 不得流入事件；发出涉及 PHI 的事件的资源必须按照该指南进行配置，并且不得在事件中包含 PHI。模板中的常量输入、输入模板和模式都属于此类事件内容。
rule-events-no-phi-remediation = 在事件中放入引用（不透明 ID、不含 PHI 的 S3 键），由目标从加密存储中读取 PHI。CloudFormation：`AWS::Events::Rule` 的 `Targets[].Input`/`InputTransformer`、`EventPattern`；Terraform：`aws_cloudwatch_event_rule`，`aws_cloudwatch_event_target` 的 `input`/`input_transformer`。
rule-fargate-efs-transit-encryption-rationale = Fargate 本身无需额外配置，但白皮书要求容器通过存储选项访问的 PHI 在传输中和静态时均保持加密。除非 TransitEncryption 为 ENABLED，否则任务定义中的 EFS 卷会通过普通 NFS 挂载；文件系统自身的静态加密由 EFS 规则判定。
rule-fargate-efs-transit-encryption-remediation = 为每个 EFS 卷设置 `EFSVolumeConfiguration.TransitEncryption: ENABLED`（最好同时设置 `AuthorizationConfig.IAM: ENABLED` 并使用接入点）；在 Terraform 中，在 `aws_ecs_task_definition` 的 `efs_volume_configuration` 中设置 `transit_encryption = "ENABLED"`。
rule-firehose-destination-encrypted-rationale = 由 Firehose 投递的记录会以静态形式存放在目标中。流写入的每个 S3 位置（S3 目标，以及 Redshift、OpenSearch、Splunk 或 HTTP 目标的暂存或备份存储桶）都必须加密：要么由流使用 KMS 加密，要么由存储桶声明默认加密。HTTP 端点目标必须是 https:// URL。Redshift 和 OpenSearch 目标由各自的规则判定。
rule-firehose-destination-encrypted-remediation = 在 `AWS::KinesisFirehose::DeliveryStream` 的每个 S3 配置中设置 `EncryptionConfiguration.KMSEncryptionConfig.AWSKMSKeyARN`（或在存储桶上声明 `BucketEncryption`），并使用 `https://` 形式的 `EndpointConfiguration.Url`；在 Terraform 中，在 `aws_kinesis_firehose_delivery_stream` 的 `extended_s3_configuration` / `s3_configuration` 中设置 `kms_key_arn`，在 `http_endpoint_configuration` 中设置 `url`。
rule-firehose-encryption-rationale = 白皮书要求 Direct PUT 传输流启用服务器端加密，并要求源流使用 KMS 加密。未设置 DeliveryStreamEncryptionConfigurationInput 的 Direct PUT 流不会对其保存的记录进行加密；读取 Kinesis 数据流的流，其保护程度取决于该数据流。
rule-firehose-encryption-remediation = 在 Direct PUT 的 `AWS::KinesisFirehose::DeliveryStream` 上设置 `DeliveryStreamEncryptionConfigurationInput.KeyType`（`CUSTOMER_MANAGED_CMK` 并指定 `KeyARN`，或 `AWS_OWNED_CMK`），或在源 `AWS::Kinesis::Stream` 上使用 KMS 设置 `StreamEncryption`；在 Terraform 中，在 `aws_kinesis_firehose_delivery_stream` 上设置 `server_side_encryption {"{"} enabled = true, key_type = "CUSTOMER_MANAGED_CMK", key_arn = ... {"}"}`。
rule-firehose-error-logging-rationale = 白皮书要求使用 CloudWatch 指标、CloudWatch Logs 和 API 日志记录对 Firehose 进行监控。只有当目标的 CloudWatchLoggingOptions 处于启用状态时，才会记录投递失败（未到达目标的记录、转换错误）；否则，丢失或误投的 PHI 记录将无人察觉。
rule-firehose-error-logging-remediation = 在 `AWS::KinesisFirehose::DeliveryStream` 的目标配置中设置 `CloudWatchLoggingOptions: {"{"}Enabled: true, LogGroupName, LogStreamName{"}"}`；在 Terraform 中，在 `aws_kinesis_firehose_delivery_stream` 的目标块中设置 `cloudwatch_logging_options {"{"} enabled = true, log_group_name, log_stream_name {"}"}`。
rule-flow-transmission-encrypted-rationale = 白皮书要求遵循 HHS 指南（TLS/HTTPS 或 IPsec），在 PHI 传输时始终对其进行加密。phiguard 从 PHI 的存储位置出发，沿模板声明的每条数据流跟踪 PHI，并检查每个传递环节：AWS 服务之间的 API 调用使用 TLS，但 SNS 订阅、负载均衡器侦听器或目标组、CloudFront 源、API Gateway HTTP 集成或 Firehose HTTP 端点可能被配置为以明文发送 PHI。检查结果位于其配置决定该环节的资源上（对于 SNS 投递为订阅，以及侦听器、目标组、分配的源）。
rule-flow-transmission-encrypted-remediation = 在该环节使用 HTTPS：SNS 订阅设置 `Protocol: https`（Terraform：`protocol = "https"`）；侦听器和目标组设置 `Protocol: HTTPS` 或 `TLS`（Terraform：`protocol`），或使用默认操作重定向到 HTTPS 的 HTTP 侦听器；CloudFront 源设置 `OriginProtocolPolicy: https-only`，S3 源置于 `ViewerProtocolPolicy: https-only` 或 `redirect-to-https` 之后（Terraform：`origin_protocol_policy`、`viewer_protocol_policy`）；API Gateway HTTP 集成（`Integration.Uri`、`IntegrationUri`；Terraform：`uri`、`integration_uri`）和 Firehose HTTP 端点目标（`EndpointConfiguration.Url`；Terraform：`http_endpoint_configuration.url`）使用 `https://` URL。
rule-forecast-dataset-kms-rationale = Forecast 会对静态内容进行加密；白皮书要求尽可能为导入提供客户 KMS 密钥。未设置 EncryptionConfig 时，数据集使用 Forecast 托管的密钥进行加密，该密钥不会在配置中声明，其使用也不会在客户的 CloudTrail 中留下密钥使用记录。
rule-forecast-dataset-kms-remediation = 在 `AWS::Forecast::Dataset` 上设置 `EncryptionConfig.KmsKeyArn` 和 `EncryptionConfig.RoleArn`（Forecast 可承担以使用该密钥的角色）。Terraform AWS 提供程序没有 Forecast 资源；使用 AWS Cloud Control 提供程序时，设置 `awscc_forecast_dataset` 的 `encryption_config`。
rule-fsx-kms-rationale = FSx 使用 AES-256 对每个文件系统进行静态加密；除非 KmsKeyId 指定了其他密钥，否则 Windows、ONTAP、OpenZFS 和持久性 Lustre 文件系统使用 AWS 托管密钥 aws/fsx，白皮书建议在需要时使用客户 KMS 密钥。声明密钥可使这一保护成为审计人员查阅的配置的一部分。Lustre 暂存文件系统始终使用 FSx 托管的密钥且无法指定密钥，因此判定为通过。
rule-fsx-kms-remediation = 在 `AWS::FSx::FileSystem` 上设置 `KmsKeyId`（客户托管密钥）；在 Terraform 中，在 `aws_fsx_windows_file_system`、`aws_fsx_lustre_file_system`、`aws_fsx_ontap_file_system` 或 `aws_fsx_openzfs_file_system` 上设置 `kms_key_id`。
rule-fsx-lustre-transit-encryption-rationale = FSx for Lustre 仅在 SCRATCH_2 和 PERSISTENT 部署类型上、且从支持传输中加密的实例类型访问时，才对传输中的数据进行加密。默认部署类型 SCRATCH_1 从不加密。对于 FSx for Windows，白皮书要求使用 SMB 3.0 及以上版本的客户端并启用共享加密，这些在 Windows 内部设置，而不在模板中设置；此处不对这些文件系统进行判定。
rule-fsx-lustre-transit-encryption-remediation = 在 `AWS::FSx::FileSystem` 上将 `LustreConfiguration.DeploymentType` 设置为 `PERSISTENT_2`（或 `PERSISTENT_1`、`SCRATCH_2`），并从支持传输中加密的 Nitro 实例类型挂载；在 Terraform 中，在 `aws_fsx_lustre_file_system` 上设置 `deployment_type`。
rule-fsx-windows-audit-logs-rationale = CloudTrail 会记录 FSx API 调用，但不会记录谁打开、更改或删除了共享中的哪个文件。只有配置了文件访问审计（AuditLogConfiguration）时，FSx for Windows 才会记录这些信息，并将 Windows 安全事件发送到 CloudWatch Logs 或 Firehose。实时检查还会检查 CloudTrail 跟踪状态。
rule-fsx-windows-audit-logs-remediation = 在 `AWS::FSx::FileSystem` 上设置 `WindowsConfiguration.AuditLogConfiguration`，其中包含 `FileAccessAuditLogLevel` 和 `FileShareAccessAuditLogLevel`（`SUCCESS_AND_FAILURE`）以及 `AuditLogDestination`，并为 PHI 文件夹设置 SACL；在 Terraform 中，在 `aws_fsx_windows_file_system` 上设置 `audit_log_configuration`。
rule-glacier-vault-tls-only-rationale = 白皮书要求传输 PHI 的 S3 Glacier 连接使用 HTTPS 端点（存档会自动使用 AES-256 进行静态加密）。若文件库访问策略或文件库锁定策略在 `aws:SecureTransport` 为 false 时拒绝所有主体，则明文请求会失败，而不必依赖每个客户端的配置。Glacier 文件库没有 CloudFormation 类型；此规则读取 Terraform 的 `aws_glacier_vault` 和 `aws_glacier_vault_lock`。S3 Glacier 存储类中的数据由 S3 存储桶规则涵盖。
rule-glacier-vault-tls-only-remediation = 在文件库的 `access_policy`（或 `aws_glacier_vault_lock` 策略）中添加语句 `{"{"}"Effect": "Deny", "Principal": "*", "Action": "glacier:*", "Resource": <vault ARN>, "Condition": {"{"}"Bool": {"{"}"aws:SecureTransport": "false"{"}"}{"}"}{"}"}`。
rule-globalaccelerator-encrypted-listener-rationale = Global Accelerator 直接转发 TCP 和 UDP 而不终止 TLS，因此只有当每个端口后的端点使用 HTTPS 或 TLS 时，PHI 才会被加密。若端点是同一扫描中的负载均衡器，则由其在该端口上的侦听器决定（重定向到 HTTPS 的 HTTP 侦听器视为已加密）；否则端口 443 视为 HTTPS，其他任何端口均无法判定。
rule-globalaccelerator-encrypted-listener-remediation = 在 `AWS::GlobalAccelerator::Listener` 上仅接受 TLS 端口（`PortRanges: [{"{"}FromPort: 443, ToPort: 443{"}"}]`），并在端点上终止 TLS（负载均衡器上的 HTTPS/TLS 侦听器）；在 Terraform 中，在 `aws_globalaccelerator_listener` 上设置 `port_range`，并在 `aws_globalaccelerator_endpoint_group` 之后使用 HTTPS 侦听器。
rule-glue-catalog-encryption-rationale = 目录元数据（表名、列、分区值、样本统计信息）可能泄露 PHI，而 Glue 连接会存储数据库密码。白皮书要求启用使用 KMS 的 Data Catalog 加密和连接密码加密；两者默认均为关闭，作用于整个账户和区域，且仅适用于启用后写入的对象。当扫描定义了 Glue 数据库但没有目录加密设置时，每个数据库均判定为不合规；这些设置可能位于基线堆栈中，该堆栈也应纳入扫描。
rule-glue-catalog-encryption-remediation = 定义一个 `AWS::Glue::DataCatalogEncryptionSettings`，其中设置 `EncryptionAtRest.CatalogEncryptionMode: SSE-KMS`（及 `SseAwsKmsKeyId`）和 `ConnectionPasswordEncryption.ReturnConnectionPasswordEncrypted: true`；在 Terraform 中，定义 `aws_glue_data_catalog_encryption_settings`。
rule-glue-connection-ssl-rationale = 白皮书要求 Glue 使用带 SSL/TLS 的 JDBC 连接访问保存 PHI 的数据存储。除非连接将 JDBC_ENFORCE_SSL 设置为 true，否则 Glue 在连接时不要求 TLS，爬网程序和 ETL 作业可能通过未加密的链路读取 PHI。Glue DataBrew 数据集会复用这些连接。
rule-glue-connection-ssl-remediation = 在 `ConnectionInput.ConnectionProperties` 中添加 `JDBC_ENFORCE_SSL: "true"`（对于私有 CA，可选择添加 `CUSTOM_JDBC_CERT`）；在 Terraform 中，在 `aws_glue_connection` 上设置 `connection_properties = {"{"} JDBC_ENFORCE_SSL = "true", ... {"}"}`。
rule-glue-job-encryption-rationale = 白皮书要求向 Glue ETL 作业传递服务器端加密设置（至少为 SSE-S3），使其写入的数据保持加密，最好通过安全配置实现，安全配置还可以加密 CloudWatch 日志和作业书签。若两者皆无，作业将按目标存储桶的默认设置写入，而作业的配置无法体现该设置。Python shell 作业通过其自身代码写入，不予判定。
rule-glue-job-encryption-remediation = 通过作业的 `SecurityConfiguration` 附加一个 `AWS::Glue::SecurityConfiguration`，其 `EncryptionConfiguration.S3Encryptions` 使用 `SSE-KMS`（或 `SSE-S3`），或设置 `DefaultArguments: {"{"}"--encryption-type": sse-s3{"}"}`；在 Terraform 中，在 `aws_glue_job` 上设置 `security_configuration` 并定义 `aws_glue_security_configuration`。
rule-guardduty-enabled-rationale = 白皮书建议使用 GuardDuty 进行持续威胁检测，这有助于信息系统活动审查（164.308(a)(1)(ii)(D)）和安全事件响应（164.308(a)(6)(ii)）。GuardDuty 按账户和区域启用：模板可以创建或禁用检测器，但没有检测器的扫描无法判断账户中是否存在检测器，因此这种情况为无法判定。在实时扫描中，每个被扫描的账户和区域都需要一个已启用的检测器（guardduty:ListDetectors、GetDetector）：没有检测器的区域为不合规，无法列出检测器的区域为无法判定，并注明被拒绝的调用。
rule-guardduty-enabled-remediation = 在您使用的每个区域中，向账户的基线堆栈添加 `Enable: true` 的 `AWS::GuardDuty::Detector`（或在整个组织范围内启用 GuardDuty）；在 Terraform 中，定义 `enable = true` 的 `aws_guardduty_detector`。
rule-healthlake-datastore-kms-rationale = HealthLake 会对每个数据存储进行静态加密；可以使用客户托管的 KMS 密钥。在 SseConfiguration 中声明该选择，可使这项保护成为审计人员查阅的配置的一部分，而客户托管密钥还会在 CloudTrail 中留下密钥使用记录，并提供对密钥策略的控制。
rule-healthlake-datastore-kms-remediation = 在 `AWS::HealthLake::FHIRDatastore` 上设置 `SseConfiguration.KmsEncryptionConfig`，其中包含 `CmkType: CUSTOMER_MANAGED_KMS_KEY` 和 `KmsKeyId`（或设置 `CmkType: AWS_OWNED_KMS_KEY` 以声明服务密钥）。Terraform AWS 提供程序没有 HealthLake 资源；使用 AWS Cloud Control 提供程序时，在 `awscc_healthlake_fhir_datastore` 上设置 `sse_configuration`。
rule-iam-no-long-term-access-keys-rationale = 白皮书（ACM 和 Auto Scaling 章节）要求保护账户凭证，为每个人提供单独的身份，并在编程访问时优先使用临时凭证（IAM Identity Center、角色），而不是长期访问密钥。由模板创建的访问密钥永不过期，其私有密钥会出现在堆栈输出或参数中，并且很容易被多人共享。这是这些要求中属于模板的部分；实时检查还会增加 IAM 凭证报告（人类用户的活跃密钥、密钥使用时长）以及根用户无密钥的检查。
rule-iam-no-long-term-access-keys-remediation = 将 `AWS::IAM::AccessKey`（Terraform 中为 `aws_iam_access_key`）替换为由工作负载代入的 IAM 角色（实例配置文件、任务角色、IRSA、用于本地系统的 IAM Roles Anywhere），对人员则使用 IAM Identity Center。若第三方确实需要密钥，则在使用前将其保持为 `Inactive`，将其存储在 Secrets Manager 中并进行轮换。
rule-iot-domain-tls-policy-rationale = 设备可能通过 IoT Core 发送 PHI，IoT Core 始终使用 TLS；域配置的安全策略决定最低版本。名为 `..._1_0_...` 的策略仍接受 TLS 1.0 和 1.1，而 HHS 指南（NIST SP 800-52）已不再允许将其用于 PHI。默认策略要求 TLS 1.2。
rule-iot-domain-tls-policy-remediation = 将 `TlsConfig.SecurityPolicy` 设置为 `IoTSecurityPolicy_TLS13_1_2_2022_10`（或某个 `TLS13_1_3` 策略）；在 Terraform 中，在 `aws_iot_domain_configuration` 上设置 `tls_config {"{"} security_policy = ... {"}"}`。
rule-iot-no-phi-in-topics-rationale = 源自 IoT 章节：只有消息负载受到针对 PHI 的保护；事物名称、属性、影子名称和主题名称属于元数据，会被许多组件读取。
rule-iot-no-phi-in-topics-remediation = 按序列号或病区/床位为设备命名，切勿按患者命名。CloudFormation：`AWS::IoT::Thing` `ThingName`/`AttributePayload`、`AWS::IoT::TopicRule` `TopicRulePayload.Sql`；Terraform：`aws_iot_thing` `name`/`attributes`、`aws_iot_topic_rule` `sql`。
rule-iot-policy-no-wildcard-rationale = Greengrass 核心设备和 IoT 事物使用 X.509 证书进行身份验证，并由 IoT 策略进行授权；白皮书依赖于此模型。允许对 `*` 执行 `iot:*` 的策略会让任何持有证书的设备以任意客户端身份连接、向所有主题发布和订阅（包括其他患者的设备主题）并更改影子，从而使按设备授权失去作用。
rule-iot-policy-no-wildcard-remediation = 将策略范围限定到该设备：对 `client/${"{"}iot:Connection.Thing.ThingName{"}"}` 允许 `iot:Connect`，对其自身的主题允许 `iot:Publish`/`iot:Receive`，对其自身的主题筛选条件允许 `iot:Subscribe`，另加其所需的 Greengrass 操作；在 Terraform 中，设置 `aws_iot_policy` 的 `policy`。
rule-kinesis-stream-encryption-rationale = 白皮书要求使用 Kinesis Data Streams 服务器端加密，在记录写入流的存储之前使用 KMS 密钥对其进行加密。没有 StreamEncryption 的流会以未加密形式存储记录。AWS 托管密钥（alias/aws/kinesis）和客户托管密钥均属于 KMS，两者都会在 CloudTrail 中留下密钥使用记录。
rule-kinesis-stream-encryption-remediation = 设置 `StreamEncryption: {"{"}EncryptionType: KMS, KeyId: alias/aws/kinesis{"}"}`（或客户托管密钥的 ARN）；在 Terraform 中，在 `aws_kinesis_stream` 上设置 `encryption_type = "KMS"` 和 `kms_key_id`。
rule-kinesisanalytics-encrypted-streams-rationale = Managed Flink 会透明地读取加密的 Kinesis 流，且不存储未加密的数据，因此只有当其读取（和写入）的流已加密时，PHI 才能得到静态保护。应用程序使用的流是其输入所指定的流以及其运行时属性所引用的流；每个流都必须启用使用 KMS 的服务器端加密。
rule-kinesisanalytics-encrypted-streams-remediation = 在应用程序读取或写入的每个 `AWS::Kinesis::Stream` 上设置 `StreamEncryption: {"{"}EncryptionType: KMS, KeyId: ...{"}"}`；在 Terraform 中，在 `aws_kinesis_stream` 上设置 `encryption_type = "KMS"` 和 `kms_key_id`。
rule-kinesisanalytics-logging-rationale = 白皮书要求使用 CloudTrail 和 CloudWatch Logs 监控应用程序。只有当 CloudWatch 日志记录选项为 Managed Flink 应用程序附加了日志流时，该应用程序才会将其应用程序日志和作业日志（错误、重启、检查点失败）写入 CloudWatch。
rule-kinesisanalytics-logging-remediation = 添加一个 `AWS::KinesisAnalyticsV2::ApplicationCloudWatchLoggingOption`，其中包含 `ApplicationName: !Ref <application>` 和 `LogStreamARN`；在 Terraform 中，在 `aws_kinesisanalyticsv2_application` 上设置 `cloudwatch_logging_options {"{"} log_stream_arn = ... {"}"}`。
rule-kinesisvideo-stream-kms-rationale = Kinesis Video Streams 使用 KMS 密钥加密存储的媒体，默认使用 AWS 托管密钥 aws/kinesisvideo；白皮书描述的是使用客户指定密钥进行加密。声明 KmsKeyId 可使这项保护及该密钥成为审计人员查阅的配置的一部分。
rule-kinesisvideo-stream-kms-remediation = 在 `AWS::KinesisVideo::Stream` 上设置 `KmsKeyId`（客户托管密钥，或设置 `alias/aws/kinesisvideo` 以声明默认密钥）；在 Terraform 中，在 `aws_kinesis_video_stream` 上设置 `kms_key_id`。
rule-kms-key-rotation-rationale = 白皮书使用 KMS 密钥保护 PHI 的数据密钥（信封加密）。自动轮换会按计划（默认每年一次）替换密钥的加密材料，同时保留旧材料用于解密，从而限制任一密钥版本所保护的 PHI 数量。除非 EnableKeyRotation 为 true，否则此功能处于关闭状态。非对称密钥和 HMAC 密钥、使用导入材料的密钥（Origin EXTERNAL）以及 CloudHSM 自定义密钥存储中的密钥无法自动轮换，判定为不适用。无论密钥是否带有标记均会进行判定：密钥保护的是使用它加密的所有 PHI。在实时扫描中，AWS 托管密钥（`KeyManager` 为 AWS，即 `aws/<service>` 密钥）为不适用：AWS 每年轮换这些密钥，且任何人都无法更改；此规则根据 GetKeyRotationStatus 报告的轮换状态判定客户密钥。
rule-kms-key-rotation-remediation = 在 AWS::KMS::Key 上设置 `EnableKeyRotation: true`（可选设置 `RotationPeriodInDays`）；在 Terraform 中，在 `aws_kms_key` 上设置 `enable_key_rotation = true`。
rule-kms-no-phi-in-metadata-rationale = 白皮书指出：不要在 KMS 密钥标签（元数据）中存储 PHI。KMS 保护的是数据密钥，而不是密钥自身的描述、标签或别名，许多主体都可以列出这些信息。
rule-kms-no-phi-in-metadata-remediation = 按用途描述密钥并为其添加标签（`alias/claims-db`、`DataClassification: phi`），切勿按患者命名。CloudFormation：`AWS::KMS::Key` `Description`/`Tags`、`AWS::KMS::Alias` `AliasName`；Terraform：`aws_kms_key` `description`/`tags`、`aws_kms_alias` `name`。
rule-lambda-environment-kms-rationale = 白皮书要求放置在函数内的静态 PHI（例如环境变量中的 PHI）使用 KMS 或 CloudHSM 密钥进行加密。除非 KmsKeyArn 指定了密钥，否则 Lambda 使用 AWS 托管密钥 aws/lambda 加密环境变量；该默认设置未在配置中声明，且其密钥策略无法限制。由于大多数环境变量保存的是配置而非 PHI，因此仅对标记为保存 PHI 的函数进行判定。
rule-lambda-environment-kms-remediation = 在 `AWS::Lambda::Function` 上将 `KmsKeyArn`（SAM：在函数上或 `Globals` 中设置 `KmsKeyArn`）设置为客户托管密钥，并尽可能不在环境变量中存放 PHI；在 Terraform 中，在 `aws_lambda_function` 上设置 `kms_key_arn`。
rule-lambda-plaintext-endpoints-rationale = 白皮书要求 Lambda 与外部资源的连接使用 HTTPS/TLS，与包含 PHI 的 DynamoDB 表的连接使用 HTTPS 端点。若环境变量将函数指向本机以外的 http:// URL，或内联代码通过 http:// 调用 AWS 端点，则请求会以明文发送。环回 URL（Lambda 扩展和密钥缓存）以及 FHIR 代码系统等标识符 URL 会被忽略；从打包代码发起的调用需要进行代码审查。
rule-lambda-plaintext-endpoints-remediation = 在 `AWS::Lambda::Function` 的 `Environment.Variables`（以及 `InlineCode`/`Code.ZipFile`）中使用 https:// URL；删除 DynamoDB 端点覆盖设置，SDK 默认使用 HTTPS。在 Terraform 中，检查 `aws_lambda_function` 的 `environment {"{"} variables {"}"}`。
rule-lambda-url-auth-rationale = 通过 HTTP 访问的函数必须遵循 API Gateway 的指导，即要求对传输 PHI 的 API 进行授权访问。AuthType 为 NONE 的函数 URL 是一个公共 HTTPS 端点，互联网上的任何人都可以调用；AWS_IAM 则要求来自获准主体的、经 SigV4 签名的请求。
rule-lambda-url-auth-remediation = 在 `AWS::Lambda::Url` 上设置 `AuthType: AWS_IAM`（SAM：`FunctionUrlConfig.AuthType`），或将函数置于带有授权方的 API Gateway 之后；在 Terraform 中，在 `aws_lambda_function_url` 上设置 `authorization_type = "AWS_IAM"`。
rule-lambdaedge-https-rationale = 当 Lambda@Edge 处理 PHI 时，适用 CloudFront 的指导，进出函数的所有连接都必须使用 HTTPS。对于带有 LambdaFunctionAssociations 的缓存行为，查看器必须被重定向到 HTTPS 或仅限使用 HTTPS，且该行为的源必须通过 HTTPS 访问（https-only，或在查看器使用 HTTPS 时设置 match-viewer）。从函数代码发起的出站调用需要进行代码审查。
rule-lambdaedge-https-remediation = 在 `AWS::CloudFront::Distribution` 中，在每个带有 `LambdaFunctionAssociations` 的行为上将 `ViewerProtocolPolicy` 设置为 `redirect-to-https` 或 `https-only`，并在其源上设置 `CustomOriginConfig.OriginProtocolPolicy: https-only`；在 Terraform 中，在 `aws_cloudfront_distribution` 的缓存行为中设置 `viewer_protocol_policy`，并在 `custom_origin_config` 中设置 `origin_protocol_policy`。
rule-logs-group-kms-encryption-rationale = CloudWatch Logs 使用服务托管密钥对日志数据进行静态加密，因此白皮书不要求再次加密日志中的 PHI。然而，这些密钥不会在客户的 CloudTrail 中留下使用记录，也无法通过密钥策略加以限制；与日志组关联的 KMS 密钥则可以同时做到这两点，这正是审计人员可以追踪的受控访问证据（164.312(b)）。因此，phiguard 要求保存 PHI 的日志组设置 KmsKeyId，即使使用 trust_aws_defaults 也不接受服务默认设置（严重性低：无论如何数据均已加密）。
rule-logs-group-kms-encryption-remediation = 将 `KmsKeyId` 设置为某个 KMS 密钥的 ARN，该密钥的策略允许 logs.<region>.amazonaws.com 使用它；在 Terraform 中，在 `aws_cloudwatch_log_group` 上设置 `kms_key_id`。
rule-logs-group-retention-rationale = 白皮书要求定义与审计要求一致的日志保留期。若未设置 RetentionInDays，事件永不过期：审计所需的内容不会丢失，但可能包含 PHI 的日志会在无人记录决定的情况下被永久保留。接收审计日志的日志组（CloudTrail 跟踪或 VPC 流日志的目标，或以 CloudTrail 或流日志命名的日志组）即使未设置 RetentionInDays 也判定为合规，因为无限期保留审计数据符合任何审计要求。任何已声明的保留期均判定为合规：合适的期限取决于组织的策略（HIPAA 要求将规定的文档保留六年，164.316(b)(2)(i)），而模板无法体现这一点。
rule-logs-group-retention-remediation = 将 `RetentionInDays` 设置为您的保留策略所要求的期限（例如六年为 2192，或者对可能包含 PHI 的应用程序日志设置较短的期限）；在 Terraform 中，在 `aws_cloudwatch_log_group` 上设置 `retention_in_days`。
rule-macie-enabled-rationale = 白皮书建议使用 Amazon Macie 等托管安全服务来发现和保护 S3 中的个人数据，这可为风险分析（164.308(a)(1)(ii)(A)）和信息系统活动审查提供依据。Macie 按账户和区域启用：模板可以启用（AWS::Macie::Session）或暂停 Macie，但没有会话的扫描无法判断账户是否已启用 Macie，因此这种情况为无法判定；实时检查会读取 GetMacieSession。
rule-macie-enabled-remediation = 向账户的基线堆栈添加 `Status: ENABLED`（默认值）的 `AWS::Macie::Session`，并为 PHI 存储桶添加分类作业；在 Terraform 中，定义 `status = "ENABLED"` 的 `aws_macie2_account` 以及 `aws_macie2_classification_job`。
rule-macie-job-bucket-encryption-rationale = Macie（2018 年版白皮书）仅对使用 SSE-S3 或 SSE-KMS 加密的 S3 对象进行分类：它无法读取客户端加密的对象，因此这些对象中的 PHI 无法被发现。分类作业中的每个存储桶都应声明服务器端默认加密（对于 SSE-KMS，还应允许 Macie 服务相关角色使用该密钥）。分类作业没有 CloudFormation 类型；此规则读取 Terraform 的 `aws_macie2_classification_job`。
rule-macie-job-bucket-encryption-remediation = 在 `s3_job_definition.bucket_definitions` 中列出的每个存储桶上声明使用 `AES256` 或 `aws:kms` 的 `BucketEncryption`（Terraform：`aws_s3_bucket_server_side_encryption_configuration`），并授予 Macie 服务相关角色对 SSE-KMS 密钥的 kms:Decrypt 权限。
rule-macie-no-phi-in-config-rationale = 源自 2018 年版：配置 Macie 不需要 PHI；不要在自定义数据标识符、允许列表或筛选条件中输入 PHI（真实患者的值）。模式描述的是 PHI 的形式，而非其值。
rule-macie-no-phi-in-config-remediation = 使用正则表达式和关键字描述 PHI，而不是使用真实值。CloudFormation：`AWS::Macie::CustomDataIdentifier` `IgnoreWords`/`Keywords`、`AWS::Macie::AllowList` `Criteria`；Terraform：`aws_macie2_custom_data_identifier`、`aws_macie2_findings_filter`。
rule-metadata-no-phi-in-tags-rationale = 在白皮书的各服务章节中（KMS、CloudHSM、Route 53、Comprehend、Systems Manager 等），标签和自由格式的描述都属于任何服务都不会加密的元数据：它们会被 Resource Groups Tagging API 列出，被复制到 Cost Explorer、CloudTrail 和 Config 中，并且能读取它们的人远多于能读取数据的人。资源名称（DynamoDB 的 `TableName`、SQS 的 `QueueName`、Lambda 的 `FunctionName`、IAM 的 `RoleName`、日志组的名称）还会出现在 ARN、URL、DNS、CloudWatch 指标以及 GuardDuty 读取的 CloudTrail 日志中。对于其所属服务没有专门元数据规则的每种资源类型，此规则会读取其所有由用户选择的名称、标识符、描述和标签：任意层级中名为 `Name`、`...Name`、`...Identifier`、`...Description`、`DisplayName`、`Alias...`、`...Prefix`、`Comment`、`Title` 和 `Tags` 的属性，即 CloudFormation 资源架构为用户选择的名称所采用的形式（各服务规则会读取其自身资源类型的相同字段）。
rule-metadata-no-phi-in-tags-remediation = 按功能和分类为资源命名、添加标签和描述（`intake-events`、`DataClassification: phi`、`Owner: team-records`），切勿使用患者的标识符；将不透明 ID 与患者之间的映射保存在加密存储中。Terraform：`name`、`name_prefix`、`bucket`、`function_name`、`description`、`tags` 以及该资源的其他名称。
rule-msk-broker-logs-rationale = 白皮书要求使用 CloudWatch 监控 MSK。基本的代理指标始终会发布，但只有代理日志会记录连接、身份验证失败和代理错误，而这正是 HIPAA 审计控制标准所要求的活动记录。除非启用了目标，否则代理日志处于关闭状态。
rule-msk-broker-logs-remediation = 在 `LoggingInfo.BrokerLogs` 下至少启用一个目标（`CloudWatchLogs: {"{"}Enabled: true, LogGroup: ...{"}"}`、`Firehose` 或 `S3`）；在 Terraform 中，设置 `logging_info {"{"} broker_logs {"{"} cloudwatch_logs {"{"} enabled = true log_group = ... {"}"} {"}"} {"}"}`。使用 Prometheus 的开放监控是可选的补充。
rule-msk-encryption-at-rest-kms-rationale = Amazon MSK 始终会加密代理的 EBS 卷；未指定密钥时，它会使用 AWS 托管密钥 aws/kafka。白皮书要求团队在其策略有此要求时选择客户托管密钥。在配置中指定密钥是审计人员查阅的证据，而客户托管密钥可让团队控制和审查其密钥策略。
rule-msk-encryption-at-rest-kms-remediation = 将 `EncryptionInfo.EncryptionAtRest.DataVolumeKMSKeyId` 设置为客户托管的 KMS 密钥（`!GetAtt KafkaKey.Arn`）；在 Terraform 中，设置 `encryption_info {"{"} encryption_at_rest_kms_key_arn = aws_kms_key.kafka.arn {"}"}`。密钥只能在创建集群时选择。
rule-msk-public-access-disabled-rationale = 白皮书指出，集群附带的 ZooKeeper 流量未加密，并要求仅通过私有 VPC 连接生产和消费 PHI。公有访问（`SERVICE_PROVIDED_EIPS`）会为每个代理分配一个公有地址，使 VPC 外部的客户端可以通过互联网访问它。除非开启，否则公有访问处于关闭状态。
rule-msk-public-access-disabled-remediation = 不设置 `BrokerNodeGroupInfo.ConnectivityInfo.PublicAccess.Type` 或将其设置为 `DISABLED`；在 Terraform 中，设置 `broker_node_group_info {"{"} connectivity_info {"{"} public_access {"{"} type = "DISABLED" {"}"} {"}"} {"}"}`。通过 VPC、对等连接、Transit Gateway 或 PrivateLink（多 VPC 连接）访问代理。
rule-msk-tls-in-transit-rationale = 生产到 Kafka 或从 Kafka 消费的 PHI 在客户端与代理之间传输，并在代理之间复制。白皮书要求在这两条路径上都保持 TLS：`TLS_PLAINTEXT` 或 `PLAINTEXT` 允许客户端以未加密形式发送 PHI，而 `InCluster: false` 会在 VPC 内以明文复制 PHI。
rule-msk-tls-in-transit-remediation = 设置 `EncryptionInfo.EncryptionInTransit.ClientBroker: TLS` 和 `InCluster: true`；在 Terraform 中，设置 `encryption_info {"{"} encryption_in_transit {"{"} client_broker = "TLS" in_cluster = true {"}"} {"}"}`。请先将客户端迁移到 TLS 引导代理（端口 9094，或使用 SASL/IAM 时为 9096/9098）。
rule-neptune-audit-logs-rationale = CloudTrail 记录的是 Neptune 管理调用，而不是读取或更改 PHI 的查询。Neptune 审计日志会记录每个请求及其客户端；这需要在集群参数组中设置 `neptune_enable_audit_log: 1`（默认关闭），并在 EnableCloudwatchLogsExports 中包含 `audit`，才能将日志保存在实例之外。
rule-neptune-audit-logs-remediation = 在集群上添加 `EnableCloudwatchLogsExports: [audit]`，并在其 `AWS::Neptune::DBClusterParameterGroup` 中添加 `neptune_enable_audit_log: 1`；在 Terraform 中，设置 `enable_cloudwatch_logs_exports = ["audit"]` 和 `parameter {"{"} name = "neptune_enable_audit_log" value = "1" {"}"}` 块。
rule-neptune-storage-encrypted-rationale = 白皮书仅允许将 PHI 存放在已加密的 Neptune 实例中。加密涵盖存储、日志、备份和快照，使用 KMS，且只能在创建集群时选择；除非设置了 StorageEncrypted，否则 API 会创建未加密的集群。
rule-neptune-storage-encrypted-remediation = 在 `AWS::Neptune::DBCluster` 上设置 `StorageEncrypted: true`（使用客户托管密钥时还需设置 `KmsKeyId`）；在 Terraform 中，在 `aws_neptune_cluster` 上设置 `storage_encrypted = true`。现有集群必须从快照还原到新的加密集群中。
rule-neptune-tls-rationale = 白皮书依靠 SSL/TLS 保护传输到 Neptune 的 PHI。引擎版本 1.0.4.0 及更高版本仅接受使用 TLS 1.2 或更高版本的 HTTPS。较旧的引擎会接受明文，除非集群参数组将 `neptune_enforce_ssl` 设置为 1；只有固定使用此类引擎且设置了 `neptune_enforce_ssl: 0` 的集群才会让 PHI 以未加密形式通过网络传输。
rule-neptune-tls-remediation = 运行 1.0.4.0 或更高版本的引擎（省略 `EngineVersion` 或固定为当前版本）；对于较旧的引擎，在 `AWS::Neptune::DBClusterParameterGroup` 的 `Parameters` 中设置 `neptune_enforce_ssl: 1`（Terraform：在 `aws_neptune_cluster_parameter_group` 中添加 `parameter {"{"} name = "neptune_enforce_ssl" value = "1" {"}"}` 块）。
rule-opensearch-encryption-at-rest-rationale = 白皮书要求使用 KMS 密钥对 OpenSearch Service 中的 PHI 进行静态加密（OpenSearch，或 Elasticsearch 5.1 及更高版本）。加密涵盖索引、日志、交换文件和自动快照，除非域启用了加密，否则处于关闭状态。
rule-opensearch-encryption-at-rest-remediation = 设置 `EncryptionAtRestOptions: {"{"}Enabled: true, KmsKeyId: ...{"}"}`；Terraform：在 `aws_opensearch_domain` 上设置 `encrypt_at_rest {"{"} enabled = true kms_key_id = ... {"}"}`。
rule-opensearch-engine-version-rationale = 当域保存 PHI 时，白皮书要求使用 OpenSearch（任意版本）或 Elasticsearch 6.0 及更高版本：较旧的 Elasticsearch 版本不支持节点到节点加密，5.1 之前的版本不支持静态加密。未设置 ElasticsearchVersion 的旧版 AWS::Elasticsearch::Domain 会使用 Elasticsearch 1.5 创建。
rule-opensearch-engine-version-remediation = 在 `AWS::OpenSearchService::Domain` 上设置 `EngineVersion: OpenSearch_2.x`（或至少 `Elasticsearch_6.8`；旧版类型上设置 `ElasticsearchVersion: '7.10'`）；Terraform：在 `aws_opensearch_domain` 上设置 `engine_version`，在 `aws_elasticsearch_domain` 上设置 `elasticsearch_version`。通过受支持的升级路径进行就地升级。
rule-opensearch-https-only-rationale = 白皮书指出，进入 OpenSearch Service 域的任何 PHI 都应通过 HTTPS 发送：通过 HTTP 到达的数据只有在到达集群后才会被加密。`EnforceHTTPS` 使域端点拒绝纯 HTTP；此设置默认关闭。
rule-opensearch-https-only-remediation = 设置 `DomainEndpointOptions: {"{"}EnforceHTTPS: true, TLSSecurityPolicy: Policy-Min-TLS-1-2-PFS-2023-10{"}"}`；Terraform：`domain_endpoint_options {"{"} enforce_https = true tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" {"}"}`。
rule-opensearch-node-to-node-rationale = 白皮书要求启用节点到节点加密，使 PHI 在 OpenSearch 于集群中分发和重新分发期间始终使用 TLS 保持加密（所有 OpenSearch 版本以及 Elasticsearch 6.0 及更高版本均支持）。除非启用，否则此功能处于关闭状态。
rule-opensearch-node-to-node-remediation = 设置 `NodeToNodeEncryptionOptions: {"{"}Enabled: true{"}"}`；Terraform：在 `aws_opensearch_domain` 上设置 `node_to_node_encryption {"{"} enabled = true {"}"}`。
rule-opensearch-tls-policy-rationale = 白皮书建议与 AWS 资源的每个连接都使用 TLS 1.2 或更高版本。OpenSearch 域端点按其 TLSSecurityPolicy 所允许的范围进行协商；未设置时，API 会应用 Policy-Min-TLS-1-0-2019-07，该策略接受 TLS 1.0 和 1.1。
rule-opensearch-tls-policy-remediation = 将 `DomainEndpointOptions.TLSSecurityPolicy` 设置为 `Policy-Min-TLS-1-2-PFS-2023-10`（或 `Policy-Min-TLS-1-2-2019-07`）；Terraform：`domain_endpoint_options {"{"} tls_security_policy = "Policy-Min-TLS-1-2-PFS-2023-10" {"}"}`。
rule-opensearch-vpc-access-rationale = 白皮书要求保存 PHI 的 OpenSearch 域在 VPC 内运行，由安全组和私有地址限制可访问端点的对象。具有公有端点的域可从互联网访问；如果其访问策略还允许所有人访问（不带条件的 `Principal: *`），则任何人都可以读取索引。
rule-opensearch-vpc-access-remediation = 在域上设置 `VPCOptions.SubnetIds`（及 `SecurityGroupIds`）；在 Terraform 中，在 `aws_opensearch_domain` 上添加 `vpc_options` 块。域的网络模式在创建后无法更改：请创建一个 VPC 域，然后重新建立索引或将快照还原到该域中。
rule-opsworks-no-plaintext-secrets-rationale = OpsWorks Stacks 无法使用加密的 Chef 数据包，因此白皮书要求将 PHI、密钥和证书改为保存在加密的 S3 存储桶中。堆栈的自定义 JSON 以明文存储和返回，而应用程序环境变量除非标记为 Secure（默认不是），否则会由 DescribeApps 返回。此规则会标记名称表明其为机密信息（密码、令牌、API 密钥）的值；无法根据名称识别这些字段中的 PHI。OpsWorks Stacks 已于 2024 年 5 月终止服务。
rule-opsworks-no-plaintext-secrets-remediation = 将机密信息移至 Secrets Manager 或在部署时读取的加密 S3 存储桶中；对于必须保留在应用程序中的值，在 `Environment` 条目上设置 `Secure: true`（Terraform：在 `aws_opsworks_application` 的 `environment` 块中设置 `secure = true`），并将其从堆栈的 `CustomJson` 中删除。
rule-pinpoint-sms-short-code-rationale = 白皮书仅允许从专用于 PHI 消息的专用短代码通过 SMS 发送 PHI。没有短代码时，Pinpoint 会从共享号码或长代码发起号码，或从字母数字发件人 ID 发送，而 BAA 指导并未将这些方式纳入 PHI 的适用范围。模板可以显示渠道是否指定了短代码；实时检查将在 pinpoint-sms-voice-v2 中确认该号码是为此用途保留的 SHORT_CODE。
rule-pinpoint-sms-short-code-remediation = 申请专用短代码，然后在 `AWS::Pinpoint::SMSChannel` 上设置 `ShortCode`（Terraform：在 `aws_pinpoint_sms_channel` 上设置 `short_code`）。仅从该短代码发送 PHI，且不要对 PHI 消息使用 `SenderId`。
rule-qldb-ledger-kms-rationale = QLDB 会对分类账进行静态加密，并在传输中使用 TLS；白皮书接受默认的 AWS 拥有的密钥。在 `KmsKey` 中写明所作选择（`AWS_OWNED_KMS_KEY` 或客户托管密钥的 ARN）是审计人员查阅的证据；客户托管密钥还会在 CloudTrail 中留下密钥使用记录。
rule-qldb-ledger-kms-remediation = 在 `AWS::QLDB::Ledger` 上将 `KmsKey` 设置为客户托管密钥的 ARN，或设置为 `AWS_OWNED_KMS_KEY` 以记录默认设置；在 Terraform 中，在 `aws_qldb_ledger` 上设置 `kms_key`。
rule-qldb-permissions-mode-standard-rationale = 白皮书要求为每个用户提供单独的 IAM 身份，且仅授予其所需的权限。在 `ALLOW_ALL` 模式下，任何可以对分类账调用 SendCommand 的人都可以对所有表运行任意 PartiQL 语句；`STANDARD` 模式则会检查表级和命令级的 IAM 权限。这是该要求中属于模板的部分；实时检查还将确认账户根用户没有访问密钥，且 IAM 用户为个人专用。
rule-qldb-permissions-mode-standard-remediation = 在 `AWS::QLDB::Ledger` 上设置 `PermissionsMode: STANDARD`（Terraform：`permissions_mode = "STANDARD"`），并按表向每个角色授予 `qldb:PartiQL*` 操作。
rule-rds-backup-retention-rationale = HIPAA 的应急计划要求制定数据备份计划，保留可检索的 ePHI 精确副本（164.308(a)(7)(ii)(A)），而白皮书的备份和灾难恢复章节以各服务的自动备份为基础。`BackupRetentionPeriod: 0` 会关闭 RDS 自动备份和时间点恢复；未设置此属性时，RDS 会将备份保留一天。对于 PHI，通常的下限为七天或更长。
rule-rds-backup-retention-remediation = 在数据库实例上（对于 Aurora、DocumentDB 和 Neptune，在数据库集群上）将 `BackupRetentionPeriod` 设置为 7 或更大的值（最多 35）；在 Terraform 中，设置 `backup_retention_period`。添加 `DeletionProtection: true` 和 `DeletionPolicy: Snapshot`，使备份在意外删除后仍得以保留。
rule-rds-multi-az-rationale = 白皮书要求将系统分布在多个可用区中，以便在紧急模式操作期间 PHI 仍然可用（164.308(a)(7)(ii)(B)-(C)）。单可用区 RDS 实例会在其所在可用区不可用时随之不可用；只有一个实例的 Aurora 集群没有可供故障转移的读取器。只读副本和集群成员通过其源或集群进行判定。
rule-rds-multi-az-remediation = 在 `AWS::RDS::DBInstance` 上设置 `MultiAZ: true`；对于 Aurora，在另一个可用区中向集群添加第二个 `AWS::RDS::DBInstance`。在 Terraform 中，在 `aws_db_instance` 上设置 `multi_az = true`，或为 `aws_rds_cluster` 定义两个 `aws_rds_cluster_instance` 资源。
rule-rds-oracle-encryption-in-transit-rationale = 白皮书要求传输 PHI 的 RDS for Oracle 连接使用传输加密，该加密由在选项组中启用的 Oracle 本机网络加密提供。使用 NATIVE_NETWORK_ENCRYPTION 选项时，服务器必须将 SQLNET.ENCRYPTION_SERVER 设置为 REQUIRED：默认值 REQUESTED 仍会接受不加密的客户端。SSL 选项（在专用端口上使用 TLS）是文档所述的替代方案。
rule-rds-oracle-encryption-in-transit-remediation = 附加一个 `AWS::RDS::OptionGroup`（EngineName 为 `oracle-ee`/`oracle-se2`），其 `OptionConfigurations` 包含 `OptionName: NATIVE_NETWORK_ENCRYPTION` 及设置 `SQLNET.ENCRYPTION_SERVER: REQUIRED`（或 `SSL` 选项），并从 `OptionGroupName` 引用该选项组。Terraform：定义包含 `option {"{"} option_name = "NATIVE_NETWORK_ENCRYPTION" option_settings {"{"} name = "SQLNET.ENCRYPTION_SERVER" value = "REQUIRED" {"}"} {"}"}` 的 `aws_db_option_group`，并从 `option_group_name` 引用。
rule-rds-sqlserver-audit-rationale = 白皮书要求包含 PHI 的 RDS for SQL Server 实例“在参数组中”启用审计。RDS 的合规计划支持通过将 `rds.sqlserver_audit` 参数设置为 `fedramp_hipaa` 来实现这一点，该设置会记录登录以及对数据库对象的更改。SQL Server Audit（选项组中的 `SQLSERVER_AUDIT` 选项）也能进行审计，会被接受并附注说明。
rule-rds-sqlserver-audit-remediation = 将设置了 `Parameters: {"{"}rds.sqlserver_audit: fedramp_hipaa{"}"}` 的自定义 `AWS::RDS::DBParameterGroup`（Family 为 `sqlserver-*`）附加到实例的 `DBParameterGroupName`。Terraform：定义包含 `parameter {"{"} name = "rds.sqlserver_audit" value = "fedramp_hipaa" apply_method = "pending-reboot" {"}"}` 的 `aws_db_parameter_group`，并从 `parameter_group_name` 引用。
rule-rds-sqlserver-edition-rationale = 白皮书仅支持在 RDS for SQL Server 的 Web、Standard 和 Enterprise 版本（2008 R2：仅 Enterprise）上存放 PHI，并指出 SQL Server Express“不受支持，绝不应用于存储 PHI”：Express 无法提供白皮书所要求的加密和审计。
rule-rds-sqlserver-edition-remediation = 将 `Engine` 设置为 `sqlserver-web`、`sqlserver-se` 或 `sqlserver-ee`（Terraform 中为 `engine`）；Express 数据库必须迁移（通过本机备份和还原）到受支持的版本。
rule-rds-tls-enforced-rationale = 白皮书中关于 RDS for MySQL、MariaDB、PostgreSQL 和 SQL Server 以及两种 Aurora 版本的章节要求传输 PHI 的连接使用传输加密。RDS 在所有引擎上都提供 TLS，但除非服务器拒绝，否则客户端仍可以明文连接：参数组中的 `rds.force_ssl`（PostgreSQL、Aurora PostgreSQL、SQL Server“强制 SSL”）或 `require_secure_transport`（MySQL、MariaDB、Aurora MySQL）可使数据库拒绝未加密的会话。
rule-rds-tls-enforced-remediation = 附加一个要求使用 TLS 的自定义参数组。CloudFormation：定义设置了 `Parameters: {"{"}rds.force_ssl: 1{"}"}` 或 `{"{"}require_secure_transport: 'ON'{"}"}` 的 `AWS::RDS::DBParameterGroup`（对于 Aurora，在集群的 `DBClusterParameterGroupName` 上使用 `AWS::RDS::DBClusterParameterGroup`），并从 `DBParameterGroupName` 引用。Terraform：定义包含 `parameter {"{"} name = "rds.force_ssl" value = "1" {"}"}` 或 `parameter {"{"} name = "require_secure_transport" value = "ON" {"}"}` 的 `aws_db_parameter_group`（或 `aws_rds_cluster_parameter_group`），并从 `parameter_group_name`（`db_cluster_parameter_group_name`）引用。
rule-redshift-audit-logging-rationale = HIPAA 的审计控制标准（164.312(b)）要求记录包含 ePHI 的系统中的活动。Redshift 审计日志记录会将连接、用户变更以及（启用 `enable_user_activity_logging` 时）每条查询记录到 S3 或 CloudWatch Logs；除非集群配置了 `LoggingProperties`，否则此功能处于关闭状态。
rule-redshift-audit-logging-remediation = 设置包含 `BucketName`（及 `S3KeyPrefix`）的 `LoggingProperties`，或设置 `LogDestinationType: cloudwatch` 及 `LogExports: [connectionlog, userlog, useractivitylog]`；为记录查询日志，在集群参数组中将 `enable_user_activity_logging` 设置为 true。Terraform：为集群定义 `aws_redshift_logging` 资源。
rule-redshift-encryption-at-rest-rationale = 白皮书要求保存 PHI 的 Redshift 集群启用加密，该加密采用四层密钥层次结构（集群密钥位于 KMS 或 CloudHSM 中），涵盖所有数据块、系统元数据和备份。自 2025 年 1 月起，Redshift 默认加密新集群，但未声明 `Encrypted` 的模板不能作为证据，且较早的集群默认不加密。
rule-redshift-encryption-at-rest-remediation = 在集群上设置 `Encrypted: true` 和 `KmsKeyId`（客户托管密钥）；Terraform：在 `aws_redshift_cluster` 上设置 `encrypted = true` 和 `kms_key_id`。
rule-redshift-require-ssl-rationale = 白皮书要求与包含 PHI 的 Redshift 集群的连接使用传输加密。除非集群的参数组将 `require_ssl` 设置为 true，否则集群同时接受 SSL 连接和明文连接。未设置该参数的自定义参数组会继承 false；Redshift 对 2025 年 1 月以后创建的集群应用的默认参数组将其设置为 true，但未指定参数组的模板无法体现这一点。
rule-redshift-require-ssl-remediation = 通过 `ClusterParameterGroupName` 附加设置了 `Parameters: [{"{"}ParameterName: require_ssl, ParameterValue: 'true'{"}"}]` 的 `AWS::Redshift::ClusterParameterGroup`；Terraform：定义包含 `parameter {"{"} name = "require_ssl" value = "true" {"}"}` 的 `aws_redshift_parameter_group`，并从 `cluster_parameter_group_name` 引用。
rule-rekognition-no-phi-in-ids-rationale = 源自 Rekognition 章节：不要在集合 ID、外部图像 ID 和项目名称中使用 PHI，这些是标识符而非加密内容。
rule-rekognition-no-phi-in-ids-remediation = 使用不透明 ID，并将其与患者之间的映射保存在加密存储中。CloudFormation：`AWS::Rekognition::Collection` `CollectionId`、`Project` `ProjectName`；Terraform：`aws_rekognition_collection` `collection_id`。
rule-route53-no-phi-in-names-rationale = 白皮书指出：不要在 Route 53 资源名称或标签中存储 PHI，这些信息不会被加密；仅使用 Route 53 将流量路由到处理 PHI 的资源。
rule-route53-no-phi-in-names-remediation = 使用中性的主机名和记录值。CloudFormation：`AWS::Route53::HostedZone` `Name`/`HostedZoneTags`、`AWS::Route53::RecordSet` `Name`/`ResourceRecords`、`AWS::Route53::HealthCheck` `HealthCheckConfig`/`HealthCheckTags`；Terraform：`aws_route53_zone`、`aws_route53_record`、`aws_route53_health_check`。
rule-s3-bucket-access-logging-rationale = 白皮书的审计章节要求提供活动日志，显示谁从何处访问了哪些数据（164.312(b)）。CloudTrail 仅记录存储桶级别的 API 调用；对象的读取和写入会出现在 S3 服务器访问日志或 CloudTrail 数据事件中。两者均可计入：存储桶上的 LoggingConfiguration，或者事件选择器包含针对所有存储桶或此存储桶的 AWS::S3::Object 数据事件且正在记录日志的跟踪。接收其他存储桶访问日志的存储桶（LoggingConfiguration 的目标、具有 LogDeliveryWrite ACL 或具有向 logging.s3.amazonaws.com 授权的策略的存储桶）为不适用：将日志存储桶的日志记录到其自身会形成循环，也不是白皮书的要求。
rule-s3-bucket-access-logging-remediation = 在存储桶上设置 `LoggingConfiguration: {"{"}DestinationBucketName: !Ref AccessLogsBucket, LogFilePrefix: <prefix>{"}"}`，或在 CloudTrail 跟踪中为其添加 `AWS::S3::Object` 数据事件选择器；在 Terraform 中，为该存储桶定义 `aws_s3_bucket_logging`（或在 `aws_cloudtrail` 上设置 `event_selector` `data_resource`）。
rule-s3-no-phi-in-names-rationale = 白皮书指出：切勿在存储桶名称、对象键或对象元数据中使用 PHI，因为 SSE 和常见的客户端加密都不涵盖这些内容。名称和键前缀还会出现在事件通知、访问日志和 CloudTrail 记录中，而这些内容会被 PHI 边界以外的人员和服务读取。
rule-s3-no-phi-in-names-remediation = 将存储桶或前缀重命名为中性的标识符（由应用程序在加密存储中映射到患者的不透明 ID）。在 CloudFormation 中：`BucketName`、`Tags` 以及生命周期/通知/清单的 `Prefix` 值；在 Terraform 中：`aws_s3_bucket.bucket`、`tags`、`aws_s3_bucket_lifecycle_configuration` 筛选条件以及 `aws_s3_object.key`/`metadata`。
rule-s3-transfer-acceleration-protected-rationale = Transfer Acceleration 会通过公共互联网经由 CloudFront 边缘站点路由上传和下载。白皮书要求按照 S3 的指导，对以这种方式传输的 PHI 进行传输中加密和静态加密：在 `aws:SecureTransport` 为 false 时拒绝请求的存储桶策略（加速端点也提供 HTTP 服务），以及默认加密。
rule-s3-transfer-acceleration-protected-remediation = 在已启用加速的存储桶上声明 `BucketEncryption`（SSE-S3 或 SSE-KMS），并添加一条 `AWS::S3::BucketPolicy` 语句，在 `aws:SecureTransport` 为 false 时拒绝 `Principal: "*"` 执行 `s3:*`；在 Terraform 中，定义 `aws_s3_bucket_server_side_encryption_configuration` 以及包含该语句的 `aws_s3_bucket_policy`。
rule-sagemaker-endpoint-kms-rationale = 模型托管实例会将模型以及所捕获或缓存的推理数据（可能是 PHI）保存在附加的 EBS 卷上。白皮书要求通过在终端节点配置中指定 KMS 密钥来加密该存储。具有本地 NVMe 存储的实例类型由硬件加密，不接受密钥；无服务器终端节点没有附加卷。
rule-sagemaker-endpoint-kms-remediation = 在 `AWS::SageMaker::EndpointConfig` 上设置 `KmsKeyId`（Terraform：在 `aws_sagemaker_endpoint_configuration` 上设置 `kms_key_arn`），并授予终端节点的执行角色使用该密钥的权限。
rule-sagemaker-job-output-kms-rationale = 训练构件、处理和转换输出以及监控报告均派生自 PHI。白皮书要求使用在作业输出配置中指定的 KMS 密钥（训练作业为 OutputDataConfig.KmsKeyId）对其进行加密；否则 SageMaker 会回退到账户的 AWS 托管 S3 密钥。从代码启动的训练作业是任何模板之外的 API 调用；此规则读取模板确实定义的作业：SageMaker Pipelines 步骤和模型监控作业定义。
rule-sagemaker-job-output-kms-remediation = 在每个作业的输出配置中指定 KMS 密钥：训练步骤为 `OutputDataConfig.KmsKeyId`，处理为 `ProcessingOutputConfig.KmsKeyId`，转换为 `TransformOutput.KmsKeyId`，监控为 `<Kind>JobOutputConfig.KmsKeyId` 或 `MonitoringOutputConfig.KmsKeyId`（Terraform：相同块中的 `kms_key_id`）。同时指定卷密钥（`ResourceConfig.VolumeKmsKeyId`、`ClusterConfig.VolumeKmsKeyId`）。
rule-sagemaker-notebook-kms-rationale = 处理 PHI 的数据科学家会将数据摘录、笔记本和模型文件保存在笔记本实例的 ML 存储卷或 Studio 域的 EFS 主目录中。指定 KMS 密钥可使该存储置于团队控制的密钥之下，且该密钥的使用会由 CloudTrail 记录。
rule-sagemaker-notebook-kms-remediation = 在 `AWS::SageMaker::NotebookInstance` 和 `AWS::SageMaker::Domain` 上设置 `KmsKeyId`；在 Terraform 中，在 `aws_sagemaker_notebook_instance` 和 `aws_sagemaker_domain` 上设置 `kms_key_id`。密钥在创建时即已固定。
rule-sagemaker-notebook-no-direct-internet-rationale = 默认情况下，笔记本实例会获得一个由 SageMaker 管理、可直接访问互联网的网络接口，该接口不受团队 VPC 控制措施的约束，PHI 可能经由它被复制到任何地方。禁用直接访问后，笔记本只能通过 VPC（NAT、终端节点、防火墙、流日志）访问互联网，这正是源自白皮书的笔记本指导所要求的。
rule-sagemaker-notebook-no-direct-internet-remediation = 设置 `DirectInternetAccess: Disabled`，并在私有子网中指定 `SubnetId` 和 `SecurityGroupIds`，同时为 S3 和 SageMaker 添加 VPC 终端节点；在 Terraform 中，在 `aws_sagemaker_notebook_instance` 上设置 `direct_internet_access = "Disabled"`。
rule-secretsmanager-no-plaintext-passwords-rationale = 写在模板中或参数默认值中的密码，任何有权访问代码仓库、堆栈模板和部署日志的人都可以读取，而且永远不会轮换。白皮书中关于 Secrets Manager 的指导（派生）是将数据库密码和令牌保存在 Secrets Manager 中：使用 `{"{"}{"{"}resolve:secretsmanager:...{"}"}{"}"}` 动态引用、服务托管的主密码，或者至少使用没有默认值的 NoEcho 参数。在部署时解析的值为合规；NoEcho 参数（或敏感变量）的字面默认值为不合规，因为该默认值会随模板一同提交（其值不会显示）；没有默认值的参数为无法判定。
rule-secretsmanager-no-plaintext-passwords-remediation = 使用 `ManageMasterUserPassword: true`（RDS、Aurora；Redshift 为 `ManageMasterPassword`）或 `{"{"}{"{"}resolve:secretsmanager:<secret>:SecretString:password{"}"}{"}"}`；在 Terraform 中，使用 `manage_master_user_password = true`，或使用从 `aws_secretsmanager_secret_version` 读取、代码中不含字面值的值。轮换所有已提交的密码。
rule-secretsmanager-secret-kms-rationale = Secrets Manager 始终使用 KMS 加密密钥；未设置 `KmsKeyId` 时，它会使用 AWS 托管密钥 aws/secretsmanager，白皮书接受这种做法。客户托管密钥可让团队通过密钥策略限制谁可以解密该密钥（跨账户共享密钥时也必须使用客户托管密钥）；指定该密钥是审计人员查阅的证据。
rule-secretsmanager-secret-kms-remediation = 在 `AWS::SecretsManager::Secret` 上将 `KmsKeyId` 设置为客户托管密钥（Terraform：在 `aws_secretsmanager_secret` 上设置 `kms_key_id`），并添加 `AWS::SecretsManager::RotationSchedule`。
rule-securityhub-enabled-rationale = 白皮书将 Security Hub 描述为汇总 GuardDuty、Inspector、Macie、IAM Access Analyzer 和 Firewall Manager 调查结果并推动修复的地方，即 HIPAA 所要求的信息系统活动审查和事件响应。此规则着眼于整个扫描，当扫描的文件中未定义任何中心时判定一次不合规（Security Hub 通常在基线堆栈中启用，该堆栈也应纳入扫描）。在实时扫描中，每个被扫描的账户和区域都需要一个中心（securityhub:DescribeHub）：没有中心的区域为不合规，调用被拒绝的区域为无法判定，并注明该调用。
rule-securityhub-enabled-remediation = 定义 `AWS::SecurityHub::Hub`（保持 `EnableDefaultStandards` 为 true，或为 AWS 基础安全最佳实践添加 `AWS::SecurityHub::Standard`）；在 Terraform 中，定义 `aws_securityhub_account` 和 `aws_securityhub_standards_subscription`。添加 `AWS::AccessAnalyzer::Analyzer`，使其调查结果汇入该中心。
rule-servicecatalog-no-phi-rationale = 白皮书指出：Service Catalog 不能用于存储、传输或处理 PHI；不要在产品或产品组合的元数据或描述中放入 PHI。
rule-servicecatalog-no-phi-remediation = 按功能描述产品；使用引用 PHI 存储而非 PHI 本身的参数进行预置。CloudFormation：`AWS::ServiceCatalog::Portfolio`、`CloudFormationProduct`、`CloudFormationProvisionedProduct` `ProvisioningParameters`；Terraform：`aws_servicecatalog_portfolio`、`aws_servicecatalog_product`、`aws_servicecatalog_provisioned_product`。
rule-cloudmap-no-phi-in-names-rationale = 白皮书指出：不要在 Cloud Map 资源名称或属性中存储 PHI；Cloud Map 仅用于发现处理 PHI 的资源。
rule-cloudmap-no-phi-in-names-remediation = 按功能为命名空间、服务和实例命名。CloudFormation：`AWS::ServiceDiscovery::*` `Name`/`Description`/`InstanceAttributes`；Terraform：`aws_service_discovery_*` `name`/`description`。
rule-ses-event-destination-rationale = 除 CloudTrail 对 API 调用的记录外，白皮书还要求监控 SES 的发送活动（发送、拒绝、退回、送达）。配置集仅会将这些事件发布到附加于其上的事件目标；没有事件目标时，就无法记录哪些包含 PHI 的邮件已送达、被退回或被拒绝。
rule-ses-event-destination-remediation = 附加一个 `Enabled: true` 的 `AWS::SES::ConfigurationSetEventDestination`（CloudWatch、Firehose、EventBridge 或 SNS），并包含发送、送达、退回、拒绝和投诉事件；在 Terraform 中，定义 `aws_ses_event_destination` 或 `aws_sesv2_configuration_set_event_destination`。
rule-ses-receipt-s3-kms-rationale = 发往医疗保健域的入站邮件（转诊、患者回复）通常包含 PHI。白皮书要求 SES 在将收到的邮件存储到 S3 之前使用 KMS 对其进行加密，当 S3 操作指定了 KMS 密钥时即会如此；存储桶自身的加密由 S3 规则判定。
rule-ses-receipt-s3-kms-remediation = 在接收规则的每个 `S3Action`（`Rule.Actions[].S3Action`）中设置 `KmsKeyArn`；在 Terraform 中，在 `aws_ses_receipt_rule` 的 `s3_action` 块中设置 `kms_key_arn`。密钥策略必须允许 ses.amazonaws.com 使用该密钥。
rule-ses-tls-required-rationale = SES 会首先尝试以 TLS 连接接收邮件服务器，但在无法协商 TLS 时会回退为未加密投递。白皮书给出的解决方法是使用 TlsPolicy 为 Require 的配置集：这样 SES 会退回邮件，而不是以明文发送 PHI。邮件必须使用该配置集发送，例如将其设为身份的默认配置集（EmailIdentity ConfigurationSetAttributes）。
rule-ses-tls-required-remediation = 在 `AWS::SES::ConfigurationSet` 上设置 `DeliveryOptions: {"{"}TlsPolicy: REQUIRE{"}"}`，并将其设为发送身份的默认配置集；在 Terraform 中，在 `aws_sesv2_configuration_set` 上设置 `delivery_options {"{"} tls_policy = "REQUIRE" {"}"}`（或在 `aws_ses_configuration_set` 上设置 `tls_policy = "Require"`）。
rule-sns-subscription-https-rationale = 白皮书要求发送到 SNS 的 PHI 通过其 HTTPS 端点传输。对于 SNS 继续转发的内容也是如此：`http` 订阅会通过互联网以明文投递每条消息。`https` 以及向 SQS、Lambda、Firehose 和移动推送服务的投递均使用 TLS。电子邮件和 SMS 投递在离开 AWS 后不具备端到端加密；无法从模板判断是否会向其发送 PHI，因此将其报告为无法判定：请勿在这些通知中包含 PHI。
rule-sns-subscription-https-remediation = 将订阅的 `Protocol` 更改为 `https` 并使用 `https://` 端点（Terraform：在 `aws_sns_topic_subscription` 上设置 `protocol = "https"`），或投递到 SQS 队列或 Lambda 函数。向电子邮件和 SMS 订阅者仅发送引用（记录 ID），切勿发送 PHI。
rule-sns-topic-encryption-rationale = SNS 会存储每条消息直至其被投递。BAA 规定必须对静态 PHI 进行加密，而只有当主题指定了 KMS 密钥时，SNS 才会加密存储的消息：没有默认加密。KMS 密钥还会在 CloudTrail 中记录每次使用。
rule-sns-topic-encryption-remediation = 在主题上将 `KmsMasterKeyId` 设置为客户托管的 KMS 密钥（或 `alias/aws/sns`）；在 Terraform 中，在 `aws_sns_topic` 上设置 `kms_master_key_id`。向该主题发布消息的发布者和 AWS 服务需要对该密钥拥有 `kms:GenerateDataKey` 和 `kms:Decrypt` 权限。
rule-sqs-queue-tls-only-rationale = 白皮书要求 SQS 查询请求使用 HTTPS。SQS 也会在 HTTP 端点上响应，因此只有在 `aws:SecureTransport` 为 false 时拒绝所有主体的队列策略，才能保证包含 PHI 的消息绝不以明文传输。此规则使用一个小型内置评估器读取该策略：要求存在针对 Principal `*`、涵盖 sqs:SendMessage 和 sqs:ReceiveMessage 且没有缩小范围条件的 Deny。
rule-sqs-queue-tls-only-remediation = 附加包含 `{"{"}Effect: Deny, Principal: "*", Action: "sqs:*", Resource: <queue ARN>, Condition: {"{"}Bool: {"{"}aws:SecureTransport: "false"{"}"}{"}"}{"}"}` 的 `AWS::SQS::QueuePolicy`（或 `AWS::SQS::QueueInlinePolicy`）；在 Terraform 中，定义包含该语句的 `aws_sqs_queue_policy`。
rule-ssm-no-phi-in-identifiers-rationale = 白皮书指出：不要在 Systems Manager 元数据或标识符（如文档名称和参数名称）中包含 PHI。CloudFormation 只能创建 String 和 StringList 参数，这些参数以明文存储。
rule-ssm-no-phi-in-identifiers-remediation = 按用途为参数和文档命名（`/clinic/prod/intake/queue-url`）。CloudFormation：`AWS::SSM::Parameter` `Name`/`Value`/`Description`、`AWS::SSM::Document` `Name`；Terraform：`aws_ssm_parameter` `name`/`value`/`description`、`aws_ssm_document` `name`。
rule-ssm-output-encrypted-rationale = Run Command 输出和 Session Manager 会话记录可能包含 PHI（查询结果、日志行、文件列表）。白皮书指出，此时适用接收服务的 PHI 指导：接收关联或维护时段输出的 S3 存储桶必须声明默认加密，且 Session Manager 首选项必须保持 S3 和 CloudWatch 加密处于开启状态。
rule-ssm-output-encrypted-remediation = 在 `OutputLocation.S3Location.OutputS3BucketName`（关联）或 `MaintenanceWindowRunCommandParameters.OutputS3BucketName` 所指定的存储桶上声明 `BucketEncryption`；在 Session Manager 首选项文档（`SSM-SessionManagerRunShell`，`DocumentType: Session`）中将 `s3EncryptionEnabled` 和 `cloudWatchEncryptionEnabled` 设置为 true（对于会话数据还需设置 `kmsKeyId`）。在 Terraform 中，设置 `aws_ssm_association` 上的 `output_location` 以及 `aws_ssm_document` 的 `content`。
rule-ssm-parameter-secure-string-rationale = String 和 StringList 参数以明文存储和返回；只有 SecureString 参数使用 KMS 加密。CloudFormation 无法创建 SecureString 参数，因此在 AWS::SSM::Parameter 中存储密码、令牌或 API 密钥的模板会使其保持未加密状态（且保留在模板中）。此规则判定名称表明其保存机密信息的参数；值为存放在其他位置的密钥的 ARN 或引用时为合规。
rule-ssm-parameter-secure-string-remediation = 将该值存储在 Secrets Manager 中（使用 `GenerateSecretString` 的 `AWS::SecretsManager::Secret`），或在 CloudFormation 之外创建 SecureString 参数；在 Terraform 中，在 `aws_ssm_parameter` 上设置 `type = "SecureString"`（并设置 `key_id`）。
rule-stepfunctions-logging-no-data-rationale = 源自 Step Functions 章节：启用 `IncludeExecutionData` 时，每个状态的输入和输出都会发送到 CloudWatch Logs，因此混入工作流的任何 PHI 都会被复制到日志中。只有使用 KMS 密钥加密的日志组才能保护该副本并留下密钥使用记录。
rule-stepfunctions-logging-no-data-remediation = 设置 `LoggingConfiguration.IncludeExecutionData: false`，或将日志发送到设置了 `KmsKeyId` 的 `AWS::Logs::LogGroup`。Terraform：`aws_sfn_state_machine` `logging_configuration {"{"} include_execution_data = false {"}"}`，或设置了 `kms_key_id` 的 `aws_cloudwatch_log_group`。
rule-stepfunctions-no-phi-rationale = 白皮书指出：Step Functions 不能用于存储、传输或处理 PHI；不要在其元数据、任务定义或状态机定义中放置 PHI。标记为保存 PHI 的状态机与此相矛盾；定义中的字面值（Parameters、Result、Pass 状态）、替换项、名称和标签均以明文存储和记录。
rule-stepfunctions-no-phi-remediation = 在状态之间传递引用（不含 PHI 的 S3 键或记录 ID），由任务从加密存储中读取 PHI；不要在 `StateMachineName`、`Definition`/`DefinitionString`、`DefinitionSubstitutions` 和 `Tags` 中包含 PHI（Terraform：`aws_sfn_state_machine` `name`、`definition`、`tags`），也不要将状态机标记为 PHI 系统。
rule-storagegateway-audit-logging-rationale = 白皮书要求对用于 PHI 的任何 Storage Gateway 配置进行完整的日志记录。文件共享审计日志会记录谁打开、更改或删除了每个文件；网关的 CloudWatch 日志组会记录其运行状况和错误。除非指定了目标，否则两者均处于关闭状态。网关没有 CloudFormation 类型；网关部分从 Terraform 的 `aws_storagegateway_gateway` 读取。
rule-storagegateway-audit-logging-remediation = 在每个文件共享上将 `AuditDestinationARN` 设置为 CloudWatch Logs 日志组的 ARN（Terraform：`audit_destination_arn`），并在 `aws_storagegateway_gateway` 上设置 `cloudwatch_log_group_arn`。
rule-storagegateway-file-share-encryption-rationale = 文件网关将每个文件存储为 S3 对象，默认使用 SSE-S3 加密，当共享要求时则使用 KMS 密钥（SSE-KMS、DSSE-KMS）加密。白皮书接受两者中的任一方式；声明所作选择（`EncryptionType` 或 `KMSEncrypted`）是审计人员查阅的证据，而 KMS 密钥会留下使用记录。文件名仍是未加密的元数据，不得包含 PHI。
rule-storagegateway-file-share-encryption-remediation = 在文件共享上设置 `EncryptionType: SseKms` 及 `KMSKey`（或 `KMSEncrypted: true` 及 `KMSKey`，或设置 `EncryptionType: SseS3` 以记录默认设置）；在 Terraform 中，在 `aws_storagegateway_nfs_file_share` / `aws_storagegateway_smb_file_share` 上设置 `kms_encrypted = true` 和 `kms_key_arn`（对于 SMB，还需设置 `smb_security_strategy = "MandatoryEncryption"`）。
rule-transfer-server-logging-rationale = CloudTrail 记录的是 Transfer Family API 调用，而不是谁上传或下载了哪个文件。只有当服务器具有日志记录角色或结构化日志目标时，才会将这些会话和文件事件写入 CloudWatch Logs；没有这些设置时，就不会有对经由该服务器传输的 PHI 的访问记录。
rule-transfer-server-logging-remediation = 在 `AWS::Transfer::Server` 上设置 `LoggingRole`（允许 logs:CreateLogStream/PutLogEvents 的角色）或 `StructuredLogDestinations`（日志组 ARN）；在 Terraform 中，在 `aws_transfer_server` 上设置 `logging_role` 或 `structured_log_destinations`。
rule-transfer-server-no-ftp-rationale = Transfer Family 将文件（理赔批次、检验结果）传入 S3 或 EFS。FTP 以明文发送凭证和文件内容；SFTP、FTPS 和 AS2 则会对其加密。在协议中列出 FTP 的服务器会使合作伙伴能够以未加密形式发送 PHI。
rule-transfer-server-no-ftp-remediation = 从 `Protocols` 中删除 `FTP`（使用 `SFTP` 或 `FTPS`）；在 Terraform 中，设置 `aws_transfer_server` 上的 `protocols`。使用当前的 `SecurityPolicyName`，例如 TransferSecurityPolicy-2024-01。
rule-transfer-user-home-bucket-encrypted-rationale = Transfer Family 自身不存储任何内容：文件会存入用户主目录所在的 S3 存储桶，白皮书指出该存储桶必须按照 S3 的指导进行配置，首先是默认加密。使用 EFS 作为后端的服务器的用户由 EFS 规则判定。
rule-transfer-user-home-bucket-encrypted-remediation = 在 `HomeDirectory`（`/bucket/prefix`）或每个 `HomeDirectoryMappings[].Target` 中的存储桶上声明 `BucketEncryption`；在 Terraform 中，为 `aws_transfer_user` 的存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-vmie-bucket-encrypted-rationale = 处理过 PHI 的服务器的磁盘映像包含 PHI。VM Import/Export 通过 `vmimport` 服务角色在 S3 中读取和写入这些映像；白皮书要求这些存储桶符合 S3 的指导。此规则会查找由 vmie.amazonaws.com 代入的角色的策略中所指定的存储桶，并判定其默认加密。导入任务本身（带 Encrypted 的 ec2:ImportImage）是模板之外的 API 调用。
rule-vmie-bucket-encrypted-remediation = 在 `vmimport` 角色可读取或写入的每个存储桶上声明 `BucketEncryption`（SSE-S3 或 SSE-KMS），并使用 `--encrypted`（及 KMS 密钥）导入映像，使生成的 EBS 快照得到加密。在 Terraform 中，为上述每个存储桶定义 `aws_s3_bucket_server_side_encryption_configuration`。
rule-vpc-flow-logs-rationale = 白皮书建议将 VPC 流日志作为处理 PHI 的实例所接受和拒绝的连接的审计记录。针对 VPC（或每个子网）且 TrafficType 为 ALL 的流日志会同时记录两者；仅 ACCEPT 或仅 REJECT 的日志会使一半的连接未被记录。此处无法看到在其他堆栈中定义的流日志。
rule-vpc-flow-logs-remediation = 添加一个 `AWS::EC2::FlowLog`，设置 `ResourceType: VPC`、`ResourceId: !Ref Vpc` 和 `TrafficType: ALL`，并投递到 CloudWatch Logs 或 S3；在 Terraform 中，定义设置了 `vpc_id` 和 `traffic_type = "ALL"` 的 `aws_flow_log`。
rule-vpc-security-group-open-ingress-rationale = 白皮书要求使用安全组和网络 ACL 保护处理 PHI 的实例免受未经授权的网络访问。在 SSH、RDP、数据库端口或所有端口上向 0.0.0.0/0 或 ::/0 开放的入站规则会使实例暴露于整个互联网。Web 端口 80 和 443 是可接受的（公有负载均衡器需要这些端口；由 HTTPS 规则判定其提供的内容）。不对网络 ACL 进行判定：允许全部流量的 ACL 是 VPC 的默认设置，在由安全组执行筛选时属于正常情况。
rule-vpc-security-group-open-ingress-remediation = 将入站规则（内联 `SecurityGroupIngress` 或 `AWS::EC2::SecurityGroupIngress`）的 `CidrIp`/`CidrIpv6` 限制为已知范围、前缀列表或源安全组；使用 Session Manager，而不是开放 SSH/RDP。在 Terraform 中，缩小 `ingress` 块、`aws_security_group_rule` 或 `aws_vpc_security_group_ingress_rule` 的 `cidr_blocks` / `ipv6_cidr_blocks`。
rule-waf-protected-resource-https-rationale = Web ACL 会筛选请求，但不会对其加密。白皮书提醒，发往受 WAF 保护的应用程序的 PHI 流量仍必须按照 EC2 和 ELB 的指导进行传输中加密。对于与扫描中的负载均衡器的每个关联，每个 HTTP 侦听器都必须重定向到 HTTPS；对于带有 Web ACL 的分配，查看器必须被重定向到 HTTPS，且自定义源必须通过 HTTPS 访问。API Gateway、AppSync 和 Cognito 端点仅支持 HTTPS。无法根据名称判定是否已在 WAF 日志中编辑掉包含 PHI 的字段。
rule-waf-protected-resource-https-remediation = 为负载均衡器提供 HTTPS 侦听器，并使其 HTTP 侦听器重定向到 HTTPS；在分配上设置 `ViewerProtocolPolicy: redirect-to-https`（或 `https-only`）和 `OriginProtocolPolicy: https-only`。在 Terraform 中，定义带有重定向 `default_action` 的 `aws_lb_listener`，并在 `aws_cloudfront_distribution` 上设置 `viewer_protocol_policy` / `origin_protocol_policy`。对于包含 PHI 的标头，在 Web ACL 的日志记录配置中添加 `RedactedFields`。
rule-workspaces-volume-encryption-rationale = 使用 WorkSpaces 的临床医生和计费人员会将 PHI 保存在用户卷（D:）上，并保存在根卷（C:）上的缓存和临时文件中。白皮书要求使用 KMS 加密这两个卷，这同时也会加密其快照。除非提出请求，否则加密处于关闭状态，且只能在创建 WorkSpace 时选择。
rule-workspaces-volume-encryption-remediation = 在 `AWS::WorkSpaces::Workspace` 上设置 `RootVolumeEncryptionEnabled: true`、`UserVolumeEncryptionEnabled: true` 和 `VolumeEncryptionKey`（对称 KMS 密钥）；在 Terraform 中，在 `aws_workspaces_workspace` 上设置 `root_volume_encryption_enabled`、`user_volume_encryption_enabled` 和 `volume_encryption_key`。现有 WorkSpaces 必须重建。
rule-backup-recent-recovery-point-rationale = HIPAA 数据备份计划（164.308(a)(7)(ii)(A)）要求保留可检索的 ePHI 精确副本，白皮书为此推荐使用 AWS Backup。模板中的备份计划表明将会创建副本；只有账户才能表明副本确已创建。在实时扫描中，AWS Backup 可保护的每个 PHI 存储（S3 存储桶、RDS 实例和集群、DynamoDB 表、EFS 和 FSx 文件系统、EBS 卷、EC2 实例、Redshift 集群）都需要一个 Status 为 COMPLETED 的恢复点（backup:ListRecoveryPointsByBackupVault），且其 CreationDate 距收集时间（CollectedAt）不超过 `max_recovery_point_age_days`。白皮书未规定频率；通常的基线是每日备份（AWS Config 的 backup-plan-min-frequency-and-min-retention-check 默认值为一天），而使用 AWS Backup 默认 8 小时启动时段的每日计划可能导致最新的已完成恢复点距今约 32 小时，因此默认限值为 2 天：所有正常运行的每日计划均判定为合规，备份已停止的存储则判定为不合规。模板扫描不产生结果（此时适用备份计划规则）。
rule-backup-recent-recovery-point-remediation = 将该存储分配给至少包含每日规则的 AWS Backup 计划（`aws backup create-backup-selection`），检查该计划的作业（`aws backup list-backup-jobs --by-state FAILED`），或在 phiguard.toml 中将 `max_recovery_point_age_days` 设置为您的应急计划的恢复点目标。
rule-cloudtrail-phi-bucket-data-events-rationale = 白皮书要求进行审计，以显示谁访问了哪些数据。S3 对象的读取和写入属于数据事件，跟踪仅会为其事件选择器所指定的存储桶（或所有存储桶）记录这些事件。在实时账户中，此规则会列出每个保存 PHI 的存储桶，并检查是否存在一个当前正在记录日志、覆盖该存储桶所在区域的跟踪，且该跟踪为其同时记录对象的读取和写入事件（类型为 `AWS::S3::Object` 且带有该存储桶 ARN 前缀或 `arn:aws:s3` 的 `EventSelectors` `DataResources`，或者针对 `eventCategory` `Data` 和 `resources.type` `AWS::S3::Object`、且 ARN 筛选条件包含该存储桶的高级选择器）。模板扫描不产生结果（此时适用静态的 `cloudtrail-data-events` 规则）。
rule-cloudtrail-phi-bucket-data-events-remediation = 将该存储桶添加到正在记录日志的跟踪的数据事件中：`aws cloudtrail put-event-selectors --trail-name <trail> --advanced-event-selectors '[{"{"}"FieldSelectors":[{"{"}"Field":"eventCategory","Equals":["Data"]{"}"},{"{"}"Field":"resources.type","Equals":["AWS::S3::Object"]{"}"},{"{"}"Field":"resources.ARN","StartsWith":["arn:aws:s3:::<bucket>/"]{"}"}]{"}"}]'`（同时保留一个管理事件选择器）。
rule-cloudtrail-records-api-calls-rationale = 对于大多数服务，白皮书的审计要求只有一句话：该服务的 API 调用由 CloudTrail 记录（AppFlow、AppStream、Athena、CloudWatch、EventBridge、Glue、HealthLake、Kinesis Video Streams、Pinpoint、Polly、QLDB、SageMaker、SNS、SQS、SWF、Textract、OpenSearch、FSx；以及 KMS，其密钥使用记录即为加密 PHI 的审计记录）。CloudTrail 会将每个服务的控制面调用记录为管理事件，因此一项检查即可如实回应所有这些要求：在每个被扫描的账户和区域中，存在一个当前正在记录日志（GetTrailStatus）、覆盖该区域（多区域跟踪，或主区域位于该区域）并记录读取和写入管理事件且未排除任何事件源（`ExcludeManagementEventSources`、高级选择器的 `eventSource`）的跟踪。在此处列举每个服务的要求，而不是为每个服务设置一条会重复相同判定结果的规则，可使报告如实反映所检查的内容。只有实时账户才能回答这一问题（模板无法表明跟踪当前正在记录日志）：模板扫描不产生结果；此时适用静态 CloudTrail 规则。当无法列出跟踪时（cloudtrail:DescribeTrails 被拒绝），判定结果为无法判定，并注明该调用。
rule-cloudtrail-records-api-calls-remediation = 创建（或开启）多区域跟踪：`aws cloudtrail create-trail --name org-audit --s3-bucket-name <bucket> --is-multi-region-trail --enable-log-file-validation --kms-key-id <key>`，然后执行 `aws cloudtrail start-logging --name org-audit`；将其事件选择器保持为 `ReadWriteType: All` 及 `IncludeManagementEvents: true`，且不设置 `ExcludeManagementEventSources`（尤其不要排除 `kms.amazonaws.com`）。在 CloudFormation 中，定义设置了 `IsLogging: true`、`IsMultiRegionTrail: true` 的 `AWS::CloudTrail::Trail`。
rule-ebs-encryption-by-default-rationale = 白皮书要求对保存 PHI 的卷进行 EBS 加密。默认加密是按区域设置的账户设置（ec2:GetEbsEncryptionByDefault）：开启后，每个新卷和快照副本都会被加密，包括手动创建的、由 Auto Scaling 创建的，或由模板中遗漏了 `Encrypted` 的工具创建的卷和副本。这是按卷判定的规则无法提供的账户级保护措施；只有实时账户才能回答这一问题，因此模板扫描不产生结果。
rule-ebs-encryption-by-default-remediation = 在您使用的每个区域中执行 `aws ec2 enable-ebs-encryption-by-default --region <region>`（并可选择执行 `aws ec2 modify-ebs-default-kms-key-id --kms-key-id <customer key>`）。
rule-elasticache-security-updates-rationale = 白皮书指出，ElastiCache 不会自行应用安全服务更新：客户必须在建议的最迟应用日期当天或之前应用每个类型为 security-update 的更新（风险管理和防范恶意软件，164.308(a)(1)(ii)(B)、164.308(a)(5)(ii)(B)）。收集器会列出更新操作（elasticache:DescribeUpdateActions）；以收集时间为准，安全更新的某项操作在其 ServiceUpdateRecommendedApplyByDate 之后仍未完成时为不合规；尚未到期的操作为合规，并注明其日期。其他更新类型为不适用。只有实时账户才能回答这一问题：模板扫描不产生结果。
rule-elasticache-security-updates-remediation = 应用该更新：`aws elasticache batch-apply-update-action --service-update-name <name> --replication-group-ids <id>`（或在控制台的“服务更新”页面中应用），如有需要，可在集群的维护时段内进行。
rule-iam-console-user-mfa-rationale = 白皮书要求每个账户（包括用户）都使用 MFA（个人或实体身份验证，164.312(d)），并要求 Comprehend 等服务的用户使用 MFA。没有 MFA 的控制台密码只需一次凭证被钓鱼，即可让攻击者访问该用户可读取的所有 PHI 存储。收集器会读取 IAM 凭证报告（`CredentialReport.PasswordEnabled`、`MfaActive`）；没有密码的用户（仅限编程访问）在此处为不适用（其访问密钥由访问密钥规则判定）。只有实时账户才能回答这一问题：模板扫描不产生结果。
rule-iam-console-user-mfa-remediation = 为每个控制台用户分配 MFA 设备（`aws iam enable-mfa-device`），通过策略强制使用 MFA，即除非 `aws:MultiFactorAuthPresent` 为 true，否则拒绝 MFA 自助服务以外的所有操作，并优先使用 IAM Identity Center 用户（集中强制执行 MFA）而非 IAM 用户。
rule-iam-console-user-no-access-keys-rationale = 白皮书要求人员在编程访问时使用临时凭证（IAM Identity Center、角色），而不是长期 IAM 访问密钥，后者永不过期，并会通过笔记本电脑、脚本和代码仓库泄露。拥有控制台密码的用户是人员；与之并存的活跃访问密钥（凭证报告中的 `AccessKey1Active`/`AccessKey2Active`）正是白皮书建议避免的长期凭证。没有密码的用户（工作负载）在此处为不适用。只有实时账户才能回答这一问题：模板扫描不产生结果（由静态的 iam-no-long-term-access-keys 规则判定模板创建的密钥）。
rule-iam-console-user-no-access-keys-remediation = 停用并删除该用户的访问密钥（`aws iam update-access-key --status Inactive`，然后执行 `aws iam delete-access-key`），并让该人员使用 `aws sso login`（IAM Identity Center）或通过 MFA 代入角色来使用 CLI。
rule-iam-root-mfa-rationale = 白皮书要求每个账户（包括根用户）都使用 MFA（个人或实体身份验证，164.312(d)）。根用户可以读取、共享和删除每个保存 PHI 的资源，且不受 IAM 策略限制，因此仅有密码是不够的。收集器会读取 IAM 凭证报告中 `<root_account>` 行的 `mfa_active`（`RootMfaActive`）；只有实时账户才能回答这一问题，因此模板扫描不产生结果。
rule-iam-root-mfa-remediation = 以根用户身份登录并分配 MFA 设备（IAM 控制台 → 安全凭证 → 多重身份验证；对根用户使用硬件设备或通行密钥设备），或者在 AWS Organizations 中集中管理根访问权限，并删除成员账户的根用户凭证。
rule-iam-root-no-access-keys-rationale = 白皮书要求保护账户凭证，并为每个人提供单独的身份（唯一用户标识，164.312(a)(2)(i)）。根访问密钥是一种长期凭证，对每个 PHI 存储拥有全部权限，无需 MFA 即可使用，并由任何持有者共享。收集器会读取 IAM 凭证报告中 `<root_account>` 行的 `access_key_1_active`/`access_key_2_active`（`RootAccessKeysActive`）；只有实时账户才能回答这一问题，因此模板扫描不产生结果。
rule-iam-root-no-access-keys-remediation = 以根用户身份登录，删除其访问密钥（IAM 控制台 → 安全凭证 → 访问密钥），并改为向工作负载提供角色，向人员提供 IAM Identity Center 用户。
rule-inspector-phi-instances-rationale = 白皮书建议使用 Amazon Inspector 对保存 PHI 的 EC2 实例进行漏洞评估（风险分析和评估，164.308(a)(1)(ii)(A)、164.308(a)(8)）。Inspector 按账户、区域和资源类型启用（inspector2:BatchGetAccountStatus，收集为带有 `ResourceTypes` 的 `AWS::Inspector2::Enabler`）：当实例运行所在之处已启用 EC2 扫描时，每个保存 PHI 的实例均判定为合规。只有实时账户才能回答这一问题：模板扫描不产生结果。
rule-inspector-phi-instances-remediation = 在运行 PHI 实例的每个区域中执行 `aws inspector2 enable --resource-types EC2 --account-ids <account>`（或从委派管理员为整个组织启用）。
rule-snapshot-encrypted-rationale = 白皮书依赖于加密卷和数据库的快照保持加密，并禁止存在 PHI 卷的未加密副本。未加密源的快照本身也是未加密的；不使用密钥创建的副本同样如此。无论是否带有标记，每个快照都会被判定：快照包含其源所保存的全部内容，且源的标签不会复制到快照上。只有实时账户才能列出快照（ec2:DescribeSnapshots、rds:DescribeDBSnapshots、rds:DescribeDBClusterSnapshots）。
rule-snapshot-encrypted-remediation = 以加密方式复制该快照（`aws ec2 copy-snapshot --encrypted --kms-key-id <key>`、`aws rds copy-db-snapshot --kms-key-id <key>`），删除未加密的快照，并加密其源；开启 EBS 默认加密。
rule-snapshot-not-public-rationale = 快照是其卷或数据库的完整副本。与 `all` 共享时，世界上任何 AWS 账户都可以还原该快照并读取其中的 PHI（访问控制，164.312(a)(1)）。收集器会读取快照的共享属性（ec2:DescribeSnapshotAttribute `createVolumePermission`、rds:DescribeDBSnapshotAttributes / DescribeDBClusterSnapshotAttributes `restore`）。无论是否带有标记，每个快照都会被判定：快照包含其源所保存的全部内容，且源的标签不会复制到快照上。与指定账户共享为合规（这是经过审查的决定，而非暴露）。
rule-snapshot-not-public-remediation = 取消公开共享：`aws ec2 modify-snapshot-attribute --snapshot-id <id> --attribute createVolumePermission --operation-type remove --group-names all`；`aws rds modify-db-snapshot-attribute --db-snapshot-identifier <id> --attribute-name restore --values-to-remove all`（对于 Aurora，使用 `modify-db-cluster-snapshot-attribute`）。开启 EC2 的快照阻止公开访问（`aws ec2 enable-snapshot-block-public-access --state block-all-sharing`）。
