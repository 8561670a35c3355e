"""What every domain reads its input with: the one error type, findings,
form input readers and identifier checks."""
