"""The frame around a number: sentences and clauses, who the figure is attributed to,
whether it is a forecast, and which time expression it holds for.

Chinese business prose states figures in chains of comma clauses that share one topic,
one source (据…统计) and one time (2021年，…); these functions recover that frame so the
claim assembler can hand each number its subject, source and period.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from typing import Generic, Protocol, TypeVar

SENTENCE_END = "。！？!?\n"
CLAUSE_BREAK = "，,；;：:"

ATTRIBUTION_VERBS = ("指出|显示|表示|披露|称|认为|预计|预测|发现|统计|透露|告诉|介绍|宣布|估计|"
                     "估算|测算|提醒|强调|提到|坦言")
SPEAKER_VERBS = "告诉|透露|表示|介绍|称|坦言|预计|计划|认为|算过|提到|指出|强调"
"""What 他/她 says or plans after a quote or a named speaker: the firm just named speaks."""
ATTRIBUTION_PATTERNS = [
    # 据阿拉丁研究院统计 / 根据QuestMobile数据显示 / 据2022微信公开课Pro披露数据
    re.compile(r"(?:^|[，,。；\s])(?:据|根据|依据|来自)\s*(?P<src>[^，,。；：]{2,30}?)\s*"
               r"(?:最新)?(?:的)?(?:统计|显示|数据|披露|发布|报告|调研|调查|测算|研究(?![院所])|"
               r"了解|访谈|监测|分析|预测|估算|公开|表示|指出|介绍|透露)"),
    # QuestMobile 指出 / 腾讯最新披露的财报显示 / 阿拉丁研究院认为
    # 同道猎聘此前发布的2025年中期业绩显示
    # 腾讯音乐娱乐集团（TME）发布的2024年第四季度及全年财报显示
    re.compile(r"(?P<src>[\u4e00-\u9fffA-Za-z0-9《》“”+＋]{2,32}?)(?:[（(][A-Za-z0-9\u4e00-\u9fff]{1,12}"
               r"[）)])?\s*(?:最新|此前|日前)?(?:则|也|还)?(?:在|于)?"
               # 微盟集团8月19日发布的中期业绩, 朴石研究院今年10月对5000名消费者的调研
               r"(?:(?:(?:19|20)\d{2}年|今年|去年)?\d{1,2}月(?:\d{1,2}日)?(?:晚间)?)?"
               r"(?:发布的|披露的|公布的)?(?:对[^，,。；]{1,16}?的)?"
               r"(?:(?:19|20)\d{2}年(?:第?[一二三四1-4]季度(?:及全年)?|中期|上半年|全年|年度)?)?"
               r"(?:财报|报告|数据|白皮书|研究|调研|调查|业绩|中期业绩|财务业绩|业绩公告|半年报|年报|"
               r"季报|招股书)?(?:中)?(?:" + ATTRIBUTION_VERBS + ")"),
    # “…。”他告诉记者: the person just quoted, who speaks for the firm named before
    re.compile(r"(?:^|[，,。；\s“”])(?P<src>[他她])们?(?:" + SPEAKER_VERBS + ")"),
    # 记者从澄云科技获悉: whom the reporter learned it from
    re.compile(r"(?:^|[，,。；\s])(?:记者)?从\s*(?P<src>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*"
               r"(?:方面)?(?:获悉|了解到|得知)"),
    # 衡保研究院近日发布《…报告》，样本覆盖…: the publisher of what the sentence describes
    re.compile(r"(?:^|[，,。；\s])(?P<src>[\u4e00-\u9fffA-Za-z0-9]{2,16}?)\s*(?:近日|日前|今日|此前|"
               r"最新)?(?:正式)?发布了?(?:的)?《"),
]
ATTRIBUTION_CUES = [re.compile("据|来自"), re.compile(ATTRIBUTION_VERBS),
                    re.compile("[他她]们?(?:" + SPEAKER_VERBS + ")"),
                    re.compile("获悉|了解到|得知"), re.compile("发布了?的?《")]
"""Words without which each attribution pattern cannot match: a cheap test that spares most
sentences the patterns' slow scan (the second one tries 2-20 characters at every position)."""
GENERIC_SOURCES = {"报道", "媒体", "媒体报道", "消息", "消息人士", "知情人士",
                   "数据", "报告", "白皮书", "财报", "研究", "调研", "统计", "资料", "第三方",
                   "第三方数据", "公开资料", "相关数据", "公开数据", "业内", "业内人士", "专家",
                   "分析师", "机构", "市场", "行业", "有关数据", "官方", "官方数据", "这",
                   "这也", "结果", "调查", "数据结果", "我们"}
BARE_DOCUMENT = re.compile(r"(?:该|此|这份|这一|上述|最新|相关)?(?:的)?(?:报告|白皮书|财报|年报|"
                           r"季报|招股书|研究报告|调研|数据|研究)")
