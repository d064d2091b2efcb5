package dev.learninglab.cli;

import dev.learninglab.core.i18n.Locales;
import java.util.ResourceBundle;
import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * Puts the usage help of the whole command tree in the language of the messages. The English texts
 * are the commands' annotations; the Chinese ones are picocli resource keys in {@code
 * dev/learninglab/cli/help_zh_CN.properties}, except for a command with a bundle of its own (the
 * {@code train} commands word their shared options there): its Chinese is that bundle's {@code
 * _zh_CN} twin, whose defaults come from the English file, and what it lacks (the shared {@code
 * --lang}) comes from the parent's. {@code CliHelpInChineseTest} fails when a command or option has
 * no Chinese line.
 */
final class HelpLanguage {
  static final String BUNDLE = "dev.learninglab.cli.help";

  private HelpLanguage() {}

  /** Follows {@link Locales#current()}, in {@code cl} and every command under it. */
  static void apply(CommandLine cl) {
    Command annotation = cl.getCommand().getClass().getAnnotation(Command.class);
    String own = annotation == null ? "" : annotation.resourceBundle();
    // the English help.properties is empty: a bundle is always set, so a command with a bundle of
    // its own can fall back on its parent's (picocli looks there for keys it lacks)
    cl.getCommandSpec().resourceBundle(bundle(own.isEmpty() ? BUNDLE : own));
    cl.getSubcommands().values().forEach(HelpLanguage::apply);
  }

  private static ResourceBundle bundle(String baseName) {
    return ResourceBundle.getBundle(
        baseName,
        Locales.current(),
        HelpLanguage.class.getClassLoader(),
        ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));
  }
}
