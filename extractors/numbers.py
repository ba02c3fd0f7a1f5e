"""Numbers as Chinese business prose writes them, normalised to value, unit and comparator.

`find_quantities(text)` scans a clean text for every quantity expression (4.5 亿, 超过 300 万,
两成, 百分之三十, 4100+家, 8 成以上, 1.92 倍, 4 个百分点 …) and returns `Quantity` records with
offsets; whether a quantity is a *claim* is decided later, with the sentence around it.
Things that look like numbers but are not quantities (years, dates, ages, ordinals, names
such as Web3.0 or 11.11, section numbers) are filtered here because they can be told apart
from the characters alone.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

CN_DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5,
             "六": 6, "七": 7, "八": 8, "九": 9}
CN_SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
CN_LARGE_UNITS = {"万": 10_000, "亿": 100_000_000}
CN_INTEGER_CHARS = frozenset(CN_DIGITS) | frozenset(CN_SMALL_UNITS) | frozenset(CN_LARGE_UNITS)
MULTIPLIERS = {"十": 10, "百": 100, "千": 1_000, "万": 10_000, "十万": 100_000,
               "百万": 1_000_000, "千万": 10_000_000, "亿": 100_000_000,
               "十亿": 1_000_000_000, "百亿": 10_000_000_000, "千亿": 100_000_000_000,
               "万亿": 1_000_000_000_000}

CURRENCY_UNITS = {"元": "CNY", "块": "CNY", "人民币": "CNY", "美元": "USD", "美金": "USD",
                  "港元": "other", "港币": "other", "欧元": "other", "日元": "other",
                  "英镑": "other"}
COUNT_CLASSIFIERS = ("个", "家", "款", "场", "项", "次", "人", "名", "位", "件", "张", "单",
                     "笔", "条", "所", "座", "户", "间", "台", "辆", "部", "份", "篇", "场次",
                     "人次", "万人", "亿人", "村", "种", "类", "只", "支", "元素", "套", "城",
                     "席", "例", "批", "根", "枚", "颗", "架次", "架", "栋", "起", "首", "册", "票",
                     "瓶", "杯", "盒", "箱", "袋", "枝", "束", "罐")
MEASURE_UNITS = ("平方米", "公斤", "千克", "公里", "千米", "吨", "斤", "亩", "GB", "TB", "千瓦时",
                 "兆瓦时", "千瓦", "兆瓦")
"""Units of weight, area, distance, storage and energy: the quantity is measured, its unit
`other`."""
TIME_UNITS = ("分钟", "小时", "秒", "天", "周", "个月", "年", "日")
DURATION_RE = re.compile(
    r"\s*(?:多|余)?(?P<word>个多月|个半月|多个月|个月|分钟|小时|秒钟?|天|周|日)")
MEASURED_TIME = re.compile(r"(?:(?:时长|用时|耗时|停留|时耗|周期|时效|天数|"
                           r"(?:平均|人均|响应|等待|配送|处理|审核)[\u4e00-\u9fff]{0,4}时间)"
                           r"[^。；]{0,14}|(?:平均|人均)[^，,。；]{0,12}|(?:缩短|延长)了?"
                           r"(?:约|近|超过)?|(?:比|较)[^，,。；\d]{1,12}?[短长快慢]了?(?:约|近|超过)?|"
                           r"每(?:天|日|周|月)[^，,。；\d]{1,10}?(?:超过|不少于|不到|至少|近))$")
"""Durations are claims only when the time itself is measured (月人均使用时长60分钟, 理赔平均
时效1.8天, 平均每天被共享约2.3小时, 缩短了约1.5天, 比App用户短了约0.8天, 每天阅读新闻超过30
分钟)."""
SCORE_POINTS = re.compile(r"分(?=[，。；,;、（）()\s的]|以[上下]|左右|$)")
SCORED = re.compile(r"(?:评分|得分|打分|分数|评级)[^，,。；\d]{0,6}$")
"""平均评分为4.82分, 评分低于4.5分: a rating measured in points (unit `other`); 满分5分, the
scale, is not."""

_CN_NUM = "零〇一二两三四五六七八九十百千万亿"
_ARABIC = r"\d+(?:[,，]\d{3})*(?:\.\d+)?"
_MULT = r"(?:万亿|千亿|百亿|十亿|千万|百万|十万|亿|万|千|百)"

COMPARATOR_BEFORE = [
    ("不低于", "gt"), ("不少于", "gt"), ("不小于", "gt"), ("至少", "gt"), ("不高于", "lt"),
    ("不到", "lt"), ("不足", "lt"), ("低于", "lt"), ("少于", "lt"), ("小于", "lt"),
    ("未超过", "lt"), ("不超过", "lt"),
    ("超过", "gt"), ("超出", "gt"), ("突破", "gt"), ("高于", "gt"), ("多于", "gt"),
    ("大于", "gt"), ("逾", "gt"), ("超", "gt"), ("破", "gt"), ("上亿", "gt"), ("过", "gt"),
    ("将近", "approx"), ("接近", "approx"), ("约为", "approx"), ("大约", "approx"),
    ("约合", "approx"), ("折合", "approx"),  # a conversion into another currency
    ("约", "approx"), ("近", "approx"), ("大概", "approx"), ("差不多", "approx"),
]
COMPARATOR_WORDS = tuple(word for word, _ in COMPARATOR_BEFORE)
NOT_A_COMPARATOR_AFTER = {"约": frozenset("签预合节制契邀相公条履违特婚赴失守爽解续毁"),
                          "近": frozenset("最附临邻亲贴"),
                          "过": frozenset("通经错路度难看做去来跳")}
"""Characters that make the comparator's first character the end of another word: 签约,
预约, 最近, 附近, 通过, 经过."""
FILLERS = ("达到了", "达到", "达", "至", "了", "为", "在", "已", "有")
"""Words that may stand between a comparator and its number, in the order they are dropped."""
COMPARATOR_AFTER = [
    ("以上", "gt"), ("多", "gt"), ("余", "gt"), ("+", "gt"), ("＋", "gt"),
    ("以下", "lt"), ("以内", "lt"), ("左右", "approx"), ("上下", "approx"),
    ("量级", "approx"), ("级", "approx"),
]
DURATION_COMPARATORS = [(word, c) for word, c in COMPARATOR_AFTER
                        if word in ("以上", "以下", "以内", "左右", "上下")]
COMPARATOR_AFTER_WORDS = tuple(word for word, _ in COMPARATOR_AFTER)

QUANTITY_RE = re.compile(
    r"(?P<half>一半|过半|半数)"
    r"|(?P<double>翻了?(?P<fan>一|两|二)?番|翻了?一?倍)"
    r"|(?P<pct_word>百分之(?P<pct_num>" + _ARABIC + r"|[" + _CN_NUM + r"点]+))"
    r"|(?P<frac>(?P<den>[" + _CN_NUM + r"\d]+)分之(?P<num>[" + _CN_NUM + r"\d]+))"
    r"|(?P<number>" + _ARABIC + r"|[" + _CN_NUM + r"]+(?:点[" + _CN_NUM + r"]+)?)"
    r"(?:\s?(?P<mult>" + _MULT + r"))?"
)
QUANTITY_START = re.compile(r"[\d" + _CN_NUM + r"过半翻]")
"""Every character a QUANTITY_RE match can start with."""
RANGE_TAIL_RE = re.compile(r"\s*[-~～至到—–]\s*(" + _ARABIC + r")\s?(?P<mult>" + _MULT + r")?")
UNIT_RE = re.compile(
    r"\s*(?P<plus>[+＋])?\s*(?P<lvl>量级|级)?(?P<over>以上|多|余)?\s*"
    r"(?P<unit>%|％|个百分点|百分点|pp|倍|成|亿元|万元|千万元|百万元|美元|美金|港元|港币|"
    r"欧元|日元|英镑|元|块|人民币|" + "|".join(sorted(MEASURE_UNITS + COUNT_CLASSIFIERS, key=len,
                                                 reverse=True))
    + r")?"
)


@dataclass(frozen=True)
class Quantity:
    """A number in the text with what it measures in: value, unit, comparator and offsets."""

    start: int
    end: int
    value: float
    unit: str
    comparator: str
    text: str
    classifier: str | None = None
    """The counting word (个, 家, 次 …) when the unit is "count"."""


def parse_chinese_integer(text: str) -> int | None:
    """一千二百万 → 12000000; 两 → 2; 十五 → 15; returns None for anything else."""
    if not text or not CN_INTEGER_CHARS.issuperset(text):
        return None
    total, section, digit = 0, 0, None
    for ch in text:
        if ch in CN_DIGITS:
            digit = CN_DIGITS[ch] if digit is None else digit * 10 + CN_DIGITS[ch]
        elif ch in CN_SMALL_UNITS:
            section += (1 if digit is None else digit) * CN_SMALL_UNITS[ch]
            digit = None
        else:
            unit = CN_LARGE_UNITS[ch]
            section += digit or 0
            if section == 0 and total == 0:
                section = 1  # a bare 万 or 亿, as in 上亿, reads as one of it
            if unit == 100_000_000:
                total = (total + section) * unit
            else:
                total += section * unit
            section, digit = 0, None
    return total + section + (digit or 0)


def parse_number(text: str) -> float | None:
    """Arabic (1,200.5), Chinese (一千二百, 二点五) or mixed digits → float, else None."""
    text = text.replace(",", "").replace("，", "").strip()
    if not text:
        return None
    if CN_INTEGER_CHARS.isdisjoint(text) and "点" not in text:  # else float() can only fail
        try:
            return float(text)
        except ValueError:
            pass
    if "点" in text:
        whole, _, frac = text.partition("点")
        w = parse_chinese_integer(whole) if whole else 0
        digits = "".join(str(CN_DIGITS.get(ch, "")) for ch in frac)
        if w is None or len(digits) != len(frac):
            return None
        return float(f"{w}.{digits}")
    value = parse_chinese_integer(text)
    return float(value) if value is not None else None


def _comparator_before(text: str, start: int) -> tuple[str, int]:
    """The comparator word ending right before `start` (skipping spaces and 了/达/至)."""
    window = text[max(0, start - 8):start].rstrip()
    for filler in FILLERS if window.endswith(FILLERS) else ():
        if window.endswith(filler) and not window.endswith(COMPARATOR_WORDS):
            window = window[: -len(filler)].rstrip()
    if not window.endswith(COMPARATOR_WORDS):
        return "eq", start
    for word, comp in COMPARATOR_BEFORE:
        if window.endswith(word):
            at = start - (len(text[max(0, start - 8):start]) - len(window)) - len(word)
            if text[at - 1:at] in NOT_A_COMPARATOR_AFTER.get(word[0], ()):
                return "eq", start  # 签约了20位, 最近3年, 通过30个: a word that ends so
            return comp, at
    return "eq", start


RANK_BEFORE = re.compile(r"(?:第|TOP|Top|top|No\.|NO\.|(?<![A-Za-z])[Vv]|#|双)\s*$")
TOP_GROUP = re.compile(r"(?:头部|(?<![目此之以提当眼从])前)\s*$")
TOP_GROUP_UNITS = frozenset("家名个位款强")
MEASURE_ACRONYM_BEFORE = re.compile(r"(?:GMV|GTV|DAU|MAU|ARPU|ARPPU|AOV|UV|PV)\s*$")
"""GMV25.3亿元: a measure's acronym glued to its figure, not a name with digits (iPhone15)."""
LATIN_END = re.compile(r"[A-Za-z]$")
LATIN = re.compile(r"[A-Za-z]")
DECIMAL_AFTER = re.compile(r"[.．]\d")
DECIMAL_BEFORE = re.compile(r"\d[.．]$")
CALENDAR_AFTER = re.compile(r"\s*(年|月|日|号|季度|岁|周岁|世纪|后|届|期|代)")
AGE_OR_YEAR_RANGE = re.compile(r"\s*[-—–~～至到]\s*\d+\s*(岁|年|月|日)")
SECTION_MARK = re.compile(r"\s*[、.．](?!\d)")
SMALL_CN_DIGITS = frozenset("一二两三四五六七八九十")
CN_NUMERAL = re.compile(f"[{_CN_NUM}]+")
CN_DIGIT = re.compile("[零〇一二两三四五六七八九]")
NUMBER_BEFORE_MINUS = re.compile(r"[\d%％万亿千百元]\s*$")
HAS_DIGIT = re.compile(r"[\d一二两三四五六七八九]")