TITLE = re.compile(r"《[^》]*》")
SPOKESPERSON = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})(?:的)?(?:相关|运营|业务|市场|技术|产品|"
                          r"品牌|电商|数字化)?(?:负责人|创始人|"
                          r"联合创始人|首席执行官|CEO|总裁|副总裁|总经理|高管|发言人|合伙人|"
                          r"董事长)[\u4e00-\u9fff]{0,3}$")
"""Who speaks for a firm (X相关负责人, X的运营负责人, X创始人陈默): the figure is the firm's."""
TOLD = re.compile(r"[^，,。：:；]{1,12}(?=[，,：:])")
RESPONDENTS = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z]{2})[对在].*$")
"""对 or 在 and what follows a name: whom X asked (据X对N家企业的调研), where X said it
(腾讯在2022年第四季度财报中披露)."""
DOCUMENT_WORDS = ("白皮书", "报告", "财报", "研究报告", "年报", "招股书", "指数")
FORECAST_MARKERS = re.compile(
    r"预计|预测|预期|有望|可望|计划|目标|规划|力争|将(?!近|军)|或将|未来|可使|可将|"
    r"争取|(?<!达)到20\d\d年|"
    r"可能(?=[^，。；]{0,4}?(?:放缓|回落|回升|下降|降至|升至|提升|提高|增长|达到|超过|突破|维持|下调|上调|"
    r"保持|扩大|收窄)|\s*$)")
COMPARISON_BEFORE = ("较", "比", "相比", "相较于", "相较", "对比", "同比", "环比", "高于",
                     "低于", "超过")


@dataclass(frozen=True)
class Span:
    start: int
    end: int


class Positioned(Protocol):
    start: int
    end: int


P = TypeVar("P", bound=Positioned)


class SpanIndex(Generic[P]):
    """Mentions (entities, dates) looked up by position instead of scanned: an article has
    hundreds of them and the assembler asks about each number several times. Answers keep
    the mentions' original order, so they equal the scans they replace (start <= end
    assumed for every mention)."""

    def __init__(self, items: Sequence[P]):
        self.items = list(items)
        starts = [m.start for m in self.items]
        order = sorted(range(len(starts)), key=starts.__getitem__)
        self._by_start = [self.items[i] for i in order]
        self._starts = [m.start for m in self._by_start]
        self._ends = [m.end for m in self._by_start]
        self._longest = max((m.end - m.start for m in self.items), default=0)
        # mentions usually come sorted: then a stretch of _by_start is in original order
        self._order = None if order == list(range(len(order))) else order

    def starting(self, lo: int, hi: int) -> list[P]:
        """The mentions with lo <= m.start < hi."""
        first, last = bisect_left(self._starts, lo), bisect_left(self._starts, hi)
        if self._order is None:
            return self._by_start[first:last]
        return self._pick(range(first, last))

    def ending(self, lo: int, hi: int) -> list[P]:
        """The mentions with lo <= m.end < hi."""
        # a mention ending at or after `lo` starts at most its length before it
        first = bisect_left(self._starts, lo - self._longest)
        last = bisect_left(self._starts, hi)
        ends = self._ends
        if self._order is None:
            return [self._by_start[k] for k in range(first, last) if lo <= ends[k] < hi]
        return self._pick([k for k in range(first, last) if lo <= ends[k] < hi])

    def within(self, start: int, end: int) -> list[P]:
        """The mentions inside [start, end): start <= m.start and m.end <= end."""
        first = bisect_left(self._starts, start)
        last = bisect_right(self._starts, end)
        ends = self._ends
        if self._order is None:
            return [self._by_start[k] for k in range(first, last) if ends[k] <= end]
        return self._pick([k for k in range(first, last) if ends[k] <= end])

    def containing(self, start: int, end: int) -> list[P]:
        """The mentions that hold [start, end): m.start <= start and end <= m.end."""
        first = bisect_left(self._starts, end - self._longest)
        last = bisect_right(self._starts, start)
        ends = self._ends
        if self._order is None:
            return [self._by_start[k] for k in range(first, last) if end <= ends[k]]
        return self._pick([k for k in range(first, last) if end <= ends[k]])

    def _pick(self, positions: Sequence[int]) -> list[P]:
        """The mentions at these (ascending) positions of _by_start, in original order (the
        methods above skip this step when _by_start is the original order: one list built
        instead of two, for the many lookups of an article)."""
        if self._order is not None:
            positions = sorted(positions, key=self._order.__getitem__)
        return [self._by_start[k] for k in positions]


@lru_cache(maxsize=16)
def _splitter(breaks: str) -> re.Pattern:
    return re.compile(f"[{re.escape('《「（(【》」）)】' + breaks)}]")


