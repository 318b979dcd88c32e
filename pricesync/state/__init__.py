"""SQLite state: run history, accepted file structures, remembered matches, push journal."""
from pricesync.state.store import State, allow_new_state, last_state_file, open_state

__all__ = ["State", "allow_new_state", "last_state_file", "open_state"]
