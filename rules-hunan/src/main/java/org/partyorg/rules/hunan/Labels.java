package org.partyorg.rules.hunan;

import java.util.AbstractList;
import java.util.List;

/**
 * A list of labels (missing periods, failing groups) that reads as "2021-Q3, 2021-Q4" in a
 * message, and compares equal to any list of the same labels.
 */
final class Labels extends AbstractList<String> {
  private final List<String> labels;

  private Labels(List<String> labels) {
    this.labels = List.copyOf(labels);
  }

  static Labels of(List<String> labels) {
    return new Labels(labels);
  }

  @Override
  public String get(int index) {
    return labels.get(index);
  }

  @Override
  public int size() {
    return labels.size();
  }

  @Override
  public String toString() {
    return String.join(", ", labels);
  }
}
