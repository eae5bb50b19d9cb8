# 보고서: 모든 형식의 제목, 레이블 및 문장.

## 판정 및 심각도

verdict-fail = 부적합
verdict-unknown = 판정 불가
verdict-pass = 적합
verdict-not-applicable = 해당 없음
verdict-accepted = 수용됨
severity-critical = 심각
severity-high = 높음
severity-medium = 중간
severity-low = 낮음
count-severity = { $severity } { $count }건

## 공통 문장

whole-scan = (스캔 전체)
no-config-file = 구성 파일 없음
account-scope = 이 스캔의 입력 파일 { $count }개 전체를 하나의 계정으로
scope-config = 구성: { $path } ({ $how })
scope-no-config = 구성: 없음
scope-skipped = { $config }에서 건너뛴 규칙: { $rules }
scope-suppressed = { $config }에서 억제한 검사 결과: { $count }건 (사유와 함께 표시)
scope-account = 계정 수준 규칙(CloudTrail 추적, Config 레코더, 백업 등)의 판정 범위: { $scope }
skipped-by = { $config }에서 건너뜀
summary-by-severity = {" "}({ $list })
summary-line = 파일 { $files }개, 리소스 { $resources }개: 부적합 { $fail }건{ $by-severity }, 판정 불가 { $unknown }건, 적합 { $pass }건, 해당 없음 { $na }건, 억제 { $suppressed }건, 입력 오류 { $errors }건

## 텍스트(터미널)

text-whitepaper = 백서: { $section } | { $cfr }
text-fix = 해결 방법: { $fix }
text-suppressed = 억제됨: { $reason }
text-phi-assumed =
    참고: PHI를 보관하는 것으로 표시된 리소스가 없습니다(태그 phi=true, data-classification=phi 또는 --phi NAME).
          따라서 모든 데이터 저장소가 PHI를 보관하는 것으로 간주됩니다.
text-attestations-hint = 백서 요구 사항 중 { $count }건은 구성으로 확인할 수 없으며 수동 증명이 필요합니다(--attestations로 목록 표시).
text-attestations-heading = 수동 증명({ $count }건): 스캔으로 확인할 수 없는 프로세스 통제

## Markdown(풀 리퀘스트 댓글)

md-title = HIPAA-on-AWS 검사
md-summary = { $mark } **부적합 { $fail }건**{ $by-severity } · 판정 불가 { $unknown }건 · 적합 { $pass }건 · 해당 없음 { $na }건 · 억제 { $suppressed }건 — 파일 { $files }개, 리소스 { $resources }개
md-input-errors = 입력 오류 { $count }건
md-phi-assumed = PHI를 보관하는 것으로 표시된 리소스가 없습니다(태그 `phi=true` 또는 `data-classification=phi`, 또는 `--phi NAME`). 따라서 모든 데이터 저장소가 PHI를 보관하는 것으로 간주됩니다.
md-table-head-fix = | 규칙 | 리소스 | 위치 | 검사 결과 | 해결 방법 | HIPAA |
md-table-head = | 규칙 | 리소스 | 위치 | 검사 결과 |
md-unknown = 판정 불가 — 판정을 좌우하는 값이 배포 전에 확정되지 않습니다
md-suppressed = 억제됨 — 보안 팀이 수용함
md-suppressed-row = { $message } — *억제됨:* { $reason }
md-input-problems = 입력 문제 { $count }건 — 읽지 못한 파일 또는 부분
md-attestations = 수동 증명 { $count }건 — 스캔으로 확인할 수 없는 프로세스 통제
md-left-out = 이 댓글을 { $kb }KB 미만으로 유지하기 위해 { $count }개 행을 생략했습니다. 전체 보고서는 `phiguard scan --format html`로 생성하십시오.

## JUnit

junit-resource = 리소스: { $value }
junit-location = 위치: { $value }
junit-attribute = 속성: { $value }
junit-fix = 해결 방법: { $value }
junit-section = 백서 섹션: { $value }
junit-cfr = HIPAA 보안 규칙: { $value }
junit-suppressed = 억제됨: { $reason } (검사 결과: { $message })
junit-unknown = 판정 불가: { $message }
junit-attestations = 수동 증명
junit-attestations-note = 스캔으로 확인할 수 없는 프로세스 통제: 수동으로 증명하십시오
junit-manual = 수동: { $statement } ({ $section }; { $cfr })

## CSV 열 제목

csv-verdict = 판정
csv-severity = 심각도
csv-rule-id = 규칙 ID
csv-resource = 리소스
csv-type = 유형
csv-file = 파일
csv-line = 줄
csv-column = 열
csv-section = 섹션
csv-cfr = CFR
csv-message = 메시지
csv-remediation = 해결 방법
csv-suppressed = 억제

## SARIF

sarif-help-text =
    { $fix }

    백서 섹션: { $section }
    HIPAA 보안 규칙: { $cfr }
sarif-help-markdown =
    {"*"}*해결 방법:** { $fix }

    {"*"}*백서 섹션:** { $section }{"  "}
    {"*"}*HIPAA 보안 규칙:** { $cfr }
