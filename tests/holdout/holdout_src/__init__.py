"""Sources of the held-out corpus: each module registers its messages when imported."""
