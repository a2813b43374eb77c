"""Helpers for the Wyoming tests and bench: a server on a background event loop, clients as
Home Assistant drives them (the wyoming package's AsyncTcpClient), jfk.flac as wire chunks."""

from __future__ import annotations

import asyncio
import socket
import threading
from pathlib import Path
from typing import Any

import numpy as np


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


class ServerThread:
    """``serve(service, tcp://127.0.0.1:PORT)`` on its own event loop in a daemon thread."""

    def __init__(self, service: Any, uri: str | None = None) -> None:
        from agent.serve.wyoming.server import serve

        self.port = free_port()
        self.uri = uri or f"tcp://127.0.0.1:{self.port}"
        self.loop = asyncio.new_event_loop()
        self.thread = threading.Thread(target=self.loop.run_forever, daemon=True)
        self.thread.start()
        ready = threading.Event()
        self.future = asyncio.run_coroutine_threadsafe(serve(service, self.uri, ready=ready), self.loop)
        if not ready.wait(30):
            raise RuntimeError(f"wyoming server did not start: {self.future}")

    @property
    def alive(self) -> bool:
        return not self.future.done()

    def stop(self) -> None:
        """Cancel the server and every connection's task, then stop and close the loop."""
        async def shutdown() -> None:
            tasks = [t for t in asyncio.all_tasks() if t is not asyncio.current_task()]
            for t in tasks:
                t.cancel()
            await asyncio.gather(*tasks, return_exceptions=True)

        asyncio.run_coroutine_threadsafe(shutdown(), self.loop).result(60)
        self.loop.call_soon_threadsafe(self.loop.stop)
        self.thread.join(10)
        self.loop.close()


def client(port: int) -> Any:
    from wyoming.client import AsyncTcpClient

    return AsyncTcpClient("127.0.0.1", port)


async def read_until(c: Any, *types: str, timeout: float = 300.0) -> list[Any]:
    """Events up to and including the first one of ``types`` (an ``error`` also ends)."""
    out = []
    while True:
        ev = await asyncio.wait_for(c.read_event(), timeout)
        if ev is None:
            raise ConnectionError(f"server closed the connection; got {[e.type for e in out]}")
        out.append(ev)
        if ev.type in types or ev.type == "error":
            return out


def wire_audio(audio: np.ndarray, rate: int, channels: int = 2, frames_per_chunk: int = 1024) -> list[Any]:
    """float32 mono at ``rate`` -> audio-start, 16-bit ``channels``-channel audio-chunks, audio-stop."""
    from wyoming.audio import AudioChunk, AudioStart, AudioStop

    pcm = (np.clip(audio, -1, 1) * 32767).astype("<i2")
    inter = np.repeat(pcm[:, None], channels, axis=1).reshape(-1).tobytes()
    step = frames_per_chunk * 2 * channels
    events = [AudioStart(rate=rate, width=2, channels=channels).event()]
    events += [AudioChunk(rate=rate, width=2, channels=channels, audio=inter[i:i + step]).event()
               for i in range(0, len(inter), step)]
    events.append(AudioStop().event())
    return events


def jfk_events(audio_dir: Path) -> list[Any]:
    """jfk.flac as Home Assistant could stream it: 44.1 kHz, stereo, 16-bit chunks."""
    from tools.audio import decode_audio

    return wire_audio(decode_audio(audio_dir / "jfk.flac", sample_rate=44_100), 44_100, channels=2)


def audio_of(events: list[Any]) -> tuple[np.ndarray, int]:
    """The float32 mono audio and rate of one audio-start ... audio-stop group."""
    from agent.serve.wyoming.audio import pcm_to_float

    start = next(e for e in events if e.type == "audio-start")
    pcm = b"".join(e.payload or b"" for e in events if e.type == "audio-chunk")
    return pcm_to_float(pcm, start.data["width"], start.data["channels"]), int(start.data["rate"])
