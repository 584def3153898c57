"""A workspace on a network folder is recognised from the mount table or the Windows path, without a network."""

from __future__ import annotations

from pathlib import Path

from or_communities.storage.network_folders import is_unc, mounted_on_network

MOUNTS = """/dev/sda1 / ext4 rw,relatime 0 0
//fileserver/city /mnt/city cifs rw,vers=3.0 0 0
fileserver:/export /mnt/nfs nfs4 rw 0 0
/dev/sdb1 /mnt/city/local\\040copy ext4 rw 0 0
"""


def test_a_workspace_under_an_smb_or_nfs_mount_is_on_the_network():
    """Paths under a cifs or an nfs4 mount are network folders; the root filesystem is not."""
    assert mounted_on_network(Path("/mnt/city/עכו.orcity"), MOUNTS)
    assert mounted_on_network(Path("/mnt/nfs/a/b.orcity"), MOUNTS)
    assert not mounted_on_network(Path("/home/rina/עכו.orcity"), MOUNTS)


def test_the_longest_mount_point_decides():
    """A local disk mounted inside a network share's folder is local; a name that only starts alike is not inside."""
    assert not mounted_on_network(Path("/mnt/city/local copy/עכו.orcity"), MOUNTS)
    assert not mounted_on_network(Path("/mnt/citywide/עכו.orcity"), MOUNTS)


def test_windows_share_paths_are_network_paths():
    """\\\\server\\share paths are on the network; long local paths (\\\\?\\C:\\…) are not."""
    assert is_unc("\\\\fileserver\\city\\עכו.orcity") and is_unc("//fileserver/city/x.orcity")
    assert not is_unc("\\\\?\\C:\\Users\\rina\\עכו.orcity") and not is_unc("C:\\Users\\rina\\עכו.orcity")