def _is_not_a_quantity(text: str, m: re.Match, unit_end: int, unit: str | None) -> bool:
    """Years, dates, ages, ordinals, section numbers and names with digits."""
    s, e = m.start(), m.end("number") if m.group("number") else m.end()
    before = text[max(0, s - 3):s]
    after = text[e:e + 3].lstrip()
    number = m.group("number") or ""
    if m.group("pct_word") or m.group("frac"):
        return False
    if RANK_BEFORE.search(before):
        return True
    if TOP_GROUP.search(before) and unit in TOP_GROUP_UNITS and not m.group("mult"):
        return True  # 头部5家平台, 前10名: a group named by rank, not a count
    if LATIN_END.search(before) and not MEASURE_ACRONYM_BEFORE.search(text, max(0, s - 6), s) \
            or LATIN.match(text, e, e + 1):
        return True
    if DECIMAL_AFTER.match(text, e, e + 2) or DECIMAL_BEFORE.search(before):
        return True  # 11.11, Web3.0 pieces, version numbers
    if not m.group("mult") and CALENDAR_AFTER.match(text, e) and unit is None:
        return True
    if m.group("mult") is None and AGE_OR_YEAR_RANGE.match(text, e):
        return True  # 18至29岁, 2019—2021年: the left end of an age or year range
    if SECTION_MARK.match(text, e) and _starts_block(text, s):
        return True  # "1." "一、" section numbering
    if after.startswith(("大", "种", "类", "点", "方面", "步", "招", "要素")) and \
            number in SMALL_CN_DIGITS:
        return True  # 三大, 七种武器, 两点: list counts
    if unit in TIME_UNITS:
        return True
    if CLOCK.match(text, e):
        return True  # 晚8点, 22点至次日2点: times of day
    if "满" in text[max(0, s - 8):s] and COUPON_BEFORE.search(text, max(0, s - 8), s):
        return True  # 满100减20: a coupon's rule
    if (text[e:e + 1] == "-" or text[s - 1:s] == "-" or e - s >= 11) and \
            _in_phone_number(text, s):
        return True  # 4008-123-456, 13912345678: digits to dial
    return False


