package org.partyorg.rules.api.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.text.MessageFormat;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The compiled parts give exactly what {@link MessageFormat} gives for the numbered pattern. */
class NamedPatternTest {
  private static final List<String> PATTERNS = List.of(
      "职工{headCount}人（{headCount.limit}人以上），应于{deadline}前建立党组织。",
      "覆盖{n,choice,-1#单位数不详|0#{n}个单位}，上限{cap}个。",
      "Covers {n,choice,0#no organisations|1#1 organisation|1<{n} organisations}, cap {cap}.",
      "{n,choice,1#1 member|1<{n} members} and {m,choice,0#none|1#one|2#{m} of {n}}.",
      "{a}{b}{a}: {n,choice,0#zero|1<{a} {b}}.",
      "Plain text without parameters.",
      "{n,choice,0.5#half|1#one|1.5<{n} and a half}");

  @Test
  void everyPatternRendersAsMessageFormatDoesForEveryNumber() {
    SplittableRandom random = new SplittableRandom(10);
    double[] numbers = {-1, 0, 0.5, 1, 1.5, 2, 3, 12000, Double.NaN};
    for (String text : PATTERNS) {
      NamedPattern pattern = NamedPattern.compile(text);
      for (int round = 0; round < 200; round++) {
        Map<String, NamedPattern.Value> values = new HashMap<>();
        for (String name : pattern.names()) {
          double number = numbers[random.nextInt(numbers.length)];
          values.put(name, new NamedPattern.Value("v" + random.nextInt(100), number));
        }
        Object[] arguments = new Object[2 * pattern.names().size()];
        for (int i = 0; i < pattern.names().size(); i++) {
          arguments[2 * i] = values.get(pattern.names().get(i)).text();
          arguments[2 * i + 1] = values.get(pattern.names().get(i)).number();
        }
        String expected = new MessageFormat(pattern.numbered(), Locale.ROOT).format(arguments);
        assertEquals(expected, pattern.format(values::get), () -> text + " with " + values);
      }
    }
  }
}
