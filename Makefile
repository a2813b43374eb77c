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
	@touch $@

# optional system packages: PortAudio for microphone/speaker I/O (voice loop), espeak-ng/sox for test audio
system-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null; then \
	  apt-get update -qq && apt-get install -y -qq libportaudio2 pulseaudio espeak-ng sox >/dev/null; \
	else echo "run as root or install libportaudio2 espeak-ng sox with your package manager"; fi

demo: install
	$(PY) examples/demo.py

# PortAudio + PulseAudio for the voice loop's device tests (a null sink stands in for a sound card):
# installed by `make test` only when root and missing; without them those tests skip with the reason
voice-deps:
	@if [ "$$(id -u)" = 0 ] && command -v apt-get >/dev/null && \
	  { ! ldconfig -p | grep -q libportaudio.so.2 || ! command -v pulseaudio >/dev/null; }; then \
	  apt-get install -y -qq libportaudio2 pulseaudio >/dev/null 2>&1 || \
	  echo "libportaudio2/pulseaudio not installed: device tests will skip"; fi

test: install voice-deps
	$(PY) -m pytest -q

test-fast: install
	$(PY) -m pytest -q -m "not real and not llm"

lint: install
	$(VENV)/bin/ruff check .

bench: install
	$(PY) -m bench.routing_eval
	$(PY) -m bench.stt_bench
	$(PY) -m bench.tts_bench
	$(PY) -m bench.e2e_bench
	$(PY) -m bench.stt_window_bench
	$(PY) -m bench.voice_latency --compare --direct 17 --tool 4
	$(PY) -m bench.batch_bench
	$(PY) -m bench.vision_bench

clean:
	rm -rf $(VENV) mmagent_out demo_out .pytest_cache
