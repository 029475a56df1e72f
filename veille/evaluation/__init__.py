"""Scoring veille's output against gold annotations; used by ``veille eval``."""
