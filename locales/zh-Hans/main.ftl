# Review status: draft by a fluent non-native author; the fixes of the 2026-12 translation review are applied; still needs review by a native speaker; the spoken voice-* section (phone calls) was added after that review and is a draft awaiting native review too.
# reply-words: yes=好 change=更改 decline=不 place=地点 stop=停止 start=开始 help=帮助
#
# Simplified Chinese (Mandarin speakers from mainland China). Families may also reply with
# the English words. Variables: see locales/en/main.ftl.

when = { $datetime }

option = { $number }) { $when }

option-separator = { "\u000A" }

language-name =
    { $code ->
        [en] 英语
        [es] 西班牙语
        [vi] 越南语
        [hmn] 苗语
        [zh-Hans] 中文（简体）
        [zh-Hant] 中文（繁体）
        [ru] 俄语
        [uk] 乌克兰语
        [ar] 阿拉伯语
        [pa] 旁遮普语
        [fa] 波斯语
        [prs] 达利语
        [tl] 他加禄语
        [ko] 韩语
        [so] 索马里语
        [ht] 海地克里奥尔语
        [pt] 葡萄牙语
        [fr] 法语
        [ps] 普什图语
        [sw] 斯瓦希里语
       *[other] { $code }
    }

invitation =
    { $guardian }，您好！{ $pairs ->
        [one] { $school }的{ $educator1 }和{ $educator2 }
       *[many] { $school }的两位老师
    }想到您家拜访30分钟，听听您对{ $children }的希望和梦想。完全自愿。请回复数字：
    { $options }
    或回复“不”。

invitation-second =
    { $guardian }，您好！{ $school }的{ $visited1 }和{ $visited2 }想再到您家拜访30分钟，听您聊聊{ $children }的近况。完全自愿。请回复数字：
    { $options }
    或回复“不”。

follow-up =
    { $school }再次问候！我们仍希望到您家拜访30分钟，完全自愿。请回复数字：
    { $options }
    或回复“不”。

booked =
    谢谢！{ $educator1 }和{ $educator2 }将于{ $when }{ $where ->
        [home] 到您家拜访
       *[other] 在{ $place }和您见面
    }，30分钟。要改时间请回复“更改”，要取消请回复“不”。

booked-interpreter = 口译员{ $interpreter }也将一同前来。

already-booked =
    已约好：{ $educator1 }和{ $educator2 }，{ $when }，{ $where ->
        [home] 在您家
       *[other] 在{ $place }
    }。要改时间请回复“更改”，要取消请回复“不”。

slot-taken =
    抱歉，这个时间刚被选走了。请回复另一个数字：
    { $options }

clarify =
    { $count ->
        [1] 请回复1选择这个时间，或回复“不”。
        [2] 请只回复一个数字：1或2，或回复“不”。
       *[other] 请只回复一个数字：1、2或3，或回复“不”。
    }

which-one =
    太好了！哪个时间最方便？请回复数字：
    { $options }

decline-thanks = 谢谢您告诉我们。如果您改变主意，随时回复“好”。

change =
    好的。请回复新时间的数字：
    { $options }

no-options-left = 谢谢！现在没有其他空闲时间了，学校的工作人员会尽快给您打电话。

cancelled = 您的家访已取消。谢谢！如果以后想见面，请回复“好”。

reminder =
    明天见！{ $educator1 }和{ $educator2 }将于{ $when }{ $where ->
        [home] 到您家拜访
       *[other] 在{ $place }和您见面
    }，30分钟。如需要，请回复“更改”或“不”。

ask-place = 好的！您想在哪里见面？公园、图书馆还是学校？请回复地点。

place-thanks = 谢谢！我们已告诉老师在这里和您见面：{ $place }

stop-confirmation = 您将不再收到我们的短信。回复“开始”可重新接收。

start-confirmation = 欢迎回来！您将重新收到我们的短信。回复“停止”可停止接收。

help = { $program }：学校家访项目。咨询：{ $contact }。回复“停止”可停止接收短信。

handoff = 谢谢！学校的工作人员会尽快回复您。

unknown-sender = 这里是{ $program }，您孩子学校的家访项目。联系学校：{ $contact }。回复“停止”可停止接收短信。

educator-confirmed =
    新家访：{ $guardian }（{ $children }），{ $when }，{ $where ->
        [home] 在家中
       *[other] 在{ $place }
    }，搭档：{ $partner }。语言：{ $language }{ $interpreter ->
        [yes] （需要翻译）
       *[no] {""}
    }。

educator-changed =
    家访改期：{ $guardian }（{ $children }），现为{ $when }（原为{ $previous }），{ $where ->
        [home] 在家中
       *[other] 在{ $place }
    }，搭档：{ $partner }。语言：{ $language }{ $interpreter ->
        [yes] （需要翻译）
       *[no] {""}
    }。

