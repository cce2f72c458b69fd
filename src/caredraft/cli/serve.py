"""`caredraft serve` (to be written)."""

commands: list = []
