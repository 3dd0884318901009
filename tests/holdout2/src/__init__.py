"""Sources of the second held-out corpus; each module registers its messages on import."""
