# Review status: draft, written by a fluent non-native author; needs review by a native speaker.
# reply-words: yes=네 change=변경 decline=아니요 place=장소 stop=중지 start=시작 help=도움말
#
# Korean for families in the US, polite 합쇼체/해요체 as schools write to parents. Hangul has
# no capitals, so reply words are quoted ('아니요'). Particles after a name or a time are ones
# that fit any ending (에, 에서, 님), so no name can break the grammar.
# Times come from ICU4X (ko: "12월 3일 (목) 오후 4:30"). Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] 영어
        [es] 스페인어
        [vi] 베트남어
        [hmn] 몽족어
        [zh-Hans] 중국어(간체)
        [zh-Hant] 중국어(번체)
        [ru] 러시아어
        [uk] 우크라이나어
        [ar] 아랍어
        [pa] 펀자브어
        [fa] 페르시아어
        [prs] 다리어
        [tl] 타갈로그어
        [ko] 한국어
        [so] 소말리어
        [ht] 아이티 크리올어
        [pt] 포르투갈어
        [fr] 프랑스어
        [ps] 파슈토어
        [sw] 스와힐리어
       *[other] { $code }
    }

invitation =
    { $guardian }님, 안녕하세요! { $pairs ->
        [one] { $school }의 { $educator1 } 선생님과 { $educator2 } 선생님이
       *[many] { $school } 선생님 두 분이
    } 댁을 30분간 방문해 { $children }에 대한 꿈과 바람을 듣고 싶어 합니다. 방문은 원하실 때만 합니다. 번호나 '아니요'로 답장해 주세요.
    { $options }

invitation-second =
    { $guardian }님, 안녕하세요! { $school }의 { $visited1 } 선생님과 { $visited2 } 선생님이 다시 댁을 30분간 방문해 { $children }의 근황을 듣고 싶어 합니다. 방문은 원하실 때만 합니다. 번호나 '아니요'로 답장해 주세요.
    { $options }

follow-up =
    { $school }에서 다시 연락드립니다. 원하시면 지금도 30분간 찾아뵙고 싶습니다. 번호나 '아니요'로 답장해 주세요.
    { $options }

booked =
    감사합니다! { $educator1 } 선생님과 { $educator2 } 선생님이 { $when }에 { $where ->
        [home] 댁을 방문합니다
       *[other] { $place }에서 만납니다
    } (30분). 변경은 '변경', 취소는 '아니요'로 답장해 주세요.

booked-interpreter = 통역사 { $interpreter } 님도 함께합니다.

already-booked =
    방문이 확정되었습니다: { $educator1 } 선생님, { $educator2 } 선생님, { $when }, { $where ->
        [home] 댁
       *[other] { $place }
    }. 변경은 '변경', 취소는 '아니요'로 답장해 주세요.

slot-taken =
    죄송합니다. 그 시간은 방금 마감되었습니다. 다른 번호로 답장해 주세요:
    { $options }

clarify =
    { $count ->
        [1] 이 시간을 원하시면 1, 아니면 '아니요'로 답장해 주세요.
        [2] 번호 하나(1 또는 2)나 '아니요'로 답장해 주세요.
       *[other] 번호 하나(1, 2, 3 중)나 '아니요'로 답장해 주세요.
    }

which-one =
    좋습니다! 어느 시간이 가장 좋으신가요? 시간 번호로 답장해 주세요:
    { $options }

decline-thanks = 알려 주셔서 감사합니다. 마음이 바뀌시면 언제든지 '네'라고 답장해 주세요.

change =
    물론입니다. 새 시간의 번호로 답장해 주세요:
    { $options }

no-options-left = 감사합니다! 지금은 가능한 다른 시간이 없습니다. 곧 학교에서 전화드리겠습니다.

cancelled = 방문이 취소되었습니다. 감사합니다! 나중에 만나기를 원하시면 '네'라고 답장해 주세요.

