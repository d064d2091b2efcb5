package dev.learninglab.labs.gauntlet.model.run;

import com.sun.jdi.BooleanValue;
import com.sun.jdi.ClassNotLoadedException;
import com.sun.jdi.Field;
import com.sun.jdi.IncompatibleThreadStateException;
import com.sun.jdi.InvalidTypeException;
import com.sun.jdi.ObjectReference;
import com.sun.jdi.StackFrame;
import com.sun.jdi.ThreadReference;
import com.sun.jdi.VMDisconnectedException;
import com.sun.jdi.VirtualMachine;
import java.io.ObjectInput;
import java.io.ObjectOutput;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import jdk.jshell.execution.JdiExecutionControl;
import jdk.jshell.execution.RemoteExecutionControl;

/**
 * JShell's side of a VM started by {@link FolderLauncher}: commands go over the socket (JShell's
 * {@link JdiExecutionControl}), and a running snippet is stopped through the debugger, as JShell's
 * default control does: the agent's thread inside user code gets the agent's own stop exception,
 * which the agent reports as "stopped".
 */
final class RemoteControl extends JdiExecutionControl {
  private static final String AGENT = RemoteExecutionControl.class.getName();
  private static final Set<String> AGENT_ENTRIES = Set.of("invoke", "varValue");

  private final Object stopLock = new Object();
  private VirtualMachine vm;
  private Process process;
  private boolean userCodeRunning;

  RemoteControl(ObjectOutput out, ObjectInput in, VirtualMachine vm, Process process) {
    super(out, in);
    this.vm = vm;
    this.process = process;
  }

  @Override
  public String invoke(String className, String methodName)
      throws RunException, EngineTerminationException, InternalException {
    synchronized (stopLock) {
      userCodeRunning = true;
    }
    try {
      return super.invoke(className, methodName);
    } finally {
      synchronized (stopLock) {
        userCodeRunning = false;
      }
    }
  }

  @Override
  public void stop() throws EngineTerminationException, InternalException {
    synchronized (stopLock) {
      if (!userCodeRunning) {
        return;
      }
      VirtualMachine target = vm();
      target.suspend();
      try {
        for (ThreadReference thread : target.allThreads()) {
          ObjectReference agent = agentIn(thread);
          if (agent != null) {
            stopUserCode(target, thread, agent);
            return;
          }
        }
      } catch (IncompatibleThreadStateException
          | InvalidTypeException
          | ClassNotLoadedException e) {
        throw new InternalException("cannot stop the running code: " + e);
      } finally {
        target.resume();
      }
    }
  }

  /** The agent object whose invoke is on this thread's stack, or null. */
  private static ObjectReference agentIn(ThreadReference thread)
      throws IncompatibleThreadStateException {
    for (StackFrame frame : thread.frames()) {
      if (AGENT.equals(frame.location().declaringType().name())
          && AGENT_ENTRIES.contains(frame.location().method().name())) {
        return frame.thisObject();
      }
    }
    return null;
  }

  // the agent tells its own stop exception from the learner's by its flag "expectingStop"
  private static void stopUserCode(
      VirtualMachine target, ThreadReference thread, ObjectReference agent)
      throws InvalidTypeException, ClassNotLoadedException {
    Field inClientCode = agent.referenceType().fieldByName("inClientCode");
    Field expectingStop = agent.referenceType().fieldByName("expectingStop");
    Field stopException = agent.referenceType().fieldByName("stopException");
    if (!((BooleanValue) agent.getValue(inClientCode)).value()) {
      return;
    }
    agent.setValue(expectingStop, target.mirrorOf(true));
    ObjectReference exception = (ObjectReference) agent.getValue(stopException);
    target.resume();
    thread.stop(exception);
    agent.setValue(expectingStop, target.mirrorOf(false));
  }

  @Override
  public void close() {
    super.close();
    Process p;
    synchronized (this) {
      p = process;
    }
    if (p != null) {
      try {
        p.waitFor(1, TimeUnit.SECONDS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    dispose();
  }

  /** Lets go of the debugger connection and ends the process. */
  synchronized void dispose() {
    try {
      if (vm != null) {
        vm.dispose();
      }
    } catch (VMDisconnectedException e) {
      // already gone
    } finally {
      vm = null;
      if (process != null) {
        process.destroy();
        process = null;
      }
    }
  }

  @Override
  protected synchronized VirtualMachine vm() throws EngineTerminationException {
    if (vm == null) {
      throw new EngineTerminationException("the JShell VM has ended");
    }
    return vm;
  }
}
