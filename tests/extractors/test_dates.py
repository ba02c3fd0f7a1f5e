"""Tests for `extractors.dates`: every form of GUIDELINES section 4, resolved against an
explicit year earlier in the same block or the article's reference date, and left
unresolved (value None) when neither exists."""

from __future__ import annotations

from datetime import date

import pytest

from extractors.dates import find_dates, infer_reference_date


def values(text: str, reference: str | None, blocks=()) -> list[str | None]:
    ref = date.fromisoformat(reference) if reference else None
    return [d.value for d in find_dates(text, ref, blocks)]


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # full dates
    ("2022 年 1 月 17 日", None, ["2022-01-17"]),
    ("2022年1月17日", None, ["2022-01-17"]),
    ("2021-07-30", None, ["2021-07-30"]),
    ("2021/7/30", None, ["2021-07-30"]),
    ("7月30日", "2021-10-26", ["2021-07-30"]),
    # years and months
    ("2021年", None, ["2021"]),
    ("2021 年", None, ["2021"]),
    ("2021年度", None, ["2021"]),
    ("2017年10月", None, ["2017-10"]),
    ("今年 8 月", "2021-10-26", ["2021-08"]),
    ("7月份", "2020-12-31", ["2020-07"]),
    ("去年", "2021-10-26", ["2020"]),
    ("明年", "2021-10-26", ["2022"]),
    # quarters and halves
    ("2024年第四季度末", None, ["2024-Q4"]),
    ("2024年四季度", None, ["2024-Q4"]),
    ("2024年Q4", None, ["2024-Q4"]),
    ("今年第三季度", "2021-10-26", ["2021-Q3"]),
    ("2020年上半年", None, ["2020-H1"]),
    ("2021年下半年", None, ["2021-H2"]),
    ("今年上半年", "2021-10-26", ["2021-H1"]),
    ("去年下半年", "2021-10-26", ["2020-H2"]),
    pytest.param("第一季度", "2023-05-26", ["2023-Q1"]),
    pytest.param("上半年", "2023-09-01", ["2023-H1"]),
    ("2021年前三季度", None, ["2021-Q1/2021-Q3"]),
    ("今年前三季度", "2021-10-26", ["2021-Q1/2021-Q3"]),
    # month and year ranges
    ("2020年1-8月", None, ["2020-01/2020-08"]),
    ("2020年1月到8月", None, ["2020-01/2020-08"]),
    ("2020年3月至5月", None, ["2020-03/2020-05"]),
    ("今年1-8月", "2020-09-09", ["2020-01/2020-08"]),
    ("3-5月", "2020-12-31", ["2020-03/2020-05"]),
    pytest.param("3月至5月", "2020-09-09", ["2020-03/2020-05"]),
    ("2024-2029年", None, ["2024/2029"]),
    ("2024—2029年", None, ["2024/2029"]),
    pytest.param("2019年至2021年", None, ["2019/2021"]),
    # day ranges: two days joined by 至 or a dash, or a last day within the month
    ("5月31日至6月16日", "2022-06-18", ["2022-05-31/2022-06-16"]),
    ("2022年3月1日-3月15日", None, ["2022-03-01/2022-03-15"]),
    ("6月1日至17日", "2022-06-18", ["2022-06-01/2022-06-17"]),
    ("2022年11月1日—11日", None, ["2022-11-01/2022-11-11"]),
    ("2022年11月11日至1日", None, [None]),  # backwards: not a range
    ("去年9月至今年9月", "2024-10-01", ["2023-09/2024-09"]),
    ("2022年3月至2023年5月", None, ["2022-03/2023-05"]),
    # festivals
    ("2025年元旦期间", None, ["2025-01-01"]),
    ("国庆期间", "2021-10-26", ["2021-10-01"]),
    ("2021年618", None, ["2021-06-18"]),
    ("2021年双11期间", None, ["2021-11-11"]),
    ("今年“双11”期间", "2025-11-18", ["2025-11-11"]),
    ("2025年“双11”期间", None, ["2025-11-11"]),
    ("2021年11.11", None, ["2021-11-11"]),
    ("2021年，双11当天", None, ["2021", "2021-11-11"]),
    ("2021年，11.11当天", None, ["2021", "2021-11-11"]),
    ("双11期间", "2021-12-01", ["2021-11-11"]),
    ("双十一", "2021-12-01", ["2021-11-11"]),
    ("双11", "2022-01-19", ["2021-11-11"]),  # in January, 双11 is last year's
    ("计划在2025年底前将门店扩大到3000家", None, ["2025"]),  # 年底, 月末: the year, the month
    ("截至6月末，用户超过1亿", "2025-08-20", ["2025-06"]),
    ("今年11月1日至11日，订单量增长", "2025-11-20", ["2025-11-01/2025-11-11"]),  # relative
    ("四季度收入同比增长9%", "2025-09-16", ["2024-Q4"]),  # in September, a past 四季度
    # ... unless the sentence forecasts it: the coming one
    ("管理层表示，四季度收入将同比增长5%至8%", "2025-09-16", ["2025-Q4"]),
    ("公司预计四季度营收在20亿元左右", "2025-09-16", ["2025-Q4"]),
    ("四季度收入同比增长9%。明年将继续扩张", "2025-09-16", ["2024-Q4", "2026"]),
    ("8月", "2022-01-19", ["2021-08"]),
    ("2021年清明", None, ["2021-04-04"]),
    ("清明节期间", "2021-10-01", ["2021-04-04"]),
    ("清明", "2022-06-01", ["2022-04-05"]),
    # relative to an earlier date of the same block
    ("今年8月，月活达到195个，去年同期为115个", "2021-10-26", ["2021-08", "2020-08"]),
    # a year's 同期 is the span just named, in that year; it sets no year for what follows
    ("今年上半年，订单占比由2024年同期的19%提升至26%，7月增长", "2025-08-20",
     ["2025-H1", "2024-H1", "2025-07"]),
    # a second 去年同期 is still a year before the span named, not two
    ("三季度市场份额较去年同期下降了1.3个百分点；净利润为25.1亿元，去年同期为26.9亿元",
     "2025-11-18", ["2025-Q3", "2024-Q3", "2024-Q3"]),
    # the first N months of a year, half-years written H1/H2, fiscal years, Q3 alone
    ("2024年前8个月", None, ["2024-01/2024-08"]),
    ("今年前两个月", "2024-05-01", ["2024-01/2024-02"]),
    ("2024H1", None, ["2024-H1"]),
    ("前三季度，营收增长", "2023-11-02", ["2023-Q1/2023-Q3"]),
    ("Q3营收增长20%", "2024-11-20", ["2024-Q3"]),
    # 次年 and 同年 count from the year just named
    ("2019年上线，次年用户突破1亿", None, ["2019", "2020"]),
    ("2019年上线，同年用户突破1亿", None, ["2019", "2019"]),
    # 同期 of a span is the whole span a year earlier, not its first month
    ("今年1-6月，订单量增长，占比从去年同期的9%升至15%", "2023-08-01",
     ["2023-01/2023-06", "2022-01/2022-06"]),
    ("2022年第一季度至第三季度，营收较上年同期增长", None, ["2022-Q1/2022-Q3", "2021-Q1/2021-Q3"]),
    # interim results report on the first half
    ("中国电信2025年中期业绩则显示，用户规模达到约2.1亿", None, ["2025-H1"]),
    ("爱美客2025年半年报显示，营收同比下降", None, ["2025-H1"]),
])
def test_normalised_value(text, reference, expected):
    assert values(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    ("2020年，7月份GMV增长", None, ["2020", "2020-07"]),
    ("2021年1月上榜2个，到8月增至8个", None, ["2021-01", "2021-08"]),
    ("2019年，8月份", "2021-10-26", ["2019", "2019-08"]),
    ("2021年，双11当天", "2022-01-19", ["2021", "2021-11-11"]),
])
def test_month_takes_the_year_named_earlier_in_the_block(text, reference, expected):
    assert values(text, reference) == expected


