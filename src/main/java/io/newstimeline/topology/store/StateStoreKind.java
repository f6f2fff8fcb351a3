package io.newstimeline.topology.store;

import org.apache.kafka.common.serialization.Serde;
import org.apache.kafka.streams.state.KeyValueBytesStoreSupplier;
import org.apache.kafka.streams.state.KeyValueStore;
import org.apache.kafka.streams.state.StoreBuilder;
import org.apache.kafka.streams.state.Stores;

/**
 * Where the topology keeps its key-value state. Production uses {@link #PERSISTENT} (RocksDB,
 * restored from its changelog); {@link #IN_MEMORY} suits tests and small offline rebuilds that
 * start many short-lived topologies. Both are changelogged, and both iterate keys in the same
 * (byte-lexicographic) order, so the topology behaves the same on either.
 */
public enum StateStoreKind {

  /** RocksDB stores on local disk: the default. */
  PERSISTENT,
  /** Heap stores, rebuilt from the changelog on restart. */
  IN_MEMORY;

  /** The supplier of a key-value store named {@code name} of this kind. */
  public KeyValueBytesStoreSupplier keyValue(String name) {
    return this == PERSISTENT ? Stores.persistentKeyValueStore(name) : Stores.inMemoryKeyValueStore(name);
  }

  /**
   * The builder of a changelogged key-value store named {@code name} of this kind, uncached: for
   * stores whose keys are mostly written once or twice (reports, entries), where the record cache
   * would only add a copy and an eviction to every read and write.
   */
  public <K, V> StoreBuilder<KeyValueStore<K, V>> store(String name, Serde<K> keys, Serde<V> values) {
    return Stores.keyValueStoreBuilder(keyValue(name), keys, values).withCachingDisabled();
  }

  /**
   * The builder of a changelogged key-value store named {@code name} of this kind, behind the
   * record cache ({@code statestore.cache.max.bytes}): for small stores whose few keys change with
   * most events (an actor's summary, a pair's link). The cache keeps their latest values in
   * memory and writes each changed key once per commit to the store and its changelog.
   */
  public <K, V> StoreBuilder<KeyValueStore<K, V>> cachedStore(String name, Serde<K> keys, Serde<V> values) {
    return Stores.keyValueStoreBuilder(keyValue(name), keys, values).withCachingEnabled();
  }
}
