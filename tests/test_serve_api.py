"""The HTTP API with the official ``openai`` client against a live uvicorn server on 127.0.0.1.

The chat model is scripted (these tests are about the adapter); transcription, speech and
OCR are the real packaged models, so WER is measured on real audio.
"""

from __future__ import annotations

import base64
import io
import json
from pathlib import Path

import pytest

openai = pytest.importorskip("openai")
pytest.importorskip("fastapi")

from bench.wer import wer  # noqa: E402
from tests.serve_util import LiveServer  # noqa: E402

JFK_REF = "And so my fellow Americans, ask not what your country can do for you, ask what you can do for your country."


def echo_script(messages, schema):
    """Planner calls answer directly; answers echo the request and how much history came along."""
    if schema is not None:
        return {"steps": []}
    turns = len([m for m in messages if m["role"] in ("user", "assistant")]) - 1
    return f"You asked: {messages[-1]['content']} (history {turns})"


@pytest.fixture(scope="module")
def server(tmp_path_factory):
    from agent.config import Settings
    from agent.core import Agent
    from agent.serve.http import ServeConfig
    from tools.testing import ScriptedChatModel

    tmp = tmp_path_factory.mktemp("serve")
    settings = Settings(output_dir=tmp / "out", model_dir=tmp / "models", stt_threads=1, llm_threads=1)
    agent = Agent(settings, model=ScriptedChatModel(echo_script))
    with LiveServer(agent, ServeConfig(warm_up=False)) as srv:
        yield srv
    agent.close()


@pytest.fixture(scope="module")
def client(server):
    return openai.OpenAI(base_url=server.url + "/v1", api_key="unused", max_retries=0, timeout=300)


def test_models_list(client):
    ids = [m.id for m in client.models.list()]
    assert ids[0] == "mmagent"
    assert len(ids) >= 1


def test_chat_plain(client, server):
    r = client.chat.completions.create(model="mmagent", messages=[{"role": "user", "content": "hello there"}])
    assert r.object == "chat.completion"
    assert r.choices[0].message.role == "assistant"
    assert r.choices[0].message.content == "You asked: hello there (history 0)"
    assert r.choices[0].finish_reason == "stop"
    mm = r.model_extra["mmagent"]
    assert mm["plan"]["steps"] == [] and mm["error"] is None
    assert any(e["event"] == "plan" for e in mm["events"])


def test_chat_history_comes_from_the_messages(client):
    msgs = [{"role": "system", "content": "ignored"}, {"role": "user", "content": "my name is Ada"},
            {"role": "assistant", "content": "Hello Ada."}, {"role": "user", "content": "what is my name?"}]
    r = client.chat.completions.create(model="mmagent", messages=msgs)
    assert r.choices[0].message.content == "You asked: what is my name? (history 2)"


def test_chat_streamed(client):
    stream = client.chat.completions.create(
        model="mmagent", messages=[{"role": "user", "content": "tell me a story"}], stream=True)
    pieces, events, finish = [], [], None
    for chunk in stream:
        assert chunk.object == "chat.completion.chunk"
        delta = chunk.choices[0].delta
        if delta.content:
            pieces.append(delta.content)
        if chunk.model_extra.get("mmagent"):
            events.append(chunk.model_extra["mmagent"]["event"])
        finish = chunk.choices[0].finish_reason or finish
    assert "".join(pieces) == "You asked: tell me a story (history 0)"
    assert len(pieces) > 3  # token by token, not one blob
    assert events[0] == "plan" and events[-1] == "final"
    assert finish == "stop"


def test_sse_wire_format_ends_with_done(server):
    import httpx

    body = {"model": "mmagent", "stream": True, "messages": [{"role": "user", "content": "hi"}]}
    with httpx.stream("POST", server.url + "/v1/chat/completions", json=body, timeout=60) as r:
        assert r.headers["content-type"].startswith("text/event-stream")
        lines = [ln for ln in r.iter_lines() if ln]
    assert all(ln.startswith("data: ") for ln in lines)
    assert lines[-1] == "data: [DONE]"
    json.loads(lines[-2][6:])


@pytest.mark.real
def test_chat_with_input_audio(client, server, shared_audio):
    data = base64.b64encode((shared_audio / "jfk.flac").read_bytes()).decode()
    r = client.chat.completions.create(model="mmagent", messages=[{"role": "user", "content": [
        {"type": "text", "text": "transcribe this recording"},
        {"type": "input_audio", "input_audio": {"data": data, "format": "flac"}}]}])
    mm = r.model_extra["mmagent"]
    assert [s["tool"] for s in mm["plan"]["steps"]] == ["transcribe_audio"]
    assert wer(JFK_REF, mm["tool_results"][0]["text"]) <= 0.10
    assert "fellow Americans" in r.choices[0].message.content
    assert server.wait_idle() and not list(server.app.state.upload_root.iterdir())  # upload folder removed


