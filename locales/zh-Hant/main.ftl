# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=好 change=更改 decline=不 place=地點 stop=停止 start=開始 help=幫助
#
# Traditional Chinese (families from Taiwan and Hong Kong; Cantonese readers too). Families may also reply with
# the English words. Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] 英語
        [es] 西班牙語
        [vi] 越南語
        [hmn] 苗語
        [zh-Hans] 中文（簡體）
        [zh-Hant] 中文（繁體）
        [ru] 俄語
        [uk] 烏克蘭語
        [ar] 阿拉伯語
        [pa] 旁遮普語
        [fa] 波斯語
        [prs] 達利語
        [tl] 他加祿語
        [ko] 韓語
        [so] 索馬利語
        [ht] 海地克里奧爾語
        [pt] 葡萄牙語
        [fr] 法語
        [ps] 普什圖語
        [sw] 史瓦希里語
       *[other] { $code }
    }

invitation =
    { $guardian }，您好！{ $pairs ->
        [one] { $school }的{ $educator1 }和{ $educator2 }
       *[many] { $school }的兩位老師
    }想到府上拜訪30分鐘，聽聽您對{ $children }的希望和夢想。完全自願。請回覆數字：
    { $options }
    或回覆「不」。

invitation-second =
    { $guardian }，您好！{ $school }的{ $visited1 }和{ $visited2 }想再到府上拜訪30分鐘，聽您聊聊{ $children }的近況。完全自願。請回覆數字：
    { $options }
    或回覆「不」。

follow-up =
    { $school }再次問候！我們仍希望到府上拜訪30分鐘，完全自願。請回覆數字：
    { $options }
    或回覆「不」。

booked =
    謝謝！{ $educator1 }和{ $educator2 }將於{ $when }{ $where ->
        [home] 到府上拜訪
       *[other] 在{ $place }和您見面
    }，30分鐘。要改時間請回覆「更改」，要取消請回覆「不」。

booked-interpreter = 口譯員{ $interpreter }也將一同前來。

already-booked =
    已約好：{ $educator1 }和{ $educator2 }，{ $when }，{ $where ->
        [home] 在府上
       *[other] 在{ $place }
    }。要改時間請回覆「更改」，要取消請回覆「不」。

slot-taken =
    抱歉，這個時間剛被選走了。請回覆另一個數字：
    { $options }

clarify =
    { $count ->
        [1] 請回覆1選擇這個時間，或回覆「不」。
        [2] 請只回覆一個數字：1或2，或回覆「不」。
       *[other] 請只回覆一個數字：1、2或3，或回覆「不」。
    }

which-one =
    太好了！哪個時間最方便？請回覆數字：
    { $options }

decline-thanks = 謝謝您告訴我們。如果您改變主意，隨時回覆「好」。

change =
    好的。請回覆新時間的數字：
    { $options }

no-options-left = 謝謝！現在沒有其他空檔了，學校的工作人員會盡快打電話給您。

cancelled = 您的家訪已取消。謝謝！如果以後想見面，請回覆「好」。

reminder =
    明天見！{ $educator1 }和{ $educator2 }將於{ $when }{ $where ->
        [home] 到府上拜訪
       *[other] 在{ $place }和您見面
    }，30分鐘。如需要，請回覆「更改」或「不」。

ask-place = 好的！您想在哪裡見面？公園、圖書館還是學校？請回覆地點。

place-thanks = 謝謝！我們已告訴老師在這裡和您見面：{ $place }

stop-confirmation = 您將不再收到我們的簡訊。回覆「開始」可重新接收。

start-confirmation = 歡迎回來！您將重新收到我們的簡訊。回覆「停止」可停止接收。

help = { $program }：學校家訪計畫。查詢：{ $contact }。回覆「停止」可停止接收簡訊。

handoff = 謝謝！學校的工作人員會盡快回覆您。

unknown-sender = 這裡是{ $program }，您孩子學校的家訪計畫。聯絡學校：{ $contact }。回覆「停止」可停止接收簡訊。

educator-confirmed =
    新家訪：{ $guardian }（{ $children }），{ $when }，{ $where ->
        [home] 在家中
       *[other] 在{ $place }
    }，搭檔：{ $partner }。語言：{ $language }{ $interpreter ->
        [yes] （需要翻譯）
       *[no] {""}
    }。

educator-changed =
    家訪改期：{ $guardian }（{ $children }），現為{ $when }（原為{ $previous }），{ $where ->
        [home] 在家中
       *[other] 在{ $place }
    }，搭檔：{ $partner }。語言：{ $language }{ $interpreter ->
        [yes] （需要翻譯）
       *[no] {""}
    }。

educator-cancelled = 家訪取消：{ $guardian }（{ $children }），{ $when }，搭檔：{ $partner }。謝謝！

