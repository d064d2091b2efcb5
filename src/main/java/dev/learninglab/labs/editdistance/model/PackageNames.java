package dev.learninglab.labs.editdistance.model;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The two ways the lab reads a requirement line.
 *
 * <ul>
 *   <li>as the tutorial does: lower-case and strip, the whole line is compared, and two lines name
 *       the same package when their text before {@code ==} is equal;
 *   <li>names only: the project name at the start of the line (versions, extras and markers
 *       ignored), normalised as PEP 503 says: runs of {@code -}, {@code _} and {@code .} become one
 *       {@code -}, lower case. {@code Flask_AppBuilder==3.1} becomes {@code flask-appbuilder}.
 * </ul>
 */
public final class PackageNames {
  private static final Pattern NAME =
      Pattern.compile("^[A-Za-z0-9](?:[A-Za-z0-9._-]*[A-Za-z0-9])?");
  private static final Pattern SEPARATORS = Pattern.compile("[-_.]+");

  private PackageNames() {}

  /** The tutorial's {@code preprocessor}: lower case, stripped. */
  public static String tutorial(String line) {
    return line.toLowerCase(Locale.ROOT).strip();
  }

  /** The tutorial's {@code is_same} key: the text before the first {@code ==}. */
  public static String tutorialName(String normalised) {
    int at = normalised.indexOf("==");
    return at < 0 ? normalised : normalised.substring(0, at);
  }

  /** The PEP 503 normalised project name, or the stripped lower-cased line when none is found. */
  public static String pep503(String line) {
    String t = line.strip();
    Matcher m = NAME.matcher(t);
    String name = m.find() ? m.group() : t;
    return SEPARATORS.matcher(name).replaceAll("-").toLowerCase(Locale.ROOT);
  }
}
