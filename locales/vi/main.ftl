# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=CÓ change=ĐỔI decline=KHÔNG place=ĐỊA ĐIỂM stop=DỪNG start=BẮT ĐẦU help=GIÚP
#
# Vietnamese with full diacritics (it is UCS-2 either way). Families may reply without
# diacritics (DOI, KHONG); the reply reader folds them. Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] tiếng Anh
        [es] tiếng Tây Ban Nha
        [vi] tiếng Việt
        [hmn] tiếng Hmông
        [zh-Hans] tiếng Trung (giản thể)
        [zh-Hant] tiếng Trung (phồn thể)
        [ru] tiếng Nga
        [uk] tiếng Ukraina
        [ar] tiếng Ả Rập
        [pa] tiếng Punjab
        [fa] tiếng Ba Tư
        [prs] tiếng Dari
        [tl] tiếng Tagalog
        [ko] tiếng Hàn
        [so] tiếng Somali
        [ht] tiếng Creole Haiti
        [pt] tiếng Bồ Đào Nha
        [fr] tiếng Pháp
        [ps] tiếng Pashto
        [sw] tiếng Swahili
       *[other] { $code }
    }

invitation =
    Xin chào { $guardian }! { $pairs ->
        [one] { $educator1 } và { $educator2 } ở { $school }
       *[many] Hai thầy cô ở { $school }
    } rất mong được đến thăm nhà 30 phút để lắng nghe mong ước của quý vị dành cho { $children }. Tùy quý vị: trả lời số hoặc KHÔNG.
    { $options }

invitation-second =
    Xin chào { $guardian }! { $visited1 } và { $visited2 } ở { $school } rất mong được đến thăm lại nhà 30 phút để hỏi thăm { $children } dạo này ra sao. Tùy quý vị: trả lời số hoặc KHÔNG.
    { $options }

follow-up =
    { $school } xin chào quý vị lần nữa! Chúng tôi vẫn mong được đến thăm 30 phút. Tùy quý vị: trả lời số hoặc KHÔNG.
    { $options }

booked =
    Cảm ơn! { $educator1 } và { $educator2 } sẽ đến { $where ->
        [home] nhà quý vị
       *[other] { $place }
    } lúc { $when }, 30 phút. Muốn đổi, trả lời ĐỔI; muốn hủy, trả lời KHÔNG.

booked-interpreter = Thông dịch viên { $interpreter } cũng sẽ đi cùng.

already-booked =
    Đã hẹn xong: { $educator1 } và { $educator2 }, { $when }, { $where ->
        [home] tại nhà
       *[other] tại { $place }
    }. Trả lời ĐỔI để đổi hoặc KHÔNG để hủy.

slot-taken =
    Xin lỗi, giờ đó vừa có người chọn. Trả lời số khác:
    { $options }

clarify =
    { $count ->
        [1] Xin trả lời 1 để chọn giờ này, hoặc KHÔNG.
        [2] Xin trả lời một số, 1 hoặc 2, hoặc KHÔNG.
       *[other] Xin trả lời một số, 1, 2 hoặc 3, hoặc KHÔNG.
    }

which-one =
    Tuyệt vời! Giờ nào tiện nhất? Trả lời bằng số:
    { $options }

decline-thanks = Cảm ơn quý vị đã cho biết. Nếu đổi ý, cứ trả lời CÓ.

change =
    Được ạ. Trả lời số của giờ mới:
    { $options }

no-options-left = Cảm ơn! Hiện không còn giờ trống; người của trường sẽ sớm gọi cho quý vị.

cancelled = Buổi thăm đã hủy. Cảm ơn quý vị! Nếu muốn gặp sau, cứ trả lời CÓ.

reminder =
    Hẹn gặp ngày mai! { $educator1 } và { $educator2 } sẽ đến { $where ->
        [home] nhà quý vị
       *[other] { $place }
    } lúc { $when }, 30 phút. Nếu cần, xin trả lời ĐỔI hoặc KHÔNG.

