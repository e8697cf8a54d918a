"""The boundaries between layers: no import cycles, and nothing built at import."""

from __future__ import annotations

import subprocess
import sys

import grimp


def test_no_module_of_worker_is_part_of_an_import_cycle() -> None:
    graph = grimp.build_graph("worker")
    cycles = []
    for module in sorted(graph.modules):
        for imported in sorted(graph.find_modules_directly_imported_by(module)):
            back = graph.find_shortest_chain(importer=imported, imported=module)
            if back:
                cycles.append((module, *back))
    assert cycles == []


def _loaded_after(statement: str) -> set[str]:
    code = f"import sys\n{statement}\nprint('\\n'.join(sorted(sys.modules)))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    return set(done.stdout.split())


def test_importing_the_shim_and_the_cli_builds_no_app_and_loads_no_monitoring() -> None:
    loaded = _loaded_after("import worker.celery_app, worker.cli, worker.tasks")
    assert "prometheus_client" not in loaded
    assert "worker.metrics" not in loaded
    assert "flower" not in loaded


def test_the_shim_builds_its_app_once_on_first_read() -> None:
    import worker.celery_app as shim

    assert shim.app is shim.app
    assert shim.app.main == "newsworker"
