import pytest


@pytest.fixture
def write_file(tmp_path):
    """write_file(name, data: bytes) -> Path of a file under tmp_path (sub-folders made)."""
    def _write(name: str, data: bytes):
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)
        return path
    return _write