educator-cancelled = 家访取消：{ $guardian }（{ $children }），{ $when }，搭档：{ $partner }。谢谢！

educator-reminder =
    明天家访：{ $guardian }（{ $children }），{ $when }，{ $where ->
        [home] 在家中
       *[other] 在{ $place }
    }，搭档：{ $partner }。语言：{ $language }{ $interpreter ->
        [yes] （需要翻译）
       *[no] {""}
    }。

educator-place-changed = 新地点：{ $guardian }（{ $children }），{ $when }：{ $place }。搭档：{ $partner }。

educator-done = 谢谢！您与{ $guardian }（{ $when }）的家访已记录为完成，您和{ $partner }都已记入。

educator-cant = 谢谢告知。协调员会重新安排与{ $guardian }（{ $when }）的家访；在此之前不会通知家庭。

educator-no-visit = 谢谢！没有找到需要标记的家访。请联系协调员。

educator-ask-reflection = 谢谢您对{ $guardian }的家访！您了解到他们对{ $children }有哪些希望和梦想？请用几句话回复（不会发给家庭），或回复“SKIP”。

educator-reflection-kept =
    { $skipped ->
        [yes] 没问题：{ $guardian }的家访不记录反思。
       *[no] 谢谢！您对{ $guardian }家访的反思已保存。
    }

## Educators' calendar feed (see en/main.ftl for the variables)

calendar-name = 家访 — { $educator }

calendar-summary =
    { $state ->
        [cancelled] 已取消：家访，{ $guardian }
       *[other] 家访：{ $guardian }
    }

calendar-place =
    { $where ->
        [home] 学生家中
       *[other] { $place }
    }

calendar-notes =
    家庭：{ $guardian }
    孩子：{ $children }
    语言：{ $language }（{ $interpreter ->
        [yes] 请带翻译
       *[no] 你们中有人会说
    }）
    搭档：{ $partner }
    地点：{ $place }
    { $minutes } 分钟
    { $state ->
        [cancelled] 此次家访已取消。
        [completed] 已完成，谢谢。
       *[other] 家访后请发送 DONE。
    }

## Spoken on a phone call (TwiML <Say>, Mandarin voice): heard, not read. Variables and the
## voice used: see en/main.ftl and the voice table in locales/README.md.

voice-invitation =
    { $guardian }，您好！这里是{ $school }。{ $pairs ->
        [one] { $educator1 }和{ $educator2 }
       *[many] 两位老师
    }很想到您家拜访30分钟，听听您对{ $children }的希望。完全自愿。

voice-invitation-second =
    { $guardian }，您好！这里是{ $school }。{ $visited1 }和{ $visited2 }很想再到您家拜访30分钟，听您聊聊{ $children }最近过得怎么样。完全自愿。

voice-option = 选择{ $when }，请按{ $number }。

voice-menu-end = 如果现在不需要家访，请按9。如需和学校工作人员通话，请按0。

voice-no-input = 我们没有收到您的选择。

voice-not-a-choice = 抱歉，没有这个选项。

voice-goodbye = 谢谢，再见！

voice-booked =
    谢谢！{ $educator1 }和{ $educator2 }将于{ $when }{ $where ->
        [home] 到您家拜访
       *[other] 在{ $place }和您见面
    }，时间30分钟。我们会在前一天打电话提醒您。

voice-visit =
    您和{ $educator1 }、{ $educator2 }的家访时间是{ $when }，{ $where ->
        [home] 地点在您家
       *[other] 地点是{ $place }
    }。

voice-reminder = 您好！这是{ $school }的提醒电话。

voice-visit-choices = 保持不变，请按1。更改时间，请按2。取消家访，请按3。

voice-kept = 太好了，到时候见！

voice-decline-thanks = 谢谢您告诉我们。如果您改变主意，随时打电话给学校就可以。

voice-cancelled = 您的家访已取消。谢谢！如果以后想见面，打电话给学校就可以。

voice-slot-taken = 抱歉，这个时间刚被选走了。

voice-change = 好的。下面是其他时间。

voice-no-options-left = 谢谢！现在没有其他空闲时间了。学校的工作人员会尽快给您打电话。

voice-handoff = 谢谢。学校的工作人员会尽快给您回电话。

voice-machine = 您好，这里是{ $program }，您孩子学校的家访项目。请拨打{ $contact }给我们回电。谢谢！

voice-unknown-caller = 您好，这里是{ $program }，您孩子学校的家访项目。如需联系学校，请拨打{ $contact }。再见！

voice-nothing-open = 您好，这里是{ $school }！目前没有可以选择的时间。如需和学校工作人员通话，请按0。

voice-no-voice = 我们会请会说您的语言（{ $language }）的工作人员给您回电。如果现在就想和工作人员通话，请按0。
