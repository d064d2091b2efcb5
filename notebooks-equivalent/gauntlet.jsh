// Gauntlet notebook: the filled wrangling template (learning-lab gauntlet solution --pack wrangling).
// Run: jshell --class-path target/learning-lab.jar notebooks-equivalent/gauntlet.jsh
// learning-lab gauntlet check on this file passes every section.
// Learning Lab gauntlet, pack `wrangling`: Data wrangling on ggplot2's mpg (Tablesaw and XChart)
// Fill in every section from memory, then: learning-lab gauntlet check FILE --pack wrangling
// The code above the first section runs before each section, so every section starts afresh.
import tech.tablesaw.api.*;
import tech.tablesaw.io.csv.CsvReadOptions;
import tech.tablesaw.selection.Selection;
import static tech.tablesaw.aggregate.AggregateFunctions.*;
import org.knowm.xchart.*;
import java.util.*;
import java.util.stream.*;
Table mpg = Table.read().csv(CsvReadOptions.builder(Table.class.getClassLoader().getResource("learninglab/data/mpg/mpg.csv")).tableName("mpg"));
Table origins = Table.create("origins",
    StringColumn.create("manufacturer", "audi", "chevrolet", "dodge", "ford", "honda", "hyundai", "jeep", "nissan", "toyota", "volkswagen"),
    StringColumn.create("country", "Germany", "USA", "USA", "USA", "Japan", "Korea", "USA", "Japan", "Japan", "Germany"));

// ## 1. Basic selection: select, rename, distinct

// a) The columns manufacturer, model and hwy of every car.
//    Table picked = ...;
Table picked = mpg.selectColumns("manufacturer", "model", "hwy");

// b) The columns model and cty, with cty renamed to city_mpg.
//    Table renamed = ...;
Table renamed = mpg.selectColumns("model", "cty");
renamed.column("cty").setName("city_mpg");

// c) The distinct manufacturers: one column manufacturer, sorted A to Z.
//    Table makers = ...;
Table makers = mpg.selectColumns("manufacturer").dropDuplicateRows().sortAscendingOn("manufacturer");

// ## 2. Filtering rows

// a) Every column of the cars made by audi.
//    Table audis = ...;
Table audis = mpg.where(mpg.stringColumn("manufacturer").isEqualTo("audi"));

// b) Every column of the cars with hwy of at least 30.
//    Table efficient = ...;
Table efficient = mpg.where(mpg.intColumn("hwy").isGreaterThanOrEqualTo(30));

// ## 3. Filtering with and, or, not; top-n and head

// a) Every column of the cars whose class is compact or subcompact and whose cyl is not 4.
//    Table smallNot4 = ...;
Table smallNot4 = mpg.where(mpg.stringColumn("class").isIn("compact", "subcompact")
    .and(mpg.intColumn("cyl").isNotEqualTo(4)));

// b) The 5 compact cars with the highest hwy: columns manufacturer, model, hwy,
//    sorted by hwy descending.
//    Table top5 = ...;
Table compact = mpg.where(mpg.stringColumn("class").isEqualTo("compact"));
Table top5 = compact.sortDescendingOn("hwy").first(5).selectColumns("manufacturer", "model", "hwy");

// c) The first 3 rows of mpg, every column, in their original order.
//    Table first3 = ...;
Table first3 = mpg.first(3);

// ## 4. Combining columns: text and arithmetic

// a) Columns manufacturer, model and car, where car is manufacturer + " " + model (e.g. "audi a4").
//    Table named = ...;
Table named = mpg.selectColumns("manufacturer", "model");
named.addColumns(named.stringColumn("manufacturer").concatenate(" ").concatenate(named.stringColumn("model")).setName("car"));

// b) Columns model, cty, hwy and avg_mpg = (cty + hwy) / 2 as a decimal number.
//    Table averaged = ...;
Table averaged = mpg.selectColumns("model", "cty", "hwy");
averaged.addColumns(averaged.intColumn("cty").add(averaged.intColumn("hwy")).divide(2).setName("avg_mpg"));

// ## 5. Joining and appending tables

// a) Every column of mpg plus country, joined from the predefined table origins on
//    manufacturer; cars whose manufacturer is not in origins are left out (inner join).
//    Table withCountry = ...;
Table withCountry = mpg.joinOn("manufacturer").inner(origins);

// b) Every column of the 1999 cars of honda followed by every column of the 2008 cars of
//    honda, appended one table under the other.
//    Table hondas = ...;
Table honda = mpg.where(mpg.stringColumn("manufacturer").isEqualTo("honda"));
Table hondas = honda.where(honda.intColumn("year").isEqualTo(1999));
hondas.append(honda.where(honda.intColumn("year").isEqualTo(2008)));

// ## 6. Summarising: sum, mean, median, standard deviation

