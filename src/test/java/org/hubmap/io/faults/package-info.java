/**
 * A file system for tests that fails as real disks do: full, read-only folders, owners that may not be given away,
 * and files or folders that change under a save. It is the default file system seen through a provider of its own,
 * so the code under test runs unchanged on paths of it, and only the faults asked for differ from the real disk.
 */
package org.hubmap.io.faults;
