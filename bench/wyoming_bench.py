"""Wyoming latency: the same work through the protocol and in process.

    python -m bench.wyoming_bench [--runs 3] [--threads 1] [--skip-llm]

One process loads the models once and serves them on tcp://127.0.0.1 (agent/serve/wyoming,
the wyoming package's own server classes); the client is the wyoming package's
AsyncTcpClient, as Home Assistant uses.  Rows, median over ``--runs`` after one untimed
warm-up pass each:

- STT of jfk.flac (11 s): in process, ``transcribe_array`` on the decoded 16 kHz samples;
  through Wyoming, the file streamed as 44.1 kHz stereo 16-bit chunks (as fast as the socket
  takes them), timed from ``audio-stop`` to ``transcript`` (the part a user waits for) and
  from ``audio-start`` (including sending 1.9 MB of PCM and the resampling).
- TTS time to first audio for one sentence: in process, the first chunk of
  ``Speak.stream``; through Wyoming, ``synthesize`` sent -> first ``audio-chunk`` received.
- transcript -> handled for a direct question with the real LLM: in process,
  ``Agent.chat(spoken=True)`` to its final event with an empty history; through Wyoming,
  ``transcript`` (new conversation id) -> ``handled``, and -> first ``handled-chunk``.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import platform
import statistics
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
AUDIO = REPO.parent / "shared" / "data" / "audio"
SENTENCE = "The meeting has been moved to the small room on the second floor."
QUESTION = "What is the capital of France?"


def median(xs: list[float]) -> float:
    return statistics.median(xs) if xs else float("nan")


def timed(runs: int, fn) -> list[float]:
    fn()  # warm-up
    out = []
    for _ in range(runs):
        t0 = time.perf_counter()
        fn()
        out.append(time.perf_counter() - t0)
    return out


async def _until(c, *types):
    while True:
        ev = await c.read_event()
        if ev is None or ev.type in types or ev.type == "error":
            return ev


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--threads", type=int, default=1)
    ap.add_argument("--skip-llm", action="store_true")
    args = ap.parse_args(argv)
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    sys.path.insert(0, str(REPO))

    from wyoming.asr import Transcribe, Transcript
    from wyoming.tts import Synthesize

    from agent.config import Settings
    from agent.core import Agent
    from agent.serve.wyoming.service import WyomingService
    from tests.wyoming_util import ServerThread, client, jfk_events
    from tools.audio import decode_audio

    tmp = Path(tempfile.mkdtemp(prefix="wyoming_bench_"))
    settings = Settings(output_dir=tmp, stt_threads=args.threads, llm_threads=args.threads)
    agent = Agent(settings)
    services = ("asr", "tts") if args.skip_llm else ("asr", "tts", "handle")
    service = WyomingService(agent, services)
    service.load()
    srv = ServerThread(service)
    rows: list[tuple[str, float, float, str]] = []
    stt = agent.registry.get("transcribe_audio")
    speak = agent.registry.get("speak")
    jfk16 = decode_audio(AUDIO / "jfk.flac")
    events = jfk_events(AUDIO)

    # -- STT -------------------------------------------------------------------------------
    local = timed(args.runs, lambda: stt.transcribe_array(jfk16, "en"))

    async def stt_wire() -> tuple[float, float]:
        async with client(srv.port) as c:
            t0 = time.perf_counter()
            await c.write_event(Transcribe(language="en").event())
            for ev in events:
                await c.write_event(ev)
            t1 = time.perf_counter()
            assert (await _until(c, "transcript")).type == "transcript"
            t2 = time.perf_counter()
            return t2 - t1, t2 - t0

    asyncio.run(stt_wire())
    wire = [asyncio.run(stt_wire()) for _ in range(args.runs)]
    rows.append(("STT jfk.flac (11 s): audio-stop -> transcript", median(local), median([w[0] for w in wire]),
                 "in process: transcribe_array on 16 kHz samples"))
    rows.append(("STT jfk.flac: audio-start -> transcript (44.1 kHz stereo sent)", median(local),
                 median([w[1] for w in wire]), "wire time includes sending 1.9 MB + resampling"))

    # -- TTS first audio ---------------------------------------------------------------------
    def first_chunk() -> None:
        next(iter(speak.stream(SENTENCE)))

    local = timed(args.runs, first_chunk)

    async def tts_wire() -> float:
        async with client(srv.port) as c:
            t0 = time.perf_counter()
            await c.write_event(Synthesize(text=SENTENCE).event())
            assert (await _until(c, "audio-chunk")).type == "audio-chunk"
            dt = time.perf_counter() - t0
            await _until(c, "audio-stop")
            return dt

    asyncio.run(tts_wire())
    rows.append(("TTS first audio, one sentence", median(local),
                 median([asyncio.run(tts_wire()) for _ in range(args.runs)]), f'"{SENTENCE}"'))

    # -- conversation ------------------------------------------------------------------------
    if not args.skip_llm:
        fast = settings.voice_fast_direct and settings.planner == "layered"  # what the server does

        def ask() -> None:
            agent.history = []
            for _ in agent.chat(QUESTION, spoken=True, planner="fast" if fast else None):
                pass

        local = timed(args.runs, ask)
        n = {"i": 0}

        async def handle_wire() -> tuple[float, float]:
            n["i"] += 1
            async with client(srv.port) as c:
                t0 = time.perf_counter()
                await c.write_event(Transcript(text=QUESTION, context={"conversation_id": f"bench{n['i']}"}).event())
                first = await _until(c, "handled-chunk")
                t1 = time.perf_counter()
                assert first.type == "handled-chunk", first
                assert (await _until(c, "handled")).type == "handled"
                return time.perf_counter() - t0, t1 - t0

        asyncio.run(handle_wire())
        wire = [asyncio.run(handle_wire()) for _ in range(args.runs)]
        rows.append(("transcript -> handled, direct question", median(local), median([w[0] for w in wire]),
                     f'"{QUESTION}", real LLM'))
        rows.append(("transcript -> first handled-chunk", float("nan"), median([w[1] for w in wire]),
                     "the answer's first token"))

    srv.stop()
    agent.close()
    load = os.getloadavg()
    print(f"\nmachine: {platform.machine()} {os.cpu_count()} cores, {platform.python_version()}; "
          f"threads {args.threads}; runs {args.runs} (median); load {load[0]:.1f}/{load[1]:.1f}/{load[2]:.1f}\n")
    print("| measurement | in process (s) | through Wyoming (s) | note |")
    print("|---|---:|---:|---|")
    for name, a, b, note in rows:
        print(f"| {name} | {a:.2f} | {b:.2f} | {note} |".replace("| nan |", "| - |"))
    return 0


if __name__ == "__main__":
    sys.exit(main())
