# 입력 문제(진단): 읽거나 구문 분석할 수 없는 파일, 거부된 파일, 무시된 억제, 아무것도 가리키지
# 않는 구성. 인수는 경로, 이름, 값, 그리고 파서나 시스템 자체의 오류 텍스트이며 번역하지 않습니다.

## the diagnostic line

diag-line = { $level }: { $place }: { $message }
diag-level-error = 오류
diag-level-warning = 경고
diag-command-line = (명령줄)

## CloudFormation templates

diag-cfn-parse = 템플릿을 구문 분석할 수 없습니다: { $error }
diag-cfn-resources-not-map = `Resources`는 매핑이어야 합니다.
diag-cfn-rain-module = 리소스 '{ $resource }'은(는) Rain 모듈입니다. 생성되는 내용을 검사하려면 `rain pkg`로 템플릿을 패키징하십시오.
diag-cfn-no-type = 리소스 '{ $resource }'에 `Type`이 없어 건너뛰었습니다.
diag-cfn-properties-not-map = '{ $resource }'의 Properties가 매핑이 아닙니다.
diag-cfn-foreach-shape = Fn::ForEach에는 [Identifier, Collection, Template]이 필요합니다.
diag-cfn-foreach-deploy-time = { $loop }의 컬렉션은 배포 시에만 알 수 있으므로 해당 리소스는 검사하지 않았습니다.

## reading files

diag-read-file = 파일을 읽을 수 없습니다: { $error }
diag-read-not-inventory = 파일을 읽을 수 없습니다: phiguard 인벤토리가 아닙니다("format": "phiguard-inventory/1" 없음)
diag-read-too-large = 파일을 읽을 수 없습니다: { $size }바이트로 { $limit }바이트 한도를 초과합니다
diag-read-not-utf8 = 파일을 읽을 수 없습니다: UTF-8 텍스트가 아닙니다

## Terraform

diag-tf-read-vars = 변수 파일을 읽을 수 없습니다: { $error }
diag-tf-var-undeclared = --var { $name }: 이 모듈에는 변수 "{ $name }"이(가) 선언되어 있지 않습니다.
diag-tf-json-parse = Terraform JSON 파일을 구문 분석할 수 없습니다: { $error }
diag-tf-plan-parse = Terraform 플랜을 구문 분석할 수 없습니다: { $error }
diag-tf-vars-parse = 변수 파일을 구문 분석할 수 없습니다: { $error }
diag-tf-parse = Terraform 파일을 구문 분석할 수 없습니다: { $error }
diag-tf-attachment-outside = { $address }: 구성 대상 리소스가 이번 스캔에 없으므로 해당 설정은 검사하지 않습니다.
diag-tf-policy-document-cycle = { $document }은(는) (직접 또는 다른 문서를 통해) 자기 자신의 문서를 포함하므로 판정할 수 없습니다.
diag-tf-module-source-not-read = 모듈 "{ $name }"의 출처 '{ $source }'은(는) 읽지 않습니다(로컬 모듈과 `terraform init`으로 설치된 모듈만 읽습니다). 따라서 해당 출력은 알 수 없습니다.
diag-tf-module-cycle = module.{ $name }이(가) 이미 읽는 중인 모듈 { $dir }을(를) 호출합니다(순환: { $cycle }). 다시 읽지 않습니다.
diag-tf-module-too-deep = module.{ $name }은(는) { $depth }단계를 넘어 중첩되어 있으므로 읽지 않습니다.
diag-tf-module-file-refused = 모듈 "{ $name }": { $file }을(를) 읽지 않습니다: { $error }
diag-tf-module-empty = 모듈 "{ $name }": { $dir }에서 .tf 파일을 하나도 읽지 못했습니다.
diag-tf-module-unreadable = 모듈 "{ $name }": { $dir }을(를) 읽을 수 없습니다: { $error }
diag-tf-count-capped = count가 { $count }입니다. 처음 { $max }개의 인스턴스만 읽습니다.
diag-tf-range-too-long = range()가 { $max }개를 넘는 숫자를 생성하므로 phiguard는 이를 평가하지 않습니다. 이 값은 알 수 없습니다.
diag-tf-data-file-refused = 파일 '{ $file }'을(를) 읽지 않습니다: { $error }
diag-tf-value-refused = 이 값은 알 수 없습니다: { $reason }
diag-tf-its-count = count: { $reason }
diag-tf-its-for-each = for_each: { $reason }
diag-tf-module-instances-unknown = 모듈 "{ $name }": { $why } 생성될 수 있는 모든 인스턴스에 대해 해당 리소스를 한 번만 판정합니다.
diag-tf-block-instances-unknown = { $address }: { $why } 생성될 수 있는 모든 인스턴스에 대해 이 블록을 한 번만 판정합니다.

## inventories

