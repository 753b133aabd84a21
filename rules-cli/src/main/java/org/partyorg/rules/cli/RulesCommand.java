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
@Command(name = "rules", mixinStandardHelpOptions = true, sortOptions = false)
final class RulesCommand implements Callable<Integer> {
  @Spec CommandSpec spec;
  @Mixin Common common;

  @Option(names = {"-p", "--policy-set"}, paramLabel = "ID", descriptionKey = "option.rules.policy-set")
  List<String> policySets;

  @Option(names = {"-o", "--output"}, paramLabel = "FILE.md", descriptionKey = "option.rules.output")
  Path markdown;

  @Option(names = "--html", paramLabel = "FILE.html", descriptionKey = "option.rules.html")
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
      Common.write(html, MarkdownPage.render(CliTexts.text(common.lang, "title.rules"), text, common.lang));
    }
    return ExitCodes.OK;
  }
}
