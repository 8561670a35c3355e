"""The portal tells Beijing time, in Zope's DateTime as in Python."""

from DateTime import DateTime
from pathlib import Path
from putian.policy.rules.calendar.clock import in_beijing

import configparser
import subprocess
import sys


BUILDOUT = Path(__file__).resolve().parents[2] / "buildout.cfg"


def instance_tz() -> str:
    config = configparser.ConfigParser(interpolation=None)
    config.read(BUILDOUT)
    for line in config["instance"]["environment-vars"].splitlines():
        name, _, value = line.strip().partition(" ")
        if name == "TZ":
            return value.strip()
    raise AssertionError("the instance sets no TZ")


def test_zope_datetime_reads_the_instance_zone_as_utc_plus_8():
    # In a fresh interpreter: DateTime reads the zone when it is imported.
    script = "from DateTime import DateTime; print(DateTime().tzoffset())"
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"TZ": instance_tz(), "PYTHONPATH": ":".join(sys.path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout.strip()) == 8 * 3600


def test_asia_shanghai_would_be_read_as_us_central():
    # Why the instance does not say TZ=Asia/Shanghai.
    script = "from DateTime import DateTime; print(DateTime().tzoffset())"
    result = subprocess.run(
        [sys.executable, "-c", script],
        env={"TZ": "Asia/Shanghai", "PYTHONPATH": ":".join(sys.path)},
        capture_output=True,
        text=True,
        check=True,
    )
    assert int(result.stdout.strip()) != 8 * 3600


def test_a_datetime_in_any_zone_shows_in_beijing_time():
    central = DateTime("2026/11/27 20:36:00 US/Central")
    moment = in_beijing(central)
    assert moment.strftime("%Y-%m-%d %H:%M") == "2026-11-28 10:36"
    assert moment.utcoffset().total_seconds() == 8 * 3600


def test_upgrade_from_1014_gives_stored_dates_beijing_time(portal, setup_tool):
    from plone import api

    with api.env.adopt_roles(["Manager"]):
        page = api.content.create(container=portal, type="Document", id="p", title="p")
    central = DateTime("2026/11/27 20:36:00 US/Central")
    page.creation_date = central
    page.modification_date = central
    history = page.workflow_history
    for workflow_id, entries in list(history.items()):
        history[workflow_id] = tuple(dict(entry, time=central) for entry in entries)
    page.reindexObject(idxs=["created", "modified"])  # keeps the dates
    setup_tool.setLastVersionForProfile("putian.policy:default", "1014")
    setup_tool.upgradeProfile("putian.policy:default")
    assert page.creation_date.tzoffset() == 8 * 3600
    assert page.creation_date.timeTime() == central.timeTime()
    assert page.modified().Time().startswith("10:36")
    for entries in page.workflow_history.values():
        assert all(entry["time"].Time().startswith("10:36") for entry in entries)
    brain = api.content.find(UID=page.UID(), unrestricted=True)[0]
    assert brain.modified.Time().startswith("10:36")
