"""Load and faults: concurrency, disconnects, and clean OpenAI-shaped 4xx errors for bad input."""

from __future__ import annotations

import base64
import threading
import time
from concurrent.futures import ThreadPoolExecutor

import pytest

httpx = pytest.importorskip("httpx")
pytest.importorskip("fastapi")

from tests.serve_util import LiveServer  # noqa: E402

LONG = " ".join(f"word{i}" for i in range(300))


def script(messages, schema):
    if schema is not None:
        return {"steps": []}
    req = messages[-1]["content"]
    return LONG if req == "long please" else f"You asked: {req}"


def _agent(tmp_path, token_delay=0.0, planner="layered"):
    from agent.config import Settings
    from agent.core import Agent
    from tools.testing import ScriptedChatModel

    settings = Settings(output_dir=tmp_path / "out", model_dir=tmp_path / "models", stt_threads=1, planner=planner)
    return Agent(settings, model=ScriptedChatModel(script, token_delay=token_delay))


@pytest.fixture
def make_server(tmp_path):
    from agent.serve.http import ServeConfig

    started = []

    def make(token_delay=0.0, planner="layered", **cfg):
        srv = LiveServer(_agent(tmp_path, token_delay, planner), ServeConfig(warm_up=False, **cfg)).__enter__()
        started.append(srv)
        return srv

    yield make
    for srv in started:
        srv.__exit__(None, None, None)


def _err(r, status, code=None):
    assert r.status_code == status, r.text
    body = r.json()
    assert set(body["error"]) == {"message", "type", "param", "code"}
    assert "fix:" in body["error"]["message"] and "\n" not in body["error"]["message"]
    if code:
        assert body["error"]["code"] == code, body
    return body["error"]


def _rss_mb() -> float:
    for line in open("/proc/self/status"):
        if line.startswith("VmRSS:"):
            return int(line.split()[1]) / 1024
    return 0.0


def test_concurrent_clients_all_answered_or_refused(make_server):
    # the scripted LLM plans every request (planner=llm): what is tested is the server's queue, not how the
    # learned layer reads "client 12 request 2" (with session 20's bank, an image search at 0.5+ probability)
    srv = make_server(token_delay=0.002, max_queue=6, planner="llm")
    url = srv.url + "/v1/chat/completions"
    # one request first: the routing layer's embedding model loads on first use, which is not growth
    warm = httpx.post(url, json={"model": "mmagent", "messages": [{"role": "user", "content": "warm up"}]}, timeout=120)
    assert warm.status_code == 200, warm.text
    rss0 = _rss_mb()

    def client(i):
        out = []
        with httpx.Client(timeout=120) as c:
            for j in range(5):
                req = f"client {i} request {j}"
                r = c.post(url, json={"model": "mmagent", "stream": j % 2 == 1,
                                      "messages": [{"role": "user", "content": req}]})
                out.append((req, r))
        return out

    with ThreadPoolExecutor(20) as pool:
        results = [x for chunk in pool.map(client, range(20)) for x in chunk]
    assert len(results) == 100
    ok = refused = 0
    for req, r in results:
        if r.status_code == 503:
            assert int(r.headers["retry-after"]) > 0
            _err(r, 503, "queue_full")
            refused += 1
            continue
        assert r.status_code == 200, r.text
        if r.headers["content-type"].startswith("text/event-stream"):
            import json

            datas = [ln[6:] for ln in r.text.splitlines() if ln.startswith("data: ")]
            assert datas[-1] == "[DONE]"
            text = "".join(json.loads(d)["choices"][0]["delta"].get("content") or "" for d in datas[:-1])
        else:
            text = r.json()["choices"][0]["message"]["content"]
        assert text == f"You asked: {req}"  # nothing lost, nothing mixed up between clients
        ok += 1
    assert ok + refused == 100 and ok >= 20
    assert srv.wait_idle(10)
    st = srv.queue.status()
    assert st["served"] == ok + 1 and st["refused"] == refused  # + the warm-up request
    assert _rss_mb() - rss0 < 300
    assert not list(srv.app.state.upload_root.iterdir())


