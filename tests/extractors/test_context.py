"""Tests for `extractors.context.SpanIndex`: every lookup equals the scan it replaces, in the
mentions' original order (which need not be sorted, and may overlap or nest), both for
mentions that come sorted by start and for mentions that do not."""

from __future__ import annotations

import pytest

from extractors.context import Span, SpanIndex

UNSORTED = [Span(10, 14), Span(0, 3), Span(10, 12), Span(2, 20), Span(12, 12), Span(15, 18),
            Span(10, 14)]
SORTED = sorted(UNSORTED, key=lambda m: m.start)
RANGES = [(0, 0), (0, 3), (0, 30), (2, 14), (10, 12), (10, 14), (11, 13), (12, 12), (12, 13),
          (13, 16), (15, 18), (19, 25), (-5, 1)]
CASES = [(mentions, lo, hi) for mentions in (UNSORTED, SORTED) for lo, hi in RANGES]


@pytest.mark.parametrize(("mentions", "lo", "hi"), CASES)
def test_starting(mentions, lo, hi):
    assert SpanIndex(mentions).starting(lo, hi) == [m for m in mentions if lo <= m.start < hi]


@pytest.mark.parametrize(("mentions", "lo", "hi"), CASES)
def test_ending(mentions, lo, hi):
    assert SpanIndex(mentions).ending(lo, hi) == [m for m in mentions if lo <= m.end < hi]


@pytest.mark.parametrize(("mentions", "start", "end"), CASES)
def test_within(mentions, start, end):
    assert SpanIndex(mentions).within(start, end) == [
        m for m in mentions if start <= m.start and m.end <= end]


@pytest.mark.parametrize(("mentions", "start", "end"), CASES)
def test_containing(mentions, start, end):
    assert SpanIndex(mentions).containing(start, end) == [
        m for m in mentions if m.start <= start and end <= m.end]


def test_empty_index():
    empty = SpanIndex([])
    assert empty.starting(0, 9) == empty.ending(0, 9) == empty.within(0, 9) == \
        empty.containing(0, 9) == []


# -- who a sentence attributes its figures to ----------------------------------------------------

@pytest.mark.parametrize(("sentence", "source"), [
    # (the pipeline then names the entity 千瓴数据 that contains it)
    ("据第三方机构千瓴数据统计，新开店商家增长了80%。", "千瓴"),
    ("财报同时显示，平均日活跃用户达到3.87亿。", "财报"),
    ("报告同时提醒，超过四成景区小程序的月活跃用户不足1000人。", "报告"),
    ("阿拉丁研究院指出，小程序数量超过700万。", "阿拉丁研究院"),
    # a report named by its period between the firm and the verb
    ("同道优聘此前发布的2025年中期业绩显示，上半年公司实现收入9.86亿元。", "同道优聘"),
    # whose: the firm named before, which the claims' reader looks up
    ("据其披露的数据，GMV同比增长超过150%。", "其"),
    ("创始人周屿告诉记者，企业微信里沉淀了约85万名用户。", "其"),
    ("联合创始人宋知秋告诉记者，上半年付费用户约为11万人。", "其"),
    ("云栈科技联合创始人陈默表示，付费用户约为11万人。", "云栈科技"),
    # a firm's short name in brackets between its name and the report it published
    ("澜音娱乐集团（LYE）发布的2024年第四季度及全年财报显示，付费用户数达到1.21亿。",
     "澜音娱乐集团"),
    # a date or the people asked between the firm and its report
    ("鹭汀集团8月19日发布的中期业绩显示，上半年公司实现收入7.6亿元。", "鹭汀集团"),
    ("朴川研究院今年10月对5000名消费者的调研显示，约46%的用户是25岁至35岁。", "朴川研究院"),
    ("鹭汀科技2025年半年报显示，上半年公司营业收入为18.6亿元。", "鹭汀科技"),
    # the person just quoted speaks for the firm named before
    ("“我们每单的毛利不到0.5元。”他透露，公司今年有望实现盈亏平衡。", "其"),
    # a firm's prospectus, a name with a plus sign or digits, a report just published
    ("52TOYS则在招股书中披露，2024年公司营收为6.3亿元。", "52TOYS"),
    # a report named by its title after its year (2020《…报告》显示): the title, not the year
    ("2020《码上经济影响力报告》显示，会员拉新规模提升6倍。", "《码上经济影响力报告》"),
    ("澄观服务+方面披露，今年上半年平台上的认证服务商超过2600家。", "澄观服务+"),
    ("澄观研究院近日发布《2025中国互联网保险消费报告》，样本覆盖63家机构。", "澄观研究院"),
    # whom the reporter learned it from
    ("记者从澄云科技获悉，2025年上半年其小程序GMV同比增长35%。", "澄云科技"),
])
def test_source_is_the_name_without_its_kind_or_adverbs(sentence, source):
    from extractors.context import find_attribution

    found = find_attribution(sentence)
    assert found is not None and found.name == source
    if source != "其" or "据其" in sentence:
        assert sentence[found.start:found.end] == source


@pytest.mark.parametrize("sentence", [
    "“利润都在几毛钱里。”刘姐告诉记者，去年一个月能拿4000多元。",
    "老张表示，店里每天要处理200单。",
    "一位业内人士表示，行业平均退货率在30%以上。",
    # nor is a firm the article does not name, or its spokesperson
    "一家头部短剧平台的负责人透露，投流成本通常要占到80%至90%。",
    "某头部券商预计，明年增速将放缓至5%。",
    "多家券商分析师则认为，明年健康险的保费增速可能放缓至5%左右。",
])
def test_a_private_or_unnamed_person_is_no_source(sentence):
    """Recognised as a source (it ends the one named before) but an anonymous one."""
    from extractors.context import find_attribution

    found = find_attribution(sentence)
    assert found is not None and found.anonymous


@pytest.mark.parametrize("sentence", [
    "约有43%的受访者表示曾购买过二手潮玩。",
    "超过60%的品牌表示，投放预算有所增加。",
    "约有1000名用户表示满意。",
])
def test_respondents_who_say_something_are_no_source(sentence):
    """约有43%的受访者表示: what a share of those asked said, not who reports the figure."""
    from extractors.context import find_attribution

    assert find_attribution(sentence) is None