CLOCK = re.compile(r"\s*(?:点|时)(?:半|钟|整|多|左右)?(?![击单赞评位餐击名])")
COUPON_BEFORE = re.compile(r"满\s*$|满\s*\d+\s*元?\s*(?:减|送|返)\s*$")
PHONE = re.compile(r"(?<![\d-])(?:\d{3,4}-\d{3,4}-\d{3,4}|\d{3,4}-\d{7,8}|1[3-9]\d{9})(?![\d-])")


def _in_phone_number(text: str, pos: int) -> bool:
    """4008-123-456, 010-12345678, 13912345678: digits to dial, not a figure."""
    window_start = max(0, pos - 12)
    return any(m.start() <= pos < m.end()
               for m in PHONE.finditer(text, window_start, min(len(text), pos + 14)))


def _plausible_chinese_numeral(text: str, m: re.Match, value: float, unit: str | None) -> bool:
    """Chinese numerals hide in ordinary words (一起, 万物, 百货, 统一): keep only the ones
    that read as a measured quantity."""
    number = m.group("number") + (m.group("mult") or "")
    if number[0] in "万亿" and len(number) > 1:
        return False  # 万一, 亿万: idioms, not numbers
    if not CN_DIGIT.search(number):
        # a bare multiplier (百万级, 上亿, 破千万) is a quantity only with a comparator or 级
        before = text[max(0, m.start() - 2):m.start()]
        return before.endswith(("上", "超", "过", "破", "近", "逾")) or \
            text[m.end():m.end() + 1] in ("级", "量")
    if unit in ("成", "倍", "%", "％", "个百分点", "百分点"):
        return True
    if value >= 10 and unit and text[max(0, m.start() - 2):m.start()].endswith(
            ("超过", "超", "近", "约", "逾", "达到", "突破", "达")):
        return True  # 服务城市超过三十个: a comparator and a counted noun make it a figure
    if unit and text.startswith(unit, m.end()) and \
            text.startswith(("以上", "及以上"), m.end() + len(unit)):
        return True  # 两个以上(平台), 两次以上: a threshold that defines a group
    return value >= 100


