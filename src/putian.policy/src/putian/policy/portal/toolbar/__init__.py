"""The logged-in toolbar: its last-modified time in Beijing time and Chinese."""
