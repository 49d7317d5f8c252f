package org.talentflow.server;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The store's names as search compares them ({@link org.talentflow.store.Store#searchKey}), indexed by character:
 * the names that hold a key are found among those holding its rarest character, instead of comparing the key with
 * each of the store's tens of thousands of names.
 */
final class NameIndex {
  private final List<KnowledgeCache.Name> all;
  private final Map<Character, int[]> byChar = new HashMap<>();

  NameIndex(List<KnowledgeCache.Name> all) {
    this.all = List.copyOf(all);
    Map<Character, List<Integer>> lists = new HashMap<>();
    for (int i = 0; i < all.size(); i++) {
      String key = all.get(i).key();
      for (int c = 0; c < key.length(); c++) {
        List<Integer> l = lists.computeIfAbsent(key.charAt(c), k -> new ArrayList<>());
        if (l.isEmpty() || l.get(l.size() - 1) != i) {
          l.add(i);
        }
      }
    }
    lists.forEach((c, l) -> byChar.put(c, l.stream().mapToInt(Integer::intValue).toArray()));
  }

  /** The names whose key contains {@code key} (all names for an empty key), in the order they were given. */
  List<KnowledgeCache.Name> containing(String key) {
    if (key.isEmpty()) {
      return all;
    }
    int[] fewest = null;
    for (int c = 0; c < key.length(); c++) {
      int[] l = byChar.getOrDefault(key.charAt(c), new int[0]);
      if (fewest == null || l.length < fewest.length) {
        fewest = l;
      }
    }
    List<KnowledgeCache.Name> out = new ArrayList<>();
    for (int i : fewest) {
      if (all.get(i).key().contains(key)) {
        out.add(all.get(i));
      }
    }
    return out;
  }
}
