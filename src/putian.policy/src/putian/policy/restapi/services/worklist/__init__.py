"""GET @worklist: what waits for the signed-in person (issue 13)."""
