"""The portal's working calendar: stored overrides, events, control panel.

The rules live in ``putian.policy.rules``; this package stores what a
manager enters and hands out the ``WorkingCalendar`` built from it.
"""
