"""The filesystem transport (the embedded broker), guarded as :mod:`worker.broker` guards
Redis's: a message's file appears whole, and a file that is not a message never stops a
worker.

kombu's filesystem channel (5.7) creates a message's file, then locks and writes it; a
consumer listing the folder in between took the still empty file and raised "Unrecoverable
error: JSONDecodeError" (kombu issue 1551), which stopped the embedded worker and left every
later submission unprocessed (seen under load in tests/integration/test_cli_embedded.py).
:class:`Channel` writes each message under a temporary name the consumers skip and renames
it into place, and reads with the decode step guarded: a file that is no message goes,
whole, to the quarantine hook (the dead-letter table) with the reason, and the worker goes
on. ``_get`` follows kombu 5.7's own.

Celery selects it with ``broker_transport = "worker.fsbroker:Transport"`` for
``filesystem://`` (worker/app.py).
"""

from __future__ import annotations

import os
import shutil
import tempfile
import uuid
from queue import Empty
from time import time_ns
from typing import Any

from kombu.exceptions import ChannelError
from kombu.transport import filesystem as kombu_fs
from kombu.utils.encoding import bytes_to_str, str_to_bytes
from kombu.utils.json import dumps, loads

from worker.broker import UNDECODABLE, _quarantined

__all__ = ["Channel", "Transport"]


class Channel(kombu_fs.Channel):
    """kombu's filesystem channel with whole messages and a guarded decode (see above)."""

    # kombu's filesystem channel names the argument ``payload``, its base class ``message``
    def _put(self, queue: str, payload: dict[str, Any], **kwargs: Any) -> None:  # type: ignore[override]
        """Put ``payload`` onto ``queue``: written under a name no consumer reads (it does
        not end in ``.<queue>.msg`` after its first dot), then renamed into place.

        The name starts with the wall clock in nanoseconds, zero-padded: consumers take
        files in sorted order, and kombu's unpadded milliseconds of uptime sort "9_" after
        "10_" and restart at every boot, so a queue kept on disk lost its order."""
        name = f"{time_ns():020d}_{uuid.uuid4()}.{queue}.msg"
        final = os.path.join(self.data_folder_out, name)
        partial = os.path.join(self.data_folder_out, f".{name}.part")
        try:
            with open(partial, "wb") as f:
                f.write(str_to_bytes(dumps(payload)))
            os.replace(partial, final)
        except OSError as exc:
            raise ChannelError(f"Cannot add file {final!r} to directory") from exc

    def _get(self, queue: str, timeout: float | None = None) -> Any:
        """The next message of ``queue``; a file that is no message is quarantined."""
        queue_find = f"{queue}.msg"
        for filename in sorted(os.listdir(self.data_folder_in)):
            if filename.partition(".")[2] != queue_find:
                continue  # another queue's, or a message still being written
            processed = self.processed_folder if self.store_processed else tempfile.gettempdir()
            try:
                shutil.move(os.path.join(self.data_folder_in, filename), processed)
            except OSError:
                continue  # taken by another consumer in the meantime
            path = os.path.join(processed, filename)
            try:
                with open(path, "rb") as f:
                    payload = f.read()
                if not self.store_processed:
                    os.remove(path)
            except OSError as exc:
                raise ChannelError(f"Cannot read file {path!r} from queue.") from exc
            try:
                return loads(bytes_to_str(payload))
            except UNDECODABLE as error:
                _quarantined(payload, queue, error)
        raise Empty()


class Transport(kombu_fs.Transport):
    """kombu's filesystem transport on the guarded :class:`Channel`."""

    Channel = Channel
