"""apply(state, event): the one transition of the control table, pure and idempotent."""

from __future__ import annotations

import logging
from dataclasses import replace

from frontline.control.alerts import Alert, alert_for
from frontline.control.claims import Claim, insert
from frontline.control.rules import derive
from frontline.control.state import PlaceState
from frontline.model import ControlEvent

log = logging.getLogger(__name__)


def apply(state: PlaceState | None, event: ControlEvent) -> tuple[PlaceState, list[Alert]]:
    """The place's state after ``event`` and the alerts of the change (none or one).

    ``state`` is None for a place the table has never seen. Applying an event whose id
    the state already holds returns the state unchanged and no alert.
    """
    if state is not None and state.key != event.place_key:
        raise ValueError(f"event for {event.place_key!r} applied to the state of {state.key!r}")
    current = state if state is not None else PlaceState.empty(event)
    if event.id in current.applied:
        return current, []
    claim = Claim.of(event)
    if claim is None:
        log.debug("event %s (%s) says nothing about control of %s", event.id, event.kind, event.place_key)
        return current.noting(event, current.history), []
    history = insert(current.history, claim)
    updated = current.noting(event, history).with_outcome(derive(history))
    alert = alert_for(state, updated, event, claim)
    if alert is None:
        return updated, []
    return replace(updated, alert_id=alert.id), [alert]
