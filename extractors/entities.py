"""Company, MiniProgram and Platform mentions: the lexicon first, then patterns for names
the lexicon lacks, with the type decided by the words around each mention.

Mechanisms, each general to Chinese business prose rather than to any one article:
- lexicon names and aliases (longest match wins: 百度智能小程序 before 百度);
- "X小程序" and "“X”小程序": X used as a mini-program;
- organisation suffixes (研究院, 科技, 集团, 有限公司 …) closing a run of name words;
- Latin-script brand names (QuestMobile, FinClip), minus technical acronyms;
- enumerations (A、B、C等…): unknown items take the type of their known neighbours or of
  the head noun after 等 (等小程序 → MiniProgram, 等平台 → Platform, 等企业 → Company).
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right, insort
from collections.abc import Callable, Iterator, Sequence
from operator import attrgetter

from extractors.alternation import finditer_at, leading_class, longest_first
from extractors.records import Mention
from ontology.lexicon import Lexicon, LexiconEntry, normalise_name

LEGAL_SUFFIXES = ("有限责任公司", "股份有限公司", "有限公司")
ORG_SUFFIXES = LEGAL_SUFFIXES + ("研究院", "研究所", "研究中心", "咨询", "智库", "集团", "公司",
                                 "科技", "控股", "资本", "证券", "股份")
RARE_WORD = 30
"""jieba dictionary frequency under which a common noun may still be a brand (孩子王: n, 8)."""
VERB_TAGS = {"v", "vd", "vn", "p", "c", "d"}
PREPOSITIONS = set("以在和与对把被从向给为让将由")
FUNCTION_CHARS = PREPOSITIONS | set("的了是也都就而及并")
ADVERB_OPENINGS = set("只仅也都还已均又更很较共专约")
"""Adverbs that open a phrase jieba's HMM glued together (只占|公司收入), not a name."""
RUN_STOPS = PREPOSITIONS | set("据经")
"""Characters that open a run of single characters without being part of the name in it."""
COMMON_WORD = 800
"""Dictionary frequency above which even a word tagged as a name (智慧: nr, 1581) is an
everyday word."""
NAME_TAGS = {"nr", "nrt", "nrfg", "nz", "ns", "nt"}
"""jieba part-of-speech tags of proper names (屈臣氏 nr, 腾讯 nz, 京东 ns)."""
CATEGORY_WORDS = {"点单", "长尾", "腰部", "尾部",
                  "电商", "跨境", "全网", "社交", "工具", "游戏", "小游戏", "生鲜", "母婴", "美妆",
                  "服饰", "服装", "政务", "医疗", "教育", "金融", "本地", "生活", "购物", "点餐",
                  "外卖", "零售", "餐饮", "旅游", "出行", "酒店", "官方", "自营", "品牌", "门店",
                  "社区", "团购", "直播", "内容", "资讯", "视频", "音乐", "阅读", "健康", "运动",
                  "汽车", "房产", "家居", "企业", "商家", "行业", "垂直", "头部", "优秀", "热门",
                  "通用", "通用性", "第三方", "原生", "独立", "线下", "线上", "私域", "公域",
                  "文旅", "景区", "票务", "航旅", "航空", "铁路", "公交", "地铁", "网约车",
                  "打车", "共享单车", "停车", "充电", "加油", "保险", "理财", "支付", "医药",
                  "药店", "问诊", "挂号", "快递", "物流", "招聘", "租房", "二手", "知识付费",
                  "政务服务", "城市", "短剧", "微短剧", "漫剧", "在线教育", "在线医疗", "在线旅游",
                  "消费金融", "互联网医疗", "健身", "教培", "学习机", "MCN", "时效", "同城", "即时",
                  "冷链", "二手车", "单车", "电单车", "两轮车", "网文", "小说", "修图", "婚恋",
                  "打赏", "广告", "版权", "订阅", "佣金", "会员", "商超", "租车", "短租", "租赁",
                  "充电宝", "剧本杀", "密室", "售货机"}
"""Words that name a kind of mini-program or business (电商小程序, 餐饮小程序), never one."""
BRAND_ENDINGS = {"家居", "家政", "外卖", "出行", "服饰", "超市", "健身", "数码", "餐饮", "烘焙",
                 "咖啡", "母婴", "生鲜", "优选", "到家", "便利", "旅行", "教育", "宠物", "家纺",
                 "书屋", "茶坊", "良品", "点餐", "电器", "美妆", "鲜花", "药房", "养老", "旅途"}
"""Trades that end a brand's own name (橙意家居, 小鹿外卖, 暖暖家政) when a name-like word
stands before them, rather than qualify the mini-program (跨境小程序)."""
# Words that end a name on its left: function words, verbs of the claim frame, generic nouns.
LEFT_STOPS = set((
    "的 了 和 与 及 或 是 在 由 为 被 将 把 对 向 从 据 等 以 通过 旗下 包括 "
    "如 例如 其中 作为 联合 携手 以及 还有 这 该 其 各 多家 一家 这家 那家 我们 "
    "他们 也 都 还 已 已经 正式 发布 显示 表示 指出 认为 数据 报告 统计 今年 "
    "去年 目前 此前 近日 日前 同时 此外 并 而 但 就 则 即 根据 来自 针对 随着 "
    "依托 借助 利用 支持 服务 帮助 助力 推出 上线 打造 成为 属于 达到 超过 实现 "
    "获得 赋能 驱动 加速 助推 一是 二是 三是 其一 其二 首先 其次 归属 归属于 "
    "另据 又据 拨打 致电 可拨打 "
).split())
GENERIC_NAMES = {"小程序", "企业", "品牌", "商家", "平台", "用户", "公司", "集团", "科技",
                 "数据", "网络", "信息", "智能", "资本", "银行", "证券", "基金", "传媒",
                 "互联网", "移动互联网", "研究院", "研究所", "咨询", "该公司", "本公司",
                 "母公司", "子公司", "分公司", "总公司", "头部企业", "科技公司", "互联网公司",
                 "人工智能", "数字科技", "金融科技", "黑科技", "新科技", "高科技", "云计算",
                 "车企", "房企", "药企", "险企", "券商", "药店", "医院", "车商", "二手车商",
                 "经销商", "供应商", "运营商", "开发商", "服务商", "代理商", "渠道商", "厂商"} | \
    {"算力", "云游戏", "云盘", "网盘", "短剧", "微短剧", "医美", "轻医美", "座舱", "车机", "串流",
     "带宽", "大模型", "智驾", "无人车", "无人机"}
"""Words no name is made of alone: generic nouns, and common nouns of the field that jieba's
dictionary lacks (算力, 云游戏), which would otherwise read as unknown names (公司算力租赁)."""
ACRONYMS = {"DAU", "MAU", "GMV", "APP", "App", "AI", "H5", "IOT", "IoT", "SaaS", "PaaS", "DTC",
            "TOP", "Top", "KOL", "KOC", "SKU", "ROI", "CEO", "CTO", "CFO", "IP", "PC", "UI",
            "UV", "PV", "API", "SDK", "B2B", "B2C", "C2M", "O2O", "OMO", "AR", "VR", "GPT",
            "LBS", "CRM", "ERP", "SCRM", "Z", "HWB", "AIGC", "LLM", "OS", "iOS", "Android",
            "Pro", "Plus", "Max", "Web", "HTML", "CPU", "GPU", "CPS", "CPA", "CPM", "ARPU",
            "VIP", "QR", "NFC", "Q1", "Q2", "Q3", "Q4", "PPT", "PDF", "IT", "AB", "OK",
            "Wi", "Fi", "WiFi", "Mini", "Program", "END", "MCN", "IPO", "GDP", "CPI", "USD",
            "RMB", "CNY", "DID", "ID", "UGC", "PGC", "OGC", "CBD", "KA", "POS", "AIoT", "SEO",
            "SEM", "FAQ", "VS", "vs", "PK", "LIVE", "Live", "New", "The", "And", "AND",
            "Shop", "Store", "Mall", "Online", "Global", "Token", "Tokens", "Agent", "Agents",
            "Prompt", "ARPPU", "LTV", "GTV", "NPS", "KPI", "OKR", "AGI", "RAG", "MoE"}
OWN_MINI_PROGRAM_AFTER = re.compile(r"的?(?:支付宝|微信|抖音|百度|快手|QQ)?小程序")
"""What makes a known name its own mini-program's (58同城小程序, 转转的微信小程序, “闲鱼”
支付宝小程序)."""
HOSTS = ("支付宝", "微信", "抖音", "百度", "快手", "QQ")
HOST_FORMS = ("微信小程序", "支付宝小程序", "抖音小程序", "百度小程序", "快手小程序", "QQ小程序")
"""The mini-program ecosystems: after a name (喜马拉雅微信小程序) they say where the name's own
mini-program runs and are no mention of the ecosystem."""
ENUM_HEADS = {"小程序": "MiniProgram", "电商小程序": "MiniProgram", "平台": "Platform",
              "企业": "Company", "公司": "Company", "品牌": "Company", "商家": "Company",
              "互联网平台": "Platform", "巨头": "Company", "厂商": "Company", "机构": "Company"}
NAME_CHARS = re.compile(r"[\u4e00-\u9fffA-Za-z]+")
CJK_CHARS = re.compile(r"[\u4e00-\u9fff]+")
CJK_CHAR = re.compile(r"[\u4e00-\u9fff]")


def lexicon_pattern(lexicon: Lexicon) -> re.Pattern:
    """One alternation of every surface form, longest first, so the longest name wins."""
    forms = {form for entry in lexicon.entries for form in entry.surface_forms if len(form) > 1}
    return longest_first(forms, latin="A-Za-z0-9 .&+-", boundary="A-Za-z0-9",
                         flags=re.IGNORECASE)


