"""ControlTable: the control table in memory, for replay, evaluation and tests.

The worker keeps the same :class:`PlaceState` values in a Faust table and calls the
same :func:`apply`; this twin is a dict.
"""

from __future__ import annotations

from collections.abc import Iterable

from frontline.control.alerts import Alert
from frontline.control.state import PlaceState
from frontline.control.transition import apply
from frontline.model import ControlEvent


class ControlTable:
    """Place key -> PlaceState, updated by :func:`apply`."""

    def __init__(self, states: Iterable[PlaceState] = ()) -> None:
        self._states: dict[str, PlaceState] = {s.key: s for s in states}

    def apply(self, event: ControlEvent) -> list[Alert]:
        """Apply one event to its place; returns the alerts of the change."""
        state, alerts = apply(self._states.get(event.place_key), event)
        self._states[state.key] = state
        return alerts

    def apply_all(self, events: Iterable[ControlEvent]) -> list[Alert]:
        return [alert for event in events for alert in self.apply(event)]

    def get(self, key: str) -> PlaceState | None:
        return self._states.get(key)

    def states(self) -> list[PlaceState]:
        """All places, sorted by key."""
        return [self._states[k] for k in sorted(self._states)]

    def controllers(self) -> dict[str, str | None]:
        """Final controller per place key (for table accuracy)."""
        return final_controllers(self._states.values())

    def __len__(self) -> int:
        return len(self._states)


def final_controllers(states: Iterable[PlaceState]) -> dict[str, str | None]:
    """Place key -> controller of its state (None: unknown or contested), sorted by key."""
    return {s.key: s.controller for s in sorted(states, key=lambda s: s.key)}
