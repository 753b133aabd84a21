package org.partyorg.rules.testkit;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/** The small generators the others are built from. */
public final class Gens {
  private Gens() {}

  /** Always {@code value}. */
  public static <T> Gen<T> constant(T value) {
    return random -> Shrinkable.unshrinkable(value);
  }

  /**
   * Whole numbers in {@code [min, max]}; half the time one of {@code thresholds} or a
   * neighbour (t - 1, t, t + 1), so that both sides of every threshold come up often. A value
   * shrinks toward the nearest threshold, or toward {@code min} where that is nearer, in halving
   * steps, so a failure that starts at a threshold shrinks to exactly that threshold.
   *
   * @throws IllegalArgumentException if {@code min > max}
   */
  public static Gen<Integer> ints(int min, int max, int... thresholds) {
    if (min > max) {
      throw new IllegalArgumentException("ints: min " + min + " is greater than max " + max);
    }
    int[] targets = targets(min, max, thresholds);
    int[] nearby = nearby(min, max, thresholds);
    return random -> {
      int value;
      if (nearby.length > 0 && random.nextBoolean()) {
        value = nearby[random.nextInt(nearby.length)];
      } else if (random.nextInt(4) == 0) {
        // small numbers are where most of the member rules live
        value = (int) Math.min(max, (long) min + random.nextInt(10));
      } else {
        value = (int) random.nextLong(min, (long) max + 1);
      }
      return shrinkInt(value, targets);
    };
  }

  /** A shrinkable whole number that moves toward the nearest of {@code targets}. */
  public static Shrinkable<Integer> shrinkInt(int value, int[] targets) {
    int target = nearest(value, targets);
    return Shrinkable.of(value, () -> towards(value, target).mapToObj(v -> shrinkInt(v, targets)));
  }

  /**
   * Dates in {@code [from, to]}, half the time the day before, the day of or the day after one
   * of {@code deadlines}; shrinking moves toward the nearest deadline.
   */
  public static Gen<LocalDate> dates(LocalDate from, LocalDate to, LocalDate... deadlines) {
    int[] days = Arrays.stream(deadlines).mapToInt(d -> Math.toIntExact(d.toEpochDay())).toArray();
    return ints(Math.toIntExact(from.toEpochDay()), Math.toIntExact(to.toEpochDay()), days)
        .map(day -> LocalDate.ofEpochDay(day));
  }

  /** Present 85% of the time; shrinks to absent first, then shrinks the value. */
  public static <T> Gen<Optional<T>> optional(Gen<T> gen) {
    return random -> {
      if (random.nextInt(100) >= 85) {
        return Shrinkable.unshrinkable(Optional.empty());
      }
      Shrinkable<T> present = gen.generate(random);
      return presentOptional(present);
    };
  }

  private static <T> Shrinkable<Optional<T>> presentOptional(Shrinkable<T> present) {
    return Shrinkable.of(
        Optional.of(present.value()),
        () -> Stream.concat(
            Stream.of(Shrinkable.unshrinkable(Optional.<T>empty())),
            present.shrinks().map(Gens::presentOptional)));
  }

  /** An optional whole number: absent 15% of the time, like {@link #optional}. */
  public static Gen<OptionalInt> optionalInts(Gen<Integer> gen) {
    return optional(gen).map(o -> o.isPresent() ? OptionalInt.of(o.get()) : OptionalInt.empty());
  }

  /** One of the values, uniformly; shrinks toward the first. */
  @SafeVarargs
  @SuppressWarnings("varargs") // the array is only read, and copied by List.of
  public static <T> Gen<T> oneOf(T... values) {
    return oneOf(List.of(values));
  }

  /** One of the values, uniformly; shrinks toward the first. */
  public static <T> Gen<T> oneOf(List<T> values) {
    if (values.isEmpty()) {
      throw new IllegalArgumentException("oneOf needs at least one value");
    }
    List<T> copy = List.copyOf(values);
    return random -> choice(copy, random.nextInt(copy.size()));
  }

  private static <T> Shrinkable<T> choice(List<T> values, int index) {
    return Shrinkable.of(values.get(index), () -> IntStream.range(0, index).mapToObj(i -> choice(values, i)));
  }

  /** One of the generators, uniformly; shrinks within the chosen one. */
  @SafeVarargs
  public static <T> Gen<T> frequencyOneOf(Gen<? extends T>... gens) {
    return random -> {
      @SuppressWarnings("unchecked")
      Gen<T> chosen = (Gen<T>) gens[random.nextInt(gens.length)];
      return chosen.generate(random);
    };
  }

