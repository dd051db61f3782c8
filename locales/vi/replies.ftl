### Reply keywords: Vietnamese (vi).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Families often type without diacritics ("co", "khong"): that is understood. A word typed
### WITH diacritics must match them, so "đợi" (wait) is not read as "đổi" (change).
### "k" and "ko" here mean "không" (no), overriding English "k" (ok).
### "thứ 2" is Monday, not option 2: "thứ" is in reply-time; options are "số 2", "cái thứ hai".

reply-accept = có, vâng, vâng ạ, dạ vâng, dạ được, dạ có, được, được ạ, được rồi, ừ, ừm, uh, ok ạ, oke, okê, đồng ý, em đồng ý, tôi đồng ý, nhất trí, tốt, tốt quá, hay quá, chắc chắn, xác nhận, đúng rồi, được chứ, rất vui, không sao, không sao đâu, ko sao, k sao, hok sao, không vấn đề gì, không có vấn đề gì, không thành vấn đề, dc, đc, được mà, dạ dc, dạ đc, ok luôn, oki, có ạ, vâng được

reply-decline = không, ko, k, hông, hổng, không ạ, không được, không được ạ, không cần, không cần đâu, không muốn, không đi được, không tiện, không có thời gian, bận, em bận, tôi bận, thôi, thôi ạ, không cảm ơn, hủy cuộc hẹn, huỷ cuộc hẹn, hủy lịch hẹn, huỷ lịch hẹn, hủy buổi thăm, huỷ buổi thăm, từ chối, chưa được, hủy, huỷ, kg, kh, khg, hok, khum, hông được, hổng được, ko được, ko dc, k dc, khong dc, không đc, ko đc, bận rồi, em bận rồi, không rảnh, ko rảnh, thôi khỏi, khỏi, có việc, em có việc, tôi có việc, có việc bận, bận việc, có hẹn rồi, em có hẹn

reply-change = đổi, đổi lịch, đổi giờ, đổi ngày, đổi thời gian, dời, dời lịch, dời lại, dời ngày, giờ khác, ngày khác, thời gian khác, lúc khác, hẹn lại, đổi lịch hẹn, chọn giờ khác, hôm khác, khi khác, để khi khác, tuần sau, tuần tới, dịp khác, để lần sau, lần khác, đổi ngày khác

reply-place = địa điểm, chỗ khác, nơi khác, chỗ hẹn, ở thư viện, ở công viên, gặp ở thư viện, gặp ở công viên, gặp ở trường, không ở nhà, đổi địa điểm, đổi chỗ

reply-stop = dừng, dừng lại, ngừng, ngưng, hủy đăng ký, huỷ đăng ký, thoát

reply-stop-phrases = dừng, dừng lại, ngừng, ngưng, đừng nhắn tin nữa, đừng nhắn nữa, đừng nhắn tin cho tôi, đừng gửi tin nhắn, đừng gửi tin nhắn nữa, không nhận tin nhắn, ngừng gửi tin nhắn, dừng gửi tin nhắn, xóa số của tôi, xoá số của tôi, hủy đăng ký, huỷ đăng ký, đừng nhắn tin cho tôi nữa, đừng gửi tin nữa, không muốn nhận tin nhắn, tôi không muốn nhận tin nhắn, không nhận tin nhắn nữa, ngừng nhắn tin, dừng nhắn tin, xóa số điện thoại của tôi, xoá số điện thoại của tôi, đừng liên lạc nữa, đừng liên lạc với tôi nữa, hủy nhận tin, huỷ nhận tin, đừng nhắn tin, ko nhắn tin nữa, đừng gửi tin nhắn cho tôi nữa

reply-start = bắt đầu, đăng ký lại, đăng ký, bắt đầu lại, nhận tin lại

reply-help = giúp, giúp đỡ, trợ giúp, giúp tôi, thông tin

reply-ordinals =
    .first = cái thứ nhất, cái đầu tiên, số một, lựa chọn một, lựa chọn thứ nhất, thứ nhất, đầu tiên
    .second = cái thứ hai, số hai, lựa chọn hai, lựa chọn thứ hai, cái thứ 2
    .third = cái thứ ba, số ba, lựa chọn ba, lựa chọn thứ ba, cái thứ 3
    .fourth = cái thứ tư, số bốn, lựa chọn bốn, lựa chọn thứ tư
    .fifth = cái thứ năm, số năm, lựa chọn năm, lựa chọn thứ năm

reply-numbers =
    .one = một, mot
    .two = hai
    .three = ba
    .four = bốn, tư
    .five = năm

reply-neutral = dạ, ạ, à, nha, nhé, nhe, ha, cảm ơn, cám ơn, cảm ơn cô, cám ơn cô, cảm ơn thầy, cám ơn thầy, cảm ơn nhiều, xin cảm ơn, làm ơn, xin chào, chào cô, chào thầy, chào, cô, thầy, cô giáo, thầy giáo, em, tôi, chị, anh, số, lựa chọn, chọn, em chọn, tôi chọn, cái, là, muốn, em muốn, tôi muốn, em có, tôi có, mình có, nhà em có, chúng tôi có, được không, được ko, đc không, đc ko, dc ko, dc khong, có được không, được hông, không có gì, ko có gì, con cảm ơn, con cám ơn, con cảm ơn cô, con cảm ơn thầy, dạ con, con chào cô, con chào thầy, cháu cảm ơn, cháu cám ơn

reply-not = không phải, trừ, ngoại trừ, không phải là, ko phải, k phải, khong phai, không chọn, đừng

reply-time = lúc, giờ, g, h, chiều, sáng, tối, trưa, thứ, ngày, tháng, sau, trước, khoảng, đến, con, cháu, đứa, mai, ngày mai, hôm nay, mốt, lớp, tuổi, phút, tuần, bé, đứa con, tầng, lầu, phòng, đường, số nhà

reply-accept-whole = đúng, đúng vậy, đúng ạ, dạ đúng

reply-unsure = không biết, ko biết, k biết, kb, chưa biết, em chưa biết, tôi không biết, hổng biết, không chắc, chưa chắc, có thể, có lẽ, chắc vậy, để xem, để em xem, để em hỏi, để tôi hỏi, sao lại không, tại sao không, sao không

reply-lookalikes = huy, dung, dũng
