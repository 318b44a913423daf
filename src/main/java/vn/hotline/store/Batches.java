package vn.hotline.store;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Function;

/**
 * One store operation for many callers: items that threads submit while a batch is being written go
 * together into the next one, so that a burst costs a few round trips instead of one per item. A
 * lone caller writes its item at once; nobody waits for a timer. Each caller returns once its own
 * batch is written, with its own result; when a batch fails, its items are written again one by
 * one, so that only the callers whose own item fails see the failure.
 *
 * @param <I> what callers submit
 * @param <O> what each gets back
 */
final class Batches<I, O> {
  private final Function<List<I>, List<O>> write;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition written = lock.newCondition();
  private List<Waiting<I, O>> queued = new ArrayList<>();
  private boolean writing;

  /**
   * @param write writes a batch and returns one result (not null) per item, in order
   */
  Batches(Function<List<I>, List<O>> write) {
    this.write = write;
  }

  /** Writes {@code item} in the next batch; returns its result. */
  O submit(I item) {
    Waiting<I, O> mine = new Waiting<>(item);
    lock.lock();
    try {
      queued.add(mine);
      while (!mine.done) {
        if (writing) {
          written.awaitUninterruptibly();
        } else {
          writeQueued();
        }
      }
    } finally {
      lock.unlock();
    }
    if (mine.failure != null) {
      throw mine.failure;
    }
    return mine.result;
  }

  // Runs with the lock held; releases it while writing so that the next batch can gather.
  private void writeQueued() {
    List<Waiting<I, O>> batch = queued;
    queued = new ArrayList<>();
    writing = true;
    lock.unlock();
    try {
      List<O> results = write.apply(batch.stream().map(w -> w.item).toList());
      for (int i = 0; i < batch.size(); i++) {
        batch.get(i).result = results.get(i);
      }
    } catch (RuntimeException e) {
      // One bad item must not fail everyone it happened to share a batch with.
      if (batch.size() == 1) {
        batch.getFirst().failure = e;
      } else {
        batch.forEach(this::writeAlone);
      }
    } finally {
      lock.lock();
      writing = false;
      for (Waiting<I, O> w : batch) {
        if (w.result == null && w.failure == null) {
          w.failure = new IllegalStateException("a batch write stopped with an error");
        }
        w.done = true;
      }
      written.signalAll();
    }
  }

  private void writeAlone(Waiting<I, O> waiting) {
    try {
      waiting.result = write.apply(List.of(waiting.item)).getFirst();
    } catch (RuntimeException e) {
      waiting.failure = e;
    }
  }

  private static final class Waiting<I, O> {
    final I item;
    O result;
    RuntimeException failure;
    boolean done;

    Waiting(I item) {
      this.item = item;
    }
  }
}
