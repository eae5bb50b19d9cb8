# 명령줄 도움말: 각 명령과 인수의 설명, clap 자체의 문구(제목, 자동 생성 옵션, 오류).
# 영어 원문은 en/help.ftl(clap 정의에서 생성)입니다. 옵션, 값, 경로는 그대로 둡니다.

## phiguard

help-about = HIPAA-on-AWS 백서에 비추어 AWS 아키텍처(CloudFormation, Terraform)를 검사합니다.
help-lang = 보고서와 메시지의 언어: en, ja, zh, ko, de(기본값: LC_ALL, LC_MESSAGES, LANG 순으로 따르며, 모두 없으면 en). ID, 속성 이름, 인용은 그대로 표시됩니다

## scan

help-scan-about = 템플릿을 스캔하고 검사 결과를 보고합니다
help-scan-after-help =
    종료 코드:
      0  --fail-on 이상인 부적합 검사 결과가 없습니다
      1  --fail-on 이상인 부적합 검사 결과가 있습니다
      2  사용법 또는 구성 오류, 읽을 수 없는 입력(나머지 입력은 보고됨), 입력을 전혀 읽지 못함
         (--allow-empty가 없는 경우), 실행할 규칙이 남지 않음, -o가 입력 파일을 가리킴,
         또는 스캔 기록(--history)을 쓸 수 없음
help-scan-paths = 스캔할 파일 또는 폴더. `aws`는 운영 중인 AWS 계정을 스캔합니다(아래 참조)
help-scan-params = 기본값을 재정의하는 CloudFormation 파라미터 값(반복 지정 가능)
help-scan-vars = Terraform 변수 값(반복 지정 가능, 변수 파일보다 우선함)
help-scan-var-files = Terraform 변수 파일, `.tfvars` 또는 `.tfvars.json`(반복 지정 가능, 나중 것이 우선함)
help-scan-root = Terraform의 `file()`, `templatefile()` 및 모듈 소스는 이 폴더 아래의 파일만 읽습니다(기본값: 스캔하는 경로를 포함하는 리포지토리, 없으면 그 경로들의 공통 폴더)
help-scan-input = 입력 형식을 감지하지 않고 이 형식으로 처리합니다
help-scan-input-cloudformation = CloudFormation 또는 SAM 템플릿(YAML 또는 JSON)
help-scan-input-terraform = Terraform 구성(`.tf`), 모듈 디렉터리별로 읽음
help-scan-input-terraform-plan = JSON 형식의 Terraform 플랜(`terraform show -json plan.out`)
help-scan-input-inventory = 운영 중인 계정을 저장한 인벤토리(`phiguard scan aws --save-inventory FILE`)
help-scan-config = 구성 파일(기본값: 현재 폴더에 phiguard.toml이 있으면 그 파일, 사용한 파일은 모든 보고서에 표시됨)
help-scan-no-config = 구성 파일을 로드하지 않습니다. 현재 폴더의 phiguard.toml도 로드하지 않습니다
help-scan-allow-empty = 경로에 입력이 전혀 없으면 0으로 종료합니다(변경마다 실행되는 모노레포 작업용). 기본적으로 아무것도 읽지 못한 스캔은 2로 종료합니다
help-scan-trust-aws-defaults = AWS가 기본으로 적용하는 보호(S3 SSE-S3, SQS 관리형 SSE 등)를 인정합니다
help-scan-phi = 리소스(논리 ID 또는 주소)를 PHI를 보유한 것으로 표시합니다(반복 지정 가능)
help-scan-policy-dirs = Rego로 작성한 사용자 지정 규칙의 폴더(반복 지정 가능, 구성의 `policy_dirs`에 추가됨). docs/custom-rules.md를 참조하십시오
help-scan-format = 보고서 형식
help-scan-output = 보고서를 표준 출력 대신 이 파일에 씁니다
help-scan-fail-on = 부적합 검사 결과가 이 심각도 이상이면 1로 종료합니다 [가능한 값: critical, high, medium, low]
help-scan-sarif-base = SARIF 결과 경로의 기준 폴더(기본값: 첫 번째로 스캔하는 경로를 포함하는 git 리포지토리, 없으면 현재 폴더)
help-scan-show-passed = 적합 및 해당 없음 검사 결과도 표시합니다(text 형식)
help-scan-attestations = 수동 증명 체크리스트를 출력합니다(text 형식, 다른 형식에는 항상 포함됨)
help-scan-aws-account = 검사 결과가 속한 AWS 계정 ID(asff 형식)
help-scan-aws-region = 검사 결과를 가져올 AWS 리전(asff 형식)
help-scan-history = 이 스캔을 스캔 기록에 저장합니다: SQLite 파일 또는 postgres:// URL(값이 없으면 구성의 `history`, 없으면 .phiguard/history.db). 스캔하는 경로를 값으로 받지 않도록 마지막에 두거나 --history=PATH로 쓰십시오
help-scan-baseline = 이전 JSON 보고서: 여기에 없는 검사 결과만 보고하고 판정에 사용합니다
help-scan-color = text 보고서의 색상: auto(터미널에 출력하고 NO_COLOR가 설정되지 않은 경우), always, never
help-scan-quiet = 진행률 표시줄을 표시하지 않습니다
help-scan-policy-input = 사용자 지정 Rego 규칙이 읽는 입력 문서도 씁니다(docs/custom-rules.md)