reminder =
    내일 뵙겠습니다! { $educator1 } 선생님과 { $educator2 } 선생님이 { $when }에 { $where ->
        [home] 댁을 방문합니다
       *[other] { $place }에서 만납니다
    } (30분). 필요하시면 '변경'이나 '아니요'로 답장해 주세요.

ask-place = 물론입니다! 어디에서 만나고 싶으신가요? 공원, 도서관, 학교? 장소를 답장해 주세요.

place-thanks = 감사합니다! 선생님들께 이곳에서 만나 뵙도록 전했습니다: { $place }

stop-confirmation = 이제 문자를 보내 드리지 않습니다. 다시 받으시려면 '시작'이라고 답장해 주세요.

start-confirmation = 다시 오신 것을 환영합니다! 문자를 다시 보내 드립니다. 그만 받으시려면 '중지'라고 답장해 주세요.

help = { $program }: 학교 가정 방문. 문의: { $contact }. 그만 받으시려면 '중지'라고 답장해 주세요.

handoff = 감사합니다! 곧 학교 담당자가 답변드리겠습니다.

unknown-sender = 자녀 학교의 가정 방문 프로그램 { $program }입니다. 학교 연락처: { $contact }. 그만 받으시려면 '중지'라고 답장해 주세요.

educator-confirmed =
    새 방문: { $guardian } ({ $children }), { $when }, { $where ->
        [home] 가정
       *[other] { $place }
    }, 함께 가는 분: { $partner }. 언어: { $language }{ $interpreter ->
        [yes] {" "}(통역 필요)
       *[no] {""}
    }.

educator-changed =
    방문 변경: { $guardian } ({ $children }), 새 시간 { $when } (이전 { $previous }), { $where ->
        [home] 가정
       *[other] { $place }
    }, 함께 가는 분: { $partner }. 언어: { $language }{ $interpreter ->
        [yes] {" "}(통역 필요)
       *[no] {""}
    }.

educator-cancelled = 방문 취소: { $guardian } ({ $children }), { $when }, 함께 가는 분: { $partner }. 감사합니다!

educator-reminder =
    내일: { $guardian } ({ $children }), { $when }, { $where ->
        [home] 가정
       *[other] { $place }
    }, 함께 가는 분: { $partner }. 언어: { $language }{ $interpreter ->
        [yes] {" "}(통역 필요)
       *[no] {""}
    }.

educator-place-changed = 장소 변경: { $guardian } ({ $children }), { $when }: { $place }. 함께 가는 분: { $partner }.

educator-done = 감사합니다! { $guardian } 가정 방문({ $when })이 완료로 기록되었습니다(선생님과 { $partner }).

educator-cant = 알려 주셔서 감사합니다. 코디네이터가 { $guardian } 가정 방문({ $when })을 다시 조정합니다. 그때까지 가정에는 연락하지 않습니다.

educator-no-visit = 감사합니다! 기록할 방문을 찾지 못했습니다. 코디네이터에게 문의해 주세요.

educator-ask-reflection = { $guardian } 가정 방문 감사합니다! 가족이 { $children }에 대해 어떤 꿈과 바람을 나누었나요? 짧게 답장해 주세요(가족에게는 보내지 않습니다). 건너뛰려면 'SKIP'이라고 보내 주세요.

