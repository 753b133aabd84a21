package org.partyorg.rules.testkit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.Type;
import java.lang.reflect.WildcardType;
import java.time.LocalDate;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.SplittableRandom;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.partyorg.rules.api.model.ActivityRecord;
import org.partyorg.rules.api.model.BranchStructure;
import org.partyorg.rules.api.model.Finances;
import org.partyorg.rules.api.model.Organisation;
import org.partyorg.rules.api.model.Park;
import org.partyorg.rules.api.model.ParkFacilities;
import org.partyorg.rules.api.model.ParkLevel;
import org.partyorg.rules.api.model.PartyOrganisation;
import org.partyorg.rules.api.model.PartyOrganisationGovernance;
import org.partyorg.rules.api.model.Sanction;
import org.partyorg.rules.api.model.SanctionRecord;
import org.partyorg.rules.api.model.WorkCoverage;

/**
 * Unknown is not zero, so every optional member of every model type must come out of the
 * generators both present and absent, or a property never sees one of its sides. The members
 * are found by reflection, walking the model's types from {@link Organisation} through its
 * getters, so a member added to the model is held to this too; the values are walked the same
 * way over a sample of generated organisations and of the parts {@link PartGen} gives alone.
 *
 * <p>Absent is what a valid record allows: {@code Park.name} is absent in {@link Park#none()}
 * only, since the model requires the name of a park the organisation is in (a park without one
 * is among the broken records of {@link InvalidOrganisationGen}).
 */
class OptionalMembersTest {
  private static final String MODEL = Organisation.class.getPackageName();
  private static final Set<Class<?>> OPTIONALS =
      Set.of(Optional.class, OptionalInt.class, OptionalLong.class, OptionalDouble.class);
  private static final int SAMPLE = 1_500;

  /** A generator of a model type, under the name a failure shows. */
  private record Source(String name, Class<?> type, Gen<?> gen) {}

  private static final List<Source> SOURCES = List.of(
      new Source("OrganisationGen.builder()", Organisation.class, OrganisationGen.builder().build()),
      new Source("OrganisationGen.builder().historyUntil(2020-07-24)", Organisation.class,
          OrganisationGen.builder().historyUntil(LocalDate.of(2020, 7, 24)).build()),
      new Source("PartGen.parks()", Park.class, PartGen.parks()),
      new Source("PartGen.finances()", Finances.class, PartGen.finances()),
      new Source("PartGen.workCoverage()", WorkCoverage.class, PartGen.workCoverage()),
      new Source("PartGen.governance()", PartyOrganisationGovernance.class, PartGen.governance()),
      new Source("PartGen.sanctions()", Sanction.class, PartGen.sanctions()),
      new Source("PartGen.sanctionRecords()", SanctionRecord.class, PartGen.sanctionRecords()),
      new Source("PartGen.partyOrganisations()", PartyOrganisation.class, PartGen.partyOrganisations()),
      new Source("PartGen.branchStructures()", BranchStructure.class, PartGen.branchStructures()),
      new Source("PartGen.activityRecords()", ActivityRecord.class, PartGen.activityRecords()));

  @Test
  void everyOptionalMemberOfEveryModelTypeComesOutBothPresentAndAbsent() {
    List<String> gaps = new ArrayList<>();
    SplittableRandom random = new SplittableRandom(20161130L);
    for (Source source : SOURCES) {
      Map<Class<?>, List<Method>> model = modelTypes(source.type());
      Map<String, Seen> seen = new TreeMap<>();
      Set<String> typesSeen = new TreeSet<>();
      for (int i = 0; i < SAMPLE; i++) {
        walk(source.gen().sample(random), model, seen, typesSeen);
      }
      gaps.addAll(gaps(model, seen, typesSeen).stream().map(gap -> source.name() + ": " + gap).toList());
    }
    assertEquals(List.of(), gaps, "optional members of the model not generated both ways, over " + SAMPLE
        + " values of each generator");
  }