ask-place = Được ạ! Quý vị muốn gặp ở đâu? Công viên, thư viện, trường? Xin trả lời địa điểm.

place-thanks = Cảm ơn! Chúng tôi đã báo thầy cô gặp quý vị tại: { $place }

stop-confirmation = Quý vị sẽ không nhận tin nhắn của chúng tôi nữa. Trả lời BẮT ĐẦU để nhận lại.

start-confirmation = Chào mừng trở lại! Quý vị sẽ tiếp tục nhận tin nhắn của chúng tôi. Trả lời DỪNG để ngừng.

help = { $program }: chương trình thăm nhà của trường. Hỏi: { $contact }. Trả lời DỪNG để ngừng.

handoff = Cảm ơn quý vị! Người của trường sẽ sớm trả lời.

unknown-sender = Đây là { $program }, chương trình thăm nhà của trường. Liên lạc trường: { $contact }. Trả lời DỪNG để ngừng.

educator-confirmed =
    Buổi thăm mới: { $guardian } ({ $children }), { $when }, { $where ->
        [home] tại nhà gia đình
       *[other] tại { $place }
    }, cùng { $partner }. Ngôn ngữ: { $language }{ $interpreter ->
        [yes] {" "}(cần thông dịch)
       *[no] {""}
    }.

educator-changed =
    Đổi giờ: { $guardian } ({ $children }), nay là { $when } (trước: { $previous }), { $where ->
        [home] tại nhà gia đình
       *[other] tại { $place }
    }, cùng { $partner }. Ngôn ngữ: { $language }{ $interpreter ->
        [yes] {" "}(cần thông dịch)
       *[no] {""}
    }.

educator-cancelled = Đã hủy: { $guardian } ({ $children }), { $when }, cùng { $partner }. Cảm ơn!

educator-reminder =
    Ngày mai: { $guardian } ({ $children }), { $when }, { $where ->
        [home] tại nhà gia đình
       *[other] tại { $place }
    }, cùng { $partner }. Ngôn ngữ: { $language }{ $interpreter ->
        [yes] {" "}(cần thông dịch)
       *[no] {""}
    }.

educator-place-changed = Địa điểm mới cho { $guardian } ({ $children }), { $when }: { $place }. Cùng { $partner }.

educator-done = Cảm ơn! Chuyến thăm với { $guardian } ({ $when }) đã được ghi nhận là hoàn thành, cho bạn và { $partner }.

educator-cant = Cảm ơn đã báo. Điều phối viên sẽ sắp xếp chuyến thăm với { $guardian } ({ $when }); gia đình chưa được báo cho đến lúc đó.

educator-no-visit = Cảm ơn! Chúng tôi không tìm thấy chuyến thăm nào của bạn để ghi nhận. Điều phối viên có thể giúp bạn.

educator-ask-reflection = Cảm ơn bạn đã thăm nhà { $guardian }! Gia đình chia sẻ mong ước gì cho { $children }? Trả lời vài dòng (không gửi cho gia đình) hoặc SKIP.

