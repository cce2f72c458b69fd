"""`caredraft draft` (to be written)."""

commands: list = []