def test_disconnect_mid_stream_frees_the_slot(make_server):
    srv = make_server(token_delay=0.1, max_queue=0)  # 300 words: ~30 s if not cancelled
    body = {"model": "mmagent", "stream": True, "messages": [{"role": "user", "content": "long please"}]}
    with httpx.stream("POST", srv.url + "/v1/chat/completions", json=body, timeout=60) as r:
        assert r.status_code == 200
        for line in r.iter_lines():
            if "word1" in line:
                break
    t0 = time.monotonic()
    assert srv.wait_idle(10), srv.queue.status()
    freed = time.monotonic() - t0
    r = httpx.post(srv.url + "/v1/chat/completions", timeout=30,
                   json={"model": "mmagent", "messages": [{"role": "user", "content": "next"}]})
    assert r.status_code == 200 and r.json()["choices"][0]["message"]["content"] == "You asked: next"
    assert freed < 10


def test_disconnect_while_waiting_for_a_plain_answer_frees_the_slot(make_server):
    srv = make_server(token_delay=0.1, max_queue=0)
    with pytest.raises(httpx.ReadTimeout):
        httpx.post(srv.url + "/v1/chat/completions", timeout=1.0,
                   json={"model": "mmagent", "messages": [{"role": "user", "content": "long please"}]})
    assert srv.wait_idle(10), srv.queue.status()


def test_full_queue_is_503_with_retry_after(make_server):
    srv = make_server(token_delay=0.05, max_queue=0)
    body = {"model": "mmagent", "stream": True, "messages": [{"role": "user", "content": "long please"}]}
    with httpx.stream("POST", srv.url + "/v1/chat/completions", json=body, timeout=60) as r:
        lines = r.iter_lines()  # keep a reference: a dropped generator closes the response
        next(lines)
        busy = httpx.post(srv.url + "/v1/chat/completions", timeout=30,
                          json={"model": "mmagent", "messages": [{"role": "user", "content": "hi"}]})
        e = _err(busy, 503, "queue_full")
        assert busy.headers["retry-after"] == "5" and "retry after" in e["message"]


def test_malformed_and_wrong_requests(make_server):
    srv = make_server()
    chat = srv.url + "/v1/chat/completions"
    _err(httpx.post(chat, content=b'{"model": "mmagent", "messages": [', headers={"content-type": "application/json"}),
         400, "invalid_json")
    _err(httpx.post(chat, content=b"hello", headers={"content-type": "text/plain"}), 415, "unsupported_media_type")
    _err(httpx.post(chat, content=b"[1, 2]", headers={"content-type": "application/json"}), 400, "invalid_json")
    e = _err(httpx.post(chat, json={"model": "mmagent"}), 400)
    assert e["param"] == "messages"
    e = _err(httpx.post(chat, json={"messages": [{"role": "user", "content": "a"},
                                                 {"role": "assistant", "content": "b"}]}), 400)
    assert e["param"] == "messages[1].role"
    e = _err(httpx.post(chat, json={"messages": [{"role": "user", "content": [
        {"type": "image_url", "image_url": {"url": "data:image/png;base64,@@@"}}]}]}), 400, "invalid_base64")
    assert e["param"] == "messages[0].content[0].image_url.url"
    e = _err(httpx.post(chat, json={"messages": [{"role": "user", "content": [
        {"type": "text", "text": "look"},
        {"type": "image_url", "image_url": {"url": "data:image/png;base64," + base64.b64encode(b"not an image").decode()}}
    ]}]}), 400, "not_an_image")
    _err(httpx.post(chat, json={"messages": [{"role": "user", "content": [
        {"type": "text", "text": "look"}, {"type": "image_url", "image_url": {"url": "https://example.com/a.png"}}]}]}),
         400, "remote_url")
    e = _err(httpx.post(chat, json={"messages": [{"role": "user", "content": [
        {"type": "text", "text": "hear"}, {"type": "input_audio", "input_audio": {
            "data": base64.b64encode(b"RIFF\x00\x00garbage" * 50).decode(), "format": "wav"}}]}]}), 400, "bad_audio")
    assert e["param"] == "messages[0].content[1].input_audio.data"
    speech = srv.url + "/v1/audio/speech"
    _err(httpx.post(speech, json={"input": "hi", "response_format": "ogg-vorbis"}), 400)
    _err(httpx.post(speech, json={"input": "   "}), 400)
    _err(httpx.post(speech, data={"input": "hi"}), 415, "unsupported_media_type")
    assert not list(srv.app.state.upload_root.iterdir())


