### Reply keywords: Chinese, Simplified (zh-Hans).
### Status: draft: needs review by a native speaker.
### Format and keys: see the header of locales/en/replies.ftl. English words are understood too.
### Chinese is matched character by character, without spaces; list longer phrases so they
### win over the characters inside them ("不好意思" is politeness, not "不" + "好").
### Traditional spellings are listed too: families switch keyboards.

reply-accept = 好, 好的, 好啊, 好呀, 好吧, 可以, 可以的, 可以啊, 行啊, 行的, 没问题, 沒問題, 是的, 是啊, 对, 對, 对的, 嗯, 嗯嗯, 同意, 我同意, 确认, 確認, 接受, 欢迎, 歡迎, 太好了, 当然, 當然, 当然可以, 好的谢谢, 冇問題

reply-decline = 不, 不要, 不用, 不用了, 不用了谢谢, 不行, 不可以, 不了, 不去, 不方便, 不需要, 不想, 没空, 沒空, 没时间, 沒時間, 没有时间, 算了, 不感兴趣, 不感興趣, 拒绝, 拒絕, 取消预约, 取消預約, 取消家访, 取消家訪, 取消见面, 唔得, 唔使, 唔要, 唔方便

reply-change = 改, 改时间, 改時間, 换时间, 換時間, 换个时间, 換個時間, 改期, 改天, 换, 換, 其他时间, 其他時間, 别的时间, 別的時間, 另一个时间, 另一天, 别的日子, 换一天, 換一天, 重新安排

reply-place = 地点, 地點, 换地方, 換地方, 别的地方, 別的地方, 其他地方, 换个地方, 換個地方, 不在家, 在图书馆, 在圖書館, 在公园, 在公園, 图书馆见, 公园见, 在学校见, 在學校見

reply-stop = 停, 停止, 取消, 退订, 退訂, 退出, 不要再发, 不要再發

reply-stop-phrases = 停止, 不要再发短信, 不要再發短信, 别再发短信, 別再發短信, 不要发短信给我, 不要再给我发短信, 停止发送, 停止發送, 取消订阅, 取消訂閱, 退订, 退訂

reply-start = 开始, 開始, 恢复, 恢復, 订阅, 訂閱

reply-help = 帮助, 幫助, 帮忙, 幫忙, 求助, 说明, 說明

reply-ordinals =
    .first = 第一个, 第一個, 第一项, 第一項, 第一个时间, 第一個時間, 选一, 選一
    .second = 第二个, 第二個, 第二项, 第二項, 第二个时间, 第二個時間, 选二, 選二
    .third = 第三个, 第三個, 第三项, 第三項, 第三个时间, 第三個時間, 选三, 選三
    .fourth = 第四个, 第四個, 第四项, 第四項, 选四, 選四
    .fifth = 第五个, 第五個, 第五项, 第五項, 选五, 選五

reply-numbers =
    .one = 一, 第一
    .two = 二, 两, 兩, 第二
    .three = 三, 第三
    .four = 四, 第四
    .five = 五, 第五

reply-neutral = 谢谢, 謝謝, 多谢, 多謝, 谢谢你, 谢谢老师, 謝謝老師, 请, 請, 你好, 您好, 老师, 老師, 老师好, 号, 號, 我选, 我選, 选, 選, 我要, 要, 我们选, 不好意思, 对不起, 對不起, 可不可以, 好不好, 行不行, 能不能, 好像, 最好, 好吗, 好嗎, 的, 了, 吧, 呀, 啊, 哦, 喔, 但是, 可是, 还是, 還是, 就是, 我, 我们, 我們, 选项, 選項, 时间, 時間

reply-not = 不是, 不要, 除了, 不选, 不選

reply-time = 点, 點, 点钟, 點鐘, 时, 時, 分, 半, 月, 日, 星期, 礼拜, 禮拜, 周, 週, 下午, 上午, 晚上, 早上, 中午, 以后, 以後, 之后, 之後, 以前, 之前, 前, 后, 後, 个孩子, 個孩子, 孩子