@pytest.mark.real
def test_chat_audio_only_is_a_spoken_question(client, shared_audio):
    data = base64.b64encode((shared_audio / "jfk.flac").read_bytes()).decode()
    stream = client.chat.completions.create(model="mmagent", stream=True, messages=[{"role": "user", "content": [
        {"type": "input_audio", "input_audio": {"data": data, "format": "flac"}}]}])
    transcript, answer = None, ""
    for chunk in stream:
        mm = chunk.model_extra.get("mmagent") or {}
        if mm.get("event") == "transcript":
            transcript = mm["text"]
        answer += chunk.choices[0].delta.content or ""
    assert transcript is not None and wer(JFK_REF, transcript) <= 0.10
    assert answer.startswith("You asked: And so my fellow Americans")


@pytest.mark.real
def test_chat_with_image_url(client):
    from PIL import Image, ImageDraw, ImageFont

    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if not font.exists():
        pytest.skip("DejaVu font not installed")
    img = Image.new("RGB", (640, 160), "white")
    ImageDraw.Draw(img).text((30, 40), "OPEN 24 HOURS", fill="black", font=ImageFont.truetype(str(font), 64))
    buf = io.BytesIO()
    img.save(buf, "PNG")
    url = "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()
    r = client.chat.completions.create(model="mmagent", messages=[{"role": "user", "content": [
        {"type": "text", "text": "read the text in this image"},
        {"type": "image_url", "image_url": {"url": url}}]}])
    mm = r.model_extra["mmagent"]
    assert [s["tool"] for s in mm["plan"]["steps"]] == ["read_text_in_image"]
    assert mm["tool_results"][0]["ok"], mm["tool_results"][0]["error"]
    assert "OPEN 24 HOURS" in mm["tool_results"][0]["text"].upper()


