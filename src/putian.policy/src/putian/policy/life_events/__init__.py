"""Life events (办事主题): a taxonomy editors keep, items tagged with it."""
