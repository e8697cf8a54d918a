"""All five tags on everyday web text and news: a pool of 200 items of chardet 5.2.0's test
feeds (its sdist's ``tests/<encoding>/*.xml``: Chinese, Taiwanese, Japanese, Korean, Russian,
Bulgarian, Hungarian, Greek, Hebrew and Thai blogs, shops, forums and news) that no corpus
version used, drawn with ``random.Random(2202)`` and labelled by tests/eval/LABELLING.md
before the tagger was run on them (see its paragraph on this pool).

``POOL`` holds every item as (id, source, gold tags, text): the source is the feed file and
the item's 1-based position; the text is the item's title, a line break and its description
(CDATA unwrapped, HTML tags removed, entities unescaped, the file decoded with the encoding
its directory names), verbatim (``real``); an item longer than 1,500 characters keeps its
first 300 and the passages around the words that decide it, joined by " … " (``excerpt``).
``test_pool_tags`` asserts all five tags on every item but those in ``NOT_YET``, which the
tagger still gets wrong (listed with the reason, not asserted).
"""

from __future__ import annotations

import pytest
from tagged import tags as _tags

TAGS = frozenset({"russia", "china", "ukraine", "taiwan", "trade"})

POOL: tuple[tuple[str, str, frozenset[str], str], ...] = (
    (
        "ci-001",
        "tests/Big5/0804.blogspot.com.xml (item 9)",
        frozenset(),
        "awesome\n927終於開學~~!我遲到lor....... -v- 1返到去得返最尾左右角位 直覺上行左去左手邊"
        " 咁就識到kathriny(=k) leh, 佢好nice nei.. 我地去左大家樂食lunch 唔該晒佢幫我買野食 -3-"
        "\n至於上堂.. 好似上年個d gum la.. econ學返f4/5 d野 我發覺我要睇返先記得 --\"\n加油*\n"
        "放學billl去花街.. 會我老公 等埋佢地拎野之後all睇goblin比賽 00xxhome\n而家睇緊無線新個"
        "出十兄弟, 你會發現睇完1集你已經會完全冇晒生仔既意欲 佢d仔真係好恐怖--\" ______\nto my "
        "husbby,\n唔使再為我操心, thanksssss v. much!!\n多謝你之前失雞無神1朝早為我做既事 呢份"
        "大禮好窩心\n多謝你今日想為我做既事 但我唔捨得再要你操心..\n冇必要再同d同我倆冇關係既人"
        "再講咁多 無聊人唔作笑話仲有咩做..\n好中意口沒遮攔呢個4字詞-3- 不過對住呢d人可以慳返. "
        "個d咁既人睇極都睇唔明\n還口還手? w0t a lovely joke... 串都0徙氣\n今日個天落雨都落得特"
        "別舒服 特別peaceful~我中意!",
    ),
    # 大陸 said from Taiwan of mainland China as a place ("在大陸看公佈欄")
    (
        "ci-002",
        "tests/Big5/blog.worren.net.xml (item 3)",
        frozenset({"china"}),
        "haha ~ .. 唱歌比賽\n明天要進入決賽了! 其實當初說初賽取15名, 入圍應該不難 ! ... 是如預"
        "期般地入圍了 !\n明天就要唱決賽了, 今天仍然忙著我手邊的工作 . 下班時間到了, 在跟EE 討論"
        "一電路的問題 , 此時處長老大從遠遠一端走到我跟前, 拍了一下我桌前的隔板說 : 嘿~ .. 明天"
        "你要去比賽啦~?有加油團嗎? 這是一定要的ㄛ~~\nha ~ ... 處長底下有百多人, 也日理萬機 , 還"
        "以為他不會知道我這個小咖 ~ .. 結果他說他前陣子在大陸看公佈欄有看到我的名子就想\"嘿~?這"
        "不是我家的人嗎~~\" .... ha ~ ..... 不曉得他怎會記得我這很少在他跟前發言的人! ... ^_^\""
        "\n明天晚上部門有開課, 大概只有助理會過去陪我吧 ! ... :P .... 處長要我得一個最佳造型獎 "
        ".. ~\"~ .... pls ~..我這種得性的人怎扮出最佳造型ㄚ~?大概得穿丁字褲才有機會吧! ... 可以"
        "得最該死造型獎! .... ...",
    ),
    (
        "ci-003",
        "tests/Big5/blog.worren.net.xml (item 4)",
        frozenset(),
        "棒球理論\n從朋友 FW 給我的 mail 看到的 ....\n節錄 start .......\n直到有一天看棒球，我"
        "忽然領悟了一個應答的理論：\n如果我是個打擊手的話，總不該什麼球都打吧！\n應該要選好球才"
        "打，如果她投出的是壞球，\n那麼我幹嘛一直揮棒呢？\n節錄 end ........\n人和人之間的相處"
        "也是 ,\n情侶和夫妻之間就像是餵球的教練和打擊手\n職場間同事/跨部門就像是\"敵隊\"的投手"
        "和自己(打擊手) ...\n若是對方說了 or 做了什麼令自己不舒服的話 or 事`..\n其實... 沉默(不"
        "揮棒)或許可以讓許多不必要的問題避免掉!\n就像是投出了壞球, 若硬是去揮可能是高飛球接殺, "
        "也可能是\n滾地球雙殺........\n每個不同組合的伙伴都有其特定的相處模式, 有時候我會不經意"
        "\n投出壞球, 若對方懂得忍下 ~... 那就不會有爭執! 相對地若對方\n也是投出壞球了 ~ .... 我"
        "也要適度地忍下, ..... 懂的欣賞彼此的\n優點, 忍讓對方無傷大雅的缺點(or喜歡對方的缺點!) "
        ".... 一切都\n會很好 go .... :)",
    ),
    # a Taiwanese version of a drama (台灣版): a product made there
    (
        "ci-004",
        "tests/Big5/blog.worren.net.xml (item 6)",
        frozenset({"taiwan"}),
        "惡作劇之吻\n現在又在播惡作劇之吻台灣版 ....\n林依晨好可愛 ~....呵呵 ~.....\n無論是穿網"
        "球裝, 休閒裝, 淑女裝,....連睡衣都好可愛 !.. :P\n若我有個馬子像她那麼可愛就好了 ! ....."
        " XD\n劇中男主角對她真兇 ! ....\n可是,...... 我自己也很兇 ~...\n可愛女孩應該會被我嚇跑"
        "吧 ! ....\nha ~ ... 先修一下自己的屁氣吧 !\n呵 ~...有人說, 沒想到我是一個會去看偶像劇"
        "的人 !\nbut 我也不是每部都看~...偶像劇嘛~...當然就是裡面\n的人可愛的話就看啦 ! .... :P",
    ),
    # importing posts into WordPress: software
    (
        "ci-005",
        "tests/Big5/carbonxiv.blogspot.com.xml (item 1)",
        frozenset(),
        "Marz's moved...格子已搬家\nHi everyone, I've finally moved. Here's the new address: ht"
        "tp://www.carbonxiv.com/ . Please update (if any of you linked me)...\n新地址是: http:/"
        "/www.carbonxiv.com/ . 有連結的話, 麻煩更新一下...\n==================================="
        "============= Yes... Marz's been disappeared for awhile. 對啊! 格子好像失蹤一陣子了.\n"
        "Didn't reply to any of your comments, nor post any new stuffs here. 沒有回你們的回應, "
        "也沒有新文章.\nBecause I just finished importing the posts from Blogger to Word Press."
        " *Finally* It took me 2 tries. The first failure was because I've uploaded to the wron"
        "g dir. 這其實是因為我剛剛才終於把這裡所有的文章移到Word Press去. 嘗試了兩次, 第一次失"
        "敗是因為東西被上載到不對的地方.\nOriginally, I was thinking I'd post the new URL here "
        "once everything's finished. But I gradually figured that I wouldn't be able to finish "
        "all the renovation very soon. *with the current pace* 本來想等到所有東西做完後才把地址"
        "公佈, 但慢慢我就覺得, 以我現在的速度, 要我的新家完全裝修好, 並不會是短時間內的事.\nAnd"
        " some of you have actually discovered my new home. HAHA =) 而且你們一些人也已經發現了"
        "我的新地址了.\nSo, I'll announce my new address here now. *It's really raw, so if you "
        "go there, don't laugh at me =D* 所以我決定現在就告訴你們我的新地址. *你們見到, 可不要"
        "笑我喔! 因為新家還是很爛, 很基本的.*\nFeel free to post any comment there. 請多多指教!",
    ),
    # "chinese herb" soup base in Toronto: food
    (
        "ci-006",
        "tests/Big5/carbonxiv.blogspot.com.xml (item 4) excerpt",
        frozenset(),
        "繼續覓食 Food searching cont'd...\nDined out a few times this week, but didn't find an"
        "y real good restaurant. So-so, so-so, and so-so. Went to the i-cook buffet near Warden"
        " and Steeles. (Haven't had any hot-pot/shabu shabu since when?...) Wednesday night, ar"
        "ound 7:30p.m. There weren't a lot of customers at i-cook. Yes, Wednesday is s … nk pop"
        "s and other drinks) . The soup base we ordered was (1) Lobster base w/ 1 lb. of lobste"
        "r for $9.99, (2) Mushroom soup base $3.99, and (3) Lamb + chinese herb (Dong-Guai) sou"
        "p base $3.99. The environment there was quite good. I'm sure most of the people will r"
        "emember the big \"round\" screen TV there. It",
    ),
    (
        "ci-007",
        "tests/Big5/carbonxiv.blogspot.com.xml (item 8)",
        frozenset(),
        "還是覺得你最好\n還是覺得你最好 (Finally I changed the template back to GREY; Still lik"
        "e this better)\n但我不懂說將來 但我靜待妳歸來 在這心灰的冷冬 共你熱烈再相逢 全是我的美"
        "夢\n但我不懂說將來 但我靜靜待妳歸來 在這春風秋雨中 共妳願望已不同 還是有點故夢 想傾吐"
        "\n*一切事情驟似一絲苦惱 回看妳我的路 是情是愛是緣是痛 今日我卻竟都不知道 我依然 而我竟"
        "然 還是覺得妳最好\n#即使妳離開 我熱情未改 這漫長夜裡 誰人是妳所愛 花不似盛開 愛漸如大"
        "海 假使妳懷念我 為何獨處感慨 即使妳離開 我熱情未改 這漫長夜裡 誰人是妳所愛",
    ),
    # 花蓮, 屏東, 宜蘭, 台北
    (
        "ci-008",
        "tests/Big5/catshadow.blogspot.com.xml (item 5)",
        frozenset({"taiwan"}),
        "::花蓮::中山路山東燒餅店::\nThe breakfast place\nPosted by 31655069@N00 .\n那一年夏的"
        "心情特別浮躁，因為你即將遠渡重洋 藉口說要到東華詢問論文指導的可能 陪你從屏東驅車回花蓮"
        " 子夜啟程，在壽豐以南你停了下來~~看！日出~~ 我們就這麼安靜的望著那一輪紅日，等著它躍上"
        "山頭 進了市區先吃早餐，你說這裡的鹹豆漿好喝 即使不想走，還是被你送進了車站 還在盤算著"
        "： 該順道宜蘭見見母親？直達台北找朋友？或者坐回屏東算了？ 你又倒車回來搖下車窗~~這是印"
        "尼峇里島買的，妳留著~~ 一對精緻的牛皮影偶，我就這麼捧上了車 後來每到早餐店都會點鹹豆漿"
        "，再也沒有那天一般的美味了",
    ),
    # 中國聯合校友會: an organisation named after the country
    (
        "ci-009",
        "tests/Big5/ebao.us.xml (item 7)",
        frozenset({"china"}),
        "中國聯合校友會新年大型聯歡晚會隆重舉行\n懷特市長宣布中國校友日，華錦洲總領事致辭贈歌，"
        "逾千會員同樂。",
    ),
    # 中國旅美專家協會: an organisation named after the country
    (
        "ci-010",
        "tests/Big5/ebao.us.xml (item 9)",
        frozenset({"china"}),
        "中國旅美專家協會,華夏學人協會聯合舉辦2006年迎新年晚會\n旅美專家協會及華夏學人訂於12月3"
        "1日下午6時在華夏中文學校舉行跨年晚會",
    ),
    # China's economy
    (
        "ci-011",
        "tests/Big5/ebao.us.xml (item 11)",
        frozenset({"china"}),
        "中國企業無限公司\n中國猶如一家超大型企業，近三十年的經濟成長快要締造三度加倍的紀錄……，"
        "這樣強勁的成長力道可謂前所未見。",
    ),
    # 來台中
    (
        "ci-012",
        "tests/Big5/fudesign.blogspot.com.xml (item 4)",
        frozenset({"taiwan"}),
        "水痘熊暨FU ICASH卡\n哇!蠢花的水痘熊耶！ 這是一張純粹要證明FLASH畫很快的圖,上週日無尾熊"
        "及其友人來台中，所以現場就隨手拿蠢花的水痘熊表演一下FLASH是怎麼畫圖的，大概畫了十分鐘"
        "吧，檢方要求傳喚證人無尾熊。 不過再次跟此篇文章完全無關的事，就是我們來確認一下ICASH名"
        "單吧！ ICASH幾經波折，總算是快拿到了， 詳見「FU與他的光怪陸離插畫之路」(未出版)， 以下"
        "是訂購名單的: 小康 x 2 intro x 1 ryan x 1 米其 x 1 魚先生 x 1 秋 x 1 小布 x 1 艾栗森 x"
        " 1 joart x 3 mingi x 1 工設小康 x 2 采薇 x 2 JuJu x 1 milla x 1 小D x 1 didi x 2 蠢花 "
        "x 1 這次的包裝非常的豐富, 還有精喜(就是精美又喜歡的)明信片,感謝大家的擁躍搶購, 希望能"
        "在這個禮拜給我地址喔,轉帳的明細我會統一寄的,謝謝大家!!",
    ),
    # 回台灣
    (
        "ci-013",
        "tests/Big5/fudesign.blogspot.com.xml (item 6)",
        frozenset({"taiwan"}),
        "英國之旅(十三,十四)-CAMBRIDGE\n小勤偷笑，因為終於要回台灣了！(才不是這樣咧！) 在英國倒"
        "數最後一天，我們的行程是去劍橋。 看看人家的學生餐廳，為甚麼我們只有光二自助餐阿！ 這裡"
        "是劍橋的皇后學院，劍橋是好幾個學院組成的大學城，詳細的介紹大家還是去翻書吧！！ 劍橋名"
        "產「康河撐篙」，就是大學學生會划著船帶遊客延河欣賞美景，看看這些還吃起豐富的大餐了，真"
        "是浪費..不...是浪漫..我無法想像在成功湖做這些事是甚麼感覺。 既然來了就裝一下氣質。 如"
        "果後面的三角白棚再低一點就很像在戴帽子了.... 小勤只要吃到冰淇淋整個心情就好起來，是擁"
        "有「冰淇淋快樂」果實能力的女人。 我很想知道在這邊讀書是甚麼感覺，貴族嗎？會騎馬嗎？這"
        "邊的學生會打魔獸嗎？他們會吃雞排嗎？天阿我太想知道這些問題了... 然後就回到倫敦了，這邊"
        "是科芬園的街頭藝人 科芬園大概是我唯一喜歡倫敦的地方吧！有數不清的街頭藝人而且不會被警"
        "察追，而且非常專業不是像台灣都很悲情那種，街頭藝人是該帶給人們歡笑的..我是這麼想的...."
        " 英國行在這邊告一個段落，由於前一天已經下了一些結論害得這一篇看起來草草結束，但並不是"
        "這樣的，是因為我肚子餓了想吃午餐去了，(那就是草草結束阿！)，對於英國我很難一次說完對它"
        "的感想，因為英國太大了，有著數不清的面貌，不是那種台灣就可以說「小籠包好吃，人很色..不"
        ".是熱情」這樣兩句話就可以交代完，所以，我的結論是..我要去吃便當了... 附帶的是我們在回"
        "程的飛機上跟他們要撲克牌因為小勤要變魔術給我看，結果堂堂一個泰航整架飛機上沒有撲克牌，"
        "空姐就給我們這個東西玩，你當我們是三歲小孩嗎？？這是一個把方塊轉一轉就可以拼成一面圖的"
        "玩具，我很後悔把它丟了...應該上網拍賣看看....",
    ),
    # 台灣, 台南; 大陸同胞 describes a person (a descriptor, not the country)
    (
        "ci-014",
        "tests/Big5/fudesign.blogspot.com.xml (item 9)",
        frozenset({"taiwan"}),
        "英國之旅(九十)-回到Sheffield的兩天\n是的，我又繼續開始寫了，因為再不寫我就要去日本玩了"
        "，到時候我一定會忘光光，雖然沒有人催，沒有人問我阿接下來呢，我還是自己乖乖的開始吧！ "
        "從蘇格蘭回來後再姊姊家再享受了兩天舒服的日子，過著除了吃飯買菜煮東西還有睡覺的日子，感"
        "到非常的愜意。 那因為Sheffield之前已經介紹過了，讓我們快速的看圖說故事吧！！ 這是我姊"
        "，有男友但單身，剛好她要我回答五個問題，那我就開始了！！ Q1.你最喜歡台灣的哪個地方？ "
        "三采藝術大地 Q2.假如你想要養老，會選在哪個地方作為養老的地點？ 台南 Q3.假如下輩子投胎"
        "，你會想做哪國人? 有錢人 Q4.現在你最想去哪一個國家玩? 日本 Q5.你最喜歡世界上哪一個城市"
        "？ 東京 好我回答完了！ 這是全是湯匙做的長頸鹿，裝置藝術阿各位，按鈕還會動，是萬磁王的"
        "寵物嗎？ 姊姊與大陸同胞晶晶，雖然其實是男朋友但還是歡迎有錢又英俊的人跟她做朋友。 這是"
        "我朋友Mars跟Joart的T-shirt Tcode 明年我們會一起合作推出甫設計的機器人T喔！！ 特別帶到"
        "英國拍一張，有沒有國際化起來！ 還有慶祝小勤生日，但是她忙著在玩「模擬市民」，好感值變"
        "低，小勤妳需要將社交值提升了妳。 非常快速的，下一篇我們要來到倫敦了喔耶，正所謂光陰似"
        "劍阿！ 這不叫偷懶，是濃縮阿..是濃縮！！",
    ),
    # 台灣, 大陸, 中國; firms moving west is investment, not trade
    (
        "ci-015",
        "tests/Big5/kafkatseng.blogspot.com.xml (item 2)",
        frozenset({"china", "taiwan"}),
        "某種民族偏執\n忙了一個多月 連著四周的周休假都被毀掉 但終於有了好結果 我們再次擁有東元"
        "的廣告代理權 或許(被黃茂雄提出的或許) 我們明年還可以接東元其它商品的廣告代理權 這次比"
        "稿告捷 不只讓我們這組稍稍降低被合併或資遣的 恐懼 也讓我們公司終於在衰了快一年後 在比稿"
        "失敗十次後終於贏了一次 讓我們這新來的總經理有點成績 所以辛苦算是有了回報 但不能否認的"
        "是 台灣廣告業就像女詩人說的 廣告業的冬天真的來了 客戶端年年降低廣告預算 廣告公司也產生"
        "了再擴大與再小型的極端發展 凡經營外商的外商廣告公司者 預算不縮反增 而經營本土或日系的"
        "本土與日系廣告公司 則不但預算被壓還不斷掉客戶 變成讓小廣告公司 甚至媒體如東森電視都來"
        "搶預算 所以可以歸納的說 台灣產業不斷西進的趨勢 讓本土與日系廣告公司越來越沒生意可做 但"
        "外商廣告公司卻獲得更大的預算 做為西進的連結與轉運站 談台灣的外商廣告公司可以拍在大陸播"
        "放 的廣告影片 可以賺取額外佣金 但無力西進的日系或本土公司 就連做廣告的預算都要縮水 以"
        "準備前進中國 看到這樣的業界現象 只要做廣告夠久的人我想應該都感受到 女詩人說的冬天有多"
        "難受了 不扯政治 光就商業考量 確實台灣企業都不願意把餅畫在台灣裡 幾乎每家都西進了 政府"
        "擋也擋不住 台灣的企業腦袋裡想的只有\"變大\"變大\"再變大\" 要成為可以與外商相抗衡的國際"
        "大企業 這是無可厚非的 但不顧台灣或犧牲養大他的台灣 實在叫人難受 為了開枝散葉 寧願斷根"
        "也要到中國生根 不禁使人不得不感嘆 台灣畢竟不是南韓也不是日本 只是一個連聯合國都進不去"
        "的經濟體 在此除了感嘆 也無能為力 因為連我現在打出的字 傳播所運用感情與文化 都出自中國 "
        "我能說什麼 好吧 我承認 我想自己開廣告公司 並由於本身個性與公司規模 我會只在台灣做廣告 "
        ".........怎麼忽然覺得 我現在的心態有點像我二十年前的偶像一樣 她說 她不會離開日本到任何"
        "地方開演唱會 嗯 或許她的演藝事業只能到一定規模 跟她這個民族性偏執有關 不過 我不介意 我"
        "開心就好 因為是\"我\"的廣告公司嘛",
    ),
    # book titles naming China as their subject (中國之科學與文明, 知識份子與中國革命); 俄裔
    # Nabokov is a descriptor, Russell a name
    (
        "ci-016",
        "tests/Big5/letterlego.blogspot.com.xml (item 4) excerpt",
        frozenset({"china"}),
        "【轉載】20世紀百大英文非小說全覽\n20世紀百大英文非小說全覽\n王錫璋　國家圖書館參考組主"
        "任\n本專欄曾於民國88年2月號報導並刊出美國藍燈書屋（Random House）《當代文庫》（Modern "
        "Library）所選出的世紀百大英文小說全部名單，可作為國內圖書館選購外文圖書之參考。88年05"
        "月號亦報導藍燈書屋再接再勵將於04月29日「美國圖書博覽會」（BookExpo America）中宣布《當"
        "代文庫》編輯委員會所選出的本世紀百大最佳英文非小說（100 best nonfiction）。事後，國內"
        "報刊讀書、出版版面雖曾有專文報導，然仍僅限於簡略登出前十名名單而已。筆者於網路上獲得此"
        "百大英文非小說書單後，乃賡續88年02月號之精 … 天》　Silent Spring\n英國詩人　艾略特　T."
        "S.Eliot,　1888-1965　《1917-1932年論文選集》　Selected Essays, 1917-1932\n美國遺傳生物"
        "學家　華特生　James D. Watson, 1928-　《雙螺旋》　The Double Helix\n俄裔美籍作家　納巴"
        "科夫　Vladimir Nabokov, 1899-1977　《說吧！記憶》　Speak, Memory\n美國語言學家、新聞記"
        "者　孟肯　H. L. Mencken, 1880-1956　《美國語言》　American Language\n英國經濟學家　凱"
        "因斯　John M. Keyne … 987　《美國難題：黑人問題與現代民主》　An American Dilemma: the "
        "Negro Problem and Modern Democracy\n英國數學家、教育家、形上學家　懷德海　Alfred North"
        " Whitehead, 1861-1947　與哲學家羅素　Bertrand Russell, 1872-1970　合著《數學原理》　Pr"
        "incipia Mathematica\n美國古生物學家、地質學教授　古爾德　Stephen Jay Gould,1941-　《人"
        "的不可測量》　The Mismeasure of Man\n美國英語教育學者　亞伯拉姆斯　Meyer Howard Ab … i"
        "c Bomb\n愛爾蘭女記者、評論家　威絲特　Dame Rebecca West, 1892-1983　《黑羔羊與灰獵鷹》"
        "　Black Lamb and Grey Falcon\n愛爾蘭詩人、劇作家　葉慈　W. B. Yeats, 1865-1939　《自傳"
        "》　Autobiographies\n英國研究中國科學史學者　李約瑟　Joseph Needham, 1900-1995　《中國"
        "之科學與文明》　Science and Civilization in China\n英國詩人　格雷夫斯（Robert Graves, "
        "1895-1985）的第一次世界大戰回憶錄《向一切告別》（Goodbye to All That）\n英國作家　歐威"
        "爾（George Orwell, 1903-1950）的《向加泰隆尼亞致敬》（Homage to Catalonia）\n美國作家"
        "　馬克 … （Religion and the Rise of Capitalism）\n美國新聞評論家　李普曼（Walter Lippm"
        "ann, 1889-1974）的《道德序論》（A Preface to Morals）\n英國史學家　史景遷（Jonathan D."
        " Spence, 1936-　）的《知識份子與中國革命》（The Gate of Heavently Peace: the Chinese a"
        "nd Their Revolution）\n美國哲學家　孔恩（Thomas S. Kuhn, 1922-1996）的《科學革命的結構"
        "》（The Structure of Scientific Revolutions）\n美國歷史學家和教育家　伍德沃德（C. Vann"
        " Woodward, 1908-",
    ),
    # 台北, 台大; 俄國作家/音樂家 are nationalities in biography
    (
        "ci-017",
        "tests/Big5/letterlego.blogspot.com.xml (item 5)",
        frozenset({"taiwan"}),
        "李家同的『人文素養』試題\n三十個名詞：在每一個名詞後面寫下一句最簡單的解釋。 狄　更　"
        "斯 　英國小說家，著有《孤雛類》；〈小氣財神〉。 　（都是小時候讀的改寫本） 　 白　先　"
        "勇 　當代華文作家，〈遊園驚夢〉的意識流寫法；〈孽子〉的同志情愛體裁。 　收錄於《台北人"
        "》，描寫顛沛流離暫居台北的人生百態。 　 　 京都　條約 　各工業國的國際協定，二氧化碳排"
        "放逐年減量，以減緩地球溫室效應。 　美國有意違約。 　（我記得的是京都議定書） 　 日內瓦"
        "公約 　戰時需善待戰俘與病患。 　 　 紐倫堡大審 　二次戰後，國際聯合審判納粹的蓋世太保"
        "。 　（在美國好像又引起一場『納粹』恐怖） 　 雙　城　記 　記敘法國大革命時期的雙城；倫"
        "敦，巴黎。 　（應該看過改寫本，不過沒啥印象） 　 柴可夫斯基 　俄國古典音樂家。著名作品"
        "：天鵝湖，睡美人芭蕾舞劇；及一八一二序曲。 　（我自己是把他分類在新古典樂派） 　 白　"
        "鯨　記 　 　（沒興趣，所以一直沒看） 　 高　爾　基 　俄國作家。 　（好像有紀念公園，其"
        "實我記得的是有一部以高爾基公園為題的間諜小說） 　 基度山恩仇記 　 　（晚點寫） 　 阿拉"
        "　法特 　 　（晚點寫，十一月時折騰好久總算死成） 　 恩　隆　案 　 　（聽過，沒啥印象，"
        "再想想） 　 王　文　興 　台大外文系畢，當代小說家。著有《家變》，早年文字風格以怪文異"
        "字詰屈聱牙著名。 　 　 彌　賽　亞 　韓德爾作品，終曲為著名的〈哈利路亞〉。 　（聖誕假"
        "期必聽，我很喜歡） 　 黃　春　明 　 　（知道太多，整理一下再寫） 　 戴　高　樂 　法國"
        "總統。 　 　 但　　　丁 　神曲作者。 　 　 舊　　　約 　基督教聖經，描述從創世紀到基督"
        "昇天之間的事件；比新約具有故事性。 　 　 田園交響曲 　貝多芬第四號交響曲之通稱；描述午"
        "後田園由恬靜至暴雨而再度祥和的作品。 　 　 張　愛　玲 　當代華文海派女作家，影響後勁甚"
        "深，獨成『張學』。 　小說〈傾城之戀〉，〈半生緣〉；電影劇本《太太萬歲》，《不了情》。 "
        "　 　 維　瓦　第 　義大利小提琴家及作曲家。作品《四季》為著名小提琴協奏曲。 　 　 德蕾"
        "莎修女 　終身奉獻於第三世界國家，致力照顧貧民的女士。 　 　 米開朗基羅 　文藝復興時期"
        "三大家之一；作品以大型壁畫為主。 　 　 戰爭與和平 　俄國作家托爾斯泰作品。 　（大部頭"
        "，沒興趣所以沒看） 　 遠藤　周作 　日本作家，著《深河》。 　（幾年前就買了，看不下去）"
        " 　 伯　利　恆 　耶穌基督誕生之城。 　 　 科索伏戰爭 　 　（科索沃？） 　 盧　安　達 "
        "　 　（一個小國） 　 楊　振　寧 　華人諾貝爾物理獎得主。 　 　 蒼　蠅　王 　一九八四年"
        "諾貝爾文學獎得主英國作家威廉高丁作品。 　在孤島上的少年團體的爭權，以及對自然賦予神魔"
        "之性的故事。 　（好看，電影不怎樣） 　 這樣做答真是累，晚點再補上其他的答案。 至於正確"
        "答案？我作答完畢再找吧！",
    ),
    # 北醫 (Taipei Medical University)
    (
        "ci-018",
        "tests/Big5/linyijen.blogspot.com.xml (item 4)",
        frozenset({"taiwan"}),
        "女孩千萬不要輕忽經痛！\n昨天去北醫看醫生得到一些心得。\n女生一定要注意自己身體的變化，"
        "男生也要幫女朋友注意喔。今年9月份我還在前一個公司，被派去日本出差採訪TGS，那個月我的經"
        "期長達20多天（從4,5號一直到25,26號），可是我沒有很注意，以為是單純的搭飛機出差太累。\n"
        "隔了一個月，到10月底我就經歷人生首度的劇烈經痛，而且是痛到一直嘔吐、全身盜冷汗（衣服濕"
        "到會滴水的那種）、呼吸困難、視線不清、意識模糊，到最後直接昏迷，那時我人正好去公關公司"
        "拜訪幾個朋友，還被救護車送去仁愛醫院。\n醫生驗血、驗尿，也照了腹部超音波，但是初步診斷"
        "並沒有發現確切的原因，所以只好以打止痛針的方式紓緩我當時的疼痛症狀，我緊張兮兮的問醫生"
        "，那下個月我 還會不會這樣痛昏？畢竟生平從來沒有因為經痛這麼狼狽過，醫生只淡淡的說，由"
        "於沒有前例，他也沒有辦法保證，如果下個月還是痛昏，那我們再來研究確實原 因，醫生的這番"
        "說法當真把我嚇出一身冷汗。\n這段期間我也因為持續少量出血，又跑去公保大樓（貪圖100元的"
        "便宜診療費）看醫生，但是醫生診療 過程很草率，居然開止痛止血藥就打發病人走。我說我想知"
        "道疼痛的原因，醫生還說「哎啊，不用啦，不出血、不痛不就好了嗎？」「用內視鏡會有疤喔！」"
        "在我抗 議之後，醫生才改口說「你確定嗎？想知道原因我們就來照啊..」奇怪了，我以為找出病"
        "因是醫生的工作之一。\n總而言之，我昨天去北醫看醫生。終於有一個醫生願意聽我說完所有的症"
        "狀，並且做了抹片、驗血、內診 超音波等等等的進一步診療，然後在超音波時，發現原來在子宮"
        "壁上長了一顆東西。醫生說由於我的生理構造之故，她比較傾向判斷這個東西是「巧克力囊腫」，"
        "不過進一步的結果還是要在檢驗之後才知道。\n所以，沒有任何不舒服是無緣無故的，大家也不要"
        "輕易忽略身體傳來的警訊喔。尤其有經痛的各位女性同胞，別忘了多愛自己一點點，去醫院徹底的"
        "檢查一次吧。\n希望大家都健康平安。",
    ),
    (
        "ci-019",
        "tests/Big5/marilynwu.blogspot.com.xml (item 1)",
        frozenset(),
        "本人現任首席偶像。",
    ),
    (
        "ci-020",
        "tests/Big5/oui-design.com.xml (item 6)",
        frozenset(),
        "YOU ARE HERE - THE DESIGN OF INFORMATION",
    ),
    # the Taiwan pavilion at the Venice Biennale
    (
        "ci-021",
        "tests/Big5/oui-design.com.xml (item 7)",
        frozenset({"taiwan"}),
        "「第五十一屆威尼斯雙年展台灣館」敲定展覽策畫案",
    ),
    # 臺灣, 八里
    (
        "ci-022",
        "tests/Big5/sanwenji.blogspot.com.xml (item 39)",
        frozenset({"taiwan"}),
        "我的咖啡\n很久很久，沒有喝著咖啡閒談了。咖啡有喝，是每天早上伴著我工作的飲料。最好喝的"
        "咖啡，當然是和可以談心裡話的人一起喝。最好的，是坐在溫暖的太陽底下品嘗一口合我心意的暖"
        "飲。\n其實不需要喝咖啡，喝花茶也可以的。喝什麼不重要，而是真的可以交心。\n現在想起的是"
        "在臺灣時在 八里 的一頓 閑飯 。",
    ),
    (
        "ci-023",
        "tests/Big5/tlkkuo.blogspot.com.xml (item 3)",
        frozenset(),
        "衛生紙到底是來擦淚還是汗\n突然想要買手帕",
    ),
    # protests against the WTO in Hong Kong (Hong Kong is not china); 中文 is the language
    (
        "ci-024",
        "tests/Big5/upsaid.com.xml (item 2)",
        frozenset({"trade"}),
        "。indyTV?\n連日奔波醫院。未能至香港恭逢其勝，只能絮絮獨語了。 陸續收到來自關心香港反WT"
        "O行動進程的朋友來信。如火如荼的抗議行動之外，此次諸多 中文網站上更即時放上相關影像與發"
        "佈文字資料、串連 ，使人感到中文世界獨立媒體更見曙光。 [more...]兩三年前，與朋友架設的T"
        "W indymedia因為種種原因（可歸納為缺乏資源與人力）擱置。現在終於重燃希望。彼時，挑了一"
        "套對數位落差最敏感，對使用者最友善，支援最多多媒體檔案格式類型的dadaimc架設，因為第一"
        "線的多媒體資料比文字更需要友善的介面與支援。（那時，還有套紐約技客寫的imc系統，在技客"
        "美學標準下，這套系統只支援ogg。咳咳，竊自幫一些草根NGO發難，話說遊行後各個來源的眾家檔"
        "案格式紛雜，在當下能最快得到散佈效益的，才是對行動最有效的系統。多媒體檔案格式不統一的"
        "責任，不該由一般使用者概括承受。） 今天恰巧瞧到 Naomi Klein 在 Independent World Telev"
        "ision 上的 訪問片段 。感覺接續她 先前反戰文章 思路，談論\"amplifying effect\"。 smart "
        "mobs 引述Naomi Klein訪問一段：\"We need this amplifying effect that really seems to on"
        "ly come from television... We can do independent media on the cheap but we can’t do in"
        "dependent television on the cheap.” (From the Birth of a network video) 在這手機、攝影"
        "機、影音器材越加輕薄可攜的年代，眾聲喧嘩是必然之勢。但反觀之前 indymedia 革命仍未成功"
        "的線上廣播、webTV嘗試，Naomi Klein 其實道出其一重點。那麼，今年新趨勢 Google Video 、 "
        "Odeo (FYI, Odeo Channel Radio Hong Kong )會是新的應景解決方案嗎？或是結合之處更使人看"
        "進數位落差？ see also: indymedia | Mass protests meet WTO in Hong Kong related posts: "
        "。Freedom Fires :: 自由之火 譯寫 / 康寧馨 。Intifada, Iraqi Style :: 伊拉克風格的就地"
        "起義 譯寫 / 康寧馨 。如何止戰 :: How to End the War 譯寫 / 康寧馨",
    ),
    # a novel titled after "On a slow boat to China" (開往中國的慢船)
    (
        "ci-025",
        "tests/Big5/upsaid.com.xml (item 4) excerpt",
        frozenset({"china"}),
        "。Northpoint\n重聽老歌 Northpoint，憶起既往書評。不究。 倒是北角二字，於今見之竟徒生滄"
        "桑之感。 [more...] 停步於虛無深淵前 療傷作家的適應新世界症候之作：《N•P》 本文刊於 破"
        "週報 2002.Nov. 書名：《N．P》 作者：吉本芭娜娜 譯者：吳繼文 出版：時報 文／康寧馨 Have"
        " you ever been to Northpoint to spend your time and pray the prison walls are dark and"
        " cold and grey the writing on the wall at Northpoint speaks to a si … u to the gloom -"
        "-----Artist/ Mike Oldfield , Album/ Islands, Song/ Northpoint 　　曾幾何時，日本暢銷小"
        "說的書名總和1960~1980年代的西洋歌曲名脫離不了關係，先前有村上春樹取自披頭四的《挪威的"
        "森林》，取自爵士樂的《開往中國的慢船》（〈On a slow boat to China〉），短篇〈1963/1982"
        "年的伊帕內瑪姑娘〉來自著名Bossa Nova 〈The Girl From Ipanema〉，吉本巴娜娜這本書名《N"
        "．P》，即是1987年英國電子音樂龍頭創作者Mike Oldfield的歌曲〈Northpoint〉縮寫。讀者在這"
        "些既有懷舊功用又能重新引領流行的書名中",
    ),
    (
        "ci-026",
        "tests/Big5/upsaid.com.xml (item 6)",
        frozenset(),
        "。交換\nMy blog is worth $37,824.18 . How much is your blog worth? 如果價值可以交換。 "
        "[more...]想去國境之南探訪卡蘿。西班牙還有高第。 做一個夢中夢。永遠別踏進榆樹街。 餘數"
        "是轉身後拖著的影子。離開的未曾離開。 天陰時我會說，早知道別交換就好。 天晴時我會說，早"
        "知道交換就好。",
    ),
    # 台灣國際勞工協會, 台大, 台北; foreign workers are migration
    (
        "ci-027",
        "tests/Big5/upsaid.com.xml (item 13) excerpt",
        frozenset({"taiwan"}),
        "。Fast Car\n台灣國際勞工協會秘書長顧玉玲報導外勞的文章《逃》得了第二十八屆時報文學獎報"
        "導文學獎， 有人 說起一首歌。 [more...] Fast Car ，好鄉愁的歌。 那是國中時候，小阿姨抵"
        "押外婆家的不動產，跟地下錢莊借錢，前後幾次，創業、急用、開超商....。後來債主上門，超商"
        "裡能搬的全被搬光了。媽媽從剩餘的貨品當中找到一套三張，派瑞唱片出的 60 ~ 90 年代葛萊美"
        "獎得獎歌曲，共五十首合集。就這麼落到了我手上。 我記得，Fast Car 和 The Way We Were、Ju"
        "st The Way You Are 同在紫色那片CD裡，Fast Car 是第十五首。 記得，是因為從小沒什麼多餘"
        "的物 … 的，只有前四十回的文言紅樓夢，內頁有許多衣魚食了的空洞，字字望眼欲穿。五六歲有"
        "媽媽熱中的中醫書籍。一套六十本的生物小百科能看上兩百多遍。 國小，只能逃往衣櫥與洗手間"
        "。國中逃向早戀、體育場、穿越縣市的單車旅程....越騎越快，越快，越快。 高中，黃金海岸飆"
        "別人的摩拖車。蹺課蹺家，在成大做科展鬼混。保送台大那個春天上了台北，夏天好朋友棠意外身"
        "故。我再也不飆車了，甚至忘了如何騎車，忘了所有與棠有關的人事物。 開始是性侵害、如肥皂"
        "劇的家族......，接著是一連串還債、計窮、查封、破產......。 爾後的幾年我終於翹了最大的"
        "一堂課。進出醫院，遺忘許多許多，還要更多。 如果逃不了，唯有忘懷。可我還記得這首歌。 \""
        "Fast",
    ),
    (
        "ci-028",
        "tests/Big5/willythecop.blogspot.com.xml (item 1)",
        frozenset(),
        "The First \"ComixJam 24hr\" Competition\nThe 1st \"ComixJam 24hr\" Competition will be"
        " held on 9 Dec 2005 at the NATIONAL LIBRARY (100 Victoria Street, beside Parco Bugis J"
        "unction & Bras Basah Complex) The contest will begin right on the dot on 9th Dec 10am "
        "and participants are to stay within the premise of the National Library for a full 24 "
        "hours (which is 9th Dec 10am – 10th Dec 10am). The theme for the comic creation will o"
        "nly be released on the day of the contest itself.",
    ),
    # 高雄, 台灣, Taipei; 對岸 ("across the strait") is no name
    (
        "ci-029",
        "tests/Big5/ytc.blogspot.com.xml (item 3) excerpt",
        frozenset({"taiwan"}),
        "預約下一代的廁所\nDear All， 之前由策展人阮慶岳邀來九位國內外建築師，並帶領實踐大學建"
        "築系同學參與，以「城市甦醒」為題，將高雄鳳山鳳凌廣場一帶，徹底改頭換面，這也是呼應本屆"
        "主題為「發現亞洲新家」的「2005第三屆台灣設計博覽會」系列活動中有一組謝英俊建築師帶領的"
        "團隊做了一個題為〈預約下一代的廁所〉的低科技生態廁所。 我覺得很有趣上網查了一下，找到"
        "了下面的資料，有興趣可以看看。 《城市甦醒》──從多元城市空間想像開始 http://publish.pot"
        "s.com.tw/Chinese/currents/2005/10/31/383_03currents/index.html 以上的網站有關之前實踐"
        "大學所舉辦的這個工作營的相關文章。礙於原網站版權，有興趣的朋友就連上網站看看吧! 另外，"
        "從這個新聞搜尋到有關謝英俊建築師所做的生態廁所，在對岸ABBS論壇中有相關熱烈的討論，謝建"
        "築師在帶領實踐學生於高雄鳳山作此案子之前。就在2004年7月，於晏陽初鄉村建設學院建造了第"
        "一所尿糞分集式生態衛生廁所，當時有各地30多個志願者參與建造。 http://www.abbs.com.cn/bb"
        "s/post/view?bid=1&id=7395345&sty=1&tpg=1&ppg=1&age=0#7395345 … nable Composting Toilet"
        " 排泄物：花費資源的廢棄，或是創造資源的回收？ 世界環保與生態建築新趨勢： 糞尿分集式非"
        "沖水生態廁所的推廣、應用與可行性研究，是聯合國在許多地區推動的工作，旨在面對日益嚴重的"
        "水資源匱乏、減低寄生蟲與傳染病問題、和適應于世界廣大農村地區的生態與生產環境。 臺灣地"
        "區水資源及汙水處理現狀： 臺灣地區山坡陡峻，降雨迅速流入海洋，不同季節降雨量極不平均，"
        "容易造成乾旱。每人每年實際分配到可利用水量，只及世界平均值的1/6，屬於缺水地區。 每次如"
        "廁後沖水，需花費13公升水量。日常生活中抽水馬桶所造成之耗水，達總用水量35~40％之多。 污"
        "水下水道與汙水處理廠等設施，耗費千億元預算興建與運轉，且僅限 … 於一般公廁造價。 7. 抗"
        "凍： 糞尿分集廁所不用水，糞便乾燥過程中水分降低，抗凍能力增強，為高緯度、高海拔地區農"
        "村廁所建設提供思路。 起造者： 謝英俊 建築師 協力營造： 牛姵勻 李翠詩 胡皓瑋 淩 天 莊閔"
        "超 楊若琳 郭貞瑩 謝宗憲 實踐大學建築系 廁所如何建造？ 晏陽初鄉村建設學院生態衛生廁所 "
        "台灣高雄鳳山市鳳凌廣場 YUAN-TZE Taipei, Taiwan",
    ),
    # Taipei, TAIWAN
    (
        "ci-030",
        "tests/Big5/ytc.blogspot.com.xml (item 8)",
        frozenset({"taiwan"}),
        "孤獨卻共有的世界\n終於透過Flickr把之前的照片都整理起來了！\nSky Marathon是我之前想到的"
        "一個想法，主要的構想是想邀身處世界各地的好友用相機在每天的同一個時間記錄他們窗外的天空"
        "，持續紀錄一個月。而我每天會把好友寄來的照片定時整理放上我的PhotoBlog，一個月後再將世"
        "界各地的天空蒐集放在一起，到時候一次將地球各地的藍天攤開來應該是很壯觀的一件事。\n可是"
        "......有時間、有興趣的人實在不夠多，最後只找到幾個人斷斷續續做了一些紀錄。\n[1]Taipei,"
        " TAIWAN [2]Philadelphia, USA [3]Stuttgart, GERMANY\n回頭看我自己在當時連續拍了一個月的"
        "照片那真是很有趣的一件事，還記得當時有幾天台灣還經歷過所謂的\"冬颱\"。時間的累積是很驚"
        "人的，當你把零碎的每一天蒐集起來放在一起的時候，你才會感覺到他的力量。而在世界各地的同"
        "一個拍照動作，則串起了一個孤獨卻共有的小世界。\n世界很大也很小。我們雖因距離的遙遠無法"
        "見面，但卻一起擁有共同的藍天。\nYUAN's PhotoBlog 2004 NOV\nYUAN's PhotoBlog 2004 DEC",
    ),
    (
        "ci-031",
        "tests/CP949/ricanet.com.xml (item 5)",
        frozenset(),
        "한국어 회화에서\n▷ 직접 가서 보기 ◁\n'왜'는 이유나 원인을 묻는 말이다. 그런데 회화에서"
        "는 본래 뜻에 더하여 '싫다', '그러지 마라' 는 의미로 자주 쓰인다.\n예)\n너 왜 그랬니?\n"
        "일을 하다 보면, 다른 사람이 내린 결정이 어떤 생각의 흐름에 의한 것인지 알고 싶을 때가 "
        "있다. 그럴 때 주의를 기울이지 않고 '왜'를 넣어 이야기하면 듣는 사람은 '그러지 마라' 로"
        " 받아들이기 쉽다.\n예)\n갑돌이: 이 클래스를 왜 템플릿으로 만들었어요?\n을돌이: 예 고치"
        "겠습니다.\n갑돌이: !!??? 이유를 알려달라고 녿ㅌ허내루러니ㅔ냩율\n반대로 아랫사람이 '왜"
        "'를 묻는 경우 반항하는 태도로 받아들여지기도 한다.\n예)\n갑돌이: 그 일은 이렇게 진행하"
        "도록 합시다.\n을돌이: 왜요?\n갑돌이: 뭐 이 새끼야\n내가 말하고자 하는 의도가 불만을 표"
        "하거나 힐난하는 것이 아니라 정말로 이유를 묻는 경우에는 '왜'를 사용하지 않도록 문장의 "
        "꼴을 바꾸거나, 말투를 특별히 주의해서 온화하게 할 필요가 있다.\n특히 업무상 상하 관계"
        "에 있는 경우나, 비 프로그래머 직군과 대화할 때 그렇다.\n거꾸로, '그 사람은 왜 그렇게 "
        "사는걸까요?' 같은 말에 그 사람이 왜 그렇게 사는지 진지하게 생각할 필요는 없다.",
    ),
    (
        "ci-032",
        "tests/EUC-JP/akaname.main.jp.xml (item 3)",
        frozenset(),
        "サーバ変更について\nこれまでトップページで使用していたsakura.ne.jpの方ですが、実家に帰"
        "ったりバタバタしていて、使用料の振込みを忘れたため消えてしまいました。 もっとも料金的"
        "に続ける気も実はなかったんですけどね。今後現状のakaname.main.jpに徐々に移行させていき"
        "ますが、当面はトップページはこのブログと言うことでお願いします。 追記　― 完了しました "
        "― 一応、ほとんどのコンテンツの移行を完了しました。通常スタイルでは、細かいところはStyl"
        "esheetやJavaScriptで組んでいるので、個々のページを修正する手間はほとんどないんだけど、"
        "そのスクリプト自体を忘れてしまっているのが面倒でした。以前、自分で書いたり修正したりし"
        "たスクリプトが見てもわからない・・・（笑 修正完了してみると、よくこんなページを設計し"
        "ていたなと、かつての自分に感心しました。...",
    ),
    (
        "ci-033",
        "tests/EUC-JP/arclamp.jp.xml (item 3) excerpt",
        frozenset(),
        "プロジェクトマネジメントとプロジェクトコントロール\nちょっと前の記事ですがnikkeibp.jp"
        "の\" マネジメントとコントロールは違う \"が面白かったです。\nプロジェクトコントロールと"
        "は失敗しないようにすること\n企業のリスクマネジメントの話なのですが、次の\nマネジメント"
        "の意味は、do right things、正しいことをする、である。これに対し、コントロールは、do th"
        "ings right、事を正しくする、である。\n話を思い切り単純にして進めれば、マネジメントは企"
        "業が成長していくための活動であり、コントロールは企業が失敗しないための活動である。アイ"
        "デアをうまく育て、売れる商品を作り出した企業は、マネジメントされていたことになる。逆に"
        "、製造現",
    ),
    # Java import statements
    (
        "ci-034",
        "tests/EUC-JP/arclamp.jp.xml (item 8) excerpt",
        frozenset(),
        "ServiceMix (5) InfoProviderの作り方\n今回はServiceMixにデプロイするServiceEngine（SE）"
        "の作り方を考えていきたいと思います。特にビジネスロジックであるInfoProviderです。\n何度"
        "も書いていますがInfoProviderは条件に応じて情報を返す仕組みです。しかし、いかにServiceM"
        "ixが簡単とはいえJBIの仕様にそったメッセージ送信を書くのは大変です。そこで、InfoProvide"
        "rのコアであるロジック部分と、それをServiceMix（JBI）上で動かすためのコードを分離してし"
        "まう方法を考えましょう。参考にするのはServiceMix自身がアクティベートで使っているテクニ"
        "ックです。\nまず、InfoProviderをServiceMixに依存しないように考えると、次のようなインタ"
        "ーフェースになります。\npackage demo.info;\nimport java.util.Map;\npublic interface In"
        "foProvider {\nInfo[] getInfos(Map condition);\n}\nまた、クラスInfoは次のようになります"
        "。\npackage demo.info;\npublic class Info {\nprivate … String message;\n//各GetterとSe"
        "tter\nこの状態ではパラメタをクラスMap、返却をクラスInfoによって行っており、ServiceMix"
        "に否依存であり、単体テストも非常に簡単に行えることがわかります。実装例は次のとおりです"
        "。\npackage demo.info.impl;\nimport java.util.Map;\nimport demo.info.Info;\nimport dem"
        "o.info.InfoProvider;\npublic class InfoProviderImpl1 implements InfoProvider {\npublic"
        " Info[] getInfos(Map condition) {\nInfo[] infos = new Info[2]; … クトによって簡単に表"
        "現できるのがDIの特徴です。これまでであれば継承による機能の合成をしていたものが、インジ"
        "ェクトによって実現しているようにも感じています。\nでは、アダプタの実装を見ながら、Serv"
        "iceMixでの実装方法を見ていきましょう。\npackage demo.servicemix.se;\nimport //略\npubl"
        "ic class Adaptor extends ComponentSupport implements\nMessageExchangeListener { ...[1]"
        "\nprivate InfoProvider infoProvider; ...[2]\npublic void s",
    ),
    (
        "ci-035",
        "tests/EUC-JP/aristrist.s57.xrea.com.xml (item 5)",
        frozenset(),
        "[口先三途]\nなんつーかアレだ 人様(世間一般)が休日に入っているのに働いているという事実"
        "が非常に腹立たしい 実に腹立たしい もうやってらんね 道路空いてるし とか思ってる奴 ある"
        "意味、正解です お前がやれ！ 日本の未来を変えろ！ 秋葉原から…　萌え〜 こんばんわ某 風来"
        "尾です。 もうね 12月とか大嫌い 天皇誕生日もキリスト生誕もボーナスも なんもかんも関係ね"
        "ーくさ博多弁 忙しいばっかでいやんいやん とんでもない一日の終わりを過ごしておりますよも"
        "う でも普段孤独な仕事もみんなでワイワイやれば それもまた愉し(・∀・)ｂ...",
    ),
    (
        "ci-036",
        "tests/EUC-JP/artifact-jp.com.xml (item 5)",
        frozenset(),
        "ReadMe!JAPANに登録しているWeblogサイトは少ない\nsimpl-e-blog 5/15 　ここでWeblogブーム"
        "の火付け役的存在を探すために、ReadMe! JAPAN上位のサイトを見て、ARTIFACTを見つける…とい"
        "うことが書かれていたんですが、もともとMovableTypeを使っているサイトでReadme!に登録して"
        "いるサイトは少ないという印象があります。最近MovableTypeを使ってblogを始めて…という人は"
        "、ReadMe!の存在さえ知らないのではないかと。 　自分は、昔からReadMe!に登録していたので"
        "、サイトを再開した時に入れてみましたが、巡回しているサイトでMovableTypeのサイトに限ら"
        "ず、ReadMe!JAPANに登録しているサイトは結構少なくなってきている気がします。tDiaryやhns"
        "などのツールを使っている人はReadMe!JAPANに登録していない傾向が強いし。 　Readme!だけに"
        "限れば、おそらくA-newsが一番シェアが高くて、自作ツール率も結構高そう。...",
    ),
    (
        "ci-037",
        "tests/EUC-JP/blog.kabu-navi.com.xml (item 11)",
        frozenset(),
        "次を考える\n日経は力強くあがりましたね。\n先週に仕込んだ分は軒並み上がっていました。\n"
        "まあ、日経が上がれば上がるし、下がれば下がる。\nいつものことなので、今回はたまたま上が"
        "る方になっただけですけどね。\n僕の直近の本命はあくまでも高値圏での空売りorプットの買い"
        "にあります。\n感覚としては１１月ぐらいだろうと踏んでいますが、どうでしょうか。\n焦らず"
        "に行きたいと思います。\nあと、 為替のブログ を分けてみました。\nアメブロを使ってみたか"
        "ったのと、為替に特化した意味のある記事を載せて\nいこうかなとちょっと思ったからです。\n"
        "でも、そうなるかは分かりませんけど、、、",
    ),
    (
        "ci-038",
        "tests/EUC-JP/club.h14m.org.xml (item 12)",
        frozenset(),
        "情報処理技術者試験平成17年度秋期解答例\nhttp://www.jitec.jp/1_05goukaku/kaitourei.html"
        " 情報処理推進機構：情報処理技術者試験センター：解答例・配点割合\n情報セキュリティアド"
        "ミニストレータ試験（SS）...",
    ),
    (
        "ci-039",
        "tests/EUC-JP/manana.moo.jp.xml (item 11)",
        frozenset(),
        "第2戦 マレーシアGP\nF1第2戦、マレーシアGP。見逃しました…。タイヤの差が出た感じでしょう"
        "か。",
    ),
    (
        "ci-040",
        "tests/EUC-JP/mimizun.com.xml (item 10)",
        frozenset(),
        "はじめてのスタッドレス。\n免許を取って15年。ついにスタッドレスタイヤというものを買って"
        "しまった。 買ったのは昨日だけど２時間待ちだなんていうもんだからタイヤだけ持ち帰ってき"
        "て取り付けは身内にお願いしちゃいました。１年以上前にてっちんホイールをヤフオクで入手済"
        "み。 なんか今シーズンは嫌な感じがするんですよ。でもまぁ宇都宮はそんなに降らないんです"
        "けどね。 参考： 2004年12月29日の初雪 2002年12月9日の様子...",
    ),
    (
        "ci-041",
        "tests/EUC-JP/misuzilla.org.xml (item 9)",
        frozenset(),
        "だっしゅ\nふと思って前屈ぐいっとやってみたら、さすがにマイナス40はないけれど、マイナス"
        "14ぐらい? 本当はまだまだできるです。あのフレーズを聴くたび6号さんが前屈している図が思"
        "い浮かびます。 黄色いバカンス使いすぎ! くるみ Verが好きです!",
    ),
    # factories are now in China (工場は今では中国やインドにある)
    (
        "ci-042",
        "tests/EUC-JP/overcube.com.atom.xml (item 8) excerpt",
        frozenset({"china"}),
        "メトロン星人の陰影礼讃\n★メトロン星人のおみやげ\n先週の ウルトラマン・マックス 。「 狙"
        "われない街 」。\nなかなか好評だったようです。視聴率もよかったんじゃないでしょうか。ネ"
        "ット上でもたくさん面白い感想が出ています。\n（→美頬さんがこの番組に捧げておられる、す"
        "ごい短歌は こちら ）\nメトロン星人が地球に見切りをつけて故郷に帰る、というお話。\nだっ"
        "てもう、地球は侵略するに値しない星に、なってしまったから。\nで、メトロンさんが故郷に持"
        "ち帰るおみやげは、\n・ トイレが詰まった時、パコパコやる道具 （名前がわからん）→ これ\n"
        "・ 永谷園のお茶漬け （増量サービスパックか。）→ 拡大図\n・ メトロン星人のソフビ （ちゃ"
        "ぶ台つ … った時代。働けば働くほど、社会は豊かになった。｢未来」が思いはせられた。\n平成"
        "の今、その時代が懐かしまれています。 (この懐古は、故のないものではない。\n現在、日本の"
        "マネーは海外に流出している。国内に投資しても有効に機能しないから（例えばダム建設）。そ"
        "して、投資なき場所に拡大生産はない。工場は今では中国やインドにある。\n国内の富はたぶん"
        "減少していて、その取り合いをしている真っ最中。\nものづくりの仕事や労働者の連帯は消滅（"
        "理系離れ、組合形骸化）。\n工員になるはずの人々は、行方を失ってあぶれている（リストラ、"
        "ニート）。\n海外投資する財産のない人に、今残された仕事は、主にサービス業。\n機械に接す"
        "るのは得",
    ),
    # 中国人のカップル: tourists described by nationality; 京都 is Japan
    (
        "ci-043",
        "tests/EUC-JP/overcube.com.atom.xml (item 15) excerpt",
        frozenset(),
        "秋の京都・魔界篇\n今日は、徒歩による比叡山初登頂に成功いたしました。\nたいへん、きつか"
        "ったです。\n時間的には二時間弱くらいでしたが、坂が急なこと急なこと。\n久しぶりに足が棒"
        "になりました。これから一週間くらい、筋肉痛に苦しめられるかと思うと、ちょっとへこむ(´ﾍ"
        "｀；)\n修学院・ 雲母坂 から登りました。\n途中の見晴らしのいい場所では、このような秋山"
        "の絶景も見おろせます。\nきらら坂は、むかしから利用されてきた登山道。しかし一方では、あ"
        "またの血塗られた歴史を持つ道でもあります。\nクルマやケーブル、ロープウェイで何の気なし"
        "に登ってるときは気づかれることのない、血のにおいのする比叡山の裏の顔を、垣間見てしまっ"
        "たかもしれません。。\n★破られた結界\n途中まで、中国人のカップルと前後して登っていまし"
        "た。\n見晴台をすぎたあたりで、突然、女のほうが大きな声で（中国人はとにかく声がデカい）"
        "、男のほうに話しかけ始めました。\nケンカでもするのかと思ったら、急に引き返していきます"
        "。\n]]>\n女性は険しい顔をして、怖いものでも見たように、早足で山を降りていきました。\n…"
        "しばらく行くと。\n顔が砕かれた仏像がありました。古いものです。高さ四十センチくらい。イ"
        "スラム教徒の仕",
    ),
    (
        "ci-044",
        "tests/EUC-JP/tls.org.xml (item 11)",
        frozenset(),
        "今年のアニメ\n今年は神アニメが多かったので、自分基準でランキングしてみよう。\n1位　Air"
        "作画レベル、シナリオと文句の無いレベルでの作品、欲を言えば１クールでは尺が足りないぐら"
        "いか、...",
    ),
    (
        "ci-045",
        "tests/EUC-KR/birder.egloos.com.xml (item 7)",
        frozenset(),
        "소니의 적은 내부에 있었다. (매일경제 2005년 07월 01일)\n소니 최대의 적은 내부에 있었다"
        "? 월스트리트저널(WSJ)은 일본 대형 전자업체인 소니가 애플에 밀린 원인이 상품을\n개발해 "
        "놓고도 내부 부서간 의견 차이와 커뮤니케이션의 어려움으로 론칭 시기 등을 놓쳤기 때문이"
        "라고 지난달 29일\n(현지시간) 보도했다.\n부서간 경쟁을 부추기는 기업문화로 인해 의사소"
        "통에 어려움이 커 시기를 놓친 사례가 많았다는 것이다.\n이 신문은 소니가 지난해 론칭했던"
        " 온라인 음악 다운로드 서비스인 '커넥트'가 실패한 원인으로 소니의 기업문화를\n꼽았다.\n"
        "실제로 소니의 기업구조를 살펴보면 사업부별로 조직 시스템이 구성되어 있다.\n각 부서는 "
        "부서 내부의 업무에만 신경을 쓰고 다른 부서의 상황을 잘 이해하지 못하고 있는 것이다.\n"
        "여기에 해당 부서가 추진하는 방향과 다른 요구가 타 부서에서 들어오면 이를 무시하는 경우"
        "가 많아 업무가 효율적으로\n추진되지 못하고 있다고 WSJ는 지적 했다.\n이 같은 부서간 괴"
        "리감은 사내 경쟁을 권장해온 소니의 기업문화 때문이라고 W SJ는 설명했다.\n소니는 이 같"
        "은 사내 경쟁으로 플레이스테이션과 워크맨 등을 개발하는데 성공한 바 있지만 이제는 지나"
        "친 경쟁으로\n인해 비슷한 제품이 부 서별로 중복 출시되는 경우가 늘고 있다는 것이다.\n소"
        "니는 1998년부터 온라인 음악시장에 진출하는 것을 고려해 왔다.\n당시 대학생들은 PC에 저"
        "장된 음악이나 영화 파일 등을 온라인상에 올려 공유하기 시작하고 있었다.\n소니는 이같은 "
        "움직임을 포착하고 디지털 음악기기와 기술을 개발해 제공할 예정이었으나 당시 음반사 CBS"
        "레코드를\n보유하고 있던 소니의 미국 사업부문에서 저작권침해 문제가 해결될 때까지 론칭"
        "을 보류해 줄 것을 요구해 론칭 시기\n를 미룬 바 있다.\n[조현정 기자]",
    ),
    (
        "ci-046",
        "tests/EUC-KR/blog.bd-lab.com.xml (item 1)",
        frozenset(),
        "오랜만에 사진찍기\n일요일 새벽 5시. 평소 같으면 자고 있거나 온라인 게임을 하고 있을 이"
        " 시간에 일어났다. 오랜만에 동호회 사람들 몇명과 사진촬영을 가기로 했기 때문이다. 얼른 "
        "씻고 미숫가루를 타 먹은 후에 집을 나섰다. 아직은 깜깜하다. 약속장소인 테크노마트에 가"
        "니 L형님만 나와 계셨다.R형님은 직접 촬영장소로...",
    ),
    (
        "ci-047",
        "tests/EUC-KR/blog.rss.naver.com.xml (item 4)",
        frozenset(),
        "MC202GSI(일반적 자기개선)",
    ),
    (
        "ci-048",
        "tests/EUC-KR/calmguy.egloos.com.xml (item 7)",
        frozenset(),
        "추천한다 꼭봐라~\n아 정말 재미있었다.\n이건 최근에 영어공부를 위해 보는 것인데\n정말로"
        " 잘 짜여진 구성때문에 3일안에 1시즌을 다본 작품이다.\n무엇이 그렇게 매력적이냐고?\n일"
        "단 구성이 탄탄하고 전혀 뜬금없는 듯한 소재들을 이리 엮고 저리 엮고 하면서도\n산만하지 "
        "않고 지루하지 않고 전체적으로 균형있는 시각으로 드라마를 그려간다는 점이다.\n이 드라마"
        "에서 한명도 쓸모없는 배역은 없다고 할 정도로 배우도 적재적소였다.\n무엇보다 매력적인건"
        " 괜히 이야기를 해피엔딩으로 끌고 갈려고 하지 않는다는 점이다.\n그러니까... 너무 어둡지"
        "도 않고 너무 밝지도 않고... 우리들이 어떤 상황을 판단할때 흔히 느끼는 그 느낌.\n바로 "
        "\"잘 된건지 모르겠다\"라는 점이다.\n추천이다 꼭봐라.",
    ),
    # 북경오리 (Peking duck)
    (
        "ci-049",
        "tests/EUC-KR/chisato.info.xml (item 3) excerpt",
        frozenset(),
        "정찬우 씨에 고함 - 그때그때 달라요 2, 왜 웃기지 않을까?\n미친소가 돌아왔다. 최근 부진"
        "을 겪고 있다는 웃찾사(시청률 정보는 찾아보지 않아 정확히 모르겠지만)에 활력을 주기 위"
        "해 돌아왔다는 컬투. 그리고 11월 개편이 있었다. 미친소와 미친양으로 분한 컬투멤버는 한"
        "글을 엉망으로 쓰고 있는 현 세태를 풍자하고 일침을 가하겠다는 당찬 포부를 밝힌 바 있었"
        "다.\n그러나?\n안 웃긴다.\n심각하게 안 웃긴다.\n물론 그때그때 달라요 오리지날 때 부터도"
        " 취향이 맞았다고는 할 수 없지만 이번에는 다르다. 재미있다는 평을 찾기가 어렵다. 폭풍과"
        " 같았던 오리지날 시즌과는 달리 침체일로를 걸을 것 같다. 첫 복귀 … 역으로, 또 피는 물보"
        "다 진하다의 둘째 역으로 인기를 몰았던 유세윤의 선택은 심각하다. 그의 새로운 코너 [근데"
        " 이미]는 보는 이에게 짜증을 일으킨다. 물론 가끔 웃기는 부분이 없다는 건 아니다. 그러나"
        " 말이 안되는 진행이 다반사다. 최근 인기를 얻고 있는 [맨손으로 북경오리를 때려잡고 떡볶"
        "이를 철근같이 씹어먹으며 달리는 마을버스 2 다시 1에서 뛰어내린 육봉달] 씨는 내용이 과"
        "하기는 하지만 한번 출연에 두번에서 세번만 반복하는 것을 나름의 선으로 지키고 있는 듯 "
        "하다.\n서론은 이쯤으로 하자. 그들의 [과도한 유행어 기대기]가 큰 문제",
    ),
    # 대만판: the Taiwanese version of a drama, made there
    (
        "ci-050",
        "tests/EUC-KR/chisato.info.xml (item 4) excerpt",
        frozenset({"taiwan"}),
        "마츠 준 버닝모드?!\n요 사이는 열심히 공부 중입니다만 - 믿거나 말거나 - 그 와중에 열심"
        "히 하는 것이 있기는 합니다.\n바로 요것.\n꽃보다 남자 드라마 버젼 ! (일본판)\n우와.. 정"
        "말 재미있습니다. 대만판은 한 번 볼려다가 데굴데굴 구르고(웃겨서) 말았는데.. 이거 진짜 "
        "대박이네요. 원작과 거의 완벽하게 싱크하고 있어서.. (대만판은 원작 코믹스 보다는 일본에"
        "서 95년도에 만들어졌던 극장판이던가, 그걸 보고 만든 것 같았거든요. 그 작품은 진짜 별로"
        "임)\n일단 어린 남자를 좋아하지 않아서.. 게다가 저는 쟈니스 싱크모드는 원체가 아닙니다."
        " 하지만 이번에는 마쯔 준 !! 쟈니스 ! 무려 아라시 ! … 었지만 웬 하드커버.. 요새는 하드"
        "커버 아니면 일이 안된다는 겁니까?). 이렇다면 별 수 없이 원본을 읽어야 하는 거야? 했지"
        "만 그 사이 심각하게 퇴화된 일본어 실력으로는 절대 무리 !! .... 공부해야 하는 걸까, 에"
        "쿠니 가오리를 위하여?! (틀려)\n.... 하긴 도쿄타워는 원서도 하드커버던가. .... 아아~~ "
        "저는 하드커버북이 너무 싫어요;; 살려다가도 물러섬. 전공서도 하드커버는 피해다녔는데에~"
        "~\n정신없이 지내고 있습니다. 최근 책장 정리했는데, 전공서라거나.. 요사이 공부하는 모 "
        "과목의 책 보다도 인문서가 더 많이 나와서 좌",
    ),
    (
        "ci-051",
        "tests/EUC-KR/chisato.info.xml (item 6)",
        frozenset(),
        "'미치고 환장' 이란..\n바로 이런 상황 !! ㅜㅁㅜ\n오키 센세의 원화전시회가 열립니다 ! 오"
        "사카와 도쿄에서 !! 이럴수가 !! 입장료도 무료 !!\n.... 일본에 살면 그런 게 좋겠네요. ㅜ"
        "ㅜ 바다건너 팬은 여행을 틈타 레어북을 건져오는 것 외에는 할 수 있는 것이 없습니다. ㅜ"
        "ㅜ 오키 센세의 원화라니.. 엉엉.. 너무 보러가고 싶어요. ㅜㅜ\n게다가 판화의 미니판매전"
        "도 있는 모양입니다. 아웅. 오사카에 산다면 얼마나 좋을까요. ㅜㅜ\n그러고보니 일본여행 "
        "다녀온 얘기를 하나도 안 했던 겁니다, 저는.. 'ㅅ';;;;\n자아자아.. 그럼 또 홈에 들러 짧"
        "은 일본어의 민폐를.. +ㅅ+;;\n그나저나 아트북이나 한 번 더 나오면 좋겠네요. 비행기 삯 "
        "들일 돈은 없습니다만 아트북 정도야.. 오리지날 북이면 좋겠습니다. 물론, 삽화가로 더 이"
        "름이 높다보니 삽화를 빼고는 아트북 엮는 것도 어려울 것이라는 생각은 들지만.. 요사이는 "
        "데미안 연재가 호조를 띄는 듯 하여 기대감이 증폭되고 있습니다. 데미안 아트북 한 번 안 "
        "나오나.. 하고..\n오피셜 사이트의 잦은 확인은 건강에 안 좋군요(쿨럭). 아웅. 오사카 가고"
        " 싶다 !! >.<;; (전시회는 도쿄에서도 열리는데 오사카에 집착하는 이유는?)",
    ),
    # Russia carried out the Bolshevik revolution (러시아는 볼셰비키 혁명을 단행했다)
    (
        "ci-052",
        "tests/EUC-KR/chisato.info.xml (item 8) excerpt",
        frozenset({"russia"}),
        "귀납법의 세계, 연역법의 세계\n세상은 의외로 살기 힘든 곳이었다. 어릴 때는 그런 줄을 몰"
        "랐지만..\n자라면 자랄 수록 점차 또렷해지는 경구는 바로 이것이다.\n가만히 있으면 중간은"
        " 간다\n서글픈 일이다. 아니, 어쩌면 끔찍한 일이라고 해야 할지도 모르겠지만. 가만히 있으"
        "면 중간은 간다. 이건 살면 살 수록, 점차로 위용이 당당해져가고 있다. 누군가 깨부셔주면 "
        "좋으련만, 어쨌거나 여지껏 인간은 늘 그 앞에 깨어져왔으니까.\n물론, 그럼에도 불구하고 "
        "계속하여 돌진하는 것이 인간의 매력이기도 할 것이다. 가만히 있으면 중간은 갈텐데, 그래"
        "도 인간은 가만히 있으려 하지 않으 … 발전을 거듭하여 현재에 이르렀다.\n인간의 이성을 총"
        " 동원하여 인류의 흐름을 분석, 예측하고 하나의 이론으로 정립시킨 이 이론은 어떤 의미에"
        "서 [예언서]로 보아도 무방할 지경이다. 그리고 [언젠가는 필연적으로 닥쳐올 다음 과정]을 "
        "선행하여 선진국에 이르고 싶은 열망으로 러시아는 볼셰비키 혁명을 단행했다.\n사는 모냥을"
        " 바라보건대.. 하고 이론을 만들어 나가는(지금도 그 과정에 있는) 자유주의에 반하여, 사회"
        "주의는 마르크스의 이론이라는 기본적인 틀을 전제하여 발전해간다. 다분히 연역법 적이다. "
        "큰 주제가 정해져있고, 그에 합당한 논거들이 보태",
    ),
    (
        "ci-053",
        "tests/EUC-KR/console.linuxstudy.pe.kr.xml (item 3)",
        frozenset(),
        "zboard patch!!!\nKLDP에서 며칠 전에 보긴 했는데 xpdf 에서 한글 화일이 열리지 않는다는 "
        "이유로 방치되다가, 오늘에야 좀 끄적거릴 마음이 생겨 패치했다. 그러고 보니 패치해야 할 "
        "곳이 한 두곳이 아니군... ;;;\nVulnerability 1: As of zboard 4.1pl4\n- - --------------"
        "--------------\nInsert the following code at 59th line of outlogin.php,\nif(eregi(\":"
        "\\/\\/\",$_zb_path)) $_zb_path=\"\";\nVulnerability 2: As of zboard 4.1pl4\n- - ------"
        "----------------------\nInsert the following code at 15th line of include/write.php,\n"
        "if(eregi(\":\\/\\/\",$dir)) $dir=\"\";\nVulnerability 3: As of zboard 4.1pl4\n- - ----"
        "------------------------\nInsert the following code at 3rd line of check_user_id.php,"
        "\n$user_id = htmlspecialchars(trim($user_id));\n관련 URL :\nhttp://lists.netsys.com/pi"
        "permail/full-disclosure/2004-December/030224.html",
    ),
    (
        "ci-054",
        "tests/EUC-KR/critique.or.kr.xml (item 4)",
        frozenset(),
        "pair of lovers\n12월 16일, 홍대에서 충무로 가는 길에 한 컷. 저 무모함이 그립다.",
    ),
    # 수입 is income
    (
        "ci-055",
        "tests/EUC-KR/ittrend.egloos.com.xml (item 4) excerpt",
        frozenset(),
        "한메일과 미니홈피에 광고를 붙힌다면\n2004년 4월, 구글이 1G의 메일용량을 제공하면서 런"
        "칭한 Gmail은 당시 인터넷 업계와 사용자들 사이에서 커다란 뉴스거리였다. 그도 그럴 것이 "
        "그동안 그껏 5M,10M에 만족?했던 사용자들에게 그것의 10배 이상 해당되는 메일용량을 아무 "
        "조건없이 무료로 준다니 화두가 되는 건 당연했다.\n하지만 그들은 이상하게도 Gmail 계정을"
        " 일종의 파도타기 형태로 뿌리기 시작했다. Gmail 마케터가 소셜 네트워크, 입소문 마케팅 "
        "기법을 잘 알고 활용한 건지는 모르겠으나 좀 더 이슈거리가 되도록 하고, 서비스에 대한 사"
        "용자 로열티를 심어주 … 그런데 구글은 저 모든 것에 광고를 넣고 있는데..별다른 안티 반응"
        "은 보이지 않고 있다는 점이다.\n만약 싸이월드에서 사용자에게 다음과 같은 제안을 한다면 "
        "어떤 반응이 나올까? \"미니홈피 한 쪽 구석에 관련 광고를 싣게 해주면 매달 도토리 00개를"
        " 드립니다.\" 도토리 수입보다 더 괜찮은 광고 수익이 나올까 아니면 역효과로 사용자들이 "
        "미니홈피를 버리게 될까?\n미니홈피에 있는 내용을 스캐닝해서 옆에 광고를 싣는 것과 블로"
        "그에 있는 내용을 스캐닝해서 광고를 싣는 것에는 어떤 차이가 있을까? 단순히 정보냐 라이"
        "프 로그냐의 수준은 아닐 것이다.",
    ),
    (
        "ci-056",
        "tests/EUC-KR/jely.egloos.com.xml (item 8)",
        frozenset(),
        "피자헛\n집에 들어오다보니 우체통에 피자헛 탁상용 달력이 들어 있었습니다. 저한테 온 것"
        "도 아니고 홍보용으로 그냥 집마다 넣어 놓은 것이었습니다. 피자헛, 역시 돈 많군요.\n달력"
        "은 생각보다 괜찮네요. 각 달마다 사용할 수 있는 쿠폰도 있구요. 그래서 보이는거 다 들고 "
        "들어왔습니다. 필요하신 분 말씀하세요.(단, 우편 발송은 안합니다. -_-;;)",
    ),
    (
        "ci-057",
        "tests/EUC-KR/jely.pe.kr.xml (item 10)",
        frozenset(),
        "낭만콘서트\n토요일 아침. 7,80년대 낭만을 들려주는 낭만콘서트.\n'사랑의 대화', '여름날"
        "의 추억', '첫 눈이 온다구요' 등의 노래로 80년대 초반 오랜 인기를 누렸던 이정석이 부른 "
        "'사랑하기에'는 예전의 느낌과 달라서 아쉬움이 있었다. 난 아직 스타카토(starccato)를 기"
        "억하고 있는데...\n옥슨80의 '불놀이야'는 대단한 명곡이다. 지금들어도 온몸이 짜릿하다.\n"
        "홍서범의 다른 모습을 보며 무척 놀라웠다. BOLL 에서 그의 포지션은 리드기타겸 보컬이다."
        "\n시청률이 적은 시간대에 편성된 7080세대의 추억을 담은 낭만콘서트는 타임머신을 타고 그"
        " 때로 돌아간 것 같은, 나에게 기분 좋은 여유를 줬다. 가요무대를 보는 어르신들의 기분이 "
        "바로 이런 거겠지.\np.s. BOLL은 80년대 초반에 활발한 활동을 했던 그룹사운드 ‘블랙테트라"
        "’, ‘옥슨80’, ‘라이너스’, ‘로커스트’의 출신 8명이 모여 98년에 새롭게 결성한 중년 그룹사"
        "운드이다.",
    ),
    (
        "ci-058",
        "tests/EUC-KR/jowchung.oolim.net.xml (item 5)",
        frozenset(),
        "나아진다는 건\n나아진다는 건 남들과 비교해서 내가 우월하다는게 아니라, 어제의 내가 오"
        "늘의 나보다 나아졌다는 것이다. [한비야의 \"지도 밖으로 행군하라\" 中]\n남들과 비교하면"
        " 한없이 초라해지는 나 자신을 보며 열등감을 느낄게 아니라 어제의 나 보다 오늘의 내가 나"
        "아지도록 노력해야 한다.\n어제의 나보다 오늘의 내가 나아지는 날이 많아 질수록 나는 점점"
        " 최고가 될 수 있을것이다.\n하지만, 과연 내가 진정 어제의 나보다 오늘의 내가 낫다고 말"
        "을 할 수 있을까?\n열등감을 버리고 어제의 나보다 오늘의 내가 낫도록 노력하자.",
    ),
    # China in a list of countries offered the beta
    (
        "ci-059",
        "tests/EUC-KR/jowchung.oolim.net.xml (item 8)",
        frozenset({"china"}),
        "MSN 메신저 8 베타 프로그램 초대 코드\n아래 국가중 해당되시는 국가의 코드를 Microsoft C"
        "onnect 웹사이트 에 가셔서 초대 코드란에 입력하시고 간단한 설문을 작성하시면 MSN 베타 "
        "프로그램에 참여 하실수 있는 기회를 얻으실수 있습니다. [Only if 선택 되신다면] [SRC: Ne"
        "owin ]\nAustria - AU-B86F-P6HH\nAustralia - AU-X8FG-XWR9\nBelgium - BE-BFFD-FMV7\nBraz"
        "il - BR-MJYQ-DCRB\nCanada - CA-8VPP-8W8V\nChina - CH-4PYP-H4D4\nFrance - FR-XJGB-JV79"
        "\nGermany - GER-JJBM-9VFY\nItaly - IT-3FCK-D8XM\nIsrael - ISR-3H7B-F4HP\nJapan - JA-DT"
        "6D-9YCY\nKorea - KO-9BV2-T2BP\nNetherlands - NE-3G4X-4M84\nPortugal - POR-FP8C-9M9F\nS"
        "pain - SP-RKFT-CV2X\nUnited Kingdom - UK-HQ69-6JBQ\nUnited States - US-64JX-J2HJ\n자세"
        "한 정보는 다음 파일을 참조 하세요. Post_101905.doc (37.5 KB)\n추가사항:\nConnect 싸이"
        "트에 MSN Recruitment Program 이 활성 되었다고 정식으로 등록된게 아니고, 개별로 Welcome"
        "메일이 보내지고 이 메일을 받으시면 정식 등록이 된겁니다. 그때까지는 신청만 되어있는 상"
        "태 입니다.\n또한, 싸이트에 나와있는 만료일은 등록일을 뜻하는거 같습니다. 제가 윈도우 "
        "비스타 배타에 참여하고 있는데 비스타 배타의 만료일은 이미지난 7월 18일로 찍혀 있습니다"
        ". 하지만 배타는 계속 온고잉 중이구요.",
    ),
    (
        "ci-060",
        "tests/EUC-KR/lennon81.egloos.com.xml (item 4)",
        frozenset(),
        "세상이 바뀌고 있다는 것을 느낄 때\n뉴스 링크 : 인권위 \"학생 두발제한은 인권침해”\n- "
        "세상이 점점 빠른 속도로 변하고 있다는 사실을 그 어느 때보다 확실히 체감할 수 있는 요즘"
        "입니다. 새로운 기술과 상품은 발표되는 족족 구시대의 기술로 영락하고, 심지어는 그 싸이"
        "클 마저 줄어들고 있죠..... 글 전체보기",
    ),
    # 중국어판 (a Chinese-language edition); 대륙 alone is no name
    (
        "ci-061",
        "tests/EUC-KR/poliplus.egloos.com.xml (item 6)",
        frozenset(),
        "대륙의 클라나드\n클라나드 중국어판 [자료사진1][자료사진2][자료사진3][자료사진4]\n근처"
        "의 DVD샵에 잠깐 들려보니 게임모음집DVD들중 이상한 물건이 새로 보이더군요. '클라나드를 "
        "넣다니 참 매니악하구나~'라는 생각으로 뒷표지를 보니까 수록게임 목록중에 Clannad ch...."
        " 글 전체보기",
    ),
    (
        "ci-062",
        "tests/EUC-KR/poliplus.egloos.com.xml (item 10)",
        frozenset(),
        "오늘의 붕붕탄막일보(...)\n이번주는 PC방에 자주 오게 되는군요. 고로 아주 드물게 한주에 "
        "두번이나 갱신!\n그냥 가벼운 탄막계 신변잡기입니다. 뭔가 기대하고 클릭하신분께는 심심한"
        " 사과를(...)\n1. 동방문화첩 ~Shoot the bullet~ [트랙백]\n남들보다 좀 늦긴 했지만 .... "
        "글 전체보기",
    ),
    (
        "ci-063",
        "tests/EUC-KR/tori02.egloos.com.xml (item 7)",
        frozenset(),
        "그간 있었던일\n포스팅이 뜸하다가 뜨음 ..뜨으음..뜨으으으음 하더니 한두달도 막 건너뛰는"
        "군요 -_-;;\n이글루에 글이 안 올라가니 친구들 뿐 아니라 심지어 가족들도 걱정을 하네요^^"
        ";;\n이글루를 멀리했던 몇가지 별 일이 있었습니다.\n이사하고 첨에 인터넷 연결이 좀 말썽"
        "이 있어서 이사하자마자의 포스팅을 놓쳤구요..\n그담에 바로 신경성+과로의 여파인지 장이 "
        "탈춤을 삐리리~~ 추더만 화장실 들락날락 얼마간 고생했구요..\n이러저러 5월달 행사를 챙기"
        "다보니 5월이 지나가나보다..그러구 있는데 덜컥~\n남편이 자전거타고 가다가 골목에서 나오"
        "는 자동차와 부딪혀서 붕 날아버린 사건이 터졌지 뭡니까!\n부웅~날아서 쿠당~ 떨어져서 기"
        "절까지 했지만 다행히 아무곳도 이상없어서 열흘만에 퇴원을 하게된것이 바로 어제까지 벌어"
        "진 일입죠.\n119에 실려갔다는 전화를 받고 하늘이 노래졌는데 응급실에 가서 보니 눈 말똥"
        "말똥 뜨고 누워있더라구요!\n한편으론 다행이라 여겨지면서도 큰 사고를 당했는데도 겉으로 "
        "너무 멀쩡하니 더 걱정이 되더라구요.\n안에 뭐 문제 있는거 아닌가 해서요.\n머리사진도 찍"
        "어보고 허리도 찍어보고.. 아무 이상없더라구요~ 어찌나 감사하던지..^^\n그래도 후유증 생"
        "길까봐 입원해 있으면서 물리치료 받고 많이 나아져서 나왔습니다. 앞으로 통원치료 받기로"
        "하구요.\n새삼 건강하게 걸어다니고, 말할 수 있다는 사실에 대해서 너무 감사했던 시간이였"
        "어요.\n살면서 늘 좋은일만 있을 순 없지만, 이렇게 사고 당했던게 꼭 나쁜 시간은 아니였습"
        "니다.\n덕분에 숨가쁘게 달려왔던 시간을 좀 되돌아보며 쉴 수 있는 시간도 되었고, 건강의 "
        "소중함도 깨닫게 되었구요 ^^;\n그나저나.. 이글루에 오랫만에 와보니 여전히 방문해주시고 "
        "걱정해주시는 분이 많네요~\n그분들께 감사드립니다^^\n병원에 왔다갔다 하느라 한동안 일을"
        " 안했더니 일도 밀려있고 또 한주 안보이더라도 이해도 해주시고^^\n조만간 재밌는 소재 있"
        "으면 또 올릴게요~~\n그럼 건강하시고!차조심 사람조심 합시다!!!",
    ),
    (
        "ci-064",
        "tests/EUC-KR/willis.egloos.com.xml (item 3)",
        frozenset(),
        "회식의 계절2세\n회식의 계절2세븐스프링 피쉬팀 송년회식",
    ),
    # languages (러시아어, 중국어)
    (
        "ci-065",
        "tests/EUC-KR/xenix.egloos.com.xml (item 5)",
        frozenset(),
        "여러분 ! Merry Christmas ~!\n영어로는 메리 크리스마스(Merry Christmas)\n브라질 말로는 "
        "보아스 페스타스(Boas Festas)\n헝가리어로는 볼록 카락소니(Boldog Karacsony)\n이탈리아어"
        "로는 부옹 나탈리(Buon Batale)\n멕시코어로는 펠리츠 나비대드(Feliz Navidad)\n독일어로는"
        " 프뢸리히 베인아크텐(Frohliche Weinachten)\n스웨덴어로는 글래드 율(Glad Yul)\n프랑스어"
        "로는 조이유 노엘(Joyeux Noel)\n희랍어로는 칼라 크리스토게나(Kala Christougena)\n러시아"
        "어로는 스로체스토봄 크리스토빔(Srozhestvom Khristovym)\n중국어로는 셩딴콰이러(聖誕快樂"
        ")\n한국말로는 즐거운 성탄절 보내세요 ㅋㅋㅋ\n언어는 달라도 축복하는 마음 하나는 같은 "
        "세계인의 축제 크리스마스 입니다.\n따듯하고, 뜻깊은 크리스마스 보내시기 바랍니다.\n여러"
        "분.. 메리 크리스마스 !@#$@#$%$\n제 닉 스.~ 어디서 많이 보던 포스트죠 ? 작년 크리스마스"
        "에 썼던거 카피해서 붙였습니다.-_-;\n원래, 어제 새벽에 쓰려고 했던 포스트인데.. 술과 함"
        "께 하다가 정신 차려 보니 지금이군요 -_-;;\n정말 속쓰린 크리스마스 입니다. 원래 계획은 "
        "23일날 술먹기 시작해서 24일쯤 쓰러져서..\n26일날 깨는게 목표 였는데 이렇게 일찍 깨버리"
        "면 곤란하지 말입니다.\n그래서, 저는 다시 술먹으러 나가봐야 할듯 합니다.\n여러분, 얼마 "
        "남지않은 성탄절 미친듯이 즐겁게 보내시기 바랍니다. 어쨌든 메리 크리스마스 ~!",
    ),
    (
        "ci-066",
        "tests/EUC-KR/yunho.egloos.com.xml (item 1)",
        frozenset(),
        "웹의 이중성\n웹의 이중성을 이렇게 명확하게 설명해 놓은 것을 이제야 봤다니.\n웹은 분명 "
        "\"Web as hypertext system\"으로 시작되었지만, 너무나도 성공적이었고 다른 적절한 대안이"
        " 없었기에 처음부터 \"Web as [remote] software interface\"로도 사용되게 되었다. AJAX 같"
        "은 기술이 각광을 받으면서도 동시에 논란의 대상이 되는 것은 이러한 software interface로"
        "서의 역할과 hypertext system으로서의 요구사항이 항상 일치하지만은 않기 때문이다. 사실 "
        "software interface로서의 웹은 결코 효율적이라던가 적절한 아키텍쳐라고 얘기하기 어렵다."
        " 하지만 모든 것이 인터넷과 연결되어야 했던 그 시점에 과연 대안이 있었던가. 이를 JavaSc"
        "ript로, Java Applet으로, Flash로, ActiveX로 보완해보려 했으나 만족스럽지 않았고 지금은"
        " AJAX가 대안처럼 보이지만 내가 보기엔 software interface로서의 웹의 수명을 약간 연장시"
        "킨 것일 뿐이다.\n그렇다면 앞으로 information-oriented, web as hypertext system을 위해"
        "선 계속 HTML이 사용되고 task-oriented, web as software interface는 점차 XAML과 같은 기"
        "술로 대치되어 갈 것인가? Software interface를 위한 표준화되면서 동시에 효율적인 플랫폼"
        "이라는 것이 애초에 가능한 것인가? X-Windows도, Citrix Metaframe도, Network Computer도,"
        " Sun Ray도, VNC나 Java Webstart도 한정적으로 쓰이고 있을 뿐인데 과연 world-wide 규모의"
        " remote software interface를 위해 앞으로 어떤 기술이 이용될 것인지 궁금하다.",
    ),
    # New Zealand
    (
        "ci-067",
        "tests/EUC-KR/zangsalang.egloos.com.xml (item 8)",
        frozenset(),
        "이거 누가 찍었어??\n제가 찍었습니다. 제가 찍고도 도무지 믿어지지 않아서 몇번을 쳐다보"
        "던 사진입니다. 물론 이 호수는 무지하게 아름다왔죠. 그렇지만 제가 가슴으로까지 느꼈던 "
        "그 아름다움이 사진에도 고스란히 묻어 나오리라고는 생각지도 않았는데...\n(스스로 감탄!!"
        ")\n뉴질랜드 남섬의 테카포호수입니다. 뉴질랜드 호수 이름은 대부분 마오리어로 되어 있습"
        "니다. 억양이 다소 억세기는 하지만 왠지 이국적이고 신비롭다는 느낌이 들지요. 테카포도 "
        "마오리어인데 대충 뜻을 풀이하자면 '밤의 침낭' 이라고 하면 될까요??\n이렇게 이름이 지어"
        "지게 된 이유가 있습니다. 멀리 뉴질랜드까지 건너 오게 된 초기의 마오리족들은 미국의 서"
        "부개척자들처럼 이 땅을 개척하기 시작했습니다. 남섬으로 들어 온 한 마오리족 무리들이 어"
        "느 날, 이 호수에서 야영을 하게 되었답니다. 그런데 한 밤중에 모두들 설명할 수 없는 공포"
        "에 질려서 침낭을 둘러 쓴 체로 도망을 가버렸데요... 그런 이야기에서 이 희안한 이름이 유"
        "래되었다고하네요..^^\n최고 수심이 700미터가 넘는 테카포 호수는 빙하가 녹아서 만들어진 "
        "호수죠. 저 신비롭고 아름다운 푸른 빛은 2만년이 넘는 세월의 흔적이 녹아서 만들어진 것이"
        " 아닌가해요. 지금도 이 호수의 바닦에는 2만년 동안 빙하에 의해 침전된 돌들이 깔려 있다"
        "고하네요.",
    ),
    (
        "ci-068",
        "tests/GB2312/14.blog.westca.com.xml (item 2)",
        frozenset(),
        "杂事\n冬季的日子滑雪是最好的运动了，早早买了滑雪的季票，日前上山两次，感觉正恢复中。无"
        "奈，连日的天气晴好，雪终于架不住了。知道此时的山上，即便开放，滑起来的感觉也好不到哪里"
        "去，于是，空闲下来便改爬山了。\n上周日去了squamish的二三两峰，明显感觉体力大不如前，歇"
        "息太久，体能是会下降的，虽然山顶风光无限，累些也值。\n圣诞将至，大小商场都拥挤忙碌，许"
        "多物品捆绑销售，降价幅度自然不小，当然，如果不是生活必备的物品，到不一定非得凑此热闹。"
        "几日前，去了一回商场，停车场看到有泊车直接撞到邻车的，开车的是一白人妇人，也没有写纸条"
        "给被撞的汽车，我看了她一眼，然后告诉她要写张纸条，等我办完事看到她已溜走，被撞汽车还在"
        "原地，可怜的车主，还不知道咋回事。\n昨晚为了生存，来回奔波与两个表演场所，唱足了两小时"
        "歌曲，腹部感觉有疼，知道是用气所致，无碍，也检验了自己，看来，未来如有机会开演唱会，不"
        "怕唱不完全场。：）不过，其中演唱至一首歌曲，因为换气太猛，被自己的口水所呛，句子唱来断"
        "断续续，好在很快调整，恢复如初。呵呵，差点老马失前蹄。\n今天和叶子姐、袖子约好去九记，"
        "商场前停车位很难找，好不容易找到一停车位，袖子正倒车往空位驶进之际，四个西人青年驾车直"
        "闯占入袖子未进的车位，令一边的袖子气氛不已，大声鸣笛，无奈，西人无视，还厉声质问袖子为"
        "何不预作指示，然后扬长而去。谁说西人的素质高，这就是榜样和代表了。\n圣诞的音乐随处可闻"
        "，忙碌的节日，有人忙着开party，有人忙着购物，有人忙着旅游。。。。我，忙着生活，当然，"
        "生活是辛苦的，辛苦也证明自己还活着，不过，辛苦的同时也不会亏待自己，该娱乐的时候自然不"
        "会拉下。虽然忙碌代表自己的无能，同样，也代表了自己的有能，辩证是吧，想去吧。\n贴一张去"
        "山顶拍的照片，此女弹跳极好，青出于蓝，呵呵。[...] 更多",
    ),
    (
        "ci-069",
        "tests/GB2312/2.blog.westca.com.xml (item 1)",
        frozenset(),
        "有什么歌能够比它更让你更陶醉呢？",
    ),
    (
        "ci-070",
        "tests/GB2312/acnnewswire.net.xml (item 5)",
        frozenset(),
        "NTT DoCoMo计划注资Aplix\n... more",
    ),
    (
        "ci-071",
        "tests/GB2312/bbs.blogsome.com.xml (item 2)",
        frozenset(),
        "“阵风”战斗机(组图)",
    ),
    # 中国空军
    (
        "ci-072",
        "tests/GB2312/bbs.blogsome.com.xml (item 3)",
        frozenset({"china"}),
        "中国空军SU-27战机\n国家强大了，我们才睡得安稳。希望以后自己能造比这先进的多的飞机。",
    ),
    (
        "ci-073",
        "tests/GB2312/chen56.blogcn.com.xml (item 2)",
        frozenset(),
        "pico和webwork集成\nhttp://my.6to23.com/chen56/pico/ 这个文章哥几个帮审审，没问题就发hu"
        "ihoo了 ( 浏览全文 引用此文 )",
    ),
    # "one of China's most famous painters" (成为中国最著名的画家之一): the country of history,
    # beside 中国画 as an art form
    (
        "ci-074",
        "tests/GB2312/cindychen.com.xml (item 3)",
        frozenset({"china"}),
        "水墨意境，山水笔记\n书画同源。\n人们可能视而不见。如果能看穿这些画的表面，就能发现他们"
        "真正的美，找到中国人生哲学最深层的真理。\n中国道家强调人与天的关系，道是表象背后看不到"
        "的真实，万物宇宙流动之平衡。中国画家的首要目标，就是表达这种真实背后捉摸不到的和谐感。"
        "士大夫以儒家哲学的理性，道家哲学的感性。赋诗，做画，寄情于山水庭园。有大夫云：醉眼密蒙"
        "间，世事如浮萍。\n中国山水的要素，石，水，木，山。山石水木都是兼具表面及隐含意义的象征"
        "，中国画不仅是美丽的图画，还有画外之意。道家的阴阳论，即万物相生相克之理。伟大的书法或"
        "绘画必须有阴阳调和之感，在生活和艺术中尽心达到和谐平衡之境。士大夫，于保守的儒家社会的"
        "严官和多愁善感的道家艺术家间，取得角色的平衡。\n特立独行的张旭，传说他醉后则号呼狂走，"
        "挥笔若有神助，他让画笔奔驰，腾悬扭转，一气呵成。\n赵孟俯，在蒙古人底下为官，却成为中国"
        "最著名的画家之一，他强调将书法，文学和绘画融合为一。成为往后数百年士大夫的理想境界。在"
        "部分作品里，用稀疏简笔，表达出孤寂，已及内心对山林乡野的渴望，唤起一种心境的象征意义，"
        "远大于所描绘的现实。\n倪赞，则选择了相反的路，拒绝为官，循迹于五湖三柳间。他以浅墨上纸"
        "，笔法纤细苦涩，用简短的蚀刻线条，描绘出一幕幕萧瑟，寂静与孤独。岛上的松书象征他自己和"
        "文人朋友。有人问，画中何以从不见人影。他回答说，我等所处之世，如何有人。对于倪赞，和后"
        "代多数士大夫画家而言，景物是心境的写照。心诚意挚。\n如果细看绘画，可以发现士大夫的儒家"
        "哲学，孔子教人尊重古圣先贤，因此文人画家往往遵循前朝大师的风格，有时一笔一比地临摹。神"
        "形貌似。古圣先贤得来不易的知识，必须珍惜和仿效此项传统。中国画家引用书法的笔法，来传达"
        "中国挥发的第一法则，即传神。因此书法的表现线条就流入绘画艺术中。先贤有笔舞墨歌之说。\n"
        "文人抽象画的传统先驱苏轼，有“论画以形似，见与儿童邻。”\n北宗，是运用明亮写实的色彩，描"
        "绘外在的表象者。工笔画技巧。南宗，则是只以黑墨描绘内在真实者。排斥工笔画技巧，因它无法"
        "体现中国艺术的首要法则“传达表象之后所隐藏的真实。”\n比较西洋画使用单一的光源，中国绘画"
        "则是明暗流动，交相运用，没有单一的光源。这种手法乍看之下是对物理特性缺乏了解，其实却凸"
        "显出中国国家对气韵生动的掌握。\n于摄影，如是体会：在大尺度的环境中，光源未必同源，山有"
        "阴晴，山有雨雪，山有险峰，山有幽谷，各居其位，各显其形。而其山也未必一定是山，其山可为"
        "屋舍，其山可为街市交通。环境的瞬息演变以及要素的通透运用可相得益彰，交相辉映。如是，此"
        "图此画则可入得厅堂，进得画廊，众人为之倾囊。\n此外文人画家排斥单一透视。和西方风景画不"
        "同的是，中国画首观其神韵而非观赏。所以没有单一的消失点，观者则如徒步旅人，双目随竟游走"
        "。11世纪的画评家有“山水皆应自全局观之，以观其绵寰无尽之全貌。”\n许多中国画都采取移动视"
        "角，相机和固定视角之画都做不出这把戏。\n中国的山水画家漫步于山中或庭园中，回到书桌前闭"
        "目沉思，唤起他所酝酿的记忆及深层情感，综观全局而画山。对士大夫而言，禅想打坐和艺术创作"
        "为不可分割，意在笔先是他们的信条。\n西洋画往往以人物为主题,而风景常常是背景。反之，中"
        "国画的山水往往为主体，渺小的人悠游于其间，为道家的整体自然流动观之一部分。得从整体构图"
        "中才能观察而出。独行的渔人，朴实的农夫步行于山间，他不著痕迹的置身其间，如水滴入道之汪"
        "洋。或观山水之美，华山之美，天地精气之秘，皆可取于一画只中。\n道 是使万物相生相形的宇"
        "宙力量。独坐静思以得道。\n□ 二零零四年，于美国旧金山",
    ),
    # 北京师范大学出版社 in the references
    (
        "ci-075",
        "tests/GB2312/cnblog.org.xml (item 3) excerpt",
        frozenset({"china"}),
        "袁贵仁教授在《马克思的人学思想》一书中指出：“只是说劳动和社\n袁贵仁教授在《马克思的人"
        "学思想》一书中指出：“只是说劳动和社会关系是人的本质，还只是揭示了人的本质的客观基础，"
        "要真正把握现实人的本质属性还必须由此进入到更高、更深的层次，进入到真正的劳动主体的劳动"
        "和社会关系”，基于此进而提出马克思关于人的发展就是关于人的本质力量的发展，因为“‘人是什"
        "么’决定着‘人的发展’意味着什么”。由此可见马克思对人的发展是立足于实践、立足于实践主体主"
        "观方面，从劳动、从社会关系作为切入口来探索人的发展的内容。袁教授在系统分析和考察马克思"
        "关于人的本质的科学论述后对马克思关于人的发展内容进行高度总结，认为人的发展就是“每个人"
        "在劳动、社会关系和个体素质诸方面的全面、自由而充分的发 … 上成为可能。基于社会性软件，"
        "具有主体自觉意识的人，其发展的程度取决于其自身努力的程度，或者说取决其成其为人的主体作"
        "用发挥的程度。 （注：本文为《马克思的人学思想》一书第十四章“马克思论人的发展”的读后感"
        "。文中引号中的内容凡没有注明出处，均是从原书中摘出。） 参考文献： 《马克思的人学思想》"
        "，袁贵仁，北京师范大学出版社，1996 《胡克英教育文集》，瞿葆奎 主编，教育科学出版社，20"
        "03 论知识经济，杨卓舒，http://www.sd-wt.com/news/zhushu004.htm 社会性软件与人的主体性"
        "，庄秀丽，http://www.online-edu.org/newarticle/arti",
    ),
    # 台湾 and 大陆
    (
        "ci-076",
        "tests/GB2312/cnblog.org.xml (item 13)",
        frozenset({"china", "taiwan"}),
        "本文原发于海边的贝壳。我从Google上搜集了一些台湾的Wi\n本文原发于 海边的贝壳 。 我从Goo"
        "gle上搜集了一些台湾的Wiki资料，发现台湾在Wiki方面的应用非常多，撰写的介绍Wiki的文章非"
        "常有价值。他们的许多工作都很认真仔细，眼光也宽广，内容非常深入。相比而言，大陆这边对Wi"
        "ki理解体会要比他们落后许多，我觉得在看过的这些文章里，只有三联生活周刊的尚进翻译的那篇"
        "《 对话专访：听Ward Cunningham细述Wiki之前世今生 》可以和他们的工作媲美。我们要认真向"
        "他们学习。我对对岸的了解有限，或许还有好多宝藏没有发现。我了解到的好的资料大概有下面几"
        "个来源： Schee (徐子涵) 、 hlb (薛良斌) 和 Newzilla ，下面具体说明。 Schee (徐子涵) 、"
        " hlb (薛良斌) 是在台湾比较早推动Wiki的人，他们的Blog里都有Wiki的专栏：徐子涵的在 这里 "
        "，薛良斌的在 这里 ，这些专栏里大多是一些零零散散的短文，这里面薛良斌的《 Wiki 简介 》"
        "可以参考。在《 Wiki 简介 》一文的末尾还给出了一个有意思的链接，具体在下一段中说。 薛良"
        "斌自己有一个 Wiki ，这里面也有一些关于Wiki的条目，自然 Wiki 条目本身是个查找Wiki信息的"
        "入口。《 Wiki 简介 》一文给出的几个链接就链到这个Wiki，其中有一个条目? TheWikiWayRevie"
        "w ?比较有意思，它用到 c2 的一些链接组成了一个提纲，用来作为对 The Wiki Way 一书的 Revi"
        "ew 。我也去 c2 查过资料，但里面的内容很多，所以对 c2 里关于 Wiki 条目的整体缺乏一个把"
        "握，这个 Review 非常好，恰好可以使我们把握整体。或许，这也和我没有读过由Ward Cunningha"
        "m 和 Bo Leuf 合写的这本 The Wiki Way 有关。 Newzilla 是台湾推动开源运动的一个网络杂志"
        "，非盈利性的、志愿者供稿，月刊。目前已经出了三期，这三期每一期都有一篇关于Wiki的文章，"
        "文章的质量比较高。我觉得头两期关于Wiki的文章比较有价值：徐子涵的《 Wiki的历史和技术特"
        "性 》和不知名作者的长文《 Wiki 的运用 》。特别是《 Wiki 的运用 》眼界很宽，讲了许多Wik"
        "i的应用案例。 Newzilla 自己有一个 Wiki ，是从薛良斌的 Wiki 脱胎而来的。这个Wiki里关于W"
        "iki本身的 条目 也是要看看的，还有一个 WikiInTaiwan 也要留意。 除此之外，还有几个地方可"
        "以去看看： 艺立协快纪 ：有一个 100字谈WIKI 。 DebianWiki ：有一个 WikiWiki 。 某个校园"
        "的 Wiki （具体没搞清楚）：有 WikiWiki 条目和 WikiWatchList 。 OpenFoundry 专案的 共同"
        "笔记 ，非常有特色，但没有关于Wiki本身的内容。 就先写这么多吧。",
    ),
    (
        "ci-077",
        "tests/GB2312/cnblog.org.xml (item 15)",
        frozenset(),
        "Gr\nG r",
    ),
    # 雅虎中国 (Yahoo China) and 中国人 having done it first
    (
        "ci-078",
        "tests/GB2312/coverer.com.xml (item 5)",
        frozenset({"china"}),
        "微软Hotmail提供的免费企业邮件服务了，可以使用自己域名为后缀\n微软的live.com推出了一个d"
        "omains.live.com的服务. 用户只要在这里将你自己的域名DNS定位到微软的服务器上，就可以享用"
        " 由微软Hotmail提供的免费邮件服务了。当然，这次是用你自己域名为后缀 的邮件地址. 现在测"
        "试阶段只有美国国内用户可以享用250M的免费服务,国外用户就只能 将就一下用25M的了.在设置完"
        "域名管理员帐号好,该站点会提示你去域名注册 商那里修改MX(Mail exchange) Server的地址.修"
        "改为形如2032718785.pamx1. hotmail.com得服务器名后,等等就可以使用新服务了. 你还可以同时"
        "拥有相应得MSN Messenger服务和Space服务.是不是很有趣? 相信会有更多的服务会陆续转移来这"
        "里. 终于轮到微软也创意连绵一会.不过这个中国人也早玩过了.早前的雅虎中国 推出过邮件联盟,"
        "就是类似得免费邮件推广业务....",
    ),
    (
        "ci-079",
        "tests/GB2312/eighthday.blogspot.com.xml (item 1)",
        frozenset(),
        "又颠了\nwelcome to my new blog ~~~",
    ),
    # 祖国大地, 中国出了个李宇春
    (
        "ci-080",
        "tests/GB2312/eighthday.blogspot.com.xml (item 6)",
        frozenset({"china"}),
        "Sisters Are Doing It for Themselves\n1995年， 我在某电器城里淘到两张VCD，大概叫格莱美"
        "颁奖经典瞬间，收集了三四十个歌星的获奖演唱。里面有个男歌星每一举手每一投足每一个眼神都"
        "电得我口干舌燥七晕八素两眼直冒桃心，他唱的是Sweet Dreams Are Made of This。 当然不久我"
        "就发现他其实是个女的，名叫Annie Lennox，虽然是异性恋，但常做中性打扮，发长很少超过两寸"
        "。碰巧她获奖的时候作男装打扮上台演唱，害得我芳心一片许错了地方。\n多年以后, 我发现我对"
        "像Annie Lennox、Sade、K. D. Lang、Ellen DeGeneres、Whoopi Goldberg这样的中性女艺人特别"
        "有感情，而且是一种特别深沉而持久的阶级感情。与同性恋无关，这一切始于一种厌倦，一种对当"
        "今社会流行的庸俗价值观的厌倦。 电影《Searching for Debra Winger》里面说好莱坞电影制片"
        "商决定是否启用一个女演员的基本准则就是”Is she f**kable？”。虽然人类都进化到造航天飞机"
        "的地步了，但社会风气的大方向还跟原始人似的，女人的价值取决于且仅取决于其f**kablility。"
        "这种价值观就好比幼儿园老师说手背后坐得端的小朋友就是好孩子一样，是一种一根筋儿似的思维"
        "方式，极其愚昧。而这种价值观的捍卫者都是些七情六欲里只剩性欲的主儿。如果你认为自己的首"
        "要定义是人，而不是女人／男人／中国人／外国人／富人／穷人／肥人／瘦人等等，那么你应该能"
        "够理解女人对这一切有多么厌倦。（如果您认为自己的首要定义不是人，那您也不用往下看了，都"
        "是人话。）生为女性，并不代表着我们愿意把全部精力、金钱、时间、生命都投入到maintain 自"
        "身f**kbulity的事业中去。我们内心深处渴望可以摆脱这种枷锁。就像Talktoher在她日记里说得"
        "那样：“从来都跟自己的性别有种隔阂感，力不从心。想着一个女人必须活成一个精致糕点的模样"
        "，香香的，甜甜的，死心塌地讨好别人的胃口，烦。不是说自己愿意做个男孩，而是愿意做个没有"
        "性别感的小孩。穿着拖鞋，不戴胸罩，吸着冰棍满街晃，躺在草地上，眯着眼睛看太阳，最舒服。"
        "”\n有厌倦自然有反叛。而中性女艺人就是一种反叛的典范。从她们身上，我们可以看到一种自由"
        "，一种不用卖笑的自由，一种可以视这个男权社会的种种规则如粪土的自由，一种伯拉图式的从兽"
        "性中解放出来的自由。据说Annie Lennox曾在事业巅峰的时候自夸是music industry里唯一一个不"
        "靠女色来卖唱片的女歌手。其实她在上个世纪80年代就唱过一首歌，叫做Sisters Are Doing It f"
        "or Themselves，可以说是这种叛逆精神的绝佳口号。\n二十多年后，西风吹到了祖国大地，中国"
        "出了个李宇春。有超级女玉米传给我一个演唱视频。我一看，这个李宇春歌唱得不咋地，长得不漂"
        "亮，基本没有第二性征，但的确很可爱。为什么？就为这孩子既没脸蛋儿又没身材还能这么自信！"
        "她人气旺我完全理解。有些思想落后的大老爷们儿们坐不住了，纷纷跳出来作卫道士，说这个超级"
        "女声怎么能选个既不女又没声f**kability基本为零的中性人？这成何体统？要我说，那些形象大"
        "使、这小姐那小姐的选举们怎么不改名叫最佳二奶选举？有那么多专门娱乐你们的节目看，你们跟"
        "这儿凑什么热闹？不少这一出。超级女声就是女性心声，不管谁赢，都是Sisters Are Doing It f"
        "or Themselves，老爷们不忿的，听我一句劝，你们啊，哪儿凉快哪儿呆着去。",
    ),
    (
        "ci-081",
        "tests/GB2312/godthink.blogsome.com.xml (item 5)",
        frozenset(),
        "但是我不能气垒，这次选不上还有下次嘛。\n加油晓宇。",
    ),
    (
        "ci-082",
        "tests/GB2312/jjgod.3322.org.xml (item 1)",
        frozenset(),
        "Wordpress 2.0\n把 Web4C 更新到了今天 release 的 WP 2.0。更换主题为 Binary Moon 的 Regu"
        "lus。详细的调整打算放到放假以后去做，不过，我还是不习惯 WYSIWYG 编辑器，得想法子换回原"
        "来的 Markdown Plugin。",
    ),
    # 中国学生: students described by nationality, in Japan
    (
        "ci-083",
        "tests/GB2312/lily.blogsome.com.xml (item 9)",
        frozenset(),
        "先生轶事\n眼看快要结束日本的留学生活了。现在总有些点点滴滴的往事，浮现在我的眼前。这其"
        "中，有眼泪，有欢笑，有各种各样的酸甜苦辣。当然，SM先生的趣事是必不可少的回忆。 SM先生"
        "，是我在大学的教授，一个在研究上很严格，在生活上很有趣的人。现在，回忆一下他3年前发生"
        "的一件趣事，作为对这位教授的纪念。 那是我刚来日本不久的一个周一，那时，我还在做研究生"
        "，去上课的时候，在走廊里遇见了我的教授—-SM先生。他一见到我，就告诉我他脑子里好像长东西"
        "了，精神状态很不好，一副忧心忡忡的样子，我看他好可怜，也难过了起来。本来打算去干别的事"
        "的我，就和他一起走进了他的研究室，他继续唠叨着他的病，告诉我他要die了<用英文说的>，让"
        "我另找教授吧，他不能再带我了。他还说周三再去给头部拍个片子，不知是什么病，现在真是很担"
        "心。我一个劲儿地在嘴上劝他别担心，肯定没什么大事，但是心里也不免担心起来，….。然后，他"
        "又问我是否见到HY< 他的另一个中国学生>，把她给我找来……，DLY< 那时刚毕业的一个中国学生>"
        "什么时候再回日本?…… 晚上，我请你吃饭吧，你来日本以后，我还没有和你吃过饭呢，我说不用了"
        "，他执意要请我，我就更加地难过起来。整整一下午的课也没上好，我一直在担心他的身体。 那"
        "时已在他手下呆了4/5年的HY，听到了他的情况，没有当回事。她说他多半儿没事。我将信将疑。H"
        "Y进一步告诉我，他现在更多的是心理作用，他去看医生的时候< 因为他在一周前就感觉到头疼，"
        "周末去看了医生>，医生问他有没有感到恶心， 他说没有，可是回到家以后，他想起医生的话，越"
        "想就越感到恶心起来，你看，这不是心理有毛病么?HY坚定她的观点。可我不敢掉以轻心，还是等"
        "周三拍完片再说吧。 晚上我们吃饭的时候，他说要杯啤酒，我劝他别喝了，他说就喝一杯，我怎"
        "能和教授争执呢?… …吃着饭，他又开始担心他的脑袋了，我劝他以后把烟给戒了吧，“好”他像个小"
        "孩似的乖乖地答应了，然后又说，“可是戒烟很难……” 他告诉我，他今天给本科生上课的时候，跟"
        "大家已经道歉了，说如果他活不过今年，那么大家可能拿不到这个学分了，对不起大家了…… 周二"
        "，他又给我和另一个日本学生上课，重复着他病情的严重性…… 我焦急地等待着周三的结果。周三"
        "下午，他从医院检查回来，告诉我“疑症没有”。我的心终于彻底地放下了。HY这时更加理直气壮地"
        "说，他就是爱这样，把自己的一点儿小事看成大事，我看他的病就是“让苍蝇给踢了一脚，…..”这"
        "时我们都哈哈大笑了起来，他在一边听不懂我们的中文，但看到我们在笑，似乎能猜到几分，说“"
        "很有趣么?” 我们说，“当然很有趣了” 他也咯,咯,咯……地乐起来. 这个老小孩！",
    ),
    # 北京, 北大
    (
        "ci-084",
        "tests/GB2312/luciferwang.blogcn.com.xml (item 2)",
        frozenset({"china"}),
        "给吧吧鹿过生日\n原来我是席间认识吧吧鹿最早的，而且是因为我不经意的介绍，让她来的北京。"
        " 几年前，她给我介绍了董小缠。 吃饭的时候，一位北大毕业的朋友送给我一套《未名湖是个海洋"
        "》的纪念CD。今年夏天制作方找到我，让我参加录音，可是我当时不能回国，就把这个消息转告熊"
        "育竹。大学期间我大概写过20几首歌，后来在一个磁带里录了10首左右，如今已不知去向。毕业后"
        "又写过几首，其中有一首是纪念我一个被关进精神病院的朋友的，那是即兴之作，也是最好的一首"
        "。 回家听一遍CD，最喜欢的还是陈永海，有回味。 前天遇见大学同学张鹏高，他告诉我，“你要"
        "做彻底的王敖，变本加厉”。 说的对。 ( 浏览全文 引用此文 )",
    ),
    # 北京, 北大
    (
        "ci-085",
        "tests/GB2312/luciferwang.blogcn.com.xml (item 7)",
        frozenset({"china"}),
        "奇妙\n哦，奇妙妙的。 在北京，真舒服。昨天开始出门见朋友， 今天去北大。 ( 浏览全文 引用"
        "此文 )",
    ),
    # 中国古代 (ancient China) as a place; 唐朝的律赋 a period
    (
        "ci-086",
        "tests/GB2312/luciferwang.blogcn.com.xml (item 10)",
        frozenset({"china"}),
        "偶感\n这段时间我觉得身心都很纯净，应该出去走走，得江山之助。 今年我一直在考虑赋的问题"
        "，古诗之流，演变成包罗万象的文类，很多外国的现代长诗，如果拿到中国古代，其实就是赋，庞"
        "德，奥登，史蒂文斯，他们写的长诗不就是赋吗。 今年读了很多赋。其实有很多唐赋写得很好，"
        "以前大家都提中国诗如何走向律的道路，那唐朝的律赋实在是律诗高冠长剑的游伴，后来大家只注"
        "意古文运动，其实在当时古文的影响远不及赋，文坛宗主也并非韩柳，而是写排律和律赋的元白，"
        "要说元轻白俗，是不公道的。 多读书，看看古往文类的巨变，对待写作就会越来越平静。 绝大部"
        "分人并不知道自己在写什么，知道的人写一篇是一篇。 冬日进补，自制虫草瑶柱鸡汤，甚美。近"
        "期服用蜂胶，运动时感觉明显有力。 耶鲁大学出版社新出贡布里希《世界小史》，另购得英国人"
        "特里·伊格尔顿新著，寒假看。前几天，大卫·布朗维奇讲课的时候突然看天花板数分钟，然后说，"
        "“多伟大的一首诗啊”。他是一个很好的批评家，希望以后有时间介绍一下他的东西。 康宜教授前"
        "几天戴了一个奇特的胸针，上面居然镶嵌着一个小小的点染山水的瓶子， 我告诉她我从来没见过"
        "这样的东西，她说她以前也没见过，这是牟复礼教授的太太亲手 ( 浏览全文 引用此文 )",
    ),
    # 在北大考试 (Peking University)
    (
        "ci-087",
        "tests/GB2312/luciferwang.blogcn.com.xml (item 19)",
        frozenset({"china"}),
        "新文具\n从现在起，再也不说忙和累两个字，勇猛精进才是王道士的本色。 换了新台灯，买了60"
        "支笔，还有好看的本子。跟我一起生活过的人都知道，我喜欢各种小本子，如果谁要送我礼物，不"
        "要送书，因为有可能我看过，有可能没时间看，但小本子都是喜欢的。 到美国五年，我写的最多"
        "的就是各种论文，文学的，历史的，人类学的，社会学的，各种各样的，在美国的学校里读文科博"
        "士，写论文会占据大部分时间。写诗，对我来说，一般都是写论文期间，休息的时候随手一挥而就"
        "。 小美人儿K最近在北大考试，跟中文老师们提了王道士，结果受到优待，过关之后乐得来找我来"
        "说。她非常之乖巧，见我第一面就说找到组织了。当年我看她神情举止非常像只香艳小猫，一高兴"
        "就给她做了一条大鱼，然后看着她吃。 现在她在家里自己制作香皂玩，我也订做了一块。 我天天"
        "写论文，写到12月，大家一起玩。 二 关于尤卡坦的雷暴 在尤卡坦，加勒比圆形竞技场的 玛雅的"
        "十四行诗人们，不顾鹰隼，绿色巨嘴鸟 和蓝色松鸦，仍然对着夜鸟唱出情歌， 仿佛高居在橙色空"
        "气中的， 棕榈树上紫红的唐纳雀们，都太野蛮。 可是，克里斯宾已经一无所有， 从任何寻常道"
        "理中，都不指望得到 ( 浏览全文 引用此文 )",
    ),
    (
        "ci-088",
        "tests/GB2312/pda.blogsome.com.xml (item 3)",
        frozenset(),
        "其实俺也想要个TC",
    ),
    (
        "ci-089",
        "tests/GB2312/w3cn.org.xml (item 15)",
        frozenset(),
        "伴随着Web标准发展",
    ),
    # !important in CSS
    (
        "ci-090",
        "tests/GB2312/w3cn.org.xml (item 18)",
        frozenset(),
        "用!important解决IE和Mozilla的布局差别",
    ),
    (
        "ci-091",
        "tests/GB2312/xy15400.blogcn.com.xml (item 9)",
        frozenset(),
        "困惑\n又感冒了 有人消失 有人出现 这一周有点乱 大家都骂我 又不好说什么 我只是在等待 终"
        "于回到家了 爸妈明天回来 好吧好吧 就这样吧 不管你做什么 我就在这里看着你 面无表情 ( 浏"
        "览全文 引用此文 )",
    ),
    # Детский дом 18 г.Москвы
    (
        "ci-092",
        "tests/KOI8-R/koi.kinder.ru.xml (item 2)",
        frozenset({"russia"}),
        "Детский дом 18 г.Москвы\nСуперальбом \"Это Их Детство\" пополнился ещё одним долгождан"
        "ным небольшим фотоальбомом \"Малыши в бассейне\". Детский дом благодарит всех тех люде"
        "й, которые смогли подарить малышам необходимые для них процедуры. Здоровье и улыбки на"
        "ших детей ≈ залог вашей безграничной щедрости! [Подробнее...]",
    ),
    # ТЦ "Москворечье": a shopping centre's name
    (
        "ci-093",
        "tests/KOI8-R/koi.kinder.ru.xml (item 9)",
        frozenset(),
        "Ансамбль \"Ритмы детства\"\nСмотрите долгожданные фотографии с \"Зимнего праздничного "
        "концерта\", прошедшего в ТЦ \"Москворечье\". На этом феерическом шоу ребята выступили "
        "с лучшими своими номерами. Добро пожаловать в увлекательное путешествие в страну танце"
        "в! [Подробнее...]",
    ),
    # Российская государственная библиотека по искусству
    (
        "ci-094",
        "tests/KOI8-R/koi.kinder.ru.xml (item 18)",
        frozenset({"russia"}),
        "\"Это загадочное детское творчество\"\nВ Российской государственной библиотеке по иску"
        "сству прошла выставка \"Это загадочное детское творчество\". Работы юных художников вы"
        "звали у посетителей не меньший интерес, чем произведения именитых мастеров. Естественн"
        "ость, открытость, искренность, жизнерадостная фантазия - вот то, что далеко не всегда "
        "может заменить академическое образование. [Подробнее...]",
    ),
    # в Санкт-Петербурге
    (
        "ci-095",
        "tests/KOI8-R/koi.kinder.ru.xml (item 19)",
        frozenset({"russia"}),
        "И снова праздник книги\n9 февраля 2005 года в Санкт-Петербурге откроется V\nспециализи"
        "рованная выставка-ярмарка издательской и полиграфической продукции \"КНИЖНЫЙ ВАВИЛОН\""
        ". В ее рамках пройдет ярмарка детской литературы \"В фокусе - Детская Книга\". [Подроб"
        "нее...]",
    ),
    # Детского дома №18 г. Москвы
    (
        "ci-096",
        "tests/KOI8-R/koi.kinder.ru.xml (item 22)",
        frozenset({"russia"}),
        "\"Кто они, дети Детских домов?\"\nИнтервью А. Хлынина с детьми Детского дома ╧18 г. Мо"
        "сквы. [Подробнее...]",
    ),
    # снова в Москве
    (
        "ci-097",
        "tests/KOI8-R/koi.kinder.ru.xml (item 28)",
        frozenset({"russia"}),
        "Великий клоун снова в Москве!\n13 и 14 ноября в Концертном зале имени П.И.Чайковского "
        "выступает всемирно известный музыкальный клоун Мэлвин ТИКС (Норвегия). Это - не обычны"
        "е концерты, а \"концерты для клоуна с оркестром\". Это не просто детские программы, а "
        "увлекательные путешествия в особый мир - мир симфонической музыки. [Подробнее...]",
    ),
    # российских ребят: children of the country
    (
        "ci-098",
        "tests/KOI8-R/koi.kinder.ru.xml (item 32)",
        frozenset({"russia"}),
        "Герои мультсериала ╚Маленькие роботы╩ снова с нами!\nСовсем недавно по телеканалу прош"
        "ел мультипликационный сериал ╚Маленькие роботы╩ от ВВС Worldwide. И вот у российских р"
        "ебят есть возможность вновь встретиться с любимыми героями и даже принять участие в их"
        " приключениях в новой компьютерной игре ╚Маленькие роботы╩. Жители сказочной страны Ма"
        "леньких роботов - симпатичные железные человечки - устраивают забавные соревнования, к"
        "онкурсы и викторины.\nВ новой компьютерной игре для детей от 3-х лет юного игрока ждут"
        " 12 увлекательных мини-игр, направленных на развитие ассоциативного и комбинаторного м"
        "ышления, умения считать и ориентироваться в пространстве.\nИгра выгодно отличается от "
        "существующих аналогов оригинальным дизайном персонажей, дружелюбным интерфейсом, увлек"
        "ательными заданиями и креативным оформлением. [Подробнее...]",
    ),
    # ЮУрГУ, Русский музей, Государственный Эрмитаж
    (
        "ci-099",
        "tests/KOI8-R/susu.ac.ru.xml (item 2)",
        frozenset({"russia"}),
        "Лекцию в ЮУрГУ прочтет старший научный сотрудник Государственного Эрмитажа\n6 января в"
        " Виртуальном филиале Русского музея (Пушкинский зал ЮУрГУ, ауд. 244) состоится лекция "
        "на тему: ╚Проблемы современного изучения античного искусства╩.\nЧитает старший научный"
        " сотрудник Государственного Эрмитажа, доцент кафедры зарубежного искусства...",
    ),
    (
        "ci-100",
        "tests/SHIFT_JIS/10e.org.xml (item 17)",
        frozenset(),
        "重力無視男\n重力無視男\nおそらくプリンセステンコーとか、デヴィットカッパーフィールドと"
        "かのお友達だと思うよ。\nこの人はきっと物理が苦手だったんでしょうネ。エルエルも重力とか"
        "の問題は大嫌いだったんで、意外とこの人と同じようなコト出来ちゃうかも。\nよい子はマネし"
        "てもいいけど、落ちてもエルエルのせいにしないでネ。",
    ),
    (
        "ci-101",
        "tests/SHIFT_JIS/accessories-brand.com.xml (item 11)",
        frozenset(),
        "コーチ(COACH）\n■ 公式サイト　⇒　 http://www.coach.com/",
    ),
    (
        "ci-102",
        "tests/SHIFT_JIS/andore.com.money.xml (item 5)",
        frozenset(),
        "茶色のインクを求めて\n以前、色あいを気に入って、UNI signoという水性ボールペンのボルド"
        "ーブラックという色を愛用していた(正確には愛用している)。 万年筆(LAMY Safariのスケルト"
        "ン)に茶色を使ってみたくて、あちこち探しまくった。実際、文房具店、ロフト、ハンズ等の一"
        "般的な店においてあるインクは、ブラック、ブルー、ブルーブラック、あるいはせいぜい赤まで"
        "。茶色、もしくはボルドー系色のインクが置いてあることはまれ。 で、今回は池袋東武に入っ"
        "ている銀座伊東屋。 いちおう、ターゲットとしたのは、 カルティエのボルドー と、 モンブラ"
        "ンのボルドー。 ところが、天下の伊東屋さんにも在庫はない、とのこと。さらに、カルティエ"
        "なら、駅向こうの西部さんの6階にカルティエ直営店があるから行ってみては？というアドバイ"
        "スをいただいた。 なるほど、直営店か！(すいません、ブランドとしてのカルティエには興味な"
        "いの思いもつかなかった） と思ってると、 「茶色系だったら、こんなんありますけど。」と言"
        "って出してきてくれたのが、 モンブランのSeason's Greetingsという季節限定もの。どうやら"
        "クリスマス仕様らしく、雪の結晶のシールがパッケージに張ってある。 試し書きをさせてもら"
        "うと、求めていたボルドーブラックよりもどちらかというと、リーガルシューズのチョコレート"
        "ブラウンに良く似たこげ茶系。さらに、このインクはシナモンというかスパイシーな香りがつい"
        "ているという凝ったもの。 ひと目で気に入り即購入。 続いて、店員さんのアドバイスに従って"
        "西部6階のカルティエへ。ようやくカルティエボルドーの在庫に出会えたのだが、案の定試し書"
        "きはさせてもらえなかった。仕方がないので、実際の色あいを見ずに購入。その際に、ボトルの"
        "箱を入れてくれたのが前のエントリの写真のような、小物用袋。 いちおう、これで当初の目的"
        "を達成できた、と思ったら、そのカルティエ直営店の隣には、なぜかモンブラン直営店。中で店"
        "員さんに、ボルドーのインクありますか？と聞いたら、ある、とのこと。 早速試し書きさせて"
        "もらうと、当然ながら、出してくれたのは、モンブランの万年筆。書き味いいっす。でも、ペン"
        "先太め、主軸太めであまり好みではない。 で、肝心のインクの色は、というと、モンブランの"
        "他の色と同じく、若干薄めというのが印象。これも同じく、お買い上げ。 ということで、一気"
        "に、ボルドー系3色そろいました。 書き比べは、次のエントリにて。...",
    ),
    (
        "ci-103",
        "tests/SHIFT_JIS/blog.inkase.net.xml (item 6)",
        frozenset(),
        "「イン稼帳」公開しました。\n今年から、収入実績を公開することにしました。\nそれに当たっ"
        "て、 本館 に、収入実績記録帳、通称「 イン稼帳 」を公開しました。\n見ていただけるとわか"
        "るかもしれませんが、これもスタイルシートです（笑）\nTABLEで作ればめっちゃ早くできたん"
        "ですが、凝り性なもので。。\n100円換金のリードメールサイト から早くも入金があっています"
        "ので\nすでに更新をしております。\n参考にされてください。",
    ),
    (
        "ci-104",
        "tests/SHIFT_JIS/brag.zaka.to.xml (item 1)",
        frozenset(),
        "ＢＳデジタル、０７年度から２局増…総務省方針：経済ニュース：@Money : Yomiuri On-Line ("
        "読売新聞)\nちょっと古い話題ですが。\nつまり、アナログBS 9chの廃止に伴い、トランスポン"
        "ダ1つ分空くけど、それの使い道はデジタルハイビジョンチャンネル2つを新規参入させましょう"
        "か？ というお話ですな。現状民放各社が採算が取れてない中、新規参入はなかなか難しいと思"
        "うのですが……。NHK BS1/2の画質向上用とかに使ったほうがいいと思うんですが、どうですかね"
        "え。まあ、今後その辺は話し合われるのだと思いますが。",
    ),
    (
        "ci-105",
        "tests/SHIFT_JIS/celeb.lalalu.com.xml (item 9)",
        frozenset(),
        "ir大学 〜 夢を生きる、幸せなお金持ちへの旅\n「 告白します。なぜ、私が、たった２年で、"
        "年収２億円の【幸せなお金持ち】になれたのか？ 」\nな〜んてタイトルを見たらついつい覗い"
        "てしまう私です。(笑)\nでもネットだけではなく、「週刊現代」や「TOKYO1週間」など13誌に掲"
        "載され、28日間で1700名も申し込みがあったと聞いて気になったので、とりあえずメルマガを読"
        "んでみました。アルバイトで物を売った経験もない主催者さんが、初めてのビジネスで1億円以"
        "上稼いだノウハウを具体的に教授してくれ、アフターフォローは生涯保証だそうです。\n例えば"
        "こんな見出しが…。(以下抜粋引用です)\n◆「21世紀型ビジネス」の6つの秘訣\n究極のビジネス"
        "モデルを紹介！　私もその1つから始めました。\nもちろん、サラリーマンや主婦でもできるこ"
        "とばかり！\n◆5つの「21世紀型ビジネス」をご紹介\n私はこの5つをやっているだけにすぎませ"
        "ん！\n（タネを明かせば、簡単すぎる、、、）\n◆「目標を紙に書くと実現する！」という魔法"
        "と3つの理由\n多くの人が間違っているところ＝目標設定は○○のためにする\n昔から伝わる秘伝"
        "、ここにあり！\n◆「大金持ち」ほぼ全員に共通する「2つのモノ」\n偶然見つけた！　たぶん、"
        "どこにも書いていない！？\n…気になります。\n]]>",
    ),
    (
        "ci-106",
        "tests/SHIFT_JIS/do.beginnersrack.com.xml (item 6)",
        frozenset(),
        "使った後の手入れ\n美味しい料理を楽しんだあと、ダッチオーブンもきれいに洗ってあげましょ"
        "う。\n洗剤は厳禁です。\nダッチオーブンは、油をよくなじませておくことが、後々の美味しい"
        "料理のために、必要なのです。\nだから、せっかく油まみれになったダッチオーブンを、洗剤を"
        "使って大切な油コーティングを流してしまっては、いつまでたっても「ブラックポット」にはな"
        "れません。\n■料理を食べたあと\nそのままあまった料理をダッチオーブンの中に入れっぱなし"
        "で、一晩置いてしまう、なんてことのないようにしましょう。\nダッチオーブンは「鉄」ですか"
        "ら、ほうっておいたら錆がでてきます。\nそうなってしまったら、後で食べようと思ってとって"
        "おいた料理も、食べられなくなってしまいます。\n食べ終わったら、あまった料理はすぐ別の容"
        "器に移しましょう。\nそして、お湯を張っておきましょう。\n■洗い方\nこびりつきがひどけれ"
        "ば、しばらくお湯につけておきます。\nそれほどひどくなければ、たわしで洗います。\n金属製"
        "のたわしは、厳禁です。\n相当ガンコな汚れには、重曹を使いましょう。\n野外料理で洗い物を"
        "するとき、洗剤ではなく重曹を使うことは、エコロジでもあります。\n■洗ったあと\n水を切っ"
        "て、乾燥させます。\n軽く火にかけて乾燥を速めてもいいです。\n■油を塗りこむ\nキッチンペ"
        "ーパーなどで、油を薄く塗ります。\n鍋本体の内側だけでなく、外側にも、蓋があればその裏表"
        "にも、塗っておきます。\n■保管方法\n頻繁に使うのであれば、特に注意する点はありません。"
        "\nしばらく使わない場合、中に新聞紙を丸めていれて、蓋と鍋の間がすこし開くように、割り箸"
        "などをはさんでおきましょう。\n通気性を確保するためです。\nそして、ダッチオーブンを買っ"
        "たときに梱包してあった箱（捨てちゃダメですよ）を利用して、保管しましょう。\n■番外編："
        "どうしようもない程に、汚れがこびりついてしまったら\n仕方ない。洗剤を使いましょう。\n金"
        "たわしも使いましょう。\n必要となれば、ＤＩＹ工具である「グラインダー」も使ってしまいま"
        "しょう。\nこれで、ブラックポットへの道は、振り出しに戻ります。\nなぁに、もう一度、シー"
        "ズニングからやり直せばいいだけです。\nダッチオーブンは、そんなにやわではありません。",
    ),
    # 中華スープ: a cuisine
    (
        "ci-107",
        "tests/SHIFT_JIS/do.beginnersrack.com.xml (item 12)",
        frozenset(),
        "スキレットであんかけ焼きそば\n先日、テレビのＶ６の番組で、あんかけチャーハンを美味しそ"
        "うに食べている映像を見ました。\n・・・　　　じゅるじゅる。\nスキレットで似たようなもの"
        "を作ってやるぜ！\n]]>\n02．水を250〜300cc（好みで加減してください）加え、中華スープの"
        "もと（これも手抜きだね）、塩・胡椒で味を調えます。\n水で溶いた片栗を流しいれ、とろみを"
        "つけます。\n出来上がった「あん」は、器にうつします。\n03．すばやくスキレットを水で洗い"
        "、そばを焼きます。\nよくほぐれたら、今度はあまりまぜません。麺にちょっとこげをつかせま"
        "しょう。\n04．食卓に鍋しきをおき、そこに、そばをいれたままのアツアツのスキレットをおき"
        "ます。\nそして、既に作っておいたあんを流し込みます。\nじゅわ〜\nその映像は、コチラ\nあ"
        "んかけ焼きそばの感動の映像\nごちそうさまでした（満足）！",
    ),
    (
        "ci-108",
        "tests/SHIFT_JIS/dogsinn.jp.xml (item 1)",
        frozenset(),
        "今日はミニチュアダックスのオフ会？\n今日はミニチュアダックスばっかりです。\nオフ会でも"
        "開く勢いです。今日の予約でも\nミニチュアダックスを飼っているお客様の\nご予約が多かった"
        "です。\n本当にミニチュアダックスは多いのですね。\nみんなそれぞれ全く違う犬種の様に、\n"
        "毛の生え方が違います。\n今後も増えていくのでしょうね。",
    ),
    (
        "ci-109",
        "tests/SHIFT_JIS/milliontimes.jp.xml (item 15)",
        frozenset(),
        "火酒\nビールを漢字で書くと麦酒、ワインはぶどう酒で葡萄酒。それでは、火酒っていったいな"
        "んでしょう。実はこれ ブランデー のことなんです。度数が強いので口に入れたときの感覚を「"
        "火」と表現したんですかね？なんとか、 カクテル＝混合酒 や ラム＝糖酒 （ラムの原料はサト"
        "ウキビ）あたりまではわかるとしても、 三鞭酒＝シャンパン （読み方からか？）、 洋酒＝ジ"
        "ン （洋酒はジンだけではないんだけど・・）、 小酒＝リキュール （？？）までくると、多少"
        "無理があるような気がします。他にも当て字知ってたら メール で教えてください。\n【追加】"
        "上のコラムを書いていて思い出しました。 酒精＝アルコール です。\n【指摘】 カクテル×カク"
        "テル のKUMAさんに火酒は、ウオッカを指すのではないかというご指摘がありましたので、現在"
        "調査中です。ご指摘ありがとう。_(._.)_\n【結論】火酒についてはいろいろ調べた結果、”蒸留"
        "酒”と同義であることがわかりました。お酒を蒸留するときには、必ず火を入れることからその"
        "名前がついたようです。",
    ),
    (
        "ci-110",
        "tests/SHIFT_JIS/moon-light.ne.jp.xml (item 12)",
        frozenset(),
        "和央ようか事故\nシアター・ドラマシティで宝塚宙組「W-WING-」上演中、\n和央ようかが過っ"
        "て舞台上に転落、公演は中止となりました。",
    ),
    (
        "ci-111",
        "tests/SHIFT_JIS/nextbeaut.com.xml (item 13)",
        frozenset(),
        "ザイクルスリミングジェル・ホット２個セット\nロディステロールが脂肪を分解を促進！内部脂"
        "肪を減らすジェル！部分ヤセにお勧めです。",
    ),
    (
        "ci-112",
        "tests/SHIFT_JIS/perth-on.net.xml (item 1)",
        frozenset(),
        "木登り体験\n「木登り体験」\nパースに留学した人ならば、一度は登ったことがあるのではない"
        "でしょうか？パースから南に車で約4時間の場所にあるペンバートン(Pemberton)に、その木はあ"
        "ります。登ることができる木は3本あり、これらの中でも特に有名なのが、ペンバートンの中心"
        "部から歩いても行ける高さ61メートルのグローセスターツリー(Glocester Tree)です。他の木は"
        "ちょっと町から離れているので車がないと行けないところにあります。\nこれらの木は、もとも"
        "と山火事監視用の木でした。木には鉄の杭があるだけで安全用のネットなどはなく、上り下りで"
        "交差し、ちょっと危険です。おそらく高所恐怖症の人は登るのは無理でしょう。\nペンバートン"
        "は他にも期間限定の蒸気機関車やワインもつくっています。町は非常に小さく、木登りがメイン"
        "になります。例えばマーガレットリバーからアルバニーに行く途中にちょっと立ち寄る程度で十"
        "分ではないでしょうか？木登りはかなりおもしろいので、ぜひ体験してみてくださいね。",
    ),
    (
        "ci-113",
        "tests/SHIFT_JIS/setsuzei119.jp.xml (item 4)",
        frozenset(),
        "生命保険を活用した退職金準備\n退職金は節税には有効ですが、多額の資金を必要とします。\n"
        "このため死亡退職金は生命保険で対応するしかありません。\nそれでは会社を契約者、役員・従"
        "業員を被保険者とする生命保険は、どんな種類が良いのでしょうか。\n【死亡退職金確保】のた"
        "めなら、保険料も割安で全額損金算入できる定期保険が良いでしょう。\n（ただし掛け捨てで中"
        "途解約した場合、返戻金はほとんど有りません）。\n生存保険金を、生前の退職金に当てるつも"
        "りなら、貯蓄性の有る養老保険が良いでしょう（ただし、基本的に経費にできないので注意が必"
        "要です）。 ]]>\n死亡退職金を考えながら、【生前の退職金も考える】のであれば、\n経費にで"
        "きる金額が1/2もある『 長 期 平 準 定 期 保 険 』~~~~~~~~~~~~~~~~~~~~~~~~~~~\n【全額経"
        "費になるのに貯蓄性】が有り、掛けてすぐに死亡した場合でも、\n保険料の割に保険金が少ない"
        "『 逓 増 定 期 保 険 』 ~~~~~~~~~~~~~~~~~~~~~~~~~~\nまた、\n【全額保険料が経費になる】"
        "のに、解約返戻金の高い\n『 ガ ン 保 険 』~~~~~~~~~~~~~~~~~~~~~~~~~~\nなど、様々なもの"
        "があります。\nこのような各保険の特徴を良く考えて加入する必要があります。\n生命保険によ"
        "る節税・退職金準備は、目的により選択する商品が変わります。\nまた保険会社により内容も違"
        "いますので、保険の専門家（ファイナンシャル・プランナー）に相談することをお奨め致します"
        "。\n▼あなたの「節税対策の疑問についてお答えします▼\nhttp://www.teizouteiki.jp/",
    ),
    (
        "ci-114",
        "tests/TIS-620/opentle.org.xml (item 4)",
        frozenset(),
        "LinuxSIS 5.0 Beta เปิดให้ Download แล้ว\nLinuxSIS ชุดซอฟต์แวร์สำเร็จรูป ที่ถูกพัฒนาขึ้"
        "นโดยมีจุดมุ่งหมาย เพื่อพัฒนาระบบปฏิบัติการของคนไทยที่ทำหน้าที่เป็น อินเทอร์เน็ต หรืออิ"
        "นทราเน็ตเซิร์ฟเวอร์ (Internet/Intranet Server) ให้กับโรงเรียน หน่วยงานและองค์กรต่างๆ โ"
        "ดยสามารถนำไปติดตั้งกับเครื่องคอมพิวเตอร์ธรรมดาทั่วๆ ไป (PC : Personal Computer) หรือเค"
        "รื่องแม่ข่ายธรรมดา (Server PC Base) ให้กลายเป็นเครื่องเซิร์ฟเวอร์ (Server - เครื่องแม่"
        "ข่าย) ที่มีประสิทธิภาพสูง",
    ),
    (
        "ci-115",
        "tests/TIS-620/pharmacy.kku.ac.th.centerlab.xml (item 1)",
        frozenset(),
        "หลักการและขั้นตอนการศึกษาชีวสมมูลของยา\nหลักเกณฑ์และแนวปฏิบัติในการศึกษาชีวสมมูลของยาส"
        "ามัญ\n1. หลักการและเหตุผล\nยาที่มีตัวยาสำคัญ ขนาด และ รูปแบบเหมือนกัน แต่ผลิตด้วยกรรมว"
        "ิธี และ ผู้ผลิตต่างกัน จะต้องพิสูจน์ว่าให้ผลการรักษาเท่าเทียมกัน (therapeutic equivale"
        "nce) จึงจะสามารถใช้แทนกันได้ วิธีที่ได้รับการยอมรับ ว่าสามารถแสดงถึงความเท่าเทียมกันขอ"
        "งผลิตภัณฑ์ได้ มี 4 วิธี ดังนี้\n1.วิธีเปรียบเทียบการศึกษาชีวสมมูลในมนุษย์ (in vivo bio"
        "equivalence)\n2.วิธีเปรียบเทียบการศึกษาทางเภสัชพลศาสตร์ในมนุษย์ (pharmacodynamic studi"
        "es)\n1.3 วิธีเปรียบเทียบผลการรักษาทางคลินิก (comparative clinical studies)\n1.4 วิธีเป"
        "รียบเทียบผลการศึกษาการละลาย/ปลดปล่อยตัวยาในหลอดทดลอง( in vitro\ndissolution / release "
        "profiles)\nดังนั้นเพื่อเป็นหลักประกันในประสิทธิผลของยาสามัญ สำนักงานคณะกรรมการอาหารและ"
        "ยา จึงได้กำหนดหลักเกณฑ์ และแนวปฏิบัตินี้ขึ้น เพื่อใช้ประกอบการพิจารณาความเท่าเทียมกันท"
        "างประสิทธิผลการรักษาของยาสามัญในประเทศไทย\n2.วัตถุประสงค์\n1.เพื่อกำหนดเกณฑ์พิจารณายาส"
        "ามัญที่ขอขึ้นทะเบียนตำรับยาว่า ชนิดใดต้องยื่นผลการ\nศึกษาชีวสมมูลในมนุษย์ และ / หรือ ก"
        "ารศึกษาการละลาย/ปลดปล่อยตัวยาในหลอด ...",
    ),
    # ขนมของชาวจีน: snacks of the Chinese (culture)
    (
        "ci-116",
        "tests/TIS-620/pharmacy.kku.ac.th.healthinfo-ne.xml (item 4)",
        frozenset(),
        "ขนมขบเคี้ยว กับ เด็กไทย ทำอย่างไร?..จึงจะไม่มีปัญหา\nสมัยก่อนเมื่อกล่าวถึงคำ ขนม"
        "เจ็ก จะเป็นที่รู้กันดี ว่าหมายถึง ขนมของชาวจีนหรือ ขนมขบเคี้ยว (Snack) ที่มีลักษณะเ"
        "ป็นซองหรือห่อด้วยกระดาษฟาง มีคุณค่าทางอาหารน้อย เพราะมักจะมีส่วนประกอบของแป้ง น้ำตาล แ"
        "ละผงชูรส ซึ่งมีความแตกต่างกับขนมไทยที่ห่อด้วยใบตอง กระดาษด้าน หรือกระดาษแก้วสีต่าง ๆ แ"
        "ละมีคุณค่าทางอาหารมากกว่า\nขนมเจ็ก ...",
    ),
    (
        "ci-117",
        "tests/TIS-620/pharmacy.kku.ac.th.healthinfo-ne.xml (item 11)",
        frozenset(),
        "กุ้งแห้ง.กับสารกันบูด\nยำกุ้งแห้ง เป็นอาหารอีกชนิดหนึ่งที่ขาดเสียไม่ได้ในวงข้าวต้ม "
        ".\nนอกจากยำกุ้งแห้งแล้ว กุ้งแห้งยังนำมาประกอบอาหารได้อีกหลายชนิด ไม่ว่าจะเป็นต้มจืด ผ"
        "ัดผัก ผัดวุ้นเส้น ผัดไทย น้ำปลาหวาน น้ำพริก และอื่นๆ อีกมากมาย\nที่นิยมนำมาใส่อาหารก็เ"
        "พาะกุ้งแห้งมีสีสันสวยงาม ทำให้อาหารชวนรับประทาน และมีรสชาติอร่อย กรรมวิธีการผลิตกุ้งแห"
        "้งนั้นไม่ยุ่งยาก ...",
    ),
    (
        "ci-118",
        "tests/ascii/howto.diveintomark.org.xml (item 1)",
        frozenset(),
        "HOWTO Use Your Mac From Anywhere\nUse SSH tunnels and open source VNC screen-sharing s"
        "oftware to access your Mac over the Internet.",
    ),
    (
        "ci-119",
        "tests/ascii/howto.diveintomark.org.xml (item 2)",
        frozenset(),
        "HOWTO Backup Your DVD Movies\nProtect your DVD investment by backing up your DVDs with"
        " MacTheRipper and DVD2OneX.",
    ),
    (
        "ci-120",
        "tests/ascii/howto.diveintomark.org.xml (item 3)",
        frozenset(),
        "HOWTO Put Porn On Your iPod\nUse ffmpegX to convert your existing video files to play "
        "on the video iPod.",
    ),
    (
        "ci-121",
        "tests/iso-8859-2-hungarian/auto-apro.hu.xml (item 14)",
        frozenset(),
        "9 Személyes, Teljesen Felújított, 5 Db Alufelni\nHirdetés tipus: Felajánlok\nKategoria"
        ": Renault\nHirdetés szövege: hosszú alvázú szgk, felújított motor/váltó/futómű/alváz, "
        "plusz 5 gumi acélfelnin",
    ),
    (
        "ci-122",
        "tests/iso-8859-2-hungarian/cigartower.hu.xml (item 1)",
        frozenset(),
        "A csupasz igazság a celofánról\nMit kell tenni a szivarokon található celofánnal? Egyá"
        "talán miért takarják celofánnal a szivarokat? Celofánban tároljuk őket vagy anélkül? V"
        "annak akik mellette állnak és vannak akik ellenzik. Megpróbáljuk eloszlatni a különböz"
        "ő tévhiteket.",
    ),
    # magyar-orosz nanotechnológiai együttműködés: Hungarian-Russian cooperation
    (
        "ci-123",
        "tests/iso-8859-2-hungarian/escience.hu.xml (item 5)",
        frozenset({"russia"}),
        "2006.01.16 : Nanotechnológiai kutató-laboratórium Miskolcon\nA Nemzeti Kutatási és Tec"
        "hnológiai Hivatal 2005. december 12-én nemzetközi pályázatot hirdetett meg nanotechnol"
        "ógiai kutatólaboratórium felállítására a Bay Zoltán Alkalmazott Kutatási Közalapítvány"
        " miskolci telephelyén. A pályázat célja világszínvonalú nanotechnológiai kutatólaborat"
        "órium létrehozása és kutatás-fejlesztési projektek működtetése a magyar-orosz nanotech"
        "nológiai együttműködés magyar részének megvalósítása érdekében, valamint a nanotechnol"
        "ógiai kutatóképzés elősegítése a régióban.",
    ),
    (
        "ci-124",
        "tests/iso-8859-2-hungarian/escience.hu.xml (item 6)",
        frozenset(),
        "2006.01.18 : Leonardo előkészítő látogatások (meghosszabbított határidő)\nA Leonardo d"
        "a Vinci mobilitási pályázatok megírását segítő előkészítő látogatásokra vonatkozó pály"
        "ázatok végső benyújtási határideje meghosszabbításra került 2006 januárjáig. A 2006-os"
        " mobilitási pályázatok 2006. február 10-i beadási határideje előtti utolsó bírálati id"
        "őpont az előkészítő látogatás pályázatokra vonatkozóan 2006. január 18., amely előtt l"
        "egkésőbb 1 héttel kell a pályázatoknak beérkezniük a Tempus Közalapítvány/ Leonardo Ne"
        "mzeti Irodához. Az előkészítő látogatások megvalósításának határideje 2006. február 5.",
    ),
    (
        "ci-125",
        "tests/iso-8859-2-hungarian/honositomuhely.hu.xml (item 4)",
        frozenset(),
        "AnyDVD 5.7.3.1 (sw) (fr)\nA régiókódot felszabadító és a védelmet feloldó illesztőprog"
        "ram. - Fájlméret: 1,18 MB",
    ),
    (
        "ci-126",
        "tests/iso-8859-2-hungarian/saraspatak.hu.xml (item 4)",
        frozenset(),
        "KOMOLYZENEI KLUB\nLUDWIG VAN BEETHOVEN ÉS A SZIMFÓNIA Vezetőnk és beszélgető partnerün"
        "k: Magyar Kornél a Bartók Rádió vezető szerkesztője - 18.00 órától",
    ),
    (
        "ci-127",
        "tests/iso-8859-2-hungarian/shamalt.uw.hu.mk.xml (item 13)",
        frozenset(),
        "Haszprus, ma, 11:31 (Blogsearch.hu)\nNem volt cinizmus a web2.0-s példámban, mindenfél"
        "e háttérsejtés kizárólag az Ön paranoid agyszüleménye :) Autó nem valószínű de azért t"
        "hx a tippet :)",
    ),
    (
        "ci-128",
        "tests/iso-8859-2-hungarian/shamalt.uw.hu.mr.xml (item 1)",
        frozenset(),
        "Helyzet\nBe vagyok havazva öcsém, mint a palatető decemberben.",
    ),
    # kereskedelmi: a commercial TV channel
    (
        "ci-129",
        "tests/iso-8859-2-hungarian/shamalt.uw.hu.xml (item 9)",
        frozenset(),
        "Cool a verda\nNem kellett sokat várni, elkészült a Pimp my ride hazai koppintása is. C"
        "ool a verda néven fut a műsor, a hasonló nevű kereskedelmin, Prof. habil. Majoros \"Ma"
        "jka\" Péter főszereplésével. Ne-vet-sé-ges :D",
    ),
    (
        "ci-130",
        "tests/iso-8859-2-hungarian/ugyanmar.blogspot.com.xml (item 10)",
        frozenset(),
        "A terv az volt, hogy ha viszonylag későn, mondjuk ...\nA terv az volt, hogy ha viszony"
        "lag későn, mondjuk úgy nyolc körül indulok el vásárolni, akkor már nem kell a tömegtől"
        " tartani. Annyira nem jött be a dolog, fejvesztve rohant a tömeg az ajándékok után. Vi"
        "szont mégis van már, aki kap tőlem is.",
    ),
    (
        "ci-131",
        "tests/iso-8859-5-bulgarian/aero-bg.com.xml (item 5)",
        frozenset(),
        "Добавена програма\nДобавена е програмата на клуб \"Славия Спортес\" .",
    ),
    (
        "ci-132",
        "tests/iso-8859-7-greek/disabled.gr.xml (item 10)",
        frozenset(),
        "Η χρηματοδότηση της κοινωνικής συνοχής\nΤΟΝ ΠΕΡΑΣΜΕΝΟ Ιούλιο η Ευρωπαϊκή Επιτροπή παρο"
        "υσίασε μια ανακοίνωση η οποία αναφέρονταν στην πολιτική η οποία θα πρέπει να ακολουθηθ"
        "εί προκειμένου να επιτευχθεί βιώσιμη οικονομική ανάπτυξη η οποία θα οδηγήσει και σε οι"
        "κονομική συνοχή και αύξηση της απασχόλησης.\nΥποστηρίζεται την ανακοίνωση αυτή ότι και"
        " δεδομένης της στρατηγικής της Λισαβόνας για την ανάπτυξη και την απασχόληση τα [...]",
    ),
    (
        "ci-133",
        "tests/iso-8859-7-greek/hotstation.gr.xml (item 6)",
        frozenset(),
        "A letter from Bono (U2)",
    ),
    # Η πολιτική της Μαφίας του Πούτιν
    (
        "ci-134",
        "tests/iso-8859-7-greek/naftemporiki.gr.cmm.xml (item 1)",
        frozenset({"russia"}),
        "Η πολιτική της Μαφίας του Πούτιν",
    ),
    (
        "ci-135",
        "tests/iso-8859-7-greek/naftemporiki.gr.fin.xml (item 1)",
        frozenset(),
        "Ανακατατάξεις στις μεταφορές",
    ),
    # Εμπορεύματα: a commodities-market section title
    (
        "ci-136",
        "tests/iso-8859-7-greek/naftemporiki.gr.mrk.xml (item 8)",
        frozenset(),
        "Εμπορεύματα",
    ),
    (
        "ci-137",
        "tests/iso-8859-7-greek/naftemporiki.gr.mrt.xml (item 1)",
        frozenset(),
        "ΝΕΛ: Αναδιάρθρωση δόσεων δανείου",
    ),
    (
        "ci-138",
        "tests/utf-8/balatonblog.typepad.com.xml (item 1) excerpt",
        frozenset(),
        "Vállus a megbúvó\nVállus a Keszthelyi-hegységben fekvő kis település Zala megye Veszpr"
        "ém megyével határos szélén található. A községet ma 158-an lakják. A hegyek közt meghú"
        "zódó település római katolikus templomát 1836-ban építették, későbarokk és klasszicizá"
        "ló stíluselemekkel. [terkepcentrum.hu] Ennyi és nem több, am",
    ),
    (
        "ci-139",
        "tests/utf-8/boobooo.blogspot.com.xml (item 6)",
        frozenset(),
        "boldogujevetmindenkinek\nNekem boldog uj evem volt...\nboldogujevetmindenkinek\nNekem "
        "boldog uj evem volt, jo (de azert felejtheto) bulival... :) de fo, hogy csinaltunk vmi"
        "t.\nUgy kezdodott, hogy 30-an, a nagy hofuvas es iteletido kozepette eljott hozzank a "
        "roland (hm elso meeting a szulokkel). leginkabb attol feltem hogy anyam majd korulrajo"
        "ngja, de szerencsere ez csak mersekelten volt igy...\nA masik erdekes dolog az volt, m"
        "ikor kirakta a pisztolyt",
    ),
    # playlist import/export: software
    (
        "ci-140",
        "tests/utf-8/linuxbox.hu.xml (item 8)",
        frozenset(),
        "Ipod/zene menedzselés - YamiPod\nKellemes szolgátatás halmazzal rendelkező multiplatfo"
        "rmos lejátszóra hívta fel figyelmem nemrég egy haverom: YamiPod\nönálló alkalmazás\niP"
        "od-ot automatikusan felismeri\nmp3 és AAC állományok másolása iPodra/ról\nmp3 id3 és A"
        "AC infók irása/olvasása\nzeneszöveg támogatás (internetről automatikus kereséssel, uni"
        "code support)\nlejátszási lista (On-The-Go is)\nlejátszási lista importálás (PLS,M3U)"
        "\nlejátszási lista exportálás (PLS,M3U)\nteljes unicode támogatás",
    ),
    # recipe import: software
    (
        "ci-141",
        "tests/utf-8/linuxbox.hu.xml (item 12)",
        frozenset(),
        "Gourmet recept menedzser\nHát mint nem talál az ember a weben: recept medzser szoftver"
        "!\nIgéretes szolgáltatásokat ad a kis programocska:\n- receptek felvitele, képekkel.\n"
        "- keresés\n- vásárlási lista készítés\n- receptek importálása allományokból és a webrő"
        "l.\nSajnos van egy hátulütője a dolognak: jelenleg még nem tud magyarul a program. Vis"
        "zont van egy egyszerű webes felület a fordítóknak! Aki érdekel a dolog és belekezd, sz"
        "óljon ha keszül a magyar verzió!",
    ),
    (
        "ci-142",
        "tests/utf-8/pihgy.hu.xml (item 1)",
        frozenset(),
        "Interjú Magyar Bálint oktatási miniszterrel\nKedves Kollégák!\nFelhívjuk szíves figyel"
        "meteket, hogy a Mozgó Világ c. folyóirat 2005/decemberi számában olvashatjátok\n„A vil"
        "ág bemagolhatatlan, viszont megérthető”\ncímmel\nRádai Eszter - Magyar Bálint oktatási"
        " miniszterrel készült - interjúját.",
    ),
    (
        "ci-143",
        "tests/utf-8/pihgy.hu.xml (item 9)",
        frozenset(),
        "\"Mozdulj, ügyesedj!\" Akkreditált pedagógus képzés\n\"Mozdulj, ügyesedj!\" (60 órás a"
        "kkreditált tanfolyam) Speciális prevenciós és korrekciós torna az óvodások és kisiskol"
        "ások testnevelésében Alapítási és indítási engedély száma: 175 / 25 / 2005 A továbbkép"
        "zés célcsoportja: óvodapedagógusok, tanítók, testnevelő tanárok, gyógytestnevelők és g"
        "yógypedagógusok A továbbképzés célja: A továbbképzés elméleti és gyakorlati segítséget"
        " kíván nyújtani azoknak a pedagógusoknak, akik a 3-10 éves korosztály testnevelésével "
        "foglalkoznak. Bemutatja, hogy miként lehet a gyógytestnevelés mozgásanyagát adaptálni "
        "az óvodások és a kisiskolások testnevelésében. Megismerteti a helyes testtartás kialak"
        "ításához, valamint a helytelen testtartások megelőzéséhez és korrekciójához szükséges "
        "alapvető anatómiai ismereteket. Betekintést nyújt a kezdődő mozgásszervi elváltozásoka"
        "t megelőző és korrigáló speciális gyakorlatanyag használatának elméleti alapjaiba, val"
        "amint a mozgásterápia gyakorlatába.",
    ),
    (
        "ci-144",
        "tests/utf-8/weblabor.hu.2.xml (item 15)",
        frozenset(),
        "MySQL kompatibilitási réteg készül PostreSQL-hez\nSok nyílt forrású program csak MySQL"
        " adatbáziskezelővel működik jól, illetve még ha az alap programot sikeresen be is lehe"
        "t üzemelni PostgreSQL használatával, a gondok rögtön feltűnnek, amint kiegészítőket sz"
        "eretnénk telepíteni. Christopher Kings-Lynne úgy gondolta, hogy ezen változtatni kelle"
        "ne, és ha az összes nyílt forrású rendszer nem is javítható ki egyszerre, arra lehet t"
        "örekedni, hogy a PostgreSQL is képes legyen a MySQL felületét biztosítani a kapcsolódó"
        " programok számára.",
    ),
    (
        "ci-145",
        "tests/utf-8/weblabor.hu.xml (item 5)",
        frozenset(),
        "textarea nem küld több mint 22 sort\nSziasztok!\nVan egy visszajelzési ürlapom de a te"
        "xtarea csak k.b 2000 karaktert küld el többet nem hajlandó. Lehet hogy a www.uw.hu sze"
        "reverén korlátozva van a szövegmenyiség?\nA leveélküldés egy mailer.php es egy index.h"
        "tml ből áll.\nMi lehet az oka?",
    ),
    # Moscow, Moszkvában
    (
        "ci-146",
        "tests/windows-1250-hungarian/bbc.co.uk.hu.learningenglish.xml (item 7)",
        frozenset({"russia"}),
        "Moscow VE Day\nTöbb mint 50 ország vezetője gyűlt össze Moszkvában, hogy megemlékezzen"
        "ek a Győzelem napjáról",
    ),
    (
        "ci-147",
        "tests/windows-1250-hungarian/bbc.co.uk.hu.learningenglish.xml (item 10)",
        frozenset(),
        "Get that job\nNyelvleckesorozatunk az angol önéletrajzírásra és a felvételi beszélgeté"
        "sre való felkészülésre irányul",
    ),
    (
        "ci-148",
        "tests/windows-1250-hungarian/bbc.co.uk.hu.xml (item 17)",
        frozenset(),
        "Words in the news",
    ),
    # Turkish visa papers; Ticaret Odası is a chamber of commerce
    (
        "ci-149",
        "tests/windows-1250-hungarian/torokorszag.blogspot.com.xml (item 14) excerpt",
        frozenset(),
        "Vízum és tartózkodási engedély török állampolgároknak - tudnivalók\nElég sokan érdeklő"
        "dnek, ismerőseik hogyan szerezhetnek magyar vízumot. Erre a postra megpróbálom összegy"
        "űjteni a vízuminformációkat. Jó volna, ha a közérdekű tapasztalatokat, tanácsokat Ti i"
        "s megírnátok itt a \"comments\" linken.\nA tartózkodási engedéllyel kapcsolatos kaland"
        "okról már összegyűlt némi a … tartózkodáshoz)\nMacar vizesi icin basvurma formu\nISBU "
        "LINKTEN\nindirilir! (90 günü gecmeyen seyahat icin)\nAkkor most lássuk, mi kell a vízu"
        "mhoz:\nVize için Türk vatandaslarinca beyan edilmesi gereken evraklar asagida sunulmak"
        "tadir.\nAsagida belirtilen evraklarin birer fotokopisinin de bulundurulmasi öneml … ni"
        " sürdürdügüne iliskin belge ve ögrenci karti\nOtel rezervasyonu\nUçak bileti -gidis/dö"
        "nüs- rezervasyonu\nKaza ve saglik sigortasi.\nEgitim amaçli vize için:\nBir yili asan "
        "geçerlilikte pasaport\n2 adet renkli vesikalik resim\nEgitim kurumundan kabul belgesi "
        "veya kayit edildigine iliskin belge veya egitim veren arastirma yerinin kabul beyanati"
        " veya davetiyesi\nMacaristan’daki ikamet adresi\nBursun derecesi\nMüracaat edenin Maca"
        "ristan’a egitim için gidecegine iliskin okulundan veya is yerinden belge\nUçak bileti "
        "-gidis/dönüs- rezervasyonu\nKaza ve saglik sigortasi\nTürkiye’deki egitim derecesini b"
        "ildiren belge\nIs vizesi için\nBir yili asan geçerlilikte pasaport\n2 adet renkli vesi"
        "kalik resim\nMacaristan’dan is partnerinden orijinal davetiye veya Macaristan Cumhuriy"
        "eti Içisleri Bakanligi tarafindan onaylanmis davetiye\nTicaret Odasi kaydi, vergi levh"
        "asi, imza sirküleri, ticari gazete, is faaliyetine iliskin belge\nSirketin antetli kag"
        "idina (imzali kaseli) müracaat edenin fir",
    ),
    (
        "ci-150",
        "tests/windows-1250-hungarian/torokorszag.blogspot.com.xml (item 42) excerpt",
        frozenset(),
        "Lemezajánló\n1. Cay Taylan \"SU\" kritika: Magyar Narancs belehallgat : soulseduction."
        "com 2. Arasinda Együttes: BÁRKI IS LÉGY 3. Kobzos Kiss Tamás - Erdal Salikoglu: SZÍVET"
        "EKBEN ŐRIZZETEK 4. Sipos János: FOLK TUNES FROM THE TWO SIDES OF THE CAUCASUS - karacs"
        "áj,balkár, avar és azeri népzene. A török zenei gyűjtemén",
    ),
    (
        "ci-151",
        "tests/windows-1251-bulgarian/bbc.co.uk.popshow.xml (item 9)",
        frozenset(),
        "Неуспорим Крал\nElvis Presley бе определен за най-преуспелият музикант за всички време"
        "на в Кралството от Световните Рекорди на Guinness",
    ),
    (
        "ci-152",
        "tests/windows-1251-bulgarian/bpm.cult.bg.2.xml (item 5)",
        frozenset(),
        "Club \"Don`t Panic\" will open...\nClub \"Don`t Panic\" will open doors for first time"
        " in 23rd of December 2005, Friday. Located in the heart of the capital of Bulgaria - S"
        "ofia in the building of the X - cinema \"Levski\". The optimal capacity of the club is"
        " 600 people, big and small room with diferent sound, face controled. The one that make"
        "s the club unique is the work of Jason Bacon and David Kellan - two of the best sound "
        "designers in London /Function-One, UK/.\nНе е 100% сигурно че партито с Грант Дел ще с"
        "е състои на 23-ти, но клубчето ще отвори врати рано или късно и ще я изпробваме тази s"
        "oundsystem. Очаквам много от въпросните, елитни sound engeneers, so beware!!!",
    ),
    (
        "ci-153",
        "tests/windows-1251-bulgarian/bpm.cult.bg.9.xml (item 4)",
        frozenset(),
        "*bpm 5 (medusa 0.6.6 :...\n*bpm 5 (medusa 0.6.6 : reuse me!)\n+ шаблонът на userlist -"
        "а е актуализиран спрямо дизайна на medusa (ivgin/kaladan/webcrusader).\n+ Шаблонът за "
        "потребителите ще бъде променен също.\n---\nутре ще създадем двигател за лицензиране на"
        " статиите в езина под CC.",
    ),
    # руско-турски речник: a dictionary of the language
    (
        "ci-154",
        "tests/windows-1251-bulgarian/bpm.cult.bg.xml (item 9)",
        frozenset(),
        "Кирчо\n...отвори багажника и заизважда най-различни джунджурии - мухлясали кори за бан"
        "ица, стар чешки магнетофон, суичър на Металика, старинен руско-турски речник, два паке"
        "та Арда, видеокасети на Бони Ем...",
    ),
    (
        "ci-155",
        "tests/windows-1251-bulgarian/debian.gabrovo.com.news.xml (item 8)",
        frozenset(),
        "Малко HOWTO-та относно инсталиране на различни пакети",
    ),
    (
        "ci-156",
        "tests/windows-1251-bulgarian/debian.gabrovo.com.xml (item 1)",
        frozenset(),
        "Как да задаваме въпроси (howto от Eric Raymond)",
    ),
    (
        "ci-157",
        "tests/windows-1251-bulgarian/doncho.net.comments.xml (item 2)",
        frozenset(),
        "Comment on Secure Image: краят на коментарния спам? by: Velizar\nЗначи по отношение на"
        " SecurityImage Code, един въпрос - за какво ти е hidden параметъра\n\"securityhash\"? "
        "До колкото схващам това е MD5 хеша на secirity code, който трябва да се въведе и споре"
        "д това, което е въвел юзера го сравняваш дали е вярното... Но защо трябва да го показв"
        "аш на сайта?? По принцип не е ли по-добре този параметър да го \"държиш\" скрит в сеси"
        "ята, т.е. вместо това hidden поле мисля, че е по-добре да ползваш $_SERVER['securityha"
        "sh'] = ... Само идея де, не го приемай като критика, може и да не съм го разбрал прави"
        "лно:)\nСайтът е готин, поздравления! И разбира се Честита нова година!\nУспех!",
    ),
    # important
    (
        "ci-158",
        "tests/windows-1251-bulgarian/doncho.net.comments.xml (item 9)",
        frozenset(),
        "Comment on Visual’s 2005 безплатно by: donangel\n@ Artem : Thanks a lot for this offto"
        "pic, but extremely important comment. I have taken measures to ensure that the users o"
        "f KeePass PPC can download the files, while I'm trying to resolve my hosting provider'"
        "s issue with sending mails from PHP scripts.\nNeedless to say, I am quite pissed off -"
        " this is second quite serious flaw in their service (for two years of usage).",
    ),
    (
        "ci-159",
        "tests/windows-1251-bulgarian/ecloga.cult.bg.xml (item 9)",
        frozenset(),
        "Сбъркани истории\nСнощи, след работа се намъкнах в Мачу пикчу да пробвам как е латиноа"
        "мериканската кухня. Определено ми хареса, но беше адски шумно и главата ми кънтеше. На"
        " масата се настаниха един ръб и една доста приятна жена, след известно време ръбът се "
        "върна с друга доста приятна жена и вече съвсем ме учуди. В главата ми се загнезди мисъ"
        "лта, че новодошлата жена ми е много позната, но не можех да се сетя откъде. Както и да"
        " е, може да е приличала по изражение, жестове и всичко на някоя позната.\nТази сутрин "
        "май преспах, откакто съм на работа не ме свърта на едно място, наобиколих разни потреб"
        "ители и посвърших това-онова, още не мога да се кротна и сигурно ще си намеря още рабо"
        "та, не че си нямам, но не ми се занимава с уеб интерфейсите на мейла, който си направи"
        "х на машината. Всъщност имам да правя и старъп скриптове, изглежда ще се разтакавам до"
        "ста време и ще чакам Милен, той спомена нещо за черпене днес, водка ми се пийва на мен"
        ", а се сещам, че очаквам да пристигне една в скоро време. Изглежда, че петък ще е в че"
        "твъртък, обзело ме е някакво странно празнично настроение, но и не само мен, оттатък и"
        "ма още весели колеги. Явно днес е ден за добро настроение.",
    ),
    # китайски ками: daggers made in China; their illegal import is smuggling, not trade
    (
        "ci-160",
        "tests/windows-1251-bulgarian/ide.li.xml (item 1)",
        frozenset({"china"}),
        "Нелегален внос на китайски ками и ножове от България в Турция\nЗасилената в последно в"
        "реме употреба на ками и ножове от ученици и млади хора и все по-честото им използване "
        "им при свади и за наранявания пораждат сериозни тревоги в Турция.",
    ),
    # украински национализъм in Bessarabia: the country's politics
    (
        "ci-161",
        "tests/windows-1251-bulgarian/ide.li.xml (item 10)",
        frozenset({"ukraine"}),
        "Обидно е майката родина да се превръща в мащеха\nАгресивният украински национализъм пр"
        "ечи на възраждането ни в Бесарабия, казва етническият българин Иван Половнюк.",
    ),
    (
        "ci-162",
        "tests/windows-1251-bulgarian/rinennor.org.xml (item 9)",
        frozenset(),
        "Толкин обществото в България в Споко по bTV\nТолкин обществото в България ще бъде тема"
        "та на младежкото предаване Споко по bTV тази събота (11.12.2004), от 15:00 часа.\nЩе у"
        "частват фенове на Толкин от София, Бургас и Стара Загора.",
    ),
    # a reader's address: Москва
    (
        "ci-163",
        "tests/windows-1251-russian/aif.ru.health.xml (item 14)",
        frozenset({"russia"}),
        "Снимаем утомление\n\"Меня очень утомляют не только длительные поездки в автомобиле, но"
        " и долгие сидения на различного рода совещаниях и собраниях. И еще беспокоит общее и н"
        "ервное напряжение, а в последнее время - даже головные боли. Что мне может помочь?\"\n"
        "Игорь С о м о в, Москва",
    ),
    # a reader's address: Орел
    (
        "ci-164",
        "tests/windows-1251-russian/aif.ru.health.xml (item 15)",
        frozenset({"russia"}),
        "Вздулся живот\n\"Что поможет при вздутии живота? Чем надо питаться?\"\nЕкатерина М., О"
        "рел",
    ),
    (
        "ci-165",
        "tests/windows-1251-russian/anthropology.ru.xml (item 7)",
        frozenset(),
        "Формы субъективности в философской культуре XX века\nРазмещена монография А.С. Колесни"
        "кова и С.Н. Ставцева «Формы субъективности в философской культуре XX века»",
    ),
    # Русский1: strings in the language
    (
        "ci-166",
        "tests/windows-1251-russian/forum.template-toolkit.ru.1.xml (item 6)",
        frozenset(),
        "Локализация сайта с помощью TT\nКак сделать локализацию сайта с помощью TT??\nя вынес "
        "все текстовые строки из шаблонов в отдельные файлы типа\nmessages.en\n[% mess1=\"Engli"
        "sh1\" %]\n[% mess2=\"English2\" %]\nmessages.ru\n[% mess1=\"Русский1\" %]\n[% mess2=\""
        "Русский2\" %]\nа в шалонах соответственно прописал\n[% IF lang == \"en\" ][% INCLUDE m"
        "essages.en %][% END %]\n<html>\n[% mess1 %]\n</html>\nдумал подключать эти файлы в зав"
        "исимости от языка но так не работает!! Может кто нибудь посоветует?\nспасибо",
    ),
    (
        "ci-167",
        "tests/windows-1251-russian/forum.template-toolkit.ru.4.xml (item 6)",
        frozenset(),
        "Пробелы в сообщениях\nЕсть предложение не удалять пробелы.\nс их помощью удобно формат"
        "ировать текст.\nОсобенно код.",
    ),
    # русская редакция: a Russian-language edition
    (
        "ci-168",
        "tests/windows-1251-russian/forum.template-toolkit.ru.4.xml (item 8)",
        frozenset(),
        "Форумы открыты\n12 июля 2004 года открылись форумы Template Toolkit . Приглашаю всех и"
        "нтересующихся и использующих в работе библиотеку Template Toolkit к участию. Мои благо"
        "дарности: Дмитрию Николаеву за поддержку, рассылку через подписку Subscribe.Ru статьи "
        "о Template Toolkit, предоставление форума Perl - Заходи и учись в качестве форума подд"
        "ержки сайта Template Toolkit (русская редакция) . Вадиму Суханову за поддержку и идею "
        "создания этих форумов. Надеюсь, что форумы станут полезными для тех, кто использует ил"
        "и собирается использовать в своих разработках библиотеку по работе с шаблонами Templat"
        "e Toolkit. Спрашивайте, делитесь, обсуждайте. Структура форума предварительная . Я гот"
        "ов выслушать и учесть все предложения по созданию новых веток в рамках форумов Templat"
        "e Toolkit. Сам форум написан с использованием Template Toolkit и будет дорабатываться."
        " Все замечания и предложения приветствуются.",
    ),
    (
        "ci-169",
        "tests/windows-1251-russian/forum.template-toolkit.ru.6.xml (item 3)",
        frozenset(),
        "Template::Plugin::Subst - замена текста с помощью регулярных выражений\nНа CPAN опубли"
        "кован модуль Template::Plugin::Subst , который позволяет выполнять замены в тексте с и"
        "спользованием регулярных выражений. Использование виртуального метода subst [% USE Sub"
        "st %]\n[% str = 'шило на мыло' %]\n[% str.subst('(шило|мыло) на (мыло|шило)', '$2 на $"
        "1', 1) %] Использование фильтра [% USE filt = Subst\npattern = '(шило|мыло) на (мыло|ш"
        "ило)'\nreplacement = '$2 на $1'\nglobal = 1 %]\n[% FILTER $filt %]\nшило на мыло\n[% E"
        "ND %]",
    ),
    (
        "ci-170",
        "tests/windows-1251-russian/janulalife.blogspot.com.xml (item 2)",
        frozenset(),
        "Прислано мне почитать...\nЯ знаю мир -- он стар и полон дряни, Я знаю птиц, летящих на"
        " манок, Я знаю, как звенит деньга в кармане И как звенит отточенный клинок. Я знаю, ка"
        "к поют на эшафоте, Я знаю, как целуют, не любя, Я знаю тех, кто > и тех, кто >, Я знаю"
        " все, но только не себя. Я знаю шлюх -- они горды, как дамы, Я знаю дам -- они дешевле"
        " шлюх, Я знаю то, о чем молчат годами, Я знаю то, что произносят вслух, Я знаю, как зе"
        "рно клюют павлины И как вороны трупы теребят, Я знаю жизнь -- она не будет длинной, Я "
        "знаю все, но только не себя. Я знаю мир -- его судить легко нам, Ведь всем до совершен"
        "ства далеко, Я знаю, как молчат перед законом, И знаю, как порой молчит закон. Я знаю,"
        " как за хвост ловить удачу, Всех растолкав и каждому грубя, Я знаю -- только так, а не"
        " иначе... Я знаю все, но только не себя. (с) О. Ладыженский, 1998",
    ),
    (
        "ci-171",
        "tests/windows-1251-russian/janulalife.blogspot.com.xml (item 7)",
        frozenset(),
        "Список счастливчика\nцинизм\nэгоизм\nсильное удовлетворенное желание секса (нелюбви)\n"
        "асоциальность\nчрезмерные требования к близким\nожесточённое равнодушие к окружающим\n"
        "хаотичность и переменчивость побуждений\nотсутствие сформированных моральных установок"
        "\nбессильное безразличие к вышеперечисленному\nКак только я выкидываю человека из свое"
        "й жизни ...он появляется..:)\nи все начинается снова:)Мы часто отрекаемся от кого-то, "
        "отрезаем сразу, думая, что так меньше боли.Мы закрываем двери наглухо,как кирпичная ст"
        "ена или пытаемся указать на нее как будто в нее можно выйти.\nМы уходим и не оборачива"
        "емся, хотя на самом деле ещё долго мысленно там находимся.\nТщетно пытаемся оторваться"
        " от тени, но понимаем, что от неё не избавиться, можно лишь не обращать внимания на не"
        "ё или поймать новую..\nкак понравится....Прошлое простить с последующим забвением...\n"
        "или\nНикогда не быть прощенным.. но и вечно не забытым...\nи не простить и вечно не за"
        "быть...И никогда больше не заболеть неизлечимой болезнью, к которой уже выработан стой"
        "кий иммунитет, идти по жизньям новых теней скользя и не связано близко,понимая, что ни"
        "чего такого ни в ком нет, как этого не было и до этого, все придумано и идеализировано"
        " просто в мозгах.Мозг человека до сих пор восьмое чудо света,тем более мои.",
    ),
    # Русский сайт: a site in the language
    (
        "ci-172",
        "tests/windows-1251-russian/kapranoff.ru.xml (item 4)",
        frozenset(),
        "Муэндолина\nРусский сайт о губных гармошках и игре на них. Кайф. Давно хотел написать "
        "о нём, да вот забывал всё. Lonesome...",
    ),
    # ЦДХ: a venue named by its abbreviation only
    (
        "ci-173",
        "tests/windows-1251-russian/kapranoff.ru.xml (item 13)",
        frozenset(),
        "Новостень\nА усатый Ревякин со товарищи заканчивает запись нового альбома. В субботу о"
        "ни, кстати, будут в ЦДХ. Я может быть схожу....",
    ),
    # Маша Распутина
    (
        "ci-174",
        "tests/windows-1251-russian/music.peeps.ru.xml (item 2)",
        frozenset(),
        "БОЛЬШАЯ СТИРКА 3 Artist : V / A\nВсем телезрителям, а также телезрительницам! Благодар"
        "я своему сборнику и программе «Большая стирка» А.Малахов дарит весеннее настроение! На"
        " массовую «Стирку» приглашены домохозяйки Алсу с песней «Вчера», Света с хитом «Все-та"
        "ки можно», Маша Распутина с «Сумасшедшим дождем», Таня Буланова с треком",
    ),
    # Новый Оскол, молодые российские команды
    (
        "ci-175",
        "tests/windows-1251-russian/music.peeps.ru.xml (item 11)",
        frozenset({"russia"}),
        "'Тень - 64' - 'Обрывки фраз'\nДебютный альбом группы из Нового Оскола «Тень - 64» под "
        "названием «Обрывки фраз» отмечен всеобщей болезнью молодых российских команд: вроде бы"
        " и гитарные соло присутствуют, и вокал хорош, и играют неплохо, и песни сочиняют краси"
        "вые.",
    ),
    # российский адепт: a musician described by nationality
    (
        "ci-176",
        "tests/windows-1251-russian/music.peeps.ru.xml (item 12)",
        frozenset(),
        "Angelight - Дети Океана\nДоморощённые недоброжелатели музыки нью-эйдж давно уже окрест"
        "или её нудной, однообразной и бессмысленной. И это невзирая на то, что самый последова"
        "тельный её российский адепт Angelight преследует каждым своим альбомом вполне конкретн"
        "ые цели.",
    ),
    # מסחריות: commercial vehicles
    (
        "ci-177",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 110)",
        frozenset(),
        "מד לחץ אויר, שעון\nמד לחץ אויר מתכתי אנלוגי מכאני נוח. לרכבים פרטיים ומסחריות.",
    ),
    (
        "ci-178",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 114)",
        frozenset(),
        "פנס נאון המתחבר למצית\nפנס נאון המתחבר למצית, בעל וו תליה + מגנטים. ניתן להשתמש בפנים "
        "הרכב ולהוציא החוצה בפיקניק בשטח. מוגן ע\"י מכסה שקוף. צריכת זרם המאפשרת השארת הפנס דלו"
        "ק כל הלילה אם מצבר הרכב תקין.",
    ),
    # commercial vehicles
    (
        "ci-179",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 121)",
        frozenset(),
        "גגון לרכב פרטי ללא מרזב\nמיועד לרכבים שאין להם מרזב. ניתן לקבל גם לרכבים מסחריים אשר מ"
        "חירם גבוה ב50% לערך.",
    ),
    # commercial vehicles
    (
        "ci-180",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 125)",
        frozenset(),
        "סט פיוז מקסי\nסט של 10 פיוזים בגודל מקסי. משמש במגוון רחב של מכוניות פרטיות, מסחריות ו"
        "משאיות.",
    ),
    # commercial vehicles
    (
        "ci-181",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 131)",
        frozenset(),
        "מגבה עגלה 2 טון\nמגבה עגלה נוח מאד לשימוש. מעולה לרכבים מסחריים. מסופק במזודה מתאימה ל"
        "איכסון ברכב. עם תו תקן אירופאי + אישור מכון התקנים הישראלי המחמיר ואישור משרד התחבורה.",
    ),
    # commercial vehicles
    (
        "ci-182",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 134)",
        frozenset(),
        "מגבה הדראולי 4 טון\nמגבה הדראולי טלסקופי 4 טון עם ידית מתקפלת. נוח לאכסון ברכב. מיועד "
        "לרכבי שטח ומסחריות. מאושר על ידי מכון התקנים הישראלי + תקן אירופאי.",
    ),
    (
        "ci-183",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 159)",
        frozenset(),
        "סוגרי ברזל\nסוגרי ברזל למכסה מנוע, חזקים מאוד, מתאימים גם לשטח.",
    ),
    (
        "ci-184",
        "tests/windows-1255-hebrew/carshops.co.il.xml (item 160)",
        frozenset(),
        "סוגרי אלומיניום\nסוגרי אלומיניום למכסה מנוע, מתאים בעיקר למי שמעוניין בסוגרים ליופי.",
    ),
    (
        "ci-185",
        "tests/windows-1255-hebrew/hagada.org.il.xml (item 1)",
        frozenset(),
        ": 6/1 : הפגנות בבילעין ובעאבוד עם התגברות העניין התקשורתי",
    ),
    # וירוסים: viruses
    (
        "ci-186",
        "tests/windows-1255-hebrew/halemo.net.edoar.xml (item 7)",
        frozenset(),
        "אינטרנט אקסטרה 75\nאינטרנט פלילי: הורשע אדם שהפיץ וירוסים בדואר אלקטרוני. כתב אישום נג"
        "ד אדם אחר החשוד בהפצת וירוסים. מעצר של צעיר החשוד בהפצת וירוסים וטוען כי מישהו מנסה לה"
        "פליל אותו. אתר אינטרנט העלים תשעה מליון ש\"ח ממס הכנסה. חבר כנסת חשוד בעבירות מחשב. וע"
        "וד קצת קישורים.",
    ),
    (
        "ci-187",
        "tests/windows-1255-hebrew/halemo.net.edoar.xml (item 27)",
        frozenset(),
        "פורסמו המלצות הוועדה לבדיקת הבעיות המשפטיות באינטרנט\nהשבוע פרסם משרד המשפטים באופן רש"
        "מי את דו\"ח הוועדה שבדקה את הסוגיות המשפטיות ברשת האינטרנט מול החקיקה הקיימת בישראל. ה"
        "וועדה שהוקמה בשנת 1999 פרסמה כבר בחודש מאי 2004 את טיוטת הדו\"ח, אך רק השבוע פורסמו יו"
        "תר מ 150 עמודים של מסקנות הוועדה לבדיקת נושא הסחר האלקטרוני באינטרנט בישראל.",
    ),
    (
        "ci-188",
        "tests/windows-1255-hebrew/hevra.org.il.xml (item 8)",
        frozenset(),
        "משרדי הממשלה מנסים לחסוך בכל מחיר, ועובדי הקבלן מקבלים מתחת לשכר מינימום / רותי",
    ),
    # Chinese food and a restaurant called "china glatt"
    (
        "ci-189",
        "tests/windows-1255-hebrew/hydepark.hevre.co.il.7957.xml (item 2)",
        frozenset(),
        "כינעזשער מאכלים װייסט איינער ? 19:52\nװייסט איינער אפֿשר צו מען קען ערגעץ קויפֿען כינע"
        "זעשער מאכלים מיט א היימעשער הכשר אויסער china glatt/mr.wok and kosher delight??? ישר כ"
        "ח",
    ),
    # important
    (
        "ci-190",
        "tests/windows-1255-hebrew/hydepark.hevre.co.il.7957.xml (item 25) excerpt",
        frozenset(),
        "א אידישע פרוי אן אינווענטאר 19:03\nhttp://www.israel21c.org/bin/en.jsp?enScript=PrintV"
        "ersion.jsp&enDispWho=Articles^l1189 From babies and Legos comes high tech innovation B"
        "y Aryeh Dean Cohen January 01, 2006 It's doubtful that Las Vegas bettors would have pu"
        "t any money on an ultra-Orthodox Israeli schoolteacher and mother of five tak … . I do"
        "n't see it not happening.\" Lipman also believes that the religious training she and o"
        "ther ultra-Orthodox women share gives them a different and important outlook on high t"
        "ech. \"It has a lot to do with training and how you think. When you learn to read a ve"
        "rse and read a commentary by Rashi and not l … education which encourages you to think"
        " deeply, not to take things at their surface value. So I think that is a profound adva"
        "ntage.\" \"One of the most important issues I juggle with as a founder/mom is working "
        "hours,\" explains Lipman, a mother of six. \"It's important to me to be available to t"
        "hem at important times, like bedtime. To do that. I save 'thinking work' for non-kid h"
        "ours. Typically I work from 8:30 or 9 a.m. until 2 p.m., then take calls only",
    ),
    (
        "ci-191",
        "tests/windows-1255-hebrew/hydepark.hevre.co.il.7957.xml (item 48)",
        frozenset(),
        "א געשעפט! coming soon 12:38\nעס קומט ארויס א נייע אידישע מאווי אויפן אידישען שפראך בקר"
        "וב, לויט ווי מען געט איבער גייט עס זיין א גרויסע סוקסעס דא קען מען דאונלאדען די traile"
        "r http://s46.yousendit.com/d.aspx?id=14SZXE04G83T90QKLM02WQRJDD",
    ),
    (
        "ci-192",
        "tests/windows-1255-hebrew/infomed.co.il.xml (item 12)",
        frozenset(),
        "מה המשמעות של בלוטת אינטרה ממארית תקינה בבדיקת הדמיה\nמדובר בקשרית לימפה בבית החזה, וב"
        "מקרה דנן התוצאות תקינות",
    ),
    # חוק מסחר אלקטרוני: an e-commerce law at home
    (
        "ci-193",
        "tests/windows-1255-hebrew/law.co.il.xml (item 1)",
        frozenset(),
        "בדיחה רעה\nתזכיר חוק מסחר אלקטרוני, התשס\"ו-2005 מבקש להסדיר בחקיקה שתי סוגיות טעונות:"
        " חשיפת זהותם של מחברים אנונימיים והסרת תכנים פוגעניים. אלא שהוראות התזכיר בעניינים אלה"
        " לוקות בחסר ואינן מיישמות אחר לקחים שנלמדו בחיי המעשה מהוראות מקבילות בדינים האירופאיי"
        "ם והאמריקאיים.",
    ),
    (
        "ci-194",
        "tests/windows-1255-hebrew/maakav.org.xml (item 4)",
        frozenset(),
        "פורסם דו\"ח \"תמונת מצב חברתית 2005\" של מרכז אדוה / ישראל בלכמן",
    ),
    (
        "ci-195",
        "tests/windows-1255-hebrew/notes.co.il.50.xml (item 3)",
        frozenset(),
        "הפאנטום בכנס קאבום 2\nביום ראשון ה-1 ביאנואר 2006 יתקיים ב בבי\"ס התיכון ע\"ש 'אחד העם"
        "' בפתח תקווה - רחוב גיסין 60, כנס \" קאבום 2\" כנס הקומיקס השנתי של אירגון \"אוק\"י \""
        " אירגון חובבי ואספני ה...",
    ),
    (
        "ci-196",
        "tests/windows-1255-hebrew/notes.co.il.6.xml (item 1)",
        frozenset(),
        "מלחמת המעמדות\nמֵהרי האַנדים עד שדרות מנהטן נשמעה בשבוע שעבר הבשורה: אם תשאירו אותנו מ"
        "אחור, אנחנו נאבד את החשק להגן על הסטאטוס-קוו. השמות שכדאי ללמוד: אֶבוֹ מוֹראלֶס ורוג'ר"
        " טוּסאן. הם, אולי, אנשי המאה ה-21",
    ),
    # ילצין של רוסיה: Yeltsin of Russia
    (
        "ci-197",
        "tests/windows-1255-hebrew/notes.co.il.6.xml (item 4)",
        frozenset({"russia"}),
        "העיקר הבריאות, או לא כל כך\nצ'רצ'יל הנהיג את מפלגתו לנצחון בגיל 76, עם מעט מאוד אויר ב"
        "ריאותיו; פַּפַּנדריאו של יוון הנהיג את ארצו עם מים בריאותיו ודיאליזה בכִלְיוֹתָיו; ילצ"
        "ין של רוסיה כמעט מת בין הסיבוב הראשון לסיבוב השני – אבל ניצח; פֶּרוֹן של ארגנטינה היה "
        "פוחלץ, נבחר ברוב עצום, מת כמעט מייד -- והשאיר את השלטון לאשתו. גם כשאין בריאות, יש כרי"
        "זמה, וזה הרבה יותר חשוב",
    ),
    (
        "ci-198",
        "tests/windows-1255-hebrew/notes.co.il.7.xml (item 2)",
        frozenset(),
        "לאסוף כסף מהרצפה\nהתחום שבו אנחנו מוציאים את החלק הגדול ביותר של המשכורת שלנו - לא מטו"
        "פל בצד ה-e-commerce כמו שצריך, גם בשנת 2005. אני מחפש למי להעביר את הכסף שלי, ולא נראה"
        " שאף אחד מהם ממש רוצה אותו...",
    ),
    (
        "ci-199",
        "tests/windows-1255-hebrew/notes.co.il.8.xml (item 4)",
        frozenset(),
        "WTF\nמה זה זה , ולמה זה הגיע אלי כדואר זבל דרך רשת רפואה דווקא? הם יודעים מה שולחים בש"
        "מם?\n(הייתי בטוחה שמדובר בעוד סיינטולוגיה במסווה, עד שהגעתי לקטע על מפעלי ים...",
    ),
    (
        "ci-200",
        "tests/windows-1255-hebrew/whatsup.org.il.xml (item 5)",
        frozenset(),
        "מה עשית בשנת 2005 עבור הקוד הפתוח?\nהקוד הפתוח בישראל נשען כמעט אך ורק על מתנדבים, ובז"
        "ה כוחנו כקהילה. אם הרגשת שבשנה היוצאת לא עשית מספיק עבור הקוד הפתוח בישראל, תוכל/י לתק"
        "ן זאת ב- 2006.\nלהלן רשימה של פרויקטים שצריכים את עזרתך, היום ועכשיו. רובם לא מצריכים "
        "יכולת תכנות או השקעת זמן יוצאת דופן – כלומר הם יכולים להיעשות על ידך.",
    ),
)  # fmt: skip


