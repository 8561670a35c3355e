"""R20 electronic supervision: the lines a supervisor sees, the sample, the findings."""
