"""Whether a workspace sits on a network folder (a Windows share, an NFS or SMB mount), where a lost connection
or a second computer can interrupt a write: the user is warned. The workspace's rollback journal (not WAL) stays
safe there; SQLite's WAL mode is not, which is why the app never uses it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

NETWORK_FILESYSTEMS = frozenset({
    "nfs", "nfs4", "cifs", "smb", "smb2", "smb3", "smbfs", "fuse.sshfs", "sshfs", "afs", "ncpfs", "9p",
    "fuse.rclone", "davfs", "fuse.davfs2", "glusterfs", "ceph",
})


def is_network_folder(path: Path) -> bool:
    """Whether ``path`` is on a network folder, as far as this computer can tell (False when it cannot)."""
    if sys.platform == "win32":
        return _windows_network(path)
    try:
        mounts = Path("/proc/mounts").read_text(encoding="utf-8", errors="replace")
    except OSError:
        return False
    return mounted_on_network(path.resolve(), mounts)


def is_unc(path: str) -> bool:
    """A Windows network path written as \\\\server\\share\\…"""
    return path.startswith(("\\\\", "//")) and not path.startswith(("\\\\?\\", "\\\\.\\"))


def mounted_on_network(path: Path, mounts: str) -> bool:
    """Whether the longest mount point holding ``path`` (in /proc/mounts' format) is a network filesystem."""
    best, best_type = "", ""
    text = str(path)
    for line in mounts.splitlines():
        parts = line.split()
        if len(parts) < 3:
            continue
        point = parts[1].replace("\\040", " ")
        holds = text == point or text.startswith(point.rstrip("/") + "/")
        if holds and len(point) > len(best):
            best, best_type = point, parts[2]
    return best_type in NETWORK_FILESYSTEMS


def _windows_network(path: Path) -> bool:
    text = str(path.resolve())
    if is_unc(text):
        return True
    import ctypes

    drive_remote = 4
    root = os.path.splitdrive(text)[0] + "\\"
    try:
        return int(ctypes.windll.kernel32.GetDriveTypeW(root)) == drive_remote  # type: ignore[attr-defined]
    except (AttributeError, OSError):
        return False
