package org.hubmap.io.faults;

import java.io.IOException;
import java.nio.file.FileSystemException;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.GroupPrincipal;
import java.nio.file.attribute.PosixFileAttributeView;
import java.nio.file.attribute.PosixFileAttributes;
import java.nio.file.attribute.PosixFilePermission;
import java.nio.file.attribute.UserPrincipal;
import java.util.Set;

/** A file's POSIX attributes, which refuse a new owner or group when the file system is told to, as Linux does. */
final class GuardedPosixView implements PosixFileAttributeView {
    private final FaultyFileSystem fileSystem;
    private final Path path;
    private final PosixFileAttributeView real;

    GuardedPosixView(FaultyFileSystem fileSystem, Path path, PosixFileAttributeView real) {
        this.fileSystem = fileSystem;
        this.path = path;
        this.real = real;
    }

    private void requireGivingAway() throws FileSystemException {
        if (!fileSystem.ownersKept()) {
            throw new FileSystemException(path.toString(), null, "Operation not permitted");
        }
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public PosixFileAttributes readAttributes() throws IOException {
        return real.readAttributes();
    }

    @Override
    public void setTimes(FileTime lastModifiedTime, FileTime lastAccessTime, FileTime createTime)
            throws IOException {
        real.setTimes(lastModifiedTime, lastAccessTime, createTime);
    }

    @Override
    public void setPermissions(Set<PosixFilePermission> perms) throws IOException {
        real.setPermissions(perms);
    }

    @Override
    public void setGroup(GroupPrincipal group) throws IOException {
        requireGivingAway();
        real.setGroup(group);
    }

    @Override
    public UserPrincipal getOwner() throws IOException {
        return real.getOwner();
    }

    @Override
    public void setOwner(UserPrincipal owner) throws IOException {
        requireGivingAway();
        real.setOwner(owner);
    }
}