  /** The walk finds the members it should, and reports a member never absent or never present. */
  @Test
  void theWalkFindsEveryOptionalMemberAndReportsEachSideMissing() {
    Map<Class<?>, List<Method>> model = modelTypes(Organisation.class);
    Set<String> types = new TreeSet<>(model.keySet().stream().map(Class::getSimpleName).toList());
    assertTrue(types.containsAll(List.of("Organisation", "Park", "ParkFacilities", "PartyOrganisation",
        "PartyOrganisationGovernance", "BranchStructure", "BranchCommittee", "QualificationPlatform", "PartyGroup",
        "PartyMember", "ActivityRecord", "ActivityEvent", "WorkCoverage", "Finances", "SanctionRecord", "Sanction")),
        types::toString);
    Set<String> members = new TreeSet<>();
    model.forEach((type, getters) -> getters.stream().filter(g -> OPTIONALS.contains(g.getReturnType()))
        .forEach(g -> members.add(member(type, g))));
    assertTrue(members.containsAll(List.of("Organisation.headCount", "Park.name", "Sanction.description",
        "QualificationPlatform.creditCode", "ActivityRecord.themeEducationParticipants", "ParkFacilities.partyAndMassServiceCentre",
        "PartyMember.status", "ActivityEvent.counterpart")), members::toString);
    assertTrue(members.size() > 40, members::toString);

    Map<Class<?>, List<Method>> parks = modelTypes(Park.class);
    Map<String, Seen> seen = new TreeMap<>();
    Set<String> typesSeen = new TreeSet<>();
    walk(Park.of("测试园区", ParkLevel.CITY), parks, seen, typesSeen);
    assertEquals(List.of("Park.facilities never present", "Park.name never absent", "ParkFacilities never generated",
        "ParkFacilities.partyAndMassServiceCentre never present", "ParkFacilities.partyAndMassServiceCentre never absent"),
        gaps(parks, seen, typesSeen));
    walk(Park.none(), parks, seen, typesSeen);
    walk(Park.builder().name("测试园区").level(ParkLevel.NATIONAL)
        .facilities(ParkFacilities.builder().partyAndMassServiceCentre(true).build()).build(), parks, seen, typesSeen);
    walk(Park.builder().name("测试园区").level(ParkLevel.NATIONAL)
        .facilities(ParkFacilities.builder().build()).build(), parks, seen, typesSeen);
    assertEquals(List.of(), gaps(parks, seen, typesSeen));
  }

  /** Each type never generated, and each optional member never present or never absent. */
  private static List<String> gaps(Map<Class<?>, List<Method>> model, Map<String, Seen> seen, Set<String> typesSeen) {
    List<String> gaps = new ArrayList<>();
    for (Map.Entry<Class<?>, List<Method>> type : model.entrySet()) {
      if (!typesSeen.contains(type.getKey().getSimpleName())) {
        gaps.add(type.getKey().getSimpleName() + " never generated");
      }
      for (Method getter : type.getValue()) {
        if (!OPTIONALS.contains(getter.getReturnType())) {
          continue;
        }
        String member = member(type.getKey(), getter);
        Seen s = seen.getOrDefault(member, new Seen());
        if (!s.present) {
          gaps.add(member + " never present");
        }
        if (!s.absent) {
          gaps.add(member + " never absent");
        }
      }
    }
    return gaps;
  }

  /** Whether a member came out present, absent, or both. */
  private static final class Seen {
    boolean present;
    boolean absent;
  }

  /**
   * The model's types reachable from {@code root}, each with its properties: the public abstract
   * getters, as the builders name them, in the order of their names.
   */
  static Map<Class<?>, List<Method>> modelTypes(Class<?> root) {
    Map<Class<?>, List<Method>> types = new LinkedHashMap<>();
    Deque<Class<?>> queue = new ArrayDeque<>(List.of(root));
    while (!queue.isEmpty()) {
      Class<?> type = queue.poll();
      if (types.containsKey(type)) {
        continue;
      }
      List<Method> getters = new ArrayList<>();
      for (Method method : type.getMethods()) {
        if (isProperty(method)) {
          getters.add(method);
          for (Class<?> reached : classesIn(method.getGenericReturnType())) {
            if (isModelType(reached)) {
              queue.add(reached);
            }
          }
        }
      }
      getters.sort((a, b) -> a.getName().compareTo(b.getName()));
      types.put(type, getters);
    }
    return types;
  }

