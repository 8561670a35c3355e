"""R22 disclosure: the public monthly figures per department, kept current."""
