"""SQLite state: run history, accepted file structures, remembered matches, push journal."""
from pricesync.state.store import State, open_state

__all__ = ["State", "open_state"]