  public static Gen<Boolean> booleans() {
    return oneOf(false, true);
  }

  /** A subset of {@code universe}, each element with probability {@code probability}; shrinks by removing elements. */
  public static <E extends Enum<E>> Gen<Set<E>> subsets(Class<E> type, Collection<E> universe, double probability) {
    List<E> elements = List.copyOf(universe);
    return random -> {
      Set<E> chosen = EnumSet.noneOf(type);
      for (E element : elements) {
        if (random.nextDouble() < probability) {
          chosen.add(element);
        }
      }
      return subset(type, chosen);
    };
  }

  private static <E extends Enum<E>> Shrinkable<Set<E>> subset(Class<E> type, Set<E> chosen) {
    return Shrinkable.of(
        chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen),
        () -> chosen.stream().map(removed -> {
          Set<E> smaller = EnumSet.noneOf(type);
          smaller.addAll(chosen);
          smaller.remove(removed);
          return subset(type, smaller);
        }));
  }

  /**
   * Subsets of {@code universe}, each element in with {@code probability}, in the universe's
   * order; shrinks by removing elements.
   */
  public static <E> Gen<Set<E>> subsets(Collection<E> universe, double probability) {
    List<E> elements = List.copyOf(universe);
    return random -> {
      Set<E> chosen = new LinkedHashSet<>();
      for (E element : elements) {
        if (random.nextDouble() < probability) {
          chosen.add(element);
        }
      }
      return subset(chosen);
    };
  }

  private static <E> Shrinkable<Set<E>> subset(Set<E> chosen) {
    // in the universe's order, in every virtual machine: Set.copyOf's order changes from run to run
    return Shrinkable.of(
        Collections.unmodifiableSet(new LinkedHashSet<>(chosen)),
        () -> chosen.stream().map(removed -> {
          Set<E> smaller = new LinkedHashSet<>(chosen);
          smaller.remove(removed);
          return subset(smaller);
        }));
  }

  /**
   * Combines generators into one: the values are handed to {@code combiner} in the order of
   * {@code gens}, and the result shrinks one part at a time.
   */
  public static <R> Gen<R> combine(List<Gen<?>> gens, Function<List<Object>, R> combiner) {
    List<Gen<?>> copy = List.copyOf(gens);
    return random -> {
      List<Shrinkable<?>> parts = new ArrayList<>(copy.size());
      for (Gen<?> gen : copy) {
        parts.add(gen.generate(random));
      }
      return Shrinkable.sequence(parts).map(combiner);
    };
  }

  static <T> Shrinkable<T> filtered(Shrinkable<T> shrinkable, Predicate<? super T> predicate) {
    return Shrinkable.of(
        shrinkable.value(),
        () -> shrinkable.shrinks().filter(s -> predicate.test(s.value())).map(s -> filtered(s, predicate)));
  }

  // --- the arithmetic of biasing and shrinking ---

  private static int[] targets(int min, int max, int[] thresholds) {
    TreeSet<Integer> targets = new TreeSet<>();
    targets.add(min);
    for (int t : thresholds) {
      if (t >= min && t <= max) {
        targets.add(t);
      }
    }
    return targets.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int[] nearby(int min, int max, int[] thresholds) {
    TreeSet<Integer> values = new TreeSet<>();
    for (int t : thresholds) {
      for (long v = (long) t - 1; v <= (long) t + 1; v++) {
        if (v >= min && v <= max) {
          values.add((int) v);
        }
      }
    }
    return values.stream().mapToInt(Integer::intValue).toArray();
  }

  private static int nearest(int value, int[] targets) {
    int best = targets[0];
    for (int target : targets) {
      if (Math.abs((long) value - target) < Math.abs((long) value - best)) {
        best = target;
      }
    }
    return best;
  }

  /** The target itself, then halfway, a quarter of the way ... then one step, from {@code value}. */
  private static IntStream towards(int value, int target) {
    long distance = (long) value - target;
    if (distance == 0) {
      return IntStream.empty();
    }
    List<Integer> candidates = new ArrayList<>();
    for (long step = distance; step != 0; step /= 2) {
      candidates.add((int) (value - step));
    }
    return candidates.stream().distinct().mapToInt(Integer::intValue);
  }
}