def _is_cell(text: str, m: re.Match) -> bool:
    """A number alone in a table cell (| 5.8 |): the column header carries its unit."""
    before = re.search(r"(?:^|\|)\s*[-−]?$", text[:m.start()])
    after = re.match(r"\s*(?:\||$)", text[m.end():])
    return bool(before and after and "|" in before.group(0) + after.group(0))


def _starts_block(text: str, pos: int) -> bool:
    line_start = text.rfind("\n", 0, pos) + 1
    return not text[line_start:pos].strip(" \t（(")


def _unit_of(word: str | None, mult: float) -> tuple[str, float, str | None]:
    """Map the unit word to (unit, multiplier, classifier)."""
    if word is None:
        return "count", mult, None
    if word in ("%", "％"):
        return "percent", 1.0, None
    if word in ("个百分点", "百分点", "pp"):
        return "pp", 1.0, None
    if word == "倍":
        return "times", 1.0, None
    if word == "成":
        return "percent", 10.0, None
    for prefix, factor in (("千万", 1e7), ("百万", 1e6), ("亿", 1e8), ("万", 1e4)):
        if word.startswith(prefix) and word[len(prefix):] in CURRENCY_UNITS:
            return CURRENCY_UNITS[word[len(prefix):]], mult * factor, None
    if word in CURRENCY_UNITS:
        return CURRENCY_UNITS[word], mult, None
    if word in MEASURE_UNITS:
        return "other", mult, word
    if word in ("万人", "亿人"):
        return "count", mult * (1e4 if word == "万人" else 1e8), "人"
    return "count", mult, word


