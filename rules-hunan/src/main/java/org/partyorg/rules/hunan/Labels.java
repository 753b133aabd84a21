package org.partyorg.rules.hunan;

import java.util.AbstractList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * A list a fact holds (periods {@code 2021-Q3}, names, the model's codes): compares equal to any
 * list of the same items, and shows as {@code 2021-Q3, 2021-Q4} in a finding's {@code toString}
 * (a log line), codes by their constants' names. The texts people read do not show it this way:
 * they word each item.
 */
final class Labels<T> extends AbstractList<T> {
  private final List<T> labels;

  private Labels(List<T> labels) {
    this.labels = List.copyOf(labels);
  }

  static <T> Labels<T> of(List<T> labels) {
    return new Labels<>(labels);
  }

  @Override
  public T get(int index) {
    return labels.get(index);
  }

  @Override
  public int size() {
    return labels.size();
  }

  @Override
  public String toString() {
    return labels.stream().map(String::valueOf).collect(Collectors.joining(", "));
  }
}