  private static boolean isProperty(Method method) {
    return Modifier.isAbstract(method.getModifiers()) && method.getParameterCount() == 0
        && (method.getName().startsWith("get") || method.getName().startsWith("is"))
        && isModelType(method.getDeclaringClass());
  }

  private static boolean isModelType(Class<?> type) {
    return type.getPackageName().equals(MODEL) && !type.isEnum() && !type.isInterface() && !type.isAnnotation()
        && Modifier.isAbstract(type.getModifiers());
  }

  /** The classes a type names: itself and its type arguments, all the way down. */
  private static List<Class<?>> classesIn(Type type) {
    List<Class<?>> classes = new ArrayList<>();
    if (type instanceof Class<?> c) {
      classes.add(c);
    } else if (type instanceof ParameterizedType p) {
      classes.addAll(classesIn(p.getRawType()));
      for (Type argument : p.getActualTypeArguments()) {
        classes.addAll(classesIn(argument));
      }
    } else if (type instanceof WildcardType w) {
      for (Type bound : w.getUpperBounds()) {
        classes.addAll(classesIn(bound));
      }
    }
    return classes;
  }

  private static String member(Class<?> type, Method getter) {
    String name = getter.getName().substring(getter.getName().startsWith("is") ? 2 : 3);
    return type.getSimpleName() + "." + Character.toLowerCase(name.charAt(0)) + name.substring(1);
  }

  /** Walks a generated value, noting for each optional member of each model object whether it is present. */
  static void walk(Object value, Map<Class<?>, List<Method>> model, Map<String, Seen> seen, Set<String> typesSeen) {
    if (value instanceof Optional<?> o) {
      o.ifPresent(v -> walk(v, model, seen, typesSeen));
    } else if (value instanceof Collection<?> c) {
      c.forEach(v -> walk(v, model, seen, typesSeen));
    } else if (value instanceof Map<?, ?> m) {
      m.values().forEach(v -> walk(v, model, seen, typesSeen));
    } else if (value != null) {
      Class<?> type = modelTypeOf(value.getClass(), model);
      if (type == null) {
        return;
      }
      typesSeen.add(type.getSimpleName());
      for (Method getter : model.get(type)) {
        Object member = invoke(getter, value);
        if (OPTIONALS.contains(getter.getReturnType())) {
          Seen s = seen.computeIfAbsent(member(type, getter), k -> new Seen());
          if (isPresent(member)) {
            s.present = true;
          } else {
            s.absent = true;
          }
        }
        walk(member, model, seen, typesSeen);
      }
    }
  }

  /** The model type an object is (its generated implementation extends it), or null. */
  private static Class<?> modelTypeOf(Class<?> type, Map<Class<?>, List<Method>> model) {
    for (Class<?> c = type; c != null; c = c.getSuperclass()) {
      if (model.containsKey(c)) {
        return c;
      }
    }
    return null;
  }

  private static boolean isPresent(Object optional) {
    if (optional instanceof Optional<?> o) {
      return o.isPresent();
    } else if (optional instanceof OptionalInt o) {
      return o.isPresent();
    } else if (optional instanceof OptionalLong o) {
      return o.isPresent();
    }
    return ((OptionalDouble) optional).isPresent();
  }

  private static Object invoke(Method getter, Object target) {
    try {
      return getter.invoke(target);
    } catch (IllegalAccessException | InvocationTargetException e) {
      throw new AssertionError("cannot read " + getter + " of " + target, e);
    }
  }
}