sarif-account-level = { $message } (계정 수준 규칙, 판정 범위: { $scope }; 처음 스캔한 입력 위치에 표시)

## ASFF(Security Hub)

asff-resource = 리소스 { $resource }.
asff-resource-at = 리소스 { $resource }, 위치 { $location }.
asff-section = 백서 섹션: { $section }.
asff-suppressed = 억제됨: { $reason }

## 데이터 흐름

flow-outside = 이 스캔 범위 밖의 AWS 서비스
flow-node-title = { $name } ({ $type }), { $group }
flow-fails = 부적합: { $reason } ({ $rule }): { $message }
flow-reason-unencrypted-transit = 전송 중 암호화 없음
flow-reason-unencrypted-destination = 대상이 암호화되지 않음
flow-reason-ineligible-destination = 대상이 HIPAA 적격 서비스가 아님
flow-live-account = 운영 중인 계정
flow-root-module = 루트 모듈({ $dir })
flow-fails-list = 부적합: { $reasons }
flow-failure = { $reason } ({ $rule }): { $message }
flow-node-fails = 부적합: { $rules }

## HTML 보고서

html-title = HIPAA-on-AWS 규정 준수 보고서
html-checked-against = AWS 백서 "Amazon Web Services에서 HIPAA 보안 및 규정 준수를 위한 설계"와 HIPAA 보안 규칙(45 CFR Part 164, Subpart C)에 따라 검사
html-subtitle = phiguard { $version } · 스캔 시각 { $time } · 파일 { $files }개 · 리소스 { $resources }개 · 규칙 { $rules }개
html-nav-summary = 요약
html-nav-attestations = 증명
html-matrix = 규정 준수 매트릭스
html-findings = 검사 결과
html-flow = 데이터 흐름
html-evidence = 증거
html-status-fail = 이 아키텍처에 PHI를 저장하기 전에 부적합 검사 { $count }건을 수정해야 합니다.
html-status-pass = 부적합 검사가 없습니다.
html-status-review = 검사 결과 { $count }건은 여전히 담당자의 검토가 필요합니다.
html-not-everything = 모든 항목이 검사된 것은 아닙니다.
html-skipped-rules = { $config }에서 규칙 { $count }개를 건너뛰었습니다: <span class="mono">{ $rules }</span>.
html-accepted-findings = { $config }에서 부적합 검사 결과 { $count }건을 수용했습니다.
html-input-problems = 입력 문제 { $count }건(증거 참조).
html-phi-assumed-title = 모든 리소스에 PHI가 있다고 가정함.
html-phi-assumed = PHI를 보관하는 것으로 표시된 리소스가 없습니다(태그 <code>phi=true</code> 또는 <code>data-classification=phi</code>, 또는 <code>--phi NAME</code>). 따라서 모든 데이터 저장소를 PHI를 보관하는 것으로 보고 판정했습니다.
html-card-failing = 부적합
html-card-unknown = 검토 필요(판정 불가)
html-card-passing = 적합
html-card-accepted = 수용됨(억제)
html-card-manual = 수동 증명
html-card-phi = PHI를 보관하는 리소스
html-card-phi-assumed = PHI를 보관하는 리소스(가정)
html-input-errors = <b>입력 오류 { $count }건:</b> 일부 파일을 읽을 수 없습니다. <a href="#evidence">증거</a>를 참조하십시오.
html-matrix-lead = 검사 결과를 해당 규칙이 인용하는 HIPAA 보안 규칙 조항별로 집계합니다(검사 결과는 인용하는 모든 조항에서 한 번씩 집계됩니다). "수동"은 수동으로 증명할 프로세스 통제의 수입니다. 집계가 없는 조항은 자동 검사 대상이 아닙니다.
html-col-paragraph = 조항
html-col-requirement = 요구 사항
html-col-fail = 부적합
html-col-unknown = 판정 불가
html-col-pass = 적합
html-col-accepted = 수용됨
html-col-manual = 수동
html-col-status = 상태
matrix-status-fail = 부적합
matrix-status-review = 검토
matrix-status-pass = 적합
matrix-status-manual = 수동
matrix-status-none = —
html-findings-lead = 부적합, 판정 불가, 수용됨, 적합 검사를 표시합니다. 해당 없음 결과 { $count }건(리소스에 적용되지 않는 규칙)은 집계만 하고 목록에는 표시하지 않습니다.
html-col-verdict = 판정
html-filter-all = 전체
html-filter-severity = 심각도
html-filter-service = 서비스
html-filter-safeguard = 보호 조치
safeguard-kind-administrative = 관리적
safeguard-kind-physical = 물리적
safeguard-kind-technical = 기술적
safeguard-kind-organizational = 조직적
safeguard-kind-documentation = 문서화
safeguard-kind-other = 기타
html-col-rule = 규칙
html-col-resource = 리소스
html-col-finding = 검사 결과
html-accepted = 수용:
html-fix = 해결 방법:
html-no-findings = 검사 결과가 없습니다.
html-shown = { $total }건 중 { $n }건 표시
html-flow-lead-flows = 리소스 간에 PHI가 이동할 수 있는 경로를 왼쪽에서 오른쪽으로 표시하며, 템플릿 또는 Terraform 모듈마다 하나의 띠로 나타냅니다.
html-flow-lead-references = 추적된 데이터 흐름이 없으므로 데이터 저장소와 컴퓨팅 간의 참조로 대신합니다(점선).
html-flow-lead-marks = PHI를 보관하는 리소스는 표시되고, 부적합 검사가 있는 리소스는 빨간색입니다. PHI를 전달하는 경로는 주황색, 부적합 경로는 빨간색입니다(경로 위에 마우스를 올리면 방식과 사유를 표시).
html-flow-omitted = 그림을 읽기 쉽게 하기 위해 리소스 { $count }개를 더 생략했습니다.
html-flow-aria = 데이터 흐름도
html-flow-loose = PHI 보관, 추적된 흐름 없음:
html-legend-resource = 리소스
html-legend-phi = PHI 보관
html-legend-phi-assumed = PHI 보관(가정: 데이터 저장소)
html-legend-failing = 부적합 검사 있음
html-legend-external = 이 스캔 범위 밖의 AWS 서비스
html-legend-flow = 데이터 흐름
html-legend-carries-phi = PHI 전달
html-legend-failing-hop = 부적합 경로: 전송 중 암호화 없음, 대상 암호화 없음 또는 HIPAA 부적격 대상
html-legend-reference = 참조(데이터 저장소를 지정하는 코드 또는 구성)
html-failing-hops = 부적합 경로
html-and-more = 외 { $count }건
html-flow-empty = PHI를 보관하는 리소스가 없고 데이터 흐름도 발견되지 않았습니다.
html-attestations = 수동 증명
html-attestations-lead = 구성 스캔으로는 확인할 수 없는 백서 요구 사항(프로세스, 계약, 교육)입니다. 각 항목을 수동으로 증명하고 그 증거를 이 보고서와 함께 보관하십시오.
html-col-done = 완료
html-col-statement = 내용
html-col-section = 섹션
html-attested = { $id } 증명 완료
html-no-attestations = 이 스캔에는 수동 증명 항목이 없습니다.
html-ev-tool = 도구
html-ev-rules = 실행한 규칙
html-ev-scope = 범위
html-ev-time = 스캔 시각
html-ev-phi = PHI 표시
html-ev-phi-none = 없음: 모든 데이터 저장소가 PHI를 보관한다고 가정
html-ev-phi-marked = PHI를 보관하는 것으로 표시된 리소스 { $count }개
html-ev-results = 결과
html-ev-results-line = 부적합 { $fail } · 판정 불가 { $unknown } · 적합 { $pass } · 해당 없음 { $na } · 수용됨 { $accepted }
html-input-files = 입력 파일
html-col-path = 경로
html-col-kind = 종류
html-col-resources = 리소스
html-no-inputs = 입력 파일이 없습니다.
html-input-problems-heading = 입력 문제
html-footer = phiguard { $version }에서 { $time }에 생성했습니다. 검사 결과는 구성을 기준으로 판정하며, "판정 불가"는 판정을 좌우하는 값이 배포 전에 확정되지 않음을 뜻합니다.

