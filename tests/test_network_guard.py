import socket

import pytest

from tests.conftest import NetworkAccessError


def test_network_is_blocked():
    s = socket.socket()
    try:
        with pytest.raises(NetworkAccessError):
            s.connect(("93.184.216.34", 80))
    finally:
        s.close()


def test_hub_download_is_refused(settings):
    from agent.models import ModelStore
    from tools.errors import UsageError

    with pytest.raises(UsageError, match="HF_HUB_OFFLINE"):
        ModelStore(settings).pull("stt")