diag-inventory-invalid = { $line }행의 인벤토리가 올바르지 않습니다: { $error }
diag-inventory-format = 지원하지 않는 인벤토리 형식 '{ $format }'입니다(이 phiguard는 '{ $supported }'을(를) 읽습니다).
diag-inventory-gap = 계정 { $account }, 리전 { $region }에서 { $action }이(가) 실패했습니다({ $reason }). { $kinds }을(를) 읽지 못했으므로 이에 의존하는 규칙은 해당 위치에서 판정 불가입니다.
diag-inventory-tags-unread = 계정 { $account }, 리전 { $region }에서 { $action }이(가) 실패했습니다({ $reason }). { $resources }의 태그를 읽지 못했습니다. PHI 태그가 있을 수 있으므로 PHI를 태그로 표시하는 경우 PHI를 보유한 것으로 간주합니다.

## suppressions

diag-suppression-what =
    { $kind ->
        [inline] { $rule }의 인라인 억제
        [resource] '{ $resource }'에 대한 { $rule }의 억제
       *[rule] { $rule }의 억제
    }
diag-suppression-what-start =
    { $kind ->
        [inline] { $rule }의 인라인 억제
        [resource] '{ $resource }'에 대한 { $rule }의 억제
       *[rule] { $rule }의 억제
    }
diag-suppression-expired-unused = { diag-suppression-what-start }는 { $date }에 만료되었으며 어떤 부적합 검사 결과와도 일치하지 않습니다. 제거하십시오.
diag-suppression-expired-one = { diag-suppression-what-start }는 { $date }에 만료되었습니다. 이 억제가 적용되던 부적합 검사 결과 { $count }건은 다시 부적합으로 보고됩니다(새 만료일로 갱신하거나 검사 결과를 수정하십시오).
diag-suppression-expired-other = { diag-suppression-what-start }는 { $date }에 만료되었습니다. 이 억제가 적용되던 부적합 검사 결과 { $count }건은 다시 부적합으로 보고됩니다(새 만료일로 갱신하거나 검사 결과를 수정하십시오).
diag-suppression-stale = 오래된 억제: { diag-suppression-what }는 어떤 부적합 검사 결과와도 일치하지 않습니다(리소스가 없어졌거나 적합하거나, 규칙이 해당 리소스를 판정하지 않습니다). 제거하십시오.

## inline suppressions

diag-inline-no-rule = 인라인 억제를 무시했습니다: 규칙을 지정하지 않았습니다.
diag-inline-unknown-rule = 인라인 억제를 무시했습니다: 규칙 '{ $rule }'이(가) 없습니다(`phiguard rules`로 목록을 볼 수 있습니다).
diag-inline-no-reason = 인라인 억제를 무시했습니다: { $rule }의 억제에는 사유(누가 왜 수용했는지)가 필요합니다.
diag-inline-bad-date = 인라인 억제를 무시했습니다: expires '{ $expires }'은(는) 2027-03-31과 같은 날짜가 아닙니다.
diag-inline-no-list = 인라인 억제를 무시했습니다: Metadata.phiguard에는 { "{" }rule, reason, expires, owner{ "}" } 목록이 있는 `suppress:`가 필요합니다.
diag-inline-unknown-key = 인라인 억제를 무시했습니다: 알 수 없는 키 { $keys }(사용 가능: rule, reason, expires, owner)
diag-inline-misplaced = 인라인 억제를 무시했습니다: resource 블록 안에도, 그 바로 위의 주석 줄에도 있지 않습니다.
diag-inline-refused = { $rule }의 인라인 억제를 거부했습니다: 구성에서 allow_inline = false로 설정되어 있으므로 이 억제가 없는 것으로 보고 검사 결과를 판정합니다.

## configuration

diag-config-phi-unmatched = '{ $name }'(--phi 또는 [phi] resources)은(는) 이번 스캔의 어떤 리소스도 가리키지 않습니다.
diag-config-param-unmatched = --param { $name }은(는) 스캔한 어떤 CloudFormation 템플릿의 파라미터도 가리키지 않습니다.

## scanned paths

diag-skipped-not-input = 건너뜀: 인식할 수 있는 입력이 아닙니다(.yaml .yml .json .template .tf; --input으로 형식을 지정할 수 있습니다)
diag-skipped-symlink = 건너뜀: 심볼릭 링크는 따라가지 않습니다
diag-skipped-terraform-json = 건너뜀: Terraform 폴더 안의 JSON 데이터입니다(템플릿도 플랜도 아닙니다)
diag-internal-error = 이 입력을 읽는 중 내부 오류가 발생했습니다({ $error }). 이 입력은 판정하지 않으며, 다른 입력은 판정합니다.
diag-skipped-not-template = 건너뜀: CloudFormation 템플릿도 Terraform 플랜도 아닙니다
diag-no-such-path = 해당 파일 또는 폴더가 없습니다

