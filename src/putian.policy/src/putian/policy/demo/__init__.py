"""Demo content of the Putian portal: structure, items, people, and a loader.

Development only: ``scripts/create_site.py`` loads it into a newly created
site unless ``PUTIAN_DEMO=0``.
"""
