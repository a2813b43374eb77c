"""The web page in a real headless Chromium (Debian's, driven by Playwright) with a fake microphone.

Chromium's fake capture device plays question.wav (spoken by the packaged Piper voice) into
the page's push-to-talk recorder; the test sees the transcript, the answer streaming in and
the spoken reply's <audio> element.  The chat model is scripted; STT and TTS are real.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import numpy as np
import pytest

pytest.importorskip("fastapi")
sync_api = pytest.importorskip("playwright.sync_api")

from tests.serve_util import LiveServer  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
# Germany, not France: Whisper base hears the packaged Piper voice's "France" as "friends" in
# about 1 of 5 renderings (issue #10); "Germany" was heard right in 30 of 30.
QUESTION = "What is the capital of Germany?"
ANSWER = "Berlin is the capital of Germany. It is famous for the Brandenburg Gate and good bread."
FLAGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
         "--disable-component-update", "--no-first-run", "--use-fake-ui-for-media-stream",
         "--use-fake-device-for-media-stream"]

pytestmark = [pytest.mark.real,
              pytest.mark.skipif(not Path(CHROMIUM).exists(), reason="Debian chromium not installed (make system-deps)")]


def script(messages, schema):
    return {"steps": []} if schema is not None else ANSWER


def _question_wav(agent, path: Path) -> float:
    """The question spoken by Piper, padded with silence, as 16-bit mono WAV; returns its length."""
    from tools.audio import write_wav

    tts = agent.registry.get("speak")
    tts.models = agent.registry.models
    speech = np.concatenate(list(tts.stream(QUESTION)))
    sr = tts.backend.sample_rate
    audio = np.concatenate([np.zeros(int(0.4 * sr), np.float32), speech, np.zeros(int(1.2 * sr), np.float32)])
    write_wav(path, audio, sr)
    return audio.size / sr


def test_push_to_talk_page(tmp_path, shared_audio):
    from agent.config import Settings
    from agent.core import Agent
    from agent.serve.http import ServeConfig
    from tools.testing import ScriptedChatModel

    # tts_variation=0: Piper renders the question the same way on every run (with the voice's own variation one
    # rendering in three or four was heard "What is the cap of a love / all of Germany?", by the file window
    # and the padded 30 s window alike)
    settings = Settings(output_dir=tmp_path / "out", model_dir=tmp_path / "models", stt_threads=1, tts_variation=0.0)
    agent = Agent(settings, model=ScriptedChatModel(script, token_delay=0.03))
    jfk = shared_audio / "jfk.flac"
    wav = tmp_path / "question.wav"
    seconds = _question_wav(agent, wav)
    with LiveServer(agent, ServeConfig(warm_up=False, api_key="phone-key")) as srv, sync_api.sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, headless=True,
                                     args=[*FLAGS, f"--use-file-for-fake-audio-capture={wav}"])
        try:
            page = browser.new_page(viewport={"width": 900, "height": 640})
            page.goto(srv.url + "/")
            page.fill("#apikey", "phone-key")  # as on a phone with --host 0.0.0.0 --api-key
            page.dispatch_event("#apikey", "change")
            # record every text the answer shows while it streams in
            page.evaluate("""() => { window.__seen = [];
                new MutationObserver(() => { const c = document.querySelector('.msg.assistant .content');
                  if (c) window.__seen.push(c.textContent); })
                .observe(document.getElementById('log'), {subtree: true, childList: true, characterData: true}); }""")
            page.locator("#talk").hover()
            page.mouse.down()
            page.wait_for_timeout(int(seconds * 1000) + 300)
            page.mouse.up()
            user = page.wait_for_selector(".msg.user.transcript", timeout=180_000)
            heard = user.get_attribute("data-transcript") or ""
            assert "capital of germany" in heard.lower(), heard
            page.wait_for_selector(".msg.assistant.done", timeout=120_000)
            assert page.inner_text(".msg.assistant .content").strip() == ANSWER
            seen = page.evaluate("window.__seen")
            partial = {s for s in seen if s and s != ANSWER and ANSWER.startswith(s)}
            assert len(partial) >= 3, "the answer did not stream in"
            steps = page.inner_text(".msg.assistant .steps")
            assert "plan" in steps
            audio = page.wait_for_selector("audio.reply", timeout=180_000)
            assert int(audio.get_attribute("data-bytes") or 0) > 20_000
            duration = page.evaluate("""() => new Promise((ok) => { const a = document.querySelector('audio.reply');
                if (a.readyState >= 1) ok(a.duration); else a.addEventListener('loadedmetadata', () => ok(a.duration)); })""")
            assert duration > 2.0  # the spoken reply decodes in the browser
            # a typed request with an attached recording: the plan and the tool step show up
            page.set_input_files("#file", str(jfk))
            page.fill("#text", "transcribe this recording")
            page.click("#send")
            page.wait_for_function("document.querySelectorAll('.msg.assistant.done').length == 2", timeout=180_000)
            second = page.locator(".msg.assistant").nth(1)
            steps = second.locator(".steps").inner_text()
            assert "transcribe_audio" in steps and "fellow Americans" in second.locator(".content").inner_text()
            page.wait_for_function("document.querySelectorAll('audio.reply').length == 2", timeout=180_000)
            shot = tmp_path / "page.png"
            page.screenshot(path=str(shot))
            if os.environ.get("MMAGENT_SERVE_SCREENSHOT"):
                shutil.copy(shot, os.environ["MMAGENT_SERVE_SCREENSHOT"])
        finally:
            browser.close()
    agent.close()