# Items the tagger still gets wrong, with the reason; not asserted.
NOT_YET: dict[str, str] = {
    "ci-014": "大陸同胞 describing a person (a descriptor) is read as mainland China",
    "ci-017": "俄國作家, 俄國古典音樂家: nationalities in a glossary of biographies",
    "ci-018": "北醫 (Taipei Medical University) by its abbreviation only",
    "ci-043": "中国人のカップル: tourists described by nationality",
    "ci-083": "中国学生: students described by nationality",
    "ci-087": "北大 (Peking University) by its abbreviation only; 北大 is also Hokkaido's",
    "ci-093": 'ТЦ "Москворечье", a shopping centre named after a district, read as Moscow',
    "ci-164": "Орел, a reader's city in a signature, is also the word for an eagle",
    "ci-176": "российский адепт: a musician described by nationality",
    "ci-189": '"china glatt", a restaurant named in lower case in a Yiddish text',
}


@pytest.mark.parametrize(
    ("case_id", "gold", "text"),
    [(case_id, gold, text) for case_id, _source, gold, text in POOL if case_id not in NOT_YET],
)
def test_pool_tags(case_id: str, gold: frozenset[str], text: str) -> None:
    assert _tags(text) & TAGS == gold, case_id


def test_pool_is_whole() -> None:
    assert len(POOL) == 200
    assert len({case_id for case_id, _s, _g, _t in POOL}) == 200
    assert set(NOT_YET) <= {case_id for case_id, _s, _g, _t in POOL}
    assert all(gold <= TAGS for _c, _s, gold, _t in POOL)
