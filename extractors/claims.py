"""Numeric claims: each quantity in the text joined to its subject, metric, kind, period,
modality and source, then repeated statements merged into one claim with several spans.

The assembler walks an article block by block (paragraph, heading, table row), sentence
by sentence, clause by clause. A clause usually reads [time] [topic] [metric] [verb]
[number]; when the topic is dropped (Chinese does that in clause chains), the topic of the
previous clause carries over. Time and source come from the clause, else the sentence,
else the paragraph, else the section heading. Tables are read as row × column.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace

from extractors.alternation import longest_first
from extractors.context import (
    SENTENCE_END,
    Source,
    Span,
    SpanIndex,
    find_attribution,
    find_document_source,
    is_comparison_date,
    is_forecast,
    may_attribute,
    split_spans,
)
from extractors.dates import BASE_WORDS, DateMention, is_dateline, period_bounds
from extractors.numbers import (
    MEASURE_UNITS,
    NOT_A_COMPARATOR_AFTER,
    Quantity,
    find_quantities,
    has_quantity,
)
from extractors.records import Claim, Evidence, Mention

CHANGE_VERBS = ("同比增长", "同比增加", "同比提升", "同比上涨", "同比下降", "同比减少",
                "环比增长", "环比下降", "增长", "增加", "提升", "提高", "上涨", "上升",
                "增长了", "增幅", "增速", "扩大", "翻", "下降", "减少", "降低", "下滑",
                "下跌", "压缩", "缩减", "缩小", "降", "增", "涨", "高出", "多出", "同比",
                "环比")
DECREASE_VERBS = ("下降", "减少", "降低", "下滑", "下跌", "压缩", "缩减", "缩小", "缩短", "回落",
                  "放缓", "收窄", "萎缩", "降", "跌", "下调", "下浮", "压低", "拉低", "削减",
                  "降幅")
FROM_TO = re.compile(r"从\s*[^，。；]*?(?:提升|提高|增长|增加|上升|下降|降低|减少|增至|降至|到|至)")
LEADING_NOISE = re.compile(
    r"^(?:[\s“”\"'（）()•·]|-\s|其中|同时|此外|另外|而且|并且|而|且|但|则|也|已|还|均|都|并|"
    r"本季度|本季|当季|本月|当月|本年度|当年|报告期内|期内|以来|届时|同期|"
    r"与此同时|以及|及(?!时)|和|与|目前|如今|当前|现在|截至|截止|截止到|到(?![店家])|"
    r"在(?![线校读职岗])|于|从|对于|至于|"
    r"数据显示|调研显示|调查显示|研究显示|监测显示|显示|统计|报告指出|指出|表示|可见|例如|比如|如|这也意味着|意味着|"
    r"其(?![他它])|该|这些|这一|通过|借助|依托|时(?![效间长尚代段刻速薪装])|期间|了|预计|预测|预期|有望|计划|或将|将|未来|"
    r"相较于|相较|相比|比起|对比|较|的|这个数字|这一数字|该数字|这一比例|这个比例)+")
TRAILING_NOISE = re.compile(
    r"(?:[\s“”\"'：:（(]|的|之|则|也|已经|已|还|(?<![平人日月年户单场])均|都|就|将|"
    r"(?<![品协学公社大商机员览])会|可|正|在|达|为|是|有|"
    r"整体|累计|分别|同比|环比|共|总共|合计|稳步|稳定|持续|迅速|快速|实现|达到|了|"
    r"降至|增至|升至|提升至|提高至|增长至|下降至|目前|如今|当前|现在|此前|通常|一般|"
    r"控制|保持|维持|有望|预计|或将|可能|一度|首次|(?<![预签履合节制])约|计划|打算|"
    r"当季|当月|本季度|本季|当年|全年|今年|去年|(?<=平台)上)+$")
HEADING_DATE_KINDS = ("explicit",)
FEE_AFTER = re.compile(r"\s*的\s*((?:技术|平台)?(?:服务费|佣金|抽成|手续费|分成|费率|利率|提成))")
PRICE_PER = re.compile(r"每(?:小时|天|日|月|年|单|笔|件|人|位|次|亩|平方米|公里|千瓦时|台|辆|"
                       r"间)\s*$")
"""每小时(6.8元): the unit a price is per, between the verb and the number."""
PRICE_VERB = re.compile(r"(?:大约|约|大多|多|普遍|一般|通常)?(?:为|在|是|达到|达)?\s*$")
FEE_BEFORE = re.compile(r"(抽成|分成|佣金|提成|扣点)(?:比例|率)?[^，,。；\d占]{0,4}$")
CONSUMERS_AFTER = re.compile(r"\s*(大学生|学生|用户|消费者|买家|顾客|乘客|游客|旅客|患者|家长|车主|"
                             r"玩家|读者|观众|听众|来访者|会员)")
"""(320万名)大学生, (12万名)乘客: people who use a product, counted by 名 or 位 like staff."""
SURVEYED = re.compile(r"[^，,。；\d]{1,12}?的(?:问卷|抽样|在线|线上|电话)?"
                      r"(?:调研|调查|访谈|访问|问卷)")
"""(对3000名)家长的调研: the people a survey asked."""
_METRIC_UNIT_FALLBACK = {"人": "users", "名": "count", "位": "count", "次": "usage_count",
                         "人次": "usage_count", "单": "orders", "笔": "orders"}


@dataclass
class ArticleContext:
    """What the assembler needs to know about one article."""

    text: str
    blocks: Sequence[tuple[int, int]]
    headings: Sequence[tuple[int, int]]
    entities: Sequence[Mention]
    dates: Sequence[DateMention]
    metric_forms: dict[str, str]
    """Surface form → metric key, strong and hidden forms alike."""
    metric_pattern: re.Pattern
    """Strong metric forms (labels and aliases)."""
    hidden_pattern: re.Pattern
    """Generic nouns that name a metric only beside a number."""
    word_info: Callable[[str], tuple[int, str] | None] = lambda word: None
    """The segmenter dictionary's (frequency, part of speech) of a word, or None."""
    _heading_period: dict[int, str | None] = field(default_factory=dict)
    _usable_dates: SpanIndex[DateMention] | None = None
    _topics: dict[tuple[int, int], str] = field(default_factory=dict)
    _speakers: dict[str, str] | None = None
    entity_index: SpanIndex[Mention] = field(init=False, repr=False)
    date_index: SpanIndex[DateMention] = field(init=False, repr=False)
    entity_by_name: dict[str, Mention] = field(init=False, repr=False)
    """The first entity with this label or text."""
    in_name_or_date: set[int] = field(init=False, repr=False)
    """The offsets of the characters inside an entity or a date."""
    date_ends: set[int] = field(init=False, repr=False)
    """The end offsets of the dates."""

    def __post_init__(self) -> None:
        self.entity_index = SpanIndex(self.entities)
        self.date_index = SpanIndex(self.dates)
        self.entity_by_name = {}
        for m in self.entities:
            self.entity_by_name.setdefault(m.label, m)
            self.entity_by_name.setdefault(m.text, m)
        self.in_name_or_date = {i for m in (*self.entities, *self.dates)
                                for i in range(m.start, m.end)}
        self.date_ends = {d.end for d in self.dates}


def metric_pattern(forms: dict[str, str]) -> re.Pattern:
    """Longest-first alternation of metric surface forms (Latin forms on word boundaries)."""
    return longest_first(forms, latin="A-Za-z", boundary="A-Za-z")


@dataclass
class _Frame:
    """What carries from clause to clause inside a paragraph."""

    subject: str | None = None
    paragraph_subject: str | None = None
    attribution: str | None = None
    period: str | None = None
    metric: str | None = None
    metric_label: str | None = None
    unit: str | None = None
    subject_end: int = 0
    """Where the claim that set `subject` ends."""
    forecast_period: str | None = None
    """The year a forecast of the paragraph named (预计到2026年), for its later forecasts."""
    paragraph_metric: tuple[str, str | None] | None = None
    """The (key, label) of the paragraph's last claim, for 这个数字 in a later sentence."""
    metric_before_semicolon: tuple[str | None, str | None, str | None] | None = None
    """(key, label, unit) of the measure the sentence before "；" ended with: a clause that
    names only another topic repeats it (…月活约为2.6亿；腾讯新闻约为1.9亿)."""
    last_period: str | None = None
    """The period of the paragraph's last claim, for a later 同期."""
    earlier_firm: str | None = None
    """The named entity an earlier paragraph was last about: whose figures a paragraph that
    names nobody states (费用端，三季度销售及营销开支为…)."""
    last_event: str | None = None
    """The paragraph's last day or holiday span (2026年2月14日情人节, 五一假期（5月1日至5日）), for
    a later 当天 or 假期."""


RANGE_PARTNER = re.compile(r"\s*[-~～至到—–]\s*[\d.]+\s*[万亿千百]*\s*")
THRESHOLD_TAIL = re.compile(
    r"\s*(?:以上|以下|之间|以内)?的\s*([“\"「]?[\u4e00-\u9fffA-Za-z]{2,12}?[”\"」]?)"
    r"(?=[有占达为是约近超，,。；了数均在中共仅只]|$)")


THRESHOLD_WORD = re.compile(r"以上|以下|之间|以内")
PREDICATE_VERB = re.compile(r"是|成为|作为")
QUALIFIER_END = re.compile(r"(年|月|日|周|季|人均|日均|月均|单日|单月|总|累计)$")
QUOTES = re.compile(r"[“”\"「」]")


def _threshold_group(ctx: ArticleContext, q: Quantity, metric_match: re.Match | None,
                     clause: Span) -> str | None:
    """月活过亿的“超级小程序”, 门店数在100家以下的区域连锁: a metric and a threshold that
    qualify a noun name a group; the group, not the metric's owner, is the subject."""
    after = RANGE_PARTNER.match(ctx.text, q.end)
    rest = after.end() if after else q.end
    if metric_match is None or q.comparator == "eq" and not THRESHOLD_WORD.search(
            ctx.text[rest:rest + 3]) or CHANGE_AFTER.match(ctx.text, q.end) or \
            q.unit == "percent" and FEE_AFTER.match(ctx.text, q.end):
        return None  # (交易额实现了)5%左右的增长, (要支付)约18%的平台抽成: the change or the
        # fee the number is, not a group
    tail = THRESHOLD_TAIL.match(ctx.text, after.end() if after else q.end, clause.end)
    if not tail or tail.group(1) in SIZE_WORDS or \
            PREDICATE_VERB.search(ctx.text[clause.start:metric_match.start()]):
        return None  # 是个…月活突破8亿量级的超级流量池: a predicate, not a group
    start = metric_match.start()
    lead = QUALIFIER_END.search(ctx.text[clause.start:start])
    if lead and not ctx.date_index.containing(start - len(lead.group(1)), start):
        start -= len(lead.group(1))  # 年GMV…: the qualifier's own leading word (not the
        # end of a date: 2024年|月活跃用户…)
    return QUOTES.sub("", ctx.text[start:tail.end(1)])


CAUSATIVE_LEAD = re.compile(
    r"^(?:但|而|正是|也)*(?:让|使(?![用得])|帮助|助力|推动|促使|令)(.{2,})$")
LIST_END = re.compile(r"[、，,]$")


def _after_causative(piece: str) -> str:
    """让瑞幸 → 瑞幸, 帮助商家 → 商家: after a causative verb comes the topic."""
    m = CAUSATIVE_LEAD.match(piece)
    return m.group(1) if m else piece


def _is_topic_phrase(phrase: str) -> bool:
    """A phrase that can name what a number is about: no verb, no other number in it, not
    a place in something (微信用户中), not a pronoun."""
    return (len(phrase) >= 2 and not VERBISH.search(phrase)
            and not LIST_END.search(phrase) and not has_quantity(phrase)
            and not phrase.endswith(("中", "里", "内", "看", "来看", "而言", "来说"))
            and phrase not in PRONOUNS and phrase not in BASELINES and phrase not in TIME_WORDS
            and not WHEN_NOUN.fullmatch(phrase))


LEADING_HOLIDAY = re.compile(r"^\s*(?:(?:今年|去年|明年)?(?:春节|国庆|五一|劳动节|清明|端午|中秋|"
                             r"元旦|暑期|暑假|寒假|节假日|黄金周|小长假|长假|假期)"
                             r"(?:假期|黄金周|长假|期间|当天|前后)?|当天|当日|同日)"
                             r"(?=[\u4e00-\u9fffA-Za-z“]{2})")
"""假期(飞猪上的…), 当天(美团闪购的…): the holiday or day the clause opens with says when, not
what."""
TIME_WORDS = {"全年", "全年度", "年内", "当年", "同年", "全天", "当天", "当日", "期间", "此时"}
"""When, not what: 全年(通过小程序完成的交易额) leaves the topic to the clauses before."""
WHEN_NOUN = re.compile(r"(?:今年|去年|明年)?(?:春节|国庆|五一|劳动节|清明|端午|中秋|元旦|暑期|"
                       r"暑假|寒假|节假日|黄金周|小长假|长假|假期)(?:假期|黄金周|长假|期间|当天|前后)?|"
                       r"(?:早|午|晚)高峰(?:期|时段)?|高峰期|夜间|午间|凌晨|周末|"
                       r"[“\"]?(?:[\u4e00-\u9fff]{1,4}节|双11|双十一|双12|618|大促)[”\"]?"
                       r"(?:期间|当天|大促)?")
"""(今年)春节假期(，平台同时在线人数…), 午高峰(订单量), “农货节”期间: a holiday, a shopping
festival or a time of day says when, like a date, not what."""


BASELINES = {"同期", "去年同期", "上年同期", "同比", "环比", "此前", "之前", "以前", "过去", "平日",
             "日常"}
"""较(2022年)同期减少了60个: what a figure is compared with, never what it is about."""


PRONOUNS = {"他们", "它们", "她们", "其", "该公司", "该品牌", "这家公司", "这家企业", "公司",
            "我们", "旗下", "对方", "后者", "前者", "双方"}


SOURCE_LEAD_IN = re.compile(r"(?:据|根据)[^，]*?(?:统计|显示|数据|披露|了解|得知)")
BOOK_TITLE = re.compile(r"《[^》]*》")
_PART_OF_DAY = r"(?:次日|凌晨|早上|上午|中午|下午|晚上|晚)?"
HOURS = re.compile(r"[（(]?\d{1,2}(?:点|时)半?\s*(?:至|到|-|—|~)\s*"
                   + _PART_OF_DAY + r"\d{1,2}(?:点|时)半?[)）]?")


def _tidy(phrase: str) -> str:
    """The phrase without leading and trailing function words, in up to three rounds (a
    round that changes nothing ends it: the next would change nothing either)."""
    phrase = phrase.strip()
    for _ in range(3):
        before = phrase
        phrase = LEADING_NOISE.sub("", phrase).strip()
        phrase = TRAILING_NOISE.sub("", phrase).strip()
        if phrase == before:
            break
    compared = COMPARISON_TAIL.search(phrase)
    if compared and compared.start() >= 2:
        phrase = TRAILING_NOISE.sub("", phrase[:compared.start()]).strip()  # 履约率比电话预约高出
    conceded = CONCESSIVE.search(phrase)
    if conceded and conceded.start() >= 2:
        phrase = phrase[:conceded.start()]  # 斑马智行虽然(装机量最大，但其中…): the topic
    return _balance_quotes(phrase)


CONCESSIVE = re.compile(r"(?:虽然|虽|尽管)")


COMPARISON_TAIL = re.compile(r"(?<![同环])(?:比|较)[^，,。；比较]{1,10}?"
                             r"(?:高出?|低|多|少|贵|便宜|快|慢|(?<![增成])长|短)了?$")
"""(这类订单的平均价格)比普通快车低(15%): what it is compared with is no part of the topic."""


def _balance_quotes(phrase: str) -> str:
    """“菜鸟裹裹”小程序, not 菜鸟裹裹”小程序: the edges of a phrase cut inside a quotation get
    their mark back (中国“先用后付 → 中国“先用后付”)."""
    first_open, first_close = phrase.find("“"), phrase.find("”")
    if first_close != -1 and (first_open == -1 or first_close < first_open):
        phrase = "“" + phrase
    if phrase.rfind("“") > phrase.rfind("”"):
        phrase += "”"
    return phrase


def _strip_phrase(phrase: str, dates: SpanIndex[DateMention], offset: int) -> str:
    """The topic inside a phrase: dates cut it into pieces (X在2021年… / 2021年，X…) and the
    first piece that reads as a topic wins; attribution lead-ins and function words go."""
    limit = offset + len(phrase)  # the phrase only shrinks: no date past it can qualify
    for d in sorted(dates.within(offset, limit), key=lambda d: -d.start):
        if d.end <= offset + len(phrase):
            phrase = phrase[:d.start - offset] + "\x00" + phrase[d.end - offset:]
    phrase = SOURCE_LEAD_IN.sub("\x00", phrase)
    phrase = HOURS.sub("", phrase)  # 夜间(22点至次日2点)的订单: when in the day, not what
    phrase = BOOK_TITLE.sub(lambda m: m.group(0) if len(m.group(0)) < 14 else "\x00",
                    phrase)
    pieces = [_after_causative(_tidy(LEADING_HOLIDAY.sub("", p))) for p in phrase.split("\x00")]
    pieces = [p for p in pieces if p]
    return next((p for p in pieces if _is_topic_phrase(p)), pieces[0] if pieces else "")


def _topic_of(ctx: ArticleContext, start: int, end: int) -> str:
    """_strip_phrase of text[start:end], worked out once per span and article: the subject
    search reads the same stretch of a clause several times."""
    key = (start, end)
    if key not in ctx._topics:
        ctx._topics[key] = _strip_phrase(ctx.text[start:end], ctx.date_index, start)
    return ctx._topics[key]


def _find_metric(ctx: ArticleContext, start: int, end: int) -> list[re.Match]:
    return list(ctx.metric_pattern.finditer(ctx.text, start, end))


CHANGE_TAIL = re.compile(
    r"(?:(?:同比|环比)?(?:增长|增加|提升|提高|上涨|上升|扩大|下降|减少|降低|下滑|下跌|压缩|缩减|"
    r"缩小|缩短|延长|回落|放缓|收窄|萎缩|高出|多出|下调|上调|下浮|上浮|压低|拉低|削减|拉高|抬高|"
    r"增|(?<!起)降|涨|跌|翻)了?(?:达到?|高达|为|近|约|超)?|同比|环比|"
    r"(?:涨幅|增幅|降幅)(?:可能|或将|或|将|预计|有望)?(?:为|达到?|超过|不超过|不会超过|约|不到|不足|"
    r"低于|高于|在)?)\s*$")
RELATIVE_TAIL = re.compile(r"(?:(?:较|比|相比|相较)[^，,。]{0,14}|"
                           r"(?:也|还|则|都|均)?(?=[高低多少短长]了))"
                           r"(?P<verb>高|低|多|少|快|慢|短|长|增|降|提升|提高|便宜|贵)(?:出|了)*\s*$")
"""比App短了(一半左右), (差评率)也低了(约一半): a difference from something else."""
LOWER_THAN = ("低", "少", "慢", "降", "短", "便宜")
"""The verbs of `RELATIVE_TAIL` that make the difference negative (比其他平台低5个百分点)."""
ADJACENT = re.compile(r"\s*(?:也|已|已经|则|就|共|合计|累计|分别|将|有望|预计|或将|可能|会|通常|"
                      r"一般|普遍|在)*"
                      r"(?:(?:提升|提高|增长|增加|下降|降低|回落|升|增|降)(?:至|到))?"
                      r"(?:实现|完成|达到了?|达|为|是|约|近|接近|超过|突破|超|逾|高达|不到|不足|有|了)*\s*")
