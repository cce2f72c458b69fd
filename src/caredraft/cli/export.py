"""`caredraft export` (to be written)."""

commands: list = []