def split_spans(text: str, start: int, end: int, breaks: str) -> list[Span]:
    """Split text[start:end] at any of `breaks`, keeping each piece's offsets (breaks
    inside brackets and titles do not split, so 《A，B》 stays whole; curly quotes are too
    often unbalanced in real articles to be trusted as brackets)."""
    spans, depth, piece_start = [], 0, start
    for found in _splitter(breaks).finditer(text, start, end):  # only the characters that count
        i, ch = found.start(), found.group()
        if ch in "《「（(【":
            depth += 1
        elif ch in "》」）)】" and depth:
            depth -= 1
        elif ch in breaks and depth == 0:
            if i + 1 > piece_start:
                spans.append(Span(piece_start, i + 1))
            piece_start = i + 1
    if piece_start < end:
        spans.append(Span(piece_start, end))
    return spans


def clean_source(source: str) -> str | None:
    """Trim a source phrase to the name of who said it (drop 最新, 的, 发布的, 《》 …): "" for
    someone the article does not name, None for no source at all."""
    source = re.sub(r"^(?:\d{4}\s*年|\d{4}\s*(?=《)|最新|一份|该|此前|日前|近日|公开)", "",
                    source.strip().lstrip("“”\"'」』"))
    source = FIRM_KIND_LEAD.sub("", source)  # 第三方机构千瓴(数据): the firm, not its kind
    source = re.sub(r"^(?:根据|依据|据)(?=其)", "", source)  # 据其(披露): whom 其 stands for
    source = ADVERB_TAIL.sub("", source)  # 财报同时(显示): the document
    source = OWN_REPORT_TAIL.sub("", source)  # 澄观股份半年报(显示): the firm, whose report
    source = re.sub(r"(?<=[^《》\s])\s*《[^》]*》$", "", source)  # X发布的《…报告》: X
    source = re.sub(r"(?:的|最新|发布|发布的|披露|公布|公开|对公开资料进行|对公开资料|方面)+$",
                    "", source).strip(" 　，,")
    source = RESPONDENTS.sub("", source).strip()
    if UNNAMED.fullmatch(source) or PRIVATE_PERSON.fullmatch(source):
        return ""  # 一位业内人士, 多家券商, 刘姐: no one the reader can check
    source = re.sub(r"^(?:另有|相关|多家|一些|部分)", "", source)
    if ROLE_LEAD.match(source) or source in ("他", "她"):
        source = "其"  # (联合)创始人周屿(表示), 他(告诉记者): who speaks for the firm just named
    source = SPOKESPERSON.sub("", source)  # 乐宝相关负责人, 云栈科技创始人陈默: the firm
    if UNNAMED.fullmatch(source):
        return ""  # 一家头部短剧平台(的负责人): a firm the article does not name
    if source == "其":
        return source  # the firm just named: the claims' reader looks it up
    if len(source) < 2 or source in GENERIC_SOURCES or len(source) > 24:
        return None
    return source


ROLE_LEAD = re.compile(r"^(?:联合|联席)?(?:创始人|首席执行官|CEO|总裁|总经理|负责人|董事长|"
                       r"合伙人)[\u4e00-\u9fff]{0,3}$")
"""A role and a person's name, no firm: someone speaking for the firm named before."""
FIRM_KIND_LEAD = re.compile(r"^(?:第三方|市场|行业)?(?:研究|调研|数据|咨询|分析)?机构(?=.{2})")
OWN_REPORT_TAIL = re.compile(r"(?<=[\u4e00-\u9fffA-Za-z0-9]{2})(?:[一二三四]季报|半年报|年报|季报|"
                             r"中报|财报|招股书|业绩公告)$")
ADVERB_TAIL = re.compile(r"(?<=.{2})(?:同时|还|也|另外|此外|同样|进一步|则|并|均|都)+$")
PRIVATE_PERSON = re.compile(r"(?:[\u4e00-\u9fff]{1,2}(?:姐|哥|叔|姨|婶|伯|爷|妈|嫂)|"
                            r"[老小][\u4e00-\u9fff])")
"""刘姐, 王叔, 老张: a private person the article names by kinship or nickname."""
UNNAMED = re.compile(r"[\u4e00-\u9fff]{0,3}?(?:(?:一|多)[家位名个]|某[家位名个]?)"
                     r"[\u4e00-\u9fff]{0,8}(?:平台|公司|企业|机构|品牌|商家|券商|门店|连锁|服务商|MCN)|"
                     r"(?:一位|一名|某位|多位|多名|多家|一些|部分|有|不少)?(?:业内|行业|市场|资深|"
                     r"接近[^，,。]{1,8}的|知情|相关|券商|投行)?(?:人士|分析师|专家|研究员|从业者|"
                     r"券商|机构|投资人|观察人士|负责人|高管|店主|老板|商家)|(?:平台|内测|后台|"
                     r"内部|第三方|行业)(?:数据)?")
