"""`caredraft check_reply` (to be written)."""

commands: list = []