def find_quantities(text: str, offset: int = 0) -> list[Quantity]:
    """Every quantity expression in `text`, left to right, with value, unit and comparator;
    offsets count from `offset` (the position of `text` in a longer text it was cut from,
    so that a caller need not build every Quantity twice)."""
    return list(iter_quantities(text, offset))


def has_quantity(text: str) -> bool:
    """Whether `text` holds a quantity: find_quantities(text) != [], without reading past the
    first one (most phrases have no character a number starts with)."""
    return QUANTITY_START.search(text) is not None and \
        next(iter_quantities(text), None) is not None


def _candidates(text: str) -> Iterator[re.Match]:
    """QUANTITY_RE.finditer(text), tried only where a quantity can start: the regex engine
    cannot skip ahead through an alternation of groups, so it would try every position."""
    pos = 0
    while start := QUANTITY_START.search(text, pos):
        m = QUANTITY_RE.match(text, start.start())
        if m:
            yield m
            pos = m.end()  # never empty: every branch reads at least one character
        else:
            pos = start.start() + 1


def iter_quantities(text: str, offset: int = 0) -> Iterator[Quantity]:
    """The quantities of find_quantities(text, offset), one at a time."""
    for m in _candidates(text):
        half, pct_word, frac, number, mult_word = m.group("half", "pct_word", "frac", "number",
                                                         "mult")
        if m.group("double"):  # 翻番, 翻了一倍: twice as many; 翻两番: four times
            comp, start = _comparator_before(text, m.start())
            yield Quantity(offset + start, offset + m.end(),
                           4.0 if m.group("fan") in ("两", "二") else 2.0, "times", comp,
                           text[start:m.end()])
            continue
        if half:
            comp, start = _comparator_before(text, m.start())
            end = m.end()
            if half == "过半":
                comp = "gt"
            elif text.startswith(("左右", "上下"), end):
                comp, end = "approx", end + 2  # 低了一半左右
            yield Quantity(offset + start, offset + end, 50.0, "percent", comp,
                           text[start:end])
            continue
        if pct_word:
            value = parse_number(m.group("pct_num"))
            if value is None:
                continue
            comp, start = _comparator_before(text, m.start())
            yield Quantity(offset + start, offset + m.end(), value, "percent", comp,
                           text[start:m.end()])
            continue
        if frac:
            den, num = parse_number(m.group("den")), parse_number(m.group("num"))
            if not den or num is None:
                continue
            comp, start = _comparator_before(text, m.start())
            yield Quantity(offset + start, offset + m.end(), round(100 * num / den, 4),
                           "percent", comp, text[start:m.end()])
            continue
        u = UNIT_RE.match(text, m.end())
        rng = RANGE_TAIL_RE.match(text, m.end())
        if number in CN_DIGITS and not mult_word and u.end() == m.end() and not rng:
            # 一起, 统一: a lone digit with no unit nor range after it is under 100, which
            # _plausible_chinese_numeral rejects; they are a third of the candidates
            continue
        value = parse_number(number)
        if value is None:
            continue
        mult = float(MULTIPLIERS[mult_word]) if mult_word else 1.0
        unit_word = u.group("unit") if u else None
        has_unit = bool(u and u.group(0).strip())
        if rng and not has_unit:
            # the left end of a range (100-200 场, 1-2亿) borrows the right end's unit
            partner = UNIT_RE.match(text, rng.end())
            unit_word = partner.group("unit") if partner else None
            if mult_word is None and rng.group("mult"):
                mult_word = rng.group("mult")
                mult = float(MULTIPLIERS[mult_word])
        if CN_NUMERAL.fullmatch(number) and not _plausible_chinese_numeral(
                text, m, value * mult, unit_word):
            continue
        points = SCORE_POINTS.match(text, m.end()) if unit_word is None and \
            mult_word is None else None
        if points and (text.endswith(("满分", "点"), 0, m.start())):
            continue  # 满分5分: a rating's scale; 3点10分: a time of day
        if points and SCORED.search(text, max(0, m.start() - 12), m.start()):
            comp, start = _comparator_before(text, m.start())
            yield Quantity(offset + start, offset + points.end(), value, "other", comp,
                           text[start:points.end()], "分")
            continue
        duration = DURATION_RE.match(text, m.end())
        if duration and not (u and u.group("unit") and len(u.group("unit")) > 1 and
                             not u.group("unit").startswith("个")):
            if not MEASURED_TIME.search(text[max(0, m.start() - 30):m.start()]) and \
                    not (mult_word and duration.group("word") in ("小时", "分钟")):
                continue  # 30天内, 4个多月, 3天: durations, not measured quantities; but
                # 98万小时 (of counselling) is a volume of time
            comp, start = _comparator_before(text, m.start())
            end = duration.end()
            for word, c in DURATION_COMPARATORS:
                if text.startswith(word, end):  # 90天以上, 3分钟以内, 30秒左右
                    comp, end = c, end + len(word)
                    break
            yield Quantity(offset + start, offset + end, value * mult, "other", comp,
                           text[start:end], duration.group("word"))
            continue
        if "." in number and mult_word is None and unit_word is None and not _is_cell(text, m):
            continue  # 11.11, 3.0: names and versions, not measured quantities
        if _is_not_a_quantity(text, m, u.end() if u else m.end(), unit_word):
            continue
        unit, factor, classifier = _unit_of(unit_word, mult)
        end = u.end() if has_unit else m.end()
        comp, start = _comparator_before(text, m.start())
        if start == m.start() and start > 0 and text[start - 1] in "-−" and \
                not NUMBER_BEFORE_MINUS.search(text, 0, start - 1):
            value, start = -value, start - 1  # 同比-7.2%, | -6.1% |: a signed change
        if u and (u.group("plus") or u.group("over")):
            comp = "gt"
        elif u and u.group("lvl") and comp != "gt":
            comp = "gt" if text.endswith(("上", "超", "突破"), 0, m.start()) else "approx"
            if comp == "approx" and text[end:end + 2].startswith("以上"):
                comp = "gt"
        tail = text[end:end + 3]
        for word, c in COMPARATOR_AFTER if tail.startswith(COMPARATOR_AFTER_WORDS) else ():
            if tail.startswith(word) and word not in ("多",):
                comp = c
                end += len(word)
                break
        bare_multiplier = not HAS_DIGIT.search(number)
        if text[max(0, start - 1):start] == "上" and bare_multiplier:
            comp = "gt"  # 上亿, 上万: "upwards of"
        yield Quantity(offset + start, offset + end, round(value * factor, 6), unit, comp,
                       text[start:end], classifier)