## rules

help-rules-about = 모든 규칙을 나열합니다
help-rules-policy-dirs = { help-scan-policy-dirs }
help-rules-format = 출력 형식: text, json 또는 markdown
help-rules-output-dir = markdown인 경우: 색인과 규칙별 페이지를 이 폴더에 씁니다(docs/rules)

## explain

help-explain-about = 한 규칙의 전체 문서를 표시합니다
help-explain-rule = 규칙 ID
help-explain-policy-dirs = { help-scan-policy-dirs }

## coverage

help-coverage-about = 백서의 각 요구 사항이 어떻게 처리되는지 표시합니다
help-coverage-policy-dirs = { help-scan-policy-dirs }
help-coverage-format = 출력 형식: text 또는 json

## graph

help-graph-about = 리소스 간에 데이터(및 PHI)가 흐르는 경로를 그리고, 부적합 구간은 빨간색으로 표시합니다
help-graph-paths = { help-scan-paths }
help-graph-params = { help-scan-params }
help-graph-vars = { help-scan-vars }
help-graph-var-files = { help-scan-var-files }
help-graph-root = { help-scan-root }
help-graph-input = { help-scan-input }
help-graph-input-cloudformation = { help-scan-input-cloudformation }
help-graph-input-terraform = { help-scan-input-terraform }
help-graph-input-terraform-plan = { help-scan-input-terraform-plan }
help-graph-input-inventory = { help-scan-input-inventory }
help-graph-config = { help-scan-config }
help-graph-no-config = { help-scan-no-config }
help-graph-allow-empty = { help-scan-allow-empty }
help-graph-trust-aws-defaults = { help-scan-trust-aws-defaults }
help-graph-phi = { help-scan-phi }
help-graph-policy-dirs = { help-scan-policy-dirs }
help-graph-format = 그래프 형식: dot(Graphviz), mermaid 또는 json
help-graph-output = 그래프를 표준 출력 대신 이 파일에 씁니다

## fix

help-fix-about = 부적합 검사 결과를 수정하는 편집을 (diff로) 표시하거나 씁니다
help-fix-after-help =
    종료 코드:
      0  수정할 것이 없거나 수정을 썼습니다(--write)
      1  수정할 수 있는 항목이 있으며, 표시만 하고 쓰지 않았습니다
      2  사용법 또는 구성 오류, 읽을 수 없는 입력, 쓸 수 없는 파일,
         또는 입력을 전혀 읽지 못함(--allow-empty가 없는 경우)