def test_image_url_server_path_refused_by_default(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.chat.completions.create(model="mmagent", messages=[{"role": "user", "content": [
            {"type": "text", "text": "describe"}, {"type": "image_url", "image_url": {"url": "/etc/hostname"}}]}])
    err = e.value.body
    assert err["code"] == "path_not_allowed" and "image_url.url" in err["param"]
    assert "--allow-root" in err["message"]


@pytest.mark.real
@pytest.mark.parametrize("fmt", ["json", "text", "verbose_json", "srt", "vtt"])
def test_transcription_every_format(client, shared_audio, fmt):
    with open(shared_audio / "jfk.flac", "rb") as f:
        kw = {"timestamp_granularities": ["segment"]} if fmt == "verbose_json" else {}
        r = client.audio.transcriptions.create(model="whisper-1", file=f, response_format=fmt, language="en", **kw)
    if fmt in ("json", "verbose_json"):
        text = r.text
    elif fmt == "text":
        text = r
    else:
        body = r if isinstance(r, str) else str(r)
        lines = [ln for ln in body.splitlines() if ln and "-->" not in ln and not ln.isdigit() and ln != "WEBVTT"]
        assert "-->" in body
        text = " ".join(lines)
    assert wer(JFK_REF, text) <= 0.10, text
    if fmt == "verbose_json":
        assert r.language == "en" and abs(r.duration - 11.0) < 0.2
        assert r.segments and r.segments[0].start == 0.0 and r.segments[-1].end > 9


@pytest.mark.real
@pytest.mark.parametrize("fmt", ["wav", "mp3", "flac", "opus", "pcm", "aac"])
def test_speech_formats_decode(client, fmt):
    import numpy as np

    from tools.audio import decode_audio

    r = client.audio.speech.create(model="tts-1", voice="alloy", input="Good morning.", response_format=fmt)
    data = r.content
    if fmt == "pcm":
        samples = np.frombuffer(data, "<i2")
        assert samples.size > 22050 * 0.3 and np.abs(samples).max() > 1000
    else:
        assert decode_audio(data).size > 16000 * 0.3


@pytest.mark.real
def test_speech_streams_and_transcribes_back(client, server, tmp_path):
    import httpx

    text = "The quick brown fox jumps over the lazy dog. It was a sunny day in the park."
    chunks = []
    with httpx.stream("POST", server.url + "/v1/audio/speech", timeout=300,
                      json={"model": "tts-1", "input": text, "voice": "alloy", "response_format": "wav"}) as r:
        assert r.status_code == 200 and r.headers["content-type"] == "audio/wav"
        assert r.headers.get("transfer-encoding") == "chunked" and "content-length" not in r.headers
        chunks = list(r.iter_raw())
    wav = tmp_path / "reply.wav"
    wav.write_bytes(b"".join(chunks))
    with open(wav, "rb") as f:
        back = client.audio.transcriptions.create(model="whisper-1", file=f, language="en")
    assert wer(text, back.text) <= 0.15, back.text


def test_speech_unknown_voice_is_a_clean_400(client):
    with pytest.raises(openai.BadRequestError) as e:
        client.audio.speech.create(model="tts-1", voice="nobody", input="hi")
    assert e.value.body["param"] == "voice" and "unknown voice 'nobody'" in e.value.body["message"]


def test_page_and_no_directory_listing(server):
    import httpx

    page = httpx.get(server.url + "/")
    assert page.status_code == 200 and "<script src=\"/app.js\">" in page.text
    assert "http://" not in page.text and "https://" not in page.text  # no CDN: works offline
    js = httpx.get(server.url + "/app.js")
    assert js.status_code == 200 and "/v1/chat/completions" in js.text
    for path in ("/static/", "/static/app.js", "/v1/", "/..%2f..%2fetc%2fpasswd", "/docs", "/openapi.json"):
        r = httpx.get(server.url + path)
        assert r.status_code == 404, path
        assert "error" in r.json()


def test_api_key_required_and_compared(shared_audio):
    import httpx

    from agent.config import Settings
    from agent.core import Agent
    from agent.serve.http import ServeConfig
    from tools.testing import ScriptedChatModel

    agent = Agent(Settings(output_dir="/tmp/unused"), model=ScriptedChatModel(echo_script))
    with LiveServer(agent, ServeConfig(api_key="s3cret", warm_up=False)) as srv:
        ok = openai.OpenAI(base_url=srv.url + "/v1", api_key="s3cret", max_retries=0)
        assert ok.chat.completions.create(model="mmagent", messages=[{"role": "user", "content": "hi"}])
        bad = openai.OpenAI(base_url=srv.url + "/v1", api_key="wrong", max_retries=0)
        with pytest.raises(openai.AuthenticationError) as e:
            bad.models.list()
        assert e.value.body["code"] == "invalid_api_key"
        assert httpx.get(srv.url + "/v1/models").status_code == 401
        assert httpx.get(srv.url + "/").status_code == 200  # the page itself is public; it asks for the key


def test_cors_off_unless_configured(server):
    import httpx

    r = httpx.options(server.url + "/v1/chat/completions",
                      headers={"Origin": "http://evil.example", "Access-Control-Request-Method": "POST"})
    assert "access-control-allow-origin" not in r.headers


def test_exposed_host_without_key_is_refused(tmp_path):
    import subprocess
    import sys

    repo = Path(__file__).resolve().parents[1]
    p = subprocess.run([sys.executable, str(repo / "run_agent.py"), "serve", "--host", "0.0.0.0"],
                       capture_output=True, text=True, timeout=120, cwd=tmp_path)
    assert p.returncode == 2
    lines = p.stderr.strip().splitlines()
    assert len(lines) == 1 and "--api-key" in lines[0] and "0.0.0.0" in lines[0], p.stderr


def test_run_agent_serve_command(tmp_path):
    """``run_agent.py serve`` starts, answers, and stops on SIGINT (models load lazily: --no-warm-up)."""
    import signal
    import socket
    import subprocess
    import sys
    import time

    import httpx

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    repo = Path(__file__).resolve().parents[1]
    proc = subprocess.Popen([sys.executable, str(repo / "run_agent.py"), "serve", "--port", str(port), "--no-warm-up",
                             "--out-dir", str(tmp_path / "out")], cwd=tmp_path, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        deadline = time.monotonic() + 120
        while True:
            try:
                r = httpx.get(f"http://127.0.0.1:{port}/health", timeout=5)
                break
            except httpx.TransportError:
                assert proc.poll() is None and time.monotonic() < deadline, proc.stderr.read() if proc.stderr else ""
                time.sleep(0.3)
        assert r.json()["status"] == "ok"
        c = openai.OpenAI(base_url=f"http://127.0.0.1:{port}/v1", api_key="x", max_retries=0)
        assert c.models.list().data[0].id == "mmagent"
    finally:
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=60)
    assert proc.returncode == 0, err
    assert f"http://127.0.0.1:{port}/" in out


def test_a_server_file_named_in_the_text_is_not_read(client, shared_audio):
    """The server's default roots are empty: tools read only the request's uploads."""
    r = client.chat.completions.create(model="mmagent", messages=[
        {"role": "user", "content": f"transcribe {shared_audio / 'jfk.flac'}"}])
    mm = r.model_extra["mmagent"]
    assert mm["tool_results"] == []
    assert mm["error"] and "allowed" in mm["error"]
    assert "fellow" not in r.choices[0].message.content
