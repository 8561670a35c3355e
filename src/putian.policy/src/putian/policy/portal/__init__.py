"""The site as a whole: its front page, and the plumbing every response shares."""
