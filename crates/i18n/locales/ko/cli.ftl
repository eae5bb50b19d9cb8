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
