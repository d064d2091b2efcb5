package dev.learninglab.labs.gauntlet.model;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;

/** The template format scripts rely on, and reading it back. */
class TemplatesTest {
  private final Pack wrangling = Packs.load("wrangling");

  @Test
  void packsHaveSixToTenSectionsWithChecksAndEveryEquivalent() {
    assertThat(Packs.load("wrangling").sections()).hasSize(10);
    assertThat(Packs.load("java-basics").sections()).hasSize(10);
    for (String id : Packs.IDS) {
      Pack pack = Packs.load(id);
      assertThat(pack.sections()).as(id).hasSizeBetween(6, 10);
      for (Section s : pack.sections()) {
        assertThat(s.prompts()).hasSizeBetween(1, 3);
        for (Prompt p : s.prompts()) {
          assertThat(p.checks()).as("%s %d", id, s.number()).isNotEmpty();
          assertThat(p.rosetta().keySet())
              .containsExactlyInAnyOrderElementsOf(pack.rosettaLanguages());
        }
      }
    }
  }

  @Test
  void blankTemplateHasHeadersAndPromptsButNoSolutions() {
    String blank = Templates.blank(wrangling);
    assertThat(blank)
        .contains("// ## 1. Basic selection: select, rename, distinct\n")
        .contains("//    Table top5 = ...;")
        .doesNotContain("sortDescendingOn(\"hwy\")");
    assertThat(blank.lines().filter(l -> l.startsWith("// ## "))).hasSize(10);
  }

  @Test
  void parsingTheBlankTemplateGivesTenEmptySections() {
    Map<Integer, SectionCode> sections = TemplateParser.sections(Templates.blank(wrangling));
    assertThat(sections).hasSize(10);
    assertThat(sections.values()).allMatch(SectionCode::isEmpty);
  }

  @Test
  void parsingTheSolutionKeepsTemplateLineNumbers() {
    String solution = Templates.solution(wrangling);
    SectionCode third = TemplateParser.sections(solution).get(3);
    String[] lines = solution.split("\n");
    assertThat(lines[third.firstLine() - 2]).startsWith("// ## 3.");
    assertThat(third.isEmpty()).isFalse();
  }

  @Test
  void jshellCommandsAreIgnored() {
    SectionCode s = TemplateParser.sections("// ## 1. One\n/exit\n").get(1);
    assertThat(s.isEmpty()).isTrue();
  }

  @Test
  void anEndLineClosesTheLastSection() {
    var sections =
        TemplateParser.sections(
            "// ## 1. One\nint a = 1;\n// ## end of the template\nSystem.out.println(a);\n");
    assertThat(sections.get(1).code()).isEqualTo("int a = 1;\n");
  }

  @Test
  void aSectionWrittenTwiceIsNamed() {
    assertThatThrownBy(() -> TemplateParser.sections("// ## 1. A\nx\n// ## 1. A\n"))
        .hasMessage("Section 1 starts twice: on line 1 and line 3");
  }

  @Test
  void aBrokenPackSaysWhere() {
    assertThatThrownBy(() -> PackReader.read("x.pack", "@@ pack x\n@@ section 1 A\n@@ solution\n"))
        .hasMessage("x.pack:3: solution, check or rosetta block outside a prompt");
  }
}
