"""The shipped default rules and draft templates, installed as package data."""
