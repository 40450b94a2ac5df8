package org.ipcconformance.adapter.natives.mq;

import org.ipcconformance.adapter.natives.agent.AgentProc;
import org.ipcconformance.adapter.natives.core.NativeConditions;
import org.ipcconformance.spec.spi.MessageQueueCalls;
import org.ipcconformance.spec.spi.Proc;
import org.ipcconformance.spec.spi.ipc.IpcFamily;

/** The message-queue facets: the calls of one family made by one process. */
public final class MessageQueues {
    private MessageQueues() {
    }

    /** For the harness JVM, which calls libc through JNA. */
    public static MessageQueueCalls ofSelf(MqSandbox queues, Proc self, IpcFamily family, NativeConditions conditions) {
        return of(queues, self, Unimplemented.wrap(SelfPrimitives.INSTANCE, conditions), family);
    }

    /** For an agent, which makes the calls on request. */
    public static MessageQueueCalls ofAgent(MqSandbox queues, AgentProc agent, IpcFamily family, NativeConditions conditions) {
        return of(queues, agent, Unimplemented.wrap(new AgentPrimitives(agent), conditions), family);
    }

    private static MessageQueueCalls of(MqSandbox queues, Proc proc, MqPrimitives calls, IpcFamily family) {
        return family == IpcFamily.SYSTEM_V ? new SysvQueues(queues, proc, calls) : new PosixQueues(queues, proc, calls);
    }
}
