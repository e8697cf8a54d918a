"""newsworker: event-driven news ingestion (feeds, URLs and raw articles -> tagged articles)."""

__version__ = "0.1.0"
#: Recorded on every stored article; bump when a stage's output changes for the same input.
PIPELINE_VERSION = "1"
