### Reply keywords: Chinese, Traditional (zh-Hant; also Cantonese-speaking families).
### Status: draft: needs review by a native speaker (Mandarin and Cantonese).
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Chinese is matched character by character, without spaces; list longer phrases so they
### win over the characters inside them ("不好意思" is politeness, not "不" + "好").
### Simplified spellings are listed too: families switch keyboards.

reply-accept = 好, 好的, 好啊, 好呀, 好吧, 可以, 可以的, 可以啊, 行啊, 行的, 沒問題, 没问题, 冇問題, 是的, 是啊, 對, 对, 對的, 嗯, 嗯嗯, 同意, 我同意, 確認, 确认, 接受, 歡迎, 太好了, 當然, 當然可以, 好呀好呀, 得呀, 係呀, 係啊, 冇問題呀, 行吧, 不錯, 不错, 冇問題啊, 可以可以, 好的好的, 得啦, OK呀, 不介意, 唔介意, 冇所謂, 無所謂

reply-decline = 不, 不要, 不用, 不用了, 不用了謝謝, 不行, 不可以, 不了, 不去, 不方便, 不需要, 不想, 沒空, 没空, 沒時間, 没时间, 沒有時間, 算了, 不感興趣, 不感兴趣, 拒絕, 取消預約, 取消预约, 取消家訪, 取消家访, 取消見面, 唔得, 唔使, 唔使喇, 唔要, 唔方便, 唔得閒, 冇時間, 冇空, 不好, 唔好, 取消, 去不了, 來不了, 沒辦法, 唔得呀, 不太方便, 唔去喇

reply-change = 改, 改時間, 改时间, 換時間, 换时间, 換個時間, 换个时间, 改期, 改天, 換, 换, 其他時間, 其他时间, 別的時間, 别的时间, 另一個時間, 另一天, 別的日子, 換一天, 重新安排, 下星期, 下次, 遲啲, 推遲, 延後, 下個禮拜, 晚啲, 早啲, 改天再約, 另約, 再約

reply-place = 地點, 地点, 換地方, 换地方, 別的地方, 别的地方, 其他地方, 換個地方, 换个地方, 不在家, 在圖書館, 在图书馆, 在公園, 在公园, 圖書館見, 公園見, 在學校見, 其他地點

reply-stop = 停, 停止, 退訂, 退订, 退出, 不要再發, 不要再发, 唔好再發, td

reply-stop-phrases = 停止, 不要再發短信, 不要再发短信, 別再發短信, 不要再傳訊息, 不要再傳簡訊, 唔好再發短訊, 唔好再send, 停止發送, 停止发送, 取消訂閱, 取消订阅, 退訂, 退订, 不要再發了, 別再傳了, 別再發了, 不要再傳訊息給我, 唔好再發, 唔好再發啦, 刪除我的號碼, 不想再收到簡訊, 不要再發簡訊, 不要再傳簡訊給我, 別再聯絡我, 唔好再搵我

reply-start = 開始, 开始, 恢復, 恢复, 訂閱, 订阅

reply-help = 幫助, 帮助, 幫忙, 帮忙, 求助, 說明, 说明

reply-ordinals =
    .first = 第一個, 第一个, 第一項, 第一项, 第一個時間, 選一, 选一
    .second = 第二個, 第二个, 第二項, 第二项, 第二個時間, 選二, 选二
    .third = 第三個, 第三个, 第三項, 第三项, 第三個時間, 選三, 选三
    .fourth = 第四個, 第四个, 第四項, 第四项, 選四, 选四
    .fifth = 第五個, 第五个, 第五項, 第五项, 選五, 选五

reply-numbers =
    .one = 一, 第一
    .two = 二, 兩, 两, 第二
    .three = 三, 第三
    .four = 四, 第四
    .five = 五, 第五

reply-neutral = 謝謝, 谢谢, 多謝, 多谢, 唔該, 謝謝老師, 請, 请, 你好, 您好, 老師, 老师, 老師好, 號, 号, 我選, 我选, 選, 选, 我要, 要, 我哋揀, 揀, 我揀, 不好意思, 唔好意思, 對不起, 对不起, 可不可以, 好不好, 行不行, 能不能, 得唔得, 好唔好, 好像, 最好, 好嗎, 好吗, 的, 了, 吧, 呀, 啊, 哦, 喔, 囉, 啦, 但是, 可是, 還是, 还是, 就是, 我, 我們, 我们, 選項, 选项, 時間, 时间, 不客氣, 唔使客氣

reply-not = 不是, 不要, 除了, 不選, 不选, 唔係, 唔要

reply-time = 點, 点, 點鐘, 点钟, 時, 时, 分, 半, 月, 日, 星期, 禮拜, 礼拜, 週, 周, 下午, 上午, 晚上, 早上, 中午, 以後, 以后, 之後, 之后, 以前, 之前, 前, 後, 后, 個孩子, 个孩子, 孩子, 年級, 歲, 明天, 聽日, 今日, 今天, 後天, 分鐘, 樓, 號樓, 室, 層

reply-accept-whole = 是, 係, 得, 行

reply-unsure = 不知道, 唔知, 唔知道, 不清楚, 不確定, 也許, 可能, 說不定, 再睇睇, 再看看, 為什麼不, 點解唔得, 睇吓先
