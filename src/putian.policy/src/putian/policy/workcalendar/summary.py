"""A year of the working calendar as plain data (REST and control panel)."""


def _day(info) -> dict:
    return {
        "date": info.date.isoformat(),
        "name": info.name or "",
        "reason": info.reason,
        "source": info.source,
    }


def year_summary(calendar, year: int, overrides: dict) -> dict:
    """Holidays, make-up working days and overrides of ``year``, with sources."""
    return {
        "year": year,
        "status": calendar.year_status(year),
        "provisional": calendar.is_provisional_year(year),
        "published": year in calendar.published_years,
        "holidays": [_day(info) for info in calendar.holidays(year)],
        "make_up_working_days": [
            _day(info) for info in calendar.make_up_working_days(year)
        ],
        "overrides": [
            {"date": day.isoformat(), "working": o.working, "name": o.name}
            for day, o in sorted(overrides.items())
        ],
    }