educator-reflection-kept =
    { $skipped ->
        [yes] 괜찮습니다. { $guardian } 가정 방문 소감은 남기지 않습니다.
       *[no] 감사합니다! { $guardian } 가정 방문 소감이 저장되었습니다.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = 가정 방문 — { $educator }

calendar-summary =
    { $state ->
        [cancelled] 취소됨: 가정 방문, { $guardian }
       *[other] 가정 방문: { $guardian }
    }

calendar-place =
    { $where ->
        [home] 가정
       *[other] { $place }
    }

calendar-notes =
    가족: { $guardian }
    자녀: { $children }
    언어: { $language } ({ $interpreter ->
        [yes] 통역사와 함께 가세요
       *[no] 짝 선생님이 이 언어를 합니다
    })
    함께 가는 분: { $partner }
    장소: { $place }
    { $minutes }분
    { $state ->
        [cancelled] 이 방문은 취소되었습니다.
        [completed] 완료되었습니다. 감사합니다.
       *[other] 방문 후 DONE을 보내 주세요.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. Particles after a variable are again
## ones that fit any ending (에, 에서, 님, 입니다); language names all end in a vowel (를).

voice-invitation =
    { $guardian }님, 안녕하세요! { $school }입니다. { $pairs ->
        [one] { $educator1 } 선생님과 { $educator2 } 선생님이
       *[many] 선생님 두 분이
    } 댁을 30분간 방문해 { $children }에 대한 꿈과 바람을 듣고 싶어 합니다. 방문은 원하실 때만 합니다.

voice-invitation-second =
    { $guardian }님, 안녕하세요! { $school }입니다. { $visited1 } 선생님과 { $visited2 } 선생님이 다시 댁을 30분간 방문해 { $children }의 요즘 소식을 듣고 싶어 합니다. 방문은 원하실 때만 합니다.

voice-option = { $when }에 만나시려면 { $number }번을 눌러 주세요.

voice-menu-end = 지금은 방문을 원하지 않으시면 9번을 눌러 주세요. 학교 담당자와 통화하시려면 0번을 눌러 주세요.

voice-no-input = 선택하신 번호가 입력되지 않았습니다.

voice-not-a-choice = 죄송합니다. 선택할 수 없는 번호입니다.

voice-goodbye = 감사합니다. 안녕히 계세요!

voice-booked =
    감사합니다! { $educator1 } 선생님과 { $educator2 } 선생님이 { $when }에 { $where ->
        [home] 댁을 방문합니다
       *[other] { $place }에서 뵙습니다
    }. 방문은 30분 정도입니다. 하루 전에 다시 전화드리겠습니다.

voice-visit =
    { $educator1 } 선생님과 { $educator2 } 선생님의 방문은 { $when }에 { $where ->
        [home] 댁에서
       *[other] { $place }에서
    } 있습니다.

voice-reminder = 안녕하세요! { $school }에서 방문 일정을 알려 드립니다.

voice-visit-choices = 예정대로 만나시려면 1번, 시간을 바꾸시려면 2번, 취소하시려면 3번을 눌러 주세요.

voice-kept = 좋습니다. 그때 뵙겠습니다!

voice-decline-thanks = 알려 주셔서 감사합니다. 마음이 바뀌시면 언제든지 학교로 전화해 주세요.

voice-cancelled = 방문이 취소되었습니다. 감사합니다! 나중에 만나기를 원하시면 학교로 전화해 주세요.

voice-slot-taken = 죄송합니다. 그 시간은 방금 마감되었습니다.

voice-change = 네, 알겠습니다. 다른 시간을 안내해 드리겠습니다.

voice-no-options-left = 감사합니다! 지금은 가능한 다른 시간이 없습니다. 곧 학교에서 전화드리겠습니다.

voice-handoff = 감사합니다. 곧 학교 담당자가 다시 전화드리겠습니다.

voice-machine = 안녕하세요, 자녀 학교의 가정 방문 프로그램 { $program }입니다. 전화번호 { $contact }, 이 번호로 전화 주시기 바랍니다. 감사합니다!

voice-unknown-caller = 안녕하세요, 자녀 학교의 가정 방문 프로그램 { $program }입니다. 학교에 연락하시려면 전화번호 { $contact }, 이 번호로 전화해 주세요. 안녕히 계세요!

voice-nothing-open = 안녕하세요, { $school }입니다! 지금은 선택하실 수 있는 시간이 없습니다. 학교 담당자와 통화하시려면 0번을 눌러 주세요.

voice-no-voice = { $language }를 하는 직원이 다시 전화드리겠습니다. 지금 바로 통화하시려면 0번을 눌러 주세요.