"""What may stand between a generic metric noun and its number (收入为, 收入达到了, 收入将接近,
份额将提升至)."""
RATIO_WORDS = re.compile(r"(?:市盈率|市销率|市净率|倍数|杠杆率?)[^，,。]{0,4}$")
LEVEL_TAIL = re.compile(r"(?:增至|降至|提升至|提高至|增长至|增长到|提升到|提高到|降到|到了|至)\s*$")
VERBISH = re.compile(
    r"通过|实现|沉淀|带动|培养|累计|积累|开放|收获|获得|分发|签约|支持|使用|开通|吸引|借助|打造|"
    r"提供|推动|促进|认证|完成|创造|拥有|期间|每天|每日|单日|最终|进一步|已经|可达|覆盖|连接|推出|"
    r"上线|发布|迎来|成为|带来|获取|帮助|助力|让|使|把|被|向|(?<![竞面针相绝])对(?![手象比标话决])|"
    r"在(?![线校读职岗])|占|变成|变为|告诉|透露|接入|已(?!婚)|发生|(?<=.)来自|(?<=.)源自|(?<=.)(?:成立|创立|创办)于|"
    r"\d+\s*[年天月]|[一二两三四五六七八九十]+(?:年|个月|天|周)半?")
_NEAR = "(?<![{}])近".format("".join(sorted(NOT_A_COMPARATOR_AFTER["近"])))
_ABOUT = "(?<![{}])约".format("".join(sorted(NOT_A_COMPARATOR_AFTER["约"])))
VERB_TAIL = re.compile(
    rf"(?:最多|最少|共|总共|累计|已经|已|均|都|也|则)*(?:同比|环比)?(?:达到了?|达|为|超过|突破|超|"
    rf"{_NEAR}|{_ABOUT}|是|拥有|共有|有|增至|增长了?|提升了?|提高了?|下降了?|减少了?|增加了?|高达|可达|"
    rf"[高低多少短长]了|"
    rf"(?:{_ABOUT}|{_NEAR})?占(?:了|据)?)?\s*$")
"""The verb and comparator before a number; 约 and 近 only where they are no word's end
(试驾预约超过820万次: 预约 is what is counted)."""
RATE_METRICS = {"repurchase_rate", "retention_rate", "penetration_rate", "conversion_rate",
                "ctr", "share", "usage_time_share"}
"""Metrics that are ratios: a count or an amount of money is never one of them."""
COUNT_NOUN = re.compile(r"次数|人数|金额|单数|天数")
MONEY_METRICS = {"gmv", "sales", "revenue", "rd_spend", "cost", "aov"}
HEADCOUNT_METRICS = {"users", "mau", "dau", "members", "customers", "count", "orders",
                     "developers", "practitioners", "views", "usage_count"}


def _kind_and_sign(between: str, quantity: Quantity) -> tuple[str, float]:
    """level or change, and -1 for decreases, from the words right before the number."""
    if quantity.unit == "times" and RATIO_WORDS.search(between):
        return "level", 1.0  # 市盈率约15倍: a ratio, not a change
    relative = RELATIVE_TAIL.search(between)
    lower = relative is not None and relative.group("verb") in LOWER_THAN
    if quantity.unit in ("pp", "times"):
        sign = -1.0 if lower or any(v in between[-8:] for v in DECREASE_VERBS) else 1.0
        return "change", sign
    if LEVEL_TAIL.search(between):
        return "level", 1.0
    if CHANGE_TAIL.search(between) or relative:
        tail = between[-8:]
        return "change", -1.0 if lower or any(v in tail for v in DECREASE_VERBS) else 1.0
    return "level", 1.0


DE_GAP = re.compile(r"\s*的?\s*")
CHANGE_AFTER = re.compile(r"\s*(?:左右|以上)?的\s*(?:同比|环比)?"
                          r"(?:正?增长|增幅|涨幅|(下降|下滑|降幅|负增长))")
"""(实现)5%左右的同比增长, 恢复到5%的正增长: a change named after its number."""


def _period_for(ctx: ArticleContext, clause: Span, sentence: Span, frame: _Frame,
                quantity: Quantity, forecast: bool) -> str | None:
    """The clause's time, else the sentence's, else the paragraph's, else the heading's."""
    near = range(quantity.start - 3, quantity.start + 1)  # most numbers have no date there
    attached = [d for d in ctx.date_index.ending(near.start, near.stop)
                if d.value and quantity.unit != "times"
                and DE_GAP.fullmatch(ctx.text[d.end:quantity.start])] \
        if not ctx.date_ends.isdisjoint(near) else []
    if attached:
        return attached[-1].value  # 去年同期的 115 个: the date is the number's own
    usable = _usable_dates(ctx)
    before = [d for d in usable.within(clause.start, quantity.start)
              if not _baseline_before(ctx, d, quantity)]
    if before:
        if NOW.search(ctx.text, max(before[-1].end, quantity.start - 4), quantity.start):
            return None  # 计划在2025年把用户从目前的6.2万人…: now, not the plan's year
        return before[-1].value
    in_sentence = [d for d in usable.starting(sentence.start, quantity.start)
                   if not _baseline_before(ctx, d, quantity)
                   and not (ctx.text[d.start - 1:d.start] in "“\"「"
                            and ctx.text[d.end:d.end + 1] in "”\"」")]
    # (受益于)“双11”: an event named in another clause, not the time of this figure
    if in_sentence:
        if _now_between(ctx, in_sentence[-1].end, quantity):
            return None  # 2月启动公测，目前已有近10万商家开通: now, not February
        return in_sentence[-1].value
    if quantity.classifier in ("人", "名", "位", "家") and SURVEYED.match(ctx.text, quantity.end):
        asked = usable.starting(quantity.end, sentence.end)
        if asked:  # 对5000名车主的调研显示，今年三季度…: the sample of the time surveyed
            return asked[0].value
    if frame.last_period and SAME_PERIOD.search(ctx.text, sentence.start, quantity.start):
        return frame.last_period  # (…“双11”期间…。京东则表示，)同期其…: the time just stated
    if frame.last_event and EVENT_ANAPHOR.search(ctx.text, sentence.start, quantity.start):
        return frame.last_event  # (2月14日情人节…。)当天(…订单超过600万单): that day
    after = [d for d in usable.starting(quantity.end, sentence.end)
             if d.explicit_year and "同期" not in d.text]
    if after and not forecast and not CONTRAST.search(ctx.text, quantity.end, after[0].start) \
            and not NOW.search(ctx.text, clause.start, quantity.start) \
            and not (frame.period and _opens_next_figure(ctx, quantity, after[0], sentence)):
        return after[0].value  # …为279.5亿元（2023年第三季度）: a time named just after
        # (but 目前…超过320万，2024年售出…: now, not the year of the next figure)
    if forecast and FUTURE_SPAN.search(ctx.text, sentence.start, quantity.start):
        return None  # 未来两年…将维持在15%至25%: a span from now, no year of its own
    if forecast and not _now_between(ctx, sentence.start, quantity):
        return frame.forecast_period  # 预计到2026年，…；…有望提升至25%: the plan's year
    if forecast or NOW.search(ctx.text, sentence.start, quantity.start):
        return None  # 目前…: the time of writing, which only a date in the sentence names
    return frame.period


def _opens_next_figure(ctx: ArticleContext, quantity: Quantity, date: DateMention,
                       sentence: Span) -> bool:
    """(…已超过1800万，)2026年上半年(…增长了约2.4倍): a time opening a later clause with a
    figure of its own dates that figure; the one before it keeps the paragraph's time, where
    the paragraph has one."""
    between = ctx.text[quantity.end:date.start]
    if not CLAUSE_BREAK.search(between) or has_quantity(between):
        return False
    rest = CLAUSE_BREAK.search(ctx.text, date.end, sentence.end)
    return has_quantity(ctx.text[date.end:rest.start() if rest else sentence.end])


CLAUSE_BREAK = re.compile(r"[，,；;]")
NOW = re.compile(r"目前|当前|如今|现在|眼下")
EVENT_ANAPHOR = re.compile(r"当天|当日|同日|这一天|(?<![节暑寒长])假期")
"""当天, 假期(期间) with no date of their own: the day or holiday the paragraph named."""
EVENT_NEAR = re.compile(r"节|假期|黄金周|长假|当天|当日")
SAME_PERIOD = re.compile(r"(?:^|[，,\s])同期(?!相比|比|的|水平|增长|下降)")
"""同期 opening a clause without a year: the period of the figure stated just before."""
FUTURE_SPAN = re.compile(r"(?:未来|今后)\s*(?:[一二两三四五六七八九十\d]+|几|数)\s*年")


def _now_between(ctx: ArticleContext, start: int, quantity: Quantity) -> bool:
    """目前 between a time and the figure makes the figure today's, unless it dates the
    starting point of a change to this figure (到2027年…将从目前的不足15%提升至25%: 目前 is the
    15%'s time; the 25% keeps 2027)."""
    for now in NOW.finditer(ctx.text, start, quantity.start):
        if not (ctx.text[now.start() - 1:now.start()] in ("从", "由") and
                has_quantity(ctx.text[now.end():quantity.start])):
            return True
    return False
CONTRAST = re.compile(r"[，,]\s*(?:而|但|相比之下|相较之下|对比之下)")
"""31%，而2023年这一比例仅为12%: the time after the contrast is the other figure's."""


def _baseline_before(ctx: ArticleContext, date: DateMention, quantity: Quantity) -> bool:
    """由去年同期的19.3%下降至17.6%, 从2022年的38%提升至52%: the date belongs to the figure
    between it and this one, the starting point this figure is compared with; it is not
    this figure's time."""
    if "同期" not in date.text and not (
            ctx.text[date.start - 1:date.start] in ("从", "由")
            and OWN_NUMBER.match(ctx.text, date.end)):
        return False
    return has_quantity(ctx.text[date.end:quantity.start])


OWN_NUMBER = re.compile(r"\s*的?\s*(?:约|近|超过|不到)?\s*[\d.零一二两三四五六七八九十]")
"""从2022年的38%: a number right after the date is the date's own."""


def _usable_dates(ctx: ArticleContext) -> SpanIndex[DateMention]:
    """The dates that can be a period (not a comparison's baseline), once per article."""
    if ctx._usable_dates is None:
        ctx._usable_dates = SpanIndex([d for d in ctx.dates if d.value and
                                       not is_comparison_date(ctx.text, d.start, d.end) and
                                       not FOUNDED_BEFORE.search(ctx.text, max(0, d.start - 6),
                                                               d.start) and
                                       not FOUNDED_AFTER.match(ctx.text, d.end)])
    return ctx._usable_dates


FOUNDED_BEFORE = re.compile(r"(?:成立|创立|创办|创建|诞生)于\s*$")
FOUNDED_AFTER = re.compile(r"\s*(?:成立|创立|创办|创建)")
"""X成立于2022年, 2019年创立的X: when a firm began, not the time of the figures after it."""


def _heading_period(ctx: ArticleContext, block_start: int) -> str | None:
    """The time the nearest section heading above the block names, if any."""
    above = [h for h in ctx.headings if h[1] <= block_start]
    if not above:
        return None
    h = above[-1]
    if h not in ctx._heading_period:
        dates = [d for d in ctx.date_index.starting(h[0], h[1]) if d.value and d.explicit_year]
        dated = dates and not is_dateline(ctx.text[h[0]:h[1]])
        ctx._heading_period[h] = dates[0].value if dated else None
    return ctx._heading_period[h]


def _entities_in(ctx: ArticleContext, start: int, end: int) -> list[Mention]:
    return ctx.entity_index.within(start, end)


RANGE_START = re.compile(r"\s*(?:在|为|达到?|约)?\s*[\d.]+\s*[万亿千百]*\s*(?:元|个|家|人|%|％)?"
                         r"\s*[-~～至到—–]\s*")
"""月活在100万至(500万): the range's first end stands between the metric and its second end."""
COUNTED_GAP = re.compile(r"[个家款场项名位次张条的]?[\u4e00-\u9fff]{0,2}?")
OTHER_NUMBER = re.compile(r"\d[\d.]*\s*(?:%|％|万|亿|千|百|元|个|家|倍|人)")


def _right_metric(ctx: ArticleContext, quantity: Quantity, clause: Span,
                  pattern: re.Pattern) -> re.Match | None:
    """A metric noun right after the number: 2.2亿+用户, 近5万个活跃社群, 近3亿的GMV."""
    window_end = min(clause.end, quantity.end + 8)
    m = pattern.search(ctx.text, quantity.end, window_end)
    if m and _inside_entity(ctx, m.start(), m.end()):
        return None
    if m and quantity.classifier == "次" and \
            ctx.metric_forms.get(m.group(0)) in PEOPLE_METRICS | RATE_METRICS:
        return None  # 每周运动3次以上的用户: how often each of them does it, no count of them
    if m and COUNTED_GAP.fullmatch(ctx.text[quantity.end:m.start()]):
        return m
    return None


NOT_PEOPLE_CLASSIFIERS = {"次", "个", "台", "辆", "部", "件", "张", "条", "座", "所", "间", "款",
                          "项", "场", "笔", "单"}
"""(约47%的用户会比较)3个以上(平台), (用户)月均打开约11次: what these count is never people."""
PEOPLE_METRICS = {"users", "mau", "dau", "members", "customers", "developers", "practitioners"}


def _left_metric(ctx: ArticleContext, start: int, q: Quantity, strong: bool) -> re.Match | None:
    """The metric named before the number (not one that belongs to an earlier number of an
    enumeration); generic nouns only for counts and changes."""
    pattern = ctx.metric_pattern if strong else ctx.hidden_pattern
    compared = COMPARED_SPAN.search(ctx.text, start, q.start)
    found = [m for m in pattern.finditer(ctx.text, start, q.start)
             if not _inside_entity(ctx, m.start(), m.end())
             and not (q.classifier in NOT_PEOPLE_CLASSIFIERS and
                      ctx.metric_forms.get(m.group(0)) in PEOPLE_METRICS)
             and not PER_UNIT.search(ctx.text, max(start, m.start() - 2), m.start())
             and not (compared and compared.start() <= m.start() < compared.end())]
    if not found or ("、" in ctx.text[found[-1].end():q.start]
                     and "分别" not in ctx.text[found[-1].end():q.start]):
        return None
    if q.unit == "times":
        baseline = BASELINE_OF.search(ctx.text, start, q.start)
        if baseline:  # 增速是平台订单的2倍: 订单 is what it is compared with
            found = [m for m in found if m.start() < baseline.start()]
            if not found:
                return None
    between = ctx.text[found[-1].end():q.start]
    if OTHER_NUMBER.search(between) and "分别" not in between and \
            not FROM_WORD.search(between) and not RANGE_START.fullmatch(between) and \
            not CHANGE_THEN_LEVEL.search(between):
        return None  # DAU在10万以上的不到2000个: the metric belongs to the other number
    if not strong and q.unit != "count" and not CHANGE_TAIL.search(between) and \
            not ADJACENT.fullmatch(between) and "分别" not in between and \
            not (q.unit == "percent" and CHANGE_AFTER.match(ctx.text, q.end)):
        return None  # (收入分别为10亿元和)12亿元: the noun before 分别 governs the list
    return found[-1]


FROM_WORD = re.compile(r"从|由")
COMPARED_SPAN = re.compile(r"(?:比|较|相比|相较于?)[^，,。\d]{1,12}?"
                           r"(?=高出|低于|多出|少了|高了|低了|高|低|多|少|快|慢)")
"""比一线城市(高出约5个百分点): what the figure is compared with holds no metric of its own."""
PER_UNIT = re.compile(r"每[个位名家]?$")
"""每个用户4.5元: what the figure is divided by, not what it measures."""
CHANGE_THEN_LEVEL = re.compile(r"(?:增长|下降|提升|降低|增加|减少|上涨|下滑)了?\s*[\d.]+\s*"
                               r"(?:%|％|个百分点)\s*(?:至|到)\s*$")
"""营收同比增长12.3%至(45.6亿元): the metric's new level after its change."""
SIZE_WORDS = {"体量", "数量", "个数", "家数", "总数", "总量", "规模"}
"""Hidden count labels that say only how many: a metric noun before the number wins."""


def _find_metric_match(ctx: ArticleContext, q: Quantity, clause: Span):
    """(match, on_the_right) in order of trust: a named metric before the number, one right
    after it, then generic nouns before and after."""
    left = _left_metric(ctx, clause.start, q, strong=True)
    if left:
        return left, False
    right = _right_metric(ctx, q, clause, ctx.metric_pattern)
    if right:
        return right, True
    right = _right_metric(ctx, q, clause, ctx.hidden_pattern)
    if right and right.group(0) in SIZE_WORDS:
        left = _left_metric(ctx, clause.start, q, strong=False)
        if left:
            return left, False  # 私域用户已经是5000万+的体量: 体量 only says "that many"
    if right and right.start() - q.end <= 1:
        return right, True  # 沉淀了约一千二百万用户: the noun the number counts
    left = _left_metric(ctx, clause.start, q, strong=False)
    if left:
        return left, False
    return (right, True) if right else (None, False)


def _inside_entity(ctx: ArticleContext, start: int, end: int) -> bool:
    """企业 inside 企业微信 is part of a name, not the metric 企业 (a count)."""
    return any((e.start, e.end) != (start, end) for e in ctx.entity_index.containing(start, end))


NOUN = re.compile(r"[\u4e00-\u9fffA-Za-z]{1,6}")
BARE_SHARES = {"占比", "比例", "比重", "份额"}
"""A share named without what it is a share of: the paragraph's share metric."""
AVERAGE = re.compile(r"平均|均价|每单|单均")
SOLD = re.compile(r"(?:售出|卖出|出售|销售出)了?[^，,。\d]{0,6}$")
PER_HEAD = re.compile(r"(?:人均|单店|店均|户均|每人|每家|每店|每位)")
"""How many things each person, store or household has or handles: an average, no count."""
SERVED_CLIENTS = re.compile(r"服务(?:的|了)?[^，,。；\d]{0,6}?"
                            r"((?:工厂|运营商|高校|学校|医院|企业|业主|客户)(?:数量|数)?)"
                            r"[^，,。；\d的]{0,4}$")
"""服务的中小运营商, 服务长三角约6000家中小工厂, 服务的高校: the organisations or households a
business serves, counted: its customers (商家 and 服务商 stay `count`, GUIDELINES)."""
PER_USER = re.compile(r"(?:单用户|每用户|每位用户|单客|每客|单个用户|每单|每笔|单票|每票|单件|"
                      r"每件)$")
PER_PERSON = re.compile(r"(?:平均|人均|户均|年均|月均)[\u4e00-\u9fff]{0,6}$")
PER_OUTLET = re.compile(r"(?:单|每)(?:台|个|家|座|站|根|辆|间)|团队")
"""单台机柜的月均(收入), 这些团队的平均(收入): what each machine, outlet or team earns is
revenue, not a person's income."""
PERSONAL_MONEY = {"收入", "月收入", "年收入", "支出", "开支", "花费"}
"""What a person or household earns or spends on average: no firm's revenue or cost."""
EARNERS_AFTER = re.compile(r"\s*(?:以上|以下|左右)?的[\u4e00-\u9fff]{0,4}?(?:作者|作家|主播|创作者|"
                           r"骑手|司机|师傅|达人|博主|用户|家庭|员工|从业者)")
"""(月收入过万元)的作者, (超过10万元)的头部主播: people grouped by what each earns."""
WORKERS = re.compile(r"的?(?:签约|全职|兼职|认证|入驻|活跃|独立)?(?:的)?"
                     r"(?:[\u4e00-\u9fff]{0,2}师傅|"
                     r"导购|骑手|店员|[\u4e00-\u9fff]{0,3}?(?:司机|驾驶员)|顾问|主播|达人|快递员|配送员|服务人员|"
                     r"摄影师|化妆师|咨询师|营养师|美容师|保洁员|维修工|工人|教练|外教|助教|私教|"
                     r"家政人员|[\u4e00-\u9fff]{0,2}人员|[\u4e00-\u9fff]{0,2}阿姨|[\u4e00-\u9fff]{0,2}买手|团长|博主|讲师|设计师|医生|医师|药师|"
                     r"护士|教师|老师|律师|厨师|技师|猎头|编剧|演员|音乐人|创作者|作者|作家|写手|工程师|程序员)")
"""People a business counts as its workforce, not its users: a count of them."""
POPULATION = re.compile(r"(?:规模|人口|总数|总量)\s*(?:约为|约|为|达到?|超过|近|接近|突破|不足)*"
                        r"\s*$")