educator-reminder =
    明天家訪：{ $guardian }（{ $children }），{ $when }，{ $where ->
        [home] 在家中
       *[other] 在{ $place }
    }，搭檔：{ $partner }。語言：{ $language }{ $interpreter ->
        [yes] （需要翻譯）
       *[no] {""}
    }。

educator-place-changed = 新地點：{ $guardian }（{ $children }），{ $when }：{ $place }。搭檔：{ $partner }。

educator-done = 謝謝！您與{ $guardian }（{ $when }）的家訪已記錄為完成，您和{ $partner }都已記入。

educator-cant = 謝謝告知。協調員會重新安排與{ $guardian }（{ $when }）的家訪；在此之前不會通知家庭。

educator-no-visit = 謝謝！沒有找到需要標記的家訪。請聯絡協調員。

educator-ask-reflection = 謝謝您對{ $guardian }的家訪！您了解到他們對{ $children }有哪些希望和夢想？請用幾句話回覆（不會傳給家庭），或回覆「SKIP」。

educator-reflection-kept =
    { $skipped ->
        [yes] 沒問題：{ $guardian }的家訪不記錄反思。
       *[no] 謝謝！您對{ $guardian }家訪的反思已儲存。
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = 家訪 — { $educator }

calendar-summary =
    { $state ->
        [cancelled] 已取消：家訪，{ $guardian }
       *[other] 家訪：{ $guardian }
    }

calendar-place =
    { $where ->
        [home] 學生家中
       *[other] { $place }
    }

calendar-notes =
    家庭：{ $guardian }
    孩子：{ $children }
    語言：{ $language }（{ $interpreter ->
        [yes] 請帶翻譯
       *[no] 你們中有人會說
    }）
    搭檔：{ $partner }
    地點：{ $place }
    { $minutes } 分鐘
    { $state ->
        [cancelled] 此次家訪已取消。
        [completed] 已完成，謝謝。
       *[other] 家訪後請傳送 DONE。
    }

## Spoken on a phone call (TwiML <Say>): heard, not read. Variables: see en/main.ftl. These
## texts are standard written Chinese, read by a Taiwanese Mandarin voice (cmn-TW); see the
## voice table in locales/README.md for why not Cantonese, and what Cantonese families need.

voice-invitation =
    { $guardian }，您好！這裡是{ $school }。{ $pairs ->
        [one] { $educator1 }和{ $educator2 }
       *[many] 兩位老師
    }很想到府上拜訪30分鐘，聽聽您對{ $children }的希望。完全自願。

voice-invitation-second =
    { $guardian }，您好！這裡是{ $school }。{ $visited1 }和{ $visited2 }很想再到府上拜訪30分鐘，聽您聊聊{ $children }最近過得怎麼樣。完全自願。

voice-option = 選擇{ $when }，請按{ $number }。

voice-menu-end = 如果現在不需要家訪，請按9。如需和學校工作人員通話，請按0。

voice-no-input = 我們沒有收到您的選擇。

voice-not-a-choice = 抱歉，沒有這個選項。

voice-goodbye = 謝謝，再見！

voice-booked =
    謝謝！{ $educator1 }和{ $educator2 }將於{ $when }{ $where ->
        [home] 到府上拜訪
       *[other] 在{ $place }和您見面
    }，時間30分鐘。我們會在前一天打電話提醒您。

voice-visit =
    您和{ $educator1 }、{ $educator2 }的家訪時間是{ $when }，{ $where ->
        [home] 地點在府上
       *[other] 地點是{ $place }
    }。

voice-reminder = 您好！這是{ $school }的提醒電話。

voice-visit-choices = 維持不變，請按1。更改時間，請按2。取消家訪，請按3。

voice-kept = 太好了，到時候見！

voice-decline-thanks = 謝謝您告訴我們。如果您改變主意，隨時打電話給學校就可以。

voice-cancelled = 您的家訪已取消。謝謝！如果以後想見面，打電話給學校就可以。

voice-slot-taken = 抱歉，這個時間剛被選走了。

voice-change = 好的。以下是其他時間。

voice-no-options-left = 謝謝！現在沒有其他空檔了。學校的工作人員會盡快打電話給您。

voice-handoff = 謝謝。學校的工作人員會盡快回電給您。

voice-machine = 您好，這裡是{ $program }，您孩子學校的家訪計畫。請撥{ $contact }回電給我們。謝謝！

voice-unknown-caller = 您好，這裡是{ $program }，您孩子學校的家訪計畫。如需聯絡學校，請撥{ $contact }。再見！

voice-nothing-open = 您好，這裡是{ $school }！目前沒有可以選擇的時間。如需和學校工作人員通話，請按0。

voice-no-voice = 我們會請會說您的語言（{ $language }）的工作人員回電給您。如果現在就想和工作人員通話，請按0。
