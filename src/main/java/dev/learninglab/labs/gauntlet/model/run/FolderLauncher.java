package dev.learninglab.labs.gauntlet.model.run;

import com.sun.jdi.Bootstrap;
import com.sun.jdi.VirtualMachine;
import com.sun.jdi.connect.Connector;
import com.sun.jdi.connect.IllegalConnectorArgumentsException;
import com.sun.jdi.connect.ListeningConnector;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import jdk.jshell.execution.RemoteExecutionControl;
import jdk.jshell.execution.Util;
import jdk.jshell.spi.ExecutionControl;
import jdk.jshell.spi.ExecutionControlProvider;
import jdk.jshell.spi.ExecutionEnv;

/**
 * Starts JShell's remote VM <em>in a given folder</em>, so that the learner's code and every
 * process it starts have that folder as their real working directory.
 *
 * <p>JShell's own launcher ({@code jdi:launch}) starts the VM in the app's directory and has no
 * option for another; a {@code -Duser.dir} only moves Java's relative paths, not the directory a
 * child process inherits. So this provider does the launch itself, the way JShell's listening mode
 * does: it listens for the VM's debugger connection (JDI, which JShell needs to redefine classes
 * and to stop running code), starts {@code java ... RemoteExecutionControl PORT} with {@link
 * ProcessBuilder#directory}, and talks to JShell's standard remote agent over a socket.
 */
final class FolderLauncher implements ExecutionControlProvider {
  /** How long the VM may take to start and connect (generous: the machine may be loaded). */
  private static final int CONNECT_MILLIS = 120_000;

  /** util-linux's prlimit, which starts a command under resource limits (Linux only). */
  private static final Path PRLIMIT = Path.of("/usr/bin/prlimit");

  private final Path folder;
  private final long dataBytes;
  private final Consumer<Process> started;

  /**
   * @param folder the VM's working directory
   * @param dataBytes the most writable memory the VM may map, Java heap and native memory together
   *     (RLIMIT_DATA): the heap cap alone does not stop OpenCV or PyTorch allocating gigabytes
   *     outside it. Not applied where prlimit is missing (not Linux).
   * @param started told of the VM's process once it is connected
   */
  FolderLauncher(Path folder, long dataBytes, Consumer<Process> started) {
    this.folder = folder;
    this.dataBytes = dataBytes;
    this.started = started;
  }

  @Override
  public String name() {
    return "gauntlet-folder";
  }

  @Override
  public ExecutionControl generate(ExecutionEnv env, Map<String, String> parameters)
      throws IOException {
    try (ServerSocket commands = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
      commands.setSoTimeout(CONNECT_MILLIS);
      Process process = null;
      try {
        ListeningConnector debug = socketListener();
        Map<String, Connector.Argument> args = debug.defaultArguments();
        args.get("localAddress").setValue(InetAddress.getLoopbackAddress().getHostAddress());
        args.get("port").setValue("0");
        args.get("timeout").setValue(String.valueOf(CONNECT_MILLIS));
        String address = debug.startListening(args);
        VirtualMachine vm;
        try {
          process =
              new ProcessBuilder(command(address, env.extraRemoteVMOptions(), commands, dataBytes))
                  .directory(folder.toFile())
                  .redirectErrorStream(true)
                  .redirectOutput(ProcessBuilder.Redirect.DISCARD)
                  .start();
          vm = debug.accept(args);
        } finally {
          debug.stopListening(args);
        }
        return connect(env, vm, process, commands);
      } catch (IOException | IllegalConnectorArgumentsException | RuntimeException e) {
        if (process != null) {
          process.destroyForcibly();
        }
        throw new IOException(
            "the JShell VM did not start in " + folder + ": " + e.getMessage(), e);
      }
    }
  }

  private ExecutionControl connect(
      ExecutionEnv env, VirtualMachine vm, Process process, ServerSocket commands)
      throws IOException {
    AtomicReference<RemoteControl> control = new AtomicReference<>();
    // JDI's event handler resumes the VM (started suspended) and, when the VM ends on its own
    // (System.exit, a crash), closes the JShell that uses it
    Util.detectJdiExitEvent(
        vm,
        why -> {
          env.closeDown();
          RemoteControl c = control.get();
          if (c != null) {
            c.dispose();
          }
        });
    Socket s = commands.accept();
    Map<String, OutputStream> outputs = Map.of("out", env.userOut(), "err", env.userErr());
    Map<String, InputStream> inputs = Map.of("in", env.userIn());
    // the output stream first: the agent opens its end in that order
    OutputStream out = s.getOutputStream();
    ExecutionControl result =
        Util.remoteInputOutput(
            s.getInputStream(),
            out,
            outputs,
            inputs,
            (in, o) -> {
              RemoteControl c = new RemoteControl(o, in, vm, process);
              control.set(c);
              return c;
            });
    started.accept(process);
    return result;
  }

  private static ListeningConnector socketListener() {
    return Bootstrap.virtualMachineManager().listeningConnectors().stream()
        .filter(c -> c.name().equals("com.sun.jdi.SocketListen"))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException("this Java runtime has no JDI socket"));
  }

  private static List<String> command(
      String debugAddress, List<String> options, ServerSocket s, long dataBytes) {
    List<String> command = new ArrayList<>();
    if (Files.isExecutable(PRLIMIT)) {
      command.addAll(List.of(PRLIMIT.toString(), "--data=" + dataBytes, "--"));
    }
    command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
    command.add("-agentlib:jdwp=transport=dt_socket,address=" + debugAddress);
    command.addAll(options);
    command.add(RemoteExecutionControl.class.getName());
    command.add(String.valueOf(s.getLocalPort()));
    return command;
  }
}
