package org.ipcconformance.adapter.simulator;

import org.ipcconformance.adapter.simulator.kernel.Kernel;
import org.ipcconformance.adapter.simulator.kernel.ipc.IpcModel;
import org.ipcconformance.adapter.simulator.kernel.mq.MessageQueueModel;
import org.ipcconformance.spec.spi.Features;

/**
 * One sandbox's model: the kernel, the tables of IPC objects beside it (which hear of each
 * process's end from the kernel), and the features its processes declare their facets with.
 */
record SandboxModel(Kernel kernel, MessageQueueModel queues, IpcModel ipc, Features features) {

    static SandboxModel of(Kernel kernel, Features features) {
        MessageQueueModel queues = new MessageQueueModel(kernel);
        return new SandboxModel(kernel, queues, new IpcModel(kernel), features);
    }
}