"""A population counted in 人 (大学生规模, 租房人口): the people there are, not a product's
users."""
PRACTITIONERS = re.compile(r"(?:从业(?:者|人员|人数|[\u4e00-\u9fff]{0,2}?(?:主播|人员|者))|"
                           r"从事[\u4e00-\u9fff]{2,10}?的[“\"]?[\u4e00-\u9fff]{1,4}[”\"]?)"
                           r"[^，,。；\d]{0,4}$")
"""Those working in a trade (从业者, 从业主播, 从事飞防服务的“飞手”), counted right after."""
OWNS = re.compile(r"拥有|共有|运营|开设|建成|布局|建有")


def _owner_listed(ctx: ArticleContext, owner: str, start: int, end: int) -> bool:
    """`owner` (its name or its label) right before an owning verb in text[start:end]: X拥有…"""
    for verb in OWNS.finditer(ctx.text, start, end):
        before = ctx.entity_index.ending(verb.start(), verb.start() + 1)
        if ctx.text.endswith(owner, start, verb.start()) or \
                any(m.label == owner and m.end == verb.start() for m in before):
            return True
    return False


OWNED_ITEM = re.compile(r"\s*[\u4e00-\u9fff]{2,8}?(?:约|近|超过|逾|达)?\s*")
"""转运中心99个: a bare noun and its count, one item of a list of what a firm owns."""
OWNER_DE = re.compile(r"[\s，,]*[\u4e00-\u9fffA-Za-z]{2,10}的")
SIGNED = ("签约", "入驻", "认证", "全职", "兼职")
SIGNED_BY = re.compile(r"[\s，,]*[\u4e00-\u9fffA-Za-z]{2,10}")
"""平台|签约(作者): who signs the workers, named right before the word that says so: theirs."""
PAID_TO = re.compile(r"(?:向|给|为)[^，,。；\d]{1,10}?(?:支付|发放|结算|派发)的[^，,。；\d]{1,10}")
"""(平台)向作者支付的稿酬: money the topic pays out to others, a cost of its own."""
SUM_TAIL = re.compile(r"(?:合计|共计|总计|累计|总额|金额)?" + VERB_TAIL.pattern)
"""合计约为: the words between what was paid and its amount, no part of the measure's label."""
NOT_USE = re.compile(r"[\u4e00-\u9fff]{0,2}(?:流量|曝光|展示|下载|推荐|分发)")
NOT_USE_BEFORE = re.compile(r"(?:(?:问诊|复诊|咨询|下载|询价|竞价)量?|每(?:辆|台|部|件|场)"
                            r"[\u4e00-\u9fff]{0,6}?|(?:消费|购买|购物|下单|玩|运动)(?:频次|次数)?)"
                            r"[^，,。；\d]{0,6}$")
"""What is counted in 次 before the figure is not a use of a product: consultations held,
downloads, enquiries, how often each car or item is bid on, or how often people buy or play
(每周在自助售货机消费2次以上, 每月玩2次以上)."""
STAFF = re.compile(r"(?:的)?(?:小|核心|研发|运营)?(?:团队|员工|职员|工作人员|雇员)|"
                   r"的[\u4e00-\u9fff]{0,6}?(?:公司|工作室|企业|团队)(?![\u4e00-\u9fff])")
"""People who work somewhere are counted as staff (other), not as users."""


def _noun_after(ctx: ArticleContext, quantity: Quantity, clause: Span) -> str:
    m = NOUN.match(ctx.text[quantity.end:clause.end])
    if not m:
        return ""
    noun, end = m.group(0), quantity.end + m.end()
    if len(noun) == 6 and end < clause.end and ctx.word_info(ctx.text[end - 1:end + 1]):
        noun += ctx.text[end]  # 360家网约车平台公|司: not a word cut in two
    return noun


QUALIFIED_NOUN = re.compile(r"的[“\"「]?[\u4e00-\u9fffA-Za-z]{2,}")
FROM_BASELINE = re.compile(r"\s*(?:从|由)[^\d，,。；]*的")
"""成本从上线初期的(每个用户4.5元): where the figure starts from, not a group."""
TARGET_OF = re.compile(r"\s*的(?:目标|目标值|总额|总量|峰值|规模)"
                       r"(?:是|为|定为|设定为|同比|环比|达到?|超过|突破|增长|下降|约|近)")
"""GMV的目标是20亿元, 变现的规模同比增长: the noun after 的 is the metric's own value, not a
group it qualifies."""
RATE_SUFFIX = re.compile(r"[\u4e00-\u9fff]{0,6}率")
WORD_BEFORE_BRACKET = re.compile(r"([\u4e00-\u9fffA-Za-z]{2,8})[（(]$")
CONTINUES_METRIC = re.compile(
    r"\s*(?:预计|预期|有望|或将|将)?\s*(?:(?:(?:19|20)\d{2}\s*|今|明|全)年(?:底|末)?)?\s*"
    r"(?:将|有望|或将)?\s*"
    r"(?:[一二两三四五六七八九十\d]+(?:年|个月|个季度)半?(?:来|内|间)?)?"
    r"(?:同比|环比|较|比|增长|提升|下降|其中|是|为|达到?|突破|超过|增至|升至|降至|约为|"
    r"提升至|增长至|下降至|降幅|增幅|涨幅|(?:明显|略|远)?(?:高于|低于)|平均(?:为|在|达到?|(?=\s*[约近超\d]))|"
    r"恢复[到至]|回升[到至]|保持在|维持在)")
"""A clause that opens with a change or a verb (一年半增长了1.5倍, 达到近百万级, 预计2025年将
达到…) measures what the clause before it did."""
CONVERSION = re.compile(r"约合|折合")
"""(收入183.7亿元，)约合25.8亿美元: the same figure in another currency, of the same metric."""
CONTINUES_BY_PLAN = re.compile(r"\s*(?:预计|预期)?\s*(?:(?:19|20)\d{2}\s*年|今年|明年|全年)"
                               r"(?:底|末)?\s*(?:将|有望|或将|可能|预计将?)\s*")
"""(营收约为6000万元，)今年有望(突破1亿元): only a time and a modal before the number."""
ANAPHOR = re.compile(r"这个数字|这一数字|该数字|这一比例|这个比例|该比例|这一指标|这个指标")
"""到今年6月底，这个数字变成了8000万以上: the figure last named in the paragraph."""
NAMED_RATE = re.compile(r"(?:(?!的)[\u4e00-\u9fff]){1,6}率|"
                        r"[\u4e00-\u9fff]{0,4}(?:满意|活跃|好评|知名|认知|忠诚|美誉)度")
MULTIPLIER = re.compile(r"[万亿千百]")
ABOUT_SHARE = re.compile(r"(?:约|大约|近|将近)占[了据]?$")
ABOUT_TIMES = re.compile(r"(?:约|大约|将近|接近)(?:是|为|相当于)[^，,。；]{0,12}的\s*$")
SHARE_VERB = re.compile(r"(?:占[了据]?|贡献了?)[^，,。]{0,3}$")
PART_NAMED_AFTER = re.compile(r"\s*的\s*[\u4e00-\u9fff“\"]")
"""(时长约为72分钟，其中)约四分之一的阅读(发生在…): a percentage of what follows it is a part
of that, not the minutes' measure carried on."""
PART_OF_WHOLE = re.compile(r"\s*(?:中|当中|之中)[，,]?\s*(?:有|约有)?")
"""GMV中有超过六成来自…: a percentage of the amount named before 中 is a part of it."""
"""占 / 贡献 right before a percentage of a headcount or an amount: the part's share of it."""
DURATION_HEAD = re.compile(r"时长|周期|时间|时效|天数|评分|得分")
DURATION_WORDS = re.compile(r"[\u4e00-\u9fff]{0,4}$")


def _named_duration(text: str, start: int, end: int) -> tuple[int, int] | None:
    """Where the measured time (or rating) is named before its number: the last 时长/周期/时间
    (评分) and up to four characters before it, not across 的 (行业的平均回款周期 →
    平均回款周期)."""
    heads = list(DURATION_HEAD.finditer(text, start, end))
    if not heads:
        return None
    head = heads[-1]
    words = DURATION_WORDS.search(text, max(start, text.rfind("的", start, head.start()) + 1),
                                  head.start())
    return (words.start() if words else head.start()), head.end()


HEAD_NOUN = re.compile(r"([\u4e00-\u9fff]{0,3}?)(时长|占比|比例|比重)")
PART_OF = re.compile(r"的\s*(?:约|近|超过)?$")
FROM_END = re.compile(r"从\s*$")
NUMBER_START = re.compile(r"[\d.]")
GROUP_COUNTED = re.compile(r"的\s*(?:约|近|超过|共)?\s*有?\s*$")
"""(月活跃用户超过10万)的(约有85个): those over the mark, counted."""


