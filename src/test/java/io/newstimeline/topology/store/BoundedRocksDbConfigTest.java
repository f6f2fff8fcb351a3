package io.newstimeline.topology.store;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.rocksdb.BlockBasedTableConfig;
import org.rocksdb.BloomFilter;
import org.rocksdb.CompactionStyle;
import org.rocksdb.FlushOptions;
import org.rocksdb.Options;
import org.rocksdb.RocksDB;
import org.rocksdb.RocksIterator;
import io.newstimeline.timeline.CompositeKey;

/**
 * The thread-reports store seeks with a prefix bloom filter (the thread id), which RocksDB only
 * guarantees within one prefix: every range the merge reads must still return every key in it,
 * also once the keys are spread over many files that each hold only some threads.
 */
class BoundedRocksDbConfigTest {

  @TempDir Path dir;

  @Test
  void shouldReturnEveryKeyOfAThreadWindowAcrossManyFlushedFiles() throws Exception {
    RocksDB.loadLibrary();
    Random random = new Random(11);
    TreeMap<String, byte[]> written = new TreeMap<>();
    try (BloomFilter filter = new BloomFilter(); Options options = new Options().setCreateIfMissing(true)) {
      // Kafka Streams' own defaults, then the setter, as RocksDBStore applies them.
      BlockBasedTableConfig table = new BlockBasedTableConfig().setFilterPolicy(filter);
      options.setTableFormatConfig(table).setCompactionStyle(CompactionStyle.UNIVERSAL).setOptimizeFiltersForHits(true);
      new BoundedRocksDbConfig().setConfig(StoreNames.THREAD_REPORTS, options, Map.of());
      try (RocksDB db = RocksDB.open(options, dir.toString()); FlushOptions flush = new FlushOptions().setWaitForFlush(true)) {
        for (int file = 0; file < 12; file++) {
          for (int i = 0; i < 200; i++) {
            String key = CompositeKey.of(thread(random.nextInt(300)),
                LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500)).toString(), "2019-12-31", "ev-" + file + "-" + i);
            db.put(key.getBytes(UTF_8), new byte[] {1});
            written.put(key, new byte[] {1});
          }
          db.flush(flush); // one more file, holding about half of the threads
        }

        for (int t = 0; t < 320; t++) { // 20 threads were never written
          LocalDate from = LocalDate.of(2020, 1, 1).plusDays(random.nextInt(1500));
          String low = CompositeKey.of(thread(t), from.toString());
          String high = CompositeKey.pastExtending(CompositeKey.of(thread(t), from.plusDays(730).toString()));
          assertThat(range(db, low, high)).as("thread %d from %s", t, from)
              .containsExactlyElementsOf(written.subMap(low, true, high, true).keySet());
        }
      }
    }
  }

  /** Reads like Kafka Streams' range iterator: default read options, seek to the low end, stop past the high end. */
  private static List<String> range(RocksDB db, String low, String high) {
    List<String> keys = new ArrayList<>();
    try (RocksIterator it = db.newIterator()) {
      for (it.seek(low.getBytes(UTF_8)); it.isValid(); it.next()) {
        String key = new String(it.key(), UTF_8);
        if (key.compareTo(high) > 0) {
          break;
        }
        keys.add(key);
      }
    }
    return keys;
  }

  private static String thread(int n) {
    return String.format(Locale.ROOT, "t-%016x", n * 0x9E3779B97F4A7C15L);
  }
}
