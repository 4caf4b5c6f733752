"""Pure extraction: article text -> ControlEvents. No Kafka, Faust or Prometheus here."""