def _claim_for(ctx: ArticleContext, q: Quantity, clause: Span, sentence: Span,
               frame: _Frame, forecast: bool, topic_from: int) -> Claim | None:
    text = ctx.text
    if q.comparator == "eq" and ABOUT_SHARE.search(text, max(0, q.start - 3), q.start):
        q = replace(q, comparator="approx")  # 约占15%: 约 qualifies the share across 占
    if q.comparator == "eq" and q.unit == "times" and ABOUT_TIMES.search(text, clause.start,
                                                                          q.start):
        q = replace(q, comparator="approx")  # 约是普通视频的2.3倍: 约 qualifies the ratio
    match, on_right = _find_metric_match(ctx, q, clause)
    anaphor = ANAPHOR.search(text, clause.start, q.start) if frame.paragraph_metric else None
    if anaphor and match and anaphor.start() <= match.start() < anaphor.end():
        match = None  # 这个数字: 个数 inside it is no metric; the anaphor names one
    metric_match = None if on_right else match
    right = match if on_right else None
    between = text[metric_match.end():q.start] if metric_match else ""
    if metric_match and (QUALIFIED_NOUN.search(between) and not TARGET_OF.match(between) and
                         not FROM_BASELINE.match(between) or
                         q.classifier and GROUP_COUNTED.search(between) and
                         has_quantity(between)):
        metric_match = None  # 月活千万级以上的微信小程序…195个, 年销售额过亿元的(120个品牌):
        # the metric only qualifies the group counted
    metric_key = metric_label = None
    if metric_match:
        metric_label = metric_match.group(0)
        metric_key = ctx.metric_forms[metric_label]
        topic_end = metric_match.start()
        share_of = text.rfind("占", clause.start, topic_end)
        if share_of > clause.start + 1 and q.unit == "percent":
            topic_end = share_of  # 夜间的订单占叮叮外卖全天订单的17%: what takes the share
        extra = RATE_SUFFIX.match(between)
        if extra and metric_key not in ("conversion_rate", "ctr", "retention_rate",
                                        "repurchase_rate", "penetration_rate"):
            metric_key, metric_label = "other", metric_label + extra.group(0)
        fee = FEE_AFTER.match(text, q.end) if q.unit == "percent" else None
        if fee and metric_key in HEADCOUNT_METRICS:
            metric_key, metric_label = "other", fee.group(1)  # (订单要支付)约18%的平台抽成:
            # the fee's rate, not a share of the orders
    elif right:
        metric_label = right.group(0)
        metric_key = ctx.metric_forms[metric_label]
        topic_end = q.start
    else:
        between = text[clause.start:q.start]
        per = PRICE_PER.search(between)
        verb = PRICE_VERB.search(between, 0, per.start()) if per else VERB_TAIL.search(between)
        topic_end = clause.start + verb.start() if verb else \
            clause.start + per.start() if per else q.start  # (收费约为)每小时(6.8元)
    if not metric_match:
        between = text[clause.start:q.start]
    if text[q.start - 1:q.start] in "（(" and q.start > clause.start and \
            not CONVERSION.match(text, q.start):
        # 与餐饮（55.3%）、旅游（47.7%）并称: the word before the bracket is the subject
        word = WORD_BEFORE_BRACKET.search(text[clause.start:q.start])
        if word and frame.metric:
            metric_key, metric_label = frame.metric, frame.metric_label
            subject = word.group(1)
            return _make_claim(ctx, q, subject, metric_key, metric_label, "level", 1.0, frame,
                               forecast, clause, sentence, word.start(1) + clause.start, q.end)
    named_before = _metric_of_numberless_clause(ctx, sentence, clause, q) \
        if metric_key is None and not anaphor else None
    if named_before:  # 数码3C类目的客单价最高，(达到1180元): the measure named just before
        metric_label = named_before.group(0)
        metric_key = ctx.metric_forms[metric_label]
    if metric_key is None and frame.metric and CONVERSION.match(text, q.start):
        metric_key, metric_label = frame.metric, frame.metric_label
    if metric_key is None and q.unit == "times" and frame.metric and \
            BASELINE_OF.search(text, clause.start, q.start):
        metric_key, metric_label = frame.metric, frame.metric_label  # (月活…)，约是第二名的2.5倍
    if metric_key is None:
        counted = q.classifier and (
            QUALIFIED_NOUN.search(text, clause.start, q.start) or
            GROUP_COUNTED.search(text, clause.start, q.start) and
            has_quantity(text[clause.start:q.start]))  # (月活超过10万)的(约有85个): those
        if anaphor:
            metric_key, metric_label = frame.paragraph_metric
        elif frame.metric and not counted and not (
                q.unit == "percent" and PART_NAMED_AFTER.match(text, q.end) and
                not CHANGE_AFTER.match(text, q.end) and
                not CHANGE_TAIL.search(text, clause.start, q.start)) and (
                CONTINUES_METRIC.match(text[clause.start:q.start])
                or frame.unit == q.unit and (_parallel(ctx, clause.start, q.start, q) or
                                             CONTINUES_BY_PLAN.fullmatch(text, clause.start,
                                                                         q.start))):
            # 其中…占30%: the list's metric; but 其中(日活超100万)的小程序有1200个 counts those;
            # 抖音的核销率约为65%，快手为58%: a parallel clause keeps the metric
            metric_key, metric_label = frame.metric, frame.metric_label
        elif not frame.metric and frame.metric_before_semicolon and not counted and \
                frame.metric_before_semicolon[0] and frame.metric_before_semicolon[2] == q.unit \
                and _parallel(ctx, clause.start, q.start, q) and \
                not NOT_BARE_TOPIC.search(text, clause.start, q.start):
            metric_key, metric_label = frame.metric_before_semicolon[:2]  # (…；)腾讯新闻约为1.9亿
        elif q.unit in ("percent", "pp"):
            label = _topic_of(ctx, clause.start, topic_end)
            changed = bool(CHANGE_TAIL.search(between) or RELATIVE_TAIL.search(between)
                           or CHANGE_AFTER.match(text, q.end))
            rate = NAMED_RATE.search(text[clause.start:q.start])
            if rate:
                metric_key, label = "other", rate.group(0)  # 核销率, 解决率: a named rate
            elif q.unit == "pp" and frame.metric:
                metric_key, label = frame.metric, frame.metric_label or label
            elif fee_named := FEE_BEFORE.search(text, clause.start, q.start):
                metric_key, label = "other", fee_named.group(1)  # (县城的)点位分成只要(两成):
                # the fee's rate, no part of a whole
            elif FEE_AFTER.match(text, q.end):
                metric_key, label = "other", FEE_AFTER.match(text, q.end).group(1)  # 收取8%的
                # 服务费: a fee's rate, no part of a whole
            else:
                metric_key = "other" if changed else "share"
            metric_label = label or "占比"
        elif q.unit == "count" and not q.classifier and q.comparator == "eq" and \
                not MULTIPLIER.search(q.text):
            return None  # a bare number with nothing it counts is not a claim
        elif q.classifier in ("人", "名", "位") and (
                STAFF.match(text, q.end) or STAFF.search(text, clause.start, q.start)):
            metric_key, metric_label = "other", "团队人数"  # 30多人的小团队: staff, not users
            if not STAFF.match(text, q.end):
                staff = STAFF.search(text, clause.start, q.start)
                topic_end = staff.start() if FIRM_PRONOUN.match(
                    _strip_dates(ctx, clause.start, staff.start())) else clause.start
                # (目前)有员工(400余人): whose staff, said before; 公司目前团队(约有60人)
        elif q.classifier in ("人", "名", "位", None) and q.unit == "count" and (
                q.classifier and WORKERS.match(text, q.end) or
                WORKERS.search(text, clause.start, q.start)):
            worker = q.classifier and WORKERS.match(text, q.end) or \
                WORKERS.search(text, clause.start, q.start)
            metric_key, metric_label = "count", worker.group(0).lstrip("的")  # 3000多名导购
            if worker.end() <= q.start:  # 入驻的全职和签约医生(超过2.2万名): whose, said
                # before; X的活跃猎头(约为15.6万名): X's
                before = _strip_dates(ctx, clause.start, worker.start())
                owner = OWNER_DE.fullmatch(before + worker.group(0)[:1]) and \
                    (ctx.word_info(before.rstrip("的")[-2:]) or (0, ""))[1] not in ("v", "vn") \
                    or SIGNED_BY.fullmatch(before) and worker.group(0).startswith(SIGNED)
                # 平台签约(作者超过120万名): those the platform signs, its own
                topic_end = worker.start() if owner else clause.start
                if not owner and not (frame.subject in ctx.entity_by_name or
                                      frame.paragraph_subject in ctx.entity_by_name) and \
                        _is_topic_phrase(_topic_of(ctx, clause.start, worker.end())):
                    topic_end = worker.end()  # (全国)持证驾驶员(约为780万人): nobody's, the
                    # workers themselves; (平台)入驻的医生: the platform's
        elif q.classifier in ("人", "名", "位") and SURVEYED.match(text, q.end):
            metric_key, metric_label = "users", _noun_after(ctx, q, clause)  # 对3000名家长的
            # 调研: the people asked, a sample of users
        elif q.classifier in ("名", "位") and (consumers := CONSUMERS_AFTER.match(text, q.end)):
            metric_key, metric_label = "users", consumers.group(1)
            # 约有320万名大学生(在闲鱼上完成了首笔交易): people using it, not staff counted
        else:
            metric_key = _METRIC_UNIT_FALLBACK.get(q.classifier or "", "count" if q.classifier
                                                   and q.unit == "count" else "other")
            # 9万斤, 4.5万平方米: a weight or an area measured, not things counted
            if metric_key == "usage_count" and (
                    NOT_USE.match(text, q.end) or
                    NOT_USE_BEFORE.search(text, clause.start, q.start)):
                metric_key = "other"  # 100亿次公域流量, 500万次曝光: times shown, not used;
                # 问诊量(超过45万次), 每辆车被竞价(7.3次): consultations held, bids per car
            if metric_key == "users" and POPULATION.search(text, clause.start, q.start):
                metric_key = "other"  # 在校大学生规模(约为4800万人): a population, no users
            metric_label = _noun_after(ctx, q, clause) if q.classifier else _topic_of(
                ctx, clause.start, topic_end)
    if q.unit == "percent" and not CHANGE_TAIL.search(between) and (
            (metric_key in HEADCOUNT_METRICS and (metric_key != "count" or right or
                                                  not metric_match))
            or (right is not None and metric_key in MONEY_METRICS)
            or (metric_key in HEADCOUNT_METRICS | MONEY_METRICS
                and (SHARE_VERB.search(between) or PART_OF_WHOLE.match(between)))
            or (metric_key == "other" and not metric_match and
                SHARE_VERB.search(text, clause.start, q.start) and
                not NAMED_RATE.search(text, clause.start, q.start))):
        metric_key = "share"  # 约 80.9% 的平均月活用户来自…, 区域连锁占了近四成: a share;
        # (市场规模…，其中)三个品类分别约占31%…: parts of the measure before
    elif q.unit == "percent" and metric_key != "share" and not CHANGE_TAIL.search(between) \
            and COMES_FROM.match(text, q.end):
        metric_key, metric_label = "share", metric_label or "占比"  # (营收…，)其中约15%来自…
    rate_of_change = False  # a 同比增速 of a named metric: its change, whatever the verb
    if metric_match and metric_key == "growth_rate":
        named = list(ctx.metric_pattern.finditer(text, clause.start, metric_match.start()))
        if named and named[-1].end() >= metric_match.start() - 2 and \
                re.search("同比|环比", text[named[-1].end():metric_match.start()]):
            # GMV同比增速 25%: the change of GMV; GMV增速 50% stays a growth_rate level
            metric_key, metric_label = ctx.metric_forms[named[-1].group(0)], \
                named[-1].group(0) + metric_match.group(0)
            rate_of_change = True
    if metric_key in RATE_METRICS and q.unit in ("count", "CNY", "USD") and metric_label:
        # 年均复购次数为5.2次: how often, not a rate; the label keeps the article's words
        counted = COUNT_NOUN.match(text, metric_match.end()) if metric_match else None
        metric_key = "other"
        metric_label = metric_label + (counted.group(0) if counted else "")
    if q.unit == "count" and metric_key in ("count", "users") and \
            PRACTITIONERS.search(text, clause.start, q.start):
        metric_key, metric_label = "practitioners", "从业者"  # 从业主播约为410万人
    if q.unit == "count" and metric_key == "count" and SOLD.search(text, clause.start, q.start):
        metric_key, metric_label = "sales", "销量"  # 累计售出蛋糕超过80万个: units sold
    if q.unit == "count" and metric_key == "count" and \
            PER_HEAD.search(text, clause.start, q.start):
        metric_key = "other"  # 人均持有(线上保单约为2.4份), 单店日均进店车辆: an average for
        # each person or store, not a count of things
    served = SERVED_CLIENTS.search(text, clause.start, q.start) \
        if q.unit == "count" and metric_key == "count" else None
    if served:
        metric_key, metric_label = "customers", served.group(1)  # 服务的中小运营商(约为1.2万
        # 家): the organisations or households it serves, its customers
    if metric_key in ("members", "customers") and q.classifier == "次":
        metric_key = "other"  # 会员月均消费2.6次: how often each one buys, not how many
        metric_label = text[metric_match.start():q.start].rstrip() if metric_match else \
            metric_label
    if metric_key == "orders" and q.unit in ("CNY", "USD") and \
            AVERAGE.search(text, clause.start, q.start):
        metric_key = "aov"  # 门票类订单平均为86元: money per order, not a count of orders
        metric_label = (metric_label or "订单") + "平均金额"
    per_user = PER_USER.search(text, max(clause.start, metric_match.start() - 4),
                               metric_match.start()) if metric_match else None
    if per_user and metric_key in ("revenue", "gmv", "sales"):
        metric_key = "other"  # 单用户收入, 每单收入: per user or order, not the firm's revenue
        metric_label = text[per_user.start():metric_match.end()]
    personal = PER_PERSON.search(text, max(clause.start, metric_match.start() - 8),
                                 metric_match.start()) \
        if metric_match and metric_key in ("revenue", "cost") and \
        metric_match.group(0) in PERSONAL_MONEY and \
        not PER_OUTLET.search(text, clause.start, metric_match.start()) else None
    if personal:
        metric_key = "other"  # 阿姨的平均月收入, 宠物主的年均医疗支出: a person's income or
        metric_label = text[personal.start():metric_match.end()]  # spending, not a firm's
        topic_end = personal.start()
    elif metric_match and metric_key == "users" and metric_match.start() > clause.start and \
            text[metric_match.start() - 1] in "单每" and q.unit == "count" and \
            q.classifier not in ("人", "名", "位", "户"):
        # 单用户日均阅读章节数(约为46章): how much each user does, not how many users
        said = text[metric_match.start() - 1:q.start]
        metric_key, metric_label = "other", said[:len(said) - len(VERB_TAIL.search(said)[0])]
    elif metric_match and metric_key == "revenue" and metric_match.group(0) in PERSONAL_MONEY \
            and EARNERS_AFTER.match(text, q.end):
        metric_key = "other"  # 月收入过万元的作者: what each of a group of people earns
        metric_label = metric_match.group(0)
    if metric_key == "share" and not PART_NAMED_AFTER.match(text, q.end) and (
            "时长" in text[sentence.start:q.start] or (
            metric_label in BARE_SHARES and frame.paragraph_metric
            and frame.paragraph_metric[0] == "usage_time_share")):
        metric_key = "usage_time_share"  # (使用时长占比…)其中生活服务类占比上升2.6个百分点
    if q.unit == "other" and q.classifier in ("分钟", "小时", "秒", "秒钟", "天", "分"):
        metric_key = "other"  # 日均使用时长为129.5分钟: a measured duration; 评分4.8分
        named = _named_duration(text, clause.start, q.start)
        metric_label = text[named[0]:named[1]] if named else \
            "评分" if q.classifier == "分" else "时长"
        if named and not metric_match:
            topic_end = named[0]  # 行业的|平均回款周期(拉长到了90天以上): whose time it is
    elif metric_match:
        head = HEAD_NOUN.match(between)
        if head:  # 用户时长, 用户占比: the compound's head noun is what is measured
            metric_key = "other" if head.group(2) == "时长" else "share"
            metric_label = metric_match.group(0) + head.group(0)
    if q.unit == "percent" and metric_key in MONEY_METRICS | HEADCOUNT_METRICS and \
            PART_OF.search(between) and not CHANGE_TAIL.search(between):
        metric_key = "share"  # 门店总营收的两成: a part of the metric, not the metric
    kind, sign = _kind_and_sign(between, q)
    if kind == "level" and q.unit == "count" and \
            (NEW_ITEMS.search(text, clause.start, q.start) or
             NEW_ITEMS_LISTED.search(text, clause.start, q.start)):
        kind = "change"  # 计划新增认证服务商2000家, 新开门店500家: items added, not the total
    growth_after = CHANGE_AFTER.match(text, q.end)
    if kind == "level" and growth_after:  # 实现5%左右的同比增长
        kind, sign = "change", -1.0 if growth_after.group(1) else 1.0
    if rate_of_change:
        kind = "change"  # GMV同比增速保持在25%: a change, though 保持 is no change verb
    if FROM_TO.search(text[clause.start:q.start]) or FROM_END.search(text[clause.start:q.start]):
        kind, sign = "level", 1.0
    unit = q.unit
    value = q.value
    if unit == "count" and metric_key in MONEY_METRICS and q.classifier is None:
        unit = "CNY"  # 交易额突破8000亿: money metrics count in yuan unless told otherwise
    if unit in ("CNY", "USD") and kind == "level" and metric_key in HEADCOUNT_METRICS - {
            "orders"}:
        # (为小游戏开发者)提供超过10亿元(的广告金激励): money spent on them, not their number
        metric_key = "cost" if SPENT.search(text, clause.start, q.start) else "other"
    paid = PAID_TO.search(text, clause.start, q.start) \
        if unit in ("CNY", "USD") and metric_key == "other" and not metric_match else None
    if paid:  # 平台向作者支付的稿酬(合计约为45亿元): money the topic pays out, a cost of its own
        metric_key = "cost"
        said = text[paid.start():q.start]
        metric_label = said[:len(said) - len(SUM_TAIL.search(said).group(0))]
        topic_end = paid.start()
    phrase = _topic_of(ctx, clause.start, topic_end)
    averaged = PEOPLE_AVERAGE.match(phrase)
    phrase_names_metric = not metric_match and not right and metric_key == "other" and \
        "的" not in phrase and not RATE_OF.match(phrase) and not averaged
    subject = _choose_subject(ctx, q, clause, sentence, frame,
                              clause.start if phrase_names_metric and (
                                  frame.subject or frame.paragraph_subject) else topic_end,
                              bool(right), topic_from, forecast)
    if averaged and subject and subject.startswith(averaged.group(0)):
        subject = averaged.group(1)  # 车主平均每次寻找车位(的时间): what each driver spends
    shared = _shared_measure(ctx, phrase, frame.subject) if phrase_names_metric else None
    if shared:  # 人身险保费约为1480亿元，…，财产险保费约为620亿元: the same measure of another
        subject, metric_label = phrase[:-len(shared)], shared  # topic
    if anaphor and frame.paragraph_subject and not _entities_in(ctx, clause.start, q.start):
        own = _topic_of(ctx, clause.start, anaphor.start())
        # 这一数字: the figure, and whose it is, named before; 4A级景区的这一比例: its own
        subject = own if _is_topic_phrase(own) else frame.paragraph_subject
    rate = RATE_OF.match(subject or "")
    if rate and not metric_match:
        # 智能客服解决率: the rate's owner is the subject; 客户有效率 is a rate of the topic's
        # customers, the topic still the subject; 全年车辆平均出租率: the firm's fleet's
        owner = _rate_owner(ctx, subject)
        carried = frame.subject if owner in POPULATIONS else None
        subject = carried or owner
    group = _threshold_group(ctx, q, metric_match, clause)
    if group:
        subject = group  # 年GMV过亿元的小程序: the number defines the group it is about
    if subject and _not_a_topic(ctx, subject):
        # 要处理(150到200单), 恢复到(5%左右), 节假日前后: a verb or a time is nobody; the
        # topic the clause continues, or the firm whose plans its speaker states
        speaker = frame.attribution if frame.attribution in ctx.entity_by_name else None
        own_plan = forecast and topic_from > sentence.start and speaker
        opening = _entity_lead(ctx, sentence.start, clause.start) \
            if clause.start > sentence.start else None  # 青简科技成立于2020年，(服务的…)
        if speaker and speaker.endswith(RESEARCH_FIRMS):
            speaker = None  # 据蓝枢数据…，全国在运营的(自助售货机): what an analyst counts is
            if opening and opening in frame.attribution:  # not its own
                opening = None
        pronoun = PRONOUN_LEAD.search(_strip_dates(ctx, clause.start, q.start))
        operated = OPERATED_THINGS.fullmatch(subject)
        subject = (speaker if own_plan else None) or (pronoun and pronoun.group(1)) or \
            frame.subject or opening or frame.paragraph_subject or speaker or \
            (_firm_before(ctx, clause.start, sentence) if subject[:1] == "有" else None) or \
            (operated.group(1) if operated and _is_topic_phrase(operated.group(1)) else subject)
        # 其服务的(重点企业客户): whose, not the verb describing them
        # (万物新生方面表示，)2025年全年计划新开(门店500家): the speaker's own plan
        # (X成立于2021年，目前)有门店(16家): what the firm named last in the paragraph has
    if subject and frame.subject and q.classifier and subject != frame.subject and \
            OWNED_ITEM.fullmatch(text, clause.start, q.start) and \
            _owner_listed(ctx, frame.subject, sentence.start, clause.start):
        subject = frame.subject  # (X拥有干线车辆约1.16万辆，)转运中心99个: X's, listed
    spent_by = frame.attribution if metric_key == "cost" and frame.attribution in \
        ctx.entity_by_name and SPENT.search(text, clause.start, q.start) and \
        BENEFICIARY.search(text, clause.start, q.start) else None
    if spent_by:
        subject = spent_by  # (微信方面表示，)将为小游戏开发者提供…亿元: who spends, not on whom
    if subject in GENERIC_SUBJECTS and metric_key == "revenue" and \
            subject not in text[clause.start:q.start]:
        firm = _firm_before(ctx, q.start, sentence)
        subject = firm or subject  # (小程序累计付费学员…；)全年营收…: the firm's, not the
        # generic topic carried
    if not subject and frame.earlier_firm and metric_match and \
            not _entities_in(ctx, sentence.start, sentence.end):
        subject = frame.earlier_firm  # a measure of nobody named here: the firm of the
        # paragraphs before (…美团。费用端，三季度销售及营销开支为182.1亿元)
    if not subject and metric_match and frame.attribution in ctx.entity_by_name and \
            not frame.attribution.endswith(RESEARCH_FIRMS) and \
            frame.attribution in text[sentence.start:clause.start]:
        subject = frame.attribution  # 澄云科技披露，二季度营收为12亿元: the firm speaks of
        # its own figures
    if not subject and "分别" in text[clause.start:q.start]:
        listed = text.rfind("分别", sentence.start, clause.start)
        if listed > sentence.start:  # (前三的品类)分别为(玫瑰、百合和康乃馨)，占比分别为(28%…):
            subject = _topic_of(ctx, sentence.start, listed) or None  # the list's, spread below
    if not subject:
        # nothing names a topic: keep the figure, about the noun it counts (8项升级 → 升级),
        # but do not let that stand-in carry to the next clause
        subject = _tidy(VERBISH.split(_noun_after(ctx, q, clause))[0]) or None
        if not subject or len(subject) < 2 and not subject.isascii():  # 至, 的: no noun
            return None
        claim = _make_claim(ctx, q, subject, metric_key, metric_label, kind, sign, frame,
                            forecast, clause, sentence, q.start, q.end, unit=unit, value=value)
        frame.subject = None
        return claim
    quote_start = metric_match.start() if metric_match else q.start
    topic_pos = text.find(subject, clause.start, q.start)
    if topic_pos < 0 and subject in ctx.entity_by_name:
        topic_pos = _past_dates(ctx, clause.start, q.start)  # (天鹅到家…，)平台入驻的…:
        # the clause states the figure of the firm named before it, all of it the evidence
    if 0 <= topic_pos and q.start - topic_pos <= 40 and not NUMBER_START.search(
            text[topic_pos:q.start][:1]):
        quote_start = min(quote_start, topic_pos)
        if text[quote_start - 1:quote_start] in "“\"「" and \
                text.find("”", quote_start, right.end() if right else q.end) >= 0:
            quote_start -= 1  # “栖墨读书”小程序…: the name's opening mark with it
    if CONVERSION.match(text, q.start):
        quote_start = q.start  # 约合25.8亿美元: the figure before it has its own quote
    quote_end = right.end() if right else q.end
    frame.metric, frame.metric_label, frame.unit = metric_key, metric_label, unit
    frame.paragraph_metric = (metric_key, metric_label)
    carried = frame.subject
    claim = _make_claim(ctx, q, subject, metric_key, metric_label, kind, sign, frame, forecast,
                        clause, sentence, quote_start, quote_end, unit=unit, value=value)
    if personal and carried in ctx.entity_by_name and subject not in ctx.entity_by_name:
        frame.subject = frame.paragraph_subject = carried  # (其签约维修师傅…，)师傅的人均月收入
        # (约为9800元，)服务覆盖…: the firm's figures go on; the workers' pay was theirs only
    return claim


NON_TOPIC_TAGS = {"v", "vn", "vd", "a", "ad", "an", "d", "p", "c", "u", "m", "t", "f", "r"}
GENERIC_SUBJECTS = {"小程序", "企业", "品牌", "商家", "平台", "用户", "公司", "行业", "市场"}


BAD_LEAD_ENDINGS = ("看", "来看", "而言", "来说", "形成", "是", "有", "为", "之", "中",
                    "说", "表示", "透露", "介绍", "称", "提示", "提醒", "强调", "指出", "显示",
                    "发现", "表明")
"""Endings of a clause's opening that is no topic: a point of view (从…来看), a speaker's
tag (他说, 创始人介绍)."""


LEAD_WORDS = re.compile(r"(?:\d{1,2}\s*(?:[-—–~～至到]\s*\d{1,2}\s*)?岁(?:及?以[上下])?)?"
                        r"[\u4e00-\u9fffA-Za-z“”\"+＋]+")
"""A clause's opening words, an age group first if there is one (25-35岁用户)."""
CONJUNCTION = re.compile(r"与|和|及")
DESCRIBED_BY = re.compile(r"[\s，,]*(?:成立|创立|创办|诞生|总部位于|位于|来自|起家)")
"""A clause that opens by describing what it then names (成立于2019年的…品牌X)."""