educator-reflection-kept =
    { $skipped ->
        [yes] Không sao: đã bỏ qua phần cảm nhận cho chuyến thăm { $guardian }.
       *[no] Cảm ơn! Cảm nhận của bạn về chuyến thăm { $guardian } đã được lưu.
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = Thăm nhà — { $educator }

calendar-summary =
    { $state ->
        [cancelled] Đã hủy: thăm nhà, { $guardian }
       *[other] Thăm nhà: { $guardian }
    }

calendar-place =
    { $where ->
        [home] Nhà của gia đình
       *[other] { $place }
    }

calendar-notes =
    Gia đình: { $guardian }
    Con: { $children }
    Ngôn ngữ: { $language } ({ $interpreter ->
        [yes] cần mang thông dịch viên
       *[no] một trong hai người nói được
    })
    Cùng với: { $partner }
    Địa điểm: { $place }
    { $minutes } phút
    { $state ->
        [cancelled] Buổi thăm này đã bị hủy.
        [completed] Đã hoàn thành, cảm ơn.
       *[other] Nhắn DONE sau buổi thăm.
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables and the voice used: see
## en/main.ftl and the voice table in locales/README.md. "Bấm số" for keys; $when follows
## "lúc" as in booked.

voice-invitation =
    Xin chào { $guardian }! Chúng tôi gọi từ { $school }. { $pairs ->
        [one] { $educator1 } và { $educator2 }
       *[many] Hai thầy cô
    } rất mong được đến thăm nhà quý vị 30 phút, để lắng nghe mong ước của quý vị dành cho { $children }. Hoàn toàn tùy quý vị.

voice-invitation-second =
    Xin chào { $guardian }! Chúng tôi gọi từ { $school }. { $visited1 } và { $visited2 } rất mong được đến thăm lại nhà quý vị 30 phút, để hỏi thăm { $children } dạo này ra sao. Hoàn toàn tùy quý vị.

voice-option = Để chọn lúc { $when }, xin bấm số { $number }.

voice-menu-end = Nếu lúc này quý vị chưa muốn được thăm nhà, xin bấm số 9. Để nói chuyện với người của trường, xin bấm số 0.

voice-no-input = Chúng tôi chưa nhận được lựa chọn của quý vị.

voice-not-a-choice = Xin lỗi, số đó không có trong các lựa chọn.

voice-goodbye = Cảm ơn quý vị. Xin chào tạm biệt!

voice-booked =
    Cảm ơn quý vị! { $educator1 } và { $educator2 } sẽ đến { $where ->
        [home] nhà quý vị
       *[other] { $place } để gặp quý vị
    } lúc { $when }, trong 30 phút. Chúng tôi sẽ gọi nhắc quý vị một ngày trước đó.

voice-visit =
    Buổi thăm của { $educator1 } và { $educator2 } là lúc { $when }, { $where ->
        [home] tại nhà quý vị
       *[other] tại { $place }
    }.

voice-reminder = Xin chào! Đây là cuộc gọi nhắc hẹn từ { $school }.

voice-visit-choices = Để giữ buổi hẹn, xin bấm số 1. Để đổi giờ, xin bấm số 2. Để hủy, xin bấm số 3.

voice-kept = Tuyệt vời. Hẹn gặp quý vị!

voice-decline-thanks = Cảm ơn quý vị đã cho biết. Nếu đổi ý, quý vị cứ gọi cho trường.

voice-cancelled = Buổi thăm đã được hủy. Cảm ơn quý vị! Nếu muốn gặp sau, quý vị cứ gọi cho trường.

voice-slot-taken = Xin lỗi, giờ đó vừa có người chọn.

voice-change = Dạ được. Sau đây là các giờ khác.

voice-no-options-left = Cảm ơn quý vị! Hiện không còn giờ trống. Người của trường sẽ sớm gọi cho quý vị.

voice-handoff = Cảm ơn quý vị. Người của trường sẽ sớm gọi lại cho quý vị.

voice-machine = Xin chào, đây là { $program }, chương trình thăm nhà của trường con quý vị. Xin gọi lại cho chúng tôi theo số { $contact }. Cảm ơn quý vị!

voice-unknown-caller = Xin chào, đây là { $program }, chương trình thăm nhà của trường con quý vị. Để liên lạc với trường, xin gọi số { $contact }. Xin chào tạm biệt!

voice-nothing-open = Xin chào, đây là { $school }! Lúc này chưa có giờ nào để quý vị chọn. Để nói chuyện với người của trường, xin bấm số 0.

voice-no-voice = Chúng tôi sẽ gọi lại cho quý vị cùng một người nói được { $language }. Để nói chuyện với một người ngay bây giờ, xin bấm số 0.
