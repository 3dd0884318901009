"""Non-events, most of them built to look like events."""
