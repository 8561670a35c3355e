"""Pages of the catalogue content."""
