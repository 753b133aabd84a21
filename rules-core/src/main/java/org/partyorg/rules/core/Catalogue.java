package org.partyorg.rules.core;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import org.partyorg.rules.api.FactType;
import org.partyorg.rules.api.Parameter;
import org.partyorg.rules.api.PolicySet;
import org.partyorg.rules.api.RequiredAction;
import org.partyorg.rules.api.SourceDocument;
import org.partyorg.rules.api.Target;
import org.partyorg.rules.api.Unit;
import org.partyorg.rules.api.model.OrganisationCategory;
import org.partyorg.rules.api.model.Trait;

/**
 * The rules catalogue of a set of policy sets, as Markdown: for each set its document, where and
 * when it applies, the keys of its findings, its parameters and targets with the sentences they
 * rest on, and the actions, traits and extra facts it adds to the shared vocabulary. What an
 * analyst reads to check the library against the documents, and a registry to know what it may
 * store. Works for any set, the library's or a caller's own.
 *
 * <p>The output depends only on the sets: not on the default locale, time zone or charset.
 */
public final class Catalogue {
  private Catalogue() {}

  /** The catalogue of {@code sets}, sorted by set id. */
  public static String markdown(Collection<? extends PolicySet> sets) {
    List<PolicySet> sorted = new ArrayList<>(sets);
    sorted.sort(Comparator.comparing(PolicySet::id));
    StringBuilder out = new StringBuilder("# Rules catalogue\n");
    for (PolicySet set : sorted) {
      set(out, set);
    }
    return out.toString();
  }

  private static void set(StringBuilder out, PolicySet set) {
    SourceDocument document = set.source();
    out.append("\n## ").append(set.id()).append("\n\n")
        .append(line(document.getTitle())).append("（").append(line(document.getIssuer()))
        .append(document.getNumber().map(n -> "，" + n).orElse("")).append("，").append(document.getDate()).append("）\n\n")
        .append("- applies in: ").append(String.join(", ", set.jurisdiction().getDivisionPrefixes())).append('\n')
        .append("- to: ").append(String.join(", ",
            set.jurisdiction().getCategories().stream().map(OrganisationCategory::name).sorted().toList())).append('\n')
        .append("- from ").append(set.effectivePeriod().getFrom())
        .append(set.effectivePeriod().getUntil().map(u -> " until " + u).orElse("")).append('\n');
    if (!set.findingKeys().isEmpty()) {
      out.append("\n### Finding keys\n\n").append(String.join(", ", set.findingKeys().stream().map(k -> "`" + k + "`").toList()))
          .append('\n');
    }
    if (!set.parameters().isEmpty()) {
      out.append("\n### Parameters\n\n| key | value | unit | compared with | section | sentence |\n|---|---|---|---|---|---|\n");
      for (Parameter parameter : set.parameters()) {
        out.append("| `").append(parameter.getKey()).append("` | ").append(parameter.valueText())
            .append(" | ").append(unit(parameter)).append(" | ").append(cell(parameter.getFact().orElse("—"))).append(" | ")
            .append(cell(parameter.getCitation().getSection())).append(" | ").append(cell(parameter.getCitation().getQuote()))
            .append(" |\n");
      }
    }
    if (!set.targets().isEmpty()) {
      out.append("\n### Targets\n\n| rule | key | goal | description | sections |\n|---|---|---|---|---|\n");
      for (Target target : set.targets()) {
        String goal = target.getRate().map(r -> "rate " + r.toPlainString())
            .or(() -> target.getGrowthFactor().map(g -> "× " + g.toPlainString())).orElse("—");
        out.append("| ").append(target.getRuleId()).append(" | `").append(target.getKey()).append("` | ").append(goal)
            .append(" | ").append(cell(target.getDescriptionZh())).append(" | ")
            .append(cell(String.join("; ", target.getCitations().stream().map(c -> c.getSection()).toList()))).append(" |\n");
      }
    }
    List<RequiredAction> actions = set.vocabulary().getActions();
    List<Trait> traits = set.vocabulary().getTraits();
    List<FactType> facts = set.vocabulary().getFacts();
    List<FactType> derived = set.vocabulary().getDerivedFacts();
    if (!actions.isEmpty() || !traits.isEmpty() || !facts.isEmpty() || !derived.isEmpty()) {
      out.append("\n### Vocabulary\n\n| word | code or name | kind | unit | 中文 | English |\n|---|---|---|---|---|---|\n");
      for (RequiredAction action : actions) {
        out.append("| action | `").append(action.code()).append("` | — | — | ").append(cell(action.chineseName())).append(" | ")
            .append(cell(action.englishName())).append(" |\n");
      }
      for (Trait trait : traits) {
        out.append("| trait | `").append(trait.code()).append("` | — | — | ").append(cell(trait.chineseName())).append(" | ")
            .append(cell(trait.englishName())).append(" |\n");
      }
      for (FactType fact : derived) {
        out.append("| derived fact | `").append(fact.getName()).append("` | ").append(fact.getKind()).append(" | ")
            .append(fact.getUnit() == Unit.NONE ? "—" : fact.getUnit().en()).append(" | ").append(cell(fact.getNameZh()))
            .append(" | ").append(cell(fact.getNameEn())).append(" |\n");
      }
      for (FactType fact : facts) {
        out.append("| extra fact | `").append(fact.getName()).append("` | ").append(fact.getKind()).append(" | ")
            .append(fact.getUnit() == Unit.NONE ? "—" : fact.getUnit().en()).append(" | ").append(cell(fact.getNameZh()))
            .append(" | ").append(cell(fact.getNameEn())).append(" |\n");
      }
    }
  }

  private static String unit(Parameter parameter) {
    if (parameter.kind() == Parameter.Kind.DATE) {
      return "date";
    }
    Unit unit = parameter.getUnit();
    return unit == Unit.NONE ? "—" : unit == Unit.SHARE ? "share" : unit.en();
  }

  /** Text for a table cell: the bar that would end the cell escaped, line breaks as spaces. */
  private static String cell(String text) {
    return line(text).replace("|", "\\|");
  }

  /** Text on one line: line breaks (and other line separators) as spaces. */
  private static String line(String text) {
    return text.replaceAll("[\\r\\n\\u2028\\u2029\\u0085]", " ");
  }
}
