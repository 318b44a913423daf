package vn.hotline.store.embedded;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.h2.mvstore.DataUtils;
import org.h2.mvstore.MVStoreException;

/**
 * Opens the embedded store's file in its data directory, or says why not in words an administrator
 * can act on: a file that lost its contents ({@link DataFileRefused}), a directory that is in use
 * by another instance, read-only or full ({@link DataDirectoryUnavailable}).
 */
final class DataDirectory {
  private DataDirectory() {}

  static EmbeddedBackend open(Path dataDir, Path file, String fileSystem, String key) {
    try {
      Files.createDirectories(dataDir);
    } catch (IOException e) {
      throw new DataDirectoryUnavailable(
          "DATA_DIR " + dataDir + ": cannot create the directory: " + reason(e));
    }
    refuseEmpty(file);
    refuseReadOnly(dataDir, file);
    return openFile(dataDir, file, fileSystem + file, key);
  }

  // H2 makes a new store in an empty file: after a disk failure had left the file empty, the
  // service would have started with no tickets and no warning.
  private static void refuseEmpty(Path file) {
    try {
      if (Files.exists(file) && Files.size(file) == 0) {
        throw new DataFileRefused(
            file
                + " is empty, so every ticket in it is gone (a disk failure or a full disk can do"
                + " this); it was left as it is: restore it from a backup, or move it away to start"
                + " with an empty store");
      }
    } catch (IOException e) {
      throw new DataDirectoryUnavailable("DATA_DIR: cannot read " + file + ": " + reason(e));
    }
  }

  // H2 opens a file it cannot write read-only, without a word, and the first save fails.
  private static void refuseReadOnly(Path dataDir, Path file) {
    if (!Files.isWritable(dataDir) || Files.exists(file) && !Files.isWritable(file)) {
      throw new DataDirectoryUnavailable(
          "DATA_DIR "
              + dataDir
              + ": "
              + (Files.exists(file) ? file : dataDir)
              + " cannot be written (read-only or not this user's)");
    }
  }

  private static EmbeddedBackend openFile(Path dataDir, Path file, String fileName, String key) {
    boolean existed = Files.exists(file);
    try {
      return EmbeddedBackend.open(fileName, key);
    } catch (MVStoreException e) {
      if (e.getErrorCode() == DataUtils.ERROR_FILE_CORRUPT
          || e.getErrorCode() == DataUtils.ERROR_UNSUPPORTED_FORMAT) {
        throw new DataFileRefused(
            file
                + " is damaged ("
                + e.getMessage()
                + "); it was left as it is: restore it from a backup, or move it away to start"
                + " with an empty store");
      }
      if (!existed) {
        // A file this start made and could not fill would read as a lost store at the next one.
        deleteIfEmpty(file);
      }
      if (e.getErrorCode() == DataUtils.ERROR_FILE_LOCKED) {
        throw new DataDirectoryUnavailable(
            "DATA_DIR "
                + dataDir
                + ": "
                + file
                + " is in use by another process (is another instance running on this data"
                + " directory?)");
      }
      IOException io = ioCause(e);
      if (io != null) {
        throw new DataDirectoryUnavailable(
            "DATA_DIR " + dataDir + ": cannot write " + file + ": " + reason(io));
      }
      throw e;
    }
  }

  private static void deleteIfEmpty(Path file) {
    try {
      if (Files.exists(file) && Files.size(file) == 0) {
        Files.delete(file);
      }
    } catch (IOException e) {
      // Then the next start refuses the empty file by name, which the administrator can remove.
    }
  }

  private static IOException ioCause(Throwable e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof IOException io) {
        return io;
      }
      if (cause.getCause() == cause) {
        break;
      }
    }
    return null;
  }

  /** What went wrong with a file, in the operating system's words ("No space left on device"). */
  private static String reason(IOException e) {
    if (e instanceof AccessDeniedException) {
      return "permission denied";
    }
    if (e instanceof FileSystemException fs && fs.getReason() != null) {
      return fs.getReason();
    }
    return e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
  }
}
