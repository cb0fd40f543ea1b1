package app.relais.engine;

import app.relais.conversation.ConversationKey;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * Runs the events of one conversation one at a time, in arrival order, while different
 * conversations run in parallel. A fixed array of fair locks striped by key: memory stays
 * constant whatever the number of conversations; two conversations that share a stripe merely
 * wait for each other for the few microseconds an event takes.
 */
final class KeyedSerializer {

    private final ReentrantLock[] stripes;

    KeyedSerializer(int stripes) {
        this.stripes = new ReentrantLock[Integer.highestOneBit(Math.max(16, stripes - 1)) << 1];
        for (int i = 0; i < this.stripes.length; i++) {
            this.stripes[i] = new ReentrantLock(true);
        }
    }

    <T> T run(ConversationKey key, Supplier<T> work) {
        int hash = key.hashCode();
        ReentrantLock lock = stripes[(hash ^ (hash >>> 16)) & (stripes.length - 1)];
        lock.lock();
        try {
            return work.get();
        } finally {
            lock.unlock();
        }
    }
}