// a) Of hwy over all cars: the sum, the mean, the median and the sample standard deviation.
//    double hwySum = ...; double hwyMean = ...; double hwyMedian = ...; double hwySd = ...;
double hwySum = mpg.intColumn("hwy").sum();
double hwyMean = mpg.intColumn("hwy").mean();
double hwyMedian = mpg.intColumn("hwy").median();
double hwySd = mpg.intColumn("hwy").standardDeviation();

// b) The number of cars, and the number of distinct models.
//    int carCount = ...; int modelCount = ...;
int carCount = mpg.rowCount();
int modelCount = mpg.stringColumn("model").countUnique();

// ## 7. Grouping and aggregating

// a) The mean hwy of each class: columns class and "Mean [hwy]" (Tablesaw's name for it).
//    Table byClass = ...;
Table byClass = mpg.summarize("hwy", mean).by("class");

// b) The number of cars of each manufacturer and year: columns manufacturer, year and Count.
//    Table counts = ...;
Table counts = mpg.countBy("manufacturer", "year");

// ## 8. Window functions: a group statistic on every row, a rank within the group

// a) Columns model, class, hwy and class_mean_hwy: the mean hwy of the car's class, on every car.
//    Table withClassMean = ...;
Table classMeans = mpg.summarize("hwy", mean).by("class");
classMeans.column("Mean [hwy]").setName("class_mean_hwy");
Table withClassMean = mpg.selectColumns("model", "class", "hwy").joinOn("class").inner(classMeans);

// b) Columns manufacturer, model, hwy and hwy_rank: the rank of the car's hwy within its
//    manufacturer, 1 for the highest; equal hwy share the smallest rank (SQL RANK).
//    Table ranked = ...;
Table ranked = mpg.selectColumns("manufacturer", "model", "hwy");
IntColumn hwyRank = IntColumn.create("hwy_rank");
for (Row car : ranked) {
  Selection sameMakerHigher = ranked.stringColumn("manufacturer").isEqualTo(car.getString("manufacturer"))
      .and(ranked.intColumn("hwy").isGreaterThan(car.getInt("hwy")));
  hwyRank.append(sameMakerHigher.size() + 1);
}
ranked.addColumns(hwyRank);

// ## 9. If-statements that set flags

// a) Columns model, hwy and efficient: true when hwy is at least 30, else false (a boolean column).
//    Table flagged = ...;
Table flagged = mpg.selectColumns("model", "hwy");
flagged.addColumns(BooleanColumn.create("efficient", flagged.intColumn("hwy").isGreaterThanOrEqualTo(30), flagged.rowCount()));

// b) Columns model, displ and size: "small" when displ < 2.5, "medium" when displ < 4,
//    otherwise "large".
//    Table sized = ...;
Table sized = mpg.selectColumns("model", "displ");
StringColumn size = StringColumn.create("size");
for (double d : sized.doubleColumn("displ")) {
  size.append(d < 2.5 ? "small" : d < 4 ? "medium" : "large");
}
sized.addColumns(size);

// ## 10. Simple charts: bar, line, scatter

// a) A bar chart of the number of cars per class, classes A to Z, one series named "cars".
//    CategoryChart bar = ...;
Table perClass = mpg.countBy("class").sortAscendingOn("class");
CategoryChart bar = new CategoryChartBuilder().title("Cars per class").xAxisTitle("class").yAxisTitle("cars").build();
bar.addSeries("cars", perClass.stringColumn("class").asList(), perClass.intColumn("Count").asList());

// b) A line chart of the mean hwy (y) per number of cylinders (x), cylinders ascending,
//    one series named "mean hwy".
//    XYChart line = ...;
Table byCyl = mpg.summarize("hwy", mean).by("cyl").sortAscendingOn("cyl");
XYChart line = new XYChartBuilder().title("Mean hwy by cylinders").xAxisTitle("cyl").yAxisTitle("hwy").build();
line.addSeries("mean hwy", byCyl.intColumn("cyl").asDoubleArray(), byCyl.doubleColumn("Mean [hwy]").asDoubleArray());

// c) A scatter plot of hwy (y) against displ (x) for every car, one series named "cars".
//    XYChart scatter = ...;
XYChart scatter = new XYChartBuilder().title("hwy against displ").xAxisTitle("displ").yAxisTitle("hwy").build();
scatter.getStyler().setDefaultSeriesRenderStyle(XYSeries.XYSeriesRenderStyle.Scatter);
scatter.addSeries("cars", mpg.doubleColumn("displ").asDoubleArray(), mpg.intColumn("hwy").asDoubleArray());

// ## end of the template: the notebook prints a few answers (the checker ignores what follows)
System.out.println(top5.print());
System.out.println(byClass.print());
System.out.printf("hwy: sum %.0f, mean %.6f, median %.1f, sd %.6f%n", hwySum, hwyMean, hwyMedian, hwySd);
System.out.println(withClassMean.first(3).print());
System.out.println(ranked.first(5).print());
/exit
