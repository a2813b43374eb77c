"""Home Assistant over the Wyoming protocol: speech-to-text, text-to-speech and the agent as a
conversation agent, from one server process.

- ``service.py``: what connections share (the Agent, model locks, conversations, limits)
- ``handler.py``: one connection (events -> queued jobs -> events)
- ``info.py``: the ``describe`` -> ``info`` answer
- ``audio.py``: wire PCM <-> float32 arrays
- ``conversations.py``: per-conversation histories over one Agent
- ``server.py``: URI checks, serving, zeroconf

The ``wyoming`` package (extra ``mmagent[wyoming]``) is imported lazily.
"""