def _clause_lead(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The noun phrase a clause opens with, up to its first verb or metric word:
    乐凯撒通过… → 乐凯撒; 小程序DAU将突破… → 小程序 (generic, so no lead)."""
    if LOCATIVE.match(ctx.text, start, end):
        return None  # 在全国有…: where, not who
    if NOT_AGENT_CHARS.intersection(ctx.text[start:start + 4]) and \
            NOT_AGENT_LEAD.match(ctx.text, start, end):
        return None  # 通过小程序提交的(试驾预约): the means, not who
    described = DESCRIBED_BY.match(ctx.text, start, end)
    if described:  # 成立于2019年的新势力品牌岚驰汽车，…: the firm the description is of
        of = ctx.text.find("的", described.end(), end)
        ents = _entities_in(ctx, of, end) if of >= 0 else []
        return ents[0].label if ents else None
    metric = ctx.metric_pattern.search(ctx.text, start, end)
    if metric and not _inside_entity(ctx, metric.start(), metric.end()):
        end = metric.start()
    phrase = _topic_of(ctx, start, end)
    lead = LEAD_WORDS.match(phrase)
    if not lead:
        return None
    head = COPULA.split(VERBISH.split(lead.group(0))[0])[0]  # 蓝桉服饰是一家…品牌
    if METRIC_QUALIFIERS.fullmatch(head):
        return None  # 销售和(营销费用): half of the measure's name
    head = _tidy(CONJUNCTION.split(head)[0]).strip("“”\"")
    if head in GENERIC_SUBJECTS or head in PRONOUNS or head in TIME_WORDS or \
            head.endswith(BAD_LEAD_ENDINGS) or METRIC_QUALIFIERS.fullmatch(head) or \
            CHANGE_WORDS.fullmatch(head):
        return None  # 经调整(经营利润), 同比增长: the measure's qualifier or change, not whose
    info = ctx.word_info(head)
    if info and info[1] == "v" or _used_as_verb(ctx, head, start, end):
        return None  # (将)拿出(100亿次…), 贡献了(约78%…): a verb, not who
    modifier, de, _ = head.partition("的")
    info = ctx.word_info(modifier) if de else None
    if info and info[1] == "v":
        return None  # 入驻的全职(和签约医生…): a relative clause describing what is counted
    return head if 2 <= len(head) <= 12 else None


def _used_as_verb(ctx: ArticleContext, word: str, start: int, end: int) -> bool:
    """贡献了, 带来了: a word followed by an aspect particle is a verb here, whatever else
    the dictionary says it can be."""
    if not word or ctx.word_info(word) is None:
        return False  # a phrase (禾丰超市的配送时长平均缩短) is more than its verb
    at = ctx.text.find(word, start, end)
    return at >= 0 and ctx.text[at + len(word):at + len(word) + 1] in ("了", "着", "过")


def _entity_lead(ctx: ArticleContext, start: int, end: int) -> str | None:
    """The entity a clause opens with (after connectives and dates), if it opens with one."""
    ents = _entities_in(ctx, start, end)
    if not ents:
        return None
    if INSTRUMENT.search(ctx.text, max(start, ents[0].start - 3), ents[0].start):
        return None  # 通过企业微信(沉淀了…会员): the means, not who did it
    opening = _topic_of(ctx, start, ents[0].end)
    return ents[0].label if opening.endswith(ents[0].text) and \
        len(opening) - len(ents[0].text) <= 1 else None


INSTRUMENT = re.compile(r"(?:通过|借助|依托|利用|凭借|基于|用|比|较|相比|相较于?|对比)\s*$")
"""通过企业微信(沉淀了…会员), 比天猫(高出…): an entity after these is the means or the
baseline, not who did it."""
MEANS_OF_PART = re.compile(r"(?:其中)?(?P<part>(?:通过|借助|依托|利用|凭借)[^，,。；]{2,16}?的"
                           r"[\u4e00-\u9fffA-Za-z]{2,8})$")
"""通过小程序完成的交易: what came through a channel, as the part a share measures."""
NOT_AGENT_CHARS = set("通借依利凭比较相为")
"""The first characters of NOT_AGENT_LEAD's words: most clauses have none of them."""
NOT_AGENT_LEAD = re.compile(r"[\s，,]*(?:而|但|且)?(?:通过|借助|依托|利用|凭借|比(?![例重率])|较|"
                            r"相比|相较|为了)")


def _sentence_topic(ctx: ArticleContext, sentence: Span, start: int, q: Quantity,
                    time_clauses: bool = True) -> str | None:
    """The first clause that opens with an entity names the sentence's topic; else the
    first clause that opens with a noun phrase, one that says when (这项功能上线后) only
    if `time_clauses` (when the paragraph has no topic of its own to fall back on)."""
    pieces = [p for p in split_spans(ctx.text, start, sentence.end, "，,：:") if p.start < q.start]
    for piece in pieces:
        lead = _entity_lead(ctx, piece.start, piece.end)
        if lead:
            return lead
    for piece in pieces:
        if not time_clauses and TIME_CLAUSE.search(ctx.text, piece.start, piece.end):
            continue  # 这项功能上线后: when, not what the figures are about
        if FRAME_SETTING.fullmatch(ctx.text[piece.start:piece.end].strip("，,：: ")):
            continue  # 在品类上, 从用户结构看: the angle taken, not what is measured
        lead = _clause_lead(ctx, piece.start, piece.end)
        if lead:
            return lead
    return None


TIME_CLAUSE = re.compile(r"(?:之?后|以后|以来|期间|之前|的时候)[，,：:\s]*$")
FRAME_SETTING = re.compile(r"(?:在|从|就)[^，,。；]{1,12}?(?:上|里|中|方面|层面|来看|看)")
"""在品类上, 在平台的排序规则里, 从用户结构看: a clause that sets the angle of what follows."""

def _metric_of_numberless_clause(ctx: ArticleContext, sentence: Span, clause: Span,
                                 q: Quantity) -> re.Match | None:
    """The last metric named in the clause before this one when that clause has no number
    and this one has no words of its own before the number (客单价最高，达到1180元)."""
    if clause.start <= sentence.start or not VERB_TAIL.fullmatch(ctx.text, clause.start, q.start):
        return None
    before = split_spans(ctx.text, sentence.start, clause.start, "，,")
    if not before or has_quantity(ctx.text[before[-1].start:before[-1].end]):
        return None
    named = list(ctx.metric_pattern.finditer(ctx.text, before[-1].start, before[-1].end))
    return named[-1] if named else None


SHARE_GROUPS = ("受访者", "用户", "消费者", "商家", "商户", "租客", "品牌", "企业", "网民",
                "家长", "学生", "司机", "骑手", "卖家", "买家", "创作者", "主播", "玩家", "患者",
                "受访企业", "受访商家", "受访用户", "年轻人", "老年人", "车主", "家庭", "游客",
                "乘客", "读者", "观众", "会员", "顾客", "机构", "门店", "店主", "飞手", "学员",
                "大学生", "来访者", "求职者", "作者", "员工", "医生", "农户")
GROUP_MODIFIERS = ("城镇", "农村", "受访", "银发", "小微", "中小", "个体", "女性", "男性", "年轻",
                   "付费", "活跃", "在校")
"""What narrows a group without a verb (小微商户, 在校大学生): still the group itself."""
GROUP_AFTER_SHARE = re.compile(r"\s*的?\s*((?:" + "|".join(GROUP_MODIFIERS) +
                               r"|(?<=的)(?:(?!来自|通过|订单|交易|收入|的)[\u4e00-\u9fff]){2,4}?)?(?:"
                               + "|".join(sorted(SHARE_GROUPS, key=len, reverse=True))
                               + r"))(?=[\u4e00-\u9fff“\"A-Za-z])")
PEOPLE_AVERAGE = re.compile(r"((?:" + "|".join(GROUP_MODIFIERS) + r")?(?:" +
                            "|".join(sorted(SHARE_GROUPS, key=len, reverse=True)) +
                            r"))(?:平均|人均)")
"""车主平均(每次寻找车位的时间): a measure taken per person of a group, the group's."""
TIMED_ITEMS = ("订单", "包裹", "快递", "外卖")
FREQUENCY_GROUP = re.compile(r"(?:每|[年月周日]均)[周月天日年]?[^，,。；\d]{1,14}?"
                             r"(?P<times>(?:超过|至少|不少于)?\s*[\d.]+\s*(?:次|分钟|小时))(?:以上|及以上)?的"
                             r"(?:" + "|".join(GROUP_MODIFIERS) + r")?[\u4e00-\u9fff]{0,4}?(?:"
                             + "|".join(sorted(SHARE_GROUPS, key=len, reverse=True)) + r")")
"""每天打开小程序超过3次的银发用户, 每月观看短剧超过10小时的会员用户: people grouped by how
often or how long they do something."""
WITHIN_TIME = re.compile(r"内|以内|之内")
TIMED_ITEMS_AFTER_SHARE = re.compile(r"\s*的?\s*(" + "|".join(TIMED_ITEMS) +
                                     r")(?=在[^，,。；]{1,12}?(?:" + WITHIN_TIME.pattern + "))")
"""约38%的订单在1小时内归还: orders (not people) grouped by how soon something happened to
them; orders by where they came from (来自, 通过) stay the owner's share."""
GROUP_DESCRIPTION_MAX = 24


def _group_described_after(ctx: ArticleContext, q: Quantity, clause: Span) -> str | None:
    """约58%的用户每天通过微信获取新闻 → 每天通过微信获取新闻的用户: a share of a group that
    the words after it define is about that group (GUIDELINES' respondents)."""
    m = GROUP_AFTER_SHARE.match(ctx.text, q.end) or TIMED_ITEMS_AFTER_SHARE.match(ctx.text, q.end)
    if not m:
        return None
    said = ctx.text[m.end():clause.end].rstrip("，,。；;：: \n").replace("了", "")
    if not 2 <= len(said) <= GROUP_DESCRIPTION_MAX or has_quantity(said[:1]) or \
            COMES_FROM.match(said):
        return None  # 超过一半的新用户来自小程序: a part of a whole by where it comes from
    said = COPULA_AROUND.sub("", said)  # (四成用户)是通过…开通会员的: the copula frames it
    if m.group(1) in TIMED_ITEMS:
        return f"{said.removeprefix('在')}的{m.group(1)}"  # 1小时内归还的订单
    if BOUND_TAIL.search(said):
        return said.removeprefix("在") + m.group(1)  # (七成用户)在50岁以上: 50岁以上用户
    return f"{said}的{m.group(1)}"


COPULA_AROUND = re.compile(r"^是(?=.{2,}的$)|(?<=.{2})的$")
BOUND_TAIL = re.compile(r"(?:以上|以下|之间)$")


def _shared_measure(ctx: ArticleContext, phrase: str, previous: str | None) -> str | None:
    """The word two neighbouring topics end with (互联网人身险保费, 互联网财产险保费 → 保费),
    when what is left of this one still names a topic: their shared measure."""
    if not previous or phrase == previous or phrase in previous or previous in phrase or \
            phrase.startswith(("比", "较", "相比", "对比")):
        return None  # (小程序用户…，)比App用户(短了约三成): the baseline, not another topic
    common = 0
    while common < min(len(phrase), len(previous)) and \
            phrase[-1 - common] == previous[-1 - common]:
        common += 1
    for size in range(common, 1, -1):  # a whole word (保费), not 险保费
        shared, rest = phrase[-size:], phrase[:-size]
        if CJK_WORD.fullmatch(shared) and (ctx.word_info(shared) or shared in ctx.metric_forms):
            return shared if len(rest) >= 2 and _is_topic_phrase(rest) else None
    return None


CJK_WORD = re.compile(r"[\u4e00-\u9fff]{2,6}")


def _choose_subject(ctx: ArticleContext, q: Quantity, clause: Span, sentence: Span,
                    frame: _Frame, topic_end: int, metric_after: bool,
                    topic_from: int, forecast: bool = False) -> str | None:
    """Chinese chains clauses on one topic: the phrase before the metric when it is a
    topic (not a place, a baseline or the metric's own qualifiers); else the entity the
    clause opens with; else, for a share, the group an earlier "X中" named; else the topic
    carried from the previous clause; else whom 其 stands for; else the clause's own opening
    noun phrase; else the sentence's topic."""
    group = _group_described_after(ctx, q, clause) if q.unit == "percent" else None
    if group:
        return group
    start = max(clause.start, topic_from)
    by_frequency = FREQUENCY_GROUP.search(ctx.text, start, clause.end)
    if by_frequency and (by_frequency.start("times") <= q.start < by_frequency.end("times") or
                         q.unit == "percent" and q.start >= by_frequency.end()):
        return by_frequency.group(0)  # 每周运动3次以上的用户(约占37%): those who do it so often
    opening = ctx.text[start:start + 4]
    referent = (_demonstrative_referent(ctx, start, topic_end, sentence)
                if DEMONSTRATIVE_CHARS.intersection(opening) else None) or \
        (_former_or_latter(ctx, start, topic_end) if "者" in opening else None)
    if referent:
        return referent
    words_from = _past_dates(ctx, start, q.start)
    anaphor = PLATFORM_ANAPHOR.match(ctx.text, words_from, q.start)
    if anaphor and (anaphor.group(1) or ctx.metric_pattern.match(ctx.text, anaphor.end(),
                                                                 q.start)):
        if frame.paragraph_subject in ctx.entity_by_name:
            return frame.paragraph_subject  # the named topic of the paragraph
        named = _named_before(ctx, start)
        if named:  # …网易云音乐的护城河：平台累计乐评数量…: the platform named just before
            return named[-1].label
    own_app = MINI_PROGRAM_ANAPHOR.match(ctx.text, words_from, q.start)
    if own_app and own_app.end() < q.start and \
            not NOT_ONE_APP.match(ctx.text, own_app.end(), q.start):
        named = _named_before(ctx, start, ("MiniProgram",),
                              since=ctx.text.rfind("\n", 0, start) + 1)
        if named:  # “安栖保”小程序…；(2025年上半年)小程序保费(约为3.2亿元): the one named before
            return named[-1].label
    if frame.subject and COMPARED_WITH.match(ctx.text, start, q.start):
        return frame.subject  # (营收279.5亿元，)略高于市场预期的275亿元: still the same topic
    if q.classifier and EXISTENTIAL.fullmatch(_strip_dates(ctx, start, q.start)):
        counted = _tidy(VERBISH.split(_noun_after(ctx, q, clause))[0])
        if len(counted) >= 2 and _is_topic_phrase(counted):
            return counted  # (2025年下半年)将有超过1000家中小短剧公司(面临出清): those counted
    if LOCATIVE.match(ctx.text, start, clause.end):
        start = topic_end  # 在全国有(420家门店), 在全国(18个城市)有…: where, not who
    ba = BA_OBJECT.search(ctx.text, start, q.start) if "把" in ctx.text[start:q.start] else None
    if ba:  # (他计划)并把签约阿姨扩充到(3000名): the figure is the planner's, named before
        agent = _entities_in(ctx, start, ba.start())
        if agent:
            return agent[-1].label
        if frame.attribution in ctx.entity_by_name:
            return frame.attribution
        if frame.paragraph_subject in ctx.entity_by_name:
            return frame.paragraph_subject
    if "其" in ctx.text[start:q.start] and (
            OWNER_IN_PLACE.match(ctx.text, start, q.start) or
            OWNER_OF_RELATIVE.match(_strip_dates(ctx, start, topic_end))):
        return "其"  # 其在全国的(门店), 其运营的(充电终端), 接入其平台的(终端): whose, wherever
        # they are and whatever it does with them; _make_claim finds whom
    baseline = BASELINE_OF.search(ctx.text, start, q.start) if q.unit == "times" else None
    if baseline and baseline.start() < topic_end:
        start = topic_end  # 是日常水平的(1.5倍): the baseline, not the subject
    means = False  # the clause opens with the means or the baseline, not with its topic
    if not metric_after and topic_end > start:
        if FIRM_PRONOUN.match(_strip_dates(ctx, start, topic_end)):
            of = ctx.text.find("的", start, topic_end)
            owned = [m for m in _entities_in(ctx, of, topic_end)
                     if m.type in ("MiniProgram", "Platform")] if of >= 0 else []
            if owned:
                return owned[-1].label  # 公司自有的“栖墨读书”小程序(累计注册用户): the app's
            return "该公司"  # 该公司2024年的(小游戏流水), 公司营收: _make_claim finds which firm
        own = OWN_KIND.match(_strip_dates(ctx, start, topic_end))
        if own and not _entities_in(ctx, start, topic_end):
            # 其无人车日均配送(单量), 其在江苏等地投入运营的(无人车): the firm's own fleet or
            # stores, counted as the firm's: the firm speaking, else _make_claim finds whom;
            # with no firm but an analyst before it (一家…品牌的负责人表示，其写字楼门店的…),
            # the things themselves
            speaker = frame.attribution
            if speaker in ctx.entity_by_name and not speaker.endswith(RESEARCH_FIRMS):
                return speaker
            paragraph = ctx.text.rfind("\n", 0, start) + 1
            if any(not m.label.endswith(RESEARCH_FIRMS)
                   for m in ctx.entity_index.within(paragraph, start)):
                return "其"
        phrase = _without_qualifiers(_topic_of(ctx, start, topic_end))
        means = bool(NOT_AGENT_CHARS.intersection(ctx.text[start:start + 14]) and
                     NOT_AGENT_LEAD.match(_strip_dates(ctx, start, topic_end)))
        part = MEANS_OF_PART.match(_strip_dates(ctx, start, topic_end).strip("，, ")) \
            if q.unit == "percent" else None
        if part:
            return part.group("part")  # (其中)通过小程序完成的交易(占比约为38%): the share's part
        if means:
            phrase = ""  # 通过企业微信添加的(会员), 比天猫旗舰店高出: the means or the baseline
        described = DESCRIPTION.search(phrase)
        if described and described.start() >= 2:
            phrase = phrase[:described.start()]  # 星槎互娱是一家只有(30多人的小团队)
        info = ctx.word_info(phrase)
        if info and info[1] in NON_TOPIC_TAGS or _used_as_verb(ctx, phrase, start, topic_end):
            phrase = ""  # 合作(门店), 新增(用户): a verb or adjective, not what is counted
        if phrase in ctx.metric_forms or phrase in SIZE_WORDS or CHANGE_WORDS.fullmatch(phrase):
            phrase = ""  # 会员(复购率), 总数(降至): a measure or its size, not its owner
        owner, de, measure = phrase.rpartition("的")
        if de and not _is_topic_phrase(phrase) and _is_topic_phrase(owner) and \
                MEASURE_END.search(measure):
            phrase = owner  # 全国保障性租赁住房的(累计筹集量): whose measure, however counted
        if _is_topic_phrase(phrase):
            if len(phrase) > 16:
                ents = _entities_in(ctx, start, topic_end)
                partners = PARTNER_LIST.match(phrase) if phrase.endswith("等") else None
                if partners and _is_topic_phrase(partners.group(1)):
                    return partners.group(1)  # 京喜与A、B、C等(超过30家政企): examples counted
                head = phrase.split("的")[0]
                return ents[-1].label if ents else head if len(head) >= 2 else phrase
            owner = _owner_before_de(ctx, phrase, start, topic_end)
            return owner or phrase
    lead = _entity_lead(ctx, start, q.start)
    if lead:
        return lead
    within = IN_GROUP.search(ctx.text, start, topic_end) if topic_end > start else None
    if within and _is_topic_phrase(_tidy(within.group(1))):
        if SHARE_NOUN.match(ctx.text, topic_end):
            owner = _tidy(_strip_dates(ctx, start, within.start()))
            if _is_topic_phrase(owner):
                return owner  # 宠物医疗在宠物消费中的(占比): the part's share of the whole
            if frame.subject and not owner:
                return frame.subject  # (X的装机量…，)在新势力品牌中的(份额): X's share among them
        return _tidy(within.group(1))  # 小程序在三线及以下城市用户中的(渗透率)
    if q.unit == "percent":
        group = _group_among(ctx, sentence, clause, topic_from) or \
            _group_before_among(ctx, start, q)
        if group:
            return group
    if frame.subject:
        # 拼多多…25%-30%，京东则有望受益于…，实现5%的增长: a clause without a number that
        # opens with a name changes the topic the next clauses carry
        since = max(frame.subject_end, sentence.start, topic_from)
        for piece in reversed(split_spans(ctx.text, since, clause.start, "，,")):
            if has_quantity(ctx.text[piece.start:piece.end]):
                continue
            lead = _entity_lead(ctx, piece.start, piece.end)
            if lead:
                return lead
            measured = ctx.metric_pattern.search(ctx.text, piece.start, piece.end)
            if measured and measured.start() > piece.start:
                # 31-40岁人群占比最高，达到28.4%: the topic of the measure named just before
                phrase = _without_qualifiers(_topic_of(ctx, piece.start, measured.start()))
                if _is_topic_phrase(phrase) and phrase not in GENERIC_SUBJECTS:
                    return phrase
        return frame.subject
    pronoun = PRONOUN_LEAD.search(_strip_dates(ctx, start, q.start))
    if pronoun:
        return pronoun.group(1)  # 2022年其累计…, 他们在抖音为…: _make_claim finds whom
    if not metric_after and topic_end > start and not means:
        around_verb = _split_at_last_verb(
            _topic_of(ctx, start, topic_end))
        if around_verb:
            return around_verb
    lead = _clause_lead(ctx, start, min(topic_end, q.start)) if topic_end > start else None
    if lead:
        return lead
    speaker = frame.attribution if forecast and topic_from > sentence.start and \
        frame.attribution in ctx.entity_by_name else None
    if speaker and topic_end <= start and not _entities_in(ctx, topic_from, q.start):
        return speaker  # 他预计，2026年撮合面积将突破…: a measure only, in its speaker's plans
    topic = _sentence_topic(ctx, sentence, max(sentence.start, topic_from), q,
                            time_clauses=not frame.paragraph_subject)
    if topic:
        return topic
    ents = _entities_in(ctx, max(sentence.start, topic_from), q.start)
    if ents:
        return ents[0].label
    if forecast and topic_from > sentence.start and frame.attribution and \
            frame.attribution in ctx.entity_by_name:
        return frame.attribution  # 支付宝方面表示，2025年将拿出…: the speaker's own plans
    if frame.paragraph_subject:
        return frame.paragraph_subject
    generic = GENERIC_LEAD.match(ctx.text, start, topic_end) if topic_end > start else None
    return generic.group(1) if generic else None  # 小程序(…渗透率): vague, but what it is about


DEMONSTRATIVE_CHARS = set("该这此")
DEMONSTRATIVE = re.compile(r"\s*(?:该|这家|这个|此)([\u4e00-\u9fff]{1,4})")
NAMED_TYPES = ("Company", "Platform", "MiniProgram")
NOT_A_TOPIC = re.compile(r"^[他她](?:们)?(?:计划|打算|希望|预计|表示|透露|卖出|售出|卖了|做到)?$|"
                         r"(?<=.)于$|"
                         r"^(?:也)?有(?:超过|近|约|逾|不到|将近)?$|(?:分别)?(?:比|较)$|"
                         r"^(?:全年|今年|明年|去年)?(?:要|会|能|需要|需|可以|可|将|恢复|回到|降到|"
                         r"升到|保持|维持|控制|处理|达到|实现|超过|突破|计划|预计|售出|卖出|出售|"
                         r"收进|新开|新增)|(?:前后|期间|高峰期|时段|时期|阶段|当天|之后|以后|以来|控制|处理)$|"
                         r"^[\u4e00-\u9fff]{2}后$")


CONJOINED = re.compile(r"及|和|与|、")


def _not_a_topic(ctx: ArticleContext, subject: str) -> bool:
    """要处理, 恢复到, 节假日前后: a verb phrase or a time, not who or what a figure is about
    (会员 is a noun though it opens with 会; 完成交易的用户 is a group)."""
    if subject in PLANS:
        return True  # (今年的)目标(是把年销量做到…): whose target, said before
    if subject in ctx.entity_by_name or "的" in subject and subject.endswith(SHARE_GROUPS):
        return False  # a name; a group the words before 的 describe (同比增长超过30%的品牌)
    if (ctx.word_info(subject) or (0, ""))[1] in ("v", "vn", "vd"):
        return True  # (目前)服务的(门店): a verb describing what is counted, not whose
    if FIRM_SERVES.fullmatch(subject):
        return True  # 服务的中小运营商: those the firm serves or signs, counted as its own
    verbs = CONJOINED.split(subject)
    if len(verbs) > 1 and all((ctx.word_info(v) or (0, ""))[1] in ("v", "vn") for v in verbs):
        return True  # 促成及发放(的借款总额): what the firm does, whose said before
    if subject[:1] in "共已" and (ctx.word_info(subject[1:]) or (0, ""))[1] in ("v", "vn"):
        return True  # 共举办(了约1400场), 已签约: what the firm did, whose said before
    if subject[:1] == "有" and (subject[1:] in ctx.metric_forms or WORKERS.fullmatch(subject[1:])):
        return True  # (目前)有门店(16家), 有外教(约260名): what the firm named before has
    if subject.startswith(YEAR_WORDS) and (subject[2:] in ctx.metric_forms or (
            ctx.word_info(subject[2:]) or (0, ""))[1] in ("v", "vn")):
        return True  # 全年营收(增速), 全年骑行(用户): when and what is measured, not whose
    places = PLACE_LIST.split(subject)
    if all((ctx.word_info(p) or (0, ""))[1] == "ns" and p not in PLACE_NOUNS for p in places):
        return True  # (目前在)江西、湖南(的23个县城): where, not whose
    if subject in PER_UNIT_WORDS:
        return True  # 单车(毛利): per car sold, of the firm named before
    if len(subject) <= 4 and subject.endswith("率"):
        return True  # 履约率(比电话预约高出…): a rate, whose it is said before
    named = subject[1:] if subject[:1] in "总净" else subject
    if len(named) >= 3 and named in ctx.metric_forms:
        return True  # 总交易额(（GTV）为889亿元): the measure named twice, not its owner
    if MEASURE_WORDING.search(subject) or PER_UNIT_MEASURE.fullmatch(subject):
        return True  # 日均完单, 平均每单, 流水约, 收入将同比增长: how a figure is taken or
        # changes, cut off before its number; whose it is was said before
    if any(subject[-k:] in ctx.metric_forms and
           not METRIC_QUALIFIERS.sub("", subject[:-k]).rstrip("的")
           for k in range(2, min(len(subject), 7))):
        return True  # 票房收入: the measure and its qualifier, whose it is said before (but
        # 会员 alone is a group)
    if "的" in subject:
        head, _, tail = subject.rpartition("的")
        return len(tail) <= 2 and ((ctx.word_info(head) or (0, ""))[1] in ("v", "vn") or
                                   head[:1] in "他她" and bool(NOT_A_TOPIC.search(head))) and \
            head not in ctx.entity_by_name  # 服务的重点(企业客户): a verb describing them,
        # cut off before its noun, not whose (but 成交的新能源车主 is a group)
    if not NOT_A_TOPIC.search(subject):
        return False
    head = subject[2:] if subject.startswith(YEAR_WORDS) else subject
    if head[:1] not in "要会能需可将":
        return True  # 计划新开, 售出二手书: the verb is the phrase's own first word
    info = ctx.word_info(head[:2])
    return not (info and info[1].startswith("n"))  # 会员: a noun after all


OPERATED_THINGS = re.compile(r"(?:运营|投放|在营|在运营)的([\u4e00-\u9fff]{2,10})")
"""运营的自助售货机 with nobody to own them: the machines themselves."""
FIRM_SERVES = re.compile(r"(?:目前|累计|已)?(?:(?:服务|运营|签约|认证|接入|覆盖|开设|管理)(?:的|了)"
                         r"[\u4e00-\u9fff]{2,10}|(?:合作|签约|服务|覆盖|入驻|认证)"
                         r"(?![商费类业型号区站员方])[\u4e00-\u9fff]{1,4})")
"""服务的中小运营商, 合作农户, 服务长三角(约6000家工厂): those a firm serves, signs or covers,
counted as its own (服务商, 合作方 are nouns of their own)."""
YEAR_WORDS = ("全年", "今年", "明年", "去年")
PLACE_LIST = re.compile(r"[、和与及]")
PLACE_NOUNS = {"城市", "地区", "省份", "国家", "全球", "海外", "国内", "县城", "乡村", "农村"}
"""Kinds of place the dictionary tags as place names: what is counted, not where."""
MEASURE_WORDING = re.compile(r"^(?:(?:季度|年度|月度)?平均|季均|日均|人均|单均|户均|单票|单件|每票|"
                             r"每件|单个|每用户|单次|每次|单场|每场|单条|每条|单站|每站|周日均|周均)"
                             r"(?!.*的)|[和与及]$|同比|环比|^(?:以上|以下|左右|之间|以内)$")
"""A phrase that opens with an average's or a per-unit word (平均月, 单票, 单个客户), ends in a
conjunction, holds a change, or is a bound's word alone (以上): the wording of a measure cut
off before its number, not its owner (but 人均支出在500元以上的用户 is a group)."""
PER_UNIT_WORDS = {"单车", "每车", "每辆车", "单台", "每台", "单票", "每票", "单件", "每件", "单笔",
                  "每笔"}
"""Per car, parcel or payment: a measure's unit standing before it, not its owner."""
PER_UNIT_MEASURE = re.compile(r"(?:单次|每次|单笔|每笔|单场|每场|单件|每件|单个|每个)"
                              r"[\u4e00-\u9fff]{1,4}的(?:平均)?(?:价格|金额|单价|费用|时长|收入|成本|票价|售价)")
"""单次咨询的平均价格: a per-unit measure, named whole before its number, owned by the topic."""
PLATFORM_ANAPHOR = re.compile(r"[\s，,]*(?:该|这个|这一)?平台(目前|已经?|累计|的|共|整体|上的?|"
                              r"(?:上)?(?:入驻|合作|签约|认证|注册|完成|处理|服务)的|日均|月均|收取|"
                              r"抽取|抽成|签约|向[^，,。；\d]{1,10}?(?:支付|发放|结算)的)?")
"""平台 opening a clause before its own measure (平台累计乐评数量, 平台的GMV, 平台入驻的(服务
人员), 平台上合作的(机构)), not before a verb (平台给团长的佣金): the platform the text has just
named."""


def _past_dates(ctx: ArticleContext, start: int, end: int) -> int:
    """Where the clause's words begin after the dates and commas it opens with (上半年平台…)."""
    pos = start
    while pos < end:
        while pos < end and ctx.text[pos] in " ，,":
            pos += 1
        dates = ctx.date_index.starting(pos, pos + 1)
        if not dates or dates[0].end > end:
            return pos
        pos = dates[0].end
    return pos
MINI_PROGRAM_ANAPHOR = re.compile(r"[\s，,]*(?:该|这个|这款|其)?小程序(?:的|目前|已经?|累计)?")
"""小程序 opening a clause before its own measure, in a paragraph about one mini-program: that
one (a generic 小程序DAU in a paragraph naming none stays generic)."""
NOT_ONE_APP = re.compile(r"(?:数量|总数|个数|规模|行业|市场|生态|赛道|开发者|服务商|渗透率|"
                         r"用户规模)|[^\u4e00-\u9fffA-Za-z]")
"""小程序数量, 小程序行业: all mini-programs, not the one named before."""
TOLD_BEFORE = re.compile(r"(?:告诉|接受|对)\s*[《“「]?$")
"""创始人林屿告诉(36氪), 告诉《(晚点LatePost)》: the medium told, not a topic."""


def _named_before(ctx: ArticleContext, at: int, types: tuple[str, ...] = NAMED_TYPES,
                  since: int = 0) -> list[Mention]:
    """The names of `types` ending within UNNAMED_LOOKBACK characters before `at` (and not
    before `since`), in text order, without the media told (告诉36氪)."""
    return [m for m in ctx.entity_index.ending(max(since, at - UNNAMED_LOOKBACK), at)
            if m.type in types and not _told(ctx, m)]


def _told(ctx: ArticleContext, mention: Mention) -> bool:
    """The mention is whom someone told (告诉36氪), not a firm the text speaks of."""
    return bool(TOLD_BEFORE.search(ctx.text, max(0, mention.start - 4), mention.start))


PLANS = {"目标", "计划", "规划", "愿景", "预期", "目标值"}
EXISTENTIAL = re.compile(r"[\s，,]*(?:全国|国内|全球|市场上|行业内|目前|当前|如今|"
                         r"将|已|还|共|或将|预计将?|可能)*有")
"""将有(超过1000家…公司), 全国有(300家…品牌): there are so many of them; nobody owns them."""
UNNAMED_LOOKBACK = 300
"""How far back (characters) 该券商 looks for the 某券商 it refers to."""


def _demonstrative_referent(ctx: ArticleContext, start: int, end: int,
                            sentence: Span) -> str | None:
    """某券商实现…。该券商投顾新客比例达到60%: 该X is the unnamed 某X named just before."""
    m = DEMONSTRATIVE.match(ctx.text, start, end)
    if not m:
        return None
    window = ctx.text[max(0, sentence.start - UNNAMED_LOOKBACK):sentence.start]
    for n in range(len(m.group(1)), 0, -1):
        unnamed = "某" + m.group(1)[:n]
        if n >= 2 and unnamed in window:
            return unnamed
    return None


POPULATIONS = GENERIC_SUBJECTS | {"客户", "顾客", "会员", "新客", "老客", "消费者", "车辆", "设备",
                                  "门店", "机柜"}
"""Whose rate a firm reports about its own customers, fleet or outlets (客户有效率, 会员复购率,
车辆出租率)."""
IN_GROUP = re.compile(r"在([^，,。；在]{2,14}?)(?:中|里|当中|之中)的?\s*$")
"""(小程序)在三线及以下城市用户中的(渗透率): the group a rate is measured in."""
SHARE_NOUN = re.compile(r"(?:市场)?(?:份额|占比|市占率|占有率)")
"""A share among a group is the share of the topic carried from before (在新势力品牌中的份额)."""
GENERIC_LEAD = re.compile(r"\s*(" + "|".join(sorted(GENERIC_SUBJECTS, key=len, reverse=True)) + ")")
COMPARED_WITH = re.compile(r"\s*(?:略|明显|远|均|都|也)?(?:高于|低于|超过|超出|不及|好于|优于|"
                           r"少于|多于)[^，,。；\d]{0,6}(?:预期|预估|平均水平|平均值|均值|大盘|"
                           r"行业平均)的")
"""略高于市场预期的(275亿元): a benchmark for the topic's own figure, which stays the topic
(明显高于服饰品牌的18%: the other group's figure, whose subject is that group)."""
CHANGE_WORDS = re.compile(r"(?:同比|环比)?(?:涨幅|增幅|降幅|增速|下滑|下降|增长|上涨|提升)")
FORMER_LATTER = re.compile(r"\s*(?:而|但)?(前者|后者)")
PAIR = re.compile(r"(?:^|(?<=[，,。；：\s]))([\u4e00-\u9fffA-Za-z]{2,8}?)(?:和|与|及)"
                  r"([\u4e00-\u9fffA-Za-z]{2,8}?)(?=都|也|均|在|的|分别|各|，|,|。|两)")


def _former_or_latter(ctx: ArticleContext, start: int, end: int) -> str | None:
    """米家优选和鲜到家都…。前者…，后者…: the first or the second of the pair named before."""
    m = FORMER_LATTER.match(ctx.text, start, end)
    if not m:
        return None
    window_start = max(0, start - UNNAMED_LOOKBACK)
    pairs = list(PAIR.finditer(ctx.text, window_start, start))
    if not pairs:
        return None
    name = pairs[-1].group(1 if m.group(1) == "前者" else 2)
    return _tidy(name) or None


PARTNER_LIST = re.compile(r"([^与和同跟、，]{2,12}?)(?:与|和|同|跟|联合)")
BASELINE_OF = re.compile(r"(?:是|为|达到?|相当于|接近)[^，,。；是为]{1,14}的\s*$")
PARALLEL = re.compile(r"\s*[\u4e00-\u9fffA-Za-z0-9“”+]{2,14}?"
                      r"(?:(?:则|也|仅|更是)?(?:长期|稳定|一直)?(?:为|是|达到?|约为|在|维持在|保持在|接近|超过|突破|不到|约)|"
                      r"(?:则|也)(?:同比|环比)(?:增长|下降|下滑|提升|减少|上涨)了?)\s*")
PARALLEL_BARE = re.compile(r"\s*[\u4e00-\u9fffA-Za-z]{2,20}?(?:则|也|仅|更是|分别)\s*")
NAME_ONLY_TAIL = re.compile(
    r"[”\"」]?\s*(?:的?(?:微信|支付宝)?小程序|App|APP)?\s*(?:则|也|仅|更是)?\s*")
"""快手为(58%), 美团到店业务则长期维持在(80%以上): a clause that names only its topic and a verb
before its number repeats the previous clause's measure for another topic; so does one that
names only a known name (支付宝小程序则(接近5亿): the comparator is part of the number)."""


def _parallel(ctx: ArticleContext, start: int, end: int, q: Quantity | None = None) -> bool:
    if PARALLEL.fullmatch(ctx.text, start, end):
        return True
    if q is not None and q.comparator != "eq" and PARALLEL_BARE.fullmatch(ctx.text, start, end):
        return True  # 鲜到家则(接近50万): the comparator is part of the number
    names = _entities_in(ctx, start, end)
    spans = {(m.start, m.end) for m in names}  # one name may carry two types (孩子王)
    return len(spans) == 1 and not ctx.text[start:names[0].start].strip(" “\"「") and \
        bool(NAME_ONLY_TAIL.fullmatch(ctx.text, names[0].end, end))
COPULA = re.compile(r"是(?!否)")
DESCRIPTION = re.compile(r"是(?:一|这)?[家个款支所]")
"""X是一家…: what follows describes X, which is the topic."""
LOCATIVE = re.compile(r"\s*(?:目前|当前|现在|如今|已)?在(?!线)(?:[\u4e00-\u9fff]{1,6}?|"
                      r"[\u4e00-\u9fff、]{1,8}?(?:的|\d+个|两个|多个)[\u4e00-\u9fff]{0,6}?)"
                      r"(?:有(?!望)|拥有|开设|开出|布局|投放|运营|铺设|部署|落地)")
"""在全国有(420家门店), 在河南、安徽的36个县城投放了, 在杭州和上海的写字楼里运营: where the
clause's topic, said before, does business, not who."""
FIRM_WORDS = ("公司", "该公司", "这家公司", "这家企业")
DESCRIBED_FIRM_AFTER = re.compile(r"[^，,。；]{0,16}?的(?:公司|企业|品牌|机构|工作室|连锁)")
"""这家(成立于2022年)的公司: what is said of the firm between 这家 and its noun."""
FIRM_NOUN_END = re.compile(r"^这家[\u4e00-\u9fff]{0,4}?"
                           r"(?:商|公司|企业|品牌|机构|连锁|工作室|门店|店)$")
"""这家连锁车商, 这家服务商: a firm referred to by the kind of business it is."""
BA_OBJECT = re.compile(r"把[\u4e00-\u9fff“”]{2,12}?(?:从[^，,。；]*?)?(?:扩大|扩充|扩展|扩张|提升|"
                       r"提高|增加|做到|做大|拓展|发展)到?\s*(?:约|近|超过)?\s*$")
"""把X扩充到(N): a plan for X, whose is whoever plans it."""
OWNER_IN_PLACE = re.compile(r"[\s，,]*其在[\u4e00-\u9fff]{1,8}?的")
OWNER_OF_RELATIVE = re.compile(
    r"[\s，,]*(?:目前|当前|如今)?(?:其(?:目前|已|已经|累计|共)?(?:运营|经营|服务|管理|开设|签约|"
    r"合作|拥有|覆盖|布局|投放|上线|入驻)的|(?:接入|入驻|使用|加入|登录|通过)其[^，,。；的]{1,10}的|"
    r"其[^，,。；的]{1,8}?业务的|其平台上的?)")
"""其运营的(公共充电终端), 接入其SaaS平台的(充电终端): what a firm runs, serves or hosts, counted
as the firm's own."""
FIRM_PRONOUN = re.compile(r"[\s，,]*(?:报告期内|期内|同期|目前|如今|当前|现在)?"
                          r"(?:该公司|该品牌|这家公司|这家企业|公司)"
                          r"(?=的?[\u4e00-\u9fffA-Za-z]|$)")
"""A firm referred to, not named, as the owner of the figure (期内公司的…: in the period
the earnings cover)."""
OWN_KIND = re.compile(r"[\s，,]*(?:目前|当前|如今)?其(?![他它中实次余]|小程序|平台|App|APP|旗下)")
"""A topic opened by 其 with no name after it: the firm's own things of a kind, not a
topic of their own."""
PRONOUN_LEAD = re.compile(
    r"^[\s，,“]*(?:目前|当前|如今|现在)?(其(?![他它中实次])|他们|它们|我们|该公司|该品牌|这家公司|"
    r"这家企业)")


def _strip_dates(ctx: ArticleContext, start: int, end: int) -> str:
    """text[start:end] without the dates in it (2022年其… → 其…)."""
    text = ctx.text[start:end]
    for d in sorted(ctx.date_index.within(start, end), key=lambda d: -d.start):
        text = text[:d.start - start] + text[d.end - start:]
    return text


METRIC_QUALIFIERS = re.compile(r"(?:年度|季度|月度|年化|年均|月均|日均|平均|交易|活跃|付费|订阅|"
                               r"新增|票房|单店|人均|单日|单月|每日|每月|每场|场均|单场|每单|单用户|每用户|次日|次周|次月|首日|首周|首月|个人|"
    r"经调整|调整后|(?:按|在)?非(?:美国)?(?:公认|通用)会计准则下?|Non-GAAP|销售及营销|销售和营销|一般及行政|"
    r"(?:销售|研发|管理|行政|营销|运营)[和及与]|\d+日|\d+天)+$")
"""年度活跃(商家数), 美团年度交易(用户数), 经调整(经营利润), 销售及营销(开支), 销售和(营销费用):
words that qualify the metric after them, not the subject before it."""


def _without_qualifiers(phrase: str) -> str:
    """The phrase without the metric's qualifiers at its end, unless that leaves a lone
    character (有交易的(小程序数量): 有 is no subject, so the phrase stays whole)."""
    rest = METRIC_QUALIFIERS.sub("", phrase).rstrip("的")
    if rest in PRONOUNS:
        return rest  # 其年化(收入): whose, _make_claim finds
    if not rest and phrase.startswith("单店"):
        return "单店"  # 单店月均(营收): the store each figure is an average of
    return phrase if len(rest) == 1 else rest


AMONG = re.compile(r"(?:当中|之中|中)$")


def _group_before_among(ctx: ArticleContext, start: int, q: Quantity) -> str | None:
    """(上半年)大型演唱会的观众中约68%(为跨城观演): a share of the people named right before 中
    is a share of them (大型演唱会观众), not of a measure (GMV中有六成…)."""
    among = GROUP_BEFORE_AMONG.fullmatch(_strip_dates(ctx, start, q.start))
    if not among or ctx.metric_pattern.search(among.group(1)):
        return None
    owner, de, people = among.group(1).rpartition("的")
    group = owner + people if de and people in SHARE_GROUPS else among.group(1)
    return group if _is_topic_phrase(group) and group not in GENERIC_SUBJECTS and \
        "其" not in group else None  # (但)其中: of the topic before, not a group


GROUP_BEFORE_AMONG = re.compile(r"\s*([^，,。；：:]{2,16}?)(?:中|当中|之中)[，,]?\s*(?:有|约有)?"
                                r"(?:约|近|超过|不到|逾)?\s*")


def _group_among(ctx: ArticleContext, sentence: Span, clause: Span, topic_from: int) -> str | None:
    """开展私域运营的企业中，约三分之一…: a share stated after "among X" is a share of X."""
    pieces = [p for p in split_spans(ctx.text, max(sentence.start, topic_from), clause.start,
                                     "，,：:") if p.end <= clause.start]
    for piece in reversed(pieces):  # 其中约三分之一…，近两成…: the group holds for the chain
        phrase = ctx.text[piece.start:piece.end].rstrip("，,：: ")
        among = AMONG.search(phrase)
        if among:
            break
    else:
        return None
    phrase = _topic_of(ctx, piece.start, piece.start + among.start())
    group = _tidy(phrase)
    return group if _is_topic_phrase(group) and group not in GENERIC_SUBJECTS and \
        len(group) <= 16 else None


MEASURE_END = re.compile(r"(?:量|数|额|规模|总数|总量)$")
RATE_OF = re.compile(r"(.{2,}?)([\u4e00-\u9fff]{1,3}率)$")


def _rate_owner(ctx: ArticleContext, phrase: str) -> str:
    """What a named rate is of: the phrase before the rate's own word (出租率, not 均出租率),
    without the words that say how it is taken (全年, 平均)."""
    owner = RATE_OF.match(phrase).group(1)
    for size in (3, 2):
        if len(phrase) > size + 1 and (ctx.word_info(phrase[-size:]) or
                                       phrase[-size:] in ctx.metric_forms):
            owner = phrase[:-size]
            break
    bare = METRIC_QUALIFIERS.sub("", owner).rstrip("的")
    bare = bare[2:] if bare.startswith(YEAR_WORDS) and len(bare) >= 4 else bare
    return bare if len(bare) >= 2 else owner


def _owner_before_de(ctx: ArticleContext, phrase: str, start: int, end: int) -> str | None:
    """瑞幸的月均交易(客户数): an entity owning the metric through 的 is the subject."""
    head, sep, _ = phrase.partition("的")
    if not sep:
        return None
    ents = [m for m in _entities_in(ctx, start, end) if m.text in head]
    return ents[-1].label if ents and head.endswith(ents[-1].text) else None


CAUSATIVE = re.compile(r"助力|带动|帮助|推动|促进|让|使|支持|服务")


def _split_at_last_verb(phrase: str) -> str | None:
    """8项升级助力服务商小程序(GMV…) → 服务商小程序: after a causative verb the topic is its
    object; 线上营销服务收入占总营收(的比例) → 线上营销服务收入: otherwise the verb's subject."""
    verbs = list(VERBISH.finditer(phrase))
    if not verbs:
        return None
    tail = _tidy(phrase[verbs[-1].end():])
    head = _tidy(phrase[:verbs[-1].start()])
    order = (tail, head) if CAUSATIVE.fullmatch(verbs[-1].group(0)) else (head, tail)
    for candidate in order:
        if 3 <= len(candidate) <= 16 and _is_topic_phrase(candidate) and \
                candidate not in GENERIC_SUBJECTS:
            return candidate
    return None


def _make_claim(ctx: ArticleContext, q: Quantity, subject: str, metric_key: str,
                metric_label: str | None, kind: str, sign: float, frame: _Frame,
                forecast: bool, clause: Span, sentence: Span, quote_start: int,
                quote_end: int, unit: str | None = None, value: float | None = None) -> Claim:
    if subject[-1:] in "上里" and subject[:-1] in ctx.entity_by_name:
        subject = subject[:-1]  # (他在)美团闪购上(的订单): the platform where it happens
    head, sep, tail = subject.rpartition("的")
    if sep and len(head) >= 2 and len(tail) <= 2 and tail not in SHARE_GROUPS and \
            not (tail in TIMED_ITEMS and WITHIN_TIME.search(head)):
        subject = head  # 微信及WeChat的合并(月活跃账户数): the 的-tail belongs to the metric
    if subject.startswith("旗下") and len(subject) > 2:
        # 旗下小程序: the firm's, named before; 旗下小程序“鸽子寄件”: the one named
        owned = subject[2:]
        subject = "旗下" if owned in GENERIC_SUBJECTS else owned
    if subject.startswith("这家") and subject not in PRONOUNS:
        said = ctx.text.rfind(subject, sentence.start, q.start)
        if (said >= 0 and DESCRIBED_FIRM_AFTER.match(ctx.text, said + len(subject)) or
                FIRM_NOUN_END.search(subject)) and \
                ctx.entity_index.within(sentence.start - 200, max(said, clause.start)):
            subject = "这家公司"  # 这家成立于2022年的公司, 这家连锁车商: the firm named before
    if subject == "我们" and frame.attribution in ctx.entity_by_name and \
            not frame.attribution.endswith(RESEARCH_FIRMS):
        subject = frame.attribution  # “我们…”: whoever is speaking
    if subject in PRONOUNS:
        # 他们 → the firm the sentence opened with, else the one named just before
        # (a research firm quoted is not whom 其 stands for: 据潮汐智库统计，…其GMV)
        analyst = frame.attribution if frame.attribution and \
            frame.attribution.endswith(RESEARCH_FIRMS) else None
        said = next((i for i in (ctx.text.rfind(form, sentence.start, q.start)
                                 for form in (subject, "公司", "其")) if i >= 0), q.start)
        # named before the pronoun (公司在抖音上的…: not 抖音), and not the medium told
        opening = [m for m in _entities_in(ctx, sentence.start, said)
                   if m.label != analyst and not _told(ctx, m)]
        before = [m for m in ctx.entity_index.within(sentence.start - 200, said)
                  if m.label != analyst and not _told(ctx, m)]
        if subject in FIRM_WORDS or subject in ("我们", "旗下"):
            # 公司: the firm named last, not the platform after it; 我们: who speaks, a firm;
            # Soul方面透露，…公司营收: the app that speaks through 方面 is the firm it means
            def firm(m: Mention) -> bool:
                return m.type == "Company" or m.label == frame.attribution
            opening = [m for m in opening if firm(m)] or opening
            before = [m for m in before if firm(m)] or before
        subject = (opening or before[-1:] or [None])[0].label if (opening or before) else subject
    frame.subject = subject
    frame.subject_end = q.end
    frame.paragraph_subject = subject
    entity = ctx.entity_by_name.get(subject)
    period = _period_for(ctx, clause, sentence, frame, q, forecast)
    frame.last_period = period or frame.last_period
    return Claim(
        subject=subject, metric=metric_key, kind=kind,
        value=(q.value if value is None else value) * sign, unit=unit or q.unit,
        comparator=q.comparator, period=period,
        modality="forecast" if forecast else "fact", attribution=frame.attribution,
        metric_label=metric_label, subject_id=entity.entity_id if entity else None,
        subject_type=entity.type if entity else None,
        evidence=[Evidence(quote_start, quote_end, ctx.text[quote_start:quote_end])])


def _share_frame(claims: list[Claim]) -> None:
    """The values of a 分别 list share the first value's metric and kind (收入分别为 10亿元、
    12亿元: the later values stand too far from the metric word to find it themselves)."""
    first = claims[0]
    for c in claims[1:]:
        if c.unit == first.unit or {c.unit, first.unit} <= {"count", "CNY"}:
            c.metric, c.metric_label, c.kind = first.metric, first.metric_label, first.kind
            if c.unit != first.unit:
                c.unit = first.unit


def _spread_respectively(ctx: ArticleContext, claims: list[Claim], clause: Span,
                         sentence: Span) -> None:
    """分别为: hand the listed values, in order, to the years or the subjects named in the
    enumeration before 分别 (2019—2021 年…分别为 10、12、15 亿元; A、B和C分别占比…)."""
    text = ctx.text
    if len(claims) < 2:
        return
    idx = text.rfind("分别", sentence.start, claims[0].evidence[0].end)
    if idx < 0:
        idx = text.find("分别", sentence.start, sentence.end)
    if idx < 0:
        return
    head = text[sentence.start:idx]
    years = re.search(r"((?:19|20)\d{2})\s*年?\s*[-—–~至到]\s*((?:19|20)\d{2})\s*年", head)
    _share_frame(claims)
    if years and int(years.group(2)) - int(years.group(1)) + 1 == len(claims):
        for i, c in enumerate(claims):
            c.period = str(int(years.group(1)) + i)
        return
    first = claims[0]
    if first.comparator != "eq" and RESPECTIVELY_ABOUT.match(text, idx):
        for c in claims[1:]:  # 分别约为450万、220万和80万: 约 covers the whole list
            if c.comparator == "eq":
                c.comparator = first.comparator
    for d in ctx.date_index.starting(sentence.start, idx):
        head = head.replace(d.text, " ")
    pieces = re.split(r"[，,：:]", head)
    for n, listed in enumerate(reversed(pieces)):
        if n:  # an earlier clause names the list (A、B和C三家平台合计…，份额分别为…)
            listed = re.split(r"[\d.]", listed)[0]
            named = NAMED_RESPECTIVELY.sub("", listed)  # (前三的品类)分别为(玫瑰、百合和康乃馨)
            listed = named if _list_items(named) else listed.split("分别")[0]
        items = _list_items(listed)
        measures = [_metric_form_at_end(ctx, item) for item in items]
        if len(items) == len(claims) and all(measures):
            for c, measure in zip(claims, measures, strict=True):  # 订单量、GMV分别增长…
                c.metric, c.metric_label = ctx.metric_forms[measure], measure
            return
        if len(items) == len(claims):
            for c, item in zip(claims, items, strict=True):
                c.subject = _tidy(item) or item
                c.subject_id = None
            return
        if items and not n:
            return


NAMED_RESPECTIVELY = re.compile(r"^.*分别(?:为|是)?")
RESPECTIVELY_ABOUT = re.compile(r"分别(?:为|是|达到?)?(?:约|近|超过|超|逾|不到)")


def _metric_form_at_end(ctx: ArticleContext, item: str) -> str | None:
    """The metric form an enumerated item ends with (小鹿外卖小程序的订单量 → 订单量)."""
    found = [m for m in ctx.metric_pattern.finditer(item) if m.end() == len(item)]
    return found[-1].group(0) if found else None


LIST_ITEMS = re.compile(r"([\u4e00-\u9fffA-Za-z0-9]{1,12}(?:(?:、|和|及|与|以及)"
                        r"[\u4e00-\u9fffA-Za-z0-9]{1,16})+)")
"""(The class holds 和 too: an item may run on over the next one, which the split undoes.)"""


def _list_items(listed: str) -> list[str]:
    """A、B和C(两大分部的收入): the items of the enumeration in a clause, or none."""
    items_m = LIST_ITEMS.search(listed)
    if not items_m:
        return []
    items = [i for i in re.split(r"、|以及|和|及|与", items_m.group(1)) if i]
    items[-1] = LIST_TAIL.sub("", items[-1]) or items[-1]  # B两大分部的收入 → B
    return items


LIST_TAIL = re.compile(r"(?:[两三四五六七八九十\d]+[大块个项类家]?"
                       r"(?:分部|业务|板块|部门|领域|品类|平台|公司|企业|品牌))?(?:的.*|合计.*|共.*)?$")
"""What follows the last item of a 分别 list: the count of items (两大分部, 三家平台) and the
metric (的收入) or its verb (合计占据…)."""


HEADER_UNIT = re.compile(r"[（(]\s*(?P<mult>万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)?"
                         r"(?P<unit>元|美元|人次|人|家|个|次|户|单|套|间|台|辆|件|张|笔|名|位|场|"
                         r"所|款|部|座|份|分钟|小时|天|秒|吨|亩|平方米|公里|%|％)?\s*[)）]")
COUNTED_UNITS = {"家", "个", "套", "间", "台", "辆", "件", "张", "所", "款", "部", "座", "份"}
"""Header classifiers of things (not people, visits or orders) counted."""
OTHER_UNITS = frozenset(MEASURE_UNITS) | {"分钟", "小时", "天", "秒"}
"""Header units that measure time, weight or area: the figure's unit is `other`."""
HEADER_MULT = {"万亿": 1e12, "千亿": 1e11, "百亿": 1e10, "十亿": 1e9, "千万": 1e7, "百万": 1e6,
               "十万": 1e5, "亿": 1e8, "万": 1e4, "千": 1e3, "百": 1e2}


def _header_scale(label: str) -> tuple[float, str | None]:
    """收入（亿元） → (1e8, "CNY"); 付费商家（万家） → (1e4, "count"); 时长（分钟） → other."""
    m = HEADER_UNIT.search(label)
    if not m or not (m.group("mult") or m.group("unit")):
        return 1.0, None
    unit = {"元": "CNY", "美元": "USD", "%": "percent", "％": "percent"}.get(
        m.group("unit") or "", "other" if m.group("unit") in OTHER_UNITS else "count")
    return HEADER_MULT.get(m.group("mult") or "", 1.0), unit


def _table_metric(ctx: ArticleContext, label: str) -> tuple[str, str]:
    """The column's metric key and kind: 收入同比 → (revenue, change); GMV增速 → growth_rate."""
    name = HEADER_UNIT.sub("", label)
    # the head noun of a Chinese compound comes last: 小程序数量占比 is a share
    found = ([*ctx.metric_pattern.finditer(name)] or [*ctx.hidden_pattern.finditer(name)] or
             [None])[-1]
    key = ctx.metric_forms[found.group(0)] if found else "other"
    if name.endswith(("增速", "增长率")):
        return "growth_rate", "level"
    if re.search(r"同比|环比|增长|增幅|变化", name):
        return key, "change"
    return key, "level"


def _table_period(ctx: ArticleContext, table_start: int) -> str | None:
    """The time a table holds for: named in the lines introducing it, else by the heading."""
    before = [b for b in ctx.blocks if b[1] <= table_start][-2:]
    dates = [d for d in ctx.date_index.starting(before[0][0], table_start) if d.value] \
        if before else []
    return dates[-1].value if dates else _heading_period(ctx, table_start)


def _table_claims(ctx: ArticleContext) -> list[Claim]:
    """Tables (pipe rows, or HTML rows the reader joined with " | "): each cell a claim,
    subject from the row's first cell, metric, unit and scale from the column header."""
    text, claims = ctx.text, []
    header: list[str] | None = None
    period = None
    columns: dict[str, tuple[str, str, float, str | None]] = {}  # header label → its reading
    for start, end in ctx.blocks:
        line = text[start:end]
        if line.count("|") < 2:
            header = None
            continue
        cells = [c for c in line.strip().strip("|").split("|")]
        if all(re.fullmatch(r"\s*:?-{2,}:?\s*", c) for c in cells if c.strip()):
            continue
        if header is None:
            header = [c.strip() for c in cells]
            period = _table_period(ctx, start)
            continue
        pos = start + line.index(cells[0]) if cells[0] in line else start
        subject = cells[0].strip()
        offset = pos + len(cells[0])
        for col, cell in enumerate(cells[1:], start=1):
            cell_start = offset + 1
            offset = cell_start + len(cell)
            label = header[col] if col < len(header) else ""
            if label not in columns:
                key, kind = _table_metric(ctx, label)
                counted = HEADER_UNIT.search(label)
                if key == "other" and counted and counted.group("unit") in COUNTED_UNITS:
                    key = "count"  # 租赁房源（万套）: things counted, no named measure
                columns[label] = (key, kind, *_header_scale(label))
            key, kind, scale, header_unit = columns[label]
            for q in find_quantities(f"|{cell}|"):
                value, unit = q.value, q.unit
                if unit == "count" and not q.classifier and header_unit:
                    value, unit = value * scale, header_unit
                q_end = cell_start + q.end - 1
                claims.append(Claim(
                    subject=subject, metric=key, kind=kind, value=round(value, 6), unit=unit,
                    comparator=q.comparator, metric_label=HEADER_UNIT.sub("", label),
                    period=period, evidence=[Evidence(start, q_end, text[start:q_end])]))
    return claims


def _resolve_source(ctx: ArticleContext, source: Source, offset: int,
                    sentence_end: int) -> str | None:
    """The name behind an attribution: the entity written inside it (有赞财报 → 有赞), else
    for a document (报告, 白皮书) the entity that published it earlier in the text, else for
    earnings (财报显示，二季度X…) the firm the sentence reports on; a document nobody is
    named for is no source (None), never the word 报告 itself."""
    start, end = offset + source.start, offset + source.end
    inside = ctx.entity_index.within(start, end) or ctx.entity_index.containing(start, end)
    if inside:  # (a name the source phrase cuts short: 澄观|数据显示 → 澄观数据)
        return max(inside, key=lambda m: m.end - m.start).label
    if source.is_document:
        publisher = _publisher_before(ctx, start)
        if publisher:
            return publisher
        if EARNINGS_DOCUMENT.search(source.name):
            firms = [m for m in ctx.entity_index.within(offset + source.phrase_end, sentence_end)
                     if m.type == "Company"]
            if firms:
                return firms[0].label
        return None
    speaker_firm = _speakers(ctx).get(source.name)
    if speaker_firm:
        return speaker_firm  # 林予安坦言, after 拾帚科技创始人林予安: the firm she speaks for
    if source.name.startswith("其") or source.name in FIRM_SPEAKERS:
        # 据其数字化负责人介绍, (携程管理层表示…)公司预计: the firm named before
        named = _named_before(ctx, start)  # not 36氪 (…告诉36氪)
        here = [m for m in named if m.start >= offset]
        paragraph = ctx.text.rfind("\n", 0, offset) + 1
        if here and not any(m.type == "Company" and not m.label.endswith(RESEARCH_FIRMS)
                            for m in named if m.start >= paragraph):
            return here[0].label  # “书架漂流”是一个…小程序，创始人林屿告诉…: its founder,
            # where no firm of the paragraph makes it (鹿岑科技做的是…小程序“鹿岑旅拍”)
        firms = [m for m in named if m.type == "Company"] or named
        if firms:  # the firm named last, else the platform (抖音生活服务…，据其披露)
            return firms[-1].label
    return source.name


ROLE_AND_PERSON = re.compile(r"(?:联合|联席)?(?:创始人|首席执行官|CEO|总裁|副总裁|董事长|总经理|"
                             r"合伙人|负责人)(?:兼[A-Za-z\u4e00-\u9fff]{1,6}?)?"
                             r"(?P<person>[\u4e00-\u9fff]{2,3}?)(?=告诉|表示|透露|介绍|称|坦言|认为|"
                             r"说|指出|提到|在|，|,)")
"""拾帚科技联合创始人林予安(告诉笔者): a person named with her role at a firm."""


def _speakers(ctx: ArticleContext) -> dict[str, str]:
    """Person → the firm named right before her role (X创始人Y, X的CEO Y), once per article:
    a later 林予安坦言 is the firm speaking."""
    if ctx._speakers is None:
        ctx._speakers = {}
        for m in ROLE_AND_PERSON.finditer(ctx.text):
            firms = [e for e in ctx.entity_index.ending(max(0, m.start() - 2), m.start() + 1)
                     if e.type in NAMED_TYPES]
            if firms and m.group("person") not in ctx.entity_by_name:
                ctx._speakers.setdefault(m.group("person"), firms[-1].label)
    return ctx._speakers


RESEARCH_FIRMS = ("研究院", "研究所", "研究中心", "咨询", "智库", "数据", "指数", "证券", "资本")
EARNINGS_DOCUMENT = re.compile(r"财报|年报|季报|业绩")
FIRM_SPEAKERS = ("公司", "该公司", "管理层", "公司管理层", "该公司管理层", "官方", "公司方面")
"""Who speaks for a firm without naming it (管理层预计): the firm named before."""
PUBLISHED = re.compile(r"[^。；]{0,16}?(?:发布|推出|公布|发表|出具|披露)了?[^。；]{0,24}?"
                       r"(?:《|报告|白皮书|财报|年报|季报|业绩|数据|研究|调研|调查|指数|榜单)")
"""X近日发布《…报告》: X published a document a later 报告显示 refers to (腾讯方面披露，… is no
document)."""


def _publisher_before(ctx: ArticleContext, pos: int) -> str | None:
    """The last Company that 发布/推出/公布 a report, paper or figures before `pos`."""
    for m in sorted((m for m in ctx.entity_index.ending(0, pos + 1) if m.type == "Company"),
                    key=lambda m: -m.start):
        if PUBLISHED.match(ctx.text, m.end, pos):
            return m.label
    return None


SPENT = re.compile(r"提供|投入|补贴|发放|拿出|花费|支出|砸")
BENEFICIARY = re.compile(r"(?:为|给|向)[^，,。；]{2,12}?(?:提供|发放|补贴|拿出)")
"""Verbs of money a firm spends: the figure is a cost."""
COMES_FROM = re.compile(r"\s*(?:的[\u4e00-\u9fff]{1,8}?)?(?:都|均|主要)?来自")
"""约15%(的订单)来自…: the part of a whole that comes from somewhere, a share."""
PARTS_AFTER_SEMICOLON = re.compile(r"[；;]\s*其中")
NOT_BARE_TOPIC = re.compile(r"的|率")
"""(新开店商家的首月动销率为37%): a clause naming its own measure, not only its topic."""


def _table_before(ctx: ArticleContext, table_rows: set[tuple[int, int]],
                  at: int) -> tuple[int, int] | None:
    """(start, end) of the table right above the block holding `at`, if there is one."""
    index = next((i for i, b in enumerate(ctx.blocks) if b[0] <= at < b[1]), None)
    if not index or ctx.blocks[index - 1] not in table_rows:
        return None
    first = index - 1
    while first > 0 and ctx.blocks[first - 1] in table_rows:
        first -= 1
    return ctx.blocks[first][0], ctx.blocks[index - 1][1]


def _reported_period(ctx: ArticleContext) -> tuple[str, int] | None:
    """The period an earnings article reports on, named where it opens (快手科技发布2023年第三季度
    未经审计的财务业绩), and where it is named: the time of the paragraphs of that section that
    name none of their own."""
    for d in _usable_dates(ctx).within(0, REPORT_OPENING):
        if d.value and len(d.value) != len("2022-06-18") and \
                RELEASED_BEFORE.search(ctx.text, max(0, d.start - 4), d.start) and \
                RESULTS_AFTER.match(ctx.text, d.end):
            return d.value, d.end
    return None


REPORT_OPENING = 600
RELEASED_BEFORE = re.compile(r"(?:发布|公布|披露|交出)了?(?:其)?\s*$")
RESULTS_AFTER = re.compile(r"\s*(?:未经审计的?)?(?:的)?(?:财务业绩|业绩|财报|季报|年报|半年报|中报|"
                           r"财务报告|成绩单)")


def find_claims(ctx: ArticleContext) -> list[Claim]:
    """Every numeric claim in the article, repeats merged (several evidence spans)."""
    text = ctx.text
    default_source = find_document_source(text)
    if default_source:
        name, start, end = default_source
        inside = ctx.entity_index.within(start, end)
        default = max(inside, key=lambda m: m.end - m.start).label if inside else name
    else:
        default = None
    table_rows = {b for b in ctx.blocks if text[b[0]:b[1]].count("|") >= 2}
    claims: list[Claim] = _table_claims(ctx)
    table = _table_before(ctx, table_rows, default_source[1]) if default_source else None
    if table:  # 数据来源：X under a table: the table's source, not the whole article's
        for claim in claims:
            if table[0] <= claim.evidence[0].start < table[1]:
                claim.attribution = claim.attribution or default
        default = None
    section_period: str | None = None
    carried_period: str | None = None
    report_period = _reported_period(ctx)
    introduced: _Frame | None = None  # the paragraph that ends with "：" and the list after it
    earlier_firm: str | None = None
    for block in ctx.blocks:
        if block in table_rows:
            continue
        if block in ctx.headings:
            section_period = _heading_period(ctx, block[1])
            introduced = None
            if report_period and block[0] > report_period[1]:
                report_period = None  # a new section may be about other things than the report
            if not _find_metric(ctx, *block):
                continue
        dates = _usable_dates(ctx).starting(*block)
        # 截至2024年9月 holds past its paragraph into one with no time of its own; a paragraph
        # with a time of its own is dated by that, and what it says before that time is not
        frame = _Frame(period=(None if dates else carried_period) or section_period or
                       (None if dates or not report_period else report_period[0]),
                       earlier_firm=earlier_firm)
        if introduced:  # X数据显示，2024年…：- 微信贡献了约78%…；- …。
            frame.period = introduced.period or frame.period
            frame.attribution = introduced.attribution
        carried_period = None
        attributes = may_attribute(text, *block)
        for sentence in split_spans(text, block[0], block[1], SENTENCE_END + "；;"):
            source = find_attribution(text[sentence.start:sentence.end]) if attributes else None
            if source and source.name not in ctx.entity_by_name and \
                    ctx.metric_pattern.search(source.name):
                source = None  # (全年)营收预计(突破3亿元): a measure forecast, not who forecasts
            if source and source.name == "其" and \
                    SPEAKER_ONLY_VERB.match(text, sentence.start + source.end) and \
                    not SPEAKER_ROLE.search(text, block[0], sentence.start):
                source = None  # 她计划…: nobody introduced who speaks for a firm
            if source and source.anonymous:
                frame.attribution = None  # 多家券商分析师则认为: no one the reader can check
            elif source:
                frame.attribution = _resolve_source(ctx, source, sentence.start, sentence.end)
                if frame.attribution and frame.attribution.startswith("其") and \
                        frame.paragraph_subject:
                    frame.attribution = frame.paragraph_subject  # 据其负责人介绍: whose, above
                if frame.attribution == "其":
                    frame.attribution = None  # 她表示 with nobody named before: no one to check
            topic_from = sentence.start + (source.phrase_end if source else 0)
            if source and source.name in ("公司", "该公司") and \
                    not text[sentence.start:sentence.start + source.start].strip("，, "):
                topic_from = sentence.start  # 公司预计(三季度营收…): the firm speaks of itself
            frame.subject = None
            frame.metric_before_semicolon = (frame.metric, frame.metric_label, frame.unit) \
                if text[sentence.start - 1:sentence.start] in "；;" else None
            if not PARTS_AFTER_SEMICOLON.match(text, sentence.start - 1):
                frame.metric = None  # (…月活约为1.6亿；)其中X约为6800万: the parts of that
            sentence_claims: list[tuple[Claim, Span]] = []
            quantities = find_quantities(text[sentence.start:sentence.end], sentence.start) \
                if not HYPOTHETICAL.match(text, sentence.start) else []
            clauses = split_spans(text, sentence.start, sentence.end, "，,：:") if quantities \
                else []
            previous: tuple[Quantity, Claim] | None = None
            subset: tuple[Span, str] | None = None  # a 其中 clause and the topic before it
            for q in quantities:
                if _inside_name_or_date(ctx, q):
                    continue
                clause = next(c for c in clauses if c.start <= q.start < c.end)
                if previous and q.unit == previous[0].unit and \
                        RANGE_GAP.fullmatch(text, previous[0].end, q.start) and not (
                            previous[1] and previous[1].kind == "change" and
                            q.unit not in ("percent", "pp", "times") and
                            CHANGE_VERB_BEFORE.search(text, sentence.start, previous[0].start)):
                    # (净增58家)至2034家: a change, then the level it reached, not a range
                    # (增长约9%至11.6% is one: a range of rates)
                    claim = _range_end(ctx, *previous, q)
                else:
                    if subset and subset[0] != clause:
                        if CHANGE_OF_PART.match(text, clause.start):
                            subset = (clause, subset[1])  # (其中…占38%，)较2023年提升了…: the part
                        elif any(c.metric in ("share", "usage_time_share") for c, cl in
                                 sentence_claims if cl == subset[0]):
                            frame.subject = subset[1]  # 其中储值会员约占两成，(会员复购率…):
                            subset = None  # back to the whole
                        else:  # 其中二手手机的销量…，(平均成交价…): the part measured in its
                            # own right stays the clauses' topic, the whole the paragraph's
                            # (…广告及其他收入为0.8亿元；经调整净亏损…: the firm's); a clause
                            # naming another part (商品收入为…，服务收入为…) is the whole's
                            if _names_another_part(ctx, clause, q):
                                frame.subject = subset[1]
                            subset = (clause, subset[1])
                    whole = frame.subject or frame.paragraph_subject  # (…；)其中: the last
                    if subset is None and whole and (SUBSET.match(text, clause.start) or
                                                     "；其中" in text[clause.start:q.start]):
                        subset = (clause, whole)  # 其中…, (…同比下降1.5%；)其中…
                    forecast = _is_forecast_here(text, sentence, clause, q, sentence_claims)
                    claim = _claim_for(ctx, q, clause, sentence, frame, forecast, topic_from)
                    if subset and claim:
                        frame.paragraph_subject = subset[1]  # a part (其中…) is no new topic
                if claim:
                    sentence_claims.append((claim, clause))
                previous = (q, claim) if claim else None
            for clause in {c for _, c in sentence_claims}:
                group = [c for c, cl in sentence_claims if cl == clause]
                _spread_respectively(ctx, group, clause, sentence)
            claims.extend(c for c, _ in sentence_claims)
            # a single day is an event, not a period to carry; 去年同期 is a baseline
            dated = [d for d in dates if sentence.start <= d.start < sentence.end
                     and len(d.value) != len("2022-06-18") and "同期" not in d.text
                     and not BASE_BEFORE.search(text, max(0, d.start - 3), d.start)]
            events = [d for d in dates if sentence.start <= d.start < sentence.end and d.value
                      and (len(d.value) == len("2022-06-18") or
                           EVENT_NEAR.search(text, max(sentence.start, d.start - 6),
                                             min(sentence.end, d.end + 4)))]
            if events:
                frame.last_event = events[-1].value
            if dated and is_forecast(text[sentence.start:dated[-1].end]):
                frame.forecast_period = dated[-1].value
            elif dated:
                frame.period = dated[-1].value  # (到2026年将…: a forecast's year is its own)
                lead_in = text[max(0, dated[-1].start - 3):dated[-1].start].rstrip()
                if lead_in.endswith(("截至", "截止", "截止到")):
                    carried_period = dated[-1].value  # 截至2024年9月: holds past the paragraph
        if frame.paragraph_subject in ctx.entity_by_name:
            earlier_firm = frame.paragraph_subject
        closing = text[block[0]:block[1]].rstrip()[-1:]
        if closing in "：:":
            introduced = introduced or _Frame(period=frame.period, attribution=frame.attribution)
        elif closing not in "；;，,":
            introduced = None  # the list ends with its last item
    for claim in claims:
        claim.attribution = claim.attribution or default
    return merge_repeats(_headline_restatements(ctx, claims))


HEADLINE_MAX = 60
"""A first line this short, without a full stop, is the article's headline."""


def _headline_restatements(ctx: ArticleContext, claims: list[Claim]) -> list[Claim]:
    """A headline restates a body figure in fewer words (跑腿订单半年7.6亿单 / 这些小程序上半年
    的订单量合计约为7.6亿单): its claim is that body claim, one more evidence span, when the
    body has exactly one claim of its measure, kind, value and unit and the headline's subject
    is a word of that claim's paragraph. Subjects alike are merge_repeats' to join."""
    if not ctx.blocks:
        return claims
    head = ctx.blocks[0]
    line = ctx.text[head[0]:head[1]]
    if len(line) > HEADLINE_MAX or "。" in line:
        return claims
    restating = [c for c in claims if c.evidence and c.evidence[0].start < head[1]]
    body = [c for c in claims if c.evidence and c.evidence[0].start >= head[1]]
    merged: set[int] = set()
    for told in restating:
        same = [c for c in body if (c.metric, c.kind, round(c.value, 6), c.unit) ==
                (told.metric, told.kind, round(told.value, 6), told.unit)
                and _same_period(c.period, told.period)]
        if len(same) != 1 or _same_subject(same[0].subject, told.subject):
            continue
        at = same[0].evidence[0].start
        paragraph = next((b for b in ctx.blocks if b[0] <= at < b[1]), (at, at))
        if len(told.subject) < 2 or \
                QUOTES.sub("", told.subject) not in ctx.text[paragraph[0]:paragraph[1]]:
            continue
        same[0].evidence[:0] = told.evidence
        same[0].attribution = same[0].attribution or told.attribution
        merged.add(id(told))
    return [c for c in claims if id(c) not in merged]


SPEAKER_ONLY_VERB = re.compile(r"们?(?:预计|计划|认为|算过|提到|指出|强调|坦言)")
SPEAKER_ROLE = re.compile(r"创始人|CEO|首席执行官|负责人|总裁|董事长|总经理|合伙人|高管|发言人")
"""他预计 speaks for a firm only after its founder or manager has been introduced in the
paragraph (创始人许砚舟告诉36氪，…；他预计…); 他表示 and 他透露 do so after a quote as well."""
BASE_BEFORE = re.compile(rf"(?:{BASE_WORDS}|比起)\s*$")
"""Before the date of a comparison's base (较2023年下降了9个百分点): no period to carry."""
NEW_ITEMS_LISTED = re.compile(r"(?:新增|新开设?|净增|新签约?|新上线|新入驻)了?(?:约|近|超过)?"
                              r"[\d.]+[万亿千百]*[^，,。；;\d]{1,6}?(?:和|及|与|、)(?:约|近|超过)?$")
"""新增约41万名作家和(约68万部作品): the next item of the list added as well."""
NEW_ITEMS = re.compile(r"(?<![日月周均天])(?:新增|新开设?|净增|新签约?|新上线|新入驻|新落地|"
                       r"新发行|新发布|新出版|新推出|再开|再新增|再增加)了?的?[^，,。；;\d的]{0,8}$")
"""The words right before a count of things added over a period (新增认证服务商2000家,
新上线的小游戏约为2.6万款); a daily or monthly average of additions (日均新增用户) is a level
of its own."""
RANGE_GAP = re.compile(r"\s*(?:[-~～—–]|至|到)\s*")
CHANGE_VERB_BEFORE = re.compile(r"(?:净增|净减|增加|减少|增长|下降|新增|提升|提高|降低)了?\s*$")


HYPOTHETICAL = re.compile(r"\s*(?:假如|假设|如果|倘若|若是|要是|假定)")
"""假如一个小程序每天有1万人访问…: an example worked through, not figures reported."""
def _is_forecast_here(text: str, sentence: Span, clause: Span, q: Quantity,
                      before: list[tuple[Claim, Span]]) -> bool:
    """A prediction, plan or target: marked in the number's own clause, or, for the
    sentence's first figure, anywhere before it; a later figure without a marker of its own
    is what the figure before it was (预计…将达到120亿元，同比增长20%), unless its clause
    says it is so now (目前…已超过300万) — a 将 inside an earlier figure's clause
    (62%的商家表示将加大投入，仅有8%…) does not reach it."""
    if NOW.search(text, max(clause.start, q.start - 4), q.start):
        return False  # (计划…把用户)从目前的6.2万人(扩大到…): the starting point is a fact
    if is_forecast(text[clause.start:q.start]):
        return True
    if not before:
        return is_forecast(text[sentence.start:q.start])
    if NOW.search(text, clause.start, q.start) or ALREADY.search(text, clause.start, q.start):
        return False
    return before[-1][0].modality == "forecast"


ALREADY = re.compile(r"已")
CHANGE_OF_PART = re.compile(r"[\s，,]*(?:较|比|同比|环比|相比|(?:约|大约|接近)?是)")
"""A clause that compares the figure before it (较2023年提升了…, 约是第二名的2.5倍)."""


def _firm_before(ctx: ArticleContext, at: int, sentence: Span) -> str | None:
    """The Company named last in the paragraph before `at` (not a medium told)."""
    block = next((b for b in ctx.blocks if b[0] <= sentence.start < b[1]), (sentence.start, at))
    firms = [m for m in ctx.entity_index.within(block[0], at)
             if m.type == "Company" and not _told(ctx, m)]
    return firms[-1].label if firms else None


def _names_another_part(ctx: ArticleContext, clause: Span, q: Quantity) -> bool:
    """服务收入为(59.3亿元): words of the clause's own before its metric, naming what it
    measures; 平均成交价(在…) names none."""
    for pattern in (ctx.metric_pattern, ctx.hidden_pattern):
        m = pattern.search(ctx.text, clause.start, q.start)
        if m:
            return bool(_without_qualifiers(_topic_of(ctx, clause.start, m.start())))
    return False


SUBSET = re.compile(r"\s*其中")
"""A clause about a part of the topic (其中…), after which the chain returns to the topic."""


def _range_end(ctx: ArticleContext, first_q: Quantity, first: Claim, q: Quantity) -> Claim:
    """25%-30%, 约为8至10元: the second end of a range is a claim about the same thing as
    the first, and a comparator on either end covers both."""
    sign = -1.0 if first.value * first_q.value < 0 else 1.0
    comparator = q.comparator if q.comparator != "eq" else first.comparator
    if first.comparator == "eq":
        first.comparator = comparator
    start = first.evidence[0].start
    return replace(first, value=q.value * sign,
                   unit=first.unit if q.unit == first_q.unit else q.unit,
                   comparator=comparator,
                   evidence=[Evidence(start, q.end, ctx.text[start:q.end])])


def _inside_name_or_date(ctx: ArticleContext, q: Quantity) -> bool:
    num_start = q.start + len(q.text) - len(q.text.lstrip("超过突破逾近约将接不到低于少")) \
        if q.text else q.start
    if num_start in ctx.in_name_or_date:
        return True
    before = ctx.text[max(0, q.start - 30):q.start]
    if before.count("《") > before.count("》"):
        return True
    return bool(SLOGAN_OPEN.search(ctx.text, max(0, q.start - SLOGAN), q.start)
                and SLOGAN_CLOSE.match(ctx.text, q.end, q.end + SLOGAN))


SLOGAN = 8
"""“9块9包邮”, “1元秒杀”, “30分钟达”: a number inside a short quotation names a promise or
an offer, not a figure the article reports."""
SLOGAN_OPEN = re.compile(rf"[“「][^”」，,。]{{0,{SLOGAN}}}$")
SLOGAN_CLOSE = re.compile(rf"[^“「，,。]{{0,{SLOGAN}}}[”」]")


def merge_repeats(claims: list[Claim]) -> list[Claim]:
    """One claim per identity; its evidence spans gathered from every repetition. A repeat
    whose period is coarser (2024 vs 2024-Q4) or missing is the same statement: the more
    specific period wins."""
    merged: list[Claim] = []
    by_key: dict[tuple, list[Claim]] = {}  # identity()[1:5] does not change while merging
    for c in claims:
        key = c.identity()[1:5]
        same = next((k for k in by_key.get(key, ()) if _same_subject(k.subject, c.subject)
                     and _same_period(k.period, c.period)), None)
        if same is None:
            merged.append(c)
            by_key.setdefault(key, []).append(c)
            continue
        same.evidence.extend(e for e in c.evidence if e not in same.evidence)
        same.attribution = same.attribution or c.attribution
        if c.period and (not same.period or _narrower(c.period, same.period)):
            same.period = c.period
        if (c.subject_id and not same.subject_id) or (
                bool(c.subject_id) == bool(same.subject_id) and len(c.subject) < len(same.subject)):
            same.subject, same.subject_id = c.subject, c.subject_id  # the named one, else
            # the shorter (微信及WeChat, not 微信及WeChat合并)
    return merged


def _same_subject(a: str, b: str) -> bool:
    """Two subjects that may name the same thing: one extends the other (微信及WeChat /
    微信及WeChat合并), or holds it, quotation marks aside (a headline's 先用后付 / the body's
    中国“先用后付”), unless what it holds is a generic word (小程序 is not 微信小程序)."""
    a, b = QUOTES.sub("", a), QUOTES.sub("", b)
    if a.startswith(b) or b.startswith(a):
        return True
    shorter, longer = sorted((a, b), key=len)
    return shorter in longer and shorter not in POPULATIONS


def _same_period(a: str | None, b: str | None) -> bool:
    """Two periods that may be the same: equal, one missing (a headline restates the
    body's dated figure without its date), or one within the other (2024 / 2024-Q4; a
    headline's 2026-H1 / the body's 截至2026年6月底)."""
    if a is None or b is None:
        return True
    if a.startswith(b) or b.startswith(a):
        return True
    bounds_a, bounds_b = period_bounds(a), period_bounds(b)
    if bounds_a is None or bounds_b is None:
        return False
    return (bounds_a[0] <= bounds_b[0] and bounds_b[1] <= bounds_a[1]) or \
        (bounds_b[0] <= bounds_a[0] and bounds_a[1] <= bounds_b[1])


def _narrower(a: str, b: str) -> bool:
    """Period a says more precisely when than b (2024-Q4 than 2024, 2026-06 than 2026-H1),
    or the same span in the text's own terms (a fiscal quarter's 2025-07/2025-09, not a
    headline's 2025-Q3)."""
    bounds_a, bounds_b = period_bounds(a), period_bounds(b)
    if bounds_a is None or bounds_b is None or bounds_a == bounds_b:
        return len(a) > len(b)
    return bounds_a[1] - bounds_a[0] < bounds_b[1] - bounds_b[0]
