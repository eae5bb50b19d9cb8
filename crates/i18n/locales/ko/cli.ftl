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
