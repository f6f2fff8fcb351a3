package io.newstimeline.tools.eval.ecbplus;

import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The coreference metrics of the CoNLL shared tasks, over partitions of mentions (each cluster a set of
 * mention ids): MUC (Vilain et al. 1995, links), B³ (Bagga and Baldwin 1998, per mention) and CEAF-e
 * (Luo 2005, entity alignment with φ4 = 2|K∩R| / (|K| + |R|)), as defined in Pradhan et al. 2014.
 * A mention in one partition and not the other counts as a singleton of its own where it is missing.
 */
public final class CorefMetrics {

  private CorefMetrics() {
  }

  /** All three metrics of {@code response} against {@code key}. */
  public static CorefScores score(Collection<Set<String>> key, Collection<Set<String>> response) {
    return new CorefScores(muc(key, response), bCubed(key, response), ceafE(key, response));
  }

  /** MUC: links of the key kept by the response (recall), and the other way round (precision). */
  public static CorefScore muc(Collection<Set<String>> key, Collection<Set<String>> response) {
    double[] recall = mucFraction(key, response);
    double[] precision = mucFraction(response, key);
    return new CorefScore(recall[0], recall[1], precision[0], precision[1]);
  }

  /** Σ (|S| − |parts of S in other|) and Σ (|S| − 1) over the clusters S of {@code of}. */
  private static double[] mucFraction(Collection<Set<String>> of, Collection<Set<String>> other) {
    Map<String, Integer> clusterOf = index(other);
    double numerator = 0;
    double denominator = 0;
    for (Set<String> cluster : of) {
      Set<Object> parts = new HashSet<>();
      for (String mention : cluster) {
        Integer part = clusterOf.get(mention);
        parts.add(part != null ? part : mention); // missing from the other side: a part of its own
      }
      numerator += cluster.size() - parts.size();
      denominator += cluster.size() - 1;
    }
    return new double[] {numerator, denominator};
  }

  /** B³: per mention, the share of its cluster that the other partition's cluster of it keeps. */
  public static CorefScore bCubed(Collection<Set<String>> key, Collection<Set<String>> response) {
    double[] recall = bCubedFraction(key, response);
    double[] precision = bCubedFraction(response, key);
    return new CorefScore(recall[0], recall[1], precision[0], precision[1]);
  }

  private static double[] bCubedFraction(Collection<Set<String>> of, Collection<Set<String>> other) {
    Map<String, Set<String>> clusterOf = new HashMap<>();
    for (Set<String> cluster : other) {
      cluster.forEach(m -> clusterOf.put(m, cluster));
    }
    double numerator = 0;
    double mentions = 0;
    for (Set<String> cluster : of) {
      for (String mention : cluster) {
        Set<String> theirs = clusterOf.get(mention);
        numerator += theirs == null ? 0 : (double) overlap(cluster, theirs) / cluster.size();
        mentions++;
      }
    }
    return new double[] {numerator, mentions};
  }

  /**
   * CEAF-e: the alignment of key and response clusters, one to one, that maximises the summed φ4;
   * recall divides it by the key's clusters, precision by the response's. Clusters sharing no mention
   * have φ4 = 0, so the alignment is found separately in each group of clusters linked by shared mentions.
   */
  public static CorefScore ceafE(Collection<Set<String>> key, Collection<Set<String>> response) {
    List<Set<String>> keys = new ArrayList<>(key);
    List<Set<String>> responses = new ArrayList<>(response);
    double total = 0;
    for (int[][] component : components(keys, responses)) {
      double[][] similarity = new double[component[0].length][component[1].length];
      for (int i = 0; i < component[0].length; i++) {
        for (int j = 0; j < component[1].length; j++) {
          Set<String> k = keys.get(component[0][i]);
          Set<String> r = responses.get(component[1][j]);
          similarity[i][j] = 2.0 * overlap(k, r) / (k.size() + r.size());
        }
      }
      total += maximumAssignment(similarity);
    }
    return new CorefScore(total, keys.size(), total, responses.size());
  }