"""Sources with no name: people and groups the article does not identify (also after a
place: 深圳一家…品牌), and data it does not ascribe to anyone (平台数据显示, 据内测数据)."""


@dataclass(frozen=True)
class Source:
    """An attribution phrase: the cleaned name, where the name sits, where the phrase ends."""

    name: str
    start: int
    end: int
    phrase_end: int

    @property
    def anonymous(self) -> bool:
        """一位业内人士表示, 多家券商分析师认为, 刘姐告诉记者: someone speaks whom the article
        does not name; the figures after it are nobody's the reader can check, not the
        source named before."""
        return not self.name

    @property
    def is_document(self) -> bool:
        """据报告显示, 财报显示: a document with no name of its own, whose author must be
        looked up (视灯指数 or 《码上经济影响力报告》 name themselves)."""
        return bool(BARE_DOCUMENT.fullmatch(self.name))


def may_attribute(text: str, start: int, end: int) -> bool:
    """False when no sentence inside text[start:end] can have an attribution (no cue word
    anywhere in it): a paragraph is tested once instead of sentence by sentence."""
    return any(cue.search(text, start, end) for cue in ATTRIBUTION_CUES)


def find_attribution(sentence: str) -> Source | None:
    """Who the sentence attributes its figures to (offsets relative to `sentence`)."""
    for pattern, cue in zip(ATTRIBUTION_PATTERNS, ATTRIBUTION_CUES, strict=True):
        if not cue.search(sentence):
            continue
        for m in pattern.finditer(sentence):
            raw = m.group("src")
            # 只有不到三成(表示), 超过一半的品牌(表示): respondents, not sources; but 据X对512家
            # 企业的调研 names X, whoever it asked
            if re.search(r"\d(?:\.\d+)?\s*(?:%|％|成|名|家|个|位|万|千|百|的|多|余)|"
                         r"[一二两三四五六七八九十]成|一半|多数|少数|部分|品牌$|企业$|商家$|"
                         r"^的|受访者$|受访用户$|消费者$|用户$|网友$",
                         RESPONDENTS.sub("", TITLE.sub("", raw))):
                continue
            source = clean_source(raw)
            if not source:
                if re.search("|".join(DOCUMENT_WORDS), raw or ""):
                    source = ADVERB_TAIL.sub("", raw.strip(" 《》"))
                elif source == "":
                    return Source("", m.start("src"), m.start("src"), m.end())  # anonymous
                else:
                    continue
            at = sentence.find(source, m.start("src"))
            start = at if at >= 0 else m.start("src")
            end = m.end()
            if sentence.endswith("告诉", 0, end):  # X告诉鸟哥笔记，…: whom X told is no topic
                told = TOLD.match(sentence, end)
                end = told.end() if told else end
            return Source(source, start, start + len(source), end)
    return None


DOCUMENT_SOURCE = re.compile(
    r"(?:数据|资料)(?:(?:除特别(?:注明|说明|标注)外)?[，,]?\s*(?:均|全部|主要)?(?:来自|来源于|引自|出自)"
    r"\s*(?P<src>[^，,。；《]{2,24})|来源[:：]\s*(?P<src2>[^，,。；\n《]{2,24}))")
"""数据/资料 written once in front of both readings: then `re` skips to the characters 数 and
资 instead of trying the pattern at every position of the article (4× faster)."""


def find_document_source(text: str) -> tuple[str, int, int] | None:
    """本文数据除特别注明外，均来自X / 数据来源：X — a default source for the whole article."""
    m = DOCUMENT_SOURCE.search(text)
    if not m:
        return None
    group = "src" if m.group("src") else "src2"
    return m.group(group).strip(), m.start(group), m.end(group)


def is_forecast(text: str) -> bool:
    """True when the text before a number marks it as a prediction, plan or target; 到2025年
    alone does so only without a completed verb after it (到2023年6月底，这个数字变成了…)."""
    markers = list(FORECAST_MARKERS.finditer(text))
    if not markers:
        return False
    if all(m.group(0).startswith("到20") for m in markers):
        return not COMPLETED.search(text, markers[-1].end())
    return True


COMPLETED = re.compile(r"了|已经|已")
"""Aspect words that report a thing done, which a plan or a target is not."""


def is_comparison_date(text: str, start: int, end: int) -> bool:
    """较2020年 / 2023年的1.92倍 / 相比去年: a baseline, not the time a value holds for."""
    before = text[max(0, start - 4):start]
    after = text[end:end + 2]
    return before.endswith(COMPARISON_BEFORE) or after.startswith("的") and bool(
        re.match(r"的\s*[\d.]+\s*倍", text[end:end + 10])) or after.startswith(("相比", "同期"))