def _type_in_context(entry: LexiconEntry, text: str, start: int, end: int,
                     is_host: bool = False) -> str:
    """Pick the entry's type that the words around the mention call for. A host (微信,
    支付宝: its name plus 小程序 is an ecosystem of its own) never becomes a mini-program."""
    after = text[end:end + 8].lstrip("”\"' ")
    own = None if is_host or text.endswith(("小程序", "小游戏"), start, end) else \
        OWN_MINI_PROGRAM_AFTER.match(after)
    if own and (not own.group(0).startswith("的") or
                "MiniProgram" in entry.types and own.group(0) != "的小程序"):
        return "MiniProgram"  # X的微信小程序, for a name known to have one; X的小程序 may be
        # the firm's mini-program business (马蜂窝的小程序深度参与…, 微信支付的小程序收银能力)
    if text.endswith(("集团", "公司", "控股"), start, end) and "Company" in entry.types:
        return "Company"  # 腾讯音乐娱乐集团（TME）发布…: the group's name says what it is
    if "Company" in entry.types and BUSINESS_CUE.match(text, end):
        return "Company"  # 快手三季度营收…, 据快手披露: the business, not its app
    if entry.marketplace and MARKETPLACE_CUE.match(text, end):
        return "Platform"  # 美团上的(宠物服务门店), 京东平台: the marketplace, not the firm
    for preferred in ("Platform", "Company", "MiniProgram"):
        if preferred in entry.types:
            return preferred
    return entry.types[0]


MARKETPLACE_CUE = re.compile(r"(?:上(?![市线半下调涨升新榜架季月周年])|平台(?!公司)|站内|方面)")
"""Words after a firm's name that make it the marketplace others sell or count things on
(美团上的宠物服务门店, 闲鱼和得物上的商品, 京东平台), not the business (美团上市, 京东上半年);
a marketplace speaking through 方面 reports what happens on it (京东方面表示，上半年京东农特产的
GMV…), its earnings come with their own cue (京东财报显示)."""
BUSINESS_CUE = re.compile(r"(?:(?:19|20)\d{2}年度?(?:第?[一二三四1-4]季度|[上下]半年|全年)?)?"
                          r"[^，。；,;]{0,4}?(?:总?营收|收入|财报|发布|宣布|管理层|披露|净利|利润|"
                          r"股价|市值|公司|集团|旗下|投资|收购|上市|创始人|CEO|董事长|高管)|"
                          r"与[^，。；,;]{1,12}?(?:合作|共同|联合|签约|签署|携手)")
"""Words after a name that speak of the business (快手三季度营收, 爱奇艺2025年财报, 快手管理层表示,
百度与多家厂商共同探索), which the lexicon's Company type then wins over the platform or
mini-program of the same name."""


def find_lexicon_mentions(text: str, lexicon: Lexicon, pattern: re.Pattern,
                          forms: dict[str, LexiconEntry],
                          tokens: TokenIndex | None = None) -> list[Mention]:
    """Known names, each typed by the words around it (a name with several types is one
    of them at a time: 快手 the platform, 快手(三季度营收) the company). With `tokens`, a
    two-character name must start a word of the segmenter's (which keeps every lexicon name
    whole): 中通 in 其中|通过 is none."""
    found = []
    entries: dict[str, LexiconEntry | None] = {}  # names recur: normalise each once
    hosts: dict[str, bool] = {}
    for m in pattern.finditer(text):
        name, start, end = m.group(0), m.start(), m.end()
        if tokens is not None and end - start == 2 and start not in tokens.by_start:
            continue
        if name not in entries:
            entries[name] = forms.get(normalise_name(name))
            hosts[name] = entries[name] is not None and \
                normalise_name(name + "小程序") in forms
        entry = entries[name]
        if entry is None:
            continue
        kind = _type_in_context(entry, text, start, end, hosts[name])
        found.append(Mention(kind, entry.label, name, start, end, entity_id=entry.id))
        if kind == "MiniProgram" and "Company" in entry.types:
            # 孩子王小程序: the brand's mini-program, and the brand that runs it
            found.append(Mention("Company", entry.label, name, start, end, entity_id=entry.id))

    return found


class TokenIndex:
    """The segmenter's tokens of one text, in text order, looked up by the offset where
    they start or end. Built once per text for all the name patterns, from two columns of
    offsets (`segmenter.token_bounds`): an article has thousands of tokens, and zipping
    two lists costs about half of unpacking a (start, end) pair per token."""

    def __init__(self, starts: Sequence[int], ends: Sequence[int]):
        self.starts = starts
        self.ends = ends
        self.by_start = dict(zip(starts, ends, strict=True))
        self.by_end = dict(zip(ends, starts, strict=True))

    def within(self, start: int, end: int) -> Sequence[tuple[int, int]]:
        """The tokens that lie inside [start, end), (start, end) in order."""
        first = bisect_left(self.starts, start)
        last = bisect_right(self.starts, end)
        pairs = zip(self.starts[first:last], self.ends[first:last], strict=True)
        return [(s, e) for s, e in pairs if e <= end]


def _name_left_of(text: str, end: int, ends: dict[int, int], max_tokens: int,
                  max_chars: int = 12) -> int | None:
    """The start of the name that ends at `end`: up to `max_tokens` tokens leftwards (`ends`
    maps a token's end to its start), stopping at punctuation, digits and function words.
    None when no name is there."""
    start, pos, taken = end, end, 0
    while taken < max_tokens and pos in ends:
        s = ends[pos]
        word = text[s:pos]
        if not NAME_CHARS.fullmatch(word) or word in LEFT_STOPS:
            break
        if end - s > max_chars:
            break
        start, pos, taken = s, s, taken + 1
    return start if start < end else None


ABSTRACT_ENDINGS = ("性", "化", "型", "式")
"""Suffixes of abstract nouns (合规性, 数字化, 平台型, 一站式)."""
NAME_LIKE_FREQ = 50
"""A dictionary word this rare may be part of a brand even if tagged as a verb (启明: v, 25)."""