  /** Groups of key and response cluster indexes connected by shared mentions. */
  private static List<int[][]> components(List<Set<String>> keys, List<Set<String>> responses) {
    Map<String, Integer> responseOf = index(responses);
    Map<Integer, List<Integer>> responsesOfKey = new HashMap<>();
    Map<Integer, List<Integer>> keysOfResponse = new HashMap<>();
    for (int k = 0; k < keys.size(); k++) {
      for (String mention : keys.get(k)) {
        Integer r = responseOf.get(mention);
        if (r != null) {
          responsesOfKey.computeIfAbsent(k, x -> new ArrayList<>()).add(r);
          keysOfResponse.computeIfAbsent(r, x -> new ArrayList<>()).add(k);
        }
      }
    }
    boolean[] keySeen = new boolean[keys.size()];
    boolean[] responseSeen = new boolean[responses.size()];
    List<int[][]> components = new ArrayList<>();
    for (int start = 0; start < keys.size(); start++) {
      if (keySeen[start] || !responsesOfKey.containsKey(start)) {
        continue;
      }
      List<Integer> componentKeys = new ArrayList<>();
      List<Integer> componentResponses = new ArrayList<>();
      Deque<Integer> queue = new ArrayDeque<>();
      keySeen[start] = true;
      queue.add(start);
      while (!queue.isEmpty()) {
        int k = queue.poll();
        componentKeys.add(k);
        for (int r : responsesOfKey.getOrDefault(k, List.of())) {
          if (!responseSeen[r]) {
            responseSeen[r] = true;
            componentResponses.add(r);
            for (int other : keysOfResponse.get(r)) {
              if (!keySeen[other]) {
                keySeen[other] = true;
                queue.add(other);
              }
            }
          }
        }
      }
      components.add(new int[][] {
          componentKeys.stream().mapToInt(Integer::intValue).toArray(),
          componentResponses.stream().mapToInt(Integer::intValue).toArray()});
    }
    return components;
  }

  /** The largest sum of {@code weight[i][j]} over a one-to-one assignment of rows to columns (Kuhn–Munkres). */
  static double maximumAssignment(double[][] weight) {
    int rows = weight.length;
    int columns = rows == 0 ? 0 : weight[0].length;
    if (rows == 0 || columns == 0) {
      return 0;
    }
    boolean transpose = rows > columns;
    int n = transpose ? columns : rows;
    int m = transpose ? rows : columns;
    // Minimise the negated weights; n <= m, so every row is assigned.
    double[] u = new double[n + 1];
    double[] v = new double[m + 1];
    int[] p = new int[m + 1];
    int[] way = new int[m + 1];
    for (int i = 1; i <= n; i++) {
      p[0] = i;
      int j0 = 0;
      double[] minv = new double[m + 1];
      Arrays.fill(minv, Double.POSITIVE_INFINITY);
      boolean[] used = new boolean[m + 1];
      do {
        used[j0] = true;
        int i0 = p[j0];
        double delta = Double.POSITIVE_INFINITY;
        int j1 = 0;
        for (int j = 1; j <= m; j++) {
          if (!used[j]) {
            double cost = -(transpose ? weight[j - 1][i0 - 1] : weight[i0 - 1][j - 1]);
            double current = cost - u[i0] - v[j];
            if (current < minv[j]) {
              minv[j] = current;
              way[j] = j0;
            }
            if (minv[j] < delta) {
              delta = minv[j];
              j1 = j;
            }
          }
        }
        for (int j = 0; j <= m; j++) {
          if (used[j]) {
            u[p[j]] += delta;
            v[j] -= delta;
          } else {
            minv[j] -= delta;
          }
        }
        j0 = j1;
      } while (p[j0] != 0);
      do {
        int j1 = way[j0];
        p[j0] = p[j1];
        j0 = j1;
      } while (j0 != 0);
    }
    double total = 0;
    for (int j = 1; j <= m; j++) {
      if (p[j] != 0) {
        total += transpose ? weight[j - 1][p[j] - 1] : weight[p[j] - 1][j - 1];
      }
    }
    return total;
  }

  private static Map<String, Integer> index(Collection<Set<String>> partition) {
    Map<String, Integer> clusterOf = new HashMap<>();
    int i = 0;
    for (Set<String> cluster : partition) {
      for (String mention : cluster) {
        clusterOf.put(mention, i);
      }
      i++;
    }
    return clusterOf;
  }

  private static int overlap(Set<String> a, Set<String> b) {
    Set<String> smaller = a.size() <= b.size() ? a : b;
    Set<String> larger = smaller == a ? b : a;
    int count = 0;
    for (String mention : smaller) {
      if (larger.contains(mention)) {
        count++;
      }
    }
    return count;
  }
}
