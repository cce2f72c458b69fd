"""`caredraft keys` (to be written)."""

commands: list = []