## custom rules (Rego policies)

diag-policy-error = 사용자 지정 규칙을 실행하지 않았습니다: { $error }
diag-policy-no-folder = 사용자 지정 규칙을 실행하지 않았습니다: 해당 정책 폴더가 없습니다
diag-policy-unreadable = 사용자 지정 규칙을 실행하지 않았습니다: 정책을 읽을 수 없습니다: { $error }
diag-policy-folder-unreadable = 사용자 지정 규칙을 실행하지 않았습니다: 정책 폴더를 읽을 수 없습니다: { $error }
diag-policy-duplicate-id = 사용자 지정 규칙을 실행하지 않았습니다: ID '{ $id }'은(는) 이미 { $file }에 있는 규칙의 ID입니다.
diag-policy-builtin-id = 사용자 지정 규칙을 실행하지 않았습니다: ID '{ $id }'은(는) 기본 제공 규칙의 ID입니다.
diag-policy-no-metadata = 사용자 지정 규칙을 실행하지 않았습니다: { $package }은(는) `metadata` 객체(id, title, severity, rationale, remediation...)를 선언하지 않습니다.
diag-policy-no-results = 사용자 지정 규칙을 실행하지 않았습니다: { $package }은(는) `results` 집합(판정 결과)을 선언하지 않습니다.
diag-policy-not-run = 사용자 지정 규칙을 실행하지 않았습니다: { $why }
diag-policy-meta-not-object = `metadata`는 객체여야 하지만 { $value }입니다.
diag-policy-meta-unknown-key = `metadata`에 알 수 없는 키 '{ $key }'이(가) 있습니다(알려진 키: { $known }).
diag-policy-meta-missing = `metadata`에는 '{ $key }'이(가) 필요합니다.
diag-policy-meta-not-text = `metadata.{ $key }`는 비어 있지 않은 문자열이어야 하지만 { $value }입니다.
diag-policy-meta-list-item = `metadata.{ $key }`에는 문자열만 나열해야 하지만 { $value }이(가) 있습니다.
diag-policy-meta-not-list = `metadata.{ $key }`는 문자열 목록이어야 하지만 { $value }입니다.
diag-policy-meta-bad-id = `metadata.id` '{ $id }'은(는) 기본 제공 규칙과 충돌하지 않도록 'custom-' 또는 조직 네임스페이스('acme.phi-bucket-tag')로 시작하는 소문자 kebab-case여야 합니다.
diag-policy-meta-bad-severity = `metadata.severity` '{ $severity }'은(는) critical, high, medium, low 중 하나가 아닙니다.
diag-policy-meta-phi-only = `metadata.phi_only`는 true 또는 false여야 하지만 { $value }입니다.
diag-policy-results-not-set = `results`는 객체 집합이어야 하지만 { $value }입니다.
diag-policy-result-kind = 결과가 유형 { $kind }의 리소스 { $id } '{ $resource }'을(를) 가리키지만, 이 유형은 규칙의 유형({ $kinds }) 중 하나가 아닙니다.
diag-policy-result-invalid = 결과 { $item }이(가) 올바르지 않습니다: { $problem }
diag-policy-result-not-object = 객체여야 합니다.
diag-policy-result-unknown-key = 알 수 없는 키 { $key }이(가) 있습니다(사용 가능: resource, verdict, message, path).
diag-policy-result-no-resource = 이번 스캔의 어떤 리소스도 가리키지 않습니다(리소스의 `id`를 사용하십시오).
diag-policy-result-resource-type = `resource`는 리소스의 `id`(숫자)여야 합니다.
diag-policy-result-verdict = `verdict`는 "fail", "pass", "unknown" 또는 "not_applicable"이어야 합니다.
diag-policy-result-message = 비어 있지 않은 `message` 문자열이 필요합니다.
diag-policy-result-path = `path`가 문자열이 아닙니다.

## refused files

refusal-system-file = 시스템 파일({ $path })이므로 읽지 않습니다
refusal-outside = 스캔 대상 트리 { $root } 밖에 있습니다. 스캔 루트 아래의 파일만 읽습니다(--root로 설정할 수 있습니다)
refusal-outside-via = 스캔 대상 트리 { $root } 밖에 있습니다({ $real }(으)로 확인됨). 스캔 루트 아래의 파일만 읽습니다(--root로 설정할 수 있습니다)
refusal-too-large = { $size }바이트로 { $limit }바이트 한도를 초과합니다
refusal-over-limit = { $limit }바이트 한도를 초과합니다
refusal-not-utf8 = UTF-8 텍스트가 아닙니다
refusal-directory = 디렉터리이며 일반 파일이 아닙니다
refusal-named-pipe = 명명된 파이프이며 일반 파일이 아닙니다
refusal-socket = 소켓이며 일반 파일이 아닙니다
refusal-device = 장치이며 일반 파일이 아닙니다
