package vn.hotline.store.embedded;

import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;

/**
 * Durability for the embedded store, whose file backend otherwise commits only about once a second.
 * Callers that ask while a commit runs wait for the next one, which covers all of them: under load
 * one commit serves many saves, and a lone save pays for one commit.
 */
final class GroupCommit {
  private final Runnable commit;
  private final ReentrantLock lock = new ReentrantLock();
  private final Condition committedMore = lock.newCondition();
  private long requested;
  private long committed;
  private boolean committing;

  GroupCommit(Runnable commit) {
    this.commit = commit;
  }

  /** Returns once every write that completed before the call is committed. */
  void sync() {
    lock.lock();
    try {
      long mine = ++requested;
      while (committed < mine) {
        if (committing) {
          committedMore.awaitUninterruptibly();
        } else {
          commitUpTo(requested);
        }
      }
    } finally {
      lock.unlock();
    }
  }

  // Runs with the lock held; releases it while the backend commits so that others can queue up.
  private void commitUpTo(long target) {
    committing = true;
    lock.unlock();
    boolean done = false;
    try {
      commit.run();
      done = true;
    } finally {
      lock.lock();
      committing = false;
      if (done) {
        committed = Math.max(committed, target);
      }
      committedMore.signalAll();
    }
  }
}