@pytest.mark.parametrize(("text", "reference", "expected"), [
    # a target year and a comparison's base year are not the year of what follows
    ("预计到2026年占比将提升至10%。公司预计三季度收入增长12%", "2024-12-31",
     ["2026", "2024-Q3"]),
    ("订单量较2019年同期增长超过20%。暑期首周（7月1日至7日），搜索量增长45%", "2024-12-31",
     ["2019", "2024-07-01/2024-07-07"]),
    ("收入比2022年增长30%，8月份", "2024-12-31", ["2022", "2024-08"]),
    # 截至 is "as of": that year holds
    ("截至2023年9月，8月份", "2024-12-31", ["2023-09", "2023-08"]),
    # a firm's founding year is no year of the figures after it
    ("这家成立于2022年的公司上半年共举办了约1400场活动", "2026-08-20", ["2022", "2026-H1"]),
    # a forecast's year dates its own sentence, not the facts reported after it
    ("预计2026年全年规模约590亿元，2028年有望突破700亿元。报告同时提醒，上半年投诉增长约22%",
     "2026-08-20", ["2026", "2028", "2026-H1"]),
    ("预计2028年上半年规模将突破700亿元，下半年将达到800亿元", "2026-08-20",
     ["2028-H1", "2028-H2"]),
])
def test_targets_and_bases_set_no_year_for_what_follows(text, reference, expected):
    assert values(text, reference) == expected