def test_transcription_faults(make_server, monkeypatch):
    srv = make_server()
    monkeypatch.setattr(httpx, "post", lambda *a, **kw: httpx.request("POST", *a, **{"timeout": 60, **kw}))
    url = srv.url + "/v1/audio/transcriptions"
    _err(httpx.post(url, json={"file": "x"}), 415, "unsupported_media_type")
    e = _err(httpx.post(url, data={"model": "whisper-1"}, files={"other": ("a.wav", b"x")}), 400, "missing_file")
    assert e["param"] == "file"
    _err(httpx.post(url, files={"file": ("a.wav", b"")}), 400, "empty_file")
    _err(httpx.post(url, data={"response_format": "xml"}, files={"file": ("a.wav", b"RIFF")}), 400)
    _err(httpx.post(url, data={"response_format": "verbose_json", "timestamp_granularities[]": "word"},
                    files={"file": ("a.wav", b"RIFF")}), 400, "unsupported")
    e = _err(httpx.post(url, files={"file": ("corrupt.wav", b"RIFF\x10\x00\x00\x00WAVEjunkjunk" * 100)}), 400, "bad_input")
    assert e["param"] == "file" and "corrupt.wav" in e["message"]
    boundary = "XyZ"
    truncated = (f"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a.wav\"\r\n"
                 "Content-Type: audio/wav\r\n\r\nRIFF....").encode()
    e = _err(httpx.post(url, content=truncated, headers={"content-type": f"multipart/form-data; boundary={boundary}"}),
             400)
    assert e["param"] == "file" and "cut off" in e["message"]
    e = _err(httpx.post(url, content=b"--XyZ\r\nno headers here", headers={"content-type": "multipart/form-data"}), 400)
    assert "multipart" in e["message"] and e["code"] == "invalid_multipart"
    assert srv.wait_idle(10) and not list(srv.app.state.upload_root.iterdir())


def test_body_over_the_limit_is_413_before_reading(make_server):
    srv = make_server(max_body_bytes=64 * 1024)
    url = srv.url + "/v1/audio/transcriptions"
    _err(httpx.post(url, files={"file": ("big.wav", b"\0" * 200_000)}), 413, "body_too_large")

    sent = []

    def chunks():  # chunked transfer (no Content-Length): cut off once past the limit
        for _ in range(100):
            sent.append(1)
            yield b"x" * 16384

    try:
        r = httpx.post(srv.url + "/v1/chat/completions", content=chunks(),
                       headers={"content-type": "application/json"}, timeout=30)
        _err(r, 413, "body_too_large")
    except (httpx.WriteError, httpx.RemoteProtocolError, httpx.ReadError):
        pass  # the server answered 413 and closed while the client was still sending
    assert len(sent) < 100 or srv.queue.status()["served"] == 0
    assert not list(srv.app.state.upload_root.iterdir())


def test_concurrent_bad_requests_do_not_leak(make_server):
    srv = make_server()
    url = srv.url + "/v1/chat/completions"
    bad = {"messages": [{"role": "user", "content": [{"type": "text", "text": "x"},
                                                      {"type": "input_audio", "input_audio": {"data": "AAAA", "format": "wav"}}]}]}
    errs = []

    def go():
        errs.append(httpx.post(url, json=bad, timeout=30).status_code)

    threads = [threading.Thread(target=go) for _ in range(10)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert errs == [400] * 10
    assert not srv.queue.busy and not list(srv.app.state.upload_root.iterdir())


def test_image_paths_only_under_the_allowed_roots(tmp_path):
    from agent.serve.http.errors import ApiError
    from agent.serve.http.uploads import Uploads, image_from_url

    allowed = tmp_path / "photos"
    allowed.mkdir()
    png = allowed / "a.png"
    png.write_bytes(b"\x89PNG\r\n\x1a\n" + b"\0" * 32)
    outside = tmp_path / "b.png"
    outside.write_bytes(png.read_bytes())
    uploads = Uploads(tmp_path / "up")
    assert image_from_url(str(png), "p", uploads, [allowed.resolve()]) == png.resolve()
    assert image_from_url(f"file://{png}", "p", uploads, [allowed.resolve()]) == png.resolve()
    for url, roots in ((str(outside), [allowed.resolve()]), (str(allowed / ".." / "b.png"), [allowed.resolve()]),
                       (str(png), [])):
        with pytest.raises(ApiError) as e:
            image_from_url(url, "p", uploads, roots)
        assert e.value.status == 400 and e.value.code == "path_not_allowed"
    with pytest.raises(ApiError) as e:
        image_from_url(str(allowed / "missing.png"), "p", uploads, [allowed.resolve()])
    assert e.value.code == "file_not_found"
    assert not (tmp_path / "up").exists() or not list((tmp_path / "up").iterdir())
