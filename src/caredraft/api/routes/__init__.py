"""One router per file; ``caredraft.api.app`` includes them all."""
