"""The working-day calendar (official arrangement, overrides,
provisional holidays), Beijing time, and time limits in working days."""
