package org.ipcconformance.adapter.natives.mq;

import org.ipcconformance.adapter.natives.NativeSandbox;
import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ipc.IpcFamily;
import org.ipcconformance.spec.spi.ipc.MessageQueueCalls;

/** The entry point for {@code Proc#messageQueues}: the calls of one family made by one process. */
public final class MessageQueues {
    private MessageQueues() {
    }

    /** For the harness JVM, which calls libc through JNA. */
    public static MessageQueueCalls ofSelf(NativeSandbox sandbox, Proc self, IpcFamily family) {
        return of(MqSandbox.of(sandbox), self, SelfPrimitives.INSTANCE, family);
    }

    /** For an agent, which makes the calls on request. */
    public static MessageQueueCalls ofAgent(NativeSandbox sandbox, AgentProc agent, IpcFamily family) {
        return of(MqSandbox.of(sandbox), agent, new AgentPrimitives(agent), family);
    }

    private static MessageQueueCalls of(MqSandbox state, Proc proc, MqPrimitives calls, IpcFamily family) {
        return family == IpcFamily.SYSTEM_V ? new SysvQueues(state, proc, calls) : new PosixQueues(state, proc, calls);
    }
}
