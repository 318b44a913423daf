package vn.hotline.store.embedded;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.h2.store.fs.FileBase;
import org.h2.store.fs.FilePath;
import org.h2.store.fs.FilePathWrapper;

/**
 * An H2 file system ({@code faulty:} before a file name) over the real disk that records every
 * write and sync made to the store's file. It fails every write while a file named {@code
 * disk-full} exists beside the data file, as a full disk does, and every sync while one named
 * {@code sync-fails} does, as a disk that cannot write back its cache does; while a file named
 * {@code read-only} exists there, the store's file cannot be opened for writing, as on a file
 * system mounted read-only (which a test running as root cannot make with permissions). It works in
 * a child process too: the test makes and removes the flag files.
 */
public final class FaultyDisk extends FilePathWrapper {
  public static final String SCHEME = "faulty";
  public static final String FLAG = "disk-full";
  public static final String SYNC_FLAG = "sync-fails";
  public static final String READ_ONLY_FLAG = "read-only";

  /** What the store did to its file, in order. */
  public enum Event {
    WRITE,
    SYNC
  }

  private static final List<Event> EVENTS = new ArrayList<>();

  public static void register() {
    FilePath.register(new FaultyDisk());
  }

  /** The events recorded so far, and forgets them. */
  public static List<Event> drain() {
    synchronized (EVENTS) {
      List<Event> copy = List.copyOf(EVENTS);
      EVENTS.clear();
      return copy;
    }
  }

  private static void record(Event event) {
    synchronized (EVENTS) {
      EVENTS.add(event);
    }
  }

  @Override
  public String getScheme() {
    return SCHEME;
  }

  @Override
  public FileChannel open(String mode) throws IOException {
    Path file = Path.of(getBase().toString());
    if (mode.contains("w") && Files.exists(file.resolveSibling(READ_ONLY_FLAG))) {
      throw new FileSystemException(file.toString(), null, "Read-only file system");
    }
    return new Channel(
        getBase().open(mode), file.resolveSibling(FLAG), file.resolveSibling(SYNC_FLAG));
  }

  private static final class Channel extends FileBase {
    private final FileChannel base;
    private final Path flag;
    private final Path syncFlag;

    Channel(FileChannel base, Path flag, Path syncFlag) {
      this.base = base;
      this.flag = flag;
      this.syncFlag = syncFlag;
    }

    private void failIfFull() throws IOException {
      if (Files.exists(flag)) {
        throw new IOException("No space left on device");
      }
    }

    @Override
    public int write(ByteBuffer src, long position) throws IOException {
      failIfFull();
      record(Event.WRITE);
      return base.write(src, position);
    }

    @Override
    public int write(ByteBuffer src) throws IOException {
      failIfFull();
      record(Event.WRITE);
      return base.write(src);
    }

    @Override
    public void force(boolean metaData) throws IOException {
      failIfFull();
      if (Files.exists(syncFlag)) {
        throw new IOException("Input/output error");
      }
      base.force(metaData);
      record(Event.SYNC);
    }

    @Override
    public int read(ByteBuffer dst, long position) throws IOException {
      return base.read(dst, position);
    }

    @Override
    public int read(ByteBuffer dst) throws IOException {
      return base.read(dst);
    }

    @Override
    public long position() throws IOException {
      return base.position();
    }

    @Override
    public FileChannel position(long newPosition) throws IOException {
      base.position(newPosition);
      return this;
    }

    @Override
    public long size() throws IOException {
      return base.size();
    }

    @Override
    public FileChannel truncate(long size) throws IOException {
      failIfFull();
      base.truncate(size);
      return this;
    }

    @Override
    public FileLock tryLock(long position, long size, boolean shared) throws IOException {
      return base.tryLock(position, size, shared);
    }

    @Override
    protected void implCloseChannel() throws IOException {
      base.close();
    }
  }
}
