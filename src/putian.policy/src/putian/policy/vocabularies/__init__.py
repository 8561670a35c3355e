"""Named vocabularies, generated from the term tables of ``rules.terms``."""
