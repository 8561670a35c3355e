"""A department's compliance report page (the plan's indicators)."""

from Products.Five.browser import BrowserView
from putian.policy.catalogue.report import department_report
from putian.policy.display import Display


class DepartmentReport(BrowserView):
    def rows(self) -> list[dict]:
        display = Display(self.request)
        indicators, items = department_report(self.context)
        titles = {item["id"]: item["title"] for item in items}
        return [
            {
                "code": indicator.code,
                "title": display.text(indicator),
                "rule": indicator.rule,
                "numerator": indicator.numerator,
                "denominator": indicator.denominator,
                "percent": display.percent(indicator.percent),
                "target": (
                    f"≥ {indicator.target_percent:g}%"
                    if indicator.target_percent is not None
                    else "—"
                ),
                "meets": indicator.meets_target,
                "missing": [
                    {"url": url, "title": titles.get(url, url)}
                    for url in indicator.missing
                ],
            }
            for indicator in indicators
        ]
