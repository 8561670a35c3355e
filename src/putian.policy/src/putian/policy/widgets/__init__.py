"""Form widgets shared by several types."""
