"""``run_agent.py voice``: the voice assistant loop from the command line.

    run_agent.py voice                                  # mic -> speaker, half-duplex
    run_agent.py voice --input question.flac --output reply.wav
    arecord -f S16_LE -r 16000 -c 1 | run_agent.py voice --input - --output replies/
    run_agent.py voice --input talk.wav --output out.wav --full-duplex --json
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

HELP = 'voice assistant loop: mic/file/stdin -> agent -> speaker/WAV'


def add_arguments(p: argparse.ArgumentParser) -> None:
    p.add_argument("--input", default="mic", help="mic (default), an audio file streamed in real time, "
                   "or - for raw 16 kHz mono s16le PCM on stdin")
    p.add_argument("--output", default="speaker", help="speaker (default), a .wav file (timeline recording) "
                   "or a directory (one WAV per turn)")
    p.add_argument("--fast", action="store_true", help="do not pace file input/output in real time")
    p.add_argument("--full-duplex", action="store_true", default=None,
                   help="barge-in: speaking interrupts the reply (headsets, file input)")
    p.add_argument("--half-duplex", dest="full_duplex", action="store_false",
                   help="ignore input while the assistant works and talks (default; speakers)")
    p.add_argument("--push-to-talk", action="store_true", help="press Enter to start and to stop talking")
    p.add_argument("--attach", action="append", default=[], metavar="FILE",
                   help="a file the spoken requests may refer to (repeatable)")
    p.add_argument("--device", help="sounddevice input/output device name or index")
    p.add_argument("--min-silence-ms", type=int, help="silence that ends an utterance (with --turn-model off)")
    p.add_argument("--turn-model", choices=["smart-turn", "off"],
                   help="end-of-turn model asked at each pause (default smart-turn); off: a fixed silence")
    p.add_argument("--min-speech-ms", type=int, help="shorter speech is ignored")


class _Printer:
    """Live state and per-turn timings on the terminal."""

    def __init__(self, out: Any) -> None:
        self.out = out
        self.speaking = False

    def __call__(self, ev: Any) -> None:
        d = ev.data
        if ev.type == "voice_state":
            st = d["state"]
            if st == "heard":
                print(f'[{ev.t:7.2f}] heard: "{d["text"]}"', file=self.out, flush=True)
            elif st in ("listening", "thinking", "speaking", "transcribing", "done"):
                print(f"[{ev.t:7.2f}] {st}...", file=self.out, flush=True)
            elif st == "tool":
                print(f"[{ev.t:7.2f}] {d.get('detail', '')}", file=self.out, flush=True)
        elif ev.type == "barge_in":
            lat = d.get("latency")
            print(f"[{ev.t:7.2f}] interrupted (playback stopped {lat if lat is not None else '?'} s after "
                  f"speech onset); heard so far: {d.get('spoken')!r}", file=self.out, flush=True)
        elif ev.type == "turn_end":
            if d.get("skipped"):
                print(f"[{ev.t:7.2f}] (ignored: {d['skipped']})", file=self.out, flush=True)
                return
            tm = d.get("timings", {})
            parts = ", ".join(f"{k} {v:.2f}s" for k, v in tm.items() if v is not None)
            print(f"[{ev.t:7.2f}] assistant: {d.get('spoken') or d.get('answer')}", file=self.out)
            print(f"          turn {d['index']} ({d['kind']}) after end of speech: {parts}", file=self.out, flush=True)
        elif ev.type == "error":
            print(f"[{ev.t:7.2f}] error: {d.get('error')}", file=self.out, flush=True)


def run(args: argparse.Namespace) -> int:
    from agent.cli.common import settings_from_args as _settings
    from agent.core import Agent, check_attachments
    from agent.voice.audio_io import make_sink, make_source
    from agent.voice.loop import VoiceLoop
    from tools.errors import UsageError

    settings = _settings(args)
    if args.min_silence_ms is not None:
        settings.voice_min_silence_ms = args.min_silence_ms
    if args.turn_model is not None:
        settings.voice_turn_model = args.turn_model
    if args.min_speech_ms is not None:
        settings.voice_min_speech_ms = args.min_speech_ms
    if args.push_to_talk and args.input == "-":
        raise UsageError("--push-to-talk reads Enter from stdin, which --input - uses for audio",
                         "use --input mic or a file")
    for flag, value in (("--min-silence-ms", args.min_silence_ms), ("--min-speech-ms", args.min_speech_ms)):
        if value is not None and not 0 <= value <= 60_000:
            raise UsageError(f"{flag} {value}: must be between 0 and 60000 ms", f"give {flag} 500")
    if not args.input.strip():
        raise UsageError("--input '': not an input", "give --input mic, an audio file, or - for stdin")
    attachments = check_attachments(args.attach, settings)
    source = make_source(args.input, fast=args.fast, device=args.device)
    sink = make_sink(args.output, fast=args.fast, device=args.device)
    full_duplex = args.full_duplex
    if full_duplex is None and args.input != "mic":
        full_duplex = True  # no echo from a file or a pipe: barge-in is safe
    agent = Agent(settings)
    if args.json:
        def on_event(ev: Any) -> None:
            print(ev.model_dump_json(), flush=True)
    else:
        on_event = _Printer(sys.stderr if args.output == "-" else sys.stdout)
        mode = "push-to-talk (Enter to start/stop)" if args.push_to_talk else "always listening"
        duplex = "full-duplex (barge-in on)" if full_duplex or (full_duplex is None and settings.voice_full_duplex) \
            else "half-duplex"
        print(f"voice: {args.input} -> {args.output}, {mode}, {duplex}; loading models...", flush=True)
    loop = VoiceLoop(agent, source, sink, full_duplex=full_duplex, push_to_talk=args.push_to_talk,
                     on_event=on_event, attachments=attachments)
    try:
        records = loop.run()
    finally:
        agent.close()
    turns = [r for r in records if not r.skipped]
    if args.json:
        print(json.dumps({"type": "summary", "turns": len(turns), "records": [r.as_dict() for r in records]}),
              flush=True)
    else:
        print(f"{len(turns)} turn(s).")
    return 0
