package io.newstimeline.topology.store;

import java.util.Map;
import org.apache.kafka.streams.state.RocksDBConfigSetter;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.Cache;
import org.rocksdb.LRUCache;
import org.rocksdb.Options;
import org.rocksdb.WriteBufferManager;
import io.newstimeline.timeline.EntryIdentity;

/**
 * Bounds the block cache and memtables of all the timeline's RocksDB stores in one JVM to
 * {@value #TOTAL_OFF_HEAP_BYTES} bytes. Kafka Streams' default gives each
 * store instance its own 50 MB block cache and up to three 16 MB memtables; the timeline has 13
 * persistent stores per partition, so with 3 partitions that is up to ~4 GB, and the demo's RSS
 * reached 1.9 GB after a 100k-event history. Here every store shares one LRU cache for data blocks,
 * and memtables are charged to it through a write-buffer manager (the recipe of the Kafka Streams
 * memory-management guide, without its caching of index and filter blocks: see below). Index and
 * filter blocks, about 1–2% of the data on disk, are the only RocksDB memory that grows with
 * the history.
 */
public final class BoundedRocksDbConfig implements RocksDBConfigSetter {

  /** Block cache and memtables of every store together. */
  static final long TOTAL_OFF_HEAP_BYTES = 192L * 1024 * 1024;
  /** The share of {@link #TOTAL_OFF_HEAP_BYTES} that memtables may take. */
  static final long TOTAL_MEMTABLE_BYTES = 64L * 1024 * 1024;
  private static final long MEMTABLE_BYTES = 8L * 1024 * 1024;

  // Shared by every store of the JVM, so never closed with one of them.
  private static final Cache CACHE = new LRUCache(TOTAL_OFF_HEAP_BYTES);
  private static final WriteBufferManager WRITE_BUFFERS = new WriteBufferManager(TOTAL_MEMTABLE_BYTES, CACHE);

  @Override
  public void setConfig(String storeName, Options options, Map<String, Object> configs) {
    BlockBasedTableConfig table = (BlockBasedTableConfig) options.tableFormatConfig();
    table.setBlockCache(CACHE);
    // Index and filter blocks stay outside the cache, held by each open table as by default: in a
    // bounded cache they were evicted by data blocks once the history outgrew it, and every lookup
    // of an absent key (most lookups: new reports, new entries) reloaded them; after 1M events the
    // probe ran at half the speed of the one after 10k.
    table.setCacheIndexAndFilterBlocks(false);
    if (storeName.equals(StoreNames.THREAD_REPORTS)) {
      // Every read of this store is a range within one thread (the merge's window), so the bloom
      // filters also hold each key's thread id: a seek skips the files that have no report of the
      // thread, which for most threads (few reports each) is all of them. Without it, the seek
      // visited every sorted run and was the main cost that grew with the history (BENCHMARKS.md).
      // Kafka Streams leaves the last level without filters (most lookups hit, it assumes); this
      // store's last level holds most threads' reports, so it needs them most.
      options.useFixedLengthPrefixExtractor(EntryIdentity.THREAD_ID_LENGTH);
      options.setOptimizeFiltersForHits(false);
    }
    options.setWriteBufferManager(WRITE_BUFFERS);
    options.setWriteBufferSize(MEMTABLE_BYTES);
    options.setMaxWriteBufferNumber(2);
    options.setTableFormatConfig(table);
  }

  @Override
  public void close(String storeName, Options options) {
    // The cache and the write-buffer manager are shared: they live as long as the JVM.
  }
}
