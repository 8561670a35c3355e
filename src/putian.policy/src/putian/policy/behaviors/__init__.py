"""Field groups shared by several types."""