def _is_name_like(word: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """A piece of a brand name: unknown to the dictionary, a proper name, or a rare word."""
    if word in LEFT_STOPS or word in CATEGORY_WORDS or word in GENERIC_NAMES or \
            not NAME_CHARS.fullmatch(word) or len(word) > 2 and word.endswith(ABSTRACT_ENDINGS):
        return False  # 合规性(咨询), 数字化(科技): an abstract noun, not a brand
    entry = known(word)
    if entry is None:
        return word[-1] not in FUNCTION_CHARS and word[0] not in ADVERB_OPENINGS
    freq, tag = entry
    return (tag in NAME_TAGS and freq < COMMON_WORD) or freq < NAME_LIKE_FREQ


def _brand_left_of(text: str, end: int, ends: dict[int, int],
                   known: Callable[[str], tuple[int, str] | None],
                   max_tokens: int = 3) -> int | None:
    """The start of a brand name ending at `end` (before a suffix such as 科技 or 研究院):
    name-like words leftwards (星禾, 启明数智), a run of single characters only from a
    boundary (云岫). None when the word before the suffix is an everyday word (让科技).
    `ends` maps a token's end to its start."""
    start, pos, taken = end, end, 0
    while taken < max_tokens and pos in ends:
        s = ends[pos]
        word = text[s:pos]
        if len(word) == 1:
            if not CJK_CHAR.match(word):
                break  # 6.5次。研究院: a name does not run across punctuation
            run_start = s
            while run_start in ends and len(text[ends[run_start]:run_start]) == 1 and \
                    "\u4e00" <= text[ends[run_start]] <= "\u9fff" and end - ends[run_start] <= 4:
                run_start = ends[run_start]
            at_boundary = run_start == 0 or not CJK_CHAR.match(text[run_start - 1]) or \
                text[ends.get(run_start, run_start):run_start] in LEFT_STOPS
            while pos - run_start > 2 and text[run_start] in RUN_STOPS:
                run_start += 1  # 据弈博咨询: the preposition before the name is no part of it
            if at_boundary and pos - run_start >= 2 and taken == 0 and \
                    text[run_start] not in ADVERB_OPENINGS:  # 目前|只占|公司收入
                start = run_start
            break
        if not _is_name_like(word, known):
            break
        start, pos, taken = s, s, taken + 1
    return start if start < end else None


DIRECTIONS = set("回入进出到至向往")
POSITIONS = set("中上下内外里")
"""Directional complements: an unknown two-character word ending in one is a verb (引回,
导入), not a name."""


def known_name_part(word: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """The brand part before a split trade (惠邻|到家): name-like, or unknown to the
    dictionary with the trade's first character glued on (鲜丰到)."""
    return _is_name_like(word, known) or known(word) is None


def _is_name_word(word: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """A word that reads as a name: unknown to the dictionary, tagged as a proper name, or a
    rare noun; never a stop word or a category word."""
    if len(word) < 2 or word in LEFT_STOPS or word in GENERIC_NAMES or word in CATEGORY_WORDS \
            or not CJK_CHARS.fullmatch(word) or word.endswith(("行业", "类", "性", "型")):
        return False
    if len(word) == 2 and word[1] in DIRECTIONS and (known(word[0]) or (0, ""))[1] == "v":
        return False  # 塞进(小程序): a verb and its direction, whatever jieba tags it
    entry = known(word)
    if entry is None:  # 客以, 只占: jieba's HMM glued a function word on; 引回: a verb and
        # its direction
        return word[-1] not in FUNCTION_CHARS and word[0] not in ADVERB_OPENINGS and \
            word[0] not in POSITIONS and word[-1] != "约" and \
            not (len(word) == 2 and word[1] in DIRECTIONS) and \
            not (len(word) == 2 and word[1] in "上下" and
                 (known(word[0]) or (0, ""))[1] == "v")  # (商家)中约(四成): where, about;
        # 搬上(小程序): a verb and where to
    freq, tag = entry
    return (tag in NAME_TAGS and freq < COMMON_WORD) or (tag == "n" and freq < RARE_WORD)


def _is_rare_noun(word: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """A noun the dictionary knows but seldom saw: part of a name beside a name-like word
    (茶屿|山房, 蜜语|茶坊), yet alone after 企业 or 连锁 only the trade it names (企业差旅,
    连锁酒商, 一家自习室)."""
    entry = known(word)
    return entry is not None and entry[1] == "n" and entry[0] < RARE_WORD


def _compound_of_common_words(word: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """充分利用 = 充分 + 利用: two everyday words side by side make a phrase, not a brand."""
    for i in range(2, len(word) - 1):
        left, right = known(word[:i]), known(word[i:])
        if left and right and left[0] >= COMMON_WORD and right[0] >= COMMON_WORD:
            return True
    return False


APPOSITIVE_HEADS = {"品牌": "Company", "连锁": "Company", "机构": "Company", "公司": "Company",
                    "服务商": "Company", "企业": "Company", "商家": "Company", "集团": "Company",
                    "厂商": "Company", "平台": "Platform", "应用": "Platform", "App": "Platform",
                    "APP": "Platform", "叫": "Company",
                    "名为": "Company", "名叫": "Company", "竞争对手": "Company",
                    "对手": "Company"}
"""Nouns and verbs that introduce a name right after them: 女装品牌栖木, 茶饮连锁茶屿山房,
第三方机构云岫咨询, 一家社区生鲜连锁，叫“禾木鲜生”, 播客App小宇宙."""
ROLE_BEFORE = re.compile(r"(?:运营|开发|主办|出品)方$")
FIRM_PRONOUN_HEADS = {"公司", "集团", "企业"}
PRONOUN_HEAD_BEFORE = re.compile(r"(?:^|[，,。；;：:\s]|\d+年|[上下]半年|季度|全年|今年|去年|"
                                 r"同期)$")
"""公司 opening a clause or right after its time refers back to a firm; no name follows."""
APPOSITIVE = re.compile("({})\\s*".format(
    "|".join(sorted(APPOSITIVE_HEADS, key=len, reverse=True))))
QUOTED_NAME = re.compile(r"[“\"「]([^”\"」\s，。、]{2,12})[”\"」]")
NOT_A_NAME = re.compile(r"率|数量|规模|占比|小程序|大促|活动|流量|生态|红利|规则|政策|产品|商品|"
                        r"方案|系统|功能|工具|经理|总监|主管|专员|店长|团长|主播|员工|客服|导购|"
                        r"抽佣|抽成|佣金|补贴|平均|期限|金额|费用|成本|支出|开支|"
                        r"直播|自播|店播|播间|店铺|账号|渠道|矩阵|模式|业务|板块|"
                        r"营收|收入|利润|净利|毛利|销量|销售额|市值|估值|股价|业绩|财报|订单|融资|份额|"
                        r"客户|用户|会员|粉丝|当[季月年天]|本[季月年]|今年|去年|全年|同期|榜单|排行|排名")
"""Words no name after an introducing noun holds (平台大促, 商家解决方案, 平台区域经理,
品牌自播间, 公司营收, 企业客户数, 公司当季)."""
MINI_PROGRAM_HOSTS = r"(?:微信|支付宝|抖音|百度|快手|QQ|淘宝|京东)"
QUOTED_MINI_PROGRAM = re.compile(r"[“\"「《‘]([^”\"」》‘’\s，。、]{2,12})[”\"」》’]\s*(?:的?" +
                                 MINI_PROGRAM_HOSTS + r")?\s*小程序")
"""“书架漂流”小程序, “柚见行”(的)支付宝小程序: a quoted name its mini-program follows (not
“用完即走”的小程序, a description)."""
QUOTE_AFTER = re.compile(r"\s*[“\"「《]")
SHORT_NAME_GIVEN = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{2,16}?)[（(]\s*(?:以下|下文)?简称\s*"
                              r"[：:]?\s*[“\"「]?([\u4e00-\u9fffA-Za-z0-9]{2,10})[”\"」]?\s*[）)]")
"""震坤行工业超市（以下简称“震坤行”）: an organisation's full name and the short name the
article will use: both name the firm."""
FULL_NAME_STOPS = re.compile(r".*[的了在和与及对由将为是据]")
AFTER_OWNER = re.compile(r"旗下(?:的)?([\u4e00-\u9fffA-Za-z]{2,8}?)(?:微信|支付宝|抖音)?小程序"
                         r"(?!\s*[“\"「《])")
"""晨光超市旗下晨光到家小程序: what a firm owns, named before 小程序 (unless a quoted name
follows: 旗下比价寄件小程序“鸽子寄件”, where the words before say what kind it is)."""
MINI_PROGRAM_QUOTED = re.compile(
    r"(?:(?:的|自家|自有|官方|品牌|旗下[\u4e00-\u9fff]{0,6}?|上线了?|推出了?|名为|叫做?|"
    r"(?:做的|开发的|运营的)?是[\u4e00-\u9fff]{0,8}?)(?:" +
    MINI_PROGRAM_HOSTS +
    r"?小程序|小游戏)\s*[“\"「《]|"
    r"(?:小程序|小游戏)\s*《)((?![\d.]+[”\"」》])[^”\"」》\s，。、]{2,12})[”\"」》]")
"""上线了小程序“喵小满商城”, 合成类小游戏《桃源小镇》, (X)做的是家庭相册网盘小程序“屿存相册”: the
name after the noun, quoted after a word that makes it the firm's own or says what the firm
makes (not 小程序“脱A”, a slogan), or in title marks."""
VERSIONED = re.compile(r"[A-Za-z]\d+$")
MODEL_NUMBER = re.compile(r" ?\d")
FIRM_CUE = re.compile(r"\s*(?:公司|集团|发布|报告|数据|指出|显示|统计)")
BEFORE_MINI_PROGRAM = re.compile(r"[\u4e00-\u9fff]{0,2}小程序")
ENUMERATION = re.compile(r"((?:[\u4e00-\u9fffA-Za-z+]{2,6}、)+[\u4e00-\u9fffA-Za-z+]{2,6})"
                         r"等(?:[\u4e00-\u9fff]{0,4}?)(小程序|平台|企业|公司|品牌|商家|互联网平台|巨头)")


def _is_leading_char(token: str) -> bool:
    """A single Chinese character that may open a name: not a function word, a
    determiner, a classifier or a position word."""
    return len(token) == 1 and CJK_CHAR.match(token) is not None and \
        token not in FUNCTION_CHARS and token not in DETERMINERS and token not in RUN_STOPS \
        and token not in NOT_LEADING


NOT_LEADING = set("个位家种类款项名次上下中内外前后多少大小新老第每")
"""Classifiers and position, size and order words: no name starts with one of them alone."""


def _appositive_names(text: str, tokens: TokenIndex,
                      known: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """A quoted name, or a run of name-like words, right after an introducing noun."""
    found = []
    starts = tokens.by_start
    for m in APPOSITIVE.finditer(text):
        kind, pos = APPOSITIVE_HEADS[m.group(1)], m.end()
        if m.group(1) in FIRM_PRONOUN_HEADS and \
                PRONOUN_HEAD_BEFORE.search(text, max(0, m.start() - 4), m.start()):
            continue  # (2025年)公司短租自驾订单量: the firm just named, then its figures
        quoted = QUOTED_NAME.match(text[pos:pos + 16])
        if quoted:
            found.append(Mention(kind, quoted.group(1), quoted.group(1), pos + 1,
                                 pos + 1 + len(quoted.group(1))))
            continue
        end, taken, proper = pos, 0, False
        first_end = starts.get(pos)
        if first_end is None:  # the noun ends inside a token (滋补品|牌禾|本堂)
            i = bisect_right(tokens.starts, pos) - 1
            first_end = tokens.ends[i] if i >= 0 and tokens.ends[i] > pos else None
        if first_end is not None and first_end in starts and \
                _is_leading_char(text[pos:first_end]) and \
                _is_name_word(text[first_end:starts[first_end]], known):
            end, proper = first_end, True  # 品牌禾|本堂: the name's first character stands alone
        while end in starts and taken < 3 and _is_name_word(text[end:starts[end]], known) \
                and not NOT_A_NAME.search(text[end:starts[end]]) \
                and not (taken and text[end] in PREPOSITIONS):  # 栖木|为例
            proper = proper or not _is_rare_noun(text[end:starts[end]], known)
            end, taken = starts[end], taken + 1
        if taken and kind == "Company" and end in starts and \
                text[end:starts[end]] in FIRM_TAILS | BRAND_ENDINGS:
            end, proper = starts[end], True  # 机构千瓴|数据, 对手木语|家居: the firm's last word
        name = text[pos:end]
        if taken and proper and 2 <= len(name) <= 10 and not NOT_A_FIRM_START.match(name):
            found.append(Mention(kind, name, name, pos, end))  # (公司)单票(成本): no name
    return found


SOURCE_NAME = re.compile(
    r"(?:据|根据)\s*((?:(?!的)[\u4e00-\u9fffA-Za-z]){2,10})\s*(?:方面(?:介绍|表示|透露|称)|"
    r"(?:最新)?(?:提供|发布|公布)?的?(?:统计|显示|监测|数据|调研|调查|测算|估算|预估|披露))")
"""据X统计 / 据X监测 / 据X方面介绍: who a figure comes from is an organisation (people
are quoted with 介绍 or 表示 alone, which this leaves out)."""
SOURCE_TAIL = re.compile(r"(?:提供|发布|公布|披露|最新|官方|方面)+$")
DOCUMENTS = ("报告", "白皮书", "财报", "研报", "年报", "季报", "招股书", "资料")
SPOKEN_SOURCE = re.compile(r"(?:据|根据)\s*((?:(?!的)[\u4e00-\u9fffA-Za-z]){2,8}?)\s*"
                           r"(?:介绍|表示|透露)")
"""据舟行旅游介绍: said of people too, so only for a name with a firm's last word."""
SOURCE_VERB = re.compile(r"估算|预估|预测|测算|统计|监测|显示|分析|调研")
EVERYDAY_START = 100
"""jieba dictionary frequency from which a source's first two characters are an everyday
word (国家, 商务, 后台, 海关): a statistics office or a generic source, not a firm's name."""


def _source_names(text: str, known: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """The organisations figures are attributed to: 据视灯指数显示, 据星图数据监测."""
    found = []
    for m in finditer_at(SOURCE_NAME, text, list(occurrences(text, "据"))):
        name = SOURCE_TAIL.sub("", m.group(1))
        if m.group(0).endswith("数据") and SOURCE_VERB.match(text, m.end()) and \
                m.end(1) == m.end() - 2:
            name += "数据"  # 据灵犀数据估算: 数据 ends the firm's name, the verb comes after
        if name.endswith("数据") and len(name) > 4 or not CJK_CHARS.fullmatch(name[:2]):
            continue  # QuestMobile数据, 阿拉丁数据: the firm is named without 数据 elsewhere
        start2 = (known(name[:2]) or (0, ""))[0]
        if len(name) < 2 or start2 >= EVERYDAY_START or name in GENERIC_NAMES or \
                name[:2] in CATEGORY_WORDS or name[0] in LEFT_STOPS or \
                name.endswith(DOCUMENTS) or (known(name) or (0, ""))[1] in ("v", "vn"):
            continue  # 据内测数据: a verb, not who
        kind = "Platform" if name.endswith("平台") else "Company"  # 据抖音开放平台披露
        found.append(Mention(kind, name, name, m.start(1), m.start(1) + len(name)))
    for m in SPOKEN_SOURCE.finditer(text):
        name = m.group(1)
        if _ends_like_a_firm(name) and name not in GENERIC_NAMES and \
                name[0] not in DETERMINERS:
            found.append(Mention("Company", name, name, m.start(1), m.end(1)))
    return found


ROLES = ("创始人", "CEO", "总裁", "董事长", "总经理", "高管", "负责人")
"""Who speaks for a firm, after the firm's name: 星槎互娱创始人, 贝优家数字化负责人."""
ROLE_MODIFIERS = {"联合", "联席", "首席", "执行", "相关"}
"""What may stand between the firm and the role (联合创始人, 联席CEO), and before 负责人 any
short word (数字化负责人)."""
PUBLISHES = re.compile(r"发布了?的?《|指出|预计|预测|数据显示|统计显示|监测显示|调研显示|"
                       r"对[^，。；]{2,16}?的(?:调研|调查|问卷调查)显示")
CLAUSE_OPENING = re.compile(r"(?:^|[，。；：！？\n>])\s*$")
IS_A_FIRM = re.compile(r"是一家[^，。；]{0,12}?(?:公司|企业|品牌|服务商|研发商|开发商|运营商|厂商|"
                       r"机构|连锁|工作室|平台)")
"""云启互动是一家小游戏研发商: the name before it is a firm's (or a platform's)."""
REPORTS_EARNINGS = re.compile(r"(?:发布|公布|披露)了?[^，。；]{0,8}?(?:财报|业绩|季报|年报|半年报)")
"""优鲜达8月24日发布中期业绩: only a business reports earnings."""
DAY_BEFORE = re.compile(r"(?:1[0-2]|0?[1-9])月(?:3[01]|[12]\d|0?[1-9])日(?:晚间?)?$")
"""The day between a firm's name and what it did (优鲜达|8月24日|发布…)."""
FIRM_TAILS = {"数据", "研究", "咨询", "智库", "指数", "资本", "证券", "互动", "互娱", "网络",
              "传媒", "文化", "信息", "娱乐", "电商", "物流", "数科", "汽车", "银行", "健康",
              "医疗", "教育", "金融", "消费金融", "速运", "速递", "快递", "运动", "健身"}
"""Generic words that end a firm's name (点石|数据, 云启|互动, 岚驰|汽车): the name stands
before them."""


def _firm_start(text: str, end: int, by_end: dict[int, int],
                known: Callable[[str], tuple[int, str] | None]) -> int | None:
    """The start of a firm's name ending at `end`: name-like words, and before a generic
    last word (数据, 互动) at least one of them."""
    tail = by_end.get(end)
    if tail is not None and text[tail:end] in FIRM_TAILS:
        return _brand_left_of(text, tail, by_end, known)
    return _brand_left_of(text, end, by_end, known)
FIRM_NAME_MIN = 4
"""A publisher's name found only by its verb needs this many characters: shorter runs
before 指出 or 预计 are mostly people (周屿指出)."""


def _speaking_firms(text: str, tokens: TokenIndex,
                    known: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """Firms named by who speaks for them (X创始人介绍, X数字化负责人透露) and research firms
    that open a clause by publishing (点石数据发布《…》, 点石数据指出)."""
    found = []
    by_end = tokens.by_end
    for at, role in sorted((i, r) for r in ROLES for i in occurrences(text, r)):
        modifier = by_end.get(at)
        starts = [at]
        if modifier is not None and text[modifier:at] in ROLE_MODIFIERS:
            starts = [modifier]  # 拼多多董事长兼|联席|CEO: the modifier is no name
        elif modifier is not None and role == "负责人" and \
                CJK_CHARS.fullmatch(text[modifier:at]) and 2 <= at - modifier <= 3:
            starts.append(modifier)  # 贝优家|数字化|负责人, unless 数字化 is itself the name
        for name_end in starts:
            start = _firm_start(text, name_end, by_end, known)
            while start is not None and name_end - start > 1 and text[start] in RUN_STOPS \
                    and known(text[start:name_end]) is None:
                start += 1  # 据云栈|互娱, 据其: jieba's HMM glued the preposition on
            if start is not None and 2 <= name_end - start <= 10 and \
                    _is_name_word(text[start:name_end], known):
                found.append(Mention("Company", text[start:name_end], text[start:name_end],
                                     start, name_end))
                break
    for pattern in (IS_A_FIRM, REPORTS_EARNINGS):
        for m in pattern.finditer(text):
            day = DAY_BEFORE.search(text, max(0, m.start() - 10), m.start())
            name_end = day.start() if day else m.start()
            start = _firm_start(text, name_end, by_end, known)
            if start is None or not 2 <= name_end - start <= 10 or \
                    not CLAUSE_OPENING.search(text[max(0, start - 2):start]):
                continue
            name = text[start:name_end]
            kind = "Platform" if m.group(0).endswith("平台") else "Company"
            found.append(Mention(kind, name, name, start, name_end))
    for m in PUBLISHES.finditer(text):
        start = _firm_start(text, m.start(), by_end, known)
        if start is None:
            continue
        short = m.group(0) == "数据显示" and m.start() - start >= 2
        if m.start() - start < FIRM_NAME_MIN and not short or m.start() - start > 10 or \
                not CLAUSE_OPENING.search(text[max(0, start - 2):start]):
            continue
        name = text[start:m.start()]
        if m.group(0) == "数据显示" and CJK_CHARS.fullmatch(name) and len(name) < FIRM_NAME_MIN:
            name = name + "数据"  # 澄观数据显示: a two-character name is the firm's with 数据
        if not name.endswith(DOCUMENTS) and name not in GENERIC_NAMES and \
                not GOVERNMENT_BODY.search(name.removesuffix("数据")):
            found.append(Mention("Company", name, name, start, start + len(name)))
    return found


GOVERNMENT_BODY = re.compile(r"(?:局|部|委|委员会|署|厅|办公室|政府)$")
"""国家税务总局数据显示, 工信部数据显示: an office of state publishes too, and is no firm
(GUIDELINES leaves government bodies out)."""


FIRM_CUE_AFTER = re.compile(
    r"方面(?:则|也|还|亦|同样)?(?:表示|披露|透露|称|介绍|回应|回复|证实|数据)|(?:\d{4}年)?(?:第?[一二三四1-4]季度?|"
    r"[上下]半年|Q[1-4])?(?:财报|年报|季报|半年报|中期业绩|年度业绩|业绩报告|"
    r"业绩公告|公告)显示|管理层|旗下|母公司|(?:相关|(?![一某这该])(?:(?!的)[\u4e00-\u9fff]){2,4})?负责人|"
    r"(?:联合|联席)?创始人|CEO|首席执行官|董事长|副?总裁|副?总经理|成立于(?:19|20)\d{2}年|"
    r"(?:(?:1[0-2]|0?[1-9])月(?:(?:3[01]|[12]\d|0?[1-9])日)?)?(?:发布|公布|披露)了?"
    r"[^，。；：]{0,24}?(?:财报|业绩|季报|年报)|"
    r"在(?:\d{4}年)?(?:财报|年报|季报|半年报|中报|业绩公告|招股书)中(?:披露|表示|称|提到|透露)|"
    r"是一家[^，。；]{0,20}?(?:公司|企业|品牌|服务商|研发商|开发商|运营商|厂商|机构|连锁|工作室)|"
    r"是[^，。；]{0,20}?(?:创办|创立|创建|成立|孵化)的(?:公司|企业|品牌|机构|工作室)")
"""What only a firm does or has, right after its name: speaks through 方面 or a manager,
reports earnings (X在财报中披露), owns brands (X旗下), is one (X是一家…公司,
X是几名研究生创办的公司)."""
CLAUSE_START = r"(?:^|(?<=[，。；：！？、\n>“”「」（）()《》\s]))"
CUED_NAME = re.compile(CLAUSE_START +
                       r"([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·]{1,13}?)(?=" +
                       FIRM_CUE_AFTER.pattern + ")")
"""A whole phrase from a clause's start to a firm cue (。同道猎聘方面表示, ，青禾影业创始人):
the cue is strong enough that the phrase is the firm's name even when its words are
everyday ones (同道, 青禾)."""
CLAUSE_BOUNDARY = re.compile(r"[，。；：！？、\n>“”「」（）()《》\s]")
"""Where the clause-opening patterns can begin: right after one of these (or at 0); they
are tried only there, not at every character."""
NAMED_PHRASE = r"([\u4e00-\u9fffA-Za-z][\u4e00-\u9fffA-Za-z0-9·+]{1,11}?)"
IS_A_MINI_PROGRAM = re.compile(CLAUSE_START + r"[“\"「]?" + NAMED_PHRASE +
                               r"(?=[”\"」]?是一(?:个|款)[^，。；]{0,16}?(?:小程序|小游戏))")
"""“书架漂流”是一个专做二手图书的微信小程序: what the sentence says the name is."""
DESCRIBED_FIRM = re.compile(r"(?<=的)" + NAMED_PHRASE +
                            r"(?=是一家[^，。；]{0,20}?(?:公司|企业|品牌|服务商|工作室|连锁))")
"""浙江横店的青禾影业是一家…制作公司: after a place and 的, the name a firm's description
follows."""
SAYS = re.compile(CLAUSE_START + NAMED_PHRASE + r"(?=表示|指出|透露|宣布|称|预计|介绍)")
"""X表示: said of people too, so only a phrase with a firm's last word (风铃互娱表示)."""
REPORTS_FIGURE = re.compile(CLAUSE_START + NAMED_PHRASE +
                            r"(?=(?:\d{4}年|今年|去年)?(?:上半年|下半年|第?[一二三四]季度)?的?"
                            r"(?:总?营收|总?收入|净利润|净亏损|经营利润|经营亏损|市值|估值|"
                            r"付费企业客户))")
"""橙光视频的经营亏损, 乐游互动2023年收入: a business's own figures, for a phrase that reads
as a name (unknown to the dictionary, not two everyday words)."""
LINE_OF_BUSINESS = re.compile(r"(?:会员|用户|业务|广告|佣金|服务费|抽成|点位|网点|门店|渠道)$")
"""(全年)云游戏会员(收入), 满帮交易佣金(收入), 代理点位的(收入): a line of business or a kind
of outlet whose revenue it is, not a firm."""
FOUNDED = re.compile(r"(?:创办|创立|创建|成立)了" + NAMED_PHRASE + r"(?=[，。；,;])")
"""在2020年创办了橘子优选，…: what someone founded is a firm."""
FOUNDED_IN = re.compile(CLAUSE_START + r"成立于(?:19|20)\d{2}年(?:\d{1,2}月)?的" + NAMED_PHRASE +
                        r"(?=[，。；,;]|选择|是|在|已|也|还|则|将|把|目前|如今|今年|去年|于|的|做|靠|以|从|"
                        r"推出|上线|主打|专注|定位)")
"""成立于2022年的青岚云游选择了…: what was founded in a year is a firm."""
DESCRIPTOR_BEFORE_NAME = re.compile(r"(?:连锁|品牌|机构|服务商|厂商|初创公司|创业公司|"
                                    r"运营方|开发方|主办方|出品方)"
                                    r"(?=[\u4e00-\u9fffA-Za-z]{2})")
"""轻医美连锁|栖颜, 国货品牌|花西子, 运营方|泊安科技: the kind of business or the part it plays,
said before a firm's name, is no part of it."""
LEADING_CONNECTIVE = re.compile(r"^(?:此外|同时|另外|其中|不过|但是|对此|为此|作为|对于|关于|"
                                r"随着|针对|包括|而|但|则|另据|又据|据|由)")
TIME_PREFIX = re.compile(r"^(?:(?:\d{4}年)?(?:第?[一二三四1-4]季度|前三季度|[上下]半年|全年|"
                         r"\d{1,2}月(?:\d{1,2}日)?)|今年|去年|目前|此前|近日|日前|当天|随后|"
                         r"当季|当月|当年|本季度|本月|同期)+")
TRAILING_ADVERBS = re.compile(r"(?:此前|最新|目前|近日|日前|今年|去年|近期|随后|再次|首次|正式|"
                              r"(?:\d{4}年)?(?:第?[一二三四1-4]季度|前三季度|[上下]半年|全年)|"
                              r"官方|也|还|已|则|都|均|亦|又)+$")
"""Words between a firm's name and its cue (金山办公此前发布…, 腾讯最新财报显示)."""
FIRM_LAST_WORDS = tuple(sorted(set(ORG_SUFFIXES) | FIRM_TAILS, key=len, reverse=True))
PLACED_FIRM = re.compile(CLAUSE_START + r"([\u4e00-\u9fff]{2,3})的([\u4e00-\u9fff]{2,4}?(?:" +
                         "|".join(FIRM_LAST_WORDS) +
                         r"))(?=[是做在从于以靠也则已还将把的，。；,;、]|目前|如今|旗下)")
"""深圳的渡口科技做的是…, 成都的路帮科技是其中之一: a city, 的, and a firm's name (a firm's last
word after a name of everyday words, 渡口|科技, which the suffix rule takes for a phrase)."""
PARENT_OF = re.compile(r"(?:母公司|控股股东)([\u4e00-\u9fffA-Za-z]{2,8}?)(?=(?:\d{1,2}月\d{1,2}日)?"
                       r"(?:发布|公布|披露|宣布|表示|称))")
"""BOSS直聘母公司看准科技公布…: the parent is a firm too."""


def _is_cued_name(name: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """A phrase before a firm cue that can be a firm's name: no time, determiner, generic
    noun or everyday word, no particle inside."""
    if not 2 <= len(name) <= 8 or name in GENERIC_NAMES or name in CATEGORY_WORDS or \
            name in TRADE_ENDINGS or NOT_A_FIRM_START.match(name) or \
            NUMERAL_START.match(name) or TIME_PREFIX.match(name) or \
            COUNTED_PERSON.search(name) or \
            name[0] in DETERMINERS or name[0] in NOT_LEADING or name[0] in ADVERB_OPENINGS \
            or name[0] in RUN_STOPS or name[-1] in DETERMINERS \
            or re.search(r"[的了是在与及或们]|.{2}和.{2}|\d", name) or name in LEFT_STOPS or \
            name.endswith(("公司", "集团", "企业", "平台", "品牌", "商家", "行业")) and \
            name[:-2] in GENERIC_NAMES | CATEGORY_WORDS | {""} or _kind_of_trade(name):
        return False
    entry = known(name)
    return entry is None or entry[0] < COMMON_WORD or entry[1] in NAME_TAGS


def _placed_name(name: str, known: Callable[[str], tuple[int, str] | None]) -> bool:
    """路帮科技, 渡口科技 (after a city and 的): a name before the firm's last word, made of
    words unknown or uncommon (渡口: 311), not a kind of business (金融科技) or an everyday
    word (创新)."""
    tail = next(t for t in FIRM_LAST_WORDS if name.endswith(t))
    prefix = name[:-len(tail)]
    if len(prefix) < 2 or not _is_cued_name(name, known) or prefix in GENERIC_NAMES or \
            prefix in CATEGORY_WORDS or _kind_of_trade(name):
        return False
    entry = known(prefix)
    return entry is None or entry[1] in NAME_TAGS and entry[0] < COMMON_WORD or \
        entry[1] == "n" and entry[0] < COMMON_WORD


def _kind_of_trade(name: str) -> bool:
    """时效快递, 跨境电商, 冷链物流: a kind of business and its trade, nobody's name."""
    return any(name.endswith(tail) and name[:-len(tail)] in CATEGORY_WORDS
               for tail in FIRM_TAILS)


NOT_A_FIRM_START = re.compile(r"(?:联合|联席)?(?:创始人|CEO|总裁|董事长|负责人|总经理|合伙人)|"
                              r"单[票店客件单次笔位个家户人]|人均|平均|日均|店均|归属|头部|腰部")
"""创始人林晚棠, 单票(收入), 头部MCN(营收): a person, how a figure is taken, a tier: no firm."""
COUNTED_PERSON = re.compile(r"[一两几某每][位名个家些]")
"""闲鱼一位(业务负责人): who among the firm's people, not part of its name."""
NUMERAL_START = re.compile(r"[一二两三四五六七八九十几每某多]")
"""一位车企(数字化负责人): a numeral and its classifier, not a name."""


def _on_token_bounds(start: int, end: int, tokens: TokenIndex, text: str = "") -> bool:
    """The phrase starts and ends where the segmenter's words do (not 岚驰汽车用|户运营), or
    ends where jieba's HMM glued the copula on (闪电|帮是|一家…: 闪电帮 is the name)."""
    return start in tokens.by_start and (
        end in tokens.by_end or text[end:end + 1] == "是" and end + 1 in tokens.by_end
        and tokens.by_end[end + 1] < end)


def _reads_as_a_name(text: str, start: int, end: int, tokens: TokenIndex,
                     known: Callable[[str], tuple[int, str] | None]) -> bool:
    """No verb, time, number, pronoun or generic noun among the segmenter's words of
    text[start:end], and no business line's ending (即时零售业务, 社交娱乐服务)."""
    if text.endswith(BUSINESS_LINES, start, end) or not _on_token_bounds(start, end, tokens):
        return False
    for s, e in tokens.within(start, end):
        word = text[s:e]
        tag = (known(word) or (0, "x"))[1]
        if word in FIRM_TAILS or word in BRAND_ENDINGS:
            continue  # 乐游|互动: jieba calls 互动 an adverb
        if word in GENERIC_NAMES or tag[:1] in ("v", "t", "m", "d", "r", "p", "c", "f", "u") \
                or word in AVERAGES or word[0] in DETERMINERS:
            return False  # 平均|每单(收入): how a figure is taken, not whose
    return True


AVERAGES = {"平均", "日均", "人均", "月均", "年均", "单均", "户均", "店均"}
BUSINESS_LINES = ("业务", "服务", "产品", "板块", "部门", "事业部", "变现", "商品", "品类", "类目")


FIRM_CUE_HINT = re.compile(r"方面|显示|管理层|旗下|母公司|负责人|创始人|CEO|首席执行官|董事长|"
                           r"总裁|总经理|发布|公布|成立于|披露|是一家|创办的|创立的|创建的|"
                           r"成立的|孵化的")
SAYS_HINT = re.compile(r"表示|指出|透露|宣布|称|预计|介绍")
FIGURE_HINT = re.compile(r"营收|收入|利润|亏损|市值|估值|企业客户")
"""A word each clause-opening pattern needs within reach: openings without one are not
tried (the patterns' lazy phrase and look-ahead cost a scan at every opening)."""


def _near(openings: list[int], text: str, hint: re.Pattern, reach: int) -> list[int]:
    """The openings with a match of `hint` starting within `reach` characters after them."""
    kept: set[int] = set()
    for m in hint.finditer(text):  # cues are fewer than openings: look back from each
        kept.update(openings[bisect_left(openings, m.start() - reach):
                             bisect_right(openings, m.start())])
    return sorted(kept)


def _cued_phrase(text: str, start: int, end: int, tokens: TokenIndex,
                 known: Callable[[str], tuple[int, str] | None]) -> tuple[int, str] | None:
    """(start, name) of the firm in text[start:end], the phrase before a firm cue, without
    a connective, a time, a place with 的 or an adverb around it; None if it is no name."""
    name = text[start:end]
    lead = LEADING_CONNECTIVE.match(name)
    if lead and len(name) - lead.end() >= 2:
        start, name = start + lead.end(), name[lead.end():]
    time = TIME_PREFIX.match(name)
    if time and len(name) - time.end() >= 2:
        start, name = start + time.end(), name[time.end():]
    if "的" in name:  # 杭州的兔跑科技旗下: a place before the name
        place, _, rest = name.rpartition("的")
        if (known(place) or (0, ""))[1] == "ns" and len(rest) >= 2:
            start, name = start + len(place) + 1, rest
    described = max(DESCRIPTOR_BEFORE_NAME.finditer(name), key=lambda d: d.end(), default=None)
    if described:
        start, name = start + described.end(), name[described.end():]
    trailing = TRAILING_ADVERBS.search(name)
    if trailing and trailing.start() >= 2:
        name = name[:trailing.start()]
    elif name[-1:] in "一二三四1234" and text.startswith("季", end) and len(name) >= 3:
        name = name[:-1]  # 特锐德三|季报: the quarter the report covers
    if _is_cued_name(name, known) and _on_token_bounds(start, start + len(name), tokens, text):
        return start, name
    return None


def _cued_firms(text: str, tokens: TokenIndex,
                known: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """Firms named by a cue after the whole phrase that opens the clause (see CUED_NAME),
    and parents named after 母公司."""
    found = []
    openings = [0] + [m.end() for m in CLAUSE_BOUNDARY.finditer(text)]
    for m in finditer_at(CUED_NAME, text, _near(openings, text, FIRM_CUE_HINT, 24)):
        # the shortest phrase before a cue first, then longer ones up to the next cue
        # (果然|鲜运营负责人 fails as a name, 果然鲜|运营负责人 does not)
        ends = [m.end(1)] + [e for e in range(m.end(1) + 1, min(len(text), m.start(1) + 14))
                             if e in tokens.by_end and FIRM_CUE_AFTER.match(text, e)]
        for end in ends:
            named = _cued_phrase(text, m.start(1), end, tokens, known)
            if named:
                kind = "Platform" if named[1].endswith(PRODUCT_ENDINGS) else "Company"
                found.append(Mention(kind, named[1], named[1], named[0], named[0] +
                                     len(named[1])))
                break
    for m in finditer_at(SAYS, text, _near(openings, text, SAYS_HINT, 14)):
        name = m.group(1)
        if _ends_like_a_firm(name) and _is_cued_name(name, known) and \
                _on_token_bounds(m.start(1), m.end(1), tokens):
            found.append(Mention("Company", name, name, m.start(1), m.end(1)))
    for m in finditer_at(REPORTS_FIGURE, text, _near(openings, text, FIGURE_HINT, 24)):
        name = m.group(1)
        if "的" in name:  # 港股上市的乐游互动: what is said of it before 的
            name = name.rpartition("的")[2]
        time = TIME_PREFIX.match(name)
        if time and len(name) - time.end() >= 2:
            name = name[time.end():]
        start = m.end(1) - len(name)
        if len(name) >= 2 and known(name) is None and _is_cued_name(name, known) and \
                not _compound_of_common_words(name, known) and \
                not LINE_OF_BUSINESS.search(name) and \
                _reads_as_a_name(text, start, m.end(1), tokens, known):
            found.append(Mention("Company", name, name, start, m.end(1)))
    for m in finditer_at(PLACED_FIRM, text, openings):
        place, name = m.group(1), m.group(2)
        if (known(place) or (0, ""))[1] == "ns" and _placed_name(name, known) and \
                _on_token_bounds(m.start(2), m.end(2), tokens) and m.start(2) - 1 in tokens.by_end:
            found.append(Mention("Company", name, name, m.start(2), m.end(2)))
    for kind, pattern in (("Company", PARENT_OF), ("Company", DESCRIBED_FIRM),
                          ("MiniProgram", IS_A_MINI_PROGRAM), ("Company", FOUNDED),
                          ("Company", FOUNDED_IN)):
        for m in (finditer_at(pattern, text, openings) if pattern is IS_A_MINI_PROGRAM
                  else pattern.finditer(text)):
            if _is_cued_name(m.group(1), known):
                found.append(Mention(kind, m.group(1), m.group(1), m.start(1), m.end(1)))
    return found


PRODUCT_ENDINGS = ("App", "APP", "app", "云游戏", "网盘", "云盘", "视频", "音乐", "直播", "商城",
                   "平台")
"""Words that end the name of an app or a platform, not of the firm behind it: such a name
speaking through 方面 (澄云视频方面表示) is the platform speaking."""
TRADE_ENDINGS = BRAND_ENDINGS | {"超市", "便利店", "健身", "书院", "学堂", "商城", "集市", "旅游",
                                 "酒店", "影城", "茶饮", "奶茶", "火锅", "面馆", "药房", "大药房"}
"""Trades that close a business's own name (柚见咖啡, 拾味餐饮, 蜂巢超市)."""
FIRM_ENDINGS = tuple(FIRM_TAILS | TRADE_ENDINGS) + ORG_SUFFIXES
TRADE_WORD = re.compile("|".join(sorted(TRADE_ENDINGS, key=len, reverse=True)))
DETERMINERS = set("某该这那其每各本")
NAME_BOUNDARY_AFTER = re.compile(r"[的在旗今去本于和与、，。；：,;:\s“”（(]|小程序|[0-9]|$|"
                                 r"将|已|也|还|则|通过|计划|预计|目前")


NOUN_TAGS = {"n", "nz", "nr", "ns", "nt"}


def _ends_like_a_firm(name: str) -> bool:
    """风铃互娱, 舟行旅游: a name of four or more characters whose last word is a firm's or a
    trade's, the evidence weaker cues (X表示, 据X介绍) need, since people say things too."""
    return len(name) >= 4 and name.endswith(FIRM_ENDINGS)


def _noun_opening_clause(text: str, end: int, by_end: dict[int, int],
                         known: Callable[[str], tuple[int, str] | None]) -> int | None:
    """The start of a two-character noun of middling frequency that opens the clause
    before a trade (，蜂巢|超市, 星火|健身): a brand made of an everyday noun, which
    `_brand_left_of` leaves out. None elsewhere (连锁超市 in mid-sentence)."""
    start = by_end.get(end)
    if start is None or end - start != 2 or not CLAUSE_OPENING.search(
            text[max(0, start - 2):start]):
        return None
    word = text[start:end]
    entry = known(word)
    if entry is None or entry[1] not in NOUN_TAGS or entry[0] >= COMMON_WORD or \
            word in CATEGORY_WORDS or word in GENERIC_NAMES or word in LEFT_STOPS:
        return None
    return start


def _trade_names(text: str, tokens: TokenIndex,
                 known: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """A name-like word and the trade it is in, as one business's name where the name
    ends (柚见咖啡在全国拥有门店…, 拾味餐饮的…): a firm, or its mini-program before 小程序."""
    found = []
    by_end = tokens.by_end
    for m in TRADE_WORD.finditer(text):
        start, end = m.span()
        if by_end.get(end) != start or not NAME_BOUNDARY_AFTER.match(text, end):
            continue  # not a word of its own here, or the name goes on
        name_start = _brand_left_of(text, start, by_end, known, max_tokens=1)
        if name_start is None:
            name_start = _noun_opening_clause(text, start, by_end, known)
        if name_start is None or not 2 <= start - name_start <= 4 or \
                text[name_start:start] in CATEGORY_WORDS or \
                text[name_start] in RUN_STOPS or text[name_start] in DETERMINERS or \
                not CLAUSE_OPENING.search(text[max(0, name_start - 2):name_start]) and \
                text[name_start - 1:name_start] not in "、和与及的占":
            continue
        if m.group(0) == "便利" and text.startswith("的", end) and \
                not CLAUSE_OPENING.search(text[max(0, name_start - 2):name_start]):
            continue  # (核心地段和)通勤便利的(小户型): convenient, listed, not the trade
            # (麦田便利的门店总数 opens its clause)
        kind = "MiniProgram" if text.startswith("小程序", end) else "Company"
        found.append(Mention(kind, text[name_start:end], text[name_start:end], name_start, end))
    return found


def _firm_ending_at(text: str, end: int, found: list[Mention], default: int | None) -> int | None:
    """Where a firm already found (anywhere in the text) is named again right before `end`
    (果然鲜|到家小程序: the firm and its trade), else `default`."""
    for m in found:
        if m.type == "Company" and len(m.label) >= 2 and \
                text.startswith(m.label, end - len(m.label)):
            return end - len(m.label)
    return default


def _named_with_short_form(text: str) -> list[Mention]:
    """Both names of 震坤行工业超市（以下简称“震坤行”）, the short one labelled with itself (the
    article uses it from there on); the full name starts after the last function word."""
    found = []
    if "简称" not in text:
        return found  # the pattern would be tried at every character for nothing
    for m in SHORT_NAME_GIVEN.finditer(text):
        start = m.start(1)
        cut = FULL_NAME_STOPS.match(m.group(1))
        if cut:
            start += cut.end()
        full, short = text[start:m.end(1)], m.group(2)
        if len(full) < 2 or NUMERAL_START.match(full) or TIME_PREFIX.match(full):
            continue
        found.append(Mention("Company", full, full, start, m.end(1)))
        found.append(Mention("Company", short, short, m.start(2), m.end(2)))
    return found


def find_pattern_mentions(text: str, tokens: TokenIndex,
                          freq: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """Names the lexicon lacks, found by their shape and the words around them."""
    found: list[Mention] = []
    for m in QUOTED_MINI_PROGRAM.finditer(text):
        found.append(Mention("MiniProgram", m.group(1), m.group(1), m.start(1), m.end(1)))
    for m in MINI_PROGRAM_QUOTED.finditer(text):
        found.append(Mention("MiniProgram", m.group(1), m.group(1), m.start(1), m.end(1)))
    for m in AFTER_OWNER.finditer(text):
        if m.start(1) in tokens.by_start and m.group(1) not in CATEGORY_WORDS and \
                m.group(1) not in GENERIC_NAMES:
            found.append(Mention("MiniProgram", m.group(1), m.group(1), m.start(1), m.end(1)))
    found += _appositive_names(text, tokens, freq)
    found += _named_with_short_form(text)
    found += _source_names(text, freq)
    found += _speaking_firms(text, tokens, freq)
    found += _cued_firms(text, tokens, freq)
    by_end = tokens.by_end
    own: list[Mention] = []  # X小程序: a brand's own mini-program
    for end in occurrences(text, "小程序"):
        if QUOTE_AFTER.match(text, end + 3):
            continue  # (比价寄件)小程序“鸽子寄件”: the quoted name is the mini-program's
        host = next((h for h in HOSTS if text.startswith(h, end - len(h))), "")
        if host and end - len(host) in by_end:
            end -= len(host)  # 青柚微信小程序: the name stands before the ecosystem's
        s = by_end.get(end)
        if text[end - 2:end] in BRAND_ENDINGS and (s is None or end - s < 2):
            s = end - 2  # jieba split the trade (惠邻|到|家, 鲜丰到|家)
            i = bisect_right(tokens.starts, s - 1) - 1
            left = tokens.starts[i] if i >= 0 and tokens.ends[i] >= s else None
            left = _firm_ending_at(text, s, found, left)
            if left is not None and s - left < 2 and left in by_end and \
                    left - by_end[left] == 1 and CJK_CHAR.match(text[by_end[left]]):
                left = by_end[left]  # 暖|居家|纺: the name's first character stands alone
            if left is not None and left < s and CJK_CHARS.fullmatch(text[left:s]) and \
                    2 <= s - left <= 4 and known_name_part(text[left:s], freq):
                own.append(Mention("MiniProgram", text[left:end], text[left:end], left, end))
            continue
        if s is not None and text[s:end] in BRAND_ENDINGS:
            left = by_end.get(s)
            named = _firm_ending_at(text, s, found, None)
            if named is not None:  # 果然鲜|到家小程序: a firm found already, and its trade
                own.append(Mention("MiniProgram", text[named:end], text[named:end], named, end))
                continue
            if left is not None and _is_name_like(text[left:s], freq) and \
                    text[left:s] not in PREPOSITIONS and s - left >= 2:
                own.append(Mention("MiniProgram", text[left:end], text[left:end], left, end))
                continue  # 橙意家居小程序, 暖暖家政小程序: the trade is part of the brand
        if s is not None and text[s:end] in CATEGORY_WORDS:
            end, s = s, by_end.get(s)  # 软盟跨境小程序: the name stands before the category
        if s is None:
            continue
        if end - s > 2 and text[s] in PREPOSITIONS:
            s += 1  # jieba's HMM glues a preposition to an unknown name: 以软盟
        left = by_end.get(s)
        if end - s == 1 and left is not None and s - left == 2 and CJK_CHAR.match(text[s]) and \
                text[s] not in FUNCTION_CHARS | DETERMINERS and _is_name_like(text[left:s], freq) \
                and freq(text[s:end]) is not None and freq(text[s:end])[1] not in VERB_TAGS:
            s = left  # 优品|汇|小程序: jieba cut a three-character brand after two
        word_info = freq(text[s:end])
        if left is not None and len(text[s:end]) == 2 and _is_name_like(text[left:s], freq) \
                and (word_info is None or word_info[0] < 100) and text[left:s] not in PREPOSITIONS:
            s = left  # 栖木优选小程序: a brand plus a short word of its name
        name = text[s:end]
        if _is_name_word(name, freq) and not _compound_of_common_words(name, freq) and \
                name + "类" not in text:  # 文旅小程序 where the text also says 文旅类: a kind
            own.append(Mention("MiniProgram", name, name, s, end))
    found += own + with_businesses(own)
    for at in occurrences(text, "平台"):  # 米粒外卖平台: a trade brand's own platform
        s = by_end.get(at)
        left = by_end.get(s) if s is not None else None
        if left is not None and text[s:at] in TRADE_ENDINGS and at - left <= 6 and \
                s - left >= 2 and CLAUSE_OPENING.search(text[max(0, left - 2):left]) and \
                (_is_name_like(text[left:s], freq) or
                 _noun_opening_clause(text, s, by_end, freq) == left):
            found.append(Mention("Platform", text[left:at], text[left:at], left, at))
    trade = _trade_names(text, tokens, freq)
    found += trade + with_businesses(trade)  # 星河数码小程序: the brand's and the brand
    token_starts = tokens.by_start
    for suffix in ORG_SUFFIXES:
        for start in occurrences(text, suffix):
            end = start + len(suffix)
            if start not in token_starts and not by_end.get(end, end) < start:
                continue  # the suffix neither starts a token nor ends one that starts earlier
            if text[end:end + 2] in ("公司", "集团") or text[end:end + 4].startswith("有限"):
                continue  # a longer suffix follows; it will be matched on its own
            legal = suffix in LEGAL_SUFFIXES
            name_start = _name_left_of(text, start, by_end, max_tokens=4) \
                if legal else _brand_left_of(text, start, by_end, freq)
            if name_start is None:
                continue  # 让科技, 大数据: a common word before the suffix is no name
            while start - name_start > 2 and text[name_start] in RUN_STOPS and \
                    freq(text[name_start:start]) is None:
                name_start += 1  # 据弈博|咨询: jieba's HMM glued the preposition on
            if text[name_start] == "方" and ROLE_BEFORE.search(text, max(0, name_start - 2),
                                                               name_start + 1):
                name_start += 1  # 运营|方泊安|科技: the part the firm plays is no part of it
            name = text[name_start:end]
            prefix = name[:-len(suffix)]
            if name in GENERIC_NAMES or len(name) < 3 or prefix in GENERIC_NAMES \
                    or prefix in CATEGORY_WORDS or TIME_PREFIX.fullmatch(prefix) or \
                    prefix[0] in ADVERB_OPENINGS or prefix[0] in "年月日起":
                continue  # 三季度公司(旗下…), 在线教育公司, (2024)年起公司, 约占公司: when, a
                # kind, a verb before 公司, not a firm's name
            found.append(Mention("Company", name, name, name_start, end))
    capitals = [m.start() for m in LATIN_LEAD.finditer(text)]
    for m in finditer_at(LATIN_NAME, text, capitals):
        word = m.group(1)
        if word in ACRONYMS or len(word) < 3 or _in_brackets(text, m.start()) or \
                VERSIONED.search(word) or MODEL_NUMBER.match(text, m.end()):
            continue  # Web3, H5, iPhone15, Air 3: versions and models, not firms
        if word.isupper() and not FIRM_CUE.match(text, m.end()):
            continue  # acronyms (RFM, IOT) name methods more often than firms
        found.append(Mention("Company", word, word, m.start(), m.end()))
    return found


LATIN_NAME = re.compile(
    r"(?<![A-Za-z0-9])((?:[A-Z][A-Za-z0-9]+ )+(?:Limited|Ltd\.?|Inc\.?|Corp\.?|Group|Holdings|"
    r"Co\.?)|[A-Z][A-Za-z0-9]*[a-z][A-Za-z0-9]*|[A-Z]{3,})(?![A-Za-z0-9])")
LATIN_LEAD = leading_class(LATIN_NAME)
"""Capital letters: where a Latin name can begin (the look-behind keeps `re` from skipping)."""


def occurrences(text: str, word: str) -> Iterator[int]:
    """Where `word` (not empty) occurs in `text`, left to right, without overlaps: the
    starts of `re.finditer(re.escape(word), text)`, without compiling a pattern per word."""
    at = text.find(word)
    while at >= 0:
        yield at
        at = text.find(word, at + len(word))


def _in_brackets(text: str, pos: int) -> bool:
    """English glosses in brackets (留存（Retention）) are terms, not names."""
    before = text[max(0, pos - 20):pos]
    return before.rfind("（") > before.rfind("）") or before.rfind("(") > before.rfind(")")


SERVICE_ENDINGS = ("到家", "点餐", "点单", "外卖", "商城", "买菜", "家政", "服务", "购物", "优选",
                   "小店", "助手", "工具", "查询", "打车", "出行")
"""Endings of a mini-program's own name as a service (鲜丰到家, 云味点餐): unlike 茶小满 or
拾光烘焙, the name is not also the business that runs it."""


def with_businesses(mentions: list[Mention]) -> list[Mention]:
    """A brand named before its own mini-program (茶小满小程序, 橙意家居小程序) is also the
    business that runs it, unless the name is a service's (鲜丰到家小程序)."""
    return [Mention("Company", m.label, m.text, m.start, m.end)
            for m in mentions if m.type == "MiniProgram" and m.entity_id is None
            and not m.label.endswith(SERVICE_ENDINGS) and CJK_CHARS.fullmatch(m.label)]


OWN_MINI_PROGRAM = re.compile(r"(?:支付宝|微信|抖音|百度|快手|QQ)?小程序")
"""青柠纪支付宝小程序: the brand's own mini-program on a platform."""


def reuse_pattern_names(text: str, mentions: list[Mention]) -> list[Mention]:
    """A name found once by a pattern is a name wherever it recurs: 孩子王 after 孩子王小程序.
    Each recurrence is typed by its own context (X小程序 → MiniProgram, else Company)."""
    origins = {}
    for m in mentions:
        if m.entity_id is None and len(m.label) >= 2:
            named_before_xcx = bool(BEFORE_MINI_PROGRAM.match(text[m.end:m.end + 5]))
            # a bare X of an X小程序 is the business; a quoted “X” or a listed item stays
            bare_type = "Company" if m.type == "MiniProgram" and named_before_xcx else m.type
            origins.setdefault(m.label, bare_type)
    added = []
    for name, bare_type in origins.items():
        for start in occurrences(text, name):
            end = start + len(name)
            follows = text[end:end + 6].lstrip("”\" ")
            kind = "MiniProgram" if OWN_MINI_PROGRAM.match(follows) else bare_type
            added.append(Mention(kind, name, name, start, end))
    return added


def propagate_enumerations(text: str, mentions: list[Mention], tokens: TokenIndex,
                           known: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """A、B、C等小程序 / 等平台 / 等企业: the items are names of the head noun's type. Items
    must read as names themselves (known, or name-like words), so feature lists
    (交易保障、小程序订单管理等功能) stay out."""
    added = []
    starts = tokens.by_start
    for m in finditer_at(ENUMERATION, text, _enumeration_starts(text)):
        head_type = ENUM_HEADS[m.group(2)]
        pos = m.start(1)
        for item in m.group(1).split("、"):
            s, e = pos, pos + len(item)
            pos = e + 1
            if any(x.start <= s < x.end or s <= x.start < e for x in mentions):
                if not any(x.start == s and x.end == e and x.type == head_type for x in mentions):
                    ent = next((x for x in mentions if x.start == s and x.end == e), None)
                    if ent is not None:
                        added.append(Mention(head_type, ent.label, ent.text, s, e,
                                             entity_id=ent.entity_id))
                continue
            if s not in starts:
                continue
            words = tokens.within(s, e)
            while len(words) > 1 and ((known(text[words[0][0]:words[0][1]]) or (0, ""))[1]
                                      in VERB_TAGS or text[words[0][0]:words[0][1]] in LEFT_STOPS):
                words = words[1:]  # 抛开城市服务: the first item starts after the verb
            s, item = words[0][0], text[words[0][0]:e]
            if _is_name_word(item, known) or item in {x.label for x in mentions}:
                added.append(Mention(head_type, item, item, s, e))
    return added


def _enumeration_starts(text: str) -> list[int]:
    """Where an enumeration can begin: its first item, 2 to 6 characters, ends at an 、
    (the pattern would otherwise be tried at every character)."""
    return sorted({at - n for at in occurrences(text, "、") for n in range(2, 7) if at >= n})


def resolve_overlaps(mentions: list[Mention]) -> list[Mention]:
    """Keep the longest mention where two of the same type overlap; lexicon wins ties."""
    ordered = sorted(mentions, key=lambda x: (-(x.end - x.start), x.entity_id is None, x.start))
    kept: list[Mention] = []
    spans: dict[str, list[tuple[int, int]]] = {}  # per type: kept spans, sorted, disjoint
    for m in ordered:
        taken = spans.setdefault(m.type, [])
        at = bisect_left(taken, (m.end,))  # spans starting before m ends
        if at and taken[at - 1][1] > m.start and m.end > m.start:
            continue  # the last of them ends latest: it overlaps m, or none does
        if m.end <= m.start and any(s < m.end and m.start < e for s, e in taken):
            continue
        insort(taken, (m.start, m.end))
        kept.append(m)
    return sorted(kept, key=attrgetter("start", "type"))


COUNTED_TAIL = re.compile(r"[\d一二两三四五六七八九十几]+[款个家位名种类项只]$")
"""A numeral and its classifier closing a found phrase: how many names, not part of one."""


class LexiconSpans:
    """The spans of lexicon mentions, in text order. They are matches of one `finditer`, so
    they do not overlap one another (a span repeats when its name is tagged with two types)
    and those overlapping any given span form one run of the list, found by bisection."""

    def __init__(self, mentions: Sequence[Mention]):
        self.spans = [(m.start, m.end) for m in mentions]
        self._starts = [s for s, _ in self.spans]
        self._ends = [e for _, e in self.spans]

    def overlapping(self, start: int, end: int) -> list[tuple[int, int]]:
        """The spans that share a character with [start, end), in order."""
        return self.spans[bisect_right(self._ends, start):bisect_left(self._starts, end)]


def find_entities(text: str, lexicon: Lexicon, pattern: re.Pattern,
                  forms: dict[str, LexiconEntry], tokens: TokenIndex,
                  freq: Callable[[str], tuple[int, str] | None]) -> list[Mention]:
    """All Company, MiniProgram and Platform mentions in `text`, left to right. `tokens`
    are the segmenter's tokens of `text`; `freq` gives a word's (frequency,
    part-of-speech) in the segmenter's dictionary, or None."""
    mentions = find_lexicon_mentions(text, lexicon, pattern, forms, tokens)
    lexicon_spans = LexiconSpans(mentions)
    known_mini_programs = {m.text for m in mentions if m.type == "MiniProgram"}
    for m in find_pattern_mentions(text, tokens, freq):
        if m.type == "Company" and any(len(n) > len(m.text) and n.endswith(m.text)
                                       for n in known_mini_programs):
            continue  # 抽盒机(小程序) after 泡泡玛特抽盒机: the known one's short name, no firm
        if COUNTED_TAIL.search(m.text):
            continue  # 去哪儿旅行三款(小程序): names and their count, not a name
        if m.type != "MiniProgram" and NOT_A_FIRM_START.match(m.text) or \
                m.text in lexicon.metric_words:
            continue  # 单次咨询(的平均价格), 人均消费: how a figure is taken; 研发投入: a
            # measure; no firm
        overlapping = lexicon_spans.overlapping(m.start, m.end)
        if m.text.endswith("数据") and (m.start, m.end - 2) in overlapping:
            continue  # 美团数据(显示): a known firm's data, not a firm of that name
        # a longer organisation name containing a known one stands (微盟研究院 ⊃ 微盟,
        # 快手开放平台 ⊃ 快手)
        if not overlapping or all(m.start <= s and e <= m.end and (s, e) != (m.start, m.end)
                                  for s, e in overlapping) and m.type in ("Company", "Platform"):
            mentions.append(m)
    mentions = resolve_overlaps(mentions)
    mentions += propagate_enumerations(text, mentions, tokens, freq)
    mentions = resolve_overlaps(mentions)
    lexicon_spans = LexiconSpans([m for m in mentions if m.entity_id])
    mentions += [m for m in reuse_pattern_names(text, mentions)
                 if not lexicon_spans.overlapping(m.start, m.end)]
    return _typed_by_table_header(text, _without_hosts_of_named(text, resolve_overlaps(mentions)))


TABLE_HEADS = {"平台": "Platform", "平台名称": "Platform", "App": "Platform", "APP": "Platform",
               "应用": "Platform", "应用名称": "Platform", "App名称": "Platform",
               "APP名称": "Platform", "系统": "Platform", "系统名称": "Platform",
               "操作系统": "Platform", "小程序": "MiniProgram", "小程序名称": "MiniProgram",
               "公司": "Company", "企业": "Company", "品牌": "Company", "机构": "Company",
               "公司名称": "Company"}
"""A table's first header cell that says what its rows are (平台 | 月活 | …: each row a
platform; 系统 | 装机量 | …: each row an operating system, which hosts apps), whatever else
the names are elsewhere."""
OWNER_HEADS = {"所属公司": "Company", "母公司": "Company", "运营公司": "Company",
               "运营方": "Company", "开发商": "Company", "所属集团": "Company"}
"""A later header cell naming whose each row is (平台 | 所属公司 | …): that column's cells are
firms."""
PIPE_ROW = re.compile(r"^[ \t]*\|?[ \t]*([^|\n]+?)[ \t]*\|[^\n]*\|[^\n]*$", re.MULTILINE)
CELL = re.compile(r"[^|\n]+")
"""One cell of a pipe-table row, padding included."""
NOT_A_ROW_NAME = re.compile(r"[-:：\d.%％\s]+|合计|总计|其他|其它|全行业|行业|整体|平均")


def _table_cells(text: str, row: re.Match) -> list[tuple[int, int]]:
    """The (start, end) of each cell's text in a pipe-table row, without its padding."""
    cells = []
    for cell in CELL.finditer(text, row.start(), row.end()):
        value = cell.group(0)
        if value.strip():
            start = cell.start() + len(value) - len(value.lstrip())
            cells.append((start, start + len(value.strip())))
    return cells


def _typed_by_table_header(text: str, mentions: list[Mention]) -> list[Mention]:
    """Rows of a table whose header names their kind (平台, 公司, 小程序) are names of that
    kind, and so are the cells under a header naming their owner (所属公司): known names take
    the header's type there, unknown ones are found by it."""
    if "|" not in text:
        return mentions
    kinds: dict[int, str] = {}
    rows: dict[tuple[int, int], str] = {}
    previous_end = -2
    for m in PIPE_ROW.finditer(text):
        cells = _table_cells(text, m)
        if m.start() != previous_end + 1:  # a new table starts: its first row is the header
            heads = [text[s:e] for s, e in cells]
            kinds = {i: OWNER_HEADS[h] for i, h in enumerate(heads) if i and h in OWNER_HEADS}
            if heads and heads[0] in TABLE_HEADS:
                kinds[0] = TABLE_HEADS[heads[0]]
        else:
            for i, (start, end) in enumerate(cells):
                name = text[start:end]
                if i in kinds and not NOT_A_ROW_NAME.fullmatch(name) and 2 <= len(name) <= 20:
                    rows[start, end] = kinds[i]
        previous_end = m.end()
    if not rows:
        return mentions
    at = {(m.start, m.end): m for m in mentions}
    typed = [m for m in mentions if not any(s < m.end and m.start < e for s, e in rows)]
    # 美团 inside the row 美团医保: one name
    for (start, end), row_kind in rows.items():
        known = at.get((start, end))
        name = text[start:end]
        typed.append(Mention(row_kind, known.label if known else name, name, start, end,
                             entity_id=known.entity_id if known else None))
    return sorted(typed, key=attrgetter("start"))


def _without_hosts_of_named(text: str, mentions: list[Mention]) -> list[Mention]:
    """喜马拉雅微信小程序, “闲鱼”支付宝小程序: the ecosystem's name there says where a named
    mini-program runs; it is not the ecosystem spoken of."""
    name_ends = {m.end for m in mentions if m.text not in HOST_FORMS}
    return [m for m in mentions
            if not (m.text in HOST_FORMS and (m.start in name_ends or
                                              text[m.start - 1:m.start] in "”\"」』" and
                                              m.start - 1 in name_ends and m.start > 0))]

