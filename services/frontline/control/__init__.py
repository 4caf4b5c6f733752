"""The control table's domain: per-place state, its transition and its alerts.

Pure: no Faust, Kafka or Prometheus. The rules are in docs/control-state.md.

    state, alerts = apply(state_or_None, event)      # what the Faust agent calls
    table = ControlTable(); table.apply(event)       # the in-memory twin
"""

from frontline.control.alerts import Alert, AlertPlace, Summary
from frontline.control.claims import Claim
from frontline.control.state import PlaceState
from frontline.control.table import ControlTable, final_controllers
from frontline.control.transition import apply

__all__ = ["Alert", "AlertPlace", "Claim", "ControlTable", "PlaceState", "Summary", "apply", "final_controllers"]
