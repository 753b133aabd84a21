package org.partyorg.rules.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.partyorg.rules.core.Catalogue;
import org.partyorg.rules.core.Evaluator;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code rules}: the catalogue of every set, as Markdown on stdout or in a file, and as an HTML page. */
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false,
    description = {
      "列出每个方案的文件、规则、结论键、参数和目标及其出处，输出 Markdown 和 HTML。",
      "The catalogue of every policy set: its document, rules, finding keys, parameters and targets with"
          + " their citations, as Markdown and HTML."
    })
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID", description = "只列这些方案 only these policy sets (repeatable)")
  List<String> policySets;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.md",
      description = "Markdown 写入文件，不写则打印到标准输出 the Markdown to a file instead of stdout")
  Path markdown;

  @Option(names = "--html", paramLabel = "FILE.html", description = "另存为 HTML 页面 the catalogue as an HTML page too")
  Path html;

  @Override
  public Integer call() {
    Evaluator evaluator = Common.evaluator(policySets);
    String text = Catalogue.markdown(evaluator.policySets());
    if (markdown != null) {
      Common.write(markdown, text);
    } else {
      spec.commandLine().getOut().print(text);
      spec.commandLine().getOut().flush();
    }
    if (html != null) {
      Common.write(html, MarkdownPage.render(common.lang.pick("规则目录", "Rules catalogue"), text, common.lang));
    }
    return ExitCodes.OK;
  }
}