@pytest.mark.parametrize("text", ["在春节、国庆等高峰期，访问量可达平日的5倍。",
                                  "618、双11等大促期间，销量翻倍。"])
def test_festivals_named_as_a_kind_of_day_are_no_dates(text):
    assert values(text, "2024-12-31") == []


@pytest.mark.parametrize(("reference", "expected"), [
    (None, ["2020", "2020-07", None]),
    ("2021-10-26", ["2020", "2020-07", "2021-08"]),
])
def test_year_context_stops_at_the_block_boundary(reference, expected):
    text = "2020年，7月份GMV增长。\n8月份GMV继续增长。"
    blocks = [(0, text.index("\n")), (text.index("\n") + 1, len(text))]
    assert values(text, reference, blocks) == expected


@pytest.mark.parametrize("text", ["今年8月", "7月份", "去年同期", "今年", "今年上半年", "双11"])
def test_relative_date_without_reference_stays_unresolved(text):
    assert values(text, None) == [None]


@pytest.mark.parametrize("text", ["目前", "3个月", "一月一次", "第3月", "筹备了一个月",
                                  "上线前3个月", "QQ3群", "iPhone15",
                                  # a fiscal period is no calendar date, nor is its quarter
                                  "2026财年第一季度", "2025财年第二季度", "2025财年",
                                  "2025财年下半年"])
def test_not_a_date(text):
    assert values(text, "2021-10-26") == []


@pytest.mark.parametrize(("text", "explicit"), [
    ("2021年", True),
    ("2021年双11", True),
    ("今年8月", False),
    ("双11", False),
    ("7月份", False),
])
def test_explicit_year_flag(text, explicit):
    [mention] = find_dates(text, date(2021, 10, 26))
    assert mention.explicit_year is explicit


@pytest.mark.parametrize(("text", "quoted"), [
    ("据统计，2022 年 1 月 17 日发布", "2022 年 1 月 17 日"),
    ("东方甄选在2025年元旦期间单日送礼订单增长1622%", "2025年元旦"),
    ("在7月份实现了日均核销100万张", "7月份"),
])
def test_mention_offsets_slice_the_text(text, quoted):
    [mention] = find_dates(text, date(2020, 12, 31))
    assert (mention.text, text[mention.start:mention.end]) == (quoted, quoted)


# -- the reference date of an undated article ---------------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    ("2020年GMV增长，2020年7月，2021年", date(2020, 12, 31)),
    ("2021 年、2022 年、2021 年", date(2021, 12, 31)),
    ("2019年和2020年", date(2020, 12, 31)),  # a tie goes to the later year
    ("2020年交易额突破8000亿", date(2020, 12, 31)),
    ("今年7月", None),
    ("没有年份", None),
    # a dateline at the start of the body gives the day the item was filed
    ("即时零售观察\n新华社北京8月27日电 2024年上半年，即时零售订单增长。", date(2024, 8, 27)),
    ("2023年8月27日讯 今年上半年，2022年的订单……", date(2023, 8, 27)),
    ("8月27日，某公司发布了2024年半年报。", date(2024, 12, 31)),  # an event, no dateline
    # 截至 is "as of", not a plan's "to"; a comparison's base year is not the reported one
    ("公布了截至2023年9月30日的三季度业绩，订单较2019年同期增长三成。", date(2023, 12, 31)),
    ("截止到2022年底，用户比2018年翻了一番，预计到2025年……", date(2022, 12, 31)),
    ("销量较2019年增长。", date(2019, 12, 31)),  # the only year named
    # a dateline line near the top
    ("某报告\n发布日期：2025年4月18日\n2024年，用户增长。", date(2025, 4, 18)),
    ("某报告\n发布时间：2025-06-12 09:30\n2024年，用户增长。", date(2025, 6, 12)),
])
def test_infer_reference_date(text, expected):
    assert infer_reference_date(text) == expected


def test_undated_text_resolves_relative_months_in_the_year_it_reports_on():
    text = "2020年，小程序交易额同比增长超过100%。\n今年7月份，麦当劳日均核销100万张。"
    assert values(text, infer_reference_date(text).isoformat())[-1] == "2020-07"
