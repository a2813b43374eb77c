"""The voice loop: audio I/O (``audio_io``), VAD and turn taking plus barge-in (``loop``) and
sentence chunking for TTS (``chunker``).  It reaches routing only through the ``Agent``."""
