"""`caredraft screen` (to be written)."""

commands: list = []
