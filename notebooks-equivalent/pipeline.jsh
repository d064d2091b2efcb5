// Pipeline lab as a notebook: Kedro's hello world, then the spaceflights project.
// Run: jshell --class-path target/learning-lab.jar notebooks-equivalent/pipeline.jsh
// (spaceflights needs its raw data: LEARNING_LAB_DATA_MIRROR=/path/to/shared/data, or run
//  `learning-lab data fetch spaceflights` once)

import dev.learninglab.labs.pipeline.model.*;
import dev.learninglab.labs.pipeline.model.catalog.*;
import dev.learninglab.labs.pipeline.model.run.*;
import dev.learninglab.labs.pipeline.model.project.*;
import java.nio.file.*;
import java.util.*;

// --- 1. Hello world: two nodes, joined by the dataset name "my_salutation" ---------------
Node returnGreeting = Node.builder("return_greeting", in -> List.of("Hello")).outputs("my_salutation").build();
Node joinStatements = Node.builder("join_statements", in -> List.of(in.get(0) + " Kedro!")).
    inputs("my_salutation").outputs("my_message").build();

// the order comes from the names: adding join_statements first changes nothing
Pipeline hello = Pipeline.of(joinStatements, returnGreeting);
System.out.println(hello.nodes());

RunResult r = Runner.run("hello", hello, DataCatalog.of(Map.of(), Map.of()), RunOptions.sequential(), new Hooks() {});
System.out.println(r.freeOutputs());            // {my_message=Hello Kedro!}

// --- 2. Spaceflights: a project folder with conf/ and data/ ---------------------------------
Path dir = Files.createTempDirectory("spaceflights");
Project project = Project.open(Scaffold.create(dir.resolve("sf"), "spaceflights"));
System.out.println(project.pipeline("__default__").nodes().stream().map(Node::name).toList());
System.out.println(project.parameters(Map.of()));

ProjectSession session = new ProjectSession(project);
ProjectRun run = session.run("__default__", RunOptions.parallel(), Map.of(), new Hooks() {});
run.nodes().forEach(n -> System.out.printf("%-45s %-7s %.3f s%n", n.name(), n.status().label(), n.seconds()));
System.out.println("R² = " + run.metrics().get("r2"));   // equals scikit-learn's on the same files

// change a parameter and rerun with the cache: only split/train/evaluate run again
ProjectRun rerun = session.run("__default__", RunOptions.sequential().withCache(true),
    Map.of("model_options.test_size", 0.3), new Hooks() {});
rerun.nodes().forEach(n -> System.out.println(n.name() + " " + n.status().label()));
System.out.println("versions of the regressor: " + project.catalog(Map.of()).get("regressor").versions());
/exit
