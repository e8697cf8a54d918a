"""The service layer: what the CLI, the bridge and the tasks do, in one place each.

The CLI parses arguments and renders; it calls these. Errors come out as newsworker's error
tree (StorageUnavailable, SchemaMissing, BrokerUnavailable, PermanentError...), which the
CLI maps to its exit codes in one place (``worker.cli.main``).
"""
