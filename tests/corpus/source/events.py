"""Standalone pipeline events."""
