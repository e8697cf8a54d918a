"""The embedded broker's filesystem transport (worker/fsbroker.py), through kombu itself:
a message appears whole, and a file that is no message is quarantined while the next one
is still delivered, where kombu's own channel stopped the worker."""

from __future__ import annotations

import contextlib
import threading
from pathlib import Path

from kombu import Connection

from worker import broker
from worker.app import _transport


def test_the_embedded_broker_url_selects_the_guarded_transport() -> None:
    assert _transport("filesystem://") == "worker.fsbroker:Transport"


def test_messages_appear_whole_and_a_file_that_is_none_is_quarantined(tmp_path: Path) -> None:
    folder, control = tmp_path / "queue", tmp_path / "control"
    folder.mkdir()
    control.mkdir()
    seen: list[str] = []
    stop = threading.Event()

    def watch() -> None:  # every message file a consumer could list holds its whole body
        while True:
            done = stop.is_set()  # one more look after the last put
            for path in folder.iterdir():
                if path.name.endswith(".newsworker.msg") and not path.name.startswith("."):
                    with contextlib.suppress(FileNotFoundError):  # taken meanwhile
                        seen.append(path.read_text())
            if done:
                return

    quarantined: list[tuple[bytes, str]] = []
    broker.set_quarantine(lambda raw, queue, error: quarantined.append((raw, queue)))
    options = {
        "data_folder_in": str(folder),
        "data_folder_out": str(folder),
        "control_folder": str(control),
    }
    try:
        with Connection(
            "filesystem://", transport="worker.fsbroker:Transport", transport_options=options
        ) as conn:
            queue = conn.SimpleQueue("newsworker")
            watcher = threading.Thread(target=watch)
            watcher.start()
            try:
                for n in range(20):
                    queue.put({"n": n, "text": "x" * 200_000})
            finally:
                stop.set()
                watcher.join()
            assert seen, "the watcher saw no message file"
            assert all(s.startswith("{") and s.endswith("}") for s in seen)
            assert not [p for p in folder.iterdir() if p.name.endswith(".part")]
            for n in range(20):  # in the order put
                message = queue.get(timeout=5)
                assert message.payload["n"] == n
                message.ack()
            # what a consumer of kombu's own channel met between a file's creation and its
            # write, and bytes that are no message: quarantined, and the next one delivered
            # (named to sort before the put below, as files written earlier do)
            (folder / f"{0:020d}_a.newsworker.msg").write_bytes(b"")
            (folder / f"{1:020d}_b.newsworker.msg").write_bytes(b"not json")
            queue.put({"article": 1})
            message = queue.get(timeout=5)
            assert message.payload == {"article": 1}
            message.ack()
            queue.close()
    finally:
        broker.set_quarantine(None)
    assert quarantined == [(b"", "newsworker"), (b"not json", "newsworker")]