help-fix-paths = { help-scan-paths }
help-fix-params = { help-scan-params }
help-fix-vars = { help-scan-vars }
help-fix-var-files = { help-scan-var-files }
help-fix-root = { help-scan-root }
help-fix-input = { help-scan-input }
help-fix-input-cloudformation = { help-scan-input-cloudformation }
help-fix-input-terraform = { help-scan-input-terraform }
help-fix-input-terraform-plan = { help-scan-input-terraform-plan }
help-fix-input-inventory = { help-scan-input-inventory }
help-fix-config = { help-scan-config }
help-fix-no-config = { help-scan-no-config }
help-fix-allow-empty = { help-scan-allow-empty }
help-fix-trust-aws-defaults = { help-scan-trust-aws-defaults }
help-fix-phi = { help-scan-phi }
help-fix-policy-dirs = { help-scan-policy-dirs }
help-fix-write = diff를 표시하지 않고 수정을 파일에 씁니다
help-fix-unsafe-fixes = 배포를 망가뜨리거나 데이터를 잃을 수 있는 수정도 적용합니다(각각 이유를 설명함)
help-fix-rules = 이 규칙의 검사 결과만 수정합니다(반복 지정 가능)
help-fix-format = 출력: unified diff, 또는 json(파일, 수정, 남은 검사 결과와 그 이유)

## history

help-history-about = 기록된 스캔(`scan --history`)에 걸친 규정 준수 추이를 HIPAA 보호 조치 조항별, 규칙별로 표시하고, 마지막 스캔에서 달라진 점을 보여 줍니다
help-history-last = 표시할 최근 기록 스캔의 수
help-history-format = { help-coverage-format }
help-history-history = 기록: SQLite 파일 또는 postgres:// URL(기본값: 구성의 `history`, 없으면 .phiguard/history.db)
help-history-config = 구성 파일(기본값: 현재 폴더에 phiguard.toml이 있으면 그 파일)
help-history-no-config = 구성 파일을 로드하지 않습니다

## diff

help-diff-about = 두 JSON 보고서를 비교합니다: 새로운, 수정된, 변경된 검사 결과
help-diff-after-help =
    종료 코드:
      0  새로운 부적합 검사 결과가 없습니다
      1  새로운 부적합 검사 결과가 있습니다(새로 생겼거나 부적합으로 바뀜)
      2  보고서를 읽을 수 없습니다
help-diff-old = 이전 보고서(`phiguard scan --format json`)
help-diff-new = 이후 보고서
help-diff-format = 출력 형식: text, json 또는 markdown(풀 리퀘스트 댓글용)
help-diff-output = 표준 출력 대신 이 파일에 씁니다

## values

help-value-lang = en, ja, zh, ko, de 중 하나여야 합니다. 지정한 값: '{ $value }'
help-value-severity = critical, high, medium, low 중 하나여야 합니다. 지정한 값: '{ $value }'
help-value-account = AWS 계정 ID는 12자리 숫자입니다. 지정한 값: '{ $value }'
help-value-region = us-east-1과 같은 AWS 리전이어야 합니다. 지정한 값: '{ $value }'

## clap

help-clap-usage = 사용법
help-clap-commands = 명령
help-clap-arguments = 인수
help-clap-options = 옵션
help-clap-default = 기본값
help-clap-possible-values = 가능한 값
help-clap-possible-values-heading = 가능한 값
help-clap-print-help = 도움말을 표시합니다
help-clap-print-help-more = 도움말을 표시합니다('--help'로 자세히 보기)
help-clap-print-help-summary = 도움말을 표시합니다('-h'로 요약 보기)
help-clap-print-version = 버전을 표시합니다
help-clap-help-about = 이 메시지 또는 지정한 하위 명령의 도움말을 표시합니다
help-clap-help-subcommand = 지정한 하위 명령의 도움말을 표시합니다
help-clap-error = 오류
help-clap-tip = 팁
help-clap-try-help = 자세한 내용은 '{ $help }' 옵션을 사용하십시오.
help-clap-unexpected-argument = 예상하지 못한 인수가 있습니다: '{ $arg }'
help-clap-pass-as-value = '{ $arg }' 자체를 값으로 전달하려면 '{ $suggestion }' 형식을 사용하십시오
help-clap-similar-argument = 비슷한 인수가 있습니다: { $names }
help-clap-similar-subcommand = 비슷한 하위 명령이 있습니다: { $names }
help-clap-similar-value = 비슷한 값이 있습니다: { $names }
help-clap-unrecognized-subcommand = 인식할 수 없는 하위 명령입니다: '{ $name }'
help-clap-invalid-value = '{ $arg }'의 값이 잘못되었습니다: '{ $value }'
help-clap-value-required = '{ $arg }'에는 값이 필요하지만 지정되지 않았습니다
help-clap-missing-required = 다음 필수 인수가 지정되지 않았습니다:
help-clap-missing-subcommand = '{ $name }'에는 하위 명령이 필요하지만 지정되지 않았습니다
help-clap-used-multiple-times = '{ $arg }' 인수는 여러 번 사용할 수 없습니다
help-clap-cannot-be-used-with = '{ $arg }' 인수는 다음과 함께 사용할 수 없습니다: { $other }
help-clap-no-equals = '{ $arg }'에 값을 지정하려면 등호(=)가 필요합니다
help-clap-too-many-values = '{ $arg }'에 예상하지 못한 값이 있습니다: '{ $value }'. 더 이상의 값은 지정할 수 없습니다
help-clap-wrong-number-of-values = '{ $arg }'에는 값이 { $expected }개 필요하지만 { $actual }개가 지정되었습니다
help-clap-invalid-utf8 = 하나 이상의 인수에서 잘못된 UTF-8이 발견되었습니다

