"""The SVG timeline: one linked dot per claim, series, forecasts, legend, axes."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import date

from kg.web.chart import Point, timeline

SVG = "{http://www.w3.org/2000/svg}"


def _points() -> list[Point]:
    return [
        Point(date(2020, 1, 1), 4e8, "ent:a", "微信小程序", "/claim/1", "2020 fact", lower=4e8),
        Point(date(2021, 1, 1), 4.5e8, "ent:a", "微信小程序", "/claim/2", "2021 fact"),
        Point(date(2022, 1, 1), 5e8, "ent:a", "微信小程序", "/claim/3", "2022", forecast=True),
        Point(date(2021, 1, 1), 1e8, "label:支付宝", "支付宝", "/claim/4", "range",
              lower=0.8e8, upper=1.2e8),
    ]


def test_every_point_links_to_its_claim():
    root = ET.fromstring(str(timeline(_points(), title="dau")))
    links = root.findall(f"{SVG}a")
    assert sorted(a.get("href") for a in links) == ["/claim/1", "/claim/2", "/claim/3",
                                                    "/claim/4"]
    assert [a.find(f"{SVG}title").text for a in links if a.get("href") == "/claim/4"] == ["range"]


def test_forecasts_are_hollow_and_dashed():
    root = ET.fromstring(str(timeline(_points())))
    for link in root.findall(f"{SVG}a"):
        circle = link.find(f"{SVG}circle")
        forecast = link.get("href") == "/claim/3"
        assert ("forecast" in link.get("class")) is forecast
        assert (circle.get("fill") == "#fff") is forecast
        assert (circle.get("stroke-dasharray") is not None) is forecast
    dashed = [line for line in root.findall(f"{SVG}line") if line.get("class") == "series"
              and line.get("stroke-dasharray")]
    assert len(dashed) == 1  # 2021 → 2022 leads to the forecast


def test_one_colour_per_series_and_a_legend():
    svg = str(timeline(_points()))
    root = ET.fromstring(svg)
    colours = {a.get("data-series"): a.find(f"{SVG}circle").get("fill")
               for a in root.findall(f"{SVG}a") if "fact" in a.get("class")}
    assert colours["微信小程序"] != colours["支付宝"]
    legend = [t.text for t in root.findall(f"{SVG}text") if t.get("class") == "legend"]
    assert legend == ["微信小程序", "支付宝", "事实 fact", "预测 forecast"]


def test_axes_have_year_and_value_ticks():
    ticks = [t.text for t in ET.fromstring(str(timeline(_points()))).findall(f"{SVG}text")
             if t.get("class") == "tick"]
    assert {"2020", "2021", "2022"} <= set(ticks)
    assert "0" in ticks and "5亿" in ticks


def test_a_single_point_gets_a_readable_axis():
    svg = str(timeline([Point(date(2024, 1, 1), 32.0, "s", "s", "/claim/x", "t")],
                       unit_suffix="%"))
    ticks = [t.text for t in ET.fromstring(svg).findall(f"{SVG}text") if t.get("class") == "tick"]
    assert "2024" in ticks and "0%" in ticks