## HTML trend chart (scan history)

html-nav-trend = 추이
html-trend = 추이
html-trend-lead = 기록된 최근 { $scans }회 스캔(스캔 기록 전체 { $total }회 중)의 결과이며, 마지막이 이번 스캔입니다. 점에 마우스를 올리면 스캔과 건수가 표시됩니다.
html-trend-aria = 기록된 스캔별 부적합, 판정 불가, 적합 결과 수
html-trend-safeguards = 보호 조치별 부적합 검사(표시된 첫 스캔과 현재)
html-trend-paragraph = 조항
html-trend-requirement = 요구 사항
html-trend-first = 처음
html-trend-now = 현재
html-trend-change = 변화

## Suppressions and baselines

scope-suppressed-inline = 스캔한 파일 안에서 인라인으로 억제한 검사 결과: { $count }건 (사유와 함께 표시)
scope-expired = 억제 기한이 지난 부적합 검사 결과: { $count }건
scope-baseline = 기준선: { $path }. 이미 포함된 부적합 또는 판정 불가 결과 { $hidden }건을 숨겼으며, 이 보고서와 종료 코드는 새 결과만 다룹니다
suppression-expired = 억제 기한 만료({ $date }): { $reason }
html-no-longer-accepted = 더 이상 수용되지 않음:

## sarif: why a finding is not a SARIF result
sarif-omitted-outside = { $file }은(는) SARIF 기준 폴더 { $base } 밖에 있습니다(--sarif-base를 지정하십시오)
sarif-omitted-no-input = 계정 수준 검사 결과이며, SARIF 기준 폴더 { $base } 아래에 스캔한 입력이 없습니다
sarif-omitted-no-file = 파일 위치가 없습니다(ARN으로 식별되는 운영 환경 리소스)

## rules: a service that is a category, not an AWS service
service-general = 일반