## live AWS accounts (phiguard scan aws) and aws-policy

help-scan-profile = 공유 AWS 구성 파일의 명명된 프로필(기본값: 표준 자격 증명 체인: 환경 변수, AWS_PROFILE, SSO, 웹 자격 증명, 인스턴스 또는 컨테이너 역할)
help-scan-regions = 읽을 리전(반복 가능, 기본값: 프로필의 리전)
help-scan-all-regions = 계정에서 활성화된 모든 리전을 읽습니다
help-scan-services = 이 서비스만, 쉼표로 구분(`phiguard aws-policy --services`가 목록을 보여 줍니다)
help-scan-concurrency = 계정당 동시에 진행되는 API 호출 수(스로틀링은 적응형 백오프로 재시도합니다)
help-scan-max-attempts = API 호출당 시도 횟수(첫 시도 포함). 이를 넘겨도 스로틀링되거나 실패한 호출은 읽을 수 없는 것으로 보고 해당 결과는 알 수 없음이 됩니다
help-scan-save-inventory = 수집한 내용을 인벤토리로도 기록합니다(나중에 `phiguard scan FILE`로 판정)
help-scan-role-arn = --accounts 또는 --organization의 각 계정에서 수임할 역할. `{"{"}account{"}"}`는 계정 ID로 바뀝니다(arn:aws:iam::{"{"}account{"}"}:role/PhiguardAudit)
help-scan-accounts = --role-arn을 통해 스캔할 멤버 계정, 쉼표로 구분
help-scan-organization = 조직의 모든 활성 계정을 --role-arn을 통해 스캔합니다(관리 계정 또는 위임된 관리자 계정에서 organizations:ListAccounts로 나열)
help-graph-profile = { help-scan-profile }
help-graph-regions = { help-scan-regions }
help-graph-all-regions = { help-scan-all-regions }
help-graph-services = { help-scan-services }
help-graph-concurrency = { help-scan-concurrency }
help-graph-max-attempts = { help-scan-max-attempts }
help-graph-save-inventory = { help-scan-save-inventory }
help-graph-role-arn = { help-scan-role-arn }
help-graph-accounts = { help-scan-accounts }
help-graph-organization = { help-scan-organization }
help-fix-profile = { help-scan-profile }
help-fix-regions = { help-scan-regions }
help-fix-all-regions = { help-scan-all-regions }
help-fix-services = { help-scan-services }
help-fix-concurrency = { help-scan-concurrency }
help-fix-max-attempts = { help-scan-max-attempts }
help-fix-save-inventory = { help-scan-save-inventory }
help-fix-role-arn = { help-scan-role-arn }
help-fix-accounts = { help-scan-accounts }
help-fix-organization = { help-scan-organization }
help-aws-policy-about = 라이브 스캔(`phiguard scan aws`)에 필요한 최소 권한 읽기 전용 IAM 정책을 수집기로부터 생성해 출력합니다
help-aws-policy-services = 대신 `--services`가 받는 서비스를 나열합니다
